#include "models/quality/cosinededup.h"

#include <QElapsedTimer>
#include <QtConcurrent/QtConcurrentMap>

#include <algorithm>
#include <cmath>
#include <memory>
#include <numeric>

#include <time.h>

#if defined(__x86_64__) && (defined(__GNUC__) || defined(__clang__))
#define SEEDBED_COSINE_AVX2 1
#include <immintrin.h>
#endif

namespace Seedbed::Quality {

namespace {

constexpr int kernelRows = 6;     // left rows per kernel call
constexpr int panelColumns = 16;  // right rows per packed panel (two 8-float vectors)
constexpr int blockColumns = 256; // right rows packed at a time (one task)
constexpr int blockRows = 96;     // left rows that stay in L2 while the panels pass

using Kernel = void (*)(const float *const *rows, const float *panel, int dim, float *out);

/* out[r * 16 + c] = Σₖ rows[r][k] · panel[k * 16 + c], for r < 6, c < 16. */
void genericKernel(const float *const *rows, const float *panel, int dim, float *out)
{
    float sums[kernelRows][panelColumns] = {};
    for (int k = 0; k < dim; ++k) {
        const float *b = panel + qsizetype(k) * panelColumns;
        for (int r = 0; r < kernelRows; ++r) {
            const float x = rows[r][k];
            for (int c = 0; c < panelColumns; ++c)
                sums[r][c] += x * b[c];
        }
    }
    for (int r = 0; r < kernelRows; ++r)
        std::copy_n(sums[r], panelColumns, out + r * panelColumns);
}

double genericPeak(qint64 iterations)
{
    // Eight independent chains of multiply-adds the compiler can keep in registers.
    float acc[8] = {1, 2, 3, 4, 5, 6, 7, 8};
    const float x = 0.999999f, y = 1e-7f;
    for (qint64 i = 0; i < iterations; ++i) {
        for (float &a : acc)
            a = a * x + y;
    }
    return std::accumulate(std::begin(acc), std::end(acc), 0.0);
}

#ifdef SEEDBED_COSINE_AVX2
/* The same with twelve 8-float accumulators: 12 FMAs per two loads and six broadcasts, which
   keeps both FMA pipes of current cores busy (FMA latency 4–5 cycles, two per cycle). */
__attribute__((target("avx2,fma"))) void avx2Kernel(const float *const *rows, const float *panel,
                                                    int dim, float *out)
{
    __m256 c00 = _mm256_setzero_ps(), c01 = _mm256_setzero_ps();
    __m256 c10 = _mm256_setzero_ps(), c11 = _mm256_setzero_ps();
    __m256 c20 = _mm256_setzero_ps(), c21 = _mm256_setzero_ps();
    __m256 c30 = _mm256_setzero_ps(), c31 = _mm256_setzero_ps();
    __m256 c40 = _mm256_setzero_ps(), c41 = _mm256_setzero_ps();
    __m256 c50 = _mm256_setzero_ps(), c51 = _mm256_setzero_ps();
    const float *a0 = rows[0], *a1 = rows[1], *a2 = rows[2];
    const float *a3 = rows[3], *a4 = rows[4], *a5 = rows[5];
    for (int k = 0; k < dim; ++k) {
        const __m256 b0 = _mm256_loadu_ps(panel);
        const __m256 b1 = _mm256_loadu_ps(panel + 8);
        panel += panelColumns;
        __m256 x = _mm256_broadcast_ss(a0 + k);
        c00 = _mm256_fmadd_ps(x, b0, c00);
        c01 = _mm256_fmadd_ps(x, b1, c01);
        x = _mm256_broadcast_ss(a1 + k);
        c10 = _mm256_fmadd_ps(x, b0, c10);
        c11 = _mm256_fmadd_ps(x, b1, c11);
        x = _mm256_broadcast_ss(a2 + k);
        c20 = _mm256_fmadd_ps(x, b0, c20);
        c21 = _mm256_fmadd_ps(x, b1, c21);
        x = _mm256_broadcast_ss(a3 + k);
        c30 = _mm256_fmadd_ps(x, b0, c30);
        c31 = _mm256_fmadd_ps(x, b1, c31);
        x = _mm256_broadcast_ss(a4 + k);
        c40 = _mm256_fmadd_ps(x, b0, c40);
        c41 = _mm256_fmadd_ps(x, b1, c41);
        x = _mm256_broadcast_ss(a5 + k);
        c50 = _mm256_fmadd_ps(x, b0, c50);
        c51 = _mm256_fmadd_ps(x, b1, c51);
    }
    _mm256_storeu_ps(out + 0, c00);
    _mm256_storeu_ps(out + 8, c01);
    _mm256_storeu_ps(out + 16, c10);
    _mm256_storeu_ps(out + 24, c11);
    _mm256_storeu_ps(out + 32, c20);
    _mm256_storeu_ps(out + 40, c21);
    _mm256_storeu_ps(out + 48, c30);
    _mm256_storeu_ps(out + 56, c31);
    _mm256_storeu_ps(out + 64, c40);
    _mm256_storeu_ps(out + 72, c41);
    _mm256_storeu_ps(out + 80, c50);
    _mm256_storeu_ps(out + 88, c51);
}

__attribute__((target("avx2,fma"))) double avx2Peak(qint64 iterations)
{
    // Twelve named accumulators, so that they live in registers.
    __m256 a0 = _mm256_set1_ps(0), a1 = _mm256_set1_ps(1), a2 = _mm256_set1_ps(2);
    __m256 a3 = _mm256_set1_ps(3), a4 = _mm256_set1_ps(4), a5 = _mm256_set1_ps(5);
    __m256 a6 = _mm256_set1_ps(6), a7 = _mm256_set1_ps(7), a8 = _mm256_set1_ps(8);
    __m256 a9 = _mm256_set1_ps(9), a10 = _mm256_set1_ps(10), a11 = _mm256_set1_ps(11);
    const __m256 x = _mm256_set1_ps(0.999999f), y = _mm256_set1_ps(1e-7f);
    for (qint64 i = 0; i < iterations; ++i) {
        a0 = _mm256_fmadd_ps(a0, x, y);
        a1 = _mm256_fmadd_ps(a1, x, y);
        a2 = _mm256_fmadd_ps(a2, x, y);
        a3 = _mm256_fmadd_ps(a3, x, y);
        a4 = _mm256_fmadd_ps(a4, x, y);
        a5 = _mm256_fmadd_ps(a5, x, y);
        a6 = _mm256_fmadd_ps(a6, x, y);
        a7 = _mm256_fmadd_ps(a7, x, y);
        a8 = _mm256_fmadd_ps(a8, x, y);
        a9 = _mm256_fmadd_ps(a9, x, y);
        a10 = _mm256_fmadd_ps(a10, x, y);
        a11 = _mm256_fmadd_ps(a11, x, y);
    }
    __m256 sum = _mm256_add_ps(_mm256_add_ps(_mm256_add_ps(a0, a1), _mm256_add_ps(a2, a3)),
                               _mm256_add_ps(_mm256_add_ps(a4, a5), _mm256_add_ps(a6, a7)));
    sum = _mm256_add_ps(sum, _mm256_add_ps(_mm256_add_ps(a8, a9), _mm256_add_ps(a10, a11)));
    float lanes[8];
    _mm256_storeu_ps(lanes, sum);
    return std::accumulate(std::begin(lanes), std::end(lanes), 0.0);
}

bool haveAvx2()
{
    static const bool have = __builtin_cpu_supports("avx2") && __builtin_cpu_supports("fma");
    return have;
}
#endif

Kernel kernel()
{
#ifdef SEEDBED_COSINE_AVX2
    if (haveAvx2())
        return avx2Kernel;
#endif
    return genericKernel;
}

/* A float buffer aligned to a cache line. */
class AlignedBuffer
{
public:
    explicit AlignedBuffer(size_t floats)
        : m_storage(floats + 16, 0.0f)
    {
        void *p = m_storage.data();
        size_t space = m_storage.size() * sizeof(float);
        m_data = static_cast<float *>(std::align(64, floats * sizeof(float), p, space));
    }
    float *data() { return m_data; }

private:
    std::vector<float> m_storage;
    float *m_data = nullptr;
};

struct Problem
{
    const float *left = nullptr;
    int leftCount = 0;
    const float *right = nullptr;
    int rightCount = 0;
    int dim = 0;
    float threshold = 0;
    bool triangle = false; // left == right: only pairs i < j
};

/* All pairs of one block of right rows [first, first + blockColumns). */
std::vector<CosineDedup::Pair> solveBlock(const Problem &p, int block)
{
    std::vector<CosineDedup::Pair> pairs;
    const int first = block * blockColumns;
    const int last = std::min(p.rightCount, first + blockColumns);
    const int columns = last - first;
    const int panels = (columns + panelColumns - 1) / panelColumns;
    const qsizetype dim = p.dim;

    // Pack: panel q holds, for every k, the k-th values of its 16 rows (zero past the end).
    AlignedBuffer packed(size_t(panels) * size_t(dim) * panelColumns);
    float *pack = packed.data();
    for (int q = 0; q < panels; ++q) {
        float *panel = pack + qsizetype(q) * dim * panelColumns;
        for (int c = 0; c < panelColumns; ++c) {
            const int j = first + q * panelColumns + c;
            if (j >= last)
                continue; // already zero
            const float *row = p.right + qsizetype(j) * dim;
            for (qsizetype k = 0; k < dim; ++k)
                panel[k * panelColumns + c] = row[k];
        }
    }

    const std::vector<float> zeros(size_t(dim), 0.0f);
    const Kernel multiply = kernel();
    const int rowEnd = p.triangle ? std::min(p.leftCount, last - 1) : p.leftCount;
    float out[kernelRows * panelColumns];
    const float *rows[kernelRows];
    for (int rowBlock = 0; rowBlock < rowEnd; rowBlock += blockRows) {
        const int rowBlockEnd = std::min(rowEnd, rowBlock + blockRows);
        for (int q = 0; q < panels; ++q) {
            const int panelFirst = first + q * panelColumns;
            const int panelLast = std::min(last, panelFirst + panelColumns);
            const float *panel = pack + qsizetype(q) * dim * panelColumns;
            for (int i = rowBlock; i < rowBlockEnd; i += kernelRows) {
                if (p.triangle && i >= panelLast - 1)
                    break; // every row of this tile is at or below the diagonal
                for (int r = 0; r < kernelRows; ++r)
                    rows[r] = i + r < rowBlockEnd ? p.left + qsizetype(i + r) * dim : zeros.data();
                multiply(rows, panel, int(dim), out);
                for (int r = 0; r < kernelRows && i + r < rowBlockEnd; ++r) {
                    const float *sims = out + r * panelColumns;
                    const int from = p.triangle ? std::max(panelFirst, i + r + 1) : panelFirst;
                    for (int j = from; j < panelLast; ++j) {
                        if (sims[j - panelFirst] >= p.threshold)
                            pairs.emplace_back(i + r, j);
                    }
                }
            }
        }
    }
    return pairs;
}

std::vector<CosineDedup::Pair> solve(const Problem &p, bool useThreads)
{
    std::vector<CosineDedup::Pair> pairs;
    if (p.leftCount <= 0 || p.rightCount <= 0 || p.dim <= 0)
        return pairs;
    const int blocks = (p.rightCount + blockColumns - 1) / blockColumns;
    // The last blocks of a triangle are the largest: hand them out first.
    QList<int> order(blocks);
    for (int b = 0; b < blocks; ++b)
        order[b] = blocks - 1 - b;
    QList<std::vector<CosineDedup::Pair>> results;
    if (useThreads && blocks > 1) {
        results = QtConcurrent::blockingMapped<QList<std::vector<CosineDedup::Pair>>>(
            order, [&p](int block) { return solveBlock(p, block); });
    } else {
        for (const int block : order)
            results.append(solveBlock(p, block));
    }
    size_t total = 0;
    for (const auto &part : results)
        total += part.size();
    pairs.reserve(total);
    for (const auto &part : results)
        pairs.insert(pairs.end(), part.begin(), part.end());
    std::sort(pairs.begin(), pairs.end());
    return pairs;
}

} // namespace

void CosineDedup::normalize(float *vectors, qsizetype n, int dim)
{
    for (qsizetype i = 0; i < n; ++i) {
        float *row = vectors + i * dim;
        double sum = 0;
        for (int k = 0; k < dim; ++k)
            sum += double(row[k]) * row[k];
        if (sum <= 0)
            continue;
        const float scale = float(1 / std::sqrt(sum));
        for (int k = 0; k < dim; ++k)
            row[k] *= scale;
    }
}

std::vector<CosineDedup::Pair> CosineDedup::pairsAbove(const float *vectors, int n, int dim,
                                                       float threshold, bool useThreads)
{
    return solve({vectors, n, vectors, n, dim, threshold, true}, useThreads);
}

std::vector<CosineDedup::Pair> CosineDedup::crossPairsAbove(const float *left, int leftCount,
                                                            const float *right, int rightCount,
                                                            int dim, float threshold,
                                                            bool useThreads)
{
    return solve({left, leftCount, right, rightCount, dim, threshold, false}, useThreads);
}

bool CosineDedup::usesSimdKernel()
{
#ifdef SEEDBED_COSINE_AVX2
    return haveAvx2();
#else
    return false;
#endif
}

double CosineDedup::measurePeakGflops(int milliseconds)
{
    // Thread CPU time where there is one, so that other processes on the core do not count.
    const auto now = [] {
#ifdef CLOCK_THREAD_CPUTIME_ID
        timespec ts{};
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
        return double(ts.tv_sec) + double(ts.tv_nsec) / 1e9;
#else
        static QElapsedTimer clock;
        if (!clock.isValid())
            clock.start();
        return double(clock.nsecsElapsed()) / 1e9;
#endif
    };
    constexpr qint64 chunk = 1 << 20;
    const bool simd = usesSimdKernel();
    const double flopsPerIteration = simd ? 12 * 8 * 2 : 8 * 2;
    volatile double sink = 0;
    const double start = now();
    qint64 iterations = 0;
    double seconds = 0;
    do {
#ifdef SEEDBED_COSINE_AVX2
        sink = sink + (simd ? avx2Peak(chunk) : genericPeak(chunk));
#else
        sink = sink + genericPeak(chunk);
#endif
        iterations += chunk;
        seconds = now() - start;
    } while (seconds * 1000 < milliseconds);
    return double(iterations) * flopsPerIteration / seconds / 1e9;
}

} // namespace Seedbed::Quality
