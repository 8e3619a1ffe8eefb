#include "models/llm/linesplitter.h"

#include "models/llm/utf8.h"

#include <QCoreApplication>

namespace Seedbed::Llm {

namespace {
// lupdate reads the context from here; the splitter is not a QObject.
struct LineSplitterText
{
    Q_DECLARE_TR_FUNCTIONS(Seedbed::Llm::LineSplitter)
};

const QByteArrayView byteOrderMark("\xEF\xBB\xBF");
} // namespace

LineSplitter::LineSplitter(qsizetype maxLineBytes)
    : m_maxLineBytes(maxLineBytes > 0 ? maxLineBytes : 1)
{}

void LineSplitter::fail(const QString &message)
{
    m_error = message;
    m_line = QByteArray();
}

bool LineSplitter::fits(qsizetype size)
{
    if (m_line.size() + size <= m_maxLineBytes)
        return true;
    fail(LineSplitterText::tr("The server sent a line longer than %1 bytes.").arg(m_maxLineBytes));
    return false;
}

bool LineSplitter::check(QByteArrayView &line)
{
    if (m_firstLine) {
        m_firstLine = false;
        if (line.startsWith(byteOrderMark))
            line = line.sliced(byteOrderMark.size());
    }
    if (const qsizetype bad = Utf8::firstInvalidByte(line); bad >= 0) {
        fail(LineSplitterText::tr("The server sent text that is not valid UTF-8 (byte 0x%1 at "
                                  "position %2 of a line).")
                 .arg(uint(static_cast<unsigned char>(line.at(bad))), 2, 16, QLatin1Char('0'))
                 .arg(bad));
        return false;
    }
    return true;
}

} // namespace Seedbed::Llm
