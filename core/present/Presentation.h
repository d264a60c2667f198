// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: LER Wallet contributors
#pragma once

#include "core/util/Text.h"

#include <QByteArray>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

namespace ler::present {

/// The outputs a presentation can be written as. The PDF and QR outputs serialize a Presentation made in one of
/// these (see PresentationService::make).
enum class PresentationFormat
{
    VpJson, ///< a Verifiable Presentation as JSON-LD with a Data Integrity proof (eddsa-rdfc-2022)
    VpJwt, ///< a Verifiable Presentation as a JWT (VC-JOSE-COSE; the VC-JWT 1.1 "vp" claim when all is 1.1)
    SdJwt, ///< one SD-JWT VC with the chosen disclosures and a key binding JWT
};

/// "vp-json", "vp-jwt", "sd-jwt".
QString presentationFormatName(PresentationFormat format);
std::optional<PresentationFormat> presentationFormatFromName(const QString& name);

/// What the person picked for one record.
struct RecordChoice
{
    QString recordId; ///< the wallet's id of the record, as `list --json` prints it
    /// SD-JWT records only: the claims to show ("achievement.grade", "skills[1]", "*" for all). Every other
    /// selectively disclosable claim stays hidden.
    QStringList disclose;
};

/// Who the presentation is for.
struct Recipient
{
    QString domain; ///< the recipient (Data Integrity domain, JWT and key binding aud); may be empty
    QString challenge; ///< the recipient's challenge; empty means one is made (random, 192 bits)
    QDateTime expires; ///< when the presentation stops being valid; invalid means it does not say
};

/// Who made a presentation, as the sharing history keeps it.
enum class SharedBy
{
    Holder, ///< the person, on their own
    CounselorWithClient, ///< a counselor helping the person, with the person present ("Help a client")
};

/// "holder", "counselor-with-client-present".
QString sharedByName(SharedBy sharedBy);
SharedBy sharedByFromName(const QString& name);

/// Everything needed to make a presentation.
struct PresentationRequest
{
    QList<RecordChoice> records;
    Recipient recipient;
    PresentationFormat format = PresentationFormat::VpJson;
    /// Front ends set CounselorWithClient while a counselor helps a client (WalletSession::helpingClient()).
    SharedBy sharedBy = SharedBy::Holder;
};

/// How a record goes into the presentation.
enum class SharingMode
{
    Whole, ///< the issuer's signature covers the whole document (Data Integrity, JWT): it cannot be cut
    Selective, ///< an SD-JWT: only the chosen claims are disclosed
    SelfAsserted, ///< the person's own entry, in a credential the wallet issues and signs with its own key
};

/// "whole", "selective", "self-asserted".
QString sharingModeName(SharingMode mode);

/// Whether records of a source format (model::sourceFormatName()) can go into a presentation: Open Badges 2.0
/// badges and unsigned PESC transcripts cannot (they are no W3C Verifiable Credentials); they are shared as files.
bool canBePresented(const QString& sourceFormat);

/// Something the recipient will be told about a record, and the person before sharing it.
enum class RecordWarning
{
    NotChecked, ///< the wallet never verified it
    NotVerified, ///< the last verification failed
    PartlyVerified, ///< the last verification could not check everything
    Expired, ///< its validity period has ended
    NotYetValid, ///< its validity period has not started
    IssuerUnknown, ///< nothing ties the signing key to the issuer it names
    NoSignature, ///< this record carries no signature of its own (a course of a transcript signed as a whole)
    SelfAsserted, ///< nobody but the person vouches for it
};

/// "not-checked", "not-verified", "partly-verified", "expired", "not-yet-valid", "issuer-unknown", "no-signature",
/// "self-asserted".
QString recordWarningName(RecordWarning warning);

/// A claim of an SD-JWT record and whether it will be shown.
struct PreviewClaim
{
    QString path; ///< "achievement.grade"
    QJsonValue value;
    bool shared = false;
};

/// One record as the recipient will see it.
struct PreviewRecord
{
    QString recordId;
    QString parentId; ///< the transcript (CLR) a course comes from
    QString title;
    QString issuer;
    QString kind; ///< model::kindName()
    QString format; ///< model::sourceFormatName()
    SharingMode sharing = SharingMode::Whole;
    QList<PreviewClaim> claims; ///< SD-JWT records: every claim that can be shown or hidden
    QJsonObject visible; ///< exactly the data the recipient receives for this record
    QList<RecordWarning> warnings;
    QString verification; ///< the stored outcome ("verified"...), "unchecked" or "unverifiable"
    Text verificationSummary; ///< the stored report's summary
    QDateTime verifiedAt;
    bool keyBinding = false; ///< an SD-JWT that gets a key binding JWT signed with the wallet's key
    QDateTime issued; ///< the dates the record states (invalid when it states none)
    QDateTime validFrom;
    QDateTime validUntil;

    QJsonObject toJson() const;
};

/// What the recipient will see, before anything is signed or written.
struct Preview
{
    PresentationFormat format = PresentationFormat::VpJson;
    QString holderDid;
    QString domain;
    QString challenge;
    bool challengeMade = false; ///< the wallet made the challenge (the recipient gave none)
    QDateTime expires;
    QString dataModel; ///< "2.0" or "1.1" for the VP formats; empty for SD-JWT
    QList<PreviewRecord> records;

    QJsonObject toJson() const;
};

/// One record as the sharing history keeps it: which record, and which claims when only some were shown.
struct SharedRecord
{
    QString recordId;
    QString title; ///< the record's own title; empty when it has none
    SharingMode sharing = SharingMode::Whole;
    QStringList claims; ///< the disclosed claim paths of an SD-JWT
    QString format; ///< model::sourceFormatName(), so an untitled record can be named when shown
    QString issuer;

    QJsonObject toJson() const;
    static SharedRecord fromJson(const QJsonObject& json);
};

/// A signed presentation: the bytes to save, and what went into it. Later outputs (PDF, QR codes) encode these.
struct Presentation
{
    PresentationFormat format = PresentationFormat::VpJson;
    QByteArray bytes; ///< the file content: VP JSON text, a compact JWT, or a compact SD-JWT+KB
    QString mediaType; ///< "application/vp", "application/vp+jwt", "application/dc+sd-jwt"...
    QString fileSuffix; ///< "json", "jwt", "sd-jwt"
    QJsonObject document; ///< vp-json: the signed VP; vp-jwt: the JWT payload; empty for sd-jwt
    /// The entries of verifiableCredential as embedded (objects, enveloped data: URLs, or JWT strings).
    QJsonArray credentials;
    QString holderDid;
    QString domain;
    QString challenge;
    QDateTime created;
    QDateTime expires;
    QList<SharedRecord> records;
    SharedBy sharedBy = SharedBy::Holder; ///< from the request; kept in the sharing history, never in the bytes

    /// Lower-case hex SHA-256 of bytes: what the sharing history keeps instead of the presentation.
    QString sha256() const;
};

} // namespace ler::present
