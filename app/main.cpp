// Seedbed: the desktop studio. All logic lives in seedbed_models and seedbed_widgets.
#include "models/llm/redactor.h"
#include "widgets/mainwindow.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

int main(int argc, char *argv[])
{
    // Before anything can log: keys never reach a log line, whoever prints it.
    Seedbed::Llm::Redactor::installMessageHandler();
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("Seedbed"));
    QApplication::setOrganizationName(QStringLiteral("Seedbed"));
    QApplication::setOrganizationDomain(QStringLiteral("seedbed.io"));
    QApplication::setApplicationVersion(QStringLiteral(SEEDBED_VERSION));
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
    if (qtTranslator.load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                          QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QApplication::installTranslator(&qtTranslator);
    QTranslator translator;
    if (translator.load(locale, QStringLiteral("seedbed"), QStringLiteral("_"),
                        QStringLiteral(":/i18n")))
        QApplication::installTranslator(&translator);

    Seedbed::MainWindow window;
    window.show();
    if (!parser.positionalArguments().isEmpty())
        window.openProject(parser.positionalArguments().constFirst());
    else if (parser.isSet(example))
        window.openExample();
    return QApplication::exec();
}
