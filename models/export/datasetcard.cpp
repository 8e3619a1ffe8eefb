#include "models/export/datasetcard.h"

#include "models/projectformat.h"
#include "models/stageregistry.h"

#include <QDate>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonValue>
#include <QMap>
#include <QSqlQuery>
#include <QUuid>

#include <map>

// The card is a data file read by the Hugging Face hub and by people browsing it there: its
// text is English on purpose, like the YAML keys it starts with, whatever the app's language.

namespace Seedbed::Export {

namespace {

QByteArray jsonString(const QString &text)
{
    // A JSON string is a valid YAML scalar.
    const QByteArray array = QJsonDocument(QJsonArray{text}).toJson(QJsonDocument::Compact);
    return array.mid(1, array.size() - 2);
}

// Markdown table cells: no pipes or line breaks.
QByteArray cell(const QString &text)
{
    QString t = text;
    t.replace(QLatin1Char('|'), QLatin1String("\\|"));
    t.replace(QLatin1Char('\n'), QLatin1Char(' '));
    t.replace(QLatin1Char('\r'), QLatin1Char(' '));
    return t.toUtf8();
}

QString settingText(const QVariant &value)
{
    QString text;
    if (value.typeId() == QMetaType::QVariantList || value.typeId() == QMetaType::QVariantMap ||
        value.typeId() == QMetaType::QStringList)
        text = QString::fromUtf8(QJsonDocument::fromVariant(value.typeId() == QMetaType::QVariantMap
                                                                ? value
                                                                : QVariant(value.toList()))
                                     .toJson(QJsonDocument::Compact));
    else
        text = value.toString();
    if (text.size() > 80)
        text = text.left(79) + QChar(0x2026);
    return text;
}

QString formatSentence(ExportFormat format)
{
    switch (format) {
    case ExportFormat::Jsonl:
        return QStringLiteral("Each line is one record: a JSON object of its fields.");
    case ExportFormat::Alpaca:
        return QStringLiteral("Each line is an Alpaca example: `instruction`, `input`, `output`, "
                              "and `system` / `history` where present.");
    case ExportFormat::ShareGpt:
        return QStringLiteral("Each line is a ShareGPT conversation: `conversations`, a list of "
                              "`{from: system|human|gpt, value}` turns.");
    case ExportFormat::OpenAiChat:
        return QStringLiteral("Each line is an OpenAI chat fine-tuning example: `messages`, a list "
                              "of `{role: system|user|assistant, content}`.");
    case ExportFormat::Preference:
        return QStringLiteral("Each line is a preference pair: `prompt`, `chosen` (the "
                              "best-scored sample of a prompt) and `rejected` (the worst-scored).");
    default:
        return QString();
    }
}

} // namespace

QByteArray DatasetCard::render(const QSqlDatabase &db) const
{
    ProjectData project;
    if (!projectFile.isEmpty()) {
        QFile file(projectFile);
        ProjectError error;
        if (!file.open(QIODevice::ReadOnly) ||
            !ProjectFormat::parse(file.readAll(), projectFile, &project, &error))
            project = {};
    }
    QHash<QString, const Stage *> stages;
    for (const Stage &stage : std::as_const(project.stages))
        stages.insert(stage.id.toString(QUuid::WithoutBraces), &stage);
    const auto stageName = [&stages](const QString &id) {
        const Stage *stage = stages.value(id);
        return stage ? stage->name : id;
    };
    QString title = options.card.title;
    if (title.isEmpty())
        title = project.name.isEmpty() ? QStringLiteral("Seedbed dataset") : project.name;
    const QString license =
        options.card.license.isEmpty() ? QStringLiteral("unknown") : options.card.license;

    QByteArray out;
    out += "---\nlicense: " + jsonString(license) + "\npretty_name: " + jsonString(title) +
           "\ntags:\n- synthetic\n- seedbed\nconfigs:\n- config_name: default\n  data_files:\n";
    for (const Split &split : splits)
        out +=
            "  - split: " + jsonString(split.name) + "\n    path: " + jsonString(split.file) + "\n";
    out += "---\n\n# " + cell(title) + "\n\n";
    if (!options.card.description.isEmpty())
        out += options.card.description.toUtf8() + "\n\n";
    out += "Made with Seedbed on " + QDate::currentDate().toString(Qt::ISODate).toUtf8() +
           ". Licence: " + cell(license) + ".\n\n";

    out += "## Files\n\n| Split | File | Records |\n|---|---|---:|\n";
    qint64 total = 0;
    for (const Split &split : splits) {
        out += "| " + cell(split.name) + " | " + cell(split.file) + " | " +
               QByteArray::number(split.records) + " |\n";
        total += split.records;
    }
    out += "| all | | " + QByteArray::number(total) + " |\n\n";
    out += "## Format\n\n" + formatSentence(options.recordFormat).toUtf8() + "\n";
    if (options.includeReasoning)
        out += "Answers start with the model's reasoning in a `<think>…</think>` block.\n";
    out += "\n## How it was made\n\n";

    // Exported stages.
    QStringList exported;
    for (const QString &id : options.stageIds)
        exported << stageName(QUuid::fromString(id).isNull()
                                  ? id
                                  : QUuid::fromString(id).toString(QUuid::WithoutBraces));
    out += "Records of the stage(s): " + cell(exported.join(QStringLiteral(", "))) + ".\n\n";

    // Models and prompts, from the records' lineage.
    {
        QSqlQuery query(db);
        query.setForwardOnly(true);
        QByteArray models;
        QByteArray prompts;
        if (query.exec(QStringLiteral(
                "SELECT stage_id, json_extract(meta, '$.model'), json_extract(meta, '$.template'), "
                "json_extract(meta, '$.promptVersion'), json_extract(meta, '$.promptHash'), "
                "count(*) FROM records WHERE meta <> '{}' AND json_valid(meta) GROUP BY 1, 2, 3, "
                "4, 5 ORDER BY 1, 2, 3, 4, 5"))) {
            while (query.next()) {
                const QString stage = stageName(query.value(0).toString());
                const QString model = query.value(1).toString();
                const QString count = query.value(5).toString();
                if (!model.isEmpty())
                    models +=
                        "| " + cell(stage) + " | " + cell(model) + " | " + count.toUtf8() + " |\n";
                if (!query.value(2).isNull() || !query.value(4).isNull()) {
                    const int version = query.value(3).toInt();
                    prompts +=
                        "| " + cell(stage) + " | " + cell(query.value(2).toString()) + " | " +
                        (version > 0 ? QByteArray::number(version) : QByteArray("unsaved")) +
                        " | " + cell(query.value(4).toString()) + " | " + count.toUtf8() + " |\n";
                }
            }
        }
        out += "### Models\n\n";
        out += models.isEmpty() ? QByteArray("No model calls are recorded.\n\n")
                                : "| Stage | Model | Records |\n|---|---|---:|\n" + models + "\n";
        out += "### Prompts\n\n";
        out +=
            prompts.isEmpty()
                ? QByteArray("No prompt templates are recorded.\n\n")
                : "| Stage | Template | Version | Text hash | Records |\n|---|---|---|---|---:|\n" +
                      prompts + "\n";
    }

    // The export's own filters.
    out += "### Filters at export\n\n";
    out += "- Review: " + ExportOptions::reviewId(options.filters.review).toUtf8() + "\n";
    out += "- Status: " +
           (options.filters.statuses.isEmpty()
                ? QByteArray("any")
                : cell(options.filters.statuses.join(QStringLiteral(", ")))) +
           "\n";
    for (const ExportFilters::MinScore &score : options.filters.minScores)
        out += "- Minimum score" +
               (score.judge.isEmpty() ? QByteArray() : " of " + cell(score.judge)) + ": " +
               QByteArray::number(score.minimum) + "\n";
    if (!options.filters.tags.isEmpty())
        out += "- Tags (any of): " + cell(options.filters.tags.join(QStringLiteral(", "))) + "\n";
    switch (options.split.mode) {
    case ExportSplit::Mode::None:
        out += "- Splits: none (everything is in train)\n";
        break;
    case ExportSplit::Mode::FromField:
        out += "- Splits: from the field `" + cell(options.split.field) + "`\n";
        break;
    case ExportSplit::Mode::Ratio: {
        QStringList parts;
        for (const ExportSplit::Part &part : options.split.ratios)
            parts << part.name + QLatin1Char('=') + QString::number(part.ratio);
        out += "- Splits: chosen at export, " + cell(parts.join(QStringLiteral(", "))) + ", seed " +
               QByteArray::number(options.split.seed) + "\n";
        break;
    }
    }
    out += "\n";

    // Quality and dedup stages of the pipeline, with their settings.
    {
        QByteArray quality;
        QByteArray dedup;
        for (const Stage &stage : std::as_const(project.stages)) {
            const bool isDedup = stage.type.startsWith(QLatin1String("dedup"));
            const bool isQuality = stage.type == QLatin1String("judge") ||
                                   stage.type == QLatin1String("rule_filter") ||
                                   stage.type == QLatin1String("verify") ||
                                   stage.type == QLatin1String("review");
            if (!isDedup && !isQuality)
                continue;
            QStringList settings;
            for (auto it = stage.settings.cbegin(); it != stage.settings.cend(); ++it) {
                const QString text = settingText(it.value());
                if (!text.isEmpty())
                    settings << it.key() + QLatin1Char('=') + text;
            }
            QByteArray line = "- **" + cell(stage.name) + "** (" + stage.type.toUtf8() + ")";
            if (!settings.isEmpty())
                line += ": " + cell(settings.join(QStringLiteral(", "))).replace('`', '\'');
            line += "\n";
            (isDedup ? dedup : quality) += line;
        }
        out +=
            "### Quality stages\n\n" + (quality.isEmpty() ? QByteArray("None.\n") : quality) + "\n";
        out += "### Deduplication\n\n" + (dedup.isEmpty() ? QByteArray("None.\n") : dedup) + "\n";
    }

    // Counts per stage.
    {
        std::map<QString, QMap<QString, qint64>> counts;
        QSqlQuery query(db);
        query.setForwardOnly(true);
        if (query.exec(
                QStringLiteral("SELECT stage_id, status, count(*) FROM records GROUP BY 1, 2"))) {
            while (query.next())
                counts[query.value(0).toString()][query.value(1).toString()] =
                    query.value(2).toLongLong();
        }
        out += "### Records per stage\n\n| Stage | ok | filtered | duplicate | failed |\n"
               "|---|---:|---:|---:|---:|\n";
        // In the pipeline's order when the project is known.
        QStringList order;
        for (const Stage &stage : std::as_const(project.stages))
            order << stage.id.toString(QUuid::WithoutBraces);
        for (const auto &[id, byStatus] : counts) {
            if (!order.contains(id))
                order << id;
        }
        for (const QString &id : std::as_const(order)) {
            const auto it = counts.find(id);
            if (it == counts.end())
                continue;
            out += "| " + cell(stageName(id)) + " | ";
            for (const char *status : {"ok", "filtered", "duplicate", "failed"})
                out += QByteArray::number(it->second.value(QString::fromLatin1(status))) + " | ";
            out.chop(1);
            out += "\n";
        }
        out += "\n";
    }

    // Score distributions of the exported stages.
    {
        QStringList marks;
        for (qsizetype i = 0; i < options.stageIds.size(); ++i)
            marks << QStringLiteral("?");
        const QString where =
            QStringLiteral("r.stage_id IN (%1)").arg(marks.join(QLatin1Char(',')));
        const auto bindStages = [this](QSqlQuery &query) {
            for (const QString &id : options.stageIds) {
                const QUuid uuid = QUuid::fromString(id);
                query.addBindValue(uuid.isNull() ? id : uuid.toString(QUuid::WithoutBraces));
            }
        };
        QByteArray table;
        QSqlQuery query(db);
        query.setForwardOnly(true);
        query.prepare(QStringLiteral("SELECT s.judge, count(*), min(s.score), avg(s.score), "
                                     "max(s.score) FROM record_scores s JOIN records r ON r.id = "
                                     "s.record_id WHERE ") +
                      where + QStringLiteral(" GROUP BY 1 ORDER BY 1"));
        bindStages(query);
        if (!options.stageIds.isEmpty() && query.exec()) {
            while (query.next())
                table += "| " + cell(query.value(0).toString()) + " | " +
                         query.value(1).toString().toUtf8() + " | " +
                         QByteArray::number(query.value(2).toDouble(), 'g', 4) + " | " +
                         QByteArray::number(query.value(3).toDouble(), 'f', 2) + " | " +
                         QByteArray::number(query.value(4).toDouble(), 'g', 4) + " |\n";
        }
        QByteArray histogram;
        QSqlQuery buckets(db);
        buckets.setForwardOnly(true);
        buckets.prepare(QStringLiteral("SELECT s.judge, CAST(round(s.score) AS INTEGER), "
                                       "count(*) FROM record_scores s JOIN records r ON r.id = "
                                       "s.record_id WHERE ") +
                        where + QStringLiteral(" GROUP BY 1, 2 ORDER BY 1, 2"));
        bindStages(buckets);
        if (!options.stageIds.isEmpty() && buckets.exec()) {
            QString judge;
            QStringList parts;
            const auto flush = [&]() {
                if (!judge.isEmpty())
                    histogram += "| " + cell(judge) + " | " +
                                 cell(parts.join(QStringLiteral(", "))) + " |\n";
                parts.clear();
            };
            while (buckets.next()) {
                if (buckets.value(0).toString() != judge) {
                    flush();
                    judge = buckets.value(0).toString();
                }
                parts << QStringLiteral("%1: %2").arg(buckets.value(1).toString(),
                                                      buckets.value(2).toString());
            }
            flush();
        }
        out += "### Scores\n\n";
        if (table.isEmpty()) {
            out += "The exported records have no scores.\n";
        } else {
            out += "| Judge | Records | Min | Mean | Max |\n|---|---:|---:|---:|---:|\n" + table +
                   "\nRecords per rounded score:\n\n| Judge | Score: records |\n|---|---|\n" +
                   histogram;
        }
    }
    return out;
}

} // namespace Seedbed::Export
