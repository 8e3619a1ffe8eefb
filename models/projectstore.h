#pragma once

#include "models/projecterror.h"

#include <QObject>
#include <QSqlDatabase>
#include <QString>

class TestProjectStore;

namespace Seedbed {

/*! \brief The bulk data of a project, in \c data.sqlite: records, runs, reviews, the LLM call
    log and response cache. Uses Qt's SQLite driver only.

    The file carries \c PRAGMA application_id = ProjectStore::applicationId and a schema
    version in \c user_version; older schemas are migrated forward step by step on open.
    The connection is bound to the thread that opened the store.

    Opening has a slow part (integrity check, migration, switching to write-ahead logging) and
    a cheap one. prepare() does the slow part with a connection of its own and may run in a
    worker thread; openPrepared() then opens the prepared file on the thread that will use the
    store. open() does both in turn. */
class ProjectStore : public QObject
{
    Q_OBJECT

public:
    static constexpr qint32 applicationId = 0x53454442; // "SEDB"
    static constexpr int schemaVersion = 6;             // bump with every migration

    explicit ProjectStore(QObject *parent = nullptr);
    ~ProjectStore() override;

    /*! Creates a new, empty database at \a path (which must not exist). */
    bool create(const QString &path, ProjectError *error);
    /*! Opens an existing database: checks application id, integrity (quick_check) and schema
        version, then migrates an older schema forward. Leaves a foreign, corrupt or newer
        file untouched and says why in \a error. Same as prepare() then openPrepared(). */
    bool open(const QString &path, ProjectError *error);

    /*! \brief Does the slow part of open() on the database file at \a path: checks that it is
        ours, intact (quick_check) and not newer, then restamps a lost application id,
        migrates an older schema and switches the file to write-ahead logging. Leaves a
        foreign, corrupt, newer or read-only file untouched and says why in \a error.

        Thread-safe: works through a connection of its own, made and removed in the calling
        thread, so it may run in a worker thread while other stores stay open. */
    static bool prepare(const QString &path, ProjectError *error);
    /*! \brief Opens a file that prepare() (or create()) has just made ready, without the
        integrity check and migration: cheap enough for the GUI thread. Still verifies the
        application id and schema version, and refuses the file untouched when it changed
        since it was prepared. */
    bool openPrepared(const QString &path, ProjectError *error);
    void close();
    bool isOpen() const;
    QString path() const { return m_path; }

    /*! The open connection, for the engine's queries. */
    QSqlDatabase database() const;

    /*! Writes a consistent copy of the live database to \a path (VACUUM INTO). */
    bool backupTo(const QString &path, ProjectError *error) const;
    /*! \brief Writes a consistent copy of the database file at \a source to \a target, which
        must not exist, with VACUUM INTO through a read connection of its own. Removes any
        partial \a target when it fails.

        Thread-safe: may run in a worker thread while a store has \a source open and keeps
        writing (write-ahead logging lets the copy read a snapshot meanwhile). */
    static bool backup(const QString &source, const QString &target, ProjectError *error);

    /*! The schema version of the database file at \a path without opening it for writing;
        -1 when it cannot be read or is not a Seedbed data file. */
    static int fileSchemaVersion(const QString &path);

private:
    // The test generates its older-version fixtures with createAt().
    friend class ::TestProjectStore;

    static bool configure(const QSqlDatabase &db, ProjectError *error);
    static bool migrate(const QSqlDatabase &db, int fromVersion, int toVersion,
                        ProjectError *error);
    /*! create() stopping at schema \a version; for fixtures of older versions. */
    bool createAt(const QString &path, int version, ProjectError *error);
    static bool openConnection(const QString &connectionName, const QString &path,
                               ProjectError *error);

    QString m_connectionName;
    QString m_path;
};

} // namespace Seedbed
