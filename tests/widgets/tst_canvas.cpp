#include "models/graphcommands.h"
#include "models/pipelinegraph.h"
#include "models/pipelinevalidator.h"
#include "models/projectdocument.h"
#include "models/stageclipboard.h"
#include "models/stageregistry.h"
#include "models/stagetype.h"
#include "models/stagetypemodel.h"
#include "widgets/canvasscene.h"
#include "widgets/canvasview.h"
#include "widgets/edgeitem.h"
#include "widgets/stageitem.h"

#include <QGraphicsPathItem>
#include <QMimeData>
#include <QScrollBar>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

#include <cmath>
#include <memory>

using namespace Seedbed;

namespace {
QString seedTable()
{
    return QStringLiteral("seed_table");
}
QString generate()
{
    return QStringLiteral("generate");
}
QString in()
{
    return QStringLiteral("in");
}
} // namespace

class TestCanvas : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void mirrorsAddAndRemoveThroughUndo();
    void mirrorsMoveAndRename();
    void rebuildsOnGraphReset();
    void addStageIsOneUndoStep();
    void dragMovesStage();
    void dragMovesSelectionAsOneStep();
    void separateDragsAreSeparateSteps();
    void clickDoesNotMove();
    void escapeCancelsDrag();
    void lostReleaseAbandonsDrag();
    void connectByDrag();
    void refusedConnection_data();
    void refusedConnection();
    void releaseOnEmptyCanvasConnectsNothing();
    void dropOnCardWithSeveralInputsAsksForPort();
    void rubberBandSelectsStagesInside();
    void deleteSelectionIsOneStep();
    void deleteSelectedEdgeOnly();
    void pasteSelectsPastedStages();
    void dropAddsStage();
    void dropOfUnknownTypeIsRefused();
    void zoomStepsAndClamps();
    void wheelZoomsAboutCursor();
    void fitToView();
    void middleButtonPans();
    void spaceDragPans();
    void validationBadge();
    void selectionSignal();

private:
    QUuid addStage(const QString &type, const QPointF &position, const QString &name = {});
    void connectStages(const QUuid &from, const QUuid &to, const QString &port);
    QPoint viewPos(const QPointF &scenePos) const { return m_view->mapFromScene(scenePos); }
    QPointF headerCentre(const QUuid &stage) const;
    void sendMouse(QEvent::Type type, const QPoint &pos, Qt::MouseButton button,
                   Qt::MouseButtons buttons);
    void drag(const QPoint &from, const QPoint &to, Qt::MouseButton button = Qt::LeftButton);
    int countItems(int type) const;

    PipelineGraph *graph() const { return m_document->graph(); }
    QUndoStack *stack() const { return m_document->undoStack(); }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<ProjectDocument> m_document;
    CanvasScene *m_scene = nullptr;
    CanvasView *m_view = nullptr;
};

void TestCanvas::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    ProjectError error;
    m_document = ProjectDocument::create(m_dir->path() + QStringLiteral("/p"),
                                         QStringLiteral("Test"), &error);
    QVERIFY2(m_document, qPrintable(error.message));
    m_scene = new CanvasScene(m_document.get());
    m_view = new CanvasView(m_scene);
    m_view->resize(1000, 700);
    m_view->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_view));
    m_view->centerOn(0, 0);
}

void TestCanvas::cleanup()
{
    delete m_view;
    m_view = nullptr;
    delete m_scene;
    m_scene = nullptr;
    m_document.reset();
    m_dir.reset();
}

QUuid TestCanvas::addStage(const QString &type, const QPointF &position, const QString &name)
{
    const StageType *stageType = StageRegistry::instance().type(type);
    Stage stage;
    stage.id = QUuid::createUuid();
    stage.type = type;
    stage.name = name.isEmpty() ? graph()->uniqueStageName(stageType->displayName()) : name;
    stage.position = position;
    stage.settings = stageType->defaultSettings();
    stack()->push(new AddStagesCommand(graph(), {stage}));
    return stage.id;
}

void TestCanvas::connectStages(const QUuid &from, const QUuid &to, const QString &port)
{
    stack()->push(new ConnectCommand(graph(), {from, to, port}));
}

QPointF TestCanvas::headerCentre(const QUuid &stage) const
{
    return graph()->stage(stage)->position +
           QPointF(StageItem::cardWidth / 2, StageItem::headerHeight / 2);
}

void TestCanvas::sendMouse(QEvent::Type type, const QPoint &pos, Qt::MouseButton button,
                           Qt::MouseButtons buttons)
{
    // QTest::mouseMove carries no buttons in Qt 6; drags need real button state.
    QWidget *viewport = m_view->viewport();
    QMouseEvent event(type, QPointF(pos), QPointF(viewport->mapToGlobal(pos)), button, buttons,
                      Qt::NoModifier);
    QCoreApplication::sendEvent(viewport, &event);
}

void TestCanvas::drag(const QPoint &from, const QPoint &to, Qt::MouseButton button)
{
    sendMouse(QEvent::MouseButtonPress, from, button, button);
    constexpr int steps = 6;
    for (int i = 1; i <= steps; ++i)
        sendMouse(QEvent::MouseMove, from + (to - from) * i / steps, Qt::NoButton, button);
    sendMouse(QEvent::MouseButtonRelease, to, button, Qt::NoButton);
}

int TestCanvas::countItems(int type) const
{
    int count = 0;
    for (const QGraphicsItem *item : m_scene->items()) {
        if (item->type() == type)
            ++count;
    }
    return count;
}

void TestCanvas::mirrorsAddAndRemoveThroughUndo()
{
    const StageType *seedType = StageRegistry::instance().type(seedTable());
    const StageType *generateType = StageRegistry::instance().type(generate());
    const Stage a{QUuid::createUuid(), seedTable(), QStringLiteral("Seeds"), QPointF(-300, -100),
                  seedType->defaultSettings()};
    const Stage b{QUuid::createUuid(), generate(), QStringLiteral("Gen"), QPointF(0, -100),
                  generateType->defaultSettings()};
    const Edge edge{a.id, b.id, in()};
    stack()->push(new AddStagesCommand(graph(), {a, b}, {edge}));

    QCOMPARE(countItems(StageItem::Type), 2);
    QCOMPARE(countItems(EdgeItem::Type), 1);
    QVERIFY(m_scene->stageItem(a.id));
    QCOMPARE(m_scene->stageItem(a.id)->pos(), QPointF(-300, -100));
    QCOMPARE(m_scene->stageItem(a.id)->name(), QStringLiteral("Seeds"));
    QCOMPARE(m_scene->stageItem(b.id)->pos(), QPointF(0, -100));
    EdgeItem *edgeItem = m_scene->edgeItem(edge);
    QVERIFY(edgeItem);
    QCOMPARE(edgeItem->fromPos(), QPointF(-100, -100 + StageItem::headerHeight + 11));
    QCOMPARE(edgeItem->toPos(), QPointF(0, -100 + StageItem::headerHeight + 11));
    QCOMPARE(edgeItem->fromPos(), m_scene->portScenePos(a.id, QString()));
    QCOMPARE(edgeItem->toPos(), m_scene->portScenePos(b.id, in()));

    stack()->undo();
    QCOMPARE(countItems(StageItem::Type), 0);
    QCOMPARE(countItems(EdgeItem::Type), 0);
    QVERIFY(!m_scene->stageItem(a.id));
    QVERIFY(!m_scene->edgeItem(edge));

    stack()->redo();
    QCOMPARE(countItems(StageItem::Type), 2);
    QCOMPARE(countItems(EdgeItem::Type), 1);
    QVERIFY(m_scene->edgeItem(edge));

    // Disconnecting and removing through commands removes exactly those items.
    stack()->push(new ConnectCommand(graph(), edge, ConnectCommand::Disconnect));
    QCOMPARE(countItems(EdgeItem::Type), 0);
    QCOMPARE(countItems(StageItem::Type), 2);
    stack()->push(new RemoveItemsCommand(graph(), {a.id}));
    QCOMPARE(countItems(StageItem::Type), 1);
    QVERIFY(!m_scene->stageItem(a.id));
    QVERIFY(m_scene->stageItem(b.id));
    stack()->undo();
    stack()->undo();
    QCOMPARE(countItems(StageItem::Type), 2);
    QCOMPARE(countItems(EdgeItem::Type), 1);
}

void TestCanvas::mirrorsMoveAndRename()
{
    const QUuid a = addStage(seedTable(), QPointF(-300, -100));
    const QUuid b = addStage(generate(), QPointF(0, -100));
    connectStages(a, b, in());
    const Edge edge{a, b, in()};

    stack()->push(new MoveStagesCommand(graph(), {{b, QPointF(40, 60)}}));
    QCOMPARE(m_scene->stageItem(b)->pos(), QPointF(40, 60));
    QCOMPARE(m_scene->edgeItem(edge)->toPos(), QPointF(40, 60 + StageItem::headerHeight + 11));
    QCOMPARE(m_scene->edgeItem(edge)->fromPos(),
             QPointF(-100, -100 + StageItem::headerHeight + 11));

    stack()->push(new RenameStageCommand(graph(), a, QStringLiteral("Questions")));
    QCOMPARE(m_scene->stageItem(a)->name(), QStringLiteral("Questions"));
    stack()->undo();
    QCOMPARE(m_scene->stageItem(a)->name(), graph()->stage(a)->name);
    QVERIFY(m_scene->stageItem(a)->name() != QStringLiteral("Questions"));
}

void TestCanvas::rebuildsOnGraphReset()
{
    const QUuid old = addStage(seedTable(), QPointF(0, 0));
    StageItem *oldItem = m_scene->stageItem(old);
    QVERIFY(oldItem);

    const StageType *seedType = StageRegistry::instance().type(seedTable());
    const StageType *generateType = StageRegistry::instance().type(generate());
    const Stage a{QUuid::createUuid(), seedTable(), QStringLiteral("A"), QPointF(10, 20),
                  seedType->defaultSettings()};
    const Stage b{QUuid::createUuid(), generate(), QStringLiteral("B"), QPointF(300, 20),
                  generateType->defaultSettings()};
    const Stage c{QUuid::createUuid(), generate(), QStringLiteral("C"), QPointF(600, 20),
                  generateType->defaultSettings()};
    const QList<Edge> edges{{a.id, b.id, in()}, {b.id, c.id, in()}};
    graph()->reset({a, b, c}, edges, {});

    QVERIFY(!m_scene->stageItem(old));
    QCOMPARE(countItems(StageItem::Type), 3);
    QCOMPARE(countItems(EdgeItem::Type), 2);
    QCOMPARE(m_scene->stageItem(c.id)->pos(), QPointF(600, 20));
    QCOMPARE(m_scene->stageItem(b.id)->name(), QStringLiteral("B"));
    QVERIFY(m_scene->edgeItem(edges.at(1)));
}

void TestCanvas::addStageIsOneUndoStep()
{
    const QUuid id = m_scene->addStage(generate(), QPointF(10.4, 19.6));
    QVERIFY(!id.isNull());
    QCOMPARE(stack()->count(), 1);
    QCOMPARE(graph()->stages().size(), 1);
    const Stage stage = *graph()->stage(id);
    QCOMPARE(stage.type, generate());
    QCOMPARE(stage.position, QPointF(10, 20));
    QCOMPARE(stage.name, StageRegistry::instance().type(generate())->displayName());
    QCOMPARE(stage.settings, StageRegistry::instance().type(generate())->defaultSettings());
    QCOMPARE(m_scene->selectedStageIds(), QList<QUuid>{id});

    // A second one gets a unique name.
    const QUuid second = m_scene->addStage(generate(), QPointF(300, 0));
    QCOMPARE(graph()->stage(second)->name,
             StageRegistry::instance().type(generate())->displayName() + QStringLiteral(" 2"));
    QCOMPARE(stack()->count(), 2);
    QCOMPARE(m_scene->selectedStageIds(), QList<QUuid>{second});

    stack()->undo();
    stack()->undo();
    QVERIFY(!m_scene->stageItem(id));
    QCOMPARE(countItems(StageItem::Type), 0);
    stack()->redo();
    QVERIFY(m_scene->stageItem(id));
    QCOMPARE(m_scene->stageItem(id)->pos(), QPointF(10, 20));
    QCOMPARE(*graph()->stage(id), stage);

    QSignalSpy messages(m_scene, &CanvasScene::message);
    QVERIFY(m_scene->addStage(QStringLiteral("no_such_type"), QPointF()).isNull());
    QCOMPARE(messages.count(), 1);
    QCOMPARE(stack()->index(), 1);
}

void TestCanvas::dragMovesStage()
{
    const QUuid id = addStage(seedTable(), QPointF(-300, -100));
    QCOMPARE(stack()->count(), 1);
    const QPoint start = viewPos(headerCentre(id));

    sendMouse(QEvent::MouseButtonPress, start, Qt::LeftButton, Qt::LeftButton);
    sendMouse(QEvent::MouseMove, start + QPoint(50, 20), Qt::NoButton, Qt::LeftButton);
    // While dragging the card follows the mouse but the model has not changed yet.
    QCOMPARE(m_scene->stageItem(id)->pos(), QPointF(-250, -80));
    QCOMPARE(graph()->stage(id)->position, QPointF(-300, -100));
    sendMouse(QEvent::MouseMove, start + QPoint(100, 50), Qt::NoButton, Qt::LeftButton);
    sendMouse(QEvent::MouseButtonRelease, start + QPoint(100, 50), Qt::LeftButton, Qt::NoButton);

    QCOMPARE(graph()->stage(id)->position, QPointF(-200, -50));
    QCOMPARE(m_scene->stageItem(id)->pos(), QPointF(-200, -50));
    QCOMPARE(stack()->count(), 2);
    stack()->undo();
    QCOMPARE(graph()->stage(id)->position, QPointF(-300, -100));
    QCOMPARE(m_scene->stageItem(id)->pos(), QPointF(-300, -100));
}

void TestCanvas::dragMovesSelectionAsOneStep()
{
    const QUuid a = addStage(seedTable(), QPointF(-300, -100));
    const QUuid b = addStage(generate(), QPointF(0, -100));
    const QUuid c = addStage(generate(), QPointF(0, 100));
    connectStages(a, b, in());
    const Edge edge{a, b, in()};
    m_scene->selectStages({a, b, c});
    const int before = stack()->count();

    drag(viewPos(headerCentre(b)), viewPos(headerCentre(b) + QPointF(-70, 30)));

    QCOMPARE(stack()->count(), before + 1);
    QCOMPARE(graph()->stage(a)->position, QPointF(-370, -70));
    QCOMPARE(graph()->stage(b)->position, QPointF(-70, -70));
    QCOMPARE(graph()->stage(c)->position, QPointF(-70, 130));
    QCOMPARE(m_scene->edgeItem(edge)->fromPos(), m_scene->portScenePos(a, QString()));
    QCOMPARE(m_scene->edgeItem(edge)->toPos(), QPointF(-70, -70 + StageItem::headerHeight + 11));
    QCOMPARE(m_scene->selectedStageIds(), (QList<QUuid>{a, b, c}));

    stack()->undo();
    QCOMPARE(graph()->stage(a)->position, QPointF(-300, -100));
    QCOMPARE(graph()->stage(b)->position, QPointF(0, -100));
    QCOMPARE(graph()->stage(c)->position, QPointF(0, 100));
    QCOMPARE(m_scene->edgeItem(edge)->toPos(), QPointF(0, -100 + StageItem::headerHeight + 11));
}

void TestCanvas::separateDragsAreSeparateSteps()
{
    const QUuid id = addStage(generate(), QPointF(0, 0));
    drag(viewPos(headerCentre(id)), viewPos(headerCentre(id) + QPointF(40, 0)));
    QCOMPARE(graph()->stage(id)->position, QPointF(40, 0));
    drag(viewPos(headerCentre(id)), viewPos(headerCentre(id) + QPointF(0, 60)));
    QCOMPARE(graph()->stage(id)->position, QPointF(40, 60));
    QCOMPARE(stack()->count(), 3);

    stack()->undo();
    QCOMPARE(graph()->stage(id)->position, QPointF(40, 0));
    stack()->undo();
    QCOMPARE(graph()->stage(id)->position, QPointF(0, 0));

    // A drag after a save, even on a stack marked clean (QUndoStack never merges into the
    // clean command), is still exactly one step.
    stack()->redo();
    stack()->redo();
    QVERIFY(m_document->save());
    stack()->setClean();
    drag(viewPos(headerCentre(id)), viewPos(headerCentre(id) + QPointF(-25, 15)));
    QCOMPARE(stack()->count(), 4);
    QCOMPARE(graph()->stage(id)->position, QPointF(15, 75));
    stack()->undo();
    QCOMPARE(graph()->stage(id)->position, QPointF(40, 60));
}

void TestCanvas::clickDoesNotMove()
{
    const QUuid id = addStage(generate(), QPointF(0, 0));
    const QPoint at = viewPos(headerCentre(id));
    // A jitter below the drag distance is a click, not a move.
    sendMouse(QEvent::MouseButtonPress, at, Qt::LeftButton, Qt::LeftButton);
    sendMouse(QEvent::MouseMove, at + QPoint(2, 1), Qt::NoButton, Qt::LeftButton);
    sendMouse(QEvent::MouseButtonRelease, at + QPoint(2, 1), Qt::LeftButton, Qt::NoButton);
    QCOMPARE(stack()->count(), 1);
    QCOMPARE(graph()->stage(id)->position, QPointF(0, 0));
    QCOMPARE(m_scene->stageItem(id)->pos(), QPointF(0, 0));
    QCOMPARE(m_scene->selectedStageIds(), QList<QUuid>{id});
}

void TestCanvas::escapeCancelsDrag()
{
    const QUuid id = addStage(generate(), QPointF(0, 0));
    const QPoint at = viewPos(headerCentre(id));
    sendMouse(QEvent::MouseButtonPress, at, Qt::LeftButton, Qt::LeftButton);
    sendMouse(QEvent::MouseMove, at + QPoint(80, 80), Qt::NoButton, Qt::LeftButton);
    QCOMPARE(m_scene->stageItem(id)->pos(), QPointF(80, 80));
    QTest::keyClick(m_view, Qt::Key_Escape);
    QCOMPARE(m_scene->stageItem(id)->pos(), QPointF(0, 0));
    sendMouse(QEvent::MouseButtonRelease, at + QPoint(80, 80), Qt::LeftButton, Qt::NoButton);
    QCOMPARE(stack()->count(), 1);
    QCOMPARE(graph()->stage(id)->position, QPointF(0, 0));
}

void TestCanvas::lostReleaseAbandonsDrag()
{
    const QUuid a = addStage(generate(), QPointF(0, 0));
    const QUuid b = addStage(generate(), QPointF(0, 200));
    const QPoint at = viewPos(headerCentre(a));
    sendMouse(QEvent::MouseButtonPress, at, Qt::LeftButton, Qt::LeftButton);
    sendMouse(QEvent::MouseMove, at + QPoint(60, 0), Qt::NoButton, Qt::LeftButton);
    QCOMPARE(m_scene->stageItem(a)->pos(), QPointF(60, 0));
    // The release went elsewhere; the next move has no button held.
    sendMouse(QEvent::MouseMove, at + QPoint(90, 0), Qt::NoButton, Qt::NoButton);
    QCOMPARE(m_scene->stageItem(a)->pos(), QPointF(0, 0));
    QCOMPARE(stack()->count(), 2);

    // The canvas is not stuck: the next drag, of another card, works normally.
    drag(viewPos(headerCentre(b)), viewPos(headerCentre(b) + QPointF(20, 10)));
    QCOMPARE(graph()->stage(b)->position, QPointF(20, 210));
    QCOMPARE(graph()->stage(a)->position, QPointF(0, 0));
    QCOMPARE(stack()->count(), 3);
}

void TestCanvas::connectByDrag()
{
    const QUuid seed = addStage(seedTable(), QPointF(-300, -100));
    const QUuid gen = addStage(generate(), QPointF(0, -100));
    QCOMPARE(stack()->count(), 2);

    const QPoint from = viewPos(m_scene->portScenePos(seed, QString()));
    const QPoint to = viewPos(m_scene->portScenePos(gen, in()));
    sendMouse(QEvent::MouseButtonPress, from, Qt::LeftButton, Qt::LeftButton);
    sendMouse(QEvent::MouseMove, (from + to) / 2, Qt::NoButton, Qt::LeftButton);
    // The rubber line follows the mouse; nothing moves.
    QCOMPARE(countItems(QGraphicsPathItem::Type), 1);
    sendMouse(QEvent::MouseMove, to, Qt::NoButton, Qt::LeftButton);
    sendMouse(QEvent::MouseButtonRelease, to, Qt::LeftButton, Qt::NoButton);

    const Edge edge{seed, gen, in()};
    QCOMPARE(graph()->edges(), QList<Edge>{edge});
    QCOMPARE(stack()->count(), 3);
    QVERIFY(m_scene->edgeItem(edge));
    QCOMPARE(countItems(EdgeItem::Type), 1);
    QCOMPARE(countItems(QGraphicsPathItem::Type), 0);
    QCOMPARE(graph()->stage(seed)->position, QPointF(-300, -100));

    stack()->undo();
    QVERIFY(graph()->edges().isEmpty());
    QVERIFY(!m_scene->edgeItem(edge));
    QCOMPARE(countItems(EdgeItem::Type), 0);

    // Dropping on the card body of a stage with a single input means that input.
    drag(from, viewPos(headerCentre(gen)));
    QCOMPARE(graph()->edges(), QList<Edge>{edge});
}

void TestCanvas::refusedConnection_data()
{
    QTest::addColumn<QString>("scenario");
    QTest::newRow("source has no input") << QStringLiteral("source");
    QTest::newRow("loop") << QStringLiteral("loop");
    QTest::newRow("input already connected") << QStringLiteral("taken");
    QTest::newRow("onto itself") << QStringLiteral("self");
}

void TestCanvas::refusedConnection()
{
    QFETCH(QString, scenario);
    const QUuid seed = addStage(seedTable(), QPointF(-300, -100));
    const QUuid gen = addStage(generate(), QPointF(0, -100));
    const QUuid mix = addStage(QStringLiteral("mix"), QPointF(300, -100));
    const QUuid other = addStage(generate(), QPointF(0, 150));

    Edge attempt;
    QPoint target;
    if (scenario == QLatin1String("source")) {
        attempt = {gen, seed, QString()};
        target = viewPos(headerCentre(seed));
    } else if (scenario == QLatin1String("loop")) {
        connectStages(mix, gen, in());
        attempt = {gen, mix, QStringLiteral("synthetic")};
        target = viewPos(m_scene->portScenePos(mix, QStringLiteral("synthetic")));
    } else if (scenario == QLatin1String("taken")) {
        connectStages(seed, gen, in());
        attempt = {other, gen, in()};
        target = viewPos(m_scene->portScenePos(gen, in()));
    } else {
        attempt = {gen, gen, in()};
        target = viewPos(m_scene->portScenePos(gen, in()));
    }
    QString expected;
    QVERIFY(!graph()->canConnect(attempt, &expected));
    QVERIFY(!expected.isEmpty());

    const QList<Edge> edgesBefore = graph()->edges();
    const int countBefore = stack()->count();
    QSignalSpy messages(m_scene, &CanvasScene::message);
    drag(viewPos(m_scene->portScenePos(attempt.from, QString())), target);

    QCOMPARE(messages.count(), 1);
    QCOMPARE(messages.first().first().toString(), expected);
    QCOMPARE(stack()->count(), countBefore);
    QCOMPARE(graph()->edges(), edgesBefore);
    QCOMPARE(countItems(EdgeItem::Type), int(edgesBefore.size()));
    QCOMPARE(countItems(QGraphicsPathItem::Type), 0);
}

void TestCanvas::releaseOnEmptyCanvasConnectsNothing()
{
    const QUuid seed = addStage(seedTable(), QPointF(-300, -100));
    QSignalSpy messages(m_scene, &CanvasScene::message);
    const QPoint from = viewPos(m_scene->portScenePos(seed, QString()));
    drag(from, from + QPoint(150, 120));
    QCOMPARE(messages.count(), 0);
    QCOMPARE(stack()->count(), 1);
    QCOMPARE(graph()->stage(seed)->position, QPointF(-300, -100));
    QCOMPARE(countItems(QGraphicsPathItem::Type), 0);
}

void TestCanvas::dropOnCardWithSeveralInputsAsksForPort()
{
    const QUuid gen = addStage(generate(), QPointF(0, -100));
    const QUuid mix = addStage(QStringLiteral("mix"), QPointF(300, -100));
    QSignalSpy messages(m_scene, &CanvasScene::message);
    drag(viewPos(m_scene->portScenePos(gen, QString())), viewPos(headerCentre(mix)));
    QCOMPARE(messages.count(), 1);
    QCOMPARE(messages.first().first().toString(),
             QStringLiteral("Drop the connection on one of the inputs of \"%1\".")
                 .arg(graph()->stage(mix)->name));
    QVERIFY(graph()->edges().isEmpty());
    QCOMPARE(stack()->count(), 2);

    // Dropped on the "real" port itself, it connects there.
    drag(viewPos(m_scene->portScenePos(gen, QString())),
         viewPos(m_scene->portScenePos(mix, QStringLiteral("real"))));
    QCOMPARE(graph()->edges(), (QList<Edge>{Edge{gen, mix, QStringLiteral("real")}}));
    QCOMPARE(m_scene->edgeItem(graph()->edges().first())->toPos(),
             QPointF(300, -100 + StageItem::headerHeight + StageItem::portRowHeight * 1.5));
}

void TestCanvas::rubberBandSelectsStagesInside()
{
    const QUuid a = addStage(seedTable(), QPointF(-300, -100));
    const QUuid b = addStage(generate(), QPointF(0, -100));
    const QUuid c = addStage(generate(), QPointF(0, 150));
    Q_UNUSED(c)
    m_scene->selectStages({c});

    drag(viewPos(QPointF(-340, -140)), viewPos(QPointF(240, 20)));
    QCOMPARE(m_scene->selectedStageIds(), (QList<QUuid>{a, b}));
    QCOMPARE(stack()->count(), 3); // selecting is not an edit
    QCOMPARE(graph()->stage(a)->position, QPointF(-300, -100));

    // A band around nothing clears the selection.
    drag(viewPos(QPointF(-450, 260)), viewPos(QPointF(-400, 300)));
    QVERIFY(m_scene->selectedStageIds().isEmpty());
}

void TestCanvas::deleteSelectionIsOneStep()
{
    const QUuid a = addStage(seedTable(), QPointF(-300, -100));
    const QUuid b = addStage(generate(), QPointF(0, -100));
    const QUuid c = addStage(generate(), QPointF(0, 150));
    connectStages(a, b, in());
    const QList<Stage> stagesBefore = graph()->stages();
    const QList<Edge> edgesBefore = graph()->edges();
    const int countBefore = stack()->count();

    m_scene->selectStages({a, b});
    m_scene->deleteSelection();
    QCOMPARE(stack()->count(), countBefore + 1);
    QCOMPARE(graph()->stages().size(), 1);
    QCOMPARE(graph()->stages().first().id, c);
    QVERIFY(graph()->edges().isEmpty());
    QCOMPARE(countItems(StageItem::Type), 1);
    QCOMPARE(countItems(EdgeItem::Type), 0);

    stack()->undo();
    QCOMPARE(graph()->stages(), stagesBefore);
    QCOMPARE(graph()->edges(), edgesBefore);
    QCOMPARE(countItems(StageItem::Type), 3);
    QCOMPARE(countItems(EdgeItem::Type), 1);
    QVERIFY(m_scene->stageItem(a));
    QVERIFY(m_scene->edgeItem(edgesBefore.first()));

    // Nothing selected: nothing pushed.
    m_scene->clearSelection();
    m_scene->deleteSelection();
    QCOMPARE(stack()->count(), countBefore + 1);
    QCOMPARE(stack()->index(), countBefore);
}

void TestCanvas::deleteSelectedEdgeOnly()
{
    const QUuid a = addStage(seedTable(), QPointF(-300, -100));
    const QUuid b = addStage(generate(), QPointF(0, 100));
    connectStages(a, b, in());
    const Edge edge{a, b, in()};

    // Click on the middle of the curve selects the connection.
    const QPointF middle = m_scene->edgeItem(edge)->path().pointAtPercent(0.5);
    QTest::mouseClick(m_view->viewport(), Qt::LeftButton, Qt::NoModifier, viewPos(middle));
    QCOMPARE(m_scene->selectedEdges(), QList<Edge>{edge});
    QVERIFY(m_scene->selectedStageIds().isEmpty());

    m_scene->deleteSelection();
    QVERIFY(graph()->edges().isEmpty());
    QCOMPARE(graph()->stages().size(), 2);
    stack()->undo();
    QCOMPARE(graph()->edges(), QList<Edge>{edge});
}

void TestCanvas::pasteSelectsPastedStages()
{
    const QUuid a = addStage(seedTable(), QPointF(-300, -100));
    const QUuid b = addStage(generate(), QPointF(0, -100));
    connectStages(a, b, in());
    const QByteArray bytes = StageClipboard::copy(*graph(), {a, b});
    StageClipboard::Paste paste;
    QVERIFY(StageClipboard::paste(bytes, *graph(), QPointF(0, 250), &paste));
    QCOMPARE(paste.stages.size(), 2);
    const int countBefore = stack()->count();

    m_scene->pasteStages(paste);
    QCOMPARE(stack()->count(), countBefore + 1);
    QCOMPARE(m_scene->selectedStageIds(),
             (QList<QUuid>{paste.stages.at(0).id, paste.stages.at(1).id}));
    QCOMPARE(countItems(StageItem::Type), 4);
    QCOMPARE(countItems(EdgeItem::Type), 2);
    for (const Stage &stage : std::as_const(paste.stages))
        QCOMPARE(m_scene->stageItem(stage.id)->pos(), stage.position);

    stack()->undo();
    QCOMPARE(countItems(StageItem::Type), 2);
    QCOMPARE(countItems(EdgeItem::Type), 1);
}

void TestCanvas::dropAddsStage()
{
    QMimeData mime;
    mime.setData(QLatin1String(StageTypeModel::mimeType), QByteArrayLiteral("generate"));
    const QPoint at(420, 310);
    QWidget *viewport = m_view->viewport();

    QDragEnterEvent enter(at, Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(viewport, &enter);
    QVERIFY(enter.isAccepted());
    QDragMoveEvent move(at, Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(viewport, &move);
    QVERIFY(move.isAccepted());
    QDropEvent drop(QPointF(at), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(viewport, &drop);
    QVERIFY(drop.isAccepted());

    QCOMPARE(graph()->stages().size(), 1);
    QCOMPARE(stack()->count(), 1);
    const Stage stage = graph()->stages().first();
    QCOMPARE(stage.type, generate());
    // Centred under the cursor, in whole pixels.
    const QPointF expected =
        m_view->mapToScene(at) - QPointF(StageItem::cardWidth / 2, StageItem::headerHeight / 2);
    QCOMPARE(stage.position, QPointF(std::round(expected.x()), std::round(expected.y())));
    QCOMPARE(m_scene->stageItem(stage.id)->pos(), stage.position);
    QCOMPARE(m_scene->selectedStageIds(), QList<QUuid>{stage.id});
}

void TestCanvas::dropOfUnknownTypeIsRefused()
{
    QMimeData mime;
    mime.setData(QLatin1String(StageTypeModel::mimeType), QByteArrayLiteral("no_such_type"));
    const QPoint at(420, 310);
    QDragEnterEvent enter(at, Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(m_view->viewport(), &enter);
    QVERIFY(!enter.isAccepted());
    QDropEvent drop(QPointF(at), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(m_view->viewport(), &drop);
    QVERIFY(graph()->stages().isEmpty());
    QCOMPARE(stack()->count(), 0);
}

void TestCanvas::zoomStepsAndClamps()
{
    QSignalSpy changes(m_view, &CanvasView::zoomChanged);
    QCOMPARE(m_view->zoom(), 1.0);
    m_view->zoomIn();
    QCOMPARE(m_view->zoom(), 1.25);
    QCOMPARE(m_view->transform().m11(), 1.25);
    QCOMPARE(m_view->transform().m22(), 1.25);
    m_view->zoomOut();
    QCOMPARE(m_view->zoom(), 1.0);
    QCOMPARE(changes.count(), 2);

    for (int i = 0; i < 20; ++i)
        m_view->zoomIn();
    QCOMPARE(m_view->zoom(), CanvasView::maximumZoom);
    QCOMPARE(m_view->transform().m11(), 3.0);
    for (int i = 0; i < 40; ++i)
        m_view->zoomOut();
    QCOMPARE(m_view->zoom(), CanvasView::minimumZoom);
    QCOMPARE(m_view->transform().m11(), 0.2);
    m_view->resetZoom();
    QCOMPARE(m_view->zoom(), 1.0);
    QCOMPARE(m_view->transform().m11(), 1.0);
}

void TestCanvas::wheelZoomsAboutCursor()
{
    const QPoint at(200, 150);
    const QPointF before = m_view->mapToScene(at);
    QWheelEvent wheel(QPointF(at), QPointF(m_view->viewport()->mapToGlobal(at)), QPoint(),
                      QPoint(0, 120), Qt::NoButton, Qt::NoModifier, Qt::NoScrollPhase, false);
    QCoreApplication::sendEvent(m_view->viewport(), &wheel);
    QCOMPARE(m_view->zoom(), std::pow(1.0015, 120));
    const QPointF after = m_view->mapToScene(at);
    // Scrolling works in whole pixels: the point stays within one pixel.
    QVERIFY2(std::abs(after.x() - before.x()) <= 1.0 && std::abs(after.y() - before.y()) <= 1.0,
             qPrintable(QStringLiteral("(%1, %2) moved to (%3, %4)")
                            .arg(before.x())
                            .arg(before.y())
                            .arg(after.x())
                            .arg(after.y())));

    QWheelEvent back(QPointF(at), QPointF(m_view->viewport()->mapToGlobal(at)), QPoint(),
                     QPoint(0, -120), Qt::NoButton, Qt::NoModifier, Qt::NoScrollPhase, false);
    QCoreApplication::sendEvent(m_view->viewport(), &back);
    QCOMPARE(m_view->zoom(), 1.0);
}

void TestCanvas::fitToView()
{
    const QUuid a = addStage(seedTable(), QPointF(-2000, -1000));
    const QUuid b = addStage(generate(), QPointF(2000, 1000));
    m_view->fitToView();
    const QRectF viewport = m_view->viewport()->rect();
    const QRectF stages = m_scene->stagesBoundingRect();
    QCOMPARE(stages, QRectF(-2000, -1000, 4000 + StageItem::cardWidth,
                            2000 + m_scene->stageItem(b)->cardRect().height()));
    // Width limits here: (4200 + 2 * 40 margin) scene units across the viewport.
    QCOMPARE(m_view->zoom(), viewport.width() / (stages.width() + 80));
    QCOMPARE(m_view->transform().m11(), m_view->zoom());
    for (const QUuid &id : {a, b}) {
        const QRectF card =
            m_view->mapFromScene(m_scene->stageItem(id)->sceneBoundingRect()).boundingRect();
        QVERIFY(viewport.contains(card));
    }

    // A single stage is centred at 100 %, not blown up.
    stack()->push(new RemoveItemsCommand(graph(), {a}));
    m_view->fitToView();
    QCOMPARE(m_view->zoom(), 1.0);
    const QPointF centre = m_scene->stageItem(b)->sceneBoundingRect().center();
    const QPointF shown = m_view->mapToScene(m_view->viewport()->rect().center());
    QVERIFY(std::abs(shown.x() - centre.x()) <= 1 && std::abs(shown.y() - centre.y()) <= 1);

    // Stages too far apart stop at the minimum zoom.
    addStage(generate(), QPointF(-40000, 0));
    addStage(generate(), QPointF(40000, 0));
    m_view->fitToView();
    QCOMPARE(m_view->zoom(), CanvasView::minimumZoom);
}

void TestCanvas::middleButtonPans()
{
    const QPoint centre = m_view->viewport()->rect().center();
    const QPointF before = m_view->mapToScene(centre);
    drag(QPoint(500, 350), QPoint(400, 300), Qt::MiddleButton);
    const QPointF after = m_view->mapToScene(centre);
    QCOMPARE(after - before, QPointF(100, 50));
    QCOMPARE(stack()->count(), 0);
}

void TestCanvas::spaceDragPans()
{
    const QUuid id = addStage(generate(), QPointF(0, 0));
    const QPoint centre = m_view->viewport()->rect().center();
    const QPointF before = m_view->mapToScene(centre);
    QTest::keyPress(m_view, Qt::Key_Space);
    // Even on a card, Space+drag pans instead of moving it.
    drag(viewPos(headerCentre(id)), viewPos(headerCentre(id)) + QPoint(-60, 40));
    QTest::keyRelease(m_view, Qt::Key_Space);
    QCOMPARE(m_view->mapToScene(centre) - before, QPointF(60, -40));
    QCOMPARE(graph()->stage(id)->position, QPointF(0, 0));
    QCOMPARE(stack()->count(), 1);

    // Released: a left drag moves the card again.
    drag(viewPos(headerCentre(id)), viewPos(headerCentre(id)) + QPoint(30, 0));
    QCOMPARE(graph()->stage(id)->position, QPointF(30, 0));
}

void TestCanvas::validationBadge()
{
    const QString unconnected =
        QStringLiteral("The input \"Input\" is not connected; connect a stage's output to it.");
    const auto mentionsUnconnected = [&unconnected](const QList<ValidationIssue> &issues) {
        for (const ValidationIssue &issue : issues) {
            if (issue.message == unconnected && issue.severity == ValidationIssue::Error)
                return true;
        }
        return false;
    };

    const QUuid gen = addStage(generate(), QPointF(0, 0));
    StageItem *item = m_scene->stageItem(gen);
    QTRY_VERIFY(mentionsUnconnected(item->validationIssues()));
    QVERIFY(item->hasErrors());
    QCOMPARE(item->validationIssues(), PipelineValidator::validateStage(*graph(), gen));
    QVERIFY(item->toolTip().contains(unconnected));

    const QUuid seed = addStage(seedTable(), QPointF(-300, 0));
    const QPoint from = viewPos(m_scene->portScenePos(seed, QString()));
    drag(from, viewPos(m_scene->portScenePos(gen, in())));
    QCOMPARE(graph()->edges().size(), 1);
    QTRY_VERIFY(!mentionsUnconnected(item->validationIssues()));
    QCOMPARE(item->validationIssues(), PipelineValidator::validateStage(*graph(), gen));
    QVERIFY(!item->toolTip().contains(unconnected));

    // Undo brings the error back.
    stack()->undo();
    QTRY_VERIFY(mentionsUnconnected(item->validationIssues()));

    // A stage whose only issue is a warning shows the amber state, not the red one.
    const StageType *seedType = StageRegistry::instance().type(seedTable());
    Stage rows{QUuid::createUuid(), seedTable(), QStringLiteral("Rows"), QPointF(-300, 300),
               seedType->defaultSettings()};
    rows.settings.insert(QStringLiteral("rows"),
                         QVariantList{QVariantMap{{QStringLiteral("q"), QStringLiteral("x")}}});
    stack()->push(new AddStagesCommand(graph(), {rows}));
    const QList<ValidationIssue> expected = PipelineValidator::validateStage(*graph(), rows.id);
    QCOMPARE(expected.size(), 1);
    QCOMPARE(expected.first().severity, ValidationIssue::Warning);
    StageItem *rowsItem = m_scene->stageItem(rows.id);
    QTRY_COMPARE(rowsItem->validationIssues(), expected);
    QVERIFY(rowsItem->hasWarnings());
    QVERIFY(!rowsItem->hasErrors());
}

void TestCanvas::selectionSignal()
{
    const QUuid a = addStage(seedTable(), QPointF(-300, -100));
    const QUuid b = addStage(generate(), QPointF(0, -100));
    QSignalSpy spy(m_scene, &CanvasScene::stageSelectionChanged);

    QTest::mouseClick(m_view->viewport(), Qt::LeftButton, Qt::NoModifier, viewPos(headerCentre(a)));
    QCOMPARE(spy.count(), 1);
    QCOMPARE(spy.last().first().value<QList<QUuid>>(), QList<QUuid>{a});

    QTest::mouseClick(m_view->viewport(), Qt::LeftButton, Qt::ControlModifier,
                      viewPos(headerCentre(b)));
    QCOMPARE(spy.count(), 2);
    QCOMPARE(spy.last().first().value<QList<QUuid>>(), (QList<QUuid>{a, b}));

    m_scene->selectStages({b});
    QCOMPARE(spy.count(), 3);
    QCOMPARE(spy.last().first().value<QList<QUuid>>(), QList<QUuid>{b});
    m_scene->selectStages({b}); // no change, no signal
    QCOMPARE(spy.count(), 3);

    m_scene->selectAll();
    QCOMPARE(spy.count(), 4);
    QCOMPARE(spy.last().first().value<QList<QUuid>>(), (QList<QUuid>{a, b}));

    QTest::mouseClick(m_view->viewport(), Qt::LeftButton, Qt::NoModifier,
                      viewPos(QPointF(-450, 300)));
    QCOMPARE(spy.count(), 5);
    QVERIFY(spy.last().first().value<QList<QUuid>>().isEmpty());
}

QTEST_MAIN(TestCanvas)
#include "tst_canvas.moc"
