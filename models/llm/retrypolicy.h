#pragma once

#include "models/llm/chattypes.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QPair>

#include <functional>
#include <optional>

namespace Seedbed::Llm {

/*! \brief Which failed attempts are retried and how long to wait before the next one.

    Pure functions, at least as generous as the official SDKs (openai-python,
    anthropic-sdk-python): connection errors, timeouts, 408, 409, 429 and every 5xx
    (Anthropic's 529 included) are retried; 400, 401, 403, 404, 422 and any other status are
    not. A response header \c{x-should-retry: true|false} overrides the status. An error object
    inside a 200 response is classified by its type (overloaded, rate limit, server error:
    retried; invalid request, authentication, quota, untyped: not).

    The delay honours \c retry-after-ms, then \c retry-after (seconds or an HTTP date) when the
    value is positive and at most 60 s; anything else (inf, nan, negative, huge, garbage) is
    ignored in favour of exponential backoff: min(0.5 · 2^n, 8) s less up to 25 % jitter. */
class RetryPolicy
{
public:
    /*! Response headers as QNetworkReply::rawHeaderPairs() gives them; names match
        case-insensitively. */
    using Headers = QList<QPair<QByteArray, QByteArray>>;
    /*! Returns a number in [0, 1); injectable so that tests get a fixed jitter. */
    using RandomSource = std::function<double()>;

    static constexpr qint64 initialDelayMs = 500;
    static constexpr qint64 maxBackoffMs = 8000;
    static constexpr qint64 maxServerDelayMs = 60000;

    /*! Whether an attempt that ended with \a error (and \a headers, when there was a response)
        should be tried again. Never for Cancelled or an error-free result. */
    static bool isRetryable(const ChatError &error, const Headers &headers = {});
    /*! The status rule alone: 408, 409, 429 and 500–599. */
    static bool isRetryableStatus(int status);
    /*! The rule for an error object inside a 200 response, by its provider type
        (e.g. "overloaded_error", "rate_limit_exceeded", "server_error"). */
    static bool isRetryableProviderType(const QString &type);
    /*! Whether \a error means "slow down" (429, a rate-limit or overloaded error, 529), which
        the RateLimiter answers by throttling the whole profile. */
    static bool isRateLimit(const ChatError &error);
    /*! The value of \c x-should-retry when it is exactly "true" or "false". */
    static std::optional<bool> shouldRetryOverride(const Headers &headers);

    /*! The wait the server asked for, in ms, when it is honoured (0 < wait ≤ 60 s):
        \c retry-after-ms first, then \c retry-after as seconds or as an HTTP date relative to
        \a now. */
    static std::optional<qint64> serverDelayMs(const Headers &headers, const QDateTime &now);
    /*! The exponential backoff before retry number \a retry (0 for the first retry):
        min(500 · 2^retry, 8000) ms times (1 − 0.25 · \a random), \a random in [0, 1). */
    static qint64 backoffMs(int retry, double random);
    /*! The delay before retry number \a retry: the server's wait when honoured, else
        backoffMs() with a number from \a random (the global generator when empty). */
    static qint64 delayMs(int retry, const Headers &headers, const QDateTime &now,
                          const RandomSource &random = {});

    /*! The value of header \a name (case-insensitive), if present. */
    static std::optional<QByteArray> header(const Headers &headers, QByteArrayView name);
};

} // namespace Seedbed::Llm
