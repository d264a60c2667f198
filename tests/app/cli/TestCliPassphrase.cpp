// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: LER Wallet contributors
#include "app/cli/Passphrase.h"
#include "core/crypto/PassphraseStrength.h"

#include <QTemporaryFile>
#include <QTest>
#include <cstdlib>
#include <cstring>
#include <fcntl.h>
#include <unistd.h>

using namespace ler;
using namespace ler::cli;

namespace {
// putenv() keeps this very buffer in the environment, so the test can look at it after the wipe.
char g_passEnv[] = "LER_TEST_PASSPHRASE=river stone 42 lamp";
char g_otherEnv[] = "LER_TEST_OTHER=left alone";

QByteArray bytes(const crypto::SecretBytes& s)
{
    return s.view().toByteArray();
}

/// Writes `data` into a pipe and returns its read end.
int pipeWith(const QByteArray& data)
{
    int fds[2];
    if (::pipe(fds) != 0) {
        return -1;
    }
    (void)!::write(fds[1], data.constData(), size_t(data.size()));
    ::close(fds[1]);
    return fds[0];
}
} // namespace

/// How the CLI takes passphrases in: straight into secure memory, leaving no copy behind.
class TestCliPassphrase : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void environmentVariableIsWipedAndRemoved()
    {
        QVERIFY(::putenv(g_passEnv) == 0);
        QVERIFY(::putenv(g_otherEnv) == 0);
        const char* valueInPlace = g_passEnv + std::strlen("LER_TEST_PASSPHRASE=");
        QVERIFY(qEnvironmentVariableIsSet("LER_TEST_PASSPHRASE"));

        auto pass = readPassphrase({ {}, "LER_TEST_PASSPHRASE", QStringLiteral("unused"), false });
        QVERIFY(pass);
        QCOMPARE(bytes(*pass), QByteArray("river stone 42 lamp"));
        QVERIFY2(!qEnvironmentVariableIsSet("LER_TEST_PASSPHRASE"), "the variable is gone once read");
        QVERIFY2(!::getenv("LER_TEST_PASSPHRASE"), "and gone for libc too (child processes)");
        QCOMPARE(QByteArray(valueInPlace, 19), QByteArray(19, '\0'));
        // Control: other variables stay as they are.
        QCOMPARE(qgetenv("LER_TEST_OTHER"), QByteArray("left alone"));
        QCOMPARE(QByteArray(g_otherEnv), QByteArray("LER_TEST_OTHER=left alone"));
    }

    void unsetVariableFallsThroughToThePrompt() { QVERIFY(!takeFromEnvironment("LER_TEST_NOT_SET")); }

    void lineEndingsAreDropped_data()
    {
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<QByteArray>("line");
        QTest::newRow("newline") << QByteArray("tulip harbor\n") << QByteArray("tulip harbor");
        QTest::newRow("CRLF") << QByteArray("tulip harbor\r\nsecond line\n") << QByteArray("tulip harbor");
        QTest::newRow("no line ending") << QByteArray("tulip harbor") << QByteArray("tulip harbor");
        QTest::newRow("spaces kept") << QByteArray("  tulip harbor \n") << QByteArray("  tulip harbor ");
        QTest::newRow("UTF-8") << QString::fromUtf8("ñandú glaciar\n").toUtf8()
                               << QString::fromUtf8("ñandú glaciar").toUtf8();
        QTest::newRow("empty") << QByteArray("\n") << QByteArray();
    }
    void lineEndingsAreDropped()
    {
        QFETCH(QByteArray, input);
        QFETCH(QByteArray, line);
        const int fd = pipeWith(input);
        QVERIFY(fd >= 0);
        auto got = readSecretLine(fd);
        ::close(fd);
        QVERIFY(got);
        QCOMPARE(bytes(*got), line);
    }

    void anOverlongLineIsRefusedNotCut()
    {
        const int fd = pipeWith(QByteArray(4097, 'a') + '\n');
        auto got = readSecretLine(fd);
        ::close(fd);
        QVERIFY(!got);
        QCOMPARE(got.error().code, ErrorCode::LimitExceeded);
        const int ok = pipeWith(QByteArray(4096, 'a') + '\n');
        auto fits = readSecretLine(ok);
        ::close(ok);
        QVERIFY(fits && fits->size() == 4096);
    }

    void fileGivesItsFirstLine()
    {
        QTemporaryFile f;
        QVERIFY(f.open());
        f.write("from a file\nignored\n");
        f.close();
        auto pass = readPassphrase({ f.fileName(), "LER_TEST_NOT_SET", QString(), false });
        QVERIFY(pass);
        QCOMPARE(bytes(*pass), QByteArray("from a file"));

        QTemporaryFile empty;
        QVERIFY(empty.open());
        empty.close();
        auto none = readPassphrase({ empty.fileName(), nullptr, QString(), false });
        QVERIFY(!none);
        QCOMPARE(none.error().code, ErrorCode::InvalidInput);
    }

    void weakNewPassphrasesAreRefusedWithTheReason()
    {
        auto weak = checkNewPassphrase(crypto::SecretBytes::copyOf("password1"));
        QVERIFY(!weak);
        // The reason is the estimator's: password1 is a common word.
        const auto strength = crypto::PassphraseStrength::estimate(QByteArrayView("password1"));
        QCOMPARE(strength.weakness, crypto::PassphraseStrength::Weakness::CommonWord);
        QVERIFY2(weak.error().message == strength.refusal(), qPrintable(weak.error().message.untranslated()));
        QVERIFY(checkNewPassphrase(crypto::SecretBytes::copyOf("river stone 42 lamp")));
    }
};

QTEST_GUILESS_MAIN(TestCliPassphrase)
#include "TestCliPassphrase.moc"
