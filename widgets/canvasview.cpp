#include "widgets/canvasview.h"

#include "widgets/edgeitem.h"

#include "models/stageregistry.h"
#include "models/stagetypemodel.h"
#include "widgets/canvasscene.h"
#include "widgets/stageitem.h"

#include <QDragEnterEvent>
#include <QDropEvent>
#include <QGestureEvent>
#include <QMimeData>
#include <QNativeGestureEvent>
#include <QPainter>
#include <QPinchGesture>
#include <QScrollBar>
#include <QWheelEvent>

#include <algorithm>
#include <cmath>

namespace Seedbed {

namespace {
constexpr double zoomStep = 1.25;
constexpr qreal fitMargin = 40;
constexpr qreal gridStep = 20;
constexpr int gridMajorEvery = 5;
// Below this on-screen spacing the fine grid is noise; only the coarse lines remain.
constexpr qreal minimumGridPixels = 8;

// The stage type a drag carries, or an empty string when it is not one we can add.
QString draggedTypeId(const QMimeData *mime)
{
    const QString format = QLatin1String(StageTypeModel::mimeType);
    if (!mime || !mime->hasFormat(format))
        return QString();
    const QString id = QString::fromUtf8(mime->data(format)).trimmed();
    return StageRegistry::instance().type(id) ? id : QString();
}
} // namespace

CanvasView::CanvasView(CanvasScene *scene, QWidget *parent)
    : QGraphicsView(scene, parent)
{
    setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing |
                   QPainter::SmoothPixmapTransform);
    setDragMode(QGraphicsView::RubberBandDrag);
    // Only what lies wholly inside the band: a band across a long connection should not
    // pick it up and delete it with the stages.
    setRubberBandSelectionMode(Qt::ContainsItemShape);
    // Zooming anchors itself (see zoomAbout); a resize keeps the middle in place.
    setTransformationAnchor(QGraphicsView::NoAnchor);
    setResizeAnchor(QGraphicsView::AnchorViewCenter);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setFrameShape(QFrame::NoFrame);
    setAcceptDrops(true);
    viewport()->setAcceptDrops(true);
    viewport()->grabGesture(Qt::PinchGesture);
    setFocusPolicy(Qt::StrongFocus);
    centerOn(0, 0);
}

CanvasScene *CanvasView::canvasScene() const
{
    return static_cast<CanvasScene *>(scene());
}

void CanvasView::setZoom(double zoom)
{
    zoomAbout(zoom, QRectF(viewport()->rect()).center());
}

void CanvasView::zoomIn()
{
    setZoom(m_zoom * zoomStep);
}

void CanvasView::zoomOut()
{
    setZoom(m_zoom / zoomStep);
}

void CanvasView::resetZoom()
{
    setZoom(1.0);
}

void CanvasView::fitToViewWhenShown()
{
    m_fitPending = true;
    if (isVisible())
        fitToView();
}

void CanvasView::resizeEvent(QResizeEvent *event)
{
    QGraphicsView::resizeEvent(event);
    if (m_fitPending)
        fitToView();
}

void CanvasView::fitToView()
{
    QRectF stages = canvasScene()->stagesBoundingRect();
    if (!stages.isNull()) {
        // Connections that run backwards curve outside the cards: fit them too.
        for (const QGraphicsItem *item : canvasScene()->items()) {
            if (item->type() == EdgeItem::Type)
                stages |= item->sceneBoundingRect();
        }
    }
    if (stages.isNull()) {
        resetZoom();
        centerOn(0, 0);
        return;
    }
    const QRectF target = stages.adjusted(-fitMargin, -fitMargin, fitMargin, fitMargin);
    const QRectF area = viewport()->rect();
    const double fit = std::min(area.width() / target.width(), area.height() / target.height());
    m_zoom = std::clamp(fit, minimumZoom, 1.0);
    setTransform(QTransform::fromScale(m_zoom, m_zoom));
    centerOn(target.center());
    emit zoomChanged(m_zoom);
}

void CanvasView::zoomAbout(double zoom, const QPointF &viewportPos)
{
    m_fitPending = false; // the user chose a zoom
    zoom = std::clamp(zoom, minimumZoom, maximumZoom);
    if (zoom == m_zoom)
        return;
    const QPoint anchor = viewportPos.toPoint();
    const QPointF before = mapToScene(anchor);
    m_zoom = zoom;
    setTransform(QTransform::fromScale(zoom, zoom));
    // Scroll so that the scene point under the anchor stays under it.
    const QPointF shift = (before - mapToScene(anchor)) * zoom;
    horizontalScrollBar()->setValue(horizontalScrollBar()->value() + qRound(shift.x()));
    verticalScrollBar()->setValue(verticalScrollBar()->value() + qRound(shift.y()));
    emit zoomChanged(m_zoom);
}

void CanvasView::wheelEvent(QWheelEvent *event)
{
    const int delta = event->angleDelta().y();
    if (delta == 0) {
        QGraphicsView::wheelEvent(event); // a sideways wheel pans
        return;
    }
    // 120 units (one notch) zoom by about 20 %.
    zoomAbout(m_zoom * std::pow(1.0015, delta), event->position());
    event->accept();
}

bool CanvasView::viewportEvent(QEvent *event)
{
    if (event->type() == QEvent::NativeGesture) {
        auto *gesture = static_cast<QNativeGestureEvent *>(event);
        if (gesture->gestureType() == Qt::ZoomNativeGesture) {
            zoomAbout(m_zoom * (1.0 + gesture->value()), gesture->position());
            event->accept();
            return true;
        }
    } else if (event->type() == QEvent::Gesture) {
        auto *gestureEvent = static_cast<QGestureEvent *>(event);
        if (auto *pinch = static_cast<QPinchGesture *>(gestureEvent->gesture(Qt::PinchGesture))) {
            if (pinch->changeFlags() & QPinchGesture::ScaleFactorChanged)
                zoomAbout(m_zoom * pinch->scaleFactor(),
                          viewport()->mapFromGlobal(pinch->centerPoint().toPoint()));
            gestureEvent->accept(pinch);
            return true;
        }
    }
    return QGraphicsView::viewportEvent(event);
}

void CanvasView::mousePressEvent(QMouseEvent *event)
{
    m_fitPending = false;
    if (event->button() == Qt::MiddleButton || (event->button() == Qt::LeftButton && m_spaceHeld)) {
        m_panning = true;
        m_panLast = event->position().toPoint();
        updatePanCursor();
        event->accept();
        return;
    }
    QGraphicsView::mousePressEvent(event);
}

void CanvasView::mouseMoveEvent(QMouseEvent *event)
{
    if (m_panning) {
        const QPoint position = event->position().toPoint();
        const QPoint delta = position - m_panLast;
        m_panLast = position;
        horizontalScrollBar()->setValue(horizontalScrollBar()->value() - delta.x());
        verticalScrollBar()->setValue(verticalScrollBar()->value() - delta.y());
        event->accept();
        return;
    }
    QGraphicsView::mouseMoveEvent(event);
}

void CanvasView::mouseReleaseEvent(QMouseEvent *event)
{
    if (m_panning) {
        if (event->button() == Qt::MiddleButton || event->button() == Qt::LeftButton)
            endPan();
        event->accept();
        return;
    }
    QGraphicsView::mouseReleaseEvent(event);
}

void CanvasView::keyPressEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Space) {
        if (!event->isAutoRepeat()) {
            m_spaceHeld = true;
            updatePanCursor();
        }
        event->accept();
        return;
    }
    QGraphicsView::keyPressEvent(event);
}

void CanvasView::keyReleaseEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Space) {
        if (!event->isAutoRepeat()) {
            m_spaceHeld = false;
            updatePanCursor();
        }
        event->accept();
        return;
    }
    QGraphicsView::keyReleaseEvent(event);
}

void CanvasView::focusOutEvent(QFocusEvent *event)
{
    // The Space release may go to another window; never stay stuck in pan mode.
    m_spaceHeld = false;
    endPan();
    QGraphicsView::focusOutEvent(event);
}

void CanvasView::endPan()
{
    m_panning = false;
    updatePanCursor();
}

void CanvasView::updatePanCursor()
{
    if (m_panning)
        viewport()->setCursor(Qt::ClosedHandCursor);
    else if (m_spaceHeld)
        viewport()->setCursor(Qt::OpenHandCursor);
    else
        viewport()->unsetCursor();
}

void CanvasView::dragEnterEvent(QDragEnterEvent *event)
{
    // Only stage types may land here; QGraphicsScene would accept any drag by default.
    if (draggedTypeId(event->mimeData()).isEmpty())
        event->ignore();
    else
        event->acceptProposedAction();
}

void CanvasView::dragMoveEvent(QDragMoveEvent *event)
{
    if (draggedTypeId(event->mimeData()).isEmpty())
        event->ignore();
    else
        event->acceptProposedAction();
}

void CanvasView::dropEvent(QDropEvent *event)
{
    const QString typeId = draggedTypeId(event->mimeData());
    if (typeId.isEmpty()) {
        event->ignore();
        return;
    }
    // The card lands centred under the cursor, its header where the pointer is.
    const QPointF scenePos = mapToScene(event->position().toPoint()) -
                             QPointF(StageItem::cardWidth / 2, StageItem::headerHeight / 2);
    canvasScene()->addStage(typeId, scenePos);
    event->acceptProposedAction();
    setFocus(Qt::MouseFocusReason);
}

void CanvasView::drawBackground(QPainter *painter, const QRectF &rect)
{
    const QPalette palette = this->palette();
    painter->fillRect(rect, palette.color(QPalette::Window));

    QColor minorColor = palette.color(QPalette::Text);
    minorColor.setAlphaF(0.05f);
    QColor majorColor = palette.color(QPalette::Text);
    majorColor.setAlphaF(0.11f);

    const bool showMinor = gridStep * m_zoom >= minimumGridPixels;
    const qreal step = showMinor ? gridStep : gridStep * gridMajorEvery;
    QList<QLineF> minor;
    QList<QLineF> major;
    const auto isMajor = [](qreal coordinate) {
        return qRound64(coordinate / gridStep) % gridMajorEvery == 0;
    };
    for (qreal x = std::floor(rect.left() / step) * step; x <= rect.right(); x += step)
        (isMajor(x) ? major : minor).append(QLineF(x, rect.top(), x, rect.bottom()));
    for (qreal y = std::floor(rect.top() / step) * step; y <= rect.bottom(); y += step)
        (isMajor(y) ? major : minor).append(QLineF(rect.left(), y, rect.right(), y));

    painter->save();
    painter->setRenderHint(QPainter::Antialiasing, false); // crisp hairlines
    painter->setPen(QPen(minorColor, 0));
    painter->drawLines(minor);
    painter->setPen(QPen(majorColor, 0));
    painter->drawLines(major);
    painter->restore();
}

} // namespace Seedbed
