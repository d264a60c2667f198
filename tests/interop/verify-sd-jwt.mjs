// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: LER Wallet contributors
// Verifies an SD-JWT VC presentation with @sd-jwt/sd-jwt-vc: the issuer's signature (key from its did:key), the
// disclosures, and the key binding JWT (signed by the cnf.jwk key, nonce, sd_hash); the audience is compared here.
//   node verify-sd-jwt.mjs --file P.sd-jwt --nonce C --aud D --expect-claims a,b --expect-hidden c,d
import {readFileSync} from 'node:fs';
import {createHash, createPublicKey, verify as nodeVerify} from 'node:crypto';
import {SDJwtVcInstance} from '@sd-jwt/sd-jwt-vc';
import {args, didKeyVerifier, finish} from './common.mjs';

const a = args();
const token = readFileSync(a.file, 'utf8').trim();
const payload = JSON.parse(Buffer.from(token.split('.')[1], 'base64url').toString('utf8'));
const issuerVerifier = await didKeyVerifier(payload.iss);
const sdjwt = new SDJwtVcInstance({
  verifier: async (data, signature) => issuerVerifier.verify({
    data: new TextEncoder().encode(data), signature: new Uint8Array(Buffer.from(signature, 'base64url'))
  }),
  kbVerifier: async (data, signature, issuedPayload) => nodeVerify(null, Buffer.from(data),
    createPublicKey({key: issuedPayload.cnf.jwk, format: 'jwk'}), Buffer.from(signature, 'base64url')),
  hasher: async (data, alg) => {
    if(alg !== 'sha-256') {
      throw new Error(`unexpected hash ${alg}`);
    }
    return new Uint8Array(createHash('sha256').update(data).digest());
  },
  hashAlg: 'sha-256'
});
const errors = [];
let verified = false;
let claims = {};
try {
  const result = await sdjwt.verify(token, {keyBindingNonce: a.nonce});
  claims = result.payload;
  verified = Boolean(result.kb);
  if(result.kb?.payload.aud !== a.aud) {
    verified = false;
    errors.push(`audience ${result.kb?.payload.aud} is not ${a.aud}`);
  }
  const flat = JSON.stringify(claims);
  for(const name of (a['expect-claims'] ?? '').split(',').filter(Boolean)) {
    if(!flat.includes(name)) {
      verified = false;
      errors.push(`expected ${name} to be disclosed`);
    }
  }
  for(const name of (a['expect-hidden'] ?? '').split(',').filter(Boolean)) {
    if(flat.includes(name)) {
      verified = false;
      errors.push(`expected ${name} to stay hidden`);
    }
  }
} catch(e) {
  errors.push(String(e.message ?? e));
}
finish({verified, claims, errors});
