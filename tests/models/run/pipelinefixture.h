#pragma once

// What the runner, preview and review-gate tests build their projects from: stages by id, the
// standard pipeline seed → generate (2 samples) → judge → rule filter → exact dedup → export,
// and what they read back from the loopback server's requests.

#include "models/projectformat.h"

#include "../llm/loopbackserver.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStringList>
#include <QUuid>

namespace Seedbed::Test {

inline Stage stage(const QUuid &id, const QString &type, const QString &name,
                   const QVariantMap &settings)
{
    Stage s;
    s.id = id;
    s.type = type;
    s.name = name;
    s.settings = settings;
    return s;
}

inline QString lastUserMessage(const ReceivedRequest &r)
{
    const QJsonArray messages =
        QJsonDocument::fromJson(r.body).object().value(QStringLiteral("messages")).toArray();
    return messages.last().toObject().value(QStringLiteral("content")).toString();
}

inline QByteArray answerJson(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

namespace Standard {

inline const QUuid seedId{QStringLiteral("{00000000-0000-0000-0000-000000000001}")};
inline const QUuid generateId{QStringLiteral("{00000000-0000-0000-0000-000000000002}")};
inline const QUuid judgeId{QStringLiteral("{00000000-0000-0000-0000-000000000003}")};
inline const QUuid filterId{QStringLiteral("{00000000-0000-0000-0000-000000000004}")};
inline const QUuid dedupId{QStringLiteral("{00000000-0000-0000-0000-000000000005}")};
inline const QUuid exportId{QStringLiteral("{00000000-0000-0000-0000-000000000006}")};
inline const QUuid generatorTemplate{QStringLiteral("{00000000-0000-0000-0000-0000000000a1}")};
inline const QUuid judgeTemplate{QStringLiteral("{00000000-0000-0000-0000-0000000000a2}")};

// seed (a row per question) → generate (2 samples each, JSON question/answer) → judge (1–10,
// threshold 5) → rule filter → exact dedup on the answer → export (jsonl, everything); every
// LLM stage on the profile "Loopback".
inline ProjectData pipeline(const QStringList &questions = {
                                QStringLiteral("q1"), QStringLiteral("q2"), QStringLiteral("dup")})
{
    ProjectData p;
    p.name = QStringLiteral("Pipeline test");
    QVariantList rows;
    for (const QString &q : questions)
        rows.append(QVariantMap{{QStringLiteral("question"), q},
                                {QStringLiteral("answer"), QStringLiteral("seed answer")}});
    p.stages = {
        stage(seedId, QStringLiteral("seed_table"), QStringLiteral("Seeds"),
              {{QStringLiteral("rows"), rows}}),
        stage(generateId, QStringLiteral("generate"), QStringLiteral("Generate"),
              {{QStringLiteral("template"), generatorTemplate.toString()},
               {QStringLiteral("provider"), QStringLiteral("Loopback")},
               {QStringLiteral("model"), QStringLiteral("test-model")},
               {QStringLiteral("outputFormat"), QStringLiteral("json")},
               {QStringLiteral("outputFields"),
                QStringList{QStringLiteral("question"), QStringLiteral("answer")}},
               {QStringLiteral("samplesPerInput"), 2},
               {QStringLiteral("temperature"), 0.9},
               {QStringLiteral("maxTokens"), 100},
               {QStringLiteral("concurrency"), 4}}),
        stage(judgeId, QStringLiteral("judge"), QStringLiteral("Judge"),
              {{QStringLiteral("template"), judgeTemplate.toString()},
               {QStringLiteral("provider"), QStringLiteral("Loopback")},
               {QStringLiteral("model"), QStringLiteral("judge-model")},
               {QStringLiteral("rubric"), QStringLiteral("Be right.")},
               {QStringLiteral("scaleMax"), 10},
               {QStringLiteral("threshold"), 5.0},
               {QStringLiteral("temperature"), 0.0},
               {QStringLiteral("maxTokens"), 50},
               {QStringLiteral("concurrency"), 1}}),
        stage(filterId, QStringLiteral("rule_filter"), QStringLiteral("Filter"),
              {{QStringLiteral("field"), QStringLiteral("answer")},
               {QStringLiteral("minChars"), 1},
               {QStringLiteral("maxChars"), 1000},
               {QStringLiteral("minScore"), 1}}),
        stage(dedupId, QStringLiteral("dedup_exact"), QStringLiteral("Dedup"),
              {{QStringLiteral("fields"), QStringList{QStringLiteral("answer")}}}),
        stage(exportId, QStringLiteral("export"), QStringLiteral("Export"),
              {{QStringLiteral("format"), QStringLiteral("jsonl")},
               {QStringLiteral("path"), QStringLiteral("export/out.jsonl")},
               {QStringLiteral("include"), QStringLiteral("everything")}}),
    };
    const QList<QUuid> chain{seedId, generateId, judgeId, filterId, dedupId, exportId};
    for (qsizetype i = 0; i + 1 < chain.size(); ++i)
        p.edges.append({chain.at(i), chain.at(i + 1), QStringLiteral("in")});
    PromptTemplate generator;
    generator.id = generatorTemplate;
    generator.name = QStringLiteral("Generator");
    generator.system = QStringLiteral("You write support exchanges.");
    generator.user = QStringLiteral("Topic: {{ question }} #{{ sample_index }}");
    PromptTemplate judge;
    judge.id = judgeTemplate;
    judge.name = QStringLiteral("Judge");
    judge.system = QStringLiteral("Score from 1 to {{ scale_max }}. {{ rubric }}");
    judge.user = QStringLiteral("Rate: {{ answer }}");
    p.templates = {generator, judge};
    return p;
}

} // namespace Standard

} // namespace Seedbed::Test
