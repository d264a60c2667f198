// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: LER Wallet contributors
#include "ui/text/Render.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace ler::text {

namespace {

QString lookup(const char* context, const char* source, const char* disambiguation, int n)
{
    return QCoreApplication::translate(context, source, disambiguation, n);
}

void renderField(QJsonObject& o, QLatin1StringView key)
{
    const auto it = o.find(key);
    if (it != o.end())
        *it = render(Text::fromJson(*it));
}

} // namespace

QString render(const Text& text)
{
    return text.render(lookup);
}

QString render(const Error& error)
{
    return render(error.message);
}

QJsonObject renderReport(const QJsonObject& report)
{
    QJsonObject out = report;
    renderField(out, QLatin1StringView("summary"));
    if (auto it = out.find(QLatin1StringView("checks")); it != out.end()) {
        QJsonArray checks;
        for (const QJsonValue& c : it->toArray()) {
            QJsonObject check = c.toObject();
            renderField(check, QLatin1StringView("message"));
            renderField(check, QLatin1StringView("detail"));
            checks.append(check);
        }
        *it = checks;
    }
    if (auto it = out.find(QLatin1StringView("credentials")); it != out.end()) {
        QJsonArray nested;
        for (const QJsonValue& r : it->toArray())
            nested.append(renderReport(r.toObject()));
        *it = nested;
    }
    return out;
}

} // namespace ler::text
