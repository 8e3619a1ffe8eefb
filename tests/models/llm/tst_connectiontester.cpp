#include "models/llm/connectiontester.h"
#include "models/llm/redactor.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QSslSocket>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>

#include <functional>

using namespace Seedbed::Llm;

namespace {
const QByteArray testKey = "sk-test-0123456789abcdefCANARY";

struct HttpRequest
{
    QByteArray method;
    QByteArray path;
    QMap<QByteArray, QByteArray> headers; // names in lower case
    QByteArray body;
};

QByteArray response(int status, const QByteArray &body,
                    const QByteArray &contentType = "application/json")
{
    static const QMap<int, QByteArray> reasons{{200, "OK"},
                                               {400, "Bad Request"},
                                               {401, "Unauthorized"},
                                               {403, "Forbidden"},
                                               {404, "Not Found"},
                                               {429, "Too Many Requests"},
                                               {500, "Internal Server Error"}};
    return "HTTP/1.1 " + QByteArray::number(status) + " " + reasons.value(status, "Status") +
           "\r\nContent-Type: " + contentType +
           "\r\nContent-Length: " + QByteArray::number(body.size()) +
           "\r\nConnection: close\r\n\r\n" + body;
}

QByteArray modelList(const QStringList &ids, const char *listKey = "data", const char *idKey = "id")
{
    QJsonArray data;
    for (const QString &id : ids)
        data.append(QJsonObject{{QString::fromLatin1(idKey), id}, {"object", "model"}});
    return QJsonDocument(QJsonObject{{"object", "list"}, {QString::fromLatin1(listKey), data}})
        .toJson(QJsonDocument::Compact);
}

/* A loopback HTTP/1.1 server written for these tests: answers each request with whatever
   the handler returns, closes connections at once, or never answers. */
class LoopbackServer : public QTcpServer
{
public:
    enum class Mode { Answer, CloseImmediately, NeverAnswer };
    using Handler = std::function<QByteArray(const HttpRequest &)>;

    explicit LoopbackServer(Mode mode = Mode::Answer, Handler handler = {})
        : m_mode(mode)
        , m_handler(std::move(handler))
    {
        connect(this, &QTcpServer::newConnection, this, &LoopbackServer::accept);
        listen(QHostAddress::LocalHost, 0);
    }

    QString url(const QString &path = QString()) const
    {
        return QStringLiteral("http://127.0.0.1:%1%2").arg(serverPort()).arg(path);
    }
    QList<HttpRequest> requests;

private:
    void accept()
    {
        while (QTcpSocket *socket = nextPendingConnection()) {
            connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
            if (m_mode == Mode::CloseImmediately) {
                socket->close();
                continue;
            }
            connect(socket, &QTcpSocket::readyRead, this, [this, socket] { read(socket); });
        }
    }

    void read(QTcpSocket *socket)
    {
        QByteArray &buffer = m_buffers[socket];
        buffer += socket->readAll();
        if (m_mode == Mode::NeverAnswer)
            return;
        if (buffer.startsWith('\x16')) { // a TLS ClientHello: this server speaks plain HTTP
            socket->write(response(400, "plain HTTP only", "text/plain"));
            socket->disconnectFromHost();
            return;
        }
        const qsizetype end = buffer.indexOf("\r\n\r\n");
        if (end < 0)
            return;
        HttpRequest request;
        const QList<QByteArray> lines = buffer.left(end).split('\n');
        const QList<QByteArray> first = lines.value(0).trimmed().split(' ');
        request.method = first.value(0);
        request.path = first.value(1);
        for (qsizetype i = 1; i < lines.size(); ++i) {
            const qsizetype colon = lines[i].indexOf(':');
            if (colon > 0)
                request.headers.insert(lines[i].left(colon).trimmed().toLower(),
                                       lines[i].mid(colon + 1).trimmed());
        }
        const qsizetype length = request.headers.value("content-length", "0").toLongLong();
        if (buffer.size() < end + 4 + length)
            return;
        request.body = buffer.mid(end + 4, length);
        m_buffers.remove(socket);
        requests.append(request);
        socket->write(m_handler(request));
        socket->disconnectFromHost();
    }

    Mode m_mode;
    Handler m_handler;
    QHash<QTcpSocket *, QByteArray> m_buffers;
};

ProviderProfile profileFor(const QString &baseUrl, Protocol protocol = Protocol::OpenAiCompatible,
                           const QStringList &models = {})
{
    ProviderProfile profile;
    profile.id = "test-profile";
    profile.name = "Test";
    profile.protocol = protocol;
    profile.baseUrl = QUrl(baseUrl);
    profile.models = models;
    return profile;
}

struct Verdict
{
    bool ok = false;
    QString message;
    QStringList models;
};

// Runs one test to the end; plenty of time for a loaded machine, the tests never wait it out.
Verdict run(ConnectionTester &tester, const ProviderProfile &profile,
            const QByteArray &key = testKey, const QString &model = QString())
{
    QSignalSpy spy(&tester, &ConnectionTester::finished);
    tester.start(profile, key, model);
    if (spy.isEmpty() && !spy.wait(60000))
        return {false, QStringLiteral("<no finished() signal>"), {}};
    Verdict verdict{spy.first().at(0).toBool(), spy.first().at(1).toString(),
                    spy.first().at(2).toStringList()};
    if (qEnvironmentVariableIsSet("SEEDBED_SHOW_MESSAGES"))
        qInfo().noquote() << verdict.ok << verdict.message;
    return verdict;
}
} // namespace

class TestConnectionTester : public QObject
{
    Q_OBJECT

private slots:
    void cleanup();

    void listsModels();
    void listsOllamaModels();
    void listsAnthropicModels();
    void keyRejected_data();
    void keyRejected();
    void wrongPathSuggestsV1();
    void wrongPathOllamaWithoutV1();
    void noModelListButChatAnswers();
    void modelNotListed();
    void modelUnknownToChat();
    void connectionRefused();
    void closedImmediately();
    void hostNotFound();
    void timesOut();
    void tlsToPlainServer();
    void malformedUrl_data();
    void malformedUrl();
    void serverTrouble_data();
    void serverTrouble();
    void webPageInsteadOfList();
    void cancelAndRestart();
    void offersModel_data();
    void offersModel();
    void endpointUrl();
};

void TestConnectionTester::cleanup()
{
    Redactor::forgetAllSecrets();
}

void TestConnectionTester::listsModels()
{
    LoopbackServer server(LoopbackServer::Mode::Answer, [](const HttpRequest &request) {
        return request.path == "/v1/models" ? response(200, modelList({"m2", "m1"}))
                                            : response(404, "{}");
    });
    ConnectionTester tester;
    const Verdict verdict =
        run(tester, profileFor(server.url("/v1/"), Protocol::OpenAiCompatible, {"m1"}));
    QVERIFY2(verdict.ok, qPrintable(verdict.message));
    QCOMPARE(verdict.models, QStringList({"m2", "m1"}));
    QVERIFY2(verdict.message.contains("offers 2 model"), qPrintable(verdict.message));
    QVERIFY(verdict.message.contains("m1"));
    QCOMPARE(server.requests.size(), 1);
    QCOMPARE(server.requests.first().method, QByteArray("GET"));
    QCOMPARE(server.requests.first().headers.value("authorization"), "Bearer " + testKey);
    QVERIFY(!verdict.message.contains(QString::fromLatin1(testKey)));
}

void TestConnectionTester::listsOllamaModels()
{
    LoopbackServer server(LoopbackServer::Mode::Answer, [](const HttpRequest &request) {
        return request.path == "/api/tags"
                   ? response(200, modelList({"llama3:latest", "qwen2.5:7b"}, "models", "name"))
                   : response(404, "404 page not found", "text/plain");
    });
    ConnectionTester tester;
    // "llama3" is what people type for "llama3:latest".
    const Verdict verdict =
        run(tester, profileFor(server.url(), Protocol::OllamaNative, {"llama3", "qwen2.5:7b"}),
            QByteArray());
    QVERIFY2(verdict.ok, qPrintable(verdict.message));
    QCOMPARE(verdict.models, QStringList({"llama3:latest", "qwen2.5:7b"}));
    QVERIFY(!server.requests.first().headers.contains("authorization"));
}

void TestConnectionTester::listsAnthropicModels()
{
    LoopbackServer server(LoopbackServer::Mode::Answer, [](const HttpRequest &request) {
        if (request.path != "/v1/models")
            return response(404, "{}");
        return response(200,
                        modelList({"claude-sonnet-4-5-20250929", "claude-haiku-4-5-20251001"}));
    });
    ConnectionTester tester;
    const Verdict verdict =
        run(tester, profileFor(server.url(), Protocol::Anthropic, {"claude-sonnet-4-5"}));
    QVERIFY2(verdict.ok, qPrintable(verdict.message));
    const HttpRequest request = server.requests.first();
    QCOMPARE(request.headers.value("x-api-key"), testKey);
    QCOMPARE(request.headers.value("anthropic-version"), QByteArray("2023-06-01"));
    QVERIFY(!request.headers.contains("authorization"));
}

void TestConnectionTester::keyRejected_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("variable");
    QTest::addColumn<bool>("keychain");
    QTest::addColumn<QByteArray>("key");
    QTest::addColumn<QString>("expected");

    QTest::newRow("401 from environment variable")
        << 401 << "DEEPSEEK_API_KEY" << false << testKey << "environment variable DEEPSEEK_API_KEY";
    QTest::newRow("403 from keychain") << 403 << "" << true << testKey << "system keychain";
    QTest::newRow("401 typed in") << 401 << "" << false << testKey << "rejected the key";
    QTest::newRow("401 without key") << 401 << "" << false << QByteArray() << "none was sent";
}

void TestConnectionTester::keyRejected()
{
    QFETCH(int, status);
    QFETCH(QString, variable);
    QFETCH(bool, keychain);
    QFETCH(QByteArray, key);
    QFETCH(QString, expected);

    // A careless server echoes the whole key back in its error.
    LoopbackServer server(LoopbackServer::Mode::Answer, [status](const HttpRequest &request) {
        const QByteArray sent = request.headers.value("authorization");
        return response(status, R"({"error":{"message":"Incorrect API key provided: )" + sent +
                                    R"(","type":"invalid_request_error"}})");
    });
    ProviderProfile profile = profileFor(server.url("/v1"), Protocol::OpenAiCompatible, {"m"});
    profile.keyEnvironmentVariable = variable;
    profile.keyInKeychain = keychain;
    ConnectionTester tester;
    const Verdict verdict = run(tester, profile, key);
    QVERIFY(!verdict.ok);
    QVERIFY2(verdict.message.contains(expected), qPrintable(verdict.message));
    QVERIFY2(verdict.message.contains(QString::number(status)), qPrintable(verdict.message));
    QVERIFY2(!verdict.message.contains("0123456789abcdef"), qPrintable(verdict.message));
    QCOMPARE(server.requests.size(), 1); // a rejected key is not tried again with a chat
}

void TestConnectionTester::wrongPathSuggestsV1()
{
    LoopbackServer server(LoopbackServer::Mode::Answer, [](const HttpRequest &) {
        return response(404, R"({"detail":"Not Found"})");
    });
    ConnectionTester tester;
    const Verdict verdict = run(tester, profileFor(server.url()));
    QVERIFY(!verdict.ok);
    QVERIFY2(verdict.message.contains("“/v1”"), qPrintable(verdict.message));
    QVERIFY2(verdict.message.contains(server.url("/v1")), qPrintable(verdict.message));
    QVERIFY(verdict.message.contains("404"));
}

void TestConnectionTester::wrongPathOllamaWithoutV1()
{
    LoopbackServer server(LoopbackServer::Mode::Answer, [](const HttpRequest &) {
        return response(404, "404 page not found", "text/plain");
    });
    ConnectionTester tester;
    const Verdict verdict = run(tester, profileFor(server.url("/v1"), Protocol::OllamaNative));
    QVERIFY(!verdict.ok);
    QVERIFY2(verdict.message.contains("must not end in “/v1”"), qPrintable(verdict.message));
    QVERIFY2(verdict.message.contains("try " + server.url() + "."), qPrintable(verdict.message));
}

void TestConnectionTester::noModelListButChatAnswers()
{
    LoopbackServer server(LoopbackServer::Mode::Answer, [](const HttpRequest &request) {
        if (request.path != "/v1/chat/completions")
            return response(404, "{}");
        const QJsonObject body = QJsonDocument::fromJson(request.body).object();
        if (body.value("model").toString() != "only-model" ||
            body.value("max_tokens").toInt() != 1 || body.value("stream").toBool(true))
            return response(400, R"({"error":{"message":"unexpected test request"}})");
        return response(200, R"({"choices":[{"index":0,"message":{"role":"assistant",)"
                             R"("content":"H"},"finish_reason":"length"}]})");
    });
    ConnectionTester tester;
    const Verdict verdict =
        run(tester, profileFor(server.url("/v1"), Protocol::OpenAiCompatible, {"only-model"}));
    QVERIFY2(verdict.ok, qPrintable(verdict.message));
    QVERIFY(verdict.message.contains("no model list"));
    QVERIFY(verdict.message.contains("only-model"));
    QCOMPARE(server.requests.size(), 2);
    QCOMPARE(server.requests.at(1).method, QByteArray("POST"));
}

void TestConnectionTester::modelNotListed()
{
    LoopbackServer server(LoopbackServer::Mode::Answer, [](const HttpRequest &) {
        return response(200, modelList({"alpha", "beta"}));
    });
    ConnectionTester tester;
    const Verdict verdict =
        run(tester, profileFor(server.url("/v1"), Protocol::OpenAiCompatible, {"alpha", "gamma"}));
    QVERIFY(!verdict.ok);
    QCOMPARE(verdict.models, QStringList({"alpha", "beta"}));
    QVERIFY2(verdict.message.contains("“gamma”"), qPrintable(verdict.message));
    QVERIFY2(verdict.message.contains("alpha, beta"), qPrintable(verdict.message));

    // An explicit model overrides the profile's list.
    const Verdict single =
        run(tester, profileFor(server.url("/v1"), Protocol::OpenAiCompatible, {"gamma"}), testKey,
            "beta");
    QVERIFY2(single.ok, qPrintable(single.message));
}

void TestConnectionTester::modelUnknownToChat()
{
    LoopbackServer server(LoopbackServer::Mode::Answer, [](const HttpRequest &request) {
        if (request.path == "/v1/models")
            return response(404, "{}");
        return response(404, R"({"error":{"message":"The model `ghost` does not exist",)"
                             R"("type":"invalid_request_error","code":"model_not_found"}})");
    });
    ConnectionTester tester;
    const Verdict verdict =
        run(tester, profileFor(server.url("/v1"), Protocol::OpenAiCompatible, {"ghost"}));
    QVERIFY(!verdict.ok);
    QVERIFY2(verdict.message.contains("does not know the model “ghost”"),
             qPrintable(verdict.message));
    QVERIFY(verdict.message.contains("does not exist"));
}

void TestConnectionTester::connectionRefused()
{
    quint16 port = 0;
    {
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
        port = probe.serverPort();
    }
    ConnectionTester tester;
    const QString base = QStringLiteral("http://127.0.0.1:%1").arg(port);
    const Verdict ollama = run(tester, profileFor(base, Protocol::OllamaNative), QByteArray());
    QVERIFY(!ollama.ok);
    QVERIFY2(ollama.message.contains("connection refused"), qPrintable(ollama.message));
    QVERIFY(ollama.message.contains("ollama serve"));
    QVERIFY(ollama.message.contains(QString("127.0.0.1:%1").arg(port)));

    const Verdict vllm = run(tester, profileFor(base + "/v1"), QByteArray());
    QVERIFY(!vllm.ok);
    QVERIFY2(vllm.message.contains("Is the server running?"), qPrintable(vllm.message));
}

void TestConnectionTester::closedImmediately()
{
    LoopbackServer server(LoopbackServer::Mode::CloseImmediately);
    ConnectionTester tester;
    const Verdict verdict = run(tester, profileFor(server.url("/v1")));
    QVERIFY(!verdict.ok);
    QVERIFY2(verdict.message.contains("closed the connection"), qPrintable(verdict.message));
    QVERIFY(verdict.message.contains("https://"));
}

void TestConnectionTester::hostNotFound()
{
    ConnectionTester tester;
    const Verdict verdict = run(tester, profileFor("http://nonexistent.invalid/v1"));
    QVERIFY(!verdict.ok);
    QVERIFY2(verdict.message.contains("could not be found"), qPrintable(verdict.message));
    QVERIFY(verdict.message.contains("nonexistent.invalid"));
}

void TestConnectionTester::timesOut()
{
    LoopbackServer server(LoopbackServer::Mode::NeverAnswer);
    ConnectionTester tester;
    tester.setTimeoutMs(300);
    const Verdict verdict = run(tester, profileFor(server.url("/v1")));
    QVERIFY(!verdict.ok);
    QVERIFY2(verdict.message.contains("did not answer within 1 second"),
             qPrintable(verdict.message));
}

void TestConnectionTester::tlsToPlainServer()
{
    if (!QSslSocket::supportsSsl())
        QSKIP("This Qt has no TLS backend");
    LoopbackServer server(LoopbackServer::Mode::Answer,
                          [](const HttpRequest &) { return response(200, "{}"); });
    ConnectionTester tester;
    const QString base = QStringLiteral("https://127.0.0.1:%1/v1").arg(server.serverPort());
    const Verdict verdict = run(tester, profileFor(base));
    QVERIFY(!verdict.ok);
    QVERIFY2(verdict.message.contains("TLS"), qPrintable(verdict.message));
    QVERIFY2(verdict.message.contains("http://"), qPrintable(verdict.message));
}

void TestConnectionTester::malformedUrl_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<QString>("expected");
    QTest::newRow("empty") << ""
                           << "No base URL";
    QTest::newRow("no scheme") << "api.deepseek.com/v1"
                               << "must start with http:// or https://";
    QTest::newRow("host and port only") << "localhost:11434"
                                        << "must start with http://";
    QTest::newRow("ftp") << "ftp://example.test/v1"
                         << "must start with http:// or https://";
    QTest::newRow("no host") << "http:///v1"
                             << "no host name";
    QTest::newRow("endpoint pasted") << "https://api.openai.com/v1/chat/completions"
                                     << "https://api.openai.com/v1.";
    QTest::newRow("ollama endpoint pasted") << "http://127.0.0.1:11434/api/tags/"
                                            << "already ends with the endpoint “/api/tags”";
}

void TestConnectionTester::malformedUrl()
{
    QFETCH(QString, url);
    QFETCH(QString, expected);
    ConnectionTester tester;
    QSignalSpy spy(&tester, &ConnectionTester::finished);
    tester.start(profileFor(url), testKey);
    QVERIFY(tester.isRunning());
    QCOMPARE(spy.size(), 0); // reported from the event loop, like every other verdict
    QVERIFY(spy.wait(60000));
    QVERIFY(!spy.first().at(0).toBool());
    const QString message = spy.first().at(1).toString();
    QVERIFY2(message.contains(expected), qPrintable(message));
    QVERIFY(!tester.isRunning());
}

void TestConnectionTester::serverTrouble_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("expected");
    QTest::newRow("500") << 500 << "failed to answer (HTTP 500: database on fire)";
    QTest::newRow("429") << 429 << "limiting requests";
    QTest::newRow("400") << 400 << "HTTP 400: database on fire";
}

void TestConnectionTester::serverTrouble()
{
    QFETCH(int, status);
    QFETCH(QString, expected);
    LoopbackServer server(LoopbackServer::Mode::Answer, [status](const HttpRequest &) {
        return response(status, R"({"error":{"message":"database on fire"}})");
    });
    ConnectionTester tester;
    const Verdict verdict = run(tester, profileFor(server.url("/v1")));
    QVERIFY(!verdict.ok);
    QVERIFY2(verdict.message.contains(expected), qPrintable(verdict.message));
}

void TestConnectionTester::webPageInsteadOfList()
{
    LoopbackServer server(LoopbackServer::Mode::Answer, [](const HttpRequest &) {
        return response(200, "<!DOCTYPE html><html><body>Welcome</body></html>", "text/html");
    });
    ConnectionTester tester;
    const Verdict verdict = run(tester, profileFor(server.url("/v1")));
    QVERIFY(!verdict.ok);
    QVERIFY2(verdict.message.contains("web page"), qPrintable(verdict.message));
}

void TestConnectionTester::cancelAndRestart()
{
    LoopbackServer silent(LoopbackServer::Mode::NeverAnswer);
    LoopbackServer answering(LoopbackServer::Mode::Answer,
                             [](const HttpRequest &) { return response(200, modelList({"x"})); });
    ConnectionTester tester;
    QSignalSpy spy(&tester, &ConnectionTester::finished);
    tester.start(profileFor(silent.url("/v1")), testKey);
    QVERIFY(tester.isRunning());
    tester.cancel();
    QVERIFY(!tester.isRunning());

    // A new start() replaces a test still running: only the new one reports.
    tester.start(profileFor(silent.url("/v1")), testKey);
    tester.start(profileFor(answering.url("/v1")), testKey);
    QVERIFY(spy.wait(60000));
    QTest::qWait(100);
    QCOMPARE(spy.size(), 1);
    QVERIFY(spy.first().at(0).toBool());
}

void TestConnectionTester::offersModel_data()
{
    QTest::addColumn<QStringList>("available");
    QTest::addColumn<QString>("wanted");
    QTest::addColumn<bool>("offered");
    const QStringList list{"gpt-4o", "llama3:latest", "claude-sonnet-4-5-20250929",
                           "gpt-4o-mini-2024-07-18", "qwen2.5:7b"};
    QTest::newRow("exact") << list << "gpt-4o" << true;
    QTest::newRow("ollama latest") << list << "llama3" << true;
    QTest::newRow("explicit latest") << QStringList({"llama3"}) << "llama3:latest" << true;
    QTest::newRow("dated alias") << list << "claude-sonnet-4-5" << true;
    QTest::newRow("iso dated alias") << list << "gpt-4o-mini" << true;
    QTest::newRow("prefix is not enough") << list << "gpt-4" << false;
    QTest::newRow("other tag") << list << "qwen2.5:14b" << false;
    QTest::newRow("case matters") << list << "GPT-4o" << false;
    QTest::newRow("empty list") << QStringList() << "x" << false;
}

void TestConnectionTester::offersModel()
{
    QFETCH(QStringList, available);
    QFETCH(QString, wanted);
    QFETCH(bool, offered);
    QCOMPARE(ConnectionTester::offersModel(available, wanted), offered);
}

void TestConnectionTester::endpointUrl()
{
    QCOMPARE(ConnectionTester::endpointUrl(QUrl("http://h:1/v1/"), "/models"),
             QUrl("http://h:1/v1/models"));
    QCOMPARE(ConnectionTester::endpointUrl(QUrl("http://h:1"), "/api/tags"),
             QUrl("http://h:1/api/tags"));
    QCOMPARE(ConnectionTester::endpointUrl(QUrl("https://h/openai?api-version=1"), "/models"),
             QUrl("https://h/openai/models?api-version=1"));
}

QTEST_GUILESS_MAIN(TestConnectionTester)
#include "tst_connectiontester.moc"
