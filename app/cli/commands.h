#pragma once

#include <QString>
#include <QStringList>

/* The functions behind the rows of the command table (cli.cpp). Each takes the arguments
   after the command name and returns an ExitCode; see Seedbed::Cli::Command. */

namespace Seedbed::Cli {

// projectcommands.cpp
int runNew(const QStringList &arguments);
int runValidate(const QStringList &arguments);
int runStatus(const QStringList &arguments);

// importcommand.cpp
int runImport(const QStringList &arguments);

// providercommands.cpp
int runProviders(const QStringList &arguments);

// runcommand.cpp
int runRun(const QStringList &arguments);
int runExport(const QStringList &arguments);

// trustcommand.cpp
int runTrust(const QStringList &arguments);
/* What run says about a project whose validator commands are not trusted yet. */
QString untrustedCommandsMessage(const QString &projectPath, const QStringList &commands);

// cli.cpp
int runHelp(const QStringList &arguments);

} // namespace Seedbed::Cli
