// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: LER Wallet contributors
#include "ui/unlock/UnlockPage.h"

#include "core/session/WalletSession.h"
#include "ui/text/Render.h"

#include <QDir>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace ler::ui {

UnlockPage::UnlockPage(session::WalletSession& session, QWidget* parent)
    : QWidget(parent)
    , m_session(session)
    , m_folder(new QLabel)
    , m_modes(new QStackedWidget)
    , m_passphrase(new QLineEdit)
    , m_recovery(new QLineEdit)
    , m_error(new QLabel)
    , m_unlock(new QPushButton(tr("&Unlock")))
    , m_switchMode(new QPushButton)
    , m_other(new QPushButton(tr("Open another wallet...")))
    , m_busyText(new QLabel(tr("Opening your wallet...")))
    , m_busyBar(new QProgressBar)
{
    setObjectName(QStringLiteral("unlockPage"));
    auto* icon = new QLabel;
    icon->setPixmap(QIcon(QStringLiteral(":/icons/ler-wallet.svg")).pixmap(72, 72));
    icon->setAlignment(Qt::AlignCenter);
    auto* title = new QLabel(tr("<h2>Your wallet is locked</h2>"));
    title->setAlignment(Qt::AlignCenter);
    m_folder->setObjectName(QStringLiteral("walletFolder"));
    m_folder->setAlignment(Qt::AlignCenter);
    m_folder->setWordWrap(true);
    m_folder->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_passphrase->setObjectName(QStringLiteral("unlockPassphrase"));
    m_passphrase->setEchoMode(QLineEdit::Password);
    m_passphrase->setMinimumWidth(320);
    m_passphrase->setPlaceholderText(tr("Passphrase"));
    m_passphrase->setInputMethodHints(Qt::ImhHiddenText | Qt::ImhSensitiveData | Qt::ImhNoPredictiveText);
    m_recovery->setObjectName(QStringLiteral("unlockRecoveryCode"));
    m_recovery->setPlaceholderText(tr("XXXX-XXXX-XXXX-XXXX-XXXX-XXXX-XXXX-XXXX"));
    m_recovery->setMinimumWidth(380);
    m_recovery->setInputMethodHints(Qt::ImhSensitiveData | Qt::ImhNoPredictiveText);
    auto* passPage = new QWidget;
    auto* passForm = new QFormLayout(passPage);
    passForm->addRow(tr("&Passphrase:"), m_passphrase);
    auto* codePage = new QWidget;
    auto* codeForm = new QFormLayout(codePage);
    codeForm->addRow(tr("&Recovery code:"), m_recovery);
    m_modes->addWidget(passPage);
    m_modes->addWidget(codePage);
    m_modes->setMaximumWidth(520);
    m_modes->setMaximumHeight(passPage->sizeHint().height());

    m_error->setObjectName(QStringLiteral("unlockError"));
    m_error->setWordWrap(true);
    m_error->setAlignment(Qt::AlignCenter);
    m_error->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_error->setFixedWidth(460);
    m_error->hide();

    m_unlock->setObjectName(QStringLiteral("unlockButton"));
    m_unlock->setDefault(true);
    m_unlock->setMinimumWidth(200);
    m_switchMode->setObjectName(QStringLiteral("useRecoveryCode"));
    m_switchMode->setFlat(true);
    m_other->setFlat(true);
    m_busyText->setObjectName(QStringLiteral("unlockBusy"));
    m_busyBar->setObjectName(QStringLiteral("unlockProgress"));
    m_busyBar->setRange(0, 0); // no steps to count: key derivation, then reading the records
    m_busyBar->setTextVisible(false);
    m_busyBar->setFixedSize(120, m_busyText->sizeHint().height());
    m_busyBar->setAccessibleName(m_busyText->text());
    // One compact row under the Unlock button that keeps its place when hidden, so nothing moves when it shows.
    m_busyRow = new QWidget;
    auto* busyLayout = new QHBoxLayout(m_busyRow);
    busyLayout->setContentsMargins(0, 0, 0, 0);
    busyLayout->addWidget(m_busyBar);
    busyLayout->addWidget(m_busyText);
    QSizePolicy keep = m_busyRow->sizePolicy();
    keep.setRetainSizeWhenHidden(true);
    m_busyRow->setSizePolicy(keep);
    m_busyRow->hide();
    connect(m_unlock, &QPushButton::clicked, this, &UnlockPage::submit);
    connect(m_passphrase, &QLineEdit::returnPressed, this, &UnlockPage::submit);
    connect(m_recovery, &QLineEdit::returnPressed, this, &UnlockPage::submit);
    connect(m_other, &QPushButton::clicked, this, &UnlockPage::openOtherRequested);
    connect(m_switchMode, &QPushButton::clicked, this, [this] {
        m_modes->setCurrentIndex(1 - m_modes->currentIndex());
        m_error->hide();
        m_switchMode->setText(m_modes->currentIndex() == 0 ? tr("Forgot your passphrase? Use your recovery code")
                                                           : tr("Use your passphrase instead"));
        (m_modes->currentIndex() == 0 ? m_passphrase : m_recovery)->setFocus();
    });
    connect(&m_session, &session::WalletSession::unlockFailed, this, [this](const ler::Error& e) {
        showFailure(ler::text::render(e));
    });
    connect(&m_session, &session::WalletSession::stateChanged, this, [this](session::WalletSession::State s) {
        // Unlocked: still busy until the main window has read the records and shows them.
        if (s != session::WalletSession::State::Unlocked) {
            setBusy(s == session::WalletSession::State::Working);
        }
    });

    auto* links = new QHBoxLayout;
    links->addStretch();
    links->addWidget(m_switchMode);
    links->addWidget(m_other);
    links->addStretch();
    auto* layout = new QVBoxLayout(this);
    layout->addStretch(2);
    layout->addWidget(icon);
    layout->addWidget(title);
    layout->addWidget(m_folder);
    layout->addSpacing(12);
    layout->addWidget(m_modes, 0, Qt::AlignHCenter);
    layout->addWidget(m_error, 0, Qt::AlignHCenter);
    layout->addWidget(m_unlock, 0, Qt::AlignHCenter);
    layout->addWidget(m_busyRow, 0, Qt::AlignHCenter);
    layout->addLayout(links);
    layout->addStretch(3);
    reset();
}

void UnlockPage::reset()
{
    m_passphrase->clear();
    m_recovery->clear();
    m_error->hide();
    m_modes->setCurrentIndex(0);
    m_switchMode->setText(tr("Forgot your passphrase? Use your recovery code"));
    m_folder->setText(tr("Wallet folder: %1").arg(QDir::toNativeSeparators(m_session.directory())));
    setBusy(false);
    m_passphrase->setFocus();
}

void UnlockPage::submit()
{
    const bool byCode = m_modes->currentIndex() == 1;
    QLineEdit* field = byCode ? m_recovery : m_passphrase;
    if (field->text().isEmpty()) {
        showFailure(byCode ? tr("Type your recovery code.") : tr("Type your passphrase."));
        return;
    }
    m_error->hide();
    if (byCode) {
        m_session.unlockWithRecoveryCode(field->text());
    } else {
        m_session.unlock(field->text());
    }
    field->clear();
}

void UnlockPage::showFailure(const QString& message)
{
    m_error->setText(message);
    // A wrapped label in a centred layout gets only one line unless told its height.
    m_error->setMinimumHeight(m_error->heightForWidth(m_error->width()));
    m_error->show();
    (m_modes->currentIndex() == 0 ? m_passphrase : m_recovery)->setFocus();
}

void UnlockPage::setBusy(bool busy)
{
    m_busy = busy;
    m_busyRow->setVisible(busy);
    for (QWidget* w : { static_cast<QWidget*>(m_unlock),
             static_cast<QWidget*>(m_passphrase),
             static_cast<QWidget*>(m_recovery),
             static_cast<QWidget*>(m_switchMode),
             static_cast<QWidget*>(m_other) }) {
        w->setEnabled(!busy);
    }
    if (busy) {
        setCursor(Qt::BusyCursor);
    } else {
        unsetCursor();
    }
}

} // namespace ler::ui
