#pragma once

#include <QtGlobal>

#include <utility>
#include <vector>

namespace Seedbed::Quality {

/*! \brief Exact all-pairs cosine similarity above a threshold, for semantic deduplication.

    Every pair is compared (no approximate index), as a matrix product X·Yᵀ computed in
    cache-sized tiles: a block of the right-hand rows is packed into panels of 16 columns that
    stay in the L2 cache, and a register-blocked 6 × 16 kernel multiplies six left-hand rows by
    one panel with fused multiply-adds, so that the arithmetic runs near the processor's peak
    rate instead of waiting on memory. On x86-64 processors with AVX2 and FMA the kernel uses
    them (chosen at run time, so the build needs no -march); elsewhere a portable kernel of the
    same shape is auto-vectorised by the compiler. Column blocks are spread over the global
    QThreadPool with QtConcurrent.

    Vectors are rows of a row-major float matrix. Similarities are dot products, i.e. cosines
    only when the rows have unit length: normalize() them first. Sums are accumulated in single
    precision, so a pair within about 1e-6 of the threshold may fall on either side.

    Pure functions; thread-safe. Memory beyond the result: one packed block per worker
    (256 rows × dim floats). */
class CosineDedup
{
public:
    /*! A pair of row indexes. */
    using Pair = std::pair<int, int>;

    /*! Scales each of the \a n rows of \a vectors (\a dim floats each) to unit length; a zero
        row stays zero. */
    static void normalize(float *vectors, qsizetype n, int dim);

    /*! The pairs (i, j), i < j, of rows of \a vectors whose dot product is at least
        \a threshold, sorted. \a useThreads: spread the work over the global thread pool. */
    static std::vector<Pair> pairsAbove(const float *vectors, int n, int dim, float threshold,
                                        bool useThreads = true);
    /*! The pairs (i, j) of a row i of \a left (\a leftCount rows) and a row j of \a right
        (\a rightCount rows) whose dot product is at least \a threshold, sorted. */
    static std::vector<Pair> crossPairsAbove(const float *left, int leftCount, const float *right,
                                             int rightCount, int dim, float threshold,
                                             bool useThreads = true);

    /*! Whether the AVX2/FMA kernel is used on this machine. */
    static bool usesSimdKernel();
    /*! Multiply-add operations per second of a tight loop of independent FMAs on one core
        (in GFLOP/s, counting two operations per FMA), measured over about \a milliseconds of
        the thread's CPU time: the peak that pairsAbove() is compared with in benchmarks. */
    static double measurePeakGflops(int milliseconds = 200);
};

} // namespace Seedbed::Quality
