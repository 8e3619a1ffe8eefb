#include "models/llm/llmclient.h"

#include "loopbackserver.h"
#include "openaiwire.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QMutex>
#include <QTcpServer>
#include <QTest>
#include <QThread>
#include <QUrlQuery>
#include <QUuid>

#include <algorithm>

using namespace Seedbed::Llm;
using namespace Seedbed::Test;

namespace {

// Configured as the key of every request; must never show up in a log line or a message.
const QByteArray canary = "sk-canary-1234567890abcdefCANARY";

QMutex logMutex;
QStringList capturedLog;
QtMessageHandler previousHandler = nullptr;
QStringList errorMessages; // of every ChatResult, main thread only

void captureMessages(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    {
        QMutexLocker locker(&logMutex);
        capturedLog.append(message);
    }
    if (type != QtDebugMsg && previousHandler)
        previousHandler(type, context, message);
}

ProviderProfile makeProfile(const LoopbackServer &server,
                            Protocol protocol = Protocol::OpenAiCompatible,
                            const QString &path = QStringLiteral("/v1"))
{
    ProviderProfile profile;
    profile.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    profile.name = QStringLiteral("Loopback");
    profile.protocol = protocol;
    profile.baseUrl = server.url(path);
    profile.models = {QStringLiteral("test-model")};
    profile.maxConcurrency = 8;
    profile.maxAttempts = 3;
    profile.connectTimeoutMs = 5000;
    profile.idleTimeoutMs = 10000;
    profile.totalTimeoutMs = 60000;
    return profile;
}

ChatRequest makeRequest(const QString &user = QStringLiteral("Say hello."))
{
    ChatRequest request;
    request.model = QStringLiteral("test-model");
    request.messages = {{QStringLiteral("system"), QStringLiteral("You are terse.")},
                        {QStringLiteral("user"), user}};
    request.stream = true;
    return request;
}

// --- Embeddings --------------------------------------------------------------------------------

// Inputs "0: …", "1: …": the number before the colon identifies an input wherever it goes.
QStringList numberedInputs(int count, const QString &text = QStringLiteral("a sample to embed"))
{
    QStringList inputs;
    for (int i = 0; i < count; ++i)
        inputs.append(QString::number(i) + QStringLiteral(": ") + text);
    return inputs;
}

QStringList sentInputs(const ReceivedRequest &request)
{
    QStringList inputs;
    const QJsonArray input =
        QJsonDocument::fromJson(request.body).object().value("input").toArray();
    for (const QJsonValue &value : input)
        inputs.append(value.toString());
    return inputs;
}

// An OpenAI embeddings answer to \a request: input "n: …" gets the vector [n, 0.5]; the data
// list runs backwards (its "index" fields give the order), usage counts one token per input.
Script echoEmbeddings(const ReceivedRequest &request)
{
    const QStringList inputs = sentInputs(request);
    QJsonArray data;
    for (qsizetype i = inputs.size() - 1; i >= 0; --i) {
        const double n = inputs.at(i).section(':', 0, 0).toDouble();
        data.append(QJsonObject{
            {"object", "embedding"}, {"index", int(i)}, {"embedding", QJsonArray{n, 0.5}}});
    }
    const QJsonObject usage{{"prompt_tokens", int(inputs.size())},
                            {"total_tokens", int(inputs.size())}};
    return Script().write(fullResponse(
        200, "OK",
        json({{"object", "list"}, {"data", data}, {"model", "echo-embed"}, {"usage", usage}})));
}

// Asks \a client for the embeddings of numberedInputs(\a count) through \a profile.
quint64 embedNumbered(LlmClient &client, const ProviderProfile &profile, int count)
{
    return client.submitEmbeddings(profile, canary, QStringLiteral("test-embed"),
                                   numberedInputs(count));
}

// Whether \a vectors are what echoEmbeddings() answers for numberedInputs(count).
bool echoedInOrder(const QList<QList<float>> &vectors, int count)
{
    if (vectors.size() != count)
        return false;
    for (int i = 0; i < count; ++i) {
        if (vectors.at(i) != QList<float>{float(i), 0.5f})
            return false;
    }
    return true;
}

// --- Errors ------------------------------------------------------------------------------------

// A 429 that asks for a one-second wait.
Script rateLimited()
{
    return Script().write(fullResponse(
        429, "Too Many Requests",
        R"({"error":{"message":"Rate limit reached for requests","type":"requests","code":"rate_limit_exceeded"}})",
        "Retry-After: 1\r\n"));
}

// OpenAI's answer to a wrong key, which quotes the key, as some servers do.
QByteArray keyEchoingError()
{
    return "{\"error\":{\"message\":\"Incorrect API key provided: " + canary +
           ". You can find your API key at https://platform.openai.com/account/api-keys.\","
           "\"type\":\"invalid_request_error\",\"param\":null,\"code\":\"invalid_api_key\"}}";
}

// --- What the client emitted, per request --------------------------------------------------------

struct Run
{
    QMap<int, QString> content;
    QMap<int, QString> reasoning;
    QString dropped; // content of attempts that were restarted
    int restarts = 0;
    int finishedCount = 0;
    int offMainThread = 0; // signals that arrived on another thread than the caller's
    ChatResult result;
};

struct EmbeddingRun
{
    int finishedCount = 0;
    int offMainThread = 0;
    EmbeddingResult result;
};

class Collector
{
public:
    explicit Collector(LlmClient &client)
    {
        // Direct connections: the slot runs in whichever thread emits, which must be ours.
        QObject::connect(
            &client, &LlmClient::delta, &m_context,
            [this](quint64 id, int choice, const QString &content, const QString &reasoning) {
                Run &run = runs[id];
                run.offMainThread += onOtherThread();
                run.content[choice] += content;
                run.reasoning[choice] += reasoning;
            },
            Qt::DirectConnection);
        QObject::connect(
            &client, &LlmClient::attemptRestarted, &m_context,
            [this](quint64 id) {
                Run &run = runs[id];
                run.offMainThread += onOtherThread();
                ++run.restarts;
                for (const QString &text : std::as_const(run.content))
                    run.dropped += text;
                run.content.clear();
                run.reasoning.clear();
            },
            Qt::DirectConnection);
        QObject::connect(
            &client, &LlmClient::finished, &m_context,
            [this](quint64 id, const ChatResult &result) { record(runs, id, result); },
            Qt::DirectConnection);
        QObject::connect(
            &client, &LlmClient::embeddingsFinished, &m_context,
            [this](quint64 id, const EmbeddingResult &result) { record(embeddings, id, result); },
            Qt::DirectConnection);
    }

    int finished(quint64 id) const { return runs.value(id).finishedCount; }
    int embedded(quint64 id) const { return embeddings.value(id).finishedCount; }
    int finishedTotal() const
    {
        int total = 0;
        for (const Run &run : runs)
            total += run.finishedCount;
        return total;
    }

    QHash<quint64, Run> runs;
    QHash<quint64, EmbeddingRun> embeddings;

private:
    static int onOtherThread()
    {
        return QThread::currentThread() != QCoreApplication::instance()->thread() ? 1 : 0;
    }

    // The one result of request \a id (a second one is counted, and fails WAIT_ONE).
    template<typename Runs, typename Result>
    static void record(Runs &into, quint64 id, const Result &result)
    {
        auto &run = into[id];
        run.offMainThread += onOtherThread();
        ++run.finishedCount;
        run.result = result;
        errorMessages.append(result.error.message);
    }

    QObject m_context;
};

// Waits for the one result of \a id in (collector).kind (runs or embeddings), then a little
// longer to catch a second one.
#define WAIT_ONE(collector, kind, id)                                                              \
    do {                                                                                           \
        QTRY_COMPARE_WITH_TIMEOUT((collector).kind.value(id).finishedCount, 1, 30000);             \
        QTest::qWait(30);                                                                          \
        QCOMPARE((collector).kind.value(id).finishedCount, 1);                                     \
        QCOMPARE((collector).kind.value(id).offMainThread, 0);                                     \
    } while (false)

// Waits for the one finished() of \a id.
#define WAIT_FINISHED(collector, id) WAIT_ONE(collector, runs, id)

// Waits for the one embeddingsFinished() of \a id; an embedding request sends no chat signals.
#define WAIT_EMBEDDED(collector, id)                                                               \
    do {                                                                                           \
        WAIT_ONE(collector, embeddings, id);                                                       \
        QCOMPARE((collector).finished(id), 0);                                                     \
        QCOMPARE((collector).runs.value(id).restarts, 0);                                          \
    } while (false)

// Cancels \a id and waits with \a wait (WAIT_FINISHED or WAIT_EMBEDDED) for its one result,
// which must come at once.
#define CANCEL_AT_ONCE(client, collector, wait, id)                                                \
    do {                                                                                           \
        QElapsedTimer clock;                                                                       \
        clock.start();                                                                             \
        (client).cancel(id);                                                                       \
        wait(collector, id);                                                                       \
        QVERIFY2(clock.elapsed() < 2000, QByteArray::number(clock.elapsed()).constData());         \
    } while (false)

} // namespace

class tst_LlmClient : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();

    void estimateTokens_data();
    void estimateTokens();

    void openAiStreamSplitAcrossWrites();
    void ollamaNdjson();
    void anthropicNamedEvents();
    void nonStreamingResponse();
    void usageEstimatedWhenServerSendsNone();

    void retriesAfter429WithRetryAfter();
    void midStreamDisconnectRetriesWholeRequest();
    void streamEndingWithoutMarkerIsRetried();
    void providerErrorInsideStream();
    void unauthorizedIsNotRetried();
    void messagesLoseQueryAndKey();
    void redirectIsReportedNotFollowed_data();
    void redirectIsReportedNotFollowed();
    void keepAliveConnectionsAreReused();
    void connectionRefusedIsRetried();
    void invalidBaseUrl();

    void slowDripUnderIdleTimeoutSucceeds();
    void silenceOverIdleTimeoutTimesOut();
    void timedOutAttemptIsRetried();
    void slowHeadersAreNotAConnectTimeout();
    void totalTimeout();

    void cancelAbortsInFlightAtOnce();
    void cancelQueuedAndCancelAll();
    void cancelWhileWaitingForRetry();

    void finishedOnCallerThreadIoOnWorker();
    void submitFromAnotherThread();
    void destroyingTheClientAbortsInFlight();
    void profileConcurrencyIsRespected();
    void concurrency64();

    void embeddingsOpenAiInIndexOrder();
    void embeddingsOllama();
    void embeddingsBatchedInInputOrder();
    void embeddingBatchLimits();
    void embeddingsRetriedAfter429();
    void embeddingsFailingForGood_data();
    void embeddingsFailingForGood();
    void embeddingsCancelled();
    void embeddingsWithoutAnyRequest_data();
    void embeddingsWithoutAnyRequest();
};

void tst_LlmClient::initTestCase()
{
    // Debug lines of the transport on, so the canary check below has something to search.
    QLoggingCategory::setFilterRules(QStringLiteral("seedbed.llm.*.debug=true"));
    previousHandler = qInstallMessageHandler(captureMessages);
}

void tst_LlmClient::cleanupTestCase()
{
    qInstallMessageHandler(previousHandler);
    QStringList log;
    {
        QMutexLocker locker(&logMutex);
        log = capturedLog;
    }
    QVERIFY2(std::any_of(log.cbegin(), log.cend(),
                         [](const QString &line) { return line.contains("attempt"); }),
             "the transport's debug output was not captured");
    const QString key = QString::fromLatin1(canary);
    for (const QString &line : std::as_const(log))
        QVERIFY2(!line.contains(key), qPrintable(line));
    QVERIFY(errorMessages.size() > 20);
    for (const QString &message : std::as_const(errorMessages))
        QVERIFY2(!message.contains(key), qPrintable(message));
}

void tst_LlmClient::estimateTokens_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<qint64>("tokens");
    QTest::newRow("empty") << QString() << qint64(0);
    QTest::newRow("four ASCII") << "abcd" << qint64(1);
    QTest::newRow("five ASCII") << "abcde" << qint64(2);
    QTest::newRow("Han") << "你好世界" << qint64(4);
    QTest::newRow("kana") << "こんにちは" << qint64(5);
    QTest::newRow("Hangul") << "안녕" << qint64(2);
    QTest::newRow("full-width") << "ＡＢ" << qint64(2);
    QTest::newRow("mixed") << "Hello 世界" << qint64(4);
    QTest::newRow("accented") << "héllo" << qint64(2);
    QTest::newRow("emoji is one code point") << "😀" << qint64(1);
    QTest::newRow("CJK extension B") << "𠀀" << qint64(1);
}

void tst_LlmClient::estimateTokens()
{
    QFETCH(QString, text);
    QFETCH(qint64, tokens);
    QCOMPARE(LlmClient::estimateTokens(text), tokens);
}

void tst_LlmClient::openAiStreamSplitAcrossWrites()
{
    // CRLF line ends, keep-alive comments, reasoning_content, a usage chunk, [DONE]; written in
    // pieces that cut a CRLF pair, a JSON string and a three-byte UTF-8 character apart.
    const QByteArray eol = "\r\n";
    const QByteArray body =
        ": keep-alive\r\n\r\n" +
        openAiEvent(R"({"role":"assistant","content":"","reasoning_content":"Let me think."})",
                    "null", eol) +
        openAiEvent(R"({"reasoning_content":" Done."})", "null", eol) + ": keep-alive\r\n\r\n" +
        openAiEvent(contentDelta("Hello, "), "null", eol) +
        openAiEvent(contentDelta("世界!"), "null", eol) + openAiEvent("{}", "\"stop\"", eol) +
        openAiUsage(12, 5, eol) + "data: [DONE]\r\n\r\n";
    const qsizetype han = body.indexOf("世");
    QVERIFY(han > 0);
    const QList<qsizetype> cuts = {3,
                                   15,
                                   body.indexOf("Let me") + 3,
                                   han + 1,
                                   han + 2,
                                   body.indexOf("\r\n\r\n", han) + 1,
                                   body.indexOf("[DONE]") + 2};
    LoopbackServer server([&](const ReceivedRequest &) { return streamed(body, cuts, 15); });
    LlmClient client;
    Collector collector(client);
    const ChatRequest request = makeRequest();
    const quint64 id = client.submit(makeProfile(server), canary, request);
    WAIT_FINISHED(collector, id);

    const Run run = collector.runs.value(id);
    const ChatResult &result = run.result;
    QCOMPARE(result.error.kind, ChatError::Kind::None);
    QVERIFY(result.isComplete());
    QCOMPARE(result.choices.size(), 1);
    QCOMPARE(result.choices[0].content, QString("Hello, 世界!"));
    QCOMPARE(result.choices[0].reasoning, QString("Let me think. Done."));
    QCOMPARE(result.choices[0].finish, FinishReason::Complete);
    QCOMPARE(result.usage.promptTokens, qint64(12));
    QCOMPARE(result.usage.completionTokens, qint64(5));
    QVERIFY(!result.usage.estimated);
    QCOMPARE(result.attempts, 1);
    QCOMPARE(result.model, QString("gpt-test"));
    QVERIFY(result.timeToFirstTokenMs >= 0);
    QVERIFY(result.latencyMs >= result.timeToFirstTokenMs);
    // The deltas add up to the result.
    QCOMPARE(run.content.value(0), result.choices[0].content);
    QCOMPARE(run.reasoning.value(0), result.choices[0].reasoning);
    QCOMPARE(run.restarts, 0);

    QCOMPARE(server.requestCount(), 1);
    const ReceivedRequest received = server.requests().value(0);
    QCOMPARE(received.method, QByteArray("POST"));
    QCOMPARE(received.target, QByteArray("/v1/chat/completions"));
    QCOMPARE(received.header("authorization"), "Bearer " + canary);
    const QJsonObject sent = QJsonDocument::fromJson(received.body).object();
    QCOMPARE(sent.value("model").toString(), QString("test-model"));
    QCOMPARE(sent.value("stream").toBool(), true);
}

void tst_LlmClient::ollamaNdjson()
{
    const QByteArray body =
        R"({"model":"llama3.2","created_at":"2024-01-01T00:00:00Z","message":{"role":"assistant","content":"","thinking":"Hmm."},"done":false})"
        "\n"
        R"({"model":"llama3.2","created_at":"2024-01-01T00:00:00Z","message":{"role":"assistant","content":"Hi"},"done":false})"
        "\n"
        R"({"model":"llama3.2","created_at":"2024-01-01T00:00:00Z","message":{"role":"assistant","content":" there"},"done":false})"
        "\n"
        R"({"model":"llama3.2","created_at":"2024-01-01T00:00:01Z","message":{"role":"assistant","content":""},"done":true,"done_reason":"stop","total_duration":1000,"prompt_eval_count":26,"eval_count":3})"
        "\n";
    const QList<qsizetype> cuts = {10, body.indexOf("Hi") + 1, body.indexOf("there"),
                                   body.indexOf("done\":true") + 4};
    LoopbackServer server(
        [&](const ReceivedRequest &) { return streamed(body, cuts, 15, "application/x-ndjson"); });
    LlmClient client;
    Collector collector(client);
    const quint64 id = client.submit(makeProfile(server, Protocol::OllamaNative, QString()), canary,
                                     makeRequest());
    WAIT_FINISHED(collector, id);

    const ChatResult result = collector.runs.value(id).result;
    QCOMPARE(result.error.kind, ChatError::Kind::None);
    QVERIFY(result.isComplete());
    QCOMPARE(result.choices.value(0).content, QString("Hi there"));
    QCOMPARE(result.choices.value(0).reasoning, QString("Hmm."));
    QCOMPARE(result.usage.promptTokens, qint64(26));
    QCOMPARE(result.usage.completionTokens, qint64(3));
    QVERIFY(!result.usage.estimated);
    QCOMPARE(collector.runs.value(id).content.value(0), QString("Hi there"));
    QCOMPARE(server.requests().value(0).target, QByteArray("/api/chat"));
}

void tst_LlmClient::anthropicNamedEvents()
{
    const QByteArray body =
        "event: message_start\n"
        R"(data: {"type":"message_start","message":{"id":"msg_1","type":"message","role":"assistant","model":"claude-test","content":[],"stop_reason":null,"usage":{"input_tokens":25,"output_tokens":1}}})"
        "\n\n"
        "event: content_block_start\n"
        R"(data: {"type":"content_block_start","index":0,"content_block":{"type":"thinking","thinking":""}})"
        "\n\n"
        "event: ping\n"
        R"(data: {"type": "ping"})"
        "\n\n"
        "event: content_block_delta\n"
        R"(data: {"type":"content_block_delta","index":0,"delta":{"type":"thinking_delta","thinking":"Consider."}})"
        "\n\n"
        "event: content_block_stop\n"
        R"(data: {"type":"content_block_stop","index":0})"
        "\n\n"
        "event: content_block_start\n"
        R"(data: {"type":"content_block_start","index":1,"content_block":{"type":"text","text":""}})"
        "\n\n"
        "event: content_block_delta\n"
        R"(data: {"type":"content_block_delta","index":1,"delta":{"type":"text_delta","text":"Bonjour"}})"
        "\n\n"
        "event: future_event\n"
        R"(data: {"type":"future_event","whatever":true})"
        "\n\n"
        "event: content_block_delta\n"
        R"(data: {"type":"content_block_delta","index":1,"delta":{"type":"text_delta","text":" le monde"}})"
        "\n\n"
        "event: content_block_stop\n"
        R"(data: {"type":"content_block_stop","index":1})"
        "\n\n"
        "event: message_delta\n"
        R"(data: {"type":"message_delta","delta":{"stop_reason":"end_turn","stop_sequence":null},"usage":{"output_tokens":15}})"
        "\n\n"
        "event: message_stop\n"
        R"(data: {"type":"message_stop"})"
        "\n\n";
    const QList<qsizetype> cuts = {7, body.indexOf("ping") + 2, body.indexOf("Bonjour") + 3,
                                   body.indexOf("message_stop") + 1};
    LoopbackServer server([&](const ReceivedRequest &) { return streamed(body, cuts, 15); });
    LlmClient client;
    Collector collector(client);
    const quint64 id =
        client.submit(makeProfile(server, Protocol::Anthropic, QString()), canary, makeRequest());
    WAIT_FINISHED(collector, id);

    const ChatResult result = collector.runs.value(id).result;
    QCOMPARE(result.error.kind, ChatError::Kind::None);
    QVERIFY(result.isComplete());
    QCOMPARE(result.choices.value(0).content, QString("Bonjour le monde"));
    QCOMPARE(result.choices.value(0).reasoning, QString("Consider."));
    QCOMPARE(result.usage.promptTokens, qint64(25));
    QCOMPARE(result.usage.completionTokens, qint64(15));
    QCOMPARE(collector.runs.value(id).content.value(0), QString("Bonjour le monde"));

    const ReceivedRequest received = server.requests().value(0);
    QCOMPARE(received.target, QByteArray("/v1/messages"));
    QCOMPARE(received.header("x-api-key"), canary);
    QCOMPARE(received.header("anthropic-version"), QByteArray("2023-06-01"));
    QVERIFY(received.header("authorization").isEmpty());
}

void tst_LlmClient::nonStreamingResponse()
{
    const QByteArray body =
        R"({"id":"chatcmpl-2","object":"chat.completion","created":1700000000,"model":"gpt-test","choices":[{"index":0,"message":{"role":"assistant","content":"Plain answer."},"finish_reason":"stop"}],"usage":{"prompt_tokens":9,"completion_tokens":3,"total_tokens":12}})";
    LoopbackServer server([&](const ReceivedRequest &) {
        return Script().wait(50).write(fullResponse(200, "OK", body));
    });
    LlmClient client;
    Collector collector(client);
    ChatRequest request = makeRequest();
    request.stream = false;
    const quint64 id = client.submit(makeProfile(server), canary, request);
    WAIT_FINISHED(collector, id);

    const ChatResult result = collector.runs.value(id).result;
    QCOMPARE(result.error.kind, ChatError::Kind::None);
    QVERIFY(result.isComplete());
    QCOMPARE(result.choices.value(0).content, QString("Plain answer."));
    QCOMPARE(result.usage.promptTokens, qint64(9));
    QCOMPARE(result.usage.completionTokens, qint64(3));
    QCOMPARE(QJsonDocument::fromJson(server.requests().value(0).body).object().value("stream"),
             QJsonValue(false));
}

void tst_LlmClient::usageEstimatedWhenServerSendsNone()
{
    const QStringList pieces = {"Bonjour, ", "le monde ", "你好"};
    LoopbackServer server(
        [&](const ReceivedRequest &) { return streamed(openAiStream(pieces, false)); });
    LlmClient client;
    Collector collector(client);
    const ChatRequest request = makeRequest(QStringLiteral("Greet the world in two languages."));
    const quint64 id = client.submit(makeProfile(server), canary, request);
    WAIT_FINISHED(collector, id);

    const ChatResult result = collector.runs.value(id).result;
    QVERIFY(result.isComplete());
    QCOMPARE(result.choices.value(0).content, QString("Bonjour, le monde 你好"));
    QVERIFY(result.usage.estimated);
    // system "You are terse." 14 chars → 4, + 4; user 33 chars → 9, + 4.
    QCOMPARE(LlmClient::estimatePromptTokens(request), qint64(21));
    QCOMPARE(result.usage.promptTokens, qint64(21));
    // 18 ASCII characters → 5, two Han → 2.
    QCOMPARE(result.usage.completionTokens, qint64(7));
    QCOMPARE(result.usage.reasoningTokens, qint64(-1));
}

void tst_LlmClient::retriesAfter429WithRetryAfter()
{
    LoopbackServer server([](const ReceivedRequest &request) {
        if (request.index == 0)
            return rateLimited();
        return streamed(openAiStream({"Fine."}));
    });
    LlmClient client;
    Collector collector(client);
    QElapsedTimer clock;
    clock.start();
    const quint64 id = client.submit(makeProfile(server), canary, makeRequest());
    WAIT_FINISHED(collector, id);
    const qint64 elapsed = clock.elapsed();

    const Run run = collector.runs.value(id);
    QCOMPARE(run.result.error.kind, ChatError::Kind::None);
    QVERIFY(run.result.isComplete());
    QCOMPARE(run.result.attempts, 2);
    QCOMPARE(run.restarts, 1);
    QCOMPARE(run.result.choices.value(0).content, QString("Fine."));
    QCOMPARE(server.requestCount(), 2);
    QVERIFY2(elapsed >= 1000, QByteArray::number(elapsed).constData()); // Retry-After honoured
    QVERIFY(run.result.latencyMs >= 1000);
}

void tst_LlmClient::midStreamDisconnectRetriesWholeRequest()
{
    LoopbackServer server([](const ReceivedRequest &request) {
        if (request.index == 0) {
            return Script()
                .write(streamHead())
                .write(chunked(openAiEvent(R"({"role":"assistant","content":""})") +
                               openAiEvent(contentDelta("Partial "))))
                .wait(50)
                .write(chunked(openAiEvent(contentDelta("answer"))))
                .wait(50)
                .close(); // inside the chunked body: the client sees the connection drop
        }
        return streamed(openAiStream({"Complete ", "answer."}));
    });
    LlmClient client;
    Collector collector(client);
    const quint64 id = client.submit(makeProfile(server), canary, makeRequest());
    WAIT_FINISHED(collector, id);

    const Run run = collector.runs.value(id);
    QCOMPARE(run.result.error.kind, ChatError::Kind::None);
    QVERIFY(run.result.isComplete());
    QCOMPARE(run.result.attempts, 2);
    QCOMPARE(run.restarts, 1);
    QCOMPARE(run.dropped, QString("Partial answer"));
    QCOMPARE(run.content.value(0), QString("Complete answer."));
    QCOMPARE(run.result.choices.value(0).content, QString("Complete answer."));
    QCOMPARE(server.requestCount(), 2);
}

void tst_LlmClient::streamEndingWithoutMarkerIsRetried()
{
    // A clean end of the body without finish_reason or [DONE] is a cut stream, not an answer.
    const QByteArray cut = openAiStream({"Cut ", "short"}, false, false);
    LoopbackServer server([&](const ReceivedRequest &request) {
        return request.index == 1 ? streamed(openAiStream({"Whole."})) : streamed(cut);
    });
    LlmClient client;
    Collector collector(client);
    const quint64 retried = client.submit(makeProfile(server), canary, makeRequest());
    WAIT_FINISHED(collector, retried);
    QVERIFY(collector.runs.value(retried).result.isComplete());
    QCOMPARE(collector.runs.value(retried).result.attempts, 2);
    QCOMPARE(collector.runs.value(retried).dropped, QString("Cut short"));

    ProviderProfile once = makeProfile(server);
    once.maxAttempts = 1;
    const quint64 failed = client.submit(once, canary, makeRequest());
    WAIT_FINISHED(collector, failed);
    const ChatResult result = collector.runs.value(failed).result;
    QCOMPARE(result.error.kind, ChatError::Kind::Connection);
    QVERIFY2(result.error.message.contains("ended before"), qPrintable(result.error.message));
    QVERIFY(!result.isComplete());
    QCOMPARE(result.choices.value(0).content, QString("Cut short"));
    QCOMPARE(result.choices.value(0).finish, FinishReason::Truncated);
    QCOMPARE(result.attempts, 1);
}

void tst_LlmClient::providerErrorInsideStream()
{
    const QByteArray start =
        "event: message_start\n"
        R"(data: {"type":"message_start","message":{"id":"msg_1","type":"message","role":"assistant","model":"claude-test","content":[],"usage":{"input_tokens":5,"output_tokens":1}}})"
        "\n\n";
    const auto error = [&](const QByteArray &type) {
        return start + "event: error\ndata: {\"type\":\"error\",\"error\":{\"type\":\"" + type +
               "\",\"message\":\"Something about " + type + "\"}}\n\n";
    };
    const QByteArray success =
        start +
        "event: content_block_start\n"
        R"(data: {"type":"content_block_start","index":0,"content_block":{"type":"text","text":""}})"
        "\n\nevent: content_block_delta\n"
        R"(data: {"type":"content_block_delta","index":0,"delta":{"type":"text_delta","text":"Recovered"}})"
        "\n\nevent: content_block_stop\n"
        R"(data: {"type":"content_block_stop","index":0})"
        "\n\nevent: message_delta\n"
        R"(data: {"type":"message_delta","delta":{"stop_reason":"end_turn"},"usage":{"output_tokens":2}})"
        "\n\nevent: message_stop\n"
        R"(data: {"type":"message_stop"})"
        "\n\n";
    LoopbackServer server([&](const ReceivedRequest &request) {
        switch (request.index) {
        case 0:
            return streamed(error("overloaded_error"));
        case 1:
            return streamed(success);
        default:
            return streamed(error("invalid_request_error"));
        }
    });
    LlmClient client;
    Collector collector(client);
    const ProviderProfile profile = makeProfile(server, Protocol::Anthropic, QString());
    const quint64 overloaded = client.submit(profile, canary, makeRequest());
    WAIT_FINISHED(collector, overloaded);
    QVERIFY(collector.runs.value(overloaded).result.isComplete());
    QCOMPARE(collector.runs.value(overloaded).result.attempts, 2);
    QCOMPARE(collector.runs.value(overloaded).restarts, 1);
    QCOMPARE(collector.runs.value(overloaded).result.choices.value(0).content,
             QString("Recovered"));

    const quint64 invalid = client.submit(profile, canary, makeRequest());
    WAIT_FINISHED(collector, invalid);
    const ChatResult result = collector.runs.value(invalid).result;
    QCOMPARE(result.error.kind, ChatError::Kind::Provider);
    QCOMPARE(result.error.type, QString("invalid_request_error"));
    QCOMPARE(result.attempts, 1);
    QCOMPARE(server.requestCount(), 3);
}

void tst_LlmClient::unauthorizedIsNotRetried()
{
    // The server echoes the key, as some do; it must not come back to the caller.
    const QByteArray body = keyEchoingError();
    LoopbackServer server([&](const ReceivedRequest &) {
        return Script().write(fullResponse(401, "Unauthorized", body));
    });
    LlmClient client;
    Collector collector(client);
    const quint64 id = client.submit(makeProfile(server), canary, makeRequest());
    WAIT_FINISHED(collector, id);

    const ChatResult result = collector.runs.value(id).result;
    QCOMPARE(result.error.kind, ChatError::Kind::Http);
    QCOMPARE(result.error.httpStatus, 401);
    QCOMPARE(result.error.type, QString("invalid_request_error"));
    QCOMPARE(result.attempts, 1);
    QCOMPARE(collector.runs.value(id).restarts, 0);
    const QString message = result.error.message;
    QVERIFY2(message.contains("HTTP 401") && message.contains("API key"), qPrintable(message));
    QVERIFY2(message.contains("Incorrect API key provided"), qPrintable(message));
    QVERIFY2(!message.contains(QString::fromLatin1(canary)), qPrintable(message));
    QCOMPARE(server.requestCount(), 1);
}

void tst_LlmClient::redirectIsReportedNotFollowed_data()
{
    QTest::addColumn<bool>("qtNetwork");
    QTest::newRow("own HTTP/1.1") << false;
    QTest::newRow("QtNetwork") << true;
}

void tst_LlmClient::redirectIsReportedNotFollowed()
{
    // Following it would send the key to a server the user never named.
    QFETCH(bool, qtNetwork);
    if (qtNetwork)
        qputenv("SEEDBED_HTTP_ENGINE", "qtnetwork");
    LoopbackServer server([&](const ReceivedRequest &r) {
        if (r.target.startsWith("/elsewhere"))
            return Script().write(fullResponse(200, "OK", "{}"));
        return Script().write(
            "HTTP/1.1 308 Permanent Redirect\r\nLocation: "
            "/elsewhere/chat/completions?token=secret\r\nContent-Length: 0\r\n\r\n");
    });
    LlmClient client;
    qunsetenv("SEEDBED_HTTP_ENGINE");
    Collector collector(client);
    const quint64 id = client.submit(makeProfile(server), canary, makeRequest());
    WAIT_FINISHED(collector, id);

    const ChatResult result = collector.runs.value(id).result;
    QCOMPARE(result.error.kind, ChatError::Kind::Http);
    QCOMPARE(result.error.httpStatus, 308);
    QCOMPARE(result.attempts, 1);
    const QString message = result.error.message;
    QVERIFY2(message.contains(server.url(QStringLiteral("/elsewhere/chat/completions")).toString()),
             qPrintable(message));
    QVERIFY2(message.contains("base URL") && !message.contains("secret"), qPrintable(message));
    QCOMPARE(server.requestCount(), 1);
}

void tst_LlmClient::keepAliveConnectionsAreReused()
{
    LoopbackServer server([](const ReceivedRequest &) {
        return Script().write(fullResponse(
            200, "OK",
            R"({"choices":[{"index":0,"message":{"role":"assistant","content":"fine"},"finish_reason":"stop"}]})"));
    });
    LlmClient client;
    Collector collector(client);
    ChatRequest request = makeRequest();
    request.stream = false;
    for (int i = 0; i < 10; ++i) {
        const quint64 id = client.submit(makeProfile(server), canary, request);
        WAIT_FINISHED(collector, id);
        QVERIFY(collector.runs.value(id).result.isComplete());
    }
    QCOMPARE(server.requestCount(), 10);
    QCOMPARE(server.connectionCount(), 1);
}

void tst_LlmClient::messagesLoseQueryAndKey()
{
    LoopbackServer server([](const ReceivedRequest &) {
        return Script().write(fullResponse(503, "Service Unavailable",
                                           R"({"error":{"message":"Down for maintenance"}})",
                                           "x-should-retry: false\r\n"));
    });
    LlmClient client;
    Collector collector(client);
    ProviderProfile profile = makeProfile(server);
    QUrl base = profile.baseUrl;
    base.setQuery("key=" + QString::fromLatin1(canary) + "&tenant=acme");
    base.setUserInfo("user:" + QString::fromLatin1(canary));
    profile.baseUrl = base;
    const quint64 id = client.submit(profile, canary, makeRequest());
    WAIT_FINISHED(collector, id);

    const ChatResult result = collector.runs.value(id).result;
    QCOMPARE(result.error.kind, ChatError::Kind::Http);
    QCOMPARE(result.error.httpStatus, 503);
    QCOMPARE(result.attempts, 1); // x-should-retry: false beats 503
    const QString message = result.error.message;
    QVERIFY2(message.contains(server.url("/v1/chat/completions").toString() + " had a server "
                                                                              "error (HTTP 503)"),
             qPrintable(message));
    QVERIFY2(message.contains("Down for maintenance"), qPrintable(message));
    QVERIFY2(!message.contains("key=") && !message.contains("tenant") && !message.contains("user"),
             qPrintable(message));
    // The query did go to the server.
    QVERIFY(server.requests().value(0).target.contains("tenant=acme"));
}

void tst_LlmClient::connectionRefusedIsRetried()
{
    quint16 port = 0;
    {
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
        port = probe.serverPort();
    }
    LoopbackServer unused([](const ReceivedRequest &) { return Script(); });
    LlmClient client;
    Collector collector(client);
    ProviderProfile profile = makeProfile(unused);
    QUrl base = profile.baseUrl;
    base.setPort(port);
    profile.baseUrl = base;
    profile.maxAttempts = 2;
    const quint64 id = client.submit(profile, canary, makeRequest());
    WAIT_FINISHED(collector, id);
    const ChatResult result = collector.runs.value(id).result;
    QCOMPARE(result.error.kind, ChatError::Kind::Connection);
    QCOMPARE(result.attempts, 2);
    QCOMPARE(collector.runs.value(id).restarts, 1);
    QVERIFY2(result.error.message.contains("refused"), qPrintable(result.error.message));
}

void tst_LlmClient::invalidBaseUrl()
{
    LoopbackServer server([](const ReceivedRequest &) { return Script(); });
    LlmClient client;
    Collector collector(client);
    ProviderProfile profile = makeProfile(server);
    profile.baseUrl = QUrl("ftp://example.com/v1?key=" + QString::fromLatin1(canary));
    const quint64 id = client.submit(profile, canary, makeRequest());
    WAIT_FINISHED(collector, id);
    const ChatResult result = collector.runs.value(id).result;
    QCOMPARE(result.error.kind, ChatError::Kind::Connection);
    QCOMPARE(result.attempts, 0);
    QVERIFY2(result.error.message.contains("not a valid"), qPrintable(result.error.message));
    QCOMPARE(server.requestCount(), 0);
}

void tst_LlmClient::slowDripUnderIdleTimeoutSucceeds()
{
    // Six pieces 300 ms apart: 1.5 s in all, longer than the 1.2 s idle timeout, but no gap is.
    const QByteArray body = openAiStream({"one ", "two ", "three ", "four"});
    QList<qsizetype> cuts;
    for (int i = 1; i < 6; ++i)
        cuts.append(body.size() * i / 6);
    LoopbackServer server([&](const ReceivedRequest &) { return streamed(body, cuts, 300); });
    LlmClient client;
    Collector collector(client);
    ProviderProfile profile = makeProfile(server);
    profile.idleTimeoutMs = 1200;
    profile.maxAttempts = 1;
    const quint64 id = client.submit(profile, canary, makeRequest());
    WAIT_FINISHED(collector, id);
    const ChatResult result = collector.runs.value(id).result;
    QCOMPARE(result.error.kind, ChatError::Kind::None);
    QVERIFY(result.isComplete());
    QCOMPARE(result.choices.value(0).content, QString("one two three four"));
    QVERIFY(result.latencyMs >= 1500);
}

void tst_LlmClient::silenceOverIdleTimeoutTimesOut()
{
    LoopbackServer server([](const ReceivedRequest &) {
        return Script()
            .write(streamHead())
            .write(chunked(openAiEvent(R"({"role":"assistant","content":"Hello"})")))
            .hang();
    });
    LlmClient client;
    Collector collector(client);
    ProviderProfile profile = makeProfile(server);
    profile.idleTimeoutMs = 500;
    profile.maxAttempts = 1;
    const quint64 id = client.submit(profile, canary, makeRequest());
    WAIT_FINISHED(collector, id);
    const ChatResult result = collector.runs.value(id).result;
    QCOMPARE(result.error.kind, ChatError::Kind::Timeout);
    QVERIFY2(result.error.message.contains("sent nothing for 0.5 s"),
             qPrintable(result.error.message));
    QCOMPARE(result.attempts, 1);
    QVERIFY(result.latencyMs >= 500);
    QCOMPARE(result.choices.value(0).content, QString("Hello"));
    QTRY_COMPARE_WITH_TIMEOUT(server.abandoned(), 1, 10000);
}

void tst_LlmClient::timedOutAttemptIsRetried()
{
    LoopbackServer server([](const ReceivedRequest &request) {
        if (request.index == 0)
            return Script().write(streamHead()).hang();
        return streamed(openAiStream({"Second time lucky."}));
    });
    LlmClient client;
    Collector collector(client);
    ProviderProfile profile = makeProfile(server);
    profile.idleTimeoutMs = 400;
    profile.maxAttempts = 2;
    const quint64 id = client.submit(profile, canary, makeRequest());
    WAIT_FINISHED(collector, id);
    const ChatResult result = collector.runs.value(id).result;
    QVERIFY(result.isComplete());
    QCOMPARE(result.attempts, 2);
    QCOMPARE(result.choices.value(0).content, QString("Second time lucky."));
    QTRY_COMPARE_WITH_TIMEOUT(server.abandoned(), 1, 10000);
}

void tst_LlmClient::slowHeadersAreNotAConnectTimeout()
{
    // The connect timeout ends once the request is on the wire; a server that takes longer to
    // start answering (a queue, a model being loaded) falls under the idle timeout.
    LoopbackServer server([](const ReceivedRequest &) {
        Script script = streamed(openAiStream({"Loaded."}));
        Script delayed;
        delayed.wait(1200);
        for (const Script::Step &step : script.steps())
            delayed.write(step.bytes);
        return delayed;
    });
    LlmClient client;
    Collector collector(client);
    ProviderProfile profile = makeProfile(server);
    profile.connectTimeoutMs = 300;
    profile.idleTimeoutMs = 5000;
    profile.maxAttempts = 1;
    const quint64 id = client.submit(profile, canary, makeRequest());
    WAIT_FINISHED(collector, id);
    const ChatResult result = collector.runs.value(id).result;
    QCOMPARE(result.error.kind, ChatError::Kind::None);
    QVERIFY(result.isComplete());
    QVERIFY(result.timeToFirstTokenMs >= 1200);
}

void tst_LlmClient::totalTimeout()
{
    // Keep-alive comments every 100 ms keep the idle timeout away; the total stops it.
    LoopbackServer server([](const ReceivedRequest &) {
        Script script;
        script.write(streamHead());
        for (int i = 0; i < 200; ++i)
            script.wait(100).write(chunked(": keep-alive\n\n"));
        return script;
    });
    LlmClient client;
    Collector collector(client);
    ProviderProfile profile = makeProfile(server);
    profile.idleTimeoutMs = 5000;
    profile.totalTimeoutMs = 800;
    profile.maxAttempts = 1;
    const quint64 id = client.submit(profile, canary, makeRequest());
    WAIT_FINISHED(collector, id);
    const ChatResult result = collector.runs.value(id).result;
    QCOMPARE(result.error.kind, ChatError::Kind::Timeout);
    QVERIFY2(result.error.message.contains("took longer than 0.8 s"),
             qPrintable(result.error.message));
    QVERIFY2(result.latencyMs >= 800 && result.latencyMs < 5000,
             QByteArray::number(result.latencyMs).constData());
    QTRY_COMPARE_WITH_TIMEOUT(server.abandoned(), 1, 10000);
}

void tst_LlmClient::cancelAbortsInFlightAtOnce()
{
    LoopbackServer server([](const ReceivedRequest &) {
        return Script()
            .write(streamHead())
            .write(chunked(openAiEvent(R"({"role":"assistant","content":"Hel"})")))
            .hang();
    });
    LlmClient client;
    Collector collector(client);
    const quint64 id = client.submit(makeProfile(server), canary, makeRequest());
    QTRY_COMPARE_WITH_TIMEOUT(collector.runs.value(id).content.value(0), QString("Hel"), 10000);
    // The server would have kept the request open for ever; the idle timeout is 10 s.
    CANCEL_AT_ONCE(client, collector, WAIT_FINISHED, id);
    const ChatResult result = collector.runs.value(id).result;
    QCOMPARE(result.error.kind, ChatError::Kind::Cancelled);
    QCOMPARE(result.choices.value(0).finish, FinishReason::Cancelled);
    QCOMPARE(result.choices.value(0).content, QString("Hel"));
    QCOMPARE(result.attempts, 1);
    // The server sees the connection go away.
    QTRY_COMPARE_WITH_TIMEOUT(server.abandoned(), 1, 5000);
    QCOMPARE(server.inFlight(), 0);
    // Cancelling again, or an unknown id, changes nothing.
    client.cancel(id);
    client.cancel(id + 1000);
    QTest::qWait(50);
    QCOMPARE(collector.finished(id), 1);
}

void tst_LlmClient::cancelQueuedAndCancelAll()
{
    LoopbackServer server(
        [](const ReceivedRequest &) { return Script().write(streamHead()).hang(); });
    LlmClient client;
    Collector collector(client);
    ProviderProfile profile = makeProfile(server);
    profile.maxConcurrency = 2;
    QList<quint64> ids;
    for (int i = 0; i < 4; ++i)
        ids.append(client.submit(profile, canary, makeRequest()));
    QTRY_COMPARE_WITH_TIMEOUT(server.requestCount(), 2, 10000);

    // The fourth has not started: cancelling it never reaches the server.
    client.cancel(ids[3]);
    WAIT_FINISHED(collector, ids[3]);
    QCOMPARE(collector.runs.value(ids[3]).result.error.kind, ChatError::Kind::Cancelled);
    QCOMPARE(collector.runs.value(ids[3]).result.attempts, 0);

    client.cancelAll();
    for (int i = 0; i < 3; ++i) {
        WAIT_FINISHED(collector, ids[i]);
        QCOMPARE(collector.runs.value(ids[i]).result.error.kind, ChatError::Kind::Cancelled);
    }
    QCOMPARE(collector.runs.value(ids[2]).result.attempts, 0); // was queued
    QTRY_COMPARE_WITH_TIMEOUT(server.abandoned(), 2, 5000);
    QTest::qWait(200);
    QCOMPARE(server.requestCount(), 2);
    QCOMPARE(collector.finishedTotal(), 4);
}

void tst_LlmClient::cancelWhileWaitingForRetry()
{
    // Retry-After on the failed response stretches the wait before the second attempt to 3 s,
    // so the cancel surely lands in it even on a slow machine.
    LoopbackServer server([](const ReceivedRequest &) {
        return Script()
            .write(streamHead("text/event-stream", "Retry-After: 3\r\n"))
            .write(chunked(openAiEvent(R"({"role":"assistant","content":"Doomed"})")))
            .wait(20)
            .close();
    });
    LlmClient client;
    Collector collector(client);
    ProviderProfile profile = makeProfile(server);
    const quint64 id = client.submit(profile, canary, makeRequest());
    QTRY_COMPARE_WITH_TIMEOUT(collector.runs.value(id).restarts, 1, 10000);
    client.cancel(id); // during the backoff before the second attempt
    WAIT_FINISHED(collector, id);
    const ChatResult result = collector.runs.value(id).result;
    QCOMPARE(result.error.kind, ChatError::Kind::Cancelled);
    QCOMPARE(result.attempts, 1);
    QVERIFY(result.choices.isEmpty()); // the failed attempt's text was disowned
    QCOMPARE(collector.runs.value(id).dropped, QString("Doomed"));
    QCOMPARE(server.requestCount(), 1);
}

void tst_LlmClient::finishedOnCallerThreadIoOnWorker()
{
    LoopbackServer server([](const ReceivedRequest &) {
        return Script()
            .wait(100)
            .write(streamHead())
            .write(chunked(openAiStream({"Done while you slept."})))
            .write(lastChunk());
    });
    LlmClient client;
    QVERIFY(client.workerThread());
    QVERIFY(client.workerThread() != QThread::currentThread());
    QVERIFY(client.workerThread()->isRunning());
    Collector collector(client);
    const quint64 id = client.submit(makeProfile(server), canary, makeRequest());
    // Block the caller's thread: if the I/O needed it, the request could not finish in time,
    // and the latency the worker measures would include this sleep.
    QThread::msleep(2000);
    WAIT_FINISHED(collector, id); // also checks that every signal came on this thread
    const ChatResult result = collector.runs.value(id).result;
    QVERIFY(result.isComplete());
    QVERIFY2(result.latencyMs < 2000, QByteArray::number(result.latencyMs).constData());
    QVERIFY(result.latencyMs >= 100);
}

void tst_LlmClient::submitFromAnotherThread()
{
    LoopbackServer server([](const ReceivedRequest &) { return streamed(openAiStream({"Hi."})); });
    LlmClient client;
    Collector collector(client);
    const ProviderProfile profile = makeProfile(server);
    QList<quint64> ids;
    QMutex mutex;
    QList<QThread *> threads;
    for (int i = 0; i < 4; ++i) {
        threads.append(QThread::create([&] {
            const quint64 id = client.submit(profile, canary, makeRequest());
            QMutexLocker locker(&mutex);
            ids.append(id);
        }));
        threads.last()->start();
    }
    for (QThread *thread : std::as_const(threads)) {
        QVERIFY(thread->wait(10000));
        delete thread;
    }
    QCOMPARE(ids.size(), 4);
    std::sort(ids.begin(), ids.end());
    QCOMPARE(std::unique(ids.begin(), ids.end()), ids.end()); // distinct ids
    for (const quint64 id : std::as_const(ids)) {
        WAIT_FINISHED(collector, id); // on this thread, the one LlmClient lives in
        QVERIFY(collector.runs.value(id).result.isComplete());
    }
}

void tst_LlmClient::destroyingTheClientAbortsInFlight()
{
    LoopbackServer server(
        [](const ReceivedRequest &) { return Script().write(streamHead()).hang(); });
    QObject context;
    int finished = 0;
    {
        LlmClient client;
        connect(&client, &LlmClient::finished, &context, [&finished] { ++finished; });
        ProviderProfile profile = makeProfile(server);
        profile.maxConcurrency = 3;
        for (int i = 0; i < 5; ++i)
            client.submit(profile, canary, makeRequest());
        QTRY_COMPARE_WITH_TIMEOUT(server.requestCount(), 3, 10000);
    }
    QTRY_COMPARE_WITH_TIMEOUT(server.abandoned(), 3, 5000);
    QTest::qWait(50);
    QCOMPARE(finished, 0);
    QCOMPARE(server.requestCount(), 3);
}

void tst_LlmClient::profileConcurrencyIsRespected()
{
    LoopbackServer server([](const ReceivedRequest &) {
        return Script()
            .wait(150)
            .write(streamHead())
            .write(chunked(openAiStream({"ok"})))
            .write(lastChunk());
    });
    server.setRecording(false);
    LlmClient client;
    Collector collector(client);
    ProviderProfile profile = makeProfile(server);
    profile.maxConcurrency = 3;
    QList<quint64> ids;
    for (int i = 0; i < 9; ++i)
        ids.append(client.submit(profile, canary, makeRequest()));
    QTRY_COMPARE_WITH_TIMEOUT(collector.finishedTotal(), 9, 30000);
    for (const quint64 id : std::as_const(ids))
        QVERIFY(collector.runs.value(id).result.isComplete());
    QCOMPARE(server.maxInFlight(), 3);
    QCOMPARE(server.requestCount(), 9);
}

void tst_LlmClient::concurrency64()
{
    // 64 concurrent requests against a server that answers each after 200 ms: the server must
    // see all 64 at once, although Qt 6.4 opens only six connections per network manager.
    LoopbackServer server([](const ReceivedRequest &) {
        return Script()
            .wait(200)
            .write(streamHead())
            .write(chunked(openAiStream({"Concurrent ", "answer."})))
            .write(lastChunk());
    });
    server.setRecording(false);
    LlmClient client;
    Collector collector(client);
    ProviderProfile profile = makeProfile(server);
    profile.maxConcurrency = 64;
    QList<quint64> ids;
    for (int i = 0; i < 128; ++i)
        ids.append(client.submit(profile, canary, makeRequest()));
    QTRY_COMPARE_WITH_TIMEOUT(collector.finishedTotal(), 128, 60000);
    for (const quint64 id : std::as_const(ids)) {
        const ChatResult &result = collector.runs[id].result;
        QVERIFY(result.isComplete());
        QCOMPARE(result.attempts, 1);
        QCOMPARE(result.choices.value(0).content, QString("Concurrent answer."));
    }
    QCOMPARE(server.requestCount(), 128);
    QCOMPARE(server.maxInFlight(), 64);
}

void tst_LlmClient::embeddingsOpenAiInIndexOrder()
{
    // The usage before the data, the data out of index order, the model the server's own; a
    // nested "usage" and strings with quotes, braces and brackets must not confuse the client.
    const QByteArray body =
        R"({"object":"list", "meta" : {"usage":{"prompt_tokens":99}, "note":"a \"} ]"},)"
        R"("usage":{"prompt_tokens":7,"total_tokens":7},"data":[)"
        R"({"object":"embedding","index":2,"embedding":[0.5,-1.25]},)"
        R"({"object":"embedding","index":0,"embedding":[1,0]},)"
        R"({"object":"embedding","index":1,"embedding":[0,0.001]}],)"
        R"("model":"text-embedding-3-small"})";
    LoopbackServer server([&](const ReceivedRequest &) {
        return Script().wait(50).write(fullResponse(200, "OK", body));
    });
    LlmClient client;
    Collector collector(client);
    const QStringList inputs = {"first", "second", "third"};
    const quint64 id =
        client.submitEmbeddings(makeProfile(server), canary, QStringLiteral("test-embed"), inputs);
    WAIT_EMBEDDED(collector, id);

    const EmbeddingResult result = collector.embeddings.value(id).result;
    QCOMPARE(result.error.kind, ChatError::Kind::None);
    QVERIFY(result.isComplete());
    const QList<QList<float>> expected = {{1.0f, 0.0f}, {0.0f, 0.001f}, {0.5f, -1.25f}};
    QCOMPARE(result.vectors, expected);
    QCOMPARE(result.usage.promptTokens, qint64(7));
    QCOMPARE(result.usage.completionTokens, qint64(0));
    QVERIFY(!result.usage.estimated);
    QCOMPARE(result.model, QString("text-embedding-3-small"));
    QCOMPARE(result.attempts, 1);
    QVERIFY(result.latencyMs >= 50);

    QCOMPARE(server.requestCount(), 1);
    const ReceivedRequest received = server.requests().value(0);
    QCOMPARE(received.method, QByteArray("POST"));
    QCOMPARE(received.target, QByteArray("/v1/embeddings"));
    QCOMPARE(received.header("authorization"), "Bearer " + canary);
    QCOMPARE(QJsonDocument::fromJson(received.body).object().value("model").toString(),
             QString("test-embed"));
    QCOMPARE(sentInputs(received), inputs);
}

void tst_LlmClient::embeddingsOllama()
{
    // The second answer has no prompt_eval_count: the usage is estimated.
    LoopbackServer server([](const ReceivedRequest &request) {
        const QByteArray count = request.index == 0 ? R"(,"prompt_eval_count":8)" : "";
        return Script().write(fullResponse(
            200, "OK",
            R"({"model":"all-minilm","embeddings":[[0.25,0.5],[-0.75,1]],"total_duration":14143917,"load_duration":1019500)" +
                count + "}"));
    });
    LlmClient client;
    Collector collector(client);
    const ProviderProfile profile = makeProfile(server, Protocol::OllamaNative, QString());
    const QStringList inputs = {"Why is the sky blue?", "天空为什么是蓝色的？"};
    const quint64 reported =
        client.submitEmbeddings(profile, canary, QStringLiteral("all-minilm"), inputs);
    WAIT_EMBEDDED(collector, reported);
    const quint64 estimated =
        client.submitEmbeddings(profile, canary, QStringLiteral("all-minilm"), inputs);
    WAIT_EMBEDDED(collector, estimated);

    const EmbeddingResult result = collector.embeddings.value(reported).result;
    QCOMPARE(result.error.kind, ChatError::Kind::None);
    const QList<QList<float>> expected = {{0.25f, 0.5f}, {-0.75f, 1.0f}};
    QCOMPARE(result.vectors, expected);
    QCOMPARE(result.usage.promptTokens, qint64(8));
    QVERIFY(!result.usage.estimated);
    QCOMPARE(result.model, QString("all-minilm"));
    QCOMPARE(result.attempts, 1);

    const EmbeddingResult guessed = collector.embeddings.value(estimated).result;
    QCOMPARE(guessed.vectors, expected);
    QVERIFY(guessed.usage.estimated);
    // 20 ASCII characters → 5; 9 Han and a full-width question mark → 10.
    QCOMPARE(guessed.usage.promptTokens,
             LlmClient::estimateTokens(inputs[0]) + LlmClient::estimateTokens(inputs[1]));
    QCOMPARE(guessed.usage.promptTokens, qint64(15));

    QCOMPARE(server.requestCount(), 2);
    const ReceivedRequest received = server.requests().value(0);
    QCOMPARE(received.target, QByteArray("/api/embed"));
    QCOMPARE(sentInputs(received), inputs);
}

void tst_LlmClient::embeddingsBatchedInInputOrder()
{
    // 600 inputs: three requests of 256, 256 and 88 inputs, two at a time (the profile's
    // concurrency). The first batch is answered last, so the results arrive out of order.
    LoopbackServer server([](const ReceivedRequest &request) {
        Script script;
        if (sentInputs(request).value(0).startsWith("0:"))
            script.wait(300);
        const Script answer = echoEmbeddings(request);
        for (const Script::Step &step : answer.steps())
            script.write(step.bytes);
        return script;
    });
    LlmClient client;
    QCOMPARE(client.embeddingBatchSize(), LlmClient::defaultEmbeddingBatchSize);
    QCOMPARE(client.embeddingBatchSize(), 256);
    Collector collector(client);
    ProviderProfile profile = makeProfile(server);
    profile.maxConcurrency = 2;
    const quint64 id = embedNumbered(client, profile, 600);
    WAIT_EMBEDDED(collector, id);

    const EmbeddingResult result = collector.embeddings.value(id).result;
    QCOMPARE(result.error.kind, ChatError::Kind::None);
    QVERIFY(echoedInOrder(result.vectors, 600));
    QCOMPARE(result.usage.promptTokens, qint64(600)); // the servers' counts added up
    QVERIFY(!result.usage.estimated);
    QCOMPARE(result.attempts, 3);
    QCOMPARE(result.model, QString("echo-embed"));
    QVERIFY(result.latencyMs >= 300);

    QCOMPARE(server.requestCount(), 3);
    QCOMPARE(server.maxInFlight(), 2);
    QStringList sent;
    QList<qsizetype> sizes;
    for (const ReceivedRequest &request : server.requests()) {
        QCOMPARE(request.target, QByteArray("/v1/embeddings"));
        sizes.append(sentInputs(request).size());
        sent += sentInputs(request);
    }
    std::sort(sizes.begin(), sizes.end());
    QCOMPARE(sizes, (QList<qsizetype>{88, 256, 256}));
    std::sort(sent.begin(), sent.end());
    QStringList all = numberedInputs(600);
    std::sort(all.begin(), all.end());
    QCOMPARE(sent, all); // every input sent once
}

void tst_LlmClient::embeddingBatchLimits()
{
    LoopbackServer server([](const ReceivedRequest &request) { return echoEmbeddings(request); });
    LlmClient client;
    Collector collector(client);
    const ProviderProfile profile = makeProfile(server);
    // Inputs of 16 ASCII characters (4 tokens), one of 100 (25 tokens), three of 4 (1 token).
    QStringList inputs;
    for (int i = 0; i < 12; ++i) {
        const int length = i < 8 ? 16 : i == 8 ? 100 : 4;
        inputs.append((QString::number(i) + ':').leftJustified(length, 'x'));
    }
    QCOMPARE(LlmClient::estimateTokens(inputs[0]), qint64(4));
    QCOMPARE(LlmClient::estimateTokens(inputs[8]), qint64(25));
    QCOMPARE(LlmClient::estimateTokens(inputs[11]), qint64(1));

    // At most 4 inputs and 10 tokens: 2, 2, 2, 2, the long one alone, then 3.
    client.setEmbeddingBatchLimits(4, 10);
    QCOMPARE(client.embeddingBatchSize(), 4);
    QCOMPARE(client.embeddingBatchTokens(), qint64(10));
    const quint64 tokenLimited =
        client.submitEmbeddings(profile, canary, QStringLiteral("test-embed"), inputs);
    WAIT_EMBEDDED(collector, tokenLimited);
    QVERIFY(echoedInOrder(collector.embeddings.value(tokenLimited).result.vectors, 12));
    QCOMPARE(collector.embeddings.value(tokenLimited).result.attempts, 6);
    QList<qsizetype> sizes;
    for (const ReceivedRequest &request : server.requests())
        sizes.append(sentInputs(request).size());
    std::sort(sizes.begin(), sizes.end());
    QCOMPARE(sizes, (QList<qsizetype>{1, 2, 2, 2, 2, 3}));

    // No token limit: 4, 4, 4.
    client.setEmbeddingBatchLimits(4, 0);
    const quint64 countLimited =
        client.submitEmbeddings(profile, canary, QStringLiteral("test-embed"), inputs);
    WAIT_EMBEDDED(collector, countLimited);
    QVERIFY(echoedInOrder(collector.embeddings.value(countLimited).result.vectors, 12));
    QCOMPARE(collector.embeddings.value(countLimited).result.attempts, 3);
    QCOMPARE(server.requestCount(), 9);
}

void tst_LlmClient::embeddingsRetriedAfter429()
{
    LoopbackServer server([](const ReceivedRequest &request) {
        if (request.index == 0)
            return rateLimited();
        return echoEmbeddings(request);
    });
    LlmClient client;
    Collector collector(client);
    QElapsedTimer clock;
    clock.start();
    const quint64 id = embedNumbered(client, makeProfile(server), 3);
    WAIT_EMBEDDED(collector, id);
    const qint64 elapsed = clock.elapsed();

    const EmbeddingResult result = collector.embeddings.value(id).result;
    QCOMPARE(result.error.kind, ChatError::Kind::None);
    QVERIFY(echoedInOrder(result.vectors, 3));
    QCOMPARE(result.attempts, 2);
    QCOMPARE(server.requestCount(), 2);
    QVERIFY2(elapsed >= 1000, QByteArray::number(elapsed).constData()); // Retry-After honoured
    QVERIFY(result.latencyMs >= 1000);
}

void tst_LlmClient::embeddingsCancelled()
{
    // Three batches, two in flight on a server that never answers, the third queued.
    LoopbackServer server([](const ReceivedRequest &) { return Script().hang(); });
    LlmClient client;
    Collector collector(client);
    ProviderProfile profile = makeProfile(server);
    profile.maxConcurrency = 2;
    const quint64 id = embedNumbered(client, profile, 600);
    QTRY_COMPARE_WITH_TIMEOUT(server.requestCount(), 2, 10000);
    CANCEL_AT_ONCE(client, collector, WAIT_EMBEDDED, id);
    const EmbeddingResult result = collector.embeddings.value(id).result;
    QCOMPARE(result.error.kind, ChatError::Kind::Cancelled);
    QVERIFY(result.vectors.isEmpty());
    QCOMPARE(result.attempts, 2);
    QTRY_COMPARE_WITH_TIMEOUT(server.abandoned(), 2, 5000);
    QTest::qWait(200);
    QCOMPARE(server.requestCount(), 2); // the queued batch never went out
    client.cancel(id);
    QTest::qWait(50);
    QCOMPARE(collector.embedded(id), 1);

    // cancelAll() ends embeddings and chats alike, one result each.
    const quint64 embedding = embedNumbered(client, profile, 300);
    const quint64 chat = client.submit(profile, canary, makeRequest());
    QTRY_COMPARE_WITH_TIMEOUT(server.requestCount(), 4, 10000);
    client.cancelAll();
    WAIT_EMBEDDED(collector, embedding);
    WAIT_FINISHED(collector, chat);
    QCOMPARE(collector.embeddings.value(embedding).result.error.kind, ChatError::Kind::Cancelled);
    QCOMPARE(collector.runs.value(chat).result.error.kind, ChatError::Kind::Cancelled);
    QTRY_COMPARE_WITH_TIMEOUT(server.abandoned(), 4, 5000);
    QCOMPARE(server.requestCount(), 4);
}

void tst_LlmClient::embeddingsWithoutAnyRequest_data()
{
    QTest::addColumn<Protocol>("protocol");
    QTest::addColumn<int>("inputs");
    QTest::addColumn<ChatError::Kind>("kind");
    QTest::addColumn<QString>("type");
    QTest::addColumn<QStringList>("message");
    QTest::addColumn<qint64>("promptTokens");
    QTest::newRow("Anthropic has no embeddings")
        << Protocol::Anthropic << 3 << ChatError::Kind::Provider << "not_supported"
        << QStringList{"Anthropic offers no embeddings endpoint", "OpenAI-compatible or Ollama"}
        << qint64(-1);
    QTest::newRow("no inputs") << Protocol::OpenAiCompatible << 0 << ChatError::Kind::None
                               << QString() << QStringList() << qint64(0);
}

void tst_LlmClient::embeddingsWithoutAnyRequest()
{
    QFETCH(Protocol, protocol);
    QFETCH(int, inputs);
    QFETCH(ChatError::Kind, kind);
    QFETCH(QString, type);
    QFETCH(QStringList, message);
    QFETCH(qint64, promptTokens);
    LoopbackServer server([](const ReceivedRequest &request) { return echoEmbeddings(request); });
    LlmClient client;
    Collector collector(client);
    const quint64 id =
        client.submitEmbeddings(makeProfile(server, protocol, QString()), canary,
                                QStringLiteral("some-model"), numberedInputs(inputs));
    WAIT_EMBEDDED(collector, id);
    const EmbeddingResult result = collector.embeddings.value(id).result;
    QCOMPARE(result.error.kind, kind);
    QCOMPARE(result.error.type, type);
    for (const QString &part : std::as_const(message))
        QVERIFY2(result.error.message.contains(part), qPrintable(result.error.message));
    QVERIFY(result.vectors.isEmpty());
    QCOMPARE(result.usage.promptTokens, promptTokens);
    QCOMPARE(result.attempts, 0);
    QCOMPARE(result.latencyMs, qint64(-1));
    QTest::qWait(100);
    QCOMPARE(server.requestCount(), 0);
    QCOMPARE(server.connectionCount(), 0);
}

void tst_LlmClient::embeddingsFailingForGood_data()
{
    // The request whose first input starts with "answered" gets "response"; any other hangs.
    QTest::addColumn<int>("inputs");
    QTest::addColumn<QString>("answered");
    QTest::addColumn<QByteArray>("response");
    QTest::addColumn<ChatError::Kind>("kind");
    QTest::addColumn<int>("httpStatus");
    QTest::addColumn<QString>("message");
    QTest::addColumn<int>("attempts"); // each a request to the server
    QTest::addColumn<int>("abandoned");

    // Both answers quote the key, as some servers do: it must not come back to the caller.
    QTest::newRow("401 is not retried")
        << 2 << "0:" << fullResponse(401, "Unauthorized", keyEchoingError())
        << ChatError::Kind::Http << 401 << "HTTP 401" << 1 << 0;
    QTest::newRow("error object in a 200")
        << 2 << "0:" << fullResponse(200, "OK", keyEchoingError()) << ChatError::Kind::Provider << 0
        << "Incorrect API key provided" << 1 << 0;
    // The second of three batches is refused while the others hang: they are aborted.
    QTest::newRow("refused batch aborts the others")
        << 600 << "256:"
        << fullResponse(400, "Bad Request",
                        R"({"error":{"message":"Input too long","type":"invalid_request_error"}})")
        << ChatError::Kind::Http << 400 << "Input too long" << 3 << 2;
    // A malformed answer is not asked for again.
    QTest::newRow("count mismatch")
        << 3 << "0:"
        << fullResponse(
               200, "OK",
               R"({"object":"list","data":[{"object":"embedding","index":0,"embedding":[1,2]},{"object":"embedding","index":1,"embedding":[3,4]}],"model":"m","usage":{"prompt_tokens":3,"total_tokens":3}})")
        << ChatError::Kind::Protocol << 0 << "returned 2 embeddings for 3 inputs" << 1 << 0;
}

void tst_LlmClient::embeddingsFailingForGood()
{
    QFETCH(int, inputs);
    QFETCH(QString, answered);
    QFETCH(QByteArray, response);
    QFETCH(ChatError::Kind, kind);
    QFETCH(int, httpStatus);
    QFETCH(QString, message);
    QFETCH(int, attempts);
    QFETCH(int, abandoned);
    LoopbackServer server([&](const ReceivedRequest &request) {
        if (sentInputs(request).value(0).startsWith(answered))
            return Script().wait(100).write(response);
        return Script().hang();
    });
    LlmClient client;
    Collector collector(client);
    const quint64 id = embedNumbered(client, makeProfile(server), inputs);
    WAIT_EMBEDDED(collector, id);
    const EmbeddingResult result = collector.embeddings.value(id).result;
    QCOMPARE(result.error.kind, kind);
    QCOMPARE(result.error.httpStatus, httpStatus);
    QVERIFY2(result.error.message.contains(message), qPrintable(result.error.message));
    QVERIFY2(!result.error.message.contains(QString::fromLatin1(canary)),
             qPrintable(result.error.message));
    QVERIFY(result.vectors.isEmpty());
    QCOMPARE(result.usage.promptTokens, qint64(-1));
    QCOMPARE(result.attempts, attempts);
    QTRY_COMPARE_WITH_TIMEOUT(server.abandoned(), abandoned, 5000);
    QCOMPARE(server.requestCount(), attempts);
}

QTEST_GUILESS_MAIN(tst_LlmClient)
#include "tst_llmclient.moc"
