#include "models/llm/ndjsondecoder.h"

#include "models/llm/utf8.h"

#include <QCoreApplication>

#include <cstring>

namespace Seedbed::Llm {

namespace {
// lupdate reads the context from here; the decoder is not a QObject.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Seedbed::Llm::NdjsonDecoder)
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

bool isBlank(QByteArrayView line)
{
    for (const char c : line) {
        if (c != ' ' && c != '\t')
            return false;
    }
    return true;
}

const QByteArrayView byteOrderMark("\xEF\xBB\xBF");
} // namespace

NdjsonDecoder::NdjsonDecoder(qsizetype maxLineBytes)
    : m_maxLineBytes(maxLineBytes > 0 ? maxLineBytes : 1)
{}

QList<QByteArray> NdjsonDecoder::feed(QByteArrayView bytes)
{
    QList<QByteArray> lines;
    if (hasError() || m_finished)
        return lines;
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
                return lines;
            }
            m_line.append(p, end - p);
            break;
        }
        const QByteArrayView piece(p, eol - p);
        if (m_line.isEmpty()) {
            if (piece.size() > m_maxLineBytes) {
                fail(Text::tr("The server sent a line longer than %1 bytes.").arg(m_maxLineBytes));
                return lines;
            }
            processLine(piece, lines);
        } else {
            if (m_line.size() + piece.size() > m_maxLineBytes) {
                fail(Text::tr("The server sent a line longer than %1 bytes.").arg(m_maxLineBytes));
                return lines;
            }
            m_line.append(piece);
            processLine(m_line, lines);
            m_line.resize(0); // keeps the capacity for the next long line
        }
        if (hasError())
            return lines;
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
    return lines;
}

QList<QByteArray> NdjsonDecoder::finish()
{
    QList<QByteArray> lines;
    if (hasError() || m_finished)
        return lines;
    m_finished = true;
    if (!m_line.isEmpty()) {
        processLine(m_line, lines);
        m_line = QByteArray();
    }
    return lines;
}

void NdjsonDecoder::processLine(QByteArrayView line, QList<QByteArray> &lines)
{
    if (m_firstLine) {
        m_firstLine = false;
        if (line.startsWith(byteOrderMark))
            line = line.sliced(byteOrderMark.size());
    }
    if (const qsizetype bad = Utf8::firstInvalidByte(line); bad >= 0) {
        fail(Text::tr("The server sent text that is not valid UTF-8 (byte 0x%1 at position %2 "
                      "of a line).")
                 .arg(uint(static_cast<unsigned char>(line.at(bad))), 2, 16, QLatin1Char('0'))
                 .arg(bad));
        return;
    }
    if (!isBlank(line))
        lines.append(line.toByteArray());
}

void NdjsonDecoder::fail(const QString &message)
{
    m_error = message;
    m_line = QByteArray();
}

} // namespace Seedbed::Llm
