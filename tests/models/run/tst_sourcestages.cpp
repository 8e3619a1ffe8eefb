// The attribute grid and the fact list: combinations in a stable order, seeded weighted draws,
// facts from settings and files (text, CSV, JSON Lines, knowledge triples) and the errors that
// name the stage, the file and the row.
#include "models/run/sourcestages.h"

#include <QDir>
#include <QSet>
#include <QTest>

using namespace Seedbed;
using namespace Seedbed::Run;

namespace {

const QString factsDir = QStringLiteral(SEEDBED_TEST_DATA "/facts");

Stage makeStage(const QString &type, const QVariantMap &settings)
{
    return {QUuid::createUuid(), type, QStringLiteral("My source"), {}, settings};
}

QVariantMap attribute(const QString &name, const QString &values, const QString &weights = {})
{
    return {{QStringLiteral("name"), name},
            {QStringLiteral("values"), values},
            {QStringLiteral("weights"), weights}};
}

Stage grid(const QVariantList &attributes, const QString &mode = QStringLiteral("all"),
           int count = 100, int seed = 42)
{
    return makeStage(QStringLiteral("attribute_grid"), {{QStringLiteral("attributes"), attributes},
                                                        {QStringLiteral("combinations"), mode},
                                                        {QStringLiteral("count"), count},
                                                        {QStringLiteral("seed"), seed}});
}

// The combination of each output, as "value|value|…" in the order of \a names.
QStringList combinations(const QList<Output> &outputs, const QStringList &names)
{
    QStringList result;
    for (const Output &out : outputs) {
        QStringList values;
        for (const QString &name : names)
            values << out.fields.value(name).toString();
        result << values.join(QLatin1Char('|'));
    }
    return result;
}

QList<Output> run(const Stage &stage, QString *error = nullptr,
                  const QString &projectDir = factsDir)
{
    QList<Output> outputs;
    QString message;
    const bool ok = SourceStages::outputs(stage, projectDir, &outputs, &message);
    if (error)
        *error = message;
    else if (!ok)
        qWarning("unexpected error: %s", qPrintable(message));
    return ok ? outputs : QList<Output>{};
}

Stage facts(const QVariantMap &settings)
{
    return makeStage(QStringLiteral("fact_list"), settings);
}

} // namespace

class tst_SourceStages : public QObject
{
    Q_OBJECT

private slots:
    void handles();

    void gridAllInStableOrder();
    void gridDefaultIsUsable();
    void gridRefusesOverAMillion();
    void gridErrors_data();
    void gridErrors();
    void gridRandomSeeded();
    void gridRandomNoRepeatsWhilePossible();
    void gridRandomKeepsEarlierDraws();
    void gridRandomLargeGrid();
    void gridWeightsRespected();
    void gridZeroWeightNeverDrawn();

    void factsFromSetting();
    void factsFromTextFile();
    void factsTriplesCsv();
    void factsTriplesJsonLines();
    void factsNamedColumn();
    void factsErrorsNameFileAndRow_data();
    void factsErrorsNameFileAndRow();
};

void tst_SourceStages::handles()
{
    QVERIFY(SourceStages::handles(QStringLiteral("attribute_grid")));
    QVERIFY(SourceStages::handles(QStringLiteral("fact_list")));
    QVERIFY(!SourceStages::handles(QStringLiteral("seed_table")));
    QString error;
    QList<Output> outputs;
    QVERIFY(!SourceStages::outputs(makeStage(QStringLiteral("seed_table"), {}), QString(), &outputs,
                                   &error));
    QVERIFY(!error.isEmpty());
}

void tst_SourceStages::gridAllInStableOrder()
{
    const Stage stage = grid({attribute(QStringLiteral("tone"), QStringLiteral("formal| casual |")),
                              attribute(QStringLiteral("level"), QStringLiteral("1|2|3"))});
    const QList<Output> outputs = run(stage);
    QCOMPARE(combinations(outputs, {QStringLiteral("tone"), QStringLiteral("level")}),
             QStringList({QStringLiteral("formal|1"), QStringLiteral("formal|2"),
                          QStringLiteral("formal|3"), QStringLiteral("casual|1"),
                          QStringLiteral("casual|2"), QStringLiteral("casual|3")}));
    for (qsizetype i = 0; i < outputs.size(); ++i) {
        QCOMPARE(outputs.at(i).itemKey, QStringLiteral("combo:%1").arg(i));
        QCOMPARE(outputs.at(i).fields.size(), 2);
        QCOMPARE(outputs.at(i).status, RecordStatus::Ok);
    }
    // Weights do not change which combinations "all" lists; an empty row is ignored.
    const Stage weighted = grid(
        {attribute(QStringLiteral("tone"), QStringLiteral("formal|casual"), QStringLiteral("5|0")),
         attribute(QString(), QString()),
         attribute(QStringLiteral("level"), QStringLiteral("1|2|3"))});
    QCOMPARE(run(weighted).size(), 6);
}

void tst_SourceStages::gridDefaultIsUsable()
{
    const QList<Output> outputs = run(makeStage(QStringLiteral("attribute_grid"), {}));
    QCOMPARE(outputs.size(), 9);
    QCOMPARE(outputs.constFirst().fields.keys(),
             QStringList({QStringLiteral("difficulty"), QStringLiteral("tone")}));
}

void tst_SourceStages::gridRefusesOverAMillion()
{
    QString values;
    for (int i = 0; i < 32; ++i)
        values += (i ? QStringLiteral("|v") : QStringLiteral("v")) + QString::number(i);
    QVariantList attributes;
    for (int a = 0; a < 4; ++a) // 32^4 = 1,048,576
        attributes << attribute(QStringLiteral("a%1").arg(a), values);
    QString error;
    QList<Output> outputs;
    QVERIFY(!SourceStages::outputs(grid(attributes), QString(), &outputs, &error));
    QVERIFY(outputs.isEmpty());
    QVERIFY2(error.contains(QStringLiteral("My source")), qPrintable(error));
    QVERIFY2(error.contains(QLocale().toString(1048576)), qPrintable(error));

    // Far beyond any integer: still refused in words.
    for (int a = 4; a < 20; ++a)
        attributes << attribute(QStringLiteral("a%1").arg(a), values);
    QVERIFY(!SourceStages::outputs(grid(attributes), QString(), &outputs, &error));
    QVERIFY2(error.contains(QStringLiteral("more than")), qPrintable(error));

    // The same grid is fine drawn at random.
    QVERIFY(SourceStages::outputs(grid(attributes, QStringLiteral("random"), 20), QString(),
                                  &outputs, &error));
    QCOMPARE(outputs.size(), 20);
}

void tst_SourceStages::gridErrors_data()
{
    QTest::addColumn<QVariantList>("attributes");
    QTest::addColumn<QString>("mode");
    QTest::addColumn<QString>("mentions");

    QTest::newRow("no attributes") << QVariantList() << QStringLiteral("all") << QString();
    QTest::newRow("only an empty row")
        << QVariantList{attribute(QString(), QString())} << QStringLiteral("all") << QString();
    QTest::newRow("values without a name")
        << QVariantList{attribute(QStringLiteral("tone"), QStringLiteral("a|b")),
                        attribute(QString(), QStringLiteral("x|y"))}
        << QStringLiteral("all") << QStringLiteral("Row 2");
    QTest::newRow("no values") << QVariantList{attribute(QStringLiteral("tone"),
                                                         QStringLiteral("|"))}
                               << QStringLiteral("all") << QStringLiteral("tone");
    QTest::newRow("twice") << QVariantList{attribute(QStringLiteral("tone"), QStringLiteral("a")),
                                           attribute(QStringLiteral("tone"), QStringLiteral("b"))}
                           << QStringLiteral("all") << QStringLiteral("tone");
    QTest::newRow("weights count")
        << QVariantList{attribute(QStringLiteral("tone"), QStringLiteral("a|b|c"),
                                  QStringLiteral("1|2"))}
        << QStringLiteral("random") << QStringLiteral("tone");
    QTest::newRow("negative weight")
        << QVariantList{attribute(QStringLiteral("tone"), QStringLiteral("a|b"),
                                  QStringLiteral("1|-2"))}
        << QStringLiteral("random") << QStringLiteral("-2");
    QTest::newRow("weight not a number")
        << QVariantList{attribute(QStringLiteral("tone"), QStringLiteral("a|b"),
                                  QStringLiteral("1|lots"))}
        << QStringLiteral("all") << QStringLiteral("lots");
    QTest::newRow("all weights zero")
        << QVariantList{attribute(QStringLiteral("tone"), QStringLiteral("a|b"),
                                  QStringLiteral("0|0"))}
        << QStringLiteral("random") << QStringLiteral("tone");
}

void tst_SourceStages::gridErrors()
{
    QFETCH(QVariantList, attributes);
    QFETCH(QString, mode);
    QFETCH(QString, mentions);
    QString error;
    QList<Output> outputs;
    QVERIFY(!SourceStages::outputs(grid(attributes, mode), QString(), &outputs, &error));
    QVERIFY(outputs.isEmpty());
    QVERIFY2(error.contains(QStringLiteral("My source")), qPrintable(error));
    QVERIFY2(error.contains(mentions), qPrintable(error));
}

void tst_SourceStages::gridRandomSeeded()
{
    const QVariantList attributes = {
        attribute(QStringLiteral("a"), QStringLiteral("1|2|3|4|5")),
        attribute(QStringLiteral("b"), QStringLiteral("1|2|3|4|5"), QStringLiteral("1|1|2|2|4")),
        attribute(QStringLiteral("c"), QStringLiteral("1|2|3|4|5")),
    };
    const QStringList names = {QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c")};
    const QStringList first =
        combinations(run(grid(attributes, QStringLiteral("random"), 50, 7)), names);
    QCOMPARE(first.size(), 50);
    QCOMPARE(QSet<QString>(first.cbegin(), first.cend()).size(), 50); // 125 possible
    QCOMPARE(combinations(run(grid(attributes, QStringLiteral("random"), 50, 7)), names), first);
    const QStringList other =
        combinations(run(grid(attributes, QStringLiteral("random"), 50, 8)), names);
    QCOMPARE(other.size(), 50);
    QVERIFY(other != first);
    const QList<Output> outputs = run(grid(attributes, QStringLiteral("random"), 50, 7));
    for (qsizetype i = 0; i < outputs.size(); ++i)
        QCOMPARE(outputs.at(i).itemKey, QStringLiteral("combo:%1").arg(i));
}

void tst_SourceStages::gridRandomNoRepeatsWhilePossible()
{
    const QVariantList attributes = {
        attribute(QStringLiteral("a"), QStringLiteral("x|y"), QStringLiteral("100|1")),
        attribute(QStringLiteral("b"), QStringLiteral("1|2|3"), QStringLiteral("1|1|50")),
    };
    const QStringList drawn = combinations(run(grid(attributes, QStringLiteral("random"), 10)),
                                           {QStringLiteral("a"), QStringLiteral("b")});
    QCOMPARE(drawn.size(), 10);
    // The six possible combinations come first, each once, however unlikely; then repeats.
    const QStringList firstSix = drawn.mid(0, 6);
    QCOMPARE(QSet<QString>(firstSix.cbegin(), firstSix.cend()).size(), 6);
    // The likeliest combination is drawn first.
    QCOMPARE(drawn.constFirst(), QStringLiteral("x|3"));
}

void tst_SourceStages::gridRandomKeepsEarlierDraws()
{
    const QVariantList attributes = {
        attribute(QStringLiteral("a"), QStringLiteral("1|2|3|4|5|6|7|8"),
                  QStringLiteral("8|7|6|5|4|3|2|1")),
        attribute(QStringLiteral("b"), QStringLiteral("1|2|3|4|5|6|7|8")),
    };
    const QStringList names = {QStringLiteral("a"), QStringLiteral("b")};
    const QStringList ten =
        combinations(run(grid(attributes, QStringLiteral("random"), 10)), names);
    const QStringList hundred =
        combinations(run(grid(attributes, QStringLiteral("random"), 100)), names);
    QCOMPARE(hundred.size(), 100);
    QCOMPARE(hundred.mid(0, 10), ten);
    const QStringList all64 = hundred.mid(0, 64);
    QCOMPARE(QSet<QString>(all64.cbegin(), all64.cend()).size(), 64);
}

void tst_SourceStages::gridRandomLargeGrid()
{
    QString values;
    for (int i = 0; i < 200; ++i)
        values += (i ? QStringLiteral("|") : QString()) + QString::number(i);
    const QVariantList attributes = {attribute(QStringLiteral("a"), values),
                                     attribute(QStringLiteral("b"), values),
                                     attribute(QStringLiteral("c"), values)}; // 8,000,000
    const QStringList names = {QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c")};
    const QStringList drawn =
        combinations(run(grid(attributes, QStringLiteral("random"), 2000, 3)), names);
    QCOMPARE(drawn.size(), 2000);
    QCOMPARE(QSet<QString>(drawn.cbegin(), drawn.cend()).size(), 2000);
    QCOMPARE(combinations(run(grid(attributes, QStringLiteral("random"), 2000, 3)), names), drawn);
}

void tst_SourceStages::gridWeightsRespected()
{
    // 20,000 draws of three values weighted 3:1:1, and a second, uniform attribute: the counts
    // must pass a chi-square test at p = 0.001 (2 degrees of freedom: 13.82).
    const QVariantList attributes = {
        attribute(QStringLiteral("tone"), QStringLiteral("warm|cold|neutral"),
                  QStringLiteral("3|1|1")),
        attribute(QStringLiteral("length"), QStringLiteral("short|long")),
    };
    for (int seed : {1, 2, 3}) {
        const QList<Output> outputs = run(grid(attributes, QStringLiteral("random"), 20000, seed));
        QCOMPARE(outputs.size(), 20000);
        QHash<QString, int> tones;
        QHash<QString, int> lengths;
        for (const Output &out : outputs) {
            ++tones[out.fields.value(QStringLiteral("tone")).toString()];
            ++lengths[out.fields.value(QStringLiteral("length")).toString()];
        }
        const auto chiSquare = [](const QHash<QString, int> &observed,
                                  const QHash<QString, double> &expected) {
            double chi = 0;
            for (auto it = expected.cbegin(); it != expected.cend(); ++it) {
                const double d = observed.value(it.key()) - it.value();
                chi += d * d / it.value();
            }
            return chi;
        };
        const double tone = chiSquare(tones, {{QStringLiteral("warm"), 12000.0},
                                              {QStringLiteral("cold"), 4000.0},
                                              {QStringLiteral("neutral"), 4000.0}});
        QVERIFY2(tone < 13.82, qPrintable(QString::number(tone)));
        const double length = chiSquare(
            lengths, {{QStringLiteral("short"), 10000.0}, {QStringLiteral("long"), 10000.0}});
        QVERIFY2(length < 10.83, qPrintable(QString::number(length))); // 1 degree of freedom
        // And not uniform: the weights matter.
        QVERIFY(tones.value(QStringLiteral("warm")) > 2 * tones.value(QStringLiteral("cold")));
    }
}

void tst_SourceStages::gridZeroWeightNeverDrawn()
{
    const QVariantList attributes = {
        attribute(QStringLiteral("tone"), QStringLiteral("warm|cold|neutral"),
                  QStringLiteral("1|0|1")),
    };
    const QList<Output> outputs = run(grid(attributes, QStringLiteral("random"), 500));
    QCOMPARE(outputs.size(), 500);
    for (const Output &out : outputs)
        QVERIFY(out.fields.value(QStringLiteral("tone")).toString() != QLatin1String("cold"));
}

void tst_SourceStages::factsFromSetting()
{
    const QList<Output> outputs = run(facts(
        {{QStringLiteral("facts"), QStringList{QStringLiteral(" The sky is blue. "), QString(),
                                               QStringLiteral("Grass is green.")}}}));
    QCOMPARE(outputs.size(), 2);
    QCOMPARE(outputs.at(0).itemKey, QStringLiteral("fact:0"));
    QCOMPARE(outputs.at(0).fields,
             QJsonObject({{QStringLiteral("fact"), QStringLiteral("The sky is blue.")},
                          {QStringLiteral("fact_id"), 1}}));
    QCOMPARE(outputs.at(1).itemKey, QStringLiteral("fact:1"));
    QCOMPARE(outputs.at(1).fields.value(QStringLiteral("fact_id")).toInt(), 2);
}

void tst_SourceStages::factsFromTextFile()
{
    const QList<Output> outputs =
        run(facts({{QStringLiteral("facts"), QStringList{QStringLiteral("Typed first.")}},
                   {QStringLiteral("file"), QStringLiteral("facts.txt")},
                   {QStringLiteral("field"), QStringLiteral("knowledge")}}));
    QCOMPARE(outputs.size(), 4);
    QStringList texts;
    for (const Output &out : outputs)
        texts << out.fields.value(QStringLiteral("knowledge")).toString();
    QCOMPARE(texts, QStringList({QStringLiteral("Typed first."),
                                 QStringLiteral("Water boils at 100 °C at sea level."),
                                 QStringLiteral("The Great Wall is in China."),
                                 QStringLiteral("水在零摄氏度结冰。")}));
    QCOMPARE(outputs.at(3).fields.value(QStringLiteral("fact_id")).toInt(), 4);
    QCOMPARE(outputs.at(3).itemKey, QStringLiteral("fact:3"));
    QVERIFY(!outputs.at(3).fields.contains(QStringLiteral("fact")));
}

void tst_SourceStages::factsTriplesCsv()
{
    const QList<Output> outputs =
        run(facts({{QStringLiteral("file"), QStringLiteral("triples.csv")}}));
    QCOMPARE(outputs.size(), 3);
    const QJsonObject &first = outputs.at(0).fields;
    QCOMPARE(first.value(QStringLiteral("fact")).toString(),
             QStringLiteral("Paris is the capital of France"));
    QCOMPARE(first.value(QStringLiteral("subject")).toString(), QStringLiteral("Paris"));
    QCOMPARE(first.value(QStringLiteral("predicate")).toString(),
             QStringLiteral("is the capital of"));
    QCOMPARE(first.value(QStringLiteral("object")).toString(), QStringLiteral("France"));
    QCOMPARE(first.value(QStringLiteral("source")).toString(), QStringLiteral("atlas"));
    QCOMPARE(first.value(QStringLiteral("fact_id")).toInt(), 1);
    QCOMPARE(outputs.at(1).fields.value(QStringLiteral("fact")).toString(),
             QStringLiteral("水 的化学式是 H2O"));
    QCOMPARE(outputs.at(2).fields.value(QStringLiteral("fact_id")).toInt(), 3);
}

void tst_SourceStages::factsTriplesJsonLines()
{
    const QList<Output> outputs =
        run(facts({{QStringLiteral("file"), QStringLiteral("triples.jsonl")}}));
    QCOMPARE(outputs.size(), 2);
    QCOMPARE(outputs.at(1).fields.value(QStringLiteral("fact")).toString(),
             QStringLiteral("Tokyo is the capital of Japan"));
    // The columns keep their own names.
    QCOMPARE(outputs.at(1).fields.value(QStringLiteral("Head")).toString(),
             QStringLiteral("Tokyo"));
    QCOMPARE(outputs.at(1).fields.value(QStringLiteral("year")).toInt(), 1868);
}

void tst_SourceStages::factsNamedColumn()
{
    // No triple and no "fact" column: the named one.
    QList<Output> outputs =
        run(facts({{QStringLiteral("file"), QStringLiteral("statements.csv")},
                   {QStringLiteral("factField"), QStringLiteral("statement")}}));
    QCOMPARE(outputs.size(), 2);
    QCOMPARE(outputs.at(1).fields.value(QStringLiteral("fact")).toString(),
             QStringLiteral("DNA has a double helix."));
    QCOMPARE(outputs.at(1).fields.value(QStringLiteral("topic")).toString(),
             QStringLiteral("biology"));
    // A column named like the output field is found without being named.
    outputs = run(facts({{QStringLiteral("file"), QStringLiteral("statements.csv")},
                         {QStringLiteral("field"), QStringLiteral("statement")}}));
    QCOMPARE(outputs.size(), 2);
    QCOMPARE(outputs.at(0).fields.value(QStringLiteral("statement")).toString(),
             QStringLiteral("Light travels at about 300000 km/s."));
    // A named column wins over the triple columns.
    outputs = run(facts({{QStringLiteral("file"), QStringLiteral("triples.csv")},
                         {QStringLiteral("factField"), QStringLiteral("subject")}}));
    QCOMPARE(outputs.at(0).fields.value(QStringLiteral("fact")).toString(),
             QStringLiteral("Paris"));
}

void tst_SourceStages::factsErrorsNameFileAndRow_data()
{
    QTest::addColumn<QVariantMap>("settings");
    QTest::addColumn<QStringList>("mentions");

    QTest::newRow("empty fact") << QVariantMap{{"file", "missing.csv"}}
                                << QStringList{"missing.csv", "Row 2", "fact"};
    QTest::newRow("incomplete triple") << QVariantMap{{"file", "incomplete.csv"}}
                                       << QStringList{"incomplete.csv", "Row 2", "object"};
    QTest::newRow("named column absent")
        << QVariantMap{{"file", "statements.csv"}, {"factField", "claim"}}
        << QStringList{"statements.csv", "Row 1", "claim"};
    QTest::newRow("which column") << QVariantMap{{"file", "ambiguous.csv"}}
                                  << QStringList{"ambiguous.csv", "left, right"};
    QTest::newRow("broken JSON line")
        << QVariantMap{{"file", "broken.jsonl"}} << QStringList{"broken.jsonl", "Line 2"};
    QTest::newRow("no such file") << QVariantMap{{"file", "nowhere.txt"}}
                                  << QStringList{"nowhere.txt"};
    QTest::newRow("no such table")
        << QVariantMap{{"file", "nowhere.csv"}} << QStringList{"nowhere.csv"};
}

void tst_SourceStages::factsErrorsNameFileAndRow()
{
    QFETCH(QVariantMap, settings);
    QFETCH(QStringList, mentions);
    QString error;
    QList<Output> outputs;
    QVERIFY(!SourceStages::outputs(facts(settings), factsDir, &outputs, &error));
    QVERIFY(outputs.isEmpty());
    QVERIFY2(error.contains(QStringLiteral("My source")), qPrintable(error));
    for (const QString &mention : mentions)
        QVERIFY2(error.contains(mention), qPrintable(error));
}

QTEST_GUILESS_MAIN(tst_SourceStages)
#include "tst_sourcestages.moc"
