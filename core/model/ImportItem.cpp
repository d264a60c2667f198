// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: LER Wallet contributors
#include "core/model/ImportItem.h"

#include "core/crypto/Digest.h"

namespace ler::model {

void ImportItem::computeHashes()
{
    contentHash = sha256Hex(original);
    for (ImportItem& child : children)
        child.computeHashes();
}

QString ImportItem::sha256Hex(const QByteArray& bytes)
{
    return QString::fromLatin1(crypto::sha256(bytes).toHex());
}

} // namespace ler::model
