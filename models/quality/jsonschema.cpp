#include "models/quality/jsonschema.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QSet>
#include <QUrl>
#include <QVarLengthArray>

#include <algorithm>
#include <cmath>
#include <limits>
#include <optional>
#include <utility>
#include <vector>

namespace Seedbed {

namespace {
// lupdate reads the context from here; the schema is not a QObject.
struct SchemaText
{
    Q_DECLARE_TR_FUNCTIONS(Seedbed::JsonSchema)
};

enum TypeBit : quint8 {
    NullType = 1,
    BooleanType = 2,
    IntegerType = 4,
    NumberType = 8, // any number, integers included
    StringType = 16,
    ArrayType = 32,
    ObjectType = 64,
};

struct Node
{
    QString pointer; // where in the schema, for error messages
    bool isBoolean = false;
    bool booleanValue = true;

    quint8 types = 0; // 0: any type
    bool hasConst = false;
    QJsonValue constValue;
    bool hasEnum = false;
    QJsonArray enumValues;     // all of them, in order, for the message
    QSet<QString> enumStrings; // the strings among them, for a quick look-up
    QJsonArray enumOthers;     // the rest

    int ref = -1;
    QList<int> allOf, anyOf, oneOf;
    int notSchema = -1;

    QList<std::pair<QString, int>> properties; // sorted by name
    QList<std::pair<QRegularExpression, int>> patternProperties;
    QStringList required;
    int additionalProperties = -1; // -1: anything

    QList<int> prefixItems;
    int items = -1; // after the prefix; -1: anything
    qint64 minItems = -1, maxItems = -1;
    bool uniqueItems = false;

    qint64 minLength = -1, maxLength = -1;
    bool hasPattern = false;
    QRegularExpression pattern;

    std::optional<double> minimum, maximum, exclusiveMinimum, exclusiveMaximum, multipleOf;
};

QString escapeToken(QString token)
{
    if (token.contains(u'~') || token.contains(u'/'))
        token.replace(u'~', QStringLiteral("~0")).replace(u'/', QStringLiteral("~1"));
    return token;
}

QString joined(const QString &pointer, const QString &message)
{
    return pointer.isEmpty() ? message : pointer + QStringLiteral(": ") + message;
}

bool isIntegral(double d)
{
    return std::isfinite(d) && std::floor(d) == d;
}

QString number(double d)
{
    return QString::number(d, 'g', QLocale::FloatingPointShortest);
}

qsizetype codePoints(QStringView s)
{
    qsizetype count = s.size();
    for (qsizetype i = 0; i + 1 < s.size(); ++i) {
        if (s[i].isHighSurrogate() && s[i + 1].isLowSurrogate()) {
            --count;
            ++i;
        }
    }
    return count;
}

QString shortened(const QString &text, qsizetype length)
{
    if (text.size() <= length)
        return text;
    qsizetype cut = length;
    if (text[cut - 1].isHighSurrogate())
        --cut;
    return text.left(cut) + QChar(0x2026); // …
}

QString shown(const QJsonValue &value);

/* Compact JSON for \a value, stopping once \a out is longer than \a limit: that bounds the
   recursion too, however deep the value is. */
void appendCompact(QString &out, const QJsonValue &value, qsizetype limit)
{
    if (out.size() > limit)
        return;
    switch (value.type()) {
    case QJsonValue::Array: {
        out += u'[';
        const QJsonArray array = value.toArray();
        for (qsizetype i = 0; i < array.size() && out.size() <= limit; ++i) {
            if (i > 0)
                out += u',';
            appendCompact(out, array.at(i), limit);
        }
        out += u']';
        break;
    }
    case QJsonValue::Object: {
        out += u'{';
        const QJsonObject object = value.toObject();
        for (auto it = object.constBegin(); it != object.constEnd() && out.size() <= limit; ++it) {
            if (it != object.constBegin())
                out += u',';
            appendCompact(out, it.key(), limit);
            out += u':';
            appendCompact(out, it.value(), limit);
        }
        out += u'}';
        break;
    }
    case QJsonValue::String:
        // Escaped as JSON would be, so that quotes inside do not confuse the reader.
        out += QString::fromUtf8(QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact))
                   .chopped(1)
                   .sliced(1);
        break;
    default:
        out += shown(value);
        break;
    }
}

/* A value as a user reads it in a message: strings quoted and shortened, containers as compact
   JSON, shortened. */
QString shown(const QJsonValue &value)
{
    constexpr qsizetype length = 40;
    switch (value.type()) {
    case QJsonValue::Null:
        return QStringLiteral("null");
    case QJsonValue::Bool:
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case QJsonValue::Double:
        return number(value.toDouble());
    case QJsonValue::String:
        return u'"' + shortened(value.toString(), length) + u'"';
    case QJsonValue::Array:
    case QJsonValue::Object: {
        QString json;
        appendCompact(json, value, length);
        return shortened(json, length);
    }
    case QJsonValue::Undefined:
        break;
    }
    return SchemaText::tr("nothing");
}

QString typeName(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Null:
        return SchemaText::tr("null");
    case QJsonValue::Bool:
        return SchemaText::tr("a boolean");
    case QJsonValue::Double:
        return SchemaText::tr("a number");
    case QJsonValue::String:
        return SchemaText::tr("a string");
    case QJsonValue::Array:
        return SchemaText::tr("an array");
    case QJsonValue::Object:
        return SchemaText::tr("an object");
    case QJsonValue::Undefined:
        break;
    }
    return SchemaText::tr("nothing");
}

/* "a", "a or b", "a, b or c". */
QString alternatives(const QStringList &items)
{
    if (items.isEmpty())
        return QString();
    QString result = items.first();
    for (qsizetype i = 1; i < items.size(); ++i) {
        result = i + 1 == items.size() ? SchemaText::tr("%1 or %2").arg(result, items.at(i))
                                       : SchemaText::tr("%1, %2").arg(result, items.at(i));
    }
    return result;
}

QString expectedTypes(quint8 types)
{
    QStringList names;
    if (types & StringType)
        names.append(SchemaText::tr("a string"));
    if (types & NumberType)
        names.append(SchemaText::tr("a number"));
    else if (types & IntegerType)
        names.append(SchemaText::tr("an integer"));
    if (types & BooleanType)
        names.append(SchemaText::tr("a boolean"));
    if (types & ArrayType)
        names.append(SchemaText::tr("an array"));
    if (types & ObjectType)
        names.append(SchemaText::tr("an object"));
    if (types & NullType)
        names.append(SchemaText::tr("null"));
    return alternatives(names);
}

bool typeMatches(quint8 types, const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Null:
        return types & NullType;
    case QJsonValue::Bool:
        return types & BooleanType;
    case QJsonValue::Double:
        return (types & NumberType) || ((types & IntegerType) && isIntegral(value.toDouble()));
    case QJsonValue::String:
        return types & StringType;
    case QJsonValue::Array:
        return types & ArrayType;
    case QJsonValue::Object:
        return types & ObjectType;
    case QJsonValue::Undefined:
        break;
    }
    return false;
}

/* JSON Schema equality: numbers by value, objects regardless of key order. Values nested deeper
   than the limit compare unequal (uniqueItems and enum stay lenient rather than recursing
   without end). */
bool jsonEqual(const QJsonValue &a, const QJsonValue &b, int depth = 0)
{
    if (a.type() != b.type())
        return false;
    switch (a.type()) {
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        return true;
    case QJsonValue::Bool:
        return a.toBool() == b.toBool();
    case QJsonValue::Double:
        return a.toDouble() == b.toDouble();
    case QJsonValue::String:
        return a.toString() == b.toString();
    case QJsonValue::Array: {
        if (depth >= JsonSchema::maxDepth)
            return false;
        const QJsonArray x = a.toArray();
        const QJsonArray y = b.toArray();
        if (x.size() != y.size())
            return false;
        for (qsizetype i = 0; i < x.size(); ++i) {
            if (!jsonEqual(x.at(i), y.at(i), depth + 1))
                return false;
        }
        return true;
    }
    case QJsonValue::Object: {
        if (depth >= JsonSchema::maxDepth)
            return false;
        const QJsonObject x = a.toObject();
        const QJsonObject y = b.toObject();
        if (x.size() != y.size())
            return false;
        for (auto it = x.constBegin(); it != x.constEnd(); ++it) {
            const auto other = y.constFind(it.key());
            if (other == y.constEnd() || !jsonEqual(it.value(), other.value(), depth + 1))
                return false;
        }
        return true;
    }
    }
    return false;
}

/* Consistent with jsonEqual(): equal values hash alike. */
size_t jsonHash(const QJsonValue &value, int depth = 0)
{
    switch (value.type()) {
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        return 1;
    case QJsonValue::Bool:
        return value.toBool() ? 3 : 2;
    case QJsonValue::Double: {
        const double d = value.toDouble();
        return qHash(d == 0 ? 0.0 : d); // -0 == 0
    }
    case QJsonValue::String:
        return qHash(value.toString());
    case QJsonValue::Array: {
        size_t seed = 5;
        if (depth >= JsonSchema::maxDepth)
            return seed;
        const QJsonArray array = value.toArray();
        for (const QJsonValue &element : array)
            seed = qHashMulti(seed, jsonHash(element, depth + 1));
        return seed;
    }
    case QJsonValue::Object: {
        size_t seed = 7;
        if (depth >= JsonSchema::maxDepth)
            return seed;
        const QJsonObject object = value.toObject();
        for (auto it = object.constBegin(); it != object.constEnd(); ++it) // in key order
            seed = qHashMulti(seed, it.key(), jsonHash(it.value(), depth + 1));
        return seed;
    }
    }
    return 0;
}

bool isMultipleOf(double value, double divisor)
{
    constexpr double exactLimit = 9007199254740992.0; // 2^53
    if (isIntegral(value) && isIntegral(divisor) && std::fabs(value) < exactLimit &&
        divisor < exactLimit) {
        return qint64(value) % qint64(divisor) == 0;
    }
    const double quotient = value / divisor;
    if (!std::isfinite(quotient))
        return false;
    if (std::fabs(quotient) >= exactLimit)
        return true; // every double this large is whole
    return std::fabs(quotient - std::round(quotient)) <= 1e-9;
}

} // namespace

struct JsonSchema::Compiled
{
    std::vector<Node> nodes;
    int root = 0;
};

namespace {

/* Turns a schema document into Compiled::nodes; the first problem found ends compiling. */
class Compiler
{
public:
    explicit Compiler(const QJsonValue &root)
        : m_root(root)
    {}

    std::shared_ptr<const JsonSchema::Compiled> run(QString *error)
    {
        auto compiled = std::make_shared<JsonSchema::Compiled>();
        m_nodes = &compiled->nodes;
        compiled->root = compile(m_root, QString(), 0);
        // Resolving may compile more schemas, which may hold more references.
        for (qsizetype i = 0; i < m_refs.size() && m_error.isEmpty(); ++i) {
            const PendingRef pending = m_refs.at(i);
            const int target = resolve(pending.ref, pending.pointer);
            if (target >= 0)
                (*m_nodes)[size_t(pending.node)].ref = target;
        }
        if (m_error.isEmpty())
            findCycles();
        if (!m_error.isEmpty()) {
            *error = m_error;
            return nullptr;
        }
        return compiled;
    }

private:
    struct PendingRef
    {
        int node;
        QString ref;
        QString pointer; // of the $ref keyword
    };

    void fail(const QString &pointer, const QString &message)
    {
        if (m_error.isEmpty())
            m_error = joined(pointer, message);
    }

    static std::optional<QJsonValue> keyword(const QJsonObject &object, QLatin1String name)
    {
        const auto it = object.constFind(name);
        if (it == object.constEnd())
            return std::nullopt;
        return it.value();
    }

    /* A non-negative whole number (5.0 counts); -1 after a failure. */
    qint64 count(const QJsonValue &value, const QString &pointer)
    {
        const double d = value.toDouble(-1);
        if (!value.isDouble() || !isIntegral(d) || d < 0) {
            fail(pointer, SchemaText::tr("must be a whole number, 0 or more"));
            return -1;
        }
        return d >= 9.2e18 ? std::numeric_limits<qint64>::max() : qint64(d);
    }

    std::optional<double> numberAt(const QJsonValue &value, const QString &pointer)
    {
        if (!value.isDouble()) {
            fail(pointer, SchemaText::tr("must be a number"));
            return std::nullopt;
        }
        return value.toDouble();
    }

    QList<int> schemaList(const QJsonValue &value, const QString &pointer, int depth)
    {
        QList<int> result;
        const QJsonArray array = value.toArray();
        if (!value.isArray() || array.isEmpty()) {
            fail(pointer, SchemaText::tr("must be a non-empty array of schemas"));
            return result;
        }
        for (qsizetype i = 0; i < array.size() && m_error.isEmpty(); ++i)
            result.append(compile(array.at(i), pointer + u'/' + QString::number(i), depth + 1));
        return result;
    }

    std::optional<QRegularExpression> regex(const QString &pattern, const QString &pointer)
    {
        if (pattern.size() > JsonSchema::maxPatternLength) {
            fail(pointer, SchemaText::tr("the pattern is longer than %1 characters")
                              .arg(JsonSchema::maxPatternLength));
            return std::nullopt;
        }
        QRegularExpression re(pattern);
        if (!re.isValid()) { // compiles it, once, here
            fail(pointer, SchemaText::tr("the pattern is not a valid regular expression: %1 (at "
                                         "character %2)")
                              .arg(re.errorString())
                              .arg(re.patternErrorOffset()));
            return std::nullopt;
        }
        return re;
    }

    quint8 typeBit(const QJsonValue &value, const QString &pointer)
    {
        static const QHash<QString, quint8> names{
            {QStringLiteral("null"), NullType},
            {QStringLiteral("boolean"), BooleanType},
            {QStringLiteral("integer"), IntegerType},
            {QStringLiteral("number"), quint8(NumberType | IntegerType)},
            {QStringLiteral("string"), StringType},
            {QStringLiteral("array"), ArrayType},
            {QStringLiteral("object"), ObjectType},
        };
        const quint8 bit = names.value(value.toString());
        if (!bit) {
            fail(pointer, value.isString()
                              ? SchemaText::tr("unknown type \"%1\"").arg(value.toString())
                              : SchemaText::tr("a type must be a name such as \"string\""));
        }
        return bit;
    }

    int compile(const QJsonValue &schema, const QString &pointer, int depth)
    {
        if (!m_error.isEmpty())
            return -1;
        if (const auto known = m_byPointer.constFind(pointer); known != m_byPointer.constEnd())
            return *known;
        if (depth > JsonSchema::maxDepth) {
            fail(pointer, SchemaText::tr("schemas are nested more than %1 levels deep")
                              .arg(JsonSchema::maxDepth));
            return -1;
        }
        const int index = int(m_nodes->size());
        m_nodes->emplace_back();
        m_byPointer.insert(pointer, index);

        Node node; // filled here, stored at the end: compiling children grows m_nodes
        node.pointer = pointer;
        if (schema.isBool()) {
            node.isBoolean = true;
            node.booleanValue = schema.toBool();
            (*m_nodes)[size_t(index)] = std::move(node);
            return index;
        }
        if (!schema.isObject()) {
            fail(pointer, SchemaText::tr("a schema must be a JSON object, true or false"));
            return -1;
        }
        const QJsonObject object = schema.toObject();
        const auto at = [&pointer](QLatin1String name) { return pointer + u'/' + name; };
        const auto subschema = [&](QLatin1String name, int *target) {
            if (const auto value = keyword(object, name)) {
                // true accepts anything: nothing to check
                if (!(value->isBool() && value->toBool()))
                    *target = compile(*value, at(name), depth + 1);
            }
        };

        for (const QLatin1String name : {QLatin1String("$defs"), QLatin1String("definitions")}) {
            if (const auto defs = keyword(object, name)) {
                if (!defs->isObject()) {
                    fail(at(name), SchemaText::tr("must be an object of schemas"));
                    return -1;
                }
                const QJsonObject definitions = defs->toObject();
                for (auto it = definitions.constBegin(); it != definitions.constEnd(); ++it)
                    compile(it.value(), at(name) + u'/' + escapeToken(it.key()), depth + 1);
            }
        }

        if (const auto type = keyword(object, QLatin1String("type"))) {
            if (type->isArray()) {
                const QJsonArray names = type->toArray();
                if (names.isEmpty())
                    fail(at(QLatin1String("type")), SchemaText::tr("must name at least one type"));
                for (qsizetype i = 0; i < names.size(); ++i) {
                    node.types |=
                        typeBit(names.at(i), at(QLatin1String("type")) + u'/' + QString::number(i));
                }
            } else {
                node.types = typeBit(*type, at(QLatin1String("type")));
            }
        }
        if (const auto value = keyword(object, QLatin1String("const"))) {
            node.hasConst = true;
            node.constValue = *value;
        }
        if (const auto value = keyword(object, QLatin1String("enum"))) {
            if (!value->isArray())
                fail(at(QLatin1String("enum")), SchemaText::tr("must be an array of values"));
            node.hasEnum = true;
            node.enumValues = value->toArray();
            for (const QJsonValue &allowed : std::as_const(node.enumValues)) {
                if (allowed.isString())
                    node.enumStrings.insert(allowed.toString());
                else
                    node.enumOthers.append(allowed);
            }
        }

        if (const auto value = keyword(object, QLatin1String("$ref"))) {
            if (!value->isString())
                fail(at(QLatin1String("$ref")), SchemaText::tr("must be a string"));
            m_refs.append({index, value->toString(), at(QLatin1String("$ref"))});
        }
        if (const auto value = keyword(object, QLatin1String("allOf")))
            node.allOf = schemaList(*value, at(QLatin1String("allOf")), depth);
        if (const auto value = keyword(object, QLatin1String("anyOf")))
            node.anyOf = schemaList(*value, at(QLatin1String("anyOf")), depth);
        if (const auto value = keyword(object, QLatin1String("oneOf")))
            node.oneOf = schemaList(*value, at(QLatin1String("oneOf")), depth);
        if (const auto value = keyword(object, QLatin1String("not")))
            node.notSchema = compile(*value, at(QLatin1String("not")), depth + 1);

        // Objects
        if (const auto value = keyword(object, QLatin1String("properties"))) {
            if (!value->isObject())
                fail(at(QLatin1String("properties")),
                     SchemaText::tr("must be an object of schemas"));
            const QJsonObject properties = value->toObject();
            for (auto it = properties.constBegin(); it != properties.constEnd(); ++it) {
                node.properties.append({it.key(), compile(it.value(),
                                                          at(QLatin1String("properties")) + u'/' +
                                                              escapeToken(it.key()),
                                                          depth + 1)});
            }
            std::sort(node.properties.begin(), node.properties.end(),
                      [](const auto &a, const auto &b) { return a.first < b.first; });
        }
        if (const auto value = keyword(object, QLatin1String("patternProperties"))) {
            const QString where = at(QLatin1String("patternProperties"));
            if (!value->isObject())
                fail(where, SchemaText::tr("must be an object of schemas"));
            const QJsonObject properties = value->toObject();
            for (auto it = properties.constBegin(); it != properties.constEnd(); ++it) {
                const QString here = where + u'/' + escapeToken(it.key());
                if (const auto re = regex(it.key(), here))
                    node.patternProperties.append({*re, compile(it.value(), here, depth + 1)});
            }
        }
        if (const auto value = keyword(object, QLatin1String("required"))) {
            const QJsonArray names = value->toArray();
            const bool strings = std::all_of(names.begin(), names.end(),
                                             [](const QJsonValue &v) { return v.isString(); });
            if (!value->isArray() || !strings)
                fail(at(QLatin1String("required")),
                     SchemaText::tr("must be an array of field names"));
            for (const QJsonValue &name : names)
                node.required.append(name.toString());
        }
        subschema(QLatin1String("additionalProperties"), &node.additionalProperties);

        // Arrays
        if (const auto value = keyword(object, QLatin1String("prefixItems")))
            node.prefixItems = schemaList(*value, at(QLatin1String("prefixItems")), depth);
        if (const auto value = keyword(object, QLatin1String("items"));
            value && value->isArray() && !object.contains(QLatin1String("prefixItems"))) {
            // Draft-07 tuples: "items" is the prefix, "additionalItems" the rest.
            node.prefixItems = schemaList(*value, at(QLatin1String("items")), depth);
            subschema(QLatin1String("additionalItems"), &node.items);
        } else {
            subschema(QLatin1String("items"), &node.items);
        }
        if (const auto value = keyword(object, QLatin1String("minItems")))
            node.minItems = count(*value, at(QLatin1String("minItems")));
        if (const auto value = keyword(object, QLatin1String("maxItems")))
            node.maxItems = count(*value, at(QLatin1String("maxItems")));
        if (const auto value = keyword(object, QLatin1String("uniqueItems"))) {
            if (!value->isBool())
                fail(at(QLatin1String("uniqueItems")), SchemaText::tr("must be true or false"));
            node.uniqueItems = value->toBool();
        }

        // Strings
        if (const auto value = keyword(object, QLatin1String("minLength")))
            node.minLength = count(*value, at(QLatin1String("minLength")));
        if (const auto value = keyword(object, QLatin1String("maxLength")))
            node.maxLength = count(*value, at(QLatin1String("maxLength")));
        if (const auto value = keyword(object, QLatin1String("pattern"))) {
            if (!value->isString()) {
                fail(at(QLatin1String("pattern")), SchemaText::tr("must be a string"));
            } else if (auto re = regex(value->toString(), at(QLatin1String("pattern")))) {
                node.hasPattern = true;
                node.pattern = std::move(*re);
            }
        }

        // Numbers
        if (const auto value = keyword(object, QLatin1String("minimum")))
            node.minimum = numberAt(*value, at(QLatin1String("minimum")));
        if (const auto value = keyword(object, QLatin1String("maximum")))
            node.maximum = numberAt(*value, at(QLatin1String("maximum")));
        // Draft-04 spelled the exclusive bounds as booleans next to minimum and maximum.
        if (const auto value = keyword(object, QLatin1String("exclusiveMinimum"))) {
            if (value->isBool()) {
                if (value->toBool())
                    std::swap(node.minimum, node.exclusiveMinimum);
            } else {
                node.exclusiveMinimum = numberAt(*value, at(QLatin1String("exclusiveMinimum")));
            }
        }
        if (const auto value = keyword(object, QLatin1String("exclusiveMaximum"))) {
            if (value->isBool()) {
                if (value->toBool())
                    std::swap(node.maximum, node.exclusiveMaximum);
            } else {
                node.exclusiveMaximum = numberAt(*value, at(QLatin1String("exclusiveMaximum")));
            }
        }
        if (const auto value = keyword(object, QLatin1String("multipleOf"))) {
            node.multipleOf = numberAt(*value, at(QLatin1String("multipleOf")));
            if (node.multipleOf && !(*node.multipleOf > 0)) {
                fail(at(QLatin1String("multipleOf")),
                     SchemaText::tr("must be a number greater than 0"));
            }
        }

        if (!m_error.isEmpty())
            return -1;
        (*m_nodes)[size_t(index)] = std::move(node);
        return index;
    }

    /* The node \a ref points at, compiled if no other path reached it yet. */
    int resolve(const QString &ref, const QString &pointer)
    {
        if (!ref.startsWith(u'#')) {
            fail(pointer, SchemaText::tr("\"%1\" points outside this schema; only references "
                                         "such as \"#/$defs/name\" are supported")
                              .arg(ref));
            return -1;
        }
        const QString fragment = QUrl::fromPercentEncoding(ref.mid(1).toUtf8());
        if (!fragment.isEmpty() && !fragment.startsWith(u'/')) {
            fail(pointer, SchemaText::tr("\"%1\" names an anchor, which is not supported; use a "
                                         "JSON pointer such as \"#/$defs/name\"")
                              .arg(ref));
            return -1;
        }
        QJsonValue target = m_root;
        QString canonical;
        int depth = 0;
        if (!fragment.isEmpty()) {
            const QStringList tokens = fragment.mid(1).split(u'/');
            for (QString token : tokens) {
                token.replace(QStringLiteral("~1"), QStringLiteral("/"))
                    .replace(QStringLiteral("~0"), QStringLiteral("~"));
                bool isIndex = false;
                const qsizetype i = token.toLongLong(&isIndex);
                if (target.isObject() && target.toObject().contains(token)) {
                    target = target.toObject().value(token);
                } else if (target.isArray() && isIndex && i >= 0 && i < target.toArray().size()) {
                    target = target.toArray().at(i);
                } else {
                    fail(pointer, SchemaText::tr("\"%1\" points at nothing").arg(ref));
                    return -1;
                }
                canonical += u'/' + escapeToken(token);
                ++depth;
            }
        }
        if (!target.isObject() && !target.isBool()) {
            fail(pointer,
                 SchemaText::tr("\"%1\" points at something that is not a schema").arg(ref));
            return -1;
        }
        return compile(target, canonical, depth);
    }

    /* A path through $ref, allOf, anyOf, oneOf and not that comes back to where it started
       never reaches a value to descend into: checking would not end. */
    void findCycles()
    {
        const std::vector<Node> &nodes = *m_nodes;
        // The in-place applicators of a node, without building lists (anyOf may be long).
        const auto edgeCount = [&nodes](size_t i) {
            const Node &node = nodes[i];
            return qsizetype(node.ref >= 0) + node.allOf.size() + node.anyOf.size() +
                   node.oneOf.size() + qsizetype(node.notSchema >= 0);
        };
        const auto edge = [&nodes](size_t i, qsizetype k) {
            const Node &node = nodes[i];
            if (node.ref >= 0 && k-- == 0)
                return node.ref;
            for (const QList<int> *list : {&node.allOf, &node.anyOf, &node.oneOf}) {
                if (k < list->size())
                    return list->at(k);
                k -= list->size();
            }
            return node.notSchema;
        };
        enum Colour : quint8 { White, Grey, Black };
        std::vector<Colour> colour(nodes.size(), White);
        struct Frame
        {
            size_t node;
            qsizetype next;
        };
        std::vector<Frame> stack; // iterative: a chain of a million $refs must not overflow
        for (size_t start = 0; start < nodes.size(); ++start) {
            if (colour[start] != White)
                continue;
            colour[start] = Grey;
            stack.push_back({start, 0});
            while (!stack.empty()) {
                Frame &frame = stack.back();
                if (frame.next == edgeCount(frame.node)) {
                    colour[frame.node] = Black;
                    stack.pop_back();
                    continue;
                }
                const auto target = size_t(edge(frame.node, frame.next++));
                if (colour[target] == Grey) {
                    fail(nodes[target].pointer,
                         SchemaText::tr("the schema refers back to itself (through $ref, allOf, "
                                        "anyOf, oneOf or not) without descending into the value, "
                                        "so checking would never end"));
                    return;
                }
                if (colour[target] == White) {
                    colour[target] = Grey;
                    stack.push_back({target, 0});
                }
            }
        }
    }

    QJsonValue m_root;
    std::vector<Node> *m_nodes = nullptr;
    QHash<QString, int> m_byPointer; // canonical JSON pointer → node
    QList<PendingRef> m_refs;
    QString m_error;
};

/* One validate() call: the path to the current value and the violations found so far. */
class Validator
{
public:
    Validator(const std::vector<Node> &nodes, QList<JsonSchema::Violation> *out, int limit)
        : m_nodes(nodes)
        , m_out(out)
        , m_limit(limit)
    {}

    bool aborted() const { return m_aborted; }

    /* Whether \a value satisfies node \a index. With \a collect, every violation is reported
       (up to the limit); without, the first one ends the check and nothing is reported. */
    bool check(int index, const QJsonValue &value, bool collect)
    {
        if (m_aborted)
            return false;
        if (++m_steps > JsonSchema::maxSteps) {
            m_aborted = true;
            return false;
        }
        const Node &node = m_nodes[size_t(index)];
        if (node.isBoolean) {
            if (!node.booleanValue && collect)
                report(SchemaText::tr("no value is allowed here"));
            return node.booleanValue;
        }
        if (m_depth >= JsonSchema::maxDepth) {
            if (collect) {
                report(SchemaText::tr("nested too deeply to check (more than %1 levels)")
                           .arg(JsonSchema::maxDepth));
            }
            return false;
        }
        ++m_depth;
        const auto leave = qScopeGuard([this] { --m_depth; });

        if (node.types && !typeMatches(node.types, value)) {
            if (collect) {
                // "expected an integer, got 2.5" says more than "got a number".
                const bool fraction = value.isDouble() && (node.types & IntegerType);
                report(
                    SchemaText::tr("expected %1, got %2")
                        .arg(expectedTypes(node.types), fraction ? shown(value) : typeName(value)));
            }
            return false; // nothing else about this value is worth saying
        }

        bool ok = true;
        // Records a failure; whether to stop checking this node.
        const auto giveUp = [&]() {
            ok = false;
            return !collect || full() || m_aborted;
        };

        if (node.hasConst && !jsonEqual(node.constValue, value)) {
            if (collect) {
                report(
                    SchemaText::tr("must be %1, got %2").arg(shown(node.constValue), shown(value)));
            }
            if (giveUp())
                return false;
        }
        if (node.hasEnum && !inEnum(node, value)) {
            if (collect) {
                report(SchemaText::tr("%1 is not one of the allowed values: %2")
                           .arg(shown(value), allowedValues(node.enumValues)));
            }
            if (giveUp())
                return false;
        }

        if (node.ref >= 0 && !check(node.ref, value, collect) && giveUp())
            return false;
        for (const int child : node.allOf) {
            if (!check(child, value, collect) && giveUp())
                return false;
        }
        if (!node.anyOf.isEmpty()) {
            const bool any = std::any_of(node.anyOf.cbegin(), node.anyOf.cend(),
                                         [&](int child) { return check(child, value, false); });
            if (!any) {
                if (collect)
                    reportNoMatch(node.anyOf, value);
                if (giveUp())
                    return false;
            }
        }
        if (!node.oneOf.isEmpty()) {
            QVarLengthArray<qsizetype, 4> matches;
            for (qsizetype i = 0; i < node.oneOf.size() && matches.size() < 2; ++i) {
                if (check(node.oneOf.at(i), value, false))
                    matches.append(i);
            }
            if (matches.size() != 1) {
                if (collect) {
                    if (matches.isEmpty()) {
                        reportNoMatch(node.oneOf, value);
                    } else {
                        report(SchemaText::tr("matches alternatives %1 and %2, but must match "
                                              "exactly one")
                                   .arg(matches[0] + 1)
                                   .arg(matches[1] + 1));
                    }
                }
                if (giveUp())
                    return false;
            }
        }
        if (node.notSchema >= 0 && check(node.notSchema, value, false)) {
            if (collect)
                report(
                    SchemaText::tr("is not allowed here: it matches a schema it must not match"));
            if (giveUp())
                return false;
        }

        switch (value.type()) {
        case QJsonValue::String:
            if (!checkString(node, value.toString(), collect) && giveUp())
                return false;
            break;
        case QJsonValue::Double:
            if (!checkNumber(node, value.toDouble(), collect) && giveUp())
                return false;
            break;
        case QJsonValue::Array:
            if (!checkArray(node, value.toArray(), collect) && giveUp())
                return false;
            break;
        case QJsonValue::Object:
            if (!checkObject(node, value.toObject(), collect) && giveUp())
                return false;
            break;
        default:
            break;
        }
        return ok && !m_aborted;
    }

private:
    struct Segment
    {
        QString key;
        qsizetype index = -1; // an array index when ≥ 0
    };

    bool full() const { return m_out->size() >= m_limit; }

    QString pointer() const
    {
        QString result;
        for (const Segment &segment : m_path) {
            result += u'/';
            result +=
                segment.index >= 0 ? QString::number(segment.index) : escapeToken(segment.key);
        }
        return result;
    }

    /* After the step limit, checks fail without cause: nothing they say is true any more. */
    void report(const QString &message)
    {
        if (!m_aborted)
            m_out->append({pointer(), message});
    }

    bool descend(int index, const QJsonValue &value, const QString &key, bool collect)
    {
        m_path.append({key, -1});
        const bool ok = check(index, value, collect);
        m_path.removeLast();
        return ok;
    }

    bool descend(int index, const QJsonValue &value, qsizetype position, bool collect)
    {
        m_path.append({QString(), position});
        const bool ok = check(index, value, collect);
        m_path.removeLast();
        return ok;
    }

    static bool inEnum(const Node &node, const QJsonValue &value)
    {
        if (value.isString())
            return node.enumStrings.contains(value.toString());
        return std::any_of(
            node.enumOthers.begin(), node.enumOthers.end(),
            [&value](const QJsonValue &allowed) { return jsonEqual(allowed, value); });
    }

    static QString allowedValues(const QJsonArray &values)
    {
        constexpr qsizetype shownValues = 10;
        QStringList list;
        for (qsizetype i = 0; i < values.size() && i < shownValues; ++i)
            list.append(shown(values.at(i)));
        if (values.size() > shownValues)
            list.append(QString(QChar(0x2026)));
        return list.isEmpty() ? SchemaText::tr("none") : list.join(QStringLiteral(", "));
    }

    /* "matches none of the allowed alternatives (expected a string, got a number; expected
       null, got a number)": the first complaint of each of the first three alternatives. */
    void reportNoMatch(const QList<int> &alternatives, const QJsonValue &value)
    {
        constexpr qsizetype explained = 3;
        const QString here = pointer();
        QStringList reasons;
        QList<JsonSchema::Violation> found;
        QList<JsonSchema::Violation> *const out = m_out;
        const int limit = m_limit;
        m_out = &found;
        m_limit = 1;
        for (qsizetype i = 0; i < alternatives.size() && i < explained && !m_aborted; ++i) {
            found.clear();
            check(alternatives.at(i), value, true);
            if (!found.isEmpty()) {
                const JsonSchema::Violation &first = found.first();
                reasons.append(first.pointer == here ? first.message
                                                     : joined(first.pointer, first.message));
            }
        }
        m_out = out;
        m_limit = limit;
        if (alternatives.size() > explained)
            reasons.append(QString(QChar(0x2026)));
        report(reasons.isEmpty() ? SchemaText::tr("matches none of the allowed alternatives")
                                 : SchemaText::tr("matches none of the allowed alternatives (%1)")
                                       .arg(reasons.join(QStringLiteral("; "))));
    }

    bool checkString(const Node &node, const QString &text, bool collect)
    {
        bool ok = true;
        if (node.minLength >= 0 || node.maxLength >= 0) {
            const qsizetype length = codePoints(text);
            if (node.minLength >= 0 && length < node.minLength) {
                ok = false;
                if (collect) {
                    // Spelled out per count so that English reads right without a catalogue.
                    if (length == 0 && node.minLength == 1)
                        report(SchemaText::tr("must not be empty"));
                    else if (length == 0)
                        report(SchemaText::tr("is empty, at least %1 characters required")
                                   .arg(node.minLength));
                    else if (length == 1)
                        report(SchemaText::tr("1 character, at least %1 required")
                                   .arg(node.minLength));
                    else
                        report(SchemaText::tr("%1 characters, at least %2 required")
                                   .arg(length)
                                   .arg(node.minLength));
                }
                if (!collect || full())
                    return false;
            }
            if (node.maxLength >= 0 && length > node.maxLength) {
                ok = false;
                if (collect) {
                    if (node.maxLength == 0)
                        report(SchemaText::tr("must be empty"));
                    else
                        report(SchemaText::tr("%1 characters, at most %2 allowed")
                                   .arg(length)
                                   .arg(node.maxLength));
                }
                if (!collect || full())
                    return false;
            }
        }
        if (node.hasPattern && !node.pattern.match(text).hasMatch()) {
            ok = false;
            if (collect) {
                report(SchemaText::tr("%1 does not match the pattern %2")
                           .arg(shown(text), shortened(node.pattern.pattern(), 80)));
            }
        }
        return ok;
    }

    bool checkNumber(const Node &node, double value, bool collect)
    {
        bool ok = true;
        const auto fail = [&](const QString &message) {
            ok = false;
            if (collect)
                report(message);
            return !collect || full();
        };
        if (node.minimum && value < *node.minimum &&
            fail(SchemaText::tr("%1 is below the minimum %2")
                     .arg(number(value), number(*node.minimum)))) {
            return false;
        }
        if (node.maximum && value > *node.maximum &&
            fail(SchemaText::tr("%1 is above the maximum %2")
                     .arg(number(value), number(*node.maximum)))) {
            return false;
        }
        if (node.exclusiveMinimum && value <= *node.exclusiveMinimum &&
            fail(SchemaText::tr("%1 must be greater than %2")
                     .arg(number(value), number(*node.exclusiveMinimum)))) {
            return false;
        }
        if (node.exclusiveMaximum && value >= *node.exclusiveMaximum &&
            fail(SchemaText::tr("%1 must be less than %2")
                     .arg(number(value), number(*node.exclusiveMaximum)))) {
            return false;
        }
        if (node.multipleOf && !isMultipleOf(value, *node.multipleOf) &&
            fail(SchemaText::tr("%1 is not a multiple of %2")
                     .arg(number(value), number(*node.multipleOf)))) {
            return false;
        }
        return ok;
    }

    bool checkArray(const Node &node, const QJsonArray &array, bool collect)
    {
        bool ok = true;
        const auto giveUp = [&]() {
            ok = false;
            return !collect || full() || m_aborted;
        };
        const qsizetype size = array.size();
        if (node.minItems >= 0 && size < node.minItems) {
            if (collect) {
                if (size == 0 && node.minItems == 1)
                    report(SchemaText::tr("must not be empty"));
                else if (size == 0)
                    report(
                        SchemaText::tr("is empty, at least %1 items required").arg(node.minItems));
                else if (size == 1)
                    report(SchemaText::tr("1 item, at least %1 required").arg(node.minItems));
                else
                    report(SchemaText::tr("%1 items, at least %2 required")
                               .arg(size)
                               .arg(node.minItems));
            }
            if (giveUp())
                return false;
        }
        if (node.maxItems >= 0 && size > node.maxItems) {
            if (collect)
                reportTooMany(size, node.maxItems);
            if (giveUp())
                return false;
        }
        const qsizetype prefix = std::min(size, node.prefixItems.size());
        for (qsizetype i = 0; i < prefix; ++i) {
            if (!descend(node.prefixItems.at(i), array.at(i), i, collect) && giveUp())
                return false;
        }
        if (node.items >= 0 && size > prefix) {
            const Node &items = m_nodes[size_t(node.items)];
            if (items.isBoolean && !items.booleanValue) {
                // "items": false after a prefix is a length limit; say so.
                if (collect)
                    reportTooMany(size, prefix);
                if (giveUp())
                    return false;
            } else {
                for (qsizetype i = prefix; i < size; ++i) {
                    if (!descend(node.items, array.at(i), i, collect) && giveUp())
                        return false;
                }
            }
        }
        if (node.uniqueItems && size > 1) {
            QMultiHash<size_t, qsizetype> seen;
            seen.reserve(size);
            for (qsizetype i = 0; i < size; ++i) {
                const QJsonValue element = array.at(i);
                const size_t hash = jsonHash(element);
                for (auto it = seen.constFind(hash); it != seen.cend() && it.key() == hash; ++it) {
                    if (jsonEqual(array.at(it.value()), element)) {
                        if (collect) {
                            report(SchemaText::tr("items %1 and %2 are the same, but all items "
                                                  "must be different")
                                       .arg(it.value())
                                       .arg(i));
                        }
                        giveUp();
                        return false; // one pair says enough
                    }
                }
                seen.insert(hash, i);
            }
        }
        return ok;
    }

    void reportTooMany(qsizetype size, qsizetype allowed)
    {
        if (allowed == 0)
            report(SchemaText::tr("must be empty"));
        else
            report(SchemaText::tr("%1 items, at most %2 allowed").arg(size).arg(allowed));
    }

    bool checkObject(const Node &node, const QJsonObject &object, bool collect)
    {
        bool ok = true;
        const auto giveUp = [&]() {
            ok = false;
            return !collect || full() || m_aborted;
        };
        for (const QString &name : node.required) {
            if (!object.contains(name)) {
                if (collect)
                    report(SchemaText::tr("missing required field \"%1\"").arg(name));
                if (giveUp())
                    return false;
            }
        }
        for (const auto &[name, child] : node.properties) {
            const auto it = object.constFind(name);
            if (it != object.constEnd() && !descend(child, it.value(), name, collect) && giveUp())
                return false;
        }
        if (node.patternProperties.isEmpty() && node.additionalProperties < 0)
            return ok;
        const Node *additional =
            node.additionalProperties >= 0 ? &m_nodes[size_t(node.additionalProperties)] : nullptr;
        for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
            const QString name = it.key();
            const auto named =
                std::lower_bound(node.properties.cbegin(), node.properties.cend(), name,
                                 [](const std::pair<QString, int> &property, const QString &key) {
                                     return property.first < key;
                                 });
            bool known = named != node.properties.cend() && named->first == name;
            for (const auto &[re, child] : node.patternProperties) {
                if (re.match(name).hasMatch()) {
                    known = true;
                    if (!descend(child, it.value(), name, collect) && giveUp())
                        return false;
                }
            }
            if (known || !additional)
                continue;
            if (additional->isBoolean && !additional->booleanValue) {
                if (collect)
                    report(SchemaText::tr("unexpected field \"%1\"").arg(name));
                if (giveUp())
                    return false;
            } else if (!descend(node.additionalProperties, it.value(), name, collect) && giveUp()) {
                return false;
            }
        }
        return ok;
    }

    const std::vector<Node> &m_nodes;
    QList<JsonSchema::Violation> *m_out;
    int m_limit;
    QVarLengthArray<Segment, 16> m_path;
    int m_depth = 0;
    qint64 m_steps = 0;
    bool m_aborted = false;
};

} // namespace

QString JsonSchema::Violation::toString() const
{
    return joined(pointer, message);
}

JsonSchema::JsonSchema() = default;

JsonSchema JsonSchema::parse(const QJsonValue &schema)
{
    JsonSchema result;
    result.m_compiled = Compiler(schema).run(&result.m_error);
    return result;
}

JsonSchema JsonSchema::fromJson(const QByteArray &json)
{
    const QByteArray trimmed = json.trimmed();
    if (trimmed == "true" || trimmed == "false")
        return parse(QJsonValue(trimmed == "true"));
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError) {
        JsonSchema result;
        result.m_error = SchemaText::tr("the schema is not valid JSON: %1 (at character %2)")
                             .arg(error.errorString())
                             .arg(error.offset);
        return result;
    }
    return parse(document.isObject() ? QJsonValue(document.object())
                                     : QJsonValue(document.array()));
}

JsonSchema JsonSchema::forFields(const QStringList &requiredStringFields)
{
    QJsonObject properties;
    for (const QString &field : requiredStringFields) {
        properties.insert(field, QJsonObject{{QStringLiteral("type"), QStringLiteral("string")},
                                             {QStringLiteral("minLength"), 1}});
    }
    return parse(
        QJsonObject{{QStringLiteral("type"), QStringLiteral("object")},
                    {QStringLiteral("required"), QJsonArray::fromStringList(requiredStringFields)},
                    {QStringLiteral("properties"), properties}});
}

JsonSchema JsonSchema::forFieldTypes(const QMap<QString, QString> &fieldTypes)
{
    QJsonObject properties;
    for (auto it = fieldTypes.cbegin(); it != fieldTypes.cend(); ++it)
        properties.insert(it.key(), QJsonObject{{QStringLiteral("type"), it.value()}});
    return parse(
        QJsonObject{{QStringLiteral("type"), QStringLiteral("object")},
                    {QStringLiteral("required"), QJsonArray::fromStringList(fieldTypes.keys())},
                    {QStringLiteral("properties"), properties}});
}

bool JsonSchema::isValid() const
{
    return m_compiled != nullptr;
}

QString JsonSchema::error() const
{
    return m_error;
}

QList<JsonSchema::Violation> JsonSchema::validate(const QJsonValue &instance,
                                                  int maxViolations) const
{
    QList<Violation> violations;
    if (!m_compiled) {
        violations.append(
            {QString(), m_error.isEmpty()
                            ? SchemaText::tr("there is no schema to check against")
                            : SchemaText::tr("the schema cannot be used: %1").arg(m_error)});
        return violations;
    }
    Validator validator(m_compiled->nodes, &violations, std::max(1, maxViolations));
    validator.check(m_compiled->root, instance, true);
    if (validator.aborted()) {
        violations.append(
            {QString(), SchemaText::tr("the schema is too complex to check this value "
                                       "completely (more than %1 steps)")
                            .arg(JsonSchema::maxSteps)});
    }
    return violations;
}

bool JsonSchema::accepts(const QJsonValue &instance) const
{
    if (!m_compiled)
        return false;
    QList<Violation> none;
    Validator validator(m_compiled->nodes, &none, 1);
    return validator.check(m_compiled->root, instance, false) && !validator.aborted();
}

} // namespace Seedbed
