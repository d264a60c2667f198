// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: LER Wallet contributors
#include "core/jsonld/Iri.h"

#include <QRegularExpression>
#include <QSet>
#include <QStringList>

namespace ler::jsonld::iri {

namespace {

/// The five components of RFC 3986 section 3; "has" flags separate an empty component from an absent one.
struct Parts
{
    QString scheme;
    QString authority;
    QString path;
    QString query;
    QString fragment;
    bool hasScheme = false;
    bool hasAuthority = false;
    bool hasQuery = false;
    bool hasFragment = false;
};

bool isSchemeChar(QChar c, bool first)
{
    const ushort u = c.unicode();
    const bool alpha = (u >= 'a' && u <= 'z') || (u >= 'A' && u <= 'Z');
    if (first)
        return alpha;
    return alpha || (u >= '0' && u <= '9') || u == '+' || u == '-' || u == '.';
}

/// Length of the scheme of s, or -1 if s does not start with "scheme:".
qsizetype schemeLength(const QString& s)
{
    for (qsizetype i = 0; i < s.size(); ++i) {
        const QChar c = s.at(i);
        if (c == u':')
            return i > 0 ? i : -1;
        if (!isSchemeChar(c, i == 0))
            return -1;
    }
    return -1;
}

Parts parse(const QString& s)
{
    Parts p;
    QString rest = s;
    const qsizetype sl = schemeLength(rest);
    if (sl > 0) {
        p.hasScheme = true;
        p.scheme = rest.left(sl);
        rest = rest.mid(sl + 1);
    }
    const qsizetype hash = rest.indexOf(u'#');
    if (hash >= 0) {
        p.hasFragment = true;
        p.fragment = rest.mid(hash + 1);
        rest.truncate(hash);
    }
    const qsizetype q = rest.indexOf(u'?');
    if (q >= 0) {
        p.hasQuery = true;
        p.query = rest.mid(q + 1);
        rest.truncate(q);
    }
    if (rest.startsWith(QLatin1String("//"))) {
        p.hasAuthority = true;
        const qsizetype slash = rest.indexOf(u'/', 2);
        p.authority = slash < 0 ? rest.mid(2) : rest.mid(2, slash - 2);
        rest = slash < 0 ? QString() : rest.mid(slash);
    }
    p.path = rest;
    return p;
}

/// RFC 3986 section 5.2.4.
QString removeDotSegments(const QString& path)
{
    QString in = path;
    QStringList out;
    while (!in.isEmpty()) {
        if (in.startsWith(QLatin1String("../"))) {
            in.remove(0, 3);
        } else if (in.startsWith(QLatin1String("./"))) {
            in.remove(0, 2);
        } else if (in.startsWith(QLatin1String("/./"))) {
            in.remove(0, 2);
        } else if (in == QLatin1String("/.")) {
            in = QStringLiteral("/");
        } else if (in.startsWith(QLatin1String("/../"))) {
            in.remove(0, 3);
            if (!out.isEmpty())
                out.removeLast();
        } else if (in == QLatin1String("/..")) {
            in = QStringLiteral("/");
            if (!out.isEmpty())
                out.removeLast();
        } else if (in == QLatin1String(".") || in == QLatin1String("..")) {
            in.clear();
        } else {
            const qsizetype next = in.indexOf(u'/', in.startsWith(u'/') ? 1 : 0);
            const qsizetype len = next < 0 ? in.size() : next;
            out.append(in.left(len));
            in.remove(0, len);
        }
    }
    return out.join(QString());
}

QString mergePaths(const Parts& base, const QString& refPath)
{
    if (base.hasAuthority && base.path.isEmpty())
        return QLatin1Char('/') + refPath;
    const qsizetype slash = base.path.lastIndexOf(u'/');
    return slash < 0 ? refPath : base.path.left(slash + 1) + refPath;
}

QString recompose(const Parts& t)
{
    QString r;
    if (t.hasScheme)
        r += t.scheme + QLatin1Char(':');
    if (t.hasAuthority)
        r += QLatin1String("//") + t.authority;
    r += t.path;
    if (t.hasQuery)
        r += QLatin1Char('?') + t.query;
    if (t.hasFragment)
        r += QLatin1Char('#') + t.fragment;
    return r;
}

} // namespace

bool isAbsolute(const QString& s)
{
    return schemeLength(s) > 0;
}

bool isWellFormed(const QString& s)
{
    if (!isAbsolute(s))
        return false;
    for (const QChar c : s) {
        const ushort u = c.unicode();
        if (u <= 0x20 || u == '<' || u == '>' || u == '"' || u == '{' || u == '}' || u == '|' || u == '\\' || u == '^'
            || u == '`')
            return false;
    }
    return s.count(u'#') <= 1;
}

bool isBlankNode(const QString& s)
{
    return s.startsWith(QLatin1String("_:"));
}

bool isAbsoluteOrBlank(const QString& s)
{
    if (!isAbsolute(s) && !isBlankNode(s))
        return false;
    for (const QChar c : s)
        if (c.isSpace())
            return false;
    return true;
}

bool isWellFormedLanguage(const QString& tag)
{
    static const QRegularExpression re(QStringLiteral("^[a-zA-Z]{1,8}(-[a-zA-Z0-9]{1,8})*$"));
    return re.match(tag).hasMatch();
}

bool isKeyword(const QString& s)
{
    static const QSet<QString> keywords = {
        QStringLiteral("@base"),
        QStringLiteral("@container"),
        QStringLiteral("@context"),
        QStringLiteral("@default"),
        QStringLiteral("@direction"),
        QStringLiteral("@embed"),
        QStringLiteral("@explicit"),
        QStringLiteral("@graph"),
        QStringLiteral("@id"),
        QStringLiteral("@import"),
        QStringLiteral("@included"),
        QStringLiteral("@index"),
        QStringLiteral("@json"),
        QStringLiteral("@language"),
        QStringLiteral("@list"),
        QStringLiteral("@nest"),
        QStringLiteral("@none"),
        QStringLiteral("@omitDefault"),
        QStringLiteral("@prefix"),
        QStringLiteral("@preserve"),
        QStringLiteral("@propagate"),
        QStringLiteral("@protected"),
        QStringLiteral("@requireAll"),
        QStringLiteral("@reverse"),
        QStringLiteral("@set"),
        QStringLiteral("@type"),
        QStringLiteral("@value"),
        QStringLiteral("@version"),
        QStringLiteral("@vocab"),
    };
    return s.startsWith(u'@') && keywords.contains(s);
}

bool hasKeywordForm(const QString& s)
{
    if (s.size() < 2 || s.at(0) != u'@')
        return false;
    for (qsizetype i = 1; i < s.size(); ++i) {
        const ushort u = s.at(i).unicode();
        if (!((u >= 'a' && u <= 'z') || (u >= 'A' && u <= 'Z')))
            return false;
    }
    return true;
}

QString resolve(const QString& base, const QString& reference)
{
    const Parts r = parse(reference);
    if (r.hasScheme) {
        Parts t = r;
        t.path = removeDotSegments(r.path);
        return recompose(t);
    }
    if (!isAbsolute(base))
        return reference;
    const Parts b = parse(base);
    Parts t;
    t.hasScheme = true;
    t.scheme = b.scheme;
    t.hasFragment = r.hasFragment;
    t.fragment = r.fragment;
    if (r.hasAuthority) {
        t.hasAuthority = true;
        t.authority = r.authority;
        t.path = removeDotSegments(r.path);
        t.hasQuery = r.hasQuery;
        t.query = r.query;
        return recompose(t);
    }
    t.hasAuthority = b.hasAuthority;
    t.authority = b.authority;
    if (r.path.isEmpty()) {
        t.path = b.path;
        t.hasQuery = r.hasQuery || b.hasQuery;
        t.query = r.hasQuery ? r.query : b.query;
    } else {
        t.path = removeDotSegments(r.path.startsWith(u'/') ? r.path : mergePaths(b, r.path));
        t.hasQuery = r.hasQuery;
        t.query = r.query;
    }
    return recompose(t);
}

bool endsWithGenDelim(const QString& s)
{
    if (s.isEmpty())
        return false;
    static const QString delims = QStringLiteral(":/?#[]@");
    return delims.contains(s.back());
}

} // namespace ler::jsonld::iri
