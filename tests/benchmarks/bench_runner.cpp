// Records persisted per second by the pipeline runner (issue 4, section 5), side by side with
// a raw SQLite bulk insert of the same rows in the same run.
//
//   bench_runner [records] [runs]
//
// Per run, in fresh temporary projects:
//   raw       one transaction, one prepared INSERT of N rows of ~500 bytes into `records`
//             (the same columns the runner writes): what SQLite itself can do here. Measured
//             two ways: "naive" through QSqlQuery::addBindValue (QVariant, UTF-16), and "best"
//             through SQLite's API on the same connection, bound by index as UTF-8, with the
//             page cache of the runner's connection: the technique the runner uses, so the
//             ratio compares like with like;
//   pipeline  seed table (N rows) → rule filter → exact dedup: the runner stores 3·N records,
//             every one committed in its batched transactions with item keys and lineage;
//   llm       seed table (N/10 rows) → generate against a zero-latency loopback server
//             (in this process, its own thread): records per second through the LLM path,
//             including HTTP, SSE parsing and the response cache.
// Reports records/s and the ratio runner ÷ raw (goal of the issue: ≥ 50,000 records/s).

#include "models/projectstore.h"
#include "models/run/runner.h"
#include "tests/models/llm/loopbackserver.h"
#include "tests/models/llm/openaiwire.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QJsonArray>
#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <sqlite3.h>

#include <algorithm>
#include <cstdio>

using namespace Seedbed;
using namespace Seedbed::Run;
using namespace Seedbed::Test;

namespace {

// ~500 bytes of JSON per row, all distinct.
QVariantList makeRows(int count)
{
    QVariantList rows;
    rows.reserve(count);
    QRandomGenerator random(42);
    const QString filler = QStringLiteral(
        "A customer asks about a parcel that was marked as delivered but never arrived; the agent "
        "explains the next steps, the trace with the carrier and the refund policy in detail. ");
    for (int i = 0; i < count; ++i) {
        rows.append(QVariantMap{
            {QStringLiteral("question"),
             QStringLiteral("Question %1 #%2").arg(i).arg(random.generate())},
            {QStringLiteral("answer"), filler + filler + QString::number(i)},
            {QStringLiteral("category"), QStringLiteral("shipping")},
        });
    }
    return rows;
}

Stage stage(const QString &type, const QString &name, const QVariantMap &settings)
{
    Stage s;
    s.id = QUuid::createUuid();
    s.type = type;
    s.name = name;
    s.settings = settings;
    return s;
}

QByteArray compactRow(const QVariant &row)
{
    return QJsonDocument(QJsonObject::fromVariantMap(row.toMap())).toJson(QJsonDocument::Compact);
}

double rawInsert(const QString &dir, const QVariantList &rows)
{
    ProjectStore store;
    ProjectError error;
    if (!store.create(dir + QStringLiteral("/data.sqlite"), &error))
        qFatal("%s", qPrintable(error.message));
    QSqlDatabase db = store.database();
    QSqlQuery run(db);
    if (!run.exec(QStringLiteral("INSERT INTO runs (id) VALUES (1)")))
        qFatal("%s", qPrintable(run.lastError().text()));
    QElapsedTimer timer;
    timer.start();
    db.transaction();
    QSqlQuery insert(db);
    insert.prepare(QStringLiteral(
        "INSERT INTO records (stage_id, run_id, fields, parent_ids, status, scores, usage, score, "
        "item_key, parent_id, settings_hash, meta) VALUES (?, 1, ?, '[]', 'ok', '{}', '{}', NULL, "
        "?, NULL, 'hash', '{}')"));
    for (qsizetype i = 0; i < rows.size(); ++i) {
        insert.addBindValue(QStringLiteral("stage"));
        insert.addBindValue(QString::fromUtf8(compactRow(rows.at(i))));
        insert.addBindValue(QStringLiteral("row:%1").arg(i));
        if (!insert.exec())
            qFatal("%s", qPrintable(insert.lastError().text()));
    }
    db.commit();
    return double(timer.nsecsElapsed()) / 1e9;
}

double rawInsertBest(const QString &dir, const QVariantList &rows)
{
    ProjectStore store;
    ProjectError error;
    if (!store.create(dir + QStringLiteral("/data.sqlite"), &error))
        qFatal("%s", qPrintable(error.message));
    QSqlDatabase db = store.database();
    QSqlQuery run(db);
    // The runner's connection settings (see RunEngine::openDatabase).
    for (const char *statement : {"INSERT INTO runs (id) VALUES (1)", "PRAGMA cache_size = -32768",
                                  "PRAGMA temp_store = MEMORY"}) {
        if (!run.exec(QString::fromLatin1(statement)))
            qFatal("%s", qPrintable(run.lastError().text()));
    }
    const QVariant handle = db.driver()->handle();
    if (qstrcmp(handle.typeName(), "sqlite3*") != 0)
        qFatal("no SQLite handle");
    sqlite3 *sqlite = *static_cast<sqlite3 *const *>(handle.constData());
    QElapsedTimer timer;
    timer.start();
    db.transaction();
    sqlite3_stmt *insert = nullptr;
    const char sql[] =
        "INSERT INTO records (stage_id, run_id, fields, parent_ids, status, scores, usage, score, "
        "item_key, parent_id, settings_hash, meta) VALUES (?, 1, ?, '[]', 'ok', '{}', '{}', NULL, "
        "?, NULL, 'hash', '{}')";
    if (sqlite3_prepare_v3(sqlite, sql, -1, SQLITE_PREPARE_PERSISTENT, &insert, nullptr) !=
        SQLITE_OK)
        qFatal("%s", sqlite3_errmsg(sqlite));
    for (qsizetype i = 0; i < rows.size(); ++i) {
        const QByteArray fields = compactRow(rows.at(i));
        const QByteArray key = "row:" + QByteArray::number(i);
        sqlite3_bind_text(insert, 1, "stage", 5, SQLITE_STATIC);
        sqlite3_bind_text(insert, 2, fields.constData(), int(fields.size()), SQLITE_STATIC);
        sqlite3_bind_text(insert, 3, key.constData(), int(key.size()), SQLITE_STATIC);
        if (sqlite3_step(insert) != SQLITE_DONE)
            qFatal("%s", sqlite3_errmsg(sqlite));
        sqlite3_reset(insert);
    }
    sqlite3_finalize(insert);
    db.commit();
    return double(timer.nsecsElapsed()) / 1e9;
}

struct Timed
{
    double seconds = 0;
    qint64 records = 0;
};

Timed runPipeline(const QString &dir, const ProjectData &project,
                  const QList<Llm::ProviderProfile> &profiles = {})
{
    {
        ProjectStore store;
        ProjectError error;
        if (!store.create(dir + QStringLiteral("/data.sqlite"), &error))
            qFatal("%s", qPrintable(error.message));
    }
    RunOptions options;
    options.projectDir = dir;
    options.project = project;
    options.profiles = profiles;
    Runner runner;
    QEventLoop loop;
    RunSummary summary;
    QObject::connect(&runner, &Runner::finished, &loop, [&](const RunSummary &s) {
        summary = s;
        loop.quit();
    });
    QElapsedTimer timer;
    timer.start();
    runner.start(options);
    loop.exec();
    Timed t;
    t.seconds = double(timer.nsecsElapsed()) / 1e9;
    if (summary.state != RunSummary::State::Completed)
        qFatal("run ended %s: %s", qPrintable(runStateName(summary.state)),
               qPrintable(summary.error));
    for (const StageProgress &sp : summary.progress.stages)
        t.records += sp.processed();
    return t;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const int records = argc > 1 ? std::max(1000, atoi(argv[1])) : 200000;
    const int runs = argc > 2 ? std::max(1, atoi(argv[2])) : 3;
    const QVariantList rows = makeRows(records);
    const QVariantList llmRows = rows.mid(0, records / 10);

    LoopbackServer server([](const ReceivedRequest &) {
        return streamed(
            openAiStream({QStringLiteral("An answer of a few words, as models give.")}));
    });
    server.setRecording(false);
    Llm::ProviderProfile profile;
    profile.id = QStringLiteral("bench");
    profile.name = QStringLiteral("Loopback");
    profile.baseUrl = server.url(QStringLiteral("/v1"));
    profile.maxConcurrency = 64;

    std::printf("# runner persistence, %d records of ~500 bytes, %d runs\n", records, runs);
    std::vector<double> naiveRates, rawRates, pipelineRates, llmRates;
    for (int run = 0; run < runs; ++run) {
        QTemporaryDir naiveDir, rawDir, pipelineDir, llmDir;
        const double naive = rawInsert(naiveDir.path(), rows);
        naiveRates.push_back(records / naive);
        const double raw = rawInsertBest(rawDir.path(), rows);
        rawRates.push_back(records / raw);

        ProjectData p;
        const Stage seed = stage(QStringLiteral("seed_table"), QStringLiteral("Seeds"),
                                 {{QStringLiteral("rows"), rows}});
        const Stage filter = stage(QStringLiteral("rule_filter"), QStringLiteral("Filter"),
                                   {{QStringLiteral("field"), QStringLiteral("answer")},
                                    {QStringLiteral("minChars"), 10},
                                    {QStringLiteral("maxChars"), 100000}});
        const Stage dedup =
            stage(QStringLiteral("dedup_exact"), QStringLiteral("Dedup"),
                  {{QStringLiteral("fields"), QStringList{QStringLiteral("question")}}});
        p.stages = {seed, filter, dedup};
        p.edges = {{seed.id, filter.id, QStringLiteral("in")},
                   {filter.id, dedup.id, QStringLiteral("in")}};
        const Timed pipeline = runPipeline(pipelineDir.path(), p);
        pipelineRates.push_back(double(pipeline.records) / pipeline.seconds);

        ProjectData q;
        PromptTemplate t;
        t.id = QUuid::createUuid();
        t.name = QStringLiteral("T");
        t.user = QStringLiteral("Rewrite: {{ question }}");
        q.templates = {t};
        const Stage llmSeed = stage(QStringLiteral("seed_table"), QStringLiteral("Seeds"),
                                    {{QStringLiteral("rows"), llmRows}});
        const Stage generate =
            stage(QStringLiteral("generate"), QStringLiteral("Generate"),
                  {{QStringLiteral("template"), t.id.toString()},
                   {QStringLiteral("provider"), QStringLiteral("Loopback")},
                   {QStringLiteral("model"), QStringLiteral("m")},
                   {QStringLiteral("outputFormat"), QStringLiteral("text")},
                   {QStringLiteral("outputFields"), QStringList{QStringLiteral("rewrite")}},
                   {QStringLiteral("concurrency"), 64}});
        q.stages = {llmSeed, generate};
        q.edges = {{llmSeed.id, generate.id, QStringLiteral("in")}};
        const Timed llm = runPipeline(llmDir.path(), q, {profile});
        llmRates.push_back(double(llm.records) / llm.seconds);

        std::printf("RESULT run=%d raw_naive_records_per_s=%.0f raw_records_per_s=%.0f "
                    "pipeline_records_per_s=%.0f pipeline_records=%lld ratio=%.3f "
                    "ratio_naive=%.3f llm_records_per_s=%.0f llm_records=%lld\n",
                    run, naiveRates.back(), rawRates.back(), pipelineRates.back(), pipeline.records,
                    pipelineRates.back() / rawRates.back(),
                    pipelineRates.back() / naiveRates.back(), llmRates.back(), llm.records);
        std::fflush(stdout);
    }
    const auto median = [](std::vector<double> v) {
        std::sort(v.begin(), v.end());
        return v[v.size() / 2];
    };
    std::printf("MEDIAN raw_naive=%.0f raw=%.0f pipeline=%.0f ratio=%.3f ratio_naive=%.3f "
                "llm=%.0f records/s\n",
                median(naiveRates), median(rawRates), median(pipelineRates),
                median(pipelineRates) / median(rawRates),
                median(pipelineRates) / median(naiveRates), median(llmRates));
    return median(pipelineRates) >= 50000 ? 0 : 2;
}
