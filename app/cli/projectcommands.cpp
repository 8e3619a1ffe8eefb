// seedbed new, validate and status.
#include "app/cli/cli.h"
#include "app/cli/commandline.h"
#include "app/cli/commands.h"

#include "models/pipelinegraph.h"
#include "models/pipelinevalidator.h"
#include "models/projectdocument.h"
#include "models/projectformat.h"
#include "models/projectstore.h"
#include "models/readonlyconnection.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>
#include <QMap>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QUrl>
#include <QUuid>

#include <utility>

namespace Seedbed::Cli {

namespace {
constexpr char examplePath[] = ":/examples/customer-support";

const QStringList recordStatuses{QStringLiteral("ok"), QStringLiteral("filtered"),
                                 QStringLiteral("failed"), QStringLiteral("duplicate")};
const QStringList reviewStates{QStringLiteral("unreviewed"), QStringLiteral("accepted"),
                               QStringLiteral("rejected"), QStringLiteral("edited")};

// A folder that is absent or empty (hidden entries count) can receive a new project.
bool isFreeFolder(const QString &folder)
{
    const QDir dir(folder);
    return !dir.exists() ||
           dir.entryList(QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot)
               .isEmpty();
}

/*! Copies the bundled example into \a folder and opens it once, which creates its data file.
    The same steps as MainWindow::openExample(), which keeps its own copy elsewhere. */
std::unique_ptr<ProjectDocument> createExample(const QString &folder, ProjectError *error)
{
    if (!isFreeFolder(folder)) {
        *error = {ProjectError::Io, CliText::tr("The folder %1 is not empty. Choose a new or "
                                                "empty folder for the project.")
                                        .arg(QDir::toNativeSeparators(folder))};
        return nullptr;
    }
    const bool createdFolder = !QFileInfo::exists(folder);
    if (!QDir().mkpath(folder)) {
        *error = {ProjectError::Io,
                  CliText::tr("Could not create the folder %1. Check that you may write there.")
                      .arg(QDir::toNativeSeparators(folder))};
        return nullptr;
    }
    const QString source = QStringLiteral("%1/%2").arg(QLatin1String(examplePath),
                                                       QLatin1String(ProjectFormat::fileName));
    const QString target = QDir(folder).filePath(QLatin1String(ProjectFormat::fileName));
    std::unique_ptr<ProjectDocument> document;
    if (QFile::copy(source, target)) {
        // The resource is read-only, and so is its copy until told otherwise.
        QFile::setPermissions(target, QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup |
                                          QFile::ReadOther);
        document = ProjectDocument::open(folder, error);
    } else {
        *error = {ProjectError::Io,
                  CliText::tr("Could not copy the example project to %1. Check that you may "
                              "write there.")
                      .arg(QDir::toNativeSeparators(folder))};
    }
    if (!document) {
        // Leave nothing half-made behind.
        QDir dir(folder);
        const QString database = QLatin1String(ProjectFormat::databaseName);
        const QStringList names{QLatin1String(ProjectFormat::fileName), database,
                                database + QStringLiteral("-wal"),
                                database + QStringLiteral("-shm"), QStringLiteral(".seedbed.lock")};
        for (const QString &name : names)
            dir.remove(name);
        if (createdFolder)
            QDir().rmdir(folder);
    }
    return document;
}

QString stageLabel(const PipelineGraph &graph, const QUuid &id)
{
    if (const Stage *stage = graph.stage(id))
        return stage->name;
    return id.isNull() ? CliText::tr("Pipeline") : id.toString(QUuid::WithoutBraces);
}

// ---- status: read-only access to data.sqlite ------------------------------------------------

struct StageCounts
{
    QMap<QString, qint64> status; //!< by record status
    QMap<QString, qint64> review; //!< by review state
    qint64 total = 0;
};

struct RunInfo
{
    qint64 id = 0;
    QString state;
    qint64 startedAt = 0;
    QVariant finishedAt;
};

struct DataSummary
{
    QHash<QString, StageCounts> stages; //!< by stage id as stored
    qint64 runCount = 0;
    std::optional<RunInfo> lastRun;
};

/*! Counts the records of \a path. \a code says how a failure should end the command. */
bool readDataSummary(const QString &path, DataSummary *summary, int *code, QString *message)
{
    const QString display = QDir::toNativeSeparators(path);
    const int version = ProjectStore::fileSchemaVersion(path);
    if (version < 0) {
        *code = InvalidProject;
        *message = CliText::tr("%1 cannot be read or is not a Seedbed data file. Restore it from "
                               "a backup, or move it away to start the project's data afresh.")
                       .arg(display);
        return false;
    }
    if (version > ProjectStore::schemaVersion) {
        *code = InvalidProject;
        *message = CliText::tr("%1 was written by a newer version of Seedbed (data format %2); "
                               "this version reads up to %3. Update Seedbed.")
                       .arg(display)
                       .arg(version)
                       .arg(ProjectStore::schemaVersion);
        return false;
    }

    const ReadOnlyConnection connection(path);
    const QSqlDatabase &db = connection.database();
    QSqlQuery query(db);
    const auto failed = [&](const QSqlError &error) {
        *code = IoError;
        *message = CliText::tr("Could not read %1: %2").arg(display, error.text());
        return false;
    };
    if (!db.isOpen())
        return failed(db.lastError());
    if (!query.exec(QStringLiteral("SELECT stage_id, status, review_state, count(*) FROM records "
                                   "GROUP BY stage_id, status, review_state")))
        return failed(query.lastError());
    while (query.next()) {
        StageCounts &counts = summary->stages[query.value(0).toString()];
        const qint64 count = query.value(3).toLongLong();
        counts.status[query.value(1).toString()] += count;
        counts.review[query.value(2).toString()] += count;
        counts.total += count;
    }
    if (query.lastError().isValid())
        return failed(query.lastError());
    if (!query.exec(QStringLiteral("SELECT count(*) FROM runs")) || !query.next())
        return failed(query.lastError());
    summary->runCount = query.value(0).toLongLong();
    if (!query.exec(QStringLiteral(
            "SELECT id, state, started_at, finished_at FROM runs ORDER BY id DESC LIMIT 1")))
        return failed(query.lastError());
    if (query.next()) {
        summary->lastRun = RunInfo{
            query.value(0).toLongLong(), query.value(1).toString(), query.value(2).toLongLong(),
            query.isNull(3) ? QVariant() : QVariant(query.value(3).toLongLong())};
    }
    return true;
}

QString timeText(qint64 msecs)
{
    return QDateTime::fromMSecsSinceEpoch(msecs, Qt::UTC).toString(Qt::ISODate);
}

QJsonObject countsJson(const QMap<QString, qint64> &counts, const QStringList &keys)
{
    QJsonObject object;
    for (const QString &key : keys)
        object.insert(key, counts.value(key));
    // Values a newer Seedbed may add are shown rather than lost.
    for (auto it = counts.cbegin(); it != counts.cend(); ++it) {
        if (!keys.contains(it.key()))
            object.insert(it.key(), it.value());
    }
    return object;
}

} // namespace

int runNew(const QStringList &arguments)
{
    CommandLine line(QStringLiteral("new"), CliText::tr("FOLDER"),
                     CliText::tr("Creates a project in FOLDER, which must not exist or be empty: "
                                 "an empty pipeline, or a copy of the bundled example."));
    line.addPositionalArgument(CliText::tr("FOLDER"), CliText::tr("Where to create the project."));
    const QCommandLineOption example = line.addOption(
        {QStringLiteral("example"),
         CliText::tr("Copy the bundled example project (customer support Q&A) instead.")});
    const QCommandLineOption name = line.addOption(
        {QStringLiteral("name"),
         CliText::tr("The project's name; the folder's name when not given. Not with --example."),
         CliText::tr("NAME")});
    if (const auto exit = line.parse(arguments, 1, 1))
        return *exit;
    if (line.isSet(example) && line.isSet(name))
        return line.usageError(
            CliText::tr("--name cannot be used with --example: the example has its own name."));

    const QString folder = QFileInfo(line.positionalArguments().constFirst()).absoluteFilePath();
    ProjectError error;
    std::unique_ptr<ProjectDocument> document;
    if (line.isSet(example)) {
        document = createExample(folder, &error);
    } else {
        const QString projectName =
            line.isSet(name) ? line.value(name).trimmed() : QDir(folder).dirName();
        if (projectName.isEmpty())
            return line.usageError(CliText::tr("The project needs a name."));
        document = ProjectDocument::create(folder, projectName, &error);
    }
    if (!document)
        return line.fail(error);
    printOut(CliText::tr("Created the project \"%1\" in %2.")
                 .arg(document->name(), QDir::toNativeSeparators(document->folder())));
    return Ok;
}

int runValidate(const QStringList &arguments)
{
    CommandLine line(QStringLiteral("validate"), CliText::tr("PROJECT"),
                     CliText::tr("Checks a project's pipeline: unknown stage types, loops, "
                                 "unconnected inputs, missing or invalid settings. Changes "
                                 "nothing and works while the project is open in a window. "
                                 "Exits with 0 when there are no errors (warnings allowed), "
                                 "3 when there are or the project cannot be read."));
    line.addPositionalArgument(CliText::tr("PROJECT"),
                               CliText::tr("The project folder or its project.seedbed file."));
    const QCommandLineOption json = line.addOption(
        {QStringLiteral("json"), CliText::tr("Print the result as JSON on standard output.")});
    if (const auto exit = line.parse(arguments, 1, 1))
        return *exit;

    ProjectData data;
    QString file;
    ProjectError error;
    if (!readProject(line.positionalArguments().constFirst(), &data, &file, &error))
        return line.fail(error);
    PipelineGraph graph;
    graph.reset(data.stages, data.edges, data.templates);
    QList<ValidationIssue> issues = PipelineValidator::validate(graph);

    // The data file is part of the project: one that cannot be opened makes it unusable.
    const QString database =
        QDir(QFileInfo(file).absolutePath()).filePath(QLatin1String(ProjectFormat::databaseName));
    if (QFileInfo::exists(database)) {
        const int version = ProjectStore::fileSchemaVersion(database);
        if (version < 0 || version > ProjectStore::schemaVersion)
            issues.append({QUuid(), QString(), ValidationIssue::Error,
                           version < 0 ? CliText::tr("The data file %1 cannot be read or is not a "
                                                     "Seedbed data file.")
                                             .arg(QDir::toNativeSeparators(database))
                                       : CliText::tr("The data file %1 was written by a newer "
                                                     "version of Seedbed; update Seedbed.")
                                             .arg(QDir::toNativeSeparators(database))});
    }

    qsizetype errors = 0;
    for (const ValidationIssue &issue : std::as_const(issues))
        errors += issue.severity == ValidationIssue::Error ? 1 : 0;
    const qsizetype warnings = issues.size() - errors;

    if (line.isSet(json)) {
        QJsonArray problems;
        for (const ValidationIssue &issue : std::as_const(issues)) {
            problems.append(QJsonObject{
                {QStringLiteral("severity"), issue.severity == ValidationIssue::Error
                                                 ? QStringLiteral("error")
                                                 : QStringLiteral("warning")},
                {QStringLiteral("stageId"),
                 issue.stage.isNull() ? QJsonValue() : issue.stage.toString(QUuid::WithoutBraces)},
                {QStringLiteral("stageName"),
                 issue.stage.isNull() ? QJsonValue() : QJsonValue(stageLabel(graph, issue.stage))},
                {QStringLiteral("setting"),
                 issue.setting.isEmpty() ? QJsonValue() : QJsonValue(issue.setting)},
                {QStringLiteral("message"), issue.message},
            });
        }
        printJson(QJsonObject{{QStringLiteral("project"), QDir::toNativeSeparators(file)},
                              {QStringLiteral("valid"), errors == 0},
                              {QStringLiteral("errors"), errors},
                              {QStringLiteral("warnings"), warnings},
                              {QStringLiteral("problems"), problems}});
    } else {
        for (const ValidationIssue &issue : std::as_const(issues)) {
            const QString severity = issue.severity == ValidationIssue::Error
                                         ? CliText::tr("error")
                                         : CliText::tr("warning");
            QString place = stageLabel(graph, issue.stage);
            if (!issue.setting.isEmpty())
                place = CliText::tr("%1, setting %2").arg(place, issue.setting);
            printOut(QStringLiteral("%1: %2: %3").arg(severity, place, issue.message));
        }
        if (errors == 0 && warnings == 0)
            printOut(CliText::tr("The project \"%1\" is valid.").arg(data.name));
        else if (errors == 0)
            printOut(CliText::tr("The project \"%1\" is valid, with %n warning(s).", nullptr,
                                 int(warnings))
                         .arg(data.name));
    }
    if (errors > 0)
        return line.fail(InvalidProject,
                         CliText::tr("The project has %n error(s); fix them before running it.",
                                     nullptr, int(errors)));
    return Ok;
}

int runStatus(const QStringList &arguments)
{
    CommandLine line(QStringLiteral("status"), CliText::tr("PROJECT"),
                     CliText::tr("Shows, for each stage, its records by status and review state, "
                                 "and the state of the last run. Reads only: changes nothing, "
                                 "takes no lock, and works while the project is open or running."));
    line.addPositionalArgument(CliText::tr("PROJECT"),
                               CliText::tr("The project folder or its project.seedbed file."));
    const QCommandLineOption json = line.addOption(
        {QStringLiteral("json"), CliText::tr("Print the summary as JSON on standard output.")});
    if (const auto exit = line.parse(arguments, 1, 1))
        return *exit;

    ProjectData data;
    QString file;
    ProjectError error;
    if (!readProject(line.positionalArguments().constFirst(), &data, &file, &error))
        return line.fail(error);
    const QString folder = QFileInfo(file).absolutePath();
    const QString database = QDir(folder).filePath(QLatin1String(ProjectFormat::databaseName));
    DataSummary summary;
    if (QFileInfo::exists(database)) {
        int code = Ok;
        QString message;
        if (!readDataSummary(database, &summary, &code, &message))
            return line.fail(code, message);
    }

    // The graph's stages in order, then any stage that has records but is gone from the graph.
    struct Row
    {
        QString id;
        QString name;
        QString type;
        bool removed = false;
        StageCounts counts;
    };
    QList<Row> rows;
    QSet<QString> known;
    for (const Stage &stage : std::as_const(data.stages)) {
        const QString id = stage.id.toString(QUuid::WithoutBraces);
        known.insert(id);
        rows.append({id, stage.name, stage.type, false, summary.stages.value(id)});
    }
    QStringList orphans;
    for (auto it = summary.stages.cbegin(); it != summary.stages.cend(); ++it) {
        if (!known.contains(it.key()))
            orphans.append(it.key());
    }
    orphans.sort();
    for (const QString &id : std::as_const(orphans))
        rows.append({id, QString(), QString(), true, summary.stages.value(id)});

    StageCounts totals;
    for (const Row &row : std::as_const(rows)) {
        for (auto it = row.counts.status.cbegin(); it != row.counts.status.cend(); ++it)
            totals.status[it.key()] += it.value();
        for (auto it = row.counts.review.cbegin(); it != row.counts.review.cend(); ++it)
            totals.review[it.key()] += it.value();
        totals.total += row.counts.total;
    }

    if (line.isSet(json)) {
        QJsonArray stages;
        for (const Row &row : std::as_const(rows)) {
            QJsonObject object{
                {QStringLiteral("id"), row.id},
                {QStringLiteral("name"), row.name},
                {QStringLiteral("type"), row.type},
                {QStringLiteral("total"), row.counts.total},
                {QStringLiteral("status"), countsJson(row.counts.status, recordStatuses)},
                {QStringLiteral("review"), countsJson(row.counts.review, reviewStates)}};
            if (row.removed)
                object.insert(QStringLiteral("removed"), true);
            stages.append(object);
        }
        QJsonValue lastRun;
        if (summary.lastRun) {
            const RunInfo &run = *summary.lastRun;
            lastRun = QJsonObject{{QStringLiteral("id"), run.id},
                                  {QStringLiteral("state"), run.state},
                                  {QStringLiteral("startedAt"), timeText(run.startedAt)},
                                  {QStringLiteral("finishedAt"),
                                   run.finishedAt.isValid()
                                       ? QJsonValue(timeText(run.finishedAt.toLongLong()))
                                       : QJsonValue()}};
        }
        printJson(QJsonObject{
            {QStringLiteral("project"), data.name},
            {QStringLiteral("folder"), QDir::toNativeSeparators(folder)},
            {QStringLiteral("stages"), stages},
            {QStringLiteral("totals"),
             QJsonObject{{QStringLiteral("total"), totals.total},
                         {QStringLiteral("status"), countsJson(totals.status, recordStatuses)},
                         {QStringLiteral("review"), countsJson(totals.review, reviewStates)}}},
            {QStringLiteral("runs"), summary.runCount},
            {QStringLiteral("lastRun"), lastRun}});
        return Ok;
    }

    printOut(CliText::tr("Project \"%1\" in %2").arg(data.name, QDir::toNativeSeparators(folder)));
    qsizetype nameWidth = CliText::tr("Stage").size();
    for (const Row &row : std::as_const(rows))
        nameWidth = qMax(nameWidth, (row.removed ? row.id : row.name).size());
    const auto tableLine = [nameWidth](const QString &name, const QStringList &cells) {
        QString text = name.leftJustified(nameWidth + 2);
        for (const QString &cell : cells)
            text += cell.rightJustified(11);
        return text;
    };
    QStringList header;
    for (const QString &key : recordStatuses + reviewStates)
        header << key;
    header << CliText::tr("total");
    printOut(tableLine(CliText::tr("Stage"), header));
    const auto cells = [](const StageCounts &counts) {
        QStringList result;
        for (const QString &key : recordStatuses)
            result << QString::number(counts.status.value(key));
        for (const QString &key : reviewStates)
            result << QString::number(counts.review.value(key));
        result << QString::number(counts.total);
        return result;
    };
    for (const Row &row : std::as_const(rows))
        printOut(tableLine(row.removed ? row.id : row.name, cells(row.counts)));
    printOut(tableLine(CliText::tr("All stages"), cells(totals)));
    if (!orphans.isEmpty())
        printOut(CliText::tr("Stages shown by id are no longer in the pipeline; their records are "
                             "kept."));
    if (summary.lastRun) {
        const RunInfo &run = *summary.lastRun;
        printOut(run.finishedAt.isValid()
                     ? CliText::tr("Last run: #%1, %2, started %3, finished %4 (UTC).")
                           .arg(run.id)
                           .arg(run.state, timeText(run.startedAt),
                                timeText(run.finishedAt.toLongLong()))
                     : CliText::tr("Last run: #%1, %2, started %3 (UTC).")
                           .arg(run.id)
                           .arg(run.state, timeText(run.startedAt)));
    } else {
        printOut(CliText::tr("The project has not been run yet."));
    }
    return Ok;
}

} // namespace Seedbed::Cli
