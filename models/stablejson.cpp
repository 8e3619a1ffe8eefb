#include "models/stablejson.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QLocale>

#include <algorithm>
#include <cmath>

namespace Seedbed {

namespace {
void writeString(QByteArray &out, const QString &text)
{
    out += '"';
    const QByteArray utf8 = text.toUtf8();
    for (const char c : utf8) {
        switch (c) {
        case '"':
            out += "\\\"";
            break;
        case '\\':
            out += "\\\\";
            break;
        case '\n':
            out += "\\n";
            break;
        case '\r':
            out += "\\r";
            break;
        case '\t':
            out += "\\t";
            break;
        case '\b':
            out += "\\b";
            break;
        case '\f':
            out += "\\f";
            break;
        default:
            if (static_cast<unsigned char>(c) < 0x20)
                out += QByteArray("\\u00") +
                       QByteArray::number(static_cast<unsigned char>(c), 16).rightJustified(2, '0');
            else
                out += c;
        }
    }
    out += '"';
}

void writeNumber(QByteArray &out, double value)
{
    if (!std::isfinite(value)) {
        out += "null"; // JSON has no NaN or infinity
        return;
    }
    if (value == std::trunc(value) && std::abs(value) < 1e15) {
        out += QByteArray::number(static_cast<qint64>(value));
        return;
    }
    out += QByteArray::number(value, 'g', QLocale::FloatingPointShortest);
}

bool isScalar(const QJsonValue &value)
{
    return !value.isArray() && !value.isObject();
}

void indent(QByteArray &out, int depth)
{
    out += QByteArray(depth * 2, ' ');
}
} // namespace

QByteArray StableJson::write(const QJsonValue &value) const
{
    QByteArray out;
    writeValue(out, value, 0);
    out += '\n';
    return out;
}

QStringList StableJson::orderedKeys(const QJsonObject &object) const
{
    QStringList keys = object.keys(); // sorted
    std::stable_sort(keys.begin(), keys.end(), [this](const QString &a, const QString &b) {
        const qsizetype ia = m_keyOrder.indexOf(a);
        const qsizetype ib = m_keyOrder.indexOf(b);
        if (ia < 0 || ib < 0)
            return ia >= 0 && ib < 0; // known keys first
        return ia < ib;
    });
    return keys;
}

void StableJson::writeValue(QByteArray &out, const QJsonValue &value, int depth) const
{
    switch (value.type()) {
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        out += "null";
        break;
    case QJsonValue::Bool:
        out += value.toBool() ? "true" : "false";
        break;
    case QJsonValue::Double:
        writeNumber(out, value.toDouble());
        break;
    case QJsonValue::String:
        writeString(out, value.toString());
        break;
    case QJsonValue::Array: {
        const QJsonArray array = value.toArray();
        if (array.isEmpty()) {
            out += "[]";
            break;
        }
        if (std::all_of(array.begin(), array.end(), isScalar)) {
            out += '[';
            for (qsizetype i = 0; i < array.size(); ++i) {
                if (i > 0)
                    out += ", ";
                writeValue(out, array.at(i), depth + 1);
            }
            out += ']';
            break;
        }
        out += "[\n";
        for (qsizetype i = 0; i < array.size(); ++i) {
            indent(out, depth + 1);
            writeValue(out, array.at(i), depth + 1);
            out += i + 1 < array.size() ? ",\n" : "\n";
        }
        indent(out, depth);
        out += ']';
        break;
    }
    case QJsonValue::Object: {
        const QJsonObject object = value.toObject();
        if (object.isEmpty()) {
            out += "{}";
            break;
        }
        out += "{\n";
        const QStringList keys = orderedKeys(object);
        for (qsizetype i = 0; i < keys.size(); ++i) {
            indent(out, depth + 1);
            writeString(out, keys.at(i));
            out += ": ";
            writeValue(out, object.value(keys.at(i)), depth + 1);
            out += i + 1 < keys.size() ? ",\n" : "\n";
        }
        indent(out, depth);
        out += '}';
        break;
    }
    }
}

} // namespace Seedbed
