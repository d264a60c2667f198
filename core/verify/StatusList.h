// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: LER Wallet contributors
#pragma once

#include "core/util/Result.h"

#include <QByteArray>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringView>
#include <QUrl>
#include <functional>

namespace ler::net {
class Fetcher;
}

namespace ler::verify {

/// The two status list formats: W3C Bitstring Status List v1.0 and its predecessor StatusList2021.
enum class StatusListKind
{
    Bitstring, ///< BitstringStatusListEntry; encodedList is multibase base64url ('u' prefix)
    StatusList2021, ///< StatusList2021Entry; encodedList is plain base64url
};

/// What a status check found.
enum class CredentialStatus
{
    Valid, ///< the bit is clear
    Revoked, ///< statusPurpose "revocation" and the bit is set
    Suspended, ///< statusPurpose "suspension" and the bit is set
    Flagged, ///< another purpose ("message", "refresh") with a non-zero value; see StatusCheck::message
    NotChecked, ///< the status list could not be fetched (offline, server down); see StatusCheck::message
};

/// Largest uncompressed status list accepted: 16 MiB, over 134 million entries.
inline constexpr qsizetype kMaxStatusListBytes = 16 * 1024 * 1024;
/// Widest status entry accepted, in bits.
inline constexpr int kMaxStatusSize = 32;

/// A credentialStatus entry that points into a status list.
struct StatusEntry
{
    StatusListKind kind = StatusListKind::Bitstring;
    QString purpose;
    quint64 index = 0;
    int size = 1; ///< statusSize in bits (always 1 for StatusList2021)
    QUrl listUrl;
    QJsonArray statusMessages; ///< statusMessage: [{"status": "0x1", "message": "..."}]
};

/// Reads a BitstringStatusListEntry or StatusList2021Entry. Unsupported for any other type.
Result<StatusEntry> parseStatusEntry(const QJsonObject& entry);

/// encodedList -> the uncompressed bitstring: strip the multibase 'u' (Bitstring only), base64url-decode, gunzip
/// with an output cap of kMaxStatusListBytes.
Result<QByteArray> decodeEncodedList(QStringView encodedList, StatusListKind kind);

/// The size-bit value at entry index*size, most significant bit first (bit 0 is the leftmost bit of byte 0).
/// InvalidInput when the entry lies beyond the end of the list.
Result<quint32> readStatusValue(const QByteArray& bitstring, quint64 index, int size);

/// The outcome of checking one entry.
struct StatusCheck
{
    CredentialStatus status = CredentialStatus::NotChecked;
    QString purpose;
    quint32 value = 0;
    Text message; ///< a plain sentence for the holder
    QUrl listUrl;
    QDateTime listFetchedAt; ///< when the status list was fetched (UTC); invalid when NotChecked
    bool fromCache = false; ///< true when an earlier copy of the status list was used
    QString reason; ///< when NotChecked, the stable reason of what stopped it ("net/offline"); may be empty
};

/// Verifies the status list credential's own proof and that it comes from the credential's issuer; supplied by the
/// caller (the proof verifier). An error with code NotFound or Network means it could not be checked (the status
/// is then NotChecked); any other error means the list must not be trusted.
using CredentialVerifier = std::function<Status(const QJsonObject& credential)>;

/// Checks credentialStatus entries against the issuer's status list, fetched through a Fetcher.
/// Synchronous: run it off the GUI thread (see Fetcher). The fetcher must outlive the checker.
class StatusListChecker
{
public:
    /// verifyListCredential is called on every status list credential before its bits are read; an error from it
    /// fails the check with VerificationFailed.
    StatusListChecker(const net::Fetcher& fetcher, CredentialVerifier verifyListCredential);

    /// The time validFrom/validUntil of status lists are compared with; the current time when not set.
    void setNow(const QDateTime& now);

    /// Checks one entry. Errors: InvalidInput/Unsupported for a malformed or unknown entry or list, and
    /// VerificationFailed for a list of the wrong type or purpose, expired, or whose proof does not hold.
    /// A list that cannot be fetched, or whose proof could not be checked, is not an error: the result says
    /// NotChecked and why.
    Result<StatusCheck> check(const QJsonObject& entry) const;

    /// Checks every entry of credential["credentialStatus"] (one object or an array), in order.
    QList<Result<StatusCheck>> checkCredential(const QJsonObject& credential) const;

private:
    Status checkListCredential(const QJsonObject& list, const StatusEntry& entry) const;
    Status checkValidity(const QJsonObject& list) const;

    const net::Fetcher& m_fetcher;
    CredentialVerifier m_verify;
    QDateTime m_now;
};

} // namespace ler::verify
