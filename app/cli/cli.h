#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <span>

namespace Seedbed::Cli {

/*! \brief The exit codes of every command of the headless command line. Scripts rely on
    them: never renumber, only add. */
enum ExitCode : int {
    Ok = 0,                  //!< the command did what was asked
    UsageError = 1,          //!< unknown command or option, missing or malformed argument
    PartialFailure = 2,      //!< some of the work failed, the rest is done (reserved for run)
    InvalidProject = 3,      //!< the project is invalid or cannot be opened
    ProviderUnreachable = 4, //!< a provider could not be reached or refused the test
    IoError = 5,             //!< a file could not be read or written
    NotTrusted = 6,          //!< the project's commands are not trusted (seedbed trust)
};

/*! \brief One row of the exit code table that \c {seedbed help} prints. */
struct ExitCodeInfo
{
    ExitCode code;
    const char *meaning; //!< untranslated; in the Seedbed::Cli translation context
};

/*! Every exit code with its meaning, in numeric order. */
inline constexpr ExitCodeInfo exitCodes[] = {
    {Ok, QT_TRANSLATE_NOOP("Seedbed::Cli", "success")},
    {UsageError, QT_TRANSLATE_NOOP("Seedbed::Cli", "usage error: unknown command or option, "
                                                   "missing or malformed argument")},
    {PartialFailure,
     QT_TRANSLATE_NOOP("Seedbed::Cli", "partial failure: some of the work failed (run)")},
    {InvalidProject,
     QT_TRANSLATE_NOOP("Seedbed::Cli", "the project is invalid or cannot be opened")},
    {ProviderUnreachable,
     QT_TRANSLATE_NOOP("Seedbed::Cli", "a provider could not be reached or refused the test")},
    {IoError, QT_TRANSLATE_NOOP("Seedbed::Cli", "a file could not be read or written")},
    {NotTrusted, QT_TRANSLATE_NOOP("Seedbed::Cli", "the project's commands are not trusted (see "
                                                   "seedbed trust)")},
};

/*! \brief A command of the headless command line: \c {seedbed NAME ARGUMENTS…}.

    The table (commands()) is in cli.cpp. To add a command, write
    \c {int runFoo(const QStringList &arguments)} in a file of its own under app/cli/ (it is
    picked up by the build), declare it in commands.h and fill in its row of the table. The
    function receives the arguments after the command name, builds its own
    QCommandLineParser with CommandLine (commandline.h), which answers \c --help, and returns
    an ExitCode. It runs under a QCoreApplication with an event loop available but not
    running: a command that needs one (network, keychain) runs a QEventLoop itself. */
struct Command
{
    using Function = int (*)(const QStringList &arguments);

    const char *name;    //!< what the user types, e.g. "validate"
    const char *summary; //!< one line for \c {seedbed help}; Seedbed::Cli translation context
    /*! Null while the command is reserved but not built yet (run, export): it is recognised,
        so that \c {seedbed run} never opens the window, and says it is not available. */
    Function run;
};

/*! The command table, in the order \c {seedbed help} lists it. */
std::span<const Command> commands();
/*! The command named \a name, or null. */
const Command *findCommand(QStringView name);

/*! Whether \a firstArgument (argv[1]) asks for the command line rather than the window: a
    command name, or a top-level \c --help / \c --version (so those work without a
    display). */
bool isCommandLine(QStringView firstArgument);
/*! Runs the command line on \a arguments (QCoreApplication::arguments(): the program, the
    command, its arguments) and returns the exit code. */
int run(const QStringList &arguments);

} // namespace Seedbed::Cli
