// CredentialLoader: the profiles and keys LLM stages need, or the problems in words. Keys come
// from environment variables here: no keychain is needed (or touched).
#include "models/llm/credentialloader.h"
#include "models/llm/profilestore.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <optional>

using namespace Seedbed;
using namespace Seedbed::Llm;

namespace {

Stage llmStage(const QString &name, const QString &provider)
{
    Stage s;
    s.id = QUuid::createUuid();
    s.type = QStringLiteral("generate");
    s.name = name;
    if (!provider.isNull())
        s.settings.insert(QStringLiteral("provider"), provider);
    return s;
}

ProviderProfile profile(const QString &name, const QString &variable = QString())
{
    ProviderProfile p;
    p.name = name;
    p.baseUrl = QUrl(QStringLiteral("http://127.0.0.1:9/v1"));
    p.models = {QStringLiteral("m")};
    p.keyEnvironmentVariable = variable;
    return p;
}

} // namespace

class tst_CredentialLoader : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();

    void nothingToLoad();
    void stageWithoutProfile();
    void unknownProfile();
    void profileWithoutKeyIsReadyAtOnce();
    void keysFromEnvironment();
    void missingVariableIsAKeyProblem();
    void cancelDropsTheCallback();
    void aNewLoadReplacesTheOld();

private:
    struct Outcome
    {
        std::optional<CredentialLoader::Result> result;
        int calls = 0;
    };
    CredentialLoader::Callback recorder(Outcome *outcome)
    {
        return [outcome](const CredentialLoader::Result &result) {
            outcome->result = result;
            ++outcome->calls;
        };
    }
    void configure(CredentialLoader *loader) { loader->setProfileStorePath(m_path); }

    QTemporaryDir m_dir;
    QString m_path;
    QString m_keyedId;
};

void tst_CredentialLoader::init()
{
    QVERIFY(m_dir.isValid());
    m_path = m_dir.filePath(QStringLiteral("providers-%1.json")
                                .arg(QUuid::createUuid().toString(QUuid::WithoutBraces)));
    ProfileStore store(m_path);
    QVERIFY(store.load());
    QVERIFY(!store.add(profile(QStringLiteral("Local"))).isEmpty());
    m_keyedId = store.add(profile(QStringLiteral("Keyed"), QStringLiteral("SEEDBED_CL_KEY")));
    QVERIFY(!m_keyedId.isEmpty());
    QVERIFY(
        !store.add(profile(QStringLiteral("Unset"), QStringLiteral("SEEDBED_CL_UNSET"))).isEmpty());
    qputenv("SEEDBED_CL_KEY", "sk-test-0123456789");
    qunsetenv("SEEDBED_CL_UNSET");
}

void tst_CredentialLoader::nothingToLoad()
{
    CredentialLoader loader;
    configure(&loader);
    Outcome outcome;
    loader.load({}, recorder(&outcome));
    QCOMPARE(outcome.calls, 1); // at once
    QVERIFY(outcome.result->ok());
    QVERIFY(outcome.result->problems.isEmpty());
    QVERIFY(!loader.isLoading());
}

void tst_CredentialLoader::stageWithoutProfile()
{
    CredentialLoader loader;
    configure(&loader);
    Outcome outcome;
    loader.load({llmStage(QStringLiteral("Writer"), QString()),
                 llmStage(QStringLiteral("Blank"), QStringLiteral("  "))},
                recorder(&outcome));
    QCOMPARE(outcome.calls, 1);
    QCOMPARE(outcome.result->outcome, CredentialLoader::Result::Outcome::NoProfile);
    QCOMPARE(outcome.result->problems.size(), 2);
    QVERIFY(outcome.result->problems.at(0).contains(QStringLiteral("“Writer” has no provider")));
    QVERIFY(outcome.result->problems.at(1).contains(QStringLiteral("“Blank”")));
    QCOMPARE(outcome.result->profiles.size(), 3); // what there is, for whoever wants it
}

void tst_CredentialLoader::unknownProfile()
{
    CredentialLoader loader;
    configure(&loader);
    Outcome outcome;
    // A good stage does not hide the bad one, and no key is read when something is missing.
    loader.load({llmStage(QStringLiteral("Writer"), QStringLiteral("Keyed")),
                 llmStage(QStringLiteral("Judge"), QStringLiteral("Elsewhere"))},
                recorder(&outcome));
    QCOMPARE(outcome.calls, 1);
    QCOMPARE(outcome.result->outcome, CredentialLoader::Result::Outcome::NoProfile);
    QCOMPARE(outcome.result->problems.size(), 1);
    const QString &problem = outcome.result->problems.constFirst();
    QVERIFY2(problem.contains(QStringLiteral("“Judge” uses the provider profile “Elsewhere”")),
             qPrintable(problem));
    QVERIFY(outcome.result->keys.isEmpty());
}

void tst_CredentialLoader::profileWithoutKeyIsReadyAtOnce()
{
    CredentialLoader loader;
    configure(&loader);
    Outcome outcome;
    loader.load({llmStage(QStringLiteral("Writer"), QStringLiteral("Local"))}, recorder(&outcome));
    QCOMPARE(outcome.calls, 1);
    QVERIFY(outcome.result->ok());
    QVERIFY(outcome.result->keys.isEmpty());
    QCOMPARE(outcome.result->profiles.size(), 3);
}

void tst_CredentialLoader::keysFromEnvironment()
{
    CredentialLoader loader;
    configure(&loader);
    Outcome outcome;
    // Two stages on one profile: one key.
    loader.load({llmStage(QStringLiteral("Writer"), QStringLiteral("Keyed")),
                 llmStage(QStringLiteral("Judge"), QStringLiteral("Keyed")),
                 llmStage(QStringLiteral("Other"), QStringLiteral("Local"))},
                recorder(&outcome));
    QCOMPARE(outcome.calls, 0); // later, from the event loop
    QVERIFY(loader.isLoading());
    QTRY_COMPARE(outcome.calls, 1);
    QVERIFY(outcome.result->ok());
    QCOMPARE(outcome.result->keys.size(), 1);
    QCOMPARE(outcome.result->keys.value(m_keyedId), QByteArray("sk-test-0123456789"));
    QCOMPARE(outcome.result->profiles.size(), 3);
    QVERIFY(!loader.isLoading());
    QTest::qWait(50);
    QCOMPARE(outcome.calls, 1); // once
}

void tst_CredentialLoader::missingVariableIsAKeyProblem()
{
    CredentialLoader loader;
    configure(&loader);
    Outcome outcome;
    loader.load({llmStage(QStringLiteral("Writer"), QStringLiteral("Keyed")),
                 llmStage(QStringLiteral("Judge"), QStringLiteral("Unset"))},
                recorder(&outcome));
    QTRY_COMPARE(outcome.calls, 1);
    QCOMPARE(outcome.result->outcome, CredentialLoader::Result::Outcome::KeyProblems);
    QCOMPARE(outcome.result->problems.size(), 1);
    QVERIFY2(outcome.result->problems.constFirst().contains(QStringLiteral("SEEDBED_CL_UNSET")),
             qPrintable(outcome.result->problems.constFirst()));
}

void tst_CredentialLoader::cancelDropsTheCallback()
{
    CredentialLoader loader;
    configure(&loader);
    Outcome outcome;
    loader.load({llmStage(QStringLiteral("Writer"), QStringLiteral("Keyed"))}, recorder(&outcome));
    QVERIFY(loader.isLoading());
    loader.cancel();
    QVERIFY(!loader.isLoading());
    QTest::qWait(100);
    QCOMPARE(outcome.calls, 0);

    // Destroyed while reading: nothing is called either.
    Outcome late;
    {
        CredentialLoader gone;
        configure(&gone);
        gone.load({llmStage(QStringLiteral("Writer"), QStringLiteral("Keyed"))}, recorder(&late));
    }
    QTest::qWait(100);
    QCOMPARE(late.calls, 0);
}

void tst_CredentialLoader::aNewLoadReplacesTheOld()
{
    CredentialLoader loader;
    configure(&loader);
    Outcome first;
    Outcome second;
    loader.load({llmStage(QStringLiteral("Writer"), QStringLiteral("Keyed"))}, recorder(&first));
    loader.load({llmStage(QStringLiteral("Writer"), QStringLiteral("Keyed"))}, recorder(&second));
    QTRY_COMPARE(second.calls, 1);
    QVERIFY(second.result->ok());
    QTest::qWait(50);
    QCOMPARE(first.calls, 0);
}

QTEST_GUILESS_MAIN(tst_CredentialLoader)
#include "tst_credentialloader.moc"
