#include "models/projectstore.h"
#include "models/records/recordstats.h"

#include <QDateTime>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using Seedbed::ProjectError;
using Seedbed::ProjectStore;
using namespace Seedbed::Records;

namespace {

// 2026-01-01 00:00 UTC, a whole hour.
constexpr qint64 t0 = 1767225600000;
constexpr qint64 minute = 60 * 1000;
constexpr qint64 hour = 60 * minute;

const QUuid stageA = QUuid::fromString(QStringLiteral("{11111111-1111-1111-1111-111111111111}"));
const QUuid stageB = QUuid::fromString(QStringLiteral("{22222222-2222-2222-2222-222222222222}"));

bool exec(const QSqlDatabase &db, const QString &sql, const QVariantList &values = {})
{
    QSqlQuery query(db);
    query.prepare(sql);
    for (const QVariant &value : values)
        query.addBindValue(value);
    if (!query.exec()) {
        qWarning("%s: %s", qPrintable(sql), qPrintable(query.lastError().text()));
        return false;
    }
    return true;
}

bool insertRecord(const QSqlDatabase &db, qint64 id, const QUuid &stage, const char *fields,
                  const char *status, const char *scores, const char *review)
{
    return exec(db,
                QStringLiteral("INSERT INTO records (id, stage_id, fields, status, scores, "
                               "review_state, item_key) VALUES (?, ?, ?, ?, ?, ?, ?)"),
                {id, stage.toString(QUuid::WithoutBraces), QString::fromUtf8(fields),
                 QString::fromUtf8(status), QString::fromUtf8(scores), QString::fromUtf8(review),
                 QStringLiteral("k%1").arg(id)});
}

bool insertReview(const QSqlDatabase &db, qint64 record, const char *state, qint64 at)
{
    return exec(db, QStringLiteral("INSERT INTO reviews (record_id, state, at) VALUES (?, ?, ?)"),
                {record, QString::fromUtf8(state), at});
}

} // namespace

class TestRecordStats : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void words_data();
    void words();
    void lengthBins_data();
    void lengthBins();
    void countsAndScores();
    void textFigures();
    void oneField();
    void stopWords();
    void acceptanceHourly();
    void acceptanceDaily();
    void filterNarrows();
    void sample();
    void cancelled();
    void missingFile();

private:
    QTemporaryDir m_dir;
    QString m_small; // five records over two stages
    QString m_large; // a hundred records
    ProjectStore m_largeStore;
};

void TestRecordStats::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_small = m_dir.filePath(QStringLiteral("small.sqlite"));
    ProjectStore small;
    ProjectError error;
    QVERIFY2(small.create(m_small, &error), qPrintable(error.message));
    {
        const QSqlDatabase db = small.database();
        QVERIFY(insertRecord(db, 1, stageA, R"({"question":"What is the sky?","label":"pos"})",
                             "ok", R"({"judge":8})", "accepted"));
        QVERIFY(insertRecord(db, 2, stageA, R"({"question":"What is the sea?","label":"neg"})",
                             "ok", R"({"judge":6,"strict":3})", "rejected"));
        QVERIFY(insertRecord(db, 3, stageA, R"({"question":"the sky is blue","label":"pos"})",
                             "filtered", R"({"judge":2})", "unreviewed"));
        QVERIFY(insertRecord(db, 4, stageB, R"({"question":"天空是蓝色的","label":"pos"})",
                             "duplicate", "{}", "edited"));
        QVERIFY(insertRecord(db, 5, stageB, R"({"question":"What","label":"neg","n":5})", "failed",
                             "{}", "accepted"));
        QVERIFY(insertReview(db, 1, "accepted", t0 + 5 * minute));
        QVERIFY(insertReview(db, 2, "accepted", t0 + 10 * minute));
        QVERIFY(insertReview(db, 2, "rejected", t0 + 2 * hour)); // the latest verdict counts
        QVERIFY(insertReview(db, 3, "accepted", t0 + 2 * hour));
        QVERIFY(insertReview(db, 3, "unreviewed", t0 + 3 * hour)); // taken back
        QVERIFY(insertReview(db, 4, "edited", t0 + 2 * hour + 5 * minute));
        QVERIFY(insertReview(db, 5, "accepted", t0 + 5 * 24 * hour));
    }
    small.close();

    m_large = m_dir.filePath(QStringLiteral("large.sqlite"));
    QVERIFY2(m_largeStore.create(m_large, &error), qPrintable(error.message));
    {
        QSqlDatabase db = m_largeStore.database();
        QVERIFY(db.transaction());
        for (int id = 1; id <= 100; ++id) {
            const QByteArray fields = "{\"text\":\"" + QByteArray(id, 'a') + "\"}";
            const QByteArray scores = "{\"judge\":" + QByteArray::number(id % 10 + 1) + "}";
            QVERIFY(insertRecord(db, id, stageA, fields.constData(), id % 2 ? "ok" : "filtered",
                                 scores.constData(), "unreviewed"));
        }
        QVERIFY(db.commit());
    }
    // Left open: the figures are read beside a live writer, from its write-ahead log.
}

void TestRecordStats::words_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("expected");
    QTest::newRow("plain") << "The sky, the SEA." << QStringList{"the", "sky", "the", "sea"};
    QTest::newRow("apostrophe") << "Don't stop’em 'quoted'"
                                << QStringList{"don't", "stop'em", "quoted"};
    QTest::newRow("digits") << "GPT-4o costs $3.50" << QStringList{"gpt", "4o", "costs", "3", "50"};
    QTest::newRow("chinese") << "数据很好!ok" << QStringList{"数", "据", "很", "好", "ok"};
    QTest::newRow("mixed") << "用Qt写" << QStringList{"用", "qt", "写"};
    QTest::newRow("accents") << "Café ÉTÉ" << QStringList{"café", "été"};
    QTest::newRow("empty") << " ... " << QStringList{};
}

void TestRecordStats::words()
{
    QFETCH(QString, text);
    QFETCH(QStringList, expected);
    QCOMPARE(RecordStats::words(text), expected);
}

void TestRecordStats::lengthBins_data()
{
    QTest::addColumn<double>("minimum");
    QTest::addColumn<double>("maximum");
    QTest::addColumn<int>("maxBins");
    QTest::addColumn<double>("start");
    QTest::addColumn<double>("width");
    QTest::addColumn<int>("bins");
    QTest::newRow("one per value") << 7.0 << 19.0 << 20 << 7.0 << 1.0 << 13;
    QTest::newRow("twenty-one values") << 0.0 << 20.0 << 20 << 0.0 << 2.0 << 11;
    QTest::newRow("fives") << 4.0 << 16.0 << 5 << 0.0 << 5.0 << 4;
    QTest::newRow("start rounds down") << 5.0 << 44.0 << 20 << 5.0 << 5.0 << 8;
    QTest::newRow("hundreds") << 130.0 << 4020.0 << 20 << 0.0 << 500.0 << 9;
    QTest::newRow("single value") << 42.0 << 42.0 << 20 << 42.0 << 1.0 << 1;
}

void TestRecordStats::lengthBins()
{
    QFETCH(double, minimum);
    QFETCH(double, maximum);
    QFETCH(int, maxBins);
    const Histogram h = RecordStats::lengthBins(minimum, maximum, maxBins);
    QTEST(h.start, "start");
    QTEST(h.width, "width");
    QTEST(int(h.counts.size()), "bins");
}

void TestRecordStats::countsAndScores()
{
    RecordStatsOptions options;
    options.judgeScales.insert(QStringLiteral("strict"), 5);
    const RecordStatsResult r = RecordStats::compute(m_small, options);
    QVERIFY2(r.error.isEmpty(), qPrintable(r.error));
    QVERIFY(!r.cancelled);
    QCOMPARE(r.matching, 5);
    QCOMPARE(r.sampled, 5);
    QVERIFY(!r.isSampled());

    QCOMPARE(r.statusCounts.size(), 4);
    const QList<std::pair<QString, qint64>> statuses = {
        {"ok", 2}, {"filtered", 1}, {"failed", 1}, {"duplicate", 1}};
    const QList<std::pair<QString, qint64>> reviews = {
        {"unreviewed", 1}, {"accepted", 2}, {"rejected", 1}, {"edited", 1}};
    for (int i = 0; i < 4; ++i) {
        QCOMPARE(r.statusCounts.at(i).text, statuses.at(i).first);
        QCOMPARE(r.statusCounts.at(i).count, statuses.at(i).second);
        QCOMPARE(r.reviewCounts.at(i).text, reviews.at(i).first);
        QCOMPARE(r.reviewCounts.at(i).count, reviews.at(i).second);
    }

    QCOMPARE(r.judges.size(), 2);
    const JudgeScores &judge = r.judges.at(0);
    QCOMPARE(judge.judge, "judge");
    QCOMPARE(judge.histogram.start, 1.0);
    QCOMPARE(judge.histogram.width, 1.0);
    QCOMPARE(judge.histogram.counts, (QList<qint64>{0, 1, 0, 0, 0, 1, 0, 1, 0, 0}));
    QCOMPARE(judge.histogram.total, 3);
    QCOMPARE(judge.histogram.minimum, 2.0);
    QCOMPARE(judge.histogram.maximum, 8.0);
    QCOMPARE(judge.histogram.mean, 16.0 / 3);
    const JudgeScores &strict = r.judges.at(1);
    QCOMPARE(strict.judge, "strict");
    QCOMPARE(strict.histogram.counts, (QList<qint64>{0, 0, 1, 0, 0}));
    QCOMPARE(strict.histogram.total, 1);
}

void TestRecordStats::textFigures()
{
    const RecordStatsResult r = RecordStats::compute(m_small, {});
    QVERIFY2(r.error.isEmpty(), qPrintable(r.error));
    QCOMPARE(r.textFields, (QStringList{"label", "question"}));

    // Every string field: question + label.
    QCOMPARE(r.lengths.total, 5);
    QCOMPARE(r.lengths.start, 7.0);
    QCOMPARE(r.lengths.width, 1.0);
    QCOMPARE(r.lengths.counts, (QList<qint64>{1, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0, 1, 2}));
    QCOMPARE(r.lengths.mean, (19 + 19 + 18 + 9 + 7) / 5.0);

    // Labels are words too: pos ×3, neg ×2.
    QCOMPARE(r.unigrams, 19 + 5);
    QCOMPARE(r.distinctUnigrams, 12 + 2);
    QCOMPARE(r.bigrams, 14);
    QCOMPARE(r.distinctBigrams, 11);

    QCOMPARE(r.categorical.size(), 1);
    const CategoricalBalance &label = r.categorical.at(0);
    QCOMPARE(label.field, "label");
    QCOMPARE(label.values.size(), 2);
    QCOMPARE(label.values.at(0).text, "pos");
    QCOMPARE(label.values.at(0).count, 3);
    QCOMPARE(label.values.at(1).text, "neg");
    QCOMPARE(label.values.at(1).count, 2);
    QCOMPARE(label.missing, 0);
}

void TestRecordStats::oneField()
{
    RecordStatsOptions options;
    options.textField = QStringLiteral("question");
    options.maxLengthBins = 5;
    options.topNgrams = 6;
    const RecordStatsResult r = RecordStats::compute(m_small, options);
    QVERIFY2(r.error.isEmpty(), qPrintable(r.error));

    // 16, 16, 15, 6, 4 characters.
    QCOMPARE(r.lengths.start, 0.0);
    QCOMPARE(r.lengths.width, 5.0);
    QCOMPARE(r.lengths.counts, (QList<qint64>{1, 1, 0, 3}));
    QCOMPARE(r.lengths.minimum, 4.0);
    QCOMPARE(r.lengths.maximum, 16.0);

    QCOMPARE(r.unigrams, 19);
    QCOMPARE(r.distinctUnigrams, 12);
    QCOMPARE(r.bigrams, 14);
    QCOMPARE(r.distinctBigrams, 11);
    QCOMPARE(r.distinct1(), 12.0 / 19);
    QCOMPARE(r.distinct2(), 11.0 / 14);

    QStringList top;
    QList<qint64> counts;
    for (const NGramCount &n : r.topUnigrams) {
        top.append(n.text);
        counts.append(n.count);
    }
    QCOMPARE(top, (QStringList{"is", "the", "what", "sky", "blue", "sea"}));
    QCOMPARE(counts, (QList<qint64>{3, 3, 3, 2, 1, 1}));
    top.clear();
    counts.clear();
    for (const NGramCount &n : r.topBigrams) {
        top.append(n.text);
        counts.append(n.count);
    }
    QCOMPARE(top, (QStringList{"is the", "the sky", "what is", "is blue", "sky is", "the sea"}));
    QCOMPARE(counts, (QList<qint64>{2, 2, 2, 1, 1, 1}));
}

void TestRecordStats::stopWords()
{
    RecordStatsOptions options;
    options.textField = QStringLiteral("question");
    options.topNgrams = 100;
    options.stopWords = {QStringLiteral("The"), QStringLiteral("is"), QStringLiteral("的")};
    const RecordStatsResult r = RecordStats::compute(m_small, options);
    QVERIFY2(r.error.isEmpty(), qPrintable(r.error));
    // Distinct-n still counts every word.
    QCOMPARE(r.distinctUnigrams, 12);
    QCOMPARE(r.topUnigrams.size(), 12 - 3);
    QCOMPARE(r.topUnigrams.at(0).text, "what");
    QCOMPARE(r.topUnigrams.at(1).text, "sky");
    // "is the" is made of stop words only; "the sky" and the Chinese pairs stay.
    QCOMPARE(r.topBigrams.size(), 11 - 1);
    QCOMPARE(r.topBigrams.at(0).text, "the sky");
    QCOMPARE(r.topBigrams.at(1).text, "what is");
    bool chinese = false;
    for (const NGramCount &n : r.topBigrams)
        chinese = chinese || n.text == QStringLiteral("天空");
    QVERIFY(chinese);
}

void TestRecordStats::acceptanceHourly()
{
    RecordStatsOptions options;
    options.filter.stages = {stageA};
    const RecordStatsResult r = RecordStats::compute(m_small, options);
    QVERIFY2(r.error.isEmpty(), qPrintable(r.error));
    QVERIFY(r.hourly);
    // Record 1 accepted at t0; record 2 rejected at t0 + 2 h (its earlier acceptance does not
    // count); record 3's verdict was taken back.
    QCOMPARE(r.acceptance.size(), 2);
    QCOMPARE(r.acceptance.at(0).start, t0);
    QCOMPARE(r.acceptance.at(0).reviewed, 1);
    QCOMPARE(r.acceptance.at(0).accepted, 1);
    QCOMPARE(r.acceptance.at(1).start, t0 + 2 * hour);
    QCOMPARE(r.acceptance.at(1).reviewed, 1);
    QCOMPARE(r.acceptance.at(1).accepted, 0);
    QCOMPARE(r.acceptance.at(1).rate(), 0.0);
}

void TestRecordStats::acceptanceDaily()
{
    const RecordStatsResult r = RecordStats::compute(m_small, {});
    QVERIFY2(r.error.isEmpty(), qPrintable(r.error));
    QVERIFY(!r.hourly); // five days apart
    // Expected per local day of the verdicts: (t0+5min, accepted), (t0+2h, rejected),
    // (t0+2h05, edited), (t0+5d, accepted).
    QMap<qint64, std::pair<qint64, qint64>> expected;
    const std::pair<qint64, bool> verdicts[] = {
        {t0, true}, {t0 + 2 * hour, false}, {t0 + 2 * hour, true}, {t0 + 120 * hour, true}};
    for (const auto &[at, kept] : verdicts) {
        const qint64 day =
            QDateTime::fromMSecsSinceEpoch(at).date().startOfDay().toMSecsSinceEpoch();
        expected[day].first += 1;
        expected[day].second += kept ? 1 : 0;
    }
    QCOMPARE(r.acceptance.size(), expected.size());
    int i = 0;
    for (auto it = expected.cbegin(); it != expected.cend(); ++it, ++i) {
        QCOMPARE(r.acceptance.at(i).start, it.key());
        QCOMPARE(r.acceptance.at(i).reviewed, it.value().first);
        QCOMPARE(r.acceptance.at(i).accepted, it.value().second);
    }
}

void TestRecordStats::filterNarrows()
{
    RecordStatsOptions options;
    options.filter.statuses = {QStringLiteral("ok")};
    const RecordStatsResult r = RecordStats::compute(m_small, options);
    QVERIFY2(r.error.isEmpty(), qPrintable(r.error));
    QCOMPARE(r.matching, 2);
    QCOMPARE(r.statusCounts.at(0).count, 2);
    QCOMPARE(r.statusCounts.at(1).count, 0);
    QCOMPARE(r.reviewCounts.at(1).count, 1); // accepted
    QCOMPARE(r.reviewCounts.at(2).count, 1); // rejected
    QCOMPARE(r.judges.size(), 2);
    QCOMPARE(r.judges.at(0).histogram.counts, (QList<qint64>{0, 0, 0, 0, 0, 1, 0, 1, 0, 0}));
    // Two different labels, none repeated: not categorical.
    QVERIFY(r.categorical.isEmpty());
    QCOMPARE(r.acceptance.size(), 2);
    QCOMPARE(r.acceptance.at(0).accepted + r.acceptance.at(1).accepted, 1);

    options.filter.statuses.clear();
    options.filter.reviewStates = {QStringLiteral("edited")};
    const RecordStatsResult edited = RecordStats::compute(m_small, options);
    QCOMPARE(edited.matching, 1);
    QCOMPARE(edited.statusCounts.at(3).count, 1); // duplicate
    QVERIFY(edited.judges.isEmpty());
    QCOMPARE(edited.acceptance.size(), 1);
    QCOMPARE(edited.acceptance.at(0).accepted, 1);
}

void TestRecordStats::sample()
{
    RecordStatsOptions options;
    options.sampleLimit = 10;
    options.maxLengthBins = 100;
    const RecordStatsResult r = RecordStats::compute(m_large, options);
    QVERIFY2(r.error.isEmpty(), qPrintable(r.error));
    QCOMPARE(r.matching, 100);
    QCOMPARE(r.sampled, 10);
    QVERIFY(r.isSampled());
    // Counts stay exact.
    QCOMPARE(r.statusCounts.at(0).count, 50);
    QCOMPARE(r.statusCounts.at(1).count, 50);
    // Every tenth record: 1, 11, …, 91 characters.
    QCOMPARE(r.lengths.total, 10);
    QCOMPARE(r.lengths.minimum, 1.0);
    QCOMPARE(r.lengths.maximum, 91.0);
    QCOMPARE(r.lengths.mean, 46.0);
    QCOMPARE(r.unigrams, 10);
    QCOMPARE(r.distinctUnigrams, 10);
    // Scores come from the sample too: records 1, 11, …, 91 all scored 2.
    QCOMPARE(r.judges.size(), 1);
    QCOMPARE(r.judges.at(0).histogram.total, 10);
    QCOMPARE(r.judges.at(0).histogram.counts, (QList<qint64>{0, 10, 0, 0, 0, 0, 0, 0, 0, 0}));

    options.sampleLimit = 1000;
    const RecordStatsResult all = RecordStats::compute(m_large, options);
    QCOMPARE(all.sampled, 100);
    QVERIFY(!all.isSampled());
    QCOMPARE(all.lengths.mean, 50.5);
    QCOMPARE(all.judges.at(0).histogram.counts,
             (QList<qint64>{10, 10, 10, 10, 10, 10, 10, 10, 10, 10}));
}

void TestRecordStats::cancelled()
{
    std::atomic_bool cancel = true;
    const RecordStatsResult r = RecordStats::compute(m_large, {}, &cancel);
    QVERIFY(r.cancelled);
    QVERIFY(r.error.isEmpty());
    QCOMPARE(r.sampled, 0);
}

void TestRecordStats::missingFile()
{
    const RecordStatsResult r =
        RecordStats::compute(m_dir.filePath(QStringLiteral("none.sqlite")), {});
    QVERIFY(!r.error.isEmpty());
    QCOMPARE(r.matching, 0);
}

QTEST_GUILESS_MAIN(TestRecordStats)
#include "tst_recordstats.moc"
