#include "models/llm/streamparser.h"

#include <QFile>
#include <QMap>
#include <QTest>

using namespace Seedbed::Llm;

namespace {

struct Expectation
{
    QString model;
    QList<ChatChoice> choices;
    Usage usage;
    ChatError::Kind errorKind = ChatError::Kind::None;
    QString errorType;
    bool finished = false;
};

// Everything observable after feeding a body: the result and what the deltas added up to.
struct Outcome
{
    ChatResult result;
    bool finished = false;
    bool hasError = false;
    QMap<int, QString> deltaContent;
    QMap<int, QString> deltaReasoning;
    int deltaCount = 0;
};

QByteArray readData(const QString &name)
{
    QFile file(QStringLiteral(SEEDBED_TEST_DATA "/llm/") + name);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot open test data %s", qPrintable(file.fileName()));
    return file.readAll();
}

// The same stream with other line ends; JSON never holds a raw line break.
QByteArray withLineEnds(QByteArray bytes, const QByteArray &ending)
{
    bytes.replace("\r\n", "\n");
    bytes.replace("\n", ending);
    return bytes;
}

void collect(Outcome &outcome, const QList<StreamParser::Delta> &deltas)
{
    for (const StreamParser::Delta &delta : deltas) {
        outcome.deltaContent[delta.choice] += delta.content;
        outcome.deltaReasoning[delta.choice] += delta.reasoning;
        ++outcome.deltaCount;
    }
}

Outcome feedPieces(Protocol protocol, bool streaming, const QList<QByteArrayView> &pieces,
                   qsizetype maxLineBytes = 8 * 1024 * 1024)
{
    StreamParser parser(protocol, streaming, maxLineBytes);
    Outcome outcome;
    for (const QByteArrayView piece : pieces)
        collect(outcome, parser.feed(piece));
    collect(outcome, parser.finish());
    collect(outcome, parser.finish()); // a second finish() adds nothing
    outcome.result = parser.result();
    outcome.finished = parser.isFinished();
    outcome.hasError = parser.hasError();
    return outcome;
}

Outcome feedWhole(Protocol protocol, bool streaming, const QByteArray &bytes)
{
    return feedPieces(protocol, streaming, {bytes});
}

QString describe(const ChatResult &result)
{
    QStringList parts;
    parts << QStringLiteral("model=%1").arg(result.model);
    for (const ChatChoice &choice : result.choices) {
        parts << QStringLiteral("choice %1: content=[%2] reasoning=[%3] finish=%4 raw=%5")
                     .arg(choice.index)
                     .arg(choice.content, choice.reasoning, finishReasonName(choice.finish),
                          choice.rawFinishReason);
    }
    parts << QStringLiteral("usage=%1/%2/%3")
                 .arg(result.usage.promptTokens)
                 .arg(result.usage.completionTokens)
                 .arg(result.usage.reasoningTokens);
    parts << QStringLiteral("error=%1 %2 %3")
                 .arg(int(result.error.kind))
                 .arg(result.error.type, result.error.message);
    return parts.join(QLatin1Char('\n'));
}

// The first difference between two outcomes, or an empty string.
QString difference(const Outcome &a, const Outcome &b)
{
    if (a.result.model != b.result.model || a.result.choices != b.result.choices ||
        a.result.usage != b.result.usage || a.result.error != b.result.error ||
        a.finished != b.finished || a.hasError != b.hasError || a.deltaContent != b.deltaContent ||
        a.deltaReasoning != b.deltaReasoning) {
        return QStringLiteral("expected:\n%1\nfinished=%2\ngot:\n%3\nfinished=%4")
            .arg(describe(a.result))
            .arg(a.finished)
            .arg(describe(b.result))
            .arg(b.finished);
    }
    return QString();
}

// Deltas add up to the accumulated choices (except what an error cut short).
QString deltasMatchResult(const Outcome &outcome)
{
    for (const ChatChoice &choice : outcome.result.choices) {
        if (outcome.deltaContent.value(choice.index) != choice.content)
            return QStringLiteral("content deltas of choice %1 differ").arg(choice.index);
        if (outcome.deltaReasoning.value(choice.index) != choice.reasoning)
            return QStringLiteral("reasoning deltas of choice %1 differ").arg(choice.index);
    }
    return QString();
}

ChatChoice choice(int index, const QString &content, const QString &reasoning, FinishReason finish,
                  const QString &raw = QString())
{
    return ChatChoice{index, content, reasoning, finish, raw};
}

Usage usage(qint64 prompt, qint64 completion, qint64 reasoning = -1)
{
    return Usage{prompt, completion, reasoning, false};
}

QByteArray openAiChunk(const QByteArray &delta, const QByteArray &finish = "null", int index = 0)
{
    return "data: {\"id\":\"x\",\"object\":\"chat.completion.chunk\",\"model\":\"m\",\"choices\":"
           "[{\"index\":" +
           QByteArray::number(index) + ",\"delta\":" + delta + ",\"finish_reason\":" + finish +
           "}]}\n\n";
}

QByteArray openAiContent(const QString &text)
{
    QByteArray escaped = text.toUtf8();
    escaped.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n");
    return openAiChunk("{\"content\":\"" + escaped + "\"}");
}

QByteArray anthropicEvent(const QByteArray &name, const QByteArray &data)
{
    return "event: " + name + "\ndata: " + data + "\n\n";
}

} // namespace

Q_DECLARE_METATYPE(Expectation)
Q_DECLARE_METATYPE(Seedbed::Llm::FinishReason)

class TestStreamParser : public QObject
{
    Q_OBJECT

private slots:
    void recordedStreams_data();
    void recordedStreams();
    void inlineThinkSplitEverywhere_data();
    void inlineThinkSplitEverywhere();
    void laterThinkIsContent();
    void invalidUtf8IsProtocolError_data();
    void invalidUtf8IsProtocolError();
    void oversizedLineIsProtocolError_data();
    void oversizedLineIsProtocolError();
    void badJsonChunkIsProtocolError();
    void finishReasons_data();
    void finishReasons();
    void anthropicStopReasons_data();
    void anthropicStopReasons();
    void missingDoneWithEveryChoiceFinished();
    void emptyStreamIsTruncated();
    void streamWithoutUsageLeavesMinusOne();
    void inputAfterEndMarkerIsIgnored();
    void deltasOfOneFeedAreMerged();
    void endMarkerReleasesHeldBackText();
    void openAiErrorEvent();
    void errorMarksUnfinishedChoices();
    void jsonBodyInsteadOfStream();
    void ollamaLastLineWithoutLineBreak_data();
    void ollamaLastLineWithoutLineBreak();
    void ollamaDoneWithoutReason();
    void nonStreamingBodies_data();
    void nonStreamingBodies();
    void nonStreamingBodyErrors_data();
    void nonStreamingBodyErrors();
};

void TestStreamParser::recordedStreams_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<int>("protocol");
    QTest::addColumn<Expectation>("expected");

    const QString seedling = QStringLiteral("{\"name\": \"小苗\", \"emoji\": \"🌱\", \"note\": "
                                            "\"a \\\"quoted\\\" {brace}\"}");
    Expectation deepseek{QStringLiteral("deepseek-reasoner"),
                         {choice(0, seedling, QStringLiteral("用户想要一个种子🌱。 Let me answer."),
                                 FinishReason::Complete, QStringLiteral("stop"))},
                         usage(12, 40, 31),
                         ChatError::Kind::None,
                         QString(),
                         true};
    Expectation n2{QStringLiteral("gpt-4o-mini-2024-07-18"),
                   {choice(0, QStringLiteral("Roses 🌹 grow"), QString(), FinishReason::Complete,
                           QStringLiteral("stop")),
                    choice(1, QStringLiteral("Tulips bloom 春天"), QString(),
                           FinishReason::Truncated, QStringLiteral("length"))},
                   usage(9, 8, 0),
                   ChatError::Kind::None,
                   QString(),
                   true};
    Expectation error{QStringLiteral("qwen-plus"),
                      {choice(0, QStringLiteral("部分"), QString(), FinishReason::Error)},
                      Usage(),
                      ChatError::Kind::Provider,
                      QStringLiteral("server_error"),
                      false};
    Expectation truncated{
        QStringLiteral("llama-3.1-8b-instruct"),
        {choice(0, QStringLiteral("Once upon a time 🕰️"), QString(), FinishReason::Truncated)},
        Usage(),
        ChatError::Kind::None,
        QString(),
        false};
    Expectation think{QStringLiteral("qwq:32b"),
                      {choice(0, QStringLiteral("Answer: use <think> tags literally."),
                              QStringLiteral("\nWeigh the options."), FinishReason::Truncated,
                              QStringLiteral("length"))},
                      Usage(),
                      ChatError::Kind::None,
                      QString(),
                      true};
    Expectation crlf{QStringLiteral("Qwen/Qwen2.5-7B-Instruct"),
                     {choice(0, QStringLiteral("你好！👋"), QString(), FinishReason::Complete,
                             QStringLiteral("stop"))},
                     Usage(),
                     ChatError::Kind::None,
                     QString(),
                     true};
    Expectation ollama{
        QStringLiteral("qwen3:8b"),
        {choice(0, QStringLiteral("种子长成了 🌳"), QStringLiteral("想一想……🤔"),
                FinishReason::Complete, QStringLiteral("stop"))},
        usage(26, 282),
        ChatError::Kind::None,
        QString(),
        true};
    Expectation ollamaError{QStringLiteral("qwen3:8b"),
                            {choice(0, QStringLiteral("Hello"), QString(), FinishReason::Error)},
                            Usage(),
                            ChatError::Kind::Provider,
                            QString(),
                            false};
    Expectation anthropic{QStringLiteral("claude-sonnet-4-5-20250929"),
                          {choice(0, QStringLiteral("你好！ Nice to meet you 🌱"),
                                  QStringLiteral("The user greets in 中文; answer kindly."),
                                  FinishReason::Complete, QStringLiteral("end_turn"))},
                          usage(472, 17),
                          ChatError::Kind::None,
                          QString(),
                          true};
    Expectation overloaded{QStringLiteral("claude-3-5-haiku-20241022"),
                           {choice(0, QStringLiteral("Hi"), QString(), FinishReason::Error)},
                           usage(25, 1),
                           ChatError::Kind::Provider,
                           QStringLiteral("overloaded_error"),
                           false};

    const struct
    {
        const char *file;
        Protocol protocol;
        Expectation expected;
    } rows[] = {
        {"openai-stream.txt", Protocol::OpenAiCompatible, deepseek},
        {"openai-n2.txt", Protocol::OpenAiCompatible, n2},
        {"openai-error.txt", Protocol::OpenAiCompatible, error},
        {"openai-truncated.txt", Protocol::OpenAiCompatible, truncated},
        {"openai-think.txt", Protocol::OpenAiCompatible, think},
        {"openai-crlf.txt", Protocol::OpenAiCompatible, crlf},
        {"ollama-stream.ndjson", Protocol::OllamaNative, ollama},
        {"ollama-error.ndjson", Protocol::OllamaNative, ollamaError},
        {"anthropic-stream.txt", Protocol::Anthropic, anthropic},
        {"anthropic-overloaded.txt", Protocol::Anthropic, overloaded},
    };
    for (const auto &row : rows) {
        for (const char *ending : {"as recorded", "LF", "CRLF", "CR"}) {
            QTest::addRow("%s %s", row.file, ending)
                << QString::fromLatin1(row.file) << int(row.protocol) << row.expected;
        }
    }
}

/* Each recorded stream, fed whole, gives the expected result; split in two at every byte
   offset, and fed byte by byte, it gives exactly the same result and deltas. */
void TestStreamParser::recordedStreams()
{
    QFETCH(QString, file);
    QFETCH(int, protocol);
    QFETCH(Expectation, expected);

    QByteArray bytes = readData(file);
    const QByteArray tag = QTest::currentDataTag();
    if (tag.endsWith(" LF"))
        bytes = withLineEnds(bytes, "\n");
    else if (tag.endsWith(" CRLF"))
        bytes = withLineEnds(bytes, "\r\n");
    else if (tag.endsWith(" CR"))
        bytes = withLineEnds(bytes, "\r");
    const auto p = Protocol(protocol);

    const Outcome whole = feedWhole(p, true, bytes);
    QVERIFY2(whole.hasError == (expected.errorKind != ChatError::Kind::None),
             qPrintable(describe(whole.result)));
    QCOMPARE(whole.result.model, expected.model);
    QCOMPARE(whole.result.choices.size(), expected.choices.size());
    for (qsizetype i = 0; i < expected.choices.size(); ++i) {
        const ChatChoice &got = whole.result.choices.at(i);
        const ChatChoice &want = expected.choices.at(i);
        QCOMPARE(got.index, want.index);
        QCOMPARE(got.content, want.content);
        QCOMPARE(got.reasoning, want.reasoning);
        QCOMPARE(finishReasonName(got.finish), finishReasonName(want.finish));
        QCOMPARE(got.rawFinishReason, want.rawFinishReason);
    }
    QCOMPARE(whole.result.usage, expected.usage);
    QCOMPARE(int(whole.result.error.kind), int(expected.errorKind));
    QCOMPARE(whole.result.error.type, expected.errorType);
    if (expected.errorKind != ChatError::Kind::None)
        QVERIFY(!whole.result.error.message.isEmpty());
    QCOMPARE(whole.finished, expected.finished);
    QCOMPARE(
        whole.result.isComplete(),
        expected.errorKind == ChatError::Kind::None &&
            std::all_of(expected.choices.cbegin(), expected.choices.cend(),
                        [](const ChatChoice &c) { return c.finish == FinishReason::Complete; }));
    if (expected.errorKind == ChatError::Kind::None) {
        const QString mismatch = deltasMatchResult(whole);
        QVERIFY2(mismatch.isEmpty(), qPrintable(mismatch));
    }

    for (qsizetype offset = 0; offset <= bytes.size(); ++offset) {
        const QByteArrayView view(bytes);
        const Outcome split = feedPieces(p, true, {view.first(offset), view.sliced(offset)});
        const QString diff = difference(whole, split);
        QVERIFY2(diff.isEmpty(),
                 qPrintable(QStringLiteral("split at %1: %2").arg(offset).arg(diff)));
    }

    QList<QByteArrayView> bytewise;
    for (qsizetype i = 0; i < bytes.size(); ++i)
        bytewise.append(QByteArrayView(bytes).sliced(i, 1));
    const Outcome single = feedPieces(p, true, bytewise);
    const QString diff = difference(whole, single);
    QVERIFY2(diff.isEmpty(), qPrintable(QStringLiteral("byte by byte: %1").arg(diff)));
}

void TestStreamParser::inlineThinkSplitEverywhere_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("content");
    QTest::addColumn<QString>("reasoning");

    QTest::newRow("think then answer")
        << QStringLiteral("<think>Plan: 种子🌱</think>\n\n{\"a\": 1}")
        << QStringLiteral("{\"a\": 1}") << QStringLiteral("Plan: 种子🌱");
    QTest::newRow("white space before the tag") << QStringLiteral("\n  <think>x</think>answer")
                                                << QStringLiteral("answer") << QStringLiteral("x");
    QTest::newRow("unclosed think is all reasoning")
        << QStringLiteral("<think>still thinking") << QString() << QStringLiteral("still thinking");
    QTest::newRow("almost a tag is content")
        << QStringLiteral("<thinking>no</thinking>") << QStringLiteral("<thinking>no</thinking>")
        << QString();
    QTest::newRow("a lone prefix is content")
        << QStringLiteral("<thi") << QStringLiteral("<thi") << QString();
    QTest::newRow("close tag look-alikes inside reasoning")
        << QStringLiteral("<think>a </thin b </think>c") << QStringLiteral("c")
        << QStringLiteral("a </thin b ");
    QTest::newRow("plain answer") << QStringLiteral("Just text.") << QStringLiteral("Just text.")
                                  << QString();
}

/* The content is delivered as three deltas, cut at every pair of character positions: the
   tags may be split anywhere, the result never changes. */
void TestStreamParser::inlineThinkSplitEverywhere()
{
    QFETCH(QString, text);
    QFETCH(QString, content);
    QFETCH(QString, reasoning);

    // A delta always holds whole characters (the wire is UTF-8): never cut a surrogate pair.
    auto insidePair = [&](qsizetype at) {
        return at < text.size() && text.at(at).isLowSurrogate();
    };
    for (qsizetype first = 0; first <= text.size(); ++first) {
        for (qsizetype second = first; second <= text.size(); ++second) {
            if (insidePair(first) || insidePair(second))
                continue;
            const QByteArray stream = openAiContent(text.first(first)) +
                                      openAiContent(text.sliced(first, second - first)) +
                                      openAiContent(text.sliced(second)) +
                                      openAiChunk("{}", "\"stop\"") + "data: [DONE]\n\n";
            const Outcome outcome = feedWhole(Protocol::OpenAiCompatible, true, stream);
            QVERIFY(!outcome.hasError);
            QCOMPARE(outcome.result.choices.size(), 1);
            QCOMPARE(outcome.result.choices.first().content, content);
            QCOMPARE(outcome.result.choices.first().reasoning, reasoning);
            QCOMPARE(outcome.deltaContent.value(0), content);
            QCOMPARE(outcome.deltaReasoning.value(0), reasoning);
        }
    }
}

void TestStreamParser::laterThinkIsContent()
{
    const QByteArray stream = openAiContent(QStringLiteral("Tags such as ")) +
                              openAiContent(QStringLiteral("<think>x</think> are fine.")) +
                              openAiChunk("{}", "\"stop\"") + "data: [DONE]\n\n";
    const Outcome outcome = feedWhole(Protocol::OpenAiCompatible, true, stream);
    QCOMPARE(outcome.result.choices.first().content,
             QStringLiteral("Tags such as <think>x</think> are fine."));
    QVERIFY(outcome.result.choices.first().reasoning.isEmpty());
    QVERIFY(outcome.result.isComplete());
}

void TestStreamParser::invalidUtf8IsProtocolError_data()
{
    QTest::addColumn<int>("protocol");
    QTest::addColumn<bool>("streaming");
    QTest::addColumn<QByteArray>("body");

    const QByteArray good = openAiContent(QStringLiteral("ok"));
    QTest::newRow("openai 0xff")
        << int(Protocol::OpenAiCompatible) << true
        << good + "data: {\"choices\":[{\"index\":0,\"delta\":{\"content\":\"\xff\"}}]}\n\n";
    QTest::newRow("openai overlong slash")
        << int(Protocol::OpenAiCompatible) << true
        << good + "data: {\"choices\":[{\"index\":0,\"delta\":{\"content\":\"\xc0\xaf\"}}]}\n\n";
    QTest::newRow("openai surrogate")
        << int(Protocol::OpenAiCompatible) << true
        << good +
               "data: {\"choices\":[{\"index\":0,\"delta\":{\"content\":\"\xed\xa0\x80\"}}]}\n\n";
    QTest::newRow("openai truncated sequence at line end")
        << int(Protocol::OpenAiCompatible) << true << good + "data: {\"x\":\"\xe7\xa7\"}\n\n";
    QTest::newRow("openai in a comment")
        << int(Protocol::OpenAiCompatible) << true << QByteArray(": \xfe\n\n") + good;
    QTest::newRow("ollama") << int(Protocol::OllamaNative) << true
                            << QByteArray("{\"message\":{\"content\":\"\xf5\x80\x80\x80\"},"
                                          "\"done\":false}\n");
    QTest::newRow("anthropic") << int(Protocol::Anthropic) << true
                               << anthropicEvent("content_block_delta",
                                                 "{\"delta\":{\"type\":\"text_delta\",\"text\":"
                                                 "\"\xf4\x90\x80\x80\"}}");
    QTest::newRow("non-streaming body") << int(Protocol::OpenAiCompatible) << false
                                        << QByteArray("{\"choices\":[{\"message\":{\"content\":"
                                                      "\"\x80\"}}]}");
}

void TestStreamParser::invalidUtf8IsProtocolError()
{
    QFETCH(int, protocol);
    QFETCH(bool, streaming);
    QFETCH(QByteArray, body);

    const Outcome outcome = feedWhole(Protocol(protocol), streaming, body);
    QVERIFY(outcome.hasError);
    QCOMPARE(outcome.result.error.kind, ChatError::Kind::Protocol);
    QVERIFY2(outcome.result.error.message.contains(QLatin1String("UTF-8")),
             qPrintable(outcome.result.error.message));
    QVERIFY(!outcome.result.isComplete());
    // Nothing was silently replaced.
    for (const ChatChoice &choice : outcome.result.choices)
        QVERIFY(!choice.content.contains(QChar::ReplacementCharacter));
}

void TestStreamParser::oversizedLineIsProtocolError_data()
{
    QTest::addColumn<int>("protocol");
    QTest::addColumn<bool>("streaming");
    QTest::addColumn<QByteArray>("prefix");

    QTest::newRow("sse") << int(Protocol::OpenAiCompatible) << true << QByteArray("data: ");
    QTest::newRow("ndjson") << int(Protocol::OllamaNative) << true << QByteArray("{\"x\":\"");
    QTest::newRow("anthropic") << int(Protocol::Anthropic) << true << QByteArray("data: ");
    QTest::newRow("body") << int(Protocol::OpenAiCompatible) << false << QByteArray("{\"x\":\"");
}

/* A hostile server sends one endless line: the parser gives up once the cap is passed and
   ignores the rest instead of buffering it. */
void TestStreamParser::oversizedLineIsProtocolError()
{
    QFETCH(int, protocol);
    QFETCH(bool, streaming);
    QFETCH(QByteArray, prefix);

    constexpr qsizetype cap = 4096;
    StreamParser parser(Protocol(protocol), streaming, cap);
    parser.feed(prefix);
    const QByteArray piece(1024, 'a');
    int fed = 0;
    while (!parser.hasError() && fed < 100) {
        parser.feed(piece);
        ++fed;
    }
    QVERIFY(parser.hasError());
    QVERIFY2(fed <= cap / piece.size() + 1, qPrintable(QString::number(fed)));
    QCOMPARE(parser.result().error.kind, ChatError::Kind::Protocol);
    QVERIFY(parser.result().error.message.contains(QString::number(cap)));
    // Further input and finish() change nothing.
    QVERIFY(parser.feed("\n\n").isEmpty());
    parser.finish();
    QCOMPARE(parser.result().error.kind, ChatError::Kind::Protocol);
}

void TestStreamParser::badJsonChunkIsProtocolError()
{
    const QByteArray stream =
        openAiContent(QStringLiteral("ok")) +
        "data: {\"choices\":[{\"index\":0,\"delta\":{\"content\":\"a\",}}]}\n\n";
    const Outcome outcome = feedWhole(Protocol::OpenAiCompatible, true, stream);
    QCOMPARE(outcome.result.error.kind, ChatError::Kind::Protocol);
    QVERIFY2(outcome.result.error.message.contains(QLatin1String("JSON")),
             qPrintable(outcome.result.error.message));
    QCOMPARE(outcome.result.choices.first().finish, FinishReason::Error);
}

void TestStreamParser::finishReasons_data()
{
    QTest::addColumn<QByteArray>("reason");
    QTest::addColumn<FinishReason>("finish");

    QTest::newRow("stop") << QByteArray("stop") << FinishReason::Complete;
    QTest::newRow("length") << QByteArray("length") << FinishReason::Truncated;
    QTest::newRow("content_filter") << QByteArray("content_filter") << FinishReason::ContentFilter;
    QTest::newRow("tool_calls") << QByteArray("tool_calls") << FinishReason::ToolCall;
    QTest::newRow("deepseek resources")
        << QByteArray("insufficient_system_resource") << FinishReason::Truncated;
    QTest::newRow("glm sensitive") << QByteArray("sensitive") << FinishReason::ContentFilter;
    QTest::newRow("unknown") << QByteArray("something_new") << FinishReason::Unknown;
}

void TestStreamParser::finishReasons()
{
    QFETCH(QByteArray, reason);
    QFETCH(FinishReason, finish);

    const QByteArray stream = openAiContent(QStringLiteral("x")) +
                              openAiChunk("{}", "\"" + reason + "\"") + "data: [DONE]\n\n";
    const Outcome streamed = feedWhole(Protocol::OpenAiCompatible, true, stream);
    QCOMPARE(streamed.result.choices.first().finish, finish);
    QCOMPARE(streamed.result.choices.first().rawFinishReason, QString::fromLatin1(reason));

    const QByteArray body = "{\"choices\":[{\"index\":0,\"message\":{\"role\":\"assistant\","
                            "\"content\":\"x\"},\"finish_reason\":\"" +
                            reason + "\"}]}";
    const Outcome whole = feedWhole(Protocol::OpenAiCompatible, false, body);
    QCOMPARE(whole.result.choices.first().finish, finish);
}

void TestStreamParser::anthropicStopReasons_data()
{
    QTest::addColumn<QByteArray>("reason");
    QTest::addColumn<FinishReason>("finish");

    QTest::newRow("end_turn") << QByteArray("end_turn") << FinishReason::Complete;
    QTest::newRow("stop_sequence") << QByteArray("stop_sequence") << FinishReason::Complete;
    QTest::newRow("max_tokens") << QByteArray("max_tokens") << FinishReason::Truncated;
    QTest::newRow("refusal") << QByteArray("refusal") << FinishReason::ContentFilter;
    QTest::newRow("tool_use") << QByteArray("tool_use") << FinishReason::ToolCall;
}

void TestStreamParser::anthropicStopReasons()
{
    QFETCH(QByteArray, reason);
    QFETCH(FinishReason, finish);

    const QByteArray stream =
        anthropicEvent("message_start",
                       "{\"type\":\"message_start\",\"message\":{\"model\":\"c\",\"usage\":"
                       "{\"input_tokens\":5,\"output_tokens\":1}}}") +
        anthropicEvent("content_block_delta",
                       "{\"type\":\"content_block_delta\",\"index\":0,\"delta\":{\"type\":"
                       "\"text_delta\",\"text\":\"x\"}}") +
        anthropicEvent("message_delta",
                       "{\"type\":\"message_delta\",\"delta\":{\"stop_reason\":\"" + reason +
                           "\"},\"usage\":{\"output_tokens\":2}}") +
        anthropicEvent("message_stop", "{\"type\":\"message_stop\"}");
    const Outcome outcome = feedWhole(Protocol::Anthropic, true, stream);
    QCOMPARE(outcome.result.choices.first().finish, finish);
    QCOMPARE(outcome.result.usage, usage(5, 2));
    QVERIFY(outcome.finished);

    const QByteArray body = "{\"type\":\"message\",\"model\":\"c\",\"content\":[{\"type\":\"text\","
                            "\"text\":\"x\"}],\"stop_reason\":\"" +
                            reason + "\",\"usage\":{\"input_tokens\":5,\"output_tokens\":2}}";
    const Outcome whole = feedWhole(Protocol::Anthropic, false, body);
    QCOMPARE(whole.result.choices.first().finish, finish);
}

void TestStreamParser::missingDoneWithEveryChoiceFinished()
{
    // Every choice said why it ended; only [DONE] is missing: complete, but not "finished".
    const QByteArray stream = openAiContent(QStringLiteral("x")) + openAiChunk("{}", "\"stop\"");
    const Outcome outcome = feedWhole(Protocol::OpenAiCompatible, true, stream);
    QVERIFY(outcome.result.isComplete());
    QVERIFY(!outcome.finished);

    // The same for Anthropic without message_stop.
    const QByteArray anthropic =
        anthropicEvent("content_block_delta",
                       "{\"type\":\"content_block_delta\",\"delta\":{\"type\":\"text_delta\","
                       "\"text\":\"x\"}}") +
        anthropicEvent("message_delta", "{\"delta\":{\"stop_reason\":\"end_turn\"}}");
    QVERIFY(feedWhole(Protocol::Anthropic, true, anthropic).result.isComplete());

    // Two choices, one unfinished: that one is truncated, the other stays complete.
    const QByteArray two = openAiChunk("{\"content\":\"a\"}", "\"stop\"", 0) +
                           openAiChunk("{\"content\":\"b\"}", "null", 1);
    const Outcome mixed = feedWhole(Protocol::OpenAiCompatible, true, two);
    QCOMPARE(mixed.result.choices.at(0).finish, FinishReason::Complete);
    QCOMPARE(mixed.result.choices.at(1).finish, FinishReason::Truncated);
    QVERIFY(!mixed.result.isComplete());
}

void TestStreamParser::emptyStreamIsTruncated()
{
    for (const Protocol protocol :
         {Protocol::OpenAiCompatible, Protocol::OllamaNative, Protocol::Anthropic}) {
        const Outcome outcome = feedWhole(protocol, true, QByteArray());
        QVERIFY(!outcome.hasError);
        QCOMPARE(outcome.result.choices.size(), 1);
        QCOMPARE(outcome.result.choices.first().finish, FinishReason::Truncated);
        QVERIFY(!outcome.result.isComplete());
    }
}

void TestStreamParser::streamWithoutUsageLeavesMinusOne()
{
    const QByteArray stream =
        openAiContent(QStringLiteral("x")) + openAiChunk("{}", "\"stop\"") + "data: [DONE]\n\n";
    const Outcome outcome = feedWhole(Protocol::OpenAiCompatible, true, stream);
    QCOMPARE(outcome.result.usage, Usage());
    QVERIFY(!outcome.result.usage.estimated);
}

void TestStreamParser::inputAfterEndMarkerIsIgnored()
{
    StreamParser parser(Protocol::OpenAiCompatible, true);
    parser.feed(openAiContent(QStringLiteral("x")) + openAiChunk("{}", "\"stop\"") +
                "data: [DONE]\n\ndata: {broken\n\n");
    QVERIFY(parser.isFinished());
    QVERIFY(parser.feed("\xff\xff\n\n").isEmpty());
    parser.finish();
    QVERIFY(!parser.hasError());
    QVERIFY(parser.result().isComplete());
}

void TestStreamParser::deltasOfOneFeedAreMerged()
{
    StreamParser parser(Protocol::OpenAiCompatible, true);
    const QList<StreamParser::Delta> deltas = parser.feed(
        openAiChunk("{\"reasoning_content\":\"r1\"}") +
        openAiChunk("{\"reasoning_content\":\"r2\"}") + openAiContent(QStringLiteral("c1")) +
        openAiContent(QStringLiteral("c2")) + openAiChunk("{\"content\":\"b\"}", "null", 1) +
        openAiContent(QStringLiteral("c3")));
    QCOMPARE(deltas.size(), 3);
    QCOMPARE(deltas.at(0),
             (StreamParser::Delta{0, QStringLiteral("c1c2"), QStringLiteral("r1r2")}));
    QCOMPARE(deltas.at(1), (StreamParser::Delta{1, QStringLiteral("b"), QString()}));
    QCOMPARE(deltas.at(2), (StreamParser::Delta{0, QStringLiteral("c3"), QString()}));
    // Reasoning after content is not merged into it: order is kept.
    const QList<StreamParser::Delta> more = parser.feed(
        openAiContent(QStringLiteral("c4")) + openAiChunk("{\"reasoning_content\":\"r3\"}"));
    QCOMPARE(more.size(), 2);
}

/* Text that might still become "<think>" is held back, but the end marker makes it final:
   the transport gets every delta from feed() and need not wait for finish(). */
void TestStreamParser::endMarkerReleasesHeldBackText()
{
    StreamParser parser(Protocol::OpenAiCompatible, true);
    QVERIFY(parser.feed(openAiContent(QStringLiteral("<thi"))).isEmpty());
    const QList<StreamParser::Delta> deltas =
        parser.feed(openAiChunk("{}", "\"stop\"") + "data: [DONE]\n\n");
    QCOMPARE(deltas, (QList<StreamParser::Delta>{{0, QStringLiteral("<thi"), QString()}}));
    QVERIFY(parser.isFinished());
    QVERIFY(parser.finish().isEmpty());
    QCOMPARE(parser.result().choices.first().content, QStringLiteral("<thi"));

    StreamParser ollama(Protocol::OllamaNative, true);
    ollama.feed("{\"message\":{\"content\":\"<think>abc</th\"},\"done\":false}\n");
    const QList<StreamParser::Delta> last = ollama.feed("{\"done\":true}\n");
    QCOMPARE(last, (QList<StreamParser::Delta>{{0, QString(), QStringLiteral("</th")}}));
}

void TestStreamParser::openAiErrorEvent()
{
    const QByteArray stream = "event: error\ndata: {\"message\":\"Rate limit reached\",\"type\":"
                              "\"rate_limit_exceeded\"}\n\n";
    const Outcome outcome = feedWhole(Protocol::OpenAiCompatible, true, stream);
    QCOMPARE(outcome.result.error.kind, ChatError::Kind::Provider);
    QCOMPARE(outcome.result.error.type, QStringLiteral("rate_limit_exceeded"));
    QCOMPARE(outcome.result.error.message, QStringLiteral("Rate limit reached"));

    // An error whose type is null falls back to its code.
    const QByteArray coded = "data: {\"error\":{\"message\":\"busy\",\"type\":null,\"code\":"
                             "\"rate_limit_exceeded\"}}\n\n";
    QCOMPARE(feedWhole(Protocol::OpenAiCompatible, true, coded).result.error.type,
             QStringLiteral("rate_limit_exceeded"));
}

void TestStreamParser::errorMarksUnfinishedChoices()
{
    const QByteArray stream =
        openAiChunk("{\"content\":\"a\"}", "\"stop\"", 0) +
        openAiChunk("{\"content\":\"b\"}", "null", 1) +
        "data: {\"error\":{\"message\":\"boom\",\"type\":\"server_error\"}}\n\n";
    const Outcome outcome = feedWhole(Protocol::OpenAiCompatible, true, stream);
    QCOMPARE(outcome.result.choices.at(0).finish, FinishReason::Complete);
    QCOMPARE(outcome.result.choices.at(1).finish, FinishReason::Error);
    QVERIFY(!outcome.result.isComplete());
}

/* A server that ignores "stream": true (or answers with a bare error object) sends one JSON
   document instead of events. */
void TestStreamParser::jsonBodyInsteadOfStream()
{
    const QByteArray error = "\n{\"error\":{\"message\":\"Invalid model\",\"type\":"
                             "\"invalid_request_error\",\"code\":\"model_not_found\"}}";
    const Outcome failed = feedWhole(Protocol::OpenAiCompatible, true, error);
    QCOMPARE(failed.result.error.kind, ChatError::Kind::Provider);
    QCOMPARE(failed.result.error.type, QStringLiteral("invalid_request_error"));
    QCOMPARE(failed.result.error.message, QStringLiteral("Invalid model"));

    const QByteArray whole = "{\"model\":\"m\",\"choices\":[{\"index\":0,\"message\":{\"content\":"
                             "\"hi\"},\"finish_reason\":\"stop\"}]}";
    const Outcome answered = feedWhole(Protocol::OpenAiCompatible, true, whole);
    QVERIFY(answered.result.isComplete());
    QCOMPARE(answered.deltaContent.value(0), QStringLiteral("hi"));

    const QByteArray anthropic = "{\"type\":\"error\",\"error\":{\"type\":\"overloaded_error\","
                                 "\"message\":\"Overloaded\"}}";
    QCOMPARE(feedWhole(Protocol::Anthropic, true, anthropic).result.error.type,
             QStringLiteral("overloaded_error"));
}

void TestStreamParser::ollamaLastLineWithoutLineBreak_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<FinishReason>("finish");
    QTest::addColumn<QString>("content");

    const QByteArray first = "{\"model\":\"m\",\"message\":{\"content\":\"a\"},\"done\":false}\n";
    const QByteArray last = "{\"model\":\"m\",\"message\":{\"content\":\"\"},\"done\":true,"
                            "\"done_reason\":\"stop\",\"eval_count\":1}";
    QTest::newRow("whole last line")
        << first + last << FinishReason::Complete << QStringLiteral("a");
    QTest::newRow("cut last line")
        << first + last.left(30) << FinishReason::Truncated << QStringLiteral("a");
    QTest::newRow("cut inside a character")
        << first + QByteArray("{\"message\":{\"content\":\"\xe7\xa7") << FinishReason::Truncated
        << QStringLiteral("a");
}

/* JSON lines delimit themselves: a last line without its line break counts when it parses,
   and a cut one is a truncation, not a protocol error. */
void TestStreamParser::ollamaLastLineWithoutLineBreak()
{
    QFETCH(QByteArray, body);
    QFETCH(FinishReason, finish);
    QFETCH(QString, content);

    const Outcome outcome = feedWhole(Protocol::OllamaNative, true, body);
    QVERIFY(!outcome.hasError);
    QCOMPARE(outcome.result.choices.first().finish, finish);
    QCOMPARE(outcome.result.choices.first().content, content);
}

void TestStreamParser::ollamaDoneWithoutReason()
{
    // Ollama before 0.1.33 sent "done": true without done_reason.
    const QByteArray body = "{\"message\":{\"content\":\"a\"},\"done\":false}\n"
                            "{\"message\":{\"content\":\"\"},\"done\":true}\n";
    const Outcome outcome = feedWhole(Protocol::OllamaNative, true, body);
    QVERIFY(outcome.result.isComplete());
    QVERIFY(outcome.finished);

    const QByteArray length = "{\"message\":{\"content\":\"a\"},\"done\":true,\"done_reason\":"
                              "\"length\"}\n";
    QCOMPARE(feedWhole(Protocol::OllamaNative, true, length).result.choices.first().finish,
             FinishReason::Truncated);
}

void TestStreamParser::nonStreamingBodies_data()
{
    QTest::addColumn<int>("protocol");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<Expectation>("expected");

    QTest::newRow("openai deepseek")
        << int(Protocol::OpenAiCompatible)
        << QByteArray("{\"id\":\"1\",\"object\":\"chat.completion\",\"created\":1,\"model\":"
                      "\"deepseek-reasoner\",\"choices\":[{\"index\":0,\"message\":{\"role\":"
                      "\"assistant\",\"content\":\"答案 🌱\",\"reasoning_content\":\"思考\"},"
                      "\"logprobs\":null,\"finish_reason\":\"stop\"}],\"usage\":{"
                      "\"prompt_tokens\":10,\"completion_tokens\":20,\"total_tokens\":30,"
                      "\"completion_tokens_details\":{\"reasoning_tokens\":5}}}")
        << Expectation{QStringLiteral("deepseek-reasoner"),
                       {choice(0, QStringLiteral("答案 🌱"), QStringLiteral("思考"),
                               FinishReason::Complete, QStringLiteral("stop"))},
                       usage(10, 20, 5),
                       ChatError::Kind::None,
                       QString(),
                       true};
    QTest::newRow("openai n=2 with inline think and reasoning field")
        << int(Protocol::OpenAiCompatible)
        << QByteArray("{\"model\":\"qwq\",\"choices\":[{\"index\":1,\"message\":{\"content\":"
                      "\"B\",\"reasoning\":\"rb\"},\"finish_reason\":\"length\"},{\"index\":0,"
                      "\"message\":{\"content\":\"<think>ra</think>\\n\\nA\"},\"finish_reason\":"
                      "\"stop\"}]}")
        << Expectation{QStringLiteral("qwq"),
                       {choice(0, QStringLiteral("A"), QStringLiteral("ra"), FinishReason::Complete,
                               QStringLiteral("stop")),
                        choice(1, QStringLiteral("B"), QStringLiteral("rb"),
                               FinishReason::Truncated, QStringLiteral("length"))},
                       Usage(),
                       ChatError::Kind::None,
                       QString(),
                       true};
    QTest::newRow("ollama")
        << int(Protocol::OllamaNative)
        << QByteArray("{\"model\":\"llama3.2\",\"created_at\":\"2025-01-01T00:00:00Z\","
                      "\"message\":{\"role\":\"assistant\",\"content\":\"Hello\",\"thinking\":"
                      "\"hm\"},\"done_reason\":\"stop\",\"done\":true,\"prompt_eval_count\":"
                      "26,\"eval_count\":3}")
        << Expectation{QStringLiteral("llama3.2"),
                       {choice(0, QStringLiteral("Hello"), QStringLiteral("hm"),
                               FinishReason::Complete, QStringLiteral("stop"))},
                       usage(26, 3),
                       ChatError::Kind::None,
                       QString(),
                       true};
    QTest::newRow("anthropic")
        << int(Protocol::Anthropic)
        << QByteArray("{\"id\":\"msg_1\",\"type\":\"message\",\"role\":\"assistant\",\"model\":"
                      "\"claude-sonnet-4-5\",\"content\":[{\"type\":\"thinking\",\"thinking\":"
                      "\"Let me see\",\"signature\":\"abc\"},{\"type\":\"text\",\"text\":"
                      "\"Hi \\ud83c\\udf31\"}],\"stop_reason\":\"max_tokens\",\"stop_sequence\":"
                      "null,\"usage\":{\"input_tokens\":12,\"output_tokens\":7}}")
        << Expectation{QStringLiteral("claude-sonnet-4-5"),
                       {choice(0, QStringLiteral("Hi 🌱"), QStringLiteral("Let me see"),
                               FinishReason::Truncated, QStringLiteral("max_tokens"))},
                       usage(12, 7),
                       ChatError::Kind::None,
                       QString(),
                       true};
    QTest::newRow("openai error object")
        << int(Protocol::OpenAiCompatible)
        << QByteArray("{\"error\":{\"message\":\"Incorrect API key provided.\",\"type\":"
                      "\"invalid_request_error\",\"param\":null,\"code\":\"invalid_api_key\"}}")
        << Expectation{QString(),
                       {},
                       Usage(),
                       ChatError::Kind::Provider,
                       QStringLiteral("invalid_request_error"),
                       false};
    QTest::newRow("ollama error") << int(Protocol::OllamaNative)
                                  << QByteArray("{\"error\":\"model 'x' not found\"}")
                                  << Expectation{QString(), {},
                                                 Usage(),   ChatError::Kind::Provider,
                                                 QString(), false};
    QTest::newRow("anthropic error")
        << int(Protocol::Anthropic)
        << QByteArray("{\"type\":\"error\",\"error\":{\"type\":\"rate_limit_error\",\"message\":"
                      "\"Number of request tokens has exceeded your per-minute rate limit\"}}")
        << Expectation{QString(),
                       {},
                       Usage(),
                       ChatError::Kind::Provider,
                       QStringLiteral("rate_limit_error"),
                       false};
}

void TestStreamParser::nonStreamingBodies()
{
    QFETCH(int, protocol);
    QFETCH(QByteArray, body);
    QFETCH(Expectation, expected);

    const Outcome whole = feedWhole(Protocol(protocol), false, body);
    QCOMPARE(whole.result.model, expected.model);
    QCOMPARE(whole.result.choices, expected.choices);
    QCOMPARE(whole.result.usage, expected.usage);
    QCOMPARE(int(whole.result.error.kind), int(expected.errorKind));
    QCOMPARE(whole.result.error.type, expected.errorType);
    QCOMPARE(whole.finished, expected.finished);
    if (!whole.hasError) {
        const QString mismatch = deltasMatchResult(whole);
        QVERIFY2(mismatch.isEmpty(), qPrintable(mismatch));
    }
    // A body in pieces is the same body.
    for (qsizetype offset = 0; offset <= body.size(); ++offset) {
        const QByteArrayView view(body);
        const Outcome split =
            feedPieces(Protocol(protocol), false, {view.first(offset), view.sliced(offset)});
        const QString diff = difference(whole, split);
        QVERIFY2(diff.isEmpty(), qPrintable(diff));
    }
}

void TestStreamParser::nonStreamingBodyErrors_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("mentions");

    QTest::newRow("empty") << QByteArray() << QStringLiteral("empty");
    QTest::newRow("white space") << QByteArray(" \n") << QStringLiteral("empty");
    QTest::newRow("cut") << QByteArray("{\"choices\":[") << QStringLiteral("JSON");
    QTest::newRow("html") << QByteArray("<html>502 Bad Gateway</html>") << QStringLiteral("JSON");
    QTest::newRow("array") << QByteArray("[1,2]") << QStringLiteral("object");
}

void TestStreamParser::nonStreamingBodyErrors()
{
    QFETCH(QByteArray, body);
    QFETCH(QString, mentions);

    const Outcome outcome = feedWhole(Protocol::OpenAiCompatible, false, body);
    QCOMPARE(outcome.result.error.kind, ChatError::Kind::Protocol);
    QVERIFY2(outcome.result.error.message.contains(mentions),
             qPrintable(outcome.result.error.message));
    QVERIFY(!outcome.finished);
}

QTEST_GUILESS_MAIN(TestStreamParser)
#include "tst_streamparser.moc"
