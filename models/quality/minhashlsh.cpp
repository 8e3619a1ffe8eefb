#include "models/quality/minhashlsh.h"

#include "models/quality/textnormalizer.h"
#include "models/quality/textscan.h"

#include <QString>

#include <algorithm>
#include <cmath>
#include <limits>

#if defined(__x86_64__) && (defined(__GNUC__) || defined(__clang__))
#define SEEDBED_MINHASH_AVX2 1
#include <immintrin.h>
#endif

namespace Seedbed::Quality {

namespace {

constexpr quint64 mersenne61 = (quint64(1) << 61) - 1;
constexpr quint64 golden = 0x9e3779b97f4a7c15ULL;
constexpr quint64 fnvOffset = 0xcbf29ce484222325ULL;
constexpr quint64 fnvPrime = 0x100000001b3ULL;
constexpr quint64 mixPrime = 0x9fb21c651e98df25ULL;
constexpr int initialTableBits = 4;
constexpr int compactBits = 8; // bits of each signature value kept for verification

quint64 splitMix64(quint64 *state)
{
    quint64 z = (*state += golden);
    z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
    z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
    return z ^ (z >> 31);
}

// The MurmurHash3 64-bit finaliser: every input bit affects every output bit.
quint64 fmix64(quint64 k)
{
    k ^= k >> 33;
    k *= 0xff51afd7ed558ccdULL;
    k ^= k >> 33;
    k *= 0xc4ceb9fe1a85ec53ULL;
    k ^= k >> 33;
    return k;
}

quint64 rotl(quint64 x, int r)
{
    return (x << r) | (x >> (64 - r));
}

// v mod (2^61 - 1) for any 64-bit v.
quint64 reduce61(quint64 v)
{
    v = (v & mersenne61) + (v >> 61);
    return v >= mersenne61 ? v - mersenne61 : v;
}

bool isSeparator(char32_t c)
{
    return TextScan::isSpace(c) || TextScan::isPunctuation(c);
}

bool isCjk(char32_t c)
{
    if (c < 0x1100) // below Hangul Jamo: none of the scripts
        return false;
    switch (QChar::script(c)) {
    case QChar::Script_Han:
    case QChar::Script_Hiragana:
    case QChar::Script_Katakana:
    case QChar::Script_Hangul:
    case QChar::Script_Bopomofo:
        return true;
    default:
        return false;
    }
}

/* Simpson's rule with an even number of intervals; the integrands are smooth polynomials. */
template<typename F> double integrate(F f, double from, double to)
{
    constexpr int intervals = 1000;
    if (to <= from)
        return 0;
    const double h = (to - from) / intervals;
    double sum = f(from) + f(to);
    for (int i = 1; i < intervals; ++i)
        sum += (i % 2 ? 4 : 2) * f(from + i * h);
    return sum * h / 3;
}

quint64 tablePosition(quint32 fragment, int bits)
{
    return (quint64(fragment) * golden) >> (64 - bits);
}

} // namespace

namespace MinHashDetail {

quint32 permute(quint64 a, quint64 b, quint32 key)
{
    return quint32((a * key + b) >> 32);
}

void minimaScalar(const quint32 *keys, size_t count, const Permutations &perm, quint32 *lowest)
{
    // hi32(A·x + B) from 32-bit halves, the same arithmetic as the vector kernel.
    for (size_t i = 0; i < perm.count; ++i) {
        const quint64 aLo = perm.aLo[i], bLo = perm.bLo[i];
        const quint32 aHi = perm.aHi[i], bHi = perm.bHi[i];
        quint32 m = lowest[i];
        for (size_t k = 0; k < count; ++k) {
            const quint32 x = keys[k];
            const quint32 v = aHi * x + bHi + quint32((aLo * x + bLo) >> 32);
            m = std::min(m, v);
        }
        lowest[i] = m;
    }
}

#ifdef SEEDBED_MINHASH_AVX2
/* Eight permutations per register: the 64-bit products aLo·x of the even and of the odd lanes
   (two vpmuludq), plus bLo, give the carries into the high halves; aHi·x + bHi + carry is
   32-bit arithmetic. Permutation blocks outside, keys inside, so the eight minima and the
   constants of a block stay in registers. */
__attribute__((target("avx2"))) void minimaAvx2(const quint32 *keys, size_t count,
                                                const Permutations &perm, quint32 *lowest)
{
    const size_t blocks = perm.count / 8;
    const __m256i oddMask = _mm256_set1_epi64x(qint64(0xffffffff00000000ULL));
    for (size_t block = 0; block < blocks; ++block) {
        const size_t first = block * 8;
        const auto *aLoAt = reinterpret_cast<const __m256i *>(perm.aLo + first);
        const auto *aHiAt = reinterpret_cast<const __m256i *>(perm.aHi + first);
        const auto *bLoAt = reinterpret_cast<const __m256i *>(perm.bLo + first);
        const auto *bHiAt = reinterpret_cast<const __m256i *>(perm.bHi + first);
        const __m256i aLo = _mm256_loadu_si256(aLoAt);
        const __m256i aLoOdd = _mm256_srli_epi64(aLo, 32);
        const __m256i aHi = _mm256_loadu_si256(aHiAt);
        const __m256i bLo = _mm256_loadu_si256(bLoAt);
        const __m256i bLoEven = _mm256_srli_epi64(_mm256_slli_epi64(bLo, 32), 32);
        const __m256i bLoOdd = _mm256_srli_epi64(bLo, 32);
        const __m256i bHi = _mm256_loadu_si256(bHiAt);
        __m256i m = _mm256_loadu_si256(reinterpret_cast<const __m256i *>(lowest + first));
        for (size_t k = 0; k < count; ++k) {
            const __m256i x = _mm256_set1_epi32(int(keys[k]));
            const __m256i even = _mm256_add_epi64(_mm256_mul_epu32(aLo, x), bLoEven);
            const __m256i odd = _mm256_add_epi64(_mm256_mul_epu32(aLoOdd, x), bLoOdd);
            const __m256i carry =
                _mm256_or_si256(_mm256_srli_epi64(even, 32), _mm256_and_si256(odd, oddMask));
            const __m256i v =
                _mm256_add_epi32(_mm256_add_epi32(_mm256_mullo_epi32(aHi, x), bHi), carry);
            m = _mm256_min_epu32(m, v);
        }
        _mm256_storeu_si256(reinterpret_cast<__m256i *>(lowest + first), m);
    }
    // The last permutations when the count is not a multiple of eight.
    Permutations rest = perm;
    const size_t done = blocks * 8;
    rest.aLo += done;
    rest.aHi += done;
    rest.bLo += done;
    rest.bHi += done;
    rest.count -= done;
    minimaScalar(keys, count, rest, lowest + done);
}
#endif

bool vectorKernelAvailable()
{
#ifdef SEEDBED_MINHASH_AVX2
    static const bool available = __builtin_cpu_supports("avx2");
    return available;
#else
    return false;
#endif
}

void minima(const quint32 *keys, size_t count, const Permutations &perm, quint32 *lowest,
            bool allowVector)
{
#ifdef SEEDBED_MINHASH_AVX2
    if (allowVector && vectorKernelAvailable()) {
        minimaAvx2(keys, count, perm, lowest);
        return;
    }
#else
    Q_UNUSED(allowVector)
#endif
    minimaScalar(keys, count, perm, lowest);
}

} // namespace MinHashDetail

MinHashLsh::MinHashLsh()
    : MinHashLsh(Params())
{}

MinHashLsh::MinHashLsh(const Params &params)
    : m_params(params)
{
    m_params.shingleSize = std::max(1, m_params.shingleSize);
    m_params.permutations = std::max(1, m_params.permutations);
    if (!(m_params.threshold >= 0)) // also NaN
        m_params.threshold = 0;
    m_params.threshold = std::min(1.0, m_params.threshold);
    m_params.falsePositiveWeight = std::max(0.0, m_params.falsePositiveWeight);
    m_params.falseNegativeWeight = std::max(0.0, m_params.falseNegativeWeight);

    const int p = m_params.permutations;
    if (m_params.bands < 1 || m_params.bands > p || p % m_params.bands != 0) {
        m_params.bands = optimalBandsAndRows(m_params.threshold, p, m_params.falsePositiveWeight,
                                             m_params.falseNegativeWeight)
                             .first;
    }
    m_bands = m_params.bands;
    m_rows = p / m_bands;

    quint64 state = m_params.seed;
    m_hashKey = splitMix64(&state);
    for (auto *half : {&m_aLo, &m_aHi, &m_bLo, &m_bHi})
        half->resize(size_t(p));
    for (size_t i = 0; i < size_t(p); ++i) {
        const quint64 a = splitMix64(&state);
        const quint64 b = splitMix64(&state);
        m_aLo[i] = quint32(a);
        m_aHi[i] = quint32(a >> 32);
        m_bLo[i] = quint32(b);
        m_bHi[i] = quint32(b >> 32);
    }
    m_tables.resize(size_t(m_bands));
}

std::pair<int, int> MinHashLsh::optimalBandsAndRows(double threshold, int permutations,
                                                    double falsePositiveWeight,
                                                    double falseNegativeWeight)
{
    permutations = std::max(1, permutations);
    threshold = std::clamp(threshold, 0.0, 1.0);
    std::pair<int, int> best(1, permutations);
    double bestError = std::numeric_limits<double>::infinity();
    for (int b = 1; b <= permutations; ++b) {
        if (permutations % b != 0)
            continue;
        const int r = permutations / b;
        const auto candidate = [b, r](double s) { return 1 - std::pow(1 - std::pow(s, r), b); };
        const double falsePositive = integrate(candidate, 0, threshold);
        const double falseNegative =
            integrate([&](double s) { return 1 - candidate(s); }, threshold, 1);
        const double error =
            falsePositiveWeight * falsePositive + falseNegativeWeight * falseNegative;
        if (error < bestError) {
            bestError = error;
            best = {b, r};
        }
    }
    return best;
}

MinHashLsh::ShingleUnit MinHashLsh::detectUnit(QStringView text)
{
    qsizetype cjk = 0;
    qsizetype other = 0;
    const char16_t *data = text.utf16();
    const qsizetype size = text.size();
    for (qsizetype i = 0; i < size;) {
        qsizetype length = 0;
        const char32_t c = TextScan::codePointAt(data, size, i, &length);
        i += length;
        if (isSeparator(c))
            continue;
        if (isCjk(c))
            ++cjk;
        else
            ++other;
    }
    return cjk > other ? ShingleUnit::Characters : ShingleUnit::Words;
}

std::vector<quint64> MinHashLsh::shingleHashes(QStringView text) const
{
    std::vector<quint64> shingles = shingleValues(text);
    std::sort(shingles.begin(), shingles.end());
    shingles.erase(std::unique(shingles.begin(), shingles.end()), shingles.end());
    return shingles;
}

std::vector<quint64> MinHashLsh::shingleValues(QStringView text) const
{
    const QString normalized = TextNormalizer::normalize(text);
    const ShingleUnit unit =
        m_params.unit == ShingleUnit::Auto ? detectUnit(normalized) : m_params.unit;

    // Hash the units.
    const quint64 unitBasis = fnvOffset ^ m_hashKey;
    std::vector<quint64> units;
    units.reserve(
        size_t(unit == ShingleUnit::Characters ? normalized.size() : normalized.size() / 4 + 1));
    quint64 word = 0;
    bool inWord = false;
    const auto endWord = [&] {
        if (inWord)
            units.push_back(fmix64(word));
        inWord = false;
    };
    const char16_t *data = QStringView(normalized).utf16();
    const qsizetype size = normalized.size();
    for (qsizetype i = 0; i < size;) {
        qsizetype length = 0;
        const char32_t c = TextScan::codePointAt(data, size, i, &length);
        i += length;
        if (isSeparator(c)) {
            endWord();
            continue;
        }
        if (unit == ShingleUnit::Characters || isCjk(c)) {
            endWord();
            units.push_back(fmix64((unitBasis ^ c) * fnvPrime));
            continue;
        }
        if (!inWord)
            word = unitBasis;
        inWord = true;
        word = (word ^ c) * fnvPrime;
    }
    endWord();

    // Hash the shingles; a text shorter than one shingle is one shingle.
    const size_t n = size_t(m_params.shingleSize);
    const size_t length = std::min(n, units.size());
    const size_t count = units.size() < n ? 1 : units.size() - n + 1;
    std::vector<quint64> shingles(count);
    for (size_t i = 0; i < count; ++i) {
        quint64 h = m_hashKey ^ (quint64(length) * golden);
        for (size_t j = 0; j < length; ++j)
            h = rotl((h ^ units[i + j]) * mixPrime, 29);
        shingles[i] = reduce61(fmix64(h));
    }
    return shingles;
}

MinHashLsh::Signature MinHashLsh::signature(QStringView text) const
{
    return signature(text, true);
}

MinHashLsh::Signature MinHashLsh::signature(QStringView text, bool allowVector) const
{
    // Repeated shingles do not change a minimum, so they are not removed (no sort).
    const std::vector<quint64> shingles = shingleValues(text);
    std::vector<quint32> keys(shingles.size());
    for (size_t i = 0; i < shingles.size(); ++i)
        keys[i] = quint32(shingles[i]);
    Signature result(m_params.permutations, std::numeric_limits<quint32>::max());
    MinHashDetail::minima(keys.data(), keys.size(), permutationTable(), result.data(), allowVector);
    return result;
}

MinHashDetail::Permutations MinHashLsh::permutationTable() const
{
    return {m_aLo.data(), m_aHi.data(), m_bLo.data(), m_bHi.data(), m_aLo.size()};
}

double MinHashLsh::estimatedJaccard(const Signature &a, const Signature &b)
{
    if (a.size() != b.size() || a.isEmpty())
        return 0;
    qsizetype equal = 0;
    for (qsizetype i = 0; i < a.size(); ++i)
        equal += a[i] == b[i];
    return double(equal) / double(a.size());
}

std::vector<quint64> MinHashLsh::bandHashes(const Signature &sig) const
{
    std::vector<quint64> hashes(static_cast<size_t>(m_bands));
    for (int band = 0; band < m_bands; ++band) {
        quint64 h = fmix64(m_hashKey ^ (quint64(band + 1) * golden));
        for (int row = 0; row < m_rows; ++row)
            h = rotl((h ^ sig[band * m_rows + row]) * mixPrime, 29);
        hashes[size_t(band)] = fmix64(h);
    }
    return hashes;
}

void MinHashLsh::collectSlots(const std::vector<quint64> &hashes, std::vector<quint32> *found) const
{
    for (size_t band = 0; band < hashes.size(); ++band) {
        const BandTable &table = m_tables[band];
        if (table.bits == 0)
            continue;
        const quint32 fragment = quint32(hashes[band] >> 32);
        const quint64 mask = table.entries.size() - 1;
        for (quint64 pos = tablePosition(fragment, table.bits);; pos = (pos + 1) & mask) {
            const quint64 entry = table.entries[pos];
            if (entry == 0)
                break;
            if (quint32(entry >> 32) == fragment)
                found->push_back(quint32(entry) - 1);
        }
    }
    std::sort(found->begin(), found->end());
    found->erase(std::unique(found->begin(), found->end()), found->end());
}

void MinHashLsh::growTable(BandTable *table, int bits)
{
    std::vector<quint64> entries(size_t(1) << bits, 0);
    const quint64 mask = entries.size() - 1;
    for (const quint64 entry : table->entries) {
        if (entry == 0)
            continue;
        quint64 pos = tablePosition(quint32(entry >> 32), bits);
        while (entries[pos] != 0)
            pos = (pos + 1) & mask;
        entries[pos] = entry;
    }
    table->entries = std::move(entries);
    table->bits = bits;
}

void MinHashLsh::insertHashes(quint32 slot, const std::vector<quint64> &hashes)
{
    for (size_t band = 0; band < hashes.size(); ++band) {
        BandTable &table = m_tables[band];
        if (table.bits == 0)
            growTable(&table, initialTableBits);
        else if ((table.used + 1) * 4 > table.entries.size() * 3)
            growTable(&table, table.bits + 1);
        const quint32 fragment = quint32(hashes[band] >> 32);
        const quint64 mask = table.entries.size() - 1;
        quint64 pos = tablePosition(fragment, table.bits);
        while (table.entries[pos] != 0)
            pos = (pos + 1) & mask;
        table.entries[pos] = (quint64(fragment) << 32) | (quint64(slot) + 1);
        ++table.used;
    }
}

QList<qint64> MinHashLsh::candidates(const Signature &sig) const
{
    QList<qint64> ids;
    if (sig.size() != m_params.permutations)
        return ids;
    std::vector<quint32> found;
    collectSlots(bandHashes(sig), &found);
    ids.reserve(qsizetype(found.size()));
    for (const quint32 slot : found)
        ids.append(m_ids[slot]);
    return ids;
}

std::optional<qint64> MinHashLsh::findDuplicate(const Signature &sig) const
{
    if (sig.size() != m_params.permutations)
        return std::nullopt;
    return findDuplicate(sig, bandHashes(sig));
}

std::optional<qint64> MinHashLsh::findDuplicate(const Signature &sig,
                                                const std::vector<quint64> &hashes) const
{
    if (m_ids.empty())
        return std::nullopt;
    std::vector<quint32> found;
    collectSlots(hashes, &found);
    if (found.empty())
        return std::nullopt;

    // Stored values keep compactBits bits, so unrelated values agree with probability
    // 2^-compactBits: agreement = J + (1 - J) · chance. Ask for the agreement that corresponds
    // to the threshold.
    const int p = m_params.permutations;
    constexpr double chance = 1.0 / (1 << compactBits);
    const double wanted = m_params.threshold * (1 - chance) + chance;
    const int minMatches = std::clamp(int(std::ceil(p * wanted - 1e-9)), 0, p);
    const int maxMismatches = p - minMatches;

    std::vector<quint8> query(static_cast<size_t>(p));
    for (int i = 0; i < p; ++i)
        query[size_t(i)] = quint8(sig[i]);
    for (const quint32 slot : found) {
        const quint8 *stored = m_compact.data() + size_t(slot) * size_t(p);
        int mismatches = 0;
        for (int i = 0; i < p && mismatches <= maxMismatches; ++i)
            mismatches += stored[i] != query[size_t(i)];
        if (mismatches <= maxMismatches)
            return m_ids[slot];
    }
    return std::nullopt;
}

void MinHashLsh::insert(qint64 id, const Signature &sig)
{
    if (sig.size() == m_params.permutations)
        insert(id, sig, bandHashes(sig));
}

void MinHashLsh::insert(qint64 id, const Signature &sig, const std::vector<quint64> &hashes)
{
    const quint32 slot = quint32(m_ids.size());
    m_ids.push_back(id);
    for (const quint32 value : sig)
        m_compact.push_back(quint8(value));
    insertHashes(slot, hashes);
}

std::optional<qint64> MinHashLsh::insertOrFindDuplicate(qint64 id, const Signature &sig)
{
    if (sig.size() != m_params.permutations)
        return std::nullopt;
    const std::vector<quint64> hashes = bandHashes(sig);
    if (const std::optional<qint64> duplicate = findDuplicate(sig, hashes))
        return duplicate;
    insert(id, sig, hashes);
    return std::nullopt;
}

void MinHashLsh::reserve(qsizetype records)
{
    if (records <= 0)
        return;
    m_ids.reserve(size_t(records));
    m_compact.reserve(size_t(records) * size_t(m_params.permutations));
    int bits = initialTableBits;
    while ((quint64(1) << bits) * 3 < quint64(records) * 4)
        ++bits;
    for (BandTable &table : m_tables) {
        if (table.bits < bits)
            growTable(&table, bits);
    }
}

void MinHashLsh::clear()
{
    m_ids = std::vector<qint64>();
    m_compact = std::vector<quint8>();
    for (BandTable &table : m_tables)
        table = BandTable();
}

qsizetype MinHashLsh::memoryBytes() const
{
    size_t bytes = sizeof(*this);
    bytes += (m_aLo.capacity() + m_aHi.capacity() + m_bLo.capacity() + m_bHi.capacity()) *
             sizeof(quint32);
    bytes += m_ids.capacity() * sizeof(qint64);
    bytes += m_compact.capacity();
    bytes += m_tables.capacity() * sizeof(BandTable);
    for (const BandTable &table : m_tables)
        bytes += table.entries.capacity() * sizeof(quint64);
    return qsizetype(bytes);
}

} // namespace Seedbed::Quality
