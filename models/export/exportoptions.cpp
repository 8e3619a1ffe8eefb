#include "models/export/exportoptions.h"

#include "models/template/template.h"

#include <QCoreApplication>

namespace Seedbed::Export {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Seedbed::Export::ExportOptions)
};

struct FormatInfo
{
    ExportFormat format;
    const char *id;
    const char *extension;
};

constexpr FormatInfo formatTable[] = {
    {ExportFormat::Jsonl, "jsonl", "jsonl"},
    {ExportFormat::Json, "json", "json"},
    {ExportFormat::Csv, "csv", "csv"},
    {ExportFormat::Tsv, "tsv", "tsv"},
    {ExportFormat::Alpaca, "alpaca", "jsonl"},
    {ExportFormat::ShareGpt, "sharegpt", "jsonl"},
    {ExportFormat::OpenAiChat, "openai-chat", "jsonl"},
    {ExportFormat::Preference, "preference", "jsonl"},
    {ExportFormat::HuggingFace, "huggingface", ""},
};

QString key(const char *name)
{
    return QString::fromLatin1(name);
}

QVariantMap sourceMap(const FieldSource &source)
{
    QVariantMap map;
    if (!source.field.isEmpty())
        map.insert(QStringLiteral("field"), source.field);
    if (!source.templateText.isEmpty())
        map.insert(QStringLiteral("template"), source.templateText);
    return map;
}

FieldSource sourceFromMap(const QVariantMap &map)
{
    return {map.value(QStringLiteral("field")).toString(),
            map.value(QStringLiteral("template")).toString()};
}

QStringList listOf(const QVariant &value)
{
    // A list, or one string with commas (a stage setting typed by hand).
    QStringList raw = value.typeId() == QMetaType::QString
                          ? value.toString().split(QLatin1Char(','))
                          : value.toStringList();
    QStringList out;
    for (const QString &item : std::as_const(raw)) {
        if (!item.trimmed().isEmpty())
            out.append(item.trimmed());
    }
    return out;
}

// "judge=7", "7" (the primary score) or {judge, minimum}.
std::optional<ExportFilters::MinScore> minScoreFrom(const QVariant &value)
{
    ExportFilters::MinScore score;
    bool ok = false;
    if (value.typeId() == QMetaType::QVariantMap) {
        const QVariantMap map = value.toMap();
        score.judge = map.value(QStringLiteral("judge")).toString();
        score.minimum = map.value(QStringLiteral("minimum")).toDouble(&ok);
    } else {
        const QString text = value.toString().trimmed();
        const qsizetype eq = text.lastIndexOf(QLatin1Char('='));
        score.judge = eq < 0 ? QString() : text.first(eq).trimmed();
        score.minimum = text.mid(eq + 1).trimmed().toDouble(&ok);
    }
    if (!ok)
        return std::nullopt;
    return score;
}

QString ratiosText(const QList<ExportSplit::Part> &parts)
{
    QStringList out;
    for (const ExportSplit::Part &part : parts)
        out << part.name + QLatin1Char('=') + QString::number(part.ratio);
    return out.join(QLatin1Char(','));
}

QList<ExportSplit::Part> ratiosFrom(const QVariant &value, bool *ok)
{
    QList<ExportSplit::Part> parts;
    *ok = true;
    for (const QString &item : listOf(value)) {
        const qsizetype eq = item.indexOf(QLatin1Char('='));
        ExportSplit::Part part;
        bool number = false;
        part.name = eq < 0 ? QString() : item.first(eq).trimmed();
        part.ratio = item.mid(eq + 1).trimmed().toDouble(&number);
        if (part.name.isEmpty() || !number) {
            *ok = false;
            continue;
        }
        parts.append(part);
    }
    return parts;
}

} // namespace

QString ExportOptions::formatId(ExportFormat format)
{
    for (const FormatInfo &info : formatTable) {
        if (info.format == format)
            return key(info.id);
    }
    return {};
}

std::optional<ExportFormat> ExportOptions::formatFromId(const QString &id)
{
    for (const FormatInfo &info : formatTable) {
        if (id == QLatin1String(info.id))
            return info.format;
    }
    return std::nullopt;
}

QList<ExportFormat> ExportOptions::formats()
{
    QList<ExportFormat> all;
    for (const FormatInfo &info : formatTable)
        all.append(info.format);
    return all;
}

QString ExportOptions::formatName(ExportFormat format)
{
    switch (format) {
    case ExportFormat::Jsonl:
        return Text::tr("JSON Lines (fields as is)");
    case ExportFormat::Json:
        return Text::tr("JSON array");
    case ExportFormat::Csv:
        return Text::tr("CSV (comma separated)");
    case ExportFormat::Tsv:
        return Text::tr("TSV (tab separated)");
    case ExportFormat::Alpaca:
        return Text::tr("Alpaca (instruction, input, output)");
    case ExportFormat::ShareGpt:
        return Text::tr("ShareGPT conversations");
    case ExportFormat::OpenAiChat:
        return Text::tr("OpenAI chat fine-tuning (messages)");
    case ExportFormat::Preference:
        return Text::tr("Preference pairs (prompt, chosen, rejected)");
    case ExportFormat::HuggingFace:
        return Text::tr("Hugging Face dataset folder");
    }
    return {};
}

QString ExportOptions::fileExtension(ExportFormat format)
{
    for (const FormatInfo &info : formatTable) {
        if (info.format == format)
            return key(info.extension);
    }
    return {};
}

bool ExportOptions::isRaw(ExportFormat format)
{
    return format == ExportFormat::Jsonl || format == ExportFormat::Json ||
           format == ExportFormat::Csv || format == ExportFormat::Tsv;
}

QList<ExportOptions::Target> ExportOptions::targets(ExportFormat format, ExportFormat recordFormat)
{
    if (format == ExportFormat::HuggingFace)
        format =
            recordFormat == ExportFormat::HuggingFace ? ExportFormat::OpenAiChat : recordFormat;
    switch (format) {
    case ExportFormat::Alpaca:
        return {{QStringLiteral("prompt"), Text::tr("instruction")},
                {QStringLiteral("input"), Text::tr("input")},
                {QStringLiteral("response"), Text::tr("output")},
                {QStringLiteral("system"), Text::tr("system")},
                {QStringLiteral("history"), Text::tr("history")}};
    case ExportFormat::ShareGpt:
        return {{QStringLiteral("system"), Text::tr("system turn")},
                {QStringLiteral("history"), Text::tr("earlier turns")},
                {QStringLiteral("prompt"), Text::tr("human turn")},
                {QStringLiteral("response"), Text::tr("gpt turn")}};
    case ExportFormat::OpenAiChat:
        return {{QStringLiteral("system"), Text::tr("system message")},
                {QStringLiteral("history"), Text::tr("earlier messages")},
                {QStringLiteral("prompt"), Text::tr("user message")},
                {QStringLiteral("response"), Text::tr("assistant message")}};
    case ExportFormat::Preference:
        return {{QStringLiteral("system"), Text::tr("system")},
                {QStringLiteral("prompt"), Text::tr("prompt")},
                {QStringLiteral("response"), Text::tr("chosen and rejected answers")}};
    default:
        return {};
    }
}

QString ExportOptions::reviewId(ExportFilters::Review review)
{
    switch (review) {
    case ExportFilters::Review::NotRejected:
        return QStringLiteral("not-rejected");
    case ExportFilters::Review::Accepted:
        return QStringLiteral("accepted");
    case ExportFilters::Review::Everything:
        break;
    }
    return QStringLiteral("everything");
}

std::optional<ExportFilters::Review> ExportOptions::reviewFromId(const QString &id)
{
    if (id == QLatin1String("everything") || id.isEmpty())
        return ExportFilters::Review::Everything;
    if (id == QLatin1String("not-rejected"))
        return ExportFilters::Review::NotRejected;
    if (id == QLatin1String("accepted"))
        return ExportFilters::Review::Accepted;
    return std::nullopt;
}

QVariantMap ExportOptions::toMap() const
{
    QVariantMap map;
    map.insert(QStringLiteral("stages"), stageIds);
    map.insert(QStringLiteral("format"), formatId(format));
    map.insert(QStringLiteral("recordFormat"), formatId(recordFormat));
    // The roles keep the flat keys of the pipeline's export stage.
    map.insert(QStringLiteral("promptField"), mapping.prompt.field);
    map.insert(QStringLiteral("promptTemplate"), mapping.prompt.templateText);
    map.insert(QStringLiteral("responseField"), mapping.response.field);
    map.insert(QStringLiteral("responseTemplate"), mapping.response.templateText);
    map.insert(QStringLiteral("inputField"), mapping.input.field);
    map.insert(QStringLiteral("inputTemplate"), mapping.input.templateText);
    map.insert(QStringLiteral("systemField"), mapping.system.field);
    map.insert(QStringLiteral("systemPrompt"), mapping.system.templateText);
    map.insert(QStringLiteral("historyField"), mapping.history.field);
    map.insert(QStringLiteral("historyTemplate"), mapping.history.templateText);
    QVariantList columns;
    for (const FieldMapping::Column &column : mapping.columns) {
        QVariantMap c = sourceMap(column.source);
        c.insert(QStringLiteral("name"), column.name);
        columns.append(c);
    }
    map.insert(QStringLiteral("columns"), columns);
    map.insert(QStringLiteral("include"), reviewId(filters.review));
    map.insert(QStringLiteral("statuses"), filters.statuses);
    QVariantList scores;
    for (const ExportFilters::MinScore &score : filters.minScores)
        scores.append(QVariantMap{{QStringLiteral("judge"), score.judge},
                                  {QStringLiteral("minimum"), score.minimum}});
    map.insert(QStringLiteral("minScores"), scores);
    map.insert(QStringLiteral("tags"), filters.tags);
    map.insert(QStringLiteral("splitMode"),
               QString::fromLatin1(split.mode == ExportSplit::Mode::FromField ? "field"
                                   : split.mode == ExportSplit::Mode::Ratio   ? "ratio"
                                                                              : "none"));
    map.insert(QStringLiteral("splitField"), split.field);
    map.insert(QStringLiteral("splitRatios"), ratiosText(split.ratios));
    map.insert(QStringLiteral("splitSeed"), QString::number(split.seed));
    map.insert(QStringLiteral("splitOnly"), split.only);
    map.insert(QStringLiteral("think"), includeReasoning);
    map.insert(QStringLiteral("reasoning"), sourceMap(reasoningSource));
    map.insert(QStringLiteral("bom"), bom);
    map.insert(QStringLiteral("preferenceJudge"), preferenceJudge);
    map.insert(QStringLiteral("cardTitle"), card.title);
    map.insert(QStringLiteral("cardDescription"), card.description);
    map.insert(QStringLiteral("license"), card.license);
    return map;
}

ExportOptions ExportOptions::fromMap(const QVariantMap &map)
{
    ExportOptions o;
    const auto text = [&map](const char *name, const QString &fallback = QString()) {
        const auto it = map.constFind(key(name));
        return it == map.cend() ? fallback : it->toString();
    };
    if (map.contains(QStringLiteral("stages")))
        o.stageIds = listOf(map.value(QStringLiteral("stages")));
    o.format = formatFromId(text("format")).value_or(o.format);
    o.recordFormat = formatFromId(text("recordFormat")).value_or(o.recordFormat);
    if (o.recordFormat == ExportFormat::HuggingFace || o.recordFormat == ExportFormat::Json ||
        o.recordFormat == ExportFormat::Csv || o.recordFormat == ExportFormat::Tsv)
        o.recordFormat = ExportFormat::OpenAiChat;
    o.mapping.prompt = {text("promptField", o.mapping.prompt.field), text("promptTemplate")};
    o.mapping.response = {text("responseField", o.mapping.response.field),
                          text("responseTemplate")};
    o.mapping.input = {text("inputField"), text("inputTemplate")};
    o.mapping.system = {text("systemField"), text("systemPrompt")};
    o.mapping.history = {text("historyField"), text("historyTemplate")};
    for (const QVariant &item : map.value(QStringLiteral("columns")).toList()) {
        const QVariantMap c = item.toMap();
        FieldMapping::Column column{c.value(QStringLiteral("name")).toString(), sourceFromMap(c)};
        if (column.name.isEmpty())
            column.name = column.source.field;
        if (!column.name.isEmpty())
            o.mapping.columns.append(column);
    }
    o.filters.review = reviewFromId(text("include")).value_or(o.filters.review);
    if (map.contains(QStringLiteral("statuses")))
        o.filters.statuses = listOf(map.value(QStringLiteral("statuses")));
    const QVariant scores = map.value(QStringLiteral("minScores"));
    const QVariantList scoreList =
        scores.typeId() == QMetaType::QString ? QVariant(listOf(scores)).toList() : scores.toList();
    for (const QVariant &item : scoreList) {
        if (const auto score = minScoreFrom(item))
            o.filters.minScores.append(*score);
    }
    o.filters.tags = listOf(map.value(QStringLiteral("tags")));
    const QString mode = text("splitMode");
    o.split.mode = mode == QLatin1String("field")   ? ExportSplit::Mode::FromField
                   : mode == QLatin1String("ratio") ? ExportSplit::Mode::Ratio
                                                    : ExportSplit::Mode::None;
    o.split.field = text("splitField", o.split.field);
    if (o.split.field.isEmpty())
        o.split.field = QStringLiteral("split");
    bool ratiosOk = true;
    if (map.contains(QStringLiteral("splitRatios"))) {
        const QList<ExportSplit::Part> parts =
            ratiosFrom(map.value(QStringLiteral("splitRatios")), &ratiosOk);
        if (!parts.isEmpty())
            o.split.ratios = parts;
    }
    o.split.seed = text("splitSeed", QStringLiteral("0")).toULongLong();
    o.split.only = text("splitOnly").trimmed();
    o.includeReasoning = map.value(QStringLiteral("think")).toBool();
    o.reasoningSource = sourceFromMap(map.value(QStringLiteral("reasoning")).toMap());
    o.bom = map.value(QStringLiteral("bom")).toBool();
    o.preferenceJudge = text("preferenceJudge");
    o.card.title = text("cardTitle");
    o.card.description = text("cardDescription");
    o.card.license = text("license");
    return o;
}

FieldMapping ExportOptions::guessMapping(const QStringList &fieldNames)
{
    FieldMapping mapping;
    const auto pick = [&fieldNames](std::initializer_list<const char *> names) {
        for (const char *name : names) {
            for (const QString &field : fieldNames) {
                if (field.compare(QLatin1String(name), Qt::CaseInsensitive) == 0)
                    return field;
            }
        }
        return QString();
    };
    const QString prompt = pick({"question", "instruction", "prompt", "query", "input", "text"});
    const QString response =
        pick({"answer", "output", "response", "completion", "solution", "reply"});
    if (!prompt.isEmpty())
        mapping.prompt = {prompt, {}};
    if (!response.isEmpty())
        mapping.response = {response, {}};
    if (prompt != QLatin1String("input")) {
        const QString input = pick({"input", "context"});
        if (!input.isEmpty() && input != prompt)
            mapping.input = {input, {}};
    }
    const QString system = pick({"system", "system_prompt"});
    if (!system.isEmpty())
        mapping.system = {system, {}};
    const QString history = pick({"history", "turns"});
    if (!history.isEmpty())
        mapping.history = {history, {}};
    return mapping;
}

QStringList ExportOptions::problems() const
{
    QStringList out;
    if (stageIds.isEmpty())
        out << Text::tr("Choose the stage whose records to export.");
    const auto checkTemplate = [&out](const FieldSource &source, const QString &what) {
        if (!source.isTemplate())
            return;
        const Template parsed = Template::parse(source.templateText);
        if (!parsed.isValid())
            out << Text::tr("The template of “%1” has an error: %2")
                       .arg(what, parsed.errors().constFirst().message);
    };
    if (!isRaw(format)) {
        for (const Target &target : targets(format, recordFormat)) {
            const FieldSource *source = target.id == QLatin1String("prompt")     ? &mapping.prompt
                                        : target.id == QLatin1String("response") ? &mapping.response
                                        : target.id == QLatin1String("input")    ? &mapping.input
                                        : target.id == QLatin1String("system")   ? &mapping.system
                                                                                 : &mapping.history;
            checkTemplate(*source, target.label);
        }
        const bool usesRoles =
            format != ExportFormat::HuggingFace || recordFormat != ExportFormat::Jsonl;
        if (usesRoles && mapping.prompt.isEmpty())
            out << Text::tr("Choose the field (or write the template) of the prompt.");
        if (usesRoles && mapping.response.isEmpty())
            out << Text::tr("Choose the field (or write the template) of the answer.");
    }
    for (const FieldMapping::Column &column : mapping.columns) {
        if (column.name.isEmpty())
            out << Text::tr("Every column needs a name.");
        checkTemplate(column.source, column.name);
    }
    checkTemplate(reasoningSource, Text::tr("reasoning"));
    if (split.mode == ExportSplit::Mode::Ratio) {
        double sum = 0;
        bool negative = false;
        for (const ExportSplit::Part &part : split.ratios) {
            sum += part.ratio;
            negative = negative || part.ratio < 0 || part.name.isEmpty();
        }
        if (negative || sum <= 0)
            out << Text::tr("Give every split a name and a share of zero or more, at least one "
                            "of them above zero, such as train=80, validation=10, test=10.");
    }
    if (split.mode == ExportSplit::Mode::FromField && split.field.isEmpty())
        out << Text::tr("Name the field that holds the split.");
    for (const QString &status : filters.statuses) {
        if (!QStringList{QStringLiteral("ok"), QStringLiteral("filtered"), QStringLiteral("failed"),
                         QStringLiteral("duplicate")}
                 .contains(status))
            out << Text::tr("Unknown status “%1”: use ok, filtered, failed or duplicate.")
                       .arg(status);
    }
    return out;
}

} // namespace Seedbed::Export
