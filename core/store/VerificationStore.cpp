// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: LER Wallet contributors
#include "core/store/VerificationStore.h"

#include "core/store/SqlCipherDatabase.h"

#include <QJsonDocument>

namespace ler::store {

namespace {

// Times are stored as ISO 8601 UTC text with milliseconds, so text order is time order.
QString timeText(const QDateTime& at)
{
    return at.toUTC().toString(Qt::ISODateWithMs);
}

QDateTime fromTimeText(const QVariant& text)
{
    return QDateTime::fromString(text.toString(), Qt::ISODateWithMs);
}

QString compactJson(const QJsonObject& object)
{
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

QJsonObject objectFromText(const QVariant& text)
{
    return QJsonDocument::fromJson(text.toString().toUtf8()).object();
}

Error badTime()
{
    return invalidInput(tx("ler::store", "The time to store is not valid."), QStringLiteral("store/bad-time"));
}

Result<QStringList> firstColumn(Result<QList<Row>> rows)
{
    if (!rows) {
        return rows.error();
    }
    QStringList out;
    out.reserve(rows->size());
    for (const Row& r : *rows) {
        out.append(r.at(0).toString());
    }
    return out;
}

} // namespace

VerificationStore::VerificationStore(SqlCipherDatabase& db)
    : m_db(db)
{ }

Status VerificationStore::addReport(
    const QString& credentialId, const QJsonObject& report, const QString& outcome, const QDateTime& at)
{
    if (credentialId.isEmpty()) {
        return invalidInput(tx("ler::store", "A verification result must name its credential."),
            QStringLiteral("store/empty-credential-id"));
    }
    if (outcome.isEmpty()) {
        return invalidInput(
            tx("ler::store", "A verification result must have an outcome."), QStringLiteral("store/empty-outcome"));
    }
    if (!at.isValid()) {
        return badTime();
    }
    return m_db.exec(QStringLiteral("INSERT INTO verification_results (credential_id, verified_at, outcome, report) "
                                    "VALUES (?1, ?2, ?3, ?4)"),
        { credentialId, timeText(at), outcome, compactJson(report) });
}

Result<std::optional<StoredReportRow>> VerificationStore::latestReport(const QString& credentialId)
{
    auto rows = m_db.query(QStringLiteral("SELECT verified_at, outcome, report FROM verification_results "
                                          "WHERE credential_id = ?1 ORDER BY verified_at DESC, id DESC LIMIT 1"),
        { credentialId });
    if (!rows) {
        return rows.error();
    }
    if (rows->isEmpty()) {
        return std::optional<StoredReportRow>();
    }
    const Row& r = rows->first();
    return std::optional<StoredReportRow>(
        StoredReportRow { fromTimeText(r.at(0)), r.at(1).toString(), objectFromText(r.at(2)) });
}

Result<bool> VerificationStore::hasReport(
    const QString& credentialId, const QString& verifiedAt, const QString& outcome, const QString& reportJson)
{
    auto known = m_db.scalar(QStringLiteral("SELECT 1 FROM verification_results WHERE credential_id = ?1 "
                                            "AND verified_at = ?2 AND outcome = ?3 AND report = ?4"),
        { credentialId, verifiedAt, outcome, reportJson });
    if (!known) {
        return known.error();
    }
    return known->isValid();
}

Result<std::optional<CredentialOriginal>> VerificationStore::credentialOriginal(const QString& id)
{
    auto rows = m_db.query(QStringLiteral("SELECT original, source FROM credentials WHERE id = ?1"), { id });
    if (!rows) {
        return rows.error();
    }
    if (rows->isEmpty()) {
        return std::optional<CredentialOriginal>();
    }
    const Row& r = rows->first();
    return std::optional<CredentialOriginal>(CredentialOriginal { r.at(0).toByteArray(), r.at(1).toString() });
}

Result<QStringList> VerificationStore::childIds(const QString& id)
{
    return firstColumn(
        m_db.query(QStringLiteral("SELECT id FROM credentials WHERE parent_id = ?1 ORDER BY row"), { id }));
}

Result<QStringList> VerificationStore::checkableIds()
{
    // Self-asserted entries carry nothing to check; nested credentials are checked with their container.
    return firstColumn(m_db.query(
        QStringLiteral("SELECT id FROM credentials WHERE parent_id IS NULL AND self_asserted = 0 ORDER BY row")));
}

Result<QStringList> VerificationStore::identifiers()
{
    return firstColumn(m_db.query(QStringLiteral("SELECT value FROM identifiers ORDER BY id")));
}

Status VerificationStore::addIdentifier(const QString& type, const QString& value, const QDateTime& at)
{
    if (value.trimmed().isEmpty()) {
        return invalidInput(
            tx("ler::store", "An identifier cannot be empty."), QStringLiteral("store/empty-identifier"));
    }
    if (type != QLatin1String("email") && type != QLatin1String("did") && type != QLatin1String("url")) {
        return invalidInput(tx("ler::store", "An identifier must be an e-mail address, a DID or a web address."),
            QStringLiteral("store/identifier-type"));
    }
    if (!at.isValid()) {
        return badTime();
    }
    return m_db.exec(QStringLiteral("INSERT INTO identifiers (type, value, created_at) VALUES (?1, ?2, ?3) "
                                    "ON CONFLICT(type, value) DO NOTHING"),
        { type, value, timeText(at) });
}

Status VerificationStore::removeIdentifier(const QString& value)
{
    if (Status s
        = m_db.exec(QStringLiteral("DELETE FROM identifiers WHERE value = ?1 OR value = lower(?1)"), { value });
        !s) {
        return s;
    }
    if (m_db.changes() == 0) {
        return Error(ErrorCode::NotFound,
            tx("ler::store", "This identifier is not in the wallet."),
            QStringLiteral("store/unknown-identifier"));
    }
    return {};
}

Result<QList<TrustedKeyRow>> VerificationStore::trustedKeys()
{
    auto rows = m_db.query(
        QStringLiteral("SELECT id, issuer, kid, jwk, label, added_at FROM trusted_issuer_keys ORDER BY id"));
    if (!rows) {
        return rows.error();
    }
    QList<TrustedKeyRow> out;
    out.reserve(rows->size());
    for (const Row& r : *rows) {
        out.append({ r.at(0).toLongLong(),
            r.at(1).toString(),
            r.at(2).toString(),
            objectFromText(r.at(3)),
            r.at(4).toString(),
            fromTimeText(r.at(5)) });
    }
    return out;
}

Status VerificationStore::addTrustedKey(
    const QString& issuer, const QString& kid, const QJsonObject& jwk, const QString& label, const QDateTime& at)
{
    if (jwk.isEmpty()) {
        return invalidInput(
            tx("ler::store", "A trusted key set cannot be empty."), QStringLiteral("store/empty-trusted-key"));
    }
    if (!at.isValid()) {
        return badTime();
    }
    return m_db.exec(QStringLiteral("INSERT INTO trusted_issuer_keys (issuer, kid, jwk, label, added_at) "
                                    "VALUES (?1, ?2, ?3, ?4, ?5) ON CONFLICT(issuer, kid) DO NOTHING"),
        { issuer, kid, compactJson(jwk), label, timeText(at) });
}

Status VerificationStore::removeTrustedKey(qint64 id)
{
    if (Status s = m_db.exec(QStringLiteral("DELETE FROM trusted_issuer_keys WHERE id = ?1"), { id }); !s) {
        return s;
    }
    if (m_db.changes() == 0) {
        return Error(ErrorCode::NotFound,
            tx("ler::store", "This trusted key is not in the wallet."),
            QStringLiteral("store/unknown-trusted-key"));
    }
    return {};
}

} // namespace ler::store
