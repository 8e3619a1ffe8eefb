#include "models/template/templateparser.h"

#include "models/template/template.h"
#include "models/template/templatefilters.h"

#include <algorithm>

namespace Seedbed::TemplateDetail {

QString closestName(QStringView name, const QList<QLatin1StringView> &candidates)
{
    if (name.isEmpty() || name.size() > 32)
        return {};
    const int allowed = name.size() <= 3 ? 1 : 2;
    int best = allowed + 1;
    QString result;
    for (const QLatin1StringView candidate : candidates) {
        // Optimal string alignment distance: a swap of two letters counts once.
        const qsizetype n = name.size();
        const qsizetype m = candidate.size();
        std::vector<int> previous2(size_t(m + 1)), previous(size_t(m + 1)), current(size_t(m + 1));
        for (qsizetype j = 0; j <= m; ++j)
            previous[size_t(j)] = int(j);
        for (qsizetype i = 1; i <= n; ++i) {
            current[0] = int(i);
            for (qsizetype j = 1; j <= m; ++j) {
                const int cost = name[i - 1].toLower() == QChar(candidate[j - 1]) ? 0 : 1;
                int d = std::min({previous[size_t(j)] + 1, current[size_t(j - 1)] + 1,
                                  previous[size_t(j - 1)] + cost});
                if (i > 1 && j > 1 && name[i - 1].toLower() == QChar(candidate[j - 2]) &&
                    name[i - 2].toLower() == QChar(candidate[j - 1]))
                    d = std::min(d, previous2[size_t(j - 2)] + 1);
                current[size_t(j)] = d;
            }
            std::swap(previous2, previous);
            std::swap(previous, current);
        }
        const int distance = previous[size_t(m)];
        if (distance < best && distance < n) {
            best = distance;
            result = QString(candidate);
        }
    }
    return result;
}

namespace {

using L = QLatin1StringView;

enum class Tag {
    If,
    Elif,
    Else,
    Endif,
    For,
    Endfor,
    Raw,
    Endraw,
    Unsupported,
    Unknown,
    Eof,
    Outer
};

const QList<L> &knownTags()
{
    static const QList<L> tags{L("if"),  L("elif"),   L("else"), L("endif"),
                               L("for"), L("endfor"), L("raw"),  L("endraw")};
    return tags;
}

// Jinja tags users may try: told "not supported" rather than "unknown".
const QList<L> &unsupportedTags()
{
    static const QList<L> tags{
        L("set"),    L("endset"),     L("macro"),        L("endmacro"), L("call"),  L("endcall"),
        L("filter"), L("endfilter"),  L("include"),      L("import"),   L("from"),  L("extends"),
        L("block"),  L("endblock"),   L("with"),         L("endwith"),  L("break"), L("continue"),
        L("do"),     L("autoescape"), L("endautoescape")};
    return tags;
}

const QList<L> &loopProperties()
{
    static const QList<L> names{L("index"), L("index0"), L("revindex"), L("revindex0"),
                                L("first"), L("last"),   L("length")};
    return names;
}

bool isReservedName(QStringView name)
{
    static const QList<L> words{L("loop"), L("true"), L("false"), L("none"), L("True"), L("False"),
                                L("None"), L("and"),  L("or"),    L("not"),  L("in"),   L("is")};
    return words.contains(name);
}

bool isIdentifier(QStringView text)
{
    if (text.isEmpty())
        return false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        char32_t c = text[i].unicode();
        if (text[i].isHighSurrogate() && i + 1 < text.size() && text[i + 1].isLowSurrogate()) {
            c = QChar::surrogateToUcs4(text[i], text[i + 1]);
            ++i;
        }
        if (i == 0 ? !isNameStart(c) : !isNamePart(c))
            return false;
    }
    return true;
}

QList<L> names(std::span<const CallableSpec> specs)
{
    QList<L> result;
    for (const CallableSpec &spec : specs)
        result.append(spec.name);
    return result;
}

enum Precedence { PrecOr = 1, PrecAnd = 2, PrecCompare = 3, PrecConcat = 4 };

class Parser
{
public:
    Parser(QStringView source, const std::vector<Token> &tokens, const LineIndex &lines,
           Diagnostics &diagnostics, QList<TemplateVariable> *variables)
        : m_source(source)
        , m_tokens(tokens)
        , m_lines(lines)
        , m_diagnostics(diagnostics)
        , m_variables(variables)
    {}

    Body run()
    {
        Body body;
        parseBody(body, {});
        return body;
    }

private:
    struct OpenBlock
    {
        Tag tag;
        Span span;
    };

    class DepthGuard
    {
    public:
        DepthGuard(Parser &parser, Span where)
            : m_parser(parser)
        {
            ++m_parser.m_depth;
            if (m_parser.m_depth > Template::MaxDepth && !m_parser.m_abort) {
                m_parser.m_diagnostics.error(
                    where, TemplateText::tr("nesting is deeper than %1 levels; simplify the "
                                            "template")
                               .arg(Template::MaxDepth));
                m_parser.m_abort = true;
            }
        }
        ~DepthGuard() { --m_parser.m_depth; }
        Q_DISABLE_COPY_MOVE(DepthGuard)
        explicit operator bool() const { return !m_parser.m_abort; }

    private:
        Parser &m_parser;
    };

    // Tokens
    const Token &cur() const { return m_tokens[m_index]; }
    const Token &peek(size_t ahead = 1) const
    {
        return m_tokens[std::min(m_index + ahead, m_tokens.size() - 1)];
    }
    void advance()
    {
        if (m_index + 1 < m_tokens.size())
            ++m_index;
    }
    QStringView text(const Token &token) const
    {
        return m_source.sliced(token.span.offset, token.span.length);
    }
    bool isWord(const Token &token, L word) const
    {
        return token.kind == TokenKind::Name && text(token) == word;
    }
    static bool isTagEnd(TokenKind kind)
    {
        return kind == TokenKind::VarEnd || kind == TokenKind::BlockEnd;
    }
    QString describe(const Token &token) const;
    QString shown(QStringView text) const;
    void error(Span span, const QString &message)
    {
        m_diagnostics.error(span, message);
        if (m_diagnostics.isFull())
            m_abort = true;
    }
    /* Reports \a message (with %1: what was found) unless the token was reported already. */
    void expected(const Token &found, const QString &message);
    /* Skips to after the end of the current tag. */
    void skipTag();
    /* Whether the lexer reported \a found already (an invalid token, or the end it made up for
       an unclosed tag). */
    bool isReported(const Token &found) const;
    /* Consumes the %} of a block tag, or reports and skips. */
    bool finishBlock(const QString &message);
    /* Consumes the %} after a tag that takes nothing ("else", "endif"…). */
    bool finishKeyword(L keyword);

    // Statements
    Tag tagOf(QStringView name) const;
    Tag parseBody(Body &body, std::initializer_list<Tag> stops);
    void parseOutput(Body &body);
    void parseIf(Body &body);
    void parseFor(Body &body);
    void reportUnclosed(const OpenBlock &block, L name);

    // Expressions; null after an error that was reported.
    ExprPtr parseExpression();
    ExprPtr parseBinary(int minPrecedence);
    ExprPtr parseUnary();
    ExprPtr parsePrimary();
    ExprPtr parseLoopProperty();
    ExprPtr parsePostfix(ExprPtr base);
    ExprPtr parseChain(ExprPtr base);
    bool parseArguments(const CallableSpec &spec, const Token &nameToken,
                        std::vector<ExprPtr> &arguments);
    Value stringValue(const Token &token) const;

    QStringView m_source;
    const std::vector<Token> &m_tokens;
    const LineIndex &m_lines;
    Diagnostics &m_diagnostics;
    QList<TemplateVariable> *m_variables;
    size_t m_index = 0;
    int m_depth = 0;
    bool m_abort = false;
    std::vector<OpenBlock> m_open;
    std::vector<QString> m_loopVariables; // index: slot
};

QString Parser::shown(QStringView text) const
{
    constexpr qsizetype limit = 40;
    QString result = text.left(limit).toString().simplified();
    if (text.size() > limit)
        result += QChar(0x2026); // …
    return result;
}

QString Parser::describe(const Token &token) const
{
    if (token.kind == TokenKind::End)
        return TemplateText::tr("the end of the template");
    if (token.span.length == 0)
        return TemplateText::tr("the end of the tag");
    return QLatin1Char('\'') + shown(text(token)) + QLatin1Char('\'');
}

bool Parser::isReported(const Token &found) const
{
    if (found.kind == TokenKind::Invalid || (isTagEnd(found.kind) && found.span.length == 0))
        return true;
    return found.kind == TokenKind::End && m_index > 0 && isTagEnd(m_tokens[m_index - 1].kind) &&
           m_tokens[m_index - 1].span.length == 0;
}

void Parser::expected(const Token &found, const QString &message)
{
    if (!isReported(found))
        error(found.span, message.arg(describe(found)));
}

void Parser::skipTag()
{
    while (cur().kind != TokenKind::End) {
        const bool end = isTagEnd(cur().kind);
        advance();
        if (end)
            return;
    }
}

bool Parser::finishBlock(const QString &message)
{
    if (cur().kind == TokenKind::BlockEnd) {
        advance();
        return true;
    }
    expected(cur(), message);
    skipTag();
    return false;
}

bool Parser::finishKeyword(L keyword)
{
    if (cur().kind == TokenKind::BlockEnd) {
        advance();
        return true;
    }
    if (!isReported(cur())) {
        error(cur().span,
              TemplateText::tr("expected '%}' after '%1', found %2").arg(keyword, describe(cur())));
    }
    skipTag();
    return false;
}

Tag Parser::tagOf(QStringView name) const
{
    static const Tag tags[] = {Tag::If,  Tag::Elif,   Tag::Else, Tag::Endif,
                               Tag::For, Tag::Endfor, Tag::Raw,  Tag::Endraw};
    const qsizetype i = knownTags().indexOf(name);
    if (i >= 0)
        return tags[i];
    return unsupportedTags().contains(name) ? Tag::Unsupported : Tag::Unknown;
}

void Parser::reportUnclosed(const OpenBlock &block, L name)
{
    if (m_abort)
        return;
    error(block.span, TemplateText::tr("'{% %1 %}' opened at line %2 is never closed")
                          .arg(name)
                          .arg(m_lines.line(block.span.offset)));
}

Tag Parser::parseBody(Body &body, std::initializer_list<Tag> stops)
{
    for (;;) {
        if (m_abort)
            return Tag::Eof;
        const Token &token = cur();
        switch (token.kind) {
        case TokenKind::End:
            return Tag::Eof;
        case TokenKind::Text:
            body.push_back(std::make_unique<TextStmt>(token.span));
            advance();
            continue;
        case TokenKind::VarBegin:
            parseOutput(body);
            continue;
        case TokenKind::BlockBegin:
            break;
        default: // cannot happen outside a tag; be safe
            advance();
            continue;
        }

        const Token &nameToken = peek();
        if (nameToken.kind != TokenKind::Name) {
            advance();
            expected(nameToken, TemplateText::tr("expected a tag name after '{%', found %1"));
            skipTag();
            continue;
        }
        const QStringView name = text(nameToken);
        const Span tagSpan = Span::between(token.span, nameToken.span);
        const Tag tag = tagOf(name);
        switch (tag) {
        case Tag::If:
            parseIf(body);
            continue;
        case Tag::For:
            parseFor(body);
            continue;
        case Tag::Elif:
        case Tag::Else:
        case Tag::Endif:
        case Tag::Endfor: {
            if (std::find(stops.begin(), stops.end(), tag) != stops.end()) {
                advance();
                advance();
                return tag;
            }
            const bool outer = std::any_of(m_open.begin(), m_open.end(), [tag](const OpenBlock &b) {
                if (b.tag == Tag::If)
                    return tag != Tag::Endfor;
                return tag == Tag::Else || tag == Tag::Endfor;
            });
            if (outer)
                return Tag::Outer;
            QString message;
            if (tag == Tag::Else)
                message = TemplateText::tr("'else' outside '{% if %}' or '{% for %}'");
            else
                message = TemplateText::tr("'%1' without a matching '{% %2 %}'")
                              .arg(name, tag == Tag::Endfor ? L("for") : L("if"));
            error(tagSpan, message);
            break;
        }
        case Tag::Raw:
            // A well-formed raw block never gets here: the lexer took it.
            advance();
            advance();
            expected(cur(), TemplateText::tr("expected '%}' right after 'raw', found %1"));
            skipTag();
            continue;
        case Tag::Endraw:
            error(tagSpan,
                  TemplateText::tr("'%1' without a matching '{% %2 %}'").arg(name, L("raw")));
            break;
        case Tag::Unsupported:
            error(nameToken.span,
                  TemplateText::tr("the '{% %1 %}' tag is not supported").arg(name));
            break;
        default: {
            const QString suggestion = closestName(name, knownTags());
            error(nameToken.span, suggestion.isEmpty()
                                      ? TemplateText::tr("unknown tag '%1'").arg(shown(name))
                                      : TemplateText::tr("unknown tag '%1' — did you mean '%2'?")
                                            .arg(shown(name), suggestion));
            break;
        }
        }
        advance();
        skipTag();
    }
}

void Parser::parseOutput(Body &body)
{
    const Token &begin = cur();
    advance();
    ExprPtr expr = parseExpression();
    if (!expr) {
        skipTag();
        return;
    }
    if (cur().kind == TokenKind::VarEnd) {
        body.push_back(
            std::make_unique<OutputStmt>(Span::between(begin.span, cur().span), std::move(expr)));
        advance();
        return;
    }
    expected(cur(), TemplateText::tr("expected '}}' after the expression, found %1"));
    skipTag();
}

void Parser::parseIf(Body &body)
{
    const Span openSpan = Span::between(cur().span, peek().span);
    advance();
    advance();
    DepthGuard guard(*this, openSpan);
    if (!guard)
        return;
    auto stmt = std::make_unique<IfStmt>(openSpan);
    ExprPtr condition = parseExpression();
    if (condition)
        finishBlock(TemplateText::tr("expected '%}' after the condition, found %1"));
    else
        skipTag();
    if (!condition)
        condition = std::make_unique<LiteralExpr>(openSpan, Value::fromBool(false));
    stmt->branches.push_back({std::move(condition), {}});

    m_open.push_back({Tag::If, openSpan});
    bool sawElse = false;
    for (;;) {
        const Tag tag = parseBody(stmt->branches.back().body, {Tag::Elif, Tag::Else, Tag::Endif});
        const Span nameSpan = m_tokens[m_index - 1].span;
        if (tag == Tag::Elif) {
            if (sawElse)
                error(nameSpan, TemplateText::tr("'elif' cannot follow 'else'"));
            ExprPtr elif = parseExpression();
            if (elif)
                finishBlock(TemplateText::tr("expected '%}' after the condition, found %1"));
            else
                skipTag();
            if (!elif)
                elif = std::make_unique<LiteralExpr>(nameSpan, Value::fromBool(false));
            stmt->branches.push_back({std::move(elif), {}});
        } else if (tag == Tag::Else) {
            if (sawElse)
                error(nameSpan, TemplateText::tr("'{% if %}' already has an 'else'"));
            sawElse = true;
            finishKeyword(L("else"));
            stmt->branches.push_back({nullptr, {}});
        } else if (tag == Tag::Endif) {
            finishKeyword(L("endif"));
            break;
        } else {
            reportUnclosed(m_open.back(), L("if"));
            break;
        }
    }
    m_open.pop_back();
    body.push_back(std::move(stmt));
}

void Parser::parseFor(Body &body)
{
    const Span openSpan = Span::between(cur().span, peek().span);
    advance();
    advance();
    DepthGuard guard(*this, openSpan);
    if (!guard)
        return;
    auto stmt = std::make_unique<ForStmt>(openSpan, int(m_loopVariables.size()));
    QString variable;
    const Token &variableToken = cur();
    if (variableToken.kind == TokenKind::Name && !isReservedName(text(variableToken))) {
        variable = text(variableToken).toString();
        advance();
        if (cur().kind == TokenKind::Comma) {
            error(cur().span, TemplateText::tr("several loop variables ('for a, b in …') are not "
                                               "supported"));
            skipTag();
        } else if (isWord(cur(), L("in"))) {
            advance();
            stmt->iterable = parseExpression();
            if (stmt->iterable)
                finishBlock(
                    TemplateText::tr("expected '%}' after the list to loop over, found %1"));
            else
                skipTag();
        } else {
            expected(cur(), TemplateText::tr("expected 'in' after the loop variable, found %1"));
            skipTag();
        }
    } else {
        if (variableToken.kind == TokenKind::Name) {
            error(variableToken.span, TemplateText::tr("'%1' cannot be the name of a loop variable")
                                          .arg(text(variableToken)));
        } else {
            expected(variableToken,
                     TemplateText::tr("expected a loop variable name after 'for', found %1"));
        }
        skipTag();
    }
    if (!stmt->iterable)
        stmt->iterable = std::make_unique<LiteralExpr>(openSpan, Value::null());

    m_open.push_back({Tag::For, openSpan});
    m_loopVariables.push_back(variable);
    Tag tag = parseBody(stmt->body, {Tag::Else, Tag::Endfor});
    m_loopVariables.pop_back(); // the else branch is outside the loop
    bool sawElse = false;
    for (;;) {
        if (tag == Tag::Else) {
            if (sawElse) {
                error(m_tokens[m_index - 1].span,
                      TemplateText::tr("'{% for %}' already has an 'else'"));
            }
            sawElse = true;
            finishKeyword(L("else"));
            tag = parseBody(stmt->elseBody, {Tag::Else, Tag::Endfor});
            continue;
        }
        if (tag == Tag::Endfor)
            finishKeyword(L("endfor"));
        else
            reportUnclosed(m_open.back(), L("for"));
        break;
    }
    m_open.pop_back();
    body.push_back(std::move(stmt));
}

ExprPtr Parser::parseExpression()
{
    DepthGuard guard(*this, cur().span);
    if (!guard)
        return nullptr;
    return parseBinary(PrecOr);
}

ExprPtr Parser::parseBinary(int minPrecedence)
{
    ExprPtr left;
    if (isWord(cur(), L("not"))) {
        const Span notSpan = cur().span;
        advance();
        DepthGuard guard(*this, notSpan);
        if (!guard)
            return nullptr;
        ExprPtr operand = parseBinary(PrecCompare);
        if (!operand)
            return nullptr;
        const Span span = Span::between(notSpan, operand->span);
        left = std::make_unique<UnaryExpr>(ExprKind::Not, span, std::move(operand));
    } else {
        left = parseUnary();
        if (!left)
            return nullptr;
    }

    for (;;) {
        const Token &token = cur();
        int precedence = 0;
        ExprKind nary = ExprKind::Literal;
        CompareOp op = CompareOp::Equal;
        int length = 1; // tokens
        switch (token.kind) {
        case TokenKind::Equal:
            precedence = PrecCompare;
            op = CompareOp::Equal;
            break;
        case TokenKind::NotEqual:
            precedence = PrecCompare;
            op = CompareOp::NotEqual;
            break;
        case TokenKind::Less:
            precedence = PrecCompare;
            op = CompareOp::Less;
            break;
        case TokenKind::LessEqual:
            precedence = PrecCompare;
            op = CompareOp::LessEqual;
            break;
        case TokenKind::Greater:
            precedence = PrecCompare;
            op = CompareOp::Greater;
            break;
        case TokenKind::GreaterEqual:
            precedence = PrecCompare;
            op = CompareOp::GreaterEqual;
            break;
        case TokenKind::Tilde:
            precedence = PrecConcat;
            nary = ExprKind::Concat;
            break;
        case TokenKind::Name:
            if (isWord(token, L("or"))) {
                precedence = PrecOr;
                nary = ExprKind::Or;
            } else if (isWord(token, L("and"))) {
                precedence = PrecAnd;
                nary = ExprKind::And;
            } else if (isWord(token, L("in"))) {
                precedence = PrecCompare;
                op = CompareOp::In;
            } else if (isWord(token, L("not")) && isWord(peek(), L("in"))) {
                precedence = PrecCompare;
                op = CompareOp::NotIn;
                length = 2;
            }
            break;
        default:
            break;
        }
        if (precedence == 0 || precedence < minPrecedence)
            return left;
        const Span opSpan = length == 2 ? Span::between(token.span, peek().span) : token.span;
        for (int i = 0; i < length; ++i)
            advance();

        if (precedence == PrecCompare) {
            ExprPtr right = parseBinary(PrecCompare + 1);
            if (!right)
                return nullptr;
            const Span span = Span::between(left->span, right->span);
            auto compare =
                std::make_unique<CompareExpr>(span, op, std::move(left), std::move(right));
            compare->opSpan = opSpan;
            left = std::move(compare);
            const Token &next = cur();
            const bool chained =
                (next.kind >= TokenKind::Equal && next.kind <= TokenKind::GreaterEqual) ||
                isWord(next, L("in")) || (isWord(next, L("not")) && isWord(peek(), L("in")));
            if (chained) {
                error(next.span, TemplateText::tr("comparisons cannot be chained; combine them "
                                                  "with 'and'"));
                return nullptr;
            }
            continue;
        }

        ExprPtr right = parseBinary(precedence + 1);
        if (!right)
            return nullptr;
        const Span span = Span::between(left->span, right->span);
        if (left->kind != nary) {
            auto node = std::make_unique<NaryExpr>(nary, left->span);
            node->operands.push_back(std::move(left));
            left = std::move(node);
        }
        left->span = span;
        static_cast<NaryExpr &>(*left).operands.push_back(std::move(right));
    }
}

ExprPtr Parser::parseUnary()
{
    if (cur().kind == TokenKind::Minus) {
        const Span minusSpan = cur().span;
        advance();
        DepthGuard guard(*this, minusSpan);
        if (!guard)
            return nullptr;
        ExprPtr operand = parseUnary();
        if (!operand)
            return nullptr;
        const Span span = Span::between(minusSpan, operand->span);
        if (operand->kind == ExprKind::Literal) {
            const Value &value = static_cast<const LiteralExpr &>(*operand).value;
            if (value.type == Value::Type::Integer &&
                value.integer != std::numeric_limits<qint64>::min())
                return std::make_unique<LiteralExpr>(span, Value::fromInteger(-value.integer));
            if (value.type == Value::Type::Double)
                return std::make_unique<LiteralExpr>(span, Value::fromDouble(-value.number));
        }
        return std::make_unique<UnaryExpr>(ExprKind::Negate, span, std::move(operand));
    }
    ExprPtr primary = parsePrimary();
    if (!primary)
        return nullptr;
    ExprPtr postfix = parsePostfix(std::move(primary));
    if (!postfix)
        return nullptr;
    return parseChain(std::move(postfix));
}

Value Parser::stringValue(const Token &token) const
{
    const QStringView raw = text(token).sliced(1, token.span.length - 2);
    if (!raw.contains(u'\\'))
        return Value::fromString(raw.toString());
    QString result;
    result.reserve(raw.size());
    for (qsizetype i = 0; i < raw.size(); ++i) {
        const QChar c = raw[i];
        if (c != u'\\' || i + 1 >= raw.size()) {
            result.append(c);
            continue;
        }
        const QChar e = raw[++i];
        switch (e.unicode()) {
        case u'n':
            result.append(u'\n');
            break;
        case u't':
            result.append(u'\t');
            break;
        case u'r':
            result.append(u'\r');
            break;
        case u'0':
            result.append(QChar(u'\0'));
            break;
        case u'\\':
        case u'\'':
        case u'"':
            result.append(e);
            break;
        case u'u':
        case u'x': {
            const qsizetype digits = e == u'u' ? 4 : 2;
            bool ok = false;
            uint code = 0;
            if (i + digits < raw.size())
                code = raw.sliced(i + 1, digits).toUInt(&ok, 16);
            if (ok) {
                result.append(QChar(char16_t(code)));
                i += digits;
            } else {
                result.append(u'\\');
                result.append(e);
            }
            break;
        }
        default: // as Python: an unknown escape stays as written
            result.append(u'\\');
            result.append(e);
            break;
        }
    }
    return Value::fromString(std::move(result));
}

ExprPtr Parser::parsePrimary()
{
    const Token &token = cur();
    switch (token.kind) {
    case TokenKind::Name: {
        const QStringView name = text(token);
        if (name == L("true") || name == L("True") || name == L("false") || name == L("False")) {
            advance();
            return std::make_unique<LiteralExpr>(
                token.span, Value::fromBool(name.front() != u'f' && name.front() != u'F'));
        }
        if (name == L("none") || name == L("None")) {
            advance();
            return std::make_unique<LiteralExpr>(token.span, Value::null());
        }
        if (name == L("and") || name == L("or") || name == L("not") || name == L("in") ||
            name == L("is")) {
            error(token.span,
                  TemplateText::tr("expected an expression, found %1").arg(describe(token)));
            return nullptr;
        }
        for (size_t slot = m_loopVariables.size(); slot-- > 0;) {
            if (m_loopVariables[slot] == name) {
                advance();
                return std::make_unique<LoopVariableExpr>(token.span, int(slot));
            }
        }
        if (name == L("loop") && !m_loopVariables.empty())
            return parseLoopProperty();
        advance();
        return std::make_unique<VariableExpr>(token.span, name.toString());
    }
    case TokenKind::String:
        advance();
        return std::make_unique<LiteralExpr>(token.span, stringValue(token));
    case TokenKind::Integer: {
        advance();
        bool ok = false;
        const qint64 i = text(token).toLongLong(&ok);
        if (ok)
            return std::make_unique<LiteralExpr>(token.span, Value::fromInteger(i));
        return std::make_unique<LiteralExpr>(token.span, Value::fromDouble(text(token).toDouble()));
    }
    case TokenKind::Float:
        advance();
        return std::make_unique<LiteralExpr>(token.span, Value::fromDouble(text(token).toDouble()));
    case TokenKind::LParen: {
        advance();
        ExprPtr inner = parseExpression();
        if (!inner)
            return nullptr;
        if (cur().kind != TokenKind::RParen) {
            if (!isReported(cur())) {
                error(cur().span,
                      TemplateText::tr("expected ')' to close '(' at column %1, found %2")
                          .arg(m_lines.column(token.span.offset))
                          .arg(describe(cur())));
            }
            return nullptr;
        }
        advance();
        return inner;
    }
    case TokenKind::LBracket: {
        auto list = std::make_unique<ListExpr>(token.span);
        advance();
        DepthGuard guard(*this, token.span);
        if (!guard)
            return nullptr;
        while (cur().kind != TokenKind::RBracket) {
            ExprPtr item = parseExpression();
            if (!item)
                return nullptr;
            list->items.push_back(std::move(item));
            if (cur().kind == TokenKind::Comma) {
                advance();
                continue;
            }
            if (cur().kind != TokenKind::RBracket) {
                expected(cur(), TemplateText::tr("expected ',' or ']' in the list, found %1"));
                return nullptr;
            }
        }
        list->span = Span::between(token.span, cur().span);
        advance();
        return list;
    }
    case TokenKind::Invalid:
        return nullptr;
    default:
        expected(token, TemplateText::tr("expected an expression, found %1"));
        return nullptr;
    }
}

ExprPtr Parser::parseLoopProperty()
{
    const Token &loopToken = cur();
    advance();
    const QString properties = QStringLiteral("index, index0, revindex, revindex0, first, last, "
                                              "length");
    if (cur().kind != TokenKind::Dot) {
        error(loopToken.span,
              TemplateText::tr("'loop' is used with a property: loop.%1")
                  .arg(properties.split(QStringLiteral(", ")).join(QStringLiteral(", loop."))));
        return nullptr;
    }
    advance();
    const Token &nameToken = cur();
    if (nameToken.kind != TokenKind::Name) {
        expected(nameToken, TemplateText::tr("expected a property name after 'loop.', found %1"));
        return nullptr;
    }
    const QStringView name = text(nameToken);
    const qsizetype property = loopProperties().indexOf(name);
    if (property < 0) {
        const QString suggestion = closestName(name, loopProperties());
        error(nameToken.span,
              suggestion.isEmpty()
                  ? TemplateText::tr("'loop' has no property '%1'; it has %2")
                        .arg(shown(name), properties)
                  : TemplateText::tr("'loop' has no property '%1' — did you mean '%2'?")
                        .arg(shown(name), suggestion));
        return nullptr;
    }
    advance();
    return std::make_unique<LoopPropertyExpr>(Span::between(loopToken.span, nameToken.span),
                                              int(m_loopVariables.size()) - 1,
                                              LoopProperty(property));
}

ExprPtr Parser::parsePostfix(ExprPtr base)
{
    const bool isField = base->kind == ExprKind::Variable;
    const QString root = isField ? static_cast<const VariableExpr &>(*base).name : QString();
    QString path = root;
    Span pathSpan = base->span;
    bool pathIsStatic = true;

    std::unique_ptr<PathExpr> node;
    while (cur().kind == TokenKind::Dot || cur().kind == TokenKind::LBracket) {
        if (!node)
            node = std::make_unique<PathExpr>(base->span, std::move(base));
        PathSegment segment;
        if (cur().kind == TokenKind::Dot) {
            advance();
            const Token &name = cur();
            if (name.kind == TokenKind::Name) {
                segment.key = text(name).toString();
            } else if (name.kind == TokenKind::Integer) {
                bool ok = false;
                segment.kind = PathSegment::Kind::Index;
                segment.index = text(name).toLongLong(&ok);
                if (!ok) {
                    error(name.span, TemplateText::tr("the index %1 is too large").arg(text(name)));
                    return nullptr;
                }
            } else {
                expected(name, TemplateText::tr("expected a field name after '.', found %1"));
                return nullptr;
            }
            segment.end = name.span.end();
            advance();
        } else {
            advance();
            ExprPtr index = parseExpression();
            if (!index)
                return nullptr;
            if (cur().kind != TokenKind::RBracket) {
                expected(cur(), TemplateText::tr("expected ']' after the index, found %1"));
                return nullptr;
            }
            segment.end = cur().span.end();
            advance();
            const Value *literal = index->kind == ExprKind::Literal
                                       ? &static_cast<const LiteralExpr &>(*index).value
                                       : nullptr;
            if (literal && literal->type == Value::Type::String) {
                segment.key = literal->string;
            } else if (literal && literal->type == Value::Type::Integer) {
                segment.kind = PathSegment::Kind::Index;
                segment.index = literal->integer;
            } else {
                segment.kind = PathSegment::Kind::Dynamic;
                segment.dynamic = std::move(index);
            }
        }
        if (isField && pathIsStatic) {
            switch (segment.kind) {
            case PathSegment::Kind::Key:
                if (isIdentifier(segment.key)) {
                    path += QLatin1Char('.') + segment.key;
                } else {
                    path += QLatin1Char('[');
                    appendJson(path, Value::fromString(segment.key), 0);
                    path += QLatin1Char(']');
                }
                pathSpan.length = segment.end - pathSpan.offset;
                break;
            case PathSegment::Kind::Index:
                path += QLatin1Char('[') + QString::number(segment.index) + QLatin1Char(']');
                pathSpan.length = segment.end - pathSpan.offset;
                break;
            case PathSegment::Kind::Dynamic:
                pathIsStatic = false;
                break;
            }
        }
        node->span.length = segment.end - node->span.offset;
        node->segments.push_back(std::move(segment));
    }
    if (cur().kind == TokenKind::LParen) {
        error(cur().span, TemplateText::tr("calls are not supported; use a filter instead, as "
                                           "in 'value | upper'"));
        return nullptr;
    }
    if (isField && m_variables) {
        TemplateVariable variable;
        variable.name = root;
        variable.path = path;
        variable.line = m_lines.line(pathSpan.offset);
        variable.column = m_lines.column(pathSpan.offset);
        variable.offset = pathSpan.offset;
        variable.length = pathSpan.length;
        m_variables->append(variable);
    }
    if (node)
        return node;
    return base;
}

ExprPtr Parser::parseChain(ExprPtr base)
{
    std::unique_ptr<ChainExpr> chain;
    for (;;) {
        const bool isFilter = cur().kind == TokenKind::Pipe;
        const bool isTest = isWord(cur(), L("is"));
        if (!isFilter && !isTest)
            break;
        advance();
        ChainStep step;
        step.isTest = isTest;
        if (isTest && isWord(cur(), L("not"))) {
            step.negated = true;
            advance();
        }
        const Token &nameToken = cur();
        if (nameToken.kind != TokenKind::Name) {
            expected(nameToken, isTest
                                    ? TemplateText::tr("expected a test name after 'is', found %1")
                                    : TemplateText::tr("expected a filter name after '|', found "
                                                       "%1"));
            return nullptr;
        }
        const QStringView name = text(nameToken);
        const CallableSpec *spec = isTest ? findTest(name) : findFilter(name);
        if (!spec) {
            const QString suggestion =
                closestName(name, names(isTest ? testSpecs() : filterSpecs()));
            QString message;
            if (isTest) {
                message = suggestion.isEmpty()
                              ? TemplateText::tr("unknown test '%1'").arg(shown(name))
                              : TemplateText::tr("unknown test '%1' — did you mean '%2'?")
                                    .arg(shown(name), suggestion);
            } else {
                message = suggestion.isEmpty()
                              ? TemplateText::tr("unknown filter '%1'").arg(shown(name))
                              : TemplateText::tr("unknown filter '%1' — did you mean '%2'?")
                                    .arg(shown(name), suggestion);
            }
            error(nameToken.span, message);
            return nullptr;
        }
        step.id = spec->id;
        step.span = nameToken.span;
        advance();
        if (!parseArguments(*spec, nameToken, step.arguments))
            return nullptr;
        if (!chain)
            chain = std::make_unique<ChainExpr>(base->span, std::move(base));
        chain->span.length = m_tokens[m_index - 1].span.end() - chain->span.offset;
        chain->steps.push_back(std::move(step));
    }
    if (chain)
        return chain;
    return base;
}

bool Parser::parseArguments(const CallableSpec &spec, const Token &nameToken,
                            std::vector<ExprPtr> &arguments)
{
    const QStringView name = text(nameToken);
    arguments.resize(size_t(spec.count));
    if (cur().kind == TokenKind::LParen) {
        advance();
        int position = 0;
        bool sawKeyword = false;
        while (cur().kind != TokenKind::RParen) {
            const Token &first = cur();
            int slot = -1;
            if (first.kind == TokenKind::Name && peek().kind == TokenKind::Assign) {
                sawKeyword = true;
                const QStringView keyword = text(first);
                for (int i = 0; i < spec.count; ++i) {
                    if (keyword == spec.params[size_t(i)].name)
                        slot = i;
                }
                if (slot < 0) {
                    error(first.span, TemplateText::tr("'%1' has no argument named '%2'")
                                          .arg(name, shown(keyword)));
                    return false;
                }
                if (arguments[size_t(slot)]) {
                    error(first.span, TemplateText::tr("the argument '%1' of '%2' is given twice")
                                          .arg(keyword, name));
                    return false;
                }
                advance();
                advance();
            } else {
                if (sawKeyword) {
                    error(first.span, TemplateText::tr("an argument without a name cannot follow "
                                                       "one with a name"));
                    return false;
                }
                if (position >= spec.count) {
                    error(first.span, spec.count == 0
                                          ? TemplateText::tr("'%1' takes no arguments").arg(name)
                                          : TemplateText::tr("'%1' takes at most %n argument(s)",
                                                             nullptr, spec.count)
                                                .arg(name));
                    return false;
                }
                slot = position++;
            }
            ExprPtr value = parseExpression();
            if (!value)
                return false;
            if (value->kind == ExprKind::Literal) {
                const Value &literal = static_cast<const LiteralExpr &>(*value).value;
                const ParamType type = spec.params[size_t(slot)].type;
                const bool fits =
                    type == ParamType::Any || (type == ParamType::Number && literal.isNumber()) ||
                    (type == ParamType::String && literal.type == Value::Type::String) ||
                    (type == ParamType::Bool && literal.type == Value::Type::Bool) ||
                    literal.type == Value::Type::Null;
                if (!fits) {
                    const QString what = type == ParamType::Number ? TemplateText::tr("a number")
                                         : type == ParamType::String
                                             ? TemplateText::tr("a string")
                                             : TemplateText::tr("true or false");
                    error(value->span, TemplateText::tr("the argument '%1' of '%2' must be %3")
                                           .arg(spec.params[size_t(slot)].name)
                                           .arg(name, what));
                    return false;
                }
            }
            arguments[size_t(slot)] = std::move(value);
            if (cur().kind == TokenKind::Comma) {
                advance();
                continue;
            }
            if (cur().kind != TokenKind::RParen) {
                if (!isReported(cur())) {
                    error(cur().span, TemplateText::tr("expected ',' or ')' after an argument of "
                                                       "'%1', found %2")
                                          .arg(name, describe(cur())));
                }
                return false;
            }
        }
        advance();
    }
    for (int i = 0; i < spec.required; ++i) {
        if (!arguments[size_t(i)]) {
            error(nameToken.span, TemplateText::tr("'%1' needs the argument '%2'")
                                      .arg(name, spec.params[size_t(i)].name));
            return false;
        }
    }
    return true;
}

} // namespace

Body parseTemplate(QStringView source, const std::vector<Token> &tokens, const LineIndex &lines,
                   Diagnostics &diagnostics, QList<TemplateVariable> *variables)
{
    return Parser(source, tokens, lines, diagnostics, variables).run();
}

} // namespace Seedbed::TemplateDetail
