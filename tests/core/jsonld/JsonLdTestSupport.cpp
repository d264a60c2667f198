// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: LER Wallet contributors
#include "JsonLdTestSupport.h"

#include <QCryptographicHash>
#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <QtDebug>
#include <algorithm>

using namespace ler;

namespace jsonldtest {

DirectoryLoader::DirectoryLoader(QString prefix, QString dir)
    : m_prefix(std::move(prefix))
    , m_dir(std::move(dir))
{ }

Result<jsonld::RemoteDocument> DirectoryLoader::load(const QString& url) const
{
    if (!url.startsWith(m_prefix))
        return Error(ErrorCode::NotFound, tx("test", "%1 is outside the test suite").arg(url));
    const Result<QJsonValue> doc = readJson(m_dir + QLatin1Char('/') + url.mid(m_prefix.size()));
    if (!doc)
        return doc.error();
    return jsonld::RemoteDocument { url, doc.value() };
}

Result<QJsonValue> readJson(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return Error(ErrorCode::NotFound, tx("test", "cannot open %1").arg(path));
    QJsonParseError pe;
    const QJsonDocument doc = QJsonDocument::fromJson(f.readAll(), &pe);
    if (pe.error != QJsonParseError::NoError)
        return Error(ErrorCode::InvalidInput, Text::verbatim(QStringLiteral("%1: %2").arg(path, pe.errorString())));
    return doc.isArray() ? QJsonValue(doc.array()) : QJsonValue(doc.object());
}

// ---- N-Quads -------------------------------------------------------------------------------------------------

namespace {

class LineParser
{
public:
    explicit LineParser(const QString& line)
        : m_s(line)
    { }

    bool atEnd()
    {
        skipWs();
        return m_i >= m_s.size();
    }
    bool peek(QChar c)
    {
        skipWs();
        return m_i < m_s.size() && m_s.at(m_i) == c;
    }
    bool term(rdf::Term& t)
    {
        skipWs();
        if (m_i >= m_s.size())
            return false;
        const QChar c = m_s.at(m_i);
        if (c == u'<') {
            QString v;
            if (!until(u'>', v))
                return false;
            t = rdf::Term::iri(v);
            return true;
        }
        if (c == u'_') {
            m_i += 2;
            const qsizetype start = m_i;
            while (m_i < m_s.size() && !m_s.at(m_i).isSpace())
                ++m_i;
            t = rdf::Term::blank(m_s.mid(start, m_i - start));
            return true;
        }
        if (c == u'"')
            return literal(t);
        return false;
    }

private:
    void skipWs()
    {
        while (m_i < m_s.size() && (m_s.at(m_i) == u' ' || m_s.at(m_i) == u'\t'))
            ++m_i;
    }
    bool until(QChar end, QString& out)
    {
        ++m_i;
        while (m_i < m_s.size() && m_s.at(m_i) != end) {
            if (m_s.at(m_i) == u'\\') {
                if (!escape(out))
                    return false;
            } else {
                out += m_s.at(m_i++);
            }
        }
        if (m_i >= m_s.size())
            return false;
        ++m_i;
        return true;
    }
    bool escape(QString& out)
    {
        ++m_i;
        if (m_i >= m_s.size())
            return false;
        const QChar c = m_s.at(m_i++);
        switch (c.unicode()) {
        case 't':
            out += u'\t';
            return true;
        case 'b':
            out += u'\b';
            return true;
        case 'n':
            out += u'\n';
            return true;
        case 'r':
            out += u'\r';
            return true;
        case 'f':
            out += u'\f';
            return true;
        case '"':
            out += u'"';
            return true;
        case '\'':
            out += u'\'';
            return true;
        case '\\':
            out += u'\\';
            return true;
        case 'u':
        case 'U': {
            const int n = c == u'u' ? 4 : 8;
            bool ok = false;
            const uint cp = m_s.mid(m_i, n).toUInt(&ok, 16);
            if (!ok)
                return false;
            m_i += n;
            const char32_t ch = cp;
            out += QString::fromUcs4(&ch, 1);
            return true;
        }
        default:
            return false;
        }
    }
    bool literal(rdf::Term& t)
    {
        QString v;
        if (!until(u'"', v))
            return false;
        QString dt;
        QString lang;
        if (m_i < m_s.size() && m_s.at(m_i) == u'@') {
            const qsizetype start = ++m_i;
            while (m_i < m_s.size() && !m_s.at(m_i).isSpace())
                ++m_i;
            lang = m_s.mid(start, m_i - start);
        } else if (m_s.mid(m_i, 3) == QLatin1String("^^<")) {
            m_i += 2;
            if (!until(u'>', dt))
                return false;
        }
        if (dt == QLatin1String("http://www.w3.org/2001/XMLSchema#string")
            || dt == QLatin1String("http://www.w3.org/1999/02/22-rdf-syntax-ns#langString"))
            dt.clear();
        t = rdf::Term::literal(v, dt, lang);
        return true;
    }

    const QString& m_s;
    qsizetype m_i = 0;
};

QString escapeLiteral(const QString& s)
{
    QString r;
    for (const QChar c : s) {
        switch (c.unicode()) {
        case '"':
            r += QLatin1String("\\\"");
            break;
        case '\\':
            r += QLatin1String("\\\\");
            break;
        case '\n':
            r += QLatin1String("\\n");
            break;
        case '\r':
            r += QLatin1String("\\r");
            break;
        default:
            r += c;
        }
    }
    return r;
}

QString termText(const rdf::Term& t)
{
    switch (t.kind) {
    case rdf::Term::Kind::Iri:
        return QLatin1Char('<') + t.value + QLatin1Char('>');
    case rdf::Term::Kind::BlankNode:
        return QStringLiteral("_:") + t.value;
    case rdf::Term::Kind::DefaultGraph:
        return {};
    case rdf::Term::Kind::Literal: {
        QString r = QLatin1Char('"') + escapeLiteral(t.value) + QLatin1Char('"');
        if (!t.language.isEmpty())
            r += QLatin1Char('@') + t.language;
        else if (!t.datatype.isEmpty())
            r += QStringLiteral("^^<") + t.datatype + QLatin1Char('>');
        return r;
    }
    }
    return {};
}

QString quadText(const rdf::Quad& q)
{
    QString r = termText(q.subject) + QLatin1Char(' ') + termText(q.predicate) + QLatin1Char(' ') + termText(q.object);
    if (!q.graph.isDefaultGraph())
        r += QLatin1Char(' ') + termText(q.graph);
    return r + QStringLiteral(" .");
}

} // namespace

Result<rdf::Dataset> parseNQuads(const QString& text)
{
    rdf::Dataset ds;
    const QStringList lines = text.split(u'\n');
    for (const QString& raw : lines) {
        const QString line = raw.trimmed();
        if (line.isEmpty() || line.startsWith(u'#'))
            continue;
        LineParser p(line);
        rdf::Quad q;
        if (!p.term(q.subject) || !p.term(q.predicate) || !p.term(q.object))
            return Error(ErrorCode::InvalidInput, tx("test", "bad N-Quads line: %1").arg(line));
        if (!p.peek(u'.') && !p.term(q.graph))
            return Error(ErrorCode::InvalidInput, tx("test", "bad graph in: %1").arg(line));
        if (!ds.contains(q))
            ds.append(q);
    }
    return ds;
}

QString toNQuads(const rdf::Dataset& ds)
{
    QStringList lines;
    for (const rdf::Quad& q : ds)
        lines.append(quadText(q));
    lines.sort();
    return lines.join(u'\n');
}

// ---- Isomorphism ---------------------------------------------------------------------------------------------

namespace {

using Colors = QHash<QString, QByteArray>;

QString colored(const rdf::Term& t, const Colors& colors, const QString& self)
{
    if (!t.isBlank())
        return termText(t);
    if (t.value == self)
        return QStringLiteral("@self");
    return QStringLiteral("_:") + QString::fromLatin1(colors.value(t.value).toHex());
}

/// Colour refinement: each blank node's colour is a hash over the quads it appears in, with the colours of
/// its neighbours; a few rounds separate all but truly symmetric nodes.
Colors refine(const rdf::Dataset& ds)
{
    Colors colors;
    QHash<QString, QList<qsizetype>> uses;
    for (qsizetype i = 0; i < ds.size(); ++i)
        for (const rdf::Term* t : { &ds[i].subject, &ds[i].object, &ds[i].graph, &ds[i].predicate })
            if (t->isBlank()) {
                colors.insert(t->value, QByteArray("0"));
                uses[t->value].append(i);
            }
    for (int round = 0; round < 6; ++round) {
        Colors next;
        for (auto it = colors.begin(); it != colors.end(); ++it) {
            QStringList parts;
            for (qsizetype i : uses.value(it.key())) {
                const rdf::Quad& q = ds[i];
                parts.append(colored(q.subject, colors, it.key()) + QLatin1Char(' ')
                    + colored(q.predicate, colors, it.key()) + QLatin1Char(' ') + colored(q.object, colors, it.key())
                    + QLatin1Char(' ') + colored(q.graph, colors, it.key()));
            }
            parts.sort();
            next.insert(it.key(), QCryptographicHash::hash(parts.join(u'\n').toUtf8(), QCryptographicHash::Sha256));
        }
        colors = next;
    }
    return colors;
}

rdf::Term mapped(const rdf::Term& t, const QHash<QString, QString>& m)
{
    return t.isBlank() ? rdf::Term::blank(m.value(t.value)) : t;
}

bool sameUnder(const rdf::Dataset& a, const QSet<QString>& bTexts, const QHash<QString, QString>& m)
{
    for (const rdf::Quad& q : a) {
        const rdf::Quad r { mapped(q.subject, m), mapped(q.predicate, m), mapped(q.object, m), mapped(q.graph, m) };
        if (!bTexts.contains(quadText(r)))
            return false;
    }
    return true;
}

bool search(const QStringList& order,
    qsizetype i,
    const Colors& ca,
    const QHash<QByteArray, QStringList>& byColor,
    QHash<QString, QString>& m,
    QSet<QString>& used,
    const rdf::Dataset& a,
    const QSet<QString>& bTexts,
    int& budget)
{
    if (--budget < 0)
        return false;
    if (i == order.size())
        return sameUnder(a, bTexts, m);
    const QString& node = order.at(i);
    for (const QString& candidate : byColor.value(ca.value(node))) {
        if (used.contains(candidate))
            continue;
        m.insert(node, candidate);
        used.insert(candidate);
        if (search(order, i + 1, ca, byColor, m, used, a, bTexts, budget))
            return true;
        used.remove(candidate);
        m.remove(node);
    }
    return false;
}

rdf::Dataset dedup(const rdf::Dataset& ds)
{
    rdf::Dataset r;
    QSet<QString> seen;
    for (const rdf::Quad& q : ds)
        if (!seen.contains(quadText(q))) {
            seen.insert(quadText(q));
            r.append(q);
        }
    return r;
}

} // namespace

bool isomorphic(const rdf::Dataset& aIn, const rdf::Dataset& bIn)
{
    const rdf::Dataset a = dedup(aIn);
    const rdf::Dataset b = dedup(bIn);
    if (a.size() != b.size())
        return false;
    const Colors ca = refine(a);
    const Colors cb = refine(b);
    if (ca.size() != cb.size())
        return false;
    QList<QByteArray> la = ca.values();
    QList<QByteArray> lb = cb.values();
    std::sort(la.begin(), la.end());
    std::sort(lb.begin(), lb.end());
    if (la != lb)
        return false;
    QHash<QByteArray, QStringList> byColor;
    for (auto it = cb.begin(); it != cb.end(); ++it)
        byColor[it.value()].append(it.key());
    QStringList order = ca.keys();
    std::sort(order.begin(), order.end(), [&](const QString& x, const QString& y) {
        return byColor.value(ca.value(x)).size() < byColor.value(ca.value(y)).size();
    });
    QSet<QString> bTexts;
    for (const rdf::Quad& q : b)
        bTexts.insert(quadText(q));
    QHash<QString, QString> m;
    QSet<QString> used;
    int budget = 200000;
    return search(order, 0, ca, byColor, m, used, a, bTexts, budget);
}

// ---- JSON-LD object comparison -------------------------------------------------------------------------------

bool jsonLdEqual(const QJsonValue& a, const QJsonValue& b, bool ordered)
{
    if (a.isArray() && b.isArray()) {
        const QJsonArray x = a.toArray();
        const QJsonArray y = b.toArray();
        if (x.size() != y.size())
            return false;
        if (ordered) {
            for (qsizetype i = 0; i < x.size(); ++i)
                if (!jsonLdEqual(x.at(i), y.at(i)))
                    return false;
            return true;
        }
        QList<bool> used(y.size(), false);
        for (const QJsonValue& v : x) {
            bool found = false;
            for (qsizetype j = 0; j < y.size() && !found; ++j)
                if (!used[j] && jsonLdEqual(v, y.at(j))) {
                    used[j] = true;
                    found = true;
                }
            if (!found)
                return false;
        }
        return true;
    }
    if (a.isObject() && b.isObject()) {
        const QJsonObject x = a.toObject();
        const QJsonObject y = b.toObject();
        if (x.keys() != y.keys())
            return false;
        for (auto it = x.begin(); it != x.end(); ++it) {
            if (it.key() == QLatin1String("@language")) {
                if (it.value().toString().toLower() != y.value(it.key()).toString().toLower())
                    return false;
            } else if (it.key() == QLatin1String("@value")) {
                if (it.value() != y.value(it.key()))
                    return false;
            } else if (!jsonLdEqual(it.value(), y.value(it.key()), it.key() == QLatin1String("@list"))) {
                return false;
            }
        }
        return true;
    }
    return a == b;
}

// ---- Manifest runner -----------------------------------------------------------------------------------------

QString Summary::line(const QString& name) const
{
    QStringList reasons;
    for (auto it = skipReasons.begin(); it != skipReasons.end(); ++it)
        reasons.append(QStringLiteral("%1: %2").arg(it.key()).arg(it.value()));
    return QStringLiteral("%1: %2/%3 passed, %4 failed, %5 skipped (%6)")
        .arg(name)
        .arg(passed)
        .arg(total)
        .arg(failed)
        .arg(skipped)
        .arg(reasons.join(QStringLiteral(", ")));
}

namespace {

QString localPath(const QString& dir, const QString& rel)
{
    return dir + QLatin1Char('/') + rel;
}

Entry makeEntry(const QString& dir, const QJsonObject& t, const std::shared_ptr<DirectoryLoader>& loader)
{
    Entry e;
    e.id = t.value(QStringLiteral("@id")).toString();
    for (const QJsonValue& v : t.value(QStringLiteral("@type")).toArray())
        e.types.append(v.toString());
    const QString input = t.value(QStringLiteral("input")).toString();
    e.input = localPath(dir, input);
    e.inputUrl = kSuiteBase + input;
    if (t.contains(QStringLiteral("expect")))
        e.expect = localPath(dir, t.value(QStringLiteral("expect")).toString());
    e.errorCode = t.value(QStringLiteral("expectErrorCode")).toString();
    e.option = t.value(QStringLiteral("option")).toObject();
    e.options.documentLoader = loader;
    e.options.base
        = e.option.contains(QStringLiteral("base")) ? e.option.value(QStringLiteral("base")).toString() : e.inputUrl;
    if (e.option.value(QStringLiteral("processingMode")) == QLatin1String("json-ld-1.0"))
        e.options.processingMode = jsonld::ProcessingMode::JsonLd10;
    e.options.produceGeneralizedRdf = e.option.value(QStringLiteral("produceGeneralizedRdf")).toBool();
    const QString dirOpt = e.option.value(QStringLiteral("rdfDirection")).toString();
    if (dirOpt == QLatin1String("i18n-datatype"))
        e.options.rdfDirection = jsonld::RdfDirection::I18nDatatype;
    else if (dirOpt == QLatin1String("compound-literal"))
        e.options.rdfDirection = jsonld::RdfDirection::CompoundLiteral;
    if (e.option.contains(QStringLiteral("expandContext"))) {
        const Result<QJsonValue> ctx
            = readJson(localPath(dir, e.option.value(QStringLiteral("expandContext")).toString()));
        if (ctx)
            e.options.expandContext = ctx.value();
    }
    return e;
}

QString skipReason(const Entry& e)
{
    if (e.option.value(QStringLiteral("specVersion")) == QLatin1String("json-ld-1.0"))
        return QStringLiteral("JSON-LD 1.0 only");
    if (!e.input.endsWith(QLatin1String(".jsonld")) && !e.input.endsWith(QLatin1String(".json")))
        return QStringLiteral("HTML input");
    return {};
}

} // namespace

Summary runManifest(
    const QString& dir, const QString& manifestFile, const std::function<EntryResult(const Entry&)>& run)
{
    Summary s;
    const Result<QJsonValue> manifest = readJson(localPath(dir, manifestFile));
    if (!manifest) {
        s.failures.append(manifest.error().message.untranslated());
        return s;
    }
    const auto loader = std::make_shared<DirectoryLoader>(kSuiteBase, dir);
    for (const QJsonValue& v : manifest->toObject().value(QStringLiteral("sequence")).toArray()) {
        const Entry e = makeEntry(dir, v.toObject(), loader);
        ++s.total;
        QString reason = skipReason(e);
        EntryResult r { Outcome::Skipped, reason };
        if (reason.isEmpty())
            r = run(e);
        switch (r.outcome) {
        case Outcome::Passed:
            ++s.passed;
            break;
        case Outcome::Skipped:
            ++s.skipped;
            ++s.skipReasons[r.reason];
            break;
        case Outcome::Failed:
            ++s.failed;
            s.failures.append(QStringLiteral("%1: %2").arg(e.id, r.reason));
            break;
        }
    }
    return s;
}

EntryResult checkNegative(const Entry& e, const Error* error)
{
    if (!error)
        return { Outcome::Failed, QStringLiteral("expected error '%1' but succeeded").arg(e.errorCode) };
    // As before the reasons, when the message began with the code: a longer code passes for a shorter one.
    if (error->reason.startsWith(QLatin1String(jsonld::kErrorReasonPrefix) + e.errorCode))
        return { Outcome::Passed, {} };
    return { Outcome::Failed,
        QStringLiteral("expected '%1', got '%2' (%3)").arg(e.errorCode, error->reason, error->message.untranslated()) };
}

} // namespace jsonldtest
