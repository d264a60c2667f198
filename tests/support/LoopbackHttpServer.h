// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: LER Wallet contributors
#pragma once

#include "core/net/AddressPolicy.h"

#include <QByteArray>
#include <QHash>
#include <QHostAddress>
#include <QList>
#include <QPointer>
#include <QString>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>
#include <QUrl>
#include <functional>
#include <memory>
#include <sys/socket.h>
#include <utility>

/// A tiny HTTP/1.1 server on 127.0.0.1 for tests: serves fixed answers by path, redirects, slow or silent
/// answers and oversized bodies. It runs in the test's thread; the Fetcher's local event loop drives it.
/// The Fetcher refuses loopback addresses unless LER_WALLET_ALLOW_LOOPBACK=1: tests that fetch from this server
/// hold an AllowLoopback for as long as they need it.
namespace testnet {

/// Sets an environment variable (or removes it, for a null value) for its lifetime, then restores the old value.
class ScopedEnvironment
{
public:
    ScopedEnvironment(const char* name, const char* value)
        : m_name(name)
        , m_wasSet(qEnvironmentVariableIsSet(name))
        , m_old(qgetenv(name))
    {
        value ? qputenv(name, value) : qunsetenv(name);
    }
    ~ScopedEnvironment() { m_wasSet ? qputenv(m_name, m_old) : qunsetenv(m_name); }
    ScopedEnvironment(const ScopedEnvironment&) = delete;
    ScopedEnvironment& operator=(const ScopedEnvironment&) = delete;

private:
    const char* m_name;
    bool m_wasSet;
    QByteArray m_old;
};

/// LER_WALLET_ALLOW_LOOPBACK=1: the Fetcher may reach this server.
class AllowLoopback : public ScopedEnvironment
{
public:
    AllowLoopback()
        : ScopedEnvironment(ler::net::kAllowLoopbackVariable, "1")
    { }
};

/// LER_WALLET_ALLOW_LOOPBACK unset: the Fetcher behaves as it does for everyone.
class ForbidLoopback : public ScopedEnvironment
{
public:
    ForbidLoopback()
        : ScopedEnvironment(ler::net::kAllowLoopbackVariable, nullptr)
    { }
};

/// One canned answer.
struct Route
{
    int status = 200;
    QByteArray contentType = QByteArrayLiteral("application/json");
    QByteArray body;
    QList<std::pair<QByteArray, QByteArray>> headers;
    int delayMs = 0; ///< wait this long before answering
    bool silent = false; ///< read the request and never answer
    bool omitLength = false; ///< no Content-Length: the body ends when the connection closes
    qint64 declaredLength = -1; ///< Content-Length to announce instead of the body size
    bool reset = false; ///< read the request, then reset the connection (RST) without a word
    qint64 resetAfterBodyBytes = -1; ///< send the head and this many body bytes, then reset the connection
    QByteArray raw; ///< send these bytes instead of an HTTP answer, then close (garbage)
    int trickleMs = 0; ///< send the head, then one body byte every trickleMs, for as long as the client listens

    static Route json(const QByteArray& body, int status = 200)
    {
        Route r;
        r.status = status;
        r.body = body;
        return r;
    }

    static Route redirect(const QUrl& to, int status = 302)
    {
        Route r;
        r.status = status;
        r.contentType.clear();
        r.headers.append({ QByteArrayLiteral("Location"), to.toEncoded() });
        return r;
    }
};

/// What the server saw of one request.
struct SeenRequest
{
    QByteArray method;
    QByteArray path;
    QHash<QByteArray, QByteArray> headers; ///< names in lower case
};

class LoopbackHttpServer
{
public:
    /// Listens on address (127.0.0.1 unless told otherwise; ::1 or another 127.x.y.z for some tests).
    explicit LoopbackHttpServer(const QHostAddress& address = QHostAddress(QHostAddress::LocalHost))
        : m_address(address)
    {
        m_server = std::make_unique<QTcpServer>();
        m_server->listen(address, 0);
        QObject::connect(m_server.get(), &QTcpServer::newConnection, m_server.get(), [this] { accept(); });
    }

    bool isListening() const { return m_server->isListening(); }
    quint16 port() const { return m_server->serverPort(); }

    /// http://127.0.0.1:<port><path> (or the address it listens on)
    QUrl url(const QString& path, const QString& scheme = QStringLiteral("http")) const
    {
        QUrl out;
        out.setScheme(scheme);
        out.setHost(m_address.toString());
        out.setPort(port());
        out.setPath(path);
        return out;
    }

    /// For the Fetcher's test-only URL rewriter: any http(s) address is served by this server, path kept.
    std::function<QUrl(const QUrl&)> rewriter() const
    {
        const quint16 p = port();
        const QString host = m_address.toString();
        return [p, host](const QUrl& in) {
            QUrl out = in;
            out.setScheme(QStringLiteral("http"));
            out.setHost(host);
            out.setPort(p);
            return out;
        };
    }

    void route(const QString& path, Route answer) { m_routes.insert(path.toUtf8(), std::move(answer)); }

    int connectionCount() const { return m_connections; }
    const QList<SeenRequest>& requests() const { return m_requests; }

private:
    void accept()
    {
        while (QTcpSocket* socket = m_server->nextPendingConnection()) {
            ++m_connections;
            auto buffer = std::make_shared<QByteArray>();
            QObject::connect(socket, &QTcpSocket::readyRead, socket, [this, socket, buffer] {
                buffer->append(socket->readAll());
                const qsizetype end = buffer->indexOf("\r\n\r\n");
                if (end >= 0) {
                    const QByteArray head = buffer->left(end);
                    buffer->clear();
                    handle(socket, head);
                }
            });
            QObject::connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
        }
    }

    void handle(QTcpSocket* socket, const QByteArray& head)
    {
        const QList<QByteArray> lines = head.split('\n');
        const QList<QByteArray> requestLine = lines.value(0).trimmed().split(' ');
        SeenRequest seen;
        seen.method = requestLine.value(0);
        seen.path = requestLine.value(1);
        for (qsizetype i = 1; i < lines.size(); ++i) {
            const qsizetype colon = lines[i].indexOf(':');
            if (colon > 0) {
                seen.headers.insert(lines[i].left(colon).trimmed().toLower(), lines[i].mid(colon + 1).trimmed());
            }
        }
        m_requests.append(seen);
        const auto it = m_routes.constFind(seen.path);
        const Route answer = it != m_routes.cend() ? it.value() : Route::json("{}", 404);
        if (answer.silent) {
            return;
        }
        if (answer.reset) {
            resetConnection(socket);
            return;
        }
        QPointer<QTcpSocket> guard(socket);
        QTimer::singleShot(answer.delayMs, socket, [guard, answer] {
            if (guard) {
                respond(guard, answer);
            }
        });
    }

    /// Closes with SO_LINGER 0, so the peer gets a reset instead of an orderly end.
    static void resetConnection(QTcpSocket* socket)
    {
        const linger hard { 1, 0 };
        ::setsockopt(int(socket->socketDescriptor()), SOL_SOCKET, SO_LINGER, &hard, sizeof hard);
        socket->abort();
    }

    static void respond(QTcpSocket* socket, const Route& answer)
    {
        if (!answer.raw.isEmpty()) {
            socket->write(answer.raw);
            socket->disconnectFromHost();
            return;
        }
        QByteArray out = "HTTP/1.1 " + QByteArray::number(answer.status) + " Status\r\nConnection: close\r\n";
        if (!answer.contentType.isEmpty()) {
            out += "Content-Type: " + answer.contentType + "\r\n";
        }
        if (!answer.omitLength) {
            const qint64 length = answer.declaredLength >= 0 ? answer.declaredLength : answer.body.size();
            out += "Content-Length: " + QByteArray::number(length) + "\r\n";
        }
        for (const auto& [name, value] : answer.headers) {
            out += name + ": " + value + "\r\n";
        }
        out += "\r\n";
        if (answer.trickleMs > 0) {
            socket->write(out);
            auto* timer = new QTimer(socket);
            QObject::connect(timer, &QTimer::timeout, socket, [socket] { socket->write("x", 1); });
            timer->start(answer.trickleMs);
            return;
        }
        if (answer.resetAfterBodyBytes >= 0) {
            socket->write(out + answer.body.left(answer.resetAfterBodyBytes));
            socket->flush();
            QPointer<QTcpSocket> guard(socket);
            QTimer::singleShot(50, socket, [guard] {
                if (guard) {
                    resetConnection(guard);
                }
            });
            return;
        }
        socket->write(out + answer.body);
        socket->disconnectFromHost();
    }

    QHostAddress m_address;
    std::unique_ptr<QTcpServer> m_server;
    QHash<QByteArray, Route> m_routes;
    QList<SeenRequest> m_requests;
    int m_connections = 0;
};

} // namespace testnet
