// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: LER Wallet contributors
#include "core/formats/ImportItem.h"

#include <QCryptographicHash>

namespace ler::formats {

void ImportItem::computeHashes()
{
    contentHash = sha256Hex(original);
    for (ImportItem& child : children)
        child.computeHashes();
}

QString ImportItem::sha256Hex(const QByteArray& bytes)
{
    return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
}

} // namespace ler::formats
