// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: LER Wallet contributors
#include "app/common/Process.h"
#include "core/verify/DataModelRules.h"
#include "ui/records/RecordText.h"
#include "ui/text/Render.h"
#include "ui/unlock/WelcomePage.h"

#include <QApplication>
#include <QFile>
#include <QPushButton>
#include <QTest>
#include <QTranslator>
#include <QXmlStreamReader>
#include <algorithm>
#include <functional>

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
        QCOMPARE(QCoreApplication::translate("ler::ui::WalletPage", "%n record(s) in your wallet.", nullptr, 3),
            QStringLiteral("3 registros en su billetera."));
        QCOMPARE(QCoreApplication::translate("ler::store", "%n imported", nullptr, 2), QStringLiteral("2 importadas"));
        // Helpers that call translate() themselves must look up the context lupdate filed their strings under.
        QCOMPARE(ler::ui::text::verificationWord(ler::ui::text::Verification::Unchecked),
            QStringLiteral("Aún no comprobado"));
        QCOMPARE(ler::ui::text::kind(QStringLiteral("education")), QStringLiteral("Educación"));
        QCOMPARE(ler::text::render(
                     ler::verify::datamodel::problemMessage(QStringLiteral("missing"), QStringLiteral("issuer"), {})),
            QStringLiteral("Falta la propiedad obligatoria issuer."));
    }

    /// Every message of the Spanish translation is translated: none is left unfinished.
    void everySpanishStringIsFinished()
    {
        QStringList unfinished;
        int checked = 0;
        forEachMessage(QStringLiteral("ler-wallet_es.ts"), [&](const Message& m) {
            ++checked;
            if (m.unfinished) {
                unfinished << m.context + QStringLiteral(": ") + m.source;
            } else if (m.numerus && (m.forms.size() != 2 || m.forms.contains(QString()))) {
                unfinished << m.context + QStringLiteral(" (needs singular and plural): ") + m.source;
            }
        });
        QVERIFY(checked > 600);
        QVERIFY2(unfinished.isEmpty(), qPrintable(unfinished.join(QLatin1Char('\n'))));
    }

    /// English is the source language, but plurals like "record(s)" get real singular and plural forms.
    void everyEnglishPluralHasItsForms()
    {
        QStringList missing;
        int plurals = 0;
        forEachMessage(QStringLiteral("ler-wallet_en.ts"), [&](const Message& m) {
            if (!m.numerus) {
                return;
            }
            ++plurals;
            if (m.unfinished || m.forms.size() != 2 || m.forms.contains(QString())
                || std::any_of(m.forms.cbegin(), m.forms.cend(), [](const QString& f) {
                       return f.contains(QLatin1String("(s)"));
                   })) {
                missing << m.context + QStringLiteral(": ") + m.source;
            }
        });
        QVERIFY(plurals > 0);
        QVERIFY2(missing.isEmpty(), qPrintable(missing.join(QLatin1Char('\n'))));
    }

    void englishPluralsAreEmbeddedAndUsed()
    {
        for (QTranslator* t : qApp->findChildren<QTranslator*>()) {
            QCoreApplication::removeTranslator(t);
            delete t;
        }
        ler::installTranslations(*qApp, QLocale(QLocale::English));
        QCOMPARE(QCoreApplication::translate("ler::ui::WalletPage", "%n record(s) in your wallet.", nullptr, 1),
            QStringLiteral("1 record in your wallet."));
        QCOMPARE(QCoreApplication::translate("ler::ui::WalletPage", "%n record(s) in your wallet.", nullptr, 4),
            QStringLiteral("4 records in your wallet."));
        QCOMPARE(QCoreApplication::translate("ler::store", "The wallet database is missing."),
            QStringLiteral("The wallet database is missing."));
    }

    /// A bare session (LANG=C) or a language without a translation still gets English plural forms.
    void untranslatedLocalesGetEnglishPlurals()
    {
        for (const QLocale& locale : { QLocale::c(), QLocale(QLocale::German, QLocale::Germany) }) {
            for (QTranslator* t : qApp->findChildren<QTranslator*>()) {
                QCoreApplication::removeTranslator(t);
                delete t;
            }
            ler::installTranslations(*qApp, locale);
            QCOMPARE(QCoreApplication::translate("ler::ui::WalletPage", "%n record(s) in your wallet.", nullptr, 1),
                QStringLiteral("1 record in your wallet."));
            QCOMPARE(QCoreApplication::translate("ler::ui::WalletPage", "%n record(s) in your wallet.", nullptr, 2),
                QStringLiteral("2 records in your wallet."));
        }
    }

private:
    struct Message
    {
        QString context;
        QString source;
        bool numerus = false;
        bool unfinished = false;
        QStringList forms;
    };

    static void forEachMessage(const QString& file, const std::function<void(const Message&)>& visit)
    {
        QFile ts(QStringLiteral(LER_TRANSLATIONS_DIR "/") + file);
        QVERIFY2(ts.open(QIODevice::ReadOnly), qPrintable(ts.fileName()));
        QXmlStreamReader xml(&ts);
        QString context;
        Message m;
        while (!xml.atEnd()) {
            xml.readNext();
            if (!xml.isStartElement()) {
                continue;
            }
            if (xml.name() == QLatin1String("name")) {
                context = xml.readElementText();
            } else if (xml.name() == QLatin1String("message")) {
                m = Message {
                    context, {}, xml.attributes().value(QLatin1String("numerus")) == QLatin1String("yes"), false, {}
                };
            } else if (xml.name() == QLatin1String("source")) {
                m.source = xml.readElementText();
            } else if (xml.name() == QLatin1String("translation")) {
                m.unfinished = xml.attributes().value(QLatin1String("type")) == QLatin1String("unfinished");
                if (!m.numerus) {
                    m.forms << xml.readElementText();
                    visit(m);
                    continue;
                }
                while (xml.readNextStartElement()) {
                    m.forms << xml.readElementText(); // numerusform
                }
                visit(m);
            }
        }
        QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
    }
};

QTEST_MAIN(TestTranslations)
#include "TestTranslations.moc"
