// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: LER Wallet contributors
#pragma once

#include <QDialog>
#include <memory>

class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QStackedWidget;

namespace ler::crypto {
class SecretBytes;
}

namespace ler::session {
class WalletSession;
}

namespace ler::ui {

class PassphraseFields;

/// Wallet > Back up now: choose where, choose the backup's passphrase, watch it being written, see what it holds.
class BackupDialog : public QDialog
{
    Q_OBJECT
public:
    explicit BackupDialog(session::WalletSession& session, QWidget* parent = nullptr);

    /// The file name offered: "LER Wallet backup <date>.lerbackup" in the documents folder (none when no trace may
    /// be left: then the person picks the folder, say a USB stick).
    static QString suggestedFile();

private:
    void chooseFile();
    void start();
    void runWhenFree(const QString& file, std::shared_ptr<crypto::SecretBytes> secret);
    void showProgress(qint64 done, qint64 total);
    void showError(const QString& message);
    void updateButton();

    session::WalletSession& m_session;
    QStackedWidget* m_pages;
    QLineEdit* m_file;
    PassphraseFields* m_fields;
    QLabel* m_error;
    QPushButton* m_backup;
    QProgressBar* m_progress;
    QLabel* m_done;
};

} // namespace ler::ui
