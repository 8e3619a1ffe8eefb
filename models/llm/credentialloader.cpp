#include "models/llm/credentialloader.h"

#include "models/llm/keystore.h"
#include "models/llm/profilestore.h"

#include <algorithm>
#include <memory>
#include <optional>

namespace Seedbed::Llm {

CredentialLoader::CredentialLoader(QObject *parent)
    : QObject(parent)
{}

CredentialLoader::~CredentialLoader()
{
    cancel();
}

void CredentialLoader::cancel()
{
    if (m_keys) {
        m_keys->deleteLater(); // its late callbacks see it is no longer ours
        m_keys = nullptr;
    }
    m_done = nullptr;
    m_result = Result();
    m_keysToRead = 0;
}

void CredentialLoader::load(const QList<Stage> &stages, Callback done)
{
    cancel();
    Result result;
    const std::unique_ptr<ProfileStore> store = m_profilePath.isEmpty()
                                                    ? std::make_unique<ProfileStore>()
                                                    : std::make_unique<ProfileStore>(m_profilePath);
    if (!stages.isEmpty()) {
        QString loadError;
        if (!store->load(&loadError))
            result.problems.append(loadError);
    }
    QList<ProviderProfile> keyed;
    for (const Stage &stage : stages) {
        const QString name = stage.settings.value(QStringLiteral("provider")).toString();
        const std::optional<ProviderProfile> profile =
            name.trimmed().isEmpty() ? std::nullopt : store->profile(name);
        if (name.trimmed().isEmpty()) {
            result.problems.append(tr("Stage “%1” has no provider profile. Choose one in its "
                                      "settings, in the Inspector.")
                                       .arg(stage.name));
        } else if (!profile) {
            result.problems.append(tr("Stage “%1” uses the provider profile “%2”, which is not "
                                      "set up on this computer. Add a profile named “%2” in "
                                      "Settings ▸ Provider Profiles, or choose another one in "
                                      "the stage's settings.")
                                       .arg(stage.name, name));
        } else if (KeyStore::keySource(*profile) != KeyStore::KeySource::None &&
                   std::none_of(keyed.cbegin(), keyed.cend(), [&profile](const ProviderProfile &p) {
                       return p.id == profile->id;
                   })) {
            keyed.append(*profile);
        }
    }
    result.profiles = store->profiles();
    if (!result.problems.isEmpty())
        result.outcome = Result::Outcome::NoProfile;
    if (!result.problems.isEmpty() || keyed.isEmpty()) {
        done(result);
        return;
    }

    // Keys are read before the start, so that a missing one is said once and plainly.
    m_keys = new KeyStore(this);
    if (!m_serviceName.isEmpty())
        m_keys->setServiceName(m_serviceName);
    m_done = std::move(done);
    m_result = std::move(result);
    m_keysToRead = int(keyed.size());
    KeyStore *keys = m_keys;
    for (const ProviderProfile &profile : std::as_const(keyed)) {
        keys->readKey(profile, [this, keys, profile](const QByteArray &key, const QString &error) {
            if (keys == m_keys)
                keyRead(profile, key, error);
        });
    }
}

void CredentialLoader::keyRead(const ProviderProfile &profile, const QByteArray &key,
                               const QString &error)
{
    if (!error.isEmpty())
        m_result.problems.append(error);
    else if (!key.isEmpty())
        m_result.keys.insert(profile.id, key);
    if (--m_keysToRead > 0)
        return;
    m_keys->deleteLater(); // not now: this is its callback
    m_keys = nullptr;
    if (!m_result.problems.isEmpty())
        m_result.outcome = Result::Outcome::KeyProblems;
    const Callback done = std::move(m_done);
    const Result result = std::move(m_result);
    m_done = nullptr;
    m_result = Result();
    done(result); // last: it may start another load
}

} // namespace Seedbed::Llm
