#include "models/export/exporttarget.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>

namespace Seedbed::Export {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Seedbed::Export::ExportTarget)
};

} // namespace

bool ExportTarget::isReservedName(const QString &part)
{
    static const QRegularExpression reserved(
        QStringLiteral("^(con|prn|aux|nul|com[1-9¹²³]|lpt[1-9¹²³]|conin\\$|conout\\$)"
                       "(\\..*)?$"),
        QRegularExpression::CaseInsensitiveOption);
    return reserved.match(part.trimmed()).hasMatch();
}

QString ExportTarget::check(const QString &folder, const QString &name, QString *absolutePath)
{
    const QString shown = name;
    if (folder.trimmed().isEmpty())
        return Text::tr("Choose the folder to export into.");
    if (name.trimmed().isEmpty())
        return Text::tr("Give the export a file name, such as dataset.jsonl.");
    // Absolute on any system: "/x", "\\x", "C:x", "\\\\server\\x".
    if (QDir::isAbsolutePath(name) || name.startsWith(QLatin1Char('/')) ||
        name.startsWith(QLatin1Char('\\')) || (name.size() >= 2 && name.at(1) == QLatin1Char(':')))
        return Text::tr("“%1” is an absolute path; give a name inside the chosen folder, such as "
                        "dataset.jsonl, and choose the folder separately.")
            .arg(shown);
    const QStringList parts = QString(name)
                                  .replace(QLatin1Char('\\'), QLatin1Char('/'))
                                  .split(QLatin1Char('/'), Qt::SkipEmptyParts);
    for (const QString &part : parts) {
        if (part == QLatin1String("..") || part == QLatin1String("."))
            return Text::tr("“%1” leaves the chosen folder; give a name inside it, such as "
                            "dataset.jsonl.")
                .arg(shown);
        for (const QChar c : part) {
            if (c.unicode() < 0x20 || QStringLiteral("<>:\"|?*").contains(c))
                return Text::tr("“%1” contains the character “%2”, which some systems do not "
                                "allow in file names; leave it out.")
                    .arg(shown, c.unicode() < 0x20 ? QStringLiteral("\\x%1").arg(
                                                         int(c.unicode()), 2, 16, QLatin1Char('0'))
                                                   : QString(c));
        }
        if (isReservedName(part))
            return Text::tr("“%1” is a name Windows reserves for a device; choose another "
                            "name.")
                .arg(part);
        if (part.endsWith(QLatin1Char('.')) || part.endsWith(QLatin1Char(' ')))
            return Text::tr("“%1” ends with a dot or a space, which Windows drops; remove it.")
                .arg(part);
    }
    if (parts.isEmpty())
        return Text::tr("Give the export a file name, such as dataset.jsonl.");

    const QString root = QDir::cleanPath(QFileInfo(folder).absoluteFilePath());
    const QString target = QDir::cleanPath(root + QLatin1Char('/') + parts.join(QLatin1Char('/')));
    if (!target.startsWith(root.endsWith(QLatin1Char('/')) ? root : root + QLatin1Char('/')))
        return Text::tr("“%1” leaves the chosen folder; give a name inside it, such as "
                        "dataset.jsonl.")
            .arg(shown);
    // A link inside the folder may point out of it.
    const QString canonicalRoot = QFileInfo(root).canonicalFilePath();
    if (!canonicalRoot.isEmpty()) {
        QString existing = target;
        while (!QFileInfo::exists(existing) && existing.size() > root.size())
            existing = QFileInfo(existing).absolutePath();
        const QString canonical = QFileInfo(existing).canonicalFilePath();
        if (!canonical.isEmpty() && canonical != canonicalRoot &&
            !canonical.startsWith(canonicalRoot + QLatin1Char('/')))
            return Text::tr("“%1” leads out of the chosen folder through a link; give a name "
                            "inside it.")
                .arg(shown);
    }
    if (absolutePath)
        *absolutePath = target;
    return {};
}

} // namespace Seedbed::Export
