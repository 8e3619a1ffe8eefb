#include "models/llm/ndjsondecoder.h"

namespace Seedbed::Llm {

namespace {
bool isBlank(QByteArrayView line)
{
    for (const char c : line) {
        if (c != ' ' && c != '\t')
            return false;
    }
    return true;
}

// Keeps the lines that hold something: blank lines carry nothing in NDJSON.
auto collectInto(QList<QByteArray> &lines)
{
    return [&lines](QByteArrayView line) {
        if (!isBlank(line))
            lines.append(line.toByteArray());
    };
}
} // namespace

NdjsonDecoder::NdjsonDecoder(qsizetype maxLineBytes)
    : m_lines(maxLineBytes)
{}

QList<QByteArray> NdjsonDecoder::feed(QByteArrayView bytes)
{
    QList<QByteArray> lines;
    if (m_finished)
        return lines;
    m_lines.feed(bytes, collectInto(lines));
    return lines;
}

QList<QByteArray> NdjsonDecoder::finish()
{
    QList<QByteArray> lines;
    if (m_finished)
        return lines;
    m_finished = true;
    m_lines.flush(collectInto(lines));
    return lines;
}

} // namespace Seedbed::Llm
