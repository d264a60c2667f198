// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: LER Wallet contributors
#pragma once

#include "core/verify/Report.h"

#include <QJsonDocument>
#include <QString>

/// Reading a verification report in tests: one check's status or words, and the whole report for a failure message.
namespace ler::test {

inline QString describe(const verify::Report& r)
{
    return QString::fromUtf8(QJsonDocument(r.toJson()).toJson());
}

/// The status of the check with that id, or -1 when the report has no such check.
inline verify::Check::Status statusOf(const verify::Report& r, const QString& id)
{
    const verify::Check* c = r.check(id);
    return c ? c->status : verify::Check::Status(-1);
}

/// The source words of the check's message (untranslated), or empty when the report has no such check.
inline QString messageOf(const verify::Report& r, const QString& id)
{
    const verify::Check* c = r.check(id);
    return c ? c->message.untranslated() : QString();
}

/// The stable reason of the check with that id, or empty.
inline QString reasonOf(const verify::Report& r, const QString& id)
{
    const verify::Check* c = r.check(id);
    return c ? c->reason : QString();
}

} // namespace ler::test
