// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: LER Wallet contributors
#include "core/jsonld/JsonLd.h"

#include "core/jsonld/ContextProcessor.h"
#include "core/jsonld/Expander.h"
#include "core/jsonld/JsonLdError.h"
#include "core/jsonld/NodeMap.h"
#include "core/jsonld/RdfSerializer.h"

namespace ler::jsonld {

namespace {

Result<ContextPtr> initialContext(ContextProcessor& contexts, const Options& opts)
{
    ContextPtr active = contexts.initial();
    if (opts.expandContext.isUndefined() || opts.expandContext.isNull())
        return active;
    QJsonValue ctx = opts.expandContext;
    if (ctx.isObject() && ctx.toObject().contains(QStringLiteral("@context")))
        ctx = ctx.toObject().value(QStringLiteral("@context"));
    return contexts.process(active, ctx, opts.base, {});
}

} // namespace

Result<QJsonArray> expand(const QJsonValue& doc, const Options& opts)
{
    ContextProcessor contexts(opts);
    const Result<ContextPtr> active = initialContext(contexts, opts);
    if (!active)
        return active.error();
    Expander expander(contexts);
    const Result<QJsonValue> r = expander.expand(active.value(), std::nullopt, doc, opts.base);
    if (!r)
        return r.error();
    QJsonValue v = r.value();
    if (v.isObject() && v.toObject().size() == 1 && v.toObject().contains(QStringLiteral("@graph")))
        v = v.toObject().value(QStringLiteral("@graph"));
    if (v.isNull())
        return QJsonArray();
    if (!v.isArray())
        return QJsonArray { v };
    return v.toArray();
}

Result<rdf::Dataset> expandedToRdf(const QJsonArray& expandedDoc, const Options& opts)
{
    BlankNodeIssuer issuer;
    NodeMap nodeMap(issuer, opts.limits.maxNestingDepth * 2);
    const Status s = nodeMap.add(expandedDoc);
    if (!s)
        return s.error();
    RdfSerializer serializer(issuer, opts);
    return serializer.serialize(nodeMap.graphs());
}

std::optional<SafeModeViolation> safeModeViolation(const Error& error)
{
    // safeModeError fills the sentence with the event, then the value.
    if (error.reason != QLatin1String(kSafeModeReason) || error.message.args().size() != 2)
        return std::nullopt;
    return SafeModeViolation { error.message.args().at(0).words(), error.message.args().at(1).words() };
}

Result<rdf::Dataset> toRdf(const QJsonValue& doc, const Options& opts)
{
    const Result<QJsonArray> e = expand(doc, opts);
    if (!e)
        return e.error();
    return expandedToRdf(e.value(), opts);
}

} // namespace ler::jsonld
