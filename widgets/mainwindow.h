#pragma once

#include <QMainWindow>

#include <memory>

class QLabel;
class QMenu;
class QStackedWidget;
class QUndoGroup;

namespace Seedbed {

class CanvasScene;
class CanvasView;
class InspectorWidget;
class ProjectDocument;
class RecentProjects;
class StagePalette;
class StartPage;

/*! \brief The main window: menus, docks and the central canvas (or the start page when no
    project is open). It wires views to the open ProjectDocument and turns menu actions into
    undo commands; it holds no pipeline state of its own. */
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    /*! Opens the project at \a path (folder or project.seedbed); on failure shows why and
        keeps the current project. */
    bool openProject(const QString &path);
    /*! Copies the bundled example to the user's data folder (once) and opens it. */
    bool openExample();
    bool createProject(const QString &folder, const QString &name);
    /*! Saves and closes the open project; false when saving failed and the user chose to
        keep it open. */
    bool closeProject();

    ProjectDocument *document() const { return m_document.get(); }
    CanvasScene *scene() const { return m_scene; }
    CanvasView *canvasView() const { return m_view; }
    InspectorWidget *inspector() const { return m_inspector; }
    StagePalette *palette() const { return m_palette; }
    StartPage *startPage() const { return m_startPage; }

    /*! Where "Open Example" puts its copy. */
    static QString exampleFolder();

protected:
    void closeEvent(QCloseEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void createActions();
    void createDocks();
    bool setDocument(std::unique_ptr<ProjectDocument> document);
    void updateTitle();
    void updateActions();
    void updateRecentMenu();
    void showError(const QString &title, const QString &message);
    bool saveBeforeClosing();

    void newProject();
    void openProjectDialog();
    void saveProject();
    void saveProjectAs();
    void cut();
    void copy();
    void paste();
    void addStageFromPalette(const QString &typeId);
    void about();

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
    QLabel *m_zoomLabel = nullptr;
    QLabel *m_saveLabel = nullptr;
    int m_pasteCount = 0;

    struct Actions;
    std::unique_ptr<Actions> m_actions;
};

} // namespace Seedbed
