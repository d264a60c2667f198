// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: LER Wallet contributors
#include "core/codec/Base64Url.h"
#include "core/codec/Gzip.h"
#include "core/net/Fetcher.h"
#include "core/verify/StatusList.h"
#include "support/LoopbackHttpServer.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

Q_DECLARE_METATYPE(ler::ErrorCode)
Q_DECLARE_METATYPE(ler::verify::CredentialStatus)

using namespace ler;
using namespace ler::verify;
using testnet::LoopbackHttpServer;
using testnet::Route;

namespace {

constexpr qsizetype kListBytes = 16 * 1024; // the spec's minimum: 131072 entries
constexpr quint64 kRevokedIndex = 94567;
constexpr quint64 kLastIndex = kListBytes * 8 - 1;

QString describe(const Error& e)
{
    return errorCodeName(e.code) + QStringLiteral(": ") + e.message.untranslated();
}

/// For QVERIFY2 messages, which are evaluated even when the check holds.
template <typename T> QString describe(const Result<T>& r)
{
    return r.ok() ? QStringLiteral("ok") : describe(r.error());
}

QByteArray bitsWithSet(std::initializer_list<quint64> indexes)
{
    QByteArray bits(kListBytes, '\0');
    for (const quint64 i : indexes) {
        bits[qsizetype(i / 8)] = char(quint8(bits[qsizetype(i / 8)]) | (0x80U >> (i % 8)));
    }
    return bits;
}

QString encode(const QByteArray& bits, StatusListKind kind)
{
    const QString b64 = QString::fromLatin1(codec::base64UrlEncode(codec::gzip(bits).value()));
    return kind == StatusListKind::Bitstring ? QStringLiteral("u") + b64 : b64;
}

QJsonObject listCredential(StatusListKind kind, const QString& purpose, const QString& encodedList)
{
    const bool bitstring = kind == StatusListKind::Bitstring;
    return { { QStringLiteral("@context"), QJsonArray { QStringLiteral("https://www.w3.org/ns/credentials/v2") } },
        { QStringLiteral("id"), QStringLiteral("https://issuer.example/status/1") },
        { QStringLiteral("type"),
            QJsonArray { QStringLiteral("VerifiableCredential"),
                bitstring ? QStringLiteral("BitstringStatusListCredential")
                          : QStringLiteral("StatusList2021Credential") } },
        { QStringLiteral("issuer"), QStringLiteral("did:example:issuer") },
        { QStringLiteral("validFrom"), QStringLiteral("2024-01-01T00:00:00Z") },
        { QStringLiteral("credentialSubject"),
            QJsonObject { { QStringLiteral("id"), QStringLiteral("https://issuer.example/status/1#list") },
                { QStringLiteral("type"),
                    bitstring ? QStringLiteral("BitstringStatusList") : QStringLiteral("StatusList2021") },
                { QStringLiteral("statusPurpose"), purpose },
                { QStringLiteral("encodedList"), encodedList } } } };
}

QJsonObject entry(StatusListKind kind, const QString& purpose, quint64 index, const QUrl& list)
{
    const bool bitstring = kind == StatusListKind::Bitstring;
    return { { QStringLiteral("id"), list.toString() + QStringLiteral("#") + QString::number(index) },
        { QStringLiteral("type"),
            bitstring ? QStringLiteral("BitstringStatusListEntry") : QStringLiteral("StatusList2021Entry") },
        { QStringLiteral("statusPurpose"), purpose },
        { QStringLiteral("statusListIndex"), QString::number(index) },
        { QStringLiteral("statusListCredential"), list.toString() } };
}

QByteArray toJson(const QJsonObject& o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

/// Serves list at path; a list with the fixtures' own id gets the address it is served at as its id, as an issuer's
/// list has.
void serveList(LoopbackHttpServer& server, const QString& path, QJsonObject list)
{
    if (list.value(QLatin1String("id")) == QLatin1String("https://issuer.example/status/1"))
        list.insert(QStringLiteral("id"), server.url(path).toString());
    server.route(path, Route::json(toJson(list)));
}

Status acceptAll(const QJsonObject&)
{
    return {};
}

} // namespace

class TestStatusList : public QObject
{
    Q_OBJECT
    // Fixtures are served from 127.0.0.1, which the Fetcher reaches only with LER_WALLET_ALLOW_LOOPBACK=1.
    testnet::AllowLoopback m_allowLoopback;

private Q_SLOTS:
    void readBitsMsbFirst()
    {
        const QByteArray bits("\x40\xd0", 2); // 0100 0000 1101 0000
        QCOMPARE(readStatusValue(bits, 0, 1).value(), 0U);
        QCOMPARE(readStatusValue(bits, 1, 1).value(), 1U);
        QCOMPARE(readStatusValue(bits, 8, 1).value(), 1U);
        QCOMPARE(readStatusValue(bits, 10, 1).value(), 0U);
        QCOMPARE(readStatusValue(bits, 4, 2).value(), 3U); // bits 8, 9
        QCOMPARE(readStatusValue(bits, 5, 2).value(), 1U); // bits 10, 11
        QCOMPARE(readStatusValue(bits, 1, 8).value(), 0xd0U);
        QCOMPARE(readStatusValue(bits, 15, 1).value(), 0U);
        QCOMPARE(readStatusValue(bits, 16, 1).error().code, ErrorCode::InvalidInput);
        QCOMPARE(readStatusValue(bits, 2, 8).error().code, ErrorCode::InvalidInput);
        QCOMPARE(readStatusValue(bits, 16, 1).error().reason, QStringLiteral("verify/status-index-out-of-range"));
        QCOMPARE(readStatusValue(bits, 0, 0).error().reason, QStringLiteral("verify/status-size-unsupported"));
        QVERIFY(!readStatusValue(bits, std::numeric_limits<quint64>::max(), 2).ok());
    }

    void decodeUpstreamFixture()
    {
        QFile f(QStringLiteral(LER_TEST_DATA "/net/bitstring/testlist"));
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QJsonObject list = QJsonDocument::fromJson(f.readAll()).object();
        const QString encoded
            = list.value(QLatin1String("credentialSubject")).toObject().value(QLatin1String("encodedList")).toString();
        const auto bits = decodeEncodedList(encoded, StatusListKind::Bitstring);
        QVERIFY2(bits.ok(), qPrintable(describe(bits)));
        QCOMPARE(bits->size(), kListBytes);
        QCOMPARE(readStatusValue(bits.value(), 23, 1).value(), 1U);
        QCOMPARE(readStatusValue(bits.value(), 22, 1).value(), 0U);
        QCOMPARE(readStatusValue(bits.value(), 24, 1).value(), 0U);
        // Without the multibase prefix it is not a Bitstring Status List value.
        QVERIFY(!decodeEncodedList(encoded.mid(1), StatusListKind::Bitstring).ok());
    }

    void decodesAtTheSizeLimit()
    {
        // kMaxStatusListBytes is accepted; one byte more is refused (decodeErrors, "expands too far").
        const QString atLimit = QStringLiteral("u")
            + QString::fromLatin1(codec::base64UrlEncode(codec::gzip(QByteArray(kMaxStatusListBytes, '\0')).value()));
        const auto bits = decodeEncodedList(atLimit, StatusListKind::Bitstring);
        QVERIFY2(bits.ok(), qPrintable(describe(bits)));
        QCOMPARE(bits->size(), kMaxStatusListBytes);
    }

    void decodeErrors_data()
    {
        QTest::addColumn<QString>("encoded");
        QTest::addColumn<int>("kind");
        QTest::addColumn<ErrorCode>("code");
        // The decompressor's own reason is kept; a reason ending in '-' is a prefix (zlib may see a cut stream
        // either as cut short or as damaged).
        QTest::addColumn<QString>("reason");
        const QString notGzip = QString::fromLatin1(codec::base64UrlEncode("plain bytes, not gzip"));
        QByteArray truncated = codec::gzip(QByteArray(kListBytes, '\0')).value();
        truncated.chop(6);
        QByteArray badCrc = codec::gzip(QByteArray(kListBytes, '\0')).value();
        badCrc[badCrc.size() - 6] = char(badCrc[badCrc.size() - 6] ^ 0x55);
        const QString bomb = QString::fromLatin1(
            codec::base64UrlEncode(codec::gzip(QByteArray(kMaxStatusListBytes + 1, '\0')).value()));
        const int bit = int(StatusListKind::Bitstring);
        QTest::newRow("not gzip") << QStringLiteral("u") + notGzip << bit << ErrorCode::InvalidInput
                                  << QStringLiteral("codec/gzip-invalid");
        QTest::newRow("truncated") << QStringLiteral("u") + QString::fromLatin1(codec::base64UrlEncode(truncated))
                                   << bit << ErrorCode::InvalidInput << QStringLiteral("codec/gzip-");
        QTest::newRow("bad crc") << QStringLiteral("u") + QString::fromLatin1(codec::base64UrlEncode(badCrc)) << bit
                                 << ErrorCode::InvalidInput << QStringLiteral("codec/gzip-invalid");
        QTest::newRow("not base64url") << QStringLiteral("u!!!") << bit << ErrorCode::InvalidInput
                                       << QStringLiteral("verify/status-list-encoding");
        QTest::newRow("base58 multibase") << QStringLiteral("z3yMApqCuCjXDWPrbjfR5mjCPTHqFG8Pux1TxQrEM35jj") << bit
                                          << ErrorCode::InvalidInput << QStringLiteral("verify/status-list-encoding");
        QTest::newRow("expands too far") << QStringLiteral("u") + bomb << bit << ErrorCode::LimitExceeded
                                         << QStringLiteral("codec/gzip-output-too-large");
    }

    void decodeErrors()
    {
        QFETCH(QString, encoded);
        QFETCH(int, kind);
        QFETCH(ErrorCode, code);
        QFETCH(QString, reason);
        const auto bits = decodeEncodedList(encoded, StatusListKind(kind));
        QVERIFY(!bits.ok());
        QVERIFY2(bits.error().code == code, qPrintable(describe(bits.error())));
        const QString& got = bits.error().reason;
        QVERIFY2(reason.endsWith(QLatin1Char('-')) ? got.startsWith(reason) : got == reason, qPrintable(got));
    }

    void parseEntries_data()
    {
        QTest::addColumn<QJsonObject>("entry");
        QTest::addColumn<bool>("ok");
        QTest::addColumn<QString>("reason"); // of a refusal
        const QUrl url(QStringLiteral("https://issuer.example/status/1"));
        QJsonObject numeric = entry(StatusListKind::Bitstring, QStringLiteral("revocation"), 5, url);
        numeric.insert(QStringLiteral("statusListIndex"), 5);
        QJsonObject negative = numeric;
        negative.insert(QStringLiteral("statusListIndex"), QStringLiteral("-5"));
        QJsonObject fraction = numeric;
        fraction.insert(QStringLiteral("statusListIndex"), 5.5);
        QJsonObject noPurpose = numeric;
        noPurpose.remove(QStringLiteral("statusPurpose"));
        QJsonObject relativeUrl = numeric;
        relativeUrl.insert(QStringLiteral("statusListCredential"), QStringLiteral("/status/1"));
        QJsonObject otherType = numeric;
        otherType.insert(QStringLiteral("type"), QStringLiteral("1EdTechRevocationList"));
        QJsonObject wide = numeric;
        wide.insert(QStringLiteral("statusSize"), 64);
        QTest::newRow("bitstring") << entry(StatusListKind::Bitstring, QStringLiteral("revocation"), 5, url) << true
                                   << QString();
        QTest::newRow("2021") << entry(StatusListKind::StatusList2021, QStringLiteral("suspension"), 5, url) << true
                              << QString();
        QTest::newRow("numeric index") << numeric << true << QString();
        QTest::newRow("negative index") << negative << false << QStringLiteral("verify/status-index-invalid");
        QTest::newRow("fractional index") << fraction << false << QStringLiteral("verify/status-index-invalid");
        QTest::newRow("no purpose") << noPurpose << false << QStringLiteral("verify/status-purpose-missing");
        QTest::newRow("relative list url")
            << relativeUrl << false << QStringLiteral("verify/status-list-address-invalid");
        QTest::newRow("other type") << otherType << false << QStringLiteral("verify/status-type-unsupported");
        QTest::newRow("status size 64") << wide << false << QStringLiteral("verify/status-size-unsupported");
    }

    void parseEntries()
    {
        QFETCH(QJsonObject, entry);
        QFETCH(bool, ok);
        QFETCH(QString, reason);
        const auto parsed = parseStatusEntry(entry);
        QVERIFY2(parsed.ok() == ok, qPrintable(parsed.ok() ? QStringLiteral("accepted") : describe(parsed.error())));
        if (!ok)
            QCOMPARE(parsed.error().reason, reason);
    }

    void check_data()
    {
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("purpose");
        QTest::addColumn<quint64>("index");
        QTest::addColumn<CredentialStatus>("expected");
        for (const auto kind : { StatusListKind::Bitstring, StatusListKind::StatusList2021 }) {
            const QByteArray k = kind == StatusListKind::Bitstring ? "bitstring " : "2021 ";
            QTest::newRow(k + "revoked") << int(kind) << QStringLiteral("revocation") << kRevokedIndex
                                         << CredentialStatus::Revoked;
            QTest::newRow(k + "valid") << int(kind) << QStringLiteral("revocation") << kRevokedIndex + 1
                                       << CredentialStatus::Valid;
            QTest::newRow(k + "suspended")
                << int(kind) << QStringLiteral("suspension") << kRevokedIndex << CredentialStatus::Suspended;
            QTest::newRow(k + "last bit")
                << int(kind) << QStringLiteral("revocation") << kLastIndex << CredentialStatus::Revoked;
            QTest::newRow(k + "first bit")
                << int(kind) << QStringLiteral("suspension") << quint64(0) << CredentialStatus::Valid;
        }
    }

    void check()
    {
        QFETCH(int, kind);
        QFETCH(QString, purpose);
        QFETCH(quint64, index);
        QFETCH(CredentialStatus, expected);
        const auto k = StatusListKind(kind);
        LoopbackHttpServer server;
        const QString encoded = encode(bitsWithSet({ kRevokedIndex, kLastIndex }), k);
        serveList(server, QStringLiteral("/status/1"), listCredential(k, purpose, encoded));
        net::Fetcher fetcher;
        int verified = 0;
        StatusListChecker checker(fetcher, [&verified](const QJsonObject& list) {
            ++verified;
            return list.value(QLatin1String("issuer")).toString() == QLatin1String("did:example:issuer")
                ? Status()
                : Status(Error(ErrorCode::VerificationFailed, Text::verbatim(QStringLiteral("wrong issuer"))));
        });
        const auto result = checker.check(entry(k, purpose, index, server.url(QStringLiteral("/status/1"))));
        QVERIFY2(result.ok(), qPrintable(describe(result)));
        QCOMPARE(result->status, expected);
        QCOMPARE(verified, 1);
        QVERIFY(result->listFetchedAt.isValid());
        QVERIFY(!result->fromCache);
        QVERIFY(!result->message.isEmpty());
        QCOMPARE(result->purpose, purpose);
    }

    void listProblems_data()
    {
        QTest::addColumn<QJsonObject>("list");
        QTest::addColumn<QString>("entryPurpose");
        QTest::addColumn<quint64>("index");
        QTest::addColumn<ErrorCode>("code");
        QTest::addColumn<QString>("reason");
        const QString encoded = encode(bitsWithSet({ kRevokedIndex }), StatusListKind::Bitstring);
        const QJsonObject good = listCredential(StatusListKind::Bitstring, QStringLiteral("revocation"), encoded);
        const QString rev = QStringLiteral("revocation");
        QTest::newRow("out of range") << good << rev << quint64(kListBytes * 8) << ErrorCode::InvalidInput
                                      << QStringLiteral("verify/status-index-out-of-range");
        QTest::newRow("purpose mismatch")
            << good << QStringLiteral("suspension") << quint64(1) << ErrorCode::VerificationFailed
            << QStringLiteral("verify/status-list-wrong-purpose");
        QTest::newRow("2021 list for a bitstring entry")
            << listCredential(StatusListKind::StatusList2021, rev, encoded) << rev << quint64(1)
            << ErrorCode::VerificationFailed << QStringLiteral("verify/status-list-wrong-type");
        QJsonObject expired = good;
        expired.insert(QStringLiteral("validUntil"), QStringLiteral("2024-06-01T00:00:00Z"));
        QTest::newRow("expired") << expired << rev << quint64(1) << ErrorCode::VerificationFailed
                                 << QStringLiteral("verify/status-list-expired");
        QJsonObject early = good;
        early.insert(QStringLiteral("validFrom"), QStringLiteral("2026-01-01T00:00:00Z"));
        QTest::newRow("not valid yet") << early << rev << quint64(1) << ErrorCode::VerificationFailed
                                       << QStringLiteral("verify/status-list-not-yet-valid");
        QJsonObject badGzip = good;
        QJsonObject subject = good.value(QLatin1String("credentialSubject")).toObject();
        subject.insert(QStringLiteral("encodedList"),
            QStringLiteral("u") + QString::fromLatin1(codec::base64UrlEncode("not gzip at all")));
        badGzip.insert(QStringLiteral("credentialSubject"), subject);
        QTest::newRow("bad gzip") << badGzip << rev << quint64(1) << ErrorCode::InvalidInput
                                  << QStringLiteral("codec/gzip-invalid");
        QJsonObject otherList = good;
        otherList.insert(QStringLiteral("id"), QStringLiteral("https://issuer.example/status/2"));
        QTest::newRow("another list of the issuer") << otherList << rev << quint64(1) << ErrorCode::VerificationFailed
                                                    << QStringLiteral("verify/status-list-other-id");
        QJsonObject forged = good;
        forged.insert(QStringLiteral("issuer"), QStringLiteral("did:example:mallory"));
        // The verifier below gives no reason of its own.
        QTest::newRow("signature fails") << forged << rev << quint64(1) << ErrorCode::VerificationFailed
                                         << QStringLiteral("verify/status-list-untrusted");
    }

    void listProblems()
    {
        QFETCH(QJsonObject, list);
        QFETCH(QString, entryPurpose);
        QFETCH(quint64, index);
        QFETCH(ErrorCode, code);
        QFETCH(QString, reason);
        LoopbackHttpServer server;
        serveList(server, QStringLiteral("/status/1"), list);
        net::Fetcher fetcher;
        StatusListChecker checker(fetcher, [](const QJsonObject& l) {
            return l.value(QLatin1String("issuer")).toString() == QLatin1String("did:example:issuer")
                ? Status()
                : Status(
                    Error(ErrorCode::VerificationFailed, Text::verbatim(QStringLiteral("the proof does not hold"))));
        });
        checker.setNow(QDateTime::fromString(QStringLiteral("2025-01-01T00:00:00Z"), Qt::ISODate));
        const auto result = checker.check(
            entry(StatusListKind::Bitstring, entryPurpose, index, server.url(QStringLiteral("/status/1"))));
        QVERIFY(!result.ok());
        QVERIFY2(result.error().code == code, qPrintable(describe(result.error())));
        QCOMPARE(result.error().reason, reason);
    }

    void listWhoseKeyCannotBeTiedIsNotChecked()
    {
        // The verifier could not tie the list's key to the issuer (NotFound): the status is unknown, not valid,
        // even though the bit is clear. Any other error fails the check.
        LoopbackHttpServer server;
        const QString encoded = encode(bitsWithSet({ kRevokedIndex }), StatusListKind::Bitstring);
        serveList(server,
            QStringLiteral("/status/1"),
            listCredential(StatusListKind::Bitstring, QStringLiteral("revocation"), encoded));
        const QJsonObject e = entry(
            StatusListKind::Bitstring, QStringLiteral("revocation"), 1, server.url(QStringLiteral("/status/1")));
        net::Fetcher fetcher;
        StatusListChecker untied(fetcher, [](const QJsonObject&) {
            return Status(Error(ErrorCode::NotFound, Text::verbatim(QStringLiteral("key not tied"))));
        });
        const auto notChecked = untied.check(e);
        QVERIFY2(notChecked.ok(), qPrintable(describe(notChecked)));
        QCOMPARE(notChecked->status, CredentialStatus::NotChecked);
        QVERIFY2(notChecked->message.untranslated().contains(QLatin1String("key not tied")),
            qPrintable(notChecked->message.untranslated()));
        StatusListChecker refused(fetcher, [](const QJsonObject&) {
            return Status(Error(ErrorCode::VerificationFailed, Text::verbatim(QStringLiteral("another issuer"))));
        });
        QCOMPARE(refused.check(e).error().code, ErrorCode::VerificationFailed);
        QCOMPARE(refused.check(e).error().reason, QStringLiteral("verify/status-list-untrusted"));
        // The verifier's own reason is passed on, so a tool can tell why the list is not trusted.
        StatusListChecker otherIssuer(fetcher, [](const QJsonObject&) {
            return Status(Error(ErrorCode::VerificationFailed,
                Text::verbatim(QStringLiteral("another issuer")),
                QStringLiteral("verify/status-list-other-issuer")));
        });
        QCOMPARE(otherIssuer.check(e).error().reason, QStringLiteral("verify/status-list-other-issuer"));
        StatusListChecker control(fetcher, acceptAll);

        QCOMPARE(control.check(e)->status, CredentialStatus::Valid);
    }

    void messagePurposeWithWiderEntries()
    {
        QByteArray bits(kListBytes, '\0');
        bits[1] = char(0x20); // entries of 2 bits: entry 4 covers bits 8-9 (00), entry 5 bits 10-11 (10)
        LoopbackHttpServer server;
        serveList(server,
            QStringLiteral("/m"),
            listCredential(
                StatusListKind::Bitstring, QStringLiteral("message"), encode(bits, StatusListKind::Bitstring)));
        QJsonObject e
            = entry(StatusListKind::Bitstring, QStringLiteral("message"), 5, server.url(QStringLiteral("/m")));
        e.insert(QStringLiteral("statusSize"), 2);
        e.insert(QStringLiteral("statusMessage"),
            QJsonArray { QJsonObject { { QStringLiteral("status"), QStringLiteral("0x0") },
                             { QStringLiteral("message"), QStringLiteral("pending") } },
                QJsonObject { { QStringLiteral("status"), QStringLiteral("0x2") },
                    { QStringLiteral("message"), QStringLiteral("under review") } } });
        net::Fetcher fetcher;
        StatusListChecker checker(fetcher, acceptAll);
        const auto flagged = checker.check(e);
        QVERIFY2(flagged.ok(), qPrintable(describe(flagged)));
        QCOMPARE(flagged->status, CredentialStatus::Flagged);
        QCOMPARE(flagged->value, 2U);
        QVERIFY2(flagged->message.untranslated().contains(QLatin1String("under review")),
            qPrintable(flagged->message.untranslated()));
        e.insert(QStringLiteral("statusListIndex"), QStringLiteral("4"));
        QCOMPARE(checker.check(e)->status, CredentialStatus::Valid);
    }

    void offlineNotCheckedThenCached()
    {
        LoopbackHttpServer server;
        const QString encoded = encode(bitsWithSet({ kRevokedIndex }), StatusListKind::Bitstring);
        serveList(server,
            QStringLiteral("/status/1"),
            listCredential(StatusListKind::Bitstring, QStringLiteral("revocation"), encoded));
        const QJsonObject e = entry(StatusListKind::Bitstring,
            QStringLiteral("revocation"),
            kRevokedIndex,
            server.url(QStringLiteral("/status/1")));
        net::Fetcher fetcher;
        StatusListChecker checker(fetcher, acceptAll);

        fetcher.setOnline(false);
        const auto offline = checker.check(e);
        QVERIFY2(offline.ok(), qPrintable(describe(offline)));
        QCOMPARE(offline->status, CredentialStatus::NotChecked);
        QCOMPARE(offline->reason, QStringLiteral("net/offline"));
        QCOMPARE(server.connectionCount(), 0);

        fetcher.setOnline(true);
        const auto online = checker.check(e);
        QVERIFY(online.ok());
        QCOMPARE(online->status, CredentialStatus::Revoked);

        fetcher.setOnline(false);
        const auto cached = checker.check(e);
        QVERIFY(cached.ok());
        QCOMPARE(cached->status, CredentialStatus::Revoked);
        QVERIFY(cached->fromCache);
        QCOMPARE(cached->listFetchedAt, online->listFetchedAt);
        QVERIFY2(cached->message.untranslated().contains(online->listFetchedAt.toString(Qt::ISODate)),
            qPrintable(cached->message.untranslated()));
        QCOMPARE(server.connectionCount(), 1);
    }

    void credentialWithSeveralEntries()
    {
        LoopbackHttpServer server;
        const QString encoded = encode(bitsWithSet({ 7 }), StatusListKind::Bitstring);
        serveList(server,
            QStringLiteral("/rev"),
            listCredential(StatusListKind::Bitstring, QStringLiteral("revocation"), encoded));
        serveList(server,
            QStringLiteral("/sus"),
            listCredential(StatusListKind::Bitstring, QStringLiteral("suspension"), encoded));
        const QJsonObject credential { { QStringLiteral("credentialStatus"),
            QJsonArray {
                entry(StatusListKind::Bitstring, QStringLiteral("revocation"), 8, server.url(QStringLiteral("/rev"))),
                entry(StatusListKind::Bitstring,
                    QStringLiteral("suspension"),
                    7,
                    server.url(QStringLiteral("/sus"))) } } };
        net::Fetcher fetcher;
        StatusListChecker checker(fetcher, acceptAll);
        const auto results = checker.checkCredential(credential);
        QCOMPARE(results.size(), 2);
        QCOMPARE(results[0]->status, CredentialStatus::Valid);
        QCOMPARE(results[1]->status, CredentialStatus::Suspended);
    }
};

QTEST_GUILESS_MAIN(TestStatusList)
#include "TestStatusList.moc"
