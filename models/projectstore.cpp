#include "models/projectstore.h"

#include "models/readonlyconnection.h"

#include <QByteArrayView>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QSqlError>
#include <QSqlQuery>
#include <QUrl>
#include <QUuid>
#include <QVariant>

#include <iterator>
#include <span>

namespace Seedbed {

namespace {

// Debug lines (timings) are off unless asked for with QT_LOGGING_RULES.
Q_LOGGING_CATEGORY(lcStore, "seedbed.store", QtInfoMsg)

/* The schema, as an ordered list of forward migrations. Step N turns a version N-1 file into
   a version N file; never edit a step that has shipped, add a new one instead.

   Conventions: JSON is stored as TEXT; times are milliseconds since the epoch (UTC). */

// Milliseconds since the epoch, as a column default.
#define SEEDBED_NOW_MS "(CAST((julianday('now') - 2440587.5) * 86400000.0 AS INTEGER))"

// Version 1: records, runs and reviews.
const char *const step1[] = {
    R"sql(CREATE TABLE runs (
        id INTEGER PRIMARY KEY,
        started_at INTEGER NOT NULL DEFAULT )sql" SEEDBED_NOW_MS R"sql(,
        finished_at INTEGER,
        state TEXT NOT NULL DEFAULT 'running',
        settings TEXT NOT NULL DEFAULT '{}',
        counters TEXT NOT NULL DEFAULT '{}'
    ))sql",
    R"sql(CREATE TABLE records (
        id INTEGER PRIMARY KEY,
        stage_id TEXT NOT NULL,
        run_id INTEGER REFERENCES runs(id) ON DELETE SET NULL,
        fields TEXT NOT NULL DEFAULT '{}',
        parent_ids TEXT NOT NULL DEFAULT '[]',
        status TEXT NOT NULL DEFAULT 'ok'
            CHECK (status IN ('ok', 'filtered', 'failed', 'duplicate')),
        scores TEXT NOT NULL DEFAULT '{}',
        review_state TEXT NOT NULL DEFAULT 'unreviewed'
            CHECK (review_state IN ('unreviewed', 'accepted', 'rejected', 'edited')),
        tags TEXT NOT NULL DEFAULT '[]',
        usage TEXT NOT NULL DEFAULT '{}',
        created_at INTEGER NOT NULL DEFAULT )sql" SEEDBED_NOW_MS R"sql(,
        updated_at INTEGER NOT NULL DEFAULT )sql" SEEDBED_NOW_MS R"sql(
    ))sql",
    // (stage_id, status) also serves lookups by stage alone.
    "CREATE INDEX records_stage_status ON records(stage_id, status)",
    "CREATE INDEX records_status ON records(status)",
    // Keeps ON DELETE SET NULL from scanning all records when a run is deleted.
    "CREATE INDEX records_run ON records(run_id)",
    R"sql(CREATE TABLE reviews (
        id INTEGER PRIMARY KEY,
        record_id INTEGER NOT NULL REFERENCES records(id) ON DELETE CASCADE,
        state TEXT NOT NULL
            CHECK (state IN ('unreviewed', 'accepted', 'rejected', 'edited')),
        edited_fields TEXT,
        note TEXT NOT NULL DEFAULT '',
        reviewer TEXT NOT NULL DEFAULT '',
        at INTEGER NOT NULL DEFAULT )sql" SEEDBED_NOW_MS R"sql(
    ))sql",
    "CREATE INDEX reviews_record ON reviews(record_id, at)",
};

// Version 2: the primary score as an indexable column, review-state index, LLM call log and
// response cache.
const char *const step2[] = {
    "ALTER TABLE records ADD COLUMN score REAL",
    // Older files have only the scores object: its first numeric member was the primary one.
    R"sql(UPDATE records SET score = (
        SELECT j.value FROM json_each(records.scores) AS j
        WHERE j.type IN ('integer', 'real') LIMIT 1)
      WHERE json_valid(scores))sql",
    "CREATE INDEX records_score ON records(score)",
    "CREATE INDEX records_stage_score ON records(stage_id, score)",
    "CREATE INDEX records_review_state ON records(review_state)",
    R"sql(CREATE TABLE llm_calls (
        id INTEGER PRIMARY KEY,
        run_id INTEGER REFERENCES runs(id) ON DELETE CASCADE,
        stage_id TEXT,
        provider TEXT NOT NULL,
        model TEXT NOT NULL,
        request_hash TEXT NOT NULL,
        request TEXT NOT NULL,
        response TEXT,
        status TEXT NOT NULL,
        tokens_in INTEGER NOT NULL DEFAULT 0,
        tokens_out INTEGER NOT NULL DEFAULT 0,
        latency_ms INTEGER,
        error TEXT,
        at INTEGER NOT NULL DEFAULT )sql" SEEDBED_NOW_MS R"sql(
    ))sql",
    "CREATE INDEX llm_calls_run ON llm_calls(run_id)",
    R"sql(CREATE TABLE response_cache (
        key TEXT PRIMARY KEY,
        response TEXT NOT NULL,
        created_at INTEGER NOT NULL DEFAULT )sql" SEEDBED_NOW_MS R"sql(,
        hits INTEGER NOT NULL DEFAULT 0
    ) WITHOUT ROWID)sql",
};

// Version 3: what the runner needs to resume without loss or duplicates. A record's item key
// names the unit of work that produced it within its stage (a seed row, an input record and
// sample index); it is unique per stage, so a resumed run can never write a record twice.
// parent_id is the main parent, indexed to find the inputs a stage has not processed yet;
// settings_hash tells the records of the stage's current settings from stale ones; meta holds
// the lineage and the outcome (model, prompt version, reason of a failure, raw output).
const char *const step3[] = {
    "ALTER TABLE records ADD COLUMN item_key TEXT",
    "ALTER TABLE records ADD COLUMN parent_id INTEGER",
    "ALTER TABLE records ADD COLUMN settings_hash TEXT",
    "ALTER TABLE records ADD COLUMN meta TEXT NOT NULL DEFAULT '{}'",
    "UPDATE records SET item_key = 'legacy:' || id",
    "CREATE UNIQUE INDEX records_stage_item ON records(stage_id, item_key)",
    "CREATE INDEX records_stage_parent ON records(stage_id, parent_id)",
    // The salt of a stage's sampling: "fresh samples" changes it, so the requests (and their
    // cache keys) differ from every earlier run's.
    R"sql(CREATE TABLE stage_state (
        stage_id TEXT PRIMARY KEY,
        salt INTEGER NOT NULL DEFAULT 0
    ) WITHOUT ROWID)sql",
    "CREATE INDEX llm_calls_hash ON llm_calls(request_hash)",
};

// Version 4: full-text search over the records (models/records/recordindex.h). The runner
// inserts without triggers; RecordIndex brings the index up to date lazily, from the last
// indexed id and the records changed (updated_at) since the last indexing.
const char *const step4[] = {
    ("CREATE VIRTUAL TABLE records_fts USING fts5(body, "
     "tokenize = 'unicode61 remove_diacritics 2')"),
    R"sql(CREATE TABLE records_index_state (
        key TEXT PRIMARY KEY,
        value INTEGER NOT NULL
    ) WITHOUT ROWID)sql",
    "INSERT INTO records_index_state (key, value) VALUES ('indexed_id', 0), ('indexed_at', 0)",
    // Finds the records changed since the last indexing without a scan.
    "CREATE INDEX records_updated ON records(updated_at)",
};

// Version 5: records a reviewer deleted. The rows go (views, charts and exports never see
// them), but the runner must not make them again: it skips the item keys listed here.
const char *const step5[] = {
    R"sql(CREATE TABLE deleted_items (
        stage_id TEXT NOT NULL,
        item_key TEXT NOT NULL,
        parent_id INTEGER,
        deleted_at INTEGER NOT NULL DEFAULT )sql" SEEDBED_NOW_MS R"sql(,
        PRIMARY KEY (stage_id, item_key)
    ) WITHOUT ROWID)sql",
    "CREATE INDEX deleted_items_parent ON deleted_items(stage_id, parent_id)",
};

// Version 6: every judge's score as a row, indexed by (judge, score), so that a filter on one
// judge's score reads an index range instead of the scores JSON of every record. Triggers keep
// it equal to the numeric members of records.scores, whoever writes them (the runner, a review,
// a migration): a write whose scores are '{}' costs one comparison. Text that is not a JSON
// object has no scores (and never makes the write of its record fail).
const char *const step6[] = {
    R"sql(CREATE TABLE record_scores (
        record_id INTEGER NOT NULL REFERENCES records(id) ON DELETE CASCADE,
        judge TEXT NOT NULL,
        score REAL NOT NULL
    ))sql",
    R"sql(INSERT INTO record_scores (record_id, judge, score)
        SELECT records.id, j.key, j.value FROM records, json_each(
            CASE WHEN NOT json_valid(records.scores) THEN '{}'
                 WHEN json_type(records.scores) = 'object' THEN records.scores ELSE '{}' END) AS j
        WHERE records.scores <> '{}' AND j.type IN ('integer', 'real'))sql",
    // Made after the rows are in: one sort instead of a million index insertions.
    "CREATE INDEX record_scores_judge ON record_scores(judge, score)",
    // Deletes and score updates find a record's rows (and ON DELETE CASCADE needs it).
    "CREATE INDEX record_scores_record ON record_scores(record_id)",
    R"sql(CREATE TRIGGER record_scores_insert AFTER INSERT ON records
        WHEN new.scores <> '{}' BEGIN
            INSERT INTO record_scores (record_id, judge, score)
            SELECT new.id, j.key, j.value FROM json_each(
                CASE WHEN NOT json_valid(new.scores) THEN '{}'
                     WHEN json_type(new.scores) = 'object' THEN new.scores ELSE '{}' END) AS j
            WHERE j.type IN ('integer', 'real');
        END)sql",
    R"sql(CREATE TRIGGER record_scores_update AFTER UPDATE OF scores ON records
        WHEN old.scores IS NOT new.scores BEGIN
            DELETE FROM record_scores WHERE record_id = old.id;
            INSERT INTO record_scores (record_id, judge, score)
            SELECT new.id, j.key, j.value FROM json_each(
                CASE WHEN NOT json_valid(new.scores) THEN '{}'
                     WHEN json_type(new.scores) = 'object' THEN new.scores ELSE '{}' END) AS j
            WHERE j.type IN ('integer', 'real');
        END)sql",
    // Also without foreign_keys = ON (a connection that did not ask for it).
    R"sql(CREATE TRIGGER record_scores_delete AFTER DELETE ON records
        WHEN old.scores <> '{}' BEGIN
            DELETE FROM record_scores WHERE record_id = old.id;
        END)sql",
};

#undef SEEDBED_NOW_MS

struct MigrationStep
{
    int version;
    std::span<const char *const> statements;
};

const MigrationStep migrationSteps[] = {
    {1, step1}, {2, step2}, {3, step3}, {4, step4}, {5, step5}, {6, step6},
};

static_assert(int(std::size(migrationSteps)) == ProjectStore::schemaVersion,
              "every schema version needs its migration step");

// Tables every version has; a file without application id but with these is still ours.
const char *const coreTables[] = {"records", "runs", "reviews"};

// SQLite's primary result codes we tell apart (extended codes carry them in the low byte).
enum SqliteCode { SqliteBusy = 5, SqliteLocked = 6, SqliteCorrupt = 11, SqliteNotADb = 26 };

ProjectError::Code classify(const QSqlError &error)
{
    bool ok = false;
    const int code = error.nativeErrorCode().toInt(&ok) & 0xff;
    if (ok) {
        switch (code) {
        case SqliteCorrupt:
        case SqliteNotADb:
            return ProjectError::Corrupt;
        case SqliteBusy:
        case SqliteLocked:
            return ProjectError::Locked;
        default:
            break;
        }
    }
    const QString text = error.databaseText();
    if (text.contains(QLatin1String("malformed")) || text.contains(QLatin1String("not a database")))
        return ProjectError::Corrupt;
    return ProjectError::Io;
}

QString messageFor(ProjectError::Code code, const QString &path, const QString &detail = {},
                   int fileVersion = 0)
{
    const QString file = QDir::toNativeSeparators(path);
    switch (code) {
    case ProjectError::None:
        return {};
    case ProjectError::NotFound:
        return ProjectStore::tr("The data file %1 does not exist.").arg(file);
    case ProjectError::NotAProject:
        return ProjectStore::tr("%1 is not a Seedbed data file.").arg(file);
    case ProjectError::Corrupt:
        return ProjectStore::tr("The data file %1 is damaged and cannot be opened. "
                                "Restore it from a backup.")
            .arg(file);
    case ProjectError::NewerVersion:
        return ProjectStore::tr("The data file %1 was written by a newer version of Seedbed "
                                "(data format %2); this version reads up to %3. "
                                "Update Seedbed to open it.")
            .arg(file)
            .arg(fileVersion)
            .arg(ProjectStore::schemaVersion);
    case ProjectError::Locked:
        return ProjectStore::tr("The data file %1 is in use by another program. "
                                "Close it there and try again.")
            .arg(file);
    case ProjectError::Io:
        return ProjectStore::tr("Could not read or write the data file %1: %2").arg(file, detail);
    }
    return {};
}

bool fail(ProjectError *error, ProjectError::Code code, const QString &message)
{
    if (error) {
        error->code = code;
        error->message = message;
    }
    return false;
}

bool failSql(ProjectError *error, const QString &path, const QSqlError &sqlError)
{
    const ProjectError::Code code = classify(sqlError);
    qCInfo(lcStore) << "SQLite error on" << path << sqlError.text();
    return fail(error, code, messageFor(code, path, sqlError.text()));
}

QString uniqueConnectionName(QLatin1String prefix)
{
    return prefix + QUuid::createUuid().toString(QUuid::WithoutBraces);
}

// The first column of the first row of \a sql.
bool queryValue(const QSqlDatabase &db, const QString &sql, QVariant *value, QSqlError *error)
{
    QSqlQuery query(db);
    if (!query.exec(sql) || !query.next()) {
        *error = query.lastError();
        return false;
    }
    *value = query.value(0);
    return true;
}

bool execute(const QSqlDatabase &db, const QString &sql, QSqlError *error)
{
    QSqlQuery query(db);
    if (!query.exec(sql)) {
        *error = query.lastError();
        return false;
    }
    return true;
}

/*! A read-write connection of its own for one call, removed when the call ends: lets the
    static functions run in any thread without sharing a connection with a store. */
class ScopedConnection
{
public:
    ScopedConnection()
        : m_name(uniqueConnectionName(QLatin1String("seedbed-store-prepare-")))
    {}
    ~ScopedConnection()
    {
        if (QSqlDatabase::contains(m_name)) {
            {
                QSqlDatabase db = QSqlDatabase::database(m_name, false);
                db.close();
            }
            QSqlDatabase::removeDatabase(m_name);
        }
    }
    ScopedConnection(const ScopedConnection &) = delete;
    ScopedConnection &operator=(const ScopedConnection &) = delete;

    QString name() const { return m_name; }
    QSqlDatabase database() const { return QSqlDatabase::database(m_name, false); }

private:
    QString m_name;
};

struct Inspection
{
    ProjectError::Code code = ProjectError::None;
    QString detail; // technical, for the log
    int userVersion = -1;
    bool needsApplicationId = false; // ours by its tables, but the id was lost
};

Inspection failed(ProjectError::Code code, const QString &detail = {})
{
    Inspection result;
    result.code = code;
    result.detail = detail;
    return result;
}

Inspection failedSql(const QSqlError &error)
{
    return failed(classify(error), error.text());
}

/*! Everything open() must know before it may write: is the file ours, intact, not newer. */
Inspection inspect(const QString &path, bool checkIntegrity)
{
    const QFileInfo info(path);
    if (!info.exists())
        return failed(ProjectError::NotFound);
    if (!info.isFile())
        return failed(ProjectError::NotAProject, QStringLiteral("not a regular file"));

    // SQLite treats an empty or foreign file as an empty database, and some errors only
    // show on the first query: look at the header ourselves first.
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return failed(ProjectError::Io, file.errorString());
    const QByteArray header = file.read(100);
    file.close();
    if (!header.startsWith(QByteArrayView("SQLite format 3\0", 16)))
        return failed(ProjectError::NotAProject, QStringLiteral("no SQLite header"));
    if (header.size() < 100)
        return failed(ProjectError::Corrupt, QStringLiteral("truncated header"));

    const ReadOnlyConnection connection(path);
    const QSqlDatabase &db = connection.database();
    if (!db.isOpen())
        return failedSql(db.lastError());

    QSqlError error;
    QVariant value;
    if (!queryValue(db, QStringLiteral("PRAGMA application_id"), &value, &error))
        return failedSql(error);
    const qint32 applicationId = value.toInt();
    if (!queryValue(db, QStringLiteral("PRAGMA user_version"), &value, &error))
        return failedSql(error);
    Inspection result;
    result.userVersion = value.toInt();

    if (applicationId != ProjectStore::applicationId) {
        if (applicationId != 0)
            return failed(ProjectError::NotAProject, QStringLiteral("foreign application id"));
        QStringList names;
        for (const char *table : coreTables)
            names.append(QLatin1Char('\'') + QLatin1String(table) + QLatin1Char('\''));
        const QString sql = QStringLiteral("SELECT count(*) FROM sqlite_master "
                                           "WHERE type = 'table' AND name IN (%1)")
                                .arg(names.join(QLatin1Char(',')));
        // Unreadable, or not all our tables: a foreign database, not a damaged one of ours.
        if (!queryValue(db, sql, &value, &error) || value.toInt() != int(std::size(coreTables)) ||
            result.userVersion < 1)
            return failed(ProjectError::NotAProject, QStringLiteral("no application id"));
        result.needsApplicationId = true;
    }

    if (result.userVersion > ProjectStore::schemaVersion) {
        result.code = ProjectError::NewerVersion;
        return result;
    }

    if (checkIntegrity) {
        QSqlQuery query(db);
        if (!query.exec(QStringLiteral("PRAGMA quick_check")))
            return failedSql(query.lastError());
        QStringList problems;
        while (query.next())
            problems.append(query.value(0).toString());
        if (query.lastError().isValid())
            return failedSql(query.lastError());
        if (problems != QStringList{QStringLiteral("ok")})
            return failed(ProjectError::Corrupt, problems.mid(0, 5).join(QLatin1String("; ")));
    }
    return result;
}

void removeDatabaseFiles(const QString &path)
{
    QFile::remove(path);
    QFile::remove(path + QLatin1String("-wal"));
    QFile::remove(path + QLatin1String("-shm"));
    QFile::remove(path + QLatin1String("-journal"));
}

} // namespace

ProjectStore::ProjectStore(QObject *parent)
    : QObject(parent)
    , m_connectionName(uniqueConnectionName(QLatin1String("seedbed-store-")))
{}

ProjectStore::~ProjectStore()
{
    close();
}

bool ProjectStore::create(const QString &path, ProjectError *error)
{
    return createAt(path, schemaVersion, error);
}

bool ProjectStore::createAt(const QString &path, int version, ProjectError *error)
{
    close();
    if (error)
        *error = {};
    const QFileInfo info(path);
    if (info.exists() || info.isSymLink())
        return fail(error, ProjectError::Io,
                    tr("Cannot create %1: a file with that name already exists.")
                        .arg(QDir::toNativeSeparators(path)));
    // NewOnly: never clobber a file that appeared since the check above.
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::NewOnly))
        return fail(
            error, ProjectError::Io,
            tr("Cannot create %1: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
    file.close();

    QSqlError sqlError;
    bool ok = openConnection(m_connectionName, path, error) && configure(database(), error);
    if (ok) {
        ok = execute(database(),
                     QStringLiteral("PRAGMA application_id = %1").arg(ProjectStore::applicationId),
                     &sqlError);
        if (!ok)
            failSql(error, path, sqlError);
    }
    ok = ok && migrate(database(), 0, version, error);
    if (!ok) {
        close();
        removeDatabaseFiles(path);
        return false;
    }
    m_path = path;
    return true;
}

bool ProjectStore::open(const QString &path, ProjectError *error)
{
    close();
    return prepare(path, error) && openPrepared(path, error);
}

bool ProjectStore::prepare(const QString &path, ProjectError *error)
{
    if (error)
        *error = {};
    QElapsedTimer clock;
    clock.start();

    // Everything that may refuse the file happens read-only, before anything is written.
    const Inspection found = inspect(path, true);
    if (found.code != ProjectError::None) {
        qCInfo(lcStore) << "Refusing" << path << found.code << found.detail;
        return fail(error, found.code,
                    messageFor(found.code, path, found.detail, found.userVersion));
    }

    // SQLite would quietly open a read-only file read-only and fail on the first write.
    if (!QFileInfo(path).isWritable())
        return fail(error, ProjectError::Io,
                    tr("Cannot open the data file %1 for writing: it is read-only.")
                        .arg(QDir::toNativeSeparators(path)));

    const ScopedConnection connection;
    if (!openConnection(connection.name(), path, error))
        return false;
    const QSqlDatabase db = connection.database();
    QSqlError sqlError;
    QVariant value;
    // Read again on the writable connection: the file may have changed in between.
    if (!queryValue(db, QStringLiteral("PRAGMA user_version"), &value, &sqlError))
        return failSql(error, path, sqlError);
    const int fileVersion = value.toInt();
    if (fileVersion > schemaVersion)
        return fail(error, ProjectError::NewerVersion,
                    messageFor(ProjectError::NewerVersion, path, {}, fileVersion));
    if (!configure(db, error))
        return false;
    if (found.needsApplicationId &&
        !execute(db, QStringLiteral("PRAGMA application_id = %1").arg(applicationId), &sqlError))
        return failSql(error, path, sqlError);
    if (!migrate(db, fileVersion, schemaVersion, error))
        return false;
    // Tests read this line to see which thread prepared the file.
    qCDebug(lcStore) << "Prepared" << path << "in" << clock.elapsed() << "ms";
    return true;
}

bool ProjectStore::openPrepared(const QString &path, ProjectError *error)
{
    close();
    if (error)
        *error = {};
    // Opening for writing would create a missing file.
    if (!QFileInfo(path).isFile())
        return fail(error, ProjectError::NotFound, messageFor(ProjectError::NotFound, path));
    if (!openConnection(m_connectionName, path, error))
        return false;

    // Two header fields, no scan: only what tells a prepared file from a changed one.
    ProjectError::Code refused = ProjectError::None;
    int fileVersion = 0;
    QSqlError sqlError;
    {
        const QSqlDatabase db = database();
        QVariant value;
        if (queryValue(db, QStringLiteral("PRAGMA application_id"), &value, &sqlError)) {
            const qint32 fileApplicationId = value.toInt();
            if (queryValue(db, QStringLiteral("PRAGMA user_version"), &value, &sqlError)) {
                fileVersion = value.toInt();
                if (fileApplicationId != applicationId)
                    refused = ProjectError::NotAProject;
                else if (fileVersion > schemaVersion)
                    refused = ProjectError::NewerVersion;
                else if (fileVersion != schemaVersion)
                    refused = ProjectError::Io;
            }
        }
    }
    if (sqlError.isValid()) {
        close();
        return failSql(error, path, sqlError);
    }
    if (refused != ProjectError::None) {
        close();
        qCInfo(lcStore) << "Refusing" << path << "opened as prepared:" << refused;
        if (refused == ProjectError::Io)
            return fail(error, refused,
                        tr("The data file %1 changed while it was being opened. Try again.")
                            .arg(QDir::toNativeSeparators(path)));
        return fail(error, refused, messageFor(refused, path, {}, fileVersion));
    }
    // Per-connection settings; the file is in WAL mode already, so this writes nothing.
    if (!configure(database(), error)) {
        close();
        return false;
    }
    m_path = path;
    return true;
}

bool ProjectStore::openConnection(const QString &connectionName, const QString &path,
                                  ProjectError *error)
{
    bool ok = false;
    QSqlError sqlError;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connectionName);
        // Another connection may be mid-write (engine threads); wait for it rather than fail.
        db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
        db.setDatabaseName(path);
        ok = db.open();
        if (!ok)
            sqlError = db.lastError();
    }
    if (!ok) {
        QSqlDatabase::removeDatabase(connectionName);
        return failSql(error, path, sqlError);
    }
    return true;
}

void ProjectStore::close()
{
    if (QSqlDatabase::contains(m_connectionName)) {
        {
            QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
            db.close();
        }
        QSqlDatabase::removeDatabase(m_connectionName);
    }
    m_path.clear();
}

bool ProjectStore::isOpen() const
{
    return QSqlDatabase::contains(m_connectionName) &&
           QSqlDatabase::database(m_connectionName, false).isOpen();
}

QSqlDatabase ProjectStore::database() const
{
    if (!QSqlDatabase::contains(m_connectionName))
        return {};
    return QSqlDatabase::database(m_connectionName, false);
}

bool ProjectStore::configure(const QSqlDatabase &db, ProjectError *error)
{
    // Connection settings: these never write, except switching the file to WAL once.
    const QString path = db.databaseName();
    QSqlError sqlError;
    if (!execute(db, QStringLiteral("PRAGMA foreign_keys = ON"), &sqlError))
        return failSql(error, path, sqlError);
    QVariant mode;
    if (!queryValue(db, QStringLiteral("PRAGMA journal_mode = WAL"), &mode, &sqlError))
        return failSql(error, path, sqlError);
    if (mode.toString().compare(QLatin1String("wal"), Qt::CaseInsensitive) != 0)
        return fail(
            error, ProjectError::Io,
            messageFor(
                ProjectError::Io, path,
                tr("cannot use write-ahead logging (journal mode %1)").arg(mode.toString())));
    // Safe with WAL: a power loss may lose the last commits but never corrupts the file.
    if (!execute(db, QStringLiteral("PRAGMA synchronous = NORMAL"), &sqlError))
        return failSql(error, path, sqlError);
    return true;
}

bool ProjectStore::migrate(const QSqlDatabase &db, int fromVersion, int toVersion,
                           ProjectError *error)
{
    const QString path = db.databaseName();
    for (const MigrationStep &step : migrationSteps) {
        if (step.version <= fromVersion || step.version > toVersion)
            continue;
        QSqlError sqlError;
        // IMMEDIATE: take the write lock up front so a busy file fails before any change.
        bool ok = execute(db, QStringLiteral("BEGIN IMMEDIATE"), &sqlError);
        if (!ok)
            return failSql(error, path, sqlError);
        for (const char *statement : step.statements) {
            ok = execute(db, QString::fromUtf8(statement), &sqlError);
            if (!ok)
                break;
        }
        // user_version is part of the transaction: the step and its number commit together.
        ok = ok &&
             execute(db, QStringLiteral("PRAGMA user_version = %1").arg(step.version), &sqlError);
        ok = ok && execute(db, QStringLiteral("COMMIT"), &sqlError);
        if (!ok) {
            QSqlError ignored;
            execute(db, QStringLiteral("ROLLBACK"), &ignored);
            qCInfo(lcStore) << "Migration to version" << step.version
                            << "failed:" << sqlError.text();
            const ProjectError::Code code = classify(sqlError);
            if (code != ProjectError::Io)
                return fail(error, code, messageFor(code, path));
            return fail(error, ProjectError::Io,
                        tr("Could not upgrade the data file %1 from data format %2 to %3: %4")
                            .arg(QDir::toNativeSeparators(path))
                            .arg(step.version - 1)
                            .arg(step.version)
                            .arg(sqlError.text()));
        }
    }
    return true;
}

bool ProjectStore::backupTo(const QString &path, ProjectError *error) const
{
    if (error)
        *error = {};
    if (!isOpen())
        return fail(error, ProjectError::Io,
                    tr("Cannot write a backup to %1: no data file is open.")
                        .arg(QDir::toNativeSeparators(path)));
    return backup(m_path, path, error);
}

bool ProjectStore::backup(const QString &source, const QString &target, ProjectError *error)
{
    if (error)
        *error = {};
    const QFileInfo info(target);
    if (info.exists() || info.isSymLink())
        return fail(error, ProjectError::Io,
                    tr("Cannot write a backup to %1: a file with that name already exists.")
                        .arg(QDir::toNativeSeparators(target)));
    QElapsedTimer clock;
    clock.start();

    // VACUUM INTO writes a consistent snapshot even while the live file has a WAL; a
    // connection of our own reads it beside the store that keeps writing.
    QSqlError sqlError;
    {
        const ReadOnlyConnection connection(source);
        const QSqlDatabase &db = connection.database();
        if (!db.isOpen()) {
            sqlError = db.lastError();
        } else {
            QSqlQuery query(db);
            if (!query.prepare(QStringLiteral("VACUUM INTO ?"))) {
                sqlError = query.lastError();
            } else {
                query.addBindValue(info.absoluteFilePath());
                if (!query.exec())
                    sqlError = query.lastError();
            }
        }
    }
    if (sqlError.isValid()) {
        qCInfo(lcStore) << "Backup of" << source << "to" << target << "failed:" << sqlError.text();
        removeDatabaseFiles(target); // it did not exist before, so any file there is our debris
        return fail(error, ProjectError::Io,
                    tr("Could not write a backup to %1: %2")
                        .arg(QDir::toNativeSeparators(target), sqlError.text()));
    }
    // Tests read this line to see which thread made the copy.
    qCDebug(lcStore) << "Backed up" << source << "to" << target << "in" << clock.elapsed() << "ms";
    return true;
}

int ProjectStore::fileSchemaVersion(const QString &path)
{
    const Inspection found = inspect(path, false);
    if (found.code == ProjectError::None || found.code == ProjectError::NewerVersion)
        return found.userVersion;
    return -1;
}

} // namespace Seedbed
