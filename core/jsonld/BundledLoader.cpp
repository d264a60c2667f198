// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: LER Wallet contributors
#include "core/jsonld/BundledLoader.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStringList>

// Resources in a static library must be registered explicitly (Q_INIT_RESOURCE works only outside namespaces).
static void initBundledContexts()
{
    Q_INIT_RESOURCE(contexts);
}

namespace ler::jsonld {

namespace {

const QString kContextDir = QStringLiteral(":/ler/contexts/");

QJsonDocument readJson(const QString& path, Text* error)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        *error = tx("ler::jsonld", "cannot open bundled resource %1").arg(path);
        return {};
    }
    QJsonParseError pe;
    QJsonDocument doc = QJsonDocument::fromJson(f.readAll(), &pe);
    if (pe.error != QJsonParseError::NoError)
        *error = tx("ler::jsonld", "bundled resource %1 is not valid JSON: %2").arg(path, pe.errorString());
    return doc;
}

} // namespace

BundledLoader::BundledLoader()
{
    initBundledContexts();
    const QJsonDocument index = readJson(kContextDir + QStringLiteral("index.json"), &m_initError);
    if (!m_initError.isEmpty())
        return;
    const QJsonObject map = index.object();
    for (auto it = map.begin(); it != map.end(); ++it) {
        Text error;
        const QJsonDocument doc = readJson(kContextDir + it.value().toString(), &error);
        if (!error.isEmpty()) {
            m_initError = error;
            return;
        }
        m_documents.insert(it.key(), doc.isArray() ? QJsonValue(doc.array()) : QJsonValue(doc.object()));
    }
}

Result<RemoteDocument> BundledLoader::load(const QString& url) const
{
    if (!m_initError.isEmpty())
        return Error(ErrorCode::Internal, m_initError, QStringLiteral("jsonld/bundled-context-unreadable"));
    const auto it = m_documents.constFind(url);
    if (it == m_documents.constEnd())
        return Error(ErrorCode::NotFound,
            tx("ler::jsonld",
                "the context %1 is not bundled with the wallet and is never fetched from the "
                "network")
                .arg(url),
            QStringLiteral("jsonld/context-not-bundled"));
    return RemoteDocument { url, it.value() };
}

QStringList BundledLoader::urls() const
{
    QStringList r = m_documents.keys();
    r.sort();
    return r;
}

std::shared_ptr<const DocumentLoader> bundledLoader()
{
    static const std::shared_ptr<const DocumentLoader> loader = std::make_shared<BundledLoader>();
    return loader;
}

} // namespace ler::jsonld
