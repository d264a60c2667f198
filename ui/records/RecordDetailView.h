// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: LER Wallet contributors
#pragma once

#include "core/store/CredentialRepository.h"
#include "core/verify/WalletVerification.h"

#include <QTextBrowser>
#include <optional>

namespace ler::ui {

/// One record in full: what it is, who issued it, dates, skills, courses, and where it came from.
class RecordDetailView : public QTextBrowser
{
    Q_OBJECT
public:
    explicit RecordDetailView(QWidget* parent = nullptr);
    void showRecord(
        const store::StoredCredential& credential, const std::optional<verify::StoredReport>& report = std::nullopt);
    /// Shows the placeholder; holds no record data afterwards.
    void showNothing();

    /// The HTML for a record; every value from the credential is escaped.
    static QString html(
        const store::StoredCredential& credential, const std::optional<verify::StoredReport>& report = std::nullopt);
    /// The verification part: overall result in plain words, when it was checked, and every check.
    static QString reportHtml(
        const store::StoredCredential& credential, const std::optional<verify::StoredReport>& report);
};

} // namespace ler::ui
