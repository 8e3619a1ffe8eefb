#include "models/llm/jsonextractor.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QVarLengthArray>

#include <algorithm>
#include <climits>
#include <vector>

namespace Seedbed::Llm {

namespace {
// lupdate reads the context from here; the extractor is not a QObject.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Seedbed::Llm::JsonExtractor)
};

const QLatin1String openTag("<think>");
const QLatin1String closeTag("</think>");
constexpr QByteArrayView fence("```");

enum class Kind { Object, Array };

constexpr qsizetype unclosed = -1;
constexpr qsizetype mismatched = -2;
constexpr qsizetype notMatchedYet = -3;

/* Hostile answers (50,000 "{", deeply nested brackets, brackets inside endless strings) must
   not take minutes: the search gives up with an explanation after this much work. Bracket
   matching remembers what it found, so ordinary answers of any length stay far below it.
   Parsing is the dear part (Qt's parser allocates per nesting level), so it has the smaller
   budget. */
constexpr qsizetype maxParseAttempts = 100'000;
constexpr qsizetype scanBytesPerByte = 64;       // bytes looked at for bracket matching
constexpr qsizetype scanAllowance = 1 << 20;     // on top, for short answers
constexpr qsizetype parseBytesPerByte = 8;       // bytes handed to the JSON parser
constexpr qsizetype parseAllowance = 256 * 1024; // on top, for short answers

/* The answer as UTF-8 (brackets, quotes, backslashes and fences are ASCII and never part of
   a multi-byte sequence, so scanning bytes finds what scanning characters finds), with what
   is known about the bracket match of each position and the work done so far. */
struct Bytes
{
    QByteArray data;
    std::vector<qsizetype> match; // per position: an end, unclosed, mismatched, notMatchedYet
    JsonExtractor::Effort effort;
    bool exhausted = false;

    void scanned(qsizetype count)
    {
        effort.bytesScanned += count;
        check();
    }
    void parsed(qsizetype count)
    {
        ++effort.parseAttempts;
        effort.bytesParsed += count;
        check();
    }
    void check()
    {
        const qsizetype size = data.size();
        if (effort.bytesScanned > scanBytesPerByte * size + scanAllowance ||
            effort.bytesParsed > parseBytesPerByte * size + parseAllowance ||
            effort.parseAttempts > maxParseAttempts) {
            exhausted = true;
        }
    }
};

/* The end (exclusive) of the bracketed value starting at \a start of \a view (which starts
   at \a base in \a bytes), skipping brackets inside strings; unclosed or mismatched when it
   has none. Every bracket the scan meets outside a string starts a value whose match this
   scan decides too (it ends where the scan pops it, or fails with the scan), so each is
   remembered and later scans jump over it. */
qsizetype matchBrackets(Bytes &bytes, qsizetype base, QByteArrayView view, qsizetype start)
{
    qsizetype &known = bytes.match[size_t(base + start)];
    if (known != notMatchedYet)
        return known;
    struct Open
    {
        char close;
        qsizetype at;
    };
    QVarLengthArray<Open, 64> expected;
    bool inString = false;
    qsizetype result = unclosed;
    qsizetype steps = 0;
    for (qsizetype i = start; i < view.size(); ++i) {
        ++steps;
        const char c = view[i];
        if (inString) {
            if (c == '\\')
                ++i; // whatever is escaped, including a quote
            else if (c == '"')
                inString = false;
            continue;
        }
        switch (c) {
        case '"':
            inString = true;
            break;
        case '{':
        case '[':
            if (i != start) {
                const qsizetype nested = bytes.match[size_t(base + i)];
                if (nested >= 0) {
                    i = nested - 1; // past its end, outside a string
                    break;
                }
                if (nested != notMatchedYet) {
                    result = nested; // it never closes, so neither does anything around it
                    goto failed;
                }
            }
            expected.append({c == '{' ? '}' : ']', i});
            break;
        case '}':
        case ']':
            if (expected.last().close != c) {
                result = mismatched;
                goto failed;
            }
            bytes.match[size_t(base + expected.last().at)] = i + 1;
            expected.removeLast();
            if (expected.isEmpty()) {
                bytes.scanned(steps);
                return i + 1;
            }
            break;
        default:
            break;
        }
    }
failed:
    bytes.scanned(steps);
    for (const Open &open : expected)
        bytes.match[size_t(base + open.at)] = result;
    return result;
}

QString excerpt(QByteArrayView candidate)
{
    constexpr qsizetype length = 40;
    // Enough bytes for more than 40 UTF-16 code units, whatever the characters.
    const QString decoded =
        QString::fromUtf8(candidate.first(std::min(candidate.size(), qsizetype(4 * (length + 1)))));
    QString shown = decoded.left(length).simplified();
    if (decoded.size() > length)
        shown += QChar(0x2026); // …
    return shown;
}

struct Search
{
    Kind wanted;
    Bytes &bytes;
    QJsonDocument found;
    QString problem;       // about a candidate of the wanted kind: it explains best
    bool sawOther = false; // a valid value of the other kind
    bool gaveUp = false;   // stopped by the budget before the end
};

QJsonDocument parse(Search &search, QByteArrayView json, QJsonParseError *error)
{
    const QJsonDocument document =
        QJsonDocument::fromJson(QByteArray::fromRawData(json.data(), json.size()), error);
    search.bytes.parsed(error->error == QJsonParseError::NoError
                            ? json.size()
                            : std::min(json.size(), qsizetype(error->offset) + 1));
    return document;
}

/* Scans \a text (which starts at \a base in the answer) for top-level bracketed values. A
   valid value of the other kind is skipped whole (its elements are not top-level), an invalid
   one is looked into (Markdown links and prose brackets are not JSON); a broken value of the
   wanted kind is skipped whole too, so that a nested object is never mistaken for the
   answer. */
bool scan(qsizetype base, QByteArrayView text, Search &search)
{
    const char open = search.wanted == Kind::Object ? '{' : '[';
    qsizetype i = 0;
    while (i < text.size()) {
        if (search.bytes.exhausted) {
            search.gaveUp = true;
            return false;
        }
        const char c = text[i];
        if (c != '{' && c != '[') {
            ++i;
            continue;
        }
        const bool wantedKind = c == open;
        const qsizetype end = matchBrackets(search.bytes, base, text, i);
        if (end < 0) {
            if (wantedKind && end == unclosed) {
                // A valid beginning that runs out is a cut answer; anything else is a stray
                // bracket in prose, and the JSON may come after it.
                const QByteArrayView rest = text.sliced(i);
                QJsonParseError error;
                parse(search, rest, &error);
                if (error.offset >= rest.size() - 1) {
                    if (search.problem.isEmpty()) {
                        search.problem =
                            search.wanted == Kind::Object
                                ? Text::tr("Found the start of a JSON object (“%1”), but it is "
                                           "never closed; the answer may have been cut off.")
                                      .arg(excerpt(rest))
                                : Text::tr("Found the start of a JSON array (“%1”), but it is "
                                           "never closed; the answer may have been cut off.")
                                      .arg(excerpt(rest));
                    }
                    return false;
                }
            }
            ++i;
            continue;
        }
        const QByteArrayView candidate = text.sliced(i, end - i);
        QJsonParseError error;
        const QJsonDocument document = parse(search, candidate, &error);
        if (error.error == QJsonParseError::NoError) {
            if (wantedKind) {
                search.found = document;
                return true;
            }
            search.sawOther = true;
            i = end;
            continue;
        }
        if (wantedKind) {
            if (search.problem.isEmpty()) {
                search.problem =
                    search.wanted == Kind::Object
                        ? Text::tr("Found “%1”, but it is not a valid JSON object: %2 (at "
                                   "character %3).")
                              .arg(excerpt(candidate), error.errorString())
                              .arg(error.offset)
                        : Text::tr("Found “%1”, but it is not a valid JSON array: %2 (at "
                                   "character %3).")
                              .arg(excerpt(candidate), error.errorString())
                              .arg(error.offset);
            }
            i = end;
            continue;
        }
        ++i;
    }
    return false;
}

/* The contents of the Markdown code fences in \a text, in order, as (start, length); an
   unclosed fence runs to the end (a cut answer). */
QList<std::pair<qsizetype, qsizetype>> fencedBlocks(QByteArrayView text)
{
    QList<std::pair<qsizetype, qsizetype>> blocks;
    qsizetype from = 0;
    for (;;) {
        const qsizetype start = text.indexOf(fence, from);
        if (start < 0)
            break;
        // The info string ("json", "JSON", nothing) runs to the end of the line.
        const qsizetype lineEnd = text.indexOf('\n', start + fence.size());
        if (lineEnd < 0)
            break;
        const qsizetype close = text.indexOf(fence, lineEnd + 1);
        blocks.append({lineEnd + 1, (close < 0 ? text.size() : close) - lineEnd - 1});
        if (close < 0)
            break;
        from = close + fence.size();
    }
    return blocks;
}

std::optional<QJsonDocument> extract(const QString &text, Kind wanted, QString *error,
                                     JsonExtractor::Effort *effort)
{
    const QString cleaned = JsonExtractor::removeReasoning(text);
    if (cleaned.trimmed().isEmpty()) {
        if (error) {
            *error = text.trimmed().isEmpty()
                         ? Text::tr("The answer is empty.")
                         : Text::tr("The answer holds only reasoning (<think>…</think>) and "
                                    "nothing after it.");
        }
        if (effort)
            *effort = {};
        return std::nullopt;
    }
    Bytes bytes;
    bytes.data = cleaned.toUtf8();
    Search search{wanted, bytes, {}, {}, false, false};
    const QByteArrayView whole(bytes.data);
    const auto finish = [&]() -> std::optional<QJsonDocument> {
        if (effort)
            *effort = bytes.effort;
        if (!search.found.isNull())
            return search.found;
        if (!error)
            return std::nullopt;
        if (search.gaveUp)
            *error =
                Text::tr("Gave up looking for JSON in the answer after %n bracketed "
                         "passage(s): it holds too many brackets or quotes. Ask the model "
                         "to answer with the JSON alone.",
                         nullptr, int(std::min(bytes.effort.parseAttempts, qsizetype(INT_MAX))));
        else if (!search.problem.isEmpty())
            *error = search.problem;
        else if (search.sawOther)
            *error = wanted == Kind::Object ? Text::tr("Found a JSON array but no JSON object.")
                                            : Text::tr("Found a JSON object but no JSON array.");
        else
            *error = wanted == Kind::Object ? Text::tr("The answer contains no JSON object.")
                                            : Text::tr("The answer contains no JSON array.");
        return std::nullopt;
    };
    // A fence is the model saying "this is the answer": look there first. What a block's
    // bracket matches are differs from the whole text's (the block ends at its fence).
    const QList<std::pair<qsizetype, qsizetype>> blocks = fencedBlocks(whole);
    if (!blocks.isEmpty()) {
        bytes.match.assign(size_t(bytes.data.size()), notMatchedYet);
        for (const auto &[start, length] : blocks) {
            if (scan(start, whole.sliced(start, length), search) || search.gaveUp)
                return finish();
        }
    }
    search.problem.clear(); // the whole text will find the same candidates again
    bytes.match.assign(size_t(bytes.data.size()), notMatchedYet);
    scan(0, whole, search);
    return finish();
}
} // namespace

QString JsonExtractor::removeReasoning(const QString &text)
{
    // An answer that is one JSON value as a whole holds no reasoning: "<think>" or "</think>"
    // in its strings is data (a sample may quote them).
    const QString trimmed = text.trimmed();
    if (trimmed.startsWith(u'{') || trimmed.startsWith(u'[')) {
        QJsonParseError parseError;
        QJsonDocument::fromJson(trimmed.toUtf8(), &parseError);
        if (parseError.error == QJsonParseError::NoError)
            return text;
    }
    QString result = text;
    const qsizetype firstOpen = result.indexOf(openTag);
    const qsizetype firstClose = result.indexOf(closeTag);
    if (firstClose >= 0 && (firstOpen < 0 || firstClose < firstOpen))
        result.remove(0, firstClose + closeTag.size());
    for (;;) {
        const qsizetype open = result.indexOf(openTag);
        if (open < 0)
            break;
        const qsizetype close = result.indexOf(closeTag, open + openTag.size());
        if (close < 0) {
            result.truncate(open);
            break;
        }
        result.remove(open, close + closeTag.size() - open);
    }
    return result;
}

std::optional<QJsonObject> JsonExtractor::extractObject(const QString &text, QString *error,
                                                        Effort *effort)
{
    const std::optional<QJsonDocument> document = extract(text, Kind::Object, error, effort);
    if (!document)
        return std::nullopt;
    return document->object();
}

std::optional<QJsonArray> JsonExtractor::extractArray(const QString &text, QString *error,
                                                      Effort *effort)
{
    const std::optional<QJsonDocument> document = extract(text, Kind::Array, error, effort);
    if (!document)
        return std::nullopt;
    return document->array();
}

} // namespace Seedbed::Llm
