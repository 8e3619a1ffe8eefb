#include "models/export/jsonscan.h"

#include <cstring>

namespace Seedbed::Export::JsonScan {

namespace {

inline bool isSpace(char c)
{
    return c == ' ' || c == '\n' || c == '\r' || c == '\t';
}

inline void skipSpace(const char *&p, const char *end)
{
    while (p < end && isSpace(*p))
        ++p;
}

// p at the opening quote; on success p is after the closing one.
inline bool skipString(const char *&p, const char *end, bool *escaped)
{
    ++p;
    while (p < end) {
        const char *q = static_cast<const char *>(std::memchr(p, '"', size_t(end - p)));
        if (!q)
            return false;
        // Count the backslashes before the quote.
        const char *b = q;
        while (b > p && b[-1] == '\\')
            --b;
        if (escaped && std::memchr(p, '\\', size_t(q - p)))
            *escaped = true;
        p = q + 1;
        if (((q - b) & 1) == 0)
            return true;
    }
    return false;
}

bool skipValue(const char *&p, const char *end, char *kind)
{
    if (p >= end)
        return false;
    const char c = *p;
    if (c == '"') {
        *kind = 's';
        return skipString(p, end, nullptr);
    }
    if (c == '{' || c == '[') {
        *kind = c == '{' ? 'o' : 'a';
        int depth = 0;
        while (p < end) {
            const char d = *p;
            if (d == '"') {
                if (!skipString(p, end, nullptr))
                    return false;
                continue;
            }
            if (d == '{' || d == '[')
                ++depth;
            else if (d == '}' || d == ']') {
                if (--depth == 0) {
                    ++p;
                    return true;
                }
            }
            ++p;
        }
        return false;
    }
    const auto literal = [&](const char *word, char k) {
        const size_t n = std::strlen(word);
        if (size_t(end - p) < n || std::memcmp(p, word, n) != 0)
            return false;
        p += n;
        *kind = k;
        return true;
    };
    if (c == 't')
        return literal("true", 't');
    if (c == 'f')
        return literal("false", 'f');
    if (c == 'n')
        return literal("null", 'z');
    if (c == '-' || (c >= '0' && c <= '9')) {
        *kind = 'n';
        ++p;
        while (p < end && ((*p >= '0' && *p <= '9') || *p == '.' || *p == 'e' || *p == 'E' ||
                           *p == '+' || *p == '-'))
            ++p;
        return true;
    }
    return false;
}

int hexValue(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

void appendUtf8(char32_t cp, QByteArray &out)
{
    if (cp < 0x80) {
        out.append(char(cp));
    } else if (cp < 0x800) {
        out.append(char(0xC0 | (cp >> 6)));
        out.append(char(0x80 | (cp & 0x3F)));
    } else if (cp < 0x10000) {
        out.append(char(0xE0 | (cp >> 12)));
        out.append(char(0x80 | ((cp >> 6) & 0x3F)));
        out.append(char(0x80 | (cp & 0x3F)));
    } else {
        out.append(char(0xF0 | (cp >> 18)));
        out.append(char(0x80 | ((cp >> 12) & 0x3F)));
        out.append(char(0x80 | ((cp >> 6) & 0x3F)));
        out.append(char(0x80 | (cp & 0x3F)));
    }
}

} // namespace

bool scanObject(QByteArrayView json, Members *members)
{
    members->clear();
    const char *p = json.data();
    const char *end = p + json.size();
    skipSpace(p, end);
    if (p >= end || *p != '{')
        return false;
    ++p;
    skipSpace(p, end);
    if (p < end && *p == '}') {
        ++p;
        skipSpace(p, end);
        return p == end;
    }
    while (p < end) {
        if (*p != '"')
            return false;
        Member m;
        const char *keyStart = p + 1;
        if (!skipString(p, end, &m.keyEscaped))
            return false;
        m.key = QByteArrayView(keyStart, p - 1 - keyStart);
        skipSpace(p, end);
        if (p >= end || *p != ':')
            return false;
        ++p;
        skipSpace(p, end);
        const char *valueStart = p;
        if (!skipValue(p, end, &m.kind))
            return false;
        m.raw = QByteArrayView(valueStart, p - valueStart);
        members->append(m);
        skipSpace(p, end);
        if (p < end && *p == ',') {
            ++p;
            skipSpace(p, end);
            continue;
        }
        if (p < end && *p == '}') {
            ++p;
            skipSpace(p, end);
            return p == end;
        }
        return false;
    }
    return false;
}

const Member *find(const Members &members, QByteArrayView name)
{
    for (const Member &m : members) {
        if (!m.keyEscaped) {
            if (m.key == name)
                return &m;
            continue;
        }
        QByteArray key;
        QByteArray quoted = '"' + m.key.toByteArray() + '"';
        appendUnescaped(quoted, key);
        if (key == name)
            return &m;
    }
    return nullptr;
}

void appendUnescaped(QByteArrayView raw, QByteArray &out)
{
    const char *p = raw.data() + 1;
    const char *end = raw.data() + raw.size() - 1;
    while (p < end) {
        const char *q = static_cast<const char *>(std::memchr(p, '\\', size_t(end - p)));
        if (!q) {
            out.append(p, end - p);
            return;
        }
        out.append(p, q - p);
        p = q + 1;
        if (p >= end)
            return;
        const char e = *p++;
        switch (e) {
        case 'n':
            out.append('\n');
            break;
        case 't':
            out.append('\t');
            break;
        case 'r':
            out.append('\r');
            break;
        case 'b':
            out.append('\b');
            break;
        case 'f':
            out.append('\f');
            break;
        case 'u': {
            const auto hex4 = [&](char32_t *value) {
                if (end - p < 4)
                    return false;
                char32_t v = 0;
                for (int i = 0; i < 4; ++i) {
                    const int h = hexValue(p[i]);
                    if (h < 0)
                        return false;
                    v = (v << 4) | char32_t(h);
                }
                p += 4;
                *value = v;
                return true;
            };
            char32_t cp = 0;
            if (!hex4(&cp)) {
                appendUtf8(0xFFFD, out);
                break;
            }
            if (cp >= 0xD800 && cp < 0xDC00) {
                char32_t low = 0;
                const char *save = p;
                if (end - p >= 6 && p[0] == '\\' && p[1] == 'u') {
                    p += 2;
                    if (hex4(&low) && low >= 0xDC00 && low < 0xE000) {
                        cp = 0x10000 + ((cp - 0xD800) << 10) + (low - 0xDC00);
                    } else {
                        p = save;
                        cp = 0xFFFD;
                    }
                } else {
                    cp = 0xFFFD;
                }
            } else if (cp >= 0xDC00 && cp < 0xE000) {
                cp = 0xFFFD;
            }
            appendUtf8(cp, out);
            break;
        }
        default: // " \ / and anything else: the character itself
            out.append(e);
            break;
        }
    }
}

bool hasSpace(QByteArrayView raw)
{
    const char *p = raw.data();
    const char *end = p + raw.size();
    while (p < end) {
        if (*p == '"') {
            if (!skipString(p, end, nullptr))
                return false;
            continue;
        }
        if (isSpace(*p))
            return true;
        ++p;
    }
    return false;
}

void appendCompact(QByteArrayView raw, QByteArray &out)
{
    const char *p = raw.data();
    const char *end = p + raw.size();
    while (p < end) {
        if (*p == '"') {
            const char *start = p;
            if (!skipString(p, end, nullptr)) {
                out.append(start, end - start);
                return;
            }
            out.append(start, p - start);
            continue;
        }
        if (!isSpace(*p))
            out.append(*p);
        ++p;
    }
}

void appendText(const Member &member, QByteArray &out)
{
    switch (member.kind) {
    case 's':
        appendUnescaped(member.raw, out);
        return;
    case 'z':
        return;
    case 'a':
    case 'o':
        if (hasSpace(member.raw))
            appendCompact(member.raw, out);
        else
            out.append(member.raw);
        return;
    default:
        out.append(member.raw);
        return;
    }
}

void appendJsonString(QByteArrayView text, QByteArray &out)
{
    static const char hex[] = "0123456789abcdef";
    out.append('"');
    const char *p = text.data();
    const char *end = p + text.size();
    const char *run = p;
    for (; p < end; ++p) {
        const unsigned char c = static_cast<unsigned char>(*p);
        if (c >= 0x20 && c != '"' && c != '\\')
            continue;
        out.append(run, p - run);
        run = p + 1;
        switch (c) {
        case '"':
            out.append("\\\"", 2);
            break;
        case '\\':
            out.append("\\\\", 2);
            break;
        case '\n':
            out.append("\\n", 2);
            break;
        case '\r':
            out.append("\\r", 2);
            break;
        case '\t':
            out.append("\\t", 2);
            break;
        case '\b':
            out.append("\\b", 2);
            break;
        case '\f':
            out.append("\\f", 2);
            break;
        default: {
            const char escaped[6] = {'\\', 'u', '0', '0', hex[c >> 4], hex[c & 15]};
            out.append(escaped, 6);
        }
        }
    }
    out.append(run, end - run);
    out.append('"');
}

} // namespace Seedbed::Export::JsonScan
