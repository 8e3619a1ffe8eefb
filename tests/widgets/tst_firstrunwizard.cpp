// The first-run setup guide: when it opens by itself, what Test Connection says against a real
// (loopback) server and a dead port, where a typed key goes (the key store, never a file), and
// that finishing or skipping it keeps it from opening again.
#include "keysandbox.h"
#include "models/llm/keystore.h"
#include "models/llm/profilestore.h"
#include "widgets/firstrunwizard.h"

#include "../models/llm/loopbackserver.h"

#include <QAbstractButton>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Seedbed;
using namespace Seedbed::Llm;
using namespace Seedbed::Test;

// A private HOME, XDG folders and a session bus that leads nowhere: no Secret Service answers
// (so the real keychain write fails, as on CI), and every file the guide might write lands in
// one folder that can be searched for the key.
namespace {

const QByteArray canaryKey = "sk-canary-FIRST-RUN-WIZARD-7c2e91b04d";

template<typename T> T *child(const QWidget &parent, const char *name)
{
    T *widget = parent.findChild<T *>(QString::fromLatin1(name));
    if (!widget)
        qWarning("no child %s", name);
    return widget;
}

// An OpenAI-compatible server that lists two models and answers a one-token chat.
Test::Script modelServer(const Test::ReceivedRequest &request)
{
    Test::Script script;
    if (request.target.endsWith("/models")) {
        script.write(Test::fullResponse(
            200, "OK", R"({"object":"list","data":[{"id":"served-a"},{"id":"served-b"}]})"));
    } else {
        script.write(Test::fullResponse(
            200, "OK",
            R"({"choices":[{"index":0,"message":{"role":"assistant","content":"ok"},)"
            R"("finish_reason":"stop"}],"usage":{"prompt_tokens":1,"completion_tokens":1}})"));
    }
    return script;
}

quint16 deadPort()
{
    QTcpServer server;
    if (!server.listen(QHostAddress::LocalHost, 0))
        return 0;
    const quint16 port = server.serverPort();
    server.close(); // nothing listens there any more
    return port;
}
} // namespace

class tst_FirstRunWizard : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void neededOnlyWithoutProfiles();
    void neededNotWhenProfilesUnreadable();
    void skipSetsFlagAndSavesNothing();
    void presetFillsConnectionPage();
    void workingServerTestsOk();
    void deadPortGivesError();
    void badAddressBlocksNext();
    void keyGoesToKeyStoreOnly();
    void keychainFailureOffersEnvironment();
    void localServerWithoutKey();
    void exampleOffer();

private:
    std::unique_ptr<FirstRunWizard> makeWizard();
    void goToConnection(FirstRunWizard &wizard, const QString &presetId);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<ProfileStore> m_store;
    std::unique_ptr<KeyStore> m_keys;
};

void tst_FirstRunWizard::initTestCase()
{
    QCoreApplication::setOrganizationName("SeedbedTests");
    QCoreApplication::setApplicationName("tst_firstrunwizard");
    QStandardPaths::setTestModeEnabled(true);
    previousHandler = qInstallMessageHandler(captureMessages);
    QVERIFY(QSettings().fileName().startsWith(sandbox->path()));
}

void tst_FirstRunWizard::init()
{
    m_dir = std::make_unique<QTemporaryDir>(sandbox->filePath("case-XXXXXX"));
    QVERIFY(m_dir->isValid());
    m_store = std::make_unique<ProfileStore>(m_dir->filePath("providers.json"));
    QVERIFY(m_store->load());
    m_keys = std::make_unique<KeyStore>();
    m_keys->setServiceName("Seedbed-test");
    QSettings().clear();
    messages.clear();
}

void tst_FirstRunWizard::cleanup()
{
    m_keys.reset();
    m_store.reset();
    m_dir.reset();
}

std::unique_ptr<FirstRunWizard> tst_FirstRunWizard::makeWizard()
{
    auto wizard = std::make_unique<FirstRunWizard>(m_store.get(), m_keys.get());
    wizard->show();
    if (!QTest::qWaitForWindowExposed(wizard.get()))
        qWarning("wizard not shown");
    return wizard;
}

void tst_FirstRunWizard::goToConnection(FirstRunWizard &wizard, const QString &presetId)
{
    QVERIFY(wizard.selectPreset(presetId));
    QVERIFY(wizard.button(QWizard::NextButton)->isEnabled());
    wizard.button(QWizard::NextButton)->click();
    QCOMPARE(wizard.currentId(), int(FirstRunWizard::ConnectionPage));
}

void tst_FirstRunWizard::neededOnlyWithoutProfiles()
{
    const QString path = m_store->path();
    QVERIFY(!QFile::exists(path));
    QVERIFY(FirstRunWizard::isNeeded(path));

    ProviderProfile p;
    p.name = "Mine";
    p.baseUrl = QUrl("http://127.0.0.1:11434");
    QVERIFY(!m_store->add(p).isEmpty());
    QVERIFY(!FirstRunWizard::isNeeded(path));

    QVERIFY(m_store->remove("Mine"));
    QVERIFY(FirstRunWizard::isNeeded(path));
    // Seen once, never again by itself, profiles or not.
    QSettings().setValue(FirstRunWizard::seenSettingsKey(), true);
    QVERIFY(!FirstRunWizard::isNeeded(path));
}

void tst_FirstRunWizard::neededNotWhenProfilesUnreadable()
{
    QFile file(m_store->path());
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("{ this is not json");
    file.close();
    QVERIFY(!FirstRunWizard::isNeeded(m_store->path()));
}

void tst_FirstRunWizard::skipSetsFlagAndSavesNothing()
{
    QVERIFY(FirstRunWizard::isNeeded(m_store->path()));
    auto wizard = makeWizard();
    QAbstractButton *later = wizard->button(QWizard::CancelButton);
    QCOMPARE(later->text().remove('&'), QString("Set Up Later"));
    goToConnection(*wizard, "deepseek");
    QTest::keyClicks(child<QLineEdit>(*wizard, "keyEdit"), QString::fromLatin1(canaryKey));
    later->click();
    QVERIFY(!wizard->isVisible());
    QCOMPARE(wizard->result(), int(QDialog::Rejected));

    QVERIFY(FirstRunWizard::wasSeen());
    QVERIFY(!FirstRunWizard::isNeeded(m_store->path()));
    ProfileStore reloaded(m_store->path());
    QVERIFY(reloaded.load());
    QCOMPARE(reloaded.profiles().size(), 0);
    wizard.reset();
    QSettings().sync();
    QCOMPARE(filesContaining(canaryKey), QStringList());
}

void tst_FirstRunWizard::presetFillsConnectionPage()
{
    auto wizard = makeWizard();
    goToConnection(*wizard, "deepseek");
    QCOMPARE(child<QLineEdit>(*wizard, "urlEdit")->text(), QString("https://api.deepseek.com/v1"));
    QCOMPARE(child<QComboBox>(*wizard, "modelCombo")->currentText(), QString("deepseek-chat"));
    QVERIFY(child<QRadioButton>(*wizard, "keyChoiceKeychain")->isChecked());
    QCOMPARE(child<QLineEdit>(*wizard, "environmentEdit")->text(), QString("DEEPSEEK_API_KEY"));
    // The page says where the key goes.
    const QString help = child<QLabel>(*wizard, "keyHelp")->text();
    QVERIFY2(help.contains("keychain") && help.contains("settings"), qPrintable(help));
    // A service that needs a key: Next waits for one.
    QVERIFY(!wizard->button(QWizard::NextButton)->isEnabled());
    QTest::keyClicks(child<QLineEdit>(*wizard, "keyEdit"), "sk-x");
    QVERIFY(wizard->button(QWizard::NextButton)->isEnabled());

    wizard->button(QWizard::BackButton)->click();
    goToConnection(*wizard, "ollama");
    QCOMPARE(child<QLineEdit>(*wizard, "urlEdit")->text(), QString("http://127.0.0.1:11434"));
    QVERIFY(child<QRadioButton>(*wizard, "keyChoiceNone")->isChecked());
    QVERIFY(wizard->button(QWizard::NextButton)->isEnabled());
    QVERIFY(wizard->page(FirstRunWizard::ConnectionPage)->title().contains("Ollama"));
}

void tst_FirstRunWizard::workingServerTestsOk()
{
    Test::LoopbackServer server(modelServer);
    auto wizard = makeWizard();
    goToConnection(*wizard, "deepseek");
    auto *url = child<QLineEdit>(*wizard, "urlEdit");
    url->setText(server.url("/v1").toString());
    auto *model = child<QComboBox>(*wizard, "modelCombo");
    model->setEditText("served-b");
    QTest::keyClicks(child<QLineEdit>(*wizard, "keyEdit"), QString::fromLatin1(canaryKey));

    auto *result = child<QLabel>(*wizard, "testResult");
    child<QPushButton>(*wizard, "testButton")->click();
    QTRY_VERIFY_WITH_TIMEOUT(result->property("ok").isValid(), 30000);
    QVERIFY2(result->property("ok").toBool(), qPrintable(result->text()));
    QVERIFY2(result->text().contains(QString("Connected to 127.0.0.1:%1").arg(server.port())),
             qPrintable(result->text()));
    QVERIFY2(result->text().contains("served-b"), qPrintable(result->text()));
    // The typed key was what the server saw, and the server's models are offered.
    QVERIFY(server.requestCount() >= 1);
    QCOMPARE(server.requests().constFirst().header("authorization"), "Bearer " + canaryKey);
    QCOMPARE(model->count(), 2);
    QCOMPARE(model->itemText(0), QString("served-a"));
    QCOMPARE(model->currentText(), QString("served-b"));
    // Testing stored nothing.
    QCOMPARE(m_store->profiles().size(), 0);
    QVERIFY(!result->text().contains(QString::fromLatin1(canaryKey)));
}

void tst_FirstRunWizard::deadPortGivesError()
{
    const quint16 port = deadPort();
    QVERIFY(port != 0);
    auto wizard = makeWizard();
    goToConnection(*wizard, "vllm");
    child<QLineEdit>(*wizard, "urlEdit")->setText(QString("http://127.0.0.1:%1/v1").arg(port));
    auto *result = child<QLabel>(*wizard, "testResult");
    child<QPushButton>(*wizard, "testButton")->click();
    QTRY_VERIFY_WITH_TIMEOUT(result->property("ok").isValid(), 30000);
    QVERIFY(!result->property("ok").toBool());
    // The tester's own words: what is wrong and what to do.
    QVERIFY2(result->text().contains("connection refused"), qPrintable(result->text()));
    QVERIFY2(result->text().contains(QString::number(port)), qPrintable(result->text()));
    QVERIFY2(result->text().contains("Is the server running?"), qPrintable(result->text()));
    QVERIFY(child<QPushButton>(*wizard, "testButton")->isEnabled()); // try again
}

void tst_FirstRunWizard::badAddressBlocksNext()
{
    auto wizard = makeWizard();
    goToConnection(*wizard, "custom");
    auto *url = child<QLineEdit>(*wizard, "urlEdit");
    QCOMPARE(url->text(), QString());
    QVERIFY(!wizard->button(QWizard::NextButton)->isEnabled());
    QVERIFY(!child<QPushButton>(*wizard, "testButton")->isEnabled());
    url->setText("localhost:8000/v1");
    auto *hint = child<QLabel>(*wizard, "urlHint");
    QVERIFY(!hint->isHidden());
    QVERIFY2(hint->text().contains("http://"), qPrintable(hint->text()));
    QVERIFY(!wizard->button(QWizard::NextButton)->isEnabled());
    url->setText("http://localhost:8000/v1");
    QVERIFY(hint->isHidden());
    QVERIFY(wizard->button(QWizard::NextButton)->isEnabled());
}

void tst_FirstRunWizard::keyGoesToKeyStoreOnly()
{
    Test::LoopbackServer server(modelServer);
    auto wizard = makeWizard();
    QList<QPair<ProviderProfile, QByteArray>> written;
    wizard->setKeyWriter([&written, wizard = wizard.get()](const ProviderProfile &profile,
                                                           const QByteArray &key,
                                                           KeyStore::DoneCallback done) {
        written.append({profile, key});
        // Like the KeyStore: the answer comes later, from the event loop.
        QMetaObject::invokeMethod(
            wizard, [done] { done(QString()); }, Qt::QueuedConnection);
    });
    goToConnection(*wizard, "deepseek");
    child<QLineEdit>(*wizard, "urlEdit")->setText(server.url("/v1").toString());
    auto *keyEdit = child<QLineEdit>(*wizard, "keyEdit");
    QCOMPARE(keyEdit->echoMode(), QLineEdit::Password);
    QTest::keyClicks(keyEdit, QString::fromLatin1(canaryKey) + "  ");

    wizard->button(QWizard::NextButton)->click();
    QTRY_COMPARE(wizard->currentId(), int(FirstRunWizard::FinishPage));
    QCOMPARE(written.size(), 1);
    QCOMPARE(written.at(0).second, canaryKey); // trimmed
    const ProviderProfile stored = *m_store->profile(wizard->profileId());
    QCOMPARE(written.at(0).first.id, stored.id);
    QVERIFY(stored.keyInKeychain);
    QVERIFY(stored.keyEnvironmentVariable.isEmpty());
    QCOMPARE(stored.name, QString("DeepSeek"));
    QCOMPARE(stored.baseUrl, server.url("/v1"));
    QCOMPARE(stored.models.value(0), QString("deepseek-chat"));
    QCOMPARE(keyEdit->text(), QString()); // handed over, then forgotten
    QVERIFY(child<QLabel>(*wizard, "finishText")->text().contains("DeepSeek"));

    wizard->button(QWizard::FinishButton)->click();
    QCOMPARE(wizard->result(), int(QDialog::Accepted));
    QVERIFY(wizard->openExampleRequested());
    QVERIFY(FirstRunWizard::wasSeen());
    QVERIFY(!FirstRunWizard::isNeeded(m_store->path()));
    wizard.reset();

    // The settings file holds the flag and not the key; no file anywhere holds it, no log line.
    QSettings settings;
    settings.sync();
    QFile settingsFile(settings.fileName());
    QVERIFY(settingsFile.open(QIODevice::ReadOnly));
    const QByteArray settingsText = settingsFile.readAll();
    QVERIFY2(settingsText.contains("seen=true"), settingsText.constData());
    QVERIFY(!settingsText.contains(canaryKey));
    QVERIFY(!settingsText.contains("sk-"));
    QFile profiles(m_store->path());
    QVERIFY(profiles.open(QIODevice::ReadOnly));
    QVERIFY(!profiles.readAll().contains(canaryKey));
    QCOMPARE(filesContaining(canaryKey), QStringList());
    for (const QString &line : std::as_const(messages))
        QVERIFY2(!line.contains(QString::fromLatin1(canaryKey)), "a log line holds the key");
}

void tst_FirstRunWizard::keychainFailureOffersEnvironment()
{
    // The real KeyStore, with no Secret Service to answer.
    auto wizard = makeWizard();
    goToConnection(*wizard, "deepseek");
    QTest::keyClicks(child<QLineEdit>(*wizard, "keyEdit"), QString::fromLatin1(canaryKey));
    wizard->button(QWizard::NextButton)->click();

    auto *message = child<QLabel>(*wizard, "saveMessage");
    auto *useVariable = child<QPushButton>(*wizard, "useEnvironmentButton");
    QTRY_VERIFY_WITH_TIMEOUT(!useVariable->isHidden(), 60000);
    QCOMPARE(wizard->currentId(), int(FirstRunWizard::ConnectionPage));
    QVERIFY2(message->text().contains("keychain"), qPrintable(message->text()));
    QVERIFY2(message->text().contains("DEEPSEEK_API_KEY"), qPrintable(message->text()));
    QCOMPARE(m_store->profiles().size(), 0); // no profile pointing at a key that is not there
    QVERIFY(wizard->button(QWizard::CancelButton)->isEnabled());

    useVariable->click();
    QVERIFY(child<QRadioButton>(*wizard, "keyChoiceEnvironment")->isChecked());
    QCOMPARE(child<QLineEdit>(*wizard, "environmentEdit")->text(), QString("DEEPSEEK_API_KEY"));
    QCOMPARE(child<QLineEdit>(*wizard, "keyEdit")->text(), QString());
    const QString help = child<QLabel>(*wizard, "keyHelp")->text();
    QVERIFY2(help.contains("DEEPSEEK_API_KEY is not set"), qPrintable(help));
    wizard->button(QWizard::NextButton)->click();
    QCOMPARE(wizard->currentId(), int(FirstRunWizard::FinishPage));
    const ProviderProfile stored = *m_store->profile(wizard->profileId());
    QCOMPARE(stored.keyEnvironmentVariable, QString("DEEPSEEK_API_KEY"));
    QVERIFY(!stored.keyInKeychain);
    wizard->button(QWizard::FinishButton)->click();
    wizard.reset();
    QSettings().sync();
    QCOMPARE(filesContaining(canaryKey), QStringList());
    for (const QString &line : std::as_const(messages))
        QVERIFY2(!line.contains(QString::fromLatin1(canaryKey)), "a log line holds the key");
}

void tst_FirstRunWizard::localServerWithoutKey()
{
    Test::LoopbackServer server(modelServer);
    auto wizard = makeWizard();
    goToConnection(*wizard, "vllm");
    child<QLineEdit>(*wizard, "urlEdit")->setText(server.url("/v1").toString());
    auto *model = child<QComboBox>(*wizard, "modelCombo");
    QCOMPARE(model->currentText(), QString()); // vLLM serves what it was started with
    auto *result = child<QLabel>(*wizard, "testResult");
    child<QPushButton>(*wizard, "testButton")->click();
    QTRY_VERIFY_WITH_TIMEOUT(result->property("ok").isValid(), 30000);
    QVERIFY2(result->property("ok").toBool(), qPrintable(result->text()));
    QCOMPARE(server.requests().constFirst().header("authorization"), QByteArray());
    QCOMPARE(model->currentText(), QString("served-a")); // the server's first model

    wizard->button(QWizard::NextButton)->click();
    QCOMPARE(wizard->currentId(), int(FirstRunWizard::FinishPage));
    const ProviderProfile stored = *m_store->profile(wizard->profileId());
    QCOMPARE(stored.name, QString("vLLM"));
    QCOMPARE(stored.models.value(0), QString("served-a"));
    QVERIFY(!stored.keyInKeychain);
    QVERIFY(stored.keyEnvironmentVariable.isEmpty());

    // Back and Next again updates the same profile rather than adding a second.
    wizard->button(QWizard::BackButton)->click();
    model->setEditText("served-b");
    wizard->button(QWizard::NextButton)->click();
    QCOMPARE(m_store->profiles().size(), 1);
    QCOMPARE(m_store->profiles().constFirst().models.value(0), QString("served-b"));
}

void tst_FirstRunWizard::exampleOffer()
{
    {
        auto wizard = makeWizard();
        wizard->setOfferExample(false);
        goToConnection(*wizard, "ollama");
        wizard->button(QWizard::NextButton)->click();
        QCOMPARE(wizard->currentId(), int(FirstRunWizard::FinishPage));
        QVERIFY(child<QCheckBox>(*wizard, "exampleCheck")->isHidden());
        wizard->button(QWizard::FinishButton)->click();
        QVERIFY(!wizard->openExampleRequested());
    }
    {
        auto wizard = makeWizard();
        goToConnection(*wizard, "ollama");
        wizard->button(QWizard::NextButton)->click();
        // The name Ollama is taken by now: the new profile gets another.
        QCOMPARE(m_store->profile(wizard->profileId())->name, QString("Ollama 2"));
        auto *check = child<QCheckBox>(*wizard, "exampleCheck");
        QVERIFY(!check->isHidden());
        check->setChecked(false);
        wizard->button(QWizard::FinishButton)->click();
        QVERIFY(!wizard->openExampleRequested());
    }
}

int main(int argc, char **argv)
{
    prepareSandbox();
    qunsetenv("DEEPSEEK_API_KEY");
    QApplication app(argc, argv);
    tst_FirstRunWizard test;
    const int result = QTest::qExec(&test, argc, argv);
    delete sandbox;
    return result;
}

#include "tst_firstrunwizard.moc"
