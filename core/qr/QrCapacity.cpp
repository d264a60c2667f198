// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: LER Wallet contributors
#include "core/qr/QrCapacity.h"

#include <QString>
#include <array>

namespace ler::qr {

namespace {

// ISO/IEC 18004:2015 table 9, per error-correction level (L, M, Q, H) and version (index 0 unused).
constexpr std::array<std::array<int, 41>, 4> kEccCodewordsPerBlock { {
    { 0,
        7,
        10,
        15,
        20,
        26,
        18,
        20,
        24,
        30,
        18,
        20,
        24,
        26,
        30,
        22,
        24,
        28,
        30,
        28,
        28,
        28,
        28,
        30,
        30,
        26,
        28,
        30,
        30,
        30,
        30,
        30,
        30,
        30,
        30,
        30,
        30,
        30,
        30,
        30,
        30 },
    { 0,
        10,
        16,
        26,
        18,
        24,
        16,
        18,
        22,
        22,
        26,
        30,
        22,
        22,
        24,
        24,
        28,
        28,
        26,
        26,
        26,
        26,
        28,
        28,
        28,
        28,
        28,
        28,
        28,
        28,
        28,
        28,
        28,
        28,
        28,
        28,
        28,
        28,
        28,
        28,
        28 },
    { 0,
        13,
        22,
        18,
        26,
        18,
        24,
        18,
        22,
        20,
        24,
        28,
        26,
        24,
        20,
        30,
        24,
        28,
        28,
        26,
        30,
        28,
        30,
        30,
        30,
        30,
        28,
        30,
        30,
        30,
        30,
        30,
        30,
        30,
        30,
        30,
        30,
        30,
        30,
        30,
        30 },
    { 0,
        17,
        28,
        22,
        16,
        22,
        28,
        26,
        26,
        24,
        28,
        24,
        28,
        22,
        24,
        24,
        30,
        28,
        28,
        26,
        28,
        30,
        24,
        30,
        30,
        30,
        30,
        30,
        30,
        30,
        30,
        30,
        30,
        30,
        30,
        30,
        30,
        30,
        30,
        30,
        30 },
} };

constexpr std::array<std::array<int, 41>, 4> kErrorCorrectionBlocks { {
    { 0,
        1,
        1,
        1,
        1,
        1,
        2,
        2,
        2,
        2,
        4,
        4,
        4,
        4,
        4,
        6,
        6,
        6,
        6,
        7,
        8,
        8,
        9,
        9,
        10,
        12,
        12,
        12,
        13,
        14,
        15,
        16,
        17,
        18,
        19,
        19,
        20,
        21,
        22,
        24,
        25 },
    { 0,
        1,
        1,
        1,
        2,
        2,
        4,
        4,
        4,
        5,
        5,
        5,
        8,
        9,
        9,
        10,
        10,
        11,
        13,
        14,
        16,
        17,
        17,
        18,
        20,
        21,
        23,
        25,
        26,
        28,
        29,
        31,
        33,
        35,
        37,
        38,
        40,
        43,
        45,
        47,
        49 },
    { 0,
        1,
        1,
        2,
        2,
        4,
        4,
        6,
        6,
        8,
        8,
        8,
        10,
        12,
        16,
        12,
        17,
        16,
        18,
        21,
        20,
        23,
        23,
        25,
        27,
        29,
        34,
        34,
        35,
        38,
        40,
        43,
        45,
        48,
        51,
        53,
        56,
        59,
        62,
        65,
        68 },
    { 0,
        1,
        1,
        2,
        4,
        4,
        4,
        5,
        6,
        8,
        8,
        11,
        11,
        16,
        16,
        18,
        16,
        19,
        21,
        25,
        25,
        25,
        34,
        30,
        32,
        35,
        37,
        40,
        42,
        45,
        48,
        51,
        54,
        57,
        60,
        63,
        66,
        70,
        74,
        77,
        81 },
} };

/// Modules left for data and error correction once function patterns and format/version information are placed.
int rawDataModules(int version)
{
    int result = (16 * version + 128) * version + 64;
    if (version >= 2) {
        const int alignments = version / 7 + 2;
        result -= (25 * alignments - 10) * alignments - 55;
        if (version >= 7) {
            result -= 36; // two version information blocks
        }
    }
    return result;
}

int characterCountBits(QrMode mode, int version)
{
    const int band = version <= 9 ? 0 : version <= 26 ? 1 : 2;
    switch (mode) {
    case QrMode::Numeric:
        return std::array { 10, 12, 14 }[band];
    case QrMode::Alphanumeric:
        return std::array { 9, 11, 13 }[band];
    case QrMode::Byte:
        break;
    }
    return std::array { 8, 16, 16 }[band];
}

bool isAlphanumericChar(QChar c)
{
    const char16_t u = c.unicode();
    return (u >= u'0' && u <= u'9') || (u >= u'A' && u <= u'Z') || u == u' ' || u == u'$' || u == u'%' || u == u'*'
        || u == u'+' || u == u'-' || u == u'.' || u == u'/' || u == u':';
}

} // namespace

bool isAlphanumeric(QStringView text)
{
    for (const QChar c : text) {
        if (!isAlphanumericChar(c)) {
            return false;
        }
    }
    return true;
}

QrMode modeFor(QStringView text)
{
    bool digits = true;
    for (const QChar c : text) {
        if (c.unicode() < u'0' || c.unicode() > u'9') {
            digits = false;
            break;
        }
    }
    if (digits) {
        return QrMode::Numeric;
    }
    return isAlphanumeric(text) ? QrMode::Alphanumeric : QrMode::Byte;
}

int dataCodewords(int version, EccLevel ecc)
{
    if (version < kMinVersion || version > kMaxVersion) {
        return 0;
    }
    const auto level = static_cast<size_t>(ecc);
    const auto v = static_cast<size_t>(version);
    return rawDataModules(version) / 8 - kEccCodewordsPerBlock[level][v] * kErrorCorrectionBlocks[level][v];
}

qint64 segmentBits(QStringView text, int version)
{
    const QrMode mode = modeFor(text);
    qint64 count = text.size();
    qint64 data = 0;
    switch (mode) {
    case QrMode::Numeric:
        data = 10 * (count / 3) + std::array { 0, 4, 7 }[static_cast<size_t>(count % 3)];
        break;
    case QrMode::Alphanumeric:
        data = 11 * (count / 2) + 6 * (count % 2);
        break;
    case QrMode::Byte:
        count = text.toString().toUtf8().size();
        data = 8 * count;
        break;
    }
    const int countBits = characterCountBits(mode, version);
    if (count >= (qint64(1) << countBits)) {
        return -1; // the count field cannot hold it
    }
    return 4 + countBits + data;
}

int smallestVersion(QStringView text, EccLevel ecc, int maxVersion)
{
    for (int v = kMinVersion; v <= std::min(maxVersion, kMaxVersion); ++v) {
        const qint64 bits = segmentBits(text, v);
        if (bits >= 0 && bits <= qint64(dataCodewords(v, ecc)) * 8) {
            return v;
        }
    }
    return 0;
}

int alphanumericCapacity(int version, EccLevel ecc)
{
    const qint64 available
        = qint64(dataCodewords(version, ecc)) * 8 - 4 - characterCountBits(QrMode::Alphanumeric, version);
    if (available <= 0) {
        return 0;
    }
    const qint64 pairs = available / 11;
    const qint64 rest = available % 11;
    return int(2 * pairs + (rest >= 6 ? 1 : 0));
}

QrFit fit(QStringView text, const QrPolicy& policy)
{
    QrFit f;
    f.ecc = policy.ecc;
    f.version = smallestVersion(text, policy.ecc, policy.maxVersion);
    f.modules = f.version > 0 ? symbolSize(f.version) : 0;
    return f;
}

} // namespace ler::qr
