#pragma once

#include "models/prompttemplate.h"

#include <QFutureWatcher>
#include <QJsonObject>
#include <QList>
#include <QPointer>
#include <QTimer>
#include <QUuid>
#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QListView;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;
class QStackedWidget;
class QTabWidget;
class QTreeWidget;

namespace Seedbed {

class PipelineGraph;
class ProjectDocument;
class TemplateEditor;
class TemplateProblemsModel;

/*! \brief The prompt of an LLM stage, in the inspector: its template's system and user text
    in TemplateEditors, the text rendered against a chosen seed row with its token estimate,
    and the template's saved versions with a side-by-side diff and restore.

    Edits go on the document's undo stack as EditTemplateCommands, after a short pause in
    typing, on focus-out and on commitPendingEdits(); undo and redo show up in the editors.
    The rendered view follows every keystroke (after a short pause) and is rendered in a
    worker thread, so typing never waits for it. */
class PromptPanel : public QWidget
{
    Q_OBJECT

public:
    explicit PromptPanel(QWidget *parent = nullptr);
    ~PromptPanel() override;

    /*! The document is not owned and must outlive the panel or be replaced first. */
    void setDocument(ProjectDocument *document);
    /*! Shows the prompt of stage \a id (an LLM stage: one with a template setting). */
    void setStage(const QUuid &id);
    QUuid stage() const { return m_stageId; }
    /*! Commits text still being typed. */
    void commitPendingEdits();
    /*! Saves the current text as a version with \a note (unless saved already); returns its
        number, 0 without a template. Commits pending text first. */
    int saveVersion(const QString &note);

    TemplateEditor *systemEditor() const { return m_systemEditor; }
    TemplateEditor *userEditor() const { return m_userEditor; }
    /*! The rendered messages, as shown. */
    QString renderedText() const;
    /*! The estimated prompt tokens of the rendered messages; -1 when it does not render. */
    qint64 renderedTokens() const { return m_renderedTokens; }
    /*! The row the rendered view uses (0-based) and how many rows the source has. */
    int renderRow() const;
    void setRenderRow(int row);
    int renderRowCount() const { return int(m_rows.size()); }

signals:
    /*! The rendered view shows a new rendering. */
    void rendered();
    /*! The seed rows for the rendered view are loaded. */
    void rowsLoaded();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    struct RenderResult
    {
        quint64 generation = 0;
        QString text;
        QString error;
        qint64 tokens = -1;
    };

    PipelineGraph *graph() const;
    const PromptTemplate *currentTemplate() const;
    void attach();
    void detach();
    void reload();
    void showTemplateText();
    void refreshTemplateChoices();
    void refreshKnownFields();
    void refreshVersions();
    void refreshDiff();
    void refreshUsage();
    void scheduleCommit();
    void commitText();
    void commitName();
    void chooseTemplate(int index);
    void createTemplate();
    void restoreSelectedVersion();
    void askForVersion();
    void loadRows();
    void scheduleRender();
    void startRender();
    void showRender(const RenderResult &result);
    int selectedVersion() const;

    QPointer<ProjectDocument> m_document;
    QPointer<PipelineGraph> m_graph;
    QUuid m_stageId;
    QUuid m_templateId;
    bool m_showing = false; //!< the panel is putting graph values into its widgets

    QStackedWidget *m_stack = nullptr;
    QLabel *m_noTemplate = nullptr;
    QComboBox *m_templateCombo = nullptr;
    QLineEdit *m_nameEdit = nullptr;
    QLabel *m_usage = nullptr;
    QTabWidget *m_tabs = nullptr;
    TemplateEditor *m_systemEditor = nullptr;
    TemplateEditor *m_userEditor = nullptr;
    TemplateProblemsModel *m_systemProblems = nullptr;
    TemplateProblemsModel *m_userProblems = nullptr;
    QListView *m_systemProblemList = nullptr;
    QListView *m_userProblemList = nullptr;

    QSpinBox *m_rowSpin = nullptr;
    QLabel *m_rowSource = nullptr;
    QLabel *m_tokens = nullptr;
    QPlainTextEdit *m_rendered = nullptr;

    QTreeWidget *m_versions = nullptr;
    QPushButton *m_restoreButton = nullptr;
    QPlainTextEdit *m_diffLeft = nullptr;
    QPlainTextEdit *m_diffRight = nullptr;
    QLabel *m_diffTitle = nullptr;

    QTimer m_commitTimer;
    QTimer m_renderTimer;
    QList<QJsonObject> m_rows; //!< seed rows for the rendered view
    QString m_rowsError;
    quint64 m_rowsGeneration = 0;
    quint64 m_renderGeneration = 0;
    bool m_renderRunning = false;
    bool m_renderAgain = false;
    qint64 m_renderedTokens = -1;
    QFutureWatcher<RenderResult> m_renderWatcher;
};

} // namespace Seedbed
