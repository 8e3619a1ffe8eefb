#pragma once

#include "widgets/palettehighlighter.h"

#include <QTextCharFormat>

#include <array>

class QPalette;

namespace Seedbed {

/*! \brief Colours JSON text: object keys, string values, numbers, \c true / \c false /
    \c null and punctuation. Works line by line; JSON strings cannot span lines.

    The colours come from a palette (see PaletteHighlighter). */
class JsonHighlighter : public PaletteHighlighter
{
    Q_OBJECT

public:
    enum class Role { Key, String, Number, Keyword, Punctuation };

    /*! Highlights \a document (not owned; it owns the highlighter when it is the parent). */
    explicit JsonHighlighter(QTextDocument *document);

    QTextCharFormat format(Role role) const;

protected:
    void highlightBlock(const QString &text) override;
    void setFormats(const QPalette &palette) override;

private:
    std::array<QTextCharFormat, 5> m_formats;
};

} // namespace Seedbed
