#include "models/io/jsonscan.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace Seedbed::JsonScan {

namespace {
// The offset just past the string whose opening quote is at \a start.
qsizetype skipString(QByteArrayView json, qsizetype start, bool *escaped)
{
    qsizetype i = start + 1;
    while (i < json.size()) {
        const char c = json[i];
        if (c == '\\') {
            *escaped = true;
            i += 2;
            continue;
        }
        ++i;
        if (c == '"')
            break;
    }
    return qMin(i, json.size());
}

bool isSpace(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

QString decodeKey(QByteArrayView quoted, bool escaped)
{
    if (!escaped)
        return QString::fromUtf8(quoted.sliced(1, quoted.size() - 2));
    QByteArray wrapped;
    wrapped.reserve(quoted.size() + 2);
    wrapped.append('[').append(quoted).append(']');
    return QJsonDocument::fromJson(wrapped).array().at(0).toString();
}

// Counts the characters (not bytes) of UTF-8 \a text.
qint64 characters(QByteArrayView text)
{
    qint64 count = 0;
    for (const char c : text) {
        if ((static_cast<unsigned char>(c) & 0xC0) != 0x80)
            ++count;
    }
    return count;
}
} // namespace

void collectKeys(QByteArrayView json, int depth, QStringList &keys, QSet<QString> &seen)
{
    int level = 0;
    qsizetype i = 0;
    while (i < json.size()) {
        const char c = json[i];
        switch (c) {
        case '{':
        case '[':
            ++level;
            ++i;
            break;
        case '}':
        case ']':
            --level;
            ++i;
            break;
        case '"': {
            bool escaped = false;
            const qsizetype end = skipString(json, i, &escaped);
            if (level == depth) {
                qsizetype next = end;
                while (next < json.size() && isSpace(json[next]))
                    ++next;
                if (next < json.size() && json[next] == ':') {
                    QString key = decodeKey(json.sliced(i, end - i), escaped);
                    if (!seen.contains(key)) {
                        seen.insert(key);
                        keys.append(std::move(key));
                    }
                }
            }
            i = end;
            break;
        }
        default:
            ++i;
            break;
        }
    }
}

QList<qsizetype> arrayElementOffsets(QByteArrayView json)
{
    QList<qsizetype> offsets;
    int level = 0;
    bool expectValue = false; // at level 1, after '[' or ','
    qsizetype i = 0;
    while (i < json.size()) {
        const char c = json[i];
        if (isSpace(c)) {
            ++i;
            continue;
        }
        if (level == 1 && expectValue && c != ']') {
            offsets.append(i);
            expectValue = false;
        }
        switch (c) {
        case '{':
        case '[':
            ++level;
            if (level == 1)
                expectValue = true;
            ++i;
            break;
        case '}':
        case ']':
            --level;
            ++i;
            break;
        case ',':
            if (level == 1)
                expectValue = true;
            ++i;
            break;
        case '"': {
            bool escaped = false;
            i = skipString(json, i, &escaped);
            break;
        }
        default:
            ++i;
            break;
        }
    }
    return offsets;
}

Position Locator::at(qsizetype offset)
{
    offset = qBound<qsizetype>(m_scanned, offset, m_text.size());
    for (; m_scanned < offset; ++m_scanned) {
        const char c = m_text[m_scanned];
        // CRLF counts once: at its LF.
        if (c == '\n' ||
            (c == '\r' && (m_scanned + 1 >= m_text.size() || m_text[m_scanned + 1] != '\n'))) {
            ++m_line;
            m_lineStart = m_scanned + 1;
        }
    }
    return {m_line, characters(m_text.sliced(m_lineStart, offset - m_lineStart)) + 1};
}

Position positionAt(QByteArrayView text, qsizetype offset)
{
    return Locator(text).at(offset);
}

Position positionBefore(QByteArrayView text, qsizetype offset)
{
    offset = qBound<qsizetype>(0, offset, text.size());
    if (offset == 0)
        return {};
    // Back to the first byte of the character before offset.
    qsizetype start = offset - 1;
    while (start > 0 && (static_cast<unsigned char>(text[start]) & 0xC0) == 0x80)
        --start;
    return positionAt(text, start);
}

} // namespace Seedbed::JsonScan
