#pragma once

#include "models/pipelinegraph.h"
#include "models/stageregistry.h"

// Small builders shared by the model tests.
namespace Seedbed::Test {

inline Stage makeStage(const QString &type, const QString &name, QPointF position = {})
{
    const StageType *def = StageRegistry::instance().type(type);
    Q_ASSERT(def);
    return {QUuid::createUuid(), type, name, position, def->defaultSettings()};
}

inline Edge makeEdge(const Stage &from, const Stage &to, const QString &port = QStringLiteral("in"))
{
    return {from.id, to.id, port};
}

} // namespace Seedbed::Test
