#pragma once

#include <QPointer>
#include <QSyntaxHighlighter>
#include <QTextCharFormat>

#include <array>

class QPalette;

namespace Seedbed {

/*! \brief Colours the prompt template language: `{{ … }}` expressions, `{% … %}` tags and
    their keywords, filters after `|`, string and number literals, `{# … #}` comments; the
    text between them is left alone.

    Comments, expressions and tags may span lines, and so may `{% raw %}` … `{% endraw %}`:
    the block state carries what the end of a line is inside of.

    The colours are picked from a palette (setPalette()) so that they read on a light and
    on a dark base; trackPalette() follows the palette of a widget and re-highlights when
    it changes. */
class TemplateHighlighter : public QSyntaxHighlighter
{
    Q_OBJECT

public:
    /*! What a piece of template text is. */
    enum class Role {
        Delimiter, //!< `{{`, `}}`, `{%`, `%}`
        Keyword,   //!< if, elif, else, endif, for, in, endfor, raw, and, or, not, is…
        Variable,  //!< a name in an expression or tag
        Filter,    //!< a name after `|`, or a test after `is`
        String,
        Number,
        Comment, //!< `{# … #}`, delimiters included
        Operator,
    };

    /*! Highlights \a document (not owned; it owns the highlighter when it is the parent). */
    explicit TemplateHighlighter(QTextDocument *document);

    /*! Picks the colours for text on \a palette's Base and re-highlights. */
    void setPalette(const QPalette &palette);
    /*! Calls setPalette() with \a widget's palette now and whenever it changes. \a widget
        is not owned; pass nullptr to stop. */
    void trackPalette(QWidget *widget);

    QTextCharFormat format(Role role) const;

    /*! A colour of \a hue (0–359) that reads on the Base colour of \a palette: light on a
        dark base, dark on a light one. Shared with JsonHighlighter. */
    static QColor toneFor(int hue, int saturation, const QPalette &palette);

    /*! The block states; the low byte is what a line ends inside of. */
    enum State { InText = 0, InExpression = 1, InTag = 2, InComment = 3, InRaw = 4 };

protected:
    void highlightBlock(const QString &text) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void setFormats(const QPalette &palette);
    void setRoleFormat(int start, int length, Role role);

    std::array<QTextCharFormat, 8> m_formats;
    QPointer<QWidget> m_tracked;
};

} // namespace Seedbed
