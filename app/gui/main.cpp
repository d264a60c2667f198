// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: LER Wallet contributors
#include "app/common/Process.h"
#include "core/crypto/Kdf.h"
#include "core/session/KnownWallets.h"
#include "core/session/WalletSession.h"
#include "ui/common/PrivacyMode.h"
#include "ui/common/Theme.h"
#include "ui/main/MainWindow.h"
#include "ui/settings/SettingsDialog.h"
#include "ui/text/Render.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QMessageBox>

int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("ler-wallet"));
    QApplication::setApplicationDisplayName(QStringLiteral("LER Wallet"));
    QApplication::setApplicationVersion(QStringLiteral(LER_VERSION));
    QApplication::setDesktopFileName(QStringLiteral(LER_APP_ID));

    const QString language = ler::ui::SettingsDialog::languageSetting();
    ler::installTranslations(app, language.isEmpty() ? QLocale::system() : QLocale(language));

    if (auto s = ler::hardenProcess(); !s) {
        QMessageBox::critical(nullptr, QObject::tr("LER Wallet cannot start"), ler::text::render(s.error()));
        return 70;
    }

    if (const ler::ui::Theme theme = ler::ui::savedTheme(); theme != ler::ui::Theme::System) {
        ler::ui::applyTheme(theme);
    }

    QCommandLineParser parser;
    parser.setApplicationDescription(QObject::tr("LER Wallet: your Learning and Employment Record"));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption walletOption(
        QStringLiteral("wallet"), QObject::tr("Open the wallet in DIR."), QStringLiteral("DIR"));
    parser.addOption(walletOption);
    const QCommandLineOption kioskOption(QStringLiteral("kiosk"),
        QObject::tr("Kiosk mode for shared computers: no list of wallets, a short auto-lock, and nothing written to "
                    "this computer but the wallet itself."));
    parser.addOption(kioskOption);
    parser.process(app);
    if (parser.isSet(kioskOption)) {
        ler::ui::PrivacyMode::instance().setKiosk(true);
    }

    ler::session::WalletSession session;
    const bool kiosk = parser.isSet(kioskOption);
    if (parser.isSet(walletOption)) {
        session.setDirectory(parser.value(walletOption));
    } else if (!kiosk) {
        session.setDirectory(ler::ui::MainWindow::startFolder());
    }
    ler::ui::MainWindow window(session, [] { return ler::crypto::KdfParams::calibrate(); });
    // Several wallets, or a shared computer: the start screen first.
    if (!parser.isSet(walletOption) && (kiosk || ler::session::KnownWallets().list().size() > 1)) {
        window.showStartPage();
    }
    window.show();
    const int rc = QApplication::exec();
    session.lock();
    return rc;
}
