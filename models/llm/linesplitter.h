#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

#include <cstring>

namespace Seedbed::Llm {

/*! \brief Cuts a byte stream that arrives in arbitrary pieces into lines, for the SSE and
    NDJSON decoders. Lines may end in LF, CRLF or CR, including a CR at the end of one piece
    and its LF at the start of the next. A byte order mark at the very start is dropped and
    every line is checked to be strict UTF-8.

    At most \a maxLineBytes of an unfinished line are held: a longer line, invalid UTF-8, or
    an error the owner reports with fail() puts the splitter into an error state in which
    further input is ignored. Not a QObject, not thread-safe. */
class LineSplitter
{
public:
    explicit LineSplitter(qsizetype maxLineBytes);

    /*! Calls \a onLine(QByteArrayView) for every line \a bytes completes, without its line
        break. Stops as soon as hasError(), also when \a onLine called fail(). */
    template<typename OnLine> void feed(QByteArrayView bytes, OnLine &&onLine);
    /*! Hands the unfinished last line, if any, to \a onLine (the input has ended). */
    template<typename OnLine> void flush(OnLine &&onLine);

    void fail(const QString &message);
    bool hasError() const { return !m_error.isEmpty(); }
    QString errorString() const { return m_error; }
    bool hasPendingData() const { return !m_line.isEmpty(); }
    qsizetype bufferedBytes() const { return m_line.size(); }
    qsizetype maxLineBytes() const { return m_maxLineBytes; }

private:
    // The first CR or LF in [p, end), or nullptr.
    static const char *findLineEnd(const char *p, const char *end);
    // Fails and returns false when \a size bytes more would exceed the cap.
    bool fits(qsizetype size);
    // Strips a leading byte order mark and checks UTF-8; false after an error.
    bool check(QByteArrayView &line);

    qsizetype m_maxLineBytes;
    QByteArray m_line; // the start of a line whose end has not arrived yet
    QString m_error;
    bool m_skipLf = false;   // the previous piece ended in CR: a leading LF belongs to it
    bool m_firstLine = true; // a byte order mark may start the stream
};

template<typename OnLine> void LineSplitter::feed(QByteArrayView bytes, OnLine &&onLine)
{
    if (hasError())
        return;
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
            if (fits(end - p))
                m_line.append(p, end - p);
            return;
        }
        QByteArrayView line(p, eol - p);
        if (!fits(line.size()))
            return;
        if (!m_line.isEmpty()) {
            m_line.append(line);
            line = m_line;
        }
        if (check(line))
            onLine(line);
        m_line.resize(0); // keeps the capacity for the next long line
        if (hasError())
            return;
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
}

template<typename OnLine> void LineSplitter::flush(OnLine &&onLine)
{
    if (hasError() || m_line.isEmpty())
        return;
    QByteArrayView line = m_line;
    if (check(line))
        onLine(line);
    m_line = QByteArray();
}

inline const char *LineSplitter::findLineEnd(const char *p, const char *end)
{
    // Two memchr passes beat a byte loop: the CR search stops at the LF, and lines are short.
    const auto *lf = static_cast<const char *>(std::memchr(p, '\n', size_t(end - p)));
    const char *limit = lf ? lf : end;
    const auto *cr = static_cast<const char *>(std::memchr(p, '\r', size_t(limit - p)));
    return cr ? cr : lf;
}

} // namespace Seedbed::Llm
