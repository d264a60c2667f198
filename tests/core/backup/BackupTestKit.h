// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: LER Wallet contributors
#pragma once

#include "core/backup/BackupTables.h"
#include "core/present/PresentTestKit.h"
#include "core/present/PresentationService.h"
#include "core/store/Migrations.h"
#include "core/store/WalletSettings.h"
#include "core/verify/WalletVerification.h"

#include <QFile>
#include <QTest>
#include <QtEndian>

/// A wallet holding every kind of record and every kind of row a backup must carry.
namespace ler::test {

inline constexpr char kBackupPass[] = "copper kettle 19 meadow";

/// Every row of a table, in rowid order, as SELECT * gives them (the holder key's secret included: tests only).
inline QList<store::Row> allRows(store::SqlCipherDatabase& db, const QString& table)
{
    auto rows = db.query(QStringLiteral("SELECT * FROM %1 ORDER BY rowid").arg(table));
    return rows ? *rows : QList<store::Row> {};
}

inline QStringList columnNames(store::SqlCipherDatabase& db, const QString& table)
{
    auto cols = backup::tableColumns(db, table);
    return cols ? cols->names : QStringList {};
}

struct FullWallet
{
    TestWallet w;
    Issuer issuer;
    QStringList sampleIds; ///< records imported from tests/data/formats
    QString badge, clr, sdJwt, entry;
    present::HolderIdentity holder;

    store::SqlCipherDatabase& db() { return w.db(); }

    /// Imports a file from tests/data/formats.
    QString sample(const char* relative)
    {
        const QString path = QStringLiteral(LER_TEST_DATA "/formats/") + QLatin1String(relative);
        return w.add(readFile(path), QFileInfo(path).fileName());
    }

    bool fill()
    {
        if (!w.wallet)
            return false;
        auto id = present::HolderKeys(db()).identity();
        if (!id)
            return false;
        holder = *id;
        // Every format the wallet imports, from the public samples.
        for (const char* f : { "openbadges2/valid/basic-assertion.json",
                 "openbadges2/valid/simple.jwt",
                 "openbadges3/valid/simple.json",
                 "openbadges3/valid/complete.json",
                 "openbadges3/valid/velocity.jwt",
                 "clr2/valid/complex.json",
                 "clr2/valid/simple.jwt",
                 "vc/valid/endorsement-valid.json",
                 "sdjwt/valid/arf-pid.sd-jwt",
                 "pesc/valid/SampleCollegeTranscript.xml",
                 "pesc/valid/college-transcript-ventura-a.utf16.xml",
                 "baked/valid/simple-badge.png",
                 "baked/valid/simple-json.svg",
                 "csv/valid/entries.csv" }) {
            const QString sid = sample(f);
            if (sid.isEmpty()) {
                qWarning() << "sample not imported:" << f;
                return false;
            }
            sampleIds.append(sid);
        }
        // Signed by a test issuer and bound to the holder, so presentations can be made of them.
        badge = w.add(compact(badgeV2(issuer, holder.did)));
        clr = w.add(compact(transcript(issuer, holder.did)));
        sdJwt = w.add(sdJwtCredential(issuer, QJsonObject { { QStringLiteral("jwk"), holder.publicJwk() } }).compact);
        entry = w.addEntry(QStringLiteral("Evening math tutor"));
        if (badge.isEmpty() || clr.isEmpty() || sdJwt.isEmpty() || entry.isEmpty())
            return false;

        verify::WalletVerification checks(db());
        if (!checks.verifyAll() || !checks.addIdentifier(QStringLiteral("alex@example.com")))
            return false;
        // Sharing history: two presentations, one of them with a hidden claim.
        present::PresentationService service(db());
        for (const present::PresentationRequest& request :
            { present::PresentationRequest { { { badge, {} }, { entry, {} } },
                  { QStringLiteral("jobs.example.com"), {}, {} },
                  present::PresentationFormat::VpJson },
                present::PresentationRequest { { { sdJwt, { QStringLiteral("given_name") } } },
                    { QStringLiteral("hr.example.org"), QStringLiteral("n-0S6_WzA2Mj"), {} },
                    present::PresentationFormat::SdJwt } }) {
            auto plan = service.prepare(request);
            if (!plan || !service.share(*plan, [](const present::Presentation&) { return Status(); }))
                return false;
        }
        // Tags, collections, a trusted key, an entry of the older kind and settings: written as the wallet would.
        const QString now = QStringLiteral("2025-03-01T10:00:00Z");
        const QList<std::pair<QString, QVariantList>> sql {
            { QStringLiteral("INSERT INTO tags (id, name) VALUES (7, 'Welding')"), {} },
            { QStringLiteral("INSERT INTO tags (id, name) VALUES (9, 'Job search')"), {} },
            { QStringLiteral("INSERT INTO credential_tags VALUES (?1, 7), (?2, 9), (?3, 9)"), { badge, clr, entry } },
            { QStringLiteral("INSERT INTO collections (id, name, created_at) VALUES (3, 'For the bank', ?1)"),
                { now } },
            { QStringLiteral("INSERT INTO collection_items VALUES (3, ?1, 0), (3, ?2, 1)"), { clr, badge } },
            { QStringLiteral("INSERT INTO trusted_issuer_keys (issuer, kid, jwk, label, added_at) VALUES "
                             "('did:web:college.example', 'did:web:college.example#k1', ?1, 'College', ?2)"),
                { QStringLiteral(
                      "{\"kty\":\"OKP\",\"crv\":\"Ed25519\",\"x\":\"11qYAYKxCrfVS_7TyWQHOg7hcvPapiMlrwIaaPcHURo\"}"),
                    now } },
            { QStringLiteral(
                  "INSERT INTO self_asserted_entries (id, kind, title, organization, start_date, "
                  "created_at, updated_at) VALUES ('e-1', 'work', 'Line cook', 'Diner', '2019-05-01', ?1, ?1)"),
                { now } },
            { QStringLiteral("INSERT INTO verification_results (credential_id, verified_at, outcome, report) VALUES "
                             "(?1, ?2, 'verified', '{\"real\":1.5,\"note\":\"ünïcödé\"}')"),
                { badge, now } },
            { QStringLiteral("INSERT INTO image_cache (url, media_type, bytes, fetched_at) VALUES "
                             "('https://college.example/badge.png', 'image/png', ?1, ?2)"),
                { QByteArray("\x89PNG\r\n\x1a\n\0\xff", 10), now } },
        };
        for (const auto& [statement, params] : sql) {
            if (!db().exec(statement, params)) {
                qWarning() << "fixture statement failed:" << statement;
                return false;
            }
        }
        store::WalletSettings settings(db());
        return settings.setAutoLockAfter(std::chrono::minutes(25)) && settings.setNetworkAllowed(false)
            && settings.setBackupReminderRecords(3) && settings.setClipboardClearAfter(std::chrono::seconds(45));
    }
};

/// The bytes of a file.
inline QByteArray fileBytes(const QString& path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

inline bool writeBytes(const QString& path, const QByteArray& bytes)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly | QIODevice::Truncate) && f.write(bytes) == bytes.size();
}

/// Where the messages of a backup file start and end: [offset of length prefix, end of message).
struct MessageSpan
{
    qsizetype start;
    qsizetype end;
};

/// The header length and the message spans of a backup file, by its length prefixes.
inline QList<MessageSpan> messageSpans(const QByteArray& file, qsizetype& headerBytes)
{
    const auto bodyBytes = qFromBigEndian<quint32>(file.constData() + 12);
    headerBytes = 16 + qsizetype(bodyBytes) + 32;
    QList<MessageSpan> out;
    qsizetype at = headerBytes;
    while (at + 4 <= file.size()) {
        const auto n = qFromBigEndian<quint32>(file.constData() + at);
        out.append(MessageSpan { at, at + 4 + qsizetype(n) });
        at += 4 + qsizetype(n);
    }
    return out;
}

} // namespace ler::test
