#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QString>

#include <optional>

namespace Seedbed::Llm {

/*! \brief Finds the JSON value in a model's answer before anything is called a parse
    failure.

    Models wrap JSON in Markdown fences (```json … ``` or bare ```), add prose before and
    after it, and reasoning models put <think>…</think> in front. The extractor removes the
    reasoning, looks inside fenced blocks first and then in the whole text, and returns the
    first top-level value of the wanted kind that parses; braces inside strings and escaped
    quotes do not confuse it. It repairs nothing: a trailing comma or a missing brace is a
    failure, and the message says what was found. The work is about linear in the length of
    the answer (bracket matches are remembered, the answer is converted to UTF-8 once); an
    answer built to need more (deep nesting, brackets hidden in endless strings) is given up
    with an explanation. Pure functions, thread-safe. */
class JsonExtractor
{
public:
    /*! What one extraction cost. Each stays about linear in the length of the answer (in
        UTF-8): an answer that would need more is given up with an explanation. */
    struct Effort
    {
        qsizetype parseAttempts = 0; //!< calls of the JSON parser
        qsizetype bytesScanned = 0;  //!< bytes looked at while matching brackets
        qsizetype bytesParsed = 0;   //!< bytes the JSON parser read, up to its error
    };

    /*! The first top-level JSON object in \a text, or nothing and a translated explanation
        in \a error (which may be null); what it cost in \a effort (which may be null). */
    static std::optional<QJsonObject> extractObject(const QString &text, QString *error = nullptr,
                                                    Effort *effort = nullptr);
    /*! The first top-level JSON array in \a text; see extractObject(). */
    static std::optional<QJsonArray> extractArray(const QString &text, QString *error = nullptr,
                                                  Effort *effort = nullptr);

    /*! \a text without its <think>…</think> blocks (an unclosed one runs to the end), and
        without everything up to a "</think>" that has no opening tag (chat templates that
        put "<think>" into the prompt). */
    static QString removeReasoning(const QString &text);
};

} // namespace Seedbed::Llm
