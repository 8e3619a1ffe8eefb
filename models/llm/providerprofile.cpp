#include "models/llm/providerprofile.h"

#include <QJsonArray>
#include <QJsonValue>

#include <algorithm>
#include <cmath>

namespace Seedbed::Llm {

namespace {
// Keys of the file format; a key is deliberately absent: it never belongs in this file.
const QLatin1StringView idKey("id");
const QLatin1StringView nameKey("name");
const QLatin1StringView protocolKey("protocol");
const QLatin1StringView baseUrlKey("baseUrl");
const QLatin1StringView modelsKey("models");
const QLatin1StringView keyEnvironmentVariableKey("keyEnvironmentVariable");
const QLatin1StringView keyInKeychainKey("keyInKeychain");
const QLatin1StringView maxConcurrencyKey("maxConcurrency");
const QLatin1StringView requestsPerMinuteKey("requestsPerMinute");
const QLatin1StringView tokensPerMinuteKey("tokensPerMinute");
const QLatin1StringView maxAttemptsKey("maxAttempts");
const QLatin1StringView connectTimeoutMsKey("connectTimeoutMs");
const QLatin1StringView idleTimeoutMsKey("idleTimeoutMs");
const QLatin1StringView totalTimeoutMsKey("totalTimeoutMs");
const QLatin1StringView currencyKey("currency");
const QLatin1StringView pricesKey("prices");
const QLatin1StringView inputPerMillionKey("inputPerMillion");
const QLatin1StringView outputPerMillionKey("outputPerMillion");

int readInt(const QJsonObject &object, QLatin1StringView key, int fallback, int minimum)
{
    const QJsonValue value = object.value(key);
    if (!value.isDouble())
        return fallback;
    const double number = value.toDouble();
    if (!std::isfinite(number))
        return fallback;
    // A hand-edited file may hold 1e12 or -3: clamp instead of overflowing or going negative.
    const double clamped = std::clamp(std::round(number), double(minimum), 2147483647.0);
    return int(clamped);
}

double readPrice(const QJsonObject &object, QLatin1StringView key)
{
    const double value = object.value(key).toDouble(0);
    return std::isfinite(value) && value > 0 ? value : 0;
}
} // namespace

QString ProviderProfile::protocolName(Protocol protocol)
{
    switch (protocol) {
    case Protocol::OpenAiCompatible:
        return QStringLiteral("openai");
    case Protocol::OllamaNative:
        return QStringLiteral("ollama");
    case Protocol::Anthropic:
        return QStringLiteral("anthropic");
    }
    return QStringLiteral("openai");
}

std::optional<Protocol> ProviderProfile::protocolFromName(QStringView name)
{
    for (const Protocol protocol :
         {Protocol::OpenAiCompatible, Protocol::OllamaNative, Protocol::Anthropic}) {
        if (name == protocolName(protocol))
            return protocol;
    }
    return std::nullopt;
}

QJsonObject ProviderProfile::toJson() const
{
    QJsonObject priceObject;
    for (auto it = prices.cbegin(); it != prices.cend(); ++it) {
        priceObject.insert(it.key(), QJsonObject{{inputPerMillionKey, it->inputPerMillion},
                                                 {outputPerMillionKey, it->outputPerMillion}});
    }
    return QJsonObject{
        {idKey, id},
        {nameKey, name},
        {protocolKey, protocolName(protocol)},
        {baseUrlKey, baseUrl.toString(QUrl::FullyEncoded)},
        {modelsKey, QJsonArray::fromStringList(models)},
        {keyEnvironmentVariableKey, keyEnvironmentVariable},
        {keyInKeychainKey, keyInKeychain},
        {maxConcurrencyKey, maxConcurrency},
        {requestsPerMinuteKey, requestsPerMinute},
        {tokensPerMinuteKey, tokensPerMinute},
        {maxAttemptsKey, maxAttempts},
        {connectTimeoutMsKey, connectTimeoutMs},
        {idleTimeoutMsKey, idleTimeoutMs},
        {totalTimeoutMsKey, totalTimeoutMs},
        {currencyKey, currency},
        {pricesKey, priceObject},
    };
}

ProviderProfile ProviderProfile::fromJson(const QJsonObject &object)
{
    ProviderProfile profile;
    profile.id = object.value(idKey).toString();
    profile.name = object.value(nameKey).toString();
    profile.protocol =
        protocolFromName(object.value(protocolKey).toString()).value_or(Protocol::OpenAiCompatible);
    const QString url = object.value(baseUrlKey).toString();
    if (!url.isEmpty())
        profile.baseUrl = QUrl(url);
    const QJsonArray models = object.value(modelsKey).toArray();
    for (const QJsonValue &model : models) {
        if (model.isString() && !model.toString().isEmpty())
            profile.models.append(model.toString());
    }
    profile.keyEnvironmentVariable = object.value(keyEnvironmentVariableKey).toString();
    profile.keyInKeychain = object.value(keyInKeychainKey).toBool(false);

    const ProviderProfile defaults;
    profile.maxConcurrency = readInt(object, maxConcurrencyKey, defaults.maxConcurrency, 1);
    profile.requestsPerMinute =
        readInt(object, requestsPerMinuteKey, defaults.requestsPerMinute, 0);
    profile.tokensPerMinute = readInt(object, tokensPerMinuteKey, defaults.tokensPerMinute, 0);
    profile.maxAttempts = readInt(object, maxAttemptsKey, defaults.maxAttempts, 1);
    profile.connectTimeoutMs = readInt(object, connectTimeoutMsKey, defaults.connectTimeoutMs, 0);
    profile.idleTimeoutMs = readInt(object, idleTimeoutMsKey, defaults.idleTimeoutMs, 0);
    profile.totalTimeoutMs = readInt(object, totalTimeoutMsKey, defaults.totalTimeoutMs, 0);
    const QString currency = object.value(currencyKey).toString();
    if (!currency.isEmpty())
        profile.currency = currency;

    const QJsonObject prices = object.value(pricesKey).toObject();
    for (auto it = prices.constBegin(); it != prices.constEnd(); ++it) {
        if (!it->isObject() || it.key().isEmpty())
            continue;
        const QJsonObject price = it->toObject();
        profile.prices.insert(it.key(), ModelPrice{readPrice(price, inputPerMillionKey),
                                                   readPrice(price, outputPerMillionKey)});
    }
    return profile;
}

} // namespace Seedbed::Llm
