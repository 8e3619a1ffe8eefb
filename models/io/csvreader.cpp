#include "models/io/csvreader.h"

#include <QCoreApplication>

#include <utility>

namespace Seedbed {

namespace {
// lupdate reads the context from here; the reader is not a QObject.
struct ImportText
{
    Q_DECLARE_TR_FUNCTIONS(Seedbed::RecordImporter)
};

inline bool isLineBreak(char16_t c)
{
    return c == u'\n' || c == u'\r';
}
} // namespace

CsvReader::CsvReader(QChar separator, qsizetype maxRecordChars)
    : m_separator(separator.unicode())
    , m_maxRecordChars(maxRecordChars)
{
    m_record.line = 1;
}

bool CsvReader::feed(QStringView text, QList<Record> &records)
{
    if (m_failed)
        return false;
    const char16_t *const begin = text.utf16();
    const char16_t *const end = begin + text.size();
    const char16_t *p = begin;
    const auto offsetOf = [&](const char16_t *at) { return m_offset + (at - begin); };
    const auto columnOf = [&](const char16_t *at) { return offsetOf(at) - m_lineStart + 1; };
    // Consumes the line break at p; a CR may be followed by an LF that belongs to it.
    const auto lineBreak = [&] {
        m_skipLf = *p == u'\r';
        ++p;
        ++m_line;
        m_lineStart = offsetOf(p);
    };

    while (p < end && !m_failed) {
        if (m_skipLf) {
            m_skipLf = false;
            if (*p == u'\n') {
                ++p;
                m_lineStart = offsetOf(p);
                continue;
            }
        }
        switch (m_state) {
        case State::FieldStart:
            if (*p == u'"') {
                m_state = State::Quoted;
                m_recordQuoted = true;
                m_quoteLine = m_line;
                m_quoteColumn = columnOf(p);
                ++p;
            } else if (*p == m_separator) {
                endField();
                ++p;
            } else if (isLineBreak(*p)) {
                endRecord(records);
                lineBreak();
                m_record.line = m_line;
            } else {
                m_state = State::Unquoted;
            }
            break;
        case State::Unquoted: {
            const char16_t *run = p;
            while (run < end && *run != m_separator && !isLineBreak(*run))
                ++run;
            append(QStringView(p, run));
            p = run;
            if (p == end || m_failed)
                break;
            if (*p == m_separator) {
                endField();
                ++p;
                m_state = State::FieldStart;
            } else {
                endRecord(records);
                lineBreak();
                m_record.line = m_line;
                m_state = State::FieldStart;
            }
            break;
        }
        case State::Quoted: {
            const char16_t *run = p;
            while (run < end && *run != u'"' && !isLineBreak(*run))
                ++run;
            append(QStringView(p, run));
            p = run;
            if (p == end || m_failed)
                break;
            if (*p == u'"') {
                m_state = State::QuoteInQuoted;
                ++p;
            } else {
                // One line break inside a cell, whatever the file uses.
                append(u"\n");
                lineBreak();
            }
            break;
        }
        case State::QuoteInQuoted:
            if (*p == u'"') {
                append(u"\"");
                m_state = State::Quoted;
                ++p;
            } else if (*p == m_separator) {
                endField();
                ++p;
                m_state = State::FieldStart;
            } else if (isLineBreak(*p)) {
                endRecord(records);
                lineBreak();
                m_record.line = m_line;
                m_state = State::FieldStart;
            } else {
                m_record.issues.append(
                    {ImportIssue::Severity::Warning, m_line, columnOf(p),
                     ImportText::tr("There is text after the closing quote of a cell; it was "
                                    "kept as part of the cell. Inside a quoted cell, write a "
                                    "quote as two quotes (\"\").")});
                m_state = State::Unquoted;
            }
            break;
        }
    }
    m_offset += text.size();
    return !m_failed;
}

bool CsvReader::finish(QList<Record> &records)
{
    if (m_failed)
        return false;
    if (m_state == State::Quoted) {
        fail(m_quoteLine, m_quoteColumn,
             ImportText::tr("A quoted cell starts here but its closing quote (\") is missing, "
                            "so the rest of the file would be one cell. Add the missing quote."));
        return false;
    }
    const bool nothingPending = m_state == State::FieldStart && m_record.cells.isEmpty() &&
                                m_field.isEmpty() && !m_recordQuoted;
    if (!nothingPending)
        endRecord(records);
    m_state = State::FieldStart;
    return true;
}

void CsvReader::append(QStringView text)
{
    if (fits(text.size()))
        m_field.append(text);
}

void CsvReader::endField()
{
    // The separator counts too: a line of nothing but commas must not fill the memory.
    if (fits(1))
        m_record.cells.append(std::exchange(m_field, QString()));
}

bool CsvReader::fits(qsizetype chars)
{
    m_recordChars += chars;
    if (m_recordChars <= m_maxRecordChars)
        return true;
    if (m_failed)
        return false;
    if (m_state == State::Quoted) {
        fail(m_quoteLine, m_quoteColumn,
             ImportText::tr("A quoted cell starts here and runs for more than %L1 characters; "
                            "its closing quote (\") is probably missing. Add the missing quote.")
                 .arg(m_maxRecordChars));
    } else {
        fail(m_record.line, 0,
             ImportText::tr("This row is longer than %L1 characters. Check that the file really "
                            "is CSV or TSV.")
                 .arg(m_maxRecordChars));
    }
    return false;
}

void CsvReader::endRecord(QList<Record> &records)
{
    endField();
    if (m_failed)
        return;
    m_record.blank =
        !m_recordQuoted && m_record.cells.size() == 1 && m_record.cells.constFirst().isEmpty();
    records.append(std::move(m_record));
    m_record = Record();
    m_recordChars = 0;
    m_recordQuoted = false;
}

void CsvReader::fail(qint64 line, qint64 column, const QString &message)
{
    m_failed = true;
    m_error = {ImportIssue::Severity::Error, line, column, message};
}

} // namespace Seedbed
