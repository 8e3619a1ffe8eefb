#include "widgets/mainwindow.h"

#include "models/llm/credentialloader.h"
#include "models/llm/keystore.h"
#include "models/llm/profilestore.h"
#include "models/pipelinegraph.h"
#include "models/projectdocument.h"
#include "models/projectformat.h"
#include "models/projectstore.h"
#include "models/records/reviewstore.h"
#include "models/run/runner.h"
#include "models/run/stagelogic.h"
#include "models/stageclipboard.h"
#include "widgets/canvasscene.h"
#include "widgets/canvasview.h"
#include "widgets/chartsdock.h"
#include "widgets/exportdialog.h"
#include "widgets/firstrunwizard.h"
#include "widgets/inspectorwidget.h"
#include "widgets/newprojectdialog.h"
#include "widgets/preferencesdialog.h"
#include "widgets/previewdock.h"
#include "widgets/promptpanel.h"
#include "widgets/providersdialog.h"
#include "widgets/recentprojects.h"
#include "widgets/recordsview.h"
#include "widgets/rundock.h"
#include "widgets/stagepalette.h"
#include "widgets/startpage.h"
#include "widgets/templateeditor.h"
#include "widgets/trustdialog.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QClipboard>
#include <QCloseEvent>
#include <QDir>
#include <QDockWidget>
#include <QEventLoop>
#include <QFile>
#include <QFileDialog>
#include <QFutureWatcher>
#include <QHBoxLayout>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QProgressBar>
#include <QProgressDialog>
#include <QPushButton>
#include <QScreen>
#include <QSet>
#include <QSettings>
#include <QSqlQuery>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTableView>
#include <QToolBar>
#include <QUndoGroup>
#include <QUndoStack>
#include <QUndoView>

#include <algorithm>
#include <optional>

namespace Seedbed {

namespace {
constexpr char geometryKey[] = "mainWindow/geometry";
constexpr char stateKey[] = "mainWindow/state";
constexpr char examplePath[] = ":/examples/customer-support";
constexpr int messageTimeoutMs = 6000;
} // namespace

struct MainWindow::Actions
{
    QAction *newProject = nullptr;
    QAction *open = nullptr;
    QAction *openExample = nullptr;
    QAction *save = nullptr;
    QAction *saveAs = nullptr;
    QAction *exportData = nullptr;
    QAction *close = nullptr;
    QAction *quit = nullptr;
    QAction *undo = nullptr;
    QAction *redo = nullptr;
    QAction *cut = nullptr;
    QAction *copy = nullptr;
    QAction *paste = nullptr;
    QAction *remove = nullptr;
    QAction *selectAll = nullptr;
    QAction *zoomIn = nullptr;
    QAction *zoomOut = nullptr;
    QAction *resetZoom = nullptr;
    QAction *fit = nullptr;
    QAction *findStage = nullptr;
    QAction *run = nullptr;
    QAction *runSelected = nullptr;
    QAction *pause = nullptr;
    QAction *cancelRun = nullptr;
    QAction *retryFailed = nullptr;
    QAction *fresh = nullptr;
};

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_recent(std::make_unique<RecentProjects>())
    , m_undoGroup(new QUndoGroup(this))
    , m_central(new QStackedWidget(this))
    , m_startPage(new StartPage(this))
    , m_actions(std::make_unique<Actions>())
{
    setObjectName(QStringLiteral("MainWindow"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/seedbed.svg")));
    m_central->addWidget(m_startPage);
    setCentralWidget(m_central);

    connect(m_startPage, &StartPage::newRequested, this, &MainWindow::newProject);
    connect(m_startPage, &StartPage::openRequested, this, &MainWindow::openProjectDialog);
    connect(m_startPage, &StartPage::openExampleRequested, this, &MainWindow::openExample);
    connect(m_startPage, &StartPage::openRecentRequested, this, &MainWindow::openProject);
    connect(m_startPage, &StartPage::removeRecentRequested, this, [this](const QString &path) {
        m_recent->remove(path);
        updateRecentMenu();
    });

    createActions();
    createDocks();
    createRecordsView();

    m_zoomLabel = new QLabel(this);
    m_saveLabel = new QLabel(this);
    statusBar()->addPermanentWidget(m_saveLabel);
    statusBar()->addPermanentWidget(m_zoomLabel);
    m_busyWidget = new QWidget(this);
    m_busyWidget->setObjectName(QStringLiteral("busy"));
    m_busyLabel = new QLabel(m_busyWidget);
    m_busyLabel->setObjectName(QStringLiteral("busyLabel"));
    auto *busyBar = new QProgressBar(m_busyWidget);
    busyBar->setObjectName(QStringLiteral("busyIndicator"));
    busyBar->setRange(0, 0); // no measure of progress: an indeterminate, moving bar
    busyBar->setTextVisible(false);
    busyBar->setFixedWidth(120);
    auto *busyLayout = new QHBoxLayout(m_busyWidget);
    busyLayout->setContentsMargins(0, 0, 0, 0);
    busyLayout->addWidget(m_busyLabel);
    busyLayout->addWidget(busyBar);
    busyLayout->addStretch(); // the bar stays next to its text
    statusBar()->addWidget(m_busyWidget);
    m_busyWidget->hide();

    QSettings settings;
    if (!restoreGeometry(settings.value(QLatin1String(geometryKey)).toByteArray())) {
        const QSize available = screen() ? screen()->availableSize() : QSize(1280, 800);
        resize(available.boundedTo(QSize(1600, 1000)) * 0.9);
    }
    if (!restoreState(settings.value(QLatin1String(stateKey)).toByteArray())) {
        // Wide enough for the inspector's forms, so that selecting a stage does not resize it.
        resizeDocks({findChild<QDockWidget *>(QStringLiteral("stagesDock")),
                     findChild<QDockWidget *>(QStringLiteral("inspectorDock"))},
                    {270, 400}, Qt::Horizontal);
    }

    updateRecentMenu();
    updateTitle();
    updateActions();
}

MainWindow::~MainWindow()
{
    // Not a question any more: a run still going is cancelled and joined, its records kept.
    delete m_credentials;
    m_credentials = nullptr;
    if (m_runner) {
        m_runner->disconnect(this);
        delete m_runner; // cancels and waits for its thread
        m_runner = nullptr;
    }
    m_runState = RunState::Idle;
    if (m_watcher) {
        // Nothing may go on for a window that is gone: let the worker end and drop its result,
        // which releases its lock (a Save As copy that was finished stays on disk, complete).
        m_watcher->waitForFinished();
        m_task = Task::None;
    }
    closeProject();
}

QString MainWindow::exampleFolder()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation))
        .filePath(QStringLiteral("examples/customer-support"));
}

void MainWindow::createActions()
{
    Actions &a = *m_actions;
    const auto make = [this](const QString &text, const QString &icon, const QKeySequence &shortcut,
                             auto slot) {
        auto *action = new QAction(QIcon::fromTheme(icon), text, this);
        if (!shortcut.isEmpty())
            action->setShortcut(shortcut);
        connect(action, &QAction::triggered, this, slot);
        return action;
    };

    QMenu *file = menuBar()->addMenu(tr("&File"));
    a.newProject = make(tr("&New Project…"), QStringLiteral("document-new"), QKeySequence::New,
                        &MainWindow::newProject);
    a.open = make(tr("&Open Project…"), QStringLiteral("document-open"), QKeySequence::Open,
                  &MainWindow::openProjectDialog);
    a.openExample = make(tr("Open &Example"), QString(), QKeySequence(), [this] { openExample(); });
    a.save = make(tr("&Save"), QStringLiteral("document-save"), QKeySequence::Save,
                  &MainWindow::saveProject);
    a.save->setToolTip(tr("Projects save themselves as you edit; this writes pending edits now."));
    a.saveAs = make(tr("Save &As…"), QStringLiteral("document-save-as"), QKeySequence::SaveAs,
                    &MainWindow::saveProjectAsDialog);
    a.exportData = make(tr("E&xport…"), QStringLiteral("document-export"),
                        QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E), &MainWindow::exportDataset);
    a.exportData->setObjectName(QStringLiteral("exportAction"));
    a.exportData->setToolTip(tr("Writes records to disk in a format fine-tuning tools read."));
    a.close = make(tr("&Close Project"), QStringLiteral("document-close"), QKeySequence::Close,
                   &MainWindow::closeProject);
    a.quit =
        make(tr("&Quit"), QStringLiteral("application-exit"), QKeySequence::Quit, &QWidget::close);
    a.quit->setMenuRole(QAction::QuitRole);
    file->addAction(a.newProject);
    file->addAction(a.open);
    m_recentMenu = file->addMenu(tr("Open &Recent"));
    file->addAction(a.openExample);
    file->addSeparator();
    file->addAction(a.save);
    file->addAction(a.saveAs);
    file->addSeparator();
    file->addAction(a.exportData);
    file->addSeparator();
    file->addAction(a.close);
    file->addAction(a.quit);

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    // Own actions rather than QUndoGroup's: text half-typed in the inspector becomes a command
    // first, so that it is undone rather than pushed in the middle of an undo.
    a.undo = make(tr("&Undo"), QStringLiteral("edit-undo"), QKeySequence::Undo, [this] {
        m_inspector->commitPendingEdits();
        m_undoGroup->undo();
    });
    a.undo->setObjectName(QStringLiteral("undoAction")); // its text follows the command
    a.redo = make(tr("&Redo"), QStringLiteral("edit-redo"), QKeySequence::Redo, [this] {
        m_inspector->commitPendingEdits();
        m_undoGroup->redo();
    });
    a.redo->setObjectName(QStringLiteral("redoAction"));
    a.undo->setEnabled(false);
    a.redo->setEnabled(false);
    // Off during a Save As whatever the stack says (see updateActions()).
    connect(m_undoGroup, &QUndoGroup::canUndoChanged, a.undo,
            [this](bool can) { m_actions->undo->setEnabled(can && m_task != Task::SavingAs); });
    connect(m_undoGroup, &QUndoGroup::canRedoChanged, a.redo,
            [this](bool can) { m_actions->redo->setEnabled(can && m_task != Task::SavingAs); });
    connect(m_undoGroup, &QUndoGroup::undoTextChanged, a.undo,
            [action = a.undo](const QString &text) {
                action->setText(text.isEmpty() ? tr("&Undo") : tr("&Undo %1").arg(text));
            });
    connect(m_undoGroup, &QUndoGroup::redoTextChanged, a.redo,
            [action = a.redo](const QString &text) {
                action->setText(text.isEmpty() ? tr("&Redo") : tr("&Redo %1").arg(text));
            });
    a.cut = make(tr("Cu&t"), QStringLiteral("edit-cut"), QKeySequence::Cut, &MainWindow::cut);
    a.copy = make(tr("&Copy"), QStringLiteral("edit-copy"), QKeySequence::Copy, &MainWindow::copy);
    a.paste =
        make(tr("&Paste"), QStringLiteral("edit-paste"), QKeySequence::Paste, &MainWindow::paste);
    a.remove = make(tr("&Delete"), QStringLiteral("edit-delete"), QKeySequence::Delete, [this] {
        if (m_scene)
            m_scene->deleteSelection();
    });
    a.remove->setShortcuts({QKeySequence::Delete, QKeySequence(Qt::Key_Backspace)});
    a.selectAll =
        make(tr("Select &All"), QStringLiteral("edit-select-all"), QKeySequence::SelectAll, [this] {
            if (m_scene)
                m_scene->selectAll();
        });
    a.findStage =
        make(tr("&Find Stage Type…"), QStringLiteral("edit-find"), QKeySequence::Find, [this] {
            m_palette->parentWidget()->show();
            m_palette->focusSearch();
        });
    // Canvas actions act on the canvas only; text fields keep their own shortcuts.
    for (QAction *action : {a.cut, a.copy, a.paste, a.remove, a.selectAll})
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    edit->addAction(a.undo);
    edit->addAction(a.redo);
    edit->addSeparator();
    edit->addAction(a.cut);
    edit->addAction(a.copy);
    edit->addAction(a.paste);
    edit->addAction(a.remove);
    edit->addSeparator();
    edit->addAction(a.selectAll);
    edit->addAction(a.findStage);
    edit->addSeparator();
    QAction *preferences = edit->addAction(QIcon::fromTheme(QStringLiteral("preferences-system")),
                                           tr("&Preferences…"), this, &MainWindow::editPreferences);
    preferences->setObjectName(QStringLiteral("preferencesAction"));
    preferences->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Comma));

    m_viewMenu = menuBar()->addMenu(tr("&View"));
    a.zoomIn = make(tr("Zoom &In"), QStringLiteral("zoom-in"), QKeySequence::ZoomIn, [this] {
        if (m_view)
            m_view->zoomIn();
    });
    a.zoomOut = make(tr("Zoom &Out"), QStringLiteral("zoom-out"), QKeySequence::ZoomOut, [this] {
        if (m_view)
            m_view->zoomOut();
    });
    a.resetZoom = make(tr("&Actual Size"), QStringLiteral("zoom-original"),
                       QKeySequence(Qt::CTRL | Qt::Key_0), [this] {
                           if (m_view)
                               m_view->resetZoom();
                       });
    a.fit = make(tr("&Fit Pipeline in Window"), QStringLiteral("zoom-fit-best"),
                 QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_0), [this] {
                     if (m_view)
                         m_view->fitToView();
                 });
    m_viewMenu->addAction(a.zoomIn);
    m_viewMenu->addAction(a.zoomOut);
    m_viewMenu->addAction(a.resetZoom);
    m_viewMenu->addAction(a.fit);
    m_viewMenu->addSeparator();

    createRunActions();

    QMenu *settings = menuBar()->addMenu(tr("&Settings"));
    QAction *providers =
        settings->addAction(QIcon::fromTheme(QStringLiteral("network-server")),
                            tr("&Provider Profiles…"), this, &MainWindow::editProviders);
    providers->setObjectName(QStringLiteral("providersAction"));
    providers->setMenuRole(QAction::PreferencesRole);

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&Setup Guide…"), this, &MainWindow::showSetupGuide)
        ->setObjectName(QStringLiteral("setupGuideAction"));
    help->addSeparator();
    QAction *aboutAction = help->addAction(tr("&About Seedbed"), this, &MainWindow::about);
    aboutAction->setMenuRole(QAction::AboutRole);
    QAction *aboutQt = help->addAction(tr("About &Qt"), qApp, &QApplication::aboutQt);
    aboutQt->setMenuRole(QAction::AboutQtRole);
}

void MainWindow::createDocks()
{
    const auto dock = [this](const QString &title, const QString &name, QWidget *content,
                             Qt::DockWidgetArea area) {
        auto *widget = new QDockWidget(title, this);
        widget->setObjectName(name); // saveState() needs stable names
        widget->setWidget(content);
        addDockWidget(area, widget);
        m_viewMenu->addAction(widget->toggleViewAction());
        return widget;
    };

    m_palette = new StagePalette(this);
    connect(m_palette, &StagePalette::addRequested, this, &MainWindow::addStageFromPalette);
    dock(tr("Stages"), QStringLiteral("stagesDock"), m_palette, Qt::LeftDockWidgetArea);

    m_inspector = new InspectorWidget(nullptr, this);
    connect(m_inspector, &InspectorWidget::manageProvidersRequested, this,
            &MainWindow::editProviders);
    dock(tr("Inspector"), QStringLiteral("inspectorDock"), m_inspector, Qt::RightDockWidgetArea);

    m_history = new QUndoView(m_undoGroup, this);
    m_history->setObjectName(QStringLiteral("history"));
    m_history->setEmptyLabel(tr("<opened>"));
    // Jumping in the history is an undo too: pending inspector text is committed first.
    m_history->viewport()->installEventFilter(this);
    m_history->installEventFilter(this);
    QDockWidget *historyDock =
        dock(tr("History"), QStringLiteral("historyDock"), m_history, Qt::RightDockWidgetArea);
    historyDock->hide();

    m_runDock = new RunDock(this);
    connect(m_runDock, &RunDock::providerSettingsRequested, this, &MainWindow::editProviders);
    m_runDockWidget =
        dock(tr("Run"), QStringLiteral("runDock"), m_runDock, Qt::BottomDockWidgetArea);
    m_runDockWidget->hide(); // until the first run

    createPreviewDock();
}

void MainWindow::createPreviewDock()
{
    m_previewDock = new PreviewDock(this);
    auto *dock = new QDockWidget(tr("Preview"), this);
    dock->setObjectName(QStringLiteral("previewDock")); // saveState() needs stable names
    dock->setWidget(m_previewDock);
    addDockWidget(Qt::BottomDockWidgetArea, dock);
    tabifyDockWidget(dock, m_runDockWidget); // the Run dock joins it as a tab when shown
    dock->hide();                            // until the first preview, like the Run dock
    m_viewMenu->addAction(dock->toggleViewAction());
    connect(m_previewDock, &PreviewDock::providerSettingsRequested, this,
            &MainWindow::editProviders);
    // From the Run menu, also while the dock is hidden or behind the Run dock.
    QAction *preview = m_previewDock->previewAction();
    m_runMenu->insertAction(m_actions->pause, preview);
    m_runMenu->insertSeparator(m_actions->pause);
    findChild<QToolBar *>(QStringLiteral("runToolBar"))->insertAction(m_actions->pause, preview);
    connect(preview, &QAction::triggered, dock, [this, dock] {
        const bool wasHidden = !dock->isVisible();
        dock->show();
        dock->raise();
        if (wasHidden && !dock->isFloating() && dock->height() < 300)
            resizeDocks({dock}, {380}, Qt::Vertical);
    });
}

bool MainWindow::setDocument(std::unique_ptr<ProjectDocument> document)
{
    if (!closeProject())
        return false; // the user kept the current project; the new one closes unopened
    m_document = std::move(document);
    m_pasteCount = 0;
    ProjectDocument *doc = m_document.get();

    m_undoGroup->addStack(doc->undoStack());
    m_undoGroup->setActiveStack(doc->undoStack());

    m_scene = new CanvasScene(doc, this);
    m_view = new CanvasView(m_scene, m_central);
    m_view->setObjectName(QStringLiteral("canvas"));
    for (QAction *action : {m_actions->cut, m_actions->copy, m_actions->paste, m_actions->remove,
                            m_actions->selectAll})
        m_view->addAction(action);
    m_central->addWidget(m_view);
    m_central->setCurrentWidget(m_view);
    m_view->setFocus();

    m_inspector->setDocument(doc);
    connect(m_scene, &CanvasScene::stageSelectionChanged, m_inspector,
            &InspectorWidget::setSelection);
    m_previewDock->setDocument(doc);
    // Previews use the prompt as it is in the editor, typed a moment ago or not.
    m_previewDock->setPromptTextProvider(
        [this](const QUuid &stage) -> std::optional<PreviewDock::PromptText> {
            const PromptPanel *prompt = m_inspector->promptPanel();
            if (prompt->stage() != stage || !prompt->userEditor()->isEnabled())
                return std::nullopt;
            return PreviewDock::PromptText{prompt->systemEditor()->toPlainText(),
                                           prompt->userEditor()->toPlainText()};
        });
    connect(m_scene, &CanvasScene::stageSelectionChanged, m_previewDock,
            &PreviewDock::setSelection);
    connect(m_scene, &CanvasScene::stageSelectionChanged, this, &MainWindow::updateRunActions);
    connect(doc->graph(), &PipelineGraph::changed, this, &MainWindow::updateRunActions);
    connect(m_scene, &CanvasScene::message, this,
            [this](const QString &text) { statusBar()->showMessage(text, messageTimeoutMs); });
    connect(m_view, &CanvasView::zoomChanged, this,
            [this](double zoom) { m_zoomLabel->setText(tr("%1%").arg(qRound(zoom * 100))); });
    connect(doc, &ProjectDocument::saveFailed, this, [this](const QString &message) {
        m_saveLabel->setText(tr("Not saved"));
        m_saveLabel->setToolTip(message);
        statusBar()->showMessage(message, messageTimeoutMs);
    });
    connect(doc, &ProjectDocument::saved, this, [this] {
        m_saveLabel->setText(tr("Saved"));
        m_saveLabel->setToolTip(QString());
    });
    connect(doc, &ProjectDocument::folderChanged, this, &MainWindow::updateTitle);

    m_failedRecords = hasFailedRecords();
    m_recent->add(doc->folder());
    updateRecentMenu();
    updateTitle();
    updateActions();
    m_zoomLabel->setText(tr("%1%").arg(qRound(m_view->zoom() * 100)));
    m_saveLabel->setText(tr("Saved"));
    m_view->fitToViewWhenShown();
    attachRecordsView(doc);
    return true;
}

bool MainWindow::closeProject()
{
    if (!m_document)
        return true;
    if (m_task == Task::SavingAs)
        return false; // the copy switches over to this document when it is done
    if (!confirmStopRun())
        return false; // the user keeps the run going
    m_inspector->commitPendingEdits();
    if (!saveBeforeClosing())
        return false;
    m_inspector->setDocument(nullptr);
    m_previewDock->setDocument(nullptr);
    detachRecordsView();
    m_central->setCurrentWidget(m_startPage);
    delete m_view;
    m_view = nullptr;
    delete m_scene;
    m_scene = nullptr;
    m_undoGroup->removeStack(m_document->undoStack());
    m_document.reset();
    m_failedRecords = false;
    m_saveLabel->clear();
    m_zoomLabel->clear();
    updateRecentMenu();
    updateTitle();
    updateActions();
    return true;
}

bool MainWindow::saveBeforeClosing()
{
    ProjectError error;
    while (!m_document->save(&error)) {
        QMessageBox box(QMessageBox::Warning, tr("Could not save the project"), error.message,
                        QMessageBox::Retry | QMessageBox::Discard | QMessageBox::Cancel, this);
        box.setObjectName(QStringLiteral("saveFailedBox"));
        box.setInformativeText(tr("If you close the project now, the changes since the last "
                                  "successful save are lost. Retry once the problem is "
                                  "fixed, or save a copy elsewhere."));
        QPushButton *saveAs = box.addButton(tr("Save As…"), QMessageBox::AcceptRole);
        box.setDefaultButton(QMessageBox::Retry);
        box.exec();
        if (box.clickedButton() == saveAs) {
            saveProjectAsDialog();
            waitUntilIdle();
            continue; // saved in the new place, or asks again
        }
        switch (box.standardButton(box.clickedButton())) {
        case QMessageBox::Retry:
            continue;
        case QMessageBox::Discard:
            m_document->discardUnsavedChanges();
            return true;
        default:
            return false;
        }
    }
    return true;
}

bool MainWindow::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::MouseButtonPress || event->type() == QEvent::KeyPress)
        m_inspector->commitPendingEdits();
    return QMainWindow::eventFilter(watched, event);
}

void MainWindow::openProject(const QString &path)
{
    if (isBusy())
        return; // one task at a time; the controls that start one are disabled meanwhile
    if (m_document && RecentProjects::normalizedPath(path) ==
                          RecentProjects::normalizedPath(m_document->folder())) {
        // Already open here; opening it again would meet our own lock.
        QMetaObject::invokeMethod(
            this, [this] { emit projectOpened(true); }, Qt::QueuedConnection);
        return;
    }
    if (refuseWhileRunning()) {
        QMetaObject::invokeMethod(
            this, [this] { emit projectOpened(false); }, Qt::QueuedConnection);
        return;
    }
    auto *watcher = new QFutureWatcher<PreparedProject>(this);
    connect(watcher, &QFutureWatcherBase::finished, this,
            [this, watcher, path] { finishOpening(watcher->future().takeResult(), path); });
    startTask(Task::Opening,
              tr("Opening %1…").arg(QDir(RecentProjects::normalizedPath(path)).dirName()), watcher);
    watcher->setFuture(ProjectDocument::prepareOpen(path));
}

void MainWindow::finishOpening(PreparedProject &&prepared, const QString &path)
{
    endTask();
    if (m_closeWhenIdle) {
        // The window was closed meanwhile: it goes without opening the project.
        PreparedProject dropped = std::move(prepared);
        m_closeWhenIdle = false;
        emit projectOpened(false);
        close();
        return;
    }
    ProjectError error;
    std::unique_ptr<ProjectDocument> document =
        ProjectDocument::finishOpen(std::move(prepared), &error);
    if (!document) {
        showError(tr("Cannot open project"), error.message);
        if (error.code == ProjectError::NotFound) {
            m_recent->remove(path);
            updateRecentMenu();
        }
        emit projectOpened(false);
        return;
    }
    emit projectOpened(setDocument(std::move(document)));
}

void MainWindow::startTask(Task task, const QString &text, QFutureWatcherBase *watcher)
{
    m_task = task;
    m_watcher = watcher;
    statusBar()->clearMessage(); // a message would hide the busy indicator
    m_busyLabel->setText(text);
    m_busyWidget->show();
    updateActions();
}

void MainWindow::endTask()
{
    m_task = Task::None;
    if (m_watcher)
        m_watcher->deleteLater();
    m_watcher = nullptr;
    m_busyWidget->hide();
    m_busyLabel->clear();
    updateActions();
}

void MainWindow::waitUntilIdle()
{
    if (!isBusy())
        return;
    // A modal wait: the window keeps painting, but nothing may close or edit the project
    // that the caller is in the middle of closing.
    QProgressDialog progress(m_busyLabel->text(), QString(), 0, 0, this);
    progress.setObjectName(QStringLiteral("waitDialog"));
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(0);
    // After finishSavingAs(), which was connected first.
    connect(m_watcher, &QFutureWatcherBase::finished, &progress, &QProgressDialog::reset);
    while (isBusy())
        progress.exec(); // Escape would end it early: wait on
}

bool MainWindow::createProject(const QString &folder, const QString &name)
{
    if (isBusy() || refuseWhileRunning() || !closeProject())
        return false;
    ProjectError error;
    std::unique_ptr<ProjectDocument> document = ProjectDocument::create(folder, name, &error);
    if (!document) {
        showError(tr("Cannot create project"), error.message);
        return false;
    }
    return setDocument(std::move(document));
}

void MainWindow::openExample()
{
    const QString folder = exampleFolder();
    if (isRunning() && !(m_document && RecentProjects::normalizedPath(folder) ==
                                           RecentProjects::normalizedPath(m_document->folder()))) {
        refuseWhileRunning();
        emit projectOpened(false);
        return;
    }
    const QString file = QDir(folder).filePath(QLatin1String(ProjectFormat::fileName));
    if (!QFile::exists(file)) {
        // The user's own copy: the bundled one is read-only, and edits must survive.
        const QString source = QStringLiteral("%1/%2").arg(QLatin1String(examplePath),
                                                           QLatin1String(ProjectFormat::fileName));
        if (!QDir().mkpath(folder) || !QFile::copy(source, file)) {
            showError(tr("Cannot open the example"),
                      tr("Could not copy the example project to %1. Check that you may write "
                         "there.")
                          .arg(QDir::toNativeSeparators(folder)));
            emit projectOpened(false);
            return;
        }
        QFile::setPermissions(file, QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup |
                                        QFile::ReadOther);
    }
    openProject(folder);
}

void MainWindow::newProject()
{
    if (refuseWhileRunning())
        return;
    NewProjectDialog dialog(this);
    if (dialog.exec() == QDialog::Accepted)
        createProject(dialog.projectFolder(), dialog.projectName());
}

void MainWindow::openProjectDialog()
{
    if (refuseWhileRunning())
        return;
    const QString start = m_document ? QFileInfo(m_document->folder()).absolutePath()
                                     : NewProjectDialog::defaultLocation();
    const QString path = QFileDialog::getOpenFileName(this, tr("Open Project"), start,
                                                      tr("Seedbed projects (project.seedbed)"));
    if (!path.isEmpty())
        openProject(path);
}

void MainWindow::saveProject()
{
    if (!m_document)
        return;
    m_inspector->commitPendingEdits();
    ProjectError error;
    if (!m_document->save(&error))
        showError(tr("Could not save the project"), error.message);
    else
        statusBar()->showMessage(
            tr("Saved %1").arg(QDir::toNativeSeparators(m_document->projectFilePath())),
            messageTimeoutMs);
}

void MainWindow::saveProjectAsDialog()
{
    if (!m_document || isBusy() || isRunning())
        return;
    m_inspector->commitPendingEdits();
    NewProjectDialog dialog(this);
    dialog.setWindowTitle(tr("Save Project As"));
    dialog.setProjectName(tr("%1 copy").arg(m_document->name()));
    dialog.setLocation(QFileInfo(m_document->folder()).absolutePath());
    if (dialog.exec() != QDialog::Accepted)
        return;
    saveProjectAs(dialog.projectFolder(), dialog.projectName());
}

void MainWindow::saveProjectAs(const QString &folder, const QString &name)
{
    // A copy made while the run writes would miss its last records, and the run would go on
    // writing into the original.
    if (!m_document || isBusy() || isRunning())
        return;
    m_inspector->commitPendingEdits();
    auto *watcher = new QFutureWatcher<PreparedSaveAs>(this);
    connect(watcher, &QFutureWatcherBase::finished, this,
            [this, watcher] { finishSavingAs(watcher->future().takeResult()); });
    startTask(Task::SavingAs, tr("Saving a copy…"), watcher);
    watcher->setFuture(m_document->prepareSaveAs(folder, name));
}

void MainWindow::finishSavingAs(PreparedSaveAs &&prepared)
{
    endTask();
    ProjectError error;
    // Nothing closes the document while its copy is written (see closeProject()).
    if (!m_document->finishSaveAs(std::move(prepared), &error)) {
        showError(tr("Could not save the project"), error.message);
        emit projectSavedAs(false);
    } else {
        m_recent->add(m_document->folder());
        updateRecentMenu();
        updateTitle();
        emit projectSavedAs(true);
    }
    if (m_closeWhenIdle) {
        m_closeWhenIdle = false;
        close();
    }
}

void MainWindow::copy()
{
    if (!m_scene || m_scene->selectedStageIds().isEmpty())
        return;
    auto *mime = new QMimeData;
    mime->setData(QLatin1String(StageClipboard::mimeType),
                  StageClipboard::copy(*m_document->graph(), m_scene->selectedStageIds()));
    QGuiApplication::clipboard()->setMimeData(mime);
    m_pasteCount = 0;
}

void MainWindow::cut()
{
    if (!m_scene || m_scene->selectedStageIds().isEmpty())
        return;
    copy();
    m_scene->deleteSelection();
    m_pasteCount = -1; // paste the cut stages where they were
}

void MainWindow::paste()
{
    if (!m_scene)
        return;
    const QMimeData *mime = QGuiApplication::clipboard()->mimeData();
    if (!mime || !mime->hasFormat(QLatin1String(StageClipboard::mimeType))) {
        statusBar()->showMessage(tr("The clipboard holds no Seedbed stages."), messageTimeoutMs);
        return;
    }
    ++m_pasteCount;
    const double offset = 30.0 * m_pasteCount;
    StageClipboard::Paste paste;
    if (!StageClipboard::paste(mime->data(QLatin1String(StageClipboard::mimeType)),
                               *m_document->graph(), QPointF(offset, offset), &paste)) {
        statusBar()->showMessage(tr("The clipboard content is damaged and cannot be pasted."),
                                 messageTimeoutMs);
        return;
    }
    m_scene->pasteStages(paste);
}

void MainWindow::addStageFromPalette(const QString &typeId)
{
    if (!m_scene || !m_view)
        return;
    // Cascade new stages around the centre of what the user is looking at.
    const QPointF centre = m_view->mapToScene(m_view->viewport()->rect().center());
    const double offset = 24.0 * (m_document->graph()->stages().size() % 6);
    m_scene->addStage(typeId, centre + QPointF(offset - 100, offset - 40));
    m_view->setFocus();
}

void MainWindow::updateTitle()
{
    if (m_document)
        setWindowTitle(tr("%1 — Seedbed").arg(m_document->name()));
    else
        setWindowTitle(tr("Seedbed"));
    setWindowFilePath(m_document ? m_document->projectFilePath() : QString());
}

void MainWindow::updateActions()
{
    const bool open = m_document != nullptr;
    const bool idle = m_task == Task::None;
    // A Save As copies the graph as it was when it started: no edits until it is done.
    const bool editable = m_task != Task::SavingAs;
    m_palette->setEnabled(open && editable); // stages are added to an open project only
    m_inspector->setEnabled(editable);
    m_history->setEnabled(editable);
    if (m_view)
        m_view->setInteractive(editable);
    m_startPage->setEnabled(idle);
    for (QAction *action :
         {m_actions->save, m_actions->copy, m_actions->selectAll, m_actions->zoomIn,
          m_actions->zoomOut, m_actions->resetZoom, m_actions->fit})
        action->setEnabled(open);
    for (QAction *action : {m_actions->cut, m_actions->paste, m_actions->remove})
        action->setEnabled(open && editable);
    m_actions->saveAs->setEnabled(open && idle && !isRunning());
    m_actions->exportData->setEnabled(open && idle);
    m_actions->close->setEnabled(open && idle);
    for (QAction *action : {m_actions->newProject, m_actions->open, m_actions->openExample})
        action->setEnabled(idle);
    m_recentMenu->setEnabled(idle && !m_recentMenu->isEmpty());
    m_actions->undo->setEnabled(editable && m_undoGroup->canUndo());
    m_actions->redo->setEnabled(editable && m_undoGroup->canRedo());
    updateRunActions();
}

void MainWindow::updateRecentMenu()
{
    m_recentMenu->clear();
    const QStringList paths = m_recent->paths();
    for (const QString &path : paths) {
        QAction *action = m_recentMenu->addAction(QDir::toNativeSeparators(path));
        connect(action, &QAction::triggered, this, [this, path] { openProject(path); });
    }
    if (!paths.isEmpty()) {
        m_recentMenu->addSeparator();
        m_recentMenu->addAction(tr("Clear List"), this, [this] {
            m_recent->clear();
            updateRecentMenu();
        });
    }
    m_recentMenu->setEnabled(!isBusy() && !paths.isEmpty());
    m_startPage->setRecentProjects(paths);
}

void MainWindow::showError(const QString &title, const QString &message)
{
    QMessageBox box(QMessageBox::Warning, title, message, QMessageBox::Ok, this);
    box.setObjectName(QStringLiteral("errorBox"));
    box.exec();
}

void MainWindow::editProviders()
{
    // Profiles live in the user's configuration, not in the project: loaded fresh each time,
    // so that edits made by another Seedbed window are seen.
    Llm::ProfileStore store;
    if (!store.load())
        statusBar()->showMessage(store.lastProblem(), messageTimeoutMs);
    Llm::KeyStore keys;
    ProvidersDialog dialog(&store, &keys, this);
    dialog.exec();
    m_inspector->refreshProfiles(); // the provider and model pickers offer what is there now
}

void MainWindow::showSetupGuide()
{
    Llm::ProfileStore store;
    if (!store.load())
        statusBar()->showMessage(store.lastProblem(), messageTimeoutMs);
    Llm::KeyStore keys;
    FirstRunWizard wizard(&store, &keys, this);
    // Not over a project that is open or opening (e.g. seedbed --example).
    wizard.setOfferExample(!m_document && !isBusy());
    const bool finished = wizard.exec() == QDialog::Accepted;
    m_inspector->refreshProfiles();
    if (finished && wizard.openExampleRequested())
        openExample();
}

void MainWindow::editPreferences()
{
    PreferencesDialog dialog(this);
    dialog.exec();
}

void MainWindow::about()
{
    QMessageBox::about(
        this, tr("About Seedbed"),
        tr("<h3>Seedbed %1</h3><p>Grow high-quality training datasets for language models from "
           "a few seed examples: design prompts, diversify generation, control quality, mix "
           "with real data and export.</p>")
            .arg(QCoreApplication::applicationVersion()));
}

namespace {

// The stages a run for \a target covers: all of them for a null target, else the target and
// everything upstream of it (as the runner scopes it).
QSet<QUuid> stagesInScope(const ProjectData &project, const QUuid &target)
{
    QSet<QUuid> scope;
    if (target.isNull()) {
        for (const Stage &stage : project.stages)
            scope.insert(stage.id);
        return scope;
    }
    QList<QUuid> stack{target};
    while (!stack.isEmpty()) {
        const QUuid id = stack.takeLast();
        if (scope.contains(id))
            continue;
        scope.insert(id);
        for (const Edge &edge : project.edges) {
            if (edge.to == id)
                stack.append(edge.from);
        }
    }
    return scope;
}

bool isLlmStage(const Stage &stage)
{
    return Run::StageLogic::kindOf(stage.type) == Run::StageKind::Llm;
}

} // namespace

void MainWindow::createRunActions()
{
    Actions &a = *m_actions;
    QMenu *menu = menuBar()->addMenu(tr("&Run"));
    m_runMenu = menu;
    const auto make = [this](const QString &text, const QString &name, const QString &icon,
                             const QKeySequence &shortcut, const QString &tip, auto slot) {
        auto *action = new QAction(QIcon::fromTheme(icon), text, this);
        action->setObjectName(name);
        action->setShortcut(shortcut);
        action->setToolTip(tip);
        action->setStatusTip(tip);
        connect(action, &QAction::triggered, this, slot);
        return action;
    };
    a.run = make(tr("&Run Pipeline"), QStringLiteral("runAction"),
                 QStringLiteral("media-playback-start"), QKeySequence(Qt::Key_F5),
                 tr("Runs every stage; records made by earlier runs with the same settings are "
                    "kept, not made again."),
                 [this] { startRun(QUuid(), false, false); });
    a.runSelected = make(tr("Run &Selected Stage"), QStringLiteral("runSelectedAction"),
                         QStringLiteral("media-skip-forward"), QKeySequence(Qt::SHIFT | Qt::Key_F5),
                         tr("Runs the selected stage and the stages it needs, and nothing after "
                            "it."),
                         [this] {
                             const QList<QUuid> ids =
                                 m_scene ? m_scene->selectedStageIds() : QList<QUuid>();
                             if (ids.size() == 1)
                                 startRun(ids.first(), false, false);
                         });
    a.pause = make(tr("&Pause"), QStringLiteral("pauseAction"),
                   QStringLiteral("media-playback-pause"), QKeySequence(Qt::Key_F6),
                   tr("Pauses or resumes the run: while paused, no new requests are sent."),
                   &MainWindow::togglePause);
    // Not Escape alone: it stays with dialogs, fields and the canvas (ending a drag).
    a.cancelRun =
        make(tr("&Cancel Run"), QStringLiteral("cancelRunAction"),
             QStringLiteral("media-playback-stop"), QKeySequence(Qt::SHIFT | Qt::Key_Escape),
             tr("Stops the run now; every record made so far is kept, and the next run "
                "continues from there."),
             &MainWindow::cancelRun);
    a.retryFailed = make(tr("Retry &Failed Records"), QStringLiteral("retryFailedAction"),
                         QStringLiteral("view-refresh"), QKeySequence(),
                         tr("Runs the pipeline again, redoing the records whose request or answer "
                            "failed."),
                         [this] { startRun(QUuid(), true, false); });
    a.fresh = make(tr("Run with Fresh Sa&mples…"), QStringLiteral("freshSamplesAction"),
                   QStringLiteral("media-playlist-shuffle"), QKeySequence(),
                   tr("Asks the models again for new samples instead of reusing their earlier "
                      "answers; this costs tokens."),
                   &MainWindow::runWithFreshSamples);
    menu->addAction(a.run);
    menu->addAction(a.runSelected);
    menu->addSeparator();
    menu->addAction(a.pause);
    menu->addAction(a.cancelRun);
    menu->addSeparator();
    menu->addAction(a.retryFailed);
    menu->addAction(a.fresh);

    QToolBar *bar = addToolBar(tr("Run"));
    bar->setObjectName(QStringLiteral("runToolBar")); // saveState() needs stable names
    bar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    bar->addAction(a.run);
    bar->addAction(a.runSelected);
    bar->addAction(a.pause);
    bar->addAction(a.cancelRun);
    m_viewMenu->addAction(bar->toggleViewAction());
}

void MainWindow::updateRunActions()
{
    Actions &a = *m_actions;
    if (!a.run)
        return; // still being built
    const bool canStart = m_document && m_task == Task::None && m_runState == RunState::Idle;
    const PipelineGraph *graph = m_document ? m_document->graph() : nullptr;
    bool hasLlmStage = false;
    if (graph) {
        for (const Stage &stage : graph->stages())
            hasLlmStage = hasLlmStage || isLlmStage(stage);
    }
    const qsizetype selected = m_scene ? m_scene->selectedStageIds().size() : 0;
    a.run->setEnabled(canStart && !graph->stages().isEmpty());
    a.runSelected->setEnabled(canStart && selected == 1);
    a.retryFailed->setEnabled(canStart && m_failedRecords);
    a.fresh->setEnabled(canStart && hasLlmStage);
    a.pause->setEnabled(m_runState == RunState::Running && !m_cancelRequested);
    a.pause->setText(m_runPaused ? tr("&Resume") : tr("&Pause"));
    a.pause->setIcon(QIcon::fromTheme(m_runPaused ? QStringLiteral("media-playback-start")
                                                  : QStringLiteral("media-playback-pause")));
    a.cancelRun->setEnabled(m_runState != RunState::Idle && !m_cancelRequested);
}

bool MainWindow::hasFailedRecords() const
{
    if (!m_document || !m_document->store() || !m_document->store()->isOpen())
        return false;
    // records_status makes this a lookup, not a scan.
    QSqlQuery query(m_document->store()->database());
    return query.exec(
               QStringLiteral("SELECT EXISTS (SELECT 1 FROM records WHERE status = 'failed')")) &&
           query.next() && query.value(0).toBool();
}

void MainWindow::showRunDock()
{
    const bool wasHidden = !m_runDockWidget->isVisible();
    m_runDockWidget->show();
    m_runDockWidget->raise();
    if (wasHidden && !m_runDockWidget->isFloating() && m_runDockWidget->height() < 240)
        resizeDocks({m_runDockWidget}, {330}, Qt::Vertical);
}

void MainWindow::savePromptVersionsForRun(const QUuid &target)
{
    // Every record names the version of the prompt that made it: a text that was never saved
    // as a version becomes one now. Versions are history, not undo steps.
    PipelineGraph *graph = m_document->graph();
    ProjectData project;
    project.stages = graph->stages();
    project.edges = graph->edges();
    const QSet<QUuid> scope = stagesInScope(project, target);
    QSet<QUuid> templates;
    for (const Stage &stage : graph->stages()) {
        if (scope.contains(stage.id) && isLlmStage(stage))
            templates.insert(
                QUuid::fromString(stage.settings.value(QStringLiteral("template")).toString()));
    }
    for (const QUuid &id : std::as_const(templates))
        graph->saveTemplateVersion(id, tr("Used by a run"));
}

void MainWindow::startRun(const QUuid &target, bool retryFailed, bool fresh,
                          const QList<qint64> &redo)
{
    if (!m_document || isBusy() || isRunning())
        return;
    // Half-typed text in the inspector belongs to the graph the user means to run.
    m_inspector->commitPendingEdits();
    savePromptVersionsForRun(target);
    ProjectError saveError;
    const bool saved = m_document->save(&saveError);

    // The graph as it is now; edits made during the run count for the next one.
    auto options = std::make_unique<Run::RunOptions>();
    const PipelineGraph *graph = m_document->graph();
    options->projectDir = m_document->folder();
    options->project.name = m_document->name();
    options->project.stages = graph->stages();
    options->project.edges = graph->edges();
    options->project.templates = graph->templates();
    options->targetStage = target;
    options->retryFailed = retryFailed;
    options->fresh = fresh;
    // Validator commands run only in a project the user trusted; ask before anything starts.
    if (!TrustDialog::confirm(this, options->projectDir, options->project))
        return;
    options->commandsTrusted = true;
    options->redoRecords = redo;

    QString scope;
    if (!target.isNull()) {
        const Stage *stage = graph->stage(target);
        scope = tr("“%1” and the stages it needs").arg(stage ? stage->name : QString());
    } else if (retryFailed) {
        scope = tr("The whole pipeline, redoing the failed records");
    } else if (fresh) {
        scope = tr("The whole pipeline, with fresh samples");
    } else {
        scope = tr("The whole pipeline");
    }
    if (!redo.isEmpty())
        scope = tr("%1, making %n chosen record(s) again", nullptr, int(redo.size())).arg(scope);
    m_runDock->beginRun(scope, m_document->folder());
    showRunDock();
    if (!saved)
        m_runDock->appendMessage(tr("The project could not be saved (%1); the run uses the "
                                    "pipeline as it is shown.")
                                     .arg(saveError.message));

    m_pending = std::move(options);
    m_runState = RunState::Starting;
    m_runPaused = false;
    m_cancelRequested = false;
    updateActions();
    readKeysAndLaunch();
}

void MainWindow::readKeysAndLaunch()
{
    const Run::RunOptions &options = *m_pending;
    const QSet<QUuid> scope = stagesInScope(options.project, options.targetStage);
    QList<Stage> llmStages;
    for (const Stage &stage : options.project.stages) {
        if (!scope.contains(stage.id) || !isLlmStage(stage))
            continue;
        const bool hasInput =
            std::any_of(options.project.edges.cbegin(), options.project.edges.cend(),
                        [&stage](const Edge &edge) { return edge.to == stage.id; });
        if (hasInput) // else the runner skips it and says why
            llmStages.append(stage);
    }
    if (!m_credentials)
        m_credentials = new Llm::CredentialLoader(this);
    m_credentials->load(llmStages, [this](const Llm::CredentialLoader::Result &result) {
        switch (result.outcome) {
        case Llm::CredentialLoader::Result::Outcome::NoProfile:
            failRun(tr("The run did not start: some stages have no way to reach their model."),
                    result.problems, true);
            return;
        case Llm::CredentialLoader::Result::Outcome::KeyProblems:
            failRun(tr("The run did not start: the key of a provider profile could not be "
                       "read. Keys are set in Settings ▸ Provider Profiles."),
                    result.problems, true);
            return;
        case Llm::CredentialLoader::Result::Outcome::Ready:
            m_pending->profiles = result.profiles;
            m_pending->keys = result.keys;
            launchRun();
            return;
        }
    });
}

void MainWindow::launchRun()
{
    if (!m_runner) {
        m_runner = new Run::Runner(this);
        connect(m_runner, &Run::Runner::progress, this, [this](const Run::RunProgress &progress) {
            if (m_cancelRequested)
                return; // "Cancelling…" stays until the summary
            m_runDock->setProgress(progress);
        });
        connect(m_runner, &Run::Runner::message, this,
                [this](const QString &text) { m_runDock->appendMessage(text); });
        connect(m_runner, &Run::Runner::finished, this, &MainWindow::finishRun);
    }
    const Run::RunOptions options = std::move(*m_pending);
    m_pending.reset();
    if (!m_runner->start(options)) {
        failRun(tr("The previous run has not ended yet. Try again in a moment."), {}, false);
        return;
    }
    m_runState = RunState::Running;
    updateActions();
}

void MainWindow::failRun(const QString &error, const QStringList &problems, bool offerProviders)
{
    m_pending.reset();
    m_runState = RunState::Idle;
    Run::RunSummary summary;
    summary.state = Run::RunSummary::State::Failed;
    summary.error = error;
    summary.problems = problems;
    m_runDock->setSummary(summary);
    m_runDock->setOfferProviderSettings(offerProviders);
    showRunDock();
    statusBar()->showMessage(tr("The run did not start."), messageTimeoutMs);
    updateActions();
    emit runFinished();
}

void MainWindow::finishRun(const Run::RunSummary &summary)
{
    m_runState = RunState::Idle;
    m_runPaused = false;
    m_cancelRequested = false;
    m_runDock->setSummary(summary);
    m_failedRecords = hasFailedRecords();
    switch (summary.state) {
    case Run::RunSummary::State::Completed:
        statusBar()->showMessage(tr("The run is complete."), messageTimeoutMs);
        break;
    case Run::RunSummary::State::Partial:
        statusBar()->showMessage(tr("The run ended, but not everything could be made."),
                                 messageTimeoutMs);
        break;
    case Run::RunSummary::State::Cancelled:
        statusBar()->showMessage(tr("The run was cancelled."), messageTimeoutMs);
        break;
    case Run::RunSummary::State::Failed:
        statusBar()->showMessage(tr("The run failed."), messageTimeoutMs);
        break;
    }
    updateActions();
    emit runFinished();
}

void MainWindow::togglePause()
{
    if (m_runState != RunState::Running || m_cancelRequested)
        return;
    m_runPaused = !m_runPaused;
    if (m_runPaused)
        m_runner->pause();
    else
        m_runner->resume();
    updateRunActions();
}

void MainWindow::cancelRun()
{
    if (m_runState == RunState::Starting) {
        abandonStart();
        return;
    }
    if (m_runState != RunState::Running || m_cancelRequested)
        return;
    m_cancelRequested = true;
    m_runner->cancel();
    m_runDock->appendMessage(tr("Cancelling: requests in flight are dropped, everything made "
                                "so far is kept."));
    updateRunActions();
}

void MainWindow::abandonStart()
{
    if (m_credentials)
        m_credentials->cancel(); // its callback is never called
    m_pending.reset();
    m_runState = RunState::Idle;
    Run::RunSummary summary;
    summary.state = Run::RunSummary::State::Cancelled;
    m_runDock->setSummary(summary);
    updateActions();
    emit runFinished();
}

void MainWindow::runWithFreshSamples()
{
    if (!m_document || isBusy() || isRunning())
        return;
    QMessageBox box(QMessageBox::Question, tr("Run with Fresh Samples"),
                    tr("Ask the models again for new samples?"), QMessageBox::Cancel, this);
    box.setObjectName(QStringLiteral("freshSamplesBox"));
    box.setInformativeText(
        tr("Each generate and judge stage sends its requests again instead of reusing the "
           "answers it got before. The samples those stages made so far, and everything made "
           "from them, are replaced by the new ones.\n\nThis costs tokens: as many as the "
           "first run of those stages."));
    QPushButton *run = box.addButton(tr("Run with Fresh Samples"), QMessageBox::AcceptRole);
    run->setObjectName(QStringLiteral("freshRunButton"));
    box.setDefaultButton(QMessageBox::Cancel);
    box.exec();
    if (box.clickedButton() == run)
        startRun(QUuid(), false, true);
}

bool MainWindow::confirmStopRun()
{
    if (m_runState == RunState::Idle)
        return true;
    if (m_runState == RunState::Starting) {
        abandonStart(); // nothing has been sent yet
        return true;
    }
    QMessageBox box(QMessageBox::Question, tr("A Run Is in Progress"),
                    tr("The pipeline of “%1” is still running.")
                        .arg(m_document ? m_document->name() : QString()),
                    QMessageBox::NoButton, this);
    box.setObjectName(QStringLiteral("runningBox"));
    box.setInformativeText(tr("To close, the run is cancelled: every record made so far is kept, "
                              "and the next run continues where this one stopped."));
    QPushButton *stop = box.addButton(tr("Cancel Run and Close"), QMessageBox::DestructiveRole);
    stop->setObjectName(QStringLiteral("cancelRunButton"));
    QPushButton *keep = box.addButton(tr("Keep Running"), QMessageBox::RejectRole);
    keep->setObjectName(QStringLiteral("keepRunningButton"));
    box.setDefaultButton(keep);
    box.setEscapeButton(keep);
    box.exec();
    if (box.clickedButton() != stop)
        return false;
    stopRunAndWait();
    return true;
}

void MainWindow::stopRunAndWait()
{
    if (m_runState == RunState::Starting) {
        abandonStart();
        return;
    }
    if (m_runState != RunState::Running)
        return;
    cancelRun();
    statusBar()->showMessage(tr("Cancelling the run…"));
    // The runner commits what it made and says so; that takes moments, and no input may
    // close or edit the project meanwhile.
    QEventLoop loop;
    connect(this, &MainWindow::runFinished, &loop, &QEventLoop::quit);
    while (m_runState == RunState::Running)
        loop.exec(QEventLoop::ExcludeUserInputEvents);
}

bool MainWindow::refuseWhileRunning()
{
    if (!isRunning())
        return false;
    QMessageBox box(QMessageBox::Information, tr("A Run Is in Progress"),
                    tr("Another project cannot be opened while the pipeline of “%1” runs.")
                        .arg(m_document ? m_document->name() : QString()),
                    QMessageBox::Ok, this);
    box.setObjectName(QStringLiteral("runningRefusedBox"));
    box.setInformativeText(
        tr("Wait until the run ends, or cancel it with Run ▸ Cancel Run (%1); what it made so "
           "far is kept.")
            .arg(m_actions->cancelRun->shortcut().toString(QKeySequence::NativeText)));
    box.exec();
    return true;
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (isBusy()) {
        // Closes once the task is done: a Save As switches over first, an open is dropped.
        m_closeWhenIdle = true;
        event->ignore();
        return;
    }
    if (!closeProject()) {
        event->ignore(); // the user chose to keep the project open
        return;
    }
    QSettings settings;
    settings.setValue(QLatin1String(geometryKey), saveGeometry());
    settings.setValue(QLatin1String(stateKey), saveState());
    event->accept();
}

void MainWindow::createRecordsView()
{
    m_recordsView = new RecordsView(m_central);
    m_central->addWidget(m_recordsView);

    // Canvas and Records take turns in the central area: the whole window for hours of review.
    auto *group = new QActionGroup(this);
    m_canvasWorkspace =
        new QAction(QIcon::fromTheme(QStringLiteral("draw-connector")), tr("&Canvas"), group);
    m_canvasWorkspace->setObjectName(QStringLiteral("canvasWorkspaceAction"));
    m_canvasWorkspace->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_1));
    m_recordsWorkspace =
        new QAction(QIcon::fromTheme(QStringLiteral("view-list-details")), tr("&Records"), group);
    m_recordsWorkspace->setObjectName(QStringLiteral("recordsWorkspaceAction"));
    m_recordsWorkspace->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_2));
    for (QAction *action : {m_canvasWorkspace, m_recordsWorkspace}) {
        action->setCheckable(true);
        action->setToolTip(
            tr("%1 (%2)").arg(action->text().remove(QLatin1Char('&')),
                              action->shortcut().toString(QKeySequence::NativeText)));
    }
    m_canvasWorkspace->setChecked(true);
    connect(m_canvasWorkspace, &QAction::triggered, this,
            [this] { showWorkspace(Workspace::Canvas); });
    connect(m_recordsWorkspace, &QAction::triggered, this,
            [this] { showWorkspace(Workspace::Records); });
    QAction *first = m_viewMenu->actions().value(0);
    m_viewMenu->insertAction(first, m_canvasWorkspace);
    m_viewMenu->insertAction(first, m_recordsWorkspace);
    m_viewMenu->insertSeparator(first);
    QToolBar *bar = addToolBar(tr("Workspace"));
    bar->setObjectName(QStringLiteral("workspaceToolBar")); // saveState() needs stable names
    bar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    bar->addAction(m_canvasWorkspace);
    bar->addAction(m_recordsWorkspace);
    m_viewMenu->addAction(bar->toggleViewAction());

    connect(m_recordsView, &RecordsView::message, this,
            [this](const QString &text) { statusBar()->showMessage(text, messageTimeoutMs); });
    // The records chosen in the view are made again (re-judged, retried) by a run of their
    // stage, bypassing the response cache for them.
    const auto redo = [this](const QUuid &stage, const QList<qint64> &ids) {
        if (!isRunning())
            startRun(stage, false, false, ids);
    };
    connect(m_recordsView, &RecordsView::retryFailedRequested, this, redo);
    connect(m_recordsView, &RecordsView::rejudgeRequested, this, redo);
    connect(this, &MainWindow::runFinished, m_recordsView, &RecordsView::refresh);
    // A review change runs in the store's thread; undoing an earlier step meanwhile would
    // push the change on a state it was not made from.
    Records::ReviewStore *store = m_recordsView->reviewStore();
    const auto guardUndo = [this, store] {
        if (store->isBusy()) {
            m_actions->undo->setEnabled(false);
            m_actions->redo->setEnabled(false);
        }
    };
    connect(store, &Records::ReviewStore::busyChanged, this, [this, guardUndo](bool busy) {
        if (busy)
            guardUndo();
        else
            updateActions();
    });
    connect(m_undoGroup, &QUndoGroup::canUndoChanged, this, guardUndo);
    connect(m_undoGroup, &QUndoGroup::canRedoChanged, this, guardUndo);

    m_chartsDock = new ChartsDock(this);
    m_chartsDockWidget = new QDockWidget(tr("Charts"), this);
    m_chartsDockWidget->setObjectName(QStringLiteral("chartsDock"));
    m_chartsDockWidget->setWidget(m_chartsDock);
    addDockWidget(Qt::RightDockWidgetArea, m_chartsDockWidget);
    m_chartsDockWidget->hide(); // View ▸ Charts, beside the records
    m_viewMenu->addAction(m_chartsDockWidget->toggleViewAction());
    connect(m_recordsView, &RecordsView::filterChanged, m_chartsDock, &ChartsDock::setFilter);
    connect(m_recordsView, &RecordsView::changeFinished, m_chartsDock, [this] {
        if (m_chartsDockWidget->isVisible())
            m_chartsDock->refresh();
    });
    connect(this, &MainWindow::runFinished, m_chartsDock, &ChartsDock::refresh);
    updateWorkspaceActions();
}

void MainWindow::attachRecordsView(ProjectDocument *document)
{
    m_recordsView->setDocument(document);
    m_chartsDock->setProject(document->folder());
    m_chartsDock->setFilter(m_recordsView->filter());
    // The table follows the canvas: one selected stage shows its records, else all stages.
    connect(m_scene, &CanvasScene::stageSelectionChanged, m_recordsView,
            [this](const QList<QUuid> &ids) {
                m_recordsView->setSelectedStage(ids.size() == 1 ? ids.first() : QUuid());
            });
    // After a Save As the records are those of the copy.
    connect(document, &ProjectDocument::folderChanged, m_recordsView, [this, document] {
        m_recordsView->setDocument(document);
        m_chartsDock->setProject(document->folder());
    });
    m_canvasWorkspace->setChecked(true);
    updateWorkspaceActions();
}

void MainWindow::detachRecordsView()
{
    if (m_document)
        m_document->disconnect(m_recordsView);
    m_recordsView->setDocument(nullptr);
    m_chartsDock->setProject(QString());
    updateWorkspaceActions();
}

void MainWindow::updateWorkspaceActions()
{
    const bool open = m_document != nullptr;
    m_canvasWorkspace->setEnabled(open);
    m_recordsWorkspace->setEnabled(open);
}

void MainWindow::exportDataset()
{
    if (!m_document || isBusy())
        return;
    m_inspector->commitPendingEdits(); // an Export stage's half-typed setting counts
    ExportDialog dialog(m_document.get(), this);
    // From the records view, the export starts from the records it shows.
    if (m_central->currentWidget() == m_recordsView)
        dialog.applyRecordFilter(m_recordsView->filter());
    dialog.exec();
}

void MainWindow::showWorkspace(Workspace workspace)
{
    if (!m_document || !m_view)
        return;
    if (workspace == Workspace::Records) {
        m_central->setCurrentWidget(m_recordsView);
        m_recordsWorkspace->setChecked(true);
        m_recordsView->table()->setFocus();
    } else {
        m_central->setCurrentWidget(m_view);
        m_canvasWorkspace->setChecked(true);
        m_view->setFocus();
    }
}

} // namespace Seedbed
