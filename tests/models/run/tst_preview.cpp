#include "models/projectstore.h"
#include "models/run/preview.h"
#include "models/run/runner.h"

#include "../llm/loopbackserver.h"
#include "../llm/openaiwire.h"
#include "pipelinefixture.h"

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

using State = PreviewSample::State;

// Generated answers are "A <question> <sample>", except that "dup" always gives "same", q2's
// second sample and any prompt asking "(bad)" give "bad answer"; the judge gives 3 to "bad"
// answers and 8 otherwise.
QString defaultAnswer(const QString &prompt)
{
    static const QRegularExpression topic(QStringLiteral("^Topic: (\\S+) #(\\d+)"));
    const QRegularExpressionMatch m = topic.match(prompt);
    if (m.hasMatch()) {
        const QString q = m.captured(1);
        QString answer = QStringLiteral("A %1 %2").arg(q, m.captured(2));
        if (q == QLatin1String("dup"))
            answer = QStringLiteral("same");
        if ((q == QLatin1String("q2") && m.captured(2) == QLatin1String("1")) ||
            prompt.contains(QLatin1String("(bad)")))
            answer = QStringLiteral("bad answer");
        return QString::fromUtf8(answerJson({{"question", "New " + q}, {"answer", answer}}));
    }
    const int score = prompt.contains(QLatin1String("bad")) ? 3 : 8;
    return QStringLiteral("Sure! ```json\n%1\n```")
        .arg(QString::fromUtf8(answerJson({{"score", score}, {"reason", "because"}})));
}

Script reply(const QString &content)
{
    return streamed(openAiStream({content}));
}

// An answer sent as one event per piece, \a gapMs apart.
Script dripped(const QStringList &pieces, int gapMs)
{
    Script script;
    script.write(streamHead());
    script.write(chunked(openAiEvent(R"({"role":"assistant","content":""})")));
    for (const QString &piece : pieces) {
        script.wait(gapMs);
        script.write(chunked(openAiEvent(contentDelta(piece))));
    }
    script.write(chunked(openAiEvent("{}", "\"stop\"") + openAiUsage(10, int(pieces.size())) +
                         "data: [DONE]\n\n"));
    script.write(lastChunk());
    return script;
}

struct Fixture
{
    QTemporaryDir dir;
    std::unique_ptr<LoopbackServer> server;

    explicit Fixture(
        LoopbackServer::Responder responder =
            [](const ReceivedRequest &r) { return reply(defaultAnswer(lastUserMessage(r))); },
        bool dataFile = true)
    {
        if (dataFile) {
            ProjectStore store;
            ProjectError error;
            if (!store.create(dir.filePath(QStringLiteral("data.sqlite")), &error))
                qFatal("cannot create the store: %s", qPrintable(error.message));
        }
        server = std::make_unique<LoopbackServer>(std::move(responder));
    }

    Llm::ProviderProfile profile() const
    {
        Llm::ProviderProfile profile;
        profile.id = QStringLiteral("loopback-id");
        profile.name = QStringLiteral("Loopback");
        profile.baseUrl = server->url(QStringLiteral("/v1"));
        profile.maxConcurrency = 16;
        profile.maxAttempts = 1;
        // The loopback server names every model "gpt-test".
        profile.prices.insert(QStringLiteral("gpt-test"), {1.0, 2.0});
        return profile;
    }

    PreviewOptions options(const QUuid &previewed = generateId, int rows = 3,
                           const ProjectData &project = pipeline()) const
    {
        PreviewOptions o;
        o.projectDir = dir.path();
        o.project = project;
        o.profiles = {profile()};
        o.stage = previewed;
        o.rows = rows;
        return o;
    }

    RunOptions runOptions(const ProjectData &project = pipeline()) const
    {
        RunOptions o;
        o.projectDir = dir.path();
        o.project = project;
        o.profiles = {profile()};
        return o;
    }

    RunSummary run(const RunOptions &o) const
    {
        Runner runner;
        QSignalSpy finished(&runner, &Runner::finished);
        if (!runner.start(o))
            qFatal("the runner did not start");
        if (!finished.wait(20000))
            qFatal("the run did not finish in time");
        return finished.at(0).at(0).value<RunSummary>();
    }
};

// Starts \a o and waits for its end; false when it did not start or end.
bool preview(PreviewEngine &engine, const PreviewOptions &o)
{
    QSignalSpy finished(&engine, &PreviewEngine::finished);
    QString error;
    if (!engine.start(o, &error)) {
        qWarning("the preview did not start: %s", qPrintable(error));
        return false;
    }
    if (finished.isEmpty() && !finished.wait(20000))
        return false;
    return finished.size() == 1 && !engine.isRunning();
}

QStringList describe(const PreviewEngine &engine)
{
    QStringList lines;
    for (const PreviewSample &s : engine.samples())
        lines << QStringLiteral("v%1 r%2 s%3 %4 state=%5 error=%6 text=%7")
                     .arg(s.variant)
                     .arg(s.row)
                     .arg(s.sample)
                     .arg(s.rowLabel)
                     .arg(int(s.state))
                     .arg(s.error, s.text);
    return lines;
}

#define VERIFY_STATES(engine, expected)                                                            \
    do {                                                                                           \
        for (const PreviewSample &s_ : (engine).samples())                                         \
            QVERIFY2(s_.state == (expected), qPrintable(describe(engine).join('\n')));             \
    } while (false)

} // namespace

class tst_Preview : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void firstOrSampledRows();
    void streamsIntoTheCard();
    void verdictsOfTheStagesAfter();
    void passFailJudgeHasScaleOne();
    void abComparison();
    void cacheServesRepeatedPreviews();
    void runReusesWhatThePreviewPaidFor();
    void previewReusesWhatARunPaidFor();
    void upstreamFilterDropsARow();
    void rejectedKeyNamesTheProfile();
    void malformedAnswerFails();
    void cancelStopsMidStream();
    void cannotStart();
    void withoutDataFile();
    void reviewedRecordsGuideTheGenerator();
};

void tst_Preview::firstOrSampledRows()
{
    Fixture f;
    QStringList questions;
    for (int i = 0; i < 10; ++i)
        questions << QStringLiteral("t%1").arg(i);
    ProjectData project = pipeline(questions);
    project.stages[1].settings.insert("samplesPerInput", 1);

    PreviewEngine engine;
    QSignalSpy reset(&engine, &PreviewEngine::samplesReset);
    PreviewOptions o = f.options(generateId, 3, project);
    QVERIFY(engine.start(o));
    // The cards exist at once, waiting.
    QCOMPARE(reset.size(), 1);
    QCOMPARE(engine.samples().size(), 3);
    VERIFY_STATES(engine, State::Waiting);
    QVERIFY(engine.isRunning());
    QSignalSpy finished(&engine, &PreviewEngine::finished);
    QVERIFY(finished.wait(20000));
    QStringList labels;
    for (const PreviewSample &s : engine.samples()) {
        labels << s.rowLabel;
        QCOMPARE(s.state, State::Done);
        QCOMPARE(s.input.value("question").toString(), QStringLiteral("t%1").arg(s.row));
    }
    QCOMPARE(labels, (QStringList{"row 1", "row 2", "row 3"}));

    const auto sampled = [&](quint32 seed) {
        PreviewOptions r = f.options(generateId, 4, project);
        r.randomRows = true;
        r.seed = seed;
        if (!preview(engine, r))
            return QStringList();
        QStringList inputs;
        for (const PreviewSample &s : engine.samples())
            inputs << s.input.value("question").toString();
        return inputs;
    };
    const QStringList first = sampled(7);
    QCOMPARE(first.size(), 4);
    QCOMPARE(QSet<QString>(first.begin(), first.end()).size(), 4);
    QVERIFY2(first != (QStringList{"t0", "t1", "t2", "t3"}), qPrintable(first.join(' ')));
    QCOMPARE(sampled(7), first);  // the same seed, the same rows
    QVERIFY(sampled(8) != first); // another seed, another sample
    QCOMPARE(sampled(7).size(), 4);

    // More rows asked than there are: all of them.
    QVERIFY(preview(engine, f.options(generateId, 50, project)));
    QCOMPARE(engine.samples().size(), 10);
}

void tst_Preview::streamsIntoTheCard()
{
    const QStringList pieces{R"({"question": "New q1",)", R"( "answer": "A)", R"( long)",
                             R"( answer"})"};
    Fixture f([&pieces](const ReceivedRequest &r) {
        const QString prompt = lastUserMessage(r);
        if (prompt.startsWith("Topic:"))
            return dripped(pieces, 60);
        return reply(defaultAnswer(prompt));
    });
    ProjectData project = pipeline({"q1"});
    project.stages[1].settings.insert("samplesPerInput", 1);
    PreviewEngine engine;
    QStringList seen;
    QList<State> states;
    connect(&engine, &PreviewEngine::sampleChanged, &engine, [&](int index) {
        QCOMPARE(index, 0);
        const PreviewSample &s = engine.samples().at(index);
        states << s.state;
        if (s.state == State::Streaming && (seen.isEmpty() || seen.last() != s.text))
            seen << s.text;
    });
    QVERIFY(preview(engine, f.options(generateId, 1, project)));
    QVERIFY2(seen.size() >= 3, qPrintable(seen.join('|')));
    for (qsizetype i = 1; i < seen.size(); ++i)
        QVERIFY2(seen.at(i).startsWith(seen.at(i - 1)) && seen.at(i).size() > seen.at(i - 1).size(),
                 qPrintable(seen.join('|')));
    const PreviewSample &card = engine.samples().at(0);
    QCOMPARE(card.state, State::Done);
    QCOMPARE(card.text, pieces.join(QString()));
    QCOMPARE(card.output.value("answer").toString(), QString("A long answer"));
    QCOMPARE(states.last(), State::Done);
    QVERIFY(!card.cached);
    QCOMPARE(card.promptTokens, 10);
    QCOMPARE(card.completionTokens, 4);
    QCOMPARE(engine.callsSent(), 2); // the generation and its judgement
}

void tst_Preview::verdictsOfTheStagesAfter()
{
    Fixture f;
    ProjectData project = pipeline();
    project.stages[3].settings.insert("maxChars", 6); // "bad answer" is too long
    PreviewEngine engine;
    QVERIFY(preview(engine, f.options(generateId, 3, project)));
    const QList<PreviewSample> &cards = engine.samples();
    QCOMPARE(cards.size(), 6); // 3 rows × 2 samples
    for (int i = 0; i < cards.size(); ++i) {
        const PreviewSample &c = cards.at(i);
        QCOMPARE(c.row, i / 2);
        QCOMPARE(c.sample, i % 2);
        QCOMPARE(c.state, State::Done);
        QCOMPARE(c.judgeName, QString("Judge"));
        QCOMPARE(c.scaleMax, 10.0);
        QVERIFY(c.judgeError.isEmpty());
        QCOMPARE(c.rationale, QString("because"));
        QCOMPARE(c.output.value("question").toString(),
                 "New " + c.input.value("question").toString());
        QCOMPARE(c.promptTokens, 10);
        QCOMPARE(c.completionTokens, 1);
        QCOMPARE(c.cost.value("USD"), 12e-6);
        if (i == 3) { // q2, second sample: "bad answer"
            QCOMPARE(c.score, 3.0);
            QCOMPARE(c.passed, false);
            QCOMPARE(c.kept, false);
            QCOMPARE(c.filterReasons.size(), 2); // the judge's threshold and the filter
            QVERIFY2(c.filterReasons.at(0).startsWith("Judge: ") &&
                         c.filterReasons.at(0).contains("below the threshold"),
                     qPrintable(c.filterReasons.join('\n')));
            QVERIFY2(c.filterReasons.at(1).contains("more than 6"),
                     qPrintable(c.filterReasons.join('\n')));
        } else {
            QCOMPARE(c.score, 8.0);
            QCOMPARE(c.passed, true);
            QCOMPARE(c.kept, true);
            QVERIFY(c.filterReasons.isEmpty());
        }
    }
    // The response cache was there to use.
    QCOMPARE(engine.notice(), QString());
}

void tst_Preview::passFailJudgeHasScaleOne()
{
    Fixture f([](const ReceivedRequest &r) {
        const QString prompt = lastUserMessage(r);
        if (prompt.startsWith("Compare"))
            return reply(prompt.contains("bad") ? R"({"verdict": "fail"})"
                                                : R"({"verdict": "pass", "reason": "fine"})");
        return reply(defaultAnswer(prompt));
    });
    ProjectData project = pipeline({"q2"});
    project.stages[2].settings.insert("scale", "pass-fail");
    project.stages[2].settings.insert("threshold", 0.0);
    project.templates[1].user = QStringLiteral("Compare {{ answer }}");
    PreviewEngine engine;
    QVERIFY(preview(engine, f.options(generateId, 1, project)));
    const QList<PreviewSample> &cards = engine.samples();
    QCOMPARE(cards.size(), 2);
    QCOMPARE(cards.at(0).scaleMax, 1.0);
    QCOMPARE(cards.at(0).score, 1.0);
    QCOMPARE(cards.at(0).passed, true);
    QCOMPARE(cards.at(0).rationale, QString("fine"));
    QCOMPARE(cards.at(0).kept, true);
    QCOMPARE(cards.at(1).score, 0.0);
    QCOMPARE(cards.at(1).passed, false);
    QCOMPARE(cards.at(1).kept, false);

    // Previewing the judge itself: its own verdict is the card's.
    QVERIFY(preview(engine, f.options(judgeId, 1, project)));
    QCOMPARE(engine.samples().size(), 1);
    QCOMPARE(engine.samples().at(0).judgeName, QString("Judge"));
    QCOMPARE(engine.samples().at(0).scaleMax, 1.0);
    QCOMPARE(engine.samples().at(0).score, 1.0);
    QCOMPARE(engine.samples().at(0).kept, true);
}

void tst_Preview::abComparison()
{
    Fixture f;
    PreviewOptions o = f.options(generateId, 3);
    PreviewVariant a;
    a.label = "A";
    PreviewVariant b;
    b.label = "B";
    b.user = QStringLiteral("Topic: {{ question }} #{{ sample_index }} (bad)");
    o.variants = {a, b};
    PreviewEngine engine;
    QVERIFY(preview(engine, o));
    QCOMPARE(engine.options().variants.size(), 2);
    const QList<PreviewSample> &cards = engine.samples();
    QCOMPARE(cards.size(), 12);
    VERIFY_STATES(engine, State::Done);
    for (int i = 0; i < cards.size(); ++i) {
        QCOMPARE(cards.at(i).variant, i / 6);
        QCOMPARE(cards.at(i).row, (i % 6) / 2);
        if (cards.at(i).variant == 1) {
            QCOMPARE(cards.at(i).output.value("answer").toString(), QString("bad answer"));
            QCOMPARE(cards.at(i).score, 3.0);
        }
    }
    for (int v = 0; v < 2; ++v) {
        double length = 0;
        for (const PreviewSample &c : cards) {
            if (c.variant == v)
                length += c.text.size();
        }
        const PreviewStats stats = engine.stats(v);
        QCOMPARE(stats.samples, 6);
        QCOMPARE(stats.finished, 6);
        QCOMPARE(stats.failed, 0);
        QCOMPARE(stats.meanLength, length / 6);
        QCOMPARE(stats.tokensPerSample, 11.0);
        QCOMPARE(stats.costPerSample.value("USD"), 12e-6);
    }
    QCOMPARE(engine.stats(0).meanScore, (8.0 * 5 + 3) / 6);
    QCOMPARE(engine.stats(0).passRate, 5.0 / 6);
    QCOMPARE(engine.stats(1).meanScore, 3.0);
    QCOMPARE(engine.stats(1).passRate, 0.0);
    QCOMPARE(engine.stats(2).samples, 0);
    QVERIFY(!engine.stats(2).meanScore);
}

void tst_Preview::cacheServesRepeatedPreviews()
{
    Fixture f;
    PreviewEngine engine;
    QVERIFY(preview(engine, f.options(generateId, 3)));
    VERIFY_STATES(engine, State::Done);
    QVERIFY(engine.callsSent() >= 11); // 6 generations, 5 or 6 judgements
    int requests = f.server->requestCount();

    // The same again: nothing is sent.
    QVERIFY(preview(engine, f.options(generateId, 3)));
    VERIFY_STATES(engine, State::Done);
    QCOMPARE(f.server->requestCount(), requests);
    QCOMPARE(engine.callsSent(), 0);
    QCOMPARE(engine.cacheHits(), 12);
    for (const PreviewSample &c : engine.samples()) {
        QVERIFY(c.cached);
        QCOMPARE(c.promptTokens, 0);
        QCOMPARE(c.cost.value("USD", -1), 0.0);
        QVERIFY(c.score); // the verdicts come from the cache too
    }
    QCOMPARE(engine.stats(0).tokensPerSample, 0.0);

    // The judge previewed: its input (the first samples) and its answers are in the cache.
    QVERIFY(preview(engine, f.options(judgeId, 3)));
    VERIFY_STATES(engine, State::Done);
    QCOMPARE(f.server->requestCount(), requests);
    QCOMPARE(engine.cacheHits(), 6);

    // Another judge prompt: only the judge is asked again, generation stays cached.
    PreviewOptions o = f.options(judgeId, 3);
    PreviewVariant changed;
    changed.user = QStringLiteral("Rate this: {{ answer }}");
    o.variants = {changed};
    QVERIFY(preview(engine, o));
    VERIFY_STATES(engine, State::Done);
    QCOMPARE(f.server->requestCount(), requests + 3);
    QCOMPARE(engine.callsSent(), 3);
    QCOMPARE(engine.cacheHits(), 3);
    for (const ReceivedRequest &r : f.server->requests().mid(requests))
        QVERIFY2(lastUserMessage(r).startsWith("Rate this: "), qPrintable(lastUserMessage(r)));
    requests = f.server->requestCount();

    // A changed model or temperature of the previewed stage is another request as well.
    PreviewVariant warmer;
    warmer.temperature = 0.5;
    o.variants = {warmer};
    QVERIFY(preview(engine, o));
    QCOMPARE(f.server->requestCount(), requests + 3);
    QCOMPARE(QJsonDocument::fromJson(f.server->requests().last().body)
                 .object()
                 .value("temperature")
                 .toDouble(),
             0.5);
}

void tst_Preview::runReusesWhatThePreviewPaidFor()
{
    Fixture f;
    PreviewEngine engine;
    QVERIFY(preview(engine, f.options(generateId, 2)));
    VERIFY_STATES(engine, State::Done);
    const int requests = f.server->requestCount();
    QCOMPARE(requests, 8); // 2 rows × 2 samples, each judged

    // The whole pipeline on the same two rows asks nothing.
    RunOptions o = f.runOptions();
    o.limit = 2;
    const RunSummary summary = f.run(o);
    QCOMPARE(summary.state, RunSummary::State::Completed);
    QCOMPARE(summary.progress.calls, 0);
    QCOMPARE(summary.progress.cacheHits, 8);
    QCOMPARE(f.server->requestCount(), requests);
}

void tst_Preview::previewReusesWhatARunPaidFor()
{
    Fixture f;
    // Fresh samples: the stages' salt is 1, and the preview must use it to find the answers.
    RunOptions o = f.runOptions();
    o.fresh = true;
    QCOMPARE(f.run(o).state, RunSummary::State::Completed);
    const int requests = f.server->requestCount();

    PreviewEngine engine;
    QVERIFY(preview(engine, f.options(generateId, 3)));
    VERIFY_STATES(engine, State::Done);
    QCOMPARE(engine.callsSent(), 0);
    QCOMPARE(f.server->requestCount(), requests);
    for (const PreviewSample &c : engine.samples()) {
        QVERIFY(c.cached);
        QVERIFY(c.kept.has_value());
    }

    QVERIFY(preview(engine, f.options(judgeId, 3)));
    VERIFY_STATES(engine, State::Done);
    QCOMPARE(engine.callsSent(), 0);
    QCOMPARE(f.server->requestCount(), requests);
}

void tst_Preview::upstreamFilterDropsARow()
{
    Fixture f;
    f.server->setRecording(true);
    // seed → generate → filter → judge (previewed)
    ProjectData project = pipeline();
    project.stages[3].settings = {{"field", "answer"}, {"mustNotMatch", "q2"}};
    project.edges = {
        {seedId, generateId, "in"}, {generateId, filterId, "in"}, {filterId, judgeId, "in"}};
    PreviewEngine engine;
    QVERIFY(preview(engine, f.options(judgeId, 3, project)));
    const QList<PreviewSample> &cards = engine.samples();
    QCOMPARE(cards.size(), 3);
    QCOMPARE(cards.at(0).state, State::Done);
    QCOMPARE(cards.at(0).score, 8.0);
    QCOMPARE(cards.at(1).state, State::Dropped);
    QVERIFY2(cards.at(1).error.contains("Filter") && cards.at(1).error.contains("q2"),
             qPrintable(cards.at(1).error));
    QCOMPARE(cards.at(1).input.value("answer").toString(), QString("A q2 0"));
    QCOMPARE(cards.at(2).state, State::Done);
    // Three generations (first samples only), two judgements: the dropped row is not judged.
    QCOMPARE(f.server->requestCount(), 5);
    QCOMPARE(engine.stats(0).finished, 3);
    QCOMPARE(engine.stats(0).failed, 0);
}

void tst_Preview::rejectedKeyNamesTheProfile()
{
    Fixture f([](const ReceivedRequest &) {
        Script script;
        script.write(fullResponse(
            401, "Unauthorized",
            R"({"error":{"message":"Incorrect API key provided","type":"invalid_request_error"}})"));
        return script;
    });
    PreviewEngine engine;
    PreviewOptions o = f.options(generateId, 1);
    o.keys.insert("loopback-id", "sk-test-0123456789");
    QVERIFY(preview(engine, o));
    VERIFY_STATES(engine, State::Failed);
    const QString error = engine.samples().at(0).error;
    QVERIFY2(error.contains("401") && error.contains("“Loopback”") && error.contains("rejected"),
             qPrintable(error));
    QVERIFY2(!error.contains("sk-test"), qPrintable(error));
    QCOMPARE(engine.stats(0).failed, 2);

    // No key at all; and an upstream stage's failure names that stage.
    QVERIFY(preview(engine, f.options(judgeId, 1)));
    VERIFY_STATES(engine, State::Failed);
    const QString upstream = engine.samples().at(0).error;
    QVERIFY2(upstream.contains("“Generate”") && upstream.contains("“Loopback”") &&
                 upstream.contains("has none"),
             qPrintable(upstream));
}

void tst_Preview::malformedAnswerFails()
{
    Fixture f([](const ReceivedRequest &r) {
        const QString prompt = lastUserMessage(r);
        if (prompt.startsWith("Topic:"))
            return reply(QStringLiteral("I cannot answer in JSON, sorry."));
        return reply(defaultAnswer(prompt));
    });
    PreviewEngine engine;
    QVERIFY(preview(engine, f.options(generateId, 1)));
    VERIFY_STATES(engine, State::Failed);
    const PreviewSample &card = engine.samples().at(0);
    QVERIFY2(card.error.contains("JSON"), qPrintable(card.error));
    QCOMPARE(card.text, QString("I cannot answer in JSON, sorry."));
    QVERIFY(!card.score);
    QCOMPARE(f.server->requestCount(), 2); // nothing to judge
    // A failed answer is not cached: the next preview asks again.
    QVERIFY(preview(engine, f.options(generateId, 1)));
    QCOMPARE(f.server->requestCount(), 4);
}

void tst_Preview::cancelStopsMidStream()
{
    Fixture f([](const ReceivedRequest &) {
        Script script;
        script.write(streamHead());
        script.write(chunked(openAiEvent(R"({"role":"assistant","content":""})") +
                             openAiEvent(contentDelta(R"({"question": "half)"))));
        script.hang();
        return script;
    });
    PreviewEngine engine;
    QSignalSpy finished(&engine, &PreviewEngine::finished);
    QVERIFY(engine.start(f.options(generateId, 2)));
    QTRY_VERIFY_WITH_TIMEOUT(engine.samples().at(0).state == State::Streaming &&
                                 !engine.samples().at(0).text.isEmpty(),
                             20000);
    engine.cancel();
    QCOMPARE(finished.size(), 1);
    QVERIFY(!engine.isRunning());
    VERIFY_STATES(engine, State::Failed);
    for (const PreviewSample &c : engine.samples())
        QCOMPARE(c.error, QString("Stopped."));
    QCOMPARE(engine.samples().at(0).text, QString(R"({"question": "half)"));
    // Nothing more arrives, and cancelling again does nothing.
    engine.cancel();
    QTest::qWait(100);
    QCOMPARE(finished.size(), 1);
    VERIFY_STATES(engine, State::Failed);
    QTRY_COMPARE_WITH_TIMEOUT(f.server->inFlight(), 0, 20000);

    // A new preview replaces the stopped one.
    QVERIFY(engine.start(f.options(generateId, 1)));
    QCOMPARE(engine.samples().size(), 2);
    VERIFY_STATES(engine, State::Waiting);
    engine.cancel();
    QCOMPARE(finished.size(), 2);
}

void tst_Preview::cannotStart()
{
    Fixture f;
    PreviewEngine engine;
    QString error;

    PreviewOptions o = f.options(generateId, 1);
    o.profiles.clear();
    QVERIFY(!engine.start(o, &error));
    QVERIFY2(error.contains("“Generate”") && error.contains("“Loopback”"), qPrintable(error));
    QVERIFY(engine.samples().isEmpty());
    QVERIFY(!engine.isRunning());

    o = f.options(generateId, 1);
    PreviewVariant elsewhere;
    elsewhere.profileOverride = "Nowhere";
    o.variants = {elsewhere};
    QVERIFY(!engine.start(o, &error));
    QVERIFY2(error.contains("“Nowhere”"), qPrintable(error));

    QVERIFY(!engine.start(f.options(filterId, 1), &error));
    QVERIFY2(error.contains("“Filter”"), qPrintable(error));

    ProjectData lonely = pipeline();
    lonely.edges.removeFirst(); // the seed no longer feeds the generator
    QVERIFY(!engine.start(f.options(generateId, 1, lonely), &error));
    QVERIFY2(error.contains("source"), qPrintable(error));

    ProjectData empty = pipeline({});
    QVERIFY(!engine.start(f.options(generateId, 1, empty), &error));
    QVERIFY2(error.contains("“Seeds”"), qPrintable(error));
    QCOMPARE(f.server->requestCount(), 0);
}

void tst_Preview::withoutDataFile()
{
    Fixture f([](const ReceivedRequest &r) { return reply(defaultAnswer(lastUserMessage(r))); },
              false);
    PreviewEngine engine;
    QVERIFY(preview(engine, f.options(generateId, 1)));
    VERIFY_STATES(engine, State::Done);
    QVERIFY(!engine.notice().isEmpty());
    QVERIFY(!QFile::exists(f.dir.filePath("data.sqlite")));
    QCOMPARE(f.server->requestCount(), 4);
}

void tst_Preview::reviewedRecordsGuideTheGenerator()
{
    // As in runs: exemplars and negative examples come from the stage's reviewed records.
    Fixture f;
    QCOMPARE(f.run(f.runOptions()).state, RunSummary::State::Completed);
    {
        QSqlDatabase db = QSqlDatabase::addDatabase("QSQLITE", "review");
        db.setDatabaseName(f.dir.filePath("data.sqlite"));
        QVERIFY(db.open());
        QSqlQuery q(db);
        const QString stage = generateId.toString(QUuid::WithoutBraces);
        QVERIFY(q.exec("UPDATE records SET tags = '[\"exemplar\"]' WHERE stage_id = '" + stage +
                       "' AND json_extract(fields, '$.answer') = 'A q1 0'"));
        QCOMPARE(q.numRowsAffected(), 1);
        QVERIFY(q.exec("UPDATE records SET tags = '[\"negative\"]', meta = json_set(meta, "
                       "'$.note', 'too vague') WHERE stage_id = '" +
                       stage + "' AND json_extract(fields, '$.answer') = 'bad answer'"));
        QCOMPARE(q.numRowsAffected(), 1);
    }
    QSqlDatabase::removeDatabase("review");

    ProjectData project = pipeline();
    project.stages[1].settings.insert("examples", "exemplars");
    project.templates[0].user =
        "Topic: {{ question }} #{{ sample_index }}{% for e in examples %} [like {{ e.answer }}]"
        "{% endfor %}{% for n in negative_examples %} [not {{ n.answer }}: {{ n.note }}]"
        "{% endfor %}";
    f.server->setRecording(true);
    const qsizetype before = f.server->requests().size(); // the run's
    PreviewEngine engine;
    QVERIFY(preview(engine, f.options(generateId, 1, project)));
    QVERIFY(f.server->requests().size() > before);
    const QString prompt = lastUserMessage(f.server->requests().at(before));
    QVERIFY2(prompt.contains("[like A q1 0]") && prompt.contains("[not bad answer: too vague]"),
             qPrintable(prompt));
}

QTEST_GUILESS_MAIN(tst_Preview)
#include "tst_preview.moc"
