#pragma once

#include "models/pipelinevalidator.h"

#include <QCoreApplication>
#include <QGraphicsItem>
#include <QIcon>
#include <QList>
#include <QUuid>

namespace Seedbed {

struct StageType;

/*! \brief A stage card on the canvas: icon, name, type, category stripe, input ports on the
    left, the output port on the right and a validation badge.

    The item only shows what CanvasScene tells it (name, position, validation issues); it
    never reads or edits the graph itself, so that the graph stays the single source of truth.
    Item coordinates have the card's top-left corner at (0, 0), which is the stage's position
    in the model. */
class StageItem : public QGraphicsItem
{
    Q_DECLARE_TR_FUNCTIONS(Seedbed::StageItem)

public:
    enum { Type = UserType + 1 };

    static constexpr qreal cardWidth = 200;
    static constexpr qreal headerHeight = 56;
    static constexpr qreal portRowHeight = 22;
    static constexpr qreal portRadius = 6;
    //! How far from a port's centre a press or drop still counts as hitting it.
    static constexpr qreal portHitRadius = 11;

    /*! \a type may be nullptr for a type this version does not know. It points into the
        StageRegistry, which outlives every item. */
    StageItem(const QUuid &id, const StageType *type, QGraphicsItem *parent = nullptr);

    int type() const override { return Type; }

    QUuid stageId() const { return m_id; }
    const StageType *stageType() const { return m_type; }

    QString name() const { return m_name; }
    void setName(const QString &name);

    QList<ValidationIssue> validationIssues() const { return m_issues; }
    void setValidationIssues(const QList<ValidationIssue> &issues);
    bool hasErrors() const;
    bool hasWarnings() const;

    /*! The card in item coordinates; its height depends on the number of ports. */
    QRectF cardRect() const;
    bool hasOutput() const;
    QStringList inputPortIds() const;
    /*! Centre of the output port, in item coordinates. */
    QPointF outputPortPos() const;
    /*! Centre of the input port \a portId in item coordinates; the left edge of the header
        for a port the type does not declare, so that a stray edge still has an end. */
    QPointF inputPortPos(const QString &portId) const;
    /*! The input port under \a scenePos, or an empty string. */
    QString inputPortAt(const QPointF &scenePos) const;
    bool isOverOutputPort(const QPointF &scenePos) const;

    /*! Marks \a portId as the target of the connection being dragged; \a acceptable picks
        the colour. An empty \a portId clears the mark. */
    void setDropTarget(const QString &portId, bool acceptable);

    QRectF boundingRect() const override;
    QPainterPath shape() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

protected:
    void hoverMoveEvent(QGraphicsSceneHoverEvent *event) override;
    void hoverLeaveEvent(QGraphicsSceneHoverEvent *event) override;

private:
    void updateToolTip();
    enum class PortState { Normal, Hovered, DropAccepted, DropRefused };
    void paintPort(QPainter *painter, const QPointF &centre, PortState state,
                   const QPalette &palette, const QColor &accent) const;
    PortState inputPortState(const QString &portId) const;

    QUuid m_id;
    const StageType *m_type = nullptr;
    QString m_name;
    QIcon m_icon;
    bool m_hasIcon = false;
    QList<ValidationIssue> m_issues;
    QString m_hoveredInput;
    bool m_outputHovered = false;
    QString m_dropPort;
    bool m_dropAcceptable = false;
};

} // namespace Seedbed
