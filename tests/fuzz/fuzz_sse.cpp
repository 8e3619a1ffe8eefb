// Fuzz target: the Server-Sent Events decoder, fed the same stream whole and in the pieces
// the first input bytes choose (see chunking.h), must give the same events, the same error
// and the events a plain reading of the WHATWG rules gives; it must never invent text, hold
// more than its cap, or crash on any bytes.
//
// Built as a libFuzzer target with `make fuzz` (clang), and as a replay of its seed corpus in
// every `make test` (tests/fuzz/replay_main.cpp).

#include "chunking.h"

#include "models/llm/ssedecoder.h"

#include <QByteArray>
#include <QList>

#include <cstddef>
#include <cstdint>
#include <cstdio>

using Seedbed::Llm::SseDecoder;

namespace {

[[noreturn]] void failed(const char *what)
{
    std::fprintf(stderr, "fuzz_sse: %s\n", what);
    __builtin_trap();
}

// The event stream rules, written plainly and without limits: lines end in CRLF, LF or CR; a
// BOM starts the stream at most once; a blank line dispatches the event when it has data.
QList<SseDecoder::Event> reference(QByteArrayView stream)
{
    if (stream.startsWith("\xEF\xBB\xBF"))
        stream = stream.sliced(3);
    QList<SseDecoder::Event> events;
    QByteArray name;
    QByteArray data;
    bool hasData = false;
    qsizetype start = 0;
    for (qsizetype i = 0; i < stream.size(); ++i) {
        const char c = stream[i];
        if (c != '\n' && c != '\r')
            continue;
        const QByteArrayView line = stream.sliced(start, i - start);
        if (c == '\r' && i + 1 < stream.size() && stream[i + 1] == '\n')
            ++i;
        start = i + 1;
        if (line.isEmpty()) {
            if (hasData)
                events.append({name, data});
            name.clear();
            data.clear();
            hasData = false;
            continue;
        }
        if (line.front() == ':')
            continue;
        const qsizetype colon = line.indexOf(':');
        const QByteArrayView field = colon < 0 ? line : line.first(colon);
        QByteArrayView value = colon < 0 ? QByteArrayView() : line.sliced(colon + 1);
        if (value.startsWith(' '))
            value = value.sliced(1);
        if (field == "data") {
            if (hasData)
                data.append('\n');
            data.append(value);
            hasData = true;
        } else if (field == "event") {
            name = value.toByteArray();
        }
    }
    return events;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const SeedbedFuzz::Chunked input = SeedbedFuzz::cut(data, size);
    // Flag bit 7 picks a tiny cap, so that the limits are reached with short inputs.
    const qsizetype cap = (input.flags & 0x80) ? 1 + ((input.flags >> 3) & 15) * 3 : 1 << 20;

    SseDecoder whole(cap);
    const QList<SseDecoder::Event> wholeEvents = whole.feed(input.payload);

    SseDecoder pieces(cap);
    QList<SseDecoder::Event> pieceEvents;
    for (const QByteArrayView piece : input.pieces) {
        pieceEvents += pieces.feed(piece);
        if (pieces.bufferedBytes() > 3 * cap)
            failed("holds more than its line, event name and data caps");
    }

    if (wholeEvents != pieceEvents)
        failed("the pieces give other events than the whole stream");
    if (whole.hasError() != pieces.hasError() || whole.errorString() != pieces.errorString())
        failed("the pieces give another error than the whole stream");
    if (whole.hasError() == whole.errorString().isEmpty())
        failed("an error without a message, or a message without an error");
    if (whole.hasPendingData() != pieces.hasPendingData())
        failed("the pieces leave other data pending than the whole stream");

    for (const SseDecoder::Event &event : wholeEvents) {
        if (event.data.size() > cap || event.event.size() > cap)
            failed("an event larger than the cap");
        if (!SeedbedFuzz::isStrictUtf8(event.data) || !SeedbedFuzz::isStrictUtf8(event.event))
            failed("an event that is not UTF-8");
        // Nothing invented: each data line and the name are bytes of the stream.
        for (const QByteArray &line : event.data.split('\n')) {
            if (!input.payload.contains(QByteArrayView(line)))
                failed("event data that the stream does not hold");
        }
        if (!input.payload.contains(QByteArrayView(event.event)))
            failed("an event name that the stream does not hold");
    }
    if (!whole.hasError() && wholeEvents != reference(input.payload))
        failed("the events differ from the plain reading of the rules");
    return 0;
}
