// The graph model and every undo command: do, undo, redo, merge.
#include "models/graphcommands.h"
#include "models/pipelinegraph.h"
#include "testhelpers.h"

#include <QSignalSpy>
#include <QTest>
#include <QUndoStack>

using namespace Seedbed;
using Seedbed::Test::makeEdge;
using Seedbed::Test::makeStage;

class TestPipelineGraph : public QObject
{
    Q_OBJECT

private slots:
    void addStageSignalsAndLookup();
    void canConnect_data();
    void canConnect();
    void fieldsAvailableUpstream();
    void uniqueNames();
    void addStagesCommand();
    void removeItemsCommandRestoresOrder();
    void removeOnlyEdges();
    void moveMergesUntilFinished();
    void moveBackIsObsolete();
    void connectAndDisconnect();
    void renameMerges();
    void changeSettingMergesAndObsoletes();
    void changeSettingOfAbsentKey();
    void macroIsOneStep();
    void resetEmitsOnce();
    void editTemplateMergesAndKeepsVersions();
};

void TestPipelineGraph::addStageSignalsAndLookup()
{
    PipelineGraph graph;
    QSignalSpy added(&graph, &PipelineGraph::stageAdded);
    QSignalSpy changed(&graph, &PipelineGraph::changed);
    const Stage s = makeStage(QStringLiteral("generate"), QStringLiteral("Gen"), {10, 20});
    graph.insertStage(s);
    QCOMPARE(added.count(), 1);
    QCOMPARE(added.at(0).at(0).value<QUuid>(), s.id);
    QCOMPARE(changed.count(), 1);
    QVERIFY(graph.contains(s.id));
    QCOMPARE(*graph.stage(s.id), s);
    QCOMPARE(graph.typeOf(s.id)->id, QStringLiteral("generate"));
    QCOMPARE(graph.stage(QUuid::createUuid()), nullptr);
}

void TestPipelineGraph::canConnect_data()
{
    QTest::addColumn<QString>("fromType");
    QTest::addColumn<QString>("toType");
    QTest::addColumn<QString>("port");
    QTest::addColumn<bool>("expected");
    QTest::addColumn<QString>("reasonContains");

    QTest::newRow("seed to generate") << "seed_table"
                                      << "generate"
                                      << "in" << true << "";
    QTest::newRow("into a source") << "generate"
                                   << "seed_table"
                                   << "in" << false << "source";
    QTest::newRow("out of export") << "export"
                                   << "judge"
                                   << "in" << false << "no output";
    QTest::newRow("unknown port") << "seed_table"
                                  << "generate"
                                  << "nope" << false << "no input named";
    QTest::newRow("mix real port") << "seed_table"
                                   << "mix"
                                   << "real" << true << "";
}

void TestPipelineGraph::canConnect()
{
    QFETCH(QString, fromType);
    QFETCH(QString, toType);
    QFETCH(QString, port);
    QFETCH(bool, expected);
    QFETCH(QString, reasonContains);

    PipelineGraph graph;
    const Stage a = makeStage(fromType, QStringLiteral("A"));
    const Stage b = makeStage(toType, QStringLiteral("B"));
    graph.insertStage(a);
    graph.insertStage(b);
    QString reason;
    QCOMPARE(graph.canConnect({a.id, b.id, port}, &reason), expected);
    if (!expected)
        QVERIFY2(reason.contains(reasonContains), qPrintable(reason));
    else
        QVERIFY(reason.isEmpty());
}

void TestPipelineGraph::fieldsAvailableUpstream()
{
    PipelineGraph graph;
    Stage seed = makeStage(QStringLiteral("seed_table"), QStringLiteral("Seeds"));
    seed.settings.insert(QStringLiteral("rows"),
                         QVariantList{QVariantMap{{QStringLiteral("topic"), QStringLiteral("x")},
                                                  {QStringLiteral("lang"), QStringLiteral("en")}}});
    const Stage gen = makeStage(QStringLiteral("generate"), QStringLiteral("Gen"));
    const Stage judge = makeStage(QStringLiteral("judge"), QStringLiteral("Judge"));
    const Stage filter = makeStage(QStringLiteral("rule_filter"), QStringLiteral("Filter"));
    for (const Stage &s : {seed, gen, judge, filter})
        graph.insertStage(s);
    graph.insertEdge(makeEdge(seed, gen));
    graph.insertEdge(makeEdge(gen, judge));
    graph.insertEdge(makeEdge(judge, filter));

    QCOMPARE(graph.fieldsAvailableAt(seed.id), QStringList());
    QCOMPARE(graph.fieldsAvailableAt(gen.id), (QStringList{"lang", "topic"}));
    QCOMPARE(graph.fieldsAvailableAt(filter.id),
             (QStringList{"score", "score_reason", "question", "answer", "lang", "topic"}));
}

void TestPipelineGraph::uniqueNames()
{
    PipelineGraph graph;
    QCOMPARE(graph.uniqueStageName(QStringLiteral("Generate")), QStringLiteral("Generate"));
    graph.insertStage(makeStage(QStringLiteral("generate"), QStringLiteral("Generate")));
    QCOMPARE(graph.uniqueStageName(QStringLiteral("Generate")), QStringLiteral("Generate 2"));
    QCOMPARE(graph.uniqueStageName(QStringLiteral("Generate"), {QStringLiteral("Generate 2")}),
             QStringLiteral("Generate 3"));
}

void TestPipelineGraph::addStagesCommand()
{
    PipelineGraph graph;
    QUndoStack stack;
    const Stage a = makeStage(QStringLiteral("seed_table"), QStringLiteral("A"));
    const Stage b = makeStage(QStringLiteral("generate"), QStringLiteral("B"));
    PromptTemplate t{QUuid::createUuid(), QStringLiteral("T"), {}, QStringLiteral("{{ x }}"), {}};
    stack.push(new AddStagesCommand(&graph, {a, b}, {makeEdge(a, b)}, {t}));
    QCOMPARE(graph.stages().size(), 2);
    QCOMPARE(graph.edges().size(), 1);
    QCOMPARE(graph.templates().size(), 1);
    QCOMPARE(stack.count(), 1);
    QCOMPARE(stack.undoText(), QStringLiteral("Add 2 stage(s)"));

    stack.undo();
    QVERIFY(graph.stages().isEmpty());
    QVERIFY(graph.edges().isEmpty());
    QVERIFY(graph.templates().isEmpty());

    stack.redo();
    QCOMPARE(graph.stages(), (QList<Stage>{a, b}));
    QCOMPARE(graph.edges(), QList<Edge>{makeEdge(a, b)});
    QCOMPARE(graph.templates(), QList<PromptTemplate>{t});
}

void TestPipelineGraph::removeItemsCommandRestoresOrder()
{
    PipelineGraph graph;
    QUndoStack stack;
    const Stage a = makeStage(QStringLiteral("seed_table"), QStringLiteral("A"));
    const Stage b = makeStage(QStringLiteral("generate"), QStringLiteral("B"));
    const Stage c = makeStage(QStringLiteral("judge"), QStringLiteral("C"));
    const Stage d = makeStage(QStringLiteral("export"), QStringLiteral("D"));
    stack.push(new AddStagesCommand(&graph, {a, b, c, d},
                                    {makeEdge(a, b), makeEdge(b, c), makeEdge(c, d)}));
    const QList<Stage> stagesBefore = graph.stages();
    const QList<Edge> edgesBefore = graph.edges();

    QSignalSpy removed(&graph, &PipelineGraph::stageRemoved);
    stack.push(new RemoveItemsCommand(&graph, {c.id, a.id}));
    QCOMPARE(removed.count(), 2);
    QCOMPARE(graph.stages(), (QList<Stage>{b, d}));
    QVERIFY(graph.edges().isEmpty()); // every edge touched a or c
    QCOMPARE(stack.count(), 2);

    stack.undo();
    QCOMPARE(graph.stages(), stagesBefore);
    QCOMPARE(graph.edges(), edgesBefore);

    stack.redo();
    QCOMPARE(graph.stages().size(), 2);
}

void TestPipelineGraph::removeOnlyEdges()
{
    PipelineGraph graph;
    QUndoStack stack;
    const Stage a = makeStage(QStringLiteral("seed_table"), QStringLiteral("A"));
    const Stage b = makeStage(QStringLiteral("generate"), QStringLiteral("B"));
    stack.push(new AddStagesCommand(&graph, {a, b}, {makeEdge(a, b)}));
    stack.push(new RemoveItemsCommand(&graph, {}, {makeEdge(a, b)}));
    QCOMPARE(stack.undoText(), QStringLiteral("Delete 1 connection(s)"));
    QCOMPARE(graph.stages().size(), 2);
    QVERIFY(graph.edges().isEmpty());
    stack.undo();
    QCOMPARE(graph.edges().size(), 1);
}

void TestPipelineGraph::moveMergesUntilFinished()
{
    PipelineGraph graph;
    QUndoStack stack;
    const Stage a = makeStage(QStringLiteral("seed_table"), QStringLiteral("A"), {0, 0});
    const Stage b = makeStage(QStringLiteral("generate"), QStringLiteral("B"), {100, 0});
    stack.push(new AddStagesCommand(&graph, {a, b}));

    QSignalSpy moved(&graph, &PipelineGraph::stageMoved);
    stack.push(new MoveStagesCommand(&graph, {{a.id, {10, 10}}, {b.id, {110, 10}}}));
    stack.push(new MoveStagesCommand(&graph, {{a.id, {20, 20}}, {b.id, {120, 20}}}));
    QCOMPARE(stack.count(), 2); // the two moves merged
    QCOMPARE(graph.stage(a.id)->position, QPointF(20, 20));
    QCOMPARE(moved.count(), 4);

    static_cast<MoveStagesCommand *>(const_cast<QUndoCommand *>(stack.command(1)))->finish();
    stack.push(new MoveStagesCommand(&graph, {{a.id, {30, 30}}, {b.id, {130, 30}}}));
    QCOMPARE(stack.count(), 3);

    stack.undo();
    QCOMPARE(graph.stage(a.id)->position, QPointF(20, 20));
    stack.undo();
    QCOMPARE(graph.stage(a.id)->position, QPointF(0, 0));
    QCOMPARE(graph.stage(b.id)->position, QPointF(100, 0));
    stack.redo();
    QCOMPARE(graph.stage(b.id)->position, QPointF(120, 20));

    // A move of a different set of stages does not merge.
    stack.push(new MoveStagesCommand(&graph, {{a.id, {1, 1}}}));
    stack.push(new MoveStagesCommand(&graph, {{b.id, {2, 2}}}));
    QCOMPARE(stack.count(), 4);
}

void TestPipelineGraph::moveBackIsObsolete()
{
    PipelineGraph graph;
    QUndoStack stack;
    const Stage a = makeStage(QStringLiteral("seed_table"), QStringLiteral("A"), {5, 5});
    stack.push(new AddStagesCommand(&graph, {a}));
    stack.push(new MoveStagesCommand(&graph, {{a.id, {50, 50}}}));
    stack.push(new MoveStagesCommand(&graph, {{a.id, {5, 5}}}));
    QCOMPARE(stack.count(), 1); // the drag ended where it began: no undo step
    QCOMPARE(graph.stage(a.id)->position, QPointF(5, 5));
}

void TestPipelineGraph::connectAndDisconnect()
{
    PipelineGraph graph;
    QUndoStack stack;
    const Stage a = makeStage(QStringLiteral("seed_table"), QStringLiteral("A"));
    const Stage b = makeStage(QStringLiteral("generate"), QStringLiteral("B"));
    const Stage c = makeStage(QStringLiteral("judge"), QStringLiteral("C"));
    stack.push(new AddStagesCommand(&graph, {a, b, c}, {makeEdge(b, c)}));
    QSignalSpy added(&graph, &PipelineGraph::edgeAdded);
    QSignalSpy removed(&graph, &PipelineGraph::edgeRemoved);

    stack.push(new ConnectCommand(&graph, makeEdge(a, b)));
    QCOMPARE(graph.edges(), (QList<Edge>{makeEdge(b, c), makeEdge(a, b)}));
    QCOMPARE(added.count(), 1);
    QCOMPARE(stack.undoText(), QStringLiteral("Connect A to B"));

    stack.push(new ConnectCommand(&graph, makeEdge(b, c), ConnectCommand::Disconnect));
    QCOMPARE(graph.edges(), QList<Edge>{makeEdge(a, b)});
    QCOMPARE(removed.count(), 1);
    stack.undo(); // back at index 0
    QCOMPARE(graph.edges(), (QList<Edge>{makeEdge(b, c), makeEdge(a, b)}));
    stack.undo();
    QCOMPARE(graph.edges(), QList<Edge>{makeEdge(b, c)});
    stack.redo();
    QCOMPARE(graph.edges().size(), 2);

    // Connecting now would create a loop c -> a? a has no input; try c -> b instead.
    QString reason;
    QVERIFY(!graph.canConnect({c.id, b.id, QStringLiteral("in")}, &reason));
    QVERIFY(!reason.isEmpty());
}

void TestPipelineGraph::renameMerges()
{
    PipelineGraph graph;
    QUndoStack stack;
    const Stage a = makeStage(QStringLiteral("seed_table"), QStringLiteral("A"));
    stack.push(new AddStagesCommand(&graph, {a}));
    QSignalSpy renamed(&graph, &PipelineGraph::stageRenamed);
    stack.push(new RenameStageCommand(&graph, a.id, QStringLiteral("Se")));
    stack.push(new RenameStageCommand(&graph, a.id, QStringLiteral("Seeds")));
    QCOMPARE(stack.count(), 2);
    QCOMPARE(graph.stage(a.id)->name, QStringLiteral("Seeds"));
    QCOMPARE(renamed.count(), 2);
    QCOMPARE(stack.undoText(), QStringLiteral("Rename A to Seeds"));
    stack.undo();
    QCOMPARE(graph.stage(a.id)->name, QStringLiteral("A"));
    stack.redo();
    QCOMPARE(graph.stage(a.id)->name, QStringLiteral("Seeds"));
}

void TestPipelineGraph::changeSettingMergesAndObsoletes()
{
    PipelineGraph graph;
    QUndoStack stack;
    const Stage g = makeStage(QStringLiteral("generate"), QStringLiteral("G"));
    stack.push(new AddStagesCommand(&graph, {g}));
    QSignalSpy changedSetting(&graph, &PipelineGraph::stageSettingChanged);

    stack.push(new ChangeSettingCommand(&graph, g.id, QStringLiteral("concurrency"), 16));
    stack.push(new ChangeSettingCommand(&graph, g.id, QStringLiteral("concurrency"), 32));
    QCOMPARE(stack.count(), 2);
    QCOMPARE(graph.stage(g.id)->settings.value(QStringLiteral("concurrency")), QVariant(32));
    QCOMPARE(changedSetting.count(), 2);
    QCOMPARE(stack.undoText(), QStringLiteral("Change Concurrent requests of G"));

    stack.push(new ChangeSettingCommand(&graph, g.id, QStringLiteral("temperature"), 0.2));
    QCOMPARE(stack.count(), 3); // another key: its own step

    stack.undo();
    stack.undo();
    QCOMPARE(graph.stage(g.id)->settings.value(QStringLiteral("concurrency")), QVariant(8));

    // Changing back to the original value leaves no step behind.
    stack.push(new ChangeSettingCommand(&graph, g.id, QStringLiteral("concurrency"), 4));
    stack.push(new ChangeSettingCommand(&graph, g.id, QStringLiteral("concurrency"), 8));
    QCOMPARE(stack.count(), 1);
}

void TestPipelineGraph::changeSettingOfAbsentKey()
{
    PipelineGraph graph;
    QUndoStack stack;
    Stage g = makeStage(QStringLiteral("generate"), QStringLiteral("G"));
    g.settings.remove(QStringLiteral("temperature"));
    stack.push(new AddStagesCommand(&graph, {g}));
    stack.push(new ChangeSettingCommand(&graph, g.id, QStringLiteral("temperature"), 0.5));
    QCOMPARE(graph.stage(g.id)->settings.value(QStringLiteral("temperature")), QVariant(0.5));
    stack.undo();
    QVERIFY(!graph.stage(g.id)->settings.contains(QStringLiteral("temperature")));
}

void TestPipelineGraph::macroIsOneStep()
{
    PipelineGraph graph;
    QUndoStack stack;
    const Stage a = makeStage(QStringLiteral("seed_table"), QStringLiteral("A"));
    const Stage b = makeStage(QStringLiteral("generate"), QStringLiteral("B"));
    stack.push(new AddStagesCommand(&graph, {a, b}));
    stack.beginMacro(QStringLiteral("Tidy"));
    stack.push(new RenameStageCommand(&graph, a.id, QStringLiteral("Seeds")));
    stack.push(new ConnectCommand(&graph, makeEdge(a, b)));
    stack.push(new MoveStagesCommand(&graph, {{b.id, {300, 0}}}));
    stack.endMacro();
    QCOMPARE(stack.count(), 2);
    stack.undo();
    QCOMPARE(graph.stage(a.id)->name, QStringLiteral("A"));
    QVERIFY(graph.edges().isEmpty());
    QCOMPARE(graph.stage(b.id)->position, QPointF());
}

void TestPipelineGraph::resetEmitsOnce()
{
    PipelineGraph graph;
    QSignalSpy reset(&graph, &PipelineGraph::graphReset);
    QSignalSpy changed(&graph, &PipelineGraph::changed);
    const Stage a = makeStage(QStringLiteral("seed_table"), QStringLiteral("A"));
    graph.reset({a}, {}, {});
    QCOMPARE(reset.count(), 1);
    QCOMPARE(changed.count(), 1);
    QCOMPARE(graph.indexOf(a.id), 0);
}

void TestPipelineGraph::editTemplateMergesAndKeepsVersions()
{
    PipelineGraph graph;
    QUndoStack stack;
    PromptTemplate prompt{QUuid::createUuid(),
                          QStringLiteral("Ask"),
                          QStringLiteral("sys"),
                          QStringLiteral("Q: {{ q }}"),
                          {}};
    stack.push(new AddStagesCommand(&graph, {}, {}, {prompt}));
    QSignalSpy changed(&graph, &PipelineGraph::templateChanged);
    QSignalSpy listChanged(&graph, &PipelineGraph::templatesChanged);

    stack.push(new EditTemplateCommand(&graph, prompt.id, TemplatePart::User, QStringLiteral("Q")));
    stack.push(
        new EditTemplateCommand(&graph, prompt.id, TemplatePart::User, QStringLiteral("Q: x")));
    QCOMPARE(stack.count(), 2); // typing merges
    QCOMPARE(stack.undoText(), QStringLiteral("Edit user prompt of Ask"));
    QCOMPARE(graph.promptTemplate(prompt.id)->user, QStringLiteral("Q: x"));
    QCOMPARE(changed.count(), 2);
    QCOMPARE(changed.last().at(1).value<TemplatePart>(), TemplatePart::User);
    QCOMPARE(listChanged.count(), 0); // names did not change: pickers stay as they are

    // A version saved meanwhile survives undoing the text.
    graph.addTemplateVersion(prompt.id, {1, QDateTime::currentDateTimeUtc(), QStringLiteral("n"),
                                         QStringLiteral("sys"), QStringLiteral("Q: x")});
    QCOMPARE(graph.promptTemplate(prompt.id)->currentVersion()->number, 1);
    stack.push(
        new EditTemplateCommand(&graph, prompt.id, TemplatePart::System, QStringLiteral("other")));
    QCOMPARE(stack.count(), 3); // another part: its own step
    QVERIFY(!graph.promptTemplate(prompt.id)->currentVersion());
    QCOMPARE(graph.promptTemplate(prompt.id)->nextVersionNumber(), 2);
    stack.undo();
    stack.undo();
    QCOMPARE(graph.promptTemplate(prompt.id)->user, QStringLiteral("Q: {{ q }}"));
    QCOMPARE(graph.promptTemplate(prompt.id)->versions.size(), 1);

    // Saving a version keeps the text once.
    QCOMPARE(graph.saveTemplateVersion(prompt.id, QStringLiteral("first")), 2);
    QCOMPARE(graph.saveTemplateVersion(prompt.id, QStringLiteral("again")), 2);
    QCOMPARE(graph.promptTemplate(prompt.id)->versions.size(), 2);
    QCOMPARE(graph.promptTemplate(prompt.id)->versions.last().user, QStringLiteral("Q: {{ q }}"));
    QCOMPARE(graph.saveTemplateVersion(QUuid::createUuid(), {}), 0);

    // Typing back to the original leaves no step behind.
    stack.push(new EditTemplateCommand(&graph, prompt.id, TemplatePart::Name, QStringLiteral("B")));
    stack.push(
        new EditTemplateCommand(&graph, prompt.id, TemplatePart::Name, QStringLiteral("Ask")));
    QCOMPARE(stack.count(), 1);
}

QTEST_GUILESS_MAIN(TestPipelineGraph)
#include "tst_pipelinegraph.moc"
