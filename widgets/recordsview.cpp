#include "widgets/recordsview.h"

#include "models/pipelinegraph.h"
#include "models/projectdocument.h"
#include "models/projectstore.h"
#include "models/readonlyconnection.h"
#include "models/records/recordsmodel.h"
#include "models/records/reviewcommand.h"
#include "models/records/reviewstore.h"
#include "widgets/duplicatecluster.h"
#include "widgets/recorddetail.h"
#include "widgets/recordfilterbar.h"
#include "widgets/recordsdelegate.h"

#include <QAction>
#include <QCompleter>
#include <QCryptographicHash>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFrame>
#include <QFutureWatcher>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMenu>
#include <QMessageBox>
#include <QMetaMethod>
#include <QPlainTextEdit>
#include <QProgressDialog>
#include <QPushButton>
#include <QSet>
#include <QSettings>
#include <QSplitter>
#include <QSqlQuery>
#include <QTableView>
#include <QTextCursor>
#include <QToolBar>
#include <QToolButton>
#include <QUndoStack>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>
#include <utility>

namespace Seedbed {

namespace {
constexpr int maxKnownTags = 500;
const QString exemplarTag = QStringLiteral("exemplar");
const QString negativeTag = QStringLiteral("negative");

// Accepts the dialog it is made for when Ctrl+Return or Ctrl+Enter reaches the watched editor.
class SaveOnCtrlEnter : public QObject
{
public:
    explicit SaveOnCtrlEnter(QDialog *dialog)
        : QObject(dialog)
        , m_dialog(dialog)
    {}

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::KeyPress) {
            const auto *key = static_cast<QKeyEvent *>(event);
            if ((key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) &&
                key->modifiers().testFlag(Qt::ControlModifier)) {
                m_dialog->accept();
                return true;
            }
        }
        return QObject::eventFilter(watched, event);
    }

private:
    QDialog *m_dialog;
};

struct Totals
{
    qint64 total = -1;
    QStringList tags;
};

// The whole table's size and its tags: a scan, so read in a worker with a connection of its own.
Totals readTotals(const QString &path)
{
    Totals totals;
    ReadOnlyConnection connection(path);
    if (!connection.database().isOpen())
        return totals;
    QSqlQuery query(connection.database());
    if (query.exec(QStringLiteral("SELECT count(*) FROM records")) && query.next())
        totals.total = query.value(0).toLongLong();
    if (query.exec(QStringLiteral("SELECT DISTINCT t.value FROM records, json_each(records.tags) "
                                  "AS t WHERE records.tags <> '[]' LIMIT %1")
                       .arg(maxKnownTags))) {
        while (query.next())
            totals.tags.append(query.value(0).toString());
    }
    totals.tags.sort(Qt::CaseInsensitive);
    return totals;
}
} // namespace

RecordsView::RecordsView(QWidget *parent)
    : QWidget(parent)
    , m_model(new Records::RecordsModel(this))
    , m_store(new Records::ReviewStore(this))
    , m_filterBar(new RecordFilterBar(this))
    , m_toolBar(new QToolBar(this))
    , m_splitter(new QSplitter(Qt::Horizontal, this))
    , m_table(new QTableView(m_splitter))
    , m_detail(new RecordDetail(m_splitter))
    , m_error(new QLabel(this))
{
    setObjectName(QStringLiteral("recordsView"));
    // It shares the central area with the canvas: its filter row must not widen the window
    // while the canvas is shown (a narrow window clips the row's end instead).
    setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    m_table->setObjectName(QStringLiteral("recordsTable"));
    m_detail->setObjectName(QStringLiteral("recordDetail"));
    m_error->setObjectName(QStringLiteral("recordsError"));
    m_error->setWordWrap(true);
    m_error->setTextFormat(Qt::PlainText);
    m_error->hide();

    m_splitter->addWidget(m_table);
    m_splitter->addWidget(m_detail);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 2);
    m_splitter->setSizes({600, 400}); // the detail wide enough to read a sample in
    m_splitter->setChildrenCollapsible(false);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 0);
    layout->setSpacing(4);
    layout->addWidget(m_filterBar);
    layout->addWidget(m_toolBar);
    layout->addWidget(m_error);
    layout->addWidget(m_splitter, 1);

    setupTable();
    createActions();
    createToolBar();

    connect(m_filterBar, &RecordFilterBar::filterChanged, this,
            [this](const Records::RecordFilter &filter) {
                m_model->setFilter(filter);
                m_filterBar->setCount(-1, m_total);
                emit filterChanged(filter);
            });
    connect(m_model, &Records::RecordsModel::ready, this, &RecordsView::onModelReady);
    connect(m_model, &Records::RecordsModel::indexProgress, m_filterBar,
            &RecordFilterBar::setIndexing);
    connect(m_model, &Records::RecordsModel::failed, this, [this](const QString &message) {
        m_error->setText(message);
        m_error->show();
    });
    connect(m_model, &Records::RecordsModel::dataChanged, this, [this] {
        // The current row's page arrived: show its record.
        if (m_detail->recordId() == 0 && currentRecordId() != 0)
            currentRowChanged();
    });
    connect(m_model, &Records::RecordsModel::modelReset, this, &RecordsView::restoreColumns);
    connect(m_model, &Records::RecordsModel::columnsInserted, this, &RecordsView::restoreColumns);
    connect(m_model, &Records::RecordsModel::headerDataChanged, this, &RecordsView::restoreColumns);

    connect(m_detail, &RecordDetail::recordActivated, this, &RecordsView::goToRecord);
    connect(m_detail, &RecordDetail::duplicateClusterRequested, this,
            &RecordsView::showDuplicateCluster);
    connect(m_detail, &RecordDetail::editSaved, this, [this](qint64 id, const QJsonObject &edits) {
        m_allMatching->setChecked(false); // an edit is about one record
        const Records::ReviewChange change = Records::ReviewChange::editFields(edits);
        m_jobs.insert(m_store->apply(change, Records::ReviewSelection::ofIds({id})), true);
    });
    connect(m_store, &Records::ReviewStore::progress, this,
            [this](qint64 job, qint64 done, qint64 total) {
                if (QProgressDialog *dialog = m_progress.value(job)) {
                    dialog->setMaximum(int(std::min<qint64>(total, INT_MAX)));
                    dialog->setValue(int(std::min<qint64>(done, INT_MAX)));
                }
            });
    connect(m_store, &Records::ReviewStore::finished, this, &RecordsView::finishChange);
    updateActions();
}

RecordsView::~RecordsView()
{
    if (m_totals)
        m_totals->waitForFinished();
}

void RecordsView::setupTable()
{
    m_table->setModel(m_model);
    // Lays each cell's text out once, not on every paint: smooth scrolling at a million rows.
    m_table->setItemDelegate(new RecordsDelegate(m_table));
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setWordWrap(false);
    m_table->setTextElideMode(Qt::ElideRight);
    m_table->setSortingEnabled(true);
    m_table->setAlternatingRowColors(true);
    m_table->setCornerButtonEnabled(false);
    // Fixed row heights: a million rows never get measured.
    QHeaderView *rows = m_table->verticalHeader();
    rows->setSectionResizeMode(QHeaderView::Fixed);
    rows->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    rows->hide();
    QHeaderView *header = m_table->horizontalHeader();
    header->setSectionsMovable(true);
    header->setHighlightSections(false);
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->setDefaultSectionSize(180);
    header->setStretchLastSection(true);
    header->setSortIndicator(-1, Qt::AscendingOrder);
    header->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(header, &QHeaderView::customContextMenuRequested, this, &RecordsView::showHeaderMenu);
    connect(header, &QHeaderView::sectionMoved, this, &RecordsView::saveColumns);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &RecordsView::currentRowChanged);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &RecordsView::updateActions);
    connect(m_table, &QTableView::doubleClicked, this, &RecordsView::editCurrent);
}

void RecordsView::createActions()
{
    const auto make = [this](const QString &text, const QString &name, const QKeySequence &key,
                             const QString &icon, auto slot) {
        auto *action = new QAction(QIcon::fromTheme(icon), text, this);
        action->setObjectName(name);
        if (!key.isEmpty()) {
            action->setShortcut(key);
            action->setToolTip(tr("%1 (%2)").arg(action->text().remove(QLatin1Char('&')),
                                                 key.toString(QKeySequence::NativeText)));
        }
        // Keys act while the view has focus; text fields in it keep their letters.
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        connect(action, &QAction::triggered, this, slot);
        addAction(action);
        return action;
    };
    m_reviewActions = {
        make(tr("&Accept"), QStringLiteral("acceptAction"), QKeySequence(Qt::Key_A),
             QStringLiteral("dialog-ok-apply"), &RecordsView::acceptSelected),
        make(tr("&Reject"), QStringLiteral("rejectAction"), QKeySequence(Qt::Key_R),
             QStringLiteral("dialog-cancel"), &RecordsView::rejectSelected),
        make(tr("&Tag…"), QStringLiteral("tagAction"), QKeySequence(Qt::Key_T),
             QStringLiteral("tag"), &RecordsView::tagSelected),
        make(tr("&Delete…"), QStringLiteral("deleteAction"), QKeySequence(QKeySequence::Delete),
             QStringLiteral("edit-delete"), &RecordsView::deleteSelected),
        make(tr("E&xemplar"), QStringLiteral("exemplarAction"), QKeySequence(),
             QStringLiteral("starred"), &RecordsView::markExemplar),
        make(tr("Ne&gative Example"), QStringLiteral("negativeAction"), QKeySequence(),
             QStringLiteral("emblem-unavailable"), &RecordsView::markNegative),
    };
    m_reviewActions.value(4)->setToolTip(
        tr("Marks the records as few-shot exemplars for the stage's prompt (tag “exemplar”)."));
    m_reviewActions.value(5)->setToolTip(
        tr("Marks the records as negative examples, “don't do this” (tag “negative”)."));
    m_reviewActions.append(make(tr("&Edit"), QStringLiteral("editAction"), QKeySequence(Qt::Key_E),
                                QStringLiteral("document-edit"), &RecordsView::editCurrent));
    m_reviewActions.append(make(tr("&Note…"), QStringLiteral("noteAction"), QKeySequence(Qt::Key_N),
                                QStringLiteral("document-edit"), &RecordsView::noteCurrent));
    make(tr("Next Record"), QStringLiteral("nextAction"), QKeySequence(Qt::Key_J),
         QStringLiteral("go-down"), &RecordsView::nextRecord);
    make(tr("Previous Record"), QStringLiteral("previousAction"), QKeySequence(Qt::Key_K),
         QStringLiteral("go-up"), &RecordsView::previousRecord);
    make(tr("Select &Inverse"), QStringLiteral("selectInverseAction"),
         QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_I), QStringLiteral("edit-select-invert"),
         &RecordsView::selectInverse);
    m_rejudge = make(tr("Re-&judge"), QStringLiteral("rejudgeAction"), QKeySequence(),
                     QStringLiteral("view-refresh"), &RecordsView::rejudgeSelected);
    m_retry = make(tr("Retry &Failed"), QStringLiteral("retryFailedAction"), QKeySequence(),
                   QStringLiteral("view-refresh"), &RecordsView::retryFailedSelected);
    m_allMatching =
        new QAction(QIcon::fromTheme(QStringLiteral("edit-select-all")), tr("All Matching"), this);
    m_allMatching->setObjectName(QStringLiteral("allMatchingAction"));
    m_allMatching->setCheckable(true);
    m_allMatching->setToolTip(
        tr("The next action applies to every record the filter matches, not only the selected "
           "ones."));
}

void RecordsView::createToolBar()
{
    m_toolBar->setObjectName(QStringLiteral("recordsToolBar"));
    m_toolBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_toolBar->setIconSize(QSize(16, 16));
    const auto find = [this](const char *name) {
        return findChild<QAction *>(QLatin1String(name), Qt::FindDirectChildrenOnly);
    };
    m_toolBar->addAction(m_allMatching);
    m_toolBar->addSeparator();
    for (const char *name :
         {"acceptAction", "rejectAction", "editAction", "tagAction", "noteAction"})
        m_toolBar->addAction(find(name));
    auto *more = new QToolButton(m_toolBar);
    more->setObjectName(QStringLiteral("moreActions"));
    more->setText(tr("More"));
    more->setPopupMode(QToolButton::InstantPopup);
    more->setToolButtonStyle(Qt::ToolButtonTextOnly);
    auto *menu = new QMenu(more);
    for (const char *name : {"exemplarAction", "negativeAction"})
        menu->addAction(find(name));
    menu->addSeparator();
    menu->addAction(m_rejudge);
    menu->addAction(m_retry);
    menu->addSeparator();
    menu->addAction(find("selectInverseAction"));
    menu->addSeparator();
    menu->addAction(find("deleteAction"));
    more->setMenu(menu);
    m_toolBar->addWidget(more);
    auto *hint = new QLabel(tr("J / K next / previous"), m_toolBar);
    hint->setForegroundRole(QPalette::PlaceholderText);
    hint->setContentsMargins(12, 0, 0, 0);
    m_toolBar->addWidget(hint);
}

void RecordsView::setDocument(ProjectDocument *document)
{
    if (m_document)
        m_document->graph()->disconnect(this);
    if (m_document)
        saveColumns();
    m_document = document;
    m_total = -1;
    m_pendingCurrent = 0;
    m_columnsSeen.clear();
    m_error->hide();
    const QString path = document && document->store() ? document->store()->path() : QString();
    m_store->setDatabasePath(path);
    QHash<QUuid, QString> names;
    if (document) {
        for (const Stage &stage : document->graph()->stages())
            names.insert(stage.id, stage.name);
        connect(document->graph(), &PipelineGraph::changed, this, &RecordsView::updateStages);
    }
    m_filterBar->setFilter({});
    m_model->setProject(document ? document->folder() : QString(), names);
    m_model->setFilter({});
    m_detail->setDocument(document, names);
    updateStages();
    readTotals();
    updateActions();
}

void RecordsView::updateStages()
{
    QList<QPair<QUuid, QString>> stages;
    QHash<QUuid, QString> names;
    if (m_document) {
        for (const Stage &stage : m_document->graph()->stages()) {
            stages.append({stage.id, stage.name});
            names.insert(stage.id, stage.name);
        }
    }
    m_filterBar->setStages(stages);
    m_detail->setStageNames(names);
}

void RecordsView::setSelectedStage(const QUuid &stage)
{
    m_filterBar->setSelectedStage(stage);
}

Records::RecordFilter RecordsView::filter() const
{
    return m_filterBar->filter();
}

void RecordsView::refresh()
{
    if (!m_document)
        return;
    if (const qint64 id = currentRecordId(); id && !m_pendingCurrent)
        m_pendingCurrent = id; // the same record stays current, wherever it is listed now
    m_model->refresh();
    m_detail->reload();
    readTotals();
}

void RecordsView::readTotals()
{
    if (!m_document || !m_document->store())
        return;
    if (m_totals) {
        m_totalsAgain = true; // it may have read before the change: read again when it ends
        return;
    }
    auto *watcher = new QFutureWatcher<Totals>(this);
    m_totals = watcher;
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher] {
        const Totals totals = watcher->result();
        m_totals = nullptr;
        watcher->deleteLater();
        m_total = totals.total;
        m_knownTags = totals.tags;
        m_filterBar->setKnownTags(totals.tags);
        m_filterBar->setCount(m_model->isReady() ? m_model->matchCount() : -1, m_total);
        if (std::exchange(m_totalsAgain, false))
            readTotals();
    });
    watcher->setFuture(QtConcurrent::run(&Seedbed::readTotals, m_document->store()->path()));
}

void RecordsView::onModelReady(qint64 count)
{
    m_error->hide();
    m_filterBar->setCount(count, m_total);
    m_filterBar->setJudges(m_model->scoreColumns());
    if (m_pendingCurrent) {
        const int row = m_model->rowOf(m_pendingCurrent);
        m_pendingCurrent = 0;
        if (row >= 0) {
            selectRow(row);
            return;
        }
    }
    if (!m_table->currentIndex().isValid() && m_model->rowCount() > 0)
        selectRow(0);
    currentRowChanged();
}

qint64 RecordsView::currentRecordId() const
{
    const QModelIndex current = m_table->currentIndex();
    return current.isValid() ? m_model->recordId(current.row()) : 0;
}

void RecordsView::currentRowChanged()
{
    const qint64 id = currentRecordId();
    if (id != m_detail->recordId())
        m_detail->showRecord(id);
    updateActions();
}

void RecordsView::selectRow(int row)
{
    if (row < 0 || row >= m_model->rowCount())
        return;
    const int column = std::max(0, m_table->currentIndex().column());
    const QModelIndex index = m_model->index(row, column);
    m_table->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect |
                                                          QItemSelectionModel::Rows);
    m_table->scrollTo(index);
}

void RecordsView::goToRecord(qint64 id)
{
    const int row = m_model->rowOf(id);
    if (row >= 0) {
        selectRow(row);
        return;
    }
    // Not among the matching records (a parent of another stage): show all, then go there.
    m_pendingCurrent = id;
    m_filterBar->setSelectedStage(QUuid());
    m_filterBar->clearConditions();
    if (m_model->rowOf(id) >= 0 && m_model->isReady()) {
        m_pendingCurrent = 0;
        selectRow(m_model->rowOf(id));
    }
}

void RecordsView::nextRecord()
{
    const int row = m_table->currentIndex().isValid() ? m_table->currentIndex().row() + 1 : 0;
    selectRow(std::min(row, m_model->rowCount() - 1));
    m_table->setFocus();
}

void RecordsView::previousRecord()
{
    const int row = m_table->currentIndex().isValid() ? m_table->currentIndex().row() - 1 : 0;
    selectRow(std::max(row, 0));
    m_table->setFocus();
}

QList<qint64> RecordsView::selectedIds() const
{
    QList<qint64> ids;
    const QList<qint64> all = m_model->matchingIds();
    const auto idAt = [this, &all](int row) {
        return row < all.size() ? all.at(row) : m_model->recordId(row);
    };
    for (const QItemSelectionRange &range : m_table->selectionModel()->selection()) {
        for (int row = range.top(); row <= range.bottom(); ++row) {
            if (const qint64 id = idAt(row); id > 0)
                ids.append(id);
        }
    }
    if (ids.isEmpty() && m_table->currentIndex().isValid()) {
        if (const qint64 id = idAt(m_table->currentIndex().row()); id > 0)
            ids.append(id);
    }
    std::sort(ids.begin(), ids.end());
    ids.erase(std::unique(ids.begin(), ids.end()), ids.end());
    return ids;
}

Records::ReviewSelection RecordsView::scopeSelection(qint64 *count) const
{
    if (m_allMatching->isChecked()) {
        *count = m_model->isReady() ? m_model->matchCount() : progressThreshold + 1;
        return Records::ReviewSelection::matching(filter());
    }
    const QList<qint64> ids = selectedIds();
    *count = ids.size();
    return Records::ReviewSelection::ofIds(ids);
}

qint64 RecordsView::applyChange(const Records::ReviewChange &change)
{
    if (!m_document)
        return 0;
    qint64 count = 0;
    const Records::ReviewSelection selection = scopeSelection(&count);
    m_allMatching->setChecked(false); // a one-shot: the next key acts on the selection again
    if (count == 0)
        return 0;
    // A single record reviewed by key: move on to the next one, as a reviewer does.
    if (count == 1 && !selection.filter && change.state) {
        const int next = m_table->currentIndex().row() + 1;
        const QList<qint64> all = m_model->matchingIds();
        if (next < all.size())
            m_pendingCurrent = all.at(next);
        else if (next < m_model->rowCount())
            m_pendingCurrent = m_model->recordId(next);
    }
    const qint64 job = m_store->apply(change, selection);
    m_jobs.insert(job, true);
    if (count > progressThreshold) {
        auto *dialog =
            new QProgressDialog(Records::ReviewStore::describe(change, count), tr("Cancel"), 0,
                                int(std::min<qint64>(count, INT_MAX)), this);
        dialog->setObjectName(QStringLiteral("reviewProgress"));
        dialog->setWindowModality(Qt::WindowModal);
        dialog->setMinimumDuration(300);
        dialog->setAutoClose(false);
        dialog->setAutoReset(false);
        connect(dialog, &QProgressDialog::canceled, this, [this, job] { m_store->cancel(job); });
        m_progress.insert(job, dialog);
    }
    return job;
}

void RecordsView::finishChange(const Records::ReviewResult &result)
{
    if (QProgressDialog *dialog = m_progress.take(result.job))
        dialog->deleteLater();
    const bool ours = m_jobs.remove(result.job) > 0;
    if (ours && result.kind == Records::ReviewResult::Kind::Apply) {
        if (!result.error.isEmpty()) {
            QMessageBox box(QMessageBox::Warning, tr("The change was not made"), result.error,
                            QMessageBox::Ok, this);
            box.setObjectName(QStringLiteral("reviewErrorBox"));
            box.exec();
        } else if (result.cancelled) {
            emit message(tr("Cancelled; nothing was changed."));
        } else if (result.undo && m_document) {
            // Done already: the command's first redo does nothing, undo queues the reverse.
            m_document->undoStack()->push(new Records::ReviewCommand(m_store, result));
            emit message(result.text);
        }
    }
    refresh();
    emit changeFinished(result.succeeded());
}

void RecordsView::acceptSelected()
{
    applyChange(Records::ReviewChange::accept());
}

void RecordsView::rejectSelected()
{
    applyChange(Records::ReviewChange::reject());
}

void RecordsView::editCurrent()
{
    if (m_allMatching->isChecked())
        m_allMatching->setChecked(false);
    if (m_detail->recordId() != currentRecordId())
        m_detail->showRecord(currentRecordId());
    m_detail->startEditing();
}

void RecordsView::tagSelected()
{
    showTextPopup(tr("Tags:"), QString(), m_knownTags, [this](const QString &text) {
        // "a, b；c、d": several tags at once, whichever comma the keyboard gave.
        Records::ReviewChange change;
        change.addTags = Records::ReviewChange::splitTags(text);
        if (!change.addTags.isEmpty())
            applyChange(change);
    });
}

void RecordsView::noteCurrent()
{
    const qint64 id = currentRecordId();
    if (id <= 0)
        return;
    QString note;
    if (m_document && m_document->store()) {
        QSqlQuery query(m_document->store()->database());
        query.prepare(
            QStringLiteral("SELECT json_extract(meta, '$.note') FROM records WHERE id = ?"));
        query.addBindValue(id);
        if (query.exec() && query.next())
            note = query.value(0).toString();
    }
    auto *dialog = new QDialog(this);
    dialog->setObjectName(QStringLiteral("noteDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("Note on Record %1").arg(id));
    auto *layout = new QVBoxLayout(dialog);
    auto *editor = new QPlainTextEdit(note, dialog);
    editor->setObjectName(QStringLiteral("noteEditor"));
    editor->setTabChangesFocus(true);
    editor->setPlaceholderText(tr("What is wrong or right about this record; fed back to the "
                                  "generator with negative examples and exemplars."));
    layout->addWidget(editor);
    auto *hint = new QLabel(tr("Ctrl+Enter saves, Escape cancels."), dialog);
    hint->setForegroundRole(QPalette::PlaceholderText);
    layout->addWidget(hint);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, dialog);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    // Ctrl+Enter saves; the editor would take it as a new line.
    editor->installEventFilter(new SaveOnCtrlEnter(dialog));
    connect(dialog, &QDialog::accepted, this, [this, editor] {
        applyChange(Records::ReviewChange::setNote(editor->toPlainText().trimmed()));
    });
    dialog->resize(480, 260);
    dialog->open();
    editor->moveCursor(QTextCursor::End);
    editor->setFocus();
}

void RecordsView::deleteSelected()
{
    qint64 count = 0;
    if (m_allMatching->isChecked())
        count = m_model->matchCount();
    else
        count = selectedIds().size();
    if (count <= 0)
        return;
    QMessageBox box(QMessageBox::Question, tr("Delete Records"),
                    tr("Delete %n record(s)?", nullptr, int(std::min<qint64>(count, INT_MAX))),
                    QMessageBox::Cancel, this);
    box.setObjectName(QStringLiteral("deleteBox"));
    box.setInformativeText(tr("They are removed with their review history, and later runs do "
                              "not make them again. Edit ▸ Undo brings them back."));
    QPushButton *remove = box.addButton(tr("Delete"), QMessageBox::DestructiveRole);
    remove->setObjectName(QStringLiteral("deleteButton"));
    box.setDefaultButton(QMessageBox::Cancel);
    box.exec();
    if (box.clickedButton() != remove) {
        m_allMatching->setChecked(false);
        return;
    }
    applyChange(Records::ReviewChange::deleteRecords());
}

void RecordsView::markExemplar()
{
    applyChange(Records::ReviewChange::tag(exemplarTag));
}

void RecordsView::markNegative()
{
    applyChange(Records::ReviewChange::tag(negativeTag));
}

/* The records among \a ids (or their children, with \a children) that \a condition holds for,
   and the one stage they all belong to (null when several). Read in chunks by id. */
QList<qint64> RecordsView::redoTargets(const QList<qint64> &ids, const QString &condition,
                                       bool children, QUuid *stage) const
{
    QList<qint64> found;
    QSet<QUuid> stages;
    if (!m_document || !m_document->store())
        return found;
    constexpr qsizetype chunk = 500;
    QSqlQuery query(m_document->store()->database());
    for (qsizetype from = 0; from < ids.size(); from += chunk) {
        QStringList list;
        for (qsizetype i = from; i < std::min(ids.size(), from + chunk); ++i)
            list.append(QString::number(ids.at(i)));
        const QString sql =
            QStringLiteral("SELECT id, stage_id FROM records WHERE %1 IN (%2) AND (%3)")
                .arg(children ? QStringLiteral("parent_id") : QStringLiteral("id"),
                     list.join(QLatin1Char(',')), condition);
        if (!query.exec(sql))
            continue;
        while (query.next()) {
            found.append(query.value(0).toLongLong());
            stages.insert(QUuid::fromString(query.value(1).toString()));
        }
    }
    std::sort(found.begin(), found.end());
    found.erase(std::unique(found.begin(), found.end()), found.end());
    *stage = stages.size() == 1 ? *stages.cbegin() : QUuid();
    return found;
}

void RecordsView::rejudgeSelected()
{
    const QList<qint64> ids = m_allMatching->isChecked() ? m_model->matchingIds() : selectedIds();
    m_allMatching->setChecked(false);
    if (ids.isEmpty() || !m_document)
        return;
    // The records of judge stages, themselves; the judges' records made of the others.
    QStringList judges;
    for (const Stage &stage : m_document->graph()->stages()) {
        if (stage.type == QLatin1String("judge"))
            judges.append(QLatin1Char('\'') + stage.id.toString(QUuid::WithoutBraces) +
                          QLatin1Char('\''));
    }
    if (judges.isEmpty()) {
        emit message(tr("The pipeline has no judge stage."));
        return;
    }
    const QString ofJudge = QStringLiteral("stage_id IN (%1)").arg(judges.join(QLatin1Char(',')));
    QUuid ownStage;
    QUuid childStage;
    QList<qint64> targets = redoTargets(ids, ofJudge, false, &ownStage);
    const QList<qint64> judged = redoTargets(ids, ofJudge, true, &childStage);
    QUuid stage = targets.isEmpty() ? childStage : ownStage;
    if (!targets.isEmpty() && !judged.isEmpty() && ownStage != childStage)
        stage = QUuid();
    targets.append(judged);
    std::sort(targets.begin(), targets.end());
    targets.erase(std::unique(targets.begin(), targets.end()), targets.end());
    if (targets.isEmpty()) {
        emit message(tr("None of these records has been judged."));
        return;
    }
    emit rejudgeRequested(stage, targets);
}

void RecordsView::retryFailedSelected()
{
    const QList<qint64> ids = m_allMatching->isChecked() ? m_model->matchingIds() : selectedIds();
    m_allMatching->setChecked(false);
    if (ids.isEmpty())
        return;
    QUuid stage;
    const QList<qint64> failed =
        redoTargets(ids, QStringLiteral("status = 'failed'"), false, &stage);
    if (failed.isEmpty()) {
        emit message(tr("None of these records has failed."));
        return;
    }
    emit retryFailedRequested(stage, failed);
}

DuplicateCluster *RecordsView::showDuplicateCluster(qint64 id)
{
    if (!m_document)
        return nullptr;
    if (!m_cluster || m_cluster->parent() != this) {
        m_cluster = new DuplicateCluster(m_document, this);
        m_cluster->setAttribute(Qt::WA_DeleteOnClose);
        connect(m_cluster, &DuplicateCluster::keepRequested, this, [this](qint64 keep) {
            m_allMatching->setChecked(false); // about one record, whatever the selection
            m_jobs.insert(m_store->apply(Records::ReviewChange::keepInCluster(),
                                         Records::ReviewSelection::ofIds({keep})),
                          true);
        });
        // After the change (and its undo or redo) the cluster is read again.
        connect(this, &RecordsView::changeFinished, m_cluster, &DuplicateCluster::reload);
    }
    QHash<QUuid, QString> names;
    for (const Stage &stage : m_document->graph()->stages())
        names.insert(stage.id, stage.name);
    m_cluster->setStageNames(names);
    m_cluster->showCluster(id);
    m_cluster->show();
    m_cluster->raise();
    return m_cluster;
}

void RecordsView::selectInverse()
{
    const int rows = m_model->rowCount();
    if (rows == 0)
        return;
    // Row ranges, not rows: inverting a selection of a million records stays cheap.
    QList<std::pair<int, int>> selected;
    for (const QItemSelectionRange &range : m_table->selectionModel()->selection())
        selected.append({range.top(), range.bottom()});
    std::sort(selected.begin(), selected.end());
    QItemSelection inverse;
    const int lastColumn = m_model->columnCount() - 1;
    int next = 0;
    for (const auto &[top, bottom] : std::as_const(selected)) {
        if (top > next)
            inverse.select(m_model->index(next, 0), m_model->index(top - 1, lastColumn));
        next = std::max(next, bottom + 1);
    }
    if (next < rows)
        inverse.select(m_model->index(next, 0), m_model->index(rows - 1, lastColumn));
    m_table->selectionModel()->select(inverse, QItemSelectionModel::ClearAndSelect |
                                                   QItemSelectionModel::Rows);
}

void RecordsView::updateActions()
{
    const bool any = m_document && m_model->rowCount() > 0;
    for (QAction *action : std::as_const(m_reviewActions))
        action->setEnabled(any);
    m_allMatching->setEnabled(any);
    // Handed over to the main window's run: offered only when someone takes them.
    m_rejudge->setVisible(
        isSignalConnected(QMetaMethod::fromSignal(&RecordsView::rejudgeRequested)));
    m_retry->setVisible(
        isSignalConnected(QMetaMethod::fromSignal(&RecordsView::retryFailedRequested)));
    m_rejudge->setEnabled(any);
    m_retry->setEnabled(any);
}

void RecordsView::showTextPopup(const QString &label, const QString &text,
                                const QStringList &completions,
                                std::function<void(const QString &)> done)
{
    auto *popup = new QFrame(this, Qt::Popup);
    popup->setObjectName(QStringLiteral("textPopup"));
    popup->setAttribute(Qt::WA_DeleteOnClose);
    popup->setFrameShape(QFrame::StyledPanel);
    auto *layout = new QHBoxLayout(popup);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addWidget(new QLabel(label, popup));
    auto *edit = new QLineEdit(text, popup);
    edit->setObjectName(QStringLiteral("popupField"));
    edit->setMinimumWidth(260);
    if (!completions.isEmpty()) {
        auto *completer = new QCompleter(completions, edit);
        completer->setCaseSensitivity(Qt::CaseInsensitive);
        completer->setFilterMode(Qt::MatchContains);
        edit->setCompleter(completer);
    }
    layout->addWidget(edit);
    connect(edit, &QLineEdit::returnPressed, popup, [popup, edit, done] {
        const QString value = edit->text();
        popup->close();
        done(value);
    });
    // Beside the current row, where the reviewer is looking.
    QPoint at = m_table->viewport()->mapToGlobal(QPoint(24, 24));
    if (m_table->currentIndex().isValid())
        at = m_table->viewport()->mapToGlobal(
            m_table->visualRect(m_table->currentIndex()).bottomLeft() + QPoint(24, 2));
    popup->move(at);
    popup->show();
    edit->selectAll();
    edit->setFocus();
}

QString RecordsView::settingsKey() const
{
    const QByteArray hash = QCryptographicHash::hash(
        m_document ? m_document->folder().toUtf8() : QByteArray(), QCryptographicHash::Sha1);
    return QStringLiteral("recordsView/%1/").arg(QString::fromLatin1(hash.toHex().left(16)));
}

void RecordsView::showHeaderMenu(const QPoint &pos)
{
    QHeaderView *header = m_table->horizontalHeader();
    QMenu menu(this);
    menu.setObjectName(QStringLiteral("columnsMenu"));
    for (int visual = 0; visual < header->count(); ++visual) {
        const int section = header->logicalIndex(visual);
        QAction *action = menu.addAction(m_model->headerData(section, Qt::Horizontal).toString());
        action->setCheckable(true);
        action->setChecked(!header->isSectionHidden(section));
        connect(action, &QAction::toggled, this, [this, header, section](bool on) {
            header->setSectionHidden(section, !on);
            saveColumns();
        });
    }
    menu.addSeparator();
    menu.addAction(tr("Show All Columns"), this, [this, header] {
        for (int section = 0; section < header->count(); ++section)
            header->setSectionHidden(section, false);
        saveColumns();
    });
    menu.exec(header->mapToGlobal(pos));
}

void RecordsView::saveColumns()
{
    if (!m_document || m_restoringColumns)
        return;
    QHeaderView *header = m_table->horizontalHeader();
    QStringList order;
    QStringList hidden;
    for (int visual = 0; visual < header->count(); ++visual) {
        const int section = header->logicalIndex(visual);
        const QString name = m_model->headerData(section, Qt::Horizontal).toString();
        order.append(name);
        if (header->isSectionHidden(section))
            hidden.append(name);
    }
    QSettings settings;
    settings.setValue(settingsKey() + QStringLiteral("order"), order);
    settings.setValue(settingsKey() + QStringLiteral("hidden"), hidden);
}

void RecordsView::restoreColumns()
{
    if (!m_document || m_restoringColumns)
        return;
    QStringList names;
    for (int section = 0; section < m_model->columnCount(); ++section)
        names.append(m_model->headerData(section, Qt::Horizontal).toString());
    if (names == m_columnsSeen)
        return; // arranged already; the user's moves since are saved
    m_columnsSeen = names;
    m_restoringColumns = true;
    QSettings settings;
    const QStringList order =
        settings.value(settingsKey() + QStringLiteral("order")).toStringList();
    const QStringList hidden =
        settings.value(settingsKey() + QStringLiteral("hidden")).toStringList();
    QHeaderView *header = m_table->horizontalHeader();
    const int fixed = m_model->fixedColumnCount();
    const QFontMetrics metrics = m_table->fontMetrics();
    const int narrow = metrics.horizontalAdvance(QStringLiteral("Unreviewed")) + 24;
    for (int section = 0; section < names.size(); ++section) {
        int width = section >= fixed ? 300 : narrow; // the samples' text gets the room
        if (section == Records::RecordsModel::IdColumn ||
            section == Records::RecordsModel::ScoreColumn ||
            section == Records::RecordsModel::LengthColumn)
            width = std::max(metrics.horizontalAdvance(names.at(section)),
                             metrics.horizontalAdvance(QStringLiteral("0000000"))) +
                    36;
        else if (section == Records::RecordsModel::StageColumn)
            width = narrow + 30;
        else if (section == Records::RecordsModel::TagsColumn)
            width = narrow + 20;
        else if (section >= fixed + m_model->fieldColumns().size())
            width = std::max(narrow, metrics.horizontalAdvance(names.at(section)) + 36);
        header->resizeSection(section, width);
    }
    QStringList wanted = order;
    if (wanted.isEmpty()) {
        // At first: the verdicts beside the id, then the samples' fields, then the rest.
        using M = Records::RecordsModel;
        for (const int section :
             {int(M::IdColumn), int(M::StatusColumn), int(M::ReviewColumn), int(M::ScoreColumn)})
            wanted.append(names.value(section));
        wanted.append(names.mid(fixed, m_model->fieldColumns().size()));
    }
    int target = 0;
    for (const QString &name : std::as_const(wanted)) {
        const int section = names.indexOf(name);
        if (section < 0)
            continue;
        const int from = header->visualIndex(section);
        if (from != target)
            header->moveSection(from, target);
        ++target;
    }
    for (int section = 0; section < names.size(); ++section)
        header->setSectionHidden(section, hidden.contains(names.at(section)));
    m_restoringColumns = false;
}

} // namespace Seedbed
