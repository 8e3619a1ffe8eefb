#include "models/records/recordsmodel.h"

#include "models/readonlyconnection.h"
#include "models/records/recordindex.h"

#include <QDir>
#include <QElapsedTimer>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QMutex>
#include <QSet>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QTextDocument>
#include <QThread>

#include <sqlite3.h>

#include <algorithm>
#include <atomic>
#include <optional>

namespace Seedbed::Records {

namespace {

// Characters of the field values; the same expression sorts and shows.
const char lengthSql[] = "(CASE WHEN json_valid(records.fields) THEN (SELECT "
                         "coalesce(sum(length(value)), 0) FROM json_each(records.fields)) END)";

const char rowColumnsSql[] = "records.id, records.stage_id, records.status, "
                             "records.review_state, records.score, %1, records.tags, "
                             "records.fields, records.scores";

// Records whose field and score names make the columns.
constexpr int sampleSize = 500;
// Pages kept; about 2 MB each with long texts.
constexpr int maxPages = 48;
// Ids read between two looks at whether the load is still wanted.
constexpr int idChunk = 65536;
// Ids the first page of a judge score filter looks in before it asks for every match.
constexpr qint64 firstPageWindow = 20000;

struct Row
{
    qint64 id = 0;
    QString stage;
    QString stageName;
    QString status;
    QString review;
    QVariant score;
    qint64 length = 0;
    QStringList tags;
    QJsonObject fields;
    QJsonObject scores;
};

struct Page
{
    quint64 generation = 0;
    QList<Row> rows;
    quint64 lastUse = 0;
};

struct Order
{
    QString sql; // ORDER BY terms, ties broken by id
    QVariantList bindings;
    bool byId = true; // by id alone
    bool descending = false;
};

// The path of a top-level member, bound as a value; names with '"' go through json_each.
QString memberSql(const char *column, const QString &name, QVariantList *bindings)
{
    if (!name.contains(QLatin1Char('"'))) {
        bindings->append(QString(QLatin1String("$.\"") + name + QLatin1Char('"')));
        return QStringLiteral("json_extract(records.%1, ?)").arg(QLatin1String(column));
    }
    bindings->append(name);
    return QStringLiteral("(SELECT value FROM json_each(records.%1) WHERE key = ?)")
        .arg(QLatin1String(column));
}

Row readRow(const QSqlQuery &query)
{
    Row row;
    row.id = query.value(0).toLongLong();
    row.stage = query.value(1).toString();
    row.status = query.value(2).toString();
    row.review = query.value(3).toString();
    row.score = query.value(4);
    row.length = query.value(5).toLongLong();
    const QJsonArray tags = QJsonDocument::fromJson(query.value(6).toByteArray()).array();
    for (const QJsonValue &tag : tags)
        row.tags.append(tag.toString());
    row.fields = QJsonDocument::fromJson(query.value(7).toByteArray()).object();
    row.scores = QJsonDocument::fromJson(query.value(8).toByteArray()).object();
    return row;
}

QString statusText(const QString &status)
{
    if (status == QLatin1String("ok"))
        return RecordsModel::tr("OK");
    if (status == QLatin1String("filtered"))
        return RecordsModel::tr("Filtered");
    if (status == QLatin1String("failed"))
        return RecordsModel::tr("Failed");
    if (status == QLatin1String("duplicate"))
        return RecordsModel::tr("Duplicate");
    return status;
}

QString reviewText(const QString &state)
{
    if (state == QLatin1String("unreviewed"))
        return RecordsModel::tr("Unreviewed");
    if (state == QLatin1String("accepted"))
        return RecordsModel::tr("Accepted");
    if (state == QLatin1String("rejected"))
        return RecordsModel::tr("Rejected");
    if (state == QLatin1String("edited"))
        return RecordsModel::tr("Edited");
    return state;
}

// A field value in a cell: one line, not the whole of a long text.
QVariant displayValue(const QJsonValue &value)
{
    constexpr int maxChars = 300;
    switch (value.type()) {
    case QJsonValue::Undefined:
    case QJsonValue::Null:
        return {};
    case QJsonValue::Double:
        return value.toDouble();
    case QJsonValue::Bool:
        return value.toBool();
    case QJsonValue::String: {
        QString text = value.toString();
        if (text.size() > maxChars) {
            text.truncate(maxChars);
            text += QChar(0x2026);
        }
        text.replace(QLatin1Char('\n'), QChar(0x21b5));
        return text;
    }
    case QJsonValue::Array:
    case QJsonValue::Object: {
        const QJsonDocument document =
            value.isArray() ? QJsonDocument(value.toArray()) : QJsonDocument(value.toObject());
        QString text = QString::fromUtf8(document.toJson(QJsonDocument::Compact));
        if (text.size() > maxChars) {
            text.truncate(maxChars);
            text += QChar(0x2026);
        }
        return text;
    }
    }
    return {};
}

} // namespace

struct LoadJob
{
    quint64 generation = 0;
    QString path;
    RecordFilter filter;
    Order order;
    bool firstPage = false;
    bool reopen = false;
};

/* The worker's side: one thread, one read-only connection, jobs run in the order posted. Every
   job carries the generation it was asked for and is skipped once a newer one exists. */
struct WorkerState
{
    std::atomic<quint64> latest{0};
    QMutex handleMutex; // guards handle against close while the GUI thread interrupts
    sqlite3 *handle = nullptr;
    QMutex logMutex;
    bool logEnabled = false;
    QList<RecordsModel::Query> log;

    // Used in the worker thread only.
    QString path;
    std::unique_ptr<ReadOnlyConnection> connection;
    std::unique_ptr<RecordIndex> index;

    bool stale(quint64 generation) const { return generation < latest.load(); }

    void logQuery(const char *kind, qint64 rows, const QElapsedTimer &clock)
    {
        const QMutexLocker locker(&logMutex);
        if (logEnabled)
            log.append({QLatin1String(kind), rows, QThread::currentThreadId(),
                        clock.nsecsElapsed() / 1000});
    }

    void close()
    {
        {
            const QMutexLocker locker(&handleMutex);
            handle = nullptr;
        }
        connection.reset();
    }

    bool open(QString *error)
    {
        close();
        if (path.isEmpty())
            return true;
        connection = std::make_unique<ReadOnlyConnection>(path);
        if (!connection->database().isOpen()) {
            *error =
                RecordsModel::tr("Could not read the records of %1: %2")
                    .arg(QDir::toNativeSeparators(path), connection->database().lastError().text());
            connection.reset();
            return false;
        }
        const QVariant driverHandle = connection->database().driver()->handle();
        if (driverHandle.isValid() && qstrcmp(driverHandle.typeName(), "sqlite3*") == 0) {
            const QMutexLocker locker(&handleMutex);
            handle = *static_cast<sqlite3 *const *>(driverHandle.constData());
        }
        return true;
    }

    void interrupt()
    {
        const QMutexLocker locker(&handleMutex);
        if (handle && qstrcmp(sqlite3_libversion(), SQLITE_VERSION) == 0)
            sqlite3_interrupt(handle);
    }
};

class RecordsModelPrivate
{
public:
    explicit RecordsModelPrivate(RecordsModel *model)
        : q(model)
        , state(std::make_shared<WorkerState>())
    {
        thread.setObjectName(QStringLiteral("seedbed-records"));
        worker.moveToThread(&thread);
        thread.start();
    }

    ~RecordsModelPrivate()
    {
        state->latest = std::numeric_limits<quint64>::max();
        state->interrupt();
        const std::shared_ptr<WorkerState> s = state;
        QMetaObject::invokeMethod(
            &worker,
            [s] {
                s->index.reset();
                s->close();
            },
            Qt::QueuedConnection);
        thread.quit();
        thread.wait();
    }

    // GUI thread.
    void startLoad(bool keepRows);
    void requestPage(int page) const;
    const Row *row(int rowIndex) const;
    Order order() const;
    void applyColumns(const QStringList &fieldNames, const QStringList &scoreNames);
    void resolveStageNames(QList<Row> &rows) const;

    // Worker thread.
    static void runLoad(const std::shared_ptr<WorkerState> &s, RecordsModel *model,
                        const LoadJob &job);
    static void runPage(const std::shared_ptr<WorkerState> &s, RecordsModel *model,
                        quint64 generation, int page, const QList<qint64> &ids);

    // Posted back from the worker.
    void onFirstPage(quint64 generation, QList<Row> rows);
    void onColumns(quint64 generation, const QStringList &fieldNames,
                   const QStringList &scoreNames);
    void onCounted(quint64 generation, qint64 count);
    void onIds(quint64 generation, QList<qint64> ids);
    void onPage(quint64 generation, int page, QList<Row> rows);
    void onFailed(quint64 generation, const QString &message);
    void onIndexing(quint64 generation, bool indexing);

    template<typename F> void post(F &&job) const
    {
        QMetaObject::invokeMethod(const_cast<QObject *>(&worker), std::forward<F>(job),
                                  Qt::QueuedConnection);
    }

    RecordsModel *q;
    std::shared_ptr<WorkerState> state;
    QThread thread;
    QObject worker;

    QString path;
    QHash<QUuid, QString> stageNames;
    RecordFilter filter;
    int sortColumn = -1;
    Qt::SortOrder sortOrder = Qt::AscendingOrder;

    quint64 generation = 0;
    int rowCount = 0;
    qint64 matchCount = -1;
    bool ready = false;
    bool indexing = false;
    QList<qint64> ids;
    QStringList fieldColumns;
    QStringList scoreColumns;

    mutable QHash<int, Page> pages;
    mutable QSet<int> requested;
    mutable quint64 useClock = 0;
};

/* The worker's jobs. Each runs in the worker thread and posts its results to the model. */

void RecordsModelPrivate::runLoad(const std::shared_ptr<WorkerState> &s, RecordsModel *model,
                                  const LoadJob &job)
{
    auto post = [model](auto &&f) {
        QMetaObject::invokeMethod(model, std::forward<decltype(f)>(f), Qt::QueuedConnection);
    };
    const quint64 generation = job.generation;
    auto failWith = [&](const QString &message) {
        if (s->stale(generation))
            return;
        post([model, generation, message] {
            RecordsModelPrivate *d = model->d.get();
            d->onFailed(generation, message);
        });
    };
    auto sqlFailure = [&](const QSqlQuery &query) {
        failWith(RecordsModel::tr("Could not read the records of %1: %2")
                     .arg(QDir::toNativeSeparators(s->path), query.lastError().text()));
    };
    if (s->stale(generation))
        return;

    const bool samePath = s->path == job.path;
    if (!samePath) {
        s->index.reset();
        s->close();
        s->path = job.path;
    }
    if (job.path.isEmpty())
        return;

    // A text filter searches the full-text index: bring it up to date first. The read
    // connection closes meanwhile (opened as immutable, it would not see the new rows).
    if (!RecordIndex::ftsQuery(job.filter.text).isEmpty()) {
        s->close();
        post([model, generation] { model->d->onIndexing(generation, true); });
        if (!s->index)
            s->index = std::make_unique<RecordIndex>(job.path);
        QElapsedTimer clock;
        clock.start();
        qint64 indexed = 0;
        // A newer load stops the indexing between two batches (what is done stays done).
        std::atomic_bool cancel = false;
        const bool ok = s->index->update(
            [&](qint64 done, qint64 total) {
                indexed = done;
                if (s->stale(generation)) {
                    cancel = true;
                    return;
                }
                post([model, done, total] { Q_EMIT model->indexProgress(done, total); });
            },
            &cancel);
        s->logQuery("index", indexed, clock);
        post([model, generation] { model->d->onIndexing(generation, false); });
        if (!ok) {
            failWith(s->index->errorString());
            s->index.reset();
            return;
        }
    }

    if (!s->connection || job.reopen) {
        QString error;
        if (!s->open(&error)) {
            failWith(error);
            return;
        }
    }
    const QSqlDatabase &db = s->connection->database();

    QVariantList bindings;
    const QString where = job.filter.sqlWhere(&bindings);
    const QString columns = QString::fromLatin1(rowColumnsSql).arg(QLatin1String(lengthSql));
    auto bind = [](QSqlQuery &query, const QVariantList &values) {
        for (const QVariant &value : values)
            query.addBindValue(value);
    };

    if (job.firstPage) {
        QElapsedTimer clock;
        clock.start();
        QList<Row> rows;
        // The columns of the first page come with it, so the first paint has them; in the
        // order the fields are stored (a QJsonObject sorts them).
        QStringList fieldNames;
        QStringList scoreNames;
        QSqlQuery query(db);
        query.setForwardOnly(true);
        const auto readFirstPage = [&](const QString &condition, const QVariantList &values) {
            rows.clear();
            fieldNames.clear();
            scoreNames.clear();
            query.prepare(
                QStringLiteral("SELECT %1, (SELECT json_group_array(key) FROM json_each("
                               "CASE WHEN json_valid(records.fields) THEN records.fields "
                               "ELSE '{}' END)) FROM records WHERE %2 ORDER BY %3 LIMIT %4")
                    .arg(columns, condition, job.order.sql)
                    .arg(RecordsModel::pageSize));
            bind(query, values);
            bind(query, job.order.bindings);
            if (!query.exec())
                return false;
            while (query.next()) {
                rows.append(readRow(query));
                const QJsonArray keys =
                    QJsonDocument::fromJson(query.value(9).toByteArray()).array();
                for (const QJsonValue &key : keys)
                    if (!fieldNames.contains(key.toString()))
                        fieldNames.append(key.toString());
                const QJsonObject &scores = rows.constLast().scores;
                for (auto it = scores.begin(); it != scores.end(); ++it)
                    if (!scoreNames.contains(it.key()))
                        scoreNames.append(it.key());
            }
            return !query.lastError().isValid();
        };
        // A judge score filter lists every matching id before the first row in id order (it
        // reads a record_scores row per match): the first ids are looked at first, and when
        // they hold a page, that page is the first.
        bool complete = false;
        const bool judged = std::any_of(
            job.filter.scores.cbegin(), job.filter.scores.cend(), [](const ScoreRange &range) {
                return !range.judge.isEmpty() && (range.minimum || range.maximum);
            });
        if (judged && job.order.byId) {
            QSqlQuery bounds(db);
            bounds.setForwardOnly(true);
            if (!bounds.exec(QStringLiteral("SELECT (SELECT min(id) FROM records), "
                                            "(SELECT max(id) FROM records)")) ||
                !bounds.next())
                return sqlFailure(bounds);
            if (!bounds.value(0).isNull()) {
                const qint64 first = bounds.value(0).toLongLong();
                const qint64 last = bounds.value(1).toLongLong();
                RecordFilter::IdWindow window{first, last};
                if (last - first >= firstPageWindow) {
                    if (job.order.descending)
                        window.first = last - firstPageWindow + 1;
                    else
                        window.last = first + firstPageWindow - 1;
                }
                QVariantList windowBindings;
                const QString condition = job.filter.sqlWhere(&windowBindings, window);
                if (!readFirstPage(condition, windowBindings))
                    return sqlFailure(query);
                complete = rows.size() == RecordsModel::pageSize ||
                           (window.first == first && window.last == last);
            }
        }
        if (!complete && !readFirstPage(where, bindings))
            return sqlFailure(query);
        s->logQuery("first-page", rows.size(), clock);
        if (s->stale(generation))
            return;
        post([model, generation, fieldNames, scoreNames, rows = std::move(rows)]() mutable {
            model->d->onColumns(generation, fieldNames, scoreNames);
            model->d->onFirstPage(generation, std::move(rows));
        });
    }

    // More names from a sample beyond the first page (later records may add fields).
    {
        QElapsedTimer clock;
        clock.start();
        QSqlQuery query(db);
        query.setForwardOnly(true);
        query.prepare(
            QStringLiteral(
                "SELECT DISTINCT 'f', f.key FROM (SELECT fields, scores FROM records WHERE %1 "
                "ORDER BY id DESC LIMIT %2) AS r, json_each(CASE WHEN json_valid(r.fields) THEN "
                "r.fields ELSE '{}' END) AS f "
                "UNION ALL SELECT DISTINCT 's', j.key FROM (SELECT fields, scores FROM records "
                "WHERE %1 ORDER BY id DESC LIMIT %2) AS r, json_each(CASE WHEN "
                "json_valid(r.scores) THEN r.scores ELSE '{}' END) AS j")
                .arg(where)
                .arg(sampleSize));
        bind(query, bindings);
        bind(query, bindings);
        if (!query.exec())
            return sqlFailure(query);
        QStringList fieldNames;
        QStringList scoreNames;
        while (query.next())
            (query.value(0).toString() == QLatin1String("f") ? fieldNames : scoreNames)
                .append(query.value(1).toString());
        s->logQuery("sample", fieldNames.size() + scoreNames.size(), clock);
        if (s->stale(generation))
            return;
        post([model, generation, fieldNames, scoreNames] {
            model->d->onColumns(generation, fieldNames, scoreNames);
        });
    }

    {
        QElapsedTimer clock;
        clock.start();
        QSqlQuery query(db);
        query.setForwardOnly(true);
        query.prepare(QStringLiteral("SELECT count(*) FROM records WHERE %1").arg(where));
        bind(query, bindings);
        if (!query.exec() || !query.next())
            return sqlFailure(query);
        const qint64 count = query.value(0).toLongLong();
        s->logQuery("count", 1, clock);
        if (s->stale(generation))
            return;
        post([model, generation, count] { model->d->onCounted(generation, count); });
    }

    {
        QElapsedTimer clock;
        clock.start();
        QSqlQuery query(db);
        query.setForwardOnly(true);
        query.prepare(QStringLiteral("SELECT id FROM records WHERE %1 ORDER BY %2")
                          .arg(where, job.order.sql));
        bind(query, bindings);
        bind(query, job.order.bindings);
        if (!query.exec())
            return sqlFailure(query);
        QList<qint64> ids;
        while (query.next()) {
            ids.append(query.value(0).toLongLong());
            if (ids.size() % idChunk == 0 && s->stale(generation))
                return;
        }
        if (query.lastError().isValid())
            return sqlFailure(query);
        s->logQuery("ids", ids.size(), clock);
        if (s->stale(generation))
            return;
        post([model, generation, ids = std::move(ids)]() mutable {
            model->d->onIds(generation, std::move(ids));
        });
    }
}

void RecordsModelPrivate::runPage(const std::shared_ptr<WorkerState> &s, RecordsModel *model,
                                  quint64 generation, int page, const QList<qint64> &ids)
{
    if (s->stale(generation) || !s->connection)
        return;
    QElapsedTimer clock;
    clock.start();
    QString idList = QStringLiteral("[");
    for (qsizetype i = 0; i < ids.size(); ++i) {
        if (i)
            idList += QLatin1Char(',');
        idList += QString::number(ids.at(i));
    }
    idList += QLatin1Char(']');
    QSqlQuery query(s->connection->database());
    query.setForwardOnly(true);
    query.prepare(
        QStringLiteral("SELECT %1 FROM records WHERE id IN (SELECT value FROM json_each(?))")
            .arg(QString::fromLatin1(rowColumnsSql).arg(QLatin1String(lengthSql))));
    query.addBindValue(idList);
    QHash<qint64, Row> byId;
    if (query.exec()) {
        while (query.next()) {
            Row row = readRow(query);
            byId.insert(row.id, std::move(row));
        }
    }
    if (query.lastError().isValid()) {
        if (s->stale(generation))
            return;
        const QString message =
            RecordsModel::tr("Could not read the records of %1: %2")
                .arg(QDir::toNativeSeparators(s->path), query.lastError().text());
        QMetaObject::invokeMethod(
            model, [model, generation, message] { model->d->onFailed(generation, message); },
            Qt::QueuedConnection);
        return;
    }
    s->logQuery("page", byId.size(), clock);
    QList<Row> rows;
    rows.reserve(ids.size());
    for (const qint64 id : ids) {
        Row row = byId.take(id);
        row.id = id; // a record deleted meanwhile keeps its place, empty
        rows.append(std::move(row));
    }
    QMetaObject::invokeMethod(
        model,
        [model, generation, page, rows = std::move(rows)]() mutable {
            model->d->onPage(generation, page, std::move(rows));
        },
        Qt::QueuedConnection);
}

Order RecordsModelPrivate::order() const
{
    Order o;
    const QString direction =
        sortOrder == Qt::DescendingOrder ? QStringLiteral(" DESC") : QString();
    QString expression;
    const int fixed = RecordsModel::FixedColumnCount;
    switch (sortColumn) {
    case RecordsModel::StageColumn:
        expression = QStringLiteral("records.stage_id");
        break;
    case RecordsModel::StatusColumn:
        expression = QStringLiteral("records.status");
        break;
    case RecordsModel::ReviewColumn:
        expression = QStringLiteral("records.review_state");
        break;
    case RecordsModel::ScoreColumn:
        expression = QStringLiteral("records.score");
        break;
    case RecordsModel::LengthColumn:
        expression = QLatin1String(lengthSql);
        break;
    case RecordsModel::TagsColumn:
        expression = QStringLiteral("records.tags");
        break;
    default:
        if (sortColumn >= fixed && sortColumn < fixed + fieldColumns.size())
            expression = memberSql("fields", fieldColumns.at(sortColumn - fixed), &o.bindings);
        else if (sortColumn >= fixed + fieldColumns.size() &&
                 sortColumn < fixed + fieldColumns.size() + scoreColumns.size())
            expression = memberSql(
                "scores", scoreColumns.at(sortColumn - fixed - fieldColumns.size()), &o.bindings);
        break;
    }
    o.byId = expression.isEmpty();
    o.descending = sortOrder == Qt::DescendingOrder;
    if (o.byId)
        o.sql = QStringLiteral("records.id") + direction;
    else
        o.sql = expression + direction + QStringLiteral(", records.id") + direction;
    return o;
}

void RecordsModelPrivate::startLoad(bool keepRows)
{
    ++generation;
    state->latest = generation;
    state->interrupt();
    requested.clear();
    if (!keepRows) {
        if (rowCount > 0) {
            q->beginRemoveRows({}, 0, rowCount - 1);
            rowCount = 0;
            ids.clear();
            pages.clear();
            q->endRemoveRows();
        }
        ids.clear();
        pages.clear();
    }
    ready = false;
    matchCount = -1;
    LoadJob job;
    job.generation = generation;
    job.path = path;
    job.filter = filter;
    job.order = order();
    job.firstPage = rowCount == 0;
    job.reopen = true; // a refresh must see what was written since
    const std::shared_ptr<WorkerState> s = state;
    RecordsModel *model = q;
    post([s, model, job] { runLoad(s, model, job); });
}

void RecordsModelPrivate::requestPage(int page) const
{
    if (!ready || page < 0 || qsizetype(page) * RecordsModel::pageSize >= ids.size() ||
        requested.contains(page))
        return;
    const auto it = pages.constFind(page);
    if (it != pages.cend() && it->generation == generation)
        return;
    requested.insert(page);
    const QList<qint64> pageIds =
        ids.mid(qsizetype(page) * RecordsModel::pageSize, RecordsModel::pageSize);
    const std::shared_ptr<WorkerState> s = state;
    RecordsModel *model = q;
    const quint64 g = generation;
    post([s, model, g, page, pageIds] { runPage(s, model, g, page, pageIds); });
}

const Row *RecordsModelPrivate::row(int rowIndex) const
{
    const int page = rowIndex / RecordsModel::pageSize;
    const auto it = pages.find(page);
    if (it == pages.end() || it->generation != generation) {
        requestPage(page);
        // Neighbours too, so scrolling rarely shows a row before its data.
        requestPage(page + 1);
        if (page > 0)
            requestPage(page - 1);
    }
    if (it == pages.end())
        return nullptr;
    it->lastUse = ++useClock;
    const int offset = rowIndex % RecordsModel::pageSize;
    if (offset >= it->rows.size())
        return nullptr;
    const Row *r = &it->rows.at(offset);
    // A page read before the list changed shows a row only while it holds the same record.
    if (it->generation != generation && ready && ids.value(rowIndex) != r->id)
        return nullptr;
    return r;
}

void RecordsModelPrivate::resolveStageNames(QList<Row> &rows) const
{
    for (Row &r : rows)
        r.stageName = stageNames.value(QUuid::fromString(r.stage), r.stage);
}

void RecordsModelPrivate::applyColumns(const QStringList &fieldNames, const QStringList &scoreNames)
{
    // Columns are only ever added until the project changes, so a view keeps its layout.
    QStringList newFields;
    for (const QString &name : fieldNames)
        if (!fieldColumns.contains(name) && !newFields.contains(name))
            newFields.append(name);
    if (!newFields.isEmpty()) {
        const int first = RecordsModel::FixedColumnCount + int(fieldColumns.size());
        q->beginInsertColumns({}, first, first + int(newFields.size()) - 1);
        fieldColumns += newFields;
        q->endInsertColumns();
    }
    QStringList newScores;
    for (const QString &name : scoreNames)
        if (!scoreColumns.contains(name) && !newScores.contains(name))
            newScores.append(name);
    if (!newScores.isEmpty()) {
        const int first =
            RecordsModel::FixedColumnCount + int(fieldColumns.size()) + int(scoreColumns.size());
        q->beginInsertColumns({}, first, first + int(newScores.size()) - 1);
        scoreColumns += newScores;
        q->endInsertColumns();
    }
}

void RecordsModelPrivate::onColumns(quint64 g, const QStringList &fieldNames,
                                    const QStringList &scoreNames)
{
    if (g != generation)
        return;
    applyColumns(fieldNames, scoreNames);
}

void RecordsModelPrivate::onFirstPage(quint64 g, QList<Row> rows)
{
    if (g != generation || rowCount != 0 || rows.isEmpty())
        return;
    resolveStageNames(rows);
    q->beginInsertRows({}, 0, int(rows.size()) - 1);
    rowCount = int(rows.size());
    pages.insert(0, Page{generation, std::move(rows), ++useClock});
    q->endInsertRows();
}

void RecordsModelPrivate::onCounted(quint64 g, qint64 count)
{
    if (g != generation)
        return;
    matchCount = count;
    Q_EMIT q->counted(count);
}

void RecordsModelPrivate::onIds(quint64 g, QList<qint64> list)
{
    if (g != generation)
        return;
    const int oldCount = rowCount;
    const int newCount = int(std::min<qsizetype>(list.size(), std::numeric_limits<int>::max()));
    if (newCount < oldCount) {
        q->beginRemoveRows({}, newCount, oldCount - 1);
        rowCount = newCount;
        ids = list;
        q->endRemoveRows();
    }
    ids = std::move(list);
    ready = true;
    matchCount = ids.size();
    requested.clear();
    // Pages read before the list stay on screen until read again, unless they still match.
    for (auto it = pages.begin(); it != pages.end(); ++it) {
        if (it->generation != generation)
            continue;
        const qsizetype start = qsizetype(it.key()) * RecordsModel::pageSize;
        bool same = start + it->rows.size() <= ids.size();
        for (qsizetype i = 0; same && i < it->rows.size(); ++i)
            same = it->rows.at(i).id == ids.at(start + i);
        if (!same ||
            it->rows.size() < std::min<qsizetype>(RecordsModel::pageSize, ids.size() - start))
            it->generation = 0;
    }
    if (newCount > oldCount) {
        q->beginInsertRows({}, oldCount, newCount - 1);
        rowCount = newCount;
        q->endInsertRows();
    }
    if (std::min(oldCount, newCount) > 0)
        Q_EMIT q->dataChanged(q->index(0, 0),
                              q->index(std::min(oldCount, newCount) - 1, q->columnCount() - 1));
    Q_EMIT q->counted(matchCount);
    Q_EMIT q->ready(matchCount);
}

void RecordsModelPrivate::onPage(quint64 g, int page, QList<Row> rows)
{
    requested.remove(page);
    if (g != generation)
        return;
    resolveStageNames(rows);
    const int first = page * RecordsModel::pageSize;
    const int last = std::min(rowCount, first + int(rows.size())) - 1;
    pages.insert(page, Page{generation, std::move(rows), ++useClock});
    while (pages.size() > maxPages) {
        auto oldest = pages.begin();
        for (auto it = pages.begin(); it != pages.end(); ++it)
            if (it->lastUse < oldest->lastUse)
                oldest = it;
        pages.erase(oldest);
    }
    if (last >= first)
        Q_EMIT q->dataChanged(q->index(first, 0), q->index(last, q->columnCount() - 1));
}

void RecordsModelPrivate::onFailed(quint64 g, const QString &message)
{
    if (g != generation)
        return;
    Q_EMIT q->failed(message);
}

void RecordsModelPrivate::onIndexing(quint64 g, bool on)
{
    if (g != generation && on)
        return;
    if (indexing == on)
        return;
    indexing = on;
    Q_EMIT q->indexingChanged(on);
}

RecordsModel::RecordsModel(QObject *parent)
    : QAbstractTableModel(parent)
    , d(std::make_unique<RecordsModelPrivate>(this))
{}

RecordsModel::~RecordsModel() = default;

void RecordsModel::setProject(const QString &projectDir, const QHash<QUuid, QString> &stageNames)
{
    beginResetModel();
    d->path = projectDir.isEmpty()
                  ? QString()
                  : QDir(projectDir).absoluteFilePath(QStringLiteral("data.sqlite"));
    d->stageNames = stageNames;
    d->rowCount = 0;
    d->ids.clear();
    d->pages.clear();
    d->fieldColumns.clear();
    d->scoreColumns.clear();
    d->sortColumn = -1;
    d->sortOrder = Qt::AscendingOrder;
    d->startLoad(false);
    endResetModel();
}

void RecordsModel::setFilter(const RecordFilter &filter)
{
    if (filter == d->filter)
        return;
    d->filter = filter;
    d->startLoad(false);
}

RecordFilter RecordsModel::filter() const
{
    return d->filter;
}

void RecordsModel::refresh()
{
    d->startLoad(true);
}

qint64 RecordsModel::matchCount() const
{
    return d->matchCount;
}

bool RecordsModel::isReady() const
{
    return d->ready;
}

bool RecordsModel::indexing() const
{
    return d->indexing;
}

qint64 RecordsModel::recordId(int row) const
{
    if (row < 0 || row >= d->rowCount)
        return 0;
    if (d->ready)
        return d->ids.value(row);
    const Row *r = d->row(row);
    return r ? r->id : 0;
}

int RecordsModel::rowOf(qint64 id) const
{
    if (d->ready) {
        const auto it = std::find(d->ids.cbegin(), d->ids.cend(), id);
        return it == d->ids.cend() ? -1 : int(it - d->ids.cbegin());
    }
    const auto page = d->pages.constFind(0);
    if (page == d->pages.cend())
        return -1;
    for (qsizetype i = 0; i < page->rows.size(); ++i)
        if (page->rows.at(i).id == id)
            return int(i);
    return -1;
}

QList<qint64> RecordsModel::matchingIds() const
{
    return d->ready ? d->ids : QList<qint64>();
}

QStringList RecordsModel::fieldColumns() const
{
    return d->fieldColumns;
}

QStringList RecordsModel::scoreColumns() const
{
    return d->scoreColumns;
}

void RecordsModel::setQueryLogEnabled(bool enabled)
{
    const QMutexLocker locker(&d->state->logMutex);
    d->state->logEnabled = enabled;
    if (!enabled)
        d->state->log.clear();
}

QList<RecordsModel::Query> RecordsModel::queryLog() const
{
    const QMutexLocker locker(&d->state->logMutex);
    return d->state->log;
}

int RecordsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : d->rowCount;
}

int RecordsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid()
               ? 0
               : FixedColumnCount + int(d->fieldColumns.size()) + int(d->scoreColumns.size());
}

QVariant RecordsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const int column = index.column();
    if (role == RecordIdRole) {
        const qint64 id = recordId(index.row());
        return id ? QVariant(id) : QVariant();
    }
    if (role != Qt::DisplayRole && role != FieldsRole && role != StatusRole &&
        role != ReviewStateRole && role != SortValueRole && role != Qt::TextAlignmentRole &&
        role != Qt::ToolTipRole)
        return {};
    const Row *r = d->row(index.row());
    if (!r || r->status.isEmpty())
        return {};
    switch (role) {
    case FieldsRole:
        return r->fields;
    case StatusRole:
        return r->status;
    case ReviewStateRole:
        return r->review;
    default:
        break;
    }
    const int fields = int(d->fieldColumns.size());
    const bool display = role == Qt::DisplayRole || role == Qt::ToolTipRole;
    if (role == Qt::TextAlignmentRole) {
        const bool numeric = column == IdColumn || column == ScoreColumn ||
                             column == LengthColumn || column >= FixedColumnCount + fields;
        return numeric ? QVariant(int(Qt::AlignRight | Qt::AlignVCenter)) : QVariant();
    }
    switch (column) {
    case IdColumn:
        return r->id;
    case StageColumn:
        return display ? r->stageName : r->stage;
    case StatusColumn:
        return display ? statusText(r->status) : r->status;
    case ReviewColumn:
        return display ? reviewText(r->review) : r->review;
    case ScoreColumn:
        return r->score.isNull() ? QVariant() : QVariant(r->score.toDouble());
    case LengthColumn:
        return r->length;
    case TagsColumn:
        return display ? r->tags.join(QLatin1String(", ")) : QVariant(r->tags);
    default:
        break;
    }
    if (column < FixedColumnCount + fields) {
        const QJsonValue value = r->fields.value(d->fieldColumns.at(column - FixedColumnCount));
        if (role == Qt::ToolTipRole) // a tooltip would take "<b>…" for markup: escape it
            return value.isString()
                       ? QVariant(Qt::convertFromPlainText(value.toString().left(2000)))
                       : QVariant();
        return display ? displayValue(value) : value.toVariant();
    }
    const QJsonValue score =
        r->scores.value(d->scoreColumns.value(column - FixedColumnCount - fields));
    return score.isDouble() ? QVariant(score.toDouble()) : QVariant();
}

QVariant RecordsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole || section < 0 ||
        section >= columnCount())
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case IdColumn:
        return tr("ID");
    case StageColumn:
        return tr("Stage");
    case StatusColumn:
        return tr("Status");
    case ReviewColumn:
        return tr("Review");
    case ScoreColumn:
        return tr("Score");
    case LengthColumn:
        return tr("Length");
    case TagsColumn:
        return tr("Tags");
    default:
        break;
    }
    const int fields = int(d->fieldColumns.size());
    if (section < FixedColumnCount + fields)
        return d->fieldColumns.at(section - FixedColumnCount);
    return d->scoreColumns.at(section - FixedColumnCount - fields);
}

void RecordsModel::sort(int column, Qt::SortOrder order)
{
    if (column == d->sortColumn && order == d->sortOrder)
        return;
    // Field and score columns are sorted by name, so the column keeps its meaning.
    d->sortColumn = column;
    d->sortOrder = order;
    d->startLoad(false);
}

} // namespace Seedbed::Records
