// Validation: every kind of problem is reported, on the right stage, in words for the user.
#include "models/pipelinevalidator.h"
#include "testhelpers.h"

#include <QTest>

using namespace Seedbed;
using Seedbed::Test::makeEdge;
using Seedbed::Test::makeStage;

namespace {
QStringList messagesFor(const QList<ValidationIssue> &issues, const QUuid &stage,
                        ValidationIssue::Severity severity = ValidationIssue::Error)
{
    QStringList result;
    for (const ValidationIssue &issue : issues) {
        if (issue.stage == stage && issue.severity == severity)
            result << issue.message;
    }
    return result;
}

// seed -> generate -> export, valid as built.
struct Chain
{
    PipelineGraph graph;
    Stage seed = makeStage("seed_table", "Seeds");
    Stage generate = makeStage("generate", "Generate");
    Stage out = makeStage("export", "Export");
    PromptTemplate prompt{QUuid::createUuid(), "P", {}, "{{ question }}", {}};

    Chain()
    {
        seed.settings["rows"] = QVariantList{QVariantMap{{"question", "Where is my parcel?"}}};
        generate.settings["template"] = prompt.id.toString(QUuid::WithoutBraces);
        generate.settings["provider"] = "Ollama";
        generate.settings["model"] = "qwen2.5:7b";
        graph.insertTemplate(prompt);
        for (const Stage &s : {seed, generate, out})
            graph.insertStage(s);
        graph.insertEdge(makeEdge(seed, generate));
        graph.insertEdge(makeEdge(generate, out));
    }
};
} // namespace

class TestPipelineValidator : public QObject
{
    Q_OBJECT

private slots:
    void validChainHasNoErrors();
    void everyRegisteredTypeHasConsistentSchema();
    void settingProblems_data();
    void settingProblems();
    void unconnectedRequiredInput();
    void unusedOutputIsAWarning();
    void cycleFromAForeignFile();
    void unknownType();
    void missingTemplate();
    void crossSettingChecks();
};

void TestPipelineValidator::validChainHasNoErrors()
{
    Chain chain;
    const QList<ValidationIssue> issues = PipelineValidator::validate(chain.graph);
    QCOMPARE(issues, QList<ValidationIssue>());
}

void TestPipelineValidator::everyRegisteredTypeHasConsistentSchema()
{
    // Defaults must satisfy each type's own schema, or a freshly added stage would be red for
    // reasons the user did not cause.
    for (const StageType &type : StageRegistry::instance().types()) {
        QVERIFY2(!type.displayName().isEmpty(), qPrintable(type.id));
        QVERIFY2(!type.description().isEmpty(), qPrintable(type.id));
        QVERIFY2(type.icon.startsWith(":/icons/stages/"), qPrintable(type.id));
        for (const SettingDef &def : type.settings) {
            const QString where = type.id + "." + def.key;
            QVERIFY2(!def.label().isEmpty() && !def.help().isEmpty(), qPrintable(where));
            if (def.type == SettingType::Choice)
                QVERIFY2(def.choices.contains(def.defaultValue.toString()), qPrintable(where));
            if (def.type == SettingType::Integer || def.type == SettingType::Real) {
                QVERIFY2(def.minimum.isValid() && def.maximum.isValid(), qPrintable(where));
                QVERIFY2(def.defaultValue.toDouble() >= def.minimum.toDouble() &&
                             def.defaultValue.toDouble() <= def.maximum.toDouble(),
                         qPrintable(where));
            }
        }
    }
    QCOMPARE(StageRegistry::instance().types().size(), 19);
    for (const StageCategory category : StageRegistry::categories())
        QVERIFY(!StageRegistry::instance().typesIn(category).isEmpty());
}

void TestPipelineValidator::settingProblems_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<QVariant>("value");
    QTest::addColumn<QString>("expected");

    QTest::newRow("above maximum")
        << "temperature" << QVariant(3.5) << "Temperature is 3.5; it must be between 0 and 2.";
    QTest::newRow("below minimum") << "concurrency" << QVariant(0)
                                   << "Concurrent requests is 0; it must be between 1 and 1024.";
    QTest::newRow("fraction") << "samplesPerInput" << QVariant(2.5)
                              << "Samples per input must be a whole number.";
    QTest::newRow("not a number") << "maxTokens" << QVariant("many")
                                  << "Max tokens must be a number.";
    QTest::newRow("bad choice") << "outputFormat" << QVariant("xml")
                                << "Output format \"xml\" is not one of the offered choices.";
    QTest::newRow("required blank") << "model" << QVariant("  ") << "Model is required.";
    QTest::newRow("required empty list")
        << "outputFields" << QVariant(QStringList()) << "Output fields is required.";
}

void TestPipelineValidator::settingProblems()
{
    QFETCH(QString, key);
    QFETCH(QVariant, value);
    QFETCH(QString, expected);
    Chain chain;
    chain.graph.setStageSetting(chain.generate.id, key, value);
    const QList<ValidationIssue> issues = PipelineValidator::validate(chain.graph);
    QCOMPARE(messagesFor(issues, chain.generate.id), QStringList{expected});
    QCOMPARE(issues.first().setting, key);
}

void TestPipelineValidator::unconnectedRequiredInput()
{
    Chain chain;
    chain.graph.removeEdge(makeEdge(chain.seed, chain.generate));
    const QList<ValidationIssue> issues = PipelineValidator::validate(chain.graph);
    QCOMPARE(messagesFor(issues, chain.generate.id),
             QStringList{"The input \"Input\" is not connected; connect a stage's output to it."});
    // The optional "real" input of a mix stage is not required.
    const Stage mix = makeStage("mix", "Mix");
    chain.graph.insertStage(mix);
    chain.graph.insertEdge({chain.generate.id, mix.id, "synthetic"});
    QCOMPARE(messagesFor(PipelineValidator::validateStage(chain.graph, mix.id), mix.id),
             QStringList());
}

void TestPipelineValidator::unusedOutputIsAWarning()
{
    Chain chain;
    chain.graph.removeEdge(makeEdge(chain.generate, chain.out));
    const QList<ValidationIssue> issues = PipelineValidator::validate(chain.graph);
    QCOMPARE(messagesFor(issues, chain.generate.id, ValidationIssue::Warning),
             QStringList{"Nothing uses the output of this stage."});
    QCOMPARE(messagesFor(issues, chain.generate.id), QStringList());
}

void TestPipelineValidator::cycleFromAForeignFile()
{
    Chain chain;
    const Stage judge = makeStage("judge", "Judge");
    chain.graph.insertStage(judge);
    // The graph refuses this connection; a hand-edited file can still contain it.
    QVERIFY(chain.graph.canConnect({chain.generate.id, judge.id, "in"}));
    chain.graph.insertEdge({chain.generate.id, judge.id, "in"});
    QVERIFY(!chain.graph.canConnect({judge.id, chain.generate.id, "in"}));
    chain.graph.removeEdge(makeEdge(chain.seed, chain.generate));
    chain.graph.insertEdge({judge.id, chain.generate.id, "in"});
    const QList<ValidationIssue> issues = PipelineValidator::validate(chain.graph);
    const QString loop = "This stage is part of a loop; remove one of the connections of the loop.";
    QVERIFY(messagesFor(issues, chain.generate.id).contains(loop));
    QVERIFY(messagesFor(issues, judge.id).contains(loop));
    QVERIFY(!messagesFor(issues, chain.seed.id).contains(loop));
}

void TestPipelineValidator::unknownType()
{
    PipelineGraph graph;
    const Stage alien{QUuid::createUuid(), "teleport", "Alien", {}, {}};
    graph.insertStage(alien);
    QCOMPARE(messagesFor(PipelineValidator::validate(graph), alien.id),
             QStringList{"The stage type \"teleport\" is unknown to this version of Seedbed."});
}

void TestPipelineValidator::missingTemplate()
{
    Chain chain;
    chain.graph.takeTemplate(chain.prompt.id);
    QCOMPARE(messagesFor(PipelineValidator::validate(chain.graph), chain.generate.id),
             QStringList{"The chosen prompt template no longer exists; choose another."});
}

void TestPipelineValidator::crossSettingChecks()
{
    PipelineGraph graph;
    Stage split = makeStage("split", "Split");
    split.settings["train"] = 0.9;
    Stage judge = makeStage("judge", "Judge");
    judge.settings["scaleMax"] = 5;
    judge.settings["threshold"] = 6.0;
    Stage filter = makeStage("rule_filter", "Filter");
    filter.settings["mustMatch"] = "([a-z";
    Stage seeds = makeStage("seed_table", "Seeds");
    for (const Stage &s : {split, judge, filter, seeds})
        graph.insertStage(s);
    const QList<ValidationIssue> issues = PipelineValidator::validate(graph);
    QVERIFY(
        messagesFor(issues, split.id).contains("The shares add up to 1.1; they must add up to 1."));
    QVERIFY(messagesFor(issues, judge.id)
                .contains("The pass threshold is above the highest score, so every record "
                          "would be filtered."));
    QVERIFY(
        messagesFor(issues, filter.id).join('\n').contains("is not a valid regular expression"));
    QCOMPARE(messagesFor(issues, seeds.id),
             QStringList{"Add at least one seed row or choose a file to import."});
}

QTEST_GUILESS_MAIN(TestPipelineValidator)
#include "tst_pipelinevalidator.moc"
