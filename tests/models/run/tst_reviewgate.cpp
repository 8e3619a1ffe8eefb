#include "models/projectstore.h"
#include "models/records/reviewstore.h"
#include "models/run/runner.h"
#include "models/run/stagelogic.h"

#include "../llm/loopbackserver.h"
#include "../llm/openaiwire.h"
#include "pipelinefixture.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Seedbed;
using namespace Seedbed::Run;
using namespace Seedbed::Records;
using namespace Seedbed::Test;

namespace {

const QUuid seedId = QUuid::fromString(QStringLiteral("{00000000-0000-0000-0000-000000000001}"));
const QUuid gateId = QUuid::fromString(QStringLiteral("{00000000-0000-0000-0000-000000000002}"));
const QUuid exportId = QUuid::fromString(QStringLiteral("{00000000-0000-0000-0000-000000000003}"));
const QUuid generateId =
    QUuid::fromString(QStringLiteral("{00000000-0000-0000-0000-000000000004}"));
const QUuid generatorTemplate =
    QUuid::fromString(QStringLiteral("{00000000-0000-0000-0000-0000000000a1}"));

// seed (4 rows) → review gate → export
ProjectData gatePipeline(const QVariantMap &gateSettings = {})
{
    ProjectData p;
    p.name = QStringLiteral("Review gate");
    QVariantList rows;
    for (int i = 1; i <= 4; ++i)
        rows.append(QVariantMap{{"question", QStringLiteral("q%1").arg(i)}, {"answer", "a"}});
    QVariantMap gate{{"passes", "accepted"}, {"sampleRate", 1.0}, {"seed", 7}};
    for (auto it = gateSettings.begin(); it != gateSettings.end(); ++it)
        gate.insert(it.key(), it.value());
    p.stages = {
        stage(seedId, "seed_table", "Seeds", {{"rows", rows}}),
        stage(gateId, "review", "Review", gate),
        stage(exportId, "export", "Export",
              {{"format", "jsonl"}, {"path", "export/out.jsonl"}, {"include", "everything"}}),
    };
    p.edges = {{seedId, gateId, QStringLiteral("in")}, {gateId, exportId, QStringLiteral("in")}};
    return p;
}

struct Fixture
{
    QTemporaryDir dir;
    std::unique_ptr<LoopbackServer> server;

    Fixture()
    {
        ProjectStore store;
        ProjectError error;
        if (!store.create(path(), &error))
            qFatal("cannot create the store: %s", qPrintable(error.message));
        server = std::make_unique<LoopbackServer>([](const ReceivedRequest &r) {
            const QString topic = lastUserMessage(r).section(QLatin1Char(' '), 1, 1);
            return streamed(openAiStream(
                {QStringLiteral(R"({"question":"New %1","answer":"A %1"})").arg(topic)}));
        });
    }

    QString path() const { return dir.filePath(QStringLiteral("data.sqlite")); }

    RunOptions options(const ProjectData &project) const
    {
        RunOptions o;
        o.projectDir = dir.path();
        o.project = project;
        Llm::ProviderProfile profile;
        profile.id = QStringLiteral("loopback-id");
        profile.name = QStringLiteral("Loopback");
        profile.baseUrl = server->url(QStringLiteral("/v1"));
        profile.maxConcurrency = 4;
        profile.maxAttempts = 1;
        o.profiles = {profile};
        return o;
    }

    RunSummary run(const RunOptions &o, QStringList *messages = nullptr) const
    {
        Runner runner;
        QSignalSpy finished(&runner, &Runner::finished);
        QSignalSpy said(&runner, &Runner::message);
        if (!runner.start(o))
            qFatal("the runner did not start");
        if (!finished.wait(20000))
            qFatal("the run did not finish in time");
        if (messages) {
            for (const QList<QVariant> &args : said)
                messages->append(args.at(0).toString());
        }
        return finished.at(0).at(0).value<RunSummary>();
    }

    QStringList column(const QString &sql) const
    {
        const QString name = QStringLiteral("check-%1").arg(QUuid::createUuid().toString());
        QStringList result;
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
            db.setDatabaseName(path());
            db.open();
            QSqlQuery query(sql, db);
            while (query.next())
                result.append(query.value(0).toString());
        }
        QSqlDatabase::removeDatabase(name);
        return result;
    }

    // The id of the seed record of row \a question.
    qint64 seedRecord(const QString &question) const
    {
        return column(QStringLiteral("SELECT id FROM records WHERE stage_id = '%1' AND "
                                     "json_extract(fields, '$.question') = '%2'")
                          .arg(seedId.toString(QUuid::WithoutBraces), question))
            .value(0)
            .toLongLong();
    }

    // What passed the gate: question=answer (review state), by question.
    QStringList passed() const
    {
        return column(
            QStringLiteral("SELECT json_extract(fields, '$.question') || '=' || "
                           "json_extract(fields, '$.answer') || ' (' || review_state || ')' "
                           "FROM records WHERE stage_id = '%1' ORDER BY 1")
                .arg(gateId.toString(QUuid::WithoutBraces)));
    }

    QStringList exportedQuestions() const
    {
        QFile file(dir.filePath(QStringLiteral("export/out.jsonl")));
        QStringList questions;
        if (!file.open(QIODevice::ReadOnly))
            return {QStringLiteral("<no export>")};
        for (const QByteArray &line : file.readAll().split('\n')) {
            if (!line.isEmpty())
                questions.append(
                    QJsonDocument::fromJson(line).object().value("question").toString());
        }
        questions.sort();
        return questions;
    }

    void review(const ReviewChange &change, const QList<qint64> &ids) const
    {
        ReviewStore store;
        store.setDatabasePath(path());
        QSignalSpy finished(&store, &ReviewStore::finished);
        store.apply(change, ReviewSelection::ofIds(ids));
        QVERIFY(store.waitForIdle(20000));
        QCOMPARE(finished.count(), 1);
        QVERIFY(finished.at(0).at(0).value<ReviewResult>().succeeded());
    }
};

} // namespace

class tst_ReviewGate : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void reviewIsAMapStage();
    void passes_data();
    void passes();
    void sampleRateLeavesAShareOutOfReview();
    void holdsUntilReviewedThenPasses();
    void reviewChangedAfterPassingGoesThroughAgain();
    void notRejectedPassesUnreviewed();
    void negativeExamplesInThePromptContext();
    void exemplarsAndNegativesReachThePrompt();
};

void tst_ReviewGate::reviewIsAMapStage()
{
    QCOMPARE(StageLogic::kindOf(QStringLiteral("review")), std::optional(StageKind::Map));
}

void tst_ReviewGate::passes_data()
{
    QTest::addColumn<QString>("passes");
    QTest::addColumn<QString>("state");
    QTest::addColumn<bool>("expected");
    for (const auto &[passes, state, expected] :
         {std::tuple{"accepted", "accepted", true}, std::tuple{"accepted", "edited", true},
          std::tuple{"accepted", "unreviewed", false}, std::tuple{"accepted", "rejected", false},
          std::tuple{"not-rejected", "unreviewed", true},
          std::tuple{"not-rejected", "edited", true},
          std::tuple{"not-rejected", "rejected", false}}) {
        QTest::addRow("%s %s", passes, state)
            << QString::fromLatin1(passes) << QString::fromLatin1(state) << expected;
    }
}

void tst_ReviewGate::passes()
{
    QFETCH(QString, passes);
    QFETCH(QString, state);
    QFETCH(bool, expected);
    const QVariantMap settings{{"passes", passes}, {"sampleRate", 1.0}, {"seed", 0}};
    for (qint64 id = 1; id < 50; ++id)
        QCOMPARE(StageLogic::reviewGatePasses(settings, state, id), expected);
}

void tst_ReviewGate::sampleRateLeavesAShareOutOfReview()
{
    const QVariantMap none{{"passes", "accepted"}, {"sampleRate", 0.0}, {"seed", 1}};
    const QVariantMap half{{"passes", "accepted"}, {"sampleRate", 0.5}, {"seed", 1}};
    const QVariantMap otherSeed{{"passes", "accepted"}, {"sampleRate", 0.5}, {"seed", 2}};
    int unreviewedPass = 0;
    int differ = 0;
    for (qint64 id = 1; id <= 1000; ++id) {
        QVERIFY(StageLogic::reviewGatePasses(none, QStringLiteral("unreviewed"), id));
        // A rejected record never passes when it is in the sample under review.
        const bool pass = StageLogic::reviewGatePasses(half, QStringLiteral("unreviewed"), id);
        unreviewedPass += pass;
        QCOMPARE(StageLogic::reviewGatePasses(half, QStringLiteral("unreviewed"), id), pass);
        QVERIFY(StageLogic::reviewGatePasses(half, QStringLiteral("accepted"), id));
        differ += pass != StageLogic::reviewGatePasses(otherSeed, QStringLiteral("unreviewed"), id);
    }
    QVERIFY2(unreviewedPass > 400 && unreviewedPass < 600,
             qPrintable(QString::number(unreviewedPass)));
    QVERIFY(differ > 100);
}

void tst_ReviewGate::holdsUntilReviewedThenPasses()
{
    Fixture f;
    QStringList messages;
    RunSummary summary = f.run(f.options(gatePipeline()), &messages);
    QCOMPARE(summary.state, RunSummary::State::Completed);
    QVERIFY(summary.problems.isEmpty());
    QCOMPARE(f.passed(), QStringList());
    QCOMPARE(f.exportedQuestions(), QStringList());
    QVERIFY2(messages.join('\n').contains("4 record(s) wait for a review"),
             qPrintable(messages.join('\n')));

    // Accept one, edit one, reject one, leave one.
    f.review(ReviewChange::accept(), {f.seedRecord("q1")});
    f.review(ReviewChange::editFields({{"answer", "edited"}}), {f.seedRecord("q2")});
    f.review(ReviewChange::reject(), {f.seedRecord("q3")});
    summary = f.run(f.options(gatePipeline()));
    QCOMPARE(summary.state, RunSummary::State::Completed);
    // An edited record passes with its edited fields; both keep their review state.
    QCOMPARE(f.passed(), (QStringList{"q1=a (accepted)", "q2=edited (edited)"}));
    QCOMPARE(f.exportedQuestions(), (QStringList{"q1", "q2"}));

    // Reviewed later, passed on the next run; nothing passes twice.
    f.review(ReviewChange::accept(), {f.seedRecord("q4")});
    summary = f.run(f.options(gatePipeline()));
    QCOMPARE(summary.state, RunSummary::State::Completed);
    QCOMPARE(f.passed(), (QStringList{"q1=a (accepted)", "q2=edited (edited)", "q4=a (accepted)"}));
    QCOMPARE(f.exportedQuestions(), (QStringList{"q1", "q2", "q4"}));
}

void tst_ReviewGate::reviewChangedAfterPassingGoesThroughAgain()
{
    Fixture f;
    QCOMPARE(f.run(f.options(gatePipeline())).state, RunSummary::State::Completed);
    f.review(ReviewChange::accept(), {f.seedRecord("q1"), f.seedRecord("q2"), f.seedRecord("q3")});
    QCOMPARE(f.run(f.options(gatePipeline())).state, RunSummary::State::Completed);
    QCOMPARE(f.passed(), (QStringList{"q1=a (accepted)", "q2=a (accepted)", "q3=a (accepted)"}));

    // Rejected after all, edited after it passed: the gate takes them back.
    f.review(ReviewChange::reject(), {f.seedRecord("q1")});
    f.review(ReviewChange::editFields({{"answer", "better"}}), {f.seedRecord("q2")});
    QStringList messages;
    QCOMPARE(f.run(f.options(gatePipeline()), &messages).state, RunSummary::State::Completed);
    QVERIFY2(messages.join('\n').contains("2 record(s) whose review changed"),
             qPrintable(messages.join('\n')));
    QCOMPARE(f.passed(), (QStringList{"q2=better (edited)", "q3=a (accepted)"}));
    QCOMPARE(f.exportedQuestions(), (QStringList{"q2", "q3"}));
}

void tst_ReviewGate::notRejectedPassesUnreviewed()
{
    Fixture f;
    const ProjectData project = gatePipeline({{"passes", "not-rejected"}});
    QCOMPARE(f.run(f.options(project)).state, RunSummary::State::Completed);
    QCOMPARE(f.passed().size(), 4);
    f.review(ReviewChange::reject(), {f.seedRecord("q4")});
    QCOMPARE(f.run(f.options(project)).state, RunSummary::State::Completed);
    QCOMPARE(f.passed(),
             (QStringList{"q1=a (unreviewed)", "q2=a (unreviewed)", "q3=a (unreviewed)"}));
}

void tst_ReviewGate::negativeExamplesInThePromptContext()
{
    Stage generate = stage(generateId, "generate", "Generate", {});
    const QJsonArray negatives{StageLogic::negativeExample({{"answer", "no"}}, "too short")};
    const QJsonObject context =
        StageLogic::promptContext(generate, {{"question", "q"}}, 0, {}, negatives);
    QCOMPARE(context.value("negative_examples").toArray(),
             (QJsonArray{QJsonObject{{"answer", "no"}, {"note", "too short"}}}));
    // Always there, so that a template using it renders without negatives too.
    QCOMPARE(StageLogic::promptContext(generate, {}, 0).value("negative_examples"),
             QJsonValue(QJsonArray()));

    PromptTemplate t;
    t.name = QStringLiteral("T");
    t.user = QStringLiteral("{% for n in negative_examples %}Not: {{ n.answer }} ({{ n.note }})"
                            "{% endfor %}");
    QVERIFY(StageLogic::templateMentions(&t, QStringLiteral("negative_examples")));
    QVERIFY(!StageLogic::templateMentions(&t, QStringLiteral("rubric")));
    Llm::ChatRequest request;
    QString error;
    QVERIFY2(StageLogic::buildRequest(generate, &t, "m", {}, 0, {}, &request, &error, negatives),
             qPrintable(error));
    QCOMPARE(request.messages.last().content, QStringLiteral("Not: no (too short)"));
}

void tst_ReviewGate::exemplarsAndNegativesReachThePrompt()
{
    Fixture f;
    f.server->setRecording(true);
    ProjectData p;
    p.name = QStringLiteral("Feedback");
    QVariantList rows;
    for (int i = 1; i <= 3; ++i)
        rows.append(QVariantMap{{"question", QStringLiteral("q%1").arg(i)}});
    p.stages = {stage(seedId, "seed_table", "Seeds", {{"rows", rows}}),
                stage(generateId, "generate", "Generate",
                      {{"template", generatorTemplate.toString()},
                       {"provider", "Loopback"},
                       {"model", "test-model"},
                       {"outputFormat", "json"},
                       {"outputFields", QStringList{"question", "answer"}},
                       {"samplesPerInput", 1},
                       {"examples", "exemplars"},
                       {"exampleCount", 3},
                       {"concurrency", 1}})};
    p.edges = {{seedId, generateId, QStringLiteral("in")}};
    PromptTemplate generator;
    generator.id = generatorTemplate;
    generator.name = QStringLiteral("Generator");
    generator.user = QStringLiteral(
        "Topic: {{ question }}{% for e in examples %} [{{ e.answer }}]{% endfor %}"
        "{% for n in negative_examples %} not [{{ n.answer }}: {{ n.note }}]{% endfor %}");
    p.templates = {generator};

    // Two inputs first; nothing marked yet: no examples.
    RunOptions o = f.options(p);
    o.limit = 2;
    QCOMPARE(f.run(o).state, RunSummary::State::Completed);
    QCOMPARE(f.server->requestCount(), 2);
    for (const ReceivedRequest &r : f.server->requests())
        QVERIFY2(!lastUserMessage(r).contains('['), qPrintable(lastUserMessage(r)));

    const QString generated = generateId.toString(QUuid::WithoutBraces);
    const qint64 first = f.column(QStringLiteral("SELECT id FROM records WHERE stage_id = '%1' AND "
                                                 "json_extract(fields, '$.question') = 'New q1'")
                                      .arg(generated))
                             .value(0)
                             .toLongLong();
    const qint64 second =
        f.column(QStringLiteral("SELECT id FROM records WHERE stage_id = '%1' AND "
                                "json_extract(fields, '$.question') = 'New q2'")
                     .arg(generated))
            .value(0)
            .toLongLong();
    QVERIFY(first > 0 && second > 0);
    f.review(ReviewChange::tag(QStringLiteral("exemplar")), {first});
    ReviewChange negative = ReviewChange::tag(QStringLiteral("negative"));
    negative.note = QStringLiteral("off topic");
    f.review(negative, {second});

    // The third input is generated with them.
    o.limit = 0;
    QCOMPARE(f.run(o).state, RunSummary::State::Completed);
    QCOMPARE(f.server->requestCount(), 3);
    QCOMPARE(lastUserMessage(f.server->requests().last()),
             QStringLiteral("Topic: q3 [A q1] not [A q2: off topic]"));
}

QTEST_GUILESS_MAIN(tst_ReviewGate)
#include "tst_reviewgate.moc"
