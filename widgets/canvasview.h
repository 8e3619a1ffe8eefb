#pragma once

#include <QGraphicsView>

namespace Seedbed {

class CanvasScene;

/*! \brief The view on the node canvas: zoom (wheel about the cursor, pinch, buttons), pan
    (middle button, or Space with the left button), rubber-band selection, a grid background
    and drops of stage types from the palette. */
class CanvasView : public QGraphicsView
{
    Q_OBJECT

public:
    static constexpr double minimumZoom = 0.2;
    static constexpr double maximumZoom = 3.0;

    /*! The scene is not owned. */
    explicit CanvasView(CanvasScene *scene, QWidget *parent = nullptr);

    CanvasScene *canvasScene() const;

    double zoom() const { return m_zoom; }
    /*! Sets the zoom, clamped to [minimumZoom, maximumZoom], about the viewport's centre. */
    void setZoom(double zoom);
    void zoomIn();
    void zoomOut();
    void resetZoom();
    /*! Shows every stage with a margin, never enlarging beyond 100 %. */
    void fitToView();
    /*! Fits the pipeline once the view has its final size: on the next resize, or now when
        it is already visible. Until then, the user's own zoom or pan cancels it. */
    void fitToViewWhenShown();

signals:
    void zoomChanged(double zoom);

protected:
    void resizeEvent(QResizeEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;
    bool viewportEvent(QEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void keyReleaseEvent(QKeyEvent *event) override;
    void focusOutEvent(QFocusEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dragMoveEvent(QDragMoveEvent *event) override;
    void dropEvent(QDropEvent *event) override;
    void drawBackground(QPainter *painter, const QRectF &rect) override;

private:
    void zoomAbout(double zoom, const QPointF &viewportPos);
    void endPan();
    void updatePanCursor();

    double m_zoom = 1.0;
    bool m_fitPending = false;
    bool m_spaceHeld = false;
    bool m_panning = false;
    QPoint m_panLast;
};

} // namespace Seedbed
