#include "models/llm/chattypes.h"

#include <algorithm>

namespace Seedbed::Llm {

bool ChatResult::isComplete() const
{
    return !error.isError() && !choices.isEmpty()
           && std::all_of(choices.cbegin(), choices.cend(), [](const ChatChoice &choice) {
                  return choice.finish == FinishReason::Complete;
              });
}

QString finishReasonName(FinishReason reason)
{
    switch (reason) {
    case FinishReason::Unknown:
        return QStringLiteral("unknown");
    case FinishReason::Complete:
        return QStringLiteral("complete");
    case FinishReason::Truncated:
        return QStringLiteral("truncated");
    case FinishReason::ContentFilter:
        return QStringLiteral("content-filter");
    case FinishReason::ToolCall:
        return QStringLiteral("tool-call");
    case FinishReason::Error:
        return QStringLiteral("error");
    case FinishReason::Cancelled:
        return QStringLiteral("cancelled");
    }
    return QString();
}

} // namespace Seedbed::Llm
