#include "models/llm/ndjsondecoder.h"

#include <QTest>

using namespace Seedbed::Llm;

using Lines = QList<QByteArray>;

class TestNdjsonDecoder : public QObject
{
    Q_OBJECT

private slots:
    void lines_data();
    void lines();
    void splitAtEveryOffset_data();
    void splitAtEveryOffset();
    void crAtEndOfPieceThenLf();
    void lastLineWithoutLineBreak();
    void invalidUtf8_data();
    void invalidUtf8();
    void invalidUtf8InTheLastLine();
    void multiByteCharacterSplitAcrossFeeds();
    void lineLongerThanCap();
    void inputAfterErrorOrFinishIsIgnored();
};

void TestNdjsonDecoder::lines_data()
{
    QTest::addColumn<QByteArray>("stream");
    QTest::addColumn<Lines>("expected");

    QTest::newRow("LF") << QByteArray("{\"a\":1}\n{\"b\":2}\n") << Lines{"{\"a\":1}", "{\"b\":2}"};
    QTest::newRow("CRLF") << QByteArray("{\"a\":1}\r\n{\"b\":2}\r\n")
                          << Lines{"{\"a\":1}", "{\"b\":2}"};
    QTest::newRow("CR") << QByteArray("{\"a\":1}\r{\"b\":2}\r") << Lines{"{\"a\":1}", "{\"b\":2}"};
    QTest::newRow("blank lines skipped")
        << QByteArray("\n\n{\"a\":1}\n \t\n\r\n{\"b\":2}\n\n") << Lines{"{\"a\":1}", "{\"b\":2}"};
    QTest::newRow("byte order mark") << QByteArray("\xEF\xBB\xBF{}\n") << Lines{"{}"};
    QTest::newRow("unicode") << QByteArray("{\"t\":\"种子🌱\"}\n") << Lines{"{\"t\":\"种子🌱\"}"};
    QTest::newRow("unterminated line held back") << QByteArray("{}\n{\"x\"") << Lines{"{}"};
}

void TestNdjsonDecoder::lines()
{
    QFETCH(QByteArray, stream);
    QFETCH(Lines, expected);

    NdjsonDecoder decoder;
    QCOMPARE(decoder.feed(stream), expected);
    QVERIFY(!decoder.hasError());
}

void TestNdjsonDecoder::splitAtEveryOffset_data()
{
    QTest::addColumn<QByteArray>("stream");

    const QByteArray lf =
        "{\"message\":{\"content\":\"种子\"}}\n\n{\"message\":{\"content\":\"🌳\"}}\n"
        "{\"done\":true}\n";
    QByteArray crlf = lf;
    crlf.replace("\n", "\r\n");
    QByteArray cr = lf;
    cr.replace("\n", "\r");
    QTest::newRow("LF") << lf;
    QTest::newRow("CRLF") << crlf;
    QTest::newRow("CR") << cr;
}

void TestNdjsonDecoder::splitAtEveryOffset()
{
    QFETCH(QByteArray, stream);

    NdjsonDecoder reference;
    const Lines whole = reference.feed(stream);
    QCOMPARE(whole.size(), 3);
    for (qsizetype offset = 0; offset <= stream.size(); ++offset) {
        NdjsonDecoder decoder;
        const QByteArrayView view(stream);
        Lines lines = decoder.feed(view.first(offset));
        lines += decoder.feed(view.sliced(offset));
        lines += decoder.finish();
        QCOMPARE(lines, whole);
    }
    NdjsonDecoder bytewise;
    Lines lines;
    for (qsizetype i = 0; i < stream.size(); ++i)
        lines += bytewise.feed(QByteArrayView(stream).sliced(i, 1));
    lines += bytewise.finish();
    QCOMPARE(lines, whole);
}

void TestNdjsonDecoder::crAtEndOfPieceThenLf()
{
    NdjsonDecoder decoder;
    QCOMPARE(decoder.feed("{}\r"), Lines{"{}"});
    QCOMPARE(decoder.feed("\n[]\r"), Lines{"[]"});
    QCOMPARE(decoder.feed("\n"), Lines());
    QVERIFY(!decoder.hasPendingData());
}

void TestNdjsonDecoder::lastLineWithoutLineBreak()
{
    NdjsonDecoder decoder;
    QCOMPARE(decoder.feed("{}\n{\"done\":true}"), Lines{"{}"});
    QVERIFY(decoder.hasPendingData());
    QCOMPARE(decoder.finish(), Lines{"{\"done\":true}"});
    QVERIFY(decoder.finish().isEmpty());

    NdjsonDecoder blank;
    blank.feed("{}\n  ");
    QVERIFY(blank.finish().isEmpty());
}

void TestNdjsonDecoder::invalidUtf8_data()
{
    QTest::addColumn<QByteArray>("stream");

    QTest::newRow("0xff") << QByteArray("{\"a\":\"\xff\"}\n");
    QTest::newRow("overlong") << QByteArray("{\"a\":\"\xc0\x80\"}\n");
    QTest::newRow("surrogate") << QByteArray("{\"a\":\"\xed\xa0\x80\"}\n");
    QTest::newRow("cut sequence") << QByteArray("{\"a\":\"\xe4\xbd\"}\n");
    QTest::newRow("in a blank-looking line") << QByteArray(" \x80 \n");
}

void TestNdjsonDecoder::invalidUtf8()
{
    QFETCH(QByteArray, stream);

    NdjsonDecoder decoder;
    QVERIFY(decoder.feed("{}\n" + stream).size() <= 1);
    QVERIFY(decoder.hasError());
    QVERIFY2(decoder.errorString().contains(QLatin1String("UTF-8")),
             qPrintable(decoder.errorString()));
}

void TestNdjsonDecoder::invalidUtf8InTheLastLine()
{
    NdjsonDecoder decoder;
    decoder.feed("{\"a\":\"\xe4\xbd");
    QVERIFY(!decoder.hasError()); // the rest of the character may still come
    QVERIFY(decoder.finish().isEmpty());
    QVERIFY(decoder.hasError());
}

void TestNdjsonDecoder::multiByteCharacterSplitAcrossFeeds()
{
    const QByteArray text = "{\"t\":\"你\"}\n";
    for (qsizetype cut = 7; cut <= 9; ++cut) {
        NdjsonDecoder decoder;
        QVERIFY(decoder.feed(text.left(cut)).isEmpty());
        QCOMPARE(decoder.feed(text.mid(cut)), Lines{text.chopped(1)});
        QVERIFY(!decoder.hasError());
    }
}

void TestNdjsonDecoder::lineLongerThanCap()
{
    constexpr qsizetype cap = 512;
    NdjsonDecoder decoder(cap);
    int pieces = 0;
    while (!decoder.hasError() && pieces < 1000) {
        decoder.feed(QByteArray(100, 'x'));
        QVERIFY(decoder.bufferedBytes() <= cap);
        ++pieces;
    }
    QVERIFY(decoder.hasError());
    QCOMPARE(pieces, 6);
    QVERIFY(decoder.errorString().contains(QLatin1String("512")));

    NdjsonDecoder whole(cap);
    QVERIFY(whole.feed(QByteArray(cap + 1, 'x') + "\n").isEmpty());
    QVERIFY(whole.hasError());
    NdjsonDecoder exact(cap);
    QCOMPARE(exact.feed(QByteArray(cap, 'x') + "\n").size(), 1);
}

void TestNdjsonDecoder::inputAfterErrorOrFinishIsIgnored()
{
    NdjsonDecoder decoder;
    decoder.feed("\xff\n");
    QVERIFY(decoder.hasError());
    QVERIFY(decoder.feed("{}\n").isEmpty());
    QVERIFY(decoder.finish().isEmpty());

    NdjsonDecoder finished;
    finished.finish();
    QVERIFY(finished.feed("{}\n").isEmpty());
}

QTEST_GUILESS_MAIN(TestNdjsonDecoder)
#include "tst_ndjsondecoder.moc"
