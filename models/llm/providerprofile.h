#pragma once

#include "models/llm/chattypes.h"

#include <QHash>
#include <QJsonObject>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <optional>

namespace Seedbed::Llm {

/*! \brief Price of a model, per million tokens, in the profile's currency. */
struct ModelPrice
{
    double inputPerMillion = 0;
    double outputPerMillion = 0;

    friend bool operator==(const ModelPrice &, const ModelPrice &) = default;
};

/*! \brief Where and how to reach one provider: kept in the user's configuration, never in a
    project. Holds no key: the key lives in the system keychain (under id) or in the
    environment variable keyEnvironmentVariable. */
struct ProviderProfile
{
    QString id;   //!< stable, e.g. a UUID; the keychain entry is named after it
    QString name; //!< what stages refer to, e.g. "DeepSeek"
    Protocol protocol = Protocol::OpenAiCompatible;
    QUrl baseUrl; //!< e.g. https://api.deepseek.com/v1, http://127.0.0.1:11434
    QStringList models;
    QString keyEnvironmentVariable; //!< when set, the key is read from this variable
    bool keyInKeychain = false;     //!< when true, the key is in the system keychain

    int maxConcurrency = 8;    //!< requests in flight at once
    int requestsPerMinute = 0; //!< 0: no limit
    int tokensPerMinute = 0;   //!< 0: no limit
    int maxAttempts = 3;       //!< first attempt plus retries
    int connectTimeoutMs = 5000;
    int idleTimeoutMs = 120000; //!< longest silence between two pieces of a response
    int totalTimeoutMs = 600000;
    QString currency = QStringLiteral("USD");
    QHash<QString, ModelPrice> prices; //!< by model name

    /*! The JSON of the user's configuration file: every field but a key (there is none to
        write). Prices are an object keyed by model name. */
    QJsonObject toJson() const;
    /*! Reads what toJson() wrote; unknown keys are ignored, missing ones keep their defaults,
        out-of-range limits are clamped. Any key-like field in \a object is ignored. */
    static ProviderProfile fromJson(const QJsonObject &object);

    /*! "openai", "ollama" or "anthropic": the protocol's name in files. */
    static QString protocolName(Protocol protocol);
    /*! The protocol named \a name (see protocolName()), or nothing for an unknown name. */
    static std::optional<Protocol> protocolFromName(QStringView name);

    friend bool operator==(const ProviderProfile &, const ProviderProfile &) = default;
};

} // namespace Seedbed::Llm
