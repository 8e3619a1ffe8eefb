// The main window as a user meets it: start page, menus and shortcuts, the example project,
// editing through the undo stack, copy and paste between projects, persisted layout.
#include "models/pipelinegraph.h"
#include "models/projectdocument.h"
#include "widgets/canvasscene.h"
#include "widgets/canvasview.h"
#include "widgets/mainwindow.h"
#include "widgets/stagepalette.h"
#include "widgets/startpage.h"

#include <QAction>
#include <QApplication>
#include <QDockWidget>
#include <QMenuBar>
#include <QSettings>
#include <QStackedWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

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
    QVERIFY(findAction(&window, "View", "Stages") != nullptr); // dock toggles
    QVERIFY(findAction(&window, "View", "Inspector") != nullptr);
}

void TestMainWindow::openExampleShowsCanvas()
{
    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(window.openExample());
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
    QVERIFY(window.openExample());
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
    emit window.startPage()->openRecentRequested(folder);
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
