// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: LER Wallet contributors
#pragma once

#include "core/cborld/CborLd.h"

#include <QHash>
#include <QJsonObject>
#include <QJsonValue>
#include <QStringList>
#include <memory>
#include <optional>
#include <vector>

/// The term table and context stack shared by the CBOR-LD encoder and decoder. CBOR-LD 4.3.4 does not run JSON-LD
/// context processing: it reads the raw term definitions of each context and numbers every term the first time a
/// context is met (keys in code-unit order, ids from 100 in steps of 2, odd ids for array values). Both sides must
/// meet contexts in the same order to agree on ids, so this follows that library's model exactly, including where
/// it differs from JSON-LD (type-scoped contexts stay active below a property-scoped one; a context added while
/// walking one array element stays on the stack for the next element).
namespace ler::cborld::detail {

/// Keyword ids fixed by the format (@context 0, @type 2, @id 4, ...).
const QHash<QString, qint64>& keywordIds();
inline constexpr qint64 kFirstTermId = 100;
inline constexpr qint64 kContextId = 0;
inline constexpr qint64 kContextIdPlural = 1;
inline constexpr qint64 kTypeId = 2;

/// One context as the library sees it: terms with their raw definitions, @id and @type aliases, and the scoped
/// contexts its terms carry.
struct ContextEntry
{
    QStringList idAliases;
    QStringList typeAliases;
    QHash<QString, QJsonValue> terms; ///< term -> raw definition (a string or an object)
    QHash<QString, QJsonValue> scoped; ///< term -> its "@context" value
    QJsonObject context; ///< the definitions after @import, for a later import of this one
};

/// An entry of the context stack: a context merged with what it inherits from the one below it.
using ActiveContext = std::shared_ptr<const ContextEntry>;
using ContextStack = std::vector<ActiveContext>;

class TermTable
{
public:
    explicit TermTable(const Options& options);

    /// Pushes the contexts in `contexts` (a URL, an object or an array of them) onto stack. A false-like value
    /// (null, "", false, 0) pushes nothing, as in the library.
    Status push(ContextStack& stack, const QJsonValue& contexts);

    /// The top of the stack, or an empty context.
    ActiveContext top(const ContextStack& stack) const;

    /// The id of a term or keyword; nullopt if it has none yet.
    std::optional<qint64> idOf(const QString& term) const;
    /// The term an even id stands for; empty if none.
    QString termOf(qint64 id) const;

    /// The type IRI a term definition declares, with a compact "prefix:suffix" resolved the library's way
    /// (through the active context's raw prefix definition). Empty if none.
    Result<QString> termType(const ContextEntry& active, const QJsonValue& definition) const;

private:
    Result<std::shared_ptr<const ContextEntry>> entryFor(const QJsonValue& context);
    Result<std::shared_ptr<const ContextEntry>> addContext(QJsonObject context, const QString& url);
    Result<QJsonObject> loadContext(const QString& url);

    Options m_options;
    std::shared_ptr<const jsonld::DocumentLoader> m_loader;
    QHash<QString, std::shared_ptr<const ContextEntry>> m_byUrl;
    QHash<QByteArray, std::shared_ptr<const ContextEntry>> m_byValue; ///< inline contexts, by their compact JSON
    QHash<QString, qint64> m_termToId;
    QHash<qint64, QString> m_idToTerm;
    qint64 m_nextId = kFirstTermId;
    qsizetype m_loads = 0;
    ActiveContext m_empty;
};

/// JavaScript's truthiness of a JSON value (null, false, 0, "" are false).
bool truthy(const QJsonValue& v);

/// JavaScript's default sort of strings: by UTF-16 code units.
QStringList sortedKeys(const QJsonObject& object);

} // namespace ler::cborld::detail
