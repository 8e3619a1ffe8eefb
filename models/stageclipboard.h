#pragma once

#include "models/prompttemplate.h"
#include "models/stage.h"

#include <QByteArray>
#include <QList>
#include <QPointF>

namespace Seedbed {

class PipelineGraph;

/*! \brief Copy and paste of stages, between projects too. The copy carries the stages, the
    edges among them and the prompt templates they use; a paste gives the stages fresh ids
    and brings along the templates the target project lacks. */
class StageClipboard
{
public:
    static constexpr char mimeType[] = "application/x-seedbed-stages";

    static QByteArray copy(const PipelineGraph &graph, const QList<QUuid> &stageIds);

    struct Paste
    {
        QList<Stage> stages;
        QList<Edge> edges;
        QList<PromptTemplate> templates; //!< those \c target does not have yet
    };
    /*! Prepares pasting \a bytes into \a target, shifted by \a offset; false when \a bytes
        are not a Seedbed copy. */
    static bool paste(const QByteArray &bytes, const PipelineGraph &target, const QPointF &offset,
                      Paste *result);
};

} // namespace Seedbed
