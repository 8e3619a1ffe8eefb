#include "models/projectstore.h"
#include "models/quality/jsonschema.h"
#include "models/run/runner.h"
#include "models/run/stagelogic.h"

#include "../llm/loopbackserver.h"
#include "../llm/openaiwire.h"
#include "pipelinefixture.h"
#include "runfixture.h"

#include <QFile>
#include <QJsonArray>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Seedbed;
using namespace Seedbed::Run;
using namespace Seedbed::Test;
using namespace Seedbed::Test::Standard;

namespace {

// The default model: generated answers "A <question> <sample>", except that "dup" always gives
// "same" and q2's second sample is "bad"; the judge gives 3 to "bad" answers and 8 otherwise.
QString defaultAnswer(const QString &prompt)
{
    static const QRegularExpression topic(QStringLiteral("^Topic: (\\S+) #(\\d+)"));
    const QRegularExpressionMatch m = topic.match(prompt);
    if (m.hasMatch()) {
        const QString q = m.captured(1);
        QString answer = QStringLiteral("A %1 %2").arg(q, m.captured(2));
        if (q == QLatin1String("dup"))
            answer = QStringLiteral("same");
        if (q == QLatin1String("q2") && m.captured(2) == QLatin1String("1"))
            answer = QStringLiteral("bad answer");
        return QString::fromUtf8(answerJson({{"question", "New " + q}, {"answer", answer}}));
    }
    const int score = prompt.contains(QLatin1String("bad")) ? 3 : 8;
    return QStringLiteral("Sure! ```json\n%1\n```")
        .arg(QString::fromUtf8(answerJson({{"score", score}, {"reason", "because"}})));
}

struct Fixture : RunFixture
{
    explicit Fixture(LoopbackServer::Responder responder =
                         [](const ReceivedRequest &r) {
                             return reply(defaultAnswer(lastUserMessage(r)));
                         })
        : RunFixture(std::move(responder))
    {}
};

} // namespace

class tst_Runner : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void wholePipeline();
    void secondRunReusesEverything();
    void changedSettingsRerunDownstreamFromCache();
    void freshSamplesAskAgain();
    void failuresAreDataAndCanBeRetried();
    void truncatedAnswerIsNotASample();
    void judgeStartsWhileGenerationRuns();
    void cancelThenResumeIsExact();
    void limitAndTargetStage();
    void stageThatCannotRunIsReported();
    void exportOutsideTheProjectIsRefused();
    void missingProviderFails();
    void ruleFilterRules();
    void outputSchemaIsEnforced();
    void invalidSchemaSkipsTheStage();
    void passFailJudgeWithReference();
    void fewShotExamples();
};

void tst_Runner::wholePipeline()
{
    Fixture f;
    f.server->setRecording(true);
    const RunSummary summary = f.run(f.options());
    QCOMPARE(summary.state, RunSummary::State::Completed);
    QVERIFY2(summary.error.isEmpty(), qPrintable(summary.error));

    QCOMPARE(f.records(seedId), 3);
    QCOMPARE(f.records(generateId, "ok"), 6);
    QCOMPARE(f.records(judgeId, "ok"), 5);
    QCOMPARE(f.records(judgeId, "filtered"), 1);
    QCOMPARE(f.records(filterId, "ok"), 5);
    QCOMPARE(f.records(dedupId, "ok"), 4);
    QCOMPARE(f.records(dedupId, "duplicate"), 1);
    // Six generations and six judgements, but the two "same" answers ask the same question.
    QCOMPARE(f.server->requestCount(), 11);
    QCOMPARE(summary.progress.calls, 11);
    QCOMPARE(summary.progress.cacheHits, 1);
    QCOMPARE(f.count("SELECT count(*) FROM llm_calls"), 11);
    QCOMPARE(f.count("SELECT count(*) FROM response_cache"), 11);

    const QList<QJsonObject> lines = f.exported();
    QCOMPARE(lines.size(), 4);
    for (const QJsonObject &line : lines) {
        QCOMPARE(line.value("score").toDouble(), 8.0);
        QVERIFY(line.value("question").toString().startsWith("New "));
        QCOMPARE(line.value("score_reason").toString(), QString("because"));
    }
    QCOMPARE(summary.exported.size(), 1);

    // Lineage: every generated record names its seed row, and the prompt that made it.
    QCOMPARE(f.count("SELECT count(*) FROM records g JOIN records s ON g.parent_id = s.id WHERE "
                     "g.stage_id = '00000000-0000-0000-0000-000000000002' AND "
                     "s.stage_id = '00000000-0000-0000-0000-000000000001'"),
             6);
    QCOMPARE(f.count("SELECT count(*) FROM records WHERE json_extract(meta, '$.model') = "
                     "'test-model' AND json_extract(meta, '$.template') = 'Generator'"),
             6);
    // Keys never reach the call log.
    QCOMPARE(f.count("SELECT count(*) FROM llm_calls WHERE request LIKE '%Bearer%'"), 0);

    // The requests are what the wire format says.
    const QJsonObject body = QJsonDocument::fromJson(f.server->requests().first().body).object();
    QCOMPARE(body.value("model").toString(), QString("test-model"));
    QCOMPARE(body.value("stream").toBool(), true);
    QCOMPARE(body.value("response_format").toObject().value("type").toString(),
             QString("json_object"));
    QVERIFY(!body.contains("top_p") && !body.contains("seed"));

    // Top p and a sampling seed (plus the sample number) go to the model when set.
    ProjectData sampled = pipeline({"s1"});
    sampled.stages[1].settings.insert("topP", 0.9);
    sampled.stages[1].settings.insert("samplingSeed", 1000);
    RunOptions o = f.options(sampled);
    o.targetStage = generateId;
    const int before = f.server->requestCount();
    QCOMPARE(f.run(o).state, RunSummary::State::Completed);
    QList<qint64> seeds;
    for (const ReceivedRequest &r : f.server->requests().mid(before)) {
        const QJsonObject b = QJsonDocument::fromJson(r.body).object();
        QCOMPARE(b.value("top_p").toDouble(), 0.9);
        seeds << b.value("seed").toInteger();
    }
    std::sort(seeds.begin(), seeds.end());
    QCOMPARE(seeds, (QList<qint64>{1000, 1001}));

    const StageProgress *judge = progressOf(summary, judgeId);
    QVERIFY(judge);
    QCOMPARE(judge->ok, 5);
    QCOMPARE(judge->filtered, 1);
    QVERIFY(judge->done);
    QCOMPARE(summary.progress.etaMs, 0);
}

void tst_Runner::secondRunReusesEverything()
{
    Fixture f;
    QCOMPARE(f.run(f.options()).state, RunSummary::State::Completed);
    const int requests = f.server->requestCount();
    const qint64 total = f.count("SELECT count(*) FROM records");

    const RunSummary again = f.run(f.options());
    QCOMPARE(again.state, RunSummary::State::Completed);
    QCOMPARE(f.server->requestCount(), requests);
    QCOMPARE(f.count("SELECT count(*) FROM records"), total);
    QCOMPARE(again.progress.calls, 0);
    QCOMPARE(f.exported().size(), 4);
    QCOMPARE(f.count("SELECT count(*) FROM runs WHERE state = 'completed'"), 2);
}

void tst_Runner::changedSettingsRerunDownstreamFromCache()
{
    Fixture f;
    QCOMPARE(f.run(f.options()).state, RunSummary::State::Completed);
    const int requests = f.server->requestCount();
    const qint64 generated = f.count("SELECT max(id) FROM records WHERE stage_id = "
                                     "'00000000-0000-0000-0000-000000000002'");

    // A stricter judge: its records and those after it are redone, its questions come from
    // the cache, and generation is untouched.
    ProjectData project = pipeline();
    project.stages[2].settings.insert("threshold", 9.0);
    const RunSummary summary = f.run(f.options(project));
    QCOMPARE(summary.state, RunSummary::State::Completed);
    QCOMPARE(f.server->requestCount(), requests);
    QCOMPARE(summary.progress.cacheHits, 6);
    QCOMPARE(f.records(judgeId, "filtered"), 6);
    QCOMPARE(f.records(filterId), 0);
    QCOMPARE(f.exported().size(), 0);
    QCOMPARE(f.count("SELECT max(id) FROM records WHERE stage_id = "
                     "'00000000-0000-0000-0000-000000000002'"),
             generated);
}

void tst_Runner::freshSamplesAskAgain()
{
    Fixture f;
    QCOMPARE(f.run(f.options()).state, RunSummary::State::Completed);
    const int requests = f.server->requestCount();
    RunOptions o = f.options();
    o.fresh = true;
    const RunSummary summary = f.run(o);
    QCOMPARE(summary.state, RunSummary::State::Completed);
    QCOMPARE(f.records(generateId, "ok"), 6);
    // Every model in scope is asked again: six generations, five distinct judgements.
    QCOMPARE(f.server->requestCount(), requests + 11);
    QCOMPARE(f.count("SELECT count(*) FROM stage_state WHERE salt = 1"), 2);
    // Asking for fresh samples once more changes the salt again.
    f.run(o);
    QCOMPARE(f.count("SELECT count(*) FROM stage_state WHERE salt = 2"), 2);
}

void tst_Runner::failuresAreDataAndCanBeRetried()
{
    std::atomic<bool> broken{true};
    Fixture f([&broken](const ReceivedRequest &r) {
        const QString prompt = lastUserMessage(r);
        if (broken.load() && prompt == QLatin1String("Topic: q1 #1"))
            return reply(QStringLiteral("I cannot answer in JSON, sorry."));
        return reply(defaultAnswer(prompt));
    });
    RunSummary summary = f.run(f.options());
    QCOMPARE(summary.state, RunSummary::State::Partial);
    QCOMPARE(f.records(generateId, "failed"), 1);
    QCOMPARE(f.count("SELECT count(*) FROM records WHERE status = 'failed' AND "
                     "json_extract(meta, '$.raw') = 'I cannot answer in JSON, sorry.' AND "
                     "json_extract(meta, '$.reason') LIKE '%JSON%'"),
             1);
    QCOMPARE(f.records(judgeId), 5); // the failed record goes no further
    const int requests = f.server->requestCount();

    broken = false;
    RunOptions o = f.options();
    o.retryFailed = true;
    summary = f.run(o);
    QCOMPARE(summary.state, RunSummary::State::Completed);
    QCOMPARE(f.server->requestCount(), requests + 2); // the generation and its judgement
    QCOMPARE(f.records(generateId, "ok"), 6);
    QCOMPARE(f.records(generateId, "failed"), 0);
    QCOMPARE(f.exported().size(), 4);
}

void tst_Runner::truncatedAnswerIsNotASample()
{
    Fixture f([](const ReceivedRequest &r) {
        const QString prompt = lastUserMessage(r);
        if (prompt == QLatin1String("Topic: q2 #0")) {
            QByteArray body = openAiEvent(R"({"role":"assistant","content":""})");
            body += openAiEvent(contentDelta(R"({"question":"New q2","answer":"A q2 0"})"),
                                "\"length\"");
            body += "data: [DONE]\n\n";
            return streamed(body);
        }
        return reply(defaultAnswer(prompt));
    });
    const RunSummary summary = f.run(f.options());
    QCOMPARE(summary.state, RunSummary::State::Partial);
    QCOMPARE(f.records(generateId, "failed"), 1);
    QCOMPARE(f.count("SELECT count(*) FROM records WHERE status = 'failed' AND "
                     "json_extract(meta, '$.finish') = 'truncated'"),
             1);
    QCOMPARE(f.count("SELECT count(*) FROM response_cache"), 9); // 5 generations, 4 judgements
}

void tst_Runner::judgeStartsWhileGenerationRuns()
{
    Fixture f([](const ReceivedRequest &r) {
        const QString prompt = lastUserMessage(r);
        Script script;
        if (prompt.startsWith(QLatin1String("Topic:")))
            script.wait(60);
        const Script answer = reply(defaultAnswer(prompt));
        for (const Script::Step &step : answer.steps())
            script.write(step.bytes);
        return script;
    });
    QStringList questions;
    for (int i = 0; i < 12; ++i)
        questions.append(QStringLiteral("t%1").arg(i));
    ProjectData project = pipeline(questions);
    project.stages[1].settings.insert("concurrency", 2);
    project.stages[2].settings.insert("concurrency", 4);
    RunOptions o = f.options(project);
    o.flushIntervalMs = 20;
    QCOMPARE(f.run(o).state, RunSummary::State::Completed);
    QCOMPARE(f.records(generateId), 24);
    // Streaming: the first judgement was stored before the last generation.
    const qint64 firstJudged = f.count("SELECT min(id) FROM records WHERE stage_id = "
                                       "'00000000-0000-0000-0000-000000000003'");
    const qint64 lastGenerated = f.count("SELECT max(id) FROM records WHERE stage_id = "
                                         "'00000000-0000-0000-0000-000000000002'");
    QVERIFY2(firstJudged < lastGenerated,
             qPrintable(QStringLiteral("%1 %2").arg(firstJudged).arg(lastGenerated)));
}

void tst_Runner::cancelThenResumeIsExact()
{
    Fixture f([](const ReceivedRequest &r) {
        Script script;
        script.wait(30);
        const Script answer = reply(defaultAnswer(lastUserMessage(r)));
        for (const Script::Step &step : answer.steps())
            script.write(step.bytes);
        return script;
    });
    QStringList questions;
    for (int i = 0; i < 20; ++i)
        questions.append(QStringLiteral("c%1").arg(i));
    const ProjectData project = pipeline(questions);
    {
        Runner runner;
        QSignalSpy finished(&runner, &Runner::finished);
        QVERIFY(runner.start(f.options(project)));
        QTRY_VERIFY_WITH_TIMEOUT(f.records(generateId) >= 6, 10000);
        runner.cancel();
        QVERIFY(finished.wait(10000));
        QCOMPARE(finished.at(0).at(0).value<RunSummary>().state, RunSummary::State::Cancelled);
    }
    QVERIFY(f.records(judgeId) < 40);
    const RunSummary summary = f.run(f.options(project), 30000);
    QCOMPARE(summary.state, RunSummary::State::Completed);
    QCOMPARE(f.records(generateId), 40);
    QCOMPARE(f.records(judgeId), 40);
    QCOMPARE(f.count("SELECT count(*) - count(DISTINCT stage_id || '/' || item_key) FROM records"),
             0);
    // Nothing answered and stored was asked again: one request per distinct prompt.
    QCOMPARE(f.count("SELECT count(*) - count(DISTINCT request_hash) FROM llm_calls WHERE "
                     "status = 'ok'"),
             0);
}

void tst_Runner::limitAndTargetStage()
{
    Fixture f;
    RunOptions o = f.options();
    o.limit = 1;
    o.targetStage = generateId;
    const RunSummary summary = f.run(o);
    QCOMPARE(summary.state, RunSummary::State::Completed);
    QCOMPARE(f.records(seedId), 1);
    QCOMPARE(f.records(generateId), 2);
    QCOMPARE(f.records(judgeId), 0);
    QCOMPARE(f.server->requestCount(), 2);
    QCOMPARE(summary.progress.stages.size(), 2);
}

void tst_Runner::stageThatCannotRunIsReported()
{
    Fixture f;
    ProjectData project = pipeline();
    project.stages[3].type = QStringLiteral("future_stage"); // the filter's place
    const RunSummary summary = f.run(f.options(project));
    QCOMPARE(summary.state, RunSummary::State::Partial);
    QVERIFY2(summary.problems.value(0).contains("Filter"), qPrintable(summary.problems.join('\n')));
    QCOMPARE(f.records(judgeId), 6); // what comes before it ran
    QCOMPARE(f.records(dedupId), 0);
    QVERIFY(!QFile::exists(f.dir.filePath("export/out.jsonl")));
}

void tst_Runner::exportOutsideTheProjectIsRefused()
{
    Fixture f;
    ProjectData project = pipeline();
    project.stages[5].settings.insert("path", "../escape.jsonl");
    const RunSummary summary = f.run(f.options(project));
    QCOMPARE(summary.state, RunSummary::State::Partial);
    QVERIFY2(summary.problems.value(0).contains("inside the project folder"),
             qPrintable(summary.problems.join('\n')));
    QVERIFY(!QFile::exists(f.dir.filePath("../escape.jsonl")));
}

void tst_Runner::missingProviderFails()
{
    Fixture f;
    RunOptions o = f.options();
    o.profiles.clear();
    const RunSummary summary = f.run(o);
    QCOMPARE(summary.state, RunSummary::State::Failed);
    QVERIFY2(summary.error.contains("Loopback") && summary.error.contains("providers add"),
             qPrintable(summary.error));
    QCOMPARE(f.server->requestCount(), 0);
    QCOMPARE(f.count("SELECT count(*) FROM records"), 0);
}

void tst_Runner::ruleFilterRules()
{
    const QJsonObject fields{{"answer", "一二三 four five"}, {"question", ""}};
    QCOMPARE(StageLogic::wordCount(u"一二三 four five, six!"), 6);
    QCOMPARE(StageLogic::wordCount(u"  "), 0);
    const auto reason = [&](const QVariantMap &extra, const JsonSchema *schema = nullptr) {
        QVariantMap settings{{"field", "answer"}, {"minChars", 0}, {"maxChars", 1000}};
        settings.insert(extra);
        return StageLogic::ruleFilterReason(settings, fields, std::nullopt, schema)
            .value_or(QString());
    };
    QCOMPARE(reason({}), QString());
    QVERIFY(reason({{"minWords", 6}}).contains("fewer than 6"));
    QVERIFY(reason({{"maxWords", 4}}).contains("more than 4"));
    QCOMPARE(reason({{"minWords", 5}, {"maxWords", 5}}), QString());
    QVERIFY(reason({{"maxTokens", 2}}).contains("token"));
    QVERIFY(reason({{"requiredFields", QStringList{"answer", "question"}}}).contains("“question”"));
    const JsonSchema schema = JsonSchema::parse(
        QJsonDocument::fromJson(
            R"({"type":"object","properties":{"answer":{"type":"string","maxLength":5}}})")
            .object());
    QVERIFY2(reason({}, &schema).contains("/answer"), qPrintable(reason({}, &schema)));
    QVERIFY(reason({{"minScore", 5}}).contains("no score"));
}

void tst_Runner::outputSchemaIsEnforced()
{
    Fixture f;
    f.server->setRecording(true);
    ProjectData project = pipeline({"q1"});
    // Answers must be at most 7 characters: "A q1 0" passes, the others do not exist here.
    project.stages[1].settings.insert("outputSchema",
                                      R"({"type":"object","required":["answer"],"properties":)"
                                      R"({"answer":{"type":"string","maxLength":6}}})");
    project.stages[1].settings.insert("samplesPerInput", 1);
    RunOptions o = f.options(project);
    o.targetStage = generateId;
    QCOMPARE(f.run(o).state, RunSummary::State::Completed);
    const QJsonObject format = QJsonDocument::fromJson(f.server->requests().first().body)
                                   .object()
                                   .value("response_format")
                                   .toObject();
    QCOMPARE(format.value("type").toString(), QString("json_schema"));
    QCOMPARE(format.value("json_schema").toObject().value("schema").toObject().value("required"),
             QJsonValue(QJsonArray{"answer"}));

    project.stages[1].settings.insert(
        "outputSchema", R"({"type":"object","properties":{"answer":{"type":"integer"}}})");
    o = f.options(project);
    o.targetStage = generateId;
    QCOMPARE(f.run(o).state, RunSummary::State::Partial);
    QCOMPARE(f.count("SELECT count(*) FROM records WHERE status = 'failed' AND "
                     "json_extract(meta, '$.reason') LIKE '%/answer%integer%'"),
             1);
}

void tst_Runner::invalidSchemaSkipsTheStage()
{
    Fixture f;
    ProjectData project = pipeline();
    project.stages[3].settings.insert("schema", R"({"type": 7})");
    const RunSummary summary = f.run(f.options(project));
    QCOMPARE(summary.state, RunSummary::State::Partial);
    QCOMPARE(summary.failedRecords, 0);
    QVERIFY2(summary.problems.value(0).contains("Filter") &&
                 summary.problems.value(0).contains("not valid"),
             qPrintable(summary.problems.join('\n')));
    QCOMPARE(f.records(filterId), 0);
}

void tst_Runner::passFailJudgeWithReference()
{
    Fixture f([](const ReceivedRequest &r) {
        const QString prompt = lastUserMessage(r);
        if (prompt.startsWith("Compare"))
            return reply(prompt.contains("ref=seed answer") && !prompt.contains("bad")
                             ? R"({"verdict": "pass", "reason": "matches"})"
                             : R"({"verdict": "fail"})");
        return reply(defaultAnswer(prompt));
    });
    ProjectData project = pipeline();
    project.stages[1].settings.insert("outputFields", QStringList{"question", "answer"});
    project.stages[2].settings.insert("scale", "pass-fail");
    project.stages[2].settings.insert("threshold", 0.0);
    project.stages[2].settings.insert("referenceField", "seed_answer");
    project.templates[1].user = QStringLiteral("Compare {{ answer }} ref={{ reference }}");
    // The seed's answer is overwritten by the generator, so keep it under another name.
    QVariantList rows;
    for (const char *q : {"q1", "q2", "dup"})
        rows.append(QVariantMap{{"question", q}, {"seed_answer", "seed answer"}});
    project.stages[0].settings.insert("rows", rows);
    const RunSummary summary = f.run(f.options(project));
    QCOMPARE(summary.state, RunSummary::State::Completed);
    QCOMPARE(f.records(judgeId, "ok"), 5);
    QCOMPARE(f.records(judgeId, "filtered"), 1);
    QCOMPARE(f.count("SELECT count(*) FROM records WHERE stage_id = "
                     "'00000000-0000-0000-0000-000000000003' AND score = 1"),
             5);
}

void tst_Runner::fewShotExamples()
{
    Fixture f;
    f.server->setRecording(true);
    ProjectData project = pipeline({"q1", "q2", "q3"});
    project.templates[0].user =
        QStringLiteral("Topic: {{ question }} #{{ sample_index }}"
                       "{% for e in examples %} [{{ e.question }}]{% endfor %}");
    project.stages[1].settings.insert("samplesPerInput", 1);
    project.stages[1].settings.insert("examples", "fixed");
    project.stages[1].settings.insert("exampleCount", 1);
    project.stages[1].settings.insert("fixedExamples",
                                      R"([{"question": "EX1"}, {"question": "EX2"}])");
    RunOptions o = f.options(project);
    o.targetStage = generateId;
    QCOMPARE(f.run(o).state, RunSummary::State::Completed);
    for (const ReceivedRequest &r : f.server->requests())
        QVERIFY2(lastUserMessage(r).endsWith(" [EX1]"), qPrintable(lastUserMessage(r)));

    // Other inputs: never the input itself, two of the others.
    project.stages[1].settings.insert("examples", "inputs");
    project.stages[1].settings.insert("exampleCount", 2);
    o = f.options(project);
    o.targetStage = generateId;
    const int before = f.server->requestCount();
    QCOMPARE(f.run(o).state, RunSummary::State::Completed);
    QCOMPARE(f.server->requestCount(), before + 3);
    for (const ReceivedRequest &r : f.server->requests().mid(before)) {
        const QString prompt = lastUserMessage(r);
        const QString own = prompt.section(' ', 1, 1);
        QCOMPARE(prompt.count('['), 2);
        QVERIFY2(!prompt.contains("[" + own + "]"), qPrintable(prompt));
    }

    // A bad fixed list is a problem of the stage, said before any request.
    project.stages[1].settings.insert("examples", "fixed");
    project.stages[1].settings.insert("fixedExamples", "[1, 2]");
    o = f.options(project);
    o.targetStage = generateId;
    const RunSummary bad = f.run(o);
    QCOMPARE(bad.state, RunSummary::State::Partial);
    QVERIFY(bad.problems.value(0).contains("JSON array of objects"));
}

QTEST_GUILESS_MAIN(tst_Runner)
#include "tst_runner.moc"
