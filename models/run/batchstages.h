#pragma once

#include "models/run/batchinput.h"
#include "models/stage.h"

#include <QList>
#include <QString>

namespace Seedbed::Run {

/*! \brief The mixing stages (mix, split, sample): pure functions that decide over all of a
    stage's inputs at once, which the runner schedules and stores.

    Every input gets exactly one output, with the input's id as parent and its id as item key;
    kept records are Ok, the others Filtered with meta "reason". Choices are seeded: each
    record's place in a shuffle comes from a fixed hash of the "seed" setting and its id, so
    that the same inputs and seed give the same result whatever the order of \a inputs, and a
    record added later moves few others. Messages are translated (context
    Seedbed::Run::BatchStages). Thread-safe. */
class BatchStages
{
public:
    /*! Whether \a type is one of these stages: mix, split, sample. */
    static bool handles(const QString &type);

    /*! The outputs of \a stage over \a inputs.

        Mix: synthetic records (port "synthetic") with real ones (port "real", or the rows of
        the "realFile" setting, relative to \a projectDir, when none came through that port) so
        that real / (real + synthetic) is "realShare": every synthetic record is kept and real
        ones are drawn; with too few real ones, all of them are kept and synthetic ones are
        drawn instead. With "perTag" the share holds within each set of tags (BatchInput::tags;
        a file's "tags" column, separated by commas). Each output has the field "origin"
        (synthetic or real). A file row is an output of its own: parent 0, item key
        "real:file:N" (N its 1-based row).

        Split: every record Ok with the field "split" (train, validation or test), in the
        exact counts the "train", "validation" and "test" shares give (largest remainder),
        within each value of "stratifyField" when it names one.

        Sample: "count" records kept by "strategy": random, first (lowest ids), top (highest
        score: the judge named by "scoreJudge" in BatchInput::scores, else BatchInput::score;
        ties by id) or stratified (as evenly as possible over the values of "stratifyField").

        False with \a error when the stage cannot decide (no real records, an unreadable file,
        no scores to rank by…); \a outputs is then empty. */
    static bool run(const Stage &stage, const QString &projectDir, const QList<BatchInput> &inputs,
                    QList<BatchOutput> *outputs, QString *error);
};

} // namespace Seedbed::Run
