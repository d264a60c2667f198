// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: LER Wallet contributors
#pragma once

#include "core/formats/ImportItem.h"
#include "core/formats/InputProbe.h"
#include "core/model/Record.h"
#include "core/util/Result.h"

#include <QByteArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QStringList>

namespace ler::formats {

/// A W3C Verifiable Credential read from JSON-LD text or from a VC-JWT.
struct LoadedCredential
{
    QJsonObject credential; ///< The credential object (for a JWT: the `vc` claim or the whole payload).
    QString version; ///< "VC 1.1", "VC 2.0", "VC 1.1 JWT"...
    bool jwt = false;
};

/// Mapping rules shared by the W3C VC based importers (Open Badges 3.0, CLR 2.0, generic VC, SD-JWT VC). What only one
/// format has is mapped in that format's importer.
namespace vcmapping {

/// Reads a credential from JSON text or a compact VC-JWT.
Result<LoadedCredential> load(const QByteArray& bytes);
/// The same, from the JSON a probe already decoded when it could.
Result<LoadedCredential> load(const InputProbe& probe);
/// Loads one credential, maps it with `map` and returns it as a one-item batch of `formatId`.
Result<ImportBatch> importSingle(
    const QByteArray& bytes, const QString& formatId, Result<model::Record> (*map)(const LoadedCredential&));
Result<ImportBatch> importSingle(
    const InputProbe& probe, const QString& formatId, Result<model::Record> (*map)(const LoadedCredential&));
/// The credential inside a VC-JWT payload; registered JWT claims (iss, jti, nbf, exp, sub) fill gaps.
LoadedCredential fromJwtPayload(const QJsonObject& payload);
/// The credential of an SD-JWT with a VC Data Model payload: the disclosed claims themselves (a "vc" claim has
/// no meaning there), with iss, jti, nbf, exp and sub filling gaps as in fromJwtPayload.
LoadedCredential fromSdJwtClaims(const QJsonObject& claims);
/// True when the claims of an SD-JWT are a VC Data Model credential (the VerifiableCredential type or a
/// credentialSubject) rather than an SD-JWT VC claim set. The verifier decides the same way.
bool isCredentialClaims(const QJsonObject& claims);
/// "type" as a list, whether given as one string or an array.
QStringList types(const QJsonValue& type);
/// True when obj has the VerifiableCredential type or a W3C credentials @context.
bool isVerifiableCredential(const QJsonObject& obj);
/// "VC 2.0" or "VC 1.1" from the @context.
QString vcVersion(const QJsonObject& credential);

/// id, types, issuer, dates, name, description and evidence; fails when fields have the wrong type.
Status mapCommon(const QJsonObject& vc, model::Record& r);
/// Issuer or profile: a URL/DID string or an object with an id.
Result<model::Issuer> issuer(const QJsonValue& v);

/// Text of a string, or of a language map / {"@value": ...} object.
QString text(const QJsonValue& v);
/// The URL of an image given as a string or an object with an id.
QString imageUrl(const QJsonValue& v);
/// ISO 8601 date-time, date, or Unix seconds.
QDateTime dateTime(const QJsonValue& v);
QList<model::Evidence> evidence(const QJsonValue& v);
QList<model::Alignment> alignments(const QJsonValue& v);
/// A string, number or boolean as text; empty for anything else.
QString scalarText(const QJsonValue& v);
/// The first object of a value that may be an object or an array of objects.
QJsonObject firstObject(const QJsonValue& v);
/// Copies the scalar leaves of v into out under dotted keys ("address.city").
void flatten(const QJsonValue& v, const QString& prefix, QJsonObject& out, int depth = 0);

} // namespace vcmapping

} // namespace ler::formats
