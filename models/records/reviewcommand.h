#pragma once

#include "models/records/reviewstore.h"

#include <QUndoCommand>

#include <memory>

namespace Seedbed::Records {

/*! \brief One undo step for a reviewer's change, however many records it touched.

    How undo copes with changes that take seconds: the command never waits. The change is
    made first, by ReviewStore::apply(); when it has finished (and was not cancelled) its
    ReviewResult becomes this command, pushed on the document's QUndoStack. The first redo()
    (QUndoStack::push() calls it) does nothing, since the change is done; later undo() and
    redo() queue a job in the store and return at once. The store runs its jobs one after
    another, so an undo queued right after a redo (or after another command's undo) finds the
    database exactly as the stack believes it to be, and the GUI thread is never blocked nor
    runs a nested event loop. Undo and redo jobs cannot be cancelled; their progress and end
    come through the store's progress() and finished() like any job's.

    Consequence for callers: while a change is running (ReviewStore::isBusy() before its
    finished()), undoing an earlier step would let the running change be pushed on top of a
    state it was not made from; keep the stack's undo and redo actions disabled while the store
    is busy (busyChanged()).

    The store is not owned and must outlive the command. */
class ReviewCommand : public QUndoCommand
{
public:
    /*! \a result is a successful ReviewStore::apply() result with an undo. */
    ReviewCommand(ReviewStore *store, const ReviewResult &result, QUndoCommand *parent = nullptr);

    void undo() override;
    void redo() override;

    /*! The records the change touched. */
    qint64 count() const { return m_count; }
    /*! The job last queued by undo() or redo() (0 before either). */
    qint64 lastJob() const { return m_lastJob; }

private:
    ReviewStore *m_store;
    std::shared_ptr<ReviewUndo> m_undo;
    qint64 m_count = 0;
    qint64 m_lastJob = 0;
    bool m_done = true; // the change is applied when the command is made
};

} // namespace Seedbed::Records
