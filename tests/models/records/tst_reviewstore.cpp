#include "models/projectstore.h"
#include "models/records/reviewcommand.h"
#include "models/records/reviewstore.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace Seedbed;
using namespace Seedbed::Records;

Q_DECLARE_METATYPE(Seedbed::Records::ReviewChange)

namespace {

const QString stageA = QStringLiteral("00000000-0000-0000-0000-00000000000a");
const QString stageB = QStringLiteral("00000000-0000-0000-0000-00000000000b");

QJsonObject parse(const QString &json)
{
    return QJsonDocument::fromJson(json.toUtf8()).object();
}

QJsonArray parseArray(const QString &json)
{
    return QJsonDocument::fromJson(json.toUtf8()).array();
}

} // namespace

class TestReviewStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void acceptWritesStateHistoryAndTime();
    void tagsAddAndRemove();
    void noteInMetaAndHistory();
    void editKeepsOriginalFields();
    void acceptKeepsEdited();
    void deleteAndUndoRestoresRowsAndHistory();
    void undoRedoTagAndNote();
    void filterSelection();
    void missingIdsAreSkipped();
    void cancelLeavesNothingChanged();
    void cancelQueuedJob();
    void missingFileFails();
    void describe_data();
    void describe();
    void bulkAcceptUndoRedoOneStep();
    void deleteRemembersItemsUntilUndone();
    void statusAndMetaEdits();
    void keepDuplicateSwapsClusterInOneStep();
    void keepDuplicateRefusesKeptRecord();
    void splitTags_data();
    void splitTags();

private:
    void makeRecords(int records, const QString &stage = stageA, const QString &state = {});
    QSqlDatabase db() const { return QSqlDatabase::database(m_connection); }
    QString value(const QString &sql) const;
    qint64 count(const QString &sql) const { return value(sql).toLongLong(); }
    // Runs one job to its end; the result.
    ReviewResult runJob(qint64 job);
    ReviewResult apply(const ReviewChange &change, const ReviewSelection &selection)
    {
        return runJob(m_store->apply(change, selection));
    }
    // The review columns of every record, for comparing whole states.
    QStringList snapshot() const;
    // Status, review state, meta and the parent of every record, for the duplicate tests.
    QStringList clusterSnapshot() const;
    void insertRecord(qint64 id, const QString &stage, qint64 parent, const QString &status,
                      const QJsonObject &meta = {});

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<ProjectStore> m_project;
    std::unique_ptr<ReviewStore> m_store;
    QString m_path;
    QString m_connection;
};

void TestReviewStore::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_path = m_dir->filePath(QStringLiteral("data.sqlite"));
    m_project = std::make_unique<ProjectStore>();
    ProjectError error;
    QVERIFY2(m_project->create(m_path, &error), qPrintable(error.message));
    m_connection = m_project->database().connectionName();
    m_store = std::make_unique<ReviewStore>();
    m_store->setDatabasePath(m_path);
}

void TestReviewStore::cleanup()
{
    m_store.reset();
    m_project.reset();
    m_dir.reset();
}

void TestReviewStore::makeRecords(int records, const QString &stage, const QString &state)
{
    QSqlDatabase database = db();
    QVERIFY(database.transaction());
    QSqlQuery insert(database);
    QVERIFY(insert.prepare(QStringLiteral(
        "INSERT INTO records (stage_id, fields, tags, review_state, score, item_key, updated_at) "
        "VALUES (?, ?, ?, ?, ?, ?, 1)")));
    const qint64 first = count(QStringLiteral("SELECT count(*) FROM records"));
    for (int i = 0; i < records; ++i) {
        const qint64 n = first + i;
        insert.addBindValue(stage);
        insert.addBindValue(QStringLiteral(R"({"question":"q%1","answer":"a%1"})").arg(n));
        insert.addBindValue(n % 3 == 0 ? QStringLiteral(R"(["x"])") : QStringLiteral("[]"));
        insert.addBindValue(state.isEmpty() ? QStringLiteral("unreviewed") : state);
        insert.addBindValue(double(n % 10));
        insert.addBindValue(QString::number(n));
        QVERIFY2(insert.exec(), qPrintable(insert.lastError().text()));
    }
    QVERIFY(database.commit());
}

QString TestReviewStore::value(const QString &sql) const
{
    QSqlQuery query(db());
    if (!query.exec(sql) || !query.next())
        return QStringLiteral("<%1>").arg(query.lastError().text());
    return query.value(0).toString();
}

ReviewResult TestReviewStore::runJob(qint64 job)
{
    QSignalSpy finished(m_store.get(), &ReviewStore::finished);
    if (!m_store->waitForIdle(60000))
        return {};
    for (const QList<QVariant> &args : finished) {
        const auto result = args.at(0).value<ReviewResult>();
        if (result.job == job)
            return result;
    }
    return {};
}

QStringList TestReviewStore::snapshot() const
{
    QStringList rows;
    QSqlQuery query(db());
    query.exec(
        QStringLiteral("SELECT id, review_state, tags, fields, meta FROM records ORDER BY id"));
    while (query.next()) {
        rows.append(QStringLiteral("%1 %2 %3 %4 %5")
                        .arg(query.value(0).toString(), query.value(1).toString(),
                             query.value(2).toString(), query.value(3).toString(),
                             query.value(4).toString()));
    }
    return rows;
}

QStringList TestReviewStore::clusterSnapshot() const
{
    QStringList rows;
    QSqlQuery query(db());
    query.exec(QStringLiteral(
        "SELECT id, status, review_state, meta, coalesce(parent_id, 0) FROM records ORDER BY id"));
    while (query.next()) {
        rows.append(QStringLiteral("%1 %2 %3 %4 %5")
                        .arg(query.value(0).toString(), query.value(1).toString(),
                             query.value(2).toString(), query.value(3).toString(),
                             query.value(4).toString()));
    }
    return rows;
}

void TestReviewStore::insertRecord(qint64 id, const QString &stage, qint64 parent,
                                   const QString &status, const QJsonObject &meta)
{
    QSqlQuery insert(db());
    QVERIFY(insert.prepare(
        QStringLiteral("INSERT INTO records (id, stage_id, fields, parent_id, status, meta, "
                       "item_key) VALUES (?, ?, ?, ?, ?, ?, ?)")));
    insert.addBindValue(id);
    insert.addBindValue(stage);
    insert.addBindValue(QStringLiteral(R"({"text":"t%1"})").arg(id));
    insert.addBindValue(parent > 0 ? QVariant(parent) : QVariant());
    insert.addBindValue(status);
    insert.addBindValue(QString::fromUtf8(QJsonDocument(meta).toJson(QJsonDocument::Compact)));
    insert.addBindValue(parent > 0 ? QString::number(parent) : QStringLiteral("s%1").arg(id));
    QVERIFY2(insert.exec(), qPrintable(insert.lastError().text()));
}

void TestReviewStore::acceptWritesStateHistoryAndTime()
{
    makeRecords(5);
    ReviewChange change = ReviewChange::accept();
    change.reviewer = QStringLiteral("ann");
    const ReviewResult result = apply(change, ReviewSelection::ofIds({2, 4}));
    QVERIFY2(result.succeeded(), qPrintable(result.error));
    QCOMPARE(result.count, 2);
    QVERIFY(result.undo);
    QCOMPARE(result.text, QStringLiteral("Accept 2 record(s)"));
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM records WHERE review_state = 'accepted'")),
             2);
    QCOMPARE(value(QStringLiteral("SELECT group_concat(id) FROM records "
                                  "WHERE review_state = 'accepted'")),
             QStringLiteral("2,4"));
    // Touched records are newer for the full-text index; the others are not.
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM records WHERE updated_at > 1")), 2);
    QCOMPARE(value(QStringLiteral("SELECT group_concat(record_id || ':' || state || ':' || "
                                  "reviewer) FROM reviews")),
             QStringLiteral("2:accepted:ann,4:accepted:ann"));
    QVERIFY(!m_store->isBusy());
}

void TestReviewStore::tagsAddAndRemove()
{
    makeRecords(4); // record 1 has no tag... ids start at 1: n = 0 (id 1) and 3 (id 4) carry "x"
    QVERIFY(apply(ReviewChange::tag(QStringLiteral("exemplar")), ReviewSelection::ofIds({1, 2}))
                .succeeded());
    QCOMPARE(parseArray(value(QStringLiteral("SELECT tags FROM records WHERE id = 1"))),
             (QJsonArray{"x", "exemplar"}));
    QCOMPARE(parseArray(value(QStringLiteral("SELECT tags FROM records WHERE id = 2"))),
             (QJsonArray{"exemplar"}));
    // Adding again does not repeat it.
    QVERIFY(apply(ReviewChange::tag(QStringLiteral("exemplar")), ReviewSelection::ofIds({2}))
                .succeeded());
    QCOMPARE(parseArray(value(QStringLiteral("SELECT tags FROM records WHERE id = 2"))),
             (QJsonArray{"exemplar"}));
    QVERIFY(apply(ReviewChange::untag(QStringLiteral("x")), ReviewSelection::ofIds({1, 2, 3, 4}))
                .succeeded());
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM records WHERE tags LIKE '%\"x\"%'")), 0);
    QCOMPARE(parseArray(value(QStringLiteral("SELECT tags FROM records WHERE id = 1"))),
             (QJsonArray{"exemplar"}));
    // A tag change keeps the state, and says so in the history.
    QCOMPARE(value(QStringLiteral("SELECT state FROM reviews ORDER BY id DESC LIMIT 1")),
             QStringLiteral("unreviewed"));
}

void TestReviewStore::noteInMetaAndHistory()
{
    makeRecords(2);
    ReviewChange negative = ReviewChange::tag(QStringLiteral("negative"));
    negative.note = QStringLiteral("answers a different question");
    QVERIFY(apply(negative, ReviewSelection::ofIds({1})).succeeded());
    QCOMPARE(parse(value(QStringLiteral("SELECT meta FROM records WHERE id = 1")))
                 .value(QStringLiteral("note"))
                 .toString(),
             QStringLiteral("answers a different question"));
    QCOMPARE(value(QStringLiteral("SELECT note FROM reviews WHERE record_id = 1")),
             QStringLiteral("answers a different question"));
    // A later change of the state repeats the current note in the history.
    QVERIFY(apply(ReviewChange::reject(), ReviewSelection::ofIds({1})).succeeded());
    QCOMPARE(value(QStringLiteral("SELECT note FROM reviews ORDER BY id DESC LIMIT 1")),
             QStringLiteral("answers a different question"));
    QVERIFY(apply(ReviewChange::setNote(QString()), ReviewSelection::ofIds({1})).succeeded());
    QVERIFY(!parse(value(QStringLiteral("SELECT meta FROM records WHERE id = 1")))
                 .contains(QStringLiteral("note")));
}

void TestReviewStore::editKeepsOriginalFields()
{
    makeRecords(1);
    ReviewResult first =
        apply(ReviewChange::editFields({{"answer", "better"}, {"extra", QJsonValue::Null}}),
              ReviewSelection::ofIds({1}));
    QVERIFY(first.succeeded());
    QCOMPARE(value(QStringLiteral("SELECT review_state FROM records")), QStringLiteral("edited"));
    QCOMPARE(parse(value(QStringLiteral("SELECT fields FROM records"))),
             (QJsonObject{{"question", "q0"}, {"answer", "better"}}));
    QCOMPARE(parse(value(QStringLiteral("SELECT edited_fields FROM reviews"))),
             (QJsonObject{{"question", "q0"}, {"answer", "better"}}));
    // A second edit keeps the fields as the stage made them.
    QVERIFY(apply(ReviewChange::editFields({{"question", QJsonValue::Null}}),
                  ReviewSelection::ofIds({1}))
                .succeeded());
    QCOMPARE(parse(value(QStringLiteral("SELECT fields FROM records"))),
             (QJsonObject{{"answer", "better"}}));
    const QJsonObject meta = parse(value(QStringLiteral("SELECT meta FROM records")));
    QCOMPARE(meta.value(QStringLiteral("originalFields")).toObject(),
             (QJsonObject{{"question", "q0"}, {"answer", "a0"}}));
}

void TestReviewStore::acceptKeepsEdited()
{
    makeRecords(1);
    QVERIFY(apply(ReviewChange::editFields({{"answer", "better"}}), ReviewSelection::ofIds({1}))
                .succeeded());
    QVERIFY(apply(ReviewChange::accept(), ReviewSelection::ofIds({1})).succeeded());
    QCOMPARE(value(QStringLiteral("SELECT review_state FROM records")), QStringLiteral("edited"));
    QVERIFY(apply(ReviewChange::reject(), ReviewSelection::ofIds({1})).succeeded());
    QCOMPARE(value(QStringLiteral("SELECT review_state FROM records")), QStringLiteral("rejected"));
}

void TestReviewStore::deleteAndUndoRestoresRowsAndHistory()
{
    makeRecords(4);
    QVERIFY(apply(ReviewChange::setNote(QStringLiteral("keep me")), ReviewSelection::ofIds({2}))
                .succeeded());
    const QString rowBefore = value(QStringLiteral(
        "SELECT stage_id || fields || tags || review_state || score || item_key || meta "
        "FROM records WHERE id = 2"));
    const QStringList before = snapshot();
    QUndoStack stack;
    const ReviewResult removed =
        apply(ReviewChange::deleteRecords(), ReviewSelection::ofIds({2, 3}));
    QVERIFY(removed.succeeded());
    QCOMPARE(removed.count, 2);
    stack.push(new ReviewCommand(m_store.get(), removed));
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM records")), 2);
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM reviews")), 0); // cascaded

    stack.undo();
    QVERIFY(m_store->waitForIdle(60000));
    QCOMPARE(snapshot(), before);
    QCOMPARE(value(QStringLiteral(
                 "SELECT stage_id || fields || tags || review_state || score || item_key || meta "
                 "FROM records WHERE id = 2")),
             rowBefore);
    QCOMPARE(value(QStringLiteral("SELECT record_id || ':' || note FROM reviews")),
             QStringLiteral("2:keep me"));
    QVERIFY(count(QStringLiteral("SELECT updated_at FROM records WHERE id = 2")) > 1);

    stack.redo();
    QVERIFY(m_store->waitForIdle(60000));
    QCOMPARE(value(QStringLiteral("SELECT group_concat(id) FROM records")), QStringLiteral("1,4"));
    stack.undo();
    QVERIFY(m_store->waitForIdle(60000));
    QCOMPARE(snapshot(), before);
}

void TestReviewStore::undoRedoTagAndNote()
{
    makeRecords(3);
    const QStringList before = snapshot();
    const qint64 historyBefore = count(QStringLiteral("SELECT count(*) FROM reviews"));
    ReviewChange change = ReviewChange::tag(QStringLiteral("negative"));
    change.note = QStringLiteral("too short");
    change.state = QStringLiteral("rejected");
    const ReviewResult result = apply(change, ReviewSelection::ofIds({1, 2, 3}));
    QVERIFY(result.succeeded());
    const QStringList after = snapshot();
    QVERIFY(after != before);
    QUndoStack stack;
    stack.push(new ReviewCommand(m_store.get(), result));
    QCOMPARE(stack.count(), 1);
    QCOMPARE(stack.undoText(), QStringLiteral("Tag 3 record(s) as negative"));
    QVERIFY(!m_store->isBusy()); // pushing did not apply it again

    stack.undo();
    QVERIFY(m_store->waitForIdle(60000));
    QCOMPARE(snapshot(), before);
    // The change's history goes with it.
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM reviews")), historyBefore);

    stack.redo();
    QVERIFY(m_store->waitForIdle(60000));
    QCOMPARE(snapshot(), after);
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM reviews")), historyBefore + 3);
    stack.undo();
    QVERIFY(m_store->waitForIdle(60000));
    QCOMPARE(snapshot(), before);
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM reviews")), historyBefore);
}

void TestReviewStore::filterSelection()
{
    makeRecords(10, stageA);
    makeRecords(10, stageB);
    RecordFilter filter;
    filter.stages = {QUuid::fromString(stageB)};
    filter.scores = {ScoreRange{QString(), 5.0, std::nullopt}};
    const ReviewResult result = apply(ReviewChange::reject(), ReviewSelection::matching(filter));
    QVERIFY2(result.succeeded(), qPrintable(result.error));
    // stage B has n = 10..19, scores n % 10: 5..9 → 5 records
    QCOMPARE(result.count, 5);
    QCOMPARE(value(QStringLiteral("SELECT group_concat(id) FROM records "
                                  "WHERE review_state = 'rejected'")),
             QStringLiteral("16,17,18,19,20"));
}

void TestReviewStore::missingIdsAreSkipped()
{
    makeRecords(2);
    const ReviewResult result = apply(ReviewChange::accept(), ReviewSelection::ofIds({2, 99, 2}));
    QVERIFY(result.succeeded());
    QCOMPARE(result.count, 1);
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM reviews")), 1);
    // Nothing changed: nothing to undo.
    const ReviewResult none = apply(ReviewChange::accept(), ReviewSelection::ofIds({99}));
    QVERIFY(none.succeeded());
    QCOMPARE(none.count, 0);
    QVERIFY(!none.undo);
}

void TestReviewStore::cancelLeavesNothingChanged()
{
    makeRecords(20000);
    const QStringList before = snapshot();
    QSignalSpy progress(m_store.get(), &ReviewStore::progress);
    QSignalSpy finished(m_store.get(), &ReviewStore::finished);
    const qint64 job = m_store->apply(ReviewChange::accept(), ReviewSelection::matching({}));
    // Cancel once the job is under way.
    QVERIFY(progress.wait(60000));
    m_store->cancel(job);
    QVERIFY(m_store->waitForIdle(60000));
    QCOMPARE(finished.count(), 1);
    const auto result = finished.at(0).at(0).value<ReviewResult>();
    QCOMPARE(result.job, job);
    if (!result.cancelled)
        QSKIP("the job finished before the cancel reached it");
    QVERIFY(!result.undo);
    QCOMPARE(snapshot(), before);
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM reviews")), 0);
}

void TestReviewStore::cancelQueuedJob()
{
    makeRecords(3);
    QSignalSpy finished(m_store.get(), &ReviewStore::finished);
    QSignalSpy busy(m_store.get(), &ReviewStore::busyChanged);
    // Jobs run in order; the second is cancelled before it can start (the first holds the
    // write lock of an open transaction of ours meanwhile).
    QSqlDatabase database = db();
    QVERIFY(database.transaction());
    QSqlQuery(database).exec(QStringLiteral("UPDATE records SET score = 1 WHERE id = 1"));
    const qint64 first = m_store->apply(ReviewChange::accept(), ReviewSelection::ofIds({1}));
    const qint64 second = m_store->apply(ReviewChange::reject(), ReviewSelection::ofIds({2}));
    QVERIFY(m_store->isBusy());
    m_store->cancel(second);
    QVERIFY(database.commit());
    QVERIFY(m_store->waitForIdle(60000));
    QCOMPARE(finished.count(), 2);
    QCOMPARE(finished.at(0).at(0).value<ReviewResult>().job, first);
    QVERIFY(finished.at(0).at(0).value<ReviewResult>().succeeded());
    QCOMPARE(finished.at(1).at(0).value<ReviewResult>().job, second);
    QVERIFY(finished.at(1).at(0).value<ReviewResult>().cancelled);
    QCOMPARE(value(QStringLiteral("SELECT review_state FROM records WHERE id = 2")),
             QStringLiteral("unreviewed"));
    QCOMPARE(busy.count(), 2);
    QCOMPARE(busy.at(0).at(0).toBool(), true);
    QCOMPARE(busy.at(1).at(0).toBool(), false);
}

void TestReviewStore::missingFileFails()
{
    m_store->setDatabasePath(m_dir->filePath(QStringLiteral("missing.sqlite")));
    const ReviewResult result = apply(ReviewChange::accept(), ReviewSelection::ofIds({1}));
    QVERIFY(!result.succeeded());
    QVERIFY(!result.error.isEmpty());
    QVERIFY(!QFile::exists(m_dir->filePath(QStringLiteral("missing.sqlite"))));
}

void TestReviewStore::describe_data()
{
    QTest::addColumn<ReviewChange>("change");
    QTest::addColumn<qint64>("count");
    QTest::addColumn<QString>("text");
    // The source texts: plurals come from the translations (English included).
    QTest::newRow("accept one") << ReviewChange::accept() << qint64(1)
                                << QStringLiteral("Accept 1 record(s)");
    QTest::newRow("reject") << ReviewChange::reject() << qint64(100000)
                            << QStringLiteral("Reject 100000 record(s)");
    QTest::newRow("tag") << ReviewChange::tag(QStringLiteral("exemplar")) << qint64(2)
                         << QStringLiteral("Tag 2 record(s) as exemplar");
    QTest::newRow("delete") << ReviewChange::deleteRecords() << qint64(3)
                            << QStringLiteral("Delete 3 record(s)");
    QTest::newRow("edit") << ReviewChange::editFields({{"a", 1}}) << qint64(1)
                          << QStringLiteral("Edit 1 record(s)");
}

void TestReviewStore::describe()
{
    QFETCH(ReviewChange, change);
    QFETCH(qint64, count);
    QFETCH(QString, text);
    QCOMPARE(ReviewStore::describe(change, count), text);
}

void TestReviewStore::bulkAcceptUndoRedoOneStep()
{
    makeRecords(100000);
    // A mix of states to restore exactly.
    QSqlQuery(db()).exec(
        QStringLiteral("UPDATE records SET review_state = CASE id % 4 WHEN 0 THEN 'rejected' "
                       "WHEN 1 THEN 'edited' WHEN 2 THEN 'unreviewed' ELSE 'accepted' END"));
    const QString statesBefore = value(QStringLiteral(
        "SELECT group_concat(substr(review_state, 1, 1), '') FROM (SELECT review_state FROM "
        "records ORDER BY id)"));
    QCOMPARE(statesBefore.size(), 100000);

    QSignalSpy progress(m_store.get(), &ReviewStore::progress);
    const ReviewResult result = apply(ReviewChange::accept(), ReviewSelection::matching({}));
    QVERIFY2(result.succeeded(), qPrintable(result.error));
    QCOMPARE(result.count, 100000);
    QVERIFY(progress.count() > 2);
    QCOMPARE(progress.last().at(1).toLongLong(), 100000);
    QCOMPARE(progress.last().at(2).toLongLong(), 100000);
    // Accepting keeps edited records edited.
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM records WHERE review_state = 'edited'")),
             25000);
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM records WHERE review_state = 'accepted'")),
             75000);
    const QString statesAfter = value(QStringLiteral(
        "SELECT group_concat(substr(review_state, 1, 1), '') FROM (SELECT review_state FROM "
        "records ORDER BY id)"));

    QUndoStack stack;
    stack.push(new ReviewCommand(m_store.get(), result));
    QCOMPARE(stack.count(), 1);
    stack.undo();
    QVERIFY(m_store->isBusy()); // queued, not waited for
    QVERIFY(m_store->waitForIdle(120000));
    QCOMPARE(value(QStringLiteral("SELECT group_concat(substr(review_state, 1, 1), '') FROM "
                                  "(SELECT review_state FROM records ORDER BY id)")),
             statesBefore);
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM reviews")), 0);
    stack.redo();
    QVERIFY(m_store->waitForIdle(120000));
    QCOMPARE(value(QStringLiteral("SELECT group_concat(substr(review_state, 1, 1), '') FROM "
                                  "(SELECT review_state FROM records ORDER BY id)")),
             statesAfter);
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM reviews")), 100000);
    QCOMPARE(stack.count(), 1);
    QCOMPARE(stack.index(), 1);
}

void TestReviewStore::deleteRemembersItemsUntilUndone()
{
    makeRecords(4);
    QUndoStack stack;
    const ReviewResult removed =
        apply(ReviewChange::deleteRecords(), ReviewSelection::ofIds({2, 3}));
    QVERIFY2(removed.succeeded(), qPrintable(removed.error));
    stack.push(new ReviewCommand(m_store.get(), removed));
    // The runner skips these: the records are not made again from the same input.
    QCOMPARE(value(QStringLiteral("SELECT group_concat(stage_id || '/' || item_key, ' ') FROM "
                                  "(SELECT * FROM deleted_items ORDER BY item_key)")),
             QStringLiteral("%1/1 %1/2").arg(stageA));
    stack.undo();
    QVERIFY(m_store->waitForIdle(60000));
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM deleted_items")), 0);
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM records")), 4);
    stack.redo();
    QVERIFY(m_store->waitForIdle(60000));
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM deleted_items")), 2);
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM records")), 2);

    // An item deleted earlier stays listed when its record, made again, is deleted and the
    // second delete undone: only what a change added goes with its undo.
    stack.undo();
    QVERIFY(m_store->waitForIdle(60000));
    QSqlQuery(db()).exec(
        QStringLiteral("INSERT INTO deleted_items (stage_id, item_key) VALUES ('%1', '0')")
            .arg(stageA));
    const ReviewResult again = apply(ReviewChange::deleteRecords(), ReviewSelection::ofIds({1}));
    QVERIFY(again.succeeded());
    stack.push(new ReviewCommand(m_store.get(), again));
    stack.undo();
    QVERIFY(m_store->waitForIdle(60000));
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM deleted_items")), 1);
}

void TestReviewStore::statusAndMetaEdits()
{
    makeRecords(3);
    const QStringList before = clusterSnapshot();
    ReviewChange change;
    change.status = QStringLiteral("duplicate");
    change.metaEdits = {{QStringLiteral("duplicateOfParent"), 7}};
    const ReviewResult result = apply(change, ReviewSelection::ofIds({1, 2}));
    QVERIFY2(result.succeeded(), qPrintable(result.error));
    QCOMPARE(result.count, 2);
    QCOMPARE(value(QStringLiteral("SELECT group_concat(status) FROM records")),
             QStringLiteral("duplicate,duplicate,ok"));
    QCOMPARE(value(QStringLiteral("SELECT json_extract(meta, '$.duplicateOfParent') FROM records "
                                  "WHERE id = 2")),
             QStringLiteral("7"));
    QUndoStack stack;
    stack.push(new ReviewCommand(m_store.get(), result));
    stack.undo();
    QVERIFY(m_store->waitForIdle(60000));
    QCOMPARE(clusterSnapshot(), before);
}

/* Inputs 1..4 (stage A); the dedup stage B made 5 (of 1, kept), 6 and 7 (of 2 and 3,
   duplicates of 1) and 8 (of 4, kept alone); C made 9 of 5 and 11 of 8; D made 10 of 9. */
void TestReviewStore::keepDuplicateSwapsClusterInOneStep()
{
    const QString stageC = QStringLiteral("00000000-0000-0000-0000-00000000000c");
    const QString stageD = QStringLiteral("00000000-0000-0000-0000-00000000000d");
    for (qint64 id = 1; id <= 4; ++id)
        insertRecord(id, stageA, 0, QStringLiteral("ok"));
    const QJsonObject duplicateOf1{{QStringLiteral("duplicateOfParent"), 1},
                                   {QStringLiteral("reason"), QStringLiteral("near")}};
    insertRecord(5, stageB, 1, QStringLiteral("ok"));
    insertRecord(6, stageB, 2, QStringLiteral("duplicate"), duplicateOf1);
    insertRecord(7, stageB, 3, QStringLiteral("duplicate"), duplicateOf1);
    insertRecord(8, stageB, 4, QStringLiteral("ok"));
    insertRecord(9, stageC, 5, QStringLiteral("ok"));
    insertRecord(10, stageD, 9, QStringLiteral("ok"));
    insertRecord(11, stageC, 8, QStringLiteral("ok"));
    QVERIFY(apply(ReviewChange::setNote(QStringLiteral("made of 5")), ReviewSelection::ofIds({9}))
                .succeeded());
    const QStringList before = clusterSnapshot();

    ReviewChange keep = ReviewChange::keepInCluster();
    keep.reviewer = QStringLiteral("ann");
    const ReviewResult result = apply(keep, ReviewSelection::ofIds({6}));
    QVERIFY2(result.succeeded(), qPrintable(result.error));
    QCOMPARE(result.count, 5); // 9 and 10 deleted, 6 kept, 5 demoted, 7 follows
    QVERIFY(result.undo);
    const auto row = [this](qint64 id) {
        return value(QStringLiteral("SELECT status || ' ' || review_state || ' ' || "
                                    "coalesce(json_extract(meta, '$.duplicateOfParent'), '-') "
                                    "FROM records WHERE id = %1")
                         .arg(id));
    };
    QCOMPARE(row(6), QStringLiteral("ok accepted -"));
    QCOMPARE(value(QStringLiteral("SELECT json_extract(meta, '$.reason') IS NULL FROM records "
                                  "WHERE id = 6")),
             QStringLiteral("1"));
    QCOMPARE(row(5), QStringLiteral("duplicate rejected 2"));
    QCOMPARE(row(7), QStringLiteral("duplicate unreviewed 2"));
    QCOMPARE(row(8), QStringLiteral("ok unreviewed -"));
    QCOMPARE(value(QStringLiteral("SELECT group_concat(id) FROM records WHERE id >= 9")),
             QStringLiteral("11"));
    // Remakeable: if 5 is kept again, a run makes its records anew.
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM deleted_items")), 0);
    QCOMPARE(value(QStringLiteral("SELECT reviewer FROM reviews WHERE record_id = 6")),
             QStringLiteral("ann"));
    const QStringList after = clusterSnapshot();

    QUndoStack stack;
    stack.push(new ReviewCommand(m_store.get(), result));
    QCOMPARE(stack.count(), 1);
    stack.undo();
    QVERIFY(m_store->waitForIdle(60000));
    QCOMPARE(clusterSnapshot(), before);
    QCOMPARE(value(QStringLiteral("SELECT note FROM reviews WHERE record_id = 9")),
             QStringLiteral("made of 5"));
    stack.redo();
    QVERIFY(m_store->waitForIdle(60000));
    QCOMPARE(clusterSnapshot(), after);
    stack.undo();
    QVERIFY(m_store->waitForIdle(60000));
    QCOMPARE(clusterSnapshot(), before);

    // And back: keeping 5 again from the swapped state restores the first choice.
    stack.redo();
    QVERIFY(m_store->waitForIdle(60000));
    const ReviewResult back = apply(ReviewChange::keepInCluster(), ReviewSelection::ofIds({5}));
    QVERIFY2(back.succeeded(), qPrintable(back.error));
    QCOMPARE(row(5), QStringLiteral("ok accepted -"));
    QCOMPARE(row(6), QStringLiteral("duplicate rejected 1"));
    QCOMPARE(row(7), QStringLiteral("duplicate unreviewed 1"));
}

void TestReviewStore::keepDuplicateRefusesKeptRecord()
{
    insertRecord(1, stageA, 0, QStringLiteral("ok"));
    insertRecord(2, stageB, 1, QStringLiteral("ok"));
    const QStringList before = clusterSnapshot();
    const ReviewResult result = apply(ReviewChange::keepInCluster(), ReviewSelection::ofIds({2}));
    QVERIFY(!result.succeeded());
    QVERIFY(!result.error.isEmpty());
    QVERIFY(!result.undo);
    QCOMPARE(clusterSnapshot(), before);
    QVERIFY(!apply(ReviewChange::keepInCluster(), ReviewSelection::ofIds({1, 2})).succeeded());
}

void TestReviewStore::splitTags_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("tags");
    QTest::newRow("one") << QStringLiteral(" polite ") << QStringList{QStringLiteral("polite")};
    QTest::newRow("ascii") << QStringLiteral("a, b;c ; ,")
                           << QStringList{QStringLiteral("a"), QStringLiteral("b"),
                                          QStringLiteral("c")};
    QTest::newRow("full-width") << QStringLiteral("礼貌，简短；清楚")
                                << QStringList{QStringLiteral("礼貌"), QStringLiteral("简短"),
                                               QStringLiteral("清楚")};
    QTest::newRow("enumeration comma")
        << QStringLiteral("数学、 物理、数学")
        << QStringList{QStringLiteral("数学"), QStringLiteral("物理")};
    QTest::newRow("inner spaces kept")
        << QStringLiteral("too short, off topic")
        << QStringList{QStringLiteral("too short"), QStringLiteral("off topic")};
    QTest::newRow("empty") << QStringLiteral(" ,，、；; ") << QStringList{};
}

void TestReviewStore::splitTags()
{
    QFETCH(QString, text);
    QFETCH(QStringList, tags);
    QCOMPARE(ReviewChange::splitTags(text), tags);
}

QTEST_GUILESS_MAIN(TestReviewStore)
#include "tst_reviewstore.moc"
