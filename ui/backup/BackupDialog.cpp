// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: LER Wallet contributors
#include "ui/backup/BackupDialog.h"

#include "core/backup/BackupFormat.h"
#include "core/backup/BackupWriter.h"
#include "core/session/WalletSession.h"
#include "ui/common/PassphraseFields.h"
#include "ui/common/PrivacyMode.h"
#include "ui/common/SecretText.h"
#include "ui/text/Render.h"

#include <QDate>
#include <QDir>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QProgressBar>
#include <QPushButton>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTimer>
#include <QVBoxLayout>
#include <memory>

namespace ler::ui {

BackupDialog::BackupDialog(session::WalletSession& session, QWidget* parent)
    : QDialog(parent)
    , m_session(session)
    , m_pages(new QStackedWidget)
    , m_file(new QLineEdit)
    , m_fields(new PassphraseFields)
    , m_error(new QLabel)
    , m_backup(new QPushButton(tr("&Back up")))
    , m_progress(new QProgressBar)
    , m_done(new QLabel)
{
    setObjectName(QStringLiteral("backupDialog"));
    setWindowTitle(tr("Back up your wallet"));
    setMinimumWidth(560);

    // The form.
    auto* form = new QWidget;
    auto* intro = new QLabel(tr("A backup is one encrypted file with everything in your wallet: your records, their "
                                "checks, your own entries, your wallet's key and what you shared. Keep it somewhere "
                                "other than this computer, such as a USB stick."));
    intro->setWordWrap(true);
    m_file->setObjectName(QStringLiteral("backupFile"));
    m_file->setText(QDir::toNativeSeparators(suggestedFile()));
    auto* choose = new QPushButton(tr("C&hoose..."));
    choose->setObjectName(QStringLiteral("chooseBackupFile"));
    auto* fileRow = new QHBoxLayout;
    fileRow->addWidget(m_file, 1);
    fileRow->addWidget(choose);
    auto* passIntro = new QLabel(tr("Choose a passphrase for the backup. It may differ from your wallet's. Without it "
                                    "nobody can open the backup, not even you: write it down."));
    passIntro->setWordWrap(true);
    m_error->setObjectName(QStringLiteral("backupError"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_error->hide();
    auto* cancel = new QPushButton(tr("Cancel"));
    m_backup->setObjectName(QStringLiteral("backupButton"));
    m_backup->setDefault(true);
    auto* buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(cancel);
    buttons->addWidget(m_backup);
    auto* formLayout = new QVBoxLayout(form);
    formLayout->addWidget(intro);
    formLayout->addSpacing(6);
    formLayout->addWidget(new QLabel(tr("Backup file:")));
    formLayout->addLayout(fileRow);
    formLayout->addSpacing(6);
    formLayout->addWidget(passIntro);
    formLayout->addWidget(m_fields);
    formLayout->addWidget(m_error);
    formLayout->addStretch();
    formLayout->addLayout(buttons);

    // While it is written.
    auto* busy = new QWidget;
    busy->setObjectName(QStringLiteral("backupBusy"));
    auto* busyText = new QLabel(tr("Writing the backup. Making its key strong takes a few seconds..."));
    busyText->setWordWrap(true);
    m_progress->setObjectName(QStringLiteral("backupProgress"));
    m_progress->setRange(0, 0);
    auto* busyLayout = new QVBoxLayout(busy);
    busyLayout->addStretch();
    busyLayout->addWidget(busyText);
    busyLayout->addWidget(m_progress);
    busyLayout->addStretch();

    // Done.
    auto* done = new QWidget;
    m_done->setObjectName(QStringLiteral("backupDone"));
    m_done->setWordWrap(true);
    m_done->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto* close = new QPushButton(tr("&Close"));
    close->setObjectName(QStringLiteral("closeButton"));
    auto* doneButtons = new QHBoxLayout;
    doneButtons->addStretch();
    doneButtons->addWidget(close);
    auto* doneLayout = new QVBoxLayout(done);
    doneLayout->addWidget(m_done);
    doneLayout->addStretch();
    doneLayout->addLayout(doneButtons);

    m_pages->addWidget(form);
    m_pages->addWidget(busy);
    m_pages->addWidget(done);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_pages);

    connect(choose, &QPushButton::clicked, this, &BackupDialog::chooseFile);
    connect(cancel, &QPushButton::clicked, this, &QDialog::reject);
    connect(close, &QPushButton::clicked, this, &QDialog::accept);
    connect(m_backup, &QPushButton::clicked, this, &BackupDialog::start);
    connect(m_fields, &PassphraseFields::validChanged, this, &BackupDialog::updateButton);
    connect(m_file, &QLineEdit::textChanged, this, &BackupDialog::updateButton);
    updateButton();
}

QString BackupDialog::suggestedFile()
{
    if (PrivacyMode::instance().leavesNoTrace()) {
        return {};
    }
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    return QDir(dir.isEmpty() ? QDir::homePath() : dir)
        .filePath(tr("LER Wallet backup %1").arg(QDate::currentDate().toString(Qt::ISODate)) + QLatin1Char('.')
            + QLatin1String(backup::kFileSuffix));
}

void BackupDialog::updateButton()
{
    m_backup->setEnabled(m_fields->valid() && !m_file->text().trimmed().isEmpty());
}

void BackupDialog::chooseFile()
{
    QString file = QFileDialog::getSaveFileName(this,
        tr("Save the backup as"),
        m_file->text(),
        tr("LER Wallet backups (*.%1)").arg(QLatin1String(backup::kFileSuffix)));
    if (file.isEmpty()) {
        return;
    }
    if (!file.endsWith(QLatin1Char('.') + QLatin1String(backup::kFileSuffix))) {
        file += QLatin1Char('.') + QLatin1String(backup::kFileSuffix);
    }
    m_file->setText(QDir::toNativeSeparators(file));
}

void BackupDialog::start()
{
    if (!m_backup->isEnabled()) {
        return;
    }
    const QString file = QDir::fromNativeSeparators(m_file->text().trimmed());
    auto secret = std::make_shared<crypto::SecretBytes>(utf8Secret(m_fields->passphrase()));
    m_fields->clear();
    m_error->hide();
    m_pages->setCurrentIndex(1);
    runWhenFree(file, secret);
}

void BackupDialog::runWhenFree(const QString& file, std::shared_ptr<crypto::SecretBytes> secret)
{
    // A backup needs the wallet alone; work still running (just after opening, say) is waited for, not refused.
    if (m_session.taskRunning()) {
        QTimer::singleShot(200, this, [this, file, secret] { runWhenFree(file, secret); });
        return;
    }
    auto summary = std::make_shared<backup::BackupSummary>();
    QPointer<BackupDialog> self(this);
    m_session.runTask(
        [file, secret, summary, self](store::Wallet& wallet) -> Status {
            backup::BackupOptions options;
            options.progress = [self](qint64 done, qint64 total) {
                QMetaObject::invokeMethod(
                    self.data(),
                    [self, done, total] {
                        if (self)
                            self->showProgress(done, total);
                    },
                    Qt::QueuedConnection);
            };
            auto written = backup::writeBackup(wallet, file, secret->view(), options);
            secret->clear();
            if (!written) {
                return written.error();
            }
            *summary = *written;
            return {};
        },
        this,
        [this, file, summary](const Status& s) {
            if (!s) {
                showError(ler::text::render(s.error()));
                return;
            }
            m_done->setText(tr("<h3>Your wallet is backed up</h3><p>%1</p><p>Records in it: %2. Its size: %3.</p>"
                               "<p>Keep the file and its passphrase in different places.</p>")
                                .arg(QDir::toNativeSeparators(file).toHtmlEscaped())
                                .arg(summary->records())
                                .arg(QLocale().formattedDataSize(summary->fileBytes)));
            m_pages->setCurrentIndex(2);
        },
        session::WalletSession::TaskKind::Exclusive);
}

void BackupDialog::showProgress(qint64 done, qint64 total)
{
    m_progress->setRange(0, 1000);
    m_progress->setValue(total > 0 ? int(done * 1000 / total) : 0);
}

void BackupDialog::showError(const QString& message)
{
    m_error->setText(message);
    m_error->show();
    m_pages->setCurrentIndex(0);
}

} // namespace ler::ui
