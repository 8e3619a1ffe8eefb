#pragma once

#include <QtGlobal>

#include <functional>

namespace Seedbed::Llm {

/*! \brief Admission control for one provider profile: a concurrency limit, a requests-per-minute
    and a tokens-per-minute token bucket, and adaptive throttling.

    Each bucket refills continuously at its rate and holds at most ten seconds' worth (at least
    one request, respectively one request's tokens), so a fresh profile cannot fire a whole
    minute's quota in one burst. A request whose token estimate exceeds the bucket's capacity is
    admitted once the bucket is full and leaves it in debt, so it is slowed down, never starved.

    Adaptive throttling (AIMD): a rate-limit answer halves a throttle factor in [1/64, 1] that
    scales the concurrency and both rates; answers to requests admitted before that reduction
    do not halve it again, so one burst of 429s counts once. Every success adds
    1 / (4 · max(maxConcurrency, 4)) back. The server's Retry-After can also pause admission.

    Not a QObject, not thread-safe; the clock is injectable for tests (milliseconds, monotonic). */
class RateLimiter
{
public:
    using Clock = std::function<qint64()>;

    struct Limits
    {
        int maxConcurrency = 8;    //!< at least 1
        int requestsPerMinute = 0; //!< 0: no limit
        int tokensPerMinute = 0;   //!< 0: no limit

        friend bool operator==(const Limits &, const Limits &) = default;
    };

    /*! The answer of tryAcquire(); keep it until release(). */
    struct Permit
    {
        bool granted = false;
        /*! When not granted: ms until the buckets (or a pause) allow the request, or -1 when it
            waits for a request in flight to be released. */
        qint64 waitMs = 0;
        qint64 tokens = 0;      //!< the estimate charged to the token bucket
        quint64 generation = 0; //!< the throttle generation at admission
    };

    static constexpr double minThrottle = 1.0 / 64;

    /*! Default limits and a steady clock. */
    RateLimiter();
    /*! Uses a steady clock when \a clock is empty. */
    explicit RateLimiter(const Limits &limits, Clock clock = {});

    /*! Changes the limits; the buckets keep their level (capped to the new capacity). */
    void setLimits(const Limits &limits);
    Limits limits() const { return m_limits; }

    /*! Admits a request estimated at \a tokens (prompt plus expected completion) if the
        concurrency, both buckets and any pause allow it now. */
    Permit tryAcquire(qint64 tokens = 0);
    /*! The request admitted with \a permit is no longer in flight. */
    void release(const Permit &permit);
    /*! Charges (or refunds) the difference between the tokens the request really used and its
        estimate. */
    void recordUsage(const Permit &permit, qint64 usedTokens);
    /*! A request answered "slow down": halves the throttle unless \a permit predates the last
        reduction, and pauses admission for \a pauseMs when positive. */
    void recordRateLimited(const Permit &permit, qint64 pauseMs = 0);
    /*! A request succeeded: the throttle recovers one step. */
    void recordSuccess();

    int inFlight() const { return m_inFlight; }
    /*! The throttle factor in [minThrottle, 1]. */
    double throttle() const { return m_throttle; }
    /*! The concurrency currently allowed: max(1, ⌊maxConcurrency · throttle⌋). */
    int effectiveConcurrency() const;
    /*! The rates currently allowed, per minute (0: no limit). */
    double effectiveRequestsPerMinute() const;
    double effectiveTokensPerMinute() const;

private:
    struct Bucket
    {
        double level = 0;
        double capacity = 0;
    };

    void refill();
    void resetCapacities();
    static double capacityFor(double perMinute);
    static qint64 waitFor(const Bucket &bucket, double need, double perMinute);

    Limits m_limits;
    Clock m_clock;
    qint64 m_lastRefill = 0;
    Bucket m_requests;
    Bucket m_tokens;
    int m_inFlight = 0;
    double m_throttle = 1.0;
    quint64 m_generation = 0;
    qint64 m_pausedUntil = 0;
};

} // namespace Seedbed::Llm
