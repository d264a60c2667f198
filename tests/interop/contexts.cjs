// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: LER Wallet contributors
//
// A JSON-LD document loader over the contexts bundled with LER Wallet (resources/core/contexts), so the reference
// implementations see exactly the context documents our code sees. Unknown URLs fail; nothing is fetched.
'use strict';
const fs = require('fs');
const path = require('path');

function bundledLoader(contextsDir) {
  const index = JSON.parse(fs.readFileSync(path.join(contextsDir, 'index.json'), 'utf8'));
  return async (url) => {
    const file = index[url];
    if (!file) {
      throw new Error(`context not bundled: ${url}`);
    }
    const document = JSON.parse(fs.readFileSync(path.join(contextsDir, file), 'utf8'));
    return {contextUrl: null, documentUrl: url, document};
  };
}

module.exports = {bundledLoader};
