#include "models/io/textdecoder.h"

#include "models/llm/utf8.h"

#include <QCoreApplication>

namespace Seedbed {

namespace {
// lupdate reads the context from here; the decoder is not a QObject.
struct ImportText
{
    Q_DECLARE_TR_FUNCTIONS(Seedbed::RecordImporter)
};

struct Bom
{
    QByteArrayView bytes;
    QStringConverter::Encoding encoding;
    QLatin1StringView name;
};

// UTF-32 LE before UTF-16 LE: its mark starts with the same two bytes.
const Bom boms[] = {
    {QByteArrayView("\xEF\xBB\xBF", 3), QStringConverter::Utf8, QLatin1StringView("UTF-8")},
    {QByteArrayView("\xFF\xFE\x00\x00", 4), QStringConverter::Utf32LE,
     QLatin1StringView("UTF-32LE")},
    {QByteArrayView("\x00\x00\xFE\xFF", 4), QStringConverter::Utf32BE,
     QLatin1StringView("UTF-32BE")},
    {QByteArrayView("\xFF\xFE", 2), QStringConverter::Utf16LE, QLatin1StringView("UTF-16LE")},
    {QByteArrayView("\xFE\xFF", 2), QStringConverter::Utf16BE, QLatin1StringView("UTF-16BE")},
};

const char gb18030[] = "GB18030";

/* UTF-16 without a byte order mark, told by its zero bytes: mostly Latin text has a zero in
   every other byte and none in the others. Text without Latin letters is not recognized. */
std::optional<Bom> unmarkedUtf16(QByteArrayView sample)
{
    const qsizetype pairs = sample.size() / 2;
    if (pairs < 2)
        return std::nullopt;
    qsizetype evenZeros = 0;
    qsizetype oddZeros = 0;
    for (qsizetype i = 0; i + 1 < sample.size(); i += 2) {
        evenZeros += sample[i] == '\0';
        oddZeros += sample[i + 1] == '\0';
    }
    if (oddZeros * 10 >= pairs * 3 && evenZeros * 100 < pairs)
        return Bom{{}, QStringConverter::Utf16LE, QLatin1StringView("UTF-16LE")};
    if (evenZeros * 10 >= pairs * 3 && oddZeros * 100 < pairs)
        return Bom{{}, QStringConverter::Utf16BE, QLatin1StringView("UTF-16BE")};
    return std::nullopt;
}

// The length of the UTF-8 sequence \a lead starts, 0 for a continuation or invalid byte.
int sequenceLength(unsigned char lead)
{
    if (lead < 0x80)
        return 1;
    if (lead >= 0xC2 && lead <= 0xDF)
        return 2;
    if (lead >= 0xE0 && lead <= 0xEF)
        return 3;
    if (lead >= 0xF0 && lead <= 0xF4)
        return 4;
    return 0;
}
} // namespace

bool TextDecoder::looksLikeUtf8(QByteArrayView bytes)
{
    // A character the cut went through is not held against the sample: the next bytes
    // complete it, or the file was cut short (which decode() then tells).
    const qsizetype size = bytes.size();
    for (qsizetype i = size - 1; i >= 0 && i >= size - 4; --i) {
        const auto byte = static_cast<unsigned char>(bytes[i]);
        if ((byte & 0xC0) == 0x80)
            continue;
        const int length = sequenceLength(byte);
        if (length > 1 && i + length > size)
            bytes = bytes.first(i);
        break;
    }
    return Llm::Utf8::isValid(bytes);
}

bool TextDecoder::start(QByteArrayView sample)
{
    m_error.clear();
    for (const Bom &bom : boms) {
        if (sample.startsWith(bom.bytes)) {
            m_encoding = bom.name;
            m_bomLength = m_bomToSkip = bom.bytes.size();
            m_decoder.emplace(bom.encoding, QStringConverter::Flag::ConvertInitialBom);
            m_codecName = QByteArray(m_decoder->name());
            m_cutAtSingleBytes = bom.encoding == QStringConverter::Utf8;
            return true;
        }
    }
    m_bomLength = m_bomToSkip = 0;
    if (const auto utf16 = unmarkedUtf16(sample)) {
        m_encoding = utf16->name;
        m_decoder.emplace(utf16->encoding, QStringConverter::Flag::ConvertInitialBom);
        m_codecName = QByteArray(m_decoder->name());
        return true;
    }
    if (looksLikeUtf8(sample)) {
        m_encoding = QStringLiteral("UTF-8");
        m_decoder.emplace(QStringConverter::Utf8, QStringConverter::Flag::ConvertInitialBom);
        m_codecName = QByteArray(m_decoder->name());
        m_cutAtSingleBytes = true;
        return true;
    }
    QStringDecoder probe(gb18030);
    if (!probe.isValid()) {
        m_error = ImportText::tr(
            "The file is not UTF-8 text. It may be Chinese text in GB18030, but this system "
            "cannot read GB18030. Save the file as UTF-8 and import it again.");
        return false;
    }
    // Text in any other legacy encoding rarely decodes as GB18030 without an error.
    const QString text = probe.decode(sample);
    Q_UNUSED(text);
    if (probe.hasError()) {
        m_error = ImportText::tr("The file is neither UTF-8 nor GB18030 text. Save it as UTF-8 "
                                 "and import it again.");
        return false;
    }
    m_encoding = QString::fromLatin1(gb18030);
    m_decoder.emplace(gb18030);
    m_codecName = QByteArray(gb18030);
    m_cutAtSingleBytes = true;
    return true;
}

QString TextDecoder::decode(QByteArrayView bytes)
{
    Q_ASSERT(m_decoder);
    if (m_bomToSkip > 0) {
        const qsizetype skip = qMin(m_bomToSkip, bytes.size());
        bytes = bytes.sliced(skip);
        m_bomToSkip -= skip;
    }
    m_errorSearchStart = -1;
    if (!m_cutAtSingleBytes)
        return decodeRun(bytes);
    qsizetype cut = bytes.size();
    while (cut > 0 && static_cast<unsigned char>(bytes[cut - 1]) >= 0x30)
        --cut;
    // A long run without one (text without spaces or punctuation) is left to the decoder.
    constexpr qsizetype maxHeld = 64 * 1024;
    if (cut == 0 && m_held.size() + bytes.size() <= maxHeld) {
        m_held.append(bytes);
        return QString();
    }
    if (cut == 0)
        cut = bytes.size();
    QString text;
    if (m_held.isEmpty()) {
        text = decodeRun(bytes.first(cut));
    } else {
        m_held.append(bytes.first(cut));
        text = decodeRun(m_held);
        m_held.clear();
    }
    m_held.append(bytes.sliced(cut));
    return text;
}

QString TextDecoder::decodeRun(QByteArrayView bytes)
{
    const bool hadError = m_decoder->hasError();
    QString text = m_decoder->decode(bytes);
    m_errorSearchStart = !hadError && m_decoder->hasError() ? locateError(bytes) : -1;
    return text;
}

// The decoder only says that the bytes it was given held an error, not where; a real U+FFFD
// before the error would pass for it. Runs of bytes that end at a byte below 0x30 decode on
// their own (decode() cuts there), so the first run that fails on its own holds the error, and
// the text before that run is what the earlier runs decode to, however the input was cut.
qsizetype TextDecoder::locateError(QByteArrayView bytes) const
{
    if (!m_cutAtSingleBytes)
        return 0;
    QStringDecoder fresh(m_codecName.constData());
    qsizetype textBefore = 0;
    qsizetype runStart = 0;
    for (qsizetype i = 0; i < bytes.size(); ++i) {
        if (static_cast<unsigned char>(bytes[i]) >= 0x30 && i + 1 < bytes.size())
            continue;
        fresh.resetState();
        const QString run = fresh.decode(bytes.sliced(runStart, i + 1 - runStart));
        if (fresh.hasError())
            return textBefore;
        textBefore += run.size();
        runStart = i + 1;
    }
    return 0; // the error began in bytes held back before (a run longer than 64 KiB)
}

QString TextDecoder::decodeSample(QByteArrayView sample) const
{
    QStringDecoder decoder(m_codecName.constData(), QStringConverter::Flag::ConvertInitialBom);
    return decoder.decode(sample.sliced(qMin(m_bomLength, sample.size())));
}

QString TextDecoder::flush()
{
    m_errorSearchStart = -1;
    if (!m_decoder || m_held.isEmpty())
        return QString();
    const QString text = decodeRun(m_held);
    m_held.clear();
    return text;
}

} // namespace Seedbed
