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

QTEST_GUILESS_MAIN(TestJsonExtractor)
#include "tst_jsonextractor.moc"
