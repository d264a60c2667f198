// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: LER Wallet contributors
#pragma once

#include "core/util/Result.h"

#include <QJsonValue>
#include <QString>
#include <memory>

namespace ler::jsonld {

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
};

/// The default loader: serves only the contexts bundled as Qt resources (exact URL match, plus the listed aliases).
/// Any other URL fails with ErrorCode::NotFound. Thread-safe; shared by all callers.
std::shared_ptr<const DocumentLoader> bundledLoader();

} // namespace ler::jsonld
