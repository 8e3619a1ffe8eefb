// Shared by the stream fuzz targets: turns the first bytes of a fuzz input into the pieces a
// network (or a file read) could deliver the rest in, so that one input tests one cutting.

#pragma once

#include <QByteArrayView>
#include <QList>

#include <cstddef>
#include <cstdint>

namespace SeedbedFuzz {

struct Chunked
{
    QByteArrayView payload;       //!< the bytes after the control bytes
    QList<QByteArrayView> pieces; //!< payload cut as the control bytes say; may hold empty pieces
    unsigned char flags = 0;      //!< free bits for the target (the first control byte)
};

/*! Byte 0 holds flags (for the target) and, in its low 3 bits, how many piece sizes follow
    (0 to 7). The payload is then cut into pieces of those sizes (0 to 255 bytes), used in
    turn until it is used up; no sizes, or only zeros, mean one piece per byte. */
inline Chunked cut(const uint8_t *data, size_t size)
{
    Chunked result;
    if (size == 0)
        return result;
    result.flags = data[0];
    const size_t count = qMin<size_t>(data[0] & 7u, size - 1);
    const uint8_t *sizes = data + 1;
    result.payload = QByteArrayView(reinterpret_cast<const char *>(data + 1 + count),
                                    qsizetype(size - 1 - count));
    bool anyNonZero = false;
    for (size_t i = 0; i < count; ++i)
        anyNonZero = anyNonZero || sizes[i] != 0;
    qsizetype at = 0;
    size_t next = 0;
    while (at < result.payload.size()) {
        qsizetype length = 1;
        if (anyNonZero) {
            length = sizes[next];
            next = (next + 1) % count;
        }
        length = qMin(length, result.payload.size() - at);
        result.pieces.append(result.payload.sliced(at, length));
        at += length;
    }
    return result;
}

/*! Strict UTF-8 (RFC 3629), written out here so that the targets do not judge the product
    by its own helper; QString::fromUtf8() cannot tell, as it drops a leading BOM. */
inline bool isStrictUtf8(QByteArrayView bytes)
{
    qsizetype i = 0;
    while (i < bytes.size()) {
        const auto c = static_cast<unsigned char>(bytes[i]);
        int more = 0;
        char32_t value = 0;
        char32_t least = 0;
        if (c < 0x80) {
            ++i;
            continue;
        } else if (c >= 0xC2 && c <= 0xDF) {
            more = 1, value = c & 0x1F, least = 0x80;
        } else if (c >= 0xE0 && c <= 0xEF) {
            more = 2, value = c & 0x0F, least = 0x800;
        } else if (c >= 0xF0 && c <= 0xF4) {
            more = 3, value = c & 0x07, least = 0x10000;
        } else {
            return false;
        }
        if (i + more >= bytes.size())
            return false;
        for (int k = 1; k <= more; ++k) {
            const auto next = static_cast<unsigned char>(bytes[i + k]);
            if ((next & 0xC0) != 0x80)
                return false;
            value = (value << 6) | (next & 0x3F);
        }
        if (value < least || value > 0x10FFFF || (value >= 0xD800 && value <= 0xDFFF))
            return false;
        i += 1 + more;
    }
    return true;
}

} // namespace SeedbedFuzz
