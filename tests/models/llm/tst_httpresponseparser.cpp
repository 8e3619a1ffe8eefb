#include "models/llm/httpresponseparser.h"

#include <QTest>

using Seedbed::Llm::HttpResponseParser;

namespace {

struct Parsed
{
    int status = 0;
    HttpResponseParser::Headers headers;
    QByteArray body;
    bool complete = false;
    bool error = false;
    bool keepAlive = false;
    qsizetype used = 0; // bytes consumed in total
};

// Feeds \a wire in pieces of \a step bytes (the whole at once when 0), then closes if asked.
Parsed parse(const QByteArray &wire, qsizetype step, bool close = false)
{
    HttpResponseParser parser;
    Parsed result;
    qsizetype pos = 0;
    while (pos < wire.size() && !parser.isComplete() && !parser.hasError()) {
        const qsizetype n = step > 0 ? std::min(step, wire.size() - pos) : wire.size();
        const qsizetype used = parser.feed(QByteArrayView(wire).sliced(pos, n), &result.body);
        result.used += used;
        pos += n;
        if (used < n)
            break;
    }
    if (close)
        parser.closed();
    result.status = parser.status();
    result.headers = parser.headers();
    result.complete = parser.isComplete();
    result.error = parser.hasError();
    result.keepAlive = parser.keepAlive();
    return result;
}

} // namespace

class tst_HttpResponseParser : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void everySplit_data();
    void everySplit();
    void bytesAfterTheResponseAreNotConsumed();
    void closeDelimitedBody();
    void closedTooEarly();
    void malformed_data();
    void malformed();
    void headTooLarge();
    void keepAlive_data();
    void keepAlive();
};

void tst_HttpResponseParser::everySplit_data()
{
    QTest::addColumn<QByteArray>("wire");
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<int>("headerCount");

    const QByteArray sse = "data: {\"choices\":[{\"delta\":{\"content\":\"你好\"}}]}\n\n";
    QTest::newRow("content-length")
        << QByteArray("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 11"
                      "\r\n\r\n{\"a\":\"你\"}")
        << 200 << QByteArray("{\"a\":\"你\"}") << 2;
    QTest::newRow("chunked with extension and trailer")
        << ("HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n" +
            QByteArray::number(sse.size(), 16) + ";name=value\r\n" + sse + "\r\n5\r\nhello\r\n" +
            "0\r\nX-Trailer: yes\r\n\r\n")
        << 200 << (sse + "hello") << 1;
    QTest::newRow("upper-case hex, bare LF")
        << QByteArray("HTTP/1.1 200 OK\nTransfer-Encoding: gzip, chunked\n\n"
                      "A\nabcdefghij\n0\n\n")
        << 200 << QByteArray("abcdefghij") << 1;
    QTest::newRow("interim 100 and 103 skipped")
        << QByteArray("HTTP/1.1 100 Continue\r\n\r\nHTTP/1.1 103 Early Hints\r\nLink: </a>\r\n\r\n"
                      "HTTP/1.1 429 Too Many Requests\r\nRetry-After: 2\r\nContent-Length: 2\r\n"
                      "\r\n{}")
        << 429 << QByteArray("{}") << 2;
    QTest::newRow("204 has no body")
        << QByteArray("HTTP/1.1 204 No Content\r\n\r\n") << 204 << QByteArray() << 0;
    QTest::newRow("empty length") << QByteArray("HTTP/1.1 200 OK\r\nContent-Length: 0\r\n\r\n")
                                  << 200 << QByteArray() << 1;
    QTest::newRow("folded header, no reason phrase")
        << QByteArray("HTTP/1.1 200\r\nX-Long: a\r\n  b\r\nContent-Length: 1\r\n\r\nz") << 200
        << QByteArray("z") << 2;
}

void tst_HttpResponseParser::everySplit()
{
    QFETCH(QByteArray, wire);
    QFETCH(int, status);
    QFETCH(QByteArray, body);
    QFETCH(int, headerCount);

    for (qsizetype step = 0; step <= wire.size(); ++step) {
        const Parsed parsed = parse(wire, step);
        QVERIFY2(parsed.complete, qPrintable(QStringLiteral("step %1").arg(step)));
        QCOMPARE(parsed.status, status);
        QCOMPARE(parsed.body, body);
        QCOMPARE(parsed.headers.size(), headerCount);
        QCOMPARE(parsed.used, wire.size());
    }
}

void tst_HttpResponseParser::bytesAfterTheResponseAreNotConsumed()
{
    const QByteArray response = "HTTP/1.1 200 OK\r\nContent-Length: 3\r\n\r\nabc";
    HttpResponseParser parser;
    QByteArray body;
    QCOMPARE(parser.feed(response + "HTTP/1.1 200 OK\r\n", &body), response.size());
    QVERIFY(parser.isComplete());
    QCOMPARE(body, QByteArray("abc"));
    QCOMPARE(parser.headers().first().first, QByteArray("Content-Length"));
    QCOMPARE(parser.headers().first().second, QByteArray("3"));
}

void tst_HttpResponseParser::closeDelimitedBody()
{
    const QByteArray wire = "HTTP/1.0 200 OK\r\nContent-Type: text/plain\r\n\r\nuntil the end";
    for (qsizetype step = 1; step <= wire.size(); ++step) {
        const Parsed open = parse(wire, step);
        QVERIFY(!open.complete);
        const Parsed closed = parse(wire, step, true);
        QVERIFY(closed.complete);
        QVERIFY(!closed.keepAlive);
        QCOMPARE(closed.body, QByteArray("until the end"));
    }
}

void tst_HttpResponseParser::closedTooEarly()
{
    const QList<QByteArray> cuts = {
        "",
        "HTTP/1.1 200 OK\r\nContent-Len",
        "HTTP/1.1 200 OK\r\nContent-Length: 10\r\n\r\nabc",
        "HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n3\r\nabc\r\n",
    };
    for (const QByteArray &cut : cuts) {
        const Parsed parsed = parse(cut, 0, true);
        QVERIFY2(parsed.error, cut.constData());
        QVERIFY(!parsed.complete);
    }
    HttpResponseParser parser;
    parser.closed();
    QVERIFY(parser.errorString().contains(QStringLiteral("without answering")));
}

void tst_HttpResponseParser::malformed_data()
{
    QTest::addColumn<QByteArray>("wire");
    QTest::newRow("not http") << QByteArray("SSH-2.0-OpenSSH_9.2\r\n\r\n");
    QTest::newRow("tls alert") << QByteArray("\x15\x03\x01\x00\x02\x02\x50\n\n", 9);
    QTest::newRow("status not a number") << QByteArray("HTTP/1.1 2x0 OK\r\n\r\n");
    QTest::newRow("switching protocols") << QByteArray("HTTP/1.1 101 Switching\r\n\r\n");
    QTest::newRow("header without name") << QByteArray("HTTP/1.1 200 OK\r\n: x\r\n\r\n");
    QTest::newRow("conflicting lengths")
        << QByteArray("HTTP/1.1 200 OK\r\nContent-Length: 3\r\nContent-Length: 4\r\n\r\nabc");
    QTest::newRow("negative length") << QByteArray("HTTP/1.1 200 OK\r\nContent-Length: -1\r\n\r\n");
    QTest::newRow("bad chunk size")
        << QByteArray("HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\n");
    QTest::newRow("huge chunk size")
        << QByteArray("HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n"
                      "ffffffffffffffffffff\r\n");
    QTest::newRow("chunk longer than said")
        << QByteArray("HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n2\r\nabc\r\n");
    QTest::newRow("endless chunk line")
        << ("HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n" + QByteArray(5000, '1'));
}

void tst_HttpResponseParser::malformed()
{
    QFETCH(QByteArray, wire);
    for (const qsizetype step : {qsizetype(0), qsizetype(1), qsizetype(7)}) {
        const Parsed parsed = parse(wire, step);
        QVERIFY2(parsed.error, qPrintable(QStringLiteral("step %1").arg(step)));
        QVERIFY(!parsed.keepAlive);
    }
    HttpResponseParser parser;
    QByteArray body;
    parser.feed(wire, &body);
    QVERIFY(parser.errorString().startsWith(QStringLiteral("The server sent a")));
    // Once in error, further input is refused.
    QCOMPARE(parser.feed("more", &body), 0);
}

void tst_HttpResponseParser::headTooLarge()
{
    HttpResponseParser parser(1024);
    QByteArray body;
    QByteArray wire = "HTTP/1.1 200 OK\r\n";
    while (wire.size() < 4000)
        wire += "X-Padding: aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa\r\n";
    for (qsizetype pos = 0; pos < wire.size() && !parser.hasError(); pos += 100)
        parser.feed(QByteArrayView(wire).sliced(pos, std::min<qsizetype>(100, wire.size() - pos)),
                    &body);
    QVERIFY(parser.hasError());
    QVERIFY(parser.errorString().contains(QStringLiteral("1 KiB")));
}

void tst_HttpResponseParser::keepAlive_data()
{
    QTest::addColumn<QByteArray>("head");
    QTest::addColumn<bool>("keepAlive");
    QTest::newRow("1.1 default") << QByteArray("HTTP/1.1 200 OK\r\nContent-Length: 0\r\n\r\n")
                                 << true;
    QTest::newRow("1.1 close")
        << QByteArray("HTTP/1.1 200 OK\r\nConnection: Close\r\nContent-Length: 0\r\n\r\n") << false;
    QTest::newRow("1.1 close in a list")
        << QByteArray("HTTP/1.1 200 OK\r\nConnection: upgrade, close\r\nContent-Length: 0\r\n\r\n")
        << false;
    QTest::newRow("1.0 default") << QByteArray("HTTP/1.0 200 OK\r\nContent-Length: 0\r\n\r\n")
                                 << false;
    QTest::newRow("1.0 keep-alive")
        << QByteArray("HTTP/1.0 200 OK\r\nConnection: keep-alive\r\nContent-Length: 0\r\n\r\n")
        << true;
}

void tst_HttpResponseParser::keepAlive()
{
    QFETCH(QByteArray, head);
    QFETCH(bool, keepAlive);
    const Parsed parsed = parse(head, 0);
    QVERIFY(parsed.complete);
    QCOMPARE(parsed.keepAlive, keepAlive);
}

QTEST_GUILESS_MAIN(tst_HttpResponseParser)
#include "tst_httpresponseparser.moc"
