#include "models/llm/requestbuilder.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>
#include <QtEndian>

#include <algorithm>
#include <cstring>

namespace Seedbed::Llm {

namespace {
// lupdate reads the context from here; the builder is not a QObject.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Seedbed::Llm::RequestBuilder)
};

// Anthropic requires max_tokens; this is what its own examples use when nothing is set.
constexpr int anthropicDefaultMaxTokens = 4096;

QJsonArray messagesArray(const QList<ChatMessage> &messages, bool withSystem)
{
    QJsonArray array;
    for (const ChatMessage &message : messages) {
        if (!withSystem && message.role == QLatin1String("system"))
            continue;
        array.append(QJsonObject{{QStringLiteral("role"), message.role},
                                 {QStringLiteral("content"), message.content}});
    }
    return array;
}

QJsonValue integerValue(qint64 value)
{
    return QJsonValue(value);
}

QList<QPair<QByteArray, QByteArray>> jsonHeaders(bool streaming, Protocol protocol)
{
    QList<QPair<QByteArray, QByteArray>> headers;
    headers.append({QByteArrayLiteral("Content-Type"), QByteArrayLiteral("application/json")});
    if (!streaming)
        headers.append({QByteArrayLiteral("Accept"), QByteArrayLiteral("application/json")});
    else if (protocol == Protocol::OllamaNative)
        headers.append({QByteArrayLiteral("Accept"), QByteArrayLiteral("application/x-ndjson")});
    else
        headers.append({QByteArrayLiteral("Accept"), QByteArrayLiteral("text/event-stream")});
    return headers;
}

QByteArray compact(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

QJsonObject openAiBody(const ChatRequest &request)
{
    QJsonObject body;
    body.insert(QStringLiteral("model"), request.model);
    body.insert(QStringLiteral("messages"), messagesArray(request.messages, true));
    if (request.temperature)
        body.insert(QStringLiteral("temperature"), *request.temperature);
    if (request.topP)
        body.insert(QStringLiteral("top_p"), *request.topP);
    if (request.maxTokens)
        body.insert(QStringLiteral("max_tokens"), *request.maxTokens);
    if (request.n)
        body.insert(QStringLiteral("n"), *request.n);
    if (request.seed)
        body.insert(QStringLiteral("seed"), integerValue(*request.seed));
    if (!request.stop.isEmpty())
        body.insert(QStringLiteral("stop"), QJsonArray::fromStringList(request.stop));
    body.insert(QStringLiteral("stream"), request.stream);
    if (request.stream) {
        // Without it a streamed answer carries no token counts at all.
        body.insert(QStringLiteral("stream_options"),
                    QJsonObject{{QStringLiteral("include_usage"), true}});
    }
    switch (request.format) {
    case ChatRequest::Format::Text:
        break;
    case ChatRequest::Format::JsonObject:
        body.insert(QStringLiteral("response_format"),
                    QJsonObject{{QStringLiteral("type"), QStringLiteral("json_object")}});
        break;
    case ChatRequest::Format::JsonSchema: {
        // OpenAI requires a name; "response" is what its SDK helpers fall back to.
        const QString name =
            request.schemaName.isEmpty() ? QStringLiteral("response") : request.schemaName;
        const QJsonObject schema{{QStringLiteral("name"), name},
                                 {QStringLiteral("schema"), request.schema},
                                 {QStringLiteral("strict"), true}};
        body.insert(QStringLiteral("response_format"),
                    QJsonObject{{QStringLiteral("type"), QStringLiteral("json_schema")},
                                {QStringLiteral("json_schema"), schema}});
        break;
    }
    }
    return body;
}

QJsonObject ollamaBody(const ChatRequest &request)
{
    QJsonObject body;
    body.insert(QStringLiteral("model"), request.model);
    body.insert(QStringLiteral("messages"), messagesArray(request.messages, true));
    body.insert(QStringLiteral("stream"), request.stream);
    QJsonObject options;
    if (request.temperature)
        options.insert(QStringLiteral("temperature"), *request.temperature);
    if (request.topP)
        options.insert(QStringLiteral("top_p"), *request.topP);
    if (request.maxTokens)
        options.insert(QStringLiteral("num_predict"), *request.maxTokens);
    if (request.seed)
        options.insert(QStringLiteral("seed"), integerValue(*request.seed));
    if (!request.stop.isEmpty())
        options.insert(QStringLiteral("stop"), QJsonArray::fromStringList(request.stop));
    if (!options.isEmpty())
        body.insert(QStringLiteral("options"), options);
    switch (request.format) {
    case ChatRequest::Format::Text:
        break;
    case ChatRequest::Format::JsonObject:
        body.insert(QStringLiteral("format"), QStringLiteral("json"));
        break;
    case ChatRequest::Format::JsonSchema:
        body.insert(QStringLiteral("format"), request.schema);
        break;
    }
    return body;
}

QJsonObject anthropicBody(const ChatRequest &request)
{
    QJsonObject body;
    body.insert(QStringLiteral("model"), request.model);
    QStringList system;
    for (const ChatMessage &message : request.messages) {
        if (message.role == QLatin1String("system"))
            system.append(message.content);
    }
    if (!system.isEmpty())
        body.insert(QStringLiteral("system"), system.join(QStringLiteral("\n\n")));
    body.insert(QStringLiteral("messages"), messagesArray(request.messages, false));
    body.insert(QStringLiteral("max_tokens"),
                request.maxTokens.value_or(anthropicDefaultMaxTokens));
    if (request.temperature)
        body.insert(QStringLiteral("temperature"), *request.temperature);
    if (request.topP)
        body.insert(QStringLiteral("top_p"), *request.topP);
    if (!request.stop.isEmpty())
        body.insert(QStringLiteral("stop_sequences"), QJsonArray::fromStringList(request.stop));
    body.insert(QStringLiteral("stream"), request.stream);
    return body;
}

/* Parses a JSON response body into an object, or fills \a error: a provider error object
   ({"error": {...}} or {"error": "..."}) becomes a Provider error, anything unreadable a
   Protocol error. */
bool readObject(const QByteArray &body, QJsonObject *object, ChatError *error)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(body, &parseError);
    if (document.isNull() || !document.isObject()) {
        if (error) {
            error->kind = ChatError::Kind::Protocol;
            error->message =
                document.isNull()
                    ? Text::tr("The server sent a response that is not valid JSON (%1 at byte %2).")
                          .arg(parseError.errorString())
                          .arg(parseError.offset)
                    : Text::tr("The server sent a response that is not a JSON object.");
        }
        return false;
    }
    *object = document.object();
    const QJsonValue problem = object->value(QLatin1String("error"));
    if (problem.isUndefined() || problem.isNull())
        return true;
    if (error) {
        error->kind = ChatError::Kind::Provider;
        if (problem.isObject()) {
            const QJsonObject details = problem.toObject();
            error->type = details.value(QLatin1String("type")).toString();
            if (error->type.isEmpty()) {
                const QJsonValue code = details.value(QLatin1String("code"));
                error->type = code.isDouble() ? QString::number(code.toInteger()) : code.toString();
            }
            error->message = details.value(QLatin1String("message")).toString();
        } else {
            error->message = problem.toString();
        }
        if (error->message.isEmpty())
            error->message = Text::tr("The server reported an error without a message.");
    }
    return false;
}

void setProtocolError(ChatError *error, const QString &message)
{
    if (error) {
        error->kind = ChatError::Kind::Protocol;
        error->message = message;
    }
}

bool readVector(const QJsonValue &value, QList<float> *vector)
{
    vector->clear();
    if (value.isArray()) {
        const QJsonArray numbers = value.toArray();
        vector->reserve(numbers.size());
        for (const QJsonValue &number : numbers) {
            if (!number.isDouble())
                return false;
            vector->append(float(number.toDouble()));
        }
        return true;
    }
    if (value.isString()) {
        // encoding_format "base64": little-endian float32, as some servers send by default.
        const auto decoded = QByteArray::fromBase64Encoding(
            value.toString().toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
        if (!decoded || decoded.decoded.size() % qsizetype(sizeof(float)) != 0)
            return false;
        const qsizetype count = decoded.decoded.size() / qsizetype(sizeof(float));
        vector->reserve(count);
        for (qsizetype i = 0; i < count; ++i)
            vector->append(qFromLittleEndian<float>(decoded.decoded.constData() + i * 4));
        return true;
    }
    return false;
}
} // namespace

HttpCall RequestBuilder::chat(Protocol protocol, const ChatRequest &request)
{
    HttpCall call;
    call.method = QByteArrayLiteral("POST");
    call.headers = jsonHeaders(request.stream, protocol);
    switch (protocol) {
    case Protocol::OpenAiCompatible:
        call.path = QStringLiteral("/chat/completions");
        call.body = compact(openAiBody(request));
        break;
    case Protocol::OllamaNative:
        call.path = QStringLiteral("/api/chat");
        call.body = compact(ollamaBody(request));
        break;
    case Protocol::Anthropic:
        call.path = QStringLiteral("/v1/messages");
        call.body = compact(anthropicBody(request));
        break;
    }
    return call;
}

HttpCall RequestBuilder::embeddings(Protocol protocol, const QString &model,
                                    const QStringList &input)
{
    HttpCall call;
    const QJsonObject body{{QStringLiteral("model"), model},
                           {QStringLiteral("input"), QJsonArray::fromStringList(input)}};
    switch (protocol) {
    case Protocol::OpenAiCompatible:
        call.path = QStringLiteral("/embeddings");
        break;
    case Protocol::OllamaNative:
        call.path = QStringLiteral("/api/embed");
        break;
    case Protocol::Anthropic:
        // There is nothing to call; parseEmbeddings() explains why.
        call.method.clear();
        return call;
    }
    call.method = QByteArrayLiteral("POST");
    call.headers = jsonHeaders(false, protocol);
    call.body = compact(body);
    return call;
}

HttpCall RequestBuilder::listModels(Protocol protocol)
{
    HttpCall call;
    call.method = QByteArrayLiteral("GET");
    call.headers.append({QByteArrayLiteral("Accept"), QByteArrayLiteral("application/json")});
    switch (protocol) {
    case Protocol::OpenAiCompatible:
        call.path = QStringLiteral("/models");
        break;
    case Protocol::OllamaNative:
        call.path = QStringLiteral("/api/tags");
        break;
    case Protocol::Anthropic:
        call.path = QStringLiteral("/v1/models");
        break;
    }
    return call;
}

QList<QPair<QByteArray, QByteArray>> RequestBuilder::authHeaders(Protocol protocol,
                                                                 const QByteArray &key)
{
    QList<QPair<QByteArray, QByteArray>> headers;
    switch (protocol) {
    case Protocol::OpenAiCompatible:
    case Protocol::OllamaNative:
        // Local servers (Ollama, vLLM, llama.cpp, LM Studio) usually need no key.
        if (!key.isEmpty())
            headers.append(
                {QByteArrayLiteral("Authorization"), QByteArrayLiteral("Bearer ") + key});
        break;
    case Protocol::Anthropic:
        if (!key.isEmpty())
            headers.append({QByteArrayLiteral("x-api-key"), key});
        headers.append({QByteArrayLiteral("anthropic-version"), QByteArrayLiteral("2023-06-01")});
        break;
    }
    return headers;
}

bool RequestBuilder::parseEmbeddings(Protocol protocol, const QByteArray &body,
                                     QList<QList<float>> *vectors, ChatError *error)
{
    if (vectors)
        vectors->clear();
    if (protocol == Protocol::Anthropic) {
        if (error) {
            error->kind = ChatError::Kind::Provider;
            error->type = QStringLiteral("not_supported");
            error->message = Text::tr("Anthropic offers no embeddings. Use an OpenAI-compatible "
                                      "or Ollama profile for embeddings.");
        }
        return false;
    }
    QJsonObject object;
    if (!readObject(body, &object, error))
        return false;
    QList<QList<float>> result;
    if (protocol == Protocol::OllamaNative) {
        const QJsonValue embeddings = object.value(QLatin1String("embeddings"));
        if (!embeddings.isArray()) {
            setProtocolError(
                error,
                Text::tr("The response has no \"%1\" list.").arg(QLatin1String("embeddings")));
            return false;
        }
        const QJsonArray list = embeddings.toArray();
        result.reserve(list.size());
        for (const QJsonValue &value : list) {
            QList<float> vector;
            if (!readVector(value, &vector)) {
                setProtocolError(error, Text::tr("An embedding in the response is not a list "
                                                 "of numbers."));
                return false;
            }
            result.append(vector);
        }
    } else {
        const QJsonValue data = object.value(QLatin1String("data"));
        if (!data.isArray()) {
            setProtocolError(
                error, Text::tr("The response has no \"%1\" list.").arg(QLatin1String("data")));
            return false;
        }
        const QJsonArray list = data.toArray();
        // The order of the list is not promised; "index" is.
        QList<QPair<qint64, QList<float>>> indexed;
        indexed.reserve(list.size());
        for (qsizetype i = 0; i < list.size(); ++i) {
            const QJsonObject item = list.at(i).toObject();
            QList<float> vector;
            if (!readVector(item.value(QLatin1String("embedding")), &vector)) {
                setProtocolError(error, Text::tr("An embedding in the response is not a list "
                                                 "of numbers."));
                return false;
            }
            indexed.append({item.value(QLatin1String("index")).toInteger(i), vector});
        }
        std::stable_sort(indexed.begin(), indexed.end(),
                         [](const auto &a, const auto &b) { return a.first < b.first; });
        result.reserve(indexed.size());
        for (auto &entry : indexed)
            result.append(std::move(entry.second));
    }
    if (vectors)
        *vectors = std::move(result);
    return true;
}

bool RequestBuilder::parseModelList(Protocol protocol, const QByteArray &body, QStringList *models,
                                    ChatError *error)
{
    if (models)
        models->clear();
    QJsonObject object;
    if (!readObject(body, &object, error))
        return false;
    const bool ollama = protocol == Protocol::OllamaNative;
    const QLatin1String listKey = ollama ? QLatin1String("models") : QLatin1String("data");
    const QJsonValue list = object.value(listKey);
    if (!list.isArray()) {
        setProtocolError(error, Text::tr("The response has no \"%1\" list.").arg(listKey));
        return false;
    }
    QStringList names;
    const QJsonArray entries = list.toArray();
    for (const QJsonValue &entry : entries) {
        const QJsonObject item = entry.toObject();
        QString name = item.value(ollama ? QLatin1String("name") : QLatin1String("id")).toString();
        if (name.isEmpty() && ollama)
            name = item.value(QLatin1String("model")).toString();
        if (!name.isEmpty())
            names.append(name);
    }
    if (models)
        *models = names;
    return true;
}

} // namespace Seedbed::Llm
