#pragma once

#include <QList>
#include <QString>
#include <QUuid>

namespace Seedbed {

class PipelineGraph;

/*! \brief One problem of a pipeline, worded for the user. */
struct ValidationIssue
{
    enum Severity { Warning, Error };

    QUuid stage;     //!< the stage concerned
    QString setting; //!< the setting key concerned, or empty
    Severity severity = Error;
    QString message;

    friend bool operator==(const ValidationIssue &, const ValidationIssue &) = default;
};

/*! \brief Checks a pipeline: unknown types, cycles, unconnected required inputs, settings
    that are missing, out of range or not among the choices, references to missing prompt
    templates, and each type's own cross-setting checks. */
class PipelineValidator
{
public:
    static QList<ValidationIssue> validate(const PipelineGraph &graph);
    static QList<ValidationIssue> validateStage(const PipelineGraph &graph, const QUuid &stage);
};

} // namespace Seedbed
