#include "models/projectstore.h"
#include "models/records/recordfilter.h"
#include "models/records/recordindex.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

using namespace Seedbed::Records;

namespace {

// The ids of the records matching \a where (with \a bindings), in id order.
QList<qint64> matching(const QSqlDatabase &db, const QString &where, const QVariantList &bindings)
{
    QSqlQuery query(db);
    query.prepare(QStringLiteral("SELECT id FROM records WHERE %1 ORDER BY id").arg(where));
    for (const QVariant &binding : bindings)
        query.addBindValue(binding);
    if (!query.exec()) {
        qWarning("%s", qPrintable(query.lastError().text()));
        return {-1};
    }
    QList<qint64> ids;
    while (query.next())
        ids.append(query.value(0).toLongLong());
    return ids;
}

QList<qint64> matching(const QSqlDatabase &db, const RecordFilter &filter)
{
    QVariantList bindings;
    const QString where = filter.sqlWhere(&bindings);
    return matching(db, where, bindings);
}

} // namespace

class TestRecordFilter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void empty();
    void members();
    void judgeNames_data();
    void judgeNames();
    void judgeScoresAsJsonExtract();
    void ftsQuery_data();
    void ftsQuery();
    void spaceIdeographs();
};

void TestRecordFilter::empty()
{
    RecordFilter filter;
    QVERIFY(filter.isEmpty());
    QVariantList bindings;
    QCOMPARE(filter.sqlWhere(&bindings), QStringLiteral("1"));
    QVERIFY(bindings.isEmpty());
    filter.text = QStringLiteral("  ");
    QVERIFY(filter.isEmpty());
    filter.scores = {{QStringLiteral("judge"), std::nullopt, std::nullopt}};
    QCOMPARE(filter.sqlWhere(&bindings), QStringLiteral("1")); // an open range holds for all
    QVERIFY(bindings.isEmpty());
}

void TestRecordFilter::members()
{
    RecordFilter filter;
    const QUuid stage = QUuid::fromString(u"11111111-2222-3333-4444-555555555555");
    filter.stages = {stage};
    filter.statuses = {QStringLiteral("ok"), QStringLiteral("filtered")};
    filter.reviewStates = {QStringLiteral("accepted")};
    filter.scores = {{QString(), 2.5, std::nullopt}, {QStringLiteral("Judge"), 1.0, 4.0}};
    filter.tags = {QStringLiteral("a'b")};
    filter.text = QStringLiteral("hello");
    QVERIFY(!filter.isEmpty());
    QVariantList bindings;
    const QString sql = filter.sqlWhere(&bindings);
    QCOMPARE(sql,
             QStringLiteral(
                 "records.stage_id IN (?) AND records.status IN (?,?) AND "
                 "records.review_state IN (?) AND records.score >= ? AND "
                 "records.id IN (SELECT record_id FROM record_scores WHERE judge = ? AND score "
                 "BETWEEN ? AND ?) AND "
                 "EXISTS (SELECT 1 FROM json_each(records.tags) WHERE json_each.value = ?) "
                 "AND records.id IN (SELECT rowid FROM records_fts WHERE records_fts MATCH ?)"));
    // Every value is bound, none is spliced into the SQL.
    QCOMPARE(bindings, (QVariantList{stage.toString(QUuid::WithoutBraces), QStringLiteral("ok"),
                                     QStringLiteral("filtered"), QStringLiteral("accepted"), 2.5,
                                     QStringLiteral("Judge"), 1.0, 4.0, QStringLiteral("a'b"),
                                     QStringLiteral("\"hello\"*")}));
    QCOMPARE(sql.count(QLatin1Char('?')), bindings.size());
}

void TestRecordFilter::judgeNames_data()
{
    QTest::addColumn<QString>("name");
    QTest::newRow("plain") << QStringLiteral("Quality");
    QTest::newRow("dots and brackets") << QStringLiteral("a.b[0]");
    QTest::newRow("quote") << QStringLiteral("Tone \"strict\"");
    QTest::newRow("sql") << QStringLiteral("'); DROP TABLE records; --");
}

void TestRecordFilter::judgeNames()
{
    QFETCH(QString, name);
    RecordFilter filter;
    filter.scores = {{name, std::nullopt, 3.0}};
    QVariantList bindings;
    const QString where = filter.sqlWhere(&bindings);
    QCOMPARE(where, QStringLiteral("records.id IN (SELECT record_id FROM "
                                   "record_scores WHERE judge = ? AND score <= ?)"));
    QCOMPARE(bindings, (QVariantList{name, 3.0})); // the name is bound as it is
}

/* The judge-score condition reads record_scores (schema 6) and must match what json_extract over
   records.scores matched before, on a random project: judges missing from some records, integer
   and real scores, ranges open on either side, names that need quoting. */
void TestRecordFilter::judgeScoresAsJsonExtract()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    Seedbed::ProjectStore store;
    Seedbed::ProjectError error;
    QVERIFY2(store.create(dir.filePath(QStringLiteral("data.sqlite")), &error),
             qPrintable(error.message));
    QSqlDatabase db = store.database();
    const QStringList judges = {QStringLiteral("Quality"), QStringLiteral("Tone \"strict\""),
                                QStringLiteral("a.b"), QString::fromUtf8("评分")};
    QRandomGenerator random(20261127);
    QSqlQuery insert(db);
    QVERIFY(insert.prepare(
        QStringLiteral("INSERT INTO records (stage_id, scores, score) VALUES (?, ?, ?)")));
    QVERIFY(db.transaction());
    for (int i = 0; i < 600; ++i) {
        QJsonObject scores;
        for (const QString &judge : judges) {
            switch (random.bounded(4)) {
            case 0: // no score from this judge
                break;
            case 1:
                scores.insert(judge, random.bounded(11)); // an integer
                break;
            default:
                scores.insert(judge, random.bounded(100) / 10.0);
                break;
            }
        }
        insert.addBindValue(QStringLiteral("s%1").arg(i % 3));
        insert.addBindValue(
            QString::fromUtf8(QJsonDocument(scores).toJson(QJsonDocument::Compact)));
        insert.addBindValue(random.bounded(100) / 10.0);
        QVERIFY2(insert.exec(), qPrintable(insert.lastError().text()));
    }
    QVERIFY(db.commit());
    // Some scores change after the insert, as a re-judge would.
    QSqlQuery update(db);
    QVERIFY(update.exec(QStringLiteral("UPDATE records SET scores = json_set(scores, '$.Quality', "
                                       "(id * 7) % 10) WHERE id % 5 = 0")));

    int nonEmpty = 0;
    for (int round = 0; round < 60; ++round) {
        const QString judge = judges.at(random.bounded(int(judges.size())));
        std::optional<double> minimum;
        std::optional<double> maximum;
        if (random.bounded(3) != 0)
            minimum = random.bounded(100) / 10.0;
        if (random.bounded(3) != 0 || !minimum)
            maximum = (minimum ? *minimum : 0.0) + random.bounded(60) / 10.0;
        RecordFilter filter;
        filter.scores = {{judge, minimum, maximum}};
        if (round % 4 == 0)
            filter.scores.append({judges.at(0), 2.0, std::nullopt});

        // The old condition: the member read from the JSON (json_each for every name, so no
        // JSON path quoting is needed).
        QStringList terms;
        QVariantList bindings;
        for (const ScoreRange &range : std::as_const(filter.scores)) {
            const QString member =
                QStringLiteral("(SELECT value FROM json_each(records.scores) WHERE key = ?)");
            bindings.append(range.judge);
            QString term = member + QStringLiteral(" IS NOT NULL");
            if (range.minimum) {
                term += QStringLiteral(" AND ") + member + QStringLiteral(" >= ?");
                bindings.append(range.judge);
                bindings.append(*range.minimum);
            }
            if (range.maximum) {
                term += QStringLiteral(" AND ") + member + QStringLiteral(" <= ?");
                bindings.append(range.judge);
                bindings.append(*range.maximum);
            }
            terms.append(QLatin1Char('(') + term + QLatin1Char(')'));
        }
        const QList<qint64> expected = matching(db, terms.join(QStringLiteral(" AND ")), bindings);
        QVERIFY(!expected.contains(-1));
        nonEmpty += !expected.isEmpty();
        QCOMPARE(matching(db, filter), expected);

        // The same records within a window of ids (the model's first page).
        const qint64 first = 1 + random.bounded(600);
        const RecordFilter::IdWindow window{first, first + random.bounded(300)};
        QList<qint64> inWindow;
        for (const qint64 id : expected)
            if (id >= window.first && id <= window.last)
                inWindow.append(id);
        QVariantList windowBindings;
        const QString windowed = filter.sqlWhere(&windowBindings, window);
        QCOMPARE(matching(db, windowed, windowBindings), inWindow);
    }
    QVERIFY(nonEmpty > 20); // the ranges were not all empty
}

void TestRecordFilter::ftsQuery_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("query");
    QTest::newRow("empty") << QString() << QString();
    QTest::newRow("words") << QStringLiteral("  parcel  Refund ")
                           << QStringLiteral("\"parcel\"* \"Refund\"*");
    QTest::newRow("phrase") << QStringLiteral("\"never arrived\" late")
                            << QStringLiteral("\"never arrived\"* \"late\"*");
    QTest::newRow("unclosed quote") << QStringLiteral("\"a OR") << QStringLiteral("\"a OR\"*");
    QTest::newRow("operators are words")
        << QStringLiteral("a OR b NOT c NEAR(d)")
        << QStringLiteral("\"a\"* \"OR\"* \"b\"* \"NOT\"* \"c\"* \"NEAR(d)\"*");
    QTest::newRow("syntax characters")
        << QStringLiteral("body:x ^y z* -w (v)")
        << QStringLiteral("\"body:x\"* \"^y\"* \"z*\"* \"-w\"* \"(v)\"*");
    QTest::newRow("punctuation only") << QStringLiteral("* - ( ) \"\" ^") << QString();
    QTest::newRow("Chinese") << QString::fromUtf8("数据集 质量")
                             << QString::fromUtf8("\"数 据 集\"* \"质 量\"*");
    QTest::newRow("mixed") << QString::fromUtf8("GPT生成") << QString::fromUtf8("\"GPT生 成\"*");
}

void TestRecordFilter::ftsQuery()
{
    QFETCH(QString, text);
    QFETCH(QString, query);
    QCOMPARE(RecordIndex::ftsQuery(text), query);
}

void TestRecordFilter::spaceIdeographs()
{
    QCOMPARE(RecordIndex::spaceIdeographs(u"abc def"), QStringLiteral("abc def"));
    QCOMPARE(RecordIndex::spaceIdeographs(QString::fromUtf8("你好，世界")),
             QString::fromUtf8("你 好，世 界"));
    QCOMPARE(RecordIndex::spaceIdeographs(QString::fromUtf8("カタカナ")),
             QString::fromUtf8("カ タ カ ナ"));
    // Outside the basic plane (a surrogate pair) too.
    QCOMPARE(RecordIndex::spaceIdeographs(QString::fromUtf8("𠀀𠀁")), QString::fromUtf8("𠀀 𠀁"));
}

QTEST_GUILESS_MAIN(TestRecordFilter)
#include "tst_recordfilter.moc"
