// The export engine: every format's exact bytes on a small store built here, neutralised CSV
// cells, the BOM, preference pairs, the Hugging Face folder and its card, filters, splits,
// <think> blocks, cancel and failed writes that leave the previous file, and path rejection.

#include "models/export/exporter.h"
#include "models/export/exporttarget.h"
#include "models/projectformat.h"
#include "models/projectstore.h"
#include "models/stageregistry.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>

#include <sys/resource.h>

using namespace Seedbed;
using namespace Seedbed::Export;

namespace {

const QString stageId = QStringLiteral("11111111-1111-1111-1111-111111111111");
const QString bulkId = QStringLiteral("22222222-2222-2222-2222-222222222222");
const QString judgeId = QStringLiteral("33333333-3333-3333-3333-333333333333");
const QString dedupId = QStringLiteral("44444444-4444-4444-4444-444444444444");

// The stored fields of the five records, as the runner writes them (compact JSON).
// (Plain literals: moc misreads a raw string that holds a backslash before a quote.)
const QByteArray r1 =
    "{\"question\":\"What is 2+2?\",\"answer\":\"4\",\"n\":3,\"split\":\"train\"}";
const QByteArray r2 = "{\"question\":\"=1+2\",\"answer\":\"-1, or \\\"minus\\\"\\nsecond "
                      "line\",\"n\":-2.5,\"split\":\"test\"}";
const QByteArray r3 =
    "{\"question\":\"你好\",\"answer\":\"@home\",\"n\":1e3,\"split\":\"train\",\"extra\":[1,2]}";
const QByteArray r4 = "{\"question\":\"Q4\",\"answer\":\"A4\",\"split\":\"train\"}";
const QByteArray r5 = "{\"question\":\"Q5\",\"answer\":\"A5\",\"split\":\"validation\"}";

QByteArray readAll(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return "<missing>";
    return file.readAll();
}

// Every file under \a dir, relative, sorted (hidden ones too).
QStringList filesIn(const QString &dir)
{
    QStringList out;
    QDirIterator it(dir, QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot,
                    QDirIterator::Subdirectories);
    while (it.hasNext())
        out << QDir(dir).relativeFilePath(it.next());
    out.sort();
    return out;
}

} // namespace

class tst_Exporter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();

    void jsonl();
    void jsonArray();
    void csv();
    void tsv();
    void bom();
    void alpaca();
    void shareGpt();
    void openAiChat();
    void templatesAndColumns();
    void history();
    void thinkBlocks();
    void preferencePairs();
    void preferenceByNamedJudge();
    void filters_data();
    void filters();
    void splitFromField();
    void splitByRatio();
    void huggingFaceFolder();
    void huggingFaceRefusesForeignFolder();
    void preview();
    void helpers();
    void progressAndCancel();
    void cancelLeavesPreviousFile();
    void cancelLeavesPreviousFolder();
    void failedWriteLeavesPreviousFile();
    void pathRejection_data();
    void pathRejection();
    void optionsRoundTrip();
    void stageSettingsLoad();

private:
    ExportOptions options(ExportFormat format) const;
    QByteArray exportBytes(const ExportOptions &o, QString *error = nullptr);

    QTemporaryDir m_dir;
    ProjectStore m_store;
    QString m_out;
};

void tst_Exporter::initTestCase()
{
    QVERIFY(m_dir.isValid());
    ProjectError error;
    QVERIFY2(m_store.create(m_dir.filePath(QStringLiteral("data.sqlite")), &error),
             qPrintable(error.message));
    QSqlQuery q(m_store.database());
    QVERIFY(q.prepare(QStringLiteral(
        "INSERT INTO records (id, stage_id, fields, status, review_state, scores, score, tags, "
        "meta, parent_id, item_key) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")));
    struct Row
    {
        int id;
        QByteArray fields;
        const char *status;
        const char *review;
        const char *scores;
        QVariant score;
        const char *tags;
        const char *meta;
        QVariant parent;
    };
    const QList<Row> rows = {
        {1, r1, "ok", "accepted", R"({"Judge":9,"Style":2})", 9.0, R"(["math"])",
         R"({"reasoning":"Add them.","model":"test-model","template":"Gen","promptVersion":2})",
         100},
        {2, r2, "ok", "rejected", R"({"Judge":3,"Style":7})", 3.0, "[]",
         R"({"model":"test-model","template":"Gen","promptVersion":2})", 100},
        {3, r3, "ok", "unreviewed", R"({"Judge":6})", 6.0, R"(["greet","math"])", "{}", 101},
        {4, r4, "filtered", "unreviewed", "{}", QVariant(), "[]", "{}", 102},
        {5, r5, "ok", "edited", R"({"Judge":8})", 8.0, "[]", "{}", 101},
    };
    for (const Row &row : rows) {
        q.addBindValue(row.id);
        q.addBindValue(stageId);
        q.addBindValue(QString::fromUtf8(row.fields));
        q.addBindValue(QString::fromLatin1(row.status));
        q.addBindValue(QString::fromLatin1(row.review));
        q.addBindValue(QString::fromLatin1(row.scores));
        q.addBindValue(row.score);
        q.addBindValue(QString::fromUtf8(row.tags));
        q.addBindValue(QString::fromLatin1(row.meta));
        q.addBindValue(row.parent);
        q.addBindValue(QStringLiteral("k%1").arg(row.id));
        QVERIFY2(q.exec(), qPrintable(q.lastError().text()));
    }
    // A larger stage for splits, progress and cancel: 10 000 records.
    QVERIFY2(
        q.exec(
            QStringLiteral(
                "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 10000) "
                "INSERT INTO records (id, stage_id, fields, item_key) SELECT 1000 + i, '%1', "
                "json_object('question', 'q' || i, 'answer', 'a' || i), 'b' || i FROM n")
                .arg(bulkId)),
        qPrintable(q.lastError().text()));

    // The project file, for the dataset card.
    ProjectData project;
    project.name = QStringLiteral("Card test");
    project.stages = {
        {QUuid::fromString(stageId), QStringLiteral("generate"), QStringLiteral("Answers"), {}, {}},
        {QUuid::fromString(judgeId), QStringLiteral("judge"), QStringLiteral("Judge"), {}, {}},
        {QUuid::fromString(dedupId),
         QStringLiteral("dedup_minhash"),
         QStringLiteral("Near duplicates"),
         {},
         {{QStringLiteral("threshold"), 0.85}}},
    };
    QFile file(m_dir.filePath(QStringLiteral("project.seedbed")));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(ProjectFormat::serialize(project));
    file.close();
    m_out = m_dir.filePath(QStringLiteral("out"));
    QVERIFY(QDir().mkpath(m_out));
}

ExportOptions tst_Exporter::options(ExportFormat format) const
{
    ExportOptions o;
    o.stageIds = {stageId};
    o.format = format;
    return o;
}

QByteArray tst_Exporter::exportBytes(const ExportOptions &o, QString *error)
{
    Exporter exporter(o);
    const QString name = QStringLiteral("dataset.") + ExportOptions::fileExtension(o.format);
    const ExportResult result = exporter.run(m_store.database(), m_out, name);
    if (error)
        *error = result.error;
    if (!result.ok)
        return "<failed: " + result.error.toUtf8() + ">";
    return readAll(QDir(m_out).filePath(name));
}

void tst_Exporter::jsonl()
{
    // The stored fields as they are, one per line; the filtered record is left out.
    QCOMPARE(exportBytes(options(ExportFormat::Jsonl)),
             r1 + '\n' + r2 + '\n' + r3 + '\n' + r5 + '\n');
}

void tst_Exporter::jsonArray()
{
    const QByteArray bytes = exportBytes(options(ExportFormat::Json));
    QCOMPARE(bytes, "[\n" + r1 + ",\n" + r2 + ",\n" + r3 + ",\n" + r5 + "\n]\n");
    QJsonParseError error;
    QCOMPARE(QJsonDocument::fromJson(bytes, &error).array().size(), 4);
    QCOMPARE(error.error, QJsonParseError::NoError);

    ExportOptions none = options(ExportFormat::Json);
    none.filters.tags = {QStringLiteral("no such tag")};
    QCOMPARE(exportBytes(none), QByteArray("[]\n"));
}

void tst_Exporter::csv()
{
    // Columns in first-seen order; text cells that start like a formula get a leading quote,
    // numbers (-2.5) stay as they are; quotes doubled, cells with , " or a line break quoted.
    const QByteArray expected = "question,answer,n,split,extra\r\n"
                                "What is 2+2?,4,3,train,\r\n"
                                "'=1+2,\"'-1, or \"\"minus\"\"\nsecond line\",-2.5,test,\r\n"
                                "你好,'@home,1e3,train,\"[1,2]\"\r\n"
                                "Q5,A5,,validation,\r\n";
    QCOMPARE(exportBytes(options(ExportFormat::Csv)), expected);
}

void tst_Exporter::tsv()
{
    const QByteArray expected = "question\tanswer\tn\tsplit\textra\r\n"
                                "What is 2+2?\t4\t3\ttrain\t\r\n"
                                "'=1+2\t\"'-1, or \"\"minus\"\"\nsecond line\"\t-2.5\ttest\t\r\n"
                                "你好\t'@home\t1e3\ttrain\t[1,2]\r\n"
                                "Q5\tA5\t\tvalidation\t\r\n";
    QCOMPARE(exportBytes(options(ExportFormat::Tsv)), expected);
}

void tst_Exporter::bom()
{
    ExportOptions o = options(ExportFormat::Csv);
    o.bom = true;
    const QByteArray bytes = exportBytes(o);
    QVERIFY(bytes.startsWith("\xEF\xBB\xBFquestion,answer"));
    o.bom = false;
    QVERIFY(exportBytes(o).startsWith("question,answer"));
    // Never in JSON, where it would break parsers.
    ExportOptions json = options(ExportFormat::Jsonl);
    json.bom = true;
    QVERIFY(exportBytes(json).startsWith("{\"question\""));
}

void tst_Exporter::alpaca()
{
    ExportOptions o = options(ExportFormat::Alpaca);
    o.filters.review = ExportFilters::Review::Accepted;
    QCOMPARE(exportBytes(o), QByteArray(R"({"instruction":"What is 2+2?","input":"","output":"4"})"
                                        "\n"
                                        R"({"instruction":"Q5","input":"","output":"A5"})"
                                        "\n"));
    o.mapping.system.templateText = QStringLiteral("Be brief.");
    o.mapping.input.field = QStringLiteral("split");
    QCOMPARE(exportBytes(o).split('\n').first(),
             QByteArray(R"({"instruction":"What is 2+2?","input":"train","output":"4",)"
                        R"("system":"Be brief."})"));
}

void tst_Exporter::shareGpt()
{
    ExportOptions o = options(ExportFormat::ShareGpt);
    o.mapping.system.templateText = QStringLiteral("Be brief.");
    const QList<QByteArray> lines = exportBytes(o).split('\n');
    QCOMPARE(lines.size(), 5);
    QCOMPARE(lines.at(0), QByteArray(R"({"conversations":[{"from":"system","value":"Be brief."},)"
                                     R"({"from":"human","value":"What is 2+2?"},)"
                                     R"({"from":"gpt","value":"4"}]})"));
    // Escapes survive: the quote and the line break of record 2.
    QCOMPARE(lines.at(1),
             QByteArray(R"({"conversations":[{"from":"system","value":"Be brief."},)"
                        R"({"from":"human","value":"=1+2"},)"
                        R"({"from":"gpt","value":"-1, or \"minus\"\nsecond line"}]})"));
}

void tst_Exporter::openAiChat()
{
    ExportOptions o = options(ExportFormat::OpenAiChat);
    const QList<QByteArray> lines = exportBytes(o).split('\n');
    QCOMPARE(lines.at(0), QByteArray(R"({"messages":[{"role":"user","content":"What is 2+2?"},)"
                                     R"({"role":"assistant","content":"4"}]})"));
    QCOMPARE(lines.at(2), QByteArray(R"({"messages":[{"role":"user","content":"你好"},)"
                                     R"({"role":"assistant","content":"@home"}]})"));
    // The system message from a record field.
    o.mapping.system.field = QStringLiteral("split");
    QVERIFY(exportBytes(o).startsWith(R"({"messages":[{"role":"system","content":"train"},)"));
}

void tst_Exporter::templatesAndColumns()
{
    ExportOptions o = options(ExportFormat::OpenAiChat);
    o.mapping.prompt.templateText = QStringLiteral("Q: {{ question }} ({{ n }})");
    QVERIFY(exportBytes(o).startsWith(
        R"x({"messages":[{"role":"user","content":"Q: What is 2+2? (3)"},)x"));

    // Raw formats: chosen columns, renamed, one from a template; a missing field is null.
    ExportOptions raw = options(ExportFormat::Jsonl);
    raw.mapping.columns = {
        {QStringLiteral("q"), {QStringLiteral("question"), {}}},
        {QStringLiteral("num"), {QStringLiteral("n"), {}}},
        {QStringLiteral("both"), {{}, QStringLiteral("{{ question }}={{ answer }}")}},
        {QStringLiteral("list"), {QStringLiteral("extra"), {}}}};
    const QList<QByteArray> lines = exportBytes(raw).split('\n');
    QCOMPARE(lines.at(0), QByteArray(R"({"q":"What is 2+2?","num":3,"both":"What is 2+2?=4",)"
                                     R"("list":null})"));
    QCOMPARE(lines.at(2), QByteArray(R"({"q":"你好","num":1e3,"both":"你好=@home","list":[1,2]})"));

    ExportOptions csv = options(ExportFormat::Csv);
    csv.mapping.columns = raw.mapping.columns.mid(0, 2);
    QCOMPARE(exportBytes(csv).split('\n').mid(0, 2),
             (QList<QByteArray>{"q,num\r", "What is 2+2?,3\r"}));

    // A template that does not parse is refused before anything is written.
    ExportOptions broken = options(ExportFormat::Alpaca);
    broken.mapping.prompt.templateText = QStringLiteral("{{ question ");
    QString error;
    QVERIFY(exportBytes(broken, &error).startsWith("<failed"));
    QVERIFY2(error.contains(QStringLiteral("template")), qPrintable(error));
}

void tst_Exporter::history()
{
    // A conversation kept in a field: earlier turns come before the prompt.
    QSqlQuery q(m_store.database());
    const QString chatStage = QStringLiteral("55555555-5555-5555-5555-555555555555");
    QVERIFY(q.exec(
        QStringLiteral(
            "INSERT INTO records (stage_id, fields, item_key) VALUES ('%1', "
            "'{\"question\":\"And 3+3?\",\"answer\":\"6\",\"turns\":[[\"2+2?\",\"4\"]]}', 'h1')")
            .arg(chatStage)));
    ExportOptions o = options(ExportFormat::OpenAiChat);
    o.stageIds = {chatStage};
    o.mapping.history.field = QStringLiteral("turns");
    QCOMPARE(exportBytes(o), QByteArray(R"({"messages":[{"role":"user","content":"2+2?"},)"
                                        R"({"role":"assistant","content":"4"},)"
                                        R"({"role":"user","content":"And 3+3?"},)"
                                        R"({"role":"assistant","content":"6"}]})"
                                        "\n"));
    o.format = ExportFormat::Alpaca;
    QCOMPARE(exportBytes(o), QByteArray(R"({"instruction":"And 3+3?","input":"","output":"6",)"
                                        R"("history":[["2+2?","4"]]})"
                                        "\n"));
}

void tst_Exporter::thinkBlocks()
{
    ExportOptions o = options(ExportFormat::OpenAiChat);
    o.includeReasoning = true;
    const QList<QByteArray> lines = exportBytes(o).split('\n');
    QCOMPARE(lines.at(0),
             QByteArray(R"({"messages":[{"role":"user","content":"What is 2+2?"},)"
                        R"({"role":"assistant","content":"<think>\nAdd them.\n</think>\n\n4"}]})"));
    // No reasoning stored: no empty block.
    QCOMPARE(lines.at(1).contains("<think>"), false);
    // Off: never.
    o.includeReasoning = false;
    QVERIFY(!exportBytes(o).contains("<think>"));
    // Raw formats get a reasoning field.
    ExportOptions raw = options(ExportFormat::Jsonl);
    raw.includeReasoning = true;
    QCOMPARE(exportBytes(raw).split('\n').first(),
             QByteArray(R"({"question":"What is 2+2?","answer":"4","n":3,"split":"train",)"
                        R"("reasoning":"Add them."})"));
}

void tst_Exporter::preferencePairs()
{
    // Parent 100: record 1 (9) beats record 2 (3); parent 101: record 5 (8) beats record 3 (6);
    // parent 102 has one unscored record: no pair.
    const QByteArray bytes = exportBytes(options(ExportFormat::Preference));
    QCOMPARE(bytes, QByteArray(R"({"prompt":"What is 2+2?","chosen":"4",)"
                               R"("rejected":"-1, or \"minus\"\nsecond line"})"
                               "\n"
                               R"({"prompt":"Q5","chosen":"A5","rejected":"@home"})"
                               "\n"));
    // Filters apply before pairing: without the rejected record, parent 100 has one sample.
    ExportOptions o = options(ExportFormat::Preference);
    o.filters.review = ExportFilters::Review::NotRejected;
    QCOMPARE(exportBytes(o), QByteArray(R"({"prompt":"Q5","chosen":"A5","rejected":"@home"})"
                                        "\n"));
}

void tst_Exporter::preferenceByNamedJudge()
{
    // By the "Style" judge, record 2 (7) beats record 1 (2).
    ExportOptions o = options(ExportFormat::Preference);
    o.preferenceJudge = QStringLiteral("Style");
    QCOMPARE(exportBytes(o), QByteArray(R"({"prompt":"=1+2",)"
                                        R"("chosen":"-1, or \"minus\"\nsecond line",)"
                                        R"("rejected":"4"})"
                                        "\n"));
}

void tst_Exporter::filters_data()
{
    QTest::addColumn<QVariantMap>("settings");
    QTest::addColumn<QStringList>("questions");
    const QString q1 = QStringLiteral("What is 2+2?");
    const QString q2 = QStringLiteral("=1+2");
    const QString q3 = QStringLiteral("你好");
    const QString q5 = QStringLiteral("Q5");
    QTest::newRow("default: ok") << QVariantMap() << QStringList{q1, q2, q3, q5};
    QTest::newRow("accepted") << QVariantMap{{"include", "accepted"}} << QStringList{q1, q5};
    QTest::newRow("not rejected") << QVariantMap{{"include", "not-rejected"}}
                                  << QStringList{q1, q3, q5};
    QTest::newRow("judge score") << QVariantMap{{"minScores", "Judge=6"}}
                                 << QStringList{q1, q3, q5};
    QTest::newRow("primary score") << QVariantMap{{"minScores", "8"}} << QStringList{q1, q5};
    QTest::newRow("two judges") << QVariantMap{{"minScores", "Judge=3, Style=5"}}
                                << QStringList{q2};
    QTest::newRow("tag") << QVariantMap{{"tags", "greet"}} << QStringList{q3};
    QTest::newRow("tags") << QVariantMap{{"tags", QStringList{"math", "greet"}}}
                          << QStringList{q1, q3};
    QTest::newRow("every status") << QVariantMap{{"statuses", QStringList()}}
                                  << QStringList{q1, q2, q3, QStringLiteral("Q4"), q5};
    QTest::newRow("filtered only")
        << QVariantMap{{"statuses", "filtered"}} << QStringList{QStringLiteral("Q4")};
}

void tst_Exporter::filters()
{
    QFETCH(QVariantMap, settings);
    QFETCH(QStringList, questions);
    settings.insert(QStringLiteral("stages"), QStringList{stageId});
    settings.insert(QStringLiteral("format"), QStringLiteral("jsonl"));
    const ExportOptions o = ExportOptions::fromMap(settings);
    QStringList got;
    const QByteArray bytes = exportBytes(o);
    for (const QByteArray &line : bytes.split('\n')) {
        if (!line.isEmpty())
            got << QJsonDocument::fromJson(line)
                       .object()
                       .value(QStringLiteral("question"))
                       .toString();
    }
    QCOMPARE(got, questions);
}

void tst_Exporter::splitFromField()
{
    ExportOptions o = options(ExportFormat::Jsonl);
    o.split.mode = ExportSplit::Mode::FromField;
    o.split.only = QStringLiteral("train");
    QCOMPARE(exportBytes(o), r1 + '\n' + r3 + '\n');
    o.split.only = QStringLiteral("validation");
    QCOMPARE(exportBytes(o), r5 + '\n');
    Exporter exporter(o);
    const ExportResult result = exporter.run(m_store.database(), m_out, QStringLiteral("v.jsonl"));
    QVERIFY(result.ok);
    QCOMPARE(result.written, 1);
    QCOMPARE(result.perSplit.value(QStringLiteral("validation")), 1);
}

void tst_Exporter::splitByRatio()
{
    ExportOptions o = options(ExportFormat::HuggingFace);
    o.stageIds = {bulkId};
    o.recordFormat = ExportFormat::Jsonl;
    o.split.mode = ExportSplit::Mode::Ratio;
    o.split.seed = 7;
    Exporter exporter(o);
    const ExportResult result = exporter.run(m_store.database(), m_out, QStringLiteral("ratio"));
    QVERIFY2(result.ok, qPrintable(result.error));
    const qint64 train = result.perSplit.value(QStringLiteral("train"));
    const qint64 validation = result.perSplit.value(QStringLiteral("validation"));
    const qint64 test = result.perSplit.value(QStringLiteral("test"));
    QCOMPARE(train + validation + test, 10000);
    // 80/10/10 of 10 000 by a fixed hash: well within a few hundred of the share.
    QVERIFY2(train > 7600 && train < 8400, qPrintable(QString::number(train)));
    QVERIFY(validation > 800 && validation < 1200);
    QVERIFY(test > 800 && test < 1200);
    // Seeded: the same seed gives the same split, another seed another one.
    const QByteArray first = readAll(QDir(m_out).filePath(QStringLiteral("ratio/test.jsonl")));
    QVERIFY(Exporter(o).run(m_store.database(), m_out, QStringLiteral("ratio")).ok);
    QCOMPARE(readAll(QDir(m_out).filePath(QStringLiteral("ratio/test.jsonl"))), first);
    o.split.seed = 8;
    QVERIFY(Exporter(o).run(m_store.database(), m_out, QStringLiteral("ratio")).ok);
    QVERIFY(readAll(QDir(m_out).filePath(QStringLiteral("ratio/test.jsonl"))) != first);
    // A single-file export of one split writes exactly those records.
    ExportOptions one = o;
    one.format = ExportFormat::Jsonl;
    one.split.only = QStringLiteral("test");
    const ExportResult only =
        Exporter(one).run(m_store.database(), m_out, QStringLiteral("t.jsonl"));
    QVERIFY(only.ok);
    QCOMPARE(readAll(QDir(m_out).filePath(QStringLiteral("t.jsonl"))),
             readAll(QDir(m_out).filePath(QStringLiteral("ratio/test.jsonl"))));
}

void tst_Exporter::huggingFaceFolder()
{
    ExportOptions o = options(ExportFormat::HuggingFace);
    o.recordFormat = ExportFormat::Alpaca;
    o.split.mode = ExportSplit::Mode::FromField;
    o.card.license = QStringLiteral("mit");
    o.card.description = QStringLiteral("Arithmetic and greetings.");
    o.filters.minScores = {{QStringLiteral("Judge"), 3}};
    Exporter exporter(o);
    exporter.setProjectFile(m_dir.filePath(QStringLiteral("project.seedbed")));
    const ExportResult result = exporter.run(m_store.database(), m_out, QStringLiteral("hf"));
    QVERIFY2(result.ok, qPrintable(result.error));
    const QString folder = QDir(m_out).filePath(QStringLiteral("hf"));
    QCOMPARE(filesIn(folder),
             (QStringList{"README.md", "test.jsonl", "train.jsonl", "validation.jsonl"}));
    QCOMPARE(readAll(folder + QStringLiteral("/train.jsonl")),
             QByteArray(R"({"instruction":"What is 2+2?","input":"","output":"4"})"
                        "\n"
                        R"({"instruction":"你好","input":"","output":"@home"})"
                        "\n"));
    QCOMPARE(readAll(folder + QStringLiteral("/validation.jsonl")),
             QByteArray(R"({"instruction":"Q5","input":"","output":"A5"})"
                        "\n"));
    QCOMPARE(result.perSplit.value(QStringLiteral("test")), 1);
    QCOMPARE(result.files.size(), 4);
    qint64 bytes = 0;
    for (const QString &file : result.files)
        bytes += QFileInfo(file).size();
    QCOMPARE(result.bytes, bytes);

    const QString card = QString::fromUtf8(readAll(folder + QStringLiteral("/README.md")));
    QVERIFY2(card.startsWith(QStringLiteral("---\nlicense: \"mit\"\n")), qPrintable(card));
    for (const char *expected :
         {"pretty_name: \"Card test\"", "  - split: \"train\"\n    path: \"train.jsonl\"",
          "  - split: \"validation\"\n    path: \"validation.jsonl\"", "Arithmetic and greetings.",
          "| train | train.jsonl | 2 |", "| all | | 4 |", "| Answers | test-model | 2 |",
          "| Answers | Gen | 2 |", "Minimum score of Judge: 3", "Splits: from the field `split`",
          "**Near duplicates** (dedup_minhash): threshold=0.85", "| Answers | 4 | 1 | 0 | 0 |",
          "| Judge | 4 | 3 | 6.50 | 9 |", "| Style | 2 | 2 | 4.50 | 7 |",
          "| Judge | 3: 1, 6: 1, 8: 1, 9: 1 |", "Alpaca"}) {
        QVERIFY2(
            card.contains(QString::fromUtf8(expected)),
            qPrintable(
                QStringLiteral("missing “%1” in:\n%2").arg(QString::fromUtf8(expected), card)));
    }
    // Nothing left beside it.
    QCOMPARE(filesIn(m_out).filter(QStringLiteral(".export-")), QStringList());

    // Exporting again replaces the folder as a whole: a stale split goes.
    o.split.mode = ExportSplit::Mode::None;
    QVERIFY(Exporter(o).run(m_store.database(), m_out, QStringLiteral("hf")).ok);
    QCOMPARE(filesIn(folder), (QStringList{"README.md", "train.jsonl"}));
    QCOMPARE(readAll(folder + QStringLiteral("/train.jsonl")).count('\n'), 4);
    QCOMPARE(filesIn(m_out).filter(QStringLiteral(".old-")), QStringList());
}

void tst_Exporter::huggingFaceRefusesForeignFolder()
{
    // A folder that is not an earlier export is never replaced.
    const QString folder = QDir(m_out).filePath(QStringLiteral("mine"));
    QVERIFY(QDir().mkpath(folder + QStringLiteral("/notes")));
    ExportOptions o = options(ExportFormat::HuggingFace);
    const ExportResult result = Exporter(o).run(m_store.database(), m_out, QStringLiteral("mine"));
    QVERIFY(!result.ok);
    QVERIFY2(result.error.contains(QStringLiteral("not an earlier dataset export")),
             qPrintable(result.error));
    QVERIFY(QFileInfo(folder + QStringLiteral("/notes")).isDir());
}

void tst_Exporter::preview()
{
    ExportOptions o = options(ExportFormat::OpenAiChat);
    QByteArrayList lines;
    QString error;
    QVERIFY2(Exporter::preview(m_store.database(), o, 2, &lines, &error), qPrintable(error));
    const QList<QByteArray> full = exportBytes(o).split('\n');
    QCOMPARE(lines, full.mid(0, 2));

    // CSV: the header and the first rows.
    o.format = ExportFormat::Csv;
    o.bom = true;
    QVERIFY(Exporter::preview(m_store.database(), o, 1, &lines, &error));
    QCOMPARE(lines, (QByteArrayList{"question,answer,n,split,extra", "What is 2+2?,4,3,train,"}));

    // A mapping edit changes the preview.
    o.format = ExportFormat::Alpaca;
    o.mapping.prompt.templateText = QStringLiteral("Say: {{ question }}");
    QVERIFY(Exporter::preview(m_store.database(), o, 1, &lines, &error));
    QCOMPARE(lines,
             (QByteArrayList{R"({"instruction":"Say: What is 2+2?","input":"","output":"4"})"}));

    // Bad options: an error, no lines.
    o.stageIds.clear();
    QVERIFY(!Exporter::preview(m_store.database(), o, 1, &lines, &error));
    QVERIFY(!error.isEmpty());
}

void tst_Exporter::helpers()
{
    QCOMPARE(Exporter::fieldNames(m_store.database(), {stageId}),
             (QStringList{"question", "answer", "n", "split", "extra"}));
    QCOMPARE(Exporter::judgeNames(m_store.database(), {stageId}), (QStringList{"Judge", "Style"}));
    QCOMPARE(Exporter::tagNames(m_store.database(), {stageId}), (QStringList{"greet", "math"}));
    QVERIFY(Exporter::hasSplitField(m_store.database(), {stageId}));
    QVERIFY(!Exporter::hasSplitField(m_store.database(), {bulkId}));
    const FieldMapping guessed = ExportOptions::guessMapping(
        {QStringLiteral("Instruction"), QStringLiteral("output"), QStringLiteral("input")});
    QCOMPARE(guessed.prompt.field, QStringLiteral("Instruction"));
    QCOMPARE(guessed.response.field, QStringLiteral("output"));
    QCOMPARE(guessed.input.field, QStringLiteral("input"));
}

void tst_Exporter::progressAndCancel()
{
    ExportOptions o = options(ExportFormat::Jsonl);
    o.stageIds = {bulkId};
    QList<ExportProgress> seen;
    Exporter exporter(o);
    exporter.setProgressCallback([&seen](const ExportProgress &p) {
        seen.append(p);
        return true;
    });
    const ExportResult result = exporter.run(m_store.database(), m_out, QStringLiteral("p.jsonl"));
    QVERIFY(result.ok);
    QCOMPARE(result.written, 10000);
    QVERIFY(seen.size() >= 3);
    QCOMPARE(seen.first().expected, 10000);
    QCOMPARE(seen.last().written, 10000);
    QCOMPARE(seen.last().bytes, QFileInfo(QDir(m_out).filePath(QStringLiteral("p.jsonl"))).size());
    for (int i = 1; i < seen.size(); ++i)
        QVERIFY(seen.at(i).records >= seen.at(i - 1).records);
}

void tst_Exporter::cancelLeavesPreviousFile()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("keep.jsonl"));
    QFile previous(path);
    QVERIFY(previous.open(QIODevice::WriteOnly));
    previous.write("previous\n");
    previous.close();

    ExportOptions o = options(ExportFormat::Jsonl);
    o.stageIds = {bulkId};
    // Cancelled by the callback half-way through.
    {
        Exporter exporter(o);
        exporter.setProgressCallback([](const ExportProgress &p) { return p.records < 5000; });
        const ExportResult result = exporter.run(m_store.database(), dir.path(), "keep.jsonl");
        QVERIFY(!result.ok);
        QVERIFY(result.cancelled);
    }
    QCOMPARE(readAll(path), QByteArray("previous\n"));
    QCOMPARE(filesIn(dir.path()), QStringList{"keep.jsonl"});
    // Cancelled by the flag.
    {
        std::atomic<bool> stop{false};
        Exporter exporter(o);
        exporter.setCancelFlag(&stop);
        exporter.setProgressCallback([&stop](const ExportProgress &p) {
            if (p.records >= 4096)
                stop.store(true);
            return true;
        });
        const ExportResult result = exporter.run(m_store.database(), dir.path(), "keep.jsonl");
        QVERIFY(result.cancelled);
    }
    QCOMPARE(readAll(path), QByteArray("previous\n"));
    QCOMPARE(filesIn(dir.path()), QStringList{"keep.jsonl"});
}

void tst_Exporter::cancelLeavesPreviousFolder()
{
    QTemporaryDir dir;
    ExportOptions o = options(ExportFormat::HuggingFace);
    QVERIFY(Exporter(o).run(m_store.database(), dir.path(), QStringLiteral("hf")).ok);
    const QByteArray before = readAll(dir.filePath(QStringLiteral("hf/train.jsonl")));
    o.stageIds = {bulkId};
    Exporter exporter(o);
    exporter.setProgressCallback([](const ExportProgress &p) { return p.records < 5000; });
    const ExportResult result = exporter.run(m_store.database(), dir.path(), QStringLiteral("hf"));
    QVERIFY(result.cancelled);
    QCOMPARE(readAll(dir.filePath(QStringLiteral("hf/train.jsonl"))), before);
    QCOMPARE(filesIn(dir.path()), (QStringList{"hf", "hf/README.md", "hf/train.jsonl"}));
}

void tst_Exporter::failedWriteLeavesPreviousFile()
{
    QTemporaryDir dir;
    // A folder where the file should go: refused, the folder untouched.
    QVERIFY(QDir(dir.path()).mkpath(QStringLiteral("taken.jsonl/inside")));
    const ExportResult folder =
        Exporter(options(ExportFormat::Jsonl)).run(m_store.database(), dir.path(), "taken.jsonl");
    QVERIFY(!folder.ok);
    QVERIFY2(folder.error.contains(QStringLiteral("taken.jsonl")), qPrintable(folder.error));
    QVERIFY(QFileInfo(dir.filePath(QStringLiteral("taken.jsonl/inside"))).isDir());

    // A file where a folder of the name should go: the sub-folder cannot be made.
    QFile blocker(dir.filePath(QStringLiteral("sub")));
    QVERIFY(blocker.open(QIODevice::WriteOnly));
    blocker.close();
    const ExportResult sub = Exporter(options(ExportFormat::Jsonl))
                                 .run(m_store.database(), dir.path(), "sub/data.jsonl");
    QVERIFY(!sub.ok);
    QVERIFY2(sub.error.contains(QStringLiteral("sub")), qPrintable(sub.error));

    // A write that fails half-way (as on a full disk) while the previous file exists: it
    // stays as it was, and no temporary file is left. A file size limit makes the writes
    // fail with EFBIG past 64 KiB, as ENOSPC would.
    const QString path = dir.filePath(QStringLiteral("full.jsonl"));
    QFile previous(path);
    QVERIFY(previous.open(QIODevice::WriteOnly));
    previous.write("previous\n");
    previous.close();
    ExportResult full;
    {
        rlimit saved{};
        QCOMPARE(getrlimit(RLIMIT_FSIZE, &saved), 0);
        const auto oldHandler = std::signal(SIGXFSZ, SIG_IGN);
        rlimit small = saved;
        small.rlim_cur = 64 * 1024;
        QCOMPARE(setrlimit(RLIMIT_FSIZE, &small), 0);
        ExportOptions o = options(ExportFormat::Jsonl);
        o.stageIds = {bulkId}; // ~300 KB
        full = Exporter(o).run(m_store.database(), dir.path(), QStringLiteral("full.jsonl"));
        setrlimit(RLIMIT_FSIZE, &saved);
        std::signal(SIGXFSZ, oldHandler);
    }
    QVERIFY(!full.ok);
    QVERIFY(!full.cancelled);
    QVERIFY2(full.error.contains(QStringLiteral("full.jsonl")) &&
                 full.error.contains(QStringLiteral("unchanged")),
             qPrintable(full.error));
    QCOMPARE(filesIn(dir.path()),
             (QStringList{"full.jsonl", "sub", "taken.jsonl", "taken.jsonl/inside"}));
    QCOMPARE(readAll(path), QByteArray("previous\n"));
}

void tst_Exporter::pathRejection_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<bool>("accepted");
    QTest::newRow("plain") << "dataset.jsonl" << true;
    QTest::newRow("sub-folder") << "export/train.jsonl" << true;
    QTest::newRow("unicode") << "数据.jsonl" << true;
    QTest::newRow("empty") << "" << false;
    QTest::newRow("parent") << "../dataset.jsonl" << false;
    QTest::newRow("parent inside") << "export/../../dataset.jsonl" << false;
    QTest::newRow("backslash parent") << "..\\dataset.jsonl" << false;
    QTest::newRow("absolute") << "/tmp/dataset.jsonl" << false;
    QTest::newRow("drive") << "C:dataset.jsonl" << false;
    QTest::newRow("unc") << "\\\\server\\share\\x.jsonl" << false;
    QTest::newRow("CON") << "CON" << false;
    QTest::newRow("nul.txt") << "nul.txt" << false;
    QTest::newRow("Aux.jsonl") << "Aux.jsonl" << false;
    QTest::newRow("COM1") << "export/COM1.csv" << false;
    QTest::newRow("lpt9") << "lpt9" << false;
    QTest::newRow("console-ish") << "console.jsonl" << true;
    QTest::newRow("colon") << "a:b.jsonl" << false;
    QTest::newRow("star") << "a*.jsonl" << false;
    QTest::newRow("control") << "a\nb.jsonl" << false;
    QTest::newRow("trailing dot") << "data." << false;
    QTest::newRow("dot") << "." << false;
}

void tst_Exporter::pathRejection()
{
    QFETCH(QString, name);
    QFETCH(bool, accepted);
    QTemporaryDir dir;
    QString path;
    const QString error = ExportTarget::check(dir.path(), name, &path);
    QCOMPARE(error.isEmpty(), accepted);
    if (accepted) {
        QVERIFY(path.startsWith(dir.path() + QLatin1Char('/')));
        return;
    }
    // The exporter refuses it too, and writes nothing.
    const ExportResult result =
        Exporter(options(ExportFormat::Jsonl)).run(m_store.database(), dir.path(), name);
    QVERIFY(!result.ok);
    QCOMPARE(result.error, error);
    QCOMPARE(filesIn(dir.path()), QStringList());
}

void tst_Exporter::optionsRoundTrip()
{
    ExportOptions o = options(ExportFormat::HuggingFace);
    o.recordFormat = ExportFormat::ShareGpt;
    o.mapping.prompt = {{}, QStringLiteral("{{ a }}")};
    o.mapping.history.field = QStringLiteral("turns");
    o.mapping.columns = {{QStringLiteral("x"), {QStringLiteral("y"), {}}}};
    o.filters.review = ExportFilters::Review::Accepted;
    o.filters.statuses = {QStringLiteral("ok"), QStringLiteral("filtered")};
    o.filters.minScores = {{QStringLiteral("Judge"), 7.5}, {{}, 2}};
    o.filters.tags = {QStringLiteral("t")};
    o.split.mode = ExportSplit::Mode::Ratio;
    o.split.ratios = {{QStringLiteral("train"), 9}, {QStringLiteral("test"), 1}};
    o.split.seed = 42;
    o.split.only = QStringLiteral("train");
    o.includeReasoning = true;
    o.bom = true;
    o.preferenceJudge = QStringLiteral("Judge");
    o.card = {QStringLiteral("T"), QStringLiteral("D"), QStringLiteral("apache-2.0")};
    QCOMPARE(ExportOptions::fromMap(o.toMap()), o);
    QCOMPARE(ExportOptions::fromMap({}), ExportOptions());
    for (const ExportFormat format : ExportOptions::formats())
        QCOMPARE(ExportOptions::formatFromId(ExportOptions::formatId(format)), format);
    QVERIFY(!ExportOptions::formatFromId(QStringLiteral("xml")));
}

void tst_Exporter::stageSettingsLoad()
{
    // An export stage of an older project (only its first settings) loads with the defaults
    // for the rest.
    const QVariantMap old{{"format", "sharegpt"},  {"path", "export/x.jsonl"},
                          {"include", "accepted"}, {"promptField", "q"},
                          {"responseField", "a"},  {"systemPrompt", "Be kind."}};
    const ExportOptions o = ExportOptions::fromMap(old);
    QCOMPARE(o.format, ExportFormat::ShareGpt);
    QCOMPARE(o.filters.review, ExportFilters::Review::Accepted);
    QCOMPARE(o.mapping.prompt.field, QStringLiteral("q"));
    QCOMPARE(o.mapping.response.field, QStringLiteral("a"));
    QCOMPARE(o.mapping.system.templateText, QStringLiteral("Be kind."));
    QCOMPARE(o.filters.statuses, QStringList{"ok"});
    QCOMPARE(o.split.mode, ExportSplit::Mode::None);
    QVERIFY(!o.includeReasoning);
    // The stage type's defaults make valid options.
    const StageType *type = StageRegistry::instance().type(QStringLiteral("export"));
    QVERIFY(type);
    ExportOptions defaults = ExportOptions::fromMap(type->defaultSettings());
    defaults.stageIds = {stageId};
    QCOMPARE(defaults.problems(), QStringList());
}

QTEST_GUILESS_MAIN(tst_Exporter)
#include "tst_exporter.moc"
