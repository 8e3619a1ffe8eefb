#include "models/projectdocument.h"

#include "models/pipelinegraph.h"
#include "models/projectformat.h"
#include "models/projectstore.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLockFile>
#include <QSaveFile>
#include <QStorageInfo>
#include <QUndoStack>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>

namespace Seedbed {

namespace {
constexpr char lockName[] = ".seedbed.lock";

// lupdate reads the context from here; the engine has no QObject to lend it one.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Seedbed::ProjectDocument)
};

void setError(ProjectError *error, ProjectError::Code code, const QString &message)
{
    if (error)
        *error = {code, message};
}

// A folder that is absent or empty (hidden entries such as .git count) can receive a new
// project; \a created says whether this call made it.
bool prepareEmptyFolder(const QString &folder, bool *created, ProjectError *error)
{
    QDir dir(folder);
    *created = !dir.exists();
    if (!*created &&
        !dir.entryList(QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot)
             .isEmpty()) {
        setError(
            error, ProjectError::Io,
            Text::tr("The folder %1 is not empty. Choose a new or empty folder for the project.")
                .arg(QDir::toNativeSeparators(folder)));
        return false;
    }
    if (!QDir().mkpath(folder)) {
        setError(error, ProjectError::Io,
                 Text::tr("Could not create the folder %1. Check that you may write there.")
                     .arg(QDir::toNativeSeparators(folder)));
        return false;
    }
    return true;
}

// Undoes a failed create or Save As: removes only the files a project consists of, and the
// folder when it was made for the project and is empty again.
void removeProjectFiles(const QString &folder, bool removeFolder)
{
    QDir dir(folder);
    const QString database = QLatin1String(ProjectFormat::databaseName);
    const QStringList names{QLatin1String(ProjectFormat::fileName), database,
                            database + QStringLiteral("-wal"), database + QStringLiteral("-shm"),
                            database + QStringLiteral("-journal")};
    for (const QString &name : names)
        dir.remove(name);
    if (removeFolder)
        QDir().rmdir(folder);
}

std::unique_ptr<QLockFile> acquireLock(const QString &folder, ProjectError *error)
{
    auto lock = std::make_unique<QLockFile>(QDir(folder).filePath(QLatin1String(lockName)));
    // Never break a lock by age: a live Seedbed on another machine may hold it. A lock left by
    // a crashed process on this machine is still recognised as stale by its process id.
    lock->setStaleLockTime(0);
    if (lock->tryLock(0))
        return lock;
    if (lock->error() == QLockFile::LockFailedError) {
        qint64 pid = 0;
        QString host;
        QString application;
        lock->getLockInfo(&pid, &host, &application);
        setError(
            error, ProjectError::Locked,
            Text::tr("This project is already open in another Seedbed window (process %1 on %2). "
                     "Switch to that window, or close it there and try again.")
                .arg(pid)
                .arg(host));
    } else if (const QStorageInfo disk(folder);
               disk.isValid() && disk.bytesAvailable() < 64 * 1024) {
        // The lock file could not be written: a full disk, not a permission, is why.
        setError(error, ProjectError::Io,
                 Text::tr("Could not lock the project folder %1 for writing: the disk holding it "
                          "is full. Free some space and try again.")
                     .arg(QDir::toNativeSeparators(folder)));
    } else {
        setError(error, ProjectError::Io,
                 Text::tr("Could not lock the project folder %1 for writing. Check that you may "
                          "write there.")
                     .arg(QDir::toNativeSeparators(folder)));
    }
    return nullptr;
}

bool writeAtomically(const QString &path, const QByteArray &bytes, ProjectError *error)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        setError(error, ProjectError::Io,
                 Text::tr("Could not save %1: %2. Your changes are kept in memory; free some disk "
                          "space or check permissions and they will be saved again.")
                     .arg(QDir::toNativeSeparators(path), file.errorString()));
        return false;
    }
    return true;
}

QString databasePath(const QString &folder)
{
    return QDir(folder).filePath(QLatin1String(ProjectFormat::databaseName));
}

// A project's files are read and written where they are: a link that leads out of its folder
// (or nowhere) would make opening a project read or write somebody else's files.
bool leadsOutside(const QString &path, const QString &folder)
{
    const QFileInfo info(path);
    if (!info.isSymLink())
        return false;
    const QString target = info.canonicalFilePath(); // empty when the link is dangling
    const QString root = QFileInfo(folder).canonicalFilePath();
    return target.isEmpty() || root.isEmpty() || !target.startsWith(root + QLatin1Char('/'));
}

void setLinkError(ProjectError *error, const QString &path)
{
    setError(error, ProjectError::Io,
             Text::tr("%1 is a link to a file outside the project folder, which Seedbed does not "
                      "follow. Replace the link with a copy of the file.")
                 .arg(QDir::toNativeSeparators(path)));
}

// Far more than any real project file; a bigger one is not read at all.
constexpr qint64 maxProjectFileBytes = 64 * 1024 * 1024;

template<typename Prepared> Prepared failure(const ProjectError &error)
{
    Prepared result;
    result.error = error;
    return result;
}

/* The slow part of opening, for any thread: everything that reads or writes more than a few
   bytes. Connections made here are removed here; only the lock travels with the result. */
PreparedProject prepareProject(const QString &path)
{
    QFileInfo info(path);
    if (info.isDir())
        info = QFileInfo(QDir(path).filePath(QLatin1String(ProjectFormat::fileName)));
    const QString display = QDir::toNativeSeparators(info.absoluteFilePath());
    ProjectError error;
    if (!info.exists()) {
        setError(&error, ProjectError::NotFound,
                 Text::tr("There is no Seedbed project at %1 (no %2 file).")
                     .arg(QDir::toNativeSeparators(path), QLatin1String(ProjectFormat::fileName)));
        return failure<PreparedProject>(error);
    }
    if (leadsOutside(info.absoluteFilePath(), info.absolutePath())) {
        setLinkError(&error, info.absoluteFilePath());
        return failure<PreparedProject>(error);
    }
    // A directory, a device or a pipe in its place would fail to read, or never stop.
    if (!info.isFile()) {
        setError(&error, ProjectError::NotAProject,
                 Text::tr("%1 is not a regular file: it is not a Seedbed project.").arg(display));
        return failure<PreparedProject>(error);
    }
    if (info.size() > maxProjectFileBytes) {
        setError(&error, ProjectError::Corrupt,
                 Text::tr("%1 is larger than %2 MB, far too large for a project file: it is "
                          "damaged or not a Seedbed project.")
                     .arg(display, QString::number(maxProjectFileBytes / (1024 * 1024))));
        return failure<PreparedProject>(error);
    }
    QFile file(info.absoluteFilePath());
    if (!file.open(QIODevice::ReadOnly)) {
        setError(&error, ProjectError::Io,
                 Text::tr("Could not read %1: %2.").arg(display, file.errorString()));
        return failure<PreparedProject>(error);
    }
    const QByteArray bytes = file.read(maxProjectFileBytes + 1);
    ProjectData data;
    if (!ProjectFormat::parse(bytes, display, &data, &error))
        return failure<PreparedProject>(error);

    const QString folder = info.absolutePath();
    const QString database = databasePath(folder);
    if (leadsOutside(database, folder)) {
        setLinkError(&error, database);
        return failure<PreparedProject>(error);
    }
    std::unique_ptr<QLockFile> lock = acquireLock(folder, &error);
    if (!lock)
        return failure<PreparedProject>(error);
    bool ok = false;
    if (QFileInfo::exists(database)) {
        ok = ProjectStore::prepare(database, &error);
    } else {
        // A project fresh from version control has no database yet: start an empty one.
        ProjectStore store;
        ok = store.create(database, &error);
    }
    if (!ok)
        return failure<PreparedProject>(error); // the lock goes with it
    PreparedProject result;
    result.folder = folder;
    result.data = std::move(data);
    result.lock = std::move(lock);
    return result;
}

/* The slow part of Save As, for any thread: \a folder is absolute, \a bytes the project file
   to write there, \a sourceDatabase the live data file to copy. */
PreparedSaveAs writeCopy(const QString &folder, const QString &name, const QByteArray &bytes,
                         const QString &sourceDatabase)
{
    ProjectError error;
    bool createdFolder = false;
    if (!prepareEmptyFolder(folder, &createdFolder, &error))
        return failure<PreparedSaveAs>(error);
    std::unique_ptr<QLockFile> lock = acquireLock(folder, &error);
    if (!lock) {
        removeProjectFiles(folder, createdFolder);
        return failure<PreparedSaveAs>(error);
    }
    const QString database = databasePath(folder);
    const bool ok = writeAtomically(QDir(folder).filePath(QLatin1String(ProjectFormat::fileName)),
                                    bytes, &error) &&
                    ProjectStore::backup(sourceDatabase, database, &error) &&
                    ProjectStore::prepare(database, &error);
    if (!ok) {
        // Leave no half-made copy behind.
        lock.reset();
        removeProjectFiles(folder, createdFolder);
        return failure<PreparedSaveAs>(error);
    }
    PreparedSaveAs result;
    result.folder = folder;
    result.name = name;
    result.bytes = bytes;
    result.createdFolder = createdFolder;
    result.lock = std::move(lock);
    return result;
}
} // namespace

ProjectDocument::ProjectDocument()
    : m_graph(new PipelineGraph(this))
    , m_undoStack(new QUndoStack(this))
    , m_store(std::make_unique<ProjectStore>())
{
    m_saveTimer.setSingleShot(true);
    connect(&m_saveTimer, &QTimer::timeout, this, [this] {
        ProjectError error;
        if (!save(&error)) {
            emit saveFailed(error.message);
            m_saveTimer.start(m_maxDelayMs); // try again: the disk may have space by then
        }
    });
    connect(m_graph, &PipelineGraph::changed, this, &ProjectDocument::scheduleSave);
}

ProjectDocument::~ProjectDocument()
{
    if (hasUnsavedChanges())
        save();
    m_store->close();
}

QString ProjectDocument::projectFilePath() const
{
    return QDir(m_folder).filePath(QLatin1String(ProjectFormat::fileName));
}

std::unique_ptr<ProjectDocument> ProjectDocument::create(const QString &folder, const QString &name,
                                                         ProjectError *error)
{
    const QString absolute = QFileInfo(folder).absoluteFilePath();
    bool createdFolder = false;
    if (!prepareEmptyFolder(absolute, &createdFolder, error))
        return nullptr;
    std::unique_ptr<ProjectDocument> document(new ProjectDocument);
    if (!document->lock(absolute, error)) {
        removeProjectFiles(absolute, createdFolder);
        return nullptr;
    }
    document->m_folder = absolute;
    document->m_name = name;
    const QByteArray bytes = document->serialize();
    if (!writeAtomically(document->projectFilePath(), bytes, error) ||
        !document->m_store->create(
            QDir(absolute).filePath(QLatin1String(ProjectFormat::databaseName)), error)) {
        document->m_store->close();
        document->m_folder.clear(); // nothing left to save
        document->m_lock.reset();
        removeProjectFiles(absolute, createdFolder);
        return nullptr;
    }
    document->m_savedBytes = bytes;
    return document;
}

std::unique_ptr<ProjectDocument> ProjectDocument::open(const QString &path, ProjectError *error)
{
    return finishOpen(prepareProject(path), error);
}

QFuture<PreparedProject> ProjectDocument::prepareOpen(const QString &path)
{
    return QtConcurrent::run(prepareProject, path);
}

std::unique_ptr<ProjectDocument> ProjectDocument::finishOpen(PreparedProject &&prepared,
                                                             ProjectError *error)
{
    PreparedProject project = std::move(prepared); // spent, whatever happens
    if (project.error) {
        setError(error, project.error.code, project.error.message);
        return nullptr;
    }
    std::unique_ptr<ProjectDocument> document(new ProjectDocument);
    document->m_lock = std::move(project.lock);
    if (!document->m_store->openPrepared(databasePath(project.folder), error))
        return nullptr;
    document->m_folder = project.folder;
    document->load(project.data);
    // Compare later saves with the canonical form of what was read, so that merely opening
    // and closing a hand-edited file never rewrites it.
    document->m_savedBytes = document->serialize();
    return document;
}

bool ProjectDocument::lock(const QString &folder, ProjectError *error)
{
    m_lock = acquireLock(folder, error);
    return m_lock != nullptr;
}

void ProjectDocument::load(const ProjectData &data)
{
    m_name = data.name;
    m_extra = data.extra;
    m_stageExtra = data.stageExtra;
    m_graph->reset(data.stages, data.edges, data.templates);
    m_saveTimer.stop(); // loading is not an edit
    m_firstUnsavedEdit.invalidate();
    m_undoStack->clear();
}

QByteArray ProjectDocument::serialize() const
{
    return serialize(m_name);
}

QByteArray ProjectDocument::serialize(const QString &name) const
{
    return ProjectFormat::serialize(
        {name, m_graph->stages(), m_graph->edges(), m_graph->templates(), m_extra, m_stageExtra});
}

bool ProjectDocument::hasUnsavedChanges() const
{
    return !m_folder.isEmpty() && serialize() != m_savedBytes;
}

void ProjectDocument::discardUnsavedChanges()
{
    m_saveTimer.stop();
    m_firstUnsavedEdit.invalidate();
    m_savedBytes = serialize();
}

bool ProjectDocument::save(ProjectError *error)
{
    m_saveTimer.stop();
    const QByteArray bytes = serialize();
    if (bytes != m_savedBytes) {
        if (!writeAtomically(projectFilePath(), bytes, error))
            return false;
        m_savedBytes = bytes;
    }
    // The undo stack is deliberately not marked clean: QUndoStack never merges into the
    // clean command, so autosaving would cut one drag or one typed word into many steps.
    m_firstUnsavedEdit.invalidate();
    emit saved();
    return true;
}

bool ProjectDocument::saveAs(const QString &folder, const QString &name, ProjectError *error)
{
    const QString absolute = QFileInfo(folder).absoluteFilePath();
    const QString newName = name.isEmpty() ? QDir(absolute).dirName() : name;
    return finishSaveAs(writeCopy(absolute, newName, serialize(newName), m_store->path()), error);
}

QFuture<PreparedSaveAs> ProjectDocument::prepareSaveAs(const QString &folder,
                                                       const QString &name) const
{
    // Everything the worker needs is taken here, by value: it never touches this object.
    const QString absolute = QFileInfo(folder).absoluteFilePath();
    const QString newName = name.isEmpty() ? QDir(absolute).dirName() : name;
    return QtConcurrent::run(writeCopy, absolute, newName, serialize(newName), m_store->path());
}

bool ProjectDocument::finishSaveAs(PreparedSaveAs &&prepared, ProjectError *error)
{
    PreparedSaveAs copy = std::move(prepared); // spent, whatever happens
    if (copy.error) {
        setError(error, copy.error.code, copy.error.message);
        return false;
    }
    auto newStore = std::make_unique<ProjectStore>();
    if (!newStore->openPrepared(databasePath(copy.folder), error)) {
        // Leave no half-made copy behind; the original stays open and untouched.
        newStore.reset();
        copy.lock.reset();
        removeProjectFiles(copy.folder, copy.createdFolder);
        return false;
    }
    m_store->close();
    m_store = std::move(newStore);
    m_lock = std::move(copy.lock);
    m_folder = copy.folder;
    m_name = copy.name;
    m_savedBytes = copy.bytes;
    m_saveTimer.stop();
    m_firstUnsavedEdit.invalidate();
    emit folderChanged(m_folder);
    emit saved();
    // Edits made while the copy was being written belong in it too.
    if (hasUnsavedChanges())
        scheduleSave();
    return true;
}

void ProjectDocument::setSaveDelays(int debounceMs, int maxDelayMs)
{
    m_debounceMs = debounceMs;
    m_maxDelayMs = maxDelayMs;
}

void ProjectDocument::scheduleSave()
{
    if (m_folder.isEmpty())
        return;
    if (!m_firstUnsavedEdit.isValid())
        m_firstUnsavedEdit.start();
    const qint64 left = m_maxDelayMs - m_firstUnsavedEdit.elapsed();
    m_saveTimer.start(
        int(std::clamp<qint64>(std::min<qint64>(m_debounceMs, left), 0, m_maxDelayMs)));
}

} // namespace Seedbed
