#pragma once

#include "models/prompttemplate.h"
#include "models/stage.h"

#include <QHash>
#include <QList>
#include <QObject>

#include <algorithm>
#include <iterator>

namespace Seedbed {

struct StageType;

/*! \brief The pipeline: stages, edges and prompt templates, addressed by id. The single
    source of truth that the canvas, the inspector and the runner mirror; runs headless.

    The mutating functions are meant for undo commands (see ProjectDocument::undoStack());
    views never call them directly. Every mutation emits a fine-grained signal followed by
    changed(). */
class PipelineGraph : public QObject
{
    Q_OBJECT

public:
    explicit PipelineGraph(QObject *parent = nullptr);

    const QList<Stage> &stages() const { return m_stages; }
    const Stage *stage(const QUuid &id) const;
    bool contains(const QUuid &id) const { return m_index.contains(id); }
    qsizetype indexOf(const QUuid &id) const { return m_index.value(id, -1); }
    /*! The registry definition of the stage's type, or nullptr for an unknown type. */
    const StageType *typeOf(const QUuid &id) const;

    const QList<Edge> &edges() const { return m_edges; }
    bool containsEdge(const Edge &edge) const { return m_edges.contains(edge); }
    QList<Edge> edgesOf(const QUuid &stage) const; //!< incoming and outgoing
    QList<Edge> inputEdges(const QUuid &stage) const;
    QList<Edge> outputEdges(const QUuid &stage) const;

    /*! Whether \a edge may be added; otherwise \a reason says why in the user's words. */
    bool canConnect(const Edge &edge, QString *reason = nullptr) const;
    /*! Whether \a to can be reached from \a from by following edges. */
    bool reaches(const QUuid &from, const QUuid &to) const;
    /*! Fields that records reaching \a stage carry: everything added upstream. */
    QStringList fieldsAvailableAt(const QUuid &stage) const;
    /*! The same fields, each with the stage that adds it (the nearest, when several do). */
    QList<QPair<QString, QUuid>> fieldSourcesAt(const QUuid &stage) const;

    const QList<PromptTemplate> &templates() const { return m_templates; }
    const PromptTemplate *promptTemplate(const QUuid &id) const;

    /*! \a base, or a name of the form "Generate 2", used by no stage and not in \a alsoTaken. */
    QString uniqueStageName(const QString &base, const QStringList &alsoTaken = {}) const;

    // --- mutations, for undo commands and loading ------------------------------------------
    void insertStage(const Stage &stage, qsizetype index = -1);
    /*! Removes a stage that has no edges left and returns it. */
    Stage takeStage(const QUuid &id);
    void setStagePosition(const QUuid &id, const QPointF &position);
    void setStageName(const QUuid &id, const QString &name);
    /*! Sets one setting; an invalid \a value removes the key. */
    void setStageSetting(const QUuid &id, const QString &key, const QVariant &value);
    void insertEdge(const Edge &edge, qsizetype index = -1);
    void removeEdge(const Edge &edge);
    void insertTemplate(const PromptTemplate &promptTemplate, qsizetype index = -1);
    void replaceTemplate(const PromptTemplate &promptTemplate);
    PromptTemplate takeTemplate(const QUuid &id);
    /*! Sets the name, system or user text of template \a id (see TemplatePart); its saved
        versions are left alone. */
    void setTemplatePart(const QUuid &id, TemplatePart part, const QString &value);
    /*! Keeps \a version among the saved versions of template \a id. Versions are history:
        they are not undone with the edits. */
    void addTemplateVersion(const QUuid &id, const PromptVersion &version);
    /*! Saves the current text of template \a id as a new version with \a note, unless a
        saved version already has that text; returns that version's number (0 when there is
        no such template). */
    int saveTemplateVersion(const QUuid &id, const QString &note);
    /*! Replaces everything at once, e.g. after loading a file. */
    void reset(const QList<Stage> &stages, const QList<Edge> &edges,
               const QList<PromptTemplate> &templates);

signals:
    void stageAdded(const QUuid &id);
    void stageAboutToBeRemoved(const QUuid &id);
    void stageRemoved(const QUuid &id);
    void stageMoved(const QUuid &id, const QPointF &position);
    void stageRenamed(const QUuid &id, const QString &name);
    void stageSettingChanged(const QUuid &id, const QString &key);
    void edgeAdded(const Seedbed::Edge &edge);
    void edgeRemoved(const Seedbed::Edge &edge);
    void templatesChanged();
    /*! The name, text or versions of template \a id changed (not emitted for insertion,
        removal or replaceTemplate(), which emit templatesChanged()). */
    void templateChanged(const QUuid &id, Seedbed::TemplatePart part);
    void graphReset();
    /*! After any of the above. */
    void changed();

private:
    void rebuildIndex();
    template<typename Predicate> QList<Edge> edgesWhere(Predicate keep) const
    {
        QList<Edge> result;
        std::copy_if(m_edges.cbegin(), m_edges.cend(), std::back_inserter(result), keep);
        return result;
    }

    QList<Stage> m_stages;
    QHash<QUuid, qsizetype> m_index;
    QList<Edge> m_edges;
    QList<PromptTemplate> m_templates;
};

} // namespace Seedbed
