#include "models/llm/ssedecoder.h"

#include <QCoreApplication>

#include <utility>

namespace Seedbed::Llm {

namespace {
// lupdate reads the context from here; the decoder is not a QObject.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Seedbed::Llm::SseDecoder)
};

} // namespace

SseDecoder::SseDecoder(qsizetype maxLineBytes)
    : m_lines(maxLineBytes)
{}

bool SseDecoder::hasPendingData() const
{
    return m_lines.hasPendingData() || m_hasData || !m_event.isEmpty();
}

QList<SseDecoder::Event> SseDecoder::feed(QByteArrayView bytes)
{
    QList<Event> events;
    m_lines.feed(bytes, [this, &events](QByteArrayView line) { processLine(line, events); });
    return events;
}

void SseDecoder::processLine(QByteArrayView line, QList<Event> &events)
{
    if (line.isEmpty()) {
        if (m_hasData) {
            events.append(Event{std::exchange(m_event, {}), std::exchange(m_data, {})});
            m_hasData = false;
        } else {
            m_event.clear();
        }
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
        if (m_data.size() + 1 + value.size() > m_lines.maxLineBytes()) {
            fail(Text::tr("The server sent an event larger than %1 bytes.")
                     .arg(m_lines.maxLineBytes()));
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
    m_lines.fail(message);
    m_data = QByteArray();
    m_event = QByteArray();
    m_hasData = false;
}

} // namespace Seedbed::Llm
