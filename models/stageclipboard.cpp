#include "models/stageclipboard.h"

#include "models/pipelinegraph.h"
#include "models/projectformat.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>

namespace Seedbed {

QByteArray StageClipboard::copy(const PipelineGraph &graph, const QList<QUuid> &stageIds)
{
    QJsonArray stages;
    QJsonArray edges;
    QJsonArray templates;
    QSet<QUuid> copied;
    QSet<QUuid> templateIds;
    for (const Stage &stage : graph.stages()) { // graph order, not selection order
        if (!stageIds.contains(stage.id))
            continue;
        copied.insert(stage.id);
        stages.append(ProjectFormat::stageToJson(stage));
        const QUuid templateId =
            QUuid::fromString(stage.settings.value(QStringLiteral("template")).toString());
        if (const PromptTemplate *t = graph.promptTemplate(templateId);
            t && !templateIds.contains(t->id)) {
            templateIds.insert(t->id);
            templates.append(ProjectFormat::templateToJson(*t));
        }
    }
    for (const Edge &edge : graph.edges()) {
        if (copied.contains(edge.from) && copied.contains(edge.to))
            edges.append(ProjectFormat::edgeToJson(edge));
    }
    const QJsonObject root{
        {QStringLiteral("format"), QLatin1String(mimeType)},
        {QStringLiteral("stages"), stages},
        {QStringLiteral("edges"), edges},
        {QStringLiteral("templates"), templates},
    };
    return QJsonDocument(root).toJson(QJsonDocument::Compact);
}

bool StageClipboard::paste(const QByteArray &bytes, const PipelineGraph &target,
                           const QPointF &offset, Paste *result)
{
    const QJsonDocument document = QJsonDocument::fromJson(bytes);
    const QJsonObject root = document.object();
    if (root.value(QStringLiteral("format")).toString() != QLatin1String(mimeType))
        return false;
    Paste paste;
    QString problem;
    QHash<QUuid, QUuid> newIds;
    for (const QJsonValue &value : root.value(QStringLiteral("stages")).toArray()) {
        Stage stage;
        if (!ProjectFormat::stageFromJson(value.toObject(), &stage, &problem))
            return false;
        const QUuid fresh = QUuid::createUuid();
        newIds.insert(stage.id, fresh);
        stage.id = fresh;
        stage.position += offset;
        paste.stages.append(stage);
    }
    // Clipboard data may come from another program or version: connections go through the
    // same checks as a drag on the canvas (ports, duplicates, loops), among the pasted stages.
    PipelineGraph scratch;
    for (const Stage &stage : std::as_const(paste.stages))
        scratch.insertStage(stage);
    for (const QJsonValue &value : root.value(QStringLiteral("edges")).toArray()) {
        Edge edge;
        if (!ProjectFormat::edgeFromJson(value.toObject(), &edge, &problem) ||
            !newIds.contains(edge.from) || !newIds.contains(edge.to))
            return false;
        edge.from = newIds.value(edge.from);
        edge.to = newIds.value(edge.to);
        if (!scratch.canConnect(edge))
            continue;
        scratch.insertEdge(edge);
        paste.edges.append(edge);
    }
    for (const QJsonValue &value : root.value(QStringLiteral("templates")).toArray()) {
        PromptTemplate t;
        if (!ProjectFormat::templateFromJson(value.toObject(), &t, &problem))
            return false;
        const PromptTemplate *existing = target.promptTemplate(t.id);
        if (existing && *existing == t)
            continue; // the target has this very template
        if (existing) {
            // Same id, different wording (projects copied with Save As share ids): the pasted
            // stages keep the wording they were copied with, under a new id.
            const QString oldId = t.id.toString(QUuid::WithoutBraces);
            t.id = QUuid::createUuid();
            for (Stage &stage : paste.stages) {
                if (stage.settings.value(QStringLiteral("template")).toString() == oldId)
                    stage.settings.insert(QStringLiteral("template"),
                                          t.id.toString(QUuid::WithoutBraces));
            }
        }
        paste.templates.append(t);
    }
    // Names stay unique within the target.
    QStringList taken;
    for (Stage &stage : paste.stages) {
        stage.name = target.uniqueStageName(stage.name, taken);
        taken.append(stage.name);
    }
    *result = std::move(paste);
    return true;
}

} // namespace Seedbed
