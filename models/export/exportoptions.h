#pragma once

#include <QList>
#include <QString>
#include <QStringList>
#include <QVariantMap>

#include <optional>

namespace Seedbed::Export {

/*! \brief The file formats an export writes. */
enum class ExportFormat {
    Jsonl,       //!< one JSON object per line: the record's fields (or the chosen columns)
    Json,        //!< one JSON array of those objects
    Csv,         //!< RFC 4180, comma separated, CRLF, UTF-8
    Tsv,         //!< as Csv, tab separated
    Alpaca,      //!< JSONL of {instruction, input, output[, system][, history]}
    ShareGpt,    //!< JSONL of {conversations: [{from: system|human|gpt, value}]}
    OpenAiChat,  //!< JSONL of {messages: [{role: system|user|assistant, content}]}
    Preference,  //!< JSONL of {prompt, chosen, rejected}: best and worst sample of a parent
    HuggingFace, //!< a folder: one JSONL per split (in recordFormat) plus a README.md card
};

/*! \brief Where the text of one format field comes from: a record field, or a template
    (the project's template language, models/template/) rendered with the record's fields
    when \c templateText is not empty. Both empty: the format field is left out (or empty). */
struct FieldSource
{
    QString field;        //!< a record field name
    QString templateText; //!< wins over \c field when not empty

    bool isTemplate() const { return !templateText.isEmpty(); }
    bool isEmpty() const { return field.isEmpty() && templateText.isEmpty(); }
    friend bool operator==(const FieldSource &, const FieldSource &) = default;
};

/*! \brief Which record fields go to which format fields.

    Chat formats (alpaca, sharegpt, openai-chat, preference and the hugging-face folder in
    those) use the roles: \c prompt is the user's turn (alpaca's instruction), \c input is
    alpaca's input, \c response the answer (alpaca's output; preference's chosen and
    rejected), \c system the system message (a template: plain text is a valid one),
    \c history a field holding earlier turns (a list of [user, assistant] pairs or of
    {role|from, content|value} objects). Raw formats (jsonl, json, csv, tsv) write
    \c columns in that order, each from its source; no columns: every field of the records,
    in first-seen order. */
struct FieldMapping
{
    /*! \brief One column of a raw format: its name and where its value comes from. */
    struct Column
    {
        QString name;
        FieldSource source;
        friend bool operator==(const Column &, const Column &) = default;
    };

    FieldSource system;
    FieldSource prompt{QStringLiteral("question"), {}};
    FieldSource input;
    FieldSource response{QStringLiteral("answer"), {}};
    FieldSource history;
    QList<Column> columns;

    friend bool operator==(const FieldMapping &, const FieldMapping &) = default;
};

/*! \brief Which records are exported. All conditions must hold. */
struct ExportFilters
{
    /*! \brief By review state. */
    enum class Review {
        Everything,  //!< every review state
        NotRejected, //!< all but rejected
        Accepted,    //!< accepted or edited
    };
    /*! \brief A minimum score: the record's score of judge \c judge (a judge stage's name;
        empty: the record's primary score) is at least \c minimum. */
    struct MinScore
    {
        QString judge;
        double minimum = 0;
        friend bool operator==(const MinScore &, const MinScore &) = default;
    };

    Review review = Review::Everything;
    QStringList statuses{QStringLiteral("ok")}; //!< ok, filtered, failed, duplicate; empty: all
    QList<MinScore> minScores;
    QStringList tags; //!< records carrying at least one of these tags; empty: any

    friend bool operator==(const ExportFilters &, const ExportFilters &) = default;
};

/*! \brief How records are divided into train / validation / test. */
struct ExportSplit
{
    enum class Mode {
        None,      //!< no splits: one file (the hugging-face folder writes train.jsonl)
        FromField, //!< the record's \c field (the Split stage writes "split")
        Ratio,     //!< chosen at export: \c ratios, decided by a seeded hash of the record id
    };
    /*! \brief A split's name and its share (any positive numbers; they are normalised). */
    struct Part
    {
        QString name;
        double ratio = 0;
        friend bool operator==(const Part &, const Part &) = default;
    };

    Mode mode = Mode::None;
    QString field = QStringLiteral("split");
    QList<Part> ratios{{QStringLiteral("train"), 0.8},
                       {QStringLiteral("validation"), 0.1},
                       {QStringLiteral("test"), 0.1}};
    quint64 seed = 0;
    /*! Single-file formats: only the records of this split (empty: all records, whatever
        their split). Ignored by the hugging-face folder, which writes every split. */
    QString only;

    friend bool operator==(const ExportSplit &, const ExportSplit &) = default;
};

/*! \brief What the hugging-face dataset card says beyond what the export measures. */
struct DatasetCardInfo
{
    QString title;       //!< empty: the file name of the folder
    QString description; //!< free text, under the title
    QString license;     //!< an SPDX id or "other"; empty: "unknown"
    friend bool operator==(const DatasetCardInfo &, const DatasetCardInfo &) = default;
};

/*! \brief Everything an export needs besides the data file and the target: a plain value,
    saved with toMap() and read back with fromMap() (unknown or missing keys take their
    defaults, so settings from an older version load). */
struct ExportOptions
{
    QStringList stageIds; //!< the stages whose records are exported (UUIDs without braces)
    ExportFormat format = ExportFormat::Jsonl;
    /*! The format of the records inside a hugging-face folder: Jsonl, Alpaca, ShareGpt,
        OpenAiChat or Preference. */
    ExportFormat recordFormat = ExportFormat::OpenAiChat;
    FieldMapping mapping;
    ExportFilters filters;
    ExportSplit split;
    /*! Chat formats: the answer starts with the model's reasoning (the record's meta
        "reasoning", or \c reasoningSource when set) as a <think>…</think> block. Raw formats:
        a "reasoning" field is added. */
    bool includeReasoning = false;
    FieldSource reasoningSource;
    bool bom = false; //!< csv and tsv: start with a UTF-8 byte order mark (for Excel)
    /*! Preference pairs: rank the samples by this judge's score (empty: the primary score). */
    QString preferenceJudge;
    DatasetCardInfo card;

    friend bool operator==(const ExportOptions &, const ExportOptions &) = default;

    /*! The options as plain values (for project files, QSettings, stage settings). */
    QVariantMap toMap() const;
    /*! Options from \a map (as toMap() makes, or the settings of a pipeline "export" stage:
        format, include, promptField, responseField, systemPrompt, …); missing keys keep the
        defaults. */
    static ExportOptions fromMap(const QVariantMap &map);

    /*! The stable id of \a format: jsonl, json, csv, tsv, alpaca, sharegpt, openai-chat,
        preference, huggingface. */
    static QString formatId(ExportFormat format);
    /*! The format of \a id (as formatId() makes), or nothing. */
    static std::optional<ExportFormat> formatFromId(const QString &id);
    /*! Every format, in the order a user picks from. */
    static QList<ExportFormat> formats();
    /*! The translated name of \a format, for a list. */
    static QString formatName(ExportFormat format);
    /*! The file name extension (without dot) \a format writes: jsonl, json, csv, tsv; empty
        for the hugging-face folder. */
    static QString fileExtension(ExportFormat format);
    /*! Whether \a format writes raw fields (columns) rather than roles. */
    static bool isRaw(ExportFormat format);

    /*! \brief A format field that the mapping fills, for an editor. */
    struct Target
    {
        QString id;    //!< "system", "prompt", "input", "response", "history"
        QString label; //!< translated: what the format calls it, e.g. "instruction"
    };
    /*! The mapping roles \a format uses (for a hugging-face folder: those of
        \a recordFormat); none for raw formats, whose mapping is FieldMapping::columns. */
    static QList<Target> targets(ExportFormat format,
                                 ExportFormat recordFormat = ExportFormat::OpenAiChat);

    /*! Review filter ids: everything, not-rejected, accepted. */
    static QString reviewId(ExportFilters::Review review);
    static std::optional<ExportFilters::Review> reviewFromId(const QString &id);

    /*! A mapping for records with the fields \a fieldNames: the usual names of a prompt
        (question, instruction, prompt, input, query…), a response (answer, output, response,
        completion…), a system message and a history when present, else the defaults. */
    static FieldMapping guessMapping(const QStringList &fieldNames);

    /*! What is wrong with these options (missing stage, a template that does not parse, a
        split ratio that is not positive…), translated; empty when they can run. */
    QStringList problems() const;
};

} // namespace Seedbed::Export
