// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: LER Wallet contributors
#include "ui/verify/TrustDialog.h"

#include "core/session/WalletSession.h"
#include "core/store/Wallet.h"
#include "core/verify/WalletVerification.h"
#include "ui/text/Render.h"

#include <QDialogButtonBox>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>
#include <memory>

namespace ler::ui {

namespace {
constexpr qint64 kMaxKeyFile = 1024 * 1024;

/// What the dialog lists, read in one task.
struct Lists
{
    QStringList identifiers;
    QList<verify::TrustedEntry> trusted;
};
} // namespace

TrustDialog::TrustDialog(session::WalletSession& session, QWidget* parent)
    : QDialog(parent)
    , m_session(session)
    , m_identifiers(new QListWidget)
    , m_newIdentifier(new QLineEdit)
    , m_trusted(new QListWidget)
    , m_error(new QLabel)
{
    setObjectName(QStringLiteral("trustDialog"));
    setWindowTitle(tr("Trusted issuers and your identifiers"));
    resize(620, 520);

    auto* who = new QGroupBox(tr("Your e-mail addresses and DIDs"));
    auto* whoText = new QLabel(tr("Badges are often issued to an e-mail address. Add the ones you use so LER Wallet "
                                  "can tell you when a badge was issued to you."));
    whoText->setWordWrap(true);
    m_identifiers->setObjectName(QStringLiteral("identifierList"));
    m_newIdentifier->setObjectName(QStringLiteral("newIdentifier"));
    m_newIdentifier->setPlaceholderText(tr("alex@example.org or did:key:..."));
    auto* add = new QPushButton(tr("&Add"));
    add->setObjectName(QStringLiteral("addIdentifier"));
    auto* remove = new QPushButton(tr("&Remove"));
    remove->setObjectName(QStringLiteral("removeIdentifier"));
    connect(add, &QPushButton::clicked, this, &TrustDialog::addIdentifier);
    connect(m_newIdentifier, &QLineEdit::returnPressed, this, &TrustDialog::addIdentifier);
    connect(remove, &QPushButton::clicked, this, [this] {
        if (auto* item = m_identifiers->currentItem(); item && !m_busy) {
            change([value = item->text()](verify::WalletVerification& wv) { return wv.removeIdentifier(value); });
        }
    });
    auto* addRow = new QHBoxLayout;
    addRow->addWidget(m_newIdentifier, 1);
    addRow->addWidget(add);
    addRow->addWidget(remove);
    auto* whoLayout = new QVBoxLayout(who);
    whoLayout->addWidget(whoText);
    whoLayout->addWidget(m_identifiers);
    whoLayout->addLayout(addRow);

    auto* trust = new QGroupBox(tr("Issuers you trust"));
    auto* trustText = new QLabel(tr("Some issuers' keys cannot be looked up, for example while offline. If you got "
                                    "an issuer's key file (JWKS or DID document) from the issuer itself, add it here "
                                    "and their credentials can be checked."));
    trustText->setWordWrap(true);
    m_trusted->setObjectName(QStringLiteral("trustedList"));
    auto* addFile = new QPushButton(tr("Add a key &file..."));
    addFile->setObjectName(QStringLiteral("addTrustedFile"));
    auto* removeKey = new QPushButton(tr("Re&move"));
    removeKey->setObjectName(QStringLiteral("removeTrusted"));
    m_buttons = { add, remove, addFile, removeKey };
    connect(addFile, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getOpenFileName(
            this, tr("Issuer key file"), QString(), tr("Key files (*.json *.jwks *.jsonld);;All files (*)"));
        if (!path.isEmpty()) {
            addTrustedFile(path);
        }
    });
    connect(removeKey, &QPushButton::clicked, this, [this] {
        if (auto* item = m_trusted->currentItem(); item && !m_busy) {
            change([id = item->data(Qt::UserRole).toLongLong()](
                       verify::WalletVerification& wv) { return wv.removeTrusted(id); });
        }
    });
    auto* keyRow = new QHBoxLayout;
    keyRow->addStretch();
    keyRow->addWidget(addFile);
    keyRow->addWidget(removeKey);
    auto* trustLayout = new QVBoxLayout(trust);
    trustLayout->addWidget(trustText);
    trustLayout->addWidget(m_trusted);
    trustLayout->addLayout(keyRow);

    m_error->setObjectName(QStringLiteral("trustError"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b00020;"));
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::accept);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(who);
    layout->addWidget(trust);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    reload();
}

void TrustDialog::reload()
{
    setBusy(true);
    auto lists = std::make_shared<Lists>();
    m_session.runTask(
        [lists](store::Wallet& wallet) -> Status {
            verify::WalletVerification wv(wallet.database());
            auto ids = wv.identifiers();
            if (!ids) {
                return ids.error();
            }
            auto entries = wv.trustedEntries();
            if (!entries) {
                return entries.error();
            }
            lists->identifiers = std::move(ids).value();
            lists->trusted = std::move(entries).value();
            return {};
        },
        this,
        [this, lists](const Status& s) {
            if (!s) {
                showError(ler::text::render(s.error()));
                return; // nothing to act on: the buttons stay off
            }
            m_identifiers->clear();
            m_identifiers->addItems(lists->identifiers);
            m_trusted->clear();
            for (const auto& e : std::as_const(lists->trusted)) {
                auto* item = new QListWidgetItem(
                    tr("%1 (added %2)")
                        .arg(e.label, QLocale().toString(e.addedAt.toLocalTime().date(), QLocale::ShortFormat)),
                    m_trusted);
                item->setData(Qt::UserRole, e.id);
            }
            setBusy(false);
            Q_EMIT reloaded();
        });
}

void TrustDialog::change(std::function<Status(verify::WalletVerification&)> change, std::function<void(bool)> after)
{
    setBusy(true);
    m_session.runTask(
        [change](store::Wallet& wallet) {
            verify::WalletVerification wv(wallet.database());
            return change(wv);
        },
        this,
        [this, after](const Status& s) {
            if (s) {
                m_error->clear();
            } else {
                showError(ler::text::render(s.error()));
            }
            if (after) {
                after(s.ok());
            }
            reload();
        });
}

void TrustDialog::setBusy(bool busy)
{
    m_busy = busy;
    for (QPushButton* b : std::as_const(m_buttons)) {
        b->setEnabled(!busy);
    }
}

void TrustDialog::addIdentifier()
{
    if (m_busy) {
        return;
    }
    change([value = m_newIdentifier->text()](verify::WalletVerification& wv) { return wv.addIdentifier(value); },
        [this](bool added) {
            if (added) {
                m_newIdentifier->clear();
            }
        });
}

void TrustDialog::addTrustedFile(const QString& path)
{
    if (m_busy) {
        Q_EMIT trustedFileDone(false);
        return;
    }
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly) || f.size() > kMaxKeyFile) {
        showError(tr("The key file could not be read, or it is too large."));
        Q_EMIT trustedFileDone(false);
        return;
    }
    const QString label = QFileInfo(path).completeBaseName();
    change([json = f.readAll(), label](verify::WalletVerification& wv) { return wv.addTrusted(json, label); },
        [this](bool added) { Q_EMIT trustedFileDone(added); });
}

void TrustDialog::showError(const QString& message)
{
    m_error->setText(message);
}

} // namespace ler::ui
