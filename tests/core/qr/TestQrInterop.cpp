// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: LER Wallet contributors
#include "core/qr/Vpqr.h"
#include "support/TestVectors.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace ler;

namespace {

const QString kData = QStringLiteral(LER_TEST_DATA);
const QString kInterop = QStringLiteral(LER_TEST_DATA "/../interop");
const QString kContexts = QStringLiteral(LER_TEST_DATA "/../../resources/core/contexts");

QJsonObject readJson(const QString& rel)
{
    return QJsonDocument::fromJson(test::readFile(kData + u'/' + rel)).object();
}

/// Where scripts/setup.sh installs the pinned npm packages: beside the scripts that use them.
QString npmDir()
{
    return kInterop;
}

QString installedVersion(const QString& package)
{
    const QByteArray json
        = test::readFile(npmDir() + QStringLiteral("/node_modules/") + package + QStringLiteral("/package.json"));
    return QJsonDocument::fromJson(json).object().value(QStringLiteral("version")).toString();
}

} // namespace

/// Runs the JavaScript reference implementation (@digitalcredentials/vpqr 2.2.1 with cborld 4.3.4) over payloads
/// we make: it must decode each back to the document, and where we mean to match it byte for byte, make the same
/// payload. Skipped, with the reason, when node or the packages are not installed (scripts/setup.sh installs them).
class TestQrInterop : public QObject
{
    Q_OBJECT

private slots:
    void referenceImplementationReadsOurPayloads()
    {
        const QString node = QStandardPaths::findExecutable(QStringLiteral("node"));
        if (node.isEmpty()) {
            QSKIP("skipped: node is not installed. Run scripts/setup.sh to install Node.js and the pinned npm "
                  "packages for the VPQR interoperability check.");
        }
        if (installedVersion(QStringLiteral("@digitalcredentials/vpqr")) != QLatin1String("2.2.1")
            || installedVersion(QStringLiteral("@digitalcredentials/cborld")) != QLatin1String("4.3.4")) {
            QSKIP(qPrintable(QStringLiteral("skipped: @digitalcredentials/vpqr 2.2.1 and cborld 4.3.4 are not "
                                            "installed in %1. Run scripts/setup.sh (it needs the npm registry).")
                                 .arg(npmDir())));
        }

        QJsonArray payloads;
        const auto add = [&payloads](const QString& name, const QJsonObject& doc, bool sameAsLibrary) {
            auto vpqr = qr::encodeVpqr(doc);
            QVERIFY2(vpqr, vpqr ? "" : qPrintable(name + u' ' + vpqr.error().message.untranslated()));
            payloads.append(QJsonObject { { QStringLiteral("name"), name },
                { QStringLiteral("document"), doc },
                { QStringLiteral("vpqr"), *vpqr },
                { QStringLiteral("sameAsLibrary"), sameAsLibrary } });
        };
        for (const QJsonValue& c :
            readJson(QStringLiteral("vpqr/goldens.json")).value(QStringLiteral("cases")).toArray()) {
            const QString input = c.toObject().value(QStringLiteral("input")).toString();
            // Inputs too large for one code (no golden payload) are still decoded by the library.
            if (c.toObject().contains(QStringLiteral("cborld"))) {
                add(input, readJson(input), c.toObject().contains(QStringLiteral("vpqr")));
            }
        }
        // Where our output differs from the library's on purpose, the library must still read it.
        const QJsonObject early
            = QJsonDocument::fromJson("{\"@context\": [{\"xsd\": \"http://www.w3.org/2001/XMLSchema#\","
                                      "\"born\": {\"@id\": \"https://example.org/born\", \"@type\": \"xsd:date\"},"
                                      "\"at\": {\"@id\": \"https://example.org/at\", \"@type\": \"xsd:dateTime\"},"
                                      "\"ref\": {\"@id\": \"https://example.org/ref\", \"@type\": \"@id\"}}],"
                                      "\"born\": \"1961-08-17\", \"at\": \"1969-07-20T20:17:40Z\","
                                      "\"ref\": \"urn:uuid:0190a9c2-7e1b-7d4c-8f00-3b2a1c0d9e8f\"}")
                  .object();
        QVERIFY(!early.isEmpty());
        add(QStringLiteral("dates before 1970 and a version 7 UUID"), early, false);
        QVERIFY(payloads.size() >= 30);

        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString file = dir.filePath(QStringLiteral("payloads.json"));
        QFile out(file);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(QJsonDocument(payloads).toJson(QJsonDocument::Compact));
        out.close();

        QProcess js;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("NODE_PATH"), npmDir() + QStringLiteral("/node_modules"));
        js.setProcessEnvironment(env);
        js.start(node, { kInterop + QStringLiteral("/check-vpqr.cjs"), kContexts, file });
        QVERIFY(js.waitForFinished(120'000));
        const QString errors = QString::fromUtf8(js.readAllStandardError());
        int checked = 0;
        for (const QByteArray& line : js.readAllStandardOutput().split('\n')) {
            if (line.trimmed().isEmpty()) {
                continue;
            }
            const QJsonObject r = QJsonDocument::fromJson(line).object();
            const QString name = r.value(QStringLiteral("name")).toString();
            QVERIFY2(r.value(QStringLiteral("decoded")).toBool(),
                qPrintable(name + QStringLiteral(": ") + r.value(QStringLiteral("detail")).toString()));
            QVERIFY2(r.value(QStringLiteral("encoded")).isNull() || r.value(QStringLiteral("encoded")).toBool(),
                qPrintable(name + QStringLiteral(": the library made another payload")));
            ++checked;
        }
        QVERIFY2(js.exitStatus() == QProcess::NormalExit && js.exitCode() == 0, qPrintable(errors));
        QCOMPARE(checked, int(payloads.size()));
    }
};

QTEST_GUILESS_MAIN(TestQrInterop)
#include "TestQrInterop.moc"
