// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: LER Wallet contributors
#include "core/codec/JsonText.h"

#include <QList>
#include <QSet>
#include <QString>
#include <algorithm>

namespace ler::codec {

namespace {

using Kind = JsonTextProblem::Kind;

bool isHexDigit(char c)
{
    return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
}

/// One pass without recursion over the text, keeping the member names of each open object.
class Scan
{
public:
    Scan(const QByteArray& json, int maxDepth)
        : m_json(json)
        , m_maxDepth(maxDepth)
    { }

    std::optional<JsonTextProblem> run()
    {
        for (qsizetype i = 0; i < m_json.size(); ++i) {
            const char c = m_json.at(i);
            if (c == '"') {
                i = scanString(i);
                if (m_problem)
                    return m_problem;
            } else if (c == '{' || c == '[') {
                if (m_frames.size() >= m_maxDepth)
                    return JsonTextProblem { Kind::TooDeep, i };
                m_frames.append(Frame { c == '{', c == '{', {} });
            } else if (c == '}' || c == ']') {
                if (m_frames.isEmpty())
                    return JsonTextProblem { Kind::Unbalanced, i };
                m_frames.removeLast();
            } else if (c == ',' && !m_frames.isEmpty() && m_frames.last().isObject) {
                m_frames.last().expectingKey = true;
            } else if (c == ':' && !m_frames.isEmpty() && m_frames.last().isObject) {
                m_frames.last().expectingKey = false;
            }
        }
        return std::nullopt;
    }

private:
    struct Frame
    {
        bool isObject = false;
        bool expectingKey = false;
        QSet<QString> keys;
    };

    /// Returns the index of the closing quote (or the end of the text).
    qsizetype scanString(qsizetype open)
    {
        static const QByteArray escapes = "\"\\/bfnrtu";
        qsizetype i = open + 1;
        while (i < m_json.size() && m_json.at(i) != '"') {
            if (uchar(m_json.at(i)) < 0x20) {
                m_problem = JsonTextProblem { Kind::ControlCharacter, i };
                return i;
            }
            if (m_json.at(i) != '\\') {
                ++i;
                continue;
            }
            const char e = i + 1 < m_json.size() ? m_json.at(i + 1) : '\0';
            const bool valid = e != '\0' && escapes.contains(e)
                && (e != 'u'
                    || (i + 5 < m_json.size()
                        && std::all_of(m_json.begin() + i + 2, m_json.begin() + i + 6, isHexDigit)));
            if (!valid) {
                m_problem = JsonTextProblem { Kind::BadEscape, i };
                return i;
            }
            i += e == 'u' ? 6 : 2;
        }
        if (m_frames.isEmpty() || !m_frames.last().isObject || !m_frames.last().expectingKey)
            return i;
        const QString key = decode(m_json.mid(open + 1, i - open - 1));
        if (m_frames.last().keys.contains(key))
            m_problem = JsonTextProblem { Kind::DuplicateKey, open };
        m_frames.last().keys.insert(key);
        m_frames.last().expectingKey = false;
        return i;
    }

    /// Unescapes a string body whose escapes were already checked, to compare names as a parser sees them.
    static QString decode(const QByteArray& body)
    {
        static const QByteArray shortEscapes = "bfnrt", shortValues = "\b\f\n\r\t";
        QString out;
        qsizetype i = 0;
        while (i < body.size()) {
            if (body.at(i) != '\\') {
                qsizetype j = body.indexOf('\\', i);
                j = j < 0 ? body.size() : j;
                out += QString::fromUtf8(body.constData() + i, j - i);
                i = j;
            } else if (body.at(i + 1) == 'u') {
                out += QChar(char16_t(body.mid(i + 2, 4).toUShort(nullptr, 16)));
                i += 6;
            } else {
                const qsizetype k = shortEscapes.indexOf(body.at(i + 1));
                out += QChar::fromLatin1(k >= 0 ? shortValues.at(k) : body.at(i + 1));
                i += 2;
            }
        }
        return out;
    }

    const QByteArray& m_json;
    const int m_maxDepth;
    QList<Frame> m_frames;
    std::optional<JsonTextProblem> m_problem;
};

} // namespace

std::optional<JsonTextProblem> findJsonTextProblem(const QByteArray& json, int maxDepth)
{
    return Scan(json, maxDepth).run();
}

} // namespace ler::codec
