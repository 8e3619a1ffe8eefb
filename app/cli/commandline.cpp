#include "app/cli/commandline.h"

#include "app/cli/cli.h"
#include "models/pipelinegraph.h"
#include "models/projecterror.h"
#include "models/projectformat.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cstdio>

namespace Seedbed::Cli {

namespace {
void write(FILE *stream, const QString &text)
{
    QByteArray bytes = text.toUtf8();
    if (!bytes.endsWith('\n'))
        bytes.append('\n');
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stream);
    std::fflush(stream);
}
} // namespace

void printOut(const QString &text)
{
    write(stdout, text);
}

void printErr(const QString &text)
{
    write(stderr, text);
}

void printJson(const QJsonValue &value)
{
    const QJsonDocument document =
        value.isArray() ? QJsonDocument(value.toArray()) : QJsonDocument(value.toObject());
    const QByteArray bytes = document.toJson(QJsonDocument::Indented);
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stdout);
    std::fflush(stdout);
}

CommandLine::CommandLine(const QString &command, const QString &syntax, const QString &description)
    : m_command(command)
    , m_syntax(syntax)
{
    m_parser.setApplicationDescription(description);
    m_parser.addHelpOption();
}

QCommandLineOption CommandLine::addOption(const QCommandLineOption &option)
{
    m_parser.addOption(option);
    return option;
}

void CommandLine::addPositionalArgument(const QString &name, const QString &description)
{
    m_parser.addPositionalArgument(name, description, QString());
}

std::optional<int> CommandLine::parse(const QStringList &arguments, int minPositional,
                                      int maxPositional)
{
    if (!m_parser.parse(QStringList{QStringLiteral("seedbed")} + arguments))
        return usageError(m_parser.errorText());
    if (m_parser.isSet(QStringLiteral("help")) || m_parser.isSet(QStringLiteral("help-all"))) {
        printOut(helpText());
        return Ok;
    }
    const qsizetype count = m_parser.positionalArguments().size();
    if (count < minPositional)
        return usageError(CliText::tr("Missing arguments: expected %1.").arg(m_syntax));
    if (maxPositional >= 0 && count > maxPositional) {
        const QStringList extra = m_parser.positionalArguments().mid(maxPositional);
        return usageError(CliText::tr("Unexpected arguments: %1. Expected %2.")
                              .arg(extra.join(QLatin1Char(' ')), m_syntax));
    }
    return std::nullopt;
}

std::optional<int> CommandLine::intValue(const QCommandLineOption &option, int minimum,
                                         int fallback) const
{
    if (!m_parser.isSet(option))
        return fallback;
    bool ok = false;
    const QString text = m_parser.value(option);
    const int value = text.toInt(&ok);
    if (!ok || value < minimum) {
        usageError(CliText::tr("--%1 needs a whole number of at least %2, not \"%3\".")
                       .arg(option.names().constLast())
                       .arg(minimum)
                       .arg(text));
        return std::nullopt;
    }
    return value;
}

QString CommandLine::helpText() const
{
    // Qt's first line names the program by its path and knows nothing of commands.
    QString text = m_parser.helpText();
    const qsizetype end = text.indexOf(QLatin1Char('\n'));
    const QString usage = CliText::tr("Usage: seedbed %1 [options] %2").arg(m_command, m_syntax);
    return end < 0 ? usage : usage + text.mid(end);
}

int CommandLine::usageError(const QString &message) const
{
    printErr(CliText::tr("seedbed %1: %2\nRun \"seedbed help %1\" for the arguments it takes.")
                 .arg(m_command, message));
    return UsageError;
}

int CommandLine::fail(int code, const QString &message) const
{
    printErr(CliText::tr("seedbed %1: %2").arg(m_command, message));
    return code;
}

int CommandLine::fail(const ProjectError &error) const
{
    return fail(error.code == ProjectError::Io ? IoError : InvalidProject, error.message);
}

QString describeStage(const Stage &stage)
{
    return QStringLiteral("  %1  %2 (%3)")
        .arg(stage.id.toString(QUuid::WithoutBraces), stage.name, stage.type);
}

const Stage *findStage(const PipelineGraph &graph, const QString &wanted, const CommandLine &line,
                       const QString &hint, int *exit)
{
    if (const QUuid id = QUuid::fromString(wanted); !id.isNull()) {
        if (const Stage *stage = graph.stage(id))
            return stage;
    }
    QList<const Stage *> named;
    for (const Stage &candidate : graph.stages()) {
        if (candidate.name == wanted)
            named.append(&candidate);
    }
    if (named.size() == 1)
        return named.constFirst();
    if (named.size() > 1) {
        QStringList lines;
        for (const Stage *candidate : std::as_const(named))
            lines << describeStage(*candidate);
        *exit = line.usageError(CliText::tr("%n stage(s) are named \"%1\"; give the id of the "
                                            "one you mean:",
                                            nullptr, int(named.size()))
                                    .arg(wanted) +
                                QLatin1Char('\n') + lines.join(QLatin1Char('\n')));
        return nullptr;
    }
    *exit = line.usageError(
        CliText::tr("The project has no stage with the id or name \"%1\".").arg(wanted) +
        QLatin1Char('\n') + hint);
    return nullptr;
}

bool readProject(const QString &path, ProjectData *data, QString *file, ProjectError *error)
{
    *file = projectFilePath(path);
    const QString display = QDir::toNativeSeparators(*file);
    QFile in(*file);
    if (!in.exists()) {
        *error = {ProjectError::NotFound,
                  CliText::tr("There is no Seedbed project at %1 (no %2 file). Give the project "
                              "folder or its %2 file.")
                      .arg(QDir::toNativeSeparators(path), QLatin1String(ProjectFormat::fileName))};
        return false;
    }
    if (!in.open(QIODevice::ReadOnly)) {
        *error = {ProjectError::Io,
                  CliText::tr("Could not read %1: %2.").arg(display, in.errorString())};
        return false;
    }
    return ProjectFormat::parse(in.readAll(), display, data, error);
}

QString projectFilePath(const QString &path)
{
    const QFileInfo info(path);
    if (info.isDir())
        return QDir(info.absoluteFilePath()).filePath(QLatin1String(ProjectFormat::fileName));
    return info.absoluteFilePath();
}

} // namespace Seedbed::Cli
