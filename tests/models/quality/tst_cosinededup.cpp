#include "models/quality/cosinededup.h"

#include <QRandomGenerator>
#include <QTest>

#include <cmath>
#include <set>

using namespace Seedbed::Quality;
using Pair = CosineDedup::Pair;

namespace {

/* n unit vectors: a third random, the others noisy copies of earlier ones at several noise
   levels, so that similarities spread over the whole range around any threshold. */
std::vector<float> plantedVectors(int n, int dim, quint32 seed)
{
    QRandomGenerator random(seed);
    const auto gaussian = [&random] {
        const double u = 1 - random.generateDouble(), v = random.generateDouble();
        return std::sqrt(-2 * std::log(u)) * std::cos(2 * M_PI * v);
    };
    std::vector<float> vectors(size_t(n) * size_t(dim));
    const double noises[] = {0.01, 0.05, 0.1, 0.2, 0.3, 0.5, 1.0};
    for (int i = 0; i < n; ++i) {
        float *row = vectors.data() + size_t(i) * size_t(dim);
        if (i < 3 || random.bounded(3) == 0) {
            for (int k = 0; k < dim; ++k)
                row[k] = float(gaussian());
        } else {
            const float *source = vectors.data() + size_t(random.bounded(i)) * size_t(dim);
            const double noise = noises[random.bounded(int(std::size(noises)))];
            for (int k = 0; k < dim; ++k)
                row[k] = float(source[k] + noise * gaussian() / std::sqrt(double(dim)) * 4);
        }
    }
    CosineDedup::normalize(vectors.data(), n, dim);
    return vectors;
}

double dot(const float *a, const float *b, int dim)
{
    double sum = 0;
    for (int k = 0; k < dim; ++k)
        sum += double(a[k]) * b[k];
    return sum;
}

/* Compares \a found with the brute-force answer in double precision: every pair clearly above
   the threshold is found, none clearly below is; pairs within the float rounding margin may
   go either way. Returns the number of clear pairs. */
int compareWithBruteForce(const std::vector<Pair> &found, const float *left, int leftCount,
                          const float *right, int rightCount, int dim, float threshold,
                          bool triangle)
{
    const double margin = 1e-5;
    std::set<Pair> foundSet(found.begin(), found.end());
    if (foundSet.size() != found.size()) {
        qWarning("duplicate pairs in the result");
        return -1;
    }
    if (!std::is_sorted(found.begin(), found.end())) {
        qWarning("result not sorted");
        return -1;
    }
    int clear = 0;
    for (int i = 0; i < leftCount; ++i) {
        for (int j = triangle ? i + 1 : 0; j < rightCount; ++j) {
            const double s = dot(left + size_t(i) * dim, right + size_t(j) * dim, dim);
            const bool present = foundSet.erase({i, j}) > 0;
            if (s >= threshold + margin) {
                ++clear;
                if (!present) {
                    qWarning("missed (%d, %d): %f", i, j, s);
                    return -1;
                }
            } else if (s < threshold - margin && present) {
                qWarning("wrong (%d, %d): %f", i, j, s);
                return -1;
            }
        }
    }
    if (!foundSet.empty()) { // outside the triangle or out of range
        qWarning("pair out of range: (%d, %d)", foundSet.begin()->first, foundSet.begin()->second);
        return -1;
    }
    return clear;
}

} // namespace

class TestCosineDedup : public QObject
{
    Q_OBJECT

private slots:
    void normalize();
    void smallExample();
    void againstBruteForce_data();
    void againstBruteForce();
    void crossAgainstBruteForce_data();
    void crossAgainstBruteForce();
    void threadsGiveTheSameAnswer();
    void emptyInputs();
    void peak();
};

void TestCosineDedup::normalize()
{
    std::vector<float> v = {3, 4, 0, 0, 0, 0, 1, 1, 1};
    CosineDedup::normalize(v.data(), 3, 3);
    QCOMPARE(v[0], 0.6f);
    QCOMPARE(v[1], 0.8f);
    QCOMPARE(v[3], 0.0f); // zero row stays zero
    QCOMPARE(v[4], 0.0f);
    QVERIFY(std::abs(dot(v.data() + 6, v.data() + 6, 3) - 1) < 1e-6);
}

void TestCosineDedup::smallExample()
{
    // Rows 0 and 2 are the same direction, 1 is orthogonal, 3 is at 60° from 0.
    std::vector<float> v = {1, 0, 0, 1, 2, 0, 0.5f, float(std::sqrt(0.75))};
    CosineDedup::normalize(v.data(), 4, 2);
    QCOMPARE(CosineDedup::pairsAbove(v.data(), 4, 2, 0.99f), (std::vector<Pair>{{0, 2}}));
    QCOMPARE(CosineDedup::pairsAbove(v.data(), 4, 2, 0.49f),
             (std::vector<Pair>{{0, 2}, {0, 3}, {1, 3}, {2, 3}}));
    QCOMPARE(CosineDedup::crossPairsAbove(v.data(), 2, v.data() + 4, 2, 2, 0.99f),
             (std::vector<Pair>{{0, 0}}));
}

void TestCosineDedup::againstBruteForce_data()
{
    QTest::addColumn<int>("n");
    QTest::addColumn<int>("dim");
    QTest::addColumn<float>("threshold");
    // Sizes across the kernel (6 × 16) and block (256) edges; odd dimensions.
    QTest::newRow("1 row") << 1 << 8 << 0.5f;
    QTest::newRow("7 rows, dim 1") << 7 << 1 << 0.5f;
    QTest::newRow("17 rows, dim 3") << 17 << 3 << 0.9f;
    QTest::newRow("300, dim 384, 0.9") << 300 << 384 << 0.9f;
    QTest::newRow("300, dim 384, low threshold") << 300 << 384 << 0.05f;
    QTest::newRow("529, dim 385, 0.8") << 529 << 385 << 0.8f;
    QTest::newRow("600, dim 64, negative threshold") << 600 << 64 << -0.05f;
}

void TestCosineDedup::againstBruteForce()
{
    QFETCH(int, n);
    QFETCH(int, dim);
    QFETCH(float, threshold);
    const std::vector<float> v = plantedVectors(n, dim, quint32(n * 1000 + dim));
    const std::vector<Pair> found = CosineDedup::pairsAbove(v.data(), n, dim, threshold);
    const int clear = compareWithBruteForce(found, v.data(), n, v.data(), n, dim, threshold, true);
    QVERIFY(clear >= 0);
    if (n > 100)
        QVERIFY2(clear > n / 4, qPrintable(QString::number(clear))); // the test has pairs
}

void TestCosineDedup::crossAgainstBruteForce_data()
{
    QTest::addColumn<int>("leftCount");
    QTest::addColumn<int>("rightCount");
    QTest::addColumn<int>("dim");
    QTest::addColumn<float>("threshold");
    QTest::newRow("5 × 3") << 5 << 3 << 16 << 0.5f;
    QTest::newRow("100 × 270") << 100 << 270 << 384 << 0.8f;
    QTest::newRow("301 × 40, low threshold") << 301 << 40 << 33 << 0.1f;
}

void TestCosineDedup::crossAgainstBruteForce()
{
    QFETCH(int, leftCount);
    QFETCH(int, rightCount);
    QFETCH(int, dim);
    QFETCH(float, threshold);
    // Both sides from one planted set, so that there are pairs across.
    const std::vector<float> all = plantedVectors(leftCount + rightCount, dim, 7);
    const float *right = all.data();
    const float *left = all.data() + size_t(rightCount) * size_t(dim);
    const std::vector<Pair> found =
        CosineDedup::crossPairsAbove(left, leftCount, right, rightCount, dim, threshold);
    const int clear =
        compareWithBruteForce(found, left, leftCount, right, rightCount, dim, threshold, false);
    QVERIFY(clear > 0);
}

void TestCosineDedup::threadsGiveTheSameAnswer()
{
    const std::vector<float> v = plantedVectors(1000, 96, 99);
    const auto threaded = CosineDedup::pairsAbove(v.data(), 1000, 96, 0.7f, true);
    const auto single = CosineDedup::pairsAbove(v.data(), 1000, 96, 0.7f, false);
    QVERIFY(!threaded.empty());
    QCOMPARE(threaded, single);
}

void TestCosineDedup::emptyInputs()
{
    const std::vector<float> v(16, 0.25f);
    QVERIFY(CosineDedup::pairsAbove(v.data(), 0, 16, 0.5f).empty());
    QVERIFY(CosineDedup::pairsAbove(v.data(), 1, 16, 0.5f).empty());
    QVERIFY(CosineDedup::pairsAbove(v.data(), 1, 0, 0.5f).empty());
    QVERIFY(CosineDedup::crossPairsAbove(v.data(), 1, v.data(), 0, 16, 0.5f).empty());
}

void TestCosineDedup::peak()
{
    const double gflops = CosineDedup::measurePeakGflops(20);
    qInfo("peak %.1f GFLOP/s, SIMD kernel: %s", gflops,
          CosineDedup::usesSimdKernel() ? "yes" : "no");
    QVERIFY(gflops > 0.1);
}

QTEST_GUILESS_MAIN(TestCosineDedup)
#include "tst_cosinededup.moc"
