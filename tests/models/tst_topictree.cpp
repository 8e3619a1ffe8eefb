#include "models/diversity/topictree.h"
#include "models/pipelinevalidator.h"
#include "models/projectformat.h"
#include "models/stageregistry.h"

#include <QJsonDocument>
#include <QTest>

using namespace Seedbed;
using namespace Seedbed::Diversity;

namespace {

QVariantMap node(const QString &name, const QVariantList &children = {})
{
    QVariantMap map{{QStringLiteral("name"), name}};
    if (!children.isEmpty())
        map.insert(QStringLiteral("children"), children);
    return map;
}

// cooking ─ baking ─ bread, cakes
//         └ grilling
QVariantMap cooking()
{
    return node(QStringLiteral("cooking"),
                {node(QStringLiteral("baking"),
                      {node(QStringLiteral("bread")), node(QStringLiteral("cakes"))}),
                 node(QStringLiteral("grilling"))});
}

QStringList path(const char *text)
{
    return QString::fromUtf8(text).split(QLatin1Char('|'));
}

} // namespace

class tst_TopicTree : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void roundTrip();
    void rootSettingNamesTheRoot();
    void readsJsonTextAndBareStrings();
    void dropsBlankAndRepeatedNames();
    void unreadableSettingIsRootAlone();
    void unexpanded_data();
    void unexpanded();
    void setChildren();
    void outputsOfLeaves();
    void outputsOfEveryNode();
    void outputKeysEscapeSlashes();
    void rootAloneMakesNoOutputs();
    void counts();
    void registryDeclaresTheSettings();
    void projectFileKeepsTheTree();
};

void tst_TopicTree::roundTrip()
{
    const TopicTree tree = TopicTree::fromSetting(cooking(), QStringLiteral("cooking"));
    QCOMPARE(tree.root.name, QStringLiteral("cooking"));
    QCOMPARE(tree.root.children.size(), 2);
    QCOMPARE(tree.root.children.at(0).children.at(1).name, QStringLiteral("cakes"));
    QCOMPARE(tree.toSetting(), QVariant(cooking()));
    QCOMPARE(TopicTree::fromSetting(tree.toSetting(), QStringLiteral("cooking")), tree);
}

void tst_TopicTree::rootSettingNamesTheRoot()
{
    const TopicTree renamed = TopicTree::fromSetting(cooking(), QStringLiteral(" cuisine "));
    QCOMPARE(renamed.root.name, QStringLiteral("cuisine"));
    QCOMPARE(renamed.topicCount(), 4); // the grown topics are kept
    // Without a root setting the stored name stands.
    QCOMPARE(TopicTree::fromSetting(cooking(), QString()).root.name, QStringLiteral("cooking"));
}

void tst_TopicTree::readsJsonTextAndBareStrings()
{
    const QString json =
        QStringLiteral(R"({"name":"x","children":[{"name":"a","children":["a1","a2"]},"b"]})");
    const TopicTree tree = TopicTree::fromSetting(json, QStringLiteral("x"));
    QCOMPARE(tree.topicCount(), 4);
    QVERIFY(tree.node(path("x|a|a2")));
    QVERIFY(tree.node(path("x|b")));
    QVERIFY(!tree.node(path("x|b|a1")));
}

void tst_TopicTree::dropsBlankAndRepeatedNames()
{
    const QVariantMap stored =
        node(QStringLiteral("r"), {node(QStringLiteral(" a ")), node(QStringLiteral("  ")),
                                   node(QStringLiteral("A"), {node(QStringLiteral("lost"))}),
                                   node(QStringLiteral("b"))});
    const TopicTree tree = TopicTree::fromSetting(stored, QStringLiteral("r"));
    QCOMPARE(tree.root.children.size(), 2);
    QCOMPARE(tree.root.children.at(0).name, QStringLiteral("a"));
    QCOMPARE(tree.root.children.at(1).name, QStringLiteral("b"));
    QCOMPARE(TopicTree::cleanNames({QStringLiteral("x"), QStringLiteral(" X"), QStringLiteral(""),
                                    QStringLiteral("y ")}),
             QStringList({QStringLiteral("x"), QStringLiteral("y")}));
}

void tst_TopicTree::unreadableSettingIsRootAlone()
{
    for (const QVariant &value : {QVariant(), QVariant(QStringLiteral("{not json")), QVariant(42),
                                  QVariant(QVariantMap())}) {
        const TopicTree tree = TopicTree::fromSetting(value, QStringLiteral("root"));
        QCOMPARE(tree.root.name, QStringLiteral("root"));
        QVERIFY(tree.root.children.isEmpty());
        QCOMPARE(tree.unexpanded(2), QList<QStringList>{{QStringLiteral("root")}});
    }
}

void tst_TopicTree::unexpanded_data()
{
    QTest::addColumn<int>("depth");
    QTest::addColumn<QList<QStringList>>("expected");
    QTest::newRow("depth 0") << 0 << QList<QStringList>{};
    QTest::newRow("depth 1: the root has children") << 1 << QList<QStringList>{};
    QTest::newRow("depth 2: grilling") << 2 << QList<QStringList>{path("cooking|grilling")};
    // Level by level: grilling (level 1) before bread and cakes (level 2).
    QTest::newRow("depth 3") << 3
                             << QList<QStringList>{path("cooking|grilling"),
                                                   path("cooking|baking|bread"),
                                                   path("cooking|baking|cakes")};
}

void tst_TopicTree::unexpanded()
{
    QFETCH(int, depth);
    QFETCH(QList<QStringList>, expected);
    const TopicTree tree = TopicTree::fromSetting(cooking(), QStringLiteral("cooking"));
    QCOMPARE(tree.unexpanded(depth), expected);
}

void tst_TopicTree::setChildren()
{
    TopicTree tree = TopicTree::fromSetting(cooking(), QStringLiteral("cooking"));
    QVERIFY(tree.setChildren(path("cooking|grilling"),
                             {QStringLiteral(" steak "), QStringLiteral("Steak"),
                              QStringLiteral(""), QStringLiteral("vegetables")}));
    const TopicNode *grilling = tree.node(path("cooking|grilling"));
    QVERIFY(grilling);
    QCOMPARE(grilling->children.size(), 2);
    QCOMPARE(grilling->children.at(0).name, QStringLiteral("steak"));
    // A branch is replaced, grandchildren included.
    QVERIFY(tree.setChildren(path("cooking|baking"), {QStringLiteral("pastry")}));
    QVERIFY(!tree.node(path("cooking|baking|bread")));
    QVERIFY(tree.node(path("cooking|baking|pastry")));
    QVERIFY(!tree.setChildren(path("cooking|frying"), {QStringLiteral("x")}));
    QVERIFY(!tree.setChildren(path("other"), {QStringLiteral("x")}));
    QVERIFY(!tree.setChildren({}, {QStringLiteral("x")}));
}

void tst_TopicTree::outputsOfLeaves()
{
    const TopicTree tree = TopicTree::fromSetting(cooking(), QStringLiteral("cooking"));
    const QList<Run::Output> outputs = tree.outputs(QStringLiteral("leaves"));
    QCOMPARE(outputs.size(), 3);
    QCOMPARE(outputs.at(0).itemKey, QStringLiteral("topic:baking/bread"));
    QCOMPARE(outputs.at(0).fields.value(QStringLiteral("topic")).toString(),
             QStringLiteral("bread"));
    QCOMPARE(outputs.at(0).fields.value(QStringLiteral("topic_path")).toString(),
             QStringLiteral("baking / bread"));
    QCOMPARE(outputs.at(0).fields.value(QStringLiteral("topic_depth")).toInt(), 2);
    QCOMPARE(outputs.at(1).itemKey, QStringLiteral("topic:baking/cakes"));
    QCOMPARE(outputs.at(2).itemKey, QStringLiteral("topic:grilling"));
    QCOMPARE(outputs.at(2).fields.value(QStringLiteral("topic_depth")).toInt(), 1);
    QCOMPARE(outputs.at(2).status, Run::RecordStatus::Ok);
}

void tst_TopicTree::outputsOfEveryNode()
{
    const TopicTree tree = TopicTree::fromSetting(cooking(), QStringLiteral("cooking"));
    QStringList keys;
    for (const Run::Output &out : tree.outputs(QStringLiteral("nodes")))
        keys.append(out.itemKey);
    const QStringList expected{QStringLiteral("topic:baking"), QStringLiteral("topic:baking/bread"),
                               QStringLiteral("topic:baking/cakes"),
                               QStringLiteral("topic:grilling")};
    QCOMPARE(keys, expected);
    QCOMPARE(tree.outputs(QStringLiteral("all")).size(), 4); // the brief's name for it
}

void tst_TopicTree::outputKeysEscapeSlashes()
{
    TopicTree tree = TopicTree::fromSetting(QVariant(), QStringLiteral("r"));
    QVERIFY(tree.setChildren({QStringLiteral("r")}, {QStringLiteral("a/b"), QStringLiteral("a")}));
    QVERIFY(tree.setChildren(path("r|a"), {QStringLiteral("b"), QStringLiteral("50%")}));
    QStringList keys;
    for (const Run::Output &out : tree.outputs(QStringLiteral("leaves")))
        keys.append(out.itemKey);
    QCOMPARE(keys, QStringList({QStringLiteral("topic:a%2Fb"), QStringLiteral("topic:a/b"),
                                QStringLiteral("topic:a/50%25")}));
    QCOMPARE(tree.outputs(QStringLiteral("leaves"))
                 .at(0)
                 .fields.value(QStringLiteral("topic_path"))
                 .toString(),
             QStringLiteral("a/b"));
}

void tst_TopicTree::rootAloneMakesNoOutputs()
{
    const TopicTree tree = TopicTree::fromSetting(QVariant(), QStringLiteral("r"));
    QVERIFY(tree.outputs(QStringLiteral("leaves")).isEmpty());
    QVERIFY(tree.outputs(QStringLiteral("nodes")).isEmpty());
    QCOMPARE(tree.leafCount(), 0);
    QCOMPARE(tree.height(), 0);
}

void tst_TopicTree::counts()
{
    const TopicTree tree = TopicTree::fromSetting(cooking(), QStringLiteral("cooking"));
    QCOMPARE(tree.leafCount(), 3);
    QCOMPARE(tree.topicCount(), 4);
    QCOMPARE(tree.height(), 2);
}

void tst_TopicTree::registryDeclaresTheSettings()
{
    const StageType *type = StageRegistry::instance().type(QStringLiteral("topic_tree"));
    QVERIFY(type);
    for (const char *key : {"root", "depth", "branching", "provider", "model", "temperature",
                            "tree", "emit", "concurrency"})
        QVERIFY2(type->setting(QLatin1String(key)), key);
    const SettingDef *emitDef = type->setting(QStringLiteral("emit"));
    QCOMPARE(emitDef->defaultValue.toString(), QStringLiteral("leaves"));
    QCOMPARE(emitDef->choices, QStringList({QStringLiteral("leaves"), QStringLiteral("nodes")}));
    // Each choice has a label of its own (not the attribute grid's "Every combination").
    QVERIFY(SettingDef::choiceLabel(QStringLiteral("nodes")) != QStringLiteral("nodes"));
    QVERIFY(SettingDef::choiceLabel(QStringLiteral("leaves")) != QStringLiteral("leaves"));
    QCOMPARE(type->addedFields(type->defaultSettings()),
             QStringList({QStringLiteral("topic"), QStringLiteral("topic_path"),
                          QStringLiteral("topic_depth")}));
}

void tst_TopicTree::projectFileKeepsTheTree()
{
    // The tree is a JSON object inside the project file, not a string; loading keeps it so.
    const StageType *type = StageRegistry::instance().type(QStringLiteral("topic_tree"));
    Stage stage;
    stage.id = QUuid::createUuid();
    stage.type = type->id;
    stage.name = QStringLiteral("Topics");
    stage.settings = type->defaultSettings();
    stage.settings.insert(QStringLiteral("root"), QStringLiteral("cooking"));
    stage.settings.insert(QStringLiteral("tree"), cooking());
    ProjectData data;
    data.name = QStringLiteral("p");
    data.stages = {stage};
    const QByteArray bytes = ProjectFormat::serialize(data);
    QVERIFY(bytes.contains("\"children\": ["));
    ProjectData back;
    ProjectError error;
    QVERIFY2(ProjectFormat::parse(bytes, QStringLiteral("test"), &back, &error),
             qPrintable(error.message));
    QCOMPARE(back.stages.size(), 1);
    const QVariant tree = back.stages.first().settings.value(QStringLiteral("tree"));
    QCOMPARE(tree.typeId(), QMetaType::QVariantMap);
    QCOMPARE(TopicTree::fromSetting(tree, QStringLiteral("cooking")),
             TopicTree::fromSetting(cooking(), QStringLiteral("cooking")));
    // The empty default survives as an (empty) object.
    QCOMPARE(ProjectFormat::normalizedSettings(type->id, type->defaultSettings())
                 .value(QStringLiteral("tree"))
                 .typeId(),
             QMetaType::QVariantMap);
}

QTEST_GUILESS_MAIN(tst_TopicTree)
#include "tst_topictree.moc"
