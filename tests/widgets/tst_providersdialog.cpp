#include "keysandbox.h"
#include "models/llm/keystore.h"
#include "models/llm/profilestore.h"
#include "models/llm/providerpresets.h"
#include "widgets/providersdialog.h"

#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QDirIterator>
#include <QDoubleSpinBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableWidget>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QToolButton>

#include <memory>

using namespace Seedbed;
using namespace Seedbed::Llm;
using namespace Seedbed::Test;

// The whole test runs with a private HOME, private XDG folders and a session bus address that
// leads nowhere, so that no Secret Service answers (keychain writes fail, as on CI) and every
// file the dialog or its stores might write lands under one folder that can be searched.
namespace {

const QByteArray canaryKey = "sk-canary-PROVIDERS-DIALOG-5e1d7c93a4b2";
const QByteArray environmentValue = "sk-envvalue-NEVER-SHOWN-83c1f0a2d9";

ProviderProfile profile(const QString &name, const QString &url,
                        Protocol protocol = Protocol::OpenAiCompatible)
{
    ProviderProfile p;
    p.name = name;
    p.baseUrl = QUrl(url);
    p.protocol = protocol;
    return p;
}

// Answers the next modal message box while it lives (polls: the box exists only once exec()
// runs); stops when destroyed, so that it can never answer another test's box.
class BoxAnswerer
{
public:
    explicit BoxAnswerer(bool confirm)
    {
        m_timer.setInterval(10);
        QObject::connect(&m_timer, &QTimer::timeout, [this, confirm] {
            auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
            if (!box)
                return;
            m_timer.stop();
            seen = box->objectName() == "confirmRemove";
            text = box->text() + "\n" + box->informativeText();
            QAbstractButton *button = confirm
                                          ? box->findChild<QAbstractButton *>("confirmRemoveButton")
                                          : box->button(QMessageBox::Cancel);
            if (button)
                button->click();
            else
                box->reject();
        });
        m_timer.start();
    }

    bool seen = false;
    QString text;

private:
    QTimer m_timer;
};

/* A loopback HTTP/1.1 server of this test: answers GET /v1/models with an OpenAI model list,
   anything else with 404, or never answers at all. */
class ModelsServer : public QObject
{
public:
    explicit ModelsServer(bool answer)
        : m_answer(answer)
    {
        connect(&m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *socket = m_server.nextPendingConnection()) {
                connect(socket, &QTcpSocket::readyRead, this, [this, socket] { read(socket); });
                connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
            }
        });
        m_server.listen(QHostAddress::LocalHost);
    }

    quint16 port() const { return m_server.serverPort(); }
    QList<QByteArray> targets;

private:
    void read(QTcpSocket *socket)
    {
        QByteArray &buffer = m_buffers[socket];
        buffer += socket->readAll();
        if (!buffer.contains("\r\n\r\n"))
            return;
        const QList<QByteArray> requestLine = buffer.left(buffer.indexOf("\r\n")).split(' ');
        const QByteArray target = requestLine.value(1);
        targets.append(requestLine.value(0) + ' ' + target);
        buffer.clear();
        if (!m_answer)
            return;
        const bool models = requestLine.value(0) == "GET" && target == "/v1/models";
        const QByteArray body = models ? QByteArray(R"({"object":"list","data":[{"id":"m1"},)"
                                                    R"({"id":"m2"}]})")
                                       : QByteArray(R"({"error":{"message":"not found"}})");
        socket->write((models ? "HTTP/1.1 200 OK" : "HTTP/1.1 404 Not Found") +
                      QByteArray("\r\nContent-Type: application/json\r\nContent-Length: ") +
                      QByteArray::number(body.size()) + "\r\nConnection: close\r\n\r\n" + body);
        socket->disconnectFromHost();
    }

    QTcpServer m_server;
    QHash<QTcpSocket *, QByteArray> m_buffers;
    bool m_answer;
};

template<typename T> T *child(const QWidget &dialog, const char *name)
{
    T *widget = dialog.findChild<T *>(QString::fromLatin1(name));
    if (!widget)
        qWarning("no child %s", name);
    return widget;
}
} // namespace

class tst_ProvidersDialog : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void listShowsStoreProfiles();
    void emptyStoreShowsHint();
    void addFromPresetsAndApply();
    void addUsesUniqueNames();
    void editAndApplyPersists();
    void pricesPersist();
    void cancelDiscards();
    void invalidInputDisablesOk_data();
    void invalidInputDisablesOk();
    void removeAsksAndRemoves();
    void removeWithDeleteKey();
    void removeKeychainProfileReportsKeyError();
    void duplicateMakesPendingCopy();
    void environmentVariableHint();
    void storeKeyWithoutKeychain();
    void enterInKeyFieldStoresKey();
    void showHideKey();
    void testConnectionSucceedsAndFillsModels();
    void testConnectionRefused();
    void testConnectionCancel();
    void ctrlNOpensAddMenu();
    void geometryIsRemembered();
    void screenshot();

private:
    std::unique_ptr<ProvidersDialog> makeDialog();
    QString addToStore(const ProviderProfile &p);
    std::unique_ptr<ProfileStore> reloaded() const;

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<ProfileStore> m_store;
    std::unique_ptr<KeyStore> m_keys;
};

void tst_ProvidersDialog::initTestCase()
{
    QCoreApplication::setOrganizationName("SeedbedTests");
    QCoreApplication::setApplicationName("tst_providersdialog");
    QStandardPaths::setTestModeEnabled(true);
    previousHandler = qInstallMessageHandler(captureMessages);
}

void tst_ProvidersDialog::init()
{
    m_dir = std::make_unique<QTemporaryDir>(sandbox->filePath("case-XXXXXX"));
    QVERIFY(m_dir->isValid());
    m_store = std::make_unique<ProfileStore>(m_dir->filePath("providers.json"));
    QVERIFY(m_store->load());
    m_keys = std::make_unique<KeyStore>();
    m_keys->setServiceName("Seedbed-test");
    QSettings().remove("providersDialog");
}

void tst_ProvidersDialog::cleanup()
{
    m_keys.reset();
    m_store.reset();
    m_dir.reset();
}

std::unique_ptr<ProvidersDialog> tst_ProvidersDialog::makeDialog()
{
    auto dialog = std::make_unique<ProvidersDialog>(m_store.get(), m_keys.get());
    dialog->show();
    dialog->activateWindow();
    // Shortcuts only reach an active window.
    if (!QTest::qWaitForWindowActive(dialog.get()))
        qWarning("dialog not active");
    return dialog;
}

QString tst_ProvidersDialog::addToStore(const ProviderProfile &p)
{
    QString error;
    const QString id = m_store->add(p, &error);
    if (id.isEmpty())
        qWarning("add failed: %s", qPrintable(error));
    return id;
}

std::unique_ptr<ProfileStore> tst_ProvidersDialog::reloaded() const
{
    auto store = std::make_unique<ProfileStore>(m_store->path());
    if (!store->load())
        qWarning("reload failed");
    return store;
}

void tst_ProvidersDialog::listShowsStoreProfiles()
{
    addToStore(profile("Alpha", "https://a.example.com/v1"));
    addToStore(profile("Beta", "http://127.0.0.1:11434", Protocol::OllamaNative));
    auto dialog = makeDialog();

    auto *list = child<QListWidget>(*dialog, "profileList");
    QVERIFY(list);
    QCOMPARE(list->count(), 2);
    QCOMPARE(list->item(0)->text(), QString("Alpha"));
    QCOMPARE(list->item(1)->text(), QString("Beta"));
    const QString alphaLine = list->item(0)->data(Qt::UserRole + 1).toString();
    QVERIFY2(alphaLine.contains("OpenAI-compatible") && alphaLine.contains("a.example.com"),
             qPrintable(alphaLine));
    const QString betaLine = list->item(1)->data(Qt::UserRole + 1).toString();
    QVERIFY2(betaLine.contains("Ollama") && betaLine.contains("127.0.0.1:11434"),
             qPrintable(betaLine));

    QCOMPARE(list->currentRow(), 0);
    QCOMPARE(child<QLineEdit>(*dialog, "nameEdit")->text(), QString("Alpha"));
    QCOMPARE(child<QLineEdit>(*dialog, "baseUrlEdit")->text(), QString("https://a.example.com/v1"));
    list->setCurrentRow(1);
    QCOMPARE(child<QLineEdit>(*dialog, "nameEdit")->text(), QString("Beta"));
    QCOMPARE(child<QComboBox>(*dialog, "protocolCombo")->currentText(), QString("Ollama"));
    QVERIFY(!dialog->hasPendingChanges());
    QVERIFY(!dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Apply)->isEnabled());
    QVERIFY(dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->isEnabled());
}

void tst_ProvidersDialog::emptyStoreShowsHint()
{
    auto dialog = makeDialog();
    QCOMPARE(child<QListWidget>(*dialog, "profileList")->count(), 0);
    QVERIFY(child<QLabel>(*dialog, "emptyMessage")->isVisible());
    QVERIFY(child<QLabel>(*dialog, "emptyMessage")->text().contains("Add"));
    QVERIFY(!child<QPushButton>(*dialog, "removeButton")->isEnabled());
    QVERIFY(!child<QPushButton>(*dialog, "duplicateButton")->isEnabled());
}

void tst_ProvidersDialog::addFromPresetsAndApply()
{
    auto dialog = makeDialog();
    auto *menu = child<QMenu>(*dialog, "addMenu");
    QVERIFY(menu);
    // Every preset is offered.
    const QList<ProviderPresets::Preset> presets = ProviderPresets::all();
    for (const ProviderPresets::Preset &preset : presets)
        QVERIFY2(menu->findChild<QAction *>("preset_" + preset.id) ||
                     dialog->findChild<QAction *>("preset_" + preset.id),
                 qPrintable(preset.id));

    dialog->findChild<QAction *>("preset_deepseek")->trigger();
    dialog->findChild<QAction *>("preset_ollama")->trigger();
    auto *list = child<QListWidget>(*dialog, "profileList");
    QCOMPARE(list->count(), 2);
    QCOMPARE(list->currentItem()->text(), QString("Ollama"));
    QCOMPARE(child<QLineEdit>(*dialog, "baseUrlEdit")->text(), QString("http://127.0.0.1:11434"));
    QVERIFY(child<QRadioButton>(*dialog, "keySourceNone")->isChecked());
    QCOMPARE(m_store->profiles().size(), 0); // not before Apply
    QVERIFY(dialog->hasPendingChanges());

    auto *apply = dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Apply);
    QVERIFY(apply->isEnabled());
    apply->click();
    QVERIFY(!dialog->hasPendingChanges());
    QVERIFY(!apply->isEnabled());

    const auto deepseek = ProviderPresets::find(u"deepseek");
    const auto ollama = ProviderPresets::find(u"ollama");
    QVERIFY(deepseek && ollama);
    const auto fromFile = reloaded();
    for (const ProfileStore *store : {m_store.get(), fromFile.get()}) {
        QCOMPARE(store->profiles().size(), 2);
        const auto ds = store->profile("DeepSeek");
        QVERIFY(ds);
        QCOMPARE(ds->baseUrl, deepseek->baseUrl);
        QCOMPARE(ds->protocol, Protocol::OpenAiCompatible);
        QCOMPARE(ds->keyEnvironmentVariable, QString("DEEPSEEK_API_KEY"));
        const auto ol = store->profile("Ollama");
        QVERIFY(ol);
        QCOMPARE(ol->baseUrl, ollama->baseUrl);
        QCOMPARE(ol->protocol, Protocol::OllamaNative);
    }
    QFile file(m_store->path());
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray json = file.readAll();
    QVERIFY(json.contains("https://api.deepseek.com/v1"));
    QVERIFY(json.contains("http://127.0.0.1:11434"));
    QVERIFY(json.contains("\"ollama\""));
}

void tst_ProvidersDialog::addUsesUniqueNames()
{
    addToStore(profile("DeepSeek", "https://api.deepseek.com/v1"));
    auto dialog = makeDialog();
    const QString id2 = dialog->addFromPreset("deepseek");
    const QString id3 = dialog->addFromPreset("deepseek");
    QVERIFY(!id2.isEmpty() && !id3.isEmpty() && id2 != id3);
    QCOMPARE(dialog->addFromPreset("no-such-preset"), QString());
    QStringList names;
    for (const ProviderProfile &p : dialog->profiles())
        names.append(p.name);
    QCOMPARE(names, QStringList({"DeepSeek", "DeepSeek 2", "DeepSeek 3"}));
    QVERIFY(child<QLabel>(*dialog, "problemLabel")->isHidden());
    QVERIFY(dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->isEnabled());
}

void tst_ProvidersDialog::editAndApplyPersists()
{
    const QString id = addToStore(profile("Alpha", "https://a.example.com/v1"));
    auto dialog = makeDialog();

    child<QLineEdit>(*dialog, "nameEdit")->setText("Gamma");
    child<QLineEdit>(*dialog, "baseUrlEdit")->setText("http://127.0.0.1:9999/v1");
    child<QPlainTextEdit>(*dialog, "modelsEdit")->setPlainText("m-a\n\n  m-b  \nm-a\n");
    child<QSpinBox>(*dialog, "maxConcurrencySpin")->setValue(16);
    child<QSpinBox>(*dialog, "requestsPerMinuteSpin")->setValue(60);
    child<QSpinBox>(*dialog, "tokensPerMinuteSpin")->setValue(100000);
    child<QSpinBox>(*dialog, "maxAttemptsSpin")->setValue(5);
    child<QDoubleSpinBox>(*dialog, "idleTimeoutSpin")->setValue(30);
    child<QDoubleSpinBox>(*dialog, "totalTimeoutSpin")->setValue(0);
    QCOMPARE(child<QListWidget>(*dialog, "profileList")->item(0)->text(), QString("Gamma"));
    QCOMPARE(m_store->profile(id)->name, QString("Alpha")); // not yet

    auto *ok = dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
    QVERIFY(ok->isEnabled());
    ok->click();
    QCOMPARE(dialog->result(), int(QDialog::Accepted));

    const auto stored = reloaded()->profile(id);
    QVERIFY(stored);
    QCOMPARE(stored->name, QString("Gamma"));
    QCOMPARE(stored->baseUrl, QUrl("http://127.0.0.1:9999/v1"));
    QCOMPARE(stored->models, QStringList({"m-a", "m-b"}));
    QCOMPARE(stored->maxConcurrency, 16);
    QCOMPARE(stored->requestsPerMinute, 60);
    QCOMPARE(stored->tokensPerMinute, 100000);
    QCOMPARE(stored->maxAttempts, 5);
    QCOMPARE(stored->idleTimeoutMs, 30000);
    QCOMPARE(stored->totalTimeoutMs, 0);
    QCOMPARE(stored->connectTimeoutMs, ProviderProfile().connectTimeoutMs); // untouched
}

void tst_ProvidersDialog::pricesPersist()
{
    ProviderProfile p = profile("Alpha", "https://a.example.com/v1");
    p.models = {"m-a", "m-b"};
    const QString id = addToStore(p);
    auto dialog = makeDialog();

    child<QComboBox>(*dialog, "currencyCombo")->setCurrentText("CNY");
    auto *table = child<QTableWidget>(*dialog, "pricesTable");
    auto *addPrice = child<QPushButton>(*dialog, "addPriceButton");
    addPrice->click();
    QCOMPARE(table->rowCount(), 1);
    QCOMPARE(table->item(0, 0)->text(), QString("m-a")); // the first model without a price
    table->item(0, 1)->setData(Qt::EditRole, 2.0);
    table->item(0, 2)->setData(Qt::EditRole, 8.5);
    addPrice->click();
    QCOMPARE(table->rowCount(), 2);
    QCOMPARE(table->item(1, 0)->text(), QString("m-b"));

    // Two prices for one model are refused.
    table->item(1, 0)->setText("m-a");
    auto *ok = dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
    QVERIFY(!ok->isEnabled());
    QVERIFY(child<QLabel>(*dialog, "problemLabel")->text().contains("two prices"));
    table->selectRow(1);
    child<QPushButton>(*dialog, "removePriceButton")->click();
    QCOMPARE(table->rowCount(), 1);
    QVERIFY(ok->isEnabled());

    dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Apply)->click();
    const auto stored = reloaded()->profile(id);
    QVERIFY(stored);
    QCOMPARE(stored->currency, QString("CNY"));
    QCOMPARE(stored->prices.size(), 1);
    QCOMPARE(stored->prices.value("m-a"), (ModelPrice{2.0, 8.5}));
}

void tst_ProvidersDialog::cancelDiscards()
{
    const QString id = addToStore(profile("Alpha", "https://a.example.com/v1"));
    QFile file(m_store->path());
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray before = file.readAll();
    file.close();

    auto dialog = makeDialog();
    child<QLineEdit>(*dialog, "nameEdit")->setText("Changed");
    child<QSpinBox>(*dialog, "maxConcurrencySpin")->setValue(99);
    dialog->addFromPreset("openai");
    QCOMPARE(child<QListWidget>(*dialog, "profileList")->count(), 2);
    auto *cancel = dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Cancel);
    QVERIFY(cancel->toolTip().contains("keychain"));
    cancel->click();
    QCOMPARE(dialog->result(), int(QDialog::Rejected));

    QCOMPARE(m_store->profiles().size(), 1);
    QCOMPARE(m_store->profile(id)->name, QString("Alpha"));
    QCOMPARE(m_store->profile(id)->maxConcurrency, ProviderProfile().maxConcurrency);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), before);
}

void tst_ProvidersDialog::invalidInputDisablesOk_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("expected");
    QTest::newRow("empty name") << "nameEdit"
                                << "  "
                                << "Enter a name";
    QTest::newRow("duplicate name") << "nameEdit"
                                    << "beta"
                                    << "already named “Beta”";
    QTest::newRow("empty URL") << "baseUrlEdit"
                               << ""
                               << "Enter the base URL";
    QTest::newRow("malformed URL") << "baseUrlEdit"
                                   << "http://exa mple.com"
                                   << "not a valid";
    QTest::newRow("no scheme") << "baseUrlEdit"
                               << "api.example.com/v1"
                               << "http:// or https://";
    QTest::newRow("other scheme") << "baseUrlEdit"
                                  << "ftp://example.com"
                                  << "http:// or https://";
    QTest::newRow("no host") << "baseUrlEdit"
                             << "http://"
                             << "no host";
}

void tst_ProvidersDialog::invalidInputDisablesOk()
{
    QFETCH(QString, field);
    QFETCH(QString, value);
    QFETCH(QString, expected);
    addToStore(profile("Alpha", "https://a.example.com/v1"));
    addToStore(profile("Beta", "https://b.example.com/v1"));
    auto dialog = makeDialog();
    auto *buttons = dialog->findChild<QDialogButtonBox *>();
    auto *ok = buttons->button(QDialogButtonBox::Ok);
    auto *apply = buttons->button(QDialogButtonBox::Apply);
    auto *problem = child<QLabel>(*dialog, "problemLabel");
    QVERIFY(ok->isEnabled());
    QVERIFY(problem->isHidden());

    auto *edit = child<QLineEdit>(*dialog, qPrintable(field));
    const QString original = edit->text();
    edit->setText(value);
    QVERIFY(!ok->isEnabled());
    QVERIFY(!apply->isEnabled());
    QVERIFY(!problem->isHidden());
    QVERIFY2(problem->text().contains(expected), qPrintable(problem->text()));
    QCOMPARE(dialog->problem(), problem->text());
    QVERIFY(!dialog->apply());
    QCOMPARE(m_store->profile("Alpha")->baseUrl, QUrl("https://a.example.com/v1"));

    // The problem follows the profile when another one is selected, naming it.
    child<QListWidget>(*dialog, "profileList")->setCurrentRow(1);
    QVERIFY(!ok->isEnabled());
    if (value == "beta") // both profiles have the problem
        QVERIFY2(problem->text().contains("already named “Alpha”") ||
                     problem->text().contains("already named “beta”"),
                 qPrintable(problem->text()));
    else
        QVERIFY2(problem->text().startsWith("Profile “") && problem->text().contains(expected),
                 qPrintable(problem->text()));

    child<QListWidget>(*dialog, "profileList")->setCurrentRow(0);
    edit->setText(original);
    QVERIFY(ok->isEnabled());
    QVERIFY(problem->isHidden());
    QVERIFY(!apply->isEnabled()); // back to what is stored
}

void tst_ProvidersDialog::removeAsksAndRemoves()
{
    addToStore(profile("Alpha", "https://a.example.com/v1"));
    addToStore(profile("Beta", "https://b.example.com/v1"));
    auto dialog = makeDialog();
    auto *list = child<QListWidget>(*dialog, "profileList");
    list->setCurrentRow(1);

    {
        BoxAnswerer answer(false);
        child<QPushButton>(*dialog, "removeButton")->click();
        QVERIFY(answer.seen);
        QVERIFY2(answer.text.contains("“Beta”"), qPrintable(answer.text));
    }
    QCOMPARE(list->count(), 2);
    QCOMPARE(reloaded()->profiles().size(), 2);

    {
        BoxAnswerer answer(true);
        child<QPushButton>(*dialog, "removeButton")->click();
        QVERIFY(answer.seen);
    }
    QCOMPARE(list->count(), 1);
    QCOMPARE(list->item(0)->text(), QString("Alpha"));
    QCOMPARE(list->currentRow(), 0);
    const auto store = reloaded();
    QCOMPARE(store->profiles().size(), 1);
    QVERIFY(!store->contains("Beta"));
    QVERIFY(child<QLabel>(*dialog, "statusLabel")->text().contains("Removed"));
}

void tst_ProvidersDialog::removeWithDeleteKey()
{
    addToStore(profile("Alpha", "https://a.example.com/v1"));
    auto dialog = makeDialog();
    dialog->addFromPreset("vllm"); // not applied yet: removing it needs no store change
    auto *list = child<QListWidget>(*dialog, "profileList");
    QCOMPARE(list->count(), 2);

    // Delete in a text field edits the text, not the list.
    auto *name = child<QLineEdit>(*dialog, "nameEdit");
    name->setFocus();
    name->setCursorPosition(0);
    QTest::keyClick(name, Qt::Key_Delete);
    QCOMPARE(list->count(), 2);
    QCOMPARE(name->text(), QString("LLM"));

    list->setFocus();
    {
        BoxAnswerer answer(true);
        QTest::keyClick(list, Qt::Key_Delete);
        QVERIFY(answer.seen);
    }
    QCOMPARE(list->count(), 1);
    QCOMPARE(m_store->profiles().size(), 1);

    // The offscreen platform has no window manager to give the focus back after the box.
    dialog->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(dialog.get()));
    list->setFocus();
    {
        BoxAnswerer answer(true);
        QTest::keyClick(list, Qt::Key_Delete);
        QVERIFY(answer.seen);
    }
    QCOMPARE(list->count(), 0);
    QCOMPARE(reloaded()->profiles().size(), 0);
    QVERIFY(child<QLabel>(*dialog, "emptyMessage")->isVisible());
}

void tst_ProvidersDialog::removeKeychainProfileReportsKeyError()
{
    if (!KeyStore::isKeychainCompiledIn())
        QSKIP("Built without QtKeychain: there is no keychain entry to delete");
    ProviderProfile p = profile("Keyed", "https://api.deepseek.com/v1");
    p.keyInKeychain = true;
    addToStore(p);
    auto dialog = makeDialog();
    QVERIFY(child<QRadioButton>(*dialog, "keySourceKeychain")->isChecked());
    {
        BoxAnswerer answer(true);
        child<QPushButton>(*dialog, "removeButton")->click();
        QVERIFY(answer.seen);
        QVERIFY2(answer.text.contains("keychain"), qPrintable(answer.text));
    }
    QCOMPARE(reloaded()->profiles().size(), 0);
    // The keychain cannot be reached here: the failure is shown, not swallowed.
    auto *status = child<QLabel>(*dialog, "statusLabel");
    QTRY_VERIFY_WITH_TIMEOUT(status->text().contains("could not be deleted"), 60000);
    QVERIFY2(status->text().contains("keychain"), qPrintable(status->text()));
    QVERIFY(!status->isHidden());
}

void tst_ProvidersDialog::duplicateMakesPendingCopy()
{
    ProviderProfile p = profile("Alpha", "https://a.example.com/v1");
    p.keyInKeychain = true;
    p.maxConcurrency = 12;
    const QString id = addToStore(p);
    auto dialog = makeDialog();
    child<QPushButton>(*dialog, "duplicateButton")->click();
    const QList<ProviderProfile> profiles = dialog->profiles();
    QCOMPARE(profiles.size(), 2);
    QCOMPARE(profiles.at(1).name, QString("Alpha (copy)"));
    QVERIFY(profiles.at(1).id != id);
    QCOMPARE(profiles.at(1).maxConcurrency, 12);
    QVERIFY(!profiles.at(1).keyInKeychain); // the key belongs to the original's id
    QCOMPARE(dialog->currentProfileId(), profiles.at(1).id);
    QVERIFY(child<QLabel>(*dialog, "keychainStatus")->text().contains("No key is stored"));
    QCOMPARE(m_store->profiles().size(), 1);
    dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Apply)->click();
    QCOMPARE(reloaded()->profiles().size(), 2);
}

void tst_ProvidersDialog::environmentVariableHint()
{
    qputenv("SEEDBED_TST_PROVIDER_KEY", environmentValue);
    qunsetenv("SEEDBED_TST_UNSET_KEY");
    ProviderProfile p = profile("Env", "https://api.example.com/v1");
    p.keyEnvironmentVariable = "SEEDBED_TST_PROVIDER_KEY";
    const QString id = addToStore(p);
    auto dialog = makeDialog();

    QVERIFY(child<QRadioButton>(*dialog, "keySourceEnvironment")->isChecked());
    auto *variable = child<QLineEdit>(*dialog, "environmentEdit");
    auto *hint = child<QLabel>(*dialog, "environmentHint");
    QCOMPARE(variable->text(), QString("SEEDBED_TST_PROVIDER_KEY"));
    QVERIFY(variable->isEnabled());
    QVERIFY(!hint->isHidden());
    QVERIFY2(hint->text().contains("is set"), qPrintable(hint->text()));

    variable->setText("SEEDBED_TST_UNSET_KEY");
    QVERIFY2(hint->text().contains("is not set"), qPrintable(hint->text()));
    variable->setText("1 bad name");
    auto *ok = dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
    QVERIFY(!ok->isEnabled());
    QVERIFY(child<QLabel>(*dialog, "problemLabel")->text().contains("not a valid environment"));
    variable->setText("SEEDBED_TST_PROVIDER_KEY");
    QVERIFY(hint->text().contains("is set"));
    QVERIFY(ok->isEnabled());

    // The value is a key: it is nowhere in the dialog.
    const QString value = QString::fromLatin1(environmentValue);
    for (const QLabel *label : dialog->findChildren<QLabel *>())
        QVERIFY2(!label->text().contains(value), qPrintable(label->objectName()));
    for (const QLineEdit *edit : dialog->findChildren<QLineEdit *>())
        QVERIFY2(!edit->text().contains(value), qPrintable(edit->objectName()));

    // Switching to "No key" and back keeps the variable's name.
    child<QRadioButton>(*dialog, "keySourceNone")->click();
    QVERIFY(!variable->isEnabled());
    QVERIFY(hint->isHidden());
    QCOMPARE(dialog->profiles().at(0).keyEnvironmentVariable, QString());
    child<QRadioButton>(*dialog, "keySourceEnvironment")->click();
    QCOMPARE(dialog->profiles().at(0).keyEnvironmentVariable, QString("SEEDBED_TST_PROVIDER_KEY"));
    QVERIFY(!dialog->hasPendingChanges());
    QCOMPARE(m_store->profile(id)->keyEnvironmentVariable, QString("SEEDBED_TST_PROVIDER_KEY"));
    qunsetenv("SEEDBED_TST_PROVIDER_KEY");
}

void tst_ProvidersDialog::storeKeyWithoutKeychain()
{
    messages.clear();
    const QString id = addToStore(profile("DeepSeek", "https://api.deepseek.com/v1"));
    auto dialog = makeDialog();
    QVERIFY(child<QRadioButton>(*dialog, "keySourceNone")->isChecked());
    auto *keyEdit = child<QLineEdit>(*dialog, "keyEdit");
    auto *store = child<QPushButton>(*dialog, "storeKeyButton");
    QVERIFY(!keyEdit->isEnabled());

    child<QRadioButton>(*dialog, "keySourceKeychain")->click();
    QVERIFY(keyEdit->isEnabled());
    QCOMPARE(keyEdit->echoMode(), QLineEdit::Password);
    QVERIFY(!store->isEnabled()); // nothing typed yet
    QTest::keyClicks(keyEdit, QString::fromLatin1(canaryKey));
    QVERIFY(store->isEnabled());
    store->click();
    QCOMPARE(keyEdit->text(), QString());
    QVERIFY(!keyEdit->isUndoAvailable());

    auto *message = child<QLabel>(*dialog, "keyMessage");
    QTRY_VERIFY_WITH_TIMEOUT(!message->isHidden() && !message->text().isEmpty(), 60000);
    QVERIFY2(message->text().contains("keychain"), qPrintable(message->text()));
    if (KeyStore::isKeychainCompiledIn())
        QVERIFY2(message->text().contains("not available"), qPrintable(message->text()));
    QVERIFY2(message->text().contains("DEEPSEEK_API_KEY"), qPrintable(message->text()));
    QCOMPARE(store->text(), QString("Store in Keychain"));

    // The environment variable route is offered, prefilled.
    auto *useVariable = child<QPushButton>(*dialog, "useEnvironmentButton");
    QVERIFY(!useVariable->isHidden());
    QVERIFY(useVariable->text().contains("DEEPSEEK_API_KEY"));
    QCOMPARE(child<QLineEdit>(*dialog, "environmentEdit")->text(), QString("DEEPSEEK_API_KEY"));
    useVariable->click();
    QVERIFY(child<QRadioButton>(*dialog, "keySourceEnvironment")->isChecked());
    QVERIFY(useVariable->isHidden());
    QCOMPARE(dialog->profiles().at(0).keyEnvironmentVariable, QString("DEEPSEEK_API_KEY"));
    QVERIFY(!dialog->profiles().at(0).keyInKeychain);

    dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
    QCOMPARE(reloaded()->profile(id)->keyEnvironmentVariable, QString("DEEPSEEK_API_KEY"));
    QVERIFY(!reloaded()->profile(id)->keyInKeychain);
    dialog.reset();
    QSettings().sync();

    QVERIFY(QSettings().fileName().startsWith(sandbox->path()));
    QVERIFY(m_store->path().startsWith(sandbox->path()));
    // The key is nowhere: no file under the sandbox (stores, settings, XDG folders, temp
    // files), no log line, no text in the dialog.
    QCOMPARE(filesContaining(canaryKey), QStringList());
    for (const QString &line : std::as_const(messages))
        QVERIFY2(!line.contains(QString::fromLatin1(canaryKey)), "a log line holds the key");
}

void tst_ProvidersDialog::enterInKeyFieldStoresKey()
{
    ProviderProfile p = profile("Alpha", "https://a.example.com/v1");
    p.keyInKeychain = true;
    addToStore(p);
    auto dialog = makeDialog();
    auto *keyEdit = child<QLineEdit>(*dialog, "keyEdit");
    keyEdit->setFocus();
    QTest::keyClicks(keyEdit, QString::fromLatin1(canaryKey));
    QTest::keyClick(keyEdit, Qt::Key_Return);
    QVERIFY(dialog->isVisible()); // Enter did not press OK
    QCOMPARE(keyEdit->text(), QString());
    auto *message = child<QLabel>(*dialog, "keyMessage");
    QTRY_VERIFY_WITH_TIMEOUT(!message->isHidden() && !message->text().isEmpty(), 60000);
    QVERIFY(message->text().contains("keychain"));
    // An empty key field leaves Enter to the dialog.
    QTest::keyClick(keyEdit, Qt::Key_Return);
    QTRY_VERIFY(!dialog->isVisible());
    QCOMPARE(dialog->result(), int(QDialog::Accepted));
}

void tst_ProvidersDialog::showHideKey()
{
    ProviderProfile p = profile("Alpha", "https://a.example.com/v1");
    p.keyInKeychain = true;
    addToStore(p);
    auto dialog = makeDialog();
    auto *keyEdit = child<QLineEdit>(*dialog, "keyEdit");
    auto *toggle = child<QToolButton>(*dialog, "showKeyButton");
    QVERIFY(child<QLabel>(*dialog, "keychainStatus")->text().contains("A key is stored"));
    QCOMPARE(keyEdit->echoMode(), QLineEdit::Password);
    toggle->click();
    QCOMPARE(keyEdit->echoMode(), QLineEdit::Normal);
    QCOMPARE(toggle->text(), QString("Hide"));
    toggle->click();
    QCOMPARE(keyEdit->echoMode(), QLineEdit::Password);
    QCOMPARE(toggle->text(), QString("Show"));
}

void tst_ProvidersDialog::testConnectionSucceedsAndFillsModels()
{
    ModelsServer server(true);
    QVERIFY(server.port() != 0);
    ProviderProfile p =
        profile("Local", QStringLiteral("http://127.0.0.1:%1/v1").arg(server.port()));
    const QString id = addToStore(p);
    auto dialog = makeDialog();

    auto *test = child<QPushButton>(*dialog, "testButton");
    auto *cancelTest = child<QPushButton>(*dialog, "cancelTestButton");
    auto *message = child<QLabel>(*dialog, "testMessage");
    QVERIFY(cancelTest->isHidden());
    test->click();
    QCOMPARE(test->text(), QString("Testing…"));
    QVERIFY(!test->isEnabled());
    QVERIFY(!cancelTest->isHidden());

    QTRY_VERIFY_WITH_TIMEOUT(message->property("ok").isValid(), 30000);
    QVERIFY2(message->property("ok").toBool(), qPrintable(message->text()));
    QVERIFY2(message->text().contains("offers 2 model"), qPrintable(message->text()));
    QCOMPARE(child<QLabel>(*dialog, "testIcon")->text(), QString("\u2714"));
    QCOMPARE(test->text(), QString("Test Connection"));
    QVERIFY(test->isEnabled());
    QVERIFY(cancelTest->isHidden());
    QCOMPARE(server.targets, QList<QByteArray>({"GET /v1/models"}));

    auto *useModels = child<QPushButton>(*dialog, "useServerModelsButton");
    QVERIFY(!useModels->isHidden());
    QVERIFY(useModels->text().contains("2"));
    useModels->click();
    QCOMPARE(child<QPlainTextEdit>(*dialog, "modelsEdit")->toPlainText(), QString("m1\nm2"));
    QVERIFY(useModels->isHidden());
    QCOMPARE(dialog->profiles().at(0).models, QStringList({"m1", "m2"}));
    dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Apply)->click();
    QCOMPARE(reloaded()->profile(id)->models, QStringList({"m1", "m2"}));
}

void tst_ProvidersDialog::testConnectionRefused()
{
    quint16 port = 0;
    {
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost));
        port = probe.serverPort();
    } // closed again: nothing listens there now
    addToStore(profile("Closed", QStringLiteral("http://127.0.0.1:%1/v1").arg(port)));
    auto dialog = makeDialog();
    child<QPushButton>(*dialog, "testButton")->click();
    auto *message = child<QLabel>(*dialog, "testMessage");
    QTRY_VERIFY_WITH_TIMEOUT(message->property("ok").isValid(), 30000);
    QVERIFY(!message->property("ok").toBool());
    QVERIFY2(message->text().contains("refused"), qPrintable(message->text()));
    QCOMPARE(child<QLabel>(*dialog, "testIcon")->text(), QString("\u2718"));
    QVERIFY(child<QPushButton>(*dialog, "useServerModelsButton")->isHidden());
}

void tst_ProvidersDialog::testConnectionCancel()
{
    ModelsServer server(false); // accepts, never answers
    addToStore(profile("Silent", QStringLiteral("http://127.0.0.1:%1/v1").arg(server.port())));
    auto dialog = makeDialog();
    auto *test = child<QPushButton>(*dialog, "testButton");
    test->click();
    QTRY_COMPARE_WITH_TIMEOUT(int(server.targets.size()), 1, 30000);
    QVERIFY(!test->isEnabled());
    child<QPushButton>(*dialog, "cancelTestButton")->click();
    QVERIFY(test->isEnabled());
    QCOMPARE(test->text(), QString("Test Connection"));
    auto *message = child<QLabel>(*dialog, "testMessage");
    QVERIFY(message->text().contains("cancelled"));
    QVERIFY(!message->property("ok").isValid());
}

void tst_ProvidersDialog::ctrlNOpensAddMenu()
{
    auto dialog = makeDialog();
    QMenu *opened = nullptr;
    auto *timer = new QTimer(dialog.get());
    timer->setInterval(10);
    connect(timer, &QTimer::timeout, timer, [&opened, timer] {
        auto *menu = qobject_cast<QMenu *>(QApplication::activePopupWidget());
        if (!menu)
            return;
        opened = menu;
        timer->stop();
        if (QAction *action = menu->findChild<QAction *>("preset_ollama"))
            action->trigger();
        menu->close();
    });
    timer->start();
    QTest::keyClick(dialog.get(), Qt::Key_N, Qt::ControlModifier);
    QTRY_VERIFY_WITH_TIMEOUT(opened != nullptr, 10000);
    QCOMPARE(opened->objectName(), QString("addMenu"));
    QTRY_COMPARE_WITH_TIMEOUT(child<QListWidget>(*dialog, "profileList")->count(), 1, 10000);
    QCOMPARE(dialog->profiles().at(0).name, QString("Ollama"));
}

void tst_ProvidersDialog::geometryIsRemembered()
{
    {
        auto dialog = makeDialog();
        dialog->resize(1011, 707);
        QTRY_COMPARE(dialog->size(), QSize(1011, 707));
        dialog->reject();
    }
    QVERIFY(QSettings().contains("providersDialog/geometry"));
    auto dialog = makeDialog();
    QCOMPARE(dialog->size(), QSize(1011, 707));
}

void tst_ProvidersDialog::screenshot()
{
    const QByteArray path = qgetenv("SEEDBED_SCREENSHOT_DIR");
    if (path.isEmpty())
        QSKIP("Set SEEDBED_SCREENSHOT_DIR to render the dialog to PNG files");
    ProviderProfile deepseek = ProviderPresets::makeProfile(*ProviderPresets::find(u"deepseek"));
    deepseek.keyEnvironmentVariable.clear();
    deepseek.keyInKeychain = true;
    deepseek.prices.insert("deepseek-chat", ModelPrice{0.27, 1.1});
    deepseek.prices.insert("deepseek-reasoner", ModelPrice{0.55, 2.19});
    addToStore(deepseek);
    addToStore(ProviderPresets::makeProfile(*ProviderPresets::find(u"ollama")));
    addToStore(ProviderPresets::makeProfile(*ProviderPresets::find(u"qwen")));
    auto dialog = makeDialog();
    dialog->resize(920, 640);
    const QString dir = QString::fromLocal8Bit(path);
    const auto shot = [&](const char *name) {
        QApplication::processEvents(); // pending layout requests
        return dialog->grab().save(dir + name);
    };
    QVERIFY(shot("/providers.png"));
    child<QListWidget>(*dialog, "profileList")->setCurrentRow(2);
    QVERIFY(shot("/providers-env.png"));
    child<QListWidget>(*dialog, "profileList")->setCurrentRow(0);
    auto *tabs = dialog->findChild<QTabWidget *>("profileTabs");
    tabs->setCurrentIndex(1);
    QVERIFY(shot("/providers-limits.png"));
    tabs->setCurrentIndex(2);
    QVERIFY(shot("/providers-prices.png"));
    tabs->setCurrentIndex(0);

    // Storing a key without a keychain.
    child<QListWidget>(*dialog, "profileList")->setCurrentRow(2);
    child<QRadioButton>(*dialog, "keySourceKeychain")->click();
    child<QLineEdit>(*dialog, "keyEdit")->setText("sk-screenshot-0123456789");
    child<QPushButton>(*dialog, "storeKeyButton")->click();
    auto *keyMessage = child<QLabel>(*dialog, "keyMessage");
    QTRY_VERIFY_WITH_TIMEOUT(!keyMessage->isHidden(), 60000);
    QVERIFY(shot("/providers-keyerror.png"));

    // A successful test against a local server, with an unapplied profile.
    ModelsServer server(true);
    dialog->addFromPreset("vllm");
    child<QLineEdit>(*dialog, "baseUrlEdit")
        ->setText(QStringLiteral("http://127.0.0.1:%1/v1").arg(server.port()));
    child<QPushButton>(*dialog, "testButton")->click();
    auto *message = child<QLabel>(*dialog, "testMessage");
    QTRY_VERIFY_WITH_TIMEOUT(message->property("ok").isValid(), 30000);
    QVERIFY(shot("/providers-test.png"));

    // An invalid name.
    child<QLineEdit>(*dialog, "nameEdit")->setText("ollama");
    QVERIFY(shot("/providers-invalid.png"));
}

int main(int argc, char **argv)
{
    // Before QApplication: nothing may reach the real session bus, HOME or configuration.
    prepareSandbox();
    int status = 0;
    {
        QApplication app(argc, argv);
        tst_ProvidersDialog test;
        status = QTest::qExec(&test, argc, argv);
    }
    delete sandbox;
    return status;
}

#include "tst_providersdialog.moc"
