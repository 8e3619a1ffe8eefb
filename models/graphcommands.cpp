#include "models/graphcommands.h"

#include "models/pipelinegraph.h"
#include "models/stagetype.h"

#include <QCoreApplication>

#include <algorithm>

namespace Seedbed {

namespace {
// lupdate reads the context from here; the engine has no QObject to lend it one.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Seedbed::GraphCommands)
};
} // namespace

AddStagesCommand::AddStagesCommand(PipelineGraph *graph, const QList<Stage> &stages,
                                   const QList<Edge> &edges, const QList<PromptTemplate> &templates,
                                   QUndoCommand *parent)
    : QUndoCommand(parent)
    , m_graph(graph)
    , m_stages(stages)
    , m_edges(edges)
    , m_templates(templates)
{
    if (stages.size() == 1)
        setText(Text::tr("Add %1").arg(stages.first().name));
    else
        setText(Text::tr("Add %n stage(s)", nullptr, int(stages.size())));
}

void AddStagesCommand::redo()
{
    for (const PromptTemplate &t : std::as_const(m_templates))
        m_graph->insertTemplate(t);
    for (const Stage &stage : std::as_const(m_stages))
        m_graph->insertStage(stage);
    for (const Edge &edge : std::as_const(m_edges))
        m_graph->insertEdge(edge);
}

void AddStagesCommand::undo()
{
    for (auto it = m_edges.crbegin(); it != m_edges.crend(); ++it)
        m_graph->removeEdge(*it);
    for (auto it = m_stages.crbegin(); it != m_stages.crend(); ++it)
        m_graph->takeStage(it->id);
    for (auto it = m_templates.crbegin(); it != m_templates.crend(); ++it)
        m_graph->takeTemplate(it->id);
}

RemoveItemsCommand::RemoveItemsCommand(PipelineGraph *graph, const QList<QUuid> &stageIds,
                                       const QList<Edge> &edges, QUndoCommand *parent)
    : QUndoCommand(parent)
    , m_graph(graph)
{
    for (const QUuid &id : stageIds) {
        const qsizetype index = graph->indexOf(id);
        if (index >= 0)
            m_stages.append({index, *graph->stage(id)});
    }
    std::sort(m_stages.begin(), m_stages.end(),
              [](const auto &a, const auto &b) { return a.first < b.first; });
    const QList<Edge> &all = graph->edges();
    for (qsizetype i = 0; i < all.size(); ++i) {
        const Edge &e = all.at(i);
        if (edges.contains(e) || stageIds.contains(e.from) || stageIds.contains(e.to))
            m_edges.append({i, e});
    }
    if (m_stages.size() == 1)
        setText(Text::tr("Delete %1").arg(m_stages.first().second.name));
    else if (m_stages.isEmpty())
        setText(Text::tr("Delete %n connection(s)", nullptr, int(m_edges.size())));
    else
        setText(Text::tr("Delete %n stage(s)", nullptr, int(m_stages.size())));
}

void RemoveItemsCommand::redo()
{
    for (auto it = m_edges.crbegin(); it != m_edges.crend(); ++it)
        m_graph->removeEdge(it->second);
    for (auto it = m_stages.crbegin(); it != m_stages.crend(); ++it)
        m_graph->takeStage(it->second.id);
}

void RemoveItemsCommand::undo()
{
    // Ascending order restores every original index.
    for (const auto &[index, stage] : std::as_const(m_stages))
        m_graph->insertStage(stage, index);
    for (const auto &[index, edge] : std::as_const(m_edges))
        m_graph->insertEdge(edge, index);
}

MoveStagesCommand::MoveStagesCommand(PipelineGraph *graph,
                                     const QHash<QUuid, QPointF> &newPositions,
                                     QUndoCommand *parent)
    : QUndoCommand(parent)
    , m_graph(graph)
    , m_new(newPositions)
{
    for (auto it = newPositions.cbegin(); it != newPositions.cend(); ++it) {
        if (const Stage *stage = graph->stage(it.key()))
            m_old.insert(it.key(), stage->position);
    }
    const Stage *single =
        newPositions.size() == 1 ? graph->stage(newPositions.cbegin().key()) : nullptr;
    setText(single ? Text::tr("Move %1").arg(single->name)
                   : Text::tr("Move %n stage(s)", nullptr, int(newPositions.size())));
}

void MoveStagesCommand::redo()
{
    for (auto it = m_new.cbegin(); it != m_new.cend(); ++it)
        m_graph->setStagePosition(it.key(), it.value());
}

void MoveStagesCommand::undo()
{
    for (auto it = m_old.cbegin(); it != m_old.cend(); ++it)
        m_graph->setStagePosition(it.key(), it.value());
}

bool MoveStagesCommand::mergeWith(const QUndoCommand *other)
{
    const auto *move = static_cast<const MoveStagesCommand *>(other);
    if (m_finished || move->m_graph != m_graph || move->m_new.size() != m_new.size())
        return false;
    for (auto it = move->m_new.cbegin(); it != move->m_new.cend(); ++it) {
        if (!m_new.contains(it.key()))
            return false;
    }
    m_new = move->m_new;
    m_finished = move->m_finished;
    setObsolete(m_new == m_old);
    return true;
}

ConnectCommand::ConnectCommand(PipelineGraph *graph, const Edge &edge, Mode mode,
                               QUndoCommand *parent)
    : QUndoCommand(parent)
    , m_graph(graph)
    , m_edge(edge)
    , m_mode(mode)
{
    const Stage *from = graph->stage(edge.from);
    const Stage *to = graph->stage(edge.to);
    const QString fromName = from ? from->name : QString();
    const QString toName = to ? to->name : QString();
    setText(mode == Connect ? Text::tr("Connect %1 to %2").arg(fromName, toName)
                            : Text::tr("Disconnect %1 from %2").arg(fromName, toName));
}

void ConnectCommand::redo()
{
    if (m_mode == Connect) {
        m_graph->insertEdge(m_edge);
    } else {
        m_index = m_graph->edges().indexOf(m_edge);
        m_graph->removeEdge(m_edge);
    }
}

void ConnectCommand::undo()
{
    if (m_mode == Connect)
        m_graph->removeEdge(m_edge);
    else
        m_graph->insertEdge(m_edge, m_index);
}

RenameStageCommand::RenameStageCommand(PipelineGraph *graph, const QUuid &stage,
                                       const QString &name, QUndoCommand *parent)
    : QUndoCommand(parent)
    , m_graph(graph)
    , m_stage(stage)
    , m_new(name)
{
    if (const Stage *s = graph->stage(stage))
        m_old = s->name;
    setText(Text::tr("Rename %1 to %2").arg(m_old, name));
}

void RenameStageCommand::redo()
{
    m_graph->setStageName(m_stage, m_new);
}

void RenameStageCommand::undo()
{
    m_graph->setStageName(m_stage, m_old);
}

bool RenameStageCommand::mergeWith(const QUndoCommand *other)
{
    const auto *rename = static_cast<const RenameStageCommand *>(other);
    if (rename->m_graph != m_graph || rename->m_stage != m_stage)
        return false;
    m_new = rename->m_new;
    setText(Text::tr("Rename %1 to %2").arg(m_old, m_new));
    setObsolete(m_new == m_old);
    return true;
}

ChangeSettingCommand::ChangeSettingCommand(PipelineGraph *graph, const QUuid &stage,
                                           const QString &key, const QVariant &value,
                                           QUndoCommand *parent)
    : QUndoCommand(parent)
    , m_graph(graph)
    , m_stage(stage)
    , m_key(key)
    , m_new(value)
{
    if (const Stage *s = graph->stage(stage)) {
        m_old = s->settings.value(key);
        const StageType *type = graph->typeOf(stage);
        const SettingDef *def = type ? type->setting(key) : nullptr;
        setText(Text::tr("Change %1 of %2").arg(def ? def->label() : key, s->name));
    }
}

void ChangeSettingCommand::redo()
{
    m_graph->setStageSetting(m_stage, m_key, m_new);
}

void ChangeSettingCommand::undo()
{
    m_graph->setStageSetting(m_stage, m_key, m_old);
}

bool ChangeSettingCommand::mergeWith(const QUndoCommand *other)
{
    const auto *change = static_cast<const ChangeSettingCommand *>(other);
    if (change->m_graph != m_graph || change->m_stage != m_stage || change->m_key != m_key)
        return false;
    // A structured value (a topic tree) changes by discrete edits: each is its own step.
    if (m_new.typeId() == QMetaType::QVariantMap ||
        change->m_new.typeId() == QMetaType::QVariantMap)
        return false;
    m_new = change->m_new;
    setObsolete(m_new == m_old);
    return true;
}

EditTemplateCommand::EditTemplateCommand(PipelineGraph *graph, const QUuid &templateId,
                                         TemplatePart part, const QString &value,
                                         QUndoCommand *parent)
    : QUndoCommand(parent)
    , m_graph(graph)
    , m_template(templateId)
    , m_part(part)
    , m_new(value)
{
    Q_ASSERT(part != TemplatePart::Versions);
    const PromptTemplate *t = graph->promptTemplate(templateId);
    if (t)
        m_old = t->part(part);
    const QString name = t ? t->name : QString();
    switch (part) {
    case TemplatePart::Name:
        setText(Text::tr("Rename template %1 to %2").arg(m_old, value));
        break;
    case TemplatePart::System:
        setText(Text::tr("Edit system prompt of %1").arg(name));
        break;
    case TemplatePart::User:
    case TemplatePart::Versions:
        setText(Text::tr("Edit user prompt of %1").arg(name));
        break;
    }
}

void EditTemplateCommand::redo()
{
    m_graph->setTemplatePart(m_template, m_part, m_new);
}

void EditTemplateCommand::undo()
{
    m_graph->setTemplatePart(m_template, m_part, m_old);
}

bool EditTemplateCommand::mergeWith(const QUndoCommand *other)
{
    const auto *edit = static_cast<const EditTemplateCommand *>(other);
    if (edit->m_graph != m_graph || edit->m_template != m_template || edit->m_part != m_part)
        return false;
    m_new = edit->m_new;
    if (m_part == TemplatePart::Name)
        setText(Text::tr("Rename template %1 to %2").arg(m_old, m_new));
    setObsolete(m_new == m_old);
    return true;
}

} // namespace Seedbed
