#include "models/llm/utf8.h"

#include <cstring>

namespace Seedbed::Llm::Utf8 {

namespace {
inline bool isContinuation(unsigned char byte)
{
    return (byte & 0xC0) == 0x80;
}
} // namespace

qsizetype firstInvalidByte(QByteArrayView bytes)
{
    const auto *const begin = reinterpret_cast<const unsigned char *>(bytes.data());
    const auto *const end = begin + bytes.size();
    const unsigned char *p = begin;
    while (p < end) {
        // Streams are overwhelmingly ASCII (JSON syntax, English text): skip it 8 bytes at a
        // time.
        while (end - p >= 8) {
            quint64 word;
            std::memcpy(&word, p, sizeof word);
            if (word & 0x8080808080808080ULL)
                break;
            p += 8;
        }
        if (p == end)
            break;
        const unsigned char lead = *p;
        if (lead < 0x80) {
            ++p;
            continue;
        }
        // The second byte's range depends on the lead byte (RFC 3629 section 4); this is what
        // rules out overlong forms, surrogates and code points above U+10FFFF.
        qsizetype length = 0;
        unsigned char low = 0x80;
        unsigned char high = 0xBF;
        if (lead >= 0xC2 && lead <= 0xDF) {
            length = 2;
        } else if (lead >= 0xE0 && lead <= 0xEF) {
            length = 3;
            if (lead == 0xE0)
                low = 0xA0;
            else if (lead == 0xED)
                high = 0x9F;
        } else if (lead >= 0xF0 && lead <= 0xF4) {
            length = 4;
            if (lead == 0xF0)
                low = 0x90;
            else if (lead == 0xF4)
                high = 0x8F;
        } else {
            return p - begin;
        }
        if (end - p < length)
            return p - begin;
        if (p[1] < low || p[1] > high)
            return p - begin;
        for (qsizetype i = 2; i < length; ++i) {
            if (!isContinuation(p[i]))
                return p - begin;
        }
        p += length;
    }
    return -1;
}

} // namespace Seedbed::Llm::Utf8
