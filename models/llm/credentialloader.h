#pragma once

#include "models/llm/providerprofile.h"
#include "models/stage.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QObject>
#include <QString>
#include <QStringList>

#include <functional>

namespace Seedbed::Llm {

class KeyStore;

/*! \brief Gets what a set of LLM stages needs to reach their models before anything is sent:
    the user's provider profiles (read fresh, so that edits from another window count) and the
    keys of the profiles those stages use.

    A stage without a profile, a profile that is not set up on this computer, or a key that
    cannot be read is reported once, in words, rather than as a failed request for every
    record. Runs and previews both start through it. */
class CredentialLoader : public QObject
{
    Q_OBJECT

public:
    /*! How a load() ended. */
    struct Result
    {
        enum class Outcome {
            Ready,       //!< every stage has a profile and every key was read
            NoProfile,   //!< a stage has no usable profile (or the profiles cannot be read)
            KeyProblems, //!< a profile's key could not be read
        };
        Outcome outcome = Outcome::Ready;
        QList<ProviderProfile> profiles; //!< every profile of the store
        /*! The keys read, by profile id: from the keychain, and from environment variables
            (which a runner could read itself). Never stored. */
        QHash<QString, QByteArray> keys;
        QStringList problems; //!< one sentence each, for the user; empty when Ready

        bool ok() const { return outcome == Outcome::Ready; }
    };
    using Callback = std::function<void(const Result &result)>;

    explicit CredentialLoader(QObject *parent = nullptr);
    ~CredentialLoader() override;

    /*! The providers.json to read; ProfileStore::defaultPath() when empty (the default). */
    void setProfileStorePath(const QString &path) { m_profilePath = path; }
    /*! The keychain service; KeyStore's default when empty (tests use their own). */
    void setKeyServiceName(const QString &name) { m_serviceName = name; }

    /*! Loads the profiles named by the "provider" setting of \a stages and reads their keys,
        then calls \a done once with what it found. When no key has to be read (no stage, a
        problem with a profile, or profiles without keys), \a done is called before this
        returns; otherwise later, from the event loop. A load in progress is abandoned first:
        its callback is never called. */
    void load(const QList<Stage> &stages, Callback done);
    /*! Abandons a load in progress: its callback is never called. */
    void cancel();
    /*! Whether keys are being read. */
    bool isLoading() const { return m_keys != nullptr; }

private:
    void keyRead(const ProviderProfile &profile, const QByteArray &key, const QString &error);

    QString m_profilePath;
    QString m_serviceName;
    KeyStore *m_keys = nullptr; // reading; its callbacks end with it
    Callback m_done;
    Result m_result;
    int m_keysToRead = 0;
};

} // namespace Seedbed::Llm
