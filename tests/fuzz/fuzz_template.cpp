// Fuzz target: the prompt template parser and renderer must accept any input, however
// hostile, without crashing, hanging or using unbounded memory.
//
// Built as a libFuzzer target with `make fuzz` (clang), and as a replay of its seed corpus in
// every `make test` (tests/fuzz/replay_main.cpp), so each crash once found stays fixed.

#include "models/template/template.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QString>

#include <cstddef>
#include <cstdint>

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
    const QString source =
        QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
    const Seedbed::Template parsed = Seedbed::Template::parse(source);
    (void)parsed.errors();
    (void)parsed.variables();
    Seedbed::TemplateRenderOptions options;
    options.maxOutputLength = 1 << 20;
    options.maxSteps = 200000;
    QList<Seedbed::TemplateError> diagnostics;
    bool ok = false;
    (void)parsed.render(context, options, &diagnostics, &ok);
    options.strict = true;
    (void)parsed.render(context, options, &diagnostics, &ok);
    return 0;
}
