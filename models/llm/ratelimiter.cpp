#include "models/llm/ratelimiter.h"

#include <algorithm>
#include <chrono>
#include <cmath>

namespace Seedbed::Llm {

namespace {

// Floating-point slack so that waiting exactly the announced time always admits.
constexpr double epsilon = 1e-6;

RateLimiter::Limits sanitised(RateLimiter::Limits limits)
{
    limits.maxConcurrency = std::max(1, limits.maxConcurrency);
    limits.requestsPerMinute = std::max(0, limits.requestsPerMinute);
    limits.tokensPerMinute = std::max(0, limits.tokensPerMinute);
    return limits;
}

qint64 steadyMs()
{
    using namespace std::chrono;
    return duration_cast<milliseconds>(steady_clock::now().time_since_epoch()).count();
}

} // namespace

RateLimiter::RateLimiter()
    : RateLimiter(Limits())
{}

RateLimiter::RateLimiter(const Limits &limits, Clock clock)
    : m_limits(sanitised(limits))
    , m_clock(clock ? std::move(clock) : Clock(steadyMs))
{
    m_lastRefill = m_clock();
    resetCapacities();
    m_requests.level = m_requests.capacity;
    m_tokens.level = m_tokens.capacity;
}

void RateLimiter::setLimits(const Limits &limits)
{
    const Limits next = sanitised(limits);
    if (next == m_limits)
        return;
    refill();
    const bool requestsWereUnlimited = m_limits.requestsPerMinute == 0;
    const bool tokensWereUnlimited = m_limits.tokensPerMinute == 0;
    m_limits = next;
    resetCapacities();
    if (requestsWereUnlimited)
        m_requests.level = m_requests.capacity;
    if (tokensWereUnlimited)
        m_tokens.level = m_tokens.capacity;
}

double RateLimiter::capacityFor(double perMinute)
{
    return perMinute > 0 ? std::max(1.0, perMinute / 6.0) : 0.0;
}

int RateLimiter::effectiveConcurrency() const
{
    return std::max(1, int(std::floor(m_limits.maxConcurrency * m_throttle + epsilon)));
}

double RateLimiter::effectiveRequestsPerMinute() const
{
    return m_limits.requestsPerMinute * m_throttle;
}

double RateLimiter::effectiveTokensPerMinute() const
{
    return m_limits.tokensPerMinute * m_throttle;
}

void RateLimiter::resetCapacities()
{
    m_requests.capacity = capacityFor(effectiveRequestsPerMinute());
    m_tokens.capacity = capacityFor(effectiveTokensPerMinute());
    m_requests.level = std::min(m_requests.level, m_requests.capacity);
    m_tokens.level = std::min(m_tokens.level, m_tokens.capacity);
}

void RateLimiter::refill()
{
    const qint64 now = m_clock();
    const qint64 elapsed = std::max<qint64>(0, now - m_lastRefill);
    m_lastRefill = now;
    if (elapsed == 0)
        return;
    if (m_limits.requestsPerMinute > 0) {
        m_requests.level =
            std::min(m_requests.capacity,
                     m_requests.level + elapsed * effectiveRequestsPerMinute() / 60000.0);
    }
    if (m_limits.tokensPerMinute > 0) {
        m_tokens.level = std::min(m_tokens.capacity,
                                  m_tokens.level + elapsed * effectiveTokensPerMinute() / 60000.0);
    }
}

qint64 RateLimiter::waitFor(const Bucket &bucket, double need, double perMinute)
{
    // More than the bucket can ever hold: admitted when full, leaving a debt.
    const double required = std::min(need, bucket.capacity);
    const double missing = required - bucket.level;
    if (missing <= epsilon)
        return 0;
    return std::max<qint64>(1, qint64(std::ceil(missing * 60000.0 / perMinute - epsilon)));
}

RateLimiter::Permit RateLimiter::tryAcquire(qint64 tokens)
{
    refill();
    Permit permit;
    permit.tokens = std::max<qint64>(0, tokens);
    permit.generation = m_generation;
    if (m_inFlight >= effectiveConcurrency()) {
        permit.waitMs = -1;
        return permit;
    }
    const qint64 now = m_clock();
    qint64 wait = std::max<qint64>(0, m_pausedUntil - now);
    if (m_limits.requestsPerMinute > 0)
        wait = std::max(wait, waitFor(m_requests, 1.0, effectiveRequestsPerMinute()));
    if (m_limits.tokensPerMinute > 0 && permit.tokens > 0)
        wait = std::max(wait, waitFor(m_tokens, double(permit.tokens), effectiveTokensPerMinute()));
    if (wait > 0) {
        permit.waitMs = wait;
        return permit;
    }
    if (m_limits.requestsPerMinute > 0)
        m_requests.level -= 1.0;
    if (m_limits.tokensPerMinute > 0)
        m_tokens.level -= double(permit.tokens);
    ++m_inFlight;
    permit.granted = true;
    return permit;
}

void RateLimiter::release(const Permit &permit)
{
    if (permit.granted)
        m_inFlight = std::max(0, m_inFlight - 1);
}

void RateLimiter::recordUsage(const Permit &permit, qint64 usedTokens)
{
    if (m_limits.tokensPerMinute == 0 || usedTokens < 0)
        return;
    refill();
    m_tokens.level =
        std::min(m_tokens.capacity, m_tokens.level - double(usedTokens - permit.tokens));
}

void RateLimiter::recordRateLimited(const Permit &permit, qint64 pauseMs)
{
    refill();
    if (permit.generation == m_generation) {
        m_throttle = std::max(minThrottle, m_throttle / 2.0);
        ++m_generation;
        resetCapacities();
    }
    if (pauseMs > 0)
        m_pausedUntil = std::max(m_pausedUntil, m_clock() + pauseMs);
}

void RateLimiter::recordSuccess()
{
    if (m_throttle >= 1.0)
        return;
    refill();
    const double step = 1.0 / (4.0 * std::max(m_limits.maxConcurrency, 4));
    m_throttle = std::min(1.0, m_throttle + step);
    resetCapacities();
}

} // namespace Seedbed::Llm
