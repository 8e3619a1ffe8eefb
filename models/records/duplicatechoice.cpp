#include "models/records/duplicatechoice.h"

#include <QSqlQuery>
#include <QVariant>

namespace Seedbed::Records {

std::optional<DuplicateChoice> DuplicateChoice::read(const QSqlDatabase &db, qint64 id)
{
    QSqlQuery query(db);
    query.prepare(QStringLiteral("SELECT stage_id, status, parent_id, "
                                 "json_extract(meta, '$.duplicateOfParent') FROM records "
                                 "WHERE id = ?"));
    query.addBindValue(id);
    if (!query.exec() || !query.next())
        return std::nullopt;
    DuplicateChoice choice;
    const QString stage = query.value(0).toString();
    choice.stage = QUuid::fromString(stage);
    const QString status = query.value(1).toString();
    if (status == QLatin1String("duplicate") && !query.value(3).isNull())
        choice.keptParent = query.value(3).toLongLong();
    else if (status == QLatin1String("ok") && !query.value(2).isNull())
        choice.keptParent = query.value(2).toLongLong();
    else
        return std::nullopt;

    query.prepare(QStringLiteral("SELECT id FROM records WHERE stage_id = ? AND status = 'ok' "
                                 "AND parent_id = ? ORDER BY id"));
    query.addBindValue(stage);
    query.addBindValue(choice.keptParent);
    if (!query.exec())
        return std::nullopt;
    while (query.next())
        choice.kept.append(query.value(0).toLongLong());

    query.prepare(QStringLiteral("SELECT id FROM records WHERE stage_id = ? AND "
                                 "status = 'duplicate' AND "
                                 "json_extract(meta, '$.duplicateOfParent') = ? ORDER BY id"));
    query.addBindValue(stage);
    query.addBindValue(choice.keptParent);
    if (!query.exec())
        return std::nullopt;
    while (query.next())
        choice.duplicates.append(query.value(0).toLongLong());
    if (choice.duplicates.isEmpty())
        return std::nullopt; // a record kept alone is no cluster
    return choice;
}

} // namespace Seedbed::Records
