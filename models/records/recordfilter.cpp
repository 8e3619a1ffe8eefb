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

} // namespace

bool RecordFilter::isEmpty() const
{
    return stages.isEmpty() && statuses.isEmpty() && reviewStates.isEmpty() && scores.isEmpty() &&
           tags.isEmpty() && text.trimmed().isEmpty();
}

QString RecordFilter::sqlWhere(QVariantList *bindings) const
{
    return where(bindings, nullptr);
}

QString RecordFilter::sqlWhere(QVariantList *bindings, IdWindow window) const
{
    return where(bindings, &window);
}

QString RecordFilter::where(QVariantList *bindings, const IdWindow *window) const
{
    QStringList terms;
    if (window) {
        terms.append(QStringLiteral("records.id BETWEEN ? AND ?"));
        bindings->append(window->first);
        bindings->append(window->last);
    }
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
        // record_scores (schema 6) holds every numeric judge score, indexed by (judge, score)
        // and by record_id. Without a window, the (judge, score) index lists the matches. In a
        // window, record_id finds the window's scores: "+" keeps SQLite from choosing the
        // (judge, score) index, which would read every match of the judge again.
        QString condition;
        if (window) {
            condition = QStringLiteral("records.id IN (SELECT record_id FROM record_scores WHERE "
                                       "record_id BETWEEN ? AND ? AND +judge = ? AND +score ");
            bindings->append(window->first);
            bindings->append(window->last);
        } else {
            condition = QStringLiteral(
                "records.id IN (SELECT record_id FROM record_scores WHERE judge = ? AND score ");
        }
        bindings->append(range.judge);
        if (range.minimum && range.maximum) {
            condition += QLatin1String("BETWEEN ? AND ?)");
            bindings->append(*range.minimum);
            bindings->append(*range.maximum);
        } else if (range.minimum) {
            condition += QLatin1String(">= ?)");
            bindings->append(*range.minimum);
        } else {
            condition += QLatin1String("<= ?)");
            bindings->append(*range.maximum);
        }
        terms.append(condition);
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
