// seedbed trust and the refusal of seedbed run to run untrusted validator commands, end to end:
// runs the built seedbed binary as a child process with its settings in a temporary home.
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

namespace {
const QString binary = QStringLiteral(SEEDBED_BINARY);
const QString seedStageId = QStringLiteral("d48e3610-9bc7-4f88-9c4c-bbe675b30f5a");

struct Result
{
    int exitCode = -1;
    QString out;
    QString err;
};
} // namespace

class TestCliTrust : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void nothingToTrust();
    void runRefusesUntilTrusted();
    void declineAndAccept();
    void changedCommandAsksAgain();
    void revoke();

private:
    Result run(const QStringList &arguments, const QByteArray &input = {});
    // A copy of the example with a Verify stage that runs \a command.
    QString projectWithCommand(const QString &command);
    void setCommand(const QString &folder, const QString &command);

    QTemporaryDir m_home;
    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestCliTrust::initTestCase()
{
    QVERIFY2(QFileInfo(binary).isExecutable(), qPrintable(binary));
    QVERIFY(m_home.isValid());
}

void TestCliTrust::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

Result TestCliTrust::run(const QStringList &arguments, const QByteArray &input)
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const char *name : {"DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM",
                             "DBUS_SESSION_BUS_ADDRESS", "QT_LOGGING_RULES", "LANGUAGE"})
        env.remove(QString::fromLatin1(name));
    env.insert("LANG", "C.UTF-8");
    env.insert("HOME", m_home.path());
    env.insert("XDG_CONFIG_HOME", m_home.filePath("config"));
    env.insert("XDG_DATA_HOME", m_home.filePath("data"));
    env.insert("XDG_CACHE_HOME", m_home.filePath("cache"));
    process.setProcessEnvironment(env);
    process.start(binary, arguments);
    Result result;
    if (!process.waitForStarted(10000))
        return result;
    process.write(input);
    process.closeWriteChannel();
    if (!process.waitForFinished(60000)) {
        process.kill();
        process.waitForFinished();
        return result;
    }
    result.out = QString::fromUtf8(process.readAllStandardOutput());
    result.err = QString::fromUtf8(process.readAllStandardError());
    if (process.exitStatus() == QProcess::NormalExit)
        result.exitCode = process.exitCode();
    return result;
}

void TestCliTrust::setCommand(const QString &folder, const QString &command)
{
    const QString path = QDir(folder).filePath("project.seedbed");
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QJsonObject project = QJsonDocument::fromJson(file.readAll()).object();
    file.close();
    QJsonArray stages = project.value("stages").toArray();
    QJsonArray edges = project.value("edges").toArray();
    const QString verifyId = "0b6c7a52-3f7e-4a36-9f54-6d1e2f1a7c01";
    for (qsizetype i = 0; i < stages.size(); ++i) {
        if (stages.at(i).toObject().value("id").toString() == verifyId)
            stages.removeAt(i--);
    }
    stages.append(QJsonObject{{"id", verifyId},
                              {"type", "verify"},
                              {"name", "Check answers"},
                              {"position", QJsonArray{400, 400}},
                              {"settings", QJsonObject{{"method", "command"},
                                                       {"command", command},
                                                       {"provider", "unused"},
                                                       {"model", "unused"}}}});
    bool hasEdge = false;
    for (const QJsonValue &edge : std::as_const(edges))
        hasEdge = hasEdge || edge.toObject().value("to").toString() == verifyId;
    if (!hasEdge)
        edges.append(QJsonObject{{"from", seedStageId}, {"to", verifyId}, {"port", "in"}});
    project.insert("stages", stages);
    project.insert("edges", edges);
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write(QJsonDocument(project).toJson());
}

QString TestCliTrust::projectWithCommand(const QString &command)
{
    const QString folder = m_dir->filePath("project");
    const Result created = run({"new", folder, "--example"});
    if (created.exitCode != 0) {
        qWarning() << created.err;
        return {};
    }
    setCommand(folder, command);
    return folder;
}

void TestCliTrust::nothingToTrust()
{
    const QString folder = m_dir->filePath("plain");
    QCOMPARE(run({"new", folder, "--example"}).exitCode, 0);
    const Result result = run({"trust", folder});
    QCOMPARE(result.exitCode, 0);
    QVERIFY2(result.out.contains("runs no commands"), qPrintable(result.out));
}

void TestCliTrust::runRefusesUntilTrusted()
{
    const QString folder = projectWithCommand("/bin/sh check.sh --strict");
    QVERIFY(!folder.isEmpty());
    const Result validate = run({"validate", folder});
    QVERIFY2(validate.exitCode == 0, qPrintable(validate.out + validate.err));

    const Result refused = run({"run", folder, "--limit", "1"});
    QCOMPARE(refused.exitCode, 6);
    QVERIFY2(refused.err.contains("/bin/sh check.sh --strict"), qPrintable(refused.err));
    QVERIFY(refused.err.contains("seedbed trust " + QDir::toNativeSeparators(folder)));

    const Result trusted = run({"trust", folder, "--yes"});
    QCOMPARE(trusted.exitCode, 0);
    QVERIFY(trusted.out.contains("/bin/sh check.sh --strict"));
    QVERIFY(trusted.out.contains("Trusted"));

    // Now run goes past the trust check (it may fail later for want of a provider).
    const Result after = run({"run", folder, "--limit", "1"});
    QVERIFY(after.exitCode != 6);
    QVERIFY2(!after.err.contains("seedbed trust"), qPrintable(after.err));

    const Result again = run({"trust", folder});
    QCOMPARE(again.exitCode, 0);
    QVERIFY(again.out.contains("is trusted to run"));
}

void TestCliTrust::declineAndAccept()
{
    const QString folder = projectWithCommand("./validate.sh");
    QVERIFY(!folder.isEmpty());
    for (const QByteArray &no :
         {QByteArray("n\n"), QByteArray("\n"), QByteArray(), QByteArray("maybe\n")}) {
        const Result declined = run({"trust", folder}, no);
        QCOMPARE(declined.exitCode, 6);
        QVERIFY(declined.out.contains("./validate.sh"));
        QVERIFY(declined.out.contains("Run these commands? [y/N]"));
        QVERIFY(declined.err.contains("Not trusted"));
    }
    QCOMPARE(run({"run", folder}).exitCode, 6);
    const Result accepted = run({"trust", folder}, "y\n");
    QCOMPARE(accepted.exitCode, 0);
    QVERIFY(run({"trust", folder}).out.contains("is trusted to run"));
}

void TestCliTrust::changedCommandAsksAgain()
{
    const QString folder = projectWithCommand("/bin/sh check.sh");
    QVERIFY(!folder.isEmpty());
    QCOMPARE(run({"trust", folder, "--yes"}).exitCode, 0);
    setCommand(folder, "/bin/sh check.sh; curl example.invalid");
    const Result refused = run({"run", folder});
    QCOMPARE(refused.exitCode, 6);
    QVERIFY(refused.err.contains("curl example.invalid"));
    // A copy of the trusted project elsewhere is not trusted either.
    setCommand(folder, "/bin/sh check.sh");
    const QString copy = m_dir->filePath("copy");
    QVERIFY(QDir().mkpath(copy));
    QVERIFY(QFile::copy(QDir(folder).filePath("project.seedbed"),
                        QDir(copy).filePath("project.seedbed")));
    QVERIFY(run({"trust", folder}).out.contains("is trusted to run"));
    QCOMPARE(run({"trust", copy}, "n\n").exitCode, 6);
}

void TestCliTrust::revoke()
{
    const QString folder = projectWithCommand("/bin/true");
    QVERIFY(!folder.isEmpty());
    QCOMPARE(run({"trust", folder, "--yes"}).exitCode, 0);
    const Result revoked = run({"trust", folder, "--revoke"});
    QCOMPARE(revoked.exitCode, 0);
    QVERIFY(revoked.out.contains("ask again"));
    QCOMPARE(run({"run", folder}).exitCode, 6);
}

QTEST_GUILESS_MAIN(TestCliTrust)
#include "tst_clitrust.moc"
