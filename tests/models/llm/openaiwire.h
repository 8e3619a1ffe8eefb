#pragma once

// Byte-exact OpenAI-compatible streamed responses for the loopback tests: events, usage
// chunks, [DONE], and a Script that sends a body as HTTP chunks.

#include "loopbackserver.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QStringList>

#include <algorithm>

namespace Seedbed::Test {

inline QByteArray json(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

// --- OpenAI-compatible SSE ---------------------------------------------------------------------

inline QByteArray openAiEvent(const QByteArray &delta, const QByteArray &finish = "null",
                              const QByteArray &eol = "\n")
{
    return "data: {\"id\":\"chatcmpl-1\",\"object\":\"chat.completion.chunk\",\"created\":"
           "1700000000,\"model\":\"gpt-test\",\"choices\":[{\"index\":0,\"delta\":" +
           delta + ",\"finish_reason\":" + finish + "}]}" + eol + eol;
}

inline QByteArray contentDelta(const QString &text)
{
    return json({{"content", text}});
}

inline QByteArray openAiUsage(int prompt, int completion, const QByteArray &eol = "\n")
{
    return "data: {\"id\":\"chatcmpl-1\",\"object\":\"chat.completion.chunk\",\"created\":"
           "1700000000,\"model\":\"gpt-test\",\"choices\":[],\"usage\":{\"prompt_tokens\":" +
           QByteArray::number(prompt) + ",\"completion_tokens\":" + QByteArray::number(completion) +
           ",\"total_tokens\":" + QByteArray::number(prompt + completion) + "}}" + eol + eol;
}

inline QByteArray openAiStream(const QStringList &pieces, bool usage = true, bool done = true)
{
    QByteArray body = openAiEvent(R"({"role":"assistant","content":""})");
    for (const QString &piece : pieces)
        body += openAiEvent(contentDelta(piece));
    if (done) {
        body += openAiEvent("{}", "\"stop\"");
        if (usage)
            body += openAiUsage(10, int(pieces.size()));
        body += "data: [DONE]\n\n";
    }
    return body;
}

// The body as a chunked response, one HTTP chunk per piece between \a cuts, \a gapMs apart.
inline Script streamed(const QByteArray &body, QList<qsizetype> cuts = {}, int gapMs = 0,
                       const QByteArray &contentType = "text/event-stream")
{
    Script script;
    script.write(streamHead(contentType));
    std::sort(cuts.begin(), cuts.end());
    cuts.append(body.size());
    qsizetype from = 0;
    for (const qsizetype cut : cuts) {
        const QByteArray piece = body.mid(from, cut - from);
        if (piece.isEmpty())
            continue;
        if (from > 0 && gapMs > 0)
            script.wait(gapMs);
        script.write(chunked(piece));
        from = cut;
    }
    script.write(lastChunk());
    return script;
}

} // namespace Seedbed::Test
