#pragma once

#include <QByteArray>
#include <QList>
#include <QObject>
#include <QPair>
#include <QString>
#include <QUrl>

#include <map>
#include <memory>
#include <vector>

class QNetworkAccessManager;

namespace Seedbed::Llm {

class Http1Connection;

/*! \brief One HTTP request and its response, whichever engine carries it.

    Created by HttpClient::send(); lives in the thread of the client. The signals come in this
    order: sent() once the request has gone out, metaDataChanged() when the status and header
    fields are known, readyRead() whenever body bytes wait in readAll(), and finished() once,
    at the end of the response or on failure (see failure()). abort() ends it without
    finished(). Delete it with deleteLater(). */
class HttpExchange : public QObject
{
    Q_OBJECT

public:
    using Headers = QList<QPair<QByteArray, QByteArray>>;

    enum class Failure {
        None,
        ConnectionRefused,
        HostNotFound,
        Tls,
        Closed,   //!< the connection ended before the response did
        Protocol, //!< the server's bytes are not HTTP
        Other,
    };

    int status() const { return m_status; } //!< 0 until metaDataChanged()
    const Headers &headers() const { return m_headers; }
    /*! The body bytes received since the last call. */
    virtual QByteArray readAll() = 0;
    virtual qint64 bytesAvailable() const = 0;
    /*! Stops the exchange and closes its connection (the server sees the request go away);
        no signal follows. Harmless once finished. */
    virtual void abort() = 0;
    Failure failure() const { return m_failure; }
    /*! What went wrong, in the words of the engine; empty without a failure. */
    QString errorString() const { return m_errorString; }

Q_SIGNALS:
    void sent();
    void metaDataChanged();
    void readyRead();
    void finished();

protected:
    using QObject::QObject;

    int m_status = 0;
    Headers m_headers;
    Failure m_failure = Failure::None;
    QString m_errorString;
};

/*! \brief What HttpClient::send() sends. */
struct HttpRequest
{
    QUrl url;
    QByteArray method = "POST";
    HttpExchange::Headers headers; //!< Host, Content-Length and Connection are added
    QByteArray body;
};

/*! \brief The HTTP engines of the LLM transport, with their connection pools.

    Plain \c http URLs go to Seedbed's own HTTP/1.1 client on QTcpSocket: persistent
    connections kept per host and port (as many as there are requests in flight — the
    scheduler above decides how many that is), the response parsed in bulk by
    HttpResponseParser, and no response compression asked for. It exists because Qt 6.4's
    QNetworkAccessManager reads header lines and chunk sizes one byte per system call and caps
    each manager at six connections per host; at concurrency 128 the client, not the server,
    became the bottleneck. Other URLs (https, with its TLS and HTTP/2), URLs with user info,
    and URLs for which a proxy is configured go through QNetworkAccessManager,
    spread over as many managers as the requests in flight need.

    A request on a reused connection that the server closed before answering (an idle
    connection it timed out just as the request went out) is sent once more on a new
    connection, as browsers do. Redirects are not followed: an LLM endpoint that redirects is
    misconfigured, and a key must never follow one.

    The environment variable SEEDBED_HTTP_ENGINE=qtnetwork makes QtNetwork the engine for
    everything (Engine::QtNetwork).

    Lives in one thread; not thread-safe. */
class HttpClient : public QObject
{
    Q_OBJECT

public:
    enum class Engine {
        Automatic, //!< own HTTP/1.1 for plain http, QNetworkAccessManager otherwise
        QtNetwork, //!< QNetworkAccessManager for everything
    };

    explicit HttpClient(QObject *parent = nullptr);
    ~HttpClient() override;

    void setEngine(Engine engine) { m_engine = engine; }
    Engine engine() const { return m_engine; }

    /*! Starts \a request; the exchange is a child of the client until deleted. */
    HttpExchange *send(const HttpRequest &request);

    /*! Open connections of the own client (idle ones included), for tests. */
    int openConnections() const;

private:
    friend class Http1Connection;
    friend class Http1Exchange;
    friend class QtExchange;

    struct Manager
    {
        QNetworkAccessManager *manager = nullptr;
        int active = 0;
    };

    bool useOwnClient(const QUrl &url);
    HttpExchange *sendWithQt(const HttpRequest &request);
    HttpExchange *sendOwn(const HttpRequest &request);
    Http1Connection *takeConnection(const QString &origin, const QUrl &url);
    Http1Connection *openConnection(const QString &origin, const QUrl &url);
    void recycle(Http1Connection *connection);
    void forget(Http1Connection *connection);
    void release(Manager *manager) { --manager->active; }

    Engine m_engine = Engine::Automatic;
    std::map<QString, std::vector<std::unique_ptr<Manager>>> m_managers;
    std::map<QString, std::vector<Http1Connection *>> m_idle;
    std::map<QString, bool> m_direct; // by origin: whether no proxy applies
    std::vector<Http1Connection *> m_connections;
};

} // namespace Seedbed::Llm
