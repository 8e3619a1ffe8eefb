#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace Seedbed::Llm {

/*! \brief The wire protocol a provider speaks. */
enum class Protocol { OpenAiCompatible, OllamaNative, Anthropic };

struct ChatMessage
{
    QString role; //!< "system", "user" or "assistant"
    QString content;

    friend bool operator==(const ChatMessage &, const ChatMessage &) = default;
};

/*! \brief One logical chat completion request, independent of the wire protocol. */
struct ChatRequest
{
    enum class Format { Text, JsonObject, JsonSchema };

    QString model;
    QList<ChatMessage> messages; //!< a "system" message becomes Anthropic's top-level system
    std::optional<double> temperature;
    std::optional<double> topP;
    std::optional<int> maxTokens;
    std::optional<int> n;
    std::optional<qint64> seed;
    QStringList stop;
    Format format = Format::Text;
    QString schemaName;  //!< with JsonSchema
    QJsonObject schema;  //!< with JsonSchema
    bool stream = true;
};

/*! \brief Why a choice (or a whole result) ended. A truncated result is never a sample. */
enum class FinishReason {
    Unknown,       //!< still running, or the server gave no reason
    Complete,      //!< stop / end_turn / stop_sequence / done
    Truncated,     //!< length / max_tokens, or the stream was cut before its end marker
    ContentFilter, //!< content_filter / refusal
    ToolCall,      //!< tool_calls / tool_use (not used by Seedbed's stages, but reported)
    Error,         //!< see ChatResult::error
    Cancelled,
};

struct ChatChoice
{
    int index = 0;
    QString content;
    QString reasoning;        //!< reasoning_content / reasoning / thinking / inline <think>
    FinishReason finish = FinishReason::Unknown;
    QString rawFinishReason;  //!< as the server said it

    friend bool operator==(const ChatChoice &, const ChatChoice &) = default;
};

/*! \brief Token counts; -1 where unknown. */
struct Usage
{
    qint64 promptTokens = -1;
    qint64 completionTokens = -1;
    qint64 reasoningTokens = -1;
    bool estimated = false; //!< counted by Seedbed because the server sent none

    friend bool operator==(const Usage &, const Usage &) = default;
};

struct ChatError
{
    enum class Kind {
        None,
        Connection, //!< refused, DNS, TLS, reset
        Timeout,    //!< connect, idle or total timeout
        Http,       //!< a non-2xx status
        Provider,   //!< an error object inside a 200 response or stream
        Protocol,   //!< malformed stream: bad JSON, invalid UTF-8, oversized line
        Cancelled,
    };

    Kind kind = Kind::None;
    int httpStatus = 0;
    QString type;    //!< provider error type, e.g. "overloaded_error", "rate_limit_exceeded"
    QString message; //!< never contains a key

    bool isError() const { return kind != Kind::None; }
    friend bool operator==(const ChatError &, const ChatError &) = default;
};

/*! \brief The outcome of one logical request: exactly one per request, after any retries. */
struct ChatResult
{
    QString model;
    QList<ChatChoice> choices;
    Usage usage;
    ChatError error;
    int attempts = 0;
    qint64 latencyMs = -1;          //!< request start to end of the successful attempt
    qint64 timeToFirstTokenMs = -1; //!< request start to first content or reasoning delta

    /*! Complete when there was no error and every choice finished normally. */
    bool isComplete() const;
};

QString finishReasonName(FinishReason reason);

} // namespace Seedbed::Llm
