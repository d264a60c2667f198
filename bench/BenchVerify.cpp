// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: LER Wallet contributors
/// Verification rates: any one credential file as `ler-wallet-cli verify --offline` checks it; the Data Integrity
/// suites and VC-JWT on an Open Badges 3.0 credential; and Ed25519 itself. Every rate is set against raw libsodium
/// Ed25519 verifications measured in alternating slices of the same run, so a figure reads as "how many signature
/// checks one credential costs" (ratio 0.25: four). `suites --stages` splits one eddsa-rdfc-2022 check into its
/// stages, each in microseconds against the microseconds of one raw verify.

#include "bench/BenchCommands.h"
#include "bench/BenchSupport.h"
#include "core/canon/RdfCanon.h"
#include "core/crypto/PublicKey.h"
#include "core/jose/Jws.h"
#include "core/jsonld/JsonLd.h"
#include "core/net/Fetcher.h"
#include "core/verify/DataIntegrity.h"
#include "core/verify/JwtCredential.h"
#include "core/verify/KeyLookup.h"
#include "core/verify/ProofSuite.h"
#include "core/verify/Verifier.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <algorithm>

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

/// The bundled contexts without the cache that keeps processed contexts between calls: every verification
/// processes its contexts afresh (as before that cache), for a before/after figure in the same run.
class UncachedLoader : public jsonld::DocumentLoader
{
public:
    Result<jsonld::RemoteDocument> load(const QString& url) const override { return m_inner->load(url); }

private:
    std::shared_ptr<const jsonld::DocumentLoader> m_inner = jsonld::bundledLoader();
};

/// --only a,b: the figures to run (all when absent), for profiling one of them.
bool wanted(const Args& args, const char* name)
{
    if (!args.has(QStringLiteral("only"))) {
        return true;
    }
    return args.value(QStringLiteral("only")).split(QLatin1Char(',')).contains(QLatin1String(name));
}

/// The rates of op and baseline: timed as interleavedRates does, or with --iterations N exactly N calls of each
/// (for callgrind and perf, whose counts should not depend on how busy the machine is).
Rates rates(const Args& args, const std::function<bool()>& op, const std::function<bool()>& baseline)
{
    const int iterations = args.value(QStringLiteral("iterations")).toInt();
    if (iterations <= 0) {
        return interleavedRates(op, baseline, args.seconds());
    }
    const auto timed = [iterations](const std::function<bool()>& f) {
        QElapsedTimer timer;
        timer.start();
        for (int i = 0; i < iterations; ++i) {
            if (!f()) {
                return 0.0;
            }
        }
        return double(iterations) * 1e9 / double(std::max<qint64>(timer.nsecsElapsed(), 1));
    };
    const double value = timed(op);
    return { value, timed(baseline) };
}

/// Where the time of one eddsa-rdfc-2022 verification goes: one figure per stage, in microseconds, against the
/// microseconds of one raw Ed25519 verify (so the ratio is the stage's cost in signature checks).
int stageFigures(const Args& args, const QJsonObject& credential, const verify::VerifyOptions& options)
{
    QJsonObject unsecured = credential;
    unsecured.remove(QStringLiteral("proof"));
    const QJsonObject proof = credential.value(QLatin1String("proof")).toObject();
    // As the verifier reads a document whose canonical form is signed.
    jsonld::Options jsonOptions;
    jsonOptions.safeMode = true;
    jsonOptions.plainForm = true;
    const auto expanded = jsonld::expand(unsecured, jsonOptions);
    if (!expanded) {
        return fail(QStringLiteral("expansion failed: %1").arg(expanded.error().message.untranslated()));
    }
    const auto dataset = jsonld::expandedToRdf(*expanded, jsonOptions);
    if (!dataset) {
        return fail(QStringLiteral("toRdf failed: %1").arg(dataset.error().message.untranslated()));
    }
    QJsonObject config = proof;
    config.remove(QStringLiteral("proofValue"));
    config.insert(QStringLiteral("@context"), unsecured.value(QLatin1String("@context")));
    const QString method = proof.value(QLatin1String("verificationMethod")).toString();
    const std::pair<const char*, std::function<bool()>> stages[] = {
        { "expand", [&] { return jsonld::expand(unsecured, jsonOptions).ok(); } },
        { "to-rdf", [&] { return jsonld::expandedToRdf(*expanded, jsonOptions).ok(); } },
        { "rdfc", [&] { return rdfc::canonicalizeDataset(*dataset).ok(); } },
        { "proof-config",
            [&] { return verify::canonicalForm(verify::ProofSuite::EddsaRdfc2022, config, jsonOptions).ok(); } },
        { "hash-input",
            [&] { return verify::hashInput(verify::ProofSuite::EddsaRdfc2022, unsecured, proof, jsonOptions).ok(); } },
        { "key", [&] { return options.resolver(method).ok(); } },
        { "whole", [&] { return verify::verifyDataIntegrity(credential, options).verified(); } },
    };
    for (const auto& [name, op] : stages) {
        const Rates r = rates(args, op, rawEd25519Verify());
        if (r.value <= 0) {
            return fail(QStringLiteral("stage %1 failed").arg(QLatin1String(name)));
        }
        emitFigure(QStringLiteral("stage-eddsa-rdfc-2022/") + QLatin1String(name),
            1e6 / r.value,
            QStringLiteral("us"),
            1e6 / r.baseline);
    }
    return 0;
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
            return fail(issued.error().message.untranslated());
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
        return fail(QStringLiteral("%1 cannot be read: %2").arg(path, first.error().message.untranslated()));
    }
    note(QStringLiteral("%1: %2 (%3)").arg(path, verify::outcomeName(first->overall), first->summary.untranslated()));
    if (first->check(verify::reportid::kSignature) == nullptr
        || first->check(verify::reportid::kSignature)->status != verify::Check::Passed) {
        note(QStringLiteral("warning: the signature was not checked offline, so this rate leaves it out"));
    }
    const Rates measured = rates(
        args, [&] { return verifier.verify(bytes, path).ok(); }, rawEd25519Verify());
    emitFigure(QStringLiteral("verify"), measured.value, QStringLiteral("credentials/s"), measured.baseline);
    return measured.value > 0 ? 0 : 1;
}

int benchSuites(const Args& args)
{
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
        return fail(QStringLiteral("signing failed: %1").arg(jcsCredential.error().message.untranslated()));
    }
    const QJsonObject jwtHeader { { QStringLiteral("alg"), QStringLiteral("EdDSA") },
        { QStringLiteral("typ"), QStringLiteral("JWT") },
        { QStringLiteral("kid"), issuer.verificationMethod() } };
    auto jwt = jose::signCompactJws(jwtHeader,
        QJsonDocument(jwtClaims(unsignedOb3(), issuer.did())).toJson(QJsonDocument::Compact),
        [&](QByteArrayView data) -> Result<QByteArray> { return issuer.sign(data); });
    if (!jwt) {
        return fail(QStringLiteral("signing the VC-JWT failed: %1").arg(jwt.error().message.untranslated()));
    }
    verify::Verifier::Options verifierOptions;
    verifierOptions.offline = true;
    const verify::Verifier verifier(verifierOptions);
    if (auto report = verifier.verify(*jwt); !report || report->overall != verify::Outcome::Verified) {
        return fail(QStringLiteral("the VC-JWT does not verify"));
    }

    if (args.has(QStringLiteral("stages"))) {
        return stageFigures(args, rdfcCredential, options);
    }

    bool ok = true;
    const auto figure = [&](const char* name, const std::function<bool()>& op) {
        if (!wanted(args, name)) {
            return;
        }
        const Rates r = rates(args, op, rawEd25519Verify());
        emitFigure(
            QStringLiteral("verify-") + QLatin1String(name), r.value, QStringLiteral("credentials/s"), r.baseline);
        ok = ok && r.value > 0;
    };
    figure("eddsa-rdfc-2022", [&] { return verify::verifyDataIntegrity(rdfcCredential, options).verified(); });
    figure("eddsa-jcs-2022", [&] { return verify::verifyDataIntegrity(*jcsCredential, options).verified(); });
    figure("vc-jwt", [&] {
        auto report = verifier.verify(*jwt);
        return report && report->overall == verify::Outcome::Verified;
    });
    // The VC-JWT's proof alone, the work the two Data Integrity figures measure: reading the token, finding the
    // issuer's key from iss and kid, checking the signature.
    const verify::TrustedIssuers noTrustList;
    const verify::KeyLookup keys(noTrustList, nullptr, true);
    figure("vc-jwt-proof", [&] {
        auto parsed = verify::JwtCredential::parse(*jwt);
        if (!parsed)
            return false;
        verify::TrustPath path;
        auto key = keys.jwtKey(parsed->issuer, parsed->jws.header, path);
        return key && jose::verifyJws(parsed->jws, *key).ok();
    });
    // The same rdfc check with every context processed afresh on each call.
    verify::VerifyOptions uncached = options;
    uncached.documentLoader = std::make_shared<UncachedLoader>();
    figure("eddsa-rdfc-2022-uncached-contexts",
        [&] { return verify::verifyDataIntegrity(rdfcCredential, uncached).verified(); });
    return ok ? 0 : 1;
}

int benchEd25519(const Args& args)
{
    const BenchIssuer issuer;
    const QByteArray message(64, 'm');
    const QByteArray signature = issuer.sign(message);
    const auto key = crypto::PublicKey::fromMultikey(issuer.did().mid(8));
    if (!key) {
        return fail(key.error().message.untranslated());
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
