#include "models/quality/textnormalizer.h"

#include "models/quality/textscan.h"

#include <QCryptographicHash>

namespace Seedbed::Quality {

namespace {

using TextScan::codePointAt;
using TextScan::isPunctuation;
using TextScan::isSpace;

bool isAscii(QStringView text)
{
    for (const QChar c : text) {
        if (c.unicode() >= 0x80)
            return false;
    }
    return true;
}

void appendLittleEndian(QCryptographicHash &hash, quint64 value)
{
    char bytes[8];
    for (char &byte : bytes) {
        byte = char(value & 0xff);
        value >>= 8;
    }
    hash.addData(QByteArrayView(bytes, sizeof bytes));
}

} // namespace

QString TextNormalizer::normalize(QStringView text, Options options)
{
    // ASCII is its own NFKC form, and its case folding is lowercasing.
    const bool ascii = isAscii(text);
    QString folded;
    if (!ascii) {
        folded = text.toString()
                     .normalized(QString::NormalizationForm_KC)
                     .toCaseFolded()
                     .normalized(QString::NormalizationForm_KC);
    }
    const QStringView source = ascii ? text : QStringView(folded);
    const char16_t *in = source.utf16();
    const qsizetype size = source.size();
    const bool removePunctuation = options.testFlag(Option::RemovePunctuation);

    // The result is never longer than the source.
    QString result(size, Qt::Uninitialized);
    char16_t *out = reinterpret_cast<char16_t *>(result.data());
    qsizetype written = 0;
    bool pendingSpace = false;
    for (qsizetype i = 0; i < size;) {
        qsizetype length = 0;
        const char32_t c = codePointAt(in, size, i, &length);
        if (isSpace(c) || (removePunctuation && isPunctuation(c))) {
            pendingSpace = true;
            i += length;
            continue;
        }
        if (c >= 0x80 && QChar::category(c) == QChar::Other_Format) {
            i += length;
            continue;
        }
        if (pendingSpace && written > 0)
            out[written++] = u' ';
        pendingSpace = false;
        if (ascii && c >= u'A' && c <= u'Z')
            out[written++] = char16_t(c - u'A' + u'a');
        else
            for (qsizetype k = 0; k < length; ++k)
                out[written++] = in[i + k];
        i += length;
    }

    qsizetype begin = 0;
    qsizetype end = written;
    if (options.testFlag(Option::TrimPunctuation) && !removePunctuation) {
        while (begin < end) {
            qsizetype length = 0;
            const char32_t c = codePointAt(out, end, begin, &length);
            if (!isSpace(c) && !isPunctuation(c))
                break;
            begin += length;
        }
        while (end > begin) {
            qsizetype length = 1;
            char32_t c = out[end - 1];
            if (QChar::isLowSurrogate(c) && end - 2 >= begin &&
                QChar::isHighSurrogate(out[end - 2])) {
                c = QChar::surrogateToUcs4(out[end - 2], out[end - 1]);
                length = 2;
            }
            if (!isSpace(c) && !isPunctuation(c))
                break;
            end -= length;
        }
    }
    result.truncate(end);
    if (begin > 0)
        result.remove(0, begin);
    return result;
}

QByteArray TextNormalizer::exactKey(const QStringList &fieldValues, Options options)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    appendLittleEndian(hash, quint64(fieldValues.size()));
    for (const QString &value : fieldValues) {
        const QByteArray utf8 = normalize(value, options).toUtf8();
        appendLittleEndian(hash, quint64(utf8.size()));
        hash.addData(utf8);
    }
    return hash.result().toHex();
}

} // namespace Seedbed::Quality
