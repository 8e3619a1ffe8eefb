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
    The connection is bound to the thread that opened the store. */
class ProjectStore : public QObject
{
    Q_OBJECT

public:
    static constexpr qint32 applicationId = 0x53454442; // "SEDB"
    static constexpr int schemaVersion = 2;             // bump with every migration

    explicit ProjectStore(QObject *parent = nullptr);
    ~ProjectStore() override;

    /*! Creates a new, empty database at \a path (which must not exist). */
    bool create(const QString &path, ProjectError *error);
    /*! Opens an existing database: checks application id, integrity (quick_check) and schema
        version, then migrates an older schema forward. Leaves a foreign, corrupt or newer
        file untouched and says why in \a error. */
    bool open(const QString &path, ProjectError *error);
    void close();
    bool isOpen() const;
    QString path() const { return m_path; }

    /*! The open connection, for the engine's queries. */
    QSqlDatabase database() const;

    /*! Writes a consistent copy of the live database to \a path (VACUUM INTO). */
    bool backupTo(const QString &path, ProjectError *error) const;

    /*! The schema version of the database file at \a path without opening it for writing;
        -1 when it cannot be read or is not a Seedbed data file. */
    static int fileSchemaVersion(const QString &path);

private:
    // The test generates its older-version fixtures with createAt().
    friend class ::TestProjectStore;

    bool configure(ProjectError *error);
    bool migrate(int fromVersion, ProjectError *error);
    bool migrate(int fromVersion, int toVersion, ProjectError *error);
    /*! create() stopping at schema \a version; for fixtures of older versions. */
    bool createAt(const QString &path, int version, ProjectError *error);
    bool openConnection(const QString &path, ProjectError *error);

    QString m_connectionName;
    QString m_path;
};

} // namespace Seedbed
