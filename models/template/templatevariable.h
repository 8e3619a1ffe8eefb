#pragma once

#include <QString>

namespace Seedbed {

/*! \brief A reference from a prompt template to a field of the render context.

    Loop variables and \c loop are not context fields and are never reported. A path stops
    at the first index that is not a literal: \c {seed.items[i].name} reports
    \c seed.items (and \c i on its own). */
struct TemplateVariable
{
    QString name;         //!< the root: "seed"
    QString path;         //!< the whole static path: "seed.question", "seed.turns[0].text"
    int line = 0;         //!< 1-based
    int column = 0;       //!< 1-based, in UTF-16 code units
    qsizetype offset = 0; //!< of the path in the source, in UTF-16 code units
    qsizetype length = 0; //!< of the path as written

    friend bool operator==(const TemplateVariable &, const TemplateVariable &) = default;
};

} // namespace Seedbed
