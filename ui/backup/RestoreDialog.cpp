// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: LER Wallet contributors
#include "ui/backup/RestoreDialog.h"

#include "core/backup/BackupFormat.h"
#include "core/backup/BackupReader.h"
#include "core/backup/Restore.h"
#include "core/session/WalletSession.h"
#include "ui/common/PassphraseFields.h"
#include "ui/common/SecretText.h"
#include "ui/text/Render.h"
#include "ui/unlock/RecoveryCodePage.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QStackedWidget>
#include <QVBoxLayout>
#include <memory>

namespace ler::ui {

namespace {

QHBoxLayout* row(QLineEdit* edit, QPushButton* button)
{
    auto* r = new QHBoxLayout;
    r->addWidget(edit, 1);
    r->addWidget(button);
    return r;
}

} // namespace

RestoreDialog::RestoreDialog(session::WalletSession& session, Mode mode, CostFunction cost, QWidget* parent)
    : QDialog(parent)
    , m_session(session)
    , m_mode(mode)
    , m_cost(std::move(cost))
    , m_pages(new QStackedWidget)
{
    setObjectName(QStringLiteral("restoreDialog"));
    setWindowTitle(mode == Mode::NewWallet ? tr("Restore a wallet from a backup") : tr("Add a backup to this wallet"));
    setMinimumWidth(580);

    auto* busy = new QWidget;
    busy->setObjectName(QStringLiteral("restoreBusy"));
    auto* busyText = new QLabel(tr("Checking the whole backup, then restoring it. This takes a few seconds..."));
    busyText->setWordWrap(true);
    auto* bar = new QProgressBar;
    bar->setRange(0, 0);
    auto* busyLayout = new QVBoxLayout(busy);
    busyLayout->addStretch();
    busyLayout->addWidget(busyText);
    busyLayout->addWidget(bar);
    busyLayout->addStretch();

    auto* done = new QWidget;
    m_done = new QLabel;
    m_done->setObjectName(QStringLiteral("restoreDone"));
    m_done->setWordWrap(true);
    auto* close = new QPushButton(tr("&Close"));
    close->setObjectName(QStringLiteral("closeButton"));
    connect(close, &QPushButton::clicked, this, &QDialog::accept);
    auto* doneButtons = new QHBoxLayout;
    doneButtons->addStretch();
    doneButtons->addWidget(close);
    auto* doneLayout = new QVBoxLayout(done);
    doneLayout->addWidget(m_done);
    doneLayout->addStretch();
    doneLayout->addLayout(doneButtons);

    m_pages->addWidget(buildForm());
    m_pages->addWidget(busy);
    m_pages->addWidget(done);
    m_pages->addWidget(buildRecoveryPage());
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_pages);

    if (m_mode == Mode::NewWallet) {
        connect(&m_session, &session::WalletSession::created, this, &RestoreDialog::showRecoveryCode);
        connect(&m_session, &session::WalletSession::createFailed, this, [this](const ler::Error& e) {
            showError(ler::text::render(e));
        });
    }
    updateButton();
}

QWidget* RestoreDialog::buildForm()
{
    auto* page = new QWidget;
    auto* intro = new QLabel(m_mode == Mode::NewWallet
            ? tr("Make a new wallet from a backup file. Everything in the backup comes back: records, checks, your "
                 "own entries, your wallet's key and what you shared. The new wallet gets its own passphrase and "
                 "recovery code.")
            : tr("Add the records of a backup to this wallet. Records it has already are not added twice; where it "
                 "has another version of a record, its own stays. Its settings and its key stay as they are."));
    intro->setWordWrap(true);
    m_file = new QLineEdit;
    m_file->setObjectName(QStringLiteral("restoreFile"));
    auto* chooseFileButton = new QPushButton(tr("C&hoose..."));
    connect(chooseFileButton, &QPushButton::clicked, this, &RestoreDialog::chooseFile);
    m_backupPass = new QLineEdit;
    m_backupPass->setObjectName(QStringLiteral("backupPassphrase"));
    m_backupPass->setEchoMode(QLineEdit::Password);
    m_backupPass->setInputMethodHints(Qt::ImhHiddenText | Qt::ImhNoPredictiveText | Qt::ImhSensitiveData);
    m_error = new QLabel;
    m_error->setObjectName(QStringLiteral("restoreError"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_error->hide();

    auto* layout = new QVBoxLayout(page);
    layout->addWidget(intro);
    layout->addSpacing(6);
    layout->addWidget(new QLabel(tr("Backup file:")));
    layout->addLayout(row(m_file, chooseFileButton));
    layout->addWidget(new QLabel(tr("The backup's passphrase:")));
    layout->addWidget(m_backupPass);
    if (m_mode == Mode::NewWallet) {
        m_folder = new QLineEdit;
        m_folder->setObjectName(QStringLiteral("restoreFolder"));
        auto* chooseFolderButton = new QPushButton(tr("Ch&oose..."));
        connect(chooseFolderButton, &QPushButton::clicked, this, &RestoreDialog::chooseFolder);
        m_fields = new PassphraseFields;
        layout->addSpacing(6);
        layout->addWidget(new QLabel(tr("A new, empty folder for the wallet:")));
        layout->addLayout(row(m_folder, chooseFolderButton));
        auto* passIntro = new QLabel(tr("A passphrase for the new wallet (it may be the one the old wallet had):"));
        passIntro->setWordWrap(true);
        layout->addWidget(passIntro);
        layout->addWidget(m_fields);
        connect(m_folder, &QLineEdit::textChanged, this, &RestoreDialog::updateButton);
        connect(m_fields, &PassphraseFields::validChanged, this, &RestoreDialog::updateButton);
    }
    layout->addWidget(m_error);
    layout->addStretch();
    auto* cancel = new QPushButton(tr("Cancel"));
    m_restore = new QPushButton(m_mode == Mode::NewWallet ? tr("&Restore") : tr("&Add to this wallet"));
    m_restore->setObjectName(QStringLiteral("restoreButton"));
    m_restore->setDefault(true);
    connect(cancel, &QPushButton::clicked, this, &QDialog::reject);
    connect(m_restore, &QPushButton::clicked, this, &RestoreDialog::start);
    connect(m_file, &QLineEdit::textChanged, this, &RestoreDialog::updateButton);
    connect(m_backupPass, &QLineEdit::textChanged, this, &RestoreDialog::updateButton);
    auto* buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(cancel);
    buttons->addWidget(m_restore);
    layout->addLayout(buttons);
    return page;
}

QString RestoreDialog::recoveryCode() const
{
    return m_recovery->code();
}

QWidget* RestoreDialog::buildRecoveryPage()
{
    m_recovery = new RecoveryCodePage({ tr("<h2>Your wallet is restored</h2>"),
                                          tr("This is the new wallet's recovery code: if you forget its passphrase, it "
                                             "is the only way back in. The old wallet's code does not open it. Write "
                                             "it down or print it now; it will not be shown again."),
                                          tr("I have written down or printed my recovery code"),
                                          tr("&Open my wallet") },
        [this] { return m_session.directory(); });
    connect(m_recovery, &RecoveryCodePage::finished, this, &QDialog::accept);
    return m_recovery;
}

void RestoreDialog::reject()
{
    if (m_pages->currentIndex() == 0 || m_pages->currentIndex() == 2) {
        QDialog::reject();
    }
}

void RestoreDialog::updateButton()
{
    bool ok = !m_file->text().trimmed().isEmpty() && !m_backupPass->text().isEmpty();
    if (m_mode == Mode::NewWallet) {
        ok = ok && !m_folder->text().trimmed().isEmpty() && m_fields->valid();
    }
    m_restore->setEnabled(ok);
}

void RestoreDialog::chooseFile()
{
    const QString file = QFileDialog::getOpenFileName(this,
        tr("Choose a backup"),
        m_file->text(),
        tr("LER Wallet backups (*.%1)").arg(QLatin1String(backup::kFileSuffix)) + QStringLiteral(";;")
            + tr("All files (*)"));
    if (!file.isEmpty()) {
        m_file->setText(QDir::toNativeSeparators(file));
    }
}

void RestoreDialog::chooseFolder()
{
    const QString dir = QFileDialog::getExistingDirectory(this, tr("Choose a new, empty folder for the wallet"));
    if (!dir.isEmpty()) {
        m_folder->setText(QDir::toNativeSeparators(dir));
    }
}

void RestoreDialog::start()
{
    if (!m_restore->isEnabled() || m_running) {
        return;
    }
    const QString file = QDir::fromNativeSeparators(m_file->text().trimmed());
    m_error->hide();
    if (m_mode == Mode::Merge) {
        startMerge(file);
        return;
    }
    const QString folder = QDir::fromNativeSeparators(m_folder->text().trimmed());
    m_running = true;
    m_pages->setCurrentIndex(1);
    m_session.setDirectory(folder);
    m_session.restoreBackup(file, m_backupPass->text(), m_fields->passphrase(), m_cost);
    m_backupPass->clear();
    m_fields->clear();
}

void RestoreDialog::startMerge(const QString& file)
{
    auto secret = std::make_shared<crypto::SecretBytes>(utf8Secret(m_backupPass->text()));
    m_backupPass->clear();
    m_running = true;
    m_pages->setCurrentIndex(1);
    auto summary = std::make_shared<backup::RestoreSummary>();
    m_session.runTask(
        [file, secret, summary](store::Wallet& wallet) -> Status {
            auto reader = backup::BackupReader::open(file, secret->view());
            secret->clear();
            if (!reader) {
                return reader.error();
            }
            auto merged = backup::mergeBackup(wallet, *reader);
            if (!merged) {
                return merged.error();
            }
            *summary = *merged;
            return {};
        },
        this,
        [this, summary](const Status& s) {
            m_running = false;
            if (!s) {
                showError(ler::text::render(s.error()));
                return;
            }
            QString text = tr("<h3>The backup was added to this wallet</h3>"
                              "<p>Records added: %1. Already in the wallet: %2.</p>")
                               .arg(summary->recordsAdded())
                               .arg(summary->duplicates);
            if (summary->differentVersions > 0) {
                text += tr("<p>Records this wallet has in another version, whose version was kept: %1.</p>")
                            .arg(summary->differentVersions);
            }
            m_done->setText(text);
            m_pages->setCurrentIndex(2);
        },
        session::WalletSession::TaskKind::Exclusive);
}

void RestoreDialog::showError(const QString& message)
{
    m_running = false;
    m_error->setText(message);
    m_error->show();
    m_pages->setCurrentIndex(0);
}

void RestoreDialog::showRecoveryCode(const QString& code)
{
    m_running = false;
    m_recovery->setCode(code);
    m_pages->setCurrentIndex(3);
}

} // namespace ler::ui
