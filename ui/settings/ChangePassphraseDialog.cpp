// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: LER Wallet contributors
#include "ui/settings/ChangePassphraseDialog.h"

#include "core/session/WalletSession.h"
#include "ui/common/PassphraseFields.h"
#include "ui/common/SecretText.h"
#include "ui/text/Render.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

namespace ler::ui {

ChangePassphraseDialog::ChangePassphraseDialog(session::WalletSession& session, QWidget* parent)
    : QDialog(parent)
    , m_session(session)
    , m_afterRecovery(session.wallet() && session.wallet()->openedWithRecoveryCode())
    , m_fields(new PassphraseFields)
    , m_status(new QLabel)
    , m_busyBar(new QProgressBar)
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel))
{
    setObjectName(QStringLiteral("changePassphraseDialog"));
    setWindowTitle(m_afterRecovery ? tr("Set a new passphrase") : tr("Change passphrase"));
    setMinimumWidth(480);
    auto* layout = new QVBoxLayout(this);
    auto* intro
        = new QLabel(m_afterRecovery ? tr("You opened the wallet with your recovery code. Choose a new passphrase; the "
                                          "old one will stop working.")
                                     : tr("Your records stay as they are; only the passphrase that unlocks them "
                                          "changes. Your recovery code keeps working."));
    intro->setWordWrap(true);
    layout->addWidget(intro);
    if (!m_afterRecovery) {
        m_current = new QLineEdit;
        m_current->setObjectName(QStringLiteral("currentPassphrase"));
        m_current->setEchoMode(QLineEdit::Password);
        auto* form = new QFormLayout;
        form->addRow(tr("&Current passphrase:"), m_current);
        layout->addLayout(form);
    }
    layout->addWidget(m_fields);
    m_status->setObjectName(QStringLiteral("changeStatus"));
    m_status->setWordWrap(true);
    layout->addWidget(m_status);
    m_busyBar->setObjectName(QStringLiteral("changeProgress"));
    m_busyBar->setRange(0, 0);
    m_busyBar->setTextVisible(false);
    QSizePolicy keep = m_busyBar->sizePolicy();
    keep.setRetainSizeWhenHidden(true);
    m_busyBar->setSizePolicy(keep);
    m_busyBar->hide();
    layout->addWidget(m_busyBar);
    layout->addWidget(m_buttons);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Change passphrase"));
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(false);
    connect(
        m_fields, &PassphraseFields::validChanged, m_buttons->button(QDialogButtonBox::Ok), &QPushButton::setEnabled);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &ChangePassphraseDialog::apply);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

void ChangePassphraseDialog::reject()
{
    if (!m_busy) {
        QDialog::reject();
    }
}

void ChangePassphraseDialog::setBusy(bool busy)
{
    m_busy = busy;
    m_busyBar->setVisible(busy);
    m_buttons->setEnabled(!busy);
    m_fields->setEnabled(!busy);
    if (m_current) {
        m_current->setEnabled(!busy);
    }
    if (busy) {
        setCursor(Qt::BusyCursor);
    } else {
        unsetCursor();
    }
}

void ChangePassphraseDialog::apply()
{
    // Into secure memory at once; the job holds them through shared pointers, never as captured copies.
    auto next = std::make_shared<crypto::SecretBytes>(utf8Secret(m_fields->passphrase()));
    auto current
        = std::make_shared<crypto::SecretBytes>(m_current ? utf8Secret(m_current->text()) : crypto::SecretBytes());
    const bool afterRecovery = m_afterRecovery;
    setBusy(true);
    m_status->setStyleSheet(QString());
    m_status->setText(tr("Changing the passphrase..."));
    m_session.runTask(
        [current, next, afterRecovery](store::Wallet& w) {
            Status s = afterRecovery ? w.setPassphraseAfterRecovery(next->view())
                                     : w.changePassphrase(current->view(), next->view());
            current->clear();
            next->clear();
            return s;
        },
        this,
        [this](const Status& s) {
            setBusy(false);
            if (s) {
                m_fields->clear();
                if (m_current) {
                    m_current->clear();
                }
                accept();
                return;
            }
            m_status->setStyleSheet(QStringLiteral("color: #b00020;"));
            m_status->setText(ler::text::render(s.error()));
            if (m_current) {
                m_current->clear();
                m_current->setFocus();
            }
        });
}

} // namespace ler::ui
