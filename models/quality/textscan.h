#pragma once

#include <QChar>
#include <QStringView>

#include <array>

/* Code point helpers shared by the deduplication code; internal. ASCII is classified through
   a table built from Qt's Unicode data, so the fast path cannot disagree with QChar. */
namespace Seedbed::Quality::TextScan {

enum : quint8 { Space = 0x1, Punctuation = 0x2 };

inline const std::array<quint8, 128> &asciiClasses()
{
    static const std::array<quint8, 128> table = [] {
        std::array<quint8, 128> classes{};
        for (char32_t c = 0; c < 128; ++c)
            classes[c] =
                quint8((QChar::isSpace(c) ? Space : 0) | (QChar::isPunct(c) ? Punctuation : 0));
        return classes;
    }();
    return table;
}

inline bool isSpace(char32_t c)
{
    return c < 128 ? (asciiClasses()[c] & Space) != 0 : QChar::isSpace(c);
}

inline bool isPunctuation(char32_t c)
{
    return c < 128 ? (asciiClasses()[c] & Punctuation) != 0 : QChar::isPunct(c);
}

/* The code point starting at \a data[i] (of \a size units) and the number of UTF-16 units it
   takes; a lone surrogate stands for itself. */
inline char32_t codePointAt(const char16_t *data, qsizetype size, qsizetype i, qsizetype *length)
{
    const char16_t c = data[i];
    if (QChar::isHighSurrogate(c) && i + 1 < size && QChar::isLowSurrogate(data[i + 1])) {
        *length = 2;
        return QChar::surrogateToUcs4(c, data[i + 1]);
    }
    *length = 1;
    return c;
}

} // namespace Seedbed::Quality::TextScan
