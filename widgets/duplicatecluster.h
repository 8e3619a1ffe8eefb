#pragma once

#include "models/records/duplicatechoice.h"

#include <QDialog>
#include <QHash>
#include <QPointer>
#include <QUuid>

class QGridLayout;
class QLabel;
class QScrollArea;

namespace Seedbed {

class ProjectDocument;

/*! \brief A duplicate cluster side by side: one column per record (the kept one first), one
    row per field, the lines where a duplicate differs from the kept record highlighted; "Keep
    This One" under each duplicate asks for it to become the kept record (keepRequested(); the
    records view makes the change, one undo step, and the dialog reads the cluster again).

    Everything from a record is shown as plain text. */
class DuplicateCluster : public QDialog
{
    Q_OBJECT

public:
    /*! Reads from \a document's data (not owned; must outlive the dialog's reads). */
    explicit DuplicateCluster(ProjectDocument *document, QWidget *parent = nullptr);

    void setStageNames(const QHash<QUuid, QString> &stageNames) { m_stageNames = stageNames; }
    /*! Shows the cluster of record \a id; false (and an explanation) when it is in none. */
    bool showCluster(qint64 id);
    /*! Reads the shown cluster again, e.g. after a change. */
    void reload();
    /*! The cluster shown (empty when none). */
    Records::DuplicateChoice choice() const { return m_choice; }

signals:
    /*! The user chose record \a id as the one the cluster keeps. */
    void keepRequested(qint64 id);

private:
    void build();

    QPointer<ProjectDocument> m_document;
    QHash<QUuid, QString> m_stageNames;
    qint64 m_id = 0;
    Records::DuplicateChoice m_choice;
    QLabel *m_summary;
    QScrollArea *m_scroll;
};

} // namespace Seedbed
