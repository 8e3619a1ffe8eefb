#include "models/llm/ratelimiter.h"

#include <QTest>

#include <memory>

using Seedbed::Llm::RateLimiter;

namespace {

// A clock the test moves by hand.
struct FakeClock
{
    std::shared_ptr<qint64> now = std::make_shared<qint64>(1000);
    RateLimiter::Clock clock() const
    {
        return [now = now] { return *now; };
    }
    void advance(qint64 ms) { *now += ms; }
};

RateLimiter::Limits limits(int concurrency, int rpm = 0, int tpm = 0)
{
    RateLimiter::Limits l;
    l.maxConcurrency = concurrency;
    l.requestsPerMinute = rpm;
    l.tokensPerMinute = tpm;
    return l;
}

} // namespace

class tst_RateLimiter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void concurrencyLimit();
    void requestsPerMinuteBucket();
    void tokensPerMinuteBucket();
    void oversizedRequestRunsIntoDebt();
    void usageCorrectsTheEstimate();
    void adaptiveBackOffCountsOneBurstOnce();
    void adaptiveRecovery();
    void throttleScalesTheRates();
    void throttleHasAFloor();
    void pauseFromRetryAfter();
    void changingLimitsKeepsLevels();
};

void tst_RateLimiter::concurrencyLimit()
{
    FakeClock clock;
    RateLimiter limiter(limits(3), clock.clock());
    QList<RateLimiter::Permit> permits;
    for (int i = 0; i < 3; ++i) {
        permits.append(limiter.tryAcquire());
        QVERIFY(permits.last().granted);
    }
    QCOMPARE(limiter.inFlight(), 3);
    const RateLimiter::Permit refused = limiter.tryAcquire();
    QVERIFY(!refused.granted);
    QCOMPARE(refused.waitMs, qint64(-1)); // waits for a release, not for time
    // Releasing a refused permit changes nothing.
    limiter.release(refused);
    QCOMPARE(limiter.inFlight(), 3);
    limiter.release(permits.takeFirst());
    QCOMPARE(limiter.inFlight(), 2);
    QVERIFY(limiter.tryAcquire().granted);
    QCOMPARE(limiter.inFlight(), 3);
}

void tst_RateLimiter::requestsPerMinuteBucket()
{
    // 60 per minute: one per second, a burst of ten seconds' worth.
    FakeClock clock;
    RateLimiter limiter(limits(1000, 60), clock.clock());
    for (int i = 0; i < 10; ++i)
        QVERIFY2(limiter.tryAcquire().granted, QByteArray::number(i).constData());
    RateLimiter::Permit p = limiter.tryAcquire();
    QVERIFY(!p.granted);
    QCOMPARE(p.waitMs, qint64(1000));
    clock.advance(999);
    p = limiter.tryAcquire();
    QVERIFY(!p.granted);
    QCOMPARE(p.waitMs, qint64(1));
    clock.advance(1);
    QVERIFY(limiter.tryAcquire().granted);
    QCOMPARE(limiter.tryAcquire().waitMs, qint64(1000));
    // Idle time refills up to the capacity, not beyond.
    clock.advance(60000);
    for (int i = 0; i < 10; ++i)
        QVERIFY(limiter.tryAcquire().granted);
    QVERIFY(!limiter.tryAcquire().granted);
}

void tst_RateLimiter::tokensPerMinuteBucket()
{
    // 6000 per minute: 100 per second, capacity 1000.
    FakeClock clock;
    RateLimiter limiter(limits(100, 0, 6000), clock.clock());
    const RateLimiter::Permit first = limiter.tryAcquire(600);
    QVERIFY(first.granted);
    QCOMPARE(first.tokens, qint64(600));
    RateLimiter::Permit second = limiter.tryAcquire(600);
    QVERIFY(!second.granted);
    QCOMPARE(second.waitMs, qint64(2000)); // 200 missing at 100 per second
    clock.advance(2000);
    second = limiter.tryAcquire(600);
    QVERIFY(second.granted);
    // A request without a token estimate only counts against the request rate (none here).
    QVERIFY(limiter.tryAcquire(0).granted);
}

void tst_RateLimiter::oversizedRequestRunsIntoDebt()
{
    // 600 per minute: 10 per second, capacity 100. A 500-token request is admitted on a full
    // bucket and leaves a debt that the next request waits out.
    FakeClock clock;
    RateLimiter limiter(limits(100, 0, 600), clock.clock());
    QVERIFY(limiter.tryAcquire(500).granted);
    const RateLimiter::Permit next = limiter.tryAcquire(10);
    QVERIFY(!next.granted);
    QCOMPARE(next.waitMs, qint64(41000)); // from -400 to +10 at 10 per second
    clock.advance(41000);
    QVERIFY(limiter.tryAcquire(10).granted);
    // Another oversized one waits for a full bucket: from 0 to 100.
    const RateLimiter::Permit big = limiter.tryAcquire(5000);
    QCOMPARE(big.waitMs, qint64(10000));
}

void tst_RateLimiter::usageCorrectsTheEstimate()
{
    FakeClock clock;
    RateLimiter limiter(limits(100, 0, 6000), clock.clock());
    const RateLimiter::Permit permit = limiter.tryAcquire(100); // level 900
    QVERIFY(permit.granted);
    limiter.recordUsage(permit, 600); // really 600: level 400
    QCOMPARE(limiter.tryAcquire(500).waitMs, qint64(1000));
    limiter.recordUsage(permit, 0); // used nothing after all: the 100 estimated come back
    QCOMPARE(limiter.tryAcquire(1000).waitMs, qint64(5000)); // level 500
    QVERIFY(limiter.tryAcquire(500).granted);                // level 0
    // Unknown usage changes nothing.
    limiter.recordUsage(permit, -1);
    QCOMPARE(limiter.tryAcquire(100).waitMs, qint64(1000));
}

void tst_RateLimiter::adaptiveBackOffCountsOneBurstOnce()
{
    FakeClock clock;
    RateLimiter limiter(limits(8), clock.clock());
    QList<RateLimiter::Permit> burst;
    for (int i = 0; i < 4; ++i)
        burst.append(limiter.tryAcquire());
    QCOMPARE(limiter.effectiveConcurrency(), 8);

    // All four answer 429: the throttle halves once.
    for (const RateLimiter::Permit &permit : burst) {
        limiter.recordRateLimited(permit);
        limiter.release(permit);
    }
    QCOMPARE(limiter.throttle(), 0.5);
    QCOMPARE(limiter.effectiveConcurrency(), 4);
    QCOMPARE(limiter.inFlight(), 0);

    // Four may be in flight now, not five.
    QList<RateLimiter::Permit> next;
    for (int i = 0; i < 4; ++i) {
        next.append(limiter.tryAcquire());
        QVERIFY(next.last().granted);
    }
    QCOMPARE(limiter.tryAcquire().waitMs, qint64(-1));

    // A request admitted after the reduction that is refused again halves again.
    limiter.recordRateLimited(next.first());
    QCOMPARE(limiter.throttle(), 0.25);
    QCOMPARE(limiter.effectiveConcurrency(), 2);
    limiter.recordRateLimited(next.last());
    QCOMPARE(limiter.throttle(), 0.25);
}

void tst_RateLimiter::adaptiveRecovery()
{
    FakeClock clock;
    RateLimiter limiter(limits(8), clock.clock());
    const RateLimiter::Permit a = limiter.tryAcquire();
    limiter.recordRateLimited(a);
    limiter.release(a);
    const RateLimiter::Permit b = limiter.tryAcquire();
    limiter.recordRateLimited(b);
    limiter.release(b);
    QCOMPARE(limiter.throttle(), 0.25);
    QCOMPARE(limiter.effectiveConcurrency(), 2);

    // Each success adds 1 / (4 · 8) = 1/32: eight successes per additional 0.25.
    QList<int> concurrency;
    for (int i = 0; i < 24; ++i) {
        limiter.recordSuccess();
        concurrency.append(limiter.effectiveConcurrency());
    }
    const QList<int> expected = {2, 2, 2, 3, 3, 3, 3, 4, 4, 4, 4, 5,
                                 5, 5, 5, 6, 6, 6, 6, 7, 7, 7, 7, 8};
    QCOMPARE(concurrency, expected);
    QCOMPARE(limiter.throttle(), 1.0);
    limiter.recordSuccess();
    QCOMPARE(limiter.throttle(), 1.0);
    QCOMPARE(limiter.effectiveConcurrency(), 8);
}

void tst_RateLimiter::throttleScalesTheRates()
{
    // 60 per minute; halved: 30 per minute, a burst of 5, one every two seconds.
    FakeClock clock;
    RateLimiter limiter(limits(100, 60, 60000), clock.clock());
    const RateLimiter::Permit permit = limiter.tryAcquire();
    limiter.recordRateLimited(permit);
    limiter.release(permit);
    QCOMPARE(limiter.effectiveRequestsPerMinute(), 30.0);
    QCOMPARE(limiter.effectiveTokensPerMinute(), 30000.0);
    for (int i = 0; i < 5; ++i)
        QVERIFY(limiter.tryAcquire().granted);
    QCOMPARE(limiter.tryAcquire().waitMs, qint64(2000));
    clock.advance(2000);
    QVERIFY(limiter.tryAcquire().granted);
}

void tst_RateLimiter::throttleHasAFloor()
{
    FakeClock clock;
    RateLimiter limiter(limits(64, 640), clock.clock());
    for (int i = 0; i < 20; ++i) {
        const RateLimiter::Permit p = limiter.tryAcquire();
        limiter.recordRateLimited(p);
        limiter.release(p);
        clock.advance(60000);
    }
    QCOMPARE(limiter.throttle(), RateLimiter::minThrottle);
    QCOMPARE(limiter.effectiveConcurrency(), 1);
    QCOMPARE(limiter.effectiveRequestsPerMinute(), 10.0);
    QVERIFY(limiter.tryAcquire().granted);
}

void tst_RateLimiter::pauseFromRetryAfter()
{
    FakeClock clock;
    RateLimiter limiter(limits(8), clock.clock());
    const RateLimiter::Permit p = limiter.tryAcquire();
    limiter.recordRateLimited(p, 1500);
    limiter.release(p);
    RateLimiter::Permit next = limiter.tryAcquire();
    QVERIFY(!next.granted);
    QCOMPARE(next.waitMs, qint64(1500));
    clock.advance(1000);
    QCOMPARE(limiter.tryAcquire().waitMs, qint64(500));
    clock.advance(500);
    QVERIFY(limiter.tryAcquire().granted);
}

void tst_RateLimiter::changingLimitsKeepsLevels()
{
    FakeClock clock;
    RateLimiter limiter(limits(4, 60), clock.clock());
    for (int i = 0; i < 4; ++i)
        limiter.release(limiter.tryAcquire()); // level 10 - 4 = 6
    limiter.setLimits(limits(4, 120));         // capacity 20, level stays 6
    for (int i = 0; i < 6; ++i)
        limiter.release(limiter.tryAcquire());
    QCOMPARE(limiter.tryAcquire().waitMs, qint64(500));
    // From unlimited to limited: starts full.
    RateLimiter open(limits(4), clock.clock());
    open.setLimits(limits(4, 6)); // capacity 1
    QVERIFY(open.tryAcquire().granted);
    QCOMPARE(open.tryAcquire().waitMs, qint64(10000));
    QCOMPARE(open.limits(), limits(4, 6));
}

QTEST_GUILESS_MAIN(tst_RateLimiter)
#include "tst_ratelimiter.moc"
