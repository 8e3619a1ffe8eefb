#include "widgets/recordsdelegate.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QElapsedTimer>
#include <QPainter>
#include <QStyle>

#include <algorithm>

namespace Seedbed {

namespace {

quint64 cellKey(const QModelIndex &index)
{
    return (quint64(quint32(index.row())) << 32) | quint32(index.column());
}

// A cell this delegate paints itself: one line of text, nothing else (after initStyleOption).
bool paintsSimply(const QStyleOptionViewItem &opt)
{
    return !(opt.features & (QStyleOptionViewItem::WrapText | QStyleOptionViewItem::HasDecoration |
                             QStyleOptionViewItem::HasCheckIndicator)) &&
           !(opt.state & QStyle::State_Editing) && !opt.text.contains(QChar::LineSeparator) &&
           !opt.text.contains(QLatin1Char('\n'));
}

} // namespace

RecordsDelegate::RecordsDelegate(QObject *parent)
    : QStyledItemDelegate(parent)
    , m_metrics(QFont())
{
    m_prefetchTimer.setSingleShot(true);
    m_prefetchTimer.setInterval(0);
    connect(&m_prefetchTimer, &QTimer::timeout, this, &RecordsDelegate::prefetchSlice);
}

void RecordsDelegate::clearCache()
{
    m_current.clear();
    m_previous.clear();
    m_hits = 0;
    m_misses = 0;
    m_prefetched = 0;
}

void RecordsDelegate::setPrefetchEnabled(bool enabled)
{
    m_prefetchEnabled = enabled;
    if (!enabled)
        m_prefetchTimer.stop();
}

int RecordsDelegate::textWidth(const QStyleOptionViewItem &option) const
{
    const QStyle *style = option.widget ? option.widget->style() : QApplication::style();
    const int margin = style->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, option.widget) + 1;
    return option.rect.width() - 2 * margin;
}

void RecordsDelegate::prefetchSlice()
{
    m_frameOpen = false; // the next paint starts a new frame
    QAbstractItemView *view = m_view;
    if (!view || !view->isVisible() || !view->model() || m_columnWidths.isEmpty())
        return;
    const QAbstractItemModel *model = view->model();
    const QWidget *viewport = view->viewport();
    const int rows = model->rowCount(view->rootIndex());
    const QModelIndex top = view->indexAt(QPoint(0, 0));
    // Scrolled since the last paint: a paint is due, which lays out what it shows and starts
    // this again; laying out ahead of a stale position now would only delay it.
    if (!top.isValid() || rows == 0 || top.row() != m_paintedTop)
        return;
    QModelIndex bottom = view->indexAt(QPoint(0, viewport->height() - 1));
    const int last = bottom.isValid() ? bottom.row() : rows - 1;
    const int page = last - top.row() + 1;

    // The page below first (PageDown, the wheel), then the page above.
    QList<int> columns = m_columnWidths.keys();
    std::sort(columns.begin(), columns.end());
    QList<int> ahead;
    for (int row = last + 1; row <= std::min(rows - 1, last + page); ++row)
        ahead.append(row);
    for (int row = top.row() - 1; row >= std::max(0, top.row() - page); --row)
        ahead.append(row);

    QElapsedTimer clock;
    clock.start();
    for (const int row : std::as_const(ahead)) {
        for (const int column : std::as_const(columns)) {
            const QModelIndex index = model->index(row, column, view->rootIndex());
            if (!index.isValid())
                continue;
            QStyleOptionViewItem opt = m_template;
            opt.rect.setWidth(m_columnWidths.value(column));
            initStyleOption(&opt, index);
            if (opt.text.isEmpty() || !paintsSimply(opt))
                continue;
            setFont(opt.font);
            const qint64 before = m_misses;
            entry(opt, index, textWidth(opt), false);
            if (m_misses != before) {
                m_misses = before; // laid out ahead, not in a paint
                ++m_prefetched;
                if (clock.elapsed() >= prefetchSliceMs) {
                    m_prefetchTimer.start(); // the rest after pending input
                    return;
                }
            }
        }
    }
}

void RecordsDelegate::setFont(const QFont &font) const
{
    if (m_haveFont && font == m_font)
        return;
    m_font = font;
    m_metrics = QFontMetricsF(font);
    m_narrowest = m_metrics.horizontalAdvance(QLatin1Char(' '));
    for (char c = 0x21; c < 0x7f; ++c)
        m_narrowest = std::min(m_narrowest, m_metrics.horizontalAdvance(QLatin1Char(c)));
    m_narrowest = std::max<qreal>(m_narrowest, 0.5);
    m_haveFont = true;
    m_current.clear();
    m_previous.clear();
}

QString RecordsDelegate::elided(const QString &text, Qt::TextElideMode mode, int width) const
{
    // Eliding on the right keeps a prefix: one longer than the cell can show (in its narrowest
    // characters) is elided at the same place as the whole text, at a fraction of the work.
    // Unless it fits after all (zero-width characters): then the whole text decides.
    const qsizetype enough = qsizetype(width / m_narrowest) + 8;
    if (mode == Qt::ElideRight && text.size() > enough) {
        const QString prefix = text.left(enough);
        const QString result = m_metrics.elidedText(prefix, mode, width);
        if (result != prefix)
            return result;
    }
    return m_metrics.elidedText(text, mode, width);
}

const RecordsDelegate::Entry *RecordsDelegate::entry(const QStyleOptionViewItem &option,
                                                     const QModelIndex &index, int width,
                                                     bool counted) const
{
    const quint64 key = cellKey(index);
    auto fits = [&](const Entry &e) {
        return e.width == width && e.elideMode == option.textElideMode && e.source == option.text;
    };
    auto it = m_current.find(key);
    if (it != m_current.end() && fits(*it)) {
        m_hits += counted;
        return &*it;
    }
    if (it == m_current.end()) {
        const auto old = m_previous.find(key);
        if (old != m_previous.end() && fits(*old)) {
            m_hits += counted;
            Entry moved = std::move(*old);
            m_previous.erase(old);
            if (m_current.size() >= cacheSize / 2)
                m_previous = std::exchange(m_current, {});
            return &*m_current.insert(key, std::move(moved));
        }
    }
    ++m_misses;
    Entry e;
    e.source = option.text;
    e.width = width;
    e.elideMode = option.textElideMode;
    e.text.setTextFormat(Qt::PlainText);
    const QString shown = elided(option.text, option.textElideMode, width);
    e.text.setText(shown);
    e.text.prepare(QTransform(), m_font);
    e.size = e.text.size();
    e.lineHeight = e.size.height();
    // QCommonStyle places an elided line by the height of the whole text, whose characters may
    // come from a taller fallback font (Chinese in a Latin font) that the elided part lacks.
    if (shown != option.text) {
        const QString head = option.text.left(qsizetype(width / m_narrowest) + 8);
        bool fallback = false;
        for (auto c = head.cbegin(); !fallback && c != head.cend(); ++c)
            fallback = c->unicode() > 0x24f; // beyond Latin: maybe another font
        if (fallback) {
            QStaticText whole(head);
            whole.setTextFormat(Qt::PlainText);
            whole.prepare(QTransform(), m_font);
            e.lineHeight = std::max(e.lineHeight, whole.size().height());
        }
    }
    if (it != m_current.end()) {
        *it = std::move(e);
        return &*it;
    }
    if (m_current.size() >= cacheSize / 2)
        m_previous = std::exchange(m_current, {});
    return &*m_current.insert(key, std::move(e));
}

void RecordsDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                            const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    if (!paintsSimply(opt)) {
        QStyledItemDelegate::paint(painter, option, index);
        return;
    }
    const QWidget *widget = opt.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    if (m_prefetchEnabled) {
        if (auto *view = qobject_cast<QAbstractItemView *>(const_cast<QWidget *>(widget))) {
            if (!m_frameOpen || m_view != view) {
                // The first cell of a frame: what the frame shows.
                m_view = view;
                m_template = option;
                m_columnWidths.clear();
                m_paintedTop = view->indexAt(QPoint(0, 0)).row();
                m_frameOpen = true;
                m_prefetchTimer.start();
            }
            m_columnWidths.insert(index.column(), option.rect.width());
        }
    }

    // What QCommonStyle draws for CE_ItemViewItem, less the text layout: the item's background
    // (selection), the text on one line, the focus frame.
    style->drawPrimitive(QStyle::PE_PanelItemViewItem, &opt, painter, widget);
    if (!opt.text.isEmpty()) {
        setFont(opt.font);
        const int margin = style->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, widget) + 1;
        const QRect textRect = opt.rect.adjusted(margin, 0, -margin, 0);
        const Entry *e = entry(opt, index, textWidth(opt));
        QPalette::ColorGroup group =
            opt.state & QStyle::State_Enabled ? QPalette::Normal : QPalette::Disabled;
        if (group == QPalette::Normal && !(opt.state & QStyle::State_Active))
            group = QPalette::Inactive;
        const QColor color = opt.palette.color(
            group, opt.state & QStyle::State_Selected ? QPalette::HighlightedText : QPalette::Text);
        const Qt::Alignment alignment =
            QStyle::visualAlignment(opt.direction, opt.displayAlignment);
        // Its height is that of the fonts it uses (a fallback font for other scripts too).
        const qreal lineHeight = e->lineHeight;
        qreal x = textRect.x();
        if (alignment & Qt::AlignRight)
            x += textRect.width() - e->size.width();
        else if (alignment & Qt::AlignHCenter)
            x += (textRect.width() - e->size.width()) / 2;
        // As QCommonStyle places its one-line layout: its height rounded, aligned vertically.
        const QRect lines =
            QStyle::alignedRect(opt.direction, alignment & Qt::AlignVertical_Mask,
                                QSize(textRect.width(), qRound(lineHeight)), textRect);
        const bool clip = lineHeight > opt.rect.height();
        const QPen pen = painter->pen();
        if (clip) {
            painter->save();
            painter->setClipRect(opt.rect);
        }
        painter->setPen(color);
        painter->drawStaticText(QPointF(x, lines.top()), e->text);
        if (clip)
            painter->restore();
        else
            painter->setPen(pen);
    }
    if (opt.state & QStyle::State_HasFocus) {
        QStyleOptionFocusRect focus;
        focus.QStyleOption::operator=(opt);
        focus.rect = style->subElementRect(QStyle::SE_ItemViewItemFocusRect, &opt, widget);
        focus.state |= QStyle::State_KeyboardFocusChange | QStyle::State_Item;
        const QPalette::ColorGroup group =
            opt.state & QStyle::State_Enabled ? QPalette::Normal : QPalette::Disabled;
        focus.backgroundColor = opt.palette.color(
            group, opt.state & QStyle::State_Selected ? QPalette::Highlight : QPalette::Window);
        style->drawPrimitive(QStyle::PE_FrameFocusRect, &focus, painter, widget);
    }
}

} // namespace Seedbed
