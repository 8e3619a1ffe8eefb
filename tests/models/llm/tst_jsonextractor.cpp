#include "models/llm/jsonextractor.h"

#include <QJsonDocument>
#include <QTest>

using namespace Seedbed::Llm;

namespace {
QByteArray normalized(const QByteArray &json)
{
    return QJsonDocument::fromJson(json).toJson(QJsonDocument::Compact);
}
} // namespace

class TestJsonExtractor : public QObject
{
    Q_OBJECT

private slots:
    void extractObject_data();
    void extractObject();
    void extractArray_data();
    void extractArray();
    void removeReasoning_data();
    void removeReasoning();
    void nullErrorPointer();
    void hostileAnswers_data();
    void hostileAnswers();
};

void TestJsonExtractor::extractObject_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QByteArray>("expected"); // empty: a failure
    QTest::addColumn<QString>("errorMentions");

    QTest::newRow("plain") << QStringLiteral("{\"a\": 1}") << QByteArray("{\"a\":1}") << QString();
    QTest::newRow("white space around")
        << QStringLiteral("\n\t {\"a\": 1}  \n") << QByteArray("{\"a\":1}") << QString();
    QTest::newRow("json fence") << QStringLiteral("```json\n{\"a\": 1}\n```")
                                << QByteArray("{\"a\":1}") << QString();
    QTest::newRow("bare fence") << QStringLiteral("```\n{\"a\": 1}\n```\n")
                                << QByteArray("{\"a\":1}") << QString();
    QTest::newRow("fence with prose")
        << QStringLiteral("Here you go:\n\n```JSON\n{\"name\": \"Ada\"}\n```\n\nAnything else?")
        << QByteArray("{\"name\":\"Ada\"}") << QString();
    QTest::newRow("unclosed fence of a cut answer")
        << QStringLiteral("```json\n{\"a\": 1}\n") << QByteArray("{\"a\":1}") << QString();
    QTest::newRow("chatty prose before and after")
        << QStringLiteral("Sure! Here is the JSON you asked for:\n{\"a\": [1, 2]}\nLet me know.")
        << QByteArray("{\"a\":[1,2]}") << QString();
    QTest::newRow("think block removed first")
        << QStringLiteral("<think>Maybe {\"draft\": true}? No.</think>\n\n{\"a\": 1}")
        << QByteArray("{\"a\":1}") << QString();
    QTest::newRow("closing think without opening (template put it in the prompt)")
        << QStringLiteral("I will answer {\"draft\": 1}\n</think>\n{\"a\": 1}")
        << QByteArray("{\"a\":1}") << QString();
    QTest::newRow("nested braces inside strings")
        << QStringLiteral("{\"code\": \"if (x) { y(); }\", \"n\": {\"m\": [1, {\"k\": \"}\"}]}}")
        << QByteArray("{\"code\":\"if (x) { y(); }\",\"n\":{\"m\":[1,{\"k\":\"}\"}]}}")
        << QString();
    QTest::newRow("escaped quotes and backslashes")
        << QStringLiteral("Result: {\"q\": \"she said \\\"{hi}\\\"\", \"path\": \"C:\\\\\", "
                          "\"z\": 2} done")
        << QByteArray("{\"q\":\"she said \\\"{hi}\\\"\",\"path\":\"C:\\\\\",\"z\":2}") << QString();
    QTest::newRow("unicode") << QStringLiteral("答案：{\"名字\": \"小苗 🌱\", \"e\": \"\\u00e9\"}。")
                             << QByteArray("{\"名字\":\"小苗 🌱\",\"e\":\"é\"}") << QString();
    QTest::newRow("two objects: the first")
        << QStringLiteral("{\"a\": 1}\n{\"b\": 2}") << QByteArray("{\"a\":1}") << QString();
    QTest::newRow("a stray brace in prose before the object")
        << QStringLiteral("Use { with care. Answer: {\"a\": 1}") << QByteArray("{\"a\":1}")
        << QString();
    QTest::newRow("markdown link before the object")
        << QStringLiteral("See [docs](https://x.y). {\"a\": 1}") << QByteArray("{\"a\":1}")
        << QString();
    QTest::newRow("the fence wins over an example in prose")
        << QStringLiteral("Format like {\"x\": 0}.\n```json\n{\"a\": 1}\n```")
        << QByteArray("{\"a\":1}") << QString();
    QTest::newRow("a broken object is skipped whole, not mined for a nested one")
        << QStringLiteral("{\"a\": {\"b\": 1},} then {\"c\": 2}") << QByteArray("{\"c\":2}")
        << QString();
    QTest::newRow("trailing comma is not repaired")
        << QStringLiteral("```json\n{\"a\": 1, \"b\": 2,}\n```") << QByteArray()
        << QStringLiteral("{\"a\": 1, \"b\": 2,}");
    QTest::newRow("single quotes are not JSON")
        << QStringLiteral("{'a': 1}") << QByteArray() << QStringLiteral("not a valid JSON object");
    QTest::newRow("cut answer") << QStringLiteral("{\"a\": {\"b\": 1}") << QByteArray()
                                << QStringLiteral("never closed");
    QTest::newRow("only an array") << QStringLiteral("[{\"a\": 1}, {\"b\": 2}]") << QByteArray()
                                   << QStringLiteral("JSON array but no JSON object");
    QTest::newRow("no JSON at all") << QStringLiteral("I cannot help with that.") << QByteArray()
                                    << QStringLiteral("no JSON object");
    QTest::newRow("empty") << QString() << QByteArray() << QStringLiteral("empty");
    QTest::newRow("only reasoning") << QStringLiteral("<think>{\"a\": 1}</think>\n") << QByteArray()
                                    << QStringLiteral("only reasoning");
    QTest::newRow("unclosed think") << QStringLiteral("<think>let me think about {\"a\": 1}")
                                    << QByteArray() << QStringLiteral("only reasoning");
}

void TestJsonExtractor::extractObject()
{
    QFETCH(QString, text);
    QFETCH(QByteArray, expected);
    QFETCH(QString, errorMentions);

    QString error;
    const std::optional<QJsonObject> object = JsonExtractor::extractObject(text, &error);
    if (expected.isEmpty()) {
        QVERIFY(!object);
        QVERIFY2(error.contains(errorMentions), qPrintable(error));
    } else {
        QVERIFY2(object, qPrintable(error));
        QCOMPARE(QJsonDocument(*object).toJson(QJsonDocument::Compact), normalized(expected));
    }
}

void TestJsonExtractor::extractArray_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QByteArray>("expected");
    QTest::addColumn<QString>("errorMentions");

    QTest::newRow("plain") << QStringLiteral("[1, 2, 3]") << QByteArray("[1,2,3]") << QString();
    QTest::newRow("fenced array of objects")
        << QStringLiteral("```json\n[{\"q\": \"a{\"}, {\"q\": \"b]\"}]\n```")
        << QByteArray("[{\"q\":\"a{\"},{\"q\":\"b]\"}]") << QString();
    QTest::newRow("prose and a link before")
        << QStringLiteral("See [the docs](x) and [this].\nHere: [\"种子\", \"🌱\"]")
        << QByteArray("[\"种子\",\"🌱\"]") << QString();
    QTest::newRow("think removed")
        << QStringLiteral("<think>[0]</think>[1]") << QByteArray("[1]") << QString();
    QTest::newRow("an array inside an object is not top-level")
        << QStringLiteral("{\"items\": [1, 2]}") << QByteArray()
        << QStringLiteral("JSON object but no JSON array");
    QTest::newRow("trailing comma")
        << QStringLiteral("[1, 2,]") << QByteArray() << QStringLiteral("not a valid JSON array");
    QTest::newRow("cut") << QStringLiteral("[1, 2") << QByteArray()
                         << QStringLiteral("never closed");
}

void TestJsonExtractor::extractArray()
{
    QFETCH(QString, text);
    QFETCH(QByteArray, expected);
    QFETCH(QString, errorMentions);

    QString error;
    const std::optional<QJsonArray> array = JsonExtractor::extractArray(text, &error);
    if (expected.isEmpty()) {
        QVERIFY(!array);
        QVERIFY2(error.contains(errorMentions), qPrintable(error));
    } else {
        QVERIFY2(array, qPrintable(error));
        QCOMPARE(QJsonDocument(*array).toJson(QJsonDocument::Compact), normalized(expected));
    }
}

void TestJsonExtractor::removeReasoning_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expected");

    QTest::newRow("none") << QStringLiteral("a") << QStringLiteral("a");
    QTest::newRow("leading block") << QStringLiteral("<think>x</think>a") << QStringLiteral("a");
    QTest::newRow("two blocks") << QStringLiteral("<think>x</think>a<think>y</think>b")
                                << QStringLiteral("ab");
    QTest::newRow("orphan close") << QStringLiteral("x</think>a") << QStringLiteral("a");
    QTest::newRow("unclosed") << QStringLiteral("a<think>x") << QStringLiteral("a");
}

void TestJsonExtractor::removeReasoning()
{
    QFETCH(QString, text);
    QFETCH(QString, expected);
    QCOMPARE(JsonExtractor::removeReasoning(text), expected);
}

void TestJsonExtractor::nullErrorPointer()
{
    QVERIFY(!JsonExtractor::extractObject(QStringLiteral("nothing")));
    QVERIFY(JsonExtractor::extractObject(QStringLiteral("{}")));
}

void TestJsonExtractor::hostileAnswers_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("wantObject");
    QTest::addColumn<QByteArray>("expected"); // empty: a failure
    QTest::addColumn<QString>("errorMentions");

    const QString braces(50'000, u'{');
    const QString brackets(50'000, u'[');
    const QString keys = QStringLiteral("{\"a\":").repeated(20'000);
    QString prose;
    while (prose.size() < 2'000'000)
        prose += QStringLiteral("Some prose with a [link](https://example.org), {braces} and "
                                "\"quotes\" in it.\n");
    prose += QStringLiteral("{\"answer\": 42}");
    const QString strings = QStringLiteral("{\"never closed ").repeated(10'000);
    /* Quotes and escapes arranged so that each bracket is inside a string for every earlier
       one: no match can be reused, each runs to the end, and the scanning budget (64 bytes
       per byte + 1 MiB) ends the search. */
    const QString phases = QStringLiteral("{\"\\\"").repeated(12'500);

    // The 50,000th brace opens an object the answer cuts off (the parser reaches the end).
    QTest::newRow("50,000 { as object")
        << braces << true << QByteArray() << QStringLiteral("never closed");
    QTest::newRow("50,000 { as array")
        << braces << false << QByteArray() << QStringLiteral("no JSON array");
    QTest::newRow("50,000 [ as object")
        << brackets << true << QByteArray() << QStringLiteral("no JSON object");
    // Qt's parser stops at 1,024 levels: each of the first 49,000 needs a parse that goes
    // 1,024 levels deep, more than the budget allows.
    QTest::newRow("50,000 [ as array")
        << brackets << false << QByteArray() << QStringLiteral("Gave up looking for JSON");
    QTest::newRow("{\"a\": 20,000 times as object")
        << keys << true << QByteArray() << QStringLiteral("Gave up looking for JSON");
    QTest::newRow("{\"a\": 20,000 times as array")
        << keys << false << QByteArray() << QStringLiteral("no JSON array");
    QTest::newRow("2 MB of prose, then the object")
        << prose << true << QByteArray("{\"answer\":42}") << QString();
    QTest::newRow("10,000 unclosed strings as object")
        << strings << true << QByteArray() << QStringLiteral("never closed");
    QTest::newRow("10,000 unclosed strings as array")
        << strings << false << QByteArray() << QStringLiteral("no JSON array");
    QTest::newRow("brackets inside strings of every earlier one")
        << phases << true << QByteArray() << QStringLiteral("Gave up looking for JSON");
}

void TestJsonExtractor::hostileAnswers()
{
    QFETCH(QString, text);
    QFETCH(bool, wantObject);
    QFETCH(QByteArray, expected);
    QFETCH(QString, errorMentions);

    QString error;
    JsonExtractor::Effort effort;
    QByteArray found;
    if (wantObject) {
        if (const auto object = JsonExtractor::extractObject(text, &error, &effort))
            found = QJsonDocument(*object).toJson(QJsonDocument::Compact);
    } else {
        if (const auto array = JsonExtractor::extractArray(text, &error, &effort))
            found = QJsonDocument(*array).toJson(QJsonDocument::Compact);
    }
    qInfo("%lld bytes: %lld parse attempts, %lld bytes scanned, %lld bytes parsed",
          qlonglong(text.toUtf8().size()), qlonglong(effort.parseAttempts),
          qlonglong(effort.bytesScanned), qlonglong(effort.bytesParsed));
    if (expected.isEmpty()) {
        QVERIFY2(found.isEmpty(), found.constData());
        QVERIFY(!error.isEmpty());
        QVERIFY2(error.contains(errorMentions), qPrintable(error));
    } else {
        QVERIFY2(!found.isEmpty(), qPrintable(error));
        QCOMPARE(found, normalized(expected));
    }
    /* Linear: bracket matching looks at each byte a few times (once per string phase),
       whatever the nesting, unless the answer is built to defeat that; parsing stays within
       its budget of 8 bytes per byte of the answer (+ 256 KiB) plus the one parse that
       crossed it. */
    const qsizetype size = text.toUtf8().size();
    const qsizetype maxScanned =
        QByteArrayView(QTest::currentDataTag()).startsWith("brackets inside strings")
            ? 64 * size + (1 << 20) + size
            : 4 * size;
    QVERIFY2(effort.bytesScanned <= maxScanned, qPrintable(QString::number(effort.bytesScanned)));
    QVERIFY(effort.bytesParsed <= 8 * size + 256 * 1024 + size);
    QVERIFY(effort.parseAttempts <= 100'000);
}

QTEST_GUILESS_MAIN(TestJsonExtractor)
#include "tst_jsonextractor.moc"
