// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: LER Wallet contributors
#include "app/common/Process.h"
#include "core/verify/Check.h"
#include "ui/text/Render.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QTest>
#include <QTranslator>

using namespace ler;

namespace {

void useLanguage(const QLocale& locale)
{
    for (QTranslator* t : QCoreApplication::instance()->findChildren<QTranslator*>()) {
        QCoreApplication::removeTranslator(t);
        delete t;
    }
    installTranslations(*QCoreApplication::instance(), locale);
}

// A report as the wallet stores it: one check made by core (a Text), one from before sentences were kept
// untranslated (a plain string), and a nested credential.
QJsonObject storedReport()
{
    const verify::Check offline = verify::Check::offline(QStringLiteral("status"));
    return QJsonObject {
        { QStringLiteral("outcome"), QStringLiteral("partly-verified") },
        { QStringLiteral("summary"), tx("ler::util", "%n day(s)", nullptr, 2).toJson() },
        { QStringLiteral("checks"),
            QJsonArray { QJsonObject { { QStringLiteral("id"), offline.id },
                             { QStringLiteral("message"), offline.message.toJson() },
                             { QStringLiteral("reason"), offline.reason } },
                QJsonObject { { QStringLiteral("id"), QStringLiteral("dates") },
                    { QStringLiteral("message"), QStringLiteral("An old stored sentence.") } } } },
        { QStringLiteral("credentials"),
            QJsonArray { QJsonObject { { QStringLiteral("summary"), offline.message.toJson() } } } },
    };
}

} // namespace

class TestRender : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void cleanup() { useLanguage(QLocale(QLocale::English)); }

    void rendersInTheLoadedLanguage()
    {
        const Text t = verify::Check::offline(QStringLiteral("status")).message;
        useLanguage(QLocale(QLocale::English));
        QCOMPARE(text::render(t), QStringLiteral("Not checked: you are offline."));
        useLanguage(QLocale(QLocale::Spanish));
        QCOMPARE(text::render(t), QStringLiteral("No comprobado: está sin conexión."));
    }

    void pluralFormsComeFromTheCatalogue()
    {
        useLanguage(QLocale(QLocale::English));
        QCOMPARE(text::render(tx("ler::util", "%n day(s)", nullptr, 1)), QStringLiteral("1 day"));
        useLanguage(QLocale(QLocale::Spanish));
        QCOMPARE(text::render(tx("ler::util", "%n day(s)", nullptr, 3)), QStringLiteral("3 días"));
    }

    void errorsRenderTheirSentence()
    {
        useLanguage(QLocale(QLocale::Spanish));
        const Error e(
            ErrorCode::Network, verify::Check::offline(QStringLiteral("x")).message, QStringLiteral("network/offline"));
        QCOMPARE(text::render(e), QStringLiteral("No comprobado: está sin conexión."));
    }

    void aStoredReportFollowsTheLanguageOfToday()
    {
        // The same stored report, shown after the person switched language, is in the new language.
        const QJsonObject stored = storedReport();
        useLanguage(QLocale(QLocale::English));
        const QJsonObject en = text::renderReport(stored);
        useLanguage(QLocale(QLocale::Spanish));
        const QJsonObject es = text::renderReport(stored);

        QCOMPARE(en.value(QStringLiteral("summary")).toString(), QStringLiteral("2 days"));
        QCOMPARE(es.value(QStringLiteral("summary")).toString(), QStringLiteral("2 días"));
        const QJsonArray esChecks = es.value(QStringLiteral("checks")).toArray();
        QCOMPARE(esChecks.at(0).toObject().value(QStringLiteral("message")).toString(),
            QStringLiteral("No comprobado: está sin conexión."));
        // The reason and everything else stay as stored; an old plain sentence is shown as it was written.
        QCOMPARE(
            esChecks.at(0).toObject().value(QStringLiteral("reason")).toString(), QStringLiteral("network/offline"));
        QCOMPARE(esChecks.at(1).toObject().value(QStringLiteral("message")).toString(),
            QStringLiteral("An old stored sentence."));
        QCOMPARE(es.value(QStringLiteral("outcome")).toString(), QStringLiteral("partly-verified"));
        QCOMPARE(es.value(QStringLiteral("credentials"))
                     .toArray()
                     .at(0)
                     .toObject()
                     .value(QStringLiteral("summary"))
                     .toString(),
            QStringLiteral("No comprobado: está sin conexión."));
    }
};

QTEST_GUILESS_MAIN(TestRender)
#include "TestRender.moc"
