// Mix, split and sample: exact shares and counts, seeds that give stable and different
// selections whatever the order of the inputs, per-tag mixing, stratification, real data from a
// file and the errors of stages that cannot decide.
#include "models/run/batchstages.h"

#include <QFile>
#include <QRandomGenerator>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

using namespace Seedbed;
using namespace Seedbed::Run;

namespace {

Stage makeStage(const QString &type, const QVariantMap &settings)
{
    return {QUuid::createUuid(), type, QStringLiteral("My stage"), {}, settings};
}

BatchInput input(qint64 id, const QString &port = QStringLiteral("in"),
                 const QStringList &tags = {}, const QJsonObject &fields = {})
{
    BatchInput in;
    in.id = id;
    in.port = port;
    in.tags = tags;
    in.fields = fields;
    if (in.fields.isEmpty())
        in.fields.insert(QStringLiteral("text"), QStringLiteral("record %1").arg(id));
    return in;
}

// \a count inputs on \a port with ids from \a firstId.
QList<BatchInput> inputs(qint64 firstId, int count, const QString &port = QStringLiteral("in"),
                         const QStringList &tags = {})
{
    QList<BatchInput> list;
    for (int i = 0; i < count; ++i)
        list << input(firstId + i, port, tags);
    return list;
}

QList<BatchOutput> run(const Stage &stage, const QList<BatchInput> &in,
                       const QString &projectDir = QString())
{
    QList<BatchOutput> outputs;
    QString error;
    if (!BatchStages::run(stage, projectDir, in, &outputs, &error))
        qWarning("unexpected error: %s", qPrintable(error));
    return outputs;
}

QList<BatchInput> reversed(QList<BatchInput> list)
{
    std::reverse(list.begin(), list.end());
    return list;
}

// The parent ids of the outputs kept (status Ok), sorted.
QList<qint64> keptIds(const QList<BatchOutput> &outputs)
{
    QList<qint64> ids;
    for (const BatchOutput &out : outputs) {
        if (out.output.status == RecordStatus::Ok)
            ids << out.parentId;
    }
    std::sort(ids.begin(), ids.end());
    return ids;
}

int countWhere(const QList<BatchOutput> &outputs, const std::function<bool(const Output &)> &test)
{
    return int(std::count_if(outputs.cbegin(), outputs.cend(),
                             [&test](const BatchOutput &out) { return test(out.output); }));
}

bool isKept(const Output &out)
{
    return out.status == RecordStatus::Ok;
}

QMap<qint64, QString> splitOf(const QList<BatchOutput> &outputs)
{
    QMap<qint64, QString> result;
    for (const BatchOutput &out : outputs)
        result.insert(out.parentId, out.output.fields.value(QStringLiteral("split")).toString());
    return result;
}

Stage mixStage(double share, bool perTag = false, int seed = 42, const QString &file = {})
{
    return makeStage(QStringLiteral("mix"), {{QStringLiteral("realShare"), share},
                                             {QStringLiteral("perTag"), perTag},
                                             {QStringLiteral("seed"), seed},
                                             {QStringLiteral("realFile"), file}});
}

} // namespace

class tst_BatchStages : public QObject
{
    Q_OBJECT

private slots:
    void handles();

    void mixExactShare();
    void mixTooFewReal();
    void mixShareCounts_data();
    void mixShareCounts();
    void mixSeeds();
    void mixPerTag();
    void mixRealFile();
    void mixNeedsRealRecords();

    void splitExactCounts_data();
    void splitExactCounts();
    void splitSeeds();
    void splitStratified();
    void splitNoShares();

    void sampleRandom();
    void sampleFirst();
    void sampleTop();
    void sampleTopNeedsScores();
    void sampleStratified();
    void sampleKeepsAllWhenFewer();
};

void tst_BatchStages::handles()
{
    for (const char *type : {"mix", "split", "sample"})
        QVERIFY(BatchStages::handles(QLatin1String(type)));
    QVERIFY(!BatchStages::handles(QStringLiteral("dedup_exact")));
    QList<BatchOutput> outputs;
    QString error;
    QVERIFY(
        !BatchStages::run(makeStage(QStringLiteral("judge"), {}), QString(), {}, &outputs, &error));
    QVERIFY(!error.isEmpty());
}

void tst_BatchStages::mixExactShare()
{
    // 70 synthetic, 100 real, 30 % real: all 70 synthetic and 30 real.
    const QList<BatchInput> in =
        inputs(1, 70, QStringLiteral("synthetic")) + inputs(1001, 100, QStringLiteral("real"));
    const QList<BatchOutput> outputs = run(mixStage(0.3), in);
    QCOMPARE(outputs.size(), in.size());
    QSet<QString> keys;
    for (qsizetype i = 0; i < outputs.size(); ++i) {
        const BatchOutput &out = outputs.at(i);
        QCOMPARE(out.parentId, in.at(i).id);
        QCOMPARE(out.output.itemKey, QString::number(in.at(i).id));
        keys.insert(out.output.itemKey);
        const bool real = in.at(i).port == QLatin1String("real");
        QCOMPARE(out.output.fields.value(QStringLiteral("origin")).toString(),
                 real ? QStringLiteral("real") : QStringLiteral("synthetic"));
        QCOMPARE(out.output.fields.value(QStringLiteral("text")), in.at(i).fields.value("text"));
        if (!real)
            QCOMPARE(out.output.status, RecordStatus::Ok);
        if (out.output.status == RecordStatus::Filtered)
            QCOMPARE(out.output.meta.value(QStringLiteral("reason")).toString(),
                     QStringLiteral("Left out to keep the mix at 30 % real."));
        else
            QVERIFY(out.output.meta.isEmpty());
    }
    QCOMPARE(keys.size(), outputs.size());
    QCOMPARE(countWhere(outputs,
                        [](const Output &o) {
                            return isKept(o) && o.fields.value("origin") == QLatin1String("real");
                        }),
             30);
    QCOMPARE(countWhere(outputs, isKept), 100);
}

void tst_BatchStages::mixTooFewReal()
{
    // 100 synthetic but only 10 real at 30 %: the 10 real and 23 synthetic (10 × 0.7 / 0.3).
    const QList<BatchInput> in =
        inputs(1, 100, QStringLiteral("synthetic")) + inputs(1001, 10, QStringLiteral("real"));
    const QList<BatchOutput> outputs = run(mixStage(0.3), in);
    QCOMPARE(outputs.size(), 110);
    QCOMPARE(countWhere(outputs,
                        [](const Output &o) {
                            return isKept(o) && o.fields.value("origin") == QLatin1String("real");
                        }),
             10);
    QCOMPARE(countWhere(outputs,
                        [](const Output &o) {
                            return isKept(o) &&
                                   o.fields.value("origin") == QLatin1String("synthetic");
                        }),
             23);
}

void tst_BatchStages::mixShareCounts_data()
{
    QTest::addColumn<int>("synthetic");
    QTest::addColumn<int>("real");
    QTest::addColumn<double>("share");
    QTest::addColumn<int>("keptSynthetic");
    QTest::addColumn<int>("keptReal");

    QTest::newRow("no real wanted") << 10 << 5 << 0.0 << 10 << 0;
    QTest::newRow("only real") << 10 << 5 << 1.0 << 0 << 5;
    QTest::newRow("half") << 10 << 50 << 0.5 << 10 << 10;
    QTest::newRow("half, few real") << 10 << 4 << 0.5 << 4 << 4;
    QTest::newRow("exactly enough") << 80 << 20 << 0.2 << 80 << 20;
    QTest::newRow("rounding") << 10 << 100 << 1.0 / 3 << 10 << 5;
    QTest::newRow("no synthetic") << 0 << 10 << 0.3 << 0 << 0;
}

void tst_BatchStages::mixShareCounts()
{
    QFETCH(int, synthetic);
    QFETCH(int, real);
    QFETCH(double, share);
    QFETCH(int, keptSynthetic);
    QFETCH(int, keptReal);
    const QList<BatchOutput> outputs =
        run(mixStage(share), inputs(1, synthetic, QStringLiteral("synthetic")) +
                                 inputs(1001, real, QStringLiteral("real")));
    QCOMPARE(outputs.size(), synthetic + real);
    QCOMPARE(countWhere(outputs,
                        [](const Output &o) {
                            return isKept(o) &&
                                   o.fields.value("origin") == QLatin1String("synthetic");
                        }),
             keptSynthetic);
    QCOMPARE(countWhere(outputs,
                        [](const Output &o) {
                            return isKept(o) && o.fields.value("origin") == QLatin1String("real");
                        }),
             keptReal);
}

void tst_BatchStages::mixSeeds()
{
    const QList<BatchInput> in =
        inputs(1, 50, QStringLiteral("synthetic")) + inputs(1001, 200, QStringLiteral("real"));
    const QList<qint64> kept = keptIds(run(mixStage(0.5, false, 1), in));
    QCOMPARE(kept.size(), 100);
    // The same seed, the inputs in another order: the same records.
    QCOMPARE(keptIds(run(mixStage(0.5, false, 1), reversed(in))), kept);
    // Another seed: others.
    const QList<qint64> other = keptIds(run(mixStage(0.5, false, 2), in));
    QCOMPARE(other.size(), 100);
    QVERIFY(other != kept);
}

void tst_BatchStages::mixPerTag()
{
    const QStringList math = {QStringLiteral("math")};
    const QStringList code = {QStringLiteral("code")};
    const QList<BatchInput> in = inputs(1, 40, QStringLiteral("synthetic"), math) +
                                 inputs(101, 60, QStringLiteral("synthetic"), code) +
                                 inputs(1001, 50, QStringLiteral("real"), math) +
                                 inputs(2001, 50, QStringLiteral("real"), code) +
                                 inputs(3001, 8, QStringLiteral("real"));
    const QList<BatchOutput> outputs = run(mixStage(0.2, true), in);
    QCOMPARE(outputs.size(), in.size());
    QHash<QString, int> keptReal;
    QHash<QString, int> keptSynthetic;
    for (qsizetype i = 0; i < outputs.size(); ++i) {
        const Output &out = outputs.at(i).output;
        const QString tag = in.at(i).tags.value(0);
        if (isKept(out))
            ++(in.at(i).port == QLatin1String("real") ? keptReal : keptSynthetic)[tag];
        else if (tag.isEmpty())
            QCOMPARE(out.meta.value(QStringLiteral("reason")).toString(),
                     QStringLiteral(
                         "Left out to keep the mix at 20 % real among the records without tags."));
        else
            QCOMPARE(out.meta.value(QStringLiteral("reason")).toString(),
                     QStringLiteral("Left out to keep the mix at 20 % real among the records "
                                    "tagged “%1”.")
                         .arg(tag));
    }
    // 20 % within each tag: 40 math → 10 real, 60 code → 15 real; untagged real records have
    // no synthetic ones to go with.
    QCOMPARE(keptSynthetic.value(QStringLiteral("math")), 40);
    QCOMPARE(keptSynthetic.value(QStringLiteral("code")), 60);
    QCOMPARE(keptReal.value(QStringLiteral("math")), 10);
    QCOMPARE(keptReal.value(QStringLiteral("code")), 15);
    QCOMPARE(keptReal.value(QString()), 0);

    // Without perTag the overall share holds: 25 real of 125.
    const QList<BatchOutput> overall = run(mixStage(0.2, false), in);
    QCOMPARE(countWhere(overall,
                        [](const Output &o) {
                            return isKept(o) && o.fields.value("origin") == QLatin1String("real");
                        }),
             25);
}

void tst_BatchStages::mixRealFile()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QFile file(dir.filePath(QStringLiteral("real.csv")));
    QVERIFY(file.open(QIODevice::WriteOnly));
    QByteArray csv = "question,answer,tags\n";
    for (int i = 1; i <= 20; ++i)
        csv += "q" + QByteArray::number(i) + ",a," + (i <= 10 ? "math" : "\"code, hard\"") + '\n';
    file.write(csv);
    file.close();

    const QStringList math = {QStringLiteral("math")};
    const QStringList codeHard = {QStringLiteral("hard"), QStringLiteral("code")};
    const QList<BatchInput> in = inputs(1, 8, QStringLiteral("synthetic"), math) +
                                 inputs(101, 4, QStringLiteral("synthetic"), codeHard);
    const QList<BatchOutput> outputs =
        run(mixStage(0.5, true, 42, QStringLiteral("real.csv")), in, dir.path());
    QCOMPARE(outputs.size(), 12 + 20);
    int keptMath = 0;
    int keptCode = 0;
    QSet<QString> keys;
    for (qsizetype i = 12; i < outputs.size(); ++i) {
        const BatchOutput &out = outputs.at(i);
        QCOMPARE(out.parentId, 0);
        QCOMPARE(out.output.itemKey, QStringLiteral("real:file:%1").arg(i - 11));
        QCOMPARE(out.output.fields.value(QStringLiteral("question")).toString(),
                 QStringLiteral("q%1").arg(i - 11));
        QCOMPARE(out.output.fields.value(QStringLiteral("origin")).toString(),
                 QStringLiteral("real"));
        keys.insert(out.output.itemKey);
        if (isKept(out.output))
            ++(i - 11 <= 10 ? keptMath : keptCode);
    }
    QCOMPARE(keys.size(), 20);
    QCOMPARE(keptMath, 8);
    QCOMPARE(keptCode, 4); // the file's "code, hard" is the inputs' {hard, code}
    QCOMPARE(countWhere(outputs, isKept), 12 + 12);

    // A connected Real input wins over the file.
    const QList<BatchOutput> connected =
        run(mixStage(0.5, false, 42, QStringLiteral("real.csv")),
            in + inputs(1001, 30, QStringLiteral("real")), dir.path());
    QCOMPARE(connected.size(), 12 + 30);

    // A file that cannot be read is an error naming it.
    QList<BatchOutput> failed;
    QString error;
    QVERIFY(!BatchStages::run(mixStage(0.5, false, 42, QStringLiteral("absent.jsonl")), dir.path(),
                              in, &failed, &error));
    QVERIFY(failed.isEmpty());
    QVERIFY2(error.contains(QStringLiteral("absent.jsonl")), qPrintable(error));
    QVERIFY2(error.contains(QStringLiteral("My stage")), qPrintable(error));
}

void tst_BatchStages::mixNeedsRealRecords()
{
    QList<BatchOutput> outputs;
    QString error;
    QVERIFY(!BatchStages::run(mixStage(0.3), QString(), inputs(1, 5, QStringLiteral("synthetic")),
                              &outputs, &error));
    QVERIFY(outputs.isEmpty());
    QVERIFY2(error.contains(QStringLiteral("My stage")), qPrintable(error));
    // With no real data wanted, none is needed.
    outputs = run(mixStage(0.0), inputs(1, 5, QStringLiteral("synthetic")));
    QCOMPARE(countWhere(outputs, isKept), 5);
}

void tst_BatchStages::splitExactCounts_data()
{
    QTest::addColumn<int>("records");
    QTest::addColumn<double>("train");
    QTest::addColumn<double>("validation");
    QTest::addColumn<double>("test");
    QTest::addColumn<QList<int>>("counts");

    QTest::newRow("101 at 80/10/10") << 101 << 0.8 << 0.1 << 0.1 << QList<int>{81, 10, 10};
    QTest::newRow("7 at 50/25/25") << 7 << 0.5 << 0.25 << 0.25 << QList<int>{3, 2, 2};
    QTest::newRow("10 at 70/30/0") << 10 << 0.7 << 0.3 << 0.0 << QList<int>{7, 3, 0};
    QTest::newRow("1 at 80/10/10") << 1 << 0.8 << 0.1 << 0.1 << QList<int>{1, 0, 0};
    QTest::newRow("unnormalised 2/1/1") << 8 << 2.0 << 1.0 << 1.0 << QList<int>{4, 2, 2};
    QTest::newRow("none") << 0 << 0.8 << 0.1 << 0.1 << QList<int>{0, 0, 0};
}

void tst_BatchStages::splitExactCounts()
{
    QFETCH(int, records);
    QFETCH(double, train);
    QFETCH(double, validation);
    QFETCH(double, test);
    QFETCH(QList<int>, counts);
    const Stage stage =
        makeStage(QStringLiteral("split"), {{QStringLiteral("train"), train},
                                            {QStringLiteral("validation"), validation},
                                            {QStringLiteral("test"), test}});
    const QList<BatchOutput> outputs = run(stage, inputs(1, records));
    QCOMPARE(outputs.size(), records);
    QCOMPARE(countWhere(outputs, isKept), records);
    const QStringList names = {QStringLiteral("train"), QStringLiteral("validation"),
                               QStringLiteral("test")};
    for (int k = 0; k < 3; ++k) {
        QCOMPARE(countWhere(outputs,
                            [&](const Output &o) {
                                return o.fields.value(QStringLiteral("split")) == names.at(k);
                            }),
                 counts.at(k));
    }
}

void tst_BatchStages::splitSeeds()
{
    const auto stage = [](int seed) {
        return makeStage(QStringLiteral("split"), {{QStringLiteral("train"), 0.6},
                                                   {QStringLiteral("validation"), 0.2},
                                                   {QStringLiteral("test"), 0.2},
                                                   {QStringLiteral("seed"), seed}});
    };
    const QList<BatchInput> in = inputs(1, 200);
    const QMap<qint64, QString> first = splitOf(run(stage(5), in));
    QCOMPARE(first.size(), 200);
    QCOMPARE(splitOf(run(stage(5), reversed(in))), first);
    const QMap<qint64, QString> other = splitOf(run(stage(6), in));
    QVERIFY(other != first);
    // Not simply the first ids in train.
    QList<qint64> train;
    for (auto it = first.cbegin(); it != first.cend(); ++it) {
        if (it.value() == QLatin1String("train"))
            train << it.key();
    }
    QCOMPARE(train.size(), 120);
    QVERIFY(train.constLast() > 120);
}

void tst_BatchStages::splitStratified()
{
    QList<BatchInput> in;
    const QList<std::pair<QString, int>> languages = {
        {QStringLiteral("en"), 50}, {QStringLiteral("zh"), 30}, {QStringLiteral("fr"), 20}};
    qint64 id = 1;
    for (const auto &[language, count] : languages) {
        for (int i = 0; i < count; ++i, ++id)
            in << input(id, QStringLiteral("in"), {},
                        {{QStringLiteral("lang"), language}, {QStringLiteral("n"), int(id) + 1}});
    }
    // Shuffle the inputs: the result must not depend on their order.
    QRandomGenerator shuffle(1);
    std::shuffle(in.begin(), in.end(), shuffle);
    const Stage stage = makeStage(QStringLiteral("split"),
                                  {{QStringLiteral("train"), 0.8},
                                   {QStringLiteral("validation"), 0.1},
                                   {QStringLiteral("test"), 0.1},
                                   {QStringLiteral("stratifyField"), QStringLiteral("lang")}});
    const QList<BatchOutput> outputs = run(stage, in);
    QCOMPARE(outputs.size(), 100);
    QHash<QString, QHash<QString, int>> counts;
    for (const BatchOutput &out : outputs)
        ++counts[out.output.fields.value(QStringLiteral("lang")).toString()]
                [out.output.fields.value(QStringLiteral("split")).toString()];
    const QHash<QString, int> en = {{"train", 40}, {"validation", 5}, {"test", 5}};
    const QHash<QString, int> zh = {{"train", 24}, {"validation", 3}, {"test", 3}};
    const QHash<QString, int> fr = {{"train", 16}, {"validation", 2}, {"test", 2}};
    QCOMPARE(counts.value(QStringLiteral("en")), en);
    QCOMPARE(counts.value(QStringLiteral("zh")), zh);
    QCOMPARE(counts.value(QStringLiteral("fr")), fr);
}

void tst_BatchStages::splitNoShares()
{
    QList<BatchOutput> outputs;
    QString error;
    QVERIFY(
        !BatchStages::run(makeStage(QStringLiteral("split"), {{QStringLiteral("train"), 0.0},
                                                              {QStringLiteral("validation"), 0.0},
                                                              {QStringLiteral("test"), 0.0}}),
                          QString(), inputs(1, 3), &outputs, &error));
    QVERIFY(outputs.isEmpty());
    QVERIFY2(error.contains(QStringLiteral("My stage")), qPrintable(error));
}

void tst_BatchStages::sampleRandom()
{
    const auto stage = [](int seed) {
        return makeStage(QStringLiteral("sample"), {{QStringLiteral("count"), 10},
                                                    {QStringLiteral("strategy"), "random"},
                                                    {QStringLiteral("seed"), seed}});
    };
    const QList<BatchInput> in = inputs(1, 100);
    const QList<BatchOutput> outputs = run(stage(9), in);
    QCOMPARE(outputs.size(), 100);
    const QList<qint64> kept = keptIds(outputs);
    QCOMPARE(kept.size(), 10);
    QVERIFY(kept != QList<qint64>({1, 2, 3, 4, 5, 6, 7, 8, 9, 10}));
    QCOMPARE(keptIds(run(stage(9), reversed(in))), kept);
    QVERIFY(keptIds(run(stage(10), in)) != kept);
    for (const BatchOutput &out : outputs) {
        QCOMPARE(out.output.fields, in.at(out.parentId - 1).fields);
        if (!isKept(out.output)) {
            QCOMPARE(out.output.status, RecordStatus::Filtered);
            QCOMPARE(out.output.meta.value(QStringLiteral("reason")).toString(),
                     QStringLiteral("Not among the 10 record(s) drawn at random."));
        }
    }
}

void tst_BatchStages::sampleFirst()
{
    const Stage stage =
        makeStage(QStringLiteral("sample"),
                  {{QStringLiteral("count"), 3}, {QStringLiteral("strategy"), "first"}});
    const QList<BatchOutput> outputs = run(stage, reversed(inputs(11, 10)));
    QCOMPARE(keptIds(outputs), QList<qint64>({11, 12, 13}));
}

void tst_BatchStages::sampleTop()
{
    QList<BatchInput> in = inputs(1, 6);
    const QList<std::optional<double>> scores = {7.0, 9.0, std::nullopt, 9.0, 3.0, 8.0};
    for (qsizetype i = 0; i < in.size(); ++i) {
        in[i].score = scores.at(i);
        // Another judge ranks them the other way round.
        in[i].scores.insert(QStringLiteral("Strict judge"), double(i));
    }
    Stage stage = makeStage(QStringLiteral("sample"),
                            {{QStringLiteral("count"), 3}, {QStringLiteral("strategy"), "top"}});
    QList<BatchOutput> outputs = run(stage, reversed(in));
    // 9 (id 2), 9 (id 4: ties by id), 8 (id 6).
    QCOMPARE(keptIds(outputs), QList<qint64>({2, 4, 6}));
    for (const BatchOutput &out : outputs) {
        QCOMPARE(out.output.score, in.at(out.parentId - 1).score);
        if (!isKept(out.output))
            QCOMPARE(out.output.meta.value(QStringLiteral("reason")).toString(),
                     QStringLiteral("Not among the 3 highest-scored record(s)."));
    }
    // The unscored record comes last.
    stage.settings.insert(QStringLiteral("count"), 5);
    QCOMPARE(keptIds(run(stage, in)), QList<qint64>({1, 2, 4, 5, 6}));

    stage.settings.insert(QStringLiteral("count"), 2);
    stage.settings.insert(QStringLiteral("scoreJudge"), QStringLiteral("Strict judge"));
    QCOMPARE(keptIds(run(stage, in)), QList<qint64>({5, 6}));
}

void tst_BatchStages::sampleTopNeedsScores()
{
    QList<BatchOutput> outputs;
    QString error;
    const Stage stage = makeStage(QStringLiteral("sample"),
                                  {{QStringLiteral("count"), 3},
                                   {QStringLiteral("strategy"), "top"},
                                   {QStringLiteral("scoreJudge"), QStringLiteral("Missing")}});
    QVERIFY(!BatchStages::run(stage, QString(), inputs(1, 5), &outputs, &error));
    QVERIFY2(error.contains(QStringLiteral("Missing")), qPrintable(error));
    Stage unnamed = stage;
    unnamed.settings.remove(QStringLiteral("scoreJudge"));
    QVERIFY(!BatchStages::run(unnamed, QString(), inputs(1, 5), &outputs, &error));
    QVERIFY2(error.contains(QStringLiteral("My stage")), qPrintable(error));
    // No inputs: nothing to rank, nothing wrong.
    QVERIFY(BatchStages::run(unnamed, QString(), {}, &outputs, &error));
    QVERIFY(outputs.isEmpty());
}

void tst_BatchStages::sampleStratified()
{
    QList<BatchInput> in;
    const QList<std::pair<QString, int>> levels = {
        {QStringLiteral("easy"), 50}, {QStringLiteral("medium"), 30}, {QStringLiteral("hard"), 5}};
    qint64 id = 1;
    for (const auto &[level, count] : levels) {
        for (int i = 0; i < count; ++i)
            in << input(id++, QStringLiteral("in"), {}, {{QStringLiteral("level"), level}});
    }
    const auto stage = [](int count, int seed) {
        return makeStage(QStringLiteral("sample"),
                         {{QStringLiteral("count"), count},
                          {QStringLiteral("strategy"), "stratified"},
                          {QStringLiteral("stratifyField"), QStringLiteral("level")},
                          {QStringLiteral("seed"), seed}});
    };
    const auto levelCounts = [](const QList<BatchOutput> &outputs) {
        QHash<QString, int> counts;
        for (const BatchOutput &out : outputs) {
            if (isKept(out.output))
                ++counts[out.output.fields.value(QStringLiteral("level")).toString()];
        }
        return counts;
    };
    // 30 over strata of 50, 30 and 5: the 5 hard ones, and 25 split 12/13 between the others.
    const QList<BatchOutput> outputs = run(stage(30, 1), in);
    QHash<QString, int> counts = levelCounts(outputs);
    QCOMPARE(counts.value(QStringLiteral("hard")), 5);
    QCOMPARE(counts.value(QStringLiteral("easy")) + counts.value(QStringLiteral("medium")), 25);
    QVERIFY(qAbs(counts.value(QStringLiteral("easy")) - counts.value(QStringLiteral("medium"))) ==
            1);
    for (const BatchOutput &out : outputs) {
        if (!isKept(out.output)) {
            const QString reason = out.output.meta.value(QStringLiteral("reason")).toString();
            QVERIFY2(reason.startsWith(QStringLiteral("Not drawn: “level” = “")),
                     qPrintable(reason));
        }
    }
    // Evenly divisible: 9 → 3 each.
    counts = levelCounts(run(stage(9, 1), in));
    QCOMPARE(counts, (QHash<QString, int>{{"easy", 3}, {"medium", 3}, {"hard", 3}}));
    // Seeds choose different records within the strata, the same ones for the same seed.
    QCOMPARE(keptIds(run(stage(9, 1), reversed(in))), keptIds(run(stage(9, 1), in)));
    QVERIFY(keptIds(run(stage(9, 2), in)) != keptIds(run(stage(9, 1), in)));
}

void tst_BatchStages::sampleKeepsAllWhenFewer()
{
    for (const char *strategy : {"random", "first", "stratified"}) {
        const Stage stage = makeStage(QStringLiteral("sample"),
                                      {{QStringLiteral("count"), 100},
                                       {QStringLiteral("strategy"), QLatin1String(strategy)},
                                       {QStringLiteral("stratifyField"), QStringLiteral("text")}});
        const QList<BatchOutput> outputs = run(stage, inputs(1, 12));
        QCOMPARE(outputs.size(), 12);
        QCOMPARE(countWhere(outputs, isKept), 12);
    }
}

QTEST_GUILESS_MAIN(tst_BatchStages)
#include "tst_batchstages.moc"
