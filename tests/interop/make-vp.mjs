// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: LER Wallet contributors
// Makes a Verifiable Presentation with the DCC stack (a new holder did:key, eddsa-rdfc-2022, authentication,
// challenge and domain) around a credential, for LER Wallet to verify. With --reissue true the credential is first
// issued again, by a new issuer did:key, to the new holder (as a holder presents what was issued to it); without,
// it is presented as it is, by a holder it was not issued to. With --curve P-256 or P-384 the new keys are ECDSA
// keys and the proofs ecdsa-rdfc-2019 (@digitalbazaar/ecdsa-rdfc-2019-cryptosuite).
//   node make-vp.mjs --credential VC.json --challenge C --domain D --out VP.json [--reissue true] [--curve P-256]
import {writeFileSync} from 'node:fs';
import * as vc from '@digitalcredentials/vc';
import {DataIntegrityProof} from '@digitalcredentials/data-integrity';
import {cryptosuite as eddsa} from '@digitalcredentials/eddsa-rdfc-2022-cryptosuite';
import {cryptosuite as ecdsa} from '@digitalbazaar/ecdsa-rdfc-2019-cryptosuite';
import {args, documentLoader, newDidKey, newEcdsaDidKey, readJson} from './common.mjs';

const {credential, challenge, domain, out, reissue, curve} = args();
const cryptosuite = curve ? ecdsa : eddsa;
const newKey = () => (curve ? newEcdsaDidKey(curve) : newDidKey());
const holder = await newKey();
let presented = readJson(credential);
if(reissue === 'true') {
  const issuer = await newKey();
  delete presented.proof;
  presented.issuer = typeof presented.issuer === 'object' ?
    {...presented.issuer, id: issuer.controller} : issuer.controller;
  presented.credentialSubject = {...presented.credentialSubject, id: holder.controller};
  const issuerSuite = new DataIntegrityProof({signer: issuer.signer(), cryptosuite});
  presented = await vc.issue({credential: presented, suite: issuerSuite, documentLoader});
}
const presentation = vc.createPresentation({verifiableCredential: [presented], holder: holder.controller});
const suite = new DataIntegrityProof({signer: holder.signer(), cryptosuite});
const signed = await vc.signPresentation({presentation, suite, challenge, domain, documentLoader});
writeFileSync(out, JSON.stringify(signed, null, 2));
process.stdout.write(JSON.stringify({holder: holder.controller}) + '\n');
