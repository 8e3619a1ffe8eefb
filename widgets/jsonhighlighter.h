#pragma once

#include <QPointer>
#include <QSyntaxHighlighter>
#include <QTextCharFormat>

#include <array>

class QPalette;

namespace Seedbed {

/*! \brief Colours JSON text: object keys, string values, numbers, \c true / \c false /
    \c null and punctuation. Works line by line; JSON strings cannot span lines.

    Colours come from a palette like TemplateHighlighter's, see setPalette() and
    trackPalette(). */
class JsonHighlighter : public QSyntaxHighlighter
{
    Q_OBJECT

public:
    enum class Role { Key, String, Number, Keyword, Punctuation };

    /*! Highlights \a document (not owned; it owns the highlighter when it is the parent). */
    explicit JsonHighlighter(QTextDocument *document);

    /*! Picks the colours for text on \a palette's Base and re-highlights. */
    void setPalette(const QPalette &palette);
    /*! Calls setPalette() with \a widget's palette now and whenever it changes. \a widget
        is not owned; pass nullptr to stop. */
    void trackPalette(QWidget *widget);

    QTextCharFormat format(Role role) const;

protected:
    void highlightBlock(const QString &text) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void setFormats(const QPalette &palette);
    std::array<QTextCharFormat, 5> m_formats;
    QPointer<QWidget> m_tracked;
};

} // namespace Seedbed
