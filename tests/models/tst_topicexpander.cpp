#include "models/diversity/topicexpander.h"
#include "models/llm/llmclient.h"

#include "llm/loopbackserver.h"
#include "llm/openaiwire.h"
#include "run/pipelinefixture.h"
#include "testhelpers.h"

#include <QHash>
#include <QJsonArray>
#include <QMutex>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTest>

#include <memory>

using namespace Seedbed;
using namespace Seedbed::Diversity;
using namespace Seedbed::Test;

namespace {

// The topic a request asks about, as the built-in prompt quotes it.
QString askedTopic(const ReceivedRequest &request)
{
    static const QRegularExpression quoted(QStringLiteral("subtopics of \"([^\"]+)\""));
    return quoted.match(lastUserMessage(request)).captured(1);
}

QByteArray arrayOf(const QStringList &names)
{
    return QJsonDocument(QJsonArray::fromStringList(names)).toJson(QJsonDocument::Compact);
}

// Answers "<topic>.1", "<topic>.2"… as many as the prompt asks for; topics listed in
// m_suffix get that suffix on their answers (a changed answer for regenerate).
class Model
{
public:
    LoopbackServer::Responder responder()
    {
        return [this](const ReceivedRequest &request) {
            const QString topic = askedTopic(request);
            static const QRegularExpression count(QStringLiteral(R"(List (\d+) distinct)"));
            const int n = count.match(lastUserMessage(request)).captured(1).toInt();
            QString suffix;
            {
                QMutexLocker locker(&m_mutex);
                suffix = m_suffix.value(topic);
            }
            if (topic == QLatin1String("bad"))
                return streamed(openAiStream({QStringLiteral("I would rather not.")}));
            if (topic == QLatin1String("slow"))
                return Script().hang();
            QStringList names;
            for (int i = 1; i <= n; ++i)
                names.append(QStringLiteral("%1.%2%3").arg(topic).arg(i).arg(suffix));
            // Fenced, as models like to: the parser must look inside.
            return streamed(
                openAiStream({QStringLiteral("```json\n"), QString::fromUtf8(arrayOf(names)),
                              QStringLiteral("\n```")}));
        };
    }
    void setSuffix(const QString &topic, const QString &suffix)
    {
        QMutexLocker locker(&m_mutex);
        m_suffix.insert(topic, suffix);
    }

private:
    QMutex m_mutex;
    QHash<QString, QString> m_suffix;
};

Stage topicStage(int depth, int branching, int concurrency)
{
    Stage stage = makeStage(QStringLiteral("topic_tree"), QStringLiteral("Topics"));
    stage.settings.insert(QStringLiteral("root"), QStringLiteral("r"));
    stage.settings.insert(QStringLiteral("depth"), depth);
    stage.settings.insert(QStringLiteral("branching"), branching);
    stage.settings.insert(QStringLiteral("concurrency"), concurrency);
    stage.settings.insert(QStringLiteral("provider"), QStringLiteral("Loopback"));
    stage.settings.insert(QStringLiteral("model"), QStringLiteral("test-model"));
    stage.settings.insert(QStringLiteral("temperature"), 0.7);
    return stage;
}

Llm::ProviderProfile profileFor(const LoopbackServer &server)
{
    Llm::ProviderProfile profile;
    profile.id = QStringLiteral("loopback-id");
    profile.name = QStringLiteral("Loopback");
    profile.baseUrl = server.url(QStringLiteral("/v1"));
    profile.models = {QStringLiteral("test-model")};
    profile.maxAttempts = 1;
    profile.maxConcurrency = 16;
    return profile;
}

TopicTree rootAlone()
{
    return TopicTree::fromSetting(QVariant(), QStringLiteral("r"));
}

QStringList names(const TopicNode *node)
{
    QStringList result;
    if (node) {
        for (const TopicNode &child : node->children)
            result.append(child.name);
    }
    return result;
}

QStringList path(const char *text)
{
    return QString::fromUtf8(text).split(QLatin1Char('|'));
}

struct Outcome
{
    TopicTree tree;
    QString error;
};

Outcome waitFor(TopicExpander &expander)
{
    QSignalSpy spy(&expander, &TopicExpander::finished);
    if (!spy.wait(20000))
        return {{}, QStringLiteral("<no finished() signal>")};
    return {spy.first().at(0).value<TopicTree>(), spy.first().at(1).toString()};
}

} // namespace

class tst_TopicExpander : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void requestNamesPathAndSiblings();
    void parseSubtopics_data();
    void parseSubtopics();
    void expandsLevelByLevel();
    void keepsToTheConcurrency();
    void secondRunComesFromTheCache();
    void regenerateReplacesOneBranch();
    void rejectedKeyIsExplained();
    void malformedAnswerKeepsThePartialTree();
    void cancelStopsAndKeepsTree();
    void nothingToDoFinishesAtOnce();
};

void tst_TopicExpander::requestNamesPathAndSiblings()
{
    const Stage stage = topicStage(2, 4, 2);
    const Llm::ChatRequest request =
        TopicExpander::request(stage, QStringLiteral("m"), path("cooking|baking"), 4,
                               {QStringLiteral("grilling"), QStringLiteral("frying")});
    QCOMPARE(request.model, QStringLiteral("m"));
    QCOMPARE(request.temperature, std::optional<double>(0.7));
    QCOMPARE(request.messages.size(), 2);
    const QString user = request.messages.last().content;
    QVERIFY2(user.contains(QStringLiteral("cooking / baking")), qPrintable(user));
    QVERIFY(user.contains(QStringLiteral("4 distinct subtopics of \"baking\"")));
    QVERIFY(user.contains(QStringLiteral("grilling; frying")));
    QVERIFY(user.contains(QStringLiteral("JSON array")));
    // The root has no neighbours to avoid.
    const QString rootPrompt =
        TopicExpander::request(stage, QStringLiteral("m"), path("cooking"), 4, {})
            .messages.last()
            .content;
    QVERIFY(!rootPrompt.contains(QStringLiteral("neighbouring")));
    // The path is part of the cache key: the same topic name elsewhere is another request.
    const auto key = [&stage](const QStringList &p) {
        return TopicExpander::cacheKey(TopicExpander::request(stage, QStringLiteral("m"), p, 4, {}),
                                       0);
    };
    QVERIFY(key(path("a|x")) != key(path("b|x")));
    QCOMPARE(key(path("a|x")), key(path("a|x")));
    QVERIFY(TopicExpander::cacheKey(request, 1) != TopicExpander::cacheKey(request, 2));
}

void tst_TopicExpander::parseSubtopics_data()
{
    QTest::addColumn<QString>("content");
    QTest::addColumn<int>("branching");
    QTest::addColumn<QStringList>("expected");
    const QStringList ab{QStringLiteral("a"), QStringLiteral("b")};
    QTest::newRow("array") << QStringLiteral(R"(["a", "b"])") << 5 << ab;
    QTest::newRow("fenced after reasoning")
        << QStringLiteral("<think>maybe [\"x\"]</think>Sure:\n```json\n[\"a\",\"b\"]\n```") << 5
        << ab;
    QTest::newRow("object") << QStringLiteral(R"({"subtopics": ["a", "b"]})") << 5 << ab;
    QTest::newRow("object with another key")
        << QStringLiteral(R"({"list": ["a", "b"]})") << 5 << ab;
    QTest::newRow("objects with names")
        << QStringLiteral(R"([{"name": "a", "why": "x"}, {"topic": "b"}])") << 5 << ab;
    QTest::newRow("numbered list")
        << QStringLiteral("Here you go:\n1. a\n2) b\n\nEnjoy.") << 5 << ab;
    QTest::newRow("bulleted, bold, explained")
        << QStringLiteral("- **a**: the first\n* \"b\" — the second\n") << 5 << ab;
    QTest::newRow("trimmed and de-duplicated")
        << QStringLiteral(R"([" a ", "A", "", "b", "a"])") << 5 << ab;
    QTest::newRow("at most branching") << QStringLiteral(R"(["a", "b", "c", "d"])") << 2 << ab;
    QTest::newRow("prose") << QStringLiteral("I cannot help with that.") << 5 << QStringList();
    QTest::newRow("empty array") << QStringLiteral("[]") << 5 << QStringList();
    QTest::newRow("broken JSON, no list") << QStringLiteral(R"(["a", "b")") << 5 << QStringList();
}

void tst_TopicExpander::parseSubtopics()
{
    QFETCH(QString, content);
    QFETCH(int, branching);
    QFETCH(QStringList, expected);
    QString error;
    QCOMPARE(TopicExpander::parseSubtopics(content, branching, &error), expected);
    QCOMPARE(error.isEmpty(), !expected.isEmpty());
}

void tst_TopicExpander::expandsLevelByLevel()
{
    Model model;
    LoopbackServer server(model.responder());
    Llm::LlmClient client;
    TopicExpander expander(&client, profileFor(server), {}, QStringLiteral("test-model"),
                           topicStage(2, 3, 8));
    QSignalSpy progress(&expander, &TopicExpander::progress);
    expander.expand(rootAlone(), 2);
    QVERIFY(expander.isRunning());
    const Outcome outcome = waitFor(expander);
    QVERIFY2(outcome.error.isEmpty(), qPrintable(outcome.error));
    const TopicTree &tree = outcome.tree;
    QCOMPARE(names(&tree.root), QStringList({"r.1", "r.2", "r.3"}));
    QCOMPARE(names(tree.node(path("r|r.2"))), QStringList({"r.2.1", "r.2.2", "r.2.3"}));
    QCOMPARE(tree.leafCount(), 9);
    QCOMPARE(tree.height(), 2);
    QCOMPARE(server.requestCount(), 4);
    QCOMPARE(expander.calls(), 4);
    QVERIFY(!expander.isRunning());

    // The root first, then its three children, each told about the other two.
    const QList<ReceivedRequest> requests = server.requests();
    QCOMPARE(askedTopic(requests.first()), QStringLiteral("r"));
    bool sawSiblings = false;
    for (const ReceivedRequest &r : requests) {
        if (askedTopic(r) == QLatin1String("r.2")) {
            const QString prompt = lastUserMessage(r);
            QVERIFY(prompt.contains(QStringLiteral("Topic path: r / r.2")));
            QVERIFY(prompt.contains(QStringLiteral("r.1; r.3")));
            sawSiblings = true;
        }
    }
    QVERIFY(sawSiblings);
    QVERIFY(!progress.isEmpty());
    QCOMPARE(progress.last().at(0).toInt(), 4);
    QCOMPARE(progress.last().at(1).toInt(), 4);
    // The first estimate, before anything is known: 1 + 3 requests.
    QCOMPARE(progress.first().at(1).toInt(), 4);
}

void tst_TopicExpander::keepsToTheConcurrency()
{
    Model model;
    LoopbackServer server(model.responder());
    Llm::LlmClient client;
    TopicExpander expander(&client, profileFor(server), {}, QStringLiteral("test-model"),
                           topicStage(2, 6, 2));
    expander.expand(rootAlone(), 2);
    const Outcome outcome = waitFor(expander);
    QVERIFY2(outcome.error.isEmpty(), qPrintable(outcome.error));
    QCOMPARE(outcome.tree.leafCount(), 36);
    QCOMPARE(server.requestCount(), 7);
    QVERIFY(server.maxInFlight() <= 2);
}

void tst_TopicExpander::secondRunComesFromTheCache()
{
    Model model;
    LoopbackServer server(model.responder());
    Llm::LlmClient client;
    QHash<QByteArray, QString> stored;
    TopicExpander::Cache cache;
    cache.lookup = [&stored](const QByteArray &key) -> std::optional<QString> {
        const auto it = stored.constFind(key);
        return it == stored.cend() ? std::nullopt : std::optional<QString>(it.value());
    };
    cache.store = [&stored](const QByteArray &key, const QString &content) {
        stored.insert(key, content);
    };
    cache.salt = 7;
    TopicExpander expander(&client, profileFor(server), {}, QStringLiteral("test-model"),
                           topicStage(2, 2, 4));
    expander.setCache(cache);
    expander.expand(rootAlone(), 2);
    const Outcome first = waitFor(expander);
    QVERIFY2(first.error.isEmpty(), qPrintable(first.error));
    QCOMPARE(stored.size(), 3);
    QCOMPARE(server.requestCount(), 3);

    expander.expand(rootAlone(), 2);
    const Outcome second = waitFor(expander);
    QVERIFY2(second.error.isEmpty(), qPrintable(second.error));
    QCOMPARE(second.tree, first.tree);
    QCOMPARE(server.requestCount(), 3); // nothing new on the wire
    QCOMPARE(expander.cacheHits(), 3);
    QCOMPARE(expander.calls(), 0);

    // Another salt is another cache.
    cache.salt = 8;
    expander.setCache(cache);
    expander.expand(rootAlone(), 1);
    QVERIFY(waitFor(expander).error.isEmpty());
    QCOMPARE(server.requestCount(), 4);
}

void tst_TopicExpander::regenerateReplacesOneBranch()
{
    Model model;
    LoopbackServer server(model.responder());
    Llm::LlmClient client;
    QHash<QByteArray, QString> stored;
    TopicExpander::Cache cache;
    cache.lookup = [&stored](const QByteArray &key) -> std::optional<QString> {
        const auto it = stored.constFind(key);
        return it == stored.cend() ? std::nullopt : std::optional<QString>(it.value());
    };
    cache.store = [&stored](const QByteArray &key, const QString &content) {
        stored.insert(key, content);
    };
    TopicExpander expander(&client, profileFor(server), {}, QStringLiteral("test-model"),
                           topicStage(3, 2, 4));
    expander.setCache(cache);
    expander.expand(rootAlone(), 3);
    const Outcome first = waitFor(expander);
    QVERIFY2(first.error.isEmpty(), qPrintable(first.error));
    QCOMPARE(first.tree.leafCount(), 8);
    const int before = server.requestCount();
    QCOMPARE(before, 7);

    // The same request, but regenerate skips the cache and the model answers differently.
    model.setSuffix(QStringLiteral("r.1"), QStringLiteral("b"));
    expander.regenerate(first.tree, path("r|r.1"), 3);
    const Outcome second = waitFor(expander);
    QVERIFY2(second.error.isEmpty(), qPrintable(second.error));
    QCOMPARE(names(second.tree.node(path("r|r.1"))), QStringList({"r.1.1b", "r.1.2b"}));
    // The new branch is grown to the depth; the other branch is untouched.
    QCOMPARE(names(second.tree.node(path("r|r.1|r.1.2b"))), QStringList({"r.1.2b.1", "r.1.2b.2"}));
    QCOMPARE(*second.tree.node(path("r|r.2")), *first.tree.node(path("r|r.2")));
    QCOMPARE(server.requestCount(), before + 3);
    // The new answer replaced the cached one.
    const Llm::ChatRequest request = TopicExpander::request(
        topicStage(3, 2, 4), QStringLiteral("test-model"), path("r|r.1"), 2, {"r.2"});
    QVERIFY(stored.value(TopicExpander::cacheKey(request, 0)).contains(QStringLiteral("r.1.1b")));

    expander.regenerate(first.tree, path("r|gone"), 3);
    QVERIFY(waitFor(expander).error.contains(QStringLiteral("r / gone")));
}

void tst_TopicExpander::rejectedKeyIsExplained()
{
    LoopbackServer server([](const ReceivedRequest &) {
        return Script().write(fullResponse(
            401, "Unauthorized", R"({"error":{"message":"Incorrect API key provided"}})"));
    });
    Llm::LlmClient client;
    TopicExpander expander(&client, profileFor(server), "sk-wrong", QStringLiteral("test-model"),
                           topicStage(2, 2, 2));
    expander.expand(rootAlone(), 2);
    const Outcome outcome = waitFor(expander);
    QVERIFY2(outcome.error.contains(QStringLiteral("401")), qPrintable(outcome.error));
    QVERIFY(outcome.error.contains(QStringLiteral("Loopback")));
    QVERIFY(!outcome.error.contains(QStringLiteral("sk-wrong")));
    QCOMPARE(outcome.tree, rootAlone());
    QCOMPARE(server.requestCount(), 1);
}

void tst_TopicExpander::malformedAnswerKeepsThePartialTree()
{
    Model model;
    LoopbackServer server(model.responder());
    Llm::LlmClient client;
    TopicExpander expander(&client, profileFor(server), {}, QStringLiteral("test-model"),
                           topicStage(2, 3, 1));
    TopicTree tree = rootAlone();
    QVERIFY(tree.setChildren({QStringLiteral("r")},
                             {QStringLiteral("a"), QStringLiteral("bad"), QStringLiteral("c")}));
    expander.expand(tree, 2);
    const Outcome outcome = waitFor(expander);
    QVERIFY2(outcome.error.contains(QStringLiteral("“r / bad”")), qPrintable(outcome.error));
    QVERIFY(outcome.error.contains(QStringLiteral("neither a JSON array")));
    // One at a time: "a" was answered and kept; after the failure "c" was never asked.
    QCOMPARE(names(outcome.tree.node(path("r|a"))), QStringList({"a.1", "a.2", "a.3"}));
    QVERIFY(names(outcome.tree.node(path("r|c"))).isEmpty());
    QCOMPARE(server.requestCount(), 2);
}

void tst_TopicExpander::cancelStopsAndKeepsTree()
{
    Model model;
    LoopbackServer server(model.responder());
    Llm::LlmClient client;
    TopicExpander expander(&client, profileFor(server), {}, QStringLiteral("test-model"),
                           topicStage(2, 2, 2));
    TopicTree tree = rootAlone();
    QVERIFY(tree.setChildren({QStringLiteral("r")}, {QStringLiteral("slow")}));
    QSignalSpy finished(&expander, &TopicExpander::finished);
    expander.expand(tree, 2);
    QTRY_COMPARE_WITH_TIMEOUT(server.inFlight(), 1, 10000);
    expander.cancel();
    QVERIFY(!expander.isRunning());
    QCOMPARE(finished.size(), 0); // never from inside cancel()
    QVERIFY(finished.wait(10000));
    QCOMPARE(finished.size(), 1);
    QCOMPARE(finished.first().at(0).value<TopicTree>(), tree);
    QVERIFY(finished.first().at(1).toString().startsWith(QStringLiteral("Stopped")));
    QTRY_COMPARE_WITH_TIMEOUT(server.inFlight(), 0, 10000); // the request was dropped
    expander.cancel();                                      // idle: nothing happens
    QTest::qWait(0);
    QCOMPARE(finished.size(), 1);
}

void tst_TopicExpander::nothingToDoFinishesAtOnce()
{
    LoopbackServer server([](const ReceivedRequest &) { return Script().close(); });
    Llm::LlmClient client;
    TopicExpander expander(&client, profileFor(server), {}, QStringLiteral("test-model"),
                           topicStage(1, 2, 2));
    TopicTree tree = rootAlone();
    QVERIFY(tree.setChildren({QStringLiteral("r")}, {QStringLiteral("a")}));
    QSignalSpy finished(&expander, &TopicExpander::finished);
    expander.expand(tree, 1);
    QCOMPARE(finished.size(), 0);
    const Outcome outcome = waitFor(expander);
    QVERIFY(outcome.error.isEmpty());
    QCOMPARE(outcome.tree, tree);
    QCOMPARE(server.requestCount(), 0);
}

QTEST_GUILESS_MAIN(tst_TopicExpander)
#include "tst_topicexpander.moc"
