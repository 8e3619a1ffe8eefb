#include "models/llm/retrypolicy.h"

#include <QLocale>
#include <QRandomGenerator>

#include <algorithm>
#include <cmath>

namespace Seedbed::Llm {

namespace {

// A plain decimal number ("2", "1.5", "1e3"); inf, nan, hex and trailing garbage are refused
// before the conversion so that no locale or libc leniency can let them through.
std::optional<double> parseNumber(QByteArrayView text)
{
    const QByteArray trimmed = text.trimmed().toByteArray();
    if (trimmed.isEmpty())
        return std::nullopt;
    qsizetype i = 0;
    const qsizetype n = trimmed.size();
    auto digits = [&] {
        const qsizetype start = i;
        while (i < n && trimmed.at(i) >= '0' && trimmed.at(i) <= '9')
            ++i;
        return i - start;
    };
    if (trimmed.at(i) == '+' || trimmed.at(i) == '-')
        ++i;
    qsizetype mantissa = digits();
    if (i < n && trimmed.at(i) == '.') {
        ++i;
        mantissa += digits();
    }
    if (mantissa == 0)
        return std::nullopt;
    if (i < n && (trimmed.at(i) == 'e' || trimmed.at(i) == 'E')) {
        ++i;
        if (i < n && (trimmed.at(i) == '+' || trimmed.at(i) == '-'))
            ++i;
        if (digits() == 0)
            return std::nullopt;
    }
    if (i != n)
        return std::nullopt;
    bool ok = false;
    const double value = trimmed.toDouble(&ok);
    if (!ok || !std::isfinite(value))
        return std::nullopt;
    return value;
}

// RFC 9110 HTTP-date: IMF-fixdate, and the obsolete RFC 850 and asctime forms, always GMT.
// The day name is dropped before parsing: it is redundant, and Qt 6.4 reads RFC 850's
// two-digit year as 19xx, which would not match it.
std::optional<QDateTime> parseHttpDate(QByteArrayView text)
{
    QString value = QString::fromLatin1(text.trimmed()).simplified();
    const qsizetype comma = value.indexOf(QLatin1Char(','));
    const bool asctime = comma < 0;
    if (asctime) {
        const qsizetype space = value.indexOf(QLatin1Char(' '));
        if (space < 0)
            return std::nullopt;
        value = value.mid(space + 1); // "Oct 21 07:28:05 2015"
    } else {
        value = value.mid(comma + 1).trimmed();
    }
    static const QLatin1StringView imfFixdate("d MMM yyyy hh:mm:ss 'GMT'");
    static const QLatin1StringView rfc850("d-MMM-yy hh:mm:ss 'GMT'");
    static const QLatin1StringView asctimeFormat("MMM d hh:mm:ss yyyy");
    const QLocale c = QLocale::c();
    const QList<QLatin1StringView> formats = asctime ? QList<QLatin1StringView>{asctimeFormat}
                                                     : QList<QLatin1StringView>{imfFixdate, rfc850};
    for (const QLatin1StringView format : formats) {
        const QDateTime parsed = c.toDateTime(value, QString(format));
        if (!parsed.isValid())
            continue;
        QDate date = parsed.date();
        if (format == rfc850 && date.year() < 1970)
            date = date.addYears(100);
        return QDateTime(date, parsed.time(), Qt::UTC);
    }
    return std::nullopt;
}

std::optional<qint64> honoured(double ms)
{
    if (!std::isfinite(ms) || ms <= 0 || ms > double(RetryPolicy::maxServerDelayMs))
        return std::nullopt;
    return std::max<qint64>(1, std::llround(ms));
}

QString normalisedType(const QString &type)
{
    QString out = type.toLower();
    out.remove(QLatin1Char('_'));
    out.remove(QLatin1Char('-'));
    out.remove(QLatin1Char(' '));
    return out;
}

} // namespace

std::optional<QByteArray> RetryPolicy::header(const Headers &headers, QByteArrayView name)
{
    for (const auto &[key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return std::nullopt;
}

bool RetryPolicy::isRetryableStatus(int status)
{
    return status == 408 || status == 409 || status == 429 || (status >= 500 && status <= 599);
}

bool RetryPolicy::isRetryableProviderType(const QString &type)
{
    const QString t = normalisedType(type);
    if (t.isEmpty())
        return false;
    // Checked first: "invalid request" or "authentication" never improve by trying again.
    static const QLatin1StringView never[] = {
        QLatin1StringView("invalid"),    QLatin1StringView("authentication"),
        QLatin1StringView("permission"), QLatin1StringView("notfound"),
        QLatin1StringView("quota"),      QLatin1StringView("toolarge"),
        QLatin1StringView("badrequest"), QLatin1StringView("billing"),
    };
    for (const QLatin1StringView word : never) {
        if (t.contains(word))
            return false;
    }
    static const QLatin1StringView transient[] = {
        QLatin1StringView("overloaded"),  QLatin1StringView("ratelimit"),
        QLatin1StringView("servererror"), QLatin1StringView("internal"),
        QLatin1StringView("unavailable"), QLatin1StringView("timeout"),
    };
    for (const QLatin1StringView word : transient) {
        if (t.contains(word))
            return true;
    }
    // Anthropic's generic 500 is called "api_error".
    return t == QLatin1StringView("apierror");
}

bool RetryPolicy::isRateLimit(const ChatError &error)
{
    if (error.kind == ChatError::Kind::Http)
        return error.httpStatus == 429 || error.httpStatus == 529;
    if (error.kind == ChatError::Kind::Provider) {
        const QString t = normalisedType(error.type);
        return t == QLatin1StringView("429") || t == QLatin1StringView("529") ||
               t.contains(QLatin1StringView("ratelimit")) ||
               t.contains(QLatin1StringView("overloaded")) || error.httpStatus == 429 ||
               error.httpStatus == 529;
    }
    return false;
}

std::optional<bool> RetryPolicy::shouldRetryOverride(const Headers &headers)
{
    const auto value = header(headers, "x-should-retry");
    if (!value)
        return std::nullopt;
    const QByteArray v = value->trimmed().toLower();
    if (v == "true")
        return true;
    if (v == "false")
        return false;
    return std::nullopt;
}

bool RetryPolicy::isRetryable(const ChatError &error, const Headers &headers)
{
    switch (error.kind) {
    case ChatError::Kind::None:
    case ChatError::Kind::Cancelled:
        return false;
    default:
        break;
    }
    if (const auto override = shouldRetryOverride(headers))
        return *override;
    switch (error.kind) {
    case ChatError::Kind::Connection:
    case ChatError::Kind::Timeout:
        return true;
    case ChatError::Kind::Http:
        return isRetryableStatus(error.httpStatus);
    case ChatError::Kind::Provider: {
        // Some servers give only a numeric code ("500"), which the parser reports as the type.
        bool numeric = false;
        const int code = error.type.toInt(&numeric);
        if (numeric)
            return isRetryableStatus(code);
        if (normalisedType(error.type).isEmpty() && error.httpStatus > 0)
            return isRetryableStatus(error.httpStatus);
        return isRetryableProviderType(error.type);
    }
    case ChatError::Kind::Protocol:
    case ChatError::Kind::None:
    case ChatError::Kind::Cancelled:
        break;
    }
    return false;
}

std::optional<qint64> RetryPolicy::serverDelayMs(const Headers &headers, const QDateTime &now)
{
    // Each header is considered in turn; one that is absent, garbage or out of range gives way
    // to the next rather than to the backoff.
    if (const auto ms = header(headers, "retry-after-ms")) {
        if (const auto value = parseNumber(*ms)) {
            if (const auto delay = honoured(*value))
                return delay;
        }
    }
    const auto retryAfter = header(headers, "retry-after");
    if (!retryAfter)
        return std::nullopt;
    if (const auto seconds = parseNumber(*retryAfter))
        return honoured(*seconds * 1000.0);
    if (const auto date = parseHttpDate(*retryAfter))
        return honoured(double(now.msecsTo(*date)));
    return std::nullopt;
}

qint64 RetryPolicy::backoffMs(int retry, double random)
{
    const int exponent = std::clamp(retry, 0, 30);
    const double base =
        std::min(double(initialDelayMs) * std::pow(2.0, exponent), double(maxBackoffMs));
    const double jitter = 1.0 - 0.25 * std::clamp(random, 0.0, 1.0);
    return std::max<qint64>(0, std::llround(base * jitter));
}

qint64 RetryPolicy::delayMs(int retry, const Headers &headers, const QDateTime &now,
                            const RandomSource &random)
{
    if (const auto server = serverDelayMs(headers, now))
        return *server;
    const double r = random ? random() : QRandomGenerator::global()->generateDouble();
    return backoffMs(retry, r);
}

} // namespace Seedbed::Llm
