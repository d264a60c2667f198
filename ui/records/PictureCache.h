// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: LER Wallet contributors
#pragma once

#include <QHash>
#include <QImage>
#include <QObject>
#include <QSet>
#include <QStringList>
#include <QUrl>

namespace ler::session {
class WalletSession;
}

namespace ler::ui {

/// Pictures of records for the list and the detail page, read through the session (core/records/ImageStore) a
/// few at a time, as cards come into view. A picture on the web is fetched only when the wallet allows the network,
/// and then kept in the encrypted wallet. Holds nothing after clear() (on lock).
class PictureCache : public QObject
{
    Q_OBJECT
public:
    PictureCache(session::WalletSession& session, QObject* parent = nullptr);

    /// The picture when it is loaded (a null image otherwise, and it is asked for).
    QImage picture(const QString& id);
    /// True when the record was looked at and has no picture.
    bool hasNone(const QString& id) const { return m_none.contains(id); }
    void clear();

Q_SIGNALS:
    void ready(const QString& id);

private:
    void pump();
    /// Fetches a picture that is on the web on the thread pool (no database there), then remembers it.
    void fetch(const QString& id, const QUrl& url, quint64 generation);
    void finish(const QString& id, const QImage& image, quint64 generation);

    session::WalletSession& m_session;
    QHash<QString, QImage> m_images;
    QSet<QString> m_none;
    QStringList m_queue;
    QSet<QString> m_asked;
    int m_running = 0;
    quint64 m_generation = 0;
};

} // namespace ler::ui
