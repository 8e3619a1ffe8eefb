#include "widgets/canvasscene.h"

#include "models/graphcommands.h"
#include "models/pipelinegraph.h"
#include "models/pipelinevalidator.h"
#include "models/projectdocument.h"
#include "models/stageregistry.h"
#include "models/stagetype.h"
#include "widgets/edgeitem.h"
#include "widgets/stageitem.h"

#include <QGraphicsPathItem>
#include <QGraphicsSceneMouseEvent>
#include <QGuiApplication>
#include <QKeyEvent>
#include <QPalette>
#include <QStyleHints>
#include <QToolTip>
#include <QUndoStack>

#include <cmath>
#include <utility>

namespace Seedbed {

namespace {
// The file stores positions; whole pixels keep it tidy and diffs small.
QPointF wholePixels(const QPointF &point)
{
    return QPointF(std::round(point.x()), std::round(point.y()));
}

// Large enough never to stop panning, small enough for the scroll bars' int range at 3x.
constexpr qreal canvasExtent = 50000;
constexpr int refusalToolTipMs = 4000;
} // namespace

CanvasScene::CanvasScene(ProjectDocument *document, QObject *parent)
    : QGraphicsScene(parent)
    , m_document(document)
    , m_graph(document->graph())
{
    // A fixed rect: panning never hits an edge, and the scene does not grow (and make the
    // view jump) as cards are dragged outwards.
    setSceneRect(-canvasExtent, -canvasExtent, 2 * canvasExtent, 2 * canvasExtent);

    // Bulk edits (paste, delete, undo of either) change the graph many times in a row;
    // validating once afterwards is enough.
    m_validationTimer.setSingleShot(true);
    m_validationTimer.setInterval(0);
    connect(&m_validationTimer, &QTimer::timeout, this, &CanvasScene::validate);

    connect(m_graph, &PipelineGraph::stageAdded, this, &CanvasScene::addStageItem);
    // After the removal: views that must drop state first (the inspector) see
    // stageAboutToBeRemoved before the selection changes here.
    connect(m_graph, &PipelineGraph::stageRemoved, this, &CanvasScene::removeStageItem);
    connect(m_graph, &PipelineGraph::stageMoved, this,
            [this](const QUuid &id, const QPointF &position) {
                if (StageItem *item = m_stageItems.value(id)) {
                    item->setPos(position);
                    updateEdgesOf(id);
                }
            });
    connect(m_graph, &PipelineGraph::stageRenamed, this,
            [this](const QUuid &id, const QString &name) {
                if (StageItem *item = m_stageItems.value(id))
                    item->setName(name);
            });
    connect(m_graph, &PipelineGraph::edgeAdded, this, &CanvasScene::addEdgeItem);
    connect(m_graph, &PipelineGraph::edgeRemoved, this, &CanvasScene::removeEdgeItem);
    connect(m_graph, &PipelineGraph::graphReset, this, &CanvasScene::rebuild);
    // Settings do not change the card's look; their effect shows through validation.
    connect(m_graph, &PipelineGraph::changed, &m_validationTimer, qOverload<>(&QTimer::start));

    connect(this, &QGraphicsScene::selectionChanged, this, [this] {
        if (!m_selecting)
            emitSelectionIfChanged();
    });

    rebuild();
}

CanvasScene::~CanvasScene()
{
    // QGraphicsScene's destructor deletes the items after our members are gone; delete them
    // now, while the selection handler still finds a whole object, and ignore the graph.
    if (m_document)
        disconnect(m_graph, nullptr, this, nullptr);
    m_validationTimer.stop();
    m_selecting = true;
    m_connectLine = nullptr;
    m_stageItems.clear();
    m_edgeItems.clear();
    clear();
}

QList<QUuid> CanvasScene::selectedStageIds() const
{
    QList<QUuid> ids;
    for (const Stage &stage : m_graph->stages()) {
        const StageItem *item = m_stageItems.value(stage.id);
        if (item && item->isSelected())
            ids.append(stage.id);
    }
    return ids;
}

QList<Edge> CanvasScene::selectedEdges() const
{
    QList<Edge> edges;
    for (const Edge &edge : m_graph->edges()) {
        const EdgeItem *item = m_edgeItems.value(edge);
        if (item && item->isSelected())
            edges.append(edge);
    }
    return edges;
}

void CanvasScene::selectStages(const QList<QUuid> &ids)
{
    // One selection signal for the whole change, not one per item.
    m_selecting = true;
    clearSelection();
    for (const QUuid &id : ids) {
        if (StageItem *item = m_stageItems.value(id))
            item->setSelected(true);
    }
    m_selecting = false;
    emitSelectionIfChanged();
}

void CanvasScene::selectAll()
{
    m_selecting = true;
    for (StageItem *item : std::as_const(m_stageItems))
        item->setSelected(true);
    for (EdgeItem *item : std::as_const(m_edgeItems))
        item->setSelected(true);
    m_selecting = false;
    emitSelectionIfChanged();
}

void CanvasScene::deleteSelection()
{
    const QList<QUuid> stages = selectedStageIds();
    const QList<Edge> edges = selectedEdges();
    if (stages.isEmpty() && edges.isEmpty())
        return;
    m_document->undoStack()->push(new RemoveItemsCommand(m_graph, stages, edges));
}

QUuid CanvasScene::addStage(const QString &typeId, const QPointF &scenePos)
{
    const StageType *type = StageRegistry::instance().type(typeId);
    if (!type) {
        emit message(tr("There is no stage type \"%1\" in this version of Seedbed.").arg(typeId));
        return QUuid();
    }
    Stage stage;
    stage.id = QUuid::createUuid();
    stage.type = type->id;
    stage.name = m_graph->uniqueStageName(type->displayName());
    stage.position = wholePixels(scenePos);
    stage.settings = type->defaultSettings();
    m_document->undoStack()->push(new AddStagesCommand(m_graph, {stage}));
    selectStages({stage.id});
    return stage.id;
}

void CanvasScene::pasteStages(const StageClipboard::Paste &paste)
{
    if (paste.stages.isEmpty())
        return;
    m_document->undoStack()->push(
        new AddStagesCommand(m_graph, paste.stages, paste.edges, paste.templates));
    QList<QUuid> ids;
    ids.reserve(paste.stages.size());
    for (const Stage &stage : paste.stages)
        ids.append(stage.id);
    selectStages(ids);
}

QPointF CanvasScene::portScenePos(const QUuid &stage, const QString &inputPort) const
{
    const StageItem *item = m_stageItems.value(stage);
    if (!item)
        return QPointF();
    return item->mapToScene(inputPort.isEmpty() ? item->outputPortPos()
                                                : item->inputPortPos(inputPort));
}

QRectF CanvasScene::stagesBoundingRect() const
{
    QRectF rect;
    for (const StageItem *item : m_stageItems)
        rect |= item->mapRectToScene(item->cardRect());
    return rect;
}

// --- mirroring the graph ------------------------------------------------------------------

void CanvasScene::rebuild()
{
    cancelConnection();
    m_move.reset();
    m_dropTarget = nullptr;
    m_selecting = true;
    for (EdgeItem *item : std::as_const(m_edgeItems)) {
        removeItem(item);
        delete item;
    }
    m_edgeItems.clear();
    for (StageItem *item : std::as_const(m_stageItems)) {
        removeItem(item);
        delete item;
    }
    m_stageItems.clear();
    for (const Stage &stage : m_graph->stages())
        addStageItem(stage.id);
    for (const Edge &edge : m_graph->edges())
        addEdgeItem(edge);
    m_selecting = false;
    emitSelectionIfChanged();
    m_validationTimer.start();
}

void CanvasScene::addStageItem(const QUuid &id)
{
    const Stage *stage = m_graph->stage(id);
    if (!stage || m_stageItems.contains(id))
        return;
    auto *item = new StageItem(id, m_graph->typeOf(id));
    item->setName(stage->name);
    item->setPos(stage->position);
    addItem(item);
    m_stageItems.insert(id, item);
}

void CanvasScene::removeStageItem(const QUuid &id)
{
    StageItem *item = m_stageItems.take(id);
    if (!item)
        return;
    if (m_move)
        m_move->origins.remove(id);
    if (m_connectFrom == id)
        cancelConnection();
    if (m_dropTarget == item)
        m_dropTarget = nullptr;
    removeItem(item);
    delete item;
}

void CanvasScene::addEdgeItem(const Edge &edge)
{
    if (m_edgeItems.contains(edge))
        return;
    auto *item = new EdgeItem(edge);
    item->setEndpoints(portScenePos(edge.from, QString()), portScenePos(edge.to, edge.toPort));
    addItem(item);
    m_edgeItems.insert(edge, item);
}

void CanvasScene::removeEdgeItem(const Edge &edge)
{
    EdgeItem *item = m_edgeItems.take(edge);
    if (!item)
        return;
    removeItem(item);
    delete item;
}

void CanvasScene::updateEdgesOf(const QUuid &stage)
{
    for (const Edge &edge : m_graph->edgesOf(stage)) {
        if (EdgeItem *item = m_edgeItems.value(edge))
            item->setEndpoints(portScenePos(edge.from, QString()),
                               portScenePos(edge.to, edge.toPort));
    }
}

void CanvasScene::validate()
{
    if (!m_document)
        return;
    for (auto it = m_stageItems.cbegin(); it != m_stageItems.cend(); ++it)
        it.value()->setValidationIssues(PipelineValidator::validateStage(*m_graph, it.key()));
}

void CanvasScene::emitSelectionIfChanged()
{
    const QList<QUuid> ids = selectedStageIds();
    if (ids == m_lastSelection)
        return;
    m_lastSelection = ids;
    emit stageSelectionChanged(ids);
}

StageItem *CanvasScene::stageItemAt(const QPointF &scenePos) const
{
    const QList<QGraphicsItem *> hits =
        items(scenePos, Qt::IntersectsItemShape, Qt::DescendingOrder);
    for (QGraphicsItem *hit : hits) {
        if (auto *item = qgraphicsitem_cast<StageItem *>(hit))
            return item;
    }
    return nullptr;
}

// --- mouse ----------------------------------------------------------------------------------

void CanvasScene::mousePressEvent(QGraphicsSceneMouseEvent *event)
{
    if (!m_connectFrom.isNull() || m_move) {
        if (event->button() != Qt::LeftButton && (event->buttons() & Qt::LeftButton)) {
            event->accept(); // a second button during a drag changes nothing
            return;
        }
        // The left button was released where we could not see it (e.g. over a popup).
        abandonDrag();
    }
    if (event->button() == Qt::LeftButton) {
        StageItem *item = stageItemAt(event->scenePos());
        if (item && item->isOverOutputPort(event->scenePos())) {
            beginConnection(item, event->scenePos());
            event->accept();
            return;
        }
    }

    // Selection follows Qt's rules (click, Ctrl+click, press on a selected card keeps the
    // group); then a press on a card prepares moving every selected stage.
    QGraphicsScene::mousePressEvent(event);
    if (event->button() != Qt::LeftButton || !event->isAccepted())
        return;
    auto *grabbed = qgraphicsitem_cast<StageItem *>(mouseGrabberItem());
    if (!grabbed)
        return;
    MoveDrag move;
    move.pressScenePos = event->scenePos();
    move.pressScreenPos = event->screenPos();
    QList<QUuid> ids = selectedStageIds();
    if (!ids.contains(grabbed->stageId()))
        ids.append(grabbed->stageId());
    for (const QUuid &id : std::as_const(ids)) {
        if (const Stage *stage = m_graph->stage(id))
            move.origins.insert(id, stage->position);
    }
    m_move = move;
}

void CanvasScene::mouseMoveEvent(QGraphicsSceneMouseEvent *event)
{
    // Without the left button the release was lost: drop the drag instead of sticking to it.
    if ((m_move || !m_connectFrom.isNull()) && !(event->buttons() & Qt::LeftButton))
        abandonDrag();
    if (!m_connectFrom.isNull()) {
        updateConnection(event->scenePos());
        event->accept();
        return;
    }
    if (m_move) {
        if (!m_move->started) {
            const QPointF travelled = event->screenPos() - m_move->pressScreenPos;
            if (travelled.manhattanLength() < QGuiApplication::styleHints()->startDragDistance()) {
                event->accept();
                return;
            }
            m_move->started = true;
        }
        updateMove(event->scenePos());
        event->accept();
        return;
    }
    QGraphicsScene::mouseMoveEvent(event);
}

void CanvasScene::mouseReleaseEvent(QGraphicsSceneMouseEvent *event)
{
    if (!m_connectFrom.isNull()) {
        if (event->button() == Qt::LeftButton)
            finishConnection(event);
        event->accept();
        return;
    }
    const bool endsMove = m_move && event->button() == Qt::LeftButton;
    if (endsMove && m_move->started)
        updateMove(event->scenePos());
    QGraphicsScene::mouseReleaseEvent(event);
    if (endsMove)
        commitMove();
}

void CanvasScene::keyPressEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Escape && (m_move || !m_connectFrom.isNull())) {
        cancelMove();
        cancelConnection();
        event->accept();
        return;
    }
    QGraphicsScene::keyPressEvent(event);
}

// --- moving -----------------------------------------------------------------------------

void CanvasScene::updateMove(const QPointF &scenePos)
{
    const QPointF delta = scenePos - m_move->pressScenePos;
    for (auto it = m_move->origins.cbegin(); it != m_move->origins.cend(); ++it) {
        if (StageItem *item = m_stageItems.value(it.key())) {
            item->setPos(wholePixels(it.value() + delta));
            updateEdgesOf(it.key());
        }
    }
}

void CanvasScene::commitMove()
{
    if (!m_move)
        return;
    const MoveDrag move = *std::exchange(m_move, std::nullopt);
    if (!move.started)
        return;
    QHash<QUuid, QPointF> positions;
    for (auto it = move.origins.cbegin(); it != move.origins.cend(); ++it) {
        const StageItem *item = m_stageItems.value(it.key());
        const Stage *stage = m_graph->stage(it.key());
        if (item && stage && item->pos() != stage->position)
            positions.insert(it.key(), item->pos());
    }
    if (positions.isEmpty())
        return;
    QUndoStack *stack = m_document->undoStack();
    // A drag is one undo step of its own: never merge it into a move pushed before (e.g. a
    // previous drag), nor let a later move merge into it.
    if (stack->index() > 0) {
        const QUndoCommand *top = stack->command(stack->index() - 1);
        // QUndoStack only hands out const commands; finishing one is what MoveStagesCommand
        // offers for exactly this purpose.
        if (top && top->id() == MoveStagesId)
            const_cast<MoveStagesCommand *>(static_cast<const MoveStagesCommand *>(top))->finish();
    }
    auto *command = new MoveStagesCommand(m_graph, positions);
    command->finish();
    stack->push(command);
}

void CanvasScene::cancelMove()
{
    if (!m_move)
        return;
    const MoveDrag move = *std::exchange(m_move, std::nullopt);
    // Put the cards back where the model says they are.
    for (auto it = move.origins.cbegin(); it != move.origins.cend(); ++it) {
        StageItem *item = m_stageItems.value(it.key());
        const Stage *stage = m_graph->stage(it.key());
        if (item && stage) {
            item->setPos(stage->position);
            updateEdgesOf(it.key());
        }
    }
}

void CanvasScene::abandonDrag()
{
    cancelMove();
    cancelConnection();
    // The card still holds the mouse grab from the press whose release never came.
    if (QGraphicsItem *grabber = mouseGrabberItem())
        grabber->ungrabMouse();
}

// --- connecting -------------------------------------------------------------------------

void CanvasScene::beginConnection(StageItem *from, const QPointF &scenePos)
{
    m_connectFrom = from->stageId();
    m_connectLine = new QGraphicsPathItem;
    QPen pen(palette().color(QPalette::Highlight), 2, Qt::DashLine, Qt::RoundCap);
    pen.setCosmetic(true);
    m_connectLine->setPen(pen);
    m_connectLine->setZValue(10);
    addItem(m_connectLine);
    updateConnection(scenePos);
}

void CanvasScene::updateConnection(const QPointF &scenePos)
{
    QPointF end = scenePos;
    StageItem *target = stageItemAt(scenePos);
    const QString port = target ? target->inputPortAt(scenePos) : QString();
    if (target && !port.isEmpty()) {
        // Snap to the port and tell, before release, whether the graph would accept it.
        end = target->mapToScene(target->inputPortPos(port));
        setDropTarget(target, port, m_graph->canConnect({m_connectFrom, target->stageId(), port}));
    } else {
        setDropTarget(nullptr, QString(), false);
    }
    if (m_connectLine)
        m_connectLine->setPath(EdgeItem::curve(portScenePos(m_connectFrom, QString()), end));
}

void CanvasScene::finishConnection(QGraphicsSceneMouseEvent *event)
{
    const QUuid from = m_connectFrom;
    cancelConnection();
    const QPointF pos = event->scenePos();
    StageItem *target = stageItemAt(pos);
    if (!target)
        return; // released on the empty canvas: simply no connection
    QString port = target->inputPortAt(pos);
    if (port.isEmpty()) {
        if (target->stageId() == from)
            return; // a click on the output port, not an attempt to connect
        // Dropping on the card means its only input; a source reports why it takes none.
        const QStringList inputs = target->inputPortIds();
        if (inputs.size() == 1) {
            port = inputs.first();
        } else if (inputs.size() > 1) {
            refuse(tr("Drop the connection on one of the inputs of \"%1\".").arg(target->name()),
                   event);
            return;
        }
    }
    const Edge edge{from, target->stageId(), port};
    QString reason;
    if (!m_graph->canConnect(edge, &reason)) {
        refuse(reason, event);
        return;
    }
    m_document->undoStack()->push(new ConnectCommand(m_graph, edge));
}

void CanvasScene::cancelConnection()
{
    setDropTarget(nullptr, QString(), false);
    m_connectFrom = QUuid();
    if (m_connectLine) {
        removeItem(m_connectLine);
        delete m_connectLine;
        m_connectLine = nullptr;
    }
}

void CanvasScene::setDropTarget(StageItem *item, const QString &port, bool acceptable)
{
    if (m_dropTarget && m_dropTarget != item)
        m_dropTarget->setDropTarget(QString(), false);
    m_dropTarget = item;
    if (item)
        item->setDropTarget(port, acceptable);
}

void CanvasScene::refuse(const QString &reason, QGraphicsSceneMouseEvent *event)
{
    emit message(reason);
    QToolTip::showText(event->screenPos(), reason, event->widget(), QRect(), refusalToolTipMs);
}

} // namespace Seedbed
