#include "widgets/recordsdelegate.h"

#include <QApplication>
#include <QPainter>
#include <QStyle>

namespace Seedbed {

namespace {

quint64 cellKey(const QModelIndex &index)
{
    return (quint64(quint32(index.row())) << 32) | quint32(index.column());
}

} // namespace

RecordsDelegate::RecordsDelegate(QObject *parent)
    : QStyledItemDelegate(parent)
    , m_metrics(QFont())
{}

void RecordsDelegate::clearCache()
{
    m_current.clear();
    m_previous.clear();
    m_hits = 0;
    m_misses = 0;
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
                                                     const QModelIndex &index, int width) const
{
    const quint64 key = cellKey(index);
    auto fits = [&](const Entry &e) {
        return e.width == width && e.elideMode == option.textElideMode && e.source == option.text;
    };
    auto it = m_current.find(key);
    if (it != m_current.end() && fits(*it)) {
        ++m_hits;
        return &*it;
    }
    if (it == m_current.end()) {
        const auto old = m_previous.find(key);
        if (old != m_previous.end() && fits(*old)) {
            ++m_hits;
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
    const bool simple =
        !(opt.features & (QStyleOptionViewItem::WrapText | QStyleOptionViewItem::HasDecoration |
                          QStyleOptionViewItem::HasCheckIndicator)) &&
        !(opt.state & QStyle::State_Editing) && !opt.text.contains(QChar::LineSeparator) &&
        !opt.text.contains(QLatin1Char('\n'));
    if (!simple) {
        QStyledItemDelegate::paint(painter, option, index);
        return;
    }
    const QWidget *widget = opt.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();

    // What QCommonStyle draws for CE_ItemViewItem, less the text layout: the item's background
    // (selection), the text on one line, the focus frame.
    style->drawPrimitive(QStyle::PE_PanelItemViewItem, &opt, painter, widget);
    if (!opt.text.isEmpty()) {
        setFont(opt.font);
        const int margin = style->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, widget) + 1;
        const QRect textRect = opt.rect.adjusted(margin, 0, -margin, 0);
        const Entry *e = entry(opt, index, textRect.width());
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
