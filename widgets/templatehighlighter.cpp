#include "widgets/templatehighlighter.h"

#include <QEvent>
#include <QPalette>
#include <QWidget>

namespace Seedbed {

namespace {

constexpr int StateMask = 0xff;
constexpr int RawFlag = 0x100;       // the tag being read is `{% raw %}`
constexpr int FilterFlag = 0x200;    // the last token was `|` (a filter name follows)
constexpr int FirstWordFlag = 0x400; // no word yet in this tag

bool isIdentStart(QChar c)
{
    return c.isLetter() || c == u'_';
}

bool isIdentPart(QChar c)
{
    return c.isLetterOrNumber() || c == u'_';
}

bool isKeyword(QStringView word)
{
    static const QStringList keywords = {
        QStringLiteral("if"),     QStringLiteral("elif"), QStringLiteral("else"),
        QStringLiteral("endif"),  QStringLiteral("for"),  QStringLiteral("in"),
        QStringLiteral("endfor"), QStringLiteral("raw"),  QStringLiteral("endraw"),
        QStringLiteral("and"),    QStringLiteral("or"),   QStringLiteral("not"),
        QStringLiteral("is"),     QStringLiteral("true"), QStringLiteral("false"),
        QStringLiteral("none"),   QStringLiteral("True"), QStringLiteral("False"),
        QStringLiteral("None"),
    };
    for (const QString &k : keywords) {
        if (word == k)
            return true;
    }
    return false;
}

// Where `{% endraw %}` (with optional '-' and white space) starts in text at or after from.
qsizetype findEndRaw(const QString &text, qsizetype from)
{
    for (qsizetype i = text.indexOf(QLatin1StringView("{%"), from); i >= 0;
         i = text.indexOf(QLatin1StringView("{%"), i + 2)) {
        qsizetype j = i + 2;
        if (j < text.size() && text.at(j) == u'-')
            ++j;
        while (j < text.size() && text.at(j).isSpace())
            ++j;
        if (QStringView(text).mid(j).startsWith(QLatin1StringView("endraw")))
            return i;
    }
    return -1;
}

} // namespace

TemplateHighlighter::TemplateHighlighter(QTextDocument *document)
    : PaletteHighlighter(document)
{
    // Only the formats: QSyntaxHighlighter highlights the document itself.
    setFormats(QPalette());
}

void TemplateHighlighter::setFormats(const QPalette &palette)
{
    const auto make = [&](int hue, int saturation, bool bold = false, bool italic = false) {
        return toned(hue, saturation, palette, bold, italic);
    };
    m_formats[int(Role::Delimiter)] = make(280, 120, true);
    m_formats[int(Role::Keyword)] = make(280, 160, true);
    m_formats[int(Role::Variable)] = make(210, 200);
    m_formats[int(Role::Filter)] = make(170, 200);
    m_formats[int(Role::String)] = make(30, 200);
    m_formats[int(Role::Number)] = make(0, 170);
    m_formats[int(Role::Operator)] = make(280, 60);
    // Comments recede: half way between the text and the base.
    QTextCharFormat comment;
    const QColor text = palette.color(QPalette::Text);
    const QColor base = palette.color(QPalette::Base);
    comment.setForeground(QColor((text.red() + base.red()) / 2, (text.green() + base.green()) / 2,
                                 (text.blue() + base.blue()) / 2));
    comment.setFontItalic(true);
    m_formats[int(Role::Comment)] = comment;
}

QTextCharFormat TemplateHighlighter::format(Role role) const
{
    return m_formats[int(role)];
}

void TemplateHighlighter::setRoleFormat(int start, int length, Role role)
{
    setFormat(start, length, m_formats[int(role)]);
}

void TemplateHighlighter::highlightBlock(const QString &text)
{
    int state = previousBlockState();
    if (state < 0)
        state = InText;
    int mode = state & StateMask;
    int flags = state & ~StateMask;
    const int n = int(text.size());
    int i = 0;

    while (i < n) {
        switch (mode) {
        case InText: {
            const int open = int(text.indexOf(u'{', i));
            if (open < 0 || open + 1 >= n) {
                i = n;
                break;
            }
            const QChar next = text.at(open + 1);
            if (next != u'{' && next != u'%' && next != u'#') {
                i = open + 1;
                break;
            }
            if (next == u'#') {
                mode = InComment;
                i = open; // the comment format covers its delimiters
                break;
            }
            int len = 2;
            if (open + 2 < n && text.at(open + 2) == u'-')
                len = 3;
            setRoleFormat(open, len, Role::Delimiter);
            mode = next == u'{' ? InExpression : InTag;
            flags = mode == InTag ? FirstWordFlag : 0;
            i = open + len;
            break;
        }
        case InComment: {
            const int close = int(text.indexOf(QLatin1StringView("#}"), i));
            const int end = close < 0 ? n : close + 2;
            setRoleFormat(i, end - i, Role::Comment);
            i = end;
            if (close >= 0)
                mode = InText;
            break;
        }
        case InRaw: {
            const int end = int(findEndRaw(text, i));
            if (end < 0) {
                i = n;
                break;
            }
            setRoleFormat(end, 2, Role::Delimiter);
            i = end + 2;
            mode = InTag;
            flags = FirstWordFlag;
            break;
        }
        default: { // InExpression, InTag
            const QChar c = text.at(i);
            if (c.isSpace()) {
                ++i;
                break;
            }
            const QStringView rest = QStringView(text).mid(i);
            const QLatin1StringView close =
                mode == InExpression ? QLatin1StringView("}}") : QLatin1StringView("%}");
            const int dash = c == u'-' ? 1 : 0;
            if (rest.mid(dash).startsWith(close)) {
                setRoleFormat(i, 2 + dash, Role::Delimiter);
                i += 2 + dash;
                mode = (mode == InTag && (flags & RawFlag)) ? InRaw : InText;
                flags = 0;
                break;
            }
            if (c == u'"' || c == u'\'') {
                int j = i + 1;
                while (j < n && text.at(j) != c) {
                    if (text.at(j) == u'\\')
                        ++j;
                    ++j;
                }
                const int end = std::min(n, j + 1);
                setRoleFormat(i, end - i, Role::String);
                i = end;
                flags &= ~(FilterFlag | FirstWordFlag);
                break;
            }
            if (c.isDigit()) {
                int j = i;
                while (j < n && (text.at(j).isDigit() || text.at(j) == u'.' || text.at(j) == u'_'))
                    ++j;
                setRoleFormat(i, j - i, Role::Number);
                i = j;
                flags &= ~(FilterFlag | FirstWordFlag);
                break;
            }
            if (isIdentStart(c)) {
                int j = i + 1;
                while (j < n && isIdentPart(text.at(j)))
                    ++j;
                const QStringView word = QStringView(text).mid(i, j - i);
                const bool member = i > 0 && text.at(i - 1) == u'.';
                Role role = Role::Variable;
                if (flags & FilterFlag)
                    role = Role::Filter;
                else if (!member && isKeyword(word))
                    role = Role::Keyword;
                if ((flags & FirstWordFlag) && mode == InTag && word == u"raw")
                    flags |= RawFlag;
                setRoleFormat(i, j - i, role);
                // A test follows `is` / `is not`: colour it like a filter.
                if (role == Role::Keyword && word == u"is")
                    flags |= FilterFlag;
                else if (!(role == Role::Keyword && word == u"not" && (flags & FilterFlag)))
                    flags &= ~FilterFlag;
                flags &= ~FirstWordFlag;
                i = j;
                break;
            }
            setRoleFormat(i, 1, Role::Operator);
            if (c == u'|')
                flags |= FilterFlag;
            else
                flags &= ~FilterFlag;
            flags &= ~FirstWordFlag;
            ++i;
            break;
        }
        }
    }
    setCurrentBlockState(mode | (mode == InText ? 0 : flags));
}

} // namespace Seedbed
