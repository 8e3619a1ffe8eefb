// Opening and Save As of a project with a million records (issue: "open blocked the window
// for 1.4 s, Save As for 8 s"). In one run, side by side:
//   (a) asynchronous: MainWindow::openProject() and MainWindow::saveProjectAs(), which prepare
//       in a worker thread; measured as the longest gap between the ticks of a 10 ms timer on
//       the GUI thread, i.e. the longest time the event loop could not run;
//   (b) synchronous: ProjectDocument::open() and ProjectDocument::saveAs() called on the GUI
//       thread; measured as the time the call blocks.
// Every figure is the median of the runs; the ratio is (b) / (a). For reference, it also
// times ProjectDocument::finishOpen() and finishSaveAs() alone: the part of the asynchronous
// path that is the engine's on the GUI thread (the rest of the gap is the window building its
// views for the project, which does not depend on the number of records).
//
//   cmake --build build-release --target bench_open
//   build-release/tests/bench_open [records] [runs]
//
// Needs about three times the data file's size in free space in $TMPDIR (the project and its
// copies; a million records make a data file of about 400 MB).

#include "models/projectdocument.h"
#include "models/projectformat.h"
#include "models/projectstore.h"
#include "widgets/mainwindow.h"

#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QThread>
#include <QTimer>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <functional>
#include <memory>
#include <vector>

using namespace Seedbed;

namespace {

[[noreturn]] void die(const QString &message)
{
    std::fprintf(stderr, "bench_open: %s\n", qPrintable(message));
    std::exit(1);
}

double median(std::vector<double> values)
{
    std::sort(values.begin(), values.end());
    const size_t n = values.size();
    return n % 2 ? values[n / 2] : (values[n / 2 - 1] + values[n / 2]) / 2;
}

double msSince(const QElapsedTimer &clock)
{
    return double(clock.nsecsElapsed()) / 1e6;
}

// The example project's graph, with \a records generated records in its data file, inserted
// in one transaction through one prepared statement.
void makeProject(const QString &folder, int records)
{
    if (!QDir().mkpath(folder) ||
        !QFile::copy(QStringLiteral(":/examples/customer-support/project.seedbed"),
                     folder + QStringLiteral("/project.seedbed")))
        die(QStringLiteral("cannot copy the example project"));
    QFile::setPermissions(folder + QStringLiteral("/project.seedbed"),
                          QFile::ReadOwner | QFile::WriteOwner);
    ProjectError error;
    auto doc = ProjectDocument::open(folder, &error); // makes an empty data file
    if (!doc)
        die(error.message);
    QSqlDatabase db = doc->store()->database();
    if (!db.transaction())
        die(db.lastError().text());
    {
        QSqlQuery insert(db);
        if (!insert.prepare(QStringLiteral(
                "INSERT INTO records (stage_id, fields, parent_ids, status, scores, score, "
                "review_state, usage) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")))
            die(insert.lastError().text());
        const QStringList stages = {QStringLiteral("generate"), QStringLiteral("rewrite"),
                                    QStringLiteral("judge")};
        const QStringList statuses = {QStringLiteral("ok"), QStringLiteral("ok"),
                                      QStringLiteral("ok"), QStringLiteral("filtered"),
                                      QStringLiteral("duplicate")};
        const QStringList reviews = {QStringLiteral("unreviewed"), QStringLiteral("accepted"),
                                     QStringLiteral("rejected"), QStringLiteral("edited")};
        for (int i = 0; i < records; ++i) {
            const int quality = i % 5 + 1;
            insert.addBindValue(stages.at(i % stages.size()));
            insert.addBindValue(
                QStringLiteral("{\"instruction\":\"How do I reset my password? (variant %1)\","
                               "\"response\":\"Open Settings, choose Account, then Reset "
                               "password and follow the link we email you. 请在设置中重置密码。"
                               "\"}")
                    .arg(i));
            insert.addBindValue(QStringLiteral("[%1]").arg(i / 4));
            insert.addBindValue(statuses.at(i % statuses.size()));
            insert.addBindValue(
                QStringLiteral("{\"quality\":%1,\"reason\":\"clear and correct\"}").arg(quality));
            insert.addBindValue(double(quality));
            insert.addBindValue(reviews.at(i % reviews.size()));
            insert.addBindValue(
                QStringLiteral("{\"tokens_in\":42,\"tokens_out\":%1}").arg(i % 300));
            if (!insert.exec())
                die(insert.lastError().text());
        }
    }
    if (!db.commit())
        die(db.lastError().text());
}

int recordCount(const ProjectDocument &doc)
{
    QSqlQuery query(doc.store()->database());
    return query.exec(QStringLiteral("SELECT count(*) FROM records")) && query.next()
               ? query.value(0).toInt()
               : -1;
}

/*! The longest gap between the ticks of a 10 ms timer on this thread while \a start's work
    runs: starts the timer, calls \a start from the event loop, and stops 100 ms after \a done
    was called (so that a block at the very end is seen too). \a total gets the time from
    \a start to \a done. */
double longestGap(const std::function<void(const std::function<void()> &done)> &start,
                  double *total)
{
    QEventLoop loop;
    QElapsedTimer clock;
    qint64 last = 0;
    qint64 longest = 0;
    QTimer ticks;
    ticks.setTimerType(Qt::PreciseTimer);
    ticks.setInterval(10);
    QObject::connect(&ticks, &QTimer::timeout, [&] {
        const qint64 now = clock.nsecsElapsed();
        longest = std::max(longest, now - last);
        last = now;
    });
    QElapsedTimer work;
    clock.start();
    ticks.start();
    QTimer::singleShot(100, [&] {
        work.start();
        start([&] {
            *total = msSince(work);
            QTimer::singleShot(100, &loop, &QEventLoop::quit);
        });
    });
    loop.exec();
    ticks.stop();
    return double(longest) / 1e6;
}

// Waits without QFuture::waitForFinished(), which could run the task on this thread.
template<typename T> T takeWhenFinished(QFuture<T> future)
{
    while (!future.isFinished())
        QThread::msleep(1);
    return future.takeResult();
}

void removeFolder(const QString &folder)
{
    if (!QDir(folder).removeRecursively())
        die(QStringLiteral("cannot remove %1").arg(folder));
}

} // namespace

int main(int argc, char **argv)
{
    // Settings, recent projects and the example copy stay away from the user's own.
    QTemporaryDir home;
    qputenv("XDG_CONFIG_HOME", home.filePath(QStringLiteral("config")).toLocal8Bit());
    qputenv("XDG_DATA_HOME", home.filePath(QStringLiteral("data")).toLocal8Bit());
    if (qEnvironmentVariableIsEmpty("DISPLAY") && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("SeedbedBench"));
    QApplication::setApplicationName(QStringLiteral("bench_open"));
    const int records = argc > 1 ? std::atoi(argv[1]) : 1000000;
    const int runs = argc > 2 ? std::max(1, std::atoi(argv[2])) : 3;

    QTemporaryDir work;
    if (!work.isValid())
        die(QStringLiteral("no temporary folder"));
    const QString folder = work.filePath(QStringLiteral("bench"));
    const QString copy = work.filePath(QStringLiteral("bench-copy"));
    QElapsedTimer clock;
    clock.start();
    makeProject(folder, records);
    std::printf("%d records written in %.1f s; data file %.0f MB\n", records, msSince(clock) / 1000,
                double(QFileInfo(folder + QStringLiteral("/data.sqlite")).size()) / 1e6);

    MainWindow window;
    window.resize(1280, 800);
    window.show();

    std::vector<double> syncOpen, asyncOpenGap, asyncOpenTotal;
    std::vector<double> syncSaveAs, asyncSaveAsGap, asyncSaveAsTotal;
    std::vector<double> finishOpen, finishSaveAs;
    for (int run = 1; run <= runs; ++run) {
        ProjectError error;
        // (b) synchronous open, then Save As, on this thread.
        {
            clock.start();
            auto doc = ProjectDocument::open(folder, &error);
            syncOpen.push_back(msSince(clock));
            if (!doc)
                die(error.message);
            clock.start();
            if (!doc->saveAs(copy, QStringLiteral("Copy"), &error))
                die(error.message);
            syncSaveAs.push_back(msSince(clock));
            if (recordCount(*doc) != records)
                die(QStringLiteral("the synchronous copy lost records"));
        }
        removeFolder(copy);

        // The engine's share of the GUI thread's work in (a).
        {
            PreparedProject prepared = takeWhenFinished(ProjectDocument::prepareOpen(folder));
            clock.start();
            auto doc = ProjectDocument::finishOpen(std::move(prepared), &error);
            finishOpen.push_back(msSince(clock));
            if (!doc)
                die(error.message);
            PreparedSaveAs copied =
                takeWhenFinished(doc->prepareSaveAs(copy, QStringLiteral("Copy")));
            clock.start();
            if (!doc->finishSaveAs(std::move(copied), &error))
                die(error.message);
            finishSaveAs.push_back(msSince(clock));
        }
        removeFolder(copy);

        // (a) the same through the window, with the work in a worker thread.
        double total = 0;
        bool ok = false;
        asyncOpenGap.push_back(longestGap(
            [&](const std::function<void()> &done) {
                QObject::connect(
                    &window, &MainWindow::projectOpened, &window, [&, done](bool opened) {
                        ok = opened;
                        QObject::disconnect(&window, &MainWindow::projectOpened, &window, nullptr);
                        done();
                    });
                window.openProject(folder);
            },
            &total));
        asyncOpenTotal.push_back(total);
        if (!ok || !window.document() || recordCount(*window.document()) != records)
            die(QStringLiteral("the asynchronous open failed"));
        asyncSaveAsGap.push_back(longestGap(
            [&](const std::function<void()> &done) {
                QObject::connect(
                    &window, &MainWindow::projectSavedAs, &window, [&, done](bool saved) {
                        ok = saved;
                        QObject::disconnect(&window, &MainWindow::projectSavedAs, &window, nullptr);
                        done();
                    });
                window.saveProjectAs(copy, QStringLiteral("Copy"));
            },
            &total));
        asyncSaveAsTotal.push_back(total);
        if (!ok || window.document()->folder() != copy ||
            recordCount(*window.document()) != records)
            die(QStringLiteral("the asynchronous Save As failed"));
        if (!window.closeProject())
            die(QStringLiteral("cannot close the copy"));
        removeFolder(copy);

        std::printf("run %d: open: sync blocks %.0f ms, async longest gap %.1f ms (done after "
                    "%.0f ms); Save As: sync blocks %.0f ms, async longest gap %.1f ms (done "
                    "after %.0f ms)\n",
                    run, syncOpen.back(), asyncOpenGap.back(), asyncOpenTotal.back(),
                    syncSaveAs.back(), asyncSaveAsGap.back(), asyncSaveAsTotal.back());
        std::fflush(stdout);
    }

    std::printf("\nmedian of %d runs, %d records; the timer ticks every 10 ms, so an idle "
                "event loop shows gaps of about 10 ms\n",
                runs, records);
    std::printf("%-8s  %22s  %26s  %14s  %8s  %14s\n", "", "(b) sync: GUI blocked",
                "(a) async: longest gap", "async: done in", "(b)/(a)", "finish*() alone");
    std::printf("%-8s  %19.0f ms  %23.1f ms  %11.0f ms  %7.0fx  %11.1f ms\n", "open",
                median(syncOpen), median(asyncOpenGap), median(asyncOpenTotal),
                median(syncOpen) / median(asyncOpenGap), median(finishOpen));
    std::printf("%-8s  %19.0f ms  %23.1f ms  %11.0f ms  %7.0fx  %11.1f ms\n", "Save As",
                median(syncSaveAs), median(asyncSaveAsGap), median(asyncSaveAsTotal),
                median(syncSaveAs) / median(asyncSaveAsGap), median(finishSaveAs));
    return 0;
}
