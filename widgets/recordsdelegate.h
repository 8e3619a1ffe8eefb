#pragma once

#include <QFont>
#include <QFontMetricsF>
#include <QHash>
#include <QPointer>
#include <QStaticText>
#include <QStyledItemDelegate>
#include <QTimer>

class QAbstractItemView;

namespace Seedbed {

/*! \brief Paints the cells of the records table: what QStyledItemDelegate paints for a cell
    without word wrap, icon or check box (the style's item background and focus frame, the
    display text on one line, elided as the view asks), without laying out the text again on
    every paint.

    The text of a cell is elided and laid out once, then kept (a QStaticText) per row and
    column with the text, width and font it was made for, so a repaint while scrolling only
    draws glyphs; a cell whose text, width or font changed is made again. Eliding looks at the
    part of a long text that can fill the cell, not at all of it. Cells it cannot paint that
    way (several lines, an icon, a check box, wrapping, an open editor) go to
    QStyledItemDelegate::paint(). Up to cacheSize cells are kept.

    A page scrolled to for the first time would still be laid out all at once, in the frame
    that shows it. So when the event loop is idle after a paint, the delegate lays out the page
    below the visible rows and the page above them ahead of time, in slices of at most
    prefetchSliceMs so that input is never kept waiting longer; PageDown, PageUp and the wheel
    then paint from kept texts. */
class RecordsDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    explicit RecordsDelegate(QObject *parent = nullptr);

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;

    /*! Forgets the laid-out texts (they are made again as cells are painted). */
    void clearCache();
    /*! Cells whose laid-out text is kept (visible ones and those scrolled past recently). */
    static constexpr int cacheSize = 4096;
    /*! Cells painted from a kept text and cells laid out, since the last clearCache(): for
        tests and benchmarks. */
    qint64 cacheHits() const { return m_hits; }
    qint64 cacheMisses() const { return m_misses; }
    /*! Cells laid out ahead of time, while idle, since the last clearCache(). */
    qint64 prefetched() const { return m_prefetched; }
    /*! Longest time one slice of laying out ahead may take. */
    static constexpr int prefetchSliceMs = 4;
    /*! Whether cells are laid out ahead of time (on by default). */
    void setPrefetchEnabled(bool enabled);

private:
    struct Entry
    {
        QString source; // the display text the layout was made from
        int width = -1; // of the text rectangle
        Qt::TextElideMode elideMode = Qt::ElideRight;
        QStaticText text;
        QSizeF size;          // of the laid-out text
        qreal lineHeight = 0; // that the text is placed by
    };
    const Entry *entry(const QStyleOptionViewItem &option, const QModelIndex &index, int width,
                       bool counted = true) const;
    int textWidth(const QStyleOptionViewItem &option) const;
    void prefetchSlice();
    QString elided(const QString &text, Qt::TextElideMode mode, int width) const;
    void setFont(const QFont &font) const;

    // Two generations: a full current one becomes the previous one; hits move back.
    mutable QHash<quint64, Entry> m_current;
    mutable QHash<quint64, Entry> m_previous;
    mutable QFont m_font;
    mutable QFontMetricsF m_metrics;
    mutable qreal m_narrowest = 1; // the narrowest printable ASCII character's advance
    mutable bool m_haveFont = false;
    mutable qint64 m_hits = 0;
    mutable qint64 m_misses = 0;
    qint64 m_prefetched = 0;

    // Laying out ahead: the view last painted in, the option it painted with (before the
    // cell's own data), the width of each column's cells, and an idle timer.
    mutable QPointer<QAbstractItemView> m_view;
    mutable QStyleOptionViewItem m_template;
    mutable QHash<int, int> m_columnWidths;
    mutable int m_paintedTop = -1;
    mutable bool m_frameOpen = false;
    mutable QTimer m_prefetchTimer;
    bool m_prefetchEnabled = true;
};

} // namespace Seedbed
