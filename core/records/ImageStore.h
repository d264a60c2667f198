// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: LER Wallet contributors
#pragma once

#include "core/util/Result.h"

#include <QByteArray>
#include <QString>
#include <QUrl>
#include <optional>

namespace ler::net {
class Fetcher;
}
namespace ler::store {
class SqlCipherDatabase;
}

namespace ler::records {

/// A record's picture: the bytes when the wallet has them, or the web address to fetch them from.
struct Picture
{
    QByteArray bytes;
    QString mediaType; ///< "image/png", "image/svg+xml"...; empty when unknown
    QUrl remote; ///< set when the picture is on the web and not in the wallet yet (bytes empty)

    bool isEmpty() const { return bytes.isEmpty() && remote.isEmpty(); }
};

/// Pictures larger than this are not shown, fetched or kept.
inline constexpr qint64 kMaxPictureBytes = 1024 * 1024;

/// The picture in a data: URI (base64 or percent-encoded) of an image type; nullopt when it is malformed, not an
/// image, or larger than maxBytes.
std::optional<Picture> decodeDataUri(const QString& uri, qint64 maxBytes = kMaxPictureBytes);

/// Fetches a picture through the one Fetcher (https only, public addresses, size-limited). Only image types are
/// accepted. Call it on a worker thread.
Result<Picture> fetchPicture(const net::Fetcher& fetcher, const QUrl& url);

/// Where the pictures of records come from: a baked badge is its own picture; a data: URI is decoded; a web
/// address is answered from the copy kept in the encrypted wallet, or returned to be fetched (only when the network
/// is on) and then remembered. Works on the caller's thread.
class ImageStore
{
public:
    explicit ImageStore(store::SqlCipherDatabase& db);

    /// The picture of a record (its achievement's image, else its issuer's). Empty when it has none.
    Result<Picture> pictureOf(const QString& credentialId);
    /// Keeps a fetched picture for `url`. Refuses what is not an image or is too large.
    Status remember(const QUrl& url, const Picture& picture);

private:
    Result<std::optional<Picture>> cached(const QUrl& url);

    store::SqlCipherDatabase& m_db;
};

} // namespace ler::records
