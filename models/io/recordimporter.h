#pragma once

#include "models/io/csvreader.h"
#include "models/io/importtypes.h"
#include "models/io/textdecoder.h"

#include <QByteArray>
#include <QElapsedTimer>
#include <QJsonObject>
#include <QList>
#include <QSet>
#include <QString>

#include <atomic>
#include <functional>
#include <optional>

QT_BEGIN_NAMESPACE
class QIODevice;
QT_END_NAMESPACE

namespace Seedbed {

/*! \brief Reads seed rows from CSV, TSV, JSON Lines or a JSON array of objects, in pieces,
    so that files of any size can be imported with a progress bar.

    Each row is a QJsonObject. CSV and TSV cells are strings unless ImportOptions::inferTypes
    is set; the header row names the fields. TextDecoder finds the encoding from the first
    ImportOptions::sampleBytes. The format is ImportOptions::format, else the extension of
    the file name, else the content: a leading '[' is a JSON array, '{' JSON Lines, anything
    else CSV or TSV, by the separator the first line uses more. A .json file whose first line
    holds a whole object is read as JSON Lines.

    CSV, TSV and JSON Lines are read as they arrive and hold at most one record besides the
    current batch of rows. A JSON array is kept and parsed as a whole when the input ends
    (up to ImportOptions::maxJsonArrayBytes); convert a huge array to JSON Lines.

    Problems do not stop the import: a bad row is skipped or repaired and listed in
    ImportResult::issues with its line. Only input that cannot be read further (binary data,
    an unknown encoding, a quote never closed, malformed JSON array) fails the import.

    Use it once: either read() / readFile(), or feed() the bytes and call finish(). The
    handlers run on the calling thread; requestCancel() may be called from any thread. Not
    a QObject. */
class RecordImporter
{
public:
    /*! Receives the next rows; returning false cancels the import. */
    using BatchHandler = std::function<bool(const QList<QJsonObject> &rows)>;
    using ProgressHandler = std::function<void(const ImportProgress &progress)>;

    explicit RecordImporter(const ImportOptions &options = {});

    void setBatchHandler(BatchHandler handler) { m_onBatch = std::move(handler); }
    void setProgressHandler(ProgressHandler handler) { m_onProgress = std::move(handler); }
    /*! The file name whose extension hints at the format; read only for that. */
    void setFileName(const QString &fileName) { m_fileName = fileName; }
    /*! The size of the whole input for progress, when feeding bytes by hand. */
    void setTotalBytes(qint64 totalBytes) { m_totalBytes = totalBytes; }

    /*! Reads \a device (open for reading) to its end in chunks of ImportOptions::chunkSize. */
    ImportResult read(QIODevice *device);
    /*! Opens and reads the file at \a path; its name also hints at the format. */
    ImportResult readFile(const QString &path);

    /*! Takes the next \a bytes of the input. Returns false once the import has stopped
        (failed or canceled); finish() then tells why. */
    bool feed(QByteArrayView bytes);
    /*! The input has ended: reads what is left and returns the result. */
    ImportResult finish();

    /*! Stops the import at the next chunk or batch. Thread-safe. */
    void requestCancel() { m_cancelRequested.store(true, std::memory_order_relaxed); }

    /*! Convenience for small inputs: all rows of \a device into \a rows. */
    static ImportResult readAll(QIODevice *device, QList<QJsonObject> *rows,
                                const ImportOptions &options = {},
                                const QString &fileName = QString());

    /*! The format the extension of \a fileName stands for (.csv, .tsv/.tab, .jsonl/.ndjson,
        .json); Auto for any other. .json may still turn out to be JSON Lines. */
    static ImportFormat formatForFileName(const QString &fileName);

private:
    void start(bool atEnd);
    ImportFormat detectFormat(QStringView sample, bool complete) const;
    void process(const QString &text);
    void parse(QStringView text);
    qint64 currentLine() const;

    void processCsv(QStringView text);
    bool takeCsvRecords();
    void setHeader(const CsvReader::Record &record);
    bool addCsvRow(const CsvReader::Record &record);
    QJsonValue cellValue(const QString &cell) const;

    void processJsonLines(QStringView text);
    void endJsonLine();
    bool handleJsonLine(QStringView line, qint64 number);

    void appendToDocument(QStringView text);
    void finishJsonArray();

    bool addRow(const QJsonObject &row);
    bool deliverBatch();
    void addIssue(ImportIssue issue);
    void addIssue(ImportIssue::Severity severity, qint64 line, qint64 column,
                  const QString &message);
    void fail(qint64 line, qint64 column, const QString &message);
    void cancel();
    bool isCancelRequested() const { return m_cancelRequested.load(std::memory_order_relaxed); }
    void reportProgress();

    ImportOptions m_options;
    BatchHandler m_onBatch;
    ProgressHandler m_onProgress;
    QString m_fileName;
    qint64 m_totalBytes = -1;
    std::atomic<bool> m_cancelRequested = false;

    ImportResult m_result;
    bool m_started = false; // encoding and format are decided
    bool m_stopped = false; // failed, canceled or finished
    bool m_empty = false;
    bool m_reportedDecodeError = false;
    QByteArray m_pending; // the first bytes, until there are enough to decide
    TextDecoder m_decoder;
    QElapsedTimer m_timer;
    QList<QJsonObject> m_batch;
    QSet<QString> m_seenFields;

    // CSV and TSV
    std::optional<CsvReader> m_csv;
    QList<CsvReader::Record> m_records;
    bool m_haveHeader = false;

    // JSON Lines
    QString m_line;
    qint64 m_lineNumber = 1;
    bool m_skipLf = false;
    bool m_lineTooLong = false;

    // JSON array
    QByteArray m_document; // UTF-8
    QString m_heldSurrogate;
};

} // namespace Seedbed
