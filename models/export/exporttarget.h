#pragma once

#include <QString>

namespace Seedbed::Export {

/*! \brief Where an export may write: a file (or folder) name inside a chosen folder.

    A name is rejected when it is empty, absolute (also "C:…" and "\\\\server…"), leaves the
    folder ("..", also through a symbolic link of the folder's own path), contains a
    character that some file system refuses (<>:"|?* and control characters) or a part that
    is reserved on Windows (CON, PRN, AUX, NUL, COM1–COM9, LPT1–LPT9, with any extension) or
    ends with a dot or a space. Sub-folders ("export/train.jsonl") are allowed. */
class ExportTarget
{
public:
    /*! Checks \a name inside \a folder. On success \a absolutePath (may be null) is the file's
        absolute, clean path and the result is empty; otherwise the result is a translated
        message that names the problem and says what to do. */
    static QString check(const QString &folder, const QString &name,
                         QString *absolutePath = nullptr);
    /*! Whether \a part (one path component) is a name Windows reserves, e.g. "nul.txt". */
    static bool isReservedName(const QString &part);
};

} // namespace Seedbed::Export
