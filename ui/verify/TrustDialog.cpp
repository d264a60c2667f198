// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: LER Wallet contributors
#include "ui/verify/TrustDialog.h"

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

namespace ler::ui {

namespace {
constexpr qint64 kMaxKeyFile = 1024 * 1024;
}

TrustDialog::TrustDialog(store::Wallet& wallet, QWidget* parent)
    : QDialog(parent)
    , m_wallet(wallet)
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
        if (auto* item = m_identifiers->currentItem()) {
            (void)verify::WalletVerification(m_wallet.database()).removeIdentifier(item->text());
            reload();
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
    auto* removeKey = new QPushButton(tr("Re&move"));
    connect(addFile, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getOpenFileName(
            this, tr("Issuer key file"), QString(), tr("Key files (*.json *.jwks *.jsonld);;All files (*)"));
        if (!path.isEmpty()) {
            addTrustedFile(path);
        }
    });
    connect(removeKey, &QPushButton::clicked, this, [this] {
        if (auto* item = m_trusted->currentItem()) {
            (void)verify::WalletVerification(m_wallet.database()).removeTrusted(item->data(Qt::UserRole).toLongLong());
            reload();
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
    verify::WalletVerification wv(m_wallet.database());
    m_identifiers->clear();
    if (auto ids = wv.identifiers()) {
        m_identifiers->addItems(*ids);
    }
    m_trusted->clear();
    if (auto entries = wv.trustedEntries()) {
        for (const auto& e : *entries) {
            auto* item = new QListWidgetItem(
                tr("%1 (added %2)")
                    .arg(e.label, QLocale().toString(e.addedAt.toLocalTime().date(), QLocale::ShortFormat)),
                m_trusted);
            item->setData(Qt::UserRole, e.id);
        }
    }
}

void TrustDialog::addIdentifier()
{
    if (auto s = verify::WalletVerification(m_wallet.database()).addIdentifier(m_newIdentifier->text()); !s) {
        showError(ler::text::render(s.error()));
        return;
    }
    m_error->clear();
    m_newIdentifier->clear();
    reload();
}

bool TrustDialog::addTrustedFile(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly) || f.size() > kMaxKeyFile) {
        showError(tr("The key file could not be read, or it is too large."));
        return false;
    }
    const QString label = QFileInfo(path).completeBaseName();
    if (auto s = verify::WalletVerification(m_wallet.database()).addTrusted(f.readAll(), label); !s) {
        showError(ler::text::render(s.error()));
        return false;
    }
    m_error->clear();
    reload();
    return true;
}

void TrustDialog::showError(const QString& message)
{
    m_error->setText(message);
}

} // namespace ler::ui
