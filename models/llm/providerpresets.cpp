#include "models/llm/providerpresets.h"

#include <QUuid>

namespace Seedbed::Llm {

namespace {
ProviderPresets::Preset cloud(const char *id, const char *name, Protocol protocol,
                              const char *baseUrl, QStringList models, const char *variable,
                              const char *currency, QString note = {})
{
    ProviderPresets::Preset preset;
    preset.id = QString::fromLatin1(id);
    preset.name = QString::fromUtf8(name);
    preset.protocol = protocol;
    preset.baseUrl = QUrl(QString::fromLatin1(baseUrl));
    preset.models = std::move(models);
    preset.keyEnvironmentVariable = QString::fromLatin1(variable);
    preset.needsKey = true;
    preset.currency = QString::fromLatin1(currency);
    preset.note = std::move(note);
    return preset;
}

ProviderPresets::Preset local(const char *id, const char *name, Protocol protocol,
                              const char *baseUrl, QStringList models, QString note)
{
    ProviderPresets::Preset preset;
    preset.id = QString::fromLatin1(id);
    preset.name = QString::fromUtf8(name);
    preset.protocol = protocol;
    preset.baseUrl = QUrl(QString::fromLatin1(baseUrl));
    preset.models = std::move(models);
    preset.needsKey = false;
    preset.isLocal = true;
    preset.note = std::move(note);
    return preset;
}

QStringList list(std::initializer_list<const char *> names)
{
    QStringList result;
    for (const char *name : names)
        result.append(QString::fromLatin1(name));
    return result;
}

bool isLoopbackName(const QString &host)
{
    return host == QLatin1StringView("localhost") || host == QLatin1StringView("127.0.0.1") ||
           host == QLatin1StringView("::1");
}
} // namespace

QList<ProviderPresets::Preset> ProviderPresets::all()
{
    const Protocol openAi = Protocol::OpenAiCompatible;
    Preset openRouter = cloud(
        "openrouter", "OpenRouter", openAi, "https://openrouter.ai/api/v1",
        list({"openai/gpt-4o-mini", "deepseek/deepseek-chat", "meta-llama/llama-3.1-8b-instruct"}),
        "OPENROUTER_API_KEY", "USD");
    openRouter.modelListChecksKey = false;
    QList<Preset> presets{
        cloud("openai", "OpenAI", openAi, "https://api.openai.com/v1",
              list({"gpt-4o-mini", "gpt-4o", "gpt-4.1-mini", "gpt-4.1"}), "OPENAI_API_KEY", "USD"),
        cloud("deepseek", "DeepSeek", openAi, "https://api.deepseek.com/v1",
              list({"deepseek-chat", "deepseek-reasoner"}), "DEEPSEEK_API_KEY", "USD"),
        cloud("qwen", "Qwen (DashScope)", openAi,
              "https://dashscope.aliyuncs.com/compatible-mode/v1",
              list({"qwen-plus", "qwen-max", "qwen-turbo"}), "DASHSCOPE_API_KEY", "CNY",
              tr("Outside mainland China use "
                 "https://dashscope-intl.aliyuncs.com/compatible-mode/v1 with a key from that "
                 "region.")),
        cloud("zhipu", "Zhipu GLM", openAi, "https://open.bigmodel.cn/api/paas/v4",
              list({"glm-4-plus", "glm-4-flash"}), "ZHIPUAI_API_KEY", "CNY"),
        cloud("moonshot", "Moonshot (Kimi)", openAi, "https://api.moonshot.cn/v1",
              list({"moonshot-v1-8k", "moonshot-v1-32k", "moonshot-v1-128k"}), "MOONSHOT_API_KEY",
              "CNY",
              tr("Outside mainland China use https://api.moonshot.ai/v1 with a key from that "
                 "platform.")),
        cloud("siliconflow", "SiliconFlow", openAi, "https://api.siliconflow.cn/v1",
              list({"deepseek-ai/DeepSeek-V3", "deepseek-ai/DeepSeek-R1",
                    "Qwen/Qwen2.5-7B-Instruct"}),
              "SILICONFLOW_API_KEY", "CNY",
              tr("Outside mainland China use https://api.siliconflow.com/v1 with a key from that "
                 "platform.")),
        openRouter,
        cloud("anthropic", "Anthropic", Protocol::Anthropic, "https://api.anthropic.com",
              list({"claude-sonnet-4-5-20250929", "claude-haiku-4-5-20251001",
                    "claude-opus-4-1-20250805"}),
              "ANTHROPIC_API_KEY", "USD"),
        local("ollama", "Ollama", Protocol::OllamaNative, "http://127.0.0.1:11434",
              list({"qwen2.5:7b", "llama3.1:8b"}),
              tr("Start the server with “ollama serve” and download a model with "
                 "“ollama pull <model>”.")),
        local("vllm", "vLLM", openAi, "http://127.0.0.1:8000/v1", {},
              tr("Start the server with “vllm serve <model>”. A key is needed only if "
                 "the server was started with --api-key.")),
        local("llamacpp", "llama.cpp server", openAi, "http://127.0.0.1:8080/v1", {},
              tr("Start the server with “llama-server -m <model.gguf>”.")),
        local("lmstudio", "LM Studio", openAi, "http://127.0.0.1:1234/v1", {},
              tr("Start the server in LM Studio's Developer tab or with “lms server "
                 "start”, and load a model.")),
    };

    Preset custom;
    custom.id = QStringLiteral("custom");
    custom.name = tr("Custom OpenAI-compatible");
    custom.protocol = openAi;
    custom.needsKey = false;
    custom.note = tr("Any server that speaks the OpenAI chat completions API. Its base URL "
                     "usually ends in /v1.");
    presets.append(custom);
    return presets;
}

std::optional<ProviderPresets::Preset> ProviderPresets::find(QStringView id)
{
    const QList<Preset> presets = all();
    for (const Preset &preset : presets) {
        if (preset.id == id)
            return preset;
    }
    return std::nullopt;
}

std::optional<ProviderPresets::Preset> ProviderPresets::match(const QUrl &url)
{
    if (!url.isValid() || url.host().isEmpty())
        return std::nullopt;
    const QString host = url.host().toLower();
    const QList<Preset> presets = all();
    for (const Preset &preset : presets) {
        if (preset.baseUrl.isEmpty() || preset.baseUrl.scheme() != url.scheme().toLower())
            continue;
        const QString presetHost = preset.baseUrl.host();
        const bool sameHost =
            presetHost == host || (isLoopbackName(presetHost) && isLoopbackName(host));
        const int defaultPort = url.scheme() == QLatin1StringView("https") ? 443 : 80;
        if (sameHost && preset.baseUrl.port(defaultPort) == url.port(defaultPort))
            return preset;
    }
    return std::nullopt;
}

ProviderProfile ProviderPresets::makeProfile(const Preset &preset)
{
    ProviderProfile profile;
    profile.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    profile.name = preset.name;
    profile.protocol = preset.protocol;
    profile.baseUrl = preset.baseUrl;
    profile.models = preset.models;
    profile.keyEnvironmentVariable = preset.keyEnvironmentVariable;
    profile.currency = preset.currency;
    return profile;
}

} // namespace Seedbed::Llm
