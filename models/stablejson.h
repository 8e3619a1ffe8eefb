#pragma once

#include <QByteArray>
#include <QJsonValue>
#include <QStringList>

namespace Seedbed {

/*! \brief Writes JSON for files people keep in git: two-space indentation, object keys in a
    given preferred order and then alphabetically, arrays of scalars on one line, numbers in
    their shortest exact form, UTF-8 text unescaped. The same value always gives the same
    bytes, and a one-field change is a one-line diff. */
class StableJson
{
public:
    explicit StableJson(QStringList keyOrder = {})
        : m_keyOrder(std::move(keyOrder))
    {}

    QByteArray write(const QJsonValue &value) const;

private:
    void writeValue(QByteArray &out, const QJsonValue &value, int depth) const;
    QStringList orderedKeys(const QJsonObject &object) const;

    QStringList m_keyOrder;
};

} // namespace Seedbed
