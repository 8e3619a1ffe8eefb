#pragma once

#include "models/stagetype.h"

#include <QHash>
#include <QList>

namespace Seedbed {

/*! \brief The library of stage types, defined once. Read-only after construction and
    therefore safe to use from any thread. */
class StageRegistry
{
public:
    static const StageRegistry &instance();

    const StageType *type(const QString &id) const;
    /*! All types, grouped by category in palette order. */
    const QList<StageType> &types() const { return m_types; }
    QList<const StageType *> typesIn(StageCategory category) const;
    static QList<StageCategory> categories();

private:
    StageRegistry();
    void add(StageType type);

    QList<StageType> m_types;
    QHash<QString, qsizetype> m_index;
};

} // namespace Seedbed
