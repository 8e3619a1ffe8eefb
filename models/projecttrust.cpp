#include "models/projecttrust.h"

#include "models/projectformat.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QSettings>

namespace Seedbed {

namespace {
constexpr char group[] = "trust";

template<typename Function> auto withSettings(QSettings *settings, Function function)
{
    if (settings)
        return function(*settings);
    QSettings defaults;
    return function(defaults);
}

// Settings keys cannot hold a path (slashes make groups): the key is a hash of it.
QString keyFor(const QString &canonical)
{
    return QString::fromLatin1(
        QCryptographicHash::hash(canonical.toUtf8(), QCryptographicHash::Sha256).toHex());
}

void addField(QCryptographicHash &hash, const QByteArray &bytes)
{
    // Length-prefixed, so that no two different lists hash alike.
    hash.addData(QByteArray::number(bytes.size()));
    hash.addData(QByteArrayView(":"));
    hash.addData(bytes);
}
} // namespace

ProjectTrust::ProjectTrust(QSettings *settings)
    : m_settings(settings)
{}

QStringList ProjectTrust::commands(const ProjectData &project)
{
    QStringList list;
    for (const Stage &stage : project.stages) {
        if (stage.type != QLatin1String("verify") ||
            stage.settings.value(QStringLiteral("method")).toString() != QLatin1String("command"))
            continue;
        const QString command =
            stage.settings.value(QStringLiteral("command")).toString().trimmed();
        if (!command.isEmpty() && !list.contains(command))
            list << command;
    }
    return list;
}

QString ProjectTrust::canonicalFolder(const QString &projectDir)
{
    QFileInfo info(projectDir);
    if (info.fileName() == QLatin1String(ProjectFormat::fileName) && !info.isDir())
        info = QFileInfo(info.absolutePath());
    const QString canonical = info.canonicalFilePath();
    return canonical.isEmpty() ? QDir::cleanPath(info.absoluteFilePath()) : canonical;
}

QByteArray ProjectTrust::fingerprint(const QString &projectDir, const ProjectData &project)
{
    const QString folder = canonicalFolder(projectDir);
    QCryptographicHash hash(QCryptographicHash::Sha256);
    addField(hash, QByteArrayLiteral("seedbed-trust-1"));
    addField(hash, folder.toUtf8());
    QStringList sorted = commands(project);
    sorted.sort();
    const QDir dir(folder);
    for (const QString &command : std::as_const(sorted)) {
        addField(hash, command.toUtf8());
        // The scripts a command runs from the project folder are part of what is trusted.
        for (const QString &argument : QProcess::splitCommand(command)) {
            if (argument.isEmpty())
                continue;
            const QFileInfo info(dir.absoluteFilePath(argument));
            const QString path = info.canonicalFilePath();
            if (path.isEmpty() || !info.isFile() ||
                !(path.startsWith(folder + QLatin1Char('/')) || path == folder))
                continue;
            QFile file(path);
            QCryptographicHash content(QCryptographicHash::Sha256);
            if (file.open(QIODevice::ReadOnly))
                content.addData(&file);
            addField(hash, argument.toUtf8());
            addField(hash, QByteArray::number(info.size()));
            addField(hash, content.result());
        }
    }
    return hash.result();
}

bool ProjectTrust::isTrusted(const QString &projectDir, const ProjectData &project) const
{
    if (commands(project).isEmpty())
        return true;
    const QString folder = canonicalFolder(projectDir);
    const QByteArray stored = withSettings(m_settings, [&folder](QSettings &settings) {
        settings.beginGroup(QLatin1String(group));
        settings.beginGroup(keyFor(folder));
        const bool samePath = settings.value(QStringLiteral("path")).toString() == folder;
        const QByteArray value =
            samePath ? settings.value(QStringLiteral("fingerprint")).toByteArray() : QByteArray();
        settings.endGroup();
        settings.endGroup();
        return value;
    });
    return !stored.isEmpty() && stored == fingerprint(projectDir, project).toHex();
}

void ProjectTrust::trust(const QString &projectDir, const ProjectData &project)
{
    const QString folder = canonicalFolder(projectDir);
    const QByteArray print = fingerprint(projectDir, project).toHex();
    withSettings(m_settings, [&](QSettings &settings) {
        settings.beginGroup(QLatin1String(group));
        settings.beginGroup(keyFor(folder));
        settings.setValue(QStringLiteral("path"), folder);
        settings.setValue(QStringLiteral("fingerprint"), print);
        settings.setValue(QStringLiteral("trustedAt"),
                          QDateTime::currentDateTimeUtc().toString(Qt::ISODate));
        settings.endGroup();
        settings.endGroup();
        settings.sync();
    });
}

void ProjectTrust::revoke(const QString &projectDir)
{
    const QString folder = canonicalFolder(projectDir);
    withSettings(m_settings, [&](QSettings &settings) {
        settings.beginGroup(QLatin1String(group));
        settings.remove(keyFor(folder));
        settings.endGroup();
        settings.sync();
    });
}

} // namespace Seedbed
