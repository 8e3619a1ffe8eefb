#pragma once

#include "models/projecterror.h"

#include <QElapsedTimer>
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
    maxSaveDelay() after the first unsaved one. */
class ProjectDocument : public QObject
{
    Q_OBJECT

public:
    ~ProjectDocument() override;

    /*! Creates a project named \a name in \a folder, which must not exist or be empty. */
    static std::unique_ptr<ProjectDocument> create(const QString &folder, const QString &name,
                                                   ProjectError *error);
    /*! Opens the project in \a path (its folder or its project.seedbed). Nothing on disk
        changes when this fails. */
    static std::unique_ptr<ProjectDocument> open(const QString &path, ProjectError *error);

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
