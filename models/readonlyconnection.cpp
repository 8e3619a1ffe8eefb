#include "models/readonlyconnection.h"

#include <QFileInfo>
#include <QUrl>
#include <QUuid>

namespace Seedbed {

ReadOnlyConnection::ReadOnlyConnection(const QString &path)
    : m_name(QStringLiteral("seedbed-read-") + QUuid::createUuid().toString(QUuid::WithoutBraces))
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    // A live WAL holds committed data not yet in the main file, so it must be read.
    const bool hasWal = QFileInfo::exists(absolute + QLatin1String("-wal"));
    const QString uri = QUrl::fromLocalFile(absolute).toString(QUrl::FullyEncoded) +
                        (hasWal ? QLatin1String("?mode=ro") : QLatin1String("?immutable=1"));
    m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
    // A live writer may be checkpointing; wait for it rather than fail.
    m_db.setConnectOptions(
        QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_OPEN_URI;QSQLITE_BUSY_TIMEOUT=5000"));
    m_db.setDatabaseName(uri);
    m_db.open();
}

ReadOnlyConnection::~ReadOnlyConnection()
{
    m_db.close();
    m_db = QSqlDatabase(); // the last handle must go before removeDatabase()
    QSqlDatabase::removeDatabase(m_name);
}

} // namespace Seedbed
