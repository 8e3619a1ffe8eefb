#include "models/run/validatorprocess.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using Seedbed::Run::ValidatorProcess;

namespace {
// Generous: a loaded machine may take long to start a shell; no assertion depends on it.
constexpr int patience = 60000;

struct Outcome
{
    quint64 id = 0;
    bool passed = false;
    QString reason;
};

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// Waits for the next finished() of \a spy.
Outcome next(QSignalSpy &spy)
{
    if (spy.isEmpty() && !spy.wait(patience))
        return {};
    const QList<QVariant> arguments = spy.takeFirst();
    return {arguments.at(0).toULongLong(), arguments.at(1).toBool(), arguments.at(2).toString()};
}

bool processGone(qint64 pid)
{
    // Gone, or a zombie waiting for whoever adopted it.
    const QByteArray stat = readAll(QStringLiteral("/proc/%1/stat").arg(pid));
    if (stat.isEmpty())
        return true;
    const qsizetype close = stat.lastIndexOf(')');
    return close >= 0 && stat.mid(close + 2, 1) == "Z";
}
} // namespace

class TestValidatorProcess : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void passAndFail();
    void recordOnStdinAsCompactJson();
    void noShell();
    void relativeProgramAndWorkingDirectory();
    void failureToStart();
    void timeoutKillsTheProcessGroup();
    void crash();
    void boundedOutput();
    void severalInFlight();
    void cancelAll();
    void problem();
    void destroyWhileRunning();

private:
    QString script(const QString &name, const QByteArray &body, bool executable = false);

    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestValidatorProcess::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

QString TestValidatorProcess::script(const QString &name, const QByteArray &body, bool executable)
{
    const QString path = m_dir->filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return {};
    file.write("#!/bin/sh\n" + body + "\n");
    file.close();
    if (executable)
        file.setPermissions(file.permissions() | QFileDevice::ExeOwner);
    return path;
}

void TestValidatorProcess::passAndFail()
{
    script("check.sh",
           "input=$(cat)\n"
           "case \"$input\" in\n"
           "  *'\"answer\":\"42\"'*) exit 0 ;;\n"
           "  *) printf '\\n  wrong answer: %s  \\nsecond line\\n' \"$input\" >&2; exit 3 ;;\n"
           "esac");
    script("silent.sh", "cat >/dev/null; exit 7");
    ValidatorProcess validator;
    validator.setWorkingDirectory(m_dir->path());
    validator.setCommand("/bin/sh check.sh");
    QSignalSpy spy(&validator, &ValidatorProcess::finished);

    const quint64 good = validator.start({{"answer", "42"}});
    QVERIFY(good != 0);
    Outcome outcome = next(spy);
    QCOMPARE(outcome.id, good);
    QVERIFY2(outcome.passed, qPrintable(outcome.reason));
    QVERIFY(outcome.reason.isEmpty());

    const quint64 bad = validator.start({{"answer", "41"}});
    QVERIFY(bad != good);
    outcome = next(spy);
    QCOMPARE(outcome.id, bad);
    QVERIFY(!outcome.passed);
    // The first non-empty line of standard error, trimmed.
    QCOMPARE(outcome.reason, "wrong answer: {\"answer\":\"41\"}");

    // No standard error: the exit code.
    validator.setCommand("/bin/sh silent.sh");
    validator.start({});
    outcome = next(spy);
    QVERIFY(!outcome.passed);
    QCOMPARE(outcome.reason, "exited with code 7");
    QCOMPARE(validator.running(), 0);
}

void TestValidatorProcess::recordOnStdinAsCompactJson()
{
    script("save.sh", "cat > \"$1\"");
    const QString out = m_dir->filePath("record.json");
    ValidatorProcess validator;
    validator.setWorkingDirectory(m_dir->path());
    validator.setCommand(QStringLiteral("/bin/sh save.sh \"%1\"").arg(out));
    QSignalSpy spy(&validator, &ValidatorProcess::finished);
    const QJsonObject record{{"question", QString::fromUtf8("1+1 等于几？")},
                             {"answer", "2"},
                             {"score", 9},
                             {"tags", QJsonArray{"a", "b"}}};
    validator.start(record);
    const Outcome outcome = next(spy);
    QVERIFY2(outcome.passed, qPrintable(outcome.reason));
    const QByteArray written = readAll(out);
    QCOMPARE(written, QJsonDocument(record).toJson(QJsonDocument::Compact));
    QVERIFY(!written.contains('\n'));
}

void TestValidatorProcess::noShell()
{
    // Every argument on its own line: what the program receives.
    script("args.sh", "for a in \"$@\"; do printf '%s\\n' \"$a\"; done > args.txt");
    ValidatorProcess validator;
    validator.setWorkingDirectory(m_dir->path());
    validator.setCommand("/bin/sh args.sh \"two words\" $HOME ; echo `id` > pwned | cat && x *");
    QSignalSpy spy(&validator, &ValidatorProcess::finished);
    validator.start({});
    const Outcome outcome = next(spy);
    QVERIFY2(outcome.passed, qPrintable(outcome.reason));
    QCOMPARE(
        QString::fromUtf8(readAll(m_dir->filePath("args.txt"))).split('\n', Qt::SkipEmptyParts),
        (QStringList{"two words", "$HOME", ";", "echo", "`id`", ">", "pwned", "|", "cat", "&&", "x",
                     "*"}));
    QVERIFY(!QFile::exists(m_dir->filePath("pwned")));
}

void TestValidatorProcess::relativeProgramAndWorkingDirectory()
{
    QVERIFY(QDir(m_dir->path()).mkdir("tools"));
    script("tools/where.sh", "pwd > where.txt", true);
    ValidatorProcess validator;
    validator.setWorkingDirectory(m_dir->path());
    validator.setCommand("./tools/where.sh");
    QCOMPARE(ValidatorProcess::resolve(validator.command(), m_dir->path()).constFirst(),
             QDir(m_dir->path()).filePath("tools/where.sh"));
    QSignalSpy spy(&validator, &ValidatorProcess::finished);
    validator.start({});
    const Outcome outcome = next(spy);
    QVERIFY2(outcome.passed, qPrintable(outcome.reason));
    QCOMPARE(
        QDir(QString::fromUtf8(readAll(m_dir->filePath("where.txt"))).trimmed()).canonicalPath(),
        QDir(m_dir->path()).canonicalPath());
}

void TestValidatorProcess::failureToStart()
{
    ValidatorProcess validator;
    validator.setWorkingDirectory(m_dir->path());
    QSignalSpy spy(&validator, &ValidatorProcess::finished);

    validator.setCommand("/nonexistent/validator --strict");
    const quint64 id = validator.start({{"a", 1}});
    QVERIFY(spy.isEmpty()); // never from within start()
    Outcome outcome = next(spy);
    QCOMPARE(outcome.id, id);
    QVERIFY(!outcome.passed);
    QVERIFY2(outcome.reason.startsWith("validator “/nonexistent/validator” could not be started: "),
             qPrintable(outcome.reason));

    script("notexec.sh", "exit 0", false);
    validator.setCommand("./notexec.sh");
    validator.start({});
    outcome = next(spy);
    QVERIFY(!outcome.passed);
    QVERIFY2(outcome.reason.startsWith("validator “./notexec.sh” could not be started: "),
             qPrintable(outcome.reason));

    validator.setCommand("   ");
    const quint64 empty = validator.start({});
    QVERIFY(spy.isEmpty());
    outcome = next(spy);
    QCOMPARE(outcome.id, empty);
    QVERIFY(!outcome.passed);
    QVERIFY(outcome.reason.contains("the command is empty"));
    QCOMPARE(validator.running(), 0);
}

void TestValidatorProcess::timeoutKillsTheProcessGroup()
{
    // The shell starts a long sleep and waits for it; the timeout must kill both.
    script("slow.sh", "sleep 300 &\necho $! > child.pid\nwait");
    ValidatorProcess validator;
    validator.setWorkingDirectory(m_dir->path());
    validator.setCommand("/bin/sh slow.sh");
    validator.setTimeoutSeconds(1);
    QSignalSpy spy(&validator, &ValidatorProcess::finished);
    const quint64 id = validator.start({});
    const Outcome outcome = next(spy);
    QCOMPARE(outcome.id, id);
    QVERIFY(!outcome.passed);
    QCOMPARE(outcome.reason, "timed out after 1 s");
    const qint64 child = readAll(m_dir->filePath("child.pid")).trimmed().toLongLong();
    QVERIFY(child > 0);
    // The kill is sent before finished(); the kernel reports it a moment later.
    QTRY_VERIFY_WITH_TIMEOUT(processGone(child), patience);
}

void TestValidatorProcess::crash()
{
    script("crash.sh", "echo 'about to die' >&2\nkill -9 $$");
    script("crashquiet.sh", "kill -9 $$");
    ValidatorProcess validator;
    validator.setWorkingDirectory(m_dir->path());
    QSignalSpy spy(&validator, &ValidatorProcess::finished);
    validator.setCommand("/bin/sh crash.sh");
    validator.start({});
    Outcome outcome = next(spy);
    QVERIFY(!outcome.passed);
    QCOMPARE(outcome.reason, "about to die");
    validator.setCommand("/bin/sh crashquiet.sh");
    validator.start({});
    outcome = next(spy);
    QVERIFY(!outcome.passed);
    QCOMPARE(outcome.reason, "the validator crashed");
}

void TestValidatorProcess::boundedOutput()
{
    // Megabytes on both pipes, a huge first line, and a record it never reads.
    script("chatty.sh", "head -c 3000000 /dev/zero | tr '\\0' 'x' >&2\n"
                        "head -c 3000000 /dev/zero | tr '\\0' 'y'\n"
                        "exit 1");
    ValidatorProcess validator;
    validator.setWorkingDirectory(m_dir->path());
    validator.setCommand("/bin/sh chatty.sh");
    QSignalSpy spy(&validator, &ValidatorProcess::finished);
    validator.start({{"big", QString(2'000'000, QLatin1Char('z'))}});
    const Outcome outcome = next(spy);
    QVERIFY(!outcome.passed);
    QVERIFY(outcome.reason.startsWith("xxxx"));
    QVERIFY(outcome.reason.size() <= 501); // a long first line is cut
}

void TestValidatorProcess::severalInFlight()
{
    // Each validator waits until all of them have started: only possible if they run at once.
    script("gate.sh", "touch \"started.$1\"\n"
                      "while [ \"$(ls started.* | wc -l)\" -lt 4 ]; do sleep 0.05; done\n"
                      "[ \"$1\" != 2 ] || { echo 'two is wrong' >&2; exit 1; }");
    ValidatorProcess validator;
    validator.setWorkingDirectory(m_dir->path());
    QSignalSpy spy(&validator, &ValidatorProcess::finished);
    QHash<quint64, int> ids;
    for (int i = 0; i < 4; ++i) {
        validator.setCommand(QStringLiteral("/bin/sh gate.sh %1").arg(i));
        ids.insert(validator.start({{"i", i}}), i);
    }
    QCOMPARE(ids.size(), 4);
    QCOMPARE(validator.running(), 4);
    QSet<quint64> seen;
    for (int n = 0; n < 4; ++n) {
        const Outcome outcome = next(spy);
        QVERIFY(ids.contains(outcome.id));
        QVERIFY(!seen.contains(outcome.id));
        seen.insert(outcome.id);
        QCOMPARE(outcome.passed, ids.value(outcome.id) != 2);
        if (!outcome.passed)
            QCOMPARE(outcome.reason, "two is wrong");
    }
    QCOMPARE(validator.running(), 0);
}

void TestValidatorProcess::cancelAll()
{
    script("forever.sh", "sleep 300");
    ValidatorProcess validator;
    validator.setWorkingDirectory(m_dir->path());
    validator.setCommand("/bin/sh forever.sh");
    QSignalSpy spy(&validator, &ValidatorProcess::finished);
    validator.start({});
    validator.start({});
    validator.cancelAll();
    for (int i = 0; i < 2; ++i) {
        const Outcome outcome = next(spy);
        QVERIFY(!outcome.passed);
        QCOMPARE(outcome.reason, "cancelled");
    }
    QCOMPARE(validator.running(), 0);
}

void TestValidatorProcess::problem()
{
    script("ok.sh", "exit 0", true);
    script("plain.sh", "exit 0", false);
    const QString dir = m_dir->path();
    QVERIFY(ValidatorProcess::problem("./ok.sh --flag", dir).isEmpty());
    QVERIFY(ValidatorProcess::problem("sh ok.sh", dir).isEmpty());
    QVERIFY(ValidatorProcess::problem("/bin/sh", dir).isEmpty());
    QCOMPARE(ValidatorProcess::problem("", dir), "the validator command is empty");
    QCOMPARE(ValidatorProcess::problem("  \"\" ", dir), "the validator command is empty");
    QVERIFY(ValidatorProcess::problem("./missing.sh", dir)
                .startsWith("validator “./missing.sh” could not be started: "));
    QVERIFY(ValidatorProcess::problem("./plain.sh", dir).contains("is not an executable file"));
    QVERIFY(ValidatorProcess::problem("./", dir).contains("is not an executable file"));
    QVERIFY(ValidatorProcess::problem("no-such-program-seedbed", dir).contains("in PATH"));
    QVERIFY(ValidatorProcess::problem("sh x", dir + "/missing").contains("does not exist"));
}

void TestValidatorProcess::destroyWhileRunning()
{
    script("forever.sh", "sleep 300");
    auto validator = std::make_unique<ValidatorProcess>();
    validator->setWorkingDirectory(m_dir->path());
    validator->setCommand("/bin/sh forever.sh");
    bool emitted = false;
    connect(validator.get(), &ValidatorProcess::finished, this, [&emitted] { emitted = true; });
    validator->start({});
    validator->start({});
    validator.reset(); // kills both, waits for them, emits nothing
    QCoreApplication::processEvents();
    QVERIFY(!emitted);
}

QTEST_GUILESS_MAIN(TestValidatorProcess)
#include "tst_validatorprocess.moc"
