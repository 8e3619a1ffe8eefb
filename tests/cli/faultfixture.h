#pragma once

// Shared by the CLI end-to-end tests (tst_clirun) and the fault suites (crash consistency,
// disk full, canary key, hostile sample text): runs the built seedbed binary as a child in a home
// of its own, without a display, and reads its project's data.sqlite with plain SQL. The example
// project's model (ExampleModel) answers the bundled customer-support pipeline the same way for the
// same request.

#include "../models/llm/loopbackserver.h"
#include "../models/llm/openaiwire.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QUuid>
#include <QVariant>

#include <map>
#include <memory>

namespace Seedbed::Test {

inline const QString &seedbedBinary()
{
    static const QString path = QStringLiteral(SEEDBED_BINARY);
    return path;
}

struct CliResult
{
    int exitCode = -1; //!< -1 when it crashed or did not finish
    QString out;
    QString err;
};

/*! A working folder and a home (config, data, cache) of the child's own. */
class CliHarness
{
public:
    CliHarness()
        : m_dir(std::make_unique<QTemporaryDir>())
        , m_home(std::make_unique<QTemporaryDir>())
    {}
    bool isValid() const { return m_dir->isValid() && m_home->isValid(); }
    QString dir() const { return m_dir->path(); }
    QString home() const { return m_home->path(); }
    QString filePath(const QString &name) const { return m_dir->filePath(name); }
    /*! Environment variables the children get on top of the clean environment. */
    void setEnv(const QString &name, const QString &value) { m_extra.insert(name, value); }
    void unsetEnv(const QString &name) { m_extra.remove(name); }

    QProcessEnvironment environment() const
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        for (const char *name : {"DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM",
                                 "DBUS_SESSION_BUS_ADDRESS", "QT_LOGGING_RULES"})
            env.remove(QString::fromLatin1(name));
        env.insert(QStringLiteral("HOME"), m_home->path());
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_home->filePath(QStringLiteral("config")));
        env.insert(QStringLiteral("XDG_DATA_HOME"), m_home->filePath(QStringLiteral("data")));
        env.insert(QStringLiteral("XDG_CACHE_HOME"), m_home->filePath(QStringLiteral("cache")));
        env.insert(QStringLiteral("XDG_RUNTIME_DIR"), m_home->filePath(QStringLiteral("runtime")));
        env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
        for (auto it = m_extra.cbegin(); it != m_extra.cend(); ++it)
            env.insert(it.key(), it.value());
        return env;
    }

    /*! Starts seedbed; the caller owns the process. */
    std::unique_ptr<QProcess> start(const QStringList &arguments) const
    {
        auto process = std::make_unique<QProcess>();
        process->setProcessEnvironment(environment());
        process->setWorkingDirectory(m_dir->path());
        process->start(seedbedBinary(), arguments);
        return process;
    }

    CliResult run(const QStringList &arguments, const QByteArray &input = {},
                  int timeoutMs = 120000) const
    {
        std::unique_ptr<QProcess> process = start(arguments);
        CliResult result;
        if (!process->waitForStarted(10000))
            return result;
        if (!input.isNull()) {
            process->write(input);
            process->closeWriteChannel();
        }
        if (!process->waitForFinished(timeoutMs)) {
            process->kill();
            process->waitForFinished();
            qWarning() << "seedbed" << arguments << "did not finish"
                       << process->readAllStandardError();
            return result;
        }
        result.out = QString::fromUtf8(process->readAllStandardOutput());
        result.err = QString::fromUtf8(process->readAllStandardError());
        if (process->exitStatus() == QProcess::NormalExit)
            result.exitCode = process->exitCode();
        return result;
    }

    /*! A new copy of the bundled example whose stages' profile "DeepSeek" is the loopback
        server at \a port, its key read from \a keyVariable. */
    QString prepareExample(const QString &folder, quint16 port, int concurrency,
                           const QString &keyVariable = QStringLiteral("SEEDBED_FAULT_KEY")) const
    {
        CliResult result = run({QStringLiteral("new"), folder, QStringLiteral("--example")});
        if (result.exitCode != 0) {
            qWarning() << result.err;
            return {};
        }
        result =
            run({QStringLiteral("providers"), QStringLiteral("add"), QStringLiteral("DeepSeek"),
                 QStringLiteral("--kind"), QStringLiteral("openai"), QStringLiteral("--base-url"),
                 QStringLiteral("http://127.0.0.1:%1/v1").arg(port), QStringLiteral("--key-env"),
                 keyVariable, QStringLiteral("--concurrency"), QString::number(concurrency)});
        if (result.exitCode != 0 && !result.err.contains(QLatin1String("already"))) {
            qWarning() << result.err;
            return {};
        }
        return folder;
    }

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<QTemporaryDir> m_home;
    QHash<QString, QString> m_extra;
};

/*! The first column of the first row of \a sql on \a project's data.sqlite (an invalid
    QVariant when it cannot be read). Opens read-write, as the next run would: a WAL left by a
    kill is recovered on the way. */
inline QVariant sqlValue(const QString &project, const QString &sql)
{
    const QString name = QUuid::createUuid().toString();
    QVariant value;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(project + QStringLiteral("/data.sqlite"));
        if (db.open()) {
            QSqlQuery query(sql, db);
            if (query.next())
                value = query.value(0);
        }
    }
    QSqlDatabase::removeDatabase(name);
    return value;
}

inline qint64 sqlCount(const QString &project, const QString &sql)
{
    const QVariant v = sqlValue(project, sql);
    return v.isValid() ? v.toLongLong() : -1;
}

/*! Every row's first column. */
inline QList<QByteArray> sqlColumn(const QString &project, const QString &sql)
{
    const QString name = QUuid::createUuid().toString();
    QList<QByteArray> values;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(project + QStringLiteral("/data.sqlite"));
        if (db.open()) {
            QSqlQuery query(sql, db);
            while (query.next())
                values.append(query.value(0).toByteArray());
        }
    }
    QSqlDatabase::removeDatabase(name);
    return values;
}

/*! "ok" when PRAGMA integrity_check finds nothing wrong, else what it found. */
inline QString integrityCheck(const QString &project)
{
    const QList<QByteArray> rows = sqlColumn(project, QStringLiteral("PRAGMA integrity_check"));
    if (rows.isEmpty())
        return QStringLiteral("(data.sqlite cannot be opened)");
    return QString::fromUtf8(rows.join('\n'));
}

inline QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

inline QString lastUserMessage(const QByteArray &body)
{
    const QJsonArray messages =
        QJsonDocument::fromJson(body).object().value(QStringLiteral("messages")).toArray();
    return messages.last().toObject().value(QStringLiteral("content")).toString();
}

/* The model of the bundled example: a generated exchange per request whose
   fate is decided by the sample number k (0–19) of its seed row: k % 10 == 3 is weak (the judge
   gives 5, below the threshold 7), k % 10 == 7 says "As an AI" (the rule filter drops it),
   k == 19 repeats the question of k == 18 (the MinHash dedup drops it). The sample number is
   "(variant k)" when the prompt carries it (see withVariantInPrompt()), so a repeated request
   gets the same answer. */
class ExampleModel
{
public:
    Script answer(const ReceivedRequest &r)
    {
        const QString prompt = lastUserMessage(r.body);
        if (prompt.startsWith(QLatin1String("Rubric:"))) {
            const int score = prompt.contains(QLatin1String("weak")) ? 5 : 8;
            return streamed(openAiStream({QString::fromUtf8(
                json({{QStringLiteral("score"), score},
                      {QStringLiteral("reason"), QStringLiteral("Judged by the test.")}}))}));
        }
        static const QRegularExpression variant(QStringLiteral("\\(variant (\\d+)\\)"));
        const QRegularExpressionMatch m = variant.match(prompt);
        const int k = m.hasMatch() ? m.captured(1).toInt() : m_seen[prompt]++;
        const quint32 seed = quint32(qHash(prompt.section(QLatin1Char('\n'), 2, 2)));
        const int questionOf = k == 19 ? 18 : k;
        const QString question = QStringLiteral("Question %1 about %2?")
                                     .arg(questionOf)
                                     .arg(words(seed * 31 + quint32(questionOf), 9));
        QString answer = QStringLiteral("Thanks for asking. Here is what to do next: %1.")
                             .arg(words(seed * 17 + quint32(k), 12));
        if (k % 10 == 3)
            answer += QStringLiteral(" (a weak answer)");
        if (k % 10 == 7)
            answer = QStringLiteral("As an AI, I cannot help with that, but ") + answer;
        answer += m_padding;
        return streamed(openAiStream({QString::fromUtf8(
            json({{QStringLiteral("question"), question}, {QStringLiteral("answer"), answer}}))}));
    }
    /*! Appended to every answer (makes records bigger; the rule filter allows 800 chars). */
    void setPadding(const QString &padding) { m_padding = padding; }

    // The counts of an uninterrupted run of the whole example (6 seed rows × 20 samples).
    static constexpr int generated = 120;
    static constexpr int judgedOk = 108;
    static constexpr int judgedFiltered = 12;
    static constexpr int filteredOk = 96;
    static constexpr int dedupOk = 90;
    static constexpr int dedupDuplicate = 6;
    static constexpr int calls = 240;

private:
    static QString words(quint32 seed, int count)
    {
        static const QStringList vocabulary = [] {
            QStringList list;
            for (const char *w :
                 {"parcel",  "refund",  "invoice",  "coupon",   "address", "courier",  "warranty",
                  "screen",  "battery", "jacket",   "shoes",    "size",    "colour",   "late",
                  "broken",  "missing", "charged",  "twice",    "account", "password", "email",
                  "phone",   "store",   "gift",     "wrapped",  "return",  "label",    "printer",
                  "weekend", "holiday", "express",  "tracking", "customs", "fee",      "voucher",
                  "expired", "cart",    "checkout", "card",     "bank",    "delay",    "damaged",
                  "box",     "receipt", "manual",   "install",  "cable",   "charger"})
                list << QString::fromLatin1(w);
            return list;
        }();
        QRandomGenerator random(seed);
        QStringList out;
        for (int i = 0; i < count; ++i)
            out << vocabulary.at(int(random.bounded(quint32(vocabulary.size()))));
        return out.join(QLatin1Char(' '));
    }

    std::map<QString, int> m_seen;
    QString m_padding;
};

/*! Puts the sample number into the example's generator prompt, so that the server answers a
    repeated request alike (false when the project file cannot be rewritten). */
inline bool withVariantInPrompt(const QString &project)
{
    QFile file(project + QStringLiteral("/project.seedbed"));
    if (!file.open(QIODevice::ReadOnly))
        return false;
    QByteArray text = file.readAll();
    file.close();
    const QByteArray before = "Vary the customer's tone and situation.";
    if (!text.contains(before))
        return false;
    text.replace(before, "Vary the customer's tone and situation (variant {{ sample_index }}).");
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return false;
    return file.write(text) == text.size();
}

// The ids of the example's stages.
inline constexpr char exampleSeedStage[] = "d48e3610-9bc7-4f88-9c4c-bbe675b30f5a";
inline constexpr char exampleGenerateStage[] = "2f36391e-bcf4-49d5-9590-cc227a840cc8";
inline constexpr char exampleJudgeStage[] = "22c1fa38-c068-4393-8098-001b229961a0";
inline constexpr char exampleFilterStage[] = "a9c28f8d-c686-4ae0-8ea2-f88d1bac4bc6";
inline constexpr char exampleDedupStage[] = "1b1059e0-d5b5-47ea-90e8-2f453f069c4e";

inline qint64 recordCount(const QString &project, const char *stage, const char *status)
{
    return sqlCount(project, QStringLiteral("SELECT count(*) FROM records WHERE stage_id = '%1' "
                                            "AND status = '%2'")
                                 .arg(QLatin1String(stage), QLatin1String(status)));
}

} // namespace Seedbed::Test
