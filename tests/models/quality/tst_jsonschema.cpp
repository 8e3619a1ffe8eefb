#include "models/quality/jsonschema.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>
#include <QtConcurrent/QtConcurrentMap>

#include <numeric>

using namespace Seedbed;

namespace {

/* Any JSON value, scalars included (QJsonDocument only parses objects and arrays). */
QJsonValue json(const QByteArray &text)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson("[" + text + "]", &error);
    if (error.error != QJsonParseError::NoError)
        qFatal("bad test JSON: %s", text.constData());
    return document.array().at(0);
}

JsonSchema schema(const QByteArray &text)
{
    const JsonSchema parsed = JsonSchema::parse(json(text));
    if (!parsed.isValid())
        qWarning("schema error: %s", qPrintable(parsed.error()));
    return parsed;
}

QStringList messages(const QList<JsonSchema::Violation> &violations)
{
    QStringList result;
    for (const JsonSchema::Violation &violation : violations)
        result.append(violation.toString());
    return result;
}

QStringList check(const JsonSchema &s, const QByteArray &instance)
{
    return messages(s.validate(json(instance)));
}

QJsonArray nestedArrays(int depth)
{
    QJsonArray value;
    for (int i = 0; i < depth; ++i) {
        // Not QJsonArray{value}: clang reads braces around one QJsonArray as a copy, so the
        // value never got deeper there (found by the clang sanitizer build).
        QJsonArray outer;
        outer.append(value);
        value = outer;
    }
    return value;
}

} // namespace

class TestJsonSchema : public QObject
{
    Q_OBJECT

private slots:
    void keywords_data();
    void keywords();
    void references_data();
    void references();
    void schemaErrors_data();
    void schemaErrors();
    void acceptsAgreesWithValidate();
    void violationDetails();
    void maxViolations();
    void fromJson();
    void forFields();
    void forFieldTypes();
    void invalidSchemaReportsItself();
    void unicodeLength();
    void deepInstance();
    void deepSchema();
    void exponentialSchemaIsBounded();
    void catastrophicPattern();
    void hugeEnum();
    void concurrentValidation();
    void smallObjectIsFast();
};

void TestJsonSchema::keywords_data()
{
    QTest::addColumn<QByteArray>("schema");
    QTest::addColumn<QByteArray>("instance");
    QTest::addColumn<QStringList>("expected"); // empty: valid

    const QStringList valid;
    const auto row = [](const char *name, const char *s, const char *i, const QStringList &e) {
        QTest::newRow(name) << QByteArray(s) << QByteArray(i) << e;
    };

    // Boolean and empty schemas
    row("true", "true", "{\"a\": 1}", valid);
    row("empty object", "{}", "[1, \"x\", null]", valid);
    row("false", "false", "1", {"no value is allowed here"});
    row("unknown keywords and annotations ignored",
        R"({"format": "email", "title": "t", "description": "d", "default": 1, "examples": [1],
            "x-custom": {"type": "string"}, "contains": {"type": "string"}})",
        "\"not an email\"", valid);

    // type
    row("type string ok", R"({"type": "string"})", "\"a\"", valid);
    row("type string fails", R"({"type": "string"})", "3", {"expected a string, got a number"});
    row("type object fails on array", R"({"type": "object"})", "[]",
        {"expected an object, got an array"});
    row("type null fails on bool", R"({"type": "null"})", "false",
        {"expected null, got a boolean"});
    row("type array of names ok", R"({"type": ["string", "null"]})", "null", valid);
    row("type array of names fails", R"({"type": ["string", "null"]})", "{}",
        {"expected a string or null, got an object"});
    row("type three names", R"({"type": ["boolean", "array", "string"]})", "1",
        {"expected a string, a boolean or an array, got a number"});
    row("integer accepts 3", R"({"type": "integer"})", "3", valid);
    row("integer accepts 3.0", R"({"type": "integer"})", "3.0", valid);
    row("integer accepts 1e3", R"({"type": "integer"})", "1e3", valid);
    row("integer accepts -0", R"({"type": "integer"})", "-0", valid);
    row("integer rejects 2.5", R"({"type": "integer"})", "2.5", {"expected an integer, got 2.5"});
    row("integer rejects string", R"({"type": "integer"})", "\"3\"",
        {"expected an integer, got a string"});
    row("number accepts integer", R"({"type": "number"})", "3", valid);
    row("number accepts fraction", R"({"type": "number"})", "2.5", valid);
    row("number rejects bool", R"({"type": "number"})", "true",
        {"expected a number, got a boolean"});
    row("integer or null rejects fraction", R"({"type": ["integer", "null"]})", "0.5",
        {"expected an integer or null, got 0.5"});

    // const and enum
    row("const ok", R"({"const": "yes"})", "\"yes\"", valid);
    row("const fails", R"({"const": "yes"})", "\"no\"", {"must be \"yes\", got \"no\""});
    row("const number by value", R"({"const": 1})", "1.0", valid);
    row("const object ignores key order", R"({"const": {"a": 1, "b": [1, 2]}})",
        R"({"b": [1, 2], "a": 1})", valid);
    row("const object differs", R"({"const": {"a": 1}})", R"({"a": 2})",
        {"must be {\"a\":1}, got {\"a\":2}"});
    row("const null vs false", R"({"const": null})", "false", {"must be null, got false"});
    row("enum ok", R"({"enum": ["red", "green", 3, null]})", "\"green\"", valid);
    row("enum number ok", R"({"enum": ["red", "green", 3, null]})", "3.0", valid);
    row("enum null ok", R"({"enum": ["red", "green", 3, null]})", "null", valid);
    row("enum fails", R"({"enum": ["red", "green", 3, null]})", "\"blue\"",
        {"\"blue\" is not one of the allowed values: \"red\", \"green\", 3, null"});
    row("enum string is not number", R"({"enum": [3]})", "\"3\"",
        {"\"3\" is not one of the allowed values: 3"});
    row("enum lists ten", R"({"enum": [1,2,3,4,5,6,7,8,9,10,11,12]})", "0",
        {"0 is not one of the allowed values: 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, …"});
    row("enum of objects", R"({"enum": [{"a": 1}, [1]]})", "[1]", valid);
    row("enum of objects fails", R"({"enum": [{"a": 1}, [1, "x"]]})", R"({"a": 2})",
        {"{\"a\":2} is not one of the allowed values: {\"a\":1}, [1,\"x\"]"});
    row("empty enum allows nothing", R"({"enum": []})", "1",
        {"1 is not one of the allowed values: none"});
    row("type failure says only that", R"({"type": "string", "enum": ["a"]})", "1",
        {"expected a string, got a number"});

    // Objects
    const char *person = R"({"type": "object", "required": ["question", "answer"],
        "properties": {"question": {"type": "string"}, "answer": {"type": "string"},
                       "score": {"type": "number", "maximum": 10}}})";
    row("object ok", person, R"({"question": "q", "answer": "a", "score": 10, "extra": 1})", valid);
    row("required missing", person, R"({"answer": "a"})", {"missing required field \"question\""});
    row("required both missing", person, "{}",
        {"missing required field \"question\"", "missing required field \"answer\""});
    row("property wrong type", person, R"({"question": "q", "answer": 4})",
        {"/answer: expected a string, got a number"});
    row("property too large", person, R"({"question": "q", "answer": "a", "score": 11})",
        {"/score: 11 is above the maximum 10"});
    row("several problems", person, R"({"answer": null, "score": 10.5})",
        {"missing required field \"question\"", "/answer: expected a string, got null",
         "/score: 10.5 is above the maximum 10"});
    row("object keywords ignore non-objects", R"({"required": ["a"], "properties": {}})", "\"x\"",
        valid);
    row("additionalProperties false ok",
        R"({"properties": {"a": {}}, "additionalProperties": false})", R"({"a": 1})", valid);
    row("additionalProperties false fails",
        R"({"properties": {"a": {}}, "additionalProperties": false})",
        R"({"a": 1, "b": 2, "c": 3})", {"unexpected field \"b\"", "unexpected field \"c\""});
    row("additionalProperties true", R"({"properties": {"a": {}}, "additionalProperties": true})",
        R"({"b": 2})", valid);
    row("additionalProperties schema",
        R"({"properties": {"a": {}}, "additionalProperties": {"type": "integer"}})",
        R"({"a": "x", "b": 2, "c": "y"})", {"/c: expected an integer, got a string"});
    row("patternProperties", R"({"patternProperties": {"^x-": {"type": "string"}},
                                "additionalProperties": false})",
        R"({"x-a": "ok", "x-b": 1, "y": 2})",
        {"/x-b: expected a string, got a number", "unexpected field \"y\""});
    row("pointer escapes", R"({"additionalProperties": {"type": "string"}})", R"({"a/b~c": 1})",
        {"/a~1b~0c: expected a string, got a number"});
    row("property named false", R"({"properties": {"secret": false}})", R"({"secret": 1})",
        {"/secret: no value is allowed here"});

    // Arrays
    row("items ok", R"({"type": "array", "items": {"type": "integer"}})", "[1, 2, 3]", valid);
    row("items fails", R"({"type": "array", "items": {"type": "integer"}})", "[1, \"2\", 3.5]",
        {"/1: expected an integer, got a string", "/2: expected an integer, got 3.5"});
    row("maxItems ok", R"({"maxItems": 5})", "[1,2,3,4,5]", valid);
    row("maxItems fails", R"({"properties": {"tags": {"maxItems": 5}}})",
        R"({"tags": [1,2,3,4,5,6,7]})", {"/tags: 7 items, at most 5 allowed"});
    row("maxItems 0", R"({"maxItems": 0})", "[1]", {"must be empty"});
    row("minItems ok", R"({"minItems": 2})", "[1, 2]", valid);
    row("minItems fails", R"({"minItems": 3})", "[1, 2]", {"2 items, at least 3 required"});
    row("minItems one item", R"({"minItems": 3})", "[1]", {"1 item, at least 3 required"});
    row("minItems empty", R"({"minItems": 3})", "[]", {"is empty, at least 3 items required"});
    row("minItems 1 empty", R"({"minItems": 1})", "[]", {"must not be empty"});
    row("minItems ignores strings", R"({"minItems": 3})", "\"ab\"", valid);
    row("uniqueItems ok", R"({"uniqueItems": true})", R"([1, "1", [1], {"a": 1}, true, null])",
        valid);
    row("uniqueItems fails", R"({"uniqueItems": true})", R"(["a", "b", "c", "b"])",
        {"items 1 and 3 are the same, but all items must be different"});
    row("uniqueItems numbers by value", R"({"uniqueItems": true})", "[1, 1.0]",
        {"items 0 and 1 are the same, but all items must be different"});
    row("uniqueItems objects by content", R"({"uniqueItems": true})",
        R"([{"a": 1, "b": 2}, {"b": 2, "a": 1}])",
        {"items 0 and 1 are the same, but all items must be different"});
    row("uniqueItems false", R"({"uniqueItems": false})", "[1, 1]", valid);
    row("prefixItems", R"({"prefixItems": [{"type": "string"}, {"type": "integer"}]})",
        R"(["a", "b", "anything"])", {"/1: expected an integer, got a string"});
    row("prefixItems shorter array",
        R"({"prefixItems": [{"type": "string"}, {"type": "integer"}]})", R"(["a"])", valid);
    row("prefixItems with items false",
        R"({"prefixItems": [{"type": "string"}, {"type": "integer"}], "items": false})",
        R"(["a", 1, 2])", {"3 items, at most 2 allowed"});
    row("prefixItems with items schema",
        R"({"prefixItems": [{"type": "string"}], "items": {"type": "boolean"}})",
        R"(["a", true, 1])", {"/2: expected a boolean, got a number"});
    row("draft-07 items array", R"({"items": [{"type": "string"}], "additionalItems": false})",
        R"(["a", 1])", {"2 items, at most 1 allowed"});

    // Nested arrays of objects
    const char *dataset = R"({"type": "object", "required": ["items"], "properties": {"items": {
        "type": "array", "minItems": 1, "items": {"type": "object", "required": ["question", "answer"],
        "properties": {"question": {"type": "string", "minLength": 1},
                       "answer": {"type": "string"},
                       "tags": {"type": "array", "items": {"enum": ["easy", "hard"]}}}}}}})";
    row("nested ok", dataset, R"({"items": [{"question": "q", "answer": "a", "tags": ["easy"]}]})",
        valid);
    row("nested fails", dataset,
        R"({"items": [{"question": "q", "answer": "a"}, {"question": "", "answer": 1},
                      {"question": "q", "answer": "a", "tags": ["easy", "medium"]}, {"answer": "a"}]})",
        {"/items/1/answer: expected a string, got a number", "/items/1/question: must not be empty",
         "/items/2/tags/1: \"medium\" is not one of the allowed values: \"easy\", \"hard\"",
         "/items/3: missing required field \"question\""});
    row("nested empty list", dataset, R"({"items": []})", {"/items: must not be empty"});

    // Strings
    row("minLength ok", R"({"minLength": 2})", "\"ab\"", valid);
    row("minLength fails", R"({"minLength": 10})", "\"abc\"",
        {"3 characters, at least 10 required"});
    row("minLength one character", R"({"minLength": 2})", "\"a\"",
        {"1 character, at least 2 required"});
    row("minLength empty", R"({"minLength": 2})", "\"\"",
        {"is empty, at least 2 characters required"});
    row("minLength 1 empty", R"({"minLength": 1})", "\"\"", {"must not be empty"});
    row("maxLength ok", R"({"maxLength": 3})", "\"abc\"", valid);
    row("maxLength fails", R"({"maxLength": 3})", "\"abcd\"", {"4 characters, at most 3 allowed"});
    row("maxLength 0", R"({"maxLength": 0})", "\"a\"", {"must be empty"});
    row("length ignores numbers", R"({"maxLength": 1})", "12345", valid);
    row("pattern ok", R"({"pattern": "^[0-9]{3}$"})", "\"123\"", valid);
    row("pattern fails", R"({"pattern": "^[0-9]{3}$"})", "\"12a\"",
        {"\"12a\" does not match the pattern ^[0-9]{3}$"});
    row("pattern unanchored", R"({"pattern": "b+"})", "\"abbbc\"", valid);
    row("pattern unanchored fails", R"({"pattern": "b+"})", "\"ac\"",
        {"\"ac\" does not match the pattern b+"});
    row("pattern is case sensitive", R"({"pattern": "^a"})", "\"Abc\"",
        {"\"Abc\" does not match the pattern ^a"});
    row("pattern with unicode", R"({"pattern": "^.{2}$"})", "\"🌱好\"", valid);
    row("pattern value shortened", R"({"pattern": "^x"})",
        "\"aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa\"",
        {"\"aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa…\" does not match the pattern ^x"});
    row("string keywords ignore other types", R"({"pattern": "^a", "minLength": 3})", "[1]", valid);

    // Numbers
    row("minimum ok", R"({"minimum": 0})", "0", valid);
    row("minimum fails", R"({"minimum": 0})", "-1", {"-1 is below the minimum 0"});
    row("maximum ok", R"({"maximum": 10})", "10", valid);
    row("maximum fails", R"({"maximum": 10})", "10.25", {"10.25 is above the maximum 10"});
    row("exclusiveMinimum ok", R"({"exclusiveMinimum": 0})", "0.001", valid);
    row("exclusiveMinimum fails", R"({"exclusiveMinimum": 0})", "0", {"0 must be greater than 0"});
    row("exclusiveMaximum ok", R"({"exclusiveMaximum": 1})", "0.999", valid);
    row("exclusiveMaximum fails", R"({"exclusiveMaximum": 1})", "1", {"1 must be less than 1"});
    row("draft-04 exclusiveMaximum", R"({"maximum": 5, "exclusiveMaximum": true})", "5",
        {"5 must be less than 5"});
    row("draft-04 exclusiveMinimum false", R"({"minimum": 5, "exclusiveMinimum": false})", "5",
        valid);
    row("multipleOf ok", R"({"multipleOf": 5})", "15", valid);
    row("multipleOf fails", R"({"multipleOf": 5})", "7", {"7 is not a multiple of 5"});
    row("multipleOf fraction ok", R"({"multipleOf": 0.1})", "0.3", valid);
    row("multipleOf fraction fails", R"({"multipleOf": 0.1})", "0.35",
        {"0.35 is not a multiple of 0.1"});
    row("multipleOf 0.01 money", R"({"multipleOf": 0.01})", "19.99", valid);
    row("number keywords ignore strings", R"({"minimum": 5})", "\"1\"", valid);
    row("large numbers", R"({"maximum": 1e20})", "1e21", {"1e+21 is above the maximum 1e+20"});

    // Combinators
    row("allOf ok", R"({"allOf": [{"type": "integer"}, {"minimum": 2}]})", "3", valid);
    row("allOf fails", R"({"allOf": [{"type": "integer"}, {"minimum": 2}]})", "1.5",
        {"expected an integer, got 1.5", "1.5 is below the minimum 2"});
    row("anyOf ok", R"({"anyOf": [{"type": "string"}, {"type": "null"}]})", "null", valid);
    row("anyOf fails", R"({"anyOf": [{"type": "string"}, {"type": "null"}]})", "3",
        {"matches none of the allowed alternatives (expected a string, got a number; expected "
         "null, got a number)"});
    row("anyOf nested reasons carry pointers",
        R"({"anyOf": [{"required": ["a"]}, {"properties": {"b": {"type": "string"}}, "required": ["b"]}]})",
        R"({"b": 1})",
        {"matches none of the allowed alternatives (missing required field \"a\"; /b: expected a "
         "string, got a number)"});
    row("anyOf with many alternatives",
        R"({"anyOf": [{"const": 1}, {"const": 2}, {"const": 3}, {"const": 4}]})", "5",
        {"matches none of the allowed alternatives (must be 1, got 5; must be 2, got 5; must be 3, "
         "got 5; …)"});
    row("oneOf ok", R"({"oneOf": [{"type": "integer"}, {"type": "string"}]})", "1", valid);
    row("oneOf two matches", R"({"oneOf": [{"type": "integer"}, {"minimum": 0}]})", "1",
        {"matches alternatives 1 and 2, but must match exactly one"});
    row("oneOf no match", R"({"oneOf": [{"type": "integer"}, {"minimum": 0}]})", "-0.5",
        {"matches none of the allowed alternatives (expected an integer, got -0.5; -0.5 is below "
         "the minimum 0)"});
    row("not ok", R"({"not": {"type": "string"}})", "1", valid);
    row("not fails", R"({"not": {"type": "string"}})", "\"s\"",
        {"is not allowed here: it matches a schema it must not match"});
    row("combinator inside property",
        R"({"properties": {"x": {"anyOf": [{"type": "string"}, {"type": "null"}]}}})",
        R"({"x": true})",
        {"/x: matches none of the allowed alternatives (expected a string, got a boolean; "
         "expected null, got a boolean)"});
}

void TestJsonSchema::keywords()
{
    QFETCH(QByteArray, schema);
    QFETCH(QByteArray, instance);
    QFETCH(QStringList, expected);

    const JsonSchema s = ::schema(schema);
    QVERIFY2(s.isValid(), qPrintable(s.error()));
    QCOMPARE(check(s, instance), expected);
}

void TestJsonSchema::references_data()
{
    QTest::addColumn<QByteArray>("schema");
    QTest::addColumn<QByteArray>("instance");
    QTest::addColumn<QStringList>("expected");

    const char *defs = R"({"$defs": {"name": {"type": "string", "minLength": 1}},
        "type": "object", "properties": {"first": {"$ref": "#/$defs/name"},
                                         "last": {"$ref": "#/$defs/name"}}})";
    QTest::newRow("$defs ok") << QByteArray(defs) << QByteArray(R"({"first": "Ada", "last": "L"})")
                              << QStringList();
    QTest::newRow("$defs fails") << QByteArray(defs) << QByteArray(R"({"first": "", "last": 1})")
                                 << QStringList{"/first: must not be empty",
                                                "/last: expected a string, got a number"};

    const char *definitions = R"({"definitions": {"score": {"type": "integer", "maximum": 10}},
        "items": {"$ref": "#/definitions/score"}})";
    QTest::newRow("definitions") << QByteArray(definitions) << QByteArray("[1, 11, 2.5]")
                                 << QStringList{"/1: 11 is above the maximum 10",
                                                "/2: expected an integer, got 2.5"};

    // A tree: recursion through properties and items is bounded by the value.
    const char *tree = R"({"$defs": {"node": {"type": "object", "required": ["name"],
        "properties": {"name": {"type": "string"},
                       "children": {"type": "array", "items": {"$ref": "#/$defs/node"}}}}},
        "$ref": "#/$defs/node"})";
    QTest::newRow("recursive tree ok")
        << QByteArray(tree)
        << QByteArray(R"({"name": "a", "children": [{"name": "b", "children": [{"name": "c"}]}]})")
        << QStringList();
    QTest::newRow("recursive tree fails")
        << QByteArray(tree)
        << QByteArray(
               R"({"name": "a", "children": [{"name": "b", "children": [{"name": 3}, {}]}]})")
        << QStringList{"/children/0/children/0/name: expected a string, got a number",
                       "/children/0/children/1: missing required field \"name\""};

    QTest::newRow("root reference")
        << QByteArray(R"({"type": ["integer", "array"], "items": {"$ref": "#"}})")
        << QByteArray("[1, [2, [\"x\"]]]")
        << QStringList{"/1/1/0: expected an integer or an array, got a string"};

    QTest::newRow("siblings of $ref apply too")
        << QByteArray(R"({"$defs": {"n": {"type": "number"}}, "$ref": "#/$defs/n", "maximum": 3})")
        << QByteArray("4") << QStringList{"4 is above the maximum 3"};

    QTest::newRow("escaped pointer")
        << QByteArray(R"({"$defs": {"a/b": {"const": 1}, "c~d": {"const": 2}, "e f": {"const": 3}},
            "prefixItems": [{"$ref": "#/$defs/a~1b"}, {"$ref": "#/$defs/c~0d"}, {"$ref": "#/$defs/e%20f"}]})")
        << QByteArray("[1, 2, 4]") << QStringList{"/2: must be 3, got 4"};

    QTest::newRow("reference into properties")
        << QByteArray(
               R"({"properties": {"a": {"type": "string"}, "b": {"$ref": "#/properties/a"}}})")
        << QByteArray(R"({"b": 1})") << QStringList{"/b: expected a string, got a number"};

    QTest::newRow("reference to a boolean schema")
        << QByteArray(
               R"({"$defs": {"never": false}, "properties": {"a": {"$ref": "#/$defs/never"}}})")
        << QByteArray(R"({"a": 1})") << QStringList{"/a: no value is allowed here"};

    QTest::newRow("chain of references")
        << QByteArray(R"({"$defs": {"a": {"$ref": "#/$defs/b"}, "b": {"$ref": "#/$defs/c"},
                                   "c": {"type": "boolean"}}, "$ref": "#/$defs/a"})")
        << QByteArray("1") << QStringList{"expected a boolean, got a number"};
}

void TestJsonSchema::references()
{
    QFETCH(QByteArray, schema);
    QFETCH(QByteArray, instance);
    QFETCH(QStringList, expected);

    const JsonSchema s = ::schema(schema);
    QVERIFY2(s.isValid(), qPrintable(s.error()));
    QCOMPARE(check(s, instance), expected);
}

void TestJsonSchema::schemaErrors_data()
{
    QTest::addColumn<QByteArray>("schema");
    QTest::addColumn<QString>("error");

    QTest::newRow("number") << QByteArray("3") << "a schema must be a JSON object, true or false";
    QTest::newRow("array") << QByteArray("[]") << "a schema must be a JSON object, true or false";
    QTest::newRow("property schema a string")
        << QByteArray(R"({"properties": {"a": "string"}})")
        << "/properties/a: a schema must be a JSON object, true or false";
    QTest::newRow("unknown type") << QByteArray(R"({"type": "text"})")
                                  << "/type: unknown type \"text\"";
    QTest::newRow("unknown type in array")
        << QByteArray(R"({"type": ["string", "int"]})") << "/type/1: unknown type \"int\"";
    QTest::newRow("type not a name")
        << QByteArray(R"({"type": 5})") << "/type: a type must be a name such as \"string\"";
    QTest::newRow("empty type array")
        << QByteArray(R"({"type": []})") << "/type: must name at least one type";
    QTest::newRow("minimum a string") << QByteArray(R"({"properties": {"age": {"minimum": "0"}}})")
                                      << "/properties/age/minimum: must be a number";
    QTest::newRow("maxLength negative")
        << QByteArray(R"({"maxLength": -1})") << "/maxLength: must be a whole number, 0 or more";
    QTest::newRow("minItems fraction")
        << QByteArray(R"({"minItems": 1.5})") << "/minItems: must be a whole number, 0 or more";
    QTest::newRow("multipleOf zero")
        << QByteArray(R"({"multipleOf": 0})") << "/multipleOf: must be a number greater than 0";
    QTest::newRow("required not strings")
        << QByteArray(R"({"required": ["a", 1]})") << "/required: must be an array of field names";
    QTest::newRow("required a string")
        << QByteArray(R"({"required": "a"})") << "/required: must be an array of field names";
    QTest::newRow("enum not array")
        << QByteArray(R"({"enum": "a"})") << "/enum: must be an array of values";
    QTest::newRow("uniqueItems string")
        << QByteArray(R"({"uniqueItems": "yes"})") << "/uniqueItems: must be true or false";
    QTest::newRow("anyOf empty") << QByteArray(R"({"anyOf": []})")
                                 << "/anyOf: must be a non-empty array of schemas";
    QTest::newRow("oneOf object") << QByteArray(R"({"oneOf": {}})")
                                  << "/oneOf: must be a non-empty array of schemas";
    QTest::newRow("allOf bad member") << QByteArray(R"({"allOf": [{}, 1]})")
                                      << "/allOf/1: a schema must be a JSON object, true or false";
    QTest::newRow("items bad") << QByteArray(R"({"items": {"items": null}})")
                               << "/items/items: a schema must be a JSON object, true or false";
    QTest::newRow("bad pattern")
        << QByteArray(R"({"pattern": "a("})")
        << "/pattern: the pattern is not a valid regular expression: missing "
           "closing parenthesis (at character 2)";
    QTest::newRow("pattern too long")
        << QByteArray("{\"pattern\": \"" + QByteArray(1001, 'a') + "\"}")
        << "/pattern: the pattern is longer than 1000 characters";
    QTest::newRow("bad patternProperties key") << QByteArray(R"({"patternProperties": {"[": {}}})")
                                               << "/patternProperties/[: the pattern is not a "
                                                  "valid regular expression: missing terminating "
                                                  "] for character class (at character 1)";
    QTest::newRow("$defs entry broken") << QByteArray(R"({"$defs": {"unused": {"minimum": true}}})")
                                        << "/$defs/unused/minimum: must be a number";
    QTest::newRow("$ref missing") << QByteArray(
                                         R"({"properties": {"a": {"$ref": "#/$defs/nope"}}})")
                                  << "/properties/a/$ref: \"#/$defs/nope\" points at nothing";
    QTest::newRow("$ref external")
        << QByteArray(R"({"$ref": "other.json#/a"})")
        << "/$ref: \"other.json#/a\" points outside this schema; only references such as "
           "\"#/$defs/name\" are supported";
    QTest::newRow("$ref anchor")
        << QByteArray(R"({"$ref": "#thing"})")
        << "/$ref: \"#thing\" names an anchor, which is not supported; use "
           "a JSON pointer such as \"#/$defs/name\"";
    QTest::newRow("$ref not a schema")
        << QByteArray(R"({"required": ["a"], "$ref": "#/required"})")
        << "/$ref: \"#/required\" points at something that is not a schema";
    QTest::newRow("$ref not a string") << QByteArray(R"({"$ref": 1})") << "/$ref: must be a string";

    const QString cycle = "the schema refers back to itself (through $ref, allOf, anyOf, oneOf or "
                          "not) without descending into the value, so checking would never end";
    QTest::newRow("$ref to itself") << QByteArray(R"({"$ref": "#"})") << cycle;
    QTest::newRow("$ref cycle through $defs")
        << QByteArray(R"({"$defs": {"a": {"$ref": "#/$defs/b"}, "b": {"$ref": "#/$defs/a"}},
                          "properties": {"x": {"$ref": "#/$defs/a"}}})")
        << "/$defs/a: " + cycle;
    QTest::newRow("cycle through anyOf")
        << QByteArray(R"({"$defs": {"a": {"anyOf": [{"type": "string"}, {"$ref": "#/$defs/a"}]}}})")
        << "/$defs/a: " + cycle;
    QTest::newRow("cycle through not") << QByteArray(R"({"not": {"$ref": "#"}})") << cycle;
}

void TestJsonSchema::schemaErrors()
{
    QFETCH(QByteArray, schema);
    QFETCH(QString, error);

    const JsonSchema s = JsonSchema::parse(json(schema));
    QVERIFY(!s.isValid());
    QCOMPARE(s.error(), error);
}

void TestJsonSchema::acceptsAgreesWithValidate()
{
    const JsonSchema s = schema(R"({"type": "object", "required": ["a"],
        "properties": {"a": {"oneOf": [{"type": "integer"}, {"type": "string"}]}}})");
    QVERIFY(s.accepts(json(R"({"a": 1})")));
    QVERIFY(s.accepts(json(R"({"a": "x"})")));
    QVERIFY(!s.accepts(json(R"({"a": 1.5})")));
    QVERIFY(!s.accepts(json("{}")));
    QVERIFY(!s.accepts(json("[]")));
    QVERIFY(!JsonSchema().accepts(json("{}")));
}

void TestJsonSchema::violationDetails()
{
    const JsonSchema s = schema(R"({"properties": {"items": {"items": {"properties": {"answer":
        {"type": "string"}}}}}})");
    const QList<JsonSchema::Violation> violations =
        s.validate(json(R"({"items": [{}, {}, {"answer": false}]})"));
    QCOMPARE(violations.size(), 1);
    QCOMPARE(violations.first().pointer, QStringLiteral("/items/2/answer"));
    QCOMPARE(violations.first().message, QStringLiteral("expected a string, got a boolean"));
    QCOMPARE(violations.first().toString(),
             QStringLiteral("/items/2/answer: expected a string, got a boolean"));

    const QList<JsonSchema::Violation> atRoot =
        schema(R"({"required": ["q"]})").validate(json("{}"));
    QCOMPARE(atRoot.size(), 1);
    QCOMPARE(atRoot.first().pointer, QString());
    QCOMPARE(atRoot.first().toString(), QStringLiteral("missing required field \"q\""));
}

void TestJsonSchema::maxViolations()
{
    const JsonSchema s = schema(R"({"items": {"type": "string"}})");
    const QJsonValue numbers =
        json("[1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, "
             "19, 20, 21, 22, 23, 24, 25]");
    QCOMPARE(s.validate(numbers).size(), 20);
    QCOMPARE(s.validate(numbers, 3).size(), 3);
    QCOMPARE(s.validate(numbers, 3).last().pointer, QStringLiteral("/2"));
    QCOMPARE(s.validate(numbers, 0).size(), 1); // one is always reported
    QCOMPARE(s.validate(numbers, 100).size(), 25);
}

void TestJsonSchema::fromJson()
{
    const JsonSchema object = JsonSchema::fromJson(R"({"type": "string"})");
    QVERIFY(object.isValid());
    QVERIFY(object.error().isEmpty());
    QVERIFY(object.accepts(QJsonValue(QStringLiteral("x"))));
    QVERIFY(!object.accepts(QJsonValue(1)));

    QVERIFY(JsonSchema::fromJson(" true\n").accepts(QJsonValue(1)));
    const JsonSchema never = JsonSchema::fromJson("false");
    QVERIFY(never.isValid());
    QVERIFY(!never.accepts(QJsonValue(1)));

    const JsonSchema broken = JsonSchema::fromJson(R"({"type": "string",})");
    QVERIFY(!broken.isValid());
    QVERIFY2(broken.error().startsWith(QStringLiteral("the schema is not valid JSON: ")),
             qPrintable(broken.error()));

    const JsonSchema array = JsonSchema::fromJson("[{}]");
    QVERIFY(!array.isValid());
    QCOMPARE(array.error(), QStringLiteral("a schema must be a JSON object, true or false"));
}

void TestJsonSchema::forFields()
{
    const JsonSchema s = JsonSchema::forFields({"question", "answer"});
    QVERIFY2(s.isValid(), qPrintable(s.error()));
    QCOMPARE(check(s, R"({"question": "q", "answer": "a", "other": 1})"), QStringList());
    QCOMPARE(check(s, R"({"answer": ""})"),
             QStringList({"missing required field \"question\"", "/answer: must not be empty"}));
    QCOMPARE(check(s, R"({"question": 1, "answer": "a"})"),
             QStringList{"/question: expected a string, got a number"});
    QCOMPARE(check(s, "[]"), QStringList{"expected an object, got an array"});

    QCOMPARE(check(JsonSchema::forFields({}), "{}"), QStringList());
}

void TestJsonSchema::forFieldTypes()
{
    const JsonSchema s = JsonSchema::forFieldTypes({{"name", "string"},
                                                    {"age", "integer"},
                                                    {"score", "number"},
                                                    {"ok", "boolean"},
                                                    {"tags", "array"},
                                                    {"meta", "object"}});
    QVERIFY2(s.isValid(), qPrintable(s.error()));
    QCOMPARE(
        check(s, R"({"name": "n", "age": 3, "score": 0.5, "ok": true, "tags": [], "meta": {}})"),
        QStringList());
    QCOMPARE(check(s, R"({"name": "n", "age": 3.5, "score": "high", "ok": 1, "tags": {}})"),
             QStringList({"missing required field \"meta\"", "/age: expected an integer, got 3.5",
                          "/ok: expected a boolean, got a number",
                          "/score: expected a number, got a string",
                          "/tags: expected an array, got an object"}));

    const JsonSchema bad = JsonSchema::forFieldTypes({{"when", "date"}});
    QVERIFY(!bad.isValid());
    QCOMPARE(bad.error(), QStringLiteral("/properties/when/type: unknown type \"date\""));
}

void TestJsonSchema::invalidSchemaReportsItself()
{
    const JsonSchema bad = schema(R"({"type": "strng"})");
    QCOMPARE(messages(bad.validate(json("\"x\""))),
             QStringList{"the schema cannot be used: /type: unknown type \"strng\""});
    QCOMPARE(messages(JsonSchema().validate(json("1"))),
             QStringList{"there is no schema to check against"});
    QVERIFY(!JsonSchema().isValid());
}

void TestJsonSchema::unicodeLength()
{
    const JsonSchema s = schema(R"({"minLength": 3, "maxLength": 3})");
    QCOMPARE(check(s, "\"🌱🌱🌱\""), QStringList()); // 6 UTF-16 units, 3 code points
    QCOMPARE(check(s, "\"春天来\""), QStringList());
    QCOMPARE(check(s, "\"é🌱好\""), QStringList());
    QCOMPARE(check(s, "\"🌱🌱\""), QStringList{"2 characters, at least 3 required"});
    QCOMPARE(check(s, "\"🌱🌱🌱🌱\""), QStringList{"4 characters, at most 3 allowed"});
    QCOMPARE(check(s, "\"春天来了\""), QStringList{"4 characters, at most 3 allowed"});
    QCOMPARE(check(schema(R"({"maxLength": 1})"), "\"😀\""), QStringList());
    // A lone surrogate counts as one code point.
    QCOMPARE(schema(R"({"maxLength": 1})").validate(QJsonValue(QString(QChar(0xD83C)))).size(), 0);
}

void TestJsonSchema::deepInstance()
{
    const QJsonArray deep = nestedArrays(10000);

    // A schema that does not recurse looks only as deep as it goes.
    QVERIFY(schema(R"({"type": "array", "items": {"type": "array"}})").accepts(deep));
    QVERIFY(schema(R"({"uniqueItems": true})").accepts(QJsonArray{deep, 1}));
    QVERIFY(!schema(R"({"uniqueItems": true})").accepts(QJsonArray{1, 1}));

    // A recursive one stops at the depth limit with a violation instead of running out of stack.
    const JsonSchema recursive = schema(R"({"type": "array", "items": {"$ref": "#"}})");
    const QList<JsonSchema::Violation> violations = recursive.validate(deep);
    QCOMPARE(violations.size(), 1);
    QCOMPARE(violations.first().message,
             QStringLiteral("nested too deeply to check (more than 200 levels)"));
    QVERIFY(violations.first().pointer.startsWith(QStringLiteral("/0/0/0/")));
    QVERIFY(!recursive.accepts(deep));
    QVERIFY(recursive.accepts(nestedArrays(50)));

    // Comparing deep values (const, enum, uniqueItems) does not recurse without end either.
    const JsonSchema constant = JsonSchema::parse(QJsonObject{{"const", deep}});
    QVERIFY(constant.isValid());
    QCOMPARE(constant.validate(deep).size(), 1); // too deep to tell equal: not accepted
    QVERIFY(!schema(R"({"uniqueItems": true})").accepts(QJsonArray{deep, deep, 1, 1}));
}

void TestJsonSchema::deepSchema()
{
    QJsonObject deep{{"type", "string"}};
    for (int i = 0; i < 10000; ++i)
        deep = QJsonObject{{"items", deep}};
    const JsonSchema s = JsonSchema::parse(deep);
    QVERIFY(!s.isValid());
    QVERIFY2(s.error().endsWith(QStringLiteral("schemas are nested more than 200 levels deep")),
             qPrintable(s.error().right(100)));

    QJsonObject fine{{"type", "string"}};
    for (int i = 0; i < 100; ++i)
        fine = QJsonObject{{"items", fine}};
    QVERIFY(JsonSchema::parse(fine).isValid());
}

void TestJsonSchema::exponentialSchemaIsBounded()
{
    // Each level has two alternatives that both lead to the next: 2^40 paths, no cycle.
    QJsonObject defs;
    constexpr int levels = 40;
    for (int i = 0; i < levels; ++i) {
        const QString next = QStringLiteral("#/$defs/l%1").arg(i + 1);
        defs.insert(QStringLiteral("l%1").arg(i),
                    QJsonObject{{"anyOf", QJsonArray{QJsonObject{{"$ref", next}},
                                                     QJsonObject{{"$ref", next}}}}});
    }
    defs.insert(QStringLiteral("l%1").arg(levels), QJsonObject{{"type", "string"}});
    const JsonSchema s = JsonSchema::parse(QJsonObject{{"$defs", defs}, {"$ref", "#/$defs/l0"}});
    QVERIFY2(s.isValid(), qPrintable(s.error()));

    QVERIFY(s.accepts(QJsonValue(QStringLiteral("ok")))); // the first path succeeds at once
    QElapsedTimer timer;
    timer.start();
    const QList<JsonSchema::Violation> violations = s.validate(QJsonValue(1));
    qInfo("%lld ms", qint64(timer.elapsed())); // a hang would hit the test timeout
    QVERIFY(!violations.isEmpty());
    QCOMPARE(violations.last().toString(),
             QStringLiteral("the schema is too complex to check this value completely (more than "
                            "2000000 steps)"));
    QVERIFY(!s.accepts(QJsonValue(1)));
}

void TestJsonSchema::catastrophicPattern()
{
    const JsonSchema s = schema(R"({"pattern": "^(a+)+$"})");
    QVERIFY(s.isValid());
    QVERIFY(s.accepts(QJsonValue(QStringLiteral("aaaa"))));
    QElapsedTimer timer;
    timer.start();
    // Exponential backtracking; PCRE2's match limit ends it and the value counts as failing.
    const QString hostile = QString(40, u'a') + u'!';
    QCOMPARE(s.validate(hostile).size(), 1);
    qInfo("%lld ms", qint64(timer.elapsed())); // a hang would hit the test timeout
}

void TestJsonSchema::hugeEnum()
{
    QJsonArray values;
    for (int i = 0; i < 100000; ++i)
        values.append(QStringLiteral("value %1").arg(i));
    values.append(42);
    const JsonSchema s = JsonSchema::parse(QJsonObject{{"enum", values}});
    QVERIFY(s.isValid());
    QElapsedTimer timer;
    timer.start();
    for (int i = 0; i < 1000; ++i) {
        QVERIFY(s.accepts(QJsonValue(QStringLiteral("value %1").arg(i * 97))));
        QVERIFY(!s.accepts(QJsonValue(QStringLiteral("value x%1").arg(i))));
    }
    QVERIFY(s.accepts(QJsonValue(42)));
    qInfo("%lld ms", qint64(timer.elapsed())); // a hang would hit the test timeout
    const QList<JsonSchema::Violation> violations = s.validate(QJsonValue(QStringLiteral("nope")));
    QCOMPARE(violations.size(), 1);
    QVERIFY(violations.first().message.endsWith(QStringLiteral("\"value 9\", …")));
}

void TestJsonSchema::concurrentValidation()
{
    const JsonSchema s = schema(R"({"type": "object", "required": ["id"], "properties": {
        "id": {"type": "integer", "minimum": 0}, "code": {"pattern": "^[a-z]+[0-9]*$"},
        "kind": {"$ref": "#/$defs/kind"}}, "$defs": {"kind": {"enum": ["a", "b"]}}})");
    QVERIFY(s.isValid());
    QList<int> ids(2000);
    std::iota(ids.begin(), ids.end(), 0);
    const QList<int> counts = QtConcurrent::blockingMapped(ids, [s](int id) {
        const QJsonObject record{
            {"id", id % 3 == 0 ? -id - 1 : id},
            {"code", id % 5 == 0 ? QStringLiteral("X") : QStringLiteral("ab1")},
            {"kind", id % 7 == 0 ? QStringLiteral("c") : QStringLiteral("a")}};
        return int(s.validate(record).size());
    });
    for (int id = 0; id < ids.size(); ++id)
        QCOMPARE(counts.at(id), int(id % 3 == 0) + int(id % 5 == 0) + int(id % 7 == 0));
}

void TestJsonSchema::smallObjectIsFast()
{
    const JsonSchema s = schema(R"({"type": "object", "required": ["question", "answer"],
        "additionalProperties": false, "properties": {
        "question": {"type": "string", "minLength": 1, "maxLength": 2000},
        "answer": {"type": "string", "minLength": 1, "pattern": "\\S"},
        "difficulty": {"enum": ["easy", "medium", "hard"]},
        "score": {"type": "number", "minimum": 0, "maximum": 10},
        "tags": {"type": "array", "maxItems": 5, "uniqueItems": true, "items": {"type": "string"}}}})");
    QVERIFY(s.isValid());
    const QJsonValue record = json(R"({"question": "What grows from a seed?", "answer": "A plant.",
        "difficulty": "easy", "score": 7.5, "tags": ["botany", "kids"]})");
    constexpr int rounds = 20000;
    QElapsedTimer timer;
    timer.start();
    for (int i = 0; i < rounds; ++i)
        QVERIFY(s.validate(record).isEmpty());
    const double micros = double(timer.nsecsElapsed()) / 1000.0 / rounds;
    qInfo("validating a small record: %.2f µs (timings are reported, never asserted)", micros);
}

QTEST_GUILESS_MAIN(TestJsonSchema)
#include "tst_jsonschema.moc"
