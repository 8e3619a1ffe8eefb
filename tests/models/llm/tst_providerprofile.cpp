#include "models/llm/providerpresets.h"
#include "models/llm/providerprofile.h"
#include "models/stablejson.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>
#include <QTest>
#include <QUuid>

using namespace Seedbed;
using namespace Seedbed::Llm;

Q_DECLARE_METATYPE(Seedbed::Llm::ProviderProfile)

namespace {
const QByteArray canary = "sk-canary-0123456789abcdefghij";

QByteArray stableBytes(const ProviderProfile &profile)
{
    return StableJson().write(profile.toJson());
}

ProviderProfile fullProfile()
{
    ProviderProfile profile;
    profile.id = "5f0c2a4e-1111-4222-8333-944455556666";
    profile.name = "深度求索 DeepSeek";
    profile.protocol = Protocol::OpenAiCompatible;
    profile.baseUrl = QUrl("https://api.deepseek.com/v1");
    profile.models = {"deepseek-chat", "deepseek-reasoner"};
    profile.keyEnvironmentVariable = "DEEPSEEK_API_KEY";
    profile.keyInKeychain = true;
    profile.maxConcurrency = 64;
    profile.requestsPerMinute = 600;
    profile.tokensPerMinute = 1000000;
    profile.maxAttempts = 5;
    profile.connectTimeoutMs = 3000;
    profile.idleTimeoutMs = 45000;
    profile.totalTimeoutMs = 900000;
    profile.currency = "CNY";
    profile.prices.insert("deepseek-chat", ModelPrice{2, 8});
    profile.prices.insert("deepseek-reasoner", ModelPrice{0.27, 1.1});
    return profile;
}

const QSet<QString> allowedKeys{
    "id",
    "name",
    "protocol",
    "baseUrl",
    "models",
    "keyEnvironmentVariable",
    "keyInKeychain",
    "maxConcurrency",
    "requestsPerMinute",
    "tokensPerMinute",
    "maxAttempts",
    "connectTimeoutMs",
    "idleTimeoutMs",
    "totalTimeoutMs",
    "currency",
    "prices",
};
} // namespace

class TestProviderProfile : public QObject
{
    Q_OBJECT

private slots:
    void roundTripIsByteStable_data();
    void roundTripIsByteStable();
    void protocolNames_data();
    void protocolNames();
    void neverWritesAKey();
    void unknownKeysAreIgnored();
    void missingAndBadValuesFallBack();
    void pricesRoundTrip();

    void presetsAreComplete();
    void presetsAreWellFormed_data();
    void presetsAreWellFormed();
    void presetsMatchUrls_data();
    void presetsMatchUrls();
    void presetMakesProfile();
};

void TestProviderProfile::roundTripIsByteStable_data()
{
    QTest::addColumn<ProviderProfile>("profile");

    QTest::newRow("defaults") << ProviderProfile();
    QTest::newRow("full") << fullProfile();

    ProviderProfile ollama;
    ollama.id = "ollama-1";
    ollama.name = "Local Ollama";
    ollama.protocol = Protocol::OllamaNative;
    ollama.baseUrl = QUrl("http://127.0.0.1:11434");
    ollama.models = {"qwen2.5:7b"};
    QTest::newRow("ollama") << ollama;

    ProviderProfile anthropic;
    anthropic.id = "a";
    anthropic.name = "Anthropic \"quoted\" \\ name";
    anthropic.protocol = Protocol::Anthropic;
    anthropic.baseUrl = QUrl("https://api.anthropic.com");
    anthropic.prices.insert("claude-haiku-4-5-20251001", ModelPrice{1, 5});
    QTest::newRow("anthropic") << anthropic;

    ProviderProfile query;
    query.id = "azure";
    query.name = "Query and path";
    query.baseUrl = QUrl("https://example.test/openai/deployments/x?api-version=2024-06-01");
    QTest::newRow("url with query") << query;
}

void TestProviderProfile::roundTripIsByteStable()
{
    QFETCH(ProviderProfile, profile);

    const QByteArray first = stableBytes(profile);
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(first, &error);
    QCOMPARE(error.error, QJsonParseError::NoError);
    const ProviderProfile back = ProviderProfile::fromJson(document.object());
    QCOMPARE(back, profile);
    QCOMPARE(stableBytes(back), first);
    // And once more through Qt's own writer, for good measure.
    const ProviderProfile again = ProviderProfile::fromJson(
        QJsonDocument::fromJson(QJsonDocument(back.toJson()).toJson()).object());
    QCOMPARE(stableBytes(again), first);
}

void TestProviderProfile::protocolNames_data()
{
    QTest::addColumn<int>("protocol");
    QTest::addColumn<QString>("name");
    QTest::newRow("openai") << int(Protocol::OpenAiCompatible) << "openai";
    QTest::newRow("ollama") << int(Protocol::OllamaNative) << "ollama";
    QTest::newRow("anthropic") << int(Protocol::Anthropic) << "anthropic";
}

void TestProviderProfile::protocolNames()
{
    QFETCH(int, protocol);
    QFETCH(QString, name);
    QCOMPARE(ProviderProfile::protocolName(Protocol(protocol)), name);
    QCOMPARE(ProviderProfile::protocolFromName(name), std::optional<Protocol>(Protocol(protocol)));

    ProviderProfile profile;
    profile.protocol = Protocol(protocol);
    QCOMPARE(profile.toJson().value("protocol").toString(), name);
    QCOMPARE(ProviderProfile::fromJson(profile.toJson()).protocol, Protocol(protocol));

    QVERIFY(!ProviderProfile::protocolFromName(name.toUpper()).has_value());
    QVERIFY(!ProviderProfile::protocolFromName(u"gemini").has_value());
}

void TestProviderProfile::neverWritesAKey()
{
    QJsonObject object = fullProfile().toJson();
    const QStringList keys = object.keys();
    for (const QString &key : keys)
        QVERIFY2(allowedKeys.contains(key), qPrintable(key));

    // Whatever a hand-edited file carries, a key does not survive a round trip.
    for (const char *field : {"key", "apiKey", "api_key", "secret", "token", "password"})
        object.insert(QString::fromLatin1(field), QString::fromLatin1(canary));
    const ProviderProfile back = ProviderProfile::fromJson(object);
    QVERIFY(!stableBytes(back).contains(canary));
    QVERIFY(!QJsonDocument(back.toJson()).toJson().contains(canary));
    QCOMPARE(back, fullProfile());
}

void TestProviderProfile::unknownKeysAreIgnored()
{
    QJsonObject object = fullProfile().toJson();
    object.insert("futureField", QJsonObject{{"nested", true}});
    object.insert("comment", "written by hand");
    QCOMPARE(ProviderProfile::fromJson(object), fullProfile());
}

void TestProviderProfile::missingAndBadValuesFallBack()
{
    const ProviderProfile defaults;
    QCOMPARE(ProviderProfile::fromJson(QJsonObject()), defaults);

    const QJsonObject bad{
        {"protocol", "gemini"},
        {"maxConcurrency", 0},
        {"maxAttempts", -2},
        {"requestsPerMinute", -5},
        {"connectTimeoutMs", "soon"},
        {"totalTimeoutMs", 1e15},
        {"models", QJsonArray{"a", 3, "", "b"}},
        {"currency", ""},
        {"prices", QJsonObject{{"a", QJsonObject{{"inputPerMillion", -1}}}, {"b", 7}}},
    };
    const ProviderProfile profile = ProviderProfile::fromJson(bad);
    QCOMPARE(profile.protocol, Protocol::OpenAiCompatible);
    QCOMPARE(profile.maxConcurrency, 1);
    QCOMPARE(profile.maxAttempts, 1);
    QCOMPARE(profile.requestsPerMinute, 0);
    QCOMPARE(profile.connectTimeoutMs, defaults.connectTimeoutMs);
    QCOMPARE(profile.totalTimeoutMs, 2147483647);
    QCOMPARE(profile.models, QStringList({"a", "b"}));
    QCOMPARE(profile.currency, QString("USD"));
    QCOMPARE(profile.prices.size(), 1);
    QCOMPARE(profile.prices.value("a"), ModelPrice{});
}

void TestProviderProfile::pricesRoundTrip()
{
    const QByteArray bytes = stableBytes(fullProfile());
    // Readable in a diff: prices keyed by model, fractional prices in shortest form.
    QVERIFY(bytes.contains("\"deepseek-reasoner\": {"));
    QVERIFY(bytes.contains("\"inputPerMillion\": 0.27"));
    QVERIFY(bytes.contains("\"outputPerMillion\": 1.1"));
    const ProviderProfile back = ProviderProfile::fromJson(QJsonDocument::fromJson(bytes).object());
    QCOMPARE(back.prices.value("deepseek-reasoner"), (ModelPrice{0.27, 1.1}));
}

void TestProviderProfile::presetsAreComplete()
{
    const QList<ProviderPresets::Preset> presets = ProviderPresets::all();
    QStringList ids;
    QSet<QString> names;
    for (const auto &preset : presets) {
        ids.append(preset.id);
        names.insert(preset.name);
    }
    QCOMPARE(ids, QStringList({"openai", "deepseek", "qwen", "zhipu", "moonshot", "siliconflow",
                               "openrouter", "anthropic", "ollama", "vllm", "llamacpp", "lmstudio",
                               "custom"}));
    QCOMPARE(names.size(), presets.size());
    QVERIFY(ProviderPresets::find(u"deepseek").has_value());
    QVERIFY(!ProviderPresets::find(u"nope").has_value());
}

void TestProviderProfile::presetsAreWellFormed_data()
{
    QTest::addColumn<QString>("id");
    QTest::addColumn<QString>("baseUrl");
    QTest::addColumn<int>("protocol");
    QTest::addColumn<QString>("variable");
    QTest::addColumn<bool>("needsKey");
    QTest::addColumn<QStringList>("someModels");

    const int openAi = int(Protocol::OpenAiCompatible);
    QTest::newRow("openai") << "openai"
                            << "https://api.openai.com/v1" << openAi << "OPENAI_API_KEY" << true
                            << QStringList();
    QTest::newRow("deepseek") << "deepseek"
                              << "https://api.deepseek.com/v1" << openAi << "DEEPSEEK_API_KEY"
                              << true << QStringList({"deepseek-chat", "deepseek-reasoner"});
    QTest::newRow("qwen") << "qwen"
                          << "https://dashscope.aliyuncs.com/compatible-mode/v1" << openAi
                          << "DASHSCOPE_API_KEY" << true
                          << QStringList({"qwen-plus", "qwen-max", "qwen-turbo"});
    QTest::newRow("zhipu") << "zhipu"
                           << "https://open.bigmodel.cn/api/paas/v4" << openAi << "ZHIPUAI_API_KEY"
                           << true << QStringList({"glm-4-plus", "glm-4-flash"});
    QTest::newRow("moonshot") << "moonshot"
                              << "https://api.moonshot.cn/v1" << openAi << "MOONSHOT_API_KEY"
                              << true << QStringList();
    QTest::newRow("siliconflow") << "siliconflow"
                                 << "https://api.siliconflow.cn/v1" << openAi
                                 << "SILICONFLOW_API_KEY" << true << QStringList();
    QTest::newRow("openrouter") << "openrouter"
                                << "https://openrouter.ai/api/v1" << openAi << "OPENROUTER_API_KEY"
                                << true << QStringList();
    QTest::newRow("anthropic") << "anthropic"
                               << "https://api.anthropic.com" << int(Protocol::Anthropic)
                               << "ANTHROPIC_API_KEY" << true << QStringList();
    QTest::newRow("ollama") << "ollama"
                            << "http://127.0.0.1:11434" << int(Protocol::OllamaNative) << ""
                            << false << QStringList();
    QTest::newRow("vllm") << "vllm"
                          << "http://127.0.0.1:8000/v1" << openAi << "" << false << QStringList();
    QTest::newRow("llamacpp") << "llamacpp"
                              << "http://127.0.0.1:8080/v1" << openAi << "" << false
                              << QStringList();
    QTest::newRow("lmstudio") << "lmstudio"
                              << "http://127.0.0.1:1234/v1" << openAi << "" << false
                              << QStringList();
    QTest::newRow("custom") << "custom"
                            << "" << openAi << "" << false << QStringList();
}

void TestProviderProfile::presetsAreWellFormed()
{
    QFETCH(QString, id);
    QFETCH(QString, baseUrl);
    QFETCH(int, protocol);
    QFETCH(QString, variable);
    QFETCH(bool, needsKey);
    QFETCH(QStringList, someModels);

    const auto preset = ProviderPresets::find(id);
    QVERIFY(preset.has_value());
    QCOMPARE(preset->baseUrl.toString(), baseUrl);
    QCOMPARE(int(preset->protocol), protocol);
    QCOMPARE(preset->keyEnvironmentVariable, variable);
    QCOMPARE(preset->needsKey, needsKey);
    QVERIFY(!preset->name.isEmpty());
    for (const QString &model : someModels)
        QVERIFY2(preset->models.contains(model), qPrintable(model));
    if (preset->protocol == Protocol::Anthropic) {
        QVERIFY(!preset->models.isEmpty());
        for (const QString &model : preset->models)
            QVERIFY2(model.startsWith("claude-"), qPrintable(model));
    }
    for (const QString &model : preset->models)
        QVERIFY(!model.trimmed().isEmpty() && model == model.trimmed());

    if (!variable.isEmpty())
        QVERIFY(QRegularExpression("^[A-Z][A-Z0-9_]*_API_KEY$").match(variable).hasMatch());

    if (id == "custom") {
        QVERIFY(preset->baseUrl.isEmpty());
        QVERIFY(!preset->note.isEmpty());
        return;
    }
    const QUrl &url = preset->baseUrl;
    QVERIFY(url.isValid());
    QCOMPARE(url.toString(), QUrl(baseUrl, QUrl::StrictMode).toString());
    QVERIFY(url.scheme() == "https" || url.scheme() == "http");
    QVERIFY(!url.host().isEmpty());
    QVERIFY(!url.path().endsWith('/'));
    QVERIFY(!url.hasQuery() && !url.hasFragment() && url.userInfo().isEmpty());
    // Cloud services over TLS with suggested models; local servers on loopback without a key.
    QCOMPARE(preset->isLocal, url.host() == "127.0.0.1");
    if (preset->isLocal) {
        QCOMPARE(url.scheme(), QString("http"));
        QVERIFY(!preset->note.isEmpty());
    } else {
        QCOMPARE(url.scheme(), QString("https"));
        QVERIFY(!preset->models.isEmpty());
        QVERIFY(needsKey);
    }
    QVERIFY(preset->currency == "USD" || preset->currency == "CNY");
    // Ollama's native API and Anthropic's add their own version prefix; the others end in it.
    if (preset->protocol == Protocol::OpenAiCompatible)
        QVERIFY(QRegularExpression("/v\\d+$").match(url.path()).hasMatch());
    else
        QVERIFY(url.path().isEmpty());
}

void TestProviderProfile::presetsMatchUrls_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<QString>("id");
    QTest::newRow("deepseek without v1") << "https://api.deepseek.com"
                                         << "deepseek";
    QTest::newRow("ollama localhost /v1") << "http://localhost:11434/v1"
                                          << "ollama";
    QTest::newRow("vllm") << "http://127.0.0.1:8000/v1"
                          << "vllm";
    QTest::newRow("openrouter") << "https://openrouter.ai/api/v1"
                                << "openrouter";
    QTest::newRow("other port") << "http://127.0.0.1:9999/v1"
                                << "";
    QTest::newRow("http not https") << "http://api.openai.com/v1"
                                    << "";
    QTest::newRow("unknown") << "https://llm.example.test/v1"
                             << "";
    QTest::newRow("empty") << ""
                           << "";
}

void TestProviderProfile::presetsMatchUrls()
{
    QFETCH(QString, url);
    QFETCH(QString, id);
    const auto preset = ProviderPresets::match(QUrl(url));
    QCOMPARE(preset ? preset->id : QString(), id);
}

void TestProviderProfile::presetMakesProfile()
{
    const auto preset = ProviderPresets::find(u"zhipu");
    QVERIFY(preset.has_value());
    const ProviderProfile profile = ProviderPresets::makeProfile(*preset);
    QVERIFY(!profile.id.isEmpty());
    QVERIFY(!QUuid::fromString(profile.id).isNull());
    QCOMPARE(profile.name, preset->name);
    QCOMPARE(profile.baseUrl, preset->baseUrl);
    QCOMPARE(profile.protocol, preset->protocol);
    QCOMPARE(profile.models, preset->models);
    QCOMPARE(profile.keyEnvironmentVariable, QString("ZHIPUAI_API_KEY"));
    QVERIFY(!profile.keyInKeychain);
    QVERIFY(ProviderPresets::makeProfile(*preset).id != profile.id);
}

QTEST_GUILESS_MAIN(TestProviderProfile)
#include "tst_providerprofile.moc"
