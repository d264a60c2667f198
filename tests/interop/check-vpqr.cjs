// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: LER Wallet contributors
//
// Runs the reference implementations over payloads LER Wallet made:
//   node check-vpqr.cjs <contexts dir> <payloads.json>
// payloads.json is [{name, document, vpqr, sameAsLibrary}]. For each, @digitalcredentials/vpqr decodes our payload
// (it must give back the document) and, where sameAsLibrary is true, encodes the document (it must give our payload
// exactly). Prints one JSON line per payload and exits 1 if any failed.
'use strict';
const fs = require('fs');
const util = require('util');
const vpqr = require('@digitalcredentials/vpqr');
const {bundledLoader} = require('./contexts.cjs');

async function main() {
  const [contextsDir, payloadsFile] = process.argv.slice(2);
  const documentLoader = bundledLoader(contextsDir);
  const payloads = JSON.parse(fs.readFileSync(payloadsFile, 'utf8'));
  let failed = 0;
  for (const p of payloads) {
    const result = {name: p.name, decoded: false, encoded: null};
    try {
      const {vp} = await vpqr.fromQrCode({text: p.vpqr, documentLoader});
      result.decoded = util.isDeepStrictEqual(JSON.parse(JSON.stringify(vp)), p.document);
      if (!result.decoded) {
        result.detail = 'decoded document differs';
      }
    } catch (e) {
      result.detail = `decode failed: ${e.message}`;
    }
    if (p.sameAsLibrary) {
      try {
        const {payload} = await vpqr.toQrCode({vp: p.document, documentLoader});
        result.encoded = payload === p.vpqr;
      } catch (e) {
        result.encoded = false;
        result.detail = `encode failed: ${e.message}`;
      }
    }
    if (!result.decoded || result.encoded === false) {
      failed++;
    }
    console.log(JSON.stringify(result));
  }
  process.exit(failed ? 1 : 0);
}

main().catch((e) => {
  console.error(e);
  process.exit(2);
});
