// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: LER Wallet contributors
#pragma once

#include <QByteArray>
#include <QHash>
#include <QJsonValue>
#include <QString>
#include <QStringList>
#include <memory>
#include <optional>

namespace ler::jsonld {

/// One term of an active context (JSON-LD 1.1 API, section 4.1). An unset optional means "not specified";
/// for language and direction a QJsonValue distinguishes unset (Undefined) from an explicit null.
struct TermDefinition
{
    std::optional<QString> iri; ///< nullopt: the term is mapped to null and blocks @vocab.
    bool prefix = false;
    bool isProtected = false;
    bool reverse = false;
    std::optional<QString> typeMapping;
    QStringList container;
    QJsonValue language = QJsonValue(QJsonValue::Undefined);
    QJsonValue direction = QJsonValue(QJsonValue::Undefined);
    std::optional<QString> index;
    std::optional<QString> nest;
    std::optional<QJsonValue> localContext; ///< A property- or type-scoped context.
    QByteArray localContextKey; ///< localContext encoded once, as the context cache keys it.
    size_t localContextHash = 0; ///< qHash(localContextKey).
    QString baseUrl; ///< Base URL for resolving the scoped context.

    bool hasContainer(const QString& c) const { return container.contains(c); }
    bool hasContainer(QLatin1String c) const { return !container.isEmpty() && container.contains(c); }

    /// Equal in everything but the protected flag (for the protected-redefinition check).
    bool sameAs(const TermDefinition& o) const
    {
        return iri == o.iri && prefix == o.prefix && reverse == o.reverse && typeMapping == o.typeMapping
            && container == o.container && language == o.language && direction == o.direction && index == o.index
            && nest == o.nest && localContext == o.localContext && baseUrl == o.baseUrl;
    }
};

/// The active context: term definitions plus base IRI, vocabulary mapping, defaults and the previous context
/// that a non-propagated (type-scoped) context reverts to. Once built, a context is frozen (ContextPtr): never
/// changed again, shared between expansions and threads, and known by its id.
struct ActiveContext
{
    QHash<QString, TermDefinition> terms;
    std::optional<QString> base;
    QString originalBase;
    std::optional<QString> vocab;
    std::optional<QString> language;
    std::optional<QString> direction;
    std::shared_ptr<const ActiveContext> previous;
    /// Unique for every frozen context (0 while it is built): processing the same local context on the same id
    /// always gives the same result, which is what the context cache relies on.
    quint64 id = 0;

    const TermDefinition* term(const QString& t) const
    {
        const auto it = terms.constFind(t);
        return it == terms.constEnd() ? nullptr : &it.value();
    }

    bool hasProtectedTerms() const
    {
        for (const TermDefinition& d : terms)
            if (d.isProtected)
                return true;
        return false;
    }
};

/// A frozen active context.
using ContextPtr = std::shared_ptr<const ActiveContext>;

/// Freezes a context: gives it a new id and makes it immutable.
ContextPtr freeze(ActiveContext context);

} // namespace ler::jsonld
