#pragma once

#include "models/llm/providerprofile.h"

#include <QList>
#include <QObject>
#include <QString>

#include <optional>

namespace Seedbed::Llm {

/*! \brief The user's provider profiles, kept in \c providers.json in the user's configuration
    directory (QStandardPaths::AppConfigLocation), never in a project.

    The file is pretty-printed with a stable key order (StableJson) and replaced atomically
    (QSaveFile). add(), update() and remove() save at once; if saving fails the change is
    undone and the error returned, so memory and disk never disagree.

    A file that cannot be parsed is never overwritten: load() renames it to
    \c providers.json.bad-<timestamp>, says so in problem() and starts empty. A file that cannot
    be read, or was written by a newer Seedbed, is left alone and saving is refused until the
    next successful load(). No key is ever written: profiles hold none. */
class ProfileStore : public QObject
{
    Q_OBJECT

public:
    static constexpr int formatVersion = 1;

    /*! A store on defaultPath(). Call load() before use. */
    explicit ProfileStore(QObject *parent = nullptr);
    /*! A store on \a path (tests, portable installs). Call load() before use. */
    explicit ProfileStore(const QString &path, QObject *parent = nullptr);
    ~ProfileStore() override;

    /*! AppConfigLocation + "/providers.json". */
    static QString defaultPath();
    QString path() const { return m_path; }

    /*! Reads the file. A missing file is an empty list, not an error. Returns false and
        describes the problem in \a error (and problem()) when the file is unreadable, corrupt
        (then renamed, see class description) or from a newer version. */
    bool load(QString *error = nullptr);
    /*! Writes every profile atomically. Refused while writing would destroy a file that could
        not be loaded. */
    bool save(QString *error = nullptr);
    /*! Whether save() is refused (see load()). */
    bool isReadOnly() const { return !m_writeBlockedReason.isEmpty(); }

    QList<ProviderProfile> profiles() const { return m_profiles; }
    /*! The profile whose id is \a nameOrId, else the one named \a nameOrId. */
    std::optional<ProviderProfile> profile(const QString &nameOrId) const;
    bool contains(const QString &nameOrId) const { return profile(nameOrId).has_value(); }

    /*! Adds \a profile (a new id is given when it has none) and saves. Names must be unique
        (ignoring case) and not empty. Returns the id, or an empty string and \a error. */
    QString add(const ProviderProfile &profile, QString *error = nullptr);
    /*! Replaces the profile with the same id and saves. */
    bool update(const ProviderProfile &profile, QString *error = nullptr);
    /*! Removes the profile with id (or name) \a nameOrId and saves. Its keychain entry is the
        caller's business (KeyStore::deleteKey). */
    bool remove(const QString &nameOrId, QString *error = nullptr);

    /*! The last problem load() or save() met, in words; empty after a clean load/save. */
    QString lastProblem() const { return m_lastProblem; }

signals:
    void profileAdded(const QString &id);
    void profileUpdated(const QString &id);
    void profileRemoved(const QString &id);
    /*! After any change, and after load(). */
    void profilesChanged();
    /*! A problem with the file, in words for the user (corrupt file kept aside, unreadable,
        newer version, a save that failed, a key found in the file). */
    void problem(const QString &message);

private:
    QByteArray serialize() const;
    bool validate(const ProviderProfile &profile, const QString &ignoredId, QString *error) const;
    qsizetype indexOf(const QString &nameOrId) const;
    bool fail(const QString &message, QString *error);
    /*! Sets the profiles from a parsed document; false and \a reason when it is not one. */
    bool parse(const QByteArray &bytes, QList<ProviderProfile> *profiles, QString *reason,
               bool *newerVersion, bool *hadKeyField) const;
    QString keepCorruptFile(QString *newPath) const;

    QString m_path;
    QList<ProviderProfile> m_profiles;
    QString m_writeBlockedReason;
    QString m_lastProblem;
};

} // namespace Seedbed::Llm
