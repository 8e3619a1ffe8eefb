#include "models/llm/jsonextractor.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QVarLengthArray>

namespace Seedbed::Llm {

namespace {
// lupdate reads the context from here; the extractor is not a QObject.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Seedbed::Llm::JsonExtractor)
};

const QLatin1String openTag("<think>");
const QLatin1String closeTag("</think>");
const QLatin1String fence("```");

enum class Kind { Object, Array };

constexpr qsizetype unclosed = -1;
constexpr qsizetype mismatched = -2;

/* The end (exclusive) of the bracketed value starting at \a start, skipping brackets inside
   strings; unclosed or mismatched when it has none. */
qsizetype matchBrackets(QStringView text, qsizetype start)
{
    QVarLengthArray<char16_t, 64> expected;
    bool inString = false;
    for (qsizetype i = start; i < text.size(); ++i) {
        const char16_t c = text[i].unicode();
        if (inString) {
            if (c == u'\\')
                ++i; // whatever is escaped, including a quote
            else if (c == u'"')
                inString = false;
            continue;
        }
        switch (c) {
        case u'"':
            inString = true;
            break;
        case u'{':
            expected.append(u'}');
            break;
        case u'[':
            expected.append(u']');
            break;
        case u'}':
        case u']':
            if (expected.isEmpty() || expected.last() != c)
                return mismatched;
            expected.removeLast();
            if (expected.isEmpty())
                return i + 1;
            break;
        default:
            break;
        }
    }
    return unclosed;
}

QString excerpt(QStringView candidate)
{
    constexpr qsizetype length = 40;
    QString shown = candidate.left(length).toString().simplified();
    if (candidate.size() > length)
        shown += QChar(0x2026); // …
    return shown;
}

struct Search
{
    Kind wanted;
    QJsonDocument found;
    QString problem;       // about a candidate of the wanted kind: it explains best
    bool sawOther = false; // a valid value of the other kind
};

/* Scans \a text for top-level bracketed values. A valid value of the other kind is skipped
   whole (its elements are not top-level), an invalid one is looked into (Markdown links and
   prose brackets are not JSON); a broken value of the wanted kind is skipped whole too, so
   that a nested object is never mistaken for the answer. */
bool scan(QStringView text, Search &search)
{
    const char16_t open = search.wanted == Kind::Object ? u'{' : u'[';
    qsizetype i = 0;
    while (i < text.size()) {
        const char16_t c = text[i].unicode();
        if (c != u'{' && c != u'[') {
            ++i;
            continue;
        }
        const bool wantedKind = c == open;
        const qsizetype end = matchBrackets(text, i);
        if (end < 0) {
            if (wantedKind && end == unclosed) {
                // A valid beginning that runs out is a cut answer; anything else is a stray
                // bracket in prose, and the JSON may come after it.
                const QByteArray rest = text.sliced(i).toUtf8();
                QJsonParseError error;
                QJsonDocument::fromJson(rest, &error);
                if (error.offset >= rest.size() - 1) {
                    if (search.problem.isEmpty()) {
                        search.problem =
                            search.wanted == Kind::Object
                                ? Text::tr("Found the start of a JSON object (“%1”), but it is "
                                           "never closed; the answer may have been cut off.")
                                      .arg(excerpt(text.sliced(i)))
                                : Text::tr("Found the start of a JSON array (“%1”), but it is "
                                           "never closed; the answer may have been cut off.")
                                      .arg(excerpt(text.sliced(i)));
                    }
                    return false;
                }
            }
            ++i;
            continue;
        }
        const QStringView candidate = text.sliced(i, end - i);
        QJsonParseError error;
        const QJsonDocument document = QJsonDocument::fromJson(candidate.toUtf8(), &error);
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

/* The contents of the Markdown code fences in \a text, in order; an unclosed fence runs to
   the end (a cut answer). */
QList<QStringView> fencedBlocks(QStringView text)
{
    QList<QStringView> blocks;
    qsizetype from = 0;
    for (;;) {
        const qsizetype start = text.indexOf(fence, from);
        if (start < 0)
            break;
        // The info string ("json", "JSON", nothing) runs to the end of the line.
        const qsizetype lineEnd = text.indexOf(u'\n', start + fence.size());
        if (lineEnd < 0)
            break;
        const qsizetype close = text.indexOf(fence, lineEnd + 1);
        blocks.append(text.sliced(lineEnd + 1, (close < 0 ? text.size() : close) - lineEnd - 1));
        if (close < 0)
            break;
        from = close + fence.size();
    }
    return blocks;
}

std::optional<QJsonDocument> extract(const QString &text, Kind wanted, QString *error)
{
    const QString cleaned = JsonExtractor::removeReasoning(text);
    if (cleaned.trimmed().isEmpty()) {
        if (error) {
            *error = text.trimmed().isEmpty()
                         ? Text::tr("The answer is empty.")
                         : Text::tr("The answer holds only reasoning (<think>…</think>) and "
                                    "nothing after it.");
        }
        return std::nullopt;
    }
    Search search{wanted, {}, {}, false};
    // A fence is the model saying "this is the answer": look there first.
    const QList<QStringView> blocks = fencedBlocks(cleaned);
    for (const QStringView block : blocks) {
        if (scan(block, search))
            return search.found;
    }
    search.problem.clear(); // the whole text will find the same candidates again
    if (scan(cleaned, search))
        return search.found;
    if (error) {
        if (!search.problem.isEmpty())
            *error = search.problem;
        else if (search.sawOther)
            *error = wanted == Kind::Object ? Text::tr("Found a JSON array but no JSON object.")
                                            : Text::tr("Found a JSON object but no JSON array.");
        else
            *error = wanted == Kind::Object ? Text::tr("The answer contains no JSON object.")
                                            : Text::tr("The answer contains no JSON array.");
    }
    return std::nullopt;
}
} // namespace

QString JsonExtractor::removeReasoning(const QString &text)
{
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

std::optional<QJsonObject> JsonExtractor::extractObject(const QString &text, QString *error)
{
    const std::optional<QJsonDocument> document = extract(text, Kind::Object, error);
    if (!document)
        return std::nullopt;
    return document->object();
}

std::optional<QJsonArray> JsonExtractor::extractArray(const QString &text, QString *error)
{
    const std::optional<QJsonDocument> document = extract(text, Kind::Array, error);
    if (!document)
        return std::nullopt;
    return document->array();
}

} // namespace Seedbed::Llm
