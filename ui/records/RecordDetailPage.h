// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: LER Wallet contributors
#pragma once

#include "core/records/Library.h"
#include "core/store/CredentialRepository.h"
#include "core/verify/WalletVerification.h"

#include <QImage>
#include <QWidget>
#include <optional>

class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QToolButton;

namespace ler::ui {

class RecordDetailView;

/// One record in full: its picture, title, issuer and verification state with Check again; what it says (every
/// human-readable field and the verification report); tags and collections; and the original document, read-only,
/// with Copy and Save. The person's own entries can be edited. Every action is a button with a mnemonic.
class RecordDetailPage : public QWidget
{
    Q_OBJECT
public:
    explicit RecordDetailPage(QWidget* parent = nullptr);

    void showRecord(const store::StoredCredential& credential,
        const std::optional<verify::StoredReport>& report,
        const records::Entry* entry,
        const QList<records::Collection>& collections);
    void setPicture(const QImage& picture);
    /// The placeholder; holds no record data afterwards.
    void showNothing();
    QString currentId() const { return m_id; }
    /// The original as shown: pretty JSON or XML, or the token with its decoded parts.
    static QString prettyOriginal(const QByteArray& original);

Q_SIGNALS:
    void verifyRequested(const QString& id);
    void editRequested(const QString& id);
    void deleteRequested(const QString& id);
    void tagsEdited(const QString& id, const QStringList& tags);
    void addToCollectionRequested(const QString& id, qint64 collection);
    void newCollectionRequested(const QString& id);
    void copyRequested(const QString& text);
    void saveOriginalRequested(const QString& id, const QString& suggestedName);

private:
    QString m_id;
    QString m_suggestedName;
    QLabel* m_picture;
    QLabel* m_title;
    QLabel* m_issuer;
    QLabel* m_state;
    QPushButton* m_verify;
    QPushButton* m_edit;
    QPushButton* m_delete;
    QToolButton* m_collect;
    QLineEdit* m_tags;
    RecordDetailView* m_body;
    QPushButton* m_showOriginal;
    QPlainTextEdit* m_original;
    QPushButton* m_copy;
    QPushButton* m_save;
    QWidget* m_content;
    QLabel* m_placeholder;
};

} // namespace ler::ui
