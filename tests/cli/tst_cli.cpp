// The headless command line, end to end: runs the built seedbed binary as a child process
// without a display, with its configuration in a temporary home.
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLockFile>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

namespace {
const QString binary = QStringLiteral(SEEDBED_BINARY);
const QString exampleSource =
    QStringLiteral(SEEDBED_SOURCE_DIR "/resources/examples/customer-support/project.seedbed");
const QString seedStageId = QStringLiteral("d48e3610-9bc7-4f88-9c4c-bbe675b30f5a");
const QString generateStageId = QStringLiteral("2f36391e-bcf4-49d5-9590-cc227a840cc8");

struct Result
{
    int exitCode = -1;
    QString out;
    QString err;
};

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

void writeAll(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    QCOMPARE(file.write(bytes), bytes.size());
}

QJsonObject readJson(const QString &path)
{
    return QJsonDocument::fromJson(readAll(path)).object();
}

QJsonObject stageById(const QJsonObject &project, const QString &id)
{
    for (const QJsonValue &stage : project.value("stages").toArray()) {
        if (stage.toObject().value("id").toString() == id)
            return stage.toObject();
    }
    return {};
}

// Every file under \a dir that contains \a needle.
QStringList filesContaining(const QString &dir, const QByteArray &needle)
{
    QStringList hits;
    QDirIterator it(dir, QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        if (readAll(path).contains(needle))
            hits << path;
    }
    return hits;
}
} // namespace

class TestCli : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();

    void help();
    void usageErrors_data();
    void usageErrors();
    void reservedCommandsNeverOpenTheWindow();

    void newEmptyProject();
    void newExampleProject();

    void validateGoodProject();
    void validateBrokenFile();
    void validateMissingProject();
    void validatePipelineErrors();

    void statusOfExample();
    void statusCountsRecords();
    void statusOfDamagedData();

    void importCsvWithRaggedRows();
    void importReplace();
    void importIntoNonSeedStage();
    void importAmbiguousName();
    void importIntoLockedProject();
    void importUnreadableFile();

    void providersRoundTrip();
    void providersDuplicateAndMissing();
    void providersTestUnreachable();
    void providersTestReachable();
    void providersKeyStdinWithoutKeychain();

private:
    QProcess *start(const QStringList &arguments, const QHash<QString, QString> &extraEnv = {});
    Result run(const QStringList &arguments, const QHash<QString, QString> &extraEnv = {},
               const QByteArray &input = {});
    QString newExample(const QString &name);

    QTemporaryDir m_home;                 // HOME and XDG_* of every child
    std::unique_ptr<QTemporaryDir> m_dir; // a fresh one per test function, see init()
};

void TestCli::initTestCase()
{
    QVERIFY2(QFileInfo(binary).isExecutable(), qPrintable(binary));
    QVERIFY(m_home.isValid());
    QVERIFY(QDir().mkpath(m_home.filePath("runtime")));
    QFile::setPermissions(m_home.filePath("runtime"),
                          QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
}

void TestCli::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

QProcess *TestCli::start(const QStringList &arguments, const QHash<QString, QString> &extraEnv)
{
    auto *process = new QProcess(this);
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    // No display at all: a command must never need one.
    for (const char *name : {"DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM",
                             "DBUS_SESSION_BUS_ADDRESS", "QT_LOGGING_RULES"})
        env.remove(QString::fromLatin1(name));
    // Nothing may touch the real configuration (nor a real keychain).
    env.insert("HOME", m_home.path());
    env.insert("XDG_CONFIG_HOME", m_home.filePath("config"));
    env.insert("XDG_DATA_HOME", m_home.filePath("data"));
    env.insert("XDG_CACHE_HOME", m_home.filePath("cache"));
    env.insert("XDG_RUNTIME_DIR", m_home.filePath("runtime"));
    env.insert("LANG", "C.UTF-8");
    env.insert("LC_ALL", "C.UTF-8");
    for (auto it = extraEnv.cbegin(); it != extraEnv.cend(); ++it)
        env.insert(it.key(), it.value());
    process->setProcessEnvironment(env);
    process->setWorkingDirectory(m_dir->path());
    process->start(binary, arguments);
    return process;
}

Result TestCli::run(const QStringList &arguments, const QHash<QString, QString> &extraEnv,
                    const QByteArray &input)
{
    std::unique_ptr<QProcess> process(start(arguments, extraEnv));
    Result result;
    if (!process->waitForStarted(10000)) {
        qWarning() << "could not start" << binary << process->errorString();
        return result;
    }
    if (!input.isEmpty())
        process->write(input);
    process->closeWriteChannel();
    if (!process->waitForFinished(60000)) {
        qWarning() << "seedbed" << arguments << "did not finish";
        process->kill();
        process->waitForFinished();
        return result;
    }
    result.out = QString::fromUtf8(process->readAllStandardOutput());
    result.err = QString::fromUtf8(process->readAllStandardError());
    if (process->exitStatus() != QProcess::NormalExit) {
        qWarning() << "seedbed" << arguments << "crashed:" << result.err;
        return result;
    }
    result.exitCode = process->exitCode();
    return result;
}

QString TestCli::newExample(const QString &name)
{
    const QString folder = m_dir->filePath(name);
    const Result result = run({"new", folder, "--example"});
    if (result.exitCode != 0)
        qWarning() << result.err;
    return result.exitCode == 0 ? folder : QString();
}

// ---- help and usage ------------------------------------------------------------------------

void TestCli::help()
{
    for (const QString &flag : {QString("help"), QString("--help")}) {
        const Result result = run({flag});
        QCOMPARE(result.exitCode, 0);
        for (const char *word : {"new", "validate", "status", "import", "providers", "Exit codes",
                                 "--example", "--language"})
            QVERIFY2(result.out.contains(QLatin1String(word)), word);
        for (int code = 0; code <= 5; ++code)
            QVERIFY(result.out.contains(QStringLiteral("  %1  ").arg(code)));
    }
    Result result = run({"help", "import"});
    QCOMPARE(result.exitCode, 0);
    QVERIFY(result.out.startsWith("Usage: seedbed import"));
    QVERIFY(result.out.contains("--stage"));
    QVERIFY(result.out.contains("--replace"));

    result = run({"validate", "--help"});
    QCOMPARE(result.exitCode, 0);
    QVERIFY(result.out.startsWith("Usage: seedbed validate"));

    result = run({"help", "providers", "add"});
    QCOMPARE(result.exitCode, 0);
    QVERIFY(result.out.contains("--key-env"));
    QVERIFY(result.out.contains("--key-stdin"));

    result = run({"--version"});
    QCOMPARE(result.exitCode, 0);
    QVERIFY(result.out.startsWith("seedbed "));
}

void TestCli::usageErrors_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::newRow("validate without project") << QStringList{"validate"};
    QTest::newRow("unknown option") << QStringList{"validate", "--frobnicate", "x"};
    QTest::newRow("too many arguments") << QStringList{"status", "a", "b"};
    QTest::newRow("new without folder") << QStringList{"new"};
    QTest::newRow("new --name with --example")
        << QStringList{"new", "somewhere", "--example", "--name", "X"};
    QTest::newRow("help for no such command") << QStringList{"help", "frobnicate"};
    QTest::newRow("import without --stage") << QStringList{"import", "p", "f.csv"};
    QTest::newRow("import without file") << QStringList{"import", "p", "--stage", "S"};
    QTest::newRow("providers without command") << QStringList{"providers"};
    QTest::newRow("providers unknown command") << QStringList{"providers", "frobnicate"};
    QTest::newRow("providers add without url") << QStringList{"providers", "add", "X"};
    QTest::newRow("providers add bad kind")
        << QStringList{"providers", "add", "X", "--kind", "bogus", "--base-url", "http://a"};
    QTest::newRow("providers add bad url")
        << QStringList{"providers", "add", "X", "--base-url", "not a url"};
    QTest::newRow("providers add bad concurrency")
        << QStringList{"providers", "add", "X", "--base-url", "http://a", "--concurrency", "0"};
    QTest::newRow("providers add bad variable")
        << QStringList{"providers", "add", "X", "--base-url", "http://a", "--key-env", "1-X"};
    QTest::newRow("providers add two key sources") << QStringList{
        "providers", "add", "X", "--base-url", "http://a", "--key-env", "A_KEY", "--key-stdin"};
    QTest::newRow("providers add unknown preset")
        << QStringList{"providers", "add", "X", "--preset", "nope"};
    QTest::newRow("providers test missing option value")
        << QStringList{"providers", "test", "X", "--timeout"};
}

void TestCli::usageErrors()
{
    QFETCH(QStringList, arguments);
    const Result result = run(arguments);
    QCOMPARE(result.exitCode, 1);
    QVERIFY2(!result.err.trimmed().isEmpty(), "a usage error says what is wrong");
    QVERIFY(result.out.isEmpty());
    // Nothing was created by a refused command.
    QVERIFY(!QFile::exists(m_dir->filePath("somewhere")));
    QVERIFY(!QFile::exists(m_home.filePath("config/Seedbed/Seedbed/providers.json")));
}

void TestCli::reservedCommandsNeverOpenTheWindow()
{
    // Without a display the window could not even start: these must stay on the command line.
    const Result run = this->run({"run", m_dir->path()});
    QCOMPARE(run.exitCode, 3); // not a project
    QVERIFY2(run.err.contains("run"), qPrintable(run.err));
    const Result exported = this->run({"export", m_dir->path()});
    QCOMPARE(exported.exitCode, 1); // neither --stage nor --out
    QVERIFY2(exported.err.contains("--stage"), qPrintable(exported.err));
}

// ---- new -----------------------------------------------------------------------------------

void TestCli::newEmptyProject()
{
    const QString folder = m_dir->filePath("Empty one");
    Result result = run({"new", folder});
    QCOMPARE(result.exitCode, 0);
    QVERIFY(result.out.contains("Empty one"));
    QVERIFY(QFile::exists(folder + "/project.seedbed"));
    QVERIFY(QFile::exists(folder + "/data.sqlite"));
    QVERIFY(!QFile::exists(folder + "/.seedbed.lock")); // released when the command ended
    const QJsonObject project = readJson(folder + "/project.seedbed");
    QCOMPARE(project.value("name").toString(), "Empty one");
    QVERIFY(project.value("stages").toArray().isEmpty());

    // A folder that is not empty is refused, and left as it was.
    const QByteArray before = readAll(folder + "/project.seedbed");
    result = run({"new", folder});
    QCOMPARE(result.exitCode, 5);
    QVERIFY(result.err.contains("not empty"));
    QCOMPARE(readAll(folder + "/project.seedbed"), before);

    result = run({"new", m_dir->filePath("named"), "--name", "Chosen name"});
    QCOMPARE(result.exitCode, 0);
    QCOMPARE(readJson(m_dir->filePath("named/project.seedbed")).value("name").toString(),
             "Chosen name");
}

void TestCli::newExampleProject()
{
    const QString folder = newExample("example");
    QVERIFY(!folder.isEmpty());
    QCOMPARE(readAll(folder + "/project.seedbed"), readAll(exampleSource));
    QVERIFY(QFileInfo(folder + "/project.seedbed").isWritable());
    QVERIFY(QFile::exists(folder + "/data.sqlite"));
    QVERIFY(!QFile::exists(folder + "/.seedbed.lock"));

    // Into a folder with something in it: refused, and the something is left alone.
    const QString busy = m_dir->filePath("busy");
    QVERIFY(QDir().mkpath(busy));
    writeAll(busy + "/notes.txt", "mine");
    const Result result = run({"new", busy, "--example"});
    QCOMPARE(result.exitCode, 5);
    QVERIFY(!QFile::exists(busy + "/project.seedbed"));
    QCOMPARE(readAll(busy + "/notes.txt"), QByteArray("mine"));
}

// ---- validate ------------------------------------------------------------------------------

void TestCli::validateGoodProject()
{
    const QString folder = newExample("good");
    QVERIFY(!folder.isEmpty());
    const QByteArray before = readAll(folder + "/project.seedbed");
    Result result = run({"validate", folder});
    QCOMPARE(result.exitCode, 0);
    QVERIFY(result.out.contains("is valid"));

    // The file itself works as well as the folder; --json is machine-readable.
    result = run({"validate", folder + "/project.seedbed", "--json"});
    QCOMPARE(result.exitCode, 0);
    const QJsonObject summary = QJsonDocument::fromJson(result.out.toUtf8()).object();
    QCOMPARE(summary.value("valid").toBool(), true);
    QCOMPARE(summary.value("errors").toInt(), 0);
    QVERIFY(summary.value("problems").isArray());
    QCOMPARE(readAll(folder + "/project.seedbed"), before);
}

void TestCli::validateBrokenFile()
{
    const QString folder = newExample("broken");
    QVERIFY(!folder.isEmpty());
    writeAll(folder + "/project.seedbed", "{ \"format\": \"seedbed-project\", \"version\": 1, ");
    const Result result = run({"validate", folder});
    QCOMPARE(result.exitCode, 3);
    QVERIFY2(result.err.contains("project.seedbed"), qPrintable(result.err));
}

void TestCli::validateMissingProject()
{
    const Result result = run({"validate", m_dir->filePath("nothing here")});
    QCOMPARE(result.exitCode, 3);
    QVERIFY(result.err.contains("no project.seedbed", Qt::CaseInsensitive) ||
            result.err.contains("There is no Seedbed project"));
}

void TestCli::validatePipelineErrors()
{
    const QString folder = newExample("disconnected");
    QVERIFY(!folder.isEmpty());
    QJsonObject project = readJson(folder + "/project.seedbed");
    project.insert("edges", QJsonArray()); // every input unconnected
    writeAll(folder + "/project.seedbed", QJsonDocument(project).toJson());

    Result result = run({"validate", folder});
    QCOMPARE(result.exitCode, 3);
    QVERIFY2(result.out.contains("Generate Q&A"), qPrintable(result.out)); // stage names
    QVERIFY(result.out.contains("error:"));
    QVERIFY(!result.err.isEmpty());

    result = run({"validate", folder, "--json"});
    QCOMPARE(result.exitCode, 3);
    const QJsonObject summary = QJsonDocument::fromJson(result.out.toUtf8()).object();
    QCOMPARE(summary.value("valid").toBool(), false);
    QVERIFY(summary.value("errors").toInt() > 0);
    bool foundError = false;
    for (const QJsonValue &problem : summary.value("problems").toArray()) {
        const QJsonObject object = problem.toObject();
        if (object.value("stageId").toString() == generateStageId) {
            QCOMPARE(object.value("stageName").toString(), "Generate Q&A");
            QVERIFY(!object.value("message").toString().isEmpty());
            foundError = foundError || object.value("severity").toString() == "error";
        }
    }
    QVERIFY(foundError);
}

// ---- status --------------------------------------------------------------------------------

void TestCli::statusOfExample()
{
    const QString folder = newExample("status");
    QVERIFY(!folder.isEmpty());
    const QByteArray projectBefore = readAll(folder + "/project.seedbed");
    const QByteArray dataBefore = readAll(folder + "/data.sqlite");

    // Works while the project is open (locked) elsewhere: status takes no lock.
    QLockFile lock(folder + "/.seedbed.lock");
    QVERIFY(lock.tryLock(0));
    const Result result = run({"status", folder, "--json"});
    QCOMPARE(result.exitCode, 0);
    QJsonParseError error;
    const QJsonObject summary = QJsonDocument::fromJson(result.out.toUtf8(), &error).object();
    QCOMPARE(error.error, QJsonParseError::NoError);
    QCOMPARE(summary.value("project").toString(), "Customer support Q&A (中文 + English)");
    const QJsonArray stages = summary.value("stages").toArray();
    QCOMPARE(stages.size(), 6);
    for (const QJsonValue &value : stages) {
        const QJsonObject stage = value.toObject();
        QVERIFY(!stage.value("name").toString().isEmpty());
        QCOMPARE(stage.value("total").toInt(-1), 0);
        for (const char *status : {"ok", "filtered", "failed", "duplicate"})
            QCOMPARE(stage.value("status").toObject().value(QLatin1String(status)).toInt(-1), 0);
        for (const char *state : {"unreviewed", "accepted", "rejected", "edited"})
            QCOMPARE(stage.value("review").toObject().value(QLatin1String(state)).toInt(-1), 0);
    }
    QCOMPARE(summary.value("totals").toObject().value("total").toInt(-1), 0);
    QVERIFY(summary.value("lastRun").isNull());
    QCOMPARE(summary.value("runs").toInt(-1), 0);

    // Nothing changed, nothing was left beside the data file.
    QCOMPARE(readAll(folder + "/project.seedbed"), projectBefore);
    QCOMPARE(readAll(folder + "/data.sqlite"), dataBefore);
    QVERIFY(!QFile::exists(folder + "/data.sqlite-wal"));
    QVERIFY(!QFile::exists(folder + "/data.sqlite-shm"));
}

void TestCli::statusCountsRecords()
{
    const QString folder = newExample("counted");
    QVERIFY(!folder.isEmpty());
    const QString orphan = QUuid::createUuid().toString(QUuid::WithoutBraces);
    {
        // A live connection stays open while status runs, as a running Seedbed's would: its
        // writes sit in the write-ahead log.
        QSqlDatabase db = QSqlDatabase::addDatabase("QSQLITE", "writer");
        db.setDatabaseName(folder + "/data.sqlite");
        QVERIFY(db.open());
        QSqlQuery query(db);
        QVERIFY2(query.exec("PRAGMA journal_mode = WAL"), qPrintable(query.lastError().text()));
        QVERIFY(query.exec("INSERT INTO runs (id, started_at, finished_at, state) VALUES "
                           "(1, 1700000000000, 1700000060000, 'finished')"));
        QVERIFY(query.exec("INSERT INTO runs (id, started_at, state) VALUES "
                           "(2, 1700000100000, 'interrupted')"));
        const auto insert = [&](const QString &stage, const char *status, const char *review,
                                int count) {
            for (int i = 0; i < count; ++i) {
                QSqlQuery row(db);
                row.prepare("INSERT INTO records (stage_id, run_id, status, review_state) "
                            "VALUES (?, 2, ?, ?)");
                row.addBindValue(stage);
                row.addBindValue(QString::fromLatin1(status));
                row.addBindValue(QString::fromLatin1(review));
                if (!row.exec())
                    return false;
            }
            return true;
        };
        QVERIFY(insert(seedStageId, "ok", "unreviewed", 2));
        QVERIFY(insert(seedStageId, "ok", "accepted", 1));
        QVERIFY(insert(seedStageId, "failed", "unreviewed", 1));
        QVERIFY(insert(generateStageId, "duplicate", "rejected", 2));
        QVERIFY(insert(generateStageId, "filtered", "edited", 1));
        QVERIFY(insert(orphan, "ok", "unreviewed", 3));
        QVERIFY(QFile::exists(folder + "/data.sqlite-wal"));

        Result result = run({"status", folder, "--json"});
        QCOMPARE(result.exitCode, 0);
        const QJsonObject summary = QJsonDocument::fromJson(result.out.toUtf8()).object();
        QJsonObject seed;
        QJsonObject generate;
        QJsonObject removed;
        for (const QJsonValue &value : summary.value("stages").toArray()) {
            const QJsonObject stage = value.toObject();
            if (stage.value("id").toString() == seedStageId)
                seed = stage;
            else if (stage.value("id").toString() == generateStageId)
                generate = stage;
            else if (stage.value("id").toString() == orphan)
                removed = stage;
        }
        QCOMPARE(seed.value("total").toInt(), 4);
        QCOMPARE(seed.value("status").toObject().value("ok").toInt(), 3);
        QCOMPARE(seed.value("status").toObject().value("failed").toInt(), 1);
        QCOMPARE(seed.value("review").toObject().value("accepted").toInt(), 1);
        QCOMPARE(seed.value("review").toObject().value("unreviewed").toInt(), 3);
        QCOMPARE(generate.value("total").toInt(), 3);
        QCOMPARE(generate.value("status").toObject().value("duplicate").toInt(), 2);
        QCOMPARE(generate.value("status").toObject().value("filtered").toInt(), 1);
        QCOMPARE(generate.value("review").toObject().value("rejected").toInt(), 2);
        QCOMPARE(generate.value("review").toObject().value("edited").toInt(), 1);
        QCOMPARE(removed.value("removed").toBool(), true);
        QCOMPARE(removed.value("total").toInt(), 3);
        const QJsonObject totals = summary.value("totals").toObject();
        QCOMPARE(totals.value("total").toInt(), 10);
        QCOMPARE(totals.value("status").toObject().value("ok").toInt(), 6);
        QCOMPARE(summary.value("runs").toInt(), 2);
        const QJsonObject lastRun = summary.value("lastRun").toObject();
        QCOMPARE(lastRun.value("id").toInt(), 2);
        QCOMPARE(lastRun.value("state").toString(), "interrupted");
        QVERIFY(lastRun.value("startedAt").toString().startsWith("2023-11-14T"));
        QVERIFY(lastRun.value("finishedAt").isNull());

        result = run({"status", folder});
        QCOMPARE(result.exitCode, 0);
        QVERIFY(result.out.contains("Seed exchanges"));
        QVERIFY(result.out.contains(orphan));
        QVERIFY(result.out.contains("Last run: #2, interrupted"));
        db.close();
    }
    QSqlDatabase::removeDatabase("writer");
}

void TestCli::statusOfDamagedData()
{
    const QString folder = newExample("damaged");
    QVERIFY(!folder.isEmpty());
    writeAll(folder + "/data.sqlite", QByteArray(4096, 'x'));
    Result result = run({"status", folder, "--json"});
    QCOMPARE(result.exitCode, 3);
    QVERIFY(result.out.isEmpty());
    QVERIFY2(result.err.contains("data.sqlite"), qPrintable(result.err));
    result = run({"validate", folder});
    QCOMPARE(result.exitCode, 3);
    QVERIFY(result.out.contains("data.sqlite"));
}

// ---- import --------------------------------------------------------------------------------

void TestCli::importCsvWithRaggedRows()
{
    const QString folder = newExample("import");
    QVERIFY(!folder.isEmpty());
    const QByteArray before = readAll(folder + "/project.seedbed");
    const int rowsBefore = int(stageById(readJson(folder + "/project.seedbed"), seedStageId)
                                   .value("settings")
                                   .toObject()
                                   .value("rows")
                                   .toArray()
                                   .size());
    QCOMPARE(rowsBefore, 6);
    const QString csv = m_dir->filePath("rows.csv");
    writeAll(csv, "question,answer,category\n"
                  "Where is my parcel?,Let me check.,shipping\n"
                  "Short row,only two\n"
                  "Long row,a,b,c\n"
                  "\"Quoted, with comma\",Fine.,billing\n");

    const Result result = run({"import", folder, "--stage", "Seed exchanges", csv});
    QCOMPARE(result.exitCode, 0);
    QVERIFY2(result.err.contains("Line 3"), qPrintable(result.err));
    QVERIFY2(result.err.contains("Line 4"), qPrintable(result.err));
    QVERIFY(result.out.contains("Seed exchanges"));

    const QByteArray after = readAll(folder + "/project.seedbed");
    QVERIFY(after != before);
    const QJsonArray rows = stageById(readJson(folder + "/project.seedbed"), seedStageId)
                                .value("settings")
                                .toObject()
                                .value("rows")
                                .toArray();
    QCOMPARE(rows.size(), rowsBefore + 3); // the long row was skipped
    QCOMPARE(rows.at(6).toObject().value("question").toString(), "Where is my parcel?");
    QCOMPARE(rows.at(7).toObject().value("question").toString(), "Short row");
    QCOMPARE(rows.at(8).toObject().value("question").toString(), "Quoted, with comma");
    QCOMPARE(rows.at(8).toObject().value("category").toString(), "billing");
    // The rest of the file is untouched: only the seed table's rows changed.
    QCOMPARE(stageById(readJson(folder + "/project.seedbed"), generateStageId),
             stageById(QJsonDocument::fromJson(before).object(), generateStageId));
    QVERIFY(!QFile::exists(folder + "/.seedbed.lock"));
    QCOMPARE(run({"validate", folder}).exitCode, 0);
}

void TestCli::importReplace()
{
    const QString folder = newExample("replace");
    QVERIFY(!folder.isEmpty());
    const QString jsonl = m_dir->filePath("rows.jsonl");
    writeAll(jsonl, "{\"question\": \"Q1\", \"answer\": \"A1\"}\n"
                    "{\"question\": \"Q2\", \"answer\": \"A2\"}\n");
    // By id, this time.
    const Result result = run({"import", folder, jsonl, "--stage", seedStageId, "--replace"});
    QCOMPARE(result.exitCode, 0);
    const QJsonArray rows = stageById(readJson(folder + "/project.seedbed"), seedStageId)
                                .value("settings")
                                .toObject()
                                .value("rows")
                                .toArray();
    QCOMPARE(rows.size(), 2);
    QCOMPARE(rows.at(1).toObject().value("answer").toString(), "A2");
}

void TestCli::importIntoNonSeedStage()
{
    const QString folder = newExample("nonseed");
    QVERIFY(!folder.isEmpty());
    const QByteArray before = readAll(folder + "/project.seedbed");
    const QString csv = m_dir->filePath("rows.csv");
    writeAll(csv, "question,answer\nq,a\n");
    Result result = run({"import", folder, csv, "--stage", "Generate Q&A"});
    QCOMPARE(result.exitCode, 1);
    QVERIFY(result.err.contains("seed table"));
    QVERIFY(result.err.contains(seedStageId)); // names the stage that would do
    QCOMPARE(readAll(folder + "/project.seedbed"), before);

    result = run({"import", folder, csv, "--stage", "No such stage"});
    QCOMPARE(result.exitCode, 1);
    QCOMPARE(readAll(folder + "/project.seedbed"), before);
}

void TestCli::importAmbiguousName()
{
    const QString folder = newExample("ambiguous");
    QVERIFY(!folder.isEmpty());
    QJsonObject project = readJson(folder + "/project.seedbed");
    QJsonArray stages = project.value("stages").toArray();
    QJsonObject twin = stages.at(0).toObject();
    const QString twinId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    twin.insert("id", twinId);
    twin.insert("position", QJsonArray{0, 300});
    stages.append(twin);
    project.insert("stages", stages);
    writeAll(folder + "/project.seedbed", QJsonDocument(project).toJson());
    const QByteArray before = readAll(folder + "/project.seedbed");

    const QString csv = m_dir->filePath("rows.csv");
    writeAll(csv, "question,answer\nq,a\n");
    const Result result = run({"import", folder, csv, "--stage", "Seed exchanges"});
    QCOMPARE(result.exitCode, 1);
    QVERIFY(result.err.contains(seedStageId));
    QVERIFY(result.err.contains(twinId));
    QCOMPARE(readAll(folder + "/project.seedbed"), before);

    QCOMPARE(run({"import", folder, csv, "--stage", twinId}).exitCode, 0);
}

void TestCli::importIntoLockedProject()
{
    const QString folder = newExample("locked");
    QVERIFY(!folder.isEmpty());
    const QByteArray before = readAll(folder + "/project.seedbed");
    const QString csv = m_dir->filePath("rows.csv");
    writeAll(csv, "question,answer\nq,a\n");
    QLockFile lock(folder + "/.seedbed.lock");
    QVERIFY(lock.tryLock(0));
    const Result result = run({"import", folder, csv, "--stage", "Seed exchanges"});
    QCOMPARE(result.exitCode, 3);
    QVERIFY(result.err.contains("already open"));
    QCOMPARE(readAll(folder + "/project.seedbed"), before);
}

void TestCli::importUnreadableFile()
{
    const QString folder = newExample("unreadable");
    QVERIFY(!folder.isEmpty());
    const QByteArray before = readAll(folder + "/project.seedbed");
    Result result =
        run({"import", folder, m_dir->filePath("missing.csv"), "--stage", "Seed exchanges"});
    QCOMPARE(result.exitCode, 5);
    QVERIFY(result.err.contains("missing.csv"));

    // Binary data cannot be read as rows: the import fails and changes nothing.
    const QString binaryFile = m_dir->filePath("image.csv");
    writeAll(binaryFile, QByteArray("\x89PNG\r\n\x1a\n\0\0\0\rIHDR\0\0\0\x01", 20));
    result = run({"import", folder, binaryFile, "--stage", "Seed exchanges"});
    QCOMPARE(result.exitCode, 5);
    QVERIFY(!result.err.isEmpty());
    QCOMPARE(readAll(folder + "/project.seedbed"), before);
}

// ---- providers -----------------------------------------------------------------------------

void TestCli::providersRoundTrip()
{
    const QByteArray canary = "sk-canary-" + QUuid::createUuid().toByteArray(QUuid::Id128);
    const QHash<QString, QString> env{{"SEEDBED_TEST_KEY", QString::fromLatin1(canary)}};

    Result result =
        run({"providers", "add", "Local test", "--kind", "openai", "--base-url",
             "http://127.0.0.1:8000/v1", "--key-env", "SEEDBED_TEST_KEY", "--model", "m1",
             "--model", "m2", "--concurrency", "4", "--rpm", "60", "--tpm", "1000"},
            env);
    QCOMPARE(result.exitCode, 0);
    QVERIFY(!result.out.contains(QString::fromLatin1(canary)));
    result = run({"providers", "add", "Ollama here", "--kind", "ollama", "--base-url",
                  "http://127.0.0.1:11434"},
                 env);
    QCOMPARE(result.exitCode, 0);

    result = run({"providers", "list"}, env);
    QCOMPARE(result.exitCode, 0);
    QVERIFY(result.out.contains("Local test"));
    QVERIFY(result.out.contains("SEEDBED_TEST_KEY"));
    QVERIFY(result.out.contains("http://127.0.0.1:8000/v1"));
    QVERIFY(result.out.contains("ollama"));
    QVERIFY(!result.out.contains(QString::fromLatin1(canary)));

    result = run({"providers", "list", "--json"}, env);
    QCOMPARE(result.exitCode, 0);
    const QJsonArray profiles =
        QJsonDocument::fromJson(result.out.toUtf8()).object().value("profiles").toArray();
    QCOMPARE(profiles.size(), 2);
    const QJsonObject local = profiles.at(0).toObject();
    QCOMPARE(local.value("name").toString(), "Local test");
    QCOMPARE(local.value("kind").toString(), "openai");
    QCOMPARE(local.value("keySource").toString(), "env");
    QCOMPARE(local.value("keyEnvironmentVariable").toString(), "SEEDBED_TEST_KEY");
    QCOMPARE(local.value("maxConcurrency").toInt(), 4);
    QCOMPARE(local.value("requestsPerMinute").toInt(), 60);
    QCOMPARE(local.value("tokensPerMinute").toInt(), 1000);
    QCOMPARE(local.value("models").toArray().size(), 2);
    QCOMPARE(profiles.at(1).toObject().value("keySource").toString(), "none");

    // The profiles live in the temporary configuration, and the key is nowhere in it.
    QVERIFY(QFile::exists(m_home.filePath("config/Seedbed/Seedbed/providers.json")));
    QCOMPARE(filesContaining(m_home.path(), canary), QStringList());

    QCOMPARE(run({"providers", "remove", "Local test"}).exitCode, 0);
    QCOMPARE(run({"providers", "remove", "Ollama here"}).exitCode, 0);
    result = run({"providers", "list", "--json"});
    QCOMPARE(result.exitCode, 0);
    QVERIFY(QJsonDocument::fromJson(result.out.toUtf8())
                .object()
                .value("profiles")
                .toArray()
                .isEmpty());
}

void TestCli::providersDuplicateAndMissing()
{
    QCOMPARE(run({"providers", "add", "Twice", "--base-url", "http://127.0.0.1:9/v1"}).exitCode, 0);
    const QByteArray before = readAll(m_home.filePath("config/Seedbed/Seedbed/providers.json"));
    Result result = run({"providers", "add", "twice", "--base-url", "http://127.0.0.1:9/v1"});
    QCOMPARE(result.exitCode, 1);
    QVERIFY(result.err.contains("already"));
    QCOMPARE(readAll(m_home.filePath("config/Seedbed/Seedbed/providers.json")), before);

    result = run({"providers", "remove", "Nobody"});
    QCOMPARE(result.exitCode, 1);
    result = run({"providers", "test", "Nobody"});
    QCOMPARE(result.exitCode, 1);
    QCOMPARE(run({"providers", "remove", "Twice"}).exitCode, 0);
}

void TestCli::providersTestUnreachable()
{
    // A port nobody listens on: bound, then released.
    quint16 port = 0;
    {
        QTcpServer server;
        QVERIFY(server.listen(QHostAddress::LocalHost));
        port = server.serverPort();
    }
    const QString url = QStringLiteral("http://127.0.0.1:%1/v1").arg(port);
    QCOMPARE(run({"providers", "add", "Nowhere", "--base-url", url}).exitCode, 0);
    const Result result = run({"providers", "test", "Nowhere", "--timeout", "10"});
    QCOMPARE(result.exitCode, 4);
    QVERIFY2(result.err.contains(QString::number(port)), qPrintable(result.err));
    QCOMPARE(run({"providers", "remove", "Nowhere"}).exitCode, 0);

    // A key variable that is not set: said in words, never a crash.
    QCOMPARE(run({"providers", "add", "Keyless", "--base-url", url, "--key-env",
                  "SEEDBED_TEST_UNSET_VARIABLE"})
                 .exitCode,
             0);
    const Result keyless = run({"providers", "test", "Keyless"});
    QCOMPARE(keyless.exitCode, 4);
    QVERIFY(keyless.err.contains("SEEDBED_TEST_UNSET_VARIABLE"));
    QCOMPARE(run({"providers", "remove", "Keyless"}).exitCode, 0);
}

void TestCli::providersTestReachable()
{
    // A tiny OpenAI-compatible server with one model, on the test's event loop.
    QTcpServer server;
    QVERIFY(server.listen(QHostAddress::LocalHost));
    QByteArray seenAuthorization;
    connect(&server, &QTcpServer::newConnection, this, [&] {
        while (QTcpSocket *socket = server.nextPendingConnection()) {
            connect(socket, &QTcpSocket::readyRead, socket, [socket, &seenAuthorization] {
                const QByteArray request = socket->peek(64 * 1024);
                if (!request.contains("\r\n\r\n"))
                    return;
                socket->readAll();
                for (const QByteArray &line : request.split('\n')) {
                    if (line.toLower().startsWith("authorization:"))
                        seenAuthorization = line.mid(14).trimmed();
                }
                const QByteArray body = request.startsWith("GET /v1/models")
                                            ? R"({"object":"list","data":[{"id":"m1"}]})"
                                            : R"({"error":"not found"})";
                const QByteArray status =
                    request.startsWith("GET /v1/models") ? "200 OK" : "404 Not Found";
                socket->write("HTTP/1.1 " + status +
                              "\r\nContent-Type: application/json\r\nContent-Length: " +
                              QByteArray::number(body.size()) + "\r\nConnection: close\r\n\r\n" +
                              body);
                socket->disconnectFromHost();
            });
            connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
        }
    });
    const QString url = QStringLiteral("http://127.0.0.1:%1/v1").arg(server.serverPort());
    const QByteArray key = "sk-test-" + QUuid::createUuid().toByteArray(QUuid::Id128);
    const QHash<QString, QString> env{{"SEEDBED_TEST_KEY", QString::fromLatin1(key)}};
    QCOMPARE(run({"providers", "add", "Loopback", "--base-url", url, "--key-env",
                  "SEEDBED_TEST_KEY", "--model", "m1"},
                 env)
                 .exitCode,
             0);

    // The child needs this process's event loop to be answered: wait without blocking it.
    std::unique_ptr<QProcess> process(start({"providers", "test", "Loopback"}, env));
    QVERIFY(process->waitForStarted(10000));
    QTRY_COMPARE_WITH_TIMEOUT(process->state(), QProcess::NotRunning, 30000);
    const QString out = QString::fromUtf8(process->readAllStandardOutput());
    const QString err = QString::fromUtf8(process->readAllStandardError());
    QCOMPARE(process->exitStatus(), QProcess::NormalExit);
    QVERIFY2(process->exitCode() == 0, qPrintable(err));
    QVERIFY(!out.trimmed().isEmpty());
    QVERIFY(!out.contains(QString::fromLatin1(key)));
    QCOMPARE(seenAuthorization, "Bearer " + key); // the key went to the server, and only there

    // A model the server does not have: the test fails with 4 and says so.
    process.reset(start({"providers", "test", "Loopback", "--model", "m-missing"}, env));
    QVERIFY(process->waitForStarted(10000));
    QTRY_COMPARE_WITH_TIMEOUT(process->state(), QProcess::NotRunning, 30000);
    QCOMPARE(process->exitCode(), 4);
    QVERIFY(QString::fromUtf8(process->readAllStandardError()).contains("m-missing"));
    QCOMPARE(run({"providers", "remove", "Loopback"}).exitCode, 0);
}

void TestCli::providersKeyStdinWithoutKeychain()
{
#ifndef Q_OS_LINUX
    QSKIP("Only on Linux can the test keep the child away from the user's keychain.");
#else
    // No session bus, no display: the keychain cannot be reached, so the key must not be
    // stored anywhere and the profile not added.
    const QByteArray canary = "sk-stdin-canary-" + QUuid::createUuid().toByteArray(QUuid::Id128);
    const Result result =
        run({"providers", "add", "Stdin", "--base-url", "http://127.0.0.1:9/v1", "--key-stdin"}, {},
            canary + "\n");
    QCOMPARE(result.exitCode, 5);
    QVERIFY(result.err.contains("keychain"));
    QVERIFY(!result.out.contains(QString::fromLatin1(canary)));
    QVERIFY(!result.err.contains(QString::fromLatin1(canary)));
    QCOMPARE(filesContaining(m_home.path(), canary), QStringList());
    const Result list = run({"providers", "list"});
    QVERIFY(!list.out.contains("Stdin"));
#endif
}

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
