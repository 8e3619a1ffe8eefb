#pragma once

#include <QColor>
#include <QPointer>
#include <QSyntaxHighlighter>
#include <QTextCharFormat>

class QPalette;

namespace Seedbed {

/*! \brief A syntax highlighter whose colours come from a palette, so that they read on a light
    and on a dark base: what TemplateHighlighter and JsonHighlighter share.

    Subclasses build their formats in setFormats() (and call it from their constructor);
    setPalette() rebuilds them and re-highlights, trackPalette() follows a widget's palette. */
class PaletteHighlighter : public QSyntaxHighlighter
{
    Q_OBJECT

public:
    /*! Picks the colours for text on \a palette's Base and re-highlights. */
    void setPalette(const QPalette &palette);
    /*! Calls setPalette() with \a widget's palette now and whenever it changes. \a widget
        is not owned; pass nullptr to stop. */
    void trackPalette(QWidget *widget);

    /*! A colour of \a hue (0–359) that reads on the Base colour of \a palette: light on a
        dark base, dark on a light one. */
    static QColor toneFor(int hue, int saturation, const QPalette &palette);

protected:
    /*! Highlights \a document (not owned; it owns the highlighter when it is the parent). */
    explicit PaletteHighlighter(QTextDocument *document);

    /*! Builds the formats for \a palette; no re-highlighting. */
    virtual void setFormats(const QPalette &palette) = 0;
    /*! A format in toneFor(\a hue, \a saturation) on \a palette. */
    static QTextCharFormat toned(int hue, int saturation, const QPalette &palette,
                                 bool bold = false, bool italic = false);

    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QPointer<QWidget> m_tracked;
};

} // namespace Seedbed
