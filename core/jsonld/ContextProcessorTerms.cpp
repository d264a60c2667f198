// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: LER Wallet contributors
// The Create Term Definition algorithm (JSON-LD 1.1 API section 4.2) and IRI Expansion (section 5.2).
#include "core/jsonld/ContextProcessor.h"
#include "core/jsonld/DepthGuard.h"
#include "core/jsonld/Iri.h"
#include "core/jsonld/JsonLdError.h"

#include <QJsonArray>

namespace ler::jsonld {

namespace {

const QString kId = QStringLiteral("@id");
const QString kType = QStringLiteral("@type");
const QString kContainer = QStringLiteral("@container");
const QString kProtected = QStringLiteral("@protected");
const QString kSet = QStringLiteral("@set");

/// A compact IRI "prefix:suffix": not a blank node and not an absolute IRI with "//".
bool splitCompactIri(const QString& value, QString& prefix, QString& suffix)
{
    const qsizetype colon = value.indexOf(u':', 1);
    if (colon < 0)
        return false;
    prefix = value.left(colon);
    suffix = value.mid(colon + 1);
    return prefix != QLatin1String("_") && !suffix.startsWith(QLatin1String("//"));
}

/// Validates the @type term's redefinition (only @container: @set and @protected may be given).
bool isValidTypeRedefinition(const QJsonValue& value)
{
    if (!value.isObject())
        return false;
    const QJsonObject o = value.toObject();
    for (auto it = o.begin(); it != o.end(); ++it) {
        if (it.key() == kContainer) {
            if (it.value() != kSet)
                return false;
        } else if (it.key() != kProtected) {
            return false;
        }
    }
    return !o.isEmpty();
}

/// The container values allowed together (JSON-LD 1.1 API 4.2.2 step 19.1).
bool isValidContainer(const QStringList& c, bool jsonLd10)
{
    static const QStringList known = { QStringLiteral("@graph"),
        QStringLiteral("@id"),
        QStringLiteral("@index"),
        QStringLiteral("@language"),
        QStringLiteral("@list"),
        kSet,
        kType };
    for (const QString& v : c)
        if (!known.contains(v))
            return false;
    if (jsonLd10)
        return c.size() == 1 && c.first() != QLatin1String("@graph") && c.first() != kId && c.first() != kType;
    if (c.size() <= 1)
        return true;
    if (c.contains(QStringLiteral("@list")))
        return false;
    if (c.contains(QStringLiteral("@graph"))) {
        for (const QString& v : c)
            if (v != QLatin1String("@graph") && v != kId && v != QLatin1String("@index") && v != kSet)
                return false;
        return !(c.contains(kId) && c.contains(QStringLiteral("@index")));
    }
    return c.size() == 2 && c.contains(kSet);
}

} // namespace

Status ContextProcessor::createTermDefinition(Definer& d, const QString& term)
{
    if (d.defined.contains(term))
        return d.defined.value(term) ? Status() : Status(jsonLdError("cyclic IRI mapping", Text::verbatim(term)));
    if (term.isEmpty())
        return jsonLdError("invalid term definition", tx("ler::jsonld", "the empty string is not a term"));
    if (++m_termDefinitions > m_opts.limits.maxTermDefinitions)
        return jsonLdError("context overflow",
            tx("ler::jsonld", "more than %1 term definitions").arg(m_opts.limits.maxTermDefinitions),
            ErrorCode::LimitExceeded);
    DepthGuard guard(d.depth);
    if (d.depth > m_opts.limits.maxTermRecursion)
        return jsonLdError("context overflow",
            tx("ler::jsonld", "term definitions depend on each other too deeply"),
            ErrorCode::LimitExceeded);
    d.defined.insert(term, false);
    const QJsonValue raw = d.local.value(term);
    if (term == kType) {
        if (isJsonLd10() || !isValidTypeRedefinition(raw))
            return jsonLdError("keyword redefinition", Text::verbatim(term));
    } else if (iri::isKeyword(term)) {
        return jsonLdError("keyword redefinition", Text::verbatim(term));
    } else if (iri::hasKeywordForm(term)) {
        d.defined.insert(term, true);
        return event("reserved term", term);
    }
    std::optional<TermDefinition> previous;
    if (const auto it = d.active.terms.constFind(term); it != d.active.terms.constEnd()) {
        previous = it.value();
        d.active.terms.remove(term);
    }
    return buildTermDefinition(d, term, raw, previous);
}

Status ContextProcessor::buildTermDefinition(
    Definer& d, const QString& term, const QJsonValue& raw, const std::optional<TermDefinition>& previous)
{
    QJsonObject value;
    bool simpleTerm = false;
    if (raw.isNull()) {
        value.insert(kId, QJsonValue::Null);
    } else if (raw.isString()) {
        value.insert(kId, raw);
        simpleTerm = true;
    } else if (raw.isObject()) {
        value = raw.toObject();
    } else {
        return jsonLdError("invalid term definition", Text::verbatim(term));
    }
    TermDefinition def;
    def.isProtected = d.protectedDefault;
    if (value.contains(kProtected)) {
        if (isJsonLd10())
            return jsonLdError("invalid term definition", tx("ler::jsonld", "@protected needs JSON-LD 1.1"));
        if (!value.value(kProtected).isBool())
            return jsonLdError("invalid @protected value");
        def.isProtected = value.value(kProtected).toBool();
    }
    if (value.contains(kType)) {
        const QJsonValue t = value.value(kType);
        if (!t.isString())
            return jsonLdError("invalid type mapping", Text::verbatim(term));
        const Result<std::optional<QString>> e = expandIriImpl(d.active, t.toString(), false, true, &d);
        if (!e)
            return e.error();
        const QString type = e->value_or(QString());
        const bool json10Only = type == QLatin1String("@json") || type == QLatin1String("@none");
        if (json10Only && isJsonLd10())
            return jsonLdError("invalid type mapping", Text::verbatim(type));
        if (!json10Only && type != kId && type != QLatin1String("@vocab") && !iri::isAbsolute(type))
            return jsonLdError("invalid type mapping", Text::verbatim(t.toString()));
        def.typeMapping = type;
    }
    if (value.contains(QStringLiteral("@reverse")))
        return defineReverse(d, term, value, def);
    bool ignored = false;
    Status s = defineIri(d, term, value, simpleTerm, def, ignored);
    if (!s || ignored)
        return s;
    s = defineContainer(value, def);
    if (!s)
        return s;
    s = defineOptionalEntries(d, term, value, def);
    if (!s)
        return s;
    return store(d, term, std::move(def), previous);
}

Status ContextProcessor::defineReverse(Definer& d, const QString& term, const QJsonObject& value, TermDefinition& def)
{
    if (value.contains(kId) || value.contains(QStringLiteral("@nest")))
        return jsonLdError("invalid reverse property", Text::verbatim(term));
    const QJsonValue rev = value.value(QStringLiteral("@reverse"));
    if (!rev.isString())
        return jsonLdError("invalid IRI mapping", Text::verbatim(term));
    if (iri::hasKeywordForm(rev.toString())) {
        d.defined.insert(term, true);
        return event("reserved @reverse value", rev.toString());
    }
    const Result<std::optional<QString>> e = expandIriImpl(d.active, rev.toString(), false, true, &d);
    if (!e)
        return e.error();
    if (!e->has_value() || !(iri::isAbsolute(**e) || iri::isBlankNode(**e)))
        return jsonLdError("invalid IRI mapping", Text::verbatim(term));
    def.iri = **e;
    if (value.contains(kContainer)) {
        const QJsonValue c = value.value(kContainer);
        if (!(c.isNull() || c == kSet || c == QLatin1String("@index")))
            return jsonLdError("invalid reverse property", Text::verbatim(term));
        if (c.isString())
            def.container = QStringList { c.toString() };
    }
    const QJsonValue index = value.value(QStringLiteral("@index"));
    if (index.isString() && def.hasContainer(QStringLiteral("@index")))
        def.index = index.toString();
    def.reverse = true;
    d.active.terms.insert(term, def);
    d.defined.insert(term, true);
    return {};
}

Status ContextProcessor::defineIri(
    Definer& d, const QString& term, const QJsonObject& value, bool simpleTerm, TermDefinition& def, bool& ignored)
{
    const QJsonValue id = value.value(kId);
    QString prefix;
    QString suffix;
    if (value.contains(kId) && !(id.isString() && id.toString() == term)) {
        if (id.isNull())
            return {};
        if (!id.isString())
            return jsonLdError("invalid IRI mapping", Text::verbatim(term));
        if (!iri::isKeyword(id.toString()) && iri::hasKeywordForm(id.toString())) {
            d.defined.insert(term, true);
            ignored = true;
            return event("reserved @id value", id.toString());
        }
        const Result<std::optional<QString>> e = expandIriImpl(d.active, id.toString(), false, true, &d);
        if (!e)
            return e.error();
        if (!e->has_value() || !(iri::isKeyword(**e) || iri::isAbsolute(**e) || iri::isBlankNode(**e)))
            return jsonLdError("invalid IRI mapping", Text::verbatim(term));
        if (**e == QLatin1String("@context"))
            return jsonLdError("invalid keyword alias", Text::verbatim(term));
        def.iri = **e;
        const bool innerColon = term.size() > 2 && term.mid(1, term.size() - 2).contains(u':');
        if (innerColon || term.contains(u'/')) {
            d.defined.insert(term, true);
            const Result<std::optional<QString>> self = expandIriImpl(d.active, term, false, true, &d);
            if (!self)
                return self.error();
            if (*self != def.iri)
                return jsonLdError("invalid IRI mapping", tx("ler::jsonld", "%1 does not expand to its @id").arg(term));
        }
        if (!term.contains(u':') && !term.contains(u'/') && simpleTerm
            && (iri::endsWithGenDelim(*def.iri) || iri::isBlankNode(*def.iri)))
            def.prefix = true;
    } else if (term.indexOf(u':', 1) > 0) {
        if (splitCompactIri(term, prefix, suffix)) {
            if (d.local.contains(prefix)) {
                const Status s = createTermDefinition(d, prefix);
                if (!s)
                    return s;
            }
            const TermDefinition* p = d.active.term(prefix);
            def.iri = (p && p->iri) ? *p->iri + suffix : term;
        } else {
            def.iri = term;
        }
    } else if (term.contains(u'/')) {
        const std::optional<QString> e = expandIri(d.active, term, false, true);
        if (!e || !iri::isAbsolute(*e))
            return jsonLdError("invalid IRI mapping", Text::verbatim(term));
        def.iri = *e;
    } else if (term == kType) {
        def.iri = kType;
    } else if (d.active.vocab) {
        def.iri = *d.active.vocab + term;
    } else {
        return jsonLdError("invalid IRI mapping", tx("ler::jsonld", "%1 has no IRI and there is no @vocab").arg(term));
    }
    return {};
}

Status ContextProcessor::defineContainer(const QJsonObject& value, TermDefinition& def)
{
    if (!value.contains(kContainer))
        return {};
    const QJsonValue c = value.value(kContainer);
    QStringList list;
    if (c.isString()) {
        list.append(c.toString());
    } else if (c.isArray() && !isJsonLd10()) {
        for (const QJsonValue& v : c.toArray()) {
            if (!v.isString())
                return jsonLdError("invalid container mapping");
            list.append(v.toString());
        }
    } else {
        return jsonLdError("invalid container mapping");
    }
    if (!isValidContainer(list, isJsonLd10()))
        return jsonLdError("invalid container mapping", Text::verbatim(list.join(QLatin1Char(' '))));
    list.sort();
    list.removeDuplicates();
    def.container = list;
    if (list.contains(kType)) {
        if (!def.typeMapping)
            def.typeMapping = kId;
        else if (*def.typeMapping != kId && *def.typeMapping != QLatin1String("@vocab"))
            return jsonLdError("invalid type mapping", tx("ler::jsonld", "a @type container needs @id or @vocab"));
    }
    return {};
}

Status ContextProcessor::defineOptionalEntries(
    Definer& d, const QString& term, const QJsonObject& value, TermDefinition& def)
{
    if (value.contains(QStringLiteral("@index"))) {
        const QJsonValue index = value.value(QStringLiteral("@index"));
        if (isJsonLd10() || !def.hasContainer(QStringLiteral("@index")) || !index.isString())
            return jsonLdError("invalid term definition", tx("ler::jsonld", "bad @index in %1").arg(term));
        const std::optional<QString> e = expandIri(d.active, index.toString(), false, true);
        if (!e || !iri::isAbsolute(*e))
            return jsonLdError("invalid term definition", tx("ler::jsonld", "bad @index in %1").arg(term));
        def.index = index.toString();
    }
    if (value.contains(QStringLiteral("@context"))) {
        if (isJsonLd10())
            return jsonLdError("invalid term definition", tx("ler::jsonld", "scoped contexts need JSON-LD 1.1"));
        const QJsonValue ctx = value.value(QStringLiteral("@context"));
        Flags flags;
        flags.overrideProtected = true;
        flags.validateScoped = false;
        // d.active is still being built, so this check cannot be reused; the scoped context itself can be.
        const Result<ContextPtr> check = compute(d.active, nullptr, ctx, d.baseUrl, flags, d.remoteContexts);
        if (!check) {
            if (check.error().code == ErrorCode::LimitExceeded)
                return check.error();
            return jsonLdError("invalid scoped context", check.error().message);
        }
        def.localContext = ctx;
        def.localContextKey = contextKey(ctx);
        def.localContextHash = qHash(def.localContextKey);
        def.baseUrl = d.baseUrl;
    }
    if (!value.contains(kType)) {
        const Status s = defineLanguageEntries(value, def);
        if (!s)
            return s;
    }
    if (value.contains(QStringLiteral("@nest"))) {
        const QJsonValue nest = value.value(QStringLiteral("@nest"));
        if (isJsonLd10())
            return jsonLdError("invalid term definition", tx("ler::jsonld", "@nest needs JSON-LD 1.1"));
        if (!nest.isString() || (iri::isKeyword(nest.toString()) && nest.toString() != QLatin1String("@nest")))
            return jsonLdError("invalid @nest value", Text::verbatim(term));
        def.nest = nest.toString();
    }
    if (value.contains(QStringLiteral("@prefix"))) {
        const QJsonValue p = value.value(QStringLiteral("@prefix"));
        if (isJsonLd10() || term.contains(u':') || term.contains(u'/'))
            return jsonLdError("invalid term definition", tx("ler::jsonld", "@prefix not allowed for %1").arg(term));
        if (!p.isBool())
            return jsonLdError("invalid @prefix value", Text::verbatim(term));
        def.prefix = p.toBool();
        if (def.prefix && def.iri && iri::isKeyword(*def.iri))
            return jsonLdError("invalid term definition", tx("ler::jsonld", "a keyword alias cannot be a prefix"));
    }
    static const QStringList allowed = {
        kId,
        QStringLiteral("@reverse"),
        kContainer,
        QStringLiteral("@context"),
        QStringLiteral("@direction"),
        QStringLiteral("@index"),
        QStringLiteral("@language"),
        QStringLiteral("@nest"),
        QStringLiteral("@prefix"),
        kProtected,
        kType,
    };
    for (auto it = value.begin(); it != value.end(); ++it)
        if (!allowed.contains(it.key()))
            return jsonLdError("invalid term definition", tx("ler::jsonld", "unknown entry %1").arg(it.key()));
    return {};
}

Status ContextProcessor::defineLanguageEntries(const QJsonObject& value, TermDefinition& def)
{
    if (value.contains(QStringLiteral("@language"))) {
        const QJsonValue lang = value.value(QStringLiteral("@language"));
        if (!lang.isNull() && !lang.isString())
            return jsonLdError("invalid language mapping");
        def.language = lang.isString() ? QJsonValue(lang.toString().toLower()) : lang;
    }
    if (value.contains(QStringLiteral("@direction"))) {
        const QJsonValue dir = value.value(QStringLiteral("@direction"));
        if (!dir.isNull() && dir != QLatin1String("ltr") && dir != QLatin1String("rtl"))
            return jsonLdError("invalid base direction");
        def.direction = dir;
    }
    return {};
}

Status ContextProcessor::store(
    Definer& d, const QString& term, TermDefinition def, const std::optional<TermDefinition>& previous)
{
    if (!d.overrideProtected && previous && previous->isProtected) {
        if (!def.sameAs(*previous))
            return jsonLdError("protected term redefinition", Text::verbatim(term));
        def = *previous;
    }
    d.active.terms.insert(term, std::move(def));
    d.defined.insert(term, true);
    return {};
}

Result<std::optional<QString>> ContextProcessor::expandIriImpl(
    const ActiveContext& active, const QString& value, bool documentRelative, bool vocab, Definer* d)
{
    if (iri::isKeyword(value))
        return std::optional<QString>(value);
    if (iri::hasKeywordForm(value))
        return std::optional<QString>();
    if (d && d->local.contains(value) && !d->defined.value(value)) {
        const Status s = createTermDefinition(*d, value);
        if (!s)
            return s.error();
    }
    const TermDefinition* def = active.term(value);
    if (def && def->iri && iri::isKeyword(*def->iri))
        return def->iri;
    if (vocab && def)
        return def->iri;
    const qsizetype colon = value.indexOf(u':', 1);
    if (colon > 0) {
        const QString prefix = value.left(colon);
        const QString suffix = value.mid(colon + 1);
        if (prefix == QLatin1String("_") || suffix.startsWith(QLatin1String("//")))
            return std::optional<QString>(value);
        if (d && d->local.contains(prefix) && !d->defined.value(prefix)) {
            const Status s = createTermDefinition(*d, prefix);
            if (!s)
                return s.error();
        }
        const TermDefinition* p = active.term(prefix);
        if (p && p->iri && p->prefix)
            return std::optional<QString>(*p->iri + suffix);
        if (iri::isAbsolute(value))
            return std::optional<QString>(value);
    }
    if (vocab && active.vocab)
        return std::optional<QString>(*active.vocab + value);
    if (documentRelative && active.base)
        return std::optional<QString>(iri::resolve(*active.base, value));
    return std::optional<QString>(value);
}

std::optional<QString> ContextProcessor::expandIri(
    const ActiveContext& active, const QString& value, bool documentRelative, bool vocab)
{
    Result<std::optional<QString>> r = expandIriImpl(active, value, documentRelative, vocab, nullptr);
    return r ? r.value() : std::optional<QString>();
}

} // namespace ler::jsonld
