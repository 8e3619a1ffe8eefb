#include "models/llm/keystore.h"

#include "models/llm/providerpresets.h"
#include "models/llm/redactor.h"

#include <QMetaObject>
#include <QRegularExpression>

#ifdef SEEDBED_HAVE_KEYCHAIN
#include <qt6keychain/keychain.h>
#endif

namespace Seedbed::Llm {

namespace {
bool isValidVariableName(const QString &name)
{
    static const QRegularExpression pattern(QStringLiteral("^[A-Za-z_][A-Za-z0-9_]*$"));
    return pattern.match(name).hasMatch();
}

// Keys never contain whitespace; a pasted key often ends in a newline.
QByteArray cleanKey(const QByteArray &key)
{
    return key.trimmed();
}

#ifdef SEEDBED_HAVE_KEYCHAIN
template<typename Job> Job *makeJob(const QString &service, const QString &entry, QObject *parent)
{
    auto *job = new Job(service, parent);
    job->setAutoDelete(true);
    // Never let QtKeychain write the key in plain text when the keychain is missing.
    job->setInsecureFallback(false);
    job->setKey(entry);
    return job;
}
#endif
} // namespace

KeyStore::KeyStore(QObject *parent)
    : QObject(parent)
{}

KeyStore::~KeyStore() = default;

bool KeyStore::isKeychainCompiledIn()
{
#ifdef SEEDBED_HAVE_KEYCHAIN
    return true;
#else
    return false;
#endif
}

KeyStore::KeySource KeyStore::keySource(const ProviderProfile &profile)
{
    if (!profile.keyEnvironmentVariable.isEmpty())
        return KeySource::EnvironmentVariable;
    if (profile.keyInKeychain)
        return KeySource::Keychain;
    return KeySource::None;
}

QString KeyStore::suggestedEnvironmentVariable(const ProviderProfile &profile)
{
    if (!profile.keyEnvironmentVariable.isEmpty())
        return profile.keyEnvironmentVariable;
    if (const auto preset = ProviderPresets::match(profile.baseUrl);
        preset && !preset->keyEnvironmentVariable.isEmpty()) {
        return preset->keyEnvironmentVariable;
    }
    QString stem;
    for (const QChar c : profile.name) {
        if (c.isLetterOrNumber() && c.unicode() < 128)
            stem.append(c.toUpper());
        else if (!stem.isEmpty() && !stem.endsWith(QLatin1Char('_')))
            stem.append(QLatin1Char('_'));
    }
    while (stem.endsWith(QLatin1Char('_')))
        stem.chop(1);
    if (stem.isEmpty())
        stem = QStringLiteral("SEEDBED");
    else if (stem.front().isDigit())
        stem.prepend(QStringLiteral("SEEDBED_"));
    return stem + QStringLiteral("_API_KEY");
}

void KeyStore::readKey(const ProviderProfile &profile, KeyCallback callback)
{
    switch (keySource(profile)) {
    case KeySource::None:
        deliver(std::move(callback), {}, {});
        return;
    case KeySource::EnvironmentVariable: {
        const QString variable = profile.keyEnvironmentVariable;
        if (!isValidVariableName(variable)) {
            ProviderProfile unnamed = profile;
            unnamed.keyEnvironmentVariable.clear();
            deliver(std::move(callback), {},
                    tr("\"%1\" is not a valid environment variable name: use letters, digits "
                       "and underscores, for example %2.")
                        .arg(variable, suggestedEnvironmentVariable(unnamed)));
            return;
        }
        const QByteArray key = cleanKey(qgetenv(variable.toLocal8Bit().constData()));
        if (key.isEmpty()) {
            deliver(std::move(callback), {}, environmentError(variable));
            return;
        }
        Redactor::registerSecret(key);
        deliver(std::move(callback), key, {});
        return;
    }
    case KeySource::Keychain:
        break;
    }

    if (profile.id.isEmpty()) {
        deliver(std::move(callback), {},
                tr("The profile \"%1\" has no id, so its key cannot be looked up in the system "
                   "keychain. Save the profile first.")
                    .arg(profile.name));
        return;
    }
#ifdef SEEDBED_HAVE_KEYCHAIN
    auto *job = makeJob<QKeychain::ReadPasswordJob>(m_serviceName, profile.id, this);
    connect(job, &QKeychain::Job::finished, this,
            [this, job, profile, callback = std::move(callback)] {
                if (job->error() != QKeychain::NoError) {
                    callback({}, keychainError(Operation::Read, profile, int(job->error()),
                                               job->errorString()));
                    return;
                }
                const QByteArray key = cleanKey(job->binaryData());
                if (key.isEmpty()) {
                    callback({}, keychainError(Operation::Read, profile,
                                               int(QKeychain::EntryNotFound), QString()));
                    return;
                }
                Redactor::registerSecret(key);
                callback(key, {});
            });
    job->start();
#else
    deliver(std::move(callback), {}, notCompiledInError(profile));
#endif
}

void KeyStore::writeKey(const ProviderProfile &profile, const QByteArray &key,
                        DoneCallback callback)
{
    const QByteArray clean = cleanKey(key);
    if (clean.isEmpty()) {
        deliver(std::move(callback), tr("The key is empty; nothing was stored."));
        return;
    }
    // Registered first: whatever happens next, the key must not show up in a log line.
    Redactor::registerSecret(clean);
    if (profile.id.isEmpty()) {
        deliver(std::move(callback),
                tr("The profile \"%1\" has no id yet, so its key cannot be stored. Save the "
                   "profile first.")
                    .arg(profile.name));
        return;
    }
#ifdef SEEDBED_HAVE_KEYCHAIN
    auto *job = makeJob<QKeychain::WritePasswordJob>(m_serviceName, profile.id, this);
    job->setBinaryData(clean);
    connect(job, &QKeychain::Job::finished, this,
            [this, job, profile, callback = std::move(callback)] {
                callback(job->error() == QKeychain::NoError
                             ? QString()
                             : keychainError(Operation::Write, profile, int(job->error()),
                                             job->errorString()));
            });
    job->start();
#else
    deliver(std::move(callback), notCompiledInError(profile));
#endif
}

void KeyStore::deleteKey(const ProviderProfile &profile, DoneCallback callback)
{
    if (profile.id.isEmpty()) {
        deliver(std::move(callback), QString()); // never stored, nothing to delete
        return;
    }
#ifdef SEEDBED_HAVE_KEYCHAIN
    auto *job = makeJob<QKeychain::DeletePasswordJob>(m_serviceName, profile.id, this);
    connect(job, &QKeychain::Job::finished, this,
            [this, job, profile, callback = std::move(callback)] {
                const QKeychain::Error error = job->error();
                callback(error == QKeychain::NoError || error == QKeychain::EntryNotFound
                             ? QString()
                             : keychainError(Operation::Delete, profile, int(error),
                                             job->errorString()));
            });
    job->start();
#else
    // Without keychain support nothing can have been stored.
    deliver(std::move(callback), QString());
#endif
}

void KeyStore::deliver(KeyCallback callback, QByteArray key, QString error)
{
    QMetaObject::invokeMethod(
        this,
        [callback = std::move(callback), key = std::move(key), error = std::move(error)] {
            callback(key, error);
        },
        Qt::QueuedConnection);
}

void KeyStore::deliver(DoneCallback callback, QString error)
{
    QMetaObject::invokeMethod(
        this, [callback = std::move(callback), error = std::move(error)] { callback(error); },
        Qt::QueuedConnection);
}

QString KeyStore::environmentError(const QString &variable) const
{
    return tr("The environment variable %1 is not set, or is empty. Set it to the key before "
              "starting Seedbed (for example in your shell profile), or store the key in the "
              "system keychain instead.")
        .arg(variable);
}

QString KeyStore::keychainError(Operation operation, const ProviderProfile &profile, int code,
                                const QString &detail) const
{
    const QString variable = suggestedEnvironmentVariable(profile);
#ifdef SEEDBED_HAVE_KEYCHAIN
    switch (QKeychain::Error(code)) {
    case QKeychain::NoError:
        return QString();
    case QKeychain::EntryNotFound:
        return tr("No key for the profile \"%1\" is stored in the system keychain. Enter the key "
                  "in the profile settings, or set the environment variable %2 and name it in "
                  "the profile.")
            .arg(profile.name, variable);
    case QKeychain::AccessDeniedByUser:
    case QKeychain::AccessDenied:
        return tr("Access to the system keychain was denied, so the key of the profile \"%1\" "
                  "could not be used. Allow Seedbed to use the keychain, or set the environment "
                  "variable %2 to the key and name it in the profile.")
            .arg(profile.name, variable);
    case QKeychain::CouldNotDeleteEntry:
        return tr("The key of the profile \"%1\" could not be removed from the system keychain "
                  "(%2). Remove the entry \"%3\" of the service \"%4\" with your keychain "
                  "manager.")
            .arg(profile.name, detail, profile.id, m_serviceName);
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
    case QKeychain::OtherError:
        break;
    }
#else
    Q_UNUSED(code)
#endif
    // QtKeychain reports a missing Secret Service as "Unknown error" or a D-Bus message; in
    // every case the practical way out is the environment variable.
    const QString reason = detail.isEmpty() || detail.compare(QLatin1StringView("Unknown error"),
                                                              Qt::CaseInsensitive) == 0
                               ? tr("no keychain service answered")
                               : detail;
    switch (operation) {
    case Operation::Write:
        return tr("The key could not be stored: the system keychain is not available (%1). On "
                  "Linux it needs a Secret Service such as GNOME Keyring or KWallet running in "
                  "your session. The key was not written anywhere else. Instead, set the "
                  "environment variable %2 to the key before starting Seedbed and name %2 in "
                  "the profile.")
            .arg(reason, variable);
    case Operation::Read:
    case Operation::Delete:
        break;
    }
    return tr("The system keychain is not available (%1), so the key of the profile \"%2\" "
              "cannot be read. On Linux it needs a Secret Service such as GNOME Keyring or "
              "KWallet running in your session. Instead, set the environment variable %3 to "
              "the key before starting Seedbed and name %3 in the profile.")
        .arg(reason, profile.name, variable);
}

QString KeyStore::notCompiledInError(const ProviderProfile &profile) const
{
    return tr("This build of Seedbed cannot use the system keychain (it was built without "
              "QtKeychain), so keys cannot be stored. Set the environment variable %1 to the key "
              "before starting Seedbed and name %1 in the profile.")
        .arg(suggestedEnvironmentVariable(profile));
}

} // namespace Seedbed::Llm
