// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: LER Wallet contributors
#include "core/verify/ProofSuite.h"

#include "core/canon/Jcs.h"
#include "core/canon/RdfCanon.h"
#include "core/crypto/Digest.h"

#include <QCoreApplication>

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
        return Error(ErrorCode::Unsupported,
            QCoreApplication::translate("ler::verify",
                "The proof uses the cryptosuite \"%1\", which this "
                "wallet cannot check.")
                .arg(suite));
    }
    if (type == QLatin1String("Ed25519Signature2020"))
        return ProofSuite::Ed25519Signature2020;
    if (type == QLatin1String("Ed25519Signature2018"))
        return ProofSuite::Ed25519Signature2018;
    if (type.isEmpty())
        return invalidInput(QCoreApplication::translate("ler::verify", "The proof has no type."));
    return Error(ErrorCode::Unsupported,
        QCoreApplication::translate("ler::verify", "The proof type \"%1\" is not one this wallet can check.")
            .arg(type));
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
    }
    return {};
}

bool usesRdfCanonicalization(ProofSuite suite)
{
    return suite != ProofSuite::EddsaJcs2022;
}

Result<QByteArray> canonicalForm(ProofSuite suite, const QJsonObject& document, const jsonld::Options& jsonOptions)
{
    if (!usesRdfCanonicalization(suite))
        return jcs::canonicalize(QJsonValue(document));
    auto dataset = jsonld::toRdf(document, jsonOptions);
    if (!dataset)
        return dataset.error();
    auto canonical = rdfc::canonicalizeDataset(*dataset);
    if (!canonical)
        return canonical.error();
    return canonical->nquads;
}

Result<HashInput> hashInput(
    ProofSuite suite, const QJsonObject& unsecuredDocument, QJsonObject proofConfig, const jsonld::Options& jsonOptions)
{
    proofConfig.remove(QStringLiteral("proofValue"));
    proofConfig.remove(QStringLiteral("jws"));
    if (unsecuredDocument.contains(kContext))
        proofConfig.insert(kContext, unsecuredDocument.value(kContext));
    HashInput out;
    auto document = canonicalForm(suite, unsecuredDocument, jsonOptions);
    if (!document)
        return document.error();
    out.canonicalDocument = std::move(document.value());
    auto config = canonicalForm(suite, proofConfig, jsonOptions);
    if (!config)
        return config.error();
    out.canonicalProofConfig = std::move(config.value());
    out.hashData = crypto::sha256(out.canonicalProofConfig) + crypto::sha256(out.canonicalDocument);
    return out;
}

} // namespace ler::verify
