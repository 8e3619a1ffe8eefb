// seedbed export end to end: the built binary on a project made by `seedbed new --example`,
// whose data file gets a few records here; every format, filters, splits, the dataset folder,
// usage errors and refused targets, with their exit codes.

#include "faultfixture.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

#include <memory>

using namespace Seedbed::Test;

namespace {

const QString generateStage = QStringLiteral("2f36391e-bcf4-49d5-9590-cc227a840cc8");
const QString dedupStage = QStringLiteral("1b1059e0-d5b5-47ea-90e8-2f453f069c4e");

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray("<missing>");
}

} // namespace

class TestCliExport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void formats_data();
    void formats();
    void filtersAndThink();
    void csvWithBom();
    void splits();
    void huggingFaceFolder();
    void preferencePairs();
    void usageErrors_data();
    void usageErrors();
    void refusedTarget();
    void failedWriteKeepsPrevious();

private:
    CliResult run(const QStringList &arguments) { return m_cli.run(arguments); }

    CliHarness m_cli;
    QString m_project;
};

void TestCliExport::initTestCase()
{
    QVERIFY(m_cli.isValid());
    m_project = m_cli.filePath("project");
    const CliResult made = run({"new", m_project, "--example"});
    QVERIFY2(made.exitCode == 0, qPrintable(made.err));
    {
        QSqlDatabase db = QSqlDatabase::addDatabase("QSQLITE", "writer");
        db.setDatabaseName(m_project + "/data.sqlite");
        QVERIFY(db.open());
        QSqlQuery q(db);
        QVERIFY(q.prepare("INSERT INTO records (stage_id, fields, status, review_state, scores, "
                          "score, tags, meta, parent_id, item_key) VALUES (?, ?, ?, ?, ?, ?, ?, "
                          "?, ?, ?)"));
        struct Row
        {
            const char *fields;
            const char *status;
            const char *review;
            const char *scores;
            double score;
            const char *tags;
            const char *meta;
            int parent;
        };
        const QList<Row> rows = {
            {R"({"question":"Where is my parcel?","answer":"On its way.","split":"train"})", "ok",
             "accepted", R"({"Judge quality":8})", 8, R"(["gold"])",
             R"({"reasoning":"Check the tracking.","model":"m1"})", 1},
            {R"({"question":"Where is my parcel?","answer":"No idea.","split":"test"})", "ok",
             "rejected", R"({"Judge quality":2})", 2, "[]", "{}", 1},
            {R"({"question":"=cmd|' /C calc'!A0","answer":"+1 refund","split":"train"})", "ok",
             "unreviewed", R"({"Judge quality":6})", 6, "[]", "{}", 2},
            {R"({"question":"Dropped","answer":"x","split":"train"})", "filtered", "unreviewed",
             "{}", 0, "[]", "{}", 3},
        };
        int key = 0;
        for (const Row &row : rows) {
            q.addBindValue(generateStage);
            q.addBindValue(QString::fromUtf8(row.fields));
            q.addBindValue(QString::fromLatin1(row.status));
            q.addBindValue(QString::fromLatin1(row.review));
            q.addBindValue(QString::fromLatin1(row.scores));
            q.addBindValue(row.score);
            q.addBindValue(QString::fromLatin1(row.tags));
            q.addBindValue(QString::fromLatin1(row.meta));
            q.addBindValue(row.parent);
            q.addBindValue(QStringLiteral("k%1").arg(++key));
            QVERIFY2(q.exec(), qPrintable(q.lastError().text()));
        }
        db.close();
    }
    QSqlDatabase::removeDatabase("writer");
}

void TestCliExport::formats_data()
{
    QTest::addColumn<QString>("format");
    QTest::addColumn<QByteArray>("expected");
    QTest::newRow("jsonl")
        << "jsonl"
        << QByteArray(R"({"question":"Where is my parcel?","answer":"On its way.","split":"train"})"
                      "\n"
                      R"({"question":"Where is my parcel?","answer":"No idea.","split":"test"})"
                      "\n"
                      R"({"question":"=cmd|' /C calc'!A0","answer":"+1 refund","split":"train"})"
                      "\n");
    QTest::newRow("alpaca")
        << "alpaca"
        << QByteArray(R"({"instruction":"Where is my parcel?","input":"","output":"On its way."})"
                      "\n"
                      R"({"instruction":"Where is my parcel?","input":"","output":"No idea."})"
                      "\n"
                      R"({"instruction":"=cmd|' /C calc'!A0","input":"","output":"+1 refund"})"
                      "\n");
    QTest::newRow("sharegpt")
        << "sharegpt"
        << QByteArray(
               R"({"conversations":[{"from":"human","value":"Where is my parcel?"},{"from":"gpt","value":"On its way."}]})"
               "\n"
               R"({"conversations":[{"from":"human","value":"Where is my parcel?"},{"from":"gpt","value":"No idea."}]})"
               "\n"
               R"({"conversations":[{"from":"human","value":"=cmd|' /C calc'!A0"},{"from":"gpt","value":"+1 refund"}]})"
               "\n");
    QTest::newRow("tsv") << "tsv"
                         << QByteArray("question\tanswer\tsplit\r\n"
                                       "Where is my parcel?\tOn its way.\ttrain\r\n"
                                       "Where is my parcel?\tNo idea.\ttest\r\n"
                                       "'=cmd|' /C calc'!A0\t'+1 refund\ttrain\r\n");
}

void TestCliExport::formats()
{
    QFETCH(QString, format);
    QFETCH(QByteArray, expected);
    const QString out = m_cli.filePath("out." + format);
    const CliResult result =
        run({"export", m_project, "--stage", "Generate Q&A", "--format", format, "--out", out});
    QVERIFY2(result.exitCode == 0, qPrintable(result.err));
    QVERIFY2(result.err.contains("3 record") && result.err.contains("written to"),
             qPrintable(result.err));
    QCOMPARE(readAll(out), expected);
}

void TestCliExport::filtersAndThink()
{
    const QString out = m_cli.filePath("chat.jsonl");
    const CliResult result =
        run({"export", m_project, "--stage", generateStage, "--format", "openai-chat", "--out", out,
             "--include", "accepted", "--min-score", "Judge quality=7", "--think", "--system",
             "Be kind."});
    QVERIFY2(result.exitCode == 0, qPrintable(result.err));
    QCOMPARE(
        readAll(out),
        QByteArray(
            R"({"messages":[{"role":"system","content":"Be kind."},)"
            R"({"role":"user","content":"Where is my parcel?"},)"
            R"({"role":"assistant","content":"<think>\nCheck the tracking.\n</think>\n\nOn its way."}]})"
            "\n"));
    // Tags and statuses.
    const CliResult tagged = run({"export", m_project, "--stage", "Generate Q&A", "--out", out,
                                  "--tag", "gold", "--status", "ok,filtered"});
    QVERIFY2(tagged.exitCode == 0, qPrintable(tagged.err));
    QCOMPARE(readAll(out).count('\n'), 1);
    const CliResult all =
        run({"export", m_project, "--stage", "Generate Q&A", "--out", out, "--status", "all"});
    QVERIFY2(all.exitCode == 0, qPrintable(all.err));
    QCOMPARE(readAll(out).count('\n'), 4);
}

void TestCliExport::csvWithBom()
{
    const QString out = m_cli.filePath("sheet.csv");
    const CliResult result = run(
        {"export", m_project, "--stage", "Generate Q&A", "--format", "csv", "--out", out, "--bom"});
    QVERIFY2(result.exitCode == 0, qPrintable(result.err));
    QCOMPARE(readAll(out), QByteArray("\xEF\xBB\xBFquestion,answer,split\r\n"
                                      "Where is my parcel?,On its way.,train\r\n"
                                      "Where is my parcel?,No idea.,test\r\n"
                                      "'=cmd|' /C calc'!A0,'+1 refund,train\r\n"));
}

void TestCliExport::splits()
{
    const QString out = m_cli.filePath("train.jsonl");
    const CliResult result =
        run({"export", m_project, "--stage", "Generate Q&A", "--out", out, "--split", "train"});
    QVERIFY2(result.exitCode == 0, qPrintable(result.err));
    const QList<QByteArray> lines = readAll(out).trimmed().split('\n');
    QCOMPARE(lines.size(), 2);
    for (const QByteArray &line : lines)
        QCOMPARE(QJsonDocument::fromJson(line).object().value("split").toString(),
                 QString("train"));
}

void TestCliExport::huggingFaceFolder()
{
    const QString out = m_cli.filePath("hf");
    const CliResult result = run({"export", m_project, "--stage", "Generate Q&A", "--format",
                                  "huggingface", "--record-format", "alpaca", "--split", "stage",
                                  "--out", out, "--license", "cc-by-4.0"});
    QVERIFY2(result.exitCode == 0, qPrintable(result.err));
    QVERIFY2(result.err.contains("train: 2") && result.err.contains("test: 1"),
             qPrintable(result.err));
    QCOMPARE(QDir(out).entryList(QDir::Files, QDir::Name),
             (QStringList{"README.md", "test.jsonl", "train.jsonl"}));
    QCOMPARE(readAll(out + "/test.jsonl"),
             QByteArray(R"({"instruction":"Where is my parcel?","input":"","output":"No idea."})"
                        "\n"));
    const QByteArray card = readAll(out + "/README.md");
    QVERIFY(card.startsWith("---\nlicense: \"cc-by-4.0\"\n"));
    // The card names the project's stages and settings.
    QVERIFY2(card.contains("| Generate Q&A | m1 | 1 |"), card.constData());
    QVERIFY2(card.contains("**Dedup questions** (dedup_minhash)"), card.constData());
    QVERIFY2(card.contains("| Judge quality | 3 | 2 | 5.33 | 8 |"), card.constData());
}

void TestCliExport::preferencePairs()
{
    const QString out = m_cli.filePath("pairs.jsonl");
    const CliResult result = run(
        {"export", m_project, "--stage", "Generate Q&A", "--format", "preference", "--out", out});
    QVERIFY2(result.exitCode == 0, qPrintable(result.err));
    QVERIFY2(result.err.contains("1 record") && result.err.contains("written to"),
             qPrintable(result.err));
    QCOMPARE(readAll(out), QByteArray(R"({"prompt":"Where is my parcel?","chosen":"On its way.",)"
                                      R"("rejected":"No idea."})"
                                      "\n"));
}

void TestCliExport::usageErrors_data()
{
    QTest::addColumn<QStringList>("extra");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("message");
    QTest::newRow("format") << QStringList{"--format", "xml"} << 1 << "Unknown format “xml”";
    QTest::newRow("status") << QStringList{"--status", "great"} << 1 << "Unknown status “great”";
    QTest::newRow("include") << QStringList{"--include", "some"} << 1
                             << "Unknown review choice “some”";
    QTest::newRow("min-score") << QStringList{"--min-score", "Judge=high"} << 1
                               << "is not JUDGE=SCORE";
    QTest::newRow("split") << QStringList{"--split", "train=x"} << 1 << "is not a list of shares";
    QTest::newRow("record format")
        << QStringList{"--record-format", "csv"} << 1 << "Unknown record format “csv”";
    QTest::newRow("stage") << QStringList{"--stage", "Nope"} << 1 << "Nope";
}

void TestCliExport::usageErrors()
{
    QFETCH(QStringList, extra);
    QFETCH(int, exitCode);
    QFETCH(QString, message);
    const QString out = m_cli.filePath("never.jsonl");
    QStringList arguments{"export", m_project, "--stage", "Generate Q&A", "--out", out};
    arguments += extra;
    const CliResult result = run(arguments);
    QCOMPARE(result.exitCode, exitCode);
    QVERIFY2(result.err.contains(message), qPrintable(result.err));
    QVERIFY(!QFile::exists(out));
    // No stage or file named at all.
    QCOMPARE(run({"export", m_project}).exitCode, 1);
}

void TestCliExport::refusedTarget()
{
    const CliResult reserved =
        run({"export", m_project, "--stage", "Generate Q&A", "--out", m_cli.filePath("NUL.jsonl")});
    QCOMPARE(reserved.exitCode, 5);
    QVERIFY2(reserved.err.contains("reserves"), qPrintable(reserved.err));
    QVERIFY(!QFile::exists(m_cli.filePath("NUL.jsonl")));
    // A project that does not exist.
    const CliResult missing =
        run({"export", m_cli.filePath("nothing"), "--stage", "x", "--out", "x.jsonl"});
    QCOMPARE(missing.exitCode, 3);
}

void TestCliExport::failedWriteKeepsPrevious()
{
    // A folder stands where the file should go: exit 5, a message naming it, nothing changed.
    QTemporaryDir dir;
    QVERIFY(QDir(dir.path()).mkpath("taken.jsonl/inside"));
    const CliResult result =
        run({"export", m_project, "--stage", "Generate Q&A", "--out", dir.filePath("taken.jsonl")});
    QCOMPARE(result.exitCode, 5);
    QVERIFY2(result.err.contains("taken.jsonl"), qPrintable(result.err));
    QVERIFY(QFileInfo(dir.filePath("taken.jsonl/inside")).isDir());
    QCOMPARE(QDir(dir.path()).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot),
             QStringList{"taken.jsonl"});
}

QTEST_GUILESS_MAIN(TestCliExport)
#include "tst_cliexport.moc"
