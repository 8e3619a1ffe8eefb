// Fuzz target: opening a project folder the way the app does (ProjectDocument::open: parse
// project.seedbed, lock the folder, check and migrate data.sqlite) must, for any mutated
// project.seedbed and data.sqlite, either open it or fail with a message, and leave the files
// of a folder it refused unchanged; never crash or hang.
//
// An input is [2 bytes: length N, little-endian][N bytes: project.seedbed][data.sqlite part].
// The data.sqlite part starts with a mode byte:
//   absent, or mode % 4 == 0: the folder has no data.sqlite (open creates one);
//   mode % 4 == 1: the rest is the data.sqlite file itself;
//   mode % 4 == 2: a valid current data.sqlite (made by this process with ProjectStore) with
//                  the rest read as 4-byte patches: 3 bytes offset (little-endian, modulo the
//                  file size), 1 byte the value written there;
//   mode % 4 == 3: as 2, after 2 more bytes that cut the file at (that value * 64) bytes.
// So a short input can both damage a real SQLite file in a few places and replace it whole.
//
// Built as a libFuzzer target with `make fuzz` (clang), and as a replay of its seed corpus in
// every `make test` (tests/fuzz/replay_main.cpp).

#include "models/projectdocument.h"
#include "models/projecterror.h"
#include "models/projectformat.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QTemporaryDir>

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <memory>

using namespace Seedbed;

namespace {

[[noreturn]] void failed(const char *what, const QString &detail = QString())
{
    std::fprintf(stderr, "fuzz_project: %s %s\n", what, qPrintable(detail));
    __builtin_trap();
}

QByteArray readAll(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

void writeAll(const QString &path, QByteArrayView bytes)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) ||
        file.write(bytes.data(), bytes.size()) != bytes.size()) {
        failed("cannot write", path);
    }
}

struct Environment
{
    std::unique_ptr<QCoreApplication> app;
    std::unique_ptr<QTemporaryDir> dir;
    QByteArray validDatabase; // a fresh data.sqlite at the current schema version
};

Environment &environment()
{
    static Environment env = [] {
        Environment e;
        static int argc = 1;
        static char name[] = "fuzz_project";
        static char *argv[] = {name, nullptr};
        if (!QCoreApplication::instance())
            e.app = std::make_unique<QCoreApplication>(argc, argv);
        // Every refused file would log a line; the fuzzer's own output matters more here.
        QLoggingCategory::setFilterRules(QStringLiteral("*.debug=false\n*.info=false"));
        e.dir = std::make_unique<QTemporaryDir>();
        if (!e.dir->isValid())
            failed("no temporary folder");
        const QString base = e.dir->filePath(QStringLiteral("base"));
        ProjectError error;
        {
            std::unique_ptr<ProjectDocument> document =
                ProjectDocument::create(base, QStringLiteral("Fuzz"), &error);
            if (!document)
                failed("cannot create the base project:", error.message);
        }
        const QString database = QDir(base).filePath(QLatin1String(ProjectFormat::databaseName));
        if (QFileInfo::exists(database + QStringLiteral("-wal")))
            failed("the base data.sqlite was left with a write-ahead log");
        e.validDatabase = readAll(database);
        if (e.validDatabase.size() < 512)
            failed("the base data.sqlite is too small");
        return e;
    }();
    return env;
}

QStringList listing(const QString &folder)
{
    return QDir(folder).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot,
                                  QDir::Name);
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    Environment &env = environment();
    const QByteArrayView input(reinterpret_cast<const char *>(data), qsizetype(size));
    if (input.size() < 2)
        return 0;
    const qsizetype projectLength =
        qMin<qsizetype>(input.size() - 2, uint8_t(input[0]) | (uint8_t(input[1]) << 8));
    const QByteArrayView projectFile = input.sliced(2, projectLength);
    const QByteArrayView databasePart = input.sliced(2 + projectLength);

    QByteArray database;
    bool hasDatabase = false;
    if (!databasePart.isEmpty()) {
        const uint8_t mode = uint8_t(databasePart[0]);
        QByteArrayView rest = databasePart.sliced(1);
        switch (mode % 4) {
        case 0:
            break;
        case 1:
            hasDatabase = true;
            database = rest.toByteArray();
            break;
        default:
            hasDatabase = true;
            database = env.validDatabase;
            if (mode % 4 == 3 && rest.size() >= 2) {
                const qsizetype cut = (uint8_t(rest[0]) | (uint8_t(rest[1]) << 8)) * 64;
                database.truncate(cut % (database.size() + 1));
                rest = rest.sliced(2);
            }
            for (qsizetype i = 0; i + 4 <= rest.size() && !database.isEmpty(); i += 4) {
                const qsizetype offset =
                    uint8_t(rest[i]) | (uint8_t(rest[i + 1]) << 8) | (uint8_t(rest[i + 2]) << 16);
                database[offset % database.size()] = rest[i + 3];
            }
            break;
        }
    }

    const QString folder = env.dir->filePath(QStringLiteral("project"));
    QDir(folder).removeRecursively();
    if (!QDir().mkpath(folder))
        failed("cannot make", folder);
    const QString projectPath = QDir(folder).filePath(QLatin1String(ProjectFormat::fileName));
    const QString databasePath = QDir(folder).filePath(QLatin1String(ProjectFormat::databaseName));
    writeAll(projectPath, projectFile);
    if (hasDatabase)
        writeAll(databasePath, database);
    const QStringList filesBefore = listing(folder);

    ProjectError error;
    std::unique_ptr<ProjectDocument> document = ProjectDocument::open(folder, &error);
    if (document) {
        if (error)
            failed("opened, and an error too:", error.message);
        // Opened: it must be usable and savable like any project.
        (void)document->graph();
        ProjectError saveError;
        if (!document->save(&saveError))
            failed("an opened project cannot be saved:", saveError.message);
        document.reset();
    } else {
        if (!error || error.message.isEmpty())
            failed("refused without a message");
        // Nothing on disk changes when opening fails.
        if (readAll(projectPath) != projectFile)
            failed("a refused project.seedbed was changed:", error.message);
        if (hasDatabase && readAll(databasePath) != database)
            failed("a refused data.sqlite was changed:", error.message);
        if (listing(folder) != filesBefore)
            failed("a refused project folder holds other files afterwards:",
                   listing(folder).join(u' ') + QStringLiteral(" / ") + error.message);
    }
    return 0;
}
