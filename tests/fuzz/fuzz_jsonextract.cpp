// Fuzz target: the JSON extractor for model output must take any answer without crashing or
// hanging, give a value or an explanation (never both, never neither), and find a valid
// object or array however a model dresses it up: fences, prose, <think> blocks.
//
// Built as a libFuzzer target with `make fuzz` (clang), and as a replay of its seed corpus in
// every `make test` (tests/fuzz/replay_main.cpp).

#include "models/llm/jsonextractor.h"

#include <QJsonDocument>
#include <QJsonParseError>
#include <QString>

#include <cstddef>
#include <cstdint>
#include <cstdio>

using Seedbed::Llm::JsonExtractor;

namespace {

[[noreturn]] void failed(const char *what)
{
    std::fprintf(stderr, "fuzz_jsonextract: %s\n", what);
    __builtin_trap();
}

template<typename Value> void checkOutcome(const std::optional<Value> &value, const QString &error)
{
    if (value.has_value() == !error.isEmpty())
        failed("a value and an error, or neither");
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    const QString text = QString::fromUtf8(bytes);

    QString error;
    const std::optional<QJsonObject> object = JsonExtractor::extractObject(text, &error);
    checkOutcome(object, error);
    error.clear();
    const std::optional<QJsonArray> array = JsonExtractor::extractArray(text, &error);
    checkOutcome(array, error);
    (void)JsonExtractor::extractObject(text); // without an error string

    const QString cleaned = JsonExtractor::removeReasoning(text);
    if (cleaned.size() > text.size())
        failed("removing the reasoning made the text longer");

    // A valid document is found again, bare and dressed up the way models answer.
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(bytes, &parseError);
    if (parseError.error != QJsonParseError::NoError || document.isNull())
        return 0;
    const QString compact = QString::fromUtf8(document.toJson(QJsonDocument::Compact));
    const QString indented = QString::fromUtf8(document.toJson(QJsonDocument::Indented));
    const QString dressings[] = {
        compact,
        u"Here you go:\n```json\n"_qs + indented + u"```\nAnything else?"_qs,
        u"<think>The user wants {\"a\": [1, 2}. Let me think.</think>\n\n"_qs + compact,
        u"Sure! "_qs + compact + u" Hope that helps {"_qs,
        u"```\n"_qs + compact, // a fence cut off with the answer
    };
    for (const QString &dressed : dressings) {
        if (text.contains(u"<think>"_qs) || text.contains(u"</think>"_qs) ||
            text.contains(u"```"_qs)) {
            break; // the value itself holds what the dressing adds
        }
        if (document.isObject()) {
            const std::optional<QJsonObject> found = JsonExtractor::extractObject(dressed);
            if (!found || *found != document.object())
                failed("a valid object was not found again");
        } else {
            const std::optional<QJsonArray> found = JsonExtractor::extractArray(dressed);
            if (!found || *found != document.array())
                failed("a valid array was not found again");
        }
    }
    return 0;
}
