#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

class QSettings;

namespace Seedbed {

struct ProjectData;

/*! \brief Whether the user allowed a project's validator commands to run on this computer.

    A project can come from anywhere (a download, a colleague's repository), and a Verify
    stage with the "command" method runs a program. Nothing runs until the user has seen the
    commands and trusted the project. Trust is remembered per project folder (its canonical
    path, so a symbolic link to a trusted folder is trusted) together with a fingerprint():
    when a command changes, or a file the commands name inside the project folder (the
    script a command runs) changes, the fingerprint changes and the trust lapses. A copy of
    the project elsewhere is not trusted.

    Kept in the user's settings under the group "trust": per folder its path, the hexadecimal
    fingerprint and when it was given; never a command's output or anything secret. */
class ProjectTrust
{
public:
    /*! Uses \a settings, which must outlive this object, or the application's default
        QSettings when null. */
    explicit ProjectTrust(QSettings *settings = nullptr);

    /*! The commands \a project would run, in stage order, each once: the command of every
        Verify stage whose method is "command". */
    static QStringList commands(const ProjectData &project);
    /*! SHA-256 over \a projectDir's canonical path, commands() sorted, and the size and
        SHA-256 of every file inside the project folder that a command names (program or
        argument, relative to the folder or absolute). */
    static QByteArray fingerprint(const QString &projectDir, const ProjectData &project);
    /*! The canonical form of \a projectDir (a folder or its project.seedbed), as trust is
        keyed. */
    static QString canonicalFolder(const QString &projectDir);

    /*! Whether the commands of \a project in \a projectDir may run: true when there are none,
        or when the user trusted this folder with the same fingerprint. */
    bool isTrusted(const QString &projectDir, const ProjectData &project) const;
    /*! Remembers that the user trusts \a project's current commands in \a projectDir. */
    void trust(const QString &projectDir, const ProjectData &project);
    /*! Forgets the trust given to \a projectDir, if any. */
    void revoke(const QString &projectDir);

private:
    QSettings *m_settings;
};

} // namespace Seedbed
