#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace Seedbed {

/*! \brief The layout of a seed-row file. Auto asks the importer to decide from the file name
    and the content; in a result it means nothing could be decided (an empty file). */
enum class ImportFormat { Auto, Csv, Tsv, JsonLines, JsonArray };

/*! \brief How RecordImporter reads a file. The defaults suit interactive imports. */
struct ImportOptions
{
    ImportFormat format = ImportFormat::Auto; //!< anything but Auto overrides detection
    //! CSV/TSV cells that are plain JSON numbers ("12", "-0.5", not "007") or true/false
    //! become numbers and booleans; off by default, so that every cell stays its text.
    bool inferTypes = false;
    qsizetype batchSize = 1000;       //!< rows per call of the batch handler
    qsizetype chunkSize = 256 * 1024; //!< bytes per read from the device
    //! Bytes held before the encoding and the format are decided; the first rows come after.
    qsizetype sampleBytes = 64 * 1024;
    qsizetype maxIssues = 200;                    //!< further problems are only counted
    qsizetype maxRecordChars = 16 << 20;          //!< a longer CSV record or JSON line is an error
    qint64 maxJsonArrayBytes = qint64(512) << 20; //!< a JSON array is parsed as a whole
};

/*! \brief One problem found while importing, with the place it was found. */
struct ImportIssue
{
    enum class Severity {
        Warning, //!< the data was imported, but not quite as written (see the message)
        Error,   //!< a row was skipped, or (as the last issue of a failed import) nothing more
                 //!< could be read
    };

    Severity severity = Severity::Error;
    qint64 line = 0;   //!< 1-based physical line in the file; 0 when about the whole file
    qint64 column = 0; //!< 1-based character in that line; 0 when unknown
    QString message;   //!< translated; says what is wrong and what to do about it

    /*! The message prefixed with its place, e.g. "Line 4, column 7: …" (translated). */
    QString toString() const;

    friend bool operator==(const ImportIssue &, const ImportIssue &) = default;
};

/*! \brief Where a running import stands, for a progress bar with an estimate of the time
    left. */
struct ImportProgress
{
    qint64 bytesRead = 0;
    qint64 totalBytes = -1; //!< -1 when the device cannot tell (a pipe)
    qint64 rows = 0;        //!< rows handed to the batch handler so far
    qint64 elapsedMs = 0;

    /*! Milliseconds left at the speed so far, or -1 when that cannot be estimated yet. */
    qint64 remainingMs() const;
};

/*! \brief What an import did. The rows themselves went to the batch handler. */
struct ImportResult
{
    enum class Status {
        Finished, //!< the whole input was read (issues may still list skipped rows)
        Canceled, //!< the batch handler returned false, or requestCancel() was called
        Failed,   //!< the input could not be read further; the last issue says why
    };

    Status status = Status::Finished;
    ImportFormat format = ImportFormat::Auto;
    QString encoding; //!< "UTF-8", "UTF-16LE", "UTF-16BE", "UTF-32LE", "UTF-32BE", "GB18030"
    bool byteOrderMark = false; //!< the file started with a BOM
    qint64 rowCount = 0;        //!< rows handed to the batch handler
    QStringList fields;         //!< field names in the order they first appeared
    QList<ImportIssue> issues;  //!< in the order found, at most ImportOptions::maxIssues + 1
    qint64 omittedIssues = 0;   //!< issues found beyond the cap
    qint64 bytesRead = 0;

    bool hasErrors() const;
    /*! The first issue of severity Error; a default-constructed issue when there is none. */
    ImportIssue firstError() const;
};

/*! \brief The translated name of \a format ("CSV", "JSON Lines", …). */
QString importFormatName(ImportFormat format);

} // namespace Seedbed
