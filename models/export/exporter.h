#pragma once

#include "models/export/exportoptions.h"

#include <QByteArrayList>
#include <QMap>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

#include <atomic>
#include <functional>

namespace Seedbed::Export {

/*! \brief How far an export is, for a progress bar. */
struct ExportProgress
{
    qint64 records = 0;  //!< records read so far (written or filtered out)
    qint64 written = 0;  //!< records (pairs, for preference) written so far
    qint64 expected = 0; //!< records of the stages and statuses: the bar's maximum (≥ records)
    qint64 bytes = 0;    //!< bytes written so far
};

/*! \brief What an export did. */
struct ExportResult
{
    bool ok = false;
    bool cancelled = false; //!< stopped by the callback or the flag; nothing on disk changed
    QString error;          //!< translated; names the file; says the previous one is intact
    qint64 written = 0;     //!< records (pairs, for preference) written
    qint64 bytes = 0;
    QStringList files;              //!< absolute paths written (the folder's files for HF)
    QMap<QString, qint64> perSplit; //!< records per split name, when splitting
};

/*! \brief Writes the records of a project's data file to disk in a training format.

    Streams: one forward-only query, a record at a time, so memory stays flat at millions of
    records. Atomic: the file is written through QSaveFile (a hugging-face folder into a
    temporary folder beside the target that then takes its place), so a failed or cancelled
    export leaves the previous file as it was and no temporary file behind.

    Not a QObject: run it in any thread, with a database connection made in that thread
    (ReadOnlyConnection for a project's data.sqlite). Ownership: the connection is not
    taken and must outlive the call. */
class Exporter
{
public:
    /*! Called every few thousand records and once at the end; returning false cancels. */
    using ProgressCallback = std::function<bool(const ExportProgress &)>;

    explicit Exporter(ExportOptions options);

    const ExportOptions &options() const { return m_options; }

    /*! \a callback is called in the exporting thread. */
    void setProgressCallback(ProgressCallback callback) { m_progress = std::move(callback); }
    /*! When \a flag becomes true (from any thread) the export stops, as if cancelled.
        Not owned; must outlive run(). */
    void setCancelFlag(const std::atomic<bool> *flag) { m_cancel = flag; }
    /*! The project whose settings a hugging-face dataset card describes (models, prompt
        versions, dedup settings…): the path of its project.seedbed. Optional. */
    void setProjectFile(const QString &projectFile) { m_projectFile = projectFile; }

    /*! Exports the records in \a db to \a name inside \a folder (a file; for the hugging-face
        format a folder). The name is checked with ExportTarget::check() first; missing
        sub-folders are made. */
    ExportResult run(const QSqlDatabase &db, const QString &folder, const QString &name);

    /*! The first \a maxLines lines of what run() would write with \a options (for a
        hugging-face folder: of its first split's file; for csv/tsv: the header and the first
        rows; for json: one element per line), without the BOM. False with \a error (when not
        null) when the options or the data file cannot be used. Reads no more records than
        it needs (preference pairs: the records of the first parents). */
    static bool preview(const QSqlDatabase &db, const ExportOptions &options, int maxLines,
                        QByteArrayList *lines, QString *error = nullptr);

    /*! The field names of the records of \a stageIds in \a db, from a sample of up to
        \a sample records, in first-seen order: choices for a mapping editor. */
    static QStringList fieldNames(const QSqlDatabase &db, const QStringList &stageIds,
                                  int sample = 200);
    /*! The names of the judges that scored records of \a stageIds, sorted. */
    static QStringList judgeNames(const QSqlDatabase &db, const QStringList &stageIds);
    /*! The tags on records of \a stageIds, sorted. */
    static QStringList tagNames(const QSqlDatabase &db, const QStringList &stageIds);
    /*! Whether records of \a stageIds carry a split field \a field (the Split stage's). */
    static bool hasSplitField(const QSqlDatabase &db, const QStringList &stageIds,
                              const QString &field = QStringLiteral("split"));

private:
    ExportOptions m_options;
    ProgressCallback m_progress;
    const std::atomic<bool> *m_cancel = nullptr;
    QString m_projectFile;
};

} // namespace Seedbed::Export
