// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: LER Wallet contributors
#pragma once

#include "core/formats/Importer.h"
#include "core/formats/ResourceFetcher.h"

#include <QJsonObject>

namespace ler::formats {

/// Open Badges 2.0 (and 1.x) assertions: hosted JSON, or signed as a compact JWS whose payload is the assertion.
/// BadgeClass and Issuer given only by URL are fetched through the ResourceFetcher when one is set, and otherwise
/// listed in ImportItem::notFetched.
class OpenBadges2Importer : public Importer
{
public:
    explicit OpenBadges2Importer(ResourceFetcher fetcher = {});

    QString formatId() const override { return QStringLiteral("openbadges2"); }
    Text displayName() const override;
    QStringList fileSuffixes() const override { return { QStringLiteral("json"), QStringLiteral("jsonld") }; }
    int sniff(const InputProbe& probe, const QString& fileName) const override;
    Result<ImportBatch> parse(const QByteArray& bytes) const override;

    /// A hosted assertion known only by its URL (as baked into some images): fetched, or refused without a fetcher.
    Result<ImportBatch> parseHostedUrl(const QString& url) const;
    /// True when obj looks like an Open Badges 1.x/2.0 assertion.
    static bool isAssertion(const QJsonObject& obj);

private:
    Result<model::Record> mapAssertion(const QJsonObject& assertion, bool signedBadge, QStringList& notFetched) const;
    /// The object behind a field that may be embedded or a URL; fetches when possible.
    Result<QJsonObject> resolve(const QJsonValue& v, const char* field, QStringList& notFetched) const;

    ResourceFetcher m_fetcher;
};

} // namespace ler::formats
