// Fuzz target: the newline-delimited JSON decoder (Ollama's stream), fed the same stream whole
// and in the pieces the first input bytes choose (see chunking.h), must give the same lines
// and the same error, and the lines a plain split of the stream gives; never a line the
// stream does not hold, never more held than its cap, never a crash.
//
// Built as a libFuzzer target with `make fuzz` (clang), and as a replay of its seed corpus in
// every `make test` (tests/fuzz/replay_main.cpp).

#include "chunking.h"

#include "models/llm/ndjsondecoder.h"

#include <QByteArray>
#include <QList>

#include <cstddef>
#include <cstdint>
#include <cstdio>

using Seedbed::Llm::NdjsonDecoder;

namespace {

[[noreturn]] void failed(const char *what)
{
    std::fprintf(stderr, "fuzz_ndjson: %s\n", what);
    __builtin_trap();
}

bool isBlank(QByteArrayView line)
{
    for (const char c : line) {
        if (c != ' ' && c != '\t')
            return false;
    }
    return true;
}

// Lines end in CRLF, LF or CR; a BOM may start the stream; blank lines carry nothing; the
// last line counts without a line break.
QList<QByteArray> reference(QByteArrayView stream)
{
    if (stream.startsWith("\xEF\xBB\xBF"))
        stream = stream.sliced(3);
    QList<QByteArray> lines;
    qsizetype start = 0;
    for (qsizetype i = 0; i < stream.size(); ++i) {
        const char c = stream[i];
        if (c != '\n' && c != '\r')
            continue;
        const QByteArrayView line = stream.sliced(start, i - start);
        if (!isBlank(line))
            lines.append(line.toByteArray());
        if (c == '\r' && i + 1 < stream.size() && stream[i + 1] == '\n')
            ++i;
        start = i + 1;
    }
    if (const QByteArrayView last = stream.sliced(start); !isBlank(last))
        lines.append(last.toByteArray());
    return lines;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const SeedbedFuzz::Chunked input = SeedbedFuzz::cut(data, size);
    // Flag bit 7 picks a tiny cap, so that the limit is reached with short inputs.
    const qsizetype cap = (input.flags & 0x80) ? 1 + ((input.flags >> 3) & 15) * 3 : 1 << 20;

    NdjsonDecoder whole(cap);
    QList<QByteArray> wholeLines = whole.feed(input.payload);
    const bool wholePending = whole.hasPendingData();
    wholeLines += whole.finish();

    NdjsonDecoder pieces(cap);
    QList<QByteArray> pieceLines;
    for (const QByteArrayView piece : input.pieces) {
        pieceLines += pieces.feed(piece);
        if (pieces.bufferedBytes() > cap)
            failed("holds more than its cap");
    }
    if (pieces.hasPendingData() != wholePending)
        failed("the pieces leave other data pending than the whole stream");
    pieceLines += pieces.finish();
    if (!pieces.feed("{}\n").isEmpty() || !pieces.finish().isEmpty())
        failed("lines after finish()");

    if (wholeLines != pieceLines)
        failed("the pieces give other lines than the whole stream");
    if (whole.hasError() != pieces.hasError() || whole.errorString() != pieces.errorString())
        failed("the pieces give another error than the whole stream");
    if (whole.hasError() == whole.errorString().isEmpty())
        failed("an error without a message, or a message without an error");

    for (const QByteArray &line : std::as_const(wholeLines)) {
        if (line.size() > cap)
            failed("a line longer than the cap");
        if (!SeedbedFuzz::isStrictUtf8(line))
            failed("a line that is not UTF-8");
        if (!input.payload.contains(QByteArrayView(line)))
            failed("a line that the stream does not hold");
    }
    if (!whole.hasError() && wholeLines != reference(input.payload))
        failed("the lines differ from a plain split of the stream");
    return 0;
}
