#pragma once

#include "models/records/recordfilter.h"

#include <QHash>
#include <QList>
#include <QPointer>
#include <QUuid>
#include <QWidget>

#include <functional>

class QAction;
class QFutureWatcherBase;
class QLabel;
class QLineEdit;
class QProgressDialog;
class QSplitter;
class QTableView;
class QToolBar;

namespace Seedbed {

namespace Records {
class RecordsModel;
class ReviewStore;
struct ReviewChange;
struct ReviewResult;
struct ReviewSelection;
} // namespace Records

class DuplicateCluster;
class ProjectDocument;
class RecordDetail;
class RecordFilterBar;

/*! \brief The records of the open project: a filter bar, a lazily paged table of the
    matching records and the detail of the current one, with the reviewer's keyboard
    workflow and bulk actions.

    Keys (while the view has focus; text fields keep their letters): A accept, R reject,
    E or double-click edit in place, J / K next / previous, T tag, N note. Review actions apply
    to the selected records (the current one when none is selected); the "All Matching"
    toggle makes the next bulk action apply to every record the filter matches instead.

    Changes go through a Records::ReviewStore in its worker thread: the table stays live, a
    long change shows its progress with Cancel, and each finished change becomes one step on
    the document's undo stack. The view re-reads the records after every change, undo and
    redo. */
class RecordsView : public QWidget
{
    Q_OBJECT

public:
    /*! A change over more records than this shows a progress dialog. */
    static constexpr int progressThreshold = 2000;

    explicit RecordsView(QWidget *parent = nullptr);
    ~RecordsView() override;

    /*! Shows the records of \a document (not owned; null shows nothing). */
    void setDocument(ProjectDocument *document);
    ProjectDocument *document() const { return m_document; }
    /*! Narrows the table to the records of \a stage (a null id: all stages), e.g. the
        canvas selection. */
    void setSelectedStage(const QUuid &stage);
    /*! Re-reads the records, e.g. after a run. */
    void refresh();

    Records::RecordsModel *model() const { return m_model; }
    Records::ReviewStore *reviewStore() const { return m_store; }
    QTableView *table() const { return m_table; }
    RecordFilterBar *filterBar() const { return m_filterBar; }
    RecordDetail *detail() const { return m_detail; }
    Records::RecordFilter filter() const;

    /*! The record at the table's current row (0: none, or not read yet). */
    qint64 currentRecordId() const;
    /*! Makes record \a id current once it is listed; clears the filter's conditions when it
        does not match them (a parent from another stage shows all stages). */
    void goToRecord(qint64 id);
    /*! The selected records, or the current one when none is selected. */
    QList<qint64> selectedIds() const;

    // The review workflow, one function each.
    void acceptSelected();
    void rejectSelected();
    void editCurrent();
    void nextRecord();
    void previousRecord();
    void tagSelected();    //!< asks for tags (comma or semicolon separated) in a small popup
    void noteCurrent();    //!< asks for the note in a dialog; Ctrl+Enter saves
    void deleteSelected(); //!< asks first
    void selectInverse();
    void markExemplar();
    void markNegative();
    /*! Asks for the selected judge records, and the judge records made of the other selected
        ones, to be judged again (rejudgeRequested()). */
    void rejudgeSelected();
    /*! Asks for the failed records among the selected ones to be made again. */
    void retryFailedSelected();
    /*! Shows the duplicate cluster of record \a id side by side (one dialog, reused); its
        "Keep This One" makes that change, one undo step. */
    DuplicateCluster *showDuplicateCluster(qint64 id);
    /*! Applies \a change to the selection (or, with All Matching on, to every matching
        record); returns the store's job number, 0 when there was nothing to change. */
    qint64 applyChange(const Records::ReviewChange &change);

    /*! When on, the next bulk action applies to every matching record. */
    QAction *allMatchingAction() const { return m_allMatching; }

signals:
    void filterChanged(const Seedbed::Records::RecordFilter &filter);
    /*! The user asked to judge records \a ids (of judge stages) again: a run of \a stage (null
        when they belong to several: the whole pipeline) with RunOptions::redoRecords = \a ids. */
    void rejudgeRequested(const QUuid &stage, const QList<qint64> &ids);
    /*! The user asked to make failed records \a ids again, as rejudgeRequested(). */
    void retryFailedRequested(const QUuid &stage, const QList<qint64> &ids);
    /*! A change, undo or redo ended (and the view re-reads): tests wait for it. */
    void changeFinished(bool succeeded);
    /*! Something to say in the status bar. */
    void message(const QString &text);

private:
    void createActions();
    void createToolBar();
    void setupTable();
    void updateStages();
    void updateActions();
    void currentRowChanged();
    void selectRow(int row);
    void onModelReady(qint64 count);
    void readTotals();
    void finishChange(const Records::ReviewResult &result);
    Records::ReviewSelection scopeSelection(qint64 *count) const;
    QList<qint64> redoTargets(const QList<qint64> &ids, const QString &condition, bool children,
                              QUuid *stage) const;
    void showTextPopup(const QString &label, const QString &text, const QStringList &completions,
                       std::function<void(const QString &)> done);
    // Columns: chosen, ordered and remembered per project.
    void showHeaderMenu(const QPoint &pos);
    void restoreColumns();
    void saveColumns();
    QString settingsKey() const;

    QPointer<ProjectDocument> m_document;
    Records::RecordsModel *m_model;
    Records::ReviewStore *m_store;
    RecordFilterBar *m_filterBar;
    QToolBar *m_toolBar;
    QSplitter *m_splitter;
    QTableView *m_table;
    RecordDetail *m_detail;
    QLabel *m_error;
    QAction *m_allMatching = nullptr;
    QList<QAction *> m_reviewActions; // need records to act on
    QAction *m_rejudge = nullptr;
    QAction *m_retry = nullptr;
    QPointer<DuplicateCluster> m_cluster;
    QHash<qint64, QPointer<QProgressDialog>> m_progress; // by job
    QHash<qint64, bool> m_jobs;                          // changes of this view, by job
    qint64 m_pendingCurrent = 0;                         // made current once the model lists it
    qint64 m_total = -1;
    QStringList m_knownTags;
    QFutureWatcherBase *m_totals = nullptr;
    bool m_totalsAgain = false; // a change came while the totals were read
    bool m_restoringColumns = false;
    QStringList m_columnsSeen; // the column names the header was last arranged for
};

} // namespace Seedbed
