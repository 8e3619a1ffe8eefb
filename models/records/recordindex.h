#pragma once

#include <QSqlDatabase>
#include <QString>
#include <QStringView>

#include <atomic>
#include <functional>

namespace Seedbed::Records {

/*! \brief The full-text index of a project's records: the FTS5 table \c records_fts (schema
    version 4), one row per record (rowid = records.id) holding the values of its fields and
    its tags.

    The runner writes records without triggers, so the index is brought up to date lazily and
    incrementally by update(): records with an id above the last indexed one are added, records
    whose updated_at is newer than the last indexing are indexed again. Its state is the
    table \c records_index_state (indexed_id, indexed_at). Records deleted since stay in the
    index until their id is indexed again; they never match, since every search joins
    \c records. Work is done in short transactions of a few thousand records, so a run writing
    beside it waits a few milliseconds at most.

    Ideographs (Chinese, Japanese) are written without spaces between words; the index and the
    queries put a space between every two of them (spaceIdeographs()), so a search for a word
    of any length finds it as a phrase of single characters.

    Not a QObject: a value-like worker made, used and removed in one thread. */
class RecordIndex
{
public:
    /*! Called between transactions with the records done and to do (an estimate). */
    using Progress = std::function<void(qint64 done, qint64 total)>;

    /*! Works on \a path with a read-write connection of its own (made in the calling thread). */
    explicit RecordIndex(const QString &path);
    ~RecordIndex();
    RecordIndex(const RecordIndex &) = delete;
    RecordIndex &operator=(const RecordIndex &) = delete;

    /*! Brings the index up to date. Returns false on an error (see errorString()) or when
        \a cancel became true. */
    bool update(const Progress &progress = {}, const std::atomic_bool *cancel = nullptr);
    /*! Records that update() would (re-)index now; cheap (uses indexes). -1 on an error. */
    qint64 pending();
    /*! What went wrong, in words for the user. */
    QString errorString() const { return m_error; }

    /*! \a text with a space between two neighbouring ideographs. */
    static QString spaceIdeographs(QStringView text);
    /*! The user's search text as a safe FTS5 query: every word a quoted prefix term, "quoted
        phrases" kept as phrases, FTS5 operators taken as words; words of punctuation only
        dropped. Empty when nothing searchable is left. */
    static QString ftsQuery(const QString &text);

    /*! Records per indexing transaction. */
    static constexpr int batchSize = 4000;

private:
    bool open();
    bool fail(const QString &what, const QString &detail);

    QString m_path;
    QString m_connectionName;
    QSqlDatabase m_db;
    QString m_error;
};

} // namespace Seedbed::Records
