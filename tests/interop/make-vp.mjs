// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: LER Wallet contributors
// Makes a Verifiable Presentation with the DCC stack (a new holder did:key, eddsa-rdfc-2022, authentication,
// challenge and domain) around a credential, for LER Wallet to verify.
//   node make-vp.mjs --credential VC.json --challenge C --domain D --out VP.json
import {writeFileSync} from 'node:fs';
import * as vc from '@digitalcredentials/vc';
import {DataIntegrityProof} from '@digitalcredentials/data-integrity';
import {cryptosuite} from '@digitalcredentials/eddsa-rdfc-2022-cryptosuite';
import {args, documentLoader, newDidKey, readJson} from './common.mjs';

const {credential, challenge, domain, out} = args();
const holder = await newDidKey();
const presentation = vc.createPresentation({verifiableCredential: [readJson(credential)], holder: holder.controller});
const suite = new DataIntegrityProof({signer: holder.signer(), cryptosuite});
const signed = await vc.signPresentation({presentation, suite, challenge, domain, documentLoader});
writeFileSync(out, JSON.stringify(signed, null, 2));
process.stdout.write(JSON.stringify({holder: holder.controller}) + '\n');
