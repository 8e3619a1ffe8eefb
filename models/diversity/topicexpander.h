#pragma once

#include "models/diversity/topictree.h"
#include "models/llm/chattypes.h"
#include "models/llm/providerprofile.h"
#include "models/stage.h"

#include <QByteArray>
#include <QHash>
#include <QObject>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>

namespace Seedbed::Llm {
class LlmClient;
}

namespace Seedbed::Diversity {

/*! \brief Grows a TopicTree with a model: asks for the subtopics of every node that still
    needs them, level by level, with at most the stage's "concurrency" requests in flight.

    Each request names the topic's path from the root and the topics beside it (so that the
    model stays inside its branch) and asks for "branching" subtopics as a JSON array. Answers
    go through the optional response cache under a StageLogic::cacheKey() of the request, which
    holds the path; regenerate() skips the lookup (its answers replace the cached ones).

    The first failure (a refused request, a malformed answer) stops new requests; those in
    flight are waited for and applied, and finished() hands over the tree as far as it got,
    with the error in words. Signals are emitted on the expander's thread, never from inside
    expand(), regenerate() or cancel(). The client is not owned and must outlive the
    expander. */
class TopicExpander : public QObject
{
    Q_OBJECT

public:
    /*! The runner's response cache. */
    struct Cache
    {
        std::function<std::optional<QString>(const QByteArray &key)> lookup;
        std::function<void(const QByteArray &key, const QString &content)> store;
        qint64 salt = 0; //!< the stage's salt, part of every key
    };

    TopicExpander(Llm::LlmClient *client, Llm::ProviderProfile profile, QByteArray key,
                  QString model, Stage stage, QObject *parent = nullptr);
    ~TopicExpander() override;

    void setCache(Cache cache);

    /*! The request for the subtopics of the topic at \a path (names from the root), avoiding
        \a siblings (the topics beside it), with the stage's temperature. */
    static Llm::ChatRequest request(const Stage &stage, const QString &model,
                                    const QStringList &path, int branching,
                                    const QStringList &siblings);
    /*! The subtopics in an answer: a JSON array of strings (or {"subtopics": [...]}, or
        objects with a "name" or "topic") or, failing that, a numbered/bulleted list; reasoning
        and Markdown fences ignored; trimmed, de-duplicated, at most \a branching. Empty, with
        \a error (may be null) saying why, when there is none. */
    static QStringList parseSubtopics(const QString &content, int branching, QString *error);
    /*! The cache key of the request for \a path: StageLogic::cacheKey() with \a salt. */
    static QByteArray cacheKey(const Llm::ChatRequest &request, qint64 salt);

    /*! Expands every unexpanded node of \a tree shallower than \a depth, level by level, until
        the tree reaches \a depth everywhere (a model that answers nothing leaves a leaf).
        Ends with finished(); a run in progress is cancelled first, without its finished(). */
    void expand(const TopicTree &tree, int depth);
    /*! Asks again for the children of the node at \a path (its branch is replaced), then
        expands the new branch to \a depth. An unknown path finishes with an error. */
    void regenerate(const TopicTree &tree, const QStringList &path, int depth);
    /*! Stops: requests in flight are cancelled, and finished() follows with the tree as far
        as it got and an error saying it was stopped. Nothing happens when idle. */
    void cancel();
    bool isRunning() const { return m_running; }

    /*! Requests answered by the model, and from the cache, since the last start. */
    int calls() const { return m_calls; }
    int cacheHits() const { return m_cacheHits; }

Q_SIGNALS:
    /*! \a done requests of about \a total (the total grows or shrinks as levels are known). */
    void progress(int done, int total);
    /*! The run is over; \a tree holds every answer received, also when \a error is set. */
    void finished(const Seedbed::Diversity::TopicTree &tree, const QString &error);

private:
    void start(const TopicTree &tree, int depth, const QStringList &scope, bool regenerating);
    void startLevel();
    void launchMore();
    void launch(const QStringList &path, bool useCache);
    void onFinished(quint64 id, const Llm::ChatResult &result);
    void apply(const QStringList &path, const QString &content, const QByteArray &cacheKey,
               bool fromCache);
    void fail(const QString &error);
    void requestDone();
    void finish();
    int estimateRemaining() const;
    int branching() const;
    int concurrency() const;

    Llm::LlmClient *m_client;
    Llm::ProviderProfile m_profile;
    QByteArray m_key;
    QString m_model;
    Stage m_stage;
    Cache m_cache;

    TopicTree m_tree;
    int m_depth = 0;
    QStringList m_scope;        // only paths under it are expanded
    QStringList m_forced;       // regenerate: this path first, without the cache
    QList<QStringList> m_queue; // of the current level, not yet sent
    struct Pending
    {
        QStringList path;
        QByteArray cacheKey;
    };
    QHash<quint64, Pending> m_inFlight;
    int m_expected = 0;       // m_done plus the requests still expected
    int m_pendingLocal = 0;   // cache hits applied on the next turn of the event loop
    quint64 m_generation = 0; // guards those deferred hits against a later start
    bool m_running = false;
    QString m_error;
    int m_done = 0;
    int m_calls = 0;
    int m_cacheHits = 0;
};

} // namespace Seedbed::Diversity
