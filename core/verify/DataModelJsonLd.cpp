// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: LER Wallet contributors
// The data model rules only JSON-LD processing can check: contexts JSON-LD accepts (no redefined protected term, no
// invalid term definition or IRI mapping) and types that map to URLs.
#include "core/jsonld/BundledLoader.h"
#include "core/jsonld/Iri.h"
#include "core/jsonld/JsonLd.h"
#include "core/verify/DataModelRules.h"

#include <QJsonArray>

namespace ler::verify::datamodel {

namespace {

/// Proofs are checked by their securing mechanism, whose contexts define their terms; presented credentials carry
/// their own.
QJsonObject withoutProofs(QJsonObject doc)
{
    doc.remove(QStringLiteral("proof"));
    const QJsonValue presented = doc.value(QLatin1String("verifiableCredential"));
    if (presented.isObject()) {
        doc.insert(QStringLiteral("verifiableCredential"), withoutProofs(presented.toObject()));
    } else if (presented.isArray()) {
        QJsonArray list;
        for (const QJsonValue& v : presented.toArray())
            list.append(v.isObject() ? QJsonValue(withoutProofs(v.toObject())) : v);
        doc.insert(QStringLiteral("verifiableCredential"), list);
    }
    return doc;
}

/// The first @type of a node object in the expanded document that is not an absolute IRI; empty if none.
QString unmappedType(const QJsonValue& v)
{
    if (v.isArray()) {
        for (const QJsonValue& item : v.toArray())
            if (const QString t = unmappedType(item); !t.isEmpty())
                return t;
        return {};
    }
    if (!v.isObject())
        return {};
    const QJsonObject o = v.toObject();
    if (!o.contains(QLatin1String("@value"))) {
        for (const QJsonValue& t : o.value(QLatin1String("@type")).toArray()) {
            const QString type = t.toString();
            if (!jsonld::iri::isWellFormed(type) && !jsonld::iri::isBlankNode(type))
                return type.isEmpty() ? QStringLiteral("null") : type;
        }
    }
    for (auto it = o.begin(); it != o.end(); ++it) {
        if (it.key() == QLatin1String("@type") || it.key() == QLatin1String("@value"))
            continue;
        if (const QString t = unmappedType(it.value()); !t.isEmpty())
            return t;
    }
    return {};
}

/// The remote contexts of the document and its presented credentials that the loader cannot give.
QStringList unloadable(const QJsonObject& doc, const jsonld::DocumentLoader& loader)
{
    QStringList out;
    const QJsonValue c = doc.value(QLatin1String("@context"));
    for (const QJsonValue& v : c.isArray() ? c.toArray() : QJsonArray { c })
        if (v.isString() && !loader.load(v.toString()) && !out.contains(v.toString()))
            out.append(v.toString());
    const QJsonValue presented = doc.value(QLatin1String("verifiableCredential"));
    for (const QJsonValue& v : presented.isArray() ? presented.toArray() : QJsonArray { presented })
        if (v.isObject())
            for (const QString& url : unloadable(v.toObject(), loader))
                if (!out.contains(url))
                    out.append(url);
    return out;
}

/// The JSON-LD error code of a jsonld error, with dashes ("protected-term-redefinition"): jsonld gives it as the
/// error's reason, "jsonld/protected term redefinition" (the prefix and the spaces are optional).
QString jsonLdCode(const Error& e)
{
    QString code = e.reason;
    if (code.startsWith(QLatin1String("jsonld/")))
        code = code.mid(7);
    code = code.trimmed().replace(QLatin1Char(' '), QLatin1Char('-'));
    return code.isEmpty() ? QStringLiteral("error") : code;
}

} // namespace

void checkJsonLd(const QJsonObject& document, const Options& options, Validation& out)
{
    jsonld::Options opts;
    opts.documentLoader = options.documentLoader ? options.documentLoader : jsonld::bundledLoader();
    const Result<QJsonArray> expanded = jsonld::expand(withoutProofs(document), opts);
    if (!expanded) {
        const Error& e = expanded.error();
        if (e.code == ErrorCode::NotFound) {
            out.unknownContexts = unloadable(document, *opts.documentLoader);
            // Nothing to name but the loader's words (a context nested where unloadable() does not look).
            if (out.unknownContexts.isEmpty())
                out.unknownContexts.append(e.message.untranslated());
            return;
        }
        const QString code = jsonLdCode(e);
        // Past the processing limits the document as a whole is refused, not its contexts.
        const QString property
            = e.code == ErrorCode::LimitExceeded ? QStringLiteral("document") : QStringLiteral("@context");
        out.problems.append(
            Problem { property, code, problemMessage(QStringLiteral("jsonld"), property, e.message), e.message });
        return;
    }
    const QString type = unmappedType(*expanded);
    if (!type.isEmpty()) {
        const QString property = QStringLiteral("type");
        out.problems.append(Problem { property,
            QStringLiteral("not-mapped"),
            problemMessage(QStringLiteral("not-mapped"), property, Text::verbatim(type)),
            Text::verbatim(type) });
    }
}

} // namespace ler::verify::datamodel
