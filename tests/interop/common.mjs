// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: LER Wallet contributors
// What every interop script shares: a JSON-LD document loader that serves only the contexts bundled with LER Wallet
// (resources/core/contexts) and resolves did:key locally, so nothing is fetched and both sides read the same files.
import {readFileSync} from 'node:fs';
import {dirname, join} from 'node:path';
import {fileURLToPath} from 'node:url';
import * as EcdsaMultikey from '@digitalbazaar/ecdsa-multikey';
import * as Ed25519Multikey from '@digitalcredentials/ed25519-multikey';

const here = dirname(fileURLToPath(import.meta.url));
const contextDir = join(here, '..', '..', 'resources', 'core', 'contexts');
const index = JSON.parse(readFileSync(join(contextDir, 'index.json'), 'utf8'));

const contexts = new Map();
for(const [url, file] of Object.entries(index)) {
  contexts.set(url, JSON.parse(readFileSync(join(contextDir, file), 'utf8')));
}

/** The DID document of an Ed25519, P-256 or P-384 did:key (Multikey form). */
export function didKeyDocument(did) {
  const multibase = did.slice('did:key:'.length);
  if(!['z6Mk', 'zDn', 'z82'].some(prefix => multibase.startsWith(prefix))) {
    throw new Error(`only Ed25519, P-256 and P-384 did:key are resolved here: ${did}`);
  }
  const id = `${did}#${multibase}`;
  return {
    '@context': ['https://www.w3.org/ns/did/v1', 'https://w3id.org/security/multikey/v1'],
    id: did,
    verificationMethod: [{id, type: 'Multikey', controller: did, publicKeyMultibase: multibase}],
    authentication: [id],
    assertionMethod: [id]
  };
}

export async function documentLoader(url) {
  if(contexts.has(url)) {
    return {contextUrl: null, documentUrl: url, document: structuredClone(contexts.get(url))};
  }
  if(url.startsWith('did:key:')) {
    const [did] = url.split('#');
    const doc = didKeyDocument(did);
    if(!url.includes('#')) {
      return {contextUrl: null, documentUrl: url, document: doc};
    }
    const method = doc.verificationMethod.find(m => m.id === url);
    if(!method) {
      throw new Error(`no verification method ${url}`);
    }
    return {
      contextUrl: null,
      documentUrl: url,
      document: {'@context': 'https://w3id.org/security/multikey/v1', ...method}
    };
  }
  throw new Error(`not available offline: ${url}`);
}

/** A new Ed25519 key with its did:key; signer() and verifier() as the DCC suites expect. */
export async function newDidKey() {
  const probe = await Ed25519Multikey.generate();
  const did = `did:key:${probe.publicKeyMultibase}`;
  return Ed25519Multikey.from({...(await probe.export({publicKey: true, secretKey: true, includeContext: true})),
    id: `${did}#${probe.publicKeyMultibase}`, controller: did});
}

/** A new ECDSA key ('P-256' or 'P-384') with its did:key (zDn... or z82...). */
export async function newEcdsaDidKey(curve) {
  const probe = await EcdsaMultikey.generate({curve});
  const did = `did:key:${probe.publicKeyMultibase}`;
  return EcdsaMultikey.from({...(await probe.export({publicKey: true, secretKey: true, includeContext: true})),
    id: `${did}#${probe.publicKeyMultibase}`, controller: did});
}

/** The verifier of the key a did:key names. */
export async function didKeyVerifier(did) {
  const doc = didKeyDocument(did);
  const key = await Ed25519Multikey.from({
    '@context': 'https://w3id.org/security/multikey/v1', ...doc.verificationMethod[0]
  });
  return key.verifier();
}

/** Reads --name value pairs from the command line. */
export function args() {
  const out = {};
  const argv = process.argv.slice(2);
  for(let i = 0; i < argv.length; i += 2) {
    out[argv[i].replace(/^--/, '')] = argv[i + 1];
  }
  return out;
}

export function readJson(path) {
  return JSON.parse(readFileSync(path, 'utf8'));
}

/** Prints one JSON result and exits 0 when ok, 1 otherwise. */
export function finish(result) {
  process.stdout.write(JSON.stringify(result, null, 2) + '\n');
  process.exit(result.verified ? 0 : 1);
}
