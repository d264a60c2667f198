// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: LER Wallet contributors
#include "core/jsonld/ContextCache.h"

#include <QHashFunctions>
#include <QJsonArray>
#include <QJsonObject>
#include <QMutexLocker>
#include <atomic>
#include <cstring>
#include <limits>

namespace ler::jsonld {

namespace {

void appendRaw(QByteArray& out, const void* data, qsizetype size)
{
    out.append(static_cast<const char*>(data), size);
}

void appendString(QByteArray& out, const QString& s)
{
    const qsizetype n = s.size();
    appendRaw(out, &n, sizeof n);
    appendRaw(out, s.constData(), n * qsizetype(sizeof(QChar)));
}

void encode(QByteArray& out, const QJsonValue& v)
{
    switch (v.type()) {
    case QJsonValue::Null:
        out.append('n');
        return;
    case QJsonValue::Bool:
        out.append(v.toBool() ? 't' : 'f');
        return;
    case QJsonValue::Double: {
        // The double and, for whole numbers, the integer: an integer beyond 2^53 is not equal to its rounding.
        out.append('d');
        const double d = v.toDouble();
        const qint64 i = v.toInteger(std::numeric_limits<qint64>::min());
        appendRaw(out, &d, sizeof d);
        appendRaw(out, &i, sizeof i);
        return;
    }
    case QJsonValue::String:
        out.append('s');
        appendString(out, v.toString());
        return;
    case QJsonValue::Array: {
        const QJsonArray a = v.toArray();
        out.append('a');
        const qsizetype n = a.size();
        appendRaw(out, &n, sizeof n);
        for (const QJsonValue& item : a)
            encode(out, item);
        return;
    }
    case QJsonValue::Object: {
        const QJsonObject o = v.toObject();
        out.append('o');
        const qsizetype n = o.size();
        appendRaw(out, &n, sizeof n);
        for (auto it = o.begin(); it != o.end(); ++it) {
            appendString(out, it.key());
            encode(out, it.value());
        }
        return;
    }
    case QJsonValue::Undefined:
        out.append('u');
        return;
    }
}

} // namespace

ContextPtr freeze(ActiveContext context)
{
    static std::atomic<quint64> counter { 0 };
    context.id = ++counter;
    return std::make_shared<const ActiveContext>(std::move(context));
}

size_t qHash(const ContextKey& key, size_t seed)
{
    size_t h = qHashMulti(seed, key.active, key.localHash, key.flags);
    if (!key.baseUrl.isEmpty())
        h = qHashMulti(h, key.baseUrl);
    if (!key.remoteContexts.isEmpty())
        h = qHashMulti(h, key.remoteContexts);
    return h;
}

QByteArray contextKey(const QJsonValue& localContext)
{
    QByteArray out;
    encode(out, localContext);
    return out;
}

ContextCache::ContextCache(qsizetype capacity)
    : m_capacity(std::max<qsizetype>(capacity, 2))
{ }

std::optional<CachedContext> ContextCache::find(const ContextKey& key)
{
    const QMutexLocker lock(&m_mutex);
    if (const auto it = m_young.constFind(key); it != m_young.constEnd()) {
        ++m_hits;
        return it.value();
    }
    if (const auto it = m_old.constFind(key); it != m_old.constEnd()) {
        ++m_hits;
        const CachedContext value = it.value();
        keep(key, value); // still in use: into the young generation
        return value;
    }
    ++m_misses;
    return std::nullopt;
}

CachedContext ContextCache::insert(const ContextKey& key, CachedContext value)
{
    const QMutexLocker lock(&m_mutex);
    if (const auto it = m_young.constFind(key); it != m_young.constEnd())
        return it.value();
    if (const auto it = m_old.constFind(key); it != m_old.constEnd())
        value = it.value();
    keep(key, value);
    return value;
}

void ContextCache::keep(const ContextKey& key, const CachedContext& value)
{
    // Two generations of capacity/2: when the young one is full it becomes the old one and the old one is dropped.
    if (m_young.size() >= m_capacity / 2) {
        m_old = std::move(m_young);
        m_young = {};
    }
    m_young.insert(key, value);
}

ContextPtr ContextCache::root(const QString& base)
{
    const QMutexLocker lock(&m_mutex);
    if (const auto it = m_roots.constFind(base); it != m_roots.constEnd())
        return it.value();
    if (m_roots.size() >= m_capacity)
        m_roots.clear();
    ActiveContext context;
    context.originalBase = base;
    if (!base.isEmpty())
        context.base = base;
    const ContextPtr frozen = freeze(std::move(context));
    m_roots.insert(base, frozen);
    return frozen;
}

void ContextCache::clear()
{
    const QMutexLocker lock(&m_mutex);
    m_young.clear();
    m_old.clear();
    m_roots.clear();
}

ContextCache::Stats ContextCache::stats() const
{
    const QMutexLocker lock(&m_mutex);
    return { m_hits, m_misses, m_young.size() + m_old.size() };
}

} // namespace ler::jsonld
