// The records view at a million records (issue 6, section 4): RecordsModel in a QTableView,
// compared in the same run with QSqlQueryModel over the same table (setQuery, then fetchMore
// as the view scrolls: Qt's own lazy model).
//
//   cmake --build build-release --target bench_records
//   QT_QPA_PLATFORM=offscreen build-release/tests/bench_records [records] [--dir DIR]
//   [--frames-only] (or under Xvfb: xvfb-run -a build-release/tests/bench_records)
//
// The parent process writes the project once (one SQL statement; ~600 bytes of fields per
// record), then runs itself twice, once per model, so each peak RSS is its own:
//   first paint   setProject/setQuery until the viewport has painted rows;
//   frames        one PageDown key or one wheel notch, until the viewport has repainted (the
//                 GUI thread's time per frame: p50 / p99 / max); "loading" counts frames that
//                 painted rows whose page had not arrived yet;
//   filter        a judge-score filter and a full-text search, from setFilter/setQuery until
//                 the first matching rows are painted (and, for RecordsModel, until the count
//                 and id list are complete); the full-text index is built first (timed);
//   memory        peak resident set size (VmHWM) of the process.
// Goals of the issue: first paint < 500 ms, p99 frame < 16 ms, filter < 300 ms, < 300 MB.

#include "models/projectstore.h"
#include "models/records/recordindex.h"
#include "models/records/recordsmodel.h"
#include "widgets/recordsdelegate.h"

#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QHeaderView>
#include <QKeyEvent>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlQueryModel>
#include <QTableView>
#include <QTemporaryDir>
#include <QWheelEvent>

#include <algorithm>
#include <cstdio>
#include <functional>
#include <vector>

using namespace Seedbed;
using namespace Seedbed::Records;

namespace {

constexpr int steps = 300;
const char judgeFilterSql[] = "json_extract(scores, '$.\"Quality judge\"') >= 9.5";
// The same condition through record_scores (schema 6), as RecordsModel asks it.
const char judgeIndexSql[] =
    "id IN (SELECT record_id FROM record_scores WHERE judge = 'Quality judge' AND score >= 9.5)";
const char searchWord[] = "topic427";

double ms(qint64 ns)
{
    return double(ns) / 1e6;
}

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

bool generate(const QString &dir, int total)
{
    ProjectStore store;
    ProjectError error;
    if (!store.create(dir + QStringLiteral("/data.sqlite"), &error)) {
        std::fprintf(stderr, "%s\n", qPrintable(error.message));
        return false;
    }
    QSqlQuery query(store.database());
    query.exec(QStringLiteral("PRAGMA cache_size = -262144"));
    const bool ok = query.exec(
        QStringLiteral(
            "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < %1) "
            "INSERT INTO records (stage_id, fields, status, review_state, scores, score, tags, "
            "item_key) SELECT '6f1c0d52-4a9e-4c1b-9b1e-2f4c8f0a1d11', json_object("
            "'question', 'Question ' || i || ' about topic' || (i % 1000) || ': where is my "
            "parcel, and what are the next steps?', "
            "'answer', 'A customer asks about a parcel that was marked as delivered but never "
            "arrived; the agent explains the next steps, the trace with the carrier and the refund "
            "policy in detail. The agent apologises, opens a claim, and promises an answer within "
            "two working days; reference ' || hex(randomblob(8)) || '. A customer asks about a "
            "parcel that was marked as delivered but never arrived, and the agent answers.', "
            "'category', CASE i % 3 WHEN 0 THEN 'shipping' WHEN 1 THEN 'refund' ELSE 'other' END), "
            "CASE WHEN i % 10 = 0 THEN 'filtered' ELSE 'ok' END, "
            "CASE WHEN i % 7 = 0 THEN 'accepted' ELSE 'unreviewed' END, "
            "json_object('Quality judge', (i * 7919 % 100) / 10.0), (i * 7919 % 100) / 10.0, "
            "'[]', 'k' || (10000000 + i) FROM n")
            .arg(total));
    if (!ok)
        std::fprintf(stderr, "%s\n", qPrintable(query.lastError().text()));
    return ok;
}

struct Percentiles
{
    double p50 = 0, p99 = 0, max = 0;
};

Percentiles percentiles(std::vector<double> v)
{
    if (v.empty())
        return {};
    std::sort(v.begin(), v.end());
    auto at = [&](double q) { return v[std::min(v.size() - 1, size_t(q * double(v.size())))]; };
    return {at(0.5), at(0.99), v.back()};
}

// Pumps events until \a done or \a timeoutMs.
bool waitFor(const std::function<bool()> &done, int timeoutMs = 600000)
{
    QElapsedTimer clock;
    clock.start();
    while (!done()) {
        if (clock.elapsed() > timeoutMs)
            return false;
        QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
    }
    return true;
}

// The first visible row has data (its page was read).
bool topRowLoaded(QTableView &view)
{
    const QModelIndex top = view.indexAt(QPoint(1, 1));
    return top.isValid() && top.siblingAtColumn(0).data().isValid();
}

struct Frames
{
    Percentiles pageDown;
    Percentiles wheel;
    Percentiles pageDownRepeat;
    Percentiles wheelRepeat;
    int loadingFrames = 0;
};

// Between two key repeats (30 a second, a common auto-repeat rate) the event loop is idle.
constexpr int repeatGapMs = 33;

void idle(int ms)
{
    QElapsedTimer clock;
    clock.start();
    while (clock.elapsed() < ms)
        QCoreApplication::processEvents(QEventLoop::AllEvents, int(ms - clock.elapsed()));
}

// A frame is timed from the input event to the end of the paint it causes (one repaint()).
// Then the events posted meanwhile (pages that arrived, the delegate's laying out ahead) are
// handled, untimed: at once (back to back: the next key as soon as that is done) or during
// gapMs of idle event loop, as key auto-repeat leaves. (Until 2026-11-27 14:50 the timed part
// also included that processEvents(), which painted the frame a first time before the
// repaint() painted it again: those figures count two paints per frame, for both models.)
Frames scroll(QTableView &view, int gapMs = 0)
{
    Frames result;
    std::vector<double> times;
    QElapsedTimer clock;
    view.setFocus();
    view.setCurrentIndex(view.model()->index(0, 0));
    for (int i = 0; i < steps; ++i) {
        clock.start();
        QKeyEvent press(QEvent::KeyPress, Qt::Key_PageDown, Qt::NoModifier);
        QCoreApplication::sendEvent(&view, &press);
        QKeyEvent release(QEvent::KeyRelease, Qt::Key_PageDown, Qt::NoModifier);
        QCoreApplication::sendEvent(&view, &release);
        view.viewport()->repaint();
        times.push_back(ms(clock.nsecsElapsed()));
        QCoreApplication::processEvents();
        if (!topRowLoaded(view))
            ++result.loadingFrames;
        if (gapMs > 0)
            idle(gapMs);
    }
    result.pageDown = percentiles(times);
    times.clear();
    QWidget *viewport = view.viewport();
    const QPointF at(viewport->width() / 2.0, viewport->height() / 2.0);
    for (int i = 0; i < steps; ++i) {
        clock.start();
        QWheelEvent wheel(at, viewport->mapToGlobal(at), QPoint(), QPoint(0, -120), Qt::NoButton,
                          Qt::NoModifier, Qt::NoScrollPhase, false);
        QCoreApplication::sendEvent(viewport, &wheel);
        viewport->repaint();
        times.push_back(ms(clock.nsecsElapsed()));
        QCoreApplication::processEvents();
        if (!topRowLoaded(view))
            ++result.loadingFrames;
        if (gapMs > 0)
            idle(gapMs);
    }
    result.wheel = percentiles(times);
    return result;
}

// Both: back to back from the top, then with auto-repeat gaps from where that ended.
Frames scrollBoth(QTableView &view)
{
    Frames result = scroll(view);
    const Frames repeat = scroll(view, repeatGapMs);
    result.pageDownRepeat = repeat.pageDown;
    result.wheelRepeat = repeat.wheel;
    result.loadingFrames += repeat.loadingFrames;
    return result;
}

void printFrames(const char *name, const Frames &f)
{
    std::printf("%s pagedown_p50_ms %.2f\n%s pagedown_p99_ms %.2f\n%s pagedown_max_ms %.2f\n", name,
                f.pageDown.p50, name, f.pageDown.p99, name, f.pageDown.max);
    std::printf("%s wheel_p50_ms %.2f\n%s wheel_p99_ms %.2f\n%s wheel_max_ms %.2f\n", name,
                f.wheel.p50, name, f.wheel.p99, name, f.wheel.max);
    std::printf("%s pagedown_repeat_p50_ms %.2f\n%s pagedown_repeat_p99_ms %.2f\n", name,
                f.pageDownRepeat.p50, name, f.pageDownRepeat.p99);
    std::printf("%s wheel_repeat_p50_ms %.2f\n%s wheel_repeat_p99_ms %.2f\n", name,
                f.wheelRepeat.p50, name, f.wheelRepeat.p99);
    std::printf("%s loading_frames %d\n", name, f.loadingFrames);
}

// As RecordsView sets up its table (one line per record, no wrapping), for both models.
void setUpView(QTableView &view)
{
    view.resize(1200, 800);
    view.setWordWrap(false);
    view.verticalHeader()->setDefaultSectionSize(24);
    view.verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    view.horizontalHeader()->setDefaultSectionSize(160);
    view.show();
    QCoreApplication::processEvents();
}

int runRecordsModel(const QString &dir, int total, bool framesOnly)
{
    QTableView view;
    RecordsModel model;
    view.setModel(&model);
    view.setItemDelegate(new RecordsDelegate(&view)); // as RecordsView paints its cells
    setUpView(view);

    QElapsedTimer clock;
    clock.start();
    model.setProject(dir);
    waitFor([&] { return model.rowCount() > 0 && topRowLoaded(view); });
    view.viewport()->repaint();
    std::printf("model first_paint_ms %.1f\n", ms(clock.nsecsElapsed()));
    waitFor([&] { return model.isReady(); });
    std::printf("model ids_ready_ms %.1f\n", ms(clock.nsecsElapsed()));
    if (model.rowCount() != total)
        std::printf("model WARNING rows %d\n", model.rowCount());
    printFrames("model", scrollBoth(view));
    if (framesOnly)
        return 0;

    // A judge score filter.
    RecordFilter judge;
    judge.scores = {{QStringLiteral("Quality judge"), 9.5, std::nullopt}};
    clock.start();
    model.setFilter(judge);
    waitFor([&] { return model.rowCount() > 0 && topRowLoaded(view); });
    view.viewport()->repaint();
    std::printf("model judge_filter_first_rows_ms %.1f\n", ms(clock.nsecsElapsed()));
    waitFor([&] { return model.isReady(); });
    std::printf("model judge_filter_ready_ms %.1f (matches %lld)\n", ms(clock.nsecsElapsed()),
                model.matchCount());
    RecordFilter primary;
    primary.scores = {{QString(), 9.5, std::nullopt}};
    clock.start();
    model.setFilter(primary);
    waitFor([&] { return model.rowCount() > 0 && topRowLoaded(view); });
    view.viewport()->repaint();
    std::printf("model score_filter_first_rows_ms %.1f\n", ms(clock.nsecsElapsed()));
    waitFor([&] { return model.isReady(); });
    std::printf("model score_filter_ready_ms %.1f (matches %lld)\n", ms(clock.nsecsElapsed()),
                model.matchCount());

    // The full-text index, built once (as the first search in a project would), then a search.
    {
        clock.start();
        RecordIndex index(dir + QStringLiteral("/data.sqlite"));
        if (!index.update())
            std::printf("model index ERROR %s\n", qPrintable(index.errorString()));
        std::printf("model index_build_ms %.1f\n", ms(clock.nsecsElapsed()));
    }
    RecordFilter text;
    text.text = QLatin1String(searchWord);
    model.setQueryLogEnabled(true);
    clock.start();
    model.setFilter(text);
    waitFor([&] { return model.rowCount() > 0 && topRowLoaded(view); });
    view.viewport()->repaint();
    std::printf("model text_filter_first_rows_ms %.1f\n", ms(clock.nsecsElapsed()));
    waitFor([&] { return model.isReady(); });
    std::printf("model text_filter_ready_ms %.1f (matches %lld)\n", ms(clock.nsecsElapsed()),
                model.matchCount());
    for (const RecordsModel::Query &query : model.queryLog())
        std::printf("model   text filter query %s: %lld rows in %.1f ms\n", qPrintable(query.kind),
                    query.rows, double(query.microseconds) / 1000.0);
    model.setQueryLogEnabled(false);
    // Sorting a million by a field (json_extract over every row, in the worker).
    model.setFilter({});
    waitFor([&] { return model.isReady(); });
    clock.start();
    model.sort(RecordsModel::FixedColumnCount, Qt::AscendingOrder);
    waitFor([&] { return model.rowCount() > 0 && topRowLoaded(view); });
    view.viewport()->repaint();
    std::printf("model sort_by_field_first_rows_ms %.1f\n", ms(clock.nsecsElapsed()));
    waitFor([&] { return model.isReady(); });
    std::printf("model sort_by_field_ready_ms %.1f\n", ms(clock.nsecsElapsed()));
    std::printf("model peak_rss_mb %.1f\n", double(peakRssKb()) / 1024.0);
    return 0;
}

int runSqlQueryModel(const QString &dir, int total, bool framesOnly)
{
    Q_UNUSED(total);
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"));
    db.setDatabaseName(dir + QStringLiteral("/data.sqlite"));
    if (!db.open())
        return 1;
    const QString select = QStringLiteral(
        "SELECT id, stage_id, status, review_state, score, "
        "(SELECT sum(length(value)) FROM json_each(records.fields)), tags, "
        "json_extract(fields, '$.question'), json_extract(fields, '$.answer'), "
        "json_extract(fields, '$.category'), json_extract(scores, '$.\"Quality judge\"') "
        "FROM records");
    QTableView view;
    QSqlQueryModel model;
    view.setModel(&model);
    setUpView(view);

    QElapsedTimer clock;
    clock.start();
    model.setQuery(select, db);
    waitFor([&] { return model.rowCount() > 0; });
    view.viewport()->repaint();
    std::printf("sqlquerymodel first_paint_ms %.1f\n", ms(clock.nsecsElapsed()));
    printFrames("sqlquerymodel", scrollBoth(view));
    std::printf("sqlquerymodel rows_fetched_after_scrolling %d\n", model.rowCount());
    if (framesOnly)
        return 0;

    clock.start();
    model.setQuery(select + QStringLiteral(" WHERE ") + QLatin1String(judgeFilterSql), db);
    waitFor([&] { return model.rowCount() > 0; });
    view.viewport()->repaint();
    std::printf("sqlquerymodel judge_filter_first_rows_ms %.1f\n", ms(clock.nsecsElapsed()));
    clock.start();
    model.setQuery(select + QStringLiteral(" WHERE ") + QLatin1String(judgeIndexSql), db);
    while (model.canFetchMore())
        model.fetchMore();
    std::printf("sqlquerymodel judge_index_filter_count_ms %.1f (matches %d)\n",
                ms(clock.nsecsElapsed()), model.rowCount());
    clock.start();
    model.setQuery(select + QStringLiteral(" WHERE score >= 9.5"), db);
    waitFor([&] { return model.rowCount() > 0; });
    view.viewport()->repaint();
    std::printf("sqlquerymodel score_filter_first_rows_ms %.1f\n", ms(clock.nsecsElapsed()));
    clock.start();
    model.setQuery(select + QStringLiteral(" WHERE id IN (SELECT rowid FROM records_fts WHERE "
                                           "records_fts MATCH '\"%1\"*')")
                                .arg(QLatin1String(searchWord)),
                   db);
    waitFor([&] { return model.rowCount() > 0; });
    view.viewport()->repaint();
    std::printf("sqlquerymodel text_filter_first_rows_ms %.1f\n", ms(clock.nsecsElapsed()));
    // Counting the matches of a filter (what the view shows) means fetching them all.
    clock.start();
    model.setQuery(select + QStringLiteral(" WHERE score >= 9.5"), db);
    while (model.canFetchMore())
        model.fetchMore();
    std::printf("sqlquerymodel score_filter_count_ms %.1f (matches %d)\n", ms(clock.nsecsElapsed()),
                model.rowCount());
    clock.start();
    model.setQuery(select + QStringLiteral(" ORDER BY json_extract(fields, '$.question')"), db);
    waitFor([&] { return model.rowCount() > 0; });
    view.viewport()->repaint();
    std::printf("sqlquerymodel sort_by_field_first_rows_ms %.1f\n", ms(clock.nsecsElapsed()));
    std::printf("sqlquerymodel peak_rss_mb %.1f\n", double(peakRssKb()) / 1024.0);
    return 0;
}

} // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() >= 4 && args.at(1) == QLatin1String("--child")) {
        const QString dir = args.at(2);
        const int total = args.at(3).toInt();
        if (args.value(4) == QLatin1String("model"))
            return runRecordsModel(dir, total, args.value(5) == QLatin1String("frames"));
        return runSqlQueryModel(dir, total, args.value(5) == QLatin1String("frames"));
    }

    // bench_records [records] [--dir DIR] [--frames-only]: DIR keeps the generated project for
    // the next run; --frames-only skips the filters and sorts.
    // (and for profiling one child: bench_records --child DIR records model).
    const int dirArg = int(args.indexOf(QLatin1String("--dir")));
    const bool framesOnly = args.contains(QLatin1String("--frames-only"));
    const int total = args.size() > 1 && dirArg != 1 ? args.at(1).toInt() : 1000000;
    QTemporaryDir temporary;
    const QString dirPath = dirArg > 0 ? args.value(dirArg + 1) : temporary.path();
    QElapsedTimer clock;
    clock.start();
    if (QFile::exists(dirPath + QStringLiteral("/data.sqlite"))) {
        std::printf("records %d (reused %s)\n", total, qPrintable(dirPath));
    } else {
        if (!QDir().mkpath(dirPath) || !generate(dirPath, total))
            return 1;
        std::printf("records %d (generated in %.1f s)\n", total, double(clock.elapsed()) / 1000.0);
    }
    std::fflush(stdout);

    QMap<QString, double> values;
    for (const QString &which : {QStringLiteral("model"), QStringLiteral("sqlquerymodel")}) {
        QProcess child;
        child.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        QStringList childArgs = {QStringLiteral("--child"), dirPath, QString::number(total), which};
        if (framesOnly)
            childArgs.append(QStringLiteral("frames"));
        child.start(QCoreApplication::applicationFilePath(), childArgs);
        child.waitForFinished(-1);
        const QByteArray out = child.readAllStandardOutput();
        std::fwrite(out.constData(), 1, size_t(out.size()), stdout);
        for (const QByteArray &line : out.split('\n')) {
            const QList<QByteArray> parts = line.split(' ');
            if (parts.size() >= 3)
                values.insert(QString::fromLatin1(parts.at(0) + ' ' + parts.at(1)),
                              parts.at(2).toDouble());
        }
        std::fflush(stdout);
    }
    std::printf("\nratios (RecordsModel / QSqlQueryModel; < 1 is better):\n");
    for (const char *key :
         {"first_paint_ms", "pagedown_p50_ms", "pagedown_p99_ms", "wheel_p50_ms", "wheel_p99_ms",
          "judge_filter_first_rows_ms", "score_filter_first_rows_ms", "text_filter_first_rows_ms",
          "sort_by_field_first_rows_ms", "peak_rss_mb"}) {
        const double a = values.value(QStringLiteral("model ") + QLatin1String(key));
        const double b = values.value(QStringLiteral("sqlquerymodel ") + QLatin1String(key));
        std::printf("  %-28s %8.2f / %8.2f = %.2f\n", key, a, b, b > 0 ? a / b : 0.0);
    }
    std::printf("  %-28s %8.2f / %8.2f (count of a filter: id list vs fetching every row)\n",
                "score_filter_count_ms",
                values.value(QStringLiteral("model score_filter_ready_ms")),
                values.value(QStringLiteral("sqlquerymodel score_filter_count_ms")));
    return 0;
}
