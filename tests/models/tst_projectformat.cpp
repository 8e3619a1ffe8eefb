// project.seedbed: golden round trips, one-line diffs, and foreign, corrupt and newer files.
#include "models/projectformat.h"
#include "models/stageregistry.h"

#include <QDir>
#include <QFile>
#include <QTest>

using namespace Seedbed;

namespace {
QByteArray readFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(path));
    return file.readAll();
}

QString goldenPath()
{
    return QStringLiteral(SEEDBED_TEST_DATA "/format/golden.seedbed");
}

// Lines of a that differ from b, for files of the same line count.
int changedLines(const QByteArray &a, const QByteArray &b)
{
    const QList<QByteArray> la = a.split('\n');
    const QList<QByteArray> lb = b.split('\n');
    if (la.size() != lb.size())
        return -1;
    int changed = 0;
    for (qsizetype i = 0; i < la.size(); ++i)
        changed += la.at(i) != lb.at(i) ? 1 : 0;
    return changed;
}

ProjectData parseOrFail(const QByteArray &bytes)
{
    ProjectData data;
    ProjectError error;
    if (!ProjectFormat::parse(bytes, QStringLiteral("test"), &data, &error))
        qFatal("parse failed: %s", qPrintable(error.message));
    return data;
}
} // namespace

class TestProjectFormat : public QObject
{
    Q_OBJECT

private slots:
    void roundTripIsByteIdentical_data();
    void roundTripIsByteIdentical();
    void settingTypesFollowSchema();
    void oneFieldEditIsOneLineDiff_data();
    void oneFieldEditIsOneLineDiff();
    void rejects_data();
    void rejects();
    void emptyProject();
};

void TestProjectFormat::roundTripIsByteIdentical_data()
{
    QTest::addColumn<QString>("path");
    QTest::newRow("golden") << goldenPath();
    QTest::newRow("bundled example")
        << QStringLiteral(":/examples/customer-support/project.seedbed");
}

void TestProjectFormat::roundTripIsByteIdentical()
{
    QFETCH(QString, path);
    const QByteArray original = readFile(path);
    const ProjectData data = parseOrFail(original);
    const QByteArray written = ProjectFormat::serialize(data);
    if (written != original) {
        QFile out(QDir::temp().filePath(QStringLiteral("roundtrip.seedbed")));
        if (out.open(QIODevice::WriteOnly))
            out.write(written);
        QFAIL(qPrintable(QStringLiteral("Round trip differs; see %1").arg(out.fileName())));
    }
    QVERIFY(!data.stages.isEmpty());
}

void TestProjectFormat::settingTypesFollowSchema()
{
    const ProjectData data = parseOrFail(readFile(goldenPath()));
    const auto stageNamed = [&](const QString &name) {
        for (const Stage &s : data.stages) {
            if (s.name == name)
                return s;
        }
        qFatal("no stage %s", qPrintable(name));
    };
    const Stage generate = stageNamed(QStringLiteral("Generate exchanges"));
    QCOMPARE(generate.settings.value(QStringLiteral("concurrency")).typeId(), QMetaType::Int);
    QCOMPARE(generate.settings.value(QStringLiteral("temperature")).typeId(), QMetaType::Double);
    QCOMPARE(generate.settings.value(QStringLiteral("outputFields")).typeId(),
             QMetaType::QStringList);
    QCOMPARE(generate.settings.value(QStringLiteral("template")).typeId(), QMetaType::QString);
    const Stage judge = stageNamed(QStringLiteral("Judge quality"));
    QCOMPARE(judge.settings.value(QStringLiteral("threshold")).typeId(), QMetaType::Double);
    QCOMPARE(judge.settings.value(QStringLiteral("threshold")).toDouble(), 7.0);
    const Stage mix = stageNamed(QStringLiteral("Mix 30% real"));
    QCOMPARE(mix.position, QPointF(1200.5, -240.25));
    const Stage seeds = stageNamed(QStringLiteral("Seed exchanges"));
    const QVariantList rows = seeds.settings.value(QStringLiteral("rows")).toList();
    QCOMPARE(rows.size(), 6);
    QCOMPARE(rows.at(3).toMap().value(QStringLiteral("category")).toString(),
             QStringLiteral("物流"));
    // Integers out of int's range stay as they were, for the validator to report (1e308 once
    // overflowed the rounding, found by UBSan).
    QByteArray huge = readFile(goldenPath());
    huge.replace("\"concurrency\": 8", "\"concurrency\": 1e308");
    const ProjectData hugeData = parseOrFail(huge);
    bool checked = false;
    for (const Stage &s : hugeData.stages) {
        if (s.name == QLatin1String("Generate exchanges")) {
            QCOMPARE(s.settings.value(QStringLiteral("concurrency")).typeId(), QMetaType::Double);
            QCOMPARE(s.settings.value(QStringLiteral("concurrency")).toDouble(), 1e308);
            checked = true;
        }
    }
    QVERIFY(checked);
    // An unknown type keeps its settings as they were.
    const Stage future = stageNamed(QStringLiteral("From a newer plug-in"));
    QCOMPARE(future.type, QStringLiteral("future_stage"));
    QCOMPARE(future.settings.value(QStringLiteral("tab\tand\u0001control")).toString(),
             QStringLiteral("line1\nline2\r\n"));
}

void TestProjectFormat::oneFieldEditIsOneLineDiff_data()
{
    QTest::addColumn<QString>("edit");
    QTest::newRow("integer setting") << "concurrency";
    QTest::newRow("text setting") << "rubric";
    QTest::newRow("rename") << "name";
    QTest::newRow("move") << "position";
    QTest::newRow("template text") << "template";
}

void TestProjectFormat::oneFieldEditIsOneLineDiff()
{
    QFETCH(QString, edit);
    const QByteArray original = readFile(goldenPath());
    ProjectData data = parseOrFail(original);
    Stage &judge = data.stages[2];
    QCOMPARE(judge.type, QStringLiteral("judge"));
    if (edit == QLatin1String("concurrency"))
        judge.settings.insert(edit, 16);
    else if (edit == QLatin1String("rubric"))
        judge.settings.insert(edit, QStringLiteral("Be strict.\nBe fair."));
    else if (edit == QLatin1String("name"))
        judge.name = QStringLiteral("Strict judge");
    else if (edit == QLatin1String("position"))
        judge.position = QPointF(640, 120);
    else
        data.templates[1].user += QStringLiteral("\nAnswer in JSON only.");
    QCOMPARE(changedLines(ProjectFormat::serialize(data), original), 1);
}

void TestProjectFormat::rejects_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<int>("code");
    QTest::addColumn<QString>("messageContains");

    const QByteArray golden = readFile(goldenPath());
    const auto replaced = [&](const char *from, const char *to) {
        QByteArray copy = golden;
        const qsizetype at = copy.indexOf(from);
        Q_ASSERT(at >= 0);
        return copy.replace(at, qsizetype(qstrlen(from)), to);
    };

    QTest::newRow("empty") << QByteArray() << int(ProjectError::NotAProject) << "not a Seedbed";
    QTest::newRow("plain text") << QByteArray("hello\n") << int(ProjectError::NotAProject)
                                << "not a Seedbed";
    QTest::newRow("binary") << QByteArray("\x89PNG\r\n\x1a\n\0\0", 10)
                            << int(ProjectError::NotAProject) << "not a Seedbed";
    QTest::newRow("json array") << QByteArray("[1, 2]") << int(ProjectError::NotAProject)
                                << "\"format\"";
    QTest::newRow("other json") << QByteArray(R"({"format": "kiln-project", "version": 1})")
                                << int(ProjectError::NotAProject) << "\"format\"";
    QTest::newRow("truncated") << golden.left(golden.size() / 2) << int(ProjectError::Corrupt)
                               << "at line";
    QTest::newRow("newer") << replaced("\"version\": 1", "\"version\": 7")
                           << int(ProjectError::NewerVersion) << "Update Seedbed";
    QTest::newRow("version text") << replaced("\"version\": 1", "\"version\": \"one\"")
                                  << int(ProjectError::Corrupt) << "format version";
    // Found by UBSan in the hostile-project suite: 1e308 overflowed the rounding to qint64.
    QTest::newRow("huge version") << replaced("\"version\": 1", "\"version\": 1e308")
                                  << int(ProjectError::Corrupt) << "format version";
    QTest::newRow("fractional version") << replaced("\"version\": 1", "\"version\": 1.5")
                                        << int(ProjectError::Corrupt) << "format version";
    QTest::newRow("duplicate stage id")
        << replaced("2f36391e-bcf4-49d5-9590-cc227a840cc8\",\n      \"type\"",
                    "d48e3610-9bc7-4f88-9c4c-bbe675b30f5a\",\n      \"type\"")
        << int(ProjectError::Corrupt) << "share the id";
    QTest::newRow("dangling edge")
        << replaced("\"to\": \"2f36391e", "\"to\": \"00000000-1111-2222-3333-444444444444\", "
                                          "\"x\": \"2f36391e")
        << int(ProjectError::Corrupt) << "does not exist";
    QTest::newRow("bad position") << replaced("\"position\": [0, 80]", "\"position\": [0]")
                                  << int(ProjectError::Corrupt) << "pair of numbers";
    QTest::newRow("stages not a list")
        << replaced("\"stages\": [", "\"stages\": {\"x\": [")
               .replace("\n  ],\n  \"edges\"", "\n  ]},\n  \"edges\"")
        << int(ProjectError::Corrupt) << "is not a list";
    QTest::newRow("edges not a list") << replaced("\"edges\": [", "\"edges\": 5, \"x\": [")
                                      << int(ProjectError::Corrupt) << "is not a list";
    QTest::newRow("settings not an object")
        << replaced("\"settings\": {\n        \"file\": \"\",",
                    "\"settings\": [], \"x\": {\n        \"file\": \"\",")
        << int(ProjectError::Corrupt) << "are not an object";
    QTest::newRow("bad id") << replaced("d48e3610-9bc7-4f88-9c4c-bbe675b30f5a\",\n      \"type\"",
                                        "seed\",\n      \"type\"")
                            << int(ProjectError::Corrupt) << "not a valid id";
}

void TestProjectFormat::rejects()
{
    QFETCH(QByteArray, bytes);
    QFETCH(int, code);
    QFETCH(QString, messageContains);

    ProjectData data;
    data.name = QStringLiteral("untouched");
    ProjectError error;
    QVERIFY(!ProjectFormat::parse(bytes, QStringLiteral("/x/project.seedbed"), &data, &error));
    QCOMPARE(int(error.code), code);
    QVERIFY2(error.message.contains(messageContains), qPrintable(error.message));
    QVERIFY2(error.message.contains(QStringLiteral("/x/project.seedbed")),
             qPrintable(error.message));
    QCOMPARE(data.name, QStringLiteral("untouched")); // nothing half-read
}

void TestProjectFormat::emptyProject()
{
    ProjectData empty;
    empty.name = QStringLiteral("New");
    const QByteArray bytes = ProjectFormat::serialize(empty);
    QCOMPARE(bytes, QByteArray("{\n"
                               "  \"format\": \"seedbed-project\",\n"
                               "  \"version\": 1,\n"
                               "  \"name\": \"New\",\n"
                               "  \"stages\": [],\n"
                               "  \"edges\": [],\n"
                               "  \"templates\": []\n"
                               "}\n"));
    const ProjectData back = parseOrFail(bytes);
    QCOMPARE(back.name, QStringLiteral("New"));
}

QTEST_GUILESS_MAIN(TestProjectFormat)
#include "tst_projectformat.moc"
