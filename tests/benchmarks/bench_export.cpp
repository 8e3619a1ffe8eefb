// Export throughput (issue 8, section 1): MB/s of JSONL and CSV exports of a million records,
// compared in the same run with Python's json.dumps and csv module writing the same rows
// (bench_export.py next to this file). Goal: at least 3× Python, or disk-bound.
//
//   cmake --build build-release --target bench_export
//   build-release/tests/bench_export [records] [path/to/bench_export.py] [data.sqlite]
//
// With a third argument the generated data file is kept there and reused by later runs (when
// it holds the same number of records), which saves generating it again.
//
// The project is written once (one SQL statement; ~520 bytes of fields per record, with a
// number and text that needs CSV quoting and neutralising). Each export then runs through
// Export::Exporter on a ReadOnlyConnection, as `seedbed export` does; the Python script reads
// the same data file with sqlite3 and writes the same rows. Also printed: the speed of plain
// 1 MiB writes of as many bytes to the same folder (what "disk-bound" means here) and the peak
// resident set size before and after the exports (constant memory: it must not grow with the
// records).

#include "models/export/exporter.h"
#include "models/projectstore.h"
#include "models/readonlyconnection.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <cstdio>

using namespace Seedbed;

namespace {

const char stageId[] = "6f1c0d52-4a9e-4c1b-9b1e-2f4c8f0a1d11";

qint64 peakRssKb()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n'))
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').first().toLongLong();
    return -1;
}

bool generate(const QString &path, int total)
{
    ProjectStore store;
    ProjectError error;
    if (!store.create(path, &error)) {
        std::fprintf(stderr, "%s\n", qPrintable(error.message));
        return false;
    }
    QSqlQuery query(store.database());
    query.exec(QStringLiteral("PRAGMA cache_size = -262144"));
    const bool ok = query.exec(
        QStringLiteral(
            "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < %1) "
            "INSERT INTO records (stage_id, fields, status, scores, score, item_key) "
            "SELECT '%2', json_object("
            "'question', 'Question ' || i || ' about topic' || (i % 1000) || ': where is my "
            "parcel, and what are the \"next\" steps?', "
            "'answer', CASE WHEN i % 50 = 0 THEN '=HYPERLINK(1)' ELSE '' END || 'A customer "
            "asks about a parcel that was marked as delivered but never arrived; the agent "
            "explains the next steps, the trace with the carrier and the refund policy.\nThe "
            "agent apologises, opens a claim, and promises an answer within two working days; "
            "reference ' || hex(randomblob(8)) || '. Ça va, 谢谢.', "
            "'category', CASE i % 3 WHEN 0 THEN 'shipping' WHEN 1 THEN 'refund' ELSE 'other' END, "
            "'score', (i * 7919 % 100) / 10.0), 'ok', "
            "json_object('Quality judge', (i * 7919 % 100) / 10.0), (i * 7919 % 100) / 10.0, "
            "'k' || (10000000 + i) FROM n")
            .arg(total)
            .arg(QLatin1String(stageId)));
    if (!ok)
        std::fprintf(stderr, "%s\n", qPrintable(query.lastError().text()));
    return ok;
}

// The records in a data file kept by an earlier run, or -1.
qint64 storedRecords(const QString &path)
{
    const ReadOnlyConnection connection(path);
    QSqlQuery query(connection.database());
    if (!query.exec(QStringLiteral("SELECT count(*) FROM records WHERE stage_id = '%1'")
                        .arg(QLatin1String(stageId))) ||
        !query.next())
        return -1;
    return query.value(0).toLongLong();
}

struct Timing
{
    double seconds = 0;
    qint64 bytes = 0;
    double mbps() const { return seconds > 0 ? double(bytes) / 1e6 / seconds : 0; }
};

Timing exportOnce(const QString &database, const QString &folder, Export::ExportFormat format)
{
    Export::ExportOptions options;
    options.stageIds = {QString::fromLatin1(stageId)};
    options.format = format;
    const QString name = QStringLiteral("seedbed.") + Export::ExportOptions::fileExtension(format);
    QElapsedTimer clock;
    clock.start();
    Export::ExportResult result;
    {
        const ReadOnlyConnection connection(database);
        result = Export::Exporter(options).run(connection.database(), folder, name);
    }
    Timing t{double(clock.nsecsElapsed()) / 1e9, result.bytes};
    if (!result.ok)
        std::fprintf(stderr, "export failed: %s\n", qPrintable(result.error));
    return t;
}

Timing plainWrites(const QString &path, qint64 bytes)
{
    QByteArray block(1 << 20, 'x');
    QElapsedTimer clock;
    clock.start();
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return {};
    for (qint64 done = 0; done < bytes; done += block.size())
        file.write(block);
    file.close();
    const Timing t{double(clock.nsecsElapsed()) / 1e9, QFileInfo(path).size()};
    QFile::remove(path);
    return t;
}

QString scriptPath(const QStringList &arguments)
{
    if (arguments.size() > 2)
        return arguments.at(2);
    // Beside this source file; __FILE__ may be relative to the build directory.
    const QString source = QString::fromUtf8(__FILE__);
    const QStringList bases{QDir::currentPath(), QCoreApplication::applicationDirPath(),
                            QCoreApplication::applicationDirPath() + QStringLiteral("/..")};
    for (const QString &base : bases) {
        const QFileInfo candidate(QDir(base).filePath(source));
        const QString script = candidate.absoluteDir().filePath(QStringLiteral("bench_export.py"));
        if (QFileInfo::exists(script))
            return script;
    }
    const QString fallback = QCoreApplication::applicationDirPath() +
                             QStringLiteral("/../../tests/benchmarks/bench_export.py");
    return fallback;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList arguments = app.arguments();
    const int total = arguments.size() > 1 ? arguments.at(1).toInt() : 1000000;
    const QString script = scriptPath(arguments);
    if (!QFileInfo::exists(script)) {
        std::fprintf(stderr, "bench_export.py not found (give its path as the second argument)\n");
        return 1;
    }
    QTemporaryDir dir;
    const QString database = arguments.size() > 3 ? QFileInfo(arguments.at(3)).absoluteFilePath()
                                                  : dir.filePath(QStringLiteral("data.sqlite"));
    QElapsedTimer clock;
    clock.start();
    if (QFileInfo::exists(database)) {
        const qint64 found = storedRecords(database);
        if (found != total) {
            std::fprintf(stderr, "%s holds %lld records, not %d: remove it or give another path\n",
                         qPrintable(database), static_cast<long long>(found), total);
            return 1;
        }
        std::printf("records: %d (reused), data file %.0f MB\n", total,
                    double(QFileInfo(database).size()) / 1e6);
    } else {
        if (!generate(database, total))
            return 1;
        std::printf("records: %d (generated in %.1f s), data file %.0f MB\n", total,
                    double(clock.elapsed()) / 1000, double(QFileInfo(database).size()) / 1e6);
    }
    const qint64 rssBefore = peakRssKb();

    // Warm the page cache for both sides alike.
    {
        QFile file(database);
        if (file.open(QIODevice::ReadOnly))
            while (!file.read(1 << 20).isEmpty()) {
            }
    }
    const Timing jsonl = exportOnce(database, dir.path(), Export::ExportFormat::Jsonl);
    const Timing csv = exportOnce(database, dir.path(), Export::ExportFormat::Csv);
    const qint64 rssAfter = peakRssKb();
    const Timing disk = plainWrites(dir.filePath(QStringLiteral("plain.bin")), jsonl.bytes);

    QProcess python;
    python.start(QStringLiteral("/usr/bin/python3"),
                 {script, database, QString::fromLatin1(stageId), dir.path()});
    if (!python.waitForFinished(-1) || python.exitCode() != 0) {
        std::fprintf(stderr, "python failed: %s\n", python.readAllStandardError().constData());
        return 1;
    }
    const QJsonObject py = QJsonDocument::fromJson(python.readAllStandardOutput()).object();
    const Timing pyJsonl{py.value(QStringLiteral("jsonl_seconds")).toDouble(),
                         qint64(py.value(QStringLiteral("jsonl_bytes")).toDouble())};
    const Timing pyCsv{py.value(QStringLiteral("csv_seconds")).toDouble(),
                       qint64(py.value(QStringLiteral("csv_bytes")).toDouble())};

    std::printf("%-8s %10s %10s %10s %10s %8s\n", "format", "seedbed s", "MB/s", "python s", "MB/s",
                "ratio");
    const auto row = [](const char *name, const Timing &ours, const Timing &theirs) {
        std::printf("%-8s %10.2f %10.1f %10.2f %10.1f %7.1fx\n", name, ours.seconds, ours.mbps(),
                    theirs.seconds, theirs.mbps(),
                    ours.seconds > 0 ? theirs.seconds / ours.seconds : 0.0);
    };
    row("jsonl", jsonl, pyJsonl);
    row("csv", csv, pyCsv);
    std::printf("bytes: jsonl %lld (python %lld), csv %lld (python %lld)\n",
                static_cast<long long>(jsonl.bytes), static_cast<long long>(pyJsonl.bytes),
                static_cast<long long>(csv.bytes), static_cast<long long>(pyCsv.bytes));
    std::printf("plain 1 MiB writes of as many bytes: %.1f MB/s\n", disk.mbps());
    std::printf("peak RSS: %lld kB after generating, %lld kB after both exports\n",
                static_cast<long long>(rssBefore), static_cast<long long>(rssAfter));
    return 0;
}
