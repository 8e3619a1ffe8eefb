#include "models/llm/ssedecoder.h"

#include <QTest>

using namespace Seedbed::Llm;

using Event = SseDecoder::Event;
using Events = QList<SseDecoder::Event>;

namespace {
Events feedAll(SseDecoder &decoder, const QList<QByteArrayView> &pieces)
{
    Events events;
    for (const QByteArrayView piece : pieces)
        events += decoder.feed(piece);
    return events;
}

Events decodeWhole(const QByteArray &bytes)
{
    SseDecoder decoder;
    return decoder.feed(bytes);
}

Event sseEvent(const QByteArray &name, const QByteArray &data)
{
    return Event{name, data};
}
} // namespace

Q_DECLARE_METATYPE(Seedbed::Llm::SseDecoder::Event)

QT_BEGIN_NAMESPACE
namespace QTest {
template<> char *toString(const Event &event)
{
    return qstrdup(QByteArray("event=[" + event.event + "] data=[" + event.data + "]").constData());
}
} // namespace QTest
QT_END_NAMESPACE

class TestSseDecoder : public QObject
{
    Q_OBJECT

private slots:
    void fields_data();
    void fields();
    void splitAtEveryOffset_data();
    void splitAtEveryOffset();
    void crAtEndOfPieceThenLf();
    void unfinishedEventIsNotDispatched();
    void invalidUtf8_data();
    void invalidUtf8();
    void multiByteCharacterSplitAcrossFeeds();
    void lineLongerThanCap();
    void lineExactlyAtCap();
    void eventLargerThanCap();
    void inputAfterErrorIsIgnored();
};

void TestSseDecoder::fields_data()
{
    QTest::addColumn<QByteArray>("stream");
    QTest::addColumn<Events>("expected");

    QTest::newRow("one data line")
        << QByteArray("data: {\"a\":1}\n\n") << Events{sseEvent("", "{\"a\":1}")};
    QTest::newRow("named event") << QByteArray("event: ping\ndata: {}\n\n")
                                 << Events{sseEvent("ping", "{}")};
    QTest::newRow("multi-line data joined with LF")
        << QByteArray("data: first\ndata:second\ndata:  third\n\n")
        << Events{sseEvent("", "first\nsecond\n third")};
    QTest::newRow("comments ignored")
        << QByteArray(": keep-alive\n\n:\ndata: x\n: inside\n\n") << Events{sseEvent("", "x")};
    QTest::newRow("id and retry ignored")
        << QByteArray("id: 7\nretry: 3000\ndata: x\nunknown: y\n\n") << Events{sseEvent("", "x")};
    QTest::newRow("data without colon is empty data")
        << QByteArray("data\n\n") << Events{sseEvent("", "")};
    QTest::newRow("empty data line")
        << QByteArray("data:\ndata:\n\n") << Events{sseEvent("", "\n")};
    QTest::newRow("event without data is not dispatched")
        << QByteArray("event: lonely\n\ndata: x\n\n") << Events{sseEvent("", "x")};
    QTest::newRow("event name resets after dispatch")
        << QByteArray("event: a\ndata: 1\n\ndata: 2\n\n")
        << Events{sseEvent("a", "1"), sseEvent("", "2")};
    QTest::newRow("colon in value kept")
        << QByteArray("data: a: b\n\n") << Events{sseEvent("", "a: b")};
    QTest::newRow("byte order mark") << QByteArray("\xEF\xBB\xBF"
                                                   "data: x\n\n")
                                     << Events{sseEvent("", "x")};
    QTest::newRow("many blank lines")
        << QByteArray("\n\n\ndata: x\n\n\n\n") << Events{sseEvent("", "x")};
    QTest::newRow("CRLF") << QByteArray("event: e\r\ndata: x\r\n\r\n")
                          << Events{sseEvent("e", "x")};
    QTest::newRow("CR only") << QByteArray("event: e\rdata: x\r\rdata: y\r\r")
                             << Events{sseEvent("e", "x"), sseEvent("", "y")};
    QTest::newRow("mixed endings")
        << QByteArray("data: a\r\ndata: b\rdata: c\n\r\n") << Events{sseEvent("", "a\nb\nc")};
    QTest::newRow("unicode") << QByteArray("data: 你好🌱\n\n")
                             << Events{sseEvent("", QByteArray("你好🌱"))};
}

void TestSseDecoder::fields()
{
    QFETCH(QByteArray, stream);
    QFETCH(Events, expected);

    SseDecoder decoder;
    QCOMPARE(decoder.feed(stream), expected);
    QVERIFY(!decoder.hasError());
    QVERIFY(!decoder.hasPendingData());
}

void TestSseDecoder::splitAtEveryOffset_data()
{
    QTest::addColumn<QByteArray>("stream");

    const QByteArray lf = ": keep-alive\n\nevent: message_start\ndata: {\"t\":\"种子🌱\"}\n\n"
                          "id: 1\ndata: a\ndata: b\n\ndata: [DONE]\n\n";
    QByteArray crlf = lf;
    crlf.replace("\n", "\r\n");
    QByteArray cr = lf;
    cr.replace("\n", "\r");
    QTest::newRow("LF") << lf;
    QTest::newRow("CRLF") << crlf;
    QTest::newRow("CR") << cr;
}

void TestSseDecoder::splitAtEveryOffset()
{
    QFETCH(QByteArray, stream);

    const Events whole = decodeWhole(stream);
    QCOMPARE(whole.size(), 3);
    QCOMPARE(whole.at(0), sseEvent("message_start", QByteArray("{\"t\":\"种子🌱\"}")));
    QCOMPARE(whole.at(1), sseEvent("", "a\nb"));
    QCOMPARE(whole.at(2), sseEvent("", "[DONE]"));

    for (qsizetype offset = 0; offset <= stream.size(); ++offset) {
        SseDecoder decoder;
        const QByteArrayView view(stream);
        QCOMPARE(feedAll(decoder, {view.first(offset), view.sliced(offset)}), whole);
        QVERIFY(!decoder.hasError());
    }
    SseDecoder bytewise;
    Events events;
    for (qsizetype i = 0; i < stream.size(); ++i)
        events += bytewise.feed(QByteArrayView(stream).sliced(i, 1));
    QCOMPARE(events, whole);
}

void TestSseDecoder::crAtEndOfPieceThenLf()
{
    // The LF after a CR that ended the previous piece is part of the same line break, not a
    // blank line that would dispatch early.
    SseDecoder decoder;
    QVERIFY(decoder.feed("data: a\r").isEmpty());
    QVERIFY(decoder.feed("\ndata: b\r").isEmpty());
    QVERIFY(decoder.feed("").isEmpty());
    QVERIFY(decoder.feed("\n").isEmpty());
    QCOMPARE(decoder.feed("\r\n"), Events{sseEvent("", "a\nb")});
}

void TestSseDecoder::unfinishedEventIsNotDispatched()
{
    SseDecoder decoder;
    QVERIFY(decoder.feed("data: [DONE]\n").isEmpty());
    QVERIFY(decoder.hasPendingData());
    SseDecoder partial;
    QVERIFY(partial.feed("data: [DO").isEmpty());
    QVERIFY(partial.hasPendingData());
    QCOMPARE(partial.bufferedBytes(), 9);
}

void TestSseDecoder::invalidUtf8_data()
{
    QTest::addColumn<QByteArray>("stream");

    QTest::newRow("stray continuation") << QByteArray("data: \x80\n\n");
    QTest::newRow("0xff") << QByteArray("data: \xff\n\n");
    QTest::newRow("overlong two bytes") << QByteArray("data: \xc1\xbf\n\n");
    QTest::newRow("overlong three bytes") << QByteArray("data: \xe0\x80\xaf\n\n");
    QTest::newRow("surrogate") << QByteArray("data: \xed\xb0\x80\n\n");
    QTest::newRow("above U+10FFFF") << QByteArray("data: \xf4\x90\x80\x80\n\n");
    QTest::newRow("cut before line end") << QByteArray("data: \xf0\x9f\x8c\n\n");
    QTest::newRow("in the event name") << QByteArray("event: \xfe\ndata: x\n\n");
    QTest::newRow("in a comment") << QByteArray(": \xfe\ndata: x\n\n");
}

void TestSseDecoder::invalidUtf8()
{
    QFETCH(QByteArray, stream);

    SseDecoder decoder;
    QVERIFY(decoder.feed(stream).isEmpty());
    QVERIFY(decoder.hasError());
    QVERIFY2(decoder.errorString().contains(QLatin1String("UTF-8")),
             qPrintable(decoder.errorString()));
}

void TestSseDecoder::multiByteCharacterSplitAcrossFeeds()
{
    const QByteArray emoji = "🌱"; // four bytes
    SseDecoder decoder;
    QVERIFY(decoder.feed("data: " + emoji.left(1)).isEmpty());
    QVERIFY(decoder.feed(emoji.mid(1, 2)).isEmpty());
    QCOMPARE(decoder.feed(emoji.mid(3) + "\n\n"), Events{sseEvent("", emoji)});
    QVERIFY(!decoder.hasError());
}

/* An endless line: the decoder refuses it once past the cap and never holds more. */
void TestSseDecoder::lineLongerThanCap()
{
    constexpr qsizetype cap = 1000;
    SseDecoder decoder(cap);
    const QByteArray piece(64, 'x');
    int pieces = 0;
    while (!decoder.hasError() && pieces < 1000) {
        decoder.feed(piece);
        QVERIFY(decoder.bufferedBytes() <= cap);
        ++pieces;
    }
    QVERIFY(decoder.hasError());
    QCOMPARE(pieces, int(cap / piece.size()) + 1);
    QVERIFY(decoder.errorString().contains(QLatin1String("1000")));
    QCOMPARE(decoder.bufferedBytes(), 0);

    // A single huge piece is refused without being copied.
    SseDecoder big(cap);
    QVERIFY(big.feed(QByteArray(10 * cap, 'y') + "\n\n").isEmpty());
    QVERIFY(big.hasError());
    QCOMPARE(big.bufferedBytes(), 0);
}

void TestSseDecoder::lineExactlyAtCap()
{
    const QByteArray line = "data: " + QByteArray(94, 'z'); // 100 bytes
    SseDecoder decoder(100);
    QCOMPARE(decoder.feed(line.left(50)), Events());
    QCOMPARE(decoder.feed(line.mid(50) + "\n\n"), Events{sseEvent("", QByteArray(94, 'z'))});
    QVERIFY(!decoder.hasError());
    SseDecoder tooLong(99);
    tooLong.feed(line + "\n\n");
    QVERIFY(tooLong.hasError());
}

void TestSseDecoder::eventLargerThanCap()
{
    // Short data lines without a blank line must not accumulate without bound either.
    SseDecoder decoder(100);
    for (int i = 0; i < 30 && !decoder.hasError(); ++i)
        decoder.feed("data: 0123456789\n");
    QVERIFY(decoder.hasError());
    QVERIFY(decoder.bufferedBytes() <= 200);
}

void TestSseDecoder::inputAfterErrorIsIgnored()
{
    SseDecoder decoder;
    decoder.feed("data: \xff\n\n");
    QVERIFY(decoder.hasError());
    const QString message = decoder.errorString();
    QVERIFY(decoder.feed("data: fine\n\n").isEmpty());
    QCOMPARE(decoder.errorString(), message);
}

QTEST_GUILESS_MAIN(TestSseDecoder)
#include "tst_ssedecoder.moc"
