#include "models/llm/profilestore.h"

#include "models/stablejson.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>
#include <QSaveFile>
#include <QSet>
#include <QStandardPaths>
#include <QUuid>

namespace Seedbed::Llm {

namespace {
const QLatin1StringView formatKey("format");
const QLatin1StringView versionKey("version");
const QLatin1StringView profilesKey("profiles");
const QLatin1StringView formatName("seedbed-providers");

// Names a hand-edited file might use for a key; they are dropped and the user is told.
const QList<QLatin1StringView> &keyLikeFields()
{
    static const QList<QLatin1StringView> fields{
        QLatin1StringView("key"),    QLatin1StringView("apiKey"), QLatin1StringView("api_key"),
        QLatin1StringView("secret"), QLatin1StringView("token"),  QLatin1StringView("password"),
    };
    return fields;
}

const StableJson &writer()
{
    static const StableJson json({
        QStringLiteral("format"),
        QStringLiteral("version"),
        QStringLiteral("profiles"),
        QStringLiteral("id"),
        QStringLiteral("name"),
        QStringLiteral("protocol"),
        QStringLiteral("baseUrl"),
        QStringLiteral("models"),
        QStringLiteral("keyEnvironmentVariable"),
        QStringLiteral("keyInKeychain"),
        QStringLiteral("maxConcurrency"),
        QStringLiteral("requestsPerMinute"),
        QStringLiteral("tokensPerMinute"),
        QStringLiteral("maxAttempts"),
        QStringLiteral("connectTimeoutMs"),
        QStringLiteral("idleTimeoutMs"),
        QStringLiteral("totalTimeoutMs"),
        QStringLiteral("currency"),
        QStringLiteral("prices"),
        QStringLiteral("inputPerMillion"),
        QStringLiteral("outputPerMillion"),
    });
    return json;
}
} // namespace

ProfileStore::ProfileStore(QObject *parent)
    : ProfileStore(defaultPath(), parent)
{}

ProfileStore::ProfileStore(const QString &path, QObject *parent)
    : QObject(parent)
    , m_path(path)
{}

ProfileStore::~ProfileStore() = default;

QString ProfileStore::defaultPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppConfigLocation) +
           QStringLiteral("/providers.json");
}

bool ProfileStore::load(QString *error)
{
    m_lastProblem.clear();
    m_writeBlockedReason.clear();
    QFile file(m_path);
    if (!file.exists()) {
        m_profiles.clear();
        emit profilesChanged();
        return true;
    }
    if (!file.open(QIODevice::ReadOnly)) {
        const QString message = tr("The provider settings file %1 could not be read (%2). It "
                                   "was left as it is; changes to providers will not be saved "
                                   "until it can be read.")
                                    .arg(QDir::toNativeSeparators(m_path), file.errorString());
        m_writeBlockedReason = message;
        return fail(message, error);
    }
    const QByteArray bytes = file.readAll();
    file.close();

    QList<ProviderProfile> profiles;
    QString reason;
    bool newerVersion = false;
    bool hadKeyField = false;
    if (!parse(bytes, &profiles, &reason, &newerVersion, &hadKeyField)) {
        if (newerVersion) {
            const QString message =
                tr("The provider settings file %1 was written by a newer version of Seedbed "
                   "(%2). It was left as it is, and changes to providers will not be saved so "
                   "that it is not damaged.")
                    .arg(QDir::toNativeSeparators(m_path), reason);
            m_writeBlockedReason = message;
            return fail(message, error);
        }
        m_profiles.clear();
        QString keptAs;
        const QString renameError = keepCorruptFile(&keptAs);
        QString message;
        if (renameError.isEmpty()) {
            message = tr("The provider settings file %1 is damaged (%2). It was kept as %3 and "
                         "Seedbed starts with no providers; you can repair the file by hand "
                         "and put it back.")
                          .arg(QDir::toNativeSeparators(m_path), reason,
                               QDir::toNativeSeparators(keptAs));
        } else {
            message = tr("The provider settings file %1 is damaged (%2) and could not be set "
                         "aside (%3). It was left as it is; changes to providers will not be "
                         "saved until it is repaired or removed.")
                          .arg(QDir::toNativeSeparators(m_path), reason, renameError);
            m_writeBlockedReason = message;
        }
        emit profilesChanged();
        return fail(message, error);
    }

    m_profiles = profiles;
    emit profilesChanged();
    if (hadKeyField) {
        // Loaded fine, but the user should know a plain-text key sits in the file; the next
        // save drops it.
        m_lastProblem = tr("The provider settings file %1 contains a field that looks like an "
                           "API key. Seedbed ignores it and removes it the next time it saves "
                           "the file; keep keys in the system keychain or in an environment "
                           "variable.")
                            .arg(QDir::toNativeSeparators(m_path));
        emit problem(m_lastProblem);
    }
    return true;
}

bool ProfileStore::save(QString *error)
{
    if (!m_writeBlockedReason.isEmpty())
        return fail(m_writeBlockedReason, error);

    const QFileInfo info(m_path);
    if (!QDir().mkpath(info.absolutePath())) {
        return fail(tr("The folder %1 for the provider settings could not be created.")
                        .arg(QDir::toNativeSeparators(info.absolutePath())),
                    error);
    }
    QSaveFile file(m_path);
    if (!file.open(QIODevice::WriteOnly)) {
        return fail(tr("The provider settings could not be saved to %1: %2.")
                        .arg(QDir::toNativeSeparators(m_path), file.errorString()),
                    error);
    }
    const QByteArray bytes = serialize();
    if (file.write(bytes) != bytes.size() || !file.commit()) {
        return fail(tr("The provider settings could not be saved to %1: %2. The previous file "
                       "was left unchanged.")
                        .arg(QDir::toNativeSeparators(m_path), file.errorString()),
                    error);
    }
    m_lastProblem.clear();
    return true;
}

std::optional<ProviderProfile> ProfileStore::profile(const QString &nameOrId) const
{
    const qsizetype index = indexOf(nameOrId);
    if (index < 0)
        return std::nullopt;
    return m_profiles.at(index);
}

QString ProfileStore::add(const ProviderProfile &profile, QString *error)
{
    ProviderProfile added = profile;
    if (added.id.isEmpty())
        added.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    if (!validate(added, QString(), error))
        return QString();
    m_profiles.append(added);
    if (!save(error)) {
        m_profiles.removeLast();
        return QString();
    }
    emit profileAdded(added.id);
    emit profilesChanged();
    return added.id;
}

bool ProfileStore::update(const ProviderProfile &profile, QString *error)
{
    qsizetype index = -1;
    for (qsizetype i = 0; i < m_profiles.size(); ++i) {
        if (m_profiles.at(i).id == profile.id)
            index = i;
    }
    if (profile.id.isEmpty() || index < 0) {
        if (error)
            *error = tr("There is no provider profile \"%1\" to change.").arg(profile.name);
        return false;
    }
    if (!validate(profile, profile.id, error))
        return false;
    const ProviderProfile previous = m_profiles.at(index);
    m_profiles[index] = profile;
    if (!save(error)) {
        m_profiles[index] = previous;
        return false;
    }
    emit profileUpdated(profile.id);
    emit profilesChanged();
    return true;
}

bool ProfileStore::remove(const QString &nameOrId, QString *error)
{
    const qsizetype index = indexOf(nameOrId);
    if (index < 0) {
        if (error)
            *error = tr("There is no provider profile \"%1\" to remove.").arg(nameOrId);
        return false;
    }
    const ProviderProfile removed = m_profiles.takeAt(index);
    if (!save(error)) {
        m_profiles.insert(index, removed);
        return false;
    }
    emit profileRemoved(removed.id);
    emit profilesChanged();
    return true;
}

QByteArray ProfileStore::serialize() const
{
    QJsonArray profiles;
    for (const ProviderProfile &profile : m_profiles)
        profiles.append(profile.toJson());
    const QJsonObject root{
        {formatKey, formatName},
        {versionKey, formatVersion},
        {profilesKey, profiles},
    };
    return writer().write(root);
}

bool ProfileStore::validate(const ProviderProfile &profile, const QString &ignoredId,
                            QString *error) const
{
    const QString name = profile.name.trimmed();
    QString message;
    if (name.isEmpty()) {
        message = tr("A provider profile needs a name.");
    } else {
        for (const ProviderProfile &other : m_profiles) {
            if (other.id == ignoredId)
                continue;
            if (other.id == profile.id) {
                message = tr("Another provider profile already has the id %1.").arg(profile.id);
                break;
            }
            if (other.name.trimmed().compare(name, Qt::CaseInsensitive) == 0) {
                message = tr("There is already a provider profile named \"%1\"; stages refer to "
                             "profiles by name, so names must differ.")
                              .arg(other.name);
                break;
            }
        }
    }
    if (message.isEmpty())
        return true;
    if (error)
        *error = message;
    return false;
}

qsizetype ProfileStore::indexOf(const QString &nameOrId) const
{
    if (nameOrId.isEmpty())
        return -1;
    for (qsizetype i = 0; i < m_profiles.size(); ++i) {
        if (m_profiles.at(i).id == nameOrId)
            return i;
    }
    for (qsizetype i = 0; i < m_profiles.size(); ++i) {
        if (m_profiles.at(i).name == nameOrId)
            return i;
    }
    return -1;
}

bool ProfileStore::fail(const QString &message, QString *error)
{
    m_lastProblem = message;
    if (error)
        *error = message;
    emit problem(message);
    return false;
}

bool ProfileStore::parse(const QByteArray &bytes, QList<ProviderProfile> *profiles, QString *reason,
                         bool *newerVersion, bool *hadKeyField) const
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(bytes, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        *reason = tr("%1 at byte %2").arg(parseError.errorString()).arg(parseError.offset);
        return false;
    }
    if (!document.isObject()) {
        *reason = tr("it does not hold a JSON object");
        return false;
    }
    const QJsonObject root = document.object();
    if (root.value(formatKey).toString() != formatName) {
        *reason = tr("it is not a Seedbed provider file");
        return false;
    }
    const int version = root.value(versionKey).toInt(-1);
    if (version > formatVersion) {
        *newerVersion = true;
        *reason = tr("format version %1").arg(version);
        return false;
    }
    if (version < 1) {
        *reason = tr("it has no valid format version");
        return false;
    }
    if (!root.value(profilesKey).isArray()) {
        *reason = tr("it has no list of profiles");
        return false;
    }
    const QJsonArray array = root.value(profilesKey).toArray();
    QSet<QString> ids;
    QSet<QString> names;
    for (qsizetype i = 0; i < array.size(); ++i) {
        if (!array.at(i).isObject()) {
            *reason = tr("profile %1 is not a JSON object").arg(i + 1);
            return false;
        }
        const QJsonObject object = array.at(i).toObject();
        for (const QLatin1StringView field : keyLikeFields()) {
            if (object.contains(field))
                *hadKeyField = true;
        }
        const ProviderProfile profile = ProviderProfile::fromJson(object);
        if (profile.id.isEmpty() || profile.name.trimmed().isEmpty()) {
            *reason = tr("profile %1 has no id or no name").arg(i + 1);
            return false;
        }
        if (ids.contains(profile.id) || names.contains(profile.name.trimmed().toLower())) {
            *reason = tr("profile %1 repeats the id or name of another profile").arg(i + 1);
            return false;
        }
        if (object.contains(QLatin1StringView("protocol")) &&
            !ProviderProfile::protocolFromName(
                object.value(QLatin1StringView("protocol")).toString())) {
            // Most likely written by a newer Seedbed: leave the file alone rather than renaming.
            *newerVersion = true;
            *reason = tr("profile %1 has an unknown protocol \"%2\"")
                          .arg(i + 1)
                          .arg(object.value(QLatin1StringView("protocol")).toString());
            return false;
        }
        ids.insert(profile.id);
        names.insert(profile.name.trimmed().toLower());
        profiles->append(profile);
    }
    return true;
}

QString ProfileStore::keepCorruptFile(QString *newPath) const
{
    const QString stamp = QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss"));
    QString candidate = m_path + QStringLiteral(".bad-") + stamp;
    for (int n = 2; QFileInfo::exists(candidate); ++n)
        candidate =
            m_path + QStringLiteral(".bad-") + stamp + QLatin1Char('-') + QString::number(n);
    QFile file(m_path);
    if (!file.rename(candidate))
        return file.errorString();
    *newPath = candidate;
    return QString();
}

} // namespace Seedbed::Llm
