#pragma once

#include <QStringList>

class QSettings;

namespace Seedbed {

/*! \brief The recently opened project folders, most recent first, kept in the user's
    settings under "recentProjects". Holds folder paths only, never anything secret.

    Folders that no longer contain a project.seedbed are left out of paths() but stay in the
    settings, so that a project on an unplugged drive comes back when the drive does. */
class RecentProjects
{
public:
    static constexpr int maxCount = 10;

    /*! Uses \a settings, which must outlive this object, or the application's default
        QSettings when null. */
    explicit RecentProjects(QSettings *settings = nullptr);

    /*! Puts \a path (a project folder or its project.seedbed) first, dropping an older entry
        for the same folder and the oldest entries beyond maxCount. */
    void add(const QString &path);
    void remove(const QString &path);
    void clear();
    /*! The stored folders that still hold a project, most recent first. */
    QStringList paths() const;
    /*! Every stored folder, including those that are currently missing. */
    QStringList storedPaths() const;

    /*! The folder \a path refers to, absolute and cleaned: how entries are compared. */
    static QString normalizedPath(const QString &path);

private:
    void store(const QStringList &paths);

    QSettings *m_settings;
};

} // namespace Seedbed
