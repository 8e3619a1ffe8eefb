#include "models/records/reviewstore.h"

#include <QCoreApplication>
#include <QDataStream>
#include <QDateTime>
#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QMutex>
#include <QRegularExpression>
#include <QSet>
#include <QThread>
#include <QWaitCondition>

#include <sqlite3.h>

#include <atomic>
#include <deque>
#include <limits>

namespace Seedbed::Records {

/* The old values of the changed records. Per record only what the change touches is kept: the
   state as one byte, the other columns as their stored text, a deleted record as its whole
   row (generic over the table's columns, so later schema versions are kept too) with its
   review history. Read and written by the worker only, job after job. */
struct ReviewUndo
{
    QString path;
    ReviewChange change;
    QList<qint64> ids;
    QByteArray states;          //!< one stateCode() per id, when the state was touched
    QList<QByteArray> tags;     //!< per id, when the tags were touched
    QList<QByteArray> meta;     //!< per id, when the note, the fields or the meta were touched
    QList<QByteArray> fields;   //!< per id, when the fields were touched
    QList<QByteArray> statuses; //!< per id, when the status was touched
    QStringList recordColumns;  //!< a delete: the columns of the rows below
    QStringList reviewColumns;  //!< a delete: the columns of the history rows
    QList<QByteArray> deleted;  //!< a delete: per id, the row and its history, encoded
    /*! A delete: the deleted_items entries (stage id, item key) it added. */
    QList<std::pair<QByteArray, QByteArray>> remembered;
    /*! A change made of several (ReviewChange::keepDuplicate): applied in this order, undone
        in the reverse one; \c ids then lists every record touched, for the count. */
    QList<std::shared_ptr<ReviewUndo>> parts;
    qint64 firstReview = 0; //!< the history rows the last apply or redo wrote
    qint64 lastReview = -1;
};

namespace {

enum Touch { TouchState = 1, TouchTags = 2, TouchMeta = 4, TouchFields = 8, TouchStatus = 16 };

int touched(const ReviewChange &change)
{
    int touch = TouchState; // every change may move the state (an edit makes it "edited")
    if (!change.addTags.isEmpty() || !change.removeTags.isEmpty())
        touch |= TouchTags;
    if (change.note || !change.fieldEdits.isEmpty() || !change.metaEdits.isEmpty())
        touch |= TouchMeta;
    if (!change.fieldEdits.isEmpty())
        touch |= TouchFields;
    if (change.status)
        touch |= TouchStatus;
    return touch;
}

char stateCode(QByteArrayView state)
{
    if (state == "accepted")
        return 'a';
    if (state == "rejected")
        return 'r';
    if (state == "edited")
        return 'e';
    return 'u';
}

QByteArray stateName(char code)
{
    switch (code) {
    case 'a':
        return QByteArrayLiteral("accepted");
    case 'r':
        return QByteArrayLiteral("rejected");
    case 'e':
        return QByteArrayLiteral("edited");
    default:
        return QByteArrayLiteral("unreviewed");
    }
}

QByteArray compact(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

QByteArray compact(const QJsonArray &array)
{
    return QJsonDocument(array).toJson(QJsonDocument::Compact);
}

qint64 nowMs()
{
    return QDateTime::currentMSecsSinceEpoch();
}

class Statement
{
public:
    Statement() = default;
    Statement(const Statement &) = delete;
    Statement &operator=(const Statement &) = delete;
    ~Statement()
    {
        if (m_stmt)
            sqlite3_finalize(m_stmt);
    }

    bool prepare(sqlite3 *db, const QByteArray &sql)
    {
        if (m_stmt)
            sqlite3_finalize(m_stmt);
        m_stmt = nullptr;
        return sqlite3_prepare_v2(db, sql.constData(), int(sql.size()), &m_stmt, nullptr) ==
               SQLITE_OK;
    }
    // The bytes must outlive the next step().
    void bind(int index, const QByteArray &text)
    {
        sqlite3_bind_text(m_stmt, index, text.constData(), int(text.size()), SQLITE_STATIC);
    }
    void bind(int index, qint64 value) { sqlite3_bind_int64(m_stmt, index, value); }
    void bindNull(int index) { sqlite3_bind_null(m_stmt, index); }
    int step() { return sqlite3_step(m_stmt); }
    void reset()
    {
        sqlite3_reset(m_stmt);
        sqlite3_clear_bindings(m_stmt);
    }
    qint64 int64(int column) const { return sqlite3_column_int64(m_stmt, column); }
    QByteArray text(int column) const
    {
        const auto *data = reinterpret_cast<const char *>(sqlite3_column_text(m_stmt, column));
        return QByteArray(data, sqlite3_column_bytes(m_stmt, column));
    }
    int columnCount() const { return sqlite3_column_count(m_stmt); }
    QString columnName(int column) const
    {
        return QString::fromUtf8(sqlite3_column_name(m_stmt, column));
    }
    sqlite3_stmt *handle() const { return m_stmt; }

private:
    sqlite3_stmt *m_stmt = nullptr;
};

// A row's values, typed as SQLite stores them, for a deleted record.
void writeRow(QDataStream &out, sqlite3_stmt *stmt)
{
    const int columns = sqlite3_column_count(stmt);
    for (int i = 0; i < columns; ++i) {
        const int type = sqlite3_column_type(stmt, i);
        out << quint8(type);
        switch (type) {
        case SQLITE_INTEGER:
            out << qint64(sqlite3_column_int64(stmt, i));
            break;
        case SQLITE_FLOAT:
            out << sqlite3_column_double(stmt, i);
            break;
        case SQLITE_TEXT:
        case SQLITE_BLOB: {
            const auto *data = static_cast<const char *>(
                type == SQLITE_TEXT ? static_cast<const void *>(sqlite3_column_text(stmt, i))
                                    : sqlite3_column_blob(stmt, i));
            out << QByteArray(data, sqlite3_column_bytes(stmt, i));
            break;
        }
        default:
            break;
        }
    }
}

/* Binds the next \a columns values of \a in to \a stmt; \a replaceColumn (if >= 0) gets
   \a replacement instead. Keeps the bytes in \a keep until the statement has run. */
void bindRow(QDataStream &in, int columns, sqlite3_stmt *stmt, int replaceColumn,
             qint64 replacement, QList<QByteArray> *keep)
{
    for (int i = 0; i < columns; ++i) {
        quint8 type = 0;
        in >> type;
        qint64 integer = 0;
        double real = 0;
        QByteArray bytes;
        switch (type) {
        case SQLITE_INTEGER:
            in >> integer;
            sqlite3_bind_int64(stmt, i + 1, i == replaceColumn ? replacement : integer);
            break;
        case SQLITE_FLOAT:
            in >> real;
            sqlite3_bind_double(stmt, i + 1, real);
            break;
        case SQLITE_TEXT:
        case SQLITE_BLOB:
            in >> bytes;
            keep->append(bytes);
            if (type == SQLITE_TEXT)
                sqlite3_bind_text(stmt, i + 1, bytes.constData(), int(bytes.size()), SQLITE_STATIC);
            else
                sqlite3_bind_blob(stmt, i + 1, bytes.constData(), int(bytes.size()), SQLITE_STATIC);
            break;
        default:
            sqlite3_bind_null(stmt, i + 1);
            break;
        }
        if (i == replaceColumn && type != SQLITE_INTEGER)
            sqlite3_bind_int64(stmt, i + 1, replacement);
    }
}

QByteArray insertSql(const QString &table, const QStringList &columns)
{
    QStringList quoted;
    QStringList marks;
    for (const QString &column : columns) {
        quoted.append(QLatin1Char('"') + column + QLatin1Char('"'));
        marks.append(QStringLiteral("?"));
    }
    return QStringLiteral("INSERT OR IGNORE INTO %1 (%2) VALUES (%3)")
        .arg(table, quoted.join(QLatin1Char(',')), marks.join(QLatin1Char(',')))
        .toUtf8();
}

// Checked for a cancel and reported as progress every this many records.
constexpr int chunk = 1000;

} // namespace

ReviewSelection ReviewSelection::ofIds(const QList<qint64> &ids)
{
    ReviewSelection selection;
    selection.ids = ids;
    return selection;
}

ReviewSelection ReviewSelection::matching(const RecordFilter &filter)
{
    ReviewSelection selection;
    selection.filter = filter;
    return selection;
}

ReviewChange ReviewChange::setState(const QString &state)
{
    ReviewChange change;
    change.state = state;
    return change;
}

ReviewChange ReviewChange::tag(const QString &tag)
{
    ReviewChange change;
    change.addTags = {tag};
    return change;
}

ReviewChange ReviewChange::untag(const QString &tag)
{
    ReviewChange change;
    change.removeTags = {tag};
    return change;
}

ReviewChange ReviewChange::setNote(const QString &note)
{
    ReviewChange change;
    change.note = note;
    return change;
}

ReviewChange ReviewChange::editFields(const QJsonObject &fieldEdits)
{
    ReviewChange change;
    change.fieldEdits = fieldEdits;
    return change;
}

ReviewChange ReviewChange::deleteRecords()
{
    ReviewChange change;
    change.remove = true;
    return change;
}

QStringList ReviewChange::splitTags(const QString &text)
{
    static const QRegularExpression separators(QStringLiteral("[,;\uFF0C\uFF1B\u3001]"));
    QStringList tags;
    for (const QString &part : text.split(separators, Qt::SkipEmptyParts)) {
        const QString tag = part.trimmed();
        if (!tag.isEmpty() && !tags.contains(tag))
            tags.append(tag);
    }
    return tags;
}

ReviewChange ReviewChange::keepInCluster()
{
    ReviewChange change;
    change.keepDuplicate = true;
    return change;
}

bool ReviewChange::isEmpty() const
{
    return !state && addTags.isEmpty() && removeTags.isEmpty() && !note && fieldEdits.isEmpty() &&
           !status && metaEdits.isEmpty() && !remove && !keepDuplicate;
}

// --- The worker ---------------------------------------------------------------------------------

class ReviewStore::Worker
{
public:
    struct Job
    {
        qint64 id = 0;
        ReviewResult::Kind kind = ReviewResult::Kind::Apply;
        QString path;
        ReviewChange change;
        ReviewSelection selection;
        std::shared_ptr<ReviewUndo> undo;
    };

    explicit Worker(ReviewStore *store)
        : q(store)
    {
        m_thread.reset(QThread::create([this] { loop(); }));
        m_thread->setObjectName(QStringLiteral("ReviewStore"));
        m_thread->start();
    }

    ~Worker()
    {
        {
            QMutexLocker locker(&m_mutex);
            m_stopping = true;
            m_queue.clear();
            if (m_runningKind == ReviewResult::Kind::Apply)
                m_cancelRunning = true;
            m_wake.wakeAll();
        }
        m_thread->wait();
    }

    qint64 enqueue(Job job)
    {
        QMutexLocker locker(&m_mutex);
        job.id = m_nextId++;
        if (job.path.isEmpty())
            job.path = m_path;
        m_queue.push_back(std::move(job));
        ++m_pending;
        m_wake.wakeAll();
        return m_queue.back().id;
    }

    void cancel(qint64 id)
    {
        QMutexLocker locker(&m_mutex);
        if (m_running == id && m_runningKind == ReviewResult::Kind::Apply)
            m_cancelRunning = true;
        for (Job &job : m_queue) {
            if (job.id == id && job.kind == ReviewResult::Kind::Apply)
                m_cancelledQueued.insert(id);
        }
    }

    bool waitForIdle(int timeoutMs)
    {
        QDeadlineTimer deadline(timeoutMs < 0 ? QDeadlineTimer(QDeadlineTimer::Forever)
                                              : QDeadlineTimer(timeoutMs));
        QMutexLocker locker(&m_mutex);
        while (!m_queue.empty() || m_running != 0) {
            if (!m_idle.wait(&m_mutex, deadline))
                return false;
        }
        return true;
    }

    ReviewStore *q;
    QString m_path;    // guarded by m_mutex
    int m_pending = 0; // the store's thread's count: jobs whose finished() was not emitted
    std::unique_ptr<QThread> m_thread;

    void loop()
    {
        for (;;) {
            Job job;
            bool cancelled = false;
            {
                QMutexLocker locker(&m_mutex);
                while (m_queue.empty() && !m_stopping)
                    m_wake.wait(&m_mutex);
                if (m_stopping)
                    break;
                job = std::move(m_queue.front());
                m_queue.pop_front();
                cancelled = m_cancelledQueued.remove(job.id);
                m_running = job.id;
                m_runningKind = job.kind;
                m_cancelRunning = false;
            }
            ReviewResult result;
            result.job = job.id;
            result.kind = job.kind;
            if (cancelled)
                result.cancelled = true;
            else
                run(job, &result);
            // Posted before the job counts as done, so that waitForIdle() can deliver it.
            ReviewStore *store = q;
            QMetaObject::invokeMethod(
                store,
                [store, result] {
                    Worker *worker = store->m_worker.get();
                    emit store->finished(result);
                    if (--worker->m_pending == 0)
                        emit store->busyChanged(false);
                },
                Qt::QueuedConnection);
            QMutexLocker locker(&m_mutex);
            m_running = 0;
            if (m_queue.empty())
                m_idle.wakeAll();
        }
        close();
        QMutexLocker locker(&m_mutex);
        m_idle.wakeAll();
    }

    bool cancelRequested()
    {
        QMutexLocker locker(&m_mutex);
        return m_cancelRunning || m_stopping;
    }

    void reportProgress(qint64 job, qint64 done, qint64 total)
    {
        ReviewStore *store = q;
        QMetaObject::invokeMethod(
            store, [store, job, done, total] { emit store->progress(job, done, total); },
            Qt::QueuedConnection);
    }

    void close()
    {
        if (m_db)
            sqlite3_close_v2(m_db);
        m_db = nullptr;
        m_openPath.clear();
    }

    bool open(const QString &path, QString *error)
    {
        if (m_db && m_openPath == path)
            return true;
        close();
        if (path.isEmpty()) {
            *error = ReviewStore::tr("No project is open.");
            return false;
        }
        // Never creates a file: a missing data.sqlite is an error.
        if (sqlite3_open_v2(QFile::encodeName(path).constData(), &m_db, SQLITE_OPEN_READWRITE,
                            nullptr) != SQLITE_OK) {
            *error = ReviewStore::tr("Cannot open %1: %2")
                         .arg(QDir::toNativeSeparators(path),
                              QString::fromUtf8(m_db ? sqlite3_errmsg(m_db) : "out of memory"));
            close();
            return false;
        }
        // Runs and views use the file meanwhile; a writer waits for the other rather than fail.
        sqlite3_busy_timeout(m_db, 10000);
        // As the runner: a page cache that holds the records' indexes while a bulk change
        // updates them (the default 2 MB makes a change over 100,000 records thrash).
        sqlite3_exec(m_db,
                     "PRAGMA foreign_keys = ON; PRAGMA synchronous = NORMAL; "
                     "PRAGMA cache_size = -32768; PRAGMA temp_store = MEMORY",
                     nullptr, nullptr, nullptr);
        m_openPath = path;
        return true;
    }

    QString sqliteError() const
    {
        return ReviewStore::tr("The records could not be changed: %1")
            .arg(QString::fromUtf8(sqlite3_errmsg(m_db)));
    }

    bool exec(const char *sql)
    {
        return sqlite3_exec(m_db, sql, nullptr, nullptr, nullptr) == SQLITE_OK;
    }

    void fail(ReviewResult *result)
    {
        result->error = sqliteError();
        exec("ROLLBACK");
    }

    bool selectIds(const Job &job, QList<qint64> *ids)
    {
        if (!job.selection.filter) {
            QSet<qint64> seen;
            ids->reserve(job.selection.ids.size());
            for (qint64 id : job.selection.ids) {
                if (!seen.contains(id)) {
                    seen.insert(id);
                    ids->append(id);
                }
            }
            return true;
        }
        QVariantList bindings;
        const QString where = job.selection.filter->sqlWhere(&bindings);
        Statement select;
        if (!select.prepare(
                m_db,
                QStringLiteral("SELECT id FROM records WHERE %1 ORDER BY id").arg(where).toUtf8()))
            return false;
        QList<QByteArray> keep;
        for (int i = 0; i < bindings.size(); ++i) {
            const QVariant &value = bindings.at(i);
            switch (value.typeId()) {
            case QMetaType::Int:
            case QMetaType::LongLong:
            case QMetaType::UInt:
            case QMetaType::ULongLong:
            case QMetaType::Bool:
                select.bind(i + 1, value.toLongLong());
                break;
            case QMetaType::Double:
            case QMetaType::Float:
                sqlite3_bind_double(select.handle(), i + 1, value.toDouble());
                break;
            default:
                if (value.isNull()) {
                    select.bindNull(i + 1);
                } else {
                    keep.append(value.toString().toUtf8());
                    select.bind(i + 1, keep.last());
                }
            }
        }
        int rc;
        while ((rc = select.step()) == SQLITE_ROW)
            ids->append(select.int64(0));
        return rc == SQLITE_DONE;
    }

    void run(const Job &job, ReviewResult *result)
    {
        const ReviewChange &change = job.undo ? job.undo->change : job.change;
        const QString path = job.undo ? job.undo->path : job.path;
        if (!open(path, &result->error))
            return;
        // IMMEDIATE: the write lock up front, so a busy file fails before anything changed.
        if (!exec("BEGIN IMMEDIATE")) {
            result->error = sqliteError();
            return;
        }
        if (job.kind == ReviewResult::Kind::Undo)
            restore(job, result);
        else
            apply(job, change, path, result);
        if (!result->succeeded()) {
            result->undo.reset();
            return;
        }
        if (!exec("COMMIT")) {
            fail(result);
            result->undo.reset();
            return;
        }
        result->text = ReviewStore::describe(change, result->count);
    }

    qint64 maxReviewId()
    {
        Statement max;
        if (!max.prepare(m_db, "SELECT coalesce(max(id), 0) FROM reviews") ||
            max.step() != SQLITE_ROW)
            return -1;
        return max.int64(0);
    }

    void apply(const Job &job, const ReviewChange &change, const QString &path,
               ReviewResult *result)
    {
        if (change.keepDuplicate || (job.undo && !job.undo->parts.isEmpty()))
            return applyParts(job, change, path, result);
        QList<qint64> ids;
        if (job.kind == ReviewResult::Kind::Redo)
            ids = job.undo->ids;
        else if (!selectIds(job, &ids))
            return fail(result);
        auto undo = std::make_shared<ReviewUndo>();
        if (!applyPart(job.id, change, path, ids, undo.get(), result))
            return;
        result->count = undo->ids.size();
        if (job.kind == ReviewResult::Kind::Redo) {
            // The same records (all of them existed when undone); the history rows are new.
            *job.undo = std::move(*undo);
        } else if (result->count > 0) {
            result->undo = std::move(undo);
        }
    }

    // Applies \a change to \a ids, filling \a undo; false when the job failed or was cancelled.
    bool applyPart(qint64 jobId, const ReviewChange &change, const QString &path,
                   const QList<qint64> &ids, ReviewUndo *undo, ReviewResult *result)
    {
        const qint64 total = ids.size();
        reportProgress(jobId, 0, total);
        undo->path = path;
        undo->change = change;
        undo->ids.reserve(ids.size());
        const qint64 reviewsBefore = maxReviewId();
        if (reviewsBefore < 0) {
            fail(result);
            return false;
        }
        const bool ok = change.remove ? removeRecords(jobId, change, ids, undo, result)
                                      : changeRecords(jobId, change, ids, undo, result);
        if (!ok)
            return false;
        const qint64 reviewsAfter = maxReviewId();
        if (reviewsAfter < 0) {
            fail(result);
            return false;
        }
        undo->firstReview = reviewsBefore + 1;
        undo->lastReview = reviewsAfter;
        reportProgress(jobId, total, total);
        return true;
    }

    /* A change made of parts: planned here (keeping another duplicate) or, for a redo, the
       parts planned when it was first applied, on the same records. */
    void applyParts(const Job &job, const ReviewChange &change, const QString &path,
                    ReviewResult *result)
    {
        QList<std::pair<ReviewChange, QList<qint64>>> plan;
        if (job.kind == ReviewResult::Kind::Redo) {
            for (const auto &part : std::as_const(job.undo->parts))
                plan.append({part->change, part->ids});
        } else if (!planKeepDuplicate(job, change, &plan, result)) {
            if (result->error.isEmpty())
                fail(result);
            else
                exec("ROLLBACK");
            return;
        }
        auto undo = std::make_shared<ReviewUndo>();
        undo->path = path;
        undo->change = change;
        for (const auto &[partChange, ids] : std::as_const(plan)) {
            auto part = std::make_shared<ReviewUndo>();
            if (!applyPart(job.id, partChange, path, ids, part.get(), result))
                return;
            undo->ids.append(part->ids);
            undo->parts.append(std::move(part));
        }
        result->count = undo->ids.size();
        if (job.kind == ReviewResult::Kind::Redo)
            *job.undo = std::move(*undo);
        else if (result->count > 0)
            result->undo = std::move(undo);
    }

    /* Keeping record R of a duplicate cluster instead of K, the record of the same stage made
       of the input the cluster kept (meta.duplicateOfParent of its members): R becomes "ok"
       and accepted, K a rejected duplicate, the members name R's input as the kept one, and
       what was made of K downstream goes (remakeable: should K be kept again, a run makes it
       anew). False with result->error set when R is not in a cluster. */
    bool planKeepDuplicate(const Job &job, const ReviewChange &change,
                           QList<std::pair<ReviewChange, QList<qint64>>> *plan,
                           ReviewResult *result)
    {
        if (job.selection.filter || job.selection.ids.size() != 1) {
            result->error = ReviewStore::tr("Choose one record to keep.");
            return false;
        }
        const qint64 chosen = job.selection.ids.first();
        Statement read;
        if (!read.prepare(m_db, "SELECT stage_id, status, parent_id, "
                                "json_extract(meta, '$.duplicateOfParent') FROM records "
                                "WHERE id = ?"))
            return false;
        read.bind(1, chosen);
        if (read.step() != SQLITE_ROW) {
            result->error = ReviewStore::tr("Record %1 does not exist any more.").arg(chosen);
            return false;
        }
        const QByteArray stage = read.text(0);
        const QByteArray status = read.text(1);
        const qint64 newParent = read.int64(2);
        const bool inCluster = sqlite3_column_type(read.handle(), 3) != SQLITE_NULL;
        const qint64 oldParent = read.int64(3);
        if (status != "duplicate" || !inCluster) {
            result->error =
                ReviewStore::tr("Record %1 is not a duplicate of a kept record.").arg(chosen);
            return false;
        }

        QList<qint64> kept;
        Statement findKept;
        if (!findKept.prepare(m_db, "SELECT id FROM records WHERE stage_id = ? AND "
                                    "parent_id = ? AND status = 'ok' ORDER BY id"))
            return false;
        findKept.bind(1, stage);
        findKept.bind(2, oldParent);
        int rc;
        while ((rc = findKept.step()) == SQLITE_ROW)
            kept.append(findKept.int64(0));
        if (rc != SQLITE_DONE)
            return false;

        QList<qint64> members;
        Statement findMembers;
        if (!findMembers.prepare(m_db, "SELECT id FROM records WHERE stage_id = ? AND "
                                       "status = 'duplicate' AND "
                                       "json_extract(meta, '$.duplicateOfParent') = ? AND id <> ? "
                                       "ORDER BY id"))
            return false;
        findMembers.bind(1, stage);
        findMembers.bind(2, oldParent);
        findMembers.bind(3, chosen);
        while ((rc = findMembers.step()) == SQLITE_ROW)
            members.append(findMembers.int64(0));
        if (rc != SQLITE_DONE)
            return false;

        QList<qint64> downstream;
        if (!descendants(kept, &downstream))
            return false;

        if (!downstream.isEmpty()) {
            ReviewChange remove = ReviewChange::deleteRecords();
            remove.remakeable = true;
            remove.reviewer = change.reviewer;
            plan->append({remove, downstream});
        }
        ReviewChange keep = ReviewChange::accept();
        keep.status = QStringLiteral("ok");
        keep.metaEdits = {{QStringLiteral("duplicateOfParent"), QJsonValue::Null},
                          {QStringLiteral("reason"), QJsonValue::Null}};
        keep.reviewer = change.reviewer;
        plan->append({keep, {chosen}});
        if (!kept.isEmpty()) {
            ReviewChange demote = ReviewChange::reject();
            demote.status = QStringLiteral("duplicate");
            demote.metaEdits = {{QStringLiteral("duplicateOfParent"), newParent}};
            demote.reviewer = change.reviewer;
            plan->append({demote, kept});
        }
        if (!members.isEmpty()) {
            ReviewChange follow;
            follow.metaEdits = {{QStringLiteral("duplicateOfParent"), newParent}};
            follow.reviewer = change.reviewer;
            plan->append({follow, members});
        }
        return true;
    }

    // Every record made of \a roots, however far downstream (by main parent), in any stage.
    bool descendants(const QList<qint64> &roots, QList<qint64> *found)
    {
        if (roots.isEmpty())
            return true;
        // The stages, by a skip over the (stage_id, status) index rather than a scan.
        QList<QByteArray> stages;
        Statement stageQuery;
        if (!stageQuery.prepare(m_db, "WITH RECURSIVE s(id) AS (SELECT min(stage_id) FROM records "
                                      "UNION ALL SELECT (SELECT min(stage_id) FROM records "
                                      "WHERE stage_id > s.id) FROM s WHERE s.id IS NOT NULL) "
                                      "SELECT id FROM s WHERE id IS NOT NULL"))
            return false;
        int rc;
        while ((rc = stageQuery.step()) == SQLITE_ROW)
            stages.append(stageQuery.text(0));
        if (rc != SQLITE_DONE)
            return false;
        Statement children;
        if (!children.prepare(m_db, "SELECT id FROM records WHERE stage_id = ? AND parent_id = ?"))
            return false;
        QSet<qint64> seen(roots.cbegin(), roots.cend());
        QList<qint64> frontier = roots;
        while (!frontier.isEmpty()) {
            QList<qint64> next;
            for (qint64 parent : std::as_const(frontier)) {
                for (const QByteArray &stage : std::as_const(stages)) {
                    children.bind(1, stage);
                    children.bind(2, parent);
                    while ((rc = children.step()) == SQLITE_ROW) {
                        const qint64 id = children.int64(0);
                        if (!seen.contains(id)) {
                            seen.insert(id);
                            next.append(id);
                            found->append(id);
                        }
                    }
                    children.reset();
                    if (rc != SQLITE_DONE)
                        return false;
                }
            }
            frontier = std::move(next);
        }
        std::sort(found->begin(), found->end());
        return true;
    }

    bool cancelled(ReviewResult *result)
    {
        if (!cancelRequested())
            return false;
        exec("ROLLBACK");
        result->cancelled = true;
        return true;
    }

    bool changeRecords(qint64 jobId, const ReviewChange &change, const QList<qint64> &ids,
                       ReviewUndo *undo, ReviewResult *result)
    {
        const int touch = touched(change);
        Statement read;
        Statement write;
        Statement history;
        if (!read.prepare(m_db, "SELECT review_state, tags, meta, fields, status FROM records "
                                "WHERE id = ?") ||
            !write.prepare(m_db, "UPDATE records SET review_state = ?, tags = ?, meta = ?, "
                                 "fields = ?, updated_at = ?, status = ? WHERE id = ?") ||
            !history.prepare(m_db, "INSERT INTO reviews (record_id, state, edited_fields, note, "
                                   "reviewer, at) VALUES (?, ?, ?, ?, ?, ?)")) {
            fail(result);
            return false;
        }
        const QByteArray reviewer = change.reviewer.toUtf8();
        const QByteArray wantedState = change.state ? change.state->toUtf8() : QByteArray();
        const QByteArray wantedStatus = change.status ? change.status->toUtf8() : QByteArray();
        const qint64 now = nowMs();
        qint64 done = 0;
        for (qint64 id : ids) {
            if (++done % chunk == 0) {
                if (cancelled(result))
                    return false;
                reportProgress(jobId, done, ids.size());
            }
            read.bind(1, id);
            const int rc = read.step();
            if (rc == SQLITE_DONE) { // gone meanwhile: nothing to change
                read.reset();
                continue;
            }
            if (rc != SQLITE_ROW) {
                fail(result);
                return false;
            }
            const QByteArray oldState = read.text(0);
            const QByteArray oldTags = read.text(1);
            const QByteArray oldMeta = read.text(2);
            const QByteArray oldFields = read.text(3);
            const QByteArray oldStatus = read.text(4);
            read.reset();

            undo->ids.append(id);
            if (touch & TouchState)
                undo->states.append(stateCode(oldState));
            if (touch & TouchTags)
                undo->tags.append(oldTags);
            if (touch & TouchMeta)
                undo->meta.append(oldMeta);
            if (touch & TouchFields)
                undo->fields.append(oldFields);
            if (touch & TouchStatus)
                undo->statuses.append(oldStatus);

            QByteArray newState = wantedState.isEmpty() ? oldState : wantedState;
            if (!change.fieldEdits.isEmpty() && (wantedState.isEmpty() || newState == "accepted"))
                newState = QByteArrayLiteral("edited");
            else if (oldState == "edited" && newState == "accepted")
                newState = QByteArrayLiteral("edited"); // an edited record is an accepted one

            QByteArray newTags = oldTags;
            if (touch & TouchTags) {
                QJsonArray tags = QJsonDocument::fromJson(oldTags).array();
                for (const QString &tag : change.removeTags) {
                    for (qsizetype i = tags.size() - 1; i >= 0; --i) {
                        if (tags.at(i).toString() == tag)
                            tags.removeAt(i);
                    }
                }
                for (const QString &tag : change.addTags) {
                    if (!tags.contains(tag))
                        tags.append(tag);
                }
                newTags = compact(tags);
            }

            QJsonObject meta;
            QByteArray newMeta = oldMeta;
            QByteArray newFields = oldFields;
            if (touch & TouchMeta) {
                meta = QJsonDocument::fromJson(oldMeta).object();
                for (auto it = change.metaEdits.begin(); it != change.metaEdits.end(); ++it) {
                    if (it.value().isNull())
                        meta.remove(it.key());
                    else
                        meta.insert(it.key(), it.value());
                }
                if (change.note) {
                    if (change.note->isEmpty())
                        meta.remove(QStringLiteral("note"));
                    else
                        meta.insert(QStringLiteral("note"), *change.note);
                }
                if (touch & TouchFields) {
                    QJsonObject fields = QJsonDocument::fromJson(oldFields).object();
                    // The fields as the stage made them, kept through later edits.
                    if (!meta.contains(QStringLiteral("originalFields")))
                        meta.insert(QStringLiteral("originalFields"), fields);
                    for (auto it = change.fieldEdits.begin(); it != change.fieldEdits.end(); ++it) {
                        if (it.value().isNull())
                            fields.remove(it.key());
                        else
                            fields.insert(it.key(), it.value());
                    }
                    newFields = compact(fields);
                }
                newMeta = compact(meta);
            }

            write.bind(1, newState);
            write.bind(2, newTags);
            write.bind(3, newMeta);
            write.bind(4, newFields);
            write.bind(5, now);
            write.bind(6, wantedStatus.isEmpty() ? oldStatus : wantedStatus);
            write.bind(7, id);
            if (write.step() != SQLITE_DONE) {
                fail(result);
                return false;
            }
            write.reset();

            if (!(touch & TouchMeta))
                meta = QJsonDocument::fromJson(oldMeta).object();
            const QByteArray note = meta.value(QStringLiteral("note")).toString().toUtf8();
            history.bind(1, id);
            history.bind(2, newState);
            if (touch & TouchFields)
                history.bind(3, newFields);
            else
                history.bindNull(3);
            history.bind(4, note);
            history.bind(5, reviewer);
            history.bind(6, now);
            if (history.step() != SQLITE_DONE) {
                fail(result);
                return false;
            }
            history.reset();
        }
        return true;
    }

    bool removeRecords(qint64 jobId, const ReviewChange &change, const QList<qint64> &ids,
                       ReviewUndo *undo, ReviewResult *result)
    {
        Statement readRecord;
        Statement readReviews;
        Statement remove;
        Statement remember;
        // The runner skips what deleted_items lists: a deleted record is not made again from
        // the same input (its answer would come back from the response cache, unchanged).
        if (!readRecord.prepare(m_db, "SELECT * FROM records WHERE id = ?") ||
            !readReviews.prepare(m_db, "SELECT * FROM reviews WHERE record_id = ? ORDER BY id") ||
            !remove.prepare(m_db, "DELETE FROM records WHERE id = ?") ||
            !remember.prepare(m_db, "INSERT OR IGNORE INTO deleted_items (stage_id, item_key, "
                                    "parent_id) SELECT stage_id, item_key, parent_id FROM records "
                                    "WHERE id = ? AND item_key IS NOT NULL "
                                    "RETURNING stage_id, item_key")) {
            fail(result);
            return false;
        }
        for (int i = 0; i < readRecord.columnCount(); ++i)
            undo->recordColumns.append(readRecord.columnName(i));
        for (int i = 0; i < readReviews.columnCount(); ++i)
            undo->reviewColumns.append(readReviews.columnName(i));
        qint64 done = 0;
        for (qint64 id : ids) {
            if (++done % chunk == 0) {
                if (cancelled(result))
                    return false;
                reportProgress(jobId, done, ids.size());
            }
            readRecord.bind(1, id);
            int rc = readRecord.step();
            if (rc == SQLITE_DONE) {
                readRecord.reset();
                continue;
            }
            if (rc != SQLITE_ROW) {
                fail(result);
                return false;
            }
            QByteArray encoded;
            QDataStream out(&encoded, QIODevice::WriteOnly);
            writeRow(out, readRecord.handle());
            readRecord.reset();
            readReviews.bind(1, id);
            qint32 reviewCount = 0;
            QByteArray reviewRows;
            QDataStream reviewOut(&reviewRows, QIODevice::WriteOnly);
            while ((rc = readReviews.step()) == SQLITE_ROW) {
                writeRow(reviewOut, readReviews.handle());
                ++reviewCount;
            }
            readReviews.reset();
            if (rc != SQLITE_DONE) {
                fail(result);
                return false;
            }
            out << reviewCount;
            out.writeRawData(reviewRows.constData(), int(reviewRows.size()));
            if (!change.remakeable) {
                remember.bind(1, id);
                while ((rc = remember.step()) == SQLITE_ROW)
                    undo->remembered.append({remember.text(0), remember.text(1)});
                remember.reset();
                if (rc != SQLITE_DONE) {
                    fail(result);
                    return false;
                }
            }
            remove.bind(1, id);
            if (remove.step() != SQLITE_DONE) {
                fail(result);
                return false;
            }
            remove.reset();
            undo->ids.append(id);
            undo->deleted.append(encoded);
        }
        return true;
    }

    void restore(const Job &job, ReviewResult *result)
    {
        ReviewUndo *undo = job.undo.get();
        if (undo->parts.isEmpty())
            return restorePart(job.id, undo, result);
        for (qsizetype i = undo->parts.size() - 1; i >= 0; --i) {
            restorePart(job.id, undo->parts.at(i).get(), result);
            if (!result->succeeded())
                return;
        }
        result->count = undo->ids.size();
    }

    void restorePart(qint64 jobId, ReviewUndo *undo, ReviewResult *result)
    {
        const qint64 total = undo->ids.size();
        reportProgress(jobId, 0, total);
        // The history the change wrote goes with it.
        if (undo->lastReview >= undo->firstReview) {
            Statement drop;
            if (!drop.prepare(m_db, "DELETE FROM reviews WHERE id BETWEEN ? AND ?"))
                return fail(result);
            drop.bind(1, undo->firstReview);
            drop.bind(2, undo->lastReview);
            if (drop.step() != SQLITE_DONE)
                return fail(result);
        }
        const qint64 now = nowMs();
        if (!undo->remembered.isEmpty()) {
            Statement forget;
            if (!forget.prepare(m_db,
                                "DELETE FROM deleted_items WHERE stage_id = ? AND item_key = ?"))
                return fail(result);
            for (const auto &[stage, key] : std::as_const(undo->remembered)) {
                forget.bind(1, stage);
                forget.bind(2, key);
                if (forget.step() != SQLITE_DONE)
                    return fail(result);
                forget.reset();
            }
        }
        if (undo->change.remove) {
            Statement insertRecord;
            Statement insertReview;
            if (!insertRecord.prepare(m_db,
                                      insertSql(QStringLiteral("records"), undo->recordColumns)) ||
                !insertReview.prepare(m_db,
                                      insertSql(QStringLiteral("reviews"), undo->reviewColumns)))
                return fail(result);
            const int updatedAt = int(undo->recordColumns.indexOf(QStringLiteral("updated_at")));
            for (qint64 i = 0; i < total; ++i) {
                if ((i + 1) % chunk == 0)
                    reportProgress(jobId, i + 1, total);
                QDataStream in(undo->deleted.at(i));
                QList<QByteArray> keep;
                bindRow(in, int(undo->recordColumns.size()), insertRecord.handle(), updatedAt, now,
                        &keep);
                if (insertRecord.step() != SQLITE_DONE)
                    return fail(result);
                insertRecord.reset();
                // A record whose id or item key was taken meanwhile (a later run made it
                // again) stays as it is now.
                const bool restored = sqlite3_changes(m_db) > 0;
                if (restored)
                    ++result->count;
                qint32 reviews = 0;
                in >> reviews;
                for (qint32 r = 0; restored && r < reviews; ++r) {
                    QList<QByteArray> keepReview;
                    bindRow(in, int(undo->reviewColumns.size()), insertReview.handle(), -1, 0,
                            &keepReview);
                    if (insertReview.step() != SQLITE_DONE)
                        return fail(result);
                    insertReview.reset();
                }
            }
            return;
        }

        // Only the touched columns are written back.
        QByteArray sql = "UPDATE records SET updated_at = ?1";
        if (!undo->states.isEmpty())
            sql += ", review_state = ?2";
        if (!undo->tags.isEmpty())
            sql += ", tags = ?3";
        if (!undo->meta.isEmpty())
            sql += ", meta = ?4";
        if (!undo->fields.isEmpty())
            sql += ", fields = ?5";
        if (!undo->statuses.isEmpty())
            sql += ", status = ?7";
        sql += " WHERE id = ?6";
        Statement write;
        if (!write.prepare(m_db, sql))
            return fail(result);
        for (qint64 i = 0; i < total; ++i) {
            if ((i + 1) % chunk == 0)
                reportProgress(jobId, i + 1, total);
            const QByteArray state =
                undo->states.isEmpty() ? QByteArray() : stateName(undo->states.at(i));
            write.bind(1, now);
            if (!undo->states.isEmpty())
                write.bind(2, state);
            if (!undo->tags.isEmpty())
                write.bind(3, undo->tags.at(i));
            if (!undo->meta.isEmpty())
                write.bind(4, undo->meta.at(i));
            if (!undo->fields.isEmpty())
                write.bind(5, undo->fields.at(i));
            write.bind(6, undo->ids.at(i));
            if (!undo->statuses.isEmpty())
                write.bind(7, undo->statuses.at(i));
            if (write.step() != SQLITE_DONE)
                return fail(result);
            write.reset();
        }
        result->count = total;
    }

    QMutex m_mutex;
    QWaitCondition m_wake;
    QWaitCondition m_idle;
    std::deque<Job> m_queue;
    QSet<qint64> m_cancelledQueued;
    qint64 m_nextId = 1;
    qint64 m_running = 0;
    ReviewResult::Kind m_runningKind = ReviewResult::Kind::Apply;
    bool m_cancelRunning = false;
    bool m_stopping = false;

    // The worker thread's own.
    sqlite3 *m_db = nullptr;
    QString m_openPath;
};

// --- ReviewStore --------------------------------------------------------------------------------

ReviewStore::ReviewStore(QObject *parent)
    : QObject(parent)
    , m_worker(std::make_unique<Worker>(this))
{
    qRegisterMetaType<Seedbed::Records::ReviewResult>();
}

ReviewStore::~ReviewStore()
{
    m_worker.reset(); // joins the thread before the signals' object goes
}

void ReviewStore::setDatabasePath(const QString &path)
{
    QMutexLocker locker(&m_worker->m_mutex);
    m_worker->m_path = path;
}

QString ReviewStore::databasePath() const
{
    QMutexLocker locker(&m_worker->m_mutex);
    return m_worker->m_path;
}

template<typename Job> qint64 ReviewStore::submit(Job job)
{
    const bool wasIdle = m_worker->m_pending == 0;
    const qint64 id = m_worker->enqueue(std::move(job));
    if (wasIdle)
        emit busyChanged(true);
    return id;
}

qint64 ReviewStore::apply(const ReviewChange &change, const ReviewSelection &selection)
{
    Worker::Job job;
    job.change = change;
    job.selection = selection;
    return submit(std::move(job));
}

qint64 ReviewStore::undo(const std::shared_ptr<ReviewUndo> &undo)
{
    Worker::Job job;
    job.kind = ReviewResult::Kind::Undo;
    job.undo = undo;
    return submit(std::move(job));
}

qint64 ReviewStore::redo(const std::shared_ptr<ReviewUndo> &undo)
{
    Worker::Job job;
    job.kind = ReviewResult::Kind::Redo;
    job.undo = undo;
    return submit(std::move(job));
}

void ReviewStore::cancel(qint64 job)
{
    m_worker->cancel(job);
}

bool ReviewStore::isBusy() const
{
    return m_worker->m_pending > 0;
}

bool ReviewStore::waitForIdle(int timeoutMs)
{
    if (!m_worker->waitForIdle(timeoutMs))
        return false;
    // Delivers the finished() signals the worker posted.
    QCoreApplication::sendPostedEvents(this, QEvent::MetaCall);
    return true;
}

QString ReviewStore::describe(const ReviewChange &change, qint64 count)
{
    const int n = int(qMin<qint64>(count, std::numeric_limits<int>::max()));
    if (change.keepDuplicate)
        return tr("Keep another record of a duplicate cluster (%n record(s) changed)", nullptr, n);
    if (change.remove)
        return tr("Delete %n record(s)", nullptr, n);
    if (!change.fieldEdits.isEmpty())
        return tr("Edit %n record(s)", nullptr, n);
    if (!change.addTags.isEmpty())
        return tr("Tag %n record(s) as %1", nullptr, n)
            .arg(change.addTags.join(QLatin1String(", ")));
    if (!change.removeTags.isEmpty())
        return tr("Remove the tag %1 from %n record(s)", nullptr, n)
            .arg(change.removeTags.join(QLatin1String(", ")));
    if (change.state) {
        if (*change.state == QLatin1String("accepted"))
            return tr("Accept %n record(s)", nullptr, n);
        if (*change.state == QLatin1String("rejected"))
            return tr("Reject %n record(s)", nullptr, n);
        if (*change.state == QLatin1String("edited"))
            return tr("Mark %n record(s) as edited", nullptr, n);
        return tr("Mark %n record(s) as unreviewed", nullptr, n);
    }
    if (change.note)
        return tr("Note on %n record(s)", nullptr, n);
    if (change.status)
        return tr("Set the status of %n record(s) to %1", nullptr, n).arg(*change.status);
    return tr("Change %n record(s)", nullptr, n);
}

} // namespace Seedbed::Records
