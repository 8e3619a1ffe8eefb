#pragma once

#include "models/records/recordfilter.h"

#include <QAbstractTableModel>
#include <QJsonObject>
#include <QStringList>

#include <memory>

namespace Seedbed::Records {

class RecordsModelPrivate;

/*! \brief The records of a project's data.sqlite as a table, for a million rows and more.

    Nothing that touches every row runs on the calling (GUI) thread: a worker thread with its
    own read-only connection (models/readonlyconnection.h) counts the matching records and
    lists their ids in the chosen order, and reads pages of rows as the view asks for them
    (data() of a row not read yet returns an empty value and the page is requested; the rows
    come with dataChanged()). The first page is read with a LIMIT query before the full id list
    exists, so opening a million-record project shows rows at once; rowCount() then grows to
    the full count (rowsInserted) when the list is there. Pages are cached (a bounded number),
    so memory does not grow with scrolling.

    Columns: fixedColumnCount() fixed ones (see Column) followed by one per field name
    (fieldColumns(), discovered from a sample of the filtered records) and one per judge score
    (scoreColumns()). Sorting by any column (sort()) re-lists the ids in the worker.

    A text filter needs the full-text index; the model brings it up to date in the worker
    before searching (indexing() is true meanwhile, progress through indexProgress()).

    The model is read-only; changes (review, tags, edits, deletes) are made by ReviewActions,
    after which refresh() re-reads what is shown, keeping the scroll position's rows. */
class RecordsModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        IdColumn,
        StageColumn,
        StatusColumn,
        ReviewColumn,
        ScoreColumn,
        LengthColumn,
        TagsColumn,
        FixedColumnCount
    };
    enum Role {
        RecordIdRole = Qt::UserRole + 1, //!< qint64, any column
        FieldsRole,                      //!< QJsonObject of the record's fields
        StatusRole,                      //!< QString
        ReviewStateRole,                 //!< QString
        SortValueRole,                   //!< the raw value a column sorts by
    };

    explicit RecordsModel(QObject *parent = nullptr);
    ~RecordsModel() override;

    /*! Shows the records of \a projectDir's data.sqlite; an empty folder shows nothing.
        \a stageNames names stage ids for the stage column. */
    void setProject(const QString &projectDir, const QHash<QUuid, QString> &stageNames = {});
    void setFilter(const RecordFilter &filter);
    RecordFilter filter() const;
    /*! Re-reads the count, the ids and the shown pages (after a run or a change). */
    void refresh();

    /*! Matching records; -1 until counted. */
    qint64 matchCount() const;
    /*! Whether the count and id list for the current filter and order are complete. */
    bool isReady() const;
    bool indexing() const;
    /*! The id of the record shown at \a row, or 0 while its page is not read. */
    qint64 recordId(int row) const;
    /*! The row of record \a id in the current order, or -1 (not matching, or not listed yet). */
    int rowOf(qint64 id) const;
    /*! Every matching id in the current order (empty until isReady()). */
    QList<qint64> matchingIds() const;
    QStringList fieldColumns() const;
    QStringList scoreColumns() const;
    int fixedColumnCount() const { return FixedColumnCount; }

    /*! \brief One query the worker ran: what for, the rows it read, the thread it ran on.
        For tests and benchmarks, recorded while setQueryLogEnabled(true). */
    struct Query
    {
        QString kind; //!< "first-page", "sample", "count", "ids", "page", "index"
        qint64 rows = 0;
        Qt::HANDLE thread = nullptr;
        qint64 microseconds = 0;
    };
    void setQueryLogEnabled(bool enabled);
    QList<Query> queryLog() const;
    /*! Rows per page read by id (and of the first page, read with LIMIT). */
    static constexpr int pageSize = 200;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

Q_SIGNALS:
    /*! The count (and id list) for the current filter and order is known. */
    void ready(qint64 matchCount);
    /*! The count for the current filter is known; the id list may still be on its way. */
    void counted(qint64 matchCount);
    void indexingChanged(bool indexing);
    void indexProgress(qint64 done, qint64 total);
    /*! A query failed (a corrupt file, a locked database…): in words for the user. */
    void failed(const QString &message);

private:
    std::unique_ptr<RecordsModelPrivate> d;
    friend class RecordsModelPrivate;
};

} // namespace Seedbed::Records
