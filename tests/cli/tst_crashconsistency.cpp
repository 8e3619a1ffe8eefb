// Crash consistency: `seedbed run` on the bundled example is SIGKILLed at 20 seeded random
// points — at a random time, right after the loopback server answered N requests, the instant
// data.sqlite's write-ahead log is written (a commit in progress), and late in the run (last
// commits, dedup, export) — and run again after each kill. After every kill data.sqlite passes
// PRAGMA integrity_check and no request whose answer was committed is asked again; the last run
// ends with exactly the records of an uninterrupted run, each once.

#include "faultfixture.h"

#include <QElapsedTimer>
#include <QSet>
#include <QTest>
#include <QThread>

#include <csignal>
#include <sys/stat.h>

using namespace Seedbed::Test;

namespace {

constexpr int kills = 20;
constexpr int answerDelayMs = 100;
constexpr int concurrency = 2;

// Startup: after the previous run ended before its kill point (the pipeline may be complete,
// so no request comes any more), a kill at a random moment after the start: while the project
// is opened, checked and exported.
enum class KillPoint { Time, AfterAnswers, WalWrite, Late, Startup };

const char *name(KillPoint point)
{
    switch (point) {
    case KillPoint::Time:
        return "time";
    case KillPoint::AfterAnswers:
        return "after-answers";
    case KillPoint::WalWrite:
        return "wal-write";
    case KillPoint::Late:
        return "late";
    case KillPoint::Startup:
        return "startup";
    }
    return "";
}

// The WAL's modification time in nanoseconds (0 when it does not exist): it changes on every
// write, also when a checkpoint made SQLite write the file from its start again.
qint64 walStamp(const QByteArray &path)
{
    struct stat st
    {
    };
    if (::stat(path.constData(), &st) != 0)
        return 0;
    return qint64(st.st_mtim.tv_sec) * 1000000000 + st.st_mtim.tv_nsec + st.st_size;
}

} // namespace

class TestCrashConsistency : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void killedTwentyTimesAndResumed();
};

void TestCrashConsistency::killedTwentyTimesAndResumed()
{
    CliHarness cli;
    QVERIFY(cli.isValid());
    cli.setEnv(QStringLiteral("SEEDBED_FAULT_KEY"), QStringLiteral("sk-crash-test"));
    auto model = std::make_shared<ExampleModel>();
    QMutex modelMutex; // the responder runs in the server's thread
    LoopbackServer server([model, &modelMutex](const ReceivedRequest &r) {
        Script script;
        script.wait(answerDelayMs);
        QMutexLocker locker(&modelMutex);
        const Script answer = model->answer(r);
        for (const Script::Step &step : answer.steps())
            script.write(step.bytes);
        return script;
    });
    server.setRecording(true);
    const QString project =
        cli.prepareExample(cli.filePath(QStringLiteral("crash")), server.port(), concurrency);
    QVERIFY(!project.isEmpty());
    QVERIFY(withVariantInPrompt(project));
    const QByteArray wal = QFile::encodeName(project + QStringLiteral("/data.sqlite-wal"));

    QRandomGenerator random(20261127);
    QSet<QByteArray> committed; // request bodies whose answer was committed before this round
    QMap<QString, int> points;
    int killed = 0;
    int finishedFirst = 0;
    int repeatedAfterCommit = 0;
    bool endedEarly = false;
    for (int round = 0; killed < kills && round < 3 * kills; ++round) {
        const int firstIndex = server.requestCount();
        const KillPoint point = endedEarly            ? KillPoint::Startup
                                : killed >= kills - 3 ? KillPoint::Late
                                                      : KillPoint(random.bounded(3u));
        const int n = 1 + int(random.bounded(10u));
        const int delayMs = int(random.bounded(point == KillPoint::Startup ? 120u
                                               : point == KillPoint::Late  ? 400u
                                                                           : 700u));
        const qint64 walBefore = walStamp(wal);

        std::unique_ptr<QProcess> process = cli.start({QStringLiteral("run"), project});
        QVERIFY(process->waitForStarted(10000));
        const pid_t pid = pid_t(process->processId());
        QElapsedTimer timer;
        timer.start();
        bool fire = false;
        qint64 armedAt = -1;
        qint64 walSeen = walBefore;
        qsizetype seen = 0;
        QSet<QByteArray> everAsked; // distinct bodies the server has received, all rounds
        while (!fire && process->state() != QProcess::NotRunning && timer.elapsed() < 60000) {
            const int asked = server.requestCount() - firstIndex;
            switch (point) {
            case KillPoint::Time:
                if (asked > 0 && armedAt < 0)
                    armedAt = timer.elapsed();
                fire = armedAt >= 0 && timer.elapsed() - armedAt >= delayMs;
                break;
            case KillPoint::AfterAnswers:
                // The n-th request of this round is answered answerDelayMs after it arrived.
                if (asked >= n && armedAt < 0)
                    armedAt = timer.elapsed();
                fire = armedAt >= 0 && timer.elapsed() - armedAt >= answerDelayMs + delayMs % 30;
                break;
            case KillPoint::WalWrite: {
                const qint64 stamp = walStamp(wal);
                fire = asked >= n && stamp != walSeen; // kill in the middle of the write
                walSeen = stamp;
                break;
            }
            case KillPoint::Late: {
                const QList<ReceivedRequest> received = server.requests();
                for (qsizetype i = seen; i < received.size(); ++i)
                    everAsked.insert(received.at(i).body);
                seen = received.size();
                if (everAsked.size() >= ExampleModel::calls && armedAt < 0)
                    armedAt = timer.elapsed();
                fire = armedAt >= 0 && timer.elapsed() - armedAt >= delayMs;
                break;
            }
            case KillPoint::Startup:
                fire = timer.elapsed() >= delayMs;
                break;
            }
            if (!fire) {
                if (point == KillPoint::WalWrite)
                    QThread::usleep(100);
                else
                    QTest::qWait(1);
            }
        }
        if (process->state() != QProcess::NotRunning && fire) {
            ::kill(pid, SIGKILL);
            QVERIFY(process->waitForFinished(10000));
            ++killed;
            ++points[QString::fromLatin1(name(point))];
            endedEarly = false;
        } else {
            endedEarly = true;
            if (process->state() != QProcess::NotRunning) // else it ended before the point
                QVERIFY2(process->waitForFinished(120000), "a run did not end");
            ++finishedFirst;
        }

        // Whatever was asked in this round must not have been committed before it.
        const QList<ReceivedRequest> received = server.requests();
        for (qsizetype i = firstIndex; i < received.size(); ++i) {
            if (committed.contains(received.at(i).body))
                ++repeatedAfterCommit;
        }
        QCOMPARE(repeatedAfterCommit, 0);

        const QString integrity = integrityCheck(project);
        QVERIFY2(integrity == QLatin1String("ok"),
                 qPrintable(QStringLiteral("after kill %1 (%2): %3")
                                .arg(killed)
                                .arg(QString::fromLatin1(name(point)), integrity)));
        QCOMPARE(sqlCount(project, QStringLiteral("SELECT count(*) - count(DISTINCT stage_id || "
                                                  "'/' || item_key) FROM records")),
                 0);
        for (const QByteArray &body : sqlColumn(
                 project, QStringLiteral("SELECT request FROM llm_calls WHERE status = 'ok'")))
            committed.insert(body);
    }
    QCOMPARE(killed, kills);

    // The last run completes what is left.
    const CliResult result = cli.run({QStringLiteral("run"), project, QStringLiteral("--json")});
    QVERIFY2(result.exitCode == 0, qPrintable(result.err));
    const QJsonObject summary = QJsonDocument::fromJson(result.out.toUtf8()).object();
    QCOMPARE(summary.value(QStringLiteral("state")).toString(), QStringLiteral("completed"));
    const QList<ReceivedRequest> received = server.requests();
    QSet<QByteArray> all;
    for (const ReceivedRequest &r : received)
        all.insert(r.body);
    QCOMPARE(integrityCheck(project), QStringLiteral("ok"));

    // Exactly the records of an uninterrupted run, each once.
    QCOMPARE(recordCount(project, exampleSeedStage, "ok"), 6);
    QCOMPARE(recordCount(project, exampleGenerateStage, "ok"), ExampleModel::generated);
    QCOMPARE(recordCount(project, exampleJudgeStage, "ok"), ExampleModel::judgedOk);
    QCOMPARE(recordCount(project, exampleJudgeStage, "filtered"), ExampleModel::judgedFiltered);
    QCOMPARE(recordCount(project, exampleFilterStage, "ok"), ExampleModel::filteredOk);
    QCOMPARE(recordCount(project, exampleDedupStage, "ok"), ExampleModel::dedupOk);
    QCOMPARE(recordCount(project, exampleDedupStage, "duplicate"), ExampleModel::dedupDuplicate);
    QCOMPARE(sqlCount(project, QStringLiteral("SELECT count(*) FROM records WHERE status = "
                                              "'failed'")),
             0);
    QCOMPARE(sqlCount(project, QStringLiteral("SELECT count(*) - count(DISTINCT stage_id || '/' || "
                                              "item_key) FROM records")),
             0);
    // No two generated samples of one seed row alike (the answer names its sample number).
    QCOMPARE(
        sqlCount(project, QStringLiteral("SELECT count(*) - count(DISTINCT parent_id || '/' || "
                                         "json_extract(fields, '$.answer')) FROM records WHERE "
                                         "stage_id = '%1'")
                              .arg(QLatin1String(exampleGenerateStage))),
        0);
    const QList<QByteArray> lines =
        readFile(project + QStringLiteral("/export/support-chat.jsonl")).trimmed().split('\n');
    QCOMPARE(lines.size(), ExampleModel::dedupOk);
    QCOMPARE(QSet<QByteArray>(lines.cbegin(), lines.cend()).size(), ExampleModel::dedupOk);

    // Every request was answered and logged exactly once among the committed calls: the
    // bodies logged are the bodies the server received, and none is logged twice.
    QCOMPARE(all.size(), ExampleModel::calls);
    QCOMPARE(
        sqlCount(project, QStringLiteral("SELECT count(*) FROM llm_calls WHERE status = 'ok'")),
        qint64(ExampleModel::calls));
    QCOMPARE(sqlCount(project, QStringLiteral("SELECT count(DISTINCT request_hash) FROM "
                                              "llm_calls WHERE status = 'ok'")),
             qint64(ExampleModel::calls));
    QSet<QByteArray> logged;
    for (const QByteArray &body :
         sqlColumn(project, QStringLiteral("SELECT request FROM llm_calls WHERE status = 'ok'")))
        logged.insert(body);
    QCOMPARE(logged, all);
    QCOMPARE(repeatedAfterCommit, 0);

    QStringList pointText;
    for (auto it = points.cbegin(); it != points.cend(); ++it)
        pointText << QStringLiteral("%1 %2").arg(it.value()).arg(it.key());
    qInfo("%d kills (%s), %d runs ended before their kill point; %d requests, %lld distinct, "
          "%lld repeated (answered or in flight at a kill, not committed), 0 repeated after "
          "their commit; final run: %d calls",
          killed, qPrintable(pointText.join(QStringLiteral(", "))), finishedFirst,
          int(received.size()), qint64(all.size()), qint64(received.size() - all.size()),
          summary.value(QStringLiteral("calls")).toInt());
}

QTEST_GUILESS_MAIN(TestCrashConsistency)
#include "tst_crashconsistency.moc"
