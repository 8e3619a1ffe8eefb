#include "models/llm/ssedecoder.h"

#include "models/llm/utf8.h"

#include <QCoreApplication>

#include <cstring>
#include <utility>

namespace Seedbed::Llm {

namespace {
// lupdate reads the context from here; the decoder is not a QObject.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Seedbed::Llm::SseDecoder)
};

// The first CR or LF in [p, end), or nullptr. Two memchr passes beat a byte loop: the CR
// search stops at the LF, and lines are short.
const char *findLineEnd(const char *p, const char *end)
{
    const auto *lf = static_cast<const char *>(std::memchr(p, '\n', size_t(end - p)));
    const char *limit = lf ? lf : end;
    const auto *cr = static_cast<const char *>(std::memchr(p, '\r', size_t(limit - p)));
    return cr ? cr : lf;
}

const QByteArrayView byteOrderMark("\xEF\xBB\xBF");
} // namespace

SseDecoder::SseDecoder(qsizetype maxLineBytes)
    : m_maxLineBytes(maxLineBytes > 0 ? maxLineBytes : 1)
{}

bool SseDecoder::hasPendingData() const
{
    return !m_line.isEmpty() || m_hasData || !m_event.isEmpty();
}

QList<SseDecoder::Event> SseDecoder::feed(QByteArrayView bytes)
{
    QList<Event> events;
    if (hasError())
        return events;
    const char *p = bytes.data();
    const char *const end = p + bytes.size();
    if (m_skipLf && p < end) {
        if (*p == '\n')
            ++p;
        m_skipLf = false;
    }
    while (p < end) {
        const char *const eol = findLineEnd(p, end);
        if (!eol) {
            // Only the cap bounds memory here: check before copying anything.
            if (m_line.size() + (end - p) > m_maxLineBytes) {
                fail(Text::tr("The server sent a line longer than %1 bytes.").arg(m_maxLineBytes));
                return events;
            }
            m_line.append(p, end - p);
            break;
        }
        const QByteArrayView piece(p, eol - p);
        if (m_line.isEmpty()) {
            if (piece.size() > m_maxLineBytes) {
                fail(Text::tr("The server sent a line longer than %1 bytes.").arg(m_maxLineBytes));
                return events;
            }
            processLine(piece, events);
        } else {
            if (m_line.size() + piece.size() > m_maxLineBytes) {
                fail(Text::tr("The server sent a line longer than %1 bytes.").arg(m_maxLineBytes));
                return events;
            }
            m_line.append(piece);
            processLine(m_line, events);
            m_line.resize(0); // keeps the capacity for the next long line
        }
        if (hasError())
            return events;
        p = eol + 1;
        if (*eol == '\r') {
            if (p < end) {
                if (*p == '\n')
                    ++p;
            } else {
                m_skipLf = true;
            }
        }
    }
    return events;
}

void SseDecoder::processLine(QByteArrayView line, QList<Event> &events)
{
    if (m_firstLine) {
        m_firstLine = false;
        if (line.startsWith(byteOrderMark))
            line = line.sliced(byteOrderMark.size());
    }
    if (line.isEmpty()) {
        if (m_hasData) {
            events.append(Event{std::exchange(m_event, {}), std::exchange(m_data, {})});
            m_hasData = false;
        } else {
            m_event.clear();
        }
        return;
    }
    if (const qsizetype bad = Utf8::firstInvalidByte(line); bad >= 0) {
        fail(Text::tr("The server sent text that is not valid UTF-8 (byte 0x%1 at position %2 "
                      "of a line).")
                 .arg(uint(static_cast<unsigned char>(line.at(bad))), 2, 16, QLatin1Char('0'))
                 .arg(bad));
        return;
    }
    if (line.front() == ':')
        return; // a comment or keep-alive
    QByteArrayView field = line;
    QByteArrayView value;
    if (const qsizetype colon = line.indexOf(':'); colon >= 0) {
        field = line.first(colon);
        value = line.sliced(colon + 1);
        if (value.startsWith(' '))
            value = value.sliced(1);
    }
    if (field == "data") {
        if (!m_hasData) {
            m_data = value.toByteArray();
            m_hasData = true;
            return;
        }
        // A stream of short data lines without a blank line must not grow without bound.
        if (m_data.size() + 1 + value.size() > m_maxLineBytes) {
            fail(Text::tr("The server sent an event larger than %1 bytes.").arg(m_maxLineBytes));
            return;
        }
        m_data.append('\n');
        m_data.append(value);
    } else if (field == "event") {
        m_event = value.toByteArray();
    }
    // "id", "retry" and unknown fields carry nothing Seedbed needs.
}

void SseDecoder::fail(const QString &message)
{
    m_error = message;
    m_line = QByteArray();
    m_data = QByteArray();
    m_event = QByteArray();
    m_hasData = false;
}

} // namespace Seedbed::Llm
