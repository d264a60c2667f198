// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: LER Wallet contributors
#pragma once

#include "core/util/Result.h"

#include <QJsonValue>
#include <QString>
#include <memory>

namespace ler::jsonld {

class ContextCache;

/// A document returned by a loader: the parsed JSON and the URL it was found at (the base for relative IRIs in it).
struct RemoteDocument
{
    QString documentUrl;
    QJsonValue document;
};

/// Dereferences context URLs. Implementations decide what may be loaded; the wallet never fetches from the network.
class DocumentLoader
{
public:
    virtual ~DocumentLoader() = default;

    /// Loads url, or fails with a message that names the URL.
    virtual Result<RemoteDocument> load(const QString& url) const = 0;

    /// Where the contexts processed from this loader's documents are kept between calls, or null (the default)
    /// when its documents may change from one call to the next and every call must process them afresh. A loader
    /// that returns a cache promises that load() always gives the same answer for the same URL.
    virtual ContextCache* contextCache() const { return nullptr; }
};

/// The default loader: serves only the contexts bundled as Qt resources (exact URL match, plus the listed aliases).
/// Any other URL fails with ErrorCode::NotFound. Thread-safe; shared by all callers.
std::shared_ptr<const DocumentLoader> bundledLoader();

} // namespace ler::jsonld
