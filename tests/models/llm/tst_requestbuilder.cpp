#include "models/llm/requestbuilder.h"

#include <QJsonArray>
#include <QTest>

using namespace Seedbed::Llm;

using Headers = QList<QPair<QByteArray, QByteArray>>;

namespace {
ChatMessage message(const char *role, const QString &content)
{
    return ChatMessage{QString::fromLatin1(role), content};
}

ChatRequest fullRequest()
{
    ChatRequest request;
    request.model = QStringLiteral("gpt-4o-mini");
    request.messages = {message("system", QStringLiteral("Be brief.")),
                        message("user", QStringLiteral("Hi 🌱 \"种子\""))};
    request.temperature = 0.7;
    request.topP = 0.9;
    request.maxTokens = 256;
    request.n = 2;
    request.seed = 1234567890123LL;
    request.stop = {QStringLiteral("\n\n"), QStringLiteral("END")};
    request.format = ChatRequest::Format::JsonSchema;
    request.schemaName = QStringLiteral("person");
    request.schema = QJsonObject{
        {QStringLiteral("type"), QStringLiteral("object")},
        {QStringLiteral("properties"),
         QJsonObject{{QStringLiteral("name"),
                      QJsonObject{{QStringLiteral("type"), QStringLiteral("string")}}}}},
        {QStringLiteral("required"), QJsonArray{QStringLiteral("name")}},
        {QStringLiteral("additionalProperties"), false}};
    request.stream = true;
    return request;
}

ChatRequest minimalRequest(bool stream)
{
    ChatRequest request;
    request.model = QStringLiteral("m");
    request.messages = {message("user", QStringLiteral("Hi"))};
    request.stream = stream;
    return request;
}

const QByteArray schemaJson = "{\"additionalProperties\":false,\"properties\":{\"name\":{\"type\":"
                              "\"string\"}},\"required\":[\"name\"],\"type\":\"object\"}";
} // namespace

Q_DECLARE_METATYPE(Seedbed::Llm::ChatRequest)

class TestRequestBuilder : public QObject
{
    Q_OBJECT

private slots:
    void chatBodies_data();
    void chatBodies();
    void chatPathsAndHeaders_data();
    void chatPathsAndHeaders();
    void authHeaders_data();
    void authHeaders();
    void embeddingsCalls();
    void parseEmbeddings_data();
    void parseEmbeddings();
    void anthropicHasNoEmbeddings();
    void listModels();
    void parseModelList_data();
    void parseModelList();
};

void TestRequestBuilder::chatBodies_data()
{
    QTest::addColumn<int>("protocol");
    QTest::addColumn<ChatRequest>("request");
    QTest::addColumn<QByteArray>("body");

    QTest::newRow("openai everything")
        << int(Protocol::OpenAiCompatible) << fullRequest()
        << QByteArray("{\"max_tokens\":256,\"messages\":[{\"content\":\"Be brief.\",\"role\":"
                      "\"system\"},{\"content\":\"Hi 🌱 \\\"种子\\\"\",\"role\":\"user\"}],"
                      "\"model\":\"gpt-4o-mini\",\"n\":2,\"response_format\":{\"json_schema\":{"
                      "\"name\":\"person\",\"schema\":" +
                      schemaJson +
                      ",\"strict\":true},\"type\":\"json_schema\"},\"seed\":1234567890123,"
                      "\"stop\":[\"\\n\\n\",\"END\"],\"stream\":true,\"stream_options\":{"
                      "\"include_usage\":true},\"temperature\":0.7,\"top_p\":0.9}");
    QTest::newRow("openai minimal, not streaming")
        << int(Protocol::OpenAiCompatible) << minimalRequest(false)
        << QByteArray("{\"messages\":[{\"content\":\"Hi\",\"role\":\"user\"}],\"model\":\"m\","
                      "\"stream\":false}");
    ChatRequest jsonObject = minimalRequest(true);
    jsonObject.format = ChatRequest::Format::JsonObject;
    QTest::newRow("openai json_object, streaming")
        << int(Protocol::OpenAiCompatible) << jsonObject
        << QByteArray("{\"messages\":[{\"content\":\"Hi\",\"role\":\"user\"}],\"model\":\"m\","
                      "\"response_format\":{\"type\":\"json_object\"},\"stream\":true,"
                      "\"stream_options\":{\"include_usage\":true}}");
    ChatRequest unnamed = minimalRequest(false);
    unnamed.format = ChatRequest::Format::JsonSchema;
    unnamed.schema = QJsonObject{{QStringLiteral("type"), QStringLiteral("object")}};
    QTest::newRow("openai schema without a name")
        << int(Protocol::OpenAiCompatible) << unnamed
        << QByteArray("{\"messages\":[{\"content\":\"Hi\",\"role\":\"user\"}],\"model\":\"m\","
                      "\"response_format\":{\"json_schema\":{\"name\":\"response\",\"schema\":{"
                      "\"type\":\"object\"},\"strict\":true},\"type\":\"json_schema\"},"
                      "\"stream\":false}");

    ChatRequest ollama = fullRequest();
    ollama.model = QStringLiteral("qwen3:8b");
    QTest::newRow("ollama everything")
        << int(Protocol::OllamaNative) << ollama
        << QByteArray("{\"format\":" + schemaJson +
                      ",\"messages\":[{\"content\":\"Be brief.\",\"role\":\"system\"},{"
                      "\"content\":\"Hi 🌱 \\\"种子\\\"\",\"role\":\"user\"}],\"model\":"
                      "\"qwen3:8b\",\"options\":{\"num_predict\":256,\"seed\":1234567890123,"
                      "\"stop\":[\"\\n\\n\",\"END\"],\"temperature\":0.7,\"top_p\":0.9},"
                      "\"stream\":true}");
    ChatRequest ollamaJson = minimalRequest(false);
    ollamaJson.format = ChatRequest::Format::JsonObject;
    QTest::newRow("ollama json, no options")
        << int(Protocol::OllamaNative) << ollamaJson
        << QByteArray("{\"format\":\"json\",\"messages\":[{\"content\":\"Hi\",\"role\":\"user\"}],"
                      "\"model\":\"m\",\"stream\":false}");

    ChatRequest anthropic;
    anthropic.model = QStringLiteral("claude-sonnet-4-5");
    anthropic.messages = {
        message("system", QStringLiteral("A")), message("user", QStringLiteral("Hi")),
        message("system", QStringLiteral("B")), message("assistant", QStringLiteral("Hello")),
        message("user", QStringLiteral("More"))};
    anthropic.temperature = 1.0;
    anthropic.topP = 0.9;
    anthropic.n = 3;    // Anthropic has no n
    anthropic.seed = 5; // nor a seed
    anthropic.stop = {QStringLiteral("END")};
    anthropic.format = ChatRequest::Format::JsonObject;
    anthropic.stream = true;
    QTest::newRow("anthropic: top-level system, default max_tokens")
        << int(Protocol::Anthropic) << anthropic
        << QByteArray("{\"max_tokens\":4096,\"messages\":[{\"content\":\"Hi\",\"role\":\"user\"},"
                      "{\"content\":\"Hello\",\"role\":\"assistant\"},{\"content\":\"More\","
                      "\"role\":\"user\"}],\"model\":\"claude-sonnet-4-5\",\"stop_sequences\":["
                      "\"END\"],\"stream\":true,\"system\":\"A\\n\\nB\",\"temperature\":1,"
                      "\"top_p\":0.9}");
    ChatRequest anthropicMax = minimalRequest(false);
    anthropicMax.maxTokens = 100;
    QTest::newRow("anthropic: explicit max_tokens, no system")
        << int(Protocol::Anthropic) << anthropicMax
        << QByteArray("{\"max_tokens\":100,\"messages\":[{\"content\":\"Hi\",\"role\":\"user\"}],"
                      "\"model\":\"m\",\"stream\":false}");
}

void TestRequestBuilder::chatBodies()
{
    QFETCH(int, protocol);
    QFETCH(ChatRequest, request);
    QFETCH(QByteArray, body);

    const HttpCall call = RequestBuilder::chat(Protocol(protocol), request);
    QCOMPARE(call.body, body);
    QCOMPARE(call.method, QByteArray("POST"));
}

void TestRequestBuilder::chatPathsAndHeaders_data()
{
    QTest::addColumn<int>("protocol");
    QTest::addColumn<bool>("stream");
    QTest::addColumn<QString>("path");
    QTest::addColumn<Headers>("headers");

    const QPair<QByteArray, QByteArray> json{"Content-Type", "application/json"};
    QTest::newRow("openai streaming")
        << int(Protocol::OpenAiCompatible) << true << QStringLiteral("/chat/completions")
        << Headers{json, {"Accept", "text/event-stream"}};
    QTest::newRow("openai") << int(Protocol::OpenAiCompatible) << false
                            << QStringLiteral("/chat/completions")
                            << Headers{json, {"Accept", "application/json"}};
    QTest::newRow("ollama streaming")
        << int(Protocol::OllamaNative) << true << QStringLiteral("/api/chat")
        << Headers{json, {"Accept", "application/x-ndjson"}};
    QTest::newRow("anthropic streaming")
        << int(Protocol::Anthropic) << true << QStringLiteral("/v1/messages")
        << Headers{json, {"Accept", "text/event-stream"}};
    QTest::newRow("anthropic") << int(Protocol::Anthropic) << false
                               << QStringLiteral("/v1/messages")
                               << Headers{json, {"Accept", "application/json"}};
}

void TestRequestBuilder::chatPathsAndHeaders()
{
    QFETCH(int, protocol);
    QFETCH(bool, stream);
    QFETCH(QString, path);
    QFETCH(Headers, headers);

    const HttpCall call = RequestBuilder::chat(Protocol(protocol), minimalRequest(stream));
    QCOMPARE(call.path, path);
    QCOMPARE(call.headers, headers);
}

void TestRequestBuilder::authHeaders_data()
{
    QTest::addColumn<int>("protocol");
    QTest::addColumn<QByteArray>("key");
    QTest::addColumn<Headers>("headers");

    QTest::newRow("openai") << int(Protocol::OpenAiCompatible) << QByteArray("sk-test")
                            << Headers{{"Authorization", "Bearer sk-test"}};
    QTest::newRow("openai without key (local server)")
        << int(Protocol::OpenAiCompatible) << QByteArray() << Headers();
    QTest::newRow("ollama without key") << int(Protocol::OllamaNative) << QByteArray() << Headers();
    QTest::newRow("ollama behind a proxy with a key")
        << int(Protocol::OllamaNative) << QByteArray("k") << Headers{{"Authorization", "Bearer k"}};
    QTest::newRow("anthropic") << int(Protocol::Anthropic) << QByteArray("sk-ant-1")
                               << Headers{{"x-api-key", "sk-ant-1"},
                                          {"anthropic-version", "2023-06-01"}};
}

void TestRequestBuilder::authHeaders()
{
    QFETCH(int, protocol);
    QFETCH(QByteArray, key);
    QFETCH(Headers, headers);

    QCOMPARE(RequestBuilder::authHeaders(Protocol(protocol), key), headers);
}

void TestRequestBuilder::embeddingsCalls()
{
    const QStringList input{QStringLiteral("种子"), QStringLiteral("seed")};
    const HttpCall openAi =
        RequestBuilder::embeddings(Protocol::OpenAiCompatible, QStringLiteral("bge-m3"), input);
    QCOMPARE(openAi.method, QByteArray("POST"));
    QCOMPARE(openAi.path, QStringLiteral("/embeddings"));
    QCOMPARE(openAi.body, QByteArray("{\"input\":[\"种子\",\"seed\"],\"model\":\"bge-m3\"}"));
    QVERIFY(openAi.headers.contains(
        qMakePair(QByteArray("Content-Type"), QByteArray("application/json"))));

    const HttpCall ollama = RequestBuilder::embeddings(Protocol::OllamaNative,
                                                       QStringLiteral("nomic-embed-text"), input);
    QCOMPARE(ollama.path, QStringLiteral("/api/embed"));
    QCOMPARE(ollama.body,
             QByteArray("{\"input\":[\"种子\",\"seed\"],\"model\":\"nomic-embed-text\"}"));

    const HttpCall anthropic =
        RequestBuilder::embeddings(Protocol::Anthropic, QStringLiteral("x"), input);
    QVERIFY(anthropic.method.isEmpty());
    QVERIFY(anthropic.path.isEmpty());
}

void TestRequestBuilder::parseEmbeddings_data()
{
    QTest::addColumn<int>("protocol");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QList<QList<float>>>("vectors");
    QTest::addColumn<int>("errorKind");

    QTest::newRow("openai ordered by index")
        << int(Protocol::OpenAiCompatible)
        << QByteArray("{\"object\":\"list\",\"data\":[{\"object\":\"embedding\",\"index\":1,"
                      "\"embedding\":[0.5,-1]},{\"object\":\"embedding\",\"index\":0,"
                      "\"embedding\":[0.25,2]}],\"model\":\"m\",\"usage\":{\"prompt_tokens\":2,"
                      "\"total_tokens\":2}}")
        << QList<QList<float>>{{0.25f, 2.0f}, {0.5f, -1.0f}} << int(ChatError::Kind::None);
    // 1.0f and -2.0f as little-endian float32: 0000803f, 000000c0.
    QTest::newRow("openai base64")
        << int(Protocol::OpenAiCompatible)
        << QByteArray("{\"data\":[{\"index\":0,\"embedding\":\"AACAPwAAAMA=\"}]}")
        << QList<QList<float>>{{1.0f, -2.0f}} << int(ChatError::Kind::None);
    QTest::newRow("ollama") << int(Protocol::OllamaNative)
                            << QByteArray("{\"model\":\"m\",\"embeddings\":[[0.1,0.2],[0.3,0.4]]}")
                            << QList<QList<float>>{{0.1f, 0.2f}, {0.3f, 0.4f}}
                            << int(ChatError::Kind::None);
    QTest::newRow("openai error object")
        << int(Protocol::OpenAiCompatible)
        << QByteArray("{\"error\":{\"message\":\"bad\",\"type\":\"invalid_request_error\"}}")
        << QList<QList<float>>() << int(ChatError::Kind::Provider);
    QTest::newRow("ollama error") << int(Protocol::OllamaNative)
                                  << QByteArray("{\"error\":\"model not found\"}")
                                  << QList<QList<float>>() << int(ChatError::Kind::Provider);
    QTest::newRow("not JSON") << int(Protocol::OpenAiCompatible) << QByteArray("<html>")
                              << QList<QList<float>>() << int(ChatError::Kind::Protocol);
    QTest::newRow("no data") << int(Protocol::OpenAiCompatible) << QByteArray("{}")
                             << QList<QList<float>>() << int(ChatError::Kind::Protocol);
    QTest::newRow("strings in the vector")
        << int(Protocol::OllamaNative) << QByteArray("{\"embeddings\":[[\"a\"]]}")
        << QList<QList<float>>() << int(ChatError::Kind::Protocol);
}

void TestRequestBuilder::parseEmbeddings()
{
    QFETCH(int, protocol);
    QFETCH(QByteArray, body);
    QFETCH(QList<QList<float>>, vectors);
    QFETCH(int, errorKind);

    QList<QList<float>> parsed;
    ChatError error;
    const bool ok = RequestBuilder::parseEmbeddings(Protocol(protocol), body, &parsed, &error);
    QCOMPARE(ok, errorKind == int(ChatError::Kind::None));
    QCOMPARE(int(error.kind), errorKind);
    QCOMPARE(parsed, vectors);
    if (!ok)
        QVERIFY(!error.message.isEmpty());
}

void TestRequestBuilder::anthropicHasNoEmbeddings()
{
    QList<QList<float>> vectors{{1.0f}};
    ChatError error;
    QVERIFY(!RequestBuilder::parseEmbeddings(Protocol::Anthropic, QByteArray(), &vectors, &error));
    QVERIFY(vectors.isEmpty());
    QCOMPARE(error.kind, ChatError::Kind::Provider);
    QCOMPARE(error.type, QStringLiteral("not_supported"));
    QVERIFY(error.message.contains(QLatin1String("Anthropic")));
}

void TestRequestBuilder::listModels()
{
    const struct
    {
        Protocol protocol;
        const char *path;
    } rows[] = {{Protocol::OpenAiCompatible, "/models"},
                {Protocol::OllamaNative, "/api/tags"},
                {Protocol::Anthropic, "/v1/models"}};
    for (const auto &row : rows) {
        const HttpCall call = RequestBuilder::listModels(row.protocol);
        QCOMPARE(call.method, QByteArray("GET"));
        QCOMPARE(call.path, QString::fromLatin1(row.path));
        QVERIFY(call.body.isEmpty());
    }
}

void TestRequestBuilder::parseModelList_data()
{
    QTest::addColumn<int>("protocol");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QStringList>("models");
    QTest::addColumn<int>("errorKind");

    QTest::newRow("openai")
        << int(Protocol::OpenAiCompatible)
        << QByteArray("{\"object\":\"list\",\"data\":[{\"id\":\"deepseek-chat\",\"object\":"
                      "\"model\",\"owned_by\":\"deepseek\"},{\"id\":\"deepseek-reasoner\"}]}")
        << QStringList{QStringLiteral("deepseek-chat"), QStringLiteral("deepseek-reasoner")}
        << int(ChatError::Kind::None);
    QTest::newRow("ollama tags")
        << int(Protocol::OllamaNative)
        << QByteArray("{\"models\":[{\"name\":\"qwen3:8b\",\"model\":\"qwen3:8b\",\"size\":1},"
                      "{\"model\":\"llama3.2:latest\"}]}")
        << QStringList{QStringLiteral("qwen3:8b"), QStringLiteral("llama3.2:latest")}
        << int(ChatError::Kind::None);
    QTest::newRow("anthropic")
        << int(Protocol::Anthropic)
        << QByteArray(
               "{\"data\":[{\"type\":\"model\",\"id\":\"claude-sonnet-4-5\",\"display_name\":"
               "\"Claude Sonnet 4.5\"}],\"has_more\":false}")
        << QStringList{QStringLiteral("claude-sonnet-4-5")} << int(ChatError::Kind::None);
    QTest::newRow("anthropic error")
        << int(Protocol::Anthropic)
        << QByteArray("{\"type\":\"error\",\"error\":{\"type\":\"authentication_error\","
                      "\"message\":\"invalid x-api-key\"}}")
        << QStringList() << int(ChatError::Kind::Provider);
    QTest::newRow("wrong shape") << int(Protocol::OllamaNative) << QByteArray("{\"data\":[]}")
                                 << QStringList() << int(ChatError::Kind::Protocol);
}

void TestRequestBuilder::parseModelList()
{
    QFETCH(int, protocol);
    QFETCH(QByteArray, body);
    QFETCH(QStringList, models);
    QFETCH(int, errorKind);

    QStringList parsed;
    ChatError error;
    QCOMPARE(RequestBuilder::parseModelList(Protocol(protocol), body, &parsed, &error),
             errorKind == int(ChatError::Kind::None));
    QCOMPARE(parsed, models);
    QCOMPARE(int(error.kind), errorKind);
    if (errorKind == int(ChatError::Kind::Provider) && protocol == int(Protocol::Anthropic))
        QCOMPARE(error.type, QStringLiteral("authentication_error"));
}

QTEST_GUILESS_MAIN(TestRequestBuilder)
#include "tst_requestbuilder.moc"
