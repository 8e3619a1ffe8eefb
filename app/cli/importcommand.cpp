// seedbed import: seed rows from a file into a seed table stage.
#include "app/cli/cli.h"
#include "app/cli/commandline.h"
#include "app/cli/commands.h"

#include "models/graphcommands.h"
#include "models/io/recordimporter.h"
#include "models/pipelinegraph.h"
#include "models/projectdocument.h"
#include "models/stagetype.h"

#include <QDir>
#include <QFileInfo>
#include <QUndoStack>
#include <QUuid>

namespace Seedbed::Cli {

namespace {
const QString seedTableType = QStringLiteral("seed_table");
const QString rowsKey = QStringLiteral("rows");

QString seedTableList(const PipelineGraph &graph)
{
    QStringList lines;
    for (const Stage &stage : graph.stages()) {
        if (stage.type == seedTableType)
            lines << describeStage(stage);
    }
    if (lines.isEmpty())
        return CliText::tr("The project has no seed table stage; add one in the Seedbed window.");
    return CliText::tr("Seed table stages in this project:") + QLatin1Char('\n') +
           lines.join(QLatin1Char('\n'));
}
} // namespace

int runImport(const QStringList &arguments)
{
    CommandLine line(QStringLiteral("import"), CliText::tr("PROJECT FILE"),
                     CliText::tr("Reads seed rows from a CSV, TSV, JSON Lines or JSON array file "
                                 "and adds them to a seed table stage, then saves the project. "
                                 "Problems in the file are listed with their line; rows that "
                                 "cannot be read are skipped."));
    line.addPositionalArgument(CliText::tr("PROJECT"),
                               CliText::tr("The project folder or its project.seedbed file."));
    line.addPositionalArgument(CliText::tr("FILE"), CliText::tr("The file to read rows from."));
    const QCommandLineOption stageOption =
        line.addOption({QStringLiteral("stage"),
                        CliText::tr("The seed table stage, by id or by exact name (required)."),
                        CliText::tr("ID|NAME")});
    const QCommandLineOption replace =
        line.addOption({QStringLiteral("replace"),
                        CliText::tr("Replace the stage's rows instead of adding to them.")});
    const QCommandLineOption inferTypes = line.addOption(
        {QStringLiteral("infer-types"),
         CliText::tr("In CSV and TSV files, read cells that are numbers or true/false as such "
                     "rather than as text.")});
    if (const auto exit = line.parse(arguments, 2, 2))
        return *exit;
    if (!line.isSet(stageOption) || line.value(stageOption).trimmed().isEmpty())
        return line.usageError(CliText::tr("Name the seed table to import into with --stage ID "
                                           "or --stage NAME."));

    const QString projectPath = line.positionalArguments().at(0);
    const QString file = line.positionalArguments().at(1);
    const QFileInfo fileInfo(file);
    if (!fileInfo.isFile() || !fileInfo.isReadable())
        return line.fail(IoError, CliText::tr("Cannot read %1: no such file, or it is not "
                                              "readable.")
                                      .arg(QDir::toNativeSeparators(file)));

    ProjectError error;
    std::unique_ptr<ProjectDocument> document = ProjectDocument::open(projectPath, &error);
    if (!document)
        return line.fail(error);
    PipelineGraph *graph = document->graph();

    int exit = Ok;
    const Stage *stage =
        findStage(*graph, line.value(stageOption).trimmed(), line, seedTableList(*graph), &exit);
    if (!stage)
        return exit;
    if (stage->type != seedTableType) {
        const StageType *type = graph->typeOf(stage->id);
        return line.usageError(CliText::tr("The stage \"%1\" is a %2 stage; rows can only be "
                                           "imported into a seed table.")
                                   .arg(stage->name, type ? type->displayName() : stage->type) +
                               QLatin1Char('\n') + seedTableList(*graph));
    }
    const QUuid stageId = stage->id;
    const QString stageName = stage->name;

    ImportOptions options;
    options.inferTypes = line.isSet(inferTypes);
    RecordImporter importer(options);
    QVariantList imported;
    importer.setBatchHandler([&imported](const QList<QJsonObject> &rows) {
        for (const QJsonObject &row : rows)
            imported.append(row.toVariantMap());
        return true;
    });
    const ImportResult result = importer.readFile(file);
    const QString fileName = QDir::toNativeSeparators(file);
    for (const ImportIssue &issue : result.issues) {
        const QString kind = issue.severity == ImportIssue::Severity::Error
                                 ? CliText::tr("error")
                                 : CliText::tr("warning");
        printErr(QStringLiteral("%1: %2: %3").arg(fileName, kind, issue.toString()));
    }
    if (result.omittedIssues > 0)
        printErr(
            CliText::tr("%1: %n more problem(s) not shown.", nullptr, int(result.omittedIssues))
                .arg(fileName));
    if (result.status != ImportResult::Status::Finished)
        return line.fail(
            IoError, CliText::tr("Could not import %1; the project is unchanged.").arg(fileName));
    if (imported.isEmpty())
        return line.fail(
            IoError,
            CliText::tr("%1 has no rows to import; the project is unchanged.").arg(fileName));

    QVariantList rows;
    if (!line.isSet(replace))
        rows = graph->stage(stageId)->settings.value(rowsKey).toList();
    rows += imported;
    const qsizetype total = rows.size();
    document->undoStack()->push(new ChangeSettingCommand(graph, stageId, rowsKey, rows));
    if (!document->save(&error))
        return line.fail(IoError, error.message);

    const QString skipped =
        result.hasErrors() ? CliText::tr(" Rows with errors were skipped (see above).") : QString();
    printOut((line.isSet(replace)
                  ? CliText::tr("Replaced the rows of \"%1\" with %n row(s) from %2.", nullptr,
                                int(imported.size()))
                        .arg(stageName, fileName)
                  : CliText::tr("Added %n row(s) from %2 to \"%1\"; it now has %3.", nullptr,
                                int(imported.size()))
                        .arg(stageName, fileName)
                        .arg(CliText::tr("%n row(s)", nullptr, int(total)))) +
             skipped);
    return Ok;
}

} // namespace Seedbed::Cli
