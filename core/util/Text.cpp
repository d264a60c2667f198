// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: LER Wallet contributors
#include "core/util/Text.h"

#include <QJsonArray>
#include <QJsonObject>
#include <algorithm>

namespace ler {

namespace {

// A stored Text comes from the wallet's own database, but a damaged one must not make rendering recurse forever.
constexpr int kMaxJsonDepth = 16;

const char* orNull(const QByteArray& bytes)
{
    return bytes.isEmpty() ? nullptr : bytes.constData();
}

// One %N marker in a pattern: where it starts, how long it is, its number. %L1 (locale-aware numbers) counts as %1.
struct Marker
{
    qsizetype at;
    qsizetype length;
    int number;
};

QList<Marker> markers(const QString& pattern)
{
    QList<Marker> found;
    for (qsizetype i = 0; i + 1 < pattern.size(); ++i) {
        if (pattern.at(i) != u'%')
            continue;
        qsizetype j = i + 1;
        if (pattern.at(j) == u'L')
            ++j;
        int number = 0;
        qsizetype digits = 0;
        while (j < pattern.size() && digits < 2 && pattern.at(j).isDigit()) {
            number = number * 10 + pattern.at(j).digitValue();
            ++j;
            ++digits;
        }
        if (digits == 0 || number == 0)
            continue;
        found.append({ i, j - i, number });
        i = j - 1;
    }
    return found;
}

QString fill(const QString& pattern, const QList<QString>& values)
{
    if (values.isEmpty())
        return pattern;
    const QList<Marker> all = markers(pattern);
    // As QString::arg with several arguments: the lowest number takes the first value, the next lowest the second.
    QList<int> numbers;
    for (const Marker& m : all)
        numbers.append(m.number);
    std::sort(numbers.begin(), numbers.end());
    numbers.erase(std::unique(numbers.begin(), numbers.end()), numbers.end());

    QString out;
    out.reserve(pattern.size());
    qsizetype from = 0;
    for (const Marker& m : all) {
        const qsizetype slot = numbers.indexOf(m.number);
        if (slot >= values.size())
            continue;
        out.append(QStringView(pattern).mid(from, m.at - from));
        out.append(values.at(slot));
        from = m.at + m.length;
    }
    out.append(QStringView(pattern).mid(from));
    return out;
}

Text fromJsonAt(const QJsonValue& json, int depth)
{
    if (json.isString())
        return Text::verbatim(json.toString());
    const QJsonObject o = json.toObject();
    if (depth > kMaxJsonDepth || !o.value(QLatin1String("s")).isString())
        return {};
    const QByteArray context = o.value(QLatin1String("c")).toString().toUtf8();
    const QByteArray source = o.value(QLatin1String("s")).toString().toUtf8();
    const QByteArray disambiguation = o.value(QLatin1String("d")).toString().toUtf8();
    Text t(context.constData(), source.constData(), orNull(disambiguation), o.value(QLatin1String("n")).toInt(-1));
    for (const QJsonValue& a : o.value(QLatin1String("a")).toArray())
        t = t.arg(fromJsonAt(a, depth + 1));
    return t;
}

} // namespace

Text::Text(const char* context, const char* source, const char* disambiguation, int n)
    : m_context(context)
    , m_source(source)
    , m_disambiguation(disambiguation)
    , m_n(n)
{ }

Text Text::verbatim(QString words)
{
    Text t;
    t.m_words = std::move(words);
    return t;
}

Text Text::arg(const Text& value) const
{
    Text t = *this;
    t.m_args.append(value);
    return t;
}

QString Text::render(const Lookup& lookup) const
{
    const QString pattern
        = isVerbatim() ? m_words : lookup(m_context.constData(), m_source.constData(), orNull(m_disambiguation), m_n);
    QList<QString> values;
    values.reserve(m_args.size());
    for (const Text& a : m_args)
        values.append(a.render(lookup));
    return fill(pattern, values);
}

QString Text::untranslated() const
{
    return render([](const char*, const char* source, const char*, int n) {
        QString words = QString::fromUtf8(source);
        if (n >= 0)
            words.replace(QLatin1String("%n"), QString::number(n));
        return words;
    });
}

QJsonValue Text::toJson() const
{
    if (isVerbatim())
        return m_words;
    QJsonObject o { { QLatin1String("c"), QString::fromUtf8(m_context) },
        { QLatin1String("s"), QString::fromUtf8(m_source) } };
    if (!m_disambiguation.isEmpty())
        o.insert(QLatin1String("d"), QString::fromUtf8(m_disambiguation));
    if (m_n >= 0)
        o.insert(QLatin1String("n"), m_n);
    if (!m_args.isEmpty()) {
        QJsonArray args;
        for (const Text& a : m_args)
            args.append(a.toJson());
        o.insert(QLatin1String("a"), args);
    }
    return o;
}

Text Text::fromJson(const QJsonValue& json)
{
    return fromJsonAt(json, 0);
}

} // namespace ler
