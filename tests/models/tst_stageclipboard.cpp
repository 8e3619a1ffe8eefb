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
    void invalidConnectionsAreDropped();
    void sameTemplateIdWithOtherWordingIsRenamed();
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

void TestStageClipboard::invalidConnectionsAreDropped()
{
    // Hand-made clipboard data: a duplicate edge, an unknown port, an edge out of an export
    // stage and a loop. Only the one valid connection survives.
    const QString a = "d48e3610-9bc7-4f88-9c4c-bbe675b30f5a";
    const QString b = "2f36391e-bcf4-49d5-9590-cc227a840cc8";
    const QString c = "22c1fa38-c068-4393-8098-001b229961a0";
    const QString e = "a886c987-65a3-4c27-82a1-27fc9104f8ef";
    const auto stage = [](const QString &id, const QString &type) {
        return QString(R"({"id":"%1","type":"%2","name":"%2","position":[0,0],"settings":{}})")
            .arg(id, type);
    };
    const auto edge = [](const QString &from, const QString &to, const QString &port) {
        return QString(R"({"from":"%1","to":"%2","port":"%3"})").arg(from, to, port);
    };
    const QString json =
        QString(R"({"format":"application/x-seedbed-stages","stages":[%1,%2,%3,%4],"edges":[%5]})")
            .arg(stage(a, "generate"), stage(b, "judge"), stage(c, "rule_filter"),
                 stage(e, "export"),
                 QStringList{edge(a, b, "in"), edge(a, b, "in"), edge(b, c, "nope"),
                             edge(e, c, "in"), edge(b, a, "in")}
                     .join(','));
    PipelineGraph graph;
    StageClipboard::Paste paste;
    QVERIFY(StageClipboard::paste(json.toUtf8(), graph, {}, &paste));
    QCOMPARE(paste.stages.size(), 4);
    QCOMPARE(paste.edges.size(), 1);
    QCOMPARE(paste.edges.first(), makeEdge(paste.stages.at(0), paste.stages.at(1)));
    QUndoStack stack;
    stack.push(new AddStagesCommand(&graph, paste.stages, paste.edges, paste.templates));
    QCOMPARE(graph.edges().size(), 1);
}

void TestStageClipboard::sameTemplateIdWithOtherWordingIsRenamed()
{
    PipelineGraph source;
    const PromptTemplate prompt{QUuid::createUuid(), "Gen", {}, "Write about {{ topic }}", {}};
    Stage gen = makeStage("generate", "Generate");
    gen.settings["template"] = prompt.id.toString(QUuid::WithoutBraces);
    source.insertTemplate(prompt);
    source.insertStage(gen);
    const QByteArray bytes = StageClipboard::copy(source, {gen.id});

    PipelineGraph target; // a Save As copy whose template was edited since
    PromptTemplate edited = prompt;
    edited.user = "Write a poem about {{ topic }}";
    target.insertTemplate(edited);
    StageClipboard::Paste paste;
    QVERIFY(StageClipboard::paste(bytes, target, {}, &paste));
    QCOMPARE(paste.templates.size(), 1);
    QVERIFY(paste.templates.first().id != prompt.id);
    QCOMPARE(paste.templates.first().user, prompt.user);
    QCOMPARE(paste.stages.first().settings.value("template").toString(),
             paste.templates.first().id.toString(QUuid::WithoutBraces));
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
