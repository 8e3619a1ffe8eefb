#pragma once

#include "models/llm/providerprofile.h"
#include "models/pipelinegraph.h"
#include "models/projectdocument.h"

#include <QHash>
#include <QPointer>
#include <QTimer>
#include <QUuid>
#include <QWidget>

class QFormLayout;
class QLabel;
class QLineEdit;
class QScrollArea;
class QStackedWidget;
class QTabWidget;
class QVBoxLayout;

namespace Seedbed {

class PromptPanel;
class SettingEditor;

/*! \brief The settings of the selected stage: its name, type, validation issues, the fields
    it receives and adds, and a form generated from its type's settings schema; for an LLM
    stage also its prompt (PromptPanel), on a second tab.

    Every edit is pushed on the document's undo stack (RenameStageCommand,
    ChangeSettingCommand); the form mirrors the graph, so undo and redo show up in it
    without creating new commands. The document is not owned and must outlive the widget,
    or be replaced with setDocument(nullptr) first. */
class InspectorWidget : public QWidget
{
    Q_OBJECT

public:
    explicit InspectorWidget(ProjectDocument *document, QWidget *parent = nullptr);
    ~InspectorWidget() override;

    void setDocument(ProjectDocument *document);
    ProjectDocument *document() const { return m_document; }

    /*! Shows stage \a id, or a hint when \a id is null or not in the graph. */
    void setStage(const QUuid &id);
    /*! Shows the only stage of \a ids, a hint when empty, or how many are selected. */
    void setSelection(const QList<QUuid> &ids);
    QUuid stage() const { return m_stageId; }

    /*! Commits text that is still being typed (the form otherwise waits for a short pause or
        focus-out). Call before running, previewing or saving. */
    void commitPendingEdits();

    /*! The prompt of the shown LLM stage (on the "Prompt" tab). */
    PromptPanel *promptPanel() const { return m_prompt; }
    /*! Shows the Prompt tab, when the shown stage has one. */
    void showPrompt();
    /*! Re-reads the provider profiles offered by the provider and model settings (after
        they were edited). */
    void refreshProfiles();

signals:
    /*! The user asked to set up provider profiles (from a stage's provider setting). */
    void manageProvidersRequested();

private:
    void attachGraph();
    void detachGraph();
    void showMessage(const QString &message);
    void clear();
    void buildForm();
    void refreshDerived();
    void updateSetting(const QString &key);
    void updateName();
    void commitName();
    void pushSetting(const QString &key, const QVariant &value);
    PipelineGraph *graph() const;

    QPointer<ProjectDocument> m_document;
    QPointer<PipelineGraph> m_graph;
    QUuid m_stageId;

    QStackedWidget *m_stack = nullptr;
    QLabel *m_message = nullptr;
    QTabWidget *m_tabs = nullptr; //!< Settings, and Prompt for LLM stages
    QScrollArea *m_scroll = nullptr;
    PromptPanel *m_prompt = nullptr;

    // Parts of the form of the shown stage; owned by the scroll area's widget.
    QLineEdit *m_nameEdit = nullptr;
    QWidget *m_issuesBox = nullptr;
    QVBoxLayout *m_issuesLayout = nullptr;
    QLabel *m_availableFields = nullptr;
    QLabel *m_addedFields = nullptr;
    QHash<QString, SettingEditor *> m_editors;
    QList<Llm::ProviderProfile> m_profiles;
    bool m_profilesLoaded = false;

    // Validation and field lists are recomputed once per burst of graph changes.
    QTimer m_refreshTimer;
};

} // namespace Seedbed
