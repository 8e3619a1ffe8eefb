#pragma once

#include <QDialog>
#include <QStringList>

class QPushButton;
class QSettings;

namespace Seedbed {

struct ProjectData;

/*! \brief Asks, before a run, whether a project's validator commands may run on this computer:
    lists them with the project folder, offers "Trust and Run" and "Cancel" (the default, so
    that Enter does not run anything). The trust itself is kept by ProjectTrust. */
class TrustDialog : public QDialog
{
    Q_OBJECT

public:
    TrustDialog(const QString &projectDir, const QStringList &commands, QWidget *parent = nullptr);

    QStringList commands() const { return m_commands; }
    QPushButton *trustButton() const { return m_trustButton; }
    QPushButton *cancelButton() const { return m_cancelButton; }

    /*! Whether a run of \a project in \a projectDir may run its commands: true at once when it
        has none or they are trusted (ProjectTrust over \a settings, the default QSettings when
        null); otherwise shows the dialog (modal, over \a parent) and, when the user chooses
        "Trust and Run", remembers the trust and returns true. */
    static bool confirm(QWidget *parent, const QString &projectDir, const ProjectData &project,
                        QSettings *settings = nullptr);

private:
    QStringList m_commands;
    QPushButton *m_trustButton;
    QPushButton *m_cancelButton;
};

} // namespace Seedbed
