// Decoder throughput (issue 3, section 8): a realistic OpenAI-compatible stream of one million
// chunks, generated in memory, fed in 16 KiB pieces through StreamParser and through
// SseDecoder alone; the same for Ollama's NDJSON and Anthropic's named events. Measured in
// thread CPU time, so the figures are per core. QJsonDocument::fromJson on the same chunks is
// the reference: it is what a straightforward parser would spend on JSON alone.
//
//   cmake --build build --target bench_decoders && build/tests/bench_decoders [chunks] [runs]

#include "models/llm/ndjsondecoder.h"
#include "models/llm/ssedecoder.h"
#include "models/llm/streamparser.h"
#include "models/llm/utf8.h"

#include <QByteArray>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <ctime>
#include <functional>

using namespace Seedbed::Llm;

namespace {

constexpr qsizetype pieceSize = 16 * 1024;

double threadCpuSeconds()
{
    timespec ts{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return double(ts.tv_sec) + double(ts.tv_nsec) / 1e9;
}

// Tokens as a model emits them: short English pieces, Chinese, an emoji, escapes.
const char *const tokens[] = {
    " the",  " seed", " grows", " into", " a", " tree", ",",           " and",  " then",
    " 种子", "长成",  "大树",   "。",    " 🌱", "\\n",   " \\\"ok\\\"", " data", " set",
    " of",   " rows", " with",  " JSON", " {", "}",     " model",      " 的",   " example",
};
constexpr int tokenCount = int(sizeof tokens / sizeof tokens[0]);

QByteArray openAiStream(int chunks)
{
    QByteArray out;
    out.reserve(qsizetype(chunks) * 260);
    const QByteArray head = "data: {\"id\":\"5f0c9d1e-7a2b-4c3d-8e9f-0a1b2c3d4e5f\",\"object\":"
                            "\"chat.completion.chunk\",\"created\":1732670000,\"model\":"
                            "\"deepseek-reasoner\",\"system_fingerprint\":"
                            "\"fp_7e73fd9a08_prod0425fp8\",\"choices\":[{\"index\":0,\"delta\":{";
    const QByteArray tail = "},\"logprobs\":null,\"finish_reason\":null}]}\n\n";
    const int reasoningChunks = chunks / 10; // DeepSeek-R1 thinks before it answers
    for (int i = 0; i < chunks - 1; ++i) {
        if (i % 1000 == 999)
            out += ": keep-alive\n\n";
        out += head;
        if (i < reasoningChunks)
            out += "\"content\":null,\"reasoning_content\":\"";
        else
            out += "\"content\":\"";
        out += tokens[i % tokenCount];
        out += i < reasoningChunks ? "\"" : "\",\"reasoning_content\":null";
        out += tail;
    }
    out += head + "\"content\":\"\",\"reasoning_content\":null},\"logprobs\":null,"
                  "\"finish_reason\":\"stop\"}]}\n\n";
    out += "data: {\"id\":\"5f0c9d1e\",\"object\":\"chat.completion.chunk\",\"created\":1732670000,"
           "\"model\":\"deepseek-reasoner\",\"choices\":[],\"usage\":{\"prompt_tokens\":12,"
           "\"completion_tokens\":" +
           QByteArray::number(chunks) +
           ",\"total_tokens\":1,\"completion_tokens_details\":{\"reasoning_tokens\":" +
           QByteArray::number(reasoningChunks) + "}}}\n\ndata: [DONE]\n\n";
    return out;
}

QByteArray ollamaStream(int lines)
{
    QByteArray out;
    out.reserve(qsizetype(lines) * 140);
    for (int i = 0; i < lines - 1; ++i) {
        out += "{\"model\":\"qwen3:8b\",\"created_at\":\"2025-11-27T01:02:03.456789Z\","
               "\"message\":{\"role\":\"assistant\",\"content\":\"";
        out += tokens[i % tokenCount];
        out += "\"},\"done\":false}\n";
    }
    out += "{\"model\":\"qwen3:8b\",\"created_at\":\"2025-11-27T01:02:03.456789Z\",\"message\":"
           "{\"role\":\"assistant\",\"content\":\"\"},\"done_reason\":\"stop\",\"done\":true,"
           "\"prompt_eval_count\":26,\"eval_count\":282}\n";
    return out;
}

QByteArray anthropicStream(int deltas)
{
    QByteArray out;
    out.reserve(qsizetype(deltas) * 140);
    out += "event: message_start\ndata: {\"type\":\"message_start\",\"message\":{\"model\":"
           "\"claude-sonnet-4-5\",\"usage\":{\"input_tokens\":12,\"output_tokens\":1}}}\n\n"
           "event: content_block_start\ndata: {\"type\":\"content_block_start\",\"index\":0,"
           "\"content_block\":{\"type\":\"text\",\"text\":\"\"}}\n\n";
    for (int i = 0; i < deltas; ++i) {
        out += "event: content_block_delta\ndata: {\"type\":\"content_block_delta\",\"index\":0,"
               "\"delta\":{\"type\":\"text_delta\",\"text\":\"";
        out += tokens[i % tokenCount];
        out += "\"}}\n\n";
    }
    out += "event: content_block_stop\ndata: {\"type\":\"content_block_stop\",\"index\":0}\n\n"
           "event: message_delta\ndata: {\"type\":\"message_delta\",\"delta\":{\"stop_reason\":"
           "\"end_turn\"},\"usage\":{\"output_tokens\":9}}\n\nevent: message_stop\ndata: "
           "{\"type\":\"message_stop\"}\n\n";
    return out;
}

struct Row
{
    const char *what;
    qsizetype chunks = 0;
    qsizetype bytes = 0;
    double seconds = 0; // the best run
};

// Runs \a body \a runs times and keeps the best CPU time: the least disturbed run.
double best(int runs, const std::function<void()> &body)
{
    double fastest = 1e300;
    for (int i = 0; i < runs; ++i) {
        const double start = threadCpuSeconds();
        body();
        fastest = std::min(fastest, threadCpuSeconds() - start);
    }
    return fastest;
}

void check(bool condition, const char *what)
{
    if (!condition) {
        std::fprintf(stderr, "bench_decoders: check failed: %s\n", what);
        std::exit(1);
    }
}

qsizetype parseAll(Protocol protocol, const QByteArray &stream, QString *content)
{
    StreamParser parser(protocol, true);
    qsizetype deltas = 0;
    for (qsizetype at = 0; at < stream.size(); at += pieceSize)
        deltas +=
            parser.feed(QByteArrayView(stream).sliced(at, std::min(pieceSize, stream.size() - at)))
                .size();
    deltas += parser.finish().size();
    check(!parser.hasError(), "no error");
    check(parser.result().isComplete(), "complete");
    if (content)
        *content = parser.result().choices.value(0).content;
    return deltas;
}

} // namespace

int main(int argc, char **argv)
{
    const int chunks = argc > 1 ? std::max(1000, std::atoi(argv[1])) : 1'000'000;
    const int runs = argc > 2 ? std::max(1, std::atoi(argv[2])) : 3;
    QList<Row> rows;

    {
        const QByteArray stream = openAiStream(chunks);

        Row parser{"StreamParser, OpenAI SSE (DeepSeek chunks)", chunks, stream.size()};
        QString content;
        parser.seconds =
            best(runs, [&] { parseAll(Protocol::OpenAiCompatible, stream, &content); });
        check(content.size() > chunks, "content accumulated");
        rows.append(parser);

        Row decoder{"SseDecoder alone", chunks, stream.size()};
        decoder.seconds = best(runs, [&] {
            SseDecoder sse;
            qsizetype events = 0;
            for (qsizetype at = 0; at < stream.size(); at += pieceSize)
                events += sse.feed(QByteArrayView(stream).sliced(
                                       at, std::min(pieceSize, stream.size() - at)))
                              .size();
            check(events == chunks + 2, "every event decoded"); // + usage chunk + [DONE]
        });
        rows.append(decoder);

        Row utf8{"Utf8::firstInvalidByte over the stream", chunks, stream.size()};
        utf8.seconds = best(runs, [&] { check(Utf8::isValid(stream), "valid UTF-8"); });
        rows.append(utf8);

        // The reference: QJsonDocument on the JSON of every chunk, nothing else.
        QList<QByteArray> json;
        json.reserve(chunks);
        for (const SseDecoder::Event &event : SseDecoder().feed(stream)) {
            if (event.data.startsWith('{'))
                json.append(event.data);
        }
        Row reference{"reference: QJsonDocument::fromJson per chunk", qsizetype(json.size()),
                      stream.size()};
        reference.seconds = best(runs, [&] {
            qsizetype total = 0;
            for (const QByteArray &chunk : std::as_const(json)) {
                const QJsonObject object = QJsonDocument::fromJson(chunk).object();
                const QJsonObject delta = object.value(QLatin1String("choices"))
                                              .toArray()
                                              .at(0)
                                              .toObject()
                                              .value(QLatin1String("delta"))
                                              .toObject();
                total += delta.value(QLatin1String("content")).toString().size();
            }
            check(total > 0, "reference parsed");
        });
        rows.append(reference);
    }
    {
        const QByteArray stream = ollamaStream(chunks);
        Row row{"StreamParser, Ollama NDJSON", chunks, stream.size()};
        row.seconds = best(runs, [&] { parseAll(Protocol::OllamaNative, stream, nullptr); });
        rows.append(row);
    }
    {
        const QByteArray stream = anthropicStream(chunks);
        Row row{"StreamParser, Anthropic SSE (text_delta)", chunks, stream.size()};
        row.seconds = best(runs, [&] { parseAll(Protocol::Anthropic, stream, nullptr); });
        rows.append(row);
    }

    std::printf("Decoder throughput: %d chunks per stream, fed in %lld-byte pieces, thread CPU "
                "time (one core), best of %d runs\n\n",
                chunks, static_cast<long long>(pieceSize), runs);
    std::printf("| %-46s | %9s | %8s | %7s | %12s | %8s |\n", "what", "chunks", "MB", "CPU s",
                "chunks/s", "MB/s");
    std::printf("|%s|%s|%s|%s|%s|%s|\n", "------------------------------------------------",
                "-----------", "----------", "---------", "--------------", "----------");
    for (const Row &row : std::as_const(rows)) {
        const double megabytes = double(row.bytes) / 1e6;
        std::printf("| %-46s | %9lld | %8.1f | %7.3f | %12.0f | %8.0f |\n", row.what,
                    static_cast<long long>(row.chunks), megabytes, row.seconds,
                    double(row.chunks) / row.seconds, megabytes / row.seconds);
    }
    const double goal = 200'000;
    const double achieved = double(rows.at(0).chunks) / rows.at(0).seconds;
    std::printf("\nStreamParser (OpenAI) reaches %.0f chunks/s per core: %.1f× the goal of %.0f; "
                "%.1f× the QJsonDocument reference.\n",
                achieved, achieved / goal, goal,
                achieved / (double(rows.at(3).chunks) / rows.at(3).seconds));
    return achieved >= goal ? 0 : 2;
}
