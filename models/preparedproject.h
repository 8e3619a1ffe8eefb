#pragma once

#include "models/projecterror.h"
#include "models/projectformat.h"

#include <QByteArray>
#include <QLockFile>
#include <QString>

#include <memory>

namespace Seedbed {

/*! \brief A project that ProjectDocument::prepareOpen() made ready in a worker thread: its
    parsed project.seedbed, the lock on its folder and a data file that was checked, migrated
    and switched to write-ahead logging (with no connection left open, since connections
    belong to the thread that made them).

    Hand it to ProjectDocument::finishOpen() on the thread that is to own the document.
    Move-only; dropping it releases the lock, and the project can be opened again. */
struct PreparedProject
{
    ProjectError error; //!< why the project cannot be opened; nothing else is set then
    QString folder;     //!< absolute
    ProjectData data;
    std::unique_ptr<QLockFile> lock;
};

/*! \brief A copy of an open project that ProjectDocument::prepareSaveAs() wrote in a worker
    thread: the new folder with its project.seedbed, a consistent copy of the data file (made
    ready like PreparedProject's) and the lock on the new folder.

    Hand it to ProjectDocument::finishSaveAs() of the same document to continue in the copy.
    Move-only; dropping it releases the lock and leaves the complete copy on disk. */
struct PreparedSaveAs
{
    ProjectError error;         //!< why the copy could not be made; nothing is left on disk
    QString folder;             //!< absolute
    QString name;               //!< the copy's project name
    QByteArray bytes;           //!< project.seedbed as written to the copy
    bool createdFolder = false; //!< the folder was made for the copy (removed on failure)
    std::unique_ptr<QLockFile> lock;
};

} // namespace Seedbed
