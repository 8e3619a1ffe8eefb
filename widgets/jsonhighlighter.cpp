#include "widgets/jsonhighlighter.h"

#include <QEvent>
#include <QPalette>
#include <QWidget>

namespace Seedbed {

JsonHighlighter::JsonHighlighter(QTextDocument *document)
    : PaletteHighlighter(document)
{
    // Only the formats: QSyntaxHighlighter highlights the document itself.
    setFormats(QPalette());
}

void JsonHighlighter::setFormats(const QPalette &palette)
{
    const auto make = [&](int hue, int saturation, bool bold = false) {
        return toned(hue, saturation, palette, bold);
    };
    m_formats[int(Role::Key)] = make(210, 200, true);
    m_formats[int(Role::String)] = make(30, 200);
    m_formats[int(Role::Number)] = make(0, 170);
    m_formats[int(Role::Keyword)] = make(280, 160, true);
    m_formats[int(Role::Punctuation)] = make(280, 40);
}

QTextCharFormat JsonHighlighter::format(Role role) const
{
    return m_formats[int(role)];
}

void JsonHighlighter::highlightBlock(const QString &text)
{
    const int n = int(text.size());
    int i = 0;
    while (i < n) {
        const QChar c = text.at(i);
        if (c.isSpace()) {
            ++i;
        } else if (c == u'"') {
            int j = i + 1;
            while (j < n && text.at(j) != u'"') {
                if (text.at(j) == u'\\')
                    ++j;
                ++j;
            }
            const int end = std::min(n, j + 1);
            // A string followed by ':' is a key.
            int k = end;
            while (k < n && text.at(k).isSpace())
                ++k;
            const bool key = k < n && text.at(k) == u':';
            setFormat(i, end - i, m_formats[int(key ? Role::Key : Role::String)]);
            i = end;
        } else if (c.isDigit() || c == u'-') {
            int j = i + 1;
            while (j < n && (text.at(j).isDigit() || text.at(j) == u'.' || text.at(j) == u'e' ||
                             text.at(j) == u'E' || text.at(j) == u'+' || text.at(j) == u'-'))
                ++j;
            setFormat(i, j - i, m_formats[int(Role::Number)]);
            i = j;
        } else if (c.isLetter()) {
            int j = i + 1;
            while (j < n && text.at(j).isLetter())
                ++j;
            const QStringView word = QStringView(text).mid(i, j - i);
            if (word == u"true" || word == u"false" || word == u"null")
                setFormat(i, j - i, m_formats[int(Role::Keyword)]);
            i = j;
        } else {
            if (QStringView(u"{}[],:").contains(c))
                setFormat(i, 1, m_formats[int(Role::Punctuation)]);
            ++i;
        }
    }
}

} // namespace Seedbed
