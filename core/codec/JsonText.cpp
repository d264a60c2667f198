// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: LER Wallet contributors
#include "core/codec/JsonText.h"

#include <QByteArrayView>
#include <QSet>
#include <QString>
#include <QStringDecoder>
#include <algorithm>
#include <vector>

namespace ler::codec {

namespace {

using Kind = JsonTextProblem::Kind;

/// UTF-8 to UTF-16 keeping a U+FEFF at the start, as inside a string (QString::fromUtf8 drops it there).
QString utf8(QByteArrayView bytes)
{
    QStringDecoder decoder(QStringDecoder::Utf8, QStringConverter::Flag::ConvertInitialBom);
    return decoder(bytes);
}

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
        const char* const text = m_json.constData();
        const qsizetype size = m_json.size();
        for (qsizetype i = 0; i < size; ++i) {
            const char c = text[i];
            if (c == '"') {
                i = scanString(i);
                if (m_problem)
                    return m_problem;
            } else if (c == '{' || c == '[') {
                if (m_depth >= m_maxDepth)
                    return JsonTextProblem { Kind::TooDeep, i };
                if (m_frames.size() <= size_t(m_depth))
                    m_frames.emplace_back();
                m_frames[m_depth].open(c == '{');
                ++m_depth;
            } else if (c == '}' || c == ']') {
                if (m_depth == 0)
                    return JsonTextProblem { Kind::Unbalanced, i };
                --m_depth;
            } else if (c == ',' && m_depth > 0 && top().isObject) {
                top().expectingKey = true;
            } else if (c == ':' && m_depth > 0 && top().isObject) {
                top().expectingKey = false;
            }
        }
        return std::nullopt;
    }

private:
    /// Objects of up to this many members compare names one by one; larger ones use hash sets.
    static constexpr size_t kSmallObject = 16;

    /// The member names of one open object. Names without escapes are views into the text, compared as bytes;
    /// once a name with an escape appears, every name is kept unescaped as well, so "\u0069d" meets "id".
    struct Frame
    {
        bool isObject = false;
        bool expectingKey = false;
        std::vector<QByteArrayView> plain;
        QSet<QByteArrayView> plainSet;
        bool unescaping = false;
        QSet<QString> unescaped;

        void open(bool object)
        {
            isObject = object;
            expectingKey = object;
            plain.clear();
            plainSet.clear();
            unescaping = false;
            unescaped.clear();
        }

        /// Adds a name; false if the object already has it.
        bool add(QByteArrayView raw, bool escaped)
        {
            if (escaped && !unescaping) {
                unescaping = true;
                for (const QByteArrayView& p : plain)
                    unescaped.insert(utf8(p));
            }
            if (unescaping) {
                const QString name = escaped ? decode(raw) : utf8(raw);
                if (unescaped.contains(name))
                    return false;
                unescaped.insert(name);
                if (escaped)
                    return true;
            }
            if (plain.size() < kSmallObject) {
                for (const QByteArrayView& p : plain)
                    if (p == raw)
                        return false;
            } else {
                if (plainSet.isEmpty())
                    plainSet = QSet<QByteArrayView>(plain.cbegin(), plain.cend());
                if (plainSet.contains(raw))
                    return false;
                plainSet.insert(raw);
            }
            plain.push_back(raw);
            return true;
        }
    };

    Frame& top() { return m_frames[m_depth - 1]; }

    /// Returns the index of the closing quote (or the end of the text).
    qsizetype scanString(qsizetype open)
    {
        const char* const text = m_json.constData();
        const qsizetype size = m_json.size();
        bool escaped = false;
        qsizetype i = open + 1;
        while (i < size) {
            const char c = text[i];
            if (c == '"')
                break;
            if (uchar(c) < 0x20) {
                m_problem = JsonTextProblem { Kind::ControlCharacter, i };
                return i;
            }
            if (c != '\\') {
                ++i;
                continue;
            }
            escaped = true;
            const char e = i + 1 < size ? text[i + 1] : '\0';
            const bool valid = e == '"' || e == '\\' || e == '/' || e == 'b' || e == 'f' || e == 'n' || e == 'r'
                || e == 't' || (e == 'u' && i + 5 < size && std::all_of(text + i + 2, text + i + 6, isHexDigit));
            if (!valid) {
                m_problem = JsonTextProblem { Kind::BadEscape, i };
                return i;
            }
            i += e == 'u' ? 6 : 2;
        }
        if (m_depth == 0 || !top().isObject || !top().expectingKey)
            return i;
        if (!top().add(QByteArrayView(text + open + 1, i - open - 1), escaped))
            m_problem = JsonTextProblem { Kind::DuplicateKey, open };
        top().expectingKey = false;
        return i;
    }

    /// Unescapes a string body whose escapes were already checked, to compare names as a parser sees them.
    static QString decode(QByteArrayView body)
    {
        static const QByteArray shortEscapes = "bfnrt", shortValues = "\b\f\n\r\t";
        QString out;
        qsizetype i = 0;
        while (i < body.size()) {
            if (body.at(i) != '\\') {
                qsizetype j = body.indexOf('\\', i);
                j = j < 0 ? body.size() : j;
                out += utf8(body.sliced(i, j - i));
                i = j;
            } else if (body.at(i + 1) == 'u') {
                out += QChar(char16_t(body.sliced(i + 2, 4).toByteArray().toUShort(nullptr, 16)));
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
    /// Frames are kept when closed and reused, so a document of many small objects allocates for its depth only.
    std::vector<Frame> m_frames;
    int m_depth = 0;
    std::optional<JsonTextProblem> m_problem;
};

} // namespace

std::optional<JsonTextProblem> findJsonTextProblem(const QByteArray& json, int maxDepth)
{
    return Scan(json, maxDepth).run();
}

QByteArray keepInitialByteOrderMarks(const QByteArray& json)
{
    static const QByteArray raw("\"\xEF\xBB\xBF");
    if (!json.contains(raw))
        return json;
    QByteArray out = json;
    return out.replace(raw, QByteArrayLiteral("\"\\ufeff"));
}

QJsonDocument parseJsonDocument(const QByteArray& json, QJsonParseError* error)
{
    return QJsonDocument::fromJson(keepInitialByteOrderMarks(json), error);
}

} // namespace ler::codec
