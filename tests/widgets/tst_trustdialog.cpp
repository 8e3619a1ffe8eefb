#include "models/projectformat.h"
#include "models/projecttrust.h"
#include "widgets/trustdialog.h"

#include <QApplication>
#include <QDir>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QUuid>

#include <memory>

using namespace Seedbed;

namespace {
ProjectData projectWith(const QStringList &commands)
{
    ProjectData data;
    for (const QString &command : commands) {
        Stage stage;
        stage.id = QUuid::createUuid();
        stage.type = "verify";
        stage.name = "Verify";
        stage.settings = {{"method", "command"}, {"command", command}};
        data.stages.append(stage);
    }
    return data;
}
} // namespace

class tst_TrustDialog : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void showsCommandsAndFolder();
    void cancelIsTheDefault();
    void confirmWithoutCommandsAsksNothing();
    void confirmTrustAndRun();
    void confirmCancel();
    void confirmTrustedAsksNothing();

private:
    // Clicks \a buttonName of the modal dialog once it is up; records whether one came.
    void answerNextDialog(const char *buttonName);

    std::unique_ptr<QTemporaryDir> m_home;
    std::unique_ptr<QSettings> m_settings;
    QString m_project;
    QStringList m_shownCommands;
    bool m_dialogShown = false;
};

void tst_TrustDialog::init()
{
    m_home = std::make_unique<QTemporaryDir>();
    QVERIFY(m_home->isValid());
    m_settings = std::make_unique<QSettings>(m_home->filePath("seedbed.ini"), QSettings::IniFormat);
    m_project = m_home->filePath("project");
    QVERIFY(QDir().mkpath(m_project));
    m_shownCommands.clear();
    m_dialogShown = false;
}

void tst_TrustDialog::answerNextDialog(const char *buttonName)
{
    QTimer::singleShot(0, this, [this, buttonName] {
        auto *dialog = qobject_cast<TrustDialog *>(QApplication::activeModalWidget());
        if (!dialog)
            return;
        m_dialogShown = true;
        m_shownCommands = dialog->commands();
        auto *button = dialog->findChild<QPushButton *>(buttonName);
        if (button)
            button->click();
        else
            dialog->reject();
    });
}

void tst_TrustDialog::showsCommandsAndFolder()
{
    const QStringList commands{"python3 check.py --strict", "./validate.sh"};
    TrustDialog dialog(m_project, commands);
    QCOMPARE(dialog.commands(), commands);
    auto *list = dialog.findChild<QPlainTextEdit *>("trustCommands");
    QVERIFY(list);
    QVERIFY(list->isReadOnly());
    QCOMPARE(list->toPlainText(), "python3 check.py --strict\n./validate.sh");
    auto *explanation = dialog.findChild<QLabel *>("trustExplanation");
    QVERIFY(explanation);
    QVERIFY(explanation->text().contains(
        QDir::toNativeSeparators(ProjectTrust::canonicalFolder(m_project))));
    QCOMPARE(dialog.trustButton()->text(), "Trust and Run");
    QCOMPARE(dialog.cancelButton()->text(), "Cancel");
    // SEEDBED_SCREENSHOTS=folder keeps a picture of the dialog to look at.
    if (const QString shots = qEnvironmentVariable("SEEDBED_SCREENSHOTS"); !shots.isEmpty()) {
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        dialog.grab().save(shots + "/trust-dialog.png");
    }
}

void tst_TrustDialog::cancelIsTheDefault()
{
    TrustDialog dialog(m_project, {"./validate.sh"});
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QVERIFY(dialog.cancelButton()->isDefault());
    QVERIFY(!dialog.trustButton()->isDefault());
    QTest::keyClick(&dialog, Qt::Key_Return);
    QCOMPARE(dialog.result(), int(QDialog::Rejected));
    QVERIFY(!dialog.isVisible());
}

void tst_TrustDialog::confirmWithoutCommandsAsksNothing()
{
    answerNextDialog("cancelButton");
    QVERIFY(TrustDialog::confirm(nullptr, m_project, projectWith({}), m_settings.get()));
    QCoreApplication::processEvents(); // let the pending answer run: there is no dialog
    QVERIFY(!m_dialogShown);
}

void tst_TrustDialog::confirmTrustAndRun()
{
    const ProjectData data = projectWith({"/bin/sh check.sh", "./validate"});
    answerNextDialog("trustButton");
    QVERIFY(TrustDialog::confirm(nullptr, m_project, data, m_settings.get()));
    QVERIFY(m_dialogShown);
    QCOMPARE(m_shownCommands, (QStringList{"/bin/sh check.sh", "./validate"}));
    QVERIFY(ProjectTrust(m_settings.get()).isTrusted(m_project, data));
}

void tst_TrustDialog::confirmCancel()
{
    const ProjectData data = projectWith({"/bin/sh check.sh"});
    answerNextDialog("cancelButton");
    QVERIFY(!TrustDialog::confirm(nullptr, m_project, data, m_settings.get()));
    QVERIFY(m_dialogShown);
    QVERIFY(!ProjectTrust(m_settings.get()).isTrusted(m_project, data));
}

void tst_TrustDialog::confirmTrustedAsksNothing()
{
    const ProjectData data = projectWith({"/bin/sh check.sh"});
    ProjectTrust(m_settings.get()).trust(m_project, data);
    answerNextDialog("cancelButton");
    QVERIFY(TrustDialog::confirm(nullptr, m_project, data, m_settings.get()));
    QCoreApplication::processEvents();
    QVERIFY(!m_dialogShown);

    // A changed command asks again.
    const ProjectData changed = projectWith({"/bin/sh check.sh --other"});
    answerNextDialog("cancelButton");
    QVERIFY(!TrustDialog::confirm(nullptr, m_project, changed, m_settings.get()));
    QVERIFY(m_dialogShown);
}

QTEST_MAIN(tst_TrustDialog)
#include "tst_trustdialog.moc"
