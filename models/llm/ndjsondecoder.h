#pragma once

#include "models/llm/linesplitter.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <QString>

namespace Seedbed::Llm {

/*! \brief Incremental newline-delimited JSON decoder (Ollama's streaming format).

    Feed it the body in whatever pieces the network delivers; it returns each complete line
    without its line break. Lines may end in LF, CRLF or CR, including a CR at the end of one
    piece and its LF at the start of the next; blank lines are skipped. Every returned line
    is strict UTF-8. The lines are not parsed as JSON.

    The decoder never holds more than \a maxLineBytes of an unfinished line: a longer line,
    or invalid UTF-8, puts it in an error state in which further input is ignored.

    Not a QObject, not thread-safe; cheap to create. */
class NdjsonDecoder
{
public:
    explicit NdjsonDecoder(qsizetype maxLineBytes = 8 * 1024 * 1024);

    /*! Consumes the next piece of the stream; returns the non-blank lines it completed. */
    QList<QByteArray> feed(QByteArrayView bytes);
    /*! The input has ended. Returns the last line when the body did not end with a line
        break: it may be whole (a JSON line delimits itself) or cut, and only the caller can
        tell. Further input is ignored. */
    QList<QByteArray> finish();

    /*! Whether a line was too long or not UTF-8; see errorString(). */
    bool hasError() const { return m_lines.hasError(); }
    /*! A translated description of the error, empty without one. */
    QString errorString() const { return m_lines.errorString(); }

    /*! Whether part of a line is waiting for the rest of it. */
    bool hasPendingData() const { return m_lines.hasPendingData(); }
    /*! Bytes held for an unfinished line; never more than maxLineBytes. */
    qsizetype bufferedBytes() const { return m_lines.bufferedBytes(); }

    /*! The longest line accepted, in bytes. */
    qsizetype maxLineBytes() const { return m_lines.maxLineBytes(); }

private:
    LineSplitter m_lines;
    bool m_finished = false;
};

} // namespace Seedbed::Llm
