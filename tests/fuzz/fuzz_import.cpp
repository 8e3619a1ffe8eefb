// Fuzz target: the seed-row importer (CSV, TSV, JSON Lines, JSON array; encoding detection;
// the JSON key scanner) must read any file without crashing or hanging, and the rows, fields,
// issues and outcome must not depend on how the file arrives: the input is read once whole
// and once in the pieces its first bytes choose (see chunking.h). The first byte's flags
// also choose the file name (the format hint) and small limits, so that they are reached.
//
// Built as a libFuzzer target with `make fuzz` (clang), and as a replay of its seed corpus in
// every `make test` (tests/fuzz/replay_main.cpp).

#include "chunking.h"

#include "models/io/jsonscan.h"
#include "models/io/recordimporter.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QList>
#include <QSet>

#include <cstddef>
#include <cstdint>
#include <cstdio>

using namespace Seedbed;

namespace {

[[noreturn]] void failed(const char *what)
{
    std::fprintf(stderr, "fuzz_import: %s\n", what);
    __builtin_trap();
}

struct Outcome
{
    ImportResult result;
    QList<QJsonObject> rows;
    qsizetype batches = 0;
};

Outcome import(const ImportOptions &options, const QString &fileName,
               const QList<QByteArrayView> &pieces, qsizetype cancelAfterBatches)
{
    Outcome outcome;
    RecordImporter importer(options);
    importer.setFileName(fileName);
    bool canceled = false;
    importer.setBatchHandler([&](const QList<QJsonObject> &rows) {
        if (canceled)
            failed("a batch after the handler canceled");
        if (rows.isEmpty() || rows.size() > options.batchSize)
            failed("an empty batch, or one larger than the batch size");
        outcome.rows += rows;
        ++outcome.batches;
        canceled = cancelAfterBatches >= 0 && outcome.batches > cancelAfterBatches;
        return !canceled;
    });
    for (const QByteArrayView piece : pieces) {
        if (!importer.feed(piece))
            break;
    }
    outcome.result = importer.finish();
    if (canceled && outcome.result.status != ImportResult::Status::Canceled)
        failed("the handler canceled, but the import did not say so");
    return outcome;
}

void print(const char *label, const Outcome &outcome)
{
    const ImportResult &r = outcome.result;
    std::fprintf(stderr, "%s: status %d, format %d, encoding %s, bom %d, rows %lld, fields %s\n",
                 label, int(r.status), int(r.format), qPrintable(r.encoding), int(r.byteOrderMark),
                 qlonglong(r.rowCount), qPrintable(r.fields.join(u'|')));
    for (const ImportIssue &issue : r.issues)
        std::fprintf(stderr, "  %s\n", qPrintable(issue.toString()));
    for (const QJsonObject &row : outcome.rows)
        std::fprintf(stderr, "  row %s\n",
                     QJsonDocument(row).toJson(QJsonDocument::Compact).constData());
}

bool sameResult(const ImportResult &a, const ImportResult &b)
{
    return a.status == b.status && a.format == b.format && a.encoding == b.encoding &&
           a.byteOrderMark == b.byteOrderMark && a.rowCount == b.rowCount && a.fields == b.fields &&
           a.issues == b.issues && a.omittedIssues == b.omittedIssues &&
           // a failed import stops reading where it failed, inside the whole file or not
           (a.status == ImportResult::Status::Failed || a.bytesRead == b.bytesRead);
}

void checkConsistent(const Outcome &outcome, const ImportOptions &options)
{
    const ImportResult &result = outcome.result;
    if (result.rowCount != outcome.rows.size())
        failed("rowCount is not the number of rows handed over");
    if (result.issues.size() > options.maxIssues + 1)
        failed("more issues than the cap");
    if (result.status == ImportResult::Status::Failed &&
        (result.issues.isEmpty() ||
         result.issues.constLast().severity != ImportIssue::Severity::Error ||
         result.issues.constLast().message.isEmpty())) {
        failed("a failed import whose last issue does not say why");
    }
    for (const ImportIssue &issue : result.issues) {
        if (issue.message.isEmpty() || issue.line < 0 || issue.column < 0)
            failed("an issue without a message or with a negative place");
    }
    const QSet<QString> fields(result.fields.cbegin(), result.fields.cend());
    if (fields.size() != result.fields.size())
        failed("a field listed twice");
    for (const QJsonObject &row : outcome.rows) {
        for (auto it = row.begin(); it != row.end(); ++it) {
            if (!fields.contains(it.key()))
                failed("a row field missing from the field list");
        }
    }
}

const QString fileNames[] = {QString(),
                             QStringLiteral("seeds.csv"),
                             QStringLiteral("seeds.tsv"),
                             QStringLiteral("seeds.jsonl"),
                             QStringLiteral("seeds.json"),
                             QStringLiteral("seeds.txt"),
                             QStringLiteral("seeds.ndjson"),
                             QStringLiteral("seeds.tab")};

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const SeedbedFuzz::Chunked input = SeedbedFuzz::cut(data, size);
    const unsigned flags = input.flags;
    ImportOptions options;
    options.inferTypes = (flags & 0x08) != 0;
    if (flags & 0x10) { // small limits
        options.sampleBytes = 16;
        options.batchSize = 2;
        options.maxIssues = 3;
        options.maxRecordChars = 64;
        options.maxJsonArrayBytes = 512;
    }
    const QString &fileName = fileNames[(flags >> 5) & 7];

    const Outcome whole = import(options, fileName, {input.payload}, -1);
    checkConsistent(whole, options);
    const Outcome pieces = import(options, fileName, input.pieces, -1);
    checkConsistent(pieces, options);
    if (!sameResult(whole.result, pieces.result) || whole.rows != pieces.rows) {
        print("whole", whole);
        print("pieces", pieces);
    }
    if (!sameResult(whole.result, pieces.result))
        failed("the pieces give another result than the whole file");
    if (whole.rows != pieces.rows)
        failed("the pieces give other rows than the whole file");

    // Canceling after the first batch stops the rows there.
    if (whole.batches > 1) {
        const Outcome canceled = import(options, fileName, input.pieces, 0);
        if (canceled.batches != 1 || canceled.rows != whole.rows.first(canceled.rows.size()))
            failed("rows after a cancel, or other rows before it");
    }

    // The key scanner and the position finder on the same bytes, valid JSON or not.
    const QByteArrayView bytes = input.payload;
    QStringList keys;
    QSet<QString> seen;
    if (QJsonDocument::fromJson(bytes.toByteArray()).isNull() == false) {
        JsonScan::collectKeys(bytes, 1, keys, seen);
        JsonScan::collectKeys(bytes, 2, keys, seen);
        (void)JsonScan::arrayElementOffsets(bytes);
    }
    JsonScan::Locator locator(bytes);
    for (qsizetype offset = 0; offset <= bytes.size(); offset += 1 + offset / 3) {
        const JsonScan::Position a = locator.at(offset);
        const JsonScan::Position b = JsonScan::positionAt(bytes, offset);
        if (a.line != b.line || a.column != b.column)
            failed("Locator::at() and positionAt() disagree");
        (void)JsonScan::positionBefore(bytes, offset);
    }
    return 0;
}
