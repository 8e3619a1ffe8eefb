#pragma once

#include "models/llm/providerprofile.h"
#include "models/llm/requestbuilder.h"

#include <QByteArray>
#include <QDeadlineTimer>
#include <QNetworkReply>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QStringList>
#include <QTimer>
#include <QUrl>

class QNetworkAccessManager;

namespace Seedbed::Llm {

/*! \brief "Test connection" for a provider profile and its key.

    Lists the server's models (RequestBuilder::listModels: "/models", "/api/tags",
    "/v1/models"); when the server has no model list (404) and a model is known, or when the
    service's list is public and proves nothing about the key (OpenRouter), it sends a
    one-token, non-streaming chat request instead or as well. Then it says in plain words what
    works or what is wrong: a malformed or empty base URL, a host that cannot be found, a
    refused connection (is the server running?), a TLS failure, a timeout, a rejected or
    missing key (naming where the key came from, never the key), a wrong path (with a
    suggestion about "/v1"), a model the server does not have (listing the ones it has).

    Runs on the event loop of its thread; nothing blocks. One test at a time: start() cancels
    a test still running. The message never contains the key, even when the server echoes it;
    start() registers the key with Redactor. */
class ConnectionTester : public QObject
{
    Q_OBJECT

public:
    explicit ConnectionTester(QObject *parent = nullptr);
    ~ConnectionTester() override;

    /*! How long the whole test may take, 20 s by default. */
    int timeoutMs() const { return m_timeoutMs; }
    void setTimeoutMs(int milliseconds) { m_timeoutMs = qMax(1, milliseconds); }

    /*! Tests \a profile with \a key (empty: send none). Checks that \a model exists, or every
        model of the profile when \a model is empty. Ends in exactly one finished(), always
        later from the event loop, unless cancel() is called first. */
    void start(const ProviderProfile &profile, const QByteArray &key,
               const QString &model = QString());
    /*! Aborts the test without a finished() signal. */
    void cancel();
    bool isRunning() const { return m_phase != Phase::Idle; }

    /*! \a path appended to \a base's path (one slash between them); query kept. */
    static QUrl endpointUrl(const QUrl &base, const QString &path);
    /*! Whether \a available offers \a wanted: exactly, or with Ollama's ":latest" tag or a
        dated version suffix such as "-20250929" (what aliases resolve to). */
    static bool offersModel(const QStringList &available, const QString &wanted);

signals:
    /*! The verdict: \a ok when the server answered and the key and models are fine;
        \a message in words for the user; \a models the server listed (may be empty). */
    void finished(bool ok, const QString &message, const QStringList &models);

private:
    enum class Phase { Idle, ListModels, Chat };

    void send(Phase phase, const HttpCall &call);
    void onReplyFinished(QNetworkReply *reply);
    void onTimeout();
    void handleList(int status, const QByteArray &body);
    void handleChat(int status, const QByteArray &body);
    bool startChat(const QString &model);
    void finish(bool ok, const QString &message, const QStringList &models = QStringList());
    void finishLater(bool ok, const QString &message);

    QString urlProblem() const;
    QString networkProblem(QNetworkReply::NetworkError error, const QString &errorString) const;
    QString keyProblem(int status, const QByteArray &body) const;
    QString wrongPathProblem(int status) const;
    QString httpProblem(int status, const QByteArray &body) const;
    QString modelsProblem(const QStringList &available, const QStringList &missing) const;
    QString listSummary(const QStringList &models) const;
    /*! The server's own error text from \a body, shortened and without any key. */
    QString serverMessage(const QByteArray &body) const;
    QStringList wantedModels() const;
    bool listChecksKey() const;
    QString hostAndPort() const;
    /*! \a text without the key, whatever its shape. */
    QString clean(const QString &text) const;

    QNetworkAccessManager *m_network = nullptr;
    QPointer<QNetworkReply> m_reply;
    QTimer m_timer;
    QDeadlineTimer m_deadline; // of the whole test, over both requests
    Phase m_phase = Phase::Idle;
    bool m_timedOut = false;
    int m_timeoutMs = 20000;
    quint64 m_generation = 0; // tells a stale finishLater() from the current test

    ProviderProfile m_profile;
    QByteArray m_key;
    QString m_model;
    QUrl m_requestUrl; // of the request in flight, for messages
    QString m_endpoint;
    QStringList m_listedModels;
    QStringList m_sslErrors;
};

} // namespace Seedbed::Llm
