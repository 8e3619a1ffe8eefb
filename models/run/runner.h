#pragma once

#include "models/llm/providerprofile.h"
#include "models/projectformat.h"

#include <QHash>
#include <QList>
#include <QMap>
#include <QMetaType>
#include <QObject>
#include <QString>
#include <QUuid>

#include <memory>

class QThread;

namespace Seedbed::Run {

class RunEngine;

/*! \brief What a run covers and how. */
struct RunOptions
{
    QString projectDir;                   //!< the folder with project.seedbed and data.sqlite
    ProjectData project;                  //!< the graph as it is to be run
    QList<Llm::ProviderProfile> profiles; //!< from ProfileStore; stages name them
    QUuid targetStage;                    //!< run only this stage and what it needs; null for all
    int limit = 0;                        //!< at most this many records from each source; 0 for all
    bool fresh = false;                   //!< new samples: LLM stages in scope get a new salt
    bool retryFailed = false; //!< drop the failed records in scope first, so they are redone
    QString profileOverride;  //!< serve every LLM stage from this profile
    QString modelOverride;    //!< with this model
    /*! Keys by profile id (or name), read by the caller from the keychain or the environment;
        profiles absent here use their environment variable, if any. Never stored. */
    QHash<QString, QByteArray> keys;
    int flushIntervalMs = 50; //!< the longest produced records wait before their commit
    /*! Records to make again (re-judge, retry): each is deleted with everything made of it
        downstream before the run, and the requests that remake them skip the response cache
        (their answers replace the cached ones). */
    QList<qint64> redoRecords;
    /*! The user trusted this project's validator commands (ProjectTrust); without it a verify
        stage that runs a command does not run. */
    bool commandsTrusted = false;
};

/*! \brief One stage's progress. */
struct StageProgress
{
    QUuid stage;
    QString name;
    qint64 ok = 0; //!< in data.sqlite, of the current settings
    qint64 filtered = 0;
    qint64 failed = 0;
    qint64 duplicate = 0;
    qint64 expected = -1; //!< estimated total outputs; -1 when not known yet
    int inFlight = 0;
    int concurrency = 0; //!< configured
    bool done = false;
    qint64 processed() const { return ok + filtered + failed + duplicate; }
};

struct RunProgress
{
    QList<StageProgress> stages;
    qint64 promptTokens = 0;
    qint64 completionTokens = 0;
    bool tokensEstimated = false;
    QMap<QString, double> cost; //!< by currency, from the profiles' prices
    bool costComplete = true;   //!< every call had a price and token counts
    qint64 calls = 0;           //!< LLM requests sent in this run
    qint64 cacheHits = 0;       //!< answered from the response cache instead
    qint64 elapsedMs = 0;
    qint64 etaMs = -1; //!< -1 when unknown
    bool paused = false;
};

/*! \brief How a run ended. */
struct RunSummary
{
    enum class State { Completed, Partial, Cancelled, Failed };
    State state = State::Completed;
    QString error;        //!< why it failed, for State::Failed
    QStringList problems; //!< stages that could not run, export errors…
    /*! Failed records in the stages of the run (stored, with their reason): Partial with none
        means that some stage could not run (see problems). */
    qint64 failedRecords = 0;
    RunProgress progress;
    qint64 runId = 0;
    QStringList exported; //!< files written
};

QString runStateName(RunSummary::State state);

/*! \brief Executes a project's pipeline as a streaming DAG and stores every record as it is
    produced.

    The Runner owns a worker thread where everything happens: its own connection to
    data.sqlite, its own LlmClient, the stages' logic. start(), pause(), resume() and cancel()
    may be called from any thread; the signals arrive in the Runner's thread.

    Records flow through data.sqlite: a stage takes as input the committed records of its
    upstream stages with status ok that it has not processed yet (by their parent id), so a
    judge starts while generation is still running, and a resumed run continues exactly where
    the last one stopped. Every record carries an item key, unique in its stage, naming the
    work that produced it (a seed row, an input and sample index): a record can never be
    written twice. Produced records, the response cache entries and the call log are
    committed together every flushIntervalMs; a kill loses at most that much work, and never
    a response whose record was stored.

    Stages whose settings changed since their records were made (see StageLogic::settingsHash)
    lose their records, and so do the stages downstream of them; everything upstream is
    reused. A request identical to one answered before is served from the response cache. */
class Runner : public QObject
{
    Q_OBJECT

public:
    explicit Runner(QObject *parent = nullptr);
    ~Runner() override;

    /*! Starts a run with \a options; false when one is running. */
    bool start(const RunOptions &options);
    void pause();
    void resume();
    /*! Stops: requests in flight are aborted, what is produced so far is committed. */
    void cancel();
    bool isRunning() const { return m_running; }

Q_SIGNALS:
    void progress(const Seedbed::Run::RunProgress &progress);
    /*! A message for the log: a stage that started, failed requests… */
    void message(const QString &text);
    void finished(const Seedbed::Run::RunSummary &summary);

private:
    QThread *m_thread = nullptr;
    RunEngine *m_engine = nullptr;
    bool m_running = false;
};

} // namespace Seedbed::Run

Q_DECLARE_METATYPE(Seedbed::Run::RunProgress)
Q_DECLARE_METATYPE(Seedbed::Run::RunSummary)
