#pragma once

#include "models/llm/chattypes.h"
#include "models/llm/providerprofile.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <optional>

namespace Seedbed::Llm {

/*! \brief The services and local servers Seedbed knows how to reach, as starting points for a
    ProviderProfile: base URL, protocol, suggested models and the environment variable their
    users already set for the key. The lists are built on each call so that notes follow the
    current translation. */
class ProviderPresets
{
    Q_DECLARE_TR_FUNCTIONS(Seedbed::Llm::ProviderPresets)

public:
    struct Preset
    {
        QString id;   //!< stable, e.g. "deepseek"; never shown
        QString name; //!< the service's own name, also the new profile's name
        Protocol protocol = Protocol::OpenAiCompatible;
        QUrl baseUrl;       //!< empty for "Custom OpenAI-compatible"
        QStringList models; //!< suggestions; "Test connection" lists what the server has
        QString keyEnvironmentVariable; //!< the variable users of the service expect; may be empty
        bool needsKey = true;           //!< false for local servers (a key is still allowed)
        bool isLocal = false;           //!< a server on this machine
        QString currency = QStringLiteral("USD"); //!< the currency the service bills in
        /*! False where the model list is public (OpenRouter): listing it proves nothing about
            the key, so "Test connection" also sends a one-token request. */
        bool modelListChecksKey = true;
        QString note; //!< translated hint, e.g. how to start the server; may be empty
    };

    /*! Every preset, cloud services first, "Custom OpenAI-compatible" last. */
    static QList<Preset> all();
    /*! The preset with \a id, if there is one. */
    static std::optional<Preset> find(QStringView id);
    /*! The preset whose base URL has the same scheme, host and port as \a url (the path is
        ignored, "localhost" equals 127.0.0.1); used to suggest an environment variable name. */
    static std::optional<Preset> match(const QUrl &url);
    /*! A new profile from \a preset: a fresh id, the preset's name, URL, protocol, models,
        currency; the key is read from the preset's environment variable when it has one. */
    static ProviderProfile makeProfile(const Preset &preset);
};

} // namespace Seedbed::Llm
