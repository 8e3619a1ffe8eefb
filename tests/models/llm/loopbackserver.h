#pragma once

// A loopback HTTP/1.1 server for the LLM transport tests and benchmarks, header-only and
// QTcpServer-based so that every byte on the wire is the test's own. It runs in a thread of
// its own, so a busy client cannot starve it, and counts what a real server would see:
// requests, requests in flight, connections the client dropped mid-response.

#include <QByteArray>
#include <QList>
#include <QMutex>
#include <QMutexLocker>
#include <QObject>
#include <QPair>
#include <QTcpServer>
#include <QTcpSocket>
#include <QThread>
#include <QTimer>
#include <QUrl>

#include <algorithm>
#include <atomic>
#include <functional>
#include <memory>

#ifdef Q_OS_LINUX
#include <sys/resource.h>
#endif

namespace Seedbed::Test {

struct ReceivedRequest
{
    int index = 0; //!< 0 for the first request the server received
    QByteArray method;
    QByteArray target;                            //!< path and query as sent
    QList<QPair<QByteArray, QByteArray>> headers; //!< names in lower case
    QByteArray body;

    QByteArray header(const QByteArray &name) const
    {
        const QByteArray lower = name.toLower();
        for (const auto &[key, value] : headers) {
            if (key == lower)
                return value;
        }
        return {};
    }
    QByteArray raw; //!< the request exactly as received
};

/*! What the server does with one request: write bytes, wait, close the connection, or hang
    (leave the response unfinished until the client goes away). Without close() or hang() the
    response is complete after the last step and the connection serves the next request. */
class Script
{
public:
    struct Step
    {
        enum Kind { Write, Wait, Close, Hang } kind;
        QByteArray bytes;
        int ms = 0;
    };

    Script &write(const QByteArray &bytes)
    {
        m_steps.append({Step::Write, bytes, 0});
        return *this;
    }
    Script &wait(int ms)
    {
        m_steps.append({Step::Wait, {}, ms});
        return *this;
    }
    /*! Each piece written separately, \a gapMs apart, so the client reads them apart. */
    Script &drip(const QList<QByteArray> &pieces, int gapMs)
    {
        for (qsizetype i = 0; i < pieces.size(); ++i) {
            if (i > 0)
                wait(gapMs);
            write(pieces.at(i));
        }
        return *this;
    }
    Script &close()
    {
        m_steps.append({Step::Close, {}, 0});
        return *this;
    }
    Script &hang()
    {
        m_steps.append({Step::Hang, {}, 0});
        return *this;
    }
    const QList<Step> &steps() const { return m_steps; }

private:
    QList<Step> m_steps;
};

// --- Building responses byte by byte ----------------------------------------------------------

inline QByteArray chunked(const QByteArray &data)
{
    return QByteArray::number(data.size(), 16) + "\r\n" + data + "\r\n";
}

inline QByteArray lastChunk()
{
    return "0\r\n\r\n";
}

inline QByteArray streamHead(const QByteArray &contentType = "text/event-stream",
                             const QByteArray &extraHeaders = {})
{
    return "HTTP/1.1 200 OK\r\nContent-Type: " + contentType +
           "\r\nCache-Control: no-cache\r\nTransfer-Encoding: chunked\r\n" + extraHeaders + "\r\n";
}

inline QByteArray fullResponse(int status, const QByteArray &reason, const QByteArray &body,
                               const QByteArray &extraHeaders = {},
                               const QByteArray &contentType = "application/json")
{
    return "HTTP/1.1 " + QByteArray::number(status) + ' ' + reason +
           "\r\nContent-Type: " + contentType +
           "\r\nContent-Length: " + QByteArray::number(body.size()) + "\r\n" + extraHeaders +
           "\r\n" + body;
}

class LoopbackServer
{
public:
    using Responder = std::function<Script(const ReceivedRequest &)>;

    /*! Listens on 127.0.0.1:\a port (any free port when 0). */
    explicit LoopbackServer(Responder responder, quint16 port = 0)
        : m_responder(std::move(responder))
    {
        m_context = new QObject;
        m_context->moveToThread(&m_thread);
        m_thread.setObjectName(QStringLiteral("LoopbackServer"));
        m_thread.start();
        QMetaObject::invokeMethod(
            m_context,
            [this, port] {
                m_server = new QTcpServer(m_context);
                m_server->setMaxPendingConnections(1024);
                QObject::connect(m_server, &QTcpServer::newConnection, m_server,
                                 [this] { accept(); });
                if (m_server->listen(QHostAddress::LocalHost, port))
                    m_port = m_server->serverPort();
            },
            Qt::BlockingQueuedConnection);
    }

    ~LoopbackServer()
    {
        QMetaObject::invokeMethod(
            m_context, [this] { delete m_server; }, Qt::BlockingQueuedConnection);
        m_thread.quit();
        m_thread.wait();
        delete m_context;
    }

    LoopbackServer(const LoopbackServer &) = delete;
    LoopbackServer &operator=(const LoopbackServer &) = delete;

    quint16 port() const { return m_port; }
    QUrl url(const QString &path = QString()) const
    {
        QUrl u;
        u.setScheme(QStringLiteral("http"));
        u.setHost(QStringLiteral("127.0.0.1"));
        u.setPort(m_port);
        u.setPath(path);
        return u;
    }

    int requestCount() const { return m_requestCount.load(); }
    int inFlight() const { return m_inFlight.load(); }
    int maxInFlight() const { return m_maxInFlight.load(); }
    void resetMaxInFlight() { m_maxInFlight.store(m_inFlight.load()); }
    int connectionCount() const { return m_connections.load(); }
    /*! Connections the client closed while their response was still in progress. */
    int abandoned() const { return m_abandoned.load(); }
    /*! Keep the received requests (off by default: benchmarks send thousands). */
    void setRecording(bool on) { m_recording.store(on); }
    QList<ReceivedRequest> requests() const
    {
        QMutexLocker locker(&m_mutex);
        return m_requests;
    }
    /*! CPU seconds the server thread has used (user + system). */
    double threadCpuSeconds() const
    {
        double seconds = 0;
        QMetaObject::invokeMethod(
            m_context,
            [&seconds] {
#ifdef Q_OS_LINUX
                rusage usage{};
                getrusage(RUSAGE_THREAD, &usage);
                seconds = double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) +
                          double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6;
#endif
            },
            Qt::BlockingQueuedConnection);
        return seconds;
    }

private:
    struct Connection
    {
        QTcpSocket *socket = nullptr;
        QByteArray buffer;
        QList<Script::Step> steps;
        qsizetype next = 0;
        bool responding = false;
        bool closing = false;
    };

    void accept()
    {
        while (QTcpSocket *socket = m_server->nextPendingConnection()) {
            socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
            auto connection = std::make_shared<Connection>();
            connection->socket = socket;
            ++m_connections;
            QObject::connect(socket, &QTcpSocket::readyRead, socket,
                             [this, connection] { read(*connection); });
            QObject::connect(socket, &QTcpSocket::disconnected, socket, [this, connection] {
                if (connection->responding) {
                    connection->responding = false;
                    --m_inFlight;
                    if (!connection->closing)
                        ++m_abandoned;
                }
                connection->socket->deleteLater();
            });
        }
    }

    void read(Connection &c)
    {
        c.buffer.append(c.socket->readAll());
        if (c.responding || c.closing)
            return;
        const qsizetype headEnd = c.buffer.indexOf("\r\n\r\n");
        if (headEnd < 0)
            return;
        ReceivedRequest request;
        const QList<QByteArray> lines = c.buffer.left(headEnd).split('\n');
        const QList<QByteArray> requestLine = lines.value(0).trimmed().split(' ');
        request.method = requestLine.value(0);
        request.target = requestLine.value(1);
        qsizetype contentLength = 0;
        for (qsizetype i = 1; i < lines.size(); ++i) {
            const QByteArray line = lines.at(i).trimmed();
            const qsizetype colon = line.indexOf(':');
            if (colon <= 0)
                continue;
            const QByteArray name = line.left(colon).trimmed().toLower();
            const QByteArray value = line.mid(colon + 1).trimmed();
            if (name == "content-length")
                contentLength = value.toLongLong();
            request.headers.append({name, value});
        }
        const qsizetype total = headEnd + 4 + contentLength;
        if (c.buffer.size() < total)
            return;
        request.body = c.buffer.mid(headEnd + 4, contentLength);
        request.raw = c.buffer.left(total);
        c.buffer.remove(0, total);
        request.index = m_requestCount.fetch_add(1);
        if (m_recording.load()) {
            QMutexLocker locker(&m_mutex);
            m_requests.append(request);
        }
        const int inFlight = ++m_inFlight;
        int seen = m_maxInFlight.load();
        while (inFlight > seen && !m_maxInFlight.compare_exchange_weak(seen, inFlight)) {
        }
        c.responding = true;
        c.steps = m_responder(request).steps();
        c.next = 0;
        run(c);
    }

    void run(Connection &c)
    {
        while (c.next < c.steps.size()) {
            const Script::Step &step = c.steps.at(c.next++);
            switch (step.kind) {
            case Script::Step::Write:
                c.socket->write(step.bytes);
                c.socket->flush();
                break;
            case Script::Step::Wait: {
                QTcpSocket *socket = c.socket;
                Connection *raw = &c;
                // The socket owns the lambda's connection, so it dies with the socket.
                QTimer::singleShot(step.ms, Qt::PreciseTimer, socket, [this, raw] {
                    if (raw->responding)
                        run(*raw);
                });
                return;
            }
            case Script::Step::Close:
                c.closing = true;
                c.responding = false;
                --m_inFlight;
                c.socket->disconnectFromHost();
                return;
            case Script::Step::Hang:
                return;
            }
        }
        c.responding = false;
        --m_inFlight;
        if (c.buffer.contains("\r\n\r\n"))
            read(c); // a request that arrived while this one was answered
    }

    Responder m_responder;
    QThread m_thread;
    QObject *m_context = nullptr;
    QTcpServer *m_server = nullptr;
    quint16 m_port = 0;
    std::atomic<int> m_requestCount{0};
    std::atomic<int> m_inFlight{0};
    std::atomic<int> m_maxInFlight{0};
    std::atomic<int> m_connections{0};
    std::atomic<int> m_abandoned{0};
    std::atomic<bool> m_recording{true};
    mutable QMutex m_mutex;
    QList<ReceivedRequest> m_requests;
};

} // namespace Seedbed::Test
