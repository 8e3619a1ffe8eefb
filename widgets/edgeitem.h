#pragma once

#include "models/stage.h"

#include <QGraphicsItem>
#include <QPainterPath>

namespace Seedbed {

/*! \brief A connection on the canvas: a cubic Bézier curve from a stage's output port to an
    input port of another stage. CanvasScene sets its end points whenever either stage moves;
    the item never reads or edits the graph. */
class EdgeItem : public QGraphicsItem
{
public:
    enum { Type = UserType + 2 };

    explicit EdgeItem(const Edge &edge, QGraphicsItem *parent = nullptr);

    int type() const override { return Type; }

    const Edge &edge() const { return m_edge; }

    void setEndpoints(const QPointF &from, const QPointF &to);
    QPointF fromPos() const { return m_from; }
    QPointF toPos() const { return m_to; }
    QPainterPath path() const { return m_path; }

    /*! The curve that leaves \a from to the right and enters \a to from the left; shared with
        the line that follows the mouse while a connection is being drawn. */
    static QPainterPath curve(const QPointF &from, const QPointF &to);

    QRectF boundingRect() const override;
    QPainterPath shape() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

protected:
    void hoverEnterEvent(QGraphicsSceneHoverEvent *event) override;
    void hoverLeaveEvent(QGraphicsSceneHoverEvent *event) override;

private:
    Edge m_edge;
    QPointF m_from;
    QPointF m_to;
    QPainterPath m_path;
    QPainterPath m_shape;
    bool m_hovered = false;
};

} // namespace Seedbed
