// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: LER Wallet contributors
#include "ui/records/PictureCache.h"

#include "core/net/Fetcher.h"
#include "core/records/ImageStore.h"
#include "core/session/WalletSession.h"
#include "core/store/WalletSettings.h"

#include <QPainter>
#include <QSvgRenderer>
#include <memory>

namespace ler::ui {

namespace {

constexpr int kSide = 160; // pixels kept per picture: sharp at 200% on a 64-pixel card picture
constexpr int kParallel = 2;

QImage decode(const records::Picture& p)
{
    QImage image;
    if (p.mediaType == QLatin1String("image/svg+xml")) {
        QSvgRenderer svg(p.bytes);
        if (svg.isValid()) {
            image = QImage(kSide, kSide, QImage::Format_ARGB32_Premultiplied);
            image.fill(Qt::transparent);
            QPainter painter(&image);
            svg.setAspectRatioMode(Qt::KeepAspectRatio);
            svg.render(&painter);
        }
    } else {
        image.loadFromData(p.bytes);
    }
    if (!image.isNull() && (image.width() > kSide || image.height() > kSide)) {
        image = image.scaled(kSide, kSide, Qt::KeepAspectRatio, Qt::SmoothTransformation);
    }
    return image;
}

} // namespace

PictureCache::PictureCache(session::WalletSession& session, QObject* parent)
    : QObject(parent)
    , m_session(session)
{ }

QImage PictureCache::picture(const QString& id)
{
    const auto it = m_images.constFind(id);
    if (it != m_images.cend()) {
        return *it;
    }
    if (!m_asked.contains(id) && !m_none.contains(id)) {
        m_asked.insert(id);
        m_queue.append(id);
        pump();
    }
    return {};
}

void PictureCache::clear()
{
    ++m_generation;
    m_images.clear();
    m_none.clear();
    m_queue.clear();
    m_asked.clear();
}

void PictureCache::pump()
{
    while (m_running < kParallel && !m_queue.isEmpty() && m_session.wallet()) {
        // Newest requests first: those are the cards on screen now.
        const QString id = m_queue.takeLast();
        ++m_running;
        auto image = std::make_shared<QImage>();
        const quint64 generation = m_generation;
        m_session.runTask(
            [id, image](store::Wallet& wallet) -> Status {
                records::ImageStore store(wallet.database());
                auto picture = store.pictureOf(id);
                if (!picture) {
                    return picture.error();
                }
                if (!picture->remote.isEmpty()) {
                    if (!store::WalletSettings(wallet.database()).networkAllowed()) {
                        return {};
                    }
                    net::Fetcher fetcher(nullptr);
                    fetcher.setMaxBytes(records::kMaxPictureBytes);
                    auto fetched = records::fetchPicture(fetcher, picture->remote);
                    if (!fetched) {
                        return {};
                    }
                    (void)store.remember(picture->remote, *fetched);
                    *picture = *fetched;
                }
                *image = decode(*picture);
                return {};
            },
            this,
            [this, id, image, generation](const Status&) {
                --m_running;
                if (generation != m_generation) {
                    return; // locked (or cleared) meanwhile
                }
                if (image->isNull()) {
                    m_none.insert(id);
                } else {
                    m_images.insert(id, *image);
                    Q_EMIT ready(id);
                }
                pump();
            });
    }
}

} // namespace ler::ui
