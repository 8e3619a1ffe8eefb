#pragma once

#include <QList>
#include <QStringView>
#include <QtGlobal>

#include <cstddef>
#include <optional>
#include <utility>
#include <vector>

namespace Seedbed::Quality {

namespace MinHashDetail {
/*! The permutations as 32-bit halves of their 64-bit multipliers A and offsets B. */
struct Permutations
{
    const quint32 *aLo;
    const quint32 *aHi;
    const quint32 *bLo;
    const quint32 *bHi;
    size_t count;
};
} // namespace MinHashDetail

/*! \brief Near-duplicate detection with MinHash signatures and locality-sensitive hashing
    (LSH), for a stream of records checked against all earlier ones.

    \section1 Signatures
    signature() normalises the text (NFKC and case folding, see TextNormalizer), splits it into
    units and hashes every run of shingleSize consecutive units (a "shingle"): words (runs of
    characters that are neither white space nor punctuation; every CJK character is a word of
    its own) or characters (white space and punctuation dropped). The Auto unit uses characters
    when more than half of the text's non-space, non-punctuation characters are Han, kana,
    Hangul or Bopomofo, and words otherwise. A text with fewer units than shingleSize is one
    shingle (the whole text), so short texts still deduplicate; so is an empty text.

    Shingles are hashed to 61 bits with a seeded FNV-1a over code points plus a 64-bit
    finaliser. The permutations take the low 32 bits x of a shingle hash to
    h(x) = ⌊(A·x + B mod 2⁶⁴) / 2³²⌋, Dietzfelbinger's multiply-add-shift family, which is
    strongly universal for 32-bit keys, with A and B drawn from a SplitMix64 generator seeded
    with Params::seed. The signature keeps, for every permutation, the smallest h over all
    shingles. That arithmetic needs only 32×32-bit products, so on processors with AVX2 eight
    permutations are computed at once (checked at run time; the scalar code gives the same
    values). Everything is integer arithmetic on fixed-width values, so signatures are the same
    on every run and platform for the same seed, and signature() is a const function without
    shared state: it may run on several threads at once.

    \section1 Bands and rows
    The signature is cut into bands() bands of rows() values (bands() · rows() ==
    permutations); two records are candidates when any band is equal, which happens with
    probability P(J) = 1 − (1 − J^r)^b for Jaccard similarity J. Unless Params::bands is given,
    (b, r)
    minimise w_fp · ∫₀ᵗ P(s) ds + w_fn · ∫ₜ¹ (1 − P(s)) ds over the divisors of the permutation
    count (the criterion of datasketch's optimal parameters, integrated with Simpson's rule).
    Candidates are verified against their stored signature, so a false positive only costs a
    comparison while a false negative keeps a duplicate: the default weights (0.2, 0.8) favour
    recall. With 128 permutations this gives 32 × 4 for t = 0.5, 16 × 8 for t = 0.8 and 8 × 16
    for t = 0.9.

    \section1 Memory
    Per inserted record: its id (8 bytes), a one-byte-per-permutation verification signature
    (the low 8 bits of each value, "b-bit MinHash"; chance agreement of 1/256 is corrected for)
    and, in every band, one 8-byte entry in an open-addressing table kept between 3/8 and 3/4
    full; an entry holds 32 bits of the band's hash and the record's slot, and the rare
    spurious matches are removed by verification. That is 8 + P + b · (11 to 21) bytes: 310 to
    480 bytes at the defaults (128 permutations, 16 bands; 430 measured at 100 000 records),
    roughly 400 MB for a million records. memoryBytes() reports the actual figure.

    Inserting and looking up are not thread-safe; use one thread (signatures can be computed
    elsewhere). Pathological input in which very many records are similar to each other but
    below the threshold makes buckets long and lookups slow, as with any LSH index. */
class MinHashLsh
{
public:
    enum class ShingleUnit { Auto, Words, Characters };

    struct Params
    {
        ShingleUnit unit = ShingleUnit::Auto;
        int shingleSize = 5;    //!< units per shingle, at least 1
        int permutations = 128; //!< signature length, at least 1
        double threshold = 0.8; //!< Jaccard similarity from which a record is a duplicate
        quint64 seed = 0x5eedbedULL;
        int bands = 0; //!< 0 (or not a divisor of permutations): derived
        double falsePositiveWeight = 0.2;
        double falseNegativeWeight = 0.8;
    };

    /*! One 32-bit value per permutation. */
    using Signature = QList<quint32>;

    /*! Default parameters. */
    MinHashLsh();
    /*! Out-of-range parameters are clamped (shingleSize and permutations to at least 1, the
        threshold to [0, 1]). */
    explicit MinHashLsh(const Params &params);

    /*! The parameters in effect, with bands filled in. */
    const Params &params() const { return m_params; }
    int permutations() const { return m_params.permutations; }
    double threshold() const { return m_params.threshold; }
    int bands() const { return m_bands; }
    int rows() const { return m_rows; }

    /*! The (bands, rows) pair, bands · rows == \a permutations, that minimises the weighted
        false positive and false negative probabilities for \a threshold. */
    static std::pair<int, int> optimalBandsAndRows(double threshold, int permutations,
                                                   double falsePositiveWeight = 0.2,
                                                   double falseNegativeWeight = 0.8);
    /*! The unit the Auto setting chooses for \a text: Characters or Words. */
    static ShingleUnit detectUnit(QStringView text);

    /*! The MinHash signature of \a text. Thread-safe. */
    Signature signature(QStringView text) const;
    /*! The same, with the vector kernel only if \a allowVector (tests compare both). */
    Signature signature(QStringView text, bool allowVector) const;
    /*! The sorted, distinct hashes (below 2⁶¹ − 1) of the shingles of \a text, whose minima
        under the permutations make its signature: the exact Jaccard similarity of two texts
        is that of these sets, up to hash collisions. Thread-safe. */
    std::vector<quint64> shingleHashes(QStringView text) const;
    /*! The fraction of positions at which \a a and \a b agree, an unbiased estimate of the
        Jaccard similarity of their shingle sets; 0 when the lengths differ or are 0. */
    static double estimatedJaccard(const Signature &a, const Signature &b);

    /*! The id of the earliest inserted record whose estimated Jaccard similarity with \a sig
        (from the stored verification signature) is at least threshold(), if any. */
    std::optional<qint64> findDuplicate(const Signature &sig) const;
    /*! findDuplicate(), and when there is no duplicate, inserts \a sig under \a id. A
        signature of the wrong length is neither a duplicate nor inserted. */
    std::optional<qint64> insertOrFindDuplicate(qint64 id, const Signature &sig);
    /*! Inserts \a sig under \a id without looking for duplicates; ignores a signature of the
        wrong length. */
    void insert(qint64 id, const Signature &sig);
    /*! The ids of the records that share at least one band with \a sig, unverified, in
        insertion order. */
    QList<qint64> candidates(const Signature &sig) const;

    /*! The number of inserted records. */
    qsizetype size() const { return qsizetype(m_ids.size()); }
    /*! Makes room for \a records records, avoiding regrowth. */
    void reserve(qsizetype records);
    /*! Forgets every record; the parameters stay. */
    void clear();
    /*! The memory held by the index, in bytes (allocated capacity, not only what is used). */
    qsizetype memoryBytes() const;

private:
    /* Linear probing, power-of-two capacity; an entry is (32-bit key fragment << 32) |
       (slot + 1), 0 is empty. */
    struct BandTable
    {
        std::vector<quint64> entries;
        quint64 used = 0;
        int bits = 0; // log2 of entries.size(), 0 when empty
    };

    std::vector<quint64> shingleValues(QStringView text) const; // unsorted, may repeat
    MinHashDetail::Permutations permutationTable() const;
    std::vector<quint64> bandHashes(const Signature &sig) const;
    std::optional<qint64> findDuplicate(const Signature &sig,
                                        const std::vector<quint64> &hashes) const;
    void insert(qint64 id, const Signature &sig, const std::vector<quint64> &hashes);
    void collectSlots(const std::vector<quint64> &hashes, std::vector<quint32> *found) const;
    void insertHashes(quint32 slot, const std::vector<quint64> &hashes);
    static void growTable(BandTable *table, int bits);

    Params m_params;
    int m_bands = 1;
    int m_rows = 1;
    quint64 m_hashKey = 0;
    std::vector<quint32> m_aLo, m_aHi, m_bLo, m_bHi;

    std::vector<qint64> m_ids;
    std::vector<quint8> m_compact; // permutations bytes per record
    std::vector<BandTable> m_tables;
};

namespace MinHashDetail {
/*! ⌊(a·key + b mod 2⁶⁴) / 2³²⌋, one permutation of one key (exposed for tests). */
quint32 permute(quint64 a, quint64 b, quint32 key);
/*! Lowers \a lowest[i] to the smallest permutation i of the \a count \a keys, for every
    permutation of \a perm; with the AVX2 kernel when \a allowVector and the processor has it. */
void minima(const quint32 *keys, size_t count, const Permutations &perm, quint32 *lowest,
            bool allowVector = true);
/*! Whether this processor runs the AVX2 kernel. */
bool vectorKernelAvailable();
} // namespace MinHashDetail

} // namespace Seedbed::Quality
