// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: LER Wallet contributors
#include "core/util/Process.h"
#include "ui/unlock/WelcomePage.h"

#include <QApplication>
#include <QFile>
#include <QPushButton>
#include <QTest>
#include <QXmlStreamReader>

class TestTranslations : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void spanishIsEmbeddedAndUsed()
    {
        ler::installTranslations(*qApp, QLocale(QLocale::Spanish, QLocale::Spain));
        ler::ui::WelcomePage page;
        auto* create = page.findChild<QPushButton*>(QStringLiteral("createWalletButton"));
        QCOMPARE(create->text(), QStringLiteral("&Crear una billetera nueva"));
        QCOMPARE(QCoreApplication::translate("ler::store", "The wallet database is missing."),
                 QStringLiteral("Falta la base de datos de la billetera."));
        QCOMPARE(QCoreApplication::translate("ler::ui::WalletPage", "Your wallet holds %n record(s).", nullptr, 3),
                 QStringLiteral("Su billetera contiene 3 registros."));
    }

    /// Every string of the screens and messages people see first is translated.
    void foundationStringsAreFinished()
    {
        QFile ts(QStringLiteral(LER_TRANSLATIONS_DIR "/ler-wallet_es.ts"));
        QVERIFY(ts.open(QIODevice::ReadOnly));
        QXmlStreamReader xml(&ts);
        QString context;
        QString source;
        QStringList unfinished;
        int checked = 0;
        while (!xml.atEnd()) {
            xml.readNext();
            if (!xml.isStartElement()) {
                continue;
            }
            if (xml.name() == QLatin1String("name")) {
                context = xml.readElementText();
            } else if (xml.name() == QLatin1String("source")) {
                source = xml.readElementText();
            } else if (xml.name() == QLatin1String("translation")) {
                const bool covered = context.startsWith(QLatin1String("ler::ui")) || context == QLatin1String("ler::cli")
                    || context == QLatin1String("ler::store") || context == QLatin1String("ler::crypto")
                    || context.startsWith(QLatin1String("ler::session"));
                if (!covered) {
                    continue;
                }
                ++checked;
                if (xml.attributes().value(QLatin1String("type")) == QLatin1String("unfinished")) {
                    unfinished << context + QStringLiteral(": ") + source;
                }
            }
        }
        QVERIFY(checked > 100);
        QVERIFY2(unfinished.isEmpty(), qPrintable(unfinished.join(QLatin1Char('\n'))));
    }
};

QTEST_MAIN(TestTranslations)
#include "TestTranslations.moc"
