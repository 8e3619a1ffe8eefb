#pragma once

#include "models/template/templatevalue.h"

#include <QCoreApplication>
#include <QString>

#include <memory>
#include <vector>

// The parsed form of a template: plain data, immutable once parsed, walked by the renderer.
namespace Seedbed::TemplateDetail {

// lupdate reads the context from here; nothing in the template language is a QObject.
struct TemplateText
{
    Q_DECLARE_TR_FUNCTIONS(Seedbed::Template)
};

struct Span
{
    qsizetype offset = 0;
    qsizetype length = 0;

    qsizetype end() const { return offset + length; }
    static Span between(Span first, Span last) { return {first.offset, last.end() - first.offset}; }
};

enum class ExprKind : quint8 {
    Literal,
    Variable,     // a field of the context
    LoopVariable, // the variable of an enclosing for
    LoopProperty, // loop.index…
    Path,         // base.key[index]…
    List,
    Chain, // base | filter(…) is test…
    Not,
    Negate,
    And,
    Or,
    Concat,
    Compare,
};

struct Expr
{
    Expr(ExprKind k, Span s)
        : kind(k)
        , span(s)
    {}
    virtual ~Expr() = default;
    Q_DISABLE_COPY_MOVE(Expr)

    ExprKind kind;
    Span span;
};
using ExprPtr = std::unique_ptr<Expr>;

struct LiteralExpr : Expr
{
    LiteralExpr(Span s, Value v)
        : Expr(ExprKind::Literal, s)
        , value(std::move(v))
    {}
    Value value;
};

struct VariableExpr : Expr
{
    VariableExpr(Span s, QString n)
        : Expr(ExprKind::Variable, s)
        , name(std::move(n))
    {}
    QString name;
};

struct LoopVariableExpr : Expr
{
    LoopVariableExpr(Span s, int l)
        : Expr(ExprKind::LoopVariable, s)
        , slot(l)
    {}
    int slot; // how many loops enclose the one that binds it
};

enum class LoopProperty : quint8 { Index, Index0, RevIndex, RevIndex0, First, Last, Length };

struct LoopPropertyExpr : Expr
{
    LoopPropertyExpr(Span s, int l, LoopProperty p)
        : Expr(ExprKind::LoopProperty, s)
        , slot(l)
        , property(p)
    {}
    int slot;
    LoopProperty property;
};

struct PathSegment
{
    enum class Kind : quint8 { Key, Index, Dynamic };
    Kind kind = Kind::Key;
    QString key;
    qint64 index = 0;
    ExprPtr dynamic;
    qsizetype end = 0; // in the source, for "undefined variable 'seed.hint'"
};

// Flat, so that a chain of a million attributes nests nothing.
struct PathExpr : Expr
{
    PathExpr(Span s, ExprPtr b)
        : Expr(ExprKind::Path, s)
        , base(std::move(b))
    {}
    ExprPtr base;
    std::vector<PathSegment> segments;
};

struct ListExpr : Expr
{
    explicit ListExpr(Span s)
        : Expr(ExprKind::List, s)
    {}
    std::vector<ExprPtr> items;
};

enum class FilterId : quint8 {
    Upper,
    Lower,
    Capitalize,
    Trim,
    Default,
    Join,
    Length,
    Truncate,
    Json,
    Replace,
    First,
    Last,
    String,
    Int,
    Float,
};

enum class TestId : quint8 {
    Defined,
    Undefined,
    None,
    Boolean,
    Number,
    String,
    Mapping,
    Sequence,
    Iterable,
    Even,
    Odd,
    DivisibleBy,
};

struct ChainStep
{
    bool isTest = false;
    bool negated = false;           // is not
    quint8 id = 0;                  // FilterId or TestId
    Span span;                      // the name, for messages
    std::vector<ExprPtr> arguments; // one per parameter; null: the default
};

// Flat, like PathExpr.
struct ChainExpr : Expr
{
    ChainExpr(Span s, ExprPtr b)
        : Expr(ExprKind::Chain, s)
        , base(std::move(b))
    {}
    ExprPtr base;
    std::vector<ChainStep> steps;
};

struct UnaryExpr : Expr
{
    UnaryExpr(ExprKind k, Span s, ExprPtr o)
        : Expr(k, s)
        , operand(std::move(o))
    {}
    ExprPtr operand;
};

// and, or, ~: flat.
struct NaryExpr : Expr
{
    NaryExpr(ExprKind k, Span s)
        : Expr(k, s)
    {}
    std::vector<ExprPtr> operands;
};

enum class CompareOp : quint8 {
    Equal,
    NotEqual,
    Less,
    LessEqual,
    Greater,
    GreaterEqual,
    In,
    NotIn
};

struct CompareExpr : Expr
{
    CompareExpr(Span s, CompareOp o, ExprPtr l, ExprPtr r)
        : Expr(ExprKind::Compare, s)
        , op(o)
        , left(std::move(l))
        , right(std::move(r))
    {}
    CompareOp op;
    Span opSpan;
    ExprPtr left;
    ExprPtr right;
};

enum class StmtKind : quint8 { Text, Output, If, For };

struct Stmt
{
    Stmt(StmtKind k, Span s)
        : kind(k)
        , span(s)
    {}
    virtual ~Stmt() = default;
    Q_DISABLE_COPY_MOVE(Stmt)

    StmtKind kind;
    Span span; // Text: the text to copy
};
using StmtPtr = std::unique_ptr<Stmt>;
using Body = std::vector<StmtPtr>;

struct TextStmt : Stmt
{
    explicit TextStmt(Span s)
        : Stmt(StmtKind::Text, s)
    {}
};

struct OutputStmt : Stmt
{
    OutputStmt(Span s, ExprPtr e)
        : Stmt(StmtKind::Output, s)
        , expr(std::move(e))
    {}
    ExprPtr expr;
};

struct IfStmt : Stmt
{
    explicit IfStmt(Span s)
        : Stmt(StmtKind::If, s)
    {}
    struct Branch
    {
        ExprPtr condition; // null: else
        Body body;
    };
    std::vector<Branch> branches;
};

struct ForStmt : Stmt
{
    ForStmt(Span s, int l)
        : Stmt(StmtKind::For, s)
        , slot(l)
    {}
    int slot;
    ExprPtr iterable;
    Body body;
    Body elseBody;
};

} // namespace Seedbed::TemplateDetail
