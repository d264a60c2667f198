// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: LER Wallet contributors
#include "core/jsonld/ContextProcessor.h"

#include "core/jsonld/DepthGuard.h"
#include "core/jsonld/Iri.h"
#include "core/jsonld/JsonLdError.h"

#include <QJsonArray>

namespace ler::jsonld {

namespace {

const QString kAtContext = QStringLiteral("@context");

bool isContextKeyword(const QString& key)
{
    static const QStringList keys = {
        QStringLiteral("@base"),
        QStringLiteral("@direction"),
        QStringLiteral("@import"),
        QStringLiteral("@language"),
        QStringLiteral("@propagate"),
        QStringLiteral("@protected"),
        QStringLiteral("@version"),
        QStringLiteral("@vocab"),
    };
    return keys.contains(key);
}

} // namespace

ContextProcessor::ContextProcessor(const Options& opts)
    : m_opts(opts)
{
    if (!m_opts.documentLoader)
        m_opts.documentLoader = bundledLoader();
}

Status ContextProcessor::event(const char* code, const QString& value) const
{
    if (m_opts.safeMode)
        return safeModeError(code, value);
    return {};
}

Result<ActiveContext> ContextProcessor::process(const ActiveContext& active,
    const QJsonValue& localContext,
    const QString& baseUrl,
    Flags flags,
    const QStringList& remoteContexts)
{
    DepthGuard guard(m_depth);
    if (m_depth > m_opts.limits.maxNestingDepth)
        return jsonLdError("context overflow", QStringLiteral("contexts nested too deeply"), ErrorCode::LimitExceeded);
    ActiveContext result = active;
    QStringList remotes = remoteContexts;
    if (localContext.isObject()) {
        const QJsonValue p = localContext.toObject().value(QStringLiteral("@propagate"));
        if (!p.isUndefined()) {
            if (!p.isBool())
                return jsonLdError("invalid @propagate value");
            flags.propagate = p.toBool();
        }
    }
    if (!flags.propagate && !result.previous)
        result.previous = std::make_shared<const ActiveContext>(active);
    const QJsonArray items = localContext.isArray() ? localContext.toArray() : QJsonArray { localContext };
    for (const QJsonValue& item : items) {
        const Status s = processOne(result, active, item, baseUrl, flags, remotes);
        if (!s)
            return s.error();
    }
    return result;
}

Status ContextProcessor::processOne(ActiveContext& result,
    const ActiveContext& active,
    const QJsonValue& context,
    const QString& baseUrl,
    Flags flags,
    QStringList& remoteContexts)
{
    if (context.isNull()) {
        if (!flags.overrideProtected && result.hasProtectedTerms())
            return jsonLdError("invalid context nullification", QStringLiteral("the context has protected terms"));
        ActiveContext fresh;
        fresh.originalBase = active.originalBase;
        if (!active.originalBase.isEmpty())
            fresh.base = active.originalBase;
        if (!flags.propagate)
            fresh.previous = result.previous ? result.previous : std::make_shared<const ActiveContext>(result);
        result = std::move(fresh);
        return {};
    }
    if (context.isString())
        return processRemote(result, context.toString(), baseUrl, flags, remoteContexts);
    if (!context.isObject())
        return jsonLdError("invalid local context", QStringLiteral("a context must be an object, a string or null"));
    return processDefinition(result, context.toObject(), baseUrl, flags, remoteContexts);
}

Status ContextProcessor::processRemote(
    ActiveContext& result, const QString& value, const QString& baseUrl, Flags flags, QStringList& remoteContexts)
{
    const QString url = iri::resolve(baseUrl, value);
    if (!iri::isAbsolute(url))
        return jsonLdError("loading remote context failed",
            QStringLiteral("cannot resolve the context %1").arg(value),
            ErrorCode::NotFound);
    if (!flags.validateScoped && remoteContexts.contains(url))
        return {};
    if (remoteContexts.size() >= m_opts.limits.maxRemoteContextChain)
        return jsonLdError("context overflow",
            QStringLiteral("more than %1 nested remote contexts").arg(m_opts.limits.maxRemoteContextChain),
            ErrorCode::LimitExceeded);
    remoteContexts.append(url);
    const Result<RemoteDocument> doc = loadContext(url);
    if (!doc)
        return doc.error();
    const QJsonObject top = doc->document.toObject();
    if (!doc->document.isObject() || !top.contains(kAtContext))
        return jsonLdError("invalid remote context", QStringLiteral("%1 has no @context").arg(url));
    Flags inner;
    inner.validateScoped = flags.validateScoped;
    Result<ActiveContext> r = process(result, top.value(kAtContext), doc->documentUrl, inner, remoteContexts);
    if (!r)
        return r.error();
    result = std::move(r).value();
    return {};
}

Result<RemoteDocument> ContextProcessor::loadContext(const QString& url)
{
    if (++m_loads > m_opts.limits.maxContextLoads)
        return jsonLdError("context overflow",
            QStringLiteral("more than %1 remote context loads").arg(m_opts.limits.maxContextLoads),
            ErrorCode::LimitExceeded);
    const auto it = m_cache.constFind(url);
    if (it != m_cache.constEnd())
        return it.value();
    Result<RemoteDocument> doc = m_opts.documentLoader->load(url);
    if (!doc)
        return jsonLdError("loading remote context failed",
            doc.error().message,
            doc.error().code == ErrorCode::Internal ? ErrorCode::Internal : ErrorCode::NotFound);
    if (doc->documentUrl.isEmpty())
        doc->documentUrl = url;
    m_cache.insert(url, doc.value());
    return doc;
}

Status ContextProcessor::applyImport(QJsonObject& context, const QString& baseUrl)
{
    if (isJsonLd10())
        return jsonLdError("invalid context entry", QStringLiteral("@import needs JSON-LD 1.1"));
    const QJsonValue value = context.value(QStringLiteral("@import"));
    if (!value.isString())
        return jsonLdError("invalid @import value");
    const QString url = iri::resolve(baseUrl, value.toString());
    const Result<RemoteDocument> doc = loadContext(url);
    if (!doc)
        return doc.error();
    const QJsonValue imported = doc->document.toObject().value(kAtContext);
    if (!imported.isObject())
        return jsonLdError("invalid remote context", QStringLiteral("%1 has no @context object").arg(url));
    QJsonObject merged = imported.toObject();
    if (merged.contains(QStringLiteral("@import")))
        return jsonLdError("invalid context entry", QStringLiteral("an imported context must not use @import"));
    for (auto it = context.begin(); it != context.end(); ++it)
        merged.insert(it.key(), it.value());
    context = merged;
    return {};
}

Status ContextProcessor::applyDefaults(
    ActiveContext& result, const QJsonObject& context, const QStringList& remoteContexts)
{
    const QJsonValue base = context.value(QStringLiteral("@base"));
    if (!base.isUndefined() && remoteContexts.isEmpty()) {
        if (base.isNull()) {
            result.base.reset();
        } else if (!base.isString()) {
            return jsonLdError("invalid base IRI");
        } else if (iri::isAbsolute(base.toString())) {
            result.base = base.toString();
        } else if (result.base) {
            result.base = iri::resolve(*result.base, base.toString());
        } else {
            return jsonLdError("invalid base IRI", QStringLiteral("relative @base without a base IRI"));
        }
    }
    const QJsonValue vocab = context.value(QStringLiteral("@vocab"));
    if (vocab.isNull()) {
        result.vocab.reset();
    } else if (!vocab.isUndefined()) {
        if (!vocab.isString())
            return jsonLdError("invalid vocab mapping");
        const std::optional<QString> v = expandIri(result, vocab.toString(), true, true);
        if (!v || !(iri::isAbsolute(*v) || iri::isBlankNode(*v) || (!isJsonLd10() && v->isEmpty())))
            return jsonLdError("invalid vocab mapping", vocab.toString());
        if (!iri::isAbsoluteOrBlank(*v)) {
            const Status s = event("relative @vocab reference", *v);
            if (!s)
                return s;
        }
        result.vocab = *v;
    }
    const QJsonValue language = context.value(QStringLiteral("@language"));
    if (language.isNull()) {
        result.language.reset();
    } else if (!language.isUndefined()) {
        if (!language.isString())
            return jsonLdError("invalid default language");
        if (!iri::isWellFormedLanguage(language.toString())) {
            const Status s = event("invalid @language value", language.toString());
            if (!s)
                return s;
        }
        result.language = language.toString().toLower();
    }
    const QJsonValue direction = context.value(QStringLiteral("@direction"));
    if (!direction.isUndefined()) {
        if (isJsonLd10())
            return jsonLdError("invalid context entry", QStringLiteral("@direction needs JSON-LD 1.1"));
        if (direction.isNull())
            result.direction.reset();
        else if (direction == QLatin1String("ltr") || direction == QLatin1String("rtl"))
            result.direction = direction.toString();
        else
            return jsonLdError("invalid base direction");
    }
    const QJsonValue propagate = context.value(QStringLiteral("@propagate"));
    if (!propagate.isUndefined()) {
        if (isJsonLd10())
            return jsonLdError("invalid context entry", QStringLiteral("@propagate needs JSON-LD 1.1"));
        if (!propagate.isBool())
            return jsonLdError("invalid @propagate value");
    }
    return {};
}

Status ContextProcessor::processDefinition(
    ActiveContext& result, QJsonObject context, const QString& baseUrl, Flags flags, const QStringList& remoteContexts)
{
    const QJsonValue version = context.value(QStringLiteral("@version"));
    if (!version.isUndefined()) {
        if (!version.isDouble() || version.toDouble() != 1.1)
            return jsonLdError("invalid @version value");
        if (isJsonLd10())
            return jsonLdError("processing mode conflict", QStringLiteral("@version 1.1 in JSON-LD 1.0 mode"));
    }
    if (context.contains(QStringLiteral("@import"))) {
        const Status s = applyImport(context, baseUrl);
        if (!s)
            return s;
    }
    const Status defaults = applyDefaults(result, context, remoteContexts);
    if (!defaults)
        return defaults;
    const QJsonValue prot = context.value(QStringLiteral("@protected"));
    if (!prot.isUndefined() && !prot.isBool())
        return jsonLdError("invalid @protected value");
    Definer d { result,
        context,
        {},
        baseUrl,
        prot.toBool(false),
        flags.overrideProtected,
        remoteContexts,
        flags.validateScoped,
        0 };
    for (auto it = context.begin(); it != context.end(); ++it) {
        if (isContextKeyword(it.key()))
            continue;
        const Status s = createTermDefinition(d, it.key());
        if (!s)
            return s;
    }
    return {};
}

} // namespace ler::jsonld
