#pragma once

#include "models/llm/providerprofile.h"

#include <QByteArray>
#include <QObject>
#include <QString>

#include <functional>

namespace Seedbed::Llm {

/*! \brief Reads, writes and deletes the API key of a ProviderProfile.

    Keys live in the system keychain through QtKeychain (service "Seedbed", entry named after
    the profile's id) when Seedbed was built with it; a profile may instead name an environment
    variable, which is then read and never written. There is no other place: without a usable
    keychain the caller gets an error in plain words that suggests the environment variable,
    and nothing is written anywhere (QtKeychain's plain-text fallback is switched off).

    Every key read or written is registered with Redactor, so it cannot appear in logs.
    Callbacks are always called later from the event loop of this object's thread (never
    from within the call), exactly once, unless the store is destroyed first. */
class KeyStore : public QObject
{
    Q_OBJECT

public:
    /*! Where a profile's key comes from. */
    enum class KeySource { None, EnvironmentVariable, Keychain };

    using KeyCallback = std::function<void(QByteArray key, QString error)>;
    using DoneCallback = std::function<void(QString error)>;

    explicit KeyStore(QObject *parent = nullptr);
    ~KeyStore() override;

    /*! The keychain service name; "Seedbed" unless changed (tests use their own). */
    QString serviceName() const { return m_serviceName; }
    void setServiceName(const QString &name) { m_serviceName = name; }

    /*! Whether this build can use a system keychain at all. Whether one is running is only
        known after trying. */
    static bool isKeychainCompiledIn();
    static KeySource keySource(const ProviderProfile &profile);
    /*! The environment variable to suggest for \a profile: its own, the matching preset's,
        or one made from its name (e.g. MY_SERVER_API_KEY). */
    static QString suggestedEnvironmentVariable(const ProviderProfile &profile);

    /*! Reads the key of \a profile: from its environment variable when it names one, else from
        the keychain when keyInKeychain is set, else there is none (an empty key and no error:
        local servers need none). On failure the key is empty and the error says why. */
    void readKey(const ProviderProfile &profile, KeyCallback callback);
    /*! Stores \a key in the keychain under the profile's id. The caller then sets
        keyInKeychain (and clears keyEnvironmentVariable) on the profile and saves it. */
    void writeKey(const ProviderProfile &profile, const QByteArray &key, DoneCallback callback);
    /*! Removes the profile's keychain entry; a missing entry is not an error. */
    void deleteKey(const ProviderProfile &profile, DoneCallback callback);

private:
    enum class Operation { Read, Write, Delete };

    void deliver(KeyCallback callback, QByteArray key, QString error);
    void deliver(DoneCallback callback, QString error);
    QString environmentError(const QString &variable) const;
    QString keychainError(Operation operation, const ProviderProfile &profile, int code,
                          const QString &detail) const;
    QString notCompiledInError(const ProviderProfile &profile) const;

    QString m_serviceName = QStringLiteral("Seedbed");
};

} // namespace Seedbed::Llm
