// The main window as a user meets it: start page, menus and shortcuts, the example project,
// editing through the undo stack, copy and paste between projects, persisted layout.
#include "models/pipelinegraph.h"
#include "models/projectdocument.h"
#include "widgets/canvasscene.h"
#include "widgets/canvasview.h"
#include "widgets/inspectorwidget.h"
#include "widgets/mainwindow.h"
#include "widgets/stagepalette.h"
#include "widgets/startpage.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QDockWidget>
#include <QFile>
#include <QLineEdit>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QStackedWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
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
    void failedSaveOnCloseAsksAndKeepsProject();
    void openingTheOpenProjectByItsFileIsANoOp();
    void undoCommitsHalfTypedTextFirst();
    void typedNumberIsSavedOnClose();

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
    QVERIFY(window.openProject(folder));
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
    QVERIFY(window.openExample());
    ProjectDocument *before = window.document();
    QVERIFY(window.openProject(MainWindow::exampleFolder() + "/project.seedbed"));
    QCOMPARE(window.document(), before);
    QVERIFY(window.openProject(MainWindow::exampleFolder() + "/"));
    QCOMPARE(window.document(), before);
}

void TestMainWindow::undoCommitsHalfTypedTextFirst()
{
    MainWindow window;
    window.show();
    QVERIFY(window.createProject(m_dir.filePath("typing"), "Typing"));
    emit window.palette()->addRequested("generate");
    const QUuid id = window.document()->graph()->stages().first().id;
    auto *model = window.inspector()->findChild<QLineEdit *>("model");
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
