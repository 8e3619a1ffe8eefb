#pragma once

#include "models/projectdocument.h"
#include "models/stage.h"
#include "models/stageclipboard.h"

#include <QGraphicsScene>
#include <QHash>
#include <QList>
#include <QPointer>
#include <QTimer>
#include <QUuid>

#include <optional>

class QGraphicsPathItem;

namespace Seedbed {

class EdgeItem;
class PipelineGraph;
class StageItem;

/*! \brief The node canvas: mirrors the document's PipelineGraph as StageItem and EdgeItem
    items and turns mouse gestures into undo commands on the document's stack.

    The graph is the single source of truth: items are created, moved, renamed and removed
    only in reaction to the graph's signals, and every edit is a command pushed on
    ProjectDocument::undoStack(). The document is not owned and must outlive the scene. */
class CanvasScene : public QGraphicsScene
{
    Q_OBJECT

public:
    explicit CanvasScene(ProjectDocument *document, QObject *parent = nullptr);
    ~CanvasScene() override;

    ProjectDocument *document() const { return m_document; }

    /*! Selected stages, in the graph's order. */
    QList<QUuid> selectedStageIds() const;
    /*! Selected connections, in the graph's order. */
    QList<Edge> selectedEdges() const;
    /*! Replaces the selection with the stages \a ids (unknown ids are skipped). */
    void selectStages(const QList<QUuid> &ids);
    /*! Selects every stage and connection. */
    void selectAll();

    /*! Deletes the selected stages and connections (and the connections of those stages) as
        one undo step. */
    void deleteSelection();
    /*! Adds a stage of type \a typeId with its top-left corner at \a scenePos (rounded to
        whole pixels) as one undo step, and selects it. Returns its id, or a null id when the
        type is unknown. */
    QUuid addStage(const QString &typeId, const QPointF &scenePos);
    /*! Adds what StageClipboard::paste() prepared as one undo step and selects the pasted
        stages. */
    void pasteStages(const StageClipboard::Paste &paste);

    StageItem *stageItem(const QUuid &id) const { return m_stageItems.value(id); }
    EdgeItem *edgeItem(const Edge &edge) const { return m_edgeItems.value(edge); }
    /*! Centre of a port in scene coordinates: the input \a inputPort of \a stage, or its
        output when \a inputPort is empty. A null point for an unknown stage. */
    QPointF portScenePos(const QUuid &stage, const QString &inputPort) const;
    /*! The cards of all stages, in scene coordinates; null when there are none. */
    QRectF stagesBoundingRect() const;

signals:
    /*! The selected stages changed (for the inspector). */
    void stageSelectionChanged(const QList<QUuid> &ids);
    /*! Something to tell the user, e.g. why a connection was refused (for the status bar). */
    void message(const QString &text);

protected:
    void mousePressEvent(QGraphicsSceneMouseEvent *event) override;
    void mouseMoveEvent(QGraphicsSceneMouseEvent *event) override;
    void mouseReleaseEvent(QGraphicsSceneMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;

private:
    // Mirroring the graph.
    void rebuild();
    void addStageItem(const QUuid &id);
    void removeStageItem(const QUuid &id);
    void addEdgeItem(const Edge &edge);
    void removeEdgeItem(const Edge &edge);
    void updateEdgesOf(const QUuid &stage);
    void validate();
    void emitSelectionIfChanged();

    StageItem *stageItemAt(const QPointF &scenePos) const;

    // Moving stages: items follow the mouse, the model changes once on release.
    void updateMove(const QPointF &scenePos);
    void commitMove();
    void cancelMove();
    /*! Ends a drag whose release never arrived, leaving the model untouched. */
    void abandonDrag();

    // Drawing a connection from an output port.
    void beginConnection(StageItem *from, const QPointF &scenePos);
    void updateConnection(const QPointF &scenePos);
    void finishConnection(QGraphicsSceneMouseEvent *event);
    void cancelConnection();
    void setDropTarget(StageItem *item, const QString &port, bool acceptable);
    void refuse(const QString &reason, QGraphicsSceneMouseEvent *event);

    QPointer<ProjectDocument> m_document;
    PipelineGraph *m_graph = nullptr;
    QHash<QUuid, StageItem *> m_stageItems;
    QHash<Edge, EdgeItem *> m_edgeItems;
    QTimer m_validationTimer;
    QList<QUuid> m_lastSelection;
    bool m_selecting = false;

    struct MoveDrag
    {
        QHash<QUuid, QPointF> origins; // model positions when the press happened
        QPointF pressScenePos;
        QPointF pressScreenPos;
        bool started = false; // past the drag distance, so that a click never moves
    };
    std::optional<MoveDrag> m_move;

    QUuid m_connectFrom;
    QGraphicsPathItem *m_connectLine = nullptr;
    StageItem *m_dropTarget = nullptr;
};

} // namespace Seedbed
