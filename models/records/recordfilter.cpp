#include "models/records/recordfilter.h"

#include "models/records/recordindex.h"

namespace Seedbed::Records {

namespace {

QString placeholders(qsizetype count)
{
    QString list;
    list.reserve(count * 2);
    for (qsizetype i = 0; i < count; ++i)
        list += i ? QLatin1String(",?") : QLatin1String("?");
    return list;
}

/* The value of judge \a name in records.scores. A JSON path bound as a value is safe from SQL
   injection, but SQLite's quoted path labels have no escape for '"': such a name is looked up
   with json_each instead (slower, exact). */
QString judgeScore(const QString &name, QVariantList *bindings)
{
    if (!name.contains(QLatin1Char('"'))) {
        bindings->append(QString(QLatin1String("$.\"") + name + QLatin1Char('"')));
        return QStringLiteral("json_extract(records.scores, ?)");
    }
    bindings->append(name);
    return QStringLiteral("(SELECT value FROM json_each(records.scores) WHERE key = ?)");
}

} // namespace

bool RecordFilter::isEmpty() const
{
    return stages.isEmpty() && statuses.isEmpty() && reviewStates.isEmpty() && scores.isEmpty() &&
           tags.isEmpty() && text.trimmed().isEmpty();
}

QString RecordFilter::sqlWhere(QVariantList *bindings) const
{
    QStringList terms;
    if (!stages.isEmpty()) {
        terms.append(QStringLiteral("records.stage_id IN (%1)").arg(placeholders(stages.size())));
        for (const QUuid &stage : stages)
            bindings->append(stage.toString(QUuid::WithoutBraces));
    }
    if (!statuses.isEmpty()) {
        terms.append(QStringLiteral("records.status IN (%1)").arg(placeholders(statuses.size())));
        for (const QString &status : statuses)
            bindings->append(status);
    }
    if (!reviewStates.isEmpty()) {
        terms.append(
            QStringLiteral("records.review_state IN (%1)").arg(placeholders(reviewStates.size())));
        for (const QString &state : reviewStates)
            bindings->append(state);
    }
    for (const ScoreRange &range : scores) {
        if (!range.minimum && !range.maximum)
            continue;
        if (range.judge.isEmpty()) {
            if (range.minimum) {
                terms.append(QStringLiteral("records.score >= ?"));
                bindings->append(*range.minimum);
            }
            if (range.maximum) {
                terms.append(QStringLiteral("records.score <= ?"));
                bindings->append(*range.maximum);
            }
            continue;
        }
        if (range.minimum && range.maximum) {
            terms.append(judgeScore(range.judge, bindings) + QLatin1String(" BETWEEN ? AND ?"));
            bindings->append(*range.minimum);
            bindings->append(*range.maximum);
        } else if (range.minimum) {
            terms.append(judgeScore(range.judge, bindings) + QLatin1String(" >= ?"));
            bindings->append(*range.minimum);
        } else {
            terms.append(judgeScore(range.judge, bindings) + QLatin1String(" <= ?"));
            bindings->append(*range.maximum);
        }
    }
    for (const QString &tag : tags) {
        terms.append(QStringLiteral(
            "EXISTS (SELECT 1 FROM json_each(records.tags) WHERE json_each.value = ?)"));
        bindings->append(tag);
    }
    const QString query = RecordIndex::ftsQuery(text);
    if (!query.isEmpty()) {
        terms.append(QStringLiteral(
            "records.id IN (SELECT rowid FROM records_fts WHERE records_fts MATCH ?)"));
        bindings->append(query);
    }
    if (terms.isEmpty())
        return QStringLiteral("1");
    return terms.join(QLatin1String(" AND "));
}

} // namespace Seedbed::Records
