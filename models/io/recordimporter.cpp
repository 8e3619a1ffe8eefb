#include "models/io/recordimporter.h"

#include "models/io/jsonscan.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QIODevice>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QLocale>

#include <cmath>
#include <utility>

namespace Seedbed {

namespace {
// lupdate reads the context from here; the importer is not a QObject.
struct ImportText
{
    Q_DECLARE_TR_FUNCTIONS(Seedbed::RecordImporter)
};

inline bool isLineBreak(QChar c)
{
    return c == u'\n' || c == u'\r';
}

// Text files hold no NUL and hardly any other control characters.
bool looksBinary(QStringView text)
{
    qsizetype controls = 0;
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        if (u == 0)
            return true;
        if (u < 0x20 && u != u'\t' && u != u'\n' && u != u'\r' && u != u'\f')
            ++controls;
    }
    return controls > 0 && controls * 100 > text.size();
}

QString binaryDataMessage()
{
    return ImportText::tr("This does not look like a CSV, TSV or JSON file: it contains binary "
                          "data. Choose a text file with one row per line, or a JSON array of "
                          "objects.");
}

// Whether \a text is a plain JSON number that survives a round trip: no leading zeros
// ("007" is a code, not seven), no more digits than a double holds exactly.
bool isPlainNumber(QStringView text)
{
    qsizetype i = 0;
    const qsizetype n = text.size();
    const auto digit = [&](qsizetype at) { return at < n && text[at] >= u'0' && text[at] <= u'9'; };
    if (i < n && text[i] == u'-')
        ++i;
    if (!digit(i))
        return false;
    if (text[i] == u'0' && digit(i + 1))
        return false;
    qsizetype digits = 0;
    while (digit(i)) {
        ++i;
        ++digits;
    }
    if (i < n && text[i] == u'.') {
        ++i;
        if (!digit(i))
            return false;
        while (digit(i)) {
            ++i;
            ++digits;
        }
    }
    if (i < n && (text[i] == u'e' || text[i] == u'E')) {
        ++i;
        if (i < n && (text[i] == u'+' || text[i] == u'-'))
            ++i;
        if (!digit(i))
            return false;
        while (digit(i))
            ++i;
    }
    if (i != n)
        return false;
    // A double gives back up to 15 significant digits as written; "12345678901234567"
    // would come back changed, so it stays text.
    return digits <= 15;
}
} // namespace

RecordImporter::RecordImporter(const ImportOptions &options)
    : m_options(options)
{
    m_options.batchSize = qMax<qsizetype>(1, m_options.batchSize);
    m_options.chunkSize = qMax<qsizetype>(1, m_options.chunkSize);
    m_options.maxIssues = qMax<qsizetype>(0, m_options.maxIssues);
    m_options.maxRecordChars = qMax<qsizetype>(1, m_options.maxRecordChars);
    m_options.sampleBytes = qMax<qsizetype>(16, m_options.sampleBytes);
}

ImportFormat RecordImporter::formatForFileName(const QString &fileName)
{
    const QString suffix = QFileInfo(fileName).suffix().toLower();
    if (suffix == QLatin1StringView("csv"))
        return ImportFormat::Csv;
    if (suffix == QLatin1StringView("tsv") || suffix == QLatin1StringView("tab"))
        return ImportFormat::Tsv;
    if (suffix == QLatin1StringView("jsonl") || suffix == QLatin1StringView("ndjson"))
        return ImportFormat::JsonLines;
    if (suffix == QLatin1StringView("json"))
        return ImportFormat::JsonArray;
    return ImportFormat::Auto;
}

ImportResult RecordImporter::readAll(QIODevice *device, QList<QJsonObject> *rows,
                                     const ImportOptions &options, const QString &fileName)
{
    RecordImporter importer(options);
    importer.setFileName(fileName);
    importer.setBatchHandler([rows](const QList<QJsonObject> &batch) {
        if (rows)
            rows->append(batch);
        return true;
    });
    return importer.read(device);
}

ImportResult RecordImporter::readFile(const QString &path)
{
    QFile file(path);
    if (m_fileName.isEmpty())
        m_fileName = path;
    if (!file.open(QIODevice::ReadOnly)) {
        fail(0, 0,
             ImportText::tr("Cannot open “%1”: %2. Check that the file exists and that you may "
                            "read it.")
                 .arg(QDir::toNativeSeparators(path), file.errorString()));
        return finish();
    }
    return read(&file);
}

ImportResult RecordImporter::read(QIODevice *device)
{
    if (!device || !device->isReadable()) {
        fail(0, 0, ImportText::tr("The file is not open for reading."));
        return finish();
    }
    if (m_totalBytes < 0 && !device->isSequential())
        m_totalBytes = device->size() - device->pos();
    QByteArray buffer(m_options.chunkSize, Qt::Uninitialized);
    for (;;) {
        const qint64 count = device->read(buffer.data(), buffer.size());
        if (count < 0) {
            fail(0, 0, ImportText::tr("Reading the file failed: %1").arg(device->errorString()));
            break;
        }
        if (count == 0) {
            // A pipe or socket may have more to come; a file has ended.
            if (device->isSequential() && device->waitForReadyRead(30'000))
                continue;
            break;
        }
        if (!feed(QByteArrayView(buffer.constData(), count)))
            break;
    }
    return finish();
}

bool RecordImporter::feed(QByteArrayView bytes)
{
    if (m_stopped)
        return false;
    if (!m_timer.isValid())
        m_timer.start();
    if (isCancelRequested()) {
        cancel();
        return false;
    }
    m_result.bytesRead += bytes.size();
    if (!m_started) {
        m_pending.append(bytes);
        if (m_pending.size() >= m_options.sampleBytes)
            start(false);
    } else {
        process(m_decoder.decode(bytes));
    }
    reportProgress();
    return !m_stopped;
}

ImportResult RecordImporter::finish()
{
    if (!m_stopped && !m_started)
        start(true);
    if (!m_stopped && isCancelRequested())
        cancel();
    if (!m_stopped && m_decoder.isStarted())
        process(m_decoder.flush());
    if (!m_stopped) {
        switch (m_result.format) {
        case ImportFormat::Csv:
        case ImportFormat::Tsv:
            if (m_csv) {
                m_csv->finish(m_records);
                if (takeCsvRecords() && m_csv->hasError()) {
                    const ImportIssue error = m_csv->error();
                    fail(error.line, error.column, error.message);
                }
            }
            break;
        case ImportFormat::JsonLines:
            endJsonLine();
            break;
        case ImportFormat::JsonArray:
            finishJsonArray();
            break;
        case ImportFormat::Auto:
            break;
        }
    }
    if (!m_stopped && m_decoder.endsInsideCharacter()) {
        addIssue(ImportIssue::Severity::Warning, 0, 0,
                 ImportText::tr("The file ends in the middle of a character, so its last "
                                "character was left out. The file may be cut short; check its "
                                "end."));
    }
    if (!m_stopped && deliverBatch()) {
        m_stopped = true;
        m_result.status = ImportResult::Status::Finished;
        if (m_empty) {
            addIssue(ImportIssue::Severity::Warning, 0, 0,
                     ImportText::tr("The file is empty; there are no rows to import."));
        } else if (m_result.rowCount == 0 && m_haveHeader) {
            addIssue(ImportIssue::Severity::Warning, 0, 0,
                     ImportText::tr("The file has a header row but no rows below it."));
        } else if (m_result.rowCount == 0 && m_result.issues.isEmpty()) {
            addIssue(ImportIssue::Severity::Warning, 0, 0,
                     ImportText::tr("The file holds no rows."));
        }
    }
    m_stopped = true;
    reportProgress();
    return m_result;
}

void RecordImporter::start(bool atEnd)
{
    m_started = true;
    const qsizetype sampleBytes = m_options.sampleBytes;
    const bool complete = atEnd && m_pending.size() <= sampleBytes;
    const QByteArrayView sample =
        QByteArrayView(m_pending).first(qMin(m_pending.size(), sampleBytes));
    if (!m_decoder.start(sample)) {
        // No UTF-16 or UTF-32 mark, so a NUL byte means binary data rather than a codec.
        fail(0, 0, sample.contains('\0') ? binaryDataMessage() : m_decoder.errorString());
        return;
    }
    m_result.encoding = m_decoder.encoding();
    m_result.byteOrderMark = m_decoder.hasByteOrderMark();

    // The format and the binary check look at the sample alone, decoded on its own, so
    // that the decision does not depend on how the input was cut into pieces.
    const QString head = m_decoder.decodeSample(sample);
    if (complete && head.trimmed().isEmpty()) {
        m_empty = true;
        m_result.format = m_options.format != ImportFormat::Auto ? m_options.format
                                                                 : formatForFileName(m_fileName);
        return;
    }
    if (looksBinary(head)) {
        m_result.encoding.clear();
        m_result.byteOrderMark = false;
        fail(0, 0, binaryDataMessage());
        return;
    }
    m_result.format = detectFormat(head, complete);
    if (m_result.format == ImportFormat::Csv || m_result.format == ImportFormat::Tsv) {
        m_csv.emplace(m_result.format == ImportFormat::Tsv ? u'\t' : u',',
                      m_options.maxRecordChars);
    }
    process(m_decoder.decode(std::exchange(m_pending, QByteArray())));
}

ImportFormat RecordImporter::detectFormat(QStringView sample, bool complete) const
{
    if (m_options.format != ImportFormat::Auto)
        return m_options.format;
    const ImportFormat byName = formatForFileName(m_fileName);
    if (byName == ImportFormat::Csv || byName == ImportFormat::Tsv ||
        byName == ImportFormat::JsonLines) {
        return byName;
    }
    const QStringView content = sample.trimmed();
    const QChar first = content.isEmpty() ? QChar() : content.front();
    if (first == u'[')
        return ImportFormat::JsonArray;
    if (first == u'{') {
        // One object per line, or one object written over many lines (which the array
        // parser then explains).
        const qsizetype lineEnd = content.indexOf(u'\n');
        if (lineEnd < 0 && !complete)
            return ImportFormat::JsonLines;
        const QByteArray firstLine =
            content.first(lineEnd < 0 ? content.size() : lineEnd).trimmed().toUtf8();
        QJsonParseError error;
        const QJsonDocument document = QJsonDocument::fromJson(firstLine, &error);
        return error.error == QJsonParseError::NoError && document.isObject()
                   ? ImportFormat::JsonLines
                   : ImportFormat::JsonArray;
    }
    if (byName == ImportFormat::JsonArray)
        return ImportFormat::JsonArray;
    // The separator the first line uses more, outside quotes.
    qsizetype commas = 0;
    qsizetype tabs = 0;
    bool quoted = false;
    for (const QChar c : sample) {
        if (c == u'"')
            quoted = !quoted;
        else if (quoted)
            continue;
        else if (isLineBreak(c))
            break;
        else if (c == u',')
            ++commas;
        else if (c == u'\t')
            ++tabs;
    }
    return tabs > commas ? ImportFormat::Tsv : ImportFormat::Csv;
}

void RecordImporter::process(const QString &text)
{
    if (m_stopped || text.isEmpty())
        return;
    if (m_reportedDecodeError || !m_decoder.hasError()) {
        parse(text);
        return;
    }
    // The first bytes the encoding cannot read are in this piece. The warning goes where
    // their replacement character is, so that it has the line and comes in the same order,
    // however the input was cut.
    m_reportedDecodeError = true;
    const qsizetype at =
        qMax<qsizetype>(0, text.indexOf(QChar::ReplacementCharacter,
                                        qMax<qsizetype>(0, m_decoder.errorSearchStart())));
    parse(QStringView(text).first(at));
    if (m_stopped)
        return;
    addIssue(ImportIssue::Severity::Warning, currentLine(), 0,
             ImportText::tr("The file is not valid %1 text from here on; characters that could "
                            "not be read were replaced with \uFFFD. Save the file as %1 and "
                            "import it again.")
                 .arg(m_result.encoding));
    parse(QStringView(text).sliced(at));
}

void RecordImporter::parse(QStringView text)
{
    if (m_stopped || text.isEmpty())
        return;
    switch (m_result.format) {
    case ImportFormat::Csv:
    case ImportFormat::Tsv:
        processCsv(text);
        break;
    case ImportFormat::JsonLines:
        processJsonLines(text);
        break;
    case ImportFormat::JsonArray:
        appendToDocument(text);
        break;
    case ImportFormat::Auto:
        break;
    }
}

qint64 RecordImporter::currentLine() const
{
    switch (m_result.format) {
    case ImportFormat::Csv:
    case ImportFormat::Tsv:
        return m_csv ? m_csv->line() : 1;
    case ImportFormat::JsonLines:
        return m_lineNumber;
    case ImportFormat::JsonArray:
        return JsonScan::positionAt(m_document, m_document.size()).line;
    case ImportFormat::Auto:
        break;
    }
    return 1;
}

// CSV and TSV -----------------------------------------------------------------------------

void RecordImporter::processCsv(QStringView text)
{
    m_csv->feed(text, m_records);
    if (takeCsvRecords() && m_csv->hasError()) {
        const ImportIssue error = m_csv->error();
        fail(error.line, error.column, error.message);
    }
}

bool RecordImporter::takeCsvRecords()
{
    bool ok = true;
    for (const CsvReader::Record &record : std::as_const(m_records)) {
        for (const ImportIssue &issue : record.issues)
            addIssue(issue);
        if (record.blank)
            continue;
        if (!m_haveHeader) {
            setHeader(record);
            continue;
        }
        if (!addCsvRow(record)) {
            ok = false;
            break;
        }
    }
    m_records.clear();
    return ok;
}

void RecordImporter::setHeader(const CsvReader::Record &record)
{
    m_haveHeader = true;
    for (qsizetype i = 0; i < record.cells.size(); ++i) {
        const QString given = record.cells.at(i).trimmed();
        QString name = given;
        if (name.isEmpty())
            name = QStringLiteral("column_%1").arg(i + 1);
        if (m_seenFields.contains(name)) {
            const QString base = name;
            int n = 2;
            do {
                name = QStringLiteral("%1_%2").arg(base).arg(n++);
            } while (m_seenFields.contains(name));
        }
        if (given.isEmpty()) {
            addIssue(ImportIssue::Severity::Warning, record.line, 0,
                     ImportText::tr("Column %1 has no name in the header row, so it is called "
                                    "“%2”. Give it a name in the file if you want another.")
                         .arg(i + 1)
                         .arg(name));
        } else if (name != given) {
            addIssue(ImportIssue::Severity::Warning, record.line, 0,
                     ImportText::tr("More than one column is called “%1” in the header row, so "
                                    "column %2 is called “%3”. Rename it in the file if you "
                                    "want another name.")
                         .arg(given)
                         .arg(i + 1)
                         .arg(name));
        }
        m_seenFields.insert(name);
        m_result.fields.append(name);
    }
}

bool RecordImporter::addCsvRow(const CsvReader::Record &record)
{
    const QStringList &header = m_result.fields;
    const qsizetype cells = record.cells.size();
    if (cells > header.size()) {
        bool extraText = false;
        for (qsizetype i = header.size(); i < cells && !extraText; ++i)
            extraText = !record.cells.at(i).isEmpty();
        // Empty cells after the last column (a trailing separator) are harmless.
        if (extraText) {
            addIssue(ImportIssue::Severity::Error, record.line, 0,
                     ImportText::tr("This row has %n cell(s) but the header row names only %1, "
                                    "so the row was skipped. Put quotes around cells that "
                                    "contain the separator, or name the extra columns in the "
                                    "header row.",
                                    nullptr, int(cells))
                         .arg(header.size()));
            return true;
        }
    } else if (cells < header.size()) {
        addIssue(ImportIssue::Severity::Warning, record.line, 0,
                 ImportText::tr("This row has %n cell(s) but the header row names %1; the "
                                "missing cells were left empty. Check for a missing separator.",
                                nullptr, int(cells))
                     .arg(header.size()));
    }
    QJsonObject row;
    for (qsizetype i = 0; i < header.size(); ++i)
        row.insert(header.at(i), cellValue(i < cells ? record.cells.at(i) : QString()));
    return addRow(row);
}

QJsonValue RecordImporter::cellValue(const QString &cell) const
{
    if (!m_options.inferTypes)
        return cell;
    if (cell.compare(QLatin1StringView("true"), Qt::CaseInsensitive) == 0)
        return true;
    if (cell.compare(QLatin1StringView("false"), Qt::CaseInsensitive) == 0)
        return false;
    if (isPlainNumber(cell)) {
        bool ok = false;
        const double number = cell.toDouble(&ok);
        if (ok && std::isfinite(number))
            return number;
    }
    return cell;
}

// JSON Lines ------------------------------------------------------------------------------

void RecordImporter::processJsonLines(QStringView text)
{
    qsizetype i = 0;
    if (m_skipLf) {
        m_skipLf = false;
        if (text.startsWith(u'\n'))
            i = 1;
    }
    while (i < text.size() && !m_stopped) {
        qsizetype end = i;
        while (end < text.size() && !isLineBreak(text[end]))
            ++end;
        const QStringView piece = text.sliced(i, end - i);
        // Judged on the whole line, however it was cut, so that the result is the same.
        if (!m_lineTooLong && m_line.size() + piece.size() > m_options.maxRecordChars) {
            m_lineTooLong = true;
            m_line = QString();
        }
        if (end == text.size()) {
            if (!m_lineTooLong)
                m_line.append(piece); // the line goes on in the next piece
            break;
        }
        if (m_line.isEmpty() && !m_lineTooLong) {
            handleJsonLine(piece, m_lineNumber); // the common case: no copy
        } else {
            if (!m_lineTooLong)
                m_line.append(piece);
            endJsonLine();
        }
        ++m_lineNumber;
        i = end + 1;
        if (text[end] == u'\r') {
            if (i < text.size()) {
                if (text[i] == u'\n')
                    ++i;
            } else {
                m_skipLf = true;
            }
        }
    }
}

void RecordImporter::endJsonLine()
{
    if (m_lineTooLong) {
        addIssue(ImportIssue::Severity::Error, m_lineNumber, 0,
                 ImportText::tr("This line is longer than %L1 characters, so it was skipped. "
                                "Check that the file really holds one JSON object per line.")
                     .arg(m_options.maxRecordChars));
    } else if (!m_line.isEmpty()) {
        handleJsonLine(m_line, m_lineNumber);
    }
    m_line.clear();
    m_lineTooLong = false;
}

bool RecordImporter::handleJsonLine(QStringView line, qint64 number)
{
    const QStringView content = line.trimmed();
    if (content.isEmpty())
        return true;
    const qint64 indent = content.data() - line.data();
    if (content.front() != u'{') {
        const QString message =
            content.front() == u'['
                ? ImportText::tr("This line holds a JSON array, not an object, so it was "
                                 "skipped. Each line of a JSON Lines file must hold one object, "
                                 "like {\"name\": \"value\"}.")
                : ImportText::tr("This line is not a JSON object, so it was skipped. Each line "
                                 "of a JSON Lines file must hold one object, like "
                                 "{\"name\": \"value\"}.");
        addIssue(ImportIssue::Severity::Error, number, indent + 1, message);
        return true;
    }
    const QByteArray bytes = line.toUtf8();
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(bytes, &error);
    if (error.error != QJsonParseError::NoError) {
        addIssue(ImportIssue::Severity::Error, number,
                 JsonScan::positionBefore(bytes, error.offset).column,
                 ImportText::tr("This line is not valid JSON (%1), so it was skipped. Correct "
                                "the line or remove it.")
                     .arg(error.errorString()));
        return true;
    }
    const QJsonObject row = document.object();
    for (auto it = row.constBegin(); it != row.constEnd(); ++it) {
        if (!m_seenFields.contains(it.key())) {
            JsonScan::collectKeys(bytes, 1, m_result.fields, m_seenFields);
            break;
        }
    }
    return addRow(row);
}

// JSON array ------------------------------------------------------------------------------

void RecordImporter::appendToDocument(QStringView text)
{
    // A surrogate pair cut between two pieces must be encoded to UTF-8 whole.
    QString joined;
    if (!m_heldSurrogate.isEmpty()) {
        joined = std::exchange(m_heldSurrogate, QString());
        joined.append(text);
        text = joined;
    }
    if (!text.isEmpty() && text.back().isHighSurrogate()) {
        m_heldSurrogate = text.back();
        text.chop(1);
    }
    m_document.append(text.toUtf8());
    if (m_document.size() > m_options.maxJsonArrayBytes) {
        fail(0, 0,
             ImportText::tr("The JSON file is larger than %1, too large to read as one array. "
                            "Save it as JSON Lines (one object per line), which is read piece "
                            "by piece.")
                 .arg(QLocale().formattedDataSize(m_options.maxJsonArrayBytes)));
    }
}

void RecordImporter::finishJsonArray()
{
    m_document.append(std::exchange(m_heldSurrogate, QString()).toUtf8());
    const QByteArray document = std::exchange(m_document, QByteArray());
    QJsonParseError error;
    const QJsonDocument json = QJsonDocument::fromJson(document, &error);
    if (error.error != QJsonParseError::NoError) {
        const JsonScan::Position at = JsonScan::positionBefore(document, error.offset);
        fail(at.line, at.column,
             ImportText::tr("The file is not valid JSON (%1). Correct it at this place and "
                            "import it again.")
                 .arg(error.errorString()));
        return;
    }
    if (!json.isArray()) {
        fail(0, 0,
             ImportText::tr("The file holds a single JSON object. Seed rows must be a JSON "
                            "array of objects ([{…}, {…}]) or JSON Lines, one object per "
                            "line."));
        return;
    }
    JsonScan::collectKeys(document, 2, m_result.fields, m_seenFields);
    const QJsonArray array = json.array();
    QList<qsizetype> offsets; // found only when an element is not an object
    std::optional<JsonScan::Locator> locator;
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QJsonValue value = array.at(i);
        if (value.isObject()) {
            if (!addRow(value.toObject()))
                return;
            continue;
        }
        if (!locator) {
            offsets = JsonScan::arrayElementOffsets(document);
            locator.emplace(document);
        }
        const JsonScan::Position at =
            i < offsets.size() ? locator->at(offsets.at(i)) : JsonScan::Position{0, 0};
        addIssue(ImportIssue::Severity::Error, at.line, at.column,
                 ImportText::tr("Element %1 of the array is not an object ({…}), so it was "
                                "skipped. Every element must be an object whose keys name the "
                                "fields.")
                     .arg(i + 1));
    }
}

// Rows, issues, progress ------------------------------------------------------------------

bool RecordImporter::addRow(const QJsonObject &row)
{
    m_batch.append(row);
    if (m_batch.size() >= m_options.batchSize)
        return deliverBatch();
    return true;
}

bool RecordImporter::deliverBatch()
{
    if (m_stopped)
        return false;
    if (m_batch.isEmpty())
        return true;
    m_result.rowCount += m_batch.size();
    const bool wanted = !m_onBatch || m_onBatch(m_batch);
    m_batch.clear();
    if (!wanted || isCancelRequested()) {
        cancel();
        return false;
    }
    return true;
}

void RecordImporter::addIssue(ImportIssue issue)
{
    if (m_result.issues.size() < m_options.maxIssues)
        m_result.issues.append(std::move(issue));
    else
        ++m_result.omittedIssues;
}

void RecordImporter::addIssue(ImportIssue::Severity severity, qint64 line, qint64 column,
                              const QString &message)
{
    addIssue(ImportIssue{severity, line, column, message});
}

void RecordImporter::fail(qint64 line, qint64 column, const QString &message)
{
    // The rows before the failure are handed over; the caller decides whether to keep them.
    if (!m_stopped)
        deliverBatch();
    // Past the cap too: the reason the import stopped must be seen.
    m_result.issues.append({ImportIssue::Severity::Error, line, column, message});
    m_result.status = ImportResult::Status::Failed;
    m_stopped = true;
    m_batch.clear();
}

void RecordImporter::cancel()
{
    m_result.status = ImportResult::Status::Canceled;
    m_stopped = true;
    m_batch.clear();
}

void RecordImporter::reportProgress()
{
    if (!m_onProgress)
        return;
    ImportProgress progress;
    progress.bytesRead = m_result.bytesRead;
    progress.totalBytes = m_totalBytes;
    progress.rows = m_result.rowCount;
    progress.elapsedMs = m_timer.isValid() ? m_timer.elapsed() : 0;
    m_onProgress(progress);
}

} // namespace Seedbed
