#include "models/llm/httpresponseparser.h"

#include <QCoreApplication>

#include <algorithm>

namespace Seedbed::Llm {

namespace {

struct HttpParserText
{
    Q_DECLARE_TR_FUNCTIONS(Seedbed::Llm::HttpResponseParser)
};

constexpr qsizetype maxLineBytes = 4 * 1024;

// Whether the comma-separated list \a value holds \a token, ignoring case and spaces.
bool hasToken(QByteArrayView value, QByteArrayView token)
{
    while (!value.isEmpty()) {
        qsizetype comma = value.indexOf(',');
        if (comma < 0)
            comma = value.size();
        if (value.first(comma).trimmed().compare(token, Qt::CaseInsensitive) == 0)
            return true;
        value = value.sliced(std::min(comma + 1, value.size()));
    }
    return false;
}

QByteArrayView lastToken(QByteArrayView value)
{
    const qsizetype comma = value.lastIndexOf(',');
    return (comma < 0 ? value : value.sliced(comma + 1)).trimmed();
}

QByteArrayView withoutCr(QByteArrayView line)
{
    return line.endsWith('\r') ? line.chopped(1) : line;
}

} // namespace

HttpResponseParser::HttpResponseParser(qsizetype maxHeadBytes)
    : m_maxHeadBytes(maxHeadBytes)
{}

void HttpResponseParser::fail(const QString &message)
{
    m_state = State::Error;
    m_error = message;
    m_keepAlive = false;
    m_line.clear();
}

bool HttpResponseParser::takeLine(QByteArrayView data, qsizetype &pos)
{
    const qsizetype lf = data.indexOf('\n', pos);
    const qsizetype end = lf < 0 ? data.size() : lf;
    if (m_line.size() + (end - pos) > maxLineBytes) {
        fail(HttpParserText::tr("The server sent a malformed response: a chunk or trailer line "
                                "is longer than %1 bytes.")
                 .arg(maxLineBytes));
        return false;
    }
    m_line.append(data.sliced(pos, end - pos));
    pos = lf < 0 ? data.size() : lf + 1;
    return lf >= 0;
}

qsizetype HttpResponseParser::feed(QByteArrayView data, QByteArray *body)
{
    qsizetype pos = 0;
    if (!data.isEmpty())
        m_started = true;
    while (pos < data.size()) {
        switch (m_state) {
        case State::Head: {
            // Appended in bulk, then searched for the blank line from just before the new part.
            const qsizetype before = m_line.size();
            const qsizetype take = std::min(data.size() - pos, m_maxHeadBytes + 4 - before);
            m_line.append(data.sliced(pos, take));
            const qsizetype from = std::max<qsizetype>(0, before - 3);
            qsizetype end = -1;
            qsizetype length = 0;
            for (qsizetype i = m_line.indexOf('\n', from); i >= 0;
                 i = m_line.indexOf('\n', i + 1)) {
                if (i + 1 < m_line.size() && m_line.at(i + 1) == '\n') {
                    end = i + 1;
                    length = 1;
                    break;
                }
                if (i + 2 < m_line.size() && m_line.at(i + 1) == '\r' && m_line.at(i + 2) == '\n') {
                    end = i + 1;
                    length = 2;
                    break;
                }
            }
            if (end < 0) {
                if (m_line.size() > m_maxHeadBytes) {
                    fail(HttpParserText::tr("The server sent a response head larger than %1 KiB.")
                             .arg(m_maxHeadBytes / 1024));
                    return pos;
                }
                pos += take;
                break;
            }
            pos += end + length - before;
            const QByteArray head = std::exchange(m_line, QByteArray());
            if (!parseHead(QByteArrayView(head).first(end)))
                return pos;
            break;
        }
        case State::Body:
        case State::ChunkData: {
            const qsizetype n = qsizetype(std::min<qint64>(m_remaining, data.size() - pos));
            body->append(data.sliced(pos, n));
            pos += n;
            m_remaining -= n;
            if (m_remaining == 0)
                m_state = m_state == State::Body ? State::Done : State::ChunkEnd;
            break;
        }
        case State::UntilClose:
            body->append(data.sliced(pos));
            pos = data.size();
            break;
        case State::ChunkSize: {
            if (!takeLine(data, pos))
                break;
            QByteArrayView line = withoutCr(m_line);
            const qsizetype semicolon = line.indexOf(';'); // chunk extensions are ignored
            if (semicolon >= 0)
                line = line.first(semicolon);
            line = line.trimmed();
            bool ok = !line.isEmpty() && line.size() <= 15;
            qint64 size = 0;
            for (const char c : line) {
                const int digit = c >= '0' && c <= '9'   ? c - '0'
                                  : c >= 'a' && c <= 'f' ? c - 'a' + 10
                                  : c >= 'A' && c <= 'F' ? c - 'A' + 10
                                                         : -1;
                ok = ok && digit >= 0;
                if (!ok) // a size of more than 15 digits would overflow qint64
                    break;
                size = size * 16 + digit;
            }
            if (!ok) {
                fail(HttpParserText::tr("The server sent a malformed response: “%1” is not a "
                                        "chunk size.")
                         .arg(QString::fromLatin1(m_line.left(40).toPercentEncoding(" ;"))));
                return pos;
            }
            m_line.clear();
            m_remaining = size;
            m_state = size == 0 ? State::Trailers : State::ChunkData;
            break;
        }
        case State::ChunkEnd:
            if (!takeLine(data, pos))
                break;
            if (!withoutCr(m_line).isEmpty()) {
                fail(HttpParserText::tr("The server sent a malformed response: a chunk is longer "
                                        "than its size says."));
                return pos;
            }
            m_line.clear();
            m_state = State::ChunkSize;
            break;
        case State::Trailers:
            if (!takeLine(data, pos))
                break;
            if (withoutCr(m_line).isEmpty())
                m_state = State::Done;
            m_line.clear();
            break;
        case State::Done:
        case State::Error:
            return pos;
        }
    }
    return pos;
}

bool HttpResponseParser::parseHead(QByteArrayView head)
{
    const auto malformed = [this](const QString &detail) {
        fail(HttpParserText::tr("The server sent a malformed response: %1").arg(detail));
        return false;
    };
    qsizetype lineEnd = head.indexOf('\n');
    if (lineEnd < 0)
        lineEnd = head.size();
    const QByteArrayView statusLine = withoutCr(head.first(lineEnd));
    // HTTP/1.x SSS reason
    if (statusLine.size() < 12 || !statusLine.startsWith("HTTP/1.") || statusLine.at(8) != ' ' ||
        (statusLine.size() > 12 && statusLine.at(12) != ' ')) {
        return malformed(HttpParserText::tr("the status line is “%1”.")
                             .arg(QString::fromLatin1(
                                 statusLine.first(std::min<qsizetype>(statusLine.size(), 40))
                                     .toByteArray()
                                     .toPercentEncoding(" /.:"))));
    }
    const bool http10 = statusLine.at(7) == '0';
    int status = 0;
    for (const char c : statusLine.sliced(9, 3)) {
        if (c < '0' || c > '9')
            return malformed(HttpParserText::tr("the status code is not a number."));
        status = status * 10 + (c - '0');
    }
    if (status < 100)
        return malformed(HttpParserText::tr("the status code %1 does not exist.").arg(status));

    Headers headers;
    qsizetype pos = lineEnd + 1;
    while (pos < head.size()) {
        qsizetype end = head.indexOf('\n', pos);
        if (end < 0)
            end = head.size();
        const QByteArrayView line = withoutCr(head.sliced(pos, end - pos));
        pos = end + 1;
        if (line.isEmpty())
            continue;
        if (line.front() == ' ' || line.front() == '\t') {
            // Obsolete line folding: a continuation of the previous field.
            if (headers.isEmpty())
                return malformed(HttpParserText::tr("the first header line is a continuation."));
            headers.last().second += ' ' + line.trimmed().toByteArray();
            continue;
        }
        const qsizetype colon = line.indexOf(':');
        if (colon <= 0)
            return malformed(HttpParserText::tr("a header line has no name."));
        headers.append({line.first(colon).trimmed().toByteArray(),
                        line.sliced(colon + 1).trimmed().toByteArray()});
    }

    if (status < 200) {
        if (status == 101)
            return malformed(HttpParserText::tr("it switched to another protocol."));
        return true; // an interim response (100 Continue, 103 Early Hints): the real one follows
    }

    m_status = status;
    m_headers = std::move(headers);
    bool chunked = false;
    bool otherCoding = false;
    bool closeRequested = false;
    bool keepAliveRequested = false;
    qint64 contentLength = -1;
    for (const auto &[name, value] : m_headers) {
        if (name.compare("transfer-encoding", Qt::CaseInsensitive) == 0) {
            chunked = lastToken(value).compare("chunked", Qt::CaseInsensitive) == 0;
            otherCoding = !chunked;
        } else if (name.compare("content-length", Qt::CaseInsensitive) == 0) {
            bool ok = false;
            const qint64 length = value.toLongLong(&ok);
            if (!ok || length < 0 || (contentLength >= 0 && contentLength != length))
                return malformed(HttpParserText::tr("its Content-Length is invalid."));
            contentLength = length;
        } else if (name.compare("connection", Qt::CaseInsensitive) == 0) {
            closeRequested = closeRequested || hasToken(value, "close");
            keepAliveRequested = keepAliveRequested || hasToken(value, "keep-alive");
        }
    }
    m_keepAlive = !closeRequested && (!http10 || keepAliveRequested);
    if (status == 204 || status == 304) {
        m_state = State::Done;
    } else if (chunked) {
        m_state = State::ChunkSize;
    } else if (otherCoding || contentLength < 0) {
        m_state = State::UntilClose;
        m_keepAlive = false;
    } else {
        m_remaining = contentLength;
        m_state = contentLength == 0 ? State::Done : State::Body;
    }
    return true;
}

void HttpResponseParser::closed()
{
    if (m_state == State::UntilClose) {
        m_state = State::Done;
        return;
    }
    if (m_state == State::Done || m_state == State::Error)
        return;
    fail(m_started ? HttpParserText::tr("The server closed the connection before the response "
                                        "was complete.")
                   : HttpParserText::tr("The server closed the connection without answering."));
}

} // namespace Seedbed::Llm
