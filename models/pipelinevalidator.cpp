#include "models/pipelinevalidator.h"

#include "models/pipelinegraph.h"
#include "models/stageregistry.h"

#include <QCoreApplication>

#include <cmath>

namespace Seedbed {

namespace {
// lupdate reads the context from here; the engine has no QObject to lend it one.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Seedbed::PipelineValidator)
};

bool isBlank(const QVariant &value)
{
    switch (value.typeId()) {
    case QMetaType::QStringList:
    case QMetaType::QVariantList:
        return value.toList().isEmpty();
    case QMetaType::UnknownType:
        return true;
    default:
        return value.toString().trimmed().isEmpty();
    }
}

QString formatNumber(const QVariant &value)
{
    return QString::number(value.toDouble(), 'g', 10);
}

void checkSetting(const PipelineGraph &graph, const Stage &stage, const SettingDef &def,
                  QList<ValidationIssue> &issues)
{
    const QVariant value = stage.settings.value(def.key, def.defaultValue);
    const auto report = [&](const QString &message) {
        issues.append({stage.id, def.key, ValidationIssue::Error, message});
    };
    if (def.required && isBlank(value)) {
        report(Text::tr("%1 is required.").arg(def.label()));
        return;
    }
    switch (def.type) {
    case SettingType::Integer:
    case SettingType::Real: {
        bool ok = false;
        const double number = value.toDouble(&ok);
        if (!ok) {
            report(Text::tr("%1 must be a number.").arg(def.label()));
        } else if ((def.minimum.isValid() && number < def.minimum.toDouble()) ||
                   (def.maximum.isValid() && number > def.maximum.toDouble())) {
            report(Text::tr("%1 is %2; it must be between %3 and %4.")
                       .arg(def.label(), formatNumber(value), formatNumber(def.minimum),
                            formatNumber(def.maximum)));
        } else if (def.type == SettingType::Integer && std::trunc(number) != number) {
            report(Text::tr("%1 must be a whole number.").arg(def.label()));
        }
        break;
    }
    case SettingType::Choice:
        if (!def.choices.contains(value.toString()))
            report(Text::tr("%1 \"%2\" is not one of the offered choices.")
                       .arg(def.label(), value.toString()));
        break;
    case SettingType::Template:
        if (!isBlank(value) && !graph.promptTemplate(QUuid::fromString(value.toString())))
            report(Text::tr("The chosen prompt template no longer exists; choose another."));
        break;
    default:
        break;
    }
}

} // namespace

QList<ValidationIssue> PipelineValidator::validate(const PipelineGraph &graph)
{
    QList<ValidationIssue> issues;
    for (const Stage &stage : graph.stages())
        issues += validateStage(graph, stage.id);
    return issues;
}

QList<ValidationIssue> PipelineValidator::validateStage(const PipelineGraph &graph, const QUuid &id)
{
    QList<ValidationIssue> issues;
    const Stage *stage = graph.stage(id);
    if (!stage)
        return issues;
    const StageType *type = graph.typeOf(id);
    if (!type) {
        issues.append({id, QString(), ValidationIssue::Error,
                       Text::tr("The stage type \"%1\" is unknown to this version of Seedbed.")
                           .arg(stage->type)});
        return issues;
    }
    for (const Edge &edge : graph.outputEdges(id)) {
        if (graph.reaches(edge.to, id)) {
            issues.append({id, QString(), ValidationIssue::Error,
                           Text::tr("This stage is part of a loop; remove one of the connections "
                                    "of the loop.")});
            break;
        }
    }
    for (const PortDef &port : type->inputs) {
        bool connected = false;
        for (const Edge &edge : graph.inputEdges(id))
            connected = connected || edge.toPort == port.id;
        if (port.required && !connected)
            issues.append({id, QString(), ValidationIssue::Error,
                           Text::tr("The input \"%1\" is not connected; connect a stage's output "
                                    "to it.")
                               .arg(port.label())});
    }
    if (type->hasOutput && type->category != StageCategory::Export &&
        graph.outputEdges(id).isEmpty() && !graph.stages().isEmpty())
        issues.append({id, QString(), ValidationIssue::Warning,
                       Text::tr("Nothing uses the output of this stage.")});
    for (const SettingDef &def : type->settings)
        checkSetting(graph, *stage, def, issues);
    if (type->check) {
        for (const QString &message : type->check(type->settingsWithDefaults(stage->settings)))
            issues.append({id, QString(), ValidationIssue::Error, message});
    }
    return issues;
}

} // namespace Seedbed
