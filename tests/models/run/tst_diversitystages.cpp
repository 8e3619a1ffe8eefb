// Rewrite and evolve stages, redoing chosen records and deleted records, through the runner
// against a loopback server; the Evol-Instruct rules on their own.

#include "models/diversity/evolution.h"
#include "models/run/runner.h"
#include "models/run/stagelogic.h"

#include "pipelinefixture.h"
#include "runfixture.h"

#include <QJsonArray>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTest>

#include <atomic>

using namespace Seedbed;
using namespace Seedbed::Run;
using namespace Seedbed::Test;
using Seedbed::Diversity::Evolution;

namespace {

const QUuid seedId{QStringLiteral("{00000000-0000-0000-0000-0000000000b1}")};
const QUuid changeId{QStringLiteral("{00000000-0000-0000-0000-0000000000b2}")};

// seed (questions) → one stage of \a type with \a settings on the profile "Loopback".
ProjectData twoStages(const QString &type, QVariantMap settings,
                      const QStringList &questions = {QStringLiteral("How do I reset a password?"),
                                                      QStringLiteral("Where is my parcel?")})
{
    ProjectData p;
    p.name = QStringLiteral("Diversity test");
    QVariantList rows;
    for (const QString &q : questions)
        rows.append(QVariantMap{{QStringLiteral("question"), q}});
    settings.insert(QStringLiteral("provider"), QStringLiteral("Loopback"));
    settings.insert(QStringLiteral("model"), QStringLiteral("test-model"));
    settings.insert(QStringLiteral("field"), QStringLiteral("question"));
    p.stages = {stage(seedId, QStringLiteral("seed_table"), QStringLiteral("Seeds"),
                      {{QStringLiteral("rows"), rows}}),
                stage(changeId, type, QStringLiteral("Change"), settings)};
    p.edges = {{seedId, changeId, QStringLiteral("in")}};
    return p;
}

// The instruction in an evolution or rewrite prompt: the text after its last "Instruction:" or
// "Text:" line.
QString instructionIn(const QString &prompt)
{
    for (const QString &label : {QStringLiteral("\nInstruction:\n"), QStringLiteral("\nText:\n")}) {
        const qsizetype at = prompt.lastIndexOf(label);
        if (at >= 0)
            return prompt.mid(at + label.size());
    }
    return QString();
}

QList<QJsonObject> fieldsOf(const RunFixture &f, const QUuid &stageId, const QString &status)
{
    QList<QJsonObject> out;
    const QString name = QUuid::createUuid().toString();
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(f.dir.filePath(QStringLiteral("data.sqlite")));
        db.open();
        QSqlQuery q(db);
        q.prepare(QStringLiteral("SELECT fields FROM records WHERE stage_id = ? AND status = ? "
                                 "ORDER BY item_key"));
        q.addBindValue(stageId.toString(QUuid::WithoutBraces));
        q.addBindValue(status);
        q.exec();
        while (q.next())
            out.append(QJsonDocument::fromJson(q.value(0).toByteArray()).object());
    }
    QSqlDatabase::removeDatabase(name);
    return out;
}

} // namespace

class tst_DiversityStages : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void mutationsAreSeededAndFollowTheDirection();
    void eliminationRules();
    void cleanAnswerDropsLabelsAndQuotes();
    void rewriteUsesItsPresetAndMakesVariants();
    void rewriteWithATemplateOfItsOwn();
    void unchangedRewriteIsFiltered();
    void evolveChainsRounds();
    void failedEvolutionEndsItsChain();
    void evolutionResumesFromItsLastRound();
    void redoAsksAnewWithoutTheCache();
    void deletedRecordsAreNotMadeAgain();
    void grownTopicTreeNeedsNoModel();
};

void tst_DiversityStages::mutationsAreSeededAndFollowTheDirection()
{
    const QString text = QStringLiteral("Explain recursion.");
    for (int round = 0; round < 5; ++round) {
        QCOMPARE(Evolution::choose(QStringLiteral("mixed"), 7, text, round),
                 Evolution::choose(QStringLiteral("mixed"), 7, text, round));
        QCOMPARE(Evolution::choose(QStringLiteral("breadth"), 7, text, round),
                 Evolution::Mutation::Breadth);
        QVERIFY(Evolution::isInDepth(Evolution::choose(QStringLiteral("depth"), 7, text, round)));
    }
    // Over many instructions, mixed draws every mutation, in depth about four times in five.
    QHash<Evolution::Mutation, int> seen;
    for (int i = 0; i < 2000; ++i)
        ++seen[Evolution::choose(QStringLiteral("mixed"), 1, QString::number(i), 0)];
    QCOMPARE(seen.size(), 5);
    QVERIFY2(seen.value(Evolution::Mutation::Breadth) > 300 &&
                 seen.value(Evolution::Mutation::Breadth) < 500,
             qPrintable(QString::number(seen.value(Evolution::Mutation::Breadth))));
    // Another seed evolves the same instruction otherwise somewhere.
    bool differs = false;
    for (int i = 0; i < 50 && !differs; ++i)
        differs = Evolution::choose(QStringLiteral("mixed"), 1, QString::number(i), 0) !=
                  Evolution::choose(QStringLiteral("mixed"), 2, QString::number(i), 0);
    QVERIFY(differs);
}

void tst_DiversityStages::eliminationRules()
{
    const auto depth = Evolution::Mutation::Constraints;
    const QString before = QStringLiteral("Write a poem about the sea.");
    QVERIFY(!Evolution::eliminationReason(before,
                                          u"Write a poem about the sea in exactly "
                                          u"four rhyming lines.",
                                          depth));
    QVERIFY(Evolution::eliminationReason(before, u"", depth));
    QVERIFY(Evolution::eliminationReason(before, u"?!", depth));
    QVERIFY(Evolution::eliminationReason(before, u"write a poem about the SEA", depth));
    QVERIFY(Evolution::eliminationReason(before, u"Sorry, I can't help with that request today.",
                                         depth));
    QVERIFY(
        Evolution::eliminationReason(before, u"抱歉，我无法完成这个请求，但可以换个问题。", depth));
    QVERIFY(Evolution::eliminationReason(before,
                                         u"Here is the evolved instruction: write a "
                                         u"poem about the sea with a refrain.",
                                         depth));
    QVERIFY(Evolution::eliminationReason(before, u"Write a sea poem.", depth)); // shorter
    // In breadth a shorter, new instruction is fine.
    QVERIFY(
        !Evolution::eliminationReason(before, u"Name three tides.", Evolution::Mutation::Breadth));
    // Chinese counts by characters: a longer Chinese instruction is not "shorter".
    QVERIFY(!Evolution::eliminationReason(u"写一首关于海的诗。",
                                          u"写一首关于海的诗，必须押韵并且恰好四行。", depth));
}

void tst_DiversityStages::cleanAnswerDropsLabelsAndQuotes()
{
    QCOMPARE(Evolution::cleanAnswer(QStringLiteral("Rewritten instruction: \"Do X.\"")),
             QStringLiteral("Do X."));
    QCOMPARE(Evolution::cleanAnswer(QStringLiteral("**New instruction:** Do Y.")),
             QStringLiteral("Do Y."));
    QCOMPARE(Evolution::cleanAnswer(QStringLiteral("<think>hmm</think>\n“做这个。”")),
             QStringLiteral("做这个。"));
    QCOMPARE(Evolution::cleanAnswer(QStringLiteral("Plain text stays.")),
             QStringLiteral("Plain text stays."));
}

void tst_DiversityStages::rewriteUsesItsPresetAndMakesVariants()
{
    RunFixture f([](const ReceivedRequest &r) {
        const QString prompt = lastUserMessage(r);
        // The sampling index differs per variant; the model answers differently each time.
        return reply(
            QStringLiteral("Paraphrased (%1): %2").arg(r.index).arg(instructionIn(prompt)));
    });
    f.server->setRecording(true);
    const ProjectData project =
        twoStages(QStringLiteral("rewrite"), {{QStringLiteral("mode"), QStringLiteral("synonyms")},
                                              {QStringLiteral("variants"), 2},
                                              {QStringLiteral("temperature"), 0.9}});
    const RunSummary summary = f.run(f.options(project));
    QCOMPARE(summary.state, RunSummary::State::Completed);
    QCOMPARE(f.records(changeId, QStringLiteral("ok")), 4);
    QCOMPARE(f.server->requestCount(), 4);
    const QString prompt = lastUserMessage(f.server->requests().first());
    QVERIFY2(prompt.contains(QLatin1String("Paraphrase the text below")), qPrintable(prompt));
    for (const QJsonObject &fields : fieldsOf(f, changeId, QStringLiteral("ok")))
        QVERIFY(fields.value(QStringLiteral("question")).toString().startsWith("Paraphrased"));
    // Every variant keeps its link to the seed row it rewrote.
    QCOMPARE(f.count(QStringLiteral("SELECT count(*) FROM records r JOIN records p ON p.id = "
                                    "r.parent_id WHERE r.stage_id = '%1' AND json_extract("
                                    "r.fields, '$.question') LIKE '%' || json_extract(p.fields, "
                                    "'$.question')")
                         .arg(changeId.toString(QUuid::WithoutBraces))),
             4);
    // The translate preset names its target language.
    Stage translate = twoStages(QStringLiteral("rewrite"),
                                {{QStringLiteral("mode"), QStringLiteral("translate")},
                                 {QStringLiteral("targetLanguage"), QStringLiteral("Chinese")}})
                          .stages.at(1);
    Llm::ChatRequest request;
    QString error;
    const auto preset = StageLogic::effectiveTemplate(translate, {});
    QVERIFY(preset);
    QVERIFY2(StageLogic::buildRequest(translate, &*preset, QStringLiteral("m"),
                                      {{QStringLiteral("question"), QStringLiteral("Hi")}}, 0, {},
                                      &request, &error),
             qPrintable(error));
    QVERIFY(request.messages.last().content.contains(QLatin1String("into Chinese")));
}

void tst_DiversityStages::rewriteWithATemplateOfItsOwn()
{
    RunFixture f([](const ReceivedRequest &r) {
        return reply(QStringLiteral("Mine: ") + lastUserMessage(r));
    });
    f.server->setRecording(true);
    ProjectData project = twoStages(QStringLiteral("rewrite"), {{QStringLiteral("variants"), 1}});
    PromptTemplate own;
    own.id = QUuid::createUuid();
    own.name = QStringLiteral("Own");
    own.user = QStringLiteral("Say it as a pirate: {{ text }}");
    project.templates = {own};
    project.stages[1].settings.insert(QStringLiteral("template"), own.id.toString());
    QCOMPARE(f.run(f.options(project)).state, RunSummary::State::Completed);
    QVERIFY(lastUserMessage(f.server->requests().first()).startsWith("Say it as a pirate: "));
    QCOMPARE(f.records(changeId, QStringLiteral("ok")), 2);
}

void tst_DiversityStages::unchangedRewriteIsFiltered()
{
    RunFixture f([](const ReceivedRequest &r) {
        return reply(QStringLiteral("\"%1\"").arg(instructionIn(lastUserMessage(r))));
    });
    const ProjectData project = twoStages(QStringLiteral("rewrite"), {});
    f.run(f.options(project));
    QCOMPARE(f.records(changeId, QStringLiteral("filtered")), 2 * 3); // 3 variants by default
    QCOMPARE(f.count(QStringLiteral("SELECT count(*) FROM records WHERE json_extract(meta, "
                                    "'$.reason') LIKE '%same as the original%'")),
             6);
}

void tst_DiversityStages::evolveChainsRounds()
{
    RunFixture f([](const ReceivedRequest &r) {
        return reply(QStringLiteral("Evolved instruction: %1 And explain each step.")
                         .arg(instructionIn(lastUserMessage(r))));
    });
    f.server->setRecording(true);
    const ProjectData project =
        twoStages(QStringLiteral("evolve"), {{QStringLiteral("rounds"), 3},
                                             {QStringLiteral("direction"), QStringLiteral("depth")},
                                             {QStringLiteral("seed"), 5}});
    const RunSummary summary = f.run(f.options(project));
    QCOMPARE(summary.state, RunSummary::State::Completed);
    QCOMPARE(f.records(changeId, QStringLiteral("ok")), 6);
    QCOMPARE(f.server->requestCount(), 6);
    const QList<QJsonObject> evolved = fieldsOf(f, changeId, QStringLiteral("ok"));
    QSet<int> rounds;
    for (const QJsonObject &fields : evolved) {
        const int round = fields.value(QStringLiteral("evolution_round")).toInt();
        rounds.insert(round);
        // Round n carries n added sentences: each round evolved the previous one's text.
        QCOMPARE(fields.value(QStringLiteral("question")).toString().count("explain each step"),
                 round);
        QVERIFY(!fields.value(QStringLiteral("evolution")).toString().isEmpty());
    }
    QCOMPARE(rounds, (QSet<int>{1, 2, 3}));
    // The request of a round names its mutation's task, never the answer.
    const QString system = QJsonDocument::fromJson(f.server->requests().first().body)
                               .object()
                               .value(QStringLiteral("messages"))
                               .toArray()
                               .first()
                               .toObject()
                               .value(QStringLiteral("content"))
                               .toString();
    QVERIFY(system.contains(QLatin1String("Never answer the instruction")));
    // A second run asks nothing.
    const int requests = f.server->requestCount();
    QCOMPARE(f.run(f.options(project)).state, RunSummary::State::Completed);
    QCOMPARE(f.server->requestCount(), requests);
}

void tst_DiversityStages::failedEvolutionEndsItsChain()
{
    RunFixture f([](const ReceivedRequest &r) {
        const QString instruction = instructionIn(lastUserMessage(r));
        if (instruction.startsWith(QLatin1String("Where")))
            return reply(QStringLiteral("Sorry, I cannot do that."));
        return reply(instruction + QStringLiteral(" Give two examples."));
    });
    const ProjectData project = twoStages(
        QStringLiteral("evolve"),
        {{QStringLiteral("rounds"), 3}, {QStringLiteral("direction"), QStringLiteral("depth")}});
    QCOMPARE(f.run(f.options(project)).state, RunSummary::State::Completed);
    QCOMPARE(f.records(changeId, QStringLiteral("ok")), 3);
    QCOMPARE(f.records(changeId, QStringLiteral("filtered")), 1); // round 1 of "Where…", refused
    QCOMPARE(f.server->requestCount(), 4);
}

void tst_DiversityStages::evolutionResumesFromItsLastRound()
{
    std::atomic<bool> broken{true};
    RunFixture f([&broken](const ReceivedRequest &r) {
        const QString instruction = instructionIn(lastUserMessage(r));
        if (broken.load() && instruction.contains(QLatin1String("Step 1.")))
            return reply(QString()); // round 2 answers nothing: a failed record
        return reply(instruction + QStringLiteral(" Step %1.").arg(instruction.count("Step") + 1));
    });
    f.server->setRecording(true);
    const ProjectData project = twoStages(
        QStringLiteral("evolve"),
        {{QStringLiteral("rounds"), 3}, {QStringLiteral("direction"), QStringLiteral("depth")}},
        {QStringLiteral("Plan a trip to Kyoto.")});
    RunSummary summary = f.run(f.options(project));
    QCOMPARE(summary.state, RunSummary::State::Partial);
    QCOMPARE(f.records(changeId, QStringLiteral("ok")), 1);
    QCOMPARE(f.records(changeId, QStringLiteral("failed")), 1);

    broken = false;
    RunOptions o = f.options(project);
    o.retryFailed = true;
    summary = f.run(o);
    QCOMPARE(summary.state, RunSummary::State::Completed);
    QCOMPARE(f.records(changeId, QStringLiteral("ok")), 3);
    // Round 1 was not asked again: the retry went on from its stored text.
    QCOMPARE(f.server->requestCount(), 2 + 2);
    const QString last = instructionIn(lastUserMessage(f.server->requests().last()));
    QCOMPARE(last, QStringLiteral("Plan a trip to Kyoto. Step 1. Step 2."));
}

void tst_DiversityStages::redoAsksAnewWithoutTheCache()
{
    std::atomic<int> judged{0};
    RunFixture f([&judged](const ReceivedRequest &r) {
        const QString prompt = lastUserMessage(r);
        if (prompt.startsWith(QLatin1String("Rate:"))) {
            ++judged;
            return reply(QString::fromUtf8(
                answerJson({{"score", 6 + judged.load() % 3}, {"reason", "fine"}})));
        }
        return reply(QString::fromUtf8(
            answerJson({{"question", "Q " + prompt}, {"answer", "A " + prompt}})));
    });
    const RunOptions first = f.options();
    QCOMPARE(f.run(first).state, RunSummary::State::Completed);
    const qint64 judgeRecords = f.records(Standard::judgeId);
    const int requests = f.server->requestCount();
    const qint64 target =
        f.count(QStringLiteral("SELECT min(id) FROM records WHERE stage_id = '%1'")
                    .arg(Standard::judgeId.toString(QUuid::WithoutBraces)));
    const qint64 exportedBefore = f.exported().size();

    RunOptions o = f.options();
    o.redoRecords = {target};
    QCOMPARE(f.run(o).state, RunSummary::State::Completed);
    QCOMPARE(f.server->requestCount(), requests + 1); // one judgement, asked anew
    QCOMPARE(f.records(Standard::judgeId), judgeRecords);
    QCOMPARE(f.count(QStringLiteral("SELECT count(*) FROM records WHERE id = %1").arg(target)), 0);
    QCOMPARE(f.exported().size(), exportedBefore);
}

void tst_DiversityStages::deletedRecordsAreNotMadeAgain()
{
    RunFixture f([](const ReceivedRequest &r) {
        const QString prompt = lastUserMessage(r);
        if (prompt.startsWith(QLatin1String("Rate:")))
            return reply(QString::fromUtf8(answerJson({{"score", 8}, {"reason", "fine"}})));
        return reply(QString::fromUtf8(
            answerJson({{"question", "Q " + prompt}, {"answer", "A " + prompt}})));
    });
    QCOMPARE(f.run(f.options()).state, RunSummary::State::Completed);
    const qint64 generated = f.records(Standard::generateId);
    const int requests = f.server->requestCount();
    {
        const QString name = QUuid::createUuid().toString();
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
            db.setDatabaseName(f.dir.filePath(QStringLiteral("data.sqlite")));
            QVERIFY(db.open());
            QSqlQuery q(db);
            QVERIFY(q.exec(
                QStringLiteral(
                    "INSERT INTO deleted_items (stage_id, item_key, parent_id) SELECT stage_id, "
                    "item_key, parent_id FROM records WHERE stage_id = '%1' ORDER BY id LIMIT 1")
                    .arg(Standard::generateId.toString(QUuid::WithoutBraces))));
            QVERIFY(q.exec(
                QStringLiteral(
                    "DELETE FROM records WHERE id = (SELECT min(id) FROM records WHERE stage_id = "
                    "'%1')")
                    .arg(Standard::generateId.toString(QUuid::WithoutBraces))));
        }
        QSqlDatabase::removeDatabase(name);
    }
    QCOMPARE(f.run(f.options()).state, RunSummary::State::Completed);
    QCOMPARE(f.records(Standard::generateId), generated - 1);
    QCOMPARE(f.server->requestCount(), requests);
}

void tst_DiversityStages::grownTopicTreeNeedsNoModel()
{
    RunFixture f([](const ReceivedRequest &) { return reply(QStringLiteral("[]")); });
    ProjectData project;
    project.name = QStringLiteral("Tree");
    const QVariantMap tree{
        {QStringLiteral("name"), QStringLiteral("Cooking")},
        {QStringLiteral("children"),
         QVariantList{QVariantMap{{QStringLiteral("name"), QStringLiteral("Baking")}},
                      QVariantMap{{QStringLiteral("name"), QStringLiteral("Grilling")}}}}};
    // No provider at all: the stored tree is complete to depth 1.
    project.stages = {stage(seedId, QStringLiteral("topic_tree"), QStringLiteral("Topics"),
                            {{QStringLiteral("root"), QStringLiteral("Cooking")},
                             {QStringLiteral("depth"), 1},
                             {QStringLiteral("tree"), tree}})};
    const RunSummary summary = f.run(f.options(project));
    QCOMPARE(summary.state, RunSummary::State::Completed);
    QCOMPARE(f.records(seedId, QStringLiteral("ok")), 2);
    QCOMPARE(f.server->requestCount(), 0);
    // One level more to grow, and no profile named: the run says which stage lacks one.
    project.stages[0].settings.insert(QStringLiteral("depth"), 2);
    QCOMPARE(f.run(f.options(project)).state, RunSummary::State::Failed);
}

QTEST_GUILESS_MAIN(tst_DiversityStages)
#include "tst_diversitystages.moc"
