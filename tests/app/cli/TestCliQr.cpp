// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: LER Wallet contributors
#include "core/present/HolderKeys.h"
#include "media/QrImage.h"
#include "support/TestWalletHelpers.h"
#include "tests/core/present/PresentTestKit.h"

#include <QDir>
#include <QFile>
#include <QPdfDocument>
#include <QProcess>
#include <QStandardPaths>
#include <QTest>
#include <unistd.h>

using namespace ler;

/// ler-wallet-cli present --format pdf|qr-png|qr-svg|qr-text, qr decode, and verify reading images and PDFs: each
/// output round-trips through verify with the right challenge and domain and fails with another.
class TestCliQr : public QObject
{
    Q_OBJECT

    struct Run
    {
        int code;
        QByteArray out;
        QByteArray err;
        QJsonObject json() const { return QJsonDocument::fromJson(out).object(); }
        QJsonArray array() const { return QJsonDocument::fromJson(out).array(); }
    };

    Run cli(QStringList args, bool withWallet = true)
    {
        QProcess p;
        QProcessEnvironment e = QProcessEnvironment::systemEnvironment();
        e.insert(QStringLiteral("LER_WALLET_PASSPHRASE"), QString::fromLatin1(kPass));
        e.insert(QStringLiteral("HOME"), m_tmp.path());
        p.setProcessEnvironment(e);
        p.setStandardInputFile(QProcess::nullDevice());
        p.setChildProcessModifier([] { ::setsid(); });
        if (withWallet)
            args = QStringList { QStringLiteral("--wallet"), m_wallet } + args;
        p.start(QStringLiteral(LER_CLI), args);
        p.waitForFinished(120000);
        return { p.exitCode(), p.readAllStandardOutput(), p.readAllStandardError() };
    }

    QString write(const QString& name, const QByteArray& bytes)
    {
        const QString path = m_tmp.filePath(name);
        QFile f(path);
        if (f.open(QIODevice::WriteOnly))
            f.write(bytes);
        return path;
    }

    QString import(const QString& name, const QByteArray& bytes)
    {
        const Run r = cli({ QStringLiteral("--json"), QStringLiteral("import"), write(name, bytes) });
        return r.code == 0 ? r.array().at(0).toObject().value(QStringLiteral("id")).toString() : QString();
    }

    /// present with the records and format, for hr.example.com and challenge c-42.
    Run present(const QStringList& ids, const QString& format, const QString& out, const QStringList& more = {})
    {
        QStringList args { QStringLiteral("--json"),
            QStringLiteral("present"),
            QStringLiteral("--format"),
            format,
            QStringLiteral("--domain"),
            QStringLiteral("hr.example.com"),
            QStringLiteral("--challenge"),
            QStringLiteral("c-42"),
            QStringLiteral("--out"),
            out };
        for (const QString& id : ids)
            args += { QStringLiteral("--credential"), id };
        return cli(args + more);
    }

    /// verify (offline) of files, expecting challenge and hr.example.com.
    Run verify(const QStringList& files, const QString& challenge = QStringLiteral("c-42"))
    {
        return cli(QStringList { QStringLiteral("--json"),
                       QStringLiteral("verify"),
                       QStringLiteral("--offline"),
                       QStringLiteral("--challenge"),
                       challenge,
                       QStringLiteral("--domain"),
                       QStringLiteral("hr.example.com") }
                + files,
            false);
    }

    static QString statusOf(const QJsonObject& report, const QString& id)
    {
        for (const QJsonValue& c : report.value(QStringLiteral("checks")).toArray()) {
            if (c.toObject().value(QStringLiteral("id")).toString() == id)
                return c.toObject().value(QStringLiteral("status")).toString();
        }
        return {};
    }

    int historyCount() { return int(cli({ QStringLiteral("--json"), QStringLiteral("history") }).array().size()); }

    static constexpr const char* kPass = "river stone 42 lamp";
    QTemporaryDir m_tmp;
    QString m_wallet;
    test::Issuer m_issuer;
    QString m_badge, m_badge11, m_sd, m_big;

private Q_SLOTS:
    void initTestCase()
    {
        m_wallet = m_tmp.filePath(QStringLiteral("wallet"));
        QVERIFY(store::Wallet::create(m_wallet, kPass, crypto::KdfParams::cheapForTests()));
        const QJsonObject me = cli({ QStringLiteral("--json"), QStringLiteral("whoami") }).json();
        const QString did = me.value(QStringLiteral("did")).toString();
        QVERIFY(did.startsWith(QStringLiteral("did:key:")));
        m_badge = import(QStringLiteral("badge.json"), test::compact(test::badgeV2(m_issuer, did)));
        m_badge11 = import(QStringLiteral("badge11.json"), test::compact(test::badgeV11(m_issuer, did)));
        m_sd = import(QStringLiteral("welding.sd-jwt"),
            test::sdJwtCredential(
                m_issuer, { { QStringLiteral("jwk"), me.value(QStringLiteral("publicJwk")).toObject() } })
                .compact);
        m_big = import(QStringLiteral("big.json"),
            test::compact(test::bigBadge(m_issuer, did, QStringLiteral("Community Health Worker"))));
        QVERIFY(!m_badge.isEmpty() && !m_badge11.isEmpty() && !m_sd.isEmpty() && !m_big.isEmpty());
    }

    void qrFilesOnePerCodeInOrder_data()
    {
        QTest::addColumn<QString>("format");
        QTest::addColumn<QString>("suffix");
        QTest::newRow("qr-png") << QStringLiteral("qr-png") << QStringLiteral("png");
        QTest::newRow("qr-svg") << QStringLiteral("qr-svg") << QStringLiteral("svg");
        QTest::newRow("qr-text") << QStringLiteral("qr-text") << QStringLiteral("txt");
    }
    void qrFilesOnePerCodeInOrder()
    {
        QFETCH(QString, format);
        QFETCH(QString, suffix);
        const QString folder = m_tmp.filePath(format);
        const int before = historyCount();
        const Run made = present({ m_badge, m_badge11 }, format, folder);
        QVERIFY2(made.code == 0, made.out + made.err);
        QCOMPARE(made.json().value(QStringLiteral("codes")).toInt(), 2);
        QCOMPARE(made.json().value(QStringLiteral("carries")).toString(), QStringLiteral("vp-json"));
        QCOMPARE(QDir(folder).entryList(QDir::Files),
            (QStringList { QStringLiteral("part-01.") + suffix, QStringLiteral("part-02.") + suffix }));
        QCOMPARE(historyCount(), before + 1);
        const QJsonObject entry = cli({ QStringLiteral("--json"), QStringLiteral("history") }).array().at(0).toObject();
        QCOMPARE(entry.value(QStringLiteral("format")).toString(), format);
        QCOMPARE(entry.value(QStringLiteral("records")).toArray().size(), 2);

        if (format == QLatin1String("qr-text")) {
            for (const QString& f : QDir(folder).entryList(QDir::Files)) {
                QVERIFY(test::readFile(QDir(folder).filePath(f)).startsWith("VP1-B"));
            }
        }
        if (format == QLatin1String("qr-svg")) {
            const QByteArray svg = test::readFile(QDir(folder).filePath(QStringLiteral("part-02.svg")));
            QVERIFY(svg.contains("<path"));
            QVERIFY2(svg.contains(">2 of 2</text>"), svg.right(600).constData()); // beside the code, as text
        }
        if (format != QLatin1String("qr-png"))
            return;
        // The images, given in another order, verify as one presentation; another challenge fails on the binding.
        const QStringList images { QDir(folder).filePath(QStringLiteral("part-02.png")),
            QDir(folder).filePath(QStringLiteral("part-01.png")) };
        const Run ok = verify(images);
        QVERIFY2(ok.code == 0, ok.out + ok.err);
        QCOMPARE(ok.json().value(QStringLiteral("codes")).toInt(), 2);
        QCOMPARE(ok.json().value(QStringLiteral("credentials")).toArray().size(), 2);
        QCOMPARE(statusOf(ok.json(), QStringLiteral("codes-together")), QStringLiteral("passed"));
        const Run replay = verify(images, QStringLiteral("c-43"));
        QCOMPARE(replay.code, 1);
        QCOMPARE(statusOf(replay.json(), QStringLiteral("key-binding")), QStringLiteral("failed"));

        // qr decode writes the presentations verify reads, one file each.
        const QString decoded = m_tmp.filePath(QStringLiteral("decoded.json"));
        const Run dec = cli({ QStringLiteral("qr"),
                                QStringLiteral("decode"),
                                images.at(0),
                                images.at(1),
                                QStringLiteral("--out"),
                                decoded },
            false);
        QVERIFY2(dec.code == 0, dec.err);
        for (const char* name : { "decoded-1.json", "decoded-2.json" }) {
            const Run each = verify({ m_tmp.filePath(QLatin1String(name)) });
            QVERIFY2(each.code == 0, each.out + each.err);
            QCOMPARE(each.json().value(QStringLiteral("format")).toString(), QStringLiteral("presentation"));
        }

        // A reader we did not write reads the same payload.
        const QString zbarimg = QStandardPaths::findExecutable(QStringLiteral("zbarimg"));
        if (zbarimg.isEmpty()) {
            qInfo("zbarimg is not installed; the independent decoder was not run");
            return;
        }
        QProcess zbar;
        zbar.start(zbarimg, { QStringLiteral("--raw"), QStringLiteral("-q"), images.at(1) });
        QVERIFY(zbar.waitForFinished(60000));
        const QJsonObject first = QJsonDocument::fromJson(
            cli({ QStringLiteral("--json"), QStringLiteral("qr"), QStringLiteral("decode"), images.at(1) }, false).out)
                                      .object();
        QVERIFY(zbar.readAllStandardOutput().trimmed().startsWith("VP1-B"));
        QCOMPARE(first.value(QStringLiteral("presentations")).toArray().size(), 1);
    }

    void pdfRoundTrip()
    {
        const QString pdf = m_tmp.filePath(QStringLiteral("for-employer.pdf"));
        const int before = historyCount();
        const Run made = present({ m_badge, m_badge11 }, QStringLiteral("pdf"), pdf);
        QVERIFY2(made.code == 0, made.out + made.err);
        QVERIFY(test::readFile(pdf).startsWith("%PDF-"));
        QCOMPARE(historyCount(), before + 1);

        // A real text layer: the summary is text, not a picture of text.
        QPdfDocument document;
        QCOMPARE(document.load(pdf), QPdfDocument::Error::None);
        QString text;
        for (int page = 0; page < document.pageCount(); ++page)
            text += document.getAllText(page).text() + QLatin1Char('\n');
        for (const QString& expected : { QStringLiteral("Records shared from LER Wallet"),
                 QStringLiteral("hr.example.com"),
                 QStringLiteral("Teamwork Badge"),
                 QStringLiteral("How to check").toLower(),
                 QStringLiteral("1 of 2"),
                 QStringLiteral("c-42") }) {
            QVERIFY2(
                text.contains(expected, Qt::CaseInsensitive), qPrintable(expected + QStringLiteral(" in\n") + text));
        }

        const Run ok = verify({ pdf });
        QVERIFY2(ok.code == 0, ok.out + ok.err);
        QCOMPARE(ok.json().value(QStringLiteral("credentials")).toArray().size(), 2);
        const Run replay = verify({ pdf }, QStringLiteral("c-43"));
        QCOMPARE(replay.code, 1);
        QCOMPARE(statusOf(replay.json(), QStringLiteral("key-binding")), QStringLiteral("failed"));
        const Run decoded
            = cli({ QStringLiteral("--json"), QStringLiteral("qr"), QStringLiteral("decode"), pdf }, false);
        QCOMPARE(decoded.code, 0);
        QCOMPARE(
            QJsonDocument::fromJson(decoded.out).object().value(QStringLiteral("presentations")).toArray().size(), 2);
    }

    void sdJwtGoesAsTextCodes()
    {
        const QString folder = m_tmp.filePath(QStringLiteral("sd"));
        const Run made = present({ m_sd },
            QStringLiteral("qr-png"),
            folder,
            { QStringLiteral("--disclose"), m_sd + QStringLiteral(":achievement.grade") });
        QVERIFY2(made.code == 0, made.out + made.err);
        QCOMPARE(made.json().value(QStringLiteral("carries")).toString(), QStringLiteral("sd-jwt"));
        const QStringList images = QDir(folder).entryList(QDir::Files);
        QVERIFY(!images.isEmpty());
        QStringList paths;
        for (const QString& f : images)
            paths.append(QDir(folder).filePath(f));
        const Run ok = verify(paths);
        QVERIFY2(ok.code == 0, ok.out + ok.err);
        QCOMPARE(statusOf(ok.json(), QStringLiteral("key-binding")), QStringLiteral("passed"));
        QCOMPARE(verify(paths, QStringLiteral("c-43")).code, 1);
    }

    void aChangedPayloadFails()
    {
        const QString folder = m_tmp.filePath(QStringLiteral("tamper"));
        QVERIFY(present({ m_badge }, QStringLiteral("qr-text"), folder).code == 0);
        const QString payload
            = QString::fromLatin1(test::readFile(QDir(folder).filePath(QStringLiteral("part-01.txt"))).trimmed());
        QVERIFY(payload.startsWith(QStringLiteral("VP1-B")));
        // The same payload drawn again is the control; the forgery differs from it in one character of its data.
        QString forged = payload;
        const int at = int(payload.size()) * 2 / 3;
        forged[at] = payload.at(at) == QLatin1Char('A') ? QLatin1Char('B') : QLatin1Char('A');
        for (const auto& [name, text] : { std::pair { "control.png", payload }, std::pair { "forged.png", forged } }) {
            auto symbol = media::QrSymbol::encode(text, qr::QrPolicy::verifierPlus());
            QVERIFY(symbol);
            QVERIFY(media::saveQrPng(*symbol, m_tmp.filePath(QLatin1String(name))));
        }
        const Run control = verify({ m_tmp.filePath(QStringLiteral("control.png")) });
        QVERIFY2(control.code == 0, control.out + control.err);
        const Run forgedRun = verify({ m_tmp.filePath(QStringLiteral("forged.png")) });
        QVERIFY2(forgedRun.code == 1 || forgedRun.code == 3, forgedRun.out + forgedRun.err);
        QVERIFY(!forgedRun.json().value(QStringLiteral("verified")).toBool());
    }

    void qrDecodeRefusesWhatItCannotRead()
    {
        const Run none = cli({ QStringLiteral("qr"), QStringLiteral("decode") }, false);
        QCOMPARE(none.code, 2);
        const Run wrongWord = cli({ QStringLiteral("qr"), QStringLiteral("read"), QStringLiteral("x.png") }, false);
        QCOMPARE(wrongWord.code, 2);
        const QString blank = m_tmp.filePath(QStringLiteral("blank.png"));
        QImage white(200, 200, QImage::Format_RGB32);
        white.fill(Qt::white);
        QVERIFY(white.save(blank));
        const Run empty = cli({ QStringLiteral("qr"), QStringLiteral("decode"), blank }, false);
        QCOMPARE(empty.code, 3);
        QVERIFY2(empty.err.contains("blank.png") && empty.err.contains("No QR code"), empty.err);
        // Parts missing: named, nothing written.
        const QString folder = m_tmp.filePath(QStringLiteral("parts"));
        const Run made = present(
            { m_big }, QStringLiteral("qr-png"), folder, { QStringLiteral("--qr-policy"), QStringLiteral("robust") });
        QVERIFY2(made.code == 0, made.out + made.err);
        QStringList parts = QDir(folder).entryList(QDir::Files);
        QVERIFY2(parts.size() >= 2, qPrintable(parts.join(QLatin1Char(' '))));
        for (QString& p : parts)
            p = QDir(folder).filePath(p);
        const QString out = m_tmp.filePath(QStringLiteral("never.json"));
        const Run missing = cli(
            QStringList { QStringLiteral("qr"), QStringLiteral("decode"), QStringLiteral("--out"), out } + parts.mid(1),
            false);
        QCOMPARE(missing.code, 3);
        QVERIFY2(missing.err.contains("1"), missing.err);
        QVERIFY(!QFile::exists(out));
        std::reverse(parts.begin(), parts.end());
        const Run all
            = cli(QStringList { QStringLiteral("qr"), QStringLiteral("decode"), QStringLiteral("--out"), out } + parts,
                false);
        QVERIFY2(all.code == 0, all.err);
        QVERIFY(QFile::exists(out));
        QCOMPARE(verify({ out }).code, 0);
    }
};

QTEST_GUILESS_MAIN(TestCliQr)
#include "TestCliQr.moc"
