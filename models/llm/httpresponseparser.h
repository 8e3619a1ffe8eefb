#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <QPair>
#include <QString>

namespace Seedbed::Llm {

/*! \brief Incremental parser of one HTTP/1.1 response (RFC 9112): status line, header fields,
    and a body framed by Content-Length, chunked transfer coding, or the end of the connection.

    Feed it what the socket delivers, in pieces of any size; it never reads byte by byte. The
    head is searched for in bulk, chunk sizes are parsed from the buffered bytes, and body bytes
    are appended to the caller's buffer as they come. Interim responses (1xx) are skipped.
    Lines may end in CRLF or a bare LF.

    The head may hold at most \a maxHeadBytes, a chunk-size or trailer line at most 4 KiB: a
    hostile server cannot make it hold more. Malformed input puts it into an error state with a
    translated description. Not a QObject, not thread-safe. */
class HttpResponseParser
{
public:
    using Headers = QList<QPair<QByteArray, QByteArray>>;

    explicit HttpResponseParser(qsizetype maxHeadBytes = 64 * 1024);

    /*! Consumes bytes of \a data, appending body bytes to \a body, and returns how many it used:
        all of them unless the response ended (isComplete()) or an error occurred, in which case
        what follows is not part of this response. */
    qsizetype feed(QByteArrayView data, QByteArray *body);
    /*! The connection was closed: completes a body that runs to the end of the connection,
        and is an error for any other unfinished response. */
    void closed();

    /*! Whether the final (non-1xx) status line and header fields have been parsed. */
    bool hasHead() const { return m_state > State::Head; }
    int status() const { return m_status; }
    /*! The header fields in the order received, names as the server spelled them. */
    const Headers &headers() const { return m_headers; }
    /*! The response is over; the connection may carry the next one if keepAlive(). */
    bool isComplete() const { return m_state == State::Done; }
    bool hasError() const { return m_state == State::Error; }
    QString errorString() const { return m_error; }
    /*! Whether the server allows another request on this connection after this response. */
    bool keepAlive() const { return m_keepAlive; }
    /*! Whether any byte of the response has been consumed. */
    bool hasStarted() const { return m_started; }

private:
    enum class State {
        Head,
        Body,
        ChunkSize,
        ChunkData,
        ChunkEnd,
        Trailers,
        UntilClose,
        Done,
        Error
    };

    bool parseHead(QByteArrayView head);
    /*! Appends to m_line up to a line feed; true when the line is complete. */
    bool takeLine(QByteArrayView data, qsizetype &pos);
    void fail(const QString &message);

    qsizetype m_maxHeadBytes;
    State m_state = State::Head;
    QByteArray m_line; // the unfinished head, chunk-size or trailer line
    Headers m_headers;
    QString m_error;
    qint64 m_remaining = 0; // of the body or the current chunk
    int m_status = 0;
    bool m_keepAlive = false;
    bool m_started = false;
};

} // namespace Seedbed::Llm
