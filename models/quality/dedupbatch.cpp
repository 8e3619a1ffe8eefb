#include "models/quality/dedupbatch.h"

#include "models/io/recordimporter.h"
#include "models/quality/cosinededup.h"
#include "models/quality/minhashlsh.h"
#include "models/quality/textnormalizer.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFileInfo>
#include <QHash>
#include <QtConcurrent/QtConcurrentMap>

#include <algorithm>
#include <cmath>
#include <functional>
#include <limits>
#include <numeric>
#include <optional>

namespace Seedbed::Quality {

namespace {

struct DedupText
{
    Q_DECLARE_TR_FUNCTIONS(Seedbed::Quality::DedupBatch)
};

using Run::BatchInput;
using Run::BatchOutput;
using Run::RecordStatus;
using Pair = std::pair<int, int>;

enum class Keep { First, HighestScore, Longest };

Keep keepPolicy(const QVariantMap &settings)
{
    const QString keep = settings.value(QStringLiteral("keep")).toString();
    if (keep == QLatin1String("highest-score"))
        return Keep::HighestScore;
    if (keep == QLatin1String("longest"))
        return Keep::Longest;
    return Keep::First;
}

QString referenceSetting(const Stage &stage)
{
    return stage.settings.value(QStringLiteral("referenceFile")).toString().trimmed();
}

QString joined(const QStringList &texts)
{
    return texts.join(QLatin1Char('\n'));
}

/* The records of the reference file, as compared texts (one list per record). */
struct Reference
{
    QString fileName; // as the reason names it
    QList<QStringList> texts;
};

bool readReference(const Stage &stage, const QString &projectDir, Reference *reference,
                   QString *error)
{
    const QString file = referenceSetting(stage);
    if (file.isEmpty())
        return true;
    const QString path = QDir(projectDir).absoluteFilePath(file);
    reference->fileName = QFileInfo(file).fileName();
    RecordImporter importer;
    importer.setBatchHandler([&](const QList<QJsonObject> &rows) {
        for (const QJsonObject &row : rows)
            reference->texts.append(Run::StageLogic::dedupTexts(stage.settings, row));
        return true;
    });
    const ImportResult result = importer.readFile(path);
    if (result.status != ImportResult::Status::Finished) {
        *error =
            DedupText::tr("The reference file “%1” of stage “%2” cannot be read: %3")
                .arg(QDir::toNativeSeparators(path), stage.name, result.firstError().toString());
        return false;
    }
    return true;
}

/* The key of exact dedup: TextNormalizer's, or the same encoding of the texts as they are. */
QByteArray exactKey(const QStringList &texts, bool normalize)
{
    if (normalize)
        return TextNormalizer::exactKey(texts);
    QCryptographicHash hash(QCryptographicHash::Sha256);
    const auto addLength = [&hash](quint64 value) {
        char bytes[8];
        for (char &byte : bytes) {
            byte = char(value & 0xff);
            value >>= 8;
        }
        hash.addData(QByteArrayView(bytes, sizeof bytes));
    };
    addLength(quint64(texts.size()));
    for (const QString &text : texts) {
        const QByteArray utf8 = text.toUtf8();
        addLength(quint64(utf8.size()));
        hash.addData(utf8);
    }
    return hash.result().toHex();
}

class DisjointSets
{
public:
    explicit DisjointSets(int n)
        : m_parent(size_t(n))
    {
        std::iota(m_parent.begin(), m_parent.end(), 0);
    }
    int find(int x)
    {
        while (m_parent[size_t(x)] != x) {
            m_parent[size_t(x)] = m_parent[size_t(m_parent[size_t(x)])];
            x = m_parent[size_t(x)];
        }
        return x;
    }
    void unite(int a, int b)
    {
        a = find(a);
        b = find(b);
        if (a != b)
            m_parent[size_t(std::max(a, b))] = std::min(a, b);
    }

private:
    std::vector<int> m_parent;
};

/* Clusters the inputs by \a edges (contaminated inputs left out), keeps one of each by the
   stage's policy and writes the outputs. \a reason gives a duplicate's reason from its index
   and its keeper's. \a contaminatedRow: 1-based reference row, 0 for none. */
void decide(const Stage &stage, const QList<BatchInput> &inputs,
            const std::vector<QStringList> &texts, const std::vector<Pair> &edges,
            const std::vector<int> &contaminatedRow, const QString &referenceName,
            const std::function<QString(int, int)> &reason, QList<BatchOutput> *outputs)
{
    const int n = int(inputs.size());
    DisjointSets sets(n);
    for (const auto &[a, b] : edges) {
        if (contaminatedRow[size_t(a)] == 0 && contaminatedRow[size_t(b)] == 0)
            sets.unite(a, b);
    }

    const Keep keep = keepPolicy(stage.settings);
    std::vector<qsizetype> lengths;
    if (keep == Keep::Longest) {
        lengths.resize(size_t(n));
        for (int i = 0; i < n; ++i) {
            qsizetype length = std::max<qsizetype>(0, texts[size_t(i)].size() - 1); // newlines
            for (const QString &text : texts[size_t(i)])
                length += text.size();
            lengths[size_t(i)] = length;
        }
    }
    const auto better = [&](int a, int b) { // whether input a is kept rather than b
        const BatchInput &x = inputs.at(a);
        const BatchInput &y = inputs.at(b);
        if (keep == Keep::HighestScore) {
            const double sx = x.score.value_or(-std::numeric_limits<double>::infinity());
            const double sy = y.score.value_or(-std::numeric_limits<double>::infinity());
            if (sx != sy)
                return sx > sy;
        } else if (keep == Keep::Longest) {
            if (lengths[size_t(a)] != lengths[size_t(b)])
                return lengths[size_t(a)] > lengths[size_t(b)];
        }
        return x.id < y.id;
    };

    std::vector<int> keeper(size_t(n), -1);
    std::vector<int> clusterSize(size_t(n), 0);
    for (int i = 0; i < n; ++i) {
        if (contaminatedRow[size_t(i)] != 0)
            continue;
        const int root = sets.find(i);
        ++clusterSize[size_t(root)];
        int &best = keeper[size_t(root)];
        if (best < 0 || better(i, best))
            best = i;
    }

    outputs->clear();
    outputs->reserve(n);
    for (int i = 0; i < n; ++i) {
        const BatchInput &input = inputs.at(i);
        BatchOutput result;
        result.parentId = input.id;
        result.output.itemKey = QString::number(input.id);
        result.output.fields = input.fields;
        if (const int row = contaminatedRow[size_t(i)]; row != 0) {
            result.output.status = RecordStatus::Duplicate;
            result.output.meta.insert(QStringLiteral("contaminated"), true);
            result.output.meta.insert(QStringLiteral("referenceRow"), row);
            result.output.meta.insert(
                QStringLiteral("reason"),
                DedupText::tr("contaminated: matches row %1 of %2").arg(row).arg(referenceName));
        } else {
            const int root = sets.find(i);
            const int kept = keeper[size_t(root)];
            const int size = clusterSize[size_t(root)];
            if (size > 1)
                result.output.meta.insert(QStringLiteral("clusterSize"), size);
            if (kept != i) {
                result.output.status = RecordStatus::Duplicate;
                result.output.meta.insert(QStringLiteral("duplicateOfParent"), inputs.at(kept).id);
                result.output.meta.insert(QStringLiteral("reason"), reason(i, kept));
            }
        }
        outputs->append(std::move(result));
    }
}

MinHashLsh::Params minHashParams(const QVariantMap &settings)
{
    MinHashLsh::Params params;
    const QString unit = settings.value(QStringLiteral("unit")).toString();
    if (unit == QLatin1String("words"))
        params.unit = MinHashLsh::ShingleUnit::Words;
    else if (unit == QLatin1String("characters"))
        params.unit = MinHashLsh::ShingleUnit::Characters;
    params.shingleSize = settings.value(QStringLiteral("shingle"), 5).toInt();
    params.permutations = settings.value(QStringLiteral("permutations"), 128).toInt();
    params.threshold = settings.value(QStringLiteral("threshold"), 0.8).toDouble();
    return params;
}

QList<MinHashLsh::Signature> signatures(const MinHashLsh &lsh, const QStringList &texts)
{
    return QtConcurrent::blockingMapped<QList<MinHashLsh::Signature>>(
        texts, [&lsh](const QString &text) { return lsh.signature(text); });
}

bool atLeast(double similarity, double threshold)
{
    return similarity >= threshold - 1e-12;
}

/* The Jaccard similarity of two sorted sets of distinct values. */
double jaccard(const std::vector<quint64> &a, const std::vector<quint64> &b)
{
    size_t common = 0;
    for (auto x = a.begin(), y = b.begin(); x != a.end() && y != b.end();) {
        if (*x < *y) {
            ++x;
        } else if (*y < *x) {
            ++y;
        } else {
            ++common;
            ++x;
            ++y;
        }
    }
    const size_t all = a.size() + b.size() - common;
    return all == 0 ? 1.0 : double(common) / double(all);
}

/* The similarity that decides whether two texts are near-duplicates. The signatures' estimate
   has a standard deviation of √(J(1 − J)/p) (0.035 at J = 0.8 with 128 permutations), so
   pairs near the threshold would often land on the wrong side; there the exact Jaccard
   similarity of the shingle sets decides (computed on demand, once per text). Beyond four
   deviations from the threshold the estimate decides. */
class Similarity
{
public:
    Similarity(const MinHashLsh &lsh, const QStringList &left, const QStringList &right)
        : m_lsh(lsh)
        , m_left(left)
        , m_right(right)
        , m_leftShingles(size_t(left.size()))
        , m_rightShingles(size_t(right.size()))
    {
        const double t = lsh.threshold();
        m_margin = 4 * std::sqrt(t * (1 - t) / lsh.permutations()) + 1.0 / lsh.permutations();
    }

    /* Left text i against left text j, or right text j when \a right. */
    double operator()(int i, const MinHashLsh::Signature &a, int j, const MinHashLsh::Signature &b,
                      bool right)
    {
        const double estimate = MinHashLsh::estimatedJaccard(a, b);
        if (std::abs(estimate - m_lsh.threshold()) > m_margin)
            return estimate;
        const std::vector<quint64> &x = shingles(m_left, m_leftShingles, i);
        return jaccard(x, right ? shingles(m_right, m_rightShingles, j)
                                : shingles(m_left, m_leftShingles, j));
    }

private:
    using Cache = std::vector<std::optional<std::vector<quint64>>>;

    const std::vector<quint64> &shingles(const QStringList &texts, Cache &cache, int i)
    {
        auto &entry = cache[size_t(i)];
        if (!entry)
            entry = m_lsh.shingleHashes(texts.at(i));
        return *entry;
    }

    const MinHashLsh &m_lsh;
    const QStringList &m_left;
    const QStringList &m_right;
    Cache m_leftShingles;
    Cache m_rightShingles;
    double m_margin = 0;
};

} // namespace

bool DedupBatch::needsBatch(const Stage &stage)
{
    if (stage.type == QLatin1String("dedup_embedding"))
        return true;
    if (stage.type != QLatin1String("dedup_exact") && stage.type != QLatin1String("dedup_minhash"))
        return false;
    return keepPolicy(stage.settings) != Keep::First || !referenceSetting(stage).isEmpty();
}

bool DedupBatch::run(const Stage &stage, const QString &projectDir,
                     const QList<Run::BatchInput> &inputs, QList<Run::BatchOutput> *outputs,
                     QString *error)
{
    outputs->clear();
    Reference reference;
    if (!readReference(stage, projectDir, &reference, error))
        return false;

    const int n = int(inputs.size());
    std::vector<QStringList> texts(static_cast<size_t>(n));
    for (int i = 0; i < n; ++i)
        texts[size_t(i)] = Run::StageLogic::dedupTexts(stage.settings, inputs.at(i).fields);
    std::vector<Pair> edges;
    std::vector<int> contaminated(size_t(n), 0);

    if (stage.type == QLatin1String("dedup_minhash")) {
        const MinHashLsh::Params params = minHashParams(stage.settings);
        MinHashLsh lsh(params);
        const double threshold = lsh.threshold();
        QStringList joinedTexts;
        joinedTexts.reserve(n);
        for (const QStringList &list : texts)
            joinedTexts.append(joined(list));
        const QList<MinHashLsh::Signature> sigs = signatures(lsh, joinedTexts);
        QStringList referenceJoined;
        for (const QStringList &list : std::as_const(reference.texts))
            referenceJoined.append(joined(list));
        Similarity similarity(lsh, joinedTexts, referenceJoined);

        lsh.reserve(n);
        for (int i = 0; i < n; ++i)
            lsh.insert(i, sigs.at(i));
        for (int i = 0; i < n; ++i) {
            for (const qint64 j : lsh.candidates(sigs.at(i))) {
                if (j > i &&
                    atLeast(similarity(i, sigs.at(i), int(j), sigs.at(j), false), threshold))
                    edges.emplace_back(i, int(j));
            }
        }
        lsh.clear();

        if (!referenceJoined.isEmpty()) {
            const QList<MinHashLsh::Signature> refSigs = signatures(lsh, referenceJoined);
            for (qsizetype row = 0; row < refSigs.size(); ++row)
                lsh.insert(row, refSigs.at(row));
            for (int i = 0; i < n; ++i) {
                for (const qint64 row : lsh.candidates(sigs.at(i))) { // in row order
                    if (atLeast(similarity(i, sigs.at(i), int(row), refSigs.at(row), true),
                                threshold)) {
                        contaminated[size_t(i)] = int(row) + 1;
                        break;
                    }
                }
            }
        }

        decide(
            stage, inputs, texts, edges, contaminated, reference.fileName,
            [&](int i, int kept) {
                return DedupText::tr(
                           "A near-duplicate of record %1 (similarity %2), which is kept.")
                    .arg(inputs.at(kept).id)
                    .arg(similarity(i, sigs.at(i), kept, sigs.at(kept), false), 0, 'f', 2);
            },
            outputs);
        return true;
    }

    // dedup_exact
    const bool normalize = stage.settings.value(QStringLiteral("normalize"), true).toBool();
    QHash<QByteArray, int> referenceRows;
    for (qsizetype row = reference.texts.size() - 1; row >= 0; --row) // the first row wins
        referenceRows.insert(exactKey(reference.texts.at(row), normalize), int(row) + 1);
    QHash<QByteArray, int> firstWithKey;
    firstWithKey.reserve(n);
    for (int i = 0; i < n; ++i) {
        const QByteArray key = exactKey(texts[size_t(i)], normalize);
        if (const auto row = referenceRows.constFind(key); row != referenceRows.cend()) {
            contaminated[size_t(i)] = row.value();
            continue;
        }
        const auto first = firstWithKey.constFind(key);
        if (first == firstWithKey.cend())
            firstWithKey.insert(key, i);
        else
            edges.emplace_back(first.value(), i);
    }
    decide(
        stage, inputs, texts, edges, contaminated, reference.fileName,
        [&](int, int kept) {
            return DedupText::tr("The same text as record %1, which is kept.")
                .arg(inputs.at(kept).id);
        },
        outputs);
    return true;
}

bool DedupBatch::runEmbedding(const Stage &stage, const QList<Run::BatchInput> &inputs,
                              const std::vector<float> &vectors,
                              const std::vector<float> &referenceVectors, int dim,
                              QList<Run::BatchOutput> *outputs, QString *error)
{
    outputs->clear();
    const int n = int(inputs.size());
    if (dim <= 0 || vectors.size() != size_t(n) * size_t(dim) ||
        referenceVectors.size() % size_t(dim) != 0) {
        if (n == 0 && vectors.empty() && referenceVectors.empty())
            return true;
        *error = DedupText::tr("Stage “%1”: the embeddings do not match the records (%2 "
                               "values for %3 records of dimension %4).")
                     .arg(stage.name)
                     .arg(qulonglong(vectors.size()))
                     .arg(n)
                     .arg(dim);
        return false;
    }
    const float threshold =
        float(stage.settings.value(QStringLiteral("threshold"), 0.92).toDouble());
    std::vector<QStringList> texts(static_cast<size_t>(n));
    for (int i = 0; i < n; ++i)
        texts[size_t(i)] = Run::StageLogic::dedupTexts(stage.settings, inputs.at(i).fields);

    const std::vector<Pair> edges = CosineDedup::pairsAbove(vectors.data(), n, dim, threshold);
    std::vector<int> contaminated(size_t(n), 0);
    const int referenceCount = int(referenceVectors.size() / size_t(dim));
    if (referenceCount > 0) {
        // Sorted by input, then by row: the first pair of an input names its first row.
        for (const auto &[i, row] : CosineDedup::crossPairsAbove(
                 vectors.data(), n, referenceVectors.data(), referenceCount, dim, threshold)) {
            if (contaminated[size_t(i)] == 0)
                contaminated[size_t(i)] = row + 1;
        }
    }
    const QString referenceName = QFileInfo(referenceSetting(stage)).fileName();
    const auto cosine = [&](int a, int b) {
        const float *x = vectors.data() + size_t(a) * size_t(dim);
        const float *y = vectors.data() + size_t(b) * size_t(dim);
        double sum = 0;
        for (int k = 0; k < dim; ++k)
            sum += double(x[k]) * y[k];
        return sum;
    };
    decide(
        stage, inputs, texts, edges, contaminated, referenceName,
        [&](int i, int kept) {
            return DedupText::tr(
                       "A semantic duplicate of record %1 (cosine similarity %2), which is "
                       "kept.")
                .arg(inputs.at(kept).id)
                .arg(cosine(i, kept), 0, 'f', 3);
        },
        outputs);
    return true;
}

bool DedupBatch::referenceTexts(const Stage &stage, const QString &projectDir, QStringList *texts,
                                QString *error)
{
    texts->clear();
    Reference reference;
    if (!readReference(stage, projectDir, &reference, error))
        return false;
    texts->reserve(reference.texts.size());
    for (const QStringList &list : std::as_const(reference.texts))
        texts->append(joined(list));
    return true;
}

} // namespace Seedbed::Quality
