#include "models/llm/llmclient.h"

#include "models/llm/httpclient.h"
#include "models/llm/ratelimiter.h"
#include "models/llm/redactor.h"
#include "models/llm/requestbuilder.h"
#include "models/llm/retrypolicy.h"
#include "models/llm/streamparser.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QRegularExpression>
#include <QThread>
#include <QTimer>

#include <algorithm>
#include <deque>
#include <limits>
#include <map>
#include <memory>
#include <unordered_map>
#include <unordered_set>
#include <vector>

namespace Seedbed::Llm {

namespace {

// Messages of the worker are the client's: one translation context, Seedbed::Llm::LlmClient.
struct ClientText
{
    Q_DECLARE_TR_FUNCTIONS(Seedbed::Llm::LlmClient)
};

Q_LOGGING_CATEGORY(lcTransport, "seedbed.llm.transport", QtInfoMsg)

// Enough of an error body for its message; a hostile server cannot make us hold more.
constexpr qsizetype maxErrorBodyBytes = 64 * 1024;
// An embeddings body is read whole before it is parsed: room for 8,192 dimensions of decimal
// text per input, and no more.
constexpr qsizetype maxEmbeddingBodyBytes = 1024 * 1024;
constexpr qsizetype maxEmbeddingBytesPerInput = 256 * 1024;
// The text (content and reasoning of all choices) one streamed chat response may build up:
// several times the longest output any model offers today (128k tokens), and a bound on what a
// hostile server can make us hold (8 MB: a QString has two bytes a character).
constexpr qsizetype maxChatTextChars = 4'000'000;
constexpr qint64 never = std::numeric_limits<qint64>::max();

bool isCjk(char32_t c)
{
    return (c >= 0x1100 && c <= 0x11FF) || (c >= 0x2E80 && c <= 0x2FDF) ||
           (c >= 0x3000 && c <= 0x9FFF) || (c >= 0xA960 && c <= 0xA97F) ||
           (c >= 0xAC00 && c <= 0xD7FF) || (c >= 0xF900 && c <= 0xFAFF) ||
           (c >= 0xFE30 && c <= 0xFE4F) || (c >= 0xFF00 && c <= 0xFFEF) ||
           (c >= 0x20000 && c <= 0x3FFFF);
}

QString displayUrl(const QUrl &url)
{
    return url.adjusted(QUrl::RemoveUserInfo | QUrl::RemoveQuery | QUrl::RemoveFragment).toString();
}

QString seconds(qint64 ms)
{
    return QString::number(double(ms) / 1000.0);
}

// The message and type of an error body: OpenAI/Anthropic {"error":{"message","type"}},
// Ollama {"error":"…"}, a bare {"message"}, or the body's text (HTML tags stripped).
struct ErrorDetail
{
    QString type;
    QString message;
};

ErrorDetail errorDetail(const QByteArray &body)
{
    ErrorDetail detail;
    const QJsonDocument document = QJsonDocument::fromJson(body);
    QJsonObject object = document.object();
    if (document.isArray() && !document.array().isEmpty())
        object = document.array().first().toObject();
    const QJsonValue error = object.value(QLatin1StringView("error"));
    if (error.isObject()) {
        const QJsonObject e = error.toObject();
        detail.message = e.value(QLatin1StringView("message")).toString();
        detail.type = e.value(QLatin1StringView("type")).toString();
        if (detail.type.isEmpty()) {
            const QJsonValue code = e.value(QLatin1StringView("code"));
            detail.type = code.isString() ? code.toString() : QString();
        }
    } else if (error.isString()) {
        detail.message = error.toString();
    } else if (object.value(QLatin1StringView("message")).isString()) {
        detail.message = object.value(QLatin1StringView("message")).toString();
        detail.type = object.value(QLatin1StringView("type")).toString();
    }
    if (detail.message.isEmpty() && !document.isObject() && !document.isArray()) {
        QString text = QString::fromUtf8(body);
        static const QRegularExpression tags(QStringLiteral("<[^>]*>"));
        text.remove(tags);
        detail.message = text.simplified().left(300);
    }
    return detail;
}

// The top-level members \a names of the JSON object \a body, found in one pass that skips
// everything else unparsed: an embeddings response is megabytes of numbers, which
// RequestBuilder::parseEmbeddings() has read once already, while its usage is a few bytes.
// Names are compared as written, without unescaping.
QJsonObject topLevelMembers(QByteArrayView body, std::initializer_list<QLatin1StringView> names)
{
    QJsonObject found;
    const qsizetype size = body.size();
    qsizetype i = 0;
    const auto skipSpace = [&] {
        while (i < size &&
               (body[i] == ' ' || body[i] == '\t' || body[i] == '\n' || body[i] == '\r'))
            ++i;
    };
    const auto skipString = [&] { // from the opening quote to past the closing one
        for (++i; i < size; ++i) {
            if (body[i] == '\\')
                ++i;
            else if (body[i] == '"')
                return ++i, true;
        }
        return false;
    };
    const auto skipValue = [&] { // to the ',' or '}' after the value
        int depth = 0;
        while (i < size) {
            const char c = body[i];
            if (c == '"') {
                if (!skipString())
                    return false;
                continue;
            }
            if (depth == 0 && (c == ',' || c == '}'))
                return true;
            if (c == '{' || c == '[')
                ++depth;
            else if (c == '}' || c == ']')
                --depth;
            ++i;
        }
        return false;
    };
    skipSpace();
    if (i >= size || body[i] != '{')
        return found;
    ++i;
    for (;;) {
        skipSpace();
        if (i >= size || body[i] != '"')
            return found;
        const qsizetype keyStart = i + 1;
        if (!skipString())
            return found;
        const QByteArrayView key = body.sliced(keyStart, i - 1 - keyStart);
        skipSpace();
        if (i >= size || body[i] != ':')
            return found;
        const qsizetype valueStart = ++i;
        if (!skipValue())
            return found;
        for (const QLatin1StringView name : names) {
            if (key == QByteArrayView(name.data(), name.size())) {
                QByteArray wrapped;
                wrapped.append('[').append(body.sliced(valueStart, i - valueStart)).append(']');
                found.insert(name, QJsonDocument::fromJson(wrapped).array().at(0));
            }
        }
        if (body[i] != ',')
            return found;
        ++i;
    }
}

} // namespace

/* The worker: lives in LlmClient's thread and does everything there. */
class LlmTransport : public QObject
{
    Q_OBJECT

public:
    explicit LlmTransport(QObject *parent = nullptr);
    ~LlmTransport() override;

    void submit(quint64 id, const ProviderProfile &profile, const QByteArray &key,
                const ChatRequest &request);
    void submitEmbeddings(quint64 id, const ProviderProfile &profile, const QByteArray &key,
                          const QString &model, const QStringList &inputs, int maxInputs,
                          qint64 maxTokens);
    void cancel(quint64 id);
    void cancelAll();

Q_SIGNALS:
    void delta(quint64 id, int choice, const QString &content, const QString &reasoning);
    void attemptRestarted(quint64 id);
    void finished(quint64 id, const Seedbed::Llm::ChatResult &result);
    void embeddingsFinished(quint64 id, const Seedbed::Llm::EmbeddingResult &result);

private:
    struct Request;
    // A request is the caller's id and a part: 0 for a chat, the batch for an embedding.
    using Key = std::pair<quint64, int>;

    struct Profile
    {
        explicit Profile(RateLimiter::Clock clock)
            : limiter(RateLimiter::Limits(), std::move(clock))
        {}
        RateLimiter limiter;
        std::deque<Request *> queue;
        qint64 wakeAt = -1; // when the limiter may admit the head of the queue
    };

    enum class Phase { Queued, Active, Sleeping };
    // What a request asks for: the attempts, retries, timeouts and scheduling are the same.
    enum class Kind { Chat, Embeddings };

    // One submitEmbeddings(): what its batches have brought back so far.
    struct Embedding
    {
        QString model;
        QList<QList<float>> vectors; // one per input
        Usage usage;
        int attempts = 0;      // of the batches that are over
        qint64 startedAt = -1; // the first attempt of any batch
        int pending = 0;       // batches not over yet
    };

    struct Request
    {
        quint64 id = 0;
        int part = 0;
        Kind kind = Kind::Chat;
        Profile *profile = nullptr;
        ChatRequest chat;               // Kind::Chat
        Embedding *embedding = nullptr; // Kind::Embeddings: the whole request
        qsizetype first = 0;            // Kind::Embeddings: the batch's first input
        qsizetype count = 0;            // Kind::Embeddings: its number of inputs
        bool streaming = false;
        Protocol protocol = Protocol::OpenAiCompatible;
        QByteArray key; // only to scrub it out of server messages
        HttpRequest http;
        QString displayUrl;
        int maxAttempts = 3;
        int connectTimeoutMs = 0;
        int idleTimeoutMs = 0;
        int totalTimeoutMs = 0;
        qint64 admissionTokens = 0;

        Phase phase = Phase::Queued;
        int attempt = 0;
        qint64 startedAt = -1;
        qint64 wakeAt = 0;
        RateLimiter::Permit permit;

        // The current attempt.
        HttpExchange *reply = nullptr;
        std::unique_ptr<StreamParser> parser;
        qint64 attemptStartedAt = 0;
        qint64 lastActivityAt = 0;
        qint64 firstTokenAt = -1;
        bool sent = false;
        bool receiving = false;
        int status = 0;
        RetryPolicy::Headers headers;
        QByteArray errorBody;
        QByteArray response; // Kind::Embeddings: the body, parsed once it is complete

        // Kind::Embeddings, once the batch has succeeded.
        QList<QList<float>> vectors;
        Usage usage;
        QString model;
    };

    qint64 now() const { return m_clock.elapsed(); }
    Request *current(const Key &key, const HttpExchange *reply) const;
    Profile *profileFor(const ProviderProfile &profile);

    Request *newRequest(const Key &key, Kind kind, const ProviderProfile &profile,
                        const QByteArray &apiKey);
    bool prepare(Request *r, const ProviderProfile &profile, const QByteArray &apiKey,
                 const HttpCall &call, ChatError *error);
    void pump(Profile *profile);
    void startAttempt(Request *r);
    void onMetaData(Request *r);
    void onReadyRead(Request *r);
    void onReplyFinished(Request *r);
    void completeChat(Request *r);
    void completeBatch(Request *r);
    void emitDeltas(Request *r, const QList<StreamParser::Delta> &deltas);
    void detach(Request *r);
    void withdraw(Request *r);
    void failAttempt(Request *r, ChatError error);
    void succeed(Request *r);
    void finishRequest(Request *r, const ChatError &error);
    void finishChat(Request *r, const ChatError &error);
    void finishBatch(Request *r, const ChatError &error);
    void finishEmbedding(quint64 id, const ChatError &error);
    void cancelRequest(Request *r);

    ChatError httpError(const Request *r) const;
    ChatError networkError(const Request *r, HttpExchange::Failure failure,
                           const QString &detail) const;
    QString scrubbed(const Request *r, QString text) const;

    qint64 deadline(const Request *r) const;
    void armWatchdog(qint64 due);
    void onWatchdog();
    void armWake(qint64 due);
    void onWake();

    QElapsedTimer m_clock;
    QTimer m_watchdog; // the earliest timeout among the attempts in flight
    qint64 m_watchdogDue = never;
    QTimer m_wake; // the earliest retry or rate-limit wait
    qint64 m_wakeDue = never;
    bool m_holdPump = false;

    std::map<Key, std::unique_ptr<Request>> m_requests; // by id, then part
    std::unordered_map<quint64, std::unique_ptr<Embedding>> m_embeddings;
    std::unordered_set<Request *> m_active;
    std::multimap<qint64, Request *> m_sleepers;
    std::map<QString, std::unique_ptr<Profile>> m_profiles;
    HttpClient *m_http = nullptr;
};

LlmTransport::LlmTransport(QObject *parent)
    : QObject(parent)
    , m_watchdog(this)
    , m_wake(this)
    , m_http(new HttpClient(this))
{
    m_clock.start();
    m_watchdog.setSingleShot(true);
    m_watchdog.setTimerType(Qt::PreciseTimer);
    connect(&m_watchdog, &QTimer::timeout, this, &LlmTransport::onWatchdog);
    m_wake.setSingleShot(true);
    m_wake.setTimerType(Qt::PreciseTimer);
    connect(&m_wake, &QTimer::timeout, this, &LlmTransport::onWake);
}

LlmTransport::~LlmTransport()
{
    // The owner is going away: abort quietly, no finished() for anyone.
    for (auto &[key, request] : m_requests)
        detach(request.get());
}

LlmTransport::Request *LlmTransport::current(const Key &key, const HttpExchange *reply) const
{
    const auto it = m_requests.find(key);
    if (it == m_requests.end() || it->second->reply != reply)
        return nullptr; // a signal of an attempt that is already over
    return it->second.get();
}

LlmTransport::Profile *LlmTransport::profileFor(const ProviderProfile &profile)
{
    const QString key = profile.id.isEmpty()
                            ? profile.name + QLatin1Char('\n') + profile.baseUrl.toString()
                            : profile.id;
    auto &slot = m_profiles[key];
    if (!slot)
        slot = std::make_unique<Profile>([this] { return now(); });
    slot->limiter.setLimits(
        {profile.maxConcurrency, profile.requestsPerMinute, profile.tokensPerMinute});
    return slot.get();
}

LlmTransport::Request *LlmTransport::newRequest(const Key &key, Kind kind,
                                                const ProviderProfile &profile,
                                                const QByteArray &apiKey)
{
    auto owned = std::make_unique<Request>();
    Request *r = owned.get();
    r->id = key.first;
    r->part = key.second;
    r->kind = kind;
    r->protocol = profile.protocol;
    r->key = apiKey;
    r->maxAttempts = std::max(1, profile.maxAttempts);
    r->connectTimeoutMs = std::max(0, profile.connectTimeoutMs);
    r->idleTimeoutMs = std::max(0, profile.idleTimeoutMs);
    r->totalTimeoutMs = std::max(0, profile.totalTimeoutMs);
    r->profile = profileFor(profile);
    m_requests.emplace(key, std::move(owned));
    return r;
}

bool LlmTransport::prepare(Request *r, const ProviderProfile &profile, const QByteArray &apiKey,
                           const HttpCall &call, ChatError *error)
{
    QUrl url = profile.baseUrl;
    const QString scheme = url.scheme().toLower();
    const bool https = scheme == QLatin1StringView("https");
    if (!url.isValid() || url.host().isEmpty() || (!https && scheme != QLatin1StringView("http"))) {
        r->displayUrl = displayUrl(url);
        error->kind = ChatError::Kind::Connection;
        error->message = ClientText::tr("The base URL “%1” of provider “%2” is not a valid http "
                                        "or https URL.")
                             .arg(r->displayUrl, profile.name);
        return false;
    }
    QString path = url.path();
    while (path.endsWith(QLatin1Char('/')))
        path.chop(1);
    url.setPath(path + call.path);
    r->displayUrl = displayUrl(url);

    HttpRequest http;
    http.url = url;
    bool hasContentType = false;
    for (const auto &[name, value] : call.headers) {
        hasContentType |= name.compare("content-type", Qt::CaseInsensitive) == 0;
        http.headers.append({name, value});
    }
    // Also without a key: Anthropic's version header comes from here.
    for (const auto &[name, value] : RequestBuilder::authHeaders(profile.protocol, apiKey))
        http.headers.append({name, value});
    if (!hasContentType)
        http.headers.append({QByteArray("Content-Type"), QByteArray("application/json")});
    http.method = call.method.isEmpty() ? QByteArray("POST") : call.method.toUpper();
    http.body = call.body;
    r->http = std::move(http);
    r->phase = Phase::Queued;
    return true;
}

void LlmTransport::submit(quint64 id, const ProviderProfile &profile, const QByteArray &key,
                          const ChatRequest &request)
{
    Request *r = newRequest({id, 0}, Kind::Chat, profile, key);
    r->chat = request;
    r->streaming = request.stream;
    r->admissionTokens = LlmClient::estimatePromptTokens(request) +
                         qint64(request.maxTokens.value_or(0)) * std::max(1, request.n.value_or(1));
    ChatError error;
    if (!prepare(r, profile, key, RequestBuilder::chat(profile.protocol, request), &error)) {
        finishRequest(r, error);
        return;
    }
    r->profile->queue.push_back(r);
    pump(r->profile);
}

void LlmTransport::submitEmbeddings(quint64 id, const ProviderProfile &profile,
                                    const QByteArray &key, const QString &model,
                                    const QStringList &inputs, int maxInputs, qint64 maxTokens)
{
    auto owned = std::make_unique<Embedding>();
    Embedding *e = owned.get();
    e->model = model;
    m_embeddings.emplace(id, std::move(owned));
    if (profile.protocol == Protocol::Anthropic) {
        ChatError error;
        error.kind = ChatError::Kind::Provider;
        error.type = QStringLiteral("not_supported");
        error.message = ClientText::tr("Anthropic offers no embeddings endpoint; use an "
                                       "OpenAI-compatible or Ollama profile for embedding dedup.");
        finishEmbedding(id, error);
        return;
    }

    // Consecutive inputs, at most maxInputs of them and maxTokens estimated tokens a batch, but
    // at least one input.
    struct Batch
    {
        qsizetype first = 0;
        qsizetype count = 0;
        qint64 tokens = 0;
    };
    std::vector<Batch> batches;
    for (qsizetype i = 0; i < inputs.size(); ++i) {
        const qint64 tokens = LlmClient::estimateTokens(inputs.at(i));
        if (batches.empty() || batches.back().count >= maxInputs ||
            (maxTokens > 0 && batches.back().tokens + tokens > maxTokens)) {
            batches.push_back({i, 0, 0});
        }
        ++batches.back().count;
        batches.back().tokens += tokens;
    }
    if (batches.empty()) {
        e->usage.promptTokens = 0;
        e->usage.completionTokens = 0;
        finishEmbedding(id, ChatError());
        return;
    }
    e->vectors.resize(inputs.size());
    e->pending = int(batches.size());

    std::vector<Request *> prepared;
    for (const Batch &batch : batches) {
        Request *r = newRequest({id, int(prepared.size())}, Kind::Embeddings, profile, key);
        r->embedding = e;
        r->first = batch.first;
        r->count = batch.count;
        r->admissionTokens = batch.tokens;
        const HttpCall call = RequestBuilder::embeddings(profile.protocol, model,
                                                         inputs.mid(batch.first, batch.count));
        ChatError error;
        if (!prepare(r, profile, key, call, &error)) {
            finishRequest(r, error); // and with it the batches prepared so far
            return;
        }
        prepared.push_back(r);
    }
    Profile *scheduled = prepared.front()->profile;
    for (Request *r : prepared)
        scheduled->queue.push_back(r);
    pump(scheduled);
}

void LlmTransport::pump(Profile *profile)
{
    if (m_holdPump)
        return;
    while (!profile->queue.empty()) {
        Request *r = profile->queue.front();
        const RateLimiter::Permit permit = profile->limiter.tryAcquire(r->admissionTokens);
        if (!permit.granted) {
            // Concurrency waits for a release (which pumps again); a bucket waits for time.
            if (permit.waitMs > 0) {
                profile->wakeAt = now() + permit.waitMs;
                armWake(profile->wakeAt);
            }
            return;
        }
        profile->queue.pop_front();
        r->permit = permit;
        startAttempt(r);
    }
}

void LlmTransport::startAttempt(Request *r)
{
    const qint64 t = now();
    ++r->attempt;
    if (r->startedAt < 0)
        r->startedAt = t;
    r->phase = Phase::Active;
    r->attemptStartedAt = t;
    r->lastActivityAt = t;
    r->firstTokenAt = -1;
    r->sent = false;
    r->receiving = false;
    r->status = 0;
    r->headers.clear();
    r->errorBody.clear();
    r->response.clear();
    if (r->kind == Kind::Chat)
        r->parser = std::make_unique<StreamParser>(r->protocol, r->streaming);
    HttpExchange *reply = m_http->send(r->http);
    r->reply = reply;
    const Key key{r->id, r->part};
    // Looked up by key on every signal: an attempt that is over (or a request that is gone)
    // simply no longer matches.
    connect(reply, &HttpExchange::sent, this, [this, key, reply] {
        if (Request *q = current(key, reply)) {
            q->sent = true;
            q->lastActivityAt = now();
            armWatchdog(deadline(q)); // the idle timeout may be due before the connect timeout
        }
    });
    connect(reply, &HttpExchange::metaDataChanged, this, [this, key, reply] {
        if (Request *q = current(key, reply))
            onMetaData(q);
    });
    connect(reply, &HttpExchange::readyRead, this, [this, key, reply] {
        if (Request *q = current(key, reply))
            onReadyRead(q);
    });
    connect(reply, &HttpExchange::finished, this, [this, key, reply] {
        if (Request *q = current(key, reply))
            onReplyFinished(q);
    });
    m_active.insert(r);
    qCDebug(lcTransport).noquote() << "request" << r->id << "part" << r->part << "attempt"
                                   << r->attempt << "to" << r->displayUrl;
    armWatchdog(deadline(r));
}

void LlmTransport::onMetaData(Request *r)
{
    r->status = r->reply->status();
    r->headers = r->reply->headers();
    r->receiving = true;
    r->lastActivityAt = now();
    armWatchdog(deadline(r));
}

void LlmTransport::onReadyRead(Request *r)
{
    r->lastActivityAt = now();
    r->receiving = true;
    const QByteArray data = r->reply->readAll();
    if (data.isEmpty())
        return;
    if (r->status >= 300) {
        const qsizetype room = maxErrorBodyBytes - r->errorBody.size();
        if (room > 0)
            r->errorBody.append(data.left(room));
        // That much says what went wrong; the rest is not read. A 100 MB error body would be
        // downloaded only to be dropped, and QtNetwork buffers what it reads ahead of us
        // (tst_networkfaults).
        if (r->errorBody.size() >= maxErrorBodyBytes)
            failAttempt(r, httpError(r));
        return;
    }
    if (r->kind == Kind::Embeddings) {
        const qsizetype limit = maxEmbeddingBodyBytes + r->count * maxEmbeddingBytesPerInput;
        if (r->response.size() + data.size() > limit) {
            ChatError error;
            error.kind = ChatError::Kind::Protocol;
            error.message = ClientText::tr("The response of %1 is larger than %2 MiB.")
                                .arg(r->displayUrl, QString::number(limit / (1024 * 1024)));
            failAttempt(r, error);
            return;
        }
        r->response.append(data);
        return;
    }
    emitDeltas(r, r->parser->feed(data));
    if (r->parser->hasError()) {
        failAttempt(r, r->parser->result().error);
        return;
    }
    qsizetype text = 0;
    for (const ChatChoice &choice : r->parser->result().choices)
        text += choice.content.size() + choice.reasoning.size();
    if (text > maxChatTextChars) {
        ChatError error;
        error.kind = ChatError::Kind::Protocol;
        error.message = ClientText::tr("The response of %1 exceeded %2 million characters of "
                                       "text and was stopped.")
                            .arg(r->displayUrl, QString::number(maxChatTextChars / 1000000));
        failAttempt(r, error);
    }
}

void LlmTransport::onReplyFinished(Request *r)
{
    HttpExchange *reply = r->reply;
    if (reply->bytesAvailable() > 0) {
        const Key key{r->id, r->part};
        onReadyRead(r);
        if (!current(key, reply))
            return; // the last bytes ended the attempt (and maybe the request: r is stale)
    }
    if (r->status >= 300) {
        failAttempt(r, httpError(r));
        return;
    }
    if (reply->failure() != HttpExchange::Failure::None) {
        failAttempt(r, networkError(r, reply->failure(), reply->errorString()));
        return;
    }
    if (r->kind == Kind::Embeddings)
        completeBatch(r);
    else
        completeChat(r);
}

void LlmTransport::completeChat(Request *r)
{
    // Choices the server had not finished before the body ended were cut off.
    const QList<ChatChoice> &before = r->parser->result().choices;
    const bool unfinished =
        before.isEmpty() || std::any_of(before.cbegin(), before.cend(), [](const auto &c) {
            return c.finish == FinishReason::Unknown;
        });
    emitDeltas(r, r->parser->finish());
    if (r->parser->hasError()) {
        failAttempt(r, r->parser->result().error);
        return;
    }
    if (!r->parser->isFinished() && unfinished) {
        ChatError error;
        error.kind = ChatError::Kind::Connection;
        error.message = ClientText::tr("The connection to %1 ended before the response was "
                                       "complete.")
                            .arg(r->displayUrl);
        failAttempt(r, error);
        return;
    }
    succeed(r);
}

void LlmTransport::completeBatch(Request *r)
{
    ChatError error;
    if (!RequestBuilder::parseEmbeddings(r->protocol, r->response, &r->vectors, &error)) {
        failAttempt(r, error);
        return;
    }
    if (r->vectors.size() != r->count) {
        error.kind = ChatError::Kind::Protocol;
        error.message =
            ClientText::tr("%1 returned %2 embeddings for %3 inputs.")
                .arg(r->displayUrl, QString::number(r->vectors.size()), QString::number(r->count));
        r->vectors.clear();
        failAttempt(r, error);
        return;
    }
    const bool ollama = r->protocol == Protocol::OllamaNative;
    const QLatin1StringView usageKey =
        ollama ? QLatin1StringView("prompt_eval_count") : QLatin1StringView("usage");
    const QJsonObject members =
        topLevelMembers(r->response, {usageKey, QLatin1StringView("model")});
    const QJsonValue prompt =
        ollama ? members.value(usageKey)
               : members.value(usageKey).toObject().value(QLatin1StringView("prompt_tokens"));
    r->usage.promptTokens = prompt.toInteger(-1);
    if (r->usage.promptTokens < 0) {
        r->usage.promptTokens = r->admissionTokens; // the estimate of the batch's inputs
        r->usage.estimated = true;
    }
    r->usage.completionTokens = 0;
    r->model = members.value(QLatin1StringView("model")).toString();
    r->response = QByteArray();
    succeed(r);
}

void LlmTransport::emitDeltas(Request *r, const QList<StreamParser::Delta> &deltas)
{
    if (deltas.isEmpty())
        return;
    // One signal per run of the same choice: a read that completed twenty chunks crosses the
    // thread boundary once.
    int choice = -1;
    QString content;
    QString reasoning;
    const auto flush = [&] {
        if (choice >= 0 && (!content.isEmpty() || !reasoning.isEmpty())) {
            if (r->firstTokenAt < 0)
                r->firstTokenAt = now();
            Q_EMIT delta(r->id, choice, content, reasoning);
        }
        content.clear();
        reasoning.clear();
    };
    for (const StreamParser::Delta &d : deltas) {
        if (d.choice != choice) {
            flush();
            choice = d.choice;
        }
        content += d.content;
        reasoning += d.reasoning;
    }
    flush();
}

void LlmTransport::detach(Request *r)
{
    if (!r->reply)
        return;
    HttpExchange *reply = std::exchange(r->reply, nullptr);
    m_active.erase(r);
    r->profile->limiter.release(r->permit);
    r->permit.granted = false;
    reply->abort(); // unless it is over, closes the connection: the server sees the request go
    reply->deleteLater();
}

void LlmTransport::withdraw(Request *r)
{
    switch (r->phase) {
    case Phase::Queued: {
        auto &queue = r->profile->queue;
        queue.erase(std::remove(queue.begin(), queue.end(), r), queue.end());
        break;
    }
    case Phase::Sleeping:
        for (auto it = m_sleepers.begin(); it != m_sleepers.end(); ++it) {
            if (it->second == r) {
                m_sleepers.erase(it);
                break;
            }
        }
        break;
    case Phase::Active:
        detach(r);
        break;
    }
}

void LlmTransport::failAttempt(Request *r, ChatError error)
{
    const RetryPolicy::Headers headers = r->headers;
    detach(r);
    error.message = scrubbed(r, error.message);
    const auto serverDelay = RetryPolicy::serverDelayMs(headers, QDateTime::currentDateTimeUtc());
    if (RetryPolicy::isRateLimit(error))
        r->profile->limiter.recordRateLimited(r->permit, serverDelay.value_or(0));

    if (r->attempt < r->maxAttempts && RetryPolicy::isRetryable(error, headers)) {
        const qint64 delay =
            RetryPolicy::delayMs(r->attempt - 1, headers, QDateTime::currentDateTimeUtc());
        qCDebug(lcTransport).noquote()
            << "request" << r->id << "attempt" << r->attempt << "failed (" << error.message
            << "); retrying in" << delay << "ms";
        if (r->kind == Kind::Chat)
            Q_EMIT attemptRestarted(r->id);
        r->parser.reset(); // what it parsed has just been disowned
        r->phase = Phase::Sleeping;
        r->wakeAt = now() + delay;
        m_sleepers.emplace(r->wakeAt, r);
        armWake(r->wakeAt);
        pump(r->profile);
        return;
    }
    qCDebug(lcTransport).noquote()
        << "request" << r->id << "failed after" << r->attempt << "attempt(s):" << error.message;
    finishRequest(r, error);
}

void LlmTransport::succeed(Request *r)
{
    detach(r);
    r->profile->limiter.recordSuccess();
    finishRequest(r, ChatError());
}

void LlmTransport::finishRequest(Request *r, const ChatError &error)
{
    if (r->kind == Kind::Embeddings)
        finishBatch(r, error);
    else
        finishChat(r, error);
}

void LlmTransport::finishChat(Request *r, const ChatError &error)
{
    ChatResult result = r->parser ? r->parser->result() : ChatResult();
    result.error = error;
    if (error.kind == ChatError::Kind::Cancelled) {
        for (ChatChoice &choice : result.choices) {
            if (choice.finish == FinishReason::Unknown)
                choice.finish = FinishReason::Cancelled;
        }
    }
    if (result.model.isEmpty())
        result.model = r->chat.model;
    result.attempts = r->attempt;
    const qint64 t = now();
    result.latencyMs = r->startedAt >= 0 ? t - r->startedAt : -1;
    result.timeToFirstTokenMs = r->firstTokenAt >= 0 ? r->firstTokenAt - r->startedAt : -1;
    if (!error.isError()) {
        LlmClient::completeUsage(result.usage, r->chat, result.choices);
        r->profile->limiter.recordUsage(r->permit,
                                        result.usage.promptTokens + result.usage.completionTokens);
    }
    const quint64 id = r->id;
    Profile *profile = r->profile;
    m_requests.erase({id, 0}); // r is gone from here on
    Q_EMIT finished(id, result);
    pump(profile);
}

void LlmTransport::finishBatch(Request *r, const ChatError &error)
{
    const quint64 id = r->id;
    Profile *profile = r->profile;
    Embedding *e = r->embedding;
    const auto absorb = [e](const Request *batch) {
        e->attempts += batch->attempt;
        if (batch->startedAt >= 0 && (e->startedAt < 0 || batch->startedAt < e->startedAt))
            e->startedAt = batch->startedAt;
    };
    absorb(r);
    if (!error.isError()) {
        std::move(r->vectors.begin(), r->vectors.end(), e->vectors.begin() + r->first);
        e->usage.promptTokens = std::max<qint64>(e->usage.promptTokens, 0) + r->usage.promptTokens;
        e->usage.completionTokens = 0;
        e->usage.estimated = e->usage.estimated || r->usage.estimated;
        if (!r->model.isEmpty())
            e->model = r->model;
        profile->limiter.recordUsage(r->permit, r->usage.promptTokens);
    }
    m_requests.erase({id, r->part}); // r is gone from here on
    if (error.isError()) {
        // The first batch that fails for good (or is cancelled) ends the whole request.
        std::vector<Key> rest;
        for (auto it = m_requests.lower_bound({id, 0});
             it != m_requests.end() && it->first.first == id; ++it) {
            rest.push_back(it->first);
        }
        for (const Key &key : rest) {
            Request *batch = m_requests.at(key).get();
            withdraw(batch);
            absorb(batch);
            m_requests.erase(key);
        }
        finishEmbedding(id, error);
    } else if (--e->pending == 0) {
        finishEmbedding(id, ChatError());
    }
    pump(profile);
}

void LlmTransport::finishEmbedding(quint64 id, const ChatError &error)
{
    const auto it = m_embeddings.find(id);
    Embedding *e = it->second.get();
    EmbeddingResult result;
    result.model = e->model;
    if (!error.isError())
        result.vectors = std::move(e->vectors);
    result.usage = e->usage;
    result.error = error;
    result.attempts = e->attempts;
    result.latencyMs = e->startedAt >= 0 ? now() - e->startedAt : -1;
    m_embeddings.erase(it);
    Q_EMIT embeddingsFinished(id, result);
}

void LlmTransport::cancelRequest(Request *r)
{
    withdraw(r);
    ChatError error;
    error.kind = ChatError::Kind::Cancelled;
    error.message = ClientText::tr("The request was cancelled.");
    qCDebug(lcTransport) << "request" << r->id << "cancelled";
    finishRequest(r, error);
}

void LlmTransport::cancel(quint64 id)
{
    // The first part stands for the whole request: cancelling one batch ends them all.
    const auto it = m_requests.lower_bound({id, 0});
    if (it != m_requests.end() && it->first.first == id)
        cancelRequest(it->second.get());
}

void LlmTransport::cancelAll()
{
    // Queued requests first and without pumping, so that none starts only to be aborted.
    std::vector<quint64> ids;
    ids.reserve(m_requests.size());
    for (const auto &[key, request] : m_requests) {
        if (ids.empty() || ids.back() != key.first)
            ids.push_back(key.first); // in order: the map is sorted by id
    }
    m_holdPump = true;
    for (const quint64 id : ids)
        cancel(id);
    m_holdPump = false;
    for (const auto &[key, profile] : m_profiles)
        pump(profile.get());
}

QString LlmTransport::scrubbed(const Request *r, QString text) const
{
    const QUrl url = r->http.url;
    for (const QUrl::ComponentFormattingOptions format :
         {QUrl::ComponentFormattingOptions(QUrl::FullyEncoded),
          QUrl::ComponentFormattingOptions(QUrl::PrettyDecoded)}) {
        const QString full = url.toString(format);
        if (!full.isEmpty() && full != r->displayUrl)
            text.replace(full, r->displayUrl);
    }
    // The request's own key even when it is too short or oddly shaped for the Redactor.
    if (r->key.size() >= 4)
        text.replace(QString::fromUtf8(r->key), Redactor::placeholder());
    return Redactor::redact(text);
}

ChatError LlmTransport::httpError(const Request *r) const
{
    ChatError error;
    error.kind = ChatError::Kind::Http;
    error.httpStatus = r->status;
    const ErrorDetail detail = errorDetail(r->errorBody);
    error.type = detail.type;
    const QString url = r->displayUrl;
    QString headline;
    switch (r->status) {
    case 401:
        headline = ClientText::tr("%1 rejected the API key (HTTP 401): check the key stored for "
                                  "this provider.")
                       .arg(url);
        break;
    case 403:
        headline = ClientText::tr("%1 refused access (HTTP 403): the key may not be allowed to use "
                                  "this model.")
                       .arg(url);
        break;
    case 404:
        headline = ClientText::tr("Nothing found at %1 (HTTP 404): check the base URL and the "
                                  "model name.")
                       .arg(url);
        break;
    case 429:
        headline = ClientText::tr("%1 is limiting the rate of requests (HTTP 429).").arg(url);
        break;
    default:
        if (r->status >= 300 && r->status < 400) {
            // Redirects are never followed: a key must not go where the user did not send it.
            const QUrl target = r->http.url.resolved(QUrl::fromEncoded(
                RetryPolicy::header(r->headers, "location").value_or(QByteArray())));
            headline = ClientText::tr("%1 redirects to %2 (HTTP %3): if that is the right "
                                      "server, use its address as the base URL.")
                           .arg(url, displayUrl(target), QString::number(r->status));
            break;
        }
        headline =
            r->status >= 500
                ? ClientText::tr("%1 had a server error (HTTP %2).")
                      .arg(url, QString::number(r->status))
                : ClientText::tr("%1 answered HTTP %2.").arg(url, QString::number(r->status));
        break;
    }
    error.message = detail.message.isEmpty()
                        ? headline
                        : ClientText::tr("%1 The server said: %2").arg(headline, detail.message);
    return error;
}

ChatError LlmTransport::networkError(const Request *r, HttpExchange::Failure failure,
                                     const QString &detail) const
{
    ChatError error;
    error.kind = ChatError::Kind::Connection;
    switch (failure) {
    case HttpExchange::Failure::ConnectionRefused:
        error.message =
            ClientText::tr("%1 refused the connection: is the server running?").arg(r->displayUrl);
        break;
    case HttpExchange::Failure::HostNotFound:
        error.message =
            ClientText::tr("The host of %1 was not found: check the base URL.").arg(r->displayUrl);
        break;
    case HttpExchange::Failure::Tls:
        error.message =
            ClientText::tr("The secure connection to %1 failed: %2").arg(r->displayUrl, detail);
        break;
    case HttpExchange::Failure::Protocol:
        // Not HTTP at all (a wrong port, a TLS server spoken to in plain text): not retried.
        error.kind = ChatError::Kind::Protocol;
        error.message = ClientText::tr("%1 did not answer in HTTP: check the base URL and the "
                                       "port. (%2)")
                            .arg(r->displayUrl, detail);
        break;
    default:
        error.message =
            ClientText::tr("The connection to %1 failed: %2").arg(r->displayUrl, detail);
        break;
    }
    return error;
}

qint64 LlmTransport::deadline(const Request *r) const
{
    qint64 due = never;
    if (r->totalTimeoutMs > 0)
        due = r->attemptStartedAt + r->totalTimeoutMs;
    if (!r->sent && !r->receiving) {
        if (r->connectTimeoutMs > 0)
            due = std::min(due, r->attemptStartedAt + r->connectTimeoutMs);
    } else if ((r->streaming || r->receiving) && r->idleTimeoutMs > 0) {
        due = std::min(due, r->lastActivityAt + r->idleTimeoutMs);
    }
    return due;
}

void LlmTransport::armWatchdog(qint64 due)
{
    if (due == never || (m_watchdog.isActive() && due >= m_watchdogDue))
        return;
    m_watchdogDue = due;
    m_watchdog.start(int(std::clamp<qint64>(due - now(), 0, std::numeric_limits<int>::max())));
}

void LlmTransport::onWatchdog()
{
    m_watchdogDue = never;
    const qint64 t = now();
    std::vector<Request *> expired;
    qint64 next = never;
    for (Request *r : m_active) {
        const qint64 due = deadline(r);
        if (due <= t)
            expired.push_back(r);
        else
            next = std::min(next, due);
    }
    for (Request *r : expired) {
        ChatError error;
        error.kind = ChatError::Kind::Timeout;
        if (r->totalTimeoutMs > 0 && t >= r->attemptStartedAt + r->totalTimeoutMs) {
            error.message = ClientText::tr("The request to %1 took longer than %2 s.")
                                .arg(r->displayUrl, seconds(r->totalTimeoutMs));
        } else if (!r->sent && !r->receiving) {
            error.message = ClientText::tr("Could not connect to %1 within %2 s.")
                                .arg(r->displayUrl, seconds(r->connectTimeoutMs));
        } else {
            error.message = ClientText::tr("%1 sent nothing for %2 s.")
                                .arg(r->displayUrl, seconds(r->idleTimeoutMs));
        }
        failAttempt(r, error);
    }
    armWatchdog(next);
}

void LlmTransport::armWake(qint64 due)
{
    if (m_wake.isActive() && due >= m_wakeDue)
        return;
    m_wakeDue = due;
    m_wake.start(int(std::clamp<qint64>(due - now(), 0, std::numeric_limits<int>::max())));
}

void LlmTransport::onWake()
{
    m_wakeDue = never;
    const qint64 t = now();
    // Retries that are due go back to the front of their queue, the earliest first.
    std::vector<Request *> due;
    while (!m_sleepers.empty() && m_sleepers.begin()->first <= t) {
        due.push_back(m_sleepers.begin()->second);
        m_sleepers.erase(m_sleepers.begin());
    }
    for (auto it = due.rbegin(); it != due.rend(); ++it) {
        (*it)->phase = Phase::Queued;
        (*it)->profile->queue.push_front(*it);
    }
    qint64 next = m_sleepers.empty() ? never : m_sleepers.begin()->first;
    for (const auto &[key, profile] : m_profiles) {
        if (profile->wakeAt >= 0 && profile->wakeAt <= t)
            profile->wakeAt = -1;
        if (!profile->queue.empty())
            pump(profile.get());
        if (profile->wakeAt >= 0)
            next = std::min(next, profile->wakeAt);
    }
    if (next != never)
        armWake(next);
}

// --- LlmClient -------------------------------------------------------------------------------

LlmClient::LlmClient(QObject *parent)
    : QObject(parent)
{
    qRegisterMetaType<Seedbed::Llm::ChatResult>();
    qRegisterMetaType<Seedbed::Llm::EmbeddingResult>();
    m_thread = new QThread(this);
    m_thread->setObjectName(QStringLiteral("LlmClient"));
    m_transport = new LlmTransport;
    m_transport->moveToThread(m_thread);
    connect(m_thread, &QThread::finished, m_transport, &QObject::deleteLater);
    // Signal to signal across threads: queued, so receivers run in this object's thread.
    connect(m_transport, &LlmTransport::delta, this, &LlmClient::delta);
    connect(m_transport, &LlmTransport::attemptRestarted, this, &LlmClient::attemptRestarted);
    connect(m_transport, &LlmTransport::finished, this, &LlmClient::finished);
    connect(m_transport, &LlmTransport::embeddingsFinished, this, &LlmClient::embeddingsFinished);
    m_thread->start();
}

LlmClient::~LlmClient()
{
    m_thread->quit();
    m_thread->wait();
}

quint64 LlmClient::submit(const ProviderProfile &profile, const QByteArray &key,
                          const ChatRequest &request)
{
    const quint64 id = m_nextId.fetchAndAddRelaxed(1) + 1;
    LlmTransport *transport = m_transport;
    QMetaObject::invokeMethod(
        transport,
        [transport, id, profile, key, request] { transport->submit(id, profile, key, request); },
        Qt::QueuedConnection);
    return id;
}

quint64 LlmClient::submitEmbeddings(const ProviderProfile &profile, const QByteArray &key,
                                    const QString &model, const QStringList &inputs)
{
    const quint64 id = m_nextId.fetchAndAddRelaxed(1) + 1;
    const int maxInputs = embeddingBatchSize();
    const qint64 maxTokens = embeddingBatchTokens();
    LlmTransport *transport = m_transport;
    QMetaObject::invokeMethod(
        transport,
        [transport, id, profile, key, model, inputs, maxInputs, maxTokens] {
            transport->submitEmbeddings(id, profile, key, model, inputs, maxInputs, maxTokens);
        },
        Qt::QueuedConnection);
    return id;
}

void LlmClient::setEmbeddingBatchLimits(int maxInputs, qint64 maxTokens)
{
    m_embeddingBatchSize.storeRelaxed(std::max(1, maxInputs));
    m_embeddingBatchTokens.storeRelaxed(std::max<qint64>(0, maxTokens));
}

void LlmClient::cancel(quint64 id)
{
    LlmTransport *transport = m_transport;
    QMetaObject::invokeMethod(
        transport, [transport, id] { transport->cancel(id); }, Qt::QueuedConnection);
}

void LlmClient::cancelAll()
{
    LlmTransport *transport = m_transport;
    QMetaObject::invokeMethod(
        transport, [transport] { transport->cancelAll(); }, Qt::QueuedConnection);
}

qint64 LlmClient::estimateTokens(QStringView text)
{
    qint64 ascii = 0;
    qint64 cjk = 0;
    qint64 other = 0;
    const qsizetype size = text.size();
    for (qsizetype i = 0; i < size; ++i) {
        char32_t c = text[i].unicode();
        if (QChar::isHighSurrogate(c) && i + 1 < size && text[i + 1].isLowSurrogate()) {
            c = QChar::surrogateToUcs4(text[i], text[i + 1]);
            ++i;
        }
        if (c < 0x80)
            ++ascii;
        else if (isCjk(c))
            ++cjk;
        else
            ++other;
    }
    return (ascii + 3) / 4 + cjk + (other + 1) / 2;
}

qint64 LlmClient::estimatePromptTokens(const ChatRequest &request)
{
    qint64 tokens = 0;
    for (const ChatMessage &message : request.messages)
        tokens += estimateTokens(message.content) + 4;
    return tokens;
}

void LlmClient::completeUsage(Usage &usage, const ChatRequest &request,
                              const QList<ChatChoice> &choices)
{
    bool estimated = false;
    if (usage.promptTokens < 0) {
        usage.promptTokens = estimatePromptTokens(request);
        estimated = true;
    }
    if (usage.completionTokens < 0) {
        qint64 content = 0;
        qint64 reasoning = 0;
        for (const ChatChoice &choice : choices) {
            content += estimateTokens(choice.content);
            reasoning += estimateTokens(choice.reasoning);
        }
        usage.completionTokens = content + reasoning;
        if (usage.reasoningTokens < 0 && reasoning > 0)
            usage.reasoningTokens = reasoning;
        estimated = true;
    }
    if (estimated)
        usage.estimated = true;
}

} // namespace Seedbed::Llm

#include "llmclient.moc"
