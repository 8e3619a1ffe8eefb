// seedbed providers list | add | remove | test.
#include "app/cli/cli.h"
#include "app/cli/commandline.h"
#include "app/cli/commands.h"

#include "models/llm/connectiontester.h"
#include "models/llm/keystore.h"
#include "models/llm/profilestore.h"
#include "models/llm/providerpresets.h"
#include "models/llm/providerprofile.h"

#include <QDir>
#include <QEventLoop>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>
#include <QUuid>

#include <cstdio>

#ifdef Q_OS_UNIX
#include <termios.h>
#include <unistd.h>
#endif

namespace Seedbed::Cli {

using Llm::KeyStore;
using Llm::ProfileStore;
using Llm::ProviderProfile;

namespace {
/*! Runs the event loop until \a start's completion handler has been called. */
template<typename Start> void waitFor(Start start)
{
    QEventLoop loop;
    bool done = false;
    start([&] {
        done = true;
        loop.quit();
    });
    if (!done)
        loop.exec();
}

QString keySourceName(const ProviderProfile &profile)
{
    switch (KeyStore::keySource(profile)) {
    case KeyStore::KeySource::EnvironmentVariable:
        return QStringLiteral("env");
    case KeyStore::KeySource::Keychain:
        return QStringLiteral("keychain");
    case KeyStore::KeySource::None:
        break;
    }
    return QStringLiteral("none");
}

QString keySourceText(const ProviderProfile &profile)
{
    switch (KeyStore::keySource(profile)) {
    case KeyStore::KeySource::EnvironmentVariable:
        return QStringLiteral("env %1").arg(profile.keyEnvironmentVariable);
    case KeyStore::KeySource::Keychain:
        return QStringLiteral("keychain");
    case KeyStore::KeySource::None:
        break;
    }
    return QStringLiteral("none");
}

bool isValidVariableName(const QString &name)
{
    static const QRegularExpression pattern(QStringLiteral("^[A-Za-z_][A-Za-z0-9_]*$"));
    return pattern.match(name).hasMatch();
}

/*! Loads the user's profiles. Returns false, having said why, when they cannot be used;
    a corrupt file set aside is reported but not fatal. */
bool loadProfiles(ProfileStore &store, const CommandLine &line, int *code)
{
    QString problem;
    if (store.load(&problem))
        return true;
    if (store.isReadOnly()) {
        *code = line.fail(IoError, problem);
        return false;
    }
    printErr(problem);
    return true;
}

/*! Loads the profiles and returns the one the command's first argument names; nothing, with
    the exit code in \a code after saying why, when they cannot be loaded or there is none. */
std::optional<ProviderProfile> namedProfile(ProfileStore &store, const CommandLine &line, int *code)
{
    if (!loadProfiles(store, line, code))
        return std::nullopt;
    const QString name = line.positionalArguments().constFirst();
    auto profile = store.profile(name);
    if (!profile) {
        *code = line.usageError(CliText::tr("There is no provider profile \"%1\". See the list "
                                            "with \"seedbed providers list\".")
                                    .arg(name));
    }
    return profile;
}

/*! One line from standard input, without echoing it when standard input is a terminal. */
QByteArray readSecretLine()
{
    QByteArray key;
#ifdef Q_OS_UNIX
    const bool terminal = isatty(STDIN_FILENO) == 1;
    termios saved{};
    bool echoOff = false;
    if (terminal) {
        const QByteArray prompt = CliText::tr("API key (not shown): ").toUtf8();
        std::fwrite(prompt.constData(), 1, size_t(prompt.size()), stderr);
        std::fflush(stderr);
        if (tcgetattr(STDIN_FILENO, &saved) == 0) {
            termios silent = saved;
            silent.c_lflag &= ~tcflag_t(ECHO);
            echoOff = tcsetattr(STDIN_FILENO, TCSAFLUSH, &silent) == 0;
        }
    }
#endif
    QFile in;
    if (in.open(stdin, QIODevice::ReadOnly))
        key = in.readLine().trimmed();
#ifdef Q_OS_UNIX
    if (echoOff)
        tcsetattr(STDIN_FILENO, TCSAFLUSH, &saved);
    if (terminal) {
        std::fputc('\n', stderr);
        std::fflush(stderr);
    }
#endif
    return key;
}

QString suggestedVariable(const QString &name)
{
    ProviderProfile unnamed;
    unnamed.name = name;
    return KeyStore::suggestedEnvironmentVariable(unnamed);
}

QString presetIds()
{
    QStringList ids;
    for (const Llm::ProviderPresets::Preset &preset : Llm::ProviderPresets::all())
        ids << preset.id;
    return ids.join(QStringLiteral(", "));
}

QString providersHelp()
{
    return CliText::tr("Usage: seedbed providers COMMAND [options] [ARGS…]\n"
                       "Manages the LLM provider profiles kept in your configuration (%1), "
                       "never in a project. Keys are kept in the system keychain or read from an "
                       "environment variable; they are never written to a file or shown.\n\n"
                       "Commands:\n"
                       "  list             List the profiles.\n"
                       "  add NAME         Add a profile.\n"
                       "  remove NAME      Remove a profile (and its keychain entry).\n"
                       "  test NAME        Check that the provider answers and accepts the key.\n\n"
                       "Run \"seedbed help providers COMMAND\" for the arguments of a command.")
        .arg(QDir::toNativeSeparators(ProfileStore::defaultPath()));
}

int listProviders(const QStringList &arguments)
{
    CommandLine line(QStringLiteral("providers list"), QString(),
                     CliText::tr("Lists the provider profiles: name, kind, base URL and where the "
                                 "key comes from (keychain, an environment variable, or none). "
                                 "Keys are never shown."));
    const QCommandLineOption json = line.addOption(
        {QStringLiteral("json"), CliText::tr("Print the profiles as JSON on standard output.")});
    if (const auto exit = line.parse(arguments, 0, 0))
        return *exit;
    ProfileStore store;
    int code = Ok;
    if (!loadProfiles(store, line, &code))
        return code;
    const QList<ProviderProfile> profiles = store.profiles();

    if (line.isSet(json)) {
        QJsonArray array;
        for (const ProviderProfile &profile : profiles) {
            array.append(QJsonObject{
                {QStringLiteral("id"), profile.id},
                {QStringLiteral("name"), profile.name},
                {QStringLiteral("kind"), ProviderProfile::protocolName(profile.protocol)},
                {QStringLiteral("baseUrl"), profile.baseUrl.toString()},
                {QStringLiteral("models"), QJsonArray::fromStringList(profile.models)},
                {QStringLiteral("keySource"), keySourceName(profile)},
                {QStringLiteral("keyEnvironmentVariable"),
                 profile.keyEnvironmentVariable.isEmpty()
                     ? QJsonValue()
                     : QJsonValue(profile.keyEnvironmentVariable)},
                {QStringLiteral("maxConcurrency"), profile.maxConcurrency},
                {QStringLiteral("requestsPerMinute"), profile.requestsPerMinute},
                {QStringLiteral("tokensPerMinute"), profile.tokensPerMinute},
            });
        }
        printJson(QJsonObject{{QStringLiteral("path"), QDir::toNativeSeparators(store.path())},
                              {QStringLiteral("profiles"), array}});
        return Ok;
    }
    if (profiles.isEmpty()) {
        printOut(CliText::tr("There are no provider profiles yet. Add one with \"seedbed providers "
                             "add NAME --kind openai --base-url URL --key-env VARIABLE\"."));
        return Ok;
    }
    const QStringList header{CliText::tr("NAME"), CliText::tr("KIND"), CliText::tr("BASE URL"),
                             CliText::tr("KEY"), CliText::tr("MODELS")};
    QList<QStringList> table{header};
    for (const ProviderProfile &profile : profiles)
        table.append({profile.name, ProviderProfile::protocolName(profile.protocol),
                      profile.baseUrl.toString(), keySourceText(profile),
                      profile.models.join(QLatin1Char(','))});
    QList<qsizetype> widths(header.size(), 0);
    for (const QStringList &row : std::as_const(table)) {
        for (qsizetype i = 0; i < row.size(); ++i)
            widths[i] = qMax(widths.at(i), row.at(i).size());
    }
    for (const QStringList &row : std::as_const(table)) {
        QString text;
        for (qsizetype i = 0; i < row.size(); ++i)
            text += i + 1 < row.size() ? row.at(i).leftJustified(widths.at(i) + 2) : row.at(i);
        printOut(text.trimmed());
    }
    return Ok;
}

int addProvider(const QStringList &arguments)
{
    CommandLine line(QStringLiteral("providers add"), CliText::tr("NAME"),
                     CliText::tr("Adds a provider profile named NAME (stages refer to it by "
                                 "name). Start from a preset with --preset, or give --kind and "
                                 "--base-url. The key comes from an environment variable "
                                 "(--key-env) or is stored in the system keychain (--key-stdin); "
                                 "it is never written to a file."));
    line.addPositionalArgument(CliText::tr("NAME"), CliText::tr("The profile's name."));
    const QCommandLineOption preset = line.addOption(
        {QStringLiteral("preset"),
         CliText::tr("Start from a known service or local server: %1.").arg(presetIds()),
         CliText::tr("ID")});
    const QCommandLineOption kind =
        line.addOption({QStringLiteral("kind"),
                        CliText::tr("The protocol: openai (OpenAI-compatible), ollama or "
                                    "anthropic. Default: openai, or the preset's."),
                        CliText::tr("KIND")});
    const QCommandLineOption baseUrl =
        line.addOption({QStringLiteral("base-url"),
                        CliText::tr("The API's base URL, e.g. https://api.deepseek.com/v1 or "
                                    "http://127.0.0.1:11434."),
                        CliText::tr("URL")});
    const QCommandLineOption keyEnv = line.addOption(
        {QStringLiteral("key-env"),
         CliText::tr("Read the key from this environment variable when the profile is used."),
         CliText::tr("VARIABLE")});
    const QCommandLineOption keyStdin = line.addOption(
        {QStringLiteral("key-stdin"),
         CliText::tr("Read the key from standard input (not echoed) and store it in the system "
                     "keychain.")});
    const QCommandLineOption model = line.addOption(
        {QStringLiteral("model"), CliText::tr("A model to offer; repeat for several."),
         CliText::tr("MODEL")});
    const QCommandLineOption concurrency =
        line.addOption({QStringLiteral("concurrency"),
                        CliText::tr("Requests in flight at once (default 8)."), CliText::tr("N")});
    const QCommandLineOption rpm = line.addOption(
        {QStringLiteral("rpm"), CliText::tr("Requests per minute at most; 0: no limit."),
         CliText::tr("N")});
    const QCommandLineOption tpm =
        line.addOption({QStringLiteral("tpm"),
                        CliText::tr("Tokens per minute at most; 0: no limit."), CliText::tr("N")});
    if (const auto exit = line.parse(arguments, 1, 1))
        return *exit;

    ProviderProfile profile;
    if (line.isSet(preset)) {
        const auto found = Llm::ProviderPresets::find(line.value(preset));
        if (!found)
            return line.usageError(CliText::tr("There is no preset \"%1\". Presets: %2.")
                                       .arg(line.value(preset), presetIds()));
        profile = Llm::ProviderPresets::makeProfile(*found);
        profile.id.clear(); // given when the profile is stored
    }
    profile.name = line.positionalArguments().constFirst().trimmed();
    if (profile.name.isEmpty())
        return line.usageError(CliText::tr("The profile needs a name."));
    if (line.isSet(kind)) {
        const auto protocol = ProviderProfile::protocolFromName(line.value(kind));
        if (!protocol)
            return line.usageError(CliText::tr("Unknown kind \"%1\": use openai, ollama or "
                                               "anthropic.")
                                       .arg(line.value(kind)));
        profile.protocol = *protocol;
    }
    if (line.isSet(baseUrl)) {
        const QUrl url(line.value(baseUrl).trimmed(), QUrl::StrictMode);
        const QString scheme = url.scheme();
        if (!url.isValid() || url.host().isEmpty() ||
            (scheme != QLatin1String("http") && scheme != QLatin1String("https")))
            return line.usageError(CliText::tr("\"%1\" is not a usable base URL; give an http:// "
                                               "or https:// address such as "
                                               "https://api.example.com/v1.")
                                       .arg(line.value(baseUrl)));
        profile.baseUrl = url;
    }
    if (profile.baseUrl.isEmpty())
        return line.usageError(CliText::tr("Give the API's address with --base-url URL, or start "
                                           "from a preset with --preset ID."));
    if (line.isSet(model))
        profile.models = line.values(model);
    if (line.isSet(keyEnv) && line.isSet(keyStdin))
        return line.usageError(
            CliText::tr("Use either --key-env or --key-stdin, not both: a profile's key comes "
                        "from one place."));
    if (line.isSet(keyEnv)) {
        const QString variable = line.value(keyEnv).trimmed();
        if (!isValidVariableName(variable))
            return line.usageError(CliText::tr("\"%1\" is not a valid environment variable name: "
                                               "use letters, digits and underscores, for example "
                                               "%2.")
                                       .arg(variable, suggestedVariable(profile.name)));
        profile.keyEnvironmentVariable = variable;
        profile.keyInKeychain = false;
    }
    const auto maxConcurrency = line.intValue(concurrency, 1, profile.maxConcurrency);
    const auto requestsPerMinute = line.intValue(rpm, 0, profile.requestsPerMinute);
    const auto tokensPerMinute = line.intValue(tpm, 0, profile.tokensPerMinute);
    if (!maxConcurrency || !requestsPerMinute || !tokensPerMinute)
        return UsageError;
    profile.maxConcurrency = *maxConcurrency;
    profile.requestsPerMinute = *requestsPerMinute;
    profile.tokensPerMinute = *tokensPerMinute;

    ProfileStore store;
    int code = Ok;
    if (!loadProfiles(store, line, &code))
        return code;
    for (const ProviderProfile &other : store.profiles()) {
        if (other.name.trimmed().compare(profile.name, Qt::CaseInsensitive) == 0)
            return line.usageError(CliText::tr("There is already a provider profile named "
                                               "\"%1\". Remove it first with \"seedbed providers "
                                               "remove %1\", or choose another name.")
                                       .arg(other.name));
    }

    KeyStore keys;
    if (line.isSet(keyStdin)) {
        QByteArray key = readSecretLine();
        if (key.isEmpty())
            return line.usageError(CliText::tr("No key was given on standard input."));
        profile.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
        QString keyError;
        waitFor([&](auto done) {
            keys.writeKey(profile, key, [&keyError, done](const QString &error) {
                keyError = error;
                done();
            });
        });
        key.fill('\0');
        if (!keyError.isEmpty())
            return line.fail(IoError, keyError + QLatin1Char(' ') +
                                          CliText::tr("The profile was not added."));
        profile.keyInKeychain = true;
        profile.keyEnvironmentVariable.clear();
    }

    QString error;
    if (store.add(profile, &error).isEmpty()) {
        if (profile.keyInKeychain) // do not leave an entry no profile refers to
            waitFor(
                [&](auto done) { keys.deleteKey(profile, [done](const QString &) { done(); }); });
        return line.fail(IoError, error);
    }
    QString keyText;
    switch (KeyStore::keySource(profile)) {
    case KeyStore::KeySource::EnvironmentVariable:
        keyText = CliText::tr("the key is read from the environment variable %1")
                      .arg(profile.keyEnvironmentVariable);
        break;
    case KeyStore::KeySource::Keychain:
        keyText = CliText::tr("the key is in the system keychain");
        break;
    case KeyStore::KeySource::None:
        keyText = CliText::tr("no key (for local servers)");
        break;
    }
    printOut(CliText::tr("Added the provider profile \"%1\" (%2, %3); %4. Check it with "
                         "\"seedbed providers test %1\".")
                 .arg(profile.name, ProviderProfile::protocolName(profile.protocol),
                      profile.baseUrl.toString(), keyText));
    return Ok;
}

int removeProvider(const QStringList &arguments)
{
    CommandLine line(QStringLiteral("providers remove"), CliText::tr("NAME"),
                     CliText::tr("Removes a provider profile and its key from the system "
                                 "keychain. An environment variable it named is left alone."));
    line.addPositionalArgument(CliText::tr("NAME"), CliText::tr("The profile's name or id."));
    if (const auto exit = line.parse(arguments, 1, 1))
        return *exit;
    ProfileStore store;
    int code = Ok;
    const auto profile = namedProfile(store, line, &code);
    if (!profile)
        return code;
    if (profile->keyInKeychain) {
        KeyStore keys;
        QString keyError;
        waitFor([&](auto done) {
            keys.deleteKey(*profile, [&keyError, done](const QString &error) {
                keyError = error;
                done();
            });
        });
        if (!keyError.isEmpty())
            printErr(keyError);
    }
    QString error;
    if (!store.remove(profile->id, &error))
        return line.fail(IoError, error);
    printOut(CliText::tr("Removed the provider profile \"%1\".").arg(profile->name));
    return Ok;
}

int testProvider(const QStringList &arguments)
{
    CommandLine line(QStringLiteral("providers test"), CliText::tr("NAME"),
                     CliText::tr("Checks that the provider answers, accepts the key and has the "
                                 "profile's models (or --model). Exits with 4 when it does not."));
    line.addPositionalArgument(CliText::tr("NAME"), CliText::tr("The profile's name or id."));
    const QCommandLineOption model = line.addOption(
        {QStringLiteral("model"), CliText::tr("Check this model rather than the profile's."),
         CliText::tr("MODEL")});
    const QCommandLineOption timeout = line.addOption(
        {QStringLiteral("timeout"), CliText::tr("Give up after this many seconds (default 20)."),
         CliText::tr("SECONDS")});
    if (const auto exit = line.parse(arguments, 1, 1))
        return *exit;
    const auto seconds = line.intValue(timeout, 1, 20);
    if (!seconds)
        return UsageError;
    ProfileStore store;
    int code = Ok;
    const auto profile = namedProfile(store, line, &code);
    if (!profile)
        return code;

    KeyStore keys;
    QByteArray key;
    QString keyError;
    waitFor([&](auto done) {
        keys.readKey(*profile, [&key, &keyError, done](QByteArray value, QString error) {
            key = std::move(value);
            keyError = std::move(error);
            done();
        });
    });
    if (!keyError.isEmpty())
        return line.fail(ProviderUnreachable, keyError);

    Llm::ConnectionTester tester;
    tester.setTimeoutMs(*seconds * 1000);
    bool ok = false;
    QString message;
    waitFor([&](auto done) {
        QObject::connect(&tester, &Llm::ConnectionTester::finished, &tester,
                         [&ok, &message, done](bool passed, const QString &verdict) {
                             ok = passed;
                             message = verdict;
                             done();
                         });
        tester.start(*profile, key, line.value(model));
    });
    key.fill('\0');
    if (!ok)
        return line.fail(ProviderUnreachable, message);
    printOut(message);
    return Ok;
}
} // namespace

int runProviders(const QStringList &arguments)
{
    const QString sub = arguments.value(0);
    const QStringList rest = arguments.mid(1);
    if (sub == QLatin1String("list"))
        return listProviders(rest);
    if (sub == QLatin1String("add"))
        return addProvider(rest);
    if (sub == QLatin1String("remove"))
        return removeProvider(rest);
    if (sub == QLatin1String("test"))
        return testProvider(rest);
    if (sub.isEmpty() || sub == QLatin1String("--help") || sub == QLatin1String("-h") ||
        sub == QLatin1String("-?")) {
        if (sub.isEmpty()) {
            printErr(providersHelp());
            return UsageError;
        }
        printOut(providersHelp());
        return Ok;
    }
    printErr(CliText::tr("seedbed providers: there is no command \"%1\"; use list, add, remove or "
                         "test.")
                 .arg(sub));
    return UsageError;
}

} // namespace Seedbed::Cli
