#pragma once

#include <QString>

namespace Seedbed {

/*! \brief Why a project could not be opened, created or saved, in words for the user. */
struct ProjectError
{
    enum Code {
        None,
        NotFound,     //!< no such folder or file
        NotAProject,  //!< the file is not a Seedbed project (foreign format)
        Corrupt,      //!< the file is a Seedbed project but damaged
        NewerVersion, //!< written by a newer Seedbed than this one
        Locked,       //!< open in another Seedbed process
        Io,           //!< reading or writing failed (permissions, full disk…)
    };

    Code code = None;
    QString message;

    explicit operator bool() const { return code != None; }
};

} // namespace Seedbed
