#pragma once

#include "models/io/importtypes.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <QStringView>

namespace Seedbed {

/*! \brief Cuts CSV or TSV text that arrives in pieces of any size into records (RFC 4180).

    Cells may be quoted; a quoted cell may hold separators, doubled quotes and line breaks
    (CRLF and CR inside a cell become LF). Records end in LF, CRLF or CR, also when the CR
    ends one piece and the LF starts the next. A quote inside an unquoted cell is kept as
    text, and text after a closing quote is kept with a warning. Every record carries the
    physical line it starts on.

    The only fatal errors are a quote that is still open at the end of the input and a
    record longer than the cap (usually the same missing quote in a big file). Not a
    QObject, not thread-safe. */
class CsvReader
{
public:
    struct Record
    {
        QStringList cells;
        qint64 line = 0;           //!< the physical line the record starts on, 1-based
        bool blank = false;        //!< an empty line
        QList<ImportIssue> issues; //!< warnings about this record
    };

    CsvReader(QChar separator, qsizetype maxRecordChars);

    /*! Reads \a text, the next piece of the input, and appends the records it completes to
        \a records. Returns false once hasError(); further input is then ignored. */
    bool feed(QStringView text, QList<Record> &records);
    /*! The input has ended: appends the last record if it has no line break after it. */
    bool finish(QList<Record> &records);

    bool hasError() const { return m_failed; }
    /*! The fatal error, with the line and column of the quote that was never closed. */
    ImportIssue error() const { return m_error; }
    /*! The physical line the reader has come to, 1-based. */
    qint64 line() const { return m_line; }

private:
    enum class State { FieldStart, Unquoted, Quoted, QuoteInQuoted };

    void append(QStringView text);
    void endField();
    // Counts \a chars more into the record; fails when that breaks the cap.
    bool fits(qsizetype chars);
    void endRecord(QList<Record> &records);
    void fail(qint64 line, qint64 column, const QString &message);

    char16_t m_separator;
    qsizetype m_maxRecordChars;
    State m_state = State::FieldStart;
    QString m_field;
    Record m_record;
    qsizetype m_recordChars = 0;
    bool m_recordQuoted = false; // some cell of the record was quoted: it is not blank
    bool m_skipLf = false;       // a CR ended the last piece: a leading LF belongs to it
    qint64 m_line = 1;
    qint64 m_offset = 0;    // characters before the current piece
    qint64 m_lineStart = 0; // the offset of the current line's first character
    qint64 m_quoteLine = 0;
    qint64 m_quoteColumn = 0;
    bool m_failed = false;
    ImportIssue m_error;
};

} // namespace Seedbed
