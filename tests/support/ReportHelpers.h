// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: LER Wallet contributors
#pragma once

#include "core/util/Result.h"
#include "core/verify/Report.h"

#include <QJsonDocument>
#include <QString>
#include <QStringList>

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

/// Adds to out the check, with where it is, when it failed, warned or was not done and gives no stable reason:
/// tools and tests tell such checks apart by their reason, never by their words.
inline void noteCheckWithoutReason(const verify::Check& c, QStringList& out, const QString& where = {})
{
    if (c.status != verify::Check::Passed && c.reason.isEmpty()) {
        out.append(where + c.id + QStringLiteral(" (") + verify::checkStatusName(c.status) + QStringLiteral("): ")
            + c.message.untranslated());
    }
}

/// The same for every check of report and, recursively, of the credentials inside it.
inline void noteChecksWithoutReasons(const verify::Report& report, QStringList& out, const QString& where = {})
{
    const QString here = where + (report.format.isEmpty() ? QStringLiteral("(no format)") : report.format);
    for (const verify::Check& c : report.checks)
        noteCheckWithoutReason(c, out, here + QStringLiteral(": "));
    for (qsizetype i = 0; i < report.credentials.size(); ++i)
        noteChecksWithoutReasons(report.credentials.at(i), out, here + QStringLiteral(" > credentials[%1] ").arg(i));
}

/// The noted checks, each once, for a failure message.
inline QString notesListed(QStringList notes)
{
    notes.removeDuplicates();
    return notes.join(QLatin1Char('\n'));
}

/// The checks without a reason that noted() saw in this test program; a suite's cleanupTestCase() fails on them.
inline QStringList& checksWithoutReasons()
{
    static QStringList notes;
    return notes;
}

/// The report, after noting its checks without a reason in checksWithoutReasons().
inline const verify::Report& noted(const verify::Report& report)
{
    noteChecksWithoutReasons(report, checksWithoutReasons());
    return report;
}

/// The verifier's answer, after noting the checks without a reason of the report it holds.
inline Result<verify::Report> noted(Result<verify::Report> report)
{
    if (report)
        noteChecksWithoutReasons(*report, checksWithoutReasons());
    return report;
}

} // namespace ler::test
