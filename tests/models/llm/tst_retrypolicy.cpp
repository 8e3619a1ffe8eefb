#include "models/llm/retrypolicy.h"

#include <QTest>

using Seedbed::Llm::ChatError;
using Seedbed::Llm::RetryPolicy;

namespace {

using Kind = ChatError::Kind;

ChatError makeError(Kind kind, int status = 0, const QString &type = QString())
{
    ChatError error;
    error.kind = kind;
    error.httpStatus = status;
    error.type = type;
    error.message = QStringLiteral("test");
    return error;
}

// 2015-10-21 07:28:00 GMT, a Wednesday.
const QDateTime fixedNow = QDateTime(QDate(2015, 10, 21), QTime(7, 28, 0), Qt::UTC);

} // namespace

class tst_RetryPolicy : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void retryMatrix_data();
    void retryMatrix();
    void rateLimitClassification_data();
    void rateLimitClassification();
    void serverDelay_data();
    void serverDelay();
    void backoffSequence_data();
    void backoffSequence();
    void delayPrefersServerThenBackoff();
    void defaultJitterStaysInRange();
};

void tst_RetryPolicy::retryMatrix_data()
{
    QTest::addColumn<int>("kind");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("type");
    QTest::addColumn<QByteArray>("shouldRetryHeader"); // empty: no header
    QTest::addColumn<bool>("retried");

    const int http = int(Kind::Http);
    // Statuses the SDKs retry.
    for (const int status : {408, 409, 429, 500, 501, 502, 503, 504, 529, 599})
        QTest::addRow("HTTP %d", status) << http << status << QString() << QByteArray() << true;
    // And those they never retry (nor any other 4xx, 2xx or 3xx).
    for (const int status : {400, 401, 402, 403, 404, 405, 410, 413, 422, 451, 200, 302, 600})
        QTest::addRow("HTTP %d", status) << http << status << QString() << QByteArray() << false;

    // x-should-retry wins over the status, both ways; anything but true/false is ignored.
    QTest::newRow("400, x-should-retry: true")
        << http << 400 << QString() << QByteArray("true") << true;
    QTest::newRow("401, x-should-retry: true")
        << http << 401 << QString() << QByteArray("true") << true;
    QTest::newRow("503, x-should-retry: false")
        << http << 503 << QString() << QByteArray("false") << false;
    QTest::newRow("429, x-should-retry: false")
        << http << 429 << QString() << QByteArray("false") << false;
    QTest::newRow("503, x-should-retry: TRUE ")
        << http << 503 << QString() << QByteArray(" TRUE ") << true;
    QTest::newRow("503, x-should-retry: maybe")
        << http << 503 << QString() << QByteArray("maybe") << true;
    QTest::newRow("400, x-should-retry: 1") << http << 400 << QString() << QByteArray("1") << false;

    // Transport failures.
    QTest::newRow("connection") << int(Kind::Connection) << 0 << QString() << QByteArray() << true;
    QTest::newRow("timeout") << int(Kind::Timeout) << 0 << QString() << QByteArray() << true;
    QTest::newRow("protocol") << int(Kind::Protocol) << 0 << QString() << QByteArray() << false;
    QTest::newRow("cancelled") << int(Kind::Cancelled) << 0 << QString() << QByteArray() << false;
    QTest::newRow("cancelled, x-should-retry: true")
        << int(Kind::Cancelled) << 0 << QString() << QByteArray("true") << false;
    QTest::newRow("no error") << int(Kind::None) << 0 << QString() << QByteArray() << false;

    // An error object inside a 200 stream, by type.
    const int provider = int(Kind::Provider);
    const QList<std::pair<const char *, bool>> types = {
        {"overloaded_error", true},
        {"rate_limit_error", true},
        {"rate_limit_exceeded", true},
        {"server_error", true},
        {"api_error", true},
        {"internal_error", true},
        {"InternalServerError", true},
        {"service_unavailable", true},
        {"timeout_error", true},
        {"invalid_request_error", false},
        {"authentication_error", false},
        {"permission_error", false},
        {"not_found_error", false},
        {"insufficient_quota", false},
        {"request_too_large", false},
        {"BadRequestError", false},
        {"", false},
        {"500", true},
        {"429", true},
        {"400", false},
    };
    for (const auto &[type, retried] : types) {
        QTest::addRow("provider '%s'", type)
            << provider << 0 << QString::fromLatin1(type) << QByteArray() << retried;
    }
    QTest::newRow("provider untyped, status 503")
        << provider << 503 << QString() << QByteArray() << true;
    QTest::newRow("provider invalid_request, x-should-retry: true")
        << provider << 0 << QStringLiteral("invalid_request_error") << QByteArray("true") << true;
}

void tst_RetryPolicy::retryMatrix()
{
    QFETCH(int, kind);
    QFETCH(int, status);
    QFETCH(QString, type);
    QFETCH(QByteArray, shouldRetryHeader);
    QFETCH(bool, retried);

    RetryPolicy::Headers headers = {{"Content-Type", "application/json"}};
    if (!shouldRetryHeader.isEmpty())
        headers.append({"X-Should-Retry", shouldRetryHeader});
    QCOMPARE(RetryPolicy::isRetryable(makeError(Kind(kind), status, type), headers), retried);
}

void tst_RetryPolicy::rateLimitClassification_data()
{
    QTest::addColumn<int>("kind");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("type");
    QTest::addColumn<bool>("rateLimit");

    QTest::newRow("HTTP 429") << int(Kind::Http) << 429 << QString() << true;
    QTest::newRow("HTTP 529") << int(Kind::Http) << 529 << QString() << true;
    QTest::newRow("HTTP 503") << int(Kind::Http) << 503 << QString() << false;
    QTest::newRow("HTTP 400") << int(Kind::Http) << 400 << QString() << false;
    QTest::newRow("rate_limit_error")
        << int(Kind::Provider) << 0 << QStringLiteral("rate_limit_error") << true;
    QTest::newRow("overloaded_error")
        << int(Kind::Provider) << 0 << QStringLiteral("overloaded_error") << true;
    QTest::newRow("server_error") << int(Kind::Provider) << 0 << QStringLiteral("server_error")
                                  << false;
    QTest::newRow("connection") << int(Kind::Connection) << 0 << QString() << false;
}

void tst_RetryPolicy::rateLimitClassification()
{
    QFETCH(int, kind);
    QFETCH(int, status);
    QFETCH(QString, type);
    QFETCH(bool, rateLimit);
    QCOMPARE(RetryPolicy::isRateLimit(makeError(Kind(kind), status, type)), rateLimit);
}

void tst_RetryPolicy::serverDelay_data()
{
    QTest::addColumn<QByteArray>("retryAfterMs"); // empty: absent
    QTest::addColumn<QByteArray>("retryAfter");   // empty: absent
    QTest::addColumn<qint64>("expected");         // -1: not honoured

    QTest::newRow("none") << QByteArray() << QByteArray() << qint64(-1);
    // retry-after-ms
    QTest::newRow("ms 1500") << QByteArray("1500") << QByteArray() << qint64(1500);
    QTest::newRow("ms 1.5") << QByteArray("1.5") << QByteArray() << qint64(2);
    QTest::newRow("ms 60000") << QByteArray("60000") << QByteArray() << qint64(60000);
    QTest::newRow("ms 60001") << QByteArray("60001") << QByteArray() << qint64(-1);
    QTest::newRow("ms 0") << QByteArray("0") << QByteArray() << qint64(-1);
    QTest::newRow("ms -5") << QByteArray("-5") << QByteArray() << qint64(-1);
    QTest::newRow("ms inf") << QByteArray("inf") << QByteArray() << qint64(-1);
    QTest::newRow("ms nan") << QByteArray("nan") << QByteArray() << qint64(-1);
    QTest::newRow("ms abc") << QByteArray("abc") << QByteArray() << qint64(-1);
    // retry-after in seconds
    QTest::newRow("2") << QByteArray() << QByteArray("2") << qint64(2000);
    QTest::newRow("0.5") << QByteArray() << QByteArray("0.5") << qint64(500);
    QTest::newRow(" 3 ") << QByteArray() << QByteArray(" 3 ") << qint64(3000);
    QTest::newRow("60") << QByteArray() << QByteArray("60") << qint64(60000);
    QTest::newRow("61") << QByteArray() << QByteArray("61") << qint64(-1);
    QTest::newRow("3600") << QByteArray() << QByteArray("3600") << qint64(-1);
    QTest::newRow("0") << QByteArray() << QByteArray("0") << qint64(-1);
    QTest::newRow("-1") << QByteArray() << QByteArray("-1") << qint64(-1);
    QTest::newRow("inf") << QByteArray() << QByteArray("inf") << qint64(-1);
    QTest::newRow("-inf") << QByteArray() << QByteArray("-inf") << qint64(-1);
    QTest::newRow("Infinity") << QByteArray() << QByteArray("Infinity") << qint64(-1);
    QTest::newRow("nan") << QByteArray() << QByteArray("nan") << qint64(-1);
    QTest::newRow("NaN") << QByteArray() << QByteArray("NaN") << qint64(-1);
    QTest::newRow("1e400") << QByteArray() << QByteArray("1e400") << qint64(-1);
    QTest::newRow("1e1") << QByteArray() << QByteArray("1e1") << qint64(10000);
    QTest::newRow("0x10") << QByteArray() << QByteArray("0x10") << qint64(-1);
    QTest::newRow("5s") << QByteArray() << QByteArray("5s") << qint64(-1);
    QTest::newRow("empty value") << QByteArray() << QByteArray(" ") << qint64(-1);
    // retry-after as an HTTP date, relative to fixedNow
    QTest::newRow("IMF-fixdate +30 s")
        << QByteArray() << QByteArray("Wed, 21 Oct 2015 07:28:30 GMT") << qint64(30000);
    QTest::newRow("IMF-fixdate +60 s")
        << QByteArray() << QByteArray("Wed, 21 Oct 2015 07:29:00 GMT") << qint64(60000);
    QTest::newRow("IMF-fixdate +90 s")
        << QByteArray() << QByteArray("Wed, 21 Oct 2015 07:29:30 GMT") << qint64(-1);
    QTest::newRow("IMF-fixdate in the past")
        << QByteArray() << QByteArray("Wed, 21 Oct 2015 07:27:00 GMT") << qint64(-1);
    QTest::newRow("IMF-fixdate now")
        << QByteArray() << QByteArray("Wed, 21 Oct 2015 07:28:00 GMT") << qint64(-1);
    QTest::newRow("IMF-fixdate next year")
        << QByteArray() << QByteArray("Fri, 21 Oct 2016 07:28:10 GMT") << qint64(-1);
    QTest::newRow("RFC 850 +10 s")
        << QByteArray() << QByteArray("Wednesday, 21-Oct-15 07:28:10 GMT") << qint64(10000);
    QTest::newRow("asctime +5 s") << QByteArray() << QByteArray("Wed Oct 21 07:28:05 2015")
                                  << qint64(5000);
    QTest::newRow("garbage date") << QByteArray() << QByteArray("Wed, 99 Foo 2015 07:28:30 GMT")
                                  << qint64(-1);
    // Order: retry-after-ms first; one that is not honoured gives way to retry-after.
    QTest::newRow("ms and seconds") << QByteArray("250") << QByteArray("5") << qint64(250);
    QTest::newRow("garbage ms, seconds") << QByteArray("soon") << QByteArray("3") << qint64(3000);
    QTest::newRow("huge ms, seconds") << QByteArray("120000") << QByteArray("3") << qint64(3000);
    QTest::newRow("both nonsense") << QByteArray("nan") << QByteArray("inf") << qint64(-1);
}

void tst_RetryPolicy::serverDelay()
{
    QFETCH(QByteArray, retryAfterMs);
    QFETCH(QByteArray, retryAfter);
    QFETCH(qint64, expected);

    RetryPolicy::Headers headers = {{"content-type", "application/json"}};
    if (!retryAfterMs.isEmpty())
        headers.append({"Retry-After-Ms", retryAfterMs});
    if (!retryAfter.isEmpty())
        headers.append({"Retry-After", retryAfter});
    const std::optional<qint64> delay = RetryPolicy::serverDelayMs(headers, fixedNow);
    QCOMPARE(delay.value_or(-1), expected);
}

void tst_RetryPolicy::backoffSequence_data()
{
    QTest::addColumn<double>("random");
    QTest::addColumn<QList<qint64>>("delays"); // for retries 0, 1, 2, …

    QTest::newRow("no jitter") << 0.0 << QList<qint64>{500, 1000, 2000, 4000, 8000, 8000, 8000};
    QTest::newRow("half jitter") << 0.5 << QList<qint64>{438, 875, 1750, 3500, 7000, 7000, 7000};
    QTest::newRow("almost full jitter")
        << 0.9999 << QList<qint64>{375, 750, 1500, 3000, 6000, 6000, 6000};
}

void tst_RetryPolicy::backoffSequence()
{
    QFETCH(double, random);
    QFETCH(QList<qint64>, delays);
    for (int retry = 0; retry < delays.size(); ++retry) {
        QCOMPARE(RetryPolicy::backoffMs(retry, random), delays.at(retry));
        // Through delayMs with an injected random source and no server wait.
        QCOMPARE(RetryPolicy::delayMs(retry, {}, fixedNow, [random] { return random; }),
                 delays.at(retry));
    }
    // No overflow however many retries.
    QCOMPARE(RetryPolicy::backoffMs(1000, 0.0), qint64(8000));
    QCOMPARE(RetryPolicy::backoffMs(std::numeric_limits<int>::max(), 0.0), qint64(8000));
}

void tst_RetryPolicy::delayPrefersServerThenBackoff()
{
    const auto fixed = [] { return 0.0; };
    QCOMPARE(RetryPolicy::delayMs(2, {{"retry-after", "7"}}, fixedNow, fixed), qint64(7000));
    QCOMPARE(RetryPolicy::delayMs(2, {{"retry-after-ms", "125"}}, fixedNow, fixed), qint64(125));
    // Not honoured: the backoff of retry 2.
    QCOMPARE(RetryPolicy::delayMs(2, {{"retry-after", "3600"}}, fixedNow, fixed), qint64(2000));
    QCOMPARE(RetryPolicy::delayMs(2, {{"retry-after", "inf"}}, fixedNow, fixed), qint64(2000));
    QCOMPARE(RetryPolicy::delayMs(0, {{"retry-after", "-1"}}, fixedNow, fixed), qint64(500));
}

void tst_RetryPolicy::defaultJitterStaysInRange()
{
    for (int i = 0; i < 500; ++i) {
        const qint64 first = RetryPolicy::delayMs(0, {}, fixedNow);
        QVERIFY2(first >= 375 && first <= 500, QByteArray::number(first).constData());
        const qint64 late = RetryPolicy::delayMs(10, {}, fixedNow);
        QVERIFY2(late >= 6000 && late <= 8000, QByteArray::number(late).constData());
    }
}

QTEST_GUILESS_MAIN(tst_RetryPolicy)
#include "tst_retrypolicy.moc"
