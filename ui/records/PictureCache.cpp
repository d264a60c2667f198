// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: LER Wallet contributors
#include "ui/records/PictureCache.h"

#include "core/net/Fetcher.h"
#include "core/records/ImageStore.h"
#include "core/session/WalletSession.h"
#include "core/store/WalletSettings.h"

#include <QPainter>
#include <QPointer>
#include <QSvgRenderer>
#include <QThreadPool>
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
        auto remote = std::make_shared<QUrl>();
        const quint64 generation = m_generation;
        m_session.runTask(
            [id, image, remote](store::Wallet& wallet) -> Status {
                records::ImageStore store(wallet.database());
                auto picture = store.pictureOf(id);
                if (!picture) {
                    return picture.error();
                }
                if (!picture->remote.isEmpty()) {
                    // Fetched off the session's worker, so the wallet's other tasks do not wait on the network.
                    if (store::WalletSettings(wallet.database()).networkAllowed()) {
                        *remote = picture->remote;
                    }
                    return {};
                }
                *image = decode(*picture);
                return {};
            },
            this,
            [this, id, image, remote, generation](const Status&) {
                if (generation == m_generation && !remote->isEmpty()) {
                    fetch(id, *remote, generation);
                } else {
                    finish(id, *image, generation);
                }
            });
    }
}

void PictureCache::fetch(const QString& id, const QUrl& url, quint64 generation)
{
    QPointer<PictureCache> self(this);
    QThreadPool::globalInstance()->start([self, id, url, generation] {
        net::Fetcher fetcher(nullptr);
        fetcher.setMaxBytes(records::kMaxPictureBytes);
        auto fetched = std::make_shared<Result<records::Picture>>(records::fetchPicture(fetcher, url));
        auto image = std::make_shared<QImage>(*fetched ? decode(**fetched) : QImage());
        if (!self) {
            return;
        }
        QMetaObject::invokeMethod(
            self.data(),
            [self, id, url, generation, fetched, image] {
                if (!self) {
                    return;
                }
                if (*fetched && generation == self->m_generation) {
                    // Kept in the wallet, so the next look needs no network.
                    self->m_session.runTask(
                        [url, fetched](store::Wallet& wallet) {
                            return records::ImageStore(wallet.database()).remember(url, **fetched);
                        },
                        self.data(),
                        [](const Status&) {});
                }
                self->finish(id, *image, generation);
            },
            Qt::QueuedConnection);
    });
}

void PictureCache::finish(const QString& id, const QImage& image, quint64 generation)
{
    --m_running;
    if (generation != m_generation) {
        return; // locked (or cleared) meanwhile
    }
    if (image.isNull()) {
        m_none.insert(id);
    } else {
        m_images.insert(id, image);
        Q_EMIT ready(id);
    }
    pump();
}

} // namespace ler::ui
