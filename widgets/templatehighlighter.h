#pragma once

#include "widgets/palettehighlighter.h"

#include <QTextCharFormat>

#include <array>

class QPalette;

namespace Seedbed {

/*! \brief Colours the prompt template language: `{{ … }}` expressions, `{% … %}` tags and
    their keywords, filters after `|`, string and number literals, `{# … #}` comments; the
    text between them is left alone.

    Comments, expressions and tags may span lines, and so may `{% raw %}` … `{% endraw %}`:
    the block state carries what the end of a line is inside of.

    The colours come from a palette (see PaletteHighlighter). */
class TemplateHighlighter : public PaletteHighlighter
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

    QTextCharFormat format(Role role) const;

    /*! The block states; the low byte is what a line ends inside of. */
    enum State { InText = 0, InExpression = 1, InTag = 2, InComment = 3, InRaw = 4 };

protected:
    void highlightBlock(const QString &text) override;
    void setFormats(const QPalette &palette) override;

private:
    void setRoleFormat(int start, int length, Role role);

    std::array<QTextCharFormat, 8> m_formats;
};

} // namespace Seedbed
