// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: LER Wallet contributors
#include "core/verify/WalletVerification.h"

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

QString nowText()
{
    return clock::nowUtc().toString(Qt::ISODateWithMs);
}

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

} // namespace

WalletVerification::WalletVerification(store::SqlCipherDatabase& db)
    : m_db(db)
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
    auto trusted = m_db.query(QStringLiteral("SELECT jwk FROM trusted_issuer_keys"));
    if (trusted && !trusted->isEmpty()) {
        QJsonArray all;
        for (const store::Row& r : *trusted) {
            all.append(QJsonDocument::fromJson(r.at(0).toString().toUtf8()).object());
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
    auto row = m_db.query(QStringLiteral("SELECT original, source FROM credentials WHERE id = ?1"), { id });
    if (!row) {
        return row.error();
    }
    if (row->isEmpty()) {
        return Error(ErrorCode::NotFound, tx("ler::verify", "There is no credential %1 in this wallet.").arg(id));
    }
    auto report = verifier.verify(row->first().at(0).toByteArray(), row->first().at(1).toString());
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
    auto children = m_db.query(QStringLiteral("SELECT id FROM credentials WHERE parent_id = ?1 ORDER BY row"), { id });
    if (children && children->size() == report.credentials.size()) {
        for (qsizetype i = 0; i < children->size(); ++i) {
            if (auto s = store(children->at(i).at(0).toString(), report.credentials.at(i)); !s) {
                return s;
            }
        }
    }
    return {};
}

Status WalletVerification::store(const QString& id, const Report& report)
{
    const QByteArray json = QJsonDocument(report.toJson()).toJson(QJsonDocument::Compact);
    return m_db.exec(QStringLiteral("INSERT INTO verification_results (credential_id, verified_at, outcome, report) "
                                    "VALUES (?1, ?2, ?3, ?4)"),
        { id, nowText(), outcomeName(report.overall), QString::fromUtf8(json) });
}

Result<int> WalletVerification::verifyAll(
    const std::function<void(int, int)>& progress, const std::atomic<bool>* cancel)
{
    // Self-asserted entries carry nothing to check; nested credentials are checked with their container.
    auto rows = m_db.query(QStringLiteral("SELECT id FROM credentials WHERE parent_id IS NULL AND self_asserted = 0 "
                                          "ORDER BY row"));
    if (!rows) {
        return rows.error();
    }
    QStringList ids;
    ids.reserve(rows->size());
    for (const store::Row& r : *rows) {
        ids.append(r.at(0).toString());
    }
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
    auto rows = m_db.query(QStringLiteral("SELECT verified_at, outcome, report FROM verification_results "
                                          "WHERE credential_id = ?1 ORDER BY verified_at DESC, id DESC LIMIT 1"),
        { id });
    if (!rows) {
        return rows.error();
    }
    if (rows->isEmpty()) {
        return std::optional<StoredReport>();
    }
    const store::Row& r = rows->first();
    return std::optional<StoredReport>(StoredReport { QDateTime::fromString(r.at(0).toString(), Qt::ISODateWithMs),
        r.at(1).toString(),
        QJsonDocument::fromJson(r.at(2).toString().toUtf8()).object() });
}

Result<QStringList> WalletVerification::identifiers()
{
    auto rows = m_db.query(QStringLiteral("SELECT value FROM identifiers ORDER BY id"));
    if (!rows) {
        return rows.error();
    }
    QStringList out;
    for (const store::Row& r : *rows) {
        out.append(r.at(0).toString());
    }
    return out;
}

Status WalletVerification::addIdentifier(const QString& value)
{
    const QString v = value.trimmed();
    const QString type = identifierType(v);
    if (type.isEmpty()) {
        return Error(ErrorCode::InvalidInput,
            tx("ler::verify", "\"%1\" is not an e-mail address, a DID or a web address.").arg(v.left(80)));
    }
    const QString stored = type == QLatin1String("email") ? v.toLower() : v;
    return m_db.exec(QStringLiteral("INSERT INTO identifiers (type, value, created_at) VALUES (?1, ?2, ?3) "
                                    "ON CONFLICT(type, value) DO NOTHING"),
        { type, stored, nowText() });
}

Status WalletVerification::removeIdentifier(const QString& value)
{
    return m_db.exec(
        QStringLiteral("DELETE FROM identifiers WHERE value = ?1 OR value = lower(?1)"), { value.trimmed() });
}

Result<QList<TrustedEntry>> WalletVerification::trustedEntries()
{
    auto rows = m_db.query(QStringLiteral("SELECT id, label, added_at FROM trusted_issuer_keys ORDER BY id"));
    if (!rows) {
        return rows.error();
    }
    QList<TrustedEntry> out;
    for (const store::Row& r : *rows) {
        out.append(
            { r.at(0).toLongLong(), r.at(1).toString(), QDateTime::fromString(r.at(2).toString(), Qt::ISODateWithMs) });
    }
    return out;
}

Status WalletVerification::addTrusted(const QByteArray& json, const QString& label)
{
    auto parsed = TrustedIssuers::fromJson(json);
    if (!parsed) {
        return parsed.error();
    }
    const QJsonDocument doc = QJsonDocument::fromJson(json);
    if (!doc.isObject()) {
        return Error(ErrorCode::InvalidInput, tx("ler::verify", "Add one key set or DID document at a time."));
    }
    const QByteArray compact = doc.toJson(QJsonDocument::Compact);
    // issuer + kid are unique together; the content fingerprint keeps one copy of the same keys.
    const QString fingerprint
        = QString::fromLatin1(QCryptographicHash::hash(compact, QCryptographicHash::Sha256).toHex());
    return m_db.exec(QStringLiteral("INSERT INTO trusted_issuer_keys (issuer, kid, jwk, label, added_at) "
                                    "VALUES (?1, ?2, ?3, ?4, ?5) ON CONFLICT(issuer, kid) DO NOTHING"),
        { label.trimmed(), fingerprint, QString::fromUtf8(compact), label.trimmed(), nowText() });
}

Status WalletVerification::removeTrusted(qint64 id)
{
    return m_db.exec(QStringLiteral("DELETE FROM trusted_issuer_keys WHERE id = ?1"), { id });
}

} // namespace ler::verify
