#include "models/llm/streamparser.h"

#include "models/llm/ndjsondecoder.h"
#include "models/llm/ssedecoder.h"
#include "models/llm/utf8.h"

#include <QCoreApplication>

#include <algorithm>
#include <charconv>
#include <cmath>
#include <limits>
#include <optional>
#include <vector>

namespace Seedbed::Llm {

namespace {
// lupdate reads the context from here; the parser is not a QObject.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Seedbed::Llm::StreamParser)
};

/* A strict RFC 8259 reader into a flat node array that is reused from one chunk to the next.
   QJsonDocument::fromJson costs about 3 µs for a typical 250-byte chunk (it builds a
   QCborValue and converts every string); this costs a fraction of that because it allocates
   nothing once warmed up and decodes only the strings that are read. The input must already
   be valid UTF-8 (the decoders check every line). */
class JsonReader
{
public:
    enum class Type : quint8 { Null, False, True, Number, String, Array, Object };
    enum class Error : quint8 {
        None,
        UnexpectedEnd,
        UnexpectedCharacter,
        ControlCharacter,
        BadEscape,
        BadNumber,
        TooDeep,
        TrailingGarbage,
        TooLarge,
    };

    bool parse(QByteArrayView text);
    Error error() const { return m_error; }
    qsizetype errorOffset() const { return m_errorOffset; }

    static constexpr int root = 0;
    Type type(int node) const { return m_nodes[size_t(node)].type; }
    bool isObject(int node) const { return node >= 0 && type(node) == Type::Object; }
    bool isArray(int node) const { return node >= 0 && type(node) == Type::Array; }
    bool isString(int node) const { return node >= 0 && type(node) == Type::String; }
    /*! The value of \a key in \a object, or -1 (also when \a object is not an object). */
    int member(int object, QLatin1String key) const;
    /*! The first element of an array (or first key of an object), or -1. */
    int firstChild(int node) const;
    /*! The next element after \a node within its array (or next key), or -1. */
    int nextSibling(int node) const { return m_nodes[size_t(node)].next; }
    /*! The decoded text of a string node; empty for anything else. */
    QString string(int node) const;
    /*! The value of a number node, truncated to an integer. */
    std::optional<qint64> integer(int node) const;
    /*! Whether \a node is the literal true. */
    bool isTrue(int node) const { return node >= 0 && type(node) == Type::True; }

private:
    struct Node
    {
        Type type;
        bool escaped; // a string with backslash escapes needs decoding
        qint32 begin; // strings: after the opening quote; numbers: the first character
        qint32 length;
        qint32 next = -1; // the next sibling; an object's members are key, value pairs
        qint32 count = 0; // children of an array or object (keys and values)
    };

    int parseValue(int depth);
    int parseObject(int depth);
    int parseArray(int depth);
    int parseString();
    int parseNumber();
    int parseLiteral(QByteArrayView word, Type type);
    int addNode(Type type, qsizetype begin, qsizetype length = 0);
    int fail(Error error);
    void skipSpace();
    bool keyEquals(const Node &key, QLatin1String expected) const;

    QByteArrayView m_text;
    qsizetype m_pos = 0;
    std::vector<Node> m_nodes;
    Error m_error = Error::None;
    qsizetype m_errorOffset = 0;
    mutable QByteArray m_scratch; // decoding buffer for escaped strings
};

// Hostile input must not overflow the stack; real chunks nest five levels deep.
constexpr int maxJsonDepth = 128;

bool JsonReader::parse(QByteArrayView text)
{
    m_text = text;
    m_pos = 0;
    // Keep the nodes of ordinary chunks, not those of a freak document near the line cap.
    if (m_nodes.capacity() > 65536)
        m_nodes = std::vector<Node>();
    m_nodes.clear();
    m_error = Error::None;
    m_errorOffset = 0;
    if (text.size() >= std::numeric_limits<qint32>::max()) {
        fail(Error::TooLarge);
        return false;
    }
    skipSpace();
    if (parseValue(0) < 0)
        return false;
    skipSpace();
    if (m_pos != m_text.size()) {
        fail(Error::TrailingGarbage);
        return false;
    }
    return true;
}

void JsonReader::skipSpace()
{
    while (m_pos < m_text.size()) {
        const char c = m_text[m_pos];
        if (c != ' ' && c != '\t' && c != '\n' && c != '\r')
            return;
        ++m_pos;
    }
}

int JsonReader::fail(Error error)
{
    if (m_error == Error::None) {
        m_error = error;
        m_errorOffset = m_pos;
    }
    return -1;
}

int JsonReader::addNode(Type type, qsizetype begin, qsizetype length)
{
    m_nodes.push_back(Node{type, false, qint32(begin), qint32(length)});
    return int(m_nodes.size() - 1);
}

int JsonReader::parseValue(int depth)
{
    if (m_pos >= m_text.size())
        return fail(Error::UnexpectedEnd);
    switch (m_text[m_pos]) {
    case '{':
        return parseObject(depth);
    case '[':
        return parseArray(depth);
    case '"':
        return parseString();
    case 't':
        return parseLiteral("true", Type::True);
    case 'f':
        return parseLiteral("false", Type::False);
    case 'n':
        return parseLiteral("null", Type::Null);
    default:
        return parseNumber();
    }
}

int JsonReader::parseLiteral(QByteArrayView word, Type type)
{
    if (m_text.sliced(m_pos).startsWith(word)) {
        const int node = addNode(type, m_pos, word.size());
        m_pos += word.size();
        return node;
    }
    return fail(m_text.size() - m_pos < word.size() && word.startsWith(m_text.sliced(m_pos))
                    ? Error::UnexpectedEnd
                    : Error::UnexpectedCharacter);
}

int JsonReader::parseObject(int depth)
{
    if (depth >= maxJsonDepth)
        return fail(Error::TooDeep);
    const qsizetype begin = m_pos;
    const int self = addNode(Type::Object, begin);
    ++m_pos;
    skipSpace();
    if (m_pos < m_text.size() && m_text[m_pos] == '}') {
        ++m_pos;
        m_nodes[size_t(self)].length = qint32(m_pos - begin);
        return self;
    }
    int previousKey = -1;
    qint32 count = 0;
    for (;;) {
        if (m_pos >= m_text.size())
            return fail(Error::UnexpectedEnd);
        if (m_text[m_pos] != '"')
            return fail(Error::UnexpectedCharacter);
        const int key = parseString();
        if (key < 0)
            return -1;
        skipSpace();
        if (m_pos >= m_text.size())
            return fail(Error::UnexpectedEnd);
        if (m_text[m_pos] != ':')
            return fail(Error::UnexpectedCharacter);
        ++m_pos;
        skipSpace();
        const int value = parseValue(depth + 1);
        if (value < 0)
            return -1;
        if (previousKey >= 0)
            m_nodes[size_t(previousKey)].next = key;
        previousKey = key;
        count += 2;
        skipSpace();
        if (m_pos >= m_text.size())
            return fail(Error::UnexpectedEnd);
        const char c = m_text[m_pos];
        ++m_pos;
        if (c == '}')
            break;
        if (c != ',') {
            --m_pos;
            return fail(Error::UnexpectedCharacter);
        }
        skipSpace();
    }
    Node &node = m_nodes[size_t(self)];
    node.length = qint32(m_pos - begin);
    node.count = count;
    return self;
}

int JsonReader::parseArray(int depth)
{
    if (depth >= maxJsonDepth)
        return fail(Error::TooDeep);
    const qsizetype begin = m_pos;
    const int self = addNode(Type::Array, begin);
    ++m_pos;
    skipSpace();
    if (m_pos < m_text.size() && m_text[m_pos] == ']') {
        ++m_pos;
        m_nodes[size_t(self)].length = qint32(m_pos - begin);
        return self;
    }
    int previous = -1;
    qint32 count = 0;
    for (;;) {
        const int element = parseValue(depth + 1);
        if (element < 0)
            return -1;
        if (previous >= 0)
            m_nodes[size_t(previous)].next = element;
        previous = element;
        ++count;
        skipSpace();
        if (m_pos >= m_text.size())
            return fail(Error::UnexpectedEnd);
        const char c = m_text[m_pos];
        ++m_pos;
        if (c == ']')
            break;
        if (c != ',') {
            --m_pos;
            return fail(Error::UnexpectedCharacter);
        }
        skipSpace();
    }
    Node &node = m_nodes[size_t(self)];
    node.length = qint32(m_pos - begin);
    node.count = count;
    return self;
}

bool isHexDigit(char c)
{
    return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
}

int JsonReader::parseString()
{
    ++m_pos; // the opening quote
    const qsizetype begin = m_pos;
    bool escaped = false;
    const char *const data = m_text.data();
    const qsizetype size = m_text.size();
    while (m_pos < size) {
        const auto c = static_cast<unsigned char>(data[m_pos]);
        if (c == '"') {
            const int node = addNode(Type::String, begin, m_pos - begin);
            m_nodes[size_t(node)].escaped = escaped;
            ++m_pos;
            return node;
        }
        if (c < 0x20)
            return fail(Error::ControlCharacter);
        if (c == '\\') {
            escaped = true;
            if (m_pos + 1 >= size) {
                ++m_pos;
                return fail(Error::UnexpectedEnd);
            }
            ++m_pos;
            switch (data[m_pos]) {
            case '"':
            case '\\':
            case '/':
            case 'b':
            case 'f':
            case 'n':
            case 'r':
            case 't':
                break;
            case 'u':
                for (int i = 1; i <= 4; ++i) {
                    if (m_pos + i >= size) {
                        m_pos = size;
                        return fail(Error::UnexpectedEnd);
                    }
                    if (!isHexDigit(data[m_pos + i])) {
                        m_pos += i;
                        return fail(Error::BadEscape);
                    }
                }
                m_pos += 4;
                break;
            default:
                return fail(Error::BadEscape);
            }
        }
        ++m_pos;
    }
    return fail(Error::UnexpectedEnd);
}

bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}

int JsonReader::parseNumber()
{
    const qsizetype begin = m_pos;
    const qsizetype size = m_text.size();
    auto digits = [&] {
        const qsizetype start = m_pos;
        while (m_pos < size && isDigit(m_text[m_pos]))
            ++m_pos;
        return m_pos > start;
    };
    if (m_text[m_pos] == '-')
        ++m_pos;
    if (m_pos >= size)
        return fail(Error::UnexpectedEnd);
    if (m_text[m_pos] == '0') {
        ++m_pos;
    } else if (!digits()) {
        return fail(m_pos == begin ? Error::UnexpectedCharacter : Error::BadNumber);
    }
    if (m_pos < size && m_text[m_pos] == '.') {
        ++m_pos;
        if (!digits())
            return fail(m_pos >= size ? Error::UnexpectedEnd : Error::BadNumber);
    }
    if (m_pos < size && (m_text[m_pos] == 'e' || m_text[m_pos] == 'E')) {
        ++m_pos;
        if (m_pos < size && (m_text[m_pos] == '+' || m_text[m_pos] == '-'))
            ++m_pos;
        if (!digits())
            return fail(m_pos >= size ? Error::UnexpectedEnd : Error::BadNumber);
    }
    return addNode(Type::Number, begin, m_pos - begin);
}

int JsonReader::firstChild(int node) const
{
    if (node < 0)
        return -1;
    const Node &n = m_nodes[size_t(node)];
    if ((n.type != Type::Object && n.type != Type::Array) || n.count == 0)
        return -1;
    return node + 1; // children follow their parent in document order
}

bool JsonReader::keyEquals(const Node &key, QLatin1String expected) const
{
    if (!key.escaped) {
        return key.length == expected.size() &&
               m_text.sliced(key.begin, key.length) ==
                   QByteArrayView(expected.data(), expected.size());
    }
    return string(int(&key - m_nodes.data())) == expected;
}

int JsonReader::member(int object, QLatin1String key) const
{
    if (!isObject(object))
        return -1;
    for (int k = firstChild(object); k >= 0; k = m_nodes[size_t(k)].next) {
        if (keyEquals(m_nodes[size_t(k)], key))
            return k + 1; // the value directly follows its key
    }
    return -1;
}

void appendUtf8(QByteArray &out, char32_t codePoint)
{
    if (codePoint < 0x80) {
        out.append(char(codePoint));
    } else if (codePoint < 0x800) {
        out.append(char(0xC0 | (codePoint >> 6)));
        out.append(char(0x80 | (codePoint & 0x3F)));
    } else if (codePoint < 0x10000) {
        out.append(char(0xE0 | (codePoint >> 12)));
        out.append(char(0x80 | ((codePoint >> 6) & 0x3F)));
        out.append(char(0x80 | (codePoint & 0x3F)));
    } else {
        out.append(char(0xF0 | (codePoint >> 18)));
        out.append(char(0x80 | ((codePoint >> 12) & 0x3F)));
        out.append(char(0x80 | ((codePoint >> 6) & 0x3F)));
        out.append(char(0x80 | (codePoint & 0x3F)));
    }
}

char32_t hexValue(QByteArrayView hex)
{
    char32_t value = 0;
    for (const char c : hex) {
        value <<= 4;
        if (c >= '0' && c <= '9')
            value |= char32_t(c - '0');
        else if (c >= 'a' && c <= 'f')
            value |= char32_t(c - 'a' + 10);
        else
            value |= char32_t(c - 'A' + 10);
    }
    return value;
}

QString JsonReader::string(int node) const
{
    if (!isString(node))
        return QString();
    const Node &n = m_nodes[size_t(node)];
    const QByteArrayView raw = m_text.sliced(n.begin, n.length);
    if (!n.escaped)
        return QString::fromUtf8(raw);
    // The syntax was checked while parsing, so every escape here is well formed.
    m_scratch.resize(0);
    m_scratch.reserve(raw.size());
    for (qsizetype i = 0; i < raw.size(); ++i) {
        const char c = raw[i];
        if (c != '\\') {
            m_scratch.append(c);
            continue;
        }
        const char e = raw[++i];
        switch (e) {
        case 'b':
            m_scratch.append('\b');
            break;
        case 'f':
            m_scratch.append('\f');
            break;
        case 'n':
            m_scratch.append('\n');
            break;
        case 'r':
            m_scratch.append('\r');
            break;
        case 't':
            m_scratch.append('\t');
            break;
        case 'u': {
            char32_t codePoint = hexValue(raw.sliced(i + 1, 4));
            i += 4;
            if (codePoint >= 0xD800 && codePoint <= 0xDBFF && i + 6 < raw.size() &&
                raw[i + 1] == '\\' && raw[i + 2] == 'u') {
                const char32_t low = hexValue(raw.sliced(i + 3, 4));
                if (low >= 0xDC00 && low <= 0xDFFF) {
                    codePoint = 0x10000 + ((codePoint - 0xD800) << 10) + (low - 0xDC00);
                    i += 6;
                }
            }
            if (codePoint >= 0xD800 && codePoint <= 0xDFFF)
                codePoint = 0xFFFD; // a lone surrogate has no UTF-8 form
            appendUtf8(m_scratch, codePoint);
            break;
        }
        default: // '"', '\\' and '/' stand for themselves
            m_scratch.append(e);
            break;
        }
    }
    return QString::fromUtf8(m_scratch);
}

std::optional<qint64> JsonReader::integer(int node) const
{
    if (node < 0 || type(node) != Type::Number)
        return std::nullopt;
    const Node &n = m_nodes[size_t(node)];
    const char *const first = m_text.data() + n.begin;
    const char *const last = first + n.length;
    qint64 value = 0;
    const auto [end, ec] = std::from_chars(first, last, value);
    if (ec == std::errc() && end == last)
        return value;
    double real = 0;
    const auto [realEnd, realEc] = std::from_chars(first, last, real);
    if (realEc != std::errc() || !std::isfinite(real) || std::abs(real) > 9.0e18)
        return std::nullopt;
    return qint64(real);
}

QString jsonErrorText(JsonReader::Error error)
{
    switch (error) {
    case JsonReader::Error::None:
        break;
    case JsonReader::Error::UnexpectedEnd:
        return Text::tr("it ends too early");
    case JsonReader::Error::UnexpectedCharacter:
        return Text::tr("unexpected character");
    case JsonReader::Error::ControlCharacter:
        return Text::tr("unescaped control character in a string");
    case JsonReader::Error::BadEscape:
        return Text::tr("invalid escape sequence");
    case JsonReader::Error::BadNumber:
        return Text::tr("malformed number");
    case JsonReader::Error::TooDeep:
        return Text::tr("nested too deeply");
    case JsonReader::Error::TrailingGarbage:
        return Text::tr("unexpected text after the end");
    case JsonReader::Error::TooLarge:
        return Text::tr("too large");
    }
    return QString();
}

/* Inline reasoning: some models (DeepSeek-R1 distills, QwQ, Qwen3 behind plain servers) open
   their content with <think>…</think>. Only a tag at the very start (after white space)
   counts, and the tags may be split across deltas at any character. */
class ThinkFilter
{
public:
    void route(QStringView text, QString &content, QString &reasoning);
    void flush(QString &content, QString &reasoning);

private:
    enum class State : quint8 { Start, Thinking, AfterThink, Content };
    State m_state = State::Start;
    QString m_pending; // Start: what may still become "<think>"; Thinking: a partial "</think>"
};

const QLatin1String openTag("<think>");
const QLatin1String closeTag("</think>");

qsizetype leadingSpace(QStringView text)
{
    qsizetype i = 0;
    while (i < text.size() && text.at(i).isSpace())
        ++i;
    return i;
}

void ThinkFilter::route(QStringView text, QString &content, QString &reasoning)
{
    switch (m_state) {
    case State::Content:
        content += text;
        return;
    case State::Start: {
        m_pending += text;
        const QStringView rest = QStringView(m_pending).sliced(leadingSpace(m_pending));
        if (rest.isEmpty())
            return;
        if (rest.size() < openTag.size() && openTag.startsWith(rest))
            return; // "<thi" may become "<think>"
        if (rest.startsWith(openTag)) {
            const QString after = rest.sliced(openTag.size()).toString();
            m_pending.clear();
            m_state = State::Thinking;
            route(after, content, reasoning);
            return;
        }
        m_state = State::Content;
        content += m_pending;
        m_pending.clear();
        return;
    }
    case State::Thinking: {
        QString joined;
        QStringView all = text;
        if (!m_pending.isEmpty()) {
            joined = std::exchange(m_pending, {});
            joined += text;
            all = joined;
        }
        if (const qsizetype close = all.indexOf(closeTag); close >= 0) {
            reasoning += all.first(close);
            m_state = State::AfterThink;
            const QString after = all.sliced(close + closeTag.size()).toString();
            route(after, content, reasoning);
            return;
        }
        // Hold back a tail that may be the start of "</think>".
        qsizetype keep = std::min<qsizetype>(all.size(), closeTag.size() - 1);
        while (keep > 0 && !closeTag.startsWith(all.last(keep)))
            --keep;
        reasoning += all.first(all.size() - keep);
        m_pending = all.last(keep).toString();
        return;
    }
    case State::AfterThink: {
        // The answer proper starts after the blank lines that follow </think>.
        const qsizetype skip = leadingSpace(text);
        if (skip == text.size())
            return;
        m_state = State::Content;
        content += text.sliced(skip);
        return;
    }
    }
}

void ThinkFilter::flush(QString &content, QString &reasoning)
{
    if (m_state == State::Start)
        content += m_pending;
    else if (m_state == State::Thinking)
        reasoning += m_pending;
    m_pending.clear();
}

FinishReason finishReasonFrom(QStringView raw)
{
    using L = QLatin1String;
    if (raw == L("stop") || raw == L("end_turn") || raw == L("stop_sequence") || raw == L("eos"))
        return FinishReason::Complete;
    // DeepSeek's insufficient_system_resource, GLM's network_error and Anthropic's
    // pause_turn / model_context_window_exceeded all leave the answer unfinished.
    if (raw == L("length") || raw == L("max_tokens") || raw == L("insufficient_system_resource") ||
        raw == L("network_error") || raw == L("pause_turn") ||
        raw == L("model_context_window_exceeded"))
        return FinishReason::Truncated;
    if (raw == L("content_filter") || raw == L("refusal") || raw == L("sensitive"))
        return FinishReason::ContentFilter;
    if (raw == L("tool_calls") || raw == L("tool_use") || raw == L("function_call"))
        return FinishReason::ToolCall;
    if (raw == L("error"))
        return FinishReason::Error;
    return FinishReason::Unknown; // Ollama's "load" / "unload" produce no answer either
}
} // namespace

struct StreamParser::Private
{
    enum class Mode : quint8 { Undecided, Sse, Ndjson, Body };
    enum class Document : quint8 { Chunk, Line, Response }; // for error messages

    Private(Protocol p, bool streaming, qsizetype cap)
        : protocol(p)
        , maxBytes(cap > 0 ? cap : 1)
        , sse(maxBytes)
        , ndjson(maxBytes)
    {
        if (!streaming)
            mode = Mode::Body;
        else if (protocol == Protocol::OllamaNative)
            mode = Mode::Ndjson;
        else
            mode = Mode::Undecided; // see feedBytes()
    }

    void feedBytes(QByteArrayView bytes);
    void handleSseEvent(const SseDecoder::Event &event);
    void handleOpenAiChunk(const QByteArray &data, bool errorEvent);
    void handleOpenAiMessage(int root, bool streamed);
    bool handleOllamaLine(const QByteArray &line, bool lastChance);
    void handleOllamaObject(int root);
    void handleAnthropicEvent(QByteArrayView name, const QByteArray &data);
    void handleAnthropicMessage(int root);
    void handleBody();
    bool parseJson(QByteArrayView bytes, Document what);
    bool providerError(int root);
    void readOpenAiUsage(int usage);

    int slotFor(int index);
    void deliver(int slot, QStringView reasoning, QStringView rawContent);
    void setFinish(int slot, const QString &raw);
    void setError(ChatError::Kind kind, const QString &type, const QString &message);
    void protocolError(const QString &message) { setError(ChatError::Kind::Protocol, {}, message); }
    void emitDelta(int slot, const QString &reasoning, const QString &content);
    void end();
    void flushFilters();

    Protocol protocol;
    qsizetype maxBytes;
    Mode mode = Mode::Undecided;
    SseDecoder sse;
    NdjsonDecoder ndjson;
    QByteArray body;
    JsonReader json;
    ChatResult result;
    QList<ThinkFilter> filters; // one per entry of result.choices
    QList<Delta> out;           // what the current feed() or finish() returns
    bool endMarker = false;
    bool finished = false;
    QString contentScratch;
    QString reasoningScratch;
};

StreamParser::StreamParser(Protocol protocol, bool streaming, qsizetype maxLineBytes)
    : d(std::make_unique<Private>(protocol, streaming, maxLineBytes))
{}

StreamParser::~StreamParser() = default;

const ChatResult &StreamParser::result() const
{
    return d->result;
}

bool StreamParser::hasError() const
{
    return d->result.error.isError();
}

bool StreamParser::isFinished() const
{
    return d->endMarker;
}

QList<StreamParser::Delta> StreamParser::feed(QByteArrayView bytes)
{
    d->out.clear();
    if (hasError() || d->endMarker || d->finished || bytes.isEmpty())
        return {};
    d->feedBytes(bytes);
    return std::exchange(d->out, {});
}

QList<StreamParser::Delta> StreamParser::finish()
{
    d->out.clear();
    if (d->finished)
        return {};
    d->finished = true;
    if (!hasError())
        d->end();
    return std::exchange(d->out, {});
}

void StreamParser::Private::feedBytes(QByteArrayView bytes)
{
    if (mode == Mode::Undecided) {
        // A server that ignores "stream": true, or answers with a bare error object, sends
        // one JSON document; an event stream never starts with "{".
        qsizetype i = 0;
        while (i < bytes.size() &&
               (bytes[i] == ' ' || bytes[i] == '\t' || bytes[i] == '\n' || bytes[i] == '\r'))
            ++i;
        if (i == bytes.size())
            return; // white space changes nothing for an event stream either
        mode = bytes[i] == '{' ? Mode::Body : Mode::Sse;
        bytes = bytes.sliced(i);
    }
    switch (mode) {
    case Mode::Undecided:
        break;
    case Mode::Body:
        if (body.size() + bytes.size() > maxBytes) {
            protocolError(Text::tr("The response is larger than %1 bytes.").arg(maxBytes));
            body = QByteArray();
            return;
        }
        body.append(bytes);
        break;
    case Mode::Sse: {
        const QList<SseDecoder::Event> events = sse.feed(bytes);
        for (const SseDecoder::Event &event : events) {
            handleSseEvent(event);
            if (result.error.isError())
                return;
            if (endMarker) {
                flushFilters(); // the deltas are whole without waiting for finish()
                return;
            }
        }
        if (sse.hasError())
            protocolError(sse.errorString());
        break;
    }
    case Mode::Ndjson: {
        const QList<QByteArray> lines = ndjson.feed(bytes);
        for (const QByteArray &line : lines) {
            handleOllamaLine(line, false);
            if (result.error.isError())
                return;
            if (endMarker) {
                flushFilters(); // the deltas are whole without waiting for finish()
                return;
            }
        }
        if (ndjson.hasError())
            protocolError(ndjson.errorString());
        break;
    }
    }
}

void StreamParser::Private::end()
{
    if (mode == Mode::Body) {
        handleBody();
    } else if (mode == Mode::Ndjson && !endMarker) {
        // The last line had no line break: whole if it parses, otherwise the stream was cut
        // inside it, which is a truncation rather than a malformed stream.
        const QList<QByteArray> lines = ndjson.finish();
        for (const QByteArray &line : lines) {
            if (!handleOllamaLine(line, true) || result.error.isError())
                break;
        }
    }
    // An event stream's unfinished last event is dropped, as the specification says.
    flushFilters();
    if (result.error.isError() || endMarker)
        return;
    if (result.choices.isEmpty())
        slotFor(0); // so that the result says why it ended
    for (ChatChoice &choice : result.choices) {
        if (choice.finish == FinishReason::Unknown)
            choice.finish = FinishReason::Truncated;
    }
}

// Text held back by the <think> filters ("<thi", white space) is final once the body ends.
void StreamParser::Private::flushFilters()
{
    for (qsizetype slot = 0; slot < result.choices.size(); ++slot) {
        contentScratch.clear();
        reasoningScratch.clear();
        filters[slot].flush(contentScratch, reasoningScratch);
        ChatChoice &choice = result.choices[slot];
        choice.reasoning += reasoningScratch;
        choice.content += contentScratch;
        emitDelta(int(slot), reasoningScratch, contentScratch);
    }
}

bool StreamParser::Private::parseJson(QByteArrayView bytes, Document what)
{
    if (json.parse(bytes))
        return true;
    const QString reason = jsonErrorText(json.error());
    const qsizetype at = json.errorOffset();
    switch (what) {
    case Document::Chunk:
        protocolError(Text::tr("The server sent a chunk that is not valid JSON (%1 at byte %2).")
                          .arg(reason)
                          .arg(at));
        break;
    case Document::Line:
        protocolError(Text::tr("The server sent a line that is not valid JSON (%1 at byte %2).")
                          .arg(reason)
                          .arg(at));
        break;
    case Document::Response:
        protocolError(Text::tr("The server sent a response that is not valid JSON (%1 at byte %2).")
                          .arg(reason)
                          .arg(at));
        break;
    }
    return false;
}

int StreamParser::Private::slotFor(int index)
{
    QList<ChatChoice> &choices = result.choices;
    if (index >= 0 && index < choices.size() && choices[index].index == index)
        return index;
    qsizetype slot = 0;
    while (slot < choices.size() && choices[slot].index < index)
        ++slot;
    if (slot < choices.size() && choices[slot].index == index)
        return int(slot);
    ChatChoice choice;
    choice.index = index;
    choices.insert(slot, choice);
    filters.insert(slot, ThinkFilter());
    // Deltas already produced in this call keep their choice indexes, which do not move.
    return int(slot);
}

void StreamParser::Private::deliver(int slot, QStringView reasoning, QStringView rawContent)
{
    if (reasoning.isEmpty() && rawContent.isEmpty())
        return;
    contentScratch.clear();
    reasoningScratch.clear();
    reasoningScratch += reasoning;
    if (!rawContent.isEmpty())
        filters[slot].route(rawContent, contentScratch, reasoningScratch);
    ChatChoice &choice = result.choices[slot];
    choice.reasoning += reasoningScratch;
    choice.content += contentScratch;
    emitDelta(slot, reasoningScratch, contentScratch);
}

void StreamParser::Private::emitDelta(int slot, const QString &reasoning, const QString &content)
{
    if (reasoning.isEmpty() && content.isEmpty())
        return;
    const int index = result.choices[slot].index;
    // Consecutive deltas of one choice are merged, as long as that keeps reasoning before
    // content: fewer, larger deltas are cheaper for everyone downstream.
    if (!out.isEmpty()) {
        Delta &last = out.last();
        if (last.choice == index && (reasoning.isEmpty() || last.content.isEmpty())) {
            last.reasoning += reasoning;
            last.content += content;
            return;
        }
    }
    out.append(Delta{index, content, reasoning});
}

void StreamParser::Private::setFinish(int slot, const QString &raw)
{
    ChatChoice &choice = result.choices[slot];
    choice.rawFinishReason = raw;
    choice.finish = finishReasonFrom(raw);
}

void StreamParser::Private::setError(ChatError::Kind kind, const QString &type,
                                     const QString &message)
{
    if (result.error.isError())
        return;
    result.error.kind = kind;
    result.error.type = type;
    result.error.message = message;
    for (ChatChoice &choice : result.choices) {
        if (choice.finish == FinishReason::Unknown)
            choice.finish = FinishReason::Error;
    }
}

// An error object inside a 200 response: OpenAI {"error": {"message", "type", "code"}} (or a
// bare string), Ollama {"error": "…"}, Anthropic {"type": "error", "error": {"type",
// "message"}}. Returns whether there was one.
bool StreamParser::Private::providerError(int root)
{
    const int error = json.member(root, QLatin1String("error"));
    if (error < 0 || json.type(error) == JsonReader::Type::Null)
        return false;
    QString type;
    QString message;
    if (json.isObject(error)) {
        type = json.string(json.member(error, QLatin1String("type")));
        if (type.isEmpty()) {
            const int code = json.member(error, QLatin1String("code"));
            if (json.isString(code))
                type = json.string(code);
            else if (const std::optional<qint64> number = json.integer(code))
                type = QString::number(*number);
        }
        message = json.string(json.member(error, QLatin1String("message")));
    } else if (json.isString(error)) {
        message = json.string(error);
    }
    if (message.isEmpty())
        message = Text::tr("The server reported an error without a message.");
    setError(ChatError::Kind::Provider, type, message);
    return true;
}

void StreamParser::Private::handleSseEvent(const SseDecoder::Event &event)
{
    if (protocol == Protocol::Anthropic)
        handleAnthropicEvent(event.event, event.data);
    else
        handleOpenAiChunk(event.data, event.event == "error");
}

void StreamParser::Private::handleOpenAiChunk(const QByteArray &data, bool errorEvent)
{
    if (!errorEvent && data.startsWith("[DONE]")) {
        endMarker = true;
        return;
    }
    if (!parseJson(data, Document::Chunk))
        return;
    const int root = JsonReader::root;
    if (!json.isObject(root)) {
        protocolError(Text::tr("The server sent a chunk that is not a JSON object."));
        return;
    }
    if (providerError(root))
        return;
    if (errorEvent) {
        // An "event: error" whose data carries the message itself.
        QString message = json.string(json.member(root, QLatin1String("message")));
        if (message.isEmpty())
            message = Text::tr("The server reported an error without a message.");
        setError(ChatError::Kind::Provider, json.string(json.member(root, QLatin1String("type"))),
                 message);
        return;
    }
    handleOpenAiMessage(root, true);
}

QString openAiContent(const JsonReader &json, int content)
{
    if (json.isString(content))
        return json.string(content);
    // Some servers send content as a list of parts.
    QString text;
    if (json.isArray(content)) {
        for (int part = json.firstChild(content); part >= 0; part = json.nextSibling(part)) {
            if (json.string(json.member(part, QLatin1String("type"))) == QLatin1String("text"))
                text += json.string(json.member(part, QLatin1String("text")));
        }
    }
    return text;
}

void StreamParser::Private::handleOpenAiMessage(int root, bool streamed)
{
    if (result.model.isEmpty()) {
        if (const int model = json.member(root, QLatin1String("model")); json.isString(model))
            result.model = json.string(model);
    }
    const int choices = json.member(root, QLatin1String("choices"));
    // A body may also be a single chunk from a server that ignored "stream": false.
    const QLatin1String first = streamed ? QLatin1String("delta") : QLatin1String("message");
    const QLatin1String second = streamed ? QLatin1String("message") : QLatin1String("delta");
    for (int choice = json.firstChild(choices); choice >= 0; choice = json.nextSibling(choice)) {
        if (!json.isObject(choice))
            continue;
        const std::optional<qint64> index =
            json.integer(json.member(choice, QLatin1String("index")));
        const int slot = slotFor(index && *index >= 0 && *index < 1'000'000 ? int(*index) : 0);
        int message = json.member(choice, first);
        if (!json.isObject(message))
            message = json.member(choice, second);
        if (json.isObject(message)) {
            // DeepSeek says reasoning_content, Ollama's /v1 and OpenRouter say reasoning; vLLM
            // has sent both with the same text, so the first one wins.
            QString reasoning =
                json.string(json.member(message, QLatin1String("reasoning_content")));
            if (reasoning.isEmpty())
                reasoning = json.string(json.member(message, QLatin1String("reasoning")));
            const QString content =
                openAiContent(json, json.member(message, QLatin1String("content")));
            deliver(slot, reasoning, content);
        }
        const int finish = json.member(choice, QLatin1String("finish_reason"));
        if (json.isString(finish)) {
            const QString raw = json.string(finish);
            if (!raw.isEmpty())
                setFinish(slot, raw);
        }
    }
    const int usage = json.member(root, QLatin1String("usage"));
    if (json.isObject(usage))
        readOpenAiUsage(usage);
}

void StreamParser::Private::readOpenAiUsage(int usage)
{
    if (const auto prompt = json.integer(json.member(usage, QLatin1String("prompt_tokens"))))
        result.usage.promptTokens = *prompt;
    if (const auto completion =
            json.integer(json.member(usage, QLatin1String("completion_tokens"))))
        result.usage.completionTokens = *completion;
    const int details = json.member(usage, QLatin1String("completion_tokens_details"));
    if (const auto reasoning =
            json.integer(json.member(details, QLatin1String("reasoning_tokens"))))
        result.usage.reasoningTokens = *reasoning;
}

bool StreamParser::Private::handleOllamaLine(const QByteArray &line, bool lastChance)
{
    if (lastChance) {
        // A cut line is a truncation, not a protocol error: look before parsing for real.
        if (!json.parse(line))
            return false;
    } else if (!parseJson(line, Document::Line)) {
        return false;
    }
    if (!json.isObject(JsonReader::root)) {
        protocolError(Text::tr("The server sent a line that is not a JSON object."));
        return false;
    }
    handleOllamaObject(JsonReader::root);
    return true;
}

void StreamParser::Private::handleOllamaObject(int root)
{
    if (providerError(root))
        return;
    if (result.model.isEmpty())
        result.model = json.string(json.member(root, QLatin1String("model")));
    const int slot = slotFor(0);
    const int message = json.member(root, QLatin1String("message"));
    if (json.isObject(message)) {
        deliver(slot, json.string(json.member(message, QLatin1String("thinking"))),
                json.string(json.member(message, QLatin1String("content"))));
    }
    if (!json.isTrue(json.member(root, QLatin1String("done"))))
        return;
    endMarker = true;
    const QString reason = json.string(json.member(root, QLatin1String("done_reason")));
    if (reason.isEmpty()) {
        // Ollama before 0.1.33 sent no done_reason; "done" itself meant a normal end.
        result.choices[slot].finish = FinishReason::Complete;
    } else {
        setFinish(slot, reason);
    }
    if (const auto prompt = json.integer(json.member(root, QLatin1String("prompt_eval_count"))))
        result.usage.promptTokens = *prompt;
    if (const auto completion = json.integer(json.member(root, QLatin1String("eval_count"))))
        result.usage.completionTokens = *completion;
}

void StreamParser::Private::handleAnthropicEvent(QByteArrayView name, const QByteArray &data)
{
    if (name == "ping")
        return;
    // Unknown events are skipped unparsed, so that new event types cannot break old clients.
    static constexpr QByteArrayView known[] = {
        "message_start",
        "content_block_start",
        "content_block_delta",
        "content_block_stop",
        "message_delta",
        "message_stop",
        "error",
    };
    if (!name.isEmpty() && std::find(std::begin(known), std::end(known), name) == std::end(known))
        return;
    if (!parseJson(data, Document::Chunk))
        return;
    const int root = JsonReader::root;
    if (!json.isObject(root)) {
        protocolError(Text::tr("The server sent a chunk that is not a JSON object."));
        return;
    }
    QString type;
    if (name.isEmpty())
        type = json.string(json.member(root, QLatin1String("type")));
    else
        type = QString::fromLatin1(name);
    using L = QLatin1String;
    if (type == L("error")) {
        if (!providerError(root))
            setError(ChatError::Kind::Provider, {},
                     Text::tr("The server reported an error without a message."));
    } else if (type == L("message_start")) {
        const int message = json.member(root, L("message"));
        if (result.model.isEmpty())
            result.model = json.string(json.member(message, L("model")));
        slotFor(0);
        const int usage = json.member(message, L("usage"));
        if (const auto input = json.integer(json.member(usage, L("input_tokens"))))
            result.usage.promptTokens = *input;
        if (const auto output = json.integer(json.member(usage, L("output_tokens"))))
            result.usage.completionTokens = *output;
    } else if (type == L("content_block_start")) {
        const int block = json.member(root, L("content_block"));
        const QString blockType = json.string(json.member(block, L("type")));
        if (blockType == L("text"))
            deliver(slotFor(0), {}, json.string(json.member(block, L("text"))));
        else if (blockType == L("thinking"))
            deliver(slotFor(0), json.string(json.member(block, L("thinking"))), {});
    } else if (type == L("content_block_delta")) {
        const int delta = json.member(root, L("delta"));
        const QString deltaType = json.string(json.member(delta, L("type")));
        // signature_delta, input_json_delta, citations_delta carry no text for Seedbed.
        if (deltaType == L("text_delta"))
            deliver(slotFor(0), {}, json.string(json.member(delta, L("text"))));
        else if (deltaType == L("thinking_delta"))
            deliver(slotFor(0), json.string(json.member(delta, L("thinking"))), {});
    } else if (type == L("message_delta")) {
        const int slot = slotFor(0);
        const int stop = json.member(json.member(root, L("delta")), L("stop_reason"));
        if (json.isString(stop))
            setFinish(slot, json.string(stop));
        // Cumulative counts: the latest wins.
        const int usage = json.member(root, L("usage"));
        if (const auto output = json.integer(json.member(usage, L("output_tokens"))))
            result.usage.completionTokens = *output;
        if (const auto input = json.integer(json.member(usage, L("input_tokens"))))
            result.usage.promptTokens = *input;
    } else if (type == L("message_stop")) {
        endMarker = true;
    }
}

void StreamParser::Private::handleAnthropicMessage(int root)
{
    using L = QLatin1String;
    result.model = json.string(json.member(root, L("model")));
    const int slot = slotFor(0);
    const int content = json.member(root, L("content"));
    for (int block = json.firstChild(content); block >= 0; block = json.nextSibling(block)) {
        const QString blockType = json.string(json.member(block, L("type")));
        if (blockType == L("text"))
            deliver(slot, {}, json.string(json.member(block, L("text"))));
        else if (blockType == L("thinking"))
            deliver(slot, json.string(json.member(block, L("thinking"))), {});
    }
    const int stop = json.member(root, L("stop_reason"));
    if (json.isString(stop))
        setFinish(slot, json.string(stop));
    const int usage = json.member(root, L("usage"));
    if (const auto input = json.integer(json.member(usage, L("input_tokens"))))
        result.usage.promptTokens = *input;
    if (const auto output = json.integer(json.member(usage, L("output_tokens"))))
        result.usage.completionTokens = *output;
}

void StreamParser::Private::handleBody()
{
    const QByteArray bytes = std::exchange(body, {});
    if (const qsizetype bad = Utf8::firstInvalidByte(bytes); bad >= 0) {
        protocolError(
            Text::tr("The server sent text that is not valid UTF-8 (byte 0x%1 at position %2).")
                .arg(uint(static_cast<unsigned char>(bytes.at(bad))), 2, 16, QLatin1Char('0'))
                .arg(bad));
        return;
    }
    if (bytes.trimmed().isEmpty()) {
        protocolError(Text::tr("The server sent an empty response."));
        return;
    }
    if (!parseJson(bytes, Document::Response))
        return;
    const int root = JsonReader::root;
    if (!json.isObject(root)) {
        protocolError(Text::tr("The server sent a response that is not a JSON object."));
        return;
    }
    if (providerError(root))
        return;
    switch (protocol) {
    case Protocol::OpenAiCompatible:
        handleOpenAiMessage(root, false);
        break;
    case Protocol::OllamaNative:
        handleOllamaObject(root);
        break;
    case Protocol::Anthropic:
        handleAnthropicMessage(root);
        break;
    }
    endMarker = true; // a whole document arrived
}

} // namespace Seedbed::Llm
