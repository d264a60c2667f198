// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: LER Wallet contributors
// How a report turns its checks into one outcome. A check left out because the wallet is offline is told apart by
// its reason, never by its words: a check whose sentence only reads like the offline one is not taken for it.
#include "core/verify/Report.h"

#include <QCoreApplication>
#include <QTest>

using namespace ler::verify;
using ler::Text;

class TestReport : public QObject
{
    Q_OBJECT

private slots:
    void offlineSignatureIsNotVerifiedYet()
    {
        Report r;
        r.setCheck(Check::offline(reportid::kSignature, true));
        r.setCheck(Check::offline(reportid::kIssuer));
        r.finish();
        QCOMPARE(r.overall, Outcome::PartlyVerified);
        QVERIFY(r.check(reportid::kSignature)->leftOutOffline());
        QCOMPARE(r.check(reportid::kSignature)->reason, Check::kOfflineReason);
        QVERIFY2(r.summary.untranslated().startsWith(QStringLiteral("Not verified yet: you are offline")),
            qPrintable(r.summary.untranslated()));
    }

    void sameWordsWithoutTheReasonAreNotOffline()
    {
        // The words of the offline check, but made as any other check that could not run (as an input that
        // quotes them would be): the summary must not blame the network.
        const Text words = Check::offline(reportid::kSignature).message;
        Report r;
        r.setCheck(Check::notChecked(reportid::kSignature, words));
        r.finish();
        QCOMPARE(r.overall, Outcome::PartlyVerified);
        QVERIFY(!r.check(reportid::kSignature)->leftOutOffline());
        // It names the check's own words as the cause, not the network.
        QCOMPARE(r.summary.args(), QList<Text> { words });
        QCOMPARE(r.summary.untranslated(), QStringLiteral("Not verified: %1").arg(words.untranslated()));
    }

    void offlineStatusAfterAValidSignatureIsPartlyVerified()
    {
        Report r;
        r.setCheck(Check::passed(reportid::kSignature, Text::verbatim(QStringLiteral("signed"))));
        r.setCheck(Check::passed(reportid::kIssuer, Text::verbatim(QStringLiteral("issuer"))));
        r.setCheck(Check::offline(reportid::kStatus));
        r.finish();
        QCOMPARE(r.overall, Outcome::PartlyVerified);
        // The summary that blames the network names no check of its own.
        QCOMPARE(r.summary.source(),
            QByteArray(
                "Partly verified: the signature is valid, but some checks need the network and you are offline."));
        QVERIFY(r.summary.args().isEmpty());

        Report other;
        other.setCheck(Check::passed(reportid::kSignature, Text::verbatim(QStringLiteral("signed"))));
        other.setCheck(Check::passed(reportid::kIssuer, Text::verbatim(QStringLiteral("issuer"))));
        other.setCheck(Check::notChecked(reportid::kStatus, Check::offline(reportid::kStatus).message));
        other.finish();
        QCOMPARE(other.overall, Outcome::PartlyVerified);
        // Not the network's summary: the one that names the check that could not be done.
        QVERIFY2(other.summary.source() != r.summary.source(), qPrintable(other.summary.untranslated()));
        QCOMPARE(other.summary.args(), QList<Text> { other.check(reportid::kStatus)->message });
    }

    void offlineIsNeverVerified()
    {
        // Every important check passed but one was left out offline: not verified, whatever else holds.
        Report r;
        r.setCheck(Check::passed(reportid::kSignature, Text::verbatim(QStringLiteral("signed"))));
        r.setCheck(Check::offline(reportid::kIssuer));
        r.finish();
        QVERIFY(!r.verified());
        QCOMPARE(r.overall, Outcome::PartlyVerified);
    }
};

QTEST_GUILESS_MAIN(TestReport)
#include "TestReport.moc"
