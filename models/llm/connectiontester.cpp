#include "models/llm/connectiontester.h"

#include "models/llm/keystore.h"
#include "models/llm/providerpresets.h"
#include "models/llm/redactor.h"

#include <QHostAddress>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkRequest>
#include <QRegularExpression>

#if QT_CONFIG(ssl)
#include <QSslError>
#endif

#include <algorithm>

namespace Seedbed::Llm {

namespace {
// Paths people paste together with the base URL; the base URL must stop before them.
const char *const endpointSuffixes[] = {
    "/chat/completions", "/completions",  "/embeddings", "/models",    "/messages",
    "/api/chat",         "/api/generate", "/api/tags",   "/api/embed",
};

constexpr qsizetype listedInMessage = 20;

bool isLoopbackHost(const QString &host)
{
    if (host.compare(QLatin1StringView("localhost"), Qt::CaseInsensitive) == 0)
        return true;
    const QHostAddress address(host);
    return !address.isNull() && address.isLoopback();
}

QString quoted(const QString &text)
{
    return QStringLiteral("“") + text + QStringLiteral("”");
}

QString quotedList(const QStringList &items)
{
    QStringList result;
    for (const QString &item : items)
        result.append(quoted(item));
    return result.join(QStringLiteral(", "));
}

bool looksLikeHtml(const QByteArray &body)
{
    const QByteArray start = body.trimmed().left(256).toLower();
    return start.startsWith('<') || start.contains("<html");
}

QString stripTrailingSlashes(QString path)
{
    while (path.endsWith(QLatin1Char('/')))
        path.chop(1);
    return path;
}
} // namespace

ConnectionTester::ConnectionTester(QObject *parent)
    : QObject(parent)
    , m_network(new QNetworkAccessManager(this))
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &ConnectionTester::onTimeout);
}

ConnectionTester::~ConnectionTester()
{
    cancel();
}

void ConnectionTester::start(const ProviderProfile &profile, const QByteArray &key,
                             const QString &model)
{
    cancel();
    m_profile = profile;
    m_key = key;
    m_model = model.trimmed();
    m_listedModels.clear();
    m_sslErrors.clear();
    m_timedOut = false;
    m_requestUrl = QUrl();
    m_endpoint.clear();
    // The secret must not surface in any log line the network stack might write.
    if (!key.isEmpty())
        Redactor::registerSecret(key);

    const QString problem = urlProblem();
    if (!problem.isEmpty()) {
        m_phase = Phase::ListModels;
        finishLater(false, problem);
        return;
    }
    m_deadline = QDeadlineTimer(m_timeoutMs);
    send(Phase::ListModels, RequestBuilder::listModels(m_profile.protocol));
}

void ConnectionTester::cancel()
{
    ++m_generation;
    m_timer.stop();
    if (m_reply) {
        QNetworkReply *reply = m_reply;
        m_reply = nullptr;
        reply->disconnect(this);
        reply->abort();
        reply->deleteLater();
    }
    m_phase = Phase::Idle;
}

QUrl ConnectionTester::endpointUrl(const QUrl &base, const QString &path)
{
    QUrl url = base;
    url.setFragment(QString());
    url.setPath(stripTrailingSlashes(base.path()) + path);
    return url;
}

bool ConnectionTester::offersModel(const QStringList &available, const QString &wanted)
{
    if (wanted.isEmpty())
        return true;
    static const QRegularExpression datedSuffix(
        QStringLiteral("^-(\\d{8}|\\d{4}-\\d{2}-\\d{2}|latest)$"));
    const QString latest = QStringLiteral(":latest");
    for (const QString &name : available) {
        if (name == wanted)
            return true;
        // Ollama: "llama3" is "llama3:latest".
        if (name == wanted + latest || (wanted.endsWith(latest) && name == wanted.chopped(7)))
            return true;
        // Aliases such as "claude-sonnet-4-5" resolve to dated ids in the list.
        if (name.startsWith(wanted) && datedSuffix.match(name.mid(wanted.size())).hasMatch())
            return true;
    }
    return false;
}

void ConnectionTester::send(Phase phase, const HttpCall &call)
{
    m_phase = phase;
    m_endpoint = call.path;
    m_requestUrl = endpointUrl(m_profile.baseUrl, call.path);

    QNetworkRequest request(m_requestUrl);
    request.setAttribute(QNetworkRequest::CacheLoadControlAttribute,
                         QNetworkRequest::AlwaysNetwork);
    request.setHeader(QNetworkRequest::UserAgentHeader, QByteArrayLiteral("Seedbed"));
    for (const auto &[name, value] : call.headers)
        request.setRawHeader(name, value);
    const auto auth = RequestBuilder::authHeaders(m_profile.protocol, m_key);
    for (const auto &[name, value] : auth)
        request.setRawHeader(name, value);

    QNetworkReply *reply = m_network->sendCustomRequest(request, call.method, call.body);
    m_reply = reply;
    connect(reply, &QNetworkReply::finished, this, [this, reply] { onReplyFinished(reply); });
#if QT_CONFIG(ssl)
    connect(reply, &QNetworkReply::sslErrors, this, [this](const QList<QSslError> &errors) {
        for (const QSslError &error : errors)
            m_sslErrors.append(error.errorString());
    });
#endif
    m_timer.start(int(qMax<qint64>(0, m_deadline.remainingTime())));
}

void ConnectionTester::onTimeout()
{
    if (!m_reply)
        return;
    m_timedOut = true;
    m_reply->abort(); // finishes the reply with OperationCanceledError
}

void ConnectionTester::onReplyFinished(QNetworkReply *reply)
{
    reply->deleteLater();
    if (reply != m_reply)
        return;
    m_reply = nullptr;
    m_timer.stop();

    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QByteArray body = reply->isOpen() ? reply->readAll() : QByteArray();
    if (m_timedOut) {
        const int seconds = (m_timeoutMs + 999) / 1000;
        finish(false, tr("%1 did not answer within %n second(s). The server may be busy or "
                         "still loading a model, or a firewall may be silently dropping the "
                         "connection.",
                         nullptr, seconds)
                          .arg(hostAndPort()));
        return;
    }
    if (status <= 0) {
        finish(false, networkProblem(reply->error(), reply->errorString()));
        return;
    }
    if (m_phase == Phase::ListModels)
        handleList(status, body);
    else
        handleChat(status, body);
}

void ConnectionTester::handleList(int status, const QByteArray &body)
{
    if (status == 401 || status == 403) {
        finish(false, keyProblem(status, body));
        return;
    }
    if (status == 404 || status == 405) {
        // Some servers have no model list; a one-token request tells a wrong path from that.
        const QStringList wanted = wantedModels();
        if (!wanted.isEmpty() && startChat(wanted.first()))
            return;
        finish(false, wrongPathProblem(status));
        return;
    }
    if (status < 200 || status > 299) {
        finish(false, httpProblem(status, body));
        return;
    }

    QStringList models;
    ChatError error;
    if (!RequestBuilder::parseModelList(m_profile.protocol, body, &models, &error)) {
        if (looksLikeHtml(body)) {
            finish(false, tr("The server at %1 answered with a web page instead of a model list. "
                             "The base URL probably points at a website rather than at its API; "
                             "check its path (many APIs end in “/v1”).")
                              .arg(m_requestUrl.toDisplayString(QUrl::RemoveUserInfo)));
        } else {
            finish(false,
                   tr("The server at %1 answered, but not with a model list (%2). Check "
                      "that the base URL and the protocol chosen in the profile match "
                      "the server.")
                       .arg(m_requestUrl.toDisplayString(QUrl::RemoveUserInfo), error.message));
        }
        return;
    }
    m_listedModels = models;

    const QStringList wanted = wantedModels();
    QStringList missing;
    for (const QString &model : wanted) {
        if (!offersModel(models, model))
            missing.append(model);
    }
    if (!missing.isEmpty()) {
        finish(false, modelsProblem(models, missing), models);
        return;
    }
    if (!listChecksKey()) {
        if (!wanted.isEmpty() && startChat(wanted.first()))
            return;
        finish(true,
               tr("Connected to %1: the server offers %n model(s). Its model list is public, so "
                  "the key was not checked; add a model to the profile to check the key too.",
                  nullptr, int(models.size()))
                   .arg(hostAndPort()),
               models);
        return;
    }
    if (wanted.isEmpty()) {
        finish(true,
               tr("Connected to %1: the server offers %n model(s).", nullptr, int(models.size()))
                   .arg(hostAndPort()),
               models);
        return;
    }
    finish(true,
           tr("Connected to %1: the server offers %n model(s), including %2.", nullptr,
              int(models.size()))
               .arg(hostAndPort(), quotedList(wanted)),
           models);
}

bool ConnectionTester::startChat(const QString &model)
{
    if (m_deadline.hasExpired())
        return false;
    m_model = model;
    ChatRequest request;
    request.model = model;
    request.messages = {ChatMessage{QStringLiteral("user"), QStringLiteral("Hi")}};
    request.maxTokens = 1;
    request.stream = false;
    send(Phase::Chat, RequestBuilder::chat(m_profile.protocol, request));
    return true;
}

void ConnectionTester::handleChat(int status, const QByteArray &body)
{
    const QString message = serverMessage(body);
    const QString lower = message.toLower();
    const bool aboutModel =
        lower.contains(QLatin1StringView("model")) || body.contains("model_not_found");
    const bool aboutMaxTokens = lower.contains(QLatin1StringView("max_tokens")) ||
                                lower.contains(QLatin1StringView("max_completion_tokens"));

    if (status == 401 || status == 403) {
        finish(false, keyProblem(status, body), m_listedModels);
        return;
    }
    if (status >= 200 && status <= 299) {
        const QJsonObject object = QJsonDocument::fromJson(body).object();
        if (object.contains(QLatin1StringView("error"))) {
            finish(false,
                   tr("The server answered the one-token test request to %1 with an error: %2.")
                       .arg(quoted(m_model), message),
                   m_listedModels);
            return;
        }
        if (m_listedModels.isEmpty()) {
            finish(true, tr("Connected to %1: the server has no model list, but a one-token test "
                            "request to %2 was answered.")
                             .arg(hostAndPort(), quoted(m_model)));
        } else {
            finish(true,
                   tr("Connected to %1: the server offers %n model(s), and a one-token test "
                      "request to %2 was answered.",
                      nullptr, int(m_listedModels.size()))
                       .arg(hostAndPort(), quoted(m_model)),
                   m_listedModels);
        }
        return;
    }
    if ((status == 400 || status == 422) && aboutMaxTokens) {
        // Authentication comes before validation: the key works, only our probe was refused.
        finish(true,
               tr("Connected to %1 and the key was accepted; the server refused only the "
                  "one-token test request itself (%2).")
                   .arg(hostAndPort(), message),
               m_listedModels);
        return;
    }
    if ((status == 404 || status == 400 || status == 422) && aboutModel) {
        finish(false,
               tr("Connected, but the server does not know the model %1 (HTTP %2: %3). Check "
                  "the model name.")
                   .arg(quoted(m_model))
                   .arg(status)
                   .arg(message),
               m_listedModels);
        return;
    }
    if (status == 404 || status == 405) {
        finish(false, wrongPathProblem(status), m_listedModels);
        return;
    }
    finish(false, httpProblem(status, body), m_listedModels);
}

void ConnectionTester::finish(bool ok, const QString &message, const QStringList &models)
{
    cancel(); // what is still in flight belongs to the test that ends here
    emit finished(ok, clean(message), models);
}

void ConnectionTester::finishLater(bool ok, const QString &message)
{
    const quint64 generation = m_generation;
    QMetaObject::invokeMethod(
        this,
        [this, generation, ok, message] {
            if (generation == m_generation && m_phase != Phase::Idle)
                finish(ok, message);
        },
        Qt::QueuedConnection);
}

QString ConnectionTester::urlProblem() const
{
    const QUrl &url = m_profile.baseUrl;
    if (url.isEmpty()) {
        return tr("No base URL is set. Enter the address of the API, for example "
                  "https://api.deepseek.com/v1 or http://127.0.0.1:11434.");
    }
    const QString shown = url.toDisplayString(QUrl::RemoveUserInfo);
    if (!url.isValid())
        return tr("The base URL %1 is not a valid address (%2).")
            .arg(quoted(shown), url.errorString());
    const QString scheme = url.scheme().toLower();
    if (scheme != QLatin1StringView("http") && scheme != QLatin1StringView("https")) {
        if (!shown.contains(QLatin1StringView("://"))) {
            return tr("The base URL %1 must start with http:// or https://, for example "
                      "https://%2 (or http://%2 for a server on your own network).")
                .arg(quoted(shown), shown);
        }
        return tr("The base URL %1 must start with http:// or https://.").arg(quoted(shown));
    }
    if (url.host().isEmpty())
        return tr("The base URL %1 has no host name.").arg(quoted(shown));
    const QString path = stripTrailingSlashes(url.path());
    for (const char *suffix : endpointSuffixes) {
        const QString endpoint = QString::fromLatin1(suffix);
        if (path.endsWith(endpoint, Qt::CaseInsensitive)) {
            QUrl base = url;
            base.setPath(path.chopped(endpoint.size()));
            base.setQuery(QString());
            return tr("The base URL %1 already ends with the endpoint %2. Remove it: the base URL "
                      "stops before it, here %3.")
                .arg(quoted(shown), quoted(endpoint), base.toDisplayString(QUrl::RemoveUserInfo));
        }
    }
    return QString();
}

QString ConnectionTester::networkProblem(QNetworkReply::NetworkError error,
                                         const QString &errorString) const
{
    const QString host = m_profile.baseUrl.host();
    const bool local = isLoopbackHost(host);
    const bool https =
        m_profile.baseUrl.scheme().compare(QLatin1StringView("https"), Qt::CaseInsensitive) == 0;
    if (!m_sslErrors.isEmpty() || error == QNetworkReply::SslHandshakeFailedError) {
        const QString details =
            m_sslErrors.isEmpty() ? errorString : m_sslErrors.join(QStringLiteral("; "));
        if (local) {
            return tr("The secure connection (TLS) to %1 failed: %2. Servers on this computer "
                      "usually speak plain HTTP: try a base URL that starts with http://.")
                .arg(hostAndPort(), details);
        }
        return tr("The secure connection (TLS) to %1 failed: %2. The server's certificate may "
                  "be invalid, expired or self-signed, the computer's clock may be wrong, or a "
                  "proxy may be intercepting the connection.")
            .arg(hostAndPort(), details);
    }
    switch (error) {
    case QNetworkReply::HostNotFoundError:
        return tr("The host %1 could not be found. Check the spelling of the base URL and that "
                  "this computer can reach that network.")
            .arg(quoted(host));
    case QNetworkReply::ConnectionRefusedError:
        if (local &&
            (m_profile.protocol == Protocol::OllamaNative || m_profile.baseUrl.port() == 11434)) {
            return tr("Nothing is listening at %1 (connection refused). Is Ollama running? Start "
                      "it with “ollama serve”.")
                .arg(hostAndPort());
        }
        if (local) {
            return tr("Nothing is listening at %1 (connection refused). Is the server running? "
                      "Start it first (for example “ollama serve”, “vllm serve <model>” or "
                      "“llama-server -m <model.gguf>”) and check the port.")
                .arg(hostAndPort());
        }
        return tr("%1 refused the connection. Check the host name and port of the base URL, "
                  "and whether a firewall is blocking it.")
            .arg(hostAndPort());
    case QNetworkReply::RemoteHostClosedError:
        if (!https) {
            return tr("The server at %1 closed the connection without answering. If it only "
                      "speaks HTTPS, change the base URL to start with https://.")
                .arg(hostAndPort());
        }
        return tr("The server at %1 closed the connection without answering. Check the base "
                  "URL, and whether a proxy or firewall is in the way.")
            .arg(hostAndPort());
    case QNetworkReply::TimeoutError: {
        const int seconds = (m_timeoutMs + 999) / 1000;
        return tr("%1 did not answer within %n second(s). The server may be busy or still "
                  "loading a model, or a firewall may be silently dropping the connection.",
                  nullptr, seconds)
            .arg(hostAndPort());
    }
    case QNetworkReply::ProxyConnectionRefusedError:
    case QNetworkReply::ProxyConnectionClosedError:
    case QNetworkReply::ProxyNotFoundError:
    case QNetworkReply::ProxyTimeoutError:
    case QNetworkReply::ProxyAuthenticationRequiredError:
        return tr("The proxy failed (%1). Check the proxy settings of this computer.")
            .arg(errorString);
    default:
        break;
    }
    return tr("The connection to %1 failed: %2.").arg(hostAndPort(), errorString);
}

QString ConnectionTester::keyProblem(int status, const QByteArray &body) const
{
    QString details = serverMessage(body);
    if (details.isEmpty())
        details = tr("no details");
    if (m_key.isEmpty()) {
        return tr("The server requires a key (HTTP %1: %2), but none was sent: the profile has "
                  "no key. Enter the key, or name an environment variable that holds it.")
            .arg(status)
            .arg(details);
    }
    switch (KeyStore::keySource(m_profile)) {
    case KeyStore::KeySource::EnvironmentVariable:
        return tr("The server rejected the key from the environment variable %1 (HTTP %2: %3). "
                  "Check that the variable holds a valid, active key for this service.")
            .arg(m_profile.keyEnvironmentVariable)
            .arg(status)
            .arg(details);
    case KeyStore::KeySource::Keychain:
        return tr("The server rejected the key stored in the system keychain (HTTP %1: %2). "
                  "Enter the key again in the profile settings.")
            .arg(status)
            .arg(details);
    case KeyStore::KeySource::None:
        break;
    }
    return tr("The server rejected the key (HTTP %1: %2). Check that it is a valid, active key "
              "for this service.")
        .arg(status)
        .arg(details);
}

QString ConnectionTester::wrongPathProblem(int status) const
{
    const QString where = m_requestUrl.toDisplayString(QUrl::RemoveUserInfo | QUrl::RemoveQuery);
    const QString basePath = stripTrailingSlashes(m_profile.baseUrl.path());
    static const QRegularExpression versioned(QStringLiteral("/v\\d+(beta\\d*|alpha\\d*)?$"));
    const bool hasVersion = versioned.match(basePath).hasMatch();
    QUrl suggestion = m_profile.baseUrl;
    suggestion.setQuery(QString());

    if (m_profile.protocol == Protocol::OpenAiCompatible && !hasVersion) {
        suggestion.setPath(basePath + QStringLiteral("/v1"));
        return tr("The server has nothing at %1 (HTTP %2). The base URL probably needs “/v1” at "
                  "the end: try %3.")
            .arg(where)
            .arg(status)
            .arg(suggestion.toDisplayString(QUrl::RemoveUserInfo));
    }
    if (m_profile.protocol != Protocol::OpenAiCompatible &&
        basePath.endsWith(QLatin1StringView("/v1"))) {
        suggestion.setPath(basePath.chopped(3));
        const QString target = suggestion.toDisplayString(QUrl::RemoveUserInfo);
        if (m_profile.protocol == Protocol::OllamaNative) {
            return tr("The server has nothing at %1 (HTTP %2). For Ollama's own protocol the base "
                      "URL must not end in “/v1”: try %3. (With “/v1”, choose the "
                      "OpenAI-compatible protocol instead.)")
                .arg(where)
                .arg(status)
                .arg(target);
        }
        return tr("The server has nothing at %1 (HTTP %2). For Anthropic the base URL must not "
                  "end in “/v1”, Seedbed adds it: try %3.")
            .arg(where)
            .arg(status)
            .arg(target);
    }
    return tr("The server has nothing at %1 (HTTP %2). Check the path of the base URL, and that "
              "the server speaks the protocol chosen in the profile.")
        .arg(where)
        .arg(status);
}

QString ConnectionTester::httpProblem(int status, const QByteArray &body) const
{
    QString details = serverMessage(body);
    if (details.isEmpty())
        details = tr("no details");
    if (status == 429) {
        return tr("The server is reachable, but it is limiting requests right now (HTTP 429: "
                  "%1). Try again in a minute.")
            .arg(details);
    }
    if (status >= 500) {
        return tr("The server is reachable but failed to answer (HTTP %1: %2). It may be "
                  "starting up, overloaded or misconfigured.")
            .arg(status)
            .arg(details);
    }
    return tr("The server answered with HTTP %1: %2.").arg(status).arg(details);
}

QString ConnectionTester::modelsProblem(const QStringList &available,
                                        const QStringList &missing) const
{
    if (available.isEmpty()) {
        if (m_profile.protocol == Protocol::OllamaNative) {
            return tr("Connected, but the server has no models yet. Download one with "
                      "“ollama pull %1”.")
                .arg(missing.first());
        }
        return tr("Connected, but the server lists no models. Load a model on the server "
                  "first.");
    }
    return tr("Connected, but the server does not have %n of the profile's models: %1. It has: "
              "%2.",
              nullptr, int(missing.size()))
        .arg(quotedList(missing), listSummary(available));
}

QString ConnectionTester::listSummary(const QStringList &models) const
{
    QStringList sorted = models;
    sorted.sort(Qt::CaseInsensitive);
    if (sorted.size() <= listedInMessage)
        return sorted.join(QStringLiteral(", "));
    const qsizetype rest = sorted.size() - listedInMessage;
    return tr("%1 and %n more", nullptr, int(rest))
        .arg(sorted.first(listedInMessage).join(QStringLiteral(", ")));
}

QString ConnectionTester::serverMessage(const QByteArray &body) const
{
    const QJsonDocument document = QJsonDocument::fromJson(body);
    QString text;
    if (document.isObject()) {
        const QJsonObject object = document.object();
        const QJsonValue error = object.value(QLatin1StringView("error"));
        if (error.isObject())
            text = error.toObject().value(QLatin1StringView("message")).toString();
        else if (error.isString())
            text = error.toString();
        for (const char *key : {"message", "detail", "msg"}) {
            if (!text.isEmpty())
                break;
            const QJsonValue value = object.value(QLatin1StringView(key));
            if (value.isString())
                text = value.toString();
            else if (value.isArray()) // FastAPI's validation errors
                text = QString::fromUtf8(
                    QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact));
            else if (value.isObject())
                text = QString::fromUtf8(
                    QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
        }
    }
    if (text.isEmpty() && !body.isEmpty()) {
        if (looksLikeHtml(body))
            return tr("a web page");
        text = QString::fromUtf8(body.left(400));
    }
    text = text.simplified();
    if (text.size() > 300)
        text = text.left(300) + QStringLiteral("…");
    return clean(text);
}

QStringList ConnectionTester::wantedModels() const
{
    if (!m_model.isEmpty())
        return {m_model};
    QStringList models;
    for (const QString &model : m_profile.models) {
        if (!model.trimmed().isEmpty() && !models.contains(model.trimmed()))
            models.append(model.trimmed());
    }
    return models;
}

bool ConnectionTester::listChecksKey() const
{
    const auto preset = ProviderPresets::match(m_profile.baseUrl);
    return !preset || preset->modelListChecksKey;
}

QString ConnectionTester::hostAndPort() const
{
    const QUrl &url = m_profile.baseUrl;
    const int defaultPort =
        url.scheme().compare(QLatin1StringView("https"), Qt::CaseInsensitive) == 0 ? 443 : 80;
    QString host = url.host();
    if (host.contains(QLatin1Char(':')))
        host = QLatin1Char('[') + host + QLatin1Char(']'); // IPv6
    return host + QLatin1Char(':') + QString::number(url.port(defaultPort));
}

QString ConnectionTester::clean(const QString &text) const
{
    QString result = text;
    // Redactor ignores very short secrets; the key under test is replaced whatever its size.
    if (m_key.size() >= 4)
        result.replace(QString::fromUtf8(m_key), Redactor::placeholder());
    return Redactor::redact(result);
}

} // namespace Seedbed::Llm
