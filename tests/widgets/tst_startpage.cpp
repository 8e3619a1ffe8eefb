#include "widgets/newprojectdialog.h"
#include "widgets/recentprojects.h"
#include "widgets/startpage.h"

#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Seedbed;

class tst_StartPage : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();

    void recentAddsMostRecentFirst();
    void recentDeduplicates();
    void recentKeepsAtMostTen();
    void recentSkipsFoldersWithoutProject();
    void recentRemove();
    void recentUsesDefaultSettings();

    void startPageButtonsEmit();
    void startPageButtonsRespondToEnter();
    void startPageListsRecentProjects();
    void startPageClickOpensRecent();
    void startPageEnterOpensRecent();
    void startPageEmptyState();

    void newProjectDefaultLocation();
    void newProjectNeedsName();
    void newProjectComputesFolder();
    void newProjectRejectsNonEmptyFolder();
    void newProjectAcceptsEmptyFolder();
    void newProjectRejectsFileLocation();
    void newProjectFolderName_data();
    void newProjectFolderName();

private:
    QString makeProject(const QString &name) const;

    QTemporaryDir m_settingsDir;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<QSettings> m_settings;
};

void tst_StartPage::initTestCase()
{
    QVERIFY(m_settingsDir.isValid());
    // Keep the default QSettings of this test away from the user's real configuration.
    QCoreApplication::setOrganizationName(QStringLiteral("SeedbedTests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_startpage"));
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_settingsDir.path());
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_settingsDir.path());
    QStandardPaths::setTestModeEnabled(true);
}

void tst_StartPage::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_settings = std::make_unique<QSettings>(m_dir->filePath(QStringLiteral("settings.ini")),
                                             QSettings::IniFormat);
}

QString tst_StartPage::makeProject(const QString &name) const
{
    const QString folder = m_dir->filePath(name);
    QDir().mkpath(folder);
    QFile file(QDir(folder).filePath(QStringLiteral("project.seedbed")));
    if (!file.open(QIODevice::WriteOnly))
        return {};
    file.write("{}\n");
    return QDir::cleanPath(folder);
}

void tst_StartPage::recentAddsMostRecentFirst()
{
    const QString a = makeProject(QStringLiteral("a"));
    const QString b = makeProject(QStringLiteral("b"));
    const QString c = makeProject(QStringLiteral("c"));
    RecentProjects recent(m_settings.get());
    QCOMPARE(recent.paths(), QStringList());
    recent.add(a);
    recent.add(b);
    recent.add(c);
    QCOMPARE(recent.paths(), QStringList({c, b, a}));
    QCOMPARE(m_settings->value(QStringLiteral("recentProjects")).toStringList(),
             QStringList({c, b, a}));
    // Reopening an older project moves it to the front.
    recent.add(a);
    QCOMPARE(recent.paths(), QStringList({a, c, b}));
    // A second instance reads the same list.
    QCOMPARE(RecentProjects(m_settings.get()).paths(), QStringList({a, c, b}));
}

void tst_StartPage::recentDeduplicates()
{
    const QString a = makeProject(QStringLiteral("a"));
    const QString b = makeProject(QStringLiteral("b"));
    RecentProjects recent(m_settings.get());
    recent.add(a);
    recent.add(b);
    recent.add(QDir(a).filePath(QStringLiteral("project.seedbed"))); // the file means its folder
    QCOMPARE(recent.paths(), QStringList({a, b}));
    recent.add(b + QStringLiteral("/"));
    recent.add(a + QStringLiteral("/../b"));
    QCOMPARE(recent.paths(), QStringList({b, a}));
    QCOMPARE(recent.storedPaths().size(), 2);
}

void tst_StartPage::recentKeepsAtMostTen()
{
    RecentProjects recent(m_settings.get());
    QStringList added;
    for (int i = 0; i < 12; ++i) {
        const QString path = makeProject(QStringLiteral("project%1").arg(i));
        added.prepend(path);
        recent.add(path);
    }
    QCOMPARE(RecentProjects::maxCount, 10);
    QCOMPARE(recent.paths().size(), 10);
    QCOMPARE(recent.paths(), added.mid(0, 10));
    QCOMPARE(recent.paths().first(), m_dir->filePath(QStringLiteral("project11")));
    QCOMPARE(recent.paths().last(), m_dir->filePath(QStringLiteral("project2")));
}

void tst_StartPage::recentSkipsFoldersWithoutProject()
{
    const QString a = makeProject(QStringLiteral("a"));
    const QString gone = makeProject(QStringLiteral("gone"));
    RecentProjects recent(m_settings.get());
    recent.add(a);
    recent.add(gone);
    QVERIFY(QFile::remove(QDir(gone).filePath(QStringLiteral("project.seedbed"))));
    QCOMPARE(recent.paths(), QStringList({a}));
    // Kept in the settings: an unplugged drive may come back.
    QCOMPARE(recent.storedPaths(), QStringList({gone, a}));
}

void tst_StartPage::recentRemove()
{
    const QString a = makeProject(QStringLiteral("a"));
    const QString b = makeProject(QStringLiteral("b"));
    RecentProjects recent(m_settings.get());
    recent.add(a);
    recent.add(b);
    recent.remove(a + QStringLiteral("/"));
    QCOMPARE(recent.paths(), QStringList({b}));
    recent.clear();
    QCOMPARE(recent.paths(), QStringList());
    QVERIFY(!m_settings->contains(QStringLiteral("recentProjects")));
}

void tst_StartPage::recentUsesDefaultSettings()
{
    const QString a = makeProject(QStringLiteral("a"));
    RecentProjects recent;
    recent.clear();
    recent.add(a);
    QCOMPARE(recent.paths(), QStringList({a}));
    QSettings settings;
    QVERIFY(settings.fileName().startsWith(m_settingsDir.path()));
    QCOMPARE(settings.value(QStringLiteral("recentProjects")).toStringList(), QStringList({a}));
    recent.clear();
}

void tst_StartPage::startPageButtonsEmit()
{
    StartPage page;
    QSignalSpy newSpy(&page, &StartPage::newRequested);
    QSignalSpy openSpy(&page, &StartPage::openRequested);
    QSignalSpy exampleSpy(&page, &StartPage::openExampleRequested);
    auto *newButton = page.findChild<QPushButton *>(QStringLiteral("newProjectButton"));
    auto *openButton = page.findChild<QPushButton *>(QStringLiteral("openProjectButton"));
    auto *exampleButton = page.findChild<QPushButton *>(QStringLiteral("openExampleButton"));
    QVERIFY(newButton && openButton && exampleButton);
    QCOMPARE(newButton->text(), QStringLiteral("New Project…"));
    QCOMPARE(openButton->text(), QStringLiteral("Open Project…"));
    QCOMPARE(exampleButton->text(), QStringLiteral("Open Example"));

    QTest::mouseClick(newButton, Qt::LeftButton);
    QCOMPARE(newSpy.count(), 1);
    QCOMPARE(openSpy.count(), 0);
    QTest::mouseClick(openButton, Qt::LeftButton);
    QCOMPARE(openSpy.count(), 1);
    QTest::mouseClick(exampleButton, Qt::LeftButton);
    QCOMPARE(exampleSpy.count(), 1);
    QCOMPARE(newSpy.count(), 1);

    auto *title = page.findChild<QLabel *>(QStringLiteral("startTitle"));
    QVERIFY(title);
    QCOMPARE(title->text(), QStringLiteral("Seedbed"));
}

void tst_StartPage::startPageButtonsRespondToEnter()
{
    StartPage page;
    QSignalSpy openSpy(&page, &StartPage::openRequested);
    auto *openButton = page.findChild<QPushButton *>(QStringLiteral("openProjectButton"));
    QTest::keyClick(openButton, Qt::Key_Return);
    QCOMPARE(openSpy.count(), 1);
    QTest::keyClick(openButton, Qt::Key_Space);
    QCOMPARE(openSpy.count(), 2);
    // Buttons and the list are all reachable with Tab.
    auto *list = page.findChild<QListWidget *>(QStringLiteral("recentList"));
    QVERIFY(openButton->focusPolicy() & Qt::TabFocus);
    QVERIFY(list->focusPolicy() & Qt::TabFocus);
}

void tst_StartPage::startPageListsRecentProjects()
{
    StartPage page;
    const QStringList paths{QStringLiteral("/home/ana/Seedbed/Support bot"),
                            QStringLiteral("/data/projects/math-qa")};
    page.setRecentProjects(paths);
    auto *list = page.findChild<QListWidget *>(QStringLiteral("recentList"));
    auto *empty = page.findChild<QLabel *>(QStringLiteral("recentEmpty"));
    QVERIFY(list && empty);
    QCOMPARE(list->count(), 2);
    QCOMPARE(list->item(0)->text(), QStringLiteral("Support bot"));
    QCOMPARE(list->item(1)->text(), QStringLiteral("math-qa"));
    QCOMPARE(list->item(1)->toolTip(), QDir::toNativeSeparators(paths.at(1)));
    QCOMPARE(page.recentProjects(), paths);
    QVERIFY(!list->isHidden());
    QVERIFY(empty->isHidden());
}

void tst_StartPage::startPageClickOpensRecent()
{
    StartPage page;
    page.resize(800, 600);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    const QStringList paths{QStringLiteral("/p/one"), QStringLiteral("/p/two")};
    page.setRecentProjects(paths);
    QSignalSpy spy(&page, &StartPage::openRecentRequested);
    auto *list = page.findChild<QListWidget *>(QStringLiteral("recentList"));
    const QRect second = list->visualItemRect(list->item(1));
    QVERIFY(second.isValid());
    QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, second.center());
    QCOMPARE(spy.count(), 1);
    QCOMPARE(spy.at(0).at(0).toString(), QStringLiteral("/p/two"));

    // The second click of a double-click does not open the project again.
    QTest::mouseDClick(list->viewport(), Qt::LeftButton, {}, second.center());
    QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, second.center());
    QCOMPARE(spy.count(), 1);
}

void tst_StartPage::startPageEnterOpensRecent()
{
    StartPage page;
    page.setRecentProjects({QStringLiteral("/p/one"), QStringLiteral("/p/two")});
    QSignalSpy spy(&page, &StartPage::openRecentRequested);
    QSignalSpy removeSpy(&page, &StartPage::removeRecentRequested);
    auto *list = page.findChild<QListWidget *>(QStringLiteral("recentList"));
    QCOMPARE(list->currentRow(), 0);
    QTest::keyClick(list, Qt::Key_Down);
    QCOMPARE(list->currentRow(), 1);
    QTest::keyClick(list, Qt::Key_Return);
    QCOMPARE(spy.count(), 1);
    QCOMPARE(spy.at(0).at(0).toString(), QStringLiteral("/p/two"));
    QTest::keyClick(list, Qt::Key_Delete);
    QCOMPARE(removeSpy.count(), 1);
    QCOMPARE(removeSpy.at(0).at(0).toString(), QStringLiteral("/p/two"));
}

void tst_StartPage::startPageEmptyState()
{
    StartPage page;
    page.setRecentProjects({QStringLiteral("/p/one")});
    page.setRecentProjects({});
    auto *list = page.findChild<QListWidget *>(QStringLiteral("recentList"));
    auto *empty = page.findChild<QLabel *>(QStringLiteral("recentEmpty"));
    QCOMPARE(list->count(), 0);
    QVERIFY(list->isHidden());
    QVERIFY(!empty->isHidden());
    QVERIFY(empty->text().startsWith(QStringLiteral("No recent projects yet.")));
}

void tst_StartPage::newProjectDefaultLocation()
{
    NewProjectDialog dialog;
    const QString documents = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    QCOMPARE(dialog.location(), QDir::cleanPath(documents + QStringLiteral("/Seedbed")));
    QCOMPARE(NewProjectDialog::defaultLocation(), dialog.location());
}

void tst_StartPage::newProjectNeedsName()
{
    NewProjectDialog dialog;
    dialog.setLocation(m_dir->path());
    auto *ok = dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
    auto *message = dialog.findChild<QLabel *>(QStringLiteral("projectMessage"));
    QVERIFY(ok && message);
    QVERIFY(!ok->isEnabled());
    QCOMPARE(message->text(), QStringLiteral("Enter a name for the project."));
    QCOMPARE(dialog.projectFolder(), QString());

    QTest::keyClicks(dialog.findChild<QLineEdit *>(QStringLiteral("projectName")),
                     QStringLiteral("   "));
    QVERIFY(!ok->isEnabled());
    dialog.setProjectName(QStringLiteral("Support"));
    QVERIFY(ok->isEnabled());
    QVERIFY(message->isHidden());
    dialog.setProjectName(QStringLiteral("..."));
    QVERIFY(!ok->isEnabled());
    QCOMPARE(message->text(),
             QStringLiteral("Use letters or digits in the name; it also names the project "
                            "folder."));
}

void tst_StartPage::newProjectComputesFolder()
{
    NewProjectDialog dialog;
    dialog.setLocation(m_dir->path());
    QTest::keyClicks(dialog.findChild<QLineEdit *>(QStringLiteral("projectName")),
                     QStringLiteral("  Support: Q/A  "));
    QCOMPARE(dialog.projectName(), QStringLiteral("Support: Q/A"));
    const QString expected = QDir::cleanPath(m_dir->path() + QStringLiteral("/Support- Q-A"));
    QCOMPARE(dialog.projectFolder(), expected);
    QCOMPARE(dialog.findChild<QLabel *>(QStringLiteral("projectFolder"))->text(),
             QDir::toNativeSeparators(expected));
    QVERIFY(dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->isEnabled());
    QCOMPARE(dialog.problem(), QString());

    // A location that does not exist yet is created with the project.
    dialog.setLocation(m_dir->filePath(QStringLiteral("new/place")));
    QCOMPARE(dialog.projectFolder(),
             QDir::cleanPath(m_dir->path() + QStringLiteral("/new/place/Support- Q-A")));
    QVERIFY(dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->isEnabled());
}

void tst_StartPage::newProjectRejectsNonEmptyFolder()
{
    const QString taken = makeProject(QStringLiteral("Taken"));
    NewProjectDialog dialog;
    dialog.setLocation(m_dir->path());
    dialog.setProjectName(QStringLiteral("Taken"));
    auto *ok = dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
    QVERIFY(!ok->isEnabled());
    auto *message = dialog.findChild<QLabel *>(QStringLiteral("projectMessage"));
    QVERIFY(!message->isHidden());
    QCOMPARE(message->text(),
             QStringLiteral("The folder %1 already exists and is not empty. Choose another "
                            "name or location.")
                 .arg(QDir::toNativeSeparators(taken)));
    dialog.setProjectName(QStringLiteral("Taken 2"));
    QVERIFY(ok->isEnabled());
}

void tst_StartPage::newProjectAcceptsEmptyFolder()
{
    QVERIFY(QDir(m_dir->path()).mkdir(QStringLiteral("Empty")));
    NewProjectDialog dialog;
    dialog.setLocation(m_dir->path());
    dialog.setProjectName(QStringLiteral("Empty"));
    QVERIFY(dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->isEnabled());
    QCOMPARE(dialog.projectFolder(), m_dir->filePath(QStringLiteral("Empty")));
}

void tst_StartPage::newProjectRejectsFileLocation()
{
    const QString file = m_dir->filePath(QStringLiteral("notes.txt"));
    {
        QFile f(file);
        QVERIFY(f.open(QIODevice::WriteOnly));
    }
    NewProjectDialog dialog;
    dialog.setProjectName(QStringLiteral("Support"));
    dialog.setLocation(file);
    QVERIFY(!dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->isEnabled());
    QCOMPARE(dialog.problem(), QStringLiteral("The location %1 is a file, not a folder.")
                                   .arg(QDir::toNativeSeparators(file)));
    dialog.setLocation(QString());
    QVERIFY(!dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->isEnabled());
    dialog.setLocation(QStringLiteral("relative/place"));
    QVERIFY(!dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->isEnabled());
}

void tst_StartPage::newProjectFolderName_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("expected");
    QTest::newRow("plain") << QStringLiteral("Support bot") << QStringLiteral("Support bot");
    QTest::newRow("separators") << QStringLiteral("a/b\\c") << QStringLiteral("a-b-c");
    QTest::newRow("windows chars") << QStringLiteral("x<y>:\"|?*") << QStringLiteral("x-y------");
    QTest::newRow("dots and spaces") << QStringLiteral(" .hidden. ") << QStringLiteral("hidden");
    QTest::newRow("chinese") << QStringLiteral("客服问答") << QStringLiteral("客服问答");
    QTest::newRow("reserved") << QStringLiteral("con") << QStringLiteral("con_");
    QTest::newRow("nothing left") << QStringLiteral("..") << QString();
}

void tst_StartPage::newProjectFolderName()
{
    QFETCH(QString, name);
    QFETCH(QString, expected);
    QCOMPARE(NewProjectDialog::folderNameFor(name), expected);
}

QTEST_MAIN(tst_StartPage)
#include "tst_startpage.moc"
