// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: LER Wallet contributors
#include "core/verify/ProofSet.h"

namespace ler::verify {

namespace {

const QString kProof = QStringLiteral("proof");

} // namespace

QList<QJsonObject> proofsOf(const QJsonObject& securedDocument)
{
    const QJsonValue value = securedDocument.value(kProof);
    QList<QJsonObject> out;
    if (value.isObject()) {
        out.append(value.toObject());
    } else if (value.isArray()) {
        for (const QJsonValue& p : value.toArray())
            out.append(p.toObject());
    }
    return out;
}

QStringList previousProofIds(const QJsonObject& proof)
{
    const QJsonValue value = proof.value(QLatin1String("previousProof"));
    QStringList ids;
    if (value.isString()) {
        ids.append(value.toString());
    } else if (value.isArray()) {
        for (const QJsonValue& id : value.toArray())
            ids.append(id.toString());
    }
    return ids;
}

Result<QJsonArray> matchingProofs(const QList<QJsonObject>& allProofs, const QStringList& ids)
{
    QJsonArray out;
    for (const QString& id : ids) {
        bool found = false;
        for (const QJsonObject& p : allProofs) {
            if (!id.isEmpty() && p.value(QLatin1String("id")).toString() == id) {
                out.append(p);
                found = true;
                break;
            }
        }
        if (!found)
            return Error(ErrorCode::NotFound,
                tx("ler::verify",
                    "The earlier proof %1 that this proof builds on "
                    "is missing.")
                    .arg(id),
                QStringLiteral("verify/previous-proof-missing"));
    }
    return out;
}

Result<QJsonObject> documentForProof(const QJsonObject& securedDocument, const QJsonObject& proof)
{
    QJsonObject document = securedDocument;
    document.remove(kProof);
    const QStringList ids = previousProofIds(proof);
    if (ids.isEmpty())
        return document;
    auto previous = matchingProofs(proofsOf(securedDocument), ids);
    if (!previous)
        return previous.error();
    document.insert(kProof, *previous);
    return document;
}

} // namespace ler::verify
