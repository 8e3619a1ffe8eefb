#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QString>

namespace Seedbed::TemplateDetail {

struct Expr;

/* A value while rendering: a JSON value, or undefined. Strings are held as QString (a
   QJsonValue would copy them into a CBOR container on every construction). */
struct Value
{
    enum class Type : quint8 { Undefined, Null, Bool, Integer, Double, String, Array, Object };

    Type type = Type::Undefined;
    bool boolean = false;
    qint64 integer = 0;
    double number = 0;
    QString string;
    QJsonArray array;
    QJsonObject object;
    // Where an undefined value came from: the expression, and the end of the part of it that
    // found nothing ("seed.hint" of "seed.hint.text").
    const Expr *origin = nullptr;
    qsizetype originEnd = 0;

    static Value undefined(const Expr *origin, qsizetype originEnd);
    static Value null();
    static Value fromBool(bool b);
    static Value fromInteger(qint64 i);
    static Value fromDouble(double d);
    static Value fromString(QString s);
    static Value fromArray(QJsonArray a);
    static Value fromObject(QJsonObject o);
    static Value fromJson(const QJsonValue &json);

    bool isUndefined() const { return type == Type::Undefined; }
    bool isNumber() const { return type == Type::Integer || type == Type::Double; }
    double toDouble() const { return type == Type::Integer ? double(integer) : number; }
    /* Undefined becomes null. */
    QJsonValue toJson() const;
};

/* Jinja's truthiness; undefined is false (the renderer reports it first). */
bool isTruthy(const Value &value);
/* Same type and value; integers and doubles compare as numbers. */
bool equals(const Value &a, const Value &b);

/* How a value prints: nothing for undefined and null, true/false, shortest round-trip
   numbers, JSON for lists and objects. */
void appendText(QString &out, const Value &value);
QString toText(const Value &value);
/* JSON with ", " and ": " like Jinja's tojson, or indented by \a indent spaces; non-ASCII
   text is written as it is, lone surrogates as \u escapes. */
void appendJson(QString &out, const Value &value, int indent);
void appendJson(QString &out, const QJsonValue &value, int indent);
QString formatNumber(double number);

qsizetype codePointCount(QStringView text);
/* The UTF-16 index after the first \a count code points of \a text (never inside a pair). */
qsizetype codePointOffset(QStringView text, qsizetype count);

} // namespace Seedbed::TemplateDetail
