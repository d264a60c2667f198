// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: LER Wallet contributors
#pragma once

#include "core/model/ImportItem.h"
#include "core/model/Record.h"
#include "core/util/Result.h"

#include <QDate>
#include <QString>

namespace ler::model {

/// An entry the learner states about themself (typed into a form or one CSV row). Nothing backs it up, so the
/// record is marked selfAsserted and unverified.
struct SelfAssertedEntry
{
    RecordKind kind = RecordKind::Other;
    QString title;
    QString organization;
    QString description;
    QDate start;
    QDate end;
    QString location;
    QString url;

    /// Checks the entry: a title is required, end not before start, url empty or http(s).
    Status validate() const;
    /// The record for this entry (call validate() first).
    Record toRecord() const;
    /// A validated item whose original and payload are the entry as compact JSON.
    Result<ImportItem> toImportItem() const;
};

} // namespace ler::model
