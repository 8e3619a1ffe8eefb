// The Run dock fed with made-up progress and summaries, and the Run menu of the main window
// running small pipelines for real: without a model (seed table → rule filter → export), with a
// provider that is missing, and with a loopback model that never answers (to pause, cancel
// and close while a run is in progress).
#include "models/graphcommands.h"
#include "models/llm/profilestore.h"
#include "models/pipelinegraph.h"
#include "models/projectdocument.h"
#include "models/projectformat.h"
#include "models/run/runner.h"
#include "widgets/canvasscene.h"
#include "widgets/mainwindow.h"
#include "widgets/rundock.h"
#include "widgets/stageitem.h"

#include "../models/llm/loopbackserver.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QDir>
#include <QDockWidget>
#include <QFile>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QUndoStack>

#include <functional>

using namespace Seedbed;
using namespace Seedbed::Run;

namespace {

const QUuid seedId = QUuid::fromString(QStringLiteral("{10000000-0000-0000-0000-000000000001}"));
const QUuid filterId = QUuid::fromString(QStringLiteral("{10000000-0000-0000-0000-000000000002}"));
const QUuid exportId = QUuid::fromString(QStringLiteral("{10000000-0000-0000-0000-000000000003}"));
const QUuid generateId =
    QUuid::fromString(QStringLiteral("{10000000-0000-0000-0000-000000000004}"));
const QUuid templateId =
    QUuid::fromString(QStringLiteral("{10000000-0000-0000-0000-0000000000a1}"));

StageProgress stageProgress(const QString &name, qint64 ok, qint64 expected, qint64 failed = 0,
                            qint64 filtered = 0, qint64 duplicate = 0, int inFlight = 0,
                            int concurrency = 0, bool done = false)
{
    StageProgress s;
    s.stage = QUuid::createUuidV5(QUuid(), name);
    s.name = name;
    s.ok = ok;
    s.expected = expected;
    s.failed = failed;
    s.filtered = filtered;
    s.duplicate = duplicate;
    s.inFlight = inFlight;
    s.concurrency = concurrency;
    s.done = done;
    return s;
}

RunProgress sampleProgress()
{
    RunProgress p;
    p.stages = {stageProgress("Seeds", 3, 3, 0, 0, 0, 0, 0, true),
                stageProgress("Generate", 10, 20, 2, 0, 0, 3, 8),
                stageProgress("Judge", 4, 9, 0, 5, 1, 1, 2), stageProgress("Export", 0, -1)};
    p.promptTokens = 12345;
    p.completionTokens = 6789;
    p.calls = 1500;
    p.cacheHits = 42;
    p.elapsedMs = 3723000; // 1:02:03
    p.etaMs = 90000;
    p.cost = {{"USD", 0.5}};
    return p;
}

QString cell(const RunDock &dock, int row, int column)
{
    const QAbstractItemModel *model = dock.stageModel();
    return model->data(model->index(row, column)).toString();
}

QString labelText(const QWidget &parent, const QString &name)
{
    const auto *label = parent.findChild<QLabel *>(name);
    return label ? label->text() : QStringLiteral("<no %1>").arg(name);
}

QAction *runAction(MainWindow &window, const QString &name)
{
    return window.findChild<QAction *>(name);
}

Stage stage(const QUuid &id, const QString &type, const QString &name, const QVariantMap &settings,
            double x = 0)
{
    Stage s;
    s.id = id;
    s.type = type;
    s.name = name;
    s.settings = settings;
    s.position = QPointF(x, 0);
    return s;
}

// seed table (answers of 2, 4 and 12 characters) → rule filter (at least 5) → export
ProjectData tinyPipeline()
{
    ProjectData p;
    p.name = "Tiny";
    QVariantList rows;
    for (const char *answer : {"no", "four", "long enough!"})
        rows.append(QVariantMap{{"question", QString("q ") + answer}, {"answer", answer}});
    p.stages = {stage(seedId, "seed_table", "Seeds", {{"rows", rows}}),
                stage(filterId, "rule_filter", "Filter",
                      {{"field", "answer"}, {"minChars", 5}, {"maxChars", 1000}}, 300),
                stage(exportId, "export", "Export",
                      {{"format", "jsonl"}, {"path", "export/out.jsonl"}, {"include", "kept"}},
                      600)};
    p.edges = {{seedId, filterId, "in"}, {filterId, exportId, "in"}};
    return p;
}

// seed table → generate with the provider \a provider
ProjectData llmPipeline(const QString &provider)
{
    ProjectData p;
    p.name = "With a model";
    QVariantList rows;
    for (int i = 0; i < 4; ++i)
        rows.append(QVariantMap{{"question", QString("q%1").arg(i)}, {"answer", "a"}});
    p.stages = {stage(seedId, "seed_table", "Seeds", {{"rows", rows}}),
                stage(generateId, "generate", "Generate",
                      {{"template", templateId.toString()},
                       {"provider", provider},
                       {"model", "test-model"},
                       {"outputFormat", "json"},
                       {"outputFields", QStringList{"question", "answer"}},
                       {"samplesPerInput", 1},
                       {"maxTokens", 100},
                       {"concurrency", 2}},
                      300)};
    p.edges = {{seedId, generateId, "in"}};
    PromptTemplate t;
    t.id = templateId;
    t.name = "Generator";
    t.user = "Write about {{ question }}";
    p.templates = {t};
    return p;
}

bool writeProject(const QString &folder, const ProjectData &data)
{
    if (!QDir().mkpath(folder))
        return false;
    QFile file(QDir(folder).filePath(ProjectFormat::fileName));
    return file.open(QIODevice::WriteOnly) && file.write(ProjectFormat::serialize(data)) > 0;
}

bool openIn(MainWindow &window, const QString &folder)
{
    QSignalSpy spy(&window, &MainWindow::projectOpened);
    window.openProject(folder);
    return (!spy.isEmpty() || spy.wait(30000)) && spy.first().first().toBool();
}

// Clicks the button named \a button (or the standard \a standard) in the next message box
// named \a name that opens; records its text.
void answerNextMessageBox(const QString &name, const QString &button, QString *text = nullptr,
                          QMessageBox::StandardButton standard = QMessageBox::NoButton)
{
    QTimer::singleShot(0, [=] {
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        if (!box || box->objectName() != name) {
            answerNextMessageBox(name, button, text, standard);
            return;
        }
        if (text)
            *text = box->text() + "\n" + box->informativeText();
        QAbstractButton *target = standard != QMessageBox::NoButton
                                      ? box->button(standard)
                                      : box->findChild<QPushButton *>(button);
        QVERIFY2(target, qPrintable(button));
        target->click();
    });
}

// Through the undo stack, as the inspector does.
void changeSetting(MainWindow &window, const QUuid &stage, const QString &key,
                   const QVariant &value)
{
    window.document()->undoStack()->push(
        new ChangeSettingCommand(window.document()->graph(), stage, key, value));
}

bool saveProfile(const QString &name, const QUrl &url, bool keyInKeychain)
{
    Llm::ProfileStore store;
    store.load();
    Llm::ProviderProfile profile;
    profile.name = name;
    profile.baseUrl = url;
    profile.models = {"test-model"};
    profile.keyInKeychain = keyInKeychain;
    profile.maxAttempts = 1;
    return !store.add(profile).isEmpty();
}

} // namespace

class TestRunDock : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void tableShowsEachStage();
    void rowsFollowTheRun();
    void durations_data();
    void durations();
    void totalsAndEta();
    void summaryStates_data();
    void summaryStates();
    void exportedFilesAreLinks();
    void summaryColoursFollowThePalette();
    void logLinesHaveTimes();
    void providerButtonIsOfferedOnRequest();

    void runActionsNeedAProject();
    void runsATinyPipeline();
    void runsTheGraphAsEditedNotAsSaved();
    void runSelectedStageRunsWhatItNeeds();
    void missingProviderSaysWhereToSetIt();
    void keychainProfileWithoutKeyIsExplained();
    void runInProgressCanBePausedAndCancelled();
    void closingWhileRunningAsks();
    void freshSamplesAsksFirst();

private:
    QTemporaryDir m_dir;
};

void TestRunDock::initTestCase()
{
    QVERIFY(m_dir.isValid());
    // Numbers and times in a known locale.
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
}

void TestRunDock::init()
{
    QSettings().clear(); // no dock layout from an earlier test
    QFile::remove(Llm::ProfileStore::defaultPath());
}

void TestRunDock::cleanup()
{
    QFile::remove(Llm::ProfileStore::defaultPath());
}

void TestRunDock::tableShowsEachStage()
{
    RunDock dock;
    QAbstractItemModelTester tester(dock.stageModel(),
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(dock.stageModel()->rowCount(), 0);
    dock.beginRun("The whole pipeline", m_dir.path());
    QCOMPARE(labelText(dock, "summaryTitle"), QString("Starting…"));
    dock.setProgress(sampleProgress());

    QCOMPARE(dock.stageModel()->rowCount(), 4);
    QCOMPARE(dock.stageModel()->columnCount(), int(RunDock::ColumnCount));
    QCOMPARE(dock.stageModel()->headerData(RunDock::DoneColumn, Qt::Horizontal).toString(),
             QString("Done / Expected"));
    QCOMPARE(cell(dock, 0, RunDock::StageColumn), QString("Seeds"));
    QCOMPARE(cell(dock, 0, RunDock::DoneColumn), QString("3 / 3"));
    QCOMPARE(cell(dock, 0, RunDock::InFlightColumn), QString("—")); // no model, no concurrency
    QCOMPARE(cell(dock, 1, RunDock::StageColumn), QString("Generate"));
    QCOMPARE(cell(dock, 1, RunDock::DoneColumn), QString("12 / 20")); // ok + failed
    QCOMPARE(cell(dock, 1, RunDock::FailedColumn), QString("2"));
    QCOMPARE(cell(dock, 1, RunDock::InFlightColumn), QString("3 / 8"));
    QCOMPARE(cell(dock, 2, RunDock::DoneColumn), QString("10 / 9")); // more than foreseen
    QCOMPARE(cell(dock, 2, RunDock::FilteredColumn), QString("5"));
    QCOMPARE(cell(dock, 2, RunDock::DuplicateColumn), QString("1"));
    QCOMPARE(cell(dock, 3, RunDock::DoneColumn), QString("0")); // expected not known
    // The progress bars: done stages are full, others at their share.
    const QAbstractItemModel *model = dock.stageModel();
    QCOMPARE(model->data(model->index(0, RunDock::DoneColumn), Qt::UserRole + 1).toDouble(), 1.0);
    QCOMPARE(model->data(model->index(1, RunDock::DoneColumn), Qt::UserRole + 1).toDouble(), 0.6);
    QVERIFY(!model->data(model->index(3, RunDock::DoneColumn), Qt::UserRole + 1).isValid());
    QCOMPARE(labelText(dock, "summaryTitle"), QString("Running"));
    QVERIFY(labelText(dock, "summaryDetail").contains("The whole pipeline"));
}

void TestRunDock::rowsFollowTheRun()
{
    RunDock dock;
    QAbstractItemModelTester tester(dock.stageModel(),
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    RunProgress p = sampleProgress();
    dock.setProgress(p);
    QSignalSpy changed(dock.stageModel(), &QAbstractItemModel::dataChanged);
    QSignalSpy reset(dock.stageModel(), &QAbstractItemModel::modelReset);
    p.stages[1].ok = 17;
    p.paused = true;
    dock.setProgress(p);
    QCOMPARE(changed.size(), 1); // same stages: updated in place
    QCOMPARE(reset.size(), 0);
    QCOMPARE(cell(dock, 1, RunDock::DoneColumn), QString("19 / 20"));
    QCOMPARE(labelText(dock, "summaryTitle"), QString("Paused"));

    p.stages.removeLast();
    dock.setProgress(p);
    QCOMPARE(reset.size(), 1);
    QCOMPARE(dock.stageModel()->rowCount(), 3);

    dock.beginRun("Again", QString());
    QCOMPARE(dock.stageModel()->rowCount(), 0);
}

void TestRunDock::durations_data()
{
    QTest::addColumn<qint64>("ms");
    QTest::addColumn<QString>("text");
    QTest::newRow("zero") << qint64(0) << "0:00:00";
    QTest::newRow("under a second") << qint64(999) << "0:00:00";
    QTest::newRow("a minute and one") << qint64(61000) << "0:01:01";
    QTest::newRow("hours") << qint64(3723000) << "1:02:03";
    QTest::newRow("over a day") << qint64(100) * 3600000 + 59000 << "100:00:59";
    QTest::newRow("thousands of hours") << qint64(1234) * 3600000 << "1,234:00:00";
    QTest::newRow("negative") << qint64(-5000) << "0:00:00";
}

void TestRunDock::durations()
{
    QFETCH(qint64, ms);
    QFETCH(QString, text);
    QCOMPARE(RunDock::formatDuration(ms), text);
}

void TestRunDock::totalsAndEta()
{
    RunDock dock;
    RunProgress p = sampleProgress();
    dock.setProgress(p);
    QCOMPARE(labelText(dock, "elapsedValue"), QString("1:02:03"));
    QCOMPARE(labelText(dock, "etaValue"), QString("0:01:30"));
    QCOMPARE(labelText(dock, "callsValue"), QString("1,500"));
    QCOMPARE(labelText(dock, "cacheHitsValue"), QString("42"));
    QCOMPARE(labelText(dock, "tokensValue"), QString("12,345 in / 6,789 out"));
    QCOMPARE(labelText(dock, "costValue"), QString("0.5000 USD"));

    p.etaMs = -1;
    p.tokensEstimated = true;
    p.costComplete = false;
    p.cost.insert("CNY", 12.0);
    dock.setProgress(p);
    QCOMPARE(labelText(dock, "etaValue"), QString("unknown"));
    QCOMPARE(labelText(dock, "tokensValue"), QString("≈12,345 in / ≈6,789 out"));
    QCOMPARE(labelText(dock, "costValue"), QString("at least 12.00 CNY and 0.5000 USD"));

    p.costComplete = true;
    dock.setProgress(p);
    QCOMPARE(labelText(dock, "costValue"), QString("≈12.00 CNY and 0.5000 USD"));

    // Once the run is over there is no time left to tell.
    RunSummary summary;
    summary.progress = p;
    dock.setSummary(summary);
    QCOMPARE(labelText(dock, "etaValue"), QString("—"));
    QCOMPARE(labelText(dock, "elapsedValue"), QString("1:02:03"));

    summary.progress = RunProgress();
    dock.setSummary(summary);
    QCOMPARE(labelText(dock, "costValue"), QString("—"));
    QCOMPARE(labelText(dock, "tokensValue"), QString("0 in / 0 out"));
}

void TestRunDock::summaryStates_data()
{
    QTest::addColumn<int>("state");
    QTest::addColumn<QString>("error");
    QTest::addColumn<QStringList>("problems");
    QTest::addColumn<QString>("title");
    QTest::addColumn<QStringList>("detailContains");

    QTest::newRow("completed") << int(RunSummary::State::Completed) << QString() << QStringList()
                               << "Completed" << QStringList{"Every stage in the run is done."};
    QTest::newRow("partial") << int(RunSummary::State::Partial) << QString()
                             << QStringList{"Stage “X” has no input; connect a stage to it.",
                                            "Stage <Y> & co failed"}
                             << "Partly completed"
                             << QStringList{"some stages could not run",
                                            "<li>Stage “X” has no input; connect a stage to it.",
                                            "Stage &lt;Y&gt; &amp; co failed"};
    QTest::newRow("partial, records failed")
        << int(RunSummary::State::Partial) << QString() << QStringList() << "Partly completed"
        << QStringList{"The run went to the end, but not every record could be made."};
    QTest::newRow("cancelled") << int(RunSummary::State::Cancelled) << QString() << QStringList()
                               << "Cancelled" << QStringList{"Everything made so far is kept"};
    QTest::newRow("failed") << int(RunSummary::State::Failed)
                            << "The pipeline has a cycle; remove one of its connections."
                            << QStringList() << "Failed"
                            << QStringList{"The pipeline has a cycle; remove one of its "
                                           "connections."};
    QTest::newRow("failed without words")
        << int(RunSummary::State::Failed) << QString() << QStringList() << "Failed"
        << QStringList{"The run stopped because of an error."};
}

void TestRunDock::summaryStates()
{
    QFETCH(int, state);
    QFETCH(QString, error);
    QFETCH(QStringList, problems);
    QFETCH(QString, title);
    QFETCH(QStringList, detailContains);

    RunDock dock;
    dock.beginRun("The whole pipeline", m_dir.path());
    dock.setProgress(sampleProgress());
    RunSummary summary;
    summary.state = RunSummary::State(state);
    summary.error = error;
    summary.problems = problems;
    summary.progress = sampleProgress();
    summary.progress.stages[1].done = true;
    dock.setSummary(summary);

    QCOMPARE(labelText(dock, "summaryTitle"), title);
    const QString detail = labelText(dock, "summaryDetail");
    for (const QString &part : detailContains)
        QVERIFY2(detail.contains(part), qPrintable(detail));
    // The table keeps the final counts.
    QCOMPARE(cell(dock, 1, RunDock::DoneColumn), QString("12 / 20"));
    // Failed records are pointed out, with the way to redo them; a failed run says its error.
    QCOMPARE(detail.contains("failed; Run ▸ Retry Failed Records redoes them."),
             summary.state != RunSummary::State::Failed);
}

void TestRunDock::exportedFilesAreLinks()
{
    RunDock dock;
    dock.beginRun("The whole pipeline", m_dir.filePath("project"));
    RunSummary summary;
    summary.exported = {m_dir.filePath("project/export/out.jsonl"), "/elsewhere/b.csv"};
    dock.setSummary(summary);
    const QString detail = labelText(dock, "summaryDetail");
    // Inside the project, the path from its folder; the link has the whole path.
    const QString inside =
        QUrl::fromLocalFile(m_dir.filePath("project/export/out.jsonl")).toString();
    QVERIFY2(detail.contains(QString("<a href=\"%1\">export/out.jsonl</a>").arg(inside)),
             qPrintable(detail));
    QVERIFY2(detail.contains("<a href=\"file:///elsewhere/b.csv\">/elsewhere/b.csv</a>"),
             qPrintable(detail));
}

void TestRunDock::summaryColoursFollowThePalette()
{
    RunDock dock;
    const auto *banner = dock.findChild<QWidget *>("summary");
    QVERIFY(banner);
    RunSummary summary;
    summary.state = RunSummary::State::Completed;
    dock.setSummary(summary);
    const QColor completed = banner->palette().color(QPalette::Window);
    summary.state = RunSummary::State::Failed;
    dock.setSummary(summary);
    const QColor failed = banner->palette().color(QPalette::Window);
    QVERIFY2(completed.green() > completed.red(), qPrintable(completed.name()));
    QVERIFY2(failed.red() > failed.green(), qPrintable(failed.name()));
    QVERIFY(completed.lightness() > 128); // a tint of the light default palette

    QPalette dark;
    dark.setColor(QPalette::Window, QColor(0x20, 0x20, 0x20));
    dark.setColor(QPalette::Base, QColor(0x18, 0x18, 0x18));
    dark.setColor(QPalette::WindowText, Qt::white);
    dark.setColor(QPalette::Text, Qt::white);
    dock.setPalette(dark);
    const QColor failedDark = banner->palette().color(QPalette::Window);
    QVERIFY2(failedDark.lightness() < 80, qPrintable(failedDark.name()));
    QVERIFY(failedDark.red() > failedDark.green());
}

void TestRunDock::logLinesHaveTimes()
{
    RunDock dock;
    dock.appendMessage("Stage “Generate”: the server said 503", QTime(9, 3, 4));
    dock.appendMessage("Second", QTime(23, 59, 0));
    const auto *log = dock.findChild<QListWidget *>("runLog");
    QVERIFY(log);
    QCOMPARE(log->count(), 2);
    QVERIFY2(log->item(0)->text().startsWith("09:03:04"), qPrintable(log->item(0)->text()));
    QVERIFY(log->item(0)->text().endsWith("Stage “Generate”: the server said 503"));
    QVERIFY(log->item(1)->text().startsWith("23:59:00"));
    dock.beginRun("Next", QString());
    QCOMPARE(log->count(), 0);
}

void TestRunDock::providerButtonIsOfferedOnRequest()
{
    RunDock dock;
    auto *button = dock.findChild<QPushButton *>("providersButton");
    QVERIFY(button);
    QVERIFY(!button->isVisibleTo(&dock));
    dock.setOfferProviderSettings(true);
    QVERIFY(button->isVisibleTo(&dock));
    QSignalSpy spy(&dock, &RunDock::providerSettingsRequested);
    button->click();
    QCOMPARE(spy.size(), 1);
    dock.beginRun("Again", QString());
    QVERIFY(!button->isVisibleTo(&dock));
}

void TestRunDock::runActionsNeedAProject()
{
    MainWindow window;
    for (const char *name : {"runAction", "runSelectedAction", "pauseAction", "cancelRunAction",
                             "retryFailedAction", "freshSamplesAction"}) {
        QAction *action = runAction(window, name);
        QVERIFY2(action, name);
        QVERIFY2(!action->isEnabled(), name);
    }
    QCOMPARE(runAction(window, "runAction")->shortcut(), QKeySequence(Qt::Key_F5));
    QCOMPARE(runAction(window, "runSelectedAction")->shortcut(),
             QKeySequence(Qt::SHIFT | Qt::Key_F5));
    QCOMPARE(runAction(window, "pauseAction")->shortcut(), QKeySequence(Qt::Key_F6));
    QCOMPARE(runAction(window, "cancelRunAction")->shortcut(),
             QKeySequence(Qt::SHIFT | Qt::Key_Escape));
    // No shortcut is used twice in one scope: the window's, or one widget's (the canvas and
    // the records view both take Delete, each while it has the focus). A window shortcut
    // clashes with every other use of its key.
    QHash<QKeySequence, QString> windowKeys;
    QHash<QKeySequence, QString> anyKeys;
    QHash<QPair<const QObject *, QKeySequence>, QString> scopedKeys;
    for (QAction *action : window.findChildren<QAction *>()) {
        const bool windowWide = action->shortcutContext() == Qt::WindowShortcut ||
                                action->shortcutContext() == Qt::ApplicationShortcut;
        for (const QKeySequence &key : action->shortcuts()) {
            const QString clash =
                windowWide ? anyKeys.value(key)
                           : windowKeys.value(key, scopedKeys.value({action->parent(), key}));
            QVERIFY2(clash.isEmpty(),
                     qPrintable(key.toString() + " " + clash + " / " + action->text()));
            anyKeys.insert(key, action->text());
            if (windowWide)
                windowKeys.insert(key, action->text());
            else
                scopedKeys.insert({action->parent(), key}, action->text());
        }
    }
    QVERIFY(window.findChild<QDockWidget *>("runDock"));
    QVERIFY(!window.findChild<QDockWidget *>("runDock")->isVisibleTo(&window));
}

void TestRunDock::runsATinyPipeline()
{
    const QString folder = m_dir.filePath("tiny");
    QVERIFY(writeProject(folder, tinyPipeline()));
    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    QVERIFY(openIn(window, folder));
    QAction *run = runAction(window, "runAction");
    QVERIFY(run->isEnabled());
    QVERIFY(!runAction(window, "pauseAction")->isEnabled());
    QVERIFY(!runAction(window, "cancelRunAction")->isEnabled());
    QVERIFY(!runAction(window, "retryFailedAction")->isEnabled());  // nothing failed yet
    QVERIFY(!runAction(window, "freshSamplesAction")->isEnabled()); // no model in the pipeline

    QSignalSpy finished(&window, &MainWindow::runFinished);
    QTest::keyClick(&window, Qt::Key_F5);
    QVERIFY(finished.wait(30000));
    QCOMPARE(finished.size(), 1);

    RunDock *dock = window.runDock();
    QVERIFY(window.findChild<QDockWidget *>("runDock")->isVisible()); // shown by the run
    QCOMPARE(labelText(*dock, "summaryTitle"), QString("Completed"));
    QCOMPARE(dock->stageModel()->rowCount(), 3);
    QCOMPARE(cell(*dock, 0, RunDock::StageColumn), QString("Seeds"));
    QCOMPARE(cell(*dock, 0, RunDock::DoneColumn), QString("3 / 3"));
    QCOMPARE(cell(*dock, 1, RunDock::StageColumn), QString("Filter"));
    QCOMPARE(cell(*dock, 1, RunDock::DoneColumn), QString("3 / 3"));
    QCOMPARE(cell(*dock, 1, RunDock::FilteredColumn), QString("2")); // "no" and "four"
    QCOMPARE(cell(*dock, 1, RunDock::FailedColumn), QString("0"));
    QVERIFY(labelText(*dock, "summaryDetail").contains("out.jsonl"));
    QFile exported(folder + "/export/out.jsonl");
    QVERIFY(exported.open(QIODevice::ReadOnly));
    QCOMPARE(exported.readAll().count('\n'), 1);
    QVERIFY(run->isEnabled());
    QVERIFY(!runAction(window, "cancelRunAction")->isEnabled());

    // A second run reuses everything.
    window.findChild<QAction *>("runAction")->trigger();
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 2, 30000);
    QCOMPARE(labelText(*dock, "summaryTitle"), QString("Completed"));
    QCOMPARE(cell(*dock, 1, RunDock::FilteredColumn), QString("2"));
}

void TestRunDock::runsTheGraphAsEditedNotAsSaved()
{
    const QString folder = m_dir.filePath("edited");
    QVERIFY(writeProject(folder, tinyPipeline()));
    MainWindow window;
    QVERIFY(openIn(window, folder));
    // Not saved yet when the run starts (the document saves after a delay).
    window.document()->setSaveDelays(60000, 60000);
    QFile before(folder + "/project.seedbed");
    QVERIFY(before.open(QIODevice::ReadOnly));
    const QByteArray savedBefore = before.readAll();
    before.close();
    changeSetting(window, filterId, "minChars", 3);

    QSignalSpy finished(&window, &MainWindow::runFinished);
    runAction(window, "runAction")->trigger();
    QVERIFY(finished.wait(30000));
    QCOMPARE(labelText(*window.runDock(), "summaryTitle"), QString("Completed"));
    QCOMPARE(cell(*window.runDock(), 1, RunDock::FilteredColumn), QString("1")); // only "no"
    // And what was run is on disk.
    QFile after(folder + "/project.seedbed");
    QVERIFY(after.open(QIODevice::ReadOnly));
    const QByteArray savedAfter = after.readAll();
    QVERIFY(savedAfter != savedBefore);
    QVERIFY(savedAfter.contains("\"minChars\": 3"));
}

void TestRunDock::runSelectedStageRunsWhatItNeeds()
{
    const QString folder = m_dir.filePath("selected");
    QVERIFY(writeProject(folder, tinyPipeline()));
    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    QVERIFY(openIn(window, folder));
    QAction *runSelected = runAction(window, "runSelectedAction");
    QVERIFY(!runSelected->isEnabled()); // nothing selected
    window.scene()->stageItem(filterId)->setSelected(true);
    QVERIFY(runSelected->isEnabled());
    window.scene()->stageItem(seedId)->setSelected(true);
    QVERIFY(!runSelected->isEnabled()); // which one?
    window.scene()->stageItem(seedId)->setSelected(false);
    QVERIFY(runSelected->isEnabled());

    QSignalSpy finished(&window, &MainWindow::runFinished);
    QTest::keyClick(&window, Qt::Key_F5, Qt::ShiftModifier);
    QVERIFY(finished.wait(30000));
    RunDock *dock = window.runDock();
    QCOMPARE(labelText(*dock, "summaryTitle"), QString("Completed"));
    QVERIFY(labelText(*dock, "summaryDetail").contains("Every stage"));
    QCOMPARE(dock->stageModel()->rowCount(), 2); // the filter and its seeds, not the export
    QCOMPARE(cell(*dock, 1, RunDock::StageColumn), QString("Filter"));
    QVERIFY(!QFile::exists(folder + "/export/out.jsonl"));
}

void TestRunDock::missingProviderSaysWhereToSetIt()
{
    const QString folder = m_dir.filePath("missing-provider");
    QVERIFY(writeProject(folder, llmPipeline("DeepSeek")));
    MainWindow window;
    QVERIFY(openIn(window, folder));
    QVERIFY(runAction(window, "freshSamplesAction")->isEnabled()); // a model stage
    QSignalSpy finished(&window, &MainWindow::runFinished);
    runAction(window, "runAction")->trigger();
    QVERIFY(finished.size() == 1 || finished.wait(10000));
    RunDock *dock = window.runDock();
    QCOMPARE(labelText(*dock, "summaryTitle"), QString("Failed"));
    const QString detail = labelText(*dock, "summaryDetail");
    QVERIFY2(detail.contains("The run did not start"), qPrintable(detail));
    QVERIFY2(detail.contains("Stage “Generate” uses the provider profile “DeepSeek”, which is not "
                             "set up on this computer. Add a profile named “DeepSeek” in "
                             "Settings ▸ Provider Profiles"),
             qPrintable(detail));
    QVERIFY(dock->findChild<QPushButton *>("providersButton")->isVisibleTo(dock));
    QVERIFY(runAction(window, "runAction")->isEnabled()); // ready to try again

    // The prompt the run used is kept as a version, once, whatever became of the run.
    const PromptTemplate &prompt = window.document()->graph()->templates().constFirst();
    QCOMPARE(prompt.versions.size(), 1);
    QCOMPARE(prompt.versions.constFirst().user, prompt.user);
    QCOMPARE(prompt.versions.constFirst().note, QString("Used by a run"));
    runAction(window, "runAction")->trigger();
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 2, 10000);
    QCOMPARE(window.document()->graph()->templates().constFirst().versions.size(), 1);
}

void TestRunDock::keychainProfileWithoutKeyIsExplained()
{
    QVERIFY(saveProfile("Vault", QUrl("http://127.0.0.1:9/v1"), true));
    const QString folder = m_dir.filePath("keychain");
    QVERIFY(writeProject(folder, llmPipeline("Vault")));
    MainWindow window;
    QVERIFY(openIn(window, folder));
    QSignalSpy finished(&window, &MainWindow::runFinished);
    runAction(window, "runAction")->trigger();
    QVERIFY(finished.size() == 1 || finished.wait(60000));
    RunDock *dock = window.runDock();
    QCOMPARE(labelText(*dock, "summaryTitle"), QString("Failed"));
    const QString detail = labelText(*dock, "summaryDetail");
    QVERIFY2(detail.contains("the key of a provider profile could not be read. Keys are set in "
                             "Settings ▸ Provider Profiles."),
             qPrintable(detail));
    QVERIFY2(detail.contains("<li>"), qPrintable(detail)); // the key store's own words
    QVERIFY(dock->findChild<QPushButton *>("providersButton")->isVisibleTo(dock));
}

void TestRunDock::runInProgressCanBePausedAndCancelled()
{
    // A model that takes every request and never answers: the run stays in progress.
    Test::LoopbackServer server([](const Test::ReceivedRequest &) {
        Test::Script script;
        script.hang();
        return script;
    });
    QVERIFY(saveProfile("Loopback", server.url("/v1"), false));
    const QString folder = m_dir.filePath("hanging");
    QVERIFY(writeProject(folder, llmPipeline("Loopback")));
    const QString other = m_dir.filePath("other");
    QVERIFY(writeProject(other, tinyPipeline()));
    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    QVERIFY(openIn(window, folder));

    QSignalSpy finished(&window, &MainWindow::runFinished);
    runAction(window, "runAction")->trigger();
    RunDock *dock = window.runDock();
    QTRY_COMPARE_WITH_TIMEOUT(cell(*dock, 1, RunDock::InFlightColumn), QString("2 / 2"), 20000);
    QVERIFY(window.isRunning());
    QVERIFY(!runAction(window, "runAction")->isEnabled());
    QVERIFY(!runAction(window, "retryFailedAction")->isEnabled());
    QVERIFY(runAction(window, "cancelRunAction")->isEnabled());
    QAction *pause = runAction(window, "pauseAction");
    QVERIFY(pause->isEnabled());

    QTest::keyClick(&window, Qt::Key_F6);
    QCOMPARE(pause->text(), QString("&Resume"));
    QTRY_COMPARE(labelText(*dock, "summaryTitle"), QString("Paused"));
    QTest::keyClick(&window, Qt::Key_F6);
    QCOMPARE(pause->text(), QString("&Pause"));
    QTRY_COMPARE(labelText(*dock, "summaryTitle"), QString("Running"));

    // Another project is refused while this one runs.
    QString said;
    answerNextMessageBox("runningRefusedBox", QString(), &said, QMessageBox::Ok);
    QVERIFY(!openIn(window, other));
    QVERIFY(said.contains("cannot be opened"));
    QCOMPARE(QDir(window.document()->folder()).dirName(), QString("hanging"));
    QVERIFY(window.isRunning());

    window.activateWindow(); // the message box took it
    QVERIFY(QTest::qWaitForWindowActive(&window));
    QTest::keyClick(&window, Qt::Key_Escape, Qt::ShiftModifier);
    QVERIFY(finished.wait(20000));
    QCOMPARE(labelText(*dock, "summaryTitle"), QString("Cancelled"));
    QVERIFY(!window.isRunning());
    QVERIFY(runAction(window, "runAction")->isEnabled());
    QVERIFY(!pause->isEnabled());
}

void TestRunDock::closingWhileRunningAsks()
{
    Test::LoopbackServer server([](const Test::ReceivedRequest &) {
        Test::Script script;
        script.hang();
        return script;
    });
    QVERIFY(saveProfile("Loopback", server.url("/v1"), false));
    const QString folder = m_dir.filePath("closing");
    QVERIFY(writeProject(folder, llmPipeline("Loopback")));
    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(openIn(window, folder));
    runAction(window, "runAction")->trigger();
    QTRY_VERIFY_WITH_TIMEOUT(server.inFlight() > 0, 20000);

    QString said;
    answerNextMessageBox("runningBox", "keepRunningButton", &said);
    QVERIFY(!window.close());
    QVERIFY(said.contains("still running"));
    QVERIFY(window.isVisible());
    QVERIFY(window.isRunning());
    QVERIFY(window.document());

    answerNextMessageBox("runningBox", "cancelRunButton");
    QVERIFY(window.close());
    QVERIFY(!window.isRunning());
    QCOMPARE(window.document(), nullptr);
    QCOMPARE(labelText(*window.runDock(), "summaryTitle"), QString("Cancelled"));
    QVERIFY(!QFile::exists(folder + "/.seedbed.lock"));
}

void TestRunDock::freshSamplesAsksFirst()
{
    const QString folder = m_dir.filePath("fresh");
    QVERIFY(writeProject(folder, llmPipeline("Nowhere")));
    MainWindow window;
    QVERIFY(openIn(window, folder));
    QSignalSpy finished(&window, &MainWindow::runFinished);
    QString said;
    answerNextMessageBox("freshSamplesBox", QString(), &said, QMessageBox::Cancel);
    runAction(window, "freshSamplesAction")->trigger();
    QVERIFY(said.contains("costs tokens"));
    QCOMPARE(finished.size(), 0); // not started
    QVERIFY(!window.isRunning());

    answerNextMessageBox("freshSamplesBox", "freshRunButton");
    runAction(window, "freshSamplesAction")->trigger();
    QVERIFY(finished.size() == 1 || finished.wait(10000));
    QVERIFY(labelText(*window.runDock(), "summaryDetail").contains("“Nowhere”"));
}

int main(int argc, char **argv)
{
    // Keep settings, recent projects and provider profiles away from the user's own.
    QTemporaryDir home;
    qputenv("XDG_CONFIG_HOME", home.filePath("config").toLocal8Bit());
    qputenv("XDG_DATA_HOME", home.filePath("data").toLocal8Bit());
    QStandardPaths::setTestModeEnabled(true);
    QApplication app(argc, argv);
    QApplication::setOrganizationName("SeedbedTest");
    QApplication::setApplicationName("tst_rundock");
    TestRunDock test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_rundock.moc"
