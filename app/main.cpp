// Seedbed: the desktop studio, and its headless command line (app/cli). All other logic lives
// in seedbed_models and seedbed_widgets.
#include "app/cli/cli.h"
#include "models/llm/redactor.h"
#include "widgets/mainwindow.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace {
// Both paths must agree: the configuration folder (provider profiles) is named after these.
void setApplicationIdentity()
{
    QCoreApplication::setApplicationName(QStringLiteral("Seedbed"));
    QCoreApplication::setOrganizationName(QStringLiteral("Seedbed"));
    QCoreApplication::setOrganizationDomain(QStringLiteral("seedbed.io"));
    QCoreApplication::setApplicationVersion(QStringLiteral(SEEDBED_VERSION));
}

void installTranslators(const QLocale &locale, QTranslator *qtTranslator, QTranslator *translator)
{
    if (qtTranslator->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                           QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qtTranslator);
    if (translator->load(locale, QStringLiteral("seedbed"), QStringLiteral("_"),
                         QStringLiteral(":/i18n")))
        QCoreApplication::installTranslator(translator);
}
} // namespace

int main(int argc, char *argv[])
{
    // Before anything can log: keys never reach a log line, whoever prints it.
    Seedbed::Llm::Redactor::installMessageHandler();

    // A command runs without a window, and so without a display: only a QCoreApplication.
    if (argc > 1 && Seedbed::Cli::isCommandLine(QString::fromLocal8Bit(argv[1]))) {
        QCoreApplication app(argc, argv);
        setApplicationIdentity();
        QTranslator qtTranslator;
        QTranslator translator;
        installTranslators(QLocale(), &qtTranslator, &translator);
        return Seedbed::Cli::run(QCoreApplication::arguments());
    }

    QApplication app(argc, argv);
    setApplicationIdentity();
    QApplication::setDesktopFileName(QStringLiteral("io.seedbed.Seedbed"));

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QApplication::translate("main", "Grow LLM training datasets from a few seed examples."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption example(
        QStringLiteral("example"),
        QApplication::translate("main", "Open the bundled example project."));
    const QCommandLineOption language(
        QStringLiteral("language"),
        QApplication::translate("main", "User interface language, e.g. en or zh_CN."),
        QApplication::translate("main", "code"));
    parser.addOption(example);
    parser.addOption(language);
    parser.addPositionalArgument(
        QStringLiteral("project"),
        QApplication::translate("main", "Project folder or project.seedbed file to open."),
        QStringLiteral("[project]"));
    parser.process(app);

    const QLocale locale = parser.isSet(language) ? QLocale(parser.value(language)) : QLocale();
    QLocale::setDefault(locale);
    QTranslator qtTranslator;
    QTranslator translator;
    installTranslators(locale, &qtTranslator, &translator);

    Seedbed::MainWindow window;
    window.show();
    if (!parser.positionalArguments().isEmpty())
        window.openProject(parser.positionalArguments().constFirst());
    else if (parser.isSet(example))
        window.openExample();
    return QApplication::exec();
}
