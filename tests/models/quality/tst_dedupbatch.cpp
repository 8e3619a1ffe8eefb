#include "models/quality/dedupbatch.h"
#include "models/quality/minhashlsh.h"

#include <QFile>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

using namespace Seedbed;
using namespace Seedbed::Quality;
using Run::BatchInput;
using Run::BatchOutput;
using Run::RecordStatus;

namespace {

Stage stage(const QString &type, const QVariantMap &settings = {})
{
    Stage s;
    s.id = QUuid::createUuid();
    s.type = type;
    s.name = QStringLiteral("Dedup");
    s.settings = settings;
    return s;
}

BatchInput input(qint64 id, const QString &text, std::optional<double> score = std::nullopt)
{
    BatchInput in;
    in.id = id;
    in.port = QStringLiteral("in");
    in.fields.insert(QStringLiteral("text"), text);
    in.score = score;
    return in;
}

/* A text of the words w<first> … w<last - 1>, so that word sets (shingle size 1) and their
   Jaccard similarities are exact by construction. */
QString words(int first, int last, const QList<int> &extra = {})
{
    QStringList list;
    for (int i = first; i < last; ++i)
        list.append(QStringLiteral("w%1").arg(i));
    for (const int i : extra)
        list.append(QStringLiteral("w%1").arg(i));
    return list.join(QLatin1Char(' '));
}

QList<int> range(int first, int last)
{
    QList<int> list;
    for (int i = first; i < last; ++i)
        list.append(i);
    return list;
}

/* Status and kept parent by input id. */
struct Verdicts
{
    QHash<qint64, const BatchOutput *> byId;
    bool kept(qint64 id) const { return byId.value(id)->output.status == RecordStatus::Ok; }
    qint64 keeper(qint64 id) const
    {
        return byId.value(id)->output.meta.value(QStringLiteral("duplicateOfParent")).toInteger();
    }
    QJsonObject meta(qint64 id) const { return byId.value(id)->output.meta; }
};

Verdicts verdicts(const QList<BatchOutput> &outputs)
{
    Verdicts v;
    for (const BatchOutput &out : outputs)
        v.byId.insert(out.parentId, &out);
    return v;
}

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

QVariantMap wordSettings(double threshold, const QString &keep = QStringLiteral("first"))
{
    // Shingles of one word: Jaccard similarity of the word sets; many permutations so that
    // the estimates are within a few hundredths.
    return {{QStringLiteral("unit"), QStringLiteral("words")},
            {QStringLiteral("shingle"), 1},
            {QStringLiteral("permutations"), 1024},
            {QStringLiteral("threshold"), threshold},
            {QStringLiteral("keep"), keep}};
}

} // namespace

class TestDedupBatch : public QObject
{
    Q_OBJECT

private slots:
    void needsBatch_data();
    void needsBatch();
    void outputShape();
    void exactKeepPolicies_data();
    void exactKeepPolicies();
    void exactNormalizeSetting();
    void minhashTransitiveClusters();
    void minhashLongest();
    void minhashUnitSetting();
    void referenceFileExact();
    void referenceFileMinHash();
    void referenceFileCsvAndFields();
    void referenceFileMissing();
    void embeddingPolicies();
    void embeddingContamination();
    void embeddingSizeMismatch();
};

void TestDedupBatch::needsBatch_data()
{
    QTest::addColumn<QString>("type");
    QTest::addColumn<QVariantMap>("settings");
    QTest::addColumn<bool>("expected");
    QTest::newRow("exact, defaults") << "dedup_exact" << QVariantMap() << false;
    QTest::newRow("exact, keep first")
        << "dedup_exact" << QVariantMap{{"keep", "first"}, {"referenceFile", "  "}} << false;
    QTest::newRow("exact, longest") << "dedup_exact" << QVariantMap{{"keep", "longest"}} << true;
    QTest::newRow("minhash, highest score")
        << "dedup_minhash" << QVariantMap{{"keep", "highest-score"}} << true;
    QTest::newRow("minhash, reference")
        << "dedup_minhash" << QVariantMap{{"referenceFile", "eval.jsonl"}} << true;
    QTest::newRow("embedding") << "dedup_embedding" << QVariantMap() << true;
    QTest::newRow("other type") << "rule_filter" << QVariantMap{{"keep", "longest"}} << false;
}

void TestDedupBatch::needsBatch()
{
    QFETCH(QString, type);
    QFETCH(QVariantMap, settings);
    QFETCH(bool, expected);
    QCOMPARE(DedupBatch::needsBatch(stage(type, settings)), expected);
}

void TestDedupBatch::outputShape()
{
    QList<BatchInput> inputs = {input(7, QStringLiteral("Hello world")),
                                input(3, QStringLiteral("hello   WORLD")),
                                input(5, QStringLiteral("Something else"))};
    inputs[2].fields.insert(QStringLiteral("n"), 1);
    QList<BatchOutput> outputs;
    QString error;
    QVERIFY(
        DedupBatch::run(stage(QStringLiteral("dedup_exact")), QString(), inputs, &outputs, &error));
    QCOMPARE(outputs.size(), 3);
    for (qsizetype i = 0; i < 3; ++i) { // one per input, in input order
        QCOMPARE(outputs[i].parentId, inputs[i].id);
        QCOMPARE(outputs[i].output.itemKey, QString::number(inputs[i].id));
        QCOMPARE(outputs[i].output.fields, inputs[i].fields);
    }
    // Keep first = smallest id, whatever the input order.
    QCOMPARE(outputs[1].output.status, RecordStatus::Ok);
    QCOMPARE(outputs[0].output.status, RecordStatus::Duplicate);
    QCOMPARE(outputs[0].output.meta.value("duplicateOfParent").toInteger(), 3);
    QCOMPARE(outputs[0].output.meta.value("reason").toString(),
             QStringLiteral("The same text as record 3, which is kept."));
    QCOMPARE(outputs[0].output.meta.value("clusterSize").toInt(), 2);
    QCOMPARE(outputs[1].output.meta.value("clusterSize").toInt(), 2);
    QCOMPARE(outputs[2].output.status, RecordStatus::Ok);
    QVERIFY(outputs[2].output.meta.isEmpty());

    QVERIFY(DedupBatch::run(stage(QStringLiteral("dedup_exact")), QString(), {}, &outputs, &error));
    QVERIFY(outputs.isEmpty());
}

void TestDedupBatch::exactKeepPolicies_data()
{
    QTest::addColumn<QString>("keep");
    QTest::addColumn<qint64>("kept");
    // Cluster: ids 4 (score 2, 3 chars + spaces), 2 (no score), 9 (score 5), 6 (score 5).
    QTest::newRow("first") << "first" << qint64(2);
    QTest::newRow("highest score, ties by id") << "highest-score" << qint64(6);
    QTest::newRow("longest, ties by id") << "longest" << qint64(4);
    QTest::newRow("unknown policy means first") << "best" << qint64(2);
}

void TestDedupBatch::exactKeepPolicies()
{
    QFETCH(QString, keep);
    QFETCH(qint64, kept);
    // Normalised equal; 4 and 9 are longer (more spaces around), 9 is not trimmed.
    const QList<BatchInput> inputs = {
        input(4, QStringLiteral("  A  b  "), 2.0), input(2, QStringLiteral("a b")),
        input(9, QStringLiteral("a   B"), 5.0),    input(6, QStringLiteral("A b"), 5.0),
        input(1, QStringLiteral("other"), 9.0),
    };
    QList<BatchOutput> outputs;
    QString error;
    QVERIFY(DedupBatch::run(stage(QStringLiteral("dedup_exact"), {{"keep", keep}}), QString(),
                            inputs, &outputs, &error));
    const Verdicts v = verdicts(outputs);
    QVERIFY(v.kept(1));
    for (const qint64 id : {4, 2, 9, 6}) {
        QCOMPARE(v.kept(id), id == kept);
        if (id != kept)
            QCOMPARE(v.keeper(id), kept);
    }
}

void TestDedupBatch::exactNormalizeSetting()
{
    const QList<BatchInput> inputs = {input(1, QStringLiteral("Hello")),
                                      input(2, QStringLiteral("hello")),
                                      input(3, QStringLiteral("Hello"))};
    QList<BatchOutput> outputs;
    QString error;
    QVERIFY(DedupBatch::run(
        stage(QStringLiteral("dedup_exact"), {{"normalize", false}, {"keep", "longest"}}),
        QString(), inputs, &outputs, &error));
    const Verdicts v = verdicts(outputs);
    QVERIFY(v.kept(1));
    QVERIFY(v.kept(2)); // differs by case
    QCOMPARE(v.keeper(3), 1);
}

void TestDedupBatch::minhashTransitiveClusters()
{
    // A = w0..w99; B swaps 10 words of A (J(A,B) = 90/110 = 0.82); C swaps 10 more of B
    // (J(B,C) = 0.82, J(A,C) = 80/120 = 0.67). With threshold 0.75, A–B and B–C are
    // duplicates and A–C is not, yet all three are one cluster. D is unrelated; E = D.
    const QString a = words(0, 100);
    const QString b = words(10, 100, range(100, 110));
    const QString c = words(20, 100, range(100, 120));
    const QString d = words(500, 600);
    const Stage s = stage(QStringLiteral("dedup_minhash"), wordSettings(0.75));

    MinHashLsh lsh(MinHashLsh::Params{MinHashLsh::ShingleUnit::Words, 1, 1024, 0.75});
    QVERIFY(MinHashLsh::estimatedJaccard(lsh.signature(a), lsh.signature(c)) < 0.72);
    QVERIFY(MinHashLsh::estimatedJaccard(lsh.signature(a), lsh.signature(b)) > 0.78);
    QVERIFY(MinHashLsh::estimatedJaccard(lsh.signature(b), lsh.signature(c)) > 0.78);

    const QList<BatchInput> inputs = {input(30, c), input(20, b), input(10, a), input(40, d),
                                      input(50, d)};
    QList<BatchOutput> outputs;
    QString error;
    QVERIFY(DedupBatch::run(s, QString(), inputs, &outputs, &error));
    const Verdicts v = verdicts(outputs);
    QVERIFY(v.kept(10));
    QCOMPARE(v.keeper(20), 10);
    QCOMPARE(v.keeper(30), 10); // through B
    QCOMPARE(v.meta(30).value("clusterSize").toInt(), 3);
    QVERIFY(v.meta(30).value("reason").toString().startsWith(
        QStringLiteral("A near-duplicate of record 10 (similarity 0.6")));
    QVERIFY(v.kept(40));
    QCOMPARE(v.keeper(50), 40);

    // The keeper of a cluster is chosen over the whole cluster: C has the highest score.
    QList<BatchInput> scored = inputs;
    scored[0].score = 0.9;
    scored[1].score = 0.5;
    QVERIFY(DedupBatch::run(
        stage(QStringLiteral("dedup_minhash"), wordSettings(0.75, QStringLiteral("highest-score"))),
        QString(), scored, &outputs, &error));
    const Verdicts w = verdicts(outputs);
    QVERIFY(w.kept(30));
    QCOMPARE(w.keeper(10), 30);
    QCOMPARE(w.keeper(20), 30);
}

void TestDedupBatch::minhashLongest()
{
    const QString base = words(0, 100);
    const QString longer = words(0, 100, range(100, 105)); // J = 100/105
    const QString shorter = words(0, 95);                  // J = 95/100
    const QList<BatchInput> inputs = {input(1, shorter), input(2, base), input(3, longer)};
    QList<BatchOutput> outputs;
    QString error;
    QVERIFY(DedupBatch::run(
        stage(QStringLiteral("dedup_minhash"), wordSettings(0.8, QStringLiteral("longest"))),
        QString(), inputs, &outputs, &error));
    const Verdicts v = verdicts(outputs);
    QVERIFY(v.kept(3));
    QCOMPARE(v.keeper(1), 3);
    QCOMPARE(v.keeper(2), 3);
}

void TestDedupBatch::minhashUnitSetting()
{
    // Text without spaces: one "word" each, so words see two different units while
    // characters see a near-duplicate.
    QRandomGenerator random(5);
    QString text;
    for (int i = 0; i < 400; ++i)
        text += QChar(u'a' + random.bounded(26));
    QString changed = text;
    changed[200] = changed[200] == u'x' ? u'y' : u'x';
    const QList<BatchInput> inputs = {input(1, text), input(2, changed)};
    QList<BatchOutput> outputs;
    QString error;
    QVERIFY(DedupBatch::run(
        stage(QStringLiteral("dedup_minhash"), {{"unit", "characters"}, {"shingle", 5}}), QString(),
        inputs, &outputs, &error));
    QCOMPARE(verdicts(outputs).keeper(2), 1);
    QVERIFY(
        DedupBatch::run(stage(QStringLiteral("dedup_minhash"), {{"unit", "words"}, {"shingle", 5}}),
                        QString(), inputs, &outputs, &error));
    QVERIFY(verdicts(outputs).kept(2));
}

void TestDedupBatch::referenceFileExact()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QVERIFY(writeFile(dir.filePath(QStringLiteral("eval.jsonl")),
                      "{\"text\": \"What is 2+2?\"}\n{\"text\": \"Name the capital of France.\"}\n"
                      "{\"text\": \"name the  capital of FRANCE.\"}\n"));
    const QList<BatchInput> inputs = {
        input(1, QStringLiteral("Name the capital of France.")),
        input(2, QStringLiteral("Name the capital of Spain.")),
        input(3, QStringLiteral("NAME THE CAPITAL OF FRANCE.")),
        input(4, QStringLiteral("Name the capital of Spain.")),
    };
    QList<BatchOutput> outputs;
    QString error;
    QVERIFY2(DedupBatch::run(stage(QStringLiteral("dedup_exact"),
                                   {{"referenceFile", QStringLiteral("eval.jsonl")}}),
                             dir.path(), inputs, &outputs, &error),
             qPrintable(error));
    const Verdicts v = verdicts(outputs);
    for (const qint64 id : {1, 3}) {
        QCOMPARE(v.byId.value(id)->output.status, RecordStatus::Duplicate);
        QCOMPARE(v.meta(id).value("contaminated").toBool(), true);
        QCOMPARE(v.meta(id).value("referenceRow").toInt(), 2); // the first matching row
        QCOMPARE(v.meta(id).value("reason").toString(),
                 QStringLiteral("contaminated: matches row 2 of eval.jsonl"));
        QVERIFY(!v.meta(id).contains("duplicateOfParent"));
    }
    QVERIFY(v.kept(2));
    QCOMPARE(v.keeper(4), 2);
    QVERIFY(!v.meta(4).contains("contaminated"));
}

void TestDedupBatch::referenceFileMinHash()
{
    // R is in the reference; X swaps 10 of R's 100 words (J = 0.82); Y swaps 10 more of X's
    // (J(X,Y) = 0.82, J(R,Y) = 80/120 = 0.67). With threshold 0.745 X is contaminated and Y,
    // similar to X only, stays: contaminated inputs do not form clusters.
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString r = words(0, 100);
    const QString x = words(10, 100, range(100, 110));
    const QString y = words(20, 100, range(100, 120));
    QVERIFY(writeFile(dir.filePath(QStringLiteral("eval.jsonl")),
                      "{\"text\": \"" + words(900, 950).toUtf8() + "\"}\n{\"text\": \"" +
                          r.toUtf8() + "\"}\n"));
    QVariantMap settings = wordSettings(0.745);
    settings.insert(QStringLiteral("referenceFile"), QStringLiteral("eval.jsonl"));
    const QList<BatchInput> inputs = {input(1, x), input(2, y), input(3, words(300, 400))};
    QList<BatchOutput> outputs;
    QString error;
    QVERIFY2(DedupBatch::run(stage(QStringLiteral("dedup_minhash"), settings), dir.path(), inputs,
                             &outputs, &error),
             qPrintable(error));
    const Verdicts v = verdicts(outputs);
    QCOMPARE(v.meta(1).value("reason").toString(),
             QStringLiteral("contaminated: matches row 2 of eval.jsonl"));
    QVERIFY(v.kept(2));
    QVERIFY(v.kept(3));

    // The texts handed out for embedding are the reference's compared texts.
    QStringList texts;
    QVERIFY(DedupBatch::referenceTexts(stage(QStringLiteral("dedup_embedding"), settings),
                                       dir.path(), &texts, &error));
    QCOMPARE(texts, (QStringList{words(900, 950), r}));
}

void TestDedupBatch::referenceFileCsvAndFields()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QVERIFY(writeFile(dir.filePath(QStringLiteral("eval.csv")),
                      "question,answer,id\nWhat is 2+2?,4,a\nCapital of France?,Paris,b\n"));
    // Compared fields: question and answer, in that order, whatever else the records hold.
    QVariantMap settings{{"fields", QStringList{"question", "answer"}},
                         {"referenceFile", "eval.csv"}};
    BatchInput clean = input(1, QString());
    clean.fields = {{"question", "What is 2+2?"}, {"answer", "5"}, {"id", "z"}};
    BatchInput dirty = input(2, QString());
    dirty.fields = {{"question", "capital of france?"}, {"answer", "PARIS"}, {"id", "y"}};
    QList<BatchOutput> outputs;
    QString error;
    QVERIFY2(DedupBatch::run(stage(QStringLiteral("dedup_exact"), settings), dir.path(),
                             {clean, dirty}, &outputs, &error),
             qPrintable(error));
    const Verdicts v = verdicts(outputs);
    QVERIFY(v.kept(1));
    QCOMPARE(v.meta(2).value("reason").toString(),
             QStringLiteral("contaminated: matches row 2 of eval.csv"));

    QStringList texts;
    QVERIFY(DedupBatch::referenceTexts(stage(QStringLiteral("dedup_exact"), settings), dir.path(),
                                       &texts, &error));
    QCOMPARE(texts, (QStringList{"What is 2+2?\n4", "Capital of France?\nParis"}));
    // No reference file: nothing, and fine.
    QVERIFY(DedupBatch::referenceTexts(stage(QStringLiteral("dedup_exact")), dir.path(), &texts,
                                       &error));
    QVERIFY(texts.isEmpty());
}

void TestDedupBatch::referenceFileMissing()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QList<BatchOutput> outputs;
    QString error;
    const Stage s =
        stage(QStringLiteral("dedup_minhash"), {{"referenceFile", QStringLiteral("nope.jsonl")}});
    QVERIFY(!DedupBatch::run(s, dir.path(), {input(1, QStringLiteral("x"))}, &outputs, &error));
    QVERIFY2(error.contains(QStringLiteral("nope.jsonl")), qPrintable(error));
    QVERIFY2(error.contains(QStringLiteral("Dedup")), qPrintable(error));
    QStringList texts;
    error.clear();
    QVERIFY(!DedupBatch::referenceTexts(s, dir.path(), &texts, &error));
    QVERIFY(!error.isEmpty());
}

void TestDedupBatch::embeddingPolicies()
{
    // Dimension 3: inputs 1, 2 and 3 point almost the same way (cos > 0.99 pairwise), 4 is
    // orthogonal.
    std::vector<float> vectors = {1, 0, 0, 0.995f, 0.0999f, 0, 0.99f, 0, 0.141f, 0, 1, 0};
    const QList<BatchInput> inputs = {
        input(1, QStringLiteral("a"), 1.0), input(2, QStringLiteral("a longer text"), 3.0),
        input(3, QStringLiteral("mid text"), 2.0), input(4, QStringLiteral("other"))};
    const struct
    {
        const char *keep;
        qint64 kept;
    } cases[] = {{"first", 1}, {"highest-score", 2}, {"longest", 2}};
    for (const auto &c : cases) {
        QList<BatchOutput> outputs;
        QString error;
        QVERIFY(DedupBatch::runEmbedding(
            stage(QStringLiteral("dedup_embedding"), {{"keep", c.keep}, {"threshold", 0.98}}),
            inputs, vectors, {}, 3, &outputs, &error));
        const Verdicts v = verdicts(outputs);
        QVERIFY2(v.kept(c.kept), c.keep);
        for (const qint64 id : {1, 2, 3}) {
            if (id != c.kept)
                QCOMPARE(v.keeper(id), c.kept);
        }
        QVERIFY(v.kept(4));
        const qint64 dup = c.kept == 1 ? 2 : 1;
        QVERIFY2(v.meta(dup).value("reason").toString().startsWith(
                     QStringLiteral("A semantic duplicate of record %1 (cosine similarity 0.99")
                         .arg(c.kept)),
                 qPrintable(v.meta(dup).value("reason").toString()));
    }
}

void TestDedupBatch::embeddingContamination()
{
    const std::vector<float> vectors = {1, 0, 0, 1, 0, 0, 0, 0.6f, 0.8f};
    const std::vector<float> reference = {0, 1, 0, 0.001f, 0.6f, 0.8f, 0, 0.6f, 0.8f};
    const QList<BatchInput> inputs = {input(5, QStringLiteral("a")), input(6, QStringLiteral("b")),
                                      input(7, QStringLiteral("c"))};
    QList<BatchOutput> outputs;
    QString error;
    QVERIFY(DedupBatch::runEmbedding(
        stage(QStringLiteral("dedup_embedding"),
              {{"referenceFile", QStringLiteral("sets/eval.jsonl")}, {"threshold", 0.95}}),
        inputs, vectors, reference, 3, &outputs, &error));
    const Verdicts v = verdicts(outputs);
    QVERIFY(v.kept(5));
    QCOMPARE(v.keeper(6), 5);
    QCOMPARE(v.meta(7).value("reason").toString(),
             QStringLiteral("contaminated: matches row 2 of eval.jsonl"));
    QCOMPARE(v.meta(7).value("contaminated").toBool(), true);
}

void TestDedupBatch::embeddingSizeMismatch()
{
    QList<BatchOutput> outputs;
    QString error;
    QVERIFY(
        !DedupBatch::runEmbedding(stage(QStringLiteral("dedup_embedding")),
                                  {input(1, QStringLiteral("a")), input(2, QStringLiteral("b"))},
                                  {1, 0, 0}, {}, 3, &outputs, &error));
    QVERIFY(!error.isEmpty());
    QVERIFY(!DedupBatch::runEmbedding(stage(QStringLiteral("dedup_embedding")),
                                      {input(1, QStringLiteral("a"))}, {1, 0, 0}, {1, 0}, 3,
                                      &outputs, &error));
    QVERIFY(DedupBatch::runEmbedding(stage(QStringLiteral("dedup_embedding")), {}, {}, {}, 384,
                                     &outputs, &error));
    QVERIFY(outputs.isEmpty());
}

QTEST_GUILESS_MAIN(TestDedupBatch)
#include "tst_dedupbatch.moc"
