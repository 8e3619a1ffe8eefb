#pragma once

#include "models/template/templateast.h"
#include "models/template/templateerror.h"
#include "models/template/templatelexer.h"
#include "models/template/templatevariable.h"

#include <QJsonObject>
#include <QList>

namespace Seedbed {
struct TemplateRenderOptions;
}

namespace Seedbed::TemplateDetail {

/* What Template shares between its copies. Never changed after parsing. */
struct TemplateData
{
    explicit TemplateData(QString text)
        : source(std::move(text))
        , lines(source)
    {}

    const QString source;
    const LineIndex lines;
    Body body;
    QList<TemplateError> errors;
    QList<TemplateVariable> variables;
};

/* Renders a valid template; see Template::render(). Keeps all its state on the stack, so
   any number of threads may render the same data at once. */
QString renderTemplate(const TemplateData &data, const QJsonObject &context,
                       const TemplateRenderOptions &options, QList<TemplateError> *diagnostics,
                       bool *ok);

} // namespace Seedbed::TemplateDetail
