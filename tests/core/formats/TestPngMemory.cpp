// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: LER Wallet contributors
#include "core/formats/ImportLimits.h"
#include "support/PngBuilder.h"

#include <QProcess>
#include <QProcessEnvironment>
#include <QTemporaryDir>
#include <QTest>

// A baked PNG of under 20 MB must not be able to make the importer allocate gigabytes. Each image here is built in
// the test and read by PngMemoryChild in a separate process whose memory is capped (RLIMIT_AS, or ASan's
// hard_rss_limit_mb in sanitizer builds): reading it either gives the badge or a clear error, never a crash.

using ler::formats::ImportLimits;

namespace {

/// Far below what inflating every chunk would need (gigabytes), far above what reading the badge needs.
constexpr int kMemoryLimitMb = 512;

/// One zlib stream that inflates to just under 20 MB (the old per-chunk limit) from about 20 KB.
const QByteArray& nearlyTwentyMegabytes()
{
    static const QByteArray stream = testpng::zlibStream(QByteArray(20 * 1024 * 1024 - 64 * 1024, ' '));
    return stream;
}

/// count copies of one chunk, then the given tail chunks.
QByteArray repeated(const QByteArray& oneChunk, int count, const QList<QByteArray>& tail = {})
{
    QList<QByteArray> chunks;
    chunks.reserve(count + tail.size());
    for (int i = 0; i < count; ++i) {
        chunks.append(oneChunk);
    }
    chunks.append(tail);
    return testpng::png(chunks);
}

struct ChildRun
{
    QProcess::ExitStatus status = QProcess::CrashExit;
    int exitCode = -1;
    QString output;
};

ChildRun readUnderLimit(const QByteArray& png)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("image.png"));
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(png) != png.size()) {
        qFatal("cannot write the test image");
    }
    file.close();
    QProcess child;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    const QString asan = env.value(QStringLiteral("ASAN_OPTIONS"));
    env.insert(QStringLiteral("ASAN_OPTIONS"),
        (asan.isEmpty() ? QString() : asan + QLatin1Char(':'))
            + QStringLiteral("hard_rss_limit_mb=%1:allocator_may_return_null=0").arg(kMemoryLimitMb));
    child.setProcessEnvironment(env);
    child.start(QStringLiteral(LER_PNG_CHILD), { path, QString::number(kMemoryLimitMb) });
    ChildRun run;
    if (!child.waitForFinished(120000)) {
        child.kill();
        child.waitForFinished();
        run.output = QStringLiteral("timed out");
        return run;
    }
    run.status = child.exitStatus();
    run.exitCode = child.exitCode();
    run.output = QString::fromUtf8(child.readAllStandardOutput()).trimmed();
    if (run.status != QProcess::NormalExit || run.exitCode != 0) {
        run.output += QStringLiteral(" | stderr: ") + QString::fromUtf8(child.readAllStandardError()).right(500);
    }
    return run;
}

const QByteArray kBadge = R"({"@context":"https://w3id.org/openbadges/v2","type":"Assertion"})";

} // namespace

class TestPngMemory : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QVERIFY2(nearlyTwentyMegabytes().size() < 64 * 1024, "the test stream should be tiny"); }

    void smallBadgeIsRead()
    {
        const ChildRun run = readUnderLimit(testpng::png({ testpng::tEXt("openbadges", kBadge) }));
        QVERIFY2(run.status == QProcess::NormalExit && run.exitCode == 0, qPrintable(run.output));
        QCOMPARE(run.output, QStringLiteral("ok openbadges2 %1").arg(kBadge.size()));
    }

    void manyCompressedOtherChunksAreNotInflated_data()
    {
        QTest::addColumn<QByteArray>("chunk");
        QTest::newRow("zTXt") << testpng::zTXt("Comment", nearlyTwentyMegabytes());
        QTest::newRow("iTXt") << testpng::iTXtCompressed("XML:com.adobe.xmp", nearlyTwentyMegabytes());
    }

    void manyCompressedOtherChunksAreNotInflated()
    {
        // 900 chunks of ~20 KB, each inflating to ~20 MB: ~18 GB if they were inflated. The badge comes last.
        QFETCH(QByteArray, chunk);
        const QByteArray png = repeated(chunk, 900, { testpng::tEXt("openbadges", kBadge) });
        QVERIFY(png.size() < ImportLimits::maxFileBytes);
        const ChildRun run = readUnderLimit(png);
        QVERIFY2(run.status == QProcess::NormalExit && run.exitCode == 0, qPrintable(run.output));
        QCOMPARE(run.output, QStringLiteral("ok openbadges2 %1").arg(kBadge.size()));
    }

    void manyCompressedBadgeChunksStopAtTheTotalLimit_data()
    {
        QTest::addColumn<QByteArray>("chunk");
        QTest::newRow("zTXt openbadges") << testpng::zTXt("openbadges", nearlyTwentyMegabytes());
        QTest::newRow("iTXt openbadgecredential")
            << testpng::iTXtCompressed("openbadgecredential", nearlyTwentyMegabytes());
    }

    void manyCompressedBadgeChunksStopAtTheTotalLimit()
    {
        QFETCH(QByteArray, chunk);
        const QByteArray png = repeated(chunk, 900);
        QVERIFY(png.size() < ImportLimits::maxFileBytes);
        const ChildRun run = readUnderLimit(png);
        QVERIFY2(run.status == QProcess::NormalExit && run.exitCode == 0, qPrintable(run.output));
        QCOMPARE(run.output.section(QLatin1Char(' '), 0, 2),
            QStringLiteral("error limit-exceeded formats/png-text-too-large"));
        // The message names the limit.
        QVERIFY2(run.output.contains(QStringLiteral(" %1 ").arg(ImportLimits::maxBakedTextBytes / (1024 * 1024))),
            qPrintable(run.output));
    }
};

QTEST_GUILESS_MAIN(TestPngMemory)
#include "TestPngMemory.moc"
