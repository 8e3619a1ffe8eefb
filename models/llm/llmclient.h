#pragma once

#include "models/llm/chattypes.h"
#include "models/llm/providerprofile.h"

#include <QAtomicInteger>
#include <QByteArray>
#include <QMetaType>
#include <QObject>
#include <QStringView>

class QThread;

namespace Seedbed::Llm {

class LlmTransport;

/*! \brief The transport of every chat completion: scheduling, streaming, retries, timeouts
    and cancellation for any number of concurrent requests.

    LlmClient owns a worker thread; all network I/O and stream parsing happen there, never on
    the thread of the caller. submit(), cancel() and cancelAll() may be called from any thread;
    the signals are emitted on the thread LlmClient lives in.

    Every submit() ends in exactly one finished() after all attempts. A request that fails and
    is retried (a connection error, a timeout, 408/409/429/5xx, an overloaded or rate-limit
    error inside the stream, a stream cut before its end marker) is retried as a whole:
    attemptRestarted() announces that the deltas received so far must be dropped.

    Scheduling is per provider profile (ProviderProfile::id, or its name and base URL when the
    id is empty) and follows a RateLimiter: maxConcurrency, requestsPerMinute, tokensPerMinute,
    with adaptive throttling on 429. Requests wait in a first-in first-out queue; a retry goes
    back to its front. Because Qt 6.4 opens at most six HTTP/1.1 connections per host and
    QNetworkAccessManager, the transport spreads requests over as many managers per host as
    the concurrency needs, so the configured concurrency is what the server sees; HTTP/2 is
    allowed for https.

    Timeouts, per attempt (a timed-out attempt is retried like a connection error):
    ProviderProfile::connectTimeoutMs until the request has been sent over a connection;
    idleTimeoutMs of silence between two pieces of the response (for a streaming request also
    while waiting for the first byte; a non-streaming answer may legitimately take long to
    begin, so there only the total applies until the first byte); totalTimeoutMs for the whole
    attempt.

    Keys never reach a log line or an error message; URLs in messages lose their query and
    user info. */
class LlmClient : public QObject
{
    Q_OBJECT

public:
    explicit LlmClient(QObject *parent = nullptr);
    /*! Aborts whatever is still in flight (without finished() signals) and stops the worker. */
    ~LlmClient() override;

    /*! Queues \a request for \a profile, authenticated with \a key (empty for servers that need
        none), and returns its id. Thread-safe. */
    quint64 submit(const ProviderProfile &profile, const QByteArray &key,
                   const ChatRequest &request);
    /*! Aborts request \a id at once (queued, waiting for a retry or in flight); it finishes
        with FinishReason::Cancelled and ChatError::Kind::Cancelled. Unknown or finished ids are
        ignored. Thread-safe. */
    void cancel(quint64 id);
    /*! Cancels every request submitted so far. Thread-safe. */
    void cancelAll();

    /*! The thread doing the network I/O and parsing, for diagnostics and benchmarks. */
    QThread *workerThread() const { return m_thread; }

    /*! A rough token count for text when the server reports none: one token per four ASCII
        characters, one per CJK character (Han, kana, Hangul, full-width forms), one per two
        other characters; each part rounded up. */
    static qint64 estimateTokens(QStringView text);
    /*! The estimated prompt size of \a request: its messages plus four tokens of framing per
        message. */
    static qint64 estimatePromptTokens(const ChatRequest &request);
    /*! Fills the counts of \a usage that are unknown (-1) from \a request and \a choices and
        marks it estimated if it had to. */
    static void completeUsage(Usage &usage, const ChatRequest &request,
                              const QList<ChatChoice> &choices);

Q_SIGNALS:
    /*! New text of request \a id for choice \a choice; either part may be empty. */
    void delta(quint64 id, int choice, const QString &content, const QString &reasoning);
    /*! Request \a id failed mid-way and is tried again: drop the deltas received so far. */
    void attemptRestarted(quint64 id);
    /*! Request \a id is over; emitted exactly once per submit(). */
    void finished(quint64 id, const Seedbed::Llm::ChatResult &result);

private:
    QThread *m_thread = nullptr;
    LlmTransport *m_transport = nullptr; // lives in m_thread, deleted there when it finishes
    QAtomicInteger<quint64> m_nextId{0};
};

} // namespace Seedbed::Llm

Q_DECLARE_METATYPE(Seedbed::Llm::ChatResult)
