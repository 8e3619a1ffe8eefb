// Dedup quality of MinHash + LSH on a synthetic corpus with planted near-duplicates (issue 7,
// section 4): recall and precision of at least 0.95 at Jaccard threshold 0.8.
//
// Method. The test generates base documents of 100–200 words drawn from a vocabulary of 20,000
// random words, and for each base zero to three variants made at a known edit rate e (every
// word independently, with probability e, is replaced, deleted, or followed by an inserted
// word; e from 0 to 0.3). Documents are shuffled. The ground truth is the true Jaccard
// similarity of the documents' shingle sets (runs of 5 consecutive words, the stage's
// default), computed exactly over every pair that shares at least one shingle (through an
// inverted index; all other pairs have similarity 0): a pair is a true duplicate when J ≥ 0.8.
//
// - Pairs: the pairs the stage's relation finds (LSH candidates whose full signatures agree on
//   at least 80 % of the 128 permutations, as DedupBatch decides) against the true pairs.
// - Records: DedupBatch::run keeping the first; a record is truly a duplicate when it is not
//   the first of its cluster (connected component) of true pairs.
//
// Edit rates near 0.023 give J near the threshold (with 5-word shingles, J ≈ q / (2 − q) for
// q = (1 − e)^5 of the shingles unchanged), so that the corpus has many pairs on both sides of
// it, where MinHash can err; the test checks that it does.

#include "models/quality/dedupbatch.h"
#include "models/quality/minhashlsh.h"

#include <QHash>
#include <QRandomGenerator>
#include <QSet>
#include <QTest>
#include <QtConcurrent/QtConcurrentMap>

#include <algorithm>
#include <cmath>
#include <iterator>
#include <numeric>
#include <set>

using namespace Seedbed;
using namespace Seedbed::Quality;

namespace {

constexpr int shingleSize = 5;
constexpr double threshold = 0.8;

struct Corpus
{
    QStringList texts;  // by index; record id = index + 1
    QList<double> rate; // edit rate of a variant; -1 for a base
};

QString randomWord(QRandomGenerator &random)
{
    const int length = 3 + int(random.bounded(7));
    QString word;
    for (int i = 0; i < length; ++i)
        word += QChar(u'a' + random.bounded(26));
    return word;
}

Corpus generate(int bases, quint32 seed)
{
    QRandomGenerator random(seed);
    QStringList vocabulary;
    for (int i = 0; i < 20000; ++i)
        vocabulary.append(randomWord(random));
    const auto word = [&] { return vocabulary.at(random.bounded(vocabulary.size())); };
    const double rates[] = {0.0,  0.005, 0.01, 0.015, 0.02, 0.025, 0.03,
                            0.04, 0.05,  0.08, 0.12,  0.2,  0.3};

    Corpus corpus;
    for (int b = 0; b < bases; ++b) {
        QStringList base;
        const int length = 100 + int(random.bounded(101));
        for (int w = 0; w < length; ++w)
            base.append(word());
        corpus.texts.append(base.join(QLatin1Char(' ')));
        corpus.rate.append(-1);
        const int variants = int(random.bounded(4));
        for (int v = 0; v < variants; ++v) {
            const double e = rates[random.bounded(int(std::size(rates)))];
            QStringList edited;
            for (const QString &w : std::as_const(base)) {
                if (random.generateDouble() >= e) {
                    edited.append(w);
                    continue;
                }
                switch (random.bounded(3)) {
                case 0:
                    edited.append(word()); // replaced
                    break;
                case 1:
                    break; // deleted
                default:
                    edited.append(w);
                    edited.append(word()); // inserted
                }
            }
            corpus.texts.append(edited.join(QLatin1Char(' ')));
            corpus.rate.append(e);
        }
    }
    // Shuffle, keeping texts and rates together.
    QList<int> order(corpus.texts.size());
    std::iota(order.begin(), order.end(), 0);
    for (qsizetype i = order.size() - 1; i > 0; --i)
        std::swap(order[i], order[random.bounded(int(i + 1))]);
    Corpus shuffled;
    for (const int i : order) {
        shuffled.texts.append(corpus.texts.at(i));
        shuffled.rate.append(corpus.rate.at(i));
    }
    return shuffled;
}

QSet<QString> shingles(const QString &text)
{
    const QStringList words = text.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    QSet<QString> set;
    for (qsizetype i = 0; i + shingleSize <= words.size(); ++i)
        set.insert(words.mid(i, shingleSize).join(QLatin1Char(' ')));
    return set;
}

/* Every pair (i < j) with a true Jaccard similarity above 0, with that similarity. */
QHash<std::pair<int, int>, double> trueSimilarities(const QStringList &texts)
{
    QList<QSet<QString>> sets;
    for (const QString &text : texts)
        sets.append(shingles(text));
    QHash<QString, QList<int>> index;
    for (int i = 0; i < sets.size(); ++i) {
        for (const QString &s : std::as_const(sets[i]))
            index[s].append(i);
    }
    std::set<std::pair<int, int>> sharing;
    for (const QList<int> &docs : std::as_const(index)) {
        for (qsizetype a = 0; a < docs.size(); ++a)
            for (qsizetype b = a + 1; b < docs.size(); ++b)
                sharing.insert({std::min(docs[a], docs[b]), std::max(docs[a], docs[b])});
    }
    QHash<std::pair<int, int>, double> result;
    for (const auto &[i, j] : sharing) {
        const qsizetype common = QSet<QString>(sets[i]).intersect(sets[j]).size();
        result.insert({i, j}, double(common) / double(sets[i].size() + sets[j].size() - common));
    }
    return result;
}

int root(QList<int> &parent, int x)
{
    while (parent[x] != x)
        x = parent[x] = parent[parent[x]];
    return x;
}

struct Score
{
    qsizetype truePositives = 0, predicted = 0, actual = 0;
    double precision() const { return predicted ? double(truePositives) / predicted : 1; }
    double recall() const { return actual ? double(truePositives) / actual : 1; }
};

} // namespace

class TestMinHashLsh : public QObject
{
    Q_OBJECT

private slots:
    void plantedNearDuplicates_data();
    void plantedNearDuplicates();
};

void TestMinHashLsh::plantedNearDuplicates_data()
{
    QTest::addColumn<quint32>("seed");
    QTest::newRow("corpus 1") << quint32(1);
    QTest::newRow("corpus 2") << quint32(2);
    QTest::newRow("corpus 3") << quint32(3);
}

void TestMinHashLsh::plantedNearDuplicates()
{
    QFETCH(quint32, seed);
    const Corpus corpus = generate(500, seed);
    const int n = int(corpus.texts.size());
    const QHash<std::pair<int, int>, double> truth = trueSimilarities(corpus.texts);

    // The corpus is hard where it should be: many pairs on both sides near the threshold.
    int justAbove = 0, justBelow = 0;
    for (const double j : truth) {
        justAbove += j >= threshold && j < threshold + 0.1;
        justBelow += j < threshold && j >= threshold - 0.1;
    }
    QVERIFY2(justAbove >= 50 && justBelow >= 50,
             qPrintable(QStringLiteral("%1 %2").arg(justAbove).arg(justBelow)));

    // Pairs: what the stage's relation finds.
    MinHashLsh lsh; // the stage's defaults: auto (words here), 5, 128 permutations, 0.8
    QCOMPARE(lsh.params().shingleSize, shingleSize);
    QCOMPARE(lsh.threshold(), threshold);
    const QList<MinHashLsh::Signature> sigs =
        QtConcurrent::blockingMapped<QList<MinHashLsh::Signature>>(
            corpus.texts, [&lsh](const QString &text) { return lsh.signature(text); });
    for (int i = 0; i < n; ++i)
        lsh.insert(i, sigs[i]);
    // The decision DedupBatch makes: the estimate far from the threshold, the exact Jaccard
    // similarity of the shingle hash sets within four deviations of it.
    const double margin = 4 * std::sqrt(threshold * (1 - threshold) / 128) + 1.0 / 128;
    const auto exact = [&lsh, &corpus](int i, int j) {
        const std::vector<quint64> a = lsh.shingleHashes(corpus.texts[i]);
        const std::vector<quint64> b = lsh.shingleHashes(corpus.texts[j]);
        std::vector<quint64> common;
        std::set_intersection(a.begin(), a.end(), b.begin(), b.end(), std::back_inserter(common));
        return double(common.size()) / double(a.size() + b.size() - common.size());
    };
    Score pairs, estimateOnly;
    for (auto it = truth.cbegin(); it != truth.cend(); ++it)
        pairs.actual += it.value() >= threshold;
    estimateOnly.actual = pairs.actual;
    for (int i = 0; i < n; ++i) {
        for (const qint64 j : lsh.candidates(sigs[i])) {
            if (j <= i)
                continue;
            const bool actual = truth.value({i, int(j)}, 0.0) >= threshold;
            const double estimate = MinHashLsh::estimatedJaccard(sigs[i], sigs[j]);
            if (estimate >= threshold - 1e-12) {
                ++estimateOnly.predicted;
                estimateOnly.truePositives += actual;
            }
            const double decided =
                std::abs(estimate - threshold) > margin ? estimate : exact(i, int(j));
            if (decided >= threshold - 1e-12) {
                ++pairs.predicted;
                pairs.truePositives += actual;
            }
        }
    }

    // Records: DedupBatch keeping the first of each cluster.
    QList<Run::BatchInput> inputs;
    for (int i = 0; i < n; ++i) {
        Run::BatchInput in;
        in.id = i + 1;
        in.fields.insert(QStringLiteral("text"), corpus.texts[i]);
        inputs.append(in);
    }
    Stage stage;
    stage.type = QStringLiteral("dedup_minhash");
    QList<Run::BatchOutput> outputs;
    QString error;
    QVERIFY(DedupBatch::run(stage, QString(), inputs, &outputs, &error));
    QCOMPARE(outputs.size(), n);
    QList<int> parent(n);
    std::iota(parent.begin(), parent.end(), 0);
    for (auto it = truth.cbegin(); it != truth.cend(); ++it) {
        if (it.value() >= threshold) {
            const int a = root(parent, it.key().first), b = root(parent, it.key().second);
            parent[std::max(a, b)] = std::min(a, b); // the root is the smallest index
        }
    }
    Score records;
    for (int i = 0; i < n; ++i) {
        const bool isDuplicate = root(parent, i) != i;
        const bool found = outputs[i].output.status == Run::RecordStatus::Duplicate;
        records.actual += isDuplicate;
        records.predicted += found;
        records.truePositives += isDuplicate && found;
    }

    qInfo("%d documents, %lld true pairs (%d pairs within 0.1 above the threshold, %d within "
          "0.1 below); pairs: precision %.4f recall %.4f (signature estimate alone: %.4f, "
          "%.4f); records: %lld duplicates, precision %.4f recall %.4f",
          n, qlonglong(pairs.actual), justAbove, justBelow, pairs.precision(), pairs.recall(),
          estimateOnly.precision(), estimateOnly.recall(), qlonglong(records.actual),
          records.precision(), records.recall());
    QVERIFY(pairs.actual > 300);
    QVERIFY2(pairs.precision() >= 0.95, qPrintable(QString::number(pairs.precision())));
    QVERIFY2(pairs.recall() >= 0.95, qPrintable(QString::number(pairs.recall())));
    QVERIFY2(records.precision() >= 0.95, qPrintable(QString::number(records.precision())));
    QVERIFY2(records.recall() >= 0.95, qPrintable(QString::number(records.recall())));
}

QTEST_GUILESS_MAIN(TestMinHashLsh)
#include "tst_minhashlsh.moc"
