// Edit ▸ Preferences: the language choice is stored, read back by the function main() uses to
// pick the start-up locale, and the --language option still wins over it.
#include "widgets/mainwindow.h"
#include "widgets/preferencesdialog.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QMenuBar>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Seedbed;

namespace {
QComboBox *combo(const PreferencesDialog &dialog)
{
    return dialog.findChild<QComboBox *>(QStringLiteral("languageCombo"));
}

QPushButton *dialogButton(const PreferencesDialog &dialog, QDialogButtonBox::StandardButton which)
{
    return dialog.findChild<QDialogButtonBox *>()->button(which);
}
} // namespace

class tst_PreferencesDialog : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();

    void offersSystemEnglishChinese();
    void okStoresChoice_data();
    void okStoresChoice();
    void cancelKeepsStoredChoice();
    void dialogShowsStoredChoice();
    void unknownStoredValueMeansSystem();
    void commandLineWins();
    void saysWhenItApplies();
    void mainWindowHasPreferencesAndSetupGuide();
};

void tst_PreferencesDialog::initTestCase()
{
    QCoreApplication::setOrganizationName("SeedbedTests");
    QCoreApplication::setApplicationName("tst_preferencesdialog");
    QStandardPaths::setTestModeEnabled(true);
}

void tst_PreferencesDialog::init()
{
    QSettings().clear();
}

void tst_PreferencesDialog::offersSystemEnglishChinese()
{
    PreferencesDialog dialog;
    QComboBox *languages = combo(dialog);
    QVERIFY(languages);
    QCOMPARE(languages->count(), 3);
    QCOMPARE(languages->itemData(0).toString(), QString());
    QVERIFY(languages->itemText(0).startsWith("System default"));
    QCOMPARE(languages->itemData(1).toString(), QString("en"));
    QCOMPARE(languages->itemText(1), QString("English"));
    QCOMPARE(languages->itemData(2).toString(), QString("zh_CN"));
    QCOMPARE(languages->itemText(2), QString::fromUtf8("简体中文"));
    QCOMPARE(languages->currentIndex(), 0); // nothing stored: the system's
}

void tst_PreferencesDialog::okStoresChoice_data()
{
    QTest::addColumn<int>("row");
    QTest::addColumn<QString>("stored");
    QTest::addColumn<QString>("localeName");
    QTest::newRow("Chinese") << 2 << "zh_CN"
                             << "zh_CN";
    QTest::newRow("English") << 1 << "en"
                             << "en_US";
    QTest::newRow("system") << 0 << "" << QLocale::system().name();
}

void tst_PreferencesDialog::okStoresChoice()
{
    QFETCH(int, row);
    QFETCH(QString, stored);
    QFETCH(QString, localeName);
    // Start from another choice, so that storing is seen.
    PreferencesDialog::setStoredLanguage(row == 2 ? "en" : "zh_CN");
    PreferencesDialog dialog;
    dialog.show();
    combo(dialog)->setCurrentIndex(row);
    QCOMPARE(dialog.selectedLanguage(), stored);
    dialogButton(dialog, QDialogButtonBox::Ok)->click();
    QCOMPARE(dialog.result(), int(QDialog::Accepted));

    QSettings settings;
    settings.sync();
    QCOMPARE(PreferencesDialog::storedLanguage(), stored);
    QCOMPARE(settings.value(PreferencesDialog::languageSettingsKey()).toString(), stored);
    QCOMPARE(PreferencesDialog::startupLocale().name(), localeName);
    if (stored.isEmpty())
        QCOMPARE(PreferencesDialog::startupLocale(), QLocale::system());
}

void tst_PreferencesDialog::cancelKeepsStoredChoice()
{
    PreferencesDialog::setStoredLanguage("en");
    PreferencesDialog dialog;
    dialog.show();
    QVERIFY(dialog.selectLanguage("zh_CN"));
    dialogButton(dialog, QDialogButtonBox::Cancel)->click();
    QCOMPARE(PreferencesDialog::storedLanguage(), QString("en"));
    QCOMPARE(PreferencesDialog::startupLocale().language(), QLocale::English);
}

void tst_PreferencesDialog::dialogShowsStoredChoice()
{
    PreferencesDialog::setStoredLanguage("zh_CN");
    PreferencesDialog dialog;
    QCOMPARE(dialog.selectedLanguage(), QString("zh_CN"));
    QCOMPARE(combo(dialog)->currentIndex(), 2);
    QVERIFY(!dialog.selectLanguage("fr"));
    QCOMPARE(dialog.selectedLanguage(), QString("zh_CN"));
}

void tst_PreferencesDialog::unknownStoredValueMeansSystem()
{
    QSettings().setValue(PreferencesDialog::languageSettingsKey(), "xx_YY");
    QCOMPARE(PreferencesDialog::storedLanguage(), QString());
    QCOMPARE(PreferencesDialog::startupLocale(), QLocale::system());
    PreferencesDialog dialog;
    QCOMPARE(combo(dialog)->currentIndex(), 0);
    // Storing something not offered removes the choice rather than keeping nonsense.
    PreferencesDialog::setStoredLanguage("xx_YY");
    QVERIFY(!QSettings().contains(PreferencesDialog::languageSettingsKey()));
}

void tst_PreferencesDialog::commandLineWins()
{
    PreferencesDialog::setStoredLanguage("zh_CN");
    QCOMPARE(PreferencesDialog::startupLocale("en").language(), QLocale::English);
    QCOMPARE(PreferencesDialog::startupLocale(QString()).name(), QString("zh_CN"));
    PreferencesDialog::setStoredLanguage("en");
    QCOMPARE(PreferencesDialog::startupLocale("zh_CN").name(), QString("zh_CN"));
    // Numbers follow the chosen locale once main() makes it the default.
    QCOMPARE(PreferencesDialog::startupLocale("de").toString(1234.5, 'f', 1), QString("1.234,5"));
}

void tst_PreferencesDialog::saysWhenItApplies()
{
    PreferencesDialog dialog;
    auto *note = dialog.findChild<QLabel *>(QStringLiteral("languageNote"));
    QVERIFY(note);
    QVERIFY2(note->text().contains("next time"), qPrintable(note->text()));
    QVERIFY2(note->text().contains("--language"), qPrintable(note->text()));
}

void tst_PreferencesDialog::mainWindowHasPreferencesAndSetupGuide()
{
    MainWindow window;
    auto *preferences = window.findChild<QAction *>(QStringLiteral("preferencesAction"));
    QVERIFY(preferences);
    QCOMPARE(preferences->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_Comma));
    auto *guide = window.findChild<QAction *>(QStringLiteral("setupGuideAction"));
    QVERIFY(guide);
    bool inEdit = false;
    bool inHelp = false;
    for (QAction *menu : window.menuBar()->actions()) {
        const QString title = menu->text().remove('&');
        if (title == "Edit")
            inEdit = menu->menu()->actions().contains(preferences);
        else if (title == "Help")
            inHelp = menu->menu()->actions().contains(guide);
    }
    QVERIFY(inEdit);
    QVERIFY(inHelp);
}

int main(int argc, char **argv)
{
    // Settings, recent projects and the example copy stay away from the user's own.
    QTemporaryDir home;
    qputenv("HOME", home.path().toLocal8Bit());
    qputenv("XDG_CONFIG_HOME", home.filePath(QStringLiteral("config")).toLocal8Bit());
    qputenv("XDG_DATA_HOME", home.filePath(QStringLiteral("data")).toLocal8Bit());
    QApplication app(argc, argv);
    tst_PreferencesDialog test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_preferencesdialog.moc"
