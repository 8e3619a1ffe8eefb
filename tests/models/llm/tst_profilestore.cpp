#include "models/llm/profilestore.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Seedbed::Llm;

namespace {
ProviderProfile makeProfile(const QString &name)
{
    ProviderProfile profile;
    profile.name = name;
    profile.baseUrl = QUrl("https://api.example.test/v1");
    profile.models = {"model-a", "model-b"};
    profile.keyInKeychain = true;
    profile.prices.insert("model-a", ModelPrice{0.5, 1.5});
    return profile;
}

QByteArray readAll(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return QByteArray();
    return file.readAll();
}

void writeAll(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    QCOMPARE(file.write(bytes), bytes.size());
}

QStringList entries(const QString &dir)
{
    return QDir(dir).entryList(QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot, QDir::Name);
}
} // namespace

class TestProfileStore : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();

    void defaultPathIsInUserConfig();
    void missingFileIsEmpty();
    void addSaveLoadRoundTrip();
    void fileIsPrettyAndStable();
    void lookupByNameOrId();
    void updateAndRemove();
    void rejectsBadProfiles();
    void signalsOnChange();
    void savesAtomically();
    void readOnlyFolderKeepsTheFile();
    void failedSaveUndoesTheChange();
    void corruptFileIsKeptAndReported_data();
    void corruptFileIsKeptAndReported();
    void newerFileIsLeftAlone();
    void keyInFileIsReportedAndDropped();

private:
    QString path() const { return m_dir->filePath("config/providers.json"); }

    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestProfileStore::initTestCase()
{
    QCoreApplication::setApplicationName("seedbed-test");
    QStandardPaths::setTestModeEnabled(true);
}

void TestProfileStore::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TestProfileStore::defaultPathIsInUserConfig()
{
    const QString expected =
        QStandardPaths::writableLocation(QStandardPaths::AppConfigLocation) + "/providers.json";
    QCOMPARE(ProfileStore::defaultPath(), expected);
    QCOMPARE(ProfileStore().path(), expected);
}

void TestProfileStore::missingFileIsEmpty()
{
    ProfileStore store(path());
    QString error;
    QVERIFY(store.load(&error));
    QVERIFY(error.isEmpty());
    QVERIFY(store.profiles().isEmpty());
    QVERIFY(!QFile::exists(path())); // loading never creates the file
    QVERIFY(!store.isReadOnly());
}

void TestProfileStore::addSaveLoadRoundTrip()
{
    ProfileStore store(path());
    QVERIFY(store.load());
    QString error;
    const QString first = store.add(makeProfile("DeepSeek"), &error);
    QVERIFY2(!first.isEmpty(), qPrintable(error));
    ProviderProfile ollama = makeProfile("Ollama");
    ollama.id = "fixed-id";
    ollama.protocol = Protocol::OllamaNative;
    QCOMPARE(store.add(ollama, &error), QString("fixed-id"));
    QVERIFY(QFile::exists(path())); // the folder was created

    ProfileStore reopened(path());
    QVERIFY(reopened.load(&error));
    QCOMPARE(reopened.profiles().size(), 2);
    QCOMPARE(reopened.profiles(), store.profiles());
    QCOMPARE(reopened.profiles().at(0).id, first);
    QCOMPARE(reopened.profiles().at(1).protocol, Protocol::OllamaNative);
    QCOMPARE(reopened.profiles().at(0).prices.value("model-a"), (ModelPrice{0.5, 1.5}));
}

void TestProfileStore::fileIsPrettyAndStable()
{
    ProfileStore store(path());
    QVERIFY(store.load());
    QVERIFY(!store.add(makeProfile("One")).isEmpty());
    QVERIFY(!store.add(makeProfile("Two")).isEmpty());
    const QByteArray first = readAll(path());

    QVERIFY(first.startsWith("{\n  \"format\": \"seedbed-providers\",\n  \"version\": 1,\n"));
    QVERIFY(first.contains("\n      \"name\": \"One\",\n"));
    QVERIFY(first.contains("\"models\": [\"model-a\", \"model-b\"]"));
    QVERIFY(first.endsWith("}\n"));
    QVERIFY(first.indexOf("\"id\"") < first.indexOf("\"name\""));

    QVERIFY(store.save());
    QCOMPARE(readAll(path()), first);

    ProfileStore reopened(path());
    QVERIFY(reopened.load());
    QVERIFY(reopened.save());
    QCOMPARE(readAll(path()), first);
}

void TestProfileStore::lookupByNameOrId()
{
    ProfileStore store(path());
    QVERIFY(store.load());
    ProviderProfile a = makeProfile("Alpha");
    a.id = "id-alpha";
    ProviderProfile b = makeProfile("id-alpha-lookalike");
    b.id = "id-beta";
    QVERIFY(!store.add(a).isEmpty());
    QVERIFY(!store.add(b).isEmpty());

    QCOMPARE(store.profile("id-alpha")->name, QString("Alpha"));
    QCOMPARE(store.profile("Alpha")->id, QString("id-alpha"));
    QCOMPARE(store.profile("id-alpha-lookalike")->id, QString("id-beta"));
    QVERIFY(!store.profile("alpha").has_value()); // names are matched exactly
    QVERIFY(!store.profile(QString()).has_value());
    QVERIFY(store.contains("id-beta"));
}

void TestProfileStore::updateAndRemove()
{
    ProfileStore store(path());
    QVERIFY(store.load());
    const QString id = store.add(makeProfile("Before"));
    QVERIFY(!id.isEmpty());

    ProviderProfile changed = *store.profile(id);
    changed.name = "After";
    changed.maxConcurrency = 32;
    QString error;
    QVERIFY2(store.update(changed, &error), qPrintable(error));
    QCOMPARE(store.profile(id)->name, QString("After"));

    ProfileStore reopened(path());
    QVERIFY(reopened.load());
    QCOMPARE(reopened.profile(id)->maxConcurrency, 32);

    ProviderProfile ghost = changed;
    ghost.id = "no-such-id";
    QVERIFY(!store.update(ghost, &error));
    QVERIFY(error.contains("After"));

    QVERIFY(store.remove("After", &error));
    QVERIFY(store.profiles().isEmpty());
    QVERIFY(!store.remove(id, &error));
    QVERIFY(!error.isEmpty());
    QVERIFY(reopened.load());
    QVERIFY(reopened.profiles().isEmpty());
}

void TestProfileStore::rejectsBadProfiles()
{
    ProfileStore store(path());
    QVERIFY(store.load());
    QVERIFY(!store.add(makeProfile("Taken")).isEmpty());

    QString error;
    QVERIFY(store.add(makeProfile("  ")).isEmpty());
    QCOMPARE(error, QString());
    QVERIFY(store.add(makeProfile(""), &error).isEmpty());
    QVERIFY(error.contains("name"));
    QVERIFY(store.add(makeProfile("taken "), &error).isEmpty()); // case and spaces ignored
    QVERIFY(error.contains("Taken"));
    ProviderProfile sameId = makeProfile("Other");
    sameId.id = store.profiles().first().id;
    QVERIFY(store.add(sameId, &error).isEmpty());
    QVERIFY(error.contains(sameId.id));

    ProviderProfile second = makeProfile("Second");
    second.id = store.add(second);
    QVERIFY(!second.id.isEmpty());
    second.name = "TAKEN";
    QVERIFY(!store.update(second, &error));
    QCOMPARE(store.profiles().size(), 2);
}

void TestProfileStore::signalsOnChange()
{
    ProfileStore store(path());
    QSignalSpy added(&store, &ProfileStore::profileAdded);
    QSignalSpy updated(&store, &ProfileStore::profileUpdated);
    QSignalSpy removed(&store, &ProfileStore::profileRemoved);
    QSignalSpy changed(&store, &ProfileStore::profilesChanged);

    QVERIFY(store.load());
    QCOMPARE(changed.size(), 1);
    const QString id = store.add(makeProfile("P"));
    QCOMPARE(added.size(), 1);
    QCOMPARE(added.first().first().toString(), id);
    QCOMPARE(changed.size(), 2);

    ProviderProfile profile = *store.profile(id);
    profile.models = {"x"};
    QVERIFY(store.update(profile));
    QCOMPARE(updated.size(), 1);
    QCOMPARE(changed.size(), 3);

    QVERIFY(store.add(makeProfile("P")).isEmpty()); // refused: no signal
    QCOMPARE(added.size(), 1);
    QCOMPARE(changed.size(), 3);

    QVERIFY(store.remove(id));
    QCOMPARE(removed.size(), 1);
    QCOMPARE(removed.first().first().toString(), id);
    QCOMPARE(changed.size(), 4);
}

void TestProfileStore::savesAtomically()
{
    ProfileStore store(path());
    QVERIFY(store.load());
    for (int i = 0; i < 5; ++i)
        QVERIFY(!store.add(makeProfile(QString("P%1").arg(i))).isEmpty());
    // QSaveFile writes beside the file and renames: nothing else is ever left in the folder.
    QCOMPARE(entries(m_dir->filePath("config")), QStringList({"providers.json"}));
}

void TestProfileStore::readOnlyFolderKeepsTheFile()
{
    ProfileStore store(path());
    QVERIFY(store.load());
    QVERIFY(!store.add(makeProfile("Kept")).isEmpty());
    const QByteArray before = readAll(path());
    const QString folder = m_dir->filePath("config");
    QVERIFY(QFile::setPermissions(folder, QFile::ReadOwner | QFile::ExeOwner));
    QFile probe(folder + "/probe");
    const bool canStillWrite = probe.open(QIODevice::WriteOnly);
    if (canStillWrite) {
        probe.close();
        probe.remove();
    }
    QString error;
    const QString id = canStillWrite ? QString() : store.add(makeProfile("Refused"), &error);
    QVERIFY(QFile::setPermissions(folder, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner));
    if (canStillWrite)
        QSKIP("Runs with permission to write everywhere (root); see failedSaveUndoesTheChange");
    QVERIFY(id.isEmpty());
    QVERIFY(!error.isEmpty());
    QCOMPARE(readAll(path()), before);
    QCOMPARE(store.profiles().size(), 1);
}

void TestProfileStore::failedSaveUndoesTheChange()
{
    // The parent of the file is a regular file: the folder cannot be created.
    writeAll(m_dir->filePath("blocker"), "not a folder");
    ProfileStore store(m_dir->filePath("blocker/providers.json"));
    QVERIFY(store.load());
    QSignalSpy problems(&store, &ProfileStore::problem);
    QString error;
    QVERIFY(store.add(makeProfile("Lost"), &error).isEmpty());
    QVERIFY(!error.isEmpty());
    QVERIFY(store.profiles().isEmpty());
    QCOMPARE(problems.size(), 1);
    QCOMPARE(store.lastProblem(), error);
    QCOMPARE(readAll(m_dir->filePath("blocker")), QByteArray("not a folder"));
}

void TestProfileStore::corruptFileIsKeptAndReported_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<QString>("reason");

    QTest::newRow("truncated") << QByteArray("{\n  \"format\": \"seedbed-providers\",\n  \"ver")
                               << "byte";
    QTest::newRow("not an object") << QByteArray("[1, 2, 3]") << "object";
    QTest::newRow("foreign json") << QByteArray(R"({"hello": "world"})") << "not a Seedbed";
    QTest::newRow("no profile list")
        << QByteArray(R"({"format": "seedbed-providers", "version": 1})") << "list";
    QTest::newRow("profile without id")
        << QByteArray(R"({"format": "seedbed-providers", "version": 1,)"
                      R"( "profiles": [{"name": "x"}]})")
        << "no id";
    QTest::newRow("duplicate names")
        << QByteArray(R"({"format": "seedbed-providers", "version": 1, "profiles": [)"
                      R"({"id": "a", "name": "X"}, {"id": "b", "name": "x"}]})")
        << "repeats";
    QTest::newRow("binary garbage") << QByteArray("\x00\xff\xfe garbage", 11) << "byte";
}

void TestProfileStore::corruptFileIsKeptAndReported()
{
    QFETCH(QByteArray, content);
    QFETCH(QString, reason);

    QDir().mkpath(m_dir->filePath("config"));
    writeAll(path(), content);
    ProfileStore store(path());
    QSignalSpy problems(&store, &ProfileStore::problem);
    QString error;
    QVERIFY(!store.load(&error));
    QVERIFY2(error.contains(reason), qPrintable(error));
    QVERIFY(error.contains("providers.json.bad-"));
    QCOMPARE(problems.size(), 1);
    QCOMPARE(problems.first().first().toString(), error);
    QVERIFY(store.profiles().isEmpty());

    // The damaged file is kept, byte for byte, under a name that says what it is.
    QVERIFY(!QFile::exists(path()));
    const QStringList files = entries(m_dir->filePath("config"));
    QCOMPARE(files.size(), 1);
    QVERIFY(files.first().startsWith("providers.json.bad-"));
    QCOMPARE(readAll(m_dir->filePath("config/" + files.first())), content);

    // Seedbed carries on: a new profile is saved to a fresh file beside the kept one.
    QVERIFY(!store.isReadOnly());
    QVERIFY(!store.add(makeProfile("Fresh")).isEmpty());
    QCOMPARE(entries(m_dir->filePath("config")).size(), 2);
    QCOMPARE(readAll(m_dir->filePath("config/" + files.first())), content);

    // A second damaged file on the same second does not overwrite the first one kept.
    writeAll(path(), content);
    QVERIFY(!store.load());
    QCOMPARE(entries(m_dir->filePath("config")).size(), 2);
    QVERIFY(!QFile::exists(path()));
}

void TestProfileStore::newerFileIsLeftAlone()
{
    const QByteArray content(R"({"format": "seedbed-providers", "version": 99, "profiles": []})");
    QDir().mkpath(m_dir->filePath("config"));
    writeAll(path(), content);
    ProfileStore store(path());
    QString error;
    QVERIFY(!store.load(&error));
    QVERIFY(error.contains("newer"));
    QVERIFY(store.isReadOnly());
    QVERIFY(store.add(makeProfile("Blocked"), &error).isEmpty());
    QVERIFY(!store.save(&error));
    QCOMPARE(readAll(path()), content);
    QCOMPARE(entries(m_dir->filePath("config")), QStringList({"providers.json"}));

    // An unknown protocol is treated the same way: most likely a newer Seedbed wrote it.
    writeAll(path(), R"({"format": "seedbed-providers", "version": 1, "profiles": [)"
                     R"({"id": "g", "name": "G", "protocol": "gemini"}]})");
    QVERIFY(!store.load(&error));
    QVERIFY(error.contains("gemini"));
    QVERIFY(store.isReadOnly());
}

void TestProfileStore::keyInFileIsReportedAndDropped()
{
    const QByteArray canary = "sk-canary-ABCDEFGHIJKLMNOPQRSTUV";
    QDir().mkpath(m_dir->filePath("config"));
    writeAll(path(), R"({"format": "seedbed-providers", "version": 1, "profiles": [)"
                     R"({"id": "k", "name": "K", "apiKey": ")" +
                         canary + R"("}]})");
    ProfileStore store(path());
    QSignalSpy problems(&store, &ProfileStore::problem);
    QVERIFY(store.load());
    QCOMPARE(store.profiles().size(), 1);
    QCOMPARE(problems.size(), 1);
    QVERIFY(store.lastProblem().contains("API key"));
    QVERIFY(!store.lastProblem().contains(QString::fromLatin1(canary)));

    QVERIFY(store.save());
    QVERIFY(!readAll(path()).contains(canary));
}

QTEST_GUILESS_MAIN(TestProfileStore)
#include "tst_profilestore.moc"
