#include "models/records/recordfilter.h"
#include "models/records/recordindex.h"

#include <QTest>

using namespace Seedbed::Records;

class TestRecordFilter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void empty();
    void members();
    void judgeNames_data();
    void judgeNames();
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
                 "json_extract(records.scores, ?) BETWEEN ? AND ? AND "
                 "EXISTS (SELECT 1 FROM json_each(records.tags) WHERE json_each.value = ?) "
                 "AND records.id IN (SELECT rowid FROM records_fts WHERE records_fts MATCH ?)"));
    // Every value is bound, none is spliced into the SQL.
    QCOMPARE(bindings, (QVariantList{stage.toString(QUuid::WithoutBraces), QStringLiteral("ok"),
                                     QStringLiteral("filtered"), QStringLiteral("accepted"), 2.5,
                                     QStringLiteral("$.\"Judge\""), 1.0, 4.0, QStringLiteral("a'b"),
                                     QStringLiteral("\"hello\"*")}));
    QCOMPARE(sql.count(QLatin1Char('?')), bindings.size());
}

void TestRecordFilter::judgeNames_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("sql");
    QTest::addColumn<QString>("bound");
    QTest::newRow("plain") << QStringLiteral("Quality") << QStringLiteral("json_extract")
                           << QStringLiteral("$.\"Quality\"");
    QTest::newRow("dots and brackets") << QStringLiteral("a.b[0]") << QStringLiteral("json_extract")
                                       << QStringLiteral("$.\"a.b[0]\"");
    QTest::newRow("quote") << QStringLiteral("Tone \"strict\"")
                           << QStringLiteral("json_each(records.scores) WHERE key = ?")
                           << QStringLiteral("Tone \"strict\"");
    QTest::newRow("sql") << QStringLiteral("'); DROP TABLE records; --")
                         << QStringLiteral("json_extract")
                         << QStringLiteral("$.\"'); DROP TABLE records; --\"");
}

void TestRecordFilter::judgeNames()
{
    QFETCH(QString, name);
    QFETCH(QString, sql);
    QFETCH(QString, bound);
    RecordFilter filter;
    filter.scores = {{name, std::nullopt, 3.0}};
    QVariantList bindings;
    const QString where = filter.sqlWhere(&bindings);
    QVERIFY2(where.contains(sql), qPrintable(where));
    QVERIFY(!where.contains(name));
    QCOMPARE(bindings, (QVariantList{bound, 3.0}));
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
