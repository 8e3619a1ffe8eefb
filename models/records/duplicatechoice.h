#pragma once

#include <QList>
#include <QSqlDatabase>
#include <QUuid>

#include <optional>

namespace Seedbed::Records {

/*! \brief A duplicate cluster of a dedup stage: the record the stage kept and the records it
    marked as its duplicates, for the records view to show side by side.

    A dedup stage makes one record per input. A duplicate (status "duplicate") carries
    meta.duplicateOfParent, the id of the input record that was kept; the kept record is the
    record of the same stage whose parent_id is that input (status "ok"). Choosing another
    record to keep is ReviewChange::keepDuplicate. */
struct DuplicateChoice
{
    QUuid stage;
    qint64 keptParent = 0;    //!< the input record the cluster keeps
    QList<qint64> kept;       //!< the stage's records made of it, status "ok" (usually one)
    QList<qint64> duplicates; //!< the records marked as its duplicates, by id

    /*! The kept records, then the duplicates. */
    QList<qint64> members() const { return kept + duplicates; }
    qsizetype size() const { return kept.size() + duplicates.size(); }

    /*! The cluster of record \a id in \a db: the cluster it is a duplicate in, or the one it
        keeps. Nothing when it is neither, or keeps no duplicate. Reads the stage's duplicates
        through the (stage_id, status) index, never the whole table. */
    static std::optional<DuplicateChoice> read(const QSqlDatabase &db, qint64 id);
};

} // namespace Seedbed::Records
