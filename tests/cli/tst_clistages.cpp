// End to end: every stage of the library (topic tree, attribute grid, fact list, generate,
// evolve, rewrite, rule filter with masking, verify, MinHash / exact / semantic dedup, split,
// sample, mix) in one project run by `seedbed run` against a loopback server that speaks the
// OpenAI wire format, chat and embeddings.

#include "../models/llm/loopbackserver.h"
#include "../models/llm/openaiwire.h"

#include <QJsonArray>
#include <QProcess>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <atomic>
#include <memory>

using namespace Seedbed::Test;

namespace {

const QString binary = QStringLiteral(SEEDBED_BINARY);

QString lastUserMessage(const QJsonObject &body)
{
    return body.value("messages").toArray().last().toObject().value("content").toString();
}

QByteArray compact(const QJsonValue &value)
{
    return value.isArray() ? QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact)
                           : QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact);
}

Script jsonResponse(const QByteArray &body)
{
    Script script;
    script.write("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: " +
                 QByteArray::number(body.size()) + "\r\n\r\n" + body);
    return script;
}

/* The model: two subtopics of each topic; a question about each topic with an e-mail address
   (the rule filter masks it) and the final answer 42 (41 for "Marinated skewers", which verify
   rejects); an evolution appends "Explain why."; a paraphrase prefixes "In other words:". The
   embeddings put every text about boiling on one axis, so those two facts are duplicates. */
Script answer(const ReceivedRequest &r, std::atomic<int> *embeddingCalls)
{
    const QJsonObject body = QJsonDocument::fromJson(r.body).object();
    if (r.target.endsWith("/embeddings")) {
        ++*embeddingCalls;
        QJsonArray data;
        const QJsonArray inputs = body.value("input").toArray();
        for (int i = 0; i < inputs.size(); ++i) {
            const QString text = inputs.at(i).toString();
            const QJsonArray vector = text.contains("boils")  ? QJsonArray{1.0, 0.0, 0.0}
                                      : text.contains("moon") ? QJsonArray{0.0, 1.0, 0.0}
                                                              : QJsonArray{0.0, 0.0, 1.0};
            data.append(QJsonObject{{"object", "embedding"}, {"index", i}, {"embedding", vector}});
        }
        return jsonResponse(compact(
            QJsonObject{{"object", "list"},
                        {"data", data},
                        {"model", body.value("model")},
                        {"usage", QJsonObject{{"prompt_tokens", 10}, {"total_tokens", 10}}}}));
    }
    const QString prompt = lastUserMessage(body);
    QString content;
    static const QRegularExpression subtopicsOf(QStringLiteral("subtopics of \"([^\"]+)\""));
    const QRegularExpressionMatch topic = subtopicsOf.match(prompt);
    static const QHash<QString, QStringList> subtopics{
        {"Cooking", {"Baking bread", "Grilling meat"}},
        {"Baking bread", {"Sourdough starters", "Rye loaves"}},
        {"Grilling meat", {"Charcoal briquettes", "Marinated skewers"}}};
    if (topic.hasMatch()) {
        content = QString::fromUtf8(
            compact(QJsonArray::fromStringList(subtopics.value(topic.captured(1)))));
    } else if (prompt.startsWith("Write a question about ")) {
        const QString subject = prompt.mid(23).trimmed();
        const QString final = subject == "Marinated skewers" ? "41" : "42";
        content = QString::fromUtf8(compact(QJsonObject{
            {"question", QStringLiteral("%1: which tools? Mail chef@example.com").arg(subject)},
            {"answer", "Do it step by step. #### " + final},
            {"reference", "42"}}));
    } else if (prompt.contains("\n\nInstruction:\n")) {
        content = prompt.section("\n\nInstruction:\n", 1) + " Explain why.";
    } else if (prompt.contains("Paraphrase the text below")) {
        content = "In other words: " + prompt.section("\n\nText:\n", 1);
    } else {
        content = "Unexpected prompt: " + prompt;
    }
    return streamed(openAiStream({content}));
}

QJsonObject stageJson(const QString &id, const QString &type, const QString &name,
                      const QJsonObject &settings)
{
    return {{"id", id},
            {"type", type},
            {"name", name},
            {"position", QJsonArray{0, 0}},
            {"settings", settings}};
}

QJsonObject edge(const QString &from, const QString &to, const QString &port = "in")
{
    return {{"from", from}, {"to", to}, {"port", port}};
}

QString uuid(int n)
{
    return QStringLiteral("00000000-0000-0000-0000-%1").arg(n, 12, 10, QLatin1Char('0'));
}

struct Result
{
    int exitCode = -1;
    QString out;
    QString err;
};

} // namespace

class TestCliStages : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void everyStageEndToEnd();

private:
    Result run(const QStringList &arguments, int timeoutMs = 120000);
    qint64 count(const QString &project, const QString &sql);
    QString writeProject(const QString &folder);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<QTemporaryDir> m_home;
};

void TestCliStages::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_home = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid() && m_home->isValid());
}

Result TestCliStages::run(const QStringList &arguments, int timeoutMs)
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const char *name : {"DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM",
                             "DBUS_SESSION_BUS_ADDRESS", "QT_LOGGING_RULES"})
        env.remove(QString::fromLatin1(name));
    env.insert("HOME", m_home->path());
    env.insert("XDG_CONFIG_HOME", m_home->filePath("config"));
    env.insert("XDG_DATA_HOME", m_home->filePath("data"));
    env.insert("XDG_CACHE_HOME", m_home->filePath("cache"));
    env.insert("XDG_RUNTIME_DIR", m_home->filePath("runtime"));
    env.insert("LC_ALL", "C.UTF-8");
    env.insert("SEEDBED_STAGES_KEY", "sk-test");
    process.setProcessEnvironment(env);
    process.setWorkingDirectory(m_dir->path());
    process.start(binary, arguments);
    Result result;
    if (!process.waitForStarted(10000) || !process.waitForFinished(timeoutMs)) {
        process.kill();
        process.waitForFinished();
        return result;
    }
    result.out = QString::fromUtf8(process.readAllStandardOutput());
    result.err = QString::fromUtf8(process.readAllStandardError());
    if (process.exitStatus() == QProcess::NormalExit)
        result.exitCode = process.exitCode();
    return result;
}

qint64 TestCliStages::count(const QString &project, const QString &sql)
{
    const QString name = QUuid::createUuid().toString();
    qint64 value = -1;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(project + "/data.sqlite");
        if (db.open()) {
            QSqlQuery query(sql, db);
            if (query.next())
                value = query.value(0).toLongLong();
        }
    }
    QSqlDatabase::removeDatabase(name);
    return value;
}

QString TestCliStages::writeProject(const QString &folder)
{
    const QJsonObject llm{{"provider", "Loopback"}, {"model", "test-model"}, {"concurrency", 4}};
    const auto with = [&llm](QJsonObject settings) {
        for (auto it = llm.constBegin(); it != llm.constEnd(); ++it)
            settings.insert(it.key(), it.value());
        return settings;
    };
    QJsonArray stages{
        // Topics → questions → evolved → paraphrased → masked → verified → deduplicated →
        // split → sampled → exported.
        stageJson(uuid(1), "topic_tree", "Topics",
                  with({{"root", "Cooking"}, {"depth", 2}, {"branching", 2}})),
        stageJson(uuid(2), "generate", "Questions",
                  with({{"template", uuid(900)},
                        {"outputFormat", "json"},
                        {"outputFields", QJsonArray{"question", "answer", "reference"}},
                        {"samplesPerInput", 1}})),
        stageJson(uuid(3), "evolve", "Evolve",
                  with({{"field", "question"}, {"rounds", 2}, {"direction", "depth"}})),
        stageJson(uuid(4), "rewrite", "Paraphrase",
                  with({{"field", "question"}, {"mode", "synonyms"}, {"variants", 1}})),
        stageJson(uuid(5), "rule_filter", "Mask",
                  {{"field", "question"}, {"minChars", 1}, {"pii", "mask"}}),
        stageJson(
            uuid(6), "verify", "Verify",
            {{"method", "answer"}, {"answerField", "answer"}, {"referenceField", "reference"}}),
        stageJson(uuid(7), "dedup_minhash", "Near dups",
                  {{"fields", QJsonArray{"question"}},
                   {"threshold", 0.6},
                   {"unit", "words"},
                   {"shingle", 3},
                   {"keep", "longest"}}),
        stageJson(uuid(8), "split", "Split",
                  {{"train", 0.67}, {"validation", 0.33}, {"test", 0.0}, {"seed", 3}}),
        stageJson(uuid(9), "sample", "Sample", {{"count", 2}, {"strategy", "random"}, {"seed", 1}}),
        stageJson(
            uuid(10), "export", "Export questions",
            {{"format", "jsonl"}, {"path", "export/questions.jsonl"}, {"include", "everything"}}),
        // Attribute combinations mixed with real rows.
        stageJson(
            uuid(20), "attribute_grid", "Attributes",
            {{"attributes", QJsonArray{QJsonObject{{"name", "tone"}, {"values", "formal|casual"}},
                                       QJsonObject{{"name", "level"}, {"values", "easy|hard"}}}},
             {"combinations", "all"}}),
        stageJson(uuid(21), "mix", "Mix",
                  {{"realFile", "real.jsonl"}, {"realShare", 0.5}, {"seed", 2}}),
        stageJson(uuid(22), "export", "Export mix",
                  {{"format", "jsonl"}, {"path", "export/mix.jsonl"}, {"include", "everything"}}),
        // Facts, decontaminated against an evaluation file, then semantic dedup.
        stageJson(uuid(30), "fact_list", "Facts",
                  {{"facts", QJsonArray{"Water boils at 100 C.",
                                        "Water boils at 100 degrees C at sea level.",
                                        "The moon orbits the earth."}}}),
        stageJson(uuid(31), "dedup_exact", "Decontaminate",
                  {{"fields", QJsonArray{"fact"}}, {"referenceFile", "eval.jsonl"}}),
        stageJson(uuid(32), "dedup_embedding", "Semantic dups",
                  with({{"fields", QJsonArray{"fact"}}, {"threshold", 0.92}, {"keep", "longest"}})),
        stageJson(uuid(33), "export", "Export facts",
                  {{"format", "jsonl"}, {"path", "export/facts.jsonl"}, {"include", "everything"}}),
    };
    QJsonArray edges;
    for (int i = 1; i < 10; ++i)
        edges.append(edge(uuid(i), uuid(i + 1)));
    edges.append(edge(uuid(20), uuid(21), "synthetic"));
    edges.append(edge(uuid(21), uuid(22)));
    edges.append(edge(uuid(30), uuid(31)));
    edges.append(edge(uuid(31), uuid(32)));
    edges.append(edge(uuid(32), uuid(33)));
    const QJsonObject project{
        {"format", "seedbed-project"},
        {"version", 1},
        {"name", "Every stage"},
        {"stages", stages},
        {"edges", edges},
        {"templates", QJsonArray{QJsonObject{{"id", uuid(900)},
                                             {"name", "Questions"},
                                             {"system", ""},
                                             {"user", "Write a question about {{ topic }}"}}}}};
    QDir().mkpath(folder);
    QFile file(folder + "/project.seedbed");
    if (!file.open(QIODevice::WriteOnly))
        return {};
    file.write(QJsonDocument(project).toJson());
    file.close();
    QFile real(folder + "/real.jsonl");
    if (!real.open(QIODevice::WriteOnly))
        return {};
    for (int i = 0; i < 4; ++i)
        real.write(compact(QJsonObject{{"tone", "real"}, {"level", QString::number(i)}}) + "\n");
    real.close();
    QFile eval(folder + "/eval.jsonl");
    if (!eval.open(QIODevice::WriteOnly))
        return {};
    eval.write(R"({"fact": "The moon orbits the earth."})"
               "\n");
    return folder;
}

void TestCliStages::everyStageEndToEnd()
{
    std::atomic<int> embeddingCalls{0};
    LoopbackServer server(
        [&embeddingCalls](const ReceivedRequest &r) { return answer(r, &embeddingCalls); });
    const QString project = writeProject(m_dir->filePath("stages"));
    QVERIFY(!project.isEmpty());
    Result result = run({"providers", "add", "Loopback", "--kind", "openai", "--base-url",
                         QStringLiteral("http://127.0.0.1:%1/v1").arg(server.port()), "--key-env",
                         "SEEDBED_STAGES_KEY"});
    QVERIFY2(result.exitCode == 0, qPrintable(result.err));

    result = run({"run", project, "--json"});
    QVERIFY2(result.exitCode == 0, qPrintable(result.err + result.out));
    const QJsonObject summary = QJsonDocument::fromJson(result.out.toUtf8()).object();
    QCOMPARE(summary.value("state").toString(), QString("completed"));
    QMap<QString, QJsonObject> stages;
    for (const QJsonValue &v : summary.value("stages").toArray())
        stages.insert(v.toObject().value("name").toString(), v.toObject());
    const auto ok = [&stages](const char *name) { return stages.value(name).value("ok").toInt(); };
    const auto filtered = [&stages](const char *name) {
        return stages.value(name).value("filtered").toInt();
    };
    const auto duplicate = [&stages](const char *name) {
        return stages.value(name).value("duplicate").toInt();
    };

    QCOMPARE(ok("Topics"), 4); // Cooking → 2 subtopics → 2 each
    QCOMPARE(ok("Questions"), 4);
    QCOMPARE(ok("Evolve"), 8); // two rounds each
    QCOMPARE(ok("Paraphrase"), 8);
    QCOMPARE(ok("Mask"), 8);
    QCOMPARE(ok("Verify"), 6);
    QCOMPARE(filtered("Verify"), 2); // "Marinated skewers" answers 41
    QCOMPARE(ok("Near dups"), 3);    // the longer round of each topic
    QCOMPARE(duplicate("Near dups"), 3);
    QCOMPARE(ok("Split"), 3);
    QCOMPARE(ok("Sample"), 2);
    QCOMPARE(filtered("Sample"), 1);
    QCOMPARE(ok("Attributes"), 4);
    QCOMPARE(ok("Mix"), 8); // 4 synthetic, 4 real: half real
    QCOMPARE(ok("Facts"), 3);
    QCOMPARE(ok("Decontaminate"), 2);
    QCOMPARE(duplicate("Decontaminate"), 1);
    QCOMPARE(ok("Semantic dups"), 1);
    QCOMPARE(duplicate("Semantic dups"), 1);
    QCOMPARE(embeddingCalls.load(), 1);
    // 3 topic expansions, 4 questions, 8 evolutions, 8 paraphrases, 1 embedding request.
    QCOMPARE(server.requestCount(), 24);

    // What reached the exports: masked, evolved, paraphrased, verified, kept and split.
    QFile questions(project + "/export/questions.jsonl");
    QVERIFY(questions.open(QIODevice::ReadOnly));
    const QList<QByteArray> lines = questions.readAll().trimmed().split('\n');
    QCOMPARE(lines.size(), 2);
    for (const QByteArray &line : lines) {
        const QJsonObject record = QJsonDocument::fromJson(line).object();
        const QString question = record.value("question").toString();
        QVERIFY2(question.startsWith("In other words: ") && question.contains(": which tools?"),
                 qPrintable(question));
        QVERIFY(question.contains("[EMAIL]"));
        QVERIFY(!question.contains("chef@example.com"));
        QVERIFY(question.endsWith("Explain why. Explain why."));
        QCOMPARE(record.value("evolution_round").toInt(), 2);
        QCOMPARE(record.value("verified").toBool(), true);
        QVERIFY(QStringList({"train", "validation"}).contains(record.value("split").toString()));
    }
    QFile mix(project + "/export/mix.jsonl");
    QVERIFY(mix.open(QIODevice::ReadOnly));
    const QByteArray mixed = mix.readAll();
    QCOMPARE(mixed.count("\"origin\":\"real\""), 4);
    QCOMPARE(mixed.count("\"origin\":\"synthetic\""), 4);
    QFile facts(project + "/export/facts.jsonl");
    QVERIFY(facts.open(QIODevice::ReadOnly));
    const QByteArray kept = facts.readAll();
    QVERIFY2(kept.contains("degrees") && !kept.contains("moon"), kept.constData());
    QCOMPARE(count(project, "SELECT count(*) FROM records WHERE json_extract(meta, "
                            "'$.contaminated') = 1"),
             1);

    // Running again asks nothing: the tree comes from the cache, batch stages stand.
    result = run({"run", project, "--json"});
    QVERIFY2(result.exitCode == 0, qPrintable(result.err));
    QCOMPARE(server.requestCount(), 24);
    QCOMPARE(embeddingCalls.load(), 1);
}

QTEST_GUILESS_MAIN(TestCliStages)
#include "tst_clistages.moc"
