// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: LER Wallet contributors
#pragma once

#include <QDialog>

class QLabel;
class QLineEdit;
class QListWidget;

namespace ler::store {
class Wallet;
}

namespace ler::ui {

/// The person's own identifiers (so the wallet can say "issued to you") and the issuer keys they or a
/// counselor chose to trust, for issuers that cannot be looked up offline.
class TrustDialog : public QDialog
{
    Q_OBJECT
public:
    explicit TrustDialog(store::Wallet& wallet, QWidget* parent = nullptr);

    /// Adds trusted keys from a JSON file (JWKS, issuer metadata or DID document). False with a message shown
    /// in the dialog when the file is not usable; nothing is stored then.
    bool addTrustedFile(const QString& path);

private:
    void reload();
    void addIdentifier();
    void showError(const QString& message);

    store::Wallet& m_wallet;
    QListWidget* m_identifiers;
    QLineEdit* m_newIdentifier;
    QListWidget* m_trusted;
    QLabel* m_error;
};

} // namespace ler::ui
