#include "models/records/reviewcommand.h"

namespace Seedbed::Records {

ReviewCommand::ReviewCommand(ReviewStore *store, const ReviewResult &result, QUndoCommand *parent)
    : QUndoCommand(result.text, parent)
    , m_store(store)
    , m_undo(result.undo)
    , m_count(result.count)
{
    Q_ASSERT(m_undo);
}

void ReviewCommand::undo()
{
    if (m_undo && m_done)
        m_lastJob = m_store->undo(m_undo);
    m_done = false;
}

void ReviewCommand::redo()
{
    if (m_undo && !m_done)
        m_lastJob = m_store->redo(m_undo);
    m_done = true;
}

} // namespace Seedbed::Records
