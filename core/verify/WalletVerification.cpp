// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: LER Wallet contributors
#include "core/verify/WalletVerification.h"

#include "core/codec/JsonText.h"
#include "core/store/SqlCipherDatabase.h"
#include "core/util/Clock.h"
#include "core/verify/TrustedIssuers.h"
#include "core/verify/Verifier.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

namespace ler::verify {

namespace {

QString identifierType(const QString& value)
{
    if (value.startsWith(QLatin1String("did:"))) {
        return QStringLiteral("did");
    }
    if (value.startsWith(QLatin1String("https://")) || value.startsWith(QLatin1String("http://"))) {
        return QStringLiteral("url");
    }
    static const QRegularExpression email(QStringLiteral("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$"));
    return email.match(value).hasMatch() ? QStringLiteral("email") : QString();
}

/// Removing what is not there leaves the wallet as asked: not an error here.
Status absentIsRemoved(Status s)
{
    if (!s && s.error().code == ErrorCode::NotFound) {
        return {};
    }
    return s;
}

} // namespace

WalletVerification::WalletVerification(store::SqlCipherDatabase& db)
    : m_db(db)
    , m_store(db)
{ }

Verifier::Options WalletVerification::options()
{
    Verifier::Options options;
    options.offline = m_fetcher == nullptr;
    options.fetcher = m_fetcher;
    options.now = m_now;
    // Stored credentials are not presentations being received: a key binding that came with one says nothing about
    // the age of an exchange.
    options.maxAgeSeconds = 0;
    auto ids = identifiers();
    if (ids) {
        options.identifiers = *ids;
    }
    auto trusted = m_store.trustedKeys();
    if (trusted && !trusted->isEmpty()) {
        QJsonArray all;
        for (const store::TrustedKeyRow& r : *trusted) {
            all.append(r.jwk);
        }
        auto parsed = TrustedIssuers::fromJson(QJsonDocument(all).toJson(QJsonDocument::Compact));
        if (parsed) {
            options.trustedIssuers = *parsed;
        }
    }
    return options;
}

Result<Report> WalletVerification::verifyCredential(const QString& id)
{
    return verifyWith(id, Verifier(options()));
}

Result<int> WalletVerification::verifyMany(
    const QStringList& ids, const std::function<bool(qsizetype, const Result<Report>&)>& each, int perCommit)
{
    return verifyEach(
        ids.size(),
        [&](qsizetype i, const Verifier& verifier) { return verifyWith(ids.at(i), verifier); },
        each,
        perCommit);
}

Result<int> WalletVerification::verifyImported(const QList<ImportedCredential>& imported,
    const std::function<bool(qsizetype, const Result<Report>&)>& each,
    int perCommit)
{
    return verifyEach(
        imported.size(),
        [&](qsizetype i, const Verifier& verifier) -> Result<Report> {
            const ImportedCredential& c = imported.at(i);
            Report report = verifier.verifyItem(c.item, c.formatId);
            report.file = c.source;
            if (Status s = storeWithNested(c.id, report); !s)
                return s.error();
            return report;
        },
        each,
        perCommit);
}

Result<int> WalletVerification::verifyEach(qsizetype count,
    const std::function<Result<Report>(qsizetype, const Verifier&)>& check,
    const std::function<bool(qsizetype, const Result<Report>&)>& each,
    int perCommit)
{
    const Verifier verifier(options());
    const qsizetype batch = std::max(1, perCommit);
    int done = 0;
    bool open = false;
    for (qsizetype i = 0; i < count; ++i) {
        if (!open) {
            if (Status s = m_db.begin(); !s) {
                return s.error();
            }
            open = true;
        }
        Result<Report> report = check(i, verifier);
        if (!report && report.error().code == ErrorCode::Database) {
            m_db.rollback();
            return report.error();
        }
        ++done;
        const bool goOn = !each || each(i, report);
        if (!goOn || done % batch == 0 || i + 1 == count) {
            if (Status s = m_db.commit(); !s) {
                m_db.rollback();
                return s.error();
            }
            open = false;
        }
        if (!goOn) {
            break;
        }
    }
    return done;
}

Result<Report> WalletVerification::verifyWith(const QString& id, const Verifier& verifier)
{
    auto stored = m_store.credentialOriginal(id);
    if (!stored) {
        return stored.error();
    }
    if (!stored->has_value()) {
        return Error(ErrorCode::NotFound,
            tx("ler::verify", "There is no credential %1 in this wallet.").arg(id),
            QStringLiteral("verify/credential-not-found"));
    }
    auto report = verifier.verify((*stored)->original, (*stored)->source);
    if (!report) {
        return report.error();
    }
    if (Status s = storeWithNested(id, *report); !s) {
        return s.error();
    }
    return report;
}

Status WalletVerification::storeWithNested(const QString& id, const Report& report)
{
    if (auto s = store(id, report); !s) {
        return s;
    }
    // A CLR's report holds one nested report per credential inside, in the order they were stored.
    auto children = m_store.childIds(id);
    if (children && children->size() == report.credentials.size()) {
        for (qsizetype i = 0; i < children->size(); ++i) {
            if (auto s = store(children->at(i), report.credentials.at(i)); !s) {
                return s;
            }
        }
    }
    return {};
}

Status WalletVerification::store(const QString& id, const Report& report)
{
    return m_store.addReport(id, report.toJson(), outcomeName(report.overall), clock::nowUtc());
}

Result<int> WalletVerification::verifyAll(
    const std::function<void(int, int)>& progress, const std::atomic<bool>* cancel)
{
    // Self-asserted entries carry nothing to check; nested credentials are checked with their container.
    auto checkable = m_store.checkableIds();
    if (!checkable) {
        return checkable.error();
    }
    const QStringList ids = *checkable;
    if (cancel && cancel->load()) {
        return 0;
    }
    return verifyMany(ids, [&](qsizetype index, const Result<Report>&) {
        if (progress) {
            progress(int(index + 1), int(ids.size()));
        }
        return !(cancel && cancel->load());
    });
}

Result<std::optional<StoredReport>> WalletVerification::latest(const QString& id)
{
    auto row = m_store.latestReport(id);
    if (!row) {
        return row.error();
    }
    if (!row->has_value()) {
        return std::optional<StoredReport>();
    }
    return std::optional<StoredReport>(StoredReport { (*row)->verifiedAt, (*row)->outcome, (*row)->report });
}

Result<QStringList> WalletVerification::identifiers()
{
    return m_store.identifiers();
}

Status WalletVerification::addIdentifier(const QString& value)
{
    const QString v = value.trimmed();
    const QString type = identifierType(v);
    if (type.isEmpty()) {
        return Error(ErrorCode::InvalidInput,
            tx("ler::verify", "\"%1\" is not an e-mail address, a DID or a web address.").arg(v.left(80)),
            QStringLiteral("verify/identifier-not-recognised"));
    }
    const QString stored = type == QLatin1String("email") ? v.toLower() : v;
    return m_store.addIdentifier(type, stored, clock::nowUtc());
}

Status WalletVerification::removeIdentifier(const QString& value)
{
    const QString v = value.trimmed();
    if (v.isEmpty()) {
        return {};
    }
    return absentIsRemoved(m_store.removeIdentifier(v));
}

Result<QList<TrustedEntry>> WalletVerification::trustedEntries()
{
    auto rows = m_store.trustedKeys();
    if (!rows) {
        return rows.error();
    }
    QList<TrustedEntry> out;
    out.reserve(rows->size());
    for (const store::TrustedKeyRow& r : *rows) {
        out.append({ r.id, r.label, r.addedAt });
    }
    return out;
}

Status WalletVerification::addTrusted(const QByteArray& json, const QString& label)
{
    auto parsed = TrustedIssuers::fromJson(json);
    if (!parsed) {
        return parsed.error();
    }
    const QJsonDocument doc = codec::parseJsonDocument(json);
    if (!doc.isObject()) {
        return Error(ErrorCode::InvalidInput,
            tx("ler::verify", "Add one key set or DID document at a time."),
            QStringLiteral("verify/trusted-key-not-one-object"));
    }
    const QByteArray compact = doc.toJson(QJsonDocument::Compact);
    // issuer + kid are unique together; the content fingerprint keeps one copy of the same keys.
    const QString fingerprint
        = QString::fromLatin1(QCryptographicHash::hash(compact, QCryptographicHash::Sha256).toHex());
    return m_store.addTrustedKey(label.trimmed(), fingerprint, doc.object(), label.trimmed(), clock::nowUtc());
}

Status WalletVerification::removeTrusted(qint64 id)
{
    return absentIsRemoved(m_store.removeTrustedKey(id));
}

} // namespace ler::verify
