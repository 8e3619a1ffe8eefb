#pragma once

#include "models/template/templateast.h"
#include "models/template/templateerror.h"

#include <QList>
#include <QStringView>

#include <vector>

namespace Seedbed::TemplateDetail {

/* Offsets to 1-based lines and columns. */
class LineIndex
{
public:
    explicit LineIndex(QStringView text);

    int line(qsizetype offset) const;
    int column(qsizetype offset) const;

private:
    qsizetype lineIndex(qsizetype offset) const;

    std::vector<qsizetype> m_starts;
};

/* Collects parse errors, at most Template::MaxErrors. */
class Diagnostics
{
public:
    explicit Diagnostics(const LineIndex &lines)
        : m_lines(lines)
    {}

    void error(Span span, const QString &message);
    bool isFull() const { return m_full; }
    bool isEmpty() const { return m_errors.isEmpty(); }
    /* In source order. */
    QList<TemplateError> take();

    static TemplateError make(const LineIndex &lines, TemplateError::Severity severity, Span span,
                              const QString &message);

private:
    const LineIndex &m_lines;
    QList<TemplateError> m_errors;
    bool m_full = false;
};

enum class TokenKind : quint8 {
    Text,
    VarBegin,   // {{
    VarEnd,     // }}
    BlockBegin, // {%
    BlockEnd,   // %}
    Name,
    String,
    Integer,
    Float,
    Dot,
    Comma,
    Pipe,
    Assign, // =
    LParen,
    RParen,
    LBracket,
    RBracket,
    Equal,
    NotEqual,
    Less,
    LessEqual,
    Greater,
    GreaterEqual,
    Tilde,
    Minus,
    Invalid, // already reported by the lexer
    End,
};

struct Token
{
    TokenKind kind;
    Span span; // Text: the text left after white-space control; a synthetic end: length 0
};

/* Splits \a source into text and the tokens of its tags. Comments, raw blocks and white-space
   control are resolved here; an unclosed tag gets a synthetic end token and an error. The
   last token is End. */
std::vector<Token> tokenize(QStringView source, const LineIndex &lines, Diagnostics &diagnostics);

bool isNameStart(char32_t c);
bool isNamePart(char32_t c);

} // namespace Seedbed::TemplateDetail
