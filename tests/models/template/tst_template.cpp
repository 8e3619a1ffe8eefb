#include "models/template/template.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QTest>
#include <QtConcurrent>

#include <algorithm>
#include <numeric>

using namespace Seedbed;

namespace {

QString readText(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return QString();
    return QString::fromUtf8(file.readAll());
}

QJsonObject object(const char *json)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(QByteArray(json), &error);
    if (error.error != QJsonParseError::NoError)
        qWarning("bad JSON in the test: %s", qPrintable(error.errorString()));
    return document.object();
}

QString joined(const QList<TemplateError> &errors)
{
    QStringList lines;
    for (const TemplateError &error : errors)
        lines.append(error.toString());
    return lines.join(QLatin1Char('\n'));
}

QString goldenDirectory()
{
    return QStringLiteral(SEEDBED_TEST_DATA "/template/golden");
}

} // namespace

class TestTemplate : public QObject
{
    Q_OBJECT

private slots:
    void golden_data();
    void golden();
    void goldenFilesPresent();
    void renders_data();
    void renders();
    void parseErrors_data();
    void parseErrors();
    void severalErrorsInOnePass();
    void unclosedTagAfterAnotherError();
    void errorsAreCapped();
    void variables();
    void variablesOfInvalidTemplate();
    void undefinedWarnings();
    void typeWarnings();
    void strictMode();
    void invalidTemplateDoesNotRender();
    void depthLimit_data();
    void depthLimit();
    void longFlatChainsAreFine();
    void outputAndStepLimits();
    void hostileInput_data();
    void hostileInput();
    void randomInput();
    void sharedAndThreadSafe();
    void defaultConstructed();
    void filterNames();
    void errorToString();
};

void TestTemplate::golden_data()
{
    QTest::addColumn<QString>("base");
    const QDir dir(goldenDirectory());
    const QStringList templates =
        dir.entryList({QStringLiteral("*.tmpl")}, QDir::Files, QDir::Name);
    for (const QString &name : templates) {
        const QString base = name.chopped(5);
        QTest::newRow(qPrintable(base)) << dir.filePath(base);
    }
}

void TestTemplate::golden()
{
    QFETCH(QString, base);
    const QString source = readText(base + QStringLiteral(".tmpl"));
    const QString json = readText(base + QStringLiteral(".json"));
    const QString expected = readText(base + QStringLiteral(".out"));
    QVERIFY2(QFile::exists(base + QStringLiteral(".out")), "missing .out");
    QJsonParseError error;
    const QJsonObject context = QJsonDocument::fromJson(json.toUtf8(), &error).object();
    QCOMPARE(error.error, QJsonParseError::NoError);

    const Template parsed = Template::parse(source);
    QVERIFY2(parsed.isValid(), qPrintable(joined(parsed.errors())));
    QList<TemplateError> diagnostics;
    bool ok = false;
    const QString output = parsed.render(context, {}, &diagnostics, &ok);
    QVERIFY(ok);
    QCOMPARE(output, expected);

    const QString warningsFile = base + QStringLiteral(".warnings");
    const QString expectedWarnings =
        QFile::exists(warningsFile) ? readText(warningsFile).trimmed() : QString();
    QCOMPARE(joined(diagnostics), expectedWarnings);
}

void TestTemplate::goldenFilesPresent()
{
    const QDir dir(goldenDirectory());
    const QStringList templates = dir.entryList({QStringLiteral("*.tmpl")}, QDir::Files);
    QVERIFY2(templates.size() >= 12, qPrintable(dir.path()));
    for (const QString &name : templates) {
        QVERIFY2(QFile::exists(dir.filePath(name.chopped(5) + QStringLiteral(".json"))),
                 qPrintable(name));
        QVERIFY2(QFile::exists(dir.filePath(name.chopped(5) + QStringLiteral(".out"))),
                 qPrintable(name));
    }
}

void TestTemplate::renders_data()
{
    QTest::addColumn<QString>("source");
    QTest::addColumn<QByteArray>("context");
    QTest::addColumn<QString>("expected");

    QTest::newRow("plain text") << "no tags at all { } %} }}" << QByteArray("{}")
                                << "no tags at all { } %} }}";
    QTest::newRow("empty") << "" << QByteArray("{}") << "";
    QTest::newRow("lone brace at the end") << "a {" << QByteArray("{}") << "a {";
    QTest::newRow("percent signs are not arg markers")
        << "{{ \"%1 %2\" }} {{ x }}" << QByteArray(R"({"x": "%1"})") << "%1 %2 %1";
    QTest::newRow("missing renders empty") << "[{{ nope }}]" << QByteArray("{}") << "[]";
    QTest::newRow("null renders empty") << "[{{ x }}]" << QByteArray(R"({"x": null})") << "[]";
    QTest::newRow("booleans") << "{{ t }} {{ f }}" << QByteArray(R"({"t": true, "f": false})")
                              << "true false";
    QTest::newRow("integral double") << "{{ x }}" << QByteArray(R"({"x": 2.0})") << "2";
    QTest::newRow("small double") << "{{ x }}" << QByteArray(R"({"x": 0.1})") << "0.1";
    QTest::newRow("index out of range")
        << "[{{ xs[5] }}{{ xs.9 }}]" << QByteArray(R"({"xs": [1]})") << "[]";
    QTest::newRow("negative index") << "{{ xs[-2] }}" << QByteArray(R"({"xs": [1, 2, 3]})") << "2";
    QTest::newRow("string index by code point")
        << "{{ s[1] }}{{ s[-1] }}" << QByteArray(R"({"s": "héllo🌱"})") << "é🌱";
    QTest::newRow("numeric key of an object")
        << "{{ o.1 }}{{ o[2] }}" << QByteArray(R"({"o": {"1": "a", "2": "b"}})") << "ab";
    QTest::newRow("attribute of a string is undefined")
        << "[{{ s.length }}]" << QByteArray(R"({"s": "abc"})") << "[]";
    QTest::newRow("loop outside a loop is a field")
        << "{{ loop.index }}" << QByteArray(R"({"loop": {"index": 7}})") << "7";
    QTest::newRow("outer loop variable in an inner loop")
        << "{% for a in xs %}{% for b in ys %}{{ a }}{{ b }},{% endfor %}{% endfor %}"
        << QByteArray(R"({"xs": [1, 2], "ys": ["x", "y"]})") << "1x,1y,2x,2y,";
    QTest::newRow("loop refers to the innermost loop")
        << "{% for a in xs %}{% for b in ys %}{{ loop.length }}{% endfor %}{{ loop.length }};"
           "{% endfor %}"
        << QByteArray(R"({"xs": [1, 2], "ys": [1, 2, 3]})") << "3332;3332;";
    QTest::newRow("loop variable shadows a field")
        << "{{ x }}{% for x in xs %}{{ x }}{% endfor %}{{ x }}"
        << QByteArray(R"({"x": "f", "xs": [1, 2]})") << "f12f";
    QTest::newRow("loop over null is empty")
        << "{% for x in n %}x{% else %}none{% endfor %}" << QByteArray(R"({"n": null})") << "none";
    QTest::newRow("object keys in order") << "{% for k in o %}{{ k }}{% endfor %}"
                                          << QByteArray(R"({"o": {"b": 1, "a": 2}})") << "ab";
    QTest::newRow("big integers are exact")
        << "{{ 9007199254740993 }} {{ id }}" << QByteArray(R"({"id": 9007199254740993})")
        << "9007199254740993 9007199254740993";
    QTest::newRow("int truncates toward zero")
        << "{{ -1.5 | int }} {{ 1.5 | int }}" << QByteArray("{}") << "-1 1";
    QTest::newRow("truncate shorter than the end")
        << "{{ \"abcdef\" | truncate(2) }}" << QByteArray("{}") << "...";
    QTest::newRow("truncate with leeway")
        << "{{ \"abcdefgh\" | truncate(6, leeway=2) }}|{{ \"abcdefghi\" | truncate(6, true, "
           "leeway=2) }}"
        << QByteArray("{}") << "abcdefgh|abc...";
    QTest::newRow("truncate keeps surrogate pairs")
        << "{{ s | truncate(2, true, \"\") }}" << QByteArray(R"({"s": "🌱🌿🍀"})") << "🌱🌿";
    QTest::newRow("replace with an empty pattern changes nothing")
        << "{{ \"abc\" | replace(\"\", \"-\") }}" << QByteArray("{}") << "abc";
    QTest::newRow("join of objects prints JSON")
        << "{{ xs | join(\"; \") }}" << QByteArray(R"({"xs": [{"a": 1}, null, [2]]})")
        << "{\"a\": 1}; ; [2]";
    QTest::newRow("first and last of empty")
        << "[{{ xs | first }}{{ xs | last }}]" << QByteArray(R"({"xs": []})") << "[]";
    QTest::newRow("default keeps false unless boolean")
        << "{{ f | default(\"x\") }} {{ f | default(\"x\", true) }}"
        << QByteArray(R"({"f": false})") << "false x";
    QTest::newRow("default replaces null")
        << "{{ n | default(\"x\") }}" << QByteArray(R"({"n": null})") << "x";
    QTest::newRow("json of a string with control characters")
        << "{{ s | json }}" << QByteArray(R"({"s": "a\u0001b"})") << "\"a\\u0001b\"";
    QTest::newRow("json of empty containers")
        << "{{ [] | json }} {{ o | json }}" << QByteArray(R"({"o": {}})") << "[] {}";
    QTest::newRow("in with a missing key")
        << "{{ \"k\" in o }}" << QByteArray(R"({"o": {}})") << "false";
    QTest::newRow("integer and double compare as numbers")
        << "{{ 1 == 1.0 }} {{ 2 > 1.5 }} {{ x == 3 }}" << QByteArray(R"({"x": 3.0})")
        << "true true true";
    QTest::newRow("lists compare by value") << "{{ xs == [1, \"a\"] }} {{ xs != [1] }}"
                                            << QByteArray(R"({"xs": [1, "a"]})") << "true true";
    QTest::newRow("Unicode names")
        << "{{ 名字 }}-{{ données.clé }}"
        << QByteArray(R"({"名字": "小苗", "données": {"clé": 1}})") << "小苗-1";
    QTest::newRow("tags span lines") << "{{\n  name\n  | upper\n}}{%\nif true\n%}!{% endif %}"
                                     << QByteArray(R"({"name": "ada"})") << "ADA!";
    QTest::newRow("CRLF text is kept") << "a\r\n{{ x }}\r\n"
                                       << QByteArray(R"({"x": 1})") << "a\r\n1\r\n";
    QTest::newRow("trim markers strip CRLF")
        << "a  \r\n  {{- x -}}  \r\n  b" << QByteArray(R"({"x": 1})") << "a1b";
    QTest::newRow("trailing newline is kept") << "x\n" << QByteArray("{}") << "x\n";
    QTest::newRow("unclosed raw is an error, closed raw keeps everything")
        << "{% raw %}{{ a }}{% if %}{%endraw%}" << QByteArray("{}") << "{{ a }}{% if %}";
    QTest::newRow("comment directly before a tag")
        << "{# c #}{{ 1 }}{#- c -#}  {{ 2 }}" << QByteArray("{}") << "12";
}

void TestTemplate::renders()
{
    QFETCH(QString, source);
    QFETCH(QByteArray, context);
    QFETCH(QString, expected);
    const Template parsed = Template::parse(source);
    QVERIFY2(parsed.isValid(), qPrintable(joined(parsed.errors())));
    bool ok = false;
    QCOMPARE(parsed.render(object(context.constData()), {}, nullptr, &ok), expected);
    QVERIFY(ok);
}

void TestTemplate::parseErrors_data()
{
    QTest::addColumn<QString>("source");
    QTest::addColumn<QString>("message");
    QTest::addColumn<int>("line");
    QTest::addColumn<int>("column");
    QTest::addColumn<int>("offset");
    QTest::addColumn<int>("length");

    QTest::newRow("expected %} after endif")
        << "one\ntwo\n{% if x %}{% endif x %}"
        << "expected '%}' after 'endif', found 'x'" << 3 << 20 << 27 << 1;
    QTest::newRow("unknown filter")
        << "Hello {{ name | uppr }}"
        << "unknown filter 'uppr' — did you mean 'upper'?" << 1 << 17 << 16 << 4;
    QTest::newRow("unknown filter without suggestion")
        << "{{ name | frobnicate }}"
        << "unknown filter 'frobnicate'" << 1 << 11 << 10 << 10;
    QTest::newRow("for never closed")
        << "Line one\n{% for x in xs %}\n{{ x }}\n"
        << "'{% for %}' opened at line 2 is never closed" << 2 << 1 << 9 << 6;
    QTest::newRow("if never closed")
        << "{% if a %}\n\n"
        << "'{% if %}' opened at line 1 is never closed" << 1 << 1 << 0 << 5;
    QTest::newRow("if closed by endfor")
        << "{% for x in xs %}\n  {% if x %}{% endfor %}"
        << "'{% if %}' opened at line 2 is never closed" << 2 << 3 << 20 << 5;
    QTest::newRow("print never closed")
        << "Hi {{ name"
        << "'{{' opened at line 1 is never closed; expected '}}'" << 1 << 4 << 3 << 2;
    QTest::newRow("print closed by the next tag")
        << "{{ a {{ b }}"
        << "'{{' opened at line 1 is never closed; expected '}}'" << 1 << 1 << 0 << 2;
    QTest::newRow("block never closed")
        << "x\n{% if a %}{% endif"
        << "'{%' opened at line 2 is never closed; expected '%}'" << 2 << 11 << 12 << 2;
    QTest::newRow("comment never closed")
        << "x {# note"
        << "'{#' opened at line 1 is never closed; expected '#}'" << 1 << 3 << 2 << 2;
    QTest::newRow("raw never closed") << "{% raw %}abc"
                                      << "'{% raw %}' opened at line 1 is "
                                         "never closed"
                                      << 1 << 1 << 0 << 9;
    QTest::newRow("wrong closing delimiter")
        << "{{ a %}"
        << "'{{' must be closed with '}}', not '%}'" << 1 << 6 << 5 << 2;
    QTest::newRow("unterminated string") << "{{ \"abc }}"
                                         << "the string is never closed" << 1 << 4 << 3 << 1;
    QTest::newRow("empty print") << "{{ }}"
                                 << "expected an expression, found '}}'" << 1 << 4 << 3 << 2;
    QTest::newRow("missing condition") << "{% if %}{% endif %}"
                                       << "expected an expression, found '%}'" << 1 << 7 << 6 << 2;
    QTest::newRow("unknown tag") << "{% endfro %}"
                                 << "unknown tag 'endfro' — did you mean 'endfor'?" << 1 << 4 << 3
                                 << 6;
    QTest::newRow("unsupported tag") << "{% set x = 1 %}"
                                     << "the '{% set %}' tag is not supported" << 1 << 4 << 3 << 3;
    QTest::newRow("missing tag name") << "{% 'x' %}"
                                      << "expected a tag name after '{%', found "
                                         "''x''"
                                      << 1 << 4 << 3 << 3;
    QTest::newRow("stray endif") << "a{% endif %}"
                                 << "'endif' without a matching '{% if %}'" << 1 << 2 << 1 << 8;
    QTest::newRow("stray endfor") << "{% endfor %}"
                                  << "'endfor' without a matching '{% for %}'" << 1 << 1 << 0 << 9;
    QTest::newRow("stray else") << "{% else %}"
                                << "'else' outside '{% if %}' or '{% for %}'" << 1 << 1 << 0 << 7;
    QTest::newRow("elif after else") << "{% if a %}{% else %}{% elif b %}{% endif %}"
                                     << "'elif' cannot follow 'else'" << 1 << 24 << 23 << 4;
    QTest::newRow("two else in if") << "{% if a %}{% else %}{% else %}{% endif %}"
                                    << "'{% if %}' already has an 'else'" << 1 << 24 << 23 << 4;
    QTest::newRow("two else in for") << "{% for x in xs %}{% else %}{% else %}{% endfor %}"
                                     << "'{% for %}' already has an 'else'" << 1 << 31 << 30 << 4;
    QTest::newRow("unknown loop property")
        << "{% for x in xs %}{{ loop.indx }}{% endfor %}"
        << "'loop' has no property 'indx' — did you mean 'index'?" << 1 << 26 << 25 << 4;
    QTest::newRow("bare loop") << "{% for x in xs %}{{ loop }}{% endfor %}"
                               << "'loop' is used with a property: loop.index, loop.index0" << 1
                               << 21 << 20 << 4;
    QTest::newRow("unknown test") << "{% if x is defind %}{% endif %}"
                                  << "unknown test 'defind' — did you mean 'defined'?" << 1 << 12
                                  << 11 << 6;
    QTest::newRow("filter takes no arguments")
        << "{{ x | upper(1) }}"
        << "'upper' takes no arguments" << 1 << 14 << 13 << 1;
    QTest::newRow("too many arguments")
        << "{{ x | join(\"a\", \"b\", \"c\") }}"
        << "'join' takes at most 2 argument(s)" << 1 << 23 << 22 << 3;
    QTest::newRow("arguments without a comma")
        << "{{ x | join(\", \" \"b\") }}"
        << "expected ',' or ')' after an argument of 'join', found '\"b\"'" << 1 << 18 << 17 << 3;
    QTest::newRow("missing required argument")
        << "{{ x | replace }}"
        << "'replace' needs the argument 'old'" << 1 << 8 << 7 << 7;
    QTest::newRow("unknown keyword argument")
        << "{{ x | truncate(size=3) }}"
        << "'truncate' has no argument named 'size'" << 1 << 17 << 16 << 4;
    QTest::newRow("argument given twice") << "{{ x | truncate(3, length=4) }}"
                                          << "the argument 'length' of 'truncate' is given "
                                             "twice"
                                          << 1 << 20 << 19 << 6;
    QTest::newRow("positional after keyword") << "{{ x | truncate(end=\"\", 3) }}"
                                              << "an argument without a name cannot follow one "
                                                 "with a name"
                                              << 1 << 25 << 24 << 1;
    QTest::newRow("literal argument of the wrong type")
        << "{{ x | truncate(\"ten\") }}"
        << "the argument 'length' of 'truncate' must be a "
           "number"
        << 1 << 17 << 16 << 5;
    QTest::newRow("chained comparison") << "{{ 1 < x < 3 }}"
                                        << "comparisons cannot be chained; combine them with "
                                           "'and'"
                                        << 1 << 10 << 9 << 1;
    QTest::newRow("arithmetic") << "{{ a + b }}"
                                << "arithmetic ('+') is not supported" << 1 << 6 << 5 << 1;
    QTest::newRow("unexpected character") << "{{ a ; b }}"
                                          << "unexpected character ';'" << 1 << 6 << 5 << 1;
    QTest::newRow("lone surrogate in a tag")
        << QStringLiteral("{{ a ") + QChar(0xD800) + QStringLiteral(" }}")
        << "unexpected character 'U+D800'" << 1 << 6 << 5 << 1;
    QTest::newRow("reserved loop variable")
        << "{% for loop in xs %}{% endfor %}"
        << "'loop' cannot be the name of a loop variable" << 1 << 8 << 7 << 4;
    QTest::newRow("for without in")
        << "{% for x of xs %}{% endfor %}"
        << "expected 'in' after the loop variable, found 'of'" << 1 << 10 << 9 << 2;
    QTest::newRow("several loop variables") << "{% for k, v in o %}{% endfor %}"
                                            << "several loop variables" << 1 << 9 << 8 << 1;
    QTest::newRow("method call") << "{{ name.upper() }}"
                                 << "calls are not supported" << 1 << 14 << 13 << 1;
    QTest::newRow("missing ]") << "{{ a[1 }}"
                               << "expected ']' after the index, found '}}'" << 1 << 8 << 7 << 2;
    QTest::newRow("missing )") << "{{ (a }}"
                               << "expected ')' to close '(' at column 4, found "
                                  "'}}'"
                               << 1 << 7 << 6 << 2;
    QTest::newRow("dot without a name")
        << "{{ a. }}"
        << "expected a field name after '.', found '}}'" << 1 << 7 << 6 << 2;
    QTest::newRow("filter without a name")
        << "{{ a | }}"
        << "expected a filter name after '|', found '}}'" << 1 << 8 << 7 << 2;
    QTest::newRow("extra tokens after the expression")
        << "{{ a b }}"
        << "expected '}}' after the expression, found 'b'" << 1 << 6 << 5 << 1;
    QTest::newRow("extra tokens after the condition")
        << "{% if a b %}{% endif %}"
        << "expected '%}' after the condition, found 'b'" << 1 << 9 << 8 << 1;
    QTest::newRow("list not closed") << "{{ [1, 2 }}"
                                     << "expected ',' or ']' in the list, found "
                                        "'}}'"
                                     << 1 << 10 << 9 << 2;
    QTest::newRow("keyword as a value")
        << "{{ and }}"
        << "expected an expression, found 'and'" << 1 << 4 << 3 << 3;
    QTest::newRow("column counts UTF-16 units on its line")
        << "中文\n  {{ x | lowr }}"
        << "unknown filter 'lowr'" << 2 << 10 << 12 << 4;
}

void TestTemplate::parseErrors()
{
    QFETCH(QString, source);
    QFETCH(QString, message);
    QFETCH(int, line);
    QFETCH(int, column);
    QFETCH(int, offset);
    QFETCH(int, length);

    const Template parsed = Template::parse(source);
    QVERIFY(!parsed.isValid());
    const QList<TemplateError> errors = parsed.errors();
    QCOMPARE(errors.size(), 1);
    const TemplateError &error = errors.first();
    QVERIFY2(error.message.startsWith(message), qPrintable(error.message));
    QCOMPARE(error.severity, TemplateError::Severity::Error);
    QCOMPARE(error.line, line);
    QCOMPARE(error.column, column);
    QCOMPARE(error.offset, qsizetype(offset));
    QCOMPARE(error.length, qsizetype(length));
}

void TestTemplate::severalErrorsInOnePass()
{
    const Template parsed = Template::parse(QStringLiteral("{{ a | uppr }}\n{% if %}\n"
                                                           "{{ b | lowr }}\n{% endfor %}"));
    const QList<TemplateError> errors = parsed.errors();
    QCOMPARE(joined(errors),
             QStringLiteral("line 1, column 8: unknown filter 'uppr' — did you mean 'upper'?\n"
                            "line 2, column 1: '{% if %}' opened at line 2 is never closed\n"
                            "line 2, column 7: expected an expression, found '%}'\n"
                            "line 3, column 8: unknown filter 'lowr' — did you mean 'lower'?\n"
                            "line 4, column 1: 'endfor' without a matching '{% for %}'"));
}

void TestTemplate::unclosedTagAfterAnotherError()
{
    const Template parsed = Template::parse(QStringLiteral("{{ a ; b"));
    QCOMPARE(joined(parsed.errors()),
             QStringLiteral("line 1, column 1: '{{' opened at line 1 is never closed; expected "
                            "'}}'\n"
                            "line 1, column 6: unexpected character ';'"));
}

void TestTemplate::errorsAreCapped()
{
    const Template parsed = Template::parse(QStringLiteral("{{ a | uppr }}\n").repeated(500));
    const QList<TemplateError> errors = parsed.errors();
    QCOMPARE(errors.size(), Template::MaxErrors + 1);
    QVERIFY(errors.last().message.contains(QStringLiteral("too many errors")));
    QCOMPARE(errors.at(Template::MaxErrors - 1).line, Template::MaxErrors);
}

void TestTemplate::variables()
{
    const QString source = QStringLiteral(
        "{{ seed.question }} {{ seed['a b'].c }} {{ name }}\n"
        "{% for t in seed.turns %}{{ t.text }}{{ loop.index }}{{ other[t] }}{{ more[k].x }}"
        "{% endfor %}\n"
        "{{ x.items[0].name | default(y) }}{% if z is defined %}{% endif %}{{ w[\"0\"] }}");
    const Template parsed = Template::parse(source);
    QVERIFY2(parsed.isValid(), qPrintable(joined(parsed.errors())));

    QStringList paths;
    QStringList names;
    for (const TemplateVariable &variable : parsed.variables()) {
        paths.append(variable.path);
        names.append(variable.name);
        QCOMPARE(source.mid(variable.offset, variable.name.size()), variable.name);
    }
    QCOMPARE(paths, QStringList({"seed.question", "seed[\"a b\"].c", "name", "seed.turns", "other",
                                 "more", "k", "x.items[0].name", "y", "z", "w[\"0\"]"}));
    QCOMPARE(names, QStringList({"seed", "seed", "name", "seed", "other", "more", "k", "x", "y",
                                 "z", "w"}));

    const TemplateVariable first = parsed.variables().first();
    QCOMPARE(first.line, 1);
    QCOMPARE(first.column, 4);
    QCOMPARE(first.offset, qsizetype(3));
    QCOMPARE(first.length, qsizetype(13));
    const TemplateVariable turns = parsed.variables().at(3);
    QCOMPARE(turns.line, 2);
    QCOMPARE(turns.column, 13);
    QCOMPARE(source.mid(turns.offset, turns.length), QStringLiteral("seed.turns"));
    const TemplateVariable items = parsed.variables().at(7);
    QCOMPARE(source.mid(items.offset, items.length), QStringLiteral("x.items[0].name"));
}

void TestTemplate::variablesOfInvalidTemplate()
{
    const Template parsed = Template::parse(QStringLiteral("{{ seed.a | uppr }} {{ seed.b }}"));
    QVERIFY(!parsed.isValid());
    QCOMPARE(parsed.variables().size(), 2);
    QCOMPARE(parsed.variables().at(1).path, QStringLiteral("seed.b"));
}

void TestTemplate::undefinedWarnings()
{
    const Template parsed = Template::parse(
        QStringLiteral("A {{ seed.hint }} B\n{% for i in xs %}{{ nope }}{% endfor %}"
                       "{{ seed.hint | default(\"d\") }}{% if seed.hint is undefined %}u{% endif %}"
                       "{{ seed.a.b.c }}"));
    QList<TemplateError> warnings;
    bool ok = false;
    const QString output =
        parsed.render(object(R"({"seed": {}, "xs": [1, 2, 3]})"), {}, &warnings, &ok);
    QVERIFY(ok);
    QCOMPARE(output, QStringLiteral("A  B\ndu"));
    QCOMPARE(warnings.size(), 3); // "nope" once, not once per item
    QCOMPARE(warnings.at(0).severity, TemplateError::Severity::Warning);
    QCOMPARE(warnings.at(0).message, QStringLiteral("undefined variable 'seed.hint'"));
    QCOMPARE(warnings.at(0).line, 1);
    QCOMPARE(warnings.at(0).column, 6);
    QCOMPARE(warnings.at(0).offset, qsizetype(5));
    QCOMPARE(warnings.at(0).length, qsizetype(9));
    QCOMPARE(warnings.at(1).toString(), QStringLiteral("line 2, column 21: undefined variable "
                                                       "'nope'"));
    QCOMPARE(warnings.at(2).message, QStringLiteral("undefined variable 'seed.a'"));

    // Without a list the same render still works.
    QCOMPARE(parsed.render(object(R"({"seed": {}, "xs": []})")), QStringLiteral("A  B\ndu"));
}

void TestTemplate::typeWarnings()
{
    struct Case
    {
        const char *source;
        const char *output;
        const char *warning;
    };
    const Case cases[] = {
        {"{{ n | length }}", "0", "'length' needs a string, a list or an object, not a number"},
        {"{{ s < n }}", "false", "cannot compare a string with a number"},
        {"{{ n in s }}", "false", "cannot look for a number in a string"},
        {"{{ 1 in n }}", "false", "cannot look for a value in a number"},
        {"{% for x in n %}x{% endfor %}", "", "cannot loop over a number"},
        {"{{ -s }}", "", "'-' needs a number, got a string"},
        {"{{ n is divisibleby(0) }}", "false", "'divisibleby' cannot divide by zero"},
        {"{{ s is even }}", "false", "'even' needs a whole number, not a string"},
        {"{{ n | join(\",\") }}", "5", "'join' needs a list, not a number"},
        {"{{ s | json(40) }}", "\"x\"", "'json' indents by 0 to 16 spaces"},
        {"{{ s | truncate(-1) }}", "x", "'truncate' cannot truncate to a negative length"},
        {"{{ o[o] }}", "", "an index must be a string or a whole number, not an object"},
        {"{{ s | truncate(s) }}", "x",
         "the argument 'length' of 'truncate' must be a number, "
         "not a string"},
    };
    for (const Case &c : cases) {
        const Template parsed = Template::parse(QString::fromUtf8(c.source));
        QVERIFY2(parsed.isValid(), c.source);
        QList<TemplateError> warnings;
        bool ok = false;
        const QString output =
            parsed.render(object(R"({"n": 5, "s": "x", "o": {}})"), {}, &warnings, &ok);
        QVERIFY2(ok, c.source);
        QCOMPARE(output, QString::fromUtf8(c.output));
        QVERIFY2(warnings.size() == 1, qPrintable(QString::fromUtf8(c.source) + joined(warnings)));
        QCOMPARE(warnings.first().message, QString::fromUtf8(c.warning));

        // Strict mode turns the same problem into the error.
        QList<TemplateError> errors;
        ok = true;
        QCOMPARE(parsed.render(object(R"({"n": 5, "s": "x", "o": {}})"), {true}, &errors, &ok),
                 QString());
        QVERIFY(!ok);
        QCOMPARE(errors.size(), 1);
        QCOMPARE(errors.first().severity, TemplateError::Severity::Error);
        QCOMPARE(errors.first().message, QString::fromUtf8(c.warning));
    }
}

void TestTemplate::strictMode()
{
    TemplateRenderOptions strict;
    strict.strict = true;
    const QJsonObject context = object(R"({"seed": {"q": "Why?"}})");

    QList<TemplateError> errors;
    bool ok = true;
    QCOMPARE(Template::parse(QStringLiteral("Q: {{ seed.q }}\nH: {{ seed.hint }}"))
                 .render(context, strict, &errors, &ok),
             QString());
    QVERIFY(!ok);
    QCOMPARE(errors.size(), 1);
    QCOMPARE(errors.first().toString(),
             QStringLiteral("line 2, column 7: undefined variable 'seed.hint'"));
    QCOMPARE(errors.first().severity, TemplateError::Severity::Error);

    // The ways of asking whether a field is there are not errors.
    errors.clear();
    const QString allowed = QStringLiteral(
        "{{ seed.hint | default(\"none\") }} {% if seed.hint is defined %}x{% else %}y{% endif %}"
        " {{ seed.hint.deeper | d(\"z\") }} {{ seed.q }}");
    QCOMPARE(Template::parse(allowed).render(context, strict, &errors, &ok),
             QStringLiteral("none y z Why?"));
    QVERIFY(ok);
    QVERIFY(errors.isEmpty());

    // As Jinja's StrictUndefined: a truth test, a comparison and a loop are uses.
    for (const char *use : {"{% if seed.hint %}{% endif %}", "{{ seed.hint == 1 }}",
                            "{% for x in seed.hint %}{% endfor %}", "{{ seed.hint | upper }}",
                            "{{ missing or 1 }}", "{{ seed.q ~ missing }}"}) {
        errors.clear();
        ok = true;
        Template::parse(QString::fromUtf8(use)).render(context, strict, &errors, &ok);
        QVERIFY2(!ok, use);
        QCOMPARE(errors.size(), 1);
        QVERIFY(errors.first().message.startsWith(QStringLiteral("undefined variable")));
    }

    // Lenient mode: the same uses work and only warn.
    errors.clear();
    QCOMPARE(Template::parse(QStringLiteral("{% if seed.hint %}a{% else %}b{% endif %}"))
                 .render(context, {}, &errors, &ok),
             QStringLiteral("b"));
    QVERIFY(ok);
    QCOMPARE(errors.size(), 1);
    QCOMPARE(errors.first().severity, TemplateError::Severity::Warning);
}

void TestTemplate::invalidTemplateDoesNotRender()
{
    const Template parsed = Template::parse(QStringLiteral("ok {{ x | uppr }}"));
    QList<TemplateError> diagnostics;
    bool ok = true;
    QCOMPARE(parsed.render(object(R"({"x": "a"})"), {}, &diagnostics, &ok), QString());
    QVERIFY(!ok);
    QCOMPARE(diagnostics, parsed.errors());
}

void TestTemplate::depthLimit_data()
{
    QTest::addColumn<QString>("source");
    QTest::addColumn<bool>("valid");
    const auto times = [](const char *text, int n) { return QString::fromUtf8(text).repeated(n); };

    QTest::newRow("parentheses 300")
        << "{{ " + times("(", 300) + "x" + times(")", 300) + " }}" << false;
    QTest::newRow("parentheses 200")
        << "{{ " + times("(", 200) + "x" + times(")", 200) + " }}" << true;
    QTest::newRow("lists 300") << "{{ " + times("[", 300) + times("]", 300) + " }}" << false;
    QTest::newRow("not 300") << "{{ " + times("not ", 300) + "x }}" << false;
    QTest::newRow("minus 300") << "{{ " + times("-", 300) + "1 }}" << false;
    QTest::newRow("indexes 300") << "{{ " + times("a[", 300) + "0" + times("]", 300) + " }}"
                                 << false;
    QTest::newRow("if 300") << times("{% if x %}", 300) + times("{% endif %}", 300) << false;
    QTest::newRow("if 200") << times("{% if x %}", 200) + "deep" + times("{% endif %}", 200)
                            << true;
    QTest::newRow("for 300") << times("{% for x in xs %}", 300) + times("{% endfor %}", 300)
                             << false;
    QTest::newRow("unclosed if 100000") << times("{% if x %}", 100000) << false;
    QTest::newRow("filter arguments 300")
        << "{{ " + times("x | default(", 300) + "1" + times(")", 300) + " }}" << false;
}

void TestTemplate::depthLimit()
{
    QFETCH(QString, source);
    QFETCH(bool, valid);
    const Template parsed = Template::parse(source);
    QCOMPARE(parsed.isValid(), valid);
    if (!valid) {
        QCOMPARE(parsed.errors().size(), 1);
        QCOMPARE(parsed.errors().first().message,
                 QStringLiteral("nesting is deeper than 256 levels; simplify the template"));
    }
    bool ok = false;
    QList<TemplateError> diagnostics;
    parsed.render(object(R"({"x": true, "xs": [1]})"), {}, &diagnostics, &ok);
    QCOMPARE(ok, valid);
}

void TestTemplate::longFlatChainsAreFine()
{
    const auto times = [](const char *text, int n) { return QString::fromUtf8(text).repeated(n); };
    const QStringList sources = {
        "{{ x" + times(".a", 100000) + " }}",         "{{ x" + times(" | lower", 20000) + " }}",
        "{{ x" + times(" or x", 100000) + " }}",      "{{ x" + times(" ~ x", 20000) + " }}",
        "{{ x" + times(" is defined", 20000) + " }}", times("{% if x %}a{% endif %}", 20000),
    };
    for (const QString &source : sources) {
        const Template parsed = Template::parse(source);
        QVERIFY2(parsed.isValid(), qPrintable(joined(parsed.errors())));
        bool ok = false;
        const QString output = parsed.render(object(R"({"x": "A"})"), {}, nullptr, &ok);
        QVERIFY(ok);
        QVERIFY(!output.isNull());
    }
}

void TestTemplate::outputAndStepLimits()
{
    TemplateRenderOptions small;
    small.maxOutputLength = 1000;
    QList<TemplateError> errors;
    bool ok = true;
    const QJsonObject context = object(R"({"xs": [1, 2, 3, 4, 5, 6, 7, 8, 9, 10],
                                           "long": "0123456789012345678901234567890123456789"})");
    const QString output = Template::parse(QStringLiteral("{% for a in xs %}{% for b in xs %}"
                                                          "{{ long }}{% endfor %}{% endfor %}"))
                               .render(context, small, &errors, &ok);
    QVERIFY(!ok);
    QVERIFY(output.isEmpty());
    QCOMPARE(errors.size(), 1);
    QCOMPARE(errors.first().message, QStringLiteral("the text would be longer than 1000 "
                                                    "characters"));
    // Within the limit it renders.
    QCOMPARE(Template::parse(QStringLiteral("{% for a in xs %}{{ long }}{% endfor %}"))
                 .render(context, small, nullptr, &ok)
                 .size(),
             400);
    QVERIFY(ok);

    // Squaring a string again and again is stopped before memory runs out.
    errors.clear();
    QElapsedTimer timer;
    timer.start();
    const QString squares = QStringLiteral("{{ s | replace(\"a\", s) | replace(\"a\", s) | "
                                           "replace(\"a\", s) | replace(\"a\", s) }}");
    Template::parse(squares).render(QJsonObject{{"s", QString(1000, u'a')}}, {}, &errors, &ok);
    QVERIFY(!ok);
    QVERIFY2(errors.first().message.contains(QStringLiteral("longer than")),
             qPrintable(joined(errors)));
    qInfo("%lld ms", qint64(timer.elapsed())); // a hang would hit the test timeout

    // Loops that print nothing but run long are stopped by the step budget.
    TemplateRenderOptions fewSteps;
    fewSteps.maxSteps = 100000;
    errors.clear();
    Template::parse(QStringLiteral("{% for c in s %}{% for d in s %}{% if c %}{% endif %}"
                                   "{% endfor %}{% endfor %}"))
        .render(QJsonObject{{"s", QString(3000, u'x')}}, fewSteps, &errors, &ok);
    QVERIFY(!ok);
    QCOMPARE(errors.size(), 1);
    QVERIFY2(errors.first().message.startsWith(QStringLiteral("rendering takes too long")),
             qPrintable(joined(errors)));
}

void TestTemplate::hostileInput_data()
{
    QTest::addColumn<QString>("source");
    const QChar high(0xD800);
    const QChar low(0xDC00);
    for (const char *text : {"{{",
                             "{%",
                             "{#",
                             "{",
                             "}}",
                             "%}",
                             "#}",
                             "{{-",
                             "-}}",
                             "{%-%}",
                             "{{-}}",
                             "{#-#}",
                             "{% raw",
                             "{% raw %}",
                             "{% raw -%}",
                             "{% endraw %}",
                             "{{ '",
                             "{{ \"\\",
                             "{{ \"\\\"",
                             "{% for %}",
                             "{% for x in %}",
                             "{% if %}{% elif %}{% else %}",
                             "{{ x | }}",
                             "{{ x | default( }}",
                             "{{ x[ }}",
                             "{{ x. }}",
                             "{{ ((((( }}",
                             "{{ loop. }}",
                             "{% for x in y %}{{ loop.",
                             "{{ x is }}",
                             "{{ x is not }}",
                             "{{ 1e }}",
                             "{{ 99999999999999999999999 }}",
                             "{{ x.99999999999999999999999 }}",
                             "{{ - }}",
                             "{{ not }}",
                             "{{ [1, }}",
                             "{{ 'a' ~ }}",
                             "{{ x | truncate(1, 2, 3, 4, 5) }}",
                             "{{ \"\\u12\" }}",
                             "{{ \"\\uD800\" | json }}",
                             "{{ \"\\x\" }}",
                             "{{{{{{",
                             "}}}}{{{{",
                             "{%%}",
                             "{##}",
                             "{{}}",
                             "{{ x }}}",
                             "{{ x }} }}"}) {
        QTest::newRow(text) << QString::fromUtf8(text);
    }
    QTest::newRow("lone high surrogate in text")
        << QStringLiteral("a") + high + QStringLiteral("b");
    QTest::newRow("lone low surrogate in a string")
        << QStringLiteral("{{ '") + low + QStringLiteral("' | json }}{{ '") + low +
               QStringLiteral("' | truncate(0, true, '') }}");
    QTest::newRow("surrogate at the end of a tag") << QStringLiteral("{{ x") + high;
    QTest::newRow("surrogate as a name")
        << QStringLiteral("{{ ") + high + low + QStringLiteral(" }}");
    QTest::newRow("NUL characters") << QString(QStringLiteral("{{ \"a\0b\" }}\0"));
    QTest::newRow("megabyte of openers") << QStringLiteral("{{").repeated(500000);
    QTest::newRow("megabyte of comment openers") << QStringLiteral("{#").repeated(500000);
    QTest::newRow("megabyte of unclosed strings") << QStringLiteral("{{ '").repeated(250000);
    QTest::newRow("megabyte of raw openers") << QStringLiteral("{% raw %}").repeated(100000);
    QTest::newRow("megabyte of garbage in one tag")
        << "{{ " + QStringLiteral("@#$;").repeated(250000);
    QTest::newRow("long name") << "{{ x | " + QString(100000, u'a') + " }}";
}

void TestTemplate::hostileInput()
{
    QFETCH(QString, source);
    QElapsedTimer timer;
    timer.start();
    const Template parsed = Template::parse(source);
    QVERIFY(parsed.errors().size() <= Template::MaxErrors + 1);
    for (const TemplateError &error : parsed.errors()) {
        QVERIFY(error.line >= 1);
        QVERIFY(error.column >= 1);
        QVERIFY(error.offset >= 0 && error.offset + error.length <= source.size());
    }
    TemplateRenderOptions options;
    options.maxSteps = 1000000;
    parsed.render(object(R"({"x": "v", "y": [1, 2]})"), options);
    qInfo("%lld ms", qint64(timer.elapsed())); // a hang would hit the test timeout
}

void TestTemplate::randomInput()
{
    // A poor fuzzer until tests/fuzz has a real one: template syntax shuffled at random.
    static const char16_t alphabet[] =
        u"{}%#-+ \n\"'\\|.,()[]=<>!~xyloopinfrdeanot0123ie\xD800\xDC00";
    const QStringList words = {"if",         "endif",   "for",   "endfor", "else", "elif", "raw",
                               "endraw",     "in",      "not",   "and",    "or",   "is",   "loop",
                               "loop.index", "default", "upper", "join",   "x",    "y.z",  "{{",
                               "}}",         "{%",      "%}",    "{#",     "#}"};
    QRandomGenerator random(20240917);
    const QJsonObject context = object(R"({"x": "v", "y": {"z": [1, "a", null]}, "xs": [1, 2]})");
    TemplateRenderOptions options;
    options.maxSteps = 100000;
    options.maxOutputLength = 100000;
    for (int round = 0; round < 3000; ++round) {
        QString source;
        const int length = int(random.bounded(120));
        for (int i = 0; i < length; ++i) {
            if (random.bounded(3) == 0)
                source += words.at(int(random.bounded(words.size()))) + QLatin1Char(' ');
            else
                source += QChar(alphabet[random.bounded(int(std::size(alphabet)) - 1)]);
        }
        const Template parsed = Template::parse(source);
        for (const TemplateError &error : parsed.errors())
            QVERIFY(error.offset >= 0 && error.offset + error.length <= source.size());
        for (const TemplateVariable &variable : parsed.variables())
            QVERIFY(variable.offset >= 0 && variable.offset + variable.length <= source.size());
        QList<TemplateError> diagnostics;
        bool ok = false;
        parsed.render(context, options, &diagnostics, &ok);
        parsed.render(context, {true, 100000, 100000}, &diagnostics, &ok);
    }
}

void TestTemplate::sharedAndThreadSafe()
{
    const Template parsed = Template::parse(QStringLiteral(
        "{% for t in seed.turns %}{{ loop.index }}:{{ t | upper | truncate(20) }};{% endfor %}"
        "{{ seed.id }}{{ missing }}"));
    QVERIFY(parsed.isValid());
    const Template copy = parsed; // NOLINT: the copy is the point
    QCOMPARE(copy.source(), parsed.source());

    QList<int> ids(2000);
    std::iota(ids.begin(), ids.end(), 0);
    const QList<bool> results = QtConcurrent::blockingMapped(ids, [copy](int id) {
        const QJsonObject context{
            {"seed", QJsonObject{{"id", id}, {"turns", QJsonArray{"hello", "world"}}}}};
        QList<TemplateError> warnings;
        const QString output = copy.render(context, {}, &warnings);
        return output == QStringLiteral("1:HELLO;2:WORLD;%1").arg(id) && warnings.size() == 1;
    });
    QVERIFY(std::all_of(results.begin(), results.end(), [](bool b) { return b; }));
}

void TestTemplate::defaultConstructed()
{
    const Template empty;
    QVERIFY(empty.isValid());
    QVERIFY(empty.errors().isEmpty());
    QVERIFY(empty.variables().isEmpty());
    bool ok = false;
    QCOMPARE(empty.render({}, {}, nullptr, &ok), QString());
    QVERIFY(ok);
}

void TestTemplate::filterNames()
{
    const QStringList names = Template::filterNames();
    for (const char *required :
         {"upper", "lower", "trim", "default", "join", "length", "truncate", "json"})
        QVERIFY2(names.contains(QString::fromUtf8(required)), required);
    QVERIFY(!names.contains(QStringLiteral("d"))); // aliases are not offered
    for (const QString &name : names) {
        const Template parsed = Template::parse(QStringLiteral("{{ x | %1 }}").arg(name));
        // replace needs arguments; every other filter parses on its own
        QCOMPARE(parsed.isValid(), name != QStringLiteral("replace"));
    }
}

void TestTemplate::errorToString()
{
    TemplateError error;
    error.line = 3;
    error.column = 12;
    error.message = QStringLiteral("expected '%}' after 'endif'");
    QCOMPARE(error.toString(), QStringLiteral("line 3, column 12: expected '%}' after 'endif'"));
}

QTEST_GUILESS_MAIN(TestTemplate)
#include "tst_template.moc"
