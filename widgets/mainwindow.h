#pragma once

#include <QMainWindow>

#include <memory>

class QAction;
class QDockWidget;
class QFutureWatcherBase;
class QLabel;
class QMenu;
class QStackedWidget;
class QUndoGroup;
class QUndoView;
class QUuid;

namespace Seedbed {

namespace Llm {
class CredentialLoader;
}
namespace Run {
class Runner;
struct RunOptions;
struct RunSummary;
} // namespace Run

class CanvasScene;
class CanvasView;
class ChartsDock;
class InspectorWidget;
class PreviewDock;
class ProjectDocument;
class RecentProjects;
class RecordsView;
class RunDock;
struct PreparedProject;
struct PreparedSaveAs;
class StagePalette;
class StartPage;

/*! \brief The main window: menus, docks and the central canvas (or the start page when no
    project is open). It wires views to the open ProjectDocument and turns menu actions into
    undo commands; it holds no pipeline state of its own.

    Opening and Save As read or copy the whole data file: they run in a worker thread while
    the window stays responsive, says what it is doing in the status bar and disables what
    would conflict. One such task runs at a time.

    The Run menu runs the pipeline (or the selected stage and what it needs) with a
    Run::Runner, in its own thread; the Run dock shows how it goes. Edits stay possible during
    a run (the run goes on with the graph as it was when it started), but another project
    cannot be opened, and closing asks whether to cancel the run. */
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    /*! Starts opening the project at \a path (folder or project.seedbed) and returns at
        once; projectOpened() tells how it ended. On failure shows why (once the work is done)
        and keeps the current project. Ignored, without a signal, while another open or a
        Save As is running. Refused, with a message and projectOpened(false), while a run is
        in progress. */
    void openProject(const QString &path);
    /*! Copies the bundled example to the user's data folder (once) and opens it like
        openProject(). */
    void openExample();
    /*! Creates a new, empty project and opens it; small enough to do at once. False when it
        failed (the user was told why), the current project could not be closed, or another
        task is running. */
    bool createProject(const QString &folder, const QString &name);
    /*! Starts copying the open project to \a folder under \a name (the folder's name when
        empty) and returns at once; the window continues in the copy when it is done, and
        projectSavedAs() tells how it ended. Editing is off meanwhile. On failure shows why
        and stays with the original. Ignored, without a signal, while another task runs. */
    void saveProjectAs(const QString &folder, const QString &name);
    /*! Saves and closes the open project; false when saving failed and the user chose to
        keep it open, while a Save As is running, or when a run is in progress and the user
        chose to keep it running (else the run is cancelled first). */
    bool closeProject();
    /*! Whether an open or a Save As is running. */
    bool isBusy() const { return m_task != Task::None; }
    /*! Whether a pipeline run is being prepared (keys are read) or running. */
    bool isRunning() const { return m_runState != RunState::Idle; }

    ProjectDocument *document() const { return m_document.get(); }
    CanvasScene *scene() const { return m_scene; }
    CanvasView *canvasView() const { return m_view; }
    InspectorWidget *inspector() const { return m_inspector; }
    StagePalette *palette() const { return m_palette; }
    StartPage *startPage() const { return m_startPage; }
    RunDock *runDock() const { return m_runDock; }
    PreviewDock *previewDock() const { return m_previewDock; }
    RecordsView *recordsView() const { return m_recordsView; }
    ChartsDock *chartsDock() const { return m_chartsDock; }

    /*! What the central area shows while a project is open. */
    enum class Workspace { Canvas, Records };
    /*! Switches the central area (View ▸ Canvas, Ctrl+1; View ▸ Records, Ctrl+2). */
    void showWorkspace(Workspace workspace);

    /*! Where "Open Example" puts its copy. */
    static QString exampleFolder();

    /*! Help ▸ Setup Guide (and the first start without a provider profile): the
        FirstRunWizard on the user's profiles; opens the example project when asked to. */
    void showSetupGuide();
    /*! Edit ▸ Preferences (Ctrl+,). */
    void editPreferences();

signals:
    /*! An openProject() or openExample() ended; \a ok when its project is now open. */
    void projectOpened(bool ok);
    /*! A saveProjectAs() ended; \a ok when the window now works on the copy. */
    void projectSavedAs(bool ok);
    /*! A run ended, or could not start; the Run dock shows how. */
    void runFinished();

protected:
    void closeEvent(QCloseEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    enum class Task { None, Opening, SavingAs };
    enum class RunState { Idle, Starting, Running };

    void createActions();
    void createDocks();
    void createPreviewDock();
    bool setDocument(std::unique_ptr<ProjectDocument> document);
    void updateTitle();
    void updateActions();
    void updateRecentMenu();
    void showError(const QString &title, const QString &message);
    bool saveBeforeClosing();

    void newProject();
    void openProjectDialog();
    void saveProject();
    void saveProjectAsDialog();
    /*! File ▸ Export… (Ctrl+Shift+E): the export dialog over the open project; from the
        records view it starts with the view's filter. */
    void exportDataset();
    void startTask(Task task, const QString &text, QFutureWatcherBase *watcher);
    void endTask();
    void finishOpening(PreparedProject &&prepared, const QString &path);
    void finishSavingAs(PreparedSaveAs &&prepared);
    void waitUntilIdle();
    void cut();
    void copy();
    void paste();
    void addStageFromPalette(const QString &typeId);
    void savePromptVersionsForRun(const QUuid &target);
    void editProviders();
    void about();

    void createRunActions();
    void updateRunActions();
    /*! \a redo: records to make again (RunOptions::redoRecords), from the records view. */
    void startRun(const QUuid &target, bool retryFailed, bool fresh,
                  const QList<qint64> &redo = {});
    void readKeysAndLaunch();
    void launchRun();
    void failRun(const QString &error, const QStringList &problems, bool offerProviders);
    void finishRun(const Run::RunSummary &summary);
    void togglePause();
    void cancelRun();
    void abandonStart();
    void runWithFreshSamples();
    /*! Asks whether to cancel a run in progress before closing; false when the user keeps it
        running. Cancels it and waits for its end otherwise. */
    bool confirmStopRun();
    void stopRunAndWait();
    /*! Refuses, with a message, what would replace the project while a run is in progress. */
    bool refuseWhileRunning();
    void showRunDock();
    bool hasFailedRecords() const;

    // The records view (a central workspace beside the canvas) and the charts dock.
    void createRecordsView();
    void attachRecordsView(ProjectDocument *document);
    void detachRecordsView();
    void updateWorkspaceActions();

    std::unique_ptr<ProjectDocument> m_document;
    std::unique_ptr<RecentProjects> m_recent;
    QUndoGroup *m_undoGroup;
    QStackedWidget *m_central;
    StartPage *m_startPage;
    CanvasScene *m_scene = nullptr; // both exist while a project is open
    CanvasView *m_view = nullptr;
    InspectorWidget *m_inspector = nullptr;
    StagePalette *m_palette = nullptr;
    QMenu *m_recentMenu = nullptr;
    QMenu *m_viewMenu = nullptr;
    QMenu *m_runMenu = nullptr;
    QLabel *m_zoomLabel = nullptr;
    QLabel *m_saveLabel = nullptr;
    QWidget *m_busyWidget = nullptr; // "Opening…" and a busy indicator, while a task runs
    QLabel *m_busyLabel = nullptr;
    QUndoView *m_history = nullptr;
    int m_pasteCount = 0;
    Task m_task = Task::None;
    QFutureWatcherBase *m_watcher = nullptr; // of the running task
    bool m_closeWhenIdle = false;            // the window was closed while a task ran

    RunDock *m_runDock = nullptr;
    PreviewDock *m_previewDock = nullptr;
    QDockWidget *m_runDockWidget = nullptr;
    Run::Runner *m_runner = nullptr;                // made for the first run, then reused
    std::unique_ptr<Run::RunOptions> m_pending;     // the run whose keys are being read
    Llm::CredentialLoader *m_credentials = nullptr; // reads them; made for the first run
    RunState m_runState = RunState::Idle;
    bool m_runPaused = false;
    bool m_cancelRequested = false;
    bool m_failedRecords = false; // the project has failed records that a retry would redo

    RecordsView *m_recordsView = nullptr; // lives as long as the window, shown in m_central
    ChartsDock *m_chartsDock = nullptr;
    QDockWidget *m_chartsDockWidget = nullptr;
    QAction *m_canvasWorkspace = nullptr;
    QAction *m_recordsWorkspace = nullptr;

    struct Actions;
    std::unique_ptr<Actions> m_actions;
};

} // namespace Seedbed
