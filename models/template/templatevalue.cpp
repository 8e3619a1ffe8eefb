#include "models/template/templatevalue.h"

#include <QLocale>

#include <cmath>
#include <limits>

namespace Seedbed::TemplateDetail {

Value Value::undefined(const Expr *origin, qsizetype originEnd)
{
    Value v;
    v.origin = origin;
    v.originEnd = originEnd;
    return v;
}

Value Value::null()
{
    Value v;
    v.type = Type::Null;
    return v;
}

Value Value::fromBool(bool b)
{
    Value v;
    v.type = Type::Bool;
    v.boolean = b;
    return v;
}

Value Value::fromInteger(qint64 i)
{
    Value v;
    v.type = Type::Integer;
    v.integer = i;
    return v;
}

Value Value::fromDouble(double d)
{
    Value v;
    v.type = Type::Double;
    v.number = d;
    return v;
}

Value Value::fromString(QString s)
{
    Value v;
    v.type = Type::String;
    v.string = std::move(s);
    return v;
}

Value Value::fromArray(QJsonArray a)
{
    Value v;
    v.type = Type::Array;
    v.array = std::move(a);
    return v;
}

Value Value::fromObject(QJsonObject o)
{
    Value v;
    v.type = Type::Object;
    v.object = std::move(o);
    return v;
}

Value Value::fromJson(const QJsonValue &json)
{
    switch (json.type()) {
    case QJsonValue::Null:
        return null();
    case QJsonValue::Bool:
        return fromBool(json.toBool());
    case QJsonValue::Double: {
        // Integers keep all 64 bits (ids); integral doubles print without ".0" anyway.
        constexpr qint64 notInteger = std::numeric_limits<qint64>::min();
        const qint64 i = json.toInteger(notInteger);
        if (i != notInteger)
            return fromInteger(i);
        return fromDouble(json.toDouble());
    }
    case QJsonValue::String:
        return fromString(json.toString());
    case QJsonValue::Array:
        return fromArray(json.toArray());
    case QJsonValue::Object:
        return fromObject(json.toObject());
    case QJsonValue::Undefined:
        break;
    }
    return {};
}

QJsonValue Value::toJson() const
{
    switch (type) {
    case Type::Undefined:
    case Type::Null:
        return QJsonValue(QJsonValue::Null);
    case Type::Bool:
        return boolean;
    case Type::Integer:
        return integer;
    case Type::Double:
        return number;
    case Type::String:
        return string;
    case Type::Array:
        return array;
    case Type::Object:
        return object;
    }
    return {};
}

bool isTruthy(const Value &value)
{
    switch (value.type) {
    case Value::Type::Undefined:
    case Value::Type::Null:
        return false;
    case Value::Type::Bool:
        return value.boolean;
    case Value::Type::Integer:
        return value.integer != 0;
    case Value::Type::Double:
        return value.number != 0; // NaN too, as in Python
    case Value::Type::String:
        return !value.string.isEmpty();
    case Value::Type::Array:
        return !value.array.isEmpty();
    case Value::Type::Object:
        return !value.object.isEmpty();
    }
    return false;
}

bool equals(const Value &a, const Value &b)
{
    if (a.isNumber() && b.isNumber()) {
        if (a.type == Value::Type::Integer && b.type == Value::Type::Integer)
            return a.integer == b.integer;
        return a.toDouble() == b.toDouble();
    }
    if (a.type != b.type)
        return false;
    switch (a.type) {
    case Value::Type::Undefined:
    case Value::Type::Null:
        return true;
    case Value::Type::Bool:
        return a.boolean == b.boolean;
    case Value::Type::String:
        return a.string == b.string;
    case Value::Type::Array:
        return a.array == b.array;
    case Value::Type::Object:
        return a.object == b.object;
    case Value::Type::Integer:
    case Value::Type::Double:
        break;
    }
    return false;
}

QString formatNumber(double number)
{
    // 2^53: every integer below prints exactly.
    if (std::isfinite(number) && number == std::floor(number) && std::fabs(number) < 9.0e15)
        return QString::number(qint64(number));
    return QString::number(number, 'g', QLocale::FloatingPointShortest);
}

namespace {

constexpr int maxJsonDepth = 1000; // contexts are built by code, but stay safe

void appendJsonString(QString &out, QStringView text)
{
    static constexpr char16_t hex[] = u"0123456789abcdef";
    out.append(u'"');
    const qsizetype n = text.size();
    for (qsizetype i = 0; i < n; ++i) {
        const QChar c = text[i];
        const char16_t u = c.unicode();
        bool escape = u < 0x20;
        if (c.isHighSurrogate()) {
            if (i + 1 < n && text[i + 1].isLowSurrogate()) {
                out.append(c);
                out.append(text[++i]);
                continue;
            }
            escape = true;
        } else if (c.isLowSurrogate()) {
            escape = true;
        }
        switch (u) {
        case u'"':
            out.append(QLatin1String("\\\""));
            continue;
        case u'\\':
            out.append(QLatin1String("\\\\"));
            continue;
        case u'\n':
            out.append(QLatin1String("\\n"));
            continue;
        case u'\r':
            out.append(QLatin1String("\\r"));
            continue;
        case u'\t':
            out.append(QLatin1String("\\t"));
            continue;
        case u'\b':
            out.append(QLatin1String("\\b"));
            continue;
        case u'\f':
            out.append(QLatin1String("\\f"));
            continue;
        default:
            break;
        }
        if (escape) {
            const char16_t digits[] = {
                u'\\',       u'u', hex[(u >> 12) & 0xf], hex[(u >> 8) & 0xf], hex[(u >> 4) & 0xf],
                hex[u & 0xf]};
            out.append(reinterpret_cast<const QChar *>(digits), 6);
        } else {
            out.append(c);
        }
    }
    out.append(u'"');
}

void newline(QString &out, int indent, int level)
{
    out.append(u'\n');
    out.append(QString(qsizetype(indent) * level, u' '));
}

void appendJsonValue(QString &out, const QJsonValue &value, int indent, int level)
{
    switch (value.type()) {
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        out.append(QLatin1String("null"));
        return;
    case QJsonValue::Bool:
        out.append(value.toBool() ? QLatin1String("true") : QLatin1String("false"));
        return;
    case QJsonValue::Double: {
        constexpr qint64 notInteger = std::numeric_limits<qint64>::min();
        const qint64 i = value.toInteger(notInteger);
        out.append(i != notInteger ? QString::number(i) : formatNumber(value.toDouble()));
        return;
    }
    case QJsonValue::String:
        appendJsonString(out, value.toString());
        return;
    case QJsonValue::Array: {
        const QJsonArray array = value.toArray();
        if (array.isEmpty() || level >= maxJsonDepth) {
            out.append(QLatin1String("[]"));
            return;
        }
        out.append(u'[');
        bool first = true;
        for (const QJsonValue &item : array) {
            if (!first)
                out.append(indent > 0 ? QLatin1String(",") : QLatin1String(", "));
            first = false;
            if (indent > 0)
                newline(out, indent, level + 1);
            appendJsonValue(out, item, indent, level + 1);
        }
        if (indent > 0)
            newline(out, indent, level);
        out.append(u']');
        return;
    }
    case QJsonValue::Object: {
        const QJsonObject object = value.toObject();
        if (object.isEmpty() || level >= maxJsonDepth) {
            out.append(QLatin1String("{}"));
            return;
        }
        out.append(u'{');
        bool first = true;
        for (auto it = object.begin(); it != object.end(); ++it) {
            if (!first)
                out.append(indent > 0 ? QLatin1String(",") : QLatin1String(", "));
            first = false;
            if (indent > 0)
                newline(out, indent, level + 1);
            appendJsonString(out, it.key());
            out.append(QLatin1String(": "));
            appendJsonValue(out, it.value(), indent, level + 1);
        }
        if (indent > 0)
            newline(out, indent, level);
        out.append(u'}');
        return;
    }
    }
}

} // namespace

void appendJson(QString &out, const QJsonValue &value, int indent)
{
    appendJsonValue(out, value, indent, 0);
}

void appendJson(QString &out, const Value &value, int indent)
{
    switch (value.type) {
    case Value::Type::String:
        appendJsonString(out, value.string);
        return;
    case Value::Type::Integer:
        out.append(QString::number(value.integer));
        return;
    case Value::Type::Double:
        // JSON has no NaN or infinity.
        out.append(std::isfinite(value.number) ? formatNumber(value.number)
                                               : QStringLiteral("null"));
        return;
    default:
        appendJsonValue(out, value.toJson(), indent, 0);
        return;
    }
}

void appendText(QString &out, const Value &value)
{
    switch (value.type) {
    case Value::Type::Undefined:
    case Value::Type::Null:
        return;
    case Value::Type::Bool:
        out.append(value.boolean ? QLatin1String("true") : QLatin1String("false"));
        return;
    case Value::Type::Integer:
        out.append(QString::number(value.integer));
        return;
    case Value::Type::Double:
        out.append(formatNumber(value.number));
        return;
    case Value::Type::String:
        out.append(value.string);
        return;
    case Value::Type::Array:
    case Value::Type::Object:
        appendJson(out, value, 0);
        return;
    }
}

QString toText(const Value &value)
{
    if (value.type == Value::Type::String)
        return value.string;
    QString text;
    appendText(text, value);
    return text;
}

qsizetype codePointCount(QStringView text)
{
    qsizetype count = 0;
    const qsizetype n = text.size();
    for (qsizetype i = 0; i < n; ++i, ++count) {
        if (text[i].isHighSurrogate() && i + 1 < n && text[i + 1].isLowSurrogate())
            ++i;
    }
    return count;
}

qsizetype codePointOffset(QStringView text, qsizetype count)
{
    qsizetype i = 0;
    const qsizetype n = text.size();
    for (; i < n && count > 0; ++i, --count) {
        if (text[i].isHighSurrogate() && i + 1 < n && text[i + 1].isLowSurrogate())
            ++i;
    }
    return i;
}

} // namespace Seedbed::TemplateDetail
