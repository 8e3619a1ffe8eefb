// The records view on a small project whose records are written with SQL: seeds → writer →
// judge, with the writer's and judge's calls in the call log. Shortcuts, bulk changes with
// undo, filters and the detail panel.
#include "models/projectdocument.h"
#include "models/projectformat.h"
#include "models/projectstore.h"
#include "models/records/recordsmodel.h"
#include "models/records/reviewstore.h"
#include "widgets/canvasscene.h"
#include "widgets/canvasview.h"
#include "widgets/chartsdock.h"
#include "widgets/duplicatecluster.h"
#include "widgets/mainwindow.h"
#include "widgets/recorddetail.h"
#include "widgets/recordfilterbar.h"
#include "widgets/recordsview.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QCompleter>
#include <QDialog>
#include <QDir>
#include <QDoubleSpinBox>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QToolButton>
#include <QUndoStack>

#include <memory>

using namespace Seedbed;

namespace {

const QUuid seedId = QUuid::fromString(QStringLiteral("{30000000-0000-0000-0000-000000000001}"));
const QUuid writerId = QUuid::fromString(QStringLiteral("{30000000-0000-0000-0000-000000000002}"));
const QUuid judgeId = QUuid::fromString(QStringLiteral("{30000000-0000-0000-0000-000000000003}"));
constexpr int perStage = 5;
const QString htmlText = QStringLiteral("<b>bold</b> <|im_start|>user & <i>x</i>");

Stage stage(const QUuid &id, const QString &type, const QString &name, double x)
{
    Stage s;
    s.id = id;
    s.type = type;
    s.name = name;
    s.position = QPointF(x, 0);
    return s;
}

QString json(const QJsonObject &object)
{
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

} // namespace

class tst_RecordsView : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void detailShowsFieldsRationalePromptAndLineage();
    void lineageJumpsToParent();
    void htmlIsLiteral();
    void nextAndPrevious();
    void acceptAndRejectByKey();
    void editInPlace();
    void editCancelledByEscape();
    void tagAndNote();
    void bulkAcceptOverFilterIsOneUndoStep();
    void selectInverse();
    void filtersNarrowTableAndCount();
    void searchFiltersByText();
    void mainWindowWorkspaceFollowsCanvas();
    void tagsSplitOnAnyComma();
    void shortcutsAreUnique();
    void severalScoreRanges();
    void deleteIsRememberedAndUndone();
    void rejudgeAndRetryPayload();
    void duplicateClusterKeepAnother();

private:
    void insertRecords();
    void waitReady();
    QString column(qint64 id, const QString &name);
    void waitChange(const std::function<void()> &action);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<ProjectDocument> m_document;
    std::unique_ptr<RecordsView> m_view;
};

void tst_RecordsView::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    const QString folder = m_dir->filePath(QStringLiteral("project"));
    QVERIFY(QDir().mkpath(folder));
    ProjectData data;
    data.name = QStringLiteral("Records test");
    data.stages = {stage(seedId, QStringLiteral("seed_table"), QStringLiteral("Seeds"), 0),
                   stage(writerId, QStringLiteral("generate"), QStringLiteral("Writer"), 300),
                   stage(judgeId, QStringLiteral("judge"), QStringLiteral("Judge"), 600)};
    data.edges = {{seedId, writerId, QStringLiteral("in")},
                  {writerId, judgeId, QStringLiteral("in")}};
    QFile file(QDir(folder).filePath(QLatin1String(ProjectFormat::fileName)));
    QVERIFY(file.open(QIODevice::WriteOnly));
    QVERIFY(file.write(ProjectFormat::serialize(data)) > 0);
    file.close();
    ProjectError error;
    m_document = ProjectDocument::open(folder, &error);
    QVERIFY2(m_document, qPrintable(error.message));
    insertRecords();

    m_view = std::make_unique<RecordsView>();
    m_view->resize(1200, 700);
    m_view->setDocument(m_document.get());
    m_view->show();
    QVERIFY(QTest::qWaitForWindowActive(m_view.get()));
    waitReady();
    QCOMPARE(m_view->model()->rowCount(), 3 * perStage);
}

void tst_RecordsView::cleanup()
{
    if (m_view)
        m_view->reviewStore()->waitForIdle();
    m_view.reset();
    m_document.reset();
    m_dir.reset();
}

// ids 1..5 seeds, 6..10 answers (parent seed id-5), 11..15 judged answers (parent id-5).
void tst_RecordsView::insertRecords()
{
    QSqlDatabase db = m_document->store()->database();
    QVERIFY(db.transaction());
    QSqlQuery insert(db);
    QVERIFY(insert.prepare(QStringLiteral(
        "INSERT INTO records (id, stage_id, fields, parent_ids, parent_id, status, scores, score, "
        "usage, meta, item_key, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")));
    QSqlQuery call(db);
    QVERIFY(call.prepare(QStringLiteral(
        "INSERT INTO llm_calls (stage_id, provider, model, request_hash, request, response, "
        "status) VALUES (?, 'Local', 'test-model', ?, ?, '', 'ok')")));
    for (int i = 1; i <= 3 * perStage; ++i) {
        const int kind = (i - 1) / perStage; // 0 seed, 1 writer, 2 judge
        const QString question = QStringLiteral("How do I reset my password %1?").arg(i % perStage);
        QJsonObject fields{{QStringLiteral("question"), question}};
        QJsonObject meta;
        QJsonObject usage;
        QJsonObject scores;
        QVariant score;
        QString status = QStringLiteral("ok");
        if (kind >= 1) {
            fields.insert(QStringLiteral("answer"),
                          i == 7 ? htmlText : QStringLiteral("Open Settings, answer %1").arg(i));
            meta.insert(QStringLiteral("callHash"), QStringLiteral("hash-%1").arg(i));
            meta.insert(QStringLiteral("model"), QStringLiteral("test-model"));
            usage = {{QStringLiteral("prompt"), 120 + i}, {QStringLiteral("completion"), 40}};
            const QJsonObject request{
                {QStringLiteral("model"), QStringLiteral("test-model")},
                {QStringLiteral("messages"),
                 QJsonArray{QJsonObject{{QStringLiteral("role"), QStringLiteral("system")},
                                        {QStringLiteral("content"),
                                         QStringLiteral("You write support answers.")}},
                            QJsonObject{{QStringLiteral("role"), QStringLiteral("user")},
                                        {QStringLiteral("content"),
                                         QStringLiteral("Answer record %1 please").arg(i)}}}}};
            call.addBindValue((kind == 1 ? writerId : judgeId).toString(QUuid::WithoutBraces));
            call.addBindValue(QStringLiteral("hash-%1").arg(i));
            call.addBindValue(json(request));
            QVERIFY(call.exec());
        }
        if (kind == 2) {
            const double value = i - 8; // 3..7
            fields.insert(QStringLiteral("score"), value);
            fields.insert(QStringLiteral("score_reason"),
                          QStringLiteral("Rationale %1: clear steps").arg(i));
            scores.insert(QStringLiteral("Judge"), value);
            score = value;
            meta.insert(QStringLiteral("reasoning"),
                        QStringLiteral("Thinking about record %1").arg(i));
            if (value < 5)
                status = QStringLiteral("filtered");
        }
        insert.addBindValue(i);
        insert.addBindValue((kind == 0   ? seedId
                             : kind == 1 ? writerId
                                         : judgeId)
                                .toString(QUuid::WithoutBraces));
        insert.addBindValue(json(fields));
        insert.addBindValue(kind == 0 ? QStringLiteral("[]")
                                      : QStringLiteral("[%1]").arg(i - perStage));
        insert.addBindValue(kind == 0 ? QVariant() : QVariant(i - perStage));
        insert.addBindValue(status);
        insert.addBindValue(json(scores));
        insert.addBindValue(score);
        insert.addBindValue(json(usage));
        insert.addBindValue(json(meta));
        insert.addBindValue(QStringLiteral("k%1").arg(i));
        insert.addBindValue(1700000000000LL + i);
        QVERIFY2(insert.exec(), qPrintable(insert.lastError().text()));
    }
    QVERIFY(db.commit());
}

void tst_RecordsView::waitReady()
{
    QTRY_VERIFY(m_view->model()->isReady());
    QTRY_VERIFY(m_view->model()->rowCount() == m_view->model()->matchCount());
}

QString tst_RecordsView::column(qint64 id, const QString &name)
{
    QSqlQuery query(m_document->store()->database());
    query.prepare(QStringLiteral("SELECT %1 FROM records WHERE id = ?").arg(name));
    query.addBindValue(id);
    if (!query.exec() || !query.next())
        return QStringLiteral("<missing>");
    return query.value(0).toString();
}

void tst_RecordsView::waitChange(const std::function<void()> &action)
{
    QSignalSpy finished(m_view.get(), &RecordsView::changeFinished);
    action();
    QVERIFY(finished.wait(10000));
    QVERIFY(finished.first().first().toBool());
    waitReady();
}

void tst_RecordsView::detailShowsFieldsRationalePromptAndLineage()
{
    m_view->goToRecord(13);
    QCOMPARE(m_view->currentRecordId(), 13);
    RecordDetail *detail = m_view->detail();
    QCOMPARE(detail->recordId(), 13);
    auto *answer = detail->findChild<QLabel *>(QStringLiteral("field_answer"));
    QVERIFY(answer);
    QCOMPARE(answer->text(), QStringLiteral("Open Settings, answer 13"));
    QVERIFY(answer->wordWrap());
    auto *rationale = detail->findChild<QLabel *>(QStringLiteral("rationale"));
    QVERIFY(rationale);
    QCOMPARE(rationale->text(), QStringLiteral("Rationale 13: clear steps"));
    auto *scores = detail->findChild<QLabel *>(QStringLiteral("scores"));
    QVERIFY(scores && scores->text().contains(QStringLiteral("Judge")));
    auto *reasoning = detail->findChild<QLabel *>(QStringLiteral("reasoning"));
    QVERIFY(reasoning);
    QCOMPARE(reasoning->text(), QStringLiteral("Thinking about record 13"));
    auto *prompt = detail->findChild<QLabel *>(QStringLiteral("prompt"));
    QVERIFY(prompt);
    QVERIFY2(prompt->text().contains(QStringLiteral("Answer record 13 please")),
             qPrintable(prompt->text()));
    QVERIFY(prompt->text().contains(QStringLiteral("You write support answers.")));
    auto *usage = detail->findChild<QLabel *>(QStringLiteral("usage"));
    QVERIFY(usage && usage->text().contains(QStringLiteral("133")));
    // Lineage: the writer's record, then the seed row.
    QVERIFY(detail->findChild<QPushButton *>(QStringLiteral("lineage_8")));
    QVERIFY(detail->findChild<QPushButton *>(QStringLiteral("lineage_3")));
    QVERIFY(!detail->findChild<QPushButton *>(QStringLiteral("lineage_13")));
    // The seed row has no lineage, no prompt.
    m_view->goToRecord(3);
    QCOMPARE(detail->recordId(), 3);
    QVERIFY(!detail->findChild<QLabel *>(QStringLiteral("prompt")));
    QVERIFY(!detail->findChild<QPushButton *>(QStringLiteral("lineage_3")));
}

void tst_RecordsView::lineageJumpsToParent()
{
    // Only the judge's records are listed: the seed row is found by showing all stages.
    m_view->setSelectedStage(judgeId);
    waitReady();
    QCOMPARE(m_view->model()->rowCount(), perStage);
    m_view->goToRecord(12);
    QCOMPARE(m_view->detail()->recordId(), 12);
    auto *seed = m_view->detail()->findChild<QPushButton *>(QStringLiteral("lineage_2"));
    QVERIFY(seed);
    QTest::mouseClick(seed, Qt::LeftButton);
    QTRY_COMPARE(m_view->currentRecordId(), 2);
    QCOMPARE(m_view->detail()->recordId(), 2);
    QCOMPARE(m_view->filterBar()->selectedStage(), QUuid());
    QCOMPARE(m_view->model()->rowCount(), 3 * perStage);
}

void tst_RecordsView::htmlIsLiteral()
{
    m_view->goToRecord(7);
    auto *answer = m_view->detail()->findChild<QLabel *>(QStringLiteral("field_answer"));
    QVERIFY(answer);
    QCOMPARE(answer->textFormat(), Qt::PlainText);
    QCOMPARE(answer->text(), htmlText);
    // Every label of the panel is plain text.
    for (QLabel *label : m_view->detail()->findChildren<QLabel *>())
        QVERIFY2(label->textFormat() == Qt::PlainText, qPrintable(label->objectName()));
}

void tst_RecordsView::nextAndPrevious()
{
    m_view->goToRecord(1);
    m_view->table()->setFocus();
    QCOMPARE(m_view->model()->rowOf(1), 0);
    QTest::keyClick(m_view->table(), Qt::Key_J);
    QCOMPARE(m_view->currentRecordId(), m_view->model()->matchingIds().at(1));
    QCOMPARE(m_view->detail()->recordId(), m_view->currentRecordId());
    QTest::keyClick(m_view->table(), Qt::Key_J);
    QCOMPARE(m_view->table()->currentIndex().row(), 2);
    QTest::keyClick(m_view->table(), Qt::Key_K);
    QCOMPARE(m_view->table()->currentIndex().row(), 1);
    // Typing in the search field is typing, not moving.
    m_view->filterBar()->searchField()->setFocus();
    QTest::keyClick(m_view->filterBar()->searchField(), Qt::Key_J);
    QCOMPARE(m_view->table()->currentIndex().row(), 1);
    QCOMPARE(m_view->filterBar()->searchField()->text(), QStringLiteral("j"));
}

void tst_RecordsView::acceptAndRejectByKey()
{
    m_view->goToRecord(6);
    m_view->table()->setFocus();
    const int row = m_view->table()->currentIndex().row();
    const qint64 next = m_view->model()->matchingIds().at(row + 1);
    waitChange([this] { QTest::keyClick(m_view->table(), Qt::Key_A); });
    QCOMPARE(column(6, QStringLiteral("review_state")), QStringLiteral("accepted"));
    QCOMPARE(column(next, QStringLiteral("review_state")), QStringLiteral("unreviewed"));
    // The reviewer moves on to the next record.
    QTRY_COMPARE(m_view->currentRecordId(), next);
    waitChange([this] { QTest::keyClick(m_view->table(), Qt::Key_R); });
    QCOMPARE(column(next, QStringLiteral("review_state")), QStringLiteral("rejected"));
    QCOMPARE(m_document->undoStack()->count(), 2);
    waitChange([this] { m_document->undoStack()->undo(); });
    QCOMPARE(column(next, QStringLiteral("review_state")), QStringLiteral("unreviewed"));
    QCOMPARE(column(6, QStringLiteral("review_state")), QStringLiteral("accepted"));
}

void tst_RecordsView::editInPlace()
{
    m_view->goToRecord(9);
    m_view->table()->setFocus();
    QTest::keyClick(m_view->table(), Qt::Key_E);
    QVERIFY(m_view->detail()->isEditing());
    auto *edit = m_view->detail()->findChild<QPlainTextEdit *>(QStringLiteral("edit_answer"));
    QVERIFY(edit);
    QCOMPARE(edit->toPlainText(), QStringLiteral("Open Settings, answer 9"));
    edit->setFocus();
    edit->selectAll();
    QTest::keyClicks(edit, QStringLiteral("Open Settings > Security"));
    QCOMPARE(edit->toPlainText(), QStringLiteral("Open Settings > Security"));
    waitChange([edit] { QTest::keyClick(edit, Qt::Key_Return, Qt::ControlModifier); });
    QVERIFY(!m_view->detail()->isEditing());
    const QJsonObject fields =
        QJsonDocument::fromJson(column(9, QStringLiteral("fields")).toUtf8()).object();
    QCOMPARE(fields.value(QStringLiteral("answer")).toString(),
             QStringLiteral("Open Settings > Security"));
    QCOMPARE(column(9, QStringLiteral("review_state")), QStringLiteral("edited"));
    // The original stays beside the edit.
    QTRY_VERIFY(m_view->detail()->findChild<QLabel *>(QStringLiteral("original_answer")));
    QCOMPARE(m_view->detail()->findChild<QLabel *>(QStringLiteral("original_answer"))->text(),
             QStringLiteral("Open Settings, answer 9"));
    QCOMPARE(m_view->detail()->findChild<QLabel *>(QStringLiteral("field_answer"))->text(),
             QStringLiteral("Open Settings > Security"));
}

void tst_RecordsView::editCancelledByEscape()
{
    m_view->goToRecord(9);
    // Double-click edits too.
    const QModelIndex index = m_view->table()->currentIndex();
    const QPoint at = m_view->table()->visualRect(index).center();
    QTest::mouseClick(m_view->table()->viewport(), Qt::LeftButton, {}, at);
    QTest::mouseDClick(m_view->table()->viewport(), Qt::LeftButton, {}, at);
    QVERIFY(m_view->detail()->isEditing());
    auto *edit = m_view->detail()->findChild<QPlainTextEdit *>(QStringLiteral("edit_answer"));
    QVERIFY(edit);
    edit->setFocus();
    QTest::keyClicks(edit, QStringLiteral("changed"));
    QTest::keyClick(edit, Qt::Key_Escape);
    QVERIFY(!m_view->detail()->isEditing());
    QVERIFY(!m_view->reviewStore()->isBusy());
    QCOMPARE(column(9, QStringLiteral("review_state")), QStringLiteral("unreviewed"));
    QCOMPARE(m_document->undoStack()->count(), 0);
}

void tst_RecordsView::tagAndNote()
{
    m_view->goToRecord(11);
    m_view->table()->setFocus();
    QTest::keyClick(m_view->table(), Qt::Key_T);
    auto *field = m_view->findChild<QLineEdit *>(QStringLiteral("popupField"));
    QVERIFY(field);
    QVERIFY(field->isVisible());
    QCOMPARE(field->objectName(), QStringLiteral("popupField"));
    QTest::keyClicks(field, QStringLiteral("polite"));
    waitChange([field] { QTest::keyClick(field, Qt::Key_Return); });
    QCOMPARE(column(11, QStringLiteral("tags")), QStringLiteral("[\"polite\"]"));
    QCOMPARE(m_view->currentRecordId(), 11); // tagging does not move on

    m_view->table()->setFocus();
    QTRY_VERIFY(!m_view->findChild<QLineEdit *>(QStringLiteral("popupField"))); // closed
    m_view->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_view.get()));
    QTest::keyClick(m_view->table(), Qt::Key_N);
    // The note is written in a dialog: Return starts a new line, Ctrl+Return saves.
    auto *dialog = m_view->findChild<QDialog *>(QStringLiteral("noteDialog"));
    QVERIFY(dialog);
    QVERIFY(dialog->isVisible());
    auto *editor = dialog->findChild<QPlainTextEdit *>(QStringLiteral("noteEditor"));
    QVERIFY(editor);
    QVERIFY(QTest::qWaitForWindowActive(dialog));
    QTest::keyClicks(editor, QStringLiteral("Too short for a how-to."));
    QTest::keyClick(editor, Qt::Key_Return);
    QTest::keyClicks(editor, QStringLiteral("Missing the reset link."));
    QCOMPARE(m_view->reviewStore()->isBusy(), false); // Return did not save
    waitChange([editor] { QTest::keyClick(editor, Qt::Key_Return, Qt::ControlModifier); });
    const QString note = QStringLiteral("Too short for a how-to.\nMissing the reset link.");
    QCOMPARE(column(11, QStringLiteral("json_extract(meta, '$.note')")), note);
    QTRY_VERIFY(!m_view->findChild<QDialog *>(QStringLiteral("noteDialog")));
    QTRY_VERIFY(m_view->detail()->findChild<QLabel *>(QStringLiteral("note")));
    QLabel *noteLabel = m_view->detail()->findChild<QLabel *>(QStringLiteral("note"));
    QCOMPARE(noteLabel->text(), note);
    QVERIFY(noteLabel->wordWrap());

    // The dialog starts from the current note; Escape leaves it as it is.
    m_view->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_view.get()));
    m_view->table()->setFocus();
    QTest::keyClick(m_view->table(), Qt::Key_N);
    dialog = m_view->findChild<QDialog *>(QStringLiteral("noteDialog"));
    QVERIFY(dialog);
    editor = dialog->findChild<QPlainTextEdit *>(QStringLiteral("noteEditor"));
    QCOMPARE(editor->toPlainText(), note);
    QVERIFY(QTest::qWaitForWindowActive(dialog));
    QTest::keyClicks(editor, QStringLiteral(" More."));
    QTest::keyClick(editor, Qt::Key_Escape);
    QTRY_VERIFY(!m_view->findChild<QDialog *>(QStringLiteral("noteDialog")));
    QVERIFY(!m_view->reviewStore()->isBusy());
    QCOMPARE(column(11, QStringLiteral("json_extract(meta, '$.note')")), note);
    // The tag is offered when tagging again.
    QTRY_VERIFY(m_view->filterBar()
                    ->findChild<QLineEdit *>(QStringLiteral("tagFilter"))
                    ->completer()
                    ->model()
                    ->rowCount() == 1);
}

void tst_RecordsView::bulkAcceptOverFilterIsOneUndoStep()
{
    Records::RecordFilter filter;
    filter.stages = {judgeId};
    filter.statuses = {QStringLiteral("ok")};
    m_view->filterBar()->setFilter(filter);
    emit m_view->filterBar()->filterChanged(filter);
    waitReady();
    QCOMPARE(m_view->model()->rowCount(), 3); // scores 5, 6, 7
    m_view->allMatchingAction()->setChecked(true);
    m_view->table()->setFocus();
    waitChange([this] { QTest::keyClick(m_view->table(), Qt::Key_A); });
    QVERIFY(!m_view->allMatchingAction()->isChecked());
    QCOMPARE(m_document->undoStack()->count(), 1);
    for (qint64 id = 11; id <= 15; ++id)
        QCOMPARE(column(id, QStringLiteral("review_state")),
                 id >= 13 ? QStringLiteral("accepted") : QStringLiteral("unreviewed"));
    QCOMPARE(column(8, QStringLiteral("review_state")), QStringLiteral("unreviewed"));
    waitChange([this] { m_document->undoStack()->undo(); });
    for (qint64 id = 11; id <= 15; ++id)
        QCOMPARE(column(id, QStringLiteral("review_state")), QStringLiteral("unreviewed"));
    waitChange([this] { m_document->undoStack()->redo(); });
    QCOMPARE(column(14, QStringLiteral("review_state")), QStringLiteral("accepted"));
}

void tst_RecordsView::selectInverse()
{
    m_view->goToRecord(1); // row 0, selected
    m_view->findChild<QAction *>(QStringLiteral("selectInverseAction"))->trigger();
    QList<qint64> ids = m_view->selectedIds();
    QCOMPARE(ids.size(), 3 * perStage - 1);
    QVERIFY(!ids.contains(1));
    waitChange([this] { m_view->rejectSelected(); });
    QCOMPARE(column(1, QStringLiteral("review_state")), QStringLiteral("unreviewed"));
    QCOMPARE(column(2, QStringLiteral("review_state")), QStringLiteral("rejected"));
    QCOMPARE(column(15, QStringLiteral("review_state")), QStringLiteral("rejected"));
    QCOMPARE(m_document->undoStack()->count(), 1);
}

void tst_RecordsView::filtersNarrowTableAndCount()
{
    auto *count = m_view->filterBar()->findChild<QLabel *>(QStringLiteral("countLabel"));
    QVERIFY(count);
    QTRY_COMPARE(count->text(), QStringLiteral("15 records"));
    m_view->setSelectedStage(writerId);
    waitReady();
    QCOMPARE(m_view->model()->rowCount(), perStage);
    QTRY_COMPARE(count->text(), QStringLiteral("5 of 15"));

    m_view->setSelectedStage(judgeId);
    auto *status = m_view->filterBar()->findChild<QToolButton *>(QStringLiteral("statusFilter"));
    QVERIFY(status);
    status->menu()->findChild<QAction *>(QStringLiteral("filtered"))->setChecked(true);
    waitReady();
    QCOMPARE(m_view->model()->rowCount(), 2); // scores 3, 4
    QTRY_COMPARE(count->text(), QStringLiteral("2 of 15"));
    status->menu()->findChild<QAction *>(QStringLiteral("filtered"))->setChecked(false);

    auto *minimum = m_view->filterBar()->findChild<QDoubleSpinBox *>(QStringLiteral("minScore"));
    QVERIFY(minimum);
    minimum->setValue(6);
    waitReady();
    QCOMPARE(m_view->model()->rowCount(), 2); // 6, 7
    QCOMPARE(m_view->filter().scores.value(0).minimum, std::optional<double>(6));
    for (int row = 0; row < m_view->model()->rowCount(); ++row)
        QVERIFY(m_view->model()->matchingIds().at(row) >= 14);
}

void tst_RecordsView::searchFiltersByText()
{
    QLineEdit *search = m_view->filterBar()->searchField();
    search->setFocus();
    QTest::keyClicks(search, QStringLiteral("Security"));
    QTest::keyClick(search, Qt::Key_Return); // at once, not after the pause
    QCOMPARE(m_view->filter().text, QStringLiteral("Security"));
    waitReady();
    QCOMPARE(m_view->model()->rowCount(), 0);
    search->clear();
    QTest::keyClicks(search, QStringLiteral("answer 12"));
    QTest::keyClick(search, Qt::Key_Return);
    waitReady();
    QCOMPARE(m_view->model()->rowCount(), 1);
    QCOMPARE(m_view->model()->matchingIds().value(0), 12);
}

void tst_RecordsView::mainWindowWorkspaceFollowsCanvas()
{
    const QString folder = m_document->folder();
    m_view.reset();
    m_document.reset(); // the window opens the project itself
    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    QSignalSpy opened(&window, &MainWindow::projectOpened);
    window.openProject(folder);
    QVERIFY(opened.wait(10000));
    QVERIFY(opened.first().first().toBool());
    RecordsView *view = window.recordsView();
    QVERIFY(view && !view->isVisible());
    // The window takes re-judge and retry requests: the view offers them.
    QVERIFY(view->findChild<QAction *>(QStringLiteral("rejudgeAction"))->isVisible());
    QVERIFY(view->findChild<QAction *>(QStringLiteral("retryFailedAction"))->isVisible());
    QVERIFY(window.canvasView()->isVisible());
    QTest::keySequence(&window, QKeySequence(Qt::CTRL | Qt::Key_2));
    QVERIFY(view->isVisible());
    QVERIFY(!window.canvasView()->isVisible());
    QTRY_VERIFY(view->model()->isReady());
    QCOMPARE(view->model()->rowCount(), 3 * perStage);
    // Selecting a stage on the canvas narrows the table to its records.
    window.scene()->selectStages({writerId});
    QCOMPARE(view->filterBar()->selectedStage(), writerId);
    QTRY_COMPARE(view->model()->matchCount(), qint64(perStage));
    QCOMPARE(window.chartsDock()->filter().stages, QList<QUuid>{writerId});
    window.scene()->selectStages({});
    QCOMPARE(view->filterBar()->selectedStage(), QUuid());
    QTest::keySequence(&window, QKeySequence(Qt::CTRL | Qt::Key_1));
    QVERIFY(window.canvasView()->isVisible());
    QVERIFY(window.closeProject());
    QVERIFY(!view->document());
}

void tst_RecordsView::tagsSplitOnAnyComma()
{
    m_view->goToRecord(12);
    m_view->table()->setFocus();
    QTest::keyClick(m_view->table(), Qt::Key_T);
    auto *field = m_view->findChild<QLineEdit *>(QStringLiteral("popupField"));
    QVERIFY(field);
    // ASCII and full-width commas, the enumeration comma, semicolons; spaces trimmed.
    field->setText(QStringLiteral(" polite，short、中文; clear ；polite,, "));
    waitChange([field] { QTest::keyClick(field, Qt::Key_Return); });
    QCOMPARE(QJsonDocument::fromJson(column(12, QStringLiteral("tags")).toUtf8()).array(),
             (QJsonArray{QStringLiteral("polite"), QStringLiteral("short"), QStringLiteral("中文"),
                         QStringLiteral("clear")}));
    QCOMPARE(m_document->undoStack()->count(), 1);
    // The tag filter splits the same way.
    auto *tags = m_view->filterBar()->findChild<QLineEdit *>(QStringLiteral("tagFilter"));
    tags->setText(QStringLiteral("short；中文"));
    QTest::keyClick(tags, Qt::Key_Return);
    QCOMPARE(m_view->filter().tags, (QStringList{QStringLiteral("short"), QStringLiteral("中文")}));
    waitReady();
    QCOMPARE(m_view->model()->matchingIds(), QList<qint64>{12});
}

void tst_RecordsView::shortcutsAreUnique()
{
    QHash<QString, QString> seen;
    for (QAction *action : m_view->actions()) {
        for (const QKeySequence &key : action->shortcuts()) {
            const QString name = key.toString();
            QVERIFY2(!seen.contains(name),
                     qPrintable(name + QStringLiteral(": ") + seen.value(name) +
                                QStringLiteral(" / ") + action->objectName()));
            seen.insert(name, action->objectName());
        }
    }
    QCOMPARE(seen.value(QStringLiteral("N")), QStringLiteral("noteAction"));
    QCOMPARE(seen.value(QStringLiteral("T")), QStringLiteral("tagAction"));
}

void tst_RecordsView::severalScoreRanges()
{
    RecordFilterBar *bar = m_view->filterBar();
    QCOMPARE(bar->scoreRangeCount(), 1);
    auto *add = bar->findChild<QToolButton *>(QStringLiteral("addScoreRange"));
    QVERIFY(add);
    QTRY_VERIFY(add->isEnabled()); // the judge is known once the model has read the records
    // Row 0: the primary score from 5.
    QWidget *first = bar->scoreRangeRow(0);
    QCOMPARE(first->findChild<QComboBox *>(QStringLiteral("scoreJudge"))->currentData().toString(),
             QString());
    first->findChild<QDoubleSpinBox *>(QStringLiteral("minScore"))->setValue(5);
    waitReady();
    QCOMPARE(m_view->model()->matchingIds(), (QList<qint64>{13, 14, 15}));
    // Row 1: the judge "Judge" (the score without a row yet) up to 6.
    QTest::mouseClick(add, Qt::LeftButton);
    QCOMPARE(bar->scoreRangeCount(), 2);
    QVERIFY(!add->isEnabled()); // both scores have their row
    QWidget *second = bar->scoreRangeRow(1);
    QCOMPARE(second->findChild<QComboBox *>(QStringLiteral("scoreJudge"))->currentData().toString(),
             QStringLiteral("Judge"));
    second->findChild<QDoubleSpinBox *>(QStringLiteral("maxScore"))->setValue(6);
    QCOMPARE(m_view->filter().scores.size(), 2);
    QCOMPARE(m_view->filter().scores.at(1).judge, QStringLiteral("Judge"));
    QCOMPARE(m_view->filter().scores.at(1).maximum, std::optional<double>(6));
    waitReady();
    QCOMPARE(m_view->model()->matchingIds(), (QList<qint64>{13, 14}));

    // Shown again from a filter: one row per range.
    const Records::RecordFilter filter = m_view->filter();
    bar->setFilter({});
    QCOMPARE(bar->scoreRangeCount(), 1);
    bar->setFilter(filter);
    QCOMPARE(bar->scoreRangeCount(), 2);
    QCOMPARE(bar->filter(), filter);

    // Removing the second row leaves the first range.
    QTest::mouseClick(
        bar->scoreRangeRow(1)->findChild<QToolButton *>(QStringLiteral("removeScoreRange")),
        Qt::LeftButton);
    QCOMPARE(bar->scoreRangeCount(), 1);
    QVERIFY(add->isEnabled());
    QCOMPARE(m_view->filter().scores.size(), 1);
    waitReady();
    QCOMPARE(m_view->model()->matchingIds(), (QList<qint64>{13, 14, 15}));
    QVERIFY(!bar->scoreRangeRow(0)
                 ->findChild<QToolButton *>(QStringLiteral("removeScoreRange"))
                 ->isVisible());
}

void tst_RecordsView::deleteIsRememberedAndUndone()
{
    m_view->goToRecord(8);
    m_view->table()->setFocus();
    // The question box is modal: answer it once it shows.
    QTimer::singleShot(0, this, [] {
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        QVERIFY(box);
        QCOMPARE(box->objectName(), QStringLiteral("deleteBox"));
        box->findChild<QPushButton *>(QStringLiteral("deleteButton"))->click();
    });
    waitChange([this] { QTest::keyClick(m_view->table(), Qt::Key_Delete); });
    QCOMPARE(column(8, QStringLiteral("id")), QStringLiteral("<missing>"));
    QCOMPARE(m_view->model()->rowCount(), 3 * perStage - 1);
    QVERIFY(m_view->model()->rowOf(8) < 0);
    // A later run does not make it again from the same input.
    QSqlQuery query(m_document->store()->database());
    QVERIFY(query.exec(QStringLiteral("SELECT stage_id, item_key, parent_id FROM deleted_items")));
    QVERIFY(query.next());
    QCOMPARE(QUuid::fromString(query.value(0).toString()), writerId);
    QCOMPARE(query.value(1).toString(), QStringLiteral("k8"));
    QCOMPARE(query.value(2).toLongLong(), 3);
    QVERIFY(!query.next());

    waitChange([this] { m_document->undoStack()->undo(); });
    QCOMPARE(column(8, QStringLiteral("item_key")), QStringLiteral("k8"));
    QCOMPARE(m_view->model()->rowCount(), 3 * perStage);
    QVERIFY(query.exec(QStringLiteral("SELECT count(*) FROM deleted_items")) && query.next());
    QCOMPARE(query.value(0).toInt(), 0);
}

void tst_RecordsView::rejudgeAndRetryPayload()
{
    QSignalSpy rejudge(m_view.get(), &RecordsView::rejudgeRequested);
    QSignalSpy retry(m_view.get(), &RecordsView::retryFailedRequested);
    QAction *rejudgeAction = m_view->findChild<QAction *>(QStringLiteral("rejudgeAction"));
    QVERIFY(rejudgeAction);
    const auto select = [this](const QList<qint64> &ids) {
        m_view->table()->clearSelection();
        for (qint64 id : ids)
            m_view->table()->selectionModel()->select(
                m_view->model()->index(m_view->model()->rowOf(id), 0),
                QItemSelectionModel::Select | QItemSelectionModel::Rows);
    };

    // A judge record itself, and the judge record made of a writer's record.
    select({8, 13});
    QVERIFY(rejudgeAction->isVisible()); // offered: the spy takes the signal
    rejudgeAction->trigger();
    QCOMPARE(rejudge.count(), 1);
    QCOMPARE(rejudge.at(0).at(0).toUuid(), judgeId);
    QCOMPARE(rejudge.at(0).at(1).value<QList<qint64>>(), (QList<qint64>{13}));
    select({7, 9});
    rejudgeAction->trigger();
    QCOMPARE(rejudge.count(), 2);
    QCOMPARE(rejudge.at(1).at(1).value<QList<qint64>>(), (QList<qint64>{12, 14}));
    // Seeds were never judged: nothing to do.
    select({1});
    rejudgeAction->trigger();
    QCOMPARE(rejudge.count(), 2);

    QSqlQuery(m_document->store()->database())
        .exec(QStringLiteral("UPDATE records SET status = 'failed' WHERE id IN (9, 12)"));
    select({8, 9, 10});
    m_view->findChild<QAction *>(QStringLiteral("retryFailedAction"))->trigger();
    QCOMPARE(retry.count(), 1);
    QCOMPARE(retry.at(0).at(0).toUuid(), writerId);
    QCOMPARE(retry.at(0).at(1).value<QList<qint64>>(), (QList<qint64>{9}));
    // Over every matching record: failed ones of two stages, so the whole pipeline.
    m_view->allMatchingAction()->setChecked(true);
    m_view->retryFailedSelected();
    QCOMPARE(retry.count(), 2);
    QCOMPARE(retry.at(1).at(0).toUuid(), QUuid());
    QCOMPARE(retry.at(1).at(1).value<QList<qint64>>(), (QList<qint64>{9, 12}));
    QVERIFY(!m_view->allMatchingAction()->isChecked());
}

/* A dedup stage (not on the canvas) made 16 of 6 (kept), 17 and 18 of 7 and 8 (duplicates
   of 6); the judge made 19 of 16. */
void tst_RecordsView::duplicateClusterKeepAnother()
{
    const QString dedup = QStringLiteral("30000000-0000-0000-0000-000000000009");
    QSqlDatabase db = m_document->store()->database();
    QSqlQuery insert(db);
    QVERIFY(insert.prepare(
        QStringLiteral("INSERT INTO records (id, stage_id, fields, parent_id, status, meta, "
                       "item_key) VALUES (?, ?, ?, ?, ?, ?, ?)")));
    const QString duplicateOf6 = QStringLiteral(R"({"duplicateOfParent":6})");
    const struct
    {
        int id;
        QString stage;
        QString answer;
        int parent;
        QString status;
        QString meta;
    } rows[] = {
        {16, dedup, QStringLiteral("Open Settings.\nThen Security."), 6, QStringLiteral("ok"),
         QStringLiteral("{}")},
        {17, dedup, QStringLiteral("Open Settings.\nThen Privacy."), 7, QStringLiteral("duplicate"),
         duplicateOf6},
        {18, dedup, QStringLiteral("Open Settings.\nThen Security."), 8,
         QStringLiteral("duplicate"), duplicateOf6},
        {19, judgeId.toString(QUuid::WithoutBraces), QStringLiteral("judged"), 16,
         QStringLiteral("ok"), QStringLiteral("{}")},
    };
    for (const auto &row : rows) {
        insert.addBindValue(row.id);
        insert.addBindValue(row.stage);
        insert.addBindValue(json({{QStringLiteral("answer"), row.answer}}));
        insert.addBindValue(row.parent);
        insert.addBindValue(row.status);
        insert.addBindValue(row.meta);
        insert.addBindValue(QStringLiteral("d%1").arg(row.id));
        QVERIFY2(insert.exec(), qPrintable(insert.lastError().text()));
    }
    m_view->refresh();
    waitReady();

    // A record that is in no cluster has no button.
    m_view->goToRecord(3);
    QVERIFY(!m_view->detail()->findChild<QPushButton *>(QStringLiteral("clusterButton")));
    m_view->goToRecord(17);
    auto *button = m_view->detail()->findChild<QPushButton *>(QStringLiteral("clusterButton"));
    QVERIFY(button);
    QCOMPARE(button->text(), QStringLiteral("Duplicate Cluster (3)"));
    QTest::mouseClick(button, Qt::LeftButton);
    auto *cluster = m_view->findChild<DuplicateCluster *>();
    QVERIFY(cluster);
    QVERIFY(cluster->isVisible());
    QCOMPARE(cluster->choice().kept, QList<qint64>{16});
    QCOMPARE(cluster->choice().duplicates, (QList<qint64>{17, 18}));
    // Side by side, the differences marked.
    auto cell = [cluster](int id) {
        return cluster->findChild<QPlainTextEdit *>(QStringLiteral("cell_%1_answer").arg(id));
    };
    QVERIFY(cell(16) && cell(17) && cell(18));
    QCOMPARE(cell(17)->toPlainText(), QStringLiteral("Open Settings.\nThen Privacy."));
    QVERIFY(!cell(16)->property("differs").toBool());
    QVERIFY(cell(17)->property("differs").toBool());
    QVERIFY(!cell(18)->property("differs").toBool());
    QCOMPARE(cell(17)->extraSelections().size(), 1); // the second line only
    // SEEDBED_SCREENSHOTS=folder keeps pictures of the view and the cluster to look at.
    if (const QString shots = qEnvironmentVariable("SEEDBED_SCREENSHOTS"); !shots.isEmpty()) {
        m_view->window()->grab().save(shots + QStringLiteral("/records-cluster-view.png"));
        cluster->grab().save(shots + QStringLiteral("/duplicate-cluster.png"));
    }
    QVERIFY(!cluster->findChild<QPushButton *>(QStringLiteral("keep_16")));

    auto *keep = cluster->findChild<QPushButton *>(QStringLiteral("keep_17"));
    QVERIFY(keep);
    waitChange([keep] { QTest::mouseClick(keep, Qt::LeftButton); });
    const auto state = [this](int id) {
        return column(id, QStringLiteral("status || ' ' || review_state || ' ' || "
                                         "coalesce(json_extract(meta, '$.duplicateOfParent'), "
                                         "'-')"));
    };
    QCOMPARE(state(17), QStringLiteral("ok accepted -"));
    QCOMPARE(state(16), QStringLiteral("duplicate rejected 7"));
    QCOMPARE(state(18), QStringLiteral("duplicate unreviewed 7"));
    QCOMPARE(column(19, QStringLiteral("id")), QStringLiteral("<missing>"));
    QCOMPARE(m_document->undoStack()->count(), 1);
    QTRY_COMPARE(cluster->choice().kept, QList<qint64>{17});
    QCOMPARE(cluster->choice().duplicates, (QList<qint64>{16, 18}));
    QVERIFY(cluster->findChild<QPushButton *>(QStringLiteral("keep_16")));

    waitChange([this] { m_document->undoStack()->undo(); });
    QCOMPARE(state(16), QStringLiteral("ok unreviewed -"));
    QCOMPARE(state(17), QStringLiteral("duplicate unreviewed 6"));
    QCOMPARE(state(18), QStringLiteral("duplicate unreviewed 6"));
    QCOMPARE(column(19, QStringLiteral("parent_id")), QStringLiteral("16"));
    QTRY_COMPARE(cluster->choice().kept, QList<qint64>{16});
}

int main(int argc, char **argv)
{
    QTemporaryDir home;
    qputenv("XDG_CONFIG_HOME", home.filePath("config").toLocal8Bit());
    qputenv("XDG_DATA_HOME", home.filePath("data").toLocal8Bit());
    QStandardPaths::setTestModeEnabled(true);
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("SeedbedTest"));
    QApplication::setApplicationName(QStringLiteral("tst_recordsview"));
    tst_RecordsView test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_recordsview.moc"
