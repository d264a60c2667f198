// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: LER Wallet contributors
#include "core/present/QrCodes.h"

#include <QSet>

namespace ler::present {

QString qrChoiceName(QrChoice choice)
{
    switch (choice) {
    case QrChoice::Robust:
        return QStringLiteral("robust");
    case QrChoice::VerifierPlus:
        return QStringLiteral("verifierplus");
    case QrChoice::Auto:
        return QStringLiteral("auto");
    }
    return {};
}

std::optional<QrChoice> qrChoiceFromName(const QString& name)
{
    for (QrChoice c : { QrChoice::Robust, QrChoice::VerifierPlus, QrChoice::Auto }) {
        if (qrChoiceName(c) == name)
            return c;
    }
    return std::nullopt;
}

Presentation QrCodes::combined() const
{
    Presentation out;
    if (!presentations.isEmpty()) {
        const Presentation& first = presentations.constFirst();
        out.format = first.format;
        out.mediaType = first.mediaType;
        out.holderDid = first.holderDid;
        out.domain = first.domain;
        out.challenge = first.challenge;
        out.created = first.created;
        out.expires = first.expires;
    }
    QSet<QString> seen;
    for (const Presentation& p : presentations) {
        for (const SharedRecord& r : p.records) {
            if (!seen.contains(r.recordId)) {
                seen.insert(r.recordId);
                out.records.append(r);
            }
        }
    }
    QStringList payloads;
    for (const QrCodeSpec& c : codes)
        payloads.append(c.payload);
    out.bytes = payloads.join(QLatin1Char('\n')).toUtf8();
    return out;
}

} // namespace ler::present
