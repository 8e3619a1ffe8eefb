#include "models/projectstore.h"
#include "models/records/recordsmodel.h"

#include <QAbstractItemModelTester>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Seedbed;
using namespace Seedbed::Records;

namespace {

const QUuid generateStage = QUuid::fromString(u"11111111-1111-1111-1111-111111111111");
const QUuid judgeStage = QUuid::fromString(u"22222222-2222-2222-2222-222222222222");

struct Rec
{
    QString stage = generateStage.toString(QUuid::WithoutBraces);
    QJsonObject fields;
    QString status = QStringLiteral("ok");
    QString review = QStringLiteral("unreviewed");
    QJsonObject scores;
    QVariant score;
    QStringList tags;
};

/*! A project folder with a data.sqlite made by ProjectStore, written by a connection of the
    test's own (so the model's read connection is the only other one). */
class Project
{
public:
    Project()
    {
        ProjectStore store;
        ProjectError error;
        m_ok = store.create(path(), &error);
        if (!m_ok)
            qWarning() << error.message;
    }
    bool isValid() const { return m_ok && m_dir.isValid(); }
    QString dir() const { return m_dir.path(); }
    QString path() const { return m_dir.filePath(QStringLiteral("data.sqlite")); }

    // Inserts \a records in one transaction; returns their ids.
    QList<qint64> insert(const QList<Rec> &records)
    {
        ProjectStore store;
        ProjectError error;
        if (!store.open(path(), &error))
            return {};
        QSqlDatabase db = store.database();
        db.transaction();
        QSqlQuery query(db);
        query.prepare(QStringLiteral(
            "INSERT INTO records (stage_id, fields, status, review_state, scores, score, tags, "
            "item_key) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"));
        QList<qint64> ids;
        for (const Rec &r : records) {
            query.addBindValue(r.stage);
            query.addBindValue(
                QString::fromUtf8(QJsonDocument(r.fields).toJson(QJsonDocument::Compact)));
            query.addBindValue(r.status);
            query.addBindValue(r.review);
            query.addBindValue(
                QString::fromUtf8(QJsonDocument(r.scores).toJson(QJsonDocument::Compact)));
            query.addBindValue(r.score);
            query.addBindValue(QString::fromUtf8(
                QJsonDocument(QJsonArray::fromStringList(r.tags)).toJson(QJsonDocument::Compact)));
            query.addBindValue(QUuid::createUuid().toString());
            if (!query.exec()) {
                qWarning() << query.lastError().text();
                return {};
            }
            ids.append(query.lastInsertId().toLongLong());
        }
        db.commit();
        return ids;
    }

    bool exec(const QString &sql)
    {
        ProjectStore store;
        ProjectError error;
        if (!store.open(path(), &error))
            return false;
        QSqlQuery query(store.database());
        if (!query.exec(sql)) {
            qWarning() << query.lastError().text();
            return false;
        }
        return true;
    }

private:
    QTemporaryDir m_dir;
    bool m_ok = false;
};

Rec rec(const QString &text, double score = 0, const QString &status = QStringLiteral("ok"))
{
    Rec r;
    r.fields = {{QStringLiteral("question"), text}, {QStringLiteral("answer"), text.toUpper()}};
    r.score = score;
    r.status = status;
    r.scores = {{QStringLiteral("Quality judge"), score}};
    return r;
}

bool waitReady(RecordsModel &model)
{
    if (model.isReady())
        return true;
    QSignalSpy failed(&model, &RecordsModel::failed);
    if (!QTest::qWaitFor([&] { return model.isReady() || !failed.isEmpty(); }, 60000))
        return false;
    if (!failed.isEmpty())
        qWarning() << failed.first().first().toString();
    return failed.isEmpty();
}

// Every matching id, each row's data read (waits for the pages).
QList<qint64> shownIds(RecordsModel &model)
{
    QList<qint64> ids;
    for (int row = 0; row < model.rowCount(); ++row) {
        const QModelIndex index = model.index(row, RecordsModel::IdColumn);
        if (!QTest::qWaitFor([&] { return model.data(index).isValid(); }, 10000))
            return {-1};
        ids.append(model.data(index).toLongLong());
    }
    return ids;
}

} // namespace

class TestRecordsModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void emptyProject();
    void loadsAndShows();
    void filters_data();
    void filters();
    void sorts_data();
    void sorts();
    void refreshKeepsRowsAndAddsNew();
    void indexCatchesUp();
    void judgeFirstPage_data();
    void judgeFirstPage();
    void aMillionRecordsArePaged();
};

void TestRecordsModel::emptyProject()
{
    RecordsModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setProject(QString());
    QCOMPARE(model.rowCount(), 0);
    QCOMPARE(model.columnCount(), int(RecordsModel::FixedColumnCount));
}

void TestRecordsModel::loadsAndShows()
{
    Project project;
    QVERIFY(project.isValid());
    const QList<qint64> ids =
        project.insert({rec(QStringLiteral("alpha"), 4), rec(QStringLiteral("beta"), 2),
                        rec(QStringLiteral("gamma"), 5, QStringLiteral("filtered"))});
    QCOMPARE(ids.size(), 3);

    RecordsModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setProject(project.dir(), {{generateStage, QStringLiteral("Generate")}});
    QVERIFY(waitReady(model));
    QCOMPARE(model.matchCount(), 3);
    QCOMPARE(model.rowCount(), 3);
    QCOMPARE(model.fieldColumns(),
             (QStringList{QStringLiteral("answer"), QStringLiteral("question")}));
    QCOMPARE(model.scoreColumns(), QStringList{QStringLiteral("Quality judge")});
    QCOMPARE(shownIds(model), ids);
    QCOMPARE(model.data(model.index(0, RecordsModel::StageColumn)).toString(),
             QStringLiteral("Generate"));
    QCOMPARE(
        model.data(model.index(2, RecordsModel::StatusColumn), RecordsModel::StatusRole).toString(),
        QStringLiteral("filtered"));
    QCOMPARE(model.data(model.index(0, RecordsModel::LengthColumn)).toLongLong(), 10);
    QCOMPARE(model.data(model.index(1, RecordsModel::FixedColumnCount + 1)).toString(),
             QStringLiteral("beta"));
    QCOMPARE(model.data(model.index(1, RecordsModel::FixedColumnCount + 2)).toDouble(), 2.0);
    QCOMPARE(model.rowOf(ids.at(2)), 2);
    QCOMPARE(model.recordId(1), ids.at(1));
}

namespace {

RecordFilter withText(const QString &text)
{
    RecordFilter f;
    f.text = text;
    return f;
}

// The project of the filter and sort tests; ids are 1…8 in insertion order.
QList<Rec> sampleRecords()
{
    QList<Rec> list;
    auto add = [&](const QString &text, double score, const QString &status, const QString &review,
                   const QStringList &tags, double judge, const QUuid &stage = generateStage) {
        Rec r = rec(text, score, status);
        r.review = review;
        r.tags = tags;
        r.stage = stage.toString(QUuid::WithoutBraces);
        r.scores = {{QStringLiteral("Quality judge"), judge},
                    {QStringLiteral("Tone \"strict\""), 10 - judge}};
        list.append(r);
    };
    const QString ok = QStringLiteral("ok");
    const QString unreviewed = QStringLiteral("unreviewed");
    add(QStringLiteral("The parcel never arrived"), 4.5, ok, QStringLiteral("accepted"),
        {QStringLiteral("shipping")}, 9);
    add(QStringLiteral("Refund policy explained"), 2, QStringLiteral("filtered"), unreviewed,
        {QStringLiteral("refund"), QStringLiteral("shipping")}, 3);
    add(QStringLiteral("a OR b AND NOT c"), 3, ok, QStringLiteral("rejected"), {}, 5);
    add(QString::fromUtf8("数据集的质量决定模型的上限"), 5, ok, QStringLiteral("edited"),
        {QString::fromUtf8("中文")}, 8, judgeStage);
    add(QStringLiteral("\"quoted\" words (and) stars*"), 1, QStringLiteral("failed"), unreviewed,
        {}, 1);
    add(QStringLiteral("Café au lait"), 3.5, QStringLiteral("duplicate"), unreviewed,
        {QStringLiteral("refund")}, 6, judgeStage);
    add(QStringLiteral("Parcels arrive on Monday"), 4, ok, QStringLiteral("accepted"),
        {QStringLiteral("shipping")}, 7);
    add(QString::fromUtf8("高质量的数据"), 2.5, ok, unreviewed, {}, 2);
    return list;
}

QList<qint64> matching(RecordsModel &model, const RecordFilter &filter)
{
    model.setFilter(filter);
    if (!waitReady(model))
        return {-1};
    return shownIds(model);
}

} // namespace

void TestRecordsModel::filters_data()
{
    QTest::addColumn<RecordFilter>("filter");
    QTest::addColumn<QList<qint64>>("expected");
    using Ids = QList<qint64>;
    RecordFilter f;
    QTest::newRow("none") << f << Ids{1, 2, 3, 4, 5, 6, 7, 8};
    f = {};
    f.statuses = {QStringLiteral("ok")};
    QTest::newRow("status ok") << f << Ids{1, 3, 4, 7, 8};
    f.statuses = {QStringLiteral("failed"), QStringLiteral("duplicate")};
    QTest::newRow("statuses") << f << Ids{5, 6};
    f = {};
    f.reviewStates = {QStringLiteral("accepted")};
    QTest::newRow("accepted") << f << Ids{1, 7};
    f.reviewStates = {QStringLiteral("rejected"), QStringLiteral("edited")};
    QTest::newRow("rejected or edited") << f << Ids{3, 4};
    f = {};
    f.scores = {{QString(), 3.0, 4.5}};
    QTest::newRow("score 3..4.5") << f << Ids{1, 3, 6, 7};
    f.scores = {{QString(), std::nullopt, 2.0}};
    QTest::newRow("score <= 2") << f << Ids{2, 5};
    f.scores = {{QStringLiteral("Quality judge"), 7.0, std::nullopt}};
    QTest::newRow("judge >= 7") << f << Ids{1, 4, 7};
    f.scores = {{QStringLiteral("Quality judge"), 2.0, 5.0}};
    QTest::newRow("judge 2..5") << f << Ids{2, 3, 8};
    f.scores = {{QStringLiteral("Tone \"strict\""), std::nullopt, 2.0}};
    QTest::newRow("judge with quotes in its name") << f << Ids{1, 4};
    f.scores = {{QStringLiteral("Quality judge"), 5.0, std::nullopt},
                {QString(), 4.0, std::nullopt}};
    QTest::newRow("two ranges") << f << Ids{1, 4, 7};
    f.scores = {{QStringLiteral("No such judge"), 0.0, std::nullopt}};
    QTest::newRow("unknown judge") << f << Ids{};
    f = {};
    f.tags = {QStringLiteral("shipping")};
    QTest::newRow("tag") << f << Ids{1, 2, 7};
    f.tags = {QStringLiteral("shipping"), QStringLiteral("refund")};
    QTest::newRow("every tag") << f << Ids{2};
    f.tags = {QStringLiteral("ship")};
    QTest::newRow("tags match whole") << f << Ids{};
    f = {};
    f.stages = {judgeStage};
    QTest::newRow("stage") << f << Ids{4, 6};
    f.stages = {judgeStage, generateStage};
    QTest::newRow("stages") << f << Ids{1, 2, 3, 4, 5, 6, 7, 8};
    QTest::newRow("text word") << withText(QStringLiteral("parcel")) << Ids{1, 7};
    QTest::newRow("text prefix, any case") << withText(QStringLiteral("PARC arr")) << Ids{1, 7};
    QTest::newRow("text phrase") << withText(QStringLiteral("\"never arrived\"")) << Ids{1};
    QTest::newRow("text phrase in order") << withText(QStringLiteral("\"arrived never\"")) << Ids{};
    QTest::newRow("text operators are words") << withText(QStringLiteral("\"a OR")) << Ids{3};
    QTest::newRow("text NOT") << withText(QStringLiteral("NOT c")) << Ids{3};
    QTest::newRow("text unsafe") << withText(QStringLiteral("stars* (and) \"\"quoted")) << Ids{5};
    QTest::newRow("text column syntax") << withText(QStringLiteral("body:parcel")) << Ids{};
    QTest::newRow("text punctuation only")
        << withText(QStringLiteral("* - ( ) ^")) << Ids{1, 2, 3, 4, 5, 6, 7, 8};
    QTest::newRow("text diacritics") << withText(QStringLiteral("cafe")) << Ids{6};
    QTest::newRow("text Chinese word") << withText(QString::fromUtf8("数据")) << Ids{4, 8};
    QTest::newRow("text Chinese phrase") << withText(QString::fromUtf8("质量决定")) << Ids{4};
    QTest::newRow("text Chinese no match") << withText(QString::fromUtf8("决定质量")) << Ids{};
    QTest::newRow("text tag") << withText(QString::fromUtf8("中文")) << Ids{4};
    f = withText(QStringLiteral("parcel"));
    f.reviewStates = {QStringLiteral("accepted")};
    f.scores = {{QStringLiteral("Quality judge"), 8.0, std::nullopt}};
    QTest::newRow("text and others") << f << Ids{1};
}

void TestRecordsModel::filters()
{
    QFETCH(RecordFilter, filter);
    QFETCH(QList<qint64>, expected);
    Project project;
    QVERIFY(project.isValid());
    QCOMPARE(project.insert(sampleRecords()).size(), 8);

    RecordsModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    QSignalSpy failed(&model, &RecordsModel::failed);
    model.setProject(project.dir());
    QVERIFY(waitReady(model));
    QCOMPARE(matching(model, filter), expected);
    QCOMPARE(model.matchCount(), expected.size());
    QCOMPARE(model.matchingIds(), expected);
    QVERIFY(failed.isEmpty());
    // And back: everything again.
    QCOMPARE(matching(model, {}).size(), 8);
}

void TestRecordsModel::sorts_data()
{
    QTest::addColumn<int>("column");
    QTest::addColumn<Qt::SortOrder>("order");
    QTest::addColumn<QList<qint64>>("expected");
    using Ids = QList<qint64>;
    const int fixed = RecordsModel::FixedColumnCount;
    QTest::newRow("id desc") << int(RecordsModel::IdColumn) << Qt::DescendingOrder
                             << Ids{8, 7, 6, 5, 4, 3, 2, 1};
    QTest::newRow("score") << int(RecordsModel::ScoreColumn) << Qt::AscendingOrder
                           << Ids{5, 2, 8, 3, 6, 7, 1, 4};
    QTest::newRow("status, ties by id")
        << int(RecordsModel::StatusColumn) << Qt::AscendingOrder << Ids{6, 5, 2, 1, 3, 4, 7, 8};
    QTest::newRow("review desc") << int(RecordsModel::ReviewColumn) << Qt::DescendingOrder
                                 << Ids{8, 6, 5, 2, 3, 4, 7, 1};
    // Characters of both fields (question and its upper case).
    QTest::newRow("length") << int(RecordsModel::LengthColumn) << Qt::AscendingOrder
                            << Ids{8, 6, 4, 3, 2, 1, 7, 5};
    QTest::newRow("field: question")
        << fixed + 1 << Qt::AscendingOrder << Ids{5, 6, 7, 2, 1, 3, 4, 8};
    QTest::newRow("judge score desc")
        << fixed + 2 << Qt::DescendingOrder << Ids{1, 4, 7, 6, 3, 2, 8, 5};
}

void TestRecordsModel::sorts()
{
    QFETCH(int, column);
    QFETCH(Qt::SortOrder, order);
    QFETCH(QList<qint64>, expected);
    Project project;
    QVERIFY(project.isValid());
    QCOMPARE(project.insert(sampleRecords()).size(), 8);

    RecordsModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setProject(project.dir());
    QVERIFY(waitReady(model));
    // In the order stored (QJsonDocument writes the keys sorted).
    QCOMPARE(model.fieldColumns(),
             (QStringList{QStringLiteral("answer"), QStringLiteral("question")}));
    QCOMPARE(model.scoreColumns().size(), 2);
    model.sort(column, order);
    QVERIFY(!model.isReady());
    QVERIFY(waitReady(model));
    QCOMPARE(shownIds(model), expected);
    QCOMPARE(model.matchingIds(), expected);
}

void TestRecordsModel::refreshKeepsRowsAndAddsNew()
{
    Project project;
    QVERIFY(project.isValid());
    QList<Rec> many;
    for (int i = 0; i < 450; ++i)
        many.append(rec(QStringLiteral("row %1").arg(i), i % 5));
    QCOMPARE(project.insert(many).size(), 450);

    RecordsModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setProject(project.dir());
    QVERIFY(waitReady(model));
    QCOMPARE(model.rowCount(), 450);
    // Row 420 is on the third page.
    const QModelIndex last = model.index(420, RecordsModel::FixedColumnCount + 1);
    QTRY_COMPARE(model.data(last).toString(), QStringLiteral("row 420"));

    QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    QList<Rec> more = {rec(QStringLiteral("new one"), 1)};
    more.first().fields.insert(QStringLiteral("extra"), QStringLiteral("field"));
    QCOMPARE(project.insert(more).size(), 1);
    QVERIFY(project.exec(QStringLiteral("UPDATE records SET fields = json_set(fields, "
                                        "'$.question', 'changed') WHERE id = 421")));
    model.refresh();
    // Shown rows stay while the list is read again.
    QCOMPARE(model.rowCount(), 450);
    QCOMPARE(model.data(last).toString(), QStringLiteral("row 420"));
    QVERIFY(waitReady(model));
    QCOMPARE(model.rowCount(), 451);
    QVERIFY(removed.isEmpty());
    QVERIFY(reset.isEmpty());
    QTRY_COMPARE(model.data(last).toString(), QStringLiteral("changed"));
    QVERIFY(model.fieldColumns().contains(QStringLiteral("extra")));
    QTRY_COMPARE(model.data(model.index(450, RecordsModel::FixedColumnCount + 1)).toString(),
                 QStringLiteral("new one"));

    // Deleted records leave.
    QVERIFY(project.exec(QStringLiteral("DELETE FROM records WHERE id > 400")));
    model.refresh();
    QVERIFY(waitReady(model));
    QCOMPARE(model.rowCount(), 400);
}

void TestRecordsModel::indexCatchesUp()
{
    Project project;
    QVERIFY(project.isValid());
    QCOMPARE(project.insert(sampleRecords()).size(), 8);

    RecordsModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    QSignalSpy indexing(&model, &RecordsModel::indexingChanged);
    QSignalSpy progress(&model, &RecordsModel::indexProgress);
    model.setProject(project.dir());
    QCOMPARE(matching(model, withText(QStringLiteral("parcel"))), (QList<qint64>{1, 7}));
    QCOMPARE(indexing.size(), 2);
    QVERIFY(!model.indexing());
    QVERIFY(!progress.isEmpty());
    QCOMPARE(progress.last().at(0).toLongLong(), 8);

    // New records: found after a refresh.
    QCOMPARE(project.insert({rec(QStringLiteral("another parcel"), 1)}), (QList<qint64>{9}));
    model.refresh();
    QVERIFY(waitReady(model));
    QCOMPARE(shownIds(model), (QList<qint64>{1, 7, 9}));

    // Changed fields: the old words are gone, the new ones found (updated_at moves on).
    QVERIFY(
        project.exec(QStringLiteral("UPDATE records SET fields = '{\"question\":\"a letter\"}', "
                                    "updated_at = updated_at + 60000 WHERE id = 1")));
    model.refresh();
    QVERIFY(waitReady(model));
    QCOMPARE(shownIds(model), (QList<qint64>{7, 9}));
    QCOMPARE(matching(model, withText(QStringLiteral("letter"))), (QList<qint64>{1}));

    // A deleted record is not found, even before the index forgets it.
    QVERIFY(project.exec(QStringLiteral("DELETE FROM records WHERE id = 7")));
    QCOMPARE(matching(model, withText(QStringLiteral("parcel"))), (QList<qint64>{9}));
}

/* The evidence: a 1,000,000-record project opens with its first rows before the full
   id list exists, and the calling thread never runs a query; every query that reads rows
   reads a page. */
void TestRecordsModel::judgeFirstPage_data()
{
    using Ids = QList<qint64>;
    QTest::addColumn<bool>("descending");
    QTest::addColumn<int>("scored");   // records 1..scored judged 9, the others 1
    QTest::addColumn<int>("gap");      // then ids from 100000 + gap judged 9
    QTest::addColumn<Ids>("expected"); // the first page, in order
    Ids ids;
    // The first ids hold a page: it is the first page.
    for (int id = 1; id <= RecordsModel::pageSize; ++id)
        ids.append(id);
    QTest::newRow("dense first ids") << false << 500 << 0 << ids;
    // Too few matches among the first ids: the page takes matches from far beyond.
    ids.clear();
    for (int id = 1; id <= 50; ++id)
        ids.append(id);
    for (int id = 100000; id < 100000 + RecordsModel::pageSize - 50; ++id)
        ids.append(id);
    QTest::newRow("sparse first ids") << false << 50 << 0 << ids;
    // Descending: the last ids first.
    ids.clear();
    for (int id = 100000 + 499; id > 100000 + 499 - RecordsModel::pageSize; --id)
        ids.append(id);
    QTest::newRow("descending dense") << true << 500 << 0 << ids;
    ids.clear();
    for (int id = 100000 + 499; id >= 100000 + 450; --id)
        ids.append(id);
    for (int id = 500; id > 500 - (RecordsModel::pageSize - 50); --id)
        ids.append(id);
    QTest::newRow("descending sparse") << true << 500 << 450 << ids;
}

void TestRecordsModel::judgeFirstPage()
{
    QFETCH(bool, descending);
    QFETCH(int, scored);
    QFETCH(int, gap);
    using Ids = QList<qint64>;
    QFETCH(Ids, expected);
    Project project;
    QVERIFY(project.isValid());
    // Ids 1..500, then 100000..100499 (a gap wider than any window of first ids).
    const QString insert = QStringLiteral(
        "WITH RECURSIVE n(i) AS (SELECT %1 UNION ALL SELECT i + 1 FROM n WHERE i < %2) "
        "INSERT INTO records (id, stage_id, fields, scores, score) SELECT i, '%3', "
        "json_object('question', 'Q' || i), json_object('Quality judge', CASE WHEN %4 THEN 9 "
        "ELSE 1 END), 0 FROM n");
    const QString stage = generateStage.toString(QUuid::WithoutBraces);
    QVERIFY(project.exec(insert.arg(1).arg(500).arg(stage, QStringLiteral("i <= %1").arg(scored))));
    QVERIFY(project.exec(
        insert.arg(100000).arg(100499).arg(stage, QStringLiteral("i >= %1").arg(100000 + gap))));

    RecordsModel model;
    RecordFilter filter;
    filter.scores = {{QStringLiteral("Quality judge"), 5.0, std::nullopt}};
    model.setFilter(filter);
    // The first page, as it comes before the id list (which would replace a wrong one).
    Ids firstPage;
    connect(
        &model, &QAbstractItemModel::rowsInserted, &model, [&](const QModelIndex &, int, int last) {
            if (!firstPage.isEmpty() || model.isReady())
                return;
            for (int row = 0; row <= last; ++row)
                firstPage.append(model.data(model.index(row, RecordsModel::IdColumn)).toLongLong());
        });
    model.setProject(project.dir());
    model.sort(RecordsModel::IdColumn, descending ? Qt::DescendingOrder : Qt::AscendingOrder);
    QVERIFY(waitReady(model));
    QCOMPARE(firstPage, expected);
    QCOMPARE(model.matchCount(), scored + 500 - gap);
}

void TestRecordsModel::aMillionRecordsArePaged()
{
    constexpr int total = 1000000;
    QElapsedTimer clock;
    clock.start();
    Project project;
    QVERIFY(project.isValid());
    {
        ProjectStore store;
        ProjectError error;
        QVERIFY2(store.open(project.path(), &error), qPrintable(error.message));
        QSqlQuery query(store.database());
        QVERIFY(query.exec(QStringLiteral("PRAGMA cache_size = -262144")));
        // One statement in one transaction: a recursive CTE writes the rows inside SQLite.
        QVERIFY2(
            query.exec(
                QStringLiteral(
                    "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < %1) "
                    "INSERT INTO records (stage_id, fields, status, review_state, scores, score, "
                    "tags, item_key, created_at, updated_at) "
                    "SELECT '%2', json_object('question', 'Question number ' || i, 'answer', "
                    "'An answer of a few words for record ' || i), "
                    "CASE WHEN i % 10 = 0 THEN 'filtered' ELSE 'ok' END, 'unreviewed', "
                    "json_object('Quality judge', i % 10), i % 10, '[]', 'k' || (10000000 + i), "
                    "1700000000000 + i, 1700000000000 + i FROM n")
                    .arg(total)
                    .arg(generateStage.toString(QUuid::WithoutBraces))),
            qPrintable(query.lastError().text()));
    }

    qInfo() << "generated in" << clock.elapsed() << "ms";
    // No QAbstractItemModelTester here: it walks every row and column on every signal (the
    // other tests run it over loading, filters, sorts and refreshes).
    RecordsModel model;
    model.setQueryLogEnabled(true);
    bool readyAtFirstRows = true;
    qsizetype idsAtFirstRows = -1;
    int firstRows = 0;
    connect(&model, &QAbstractItemModel::rowsInserted, &model,
            [&](const QModelIndex &, int, int last) {
                if (firstRows == 0) {
                    firstRows = last + 1;
                    readyAtFirstRows = model.isReady();
                    idsAtFirstRows = model.matchingIds().size();
                }
            });
    model.setProject(project.dir());
    QVERIFY(waitReady(model));
    QCOMPARE(firstRows, RecordsModel::pageSize);
    QVERIFY(!readyAtFirstRows);
    QCOMPARE(idsAtFirstRows, 0);
    QCOMPARE(model.rowCount(), total);

    // Rows far down arrive by pages.
    for (const int row : {0, 500000, total - 1}) {
        // json_object() keeps the order: question is the first field column.
        const QModelIndex index = model.index(row, RecordsModel::FixedColumnCount);
        QTRY_COMPARE(model.data(index).toString(),
                     QStringLiteral("Question number %1").arg(row + 1));
    }

    const QList<RecordsModel::Query> log = model.queryLog();
    QVERIFY(!log.isEmpty());
    QCOMPARE(log.first().kind, QStringLiteral("first-page"));
    QCOMPARE(log.first().rows, RecordsModel::pageSize);
    int pages = 0;
    for (const RecordsModel::Query &query : log) {
        QVERIFY2(query.thread != QThread::currentThreadId(),
                 qPrintable(query.kind + QLatin1String(" ran on the calling thread")));
        if (query.kind == QLatin1String("page")) {
            ++pages;
            QVERIFY(query.rows <= RecordsModel::pageSize);
        } else if (query.kind == QLatin1String("ids")) {
            QCOMPARE(query.rows, total); // the id list only; rows are read by page
        } else {
            QVERIFY2(query.kind == QLatin1String("first-page") ||
                         query.kind == QLatin1String("sample") ||
                         query.kind == QLatin1String("count"),
                     qPrintable(query.kind));
        }
    }
    QVERIFY(pages >= 2);
    qInfo() << "opened and paged in" << clock.elapsed() << "ms";

    // A score filter over the million.
    RecordFilter filter;
    filter.scores = {{QStringLiteral("Quality judge"), 9.0, std::nullopt}};
    model.setFilter(filter);
    QVERIFY(waitReady(model));
    QCOMPARE(model.matchCount(), total / 10);
    qInfo() << "filtered in" << clock.elapsed() << "ms";
}

QTEST_GUILESS_MAIN(TestRecordsModel)
#include "tst_recordsmodel.moc"
