// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: LER Wallet contributors
#include "core/verify/ProofSigner.h"

#include "core/codec/Multibase.h"
#include "core/util/Clock.h"
#include "core/verify/ProofSet.h"

#include <QJsonArray>

namespace ler::verify {

namespace {

QString xsdDateTime(const QDateTime& t)
{
    return t.toUTC().toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss")) + QLatin1Char('Z');
}

/// The proof options as they are written into the proof (no proofValue yet).
QJsonObject proofConfiguration(const QJsonObject& document, const ProofOptions& o)
{
    QJsonObject proof { { QStringLiteral("type"), QStringLiteral("DataIntegrityProof") },
        { QStringLiteral("cryptosuite"), proofSuiteName(o.suite) },
        { QStringLiteral("created"), xsdDateTime(o.created.isValid() ? o.created : clock::nowUtc()) },
        { QStringLiteral("verificationMethod"), o.verificationMethod },
        { QStringLiteral("proofPurpose"), o.proofPurpose } };
    if (!o.id.isEmpty())
        proof.insert(QStringLiteral("id"), o.id);
    if (o.expires.isValid())
        proof.insert(QStringLiteral("expires"), xsdDateTime(o.expires));
    if (!o.challenge.isEmpty())
        proof.insert(QStringLiteral("challenge"), o.challenge);
    if (!o.domain.isEmpty())
        proof.insert(QStringLiteral("domain"), o.domain);
    if (o.previousProof.size() == 1)
        proof.insert(QStringLiteral("previousProof"), o.previousProof.first());
    else if (o.previousProof.size() > 1)
        proof.insert(QStringLiteral("previousProof"), QJsonArray::fromStringList(o.previousProof));
    // JCS proofs carry the document's context, so that the proof alone names its vocabulary.
    if (!usesRdfCanonicalization(o.suite) && document.contains(QLatin1String("@context")))
        proof.insert(QStringLiteral("@context"), document.value(QLatin1String("@context")));
    return proof;
}

} // namespace

Result<QJsonObject> createProof(
    const QJsonObject& document, const ProofOptions& options, const ProofSigningCallback& sign)
{
    const bool signable = options.suite == ProofSuite::EddsaRdfc2022 || options.suite == ProofSuite::EddsaJcs2022
        || options.suite == ProofSuite::EcdsaRdfc2019 || options.suite == ProofSuite::EcdsaJcs2019;
    if (!signable || !suiteAcceptsKey(options.suite, options.keyType))
        return Error(ErrorCode::Unsupported,
            tx("ler::verify",
                "New proofs can only use eddsa-rdfc-2022 or eddsa-jcs-2022 with an Ed25519 key, or ecdsa-rdfc-2019 "
                "or ecdsa-jcs-2019 with a P-256 or P-384 key."),
            QStringLiteral("verify/signing-suite-unsupported"));
    if (options.verificationMethod.isEmpty() || !sign)
        return invalidInput(
            tx("ler::verify", "A proof needs a signing key."), QStringLiteral("verify/signing-key-missing"));
    QJsonObject proof = proofConfiguration(document, options);
    auto unsecured = documentForProof(document, proof);
    if (!unsecured)
        return unsecured.error();
    jsonld::Options jsonOptions;
    jsonOptions.documentLoader = options.documentLoader ? options.documentLoader : jsonld::bundledLoader();
    // Never sign a canonical form that leaves out part of the document: verifiers in safe mode would refuse it.
    jsonOptions.safeMode = true;
    auto input = hashInput(options.suite, *unsecured, proof, jsonOptions, proofHashFor(options.suite, options.keyType));
    if (!input)
        return input.error();
    auto signature = sign(input->hashData);
    if (!signature)
        return signature.error();
    if (signature->size() != (options.keyType == crypto::KeyType::P384 ? 96 : 64))
        return Error(ErrorCode::Crypto,
            tx("ler::verify", "The signer did not return a signature of the key's type."),
            QStringLiteral("verify/signature-wrong-length"));

    proof.insert(QStringLiteral("proofValue"), codec::multibaseEncode(codec::Multibase::Base58Btc, *signature));
    return proof;
}

Result<QJsonObject> addProof(const QJsonObject& document, const ProofOptions& options, const ProofSigningCallback& sign)
{
    auto proof = createProof(document, options, sign);
    if (!proof)
        return proof.error();
    QJsonObject secured = document;
    const QJsonValue existing = document.value(QLatin1String("proof"));
    if (existing.isUndefined()) {
        secured.insert(QStringLiteral("proof"), *proof);
    } else {
        QJsonArray set = existing.isArray() ? existing.toArray() : QJsonArray { existing };
        set.append(*proof);
        secured.insert(QStringLiteral("proof"), set);
    }
    return secured;
}

} // namespace ler::verify
