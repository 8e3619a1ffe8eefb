// Bulk review changes over many records (issue 6: "a bulk action over 100,000 records is one
// undo step and does not freeze the UI"). For each action: the time until finished(), and the
// longest gap between the ticks of a 10 ms timer on the calling thread meanwhile (what a
// window would feel: the event loop keeps running while the store's worker thread works).
//
//   cmake --build build-release --target bench_review
//   build-release/tests/bench_review [records]

#include "models/projectstore.h"
#include "models/records/reviewcommand.h"
#include "models/records/reviewstore.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTimer>
#include <QUndoStack>

#include <cstdio>

using namespace Seedbed;
using namespace Seedbed::Records;

namespace {

struct Timing
{
    qint64 totalMs = 0;
    qint64 longestGapMs = 0;
    ReviewResult result;
};

// Runs \a start (which queues one job) and spins an event loop until the store is idle.
template<typename Start> Timing measure(ReviewStore &store, Start start)
{
    Timing timing;
    QEventLoop loop;
    QElapsedTimer clock;
    qint64 lastTick = 0;
    QTimer ticker;
    ticker.setInterval(10);
    QObject::connect(&ticker, &QTimer::timeout, [&] {
        const qint64 now = clock.elapsed();
        timing.longestGapMs = std::max(timing.longestGapMs, now - lastTick);
        lastTick = now;
    });
    const QMetaObject::Connection done =
        QObject::connect(&store, &ReviewStore::finished, [&](const ReviewResult &result) {
            timing.result = result;
            loop.quit();
        });
    clock.start();
    ticker.start();
    start();
    loop.exec();
    timing.totalMs = clock.elapsed();
    QObject::disconnect(done);
    return timing;
}

void print(const char *what, const Timing &t)
{
    std::printf("%-28s %8lld ms   longest event-loop gap %4lld ms   records %lld%s\n", what,
                static_cast<long long>(t.totalMs), static_cast<long long>(t.longestGapMs),
                static_cast<long long>(t.result.count), t.result.succeeded() ? "" : "   FAILED");
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const int records = argc > 1 ? std::atoi(argv[1]) : 100000;
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("data.sqlite"));
    {
        ProjectStore project;
        ProjectError error;
        if (!project.create(path, &error)) {
            std::fprintf(stderr, "%s\n", qPrintable(error.message));
            return 1;
        }
        QSqlDatabase db = project.database();
        db.transaction();
        QSqlQuery insert(db);
        insert.prepare(QStringLiteral("INSERT INTO records (stage_id, fields, item_key, score) "
                                      "VALUES ('s', ?, ?, ?)"));
        for (int i = 0; i < records; ++i) {
            insert.addBindValue(
                QStringLiteral(
                    R"({"question":"Question %1?","answer":"An answer of some length, %1."})")
                    .arg(i));
            insert.addBindValue(QString::number(i));
            insert.addBindValue(double(i % 10));
            insert.exec();
        }
        db.commit();
    }
    std::printf("%d records\n", records);

    ReviewStore store;
    store.setDatabasePath(path);
    QUndoStack stack;
    const auto step = [&](const char *what, const ReviewChange &change) {
        const Timing t =
            measure(store, [&] { store.apply(change, ReviewSelection::matching({})); });
        print(what, t);
        if (t.result.undo)
            stack.push(new ReviewCommand(&store, t.result));
        print("  undo", measure(store, [&] { stack.undo(); }));
        print("  redo", measure(store, [&] { stack.redo(); }));
    };
    step("accept all", ReviewChange::accept());
    step("tag all", ReviewChange::tag(QStringLiteral("exemplar")));
    step("edit a field of all", ReviewChange::editFields({{"answer", "edited"}}));
    step("delete all", ReviewChange::deleteRecords());
    std::printf("undo steps: %d\n", int(stack.count()));
    return 0;
}
