#include "models/run/runner.h"

#include "models/diversity/topicexpander.h"
#include "models/diversity/topictree.h"
#include "models/export/exporter.h"
#include "models/export/exporttarget.h"
#include "models/llm/llmclient.h"
#include "models/llm/requestbuilder.h"
#include "models/llm/usageledger.h"
#include "models/projectformat.h"
#include "models/projectstore.h"
#include "models/quality/answercheck.h"
#include "models/quality/dedupbatch.h"
#include "models/quality/jsonschema.h"
#include "models/quality/minhashlsh.h"
#include "models/quality/textnormalizer.h"
#include "models/run/batchinput.h"
#include "models/run/batchstages.h"
#include "models/run/stagelogic.h"
#include "models/run/validatorprocess.h"
#include "models/stageregistry.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>
#include <QTimer>

#include <sqlite3.h>

#include <deque>
#include <memory>
#include <optional>
#include <vector>

namespace Seedbed::Run {

namespace {

struct RunnerText
{
    Q_DECLARE_TR_FUNCTIONS(Seedbed::Run::Runner)
};

// Inputs read from data.sqlite at a time, and the queue length below which a stage reads more.
constexpr int fetchPage = 512;
// Records buffered before a commit is forced, whatever the interval.
constexpr int maxBuffered = 4000;
// Inputs a generator draws "other input records" examples from: the first ones, so that a
// resumed run draws the same examples (and its requests hit the cache).
constexpr int examplePoolSize = 64;
// How often the best accepted records of a stage are looked up again, for its examples.
constexpr qint64 bestAcceptedRefreshMs = 5000;
// Map-stage inputs processed in one go before the event loop gets a turn.
constexpr int mapSlice = 4000;

QByteArray compact(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

QJsonObject parseObject(const QByteArray &json)
{
    return QJsonDocument::fromJson(json).object();
}

// The bytes compact() makes of an empty object, without a QJsonDocument.
QByteArray compactOrEmpty(const QJsonObject &object)
{
    return object.isEmpty() ? QByteArrayLiteral("{}") : compact(object);
}

/* A prepared statement of the runner's hot paths, through SQLite's own API on the connection
   of QtSql: it binds and reads UTF-8 as it is stored, with no QVariant or UTF-16 copy of the
   ~500 bytes of every record. Prepared once per run; finalized before the connection closes. */
class Statement
{
public:
    Statement() = default;
    Statement(const Statement &) = delete;
    Statement &operator=(const Statement &) = delete;
    ~Statement() { finalize(); }

    bool prepare(sqlite3 *db, const QByteArray &sql)
    {
        finalize();
        return sqlite3_prepare_v3(db, sql.constData(), int(sql.size()), SQLITE_PREPARE_PERSISTENT,
                                  &m_stmt, nullptr) == SQLITE_OK;
    }
    void finalize()
    {
        if (m_stmt)
            sqlite3_finalize(m_stmt);
        m_stmt = nullptr;
    }

    // The bytes must outlive the next step().
    void bind(int index, const QByteArray &text)
    {
        sqlite3_bind_text(m_stmt, index, text.constData(), int(text.size()), SQLITE_STATIC);
    }
    void bind(int index, qint64 value) { sqlite3_bind_int64(m_stmt, index, value); }
    void bind(int index, double value) { sqlite3_bind_double(m_stmt, index, value); }
    void bindNull(int index) { sqlite3_bind_null(m_stmt, index); }

    int step() { return sqlite3_step(m_stmt); }
    void reset() { sqlite3_reset(m_stmt); }

    qint64 int64(int column) const { return sqlite3_column_int64(m_stmt, column); }
    bool isNull(int column) const { return sqlite3_column_type(m_stmt, column) == SQLITE_NULL; }
    double real(int column) const { return sqlite3_column_double(m_stmt, column); }
    QByteArray text(int column) const
    {
        const auto *data = reinterpret_cast<const char *>(sqlite3_column_text(m_stmt, column));
        return QByteArray(data, sqlite3_column_bytes(m_stmt, column));
    }

private:
    sqlite3_stmt *m_stmt = nullptr;
};

// The item key of an output made from input \a parentId: "7", or "7:3" for sample 3 of a stage
// that makes several samples per input.
QString itemKey(int samples, qint64 parentId, int sample)
{
    return samples > 1 ? QStringLiteral("%1:%2").arg(parentId).arg(sample)
                       : QString::number(parentId);
}

} // namespace

QString runStateName(RunSummary::State state)
{
    switch (state) {
    case RunSummary::State::Completed:
        return QStringLiteral("completed");
    case RunSummary::State::Partial:
        return QStringLiteral("partial");
    case RunSummary::State::Cancelled:
        return QStringLiteral("cancelled");
    case RunSummary::State::Failed:
        return QStringLiteral("failed");
    }
    return QString();
}

/* Everything of one run, in the runner's thread. */
class RunEngine : public QObject
{
    Q_OBJECT

public:
    using QObject::QObject;
    ~RunEngine() override { closeDatabase(); }

    void run(const RunOptions &options);
    void setPaused(bool paused);
    void cancel();

Q_SIGNALS:
    void progress(const Seedbed::Run::RunProgress &progress);
    void message(const QString &text);
    void finished(const Seedbed::Run::RunSummary &summary);

private:
    struct Work
    {
        qint64 parentId = 0;
        QJsonObject fields;
        QJsonObject scores;
        // The stored text of fields and scores when it parsed to exactly these objects: an
        // output with the same fields stores it again instead of serialising them anew.
        QByteArray fieldsJson;
        QByteArray scoresJson;
        std::optional<double> score;
        int sample = 0;
        QByteArray reviewState; // of the input, for a review gate
    };

    struct StageRun
    {
        Stage stage;
        QByteArray idText; // stage.id as stored in stage_id
        StageKind kind = StageKind::Map;
        const PromptTemplate *promptTemplate = nullptr;
        std::shared_ptr<const PromptTemplate> ownTemplate; // what promptTemplate points to
        QByteArray hash;
        qint64 salt = 0;
        QList<int> upstream;
        QHash<int, QString> portOf; // upstream index → the input port its records arrive at
        int projectIndex = 0;
        bool batchStarted = false;
        QList<BatchInput> batchInputs; // while their embeddings are fetched
        int referenceCount = 0;
        ValidatorProcess *validator = nullptr; // a verify stage's command
        bool runnable = true;
        int samples = 1;

        // LLM stages
        Llm::ProviderProfile profile;
        QByteArray key;
        QString model;
        int concurrency = 1;

        // Work
        std::deque<Work> queue;
        std::unique_ptr<Statement> refillQuery;
        qint64 cursor = 0;
        bool morePages = false; // the last refill read a full page: there may be more now
        bool exhausted = false;
        bool done = false;
        int inFlight = 0;
        qint64 counts[4] = {0, 0, 0, 0}; // committed, by RecordStatus
        qint64 madeThisRun = 0;
        qint64 expected = -1;
        qint64 held = 0; // a review gate's inputs waiting for a review

        // Schemas: a generator's output schema, a rule filter's record schema
        std::optional<JsonSchema> schema;
        // Few-shot examples of a generator
        QString exampleMode; // none, fixed, inputs, best-accepted, exemplars
        int exampleCount = 0;
        QJsonArray fixedExamples;
        QList<std::pair<qint64, QJsonObject>> examplePool; // the first inputs, by parent id
        QJsonArray bestAccepted;                           // or the exemplars
        qint64 bestAcceptedAt = -1;
        // Records of this stage a reviewer tagged "negative", when the prompt uses them
        bool wantsNegatives = false;
        QJsonArray negatives;
        qint64 negativesAt = -1;

        // Dedup
        std::unique_ptr<Quality::MinHashLsh> lsh;
        QHash<QByteArray, qint64> exactKeys; // → the parent id of the record kept
        qint64 nextDedupId = 0;
    };

    struct Pending // an LLM request in flight
    {
        int stage = 0;
        Work work;
        Llm::ChatRequest request;
        QByteArray cacheKey;
    };

    struct Row // a record waiting for its commit
    {
        int stage = 0;
        Output output;
        qint64 parentId = 0;
        QJsonObject scores;
        QJsonObject usage;
        QByteArray fieldsJson; // when set, output.fields serialised
        QByteArray scoresJson; // when set, scores serialised
    };

    struct Call
    {
        int stage = 0;
        QByteArray hash;
        QByteArray request;
        QByteArray response;
        QString status;
        qint64 tokensIn = 0;
        qint64 tokensOut = 0;
        qint64 latencyMs = -1;
        QString error;
        QString provider;
        QString model;
    };

    bool setUp(QString *error);
    bool openDatabase(QString *error);
    void closeDatabase();
    bool prepareStages(QString *error);
    bool addSourceOutputs(int index, QList<Output> outputs, QString *error);
    bool expandTopicTree(int index);
    bool revokeReviewGate(int projectIndex, const StageRun &s, const QList<QList<int>> &upstream,
                          QString *error);
    bool readCounts(StageRun *s, QString *error);
    bool redo(const QHash<QUuid, int> &indexOf, const QList<QList<int>> &upstream, QString *error);
    std::optional<qint64> deleteWithDescendants(QList<std::pair<qint64, int>> roots,
                                                const QList<QList<int>> &upstream, QString *error);
    bool exec(QSqlQuery &query, QString *error);
    QString sqlError(const QSqlError &error) const;
    QString sqliteError() const;

    void pump();
    void schedulePump();
    int refill(int index);
    void dispatch(int index);
    void processMap(int index, const Work &work);
    void startLlm(int index, const Work &work);
    QJsonArray examplesFor(int index, const Work &work);
    QJsonArray negativesFor(int index);
    void onLlmFinished(quint64 id, const Llm::ChatResult &result);
    void complete(int index, const Work &work, const Llm::ChatRequest &request,
                  const QByteArray &cacheKey, const QString &content, const QString &reasoning,
                  const QJsonObject &meta, const Llm::Usage &usage, bool cached);
    void emitOutput(int index, const Work &work, Output output, const QJsonObject &usage = {},
                    bool sameFields = false);
    void scheduleFlush();
    bool flush();
    bool updateDone();
    bool runSink(int index, QString *error);
    void startBatch(int index);
    bool readBatchInputs(int index, QList<BatchInput> *inputs, QString *error);
    bool decideBatch(int index, const QList<BatchInput> &inputs, QList<BatchOutput> *outputs,
                     QString *error);
    bool storeBatch(int index, QList<BatchOutput> outputs, QString *error);
    void finishBatch(int index, const QString &error);
    void startEmbeddingBatch(int index, QList<BatchInput> inputs);
    void onEmbeddingsFinished(quint64 id, const Llm::EmbeddingResult &result);
    void onValidated(int index, quint64 id, bool passed, const QString &reason);
    void finish(RunSummary::State state, const QString &error = QString());
    RunProgress snapshot() const;
    void emitProgress();

    RunOptions m_options;
    QString m_connection;
    sqlite3 *m_handle = nullptr; // of m_connection
    Statement m_insertRecord;
    Statement m_cacheLookup;
    Statement m_insertCache;
    Statement m_countHit;
    Statement m_insertCall;
    qint64 m_runId = 0;
    std::vector<StageRun> m_stages;
    QList<QList<int>> m_projectUpstream; // by project index
    QStringList m_problems;
    QStringList m_exported;
    Llm::LlmClient *m_llm = nullptr;
    QHash<quint64, Pending> m_inflight;
    QSet<std::pair<QByteArray, qint64>> m_bypassCache; // (stage id, parent id) to ask anew
    QHash<quint64, int> m_embeddings;                  // embedding requests → stage
    QHash<quint64, Work> m_validations;                // validator runs → their input
    QHash<QByteArray, QByteArray> m_uncommittedCache;
    QList<Row> m_rows;
    QList<QPair<QByteArray, QByteArray>> m_cacheRows;
    QList<QByteArray> m_cacheHits;
    QList<Call> m_calls;
    Llm::UsageLedger m_ledger;
    QTimer *m_flushTimer = nullptr;
    QTimer *m_progressTimer = nullptr;
    QElapsedTimer m_clock;
    qint64 m_calls_ = 0;
    qint64 m_hits = 0;
    bool m_paused = false;
    bool m_over = false;
    bool m_inPump = false;
    bool m_pumpQueued = false;
    bool m_flushQueued = false;
};

// --- Setting up ---------------------------------------------------------------------------------

void RunEngine::run(const RunOptions &options)
{
    m_options = options;
    m_clock.start();
    m_flushTimer = new QTimer(this);
    m_flushTimer->setSingleShot(true);
    connect(m_flushTimer, &QTimer::timeout, this, [this] {
        if (flush())
            pump();
    });
    m_progressTimer = new QTimer(this);
    m_progressTimer->setInterval(250);
    connect(m_progressTimer, &QTimer::timeout, this, &RunEngine::emitProgress);

    QString error;
    if (!setUp(&error)) {
        finish(RunSummary::State::Failed, error);
        return;
    }
    m_progressTimer->start();
    if (flush())
        pump();
}

bool RunEngine::exec(QSqlQuery &query, QString *error)
{
    if (query.exec())
        return true;
    *error = sqlError(query.lastError());
    return false;
}

QString RunEngine::sqlError(const QSqlError &error) const
{
    return RunnerText::tr("Cannot write to %1: %2. Check that the disk has room and the folder "
                          "is writable; the records stored so far are safe.")
        .arg(QDir::toNativeSeparators(m_options.projectDir + QStringLiteral("/data.sqlite")),
             error.text());
}

QString RunEngine::sqliteError() const
{
    return sqlError(QSqlError(QString(), QString::fromUtf8(sqlite3_errmsg(m_handle)),
                              QSqlError::StatementError,
                              QString::number(sqlite3_extended_errcode(m_handle))));
}

bool RunEngine::openDatabase(QString *error)
{
    const QString path = QDir(m_options.projectDir).absoluteFilePath(QStringLiteral("data.sqlite"));
    if (ProjectStore::fileSchemaVersion(path) != ProjectStore::schemaVersion) {
        ProjectError prepared;
        if (!ProjectStore::prepare(path, &prepared)) {
            *error = prepared.message;
            return false;
        }
    }
    m_connection = QStringLiteral("seedbed-runner-%1").arg(quintptr(this), 0, 16);
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connection);
    db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=10000"));
    db.setDatabaseName(path);
    if (!db.open()) {
        *error = sqlError(db.lastError());
        return false;
    }
    // The journal stays WAL (set by ProjectStore) and commits stay synchronous = NORMAL; a larger
    // page cache keeps the records' indexes in memory while a run appends to them.
    QSqlQuery pragma(db);
    for (const char *statement : {"PRAGMA foreign_keys = ON", "PRAGMA synchronous = NORMAL",
                                  "PRAGMA cache_size = -32768", "PRAGMA temp_store = MEMORY"}) {
        if (!pragma.exec(QString::fromLatin1(statement))) {
            *error = sqlError(pragma.lastError());
            return false;
        }
    }
    // The handle is only ours to use when QSQLITE runs on the SQLite library we link (the
    // system's), not on a copy of its own.
    const QVariant handle = db.driver()->handle();
    if (handle.isValid() && qstrcmp(handle.typeName(), "sqlite3*") == 0 &&
        pragma.exec(QStringLiteral("SELECT sqlite_source_id()")) && pragma.next() &&
        pragma.value(0).toString() == QLatin1String(sqlite3_sourceid()))
        m_handle = *static_cast<sqlite3 *const *>(handle.constData());
    pragma.finish();
    if (!m_handle) {
        *error = sqlError(QSqlError(
            QString(),
            QStringLiteral("the Qt SQLite driver does not use the system SQLite library")));
        return false;
    }
    if (!m_insertRecord.prepare(
            m_handle,
            "INSERT OR IGNORE INTO records (stage_id, run_id, fields, parent_ids, status, "
            "scores, usage, score, item_key, parent_id, settings_hash, meta, review_state) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, coalesce(?, 'unreviewed'))") ||
        !m_cacheLookup.prepare(m_handle, "SELECT response FROM response_cache WHERE key = ?") ||
        !m_insertCache.prepare(
            m_handle, "INSERT OR REPLACE INTO response_cache (key, response) VALUES (?, ?)") ||
        !m_countHit.prepare(m_handle, "UPDATE response_cache SET hits = hits + 1 WHERE key = ?") ||
        !m_insertCall.prepare(
            m_handle, "INSERT INTO llm_calls (run_id, stage_id, provider, model, request_hash, "
                      "request, response, status, tokens_in, tokens_out, latency_ms, error) "
                      "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
        *error = sqliteError();
        return false;
    }
    return true;
}

void RunEngine::closeDatabase()
{
    if (m_connection.isEmpty())
        return;
    // Statements of our own must be gone before QtSql closes the connection.
    m_insertRecord.finalize();
    m_cacheLookup.finalize();
    m_insertCache.finalize();
    m_countHit.finalize();
    m_insertCall.finalize();
    for (StageRun &s : m_stages)
        s.refillQuery.reset();
    m_handle = nullptr;
    {
        QSqlDatabase db = QSqlDatabase::database(m_connection, false);
        db.close();
    }
    QSqlDatabase::removeDatabase(m_connection);
    m_connection.clear();
}

bool RunEngine::setUp(QString *error)
{
    if (!openDatabase(error) || !prepareStages(error))
        return false;
    QSqlDatabase db = QSqlDatabase::database(m_connection, false);

    QSqlQuery insertRun(db);
    insertRun.prepare(QStringLiteral("INSERT INTO runs (settings) VALUES (?)"));
    QJsonObject settings{
        {QStringLiteral("limit"), m_options.limit},
        {QStringLiteral("fresh"), m_options.fresh},
        {QStringLiteral("retryFailed"), m_options.retryFailed},
        {QStringLiteral("profile"), m_options.profileOverride},
        {QStringLiteral("model"), m_options.modelOverride},
        {QStringLiteral("stage"), m_options.targetStage.isNull()
                                      ? QString()
                                      : m_options.targetStage.toString(QUuid::WithoutBraces)}};
    insertRun.addBindValue(QString::fromUtf8(compact(settings)));
    if (!exec(insertRun, error))
        return false;
    m_runId = insertRun.lastInsertId().toLongLong();

    m_llm = new Llm::LlmClient(this);
    connect(m_llm, &Llm::LlmClient::finished, this, &RunEngine::onLlmFinished);
    connect(m_llm, &Llm::LlmClient::embeddingsFinished, this, &RunEngine::onEmbeddingsFinished);

    // Sources: every row not stored yet, in one go; a topic tree once its missing levels are
    // expanded.
    for (int i = 0; i < int(m_stages.size()); ++i) {
        StageRun &s = m_stages[i];
        if (!s.runnable || s.kind != StageKind::Source)
            continue;
        if (s.stage.type == QLatin1String("topic_tree") && expandTopicTree(i))
            continue;
        QList<Output> outputs;
        if (!StageLogic::sourceOutputs(s.stage, m_options.projectDir, &outputs, error) ||
            !addSourceOutputs(i, std::move(outputs), error))
            return false;
    }
    return true;
}

bool RunEngine::addSourceOutputs(int index, QList<Output> outputs, QString *error)
{
    StageRun &s = m_stages[index];
    QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    if (m_options.limit > 0 && outputs.size() > m_options.limit)
        outputs.resize(m_options.limit);
    s.expected = outputs.size();
    QSet<QString> stored;
    QSqlQuery keys(db);
    keys.setForwardOnly(true);
    keys.prepare(QStringLiteral("SELECT item_key FROM records WHERE stage_id = ? UNION ALL "
                                "SELECT item_key FROM deleted_items WHERE stage_id = ?"));
    keys.addBindValue(QString::fromUtf8(s.idText));
    keys.addBindValue(QString::fromUtf8(s.idText));
    if (!exec(keys, error))
        return false;
    while (keys.next())
        stored.insert(keys.value(0).toString());
    for (Output &out : outputs) {
        if (!stored.contains(out.itemKey))
            m_rows.append({index, std::move(out), 0, {}, {}, {}, {}});
    }
    s.exhausted = true;
    return true;
}

/* A topic tree whose stored tree lacks levels asks the model for them first (through the
   response cache, so a resumed run asks nothing twice). False when nothing is missing. */
bool RunEngine::expandTopicTree(int index)
{
    StageRun &s = m_stages[index];
    const Diversity::TopicTree tree = Diversity::TopicTree::fromSetting(
        s.stage.settings.value(QStringLiteral("tree")),
        s.stage.settings.value(QStringLiteral("root")).toString());
    const int depth = s.stage.settings.value(QStringLiteral("depth"), 2).toInt();
    if (tree.unexpanded(depth).isEmpty())
        return false;
    auto *expander = new Diversity::TopicExpander(m_llm, s.profile, s.key, s.model, s.stage, this);
    Diversity::TopicExpander::Cache cache;
    cache.salt = s.salt;
    cache.lookup = [this](const QByteArray &key) -> std::optional<QString> {
        QByteArray cached = m_uncommittedCache.value(key);
        if (cached.isEmpty()) {
            m_cacheLookup.bind(1, key);
            if (m_cacheLookup.step() == SQLITE_ROW)
                cached = m_cacheLookup.text(0);
            m_cacheLookup.reset();
        }
        if (cached.isEmpty())
            return std::nullopt;
        ++m_hits;
        m_cacheHits.append(key);
        return parseObject(cached).value(QStringLiteral("content")).toString();
    };
    cache.store = [this, model = s.model](const QByteArray &key, const QString &content) {
        ++m_calls_;
        const QByteArray json =
            compact({{QStringLiteral("content"), content}, {QStringLiteral("model"), model}});
        m_uncommittedCache.insert(key, json);
        m_cacheRows.append({key, json});
    };
    expander->setCache(cache);
    connect(
        expander, &Diversity::TopicExpander::finished, this,
        [this, index, expander](const Diversity::TopicTree &expanded, const QString &error) {
            expander->deleteLater();
            --m_stages[index].inFlight;
            if (m_over)
                return;
            StageRun &stage = m_stages[index];
            if (!error.isEmpty())
                m_problems.append(RunnerText::tr("Stage “%1”: %2").arg(stage.stage.name, error));
            QString problem;
            if (!addSourceOutputs(
                    index,
                    expanded.outputs(
                        stage.stage.settings.value(QStringLiteral("emit"), QStringLiteral("leaves"))
                            .toString()),
                    &problem))
                return finish(RunSummary::State::Failed, problem);
            scheduleFlush();
            pump();
        });
    ++s.inFlight;
    Q_EMIT message(RunnerText::tr("Stage “%1”: expanding the topic tree to depth %2.")
                       .arg(s.stage.name)
                       .arg(depth));
    expander->expand(tree, depth);
    return true;
}

bool RunEngine::prepareStages(QString *error)
{
    QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    const ProjectData &project = m_options.project;

    // Topological order (Kahn), stable in the order of the file.
    QHash<QUuid, int> indexOf;
    for (int i = 0; i < project.stages.size(); ++i)
        indexOf.insert(project.stages.at(i).id, i);
    QList<QList<int>> upstream(project.stages.size());
    QList<int> indegree(project.stages.size(), 0);
    for (const Edge &edge : project.edges) {
        if (!indexOf.contains(edge.from) || !indexOf.contains(edge.to))
            continue;
        upstream[indexOf.value(edge.to)].append(indexOf.value(edge.from));
        ++indegree[indexOf.value(edge.to)];
    }
    QList<int> order;
    QList<bool> placed(project.stages.size(), false);
    while (order.size() < project.stages.size()) {
        bool progressMade = false;
        for (int i = 0; i < project.stages.size(); ++i) {
            if (placed.at(i))
                continue;
            bool ready = true;
            for (int u : upstream.at(i))
                ready = ready && placed.at(u);
            if (ready) {
                placed[i] = true;
                order.append(i);
                progressMade = true;
            }
        }
        if (!progressMade) {
            *error = RunnerText::tr("The pipeline has a cycle; remove one of its connections.");
            return false;
        }
    }

    // Scope: the target stage and everything it depends on.
    QList<bool> inScope(project.stages.size(), m_options.targetStage.isNull());
    if (!m_options.targetStage.isNull()) {
        if (!indexOf.contains(m_options.targetStage)) {
            *error = RunnerText::tr("The project has no stage %1.")
                         .arg(m_options.targetStage.toString(QUuid::WithoutBraces));
            return false;
        }
        QList<int> stack{indexOf.value(m_options.targetStage)};
        while (!stack.isEmpty()) {
            const int i = stack.takeLast();
            if (inScope.at(i))
                continue;
            inScope[i] = true;
            stack.append(upstream.at(i));
        }
    }

    m_projectUpstream = upstream;
    if (!m_options.redoRecords.isEmpty() && !redo(indexOf, upstream, error))
        return false;

    QHash<QString, qint64> salts;
    {
        QSqlQuery query(db);
        query.setForwardOnly(true);
        query.prepare(QStringLiteral("SELECT stage_id, salt FROM stage_state"));
        if (!exec(query, error))
            return false;
        while (query.next())
            salts.insert(query.value(0).toString(), query.value(1).toLongLong());
    }

    QHash<int, int> position; // project index → index in m_stages
    for (const int i : order) {
        if (!inScope.at(i))
            continue;
        StageRun s;
        s.stage = project.stages.at(i);
        // What the inspector shows for a setting the file leaves out is what runs.
        if (const StageType *type = StageRegistry::instance().type(s.stage.type))
            s.stage.settings = type->settingsWithDefaults(s.stage.settings);
        s.projectIndex = i;
        for (int u : upstream.at(i))
            s.upstream.append(position.value(u));
        for (const Edge &edge : project.edges) {
            if (edge.to == s.stage.id && indexOf.contains(edge.from) &&
                position.contains(indexOf.value(edge.from)))
                s.portOf.insert(position.value(indexOf.value(edge.from)),
                                edge.toPort.isEmpty() ? QStringLiteral("in") : edge.toPort);
        }
        const QString id = s.stage.id.toString(QUuid::WithoutBraces);
        s.idText = id.toUtf8();
        const std::optional<StageKind> kind = StageLogic::kindOf(s.stage);
        bool upstreamRunnable = true;
        for (int u : s.upstream)
            upstreamRunnable = upstreamRunnable && m_stages.at(u).runnable;
        if (!kind) {
            s.runnable = false;
            m_problems.append(RunnerText::tr("Stage “%1” (%2) cannot run in this version of "
                                             "Seedbed; the stages after it were skipped.")
                                  .arg(s.stage.name, s.stage.type));
        } else {
            s.kind = *kind;
            s.runnable = upstreamRunnable;
        }
        if (s.kind != StageKind::Source && s.upstream.isEmpty() && s.runnable) {
            s.runnable = false;
            m_problems.append(RunnerText::tr("Stage “%1” has no input; connect a stage to it.")
                                  .arg(s.stage.name));
        }

        if (const std::optional<PromptTemplate> effective =
                StageLogic::effectiveTemplate(s.stage, project.templates)) {
            s.ownTemplate = std::make_shared<const PromptTemplate>(*effective);
            s.promptTemplate = s.ownTemplate.get();
        }
        const char *samplesSetting = s.stage.type == QLatin1String("generate")  ? "samplesPerInput"
                                     : s.stage.type == QLatin1String("rewrite") ? "variants"
                                     : s.stage.type == QLatin1String("evolve")  ? "rounds"
                                                                                : nullptr;
        if (samplesSetting)
            s.samples =
                std::max(1, s.stage.settings.value(QLatin1String(samplesSetting), 1).toInt());

        // A topic tree needs its model only for the levels its stored tree lacks.
        const bool treeToGrow =
            s.stage.type == QLatin1String("topic_tree") &&
            !Diversity::TopicTree::fromSetting(
                 s.stage.settings.value(QStringLiteral("tree")),
                 s.stage.settings.value(QStringLiteral("root")).toString())
                 .unexpanded(s.stage.settings.value(QStringLiteral("depth"), 2).toInt())
                 .isEmpty();
        const bool usesModel = s.kind == StageKind::Llm ||
                               s.stage.type == QLatin1String("dedup_embedding") || treeToGrow;
        const QString verifyMethod = s.stage.settings.value(QStringLiteral("method")).toString();
        const bool verifyWithoutModel =
            s.stage.type == QLatin1String("verify") && verifyMethod != QLatin1String("llm");
        if (verifyWithoutModel && verifyMethod == QLatin1String("command") && s.runnable) {
            const QString command = s.stage.settings.value(QStringLiteral("command")).toString();
            QString problem = ValidatorProcess::problem(command, m_options.projectDir);
            if (problem.isEmpty() && !m_options.commandsTrusted)
                problem = RunnerText::tr("Stage “%1” runs the command “%2”, and this project is "
                                         "not trusted to run commands: allow it when the app "
                                         "asks, or run “seedbed trust” on the project folder.")
                              .arg(s.stage.name, command);
            if (!problem.isEmpty()) {
                s.runnable = false;
                m_problems.append(problem + QLatin1Char(' ') +
                                  RunnerText::tr("The stage and those after it were skipped."));
            } else {
                s.validator = new ValidatorProcess(this);
                s.validator->setCommand(command);
                s.validator->setWorkingDirectory(m_options.projectDir);
                s.validator->setTimeoutSeconds(
                    s.stage.settings.value(QStringLiteral("timeoutSeconds"), 30).toInt());
                const int at = int(m_stages.size());
                connect(s.validator, &ValidatorProcess::finished, this,
                        [this, at](quint64 job, bool passed, const QString &reason) {
                            onValidated(at, job, passed, reason);
                        });
            }
        }
        if (verifyWithoutModel && s.runnable)
            s.concurrency =
                std::clamp(s.stage.settings.value(QStringLiteral("concurrency"), 4).toInt(), 1, 64);
        if (usesModel && !verifyWithoutModel && s.runnable) {
            if (!StageLogic::resolveProvider(s.stage, m_options.profiles, m_options.keys,
                                             m_options.profileOverride, m_options.modelOverride,
                                             &s.profile, &s.model, &s.key, error))
                return false;
            s.concurrency = std::clamp(
                s.stage.settings.value(QStringLiteral("concurrency"), 8).toInt(), 1, 4096);
        }

        s.salt = salts.value(id, 0);
        if (m_options.fresh && s.kind == StageKind::Llm) {
            s.salt += 1;
            QSqlQuery save(db);
            save.prepare(
                QStringLiteral("INSERT INTO stage_state (stage_id, salt) VALUES (?, ?) "
                               "ON CONFLICT(stage_id) DO UPDATE SET salt = excluded.salt"));
            save.addBindValue(id);
            save.addBindValue(s.salt);
            if (!exec(save, error))
                return false;
        }
        QList<QByteArray> upstreamHashes;
        for (int u : s.upstream)
            upstreamHashes.append(m_stages.at(u).hash);
        s.hash =
            StageLogic::settingsHash(s.stage, s.promptTemplate, s.model, s.salt, upstreamHashes);

        // Stale records (other settings), and failed ones when they are to be redone.
        const auto remove = [&](const QString &sql, bool withHash) -> std::optional<int> {
            QSqlQuery query(db);
            query.prepare(sql);
            query.addBindValue(id);
            if (withHash)
                query.addBindValue(QString::fromLatin1(s.hash));
            if (!exec(query, error))
                return std::nullopt;
            return query.numRowsAffected();
        };
        const std::optional<int> stale = remove(
            QStringLiteral("DELETE FROM records WHERE stage_id = ? AND settings_hash IS NOT ?"),
            true);
        if (!stale)
            return false;
        if (*stale > 0) {
            Q_EMIT message(RunnerText::tr("Stage “%1”: %n record(s) of earlier settings removed.",
                                          nullptr, *stale)
                               .arg(s.stage.name));
        }
        if (m_options.retryFailed) {
            const std::optional<int> failed = remove(
                QStringLiteral("DELETE FROM records WHERE stage_id = ? AND status = 'failed'"),
                false);
            if (!failed)
                return false;
            if (*failed > 0) {
                Q_EMIT message(
                    RunnerText::tr("Stage “%1”: %n failed record(s) to redo.", nullptr, *failed)
                        .arg(s.stage.name));
            }
        }

        if (s.stage.type == QLatin1String("review") && !revokeReviewGate(i, s, upstream, error))
            return false;

        if (!readCounts(&s, error))
            return false;

        if (s.runnable && (s.stage.type == QLatin1String("generate") ||
                           s.stage.type == QLatin1String("rule_filter"))) {
            QString problem;
            s.schema = StageLogic::schemaSetting(s.stage,
                                                 s.stage.type == QLatin1String("generate")
                                                     ? QStringLiteral("outputSchema")
                                                     : QStringLiteral("schema"),
                                                 &problem);
            if (s.stage.type == QLatin1String("generate")) {
                s.exampleMode = s.stage.settings.value(QStringLiteral("examples")).toString();
                s.exampleCount = std::clamp(
                    s.stage.settings.value(QStringLiteral("exampleCount"), 3).toInt(), 1, 50);
                if (s.exampleMode == QLatin1String("fixed") &&
                    StageLogic::fixedExamples(s.stage, &s.fixedExamples, &problem)) {
                    while (s.fixedExamples.size() > s.exampleCount)
                        s.fixedExamples.removeLast();
                }
                s.wantsNegatives = StageLogic::templateMentions(
                    s.promptTemplate, QStringLiteral("negative_examples"));
            }
            if (!problem.isEmpty()) {
                s.runnable = false;
                m_problems.append(problem + QLatin1Char(' ') +
                                  RunnerText::tr("The stage and those after it were skipped."));
            }
        }
        if (s.stage.type == QLatin1String("dedup_minhash")) {
            Quality::MinHashLsh::Params params;
            params.shingleSize = s.stage.settings.value(QStringLiteral("shingle"), 5).toInt();
            params.permutations =
                s.stage.settings.value(QStringLiteral("permutations"), 128).toInt();
            params.threshold = s.stage.settings.value(QStringLiteral("threshold"), 0.8).toDouble();
            const QString unit = s.stage.settings.value(QStringLiteral("unit")).toString();
            params.unit = unit == QLatin1String("words") ? Quality::MinHashLsh::ShingleUnit::Words
                          : unit == QLatin1String("characters")
                              ? Quality::MinHashLsh::ShingleUnit::Characters
                              : Quality::MinHashLsh::ShingleUnit::Auto;
            s.lsh = std::make_unique<Quality::MinHashLsh>(params);
        }
        if (s.stage.type.startsWith(QLatin1String("dedup_"))) {
            // What this stage kept earlier is what later records are compared with.
            QSqlQuery kept(db);
            kept.setForwardOnly(true);
            kept.prepare(
                QStringLiteral("SELECT id, fields, parent_id FROM records WHERE stage_id = "
                               "? AND status = 'ok' ORDER BY id"));
            kept.addBindValue(id);
            if (!exec(kept, error))
                return false;
            while (kept.next()) {
                const QStringList texts = StageLogic::dedupTexts(
                    s.stage.settings, parseObject(kept.value(1).toByteArray()));
                if (s.lsh)
                    s.lsh->insert(kept.value(2).toLongLong(),
                                  s.lsh->signature(texts.join(QLatin1Char('\n'))));
                else
                    s.exactKeys.insert(Quality::TextNormalizer::exactKey(texts),
                                       kept.value(2).toLongLong());
            }
        }

        position.insert(i, int(m_stages.size()));
        m_stages.push_back(std::move(s));
    }
    return true;
}

/* The records a review gate passed on an earlier run whose review has changed since (rejected
   after all, or edited again) go back, with everything made of them downstream: the gate
   passes them anew (with their new fields) or holds them. */
bool RunEngine::revokeReviewGate(int projectIndex, const StageRun &s,
                                 const QList<QList<int>> &upstream, QString *error)
{
    QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    QList<qint64> frontier;
    {
        QSqlQuery passed(db);
        passed.setForwardOnly(true);
        passed.prepare(QStringLiteral(
            "SELECT g.id, g.parent_id, p.review_state, g.fields = p.fields FROM records g "
            "JOIN records p ON p.id = g.parent_id WHERE g.stage_id = ?"));
        passed.addBindValue(QString::fromUtf8(s.idText));
        if (!exec(passed, error))
            return false;
        while (passed.next()) {
            if (!passed.value(3).toBool() ||
                !StageLogic::reviewGatePasses(s.stage.settings, passed.value(2).toString(),
                                              passed.value(1).toLongLong()))
                frontier.append(passed.value(0).toLongLong());
        }
    }
    if (frontier.isEmpty())
        return true;

    QList<std::pair<qint64, int>> roots;
    for (const qint64 id : std::as_const(frontier))
        roots.append({id, projectIndex});
    if (!deleteWithDescendants(roots, upstream, error))
        return false;
    const qint64 revoked = frontier.size();
    Q_EMIT message(RunnerText::tr("Stage “%1”: %n record(s) whose review changed go through "
                                  "the review again.",
                                  nullptr, int(revoked))
                       .arg(s.stage.name));
    return true;
}

/* Deletes the records \a roots (ids with the project index of their stage) and everything made
   of them downstream: the records of the stages fed by theirs whose parent they are, and so on.
   Returns how many records went. */
/* The stage's stored records by status, as the progress counts them. */
bool RunEngine::readCounts(StageRun *s, QString *error)
{
    QSqlQuery counts(QSqlDatabase::database(m_connection, false));
    counts.prepare(
        QStringLiteral("SELECT status, count(*) FROM records WHERE stage_id = ? GROUP BY status"));
    counts.addBindValue(QString::fromUtf8(s->idText));
    if (!exec(counts, error))
        return false;
    std::fill(std::begin(s->counts), std::end(s->counts), 0);
    while (counts.next()) {
        for (int k = 0; k < 4; ++k) {
            if (statusName(RecordStatus(k)) == counts.value(0).toString())
                s->counts[k] = counts.value(1).toLongLong();
        }
    }
    return true;
}

std::optional<qint64> RunEngine::deleteWithDescendants(QList<std::pair<qint64, int>> roots,
                                                       const QList<QList<int>> &upstream,
                                                       QString *error)
{
    QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    const ProjectData &project = m_options.project;
    QList<QList<int>> downstream(upstream.size());
    for (int i = 0; i < int(upstream.size()); ++i) {
        for (const int u : upstream.at(i))
            downstream[u].append(i);
    }
    QSqlQuery children(db);
    children.setForwardOnly(true);
    children.prepare(QStringLiteral("SELECT id FROM records WHERE stage_id = ? AND parent_id = ?"));
    QSqlQuery remove(db);
    remove.prepare(QStringLiteral("DELETE FROM records WHERE id = ?"));
    qint64 removed = 0;
    while (!roots.isEmpty()) {
        const auto [id, stage] = roots.takeLast();
        for (const int below : downstream.at(stage)) {
            children.addBindValue(project.stages.at(below).id.toString(QUuid::WithoutBraces));
            children.addBindValue(id);
            if (!exec(children, error))
                return std::nullopt;
            while (children.next())
                roots.append({children.value(0).toLongLong(), below});
        }
        remove.addBindValue(id);
        if (!exec(remove, error))
            return std::nullopt;
        removed += remove.numRowsAffected();
    }
    return removed;
}

/* Records to make again (RunOptions::redoRecords): they go with what was made of them, and the
   requests that remake them do not read the cache. */
bool RunEngine::redo(const QHash<QUuid, int> &indexOf, const QList<QList<int>> &upstream,
                     QString *error)
{
    QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    QSqlQuery find(db);
    find.setForwardOnly(true);
    find.prepare(QStringLiteral("SELECT stage_id, parent_id FROM records WHERE id = ?"));
    QList<std::pair<qint64, int>> roots;
    for (const qint64 id : std::as_const(m_options.redoRecords)) {
        find.addBindValue(id);
        if (!exec(find, error))
            return false;
        if (!find.next())
            continue; // gone already
        const QString stageId = find.value(0).toString();
        const auto stage = indexOf.find(QUuid::fromString(stageId));
        if (stage == indexOf.end())
            continue;
        if (!find.value(1).isNull())
            m_bypassCache.insert({stageId.toUtf8(), find.value(1).toLongLong()});
        roots.append({id, stage.value()});
    }
    const std::optional<qint64> removed = deleteWithDescendants(roots, upstream, error);
    if (!removed)
        return false;
    if (*removed > 0) {
        Q_EMIT message(RunnerText::tr("%n record(s) to make again.", nullptr,
                                      int(std::min<qint64>(roots.size(), INT_MAX))));
    }
    return true;
}

// --- Stages that decide over all their inputs ---------------------------------------------------

void RunEngine::startBatch(int index)
{
    StageRun &s = m_stages[index];
    s.batchStarted = true;
    QList<BatchInput> inputs;
    QList<BatchOutput> outputs;
    QString error;
    if (!readBatchInputs(index, &inputs, &error))
        return finishBatch(index, error);
    // Every batch stage decides once per input: when each input has its output (and no output
    // is left of an input that went), the decisions stand and nothing is asked again.
    {
        QSqlQuery decided(QSqlDatabase::database(m_connection, false));
        decided.setForwardOnly(true);
        decided.prepare(QStringLiteral("SELECT parent_id FROM records WHERE stage_id = ? AND "
                                       "parent_id IS NOT NULL UNION SELECT parent_id FROM "
                                       "deleted_items WHERE stage_id = ? AND parent_id IS NOT "
                                       "NULL"));
        decided.addBindValue(QString::fromUtf8(s.idText));
        decided.addBindValue(QString::fromUtf8(s.idText));
        if (!exec(decided, &error))
            return finishBatch(index, error);
        QSet<qint64> parents;
        while (decided.next())
            parents.insert(decided.value(0).toLongLong());
        bool same = parents.size() == inputs.size() && !inputs.isEmpty();
        for (qsizetype k = 0; same && k < inputs.size(); ++k)
            same = parents.contains(inputs.at(k).id);
        if (same)
            return finishBatch(index, QString());
    }
    if (s.stage.type == QLatin1String("dedup_embedding"))
        return startEmbeddingBatch(index, std::move(inputs));
    if (!decideBatch(index, inputs, &outputs, &error))
        return finishBatch(index, error);
    if (!storeBatch(index, std::move(outputs), &error))
        return finishBatch(index, error);
    finishBatch(index, QString());
}

bool RunEngine::readBatchInputs(int index, QList<BatchInput> *inputs, QString *error)
{
    const StageRun &s = m_stages.at(index);
    QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    QStringList marks;
    for (qsizetype k = 0; k < s.upstream.size(); ++k)
        marks.append(QStringLiteral("?"));
    QSqlQuery query(db);
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT id, fields, scores, score, review_state, tags, stage_id "
                                 "FROM records WHERE stage_id IN (%1) AND status = 'ok' "
                                 "ORDER BY id")
                      .arg(marks.join(QLatin1Char(','))));
    QHash<QString, QString> portOfStage;
    for (const int u : s.upstream) {
        const QString id = QString::fromUtf8(m_stages.at(u).idText);
        query.addBindValue(id);
        portOfStage.insert(id, s.portOf.value(u, QStringLiteral("in")));
    }
    if (!exec(query, error))
        return false;
    while (query.next()) {
        BatchInput in;
        in.id = query.value(0).toLongLong();
        in.fields = parseObject(query.value(1).toByteArray());
        in.scores = parseObject(query.value(2).toByteArray());
        if (!query.value(3).isNull())
            in.score = query.value(3).toDouble();
        const QString review = query.value(4).toString();
        in.reviewState = review == QLatin1String("unreviewed") ? QString() : review;
        for (const QJsonValue &tag : QJsonDocument::fromJson(query.value(5).toByteArray()).array())
            in.tags.append(tag.toString());
        in.port = portOfStage.value(query.value(6).toString());
        inputs->append(std::move(in));
    }
    return true;
}

bool RunEngine::decideBatch(int index, const QList<BatchInput> &inputs, QList<BatchOutput> *outputs,
                            QString *error)
{
    const StageRun &s = m_stages.at(index);
    bool ok = false;
    if (BatchStages::handles(s.stage.type))
        ok = BatchStages::run(s.stage, m_options.projectDir, inputs, outputs, error);
    else if (s.stage.type == QLatin1String("dedup_exact") ||
             s.stage.type == QLatin1String("dedup_minhash"))
        ok = Quality::DedupBatch::run(s.stage, m_options.projectDir, inputs, outputs, error);
    else
        *error = RunnerText::tr("Stage “%1” (%2) cannot run in this version of Seedbed.")
                     .arg(s.stage.name, s.stage.type);
    if (!ok)
        return false;
    // An output keeps its input's review (an "accepted only" export after a split finds the
    // accepted records).
    QHash<qint64, QString> review;
    for (const BatchInput &in : inputs) {
        if (!in.reviewState.isEmpty())
            review.insert(in.id, in.reviewState);
    }
    for (BatchOutput &out : *outputs) {
        if (out.output.reviewState.isEmpty() && out.parentId > 0)
            out.output.reviewState = review.value(out.parentId);
    }
    return true;
}

void RunEngine::onValidated(int index, quint64 id, bool passed, const QString &reason)
{
    const auto it = m_validations.find(id);
    if (it == m_validations.end())
        return;
    const Work work = it.value();
    m_validations.erase(it);
    --m_stages[index].inFlight;
    if (m_over)
        return;
    emitOutput(index, work, StageLogic::verifyOutput(work.fields, passed, reason));
    pump();
}

/* Semantic dedup: the embeddings of every input (and of the reference file's records) first. */
void RunEngine::startEmbeddingBatch(int index, QList<BatchInput> inputs)
{
    StageRun &s = m_stages[index];
    QStringList texts;
    for (const BatchInput &in : std::as_const(inputs))
        texts.append(StageLogic::dedupTexts(s.stage.settings, in.fields).join(QLatin1Char('\n')));
    QStringList reference;
    QString error;
    if (!Quality::DedupBatch::referenceTexts(s.stage, m_options.projectDir, &reference, &error))
        return finishBatch(index, error);
    if (texts.isEmpty()) {
        if (!storeBatch(index, {}, &error))
            return finishBatch(index, error);
        return finishBatch(index, QString());
    }
    s.batchInputs = std::move(inputs);
    s.referenceCount = int(reference.size());
    ++s.inFlight;
    ++m_calls_;
    const quint64 id = m_llm->submitEmbeddings(s.profile, s.key, s.model, texts + reference);
    m_embeddings.insert(id, index);
}

void RunEngine::onEmbeddingsFinished(quint64 id, const Llm::EmbeddingResult &result)
{
    const auto it = m_embeddings.find(id);
    if (it == m_embeddings.end())
        return;
    const int index = it.value();
    m_embeddings.erase(it);
    StageRun &s = m_stages[index];
    --s.inFlight;
    if (m_over || result.error.kind == Llm::ChatError::Kind::Cancelled)
        return;
    const QList<BatchInput> inputs = std::exchange(s.batchInputs, {});
    const qsizetype expected = inputs.size() + s.referenceCount;
    if (!result.isComplete() || result.vectors.size() != expected) {
        return finishBatch(index,
                           result.error.isError()
                               ? StageLogic::callError(result.error, s.profile, !s.key.isEmpty())
                               : RunnerText::tr("The provider returned %1 embeddings for %2 texts.")
                                     .arg(result.vectors.size())
                                     .arg(expected));
    }
    const int dim = int(result.vectors.value(0).size());
    std::vector<float> vectors;
    std::vector<float> reference;
    vectors.reserve(std::size_t(inputs.size()) * std::size_t(dim));
    for (qsizetype i = 0; i < result.vectors.size(); ++i) {
        const QList<float> &v = result.vectors.at(i);
        if (v.size() != dim)
            return finishBatch(index, RunnerText::tr("The provider returned embeddings of "
                                                     "different lengths."));
        std::vector<float> &into = i < inputs.size() ? vectors : reference;
        into.insert(into.end(), v.cbegin(), v.cend());
    }
    m_ledger.record(s.profile, s.model, result.usage);
    QList<BatchOutput> outputs;
    QString error;
    if (!Quality::DedupBatch::runEmbedding(s.stage, inputs, vectors, reference, dim, &outputs,
                                           &error) ||
        !storeBatch(index, std::move(outputs), &error))
        return finishBatch(index, error);
    finishBatch(index, QString());
}

/* Writes a batch stage's decisions, changing only what changed: an output whose record exists
   with the same status and fields stays (and so does everything made of it downstream), as does
   one a reviewer has touched; the others replace their records, whose descendants go too. */
bool RunEngine::storeBatch(int index, QList<BatchOutput> outputs, QString *error)
{
    StageRun &s = m_stages[index];
    QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    struct Existing
    {
        qint64 id = 0;
        QString status;
        QByteArray fields;
        QString review;
    };
    QHash<QString, Existing> existing;
    QSet<QString> deleted;
    {
        QSqlQuery query(db);
        query.setForwardOnly(true);
        query.prepare(QStringLiteral("SELECT id, item_key, status, fields, review_state FROM "
                                     "records WHERE stage_id = ?"));
        query.addBindValue(QString::fromUtf8(s.idText));
        if (!exec(query, error))
            return false;
        while (query.next()) {
            existing.insert(query.value(1).toString(),
                            {query.value(0).toLongLong(), query.value(2).toString(),
                             query.value(3).toByteArray(), query.value(4).toString()});
        }
        QSqlQuery gone(db);
        gone.setForwardOnly(true);
        gone.prepare(QStringLiteral("SELECT item_key FROM deleted_items WHERE stage_id = ?"));
        gone.addBindValue(QString::fromUtf8(s.idText));
        if (!exec(gone, error))
            return false;
        while (gone.next())
            deleted.insert(gone.value(0).toString());
    }
    QList<std::pair<qint64, int>> replaced;
    QSet<QString> seen;
    s.expected = outputs.size();
    for (BatchOutput &out : outputs) {
        const QString &key = out.output.itemKey;
        seen.insert(key);
        if (deleted.contains(key))
            continue;
        const auto it = existing.constFind(key);
        if (it != existing.constEnd()) {
            // A reviewer's decision on this stage's record (another review than the one it
            // inherited) stands.
            const QString inherited = out.output.reviewState.isEmpty()
                                          ? QStringLiteral("unreviewed")
                                          : out.output.reviewState;
            if (it->review != inherited || (it->status == statusName(out.output.status) &&
                                            parseObject(it->fields) == out.output.fields))
                continue;
            replaced.append({it->id, s.projectIndex});
        }
        Row row{index, std::move(out.output), out.parentId, {}, {}, {}, {}};
        m_rows.append(std::move(row));
    }
    for (auto it = existing.constBegin(); it != existing.constEnd(); ++it) {
        if (!seen.contains(it.key()))
            replaced.append({it->id, s.projectIndex});
    }
    if (!replaced.isEmpty()) {
        const std::optional<qint64> removed =
            deleteWithDescendants(replaced, m_projectUpstream, error);
        if (!removed)
            return false;
        if (!readCounts(&s, error))
            return false;
        Q_EMIT message(RunnerText::tr("Stage “%1”: %n earlier decision(s) changed.", nullptr,
                                      int(std::min<qint64>(replaced.size(), INT_MAX)))
                           .arg(s.stage.name));
    }
    if (!m_rows.isEmpty())
        scheduleFlush();
    return true;
}

void RunEngine::finishBatch(int index, const QString &error)
{
    StageRun &s = m_stages[index];
    if (!error.isEmpty()) {
        // The stage cannot decide: it and those after it make nothing this run.
        m_problems.append(RunnerText::tr("Stage “%1”: %2").arg(s.stage.name, error));
        s.runnable = false;
        for (StageRun &other : m_stages) {
            bool below = false;
            for (const int u : other.upstream)
                below = below || !m_stages.at(u).runnable;
            if (below)
                other.runnable = false;
        }
    }
    s.exhausted = true;
    schedulePump();
}

// --- The flow -----------------------------------------------------------------------------------

void RunEngine::pump()
{
    if (m_over || m_inPump)
        return;
    m_inPump = true;
    // Again while stages finish: a stage that is done lets the next one finish in turn.
    bool changed = true;
    while (changed && !m_over) {
        for (int i = 0; i < int(m_stages.size()) && !m_over; ++i) {
            StageRun &s = m_stages[i];
            if (!s.runnable || s.done || s.kind == StageKind::Source)
                continue;
            if (s.kind == StageKind::Sink || s.kind == StageKind::Batch) {
                bool ready = m_rows.isEmpty();
                for (int u : s.upstream)
                    ready = ready && m_stages.at(u).done;
                if (!ready || m_paused)
                    continue;
                if (s.kind == StageKind::Batch) {
                    if (!s.batchStarted)
                        startBatch(i);
                    continue;
                }
                QString error;
                if (!runSink(i, &error))
                    m_problems.append(error);
                s.done = true;
                continue;
            }
            refill(i);
            if (!m_paused)
                dispatch(i);
        }
        changed = !m_over && updateDone();
    }
    m_inPump = false;
    if (m_over)
        return;

    bool allDone = true;
    for (const StageRun &s : m_stages)
        allDone = allDone && (s.done || !s.runnable);
    if (allDone && m_rows.isEmpty() && m_inflight.isEmpty()) {
        bool failures = !m_problems.isEmpty();
        for (const StageRun &s : m_stages)
            failures = failures || !s.runnable || s.counts[int(RecordStatus::Failed)] > 0;
        finish(failures ? RunSummary::State::Partial : RunSummary::State::Completed);
    }
}

int RunEngine::refill(int index)
{
    StageRun &s = m_stages[index];
    if (s.exhausted || s.queue.size() >= std::size_t(std::max(fetchPage / 2, 2 * s.concurrency)))
        return 0;
    bool upstreamDone = true;
    for (int u : s.upstream)
        upstreamDone = upstreamDone && m_stages.at(u).done;
    if (!s.refillQuery) {
        QByteArrayList marks;
        for (qsizetype k = 0; k < s.upstream.size(); ++k)
            marks.append(QByteArrayLiteral("?"));
        s.refillQuery = std::make_unique<Statement>();
        const QByteArray sql =
            "SELECT u.id, u.fields, u.scores, u.score, "
            "(SELECT count(*) FROM records o WHERE o.stage_id = ? AND o.parent_id = u.id) + "
            "(SELECT count(*) FROM deleted_items d WHERE d.stage_id = ? AND d.parent_id = u.id), "
            "u.review_state "
            "FROM records u WHERE u.stage_id IN (" +
            marks.join(',') + ") AND u.status = 'ok' AND u.id > ? ORDER BY u.id LIMIT " +
            QByteArray::number(fetchPage);
        if (!s.refillQuery->prepare(m_handle, sql)) {
            finish(RunSummary::State::Failed, sqliteError());
            return 0;
        }
    }
    Statement &query = *s.refillQuery;
    int parameter = 1;
    query.bind(parameter++, s.idText);
    query.bind(parameter++, s.idText);
    for (int u : s.upstream)
        query.bind(parameter++, m_stages.at(u).idText);
    query.bind(parameter, s.cursor);

    QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    const QString id = QString::fromUtf8(s.idText);
    QString error;
    int rows = 0;
    int result = SQLITE_ROW;
    while ((result = query.step()) == SQLITE_ROW) {
        ++rows;
        Work work;
        work.parentId = query.int64(0);
        s.cursor = work.parentId;
        if (s.exampleMode == QLatin1String("inputs") && s.examplePool.size() < examplePoolSize)
            s.examplePool.append({work.parentId, QJsonDocument::fromJson(query.text(1)).object()});
        const qint64 made = query.int64(4);
        if (made >= s.samples)
            continue;
        QByteArray fields = query.text(1);
        QJsonParseError parsed;
        const QJsonDocument fieldsDocument = QJsonDocument::fromJson(fields, &parsed);
        work.fields = fieldsDocument.object();
        if (parsed.error == QJsonParseError::NoError && fieldsDocument.isObject())
            work.fieldsJson = std::move(fields);
        QByteArray scores = query.text(2);
        const QJsonDocument scoresDocument = QJsonDocument::fromJson(scores, &parsed);
        work.scores = scoresDocument.object();
        if (parsed.error == QJsonParseError::NoError && scoresDocument.isObject())
            work.scoresJson = std::move(scores);
        if (!query.isNull(3))
            work.score = query.real(3);
        work.reviewState = query.text(5);
        QSet<QString> existing;
        if (made > 0) {
            QSqlQuery keys(db);
            keys.prepare(QStringLiteral(
                "SELECT item_key, status, fields FROM records WHERE stage_id = ? AND "
                "parent_id = ? UNION ALL SELECT item_key, 'deleted', '{}' FROM deleted_items "
                "WHERE stage_id = ? AND parent_id = ?"));
            keys.addBindValue(id);
            keys.addBindValue(work.parentId);
            keys.addBindValue(id);
            keys.addBindValue(work.parentId);
            int lastRound = -1;
            bool chainGoesOn = false;
            QByteArray lastFields;
            if (exec(keys, &error)) {
                while (keys.next()) {
                    const QString key = keys.value(0).toString();
                    existing.insert(key);
                    const int round = int(key.section(QLatin1Char(':'), 1, 1).toInt());
                    if (s.stage.type == QLatin1String("evolve") && round > lastRound) {
                        lastRound = round;
                        chainGoesOn = keys.value(1).toString() == QLatin1String("ok");
                        lastFields = keys.value(2).toByteArray();
                    }
                }
            }
            if (s.stage.type == QLatin1String("evolve")) {
                // An evolution chain goes on from its last stored round, if that one passed.
                if (chainGoesOn && lastRound + 1 < s.samples) {
                    Work next = work;
                    next.fields = parseObject(lastFields);
                    next.fieldsJson.clear();
                    next.sample = lastRound + 1;
                    s.queue.push_back(std::move(next));
                }
                continue;
            }
        }
        if (s.stage.type == QLatin1String("evolve")) {
            work.sample = 0; // round 1; complete() queues the next rounds
            s.queue.push_back(work);
            continue;
        }
        for (int sample = 0; sample < s.samples; ++sample) {
            if (existing.contains(itemKey(s.samples, work.parentId, sample)))
                continue;
            work.sample = sample;
            s.queue.push_back(work);
        }
    }
    query.reset();
    if (result != SQLITE_DONE) {
        finish(RunSummary::State::Failed, sqliteError());
        return 0;
    }
    s.morePages = rows == fetchPage;
    if (rows < fetchPage && upstreamDone)
        s.exhausted = true;
    return rows;
}

void RunEngine::schedulePump()
{
    if (m_pumpQueued)
        return;
    m_pumpQueued = true;
    QTimer::singleShot(0, this, [this] {
        m_pumpQueued = false;
        pump();
    });
}

void RunEngine::dispatch(int index)
{
    StageRun &s = m_stages[index];
    if (s.kind == StageKind::Map) {
        // Map stages work through every committed input there is, page after page, until the
        // buffer is full (its flush pumps again) or their slice is used up (the event loop
        // gets a turn first).
        int budget = mapSlice;
        while (budget > 0 && !m_over && m_rows.size() < maxBuffered) {
            if (s.queue.empty()) {
                if (!s.morePages || refill(index) == 0 || m_over)
                    break;
                continue;
            }
            const Work work = std::move(s.queue.front());
            s.queue.pop_front();
            processMap(index, work);
            --budget;
        }
        if (budget == 0 && (!s.queue.empty() || s.morePages))
            schedulePump();
        return;
    }
    while (s.inFlight < s.concurrency && !s.queue.empty() && !m_over) {
        const Work work = std::move(s.queue.front());
        s.queue.pop_front();
        startLlm(index, work);
    }
}

void RunEngine::processMap(int index, const Work &work)
{
    StageRun &s = m_stages[index];
    Output out;
    out.fields = work.fields;
    out.score = work.score;
    if (s.stage.type == QLatin1String("review")) {
        // A record held for review makes nothing: a later run finds it unprocessed and passes
        // it once it is accepted. One that passes keeps its review state past the gate.
        if (!StageLogic::reviewGatePasses(s.stage.settings, QString::fromUtf8(work.reviewState),
                                          work.parentId)) {
            ++s.held;
            return;
        }
        out.reviewState = QString::fromUtf8(work.reviewState);
    } else if (s.stage.type == QLatin1String("rule_filter")) {
        out = StageLogic::ruleFilter(s.stage.settings, work.fields, work.score,
                                     s.schema ? &*s.schema : nullptr);
        if (out.fields != work.fields) // masked
            return emitOutput(index, work, std::move(out));
    } else {
        const QStringList texts = StageLogic::dedupTexts(s.stage.settings, work.fields);
        if (s.lsh) {
            const auto duplicateOf = s.lsh->insertOrFindDuplicate(
                work.parentId, s.lsh->signature(texts.join(QLatin1Char('\n'))));
            if (duplicateOf) {
                out.status = RecordStatus::Duplicate;
                out.meta.insert(QStringLiteral("duplicateOfParent"), *duplicateOf);
            }
        } else {
            const QByteArray key = Quality::TextNormalizer::exactKey(texts);
            const auto kept = s.exactKeys.constFind(key);
            if (kept != s.exactKeys.constEnd()) {
                out.status = RecordStatus::Duplicate;
                out.meta.insert(QStringLiteral("reason"),
                                RunnerText::tr("The same text as an earlier record."));
                out.meta.insert(QStringLiteral("duplicateOfParent"), kept.value());
            } else {
                s.exactKeys.insert(key, work.parentId);
            }
        }
    }
    emitOutput(index, work, std::move(out), {}, true);
}

QJsonArray RunEngine::examplesFor(int index, const Work &work)
{
    StageRun &s = m_stages[index];
    if (s.exampleMode == QLatin1String("fixed"))
        return s.fixedExamples;
    QJsonArray examples;
    if (s.exampleMode == QLatin1String("inputs") && !s.examplePool.isEmpty()) {
        // Others than the input itself, from a place that depends on the input and sample.
        const qsizetype start = qsizetype((work.parentId * 7 + work.sample) % s.examplePool.size());
        for (qsizetype k = 0; k < s.examplePool.size() && examples.size() < s.exampleCount; ++k) {
            const auto &[id, fields] = s.examplePool.at((start + k) % s.examplePool.size());
            if (id != work.parentId)
                examples.append(fields);
        }
    } else if (s.exampleMode == QLatin1String("best-accepted") ||
               s.exampleMode == QLatin1String("exemplars")) {
        const qint64 now = m_clock.elapsed();
        if (s.bestAcceptedAt < 0 || now - s.bestAcceptedAt >= bestAcceptedRefreshMs) {
            s.bestAcceptedAt = now;
            s.bestAccepted = StageLogic::storedExamples(QSqlDatabase::database(m_connection, false),
                                                        QString::fromUtf8(s.idText), s.exampleMode,
                                                        s.exampleCount);
        }
        examples = s.bestAccepted;
    }
    return examples;
}

QJsonArray RunEngine::negativesFor(int index)
{
    StageRun &s = m_stages[index];
    if (!s.wantsNegatives)
        return {};
    const qint64 now = m_clock.elapsed();
    if (s.negativesAt >= 0 && now - s.negativesAt < bestAcceptedRefreshMs)
        return s.negatives;
    s.negativesAt = now;
    s.negatives = StageLogic::storedNegatives(QSqlDatabase::database(m_connection, false),
                                              QString::fromUtf8(s.idText), s.exampleCount);
    return s.negatives;
}

void RunEngine::startLlm(int index, const Work &work)
{
    StageRun &s = m_stages[index];
    if (s.stage.type == QLatin1String("verify")) {
        const QString method = s.stage.settings.value(QStringLiteral("method")).toString();
        if (method == QLatin1String("command") && s.validator) {
            QJsonObject record = work.fields;
            ++s.inFlight;
            m_validations.insert(s.validator->start(record), work);
            return;
        }
        if (method != QLatin1String("llm")) {
            const Quality::VerifyOutcome outcome =
                Quality::AnswerCheck::verify(s.stage.settings, work.fields);
            return emitOutput(
                index, work,
                StageLogic::verifyOutput(work.fields, outcome.passed, outcome.reason,
                                         {{QStringLiteral("extracted"), outcome.extracted},
                                          {QStringLiteral("expected"), outcome.expected}}));
        }
    }
    Llm::ChatRequest request;
    QString error;
    if (!StageLogic::buildRequest(s.stage, s.promptTemplate, s.model, work.fields, work.sample,
                                  examplesFor(index, work), &request, &error,
                                  negativesFor(index))) {
        Output out;
        out.fields = work.fields;
        out.status = RecordStatus::Failed;
        out.meta.insert(QStringLiteral("reason"), error);
        emitOutput(index, work, std::move(out));
        return;
    }
    const QByteArray cacheKey = StageLogic::cacheKey(request, work.sample, s.salt);

    const bool askAnew =
        !m_bypassCache.isEmpty() && m_bypassCache.contains({s.idText, work.parentId});
    QByteArray cached = askAnew ? QByteArray() : m_uncommittedCache.value(cacheKey);
    if (cached.isEmpty() && !askAnew) {
        m_cacheLookup.bind(1, cacheKey);
        if (m_cacheLookup.step() == SQLITE_ROW)
            cached = m_cacheLookup.text(0);
        m_cacheLookup.reset();
    }
    if (!cached.isEmpty()) {
        const QJsonObject response = parseObject(cached);
        Llm::Usage usage; // a cached answer costs nothing
        usage.promptTokens = 0;
        usage.completionTokens = 0;
        ++m_hits;
        m_cacheHits.append(cacheKey);
        QJsonObject meta{{QStringLiteral("model"), response.value(QStringLiteral("model"))}};
        complete(index, work, request, cacheKey,
                 response.value(QStringLiteral("content")).toString(),
                 response.value(QStringLiteral("reasoning")).toString(), meta, usage, true);
        return;
    }

    ++s.inFlight;
    ++m_calls_;
    const quint64 id = m_llm->submit(s.profile, s.key, request);
    m_inflight.insert(id, {index, work, request, cacheKey});
}

void RunEngine::onLlmFinished(quint64 id, const Llm::ChatResult &result)
{
    const auto it = m_inflight.find(id);
    if (it == m_inflight.end())
        return; // cancelled
    const Pending pending = it.value();
    m_inflight.erase(it);
    StageRun &s = m_stages[pending.stage];
    --s.inFlight;
    if (m_over || result.error.kind == Llm::ChatError::Kind::Cancelled)
        return;

    const Llm::ChatChoice choice = result.choices.value(0);
    Call call;
    call.stage = pending.stage;
    call.hash = pending.cacheKey;
    // The body exactly as sent (keys travel in headers, never in it).
    call.request = Llm::RequestBuilder::chat(s.profile.protocol, pending.request).body;
    call.response = choice.content.toUtf8();
    call.latencyMs = result.latencyMs;
    call.tokensIn = std::max<qint64>(0, result.usage.promptTokens);
    call.tokensOut = std::max<qint64>(0, result.usage.completionTokens);
    call.provider = s.profile.name;
    call.model = result.model.isEmpty() ? pending.request.model : result.model;
    m_ledger.record(s.profile, call.model, result.usage);
    const bool renamed = call.model != pending.request.model;

    QJsonObject meta{{QStringLiteral("model"), pending.request.model},
                     {QStringLiteral("attempts"), result.attempts},
                     {QStringLiteral("latencyMs"), result.latencyMs}};
    if (renamed)
        meta.insert(QStringLiteral("servedBy"), call.model);
    if (result.error.isError() || choice.finish != Llm::FinishReason::Complete) {
        call.status =
            result.error.isError() ? QStringLiteral("error") : QStringLiteral("incomplete");
        call.error = result.error.isError()
                         ? StageLogic::callError(result.error, s.profile, !s.key.isEmpty())
                         : StageLogic::finishText(choice.finish);
        m_calls.append(call);
        Output out;
        out.fields = pending.work.fields;
        out.status = RecordStatus::Failed;
        meta.insert(QStringLiteral("reason"), call.error);
        meta.insert(QStringLiteral("raw"), choice.content);
        if (!choice.reasoning.isEmpty())
            meta.insert(QStringLiteral("reasoning"), choice.reasoning);
        meta.insert(QStringLiteral("finish"), Llm::finishReasonName(choice.finish));
        out.meta = meta;
        emitOutput(pending.stage, pending.work, std::move(out));
        Q_EMIT message(RunnerText::tr("Stage “%1”: %2").arg(s.stage.name, call.error));
    } else {
        call.status = QStringLiteral("ok");
        m_calls.append(call);
        complete(pending.stage, pending.work, pending.request, pending.cacheKey, choice.content,
                 choice.reasoning, meta, result.usage, false);
    }
    pump();
}

void RunEngine::complete(int index, const Work &work, const Llm::ChatRequest &request,
                         const QByteArray &cacheKey, const QString &content,
                         const QString &reasoning, const QJsonObject &meta, const Llm::Usage &usage,
                         bool cached)
{
    StageRun &s = m_stages[index];
    Output out =
        StageLogic::interpret(s.stage, work.fields, content,
                              s.schema && s.schema->isValid() ? &*s.schema : nullptr, work.sample);
    if (!out.score)
        out.score = work.score;
    QJsonObject fullMeta = meta;
    for (auto it = out.meta.constBegin(); it != out.meta.constEnd(); ++it)
        fullMeta.insert(it.key(), it.value());
    fullMeta.insert(QStringLiteral("raw"), content);
    if (!reasoning.isEmpty())
        fullMeta.insert(QStringLiteral("reasoning"), reasoning);
    fullMeta.insert(QStringLiteral("promptVersion"), StageLogic::promptVersion(s.promptTemplate));
    if (s.promptTemplate) {
        fullMeta.insert(QStringLiteral("template"), s.promptTemplate->name);
        fullMeta.insert(QStringLiteral("promptHash"), StageLogic::promptHash(s.promptTemplate));
    }
    fullMeta.insert(QStringLiteral("callHash"), QString::fromLatin1(cacheKey));
    if (cached)
        fullMeta.insert(QStringLiteral("cached"), true);
    out.meta = fullMeta;

    // Only answers that made a record are worth serving again: a retry of a failed one must
    // ask the model anew.
    if (!cached && out.status != RecordStatus::Failed) {
        const QJsonObject response{{QStringLiteral("content"), content},
                                   {QStringLiteral("reasoning"), reasoning},
                                   {QStringLiteral("model"), meta.value(QStringLiteral("model"))}};
        const QByteArray json = compact(response);
        m_uncommittedCache.insert(cacheKey, json);
        m_cacheRows.append({cacheKey, json});
    }
    Q_UNUSED(request);
    QJsonObject usageJson{{QStringLiteral("prompt"), usage.promptTokens},
                          {QStringLiteral("completion"), usage.completionTokens}};
    if (usage.reasoningTokens >= 0)
        usageJson.insert(QStringLiteral("reasoning"), usage.reasoningTokens);
    if (usage.estimated)
        usageJson.insert(QStringLiteral("estimated"), true);
    if (s.stage.type == QLatin1String("evolve") && out.status == RecordStatus::Ok &&
        work.sample + 1 < s.samples) {
        // The next round evolves what this one made.
        Work next = work;
        next.fields = out.fields;
        next.fieldsJson.clear();
        next.sample = work.sample + 1;
        s.queue.push_front(std::move(next));
    }
    emitOutput(index, work, std::move(out), usageJson);
}

void RunEngine::emitOutput(int index, const Work &work, Output output, const QJsonObject &usage,
                           bool sameFields)
{
    StageRun &s = m_stages[index];
    output.itemKey = itemKey(s.samples, work.parentId, work.sample);
    Row row{index, std::move(output), work.parentId, work.scores, usage, {}, work.scoresJson};
    if (sameFields)
        row.fieldsJson = work.fieldsJson;
    if (s.stage.type == QLatin1String("judge") && row.output.score &&
        row.output.status != RecordStatus::Failed) {
        row.scores.insert(s.stage.name, *row.output.score);
        row.scoresJson.clear();
    }
    m_rows.append(std::move(row));
    scheduleFlush();
}

void RunEngine::scheduleFlush()
{
    if (m_rows.size() >= maxBuffered) {
        if (!m_flushQueued) {
            m_flushQueued = true;
            QTimer::singleShot(0, this, [this] {
                m_flushQueued = false;
                if (flush())
                    pump();
            });
        }
        return;
    }
    if (!m_flushTimer->isActive())
        m_flushTimer->start(m_options.flushIntervalMs);
}

bool RunEngine::flush()
{
    if (m_over)
        return false;
    if (m_rows.isEmpty() && m_cacheRows.isEmpty() && m_calls.isEmpty() && m_cacheHits.isEmpty()) {
        updateDone();
        return true;
    }
    QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    QString error;
    if (!db.transaction()) {
        finish(RunSummary::State::Failed, sqlError(db.lastError()));
        return false;
    }
    bool ok = true;
    QList<int> inserted(m_stages.size() * 4, 0);
    {
        QByteArray statuses[4];
        for (int k = 0; k < 4; ++k)
            statuses[k] = statusName(RecordStatus(k)).toUtf8();
        Statement &insert = m_insertRecord;
        insert.bind(2, m_runId);
        for (const Row &row : std::as_const(m_rows)) {
            const StageRun &s = m_stages.at(row.stage);
            const QByteArray fields =
                row.fieldsJson.isEmpty() ? compact(row.output.fields) : row.fieldsJson;
            QByteArray parentIds("[", 1);
            if (row.parentId > 0)
                parentIds.append(QByteArray::number(row.parentId));
            parentIds.append(']');
            const QByteArray scores =
                row.scoresJson.isEmpty() ? compactOrEmpty(row.scores) : row.scoresJson;
            const QByteArray usage = compactOrEmpty(row.usage);
            const QByteArray itemKey = row.output.itemKey.toUtf8();
            const QByteArray meta = compactOrEmpty(row.output.meta);

            insert.bind(1, s.idText);
            insert.bind(3, fields);
            insert.bind(4, parentIds);
            insert.bind(5, statuses[int(row.output.status)]);
            insert.bind(6, scores);
            insert.bind(7, usage);
            if (row.output.score)
                insert.bind(8, *row.output.score);
            else
                insert.bindNull(8);
            insert.bind(9, itemKey);
            if (row.parentId > 0)
                insert.bind(10, row.parentId);
            else
                insert.bindNull(10);
            insert.bind(11, s.hash);
            insert.bind(12, meta);
            const QByteArray reviewState = row.output.reviewState.toUtf8();
            if (reviewState.isEmpty())
                insert.bindNull(13);
            else
                insert.bind(13, reviewState);
            const int result = insert.step();
            insert.reset();
            if (result != SQLITE_DONE) {
                error = sqliteError();
                ok = false;
                break;
            }
            if (sqlite3_changes(m_handle) > 0)
                ++inserted[row.stage * 4 + int(row.output.status)];
        }
    }
    const auto execute = [this, &ok, &error](Statement &statement) {
        const int result = statement.step();
        statement.reset();
        if (result != SQLITE_DONE) {
            error = sqliteError();
            ok = false;
        }
        return ok;
    };
    if (ok && !m_cacheRows.isEmpty()) {
        for (const auto &[key, response] : std::as_const(m_cacheRows)) {
            m_insertCache.bind(1, key);
            m_insertCache.bind(2, response);
            if (!execute(m_insertCache))
                break;
        }
    }
    if (ok && !m_cacheHits.isEmpty()) {
        for (const QByteArray &key : std::as_const(m_cacheHits)) {
            m_countHit.bind(1, key);
            if (!execute(m_countHit))
                break;
        }
    }
    if (ok && !m_calls.isEmpty()) {
        Statement &log = m_insertCall;
        log.bind(1, m_runId);
        for (const Call &call : std::as_const(m_calls)) {
            const QByteArray provider = call.provider.toUtf8();
            const QByteArray model = call.model.toUtf8();
            const QByteArray status = call.status.toUtf8();
            const QByteArray callError = call.error.toUtf8();
            log.bind(2, m_stages.at(call.stage).idText);
            log.bind(3, provider);
            log.bind(4, model);
            log.bind(5, call.hash);
            log.bind(6, call.request);
            log.bind(7, call.response);
            log.bind(8, status);
            log.bind(9, call.tokensIn);
            log.bind(10, call.tokensOut);
            log.bind(11, call.latencyMs);
            if (call.error.isEmpty())
                log.bindNull(12);
            else
                log.bind(12, callError);
            if (!execute(log))
                break;
        }
    }
    if (!ok || !db.commit()) {
        if (ok)
            error = sqlError(db.lastError());
        db.rollback();
        finish(RunSummary::State::Failed, error);
        return false;
    }
    for (int i = 0; i < int(m_stages.size()); ++i) {
        for (int k = 0; k < 4; ++k) {
            m_stages[i].counts[k] += inserted.at(i * 4 + k);
            m_stages[i].madeThisRun += inserted.at(i * 4 + k);
        }
    }
    m_rows.clear();
    m_cacheRows.clear();
    m_cacheHits.clear();
    m_calls.clear();
    m_uncommittedCache.clear();
    updateDone();
    return true;
}

bool RunEngine::updateDone()
{
    // A stage is done once its inputs are exhausted and its last record is committed.
    if (!m_rows.isEmpty())
        return false;
    bool changed = false;
    for (StageRun &s : m_stages) {
        if (!s.done && s.runnable && s.kind != StageKind::Sink && s.exhausted && s.queue.empty() &&
            s.inFlight == 0) {
            s.done = true;
            changed = true;
            if (s.held > 0) {
                Q_EMIT message(RunnerText::tr("Stage “%1”: %n record(s) wait for a review; run "
                                              "again once they are reviewed.",
                                              nullptr, int(std::min<qint64>(s.held, INT_MAX)))
                                   .arg(s.stage.name));
            }
        }
    }
    return changed;
}

bool RunEngine::runSink(int index, QString *error)
{
    StageRun &s = m_stages[index];
    Export::ExportOptions options = Export::ExportOptions::fromMap(s.stage.settings);
    options.stageIds.clear();
    for (int u : s.upstream)
        options.stageIds.append(m_stages.at(u).stage.id.toString(QUuid::WithoutBraces));
    const QString name = s.stage.settings.value(QStringLiteral("path")).toString().trimmed();
    QString path;
    const QString rejected = Export::ExportTarget::check(m_options.projectDir, name, &path);
    if (!rejected.isEmpty()) {
        *error = RunnerText::tr("Stage “%1”: the export path “%2” must name a file inside the "
                                "project folder, such as export/dataset.jsonl. %3")
                     .arg(s.stage.name, name, rejected);
        return false;
    }
    Export::Exporter exporter(options);
    exporter.setProjectFile(
        QDir(m_options.projectDir).filePath(QLatin1String(ProjectFormat::fileName)));
    const Export::ExportResult result =
        exporter.run(QSqlDatabase::database(m_connection, false), m_options.projectDir, name);
    if (!result.ok) {
        *error = RunnerText::tr("Stage “%1”: %2").arg(s.stage.name, result.error);
        return false;
    }
    s.counts[int(RecordStatus::Ok)] = result.written;
    m_exported.append(path);
    Q_EMIT message(RunnerText::tr("Stage “%1”: %n record(s) exported to %2.", nullptr,
                                  int(std::min<qint64>(result.written, INT_MAX)))
                       .arg(s.stage.name, QDir::toNativeSeparators(path)));
    return true;
}

// --- Control and reporting
// ------------------------------------------------------------------------

void RunEngine::setPaused(bool paused)
{
    m_paused = paused;
    emitProgress();
    if (!paused)
        pump();
}

void RunEngine::cancel()
{
    if (m_over)
        return;
    m_inflight.clear(); // their answers are not waited for
    if (m_llm)
        m_llm->cancelAll();
    for (StageRun &s : m_stages)
        s.inFlight = 0;
    if (flush() || !m_over)
        finish(RunSummary::State::Cancelled);
}

RunProgress RunEngine::snapshot() const
{
    RunProgress p;
    const Llm::UsageLedger::Totals &totals = m_ledger.totals();
    p.promptTokens = totals.promptTokens;
    p.completionTokens = totals.completionTokens;
    p.tokensEstimated = totals.estimated;
    p.cost = totals.cost;
    p.costComplete = totals.isCostComplete();
    p.calls = m_calls_;
    p.cacheHits = m_hits;
    p.elapsedMs = m_clock.isValid() ? m_clock.elapsed() : 0;
    p.paused = m_paused;

    // Expected outputs: sources know theirs; the others extrapolate from their inputs and the
    // share of their outputs so far that passed.
    std::vector<double> expectedOk(m_stages.size(), 0);
    qint64 remaining = 0;
    qint64 doneThisRun = 0;
    for (int i = 0; i < int(m_stages.size()); ++i) {
        const StageRun &s = m_stages.at(i);
        StageProgress sp;
        sp.stage = s.stage.id;
        sp.name = s.stage.name;
        sp.ok = s.counts[0];
        sp.filtered = s.counts[1];
        sp.failed = s.counts[2];
        sp.duplicate = s.counts[3];
        sp.inFlight = s.inFlight;
        sp.concurrency = s.kind == StageKind::Llm ? s.concurrency : 0;
        sp.done = s.done;
        double expected = 0;
        if (s.kind == StageKind::Source) {
            expected = double(std::max<qint64>(s.expected, sp.processed()));
        } else {
            for (int u : s.upstream)
                expected += expectedOk.at(u);
            expected *= s.samples;
            expected = std::max(expected, double(sp.processed()));
        }
        if (s.done)
            expected = double(sp.processed());
        sp.expected = s.kind == StageKind::Sink ? -1 : qint64(expected + 0.5);
        const double passRate = sp.processed() > 0 ? double(sp.ok) / double(sp.processed()) : 1.0;
        expectedOk[i] = s.kind == StageKind::Sink ? 0 : expected * passRate;
        if (s.kind == StageKind::Llm && s.runnable) {
            remaining += std::max<qint64>(0, sp.expected - sp.processed());
            doneThisRun += s.madeThisRun;
        }
        p.stages.append(sp);
    }
    if (doneThisRun > 0 && p.elapsedMs > 0)
        p.etaMs = qint64(double(remaining) * double(p.elapsedMs) / double(doneThisRun));
    else if (remaining == 0)
        p.etaMs = 0;
    return p;
}

void RunEngine::emitProgress()
{
    if (!m_over)
        Q_EMIT progress(snapshot());
}

void RunEngine::finish(RunSummary::State state, const QString &error)
{
    if (m_over)
        return;
    m_over = true;
    if (m_progressTimer)
        m_progressTimer->stop();
    if (m_flushTimer)
        m_flushTimer->stop();
    if (m_llm && !m_inflight.isEmpty()) {
        m_inflight.clear();
        m_llm->cancelAll();
    }
    RunSummary summary;
    summary.state = state;
    summary.error = error;
    summary.problems = m_problems;
    for (const StageRun &stage : m_stages)
        summary.failedRecords += stage.counts[int(RecordStatus::Failed)];
    summary.progress = snapshot();
    summary.runId = m_runId;
    summary.exported = m_exported;
    if (!m_connection.isEmpty() && m_runId > 0) {
        QJsonObject counters;
        for (const StageProgress &sp : summary.progress.stages) {
            counters.insert(sp.stage.toString(QUuid::WithoutBraces),
                            QJsonObject{{QStringLiteral("ok"), sp.ok},
                                        {QStringLiteral("filtered"), sp.filtered},
                                        {QStringLiteral("failed"), sp.failed},
                                        {QStringLiteral("duplicate"), sp.duplicate}});
        }
        QSqlQuery update(QSqlDatabase::database(m_connection, false));
        update.prepare(QStringLiteral(
            "UPDATE runs SET state = ?, counters = ?, finished_at = "
            "CAST((julianday('now') - 2440587.5) * 86400000.0 AS INTEGER) WHERE id = ?"));
        update.addBindValue(runStateName(state));
        update.addBindValue(QString::fromUtf8(compact(counters)));
        update.addBindValue(m_runId);
        update.exec(); // best effort: the records are what matters, and they are committed
    }
    closeDatabase();
    Q_EMIT finished(summary);
}

// --- Runner -------------------------------------------------------------------------------------

Runner::Runner(QObject *parent)
    : QObject(parent)
{
    qRegisterMetaType<Seedbed::Run::RunProgress>();
    qRegisterMetaType<Seedbed::Run::RunSummary>();
}

Runner::~Runner()
{
    if (m_thread) {
        if (m_engine)
            QMetaObject::invokeMethod(m_engine, &RunEngine::cancel, Qt::BlockingQueuedConnection);
        m_thread->quit();
        m_thread->wait();
        delete m_thread;
    }
}

bool Runner::start(const RunOptions &options)
{
    if (m_running)
        return false;
    if (m_thread) {
        m_thread->quit();
        m_thread->wait();
        delete m_thread;
    }
    m_running = true;
    m_thread = new QThread;
    m_thread->setObjectName(QStringLiteral("Runner"));
    m_engine = new RunEngine;
    m_engine->moveToThread(m_thread);
    connect(m_thread, &QThread::finished, m_engine, &QObject::deleteLater);
    connect(m_engine, &RunEngine::progress, this, &Runner::progress);
    connect(m_engine, &RunEngine::message, this, &Runner::message);
    connect(m_engine, &RunEngine::finished, this, [this](const RunSummary &summary) {
        m_running = false;
        m_engine = nullptr;
        m_thread->quit();
        Q_EMIT finished(summary);
    });
    m_thread->start();
    QMetaObject::invokeMethod(m_engine, [engine = m_engine, options] { engine->run(options); });
    return true;
}

void Runner::pause()
{
    if (m_engine)
        QMetaObject::invokeMethod(m_engine, [engine = m_engine] { engine->setPaused(true); });
}

void Runner::resume()
{
    if (m_engine)
        QMetaObject::invokeMethod(m_engine, [engine = m_engine] { engine->setPaused(false); });
}

void Runner::cancel()
{
    if (m_engine)
        QMetaObject::invokeMethod(m_engine, &RunEngine::cancel);
}

} // namespace Seedbed::Run

#include "runner.moc"
