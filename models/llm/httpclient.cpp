#include "models/llm/httpclient.h"

#include "models/llm/httpresponseparser.h"

#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QPointer>
#include <QTcpSocket>

#include <algorithm>

namespace Seedbed::Llm {

namespace {

// Qt 6.4 opens at most this many HTTP/1.1 connections per host and QNetworkAccessManager.
constexpr int connectionsPerManager = 6;
// Idle connections kept per host and port beyond those in use.
constexpr std::size_t maxIdlePerOrigin = 512;
// The most one read takes from a connection. The kernel may hold tens of MB for a reader that
// falls behind (tcp_rmem), and a read is copied twice before it is parsed: unbounded reads let
// a fast server make the client hold several times that.
constexpr qint64 readBufferBytes = 1024 * 1024;

QString originOf(const QUrl &url)
{
    return url.scheme().toLower() + QLatin1Char('/') + url.host().toLower() + QLatin1Char('/') +
           QString::number(url.port(
               url.scheme().compare(QLatin1String("https"), Qt::CaseInsensitive) == 0 ? 443 : 80));
}

HttpExchange::Failure failureOf(QNetworkReply::NetworkError code)
{
    switch (code) {
    case QNetworkReply::NoError:
        return HttpExchange::Failure::None;
    case QNetworkReply::ConnectionRefusedError:
        return HttpExchange::Failure::ConnectionRefused;
    case QNetworkReply::HostNotFoundError:
        return HttpExchange::Failure::HostNotFound;
    case QNetworkReply::SslHandshakeFailedError:
        return HttpExchange::Failure::Tls;
    case QNetworkReply::RemoteHostClosedError:
        return HttpExchange::Failure::Closed;
    case QNetworkReply::ProtocolFailure:
        return HttpExchange::Failure::Protocol;
    default:
        return HttpExchange::Failure::Other;
    }
}

HttpExchange::Failure failureOf(QAbstractSocket::SocketError code)
{
    switch (code) {
    case QAbstractSocket::ConnectionRefusedError:
        return HttpExchange::Failure::ConnectionRefused;
    case QAbstractSocket::HostNotFoundError:
        return HttpExchange::Failure::HostNotFound;
    case QAbstractSocket::RemoteHostClosedError:
        return HttpExchange::Failure::Closed;
    default:
        return HttpExchange::Failure::Other;
    }
}

} // namespace

// --- QNetworkAccessManager -------------------------------------------------------------------

class QtExchange : public HttpExchange
{
public:
    QtExchange(HttpClient *client, HttpClient::Manager *manager, QNetworkReply *reply)
        : HttpExchange(client)
        , m_client(client)
        , m_manager(manager)
        , m_reply(reply)
    {
        reply->setParent(this);
        connect(reply, &QNetworkReply::requestSent, this, &HttpExchange::sent);
        connect(reply, &QNetworkReply::metaDataChanged, this, [this] {
            const QVariant status = m_reply->attribute(QNetworkRequest::HttpStatusCodeAttribute);
            m_status = status.isValid() ? status.toInt() : 0;
            m_headers = m_reply->rawHeaderPairs();
            Q_EMIT metaDataChanged();
        });
        connect(reply, &QNetworkReply::readyRead, this, &HttpExchange::readyRead);
        connect(reply, &QNetworkReply::finished, this, [this] {
            m_failure = failureOf(m_reply->error());
            if (m_failure != Failure::None)
                m_errorString = m_reply->errorString();
            releaseManager();
            Q_EMIT finished();
        });
    }
    ~QtExchange() override { releaseManager(); }

    QByteArray readAll() override { return m_reply->readAll(); }
    qint64 bytesAvailable() const override { return m_reply->bytesAvailable(); }
    void abort() override
    {
        disconnect(m_reply, nullptr, this, nullptr);
        if (m_reply->isRunning())
            m_reply->abort();
        releaseManager();
    }

private:
    void releaseManager()
    {
        if (m_manager)
            m_client->release(std::exchange(m_manager, nullptr));
    }

    HttpClient *m_client;
    HttpClient::Manager *m_manager;
    QNetworkReply *m_reply;
};

// --- Own HTTP/1.1 ----------------------------------------------------------------------------

class Http1Exchange;

/* A persistent connection; carries one exchange at a time. */
class Http1Connection : public QObject
{
public:
    Http1Connection(HttpClient *client, const QString &origin, const QUrl &url)
        : QObject(client)
        , m_client(client)
        , m_origin(origin)
        , m_socket(new QTcpSocket(this))
    {
        m_socket->setProxy(QNetworkProxy::NoProxy); // HttpClient found that none applies
        m_socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
        m_socket->setReadBufferSize(readBufferBytes);
        connect(m_socket, &QTcpSocket::connected, this, [this] { writeRequest(); });
        connect(m_socket, &QTcpSocket::bytesWritten, this, &Http1Connection::onBytesWritten);
        connect(m_socket, &QTcpSocket::readyRead, this, &Http1Connection::onReadyRead);
        connect(m_socket, &QTcpSocket::disconnected, this, [this] { onClosed(); });
        connect(m_socket, &QTcpSocket::errorOccurred, this,
                [this](QAbstractSocket::SocketError error) { onError(error); });
        m_socket->connectToHost(url.host(), quint16(url.port(80)));
    }

    const QString &origin() const { return m_origin; }
    bool isUsable() const
    {
        return m_socket->state() == QAbstractSocket::ConnectedState && !m_broken &&
               m_socket->bytesAvailable() == 0;
    }
    bool wasUsed() const { return m_used; }

    void start(Http1Exchange *exchange, const QByteArray &wire);
    /*! The exchange is going away: the connection goes with it. */
    void abandon();

private:
    void writeRequest();
    void onBytesWritten(qint64 bytes);
    void onReadyRead();
    void onClosed();
    void onError(QAbstractSocket::SocketError error);
    void complete();
    void fail(HttpExchange::Failure failure, const QString &message);

    HttpClient *m_client;
    QString m_origin;
    QTcpSocket *m_socket;
    Http1Exchange *m_exchange = nullptr;
    QByteArray m_wire;
    qint64 m_unwritten = 0;
    std::unique_ptr<HttpResponseParser> m_parser;
    bool m_used = false;   // carried a request before the current one
    bool m_broken = false; // must not carry another request
};

class Http1Exchange : public HttpExchange
{
public:
    Http1Exchange(HttpClient *client, const HttpRequest &request)
        : HttpExchange(client)
        , m_client(client)
        , m_url(request.url)
    {
        QByteArray target = request.url.path(QUrl::FullyEncoded).toLatin1();
        if (target.isEmpty())
            target = "/";
        if (request.url.hasQuery())
            target += '?' + request.url.query(QUrl::FullyEncoded).toLatin1();
        QByteArray host = request.url.host(QUrl::FullyEncoded).toLatin1();
        if (host.contains(':'))
            host = '[' + host + ']';
        if (request.url.port(80) != 80)
            host += ':' + QByteArray::number(request.url.port());
        m_wire.reserve(512 + request.body.size());
        m_wire += request.method + ' ' + target + " HTTP/1.1\r\nHost: " + host + "\r\n";
        for (const auto &[name, value] : request.headers) {
            if (name.compare("host", Qt::CaseInsensitive) == 0 ||
                name.compare("content-length", Qt::CaseInsensitive) == 0 ||
                name.compare("connection", Qt::CaseInsensitive) == 0) {
                continue;
            }
            m_wire += name + ": " + value + "\r\n";
        }
        if (!request.body.isEmpty() || request.method != "GET")
            m_wire += "Content-Length: " + QByteArray::number(request.body.size()) + "\r\n";
        m_wire += "Connection: keep-alive\r\n\r\n";
        m_wire += request.body;
    }
    ~Http1Exchange() override { abort(); }

    QByteArray readAll() override { return std::exchange(m_body, QByteArray()); }
    qint64 bytesAvailable() const override { return m_body.size(); }
    void abort() override
    {
        m_done = true;
        if (Http1Connection *connection = std::exchange(m_connection, nullptr))
            connection->abandon();
    }

    void begin(Http1Connection *connection)
    {
        m_connection = connection;
        connection->start(this, m_wire);
    }

private:
    friend class Http1Connection;

    bool isOver() const { return m_done; }
    // Called by the connection; each may end in the exchange being aborted by a slot.
    void onSent() { Q_EMIT sent(); }
    void onHead(int status, const Headers &headers)
    {
        m_status = status;
        m_headers = headers;
        Q_EMIT metaDataChanged();
    }
    void onBody() { Q_EMIT readyRead(); }
    void onFinished(Failure failure, const QString &message)
    {
        m_connection = nullptr;
        m_done = true;
        m_failure = failure;
        m_errorString = message;
        Q_EMIT finished();
    }
    /*! A reused connection died before any answer: once more on a new one. */
    void retryOnFreshConnection()
    {
        m_retried = true;
        m_connection = nullptr;
        begin(m_client->openConnection(originOf(m_url), m_url));
    }

    HttpClient *m_client;
    QUrl m_url;
    QByteArray m_wire;
    QByteArray m_body;
    Http1Connection *m_connection = nullptr;
    bool m_done = false;
    bool m_retried = false;
};

void Http1Connection::start(Http1Exchange *exchange, const QByteArray &wire)
{
    m_exchange = exchange;
    m_wire = wire;
    m_parser = std::make_unique<HttpResponseParser>();
    if (m_socket->state() == QAbstractSocket::ConnectedState)
        writeRequest();
}

void Http1Connection::writeRequest()
{
    if (!m_exchange || m_wire.isEmpty())
        return;
    m_unwritten = m_wire.size();
    m_socket->write(std::exchange(m_wire, QByteArray()));
}

void Http1Connection::onBytesWritten(qint64 bytes)
{
    if (!m_exchange || m_unwritten <= 0)
        return;
    m_unwritten -= bytes;
    if (m_unwritten <= 0)
        m_exchange->onSent();
}

void Http1Connection::onReadyRead()
{
    const QByteArray data = m_socket->readAll();
    if (!m_exchange) {
        m_broken = true; // bytes nobody asked for: the connection is out of step
        return;
    }
    Http1Exchange *exchange = m_exchange;
    const bool hadHead = m_parser->hasHead();
    const qsizetype used = m_parser->feed(data, &exchange->m_body);
    if (!hadHead && m_parser->hasHead()) {
        exchange->onHead(m_parser->status(), m_parser->headers());
        if (m_exchange != exchange)
            return; // aborted by a slot: this connection is being deleted
    }
    if (m_parser->hasError()) {
        fail(HttpExchange::Failure::Protocol, m_parser->errorString());
        return;
    }
    if (!exchange->m_body.isEmpty()) {
        exchange->onBody();
        if (m_exchange != exchange)
            return;
    }
    if (m_parser->isComplete()) {
        if (used < data.size())
            m_broken = true; // more than the response: do not trust what follows
        complete();
    }
}

void Http1Connection::complete()
{
    Http1Exchange *exchange = std::exchange(m_exchange, nullptr);
    if (!m_parser->keepAlive())
        m_broken = true;
    m_used = true;
    m_parser.reset();
    m_client->recycle(this); // before finished(): the next request may take it at once
    exchange->onFinished(HttpExchange::Failure::None, QString());
}

void Http1Connection::fail(HttpExchange::Failure failure, const QString &message)
{
    Http1Exchange *exchange = std::exchange(m_exchange, nullptr);
    m_broken = true;
    m_socket->abort();
    m_client->forget(this);
    deleteLater();
    if (exchange)
        exchange->onFinished(failure, message);
}

void Http1Connection::onClosed()
{
    if (!m_exchange) {
        m_client->forget(this);
        deleteLater();
        return;
    }
    if (m_socket->bytesAvailable() > 0)
        onReadyRead();
    if (!m_exchange)
        return;
    if (m_used && !m_parser->hasStarted() && !m_exchange->m_retried) {
        // The server closed an idle connection just as the request went out.
        Http1Exchange *exchange = std::exchange(m_exchange, nullptr);
        m_broken = true;
        m_client->forget(this);
        deleteLater();
        exchange->retryOnFreshConnection();
        return;
    }
    m_parser->closed();
    if (m_parser->isComplete())
        complete();
    else
        fail(HttpExchange::Failure::Closed, m_parser->errorString());
}

void Http1Connection::onError(QAbstractSocket::SocketError error)
{
    if (error == QAbstractSocket::RemoteHostClosedError) {
        if (m_socket->state() == QAbstractSocket::UnconnectedState)
            onClosed(); // disconnected() may not come when the socket never was connected
        return;         // otherwise disconnected() follows and decides
    }
    if (!m_exchange) {
        m_broken = true;
        return;
    }
    fail(failureOf(error), m_socket->errorString());
}

void Http1Connection::abandon()
{
    m_exchange = nullptr;
    m_broken = true;
    disconnect(m_socket, nullptr, this, nullptr);
    m_socket->abort();
    m_client->forget(this);
    deleteLater();
}

// --- HttpClient ------------------------------------------------------------------------------

HttpClient::HttpClient(QObject *parent)
    : QObject(parent)
{
    // An escape hatch for a server the own client does not get along with, and the way the
    // benchmark compares both engines.
    if (qEnvironmentVariable("SEEDBED_HTTP_ENGINE")
            .compare(QLatin1String("qtnetwork"), Qt::CaseInsensitive) == 0) {
        m_engine = Engine::QtNetwork;
    }
}

HttpClient::~HttpClient() = default;

int HttpClient::openConnections() const
{
    return int(m_connections.size());
}

bool HttpClient::useOwnClient(const QUrl &url)
{
    if (m_engine != Engine::Automatic ||
        url.scheme().compare(QLatin1String("http"), Qt::CaseInsensitive) != 0 ||
        !url.userInfo().isEmpty()) {
        return false;
    }
    // Only where no proxy applies (asked once per origin: the system's answer may be slow).
    const QString origin = originOf(url);
    const auto known = m_direct.find(origin);
    if (known != m_direct.end())
        return known->second;
    const QList<QNetworkProxy> proxies =
        QNetworkProxyFactory::proxyForQuery(QNetworkProxyQuery(url));
    const bool direct = proxies.isEmpty() || proxies.first().type() == QNetworkProxy::NoProxy;
    m_direct.emplace(origin, direct);
    return direct;
}

HttpExchange *HttpClient::send(const HttpRequest &request)
{
    return useOwnClient(request.url) ? sendOwn(request) : sendWithQt(request);
}

HttpExchange *HttpClient::sendWithQt(const HttpRequest &request)
{
    // The least busy manager for this host; a new one once all have six requests, so that the
    // configured concurrency is not capped by Qt's per-manager connection limit.
    auto &managers = m_managers[originOf(request.url)];
    Manager *best = nullptr;
    for (const auto &manager : managers) {
        if (!best || manager->active < best->active)
            best = manager.get();
    }
    if (!best || best->active >= connectionsPerManager) {
        managers.push_back(std::make_unique<Manager>());
        best = managers.back().get();
        best->manager = new QNetworkAccessManager(this);
    }
    ++best->active;

    QNetworkRequest network(request.url);
    for (const auto &[name, value] : request.headers)
        network.setRawHeader(name, value);
    const bool https =
        request.url.scheme().compare(QLatin1String("https"), Qt::CaseInsensitive) == 0;
    network.setAttribute(QNetworkRequest::Http2AllowedAttribute, https);
    // A key must never follow a redirect; the caller reports the redirect instead.
    network.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         QNetworkRequest::ManualRedirectPolicy);
    network.setAttribute(QNetworkRequest::CacheLoadControlAttribute,
                         QNetworkRequest::AlwaysNetwork);
    QNetworkReply *reply =
        request.method == "POST"
            ? best->manager->post(network, request.body)
            : best->manager->sendCustomRequest(network, request.method, request.body);
    return new QtExchange(this, best, reply);
}

HttpExchange *HttpClient::sendOwn(const HttpRequest &request)
{
    auto *exchange = new Http1Exchange(this, request);
    exchange->begin(takeConnection(originOf(request.url), request.url));
    return exchange;
}

Http1Connection *HttpClient::takeConnection(const QString &origin, const QUrl &url)
{
    auto &idle = m_idle[origin];
    while (!idle.empty()) {
        Http1Connection *connection = idle.back();
        idle.pop_back();
        if (connection->isUsable())
            return connection;
        forget(connection);
        connection->deleteLater();
    }
    return openConnection(origin, url);
}

Http1Connection *HttpClient::openConnection(const QString &origin, const QUrl &url)
{
    auto *connection = new Http1Connection(this, origin, url);
    m_connections.push_back(connection);
    return connection;
}

void HttpClient::recycle(Http1Connection *connection)
{
    auto &idle = m_idle[connection->origin()];
    if (connection->isUsable() && idle.size() < maxIdlePerOrigin) {
        idle.push_back(connection);
        return;
    }
    forget(connection);
    connection->deleteLater();
}

void HttpClient::forget(Http1Connection *connection)
{
    m_connections.erase(std::remove(m_connections.begin(), m_connections.end(), connection),
                        m_connections.end());
    auto &idle = m_idle[connection->origin()];
    idle.erase(std::remove(idle.begin(), idle.end(), connection), idle.end());
}

} // namespace Seedbed::Llm
