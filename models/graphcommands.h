#pragma once

#include "models/prompttemplate.h"
#include "models/stage.h"

#include <QHash>
#include <QList>
#include <QUndoCommand>

namespace Seedbed {

class PipelineGraph;

/*! Ids of the undo commands that merge with their successor. */
enum GraphCommandId { MoveStagesId = 1, RenameStageId, ChangeSettingId, EditTemplateId };

/*! \brief Adds stages, the edges between them and the prompt templates they use (adding,
    pasting, duplicating): one step. The graph is not owned and must outlive the command. */
class AddStagesCommand : public QUndoCommand
{
public:
    AddStagesCommand(PipelineGraph *graph, const QList<Stage> &stages,
                     const QList<Edge> &edges = {}, const QList<PromptTemplate> &templates = {},
                     QUndoCommand *parent = nullptr);
    void redo() override;
    void undo() override;

private:
    PipelineGraph *m_graph;
    QList<Stage> m_stages;
    QList<Edge> m_edges;
    QList<PromptTemplate> m_templates;
};

/*! \brief Removes stages with every edge touching them, plus further edges: one step. Undo
    puts everything back at its original place in the graph's lists, so that a saved file
    is byte-identical after undo. */
class RemoveItemsCommand : public QUndoCommand
{
public:
    RemoveItemsCommand(PipelineGraph *graph, const QList<QUuid> &stageIds,
                       const QList<Edge> &edges = {}, QUndoCommand *parent = nullptr);
    void redo() override;
    void undo() override;

private:
    PipelineGraph *m_graph;
    QList<QPair<qsizetype, Stage>> m_stages; // ascending index
    QList<QPair<qsizetype, Edge>> m_edges;   // ascending index
};

/*! \brief Moves stages; consecutive moves of the same stages merge into one step, so that
    a drag is undone at once. */
class MoveStagesCommand : public QUndoCommand
{
public:
    MoveStagesCommand(PipelineGraph *graph, const QHash<QUuid, QPointF> &newPositions,
                      QUndoCommand *parent = nullptr);
    void redo() override;
    void undo() override;
    int id() const override { return MoveStagesId; }
    bool mergeWith(const QUndoCommand *other) override;

    /*! Ends merging: the next move starts a new undo step (e.g. on mouse release). */
    void finish() { m_finished = true; }

private:
    PipelineGraph *m_graph;
    QHash<QUuid, QPointF> m_old;
    QHash<QUuid, QPointF> m_new;
    bool m_finished = false;
};

/*! \brief Connects (or, with \c Disconnect, disconnects) one edge. */
class ConnectCommand : public QUndoCommand
{
public:
    enum Mode { Connect, Disconnect };
    ConnectCommand(PipelineGraph *graph, const Edge &edge, Mode mode = Connect,
                   QUndoCommand *parent = nullptr);
    void redo() override;
    void undo() override;

private:
    PipelineGraph *m_graph;
    Edge m_edge;
    Mode m_mode;
    qsizetype m_index = -1;
};

/*! \brief Renames a stage; typing merges into one step. */
class RenameStageCommand : public QUndoCommand
{
public:
    RenameStageCommand(PipelineGraph *graph, const QUuid &stage, const QString &name,
                       QUndoCommand *parent = nullptr);
    void redo() override;
    void undo() override;
    int id() const override { return RenameStageId; }
    bool mergeWith(const QUndoCommand *other) override;

private:
    PipelineGraph *m_graph;
    QUuid m_stage;
    QString m_old;
    QString m_new;
};

/*! \brief Changes one setting of a stage; successive edits of the same setting merge, and a
    change back to the original value makes the command obsolete. */
class ChangeSettingCommand : public QUndoCommand
{
public:
    ChangeSettingCommand(PipelineGraph *graph, const QUuid &stage, const QString &key,
                         const QVariant &value, QUndoCommand *parent = nullptr);
    void redo() override;
    void undo() override;
    int id() const override { return ChangeSettingId; }
    bool mergeWith(const QUndoCommand *other) override;

private:
    PipelineGraph *m_graph;
    QUuid m_stage;
    QString m_key;
    QVariant m_old; // invalid when the key was absent
    QVariant m_new;
};

/*! \brief Changes the name, system text or user text of a prompt template; successive edits
    of the same part merge into one step (typing), and a change back to the original text
    makes the command obsolete. Saved versions are not touched. */
class EditTemplateCommand : public QUndoCommand
{
public:
    EditTemplateCommand(PipelineGraph *graph, const QUuid &templateId, TemplatePart part,
                        const QString &value, QUndoCommand *parent = nullptr);
    void redo() override;
    void undo() override;
    int id() const override { return EditTemplateId; }
    bool mergeWith(const QUndoCommand *other) override;

private:
    PipelineGraph *m_graph;
    QUuid m_template;
    TemplatePart m_part;
    QString m_old;
    QString m_new;
};

} // namespace Seedbed
