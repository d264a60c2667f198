// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: LER Wallet contributors
#pragma once

#include "core/jsonld/Context.h"
#include "core/jsonld/ContextCache.h"
#include "core/jsonld/JsonLd.h"

#include <QJsonObject>

namespace ler::jsonld {

/// Context Processing, Create Term Definition and IRI Expansion (JSON-LD 1.1 API sections 4.1, 4.2, 5.2).
/// One instance serves one expand/toRdf call: it keeps loaded contexts, counts work against the limits and reuses
/// processed contexts (from the loader's context cache across calls, from its own memo within the call).
class ContextProcessor
{
public:
    explicit ContextProcessor(const Options& opts);

    /// Flags of the Context Processing algorithm.
    struct Flags
    {
        bool overrideProtected = false;
        bool propagate = true;
        bool validateScoped = true;
    };

    /// The empty context the document starts from (base IRI from the options).
    ContextPtr initial();

    /// Applies localContext to active and returns the new active context. localKey, if given, is
    /// contextKey(localContext) computed earlier, and localHash its qHash (scoped contexts keep both in the term
    /// definition).
    Result<ContextPtr> process(const ContextPtr& active,
        const QJsonValue& localContext,
        const QString& baseUrl,
        Flags flags,
        const QStringList& remoteContexts = {},
        const QByteArray* localKey = nullptr,
        size_t localHash = 0);

    /// IRI expansion against a finished active context (cannot fail); nullopt stands for null.
    std::optional<QString> expandIri(
        const ActiveContext& active, const QString& value, bool documentRelative, bool vocab);

    bool isJsonLd10() const { return m_opts.processingMode == ProcessingMode::JsonLd10; }
    /// A safe mode event (something dropped or left relative): an error naming value in safe mode, else nothing.
    Status event(const char* code, const QString& value) const;
    const Options& options() const { return m_opts; }

private:
    /// State shared by the term definitions of one local context.
    struct Definer
    {
        ActiveContext& active;
        const QJsonObject& local;
        QHash<QString, bool> defined;
        QString baseUrl;
        bool protectedDefault = false;
        bool overrideProtected = false;
        QStringList remoteContexts;
        bool validateScoped = true;
        int depth = 0;
    };

    /// The Context Processing algorithm itself; activePtr is active frozen, or null while active is being built.
    Result<ContextPtr> compute(const ActiveContext& active,
        const ContextPtr& activePtr,
        const QJsonValue& localContext,
        const QString& baseUrl,
        Flags flags,
        const QStringList& remoteContexts);
    /// Takes a processed context from the memo or the cache if the limits of this call allow it as they would
    /// allow processing it again; charges its cost.
    std::optional<ContextPtr> reuse(const ContextKey& key);
    void charge(const ContextCost& cost);

    Status processOne(ActiveContext& result,
        ContextPtr& resultPtr,
        const ActiveContext& active,
        const QJsonValue& context,
        const QString& baseUrl,
        Flags flags,
        QStringList& remoteContexts);
    Status processRemote(ActiveContext& result,
        ContextPtr& resultPtr,
        const QString& url,
        const QString& baseUrl,
        Flags flags,
        QStringList& remoteContexts);
    Status processDefinition(ActiveContext& result,
        QJsonObject context,
        const QString& baseUrl,
        Flags flags,
        const QStringList& remoteContexts);
    Status applyImport(QJsonObject& context, const QString& baseUrl);
    Status applyDefaults(ActiveContext& result, const QJsonObject& context, const QStringList& remoteContexts);
    Result<RemoteDocument> loadContext(const QString& url);

    Status createTermDefinition(Definer& d, const QString& term);
    Status buildTermDefinition(
        Definer& d, const QString& term, const QJsonValue& raw, const std::optional<TermDefinition>& previous);
    Status defineReverse(Definer& d, const QString& term, const QJsonObject& value, TermDefinition& def);
    Status defineIri(
        Definer& d, const QString& term, const QJsonObject& value, bool simpleTerm, TermDefinition& def, bool& ignored);
    Status defineContainer(const QJsonObject& value, TermDefinition& def);
    Status defineOptionalEntries(Definer& d, const QString& term, const QJsonObject& value, TermDefinition& def);
    Status defineLanguageEntries(const QJsonObject& value, TermDefinition& def);
    Status store(Definer& d, const QString& term, TermDefinition def, const std::optional<TermDefinition>& previous);

    /// The IRI Expansion algorithm. With a Definer (while a local context is processed) it may create the term
    /// definitions the value depends on, which can fail; without one it cannot fail.
    Result<std::optional<QString>> expandIriImpl(
        const ActiveContext& active, const QString& value, bool documentRelative, bool vocab, Definer* d);

    Options m_opts;
    QHash<QString, RemoteDocument> m_cache;
    ContextCache* m_shared = nullptr;
    QHash<ContextKey, CachedContext> m_memo;
    int m_loads = 0;
    int m_depth = 0;
    int m_peakDepth = 0;
    int m_termDefinitions = 0;
};

} // namespace ler::jsonld
