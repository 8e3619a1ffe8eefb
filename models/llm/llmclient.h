#pragma once

#include "models/llm/chattypes.h"
#include "models/llm/providerprofile.h"

#include <QAtomicInteger>
#include <QByteArray>
#include <QList>
#include <QMetaType>
#include <QObject>
#include <QString>
#include <QStringList>
#include <QStringView>

class QThread;

namespace Seedbed::Llm {

class LlmTransport;

/*! \brief The outcome of one LlmClient::submitEmbeddings(): exactly one per call, after every
    batch and every retry. */
struct EmbeddingResult
{
    QString model;               //!< as the server named it, else as requested
    QList<QList<float>> vectors; //!< one per input, in the order of the inputs; empty on error
    /*! promptTokens over the batches that succeeded (reported by the server, else estimated
        with LlmClient::estimateTokens() and marked estimated); completionTokens 0, as nothing
        is generated; -1 for both when no batch succeeded. */
    Usage usage;
    ChatError error;
    int attempts = 0;      //!< HTTP requests sent over all batches, retries included
    qint64 latencyMs = -1; //!< start of the first attempt to the end; -1 when nothing was sent

    /*! No error, and a vector for every input. */
    bool isComplete() const { return !error.isError(); }
};

/*! \brief The transport of every chat completion and embedding: scheduling, streaming,
    retries, timeouts and cancellation for any number of concurrent requests.

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
    back to its front. The HTTP itself is HttpClient's: its own HTTP/1.1 client with
    persistent connections for plain http, QNetworkAccessManager (spread over as many
    managers as the concurrency needs, HTTP/2 allowed) for https; either way the configured
    concurrency is what the server sees. Redirects are reported, never followed.

    Timeouts, per attempt (a timed-out attempt is retried like a connection error):
    ProviderProfile::connectTimeoutMs until the request has been sent over a connection;
    idleTimeoutMs of silence between two pieces of the response (for a streaming request also
    while waiting for the first byte; a non-streaming answer may legitimately take long to
    begin, so there only the total applies until the first byte); totalTimeoutMs for the whole
    attempt.

    Embeddings (submitEmbeddings()) go through the same queue, limits, pools, retries, timeouts
    and cancellation. A long list of inputs is split into batches of at most
    embeddingBatchSize() inputs and embeddingBatchTokens() estimated tokens; each batch is an
    HTTP request of its own, scheduled like any other, and the batches together end in exactly
    one embeddingsFinished() with the vectors in the order of the inputs. The first batch that
    fails for good aborts the others. Anthropic has no embeddings endpoint: such a request
    ends at once with an error, without touching the network.

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
    /*! Queues the embedding of \a inputs with \a model for \a profile (OpenAI-compatible
        \c{/embeddings} or Ollama \c{/api/embed}), authenticated with \a key, and returns its id;
        it ends in one embeddingsFinished(). Ids are shared with submit(). Thread-safe. */
    quint64 submitEmbeddings(const ProviderProfile &profile, const QByteArray &key,
                             const QString &model, const QStringList &inputs);
    /*! Aborts request \a id at once (queued, waiting for a retry or in flight); it finishes
        with ChatError::Kind::Cancelled (a chat's unfinished choices with
        FinishReason::Cancelled). Unknown or finished ids are ignored. Thread-safe. */
    void cancel(quint64 id);
    /*! Cancels every request submitted so far. Thread-safe. */
    void cancelAll();

    static constexpr int defaultEmbeddingBatchSize = 256;
    /*! OpenAI takes at most 300,000 tokens per embeddings request; the estimate is rough. */
    static constexpr qint64 defaultEmbeddingBatchTokens = 100000;
    /*! The most inputs (at least 1), and estimated tokens (≤ 0: no limit), one embeddings HTTP
        request carries; a batch has at least one input, however long. Applies to
        submitEmbeddings() calls made afterwards. Thread-safe. */
    void setEmbeddingBatchLimits(int maxInputs, qint64 maxTokens = defaultEmbeddingBatchTokens);
    int embeddingBatchSize() const { return m_embeddingBatchSize.loadRelaxed(); }
    qint64 embeddingBatchTokens() const { return m_embeddingBatchTokens.loadRelaxed(); }

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
    /*! Embedding request \a id is over; emitted exactly once per submitEmbeddings(). */
    void embeddingsFinished(quint64 id, const Seedbed::Llm::EmbeddingResult &result);

private:
    QThread *m_thread = nullptr;
    LlmTransport *m_transport = nullptr; // lives in m_thread, deleted there when it finishes
    QAtomicInteger<quint64> m_nextId{0};
    QAtomicInteger<int> m_embeddingBatchSize{defaultEmbeddingBatchSize};
    QAtomicInteger<qint64> m_embeddingBatchTokens{defaultEmbeddingBatchTokens};
};

} // namespace Seedbed::Llm

Q_DECLARE_METATYPE(Seedbed::Llm::ChatResult)
Q_DECLARE_METATYPE(Seedbed::Llm::EmbeddingResult)
