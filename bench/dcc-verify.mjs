// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: LER Wallet contributors
// Credentials per second with the Digital Credentials Consortium's verifier stack (what the Learner Credential Wallet
// runs: @digitalcredentials/vc with the eddsa-rdfc-2022 cryptosuite), on the same credential `ler-wallet-bench suites` reads, so
// the two rates can be compared on one machine. Uses the packages scripts/setup.sh installs into
// tests/interop/node_modules and the contexts bundled with LER Wallet; nothing is fetched.
//   node bench/dcc-verify.mjs [--file F] [--seconds S]
// Prints one JSON line: {"name":"verify-dcc","value":N,"unit":"credentials/s",...}.
import {readFileSync} from 'node:fs';
import {createRequire} from 'node:module';
import {dirname, join} from 'node:path';
import {fileURLToPath, pathToFileURL} from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, '..');
const interop = createRequire(join(root, 'tests', 'interop', 'package.json'));
const load = async name => import(pathToFileURL(interop.resolve(name)).href);

const argv = process.argv.slice(2);
const option = (name, fallback) => {
  const i = argv.indexOf(`--${name}`);
  return i >= 0 && i + 1 < argv.length ? argv[i + 1] : fallback;
};
const file = option('file', join(root, 'tests', 'data', 'vectors', 'openbadges-eddsa', 'ob3', 'signed-credential.json'));
const seconds = Number(option('seconds', '3'));

const vc = await load('@digitalcredentials/vc');
const {DataIntegrityProof} = await load('@digitalcredentials/data-integrity');
const {cryptosuite} = await load('@digitalcredentials/eddsa-rdfc-2022-cryptosuite');

const contextDir = join(root, 'resources', 'core', 'contexts');
const index = JSON.parse(readFileSync(join(contextDir, 'index.json'), 'utf8'));
const contexts = new Map();
for(const [url, name] of Object.entries(index)) {
  contexts.set(url, JSON.parse(readFileSync(join(contextDir, name), 'utf8')));
}

const credential = JSON.parse(readFileSync(file, 'utf8'));
const proofs = Array.isArray(credential.proof) ? credential.proof : [credential.proof];

// Keys as ler-wallet-bench suites takes them: the key named by the "#z6Mk..." fragment of the verification method, with the
// part before the fragment as its controller (the issuers of the test vectors are not resolvable).
function controllerDocument(methodId) {
  const [controller, key] = methodId.split('#');
  return {
    '@context': ['https://www.w3.org/ns/did/v1', 'https://w3id.org/security/multikey/v1'],
    id: controller,
    verificationMethod: [{id: methodId, type: 'Multikey', controller, publicKeyMultibase: key}],
    assertionMethod: [methodId],
    authentication: [methodId]
  };
}
const methods = new Map();
for(const proof of proofs) {
  const doc = controllerDocument(proof.verificationMethod);
  methods.set(doc.id, doc);
  methods.set(proof.verificationMethod, {
    '@context': 'https://w3id.org/security/multikey/v1', ...doc.verificationMethod[0]
  });
}

async function documentLoader(url) {
  if(contexts.has(url)) {
    return {contextUrl: null, documentUrl: url, document: structuredClone(contexts.get(url))};
  }
  if(methods.has(url)) {
    return {contextUrl: null, documentUrl: url, document: structuredClone(methods.get(url))};
  }
  throw new Error(`not available offline: ${url}`);
}

const suite = new DataIntegrityProof({cryptosuite});
async function verifyOnce() {
  const result = await vc.verifyCredential({credential, suite, documentLoader, checkStatus: undefined});
  if(!result.verified) {
    const error = result.error?.errors?.[0] ?? result.error ?? result.results?.[0]?.error;
    throw new Error(`the credential does not verify with the DCC stack: ${error?.message ?? JSON.stringify(result)}`);
  }
}

for(let i = 0; i < 20; ++i) {
  await verifyOnce();
}
let count = 0;
const start = process.hrtime.bigint();
const limit = BigInt(Math.round(seconds * 1e9));
let elapsed = 0n;
while((elapsed = process.hrtime.bigint() - start) < limit) {
  await verifyOnce();
  ++count;
}
const rate = count / (Number(elapsed) / 1e9);
process.stdout.write(JSON.stringify({
  name: 'verify-dcc',
  value: Math.round(rate * 10) / 10,
  unit: 'credentials/s',
  file,
  node: process.version
}) + '\n');
