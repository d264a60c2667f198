// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: LER Wallet contributors
#pragma once

#include "core/formats/ImportItem.h"
#include "core/verify/JwtCredential.h"
#include "core/verify/Report.h"

#include <QByteArray>
#include <QDateTime>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QString>
#include <memory>
#include <optional>
#include <vector>

namespace ler::net {
class Fetcher;
}

/// Verification is split by the family of formats a credential is secured with, as importing is split by format:
/// each family checks its own kind of input, and reaches the others through the VerifyContext for what it nests.
namespace ler::verify {

struct VerifierOptions;
class CredentialFamily;

/// What Verifier::verify() already decoded of its input, so an item made of the same bytes is not decoded again.
struct DecodedInput
{
    QByteArray payload; ///< The trimmed input.
    std::optional<QJsonObject> json; ///< payload as a JSON object.
    std::optional<JwtCredential> jwt; ///< payload as a VC-JWT.
};

/// The families a Verifier checks with, in the order they are asked.
using CredentialFamilies = std::vector<std::shared_ptr<const CredentialFamily>>;

/// What one verification runs with: the options, the time, the fetcher that may be used, and the families, so a
/// credential nested in another or presented in a presentation is checked by its own family. Cheap to make; it
/// refers to the options and families it is given, which must outlive it.
class VerifyContext
{
public:
    VerifyContext(
        const VerifierOptions& options, const CredentialFamilies& families, const DecodedInput* decoded = nullptr);

    const VerifierOptions& options() const { return m_options; }
    /// The time to check against.
    QDateTime now() const;
    /// The fetcher to use, or null when nothing may be fetched.
    const net::Fetcher* fetcher() const;
    static Check offlineCheck(const QString& id);
    /// The key-binding failure of a holder proof made at created that the holder let expire at expires (invalid:
    /// none), or that is older than the maximum age; nothing when it is fresh.
    std::optional<Check> staleHolderProof(const QDateTime& created, const QDateTime& expires) const;
    /// What verify() decoded, when it was decoded from exactly payload; else null.
    const DecodedInput* decodedFor(const QByteArray& payload) const;

    /// The same families with other options (they must outlive the context returned).
    VerifyContext withOptions(const VerifierOptions& options) const;
    /// The first family that handles the item, or null.
    const CredentialFamily* familyFor(const formats::ImportItem& item, const QString& formatId) const;
    /// Verifies an item through the families; decoded is what is already decoded of its payload (may be null).
    Report verifyItem(
        const formats::ImportItem& item, const QString& formatId, const DecodedInput* decoded = nullptr) const;
    /// A credential nested in an item (a CLR's achievement credentials): checked on its own, without what it nests.
    Report verifyNested(const formats::ImportItem& child) const;
    /// One entry of a presentation's verifiableCredential: asks each family in turn.
    Report verifyPresented(const QJsonValue& entry) const;
    /// Every entry of a presentation's verifiableCredential (one value or an array; none when absent).
    QList<Report> presentedCredentials(const QJsonValue& list) const;

private:
    const VerifierOptions& m_options;
    const CredentialFamilies& m_families;
    const DecodedInput* m_decoded = nullptr;
};

/// Checks the credentials of one family of formats into a Report, with every check id, reason and message its
/// standard calls for.
class CredentialFamily
{
public:
    virtual ~CredentialFamily() = default;

    /// True when this family checks an item of the given import format id (a baked image suffix included, e.g.
    /// "openbadges3+baked-png").
    virtual bool handles(const formats::ImportItem& item, const QString& formatId) const = 0;
    /// Verifies an item this family handles, and the items nested in it.
    virtual Report verify(
        const formats::ImportItem& item, const QString& formatId, const VerifyContext& context) const = 0;
    /// Verifies an entry of a presentation's verifiableCredential when it is this family's kind; nothing otherwise.
    virtual std::optional<Report> verifyPresented(const QJsonValue& entry, const VerifyContext& context) const
    {
        Q_UNUSED(entry);
        Q_UNUSED(context);
        return std::nullopt;
    }
};

} // namespace ler::verify
