#include "models/quality/answercheck.h"

#include "models/quality/arithmetic.h"
#include "models/quality/textnormalizer.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

#include <cmath>

namespace Seedbed::Quality {

namespace {

QString setting(const QVariantMap &settings, const char *key, const char *fallback)
{
    const QString value = settings.value(QLatin1String(key)).toString().trimmed();
    return value.isEmpty() ? QLatin1String(fallback) : value;
}

/* The content of the last \boxed{…} (or \fbox{…}) whose braces balance. */
std::optional<QString> lastBoxed(QStringView text)
{
    qsizetype from = text.size();
    while (from > 0) {
        const qsizetype boxed = text.lastIndexOf(u"\\boxed", from - 1);
        const qsizetype fbox = text.lastIndexOf(u"\\fbox", from - 1);
        const qsizetype at = std::max(boxed, fbox);
        if (at < 0)
            return std::nullopt;
        qsizetype i = at + (at == boxed ? 6 : 5);
        while (i < text.size() && text.at(i).isSpace())
            ++i;
        if (i < text.size() && text.at(i) == u'{') {
            int depth = 0;
            for (qsizetype j = i; j < text.size(); ++j) {
                if (text.at(j) == u'{') {
                    ++depth;
                } else if (text.at(j) == u'}' && --depth == 0) {
                    return text.sliced(i + 1, j - i - 1).toString();
                }
            }
        }
        from = at;
    }
    return std::nullopt;
}

std::optional<QString> lastCapture(const QRegularExpression &re, QStringView text)
{
    std::optional<QString> last;
    QRegularExpressionMatchIterator it = re.globalMatch(text);
    while (it.hasNext()) {
        const QRegularExpressionMatch match = it.next();
        const int group = re.captureCount() >= 1 && match.capturedStart(1) >= 0 ? 1 : 0;
        last = match.captured(group);
    }
    return last;
}

/* Removes the decoration around an answer: Markdown emphasis, TeX math delimiters, \text{},
   a final full stop. */
QString clean(QString text)
{
    static const QRegularExpression textMacro(
        QStringLiteral(R"(\\(?:text|mathrm|textbf)\{([^{}]*)\})"));
    text.replace(textMacro, QStringLiteral("\\1"));
    text = text.trimmed();
    bool changed = true;
    while (changed && !text.isEmpty()) {
        changed = false;
        for (const QLatin1StringView pair :
             {QLatin1StringView("**"), QLatin1StringView("__"), QLatin1StringView("$"),
              QLatin1StringView("*"), QLatin1StringView("`")}) {
            if (text.size() >= 2 * pair.size() && text.startsWith(pair) && text.endsWith(pair)) {
                text = text.sliced(pair.size(), text.size() - 2 * pair.size()).trimmed();
                changed = true;
            }
        }
        if (text.startsWith(QLatin1String("\\(")) && text.endsWith(QLatin1String("\\)"))) {
            text = text.sliced(2, text.size() - 4).trimmed();
            changed = true;
        }
        for (const QLatin1StringView lead : {QLatin1StringView("**"), QLatin1StringView("$")}) {
            // "**42" after "**Answer:** " cut the pair in two.
            if (text.startsWith(lead) && text.count(lead) == 1) {
                text = text.sliced(lead.size()).trimmed();
                changed = true;
            }
            if (text.endsWith(lead) && text.count(lead) == 1) {
                text.chop(lead.size());
                text = text.trimmed();
                changed = true;
            }
        }
        while (text.endsWith(u'.') || text.endsWith(u'\x3002') || text.endsWith(u'!')) {
            text.chop(1);
            text = text.trimmed();
            changed = true;
        }
    }
    return text;
}

/* An answer phrase runs to the end of its sentence: a full stop, comma or semicolon followed by
   a space, or the CJK ones anywhere. */
QString sentence(const QString &phrase)
{
    static const QRegularExpression end(QStringLiteral(R"([.,;!?](?:\s|$)|[。，；！？\n])"));
    const QRegularExpressionMatch match = end.match(phrase);
    return match.hasMatch() ? phrase.left(match.capturedStart()) : phrase;
}

/* The answers a writer marks as final: \boxed{}, "####", an answer phrase. */
std::optional<QString> extractMarked(QStringView text)
{
    if (const std::optional<QString> boxed = lastBoxed(text))
        return clean(*boxed);
    static const QRegularExpression hashes(QStringLiteral(R"(^[ \t]*####[ \t]*(\S[^\n]*?)[ \t]*$)"),
                                           QRegularExpression::MultilineOption);
    if (const std::optional<QString> marked = lastCapture(hashes, text))
        return clean(*marked);
    // The text after the last marker, to the end of its sentence. The markers are matched
    // alone so that an earlier "answer is" cannot swallow a later one on the same line.
    static const QRegularExpression marker(
        QStringLiteral(
            R"((?:\banswer\b[*_]*\s*(?:is\b|=|:|：)|答案\s*(?:是|为|為|:|：))[*_\s:：]*)"),
        QRegularExpression::CaseInsensitiveOption);
    qsizetype end = -1;
    QRegularExpressionMatchIterator it = marker.globalMatch(text);
    while (it.hasNext())
        end = it.next().capturedEnd();
    if (end >= 0) {
        const qsizetype newline = text.indexOf(u'\n', end);
        const QString answer = clean(
            sentence(text.sliced(end, (newline < 0 ? text.size() : newline) - end).toString()));
        if (!answer.isEmpty())
            return answer;
    }
    return std::nullopt;
}

std::optional<QString> lastNumber(QStringView text)
{
    static const QRegularExpression number(QStringLiteral(
        R"((?<![\w.])-?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?(?:[eE][-+]?\d+)?(?![\d]))"));
    return lastCapture(number, text);
}

} // namespace

QString AnswerCheck::fieldText(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::String:
        return value.toString();
    case QJsonValue::Double:
        return Arithmetic::format(value.toDouble());
    case QJsonValue::Bool:
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case QJsonValue::Array:
        return QString::fromUtf8(QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact));
    case QJsonValue::Object:
        return QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        break;
    }
    return {};
}

std::optional<QString> AnswerCheck::extract(QStringView text, const QString &pattern)
{
    if (!pattern.isEmpty()) {
        const QRegularExpression re(pattern, QRegularExpression::MultilineOption);
        if (!re.isValid())
            return std::nullopt;
        const std::optional<QString> found = lastCapture(re, text);
        if (!found)
            return std::nullopt;
        const QString answer = clean(*found);
        return answer.isEmpty() ? std::nullopt : std::optional<QString>(answer);
    }
    if (std::optional<QString> marked = extractMarked(text))
        return marked;
    return lastNumber(text);
}

std::optional<double> AnswerCheck::numberValue(QStringView input)
{
    QString text = clean(input.toString());
    static const QRegularExpression frac(
        QStringLiteral(R"(^\\[dt]?frac\s*\{([^{}]*)\}\s*\{([^{}]*)\}$)"));
    text.replace(frac, QStringLiteral("(\\1)/(\\2)"));
    // A currency sign before, a percent sign or one unit word after: "$1,200", "42 apples",
    // "15元", "50%".
    static const QRegularExpression decorated(
        QStringLiteral(R"(^(?:US\$|[$¥€£￥])?\s*(.*?\d\)?)\s*(?:%|[^\W\d_]{1,20})?$)"),
        QRegularExpression::UseUnicodePropertiesOption);
    const QRegularExpressionMatch match = decorated.match(text);
    if (!match.hasMatch())
        return std::nullopt;
    const QString core = match.captured(1);
    // A number or a fraction of two numbers; never dates or ranges such as 2024-05-01.
    static const QRegularExpression numeric(QStringLiteral(
        R"(^[-+−]?\(?[-+−]?[\d.,]+(?:[eE][-+]?\d+)?\)?(?:\s*/\s*\(?[-+−]?[\d.,]+(?:[eE][-+]?\d+)?\)?)?$)"));
    if (!numeric.match(core).hasMatch())
        return std::nullopt;
    const Arithmetic::Result result = Arithmetic::evaluate(core);
    return result.value;
}

bool AnswerCheck::equal(QStringView a, QStringView b, double tolerance)
{
    const std::optional<double> x = numberValue(a);
    const std::optional<double> y = numberValue(b);
    if (x && y) {
        const double tol = std::max(0.0, tolerance);
        const double difference = std::fabs(*x - *y);
        return difference <= tol || difference <= tol * std::max(std::fabs(*x), std::fabs(*y));
    }
    return TextNormalizer::normalize(clean(a.toString()),
                                     TextNormalizer::Option::TrimPunctuation) ==
           TextNormalizer::normalize(clean(b.toString()), TextNormalizer::Option::TrimPunctuation);
}

VerifyOutcome AnswerCheck::verify(const QVariantMap &settings, const QJsonObject &fields)
{
    VerifyOutcome outcome;
    const QString method = settings.value(QStringLiteral("method")).toString();
    if (method != QLatin1String("answer") && method != QLatin1String("expression")) {
        outcome.reason = tr("the method “%1” is not an answer check").arg(method);
        return outcome;
    }
    const double tolerance = settings.contains(QStringLiteral("tolerance"))
                                 ? settings.value(QStringLiteral("tolerance")).toDouble()
                                 : 1e-6;

    const QString answerField = setting(settings, "answerField", "answer");
    const QString answer = fieldText(fields.value(answerField));
    if (answer.trimmed().isEmpty()) {
        outcome.reason = tr("the field “%1” is missing or empty").arg(answerField);
        return outcome;
    }
    const QString pattern = settings.value(QStringLiteral("pattern")).toString();
    if (!pattern.isEmpty()) {
        const QRegularExpression re(pattern);
        if (!re.isValid()) {
            outcome.reason = tr("the answer pattern “%1” is not a valid regular expression: %2")
                                 .arg(pattern, re.errorString());
            return outcome;
        }
    }
    const std::optional<QString> extracted = extract(answer, pattern);
    if (!extracted) {
        outcome.reason = tr("no final answer found in “%1”").arg(answerField);
        return outcome;
    }
    outcome.extracted = *extracted;

    if (method == QLatin1String("answer")) {
        const QString referenceField = setting(settings, "referenceField", "reference");
        const QString reference = fieldText(fields.value(referenceField));
        if (reference.trimmed().isEmpty()) {
            outcome.reason = tr("the field “%1” is missing or empty").arg(referenceField);
            return outcome;
        }
        outcome.expected = extractMarked(reference).value_or(clean(reference));
        outcome.passed = equal(outcome.extracted, outcome.expected, tolerance);
    } else {
        const QString expressionField = setting(settings, "expressionField", "expression");
        const QString expression = fieldText(fields.value(expressionField));
        if (expression.trimmed().isEmpty()) {
            outcome.reason = tr("the field “%1” is missing or empty").arg(expressionField);
            return outcome;
        }
        const Arithmetic::Result value = Arithmetic::evaluate(expression);
        if (!value.ok()) {
            outcome.reason = tr("the expression in “%1” cannot be evaluated: %2")
                                 .arg(expressionField, value.error);
            return outcome;
        }
        outcome.expected = Arithmetic::format(*value.value);
        if (!numberValue(outcome.extracted)) {
            outcome.reason = tr("the answer “%1” is not a number").arg(outcome.extracted);
            return outcome;
        }
        outcome.passed = equal(outcome.extracted, outcome.expected, tolerance);
    }
    if (!outcome.passed)
        outcome.reason = tr("the answer “%1” differs from the expected “%2”")
                             .arg(outcome.extracted, outcome.expected);
    return outcome;
}

} // namespace Seedbed::Quality
