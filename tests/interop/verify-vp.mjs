// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: LER Wallet contributors
// Verifies a JSON-LD Verifiable Presentation with the Digital Credentials Consortium's stack: the holder's proof
// (authentication, challenge, domain) and every credential's proof, signed with eddsa-rdfc-2022 or ecdsa-rdfc-2019.
//   node verify-vp.mjs --file VP.json --challenge C --domain D
import * as vc from '@digitalcredentials/vc';
import {DataIntegrityProof} from '@digitalcredentials/data-integrity';
import {cryptosuite as eddsa} from '@digitalcredentials/eddsa-rdfc-2022-cryptosuite';
import {cryptosuite as ecdsa} from '@digitalbazaar/ecdsa-rdfc-2019-cryptosuite';
import {args, documentLoader, finish, readJson} from './common.mjs';

const {file, challenge, domain} = args();
const presentation = readJson(file);
const suite = [new DataIntegrityProof({cryptosuite: eddsa}), new DataIntegrityProof({cryptosuite: ecdsa})];
const result = await vc.verify({presentation, challenge, domain, suite, documentLoader});
const errors = [];
const collect = r => {
  if(r?.error) {
    errors.push(String(r.error.message ?? r.error));
    for(const e of r.error.errors ?? []) {
      errors.push(String(e.message ?? e));
    }
  }
};
collect(result);
collect(result.presentationResult);
for(const r of result.presentationResult?.results ?? []) {
  collect(r);
}
for(const c of result.credentialResults ?? []) {
  collect(c);
  for(const r of c.results ?? []) {
    collect(r);
  }
}
finish({
  verified: result.verified === true,
  presentation: result.presentationResult?.verified === true,
  credentials: (result.credentialResults ?? []).map(c => c.verified === true),
  errors
});
