// Hostile projects (issue 9, section 3): 1,000 project folders mutated from a valid small
// project (bit flips, truncation, a foreign SQLite application_id, a directory or a special
// file in place of a file, symlinks pointing outside, empty files, another application's
// database, broken JSON structure, garbage). Opening each must either refuse it with a message
// or open it correctly, in less than 2 s of CPU time, and leave every file on disk, inside the
// folder and where its links point, byte for byte as it was, with nothing new beside it (no
// -wal, -shm, -journal or lock file). The RNG is seeded: the same 1,000 cases every run.

#include "models/projectdocument.h"
#include "models/projectformat.h"
#include "models/projectstore.h"
#include "models/readonlyconnection.h"

#include "models/graphcommands.h"
#include "testhelpers.h"

#include <QCryptographicHash>
#include <QDir>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

#include <sys/stat.h>
#include <time.h>

using namespace Seedbed;
using namespace Seedbed::Test;

namespace {

constexpr int caseCount = 1000;
constexpr quint32 seed = 20261127;
constexpr double maxCpuSeconds = 2.0;

double threadCpuSeconds()
{
    timespec t{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t);
    return double(t.tv_sec) + double(t.tv_nsec) / 1e9;
}

/* What is on disk under a folder, without following links: for each entry its kind and, for
   a regular file, its size and hash (of its first and last MiB when it is larger than 16 MiB,
   as a sparse giant is), for a link its target. */
using Snapshot = QMap<QString, QByteArray>;

QByteArray fileDigest(const QString &path, qint64 size)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return "unreadable";
    QCryptographicHash hash(QCryptographicHash::Sha256);
    constexpr qint64 mib = 1024 * 1024;
    if (size <= 16 * mib) {
        hash.addData(&file);
    } else {
        hash.addData(file.read(mib));
        file.seek(size - mib);
        hash.addData(file.read(mib));
    }
    return QByteArray::number(size) + ':' + hash.result().toHex();
}

Snapshot snapshot(const QString &folder)
{
    Snapshot entries;
    QDirIterator it(folder, QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        const QFileInfo info = it.fileInfo();
        const QString name = QDir(folder).relativeFilePath(path);
        struct stat st
        {
        };
        if (::lstat(QFile::encodeName(path).constData(), &st) != 0)
            entries.insert(name, "vanished");
        else if (S_ISLNK(st.st_mode))
            entries.insert(name, "link:" + QFile::encodeName(info.symLinkTarget()));
        else if (S_ISDIR(st.st_mode))
            entries.insert(name, "dir");
        else if (S_ISREG(st.st_mode))
            entries.insert(name, fileDigest(path, st.st_size));
        else
            entries.insert(name, "special:" + QByteArray::number(st.st_mode, 8));
    }
    return entries;
}

QString describe(const Snapshot &before, const Snapshot &after)
{
    QStringList changes;
    for (auto it = after.cbegin(); it != after.cend(); ++it) {
        if (!before.contains(it.key()))
            changes.append(QStringLiteral("new %1").arg(it.key()));
        else if (before.value(it.key()) != it.value())
            changes.append(QStringLiteral("changed %1").arg(it.key()));
    }
    for (auto it = before.cbegin(); it != before.cend(); ++it) {
        if (!after.contains(it.key()))
            changes.append(QStringLiteral("removed %1").arg(it.key()));
    }
    return changes.join(QLatin1String(", "));
}

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

bool writeAll(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) &&
           file.write(bytes) == bytes.size();
}

void flipBits(QByteArray &bytes, QRandomGenerator &rng, int count, qsizetype from, qsizetype to)
{
    if (to <= from)
        return;
    for (int i = 0; i < count; ++i) {
        const qsizetype at = from + qsizetype(rng.bounded(quint32(to - from)));
        bytes[at] = char(bytes[at] ^ char(1 << rng.bounded(8)));
    }
}

// A SQLite database of some other application: its own tables, and \a applicationId.
bool makeForeignDatabase(const QString &path, qint32 applicationId, bool seedbedTables)
{
    bool ok = false;
    const QString name = QStringLiteral("foreign-%1").arg(quintptr(&ok));
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        if (db.open()) {
            QSqlQuery q(db);
            ok = q.exec(QStringLiteral("PRAGMA application_id = %1").arg(applicationId));
            if (seedbedTables) {
                // The names of our tables, but none of our schema or version.
                ok = ok && q.exec(QStringLiteral("CREATE TABLE records (x)")) &&
                     q.exec(QStringLiteral("CREATE TABLE runs (x)")) &&
                     q.exec(QStringLiteral("CREATE TABLE reviews (x)"));
            } else {
                ok = ok &&
                     q.exec(QStringLiteral("CREATE TABLE moz_places (id INTEGER PRIMARY KEY, "
                                           "url TEXT)")) &&
                     q.exec(QStringLiteral("INSERT INTO moz_places (url) VALUES "
                                           "('https://example.org/')"));
            }
            db.close();
        }
    }
    QSqlDatabase::removeDatabase(name);
    return ok;
}

enum class Kind {
    FlipProject,
    FlipDatabaseHeader,
    FlipDatabase,
    FlipBoth,
    TruncateProject,
    TruncateDatabase,
    ForeignApplicationId,
    DirectoryInPlace,
    Symlink,
    EmptyFile,
    ForeignDatabase,
    JsonStructure,
    SpecialFile,
    Garbage,
    Count
};

const char *kindName(Kind kind)
{
    static const char *names[] = {
        "bit flips in project.seedbed",
        "bit flips in the database header",
        "bit flips in the database",
        "bit flips in both files",
        "project.seedbed truncated or extended",
        "data.sqlite truncated",
        "foreign application_id",
        "directory in place of a file",
        "symlink",
        "empty file",
        "another application's database",
        "JSON structure",
        "special file in place of a file",
        "garbage",
    };
    return names[int(kind)];
}

// Kinds whose every case must be refused: nothing in them is a project one could open.
bool mustRefuse(Kind kind)
{
    switch (kind) {
    case Kind::ForeignApplicationId:
    case Kind::DirectoryInPlace:
    case Kind::Symlink:
    case Kind::EmptyFile:
    case Kind::ForeignDatabase:
    case Kind::SpecialFile:
        return true;
    default:
        return false;
    }
}

// A random JSON value of a surprising kind.
QJsonValue oddValue(QRandomGenerator &rng)
{
    switch (rng.bounded(8)) {
    case 0:
        return QJsonValue::Null;
    case 1:
        return -1;
    case 2:
        return 1e308;
    case 3:
        return QString();
    case 4:
        return QString(200000, QLatin1Char('w'));
    case 5:
        return QJsonArray{1, QStringLiteral("two"), QJsonObject()};
    case 6:
        return QJsonObject{{QStringLiteral("unexpected"), true}};
    default:
        return false;
    }
}

// Replaces, removes or adds one member somewhere in \a object (recursively into arrays and
// objects, depth-first at a random place).
void mutateJson(QJsonObject &object, QRandomGenerator &rng, int depth = 0)
{
    const QStringList keys = object.keys();
    if (keys.isEmpty() || depth > 6) {
        object.insert(QStringLiteral("x"), oddValue(rng));
        return;
    }
    const QString key = keys.at(int(rng.bounded(quint32(keys.size()))));
    QJsonValue value = object.value(key);
    const quint32 action = rng.bounded(10);
    if (action < 2 || !(value.isObject() || value.isArray())) {
        if (action == 0)
            object.remove(key);
        else
            object.insert(key, oddValue(rng));
        return;
    }
    if (value.isObject()) {
        QJsonObject inner = value.toObject();
        mutateJson(inner, rng, depth + 1);
        object.insert(key, inner);
        return;
    }
    QJsonArray array = value.toArray();
    if (array.isEmpty() || action == 9) {
        array.append(oddValue(rng));
    } else {
        const qsizetype at = qsizetype(rng.bounded(quint32(array.size())));
        if (action == 8) {
            array.append(array.at(at)); // a duplicate: the same ids twice
        } else if (array.at(at).isObject()) {
            QJsonObject inner = array.at(at).toObject();
            mutateJson(inner, rng, depth + 1);
            array.replace(at, inner);
        } else {
            array.replace(at, oddValue(rng));
        }
    }
    object.insert(key, array);
}

struct Figures
{
    int refused[int(Kind::Count)] = {};
    int opened[int(Kind::Count)] = {};
    int repaired = 0; // opened, and the data file was legitimately brought up to date
    QMap<int, int> codes;
    QMap<int, QString> examples; // the first message of each error code, and its case
    qint64 hostileBytes = 0;
    double maxCpu = 0;
    qint64 maxWallMs = 0;
    QString slowest;
};

} // namespace

class tst_HostileProjects : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void mutatedProjects();
    void cleanupTestCase();

private:
    QTemporaryDir m_root;
    QString m_base;             // the valid project
    QByteArray m_projectBytes;  // its project.seedbed
    QByteArray m_databaseBytes; // its data.sqlite
};

void tst_HostileProjects::initTestCase()
{
    QVERIFY(m_root.isValid());
    m_base = m_root.filePath(QStringLiteral("base"));
    ProjectError error;
    {
        auto doc = ProjectDocument::create(m_base, QStringLiteral("Hostile base"), &error);
        QVERIFY2(doc, qPrintable(error.message));
        const Stage seeds = makeStage(QStringLiteral("seed_table"), QStringLiteral("Seeds"));
        const Stage dedup = makeStage(QStringLiteral("dedup_exact"), QStringLiteral("Dedup"));
        doc->undoStack()->push(new AddStagesCommand(doc->graph(), {seeds, dedup}));
        doc->graph()->insertEdge(makeEdge(seeds, dedup));
        QSqlQuery q(doc->store()->database());
        QVERIFY(q.exec(QStringLiteral("INSERT INTO runs (state) VALUES ('finished')")));
        for (int i = 0; i < 200; ++i) {
            q.prepare(QStringLiteral("INSERT INTO records (stage_id, run_id, fields, status) "
                                     "VALUES (?, 1, ?, ?)"));
            q.addBindValue(seeds.id.toString(QUuid::WithoutBraces));
            q.addBindValue(QStringLiteral("{\"question\":\"Question %1 with some text to fill "
                                          "pages\",\"answer\":\"Answer %1\"}")
                               .arg(i));
            q.addBindValue(i % 7 == 0 ? QStringLiteral("filtered") : QStringLiteral("ok"));
            QVERIFY2(q.exec(), qPrintable(q.lastError().text()));
        }
        QVERIFY(doc->save(&error));
    }
    m_projectBytes = readAll(QDir(m_base).filePath(QLatin1String(ProjectFormat::fileName)));
    m_databaseBytes = readAll(QDir(m_base).filePath(QLatin1String(ProjectFormat::databaseName)));
    QVERIFY(m_projectBytes.size() > 100);
    QVERIFY(m_databaseBytes.size() > 16 * 4096);
    // Closed cleanly: exactly the two files, and it opens.
    QCOMPARE(QDir(m_base).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot).size(),
             2);
    auto doc = ProjectDocument::open(m_base, &error);
    QVERIFY2(doc, qPrintable(error.message));
    QCOMPARE(doc->graph()->stages().size(), 2);
}

void tst_HostileProjects::mutatedProjects()
{
    QRandomGenerator rng(seed);
    Figures figures;
    QElapsedTimer total;
    total.start();
    for (int n = 0; n < caseCount; ++n) {
        const Kind kind = Kind(n % int(Kind::Count));
        const QString caseDir = m_root.filePath(QStringLiteral("case-%1").arg(n));
        const QString folder = caseDir + QStringLiteral("/project");
        const QString outside = caseDir + QStringLiteral("/outside");
        QVERIFY(QDir().mkpath(folder) && QDir().mkpath(outside));
        const QString projectFile =
            folder + QLatin1Char('/') + QLatin1String(ProjectFormat::fileName);
        const QString databaseFile =
            folder + QLatin1Char('/') + QLatin1String(ProjectFormat::databaseName);
        QByteArray project = m_projectBytes;
        QByteArray database = m_databaseBytes;
        QString what; // the mutation, for messages
        bool writeProject = true;
        bool writeDatabase = true;

        switch (kind) {
        case Kind::FlipProject: {
            const int bits = 1 + int(rng.bounded(8));
            flipBits(project, rng, bits, 0, project.size());
            what = QStringLiteral("%1 bits").arg(bits);
            break;
        }
        case Kind::FlipDatabaseHeader: {
            const int bits = 1 + int(rng.bounded(3));
            flipBits(database, rng, bits, 0, 100);
            what = QStringLiteral("%1 bits").arg(bits);
            break;
        }
        case Kind::FlipDatabase: {
            const int bits = 1 + int(rng.bounded(16));
            flipBits(database, rng, bits, 0, database.size());
            what = QStringLiteral("%1 bits").arg(bits);
            break;
        }
        case Kind::FlipBoth:
            flipBits(project, rng, 1 + int(rng.bounded(4)), 0, project.size());
            flipBits(database, rng, 1 + int(rng.bounded(8)), 0, database.size());
            what = QStringLiteral("both");
            break;
        case Kind::TruncateProject:
            if (rng.bounded(8) == 0) {
                // A sparse giant: must be refused without being read whole.
                writeProject = false;
                QFile file(projectFile);
                QVERIFY(file.open(QIODevice::WriteOnly) && file.write(project) == project.size() &&
                        file.resize(qint64(1) << 31));
                what = QStringLiteral("extended to 2 GiB");
            } else {
                const qsizetype size = qsizetype(rng.bounded(quint32(project.size())));
                project.truncate(size);
                what = QStringLiteral("to %1 bytes").arg(size);
            }
            break;
        case Kind::TruncateDatabase: {
            qsizetype size = 0;
            switch (rng.bounded(3)) {
            case 0:
                size = qsizetype(rng.bounded(100u));
                break;
            case 1:
                size = 4096 * qsizetype(rng.bounded(quint32(database.size() / 4096)));
                break;
            default:
                size = qsizetype(rng.bounded(quint32(database.size())));
                break;
            }
            database.truncate(size);
            what = QStringLiteral("to %1 bytes").arg(size);
            break;
        }
        case Kind::ForeignApplicationId: {
            quint32 id = 0;
            do {
                id = rng.generate();
            } while (id == 0 || id == quint32(ProjectStore::applicationId));
            database[68] = char(id >> 24);
            database[69] = char(id >> 16);
            database[70] = char(id >> 8);
            database[71] = char(id);
            what = QStringLiteral("0x%1").arg(id, 8, 16, QLatin1Char('0'));
            break;
        }
        case Kind::DirectoryInPlace: {
            static const char *names[] = {"project.seedbed", "data.sqlite", ".seedbed.lock",
                                          "data.sqlite-wal", "data.sqlite-journal"};
            const QString name = QLatin1String(names[rng.bounded(5)]);
            // A file in the directory too: nothing may remove it to make room.
            QVERIFY(QDir().mkpath(folder + QLatin1Char('/') + name));
            QVERIFY(writeAll(folder + QLatin1Char('/') + name + QStringLiteral("/keep"), "keep"));
            writeProject = name != QLatin1String("project.seedbed");
            writeDatabase = name != QLatin1String("data.sqlite");
            what = name;
            break;
        }
        case Kind::Symlink: {
            const quint32 variant = rng.bounded(7);
            QString link;
            QString target;
            switch (variant) {
            case 0: // a valid project file outside the folder
                link = projectFile;
                target = outside + QStringLiteral("/project.seedbed");
                QVERIFY(writeAll(target, m_projectBytes));
                break;
            case 1: // a valid data file outside: opening would write into it
                link = databaseFile;
                target = outside + QStringLiteral("/data.sqlite");
                QVERIFY(writeAll(target, m_databaseBytes));
                break;
            case 2:
                link = projectFile;
                target = QStringLiteral("/dev/zero");
                break;
            case 3:
                link = databaseFile;
                target = QStringLiteral("/dev/zero");
                break;
            case 4: // dangling: opening must not create the file it points to
                link = databaseFile;
                target = outside + QStringLiteral("/missing.sqlite");
                break;
            case 5:
                link = projectFile;
                target = QStringLiteral("/etc/passwd");
                break;
            default: // relative, up and out of the folder
                link = databaseFile;
                target = QStringLiteral("../outside/data.sqlite");
                QVERIFY(writeAll(outside + QStringLiteral("/data.sqlite"), m_databaseBytes));
                break;
            }
            writeProject = link != projectFile;
            writeDatabase = link != databaseFile;
            QVERIFY(QFile::link(target, link));
            what = QFileInfo(link).fileName() + QStringLiteral(" -> ") + target;
            break;
        }
        case Kind::EmptyFile:
            switch (rng.bounded(3)) {
            case 0:
                project.clear();
                what = QStringLiteral("project.seedbed");
                break;
            case 1:
                database.clear();
                what = QStringLiteral("data.sqlite");
                break;
            default:
                project.clear();
                database.clear();
                what = QStringLiteral("both");
                break;
            }
            break;
        case Kind::ForeignDatabase: {
            writeDatabase = false;
            const quint32 variant = rng.bounded(3);
            const qint32 id = variant == 1 ? 0x47504B47 : 0; // GeoPackage
            QVERIFY(makeForeignDatabase(databaseFile, id, variant == 2));
            what = variant == 0   ? QStringLiteral("browser history")
                   : variant == 1 ? QStringLiteral("GeoPackage")
                                  : QStringLiteral("our table names, no id or version");
            break;
        }
        case Kind::JsonStructure: {
            QJsonObject object = QJsonDocument::fromJson(m_projectBytes).object();
            const int edits = 1 + int(rng.bounded(3));
            for (int i = 0; i < edits; ++i)
                mutateJson(object, rng);
            if (rng.bounded(6) == 0) {
                // 2,000 levels of nesting under a key this version does not know.
                QByteArray deep = QByteArray(2000, '[') + QByteArray(2000, ']');
                project = QJsonDocument(object).toJson();
                project.insert(project.indexOf('{') + 1, "\"deep\": " + deep + ",");
                what = QStringLiteral("%1 edits, deep nesting").arg(edits);
            } else {
                project = QJsonDocument(object).toJson();
                what = QStringLiteral("%1 edits").arg(edits);
            }
            break;
        }
        case Kind::SpecialFile: {
            const bool projectFifo = rng.bounded(2) == 0;
            const QString path = projectFifo ? projectFile : databaseFile;
            QVERIFY(::mkfifo(QFile::encodeName(path).constData(), 0600) == 0);
            writeProject = !projectFifo;
            writeDatabase = projectFifo;
            what = QStringLiteral("FIFO as %1").arg(QFileInfo(path).fileName());
            break;
        }
        case Kind::Garbage: {
            QByteArray noise(qsizetype(1 + rng.bounded(8192u)), Qt::Uninitialized);
            for (char &c : noise)
                c = char(rng.bounded(256));
            if (rng.bounded(2) == 0) {
                project = noise;
                what = QStringLiteral("project.seedbed");
            } else {
                // Past a valid header: SQLite has to look further to see it is garbage.
                database = m_databaseBytes.left(100) + noise;
                what = QStringLiteral("data.sqlite");
            }
            break;
        }
        case Kind::Count:
            break;
        }
        if (writeProject)
            QVERIFY(writeAll(projectFile, project));
        if (writeDatabase)
            QVERIFY(writeAll(databaseFile, database));
        figures.hostileBytes +=
            (writeProject ? project.size() : 0) + (writeDatabase ? database.size() : 0);

        const QString label =
            QStringLiteral("case %1 (%2: %3)").arg(n).arg(QLatin1String(kindName(kind)), what);
        const Snapshot before = snapshot(caseDir);

        ProjectError error;
        QElapsedTimer wall;
        wall.start();
        const double cpuStart = threadCpuSeconds();
        std::unique_ptr<ProjectDocument> doc = ProjectDocument::open(folder, &error);
        bool storeWorks = false;
        if (doc) {
            // Opened: the data must be readable, not just the file accepted.
            QSqlQuery q(doc->store()->database());
            storeWorks = q.exec(QStringLiteral("SELECT count(*), sum(length(fields)) FROM "
                                               "records")) &&
                         q.next();
            doc.reset();
        }
        const double cpu = threadCpuSeconds() - cpuStart;
        const qint64 wallMs = wall.elapsed();
        if (cpu > figures.maxCpu) {
            figures.maxCpu = cpu;
            figures.slowest = label;
        }
        figures.maxWallMs = std::max(figures.maxWallMs, wallMs);
        QVERIFY2(cpu < maxCpuSeconds,
                 qPrintable(QStringLiteral("%1 took %2 s of CPU").arg(label).arg(cpu)));

        const Snapshot after = snapshot(caseDir);
        if (error) {
            ++figures.refused[int(kind)];
            ++figures.codes[int(error.code)];
            if (!figures.examples.contains(int(error.code)))
                figures.examples.insert(int(error.code),
                                        label + QStringLiteral(": ") + error.message);
            QVERIFY2(!error.message.trimmed().isEmpty(), qPrintable(label));
            QVERIFY2(before == after, qPrintable(label + QStringLiteral(": refused, but ") +
                                                 describe(before, after)));
        } else {
            QVERIFY2(storeWorks, qPrintable(label + QStringLiteral(": opened, data unreadable")));
            QVERIFY2(!mustRefuse(kind), qPrintable(label + QStringLiteral(": opened")));
            ++figures.opened[int(kind)];
            // Opening may bring the data file up to date (a lost application id restamped, an
            // older schema migrated) and nothing else: the same entries, project.seedbed as
            // it was, and a data file that is ours, current and intact.
            Snapshot beforeData = before;
            Snapshot afterData = after;
            const QString dataName = QStringLiteral("project/data.sqlite");
            beforeData.remove(dataName);
            afterData.remove(dataName);
            QVERIFY2(beforeData == afterData, qPrintable(label + QStringLiteral(": opened, but ") +
                                                         describe(before, after)));
            if (before.value(dataName) != after.value(dataName)) {
                ++figures.repaired;
                const ReadOnlyConnection connection(databaseFile);
                QSqlQuery q(connection.database());
                QVERIFY(q.exec(QStringLiteral("PRAGMA integrity_check")) && q.next());
                QCOMPARE(q.value(0).toString(), QStringLiteral("ok"));
                QVERIFY(q.exec(QStringLiteral("PRAGMA application_id")) && q.next());
                QCOMPARE(q.value(0).toInt(), ProjectStore::applicationId);
                QVERIFY(q.exec(QStringLiteral("PRAGMA user_version")) && q.next());
                QCOMPARE(q.value(0).toInt(), ProjectStore::schemaVersion);
            }
        }
        QDir(caseDir).removeRecursively();
    }

    int refused = 0;
    qInfo("%d mutated projects in %.1f s, %lld bytes of hostile input; max %.3f s CPU (%s), "
          "max %lld ms wall",
          caseCount, double(total.elapsed()) / 1000.0, figures.hostileBytes, figures.maxCpu,
          qPrintable(figures.slowest), figures.maxWallMs);
    for (int k = 0; k < int(Kind::Count); ++k) {
        qInfo("  %-40s refused %3d, opened %3d", kindName(Kind(k)), figures.refused[k],
              figures.opened[k]);
        refused += figures.refused[k];
    }
    qInfo("  refused %d, opened %d (data file brought up to date in %d)", refused,
          caseCount - refused, figures.repaired);
    for (auto it = figures.codes.cbegin(); it != figures.codes.cend(); ++it)
        qInfo("  error code %d: %d, e.g. %s", it.key(), it.value(),
              qPrintable(figures.examples.value(it.key())));
    // Every kind was tried, and the suite is not vacuous: most mutants are refused.
    for (int k = 0; k < int(Kind::Count); ++k)
        QVERIFY(figures.refused[k] + figures.opened[k] == caseCount / int(Kind::Count) ||
                figures.refused[k] + figures.opened[k] == caseCount / int(Kind::Count) + 1);
    QVERIFY(refused > caseCount / 2);
}

void tst_HostileProjects::cleanupTestCase()
{
    // Each case's folder is removed as it ends; the base is what is left.
    QVERIFY(QDir(m_root.path()).entryList(QDir::Dirs | QDir::NoDotAndDotDot).size() <= 1);
}

QTEST_GUILESS_MAIN(tst_HostileProjects)

#include "tst_hostileprojects.moc"
