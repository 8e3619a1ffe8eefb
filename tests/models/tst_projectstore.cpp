#include "models/projectstore.h"
#include "models/records/recordfilter.h"
#include "models/records/recordindex.h"

#include "threadhelpers.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>
#include <QUuid>
#include <QtConcurrent/QtConcurrentRun>

using Seedbed::ProjectError;
using Seedbed::ProjectStore;
using Seedbed::Test::LogThreads;
using Seedbed::Test::waitUntilFinished;

namespace {

const QString storeData = QStringLiteral(SEEDBED_TEST_DATA "/store");

// Tables and indexes of the current schema, with their sqlite_master type.
const QList<std::pair<QString, QString>> currentSchema = {
    {QStringLiteral("table"), QStringLiteral("records")},
    {QStringLiteral("table"), QStringLiteral("runs")},
    {QStringLiteral("table"), QStringLiteral("reviews")},
    {QStringLiteral("table"), QStringLiteral("llm_calls")},
    {QStringLiteral("table"), QStringLiteral("response_cache")},
    {QStringLiteral("index"), QStringLiteral("records_stage_status")},
    {QStringLiteral("index"), QStringLiteral("records_status")},
    {QStringLiteral("index"), QStringLiteral("records_run")},
    {QStringLiteral("index"), QStringLiteral("records_score")},
    {QStringLiteral("index"), QStringLiteral("records_stage_score")},
    {QStringLiteral("index"), QStringLiteral("records_review_state")},
    {QStringLiteral("index"), QStringLiteral("reviews_record")},
    {QStringLiteral("index"), QStringLiteral("llm_calls_run")},
    {QStringLiteral("table"), QStringLiteral("records_fts")},
    {QStringLiteral("table"), QStringLiteral("records_index_state")},
    {QStringLiteral("index"), QStringLiteral("records_updated")},
    {QStringLiteral("table"), QStringLiteral("record_scores")},
    {QStringLiteral("index"), QStringLiteral("record_scores_judge")},
    {QStringLiteral("index"), QStringLiteral("record_scores_record")},
    {QStringLiteral("trigger"), QStringLiteral("record_scores_insert")},
    {QStringLiteral("trigger"), QStringLiteral("record_scores_update")},
    {QStringLiteral("trigger"), QStringLiteral("record_scores_delete")},
};

// The rows of record_scores, "id judge score" in order.
QStringList recordScores(const QSqlDatabase &db)
{
    QStringList rows;
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral(
            "SELECT record_id, judge, score FROM record_scores ORDER BY record_id, judge")))
        return {query.lastError().text()};
    while (query.next())
        rows.append(QStringLiteral("%1 %2 %3")
                        .arg(query.value(0).toLongLong())
                        .arg(query.value(1).toString())
                        .arg(query.value(2).toDouble()));
    return rows;
}

/*! A plain QSQLITE connection of the test's own, for preparing and inspecting files
    independently of ProjectStore. */
class Connection
{
public:
    enum Mode { ReadWrite, ReadOnly };

    explicit Connection(const QString &path, Mode mode = ReadWrite)
        : m_name(QStringLiteral("test-") + QUuid::createUuid().toString(QUuid::WithoutBraces))
    {
        m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
        if (mode == ReadOnly) {
            // Immutable: not even a -shm file next to checked-in fixtures.
            m_db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_OPEN_URI"));
            m_db.setDatabaseName(QUrl::fromLocalFile(path).toString(QUrl::FullyEncoded) +
                                 QLatin1String("?immutable=1"));
        } else {
            m_db.setDatabaseName(path);
        }
        if (!m_db.open())
            qWarning("%s: %s", qPrintable(path), qPrintable(m_db.lastError().text()));
    }
    ~Connection()
    {
        m_db.close();
        m_db = QSqlDatabase();
        QSqlDatabase::removeDatabase(m_name);
    }
    Connection(const Connection &) = delete;
    Connection &operator=(const Connection &) = delete;

    const QSqlDatabase &db() const { return m_db; }

private:
    QString m_name;
    QSqlDatabase m_db;
};

bool exec(const QSqlDatabase &db, const QString &sql)
{
    QSqlQuery query(db);
    if (!query.exec(sql)) {
        qWarning("%s: %s", qPrintable(sql), qPrintable(query.lastError().text()));
        return false;
    }
    return true;
}

bool execAll(const QString &path, const QStringList &statements)
{
    const Connection connection(path);
    if (!connection.db().isOpen())
        return false;
    for (const QString &sql : statements) {
        if (!exec(connection.db(), sql))
            return false;
    }
    return true;
}

QVariant value(const QSqlDatabase &db, const QString &sql)
{
    QSqlQuery query(db);
    if (!query.exec(sql) || !query.next()) {
        qWarning("%s: %s", qPrintable(sql), qPrintable(query.lastError().text()));
        return {};
    }
    return query.value(0);
}

int rowCount(const QSqlDatabase &db, const QString &table)
{
    return value(db, QStringLiteral("SELECT count(*) FROM ") + table).toInt();
}

QByteArray checksum(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(&file);
    return hash.result().toHex();
}

QStringList entries(const QString &dir)
{
    return QDir(dir).entryList(
        QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot, QDir::Name);
}

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) &&
           file.write(bytes) == bytes.size();
}

bool overwrite(const QString &path, qint64 offset, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::ReadWrite) && file.seek(offset) &&
           file.write(bytes) == bytes.size();
}

// Copies a checked-in file somewhere writable; the copy keeps the source's (maybe read-only)
// permissions, so give it ours.
bool copyFixture(const QString &source, const QString &target)
{
    return QFile::copy(source, target) &&
           QFile::setPermissions(target, QFile::ReadOwner | QFile::WriteOwner);
}

// A valid, closed store with \a records rows, enough to span many pages.
bool makeStore(const QString &path, int records)
{
    ProjectStore store;
    ProjectError error;
    if (!store.create(path, &error)) {
        qWarning("%s", qPrintable(error.message));
        return false;
    }
    QSqlQuery query(store.database());
    query.prepare(
        QStringLiteral("INSERT INTO records (stage_id, fields, scores) VALUES (?, ?, ?)"));
    for (int i = 0; i < records; ++i) {
        query.addBindValue(QStringLiteral("stage-%1").arg(i % 3));
        query.addBindValue(
            QStringLiteral("{\"text\":\"%1\"}").arg(QString(200, QChar(u'a' + i % 26))));
        query.addBindValue(QStringLiteral("{\"quality\":%1}").arg(i % 5));
        if (!query.exec())
            return false;
    }
    return true;
}

// ProjectStore::prepare() in a pool thread, waited for.
ProjectError prepareInWorker(const QString &path)
{
    QFuture<ProjectError> future = QtConcurrent::run([path] {
        ProjectError error;
        ProjectStore::prepare(path, &error);
        return error;
    });
    waitUntilFinished(future);
    return future.result();
}

enum class FileKind {
    Text,
    Json,
    Empty,
    ForeignSqlite,
    ForeignSqliteWal,
    ForeignSqliteWithRecordsTable,
    ForeignApplicationId,
    EmptySqlite,
    CorruptMiddle,
    CorruptTruncated,
    CorruptShortHeader,
    CorruptSchemaPage,
    CorruptPageSize,
    Newer,
};

bool prepareFile(FileKind kind, const QString &path)
{
    const QStringList foreignTables = {
        QStringLiteral("CREATE TABLE contacts (id INTEGER PRIMARY KEY, name TEXT)"),
        QStringLiteral("INSERT INTO contacts (name) VALUES ('Ada'), ('Grace')"),
    };
    switch (kind) {
    case FileKind::Text:
        return writeFile(path, "This is a shopping list, not a database.\nMilk\nBread\n");
    case FileKind::Json:
        return writeFile(path, R"({"format": "seedbed", "version": 1, "stages": []})");
    case FileKind::Empty:
        return writeFile(path, {});
    case FileKind::ForeignSqlite:
        return execAll(path, foreignTables);
    case FileKind::ForeignSqliteWal:
        return execAll(path,
                       QStringList{QStringLiteral("PRAGMA journal_mode = WAL")} + foreignTables);
    case FileKind::ForeignSqliteWithRecordsTable:
        return execAll(path, {QStringLiteral("CREATE TABLE records (id INTEGER PRIMARY KEY)")});
    case FileKind::ForeignApplicationId:
        return execAll(path,
                       QStringList{QStringLiteral("PRAGMA application_id = 1234")} + foreignTables);
    case FileKind::EmptySqlite:
        return execAll(path,
                       {QStringLiteral("CREATE TABLE t (x)"), QStringLiteral("DROP TABLE t")});
    case FileKind::CorruptMiddle: {
        if (!makeStore(path, 400))
            return false;
        // Garbage over whole pages in the middle: b-tree pages no longer parse.
        const qint64 middle = QFileInfo(path).size() / 2 / 4096 * 4096;
        return overwrite(path, middle, QByteArray(3 * 4096, char(0xA5)));
    }
    case FileKind::CorruptTruncated: {
        if (!makeStore(path, 400))
            return false;
        return QFile::resize(path, QFileInfo(path).size() / 2 / 4096 * 4096);
    }
    case FileKind::CorruptShortHeader:
        return makeStore(path, 1) && QFile::resize(path, 60);
    case FileKind::CorruptSchemaPage:
        // The b-tree header of page 1 (the schema table) starts right after the file header.
        return makeStore(path, 1) && overwrite(path, 100, QByteArray(64, char(0xFF)));
    case FileKind::CorruptPageSize:
        // A page size that is not a power of two: SQLite calls it "not a database".
        return makeStore(path, 1) && overwrite(path, 16, QByteArray("\x12\x34", 2));
    case FileKind::Newer:
        return makeStore(path, 3) && execAll(path, {QStringLiteral("PRAGMA user_version = %1")
                                                        .arg(ProjectStore::schemaVersion + 1)});
    }
    return false;
}

} // namespace

class TestProjectStore : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void generateFixtures();

    void createAndReopen();
    void createRefusesExistingPath();
    void pragmas_data();
    void pragmas();
    void schemaObjects_data();
    void schemaObjects();
    void constraints();

    void fixturesCoverEveryOlderVersion();
    void migrateFixture_data();
    void migrateFixture();
    void migrateFromV1KeepsRows();
    void migrateFromV3IndexesRecords();
    void migrateFromV5FillsRecordScores();
    void recordScoresFollowRecords();
    void failedMigrationRollsBack();
    void restampsLostApplicationId();

    void openReadsHotWal();
    void unusualPaths_data();
    void unusualPaths();
    void readOnlyFile();
    void missingFile();
    void refusesAndLeavesUntouched_data();
    void refusesAndLeavesUntouched();
    void fileSchemaVersion_data();
    void fileSchemaVersion();

    void backup();
    void backupRefusesExistingTarget();
    void backupNeedsOpenStore();

    void prepareInAWorkerThenOpenPrepared();
    void openPreparedRefusesAChangedFile_data();
    void openPreparedRefusesAChangedFile();
    void backupInAWorkerWhileTheStoreWrites();
    void backupOfAMissingFile();

    void twoStoresDoNotInterfere();
    void closeReleasesConnection();

private:
    QString fixture(int version) const
    {
        return storeData + QStringLiteral("/v%1.sqlite").arg(version);
    }
};

void TestProjectStore::initTestCase()
{
    QVERIFY(QSqlDatabase::isDriverAvailable(QStringLiteral("QSQLITE")));
}

void TestProjectStore::init()
{
    // Every store and check connection must be gone before its name is removed.
    QTest::failOnWarning(QRegularExpression(QStringLiteral("still in use")));
    QTest::failOnWarning(QRegularExpression(QStringLiteral("duplicate connection name")));
}

void TestProjectStore::cleanup()
{
    QCOMPARE(QSqlDatabase::connectionNames(), QStringList());
}

/* Writes tests/data/store/vN.sqlite for every older schema version N that has no fixture yet,
   by running migration steps 1..N and adding a few rows. See tests/data/store/README.md: run
   once, commit the file, never regenerate it. When a migration step is added, add the rows of
   the version it leaves behind to versionRows. */
void TestProjectStore::generateFixtures()
{
    if (!qEnvironmentVariableIsSet("SEEDBED_GENERATE_STORE_FIXTURES"))
        QSKIP("set SEEDBED_GENERATE_STORE_FIXTURES=1 to (re)generate tests/data/store/v*.sqlite");

    QVERIFY(QDir().mkpath(storeData));
    // Rows every version has; later versions add rows of their own tables.
    const QStringList commonRows = {
        QStringLiteral(
            "INSERT INTO runs (id, started_at, finished_at, state, settings, counters) VALUES "
            "(1, 1700000000000, 1700000060000, 'finished', "
            "'{\"model\":\"gpt-4o-mini\",\"temperature\":0.7}', "
            "'{\"generated\":4,\"filtered\":1,\"failed\":1}')"),
        QStringLiteral(
            "INSERT INTO records (id, stage_id, run_id, fields, parent_ids, status, scores, "
            "review_state, tags, usage, created_at, updated_at) VALUES "
            "(1, 'seed', NULL, '{\"instruction\":\"Greet\",\"response\":\"Grüß dich!\"}', "
            "'[]', 'ok', '{}', 'accepted', '[\"seed\"]', '{}', 1700000000000, "
            "1700000000000), "
            "(2, 'generate', 1, '{\"instruction\":\"Greet\",\"response\":\"Hi\"}', '[1]', "
            "'ok', '{\"quality\":4.5,\"length\":120}', 'edited', '[]', "
            "'{\"tokens_in\":42,\"tokens_out\":17}', 1700000010000, 1700000070000), "
            "(3, 'generate', 1, '{\"instruction\":\"Greet\",\"response\":\"\"}', '[1]', "
            "'filtered', '{\"quality\":1.5}', 'unreviewed', '[]', "
            "'{\"tokens_in\":40,\"tokens_out\":1}', 1700000020000, 1700000020000), "
            "(4, 'generate', 1, '{\"instruction\":\"Greet\",\"response\":\"Hi\"}', '[1]', "
            "'duplicate', '{\"label\":\"dup\",\"quality\":3}', 'rejected', '[\"dup\"]', "
            "'{\"tokens_in\":42,\"tokens_out\":17}', 1700000030000, 1700000080000), "
            "(5, 'generate', 1, '{\"instruction\":\"Greet\"}', '[1]', 'failed', '{}', "
            "'unreviewed', '[]', '{}', 1700000040000, 1700000040000)"),
        QStringLiteral(
            "INSERT INTO reviews (id, record_id, state, edited_fields, note, reviewer, at) "
            "VALUES "
            "(1, 1, 'accepted', NULL, '', 'ana', 1700000050000), "
            "(2, 2, 'edited', '{\"response\":\"Hello!\"}', 'friendlier', 'ana', "
            "1700000070000), "
            "(3, 4, 'rejected', NULL, 'same as 2', 'ben', 1700000080000)"),
    };
    QMap<int, QStringList> versionRows = {
        {1, {}},
        {2,
         {QStringLiteral("UPDATE records SET score = 4.5 WHERE id = 2"),
          QStringLiteral(
              "INSERT INTO llm_calls (id, run_id, stage_id, provider, model, request_hash, "
              "request, response, status, tokens_in, tokens_out, latency_ms, error, at) VALUES "
              "(1, 1, 'generate', 'DeepSeek', 'deepseek-chat', 'abc123', '{\"messages\":[]}', "
              "'Hi', 'ok', 42, 17, 830, NULL, 1700000010000), "
              "(2, 1, 'generate', 'DeepSeek', 'deepseek-chat', 'def456', '{\"messages\":[]}', "
              "NULL, 'error', 0, 0, 120, 'HTTP 429', 1700000040000)"),
          QStringLiteral("INSERT INTO response_cache (key, response, created_at, hits) VALUES "
                         "('abc123', '{\"content\":\"Hi\"}', 1700000010000, 2)")}},
    };
    // Version 3 has the rows of version 2, the runner's resume columns and a record in
    // Chinese (the full-text index of version 4 must find its words).
    QStringList v3Rows = versionRows.value(2);
    v3Rows += {
        QStringLiteral("UPDATE records SET item_key = 'row:' || id, settings_hash = 's1', "
                       "meta = '{\"model\":\"deepseek-chat\",\"promptVersion\":1}' "
                       "WHERE id > 1"),
        QStringLiteral("UPDATE records SET parent_id = 1 WHERE id > 1"),
        QStringLiteral(
            "INSERT INTO records (id, stage_id, run_id, fields, parent_ids, status, scores, "
            "review_state, tags, usage, created_at, updated_at, score, item_key, parent_id, "
            "settings_hash, meta) VALUES (6, 'generate', 1, "
            "'{\"instruction\":\"问候\",\"response\":\"你好，世界！欢迎使用数据集工具。\"}', "
            "'[1]', 'ok', '{\"quality\":5}', 'unreviewed', '[\"中文\"]', '{}', "
            "1700000090000, 1700000090000, 5, 'row:6', 1, 's1', '{}')"),
        QStringLiteral("INSERT INTO stage_state (stage_id, salt) VALUES ('generate', 2)"),
    };
    versionRows.insert(3, v3Rows);
    // Version 4 has the rows of version 3 with the full-text index brought up to date.
    QStringList v4Rows = v3Rows;
    v4Rows += {
        QStringLiteral("INSERT INTO records_fts (rowid, body) SELECT id, fields FROM records"),
        QStringLiteral("UPDATE records_index_state SET value = 6 WHERE key = 'indexed_id'"),
        QStringLiteral("UPDATE records_index_state SET value = 1700000090000 "
                       "WHERE key = 'indexed_at'"),
    };
    versionRows.insert(4, v4Rows);
    // Version 5 has the rows of version 4, a deleted item, and records whose scores are not
    // an object of numbers (version 6 copies the numeric judge scores into record_scores).
    QStringList v5Rows = v4Rows;
    v5Rows += {
        QStringLiteral("INSERT INTO deleted_items (stage_id, item_key, parent_id, deleted_at) "
                       "VALUES ('generate', 'row:9', 1, 1700000095000)"),
        QStringLiteral(
            "INSERT INTO records (id, stage_id, run_id, fields, parent_ids, status, scores, "
            "review_state, tags, usage, created_at, updated_at, score, item_key, parent_id, "
            "settings_hash, meta) VALUES "
            "(7, 'judge', 1, '{\"response\":\"Hi\"}', '[2]', 'ok', "
            "'{\"Quality judge\":8,\"Tone \\\"strict\\\"\":2.25,\"reason\":\"short\"}', "
            "'unreviewed', '[]', '{}', 1700000100000, 1700000100000, 8, 'row:7', 2, 's1', '{}'), "
            "(8, 'judge', 1, '{}', '[3]', 'failed', 'not json', 'unreviewed', '[]', '{}', "
            "1700000110000, 1700000110000, NULL, 'row:8', 3, 's1', '{}'), "
            "(9, 'judge', 1, '{}', '[4]', 'ok', '[1, 2]', 'unreviewed', '[]', '{}', "
            "1700000120000, 1700000120000, NULL, 'row:9b', 4, 's1', '{}')"),
    };
    versionRows.insert(5, v5Rows);
    // A shipped fixture stands for files users have; it is never rewritten by accident.
    for (auto it = versionRows.cbegin(); it != versionRows.cend(); ++it) {
        const int version = it.key();
        const QString path = fixture(version);
        if (QFileInfo::exists(path)) {
            qInfo("%s exists; delete it first to regenerate it", qPrintable(path));
            continue;
        }
        {
            ProjectStore store;
            ProjectError error;
            QVERIFY2(store.createAt(path, version, &error), qPrintable(error.message));
            for (const QString &sql : commonRows + it.value())
                QVERIFY2(exec(store.database(), sql), qPrintable(sql));
        }
        QVERIFY(!QFileInfo::exists(path + QLatin1String("-wal")));
        QCOMPARE(ProjectStore::fileSchemaVersion(path), version);
    }
}

void TestProjectStore::createAndReopen()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("data.sqlite"));
    {
        ProjectStore store;
        ProjectError error;
        QVERIFY2(store.create(path, &error), qPrintable(error.message));
        QVERIFY(!error);
        QVERIFY(store.isOpen());
        QCOMPARE(store.path(), path);
        QVERIFY(exec(store.database(),
                     QStringLiteral("INSERT INTO records (stage_id) VALUES ('a'), ('b')")));
    }
    // Closed cleanly: the WAL was checkpointed into the file.
    QCOMPARE(entries(dir.path()), QStringList{QStringLiteral("data.sqlite")});
    QCOMPARE(ProjectStore::fileSchemaVersion(path), ProjectStore::schemaVersion);

    ProjectStore store;
    ProjectError error;
    QVERIFY2(store.open(path, &error), qPrintable(error.message));
    QCOMPARE(error.code, ProjectError::None);
    QCOMPARE(rowCount(store.database(), QStringLiteral("records")), 2);
    QCOMPARE(value(store.database(), QStringLiteral("SELECT status || '/' || review_state || '/' "
                                                    "|| fields FROM records WHERE id = 1"))
                 .toString(),
             QStringLiteral("ok/unreviewed/{}"));
    store.close();
    QVERIFY(!store.isOpen());
    QVERIFY(store.path().isEmpty());
}

void TestProjectStore::createRefusesExistingPath()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("data.sqlite"));
    QVERIFY(writeFile(path, "precious"));

    ProjectStore store;
    ProjectError error;
    QVERIFY(!store.create(path, &error));
    QCOMPARE(error.code, ProjectError::Io);
    QVERIFY2(error.message.contains(QLatin1String("data.sqlite")), qPrintable(error.message));
    QVERIFY(!store.isOpen());
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), QByteArray("precious"));
    QCOMPARE(entries(dir.path()), QStringList{QStringLiteral("data.sqlite")});

    // A missing folder is an Io error too, and leaves nothing behind.
    QVERIFY(!store.create(dir.filePath(QStringLiteral("no/such/data.sqlite")), &error));
    QCOMPARE(error.code, ProjectError::Io);
}

void TestProjectStore::pragmas_data()
{
    QTest::addColumn<QString>("how");
    QTest::newRow("created") << QStringLiteral("create");
    QTest::newRow("reopened") << QStringLiteral("reopen");
    QTest::newRow("migrated from v1") << QStringLiteral("migrate");
}

void TestProjectStore::pragmas()
{
    QFETCH(QString, how);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("data.sqlite"));
    ProjectStore store;
    ProjectError error;
    if (how == QLatin1String("create")) {
        QVERIFY2(store.create(path, &error), qPrintable(error.message));
    } else {
        if (how == QLatin1String("reopen"))
            QVERIFY(makeStore(path, 1));
        else
            QVERIFY(copyFixture(fixture(1), path));
        QVERIFY2(store.open(path, &error), qPrintable(error.message));
    }

    const QSqlDatabase db = store.database();
    QCOMPARE(value(db, QStringLiteral("PRAGMA application_id")).toInt(),
             ProjectStore::applicationId);
    QCOMPARE(value(db, QStringLiteral("PRAGMA user_version")).toInt(), ProjectStore::schemaVersion);
    QCOMPARE(value(db, QStringLiteral("PRAGMA journal_mode")).toString(), QStringLiteral("wal"));
    QCOMPARE(value(db, QStringLiteral("PRAGMA foreign_keys")).toInt(), 1);
    QCOMPARE(value(db, QStringLiteral("PRAGMA synchronous")).toInt(), 1); // NORMAL
}

void TestProjectStore::schemaObjects_data()
{
    QTest::addColumn<QString>("type");
    QTest::addColumn<QString>("name");
    for (const auto &[type, name] : currentSchema)
        QTest::newRow(qPrintable(name)) << type << name;
}

void TestProjectStore::schemaObjects()
{
    QFETCH(QString, type);
    QFETCH(QString, name);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    ProjectStore store;
    ProjectError error;
    QVERIFY2(store.create(dir.filePath(QStringLiteral("data.sqlite")), &error),
             qPrintable(error.message));
    QSqlQuery query(store.database());
    query.prepare(QStringLiteral("SELECT type FROM sqlite_master WHERE name = ?"));
    query.addBindValue(name);
    QVERIFY(query.exec());
    QVERIFY2(query.next(), qPrintable(name + QLatin1String(" is missing")));
    QCOMPARE(query.value(0).toString(), type);
}

void TestProjectStore::constraints()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    ProjectStore store;
    ProjectError error;
    QVERIFY2(store.create(dir.filePath(QStringLiteral("data.sqlite")), &error),
             qPrintable(error.message));
    const QSqlDatabase db = store.database();

    QVERIFY(exec(db, QStringLiteral("INSERT INTO runs (id) VALUES (1)")));
    QVERIFY(exec(db, QStringLiteral("INSERT INTO records (id, stage_id, run_id, score) "
                                    "VALUES (1, 's', 1, 0.5), (2, 's', 1, NULL)")));
    QVERIFY(
        exec(db, QStringLiteral("INSERT INTO reviews (record_id, state) VALUES (1, 'accepted')")));

    QSqlQuery query(db);
    QVERIFY(
        !query.exec(QStringLiteral("INSERT INTO records (stage_id, status) VALUES ('s', 'meh')")));
    QVERIFY(!query.exec(
        QStringLiteral("INSERT INTO records (stage_id, review_state) VALUES ('s', 'maybe')")));
    QVERIFY(
        !query.exec(QStringLiteral("INSERT INTO reviews (record_id, state) VALUES (1, 'meh')")));
    // foreign_keys is on: a review of no record is refused.
    QVERIFY(!query.exec(
        QStringLiteral("INSERT INTO reviews (record_id, state) VALUES (99, 'accepted')")));
    QVERIFY(
        query.exec(QStringLiteral("INSERT INTO response_cache (key, response) VALUES ('k', 'r')")));
    QVERIFY(!query.exec(
        QStringLiteral("INSERT INTO response_cache (key, response) VALUES ('k', 'r')")));

    // Deleting a record takes its reviews along; deleting a run keeps its records.
    QVERIFY(exec(db, QStringLiteral("DELETE FROM records WHERE id = 1")));
    QCOMPARE(rowCount(db, QStringLiteral("reviews")), 0);
    QVERIFY(exec(db, QStringLiteral("DELETE FROM runs WHERE id = 1")));
    QCOMPARE(rowCount(db, QStringLiteral("records")), 1);
    QVERIFY(value(db, QStringLiteral("SELECT run_id FROM records WHERE id = 2")).isNull());
    QVERIFY(value(db, QStringLiteral("SELECT created_at FROM records WHERE id = 2")).toLongLong() >
            1600000000000LL);
}

void TestProjectStore::fixturesCoverEveryOlderVersion()
{
    for (int version = 1; version < ProjectStore::schemaVersion; ++version) {
        QVERIFY2(QFileInfo::exists(fixture(version)),
                 qPrintable(fixture(version) + QLatin1String(" is missing; see README.md")));
        QCOMPARE(ProjectStore::fileSchemaVersion(fixture(version)), version);
    }
}

void TestProjectStore::migrateFixture_data()
{
    QTest::addColumn<int>("version");
    for (int version = 1; version < ProjectStore::schemaVersion; ++version)
        QTest::addRow("v%d", version) << version;
}

void TestProjectStore::migrateFixture()
{
    QFETCH(int, version);
    const QString source = fixture(version);
    const QByteArray sourceSum = checksum(source);
    const QStringList sourceEntries = entries(storeData);
    QVERIFY(!sourceSum.isEmpty());

    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("data.sqlite"));
    QVERIFY(copyFixture(source, path));

    // Row counts of the old file, per table.
    QMap<QString, int> before;
    {
        const Connection old(source, Connection::ReadOnly);
        QSqlQuery tables(old.db());
        QVERIFY(tables.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table'")));
        while (tables.next())
            before.insert(tables.value(0).toString(), 0);
        for (auto it = before.begin(); it != before.end(); ++it)
            it.value() = rowCount(old.db(), it.key());
    }
    QVERIFY(before.value(QStringLiteral("records")) > 0);

    {
        ProjectStore store;
        ProjectError error;
        QVERIFY2(store.open(path, &error), qPrintable(error.message));
        const QSqlDatabase db = store.database();
        QCOMPARE(value(db, QStringLiteral("PRAGMA user_version")).toInt(),
                 ProjectStore::schemaVersion);
        for (auto it = before.cbegin(); it != before.cend(); ++it)
            QCOMPARE(rowCount(db, it.key()), it.value());
        for (const auto &[type, name] : currentSchema) {
            QVERIFY2(value(db, QStringLiteral("SELECT count(*) FROM sqlite_master "
                                              "WHERE type = '%1' AND name = '%2'")
                                   .arg(type, name))
                             .toInt() == 1,
                     qPrintable(name + QLatin1String(" is missing after migration")));
        }
        QCOMPARE(value(db, QStringLiteral("PRAGMA quick_check")).toString(), QStringLiteral("ok"));
    }
    QCOMPARE(ProjectStore::fileSchemaVersion(path), ProjectStore::schemaVersion);

    // Only the copy was opened for writing; the checked-in file must be as it was.
    QCOMPARE(checksum(source), sourceSum);
    QCOMPARE(entries(storeData), sourceEntries);
}

void TestProjectStore::migrateFromV1KeepsRows()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("data.sqlite"));
    QVERIFY(copyFixture(fixture(1), path));

    ProjectStore store;
    ProjectError error;
    QVERIFY2(store.open(path, &error), qPrintable(error.message));
    const QSqlDatabase db = store.database();

    QCOMPARE(rowCount(db, QStringLiteral("runs")), 1);
    QCOMPARE(rowCount(db, QStringLiteral("records")), 5);
    QCOMPARE(rowCount(db, QStringLiteral("reviews")), 3);
    QCOMPARE(value(db, QStringLiteral("SELECT json_extract(fields, '$.response') FROM records "
                                      "WHERE id = 1"))
                 .toString(),
             QString::fromUtf8("Grüß dich!"));
    QCOMPARE(value(db, QStringLiteral("SELECT edited_fields FROM reviews WHERE id = 2")).toString(),
             QStringLiteral("{\"response\":\"Hello!\"}"));
    QCOMPARE(value(db, QStringLiteral("SELECT settings FROM runs WHERE id = 1")).toString(),
             QStringLiteral("{\"model\":\"gpt-4o-mini\",\"temperature\":0.7}"));

    // Step 2 filled the new score column from the first numeric score.
    QSqlQuery query(db);
    QVERIFY(query.exec(QStringLiteral("SELECT id, score FROM records ORDER BY id")));
    QList<QVariant> scores;
    while (query.next())
        scores.append(query.value(1));
    QCOMPARE(scores.size(), 5);
    QVERIFY(scores.at(0).isNull());
    QCOMPARE(scores.at(1).toDouble(), 4.5);
    QCOMPARE(scores.at(2).toDouble(), 1.5);
    QCOMPARE(scores.at(3).toDouble(), 3.0); // the text "label" is skipped
    QVERIFY(scores.at(4).isNull());

    // The tables step 2 added are there and usable.
    QVERIFY(
        exec(db, QStringLiteral("INSERT INTO llm_calls (run_id, provider, model, request_hash, "
                                "request, status) VALUES (1, 'openai', 'm', 'h', '{}', 'ok')")));
    QVERIFY(
        exec(db, QStringLiteral("INSERT INTO response_cache (key, response) VALUES ('h', '{}')")));
    QCOMPARE(rowCount(db, QStringLiteral("llm_calls")), 1);
}

void TestProjectStore::migrateFromV3IndexesRecords()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("data.sqlite"));
    QVERIFY(copyFixture(fixture(3), path));

    ProjectStore store;
    ProjectError error;
    QVERIFY2(store.open(path, &error), qPrintable(error.message));
    const QSqlDatabase db = store.database();
    QCOMPARE(rowCount(db, QStringLiteral("records")), 6);
    // Step 4 made an empty index; nothing is indexed until it is asked for.
    QCOMPARE(rowCount(db, QStringLiteral("records_fts")), 0);
    QCOMPARE(value(db, QStringLiteral("SELECT value FROM records_index_state "
                                      "WHERE key = 'indexed_id'"))
                 .toInt(),
             0);

    Seedbed::Records::RecordIndex index(path);
    QCOMPARE(index.pending(), 6);
    QVERIFY2(index.update(), qPrintable(index.errorString()));
    QCOMPARE(index.pending(), 0);
    QCOMPARE(rowCount(db, QStringLiteral("records_fts")), 6);

    const auto matching = [&](const QString &text) {
        Seedbed::Records::RecordFilter filter;
        filter.text = text;
        QVariantList bindings;
        QSqlQuery query(db);
        query.prepare(QStringLiteral("SELECT id FROM records WHERE %1 ORDER BY id")
                          .arg(filter.sqlWhere(&bindings)));
        for (const QVariant &binding : std::as_const(bindings))
            query.addBindValue(binding);
        QList<qint64> ids;
        if (!query.exec())
            return QList<qint64>{-1};
        while (query.next())
            ids.append(query.value(0).toLongLong());
        return ids;
    };
    QCOMPARE(matching(QStringLiteral("greet")), (QList<qint64>{1, 2, 3, 4, 5}));
    QCOMPARE(matching(QString::fromUtf8("grüß")), (QList<qint64>{1}));
    QCOMPARE(matching(QString::fromUtf8("世界")), (QList<qint64>{6}));
    QCOMPARE(matching(QString::fromUtf8("中文")), (QList<qint64>{6})); // a tag
    QCOMPARE(matching(QString::fromUtf8("界世")), (QList<qint64>{}));
}

void TestProjectStore::migrateFromV5FillsRecordScores()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("data.sqlite"));
    QVERIFY(copyFixture(fixture(5), path));

    ProjectStore store;
    ProjectError error;
    QVERIFY2(store.open(path, &error), qPrintable(error.message));
    const QSqlDatabase db = store.database();
    // Every numeric member of every scores object; text, malformed JSON and arrays give none.
    QCOMPARE(recordScores(db), (QStringList{
                                   QStringLiteral("2 length 120"),
                                   QStringLiteral("2 quality 4.5"),
                                   QStringLiteral("3 quality 1.5"),
                                   QStringLiteral("4 quality 3"),
                                   QStringLiteral("6 quality 5"),
                                   QStringLiteral("7 Quality judge 8"),
                                   QStringLiteral("7 Tone \"strict\" 2.25"),
                               }));
    // The triggers work on the migrated file.
    QVERIFY(exec(db, QStringLiteral("UPDATE records SET scores = '{\"quality\":2}' WHERE id = 8")));
    QVERIFY(exec(db, QStringLiteral("DELETE FROM records WHERE id = 2")));
    QCOMPARE(recordScores(db), (QStringList{
                                   QStringLiteral("3 quality 1.5"),
                                   QStringLiteral("4 quality 3"),
                                   QStringLiteral("6 quality 5"),
                                   QStringLiteral("7 Quality judge 8"),
                                   QStringLiteral("7 Tone \"strict\" 2.25"),
                                   QStringLiteral("8 quality 2"),
                               }));
}

void TestProjectStore::recordScoresFollowRecords()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("data.sqlite"));
    ProjectStore store;
    ProjectError error;
    QVERIFY2(store.create(path, &error), qPrintable(error.message));
    const QSqlDatabase db = store.database();

    // Insert: the numeric members only; a record without scores, or with malformed ones, is
    // written all the same.
    QVERIFY(exec(db, QStringLiteral("INSERT INTO records (id, stage_id, scores) VALUES "
                                    "(1, 's', '{\"a\":1,\"b\":2.5,\"note\":\"x\",\"n\":null}'), "
                                    "(2, 's', '{}'), (3, 's', 'oops'), (4, 's', '7'), "
                                    "(5, 's', '{\"a\":-3,\"nested\":{\"b\":1}}')")));
    QCOMPARE(recordScores(db), (QStringList{QStringLiteral("1 a 1"), QStringLiteral("1 b 2.5"),
                                            QStringLiteral("5 a -3")}));
    // Update of the scores: replaced; of another column: untouched.
    QVERIFY(exec(db, QStringLiteral("UPDATE records SET scores = '{\"b\":9}' WHERE id = 1")));
    QVERIFY(exec(db, QStringLiteral("UPDATE records SET scores = '{\"c\":0}' WHERE id = 2")));
    QVERIFY(exec(db, QStringLiteral("UPDATE records SET scores = '{}' WHERE id = 5")));
    QVERIFY(exec(db, QStringLiteral("UPDATE records SET status = 'filtered', fields = '{}'")));
    QCOMPARE(recordScores(db), (QStringList{QStringLiteral("1 b 9"), QStringLiteral("2 c 0")}));
    // Delete: with foreign keys (the store's connection) and without (the trigger alone).
    QVERIFY(exec(db, QStringLiteral("DELETE FROM records WHERE id = 1")));
    QCOMPARE(recordScores(db), (QStringList{QStringLiteral("2 c 0")}));
    QVERIFY(exec(db, QStringLiteral("PRAGMA foreign_keys = OFF")));
    QVERIFY(exec(db, QStringLiteral("DELETE FROM records WHERE id = 2")));
    QVERIFY(exec(db, QStringLiteral("PRAGMA foreign_keys = ON")));
    QCOMPARE(recordScores(db), QStringList());
    // A bulk insert as the runner's (many rows in one transaction), then a bulk re-judge.
    QVERIFY(exec(
        db, QStringLiteral("WITH RECURSIVE n(i) AS (SELECT 10 UNION ALL SELECT i + 1 FROM n "
                           "WHERE i < 1009) INSERT INTO records (id, stage_id, scores) SELECT i, "
                           "'s', json_object('J', i % 10, 'K', i / 2.0) FROM n")));
    QCOMPARE(value(db, QStringLiteral("SELECT count(*) FROM record_scores")).toInt(), 2000);
    QCOMPARE(value(db, QStringLiteral("SELECT count(*) FROM record_scores r JOIN records ON "
                                      "records.id = r.record_id WHERE r.score IS NOT "
                                      "json_extract(records.scores, '$.' || r.judge)"))
                 .toInt(),
             0);
    QVERIFY(exec(db, QStringLiteral("UPDATE records SET scores = json_set(scores, '$.J', 1) "
                                    "WHERE id % 2 = 0")));
    QCOMPARE(value(db, QStringLiteral("SELECT count(*) FROM record_scores WHERE judge = 'J' AND "
                                      "score = 1"))
                 .toInt(),
             500 + 100); // the even ids, and the odd ones ending in 1
    QCOMPARE(value(db, QStringLiteral("SELECT count(*) FROM record_scores")).toInt(), 2000);
}

void TestProjectStore::failedMigrationRollsBack()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("data.sqlite"));
    QVERIFY(copyFixture(fixture(1), path));
    // An object in the way of step 2, after its first statements have run.
    QVERIFY(execAll(path, {QStringLiteral("CREATE TABLE llm_calls (x)")}));

    ProjectStore store;
    ProjectError error;
    QVERIFY(!store.open(path, &error));
    QCOMPARE(error.code, ProjectError::Io);
    QVERIFY2(error.message.contains(QLatin1String("data format 1 to 2")),
             qPrintable(error.message));
    QVERIFY(!store.isOpen());

    // Still a complete version 1 file: the step's earlier statements were rolled back.
    QCOMPARE(ProjectStore::fileSchemaVersion(path), 1);
    const Connection check(path);
    QSqlQuery query(check.db());
    QVERIFY(query.exec(QStringLiteral("SELECT * FROM records LIMIT 0")));
    QVERIFY(query.record().indexOf(QStringLiteral("score")) < 0);
    QCOMPARE(value(check.db(), QStringLiteral("SELECT count(*) FROM sqlite_master "
                                              "WHERE name = 'records_score'"))
                 .toInt(),
             0);
    QCOMPARE(rowCount(check.db(), QStringLiteral("records")), 5);
}

void TestProjectStore::restampsLostApplicationId()
{
    // Tools that rebuild a file (a dump and reload) drop the application id but keep our
    // tables and version: still ours.
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("data.sqlite"));
    QVERIFY(copyFixture(fixture(1), path));
    QVERIFY(execAll(path, {QStringLiteral("PRAGMA application_id = 0")}));
    QCOMPARE(ProjectStore::fileSchemaVersion(path), 1);

    ProjectStore store;
    ProjectError error;
    QVERIFY2(store.open(path, &error), qPrintable(error.message));
    QCOMPARE(value(store.database(), QStringLiteral("PRAGMA application_id")).toInt(),
             ProjectStore::applicationId);
    QCOMPARE(value(store.database(), QStringLiteral("PRAGMA user_version")).toInt(),
             ProjectStore::schemaVersion);
    QCOMPARE(rowCount(store.database(), QStringLiteral("records")), 5);
}

void TestProjectStore::openReadsHotWal()
{
    // As after a crash: the main file plus a WAL holding the schema and rows.
    QTemporaryDir live;
    QTemporaryDir crashed;
    QVERIFY(live.isValid() && crashed.isValid());
    const QString livePath = live.filePath(QStringLiteral("data.sqlite"));
    const QString path = crashed.filePath(QStringLiteral("data.sqlite"));
    {
        ProjectStore store;
        ProjectError error;
        QVERIFY2(store.create(livePath, &error), qPrintable(error.message));
        QVERIFY(exec(store.database(),
                     QStringLiteral("INSERT INTO records (stage_id) VALUES ('a'), ('b'), ('c')")));
        QVERIFY(QFile::copy(livePath, path));
        QVERIFY(QFile::copy(livePath + QLatin1String("-wal"), path + QLatin1String("-wal")));

        // A second store on the live file while the first has it open.
        ProjectStore second;
        QVERIFY2(second.open(livePath, &error), qPrintable(error.message));
        QCOMPARE(rowCount(second.database(), QStringLiteral("records")), 3);
    }

    QCOMPARE(ProjectStore::fileSchemaVersion(path), ProjectStore::schemaVersion);
    ProjectStore store;
    ProjectError error;
    QVERIFY2(store.open(path, &error), qPrintable(error.message));
    QCOMPARE(rowCount(store.database(), QStringLiteral("records")), 3);
}

void TestProjectStore::unusualPaths_data()
{
    // The read-only checks pass the path to SQLite as a URI: these must survive encoding.
    QTest::addColumn<QString>("name");
    QTest::newRow("space") << QStringLiteral("my data.sqlite");
    QTest::newRow("uri characters") << QStringLiteral("a#b?c=d&e.sqlite");
    QTest::newRow("percent") << QStringLiteral("100%25 done.sqlite");
    QTest::newRow("non-ascii") << QString::fromUtf8("données €.sqlite");
}

void TestProjectStore::unusualPaths()
{
    QFETCH(QString, name);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(name);
    QVERIFY(makeStore(path, 2));
    QCOMPARE(ProjectStore::fileSchemaVersion(path), ProjectStore::schemaVersion);
    {
        ProjectStore store;
        ProjectError error;
        QVERIFY2(store.open(path, &error), qPrintable(error.message));
        QCOMPARE(rowCount(store.database(), QStringLiteral("records")), 2);
    }
    QCOMPARE(entries(dir.path()), QStringList{name});

    const QString foreign = dir.filePath(QStringLiteral("x ") + name);
    QVERIFY(prepareFile(FileKind::ForeignSqlite, foreign));
    ProjectStore store;
    ProjectError error;
    QVERIFY(!store.open(foreign, &error));
    QCOMPARE(error.code, ProjectError::NotAProject);
}

void TestProjectStore::readOnlyFile()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("data.sqlite"));
    QVERIFY(makeStore(path, 1));
    QVERIFY(QFile::setPermissions(path, QFile::ReadOwner | QFile::ReadGroup | QFile::ReadOther));
    if (QFileInfo(path).isWritable())
        QSKIP("permissions do not apply (running as root?)");
    const QByteArray before = checksum(path);

    ProjectStore store;
    ProjectError error;
    QVERIFY(!store.open(path, &error));
    QCOMPARE(error.code, ProjectError::Io);
    QVERIFY2(error.message.contains(QLatin1String("read-only")), qPrintable(error.message));
    QCOMPARE(checksum(path), before);
    QCOMPARE(ProjectStore::fileSchemaVersion(path), ProjectStore::schemaVersion);
}

void TestProjectStore::missingFile()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("data.sqlite"));
    ProjectStore store;
    ProjectError error;
    QVERIFY(!store.open(path, &error));
    QCOMPARE(error.code, ProjectError::NotFound);
    QVERIFY(error.message.contains(QLatin1String("data.sqlite")));
    QVERIFY(entries(dir.path()).isEmpty()); // not created by trying
}

void TestProjectStore::refusesAndLeavesUntouched_data()
{
    QTest::addColumn<int>("kind");
    QTest::addColumn<int>("expected");
    QTest::addColumn<bool>("inWorker"); // ProjectStore::prepare() in a worker thread
    const auto row = [](const char *name, FileKind kind, ProjectError::Code code) {
        QTest::newRow(name) << int(kind) << int(code) << false;
        QTest::addRow("%s, prepared in a worker", name) << int(kind) << int(code) << true;
    };
    row("text file", FileKind::Text, ProjectError::NotAProject);
    row("json file", FileKind::Json, ProjectError::NotAProject);
    row("empty file", FileKind::Empty, ProjectError::NotAProject);
    row("foreign sqlite", FileKind::ForeignSqlite, ProjectError::NotAProject);
    row("foreign sqlite in wal mode", FileKind::ForeignSqliteWal, ProjectError::NotAProject);
    row("foreign sqlite with a records table", FileKind::ForeignSqliteWithRecordsTable,
        ProjectError::NotAProject);
    row("foreign application id", FileKind::ForeignApplicationId, ProjectError::NotAProject);
    row("empty sqlite", FileKind::EmptySqlite, ProjectError::NotAProject);
    row("garbage in the middle", FileKind::CorruptMiddle, ProjectError::Corrupt);
    row("truncated", FileKind::CorruptTruncated, ProjectError::Corrupt);
    row("truncated header", FileKind::CorruptShortHeader, ProjectError::Corrupt);
    row("damaged schema page", FileKind::CorruptSchemaPage, ProjectError::Corrupt);
    row("bad page size", FileKind::CorruptPageSize, ProjectError::Corrupt);
    row("newer version", FileKind::Newer, ProjectError::NewerVersion);
}

void TestProjectStore::refusesAndLeavesUntouched()
{
    QFETCH(int, kind);
    QFETCH(int, expected);
    QFETCH(bool, inWorker);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("data.sqlite"));
    QVERIFY(prepareFile(FileKind(kind), path));

    const QByteArray before = checksum(path);
    const QStringList entriesBefore = entries(dir.path());
    QCOMPARE(entriesBefore, QStringList{QStringLiteral("data.sqlite")});

    {
        ProjectStore store;
        ProjectError error;
        if (inWorker)
            error = prepareInWorker(path);
        else
            QVERIFY(!store.open(path, &error));
        QCOMPARE(int(error.code), expected);
        QVERIFY(!store.isOpen());
        QVERIFY2(error.message.contains(QLatin1String("data.sqlite")), qPrintable(error.message));
        switch (error.code) {
        case ProjectError::NotAProject:
            QVERIFY2(error.message.contains(QLatin1String("not a Seedbed data file")),
                     qPrintable(error.message));
            break;
        case ProjectError::Corrupt:
            QVERIFY2(error.message.contains(QLatin1String("damaged")) &&
                         error.message.contains(QLatin1String("backup")),
                     qPrintable(error.message));
            break;
        case ProjectError::NewerVersion:
            QVERIFY2(error.message.contains(
                         QStringLiteral("newer version of Seedbed (data format %1); this version "
                                        "reads up to %2. Update Seedbed")
                             .arg(ProjectStore::schemaVersion + 1)
                             .arg(ProjectStore::schemaVersion)),
                     qPrintable(error.message));
            break;
        default:
            QFAIL(qPrintable(error.message));
        }
    }

    QCOMPARE(checksum(path), before);
    QCOMPARE(entries(dir.path()), entriesBefore); // no -wal, -shm or -journal left behind
}

void TestProjectStore::fileSchemaVersion_data()
{
    QTest::addColumn<QString>("what");
    QTest::addColumn<int>("expected");
    QTest::newRow("current") << QStringLiteral("current") << ProjectStore::schemaVersion;
    QTest::newRow("v1 fixture") << QStringLiteral("v1") << 1;
    QTest::newRow("newer") << QStringLiteral("newer") << ProjectStore::schemaVersion + 1;
    QTest::newRow("missing") << QStringLiteral("missing") << -1;
    QTest::newRow("text") << QStringLiteral("text") << -1;
    QTest::newRow("foreign sqlite") << QStringLiteral("foreign") << -1;
}

void TestProjectStore::fileSchemaVersion()
{
    QFETCH(QString, what);
    QFETCH(int, expected);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QString path = dir.filePath(QStringLiteral("data.sqlite"));
    if (what == QLatin1String("current"))
        QVERIFY(makeStore(path, 1));
    else if (what == QLatin1String("v1"))
        path = fixture(1); // read in place: the peek must not write
    else if (what == QLatin1String("newer"))
        QVERIFY(prepareFile(FileKind::Newer, path));
    else if (what == QLatin1String("text"))
        QVERIFY(prepareFile(FileKind::Text, path));
    else if (what == QLatin1String("foreign"))
        QVERIFY(prepareFile(FileKind::ForeignSqlite, path));

    const QByteArray before = checksum(path);
    const QStringList entriesBefore = entries(QFileInfo(path).path());
    QCOMPARE(ProjectStore::fileSchemaVersion(path), expected);
    QCOMPARE(checksum(path), before);
    QCOMPARE(entries(QFileInfo(path).path()), entriesBefore);
}

void TestProjectStore::backup()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("data.sqlite"));
    const QString target = dir.filePath(QStringLiteral("backup.sqlite"));

    ProjectStore store;
    ProjectError error;
    QVERIFY2(store.create(path, &error), qPrintable(error.message));
    // Rows still in the WAL only: the backup must hold them all the same.
    QVERIFY(
        exec(store.database(),
             QStringLiteral("INSERT INTO records (stage_id, score) VALUES ('a', 1), ('b', 2)")));
    QVERIFY(QFileInfo::exists(path + QLatin1String("-wal")));
    QVERIFY2(store.backupTo(target, &error), qPrintable(error.message));
    QVERIFY(store.isOpen());

    QCOMPARE(ProjectStore::fileSchemaVersion(target), ProjectStore::schemaVersion);
    ProjectStore copy;
    QVERIFY2(copy.open(target, &error), qPrintable(error.message));
    QCOMPARE(rowCount(copy.database(), QStringLiteral("records")), 2);
    QCOMPARE(value(copy.database(), QStringLiteral("SELECT sum(score) FROM records")).toDouble(),
             3.0);
    QCOMPARE(value(copy.database(), QStringLiteral("PRAGMA application_id")).toInt(),
             ProjectStore::applicationId);
}

void TestProjectStore::backupRefusesExistingTarget()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString target = dir.filePath(QStringLiteral("backup.sqlite"));
    QVERIFY(writeFile(target, "older backup"));

    ProjectStore store;
    ProjectError error;
    QVERIFY2(store.create(dir.filePath(QStringLiteral("data.sqlite")), &error),
             qPrintable(error.message));
    QVERIFY(!store.backupTo(target, &error));
    QCOMPARE(error.code, ProjectError::Io);
    QVERIFY2(error.message.contains(QLatin1String("backup.sqlite")), qPrintable(error.message));
    QFile file(target);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), QByteArray("older backup"));

    // An unwritable place fails clearly too, without debris.
    QVERIFY(!store.backupTo(dir.filePath(QStringLiteral("no/such/backup.sqlite")), &error));
    QCOMPARE(error.code, ProjectError::Io);
}

void TestProjectStore::backupNeedsOpenStore()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const ProjectStore store;
    ProjectError error;
    QVERIFY(!store.backupTo(dir.filePath(QStringLiteral("backup.sqlite")), &error));
    QCOMPARE(error.code, ProjectError::Io);
    QVERIFY(entries(dir.path()).isEmpty());
}

void TestProjectStore::twoStoresDoNotInterfere()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString pathA = dir.filePath(QStringLiteral("a.sqlite"));
    const QString pathB = dir.filePath(QStringLiteral("b.sqlite"));
    ProjectStore a;
    ProjectStore b;
    ProjectError error;
    QVERIFY2(a.create(pathA, &error), qPrintable(error.message));
    QVERIFY2(b.create(pathB, &error), qPrintable(error.message));
    QVERIFY(a.database().connectionName() != b.database().connectionName());

    QVERIFY(
        exec(a.database(), QStringLiteral("INSERT INTO records (stage_id) VALUES ('a'), ('a')")));
    QVERIFY(exec(b.database(), QStringLiteral("INSERT INTO records (stage_id) VALUES ('b')")));
    QCOMPARE(rowCount(a.database(), QStringLiteral("records")), 2);
    QCOMPARE(rowCount(b.database(), QStringLiteral("records")), 1);

    // Closing one leaves the other working.
    a.close();
    QVERIFY(!a.isOpen());
    QVERIFY(b.isOpen());
    QVERIFY(exec(b.database(), QStringLiteral("INSERT INTO records (stage_id) VALUES ('b')")));
    QCOMPARE(rowCount(b.database(), QStringLiteral("records")), 2);

    // Reopening one store on the other's file after it closed works as well.
    b.close();
    QVERIFY2(a.open(pathB, &error), qPrintable(error.message));
    QCOMPARE(rowCount(a.database(), QStringLiteral("records")), 2);
}

void TestProjectStore::closeReleasesConnection()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("data.sqlite"));
    QString name;
    {
        ProjectStore store;
        ProjectError error;
        QVERIFY2(store.create(path, &error), qPrintable(error.message));
        name = store.database().connectionName();
        QVERIFY(QSqlDatabase::connectionNames().contains(name));
        store.close();
        QVERIFY(!QSqlDatabase::contains(name));
        QVERIFY(!store.database().isValid());
        store.close(); // harmless twice

        QVERIFY2(store.open(path, &error), qPrintable(error.message));
        QCOMPARE(store.database().connectionName(), name);
        // open() while open starts over cleanly.
        QVERIFY2(store.open(path, &error), qPrintable(error.message));
    }
    // The destructor closed it.
    QVERIFY(!QSqlDatabase::contains(name));
    QCOMPARE(entries(dir.path()), QStringList{QStringLiteral("data.sqlite")});
}

void TestProjectStore::prepareInAWorkerThenOpenPrepared()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("data.sqlite"));
    QVERIFY(copyFixture(fixture(1), path));

    const LogThreads log("seedbed.store");
    const ProjectError error = prepareInWorker(path);
    QVERIFY2(!error, qPrintable(error.message));
    const QList<QThread *> threads = log.threadsOf(QStringLiteral("Prepared"));
    QCOMPARE(threads.size(), 1);
    QVERIFY(threads.first() != QThread::currentThread());
    // Migrated and switched to WAL there, and no connection of the worker's is left.
    QCOMPARE(ProjectStore::fileSchemaVersion(path), ProjectStore::schemaVersion);
    QVERIFY(QSqlDatabase::connectionNames().isEmpty());
    QCOMPARE(entries(dir.path()), QStringList{QStringLiteral("data.sqlite")});

    ProjectStore store;
    ProjectError openError;
    QVERIFY2(store.openPrepared(path, &openError), qPrintable(openError.message));
    QCOMPARE(store.path(), path);
    QVERIFY(log.threadsOf(QStringLiteral("Prepared")).size() == 1); // no second preparation
    const QSqlDatabase db = store.database();
    QCOMPARE(rowCount(db, QStringLiteral("records")), 5);
    QCOMPARE(value(db, QStringLiteral("PRAGMA journal_mode")).toString(), QStringLiteral("wal"));
    QCOMPARE(value(db, QStringLiteral("PRAGMA foreign_keys")).toInt(), 1);
    QCOMPARE(value(db, QStringLiteral("PRAGMA synchronous")).toInt(), 1);
    QVERIFY(exec(db, QStringLiteral("INSERT INTO llm_calls (provider, model, request_hash, "
                                    "request, status) VALUES ('p', 'm', 'h', '{}', 'ok')")));
}

void TestProjectStore::openPreparedRefusesAChangedFile_data()
{
    QTest::addColumn<QString>("what");
    QTest::addColumn<int>("expected");
    QTest::newRow("older, not prepared") << QStringLiteral("v1") << int(ProjectError::Io);
    QTest::newRow("foreign") << QStringLiteral("foreign") << int(ProjectError::NotAProject);
    QTest::newRow("newer") << QStringLiteral("newer") << int(ProjectError::NewerVersion);
    QTest::newRow("text") << QStringLiteral("text") << int(ProjectError::Corrupt);
    QTest::newRow("missing") << QStringLiteral("missing") << int(ProjectError::NotFound);
}

void TestProjectStore::openPreparedRefusesAChangedFile()
{
    QFETCH(QString, what);
    QFETCH(int, expected);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("data.sqlite"));
    if (what == QLatin1String("v1"))
        QVERIFY(copyFixture(fixture(1), path));
    else if (what == QLatin1String("foreign"))
        QVERIFY(prepareFile(FileKind::ForeignSqlite, path));
    else if (what == QLatin1String("newer"))
        QVERIFY(prepareFile(FileKind::Newer, path));
    else if (what == QLatin1String("text"))
        QVERIFY(prepareFile(FileKind::Text, path));
    const QByteArray before = checksum(path);
    const QStringList entriesBefore = entries(dir.path());

    ProjectStore store;
    ProjectError error;
    QVERIFY(!store.openPrepared(path, &error));
    QCOMPARE(int(error.code), expected);
    QVERIFY2(error.message.contains(QLatin1String("data.sqlite")), qPrintable(error.message));
    QVERIFY(!store.isOpen());
    if (what == QLatin1String("v1"))
        QVERIFY2(error.message.contains(QLatin1String("changed while it was being opened")),
                 qPrintable(error.message));
    // Checked before anything is written: no migration, no WAL switch, nothing created.
    QCOMPARE(checksum(path), before);
    QCOMPARE(entries(dir.path()), entriesBefore);
}

void TestProjectStore::backupInAWorkerWhileTheStoreWrites()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("data.sqlite"));
    const QString target = dir.filePath(QStringLiteral("copy.sqlite"));
    ProjectStore store;
    ProjectError error;
    QVERIFY2(store.create(path, &error), qPrintable(error.message));
    QVERIFY(exec(store.database(),
                 QStringLiteral("INSERT INTO records (stage_id) VALUES ('a'), ('b'), ('c')")));

    const LogThreads log("seedbed.store");
    QFuture<ProjectError> copying = QtConcurrent::run([path, target] {
        ProjectError backupError;
        ProjectStore::backup(path, target, &backupError);
        return backupError;
    });
    // The store goes on writing meanwhile; the copy is a snapshot of some moment in between.
    for (int i = 0; i < 20; ++i)
        QVERIFY(
            exec(store.database(), QStringLiteral("INSERT INTO records (stage_id) VALUES ('d')")));
    waitUntilFinished(copying);
    const ProjectError backupError = copying.result();
    QVERIFY2(!backupError, qPrintable(backupError.message));
    const QList<QThread *> threads = log.threadsOf(QStringLiteral("Backed up"));
    QCOMPARE(threads.size(), 1);
    QVERIFY(threads.first() != QThread::currentThread());
    QCOMPARE(rowCount(store.database(), QStringLiteral("records")), 23);

    ProjectStore copy;
    QVERIFY2(copy.open(target, &error), qPrintable(error.message));
    const int copied = rowCount(copy.database(), QStringLiteral("records"));
    QVERIFY2(copied >= 3 && copied <= 23, qPrintable(QString::number(copied)));
    QCOMPARE(value(copy.database(), QStringLiteral("PRAGMA application_id")).toInt(),
             ProjectStore::applicationId);
}

void TestProjectStore::backupOfAMissingFile()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    ProjectError error;
    QVERIFY(!ProjectStore::backup(dir.filePath(QStringLiteral("missing.sqlite")),
                                  dir.filePath(QStringLiteral("copy.sqlite")), &error));
    QCOMPARE(error.code, ProjectError::Io);
    QVERIFY2(error.message.contains(QLatin1String("copy.sqlite")), qPrintable(error.message));
    QVERIFY(entries(dir.path()).isEmpty()); // neither made up nor left behind
}

QTEST_GUILESS_MAIN(TestProjectStore)
#include "tst_projectstore.moc"
