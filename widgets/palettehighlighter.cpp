#include "widgets/palettehighlighter.h"

#include <QEvent>
#include <QPalette>
#include <QWidget>

namespace Seedbed {

PaletteHighlighter::PaletteHighlighter(QTextDocument *document)
    : QSyntaxHighlighter(document)
{}

QColor PaletteHighlighter::toneFor(int hue, int saturation, const QPalette &palette)
{
    const bool dark = palette.color(QPalette::Base).lightness() < 128;
    return QColor::fromHsl(hue, saturation, dark ? 178 : 80);
}

QTextCharFormat PaletteHighlighter::toned(int hue, int saturation, const QPalette &palette,
                                          bool bold, bool italic)
{
    QTextCharFormat f;
    f.setForeground(toneFor(hue, saturation, palette));
    if (bold)
        f.setFontWeight(QFont::Bold);
    f.setFontItalic(italic);
    return f;
}

void PaletteHighlighter::setPalette(const QPalette &palette)
{
    setFormats(palette);
    rehighlight();
}

void PaletteHighlighter::trackPalette(QWidget *widget)
{
    if (m_tracked)
        m_tracked->removeEventFilter(this);
    m_tracked = widget;
    if (widget) {
        widget->installEventFilter(this);
        setPalette(widget->palette());
    }
}

bool PaletteHighlighter::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_tracked && event->type() == QEvent::PaletteChange)
        setPalette(m_tracked->palette());
    return QSyntaxHighlighter::eventFilter(watched, event);
}

} // namespace Seedbed
