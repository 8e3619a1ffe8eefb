// End to end: the bundled example project run by `seedbed run` against a loopback server that
// speaks the OpenAI wire format, and the same run killed with SIGKILL and resumed.

#include "../models/llm/loopbackserver.h"
#include "../models/llm/openaiwire.h"

#include <QDirIterator>
#include <QJsonArray>
#include <QProcess>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>
#include <map>
#include <memory>

using namespace Seedbed::Test;

namespace {

const QString binary = QStringLiteral(SEEDBED_BINARY);
const QByteArray canary =
    "sk-e2e-canary-" + QByteArray::number(QRandomGenerator::global()->generate());

// A vocabulary for questions that share no five-word run by chance.
const QStringList words = [] {
    QStringList list;
    for (const char *w :
         {"parcel",  "refund",  "invoice",  "coupon",   "address", "courier",  "warranty",
          "screen",  "battery", "jacket",   "shoes",    "size",    "colour",   "late",
          "broken",  "missing", "charged",  "twice",    "account", "password", "email",
          "phone",   "store",   "gift",     "wrapped",  "return",  "label",    "printer",
          "weekend", "holiday", "express",  "tracking", "customs", "fee",      "voucher",
          "expired", "cart",    "checkout", "card",     "bank",    "delay",    "damaged",
          "box",     "receipt", "manual",   "install",  "cable",   "charger"})
        list << QString::fromLatin1(w);
    return list;
}();

QString lastUserMessage(const ReceivedRequest &r)
{
    const QJsonArray messages =
        QJsonDocument::fromJson(r.body).object().value("messages").toArray();
    return messages.last().toObject().value("content").toString();
}

QString uniqueWords(quint32 seed, int count)
{
    QRandomGenerator random(seed);
    QStringList out;
    for (int i = 0; i < count; ++i)
        out << words.at(int(random.bounded(quint32(words.size()))));
    return out.join(' ');
}

/* The model of the example: a generated exchange per request, whose fate is decided by the
   sample number k (0–19) of its seed row: k % 10 == 3 is weak (the judge gives 5, below the
   threshold 7), k % 10 == 7 says "As an AI" (the rule filter drops it), k == 19 repeats the
   question of k == 18 (the MinHash dedup drops it). The sample number is "(variant k)" when
   the prompt carries it, else the count of earlier requests with the same prompt. */
class ExampleModel
{
public:
    Script answer(const ReceivedRequest &r)
    {
        const QString prompt = lastUserMessage(r);
        if (prompt.startsWith("Rubric:")) {
            const int score = prompt.contains("weak") ? 5 : 8;
            return streamed(openAiStream(
                {QString::fromUtf8(json({{"score", score}, {"reason", "Judged by the test."}}))}));
        }
        static const QRegularExpression variant(QStringLiteral("\\(variant (\\d+)\\)"));
        const QRegularExpressionMatch m = variant.match(prompt);
        const int k = m.hasMatch() ? m.captured(1).toInt() : m_seen[prompt]++;
        const quint32 seed = quint32(qHash(prompt.section('\n', 2, 2)));
        const int questionOf = k == 19 ? 18 : k;
        const QString question = QStringLiteral("Question %1 about %2?")
                                     .arg(questionOf)
                                     .arg(uniqueWords(seed * 31 + quint32(questionOf), 9));
        QString answer = QStringLiteral("Thanks for asking. Here is what to do next: %1.")
                             .arg(uniqueWords(seed * 17 + quint32(k), 12));
        if (k % 10 == 3)
            answer += " (a weak answer)";
        if (k % 10 == 7)
            answer = "As an AI, I cannot help with that, but " + answer;
        return streamed(
            openAiStream({QString::fromUtf8(json({{"question", question}, {"answer", answer}}))}));
    }

private:
    std::map<QString, int> m_seen;
};

struct Result
{
    int exitCode = -1;
    QString out;
    QString err;
};

} // namespace

class TestCliRun : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void exampleEndToEnd();
    void killedAndResumed();

private:
    QProcess *start(const QStringList &arguments);
    Result run(const QStringList &arguments, int timeoutMs = 120000);
    QString prepareExample(const QString &name, quint16 port);
    qint64 count(const QString &project, const QString &sql);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<QTemporaryDir> m_home;
};

void TestCliRun::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_home = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid() && m_home->isValid());
}

QProcess *TestCliRun::start(const QStringList &arguments)
{
    auto *process = new QProcess(this);
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const char *name : {"DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM",
                             "DBUS_SESSION_BUS_ADDRESS", "QT_LOGGING_RULES"})
        env.remove(QString::fromLatin1(name));
    env.insert("HOME", m_home->path());
    env.insert("XDG_CONFIG_HOME", m_home->filePath("config"));
    env.insert("XDG_DATA_HOME", m_home->filePath("data"));
    env.insert("XDG_CACHE_HOME", m_home->filePath("cache"));
    env.insert("XDG_RUNTIME_DIR", m_home->filePath("runtime"));
    env.insert("LC_ALL", "C.UTF-8");
    env.insert("SEEDBED_E2E_KEY", QString::fromLatin1(canary));
    process->setProcessEnvironment(env);
    process->setWorkingDirectory(m_dir->path());
    process->start(binary, arguments);
    return process;
}

Result TestCliRun::run(const QStringList &arguments, int timeoutMs)
{
    std::unique_ptr<QProcess> process(start(arguments));
    Result result;
    if (!process->waitForStarted(10000) || !process->waitForFinished(timeoutMs)) {
        process->kill();
        process->waitForFinished();
        qWarning() << "seedbed" << arguments << "did not finish" << process->readAllStandardError();
        return result;
    }
    result.out = QString::fromUtf8(process->readAllStandardOutput());
    result.err = QString::fromUtf8(process->readAllStandardError());
    if (process->exitStatus() == QProcess::NormalExit)
        result.exitCode = process->exitCode();
    return result;
}

QString TestCliRun::prepareExample(const QString &name, quint16 port)
{
    const QString folder = m_dir->filePath(name);
    Result result = run({"new", folder, "--example"});
    if (result.exitCode != 0) {
        qWarning() << result.err;
        return {};
    }
    // The example's stages name the profile "DeepSeek": here it is the loopback server.
    result = run({"providers", "add", "DeepSeek", "--kind", "openai", "--base-url",
                  QStringLiteral("http://127.0.0.1:%1/v1").arg(port), "--key-env",
                  "SEEDBED_E2E_KEY", "--concurrency", "16"});
    if (result.exitCode != 0 && !result.err.contains("already"))
        qWarning() << result.err;
    return folder;
}

qint64 TestCliRun::count(const QString &project, const QString &sql)
{
    const QString name = QUuid::createUuid().toString();
    qint64 value = -1;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(project + "/data.sqlite");
        if (db.open()) {
            QSqlQuery query(sql, db);
            if (query.next())
                value = query.value(0).toLongLong();
        }
    }
    QSqlDatabase::removeDatabase(name);
    return value;
}

void TestCliRun::exampleEndToEnd()
{
    auto model = std::make_shared<ExampleModel>();
    LoopbackServer server([model](const ReceivedRequest &r) { return model->answer(r); });
    const QString project = prepareExample("example", server.port());
    QVERIFY(!project.isEmpty());

    const Result result = run({"run", project, "--json"});
    QVERIFY2(result.exitCode == 0, qPrintable(result.err));
    const QJsonObject summary = QJsonDocument::fromJson(result.out.toUtf8()).object();
    QCOMPARE(summary.value("state").toString(), QString("completed"));

    // 6 seed rows × 20 samples; per row 2 weak (judge), 2 "As an AI" (filter), 1 repeat (dedup).
    QMap<QString, QJsonObject> stages;
    for (const QJsonValue &v : summary.value("stages").toArray())
        stages.insert(v.toObject().value("name").toString(), v.toObject());
    QCOMPARE(stages.value("Seed exchanges").value("ok").toInt(), 6);
    QCOMPARE(stages.value("Generate Q&A").value("ok").toInt(), 120);
    QCOMPARE(stages.value("Judge quality").value("ok").toInt(), 108);
    QCOMPARE(stages.value("Judge quality").value("filtered").toInt(), 12);
    QCOMPARE(stages.value("Filter by rules").value("ok").toInt(), 96);
    QCOMPARE(stages.value("Filter by rules").value("filtered").toInt(), 12);
    QCOMPARE(stages.value("Dedup questions").value("ok").toInt(), 90);
    QCOMPARE(stages.value("Dedup questions").value("duplicate").toInt(), 6);
    QCOMPARE(summary.value("calls").toInt(), 240);
    QCOMPARE(server.requestCount(), 240);
    QCOMPARE(count(project, "SELECT count(*) FROM records WHERE score = 8 AND stage_id = "
                            "'22c1fa38-c068-4393-8098-001b229961a0'"),
             108);

    // The export stage wrote the chat set.
    QFile exported(project + "/export/support-chat.jsonl");
    QVERIFY(exported.open(QIODevice::ReadOnly));
    const QList<QByteArray> lines = exported.readAll().trimmed().split('\n');
    QCOMPARE(lines.size(), 90);
    const QJsonArray messages =
        QJsonDocument::fromJson(lines.first()).object().value("messages").toArray();
    QCOMPARE(messages.size(), 3);
    QCOMPARE(messages.at(0).toObject().value("role").toString(), QString("system"));
    QVERIFY(messages.at(1).toObject().value("content").toString().startsWith("Question "));
    QCOMPARE(messages.at(2).toObject().value("role").toString(), QString("assistant"));

    // The same records through seedbed export, in another format.
    const QString alpaca = m_dir->filePath("alpaca.jsonl");
    const Result exportResult = run(
        {"export", project, "--stage", "Dedup questions", "--format", "alpaca", "--out", alpaca});
    QVERIFY2(exportResult.exitCode == 0, qPrintable(exportResult.err));
    QFile alpacaFile(alpaca);
    QVERIFY(alpacaFile.open(QIODevice::ReadOnly));
    QCOMPARE(alpacaFile.readAll().trimmed().split('\n').size(), 90);

    // Running again asks nothing: everything is stored.
    const Result again = run({"run", project, "--json"});
    QCOMPARE(again.exitCode, 0);
    QCOMPARE(QJsonDocument::fromJson(again.out.toUtf8()).object().value("calls").toInt(), 0);
    QCOMPARE(server.requestCount(), 240);

    // The key reached the server and nothing else.
    QVERIFY(server.requests().first().header("authorization") == "Bearer " + canary);
    for (const QString &root : {m_dir->path(), m_home->path()}) {
        QDirIterator files(root, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
        while (files.hasNext()) {
            QFile file(files.next());
            QVERIFY(file.open(QIODevice::ReadOnly));
            const QByteArray bytes = file.readAll();
            QVERIFY2(!bytes.contains(canary) && !bytes.contains(canary.toBase64()),
                     qPrintable(file.fileName()));
        }
    }
}

void TestCliRun::killedAndResumed()
{
    // Every answer takes a while, so that kills land mid-flight and mid-commit alike.
    auto model = std::make_shared<ExampleModel>();
    LoopbackServer server([model](const ReceivedRequest &r) {
        Script script;
        script.wait(80);
        const Script answer = model->answer(r);
        for (const Script::Step &step : answer.steps())
            script.write(step.bytes);
        return script;
    });
    server.setRecording(true);
    const QString project = prepareExample("crash", server.port());
    QVERIFY(!project.isEmpty());
    // The sample number goes into the prompt, so the server answers a repeated request alike.
    QFile file(project + "/project.seedbed");
    QVERIFY(file.open(QIODevice::ReadOnly));
    QByteArray text = file.readAll();
    file.close();
    text.replace("Vary the customer's tone and situation.",
                 "Vary the customer's tone and situation (variant {{ sample_index }}).");
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write(text);
    file.close();

    QRandomGenerator random(20261127);
    int kills = 0;
    for (int round = 0; round < 6; ++round) {
        std::unique_ptr<QProcess> process(start({"run", project, "--limit", "3"}));
        QVERIFY(process->waitForStarted(10000));
        QTest::qWait(120 + int(random.bounded(400u)));
        if (process->state() == QProcess::NotRunning)
            break; // finished before the kill
        ::kill(pid_t(process->processId()), SIGKILL);
        QVERIFY(process->waitForFinished(10000));
        ++kills;
        QCOMPARE(count(project, "SELECT count(*) FROM pragma_integrity_check WHERE "
                                "integrity_check = 'ok'"),
                 1);
    }
    QVERIFY(kills >= 3);
    const Result result = run({"run", project, "--limit", "3", "--json"});
    QVERIFY2(result.exitCode == 0, qPrintable(result.err));

    // Exactly the records of an uninterrupted run of three seed rows, each once.
    const auto records = [&](const char *stage, const char *status) {
        return count(project, QStringLiteral("SELECT count(*) FROM records r JOIN (SELECT '%1' AS "
                                             "id) s ON r.stage_id = s.id WHERE status = '%2'")
                                  .arg(QLatin1String(stage), QLatin1String(status)));
    };
    QCOMPARE(records("d48e3610-9bc7-4f88-9c4c-bbe675b30f5a", "ok"), 3);
    QCOMPARE(records("2f36391e-bcf4-49d5-9590-cc227a840cc8", "ok"), 60);
    QCOMPARE(records("22c1fa38-c068-4393-8098-001b229961a0", "ok"), 54);
    QCOMPARE(records("22c1fa38-c068-4393-8098-001b229961a0", "filtered"), 6);
    QCOMPARE(records("1b1059e0-d5b5-47ea-90e8-2f453f069c4e", "ok"), 45);
    QCOMPARE(count(project, "SELECT count(*) - count(DISTINCT stage_id || '/' || item_key) FROM "
                            "records"),
             0);
    QCOMPARE(count(project, "SELECT count(*) FROM records WHERE status = 'failed'"), 0);

    // Every distinct request was needed; repeats are only those cut off by a kill.
    QSet<QByteArray> distinct;
    for (const ReceivedRequest &r : server.requests())
        distinct.insert(r.body);
    qInfo("%d kills, %d requests, %lld distinct", kills, server.requestCount(),
          qint64(distinct.size()));
    QCOMPARE(distinct.size(), 120);
    QVERIFY2(server.requestCount() - distinct.size() <= kills * 16,
             qPrintable(QStringLiteral("%1 requests, %2 distinct, %3 kills")
                            .arg(server.requestCount())
                            .arg(distinct.size())
                            .arg(kills)));
    // And none whose answer was stored was asked again afterwards.
    QCOMPARE(count(project, "SELECT count(*) - count(DISTINCT request_hash) FROM llm_calls WHERE "
                            "status = 'ok'"),
             0);
}

QTEST_GUILESS_MAIN(TestCliRun)
#include "tst_clirun.moc"
