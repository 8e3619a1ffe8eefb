#include "models/llm/keystore.h"
#include "models/llm/redactor.h"

#include <QCoreApplication>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QMutex>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <memory>
#include <optional>

using namespace Seedbed::Llm;

// The keychain tests must not depend on the desktop they run on: the whole test runs with a
// private HOME and XDG directories, and a session bus address that leads nowhere, so no
// Secret Service can answer. SEEDBED_TEST_REAL_KEYCHAIN=1 keeps the real session instead and
// runs the round trip against the real keychain (by hand, on a desktop).
namespace {
QTemporaryDir *sandbox = nullptr;
QStringList sandboxRoots;
QMutex messagesMutex;
QStringList messages;

bool useRealKeychain()
{
    return qEnvironmentVariableIntValue("SEEDBED_TEST_REAL_KEYCHAIN") == 1;
}

void prepareSandbox()
{
    sandbox = new QTemporaryDir();
    if (!sandbox->isValid())
        qFatal("no temporary directory");
    const QString root = sandbox->path();
    for (const char *name : {"home", "config", "data", "cache", "state", "runtime"})
        QDir().mkpath(root + "/" + QString::fromLatin1(name));
    QFile::setPermissions(root + "/runtime",
                          QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    sandboxRoots = {root};
    if (useRealKeychain())
        return;
    qputenv("HOME", QFile::encodeName(root + "/home"));
    qputenv("XDG_CONFIG_HOME", QFile::encodeName(root + "/config"));
    qputenv("XDG_DATA_HOME", QFile::encodeName(root + "/data"));
    qputenv("XDG_CACHE_HOME", QFile::encodeName(root + "/cache"));
    qputenv("XDG_STATE_HOME", QFile::encodeName(root + "/state"));
    qputenv("XDG_RUNTIME_DIR", QFile::encodeName(root + "/runtime"));
    qputenv("DBUS_SESSION_BUS_ADDRESS", QFile::encodeName("unix:path=" + root + "/no-bus"));
    qunsetenv("DISPLAY");
    qunsetenv("WAYLAND_DISPLAY");
}

void captureMessages(QtMsgType, const QMessageLogContext &, const QString &message)
{
    QMutexLocker locker(&messagesMutex);
    messages.append(message);
}

struct KeyResult
{
    bool called = false;
    int calls = 0;
    QByteArray key;
    QString error;
};

// Waits for the callback of one call; a loaded machine gets plenty of time.
bool waitFor(const KeyResult &result)
{
    return QTest::qWaitFor([&] { return result.called; }, 60000);
}

QStringList filesContaining(const QByteArray &needle)
{
    QStringList hits;
    for (const QString &root : std::as_const(sandboxRoots)) {
        QDirIterator it(root, QDir::Files | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot,
                        QDirIterator::Subdirectories);
        while (it.hasNext()) {
            QFile file(it.next());
            if (file.open(QIODevice::ReadOnly) && file.readAll().contains(needle))
                hits.append(file.fileName());
        }
    }
    return hits;
}

ProviderProfile keychainProfile(const QString &id)
{
    ProviderProfile profile;
    profile.id = id;
    profile.name = "DeepSeek";
    profile.baseUrl = QUrl("https://api.deepseek.com/v1");
    profile.keyInKeychain = true;
    return profile;
}
} // namespace

class TestKeyStore : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void keySource();
    void suggestedVariable_data();
    void suggestedVariable();
    void environmentVariable();
    void environmentVariableMissing();
    void environmentVariableNameInvalid();
    void noKeyConfigured();
    void keychainUnavailableOnRead();
    void keychainUnavailableOnWriteLeavesNoTrace();
    void keychainUnavailableOnDelete();
    void emptyKeyIsRefused();
    void noCallbackAfterDestruction();
    void realKeychainRoundTrip();

private:
    std::unique_ptr<KeyStore> m_store;
    QtMessageHandler m_previousHandler = nullptr;
};

void TestKeyStore::initTestCase()
{
    QCoreApplication::setApplicationName("seedbed-keystore-test");
    QCoreApplication::setOrganizationName("seedbed-test");
    sandboxRoots.append(QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation));
    sandboxRoots.append(QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation));
    sandboxRoots.append(QStandardPaths::writableLocation(QStandardPaths::GenericCacheLocation));
    sandboxRoots.removeDuplicates();
}

void TestKeyStore::init()
{
    m_store = std::make_unique<KeyStore>();
    m_store->setServiceName("Seedbed-test");
    messages.clear();
    m_previousHandler = qInstallMessageHandler(captureMessages);
}

void TestKeyStore::cleanup()
{
    m_store.reset();
    qInstallMessageHandler(m_previousHandler);
    Redactor::forgetAllSecrets();
}

void TestKeyStore::keySource()
{
    ProviderProfile profile;
    QCOMPARE(KeyStore::keySource(profile), KeyStore::KeySource::None);
    profile.keyInKeychain = true;
    QCOMPARE(KeyStore::keySource(profile), KeyStore::KeySource::Keychain);
    profile.keyEnvironmentVariable = "X_API_KEY"; // the variable wins
    QCOMPARE(KeyStore::keySource(profile), KeyStore::KeySource::EnvironmentVariable);
}

void TestKeyStore::suggestedVariable_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("url");
    QTest::addColumn<QString>("variable");
    QTest::addColumn<QString>("expected");

    QTest::newRow("own variable") << "x"
                                  << ""
                                  << "MY_KEY"
                                  << "MY_KEY";
    QTest::newRow("preset by url") << "Work"
                                   << "https://api.deepseek.com"
                                   << ""
                                   << "DEEPSEEK_API_KEY";
    QTest::newRow("anthropic") << "Claude"
                               << "https://api.anthropic.com"
                               << ""
                               << "ANTHROPIC_API_KEY";
    QTest::newRow("from the name") << "My vLLM box #2"
                                   << "http://gpu.lan:8000/v1"
                                   << ""
                                   << "MY_VLLM_BOX_2_API_KEY";
    QTest::newRow("digit first") << "42 labs"
                                 << ""
                                 << ""
                                 << "SEEDBED_42_LABS_API_KEY";
    QTest::newRow("no latin letters") << "深度求索"
                                      << ""
                                      << ""
                                      << "SEEDBED_API_KEY";
    QTest::newRow("local server has no variable") << "Ollama"
                                                  << "http://127.0.0.1:11434"
                                                  << ""
                                                  << "OLLAMA_API_KEY";
}

void TestKeyStore::suggestedVariable()
{
    QFETCH(QString, name);
    QFETCH(QString, url);
    QFETCH(QString, variable);
    QFETCH(QString, expected);
    ProviderProfile profile;
    profile.name = name;
    profile.baseUrl = QUrl(url);
    profile.keyEnvironmentVariable = variable;
    QCOMPARE(KeyStore::suggestedEnvironmentVariable(profile), expected);
}

void TestKeyStore::environmentVariable()
{
    const QByteArray canary = "sk-env-canary-0123456789abcdef";
    qputenv("SEEDBED_TEST_KEY", "  " + canary + "\n");
    ProviderProfile profile;
    profile.name = "Env";
    profile.keyEnvironmentVariable = "SEEDBED_TEST_KEY";
    profile.keyInKeychain = true; // ignored: the variable is the source

    KeyResult result;
    m_store->readKey(profile, [&](QByteArray key, QString error) {
        result.called = true;
        ++result.calls;
        result.key = key;
        result.error = error;
    });
    QVERIFY(!result.called); // always asynchronous
    QVERIFY(waitFor(result));
    QCOMPARE(result.key, canary);
    QCOMPARE(result.error, QString());
    QCOMPARE(result.calls, 1);
    // From now on the key is redacted wherever it would be printed.
    QCOMPARE(Redactor::redact(QString::fromLatin1("key=" + canary)), QString("key=[REDACTED]"));
    qunsetenv("SEEDBED_TEST_KEY");
}

void TestKeyStore::environmentVariableMissing()
{
    qunsetenv("SEEDBED_TEST_MISSING_KEY");
    ProviderProfile profile;
    profile.name = "Env";
    profile.keyEnvironmentVariable = "SEEDBED_TEST_MISSING_KEY";
    KeyResult result;
    m_store->readKey(profile, [&](QByteArray key, QString error) {
        result.called = true;
        result.key = key;
        result.error = error;
    });
    QVERIFY(waitFor(result));
    QVERIFY(result.key.isEmpty());
    QVERIFY(result.error.contains("SEEDBED_TEST_MISSING_KEY"));
    QVERIFY(result.error.contains("not set"));

    qputenv("SEEDBED_TEST_MISSING_KEY", "   ");
    result = KeyResult();
    m_store->readKey(profile, [&](QByteArray key, QString error) {
        result.called = true;
        result.key = key;
        result.error = error;
    });
    QVERIFY(waitFor(result));
    QVERIFY(result.key.isEmpty());
    QVERIFY(result.error.contains("empty"));
    qunsetenv("SEEDBED_TEST_MISSING_KEY");
}

void TestKeyStore::environmentVariableNameInvalid()
{
    ProviderProfile profile;
    profile.name = "Bad";
    profile.keyEnvironmentVariable = "NOT VALID=";
    KeyResult result;
    m_store->readKey(profile, [&](QByteArray key, QString error) {
        result.called = true;
        result.key = key;
        result.error = error;
    });
    QVERIFY(waitFor(result));
    QVERIFY(result.key.isEmpty());
    QVERIFY(result.error.contains("not a valid environment variable name"));
    QVERIFY(result.error.contains("BAD_API_KEY"));
}

void TestKeyStore::noKeyConfigured()
{
    ProviderProfile profile; // a local server: neither variable nor keychain
    profile.name = "Ollama";
    KeyResult result;
    m_store->readKey(profile, [&](QByteArray key, QString error) {
        result.called = true;
        result.key = key;
        result.error = error;
    });
    QVERIFY(waitFor(result));
    QVERIFY(result.key.isEmpty());
    QVERIFY(result.error.isEmpty());
}

void TestKeyStore::keychainUnavailableOnRead()
{
    if (useRealKeychain())
        QSKIP("Runs against the real keychain");
    KeyResult result;
    m_store->readKey(keychainProfile("read-profile-id"), [&](QByteArray key, QString error) {
        result.called = true;
        result.key = key;
        result.error = error;
    });
    QVERIFY(waitFor(result));
    QVERIFY(result.key.isEmpty());
    QVERIFY2(result.error.contains("keychain"), qPrintable(result.error));
    QVERIFY2(result.error.contains("DEEPSEEK_API_KEY"), qPrintable(result.error));
    if (KeyStore::isKeychainCompiledIn())
        QVERIFY2(result.error.contains("not available"), qPrintable(result.error));
}

void TestKeyStore::keychainUnavailableOnWriteLeavesNoTrace()
{
    if (useRealKeychain())
        QSKIP("Runs against the real keychain");
    const QByteArray canary = "sk-canary-NEVER-ON-DISK-7f3a9c2e5b";
    KeyResult result;
    m_store->writeKey(keychainProfile("write-profile-id"), canary, [&](QString error) {
        result.called = true;
        result.error = error;
    });
    QVERIFY(waitFor(result));
    QVERIFY2(!result.error.isEmpty(), "writing without a keychain must fail");
    QVERIFY2(result.error.contains("not written anywhere else") ||
                 result.error.contains("cannot be stored"),
             qPrintable(result.error));
    QVERIFY(result.error.contains("DEEPSEEK_API_KEY"));
    QVERIFY(!result.error.contains(QString::fromLatin1(canary)));

    // Reading it back finds nothing either.
    KeyResult read;
    m_store->readKey(keychainProfile("write-profile-id"), [&](QByteArray key, QString error) {
        read.called = true;
        read.key = key;
        read.error = error;
    });
    QVERIFY(waitFor(read));
    QVERIFY(read.key.isEmpty());

    // No plain-text copy anywhere under HOME and the XDG folders (QSettings' included).
    QVERIFY(sandboxRoots.contains(
        QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation)));
    QCOMPARE(filesContaining(canary), QStringList());
    QStringList leaked;
    for (const QString &message : std::as_const(messages)) {
        if (message.contains(QString::fromLatin1(canary)))
            leaked.append(message);
    }
    QCOMPARE(leaked, QStringList());
}

void TestKeyStore::keychainUnavailableOnDelete()
{
    if (useRealKeychain())
        QSKIP("Runs against the real keychain");
    KeyResult result;
    m_store->deleteKey(keychainProfile("delete-profile-id"), [&](QString error) {
        result.called = true;
        result.error = error;
    });
    QVERIFY(waitFor(result));
    if (KeyStore::isKeychainCompiledIn())
        QVERIFY2(result.error.contains("keychain"), qPrintable(result.error));
    else
        QVERIFY(result.error.isEmpty());
}

void TestKeyStore::emptyKeyIsRefused()
{
    KeyResult result;
    m_store->writeKey(keychainProfile("x"), " \n", [&](QString error) {
        result.called = true;
        result.error = error;
    });
    QVERIFY(waitFor(result));
    QVERIFY(result.error.contains("empty"));

    result = KeyResult();
    ProviderProfile unsaved = keychainProfile(QString());
    m_store->writeKey(unsaved, "sk-some-key-0123456789abcdef", [&](QString error) {
        result.called = true;
        result.error = error;
    });
    QVERIFY(waitFor(result));
    QVERIFY(result.error.contains("no id"));
}

void TestKeyStore::noCallbackAfterDestruction()
{
    qputenv("SEEDBED_TEST_KEY", "sk-gone-0123456789abcdef");
    ProviderProfile profile;
    profile.keyEnvironmentVariable = "SEEDBED_TEST_KEY";
    bool called = false;
    m_store->readKey(profile, [&](QByteArray, QString) { called = true; });
    m_store->readKey(keychainProfile("gone"), [&](QByteArray, QString) { called = true; });
    m_store.reset();
    QTest::qWait(50);
    QCoreApplication::processEvents();
    QVERIFY(!called);
    qunsetenv("SEEDBED_TEST_KEY");
}

void TestKeyStore::realKeychainRoundTrip()
{
    if (!useRealKeychain())
        QSKIP("Set SEEDBED_TEST_REAL_KEYCHAIN=1 on a desktop session to run against the real "
              "keychain");
    const ProviderProfile profile = keychainProfile("seedbed-test-roundtrip");
    const QByteArray key = "sk-roundtrip-0123456789abcdef";
    KeyResult written;
    m_store->writeKey(profile, key, [&](QString error) {
        written.called = true;
        written.error = error;
    });
    QVERIFY(waitFor(written));
    QVERIFY2(written.error.isEmpty(), qPrintable(written.error));
    KeyResult read;
    m_store->readKey(profile, [&](QByteArray value, QString error) {
        read.called = true;
        read.key = value;
        read.error = error;
    });
    QVERIFY(waitFor(read));
    QCOMPARE(read.key, key);
    KeyResult deleted;
    m_store->deleteKey(profile, [&](QString error) {
        deleted.called = true;
        deleted.error = error;
    });
    QVERIFY(waitFor(deleted));
    QVERIFY2(deleted.error.isEmpty(), qPrintable(deleted.error));
}

int main(int argc, char **argv)
{
    // Before QCoreApplication: nothing may reach the real session bus or the real HOME.
    prepareSandbox();
    int status = 0;
    {
        QCoreApplication app(argc, argv);
        TestKeyStore test;
        status = QTest::qExec(&test, argc, argv);
    }
    delete sandbox;
    return status;
}

#include "tst_keystore.moc"
