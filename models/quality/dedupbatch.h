#pragma once

#include "models/run/batchinput.h"
#include "models/stage.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <vector>

namespace Seedbed::Quality {

/*! \brief Deduplication that decides over all inputs of a stage at once: keep policies other
    than "first", and dedup against a reference file (an evaluation set) to remove contaminated
    samples.

    \section1 Clusters
    Two inputs are duplicates when their compared texts (StageLogic::dedupTexts(), joined by
    newlines) have the same exact key (dedup_exact; normalised unless the "normalize" setting is
    off), a Jaccard similarity of at least "threshold" (dedup_minhash), or a cosine similarity
    of at least "threshold" (dedup_embedding). MinHash candidates come from LSH; a candidate
    pair is judged by the estimate of its full signatures when that is more than four standard
    deviations from the threshold, and by the exact Jaccard similarity of the shingle sets
    (MinHashLsh::shingleHashes()) otherwise, so that the estimate's noise does not decide pairs
    near the threshold (on the planted corpus of tst_minhashlsh, pair precision rises from
    0.93–0.96 with the estimate alone to 1.0, recall from 0.94–0.97 to 0.99).

    Clusters are the connected components of that relation, so A ≈ B and B ≈ C put A, B and C
    in one cluster even when A and C differ more. Each cluster keeps one input, chosen by the
    "keep" setting: "first" (the smallest id), "highest-score" (the highest score; inputs
    without one rank last) or "longest" (the longest compared text); ties go to the smallest
    id. Outputs of a cluster of more than one carry meta "clusterSize".

    \section1 Reference file
    The records of the "referenceFile" setting (CSV, TSV, JSON Lines or a JSON array, relative
    to the project folder, read with RecordImporter) count as already seen: an input that
    matches one of them, by the same relation, is a duplicate with meta "contaminated": true,
    "referenceRow" (1-based position of the first matching record in the file) and a "reason"
    naming the file and row. Contaminated inputs take no part in the clusters: the rest of their
    cluster is decided among the others. A reference record's compared text is taken from the
    "fields" setting, or all its fields when that is empty.

    Messages are translated (context Seedbed::Quality::DedupBatch). Thread-safe; signatures are
    computed with QtConcurrent on the global thread pool. */
class DedupBatch
{
public:
    /*! Whether \a stage (dedup_exact, dedup_minhash) must see all its inputs at once: a keep
        policy other than "first", or a reference file. Otherwise the runner streams it.
        dedup_embedding always needs all of them (there is no streaming path); any other type
        never. */
    static bool needsBatch(const Stage &stage);
    /*! Decides every input of a dedup_exact or dedup_minhash stage: one BatchOutput per input
        (parentId = input id, itemKey "<input id>", fields = input fields, status Ok or
        Duplicate); a duplicate's meta has "duplicateOfParent" (the id of the kept input of
        its cluster) and "reason" (translated words), or "contaminated": true. Clusters are
        connected components of the duplicate relation; the kept one by the keep policy
        (ties: first by id). False with \a error when the reference file cannot be read. */
    static bool run(const Stage &stage, const QString &projectDir,
                    const QList<Run::BatchInput> &inputs, QList<Run::BatchOutput> *outputs,
                    QString *error);
    /*! The same for dedup_embedding given one unit vector per input (row-major, inputs.size()
        × dim) and those of the reference file's records (may be empty). False with \a error
        when the sizes do not match. */
    static bool runEmbedding(const Stage &stage, const QList<Run::BatchInput> &inputs,
                             const std::vector<float> &vectors,
                             const std::vector<float> &referenceVectors, int dim,
                             QList<Run::BatchOutput> *outputs, QString *error);
    /*! The texts of the reference file's records as dedupTexts compares them, for embedding.
        Empty (and true) when the stage has no reference file. */
    static bool referenceTexts(const Stage &stage, const QString &projectDir, QStringList *texts,
                               QString *error);
};

} // namespace Seedbed::Quality
