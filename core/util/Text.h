// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: LER Wallet contributors
#pragma once

#include <QByteArray>
#include <QDebug>
#include <QJsonValue>
#include <QList>
#include <QString>
#include <concepts>
#include <functional>

namespace ler {

/// A sentence for people, kept untranslated: where its words come from in the translation catalogue (context,
/// source text, disambiguation, plural count) and what fills its %1, %2... Core says what happened with these; the
/// one renderer in ui/text puts them into the user's language when they are shown. Stored as JSON (toJson) so a
/// report kept in the wallet is shown in whatever language the person uses later.
///
/// Make one with tx(), which takes the arguments of Qt's translate function (lupdate reads it the same way), or
/// with Text::verbatim for words that are never translated: a name, a value, a message from another program.
class Text
{
public:
    Text() = default;
    Text(const char* context, const char* source, const char* disambiguation = nullptr, int n = -1);

    /// Words shown as they are, in every language (a %1 in them is still filled by arg()).
    static Text verbatim(QString words);

    /// Fills the lowest-numbered %N left, as QString::arg does; a Text argument is rendered in the same language.
    Text arg(const Text& value) const;
    Text arg(const QString& value) const { return arg(verbatim(value)); }
    Text arg(QLatin1StringView value) const { return arg(verbatim(QString(value))); }
    Text arg(QStringView value) const { return arg(verbatim(value.toString())); }
    Text arg(const char16_t* value) const { return arg(verbatim(QString::fromUtf16(value))); }
    template <std::integral N> Text arg(N value) const { return arg(verbatim(QString::number(value))); }
    template <std::floating_point F> Text arg(F value) const { return arg(verbatim(QString::number(value))); }
    template <typename A, typename B, typename... Rest> Text arg(const A& a, const B& b, const Rest&... rest) const
    {
        return arg(a).arg(b, rest...);
    }

    bool isEmpty() const { return m_source.isEmpty() && m_words.isEmpty(); }
    explicit operator bool() const { return !isEmpty(); }
    bool isVerbatim() const { return m_source.isEmpty(); }
    const QByteArray& context() const { return m_context; }
    const QByteArray& source() const { return m_source; }
    const QByteArray& disambiguation() const { return m_disambiguation; }
    int count() const { return m_n; }
    const QList<Text>& args() const { return m_args; }
    /// The words of a verbatim Text.
    const QString& words() const { return m_words; }

    /// Turns the sentence into words: `lookup` gives the pattern for a catalogue sentence (QCoreApplication::
    /// translate, in ui/text), then the arguments are filled in one pass, lowest %N first, each rendered the same way.
    using Lookup = std::function<QString(const char* context, const char* source, const char* disambiguation, int n)>;
    QString render(const Lookup& lookup) const;

    /// The source words with the arguments filled: for logs, tests and messages to developers. What people see
    /// goes through ui/text instead.
    QString untranslated() const;

    /// {"c": context, "s": source[, "d": disambiguation][, "n": count][, "a": [args...]]}, or a string when verbatim.
    QJsonValue toJson() const;
    /// Reads toJson(); a plain string (an older stored sentence) comes back verbatim.
    static Text fromJson(const QJsonValue& json);

    friend bool operator==(const Text& a, const Text& b) = default;

private:
    QByteArray m_context;
    QByteArray m_source;
    QByteArray m_disambiguation;
    int m_n = -1;
    QString m_words;
    QList<Text> m_args;
};

/// Logs carry the source words (never a translation).
inline QDebug operator<<(QDebug debug, const Text& text)
{
    return debug << text.untranslated();
}

/// A sentence from the translation catalogue, with the arguments of Qt's translate function. lupdate is run with
/// `-tr-function-alias translate+=tx`, so the sentence lands in the .ts files under its context.
inline Text tx(const char* context, const char* source, const char* disambiguation = nullptr, int n = -1)
{
    return Text(context, source, disambiguation, n);
}

} // namespace ler
