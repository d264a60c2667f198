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
    if (m_opts.reuseContexts)
        m_shared = m_opts.documentLoader->contextCache();
}

Status ContextProcessor::event(const char* code, const QString& value) const
{
    if (m_opts.safeMode)
        return safeModeError(code, value);
    return {};
}

ContextPtr ContextProcessor::initial()
{
    if (m_shared)
        return m_shared->root(m_opts.base);
    ActiveContext active;
    active.originalBase = m_opts.base;
    if (!m_opts.base.isEmpty())
        active.base = m_opts.base;
    return freeze(std::move(active));
}

Result<ContextPtr> ContextProcessor::process(const ContextPtr& active,
    const QJsonValue& localContext,
    const QString& baseUrl,
    Flags flags,
    const QStringList& remoteContexts,
    const QByteArray* localKey,
    size_t localHash)
{
    if (!m_opts.reuseContexts)
        return compute(*active, active, localContext, baseUrl, flags, remoteContexts);
    const quint32 flagBits = (flags.overrideProtected ? 1u : 0u) | (flags.propagate ? 2u : 0u)
        | (flags.validateScoped ? 4u : 0u) | (isJsonLd10() ? 8u : 0u) | (m_opts.safeMode ? 16u : 0u);
    QByteArray local = localKey ? *localKey : contextKey(localContext);
    const size_t hash = localKey ? localHash : qHash(local);
    const ContextKey key { active->id,
        std::move(local),
        hash,
        baseUrl,
        flagBits,
        m_opts.limits.maxRemoteContextChain,
        m_opts.limits.maxTermRecursion,
        remoteContexts };
    if (std::optional<ContextPtr> reused = reuse(key))
        return *reused;
    const int loads = m_loads;
    const int termDefinitions = m_termDefinitions;
    const int depth = m_depth;
    const int outerPeak = std::exchange(m_peakDepth, m_depth);
    Result<ContextPtr> r = compute(*active, active, localContext, baseUrl, flags, remoteContexts);
    const ContextCost cost { m_loads - loads, m_termDefinitions - termDefinitions, m_peakDepth - depth };
    m_peakDepth = std::max(outerPeak, m_peakDepth);
    if (!r)
        return r;
    CachedContext entry { r.value(), cost };
    if (m_shared)
        entry = m_shared->insert(key, entry);
    m_memo.insert(key, entry);
    return entry.context;
}

std::optional<ContextPtr> ContextProcessor::reuse(const ContextKey& key)
{
    std::optional<CachedContext> found;
    if (const auto it = m_memo.constFind(key); it != m_memo.constEnd()) {
        found = it.value();
    } else if (m_shared) {
        found = m_shared->find(key);
        if (found)
            m_memo.insert(key, *found);
    }
    if (!found)
        return std::nullopt;
    // Past a limit the context is processed again, so that the error is the one a first processing gives.
    const ContextCost& c = found->cost;
    const Limits& limits = m_opts.limits;
    if (m_loads + c.loads > limits.maxContextLoads || m_termDefinitions + c.termDefinitions > limits.maxTermDefinitions
        || m_depth + c.depth > limits.maxNestingDepth)
        return std::nullopt;
    charge(c);
    return found->context;
}

void ContextProcessor::charge(const ContextCost& cost)
{
    m_loads += cost.loads;
    m_termDefinitions += cost.termDefinitions;
    m_peakDepth = std::max(m_peakDepth, m_depth + cost.depth);
}

Result<ContextPtr> ContextProcessor::compute(const ActiveContext& active,
    const ContextPtr& activePtr,
    const QJsonValue& localContext,
    const QString& baseUrl,
    Flags flags,
    const QStringList& remoteContexts)
{
    DepthGuard guard(m_depth);
    m_peakDepth = std::max(m_peakDepth, m_depth);
    if (m_depth > m_opts.limits.maxNestingDepth)
        return jsonLdError(
            "context overflow", tx("ler::jsonld", "contexts nested too deeply"), ErrorCode::LimitExceeded);
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
    // While result is still equal to a frozen context, that context stands for it in cache keys.
    ContextPtr resultPtr = activePtr;
    if (!flags.propagate && !result.previous) {
        result.previous = activePtr ? activePtr : freeze(active);
        resultPtr = nullptr;
    }
    const QJsonArray items = localContext.isArray() ? localContext.toArray() : QJsonArray { localContext };
    for (const QJsonValue& item : items) {
        const Status s = processOne(result, resultPtr, active, item, baseUrl, flags, remotes);
        if (!s)
            return s.error();
    }
    return resultPtr ? resultPtr : freeze(std::move(result));
}

Status ContextProcessor::processOne(ActiveContext& result,
    ContextPtr& resultPtr,
    const ActiveContext& active,
    const QJsonValue& context,
    const QString& baseUrl,
    Flags flags,
    QStringList& remoteContexts)
{
    if (context.isNull()) {
        if (!flags.overrideProtected && result.hasProtectedTerms())
            return jsonLdError("invalid context nullification", tx("ler::jsonld", "the context has protected terms"));
        ActiveContext fresh;
        fresh.originalBase = active.originalBase;
        if (!active.originalBase.isEmpty())
            fresh.base = active.originalBase;
        if (!flags.propagate)
            fresh.previous = result.previous ? result.previous : freeze(result);
        result = std::move(fresh);
        resultPtr = nullptr;
        return {};
    }
    if (context.isString())
        return processRemote(result, resultPtr, context.toString(), baseUrl, flags, remoteContexts);
    resultPtr = nullptr;
    if (!context.isObject())
        return jsonLdError("invalid local context", tx("ler::jsonld", "a context must be an object, a string or null"));
    return processDefinition(result, context.toObject(), baseUrl, flags, remoteContexts);
}

Status ContextProcessor::processRemote(ActiveContext& result,
    ContextPtr& resultPtr,
    const QString& value,
    const QString& baseUrl,
    Flags flags,
    QStringList& remoteContexts)
{
    const QString url = iri::resolve(baseUrl, value);
    if (!iri::isAbsolute(url))
        return jsonLdError("loading remote context failed",
            tx("ler::jsonld", "cannot resolve the context %1").arg(value),
            ErrorCode::NotFound);
    if (!flags.validateScoped && remoteContexts.contains(url))
        return {};
    if (remoteContexts.size() >= m_opts.limits.maxRemoteContextChain)
        return jsonLdError("context overflow",
            tx("ler::jsonld", "more than %1 nested remote contexts").arg(m_opts.limits.maxRemoteContextChain),
            ErrorCode::LimitExceeded);
    remoteContexts.append(url);
    const Result<RemoteDocument> doc = loadContext(url);
    if (!doc)
        return doc.error();
    const QJsonObject top = doc->document.toObject();
    if (!doc->document.isObject() || !top.contains(kAtContext))
        return jsonLdError("invalid remote context", tx("ler::jsonld", "%1 has no @context").arg(url));
    Flags inner;
    inner.validateScoped = flags.validateScoped;
    // Frozen, the context so far can be a cache key, and the loaded document is known by its URL (a loader that
    // lets contexts be reused always gives the same document for it, and within a call m_cache does).
    QByteArray key(1, 'r');
    key.append(reinterpret_cast<const char*>(url.constData()), url.size() * qsizetype(sizeof(QChar)));
    const ContextPtr before = resultPtr ? resultPtr : freeze(result);
    Result<ContextPtr> r
        = process(before, top.value(kAtContext), doc->documentUrl, inner, remoteContexts, &key, qHash(key));
    if (!r)
        return r.error();
    resultPtr = r.value();
    result = *resultPtr;
    return {};
}

Result<RemoteDocument> ContextProcessor::loadContext(const QString& url)
{
    if (++m_loads > m_opts.limits.maxContextLoads)
        return jsonLdError("context overflow",
            tx("ler::jsonld", "more than %1 remote context loads").arg(m_opts.limits.maxContextLoads),
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
        return jsonLdError("invalid context entry", tx("ler::jsonld", "@import needs JSON-LD 1.1"));
    const QJsonValue value = context.value(QStringLiteral("@import"));
    if (!value.isString())
        return jsonLdError("invalid @import value");
    const QString url = iri::resolve(baseUrl, value.toString());
    const Result<RemoteDocument> doc = loadContext(url);
    if (!doc)
        return doc.error();
    const QJsonValue imported = doc->document.toObject().value(kAtContext);
    if (!imported.isObject())
        return jsonLdError("invalid remote context", tx("ler::jsonld", "%1 has no @context object").arg(url));
    QJsonObject merged = imported.toObject();
    if (merged.contains(QStringLiteral("@import")))
        return jsonLdError("invalid context entry", tx("ler::jsonld", "an imported context must not use @import"));
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
            return jsonLdError("invalid base IRI", tx("ler::jsonld", "relative @base without a base IRI"));
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
            return jsonLdError("invalid vocab mapping", Text::verbatim(vocab.toString()));
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
            return jsonLdError("invalid context entry", tx("ler::jsonld", "@direction needs JSON-LD 1.1"));
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
            return jsonLdError("invalid context entry", tx("ler::jsonld", "@propagate needs JSON-LD 1.1"));
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
            return jsonLdError("processing mode conflict", tx("ler::jsonld", "@version 1.1 in JSON-LD 1.0 mode"));
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
