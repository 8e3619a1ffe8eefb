#pragma once

#include "models/llm/chattypes.h"

#include <QByteArrayView>
#include <QList>

#include <memory>

namespace Seedbed::Llm {

/*! \brief Turns the body of a chat response, fed in arbitrary pieces as it arrives, into
    content and reasoning deltas and a ChatResult. One per attempt; not a QObject, not
    thread-safe, cheap to create.

    Streaming bodies are SSE (OpenAI-compatible, Anthropic) or NDJSON (Ollama native);
    a non-streaming body is one JSON document. The parser keeps reasoning apart from
    content (reasoning_content / reasoning / thinking fields and inline <think>…</think>),
    records usage and finish reasons, and reports protocol errors (invalid UTF-8, bad JSON,
    oversized lines) and provider errors (error objects inside a 200 response). */
class StreamParser
{
public:
    struct Delta
    {
        int choice = 0;
        QString content;
        QString reasoning;

        friend bool operator==(const Delta &, const Delta &) = default;
    };

    /*! \a maxLineBytes caps one SSE/NDJSON line (and a whole non-streaming body). */
    StreamParser(Protocol protocol, bool streaming, qsizetype maxLineBytes = 8 * 1024 * 1024);
    ~StreamParser();
    StreamParser(const StreamParser &) = delete;
    StreamParser &operator=(const StreamParser &) = delete;

    /*! Consumes the next piece of the body; returns the deltas it completed. After an error
        (see result().error) further input is ignored. */
    QList<Delta> feed(QByteArrayView bytes);
    /*! The body has ended. A stream without its end marker ([DONE], message_stop,
        done: true) marks unfinished choices as Truncated. Returns any last deltas. */
    QList<Delta> finish();

    /*! Everything known so far: choices with accumulated text, usage, error. */
    const ChatResult &result() const;
    bool hasError() const;
    /*! Whether the body ended properly (its end marker was seen, or a full JSON body). */
    bool isFinished() const;

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace Seedbed::Llm
