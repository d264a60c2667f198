// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: LER Wallet contributors
#pragma once

#include "core/qr/QrCapacity.h"
#include "core/util/Result.h"

#include <QByteArray>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

/// LER Wallet's multi-part QR format, version 1 (docs/qr-format.md), for what one code cannot hold. Each part is
/// alphanumeric-mode text:
///
///     LER1/<index>-<count>/<digest>/<fragment>
///
/// index and count in decimal (1 <= index <= count <= 99), digest the first 10 bytes of SHA-256 of the whole
/// message and fragment a slice of the message, both in upper-case base32 without padding. The message is a
/// content kind byte, a compression byte and the body.
namespace ler::qr {

inline constexpr char kMultiPartPrefix[] = "LER1/";
inline constexpr int kMaxParts = 99;
/// The longest message the reader accepts (compressed), and the most a compressed body may expand to.
inline constexpr qsizetype kMaxMessageBytes = 128 * 1024;
inline constexpr qsizetype kMaxBodyBytes = 4 * 1024 * 1024;

/// What a message's body holds.
enum class ContentKind : quint8
{
    CborLd = 1, ///< a JSON-LD document as compressed CBOR-LD (the bytes VPQR carries)
    Json = 2, ///< a JSON document as UTF-8 text, for JSON-LD that CBOR-LD cannot carry
    Text = 3, ///< compact text: a JWT, VP-JWT or SD-JWT presentation
};

/// How a message's body is stored.
enum class Compression : quint8
{
    None = 0,
    Gzip = 1, ///< RFC 1952
};

/// True if text claims to be a part of our format (starts with "LER1/").
bool isMultiPart(QStringView text);

/// One part, parsed.
struct QrPart
{
    int index = 0; ///< 1-based
    int count = 0;
    QString digest; ///< 16 base32 characters
    QByteArray fragment;

    /// Parses a part's text; refuses anything outside the grammar above.
    static Result<QrPart> parse(QStringView text);
    QString toText() const;
};

/// Splits body into parts that each fit one code under policy, storing it gzip-compressed when that is smaller.
/// Fails with LimitExceeded when more than kMaxParts codes would be needed.
Result<QStringList> encodeMultiPart(ContentKind kind, QByteArrayView body, const QrPolicy& policy = {});

/// A message put back together: its kind and its body, decompressed.
struct QrMessage
{
    ContentKind kind = ContentKind::Text;
    QByteArray body;
    int parts = 0;
};

/// Collects parts as they are scanned, in any order and with repeats, and puts the message back together once all
/// are there. Refuses a part of another message (a different digest or count) without forgetting the parts it has.
class MultiPartAssembler
{
public:
    /// What add() did with a part.
    enum class Added
    {
        New, ///< a part not seen before
        Repeated, ///< the same part again; nothing changed
    };

    Result<Added> add(QStringView text);
    Result<Added> add(const QrPart& part);

    bool isEmpty() const { return m_fragments.isEmpty(); }
    bool isComplete() const { return m_count > 0 && m_fragments.size() == m_count; }
    int count() const { return m_count; }
    int received() const { return int(m_fragments.size()); }
    /// The indexes (1-based) still missing, in order.
    QList<int> missing() const;

    /// The message, once complete: the digest is checked and the body decompressed within kMaxBodyBytes.
    Result<QrMessage> message() const;

private:
    int m_count = 0;
    QString m_digest;
    QMap<int, QByteArray> m_fragments;
};

} // namespace ler::qr
