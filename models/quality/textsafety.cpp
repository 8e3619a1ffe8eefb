#include "models/quality/textsafety.h"

#include "models/quality/textnormalizer.h"
#include "models/quality/textscan.h"

#include <QDate>
#include <QJsonArray>
#include <QLocale>
#include <QRegularExpression>

#include <algorithm>
#include <functional>

namespace Seedbed::Quality {

namespace {

using TextScan::codePointAt;

bool isCjk(char32_t c)
{
    switch (QChar::script(c)) {
    case QChar::Script_Han:
    case QChar::Script_Hiragana:
    case QChar::Script_Katakana:
    case QChar::Script_Hangul:
    case QChar::Script_Bopomofo:
        return true;
    default:
        return false;
    }
}

bool isWordChar(char32_t c)
{
    return QChar::isLetterOrNumber(c) || QChar::category(c) == QChar::Mark_NonSpacing || c == U'_';
}

/* Calls \a visit with every string in \a value (recursively) and the top-level field it is in;
   with \a replace, stores what it returns in place of the string. */
QJsonValue walk(const QJsonValue &value, const QString &field,
                const std::function<QString(const QString &, const QString &)> &visit)
{
    switch (value.type()) {
    case QJsonValue::String:
        return visit(value.toString(), field);
    case QJsonValue::Array: {
        QJsonArray array = value.toArray();
        for (qsizetype i = 0; i < array.size(); ++i)
            array.replace(i, walk(array.at(i), field, visit));
        return array;
    }
    case QJsonValue::Object: {
        QJsonObject object = value.toObject();
        for (auto it = object.begin(); it != object.end(); ++it)
            it.value() = walk(it.value(), field, visit);
        return object;
    }
    default:
        return value;
    }
}

QJsonObject walkFields(const QJsonObject &fields,
                       const std::function<QString(const QString &, const QString &)> &visit)
{
    QJsonObject out = fields;
    for (auto it = out.begin(); it != out.end(); ++it)
        it.value() = walk(it.value(), it.key(), visit);
    return out;
}

QString placeholder(TextSafety::PiiKind kind)
{
    switch (kind) {
    case TextSafety::PiiKind::Email:
        return QStringLiteral("[EMAIL]");
    case TextSafety::PiiKind::Phone:
        return QStringLiteral("[PHONE]");
    case TextSafety::PiiKind::IdNumber:
        return QStringLiteral("[ID]");
    case TextSafety::PiiKind::Card:
        return QStringLiteral("[CARD]");
    }
    return {};
}

QString piiName(TextSafety::PiiKind kind)
{
    switch (kind) {
    case TextSafety::PiiKind::Email:
        return TextSafety::tr("an email address");
    case TextSafety::PiiKind::Phone:
        return TextSafety::tr("a phone number");
    case TextSafety::PiiKind::IdNumber:
        return TextSafety::tr("an ID number");
    case TextSafety::PiiKind::Card:
        return TextSafety::tr("a card number");
    }
    return {};
}

QString languageName(TextSafety::Language language)
{
    switch (language) {
    case TextSafety::Language::Chinese:
        return TextSafety::tr("Chinese");
    case TextSafety::Language::English:
        return TextSafety::tr("English (Latin script)");
    case TextSafety::Language::Other:
        return TextSafety::tr("neither Chinese nor English");
    case TextSafety::Language::Undetermined:
        break;
    }
    return TextSafety::tr("no language");
}

qsizetype digitCount(QStringView text)
{
    return std::count_if(text.begin(), text.end(), [](QChar c) { return c >= u'0' && c <= u'9'; });
}

QString digitsOnly(QStringView text)
{
    QString digits;
    for (const QChar c : text) {
        if ((c >= u'0' && c <= u'9') || c == u'X' || c == u'x')
            digits.append(c.toUpper());
    }
    return digits;
}

} // namespace

TextSafety::Language TextSafety::detectLanguage(QStringView text)
{
    qsizetype han = 0;
    qsizetype kana = 0;
    qsizetype latinWords = 0;
    qsizetype otherUnits = 0;
    QChar::Script run = QChar::Script_Unknown; // the script of the word being read, if any
    const char16_t *data = reinterpret_cast<const char16_t *>(text.utf16());
    for (qsizetype i = 0; i < text.size();) {
        qsizetype length = 1;
        const char32_t c = codePointAt(data, text.size(), i, &length);
        i += length;
        const QChar::Script script = QChar::script(c);
        if (script == QChar::Script_Han) {
            ++han;
            run = QChar::Script_Unknown;
        } else if (script == QChar::Script_Hiragana || script == QChar::Script_Katakana) {
            ++kana;
            run = QChar::Script_Unknown;
        } else if (script == QChar::Script_Hangul) {
            ++otherUnits;
            run = QChar::Script_Unknown;
        } else if (QChar::isLetter(c)) {
            if (script != run) {
                (script == QChar::Script_Latin ? latinWords : otherUnits) += 1;
                run = script;
            }
        } else if (QChar::isMark(c) || c == U'\'' || c == U'\u2019') {
            // Combining accents and apostrophes stay inside a word ("café", "don't").
        } else {
            run = QChar::Script_Unknown;
        }
    }
    const qsizetype units = han + kana + latinWords + otherUnits;
    if (units == 0)
        return Language::Undetermined;
    // Thresholds: see the class documentation.
    if (2 * han >= units && 5 * kana < han + kana)
        return Language::Chinese;
    if (2 * latinWords >= units)
        return Language::English;
    return Language::Other;
}

QString TextSafety::languageCode(Language language)
{
    switch (language) {
    case Language::Chinese:
        return QStringLiteral("zh");
    case Language::English:
        return QStringLiteral("en");
    case Language::Other:
        return QStringLiteral("other");
    case Language::Undetermined:
        break;
    }
    return {};
}

QString TextSafety::piiKey(PiiKind kind)
{
    switch (kind) {
    case PiiKind::Email:
        return QStringLiteral("email");
    case PiiKind::Phone:
        return QStringLiteral("phone");
    case PiiKind::IdNumber:
        return QStringLiteral("id");
    case PiiKind::Card:
        return QStringLiteral("card");
    }
    return {};
}

bool TextSafety::luhnValid(QStringView digits)
{
    if (digits.isEmpty())
        return false;
    int sum = 0;
    bool doubled = false;
    for (qsizetype i = digits.size() - 1; i >= 0; --i) {
        const char16_t c = digits.at(i).unicode();
        if (c < u'0' || c > u'9')
            return false;
        int d = c - u'0';
        if (doubled) {
            d *= 2;
            if (d > 9)
                d -= 9;
        }
        sum += d;
        doubled = !doubled;
    }
    return sum % 10 == 0;
}

bool TextSafety::chineseIdValid(QStringView id)
{
    if (id.size() != 18)
        return false;
    static constexpr int weights[17] = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    static constexpr char16_t checks[] = u"10X98765432";
    int sum = 0;
    for (int i = 0; i < 17; ++i) {
        const char16_t c = id.at(i).unicode();
        if (c < u'0' || c > u'9')
            return false;
        sum += (c - u'0') * weights[i];
    }
    const char16_t last = id.at(17).toUpper().unicode();
    if (last != checks[sum % 11])
        return false;
    if (id.at(0) == u'0' || id.at(0) == u'9')
        return false; // no province code starts so
    const QDate birth(id.sliced(6, 4).toInt(), id.sliced(10, 2).toInt(), id.sliced(12, 2).toInt());
    return birth.isValid() && birth.year() >= 1900 && birth.year() <= 2099;
}

QList<TextSafety::PiiMatch> TextSafety::findPii(QStringView text)
{
    QList<PiiMatch> found;
    const auto overlaps = [&found](qsizetype start, qsizetype length) {
        return std::any_of(found.cbegin(), found.cend(), [=](const PiiMatch &m) {
            return start < m.start + m.length && m.start < start + length;
        });
    };
    const auto scan = [&](const QRegularExpression &re, PiiKind kind,
                          const std::function<bool(QStringView)> &accept) {
        QRegularExpressionMatchIterator it = re.globalMatch(text);
        while (it.hasNext()) {
            const QRegularExpressionMatch match = it.next();
            const qsizetype start = match.capturedStart();
            const qsizetype length = match.capturedLength();
            if (!overlaps(start, length) && accept(text.sliced(start, length)))
                found.append({kind, start, length});
        }
    };
    const auto any = [](QStringView) { return true; };

    // Earlier kinds win where matches overlap (see the class documentation).
    if (text.contains(u'@')) {
        static const QRegularExpression email(QStringLiteral(
            R"((?<![A-Za-z0-9._%+-])[A-Za-z0-9][A-Za-z0-9._%+-]{0,63}@)"
            R"([A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)"
            R"((?:\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)*\.[A-Za-z]{2,24}(?![A-Za-z0-9-]))"));
        scan(email, PiiKind::Email, any);
    }
    if (digitCount(text) < 8)
        return found;
    static const QRegularExpression international(
        QStringLiteral(R"((?<![\w+])\+\d{1,3}(?:[ .-]?\(?\d{1,4}\)?){2,6}(?![\d]))"));
    scan(international, PiiKind::Phone, [](QStringView m) {
        const qsizetype digits = digitCount(m);
        return digits >= 8 && digits <= 15;
    });
    static const QRegularExpression mobile(
        QStringLiteral(R"((?<![\d+])1[3-9]\d(?:[ -]?\d{4}){2}(?![\d]))"));
    scan(mobile, PiiKind::Phone, [](QStringView m) {
        // Either no separators or the same one twice: 138 1234 5678, 138-1234-5678.
        return m.size() == 11 || (m.size() == 13 && m.at(3) == m.at(8));
    });
    static const QRegularExpression id(
        QStringLiteral(R"((?<![0-9A-Za-z])\d{17}[0-9Xx](?![0-9A-Za-z]))"));
    scan(id, PiiKind::IdNumber, [](QStringView m) { return chineseIdValid(m); });
    static const QRegularExpression card(
        QStringLiteral(R"((?<![\d])(?:\d{4,6}(?:[ -]\d{3,6}){2,4}|\d{13,19})(?![\d]))"));
    scan(card, PiiKind::Card, [](QStringView m) {
        const QString digits = digitsOnly(m);
        // Issuers' numbers start with 2 to 6; timestamps and most serial numbers do not.
        return digits.size() >= 13 && digits.size() <= 19 && digits.at(0) >= u'2' &&
               digits.at(0) <= u'6' && digits.count(digits.at(0)) != digits.size() &&
               luhnValid(digits);
    });
    std::sort(found.begin(), found.end(),
              [](const PiiMatch &a, const PiiMatch &b) { return a.start < b.start; });
    return found;
}

QString TextSafety::maskPii(QStringView text, QMap<PiiKind, int> *counts)
{
    const QList<PiiMatch> matches = findPii(text);
    if (matches.isEmpty())
        return text.toString();
    QString out;
    out.reserve(text.size());
    qsizetype at = 0;
    for (const PiiMatch &m : matches) {
        out += text.sliced(at, m.start - at);
        out += placeholder(m.kind);
        at = m.start + m.length;
        if (counts)
            ++(*counts)[m.kind];
    }
    out += text.sliced(at);
    return out;
}

std::optional<QString> TextSafety::findBlocked(QStringView text, const QStringList &blocklist)
{
    if (blocklist.isEmpty() || text.isEmpty())
        return std::nullopt;
    const QString folded = TextNormalizer::normalize(text);
    const char16_t *data = reinterpret_cast<const char16_t *>(folded.utf16());
    for (const QString &entry : blocklist) {
        const QString needle = TextNormalizer::normalize(entry);
        if (needle.isEmpty())
            continue;
        bool cjk = false;
        for (qsizetype i = 0; i < needle.size() && !cjk;) {
            qsizetype length = 1;
            cjk = isCjk(codePointAt(reinterpret_cast<const char16_t *>(needle.utf16()),
                                    needle.size(), i, &length));
            i += length;
        }
        for (qsizetype at = folded.indexOf(needle); at >= 0; at = folded.indexOf(needle, at + 1)) {
            if (cjk)
                return entry.trimmed();
            bool boundaryBefore = true;
            if (at > 0) {
                qsizetype start = at - 1;
                if (start > 0 && QChar::isLowSurrogate(data[start]) &&
                    QChar::isHighSurrogate(data[start - 1]))
                    --start;
                qsizetype length = 1;
                boundaryBefore = !isWordChar(codePointAt(data, folded.size(), start, &length));
            }
            const qsizetype end = at + needle.size();
            qsizetype length = 1;
            const bool boundaryAfter =
                end >= folded.size() || !isWordChar(codePointAt(data, folded.size(), end, &length));
            if (boundaryBefore && boundaryAfter)
                return entry.trimmed();
        }
    }
    return std::nullopt;
}

SafetyVerdict TextSafety::apply(const QVariantMap &settings, const QJsonObject &fields)
{
    SafetyVerdict verdict;
    verdict.fields = fields;

    const QString wanted = settings.value(QStringLiteral("language")).toString();
    if (!wanted.isEmpty() && wanted != QLatin1String("any")) {
        QString all;
        walkFields(fields, [&all](const QString &text, const QString &) {
            all += text;
            all += u'\n';
            return text;
        });
        const Language language = detectLanguage(all);
        if (language != Language::Undetermined && languageCode(language) != wanted) {
            const Language expected = wanted == QLatin1String("zh")   ? Language::Chinese
                                      : wanted == QLatin1String("en") ? Language::English
                                                                      : Language::Other;
            verdict.reason =
                tr("the text is %1, not %2").arg(languageName(language), languageName(expected));
            return verdict;
        }
    }

    const QStringList blocklist = settings.value(QStringLiteral("blocklist")).toStringList();
    if (!blocklist.isEmpty()) {
        std::optional<QString> blocked;
        QString where;
        walkFields(fields, [&](const QString &text, const QString &field) {
            if (!blocked) {
                blocked = findBlocked(text, blocklist);
                where = field;
            }
            return text;
        });
        if (blocked) {
            verdict.reason = tr("“%1” contains the blocked word “%2”").arg(where, *blocked);
            return verdict;
        }
    }

    const QString pii = settings.value(QStringLiteral("pii")).toString();
    if (pii != QLatin1String("flag") && pii != QLatin1String("mask"))
        return verdict;
    QMap<PiiKind, int> counts;
    const QJsonObject masked = walkFields(
        fields, [&counts](const QString &text, const QString &) { return maskPii(text, &counts); });
    if (counts.isEmpty())
        return verdict;
    QJsonObject kinds;
    QStringList names;
    for (auto it = counts.cbegin(); it != counts.cend(); ++it) {
        kinds.insert(piiKey(it.key()), it.value());
        names << piiName(it.key());
    }
    if (pii == QLatin1String("mask")) {
        verdict.fields = masked;
        verdict.meta.insert(QStringLiteral("masked"), kinds);
    } else {
        verdict.meta.insert(QStringLiteral("pii"), kinds);
        verdict.reason =
            tr("contains personal information: %1").arg(QLocale().createSeparatedList(names));
    }
    return verdict;
}

} // namespace Seedbed::Quality
