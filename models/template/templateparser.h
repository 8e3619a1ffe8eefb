#pragma once

#include "models/template/templateast.h"
#include "models/template/templatelexer.h"
#include "models/template/templatevariable.h"

#include <QList>

namespace Seedbed::TemplateDetail {

/* Builds the tree from the tokens of \a source, reporting errors to \a diagnostics and the
   context fields referenced to \a variables. Recovers at the end of a broken tag, so that
   several errors are found in one pass; gives up when nesting exceeds Template::MaxDepth. */
Body parseTemplate(QStringView source, const std::vector<Token> &tokens, const LineIndex &lines,
                   Diagnostics &diagnostics, QList<TemplateVariable> *variables);

/* The candidate closest to \a name, for "did you mean"; empty when none is close. */
QString closestName(QStringView name, const QList<QLatin1StringView> &candidates);

} // namespace Seedbed::TemplateDetail
