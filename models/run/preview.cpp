#include "models/run/preview.h"

#include "models/llm/llmclient.h"
#include "models/llm/usageledger.h"
#include "models/projectstore.h"
#include "models/quality/jsonschema.h"
#include "models/run/stagelogic.h"
#include "models/stageregistry.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTimer>

#include <algorithm>
#include <functional>
#include <numeric>
#include <vector>

namespace Seedbed::Run {

namespace {

// As the runner: a generator's "other input records" examples come from the first inputs.
constexpr int examplePoolSize = 64;
// The longest a preview waits for a run (or a window) that is writing to data.sqlite.
constexpr int busyTimeoutMs = 2000;

QByteArray compact(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

// The members of \a output that \a input does not have, or has with another value.
QJsonObject addedFields(const QJsonObject &input, const QJsonObject &output)
{
    QJsonObject added;
    for (auto it = output.constBegin(); it != output.constEnd(); ++it) {
        if (!input.contains(it.key()) || input.value(it.key()) != it.value())
            added.insert(it.key(), it.value());
    }
    return added;
}

bool isFinal(PreviewSample::State state)
{
    return state == PreviewSample::State::Done || state == PreviewSample::State::Failed ||
           state == PreviewSample::State::Dropped;
}

} // namespace

/* One preview, from start() until the next start() or the engine's end: the stages it needs,
   the input rows, the calls in flight. Lives in the engine's thread; writes the engine's cards
   only while it is the engine's current session. */
class PreviewSession : public QObject
{
    Q_OBJECT

public:
    PreviewSession(PreviewEngine *engine, const PreviewOptions &options);
    ~PreviewSession() override;

    /*! Everything that can refuse the preview, and the cards (in the engine); false with
        \a error. Sends nothing. */
    bool prepare(QString *error);
    /*! Starts the work; called from the event loop, after start() has returned. */
    void begin();
    /*! Aborts what is in flight; unfinished cards become Failed ("Stopped."). */
    void stop();
    /*! Forgets the network and the database without touching the cards: the engine has
        moved on to another session. */
    void detach();

    bool isOver() const { return m_over; }
    int calls() const { return m_calls; }
    int hits() const { return m_hits; }
    const QString &notice() const { return m_notice; }

private:
    // One stage as the preview runs it: for the previewed stage, one per variant.
    struct Plan
    {
        Stage stage;
        StageKind kind = StageKind::Map;
        std::optional<PromptTemplate> promptTemplate;
        // Computed here without a model. Stages over all records (mix, split, sample, dedup)
        // and verification pass the few previewed rows on: they say nothing about them.
        bool worksLocally() const
        {
            return kind == StageKind::Map || kind == StageKind::Batch ||
                   stage.type == QLatin1String("verify");
        }
        Llm::ProviderProfile profile;
        QString model;
        QByteArray key;
        qint64 salt = 0;
        int samples = 1;
        std::optional<JsonSchema> schema;
        QString problem; // why it cannot run: the record would fail with it
        QString exampleMode;
        int exampleCount = 0;
        QJsonArray fixedExamples;
        QJsonArray bestAccepted; //!< or the exemplars, by exampleMode
        QJsonArray negatives;
        int poolSource = -1; // the source whose first rows are "inputs" examples
        QList<std::pair<qint64, QJsonObject>> examplePool;

        const PromptTemplate *templ() const { return promptTemplate ? &*promptTemplate : nullptr; }
        const JsonSchema *validSchema() const
        {
            return schema && schema->isValid() ? &*schema : nullptr;
        }
    };

    struct Source
    {
        int stage = 0;   // project index
        QList<int> path; // plans from after the source to before the previewed stage
        QList<Output> outputs;
    };

    // One input row on its way to the previewed stage.
    struct Row
    {
        int source = 0;
        int sourceIndex = 0; // in the source's outputs
        int step = 0;        // in the source's path
        QJsonObject fields;
        std::optional<double> score;
        bool over = false; // reached the previewed stage, or failed / dropped before it
    };

    // The outcome of one stage after the previewed one, for one card.
    struct Verdict
    {
        enum class Status { Pending, Ok, Filtered, Failed, Skipped };
        Status status = Status::Pending;
        QJsonObject fields;
        std::optional<double> score;
        QString reason;
    };

    struct Card
    {
        int variant = 0;
        int row = 0;
        int sample = 0;
        // The previewed stage's record; for a judge, its verdict too.
        Verdict own;
        QList<Verdict> verdicts; // by position in m_verdicts
        int nextVerdict = 0;
        bool verdictPending = false;
    };

    struct Job
    {
        enum class Role { Upstream, Target, Verdict };
        Role role = Role::Upstream;
        int index = 0; // the row (Upstream) or the card
        int plan = 0;
        int verdict = 0; // position in m_verdicts, for Verdict
        Llm::ChatRequest request;
        QByteArray cacheKey;
    };

    struct Answer
    {
        QString content;
        QString reasoning;
    };

    bool current() const;
    PreviewSample &card(int index) { return m_engine->m_samples[index]; }
    void changed(int index);

    bool openCache();
    void closeCache();
    std::optional<Answer> lookup(const QByteArray &key);
    void store(const Job &job, const Answer &answer);
    void flushCache();
    QHash<QString, qint64> readSalts();
    /*! The examples and negative examples a generator takes from its stored records, as
        runs do (StageLogic::storedExamples/storedNegatives); none without data.sqlite. */
    void readStoredExamples(Plan *plan);

    int addPlan(const Stage &stage, const QString &profileOverride, const QString &modelOverride,
                bool mustRun, QString *error);
    QJsonArray examplesFor(const Plan &plan, const Row &row, int position, int sample) const;
    bool request(const Plan &plan, const QJsonObject &fields, int sample,
                 const QJsonArray &examples, Job *job, QString *error) const;
    void submit(const Job &job);

    void advanceRow(int row);
    void endRow(int row, PreviewSample::State state, const QString &error);
    void startCard(int index);
    void finishCard(int index, const Job &job, const Answer &answer, bool cached,
                    const Llm::ChatResult *result);
    void failCard(int index, const QString &error);
    void advanceVerdicts(int index);
    void applyVerdict(int index, int position, const Answer &answer, bool cached, const Job &job);
    void fillVerdict(int index);
    void checkFinished();

    void onDelta(quint64 id, int choice, const QString &content, const QString &reasoning);
    void onRestarted(quint64 id);
    void onFinished(quint64 id, const Llm::ChatResult &result);

    PreviewEngine *m_engine = nullptr;
    PreviewOptions m_options;
    Llm::LlmClient *m_llm = nullptr;
    QString m_connection;
    QString m_notice;
    std::vector<Plan> m_plans;
    QHash<QUuid, int> m_planOf; // project stages (not the previewed one) → plan
    QList<int> m_targets;       // the previewed stage's plan, by variant
    QList<int> m_verdicts;      // plans of the judges and filters after it, in order
    QList<int> m_verdictFrom;   // the position in m_verdicts of each one's input; -1: the stage
    int m_firstJudge = -1;      // position in m_verdicts; -1 with a judge previewed, or none
    QList<Source> m_sources;
    QList<Row> m_rows;
    QList<Card> m_cards;
    QHash<quint64, Job> m_jobs;
    QHash<QByteArray, QByteArray> m_memoryCache; // answers of this session, by cache key
    // Written together, shortly after: one short transaction instead of one per answer.
    QList<QPair<QByteArray, QByteArray>> m_cacheRows;
    QList<QByteArray> m_cacheHits;
    QTimer *m_flushTimer = nullptr;
    int m_calls = 0;
    int m_hits = 0;
    bool m_over = false;
};

// --- Setting up ---------------------------------------------------------------------------------

PreviewSession::PreviewSession(PreviewEngine *engine, const PreviewOptions &options)
    : m_engine(engine)
    , m_options(options)
    , m_flushTimer(new QTimer(this))
{
    m_flushTimer->setSingleShot(true);
    m_flushTimer->setInterval(100);
    connect(m_flushTimer, &QTimer::timeout, this, &PreviewSession::flushCache);
}

PreviewSession::~PreviewSession()
{
    closeCache();
}

bool PreviewSession::current() const
{
    return m_engine->m_session.get() == this;
}

void PreviewSession::changed(int index)
{
    if (current())
        Q_EMIT m_engine->sampleChanged(index);
}

bool PreviewSession::openCache()
{
    const auto noCache = [this](const QString &why) {
        m_notice = PreviewEngine::tr("%1 The answers of this preview are not cached: the next "
                                     "preview or run asks the model again.")
                       .arg(why);
        return false;
    };
    if (m_options.projectDir.isEmpty())
        return noCache(PreviewEngine::tr("The project is not saved yet."));
    const QString path = QDir(m_options.projectDir)
                             .absoluteFilePath(QString::fromLatin1(ProjectFormat::databaseName));
    if (!QFileInfo::exists(path))
        return noCache(PreviewEngine::tr("The project has no data file (%1) yet.")
                           .arg(QDir::toNativeSeparators(path)));
    // Migrating is the store's or the runner's work, never done behind the user's back.
    if (ProjectStore::fileSchemaVersion(path) != ProjectStore::schemaVersion)
        return noCache(PreviewEngine::tr("The data file %1 is of another version of Seedbed; "
                                         "open the project to bring it up to date.")
                           .arg(QDir::toNativeSeparators(path)));
    m_connection = QStringLiteral("seedbed-preview-%1")
                       .arg(QUuid::createUuid().toString(QUuid::WithoutBraces));
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connection);
    db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=%1").arg(busyTimeoutMs));
    db.setDatabaseName(path);
    if (!db.open()) {
        const QString message = db.lastError().text();
        closeCache();
        return noCache(PreviewEngine::tr("The data file %1 cannot be opened: %2.")
                           .arg(QDir::toNativeSeparators(path), message));
    }
    return true;
}

void PreviewSession::closeCache()
{
    if (m_connection.isEmpty())
        return;
    flushCache();
    {
        QSqlDatabase db = QSqlDatabase::database(m_connection, false);
        db.close();
    }
    QSqlDatabase::removeDatabase(m_connection);
    m_connection.clear();
}

QHash<QString, qint64> PreviewSession::readSalts()
{
    QHash<QString, qint64> salts;
    if (m_connection.isEmpty())
        return salts;
    QSqlQuery query(QSqlDatabase::database(m_connection, false));
    query.setForwardOnly(true);
    if (query.exec(QStringLiteral("SELECT stage_id, salt FROM stage_state"))) {
        while (query.next())
            salts.insert(query.value(0).toString(), query.value(1).toLongLong());
    }
    return salts;
}

void PreviewSession::readStoredExamples(Plan *plan)
{
    if (m_connection.isEmpty())
        return;
    const QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    const QString stageId = plan->stage.id.toString(QUuid::WithoutBraces);
    plan->bestAccepted =
        StageLogic::storedExamples(db, stageId, plan->exampleMode, plan->exampleCount);
    plan->negatives = StageLogic::storedNegatives(db, stageId, plan->exampleCount);
}

std::optional<PreviewSession::Answer> PreviewSession::lookup(const QByteArray &key)
{
    QByteArray stored = m_memoryCache.value(key);
    if (stored.isEmpty() && !m_connection.isEmpty()) {
        QSqlDatabase db = QSqlDatabase::database(m_connection, false);
        QSqlQuery query(db);
        query.prepare(QStringLiteral("SELECT response FROM response_cache WHERE key = ?"));
        query.addBindValue(QString::fromLatin1(key));
        if (query.exec() && query.next())
            stored = query.value(0).toByteArray();
        query.finish();
        if (!stored.isEmpty()) { // counted as the runner counts its hits
            m_cacheHits.append(key);
            if (!m_flushTimer->isActive())
                m_flushTimer->start();
        }
    }
    if (stored.isEmpty())
        return std::nullopt;
    const QJsonObject response = QJsonDocument::fromJson(stored).object();
    return Answer{response.value(QStringLiteral("content")).toString(),
                  response.value(QStringLiteral("reasoning")).toString()};
}

void PreviewSession::store(const Job &job, const Answer &answer)
{
    // What the runner stores, so that either serves the other.
    const QByteArray json = compact({{QStringLiteral("content"), answer.content},
                                     {QStringLiteral("reasoning"), answer.reasoning},
                                     {QStringLiteral("model"), job.request.model}});
    m_memoryCache.insert(job.cacheKey, json);
    if (m_connection.isEmpty())
        return;
    m_cacheRows.append({job.cacheKey, json});
    if (!m_flushTimer->isActive())
        m_flushTimer->start();
}

void PreviewSession::flushCache()
{
    m_flushTimer->stop();
    if (m_connection.isEmpty() || (m_cacheRows.isEmpty() && m_cacheHits.isEmpty()))
        return;
    QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    bool ok = db.transaction();
    QString problem = ok ? QString() : db.lastError().text();
    {
        QSqlQuery insert(db);
        insert.prepare(
            QStringLiteral("INSERT OR REPLACE INTO response_cache (key, response) VALUES (?, ?)"));
        for (const auto &[key, response] : std::as_const(m_cacheRows)) {
            if (!ok)
                break;
            insert.addBindValue(QString::fromLatin1(key));
            insert.addBindValue(QString::fromUtf8(response));
            ok = insert.exec();
            if (!ok)
                problem = insert.lastError().text();
        }
        QSqlQuery hit(db); // best effort
        hit.prepare(QStringLiteral("UPDATE response_cache SET hits = hits + 1 WHERE key = ?"));
        for (const QByteArray &key : std::as_const(m_cacheHits)) {
            if (!ok)
                break;
            hit.addBindValue(QString::fromLatin1(key));
            hit.exec();
        }
    }
    if (ok && !db.commit()) {
        ok = false;
        problem = db.lastError().text();
    }
    if (!ok) {
        db.rollback();
        if (m_notice.isEmpty())
            m_notice = PreviewEngine::tr("The answers of this preview could not be added to the "
                                         "response cache: %1")
                           .arg(problem);
    }
    m_cacheRows.clear();
    m_cacheHits.clear();
}

int PreviewSession::addPlan(const Stage &stage, const QString &profileOverride,
                            const QString &modelOverride, bool mustRun, QString *error)
{
    Plan plan;
    plan.stage = stage;
    // As the runner: a setting the file leaves out has its default.
    if (const StageType *type = StageRegistry::instance().type(stage.type))
        plan.stage.settings = type->settingsWithDefaults(stage.settings);
    plan.kind = StageLogic::kindOf(plan.stage).value_or(StageKind::Map);
    plan.promptTemplate = StageLogic::effectiveTemplate(plan.stage, m_options.project.templates);
    if (stage.type == QLatin1String("generate"))
        plan.samples =
            std::max(1, plan.stage.settings.value(QStringLiteral("samplesPerInput"), 1).toInt());
    if (plan.kind == StageKind::Llm &&
        !StageLogic::resolveProvider(stage, m_options.profiles, m_options.keys, profileOverride,
                                     modelOverride, &plan.profile, &plan.model, &plan.key, error))
        return -1;

    QString problem;
    if (stage.type == QLatin1String("generate") || stage.type == QLatin1String("rule_filter")) {
        plan.schema = StageLogic::schemaSetting(stage,
                                                stage.type == QLatin1String("generate")
                                                    ? QStringLiteral("outputSchema")
                                                    : QStringLiteral("schema"),
                                                &problem);
    }
    if (stage.type == QLatin1String("generate")) {
        plan.exampleMode = stage.settings.value(QStringLiteral("examples")).toString();
        plan.exampleCount =
            std::clamp(stage.settings.value(QStringLiteral("exampleCount"), 3).toInt(), 1, 50);
        if (plan.exampleMode == QLatin1String("fixed") &&
            StageLogic::fixedExamples(stage, &plan.fixedExamples, &problem)) {
            while (plan.fixedExamples.size() > plan.exampleCount)
                plan.fixedExamples.removeLast();
        }
        readStoredExamples(&plan);
    }
    if (!problem.isEmpty()) {
        if (mustRun) {
            *error = problem;
            return -1;
        }
        plan.problem = problem;
    }
    m_plans.push_back(std::move(plan));
    return int(m_plans.size()) - 1;
}

bool PreviewSession::prepare(QString *error)
{
    const ProjectData &project = m_options.project;
    QHash<QUuid, int> indexOf;
    for (int i = 0; i < project.stages.size(); ++i)
        indexOf.insert(project.stages.at(i).id, i);
    QList<QList<int>> upstream(project.stages.size());
    QList<QList<int>> downstream(project.stages.size());
    for (const Edge &edge : project.edges) {
        if (!indexOf.contains(edge.from) || !indexOf.contains(edge.to))
            continue;
        upstream[indexOf.value(edge.to)].append(indexOf.value(edge.from));
        downstream[indexOf.value(edge.from)].append(indexOf.value(edge.to));
    }

    if (!indexOf.contains(m_options.stage)) {
        *error = PreviewEngine::tr("The stage to preview is not in the project.");
        return false;
    }
    const int target = indexOf.value(m_options.stage);
    const Stage &targetStage = project.stages.at(target);
    if (StageLogic::kindOf(targetStage.type) != StageKind::Llm) {
        *error = PreviewEngine::tr("“%1” does not call a model (only generate and judge stages "
                                   "do): there is nothing to preview.")
                     .arg(targetStage.name);
        return false;
    }

    // What the previewed stage depends on, in an order where every stage follows its inputs.
    QSet<int> ancestors;
    {
        QList<int> stack = upstream.at(target);
        while (!stack.isEmpty()) {
            const int i = stack.takeLast();
            if (ancestors.contains(i))
                continue;
            ancestors.insert(i);
            stack.append(upstream.at(i));
        }
    }
    if (ancestors.contains(target)) {
        *error = PreviewEngine::tr("The pipeline has a cycle before “%1”; remove one of its "
                                   "connections.")
                     .arg(targetStage.name);
        return false;
    }
    QList<int> sources;
    for (int i = 0; i < project.stages.size(); ++i) {
        if (ancestors.contains(i) &&
            StageLogic::kindOf(project.stages.at(i).type) == StageKind::Source)
            sources.append(i);
    }
    if (sources.isEmpty()) {
        *error = PreviewEngine::tr("“%1” has no source before it (a seed table or a topic "
                                   "list): connect one to preview the stage.")
                     .arg(targetStage.name);
        return false;
    }

    openCache();
    const QHash<QString, qint64> salts = readSalts();
    const auto saltOf = [&salts](const Stage &stage) {
        return salts.value(stage.id.toString(QUuid::WithoutBraces), 0);
    };

    // Each source's way to the previewed stage: the first path along the connections.
    for (const int s : std::as_const(sources)) {
        Source source;
        source.stage = s;
        QList<int> chain;
        const std::function<bool(int)> walk = [&](int at) {
            if (at == target)
                return true;
            for (const int next : downstream.at(at)) {
                if ((next == target || ancestors.contains(next)) && !chain.contains(next)) {
                    chain.append(next);
                    if (walk(next))
                        return true;
                    chain.removeLast();
                }
            }
            return false;
        };
        walk(s);
        chain.removeAll(target);
        for (const int i : std::as_const(chain)) {
            const Stage &stage = project.stages.at(i);
            const std::optional<StageKind> kind = StageLogic::kindOf(stage.type);
            if (!kind || *kind == StageKind::Sink || *kind == StageKind::Source) {
                *error = PreviewEngine::tr("Stage “%1” (%2), before “%3”, cannot be previewed "
                                           "in this version of Seedbed.")
                             .arg(stage.name, stage.type, targetStage.name);
                return false;
            }
            if (!m_planOf.contains(stage.id)) {
                const int plan = addPlan(stage, QString(), QString(), true, error);
                if (plan < 0)
                    return false;
                m_plans[plan].salt = saltOf(stage);
                m_planOf.insert(stage.id, plan);
            }
            source.path.append(m_planOf.value(stage.id));
        }
        if (!StageLogic::sourceOutputs(project.stages.at(s), m_options.projectDir, &source.outputs,
                                       error))
            return false;
        m_sources.append(source);
    }

    // The previewed stage, once per variant.
    if (m_options.variants.isEmpty())
        m_options.variants.append(PreviewVariant());
    for (const PreviewVariant &variant : std::as_const(m_options.variants)) {
        Stage stage = targetStage;
        if (variant.temperature)
            stage.settings.insert(QStringLiteral("temperature"), *variant.temperature);
        const int plan =
            addPlan(stage, variant.profileOverride, variant.modelOverride, true, error);
        if (plan < 0)
            return false;
        Plan &p = m_plans[plan];
        p.salt = saltOf(stage);
        if (variant.system || variant.user) {
            if (!p.promptTemplate) {
                p.promptTemplate = PromptTemplate();
                p.promptTemplate->name = stage.name;
            }
            if (variant.system)
                p.promptTemplate->system = *variant.system;
            if (variant.user)
                p.promptTemplate->user = *variant.user;
        }
        // "Other inputs" examples: the first rows of the source right before the stage.
        for (int s = 0; s < m_sources.size(); ++s) {
            if (p.exampleMode == QLatin1String("inputs") && m_sources.at(s).path.isEmpty() &&
                p.poolSource < 0) {
                p.poolSource = s;
                for (int k = 0; k < m_sources.at(s).outputs.size() && k < examplePoolSize; ++k)
                    p.examplePool.append({k + 1, m_sources.at(s).outputs.at(k).fields});
            }
        }
        m_targets.append(plan);
    }
    for (int s = 0; s < m_sources.size(); ++s) {
        if (m_sources.at(s).path.isEmpty())
            continue;
        Plan &p = m_plans[m_sources.at(s).path.first()];
        if (p.exampleMode == QLatin1String("inputs") && p.poolSource < 0) {
            p.poolSource = s;
            for (int k = 0; k < m_sources.at(s).outputs.size() && k < examplePoolSize; ++k)
                p.examplePool.append({k + 1, m_sources.at(s).outputs.at(k).fields});
        }
    }

    // The judges and rule filters after it, through each other.
    {
        QList<int> found;
        QList<int> stack = downstream.at(target);
        while (!stack.isEmpty()) {
            const int i = stack.takeFirst();
            const QString &type = project.stages.at(i).type;
            if (found.contains(i) || i == target ||
                (type != QLatin1String("judge") && type != QLatin1String("rule_filter")))
                continue;
            found.append(i);
            stack.append(downstream.at(i));
        }
        // In an order where every stage follows its input (Kahn, stable in the file's order).
        std::sort(found.begin(), found.end());
        QList<int> order;
        while (order.size() < found.size()) {
            bool placed = false;
            for (const int i : std::as_const(found)) {
                if (order.contains(i))
                    continue;
                bool ready = true;
                for (const int u : upstream.at(i))
                    ready = ready && (!found.contains(u) || order.contains(u));
                if (ready) {
                    order.append(i);
                    placed = true;
                }
            }
            if (!placed)
                break; // a cycle among them: those are left out
        }
        for (const int i : std::as_const(order)) {
            const Stage &stage = project.stages.at(i);
            QString problem;
            const int plan = addPlan(stage, QString(), QString(), false, &problem);
            if (plan < 0) { // a missing profile: said before anything is sent, as a run does
                *error = problem;
                return false;
            }
            m_plans[plan].salt = saltOf(stage);
            if (!m_plans[plan].problem.isEmpty()) {
                m_notice +=
                    (m_notice.isEmpty() ? QString() : QStringLiteral("\n")) + m_plans[plan].problem;
            }
            int from = -1;
            for (const int u : upstream.at(i)) {
                const int position = int(order.indexOf(u));
                if (u == target || (position >= 0 && position < m_verdicts.size())) {
                    from = u == target ? -1 : position;
                    break;
                }
            }
            if (m_firstJudge < 0 && stage.type == QLatin1String("judge"))
                m_firstJudge = int(m_verdicts.size());
            m_verdicts.append(plan);
            m_verdictFrom.append(from);
        }
    }
    const bool judgePreviewed = targetStage.type == QLatin1String("judge");
    if (judgePreviewed)
        m_firstJudge = -1;

    // The input rows: the first ones, or a seeded sample.
    QList<std::pair<int, int>> all; // source, index in its outputs
    for (int s = 0; s < m_sources.size(); ++s) {
        for (int k = 0; k < m_sources.at(s).outputs.size(); ++k)
            all.append({s, k});
    }
    if (all.isEmpty()) {
        QStringList names;
        for (const Source &source : std::as_const(m_sources))
            names.append(project.stages.at(source.stage).name);
        *error = PreviewEngine::tr("“%1” has no rows to preview with.")
                     .arg(names.join(QStringLiteral("”, “")));
        return false;
    }
    const int count = std::min(int(all.size()), std::clamp(m_options.rows, 1, 100));
    QList<int> picked(all.size());
    std::iota(picked.begin(), picked.end(), 0);
    if (m_options.randomRows) {
        QRandomGenerator random(m_options.seed);
        for (int i = 0; i < count; ++i)
            std::swap(picked[i], picked[i + int(random.bounded(quint32(all.size() - i)))]);
        picked.resize(count);
        std::sort(picked.begin(), picked.end());
    } else {
        picked.resize(count);
    }
    for (const int p : std::as_const(picked)) {
        Row row;
        row.source = all.at(p).first;
        row.sourceIndex = all.at(p).second;
        const Output &out = m_sources.at(row.source).outputs.at(row.sourceIndex);
        row.fields = out.fields;
        row.score = out.score;
        m_rows.append(row);
    }

    // The cards, by variant, row and sample.
    QList<PreviewSample> samples;
    const Plan *judge = judgePreviewed      ? &m_plans.at(m_targets.first())
                        : m_firstJudge >= 0 ? &m_plans.at(m_verdicts.at(m_firstJudge))
                                            : nullptr;
    for (int v = 0; v < m_targets.size(); ++v) {
        const Plan &plan = m_plans.at(m_targets.at(v));
        for (int r = 0; r < m_rows.size(); ++r) {
            const Row &row = m_rows.at(r);
            const Source &source = m_sources.at(row.source);
            const QString itemKey = source.outputs.at(row.sourceIndex).itemKey;
            const int number = row.sourceIndex + 1;
            QString label = itemKey.startsWith(QLatin1String("topic:"))
                                ? PreviewEngine::tr("topic %1").arg(number)
                                : PreviewEngine::tr("row %1").arg(number);
            if (m_sources.size() > 1)
                label =
                    PreviewEngine::tr("%1, %2").arg(project.stages.at(source.stage).name, label);
            for (int s = 0; s < plan.samples; ++s) {
                PreviewSample sample;
                sample.variant = v;
                sample.row = r;
                sample.sample = s;
                sample.rowLabel = label;
                if (judge) {
                    sample.judgeName = judge->stage.name;
                    sample.scaleMax =
                        judge->stage.settings.value(QStringLiteral("scale")).toString() ==
                                QLatin1String("pass-fail")
                            ? 1
                            : judge->stage.settings.value(QStringLiteral("scaleMax"), 10)
                                  .toDouble();
                }
                samples.append(sample);
                Card c;
                c.variant = v;
                c.row = r;
                c.sample = s;
                c.verdicts.resize(m_verdicts.size());
                m_cards.append(c);
            }
        }
    }
    m_engine->m_samples = samples;
    m_engine->m_options = m_options;

    m_llm = m_engine->llm();
    connect(m_llm, &Llm::LlmClient::delta, this, &PreviewSession::onDelta);
    connect(m_llm, &Llm::LlmClient::attemptRestarted, this, &PreviewSession::onRestarted);
    connect(m_llm, &Llm::LlmClient::finished, this, &PreviewSession::onFinished);
    return true;
}

// --- Requests -----------------------------------------------------------------------------------

QJsonArray PreviewSession::examplesFor(const Plan &plan, const Row &row, int position,
                                       int sample) const
{
    if (plan.exampleMode == QLatin1String("fixed"))
        return plan.fixedExamples;
    if (plan.exampleMode == QLatin1String("best-accepted") ||
        plan.exampleMode == QLatin1String("exemplars"))
        return plan.bestAccepted;
    QJsonArray examples;
    if (plan.exampleMode != QLatin1String("inputs") || plan.examplePool.isEmpty())
        return examples;
    // The runner's choice, with the source row's place standing for its record id (which it
    // is in a project whose first records are the source's rows).
    const qint64 parentId =
        position == 0 && plan.poolSource == row.source ? row.sourceIndex + 1 : 0;
    const qsizetype size = plan.examplePool.size();
    const qsizetype start = qsizetype((parentId * 7 + sample) % size);
    for (qsizetype k = 0; k < size && examples.size() < plan.exampleCount; ++k) {
        const auto &[id, fields] = plan.examplePool.at((start + k) % size);
        if (id != parentId)
            examples.append(fields);
    }
    return examples;
}

bool PreviewSession::request(const Plan &plan, const QJsonObject &fields, int sample,
                             const QJsonArray &examples, Job *job, QString *error) const
{
    if (!StageLogic::buildRequest(plan.stage, plan.templ(), plan.model, fields, sample, examples,
                                  &job->request, error, plan.negatives))
        return false;
    job->cacheKey = StageLogic::cacheKey(job->request, sample, plan.salt);
    return true;
}

void PreviewSession::submit(const Job &job)
{
    const Plan &plan = m_plans.at(job.plan);
    ++m_calls;
    const quint64 id = m_llm->submit(plan.profile, plan.key, job.request);
    m_jobs.insert(id, job);
}

// --- Rows up to the previewed stage -------------------------------------------------------------

void PreviewSession::begin()
{
    if (m_over)
        return;
    for (int r = 0; r < m_rows.size() && !m_over; ++r)
        advanceRow(r);
    checkFinished();
}

void PreviewSession::advanceRow(int r)
{
    Row &row = m_rows[r];
    const QList<int> &path = m_sources.at(row.source).path;
    while (!m_over && row.step < path.size()) {
        const int planIndex = path.at(row.step);
        const Plan &plan = m_plans.at(planIndex);
        if (plan.worksLocally()) {
            if (plan.stage.type == QLatin1String("rule_filter")) {
                if (const auto reason = StageLogic::ruleFilterReason(
                        plan.stage.settings, row.fields, row.score, plan.validSchema())) {
                    endRow(r, PreviewSample::State::Dropped,
                           PreviewEngine::tr("Dropped by “%1”: %2").arg(plan.stage.name, *reason));
                    return;
                }
            }
            // Dedup passes everything: a few rows say nothing about duplicates.
            ++row.step;
            continue;
        }
        Job job;
        job.role = Job::Role::Upstream;
        job.index = r;
        job.plan = planIndex;
        QString error;
        if (!request(plan, row.fields, 0, examplesFor(plan, row, row.step, 0), &job, &error)) {
            endRow(r, PreviewSample::State::Failed,
                   PreviewEngine::tr("“%1” failed: %2").arg(plan.stage.name, error));
            return;
        }
        const std::optional<Answer> cached = lookup(job.cacheKey);
        if (!cached) {
            submit(job);
            return;
        }
        ++m_hits;
        const Output out =
            StageLogic::interpret(plan.stage, row.fields, cached->content, plan.validSchema());
        if (out.status == RecordStatus::Failed || out.status == RecordStatus::Filtered) {
            const QString reason = out.meta.value(QStringLiteral("reason")).toString();
            endRow(r,
                   out.status == RecordStatus::Failed ? PreviewSample::State::Failed
                                                      : PreviewSample::State::Dropped,
                   out.status == RecordStatus::Failed
                       ? PreviewEngine::tr("“%1” failed: %2").arg(plan.stage.name, reason)
                       : PreviewEngine::tr("Dropped by “%1”: %2").arg(plan.stage.name, reason));
            return;
        }
        row.fields = out.fields;
        if (out.score)
            row.score = out.score;
        ++row.step;
    }
    if (m_over || row.over)
        return;
    row.over = true;
    for (int c = 0; c < m_cards.size() && !m_over; ++c) {
        if (m_cards.at(c).row == r)
            startCard(c);
    }
}

void PreviewSession::endRow(int r, PreviewSample::State state, const QString &error)
{
    Row &row = m_rows[r];
    row.over = true;
    for (int c = 0; c < m_cards.size(); ++c) {
        if (m_cards.at(c).row != r || !current())
            continue;
        PreviewSample &sample = card(c);
        sample.state = state;
        sample.error = error;
        sample.input = row.fields;
        changed(c);
    }
}

// --- The previewed stage ------------------------------------------------------------------------

void PreviewSession::startCard(int index)
{
    if (!current())
        return;
    const Card &c = m_cards.at(index);
    const Row &row = m_rows.at(c.row);
    const Plan &plan = m_plans.at(m_targets.at(c.variant));
    card(index).input = row.fields;
    Job job;
    job.role = Job::Role::Target;
    job.index = index;
    job.plan = m_targets.at(c.variant);
    QString error;
    if (!request(plan, row.fields, c.sample,
                 examplesFor(plan, row, int(m_sources.at(row.source).path.size()), c.sample), &job,
                 &error)) {
        failCard(index, error);
        return;
    }
    if (const std::optional<Answer> cached = lookup(job.cacheKey)) {
        ++m_hits;
        finishCard(index, job, *cached, true, nullptr);
        return;
    }
    submit(job);
    changed(index);
}

void PreviewSession::failCard(int index, const QString &error)
{
    if (!current())
        return;
    PreviewSample &sample = card(index);
    sample.state = PreviewSample::State::Failed;
    sample.error = error;
    changed(index);
}

void PreviewSession::finishCard(int index, const Job &job, const Answer &answer, bool cached,
                                const Llm::ChatResult *result)
{
    if (!current())
        return;
    Card &c = m_cards[index];
    const Plan &plan = m_plans.at(job.plan);
    PreviewSample &sample = card(index);
    sample.text = answer.content;
    sample.reasoning = answer.reasoning;
    sample.cached = cached;
    if (cached) {
        sample.promptTokens = 0;
        sample.completionTokens = 0;
        sample.cost = {{plan.profile.currency, 0.0}}; // nothing paid
    } else if (result) {
        const Llm::Usage &usage = result->usage;
        sample.promptTokens = std::max<qint64>(0, usage.promptTokens);
        sample.completionTokens = std::max<qint64>(0, usage.completionTokens);
        sample.tokensEstimated = usage.estimated;
        std::optional<double> cost = Llm::UsageLedger::callCost(
            usage, plan.profile, result->model.isEmpty() ? job.request.model : result->model);
        if (!cost)
            cost = Llm::UsageLedger::callCost(usage, plan.profile, job.request.model);
        sample.cost.clear();
        if (cost)
            sample.cost.insert(plan.profile.currency, *cost);
    }

    const Output out =
        StageLogic::interpret(plan.stage, sample.input, answer.content, plan.validSchema());
    if (out.status == RecordStatus::Failed) {
        sample.state = PreviewSample::State::Failed;
        sample.error = out.meta.value(QStringLiteral("reason")).toString();
        changed(index);
        return;
    }
    if (!cached)
        store(job, answer);
    sample.state = PreviewSample::State::Done;
    sample.error.clear();
    sample.output = addedFields(sample.input, out.fields);
    c.own.status =
        out.status == RecordStatus::Filtered ? Verdict::Status::Filtered : Verdict::Status::Ok;
    c.own.fields = out.fields;
    c.own.score = out.score ? out.score : m_rows.at(c.row).score;
    c.own.reason = out.meta.value(QStringLiteral("reason")).toString();
    c.verdictPending = true;
    advanceVerdicts(index);
}

// --- The stages after it ------------------------------------------------------------------------

void PreviewSession::advanceVerdicts(int index)
{
    while (!m_over && current()) {
        Card &c = m_cards[index];
        const int position = c.nextVerdict;
        if (position >= m_verdicts.size())
            break;
        const Verdict &input =
            m_verdictFrom.at(position) < 0 ? c.own : c.verdicts.at(m_verdictFrom.at(position));
        Verdict &verdict = c.verdicts[position];
        const Plan &plan = m_plans.at(m_verdicts.at(position));
        // A stage whose input has no verdict cannot give one; a filtered input is still
        // looked at, so that every reason to drop the sample shows.
        if (input.status != Verdict::Status::Ok && input.status != Verdict::Status::Filtered) {
            verdict.status = Verdict::Status::Skipped;
            ++c.nextVerdict;
            continue;
        }
        if (!plan.problem.isEmpty()) {
            verdict.status = Verdict::Status::Failed;
            verdict.reason = plan.problem;
            ++c.nextVerdict;
            continue;
        }
        if (plan.worksLocally()) {
            verdict.fields = input.fields;
            verdict.score = input.score;
            if (plan.stage.type == QLatin1String("rule_filter")) {
                const auto reason = StageLogic::ruleFilterReason(plan.stage.settings, input.fields,
                                                                 input.score, plan.validSchema());
                verdict.status = reason ? Verdict::Status::Filtered : Verdict::Status::Ok;
                verdict.reason = reason.value_or(QString());
            } else {
                verdict.status = Verdict::Status::Ok;
            }
            ++c.nextVerdict;
            continue;
        }
        Job job;
        job.role = Job::Role::Verdict;
        job.index = index;
        job.plan = m_verdicts.at(position);
        job.verdict = position;
        QString error;
        if (!request(plan, input.fields, 0, {}, &job, &error)) {
            verdict.status = Verdict::Status::Failed;
            verdict.reason = error;
            ++c.nextVerdict;
            continue;
        }
        if (const std::optional<Answer> cached = lookup(job.cacheKey)) {
            ++m_hits;
            applyVerdict(index, position, *cached, true, job);
            continue;
        }
        submit(job);
        fillVerdict(index);
        changed(index);
        return;
    }
    if (m_over || !current())
        return;
    m_cards[index].verdictPending = false;
    fillVerdict(index);
    changed(index);
    checkFinished();
}

void PreviewSession::applyVerdict(int index, int position, const Answer &answer, bool cached,
                                  const Job &job)
{
    Card &c = m_cards[index];
    const Verdict &input =
        m_verdictFrom.at(position) < 0 ? c.own : c.verdicts.at(m_verdictFrom.at(position));
    const Plan &plan = m_plans.at(job.plan);
    const Output out = StageLogic::interpret(plan.stage, input.fields, answer.content);
    Verdict &verdict = c.verdicts[position];
    verdict.fields = out.fields;
    verdict.score = out.score ? out.score : input.score;
    verdict.reason = out.meta.value(QStringLiteral("reason")).toString();
    verdict.status = out.status == RecordStatus::Failed     ? Verdict::Status::Failed
                     : out.status == RecordStatus::Filtered ? Verdict::Status::Filtered
                                                            : Verdict::Status::Ok;
    if (!cached && out.status != RecordStatus::Failed)
        store(job, answer);
    ++c.nextVerdict;
}

void PreviewSession::fillVerdict(int index)
{
    if (!current())
        return;
    const Card &c = m_cards.at(index);
    PreviewSample &sample = card(index);
    if (sample.state != PreviewSample::State::Done)
        return;
    const bool judgePreviewed =
        m_plans.at(m_targets.at(c.variant)).stage.type == QLatin1String("judge");
    const Verdict *judge = judgePreviewed      ? &c.own
                           : m_firstJudge >= 0 ? &c.verdicts.at(m_firstJudge)
                                               : nullptr;
    if (judge) {
        sample.score.reset();
        sample.passed.reset();
        sample.rationale.clear();
        sample.judgeError.clear();
        if (judge->status == Verdict::Status::Ok || judge->status == Verdict::Status::Filtered) {
            sample.score = judge->fields.value(QStringLiteral("score")).toDouble();
            sample.passed = judge->status == Verdict::Status::Ok;
            sample.rationale = judge->fields.value(QStringLiteral("score_reason")).toString();
        } else if (judge->status == Verdict::Status::Failed) {
            sample.judgeError = judge->reason;
        }
    }
    sample.filterReasons.clear();
    bool anyFiltered = false;
    bool undecided = false;
    // Each reason names its stage: a judge's threshold and a filter's minimum score may say
    // nearly the same thing.
    QList<QPair<const Verdict *, QString>> all;
    if (judgePreviewed)
        all.append({&c.own, QString()});
    for (qsizetype i = 0; i < c.verdicts.size(); ++i)
        all.append({&c.verdicts.at(i), m_plans.at(m_verdicts.at(i)).stage.name});
    for (const auto &[v, stageName] : std::as_const(all)) {
        if (v->status == Verdict::Status::Filtered) {
            anyFiltered = true;
            sample.filterReasons.append(
                stageName.isEmpty() ? v->reason
                                    : PreviewEngine::tr("%1: %2").arg(stageName, v->reason));
        } else if (v->status != Verdict::Status::Ok) {
            undecided = true;
        }
    }
    if (anyFiltered)
        sample.kept = false;
    else if (undecided || all.isEmpty())
        sample.kept.reset();
    else
        sample.kept = true;
}

// --- Answers ------------------------------------------------------------------------------------

void PreviewSession::onDelta(quint64 id, int choice, const QString &content,
                             const QString &reasoning)
{
    const auto it = m_jobs.constFind(id);
    if (m_over || it == m_jobs.constEnd() || it->role != Job::Role::Target || choice != 0 ||
        !current())
        return;
    const int index = it->index;
    PreviewSample &sample = card(index);
    sample.text += content;
    sample.reasoning += reasoning;
    sample.state = PreviewSample::State::Streaming;
    changed(index);
}

void PreviewSession::onRestarted(quint64 id)
{
    const auto it = m_jobs.constFind(id);
    if (m_over || it == m_jobs.constEnd() || it->role != Job::Role::Target || !current())
        return;
    PreviewSample &sample = card(it->index);
    sample.text.clear();
    sample.reasoning.clear();
    changed(it->index);
}

void PreviewSession::onFinished(quint64 id, const Llm::ChatResult &result)
{
    const auto it = m_jobs.find(id);
    if (it == m_jobs.end())
        return;
    const Job job = it.value();
    m_jobs.erase(it);
    if (m_over || result.error.kind == Llm::ChatError::Kind::Cancelled)
        return;
    const Plan &plan = m_plans.at(job.plan);
    const Llm::ChatChoice choice = result.choices.value(0);
    QString failure;
    if (result.error.isError())
        failure = StageLogic::callError(result.error, plan.profile, !plan.key.isEmpty());
    else if (choice.finish != Llm::FinishReason::Complete)
        failure = StageLogic::finishText(choice.finish);
    const Answer answer{choice.content, choice.reasoning};

    switch (job.role) {
    case Job::Role::Upstream: {
        Row &row = m_rows[job.index];
        if (!failure.isEmpty()) {
            endRow(job.index, PreviewSample::State::Failed,
                   PreviewEngine::tr("“%1” failed: %2").arg(plan.stage.name, failure));
            break;
        }
        const Output out =
            StageLogic::interpret(plan.stage, row.fields, answer.content, plan.validSchema());
        if (out.status != RecordStatus::Failed)
            store(job, answer);
        if (out.status == RecordStatus::Ok) {
            row.fields = out.fields;
            if (out.score)
                row.score = out.score;
            ++row.step;
            advanceRow(job.index);
            break;
        }
        const QString reason = out.meta.value(QStringLiteral("reason")).toString();
        endRow(job.index,
               out.status == RecordStatus::Failed ? PreviewSample::State::Failed
                                                  : PreviewSample::State::Dropped,
               out.status == RecordStatus::Failed
                   ? PreviewEngine::tr("“%1” failed: %2").arg(plan.stage.name, reason)
                   : PreviewEngine::tr("Dropped by “%1”: %2").arg(plan.stage.name, reason));
        break;
    }
    case Job::Role::Target:
        if (!current())
            return;
        if (!failure.isEmpty()) {
            PreviewSample &sample = card(job.index);
            if (!choice.content.isEmpty())
                sample.text = choice.content;
            const Llm::Usage &usage = result.usage;
            sample.promptTokens = std::max<qint64>(0, usage.promptTokens);
            sample.completionTokens = std::max<qint64>(0, usage.completionTokens);
            sample.tokensEstimated = usage.estimated;
            failCard(job.index, failure);
            break;
        }
        finishCard(job.index, job, answer, false, &result);
        break;
    case Job::Role::Verdict: {
        Card &c = m_cards[job.index];
        if (!failure.isEmpty()) {
            Verdict &verdict = c.verdicts[job.verdict];
            verdict.status = Verdict::Status::Failed;
            verdict.reason = failure;
            ++c.nextVerdict;
        } else {
            applyVerdict(job.index, job.verdict, answer, false, job);
        }
        advanceVerdicts(job.index);
        break;
    }
    }
    checkFinished();
}

void PreviewSession::checkFinished()
{
    if (m_over || !current() || !m_jobs.isEmpty())
        return;
    for (int c = 0; c < m_cards.size(); ++c) {
        if (!isFinal(card(c).state) || m_cards.at(c).verdictPending)
            return;
    }
    m_over = true;
    flushCache(); // a run started on finished() finds every answer
    Q_EMIT m_engine->finished();
}

// --- Stopping -----------------------------------------------------------------------------------

void PreviewSession::detach()
{
    m_over = true;
    if (m_llm) {
        // The client is the engine's: only this session's requests are cancelled, and their
        // last signals go nowhere.
        m_llm->disconnect(this);
        for (auto it = m_jobs.constBegin(); it != m_jobs.constEnd(); ++it)
            m_llm->cancel(it.key());
        m_llm = nullptr;
    }
    m_jobs.clear();
    closeCache();
}

void PreviewSession::stop()
{
    if (m_over)
        return;
    detach();
    const QString stopped = PreviewEngine::tr("Stopped.");
    for (int c = 0; c < m_cards.size() && current(); ++c) {
        PreviewSample &sample = card(c);
        Card &work = m_cards[c];
        bool touched = false;
        if (!isFinal(sample.state)) {
            sample.state = PreviewSample::State::Failed;
            sample.error = stopped;
            touched = true;
        } else if (work.verdictPending) {
            work.verdictPending = false;
            for (Verdict &v : work.verdicts) {
                if (v.status == Verdict::Status::Pending) {
                    v.status = Verdict::Status::Failed;
                    v.reason = stopped;
                }
            }
            fillVerdict(c); // a judge that had not answered says "Stopped."
            touched = true;
        }
        if (touched)
            changed(c);
    }
    if (current())
        Q_EMIT m_engine->finished();
}

// --- PreviewEngine ------------------------------------------------------------------------------

PreviewEngine::PreviewEngine(QObject *parent)
    : QObject(parent)
{
    qRegisterMetaType<Seedbed::Run::PreviewSample>();
}

PreviewEngine::~PreviewEngine()
{
    if (m_session)
        m_session->detach();
    // m_llm, a child, goes after: its destructor aborts whatever is left, without signals.
}

Llm::LlmClient *PreviewEngine::llm()
{
    if (!m_llm)
        m_llm = new Llm::LlmClient(this);
    return m_llm;
}

bool PreviewEngine::start(const PreviewOptions &options, QString *error)
{
    cancel();
    if (m_session) {
        // Not deleted at once: start() may be called from a slot of the old session's signals.
        PreviewSession *old = m_session.release();
        old->detach();
        old->setParent(this);
        old->deleteLater();
    }
    m_options = options;
    m_samples.clear();
    auto session = std::make_unique<PreviewSession>(this, options);
    PreviewSession *raw = session.get();
    m_session = std::move(session);
    QString problem;
    if (!raw->prepare(&problem)) {
        raw->detach();
        m_samples.clear();
        if (error)
            *error = problem;
        Q_EMIT samplesReset();
        return false;
    }
    Q_EMIT samplesReset();
    QTimer::singleShot(0, raw, [raw] { raw->begin(); });
    return true;
}

void PreviewEngine::cancel()
{
    if (m_session && !m_session->isOver())
        m_session->stop();
}

bool PreviewEngine::isRunning() const
{
    return m_session && !m_session->isOver();
}

const PreviewOptions &PreviewEngine::options() const
{
    return m_options;
}

const QList<PreviewSample> &PreviewEngine::samples() const
{
    return m_samples;
}

PreviewStats PreviewEngine::stats(int variant) const
{
    PreviewStats stats;
    double scoreSum = 0;
    int scored = 0;
    int decided = 0;
    int kept = 0;
    double lengthSum = 0;
    double tokenSum = 0;
    int done = 0;
    int priced = 0;
    QMap<QString, double> costSum;
    for (const PreviewSample &sample : m_samples) {
        if (sample.variant != variant)
            continue;
        ++stats.samples;
        if (isFinal(sample.state))
            ++stats.finished;
        if (sample.state == PreviewSample::State::Failed)
            ++stats.failed;
        if (sample.score) {
            scoreSum += *sample.score;
            ++scored;
        }
        if (sample.kept) {
            ++decided;
            kept += *sample.kept ? 1 : 0;
        }
        if (sample.state == PreviewSample::State::Done) {
            ++done;
            lengthSum += double(sample.text.size());
            tokenSum += double(sample.promptTokens + sample.completionTokens);
            if (!sample.cost.isEmpty()) {
                ++priced;
                for (auto it = sample.cost.constBegin(); it != sample.cost.constEnd(); ++it)
                    costSum[it.key()] += it.value();
            }
        }
    }
    if (scored > 0)
        stats.meanScore = scoreSum / scored;
    if (decided > 0)
        stats.passRate = double(kept) / decided;
    if (done > 0) {
        stats.meanLength = lengthSum / done;
        stats.tokensPerSample = tokenSum / done;
    }
    if (priced > 0) {
        for (auto it = costSum.constBegin(); it != costSum.constEnd(); ++it)
            stats.costPerSample.insert(it.key(), it.value() / priced);
    }
    return stats;
}

int PreviewEngine::callsSent() const
{
    return m_session ? m_session->calls() : 0;
}

int PreviewEngine::cacheHits() const
{
    return m_session ? m_session->hits() : 0;
}

QString PreviewEngine::notice() const
{
    return m_session ? m_session->notice() : QString();
}

} // namespace Seedbed::Run

#include "preview.moc"
