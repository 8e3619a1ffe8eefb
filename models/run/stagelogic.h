#pragma once

#include "models/llm/chattypes.h"
#include "models/llm/providerprofile.h"
#include "models/prompttemplate.h"
#include "models/stage.h"

#include <QByteArray>
#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

class QSqlDatabase;

namespace Seedbed {
class JsonSchema;
}

namespace Seedbed::Run {

/*! The status of a record, as stored in data.sqlite. */
enum class RecordStatus { Ok, Filtered, Failed, Duplicate };
QString statusName(RecordStatus status);

/*! One unit of work's outcome, before it is written. */
struct Output
{
    QString itemKey; //!< unique within the stage: what produced it (a row, an input + sample)
    QJsonObject fields;
    RecordStatus status = RecordStatus::Ok;
    std::optional<double> score;
    QJsonObject meta;    //!< lineage and outcome: model, prompt version, reason, raw output…
    QString reviewState; //!< empty: unreviewed; a review gate passes its input's on
};

/*! What a stage type does with records, in the runner's terms. */
enum class StageKind {
    Source, //!< makes records from its settings (seed table, topic list)
    Map,    //!< one input record at a time, in the runner's thread (filters, dedup)
    Llm,    //!< one input record at a time, through a model (generate, judge)
    Sink,   //!< writes the records that reach it once its inputs are done (export)
    Batch,  //!< decides over all its inputs at once, once they are done (mix, split, sample)
};

/*! \brief The behaviour of the core stage types as pure functions, so that each can be tested
    on its own and the runner (and the preview) only schedules and stores.

    Messages are translated (context Seedbed::Run::StageLogic; those first written for the
    runner keep its context, Seedbed::Run::Runner). Thread-safe. */
class StageLogic
{
public:
    /*! The kind of \a type, or nothing when this version cannot run it. */
    static std::optional<StageKind> kindOf(const QString &type);
    /*! The kind of \a stage with its settings: a dedup stage that keeps the best of each
        cluster or compares with a reference file needs all its inputs (Batch); otherwise as
        kindOf(type). */
    static std::optional<StageKind> kindOf(const Stage &stage);

    // --- Sources -----------------------------------------------------------------------------

    /*! The records of a seed table or topic list: rows of the "rows" setting or of the file
        named in "file" (relative to \a projectDir), or the topics. Keys are "row:N" or
        "topic:N". False with \a error when the file cannot be read. */
    static bool sourceOutputs(const Stage &stage, const QString &projectDir, QList<Output> *outputs,
                              QString *error);

    // --- Map stages ----------------------------------------------------------------------------

    /*! The rule filter's verdict on \a fields: nothing when it passes, else why not. \a schema
        is the stage's "schema" setting, compiled (null when there is none). */
    static std::optional<QString> ruleFilterReason(const QVariantMap &settings,
                                                   const QJsonObject &fields,
                                                   std::optional<double> score,
                                                   const JsonSchema *schema = nullptr);
    /*! A rule filter's whole work on one record: ruleFilterReason(), then the language,
        blocklist and personal-information rules (Quality::TextSafety), which may mask the
        fields. The output has the record's fields (masked), its status and reason, and in its
        meta what was masked or found. */
    static Output ruleFilter(const QVariantMap &settings, const QJsonObject &fields,
                             std::optional<double> score, const JsonSchema *schema = nullptr);
    /*! What a verify stage makes of a check: the record with "verified" set, filtered with
        \a reason when it did not pass; \a details (extracted and expected answers) in meta. */
    static Output verifyOutput(const QJsonObject &fields, bool passed, const QString &reason,
                               const QJsonObject &details = {});
    /*! Words of \a text: runs of letters and digits between spaces, each Chinese, Japanese or
        Korean character counting as one. */
    static qint64 wordCount(QStringView text);
    /*! The schema of a stage's \a key setting ("outputSchema", "schema"): nothing when the
        setting is empty; an invalid schema, with \a error set, when it is not valid. */
    static std::optional<JsonSchema> schemaSetting(const Stage &stage, const QString &key,
                                                   QString *error);
    /*! The text of \a fields that dedup compares: the named fields (all when empty), joined. */
    static QStringList dedupTexts(const QVariantMap &settings, const QJsonObject &fields);
    /*! Whether the review gate ("review") lets a record in review state \a reviewState pass:
        with "passes" = accepted, only accepted and edited records do (an edited record with
        its edited fields); with not-rejected, all but rejected ones. The share of records left
        out of review ("sampleRate" below 1, chosen by \a recordId and the "seed" setting)
        passes whatever its state. A record held back makes no output, so that a later run,
        after the review, passes it. */
    static bool reviewGatePasses(const QVariantMap &settings, const QString &reviewState,
                                 qint64 recordId);

    // --- LLM stages ----------------------------------------------------------------------------

    /*! The rendering context of a prompt: the record's fields at the top level, plus the
        stage's own values: sample_index, examples (few-shot examples, a list of records);
        negative_examples (records a reviewer marked "don't do this": each its fields plus
        "note", the reviewer's reason); rubric, scale_max, threshold and reference (the
        reference answer) for a judge; output_fields for a generator. */
    static QJsonObject promptContext(const Stage &stage, const QJsonObject &fields, int sample,
                                     const QJsonArray &examples = {},
                                     const QJsonArray &negativeExamples = {});
    /*! A negative example for the prompt: \a fields with the reviewer's \a note. */
    static QJsonObject negativeExample(const QJsonObject &fields, const QString &note);
    /*! The stored records a generator in examples mode \a mode ("best-accepted": its best
        accepted records; "exemplars": those a reviewer tagged "exemplar") shows, at most
        \a count, read from \a db; empty for other modes. Runs and previews share it. */
    static QJsonArray storedExamples(const QSqlDatabase &db, const QString &stageId,
                                     const QString &mode, int count);
    /*! The records of stage \a stageId a reviewer tagged "negative", with their notes (see
        negativeExample()), at most \a count. */
    static QJsonArray storedNegatives(const QSqlDatabase &db, const QString &stageId, int count);
    /*! The prompt \a stage runs with: the template its "template" setting names among
        \a templates, else its type's built-in prompt (a rewrite's preset for its mode), else
        nothing. */
    static std::optional<PromptTemplate> effectiveTemplate(const Stage &stage,
                                                           const QList<PromptTemplate> &templates);
    /*! The built-in prompt of \a stage's type and settings (a rewrite's preset), if any: what
        a new template of the stage starts from. */
    static std::optional<PromptTemplate> presetTemplate(const Stage &stage);
    /*! Whether \a promptTemplate refers to \a variable anywhere (so that what it needs is
        loaded only for the templates that use it). */
    static bool templateMentions(const PromptTemplate *promptTemplate, const QString &variable);
    /*! The chat request of \a stage for one input; false with \a error when the template is
        missing or does not render. A generator with an output schema asks for structured
        output with it. An evolve stage asks with its built-in prompt (no template), for the
        mutation of round \a sample. */
    static bool buildRequest(const Stage &stage, const PromptTemplate *promptTemplate,
                             const QString &model, const QJsonObject &fields, int sample,
                             const QJsonArray &examples, Llm::ChatRequest *request, QString *error,
                             const QJsonArray &negativeExamples = {});
    /*! The fixed few-shot examples of a generator ("fixedExamples": a JSON array of objects);
        false with \a error when the setting is not such an array. */
    static bool fixedExamples(const Stage &stage, QJsonArray *examples, QString *error);
    /*! The cache key of \a request: a SHA-256 over the model, the messages, every parameter,
        the sample index and the stage's salt. */
    static QByteArray cacheKey(const Llm::ChatRequest &request, int sample, qint64 salt);
    /*! The provider an LLM stage is served by: the profile its "provider" setting (or
        \a profileOverride) names, by name or id, among \a profiles; the model of its "model"
        setting (or \a modelOverride), else the profile's first; the key in \a keys under the
        profile's id or name, else in the environment variable the profile names (empty when
        there is none). False with \a error, naming the stage and the profile, when no profile
        matches. */
    static bool resolveProvider(const Stage &stage, const QList<Llm::ProviderProfile> &profiles,
                                const QHash<QString, QByteArray> &keys,
                                const QString &profileOverride, const QString &modelOverride,
                                Llm::ProviderProfile *profile, QString *model, QByteArray *key,
                                QString *error);
    /*! Why a call failed, for the user: LlmClient's message, naming the provider profile; a
        rejected or missing key (HTTP 401) says which profile's key to fix. \a hadKey: a key
        was sent. */
    static QString callError(const Llm::ChatError &error, const Llm::ProviderProfile &profile,
                             bool hadKey);
    /*! Why an answer that ended with \a reason (anything but Complete) is not a sample. */
    static QString finishText(Llm::FinishReason reason);
    /*! What a stage makes of a model's answer \a content (already complete, not truncated)
        for the input \a fields (and sample or evolution round \a sample): the output fields and
        status, with the reason of a failure. */
    static Output interpret(const Stage &stage, const QJsonObject &fields, const QString &content,
                            const JsonSchema *outputSchema = nullptr, int sample = 0);
    /*! The instruction field of an evolve stage or the field a rewrite stage rewrites. */
    static QString targetField(const Stage &stage);

    // --- Sinks -----------------------------------------------------------------------------------
    // The export stage writes through Export::Exporter (models/export/exporter.h), with
    // Export::ExportOptions::fromMap() of its settings.

    // --- Identity --------------------------------------------------------------------------------

    /*! A digest of everything that decides a stage's output: its type, settings, the text of
        its prompt template, the effective model, its salt and its inputs' hashes. Records of
        another hash are stale. */
    static QByteArray settingsHash(const Stage &stage, const PromptTemplate *promptTemplate,
                                   const QString &effectiveModel, qint64 salt,
                                   const QList<QByteArray> &upstreamHashes);
    /*! The number of the saved version of \a promptTemplate whose text is its current text
        (the latest such), or 0 when the current text was never saved as a version. */
    static int promptVersion(const PromptTemplate *promptTemplate);
    /*! A short digest of the template's current system and user text, so that a record made
        from unsaved text still names the exact wording. */
    static QString promptHash(const PromptTemplate *promptTemplate);
};

} // namespace Seedbed::Run
