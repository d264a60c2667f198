// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: LER Wallet contributors
#include "core/util/Text.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace ler;

namespace {

// Stands in for a translator: upper-cases what it looks up and swaps the order of %1 and %2 the way a language
// with another word order would, so the tests see that arguments follow their numbers, not their positions.
QString shout(const char* context, const char* source, const char*, int n)
{
    QString s = QString::fromUtf8(source).toUpper();
    if (QByteArray(context) == "swap")
        s = QStringLiteral("%2 <- %1");
    if (n >= 0)
        s.replace(QLatin1String("%N"), QString::number(n));
    return s;
}

} // namespace

class TestText : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void argumentsFillLowestNumberFirst()
    {
        const Text t = tx("ler::util", "%2 then %1").arg(QStringLiteral("one"), QStringLiteral("two"));
        QCOMPARE(t.untranslated(), QStringLiteral("two then one"));
        // As QString::arg: a chain fills the same way as one call with several arguments.
        QCOMPARE(tx("ler::util", "%2 then %1").arg(QStringLiteral("one")).arg(QStringLiteral("two")).untranslated(),
            QStringLiteral("two then one"));
        QCOMPARE(tx("ler::util", "%1 and %1 again, %L2").arg(7).arg(1.5).untranslated(),
            QStringLiteral("7 and 7 again, 1.5"));
    }

    void anArgumentIsNeverFilledAgain()
    {
        // A value that itself holds "%2" (a file name, a claim) must come out as written.
        const Text t = tx("ler::util", "%1 / %2").arg(QStringLiteral("50%2"), QStringLiteral("x"));
        QCOMPARE(t.untranslated(), QStringLiteral("50%2 / x"));
    }

    void translatedWordsFollowTheirNumbers()
    {
        const Text t = tx("swap", "%1 -> %2").arg(QStringLiteral("a"), QStringLiteral("b"));
        QCOMPARE(t.render(shout), QStringLiteral("b <- a"));
        // A Text argument is rendered in the same language; a verbatim one is left alone.
        const Text nested = tx("ler::util", "Refused: %1").arg(tx("ler::util", "too long")).arg(QStringLiteral("x"));
        QCOMPARE(nested.render(shout), QStringLiteral("REFUSED: TOO LONG"));
        QCOMPARE(Text::verbatim(QStringLiteral("did:key:z6Mk")).render(shout), QStringLiteral("did:key:z6Mk"));
    }

    void pluralCountReachesTheTranslator()
    {
        const Text t = tx("ler::util", "%n day(s)", nullptr, 3);
        QCOMPARE(t.count(), 3);
        QCOMPARE(t.untranslated(), QStringLiteral("3 day(s)"));
        QCOMPARE(t.render(shout), QStringLiteral("3 DAY(S)"));
    }

    void jsonRoundTripKeepsEverything()
    {
        const Text t = tx("ler::verify", "%1 is %2", "a disambiguation", 2)
                           .arg(tx("ler::verify", "The key"))
                           .arg(QStringLiteral("revoked"));
        const QJsonValue json = t.toJson();
        const QByteArray bytes = QJsonDocument(json.toObject()).toJson(QJsonDocument::Compact);
        const Text back = Text::fromJson(QJsonDocument::fromJson(bytes).object());
        QCOMPARE(back, t);
        QCOMPARE(back.disambiguation(), QByteArray("a disambiguation"));
        QCOMPARE(back.render(shout), t.render(shout));
    }

    void aStoredPlainSentenceComesBackVerbatim()
    {
        // Reports stored before sentences were kept untranslated hold plain strings.
        const Text old = Text::fromJson(QJsonValue(QStringLiteral("Verified on 3 May 2025")));
        QVERIFY(old.isVerbatim());
        QCOMPARE(old.render(shout), QStringLiteral("Verified on 3 May 2025"));
    }

    void damagedJsonGivesNothingInsteadOfLooping()
    {
        QCOMPARE(Text::fromJson(QJsonValue(42)), Text());
        QCOMPARE(Text::fromJson(QJsonObject { { QStringLiteral("c"), QStringLiteral("x") } }), Text());
        // Nested far deeper than any sentence: the deep part is dropped, the call returns.
        QJsonObject deep { { QStringLiteral("s"), QStringLiteral("%1") } };
        for (int i = 0; i < 200; ++i)
            deep = QJsonObject { { QStringLiteral("s"), QStringLiteral("%1") },
                { QStringLiteral("a"), QJsonArray { deep } } };
        const Text t = Text::fromJson(deep);
        QVERIFY(!t.isEmpty());
        QVERIFY(t.untranslated().size() < 100);
    }

    void emptyIsEmpty()
    {
        QVERIFY(Text().isEmpty());
        QVERIFY(!Text());
        QVERIFY(Text::verbatim(QString()).isEmpty());
        QVERIFY(!tx("ler::util", "x").isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestText)
#include "TestText.moc"
