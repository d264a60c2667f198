// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: LER Wallet contributors
#include "core/session/WalletSession.h"
#include "support/SessionTestHelpers.h"
#include "support/UiTestHelpers.h"
#include "ui/settings/ReplaceKeyDialog.h"

#include <QCheckBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace ler;
using namespace ler::ui;
using ler::test::shoot;

namespace {
const QString kPass = QStringLiteral("maple orbit seventy lantern");

QByteArray readFile(const QString& path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}
} // namespace

/// Wallet > Replace the wallet key: confirmation, progress, the new recovery code once.
class TestReplaceKeyDialog : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void replacesTheKeyAndShowsTheNewCode()
    {
        QTemporaryDir tmp;
        const QString dir = tmp.filePath(QStringLiteral("w"));
        session::WalletSession session;
        session.setDirectory(dir);
        QSignalSpy created(&session, &session::WalletSession::created);
        session.create(kPass, [] { return crypto::KdfParams::cheapForTests(); });
        QVERIFY(created.wait(10000));
        const QString oldCode = created.first().first().toString();

        ReplaceKeyDialog dialog(session);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        auto* pass = dialog.findChild<QLineEdit*>(QStringLiteral("rekeyPassphrase"));
        auto* replace = dialog.findChild<QPushButton*>(QStringLiteral("rekeyButton"));
        auto* error = dialog.findChild<QLabel*>(QStringLiteral("rekeyError"));
        auto* newToo = dialog.findChild<QCheckBox*>(QStringLiteral("rekeyNewPassphraseToo"));
        auto* code = dialog.findChild<QLabel*>(QStringLiteral("recoveryCode"));
        QVERIFY(!replace->isEnabled());

        // A weak new passphrase cannot be chosen here either.
        newToo->setChecked(true);
        pass->setText(kPass);
        dialog.findChild<QLineEdit*>(QStringLiteral("passphrase"))->setText(QStringLiteral("password1"));
        dialog.findChild<QLineEdit*>(QStringLiteral("passphraseAgain"))->setText(QStringLiteral("password1"));
        QVERIFY(!replace->isEnabled());
        shoot(&dialog, "rekey-0-weak-new-passphrase");
        newToo->setChecked(false);
        QVERIFY(replace->isEnabled());

        // A wrong passphrase: a plain message, nothing changed.
        const QByteArray keys = readFile(dir + QStringLiteral("/wallet.keys"));
        pass->setText(QStringLiteral("not the passphrase"));
        shoot(&dialog, "rekey-1-confirm");
        QTest::mouseClick(replace, Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(error->isVisible(), 10000);
        QVERIFY2(error->text().contains(QStringLiteral("passphrase")), qPrintable(error->text()));
        QCOMPARE(readFile(dir + QStringLiteral("/wallet.keys")), keys);

        pass->setText(kPass);
        QTest::mouseClick(replace, Qt::LeftButton);
        QVERIFY2(dialog.findChild<QWidget*>(QStringLiteral("rekeyProgress"))->isVisible(), "progress is shown");
        shoot(&dialog, "rekey-2-progress");
        dialog.reject();
        QVERIFY2(dialog.isVisible(), "the dialog stays while the key is replaced");
        QTRY_VERIFY_WITH_TIMEOUT(!code->text().isEmpty(), 20000);
        QVERIFY(error->isHidden());
        shoot(&dialog, "rekey-3-done");
        const QString newCode = code->text().replace(QLatin1Char('\n'), QLatin1Char(' '));
        QVERIFY(pass->text().isEmpty());

        auto* finish = dialog.findChild<QPushButton*>(QStringLiteral("finishButton"));
        QVERIFY2(!finish->isEnabled(), "the person must confirm the new code was saved");
        dialog.reject();
        QVERIFY2(dialog.isVisible(), "the new code cannot be dismissed unseen");
        dialog.findChild<QCheckBox*>(QStringLiteral("savedCheck"))->setChecked(true);
        QTest::mouseClick(finish, Qt::LeftButton);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));

        // The open wallet goes on under the new key; afterwards the new code opens it and the old does not.
        QVERIFY(session.wallet());
        const auto intact
            = test::fromWallet(session, [](store::Wallet& wallet) { return wallet.checkIntegrity().passed(); });
        QVERIFY(intact && *intact);
        QVERIFY(readFile(dir + QStringLiteral("/wallet.keys")) != keys);
        session.lock();
        QVERIFY(store::Wallet::openWithRecoveryCode(dir, newCode));
        QCOMPARE(store::Wallet::openWithRecoveryCode(dir, oldCode).error().code, ErrorCode::WrongPassphrase);
        QVERIFY(store::Wallet::open(dir, kPass.toUtf8()));
    }

    void refusedWhileTheWalletIsOpenElsewhere()
    {
        QTemporaryDir tmp;
        const QString dir = tmp.filePath(QStringLiteral("w"));
        session::WalletSession session;
        session.setDirectory(dir);
        QSignalSpy created(&session, &session::WalletSession::created);
        session.create(kPass, [] { return crypto::KdfParams::cheapForTests(); });
        QVERIFY(created.wait(10000));
        auto other = store::Wallet::open(dir, kPass.toUtf8()); // as the CLI would
        QVERIFY(other);

        ReplaceKeyDialog dialog(session);
        dialog.show();
        dialog.findChild<QLineEdit*>(QStringLiteral("rekeyPassphrase"))->setText(kPass);
        QTest::mouseClick(dialog.findChild<QPushButton*>(QStringLiteral("rekeyButton")), Qt::LeftButton);
        auto* error = dialog.findChild<QLabel*>(QStringLiteral("rekeyError"));
        QTRY_VERIFY_WITH_TIMEOUT(error->isVisible(), 10000);
        QVERIFY2(error->text().contains(QStringLiteral("another window")), qPrintable(error->text()));
        shoot(&dialog, "rekey-4-open-elsewhere");
        QVERIFY(session.wallet());
        QVERIFY(session.wallet()->database().isOpen());
    }
};

QTEST_MAIN(TestReplaceKeyDialog)
#include "TestReplaceKeyDialog.moc"
