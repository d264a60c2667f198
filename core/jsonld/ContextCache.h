// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: LER Wallet contributors
#pragma once

#include "core/jsonld/Context.h"

#include <QByteArray>
#include <QHash>
#include <QMutex>
#include <QString>
#include <QStringList>
#include <optional>

namespace ler::jsonld {

/// What processing a context cost, so that a context taken from a cache still counts against the limits of the
/// call that takes it exactly as processing it again would.
struct ContextCost
{
    int loads = 0; ///< Remote context loads (Limits::maxContextLoads).
    int termDefinitions = 0; ///< Term definitions created (Limits::maxTermDefinitions).
    int depth = 0; ///< Deepest context nesting reached below the call (Limits::maxNestingDepth).
};

/// Everything the result of the Context Processing algorithm depends on: the active context (by id), the local
/// context (encoded by contextKey), the base URL, the flags and options that change the outcome, and the remote
/// contexts already being processed.
struct ContextKey
{
    quint64 active = 0;
    QByteArray local;
    size_t localHash = 0; ///< qHash(local), computed once with it (scoped contexts can be large).
    QString baseUrl;
    quint32 flags = 0;
    int maxRemoteContextChain = 0;
    int maxTermRecursion = 0;
    QStringList remoteContexts;

    friend bool operator==(const ContextKey& a, const ContextKey& b)
    {
        // Keys of one scoped context usually share their bytes: no need to compare them then.
        const bool sameLocal
            = a.local.size() == b.local.size() && (a.local.constData() == b.local.constData() || a.local == b.local);
        return a.active == b.active && a.localHash == b.localHash && a.flags == b.flags && sameLocal
            && a.baseUrl == b.baseUrl && a.maxRemoteContextChain == b.maxRemoteContextChain
            && a.maxTermRecursion == b.maxTermRecursion && a.remoteContexts == b.remoteContexts;
    }
};

size_t qHash(const ContextKey& key, size_t seed = 0);

/// Encodes a local context for ContextKey: two values get the same bytes only if they are equal JSON (strings are
/// kept as UTF-16, so even unpaired surrogates stay distinct).
QByteArray contextKey(const QJsonValue& localContext);

/// A processed context and what it cost.
struct CachedContext
{
    ContextPtr context;
    ContextCost cost;
};

/// Processed contexts kept between calls for one loader whose documents never change (the bundled contexts).
/// Bounded: it holds at most capacity() contexts, the least recently used ones leave first (in two generations).
/// Thread-safe; the contexts it hands out are frozen and may be used by any number of threads at once.
class ContextCache
{
public:
    explicit ContextCache(qsizetype capacity = 2048);

    /// The context processed for key, if it is kept.
    std::optional<CachedContext> find(const ContextKey& key);
    /// Keeps value for key and returns what is kept (the first of two threads that raced wins).
    CachedContext insert(const ContextKey& key, CachedContext value);

    /// The empty context with base IRI base (the start of every expansion), the same object every time.
    ContextPtr root(const QString& base);

    /// Drops every context (the next calls start cold).
    void clear();

    struct Stats
    {
        qint64 hits = 0;
        qint64 misses = 0;
        qsizetype size = 0;
    };
    Stats stats() const;
    qsizetype capacity() const { return m_capacity; }

private:
    void keep(const ContextKey& key, const CachedContext& value);

    mutable QMutex m_mutex;
    qsizetype m_capacity;
    QHash<ContextKey, CachedContext> m_young;
    QHash<ContextKey, CachedContext> m_old;
    QHash<QString, ContextPtr> m_roots;
    qint64 m_hits = 0;
    qint64 m_misses = 0;
};

} // namespace ler::jsonld
