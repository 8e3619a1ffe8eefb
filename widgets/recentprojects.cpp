#include "widgets/recentprojects.h"

#include <QDir>
#include <QFileInfo>
#include <QSettings>

namespace Seedbed {

namespace {
constexpr char settingsKey[] = "recentProjects";
constexpr char projectFileName[] = "project.seedbed";

// Calls \a function with the given settings, or with a short-lived default QSettings.
template<typename Function> auto withSettings(QSettings *settings, Function function)
{
    if (settings)
        return function(*settings);
    QSettings defaults;
    return function(defaults);
}
} // namespace

RecentProjects::RecentProjects(QSettings *settings)
    : m_settings(settings)
{}

QString RecentProjects::normalizedPath(const QString &path)
{
    if (path.isEmpty())
        return {};
    QFileInfo info(path);
    if (info.fileName() == QLatin1String(projectFileName) && !info.isDir())
        info = QFileInfo(info.absolutePath());
    return QDir::cleanPath(info.absoluteFilePath());
}

QStringList RecentProjects::storedPaths() const
{
    return withSettings(m_settings, [](QSettings &settings) {
        return settings.value(QLatin1String(settingsKey)).toStringList();
    });
}

QStringList RecentProjects::paths() const
{
    QStringList result;
    for (const QString &path : storedPaths()) {
        if (QFileInfo::exists(QDir(path).filePath(QLatin1String(projectFileName))))
            result.append(path);
    }
    return result;
}

void RecentProjects::add(const QString &path)
{
    const QString folder = normalizedPath(path);
    if (folder.isEmpty())
        return;
    QStringList paths = storedPaths();
    paths.removeAll(folder);
    paths.prepend(folder);
    while (paths.size() > maxCount)
        paths.removeLast();
    store(paths);
}

void RecentProjects::remove(const QString &path)
{
    QStringList paths = storedPaths();
    if (paths.removeAll(normalizedPath(path)) > 0)
        store(paths);
}

void RecentProjects::clear()
{
    store({});
}

void RecentProjects::store(const QStringList &paths)
{
    withSettings(m_settings, [&paths](QSettings &settings) {
        if (paths.isEmpty())
            settings.remove(QLatin1String(settingsKey));
        else
            settings.setValue(QLatin1String(settingsKey), paths);
        settings.sync();
        return 0;
    });
}

} // namespace Seedbed
