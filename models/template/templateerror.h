#pragma once

#include <QString>

namespace Seedbed {

/*! \brief A problem found in a prompt template, with where it is, so that an editor can
    underline it.

    Parse errors make a template invalid. Rendering adds warnings (an undefined variable, a
    value of the wrong type) or, in strict mode or when a limit is hit, one error. */
struct TemplateError
{
    enum class Severity { Error, Warning };

    Severity severity = Severity::Error;
    int line = 0;         //!< 1-based
    int column = 0;       //!< 1-based, in UTF-16 code units like QTextCursor
    qsizetype offset = 0; //!< into the template source, in UTF-16 code units
    qsizetype length = 0; //!< of the text to underline; may be 0 (the end of the template)
    QString message;      //!< translated, without the position

    /*! "line 3, column 12: expected '%}' after 'endif'", translated. */
    QString toString() const;

    friend bool operator==(const TemplateError &, const TemplateError &) = default;
};

} // namespace Seedbed
