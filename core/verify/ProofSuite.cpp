// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: LER Wallet contributors
#include "core/verify/ProofSuite.h"

#include "core/canon/Jcs.h"
#include "core/canon/RdfCanon.h"
#include "core/crypto/Digest.h"

namespace ler::verify {

namespace {

const QString kContext = QStringLiteral("@context");

} // namespace

Result<ProofSuite> proofSuiteOf(const QJsonObject& proof)
{
    const QString type = proof.value(QLatin1String("type")).toString();
    const QString suite = proof.value(QLatin1String("cryptosuite")).toString();
    if (type == QLatin1String("DataIntegrityProof")) {
        if (suite == QLatin1String("eddsa-rdfc-2022") || suite == QLatin1String("eddsa-2022"))
            return ProofSuite::EddsaRdfc2022;
        if (suite == QLatin1String("eddsa-jcs-2022"))
            return ProofSuite::EddsaJcs2022;
        if (suite == QLatin1String("ecdsa-rdfc-2019"))
            return ProofSuite::EcdsaRdfc2019;
        if (suite == QLatin1String("ecdsa-jcs-2019"))
            return ProofSuite::EcdsaJcs2019;
        return Error(ErrorCode::Unsupported,
            tx("ler::verify",
                "The proof uses the cryptosuite \"%1\", which this "
                "wallet cannot check.")
                .arg(suite),
            QStringLiteral("verify/cryptosuite-unsupported"));
    }
    if (type == QLatin1String("Ed25519Signature2020"))
        return ProofSuite::Ed25519Signature2020;
    if (type == QLatin1String("Ed25519Signature2018"))
        return ProofSuite::Ed25519Signature2018;
    if (type.isEmpty())
        return invalidInput(tx("ler::verify", "The proof has no type."), QStringLiteral("verify/proof-no-type"));
    return Error(ErrorCode::Unsupported,
        tx("ler::verify", "The proof type \"%1\" is not one this wallet can check.").arg(type),
        QStringLiteral("verify/proof-type-unsupported"));
}

QString proofSuiteName(ProofSuite suite)
{
    switch (suite) {
    case ProofSuite::EddsaRdfc2022:
        return QStringLiteral("eddsa-rdfc-2022");
    case ProofSuite::EddsaJcs2022:
        return QStringLiteral("eddsa-jcs-2022");
    case ProofSuite::Ed25519Signature2020:
        return QStringLiteral("Ed25519Signature2020");
    case ProofSuite::Ed25519Signature2018:
        return QStringLiteral("Ed25519Signature2018");
    case ProofSuite::EcdsaRdfc2019:
        return QStringLiteral("ecdsa-rdfc-2019");
    case ProofSuite::EcdsaJcs2019:
        return QStringLiteral("ecdsa-jcs-2019");
    }
    return {};
}

bool usesRdfCanonicalization(ProofSuite suite)
{
    return suite != ProofSuite::EddsaJcs2022 && suite != ProofSuite::EcdsaJcs2019;
}

bool isEcdsa(ProofSuite suite)
{
    return suite == ProofSuite::EcdsaRdfc2019 || suite == ProofSuite::EcdsaJcs2019;
}

bool suiteAcceptsKey(ProofSuite suite, crypto::KeyType key)
{
    if (isEcdsa(suite))
        return key == crypto::KeyType::P256 || key == crypto::KeyType::P384;
    return key == crypto::KeyType::Ed25519;
}

ProofHash proofHashFor(ProofSuite suite, crypto::KeyType key)
{
    return isEcdsa(suite) && key == crypto::KeyType::P384 ? ProofHash::Sha384 : ProofHash::Sha256;
}

Result<QByteArray> canonicalForm(
    ProofSuite suite, const QJsonObject& document, const jsonld::Options& jsonOptions, ProofHash hash)
{
    if (!usesRdfCanonicalization(suite))
        return jcs::canonicalize(QJsonValue(document));
    auto dataset = jsonld::toRdf(document, jsonOptions);
    if (!dataset)
        return dataset.error();
    rdfc::Options canonOptions;
    canonOptions.hash = hash == ProofHash::Sha384 ? rdfc::HashAlgorithm::Sha384 : rdfc::HashAlgorithm::Sha256;
    auto canonical = rdfc::canonicalizeDataset(*dataset, canonOptions);
    if (!canonical)
        return canonical.error();
    return canonical->nquads;
}

Result<HashInput> hashInput(ProofSuite suite,
    const QJsonObject& unsecuredDocument,
    QJsonObject proofConfig,
    const jsonld::Options& jsonOptions,
    ProofHash hash)
{
    proofConfig.remove(QStringLiteral("proofValue"));
    proofConfig.remove(QStringLiteral("jws"));
    if (unsecuredDocument.contains(kContext))
        proofConfig.insert(kContext, unsecuredDocument.value(kContext));
    HashInput out;
    auto document = canonicalForm(suite, unsecuredDocument, jsonOptions, hash);
    if (!document)
        return document.error();
    out.canonicalDocument = std::move(document.value());
    auto config = canonicalForm(suite, proofConfig, jsonOptions, hash);
    if (!config)
        return config.error();
    out.canonicalProofConfig = std::move(config.value());
    out.hashData = hash == ProofHash::Sha384
        ? crypto::sha384(out.canonicalProofConfig) + crypto::sha384(out.canonicalDocument)
        : crypto::sha256(out.canonicalProofConfig) + crypto::sha256(out.canonicalDocument);
    return out;
}

} // namespace ler::verify
