#include "models/records/agreement.h"

#include "models/projectformat.h"
#include "models/readonlyconnection.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>

namespace Seedbed::Records {

namespace {

struct AgreementText
{
    Q_DECLARE_TR_FUNCTIONS(Seedbed::Records::Agreement)
};

} // namespace

std::optional<double> JudgeAgreement::agreementRate() const
{
    if (!agreements || reviewed() == 0)
        return std::nullopt;
    return double(*agreements) / double(reviewed());
}

QHash<QString, double> Agreement::thresholds(const ProjectData &project)
{
    QHash<QString, double> result;
    for (const Stage &stage : project.stages) {
        if (stage.type != QLatin1String("judge"))
            continue;
        const QVariant threshold = stage.settings.value(QStringLiteral("threshold"));
        if (threshold.isValid())
            result.insert(stage.name, threshold.toDouble());
    }
    return result;
}

bool Agreement::compute(const QSqlDatabase &db, const QHash<QString, double> &thresholds,
                        const RecordFilter &filter, QList<JudgeAgreement> *result, QString *error)
{
    result->clear();
    // The thresholds as a table the query joins; a judge without one gets NULL.
    QVariantList bindings;
    QStringList rows;
    for (auto it = thresholds.begin(); it != thresholds.end(); ++it) {
        rows.append(QStringLiteral("(?, ?)"));
        bindings << it.key() << it.value();
    }
    const QString thresholdTable =
        rows.isEmpty() ? QStringLiteral("SELECT NULL AS judge, NULL AS threshold WHERE 0")
                       : QStringLiteral("SELECT column1 AS judge, column2 AS threshold FROM "
                                        "(VALUES %1)")
                             .arg(rows.join(QLatin1Char(',')));
    const QString where = filter.sqlWhere(&bindings);
    // One pass over the reviewed records (records_review_state index) and their scores.
    const QString sql =
        QStringLiteral(
            "WITH t AS (%1), "
            "s AS (SELECT j.key AS judge, j.value AS score, "
            "  records.review_state = 'rejected' AS rejected "
            "  FROM records, json_each(CASE WHEN json_valid(records.scores) THEN records.scores "
            "  ELSE '{}' END) AS j "
            "  WHERE records.review_state IN ('accepted', 'edited', 'rejected') "
            "  AND j.type IN ('integer', 'real') AND (%2)) "
            "SELECT s.judge, t.threshold, sum(NOT s.rejected), sum(s.rejected), "
            "  avg(CASE WHEN NOT s.rejected THEN s.score END), "
            "  avg(CASE WHEN s.rejected THEN s.score END), "
            "  CASE WHEN t.threshold IS NULL THEN NULL ELSE sum(CASE WHEN s.rejected "
            "    THEN s.score < t.threshold ELSE s.score >= t.threshold END) END "
            "FROM s LEFT JOIN t ON t.judge = s.judge GROUP BY s.judge ORDER BY s.judge")
            .arg(thresholdTable, where);
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (!query.prepare(sql)) {
        *error = AgreementText::tr("The agreement could not be counted: %1")
                     .arg(query.lastError().text());
        return false;
    }
    for (const QVariant &value : std::as_const(bindings))
        query.addBindValue(value);
    if (!query.exec()) {
        *error = AgreementText::tr("The agreement could not be counted: %1")
                     .arg(query.lastError().text());
        return false;
    }
    while (query.next()) {
        JudgeAgreement a;
        a.judge = query.value(0).toString();
        if (!query.isNull(1))
            a.threshold = query.value(1).toDouble();
        a.accepted = query.value(2).toLongLong();
        a.rejected = query.value(3).toLongLong();
        if (!query.isNull(4))
            a.meanAccepted = query.value(4).toDouble();
        if (!query.isNull(5))
            a.meanRejected = query.value(5).toDouble();
        if (!query.isNull(6))
            a.agreements = query.value(6).toLongLong();
        result->append(a);
    }
    return true;
}

bool Agreement::compute(const QString &databasePath, const QHash<QString, double> &thresholds,
                        const RecordFilter &filter, QList<JudgeAgreement> *result, QString *error)
{
    ReadOnlyConnection connection(databasePath);
    if (!connection.database().isOpen()) {
        *error = AgreementText::tr("The agreement could not be counted: %1")
                     .arg(connection.database().lastError().text());
        return false;
    }
    return compute(connection.database(), thresholds, filter, result, error);
}

} // namespace Seedbed::Records
