// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: LER Wallet contributors
//
// Writes the golden CBOR-LD bytes and VPQR payloads of tests/data/vpqr/goldens.json with the reference
// implementations (the versions pinned in package-lock.json):
//   node make-goldens.cjs <contexts dir> <test data dir> <output.json> <input paths relative to the data dir...>
// An input the library refuses is recorded with its error message.
'use strict';
const fs = require('fs');
const path = require('path');
const cborld = require('@digitalcredentials/cborld');
const vpqr = require('@digitalcredentials/vpqr');
const {bundledLoader} = require('./contexts.cjs');

async function main() {
  const [contextsDir, dataDir, output, ...inputs] = process.argv.slice(2);
  const documentLoader = bundledLoader(contextsDir);
  const cases = [];
  for (const input of inputs) {
    const document = JSON.parse(fs.readFileSync(path.join(dataDir, input), 'utf8'));
    const entry = {input};
    try {
      const bytes = await cborld.encode({jsonldDocument: document, documentLoader});
      entry.cborld = Buffer.from(bytes).toString('hex');
    } catch (e) {
      entry.error = e.message;
      cases.push(entry);
      continue;
    }
    try {
      const qr = await vpqr.toQrCode({vp: document, documentLoader});
      entry.vpqr = qr.payload;
      entry.qrVersion = qr.version;
    } catch (e) {
      entry.vpqrError = e.message; // too large for one QR code
    }
    cases.push(entry);
  }
  // Read the installed versions from the package folders (cborg does not export its package.json).
  const versions = {};
  for (const name of ['@digitalcredentials/cborld', '@digitalcredentials/vpqr', 'cborg']) {
    const folder = require.resolve.paths(name).map((p) => path.join(p, name)).find((p) => fs.existsSync(p));
    versions[name] = JSON.parse(fs.readFileSync(path.join(folder, 'package.json'), 'utf8')).version;
  }
  fs.writeFileSync(output, JSON.stringify({generator: {node: process.version, packages: versions}, cases}, null, 1) + '\n');
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
