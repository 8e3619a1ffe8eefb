#include "widgets/edgeitem.h"

#include <QGraphicsScene>
#include <QPainter>
#include <QPainterPathStroker>
#include <QPalette>
#include <QWidget>

#include <algorithm>
#include <cmath>

namespace Seedbed {

namespace {
// A thin curve is hard to hit with the mouse; select within this width instead.
constexpr qreal pickWidth = 12;
} // namespace

EdgeItem::EdgeItem(const Edge &edge, QGraphicsItem *parent)
    : QGraphicsItem(parent)
    , m_edge(edge)
{
    setFlag(ItemIsSelectable);
    setAcceptHoverEvents(true);
    // Under the cards, so that the port circles cover the curve's ends.
    setZValue(-1);
}

void EdgeItem::setEndpoints(const QPointF &from, const QPointF &to)
{
    if (from == m_from && to == m_to && !m_path.isEmpty())
        return;
    prepareGeometryChange();
    m_from = from;
    m_to = to;
    m_path = curve(from, to);
    QPainterPathStroker stroker;
    stroker.setWidth(pickWidth);
    stroker.setCapStyle(Qt::RoundCap);
    m_shape = stroker.createStroke(m_path);
}

QPainterPath EdgeItem::curve(const QPointF &from, const QPointF &to)
{
    // Horizontal tangents at both ends; a backward edge bends out further so it stays legible.
    const qreal reach = std::max<qreal>(50, std::abs(to.x() - from.x()) / 2);
    QPainterPath path(from);
    path.cubicTo(from + QPointF(reach, 0), to - QPointF(reach, 0), to);
    return path;
}

QRectF EdgeItem::boundingRect() const
{
    return m_shape.boundingRect();
}

QPainterPath EdgeItem::shape() const
{
    return m_shape;
}

void EdgeItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget)
{
    Q_UNUSED(option)
    const QPalette palette =
        widget ? widget->palette() : (scene() ? scene()->palette() : QPalette());
    const bool selected = isSelected();
    QColor color = selected ? palette.color(QPalette::Highlight) : palette.color(QPalette::Text);
    if (!selected)
        color.setAlphaF(m_hovered ? 0.75f : 0.5f);
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setBrush(Qt::NoBrush);
    painter->setPen(QPen(color, selected ? 3 : (m_hovered ? 2.5 : 2), Qt::SolidLine, Qt::RoundCap));
    painter->drawPath(m_path);
}

void EdgeItem::hoverEnterEvent(QGraphicsSceneHoverEvent *event)
{
    m_hovered = true;
    update();
    QGraphicsItem::hoverEnterEvent(event);
}

void EdgeItem::hoverLeaveEvent(QGraphicsSceneHoverEvent *event)
{
    m_hovered = false;
    update();
    QGraphicsItem::hoverLeaveEvent(event);
}

} // namespace Seedbed
