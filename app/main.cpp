// Seedbed: the desktop studio, and its headless command line (app/cli). All other logic lives
// in seedbed_models and seedbed_widgets.
#include "app/cli/cli.h"
#include "models/llm/redactor.h"
#include "widgets/firstrunwizard.h"
#include "widgets/mainwindow.h"
#include "widgets/preferencesdialog.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QPalette>
#include <QStyleFactory>
#include <QTimer>
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

// SEEDBED_PALETTE=dark: Fusion with a dark palette, to check (and take screenshots of) the
// colours on a dark desktop where the platform offers none.
void applyPaletteFromEnvironment()
{
    if (qEnvironmentVariable("SEEDBED_PALETTE") != QLatin1String("dark"))
        return;
    QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
    QPalette p;
    p.setColor(QPalette::Window, QColor(0x2b, 0x2b, 0x2b));
    p.setColor(QPalette::WindowText, QColor(0xe6, 0xe6, 0xe6));
    p.setColor(QPalette::Base, QColor(0x1e, 0x1e, 0x1e));
    p.setColor(QPalette::AlternateBase, QColor(0x33, 0x33, 0x33));
    p.setColor(QPalette::Text, QColor(0xe6, 0xe6, 0xe6));
    p.setColor(QPalette::PlaceholderText, QColor(0x9a, 0x9a, 0x9a));
    p.setColor(QPalette::Button, QColor(0x35, 0x35, 0x35));
    p.setColor(QPalette::ButtonText, QColor(0xe6, 0xe6, 0xe6));
    p.setColor(QPalette::ToolTipBase, QColor(0x35, 0x35, 0x35));
    p.setColor(QPalette::ToolTipText, QColor(0xe6, 0xe6, 0xe6));
    p.setColor(QPalette::Highlight, QColor(0x3d, 0x7a, 0xd6));
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::Link, QColor(0x6c, 0xa8, 0xf0));
    p.setColor(QPalette::Mid, QColor(0x44, 0x44, 0x44));
    p.setColor(QPalette::Disabled, QPalette::Text, QColor(0x80, 0x80, 0x80));
    p.setColor(QPalette::Disabled, QPalette::ButtonText, QColor(0x80, 0x80, 0x80));
    p.setColor(QPalette::Disabled, QPalette::WindowText, QColor(0x80, 0x80, 0x80));
    QApplication::setPalette(p);
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
    applyPaletteFromEnvironment();

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

    // --language, else Edit ▸ Preferences, else the system's; numbers and dates follow it too.
    const QLocale locale = Seedbed::PreferencesDialog::startupLocale(
        parser.isSet(language) ? parser.value(language) : QString());
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
    // Without a provider profile nothing can be generated: the guide helps set one up, once.
    if (Seedbed::FirstRunWizard::isNeeded())
        QTimer::singleShot(0, &window, &Seedbed::MainWindow::showSetupGuide);
    return QApplication::exec();
}
