// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: LER Wallet contributors
#include "core/rdf/NQuads.h"

#include <QSet>
#include <QStringDecoder>
#include <optional>
#include <string_view>

namespace ler::rdf::nquads {

namespace {

bool isAsciiAlpha(char32_t c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

bool isAsciiDigit(char32_t c)
{
    return c >= '0' && c <= '9';
}

/// PN_CHARS of the N-Quads grammar, simplified: every non-ASCII letter-range character is accepted.
bool isLabelChar(char32_t c)
{
    return isAsciiAlpha(c) || isAsciiDigit(c) || c == '_' || c == ':' || c == '-' || c == 0xB7 || c >= 0xC0;
}

int hexValue(char32_t h)
{
    if (isAsciiDigit(h))
        return int(h - '0');
    if (h >= 'a' && h <= 'f')
        return int(h - 'a' + 10);
    if (h >= 'A' && h <= 'F')
        return int(h - 'A' + 10);
    return -1;
}

bool isForbiddenInIri(char32_t c)
{
    return c <= 0x20 || c == '<' || c == '>' || c == '"' || c == '{' || c == '}' || c == '|' || c == '^' || c == '`'
        || c == '\\';
}

/// An absolute IRI starts with a scheme: ALPHA *( ALPHA / DIGIT / "+" / "-" / "." ) ":".
bool hasScheme(const QString& iri)
{
    if (iri.isEmpty() || !isAsciiAlpha(iri.at(0).unicode()))
        return false;
    for (QChar c : iri) {
        if (c == QLatin1Char(':'))
            return true;
        if (!isAsciiAlpha(c.unicode()) && !isAsciiDigit(c.unicode()) && c != QLatin1Char('+') && c != QLatin1Char('-')
            && c != QLatin1Char('.'))
            return false;
    }
    return false;
}

/// Reads one line of N-Quads into a quad; a blank or comment-only line yields no quad.
class LineParser
{
public:
    LineParser(const std::u32string& line, int lineNo)
        : m_s(line)
        , m_lineNo(lineNo)
    { }

    Result<std::optional<Quad>> run()
    {
        skipSpace();
        if (atEnd() || peek() == '#')
            return std::optional<Quad>();
        Quad q;
        if (!terms(q) || !endOfStatement())
            return m_error;
        return std::optional<Quad>(std::move(q));
    }

private:
    bool atEnd() const { return m_pos >= m_s.size(); }
    char32_t peek() const { return m_s[m_pos]; }
    void skipSpace()
    {
        while (!atEnd() && (peek() == ' ' || peek() == '\t'))
            ++m_pos;
    }

    bool terms(Quad& q)
    {
        if (!subjectOrGraph(q.subject))
            return false;
        skipSpace();
        if (!iri(q.predicate))
            return false;
        skipSpace();
        if (!object(q.object))
            return false;
        skipSpace();
        if (!atEnd() && peek() != '.') {
            if (!subjectOrGraph(q.graph))
                return false;
            skipSpace();
        }
        return true;
    }

    bool endOfStatement()
    {
        if (atEnd() || peek() != '.')
            return reject(
                tx("ler::rdf", "N-Quads line %1, column %2: expected '.'"), QStringLiteral("rdf/nquads-expected-dot"));
        ++m_pos;
        skipSpace();
        if (!atEnd() && peek() != '#')
            return reject(tx("ler::rdf", "N-Quads line %1, column %2: unexpected text after '.'"),
                QStringLiteral("rdf/nquads-text-after-dot"));
        return true;
    }

    /// Records why the line is rejected; returns false so callers can write `return reject(...)`.
    bool reject(const Text& sentence, QString reason)
    {
        m_error = invalidInput(sentence.arg(m_lineNo).arg(m_pos + 1), std::move(reason));
        return false;
    }

    bool subjectOrGraph(Term& t)
    {
        if (!atEnd() && peek() == '<')
            return iri(t);
        if (!atEnd() && peek() == '_')
            return blank(t);
        return reject(tx("ler::rdf", "N-Quads line %1, column %2: expected an IRI or blank node"),
            QStringLiteral("rdf/nquads-expected-iri-or-blank"));
    }

    bool object(Term& t)
    {
        if (!atEnd() && peek() == '"')
            return literal(t);
        return subjectOrGraph(t);
    }

    bool iri(Term& t)
    {
        if (atEnd() || peek() != '<')
            return reject(
                tx("ler::rdf", "N-Quads line %1, column %2: expected '<'"), QStringLiteral("rdf/nquads-expected-iri"));
        ++m_pos;
        std::u32string value;
        while (!atEnd() && peek() != '>') {
            char32_t c = peek();
            if (c == '\\') {
                if (!uchar(c))
                    return false;
            } else {
                ++m_pos;
            }
            if (isForbiddenInIri(c))
                return reject(tx("ler::rdf", "N-Quads line %1, column %2: character not allowed in an IRI"),
                    QStringLiteral("rdf/nquads-iri-character"));
            value += c;
        }
        if (atEnd())
            return reject(tx("ler::rdf", "N-Quads line %1, column %2: unterminated IRI"),
                QStringLiteral("rdf/nquads-iri-unterminated"));
        ++m_pos;
        t = Term::iri(QString::fromStdU32String(value));
        if (!hasScheme(t.value))
            return reject(tx("ler::rdf", "N-Quads line %1, column %2: IRI is not absolute"),
                QStringLiteral("rdf/nquads-iri-not-absolute"));
        return true;
    }

    bool blank(Term& t)
    {
        if (m_pos + 2 >= m_s.size() || m_s[m_pos + 1] != ':')
            return reject(tx("ler::rdf", "N-Quads line %1, column %2: expected '_:'"),
                QStringLiteral("rdf/nquads-expected-blank"));
        m_pos += 2;
        const size_t start = m_pos;
        if (!isLabelChar(peek()) || peek() == '-' || peek() == ':')
            return reject(tx("ler::rdf", "N-Quads line %1, column %2: bad blank node label"),
                QStringLiteral("rdf/nquads-blank-label-invalid"));
        while (!atEnd() && (isLabelChar(peek()) || peek() == '.'))
            ++m_pos;
        while (m_s[m_pos - 1] == '.')
            --m_pos;
        t = Term::blank(QString::fromStdU32String(m_s.substr(start, m_pos - start)));
        return true;
    }

    bool literal(Term& t)
    {
        ++m_pos;
        std::u32string value;
        while (!atEnd() && peek() != '"') {
            char32_t c = peek();
            if (c == '\\') {
                if (!escape(c))
                    return false;
            } else {
                ++m_pos;
            }
            value += c;
        }
        return finishLiteral(t, value);
    }

    bool finishLiteral(Term& t, const std::u32string& value)
    {
        if (atEnd())
            return reject(tx("ler::rdf", "N-Quads line %1, column %2: unterminated literal"),
                QStringLiteral("rdf/nquads-literal-unterminated"));
        ++m_pos;
        t = Term::literal(QString::fromStdU32String(value));
        if (m_pos + 1 < m_s.size() && peek() == '^' && m_s[m_pos + 1] == '^') {
            m_pos += 2;
            Term dt;
            if (!iri(dt))
                return false;
            t.datatype = dt.value == kXsdString ? QString() : dt.value;
        } else if (!atEnd() && peek() == '@') {
            return languageTag(t);
        }
        return true;
    }

    bool languageTag(Term& t)
    {
        const size_t start = ++m_pos;
        bool subtag = false;
        while (!atEnd() && (isAsciiAlpha(peek()) || (subtag && isAsciiDigit(peek())) || peek() == '-')) {
            if (peek() == '-') {
                if (m_pos == start || m_s[m_pos - 1] == '-')
                    break;
                subtag = true;
            }
            ++m_pos;
        }
        if (m_pos == start || m_s[m_pos - 1] == '-')
            return reject(tx("ler::rdf", "N-Quads line %1, column %2: bad language tag"),
                QStringLiteral("rdf/nquads-language-tag-invalid"));
        t.language = QString::fromStdU32String(m_s.substr(start, m_pos - start));
        return true;
    }

    /// Reads an escape inside a literal into c; m_pos is on the backslash.
    bool escape(char32_t& c)
    {
        if (m_pos + 1 >= m_s.size())
            return reject(tx("ler::rdf", "N-Quads line %1, column %2: truncated escape"),
                QStringLiteral("rdf/nquads-escape-truncated"));
        static const std::u32string echar = U"tbnrf\"'\\", value = U"\t\b\n\r\f\"'\\";
        const auto k = echar.find(m_s[m_pos + 1]);
        if (k != std::u32string::npos) {
            c = value[k];
            m_pos += 2;
            return true;
        }
        return uchar(c);
    }

    /// Reads \uXXXX or \UXXXXXXXX into c; m_pos is on the backslash. A surrogate pair of \u escapes is joined.
    bool uchar(char32_t& c)
    {
        if (!hexEscape(c))
            return false;
        if (c >= 0xD800 && c <= 0xDBFF && m_pos < m_s.size() && peek() == '\\') {
            const size_t save = m_pos;
            char32_t low = 0;
            if (hexEscape(low) && low >= 0xDC00 && low <= 0xDFFF) {
                c = 0x10000 + ((c - 0xD800) << 10) + (low - 0xDC00);
                return true;
            }
            m_pos = save;
        }
        if ((c >= 0xD800 && c <= 0xDFFF) || c > 0x10FFFF)
            return reject(tx("ler::rdf", "N-Quads line %1, column %2: escape is not a Unicode scalar value"),
                QStringLiteral("rdf/nquads-escape-not-scalar"));
        return true;
    }

    bool hexEscape(char32_t& c)
    {
        const char32_t kind = m_pos + 1 < m_s.size() ? m_s[m_pos + 1] : 0;
        const size_t len = kind == 'u' ? 4 : kind == 'U' ? 8 : 0;
        if (len == 0 || m_pos + 2 + len > m_s.size())
            return reject(
                tx("ler::rdf", "N-Quads line %1, column %2: bad escape"), QStringLiteral("rdf/nquads-escape-invalid"));
        c = 0;
        for (size_t i = 0; i < len; ++i) {
            const char32_t h = m_s[m_pos + 2 + i];
            const int d = hexValue(h);
            if (d < 0)
                return reject(tx("ler::rdf", "N-Quads line %1, column %2: bad hex digit in escape"),
                    QStringLiteral("rdf/nquads-escape-hex-invalid"));
            c = c * 16 + char32_t(d);
        }
        m_pos += 2 + len;
        return true;
    }

    const std::u32string& m_s;
    size_t m_pos = 0;
    int m_lineNo = 0;
    Error m_error;
};

/// Appends the ASCII characters s[from, to) in one step.
void appendAscii(QByteArray& out, const char16_t* s, qsizetype from, qsizetype to)
{
    if (to <= from)
        return;
    const qsizetype at = out.size();
    out.resize(at + (to - from));
    char* d = out.data() + at;
    for (qsizetype k = from; k < to; ++k)
        *d++ = char(s[k]);
}

/// Appends s as UTF-8: ASCII directly, other runs through QString's own encoder (so the bytes are exactly those of
/// toUtf8(), unpaired surrogates included).
void appendUtf8(QByteArray& out, QStringView s)
{
    const char16_t* p = s.utf16();
    const qsizetype n = s.size();
    qsizetype i = 0;
    while (i < n) {
        qsizetype j = i;
        while (j < n && p[j] < 0x80)
            ++j;
        appendAscii(out, p, i, j);
        i = j;
        while (j < n && p[j] >= 0x80)
            ++j;
        if (j > i)
            out += s.mid(i, j - i).toUtf8();
        i = j;
    }
}

// Canonical N-Quads: ECHAR for these seven, UCHAR with upper-case hex for other controls and DEL.
constexpr std::u16string_view kEcharFrom = u"\"\\\b\t\n\f\r";
constexpr std::string_view kEcharTo = "\"\\btnfr";

bool needsEscape(char16_t c)
{
    return c < 0x20 || c == 0x7F || c == u'"' || c == u'\\';
}

void appendEscapedLiteral(QByteArray& out, QStringView value)
{
    out += '"';
    const char16_t* p = value.utf16();
    const qsizetype n = value.size();
    qsizetype i = 0;
    while (i < n) {
        qsizetype j = i;
        while (j < n && p[j] < 0x80 && !needsEscape(p[j]))
            ++j;
        appendAscii(out, p, i, j);
        i = j;
        if (i == n)
            break;
        const char16_t c = p[i];
        if (c >= 0x80) {
            while (j < n && p[j] >= 0x80)
                ++j;
            out += value.mid(i, j - i).toUtf8();
            i = j;
            continue;
        }
        if (const auto k = kEcharFrom.find(c); k != std::u16string_view::npos) {
            out += '\\';
            out += kEcharTo[k];
        } else {
            static constexpr char hex[] = "0123456789ABCDEF";
            out += "\\u00";
            out += hex[(c >> 4) & 0xF];
            out += hex[c & 0xF];
        }
        ++i;
    }
    out += '"';
}

void appendEscapedLiteral(QString& out, const QString& value)
{
    out += QLatin1Char('"');
    for (QChar ch : value) {
        const char16_t c = ch.unicode();
        if (const auto k = kEcharFrom.find(c); k != std::u16string_view::npos)
            out.append(QLatin1Char('\\')).append(QLatin1Char(kEcharTo[k]));
        else if (c < 0x20 || c == 0x7F)
            out += QLatin1String("\\u") + QString::number(uint(c), 16).toUpper().rightJustified(4, QLatin1Char('0'));
        else
            out += ch;
    }
    out += QLatin1Char('"');
}

} // namespace

Result<Dataset> parse(const QByteArray& text)
{
    QStringDecoder decoder(QStringDecoder::Utf8);
    const QString decoded = decoder(text);
    if (decoder.hasError())
        return invalidInput(tx("ler::rdf", "N-Quads text is not valid UTF-8"), QStringLiteral("rdf/nquads-not-utf8"));
    Dataset dataset;
    QSet<QString> seen;
    const QStringList lines = QString(decoded).replace(QLatin1Char('\r'), QLatin1Char('\n')).split(QLatin1Char('\n'));
    for (int i = 0; i < lines.size(); ++i) {
        const std::u32string line = lines.at(i).toStdU32String();
        Result<std::optional<Quad>> quad = LineParser(line, i + 1).run();
        if (!quad)
            return quad.error();
        if (!quad->has_value())
            continue;
        const QString key = quadToString(**quad);
        if (seen.contains(key))
            continue;
        seen.insert(key);
        dataset.append(std::move(**quad));
    }
    return dataset;
}

QString termToString(const Term& term)
{
    switch (term.kind) {
    case Term::Kind::Iri:
        return QLatin1Char('<') + term.value + QLatin1Char('>');
    case Term::Kind::BlankNode:
        return QLatin1String("_:") + term.value;
    case Term::Kind::DefaultGraph:
        return {};
    case Term::Kind::Literal:
        break;
    }
    QString out;
    appendEscapedLiteral(out, term.value);
    if (!term.language.isEmpty())
        out += QLatin1Char('@') + term.language;
    else if (!term.datatype.isEmpty() && term.datatype != kXsdString)
        out += QLatin1String("^^<") + term.datatype + QLatin1Char('>');
    return out;
}

QString quadToString(const Quad& quad)
{
    QString line = termToString(quad.subject) + QLatin1Char(' ') + termToString(quad.predicate) + QLatin1Char(' ')
        + termToString(quad.object);
    if (!quad.graph.isDefaultGraph())
        line += QLatin1Char(' ') + termToString(quad.graph);
    return line + QLatin1String(" .");
}

void appendTerm(QByteArray& out, const Term& term)
{
    switch (term.kind) {
    case Term::Kind::Iri:
        out += '<';
        appendUtf8(out, term.value);
        out += '>';
        return;
    case Term::Kind::BlankNode:
        out += "_:";
        appendUtf8(out, term.value);
        return;
    case Term::Kind::DefaultGraph:
        return;
    case Term::Kind::Literal:
        break;
    }
    appendEscapedLiteral(out, term.value);
    if (!term.language.isEmpty()) {
        out += '@';
        appendUtf8(out, term.language);
    } else if (!term.datatype.isEmpty() && term.datatype != kXsdString) {
        out += "^^<";
        appendUtf8(out, term.datatype);
        out += '>';
    }
}

void appendQuad(QByteArray& out, const Quad& quad)
{
    appendTerm(out, quad.subject);
    out += ' ';
    appendTerm(out, quad.predicate);
    out += ' ';
    appendTerm(out, quad.object);
    if (!quad.graph.isDefaultGraph()) {
        out += ' ';
        appendTerm(out, quad.graph);
    }
    out += " .\n";
}

QByteArray serialize(const Dataset& dataset)
{
    QByteArray out;
    for (const Quad& q : dataset)
        appendQuad(out, q);
    return out;
}

} // namespace ler::rdf::nquads
