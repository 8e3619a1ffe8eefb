#pragma once

// For widget tests that handle API keys: the whole test runs with a private HOME, private XDG
// folders and a session bus address that leads nowhere, so that no Secret Service answers
// (keychain writes fail, as on CI) and every file the code under test might write lands under
// one folder that filesContaining() searches. Call prepareSandbox() in main() before the
// application object exists; captureMessages() keeps every log line in messages.

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QStringList>
#include <QTemporaryDir>
#include <QtGlobal>

namespace Seedbed::Test {

inline QTemporaryDir *sandbox = nullptr;
inline QStringList messages;
inline QtMessageHandler previousHandler = nullptr;

inline void prepareSandbox()
{
    sandbox = new QTemporaryDir();
    if (!sandbox->isValid())
        qFatal("no temporary directory");
    const QString root = sandbox->path();
    for (const char *name : {"home", "config", "data", "cache", "state", "runtime", "tmp"})
        QDir().mkpath(root + QLatin1Char('/') + QString::fromLatin1(name));
    QFile::setPermissions(root + QStringLiteral("/runtime"),
                          QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    qputenv("HOME", QFile::encodeName(root + QStringLiteral("/home")));
    qputenv("XDG_CONFIG_HOME", QFile::encodeName(root + QStringLiteral("/config")));
    qputenv("XDG_DATA_HOME", QFile::encodeName(root + QStringLiteral("/data")));
    qputenv("XDG_CACHE_HOME", QFile::encodeName(root + QStringLiteral("/cache")));
    qputenv("XDG_STATE_HOME", QFile::encodeName(root + QStringLiteral("/state")));
    qputenv("XDG_RUNTIME_DIR", QFile::encodeName(root + QStringLiteral("/runtime")));
    qputenv("TMPDIR", QFile::encodeName(root + QStringLiteral("/tmp")));
    qputenv("DBUS_SESSION_BUS_ADDRESS",
            QFile::encodeName(QStringLiteral("unix:path=") + root + QStringLiteral("/no-bus")));
}

inline void captureMessages(QtMsgType type, const QMessageLogContext &context,
                            const QString &message)
{
    messages.append(message);
    if (previousHandler)
        previousHandler(type, context, message);
}

/*! The files under the sandbox whose bytes contain \a needle. */
inline QStringList filesContaining(const QByteArray &needle)
{
    QStringList hits;
    QDirIterator it(sandbox->path(),
                    QDir::Files | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        QFile file(it.next());
        if (file.open(QIODevice::ReadOnly) && file.readAll().contains(needle))
            hits.append(file.fileName());
    }
    return hits;
}

} // namespace Seedbed::Test
