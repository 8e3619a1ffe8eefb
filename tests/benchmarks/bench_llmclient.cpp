// End-to-end throughput and client CPU of Seedbed::Llm::LlmClient (issue 3, section 8).
//
// A loopback OpenAI-compatible server answers every request after 200 ms with a streamed
// completion of 20 content chunks (plus role, finish, usage and [DONE] events, each its own
// HTTP chunk). The client runs 1,024 streamed completions at each concurrency (8, 32, 64, 128)
// after a warm-up round, and prints per concurrency:
//   efficiency  achieved requests/s ÷ (concurrency / latency); 1.0 is the ideal
//   cpu_s_per_1000  client CPU seconds per 1,000 completions
//
// Modes:
//   bench_llmclient [options]             server in a thread of this process; client CPU is the
//                                         process's CPU (getrusage RUSAGE_SELF) minus the server
//                                         thread's (RUSAGE_THREAD, read in that thread): the
//                                         caller's thread, LlmClient's worker thread and Qt's
//                                         HTTP threads. The worker and caller threads are also
//                                         shown on their own.
//   bench_llmclient --serve-only PORT     only the server (PORT 0: any free port); prints
//                                         "PORT <n>" and serves until killed. For openai-node.
//   bench_llmclient --connect PORT [...]  the client against such an external server; client
//                                         CPU is the whole process's.
// Options: --completions N (default 1024), --concurrency 8,32,64,128, --latency-ms 200,
//          --chunks 20.

#include "models/llm/llmclient.h"
#include "tests/models/llm/loopbackserver.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QThread>

#include <sys/resource.h>

#include <cstdio>

using namespace Seedbed::Llm;
using Seedbed::Test::LoopbackServer;
using Seedbed::Test::ReceivedRequest;
using Seedbed::Test::Script;

namespace {

double seconds(const timeval &t)
{
    return double(t.tv_sec) + double(t.tv_usec) / 1e6;
}

double cpuSeconds(int who)
{
    rusage usage{};
    getrusage(who, &usage);
    return seconds(usage.ru_utime) + seconds(usage.ru_stime);
}

// CPU seconds of \a thread, read inside it.
double threadCpuSeconds(QThread *thread)
{
    QObject probe;
    probe.moveToThread(thread);
    double result = 0;
    QMetaObject::invokeMethod(
        &probe, [&result] { result = cpuSeconds(RUSAGE_THREAD); }, Qt::BlockingQueuedConnection);
    // Back to this thread so that it can be destroyed here.
    QMetaObject::invokeMethod(
        &probe, [&probe] { probe.moveToThread(qApp->thread()); }, Qt::BlockingQueuedConnection);
    return result;
}

QByteArray event(const QJsonObject &object)
{
    return "data: " + QJsonDocument(object).toJson(QJsonDocument::Compact) + "\n\n";
}

QJsonObject chunk(const QJsonObject &delta, const QJsonValue &finish = QJsonValue::Null)
{
    return {{"id", "chatcmpl-bench"},
            {"object", "chat.completion.chunk"},
            {"created", 1700000000},
            {"model", "bench-model"},
            {"choices",
             QJsonArray{QJsonObject{{"index", 0}, {"delta", delta}, {"finish_reason", finish}}}}};
}

// The whole response, written at once after the latency.
Script response(int latencyMs, int chunks)
{
    QByteArray bytes = Seedbed::Test::streamHead();
    bytes += Seedbed::Test::chunked(event(chunk({{"role", "assistant"}, {"content", ""}})));
    for (int i = 0; i < chunks; ++i) {
        bytes += Seedbed::Test::chunked(
            event(chunk({{"content", QStringLiteral("tok%1 ").arg(i, 2, 10, QLatin1Char('0'))}})));
    }
    bytes += Seedbed::Test::chunked(event(chunk(QJsonObject(), "stop")));
    QJsonObject usage = chunk(QJsonObject());
    usage["choices"] = QJsonArray();
    usage["usage"] = QJsonObject{
        {"prompt_tokens", 30}, {"completion_tokens", chunks}, {"total_tokens", 30 + chunks}};
    bytes += Seedbed::Test::chunked(event(usage));
    bytes += Seedbed::Test::chunked("data: [DONE]\n\n");
    bytes += Seedbed::Test::lastChunk();
    Script script;
    script.wait(latencyMs).write(bytes);
    return script;
}

struct Options
{
    int completions = 1024;
    QList<int> concurrency = {8, 32, 64, 128};
    int latencyMs = 200;
    int chunks = 20;
    int serveOnlyPort = -1;
    int connectPort = -1;
};

Options parse(const QStringList &args)
{
    Options options;
    for (qsizetype i = 1; i < args.size(); ++i) {
        const QString arg = args.at(i);
        const QString value = args.value(i + 1);
        if (arg == "--completions") {
            options.completions = value.toInt();
            ++i;
        } else if (arg == "--concurrency") {
            options.concurrency.clear();
            for (const QString &c : value.split(','))
                options.concurrency.append(c.toInt());
            ++i;
        } else if (arg == "--latency-ms") {
            options.latencyMs = value.toInt();
            ++i;
        } else if (arg == "--chunks") {
            options.chunks = value.toInt();
            ++i;
        } else if (arg == "--serve-only") {
            options.serveOnlyPort = value.toInt();
            ++i;
        } else if (arg == "--connect") {
            options.connectPort = value.toInt();
            ++i;
        } else {
            std::fprintf(stderr, "unknown argument %s\n", qPrintable(arg));
            std::exit(2);
        }
    }
    return options;
}

struct Outcome
{
    int failures = 0;
    double meanLatencyMs = 0; //!< as LlmClient measures it: first byte sent to finished
    qint64 maxLatencyMs = 0;
};

// Runs \a count completions at the profile's concurrency.
Outcome drive(LlmClient &client, const ProviderProfile &profile, int count, int chunks)
{
    ChatRequest request;
    request.model = QStringLiteral("bench-model");
    request.messages = {
        {QStringLiteral("system"), QStringLiteral("You are a benchmark.")},
        {QStringLiteral("user"), QStringLiteral("Write twenty tokens, one per chunk, please.")}};
    request.stream = true;
    const qsizetype expectedLength = qsizetype(chunks) * 6;

    QEventLoop loop;
    int finished = 0;
    Outcome outcome;
    int &failures = outcome.failures;
    qint64 latencySum = 0;
    qsizetype streamed = 0; // what a consumer does with the deltas: look at them
    QObject context;
    QObject::connect(&client, &LlmClient::delta, &context,
                     [&streamed](quint64, int, const QString &content, const QString &) {
                         streamed += content.size();
                     });
    QObject::connect(
        &client, &LlmClient::finished, &context, [&](quint64, const ChatResult &result) {
            if (!result.isComplete() || result.choices.value(0).content.size() != expectedLength) {
                ++failures;
                if (failures <= 3)
                    std::fprintf(stderr, "failed: %s\n", qPrintable(result.error.message));
            }
            latencySum += result.latencyMs;
            outcome.maxLatencyMs = std::max(outcome.maxLatencyMs, result.latencyMs);
            if (++finished == count)
                loop.quit();
        });
    for (int i = 0; i < count; ++i)
        client.submit(profile, QByteArrayLiteral("sk-bench"), request);
    loop.exec();
    if (streamed != qsizetype(count) * expectedLength)
        ++failures;
    outcome.meanLatencyMs = double(latencySum) / count;
    return outcome;
}

int serveOnly(QCoreApplication &app, const Options &options)
{
    const Script script = response(options.latencyMs, options.chunks);
    LoopbackServer server([script](const ReceivedRequest &) { return script; },
                          quint16(options.serveOnlyPort));
    server.setRecording(false);
    if (server.port() == 0) {
        std::fprintf(stderr, "cannot listen on port %d\n", options.serveOnlyPort);
        return 1;
    }
    std::printf("PORT %d\n", int(server.port()));
    std::fflush(stdout);
    return app.exec();
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const Options options = parse(app.arguments());
    if (options.serveOnlyPort >= 0)
        return serveOnly(app, options);

    const Script script = response(options.latencyMs, options.chunks);
    std::unique_ptr<LoopbackServer> server;
    quint16 port = quint16(options.connectPort);
    if (options.connectPort < 0) {
        server =
            std::make_unique<LoopbackServer>([script](const ReceivedRequest &) { return script; });
        server->setRecording(false);
        port = server->port();
    }
    const char *mode = server ? "in-process server" : "external server";
    std::printf("# LlmClient, %s, %d ms latency, %d content chunks, %d completions per row\n", mode,
                options.latencyMs, options.chunks, options.completions);

    LlmClient client;
    int exitCode = 0;
    for (const int concurrency : options.concurrency) {
        ProviderProfile profile;
        profile.id = QStringLiteral("bench-%1").arg(concurrency);
        profile.name = QStringLiteral("Loopback");
        profile.baseUrl = QUrl(QStringLiteral("http://127.0.0.1:%1/v1").arg(port));
        profile.maxConcurrency = concurrency;

        drive(client, profile, concurrency, options.chunks); // warm-up: connections, pools

        const double serverBefore = server ? server->threadCpuSeconds() : 0.0;
        const double processBefore = cpuSeconds(RUSAGE_SELF);
        const double workerBefore = threadCpuSeconds(client.workerThread());
        const double callerBefore = cpuSeconds(RUSAGE_THREAD);
        QElapsedTimer wall;
        wall.start();
        const Outcome outcome = drive(client, profile, options.completions, options.chunks);
        const int failures = outcome.failures;
        const double elapsed = double(wall.nsecsElapsed()) / 1e9;
        const double caller = cpuSeconds(RUSAGE_THREAD) - callerBefore;
        const double worker = threadCpuSeconds(client.workerThread()) - workerBefore;
        const double process = cpuSeconds(RUSAGE_SELF) - processBefore;
        const double serverCpu = server ? server->threadCpuSeconds() - serverBefore : 0.0;
        const double clientCpu = process - serverCpu;

        const double rps = options.completions / elapsed;
        const double ideal = concurrency / (options.latencyMs / 1000.0);
        const double perThousand = 1000.0 / options.completions;
        std::printf("RESULT client=seedbed concurrency=%d completions=%d seconds=%.3f rps=%.1f "
                    "ideal=%.1f efficiency=%.3f cpu_s_per_1000=%.3f worker_s_per_1000=%.3f "
                    "caller_s_per_1000=%.3f server_s_per_1000=%.3f latency_ms_mean=%.1f "
                    "latency_ms_max=%lld failures=%d\n",
                    concurrency, options.completions, elapsed, rps, ideal, rps / ideal,
                    clientCpu * perThousand, worker * perThousand, caller * perThousand,
                    serverCpu * perThousand, outcome.meanLatencyMs,
                    static_cast<long long>(outcome.maxLatencyMs), failures);
        std::fflush(stdout);
        if (failures > 0)
            exitCode = 1;
    }
    return exitCode;
}
