// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: LER Wallet contributors
// Issues credentials to a wallet with peer software: an Open Badges 3.0 credential signed by the DCC stack
// (eddsa-rdfc-2022) and an SD-JWT VC made by @sd-jwt/sd-jwt-vc, bound to the wallet's key (cnf.jwk).
//   node issue.mjs --holder DID --holder-jwk JSON --out DIR
import {writeFileSync} from 'node:fs';
import {join} from 'node:path';
import {createHash, randomBytes, randomUUID} from 'node:crypto';
import * as vc from '@digitalcredentials/vc';
import {DataIntegrityProof} from '@digitalcredentials/data-integrity';
import {cryptosuite} from '@digitalcredentials/eddsa-rdfc-2022-cryptosuite';
import {SDJwtVcInstance} from '@sd-jwt/sd-jwt-vc';
import {args, documentLoader, newDidKey} from './common.mjs';

const {holder, 'holder-jwk': holderJwk, out} = args();
const issuer = await newDidKey();
const issuerDid = issuer.controller;

// Open Badges 3.0, VC Data Model 2.0, signed by the DCC stack.
const badge = {
  '@context': ['https://www.w3.org/ns/credentials/v2', 'https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json'],
  id: `urn:uuid:${randomUUID()}`,
  type: ['VerifiableCredential', 'OpenBadgeCredential'],
  issuer: {id: issuerDid, type: ['Profile'], name: 'Interop Community College'},
  validFrom: '2024-01-01T00:00:00Z',
  name: 'Forklift Safety',
  credentialSubject: {
    id: holder,
    type: ['AchievementSubject'],
    achievement: {
      id: 'urn:uuid:5f6b5d8e-3a4c-4b0e-9f3e-2f1d7e0c1a11',
      type: ['Achievement'],
      name: 'Forklift Safety',
      description: 'Operates a forklift safely in a warehouse.',
      criteria: {narrative: 'Passed the practical test.'}
    }
  }
};
const suite = new DataIntegrityProof({signer: issuer.signer(), cryptosuite});
// vc.issue() adds the proof to the object it is given: each issue gets its own copy.
const signedBadge = await vc.issue({credential: structuredClone(badge), suite, documentLoader});
writeFileSync(join(out, 'badge.json'), JSON.stringify(signedBadge, null, 2));

// The same badge as a VC Data Model 1.1 credential.
const badge11 = structuredClone(badge);
badge11['@context'] = ['https://www.w3.org/2018/credentials/v1',
  'https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json', 'https://w3id.org/security/data-integrity/v2'];
badge11.id = `urn:uuid:${randomUUID()}`;
badge11.issuanceDate = badge11.validFrom;
delete badge11.validFrom;
const signedBadge11 = await vc.issue({credential: badge11, suite, documentLoader});
writeFileSync(join(out, 'badge-v1.json'), JSON.stringify(signedBadge11, null, 2));

// An SD-JWT VC whose names, grade and skills are selectively disclosable.
const sdSigner = issuer.signer();
const sdjwt = new SDJwtVcInstance({
  signer: async data => Buffer.from(await sdSigner.sign({data: new TextEncoder().encode(data)})).toString('base64url'),
  signAlg: 'EdDSA',
  hasher: async (data, alg) => {
    if(alg !== 'sha-256') {
      throw new Error(`unexpected hash ${alg}`);
    }
    return new Uint8Array(createHash('sha256').update(data).digest());
  },
  hashAlg: 'sha-256',
  saltGenerator: async length => randomBytes(length).toString('base64url')
});
const claims = {
  iss: issuerDid,
  iat: Math.floor(Date.now() / 1000) - 3600,
  vct: 'https://credentials.example.com/welding',
  cnf: {jwk: JSON.parse(holderJwk)},
  given_name: 'Alex',
  family_name: 'Rivera',
  achievement: {name: 'Welding Level 2', grade: 'A'},
  skills: ['MIG', 'TIG', 'Stick']
};
const frame = {_sd: ['given_name', 'family_name'], achievement: {_sd: ['grade']}, skills: {_sd: [0, 1, 2]}};
const token = await sdjwt.issue(claims, frame, {header: {kid: issuer.id}});
writeFileSync(join(out, 'welding.sd-jwt'), token);
writeFileSync(join(out, 'issuer.txt'), issuerDid);
process.stdout.write(JSON.stringify({issuer: issuerDid}) + '\n');
