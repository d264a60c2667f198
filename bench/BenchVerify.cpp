// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: LER Wallet contributors
/// Credentials verified per second with eddsa-rdfc-2022 and eddsa-jcs-2022, and as a VC-JWT (EdDSA) through the
/// whole Verifier, next to raw Ed25519 verifications measured in the same run: shows how much of the cost is
/// canonicalization and reading rather than the signature.

#include "core/canon/RdfCanon.h"
#include "core/did/DidKey.h"
#include "core/jose/Jws.h"
#include "core/verify/DataIntegrity.h"
#include "core/verify/ProofSigner.h"
#include "core/verify/Verifier.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <algorithm>
#include <array>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <functional>
#include <sodium.h>

using namespace ler;
using namespace ler::verify;

namespace {

constexpr qint64 kRunMs = 2000;
/// With --iterations=N every figure runs exactly N times instead of kRunMs (for callgrind, whose counts do not
/// depend on the load of the machine).
int fixedIterations = 0;

QJsonObject readJson(const char* relative)
{
    QFile f(QStringLiteral(LER_BENCH_DATA "/") + QLatin1String(relative));
    return f.open(QIODevice::ReadOnly) ? QJsonDocument::fromJson(f.readAll()).object() : QJsonObject();
}

/// Runs op repeatedly for about kRunMs and returns operations per second; op returns false on failure.
double perSecond(const std::function<bool()>& op, const char* name)
{
    for (int i = 0; i < 3; ++i) {
        if (!op()) {
            std::fprintf(stderr, "%s: verification failed\n", name);
            return 0;
        }
    }
    QElapsedTimer timer;
    timer.start();
    qint64 count = 0;
    while (fixedIterations > 0 ? count < fixedIterations : timer.elapsed() < kRunMs) {
        if (!op())
            return 0;
        ++count;
    }
    return double(count) * 1000.0 / double(std::max<qint64>(timer.elapsed(), 1));
}

/// Trusts the key named by the verification method's "#z6Mk..." fragment (the 1EdTech issuer is not resolvable).
MethodResolver fragmentKeyResolver()
{
    return [](const QString& methodId) -> Result<QJsonObject> {
        auto key = crypto::PublicKey::fromMultikey(QStringView(methodId).mid(methodId.indexOf(QLatin1Char('#')) + 1));
        if (!key)
            return key.error();
        return controllerDocumentForKey(TrustedKey { methodId, *key });
    };
}

/// The credential as a VC-JWT (VC Data Model 1.1 JWT encoding, as Open Badges 3.0 describes it) issued by did.
QJsonObject jwtClaims(QJsonObject credential, const QString& did)
{
    QJsonObject issuer = credential.value(QLatin1String("issuer")).toObject();
    issuer.insert(QStringLiteral("id"), did);
    credential.insert(QStringLiteral("issuer"), issuer);
    const QJsonObject subject = credential.value(QLatin1String("credentialSubject")).toObject();
    const QDateTime validFrom
        = QDateTime::fromString(credential.value(QLatin1String("validFrom")).toString(), Qt::ISODate);
    return { { QStringLiteral("iss"), did },
        { QStringLiteral("jti"), credential.value(QLatin1String("id")) },
        { QStringLiteral("sub"), subject.value(QLatin1String("id")) },
        { QStringLiteral("nbf"), double(validFrom.toSecsSinceEpoch()) },
        { QStringLiteral("vc"), credential } };
}

} // namespace

int main(int argc, char** argv)
{
    // Names given on the command line (raw, rdfc, jcs, jwt, stages) limit the run to those figures, for profiling.
    int names = 0;
    for (int i = 1; i < argc; ++i) {
        if (std::strncmp(argv[i], "--iterations=", 13) == 0)
            fixedIterations = std::atoi(argv[i] + 13);
        else
            ++names;
    }
    const auto wanted = [&](const char* name) {
        if (names == 0)
            return true;
        for (int i = 1; i < argc; ++i)
            if (std::strcmp(argv[i], name) == 0)
                return true;
        return false;
    };
    if (sodium_init() < 0)
        return 1;
    VerifyOptions options;
    options.resolver = firstOf({ offlineDidResolver(), fragmentKeyResolver() });

    const QJsonObject rdfcCredential = readJson("openbadges-eddsa/ob3/signed-credential.json");
    QJsonObject unsignedCredential = readJson("openbadges-eddsa/ob3/unsigned-credential.json");
    if (rdfcCredential.isEmpty() || unsignedCredential.isEmpty()) {
        std::fprintf(stderr, "test vectors not found under %s\n", LER_BENCH_DATA);
        return 1;
    }

    std::array<unsigned char, crypto_sign_PUBLICKEYBYTES> pk {};
    std::array<unsigned char, crypto_sign_SECRETKEYBYTES> sk {};
    crypto_sign_keypair(pk.data(), sk.data());
    const QString did = did::didKeyFromPublicKey(
        crypto::PublicKey::fromEd25519(QByteArrayView(reinterpret_cast<const char*>(pk.data()), pk.size())).value());
    ProofOptions proofOptions;
    proofOptions.suite = ProofSuite::EddsaJcs2022;
    proofOptions.verificationMethod = did + QLatin1Char('#') + did.mid(8);
    auto jcsCredential = addProof(unsignedCredential, proofOptions, [&](QByteArrayView data) -> Result<QByteArray> {
        QByteArray sig(crypto_sign_BYTES, Qt::Uninitialized);
        crypto_sign_detached(reinterpret_cast<unsigned char*>(sig.data()),
            nullptr,
            reinterpret_cast<const unsigned char*>(data.data()),
            data.size(),
            sk.data());
        return sig;
    });
    if (!jcsCredential) {
        std::fprintf(stderr, "signing failed: %s\n", qPrintable(jcsCredential.error().message));
        return 1;
    }
    const QJsonObject jwtHeader { { QStringLiteral("alg"), QStringLiteral("EdDSA") },
        { QStringLiteral("typ"), QStringLiteral("JWT") },
        { QStringLiteral("kid"), proofOptions.verificationMethod } };
    auto jwt = jose::signCompactJws(jwtHeader,
        QJsonDocument(jwtClaims(unsignedCredential, did)).toJson(QJsonDocument::Compact),
        [&](QByteArrayView data) -> Result<QByteArray> {
            QByteArray sig(crypto_sign_BYTES, Qt::Uninitialized);
            crypto_sign_detached(reinterpret_cast<unsigned char*>(sig.data()),
                nullptr,
                reinterpret_cast<const unsigned char*>(data.data()),
                data.size(),
                sk.data());
            return sig;
        });
    if (!jwt) {
        std::fprintf(stderr, "signing the VC-JWT failed: %s\n", qPrintable(jwt.error().message));
        return 1;
    }
    Verifier::Options verifierOptions;
    verifierOptions.offline = true;
    const Verifier verifier(verifierOptions);
    if (auto report = verifier.verify(*jwt); !report || report->overall != Outcome::Verified) {
        std::fprintf(stderr,
            "the VC-JWT does not verify: %s\n",
            report ? QJsonDocument(report->toJson()).toJson().constData() : qPrintable(report.error().message));
        return 1;
    }

    std::array<unsigned char, 64> message {};
    randombytes_buf(message.data(), message.size());
    std::array<unsigned char, crypto_sign_BYTES> signature {};
    crypto_sign_detached(signature.data(), nullptr, message.data(), message.size(), sk.data());

    const double raw = !wanted("raw")
        ? 1
        : perSecond(
            [&] {
                return crypto_sign_verify_detached(signature.data(), message.data(), message.size(), pk.data()) == 0;
            },
            "raw Ed25519");
    const double rdfc = !wanted("rdfc")
        ? 1
        : perSecond([&] { return verifyDataIntegrity(rdfcCredential, options).verified(); }, "eddsa-rdfc-2022");
    const double jcs = !wanted("jcs")
        ? 1
        : perSecond([&] { return verifyDataIntegrity(*jcsCredential, options).verified(); }, "eddsa-jcs-2022");
    const double vcJwt = !wanted("jwt") ? 1
                                        : perSecond(
                                            [&] {
                                                auto report = verifier.verify(*jwt);
                                                return report && report->overall == Outcome::Verified;
                                            },
                                            "VC-JWT");

    if (wanted("stages")) {
        // Where the time of one eddsa-rdfc-2022 verification goes, stage by stage, in microseconds.
        QJsonObject unsecured = rdfcCredential;
        unsecured.remove(QStringLiteral("proof"));
        const QJsonObject proof = rdfcCredential.value(QLatin1String("proof")).toObject();
        jsonld::Options jsonOptions;
        jsonOptions.safeMode = true;
        const auto expanded = jsonld::expand(unsecured, jsonOptions);
        const auto dataset = expanded ? jsonld::expandedToRdf(*expanded, jsonOptions) : Result<rdf::Dataset>(Error());
        const auto us = [](double perSec) { return perSec > 0 ? 1e6 / perSec : 0.0; };
        const std::pair<const char*, std::function<bool()>> stages[] = {
            { "expand (document)", [&] { return jsonld::expand(unsecured, jsonOptions).ok(); } },
            { "node map + toRdf (document)", [&] { return jsonld::expandedToRdf(*expanded, jsonOptions).ok(); } },
            { "RDFC-1.0 (document)", [&] { return rdfc::canonicalizeDataset(*dataset).ok(); } },
            { "canonical proof config",
                [&] {
                    QJsonObject config = proof;
                    config.remove(QStringLiteral("proofValue"));
                    config.insert(QStringLiteral("@context"), unsecured.value(QLatin1String("@context")));
                    return canonicalForm(ProofSuite::EddsaRdfc2022, config, jsonOptions).ok();
                } },
            { "hash input (document + proof config)",
                [&] { return hashInput(ProofSuite::EddsaRdfc2022, unsecured, proof, jsonOptions).ok(); } },
            { "key from verification method",
                [&] { return options.resolver(proof.value(QLatin1String("verificationMethod")).toString()).ok(); } },
            { "whole verification", [&] { return verifyDataIntegrity(rdfcCredential, options).verified(); } },
        };
        if (!dataset)
            return 1;
        for (const auto& [name, op] : stages)
            std::printf("%-40s %8.1f us\n", name, us(perSecond(op, name)));
    }
    std::printf("raw Ed25519 verify (64-byte message):  %10.0f /s\n", raw);
    std::printf("eddsa-rdfc-2022 (OB 3.0 vector):       %10.1f credentials/s  (raw/rdfc = %.0fx)\n",
        rdfc,
        rdfc > 0 ? raw / rdfc : 0.0);
    std::printf("eddsa-jcs-2022 (OB 3.0, signed here):  %10.1f credentials/s  (raw/jcs = %.0fx)\n",
        jcs,
        jcs > 0 ? raw / jcs : 0.0);
    std::printf("VC-JWT EdDSA (OB 3.0, full Verifier):  %10.1f credentials/s  (raw/vc-jwt = %.0fx)\n",
        vcJwt,
        vcJwt > 0 ? raw / vcJwt : 0.0);
    std::printf("rdfc/jcs time ratio:                   %10.1fx\n", rdfc > 0 ? jcs / rdfc : 0.0);
    return rdfc > 0 && jcs > 0 && vcJwt > 0 && raw > 0 ? 0 : 1;
}
