// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: LER Wallet contributors
#include "core/formats/FormatRegistry.h"
#include "core/formats/ImportLimits.h"
#include "core/formats/PngTextReader.h"
#include "core/jose/Jws.h"
#include "core/session/ImportService.h"
#include "core/store/CredentialRepository.h"
#include "core/store/Wallet.h"
#include "support/PngBuilder.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QStringDecoder>
#include <QTemporaryDir>
#include <QTest>

// Every decoder on the import path has one named limit. Each is imported into a wallet at the limit (stored) and
// one past it (a clear LimitExceeded error, and nothing stored).

using namespace ler;
using formats::ImportLimits;

namespace {

QByteArray readData(const QString& relative)
{
    QFile f(QStringLiteral(LER_TEST_DATA "/formats/") + relative);
    if (!f.open(QIODevice::ReadOnly)) {
        qFatal("missing test data %s", qPrintable(relative));
    }
    return f.readAll();
}

QByteArray ob3Json()
{
    return QJsonDocument::fromJson(readData(QStringLiteral("openbadges3/valid/simple.json")))
        .toJson(QJsonDocument::Compact);
}

/// The Open Badges 3.0 sample, padded with spaces after its first brace to exactly size bytes.
QByteArray ob3JsonOfSize(qsizetype size)
{
    const QByteArray json = ob3Json();
    return '{' + QByteArray(size - json.size(), ' ') + json.mid(1);
}

/// The Open Badges 3.0 sample with an extra member nested so that the document is exactly depth levels deep.
QByteArray ob3JsonOfDepth(int depth)
{
    return "{\"deep\":" + QByteArray(depth - 1, '[') + QByteArray(depth - 1, ']') + ',' + ob3Json().mid(1);
}

QByteArray csvWithEntries(int entries)
{
    QByteArray csv = "kind,title\n";
    for (int i = 0; i < entries; ++i) {
        csv += "course,Course " + QByteArray::number(i) + '\n';
    }
    return csv;
}

/// The Ventura College PESC transcript (UTF-16 in the sample) as UTF-8, with its one course repeated, and with
/// extraDepth unknown elements nested inside <Student>.
QByteArray pescTranscript(int courses, int extraDepth = 0)
{
    QStringDecoder utf16(QStringDecoder::Utf16);
    QString xml = utf16.decode(readData(QStringLiteral("pesc/valid/college-transcript-ventura-b.utf16.xml")));
    const qsizetype start = xml.indexOf(QLatin1String("<Course>"));
    const qsizetype end = xml.indexOf(QLatin1String("</Course>")) + int(qstrlen("</Course>"));
    if (start < 0 || end < start || xml.indexOf(QLatin1String("<Course>"), end) >= 0) {
        qFatal("the PESC sample should hold exactly one course");
    }
    xml.replace(start, end - start, xml.mid(start, end - start).repeated(courses));
    const qsizetype student = xml.indexOf(QLatin1String("<Student>")) + int(qstrlen("<Student>"));
    xml.insert(student, QStringLiteral("<X>").repeated(extraDepth) + QStringLiteral("</X>").repeated(extraDepth));
    return xml.toUtf8();
}

/// An SVG image holding payload; nesting <g> elements come before it, so the document is 1 + nesting levels deep.
QByteArray svgWith(const QByteArray& payload, int nesting = 0)
{
    return "<svg xmlns=\"http://www.w3.org/2000/svg\" xmlns:openbadges=\"https://purl.imsglobal.org/ob/v3p0\">"
        + QByteArray("<g>").repeated(nesting) + QByteArray("</g>").repeated(nesting)
        + "<openbadges:credential><![CDATA[" + payload + "]]></openbadges:credential></svg>";
}

QByteArray pngWith(const QByteArray& payload)
{
    return testpng::png({ testpng::iTXtCompressed("openbadgecredential", testpng::zlibStream(payload)) });
}

/// textChunks text chunks in all: the badge and textChunks - 1 comments before it.
QByteArray pngWithTextChunks(int textChunks)
{
    QList<QByteArray> chunks;
    for (int i = 0; i + 1 < textChunks; ++i) {
        chunks.append(testpng::tEXt("Comment", QByteArray::number(i)));
    }
    chunks.append(testpng::tEXt("openbadgecredential", ob3Json()));
    return testpng::png(chunks);
}

/// The Open Badges 3.0 JWT sample grown to exactly length bytes by spaces in its header and payload JSON. The
/// signature no longer holds, which import does not need: it stores what it read and reports the check.
QByteArray tokenOfLength(qsizetype length)
{
    const QList<QByteArray> parts = readData(QStringLiteral("openbadges3/valid/simple.jwt")).trimmed().split('.');
    const QByteArray header = QByteArray::fromBase64(parts[0], QByteArray::Base64UrlEncoding);
    const QByteArray payload = QByteArray::fromBase64(parts[1], QByteArray::Base64UrlEncoding);
    const auto encode = [](const QByteArray& b) {
        return b.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
    };
    for (int headerPad = 0; headerPad < 4; ++headerPad) {
        // Spaces before the closing brace keep the '{"' that makes a token start with "eyJ".
        const QByteArray h = encode(header.chopped(1) + QByteArray(headerPad, ' ') + '}');
        const qsizetype payloadChars = length - h.size() - parts[2].size() - 2;
        if (payloadChars % 4 == 1) {
            continue; // no byte string encodes to this many characters
        }
        const qsizetype payloadBytes = payloadChars * 3 / 4;
        const QByteArray p = encode('{' + QByteArray(payloadBytes - payload.size(), ' ') + payload.mid(1));
        QByteArray token = h + '.' + p + '.' + parts[2];
        if (token.size() == length) {
            return token;
        }
    }
    qFatal("cannot build a token of %lld bytes", static_cast<long long>(length));
    return {};
}

} // namespace

class TestImportLimits : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void atAndPastEachLimit_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("fileName");
        QTest::addColumn<bool>("stored");
        QTest::addColumn<QString>("reason");
        QTest::addColumn<QString>("mention"); // the limit, as the message names it
        const auto row = [](const char* name,
                             const QByteArray& bytes,
                             const char* file,
                             bool stored,
                             const char* reason = "",
                             const char* mention = "") {
            QTest::newRow(name) << bytes << QString::fromLatin1(file) << stored << QString::fromLatin1(reason)
                                << QString::fromLatin1(mention);
        };
        const int items = ImportLimits::maxItems;
        const qint64 baked = ImportLimits::maxBakedTextBytes;

        row("json depth at limit", ob3JsonOfDepth(ImportLimits::maxJsonDepth), "deep.json", true);
        row("json depth past limit",
            ob3JsonOfDepth(ImportLimits::maxJsonDepth + 1),
            "deep.json",
            false,
            "formats/json-too-deep",
            "100");

        row("csv entries at limit", csvWithEntries(items), "entries.csv", true);
        row("csv entries past limit",
            csvWithEntries(items + 1),
            "entries.csv",
            false,
            "formats/csv-too-many-rows",
            "1000");

        row("pesc courses at limit", pescTranscript(items), "transcript.xml", true);
        row("pesc courses past limit",
            pescTranscript(items + 1),
            "transcript.xml",
            false,
            "formats/pesc-too-many-courses",
            "1000");
        row("pesc xml depth at limit", pescTranscript(1, ImportLimits::maxXmlDepth - 2), "transcript.xml", true);
        row("pesc xml depth past limit",
            pescTranscript(1, ImportLimits::maxXmlDepth - 1),
            "transcript.xml",
            false,
            "formats/xml-too-deep",
            "256");

        row("png badge text at limit", pngWith(ob3JsonOfSize(baked)), "badge.png", true);
        row("png badge text past limit",
            pngWith(ob3JsonOfSize(baked + 1)),
            "badge.png",
            false,
            "formats/png-text-too-large",
            "8 MB");
        row("png text chunks at limit", pngWithTextChunks(items), "badge.png", true);
        row("png text chunks past limit",
            pngWithTextChunks(items + 1),
            "badge.png",
            false,
            "formats/png-too-many-text-chunks");

        row("svg badge text at limit", svgWith(ob3JsonOfSize(baked)), "badge.svg", true);
        row("svg badge text past limit",
            svgWith(ob3JsonOfSize(baked + 1)),
            "badge.svg",
            false,
            "formats/svg-text-too-large",
            "8 MB");
        row("svg xml depth at limit", svgWith(ob3Json(), ImportLimits::maxXmlDepth - 1), "badge.svg", true);
        row("svg xml depth past limit",
            svgWith(ob3Json(), ImportLimits::maxXmlDepth),
            "badge.svg",
            false,
            "formats/xml-too-deep",
            "256");

        row("token length at limit", tokenOfLength(jose::kMaxTokenLength), "badge.jwt", true);
        row("token length past limit",
            tokenOfLength(jose::kMaxTokenLength + 1),
            "badge.jwt",
            false,
            "formats/token-too-long",
            "4 MB");
    }

    void atAndPastEachLimit()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, fileName);
        QFETCH(bool, stored);
        QFETCH(QString, reason);
        QFETCH(QString, mention);
        QVERIFY2(bytes.size() <= ImportLimits::maxFileBytes, "the input itself must be a file we accept");
        QTemporaryDir tmp;
        auto created = store::Wallet::create(
            tmp.filePath(QStringLiteral("w")), "tulip-harbor-ninety-seven", crypto::KdfParams::cheapForTests());
        QVERIFY2(created.ok(), qPrintable(created.ok() ? QString() : created.error().message.untranslated()));
        store::Wallet& wallet = *created->wallet;
        session::ImportService service(wallet.database());
        const auto outcome = service.runOne(session::ImportInput::data(bytes, QStringLiteral("test"), fileName));
        const auto count = store::CredentialRepository(wallet.database()).count();
        QVERIFY(count.ok());
        if (stored) {
            QVERIFY2(outcome.ok(), qPrintable(outcome.ok() ? QString() : outcome.error().message.untranslated()));
            QCOMPARE(outcome->first().status, store::ImportStatus::Imported);
            QVERIFY(*count >= 1);
            return;
        }
        QVERIFY2(!outcome.ok(), "an input past its limit was imported");
        QCOMPARE(outcome.error().code, ErrorCode::LimitExceeded);
        QCOMPARE(outcome.error().reason, reason);
        QVERIFY2(outcome.error().message.untranslated().contains(mention),
            qPrintable(outcome.error().message.untranslated()));
        QCOMPARE(*count, 0);
    }

    void pngBadgeTextLimitCountsEveryBadgeChunk()
    {
        // Two badge chunks of half the limit each are read; one byte more in the second is refused.
        const qint64 half = ImportLimits::maxBakedTextBytes / 2;
        const auto twoChunks = [half](qint64 second) {
            return testpng::png({ testpng::zTXt("openbadges", testpng::zlibStream(QByteArray(half, ' '))),
                testpng::iTXtCompressed("openbadgecredential", testpng::zlibStream(QByteArray(second, ' '))) });
        };
        const auto keywords = formats::PngTextReader::badgeKeywords();
        const auto at = formats::PngTextReader::readTextChunks(twoChunks(half), keywords);
        QVERIFY2(at.ok(), qPrintable(at.ok() ? QString() : at.error().message.untranslated()));
        QCOMPARE(at->size(), 2);
        const auto past = formats::PngTextReader::readTextChunks(twoChunks(half + 1), keywords);
        QVERIFY(!past.ok());
        QCOMPARE(past.error().code, ErrorCode::LimitExceeded);
    }
};

QTEST_GUILESS_MAIN(TestImportLimits)
#include "TestImportLimits.moc"
