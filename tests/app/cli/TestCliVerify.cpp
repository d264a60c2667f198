// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: LER Wallet contributors
#include "support/LoopbackHttpServer.h"
#include "support/SigningTestKey.h"

#include <QEventLoop>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <unistd.h>

/// Runs ler-wallet-cli verify and canonicalize, which need no wallet, as a script would.
class TestCliVerify : public QObject
{
    Q_OBJECT

    struct Run
    {
        int code;
        QByteArray out;
        QByteArray err;
        QJsonDocument json() const { return QJsonDocument::fromJson(out); }
    };

    Run cli(const QStringList& args)
    {
        QProcess p;
        QProcessEnvironment e = QProcessEnvironment::systemEnvironment();
        e.insert(QStringLiteral("HOME"), m_tmp.path());
        e.insert(QStringLiteral("XDG_DATA_HOME"), m_tmp.filePath(QStringLiteral("data")));
        p.setProcessEnvironment(e);
        p.setStandardInputFile(QProcess::nullDevice());
        p.setChildProcessModifier([] { ::setsid(); });
        p.start(QStringLiteral(LER_CLI), args);
        p.waitForFinished(120000);
        return { p.exitCode(), p.readAllStandardOutput(), p.readAllStandardError() };
    }

    /// As cli(), with the event loop running while the command does, so a loopback server in this process can
    /// answer it. Loopback addresses are allowed for the command (a testing aid).
    Run cliServing(const QStringList& args)
    {
        QProcess p;
        QProcessEnvironment e = QProcessEnvironment::systemEnvironment();
        e.insert(QStringLiteral("HOME"), m_tmp.path());
        e.insert(QStringLiteral("XDG_DATA_HOME"), m_tmp.filePath(QStringLiteral("data")));
        e.insert(QStringLiteral("LER_WALLET_ALLOW_LOOPBACK"), QStringLiteral("1"));
        p.setProcessEnvironment(e);
        p.setStandardInputFile(QProcess::nullDevice());
        p.setChildProcessModifier([] { ::setsid(); });
        QEventLoop loop;
        QObject::connect(&p, &QProcess::finished, &loop, &QEventLoop::quit);
        QTimer::singleShot(120000, &loop, &QEventLoop::quit);
        p.start(QStringLiteral(LER_CLI), args);
        if (p.waitForStarted() && p.state() != QProcess::NotRunning)
            loop.exec();
        p.waitForFinished(1000);
        return { p.exitCode(), p.readAllStandardOutput(), p.readAllStandardError() };
    }

    /// The status of check id in a verify --json report.
    static QString checkStatus(const QJsonObject& report, const QString& id)
    {
        for (const QJsonValue& c : report.value(QStringLiteral("checks")).toArray()) {
            if (c.toObject().value(QStringLiteral("id")).toString() == id)
                return c.toObject().value(QStringLiteral("status")).toString();
        }
        return {};
    }

    static QString data(const char* relative) { return QStringLiteral(LER_TEST_DATA "/") + QLatin1String(relative); }

    static QByteArray readAll(const QString& path)
    {
        QFile f(path);
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }

    QString write(const QString& name, const QByteArray& bytes)
    {
        const QString path = m_tmp.filePath(name);
        QFile f(path);
        if (f.open(QIODevice::WriteOnly))
            f.write(bytes);
        return path;
    }

    /// The key that signs the 1EdTech vectors, as a trusted-keys file.
    QString obKeys()
    {
        const QJsonObject jwk { { QStringLiteral("kty"), QStringLiteral("OKP") },
            { QStringLiteral("crv"), QStringLiteral("Ed25519") },
            { QStringLiteral("x"),
                QString::fromLatin1(QByteArray::fromHex("4bdeafde2ea8beefadd8c699b5c7e0"
                                                        "704cf51154d52e17b20b71337ca04c"
                                                        "c5a5")
                                        .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals)) },
            { QStringLiteral("kid"),
                QStringLiteral("https://example.edu/issuers/565049#"
                               "z6MkjZRZv3aez3r18pB1RBFJR1kwUVJ5jHt92JmQwXbd5hwi") } };
        return write(QStringLiteral("keys.json"),
            QJsonDocument(QJsonObject { { QStringLiteral("keys"), QJsonArray { jwk } } }).toJson());
    }

    QTemporaryDir m_tmp;

private Q_SLOTS:
    void helpNamesTheCommands()
    {
        const Run help = cli({ QStringLiteral("--help") });
        QCOMPARE(help.code, 0);
        for (const char* word : { "verify", "canonicalize", "every file verified" }) {
            QVERIFY2(help.out.contains(word), word);
        }
        const Run verify = cli({ QStringLiteral("verify"), QStringLiteral("--help") });
        QCOMPARE(verify.code, 0);
        for (const char* word : { "--issuer-keys", "--offline", "--challenge", "--all", "every file is verified" }) {
            QVERIFY2(verify.out.contains(word), word);
        }
        QVERIFY(cli({ QStringLiteral("canonicalize"), QStringLiteral("--help") }).out.contains("--jcs"));
    }

    void verifiedFileExitsZero()
    {
        const Run r = cli({ QStringLiteral("verify"),
            QStringLiteral("--offline"),
            QStringLiteral("--json"),
            QStringLiteral("--issuer-keys"),
            obKeys(),
            data("vectors/openbadges-eddsa/clr2/signed-credential.json") });
        QVERIFY2(r.code == 0, r.out.constData());
        const QJsonObject json = r.json().object();
        QCOMPARE(json.value(QStringLiteral("verified")).toBool(), true);
        QCOMPARE(json.value(QStringLiteral("format")).toString(), QStringLiteral("clr2"));
        QVERIFY(json.value(QStringLiteral("file")).toString().endsWith(QLatin1String("signed-credential.json")));
        const QJsonArray checks = json.value(QStringLiteral("checks")).toArray();
        QVERIFY(!checks.isEmpty());
        for (const QJsonValue& c : checks) {
            for (const char* key : { "id", "status", "message" })
                QVERIFY2(c.toObject().contains(QLatin1String(key)), key);
        }
        QVERIFY(!json.value(QStringLiteral("credentials")).toArray().isEmpty());
    }

    void notVerifiedExitsOneAndSeveralFilesGiveAnArray()
    {
        QJsonObject doc
            = QJsonDocument::fromJson(readAll(data("vectors/openbadges-eddsa/ob3/signed-credential.json"))).object();
        doc.insert(QStringLiteral("name"), QStringLiteral("Changed"));
        const QString tampered = write(QStringLiteral("tampered.json"), QJsonDocument(doc).toJson());
        const Run r = cli({ QStringLiteral("verify"),
            QStringLiteral("--offline"),
            QStringLiteral("--json"),
            QStringLiteral("--issuer-keys"),
            obKeys(),
            data("vectors/openbadges-eddsa/ob3/signed-credential.json"),
            tampered });
        QCOMPARE(r.code, 1);
        const QJsonArray all = r.json().array();
        QCOMPARE(all.size(), 2);
        QCOMPARE(all.at(0).toObject().value(QStringLiteral("verified")).toBool(), true);
        QCOMPARE(all.at(1).toObject().value(QStringLiteral("verified")).toBool(), false);
        QCOMPARE(all.at(1).toObject().value(QStringLiteral("outcome")).toString(), QStringLiteral("not-verified"));

        const Run text = cli({ QStringLiteral("verify"), QStringLiteral("--offline"), tampered });
        QCOMPARE(text.code, 1);
        QVERIFY(text.out.contains("Not verified"));

        // Partly verified (no signature to check) is not verified either.
        const Run pesc = cli({ QStringLiteral("verify"),
            QStringLiteral("--offline"),
            data("formats/pesc/valid/SampleCollegeTranscript.xml") });
        QCOMPARE(pesc.code, 1);
        QVERIFY(pesc.out.contains("this record carries no signature"));
    }

    void malformedDataModelInputsFailTheFormatCheck()
    {
        // Inputs of the W3C VC Data Model 2.0 suite, as published: each fails on the format check with its reason.
        const QString suite = data("vectors/vc-dm2-suite/input/");
        const Run r = cli({ QStringLiteral("verify"),
            QStringLiteral("--offline"),
            QStringLiteral("--json"),
            suite + QStringLiteral("credential-issuer-no-url-fail.json"),
            suite + QStringLiteral("presentation-holder-object-fail.json"),
            suite + QStringLiteral("presentation-vc-as-string-fail.json") });
        QCOMPARE(r.code, 1);
        const QJsonArray all = r.json().array();
        QCOMPARE(all.size(), 3);
        const QStringList reasons { QStringLiteral("issuer/not-url"),
            QStringLiteral("holder.id/not-url"),
            QStringLiteral("verifiableCredential[0]/not-object") };
        for (qsizetype i = 0; i < all.size(); ++i) {
            const QJsonObject report = all.at(i).toObject();
            QCOMPARE(report.value(QStringLiteral("outcome")).toString(), QStringLiteral("not-verified"));
            const QJsonObject format = report.value(QStringLiteral("checks")).toArray().at(0).toObject();
            QCOMPARE(format.value(QStringLiteral("id")).toString(), QStringLiteral("format"));
            QCOMPARE(format.value(QStringLiteral("status")).toString(), QStringLiteral("failed"));
            QCOMPARE(format.value(QStringLiteral("reason")).toString(), reasons.at(i));
        }

        // In words: the reason names the property.
        const Run text = cli({ QStringLiteral("verify"),
            QStringLiteral("--offline"),
            suite + QStringLiteral("presentation-holder-object-fail.json") });
        QCOMPARE(text.code, 1);
        QVERIFY2(text.out.contains("holder.id must be a URL"), text.out.constData());

        // A well-formed presentation passes the format check (it is only not signed).
        const Run ok = cli({ QStringLiteral("verify"),
            QStringLiteral("--offline"),
            QStringLiteral("--json"),
            suite + QStringLiteral("presentation-holder-object-ok.json") });
        const QJsonObject format = ok.json().object().value(QStringLiteral("checks")).toArray().at(0).toObject();
        QCOMPARE(format.value(QStringLiteral("status")).toString(), QStringLiteral("passed"));
    }

    void unreadableInputExitsThree()
    {
        const QString junk = write(QStringLiteral("junk.txt"), "hello, this is not a credential");
        QCOMPARE(cli({ QStringLiteral("verify"), junk }).code, 3);
        QCOMPARE(cli({ QStringLiteral("verify"), m_tmp.filePath(QStringLiteral("missing.json")) }).code, 3);
        const Run json = cli({ QStringLiteral("verify"), QStringLiteral("--json"), junk });
        QCOMPARE(json.code, 3);
        QVERIFY(json.json().object().contains(QStringLiteral("error")));
        QCOMPARE(cli({ QStringLiteral("verify") }).code, 2);
    }

    void recipientFromIdentifier()
    {
        const Run r = cli({ QStringLiteral("verify"),
            QStringLiteral("--offline"),
            QStringLiteral("--json"),
            QStringLiteral("--identifier"),
            QStringLiteral("other@example.org"),
            QStringLiteral("--identifier"),
            QStringLiteral("nobody@example.org"),
            data("formats/openbadges2/valid/basic-assertion.json") });
        QCOMPARE(r.code, 1); // hosted badge, offline: partly verified
        bool found = false;
        for (const QJsonValue& c : r.json().object().value(QStringLiteral("checks")).toArray()) {
            if (c.toObject().value(QStringLiteral("id")).toString() == QLatin1String("recipient")) {
                found = true;
                QCOMPARE(c.toObject().value(QStringLiteral("status")).toString(), QStringLiteral("passed"));
            }
        }
        QVERIFY(found);
    }

    void bakedBadgeHoldingOnlyAUrlIsFetched()
    {
        // An Open Badges 2.0 hosted badge on a loopback server, baked into an SVG by its address only.
        testnet::LoopbackHttpServer server;
        const QString base = server.url(QString()).toString();
        const QString assertionId = base + QStringLiteral("/assertion.json");
        const QJsonObject profile { { QStringLiteral("type"), QStringLiteral("Issuer") },
            { QStringLiteral("id"), base + QStringLiteral("/profile.json") },
            { QStringLiteral("name"), QStringLiteral("Example College") } };
        const QJsonObject badge { { QStringLiteral("type"), QStringLiteral("BadgeClass") },
            { QStringLiteral("id"), base + QStringLiteral("/badge.json") },
            { QStringLiteral("name"), QStringLiteral("Welding Level 1") },
            { QStringLiteral("issuer"), base + QStringLiteral("/profile.json") } };
        const QJsonObject assertion { { QStringLiteral("@context"), QStringLiteral("https://w3id.org/openbadges/v2") },
            { QStringLiteral("type"), QStringLiteral("Assertion") },
            { QStringLiteral("id"), assertionId },
            { QStringLiteral("recipient"),
                QJsonObject { { QStringLiteral("type"), QStringLiteral("email") },
                    { QStringLiteral("hashed"), false },
                    { QStringLiteral("identity"), QStringLiteral("alex@example.org") } } },
            { QStringLiteral("issuedOn"), QStringLiteral("2024-05-01T00:00:00Z") },
            { QStringLiteral("badge"), base + QStringLiteral("/badge.json") },
            { QStringLiteral("verification"), QJsonObject { { QStringLiteral("type"), QStringLiteral("hosted") } } } };
        server.route(QStringLiteral("/profile.json"), testnet::Route::json(ler::test::compactJson(profile)));
        server.route(QStringLiteral("/badge.json"), testnet::Route::json(ler::test::compactJson(badge)));
        server.route(QStringLiteral("/assertion.json"), testnet::Route::json(ler::test::compactJson(assertion)));
        const QString svg = write(QStringLiteral("baked-url.svg"),
            "<svg xmlns=\"http://www.w3.org/2000/svg\" xmlns:openbadges=\"http://openbadges.org\">"
            "<openbadges:assertion verify=\""
                + assertionId.toUtf8() + "\"/></svg>");

        const Run online = cliServing({ QStringLiteral("verify"), QStringLiteral("--json"), svg });
        QVERIFY2(online.code == 0, online.out.constData());
        QVERIFY2(!online.out.contains("downloading is turned off"), online.out.constData());
        QCOMPARE(online.json().object().value(QStringLiteral("verified")).toBool(), true);
        QCOMPARE(online.json().object().value(QStringLiteral("format")).toString(), QStringLiteral("openbadges2"));

        // With --offline nothing is fetched, and nothing is said to be verified.
        const int seen = server.connectionCount();
        const Run offline
            = cliServing({ QStringLiteral("verify"), QStringLiteral("--offline"), QStringLiteral("--json"), svg });
        QCOMPARE(offline.code, 3);
        QCOMPARE(offline.json().object().value(QStringLiteral("verified")).toBool(), false);
        QCOMPARE(server.connectionCount(), seen);
    }

    void forgedCredentialsAreNeverVerified()
    {
        QVERIFY(sodium_init() >= 0);
        const ler::test::SigningTestKey key;
        const ler::test::SigningTestKey other;
        const QString keyOfA = QStringLiteral("https://a.example/issuers/1#key-1");
        QJsonObject jwk = key.publicKey().toJwk();
        jwk.insert(QStringLiteral("kid"), keyOfA);
        const QString keys = write(QStringLiteral("trusted-a.json"),
            QJsonDocument(QJsonObject { { QStringLiteral("keys"), QJsonArray { jwk } } }).toJson());
        struct Case
        {
            const char* name;
            QByteArray forged;
            QByteArray control;
            const char* failing; ///< the check id that must fail, or empty when the input is refused outright
        };
        const QJsonObject nameless { { QStringLiteral("name"), QStringLiteral("Harvard University") } };
        const QList<Case> cases {
            { "nameless issuer signed with a did:key",
                ler::test::compactJson(key.withProof(ler::test::vc2Credential(QString()))),
                ler::test::compactJson(key.withProof(ler::test::vc2Credential(key.didKey()))),
                "issuer" },
            { "VC-JOSE token with A's trusted key naming B",
                key.jwt(ler::test::vc2Credential(QStringLiteral("https://b.example/issuers/2")), keyOfA),
                key.jwt(ler::test::vc2Credential(QStringLiteral("https://a.example/issuers/1")), keyOfA),
                "issuer" },
            { "SD-JWT with a disclosed iss",
                ler::test::sdJwt(key,
                    { { QStringLiteral("vct"), QStringLiteral("urn:example:degree") } },
                    { ler::jose::makeDisclosure(
                        QStringLiteral("s"), QStringLiteral("iss"), QStringLiteral("https://harvard.example")) },
                    key.didKeyMethod()),
                ler::test::sdJwt(key,
                    { { QStringLiteral("vct"), QStringLiteral("urn:example:degree") },
                        { QStringLiteral("iss"), key.didKey() } },
                    { ler::jose::makeDisclosure(
                        QStringLiteral("s"), QStringLiteral("given_name"), QStringLiteral("Alex")) },
                    key.didKeyMethod()),
                "disclosures" },
            { "data integrity proof by another did:key",
                ler::test::compactJson(other.withProof(ler::test::vc2Credential(key.didKey()), other.didKeyMethod())),
                ler::test::compactJson(key.withProof(ler::test::vc2Credential(key.didKey()))),
                "issuer" },
        };
        for (const Case& c : cases) {
            const QString forged = write(QStringLiteral("forged.json"), c.forged);
            const Run r = cli({ QStringLiteral("verify"),
                QStringLiteral("--offline"),
                QStringLiteral("--json"),
                QStringLiteral("--issuer-keys"),
                keys,
                forged });
            const QJsonObject report = r.json().object();
            QVERIFY2(r.code != 0, c.name);
            QVERIFY2(report.value(QStringLiteral("verified")) == QJsonValue(false), c.name);
            QVERIFY2(checkStatus(report, QLatin1String(c.failing)) == QLatin1String("failed"),
                qPrintable(QLatin1String(c.name) + QLatin1Char('\n') + QString::fromUtf8(r.out)));
            const QString control = write(QStringLiteral("control.json"), c.control);
            const Run ok = cli({ QStringLiteral("verify"),
                QStringLiteral("--offline"),
                QStringLiteral("--json"),
                QStringLiteral("--issuer-keys"),
                keys,
                control });
            QVERIFY2(ok.code == 0, qPrintable(QLatin1String(c.name) + QLatin1Char('\n') + QString::fromUtf8(ok.out)));
            QCOMPARE(ok.json().object().value(QStringLiteral("verified")).toBool(), true);
        }
    }

    void canonicalizeRdfc()
    {
        const Run r = cli({ QStringLiteral("canonicalize"),
            QStringLiteral("--rdfc"),
            data("vectors/rdf-canon/rdfc10/test002-in.nq") });
        QCOMPARE(r.code, 0);
        QCOMPARE(r.out, readAll(data("vectors/rdf-canon/rdfc10/test002-rdfc10.nq")));
    }

    void canonicalizeJcs()
    {
        const Run r
            = cli({ QStringLiteral("canonicalize"), QStringLiteral("--jcs"), data("vectors/jcs/input/values.json") });
        QCOMPARE(r.code, 0);
        QCOMPARE(r.out, readAll(data("vectors/jcs/output/values.json")));
    }

    void canonicalizeJsonLd()
    {
        const Run r = cli({ QStringLiteral("canonicalize"),
            QStringLiteral("--jsonld-to-rdf"),
            data("jsonld/ob3-unsigned-credential.json") });
        QCOMPARE(r.code, 0);
        QCOMPARE(r.out, readAll(data("jsonld/ob3-document-canon.nq")));
        QCOMPARE(cli({ QStringLiteral("canonicalize"), data("jsonld/ob3-unsigned-credential.json") }).code, 2);
    }
};

QTEST_GUILESS_MAIN(TestCliVerify)
#include "TestCliVerify.moc"
