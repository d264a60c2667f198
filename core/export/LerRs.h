// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: LER Wallet contributors
#pragma once

#include "core/export/Resume.h"
#include "core/util/Result.h"

#include <QJsonObject>

namespace ler::present {
struct HolderIdentity;
}
namespace ler::crypto {
class SigningKey;
}

namespace ler::exports {

/// The `type` every LER-RS document names (HR Open Standards 4.4, the version 1EdTech's validator checks).
inline constexpr char kLerRsType[] = "http://schema.hropenstandards.org/4.4/recruiting/json/ler-rs/LER-RSType.json";

/// An HR Open Standards Learning and Employment Record Resume (LER-RS) of the chosen records: the person,
/// employment history (work entries), education and learning (transcripts, degrees, courses, training),
/// certifications (badges, certificates, assessments), licenses, and the skills the records align to. Each item
/// made from an Open Badges 3.0 or CLR 2.0 credential carries that credential unchanged in its `verifications`: as
/// itself when it meets 1EdTech's schema (the `1edtob3` and `1edtclr2` variants), otherwise wrapped as
/// `otherW3CVerifiableCredential`; a JWT credential is wrapped as a W3C enveloped credential; a hosted Open Badge
/// 2.0 is referred to by its address. The person's own entries and unsigned transcripts are plain items. Birth
/// date, gender, ethnicity, citizenship and legal id appear only when included.
ResumeDocument makeLerRs(const ResumeInput& input);

/// The LER-RS wrapped as a verifiable credential issued by the wallet's own key (did:key), as HR Open's
/// VerifiableCredentialLER-RSType describes it, signed with an eddsa-jcs-2022 Data Integrity proof (the LER-RS
/// context is a schema address, not a JSON-LD context, so the JSON itself is signed).
Result<QJsonObject> makeLerRsCredential(const QJsonObject& lerRs,
    const present::HolderIdentity& holder,
    const crypto::SigningKey& key,
    const QDateTime& now = {});

/// Whether a credential meets 1EdTech's draft-04 schema for Open Badges 3.0 AchievementCredential or CLR 2.0
/// ClrCredential (bundled with the app). Returns the problems; empty when it does.
QStringList checkOb3Schema(const QJsonObject& credential);
QStringList checkClr2Schema(const QJsonObject& credential);

} // namespace ler::exports
