// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: LER Wallet contributors
/// Verification rates: any one credential file as `ler-wallet-cli verify --offline` checks it; the Data Integrity
/// suites and VC-JWT on an Open Badges 3.0 credential; and Ed25519 itself. Every rate is set against raw libsodium
/// Ed25519 verifications measured in alternating slices of the same run, so a figure reads as "how many signature
/// checks one credential costs" (ratio 0.25: four).

#include "bench/BenchCommands.h"
#include "bench/BenchSupport.h"
#include "core/crypto/PublicKey.h"
#include "core/jose/Jws.h"
#include "core/net/Fetcher.h"
#include "core/verify/DataIntegrity.h"
#include "core/verify/Verifier.h"

#include <QDateTime>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

namespace ler::bench {

namespace {

/// Trusts the key named by the verification method's "#z6Mk..." fragment (the 1EdTech issuer is not resolvable).
verify::MethodResolver fragmentKeyResolver()
{
    return [](const QString& methodId) -> Result<QJsonObject> {
        auto key = crypto::PublicKey::fromMultikey(QStringView(methodId).mid(methodId.indexOf(QLatin1Char('#')) + 1));
        if (!key)
            return key.error();
        return verify::controllerDocumentForKey(verify::TrustedKey { methodId, *key });
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

QJsonObject unsignedOb3()
{
    return QJsonDocument::fromJson(testData(QStringLiteral("vectors/openbadges-eddsa/ob3/unsigned-credential.json")))
        .object();
}

} // namespace

int benchVerifyFile(const Args& args)
{
    QString path = args.value(QStringLiteral("file"));
    QTemporaryDir temp;
    const BenchIssuer issuer;
    if (path.isEmpty()) {
        // Without --file: the Open Badges 3.0 vector issued here by a did:key with eddsa-rdfc-2022, which verifies
        // offline (the vector's own issuer key cannot be resolved without the network).
        auto issued = issuer.issue(unsignedOb3());
        if (!issued) {
            return fail(issued.error().message);
        }
        path = temp.filePath(QStringLiteral("ob3-eddsa-rdfc-2022.json"));
        QFile out(path);
        if (!out.open(QIODevice::WriteOnly) || out.write(QJsonDocument(*issued).toJson()) < 0) {
            return fail(QStringLiteral("cannot write %1").arg(path));
        }
        note(QStringLiteral("no --file: an Open Badges 3.0 credential signed here (eddsa-rdfc-2022, did:key)"));
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return fail(QStringLiteral("cannot read %1").arg(path));
    }
    const QByteArray bytes = file.readAll();
    // As `ler-wallet-cli verify --offline` does it: a Verifier with offline set and a fetcher that is offline.
    net::Fetcher fetcher;
    fetcher.setOnline(false);
    verify::Verifier::Options options;
    options.offline = true;
    options.fetcher = &fetcher;
    const verify::Verifier verifier(options);
    const auto first = verifier.verify(bytes, path);
    if (!first) {
        return fail(QStringLiteral("%1 cannot be read: %2").arg(path, first.error().message));
    }
    note(QStringLiteral("%1: %2 (%3)").arg(path, verify::outcomeName(first->overall), first->summary));
    if (first->check(verify::reportid::kSignature) == nullptr
        || first->check(verify::reportid::kSignature)->status != verify::Check::Passed) {
        note(QStringLiteral("warning: the signature was not checked offline, so this rate leaves it out"));
    }
    const Rates rates
        = interleavedRates([&] { return verifier.verify(bytes, path).ok(); }, rawEd25519Verify(), args.seconds());
    emitFigure(QStringLiteral("verify"), rates.value, QStringLiteral("credentials/s"), rates.baseline);
    return rates.value > 0 ? 0 : 1;
}

int benchSuites(const Args& args)
{
    const double seconds = args.seconds();
    verify::VerifyOptions options;
    options.resolver = verify::firstOf({ verify::offlineDidResolver(), fragmentKeyResolver() });

    const QJsonObject rdfcCredential
        = QJsonDocument::fromJson(testData(QStringLiteral("vectors/openbadges-eddsa/ob3/signed-credential.json")))
              .object();
    if (rdfcCredential.isEmpty() || unsignedOb3().isEmpty()) {
        return fail(QStringLiteral("test vectors not found under %1").arg(QStringLiteral(LER_BENCH_DATA)));
    }
    const BenchIssuer issuer;
    auto jcsCredential = issuer.issue(unsignedOb3(), false);
    if (!jcsCredential) {
        return fail(QStringLiteral("signing failed: %1").arg(jcsCredential.error().message));
    }
    const QJsonObject jwtHeader { { QStringLiteral("alg"), QStringLiteral("EdDSA") },
        { QStringLiteral("typ"), QStringLiteral("JWT") },
        { QStringLiteral("kid"), issuer.verificationMethod() } };
    auto jwt = jose::signCompactJws(jwtHeader,
        QJsonDocument(jwtClaims(unsignedOb3(), issuer.did())).toJson(QJsonDocument::Compact),
        [&](QByteArrayView data) -> Result<QByteArray> { return issuer.sign(data); });
    if (!jwt) {
        return fail(QStringLiteral("signing the VC-JWT failed: %1").arg(jwt.error().message));
    }
    verify::Verifier::Options verifierOptions;
    verifierOptions.offline = true;
    const verify::Verifier verifier(verifierOptions);
    if (auto report = verifier.verify(*jwt); !report || report->overall != verify::Outcome::Verified) {
        return fail(QStringLiteral("the VC-JWT does not verify"));
    }

    const Rates rdfc = interleavedRates(
        [&] { return verify::verifyDataIntegrity(rdfcCredential, options).verified(); }, rawEd25519Verify(), seconds);
    emitFigure(QStringLiteral("verify-eddsa-rdfc-2022"), rdfc.value, QStringLiteral("credentials/s"), rdfc.baseline);
    const Rates jcs = interleavedRates(
        [&] { return verify::verifyDataIntegrity(*jcsCredential, options).verified(); }, rawEd25519Verify(), seconds);
    emitFigure(QStringLiteral("verify-eddsa-jcs-2022"), jcs.value, QStringLiteral("credentials/s"), jcs.baseline);
    const Rates vcJwt = interleavedRates(
        [&] {
            auto report = verifier.verify(*jwt);
            return report && report->overall == verify::Outcome::Verified;
        },
        rawEd25519Verify(),
        seconds);
    emitFigure(QStringLiteral("verify-vc-jwt"), vcJwt.value, QStringLiteral("credentials/s"), vcJwt.baseline);
    return rdfc.value > 0 && jcs.value > 0 && vcJwt.value > 0 ? 0 : 1;
}

int benchEd25519(const Args& args)
{
    const BenchIssuer issuer;
    const QByteArray message(64, 'm');
    const QByteArray signature = issuer.sign(message);
    const auto key = crypto::PublicKey::fromMultikey(issuer.did().mid(8));
    if (!key) {
        return fail(key.error().message);
    }
    // The wrapper every verifier goes through, against libsodium called directly.
    const Rates rates
        = interleavedRates([&] { return key->verify(crypto::SignatureAlgorithm::EdDSA, message, signature).ok(); },
            rawEd25519Verify(),
            args.seconds());
    emitFigure(QStringLiteral("ed25519-verify"), rates.value, QStringLiteral("verifications/s"), rates.baseline);
    return rates.value > 0 ? 0 : 1;
}

} // namespace ler::bench
