#include "models/io/recordimporter.h"

#include <QBuffer>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QStringEncoder>
#include <QTemporaryDir>
#include <QTest>

using namespace Seedbed;

namespace {
using Status = ImportResult::Status;

QString dataFile(const char *name)
{
    return QStringLiteral(SEEDBED_TEST_DATA "/import/") + QLatin1StringView(name);
}

// Issues in a form that is quick to write down: "W3" is a warning on line 3, "E4:7" an error
// on line 4, column 7; line 0 is about the whole file.
QStringList issueCodes(const ImportResult &result)
{
    QStringList codes;
    for (const ImportIssue &issue : result.issues) {
        QString code = issue.severity == ImportIssue::Severity::Error ? QStringLiteral("E")
                                                                      : QStringLiteral("W");
        code += QString::number(issue.line);
        if (issue.column > 0)
            code += QLatin1Char(':') + QString::number(issue.column);
        codes.append(code);
    }
    return codes;
}

QByteArray compact(const QList<QJsonObject> &rows)
{
    QJsonArray array;
    for (const QJsonObject &row : rows)
        array.append(row);
    return QJsonDocument(array).toJson(QJsonDocument::Compact);
}

QByteArray normalized(const QByteArray &json)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError)
        qFatal("bad expected JSON in the test: %s", json.constData());
    return document.toJson(QJsonDocument::Compact);
}

struct Outcome
{
    ImportResult result;
    QList<QJsonObject> rows;
    qsizetype largestBatch = 0;
};

// Reads \a input through a QBuffer in chunks of \a chunkSize bytes.
Outcome importBytes(const QByteArray &input, ImportOptions options = {},
                    const QString &fileName = QString(), qsizetype chunkSize = 0)
{
    if (chunkSize > 0)
        options.chunkSize = chunkSize;
    QByteArray copy = input;
    QBuffer buffer(&copy);
    buffer.open(QIODevice::ReadOnly);
    Outcome outcome;
    RecordImporter importer(options);
    importer.setFileName(fileName);
    importer.setBatchHandler([&outcome](const QList<QJsonObject> &rows) {
        outcome.rows.append(rows);
        outcome.largestBatch = qMax(outcome.largestBatch, rows.size());
        return true;
    });
    outcome.result = importer.read(&buffer);
    return outcome;
}

// Everything a caller sees, for comparing two imports of the same input.
QString describe(const Outcome &outcome)
{
    const ImportResult &r = outcome.result;
    QStringList issues;
    for (const ImportIssue &issue : r.issues)
        issues.append(issue.toString());
    return QStringLiteral("status %1, format %2, encoding %3 bom %4, %5 rows, fields [%6], "
                          "bytes %7\nissues:\n%8\nrows: %9")
        .arg(int(r.status))
        .arg(int(r.format))
        .arg(r.encoding)
        .arg(r.byteOrderMark)
        .arg(r.rowCount)
        .arg(r.fields.join(QLatin1Char('|')))
        .arg(r.bytesRead)
        .arg(issues.join(QLatin1Char('\n')))
        .arg(QString::fromUtf8(compact(outcome.rows)));
}

QByteArray encoded(QStringConverter::Encoding encoding, const QString &text)
{
    QStringEncoder encoder(encoding, QStringConverter::Flag::WriteBom);
    return encoder.encode(text);
}

// A CSV file of \a rows rows written on the fly, never whole in memory.
class GeneratedCsv : public QIODevice
{
public:
    explicit GeneratedCsv(qint64 rows)
        : m_rows(rows)
    {
        m_pending = "id,name,note\n";
    }
    bool isSequential() const override { return true; }
    qint64 maxBufferedBytes = 0;

protected:
    qint64 readData(char *data, qint64 maxSize) override
    {
        while (m_pending.size() < maxSize && m_next < m_rows) {
            m_pending += QByteArray::number(m_next) + ",name " + QByteArray::number(m_next) +
                         ",\"a note, with a comma\"\n";
            ++m_next;
        }
        maxBufferedBytes = qMax(maxBufferedBytes, qint64(m_pending.size()));
        const qint64 count = qMin<qint64>(maxSize, m_pending.size());
        memcpy(data, m_pending.constData(), size_t(count));
        m_pending.remove(0, count);
        return count;
    }
    qint64 writeData(const char *, qint64) override { return -1; }

private:
    qint64 m_rows;
    qint64 m_next = 0;
    QByteArray m_pending;
};
} // namespace

class TestRecordImporter : public QObject
{
    Q_OBJECT

private slots:
    void import_data();
    void import();
    void encodings_data();
    void encodings();
    void gb18030File();
    void fixtures_data();
    void fixtures();
    void chunkBoundaries_data();
    void chunkBoundaries();
    void chunkBoundariesAcrossSniffSample();
    void feedByHand();
    void mangledInputNeverCrashes();
    void invalidUtf8AfterSample();
    void realReplacementCharacterBeforeError();
    void cancelFromBatchHandler();
    void cancelFromAnotherCall();
    void streamsLargeCsv();
    void streamsFromSequentialDevice();
    void issueCap();
    void recordCaps();
    void jsonArrayCap();
    void missingFile();
    void formatForFileName_data();
    void formatForFileName();
    void progressEstimate();
    void issueText();
};

void TestRecordImporter::import_data()
{
    QTest::addColumn<QString>("fileName");
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<ImportFormat>("forced");
    QTest::addColumn<bool>("inferTypes");
    QTest::addColumn<Status>("status");
    QTest::addColumn<ImportFormat>("format");
    QTest::addColumn<QStringList>("fields");
    QTest::addColumn<QByteArray>("rows");
    QTest::addColumn<QStringList>("issues");

    const auto csv = [](const char *name, const QByteArray &input, const QStringList &fields,
                        const QByteArray &rows, const QStringList &issues = {}) {
        QTest::newRow(name) << QStringLiteral("seeds.csv") << input << ImportFormat::Auto << false
                            << Status::Finished << ImportFormat::Csv << fields << rows << issues;
    };

    // RFC 4180
    csv("simple", "a,b\n1,2\n3,4\n", {"a", "b"}, R"([{"a":"1","b":"2"},{"a":"3","b":"4"}])");
    csv("crlf", "a,b\r\n1,2\r\n3,4\r\n", {"a", "b"}, R"([{"a":"1","b":"2"},{"a":"3","b":"4"}])");
    csv("cr only", "a,b\r1,2\r3,4", {"a", "b"}, R"([{"a":"1","b":"2"},{"a":"3","b":"4"}])");
    csv("no final line break", "a,b\n1,2", {"a", "b"}, R"([{"a":"1","b":"2"}])");
    csv("quoted separators and doubled quotes", "a,b\n\"x, y\",\"say \"\"hi\"\"\"\n", {"a", "b"},
        R"([{"a":"x, y","b":"say \"hi\""}])");
    csv("empty cells", "a,b,c\n,,\n\"\",x,\n", {"a", "b", "c"},
        R"([{"a":"","b":"","c":""},{"a":"","b":"x","c":""}])");
    csv("multi-line cell keeps later line numbers", "a,b\n\"one\ntwo\r\nthree\",x\n1,2,3\n",
        {"a", "b"}, R"([{"a":"one\ntwo\nthree","b":"x"}])", {"E5"});
    csv("blank lines skipped", "a,b\n\n1,2\n\n\n3,4\n\n", {"a", "b"},
        R"([{"a":"1","b":"2"},{"a":"3","b":"4"}])");
    csv("quote inside unquoted cell is text", "a,b\n5\" pipe,x\n", {"a", "b"},
        R"([{"a":"5\" pipe","b":"x"}])");
    csv("text after closing quote", "a,b\n\"x\"y,z\n", {"a", "b"}, R"([{"a":"xy","b":"z"}])",
        {"W2:4"});
    csv("white space kept in cells", "a,b\n  x , y\n", {"a", "b"}, R"([{"a":"  x ","b":" y"}])");
    csv("numbers stay text", "id,n\n007,1.50\n", {"id", "n"}, R"([{"id":"007","n":"1.50"}])");
    csv("unicode", "名字,city\n张三,Zürich 🌍\n", {"名字", "city"},
        R"([{"名字":"张三","city":"Zürich 🌍"}])");

    // Header
    csv("empty and duplicate header names", "name,,name, name ,\n1,2,3,4,5\n",
        {"name", "column_2", "name_2", "name_3", "column_5"},
        R"([{"name":"1","column_2":"2","name_2":"3","name_3":"4","column_5":"5"}])",
        {"W1", "W1", "W1", "W1"});
    csv("generated name already taken", "column_2,,x\n1,2,3\n", {"column_2", "column_2_2", "x"},
        R"([{"column_2":"1","column_2_2":"2","x":"3"}])", {"W1"});
    csv("header only", "a,b,c\n", {"a", "b", "c"}, "[]", {"W0"});
    csv("header only without line break", "a,b,c", {"a", "b", "c"}, "[]", {"W0"});

    // Ragged rows
    csv("too many cells skipped", "a,b\n1,2\n1,2,3\n4,5\n", {"a", "b"},
        R"([{"a":"1","b":"2"},{"a":"4","b":"5"}])", {"E3"});
    csv("too few cells padded", "a,b,c\n1\n2,3\n", {"a", "b", "c"},
        R"([{"a":"1","b":"","c":""},{"a":"2","b":"3","c":""}])", {"W2", "W3"});
    csv("trailing empty cells ignored", "a,b\n1,2,,\n", {"a", "b"}, R"([{"a":"1","b":"2"}])");
    csv("ragged after multi-line cells", "a,b\n\"1\n\n\",x\n\"2\",\"y\nz\"\n3\n4,5,6\n", {"a", "b"},
        R"([{"a":"1\n\n","b":"x"},{"a":"2","b":"y\nz"},{"a":"3","b":""}])", {"W7", "E8"});

    // Fatal
    QTest::newRow("unterminated quote")
        << QStringLiteral("seeds.csv") << QByteArray("a,b\n1,2\n3,\"open\n4,5\n6,7\n")
        << ImportFormat::Auto << false << Status::Failed << ImportFormat::Csv
        << QStringList{"a", "b"} << QByteArray(R"([{"a":"1","b":"2"}])") << QStringList{"E3:3"};
    QTest::newRow("binary garbage")
        << QStringLiteral("seeds.csv")
        << QByteArray::fromHex("89504e470d0a1a0a0000000d4948445200000010000000100806000000")
        << ImportFormat::Auto << false << Status::Failed << ImportFormat::Auto << QStringList()
        << QByteArray("[]") << QStringList{"E0"};
    QTest::newRow("random bytes") << QStringLiteral("data.bin")
                                  << QByteArray("\x01\x02\x03\x04\x05\x06\x07\x08\x0e\x0f", 10)
                                  << ImportFormat::Auto << false << Status::Failed
                                  << ImportFormat::Auto << QStringList() << QByteArray("[]")
                                  << QStringList{"E0"};
    QTest::newRow("cut inside the last character")
        << QStringLiteral("seeds.csv") << QByteArray("a\nx\xe4\xb8") << ImportFormat::Auto << false
        << Status::Finished << ImportFormat::Csv << QStringList{"a"} << QByteArray(R"([{"a":"x"}])")
        << QStringList{"W0"};
    QTest::newRow("empty file") << QStringLiteral("seeds.csv") << QByteArray() << ImportFormat::Auto
                                << false << Status::Finished << ImportFormat::Csv << QStringList()
                                << QByteArray("[]") << QStringList{"W0"};
    QTest::newRow("only white space")
        << QStringLiteral("seeds.txt") << QByteArray(" \n\r\n\t\n") << ImportFormat::Auto << false
        << Status::Finished << ImportFormat::Auto << QStringList() << QByteArray("[]")
        << QStringList{"W0"};

    // TSV
    QTest::newRow("tsv by extension")
        << QStringLiteral("seeds.tsv") << QByteArray("a\tb\n\"x\ty\"\t\"q \"\"z\"\"\"\n")
        << ImportFormat::Auto << false << Status::Finished << ImportFormat::Tsv
        << QStringList{"a", "b"} << QByteArray(R"([{"a":"x\ty","b":"q \"z\""}])") << QStringList();
    QTest::newRow("tsv by content")
        << QStringLiteral("seeds.txt") << QByteArray("a\tb, c\td\n1\t2, 3\t4\n")
        << ImportFormat::Auto << false << Status::Finished << ImportFormat::Tsv
        << QStringList{"a", "b, c", "d"} << QByteArray(R"([{"a":"1","b, c":"2, 3","d":"4"}])")
        << QStringList();
    QTest::newRow("csv by content")
        << QStringLiteral("") << QByteArray("a,\"b\tc\"\n1,2\n") << ImportFormat::Auto << false
        << Status::Finished << ImportFormat::Csv << QStringList{"a", "b\tc"}
        << QByteArray(R"([{"a":"1","b\tc":"2"}])") << QStringList();

    // Type inference
    QTest::newRow("infer types")
        << QStringLiteral("seeds.csv")
        << QByteArray("a,b,c,d,e,f,g,h,i\n12,-0.5,1e3,007,TRUE,false,12345678901234567,1.,x\n")
        << ImportFormat::Auto << true << Status::Finished << ImportFormat::Csv
        << QStringList{"a", "b", "c", "d", "e", "f", "g", "h", "i"}
        << QByteArray(R"([{"a":12,"b":-0.5,"c":1000,"d":"007","e":true,"f":false,)"
                      R"("g":"12345678901234567","h":"1.","i":"x"}])")
        << QStringList();

    // JSON Lines
    QTest::newRow("jsonl")
        << QStringLiteral("seeds.jsonl")
        << QByteArray("{\"z\": 1, \"a\": {\"nested\": [1]}}\n\n  \n{\"m\": \"x\", \"a\": 2}\n")
        << ImportFormat::Auto << false << Status::Finished << ImportFormat::JsonLines
        << QStringList{"z", "a", "m"}
        << QByteArray(R"([{"z":1,"a":{"nested":[1]}},{"m":"x","a":2}])") << QStringList();
    QTest::newRow("jsonl bad lines")
        << QStringLiteral("seeds.ndjson")
        << QByteArray("{\"a\": 1}\r\n{\"a\": 2,}\r\n[1, 2]\r\n42\r\n  {\"a\" 3}\r\n{\"a\": 4}")
        << ImportFormat::Auto << false << Status::Finished << ImportFormat::JsonLines
        << QStringList{"a"} << QByteArray(R"([{"a":1},{"a":4}])")
        << QStringList{"E2:9", "E3:1", "E4:1", "E5:8"};
    QTest::newRow("jsonl by content")
        << QStringLiteral("seeds.txt") << QByteArray("{\"a\": 1}\n{\"b\": 2}\n")
        << ImportFormat::Auto << false << Status::Finished << ImportFormat::JsonLines
        << QStringList{"a", "b"} << QByteArray(R"([{"a":1},{"b":2}])") << QStringList();
    QTest::newRow("json lines in a .json file")
        << QStringLiteral("seeds.json") << QByteArray("{\"a\": 1}\n{\"a\": 2}\n")
        << ImportFormat::Auto << false << Status::Finished << ImportFormat::JsonLines
        << QStringList{"a"} << QByteArray(R"([{"a":1},{"a":2}])") << QStringList();
    QTest::newRow("escaped keys keep their order")
        << QStringLiteral("seeds.jsonl") << QByteArray(R"({"b\"q": 1, "\u00e9": 2, "a": 3})")
        << ImportFormat::Auto << false << Status::Finished << ImportFormat::JsonLines
        << QStringList{"b\"q", QStringLiteral("\u00e9"), "a"}
        << QByteArray(R"([{"b\"q":1,"é":2,"a":3}])") << QStringList();

    // JSON array
    QTest::newRow("json array")
        << QStringLiteral("seeds.json")
        << QByteArray(
               "[\n {\"q\": \"1\", \"b\": [{\"inner\": 0}]},\n {\"c\": true, \"q\": \"2\"}\n]")
        << ImportFormat::Auto << false << Status::Finished << ImportFormat::JsonArray
        << QStringList{"q", "b", "c"}
        << QByteArray(R"([{"q":"1","b":[{"inner":0}]},{"c":true,"q":"2"}])") << QStringList();
    QTest::newRow("json array with non-objects")
        << QStringLiteral("seeds.txt") << QByteArray("[{\"a\": 1},\n  \"text\",\n [1], {\"a\": 2}]")
        << ImportFormat::Auto << false << Status::Finished << ImportFormat::JsonArray
        << QStringList{"a"} << QByteArray(R"([{"a":1},{"a":2}])") << QStringList{"E2:3", "E3:2"};
    QTest::newRow("malformed json array")
        << QStringLiteral("seeds.json") << QByteArray("[\n  {\"a\": 1},\n  {\"a\": 2,}\n]\n")
        << ImportFormat::Auto << false << Status::Failed << ImportFormat::JsonArray << QStringList()
        << QByteArray("[]") << QStringList{"E3:11"};
    QTest::newRow("single object over many lines")
        << QStringLiteral("seeds.json") << QByteArray("{\n  \"a\": 1\n}\n") << ImportFormat::Auto
        << false << Status::Failed << ImportFormat::JsonArray << QStringList() << QByteArray("[]")
        << QStringList{"E0"};
    QTest::newRow("empty json array")
        << QStringLiteral("seeds.json") << QByteArray("[]") << ImportFormat::Auto << false
        << Status::Finished << ImportFormat::JsonArray << QStringList() << QByteArray("[]")
        << QStringList{"W0"};

    // Explicit format wins over the name and the content.
    QTest::newRow("forced csv") << QStringLiteral("seeds.jsonl") << QByteArray("{\"a\": 1}\n")
                                << ImportFormat::Csv << false << Status::Finished
                                << ImportFormat::Csv << QStringList{"{\"a\": 1}"}
                                << QByteArray("[]") << QStringList{"W0"};
    QTest::newRow("forced tsv") << QStringLiteral("seeds.csv") << QByteArray("a,b\tc\n1,2\t3\n")
                                << ImportFormat::Tsv << false << Status::Finished
                                << ImportFormat::Tsv << QStringList{"a,b", "c"}
                                << QByteArray(R"([{"a,b":"1,2","c":"3"}])") << QStringList();
}

void TestRecordImporter::import()
{
    QFETCH(QString, fileName);
    QFETCH(QByteArray, input);
    QFETCH(ImportFormat, forced);
    QFETCH(bool, inferTypes);

    ImportOptions options;
    options.format = forced;
    options.inferTypes = inferTypes;
    const Outcome outcome = importBytes(input, options, fileName);
    const ImportResult &result = outcome.result;

    QFETCH(QStringList, issues);
    QCOMPARE(issueCodes(result), issues);
    for (const ImportIssue &issue : result.issues)
        QVERIFY(!issue.message.isEmpty());
    QTEST(result.status, "status");
    QTEST(result.format, "format");
    QTEST(result.fields, "fields");
    QFETCH(QByteArray, rows);
    QCOMPARE(compact(outcome.rows), normalized(rows));
    QCOMPARE(result.rowCount, outcome.rows.size());
    QCOMPARE(result.bytesRead, input.size());
    QCOMPARE(result.omittedIssues, 0);
}

void TestRecordImporter::encodings_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QString>("encoding");
    QTest::addColumn<bool>("bom");

    const QString text = QStringLiteral("name,note\nZoë,\"多行\n文本 🌱\"\n");
    QTest::newRow("utf-8") << text.toUtf8() << "UTF-8" << false;
    QTest::newRow("utf-8 bom") << encoded(QStringConverter::Utf8, text) << "UTF-8" << true;
    QTest::newRow("utf-16le bom") << encoded(QStringConverter::Utf16LE, text) << "UTF-16LE" << true;
    QTest::newRow("utf-16be bom") << encoded(QStringConverter::Utf16BE, text) << "UTF-16BE" << true;
    QStringEncoder utf16(QStringConverter::Utf16LE);
    QTest::newRow("utf-16le without bom") << QByteArray(utf16.encode(text)) << "UTF-16LE" << false;
    QStringEncoder utf16be(QStringConverter::Utf16BE);
    QTest::newRow("utf-16be without bom")
        << QByteArray(utf16be.encode(text)) << "UTF-16BE" << false;
    QTest::newRow("utf-32le bom") << encoded(QStringConverter::Utf32LE, text) << "UTF-32LE" << true;
    QTest::newRow("utf-32be bom") << encoded(QStringConverter::Utf32BE, text) << "UTF-32BE" << true;
    QStringEncoder gb18030("GB18030");
    if (gb18030.isValid())
        QTest::newRow("gb18030") << QByteArray(gb18030.encode(text)) << "GB18030" << false;
}

void TestRecordImporter::encodings()
{
    QFETCH(QByteArray, input);
    const Outcome outcome = importBytes(input, {}, QStringLiteral("notes.csv"));
    QVERIFY2(outcome.result.issues.isEmpty(), qPrintable(describe(outcome)));
    QTEST(outcome.result.encoding, "encoding");
    QTEST(outcome.result.byteOrderMark, "bom");
    QCOMPARE(outcome.result.fields, QStringList({"name", "note"}));
    QCOMPARE(compact(outcome.rows), normalized(R"([{"name":"Zoë","note":"多行\n文本 🌱"}])"));
}

void TestRecordImporter::gb18030File()
{
    if (!QStringDecoder("GB18030").isValid()) {
        // Without ICU the importer must say so instead of guessing.
        const Outcome outcome = importBytes(QByteArray("\xc3\xfb,x\n", 5));
        QCOMPARE(outcome.result.status, Status::Failed);
        QVERIFY(outcome.result.issues.constLast().message.contains(QLatin1String("GB18030")));
        QSKIP("This Qt has no GB18030 codec");
    }
    RecordImporter importer;
    QList<QJsonObject> rows;
    importer.setBatchHandler([&rows](const QList<QJsonObject> &batch) {
        rows.append(batch);
        return true;
    });
    const ImportResult result = importer.readFile(dataFile("gb18030.csv"));
    QCOMPARE(result.status, Status::Finished);
    QCOMPARE(result.encoding, QStringLiteral("GB18030"));
    QCOMPARE(result.fields, QStringList({"名字", "城市"}));
    QCOMPARE(compact(rows),
             normalized(R"([{"名字":"张三","城市":"北京"},{"名字":"李四","城市":"上海"}])"));

    // Latin-1 is neither UTF-8 nor GB18030: "é," is not a GB18030 character.
    const Outcome latin1 = importBytes(QByteArray("name\ncaf\xe9,1\n"));
    QCOMPARE(latin1.result.status, Status::Failed);
    QCOMPARE(issueCodes(latin1.result), QStringList{"E0"});
}

void TestRecordImporter::fixtures_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<ImportFormat>("format");
    QTest::addColumn<bool>("bom");
    QTest::addColumn<QStringList>("fields");
    QTest::addColumn<QByteArray>("rows");
    QTest::addColumn<QStringList>("issues");

    QTest::newRow("people.csv")
        << dataFile("people.csv") << ImportFormat::Csv << true
        << QStringList{"name", "city", "quote"}
        << QByteArray(R"([{"name":"Ada","city":"London","quote":"Numbers, not \"noise\""},)"
                      R"({"name":"Grace","city":"New York, NY","quote":"First line\nsecond line"},)"
                      R"({"name":"Zhang Wei","city":"北京","quote":"你好"}])")
        << QStringList();
    QTest::newRow("ragged.csv") << dataFile("ragged.csv") << ImportFormat::Csv << false
                                << QStringList{"id", "text", "label"}
                                << QByteArray(
                                       R"([{"id":"1","text":"spans\ntwo lines","label":"a"},)"
                                       R"({"id":"3","text":"short","label":""},)"
                                       R"({"id":"4","text":"fine","label":"c"}])")
                                << QStringList{"E4", "W5"};
    QTest::newRow("people.tsv") << dataFile("people.tsv") << ImportFormat::Tsv << false
                                << QStringList{"name", "note"}
                                << QByteArray(R"([{"name":"Ada","note":"tab\tinside"},)"
                                              R"({"name":"Grace","note":"plain \"quotes\" kept"}])")
                                << QStringList();
    QTest::newRow("samples.jsonl")
        << dataFile("samples.jsonl") << ImportFormat::JsonLines << false
        << QStringList{"prompt", "answer", "topic"}
        << QByteArray(R"([{"prompt":"Hi","answer":"Hello"},)"
                      R"({"prompt":"Why?","answer":"Because","topic":"logic"}])")
        << QStringList{"E3:29"};
    QTest::newRow("samples.json") << dataFile("samples.json") << ImportFormat::JsonArray << false
                                  << QStringList{"prompt", "answer", "lang"}
                                  << QByteArray(
                                         R"([{"prompt":"Hi","answer":"Hello"},)"
                                         R"({"prompt":"Bye","answer":"See you","lang":"en"}])")
                                  << QStringList();
}

void TestRecordImporter::fixtures()
{
    QFETCH(QString, file);
    RecordImporter importer;
    QList<QJsonObject> imported;
    importer.setBatchHandler([&imported](const QList<QJsonObject> &batch) {
        imported.append(batch);
        return true;
    });
    const ImportResult result = importer.readFile(file);
    QTEST(issueCodes(result), "issues");
    QCOMPARE(result.status, Status::Finished);
    QTEST(result.format, "format");
    QCOMPARE(result.encoding, QStringLiteral("UTF-8"));
    QTEST(result.byteOrderMark, "bom");
    QTEST(result.fields, "fields");
    QFETCH(QByteArray, rows);
    QCOMPARE(compact(imported), normalized(rows));
    QCOMPARE(result.bytesRead, QFileInfo(file).size());
}

void TestRecordImporter::chunkBoundaries_data()
{
    QTest::addColumn<QString>("fileName");
    QTest::addColumn<QByteArray>("input");

    QTest::newRow("csv") << "a.csv"
                         << QString::fromUtf8("名前,\"说明\"\r\n\"多\r\n行, \"\"引用\"\"\",é🌱\r\n"
                                              "x,y,z\r\n\"a\"b,c\r\nshort\r\n\r\nlast,\"\"")
                                .toUtf8();
    QTest::newRow("csv with bom and cr")
        << "a.csv" << encoded(QStringConverter::Utf8, QStringLiteral("k,v\r\"1\r2\",ü\r3,4\r"));
    QTest::newRow("unterminated quote")
        << "a.csv" << QStringLiteral("k,v\n1,\"über\n2,3\n").toUtf8();
    QTest::newRow("tsv utf-16") << "a.tsv"
                                << encoded(QStringConverter::Utf16LE,
                                           QStringLiteral("k\tv\r\n\"a\tb\"\t🌱\r\n1\t2\t3\r\n"));
    QTest::newRow("jsonl") << "a.jsonl"
                           << QString::fromUtf8("{\"ä\": \"🌱\"}\r\n\r\n{\"b\": 1,}\r\n"
                                                "[1]\r{\"c\": \"\\u00e9\"}\n{\"ä\": 2}")
                                  .toUtf8();
    QTest::newRow("json array")
        << "a.json" << QString::fromUtf8("[{\"名\": 1},\r\n 2, {\"b\": \"é\"}]").toUtf8();
    QTest::newRow("json array utf-16")
        << "a.json" << encoded(QStringConverter::Utf16LE, QStringLiteral("[{\"🌱\": \"🌍\"}, 1]"));
    QStringEncoder gb18030("GB18030");
    if (gb18030.isValid()) {
        QTest::newRow("gb18030") << "a.csv"
                                 << QByteArray(gb18030.encode(
                                        QStringLiteral("名字,城市\n\"张\n三\",北京\n")));
    }
}

void TestRecordImporter::chunkBoundaries()
{
    QFETCH(QString, fileName);
    QFETCH(QByteArray, input);
    // With the smallest sample, the pieces go through the decoder and the parsers as cut;
    // with the default one, the whole input is decided on at once.
    for (const qsizetype sampleBytes : {qsizetype(16), ImportOptions().sampleBytes}) {
        ImportOptions options;
        options.sampleBytes = sampleBytes;
        const QString expected = describe(importBytes(input, options, fileName, input.size()));
        for (qsizetype size = 1; size < input.size(); ++size) {
            const QString actual = describe(importBytes(input, options, fileName, size));
            if (actual != expected)
                QFAIL(
                    qPrintable(QStringLiteral("sample %1, chunk size %2 gives\n%3\ninstead of\n%4")
                                   .arg(sampleBytes)
                                   .arg(size)
                                   .arg(actual, expected)));
        }
    }
}

void TestRecordImporter::chunkBoundariesAcrossSniffSample()
{
    // Longer than the 64 KiB the encoding and format are decided on, with multi-byte
    // characters and quoted line breaks everywhere.
    QByteArray input = "id,text\r\n";
    for (int i = 0; input.size() < 200 * 1024; ++i)
        input += QByteArray::number(i) + QString::fromUtf8(",\"é🌱 \"\"q\"\"\r\n,\"\r\n").toUtf8();
    input += "x,y,z\r\n";
    const QString expected = describe(importBytes(input, {}, QStringLiteral("a.csv"), 1 << 20));
    QVERIFY(expected.contains(QLatin1String("encoding UTF-8")));
    for (const qsizetype size : {1, 2, 3, 5, 7, 4093, 65535, 65536, 65537, 100000}) {
        const QString actual = describe(importBytes(input, {}, QStringLiteral("a.csv"), size));
        QVERIFY2(actual == expected, qPrintable(QStringLiteral("chunk size %1").arg(size)));
    }
}

void TestRecordImporter::feedByHand()
{
    const QByteArray input =
        encoded(QStringConverter::Utf16BE, QStringLiteral("{\"a\": \"🌱\"}\n{\"a\": 2}\n"));
    for (qsizetype step = 1; step <= 5; ++step) {
        RecordImporter importer;
        QList<QJsonObject> rows;
        importer.setBatchHandler([&rows](const QList<QJsonObject> &batch) {
            rows.append(batch);
            return true;
        });
        for (qsizetype at = 0; at < input.size(); at += step)
            QVERIFY(importer.feed(QByteArrayView(input).sliced(at, qMin(step, input.size() - at))));
        const ImportResult result = importer.finish();
        QCOMPARE(result.format, ImportFormat::JsonLines);
        QCOMPARE(result.encoding, QStringLiteral("UTF-16BE"));
        QCOMPARE(compact(rows), normalized(R"([{"a":"🌱"},{"a":2}])"));
        QVERIFY(!importer.feed("more")); // finished
    }
}

void TestRecordImporter::mangledInputNeverCrashes()
{
    const QList<QByteArray> seeds = {
        "a,b\r\n\"x\"\"y\",\"multi\nline\"\r\n1,2,3\n",
        "{\"a\": [1, {\"b\": \"\\u00e9\"}]}\n{\"c\": null}\n",
        "[{\"a\": 1}, {\"b\": \"x\"}, 3]",
        QStringLiteral("名字\t城市\n张三\t\"北京\"\n").toUtf8(),
    };
    const QList<ImportFormat> formats = {ImportFormat::Auto, ImportFormat::Csv, ImportFormat::Tsv,
                                         ImportFormat::JsonLines, ImportFormat::JsonArray};
    QRandomGenerator random(20240611); // fixed: a failure must be reproducible
    for (int round = 0; round < 400; ++round) {
        QByteArray input = seeds.at(round % seeds.size());
        if (round % 5 == 4) {
            input = QByteArray(random.bounded(1, 200), Qt::Uninitialized);
            for (char &c : input)
                c = char(random.bounded(256));
        } else {
            for (int edits = random.bounded(1, 6); edits > 0; --edits) {
                const qsizetype at = random.bounded(int(input.size()));
                switch (random.bounded(3)) {
                case 0:
                    input[at] = char(random.bounded(256));
                    break;
                case 1:
                    input.remove(at, 1);
                    break;
                default:
                    input.insert(at, "\"\r\n{[,\t\xe4"[random.bounded(8)]);
                    break;
                }
            }
        }
        ImportOptions options;
        options.format = formats.at(random.bounded(int(formats.size())));
        options.sampleBytes = 16;
        Outcome whole = importBytes(input, options, QStringLiteral("x.txt"), input.size());
        Outcome pieces = importBytes(input, options, QStringLiteral("x.txt"), random.bounded(1, 8));
        if (whole.result.status == Status::Failed) {
            QCOMPARE(whole.result.issues.constLast().severity, ImportIssue::Severity::Error);
            // Reading stops at the failure, which comes sooner in smaller pieces.
            whole.result.bytesRead = pieces.result.bytesRead = 0;
        } else {
            QCOMPARE(whole.result.bytesRead, input.size());
        }
        if (describe(pieces) != describe(whole)) {
            QFAIL(qPrintable(QStringLiteral("round %1, input %2, format %3:\n%4\ninstead of\n%5")
                                 .arg(round)
                                 .arg(QString::fromLatin1(input.toHex()))
                                 .arg(int(options.format))
                                 .arg(describe(pieces), describe(whole))));
        }
        for (const ImportIssue &issue : whole.result.issues)
            QVERIFY(!issue.message.isEmpty());
    }
}

void TestRecordImporter::invalidUtf8AfterSample()
{
    // The first 64 KiB are valid UTF-8; a Latin-1 byte on line 3001 comes later.
    QByteArray input = "n,text\n";
    int line = 1;
    while (input.size() < 100 * 1024) {
        ++line;
        input += QByteArray::number(line) + ",plain text that is long enough\n";
    }
    input += "bad,caf\xe9\n";
    const qint64 badLine = line + 1;
    input += "last,ok\n";

    const Outcome outcome = importBytes(input, {}, QStringLiteral("a.csv"));
    QCOMPARE(outcome.result.status, Status::Finished);
    QCOMPARE(outcome.result.encoding, QStringLiteral("UTF-8"));
    QCOMPARE(issueCodes(outcome.result), QStringList{QStringLiteral("W%1").arg(badLine)});
    QCOMPARE(outcome.rows.at(outcome.rows.size() - 2).value(QLatin1String("text")).toString(),
             QStringLiteral("caf\uFFFD"));
    QCOMPARE(outcome.rows.constLast().value(QLatin1String("text")).toString(), "ok");
}

// Found by fuzz_import: a real U+FFFD (valid UTF-8) before the first broken byte passed for
// the broken byte's replacement when both were decoded in one go, so the warning went to the
// real one's line; read in small pieces it went to the right line.
void TestRecordImporter::realReplacementCharacterBeforeError()
{
    const QByteArray input = "a,b\n"
                             "x,\xef\xbf\xbd real\n"
                             "y,ok\n"
                             "z,caf\xe9\n"
                             "w,ok\n";
    ImportOptions options;
    options.sampleBytes = 8; // the broken byte comes after the sample
    for (const qsizetype chunk : {qsizetype(0), qsizetype(1), qsizetype(3), qsizetype(7)}) {
        const Outcome outcome = importBytes(input, options, QStringLiteral("a.csv"), chunk);
        QCOMPARE(outcome.result.status, Status::Finished);
        QCOMPARE(outcome.result.encoding, QStringLiteral("UTF-8"));
        QCOMPARE(issueCodes(outcome.result), QStringList{QStringLiteral("W4")});
        QCOMPARE(outcome.rows.size(), 4);
        QCOMPARE(outcome.rows.at(0).value(QLatin1String("b")).toString(),
                 QStringLiteral("\uFFFD real"));
        QCOMPARE(outcome.rows.at(2).value(QLatin1String("b")).toString(),
                 QStringLiteral("caf\uFFFD"));
    }
}

void TestRecordImporter::cancelFromBatchHandler()
{
    QByteArray input = "n\n";
    for (int i = 0; i < 50'000; ++i) // well beyond the 64 KiB held before the first row
        input += QByteArray::number(i) + '\n';
    QByteArray copy = input;
    QBuffer buffer(&copy);
    buffer.open(QIODevice::ReadOnly);

    ImportOptions options;
    options.batchSize = 100;
    options.chunkSize = 512;
    RecordImporter importer(options);
    int calls = 0;
    QList<QJsonObject> rows;
    importer.setBatchHandler([&](const QList<QJsonObject> &batch) {
        rows.append(batch);
        return ++calls < 3;
    });
    const ImportResult result = importer.read(&buffer);
    QCOMPARE(result.status, Status::Canceled);
    QCOMPARE(calls, 3);
    QCOMPARE(result.rowCount, 300);
    QCOMPARE(rows.constLast().value(QLatin1String("n")).toString(), "299");
    QVERIFY(result.bytesRead < input.size()); // it stopped reading
    QVERIFY(!importer.feed("1\n"));
}

void TestRecordImporter::cancelFromAnotherCall()
{
    QByteArray input = "{\"n\": 0}\n";
    for (int i = 1; i < 5'000; ++i)
        input += "{\"n\": " + QByteArray::number(i) + "}\n";
    QByteArray copy = input;
    QBuffer buffer(&copy);
    buffer.open(QIODevice::ReadOnly);

    ImportOptions options;
    options.chunkSize = 1024;
    RecordImporter importer(options);
    qint64 rowsSeen = 0;
    importer.setBatchHandler([&](const QList<QJsonObject> &batch) {
        rowsSeen += batch.size();
        return true;
    });
    int progressCalls = 0;
    importer.setProgressHandler([&](const ImportProgress &) {
        if (++progressCalls == 3)
            importer.requestCancel(); // as a Cancel button on another thread would
    });
    const ImportResult result = importer.read(&buffer);
    QCOMPARE(result.status, Status::Canceled);
    QCOMPARE(result.rowCount, rowsSeen);
    QVERIFY(result.bytesRead <= 4 * 1024);
}

void TestRecordImporter::streamsLargeCsv()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("big.csv"));
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        QByteArray block = "id,prompt,answer\n";
        for (int i = 0; i < 200'000; ++i) {
            block += QByteArray::number(i) + ",\"Question " + QByteArray::number(i) +
                     ", please\",\"Line one\nline two\"\n";
            if (block.size() > 1 << 20) {
                file.write(block);
                block.clear();
            }
        }
        file.write(block);
    }
    const qint64 size = QFileInfo(path).size();

    ImportOptions options;
    options.chunkSize = 64 * 1024;
    options.batchSize = 5000;
    RecordImporter importer(options);
    qint64 rows = 0;
    qint64 batches = 0;
    qint64 bytesAtFirstBatch = -1;
    qint64 lastBytes = 0;
    ImportProgress last;
    bool rowsInOrder = true;
    importer.setProgressHandler([&](const ImportProgress &progress) {
        QVERIFY(progress.bytesRead >= lastBytes);
        lastBytes = progress.bytesRead;
        last = progress;
    });
    importer.setBatchHandler([&](const QList<QJsonObject> &batch) {
        if (bytesAtFirstBatch < 0)
            bytesAtFirstBatch = lastBytes;
        for (const QJsonObject &row : batch) {
            if (row.value(QLatin1String("id")).toString().toLongLong() != rows)
                rowsInOrder = false;
            ++rows;
        }
        ++batches;
        return batch.size() <= 5000;
    });
    const ImportResult result = importer.readFile(path);
    QCOMPARE(result.status, Status::Finished);
    QVERIFY(result.issues.isEmpty());
    QCOMPARE(result.rowCount, 200'000);
    QCOMPARE(rows, 200'000);
    QVERIFY(rowsInOrder);
    QCOMPARE(batches, 40);
    QCOMPARE(result.bytesRead, size);
    QCOMPARE(last.bytesRead, size);
    QCOMPARE(last.totalBytes, size);
    QCOMPARE(last.rows, 200'000);
    // Rows arrive while the file is still being read, not after it was loaded whole.
    QVERIFY2(bytesAtFirstBatch > 0 && bytesAtFirstBatch < size / 10,
             qPrintable(QString::number(bytesAtFirstBatch)));
}

void TestRecordImporter::streamsFromSequentialDevice()
{
    GeneratedCsv device(200'000);
    QVERIFY(device.open(QIODevice::ReadOnly));
    ImportOptions options;
    options.chunkSize = 16 * 1024;
    RecordImporter importer(options);
    qint64 rows = 0;
    QJsonObject lastRow;
    importer.setBatchHandler([&](const QList<QJsonObject> &batch) {
        rows += batch.size();
        lastRow = batch.constLast();
        return true;
    });
    ImportProgress last;
    importer.setProgressHandler([&](const ImportProgress &progress) { last = progress; });
    const ImportResult result = importer.read(&device);
    QCOMPARE(result.status, Status::Finished);
    QCOMPARE(result.rowCount, 200'000);
    QCOMPARE(rows, 200'000);
    QCOMPARE(lastRow.value(QLatin1String("note")).toString(), "a note, with a comma");
    QCOMPARE(lastRow.value(QLatin1String("id")).toString(), "199999");
    QCOMPARE(last.totalBytes, -1);
    QCOMPARE(last.remainingMs(), -1);
    QVERIFY(device.maxBufferedBytes < 64 * 1024);
}

void TestRecordImporter::issueCap()
{
    QByteArray input = "a,b\n";
    for (int i = 0; i < 500; ++i)
        input += "1,2,3\n";
    input += "\"never closed\n";
    ImportOptions options;
    options.maxIssues = 10;
    const Outcome outcome = importBytes(input, options, QStringLiteral("a.csv"));
    QCOMPARE(outcome.result.status, Status::Failed);
    QCOMPARE(outcome.result.issues.size(), 11); // the cap, and the reason it failed
    QCOMPARE(outcome.result.omittedIssues, 490);
    QCOMPARE(outcome.result.issues.at(9).line, 11);
    QCOMPARE(outcome.result.issues.constLast().line, 502);
    QCOMPARE(outcome.result.firstError().line, 2);
}

void TestRecordImporter::recordCaps()
{
    ImportOptions options;
    options.maxRecordChars = 20;

    const Outcome jsonl = importBytes("{\"a\": 1}\n{\"a\": \"much too long for the cap\"}\n"
                                      "{\"a\": 3}\n",
                                      options, QStringLiteral("a.jsonl"), 4);
    QCOMPARE(jsonl.result.status, Status::Finished);
    QCOMPARE(issueCodes(jsonl.result), QStringList{"E2"});
    QCOMPARE(compact(jsonl.rows), normalized(R"([{"a":1},{"a":3}])"));

    const Outcome quote = importBytes("a,b\n1,\"open quote that never\nends, and goes\non and on\n",
                                      options, QStringLiteral("a.csv"), 3);
    QCOMPARE(quote.result.status, Status::Failed);
    QCOMPARE(issueCodes(quote.result), QStringList{"E2:3"});

    const Outcome commas =
        importBytes("a,b\n" + QByteArray(1000, ','), options, QStringLiteral("a.csv"), 7);
    QCOMPARE(commas.result.status, Status::Failed);
    QCOMPARE(issueCodes(commas.result), QStringList{"E2"});
}

void TestRecordImporter::jsonArrayCap()
{
    ImportOptions options;
    options.maxJsonArrayBytes = 100;
    QByteArray input = "[";
    for (int i = 0; i < 50; ++i)
        input += "{\"a\": 1},";
    input += "{}]";
    const Outcome outcome = importBytes(input, options, QStringLiteral("a.json"), 16);
    QCOMPARE(outcome.result.status, Status::Failed);
    QCOMPARE(issueCodes(outcome.result), QStringList{"E0"});
    QVERIFY(outcome.result.issues.constFirst().message.contains(QLatin1String("JSON Lines")));
}

void TestRecordImporter::missingFile()
{
    RecordImporter importer;
    const ImportResult result = importer.readFile(dataFile("no-such-file.csv"));
    QCOMPARE(result.status, Status::Failed);
    QCOMPARE(issueCodes(result), QStringList{"E0"});
    QVERIFY(result.issues.constFirst().message.contains(QLatin1String("no-such-file.csv")));
}

void TestRecordImporter::formatForFileName_data()
{
    QTest::addColumn<QString>("fileName");
    QTest::addColumn<ImportFormat>("format");
    QTest::newRow("csv") << "/tmp/Seeds.CSV" << ImportFormat::Csv;
    QTest::newRow("tsv") << "a.tsv" << ImportFormat::Tsv;
    QTest::newRow("tab") << "a.tab" << ImportFormat::Tsv;
    QTest::newRow("jsonl") << "a.b.jsonl" << ImportFormat::JsonLines;
    QTest::newRow("ndjson") << "a.ndjson" << ImportFormat::JsonLines;
    QTest::newRow("json") << "a.json" << ImportFormat::JsonArray;
    QTest::newRow("txt") << "a.txt" << ImportFormat::Auto;
    QTest::newRow("none") << "" << ImportFormat::Auto;
}

void TestRecordImporter::formatForFileName()
{
    QFETCH(QString, fileName);
    QTEST(RecordImporter::formatForFileName(fileName), "format");
}

void TestRecordImporter::progressEstimate()
{
    ImportProgress progress;
    QCOMPARE(progress.remainingMs(), -1);
    progress.totalBytes = 1000;
    progress.bytesRead = 250;
    progress.elapsedMs = 300;
    QCOMPARE(progress.remainingMs(), 900);
    progress.bytesRead = 1000;
    QCOMPARE(progress.remainingMs(), 0);
    progress.totalBytes = -1;
    QCOMPARE(progress.remainingMs(), -1);
}

void TestRecordImporter::issueText()
{
    const ImportIssue located{ImportIssue::Severity::Error, 4, 7, QStringLiteral("Bad.")};
    QCOMPARE(located.toString(), QStringLiteral("Line 4, column 7: Bad."));
    const ImportIssue line{ImportIssue::Severity::Warning, 4, 0, QStringLiteral("Odd.")};
    QCOMPARE(line.toString(), QStringLiteral("Line 4: Odd."));
    const ImportIssue file{ImportIssue::Severity::Error, 0, 0, QStringLiteral("Empty.")};
    QCOMPARE(file.toString(), QStringLiteral("Empty."));
}

QTEST_GUILESS_MAIN(TestRecordImporter)
#include "tst_recordimporter.moc"
