#pragma once

#include "models/run/stagelogic.h"

#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <optional>

namespace Seedbed::Run {

/*! \brief One input record of a stage that decides over all of its inputs at once (mix,
    split, sample, a dedup that keeps the best of a cluster): what the runner reads of it. */
struct BatchInput
{
    qint64 id = 0;      //!< records.id
    QString port;       //!< the input port of the edge it came through ("in", "synthetic", "real")
    QJsonObject fields; //!< as stored (an edited record: its edited fields)
    QJsonObject scores; //!< by judge stage name
    std::optional<double> score;
    QString reviewState; //!< empty: unreviewed
    QStringList tags;
};

/*! \brief What a batch stage makes: an output of one input (\c parentId its records.id) or a
    record of its own (\c parentId 0, e.g. a row of a file of real data). The output's itemKey
    is unique within the stage and stable across runs for the same input, so that a run over the
    same inputs changes nothing. */
struct BatchOutput
{
    qint64 parentId = 0;
    Output output;
};

} // namespace Seedbed::Run
