#include "models/run/stagelogic.h"
#include "models/run/stageutil.h"

#include "models/diversity/evolution.h"
#include "models/diversity/topictree.h"
#include "models/quality/answercheck.h"
#include "models/quality/dedupbatch.h"
#include "models/quality/textsafety.h"
#include "models/run/batchstages.h"
#include "models/run/sourcestages.h"

#include "models/io/recordimporter.h"
#include "models/llm/jsonextractor.h"
#include "models/llm/llmclient.h"
#include "models/quality/jsonschema.h"
#include "models/template/template.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlQuery>

namespace Seedbed::Run {

namespace {

struct LogicText
{
    Q_DECLARE_TR_FUNCTIONS(Seedbed::Run::StageLogic)
};

// Messages first written in the runner keep its context, and so their translations.
struct RunnerText
{
    Q_DECLARE_TR_FUNCTIONS(Seedbed::Run::Runner)
};

QString text(const QJsonValue &value)
{
    return StageUtil::fieldText(value);
}

QByteArray compact(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

QStringList stringList(const QVariant &value)
{
    QStringList list;
    for (const QString &item : value.toStringList()) {
        if (!item.trimmed().isEmpty())
            list.append(item.trimmed());
    }
    return list;
}

// A number from a model's answer: a JSON number or a numeric string such as "8" or "8/10".
std::optional<double> numberOf(const QJsonValue &value)
{
    if (value.isDouble())
        return value.toDouble();
    if (value.isString()) {
        static const QRegularExpression leading(QStringLiteral("^\\s*(-?\\d+(?:\\.\\d+)?)"));
        const QRegularExpressionMatch match = leading.match(value.toString());
        if (match.hasMatch())
            return match.captured(1).toDouble();
    }
    return std::nullopt;
}

} // namespace

QString statusName(RecordStatus status)
{
    switch (status) {
    case RecordStatus::Ok:
        return QStringLiteral("ok");
    case RecordStatus::Filtered:
        return QStringLiteral("filtered");
    case RecordStatus::Failed:
        return QStringLiteral("failed");
    case RecordStatus::Duplicate:
        return QStringLiteral("duplicate");
    }
    return QStringLiteral("ok");
}

std::optional<StageKind> StageLogic::kindOf(const QString &type)
{
    if (type == QLatin1String("seed_table") || type == QLatin1String("topic_list") ||
        type == QLatin1String("topic_tree") || SourceStages::handles(type))
        return StageKind::Source;
    if (type == QLatin1String("dedup_embedding") || BatchStages::handles(type))
        return StageKind::Batch;
    if (type == QLatin1String("rule_filter") || type == QLatin1String("dedup_exact") ||
        type == QLatin1String("dedup_minhash") || type == QLatin1String("review"))
        return StageKind::Map;
    if (type == QLatin1String("generate") || type == QLatin1String("judge") ||
        type == QLatin1String("rewrite") || type == QLatin1String("evolve") ||
        type == QLatin1String("verify"))
        return StageKind::Llm;
    if (type == QLatin1String("export"))
        return StageKind::Sink;
    return std::nullopt;
}

std::optional<StageKind> StageLogic::kindOf(const Stage &stage)
{
    if ((stage.type == QLatin1String("dedup_exact") ||
         stage.type == QLatin1String("dedup_minhash")) &&
        Quality::DedupBatch::needsBatch(stage))
        return StageKind::Batch;
    return kindOf(stage.type);
}

Output StageLogic::ruleFilter(const QVariantMap &settings, const QJsonObject &fields,
                              std::optional<double> score, const JsonSchema *schema)
{
    Output out;
    out.fields = fields;
    out.score = score;
    if (const std::optional<QString> reason = ruleFilterReason(settings, fields, score, schema)) {
        out.status = RecordStatus::Filtered;
        out.meta.insert(QStringLiteral("reason"), *reason);
        return out;
    }
    const Quality::SafetyVerdict safety = Quality::TextSafety::apply(settings, fields);
    out.fields = safety.fields;
    out.meta = safety.meta;
    if (safety.reason) {
        out.status = RecordStatus::Filtered;
        out.meta.insert(QStringLiteral("reason"), *safety.reason);
    }
    return out;
}

Output StageLogic::verifyOutput(const QJsonObject &fields, bool passed, const QString &reason,
                                const QJsonObject &details)
{
    Output out;
    out.fields = fields;
    out.fields.insert(QStringLiteral("verified"), passed);
    out.meta = details;
    if (!passed) {
        out.status = RecordStatus::Filtered;
        out.meta.insert(QStringLiteral("reason"), reason);
    }
    return out;
}

QString StageLogic::targetField(const Stage &stage)
{
    const QString field = stage.settings.value(QStringLiteral("field")).toString().trimmed();
    return field.isEmpty() ? QStringLiteral("question") : field;
}

std::optional<PromptTemplate> StageLogic::presetTemplate(const Stage &stage)
{
    if (stage.type != QLatin1String("rewrite"))
        return std::nullopt;
    return Diversity::Evolution::rewritePreset(
        stage.settings.value(QStringLiteral("mode"), QStringLiteral("synonyms")).toString());
}

std::optional<PromptTemplate> StageLogic::effectiveTemplate(const Stage &stage,
                                                            const QList<PromptTemplate> &templates)
{
    const QString id = stage.settings.value(QStringLiteral("template")).toString();
    if (!id.isEmpty()) {
        const QUuid uuid = QUuid::fromString(id);
        for (const PromptTemplate &t : templates) {
            if (t.id == uuid)
                return t;
        }
    }
    return presetTemplate(stage);
}

bool StageLogic::sourceOutputs(const Stage &stage, const QString &projectDir,
                               QList<Output> *outputs, QString *error)
{
    outputs->clear();
    if (SourceStages::handles(stage.type))
        return SourceStages::outputs(stage, projectDir, outputs, error);
    if (stage.type == QLatin1String("topic_tree")) {
        // The stored tree; the runner expands what is missing first.
        const Diversity::TopicTree tree = Diversity::TopicTree::fromSetting(
            stage.settings.value(QStringLiteral("tree")),
            stage.settings.value(QStringLiteral("root")).toString());
        *outputs = tree.outputs(
            stage.settings.value(QStringLiteral("emit"), QStringLiteral("leaves")).toString());
        return true;
    }
    if (stage.type == QLatin1String("topic_list")) {
        QString field = stage.settings.value(QStringLiteral("field")).toString().trimmed();
        if (field.isEmpty())
            field = QStringLiteral("topic");
        const QStringList topics = stringList(stage.settings.value(QStringLiteral("topics")));
        for (qsizetype i = 0; i < topics.size(); ++i) {
            Output out;
            out.itemKey = QStringLiteral("topic:%1").arg(i);
            out.fields.insert(field, topics.at(i));
            outputs->append(out);
        }
        return true;
    }

    QList<QJsonObject> rows;
    const QString file = stage.settings.value(QStringLiteral("file")).toString().trimmed();
    if (!file.isEmpty()) {
        const QString path = QDir(projectDir).absoluteFilePath(file);
        ImportResult result;
        RecordImporter importer;
        importer.setBatchHandler([&rows](const QList<QJsonObject> &batch) {
            rows.append(batch);
            return true;
        });
        result = importer.readFile(path);
        if (result.status != ImportResult::Status::Finished) {
            *error = LogicText::tr("The seed file “%1” of stage “%2” cannot be read: %3")
                         .arg(QDir::toNativeSeparators(path), stage.name,
                              result.firstError().toString());
            return false;
        }
    }
    for (const QVariant &row : stage.settings.value(QStringLiteral("rows")).toList())
        rows.append(QJsonObject::fromVariantMap(row.toMap()));
    for (qsizetype i = 0; i < rows.size(); ++i) {
        Output out;
        out.itemKey = QStringLiteral("row:%1").arg(i);
        out.fields = rows.at(i);
        outputs->append(out);
    }
    return true;
}

std::optional<QString> StageLogic::ruleFilterReason(const QVariantMap &settings,
                                                    const QJsonObject &fields,
                                                    std::optional<double> score,
                                                    const JsonSchema *schema)
{
    for (const QString &required : stringList(settings.value(QStringLiteral("requiredFields")))) {
        if (text(fields.value(required)).trimmed().isEmpty())
            return LogicText::tr("The required field “%1” is missing or empty.").arg(required);
    }
    if (schema) {
        const QList<JsonSchema::Violation> violations = schema->validate(fields, 3);
        if (!violations.isEmpty()) {
            QStringList lines;
            for (const JsonSchema::Violation &v : violations)
                lines << v.toString();
            return LogicText::tr("The record does not match the schema: %1")
                .arg(lines.join(QStringLiteral("; ")));
        }
    }
    const QString field = settings.value(QStringLiteral("field")).toString();
    const QString value = text(fields.value(field));
    const qint64 length = value.size();
    const qint64 minChars = settings.value(QStringLiteral("minChars"), 0).toLongLong();
    const qint64 maxChars = settings.value(QStringLiteral("maxChars"), 0).toLongLong();
    if (!field.isEmpty() && !fields.contains(field))
        return LogicText::tr("The field “%1” is missing.").arg(field);
    if (length < minChars)
        return LogicText::tr("“%1” has %n character(s), fewer than %2.", nullptr, int(length))
            .arg(field)
            .arg(minChars);
    if (maxChars > 0 && length > maxChars)
        return LogicText::tr("“%1” has %n character(s), more than %2.", nullptr, int(length))
            .arg(field)
            .arg(maxChars);
    const qint64 minWords = settings.value(QStringLiteral("minWords"), 0).toLongLong();
    const qint64 maxWords = settings.value(QStringLiteral("maxWords"), 0).toLongLong();
    if (minWords > 0 || maxWords > 0) {
        const qint64 words = wordCount(value);
        if (words < minWords)
            return LogicText::tr("“%1” has %n word(s), fewer than %2.", nullptr, int(words))
                .arg(field)
                .arg(minWords);
        if (maxWords > 0 && words > maxWords)
            return LogicText::tr("“%1” has %n word(s), more than %2.", nullptr, int(words))
                .arg(field)
                .arg(maxWords);
    }
    const qint64 maxTokens = settings.value(QStringLiteral("maxTokens"), 0).toLongLong();
    if (maxTokens > 0) {
        const qint64 tokens = Llm::LlmClient::estimateTokens(value);
        if (tokens > maxTokens)
            return LogicText::tr("“%1” is about %n token(s), more than %2.", nullptr, int(tokens))
                .arg(field)
                .arg(maxTokens);
    }
    const QString must = settings.value(QStringLiteral("mustMatch")).toString();
    if (!must.isEmpty()) {
        const QRegularExpression pattern(must, QRegularExpression::UseUnicodePropertiesOption);
        if (!pattern.isValid())
            return LogicText::tr("The pattern “%1” is not a valid regular expression: %2")
                .arg(must, pattern.errorString());
        if (!pattern.match(value).hasMatch())
            return LogicText::tr("“%1” does not match “%2”.").arg(field, must);
    }
    const QString mustNot = settings.value(QStringLiteral("mustNotMatch")).toString();
    if (!mustNot.isEmpty()) {
        const QRegularExpression pattern(mustNot, QRegularExpression::UseUnicodePropertiesOption);
        if (!pattern.isValid())
            return LogicText::tr("The pattern “%1” is not a valid regular expression: %2")
                .arg(mustNot, pattern.errorString());
        const QRegularExpressionMatch match = pattern.match(value);
        if (match.hasMatch())
            return LogicText::tr("“%1” contains “%2”, which “%3” rules out.")
                .arg(field, match.captured(0), mustNot);
    }
    const QVariant minScore = settings.value(QStringLiteral("minScore"));
    if (minScore.isValid() && minScore.toDouble() > 0) {
        if (!score.has_value())
            return LogicText::tr("The record has no score, and at least %1 is required.")
                .arg(minScore.toDouble());
        if (*score < minScore.toDouble())
            return LogicText::tr("The score %1 is below %2.").arg(*score).arg(minScore.toDouble());
    }
    return std::nullopt;
}

QStringList StageLogic::dedupTexts(const QVariantMap &settings, const QJsonObject &fields)
{
    QStringList names = stringList(settings.value(QStringLiteral("fields")));
    if (names.isEmpty())
        names = fields.keys(); // sorted: the same order for every record
    QStringList texts;
    texts.reserve(names.size());
    for (const QString &name : names)
        texts.append(text(fields.value(name)));
    return texts;
}

qint64 StageLogic::wordCount(QStringView text)
{
    qint64 words = 0;
    bool inWord = false;
    for (const char32_t c : text.toUcs4()) {
        const QChar::Script script = QChar::script(c);
        if (script == QChar::Script_Han || script == QChar::Script_Hiragana ||
            script == QChar::Script_Katakana || script == QChar::Script_Hangul) {
            ++words;
            inWord = false;
        } else if (QChar::isLetterOrNumber(c)) {
            if (!inWord)
                ++words;
            inWord = true;
        } else if (QChar::isSpace(c) || QChar::isPunct(c)) {
            inWord = false;
        }
    }
    return words;
}

std::optional<JsonSchema> StageLogic::schemaSetting(const Stage &stage, const QString &key,
                                                    QString *error)
{
    const QString source = stage.settings.value(key).toString().trimmed();
    if (source.isEmpty())
        return std::nullopt;
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(source.toUtf8(), &parseError);
    JsonSchema schema = document.isObject() ? JsonSchema::parse(document.object()) : JsonSchema();
    if (!document.isObject()) {
        *error = LogicText::tr("The JSON schema of stage “%1” is not a JSON object: %2")
                     .arg(stage.name, parseError.error == QJsonParseError::NoError
                                          ? LogicText::tr("it is an array or a value")
                                          : parseError.errorString());
    } else if (!schema.isValid()) {
        *error = LogicText::tr("The JSON schema of stage “%1” is not valid: %2")
                     .arg(stage.name, schema.error());
    }
    return schema;
}

bool StageLogic::fixedExamples(const Stage &stage, QJsonArray *examples, QString *error)
{
    const QString source =
        stage.settings.value(QStringLiteral("fixedExamples")).toString().trimmed();
    *examples = {};
    if (source.isEmpty())
        return true;
    const QJsonDocument document = QJsonDocument::fromJson(source.toUtf8());
    bool ok = document.isArray();
    for (const QJsonValue &example : document.array())
        ok = ok && example.isObject();
    if (!ok) {
        *error = LogicText::tr("The fixed examples of stage “%1” must be a JSON array of "
                               "objects, such as [{\"question\": \"…\", \"answer\": \"…\"}].")
                     .arg(stage.name);
        return false;
    }
    *examples = document.array();
    return true;
}

bool StageLogic::reviewGatePasses(const QVariantMap &settings, const QString &reviewState,
                                  qint64 recordId)
{
    const double rate =
        std::clamp(settings.value(QStringLiteral("sampleRate"), 1.0).toDouble(), 0.0, 1.0);
    if (rate < 1.0) {
        // The same records are left out of review on every run: a hash of the id and seed.
        const QByteArray key =
            QByteArray::number(recordId) + ':' +
            QByteArray::number(settings.value(QStringLiteral("seed")).toLongLong());
        const QByteArray digest = QCryptographicHash::hash(key, QCryptographicHash::Sha256);
        quint32 bits = 0;
        for (int i = 0; i < 4; ++i)
            bits = (bits << 8) | quint8(digest.at(i));
        if (double(bits) / 4294967296.0 >= rate)
            return true;
    }
    if (settings.value(QStringLiteral("passes")).toString() == QLatin1String("not-rejected"))
        return reviewState != QLatin1String("rejected");
    return reviewState == QLatin1String("accepted") || reviewState == QLatin1String("edited");
}

QJsonObject StageLogic::negativeExample(const QJsonObject &fields, const QString &note)
{
    QJsonObject example = fields;
    example.insert(QStringLiteral("note"), note);
    return example;
}

QJsonArray StageLogic::storedExamples(const QSqlDatabase &db, const QString &stageId,
                                      const QString &mode, int count)
{
    QJsonArray examples;
    const bool exemplars = mode == QLatin1String("exemplars");
    if (!exemplars && mode != QLatin1String("best-accepted"))
        return examples;
    QSqlQuery query(db);
    query.setForwardOnly(true);
    // Exemplars: the records of this stage a reviewer tagged "exemplar" (LIKE narrows the rows
    // before their tags are parsed).
    query.prepare(exemplars
                      ? QStringLiteral("SELECT fields FROM records WHERE stage_id = ? AND "
                                       "review_state <> 'rejected' AND tags LIKE '%\"exemplar\"%' "
                                       "AND EXISTS (SELECT 1 FROM json_each(records.tags) WHERE "
                                       "value = 'exemplar') ORDER BY score DESC, id LIMIT ?")
                      : QStringLiteral("SELECT fields FROM records WHERE stage_id = ? AND status = "
                                       "'ok' AND review_state IN ('accepted', 'edited') ORDER BY "
                                       "score DESC, id LIMIT ?"));
    query.addBindValue(stageId);
    query.addBindValue(count);
    if (query.exec()) {
        while (query.next())
            examples.append(QJsonDocument::fromJson(query.value(0).toByteArray()).object());
    }
    return examples;
}

QJsonArray StageLogic::storedNegatives(const QSqlDatabase &db, const QString &stageId, int count)
{
    QJsonArray negatives;
    QSqlQuery query(db);
    query.setForwardOnly(true);
    query.prepare(QStringLiteral(
        "SELECT fields, json_extract(meta, '$.note') FROM records WHERE stage_id = ? AND "
        "tags LIKE '%\"negative\"%' AND "
        "EXISTS (SELECT 1 FROM json_each(records.tags) WHERE value = 'negative') "
        "ORDER BY id LIMIT ?"));
    query.addBindValue(stageId);
    query.addBindValue(count);
    if (query.exec()) {
        while (query.next())
            negatives.append(
                negativeExample(QJsonDocument::fromJson(query.value(0).toByteArray()).object(),
                                query.value(1).toString()));
    }
    return negatives;
}

bool StageLogic::templateMentions(const PromptTemplate *promptTemplate, const QString &variable)
{
    return promptTemplate &&
           (promptTemplate->system.contains(variable) || promptTemplate->user.contains(variable));
}

QJsonObject StageLogic::promptContext(const Stage &stage, const QJsonObject &fields, int sample,
                                      const QJsonArray &examples,
                                      const QJsonArray &negativeExamples)
{
    QJsonObject context = fields;
    context.insert(QStringLiteral("sample_index"), sample);
    context.insert(QStringLiteral("examples"), examples);
    context.insert(QStringLiteral("negative_examples"), negativeExamples);
    if (stage.type == QLatin1String("judge")) {
        context.insert(QStringLiteral("rubric"),
                       stage.settings.value(QStringLiteral("rubric")).toString());
        context.insert(QStringLiteral("scale_max"),
                       stage.settings.value(QStringLiteral("scaleMax"), 10).toInt());
        context.insert(QStringLiteral("threshold"),
                       stage.settings.value(QStringLiteral("threshold"), 0).toDouble());
        const QString reference = stage.settings.value(QStringLiteral("referenceField")).toString();
        if (!reference.isEmpty())
            context.insert(QStringLiteral("reference"), fields.value(reference));
    }
    if (stage.type == QLatin1String("rewrite")) {
        context.insert(QStringLiteral("text"), fields.value(targetField(stage)));
        context.insert(QStringLiteral("instruction"),
                       stage.settings.value(QStringLiteral("instruction")).toString());
        context.insert(
            QStringLiteral("target_language"),
            stage.settings.value(QStringLiteral("targetLanguage"), QStringLiteral("English"))
                .toString());
    }
    if (stage.type == QLatin1String("generate")) {
        context.insert(QStringLiteral("output_fields"),
                       QJsonArray::fromStringList(
                           stringList(stage.settings.value(QStringLiteral("outputFields")))));
    }
    return context;
}

bool StageLogic::buildRequest(const Stage &stage, const PromptTemplate *promptTemplate,
                              const QString &model, const QJsonObject &fields, int sample,
                              const QJsonArray &examples, Llm::ChatRequest *request, QString *error,
                              const QJsonArray &negativeExamples)
{
    if (stage.type == QLatin1String("evolve")) {
        const QString instruction = text(fields.value(targetField(stage)));
        if (instruction.trimmed().isEmpty()) {
            *error = LogicText::tr("The record has no text in the field “%1” to evolve.")
                         .arg(targetField(stage));
            return false;
        }
        const auto mutation = Diversity::Evolution::choose(
            stage.settings.value(QStringLiteral("direction"), QStringLiteral("mixed")).toString(),
            stage.settings.value(QStringLiteral("seed"), 0).toLongLong(), instruction, sample);
        Llm::ChatRequest r;
        r.model = model;
        r.messages.append({QStringLiteral("system"), Diversity::Evolution::systemPrompt()});
        r.messages.append(
            {QStringLiteral("user"), Diversity::Evolution::userPrompt(mutation, instruction)});
        r.temperature = stage.settings.value(QStringLiteral("temperature"), 0.9).toDouble();
        const QVariant maxTokens = stage.settings.value(QStringLiteral("maxTokens"));
        if (maxTokens.isValid())
            r.maxTokens = maxTokens.toInt();
        r.format = Llm::ChatRequest::Format::Text;
        r.stream = true;
        *request = r;
        return true;
    }
    if (stage.type == QLatin1String("verify")) {
        // Solve again, independently: the answers are compared in interpret().
        const QString field =
            stage.settings.value(QStringLiteral("questionField"), QStringLiteral("question"))
                .toString();
        const QString question = text(fields.value(field));
        if (question.trimmed().isEmpty()) {
            *error = LogicText::tr("The record has no task in the field “%1” to solve.").arg(field);
            return false;
        }
        Llm::ChatRequest r;
        r.model = model;
        r.messages.append(
            {QStringLiteral("system"),
             QStringLiteral("Solve the task below carefully. Work it out briefly, then end with a "
                            "last line of the form \"The answer is: <answer>\".")});
        r.messages.append({QStringLiteral("user"), question});
        r.temperature = 0;
        const QVariant maxTokens = stage.settings.value(QStringLiteral("maxTokens"));
        if (maxTokens.isValid())
            r.maxTokens = maxTokens.toInt();
        r.format = Llm::ChatRequest::Format::Text;
        r.stream = true;
        *request = r;
        return true;
    }
    if (!promptTemplate) {
        *error = LogicText::tr("Stage “%1” has no prompt template: choose one in its settings.")
                     .arg(stage.name);
        return false;
    }
    const QJsonObject context = promptContext(stage, fields, sample, examples, negativeExamples);
    Llm::ChatRequest r;
    r.model = model;
    for (const auto &[role, source] : {std::pair{QStringLiteral("system"), promptTemplate->system},
                                       std::pair{QStringLiteral("user"), promptTemplate->user}}) {
        if (source.trimmed().isEmpty())
            continue;
        const Template parsed = Template::parse(source);
        if (!parsed.isValid()) {
            *error = LogicText::tr("The %1 template of “%2” has an error: %3")
                         .arg(role, promptTemplate->name, parsed.errors().value(0).toString());
            return false;
        }
        QList<TemplateError> problems;
        bool ok = true;
        const QString rendered = parsed.render(context, {}, &problems, &ok);
        if (!ok) {
            *error = LogicText::tr("The %1 template of “%2” cannot be rendered: %3")
                         .arg(role, promptTemplate->name, problems.value(0).toString());
            return false;
        }
        r.messages.append({role, rendered});
    }
    if (r.messages.isEmpty()) {
        *error = LogicText::tr("The prompt template “%1” is empty.").arg(promptTemplate->name);
        return false;
    }
    const QVariant temperature = stage.settings.value(QStringLiteral("temperature"));
    if (temperature.isValid())
        r.temperature = temperature.toDouble();
    const double topP = stage.settings.value(QStringLiteral("topP"), 1.0).toDouble();
    if (topP > 0 && topP < 1)
        r.topP = topP;
    const qint64 seed = stage.settings.value(QStringLiteral("samplingSeed"), 0).toLongLong();
    if (seed > 0)
        r.seed = seed + sample;
    const QVariant maxTokens = stage.settings.value(QStringLiteral("maxTokens"));
    if (maxTokens.isValid())
        r.maxTokens = maxTokens.toInt();
    const bool json =
        stage.type == QLatin1String("judge") ||
        stage.settings.value(QStringLiteral("outputFormat")).toString() == QLatin1String("json");
    r.format = json ? Llm::ChatRequest::Format::JsonObject : Llm::ChatRequest::Format::Text;
    const QString schema = stage.type == QLatin1String("generate")
                               ? stage.settings.value(QStringLiteral("outputSchema")).toString()
                               : QString();
    if (!schema.trimmed().isEmpty()) {
        r.format = Llm::ChatRequest::Format::JsonSchema;
        r.schemaName = QStringLiteral("output");
        r.schema = QJsonDocument::fromJson(schema.toUtf8()).object();
    }
    r.stream = true;
    *request = r;
    return true;
}

QByteArray StageLogic::cacheKey(const Llm::ChatRequest &request, int sample, qint64 salt)
{
    QJsonArray messages;
    for (const Llm::ChatMessage &m : request.messages)
        messages.append(QJsonArray{m.role, m.content});
    QJsonObject key{
        {QStringLiteral("model"), request.model},        {QStringLiteral("messages"), messages},
        {QStringLiteral("format"), int(request.format)}, {QStringLiteral("sample"), sample},
        {QStringLiteral("salt"), QString::number(salt)},
    };
    if (request.temperature)
        key.insert(QStringLiteral("temperature"), *request.temperature);
    if (request.topP)
        key.insert(QStringLiteral("top_p"), *request.topP);
    if (request.maxTokens)
        key.insert(QStringLiteral("max_tokens"), *request.maxTokens);
    if (request.seed)
        key.insert(QStringLiteral("seed"), QString::number(*request.seed));
    if (!request.stop.isEmpty())
        key.insert(QStringLiteral("stop"), QJsonArray::fromStringList(request.stop));
    if (!request.schema.isEmpty())
        key.insert(QStringLiteral("schema"), request.schema);
    return QCryptographicHash::hash(compact(key), QCryptographicHash::Sha256).toHex();
}

bool StageLogic::resolveProvider(const Stage &stage, const QList<Llm::ProviderProfile> &profiles,
                                 const QHash<QString, QByteArray> &keys,
                                 const QString &profileOverride, const QString &modelOverride,
                                 Llm::ProviderProfile *profile, QString *model, QByteArray *key,
                                 QString *error)
{
    const QString profileName = profileOverride.isEmpty()
                                    ? stage.settings.value(QStringLiteral("provider")).toString()
                                    : profileOverride;
    bool found = false;
    for (const Llm::ProviderProfile &p : profiles) {
        if (p.name == profileName || p.id == profileName) {
            *profile = p;
            found = true;
        }
    }
    if (!found) {
        *error = RunnerText::tr("Stage “%1” uses the provider profile “%2”, which is not set up "
                                "on this computer. Add a profile of that name (Settings ▸ "
                                "Provider Profiles, or “seedbed providers add”), or choose "
                                "another provider for the stage.")
                     .arg(stage.name, profileName);
        return false;
    }
    *model = modelOverride.isEmpty() ? stage.settings.value(QStringLiteral("model")).toString()
                                     : modelOverride;
    if (model->isEmpty())
        *model = profile->models.value(0);
    *key = keys.value(profile->id, keys.value(profile->name));
    if (key->isEmpty() && !profile->keyEnvironmentVariable.isEmpty())
        *key = qgetenv(profile->keyEnvironmentVariable.toLocal8Bit().constData());
    return true;
}

QString StageLogic::callError(const Llm::ChatError &error, const Llm::ProviderProfile &profile,
                              bool hadKey)
{
    if (error.kind == Llm::ChatError::Kind::Http && error.httpStatus == 401) {
        const QString headline =
            hadKey ? LogicText::tr("401: the key for the provider profile “%1” was rejected. "
                                   "Check the key stored for it (Settings ▸ Provider Profiles) "
                                   "or in the environment variable it names.")
                         .arg(profile.name)
                   : LogicText::tr("401: the server wants a key, and the provider profile “%1” "
                                   "has none. Store one for it (Settings ▸ Provider Profiles) "
                                   "or set the environment variable it names.")
                         .arg(profile.name);
        return error.message.isEmpty() ? headline : headline + QLatin1Char(' ') + error.message;
    }
    if (error.message.isEmpty())
        return LogicText::tr("The request through the provider profile “%1” failed.")
            .arg(profile.name);
    return LogicText::tr("Provider profile “%1”: %2").arg(profile.name, error.message);
}

QString StageLogic::finishText(Llm::FinishReason reason)
{
    switch (reason) {
    case Llm::FinishReason::Truncated:
        return RunnerText::tr("The answer was cut off (the token limit or the stream ended "
                              "early); raise “Max tokens” or retry.");
    case Llm::FinishReason::ContentFilter:
        return RunnerText::tr("The provider's content filter stopped the answer.");
    case Llm::FinishReason::ToolCall:
        return RunnerText::tr("The model asked to call a tool instead of answering.");
    default:
        return RunnerText::tr("The answer did not end normally.");
    }
}

Output StageLogic::interpret(const Stage &stage, const QJsonObject &fields, const QString &content,
                             const JsonSchema *outputSchema, int sample)
{
    Output out;
    out.fields = fields;
    const QString answer = Llm::JsonExtractor::removeReasoning(content).trimmed();
    if (stage.type == QLatin1String("verify")) {
        const QString pattern = stage.settings.value(QStringLiteral("pattern")).toString();
        const QString answerField =
            stage.settings.value(QStringLiteral("answerField"), QStringLiteral("answer"))
                .toString();
        const std::optional<QString> solved = Quality::AnswerCheck::extract(answer, pattern);
        if (!solved) {
            out.status = RecordStatus::Failed;
            out.meta.insert(QStringLiteral("reason"),
                            LogicText::tr("The model's solution names no final answer."));
            return out;
        }
        const std::optional<QString> given = Quality::AnswerCheck::extract(
            Quality::AnswerCheck::fieldText(fields.value(answerField)), pattern);
        const QJsonObject details{{QStringLiteral("expected"), *solved},
                                  {QStringLiteral("extracted"), given.value_or(QString())}};
        if (!given)
            return verifyOutput(
                fields, false,
                LogicText::tr("No final answer found in the field “%1”.").arg(answerField),
                details);
        const double tolerance = stage.settings.value(QStringLiteral("tolerance"), 1e-6).toDouble();
        const bool same = Quality::AnswerCheck::equal(*given, *solved, tolerance);
        return verifyOutput(fields, same,
                            LogicText::tr("The record's answer “%1” differs from the model's "
                                          "own solution “%2”.")
                                .arg(*given, *solved),
                            details);
    }
    if (stage.type == QLatin1String("evolve") || stage.type == QLatin1String("rewrite")) {
        const QString field = targetField(stage);
        const QString before = text(fields.value(field));
        const QString after = Diversity::Evolution::cleanAnswer(content);
        out.fields.insert(field, after);
        std::optional<QString> reason;
        if (stage.type == QLatin1String("evolve")) {
            const auto mutation = Diversity::Evolution::choose(
                stage.settings.value(QStringLiteral("direction"), QStringLiteral("mixed"))
                    .toString(),
                stage.settings.value(QStringLiteral("seed"), 0).toLongLong(), before, sample);
            out.fields.insert(QStringLiteral("evolution_round"), sample + 1);
            out.fields.insert(QStringLiteral("evolution"), Diversity::Evolution::name(mutation));
            out.meta.insert(QStringLiteral("evolvedFrom"), before);
            reason = Diversity::Evolution::eliminationReason(before, after, mutation);
        } else if (after.isEmpty()) {
            reason = LogicText::tr("The model answered nothing.");
        } else if (after.simplified() == before.simplified()) {
            reason = LogicText::tr("The rewrite is the same as the original.");
        }
        if (reason) {
            out.status = after.isEmpty() ? RecordStatus::Failed : RecordStatus::Filtered;
            out.meta.insert(QStringLiteral("reason"), *reason);
        }
        return out;
    }
    if (stage.type == QLatin1String("judge")) {
        QString problem;
        const std::optional<QJsonObject> object =
            Llm::JsonExtractor::extractObject(answer, &problem);
        const int scaleMax = stage.settings.value(QStringLiteral("scaleMax"), 10).toInt();
        std::optional<double> score;
        QString reason;
        if (object) {
            score = numberOf(object->value(QStringLiteral("score")));
            for (const char *name : {"reason", "rationale", "explanation", "justification"}) {
                reason = text(object->value(QLatin1String(name)));
                if (!reason.isEmpty())
                    break;
            }
        }
        if (object && stage.settings.value(QStringLiteral("scale")).toString() ==
                          QLatin1String("pass-fail")) {
            // A verdict: pass scores 1, fail 0; anything else is not an answer.
            score.reset();
            for (const char *name : {"verdict", "pass", "result", "score"}) {
                const QJsonValue v = object->value(QLatin1String(name));
                const QString word = v.isString() ? v.toString().trimmed().toLower() : QString();
                if (v.isBool() || word == QLatin1String("pass") || word == QLatin1String("yes") ||
                    word == QLatin1String("true") || word == QLatin1String("fail") ||
                    word == QLatin1String("no") || word == QLatin1String("false")) {
                    score = (v.isBool()
                                 ? v.toBool()
                                 : word == QLatin1String("pass") || word == QLatin1String("yes") ||
                                       word == QLatin1String("true"))
                                ? 1.0
                                : 0.0;
                    break;
                }
            }
            if (!score) {
                out.status = RecordStatus::Failed;
                out.meta.insert(QStringLiteral("reason"),
                                LogicText::tr("The judge gave no verdict: expected "
                                              "{\"verdict\": \"pass\"} or {\"verdict\": "
                                              "\"fail\"}."));
                return out;
            }
            out.score = score;
            out.fields.insert(QStringLiteral("score"), *score);
            out.fields.insert(QStringLiteral("score_reason"), reason);
            if (*score < 1) {
                out.status = RecordStatus::Filtered;
                out.meta.insert(QStringLiteral("reason"), LogicText::tr("The judge said fail."));
            }
            return out;
        }
        if (!score) {
            out.status = RecordStatus::Failed;
            out.meta.insert(
                QStringLiteral("reason"),
                object ? LogicText::tr("The judge gave no numeric “score”.")
                       : LogicText::tr("The judge's answer holds no JSON object: %1").arg(problem));
            return out;
        }
        if (*score < 1 || *score > scaleMax) {
            out.status = RecordStatus::Failed;
            out.meta.insert(QStringLiteral("reason"),
                            LogicText::tr("The judge scored %1, outside the scale 1–%2.")
                                .arg(*score)
                                .arg(scaleMax));
            return out;
        }
        out.score = score;
        out.fields.insert(QStringLiteral("score"), *score);
        out.fields.insert(QStringLiteral("score_reason"), reason);
        const double threshold = stage.settings.value(QStringLiteral("threshold"), 0).toDouble();
        if (*score < threshold) {
            out.status = RecordStatus::Filtered;
            out.meta.insert(
                QStringLiteral("reason"),
                LogicText::tr("Scored %1, below the threshold %2.").arg(*score).arg(threshold));
        }
        return out;
    }

    // generate
    const QStringList outputFields =
        stringList(stage.settings.value(QStringLiteral("outputFields")));
    const bool json =
        stage.settings.value(QStringLiteral("outputFormat")).toString() == QLatin1String("json");
    if (!json) {
        out.fields.insert(outputFields.value(0, QStringLiteral("text")), answer);
        if (answer.isEmpty()) {
            out.status = RecordStatus::Failed;
            out.meta.insert(QStringLiteral("reason"), LogicText::tr("The model answered nothing."));
        }
        return out;
    }
    QString problem;
    const std::optional<QJsonObject> object = Llm::JsonExtractor::extractObject(answer, &problem);
    if (!object) {
        out.status = RecordStatus::Failed;
        out.meta.insert(QStringLiteral("reason"),
                        LogicText::tr("The answer holds no JSON object: %1").arg(problem));
        return out;
    }
    if (outputSchema) {
        // The schema decides what a valid answer is; every member of the answer is kept.
        const QList<JsonSchema::Violation> violations = outputSchema->validate(*object, 3);
        for (auto it = object->constBegin(); it != object->constEnd(); ++it)
            out.fields.insert(it.key(), it.value());
        if (!violations.isEmpty()) {
            QStringList lines;
            for (const JsonSchema::Violation &v : violations)
                lines << v.toString();
            out.status = RecordStatus::Failed;
            out.meta.insert(QStringLiteral("reason"),
                            LogicText::tr("The answer does not match the output schema: %1")
                                .arg(lines.join(QStringLiteral("; "))));
        }
        return out;
    }
    QStringList missing;
    for (const QString &name : outputFields) {
        const QJsonValue value = object->value(name);
        if (value.isUndefined() || value.isNull() ||
            (value.isString() && value.toString().trimmed().isEmpty()))
            missing.append(name);
        else
            out.fields.insert(name, value);
    }
    if (!missing.isEmpty()) {
        out.status = RecordStatus::Failed;
        out.meta.insert(QStringLiteral("reason"), LogicText::tr("The answer lacks the field(s) %1.")
                                                      .arg(missing.join(QStringLiteral(", "))));
    }
    return out;
}

QByteArray StageLogic::settingsHash(const Stage &stage, const PromptTemplate *promptTemplate,
                                    const QString &effectiveModel, qint64 salt,
                                    const QList<QByteArray> &upstreamHashes)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    const auto add = [&hash](const QByteArray &part) {
        hash.addData(QByteArray::number(part.size()));
        hash.addData(":");
        hash.addData(part);
    };
    add(stage.type.toUtf8());
    add(compact(QJsonObject::fromVariantMap(stage.settings)));
    add(promptTemplate ? (promptTemplate->system + QChar(0) + promptTemplate->user).toUtf8()
                       : QByteArray());
    add(effectiveModel.toUtf8());
    add(QByteArray::number(salt));
    QList<QByteArray> sorted = upstreamHashes;
    std::sort(sorted.begin(), sorted.end());
    for (const QByteArray &upstream : sorted)
        add(upstream);
    return hash.result().toHex().left(32);
}

int StageLogic::promptVersion(const PromptTemplate *promptTemplate)
{
    const PromptVersion *version = promptTemplate ? promptTemplate->currentVersion() : nullptr;
    return version ? version->number : 0;
}

QString StageLogic::promptHash(const PromptTemplate *promptTemplate)
{
    if (!promptTemplate)
        return {};
    QCryptographicHash hash(QCryptographicHash::Sha256);
    const QByteArray system = promptTemplate->system.toUtf8();
    hash.addData(QByteArray::number(system.size()));
    hash.addData(":");
    hash.addData(system);
    hash.addData(promptTemplate->user.toUtf8());
    return QString::fromLatin1(hash.result().toHex().left(12));
}

} // namespace Seedbed::Run
