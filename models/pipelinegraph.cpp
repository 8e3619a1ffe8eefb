#include "models/pipelinegraph.h"

#include "models/stageregistry.h"

#include <QSet>

namespace Seedbed {

PipelineGraph::PipelineGraph(QObject *parent)
    : QObject(parent)
{}

const Stage *PipelineGraph::stage(const QUuid &id) const
{
    const qsizetype i = indexOf(id);
    return i < 0 ? nullptr : &m_stages.at(i);
}

const StageType *PipelineGraph::typeOf(const QUuid &id) const
{
    const Stage *s = stage(id);
    return s ? StageRegistry::instance().type(s->type) : nullptr;
}

QList<Edge> PipelineGraph::edgesOf(const QUuid &stage) const
{
    return edgesWhere([&stage](const Edge &e) { return e.from == stage || e.to == stage; });
}

QList<Edge> PipelineGraph::inputEdges(const QUuid &stage) const
{
    return edgesWhere([&stage](const Edge &e) { return e.to == stage; });
}

QList<Edge> PipelineGraph::outputEdges(const QUuid &stage) const
{
    return edgesWhere([&stage](const Edge &e) { return e.from == stage; });
}

bool PipelineGraph::reaches(const QUuid &from, const QUuid &to) const
{
    QList<QUuid> pending{from};
    QSet<QUuid> seen;
    while (!pending.isEmpty()) {
        const QUuid current = pending.takeLast();
        if (current == to)
            return true;
        if (seen.contains(current))
            continue;
        seen.insert(current);
        for (const Edge &e : m_edges) {
            if (e.from == current)
                pending.append(e.to);
        }
    }
    return false;
}

bool PipelineGraph::canConnect(const Edge &edge, QString *reason) const
{
    const auto refuse = [reason](const QString &why) {
        if (reason)
            *reason = why;
        return false;
    };
    const Stage *from = stage(edge.from);
    const Stage *to = stage(edge.to);
    if (!from || !to)
        return refuse(tr("The stage no longer exists."));
    if (edge.from == edge.to)
        return refuse(tr("A stage cannot feed itself."));
    const StageType *fromType = typeOf(edge.from);
    const StageType *toType = typeOf(edge.to);
    if (!fromType || !toType)
        return refuse(tr("The stage type is unknown to this version of Seedbed."));
    if (!fromType->hasOutput)
        return refuse(tr("\"%1\" has no output: it is the end of the pipeline.").arg(from->name));
    const PortDef *port = toType->input(edge.toPort);
    if (!port) {
        if (toType->inputs.isEmpty())
            return refuse(tr("\"%1\" takes no input: it is a source.").arg(to->name));
        return refuse(tr("\"%1\" has no input named \"%2\".").arg(to->name, edge.toPort));
    }
    if (containsEdge(edge))
        return refuse(tr("These stages are already connected."));
    if (!port->multiple) {
        for (const Edge &e : m_edges) {
            if (e.to == edge.to && e.toPort == edge.toPort)
                return refuse(tr("The input \"%1\" of \"%2\" is already connected; remove that "
                                 "connection first.")
                                  .arg(port->label(), to->name));
        }
    }
    if (reaches(edge.to, edge.from))
        return refuse(tr("This connection would make a loop: \"%1\" already feeds \"%2\".")
                          .arg(to->name, from->name));
    return true;
}

QStringList PipelineGraph::fieldsAvailableAt(const QUuid &id) const
{
    QStringList fields;
    for (const QPair<QString, QUuid> &source : fieldSourcesAt(id))
        fields.append(source.first);
    return fields;
}

QList<QPair<QString, QUuid>> PipelineGraph::fieldSourcesAt(const QUuid &id) const
{
    QList<QPair<QString, QUuid>> fields;
    QSet<QString> known;
    QSet<QUuid> seen;
    QList<QUuid> pending;
    for (const Edge &e : inputEdges(id))
        pending.append(e.from);
    while (!pending.isEmpty()) {
        const QUuid current = pending.takeFirst();
        if (seen.contains(current))
            continue;
        seen.insert(current);
        const Stage *s = stage(current);
        if (const StageType *type = typeOf(current)) {
            for (const QString &field : type->addedFields(s->settings)) {
                if (!field.isEmpty() && !known.contains(field)) {
                    known.insert(field);
                    fields.append({field, current});
                }
            }
        }
        for (const Edge &e : inputEdges(current))
            pending.append(e.from);
    }
    return fields;
}

const PromptTemplate *PipelineGraph::promptTemplate(const QUuid &id) const
{
    for (const PromptTemplate &t : m_templates) {
        if (t.id == id)
            return &t;
    }
    return nullptr;
}

QString PipelineGraph::uniqueStageName(const QString &base, const QStringList &alsoTaken) const
{
    QSet<QString> names(alsoTaken.cbegin(), alsoTaken.cend());
    for (const Stage &s : m_stages)
        names.insert(s.name);
    if (!names.contains(base))
        return base;
    for (int n = 2;; ++n) {
        const QString candidate = QStringLiteral("%1 %2").arg(base).arg(n);
        if (!names.contains(candidate))
            return candidate;
    }
}

void PipelineGraph::insertStage(const Stage &stage, qsizetype index)
{
    Q_ASSERT(!stage.id.isNull() && !contains(stage.id));
    if (index < 0 || index > m_stages.size())
        index = m_stages.size();
    m_stages.insert(index, stage);
    rebuildIndex();
    emit stageAdded(stage.id);
    emit changed();
}

Stage PipelineGraph::takeStage(const QUuid &id)
{
    const qsizetype i = indexOf(id);
    Q_ASSERT(i >= 0);
    Q_ASSERT(edgesOf(id).isEmpty());
    emit stageAboutToBeRemoved(id);
    Stage removed = m_stages.takeAt(i);
    rebuildIndex();
    emit stageRemoved(id);
    emit changed();
    return removed;
}

void PipelineGraph::setStagePosition(const QUuid &id, const QPointF &position)
{
    const qsizetype i = indexOf(id);
    if (i < 0 || m_stages.at(i).position == position)
        return;
    m_stages[i].position = position;
    emit stageMoved(id, position);
    emit changed();
}

void PipelineGraph::setStageName(const QUuid &id, const QString &name)
{
    const qsizetype i = indexOf(id);
    if (i < 0 || m_stages.at(i).name == name)
        return;
    m_stages[i].name = name;
    emit stageRenamed(id, name);
    emit changed();
}

void PipelineGraph::setStageSetting(const QUuid &id, const QString &key, const QVariant &value)
{
    const qsizetype i = indexOf(id);
    if (i < 0)
        return;
    QVariantMap &settings = m_stages[i].settings;
    if (!value.isValid()) {
        if (settings.remove(key) == 0)
            return;
    } else {
        if (settings.contains(key) && settings.value(key) == value)
            return;
        settings.insert(key, value);
    }
    emit stageSettingChanged(id, key);
    emit changed();
}

void PipelineGraph::insertEdge(const Edge &edge, qsizetype index)
{
    Q_ASSERT(contains(edge.from) && contains(edge.to) && !containsEdge(edge));
    if (index < 0 || index > m_edges.size())
        index = m_edges.size();
    m_edges.insert(index, edge);
    emit edgeAdded(edge);
    emit changed();
}

void PipelineGraph::removeEdge(const Edge &edge)
{
    if (!m_edges.removeOne(edge))
        return;
    emit edgeRemoved(edge);
    emit changed();
}

void PipelineGraph::insertTemplate(const PromptTemplate &promptTemplate, qsizetype index)
{
    Q_ASSERT(!this->promptTemplate(promptTemplate.id));
    if (index < 0 || index > m_templates.size())
        index = m_templates.size();
    m_templates.insert(index, promptTemplate);
    emit templatesChanged();
    emit changed();
}

void PipelineGraph::replaceTemplate(const PromptTemplate &promptTemplate)
{
    for (PromptTemplate &t : m_templates) {
        if (t.id == promptTemplate.id) {
            if (t == promptTemplate)
                return;
            t = promptTemplate;
            emit templatesChanged();
            emit changed();
            return;
        }
    }
}

PromptTemplate PipelineGraph::takeTemplate(const QUuid &id)
{
    for (qsizetype i = 0; i < m_templates.size(); ++i) {
        if (m_templates.at(i).id == id) {
            PromptTemplate removed = m_templates.takeAt(i);
            emit templatesChanged();
            emit changed();
            return removed;
        }
    }
    return {};
}

void PipelineGraph::setTemplatePart(const QUuid &id, TemplatePart part, const QString &value)
{
    Q_ASSERT(part != TemplatePart::Versions);
    for (PromptTemplate &t : m_templates) {
        if (t.id != id)
            continue;
        QString &target = part == TemplatePart::Name     ? t.name
                          : part == TemplatePart::System ? t.system
                                                         : t.user;
        if (target == value)
            return;
        target = value;
        emit templateChanged(id, part);
        emit changed();
        return;
    }
}

void PipelineGraph::addTemplateVersion(const QUuid &id, const PromptVersion &version)
{
    for (PromptTemplate &t : m_templates) {
        if (t.id == id) {
            t.versions.append(version);
            emit templateChanged(id, TemplatePart::Versions);
            emit changed();
            return;
        }
    }
}

int PipelineGraph::saveTemplateVersion(const QUuid &id, const QString &note)
{
    const PromptTemplate *t = promptTemplate(id);
    if (!t)
        return 0;
    if (const PromptVersion *current = t->currentVersion())
        return current->number;
    const PromptVersion version{t->nextVersionNumber(), QDateTime::currentDateTimeUtc(), note,
                                t->system, t->user};
    addTemplateVersion(id, version);
    return version.number;
}

void PipelineGraph::reset(const QList<Stage> &stages, const QList<Edge> &edges,
                          const QList<PromptTemplate> &templates)
{
    m_stages = stages;
    m_edges = edges;
    m_templates = templates;
    rebuildIndex();
    emit graphReset();
    emit changed();
}

void PipelineGraph::rebuildIndex()
{
    m_index.clear();
    m_index.reserve(m_stages.size());
    for (qsizetype i = 0; i < m_stages.size(); ++i)
        m_index.insert(m_stages.at(i).id, i);
}

} // namespace Seedbed
