// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: LER Wallet contributors
#include "ui/settings/ReplaceKeyDialog.h"

#include "core/session/WalletSession.h"
#include "ui/common/PassphraseFields.h"
#include "ui/common/SecretText.h"
#include "ui/text/Render.h"
#include "ui/unlock/RecoveryCodePage.h"

#include <QCheckBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QProgressBar>
#include <QPushButton>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace ler::ui {

namespace {

enum Page
{
    kConfirm,
    kBusy,
    kDone
};

} // namespace

ReplaceKeyDialog::ReplaceKeyDialog(session::WalletSession& session, QWidget* parent)
    : QDialog(parent)
    , m_session(session)
    , m_pages(new QStackedWidget(this))
{
    setObjectName(QStringLiteral("replaceKeyDialog"));
    setWindowTitle(tr("Replace the wallet key"));
    setMinimumWidth(540);
    m_pages->addWidget(buildConfirmPage());
    m_pages->addWidget(buildBusyPage());
    m_pages->addWidget(buildDonePage());
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_pages);
}

void ReplaceKeyDialog::fitContents()
{
    // Wrapped labels are squeezed when something appears below them; grow instead.
    layout()->activate();
    resize(width(), std::max(height(), heightForWidth(width())));
}

ReplaceKeyDialog::~ReplaceKeyDialog() = default; // the recovery code page wipes the code

QWidget* ReplaceKeyDialog::buildConfirmPage()
{
    auto* page = new QWidget;
    auto* title = new QLabel(tr("<h3>Replace the wallet key</h3>"));
    auto* intro = new QLabel(tr("Use this if an old copy of this wallet's key file and an old passphrase may both "
                                "have got into someone else's hands. Your records are copied under a new random "
                                "key, so old copies of the key file no longer open them."));
    intro->setWordWrap(true);
    auto* effects = new QLabel(tr("You will get a new recovery code, shown once; the old one stops working. Close "
                                  "this wallet in any other window or command first."));
    effects->setWordWrap(true);

    m_passphrase = new QLineEdit;
    m_passphrase->setObjectName(QStringLiteral("rekeyPassphrase"));
    m_passphrase->setEchoMode(QLineEdit::Password);
    m_passphrase->setInputMethodHints(Qt::ImhHiddenText | Qt::ImhNoPredictiveText | Qt::ImhSensitiveData);
    auto* form = new QFormLayout;
    form->addRow(tr("Your &passphrase:"), m_passphrase);

    m_newToo = new QCheckBox(tr("Also choose a &new passphrase (if the old one may have leaked)"));
    m_newToo->setObjectName(QStringLiteral("rekeyNewPassphraseToo"));
    m_fields = new PassphraseFields;
    m_fields->setVisible(false);

    m_error = new QLabel;
    m_error->setObjectName(QStringLiteral("rekeyError"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_error->hide();

    auto* cancel = new QPushButton(tr("Cancel"));
    m_replace = new QPushButton(tr("&Replace the key"));
    m_replace->setObjectName(QStringLiteral("rekeyButton"));
    m_replace->setDefault(true);
    connect(cancel, &QPushButton::clicked, this, &QDialog::reject);
    connect(m_replace, &QPushButton::clicked, this, &ReplaceKeyDialog::start);
    connect(m_passphrase, &QLineEdit::textChanged, this, &ReplaceKeyDialog::updateReplaceButton);
    connect(m_fields, &PassphraseFields::validChanged, this, &ReplaceKeyDialog::updateReplaceButton);
    connect(m_newToo, &QCheckBox::toggled, this, [this](bool on) {
        m_fields->setVisible(on);
        updateReplaceButton();
        fitContents();
    });

    auto* buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(cancel);
    buttons->addWidget(m_replace);
    auto* layout = new QVBoxLayout(page);
    layout->addWidget(title);
    layout->addWidget(intro);
    layout->addWidget(effects);
    layout->addSpacing(8);
    layout->addLayout(form);
    layout->addWidget(m_newToo);
    layout->addWidget(m_fields);
    layout->addWidget(m_error);
    layout->addStretch();
    layout->addLayout(buttons);
    updateReplaceButton();
    return page;
}

QWidget* ReplaceKeyDialog::buildBusyPage()
{
    auto* page = new QWidget;
    auto* label = new QLabel(tr("Replacing the wallet key. Keep LER Wallet open until this is done."));
    label->setWordWrap(true);
    m_step = new QLabel;
    m_step->setObjectName(QStringLiteral("rekeyStep"));
    m_progress = new QProgressBar;
    m_progress->setObjectName(QStringLiteral("rekeyProgress"));
    m_progress->setRange(0, 4);
    m_progress->setTextVisible(false);
    auto* layout = new QVBoxLayout(page);
    layout->addStretch();
    layout->addWidget(label);
    layout->addWidget(m_progress);
    layout->addWidget(m_step);
    layout->addStretch();
    return page;
}

QWidget* ReplaceKeyDialog::buildDonePage()
{
    m_recovery = new RecoveryCodePage({ tr("<h2>Your new recovery code</h2>"),
                                          tr("The wallet key was replaced. Your old recovery code no longer works. "
                                             "Write this one down or print it now, and keep it away from this "
                                             "computer. It will not be shown again."),
                                          tr("I have written down or printed my new recovery code"),
                                          tr("&Close") },
        [this] { return m_session.directory(); });
    connect(m_recovery, &RecoveryCodePage::finished, this, &QDialog::accept);
    return m_recovery;
}

void ReplaceKeyDialog::updateReplaceButton()
{
    m_replace->setEnabled(!m_passphrase->text().isEmpty() && (!m_newToo->isChecked() || m_fields->valid()));
}

void ReplaceKeyDialog::reject()
{
    if (m_pages->currentIndex() == kConfirm) {
        QDialog::reject();
    }
}

void ReplaceKeyDialog::start()
{
    if (!m_replace->isEnabled()) {
        return;
    }
    // Secrets go to the worker in secure memory through shared pointers, never as captured copies.
    auto pass = std::make_shared<crypto::SecretBytes>(utf8Secret(m_passphrase->text()));
    auto next = std::make_shared<crypto::SecretBytes>(
        m_newToo->isChecked() ? utf8Secret(m_fields->passphrase()) : crypto::SecretBytes());
    auto code = std::make_shared<QString>();
    m_error->hide();
    m_step->setText(tr("Checking your passphrase and making the new key..."));
    m_progress->setValue(0);
    m_pages->setCurrentIndex(kBusy);

    QPointer<ReplaceKeyDialog> self(this);
    const store::RekeyHook progress = [self](store::RekeyStep step) {
        QMetaObject::invokeMethod(
            self.data(),
            [self, step] {
                if (self) {
                    self->showStep(step);
                }
            },
            Qt::QueuedConnection);
        return true;
    };
    m_session.runTask(
        [pass, next, code, progress](store::Wallet& w) -> Status {
            auto r = w.replaceKey(pass->view(), next->view(), progress);
            pass->clear();
            next->clear();
            if (!r) {
                return r.error();
            }
            *code = *r;
            return {};
        },
        this,
        [this, code](const Status& s) {
            finish(s, *code);
            crypto::wipe(*code);
        },
        session::WalletSession::TaskKind::Exclusive);
}

void ReplaceKeyDialog::showStep(store::RekeyStep step)
{
    switch (step) {
    case store::RekeyStep::Prepared:
        m_progress->setValue(1);
        m_step->setText(tr("Copying your records under the new key..."));
        break;
    case store::RekeyStep::Exported:
    case store::RekeyStep::KeyFileOpen:
    case store::RekeyStep::KeyFileWrite:
    case store::RekeyStep::KeyFileCommit:
        m_progress->setValue(2);
        m_step->setText(tr("Saving the new key file..."));
        break;
    case store::RekeyStep::Committed:
    case store::RekeyStep::Swapped:
        m_progress->setValue(3);
        m_step->setText(tr("Switching to the new key..."));
        break;
    }
}

void ReplaceKeyDialog::finish(const Status& status, const QString& code)
{
    m_progress->setValue(4);
    if (!status) {
        m_error->setText(ler::text::render(status.error()));
        m_error->show();
        m_pages->setCurrentIndex(kConfirm);
        fitContents();
        m_passphrase->setFocus();
        return;
    }
    m_passphrase->clear();
    m_fields->clear();
    m_recovery->setCode(code);
    m_pages->setCurrentIndex(kDone);
}

} // namespace ler::ui
