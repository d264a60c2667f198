// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: LER Wallet contributors
#pragma once

#include <QStringView>

/// How much a QR code holds (ISO/IEC 18004 capacities), without drawing one: the presentation builder decides
/// between one code and several before anything is rendered, and core stays free of image libraries.
namespace ler::qr {

/// QR error-correction level: roughly 7, 15, 25 and 30 % of the symbol may be damaged.
enum class EccLevel
{
    Low,
    Medium,
    Quartile,
    High,
};

inline constexpr int kMinVersion = 1;
inline constexpr int kMaxVersion = 40;

/// The encoding mode a text needs when it is one segment: digits only, the 45-character alphanumeric set, or
/// bytes (UTF-8). This is the mode QR-Code-generator picks for encodeText.
enum class QrMode
{
    Numeric,
    Alphanumeric,
    Byte,
};

/// Modules on one side of a version's symbol, quiet zone not included.
constexpr int symbolSize(int version)
{
    return 17 + 4 * version;
}

/// True if every character is in the QR alphanumeric set (0-9, A-Z, space and $%*+-./:).
bool isAlphanumeric(QStringView text);

/// The mode of text as one segment.
QrMode modeFor(QStringView text);

/// 8-bit data codewords of a symbol (error correction excluded); 0 for a version outside 1-40.
int dataCodewords(int version, EccLevel ecc);

/// Bits that text takes as one segment at version (mode indicator, character count and data).
qint64 segmentBits(QStringView text, int version);

/// The smallest version up to maxVersion that holds text as one segment at ecc, or 0 if none does.
int smallestVersion(QStringView text, EccLevel ecc, int maxVersion = kMaxVersion);

/// How many alphanumeric-mode characters fit in one symbol of version at ecc.
int alphanumericCapacity(int version, EccLevel ecc);

/// The shape of codes the wallet makes, chosen so a phone camera reads them from a screen or a printed page.
/// Error correction Medium survives glare, a fold or a smudge; version 30 (137 modules) keeps each module at least
/// 0.6 mm wide when the code is printed 9 cm wide, and about 7 pixels wide when shown 1,000 pixels tall. It holds
/// 1,994 alphanumeric characters: a VPQR presentation of one typical Open Badge. docs/qr-format.md has the numbers.
struct QrPolicy
{
    EccLevel ecc = EccLevel::Medium;
    int maxVersion = 30;

    /// What @digitalcredentials/vpqr makes: error correction L, up to version 40 (177 modules). It holds 4,296
    /// alphanumeric characters, so more presentations fit one code that VerifierPlus reads, but a code forgives
    /// only about 7 % damage and needs a larger print.
    static constexpr QrPolicy verifierPlus() { return { EccLevel::Low, kMaxVersion }; }

    bool operator==(const QrPolicy&) const = default;
};

/// Whether a text fits one code under a policy, and the version it takes.
struct QrFit
{
    int version = 0; ///< Smallest version that holds the text, 0 if none within the policy.
    EccLevel ecc = EccLevel::Medium;
    int modules = 0; ///< Modules on a side for that version, 0 if it does not fit.

    bool fits() const { return version > 0; }
};

/// Fits text against policy.
QrFit fit(QStringView text, const QrPolicy& policy);

} // namespace ler::qr
