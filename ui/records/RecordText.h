// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: LER Wallet contributors
#pragma once

#include "core/model/Record.h"
#include "core/records/Library.h"

#include <QDateTime>
#include <QString>

/// Words for records, in one place: titles made for people, kinds, verification states with when they were
/// checked, and dates in the chosen locale.
namespace ler::ui::text {

/// The verification state of a record, as the list shows it.
enum class Verification
{
    Verified,
    PartlyVerified,
    NotVerified,
    Unchecked,
    NothingToCheck, ///< the person's own entry, or an unsigned transcript
};
Verification verificationOf(const QString& outcome);

/// A title a person recognises: an SD-JWT VC's display name or well-known claims ("Personal ID: Erika
/// Mustermann"), a transcript without its institution repeated (the issuer line names it), and never blank.
QString title(const model::Record& record);
/// The kind in plain words ("Badge", "Work"...), from model::kindName().
QString kind(const QString& kindName);
/// Who issued it; for the person's own entries the organisation and "(your own entry)".
QString issuer(const records::Entry& entry);
/// The verification state and when it was checked: "Verified on 3 May 2025", "Verified on 3 May 2025; not
/// checked online since", "NOT verified (checked on 5 May 2025)", "Not checked yet", "Your own entry: nothing to
/// check".
QString verificationLine(const records::Entry& entry);
/// One word or two for the state ("Verified", "Partly verified"...).
QString verificationWord(Verification v);
/// The date a record is placed by on the timeline: when it was issued, else when the activity started, else when
/// it was added.
QDateTime timelineDate(const records::Entry& entry);
/// Dates in the chosen locale; longDate() is the long form without the weekday and with a short month name.
QString shortDate(const QDateTime& dt);
QString longDate(const QDateTime& dt);
QString longDate(const QDate& d);

} // namespace ler::ui::text
