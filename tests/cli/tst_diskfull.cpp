// Disk full, on two kinds of full disk: a small tmpfs the test mounts (it needs root or
// CAP_SYS_ADMIN, as in CI; elsewhere that row is skipped with the reason) that a file fills,
// and an injected one where seedbed runs with a preloaded library (enospcshim.cpp) that fails
// its writes under the project's folder with ENOSPC after a number of bytes. A run,
// `seedbed export` over an earlier export, and a run whose export stage writes onto the full
// disk must each fail with a clear message, leave data.sqlite passing PRAGMA integrity_check,
// leave earlier exports byte-equal and leave no temporary files. Once there is space again the
// run completes with exactly the records of an uninterrupted one.

#include "faultfixture.h"

#include <QDirIterator>
#include <QTest>

#include <sys/statvfs.h>

using namespace Seedbed::Test;

namespace {

constexpr int megabytes = 8;

qint64 freeBytes(const QString &path)
{
    struct statvfs st
    {
    };
    if (::statvfs(QFile::encodeName(path).constData(), &st) != 0)
        return -1;
    return qint64(st.f_bavail) * qint64(st.f_frsize);
}

/* Fills the filesystem of \a path with a file until at most \a leave bytes are free. */
bool fill(const QString &path, qint64 leave)
{
    QFile filler(path);
    if (!filler.open(QIODevice::WriteOnly | QIODevice::Append | QIODevice::Unbuffered))
        return false;
    const QByteArray block(4096, 'f');
    while (freeBytes(path) > leave) {
        const qint64 want = std::min<qint64>(block.size(), freeBytes(path) - leave);
        if (filler.write(block.constData(), std::max<qint64>(want, 1)) <= 0)
            break; // full
    }
    filler.close();
    return freeBytes(path) <= leave;
}

/* Every file under \a root, relative to it. */
QStringList allFiles(const QString &root)
{
    QStringList list;
    QDirIterator it(root, QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
    while (it.hasNext())
        list << QDir(root).relativeFilePath(it.next());
    list.sort();
    return list;
}

// Whether \a message says the disk is full (and not only, say, that a folder cannot be written).
bool sayswhy(const QString &message)
{
    static const QRegularExpression full(
        QStringLiteral("disk is full|disk holding it is full|no space left"),
        QRegularExpression::CaseInsensitiveOption);
    return full.match(message).hasMatch();
}

/* Fills the disk the project is on, and makes room again. */
class Disk
{
public:
    Disk(const QString &root, bool tmpfs, CliHarness *cli)
        : m_root(root)
        , m_tmpfs(tmpfs)
        , m_cli(cli)
    {}
    QString root() const { return m_root; }
    /*! Leaves at most \a bytes for the next commands to write. */
    bool fillLeaving(qint64 bytes)
    {
        if (m_tmpfs)
            return fill(m_root + QStringLiteral("/filler"), bytes);
        m_cli->setEnv(QStringLiteral("LD_PRELOAD"), QStringLiteral(SEEDBED_ENOSPC_SHIM));
        m_cli->setEnv(QStringLiteral("SEEDBED_ENOSPC_DIR"), m_root);
        m_cli->setEnv(QStringLiteral("SEEDBED_ENOSPC_BYTES"), QString::number(bytes));
        return true;
    }
    bool makeRoom()
    {
        if (m_tmpfs)
            return QFile::remove(m_root + QStringLiteral("/filler"));
        for (const char *name : {"LD_PRELOAD", "SEEDBED_ENOSPC_DIR", "SEEDBED_ENOSPC_BYTES"})
            m_cli->unsetEnv(QString::fromLatin1(name));
        return true;
    }
    /*! The files on the disk but SQLite's -wal and -shm (which come and go) and the filler. */
    QStringList files() const
    {
        QStringList list = allFiles(m_root);
        list.removeIf([](const QString &f) {
            return f == QLatin1String("filler") || f.endsWith(QLatin1String("-wal")) ||
                   f.endsWith(QLatin1String("-shm"));
        });
        return list;
    }

private:
    QString m_root;
    bool m_tmpfs;
    CliHarness *m_cli;
};

} // namespace

class TestDiskFull : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void runAndExportOnFullDisk_data();
    void runAndExportOnFullDisk();

private:
    QTemporaryDir m_mountPoint;
    bool m_mounted = false;
    QString m_mountError;
};

void TestDiskFull::initTestCase()
{
    QVERIFY(m_mountPoint.isValid());
    QProcess mount;
    mount.start(QStringLiteral("mount"),
                {QStringLiteral("-t"), QStringLiteral("tmpfs"), QStringLiteral("-o"),
                 QStringLiteral("size=%1M,mode=0700").arg(megabytes), QStringLiteral("tmpfs"),
                 m_mountPoint.path()});
    m_mounted = mount.waitForFinished(20000) && mount.exitStatus() == QProcess::NormalExit &&
                mount.exitCode() == 0;
    if (!m_mounted)
        m_mountError =
            QString::fromLocal8Bit(mount.readAllStandardError()).trimmed() + mount.errorString();
}

void TestDiskFull::cleanupTestCase()
{
    if (!m_mounted)
        return;
    QProcess umount;
    umount.start(QStringLiteral("umount"), {QStringLiteral("-l"), m_mountPoint.path()});
    umount.waitForFinished(20000);
}

void TestDiskFull::runAndExportOnFullDisk_data()
{
    QTest::addColumn<bool>("tmpfs");
    QTest::newRow("tmpfs") << true;
    QTest::newRow("injected ENOSPC") << false;
}

void TestDiskFull::runAndExportOnFullDisk()
{
    QFETCH(bool, tmpfs);
    if (tmpfs && !m_mounted)
        QSKIP(qPrintable(QStringLiteral("Cannot mount a small tmpfs here (needs root or "
                                        "CAP_SYS_ADMIN): %1")
                             .arg(m_mountError)));
    CliHarness cli;
    QVERIFY(cli.isValid());
    QTemporaryDir injected;
    Disk disk(tmpfs ? m_mountPoint.path() : injected.path(), tmpfs, &cli);
    cli.setEnv(QStringLiteral("SEEDBED_FAULT_KEY"), QStringLiteral("sk-disk-full-test"));
    auto model = std::make_shared<ExampleModel>();
    model->setPadding(QStringLiteral(" ") + QString(500, QLatin1Char('p')));
    QMutex modelMutex;
    LoopbackServer server([model, &modelMutex](const ReceivedRequest &r) {
        QMutexLocker locker(&modelMutex);
        return model->answer(r);
    });
    const QString project =
        cli.prepareExample(disk.root() + QStringLiteral("/project"), server.port(), 8);
    QVERIFY(!project.isEmpty());
    QVERIFY(withVariantInPrompt(project));

    // Earlier exports: the export stage's and one by seedbed export.
    CliResult result =
        cli.run({QStringLiteral("run"), project, QStringLiteral("--limit"), QStringLiteral("1")});
    QVERIFY2(result.exitCode == 0, qPrintable(result.err));
    const QString stageExport = project + QStringLiteral("/export/support-chat.jsonl");
    const QString earlier = disk.root() + QStringLiteral("/earlier.jsonl");
    result = cli.run({QStringLiteral("export"), project, QStringLiteral("--stage"),
                      QStringLiteral("Dedup questions"), QStringLiteral("--out"), earlier});
    QVERIFY2(result.exitCode == 0, qPrintable(result.err));
    const QByteArray stageExportBytes = readFile(stageExport);
    const QByteArray earlierBytes = readFile(earlier);
    QVERIFY(!stageExportBytes.isEmpty() && !earlierBytes.isEmpty());
    const qint64 generatedBefore = recordCount(project, exampleGenerateStage, "ok");
    QVERIFY(generatedBefore > 0 && generatedBefore < ExampleModel::generated);
    QCOMPARE(integrityCheck(project), QStringLiteral("ok"));
    const QStringList filesBefore = disk.files();

    // 1. A run with 256 KiB left: it fails when the disk is full, saying so.
    QVERIFY(disk.fillLeaving(256 * 1024));
    result = cli.run({QStringLiteral("run"), project});
    QVERIFY2(result.exitCode > 0, qPrintable(result.err)); // an error, not a crash
    QVERIFY2(sayswhy(result.err), qPrintable(result.err));
    qInfo("run on a full disk: exit %d: %s", result.exitCode,
          qPrintable(result.err.trimmed().section(QLatin1Char('\n'), -1)));
    QCOMPARE(integrityCheck(project), QStringLiteral("ok"));
    QCOMPARE(readFile(stageExport), stageExportBytes);
    const qint64 generatedFull = recordCount(project, exampleGenerateStage, "ok");
    QVERIFY(generatedFull >= generatedBefore);
    QCOMPARE(disk.files(), filesBefore);

    // 2. seedbed export over the earlier export, with nothing left: it fails, the file stands.
    QVERIFY(disk.fillLeaving(0));
    result = cli.run({QStringLiteral("export"), project, QStringLiteral("--stage"),
                      QStringLiteral("Judge quality"), QStringLiteral("--status"),
                      QStringLiteral("all"), QStringLiteral("--out"), earlier});
    QVERIFY2(result.exitCode > 0, qPrintable(result.err));
    QVERIFY2(sayswhy(result.err), qPrintable(result.err));
    QVERIFY2(result.err.contains(QLatin1String("earlier.jsonl")), qPrintable(result.err));
    qInfo("export on a full disk: exit %d: %s", result.exitCode, qPrintable(result.err.trimmed()));
    QCOMPARE(readFile(earlier), earlierBytes);
    QCOMPARE(disk.files(), filesBefore);
    // A run cannot even take the project's lock: an I/O error (5), not an invalid project (3).
    result = cli.run({QStringLiteral("run"), project});
    QCOMPARE(result.exitCode, 5);
    QVERIFY2(sayswhy(result.err), qPrintable(result.err));
    qInfo("run with no byte left: exit %d: %s", result.exitCode, qPrintable(result.err.trimmed()));
    QCOMPARE(disk.files(), filesBefore);

    // 3. Space again: the run completes, nothing was lost or made twice.
    QVERIFY(disk.makeRoom());
    QCOMPARE(integrityCheck(project), QStringLiteral("ok"));
    result = cli.run({QStringLiteral("run"), project, QStringLiteral("--json")});
    QVERIFY2(result.exitCode == 0, qPrintable(result.err));
    QCOMPARE(recordCount(project, exampleGenerateStage, "ok"), ExampleModel::generated);
    QCOMPARE(recordCount(project, exampleJudgeStage, "ok"), ExampleModel::judgedOk);
    QCOMPARE(recordCount(project, exampleFilterStage, "ok"), ExampleModel::filteredOk);
    QCOMPARE(recordCount(project, exampleDedupStage, "ok"), ExampleModel::dedupOk);
    QCOMPARE(sqlCount(project, QStringLiteral("SELECT count(*) FROM records WHERE status = "
                                              "'failed'")),
             0);
    QCOMPARE(sqlCount(project, QStringLiteral("SELECT count(*) - count(DISTINCT stage_id || '/' || "
                                              "item_key) FROM records")),
             0);
    const QByteArray complete = readFile(stageExport);
    QCOMPARE(complete.trimmed().split('\n').size(), ExampleModel::dedupOk);

    // 4. The export stage onto a full disk (a changed export setting makes the run write the
    //    file again): it fails, the complete export stands, no temporary file is left.
    QFile file(project + QStringLiteral("/project.seedbed"));
    QVERIFY(file.open(QIODevice::ReadOnly));
    QByteArray text = file.readAll();
    file.close();
    const QByteArray system = "You are a helpful customer-support agent for an online shop.";
    QVERIFY(text.contains(system));
    text.replace(system, "You are a helpful and patient customer-support agent for a shop.");
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    QCOMPARE(file.write(text), text.size());
    file.close();
    const QStringList filesComplete = disk.files();
    // Room for the run's bookkeeping, not for the whole file.
    QVERIFY(disk.fillLeaving(complete.size() / 2));
    result = cli.run({QStringLiteral("run"), project});
    QVERIFY2(result.exitCode > 0, qPrintable(result.err));
    QVERIFY2(sayswhy(result.err), qPrintable(result.err));
    qInfo("export stage on a full disk: exit %d: %s", result.exitCode,
          qPrintable(result.err.trimmed().section(QLatin1Char('\n'), -1)));
    QCOMPARE(readFile(stageExport), complete);
    QCOMPARE(disk.files(), filesComplete);
    // With not a byte free SQLite cannot open data.sqlite at all (it needs room for its -shm
    // file), so it is checked once there is room again.
    QVERIFY(disk.makeRoom());
    QCOMPARE(integrityCheck(project), QStringLiteral("ok"));
    QCOMPARE(recordCount(project, exampleDedupStage, "ok"), ExampleModel::dedupOk);
    qInfo("%s: %lld generated records before the disk filled, %lld after the failed run, %d "
          "after the run with space",
          tmpfs ? "8 MiB tmpfs" : "ENOSPC injected", generatedBefore, generatedFull,
          ExampleModel::generated);
}

QTEST_GUILESS_MAIN(TestDiskFull)
#include "tst_diskfull.moc"
