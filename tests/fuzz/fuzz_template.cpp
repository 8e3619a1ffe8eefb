// Fuzz target: the prompt template parser and renderer must accept any input, however
// hostile, without crashing, hanging or using unbounded memory; a render either succeeds or
// says why with an empty result, stays within its output limit, gives the same text every
// time, and text without any tag renders as itself.
//
// Built as a libFuzzer target with `make fuzz` (clang), and as a replay of its seed corpus in
// every `make test` (tests/fuzz/replay_main.cpp), so each crash once found stays fixed.

#include "models/template/template.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QString>

#include <cstddef>
#include <cstdint>
#include <cstdio>

namespace {
[[noreturn]] void failed(const char *what)
{
    std::fprintf(stderr, "fuzz_template: %s\n", what);
    __builtin_trap();
}

bool hasError(const QList<Seedbed::TemplateError> &diagnostics)
{
    for (const Seedbed::TemplateError &e : diagnostics) {
        if (e.severity == Seedbed::TemplateError::Severity::Error)
            return true;
    }
    return false;
}
} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static const QJsonObject context{
        {"question", "How do I return a jacket?"},
        {"answer", "Within 30 days."},
        {"seed", QJsonObject{{"question", "Q"}, {"turns", QJsonArray{"a", "b", 3, true}}}},
        {"tags", QJsonArray{"x", "y"}},
        {"score", 7.5},
        {"empty", QJsonValue::Null},
    };
    const QString source = QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
    const Seedbed::Template parsed = Seedbed::Template::parse(source);
    if (parsed.source() != source)
        failed("source() is not the parsed text");
    if (parsed.isValid() == !parsed.errors().isEmpty())
        failed("isValid() disagrees with errors()");
    (void)parsed.variables();
    Seedbed::TemplateRenderOptions options;
    options.maxOutputLength = 1 << 20;
    options.maxSteps = 200000;
    for (const bool strict : {false, true}) {
        options.strict = strict;
        QList<Seedbed::TemplateError> diagnostics;
        bool ok = false;
        const QString output = parsed.render(context, options, &diagnostics, &ok);
        if (!ok && (!output.isEmpty() || !hasError(diagnostics)))
            failed("a failed render with text, or without an error");
        if (ok && hasError(diagnostics))
            failed("a successful render with an error");
        if (!parsed.isValid() && ok)
            failed("an invalid template rendered");
        if (output.size() > options.maxOutputLength)
            failed("a render longer than maxOutputLength");
        bool againOk = false;
        if (parsed.render(context, options, nullptr, &againOk) != output || againOk != ok)
            failed("two renders of the same template differ");
        if (!strict && !source.contains(u'{') && (!ok || output != source))
            failed("text without tags did not render as itself");
    }
    return 0;
}
