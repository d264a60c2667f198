// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: LER Wallet contributors
#pragma once

#include "core/model/Record.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

namespace ler::model {

/// One imported credential: the bytes as received, the credential inside them and its normalized record.
struct ImportItem
{
    QByteArray original; ///< Exact bytes as received (PNG file, JSON text, CSV header + row...).
    QByteArray payload; ///< The credential itself: JSON text or a compact JWT / SD-JWT.
    QString contentHash; ///< Lower-case hex SHA-256 of original.
    Record record;
    QList<ImportItem> children; ///< Credentials nested in this one (CLR), each with its own record.
    QStringList notFetched; ///< Web addresses the credential refers to that were not downloaded.

    /// Sets contentHash of this item and of every child from their original bytes.
    void computeHashes();
    /// Lower-case hex SHA-256 of bytes.
    static QString sha256Hex(const QByteArray& bytes);
};

/// What one file imports to: usually one item, several for a CSV file.
struct ImportBatch
{
    QString formatId;
    QList<ImportItem> items;
};

} // namespace ler::model
