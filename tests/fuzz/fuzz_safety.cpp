// Fuzz target: the Verify stage's arithmetic evaluator and answer extraction, and the rule
// filter's language, blocklist and personal information rules, must accept any input without
// crashing, hanging or exhausting the stack (deep nesting is an error in words).
//
// Built as a libFuzzer target with `make fuzz` (clang), and as a replay of its seed corpus in
// every `make test` (tests/fuzz/replay_main.cpp).

#include "models/quality/answercheck.h"
#include "models/quality/arithmetic.h"
#include "models/quality/textsafety.h"

#include <QJsonObject>
#include <QString>

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    using namespace Seedbed::Quality;
    const QString text = QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
    const Arithmetic::Result result = Arithmetic::evaluate(text);
    if (result.ok() == !result.error.isEmpty())
        __builtin_trap(); // a value xor an error
    (void)AnswerCheck::extract(text);
    (void)AnswerCheck::numberValue(text);
    (void)AnswerCheck::verify({{"method", "expression"}}, {{"answer", text}, {"expression", text}});
    (void)TextSafety::detectLanguage(text);
    (void)TextSafety::apply(
        {{"language", "zh"}, {"blocklist", QStringList{"ab", "中文"}}, {"pii", "mask"}},
        {{"text", text}});
    return 0;
}
