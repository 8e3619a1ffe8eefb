// seedbed run and seedbed export: the pipeline runner and the records of a stage on disk.

#include "app/cli/cli.h"
#include "app/cli/commandline.h"
#include "app/cli/commands.h"
#include "models/export/exporter.h"
#include "models/llm/keystore.h"
#include "models/llm/profilestore.h"
#include "models/pipelinegraph.h"
#include "models/pipelinevalidator.h"
#include "models/projectdocument.h"
#include "models/projectformat.h"
#include "models/projecttrust.h"
#include "models/readonlyconnection.h"
#include "models/run/runner.h"
#include "models/run/stagelogic.h"

#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QSaveFile>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTimer>

#include <atomic>
#include <csignal>
#include <cstdio>

#ifdef Q_OS_UNIX
#include <unistd.h>
#endif

namespace Seedbed::Cli {

namespace {

std::atomic<bool> interrupted{false};

void onInterrupt(int)
{
    interrupted.store(true);
}

QString duration(qint64 ms)
{
    const qint64 s = ms / 1000;
    return QStringLiteral("%1:%2:%3")
        .arg(s / 3600)
        .arg((s / 60) % 60, 2, 10, QLatin1Char('0'))
        .arg(s % 60, 2, 10, QLatin1Char('0'));
}

QString progressLine(const Run::RunProgress &p)
{
    QStringList parts;
    qint64 done = 0;
    qint64 expected = 0;
    int inFlight = 0;
    int concurrency = 0;
    for (const Run::StageProgress &s : p.stages) {
        if (s.expected < 0)
            continue;
        done += s.processed();
        expected += s.expected;
        inFlight += s.inFlight;
        concurrency += s.concurrency;
        QString part = QStringLiteral("%1 %2/%3").arg(s.name).arg(s.processed()).arg(s.expected);
        if (s.failed > 0)
            part += CliText::tr(" (%n failed)", nullptr, int(s.failed));
        parts << part;
    }
    QString line = parts.join(QStringLiteral(" · "));
    if (concurrency > 0)
        line += CliText::tr(" · %1/%2 in flight").arg(inFlight).arg(concurrency);
    if (p.etaMs >= 0)
        line += CliText::tr(" · ETA %1").arg(duration(p.etaMs));
    if (p.paused)
        line += CliText::tr(" · paused");
    if (expected > 0 && isatty(STDERR_FILENO) == 1) {
        const int width = 20;
        const int filled = int(std::min<qint64>(width, done * width / expected));
        line =
            QStringLiteral("[%1%2] %3% ")
                .arg(QString(filled, QLatin1Char('#')), QString(width - filled, QLatin1Char('-')))
                .arg(done * 100 / expected) +
            line;
    }
    return line;
}

QJsonObject summaryJson(const Run::RunSummary &summary)
{
    QJsonArray stages;
    for (const Run::StageProgress &s : summary.progress.stages) {
        stages.append(QJsonObject{{QStringLiteral("id"), s.stage.toString(QUuid::WithoutBraces)},
                                  {QStringLiteral("name"), s.name},
                                  {QStringLiteral("ok"), s.ok},
                                  {QStringLiteral("filtered"), s.filtered},
                                  {QStringLiteral("failed"), s.failed},
                                  {QStringLiteral("duplicate"), s.duplicate},
                                  {QStringLiteral("done"), s.done}});
    }
    QJsonObject cost;
    for (auto it = summary.progress.cost.cbegin(); it != summary.progress.cost.cend(); ++it)
        cost.insert(it.key(), it.value());
    return {{QStringLiteral("state"), Run::runStateName(summary.state)},
            {QStringLiteral("run"), summary.runId},
            {QStringLiteral("error"), summary.error},
            {QStringLiteral("problems"), QJsonArray::fromStringList(summary.problems)},
            {QStringLiteral("stages"), stages},
            {QStringLiteral("calls"), summary.progress.calls},
            {QStringLiteral("cacheHits"), summary.progress.cacheHits},
            {QStringLiteral("promptTokens"), summary.progress.promptTokens},
            {QStringLiteral("completionTokens"), summary.progress.completionTokens},
            {QStringLiteral("tokensEstimated"), summary.progress.tokensEstimated},
            {QStringLiteral("cost"), cost},
            {QStringLiteral("elapsedMs"), summary.progress.elapsedMs},
            {QStringLiteral("exported"), QJsonArray::fromStringList(summary.exported)}};
}

/*! Whether every LLM call of run \a runId failed (so the provider, not the data, is at fault). */
bool everyCallFailed(const QString &projectDir, qint64 runId)
{
    const ReadOnlyConnection connection(
        QDir(projectDir).filePath(QLatin1String(ProjectFormat::databaseName)));
    QSqlQuery query(connection.database());
    query.prepare(QStringLiteral("SELECT count(*), coalesce(sum(status = 'ok'), 0) FROM "
                                 "llm_calls WHERE run_id = ?"));
    query.addBindValue(runId);
    return query.exec() && query.next() && query.value(0).toLongLong() > 0 &&
           query.value(1).toLongLong() == 0;
}

} // namespace

int runRun(const QStringList &arguments)
{
    CommandLine line(QStringLiteral("run"), CliText::tr("PROJECT"),
                     CliText::tr("Runs the project's pipeline and stores every record in its "
                                 "data file as it is made. A run that was stopped (Ctrl+C, a "
                                 "crash, a power cut) continues where it stopped when run again; "
                                 "answers already stored are never asked for twice."));
    const QCommandLineOption stageOption(
        QStringLiteral("stage"),
        CliText::tr("Run only this stage (id or name) and the stages it needs."),
        CliText::tr("ID|NAME"));
    const QCommandLineOption limitOption(QStringLiteral("limit"),
                                         CliText::tr("Take at most N records from each source."),
                                         QStringLiteral("N"));
    const QCommandLineOption resumeOption(
        QStringLiteral("resume"),
        CliText::tr("Continue where the last run stopped (what every run does; accepted for "
                    "scripts that say so)."));
    const QCommandLineOption freshOption(
        QStringLiteral("fresh"), CliText::tr("Ask the models again for new samples instead of "
                                             "reusing stored answers; this costs tokens."));
    const QCommandLineOption retryOption(
        QStringLiteral("retry-failed"),
        CliText::tr("Redo the records that failed (errors, cut-off or unparseable answers)."));
    const QCommandLineOption profileOption(
        QStringLiteral("profile"), CliText::tr("Serve every LLM stage from this provider profile."),
        CliText::tr("NAME"));
    const QCommandLineOption modelOption(QStringLiteral("model"),
                                         CliText::tr("With this model, for every LLM stage."),
                                         CliText::tr("MODEL"));
    const QCommandLineOption jsonOption(
        QStringLiteral("json"),
        CliText::tr("Print a machine-readable summary on standard output."));
    for (const QCommandLineOption &option : {stageOption, limitOption, resumeOption, freshOption,
                                             retryOption, profileOption, modelOption, jsonOption})
        line.addOption(option);
    line.addPositionalArgument(CliText::tr("PROJECT"),
                               CliText::tr("The project folder or its project.seedbed file."));
    if (const auto exit = line.parse(arguments, 1, 1))
        return *exit;
    const std::optional<int> limit = line.intValue(limitOption, 1, 0);
    if (!limit)
        return UsageError;

    ProjectError error;
    std::unique_ptr<ProjectDocument> document =
        ProjectDocument::open(line.positionalArguments().constFirst(), &error);
    if (!document)
        return line.fail(error);
    const PipelineGraph *graph = document->graph();
    QStringList problems;
    for (const ValidationIssue &issue : PipelineValidator::validate(*graph)) {
        if (issue.severity != ValidationIssue::Error)
            continue;
        const Stage *stage = graph->stage(issue.stage);
        problems << (stage ? QStringLiteral("%1: %2").arg(stage->name, issue.message)
                           : issue.message);
    }
    if (!problems.isEmpty())
        return line.fail(InvalidProject, CliText::tr("The pipeline cannot run:") +
                                             QLatin1Char('\n') + problems.join(QLatin1Char('\n')));

    Run::RunOptions options;
    options.projectDir = document->folder();
    options.project.name = document->name();
    options.project.stages = graph->stages();
    options.project.edges = graph->edges();
    options.project.templates = graph->templates();
    options.limit = *limit;
    options.fresh = line.isSet(freshOption);
    options.retryFailed = line.isSet(retryOption);
    options.profileOverride = line.value(profileOption);
    options.modelOverride = line.value(modelOption);
    // Validator commands run only in a project the user trusted (seedbed trust).
    if (const QStringList commands = ProjectTrust::commands(options.project); !commands.isEmpty()) {
        if (!ProjectTrust().isTrusted(options.projectDir, options.project))
            return line.fail(NotTrusted, untrustedCommandsMessage(options.projectDir, commands));
        options.commandsTrusted = true;
    }
    if (line.isSet(stageOption)) {
        int exit = Ok;
        QStringList all;
        for (const Stage &stage : graph->stages())
            all << describeStage(stage);
        const Stage *stage = findStage(*graph, line.value(stageOption).trimmed(), line,
                                       all.join(QLatin1Char('\n')), &exit);
        if (!stage)
            return exit;
        options.targetStage = stage->id;
    }

    Llm::ProfileStore profiles;
    QString problem;
    if (!profiles.load(&problem) && profiles.isReadOnly())
        return line.fail(IoError, problem);
    options.profiles = profiles.profiles();

    // Keys in the keychain are read here; environment variables by the runner.
    QSet<QString> wanted;
    for (const Stage &stage : graph->stages()) {
        if (Run::StageLogic::kindOf(stage.type) == Run::StageKind::Llm)
            wanted.insert(options.profileOverride.isEmpty()
                              ? stage.settings.value(QStringLiteral("provider")).toString()
                              : options.profileOverride);
    }
    Llm::KeyStore keys;
    for (const Llm::ProviderProfile &profile : std::as_const(options.profiles)) {
        if (!wanted.contains(profile.name) ||
            Llm::KeyStore::keySource(profile) != Llm::KeyStore::KeySource::Keychain)
            continue;
        QEventLoop loop;
        QString keyError;
        keys.readKey(profile, [&](const QByteArray &key, const QString &message) {
            if (!key.isEmpty())
                options.keys.insert(profile.id, key);
            keyError = message;
            loop.quit();
        });
        loop.exec();
        if (!keyError.isEmpty())
            return line.fail(ProviderUnreachable, keyError);
    }

    Run::Runner runner;
    Run::RunSummary summary;
    QEventLoop loop;
    const bool terminal = isatty(STDERR_FILENO) == 1;
    QElapsedTimer sinceLine;
    sinceLine.start();
    QObject::connect(
        &runner, &Run::Runner::progress, &runner, [&](const Run::RunProgress &progress) {
            if (terminal) {
                std::fprintf(stderr, "\r\033[K%s", progressLine(progress).toUtf8().constData());
                std::fflush(stderr);
            } else if (sinceLine.elapsed() >= 2000) {
                printErr(progressLine(progress));
                sinceLine.restart();
            }
        });
    QObject::connect(&runner, &Run::Runner::message, &runner, [terminal](const QString &text) {
        if (terminal)
            std::fputs("\r\033[K", stderr);
        printErr(text);
    });
    QObject::connect(&runner, &Run::Runner::finished, &runner, [&](const Run::RunSummary &result) {
        summary = result;
        loop.quit();
    });
    // Ctrl+C stops the run cleanly: what is done is committed, the next run continues.
    interrupted.store(false);
    const auto previousInt = std::signal(SIGINT, onInterrupt);
    const auto previousTerm = std::signal(SIGTERM, onInterrupt);
    QTimer watch;
    QObject::connect(&watch, &QTimer::timeout, &runner, [&] {
        if (interrupted.exchange(false))
            runner.cancel();
    });
    watch.start(100);
    runner.start(options);
    loop.exec();
    watch.stop();
    std::signal(SIGINT, previousInt);
    std::signal(SIGTERM, previousTerm);
    if (terminal)
        std::fputs("\r\033[K", stderr);

    if (line.isSet(jsonOption))
        printJson(summaryJson(summary));
    const QLocale locale;
    QStringList lines;
    for (const Run::StageProgress &s : summary.progress.stages) {
        lines << CliText::tr("  %1: %2 ok, %3 filtered, %4 duplicate, %5 failed")
                     .arg(s.name, locale.toString(s.ok), locale.toString(s.filtered),
                          locale.toString(s.duplicate), locale.toString(s.failed));
    }
    lines << CliText::tr("  %n request(s) to models", nullptr, int(summary.progress.calls)) +
                 CliText::tr(", %n answered from the cache", nullptr,
                             int(summary.progress.cacheHits)) +
                 CliText::tr(", %1 tokens in, %2 out%3")
                     .arg(locale.toString(summary.progress.promptTokens),
                          locale.toString(summary.progress.completionTokens),
                          summary.progress.tokensEstimated ? CliText::tr(" (partly estimated)")
                                                           : QString());
    for (auto it = summary.progress.cost.cbegin(); it != summary.progress.cost.cend(); ++it)
        lines << CliText::tr("  cost: %1 %2").arg(locale.toString(it.value(), 'f', 4), it.key());
    for (const QString &file : std::as_const(summary.exported))
        lines << CliText::tr("  exported %1").arg(QDir::toNativeSeparators(file));
    for (const QString &p : std::as_const(summary.problems))
        lines << QStringLiteral("  ! ") + p;

    switch (summary.state) {
    case Run::RunSummary::State::Completed:
        printErr(CliText::tr("Run completed in %1.").arg(duration(summary.progress.elapsedMs)) +
                 QLatin1Char('\n') + lines.join(QLatin1Char('\n')));
        return Ok;
    case Run::RunSummary::State::Partial:
        printErr(CliText::tr("Run finished with problems in %1; “seedbed run --retry-failed” "
                             "redoes the failed records.")
                     .arg(duration(summary.progress.elapsedMs)) +
                 QLatin1Char('\n') + lines.join(QLatin1Char('\n')));
        return everyCallFailed(options.projectDir, summary.runId) ? ProviderUnreachable
                                                                  : PartialFailure;
    case Run::RunSummary::State::Cancelled:
        printErr(CliText::tr("Run stopped; what was done is stored, and running again "
                             "continues from here.") +
                 QLatin1Char('\n') + lines.join(QLatin1Char('\n')));
        return PartialFailure;
    case Run::RunSummary::State::Failed:
        break;
    }
    printErr(CliText::tr("seedbed run: %1").arg(summary.error));
    return summary.error.contains(QLatin1String("provider")) ? ProviderUnreachable : IoError;
}

int runExport(const QStringList &arguments)
{
    CommandLine line(QStringLiteral("export"), CliText::tr("PROJECT"),
                     CliText::tr("Writes the records of a stage to a file (or, for huggingface, a "
                                 "dataset folder). The file is replaced only once it is "
                                 "complete."));
    QStringList formatIds;
    for (const Export::ExportFormat format : Export::ExportOptions::formats())
        formatIds << Export::ExportOptions::formatId(format);
    const QCommandLineOption stageOption(
        QStringLiteral("stage"),
        CliText::tr("The stage whose records to export (repeat for several)."),
        CliText::tr("ID|NAME"));
    const QCommandLineOption formatOption(
        QStringLiteral("format"),
        CliText::tr("One of: %1. jsonl writes the records' fields.")
            .arg(formatIds.join(QStringLiteral(", "))),
        CliText::tr("FORMAT"), QStringLiteral("jsonl"));
    const QCommandLineOption recordFormatOption(
        QStringLiteral("record-format"),
        CliText::tr("For huggingface: the format of each split's file: openai-chat (the "
                    "default), alpaca, sharegpt, jsonl or preference."),
        CliText::tr("FORMAT"), QStringLiteral("openai-chat"));
    const QCommandLineOption outOption(
        QStringLiteral("out"),
        CliText::tr("The file to write (for huggingface: the folder). It must not be a name "
                    "Windows reserves, such as CON or NUL."),
        CliText::tr("FILE"));
    const QCommandLineOption statusOption(
        QStringLiteral("status"),
        CliText::tr("Records of these statuses, separated by commas: ok (the default), "
                    "filtered, failed, duplicate, or all."),
        CliText::tr("STATUS"), QStringLiteral("ok"));
    const QCommandLineOption includeOption(
        QStringLiteral("include"),
        CliText::tr("By review: everything (the default), not-rejected or accepted."),
        CliText::tr("WHICH"), QStringLiteral("everything"));
    const QCommandLineOption minScoreOption(
        QStringLiteral("min-score"),
        CliText::tr("Only records with at least this score of the judge, such as Judge=7; a "
                    "bare number is the primary score (repeat for several judges)."),
        CliText::tr("JUDGE=SCORE"));
    const QCommandLineOption tagOption(
        QStringLiteral("tag"), CliText::tr("Only records with this tag (repeat: any of them)."),
        CliText::tr("TAG"));
    const QCommandLineOption splitOption(
        QStringLiteral("split"),
        CliText::tr("stage: the splits a Split stage wrote; a split's name, such as train: only "
                    "its records; or shares such as train=80,validation=10,test=10."),
        CliText::tr("SPLIT"));
    const QCommandLineOption seedOption(QStringLiteral("split-seed"),
                                        CliText::tr("The seed of shares chosen with --split."),
                                        CliText::tr("N"), QStringLiteral("0"));
    const QCommandLineOption thinkOption(
        QStringLiteral("think"),
        CliText::tr("Start each answer with the model's reasoning in a <think> block."));
    const QCommandLineOption bomOption(
        QStringLiteral("bom"),
        CliText::tr("For csv and tsv: start with a UTF-8 byte order mark (for Excel)."));
    const QCommandLineOption promptOption(
        QStringLiteral("prompt-field"),
        CliText::tr("For the chat formats: the field of the user's turn."), CliText::tr("FIELD"),
        QStringLiteral("question"));
    const QCommandLineOption responseOption(
        QStringLiteral("response-field"),
        CliText::tr("For the chat formats: the field of the answer."), CliText::tr("FIELD"),
        QStringLiteral("answer"));
    const QCommandLineOption inputOption(
        QStringLiteral("input-field"),
        CliText::tr("For the chat formats: a field with more input (Alpaca's input)."),
        CliText::tr("FIELD"));
    const QCommandLineOption systemOption(QStringLiteral("system"),
                                          CliText::tr("For the chat formats: a system prompt."),
                                          CliText::tr("TEXT"));
    const QCommandLineOption judgeOption(
        QStringLiteral("preference-judge"),
        CliText::tr("For preference: the judge whose score ranks the samples (default: the "
                    "primary score)."),
        CliText::tr("JUDGE"));
    const QCommandLineOption licenseOption(
        QStringLiteral("license"),
        CliText::tr("For huggingface: the licence the dataset card names, such as cc-by-4.0."),
        CliText::tr("LICENCE"));
    for (const QCommandLineOption &option :
         {stageOption, formatOption, recordFormatOption, outOption, statusOption, includeOption,
          minScoreOption, tagOption, splitOption, seedOption, thinkOption, bomOption, promptOption,
          responseOption, inputOption, systemOption, judgeOption, licenseOption})
        line.addOption(option);
    line.addPositionalArgument(CliText::tr("PROJECT"),
                               CliText::tr("The project folder or its project.seedbed file."));
    if (const auto exit = line.parse(arguments, 1, 1))
        return *exit;
    if (!line.isSet(stageOption) || !line.isSet(outOption))
        return line.usageError(CliText::tr("Name the stage with --stage and the file with --out."));

    Export::ExportOptions options;
    const QString format = line.value(formatOption);
    const auto parsedFormat = Export::ExportOptions::formatFromId(format);
    if (!parsedFormat)
        return line.usageError(CliText::tr("Unknown format “%1”; use one of: %2.")
                                   .arg(format, formatIds.join(QStringLiteral(", "))));
    options.format = *parsedFormat;
    const QString recordFormat = line.value(recordFormatOption);
    const auto parsedRecordFormat = Export::ExportOptions::formatFromId(recordFormat);
    const QStringList recordFormats{QStringLiteral("openai-chat"), QStringLiteral("alpaca"),
                                    QStringLiteral("sharegpt"), QStringLiteral("jsonl"),
                                    QStringLiteral("preference")};
    if (!parsedRecordFormat || !recordFormats.contains(recordFormat))
        return line.usageError(CliText::tr("Unknown record format “%1”; use one of: %2.")
                                   .arg(recordFormat, recordFormats.join(QStringLiteral(", "))));
    options.recordFormat = *parsedRecordFormat;

    const QString status = line.value(statusOption);
    options.filters.statuses.clear();
    for (const QString &part : status.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const QString one = part.trimmed();
        if (one == QLatin1String("all"))
            continue;
        if (!QStringList{QStringLiteral("ok"), QStringLiteral("filtered"), QStringLiteral("failed"),
                         QStringLiteral("duplicate")}
                 .contains(one))
            return line.usageError(CliText::tr("Unknown status “%1”.").arg(one));
        options.filters.statuses << one;
    }
    if (status.split(QLatin1Char(',')).contains(QStringLiteral("all")))
        options.filters.statuses.clear();
    const auto review = Export::ExportOptions::reviewFromId(line.value(includeOption));
    if (!review)
        return line.usageError(
            CliText::tr("Unknown review choice “%1”.").arg(line.value(includeOption)));
    options.filters.review = *review;
    for (const QString &value : line.values(minScoreOption)) {
        const qsizetype eq = value.lastIndexOf(QLatin1Char('='));
        bool ok = false;
        const double minimum = value.mid(eq + 1).trimmed().toDouble(&ok);
        if (!ok)
            return line.usageError(CliText::tr("--min-score “%1” is not JUDGE=SCORE, such as "
                                               "Judge=7.")
                                       .arg(value));
        options.filters.minScores.append({eq < 0 ? QString() : value.first(eq).trimmed(), minimum});
    }
    options.filters.tags = line.values(tagOption);
    if (line.isSet(splitOption)) {
        const QString split = line.value(splitOption).trimmed();
        if (split == QLatin1String("stage") || split == QLatin1String("field")) {
            options.split.mode = Export::ExportSplit::Mode::FromField;
        } else if (split.contains(QLatin1Char('='))) {
            options.split.mode = Export::ExportSplit::Mode::Ratio;
            options.split.ratios.clear();
            for (const QString &part : split.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
                const qsizetype eq = part.indexOf(QLatin1Char('='));
                bool ok = false;
                const double share = part.mid(eq + 1).toDouble(&ok);
                if (eq <= 0 || !ok || share < 0)
                    return line.usageError(CliText::tr("--split “%1” is not a list of shares "
                                                       "such as train=80,validation=10,test=10.")
                                               .arg(split));
                options.split.ratios.append({part.first(eq).trimmed(), share});
            }
        } else if (!split.isEmpty()) {
            options.split.mode = Export::ExportSplit::Mode::FromField;
            options.split.only = split;
        }
    }
    bool seedOk = false;
    options.split.seed = line.value(seedOption).toULongLong(&seedOk);
    if (!seedOk)
        return line.usageError(
            CliText::tr("--split-seed “%1” is not a whole number.").arg(line.value(seedOption)));
    options.includeReasoning = line.isSet(thinkOption);
    options.bom = line.isSet(bomOption);
    options.mapping.prompt = {line.value(promptOption), {}};
    options.mapping.response = {line.value(responseOption), {}};
    options.mapping.input = {line.value(inputOption), {}};
    options.mapping.system = {{}, line.value(systemOption)};
    options.preferenceJudge = line.value(judgeOption);
    options.card.license = line.value(licenseOption);

    // Read-only: the project file for the stage, the data file for the records.
    ProjectData data;
    QString projectFile;
    ProjectError readError;
    if (!readProject(line.positionalArguments().constFirst(), &data, &projectFile, &readError))
        return line.fail(readError);
    PipelineGraph graph;
    graph.reset(data.stages, data.edges, data.templates);
    QStringList all;
    for (const Stage &stage : graph.stages())
        all << describeStage(stage);
    for (const QString &wanted : line.values(stageOption)) {
        int exit = Ok;
        const Stage *stage =
            findStage(graph, wanted.trimmed(), line, all.join(QLatin1Char('\n')), &exit);
        if (!stage)
            return exit;
        options.stageIds << stage->id.toString(QUuid::WithoutBraces);
    }
    const QStringList problems = options.problems();
    if (!problems.isEmpty())
        return line.usageError(problems.join(QLatin1Char('\n')));

    const QFileInfo out(line.value(outOption));
    Export::ExportResult result;
    interrupted.store(false);
    const auto previousInt = std::signal(SIGINT, onInterrupt);
    const auto previousTerm = std::signal(SIGTERM, onInterrupt);
    {
        const ReadOnlyConnection connection(
            QFileInfo(projectFile)
                .absoluteDir()
                .filePath(QLatin1String(ProjectFormat::databaseName)));
        Export::Exporter exporter(options);
        exporter.setProjectFile(projectFile);
        exporter.setCancelFlag(&interrupted);
        result = exporter.run(connection.database(), out.absolutePath(), out.fileName());
    }
    std::signal(SIGINT, previousInt);
    std::signal(SIGTERM, previousTerm);
    if (result.cancelled)
        return line.fail(PartialFailure,
                         CliText::tr("Export stopped; %1 is unchanged.")
                             .arg(QDir::toNativeSeparators(out.absoluteFilePath())));
    if (!result.ok)
        return line.fail(IoError, result.error);
    QString message = CliText::tr("%n record(s) written to %1.", nullptr,
                                  int(std::min<qint64>(result.written, INT_MAX)))
                          .arg(QDir::toNativeSeparators(out.absoluteFilePath()));
    if (options.format == Export::ExportFormat::HuggingFace) {
        QStringList splits;
        for (auto it = result.perSplit.cbegin(); it != result.perSplit.cend(); ++it)
            splits << CliText::tr("%1: %2").arg(it.key()).arg(it.value());
        message += QLatin1Char(' ') + splits.join(QStringLiteral(", "));
    }
    printErr(message);
    return Ok;
}

} // namespace Seedbed::Cli
