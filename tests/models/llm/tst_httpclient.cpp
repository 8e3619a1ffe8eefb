#include "models/llm/httpclient.h"

#include "loopbackserver.h"

#include <QDeadlineTimer>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTest>

using namespace Seedbed::Llm;
using namespace Seedbed::Test;

namespace {

struct Outcome
{
    bool finished = false;
    int status = 0;
    HttpExchange::Headers headers;
    QByteArray body;
    HttpExchange::Failure failure = HttpExchange::Failure::None;
    QString error;
    bool sent = false;
};

// Sends \a request and collects everything the exchange reports; the exchange is deleted.
Outcome exchange(HttpClient &client, const HttpRequest &request, int timeoutMs = 5000)
{
    Outcome outcome;
    HttpExchange *x = client.send(request);
    QObject::connect(x, &HttpExchange::sent, x, [&outcome] { outcome.sent = true; });
    QObject::connect(x, &HttpExchange::readyRead, x,
                     [&outcome, x] { outcome.body += x->readAll(); });
    QObject::connect(x, &HttpExchange::finished, x, [&outcome, x] {
        outcome.body += x->readAll();
        outcome.finished = true;
        outcome.status = x->status();
        outcome.headers = x->headers();
        outcome.failure = x->failure();
        outcome.error = x->errorString();
    });
    QDeadlineTimer deadline(timeoutMs);
    while (!outcome.finished && !deadline.hasExpired())
        QTest::qWait(5);
    if (!outcome.finished)
        x->abort();
    x->deleteLater();
    return outcome;
}

HttpRequest post(const LoopbackServer &server, const QByteArray &body = "{}")
{
    HttpRequest request;
    request.url = server.url(QStringLiteral("/v1/chat/completions"));
    request.headers = {{"Content-Type", "application/json"}, {"Authorization", "Bearer sk-x"}};
    request.body = body;
    return request;
}

Script ok(const QByteArray &body = "{\"ok\":true}")
{
    return Script().write(fullResponse(200, "OK", body));
}

} // namespace

class tst_HttpClient : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void requestOnTheWire();
    void bothEnginesAgree_data();
    void bothEnginesAgree();
    void keepAliveReusesOneConnection();
    void parallelRequestsGetConnectionsOfTheirOwn();
    void reusedConnectionClosedUnansweredIsSentAgain();
    void freshConnectionClosedUnansweredFails();
    void idleConnectionClosedByServerIsDropped();
    void connectionCloseIsHonoured();
    void closeDelimitedBody();
    void notHttp();
    void refused();
    void abortClosesTheConnection();
    void largeBody();
};

void tst_HttpClient::requestOnTheWire()
{
    LoopbackServer server([](const ReceivedRequest &) { return ok(); });
    HttpClient client;
    HttpRequest request = post(server, "{\"model\":\"m\"}");
    QUrl url = request.url;
    url.setQuery(QStringLiteral("api-version=2024-10-21"));
    request.url = url;
    request.headers.append({QByteArray("Content-Length"), QByteArray("999")}); // replaced
    const Outcome outcome = exchange(client, request);
    QVERIFY(outcome.sent);
    QCOMPARE(outcome.status, 200);
    const ReceivedRequest received = server.requests().value(0);
    const QByteArray expected =
        "POST /v1/chat/completions?api-version=2024-10-21 HTTP/1.1\r\nHost: 127.0.0.1:" +
        QByteArray::number(server.port()) +
        "\r\nContent-Type: application/json\r\nAuthorization: Bearer sk-x\r\n"
        "Content-Length: 13\r\nConnection: keep-alive\r\n\r\n{\"model\":\"m\"}";
    QCOMPARE(received.raw, expected);
}

void tst_HttpClient::bothEnginesAgree_data()
{
    QTest::addColumn<int>("engine");
    QTest::newRow("own") << int(HttpClient::Engine::Automatic);
    QTest::newRow("qtnetwork") << int(HttpClient::Engine::QtNetwork);
}

void tst_HttpClient::bothEnginesAgree()
{
    QFETCH(int, engine);
    LoopbackServer server([](const ReceivedRequest &r) {
        if (r.index == 0) {
            return Script()
                .write(streamHead("text/event-stream", "X-Request-Id: 42\r\n"))
                .write(chunked("data: one\n\n"))
                .wait(20)
                .write(chunked("data: two\n\n") + lastChunk());
        }
        if (r.index == 1) {
            return Script().write(
                fullResponse(429, "Too Many Requests", "{\"error\":{}}", "Retry-After: 3\r\n"));
        }
        return Script().write("HTTP/1.1 307 Temporary Redirect\r\nLocation: http://elsewhere/v1\r\n"
                              "Content-Length: 0\r\n\r\n");
    });
    HttpClient client;
    client.setEngine(HttpClient::Engine(engine));

    Outcome stream = exchange(client, post(server));
    QCOMPARE(stream.failure, HttpExchange::Failure::None);
    QCOMPARE(stream.status, 200);
    QCOMPARE(stream.body, QByteArray("data: one\n\ndata: two\n\n"));
    bool found = false;
    for (const auto &[name, value] : stream.headers)
        found = found || (name.compare("x-request-id", Qt::CaseInsensitive) == 0 && value == "42");
    QVERIFY(found);

    const Outcome limited = exchange(client, post(server));
    QCOMPARE(limited.status, 429);
    QCOMPARE(limited.body, QByteArray("{\"error\":{}}"));

    // Redirects are reported, never followed.
    const Outcome redirect = exchange(client, post(server));
    QCOMPARE(redirect.status, 307);
    QCOMPARE(redirect.failure, HttpExchange::Failure::None);
    QCOMPARE(server.requestCount(), 3);
}

void tst_HttpClient::keepAliveReusesOneConnection()
{
    LoopbackServer server([](const ReceivedRequest &) { return ok(); });
    HttpClient client;
    for (int i = 0; i < 20; ++i) {
        const Outcome outcome = exchange(client, post(server));
        QCOMPARE(outcome.status, 200);
        QCOMPARE(outcome.body, QByteArray("{\"ok\":true}"));
    }
    QCOMPARE(server.requestCount(), 20);
    QCOMPARE(server.connectionCount(), 1);
    QCOMPARE(client.openConnections(), 1);
}

void tst_HttpClient::parallelRequestsGetConnectionsOfTheirOwn()
{
    LoopbackServer server([](const ReceivedRequest &) {
        return Script().wait(100).write(fullResponse(200, "OK", "{}"));
    });
    HttpClient client;
    for (int round = 0; round < 2; ++round) {
        server.resetMaxInFlight();
        QList<HttpExchange *> exchanges;
        int finished = 0;
        for (int i = 0; i < 40; ++i) {
            HttpExchange *x = client.send(post(server));
            connect(x, &HttpExchange::finished, x, [&finished] { ++finished; });
            exchanges.append(x);
        }
        QTRY_COMPARE_WITH_TIMEOUT(finished, 40, 5000);
        for (HttpExchange *x : exchanges) {
            QCOMPARE(x->status(), 200);
            x->deleteLater();
        }
        QCOMPARE(server.maxInFlight(), 40); // no cap of six per host
    }
    QCOMPARE(server.connectionCount(), 40); // the second round reused the first's
}

void tst_HttpClient::reusedConnectionClosedUnansweredIsSentAgain()
{
    // The second request finds its reused connection closed without an answer, as when a
    // server's keep-alive timeout strikes just as the request goes out.
    LoopbackServer server(
        [](const ReceivedRequest &r) { return r.index == 1 ? Script().close() : ok(); });
    HttpClient client;
    QCOMPARE(exchange(client, post(server)).status, 200);
    const Outcome second = exchange(client, post(server));
    QCOMPARE(second.failure, HttpExchange::Failure::None);
    QCOMPARE(second.status, 200);
    QCOMPARE(server.requestCount(), 3);
    QCOMPARE(server.connectionCount(), 2);
}

void tst_HttpClient::freshConnectionClosedUnansweredFails()
{
    // Once on a new connection, a request the server drops is a failure: sending it again is
    // for the retry policy to decide, which sees the attempt.
    LoopbackServer server([](const ReceivedRequest &) { return Script().close(); });
    HttpClient client;
    const Outcome outcome = exchange(client, post(server));
    QCOMPARE(outcome.failure, HttpExchange::Failure::Closed);
    QVERIFY(outcome.error.contains(QStringLiteral("without answering")));
    QCOMPARE(server.requestCount(), 1);
}

void tst_HttpClient::idleConnectionClosedByServerIsDropped()
{
    LoopbackServer server([](const ReceivedRequest &) {
        return Script().write(fullResponse(200, "OK", "{}")).wait(30).close();
    });
    HttpClient client;
    QCOMPARE(exchange(client, post(server)).status, 200);
    QTRY_COMPARE(client.openConnections(), 0);
    QCOMPARE(exchange(client, post(server)).status, 200);
    QCOMPARE(server.requestCount(), 2);
    QCOMPARE(server.connectionCount(), 2);
}

void tst_HttpClient::connectionCloseIsHonoured()
{
    LoopbackServer server([](const ReceivedRequest &) {
        return Script().write(fullResponse(200, "OK", "{}", "Connection: close\r\n"));
    });
    HttpClient client;
    QCOMPARE(exchange(client, post(server)).status, 200);
    QCOMPARE(exchange(client, post(server)).status, 200);
    QCOMPARE(server.connectionCount(), 2);
    QCOMPARE(server.requestCount(), 2);
}

void tst_HttpClient::closeDelimitedBody()
{
    LoopbackServer server([](const ReceivedRequest &) {
        return Script()
            .write("HTTP/1.0 200 OK\r\nContent-Type: application/x-ndjson\r\n\r\n{\"a\":1}\n")
            .wait(20)
            .write("{\"b\":2}\n")
            .close();
    });
    HttpClient client;
    const Outcome outcome = exchange(client, post(server));
    QCOMPARE(outcome.failure, HttpExchange::Failure::None);
    QCOMPARE(outcome.body, QByteArray("{\"a\":1}\n{\"b\":2}\n"));
    QTRY_COMPARE(client.openConnections(), 0);
}

void tst_HttpClient::notHttp()
{
    LoopbackServer server([](const ReceivedRequest &) {
        return Script().write("SSH-2.0-OpenSSH_9.2\r\n\r\n").hang();
    });
    HttpClient client;
    const Outcome outcome = exchange(client, post(server));
    QCOMPARE(outcome.failure, HttpExchange::Failure::Protocol);
    QVERIFY(outcome.error.contains(QStringLiteral("status line")));
    QTRY_COMPARE(server.abandoned(), 1); // the connection was closed, not kept
}

void tst_HttpClient::refused()
{
    quint16 port = 0;
    {
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost));
        port = probe.serverPort();
    }
    HttpClient client;
    HttpRequest request;
    request.url = QUrl(QStringLiteral("http://127.0.0.1:%1/v1/models").arg(port));
    request.method = "GET";
    const Outcome outcome = exchange(client, request);
    QCOMPARE(outcome.failure, HttpExchange::Failure::ConnectionRefused);
    QVERIFY(!outcome.sent);
    QCOMPARE(client.openConnections(), 0);
}

void tst_HttpClient::abortClosesTheConnection()
{
    LoopbackServer server([](const ReceivedRequest &) {
        return Script().write(streamHead() + chunked("data: x\n\n")).hang();
    });
    HttpClient client;
    HttpExchange *x = client.send(post(server));
    QSignalSpy finished(x, &HttpExchange::finished);
    QSignalSpy readyRead(x, &HttpExchange::readyRead);
    QTRY_VERIFY(readyRead.size() > 0);
    x->abort();
    x->deleteLater();
    QTRY_COMPARE(server.abandoned(), 1);
    QTRY_COMPARE(client.openConnections(), 0);
    QCOMPARE(finished.size(), 0);
}

void tst_HttpClient::largeBody()
{
    QByteArray big(8 * 1024 * 1024 + 7, 'x');
    for (qsizetype i = 0; i < big.size(); i += 1000)
        big[i] = char('a' + (i / 1000) % 26);
    LoopbackServer server([big](const ReceivedRequest &) { return ok(big); });
    HttpClient client;
    const Outcome outcome = exchange(client, post(server, QByteArray(3 * 1024 * 1024, 'p')), 20000);
    QCOMPARE(outcome.status, 200);
    QVERIFY(outcome.body == big);
    QCOMPARE(server.requests().value(0).body.size(), 3 * 1024 * 1024);
}

QTEST_GUILESS_MAIN(tst_HttpClient)
#include "tst_httpclient.moc"
