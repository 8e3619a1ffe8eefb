#include "models/template/templaterenderer.h"

#include "models/template/template.h"
#include "models/template/templatefilters.h"

#include <QSet>

#include <cmath>
#include <limits>
#include <optional>

namespace Seedbed::TemplateDetail {

namespace {

constexpr int maxWarnings = 100;
constexpr int maxJsonIndent = 16;

class Renderer
{
public:
    Renderer(const TemplateData &data, const QJsonObject &context,
             const TemplateRenderOptions &options)
        : m_data(data)
        , m_context(context)
        , m_options(options)
    {
        m_out.reserve(std::clamp<qsizetype>(options.maxOutputLength, 0, data.source.size() + 256));
    }

    bool run()
    {
        renderBody(m_data.body);
        return !m_failed;
    }

    QString takeOutput() { return std::exchange(m_out, {}); }
    QList<TemplateError> warnings() const { return m_warnings; }
    const TemplateError &error() const { return m_error; }

private:
    struct Frame
    {
        Value item;
        qsizetype index = 0;
        qsizetype length = 0;
    };

    // Statements
    void renderBody(const Body &body);
    void renderFor(const ForStmt &stmt);
    void append(QStringView text, Span where);
    void appendValue(const Value &value, Span where);

    // Expressions
    Value eval(const Expr &expr);
    Value evalPath(const PathExpr &path);
    Value evalChain(const ChainExpr &chain);
    Value evalCompare(const CompareExpr &compare);
    Value applyFilter(const ChainStep &step, Value input);
    bool applyTest(const ChainStep &step, const Value &input);
    Value lookup(const Value &container, const QString &key, const PathExpr &path, qsizetype end);
    Value index(const Value &container, qint64 i, const PathExpr &path, qsizetype end);

    // Filter arguments; an undefined argument is reported and taken as not given.
    std::optional<Value> argument(const ChainStep &step, int i);
    QString stringArgument(const ChainStep &step, int i, const QString &fallback);
    qint64 integerArgument(const ChainStep &step, int i, qint64 fallback);
    bool boolArgument(const ChainStep &step, int i, bool fallback);
    QString callableName(const ChainStep &step) const;
    QString parameterName(const ChainStep &step, int i) const;

    // Problems and limits
    bool truthy(const Value &value);
    bool reportIfUndefined(const Value &value);
    void problem(Span where, const QString &message);
    void fail(Span where, const QString &message);
    bool spend(Span where, qint64 cost = 1);
    void charge(Span where, qsizetype characters) { spend(where, characters / 64); }
    bool fits(qsizetype length, Span where);
    QString typeName(const Value &value) const;
    QString shown(Span span) const;

    const TemplateData &m_data;
    const QJsonObject &m_context;
    const TemplateRenderOptions &m_options;
    QString m_out;
    std::vector<Frame> m_frames; // index: ForStmt::slot
    QList<TemplateError> m_warnings;
    QSet<std::pair<qsizetype, qsizetype>> m_warned;
    TemplateError m_error;
    qint64 m_steps = 0;
    bool m_failed = false;
};

QString Renderer::shown(Span span) const
{
    constexpr qsizetype limit = 60;
    const QStringView text = QStringView(m_data.source).sliced(span.offset, span.length);
    QString result = text.left(limit).toString().simplified();
    if (text.size() > limit)
        result += QChar(0x2026); // …
    return result;
}

QString Renderer::typeName(const Value &value) const
{
    switch (value.type) {
    case Value::Type::Undefined:
        return TemplateText::tr("an undefined value");
    case Value::Type::Null:
        return TemplateText::tr("null");
    case Value::Type::Bool:
        return TemplateText::tr("true or false");
    case Value::Type::Integer:
    case Value::Type::Double:
        return TemplateText::tr("a number");
    case Value::Type::String:
        return TemplateText::tr("a string");
    case Value::Type::Array:
        return TemplateText::tr("a list");
    case Value::Type::Object:
        return TemplateText::tr("an object");
    }
    return {};
}

void Renderer::fail(Span where, const QString &message)
{
    if (m_failed)
        return;
    m_failed = true;
    m_error = Diagnostics::make(m_data.lines, TemplateError::Severity::Error, where, message);
}

void Renderer::problem(Span where, const QString &message)
{
    if (m_options.strict) {
        fail(where, message);
        return;
    }
    // A loop would repeat the same warning for every item.
    if (m_warnings.size() >= maxWarnings || m_warned.contains({where.offset, where.length}))
        return;
    m_warned.insert({where.offset, where.length});
    m_warnings.append(
        Diagnostics::make(m_data.lines, TemplateError::Severity::Warning, where, message));
}

bool Renderer::reportIfUndefined(const Value &value)
{
    if (!value.isUndefined())
        return false;
    Span where;
    if (value.origin)
        where = {value.origin->span.offset, value.originEnd - value.origin->span.offset};
    problem(where, TemplateText::tr("undefined variable '%1'").arg(shown(where)));
    return true;
}

bool Renderer::truthy(const Value &value)
{
    reportIfUndefined(value);
    return isTruthy(value);
}

bool Renderer::spend(Span where, qint64 cost)
{
    m_steps += cost;
    if (m_steps > m_options.maxSteps) {
        fail(where, TemplateText::tr("rendering takes too long (more than %1 steps); is a loop "
                                     "too large?")
                        .arg(m_options.maxSteps));
    }
    return !m_failed;
}

bool Renderer::fits(qsizetype length, Span where)
{
    if (length > m_options.maxOutputLength) {
        fail(where, TemplateText::tr("the text would be longer than %1 characters")
                        .arg(m_options.maxOutputLength));
    }
    return !m_failed;
}

void Renderer::append(QStringView text, Span where)
{
    if (!fits(m_out.size() + text.size(), where))
        return;
    m_out.append(text);
}

void Renderer::appendValue(const Value &value, Span where)
{
    reportIfUndefined(value);
    if (value.type == Value::Type::String) {
        append(value.string, where);
        return;
    }
    const qsizetype before = m_out.size();
    appendText(m_out, value);
    if (!fits(m_out.size(), where))
        m_out.truncate(before);
}

void Renderer::renderBody(const Body &body)
{
    for (const StmtPtr &stmt : body) {
        if (m_failed || !spend(stmt->span))
            return;
        switch (stmt->kind) {
        case StmtKind::Text:
            append(QStringView(m_data.source).sliced(stmt->span.offset, stmt->span.length),
                   stmt->span);
            break;
        case StmtKind::Output: {
            const auto &output = static_cast<const OutputStmt &>(*stmt);
            const Value value = eval(*output.expr);
            if (!m_failed)
                appendValue(value, output.expr->span);
            break;
        }
        case StmtKind::If:
            for (const IfStmt::Branch &branch : static_cast<const IfStmt &>(*stmt).branches) {
                if (!branch.condition || truthy(eval(*branch.condition))) {
                    if (!m_failed)
                        renderBody(branch.body);
                    break;
                }
                if (m_failed)
                    return;
            }
            break;
        case StmtKind::For:
            renderFor(static_cast<const ForStmt &>(*stmt));
            break;
        }
    }
}

void Renderer::renderFor(const ForStmt &stmt)
{
    const Value list = eval(*stmt.iterable);
    if (m_failed)
        return;
    qsizetype length = 0;
    QStringList keys;
    switch (list.type) {
    case Value::Type::Array:
        length = list.array.size();
        break;
    case Value::Type::Object:
        keys = list.object.keys();
        length = keys.size();
        break;
    case Value::Type::String:
        charge(stmt.iterable->span, list.string.size());
        length = codePointCount(list.string);
        break;
    case Value::Type::Null:
        break;
    case Value::Type::Undefined:
        reportIfUndefined(list);
        break;
    default:
        problem(stmt.iterable->span, TemplateText::tr("cannot loop over %1").arg(typeName(list)));
        break;
    }
    if (m_failed)
        return;
    if (length == 0) {
        renderBody(stmt.elseBody);
        return;
    }

    Q_ASSERT(qsizetype(m_frames.size()) == stmt.slot);
    m_frames.push_back({{}, 0, length});
    qsizetype position = 0; // in a string
    for (qsizetype i = 0; i < length; ++i) {
        if (!spend(stmt.span))
            break;
        Frame &frame = m_frames[size_t(stmt.slot)];
        frame.index = i;
        switch (list.type) {
        case Value::Type::Array:
            frame.item = Value::fromJson(list.array.at(i));
            break;
        case Value::Type::Object:
            frame.item = Value::fromString(keys.at(i));
            break;
        default: {
            const qsizetype units = codePointOffset(QStringView(list.string).sliced(position), 1);
            frame.item = Value::fromString(list.string.sliced(position, units));
            position += units;
            break;
        }
        }
        renderBody(stmt.body);
        if (m_failed)
            break;
    }
    m_frames.pop_back();
}

Value Renderer::eval(const Expr &expr)
{
    if (m_failed || !spend(expr.span))
        return {};
    switch (expr.kind) {
    case ExprKind::Literal:
        return static_cast<const LiteralExpr &>(expr).value;
    case ExprKind::Variable: {
        const QJsonValue value = m_context.value(static_cast<const VariableExpr &>(expr).name);
        if (value.isUndefined())
            return Value::undefined(&expr, expr.span.end());
        return Value::fromJson(value);
    }
    case ExprKind::LoopVariable:
        return m_frames[size_t(static_cast<const LoopVariableExpr &>(expr).slot)].item;
    case ExprKind::LoopProperty: {
        const auto &property = static_cast<const LoopPropertyExpr &>(expr);
        const Frame &frame = m_frames[size_t(property.slot)];
        switch (property.property) {
        case LoopProperty::Index:
            return Value::fromInteger(frame.index + 1);
        case LoopProperty::Index0:
            return Value::fromInteger(frame.index);
        case LoopProperty::RevIndex:
            return Value::fromInteger(frame.length - frame.index);
        case LoopProperty::RevIndex0:
            return Value::fromInteger(frame.length - frame.index - 1);
        case LoopProperty::First:
            return Value::fromBool(frame.index == 0);
        case LoopProperty::Last:
            return Value::fromBool(frame.index == frame.length - 1);
        case LoopProperty::Length:
            return Value::fromInteger(frame.length);
        }
        return {};
    }
    case ExprKind::Path:
        return evalPath(static_cast<const PathExpr &>(expr));
    case ExprKind::List: {
        QJsonArray array;
        for (const ExprPtr &item : static_cast<const ListExpr &>(expr).items) {
            const Value value = eval(*item);
            reportIfUndefined(value);
            array.append(value.toJson());
        }
        return Value::fromArray(std::move(array));
    }
    case ExprKind::Chain:
        return evalChain(static_cast<const ChainExpr &>(expr));
    case ExprKind::Not:
        return Value::fromBool(!truthy(eval(*static_cast<const UnaryExpr &>(expr).operand)));
    case ExprKind::Negate: {
        const Value value = eval(*static_cast<const UnaryExpr &>(expr).operand);
        if (value.type == Value::Type::Integer &&
            value.integer != std::numeric_limits<qint64>::min())
            return Value::fromInteger(-value.integer);
        if (value.isNumber())
            return Value::fromDouble(-value.toDouble());
        if (!reportIfUndefined(value))
            problem(expr.span, TemplateText::tr("'-' needs a number, got %1").arg(typeName(value)));
        return Value::null();
    }
    case ExprKind::And:
    case ExprKind::Or: {
        // As in Python: the value that decided, not just true or false.
        const bool isOr = expr.kind == ExprKind::Or;
        Value value;
        for (const ExprPtr &operand : static_cast<const NaryExpr &>(expr).operands) {
            value = eval(*operand);
            if (m_failed || truthy(value) == isOr)
                break;
        }
        return value;
    }
    case ExprKind::Concat: {
        QString text;
        for (const ExprPtr &operand : static_cast<const NaryExpr &>(expr).operands) {
            const Value value = eval(*operand);
            reportIfUndefined(value);
            appendText(text, value);
            if (!fits(text.size(), expr.span))
                return {};
        }
        charge(expr.span, text.size());
        return Value::fromString(std::move(text));
    }
    case ExprKind::Compare:
        return evalCompare(static_cast<const CompareExpr &>(expr));
    }
    return {};
}

Value Renderer::lookup(const Value &container, const QString &key, const PathExpr &path,
                       qsizetype end)
{
    if (container.type == Value::Type::Object) {
        const QJsonValue value = container.object.value(key);
        if (!value.isUndefined())
            return Value::fromJson(value);
    } else if (container.type == Value::Type::Array) {
        // Records keep lists as objects' values; "items.0" and "items['0']" mean the same.
        bool isNumber = false;
        const qint64 i = key.toLongLong(&isNumber);
        if (isNumber)
            return index(container, i, path, end);
    }
    return Value::undefined(&path, end);
}

Value Renderer::index(const Value &container, qint64 i, const PathExpr &path, qsizetype end)
{
    switch (container.type) {
    case Value::Type::Array: {
        const qint64 size = container.array.size();
        if (i < 0)
            i += size; // Python: from the end
        if (i >= 0 && i < size)
            return Value::fromJson(container.array.at(qsizetype(i)));
        break;
    }
    case Value::Type::String: {
        charge(path.span, container.string.size());
        const qint64 size = codePointCount(container.string);
        if (i < 0)
            i += size;
        if (i >= 0 && i < size) {
            const QStringView text(container.string);
            const qsizetype start = codePointOffset(text, i);
            return Value::fromString(
                text.sliced(start, codePointOffset(text.sliced(start), 1)).toString());
        }
        break;
    }
    case Value::Type::Object:
        return lookup(container, QString::number(i), path, end);
    default:
        break;
    }
    return Value::undefined(&path, end);
}

Value Renderer::evalPath(const PathExpr &path)
{
    Value value = eval(*path.base);
    for (const PathSegment &segment : path.segments) {
        if (m_failed || value.isUndefined())
            return value; // "seed.a.b" with no "a" reports "seed.a"
        switch (segment.kind) {
        case PathSegment::Kind::Key:
            value = lookup(value, segment.key, path, segment.end);
            break;
        case PathSegment::Kind::Index:
            value = index(value, segment.index, path, segment.end);
            break;
        case PathSegment::Kind::Dynamic: {
            const Value key = eval(*segment.dynamic);
            if (reportIfUndefined(key))
                return Value::null();
            if (key.type == Value::Type::String) {
                value = lookup(value, key.string, path, segment.end);
            } else if (key.type == Value::Type::Integer) {
                value = index(value, key.integer, path, segment.end);
            } else if (key.type == Value::Type::Double && std::isfinite(key.number) &&
                       key.number == std::floor(key.number) && std::fabs(key.number) < 9.0e15) {
                value = index(value, qint64(key.number), path, segment.end);
            } else {
                problem(segment.dynamic->span,
                        TemplateText::tr("an index must be a string or a whole number, not %1")
                            .arg(typeName(key)));
                return Value::null();
            }
            break;
        }
        }
    }
    return value;
}

Value Renderer::evalChain(const ChainExpr &chain)
{
    Value value = eval(*chain.base);
    for (const ChainStep &step : chain.steps) {
        if (m_failed)
            return {};
        if (step.isTest)
            value = Value::fromBool(applyTest(step, value) != step.negated);
        else
            value = applyFilter(step, std::move(value));
    }
    return value;
}

Value Renderer::evalCompare(const CompareExpr &compare)
{
    const Value left = eval(*compare.left);
    const Value right = eval(*compare.right);
    if (m_failed)
        return {};
    const bool leftUndefined = reportIfUndefined(left);
    const bool undefined = reportIfUndefined(right) || leftUndefined;
    switch (compare.op) {
    case CompareOp::Equal:
        return Value::fromBool(equals(left, right));
    case CompareOp::NotEqual:
        return Value::fromBool(!equals(left, right));
    case CompareOp::Less:
    case CompareOp::LessEqual:
    case CompareOp::Greater:
    case CompareOp::GreaterEqual: {
        int order = 0;
        if (left.type == Value::Type::Integer && right.type == Value::Type::Integer) {
            order = left.integer < right.integer ? -1 : left.integer > right.integer ? 1 : 0;
        } else if (left.isNumber() && right.isNumber()) {
            const double a = left.toDouble();
            const double b = right.toDouble();
            if (std::isnan(a) || std::isnan(b))
                return Value::fromBool(false);
            order = a < b ? -1 : a > b ? 1 : 0;
        } else if (left.type == Value::Type::String && right.type == Value::Type::String) {
            charge(compare.span, std::min(left.string.size(), right.string.size()));
            order = left.string.compare(right.string);
        } else {
            if (!undefined) {
                problem(compare.opSpan, TemplateText::tr("cannot compare %1 with %2")
                                            .arg(typeName(left), typeName(right)));
            }
            return Value::fromBool(false);
        }
        switch (compare.op) {
        case CompareOp::Less:
            return Value::fromBool(order < 0);
        case CompareOp::LessEqual:
            return Value::fromBool(order <= 0);
        case CompareOp::Greater:
            return Value::fromBool(order > 0);
        default:
            return Value::fromBool(order >= 0);
        }
    }
    case CompareOp::In:
    case CompareOp::NotIn:
        break;
    }

    bool found = false;
    switch (right.type) {
    case Value::Type::String:
        if (left.type == Value::Type::String) {
            charge(compare.span, right.string.size());
            found = right.string.contains(left.string);
        } else if (!undefined) {
            problem(compare.opSpan,
                    TemplateText::tr("cannot look for %1 in a string").arg(typeName(left)));
        }
        break;
    case Value::Type::Array: {
        charge(compare.span, right.array.size() * 8);
        const QJsonValue needle = left.toJson();
        for (const QJsonValue &item : right.array) {
            if (item == needle) {
                found = true;
                break;
            }
        }
        break;
    }
    case Value::Type::Object:
        found = left.type == Value::Type::String && right.object.contains(left.string);
        break;
    case Value::Type::Null:
    case Value::Type::Undefined:
        break;
    default:
        problem(compare.opSpan,
                TemplateText::tr("cannot look for a value in %1").arg(typeName(right)));
        break;
    }
    return Value::fromBool(found == (compare.op == CompareOp::In));
}

QString Renderer::callableName(const ChainStep &step) const
{
    return QStringView(m_data.source).sliced(step.span.offset, step.span.length).toString();
}

QString Renderer::parameterName(const ChainStep &step, int i) const
{
    const auto specs = step.isTest ? testSpecs() : filterSpecs();
    for (const CallableSpec &spec : specs) {
        if (spec.id == step.id)
            return QString(spec.params[size_t(i)].name);
    }
    return {};
}

std::optional<Value> Renderer::argument(const ChainStep &step, int i)
{
    const ExprPtr &expr = step.arguments[size_t(i)];
    if (!expr)
        return std::nullopt;
    Value value = eval(*expr);
    if (reportIfUndefined(value) || value.type == Value::Type::Null)
        return std::nullopt;
    return value;
}

QString Renderer::stringArgument(const ChainStep &step, int i, const QString &fallback)
{
    const std::optional<Value> value = argument(step, i);
    if (!value)
        return fallback;
    if (value->type == Value::Type::String)
        return value->string;
    if (value->isNumber())
        return toText(*value);
    problem(step.arguments[size_t(i)]->span,
            TemplateText::tr("the argument '%1' of '%2' must be a string, not %3")
                .arg(parameterName(step, i), callableName(step), typeName(*value)));
    return fallback;
}

qint64 Renderer::integerArgument(const ChainStep &step, int i, qint64 fallback)
{
    const std::optional<Value> value = argument(step, i);
    if (!value)
        return fallback;
    if (value->type == Value::Type::Integer)
        return value->integer;
    if (value->type == Value::Type::Double && std::isfinite(value->number) &&
        std::fabs(value->number) < 9.0e15)
        return qint64(value->number);
    problem(step.arguments[size_t(i)]->span,
            TemplateText::tr("the argument '%1' of '%2' must be a number, not %3")
                .arg(parameterName(step, i), callableName(step), typeName(*value)));
    return fallback;
}

bool Renderer::boolArgument(const ChainStep &step, int i, bool fallback)
{
    const std::optional<Value> value = argument(step, i);
    return value ? isTruthy(*value) : fallback;
}

Value Renderer::applyFilter(const ChainStep &step, Value input)
{
    const auto id = FilterId(step.id);
    if (id == FilterId::Default) {
        const bool boolean = boolArgument(step, 1, false);
        if (input.isUndefined() || input.type == Value::Type::Null ||
            (boolean && !isTruthy(input))) {
            if (!step.arguments[0])
                return Value::fromString(QString());
            Value fallback = eval(*step.arguments[0]);
            return fallback;
        }
        return input;
    }
    if (reportIfUndefined(input))
        input = Value::null();

    const auto wrongType = [&](const QString &message) {
        problem(step.span, message.arg(callableName(step), typeName(input)));
    };

    switch (id) {
    case FilterId::Upper:
    case FilterId::Lower:
    case FilterId::Capitalize:
    case FilterId::Trim:
    case FilterId::String: {
        QString text = toText(input);
        charge(step.span, text.size());
        switch (id) {
        case FilterId::Upper:
            return Value::fromString(text.toUpper());
        case FilterId::Lower:
            return Value::fromString(text.toLower());
        case FilterId::Capitalize: {
            const qsizetype first = codePointOffset(text, 1);
            return Value::fromString(text.left(first).toUpper() + text.mid(first).toLower());
        }
        case FilterId::Trim:
            return Value::fromString(text.trimmed());
        default:
            return Value::fromString(std::move(text));
        }
    }
    case FilterId::Default:
        break;
    case FilterId::Join: {
        const QString separator = stringArgument(step, 0, QString());
        const QString attribute = stringArgument(step, 1, QString());
        const QStringList attributePath =
            attribute.isEmpty() ? QStringList() : attribute.split(QLatin1Char('.'));
        QString result;
        const auto add = [&](const Value &item, qsizetype i) {
            if (i > 0)
                result += separator;
            if (attributePath.isEmpty()) {
                appendText(result, item);
            } else {
                QJsonValue field = item.toJson();
                for (const QString &key : attributePath)
                    field = field.toObject().value(key);
                appendText(result, Value::fromJson(field));
            }
            return spend(step.span, 1 + separator.size() / 64) && fits(result.size(), step.span);
        };
        switch (input.type) {
        case Value::Type::Array:
            for (qsizetype i = 0; i < input.array.size(); ++i) {
                if (!add(Value::fromJson(input.array.at(i)), i))
                    return {};
            }
            break;
        case Value::Type::Object: {
            const QStringList keys = input.object.keys();
            for (qsizetype i = 0; i < keys.size(); ++i) {
                if (!add(Value::fromString(keys.at(i)), i))
                    return {};
            }
            break;
        }
        case Value::Type::String: {
            const QStringView text(input.string);
            for (qsizetype i = 0, at = 0; at < text.size(); ++i) {
                const qsizetype units = codePointOffset(text.sliced(at), 1);
                if (!add(Value::fromString(text.sliced(at, units).toString()), i))
                    return {};
                at += units;
            }
            break;
        }
        case Value::Type::Null:
            break;
        default:
            wrongType(TemplateText::tr("'%1' needs a list, not %2"));
            return Value::fromString(toText(input));
        }
        return Value::fromString(std::move(result));
    }
    case FilterId::Length:
        switch (input.type) {
        case Value::Type::Array:
            return Value::fromInteger(input.array.size());
        case Value::Type::Object:
            return Value::fromInteger(input.object.size());
        case Value::Type::String:
            charge(step.span, input.string.size());
            return Value::fromInteger(codePointCount(input.string));
        case Value::Type::Null:
            return Value::fromInteger(0);
        default:
            wrongType(TemplateText::tr("'%1' needs a string, a list or an object, not %2"));
            return Value::fromInteger(0);
        }
    case FilterId::Truncate: {
        const QString text = toText(input);
        charge(step.span, text.size());
        qint64 length = integerArgument(step, 0, 255);
        if (length < 0) {
            problem(step.arguments[0]->span,
                    TemplateText::tr("'%1' cannot truncate to a negative length")
                        .arg(callableName(step)));
            return Value::fromString(text);
        }
        const bool killWords = boolArgument(step, 1, false);
        const QString end = stringArgument(step, 2, QStringLiteral("..."));
        const qint64 leeway = std::max<qint64>(0, integerArgument(step, 3, 0));
        const qsizetype count = codePointCount(text);
        if (count <= length + leeway)
            return Value::fromString(text);
        const qint64 keep = std::max<qint64>(0, length - codePointCount(end));
        QString head = text.left(codePointOffset(text, qsizetype(keep)));
        if (!killWords) {
            const qsizetype space = head.lastIndexOf(QLatin1Char(' '));
            if (space >= 0)
                head.truncate(space);
        }
        return Value::fromString(head + end);
    }
    case FilterId::Json: {
        qint64 indent = integerArgument(step, 0, 0);
        if (indent < 0 || indent > maxJsonIndent) {
            problem(step.arguments[0]->span, TemplateText::tr("'%1' indents by 0 to %2 spaces")
                                                 .arg(callableName(step))
                                                 .arg(maxJsonIndent));
            indent = std::clamp<qint64>(indent, 0, maxJsonIndent);
        }
        QString json;
        appendJson(json, input, int(indent));
        charge(step.span, json.size());
        if (!fits(json.size(), step.span))
            return {};
        return Value::fromString(std::move(json));
    }
    case FilterId::Replace: {
        const QString text = toText(input);
        const QString before = stringArgument(step, 0, QString());
        const QString after = stringArgument(step, 1, QString());
        const qint64 limit = integerArgument(step, 2, -1);
        charge(step.span, text.size());
        if (before.isEmpty() || limit == 0)
            return Value::fromString(text);
        // Count first, so that a growing replacement cannot exceed the limit unnoticed.
        QList<qsizetype> found;
        for (qsizetype at = text.indexOf(before); at >= 0 && (limit < 0 || found.size() < limit);
             at = text.indexOf(before, at + before.size()))
            found.append(at);
        const qint64 length =
            qint64(text.size()) + qint64(found.size()) * (qint64(after.size()) - before.size());
        if (!fits(qsizetype(std::min<qint64>(length, std::numeric_limits<qsizetype>::max())),
                  step.span) ||
            !spend(step.span, length / 64))
            return {};
        QString result;
        result.reserve(qsizetype(length));
        qsizetype from = 0;
        for (const qsizetype at : std::as_const(found)) {
            result.append(QStringView(text).sliced(from, at - from));
            result.append(after);
            from = at + before.size();
        }
        result.append(QStringView(text).sliced(from));
        return Value::fromString(std::move(result));
    }
    case FilterId::First:
    case FilterId::Last: {
        const bool first = id == FilterId::First;
        switch (input.type) {
        case Value::Type::Array:
            if (input.array.isEmpty())
                return Value::null();
            return Value::fromJson(first ? input.array.first() : input.array.last());
        case Value::Type::Object: {
            if (input.object.isEmpty())
                return Value::null();
            const QStringList keys = input.object.keys();
            return Value::fromString(first ? keys.first() : keys.last());
        }
        case Value::Type::String: {
            const QStringView text(input.string);
            if (text.isEmpty())
                return Value::null();
            if (first)
                return Value::fromString(text.left(codePointOffset(text, 1)).toString());
            const qsizetype last = text.size() >= 2 && text.back().isLowSurrogate() &&
                                           text[text.size() - 2].isHighSurrogate()
                                       ? 2
                                       : 1;
            return Value::fromString(text.right(last).toString());
        }
        case Value::Type::Null:
            return Value::null();
        default:
            wrongType(TemplateText::tr("'%1' needs a list or a string, not %2"));
            return Value::null();
        }
    }
    case FilterId::Int:
    case FilterId::Float: {
        const bool integer = id == FilterId::Int;
        const std::optional<Value> fallbackValue = argument(step, 0);
        const Value fallback =
            fallbackValue && fallbackValue->isNumber() ? *fallbackValue : Value::fromInteger(0);
        std::optional<double> number;
        switch (input.type) {
        case Value::Type::Integer:
            if (integer)
                return input;
            return Value::fromDouble(double(input.integer));
        case Value::Type::Double:
            number = input.number;
            break;
        case Value::Type::Bool:
            number = input.boolean ? 1 : 0;
            break;
        case Value::Type::String: {
            const QString trimmed = input.string.trimmed();
            bool ok = false;
            if (integer) {
                const qint64 i = trimmed.toLongLong(&ok);
                if (ok)
                    return Value::fromInteger(i);
            }
            const double d = trimmed.toDouble(&ok);
            if (ok)
                number = d;
            break;
        }
        default:
            break;
        }
        if (!number)
            return integer && fallback.type == Value::Type::Double
                       ? Value::fromInteger(qint64(fallback.number))
                       : fallback;
        if (!integer)
            return Value::fromDouble(*number);
        if (!std::isfinite(*number) || std::fabs(*number) >= 9.0e18)
            return fallback;
        return Value::fromInteger(qint64(std::trunc(*number)));
    }
    }
    return {};
}

bool Renderer::applyTest(const ChainStep &step, const Value &input)
{
    switch (TestId(step.id)) {
    case TestId::Defined:
        return !input.isUndefined();
    case TestId::Undefined:
        return input.isUndefined();
    case TestId::None:
        return input.type == Value::Type::Null;
    case TestId::Boolean:
        return input.type == Value::Type::Bool;
    case TestId::Number:
        return input.isNumber();
    case TestId::String:
        return input.type == Value::Type::String;
    case TestId::Mapping:
        return input.type == Value::Type::Object;
    case TestId::Sequence:
        return input.type == Value::Type::Array || input.type == Value::Type::String;
    case TestId::Iterable:
        return input.type == Value::Type::Array || input.type == Value::Type::String ||
               input.type == Value::Type::Object;
    case TestId::Even:
    case TestId::Odd:
    case TestId::DivisibleBy: {
        if (reportIfUndefined(input))
            return false;
        qint64 divisor = 2;
        if (TestId(step.id) == TestId::DivisibleBy) {
            divisor = integerArgument(step, 0, 1);
            if (divisor == 0) {
                problem(step.arguments[0]->span,
                        TemplateText::tr("'%1' cannot divide by zero").arg(callableName(step)));
                return false;
            }
        }
        qint64 value = 0;
        if (input.type == Value::Type::Integer) {
            value = input.integer;
        } else if (input.type == Value::Type::Double && input.number == std::floor(input.number) &&
                   std::fabs(input.number) < 9.0e15) {
            value = qint64(input.number);
        } else {
            problem(step.span, TemplateText::tr("'%1' needs a whole number, not %2")
                                   .arg(callableName(step), typeName(input)));
            return false;
        }
        if (divisor == -1)
            return true; // and no overflow
        const bool divisible = value % divisor == 0;
        return TestId(step.id) == TestId::Odd ? !divisible : divisible;
    }
    }
    return false;
}

} // namespace

QString renderTemplate(const TemplateData &data, const QJsonObject &context,
                       const TemplateRenderOptions &options, QList<TemplateError> *diagnostics,
                       bool *ok)
{
    Renderer renderer(data, context, options);
    const bool success = renderer.run();
    if (diagnostics) {
        diagnostics->append(renderer.warnings());
        if (!success)
            diagnostics->append(renderer.error());
    }
    if (ok)
        *ok = success;
    return success ? renderer.takeOutput() : QString();
}

} // namespace Seedbed::TemplateDetail
