#pragma once

#include <QByteArrayView>

namespace Seedbed::Llm::Utf8 {

/*! \brief Returns the offset of the first byte that breaks strict UTF-8 (RFC 3629: no
    overlong forms, no surrogates, nothing above U+10FFFF, no truncated sequence), or -1
    when \a bytes is entirely valid.

    The decoders call this on complete lines only, so a character split across two network
    reads is never judged half-way. */
qsizetype firstInvalidByte(QByteArrayView bytes);

/*! \brief Whether \a bytes is entirely valid UTF-8 in the sense of firstInvalidByte(). */
inline bool isValid(QByteArrayView bytes)
{
    return firstInvalidByte(bytes) < 0;
}

} // namespace Seedbed::Llm::Utf8
