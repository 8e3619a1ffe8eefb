#pragma once

#include <QSqlDatabase>
#include <QString>

namespace Seedbed {

/*! \brief A read-only connection to a SQLite file that never writes to it nor leaves files
    beside it, and takes no lock a writer would wait for.

    With no WAL file present the file is opened as immutable, so SQLite creates no -wal or
    -shm; with a WAL present (a store, a window or a run has the file open) it reads a
    consistent snapshot beside the writer. A busy checkpoint is waited for, up to 5 s. Made,
    used and removed in one thread. */
class ReadOnlyConnection
{
public:
    explicit ReadOnlyConnection(const QString &path);
    ~ReadOnlyConnection();
    ReadOnlyConnection(const ReadOnlyConnection &) = delete;
    ReadOnlyConnection &operator=(const ReadOnlyConnection &) = delete;

    /*! Open unless the file could not be opened (see QSqlDatabase::lastError()). */
    const QSqlDatabase &database() const { return m_db; }

private:
    QString m_name;
    QSqlDatabase m_db;
};

} // namespace Seedbed
