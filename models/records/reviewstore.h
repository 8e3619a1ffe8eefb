#pragma once

#include "models/records/recordfilter.h"

#include <QJsonObject>
#include <QList>
#include <QMetaType>
#include <QObject>
#include <QString>
#include <QStringList>

#include <memory>
#include <optional>

namespace Seedbed::Records {

/*! \brief The records a change is about: a list of ids, or every record matching a filter
    (evaluated once, when the change starts; undo and redo use the ids it found). */
struct ReviewSelection
{
    QList<qint64> ids;
    std::optional<RecordFilter> filter; //!< when set, \c ids is ignored

    static ReviewSelection ofIds(const QList<qint64> &ids);
    static ReviewSelection matching(const RecordFilter &filter);
};

/*! \brief What a reviewer does to each selected record. Members combine: a negative example
    with its reason is \c addTags {"negative"} plus a \c note, in one step.

    The current note of a record is kept in its meta ("note"); the edited fields replace
    records.fields and the fields before the first edit stay in meta ("originalFields") for
    comparison. Every change writes one \c reviews row per record (the record's state, note,
    edited fields and reviewer after the change) and sets updated_at, so that the full-text
    index catches up. An edited record counts as accepted: accepting it keeps it "edited". */
struct ReviewChange
{
    std::optional<QString> state; //!< "unreviewed", "accepted", "rejected" or "edited"
    QStringList addTags;
    QStringList removeTags;
    std::optional<QString> note; //!< replaces the note; an empty one clears it
    /*! Merged into the record's fields (a null value removes that field); the state becomes
        "edited" unless \c state says otherwise. */
    QJsonObject fieldEdits;
    std::optional<QString> status; //!< "ok", "filtered", "failed" or "duplicate"
    /*! Merged into the record's meta (a null value removes that key). */
    QJsonObject metaEdits;
    /*! Deletes the records (with their review history). Their stage and item key go into
        deleted_items, so that the next run does not make them again from the same input;
        unless \c remakeable (records made of an input that is no longer kept: should it be
        kept again, a run makes them anew). */
    bool remove = false;
    bool remakeable = false;
    /*! The one selected record, a duplicate, becomes the record its duplicate cluster keeps
        (status "ok", accepted); the record kept so far becomes a duplicate of it (rejected),
        every member's meta.duplicateOfParent names the new kept input, and the records made
        downstream of the demoted record are deleted (remakeable). See DuplicateChoice. */
    bool keepDuplicate = false;
    QString reviewer;

    static ReviewChange setState(const QString &state);
    static ReviewChange accept() { return setState(QStringLiteral("accepted")); }
    static ReviewChange reject() { return setState(QStringLiteral("rejected")); }
    static ReviewChange tag(const QString &tag);
    static ReviewChange untag(const QString &tag);
    static ReviewChange setNote(const QString &note);
    static ReviewChange editFields(const QJsonObject &fieldEdits);
    static ReviewChange deleteRecords();
    static ReviewChange keepInCluster();
    /*! The tags in \a text: separated by commas or semicolons, ASCII or full-width (，；) or the
        Chinese enumeration comma (、); trimmed, without empty ones or repeats. */
    static QStringList splitTags(const QString &text);

    bool isEmpty() const;
};

/*! What undoing (and redoing) a finished change needs: the ids it changed and their old
    values, compactly (a byte per record for a state change; the old text of the columns the
    change touched otherwise; the whole rows, with their review history, for a delete; the
    parts in order for a change made of several, such as keeping another duplicate).
    Opaque; shared by ReviewResult and ReviewCommand. */
struct ReviewUndo;

/*! \brief How a job ended. */
struct ReviewResult
{
    qint64 job = 0;
    enum class Kind { Apply, Undo, Redo };
    Kind kind = Kind::Apply;
    qint64 count = 0;       //!< records changed
    bool cancelled = false; //!< nothing was changed
    QString error;          //!< why it failed, in words; nothing was changed
    QString text;           //!< the change in words, for an undo step ("Accept 3 records")
    /*! For a successful Apply that changed records: hand it to ReviewCommand. */
    std::shared_ptr<ReviewUndo> undo;

    bool succeeded() const { return !cancelled && error.isEmpty(); }
};

/*! \brief Makes reviewers' changes to the records of a data.sqlite: review state, tags,
    notes, field edits, deletes; and undoes and redoes them.

    Every job runs in the store's worker thread, with a connection of its own, in one
    transaction: a change over 100,000 records neither freezes the caller nor leaves half of
    it done. Jobs run one after another in the order they were queued, which is what lets
    undo and redo be asynchronous (see ReviewCommand): an undo queued after a change always
    finds the change done. While a job runs, progress() reports how many of its records are
    done; cancel() rolls it back (only changes can be cancelled: an undo or redo always
    completes, so that the database keeps matching the undo stack).

    The store does not read for views: after finished(), views re-read (RecordsModel::
    refresh()). A filter selection with a text condition needs the full-text index to be up
    to date when the job starts. */
class ReviewStore : public QObject
{
    Q_OBJECT

public:
    explicit ReviewStore(QObject *parent = nullptr);
    /*! Finishes the job that runs (a change is cancelled) and drops the queued ones. */
    ~ReviewStore() override;

    /*! The data.sqlite that later jobs change (queued jobs keep theirs). */
    void setDatabasePath(const QString &path);
    QString databasePath() const;

    /*! Queues \a change on \a selection; returns the job's number (> 0). */
    qint64 apply(const ReviewChange &change, const ReviewSelection &selection);
    /*! Queues restoring what \a undo's change replaced. */
    qint64 undo(const std::shared_ptr<ReviewUndo> &undo);
    /*! Queues applying \a undo's change again, to the same records. */
    qint64 redo(const std::shared_ptr<ReviewUndo> &undo);

    /*! Cancels change \a job if queued or running; undo and redo jobs are not cancelled. */
    void cancel(qint64 job);
    /*! Jobs queued or running. */
    bool isBusy() const;
    /*! Blocks until no job is left, or \a timeoutMs passed (-1: no limit). For tests and
        shutdown; never on the GUI thread of a running application. */
    bool waitForIdle(int timeoutMs = -1);

    /*! The change in words, for \a count records. */
    static QString describe(const ReviewChange &change, qint64 count);

Q_SIGNALS:
    /*! Job \a job has \a done of \a total records done (total known when it starts). */
    void progress(qint64 job, qint64 done, qint64 total);
    void finished(const Seedbed::Records::ReviewResult &result);
    void busyChanged(bool busy);

private:
    class Worker;
    /*! Queues \a job (a Worker::Job; a template only because that type lives in the .cpp)
        and announces that the store became busy. */
    template<typename Job> qint64 submit(Job job);
    std::unique_ptr<Worker> m_worker;
};

} // namespace Seedbed::Records

Q_DECLARE_METATYPE(Seedbed::Records::ReviewResult)
