// An open project on disk: create, open, refuse bad files without touching them, lock against
// a second process, autosave, Save As; opening and Save As prepared in a worker thread.
#include "models/graphcommands.h"
#include "models/pipelinegraph.h"
#include "models/projectdocument.h"
#include "models/projectformat.h"
#include "models/projectstore.h"
#include "testhelpers.h"
#include "threadhelpers.h"

#include <QCryptographicHash>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QProcess>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

#include <iostream>
#include <utility>

using namespace Seedbed;
using Seedbed::Test::LogThreads;
using Seedbed::Test::makeStage;
using Seedbed::Test::waitUntilFinished;

namespace {
QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

void writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(bytes);
}

// Name and checksum of every file under a folder: "nothing on disk changed".
QMap<QString, QByteArray> snapshot(const QString &folder)
{
    QMap<QString, QByteArray> result;
    QDirIterator it(folder, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        result.insert(path, QCryptographicHash::hash(readFile(path), QCryptographicHash::Sha256));
    }
    return result;
}

// Opens \a path the way the window does: prepared in a worker thread, finished here.
std::unique_ptr<ProjectDocument> openInBackground(const QString &path, ProjectError *error)
{
    QFuture<PreparedProject> future = ProjectDocument::prepareOpen(path);
    waitUntilFinished(future);
    return ProjectDocument::finishOpen(future.takeResult(), error);
}

int recordCount(const ProjectDocument &doc)
{
    QSqlQuery query(doc.store()->database());
    return query.exec("SELECT COUNT(*) FROM records") && query.next() ? query.value(0).toInt() : -1;
}

bool insertRecords(const ProjectDocument &doc, int count)
{
    QSqlQuery query(doc.store()->database());
    query.prepare("INSERT INTO records (stage_id, fields) VALUES ('s', ?)");
    for (int i = 0; i < count; ++i) {
        query.addBindValue(QString("{\"q\":%1}").arg(i));
        if (!query.exec())
            return false;
    }
    return true;
}

// Copies the bundled example into \a folder.
void copyExample(const QString &folder)
{
    QVERIFY(QDir().mkpath(folder));
    QVERIFY(
        QFile::copy(":/examples/customer-support/project.seedbed", folder + "/project.seedbed"));
    QFile::setPermissions(folder + "/project.seedbed", QFile::ReadOwner | QFile::WriteOwner);
}
} // namespace

class TestProjectDocument : public QObject
{
    Q_OBJECT

private slots:
    void createThenOpen();
    void openWithoutDatabaseCreatesIt();
    void refusesWithoutChangingDisk_data();
    void refusesWithoutChangingDisk();
    void lockedByAnotherProcess();
    void autosaveAfterEdits();
    void autosaveNeverLaterThanMaxDelay();
    void autosaveDoesNotSplitMergingEdits();
    void unchangedSaveIsByteIdentical();
    void saveFailureKeepsEdits();
    void saveAsCopiesProjectAndDatabase();
    void createRefusesNonEmptyFolder();
    void createRefusesFolderWithOnlyHiddenFiles();
    void saveAsKeepsTheGivenName();
    void openingAHandEditedFileDoesNotRewriteIt();
    void unknownKeysSurviveAnEdit();

    void prepareOpenRunsOffTheCallingThread();
    void droppingAPreparedProjectReleasesTheLock();
    void saveAsInTheBackground();
    void saveAsInTheBackgroundKeepsEditsMadeMeanwhile();
    void failedSwitchToTheCopyRemovesIt();
};

void TestProjectDocument::createThenOpen()
{
    QTemporaryDir dir;
    const QString folder = dir.filePath("Support bot");
    ProjectError error;
    {
        auto doc = ProjectDocument::create(folder, "Support bot", &error);
        QVERIFY2(doc, qPrintable(error.message));
        QVERIFY(QFile::exists(folder + "/project.seedbed"));
        QVERIFY(QFile::exists(folder + "/data.sqlite"));
        QCOMPARE(doc->name(), QStringLiteral("Support bot"));
        doc->undoStack()->push(
            new AddStagesCommand(doc->graph(), {makeStage("seed_table", "Seeds", {10, 20})}));
        QVERIFY(doc->hasUnsavedChanges());
    } // closing saves
    auto doc = ProjectDocument::open(folder + "/project.seedbed", &error);
    QVERIFY2(doc, qPrintable(error.message));
    QCOMPARE(doc->folder(), QDir(folder).absolutePath());
    QCOMPARE(doc->graph()->stages().size(), 1);
    QCOMPARE(doc->graph()->stages().first().position, QPointF(10, 20));
    QCOMPARE(doc->undoStack()->count(), 0); // loading is not an edit
    QVERIFY(!doc->hasUnsavedChanges());
    QVERIFY(doc->store()->isOpen());
}

void TestProjectDocument::openWithoutDatabaseCreatesIt()
{
    // A project fresh from version control has only project.seedbed.
    QTemporaryDir dir;
    copyExample(dir.filePath("p"));
    ProjectError error;
    auto doc = ProjectDocument::open(dir.filePath("p"), &error);
    QVERIFY2(doc, qPrintable(error.message));
    QCOMPARE(doc->graph()->stages().size(), 6);
    QCOMPARE(doc->graph()->edges().size(), 5);
    QVERIFY(QFile::exists(dir.filePath("p/data.sqlite")));
    QCOMPARE(ProjectStore::fileSchemaVersion(dir.filePath("p/data.sqlite")),
             ProjectStore::schemaVersion);
}

void TestProjectDocument::refusesWithoutChangingDisk_data()
{
    QTest::addColumn<QString>("damage");
    QTest::addColumn<int>("code");
    QTest::addColumn<bool>("inBackground"); // prepareOpen() + finishOpen()
    const auto row = [](const char *name, const char *damage, ProjectError::Code code) {
        QTest::newRow(name) << QString(damage) << int(code) << false;
        QTest::addRow("%s, in the background", name) << QString(damage) << int(code) << true;
    };
    row("no project file", "remove", ProjectError::NotFound);
    row("foreign project file", "foreign", ProjectError::NotAProject);
    row("corrupt project file", "truncate", ProjectError::Corrupt);
    row("newer project file", "newer", ProjectError::NewerVersion);
    row("corrupt database", "database", ProjectError::Corrupt);
    row("foreign database", "foreign database", ProjectError::NotAProject);
}

void TestProjectDocument::refusesWithoutChangingDisk()
{
    QFETCH(QString, damage);
    QFETCH(int, code);
    QFETCH(bool, inBackground);
    QTemporaryDir dir;
    const QString folder = dir.filePath("p");
    {
        ProjectError error;
        QVERIFY(ProjectDocument::create(folder, "P", &error));
    }
    const QString file = folder + "/project.seedbed";
    const QString database = folder + "/data.sqlite";
    if (damage == "remove") {
        QFile::remove(file);
    } else if (damage == "foreign") {
        writeFile(file, R"({"name": "a Kiln project", "version": 3})");
    } else if (damage == "truncate") {
        writeFile(file, readFile(file).left(40));
    } else if (damage == "newer") {
        writeFile(file, readFile(file).replace("\"version\": 1", "\"version\": 2"));
    } else if (damage == "database") {
        QByteArray bytes = readFile(database);
        for (qsizetype i = 100; i < bytes.size(); i += 7)
            bytes[i] = char(0xA5);
        writeFile(database, bytes);
    } else {
        writeFile(database, "SQLite format 3 but not really, just a text file pretending\n");
    }
    const auto before = snapshot(folder);

    ProjectError error;
    auto doc =
        inBackground ? openInBackground(folder, &error) : ProjectDocument::open(folder, &error);
    QVERIFY(!doc);
    QCOMPARE(int(error.code), code);
    QVERIFY2(error.message.contains(QDir::toNativeSeparators(folder)), qPrintable(error.message));
    QCOMPARE(snapshot(folder), before); // no lock file, no -wal, no rewrite
}

void TestProjectDocument::lockedByAnotherProcess()
{
    QTemporaryDir dir;
    const QString folder = dir.filePath("p");
    {
        ProjectError error;
        QVERIFY(ProjectDocument::create(folder, "P", &error));
    }
    // A second process (this test binary in "hold" mode) opens the project and keeps it.
    QProcess holder;
    holder.start(QCoreApplication::applicationFilePath(), {"--hold-project", folder});
    QVERIFY(holder.waitForReadyRead(10000));
    QCOMPARE(holder.readLine().trimmed(), QByteArray("open"));

    ProjectError error;
    auto doc = ProjectDocument::open(folder, &error);
    QVERIFY(!doc);
    QCOMPARE(int(error.code), int(ProjectError::Locked));
    QVERIFY2(error.message.contains(QString::number(holder.processId())),
             qPrintable(error.message));
    // The same through the worker thread.
    const QString message = error.message;
    error = {};
    doc = openInBackground(folder, &error);
    QVERIFY(!doc);
    QCOMPARE(int(error.code), int(ProjectError::Locked));
    QCOMPARE(error.message, message);

    holder.closeWriteChannel(); // the holder closes the project and exits
    QVERIFY(holder.waitForFinished(10000));
    doc = ProjectDocument::open(folder, &error);
    QVERIFY2(doc, qPrintable(error.message));
}

void TestProjectDocument::autosaveAfterEdits()
{
    QTemporaryDir dir;
    ProjectError error;
    auto doc = ProjectDocument::create(dir.filePath("p"), "P", &error);
    QVERIFY(doc);
    doc->setSaveDelays(50, 400);
    QSignalSpy saved(doc.get(), &ProjectDocument::saved);
    const Stage seeds = makeStage("seed_table", "Seeds");
    doc->undoStack()->push(new AddStagesCommand(doc->graph(), {seeds}));
    doc->undoStack()->push(new RenameStageCommand(doc->graph(), seeds.id, "Renamed"));
    QTRY_COMPARE_WITH_TIMEOUT(saved.count(), 1, 2000);
    QVERIFY(readFile(doc->projectFilePath()).contains("\"name\": \"Renamed\""));
    QVERIFY(!doc->hasUnsavedChanges());

    // Undo everything: the file returns to its first bytes.
    ProjectData emptyProject;
    emptyProject.name = "P";
    const QByteArray empty = ProjectFormat::serialize(emptyProject);
    doc->undoStack()->undo();
    doc->undoStack()->undo();
    QTRY_COMPARE_WITH_TIMEOUT(readFile(doc->projectFilePath()), empty, 2000);
}

void TestProjectDocument::autosaveNeverLaterThanMaxDelay()
{
    QTemporaryDir dir;
    ProjectError error;
    auto doc = ProjectDocument::create(dir.filePath("p"), "P", &error);
    QVERIFY(doc);
    doc->setSaveDelays(200, 300);
    const Stage seeds = makeStage("seed_table", "Seeds");
    doc->undoStack()->push(new AddStagesCommand(doc->graph(), {seeds}));
    QElapsedTimer clock;
    clock.start();
    // An edit every 50 ms keeps postponing the debounce; the deadline must still save.
    int step = 0;
    while (!readFile(doc->projectFilePath()).contains("Seeds") && clock.elapsed() < 3000) {
        doc->graph()->setStagePosition(seeds.id, QPointF(++step, 0));
        QTest::qWait(50);
    }
    QVERIFY2(clock.elapsed() < 1500, qPrintable(QString::number(clock.elapsed())));
}

void TestProjectDocument::autosaveDoesNotSplitMergingEdits()
{
    QTemporaryDir dir;
    ProjectError error;
    auto doc = ProjectDocument::create(dir.filePath("p"), "P", &error);
    QVERIFY(doc);
    doc->setSaveDelays(10, 20);
    const Stage seeds = makeStage("topic_list", "Topics");
    doc->undoStack()->push(new AddStagesCommand(doc->graph(), {seeds}));
    doc->undoStack()->push(new ChangeSettingCommand(doc->graph(), seeds.id, "field", "t"));
    QSignalSpy saved(doc.get(), &ProjectDocument::saved);
    QTRY_COMPARE_WITH_TIMEOUT(saved.count(), 1, 2000);
    // Typing on after an autosave still extends the same undo step.
    doc->undoStack()->push(new ChangeSettingCommand(doc->graph(), seeds.id, "field", "to"));
    QCOMPARE(doc->undoStack()->count(), 2);
    doc->undoStack()->undo();
    QCOMPARE(doc->graph()->stage(seeds.id)->settings.value("field"), QVariant("topic"));
}

void TestProjectDocument::unchangedSaveIsByteIdentical()
{
    QTemporaryDir dir;
    copyExample(dir.filePath("p"));
    const QByteArray original = readFile(dir.filePath("p/project.seedbed"));
    ProjectError error;
    auto doc = ProjectDocument::open(dir.filePath("p"), &error);
    QVERIFY2(doc, qPrintable(error.message));
    QVERIFY(doc->save(&error));
    QCOMPARE(readFile(doc->projectFilePath()), original);
}

void TestProjectDocument::saveFailureKeepsEdits()
{
    QTemporaryDir dir;
    ProjectError error;
    auto doc = ProjectDocument::create(dir.filePath("p"), "P", &error);
    QVERIFY(doc);
    doc->setSaveDelays(10, 20);
    QSignalSpy failed(doc.get(), &ProjectDocument::saveFailed);
    // A folder in place of the file makes the atomic rename fail, even for root.
    const QString file = doc->projectFilePath();
    QVERIFY(QFile::remove(file));
    QVERIFY(QDir().mkdir(file));
    doc->undoStack()->push(new AddStagesCommand(doc->graph(), {makeStage("seed_table", "S")}));
    QTRY_VERIFY_WITH_TIMEOUT(failed.count() >= 1, 2000);
    QVERIFY2(failed.first().first().toString().contains("Your changes are kept"),
             qPrintable(failed.first().first().toString()));
    QVERIFY(doc->hasUnsavedChanges());
    QCOMPARE(doc->graph()->stages().size(), 1);
    QVERIFY(QDir(file).removeRecursively());
    QTRY_VERIFY_WITH_TIMEOUT(!doc->hasUnsavedChanges(), 3000); // retried by itself
    QVERIFY(readFile(file).contains("\"name\": \"S\""));
}

void TestProjectDocument::saveAsCopiesProjectAndDatabase()
{
    QTemporaryDir dir;
    copyExample(dir.filePath("original"));
    ProjectError error;
    auto doc = ProjectDocument::open(dir.filePath("original"), &error);
    QVERIFY2(doc, qPrintable(error.message));
    {
        QSqlQuery insert(doc->store()->database());
        QVERIFY(insert.exec("INSERT INTO records (stage_id, fields) VALUES ('s', '{\"q\":1}')"));
    }
    QSignalSpy moved(doc.get(), &ProjectDocument::folderChanged);
    QVERIFY2(doc->saveAs(dir.filePath("copy"), QString(), &error), qPrintable(error.message));
    QCOMPARE(moved.count(), 1);
    QCOMPARE(doc->folder(), dir.filePath("copy"));
    QCOMPARE(doc->name(), QStringLiteral("copy"));
    QVERIFY(readFile(dir.filePath("copy/project.seedbed")).contains("\"name\": \"copy\""));
    {
        QSqlQuery count(doc->store()->database());
        QVERIFY(count.exec("SELECT COUNT(*) FROM records"));
        QVERIFY(count.next());
        QCOMPARE(count.value(0).toInt(), 1);
    }
    // The original is released and untouched; it can be opened next to the copy.
    auto original = ProjectDocument::open(dir.filePath("original"), &error);
    QVERIFY2(original, qPrintable(error.message));
    QCOMPARE(original->name(), QStringLiteral("Customer support Q&A (中文 + English)"));
    // Save As into a non-empty folder is refused.
    QVERIFY(!doc->saveAs(dir.filePath("original"), "Again", &error));
    QCOMPARE(int(error.code), int(ProjectError::Io));
}

void TestProjectDocument::createRefusesNonEmptyFolder()
{
    QTemporaryDir dir;
    writeFile(dir.filePath("notes.txt"), "mine");
    ProjectError error;
    QVERIFY(!ProjectDocument::create(dir.path(), "P", &error));
    QCOMPARE(int(error.code), int(ProjectError::Io));
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden), QStringList{"notes.txt"});
}

void TestProjectDocument::createRefusesFolderWithOnlyHiddenFiles()
{
    // A folder holding only .git is not empty: a failed create must never touch it.
    QTemporaryDir dir;
    QVERIFY(QDir(dir.path()).mkpath(".git"));
    writeFile(dir.filePath(".git/HEAD"), "ref: refs/heads/main\n");
    ProjectError error;
    QVERIFY(!ProjectDocument::create(dir.path(), "P", &error));
    QCOMPARE(int(error.code), int(ProjectError::Io));
    QCOMPARE(readFile(dir.filePath(".git/HEAD")), QByteArray("ref: refs/heads/main\n"));
    QCOMPARE(QDir(dir.path()).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot),
             QStringList{".git"});
}

void TestProjectDocument::saveAsKeepsTheGivenName()
{
    QTemporaryDir dir;
    ProjectError error;
    auto doc = ProjectDocument::create(dir.filePath("a"), "First", &error);
    QVERIFY(doc);
    QVERIFY2(doc->saveAs(dir.filePath("support-v2"), "Support v2", &error),
             qPrintable(error.message));
    QCOMPARE(doc->name(), QStringLiteral("Support v2"));
    QVERIFY(
        readFile(dir.filePath("support-v2/project.seedbed")).contains("\"name\": \"Support v2\""));
}

void TestProjectDocument::openingAHandEditedFileDoesNotRewriteIt()
{
    QTemporaryDir dir;
    copyExample(dir.filePath("p"));
    // Not in the writer's exact form: CRLF line endings, as a Windows editor might leave it.
    const QByteArray edited = readFile(dir.filePath("p/project.seedbed")).replace("\n", "\r\n");
    writeFile(dir.filePath("p/project.seedbed"), edited);
    ProjectError error;
    {
        auto doc = ProjectDocument::open(dir.filePath("p"), &error);
        QVERIFY2(doc, qPrintable(error.message));
        QVERIFY(!doc->hasUnsavedChanges());
        QVERIFY(doc->save(&error));
    }
    QCOMPARE(readFile(dir.filePath("p/project.seedbed")), edited);
}

void TestProjectDocument::unknownKeysSurviveAnEdit()
{
    QTemporaryDir dir;
    copyExample(dir.filePath("p"));
    QByteArray bytes = readFile(dir.filePath("p/project.seedbed"));
    bytes.replace("\"version\": 1,", "\"version\": 1,\n  \"comment\": \"reviewed by Li\",");
    bytes.replace("\"type\": \"judge\",", "\"type\": \"judge\",\n      \"notes\": [1, 2],");
    writeFile(dir.filePath("p/project.seedbed"), bytes);
    ProjectError error;
    {
        auto doc = ProjectDocument::open(dir.filePath("p"), &error);
        QVERIFY2(doc, qPrintable(error.message));
        const Stage first = doc->graph()->stages().first();
        doc->undoStack()->push(new RenameStageCommand(doc->graph(), first.id, "Seeds"));
        QVERIFY(doc->save(&error));
    }
    const QByteArray saved = readFile(dir.filePath("p/project.seedbed"));
    QVERIFY(saved.contains("\"comment\": \"reviewed by Li\""));
    QVERIFY(saved.contains("\"notes\": [1, 2]"));
    QVERIFY(saved.contains("\"name\": \"Seeds\""));
}

void TestProjectDocument::prepareOpenRunsOffTheCallingThread()
{
    QTemporaryDir dir;
    const QString folder = dir.filePath("p");
    {
        ProjectError error;
        auto doc = ProjectDocument::create(folder, "Threads", &error);
        QVERIFY2(doc, qPrintable(error.message));
        QVERIFY(insertRecords(*doc, 100));
    }
    const LogThreads log("seedbed.store");
    QFuture<PreparedProject> future = ProjectDocument::prepareOpen(folder + "/project.seedbed");
    waitUntilFinished(future);
    PreparedProject prepared = future.takeResult();
    QVERIFY2(!prepared.error, qPrintable(prepared.error.message));
    QCOMPARE(prepared.folder, QDir(folder).absolutePath());
    QCOMPARE(prepared.data.name, QStringLiteral("Threads"));
    QVERIFY(prepared.lock && prepared.lock->isLocked());
    // The data file was checked in the worker, with a connection of the worker's own.
    const QList<QThread *> threads = log.threadsOf("Prepared");
    QCOMPARE(threads.size(), 1);
    QVERIFY(threads.first() != QThread::currentThread());
    QVERIFY(QSqlDatabase::connectionNames().isEmpty());

    // Held by the prepared project: a second open is refused.
    ProjectError error;
    QVERIFY(!ProjectDocument::open(folder, &error));
    QCOMPARE(int(error.code), int(ProjectError::Locked));

    auto doc = ProjectDocument::finishOpen(std::move(prepared), &error);
    QVERIFY2(doc, qPrintable(error.message));
    QCOMPARE(log.threadsOf("Prepared").size(), 1); // finishing did not check again
    QCOMPARE(doc->name(), QStringLiteral("Threads"));
    QCOMPARE(doc->folder(), QDir(folder).absolutePath());
    QCOMPARE(recordCount(*doc), 100);
    QCOMPARE(doc->undoStack()->count(), 0);
    QVERIFY(!doc->hasUnsavedChanges());
    QCOMPARE(QSqlDatabase::connectionNames(),
             QStringList{doc->store()->database().connectionName()});
}

void TestProjectDocument::droppingAPreparedProjectReleasesTheLock()
{
    QTemporaryDir dir;
    copyExample(dir.filePath("p")); // without a database: the worker creates it
    {
        QFuture<PreparedProject> future = ProjectDocument::prepareOpen(dir.filePath("p"));
        waitUntilFinished(future);
        const PreparedProject prepared = future.takeResult();
        QVERIFY2(!prepared.error, qPrintable(prepared.error.message));
        QVERIFY(QFile::exists(dir.filePath("p/.seedbed.lock")));
        QVERIFY(QFile::exists(dir.filePath("p/data.sqlite")));
    }
    QVERIFY(!QFile::exists(dir.filePath("p/.seedbed.lock")));
    ProjectError error;
    auto doc = ProjectDocument::open(dir.filePath("p"), &error);
    QVERIFY2(doc, qPrintable(error.message));
    QCOMPARE(doc->graph()->stages().size(), 6);
}

void TestProjectDocument::saveAsInTheBackground()
{
    QTemporaryDir dir;
    copyExample(dir.filePath("original"));
    ProjectError error;
    auto doc = openInBackground(dir.filePath("original"), &error);
    QVERIFY2(doc, qPrintable(error.message));
    QVERIFY(insertRecords(*doc, 500));
    QSignalSpy moved(doc.get(), &ProjectDocument::folderChanged);

    const LogThreads log("seedbed.store");
    QFuture<PreparedSaveAs> future = doc->prepareSaveAs(dir.filePath("copy"), "The copy");
    // The document stays open and usable while the copy is written.
    QCOMPARE(doc->folder(), dir.filePath("original"));
    QCOMPARE(recordCount(*doc), 500);
    waitUntilFinished(future);
    PreparedSaveAs prepared = future.takeResult();
    QVERIFY2(!prepared.error, qPrintable(prepared.error.message));
    QCOMPARE(moved.count(), 0); // nothing switches before finishSaveAs()
    QCOMPARE(doc->folder(), dir.filePath("original"));
    const QList<QThread *> copiedIn = log.threadsOf("Backed up");
    QCOMPARE(copiedIn.size(), 1);
    QVERIFY(copiedIn.first() != QThread::currentThread());
    QVERIFY(!log.threadsOf("Prepared").contains(QThread::currentThread()));

    QVERIFY2(doc->finishSaveAs(std::move(prepared), &error), qPrintable(error.message));
    QCOMPARE(moved.count(), 1);
    QCOMPARE(doc->folder(), dir.filePath("copy"));
    QCOMPARE(doc->name(), QStringLiteral("The copy"));
    QCOMPARE(recordCount(*doc), 500);
    QCOMPARE(doc->store()->path(), dir.filePath("copy/data.sqlite"));
    QVERIFY(readFile(dir.filePath("copy/project.seedbed")).contains("\"name\": \"The copy\""));
    QVERIFY(QFile::exists(dir.filePath("copy/.seedbed.lock")));
    QVERIFY(!doc->hasUnsavedChanges());

    // The original is released and untouched.
    QVERIFY(!QFile::exists(dir.filePath("original/.seedbed.lock")));
    auto original = openInBackground(dir.filePath("original"), &error);
    QVERIFY2(original, qPrintable(error.message));
    QCOMPARE(original->name(), QStringLiteral("Customer support Q&A (中文 + English)"));
    QCOMPARE(recordCount(*original), 500);

    // Refusals come back through the result, and leave the target as it was.
    const auto before = snapshot(dir.filePath("original"));
    future = doc->prepareSaveAs(dir.filePath("original"), "Again");
    waitUntilFinished(future);
    QVERIFY(!doc->finishSaveAs(future.takeResult(), &error));
    QCOMPARE(int(error.code), int(ProjectError::Io));
    QVERIFY2(error.message.contains("not empty"), qPrintable(error.message));
    QCOMPARE(snapshot(dir.filePath("original")), before);
    QCOMPARE(doc->folder(), dir.filePath("copy"));
}

void TestProjectDocument::saveAsInTheBackgroundKeepsEditsMadeMeanwhile()
{
    QTemporaryDir dir;
    ProjectError error;
    auto doc = ProjectDocument::create(dir.filePath("a"), "A", &error);
    QVERIFY2(doc, qPrintable(error.message));
    doc->setSaveDelays(10, 20);
    QFuture<PreparedSaveAs> future = doc->prepareSaveAs(dir.filePath("b"), "B");
    // An edit after the copy's project file was taken: it must reach the copy too.
    doc->undoStack()->push(new AddStagesCommand(doc->graph(), {makeStage("judge", "Late")}));
    waitUntilFinished(future);
    QVERIFY2(doc->finishSaveAs(future.takeResult(), &error), qPrintable(error.message));
    QCOMPARE(doc->name(), QStringLiteral("B"));
    QTRY_VERIFY_WITH_TIMEOUT(readFile(dir.filePath("b/project.seedbed")).contains("\"Late\""),
                             3000);
    QVERIFY(readFile(dir.filePath("b/project.seedbed")).contains("\"name\": \"B\""));
    QVERIFY(!doc->hasUnsavedChanges());
}

void TestProjectDocument::failedSwitchToTheCopyRemovesIt()
{
    QTemporaryDir dir;
    ProjectError error;
    auto doc = ProjectDocument::create(dir.filePath("a"), "A", &error);
    QVERIFY2(doc, qPrintable(error.message));
    QVERIFY(insertRecords(*doc, 10));
    QFuture<PreparedSaveAs> future = doc->prepareSaveAs(dir.filePath("b"), "B");
    waitUntilFinished(future);
    PreparedSaveAs prepared = future.takeResult();
    QVERIFY2(!prepared.error, qPrintable(prepared.error.message));
    // Damaged between the worker and the switch: the copy cannot be opened.
    writeFile(dir.filePath("b/data.sqlite"), "not a database any more");
    QVERIFY(!doc->finishSaveAs(std::move(prepared), &error));
    QCOMPARE(int(error.code), int(ProjectError::Corrupt));
    QVERIFY(!QFileInfo::exists(dir.filePath("b"))); // no half copy: the folder was ours
    QCOMPARE(doc->folder(), dir.filePath("a"));     // the original stays open
    QCOMPARE(doc->name(), QStringLiteral("A"));
    QVERIFY(doc->store()->isOpen());
    QCOMPARE(recordCount(*doc), 10);
    QVERIFY(QFile::exists(dir.filePath("a/.seedbed.lock")));
}

// "--hold-project <folder>": open the project, say "open", keep it until stdin closes.
int main(int argc, char **argv)
{
    if (argc == 3 && qstrcmp(argv[1], "--hold-project") == 0) {
        QCoreApplication app(argc, argv);
        ProjectError error;
        auto doc = ProjectDocument::open(QString::fromLocal8Bit(argv[2]), &error);
        if (!doc) {
            std::cout << "failed " << qPrintable(error.message) << std::endl;
            return 1;
        }
        std::cout << "open" << std::endl;
        std::string line;
        while (std::getline(std::cin, line)) {
        }
        return 0;
    }
    QCoreApplication app(argc, argv);
    TestProjectDocument test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_projectdocument.moc"
