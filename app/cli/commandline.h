#pragma once

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonValue>
#include <QString>
#include <QStringList>

#include <optional>

namespace Seedbed {
class PipelineGraph;
struct ProjectData;
struct ProjectError;
struct Stage;
} // namespace Seedbed

namespace Seedbed::Cli {

/*! The translation context of everything the command line says. */
struct CliText
{
    Q_DECLARE_TR_FUNCTIONS(Seedbed::Cli)
};

/*! Writes \a text to standard output as UTF-8, adding a newline unless it ends in one. */
void printOut(const QString &text);
/*! Writes \a text to standard error as UTF-8, adding a newline unless it ends in one. */
void printErr(const QString &text);
/*! Writes \a value (an object or an array) to standard output as indented JSON. */
void printJson(const QJsonValue &value);

/*! \brief The arguments of one command: a QCommandLineParser that knows the command's name
    and usage line, answers \c --help and reports mistakes in the command line's words.

    \code
    CommandLine line(QStringLiteral("validate"), CliText::tr("PROJECT"), description);
    const QCommandLineOption json = line.addOption({QStringLiteral("json"), help});
    if (const auto exit = line.parse(arguments, 1, 1))
        return *exit;
    \endcode */
class CommandLine
{
public:
    /*! \a command is what follows "seedbed" ("validate", "providers add"); \a syntax the
        positional arguments as the usage line shows them ("PROJECT [FILE]"). */
    CommandLine(const QString &command, const QString &syntax, const QString &description);

    QCommandLineOption addOption(const QCommandLineOption &option);
    /*! For the help text only: the parser checks counts, not names. */
    void addPositionalArgument(const QString &name, const QString &description);

    /*! Parses \a arguments (those after the command). Returns nothing when the command should
        go on; otherwise the exit code to return at once: Ok after printing the help for
        \c --help, UsageError after reporting an unknown option, a missing option value, or
        fewer than \a minPositional or more than \a maxPositional (-1: any number) positional
        arguments. */
    std::optional<int> parse(const QStringList &arguments, int minPositional, int maxPositional);

    bool isSet(const QCommandLineOption &option) const { return m_parser.isSet(option); }
    QString value(const QCommandLineOption &option) const { return m_parser.value(option); }
    QStringList values(const QCommandLineOption &option) const { return m_parser.values(option); }
    QStringList positionalArguments() const { return m_parser.positionalArguments(); }

    /*! The option's value as a whole number of at least \a minimum; otherwise reports a usage
        error and returns nothing. Unset options give \a fallback. */
    std::optional<int> intValue(const QCommandLineOption &option, int minimum, int fallback) const;

    QString helpText() const;
    /*! Reports \a message as a usage error, with a hint at the command's help; returns
        UsageError. */
    int usageError(const QString &message) const;
    /*! Reports \a message on standard error, prefixed with the command; returns \a code. */
    int fail(int code, const QString &message) const;
    /*! Reports why a project could not be read, opened or created; returns IoError when reading
        or writing failed (permissions, a full disk), else InvalidProject. */
    int fail(const ProjectError &error) const;

private:
    QString m_command;
    QString m_syntax;
    QCommandLineParser m_parser;
};

/*! The stage of \a graph that \a wanted names: its id (with or without braces), else its exact
    name. Nothing when there is none or the name is ambiguous, having reported it as a usage
    error of \a line (with \a hint, e.g. a list of suitable stages, after a miss) and put the
    exit code into \a exit. */
const Stage *findStage(const PipelineGraph &graph, const QString &wanted, const CommandLine &line,
                       const QString &hint, int *exit);
/*! "  ID  NAME (TYPE)", as stage lists in messages show a stage. */
QString describeStage(const Stage &stage);

/*! Reads and parses the project.seedbed that \a path names (see projectFilePath(), which goes
    to \a file) without locking or writing anything; false with \a error saying why not. */
bool readProject(const QString &path, ProjectData *data, QString *file, ProjectError *error);

/*! The project.seedbed file that \a path (a project folder or the file itself) names. */
QString projectFilePath(const QString &path);

} // namespace Seedbed::Cli
