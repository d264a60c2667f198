// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: LER Wallet contributors
#include "core/store/ImportOutcome.h"

#include <algorithm>

namespace ler::store {

namespace {

const char* const kStatusNames[] = { "imported", "duplicate", "update-available", "updated", "rejected" };

QJsonValue jsonOrNull(const QString& s)
{
    return s.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(s);
}

} // namespace

QString importStatusName(ImportStatus status)
{
    return QString::fromLatin1(kStatusNames[int(status)]);
}

QJsonObject ImportOutcome::toJson() const
{
    QJsonObject o { { QStringLiteral("file"), file },
        { QStringLiteral("status"), importStatusName(status) },
        { QStringLiteral("id"), jsonOrNull(id) },
        { QStringLiteral("format"), jsonOrNull(format) },
        { QStringLiteral("title"), jsonOrNull(title) },
        { QStringLiteral("error"), error.isEmpty() ? QJsonValue(QJsonValue::Null) : error.toJson() } };
    if (!errorCode.isEmpty()) {
        o.insert(QStringLiteral("code"), errorCode);
    }
    if (!errorReason.isEmpty()) {
        o.insert(QStringLiteral("reason"), errorReason);
    }
    if (!note.isEmpty()) {
        o.insert(QStringLiteral("note"), note.toJson());
    }
    if (children > 0) {
        o.insert(QStringLiteral("children"), children);
    }
    return o;
}

int ImportReport::count(ImportStatus status) const
{
    return int(std::count_if(
        outcomes.cbegin(), outcomes.cend(), [status](const ImportOutcome& o) { return o.status == status; }));
}

Text ImportReport::summary() const
{
    // The list separator and the full stop are sentences of their own, so each language can place them its way.
    Text parts;
    const auto add = [&](ImportStatus status, const char* text) {
        if (const int n = count(status); n > 0) {
            const Text part = tx("ler::store", text, nullptr, n);
            parts = parts ? tx("ler::store", "%1, %2").arg(parts, part) : part;
        }
    };
    add(ImportStatus::Imported, QT_TRANSLATE_N_NOOP("ler::store", "%n imported"));
    add(ImportStatus::Updated, QT_TRANSLATE_N_NOOP("ler::store", "%n updated"));
    add(ImportStatus::Duplicate, QT_TRANSLATE_N_NOOP("ler::store", "%n already in your wallet"));
    add(ImportStatus::UpdateAvailable, QT_TRANSLATE_N_NOOP("ler::store", "%n with an update available"));
    add(ImportStatus::Rejected, QT_TRANSLATE_N_NOOP("ler::store", "%n could not be imported"));
    const Text text = parts ? tx("ler::store", "%1.").arg(parts) : tx("ler::store", "Nothing was imported.");
    if (!cancelled) {
        return text;
    }
    return tx("ler::store", "%1 %2")
        .arg(text,
            tx("ler::store", "The import was stopped after %1 of %2 inputs; what was imported before that is kept.")
                .arg(inputsDone)
                .arg(inputs));
}

} // namespace ler::store
