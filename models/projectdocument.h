#pragma once

#include "models/preparedproject.h"
#include "models/projecterror.h"

#include <QElapsedTimer>
#include <QFuture>
#include <QHash>
#include <QJsonObject>
#include <QObject>
#include <QTimer>
#include <QUuid>

#include <memory>

class QLockFile;
class QUndoStack;

namespace Seedbed {

class PipelineGraph;
class ProjectStore;
struct ProjectData;

/*! \brief An open project: a folder with \c project.seedbed and \c data.sqlite. Owns the
    pipeline graph, the undo stack through which every edit goes, the data store and the lock
    that keeps a second Seedbed process from writing the same project.

    Edits are saved automatically: shortly after the last edit, and never later than
    maxSaveDelay() after the first unsaved one.

    Opening and Save As read and write the whole data file, which takes seconds for a large
    project. prepareOpen() and prepareSaveAs() do that in a worker thread; finishOpen() and
    finishSaveAs() then take over on the document's thread, cheaply. open() and saveAs() do
    both in turn, for callers without an event loop. */
class ProjectDocument : public QObject
{
    Q_OBJECT

public:
    ~ProjectDocument() override;

    /*! Creates a project named \a name in \a folder, which must not exist or be empty. */
    static std::unique_ptr<ProjectDocument> create(const QString &folder, const QString &name,
                                                   ProjectError *error);
    /*! Opens the project in \a path (its folder or its project.seedbed). Nothing on disk
        changes when this fails. Same as prepareOpen() then finishOpen(), without a thread. */
    static std::unique_ptr<ProjectDocument> open(const QString &path, ProjectError *error);

    /*! \brief Does the slow part of open() in a worker thread: reads and parses
        project.seedbed, locks the folder and makes the data file ready
        (ProjectStore::prepare(), or a new one when the project has none). Nothing on disk
        changes when this fails; the result says why. The result is move-only: take it with
        QFuture::takeResult(). Watch it with a QFutureWatcher: QFuture::waitForFinished() runs
        a task that has not started yet in the waiting thread. */
    static QFuture<PreparedProject> prepareOpen(const QString &path);
    /*! \brief Opens the project that prepareOpen() made ready, on the calling thread, which
        then owns the document and its data connection. Cheap: no integrity check, no
        migration. Null, with the reason in \a error, when the preparation failed or the data
        file changed since. */
    static std::unique_ptr<ProjectDocument> finishOpen(PreparedProject &&prepared,
                                                       ProjectError *error);

    QString folder() const { return m_folder; }
    QString projectFilePath() const;
    QString name() const { return m_name; }

    PipelineGraph *graph() const { return m_graph; }
    QUndoStack *undoStack() const { return m_undoStack; }
    ProjectStore *store() const { return m_store.get(); }

    /*! Writes project.seedbed now if it differs from what is on disk. */
    bool save(ProjectError *error = nullptr);
    /*! Copies the project to \a folder (which must not exist or be empty) under \a name (the
        folder's name when empty) and continues there; the database is copied with VACUUM
        INTO, never as a live file. On failure the original stays open and untouched. */
    bool saveAs(const QString &folder, const QString &name, ProjectError *error);
    /*! \brief Does the slow part of saveAs() in a worker thread: checks and locks \a folder,
        writes project.seedbed under \a name (the folder's name when empty) and copies the data
        file with VACUUM INTO through a read connection of its own, then makes the copy ready
        to open. The document stays open and usable meanwhile; rows written to the data file
        after the copy started are not in it. Nothing is left on disk when this fails; the
        result says why. Take the move-only result with QFuture::takeResult(). */
    QFuture<PreparedSaveAs> prepareSaveAs(const QString &folder, const QString &name) const;
    /*! \brief Continues in the copy that prepareSaveAs() of this document made: switches the
        folder, lock and data file over, cheaply. Edits made while the copy was written are
        saved into it. On failure the original stays open and untouched, and the copy is
        removed. */
    bool finishSaveAs(PreparedSaveAs &&prepared, ProjectError *error);
    /*! Whether edits are waiting to be written. */
    bool hasUnsavedChanges() const;
    /*! Gives up writing the current edits (the user chose to discard them after a failed
        save); the file on disk stays as it is. */
    void discardUnsavedChanges();

    void setSaveDelays(int debounceMs, int maxDelayMs);
    int maxSaveDelay() const { return m_maxDelayMs; }

signals:
    void saved();
    void saveFailed(const QString &message);
    void folderChanged(const QString &folder);

private:
    ProjectDocument();
    bool lock(const QString &folder, ProjectError *error);
    void load(const ProjectData &data);
    QByteArray serialize() const;
    QByteArray serialize(const QString &name) const;
    void scheduleSave();

    QString m_folder;
    QString m_name;
    QJsonObject m_extra;                    // keys of the file this version does not know
    QHash<QUuid, QJsonObject> m_stageExtra; // likewise, per stage
    PipelineGraph *m_graph = nullptr;
    QUndoStack *m_undoStack = nullptr;
    std::unique_ptr<ProjectStore> m_store;
    std::unique_ptr<QLockFile> m_lock;
    QByteArray m_savedBytes;
    QTimer m_saveTimer;
    QElapsedTimer m_firstUnsavedEdit;
    int m_debounceMs = 500;
    int m_maxDelayMs = 1500;
};

} // namespace Seedbed
