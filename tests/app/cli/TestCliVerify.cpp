// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: LER Wallet contributors
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
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
        for (const char* word :
            { "verify", "canonicalize", "--issuer-keys", "--offline", "--challenge", "--jcs", "every file verified" }) {
            QVERIFY2(help.out.contains(word), word);
        }
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
