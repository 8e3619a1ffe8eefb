// Copy and paste of stages, within and between projects.
#include "models/graphcommands.h"
#include "models/stageclipboard.h"
#include "testhelpers.h"

#include <QTest>
#include <QUndoStack>

using namespace Seedbed;
using Seedbed::Test::makeEdge;
using Seedbed::Test::makeStage;

class TestStageClipboard : public QObject
{
    Q_OBJECT

private slots:
    void copyPasteBetweenProjects();
    void pasteTwiceGivesFreshIdsAndNames();
    void rejectsForeignBytes_data();
    void rejectsForeignBytes();
};

void TestStageClipboard::copyPasteBetweenProjects()
{
    PipelineGraph source;
    const PromptTemplate prompt{QUuid::createUuid(), "Gen", "sys", "{{ q }}", {}};
    Stage seed = makeStage("seed_table", "Seeds", {0, 0});
    Stage gen = makeStage("generate", "Generate", {300, 0});
    gen.settings["template"] = prompt.id.toString(QUuid::WithoutBraces);
    const Stage judge = makeStage("judge", "Judge", {600, 0});
    source.insertTemplate(prompt);
    for (const Stage &s : {seed, gen, judge})
        source.insertStage(s);
    source.insertEdge(makeEdge(seed, gen));
    source.insertEdge(makeEdge(gen, judge));

    // Copy two of three: only the edge between them travels, with the template used.
    const QByteArray bytes = StageClipboard::copy(source, {judge.id, gen.id});

    PipelineGraph target;
    QUndoStack stack;
    StageClipboard::Paste paste;
    QVERIFY(StageClipboard::paste(bytes, target, {20, 20}, &paste));
    QCOMPARE(paste.stages.size(), 2);
    QCOMPARE(paste.edges.size(), 1);
    QCOMPARE(paste.templates, QList<PromptTemplate>{prompt});
    QCOMPARE(paste.stages.at(0).name, QStringLiteral("Generate")); // graph order kept
    QCOMPARE(paste.stages.at(0).position, QPointF(320, 20));
    QCOMPARE(paste.stages.at(0).settings, gen.settings);
    QVERIFY(paste.stages.at(0).id != gen.id);
    QCOMPARE(paste.edges.at(0), makeEdge(paste.stages.at(0), paste.stages.at(1)));

    stack.push(new AddStagesCommand(&target, paste.stages, paste.edges, paste.templates));
    QCOMPARE(stack.count(), 1);
    QCOMPARE(target.stages().size(), 2);
    QCOMPARE(target.templates().size(), 1);
    stack.undo();
    QVERIFY(target.stages().isEmpty());
    QVERIFY(target.templates().isEmpty());
}

void TestStageClipboard::pasteTwiceGivesFreshIdsAndNames()
{
    PipelineGraph graph;
    const PromptTemplate prompt{QUuid::createUuid(), "Gen", {}, "x", {}};
    Stage gen = makeStage("generate", "Generate");
    gen.settings["template"] = prompt.id.toString(QUuid::WithoutBraces);
    graph.insertTemplate(prompt);
    graph.insertStage(gen);
    const QByteArray bytes = StageClipboard::copy(graph, {gen.id});

    for (const QString &expected : {QStringLiteral("Generate 2"), QStringLiteral("Generate 3")}) {
        StageClipboard::Paste paste;
        QVERIFY(StageClipboard::paste(bytes, graph, {}, &paste));
        QCOMPARE(paste.stages.size(), 1);
        QCOMPARE(paste.stages.at(0).name, expected);
        QVERIFY(paste.templates.isEmpty()); // the project has it already
        QVERIFY(!graph.contains(paste.stages.at(0).id));
        graph.insertStage(paste.stages.at(0));
    }
    QCOMPARE(graph.stages().size(), 3);
}

void TestStageClipboard::rejectsForeignBytes_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::newRow("empty") << QByteArray();
    QTest::newRow("text") << QByteArray("Generate");
    QTest::newRow("project file") << QByteArray(R"({"format":"seedbed-project","stages":[]})");
    QTest::newRow("bad stage") << QByteArray(
        R"({"format":"application/x-seedbed-stages","stages":[{"id":"x"}]})");
    QTest::newRow("dangling edge")
        << QByteArray(R"({"format":"application/x-seedbed-stages","stages":[],)"
                      R"("edges":[{"from":"d48e3610-9bc7-4f88-9c4c-bbe675b30f5a",)"
                      R"("to":"2f36391e-bcf4-49d5-9590-cc227a840cc8","port":"in"}]})");
}

void TestStageClipboard::rejectsForeignBytes()
{
    QFETCH(QByteArray, bytes);
    PipelineGraph graph;
    StageClipboard::Paste paste;
    paste.stages.append(makeStage("generate", "untouched"));
    QVERIFY(!StageClipboard::paste(bytes, graph, {}, &paste));
    QCOMPARE(paste.stages.size(), 1);
}

QTEST_GUILESS_MAIN(TestStageClipboard)
#include "tst_stageclipboard.moc"
