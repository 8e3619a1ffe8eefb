// Canary key: a random API key is configured (an environment variable, and the keychain through
// `providers add --key-stdin` where there is one), then the example is run, exported, killed
// mid-run, run against a server that rejects the key and echoes it back in its error (as some
// providers do), and tested with `providers test`. Afterwards no file under the project
// folders, the exports, the child's home (config with QSettings and profiles, data, cache,
// runtime, its TMPDIR) and nothing the commands printed holds the key, "Bearer key", or either
// in base64 at any of the three alignments base64 can give them.

#include "faultfixture.h"

#include <QDirIterator>
#include <QTest>

#include <csignal>

using namespace Seedbed::Test;

namespace {

const QByteArray canary = [] {
    QByteArray key = "sk-canary-";
    QRandomGenerator random = QRandomGenerator::securelySeeded();
    for (int i = 0; i < 4; ++i)
        key += QByteArray::number(random.generate(), 16).rightJustified(8, '0');
    return key;
}();

/* The byte strings that give the key away: the key, and for the key and "Bearer key" the part
   of their base64 that does not depend on what surrounds them, at each of the three offsets
   they may start at in an encoded blob. */
QList<QByteArray> forbidden()
{
    QList<QByteArray> needles{canary, QByteArray("Bearer ") + canary};
    for (const QByteArray &secret : {canary, QByteArray("Bearer ") + canary}) {
        needles << secret.toBase64() << secret.toBase64(QByteArray::Base64UrlEncoding);
        for (int offset = 0; offset < 3; ++offset) {
            const QByteArray encoded = (QByteArray(offset, 'x') + secret).toBase64();
            // Drop the quads that mix in the padding before and the unknown bytes after.
            needles << encoded.mid(4, encoded.size() - 8);
        }
    }
    return needles;
}

QStringList leaks(const QByteArray &bytes)
{
    QStringList found;
    for (const QByteArray &needle : forbidden()) {
        if (bytes.contains(needle))
            found << QString::fromLatin1(needle.left(24)) + QStringLiteral("…");
    }
    return found;
}

} // namespace

class TestCanaryKey : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void keyLeavesNoTrace();
};

void TestCanaryKey::keyLeavesNoTrace()
{
    CliHarness cli;
    QVERIFY(cli.isValid());
    const QString tmp = cli.home() + QStringLiteral("/tmp");
    QVERIFY(QDir().mkpath(tmp));
    cli.setEnv(QStringLiteral("TMPDIR"), tmp);
    cli.setEnv(QStringLiteral("SEEDBED_CANARY_KEY"), QString::fromLatin1(canary));
    QList<QByteArray> printed; // everything the commands wrote to stdout and stderr
    const auto keep = [&printed](const CliResult &r) {
        printed << r.out.toUtf8() << r.err.toUtf8();
        return r;
    };

    auto model = std::make_shared<ExampleModel>();
    QMutex modelMutex;
    LoopbackServer server([model, &modelMutex](const ReceivedRequest &r) {
        Script script;
        script.wait(20);
        QMutexLocker locker(&modelMutex);
        const Script answer = model->answer(r);
        for (const Script::Step &step : answer.steps())
            script.write(step.bytes);
        return script;
    });
    server.setRecording(true);
    // A server that rejects the key and quotes it back, in the body and a header.
    LoopbackServer rejecting([](const ReceivedRequest &r) {
        const QByteArray key = r.header("authorization").mid(7);
        Script script;
        script.write(
            fullResponse(401, "Unauthorized",
                         R"({"error":{"message":"Incorrect API key provided: )" + key +
                             R"(. Authorization: Bearer )" + key +
                             R"(","type":"invalid_request_error","code":"invalid_api_key"}})",
                         "WWW-Authenticate: Bearer realm=\"api\", error=\"invalid_token\", key=\"" +
                             key + "\"\r\n"));
        return script;
    });
    rejecting.setRecording(true);

    // 1. Run and export with the key from the environment.
    const QString project =
        cli.prepareExample(cli.filePath(QStringLiteral("project")), server.port(), 4,
                           QStringLiteral("SEEDBED_CANARY_KEY"));
    QVERIFY(!project.isEmpty());
    QVERIFY(withVariantInPrompt(project));
    CliResult result = keep(cli.run({QStringLiteral("run"), project, QStringLiteral("--limit"),
                                     QStringLiteral("2"), QStringLiteral("--json")}));
    QVERIFY2(result.exitCode == 0, qPrintable(result.err));
    QVERIFY(server.requestCount() > 0);
    // The key did reach the server, so a test that finds no trace of it means something.
    QCOMPARE(server.requests().first().header("authorization"), QByteArray("Bearer ") + canary);
    const QString exports = cli.filePath(QStringLiteral("exports"));
    QVERIFY(QDir().mkpath(exports));
    for (const char *format : {"jsonl", "openai-chat", "alpaca", "sharegpt"}) {
        result = keep(cli.run(
            {QStringLiteral("export"), project, QStringLiteral("--stage"),
             QStringLiteral("Dedup questions"), QStringLiteral("--format"),
             QString::fromLatin1(format), QStringLiteral("--out"),
             exports + QLatin1Char('/') + QString::fromLatin1(format) + QStringLiteral(".jsonl")}));
        QVERIFY2(result.exitCode == 0, qPrintable(result.err));
    }

    // 2. A run killed mid-flight.
    const QString crashed =
        cli.prepareExample(cli.filePath(QStringLiteral("crashed")), server.port(), 4,
                           QStringLiteral("SEEDBED_CANARY_KEY"));
    QVERIFY(!crashed.isEmpty());
    QVERIFY(withVariantInPrompt(crashed));
    {
        const int before = server.requestCount();
        std::unique_ptr<QProcess> process = cli.start({QStringLiteral("run"), crashed});
        QVERIFY(process->waitForStarted(10000));
        QTRY_VERIFY_WITH_TIMEOUT(server.requestCount() >= before + 12 ||
                                     process->state() == QProcess::NotRunning,
                                 60000);
        ::kill(pid_t(process->processId()), SIGKILL);
        QVERIFY(process->waitForFinished(10000));
        printed << process->readAllStandardOutput() << process->readAllStandardError();
    }

    // 3. A provider that rejects the key and echoes it: the run fails, the key is not kept.
    result = keep(
        cli.run({QStringLiteral("providers"), QStringLiteral("add"), QStringLiteral("Echoing"),
                 QStringLiteral("--kind"), QStringLiteral("openai"), QStringLiteral("--base-url"),
                 QStringLiteral("http://127.0.0.1:%1/v1").arg(rejecting.port()),
                 QStringLiteral("--key-env"), QStringLiteral("SEEDBED_CANARY_KEY")}));
    QVERIFY2(result.exitCode == 0, qPrintable(result.err));
    result = keep(cli.run({QStringLiteral("run"), crashed, QStringLiteral("--profile"),
                           QStringLiteral("Echoing"), QStringLiteral("--json")}));
    QVERIFY2(result.exitCode > 0, qPrintable(result.err));
    QVERIFY2(result.err.contains(QLatin1String("401")), qPrintable(result.err));
    QVERIFY(rejecting.requestCount() > 0);
    QCOMPARE(rejecting.requests().first().header("authorization"), QByteArray("Bearer ") + canary);
    QVERIFY2(sqlCount(crashed, QStringLiteral("SELECT count(*) FROM llm_calls WHERE status = "
                                              "'error'")) > 0,
             "the rejected calls are logged");
    result = keep(
        cli.run({QStringLiteral("providers"), QStringLiteral("test"), QStringLiteral("Echoing"),
                 QStringLiteral("--timeout"), QStringLiteral("10")}));
    QVERIFY2(result.exitCode != 0, qPrintable(result.out + result.err));

    // 4. The key given to the keychain. Without a keychain service (as here, most likely) the
    //    command must fail and keep nothing; with one, the key is used from there.
    result = keep(
        cli.run({QStringLiteral("providers"), QStringLiteral("add"), QStringLiteral("Stored"),
                 QStringLiteral("--kind"), QStringLiteral("openai"), QStringLiteral("--base-url"),
                 QStringLiteral("http://127.0.0.1:%1/v1").arg(server.port()),
                 QStringLiteral("--key-stdin")},
                canary + '\n', 30000));
    const bool keychain = result.exitCode == 0;
    qInfo("keychain: %s", keychain ? "the key was stored" : qPrintable(result.err.trimmed()));
    if (keychain) {
        result = keep(cli.run({QStringLiteral("run"), project, QStringLiteral("--profile"),
                               QStringLiteral("Stored"), QStringLiteral("--fresh"),
                               QStringLiteral("--limit"), QStringLiteral("1")}));
        QVERIFY2(result.exitCode == 0, qPrintable(result.err));
    }
    keep(cli.run({QStringLiteral("providers"), QStringLiteral("list"), QStringLiteral("--json")}));
    keep(cli.run({QStringLiteral("providers"), QStringLiteral("list")}));

    // 5. No trace anywhere. (The search finds the key base64-encoded at any offset in a blob.)
    for (int offset = 0; offset < 3; ++offset) {
        const QByteArray blob =
            QByteArray(offset, 'z') + "Authorization: Bearer " + canary + "\r\n";
        QVERIFY(!leaks(blob.toBase64()).isEmpty());
        QVERIFY(!leaks(blob.toBase64(QByteArray::Base64UrlEncoding)).isEmpty());
    }
    int files = 0;
    qint64 bytes = 0;
    QStringList found;
    for (const QString &root : {cli.dir(), cli.home()}) {
        QDirIterator it(root, QDir::Files | QDir::Hidden | QDir::System,
                        QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString path = it.next();
            const QByteArray content = readFile(path);
            ++files;
            bytes += content.size();
            for (const QString &leak : leaks(content))
                found << path + QStringLiteral(": ") + leak;
        }
    }
    QVERIFY(QFile::exists(project + QStringLiteral("/data.sqlite")));
    QVERIFY(QDir(cli.home() + QStringLiteral("/config")).exists()); // profiles were saved there
    for (const QByteArray &output : std::as_const(printed)) {
        bytes += output.size();
        for (const QString &leak : leaks(output))
            found << QStringLiteral("command output: ") + leak;
    }
    QVERIFY2(found.isEmpty(), qPrintable(found.join(QLatin1Char('\n'))));
    qInfo("%d files and %lld command outputs (%lld bytes) searched for %lld forms of the key: "
          "0 hits",
          files, qint64(printed.size()), bytes, qint64(forbidden().size()));
}

QTEST_GUILESS_MAIN(TestCanaryKey)
#include "tst_canarykey.moc"
