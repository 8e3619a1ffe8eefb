// The main window as a user meets it: start page, menus and shortcuts, the example project,
// editing through the undo stack, copy and paste between projects, persisted layout, opening
// and Save As in the background.
#include "models/pipelinegraph.h"
#include "models/projectdocument.h"
#include "models/projectstore.h"
#include "widgets/canvasscene.h"
#include "widgets/canvasview.h"
#include "widgets/inspectorwidget.h"
#include "widgets/mainwindow.h"
#include "widgets/stagepalette.h"
#include "widgets/startpage.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QDockWidget>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QSqlQuery>
#include <QStackedWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QUndoStack>
#include <QUndoView>

#include <functional>

using namespace Seedbed;

namespace {
QAction *findAction(QWidget *window, const QString &menuTitle, const QString &text)
{
    for (QAction *menuAction : window->findChild<QMenuBar *>()->actions()) {
        if (menuAction->text().remove('&') != menuTitle)
            continue;
        for (QAction *action : menuAction->menu()->actions()) {
            // Undo and Redo carry the command in their text ("Undo Add Judge").
            if (action->text().remove('&') == text ||
                action->objectName() == text.toLower() + "Action")
                return action;
        }
    }
    return nullptr;
}

// Runs \a request, which opens a project in the background, and waits until it ended: whether
// the project opened. Exactly one projectOpened() per request.
bool opened(MainWindow &window, const std::function<void()> &request)
{
    QSignalSpy spy(&window, &MainWindow::projectOpened);
    request();
    if (spy.isEmpty() && !spy.wait(30000))
        return false;
    QCoreApplication::processEvents(); // a second signal would show here
    return spy.size() == 1 && spy.first().first().toBool();
}

QString typeOfStageNamed(const PipelineGraph &graph, const QString &name)
{
    for (const Stage &stage : graph.stages()) {
        if (stage.name == name)
            return stage.type;
    }
    return {};
}
} // namespace

class TestMainWindow : public QObject
{
    Q_OBJECT

private slots:
    void startPageWithoutProject();
    void menusHaveStandardShortcuts_data();
    void menusHaveStandardShortcuts();
    void openExampleShowsCanvas();
    void paletteAddsAndUndoRemoves();
    void copyPasteBetweenProjects();
    void cutIsOneUndoStep();
    void closeReturnsToStartPageAndRemembers();
    void layoutPersists();
    void failedSaveOnCloseAsksAndKeepsProject();
    void openingTheOpenProjectByItsFileIsANoOp();
    void undoCommitsHalfTypedTextFirst();
    void typedNumberIsSavedOnClose();
    void openRunsInTheBackgroundAndShowsItIsBusy();
    void failedOpenShowsWhyAfterTheWork();
    void saveAsRunsInTheBackgroundAndSwitches();
    void failedSaveAsStaysWithTheOriginal();
    void closingDuringSaveAsWaitsForTheCopy();

private:
    QTemporaryDir m_dir;
};

void TestMainWindow::startPageWithoutProject()
{
    MainWindow window;
    QCOMPARE(window.windowTitle(), QStringLiteral("Seedbed"));
    QCOMPARE(window.document(), nullptr);
    QVERIFY(window.startPage()->isVisibleTo(&window));
    QVERIFY(!findAction(&window, "Edit", "Paste")->isEnabled());
    QVERIFY(!findAction(&window, "File", "Save As…")->isEnabled());
    QVERIFY(findAction(&window, "File", "New Project…")->isEnabled());
}

void TestMainWindow::menusHaveStandardShortcuts_data()
{
    QTest::addColumn<QString>("menu");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QKeySequence>("shortcut");
    QTest::newRow("new") << "File"
                         << "New Project…" << QKeySequence(QKeySequence::New);
    QTest::newRow("open") << "File"
                          << "Open Project…" << QKeySequence(QKeySequence::Open);
    QTest::newRow("save as") << "File"
                             << "Save As…" << QKeySequence(QKeySequence::SaveAs);
    QTest::newRow("close") << "File"
                           << "Close Project" << QKeySequence(QKeySequence::Close);
    QTest::newRow("quit") << "File"
                          << "Quit" << QKeySequence(QKeySequence::Quit);
    QTest::newRow("undo") << "Edit"
                          << "Undo" << QKeySequence(QKeySequence::Undo);
    QTest::newRow("redo") << "Edit"
                          << "Redo" << QKeySequence(QKeySequence::Redo);
    QTest::newRow("cut") << "Edit"
                         << "Cut" << QKeySequence(QKeySequence::Cut);
    QTest::newRow("copy") << "Edit"
                          << "Copy" << QKeySequence(QKeySequence::Copy);
    QTest::newRow("paste") << "Edit"
                           << "Paste" << QKeySequence(QKeySequence::Paste);
    QTest::newRow("delete") << "Edit"
                            << "Delete" << QKeySequence(QKeySequence::Delete);
    QTest::newRow("select all") << "Edit"
                                << "Select All" << QKeySequence(QKeySequence::SelectAll);
    QTest::newRow("zoom in") << "View"
                             << "Zoom In" << QKeySequence(QKeySequence::ZoomIn);
}

void TestMainWindow::menusHaveStandardShortcuts()
{
    QFETCH(QString, menu);
    QFETCH(QString, text);
    QFETCH(QKeySequence, shortcut);
    MainWindow window;
    QAction *action = findAction(&window, menu, text);
    QVERIFY2(action, qPrintable(menu + " > " + text));
    QCOMPARE(action->shortcut(), shortcut);
    QVERIFY(findAction(&window, "File", "Open Recent") != nullptr);
    QVERIFY(findAction(&window, "Help", "About Seedbed") != nullptr);
    QVERIFY(findAction(&window, "Settings", "Provider Profiles…") != nullptr);
    QVERIFY(findAction(&window, "View", "Stages") != nullptr); // dock toggles
    QVERIFY(findAction(&window, "View", "Inspector") != nullptr);
}

void TestMainWindow::openExampleShowsCanvas()
{
    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(opened(window, [&] { window.openExample(); }));
    QVERIFY(window.document());
    QCOMPARE(window.windowTitle(),
             QStringLiteral("Customer support Q&A (中文 + English) — Seedbed"));
    QCOMPARE(window.document()->folder(), MainWindow::exampleFolder());
    QCOMPARE(window.document()->graph()->stages().size(), 6);
    QVERIFY(window.canvasView()->isVisible());
    QVERIFY(!window.startPage()->isVisible());
    QCOMPARE(window.scene()->items().isEmpty(), false);
    QVERIFY(findAction(&window, "Edit", "Paste")->isEnabled());
}

void TestMainWindow::paletteAddsAndUndoRemoves()
{
    MainWindow window;
    window.show();
    QVERIFY(window.createProject(m_dir.filePath("palette"), "Palette"));
    QUndoStack *stack = window.document()->undoStack();
    emit window.palette()->addRequested("judge");
    QCOMPARE(window.document()->graph()->stages().size(), 1);
    QCOMPARE(window.document()->graph()->stages().first().type, QStringLiteral("judge"));
    QCOMPARE(window.scene()->selectedStageIds(),
             QList<QUuid>{window.document()->graph()->stages().first().id});

    findAction(&window, "Edit", "Undo")->trigger();
    QVERIFY(window.document()->graph()->stages().isEmpty());
    QCOMPARE(stack->index(), 0);
    findAction(&window, "Edit", "Redo")->trigger();
    QCOMPARE(window.document()->graph()->stages().size(), 1);

    // The keyboard shortcut reaches the same undo stack.
    QApplication::setActiveWindow(&window);
    QVERIFY(QTest::qWaitForWindowActive(&window));
    window.canvasView()->setFocus();
    QTest::keySequence(window.canvasView()->viewport(), QKeySequence::Undo);
    QVERIFY(window.document()->graph()->stages().isEmpty());
}

void TestMainWindow::copyPasteBetweenProjects()
{
    MainWindow window;
    window.show();
    QVERIFY(opened(window, [&] { window.openExample(); }));
    CanvasScene *scene = window.scene();
    const PipelineGraph *graph = window.document()->graph();
    scene->selectStages({graph->stages().at(1).id, graph->stages().at(2).id});
    findAction(&window, "Edit", "Copy")->trigger();

    QVERIFY(window.createProject(m_dir.filePath("target"), "Target"));
    findAction(&window, "Edit", "Paste")->trigger();
    const PipelineGraph *target = window.document()->graph();
    QCOMPARE(target->stages().size(), 2);
    QCOMPARE(target->edges().size(), 1);     // the edge between the two copied stages
    QCOMPARE(target->templates().size(), 2); // the templates they use came along
    QCOMPARE(typeOfStageNamed(*target, "Generate Q&A"), QStringLiteral("generate"));
    QCOMPARE(window.document()->undoStack()->count(), 1); // one paste, one step
    QCOMPARE(window.scene()->selectedStageIds().size(), 2);

    findAction(&window, "Edit", "Paste")->trigger(); // again: fresh ids and names
    QCOMPARE(target->stages().size(), 4);
    QCOMPARE(typeOfStageNamed(*target, "Generate Q&A 2"), QStringLiteral("generate"));
    QCOMPARE(target->templates().size(), 2);
}

void TestMainWindow::cutIsOneUndoStep()
{
    MainWindow window;
    window.show();
    QVERIFY(window.createProject(m_dir.filePath("cut"), "Cut"));
    emit window.palette()->addRequested("seed_table");
    emit window.palette()->addRequested("generate");
    const PipelineGraph *graph = window.document()->graph();
    window.scene()->selectAll();
    const int steps = window.document()->undoStack()->count();
    findAction(&window, "Edit", "Cut")->trigger();
    QVERIFY(graph->stages().isEmpty());
    QCOMPARE(window.document()->undoStack()->count(), steps + 1);
    findAction(&window, "Edit", "Paste")->trigger();
    QCOMPARE(graph->stages().size(), 2);
    QCOMPARE(typeOfStageNamed(*graph, "Seed table"), QStringLiteral("seed_table"));
}

void TestMainWindow::closeReturnsToStartPageAndRemembers()
{
    MainWindow window;
    window.show();
    const QString folder = m_dir.filePath("remembered");
    QVERIFY(window.createProject(folder, "Remembered"));
    findAction(&window, "File", "Close Project")->trigger();
    QCOMPARE(window.document(), nullptr);
    QCOMPARE(window.windowTitle(), QStringLiteral("Seedbed"));
    QVERIFY(window.startPage()->isVisible());
    QCOMPARE(window.startPage()->recentProjects().value(0), folder);
    // And the recent entry reopens it.
    QVERIFY(opened(window, [&] { emit window.startPage()->openRecentRequested(folder); }));
    QVERIFY(window.document());
    QCOMPARE(window.document()->name(), QStringLiteral("Remembered"));
}

void TestMainWindow::layoutPersists()
{
    {
        MainWindow window;
        window.show();
        window.resize(900, 650);
        window.findChild<QDockWidget *>("historyDock")->show();
        window.close();
    }
    MainWindow window;
    window.show();
    QCOMPARE(window.size(), QSize(900, 650));
    QVERIFY(window.findChild<QDockWidget *>("historyDock")->isVisible());
}

namespace {
// Clicks \a button in the next message box named \a name that opens; records what it said.
void answerNextMessageBox(const QString &name, QMessageBox::StandardButton button,
                          QString *text = nullptr)
{
    QTimer::singleShot(0, [=] {
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        if (!box || box->objectName() != name) {
            answerNextMessageBox(name, button, text); // not shown yet: look again
            return;
        }
        if (text)
            *text = box->text();
        box->button(button)->click();
    });
}

QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}
} // namespace

void TestMainWindow::failedSaveOnCloseAsksAndKeepsProject()
{
    MainWindow window;
    window.show();
    const QString folder = m_dir.filePath("unsaveable");
    QVERIFY(window.createProject(folder, "Unsaveable"));
    window.document()->setSaveDelays(60000, 60000); // only the close saves
    emit window.palette()->addRequested("judge");
    // A folder in place of project.seedbed makes every save fail, even for root.
    QVERIFY(QFile::remove(folder + "/project.seedbed"));
    QVERIFY(QDir().mkdir(folder + "/project.seedbed"));

    QString message;
    answerNextMessageBox("saveFailedBox", QMessageBox::Cancel, &message);
    QVERIFY(!window.closeProject());
    QVERIFY2(message.contains("project.seedbed"), qPrintable(message));
    QVERIFY(window.document()); // kept open: nothing lost
    QCOMPARE(window.document()->graph()->stages().size(), 1);

    // Once the problem is fixed, closing saves.
    QVERIFY(QDir(folder + "/project.seedbed").removeRecursively());
    QVERIFY(window.closeProject());
    QVERIFY(readFile(folder + "/project.seedbed").contains("\"type\": \"judge\""));

    // Discard really discards, and closes.
    QVERIFY(opened(window, [&] { window.openProject(folder); }));
    emit window.palette()->addRequested("split");
    QVERIFY(QFile::remove(folder + "/project.seedbed"));
    QVERIFY(QDir().mkdir(folder + "/project.seedbed"));
    answerNextMessageBox("saveFailedBox", QMessageBox::Discard);
    QVERIFY(window.closeProject());
    QCOMPARE(window.document(), nullptr);
    QVERIFY(QDir(folder + "/project.seedbed").removeRecursively());
}

void TestMainWindow::openingTheOpenProjectByItsFileIsANoOp()
{
    MainWindow window;
    window.show();
    QVERIFY(opened(window, [&] { window.openExample(); }));
    ProjectDocument *before = window.document();
    QVERIFY(opened(window,
                   [&] { window.openProject(MainWindow::exampleFolder() + "/project.seedbed"); }));
    QCOMPARE(window.document(), before);
    QVERIFY(opened(window, [&] { window.openProject(MainWindow::exampleFolder() + "/"); }));
    QCOMPARE(window.document(), before);
}

void TestMainWindow::undoCommitsHalfTypedTextFirst()
{
    MainWindow window;
    window.show();
    QVERIFY(window.createProject(m_dir.filePath("typing"), "Typing"));
    emit window.palette()->addRequested("generate");
    const QUuid id = window.document()->graph()->stages().first().id;
    auto *model = window.inspector()->findChild<QComboBox *>("model")->lineEdit();
    QVERIFY(model);
    model->setFocus();
    QTest::keyClicks(model, "qwen2.5");
    QUndoStack *stack = window.document()->undoStack();
    QCOMPARE(stack->count(), 1); // still being typed: no command yet

    findAction(&window, "Edit", "Undo")->trigger();
    // The typing became a command and that command was undone; the stage is still there.
    QCOMPARE(stack->count(), 2);
    QCOMPARE(stack->index(), 1);
    QVERIFY(window.document()->graph()->contains(id));
    QCOMPARE(window.document()->graph()->stage(id)->settings.value("model").toString(), QString());
    findAction(&window, "Edit", "Redo")->trigger();
    QCOMPARE(window.document()->graph()->stage(id)->settings.value("model").toString(),
             QStringLiteral("qwen2.5"));
}

void TestMainWindow::typedNumberIsSavedOnClose()
{
    MainWindow window;
    window.show();
    const QString folder = m_dir.filePath("number");
    QVERIFY(window.createProject(folder, "Number"));
    emit window.palette()->addRequested("generate");
    auto *spin = window.inspector()->findChild<QSpinBox *>("concurrency");
    QVERIFY(spin);
    spin->setFocus();
    spin->selectAll();
    QTest::keyClicks(spin, "77"); // no Enter, no focus change
    QVERIFY(window.closeProject());
    QVERIFY(readFile(folder + "/project.seedbed").contains("\"concurrency\": 77"));
}

namespace {
int recordCount(const ProjectDocument &document)
{
    QSqlQuery query(document.store()->database());
    return query.exec("SELECT count(*) FROM records") && query.next() ? query.value(0).toInt() : -1;
}

bool insertRecords(const ProjectDocument &document, int count)
{
    QSqlQuery query(document.store()->database());
    for (int i = 0; i < count; ++i) {
        if (!query.exec(QString("INSERT INTO records (stage_id) VALUES ('s%1')").arg(i)))
            return false;
    }
    return true;
}
} // namespace

void TestMainWindow::openRunsInTheBackgroundAndShowsItIsBusy()
{
    const QString folder = m_dir.filePath("background");
    const QString other = m_dir.filePath("other");
    {
        ProjectError error;
        QVERIFY(ProjectDocument::create(folder, "Background", &error));
        QVERIFY(ProjectDocument::create(other, "Other", &error));
    }
    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto *busyLabel = window.findChild<QLabel *>("busyLabel");
    auto *indicator = window.findChild<QProgressBar *>("busyIndicator");
    QVERIFY(busyLabel && indicator);
    QVERIFY(!indicator->isVisible());

    QSignalSpy spy(&window, &MainWindow::projectOpened);
    window.openProject(folder);
    // The work runs in a worker thread; it ends through this thread's event loop only.
    QVERIFY(window.isBusy());
    QCOMPARE(window.document(), nullptr);
    QVERIFY(busyLabel->isVisible());
    QCOMPARE(busyLabel->text(), QStringLiteral("Opening background…"));
    QVERIFY(indicator->isVisible());
    QCOMPARE(indicator->maximum(), 0); // indeterminate
    for (const char *text : {"New Project…", "Open Project…", "Open Example", "Save As…",
                             "Close Project", "Open Recent"})
        QVERIFY2(!findAction(&window, "File", text)->isEnabled(), text);
    QVERIFY(!window.startPage()->isEnabled());
    QVERIFY(!window.createProject(m_dir.filePath("meanwhile"), "Meanwhile"));
    QVERIFY(!QFile::exists(m_dir.filePath("meanwhile")));

    // A second request meanwhile is ignored: one open at a time.
    window.openProject(other);
    QVERIFY(spy.wait(30000));
    QTest::qWait(50);
    QCOMPARE(spy.count(), 1);
    QCOMPARE(spy.first().first().toBool(), true);
    QVERIFY(window.document());
    QCOMPARE(window.document()->name(), QStringLiteral("Background"));
    QVERIFY(window.document()->store()->isOpen());

    QVERIFY(!window.isBusy());
    QVERIFY(!busyLabel->isVisible());
    QVERIFY(!indicator->isVisible());
    for (const char *text : {"New Project…", "Open Project…", "Save As…", "Close Project"})
        QVERIFY2(findAction(&window, "File", text)->isEnabled(), text);
    QVERIFY(window.startPage()->isEnabled());
    QVERIFY(window.palette()->isEnabled());
}

void TestMainWindow::failedOpenShowsWhyAfterTheWork()
{
    MainWindow window;
    window.show();
    QVERIFY(opened(window, [&] { window.openExample(); }));
    ProjectDocument *before = window.document();
    QString message;
    answerNextMessageBox("errorBox", QMessageBox::Ok, &message);
    QVERIFY(!opened(window, [&] { window.openProject(m_dir.filePath("nothing here")); }));
    QVERIFY2(message.contains("There is no Seedbed project"), qPrintable(message));
    QCOMPARE(window.document(), before); // the current project stays
    QVERIFY(!window.isBusy());
    QVERIFY(findAction(&window, "File", "Open Project…")->isEnabled());
}

void TestMainWindow::saveAsRunsInTheBackgroundAndSwitches()
{
    MainWindow window;
    window.show();
    const QString original = m_dir.filePath("save-as-original");
    const QString copy = m_dir.filePath("save-as-copy");
    QVERIFY(window.createProject(original, "Original"));
    emit window.palette()->addRequested("judge");
    QVERIFY(insertRecords(*window.document(), 50));
    ProjectDocument *document = window.document();

    QSignalSpy spy(&window, &MainWindow::projectSavedAs);
    window.saveProjectAs(copy, "The copy");
    QVERIFY(window.isBusy());
    QCOMPARE(window.findChild<QLabel *>("busyLabel")->text(), QStringLiteral("Saving a copy…"));
    QVERIFY(window.findChild<QProgressBar *>("busyIndicator")->isVisible());
    // The copy is of the graph as it was: no editing until it is done.
    QVERIFY(!window.palette()->isEnabled());
    QVERIFY(!window.inspector()->isEnabled());
    QVERIFY(!window.canvasView()->isInteractive());
    QVERIFY(!window.findChild<QUndoView *>("history")->isEnabled());
    for (const char *text : {"Undo", "Cut", "Paste", "Delete"})
        QVERIFY2(!findAction(&window, "Edit", text)->isEnabled(), text);
    for (const char *text : {"New Project…", "Open Project…", "Save As…", "Close Project"})
        QVERIFY2(!findAction(&window, "File", text)->isEnabled(), text);
    QVERIFY(findAction(&window, "Edit", "Copy")->isEnabled()); // reading is fine
    QVERIFY(!window.closeProject());
    QCOMPARE(window.document(), document);

    QVERIFY(spy.wait(30000));
    QCOMPARE(spy.count(), 1);
    QCOMPARE(spy.first().first().toBool(), true);
    QCOMPARE(window.document(), document); // the same document, now in the copy
    QCOMPARE(window.document()->folder(), copy);
    QCOMPARE(window.windowTitle(), QStringLiteral("The copy — Seedbed"));
    QCOMPARE(window.startPage()->recentProjects().value(0), copy);
    QCOMPARE(recordCount(*window.document()), 50);
    QVERIFY(readFile(copy + "/project.seedbed").contains("\"type\": \"judge\""));

    QVERIFY(!window.isBusy());
    QVERIFY(window.palette()->isEnabled());
    QVERIFY(window.inspector()->isEnabled());
    QVERIFY(window.canvasView()->isInteractive());
    QVERIFY(findAction(&window, "Edit", "Undo")->isEnabled());
    QVERIFY(findAction(&window, "File", "Close Project")->isEnabled());
}

void TestMainWindow::failedSaveAsStaysWithTheOriginal()
{
    MainWindow window;
    window.show();
    const QString original = m_dir.filePath("refused-original");
    const QString occupied = m_dir.filePath("occupied");
    QVERIFY(QDir().mkpath(occupied));
    QFile notes(occupied + "/notes.txt");
    QVERIFY(notes.open(QIODevice::WriteOnly));
    notes.close();
    QVERIFY(window.createProject(original, "Original"));
    QVERIFY(insertRecords(*window.document(), 3));

    QSignalSpy spy(&window, &MainWindow::projectSavedAs);
    QString message;
    answerNextMessageBox("errorBox", QMessageBox::Ok, &message);
    window.saveProjectAs(occupied, "Copy");
    QVERIFY(spy.wait(30000));
    QCOMPARE(spy.first().first().toBool(), false);
    QVERIFY2(message.contains("is not empty"), qPrintable(message));
    QCOMPARE(window.document()->folder(), original);
    QCOMPARE(recordCount(*window.document()), 3);
    QCOMPARE(QDir(occupied).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot),
             QStringList{"notes.txt"});
    QVERIFY(window.palette()->isEnabled());
    QVERIFY(!window.isBusy());
}

void TestMainWindow::closingDuringSaveAsWaitsForTheCopy()
{
    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    const QString copy = m_dir.filePath("closing-copy");
    QVERIFY(window.createProject(m_dir.filePath("closing-original"), "Closing"));
    QSignalSpy spy(&window, &MainWindow::projectSavedAs);
    window.saveProjectAs(copy, "Closing copy");
    QVERIFY(!window.close()); // not yet: the copy switches over first
    QVERIFY(window.isVisible());
    QVERIFY(spy.wait(30000));
    QCOMPARE(spy.first().first().toBool(), true);
    QTRY_VERIFY(!window.isVisible()); // and then it closes
    QCOMPARE(window.document(), nullptr);
    QVERIFY(readFile(copy + "/project.seedbed").contains("\"name\": \"Closing copy\""));
    QVERIFY(!QFile::exists(copy + "/.seedbed.lock")); // released by the close
}

int main(int argc, char **argv)
{
    // Keep settings, recent projects and the example copy away from the user's own.
    QTemporaryDir home;
    qputenv("XDG_CONFIG_HOME", home.filePath("config").toLocal8Bit());
    qputenv("XDG_DATA_HOME", home.filePath("data").toLocal8Bit());
    QApplication app(argc, argv);
    QApplication::setOrganizationName("SeedbedTest");
    QApplication::setApplicationName("tst_mainwindow");
    TestMainWindow test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_mainwindow.moc"
