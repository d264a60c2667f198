// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: LER Wallet contributors
#include "core/verify/DataIntegrity.h"

#include "core/codec/Base58.h"
#include "core/did/DidDocument.h"
#include "core/jose/Jws.h"
#include "core/util/Clock.h"
#include "core/verify/ProofSet.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <optional>

namespace ler::verify {

namespace {

const QString kContextKey = QStringLiteral("@context");

std::optional<did::VerificationRelationship> relationshipFromPurpose(const QString& purpose)
{
    using R = did::VerificationRelationship;
    for (R r :
        { R::AssertionMethod, R::Authentication, R::CapabilityInvocation, R::CapabilityDelegation, R::KeyAgreement }) {
        if (did::relationshipName(r) == purpose)
            return r;
    }
    return std::nullopt;
}

/// An xsd:dateTime; a value without a time zone is taken as UTC.
QDateTime parseDateTime(const QString& text)
{
    QDateTime t = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (t.isValid() && t.timeSpec() == Qt::LocalTime)
        t.setTimeSpec(Qt::UTC);
    return t;
}

QStringList contextList(const QJsonValue& context)
{
    if (context.isArray()) {
        QStringList out;
        for (const QJsonValue& v : context.toArray())
            out.append(QString::fromUtf8(QJsonDocument(QJsonArray { v }).toJson(QJsonDocument::Compact)));
        return out;
    }
    return { QString::fromUtf8(QJsonDocument(QJsonArray { context }).toJson(QJsonDocument::Compact)) };
}

/// True when the document's @context starts with the proof's @context entries, in the same order.
bool contextStartsWith(const QJsonValue& documentContext, const QJsonValue& proofContext)
{
    const QStringList doc = contextList(documentContext);
    const QStringList proof = contextList(proofContext);
    return proof.size() <= doc.size() && doc.mid(0, proof.size()) == proof;
}

/// The proof's verification method id. A bare did:key (no fragment, as some issuers write it) names the key of
/// that DID, whose method id is the DID plus "#" plus the key.
QString methodIdOf(const QJsonObject& proof)
{
    const QString id = proof.value(QLatin1String("verificationMethod")).toString();
    const QLatin1String didKey("did:key:");
    if (id.startsWith(didKey) && !id.contains(QLatin1Char('#')))
        return id + QLatin1Char('#') + id.mid(didKey.size());
    return id;
}

/// Checks one proof of a secured document, adding checks as it goes.
class ProofVerifier
{
public:
    ProofVerifier(const QJsonObject& secured, const QJsonObject& proof, const VerifyOptions& options, ProofResult& out)
        : m_secured(secured)
        , m_proof(proof)
        , m_options(options)
        , m_out(out)
        , m_method(methodIdOf(proof))
    {
        m_jsonOptions.documentLoader = options.documentLoader ? options.documentLoader : jsonld::bundledLoader();
        // RDF canonicalization silently leaves out what no context defines; safe mode makes that an error.
        m_jsonOptions.safeMode = true;
        // Only the graph is signed, but the checks here and what the wallet shows read the JSON: it must say
        // plainly what the graph holds (Data Integrity's context validation, and no data moved elsewhere).
        m_jsonOptions.plainForm = true;
    }

    void run()
    {
        if (!checkSuite())
            return;
        const bool keyOk = checkKey();
        if (keyOk)
            checkPurpose();
        checkDates();
        checkChallengeAndDomain();
        auto document = unsecuredDocument();
        if (!document || !keyOk) {
            addSignatureNotChecked(keyOk
                    ? tx("ler::verify", "The signature cannot be checked: the signed document is incomplete.")
                    : tx("ler::verify", "The signature cannot be checked without the signing key."),
                keyOk ? QStringLiteral("signature/incomplete-document") : QStringLiteral("signature/no-key"));
            return;
        }
        checkSignature(*document);
    }

private:
    void add(Check c) { m_out.checks.append(std::move(c)); }
    /// With a stable reason, so tools and tests tell failures apart without reading their words.
    void add(Check c, QString reason)
    {
        c.reason = std::move(reason);
        add(std::move(c));
    }

    void addSignatureNotChecked(const Text& message, const QString& reason)
    {
        add(Check::notChecked(checkid::kSignature, message), reason);
    }

    bool checkSuite()
    {
        auto suite = proofSuiteOf(m_proof);
        if (!suite) {
            const bool unsupported = suite.error().code == ErrorCode::Unsupported;
            add(unsupported ? Check::notChecked(checkid::kSuite, suite.error().message)
                            : Check::failed(checkid::kSuite, suite.error().message),
                !suite.error().reason.isEmpty() ? suite.error().reason
                    : unsupported               ? QStringLiteral("suite/unsupported")
                                                : QStringLiteral("suite/invalid"));
            return false;
        }
        m_suite = *suite;
        m_out.suite = proofSuiteName(m_suite);
        return true;
    }

    bool checkKey()
    {
        const QString shortMethod = shortIdentifier(m_method, 48);
        if (m_method.isEmpty()) {
            add(Check::failed(
                    checkid::kKey, tx("ler::verify", "The proof does not name its signing key (verificationMethod).")),
                QStringLiteral("key/not-named"));
            return false;
        }
        static const QRegularExpression absoluteUri(QStringLiteral("^[A-Za-z][A-Za-z0-9+.-]*:\\S+$"));
        if (!absoluteUri.match(m_method).hasMatch()) {
            add(Check::failed(checkid::kKey,
                    tx("ler::verify", "The proof's signing key %1 is not named by a DID or web address.")
                        .arg(shortMethod)),
                QStringLiteral("key/not-an-identifier"));
            return false;
        }
        const MethodResolver resolve = m_options.resolver ? m_options.resolver : offlineDidResolver();
        auto doc = resolve(m_method);
        if (!doc) {
            add(keyLookupFailure(doc.error(), shortMethod));
            return false;
        }
        m_controllerDocument = *doc;
        auto method = did::findVerificationMethod(m_controllerDocument, m_method);
        auto key = method ? did::publicKeyFromVerificationMethod(*method) : Result<crypto::PublicKey>(method.error());
        if (!key) {
            add(Check::failed(checkid::kKey,
                    tx("ler::verify", "The signing key %1 was not found or is not valid.").arg(shortMethod),
                    key.error().message),
                QStringLiteral("key/not-found"));
            return false;
        }
        if (!suiteAcceptsKey(m_suite, key->type())) {
            add(Check::failed(checkid::kKey,
                    isEcdsa(m_suite)
                        ? tx("ler::verify", "The key %1 is a %2 key, but this proof needs a P-256 or P-384 key.")
                              .arg(shortMethod, crypto::keyTypeName(key->type()))
                        : tx("ler::verify", "The key %1 is a %2 key, but this proof needs an Ed25519 key.")
                              .arg(shortMethod, crypto::keyTypeName(key->type()))),
                QStringLiteral("key/wrong-type"));
            return false;
        }
        m_key = *key;
        add(Check::passed(checkid::kKey, tx("ler::verify", "Signing key found: %1").arg(shortMethod)));
        return true;
    }

    static Check keyLookupFailure(const Error& e, const QString& shortMethod)
    {
        Check c = keyLookupCheck(e, shortMethod);
        c.reason = e.code == ErrorCode::Unsupported || e.code == ErrorCode::NotFound ? QStringLiteral("key/offline")
            : e.code == ErrorCode::Network ? QStringLiteral("key/download-failed")
                                           : QStringLiteral("key/invalid");
        return c;
    }

    static Check keyLookupCheck(const Error& e, const QString& shortMethod)
    {
        switch (e.code) {
        case ErrorCode::Unsupported:
        case ErrorCode::NotFound:
            return Check::notChecked(checkid::kKey,
                tx("ler::verify", "The signing key %1 cannot be looked up offline.").arg(shortMethod),
                e.message);
        case ErrorCode::Network:
            return Check::notChecked(checkid::kKey,
                tx("ler::verify", "The signing key %1 could not be downloaded.").arg(shortMethod),
                e.message);
        default:
            return Check::failed(
                checkid::kKey, tx("ler::verify", "The signing key %1 is not valid.").arg(shortMethod), e.message);
        }
    }

    void checkPurpose()
    {
        const QString purpose = m_proof.value(QLatin1String("proofPurpose")).toString();
        if (purpose.isEmpty()) {
            add(Check::failed(
                    checkid::kPurpose, tx("ler::verify", "The proof does not say what it is for (proofPurpose).")),
                QStringLiteral("proof-purpose/missing"));
            return;
        }
        if (purpose != m_options.expectedProofPurpose) {
            add(Check::failed(checkid::kPurpose,
                    tx("ler::verify", "The proof was made for \"%1\", but \"%2\" is needed here.")
                        .arg(purpose, m_options.expectedProofPurpose)),
                QStringLiteral("proof-purpose/other"));
            return;
        }
        const auto rel = relationshipFromPurpose(purpose);
        if (!rel || !did::hasRelationship(m_controllerDocument, m_method, *rel)) {
            add(Check::failed(checkid::kPurpose,
                    tx("ler::verify", "The key's owner does not allow it to be used for \"%1\".").arg(purpose)),
                QStringLiteral("proof-purpose/not-allowed"));
            return;
        }
        add(Check::passed(checkid::kPurpose, tx("ler::verify", "The key is allowed for \"%1\".").arg(purpose)));
    }

    QDateTime now() const { return m_options.now.isValid() ? m_options.now : clock::nowUtc(); }

    void checkDates()
    {
        if (m_proof.contains(QLatin1String("created"))) {
            const QDateTime created = parseDateTime(m_proof.value(QLatin1String("created")).toString());
            if (!created.isValid())
                add(Check::failed(
                        checkid::kCreated, tx("ler::verify", "The proof's creation date is not a valid date.")),
                    QStringLiteral("created/invalid"));
            else if (created > now().addSecs(m_options.clockSkewSeconds))
                add(Check::failed(checkid::kCreated,
                        tx("ler::verify", "The proof claims to be made in the future (%1).")
                            .arg(created.toString(Qt::ISODate))),
                    QStringLiteral("created/future"));
            else
                add(Check::passed(
                    checkid::kCreated, tx("ler::verify", "Signed on %1.").arg(created.toString(Qt::ISODate))));
        }
        if (m_proof.contains(QLatin1String("expires"))) {
            const QDateTime expires = parseDateTime(m_proof.value(QLatin1String("expires")).toString());
            if (!expires.isValid())
                add(Check::failed(checkid::kExpires, tx("ler::verify", "The proof's expiry date is not a valid date.")),
                    QStringLiteral("expires/invalid"));
            else if (expires < now())
                add(Check::failed(checkid::kExpires,
                        tx("ler::verify", "The proof expired on %1.").arg(expires.toString(Qt::ISODate))),
                    QStringLiteral("expires/past"));
            else
                add(Check::passed(checkid::kExpires,
                    tx("ler::verify", "The proof is valid until %1.").arg(expires.toString(Qt::ISODate))));
        }
    }

    void checkChallengeAndDomain()
    {
        if (!m_options.expectedChallenge.isEmpty()) {
            if (m_proof.value(QLatin1String("challenge")).toString() == m_options.expectedChallenge)
                add(Check::passed(checkid::kChallenge, tx("ler::verify", "The proof answers the expected challenge.")));
            else
                add(Check::failed(checkid::kChallenge,
                        tx("ler::verify",
                            "The proof was made for another challenge: it may be a "
                            "replay of an older presentation.")),
                    QStringLiteral("challenge/other"));
        }
        if (!m_options.expectedDomain.isEmpty()) {
            const QJsonValue domain = m_proof.value(QLatin1String("domain"));
            const bool ok = domain.isArray() ? domain.toArray().contains(QJsonValue(m_options.expectedDomain))
                                             : domain.toString() == m_options.expectedDomain;
            if (ok)
                add(Check::passed(
                    checkid::kDomain, tx("ler::verify", "The proof is meant for %1.").arg(m_options.expectedDomain)));
            else
                add(Check::failed(checkid::kDomain,
                        tx("ler::verify", "The proof was made for another site or service, not for %1.")
                            .arg(m_options.expectedDomain)),
                    QStringLiteral("domain/other"));
        }
    }

    /// The document this proof signs, with the proof's own @context rule and the proofs of a chain applied.
    std::optional<QJsonObject> unsecuredDocument()
    {
        auto document = documentForProof(m_secured, m_proof);
        if (!document) {
            add(Check::failed(checkid::kPrevious, document.error().message),
                document.error().reason.isEmpty() ? QStringLiteral("previous-proof/missing") : document.error().reason);
            return std::nullopt;
        }
        if (!previousProofIds(m_proof).isEmpty())
            add(Check::passed(
                checkid::kPrevious, tx("ler::verify", "The earlier proofs this proof builds on are present.")));
        if (m_proof.contains(kContextKey)) {
            if (!contextStartsWith(m_secured.value(kContextKey), m_proof.value(kContextKey))) {
                add(Check::failed(
                        checkid::kContext, tx("ler::verify", "The proof's contexts do not match the document's.")),
                    QStringLiteral("@context/proof-mismatch"));
                return std::nullopt;
            }
            document->insert(kContextKey, m_proof.value(kContextKey));
        }
        return std::move(document.value());
    }

    /// An unknown top-level context, reported by name; empty if all are bundled.
    QString unknownContext(const QJsonObject& document) const
    {
        const QJsonValue context = document.value(kContextKey);
        const QJsonArray list = context.isArray() ? context.toArray() : QJsonArray { context };
        for (const QJsonValue& c : list) {
            if (c.isString() && !m_jsonOptions.documentLoader->load(c.toString()))
                return c.toString();
        }
        return {};
    }

    void checkSignature(const QJsonObject& document)
    {
        const QString unknown = unknownContext(document);
        if (usesRdfCanonicalization(m_suite) && !unknown.isEmpty()) {
            add(Check::notChecked(
                    checkid::kContext, tx("ler::verify", "Unknown context %1: cannot check offline").arg(unknown)),
                QStringLiteral("@context/unknown"));
            addSignatureNotChecked(
                tx("ler::verify", "The signature cannot be checked without the document's contexts."),
                QStringLiteral("signature/unknown-context"));
            return;
        }
        // The key decides the hash (SHA-384 for ECDSA with P-384): a proof hashed otherwise does not verify.
        auto input = hashInput(m_suite, document, m_proof, m_jsonOptions, proofHashFor(m_suite, m_key.type()));
        if (!input) {
            add(canonicalFailure(input.error()));
            addSignatureNotChecked(
                tx("ler::verify", "The signature cannot be checked: the document could not be read."),
                QStringLiteral("signature/unreadable-document"));
            return;
        }
        const Status valid = m_suite == ProofSuite::Ed25519Signature2018 ? verifyDetachedJws(input->hashData)
                                                                         : verifyProofValue(input->hashData);
        if (valid.ok()) {
            add(Check::passed(checkid::kSignature,
                tx("ler::verify", "Signature valid: signed by %1").arg(shortIdentifier(controllerOf(m_method), 40))));
        } else if (valid.error().code == ErrorCode::VerificationFailed) {
            add(Check::failed(checkid::kSignature,
                    tx("ler::verify",
                        "The signature does not match: the credential was changed "
                        "after it was signed"),
                    valid.error().message),
                QStringLiteral("signature/mismatch"));
        } else {
            add(Check::failed(checkid::kSignature,
                    tx("ler::verify", "The signature is damaged and cannot be checked."),
                    valid.error().message),
                QStringLiteral("signature/damaged"));
        }
    }

    static Check canonicalFailure(const Error& e)
    {
        if (const std::optional<jsonld::SafeModeViolation> v = jsonld::safeModeViolation(e))
            return coverageFailure(*v, e.message);
        Check c;
        if (e.code == ErrorCode::NotFound) {
            c = Check::notChecked(checkid::kContext,
                tx("ler::verify",
                    "A context the document uses is unknown: cannot check "
                    "offline"),
                e.message);
            c.reason = QStringLiteral("@context/unknown");
        } else if (e.code == ErrorCode::LimitExceeded) {
            c = Check::failed(
                checkid::kContext, tx("ler::verify", "The document is too complex to check safely."), e.message);
            c.reason = QStringLiteral("@context/too-complex");
        } else {
            c = Check::failed(checkid::kContext, tx("ler::verify", "The document is not valid JSON-LD."), e.message);
            c.reason = QStringLiteral("@context/not-json-ld");
        }
        return c;
    }

    /// Data the signature does not cover, named for the reader; the detail keeps the JSON-LD event.
    static Check coverageFailure(const jsonld::SafeModeViolation& v, const Text& detail)
    {
        Text message;
        QString reason;
        if (v.event == QLatin1String("invalid property")) {
            reason = QStringLiteral("coverage/undefined-term");
            message = tx("ler::verify",
                "The credential holds \"%1\", which none of its vocabularies (contexts) defines: the signature does "
                "not cover it, so the credential cannot be trusted.")
                          .arg(v.value);
        } else if (v.event == QLatin1String("relative @type reference")) {
            reason = QStringLiteral("coverage/undefined-type");
            message = tx("ler::verify",
                "The type \"%1\" is not defined by any of the credential's vocabularies (contexts): the signature "
                "does not cover it, so the credential cannot be trusted.")
                          .arg(v.value);
        } else if (v.event == QLatin1String("embedded context")) {
            reason = QStringLiteral("coverage/embedded-context");
            message = tx("ler::verify",
                "The credential defines its own vocabulary inside it (a context for \"%1\"): the signature does not "
                "cover what its terms mean, so the credential cannot be trusted.")
                          .arg(v.value);
        } else if (v.event == QLatin1String("keyword out of place")
            || v.event == QLatin1String("property not a term")) {
            reason = QStringLiteral("coverage/moved-data");
            message = tx("ler::verify",
                "The credential writes \"%1\" in a form that puts its data somewhere else than where it is read: "
                "what the credential shows may not be what was signed, so it cannot be trusted.")
                          .arg(v.value);
        } else if (v.event.startsWith(QLatin1String("relative")) || v.event.startsWith(QLatin1String("reserved"))) {
            reason = QStringLiteral("coverage/not-absolute");
            message = tx("ler::verify",
                "\"%1\" is not a full web address or identifier: the signature does not cover it, so the credential "
                "cannot be trusted.")
                          .arg(v.value);
        } else {
            reason = QStringLiteral("coverage/dropped");
            message = tx("ler::verify",
                "Part of the credential (\"%1\") is left out of what the signature covers, so the credential cannot "
                "be trusted.")
                          .arg(v.value);
        }
        Check c = Check::failed(checkid::kCoverage, message, detail);
        c.reason = reason;
        return c;
    }

    Status verifyProofValue(const QByteArray& hashData) const
    {
        const QString value = m_proof.value(QLatin1String("proofValue")).toString();
        if (!value.startsWith(QLatin1Char('z')))
            return invalidInput(tx("ler::verify", "The proof value is missing or not in base58btc multibase form."),
                QStringLiteral("verify/proof-value-not-multibase"));
        auto signature = codec::base58Decode(QStringView(value).mid(1).toLatin1());
        if (!signature)
            return signature.error();
        if (isEcdsa(m_suite)) {
            // ECDSA proofs carry the raw r||s form, 64 bytes for P-256 and 96 for P-384.
            const bool p384 = m_key.type() == crypto::KeyType::P384;
            if (signature->size() != (p384 ? 96 : 64))
                return invalidInput(p384 ? tx("ler::verify", "The proof value is not a 96-byte P-384 ECDSA signature.")
                                         : tx("ler::verify", "The proof value is not a 64-byte P-256 ECDSA signature."),
                    QStringLiteral("verify/proof-value-wrong-length"));
            return m_key.verify(
                p384 ? crypto::SignatureAlgorithm::ES384 : crypto::SignatureAlgorithm::ES256, hashData, *signature);
        }
        if (signature->size() != 64)
            return invalidInput(tx("ler::verify", "The proof value is not a 64-byte Ed25519 signature."),
                QStringLiteral("verify/proof-value-wrong-length"));
        return m_key.verify(crypto::SignatureAlgorithm::EdDSA, hashData, *signature);
    }

    /// Ed25519Signature2018: a JWS with detached, unencoded payload (RFC 7797, b64 false) over the hash data.
    Status verifyDetachedJws(const QByteArray& hashData) const
    {
        const QByteArray jws = m_proof.value(QLatin1String("jws")).toString().toLatin1();
        const qsizetype first = jws.indexOf('.');
        const qsizetype last = jws.lastIndexOf('.');
        if (first < 0 || last != first + 1)
            return invalidInput(tx("ler::verify", "The proof's JWS is not a detached JWS."),
                QStringLiteral("verify/proof-jws-not-detached"));
        jose::JwsParseOptions parse;
        parse.understoodCritical = { QStringLiteral("b64") };
        auto parsed = jose::parseCompactJws(jws, parse);
        if (!parsed)
            return parsed.error();
        if (parsed->header.value(QLatin1String("b64")) != QJsonValue(false) || parsed->alg() != QLatin1String("EdDSA"))
            return invalidInput(tx("ler::verify", "The proof's JWS header must be EdDSA with an unencoded payload."),
                QStringLiteral("verify/proof-jws-header-unsupported"));

        return m_key.verify(
            crypto::SignatureAlgorithm::EdDSA, parsed->protectedB64 + '.' + hashData, parsed->signature);
    }

    const QJsonObject& m_secured;
    const QJsonObject& m_proof;
    const VerifyOptions& m_options;
    ProofResult& m_out;
    QString m_method;
    jsonld::Options m_jsonOptions;
    ProofSuite m_suite = ProofSuite::EddsaRdfc2022;
    QJsonObject m_controllerDocument;
    crypto::PublicKey m_key;
};

} // namespace

const Check* ProofResult::check(const QString& checkId) const
{
    for (const Check& c : checks) {
        if (c.id == checkId)
            return &c;
    }
    return nullptr;
}

bool DataIntegrityResult::verified() const
{
    if (proofs.isEmpty())
        return false;
    for (const ProofResult& p : proofs) {
        if (!p.verified())
            return false;
    }
    return true;
}

QList<Check> DataIntegrityResult::allChecks() const
{
    QList<Check> out;
    for (const ProofResult& p : proofs)
        out += p.checks;
    return out;
}

ProofResult verifyProof(const QJsonObject& securedDocument, const QJsonObject& proof, const VerifyOptions& options)
{
    ProofResult result;
    result.id = proof.value(QLatin1String("id")).toString();
    result.suite = proof.value(QLatin1String("cryptosuite")).toString(proof.value(QLatin1String("type")).toString());
    result.verificationMethod = proof.value(QLatin1String("verificationMethod")).toString();
    ProofVerifier(securedDocument, proof, options, result).run();
    return result;
}

DataIntegrityResult verifyDataIntegrity(const QJsonObject& securedDocument, const VerifyOptions& options)
{
    DataIntegrityResult result;
    const QList<QJsonObject> proofs = proofsOf(securedDocument);
    for (int i = 0; i < proofs.size(); ++i) {
        ProofResult r = verifyProof(securedDocument, proofs.at(i), options);
        r.index = i;
        result.proofs.append(std::move(r));
    }
    return result;
}

} // namespace ler::verify
