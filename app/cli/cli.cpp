#include "app/cli/cli.h"

#include "app/cli/commandline.h"
#include "app/cli/commands.h"

#include <algorithm>
#include <iterator>

namespace Seedbed::Cli {

namespace {
/* The command table: name, one-line summary (translated at display), and the function that
   runs it (declared in commands.h). */
const Command commandTable[] = {
    {"new", QT_TRANSLATE_NOOP("Seedbed::Cli", "Create a project: empty, or a copy of the example."),
     &runNew},
    {"validate", QT_TRANSLATE_NOOP("Seedbed::Cli", "Check a project's pipeline for problems."),
     &runValidate},
    {"status",
     QT_TRANSLATE_NOOP("Seedbed::Cli", "Show the records of each stage and the last run."),
     &runStatus},
    {"import",
     QT_TRANSLATE_NOOP("Seedbed::Cli", "Add rows from a CSV, TSV or JSON file to a seed "
                                       "table."),
     &runImport},
    {"providers",
     QT_TRANSLATE_NOOP("Seedbed::Cli", "List, add, remove and test LLM provider profiles."),
     &runProviders},
    {"run", QT_TRANSLATE_NOOP("Seedbed::Cli", "Run a project's pipeline."), &runRun},
    {"trust",
     QT_TRANSLATE_NOOP("Seedbed::Cli", "Show a project's validator commands and allow them to "
                                       "run."),
     &runTrust},
    {"export", QT_TRANSLATE_NOOP("Seedbed::Cli", "Export a project's records."), &runExport},
    {"help", QT_TRANSLATE_NOOP("Seedbed::Cli", "Show this help, or the help of a command."),
     &runHelp},
};

const QLatin1StringView helpFlags[] = {QLatin1StringView("--help"), QLatin1StringView("-h"),
                                       QLatin1StringView("-?"), QLatin1StringView("--help-all")};
const QLatin1StringView versionFlags[] = {QLatin1StringView("--version"), QLatin1StringView("-v")};

template<typename List> bool contains(const List &list, QStringView text)
{
    return std::any_of(std::begin(list), std::end(list),
                       [text](QLatin1StringView flag) { return text == flag; });
}

int notAvailable(const Command &command)
{
    printErr(CliText::tr("seedbed %1: this command is not available in this version of Seedbed. "
                         "Open the project in the Seedbed window instead.")
                 .arg(QLatin1StringView(command.name)));
    return UsageError;
}

QString generalHelp()
{
    QStringList lines;
    lines << CliText::tr("Usage: seedbed [options] [PROJECT]          opens the Seedbed window")
          << CliText::tr("       seedbed COMMAND [options] [ARGS…]    runs a command without "
                         "a window or display")
          << QString() << CliText::tr("Grow LLM training datasets from a few seed examples.")
          << QString() << CliText::tr("Commands:");
    for (const Command &command : commandTable) {
        if (command.run)
            lines << QStringLiteral("  %1  %2")
                         .arg(QLatin1StringView(command.name), -10)
                         .arg(CliText::tr(command.summary));
    }
    lines << QString()
          << CliText::tr("Run \"seedbed help COMMAND\" or \"seedbed COMMAND --help\" for the "
                         "arguments of a command.")
          << QString() << CliText::tr("Window options:")
          << QStringLiteral("  %1  %2")
                 .arg(QStringLiteral("--example"), -18)
                 .arg(CliText::tr("Open the bundled example project."))
          << QStringLiteral("  %1  %2")
                 .arg(CliText::tr("--language CODE"), -18)
                 .arg(CliText::tr("User interface language, e.g. en or zh_CN."))
          << QStringLiteral("  %1  %2")
                 .arg(QStringLiteral("--version"), -18)
                 .arg(CliText::tr("Show the version and exit."))
          << QString() << CliText::tr("Exit codes:");
    for (const ExitCodeInfo &info : exitCodes)
        lines << QStringLiteral("  %1  %2").arg(int(info.code)).arg(CliText::tr(info.meaning));
    return lines.join(QLatin1Char('\n'));
}
} // namespace

std::span<const Command> commands()
{
    return commandTable;
}

const Command *findCommand(QStringView name)
{
    for (const Command &command : commandTable) {
        if (name == QLatin1StringView(command.name))
            return &command;
    }
    return nullptr;
}

bool isCommandLine(QStringView firstArgument)
{
    return findCommand(firstArgument) || contains(helpFlags, firstArgument) ||
           contains(versionFlags, firstArgument);
}

int runHelp(const QStringList &arguments)
{
    if (arguments.isEmpty() || contains(helpFlags, arguments.constFirst())) {
        printOut(generalHelp());
        return Ok;
    }
    const Command *command = findCommand(arguments.constFirst());
    if (!command) {
        printErr(CliText::tr("seedbed help: there is no command \"%1\". Run \"seedbed help\" for "
                             "the list of commands.")
                     .arg(arguments.constFirst()));
        return UsageError;
    }
    if (!command->run)
        return notAvailable(*command);
    if (command->run == &runHelp) {
        printOut(generalHelp());
        return Ok;
    }
    // "seedbed help providers add" is "seedbed providers add --help".
    return command->run(arguments.mid(1) + QStringList{QStringLiteral("--help")});
}

int run(const QStringList &arguments)
{
    if (arguments.size() < 2)
        return runHelp({});
    const QString first = arguments.at(1);
    if (contains(helpFlags, first))
        return runHelp({});
    if (contains(versionFlags, first)) {
        printOut(QStringLiteral("seedbed %1").arg(QCoreApplication::applicationVersion()));
        return Ok;
    }
    const Command *command = findCommand(first);
    if (!command) {
        printErr(CliText::tr("seedbed: there is no command \"%1\". Run \"seedbed help\" for the "
                             "list of commands.")
                     .arg(first));
        return UsageError;
    }
    if (!command->run)
        return notAvailable(*command);
    return command->run(arguments.mid(2));
}

} // namespace Seedbed::Cli
