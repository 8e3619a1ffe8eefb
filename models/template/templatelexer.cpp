#include "models/template/templatelexer.h"

#include "models/template/template.h"

#include <algorithm>

namespace Seedbed::TemplateDetail {

LineIndex::LineIndex(QStringView text)
{
    m_starts.push_back(0);
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text[i] == u'\n')
            m_starts.push_back(i + 1);
    }
}

qsizetype LineIndex::lineIndex(qsizetype offset) const
{
    const auto it = std::upper_bound(m_starts.begin(), m_starts.end(), offset);
    return std::max<qsizetype>(0, (it - m_starts.begin()) - 1);
}

int LineIndex::line(qsizetype offset) const
{
    return int(std::min<qsizetype>(lineIndex(offset) + 1, std::numeric_limits<int>::max()));
}

int LineIndex::column(qsizetype offset) const
{
    const qsizetype column = offset - m_starts[size_t(lineIndex(offset))] + 1;
    return int(std::clamp<qsizetype>(column, 1, std::numeric_limits<int>::max()));
}

TemplateError Diagnostics::make(const LineIndex &lines, TemplateError::Severity severity, Span span,
                                const QString &message)
{
    TemplateError error;
    error.severity = severity;
    error.line = lines.line(span.offset);
    error.column = lines.column(span.offset);
    error.offset = span.offset;
    error.length = span.length;
    error.message = message;
    return error;
}

void Diagnostics::error(Span span, const QString &message)
{
    if (m_full)
        return;
    if (m_errors.size() >= Template::MaxErrors) {
        m_errors.append(make(m_lines, TemplateError::Severity::Error, span,
                             TemplateText::tr("too many errors; the rest of the template was "
                                              "not checked")));
        m_full = true;
        return;
    }
    m_errors.append(make(m_lines, TemplateError::Severity::Error, span, message));
}

QList<TemplateError> Diagnostics::take()
{
    // The "too many errors" note stays last.
    const auto end = m_full ? m_errors.end() - 1 : m_errors.end();
    std::stable_sort(m_errors.begin(), end, [](const TemplateError &a, const TemplateError &b) {
        return a.offset < b.offset;
    });
    return std::exchange(m_errors, {});
}

bool isNameStart(char32_t c)
{
    if (c < 0x80)
        return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || c == u'_';
    return QChar::isLetter(c);
}

bool isNamePart(char32_t c)
{
    if (c < 0x80)
        return isNameStart(c) || (c >= u'0' && c <= u'9');
    return QChar::isLetterOrNumber(c) || QChar::isMark(c);
}

namespace {

bool isDigit(QChar c)
{
    return c >= u'0' && c <= u'9';
}

/* A character for a message: itself when it can be seen, its code point otherwise. */
QString shownCharacter(char32_t c)
{
    if (QChar::isPrint(c) && !QChar::isSpace(c))
        return QString::fromUcs4(&c, 1);
    return QStringLiteral("U+%1").arg(uint(c), 4, 16, QLatin1Char('0')).toUpper();
}

class Lexer
{
public:
    Lexer(QStringView source, const LineIndex &lines, Diagnostics &diagnostics)
        : m_source(source)
        , m_size(source.size())
        , m_lines(lines)
        , m_diagnostics(diagnostics)
    {}

    std::vector<Token> run();

private:
    QString neverClosed(qsizetype open, QLatin1StringView opener, QLatin1StringView closer) const;
    qsizetype findOpener(qsizetype from) const;
    void emitText(qsizetype begin, qsizetype end, bool trimEnd);
    void lexComment(qsizetype open, qsizetype from);
    bool lexRaw(qsizetype open, qsizetype from);
    void lexTag(qsizetype open, qsizetype from, bool block);
    void lexString(qsizetype open, QLatin1StringView closer);
    void push(TokenKind kind, qsizetype offset, qsizetype length)
    {
        m_tokens.push_back({kind, {offset, length}});
    }
    bool startsWith(qsizetype at, QLatin1StringView text) const
    {
        return at <= m_size && m_source.sliced(at).startsWith(text);
    }
    qsizetype skipSpace(qsizetype at) const
    {
        while (at < m_size && m_source[at].isSpace())
            ++at;
        return at;
    }
    char32_t codePointAt(qsizetype at, int *units) const
    {
        const QChar c = m_source[at];
        if (c.isHighSurrogate() && at + 1 < m_size && m_source[at + 1].isLowSurrogate()) {
            *units = 2;
            return QChar::surrogateToUcs4(c, m_source[at + 1]);
        }
        *units = 1;
        return c.unicode();
    }
    bool matchWord(qsizetype at, QLatin1StringView word) const
    {
        if (!startsWith(at, word))
            return false;
        int units = 0;
        return at + word.size() >= m_size || !isNamePart(codePointAt(at + word.size(), &units));
    }
    void error(Span span, const QString &message)
    {
        if (!m_reportedInTag)
            m_diagnostics.error(span, message);
        m_reportedInTag = true;
    }

    QStringView m_source;
    qsizetype m_size;
    const LineIndex &m_lines;
    Diagnostics &m_diagnostics;
    std::vector<Token> m_tokens;
    qsizetype m_pos = 0;
    bool m_trimNext = false;      // a "-" before the closing delimiter of the last tag
    bool m_reportedInTag = false; // one lexical error per tag is enough
};

std::vector<Token> Lexer::run()
{
    while (m_pos <= m_size) {
        const qsizetype textStart = m_pos;
        const qsizetype open = findOpener(m_pos);
        if (open == m_size) {
            emitText(textStart, m_size, false);
            break;
        }
        const QChar kind = m_source[open + 1];
        qsizetype from = open + 2;
        bool trimBefore = false;
        if (from < m_size && m_source[from] == u'-') {
            trimBefore = true;
            ++from;
        } else if (from < m_size && m_source[from] == u'+' && kind != u'{') {
            ++from; // Jinja's "keep white space" marker: nothing is stripped anyway
        }
        emitText(textStart, open, trimBefore);
        m_reportedInTag = false;
        if (kind == u'#')
            lexComment(open, from);
        else if (kind == u'%' && lexRaw(open, from))
            ;
        else
            lexTag(open, from, kind == u'%');
    }
    push(TokenKind::End, m_size, 0);
    return std::move(m_tokens);
}

QString Lexer::neverClosed(qsizetype open, QLatin1StringView opener, QLatin1StringView closer) const
{
    return TemplateText::tr("'%1' opened at line %2 is never closed; expected '%3'")
        .arg(opener)
        .arg(m_lines.line(open))
        .arg(closer);
}

qsizetype Lexer::findOpener(qsizetype from) const
{
    for (;;) {
        const qsizetype i = m_source.indexOf(u'{', from);
        if (i < 0 || i + 1 >= m_size)
            return m_size;
        const QChar next = m_source[i + 1];
        if (next == u'{' || next == u'%' || next == u'#')
            return i;
        from = i + 1;
    }
}

void Lexer::emitText(qsizetype begin, qsizetype end, bool trimEnd)
{
    if (m_trimNext) {
        while (begin < end && m_source[begin].isSpace())
            ++begin;
        m_trimNext = false;
    }
    if (trimEnd) {
        while (end > begin && m_source[end - 1].isSpace())
            --end;
    }
    if (end > begin)
        push(TokenKind::Text, begin, end - begin);
}

void Lexer::lexComment(qsizetype open, qsizetype from)
{
    const qsizetype close = m_source.indexOf(QLatin1StringView("#}"), from);
    if (close < 0) {
        m_diagnostics.error({open, 2},
                            neverClosed(open, QLatin1StringView("{#"), QLatin1StringView("#}")));
        m_pos = m_size + 1;
        return;
    }
    m_trimNext = close > from && m_source[close - 1] == u'-';
    m_pos = close + 2;
}

bool Lexer::lexRaw(qsizetype open, qsizetype from)
{
    const qsizetype name = skipSpace(from);
    if (!matchWord(name, QLatin1StringView("raw")))
        return false;
    qsizetype at = skipSpace(name + 3);
    const bool trimContent = at < m_size && m_source[at] == u'-';
    if (trimContent)
        ++at;
    if (!startsWith(at, QLatin1StringView("%}")))
        return false; // the parser explains
    qsizetype contentStart = at + 2;
    if (trimContent)
        contentStart = skipSpace(contentStart);

    for (qsizetype search = contentStart;;) {
        const qsizetype tag = m_source.indexOf(QLatin1StringView("{%"), search);
        if (tag < 0) {
            m_diagnostics.error({open, at + 2 - open},
                                TemplateText::tr("'{% %1 %}' opened at line %2 is never "
                                                 "closed")
                                    .arg(QLatin1StringView("raw"))
                                    .arg(m_lines.line(open)));
            if (contentStart < m_size)
                push(TokenKind::Text, contentStart, m_size - contentStart);
            m_pos = m_size + 1;
            return true;
        }
        qsizetype p = tag + 2;
        const bool trimEnd = p < m_size && m_source[p] == u'-';
        if (p < m_size && (m_source[p] == u'-' || m_source[p] == u'+'))
            ++p;
        p = skipSpace(p);
        if (matchWord(p, QLatin1StringView("endraw"))) {
            p = skipSpace(p + 6);
            const bool trimAfter = p < m_size && m_source[p] == u'-';
            if (trimAfter)
                ++p;
            if (startsWith(p, QLatin1StringView("%}"))) {
                qsizetype contentEnd = tag;
                if (trimEnd) {
                    while (contentEnd > contentStart && m_source[contentEnd - 1].isSpace())
                        --contentEnd;
                }
                if (contentEnd > contentStart)
                    push(TokenKind::Text, contentStart, contentEnd - contentStart);
                m_trimNext = trimAfter;
                m_pos = p + 2;
                return true;
            }
        }
        search = tag + 2;
    }
}

void Lexer::lexTag(qsizetype open, qsizetype from, bool block)
{
    const TokenKind endKind = block ? TokenKind::BlockEnd : TokenKind::VarEnd;
    const QLatin1StringView opener(block ? "{%" : "{{");
    const QLatin1StringView closer(block ? "%}" : "}}");
    const QLatin1StringView other(block ? "}}" : "%}");
    push(block ? TokenKind::BlockBegin : TokenKind::VarBegin, open, from - open);
    m_pos = from;
    for (;;) {
        m_pos = skipSpace(m_pos);
        if (m_pos >= m_size) {
            m_diagnostics.error({open, 2}, neverClosed(open, opener, closer));
            push(endKind, m_size, 0);
            m_pos = m_size + 1;
            return;
        }
        const QChar c = m_source[m_pos];
        const bool dash = c == u'-';
        if (startsWith(m_pos + (dash ? 1 : 0), closer)) {
            m_trimNext = dash;
            const qsizetype length = dash ? 3 : 2;
            push(endKind, m_pos, length);
            m_pos += length;
            return;
        }
        if (startsWith(m_pos + (dash ? 1 : 0), other)) {
            const qsizetype length = dash ? 3 : 2;
            m_diagnostics.error({m_pos, length},
                                TemplateText::tr("'%1' must be closed with '%2', not '%3'")
                                    .arg(opener, closer, other));
            m_trimNext = dash;
            push(endKind, m_pos, length);
            m_pos += length;
            return;
        }
        if (c == u'{' && m_pos + 1 < m_size &&
            (m_source[m_pos + 1] == u'{' || m_source[m_pos + 1] == u'%' ||
             m_source[m_pos + 1] == u'#')) {
            // The next tag begins: this one was never closed. Go on from there.
            m_diagnostics.error({open, 2}, neverClosed(open, opener, closer));
            push(endKind, m_pos, 0);
            return;
        }

        const qsizetype start = m_pos;
        int units = 1;
        const char32_t code = codePointAt(m_pos, &units);
        if (isNameStart(code)) {
            m_pos += units;
            while (m_pos < m_size) {
                const char32_t next = codePointAt(m_pos, &units);
                if (!isNamePart(next))
                    break;
                m_pos += units;
            }
            push(TokenKind::Name, start, m_pos - start);
            continue;
        }
        if (isDigit(c)) {
            const bool afterDot = !m_tokens.empty() && m_tokens.back().kind == TokenKind::Dot;
            while (m_pos < m_size && isDigit(m_source[m_pos]))
                ++m_pos;
            bool isFloat = false;
            if (!afterDot) {
                if (m_pos + 1 < m_size && m_source[m_pos] == u'.' && isDigit(m_source[m_pos + 1])) {
                    isFloat = true;
                    m_pos += 2;
                    while (m_pos < m_size && isDigit(m_source[m_pos]))
                        ++m_pos;
                }
                if (m_pos < m_size && (m_source[m_pos] == u'e' || m_source[m_pos] == u'E')) {
                    qsizetype e = m_pos + 1;
                    if (e < m_size && (m_source[e] == u'+' || m_source[e] == u'-'))
                        ++e;
                    if (e < m_size && isDigit(m_source[e])) {
                        isFloat = true;
                        m_pos = e;
                        while (m_pos < m_size && isDigit(m_source[m_pos]))
                            ++m_pos;
                    }
                }
            }
            push(isFloat ? TokenKind::Float : TokenKind::Integer, start, m_pos - start);
            continue;
        }
        if (c == u'"' || c == u'\'') {
            lexString(start, closer);
            continue;
        }

        TokenKind kind = TokenKind::Invalid;
        qsizetype length = 1;
        const QChar next = m_pos + 1 < m_size ? m_source[m_pos + 1] : QChar();
        switch (c.unicode()) {
        case u'.':
            kind = TokenKind::Dot;
            break;
        case u',':
            kind = TokenKind::Comma;
            break;
        case u'|':
            kind = TokenKind::Pipe;
            break;
        case u'(':
            kind = TokenKind::LParen;
            break;
        case u')':
            kind = TokenKind::RParen;
            break;
        case u'[':
            kind = TokenKind::LBracket;
            break;
        case u']':
            kind = TokenKind::RBracket;
            break;
        case u'~':
            kind = TokenKind::Tilde;
            break;
        case u'-':
            kind = TokenKind::Minus;
            break;
        case u'=':
            kind = next == u'=' ? TokenKind::Equal : TokenKind::Assign;
            length = next == u'=' ? 2 : 1;
            break;
        case u'!':
            if (next == u'=') {
                kind = TokenKind::NotEqual;
                length = 2;
            }
            break;
        case u'<':
            kind = next == u'=' ? TokenKind::LessEqual : TokenKind::Less;
            length = next == u'=' ? 2 : 1;
            break;
        case u'>':
            kind = next == u'=' ? TokenKind::GreaterEqual : TokenKind::Greater;
            length = next == u'=' ? 2 : 1;
            break;
        default:
            break;
        }
        if (kind == TokenKind::Invalid) {
            length = units;
            if (c == u'+' || c == u'*' || c == u'/' || c == u'%') {
                error({start, 1}, TemplateText::tr("arithmetic ('%1') is not supported")
                                      .arg(shownCharacter(code)));
            } else {
                error({start, length},
                      TemplateText::tr("unexpected character '%1'").arg(shownCharacter(code)));
            }
        }
        push(kind, start, length);
        m_pos += length;
    }
}

void Lexer::lexString(qsizetype open, QLatin1StringView closer)
{
    const QChar quote = m_source[open];
    for (qsizetype i = open + 1; i < m_size; ++i) {
        const QChar c = m_source[i];
        if (c == u'\\') {
            ++i;
        } else if (c == quote) {
            push(TokenKind::String, open, i + 1 - open);
            m_pos = i + 1;
            return;
        }
    }
    error({open, 1}, TemplateText::tr("the string is never closed; expected %1").arg(quote));
    // Resynchronise at the end of the tag rather than swallow the template.
    qsizetype end = m_source.indexOf(closer, open + 1);
    if (end < 0)
        end = m_size;
    push(TokenKind::Invalid, open, end - open);
    m_pos = end;
}

} // namespace

std::vector<Token> tokenize(QStringView source, const LineIndex &lines, Diagnostics &diagnostics)
{
    return Lexer(source, lines, diagnostics).run();
}

} // namespace Seedbed::TemplateDetail
