#pragma once

// Small helpers the stage logic files share: one definition each instead of a copy per file.

#include "models/stage.h"
#include "models/stageregistry.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonValue>
#include <QString>
#include <QVariantMap>

namespace Seedbed::Run::StageUtil {

/*! A field's value as text: strings as they are, numbers in full precision, booleans as
    true/false, arrays and objects as compact JSON, null and missing as empty. */
inline QString fieldText(const QJsonValue &value)
{
    if (value.isString())
        return value.toString();
    if (value.isUndefined() || value.isNull())
        return QString();
    if (value.isDouble())
        return QString::number(value.toDouble(), 'g', 17);
    if (value.isBool())
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    return QString::fromUtf8(value.isArray()
                                 ? QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact)
                                 : QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
}

/*! SplitMix64's step and finaliser: a fixed hash, the same with any Qt or standard library, so
    that a seed gives the same records everywhere. */
inline quint64 splitMix64(quint64 x)
{
    x += 0x9e3779b97f4a7c15ULL;
    x = (x ^ (x >> 30)) * 0xbf58476d1ce4e5b9ULL;
    x = (x ^ (x >> 27)) * 0x94d049bb133111ebULL;
    return x ^ (x >> 31);
}

/*! The stage's settings with its type's defaults for those the file leaves out. */
inline QVariantMap settingsOf(const Stage &stage)
{
    const StageType *type = StageRegistry::instance().type(stage.type);
    return type ? type->settingsWithDefaults(stage.settings) : stage.settings;
}

} // namespace Seedbed::Run::StageUtil
