#pragma once

#include "models/run/stagelogic.h"
#include "models/stage.h"

#include <QList>
#include <QString>

namespace Seedbed::Run {

/*! \brief The records of the attribute grid and the fact list: pure functions of a stage's
    settings (and, for facts, of a file), which the runner and the preview store.

    Item keys are stable across runs for the same settings: "combo:N" (the N-th combination of
    the grid, or the N-th draw) and "fact:N" (the N-th fact, from 0). Messages are translated
    (context Seedbed::Run::SourceStages). Thread-safe. */
class SourceStages
{
public:
    /*! The most combinations the attribute grid lists in "all" mode. */
    static constexpr qint64 maxCombinations = 1000000;

    /*! Whether \a type is one of these sources: attribute_grid, fact_list. */
    static bool handles(const QString &type);

    /*! The records of the source \a stage, in a stable order.

        The attribute grid reads the "attributes" table (rows of "name", "values" separated by
        "|" and optional "weights", also separated by "|", one per value) and makes one record
        per combination, a field per attribute holding its value: every combination
        ("combinations" = all, the first attribute varying slowest; more than maxCombinations
        is an error), or "count" seeded draws by the weights ("random"), without repeating a
        combination until every possible one has been drawn.

        The fact list makes one record per fact: the lines of "facts", then those of "file"
        (relative to \a projectDir): a text file has one fact per line; a CSV, TSV, JSON or
        JSON Lines file one per row, the fact in the column "factField" names, else in the
        column named like the output field, "fact" or "text", or the only one. Rows with
        subject/predicate/object (or head/relation/tail) columns are knowledge triples: their
        fact is "subject predicate object". Each record holds the fact in the field "field"
        names, "fact_id" (its 1-based number among all facts) and the columns of its row.

        False with \a error (naming the stage, the file and the row) when the settings or the
        file cannot make records. */
    static bool outputs(const Stage &stage, const QString &projectDir, QList<Output> *outputs,
                        QString *error);
};

} // namespace Seedbed::Run
