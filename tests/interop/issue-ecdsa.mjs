// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: LER Wallet contributors
// Issues Open Badges 3.0 credentials signed with ECDSA by peer software (@digitalbazaar/ecdsa-rdfc-2019-cryptosuite
// with @digitalbazaar/ecdsa-multikey, through the DCC issuing stack), each by a new did:key issuer:
//   badge-p256.json, badge-p384.json  signed with ecdsa-rdfc-2019 (P-256 with SHA-256, P-384 with SHA-384, also
//                                     for the blank node labels of RDF canonicalization)
//   badge-p256-tampered.json          the P-256 badge with its achievement renamed after signing
// The same software verifies each file before it is written, so the files are what it considers valid (or not).
//   node issue-ecdsa.mjs --holder DID --out DIR
import {writeFileSync} from 'node:fs';
import {join} from 'node:path';
import {randomUUID} from 'node:crypto';
import * as vc from '@digitalcredentials/vc';
import {DataIntegrityProof} from '@digitalcredentials/data-integrity';
import {cryptosuite} from '@digitalbazaar/ecdsa-rdfc-2019-cryptosuite';
import {args, documentLoader, newEcdsaDidKey} from './common.mjs';

const {holder, out} = args();

function badge(issuerDid) {
  return {
    '@context': ['https://www.w3.org/ns/credentials/v2',
      'https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json'],
    id: `urn:uuid:${randomUUID()}`,
    type: ['VerifiableCredential', 'OpenBadgeCredential'],
    issuer: {id: issuerDid, type: ['Profile'], name: 'Interop Technical Institute'},
    validFrom: '2024-01-01T00:00:00Z',
    name: 'Pipe Welding',
    credentialSubject: {
      id: holder,
      type: ['AchievementSubject'],
      achievement: {
        id: 'urn:uuid:0d1f4e52-8c1b-4a5e-9a43-7b2f1c3d5e61',
        type: ['Achievement'],
        name: 'Pipe Welding',
        description: 'Welds pipe joints to code.',
        criteria: {narrative: 'Passed the bend test.'},
        alignment: [
          {type: ['Alignment'], targetName: 'Pipe welding, groove joints', targetUrl: 'https://skills.example/weld/1'},
          {type: ['Alignment'], targetName: 'Pipe welding, fillet joints', targetUrl: 'https://skills.example/weld/2'}
        ]
      }
    }
  };
}

async function peerVerifies(credential) {
  const result = await vc.verifyCredential({
    credential, suite: new DataIntegrityProof({cryptosuite}), documentLoader
  });
  return result.verified === true;
}

// With P-384, RDFC-1.0 labels blank nodes with SHA-384. The badge has several blank nodes (criteria, alignments)
// whose labels come out in another order with SHA-256, so a verifier that hashed them with SHA-256 would fail.
function canonical(document, messageDigestAlgorithm) {
  return cryptosuite.canonize(document, {documentLoader, messageDigestAlgorithm});
}
const probe = badge('did:key:zDnaeisktGEdvWECQvW3t2rCnkL1ANB8wG8JGwBm2AuCqYxzV');
if(await canonical(probe, 'SHA-256') === await canonical(probe, 'SHA-384')) {
  throw new Error('the badge does not tell SHA-256 from SHA-384 blank node labels');
}

const issuers = {};
for(const curve of ['P-256', 'P-384']) {
  const issuer = await newEcdsaDidKey(curve);
  const suite = new DataIntegrityProof({signer: issuer.signer(), cryptosuite});
  const signed = await vc.issue({credential: badge(issuer.controller), suite, documentLoader});
  if(!await peerVerifies(signed)) {
    throw new Error(`the peer's own ${curve} credential does not verify`);
  }
  const name = curve === 'P-256' ? 'badge-p256' : 'badge-p384';
  writeFileSync(join(out, `${name}.json`), JSON.stringify(signed, null, 2));
  issuers[curve] = issuer.controller;
  if(curve === 'P-256') {
    const tampered = structuredClone(signed);
    tampered.credentialSubject.achievement.name = 'Pipe Welding (Master)';
    if(await peerVerifies(tampered)) {
      throw new Error('the peer accepts a tampered credential');
    }
    writeFileSync(join(out, `${name}-tampered.json`), JSON.stringify(tampered, null, 2));
  }
}
process.stdout.write(JSON.stringify({issuers}) + '\n');
