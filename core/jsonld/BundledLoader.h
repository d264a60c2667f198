// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: LER Wallet contributors
#pragma once

#include "core/jsonld/ContextCache.h"
#include "core/jsonld/DocumentLoader.h"

#include <QHash>
#include <QStringList>

namespace ler::jsonld {

/// Serves the JSON-LD contexts compiled into the binary (resources/core/contexts, listed in index.json).
/// All files are parsed once at construction; afterwards the loader is read-only and safe to share between threads,
/// and the contexts processed from its documents are kept in its context cache.
class BundledLoader : public DocumentLoader
{
public:
    BundledLoader();

    Result<RemoteDocument> load(const QString& url) const override;
    ContextCache* contextCache() const override { return &m_contexts; }

    /// The URLs this loader answers, aliases included.
    QStringList urls() const;

    /// Set if index.json or one of its files could not be read (a build problem); load() then reports it.
    Text initError() const { return m_initError; }

private:
    QHash<QString, QJsonValue> m_documents;
    Text m_initError;
    mutable ContextCache m_contexts;
};

} // namespace ler::jsonld
