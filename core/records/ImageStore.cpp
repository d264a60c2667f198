// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: LER Wallet contributors
#include "core/records/ImageStore.h"

#include "core/net/Fetcher.h"
#include "core/store/SqlCipherDatabase.h"
#include "core/util/Clock.h"

#include <QDateTime>

namespace ler::records {

namespace {

const QStringList& imageTypes()
{
    static const QStringList types { QStringLiteral("image/png"),
        QStringLiteral("image/jpeg"),
        QStringLiteral("image/gif"),
        QStringLiteral("image/webp"),
        QStringLiteral("image/svg+xml") };
    return types;
}

bool looksLikeSvg(const QByteArray& bytes)
{
    const QByteArray head = bytes.left(4096).trimmed();
    return head.startsWith("<svg") || (head.startsWith("<?xml") && head.contains("<svg"));
}

/// The image type the bytes start with, or empty.
QString sniff(const QByteArray& bytes)
{
    if (bytes.startsWith("\x89PNG\r\n\x1a\n")) {
        return QStringLiteral("image/png");
    }
    if (bytes.startsWith("\xff\xd8\xff")) {
        return QStringLiteral("image/jpeg");
    }
    if (bytes.startsWith("GIF87a") || bytes.startsWith("GIF89a")) {
        return QStringLiteral("image/gif");
    }
    if (bytes.startsWith("RIFF") && bytes.mid(8, 4) == "WEBP") {
        return QStringLiteral("image/webp");
    }
    if (looksLikeSvg(bytes)) {
        return QStringLiteral("image/svg+xml");
    }
    return {};
}

} // namespace

std::optional<Picture> decodeDataUri(const QString& uri, qint64 maxBytes)
{
    if (!uri.startsWith(QLatin1String("data:"), Qt::CaseInsensitive)) {
        return std::nullopt;
    }
    const qsizetype comma = uri.indexOf(QLatin1Char(','));
    if (comma < 0 || (uri.size() - comma) * 3 / 4 > maxBytes + 4) {
        return std::nullopt;
    }
    const QStringList params = uri.mid(5, comma - 5).split(QLatin1Char(';'));
    const QString mediaType = params.value(0).trimmed().toLower();
    const bool base64 = params.contains(QStringLiteral("base64"), Qt::CaseInsensitive);
    const QByteArray data = uri.mid(comma + 1).toLatin1();
    QByteArray bytes;
    if (base64) {
        auto decoded = QByteArray::fromBase64Encoding(data, QByteArray::AbortOnBase64DecodingErrors);
        if (!decoded) {
            return std::nullopt;
        }
        bytes = *decoded;
    } else {
        bytes = QByteArray::fromPercentEncoding(data);
    }
    // The bytes decide: a data: URI may name any type.
    const QString sniffed = sniff(bytes);
    if (bytes.isEmpty() || bytes.size() > maxBytes || sniffed.isEmpty()) {
        return std::nullopt;
    }
    Q_UNUSED(mediaType)
    return Picture { bytes, sniffed, {} };
}

Result<Picture> fetchPicture(const net::Fetcher& fetcher, const QUrl& url)
{
    net::FetchRequest request;
    request.url = url;
    request.accept = QByteArrayLiteral("image/png, image/svg+xml, image/jpeg, image/*;q=0.8");
    request.cacheUse = net::CacheUse::NoCache; // kept in the wallet by ImageStore instead
    auto got = fetcher.fetch(request);
    if (!got) {
        return got.error();
    }
    const QString sniffed = sniff(got->body);
    if (sniffed.isEmpty() || got->body.size() > kMaxPictureBytes) {
        return invalidInput(tx("ler::records",
                                "The picture at this address is not an image "
                                "LER Wallet shows, or it is too large."),
            QStringLiteral("records/picture-not-shown"));
    }
    return Picture { got->body, sniffed, {} };
}

ImageStore::ImageStore(store::SqlCipherDatabase& db)
    : m_db(db)
{ }

Result<std::optional<Picture>> ImageStore::cached(const QUrl& url)
{
    auto rows = m_db.query(QStringLiteral("SELECT bytes, media_type FROM image_cache WHERE url = ?1"),
        { url.toString(QUrl::FullyEncoded) });
    if (!rows) {
        return rows.error();
    }
    if (rows->isEmpty()) {
        return std::optional<Picture>();
    }
    return std::optional<Picture>(Picture { rows->first().at(0).toByteArray(), rows->first().at(1).toString(), {} });
}

Result<Picture> ImageStore::pictureOf(const QString& credentialId)
{
    auto rows = m_db.query(QStringLiteral("SELECT original, json_extract(normalized, '$.achievement.image'), "
                                          "json_extract(normalized, '$.issuer.image') FROM credentials WHERE id = ?1"),
        { credentialId });
    if (!rows) {
        return rows.error();
    }
    if (rows->isEmpty()) {
        return Error(ErrorCode::NotFound,
            tx("ler::records", "That record is not in this wallet."),
            QStringLiteral("records/unknown-record"));
    }
    const store::Row& row = rows->first();
    const QByteArray original = row.at(0).toByteArray();
    // A baked badge is a picture with the credential inside.
    if (const QString type = sniff(original); !type.isEmpty() && original.size() <= 8 * kMaxPictureBytes) {
        return Picture { original, type, {} };
    }
    for (const QString& ref : { row.at(1).toString(), row.at(2).toString() }) {
        if (ref.isEmpty()) {
            continue;
        }
        if (auto inline_ = decodeDataUri(ref)) {
            return *inline_;
        }
        const QUrl url(ref);
        if (url.scheme() != QLatin1String("https") && url.scheme() != QLatin1String("http")) {
            continue;
        }
        auto stored = cached(url);
        if (!stored) {
            return stored.error();
        }
        if (*stored) {
            return **stored;
        }
        return Picture { {}, {}, url };
    }
    return Picture();
}

Status ImageStore::remember(const QUrl& url, const Picture& picture)
{
    const QString type = sniff(picture.bytes);
    if (type.isEmpty() || picture.bytes.size() > kMaxPictureBytes || !imageTypes().contains(type)) {
        return invalidInput(tx("ler::records",
                                "The picture at this address is not an image "
                                "LER Wallet shows, or it is too large."),
            QStringLiteral("records/picture-not-shown"));
    }
    return m_db.exec(QStringLiteral("INSERT OR REPLACE INTO image_cache (url, media_type, bytes, fetched_at) VALUES "
                                    "(?1, ?2, ?3, ?4)"),
        { url.toString(QUrl::FullyEncoded), type, picture.bytes, clock::nowUtc().toString(Qt::ISODate) });
}

} // namespace ler::records
