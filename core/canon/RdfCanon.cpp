// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: LER Wallet contributors
#include "core/canon/RdfCanon.h"

#include "core/crypto/Digest.h"
#include "core/rdf/NQuads.h"

#include <QHash>
#include <QSet>
#include <QStringList>
#include <algorithm>
#include <optional>
#include <utility>

namespace ler::rdfc {

namespace {

using rdf::Quad;
using rdf::Term;

/// Hands out labels prefix0, prefix1... and remembers the order in which it issued them.
class IdentifierIssuer
{
public:
    explicit IdentifierIssuer(QString prefix)
        : m_prefix(std::move(prefix))
    { }

    QString issue(const QString& existing)
    {
        if (const auto it = m_issued.constFind(existing); it != m_issued.cend())
            return *it;
        const QString label = m_prefix + QString::number(m_order.size());
        m_issued.insert(existing, label);
        m_order.append(existing);
        return label;
    }

    bool has(const QString& existing) const { return m_issued.contains(existing); }
    QString get(const QString& existing) const { return m_issued.value(existing); }
    const QStringList& order() const { return m_order; }

private:
    QString m_prefix;
    QHash<QString, QString> m_issued;
    QStringList m_order;
};

struct NDegreeResult
{
    QByteArray hash;
    IdentifierIssuer issuer;
};

/// One canonicalization run: the state of RDFC-1.0 section 4.3 plus the work counter.
class Canonicalizer
{
public:
    Canonicalizer(const rdf::Dataset& dataset, const Options& options)
        : m_sha384(options.hash == HashAlgorithm::Sha384)
        , m_maxWork(options.maxWorkSteps)
    {
        // Duplicates are what serializes to the same line.
        QSet<QByteArray> seen;
        seen.reserve(dataset.size());
        m_quads.reserve(dataset.size());
        for (const Quad& q : dataset) {
            QByteArray line;
            rdf::nquads::appendQuad(line, q);
            if (!seen.contains(line)) {
                seen.insert(line);
                m_quads.append(q);
            }
        }
    }

    Result<Canonicalized> run()
    {
        indexBlankNodes();
        QMap<QByteArray, QStringList> byHash;
        for (const QString& id : std::as_const(m_blankOrder))
            byHash[hashFirstDegree(id)].append(id);
        for (auto it = byHash.begin(); it != byHash.end();) {
            if (it->size() == 1) {
                m_canonical.issue(it->first());
                it = byHash.erase(it);
            } else {
                ++it;
            }
        }
        for (const QStringList& ids : std::as_const(byHash)) {
            if (Status s = issueShared(ids); !s)
                return s.error();
        }
        return output();
    }

private:
    QByteArray digest(const QByteArray& data) const
    {
        return (m_sha384 ? crypto::sha384(data) : crypto::sha256(data)).toHex();
    }

    Status spend()
    {
        if (++m_work > m_maxWork)
            return Error(ErrorCode::LimitExceeded,
                tx("ler::canon",
                    "RDF canonicalization needs more than %1 steps; refusing a likely "
                    "poison graph")
                    .arg(m_maxWork),
                QStringLiteral("canon/rdf-too-much-work"));
        return {};
    }

    void indexBlankNodes()
    {
        for (qsizetype i = 0; i < m_quads.size(); ++i) {
            for (const Term* t : { &m_quads[i].subject, &m_quads[i].object, &m_quads[i].graph }) {
                if (!t->isBlank())
                    continue;
                QList<qsizetype>& list = m_blankQuads[t->value];
                if (list.isEmpty())
                    m_blankOrder.append(t->value);
                if (list.isEmpty() || list.last() != i)
                    list.append(i);
            }
        }
    }

    /// Hash First Degree Quads (4.6): the node's quads with itself as _:a and other blank nodes as _:z.
    QByteArray hashFirstDegree(const QString& id)
    {
        if (const auto it = m_firstDegree.constFind(id); it != m_firstDegree.cend())
            return *it;
        QList<QByteArray> lines;
        const auto append = [&id](QByteArray& line, const Term& t) {
            if (t.isBlank())
                line += t.value == id ? "_:a" : "_:z";
            else
                rdf::nquads::appendTerm(line, t);
        };
        for (qsizetype i : std::as_const(m_blankQuads[id])) {
            const Quad& q = m_quads.at(i);
            QByteArray line;
            append(line, q.subject);
            line += ' ';
            rdf::nquads::appendTerm(line, q.predicate);
            line += ' ';
            append(line, q.object);
            if (!q.graph.isDefaultGraph()) {
                line += ' ';
                append(line, q.graph);
            }
            line += " .\n";
            lines.append(std::move(line));
        }
        std::sort(lines.begin(), lines.end());
        const QByteArray hash = digest(lines.join());
        m_firstDegree.insert(id, hash);
        return hash;
    }

    /// Hash Related Blank Node (4.7).
    QByteArray hashRelated(const QString& related, const Quad& quad, const IdentifierIssuer& issuer, char position)
    {
        QByteArray input(1, position);
        if (position != 'g')
            input += '<' + quad.predicate.value.toUtf8() + '>';
        if (m_canonical.has(related))
            input += "_:" + m_canonical.get(related).toUtf8();
        else if (issuer.has(related))
            input += "_:" + issuer.get(related).toUtf8();
        else
            input += hashFirstDegree(related);
        return digest(input);
    }

    QMap<QByteArray, QStringList> relatedByHash(const QString& id, const IdentifierIssuer& issuer)
    {
        QMap<QByteArray, QStringList> result;
        for (qsizetype i : std::as_const(m_blankQuads[id])) {
            const Quad& q = m_quads.at(i);
            const std::pair<const Term*, char> parts[] = { { &q.subject, 's' }, { &q.object, 'o' }, { &q.graph, 'g' } };
            for (const auto& [term, position] : parts) {
                if (term->isBlank() && term->value != id)
                    result[hashRelated(term->value, q, issuer, position)].append(term->value);
            }
        }
        return result;
    }

    static bool worse(const QString& path, const QString& chosen)
    {
        return !chosen.isEmpty() && path.size() >= chosen.size() && path > chosen;
    }

    /// One permutation of step 5.4 of Hash N-Degree Quads; returns an empty path when it cannot beat `chosen`.
    Result<std::pair<QString, IdentifierIssuer>> tryPermutation(
        const QStringList& permutation, IdentifierIssuer issuer, const QString& chosen)
    {
        QString path;
        QStringList recursion;
        for (const QString& related : permutation) {
            if (m_canonical.has(related)) {
                path += QLatin1String("_:") + m_canonical.get(related);
            } else {
                if (!issuer.has(related))
                    recursion.append(related);
                path += QLatin1String("_:") + issuer.issue(related);
            }
            if (worse(path, chosen))
                return std::pair { QString(), issuer };
        }
        for (const QString& related : std::as_const(recursion)) {
            Result<NDegreeResult> result = hashNDegree(related, issuer);
            if (!result)
                return result.error();
            path += QLatin1String("_:") + issuer.issue(related) + QLatin1Char('<') + QString::fromLatin1(result->hash)
                + QLatin1Char('>');
            issuer = std::move(result->issuer);
            if (worse(path, chosen))
                return std::pair { QString(), issuer };
        }
        return std::pair { path, issuer };
    }

    /// Hash N-Degree Quads (4.8).
    Result<NDegreeResult> hashNDegree(const QString& id, IdentifierIssuer issuer)
    {
        if (Status s = spend(); !s)
            return s.error();
        QByteArray data;
        const QMap<QByteArray, QStringList> related = relatedByHash(id, issuer);
        for (auto it = related.cbegin(); it != related.cend(); ++it) {
            data += it.key();
            QString chosenPath;
            std::optional<IdentifierIssuer> chosenIssuer;
            QStringList permutation = it.value();
            std::sort(permutation.begin(), permutation.end());
            do {
                if (Status s = spend(); !s)
                    return s.error();
                auto attempt = tryPermutation(permutation, issuer, chosenPath);
                if (!attempt)
                    return attempt.error();
                auto& [path, pathIssuer] = *attempt;
                if (!path.isEmpty() && (chosenPath.isEmpty() || path < chosenPath)) {
                    chosenPath = path;
                    chosenIssuer = pathIssuer;
                }
            } while (std::next_permutation(permutation.begin(), permutation.end()));
            data += chosenPath.toUtf8();
            if (chosenIssuer)
                issuer = *chosenIssuer;
        }
        return NDegreeResult { digest(data), std::move(issuer) };
    }

    /// Step 5 of the canonicalization algorithm for blank nodes that share a first degree hash.
    Status issueShared(const QStringList& ids)
    {
        QList<NDegreeResult> paths;
        for (const QString& id : ids) {
            if (m_canonical.has(id))
                continue;
            IdentifierIssuer temporary(QStringLiteral("b"));
            temporary.issue(id);
            Result<NDegreeResult> result = hashNDegree(id, std::move(temporary));
            if (!result)
                return result.error();
            paths.append(std::move(*result));
        }
        std::stable_sort(
            paths.begin(), paths.end(), [](const NDegreeResult& a, const NDegreeResult& b) { return a.hash < b.hash; });
        for (const NDegreeResult& result : std::as_const(paths)) {
            for (const QString& existing : result.issuer.order())
                m_canonical.issue(existing);
        }
        return {};
    }

    Canonicalized output()
    {
        QList<std::pair<QByteArray, Quad>> lines;
        for (Quad q : std::as_const(m_quads)) {
            for (Term* t : { &q.subject, &q.object, &q.graph }) {
                if (t->isBlank())
                    t->value = m_canonical.get(t->value);
            }
            QByteArray line;
            rdf::nquads::appendQuad(line, q);
            lines.append({ std::move(line), std::move(q) });
        }
        std::sort(lines.begin(), lines.end(), [](const auto& a, const auto& b) { return a.first < b.first; });
        Canonicalized out;
        for (auto& [line, quad] : lines) {
            out.nquads += line;
            out.dataset.append(std::move(quad));
        }
        for (const QString& id : m_canonical.order())
            out.issuedLabels.insert(id, m_canonical.get(id));
        out.workSteps = m_work;
        return out;
    }

    bool m_sha384 = false;
    qint64 m_maxWork = 0;
    qint64 m_work = 0;
    rdf::Dataset m_quads;
    QHash<QString, QList<qsizetype>> m_blankQuads;
    QStringList m_blankOrder;
    QHash<QString, QByteArray> m_firstDegree;
    IdentifierIssuer m_canonical { QStringLiteral("c14n") };
};

} // namespace

Result<Canonicalized> canonicalizeDataset(const rdf::Dataset& dataset, const Options& options)
{
    return Canonicalizer(dataset, options).run();
}

Result<QByteArray> canonicalize(const QByteArray& nquadsText, const Options& options)
{
    Result<rdf::Dataset> dataset = rdf::nquads::parse(nquadsText);
    if (!dataset)
        return dataset.error();
    Result<Canonicalized> result = canonicalizeDataset(*dataset, options);
    if (!result)
        return result.error();
    return std::move(result->nquads);
}

} // namespace ler::rdfc
