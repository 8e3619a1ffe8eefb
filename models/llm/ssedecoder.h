#pragma once

#include "models/llm/linesplitter.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <QString>

namespace Seedbed::Llm {

/*! \brief Incremental Server-Sent Events decoder (the WHATWG "event stream" format).

    Feed it the body in whatever pieces the network delivers; it returns each event once its
    terminating blank line has arrived. Lines may end in LF, CRLF or CR, including a CR at the
    end of one piece and its LF at the start of the next. Comment lines (":" first, such as
    DeepSeek's ": keep-alive") and the "id" and "retry" fields are ignored; several "data"
    lines of one event are joined with "\n". Every complete line must be strict UTF-8.

    The decoder never holds more than \a maxLineBytes of an unfinished line, nor more than
    that of one event's data: a longer line, or invalid UTF-8, puts it in an error state in
    which further input is ignored. As in the specification, an event that is not finished
    by a blank line when the body ends is never dispatched.

    Not a QObject, not thread-safe; cheap to create. */
class SseDecoder
{
public:
    struct Event
    {
        QByteArray event; //!< the "event:" name, empty when the server gave none
        QByteArray data;  //!< the "data:" lines joined with "\n", without the final one

        friend bool operator==(const Event &, const Event &) = default;
    };

    explicit SseDecoder(qsizetype maxLineBytes = 8 * 1024 * 1024);

    /*! Consumes the next piece of the stream; returns the events it completed. */
    QList<Event> feed(QByteArrayView bytes);

    /*! Whether a line was too long or not UTF-8; see errorString(). */
    bool hasError() const { return m_lines.hasError(); }
    /*! A translated description of the error, empty without one. */
    QString errorString() const { return m_lines.errorString(); }

    /*! Whether part of a line or of an event is waiting for the rest of it. */
    bool hasPendingData() const;
    /*! Bytes held for an unfinished line or event; bounded by about twice maxLineBytes. */
    qsizetype bufferedBytes() const
    {
        return m_lines.bufferedBytes() + m_data.size() + m_event.size();
    }

    /*! The longest line accepted, in bytes; also the most data one event may hold. */
    qsizetype maxLineBytes() const { return m_lines.maxLineBytes(); }

private:
    void processLine(QByteArrayView line, QList<Event> &events);
    void fail(const QString &message);

    LineSplitter m_lines;
    QByteArray m_event; // the event being assembled
    QByteArray m_data;
    bool m_hasData = false; // a "data" field was seen (an empty one still dispatches)
};

} // namespace Seedbed::Llm
