// seedbed trust: allow (or stop allowing) a project's validator commands to run.

#include "app/cli/cli.h"
#include "app/cli/commandline.h"
#include "app/cli/commands.h"
#include "models/projectformat.h"
#include "models/projecttrust.h"

#include <QDir>
#include <QFileInfo>
#include <QTextStream>

#include <cstdio>

namespace Seedbed::Cli {

namespace {
QString commandList(const QStringList &commands)
{
    QStringList lines;
    for (const QString &command : commands)
        lines << QStringLiteral("  ") + command;
    return lines.join(QLatin1Char('\n'));
}

bool confirmed()
{
    std::fputs(CliText::tr("Run these commands? [y/N] ").toUtf8().constData(), stdout);
    std::fflush(stdout);
    QTextStream in(stdin);
    const QString answer = in.readLine().trimmed();
    return answer.compare(QLatin1String("y"), Qt::CaseInsensitive) == 0 ||
           answer.compare(QLatin1String("yes"), Qt::CaseInsensitive) == 0 ||
           (!answer.isEmpty() && answer.compare(CliText::tr("y"), Qt::CaseInsensitive) == 0) ||
           (!answer.isEmpty() && answer.compare(CliText::tr("yes"), Qt::CaseInsensitive) == 0);
}
} // namespace

QString untrustedCommandsMessage(const QString &projectPath, const QStringList &commands)
{
    return CliText::tr("This project runs commands on this computer (its validators):") +
           QLatin1Char('\n') + commandList(commands) + QLatin1Char('\n') +
           CliText::tr("They run only in a project you trust. Review them, then run “seedbed "
                       "trust %1”.")
               .arg(QDir::toNativeSeparators(projectPath));
}

int runTrust(const QStringList &arguments)
{
    CommandLine line(QStringLiteral("trust"), CliText::tr("PROJECT"),
                     CliText::tr("Shows the commands a project runs on this computer (the "
                                 "validator commands of its Verify stages) and, once you agree, "
                                 "lets them run. The trust is for this folder and these "
                                 "commands: when a command or a script it names in the project "
                                 "folder changes, Seedbed asks again."));
    const QCommandLineOption yesOption(QStringList{QStringLiteral("yes"), QStringLiteral("y")},
                                       CliText::tr("Trust without asking."));
    const QCommandLineOption revokeOption(
        QStringLiteral("revoke"), CliText::tr("Stop trusting the project: ask again next time."));
    line.addOption(yesOption);
    line.addOption(revokeOption);
    line.addPositionalArgument(CliText::tr("PROJECT"),
                               CliText::tr("The project folder or its project.seedbed file."));
    if (const auto exit = line.parse(arguments, 1, 1))
        return *exit;

    ProjectData data;
    QString file;
    ProjectError error;
    if (!readProject(line.positionalArguments().constFirst(), &data, &file, &error))
        return line.fail(error);
    const QString folder = QFileInfo(file).absolutePath();
    const QString shown = QDir::toNativeSeparators(folder);
    ProjectTrust trust;
    if (line.isSet(revokeOption)) {
        trust.revoke(folder);
        printOut(
            CliText::tr("Seedbed will ask again before running the commands of %1.").arg(shown));
        return Ok;
    }
    const QStringList commands = ProjectTrust::commands(data);
    if (commands.isEmpty()) {
        printOut(CliText::tr("%1 runs no commands; there is nothing to trust.").arg(shown));
        return Ok;
    }
    if (trust.isTrusted(folder, data)) {
        printOut(CliText::tr("%1 is trusted to run:").arg(shown) + QLatin1Char('\n') +
                 commandList(commands));
        return Ok;
    }
    printOut(CliText::tr("%1 runs these commands on this computer, in the project folder and "
                         "with your permissions:")
                 .arg(shown) +
             QLatin1Char('\n') + commandList(commands));
    if (!line.isSet(yesOption) && !confirmed()) {
        printErr(CliText::tr("Not trusted; the commands will not run."));
        return NotTrusted;
    }
    trust.trust(folder, data);
    printOut(CliText::tr("Trusted: “seedbed run” and the Seedbed window run these commands for "
                         "this project until they change."));
    return Ok;
}

} // namespace Seedbed::Cli
