#include "models/projectformat.h"
#include "models/projectstore.h"
#include "widgets/chartsdock.h"

#include <QAbstractBarSeries>
#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineSeries>
#include <QSignalSpy>
#include <QSqlError>
#include <QSqlQuery>
#include <QStackedWidget>
#include <QTemporaryDir>
#include <QCheckBox>
#include <QTest>

using namespace Seedbed;

namespace {

constexpr qint64 t0 = 1767225600000; // a whole hour
constexpr qint64 hour = 3600 * 1000;

bool exec(const QSqlDatabase &db, const QString &sql, const QVariantList &values)
{
    QSqlQuery query(db);
    query.prepare(sql);
    for (const QVariant &value : values)
        query.addBindValue(value);
    if (!query.exec()) {
        qWarning("%s: %s", qPrintable(sql), qPrintable(query.lastError().text()));
        return false;
    }
    return true;
}

bool insertRecord(const QSqlDatabase &db, qint64 id, const char *fields, const char *status,
                  const char *scores, const char *review)
{
    return exec(db,
                QStringLiteral("INSERT INTO records (id, stage_id, fields, status, scores, "
                               "review_state, item_key) VALUES (?, 'stage', ?, ?, ?, ?, ?)"),
                {id, QString::fromUtf8(fields), QString::fromUtf8(status),
                 QString::fromUtf8(scores), QString::fromUtf8(review),
                 QStringLiteral("k%1").arg(id)});
}

QList<double> values(const QBarSet *set)
{
    QList<double> result;
    for (int i = 0; i < set->count(); ++i)
        result.append(set->at(i));
    return result;
}

QChart *chart(const ChartsDock &dock, const char *name)
{
    auto *view = dock.findChild<QChartView *>(QLatin1String(name));
    return view ? view->chart() : nullptr;
}

QBarSet *firstSet(const ChartsDock &dock, const char *name, int set = 0)
{
    QChart *c = chart(dock, name);
    if (!c || c->series().isEmpty())
        return nullptr;
    auto *series = qobject_cast<QAbstractBarSeries *>(c->series().constFirst());
    return series && series->count() > set ? series->barSets().at(set) : nullptr;
}

QStringList categories(const ChartsDock &dock, const char *name)
{
    QChart *c = chart(dock, name);
    for (QAbstractAxis *axis : c->axes()) {
        if (auto *category = qobject_cast<QBarCategoryAxis *>(axis))
            return category->categories();
    }
    return {};
}

bool showsChart(const ChartsDock &dock, const char *name)
{
    auto *stack = dock.findChild<QStackedWidget *>(QLatin1String(name) + QLatin1String("Stack"));
    return stack && qobject_cast<QChartView *>(stack->currentWidget());
}

QString emptyText(const ChartsDock &dock, const char *name)
{
    auto *stack = dock.findChild<QStackedWidget *>(QLatin1String(name) + QLatin1String("Stack"));
    auto *label = stack ? qobject_cast<QLabel *>(stack->currentWidget()) : nullptr;
    return label ? label->text() : QString();
}

bool waitUpdated(ChartsDock &dock)
{
    QSignalSpy spy(&dock, &ChartsDock::updated);
    return spy.wait(10000) && !dock.isBusy();
}

} // namespace

class TestChartsDock : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void figures();
    void filterChangeUpdates();
    void textFieldChooser();
    void emptyStates();
    void noProject();
    void darkPalette();

private:
    QTemporaryDir m_dir;
    QString m_project;
    QString m_unreviewed;
};

void TestChartsDock::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_project = m_dir.filePath(QStringLiteral("project"));
    QVERIFY(QDir().mkpath(m_project));
    // The judge's scale comes from the project file.
    ProjectData data;
    data.name = QStringLiteral("Charts");
    data.stages.append({QUuid::createUuid(), QStringLiteral("judge"), QStringLiteral("judge"),
                        QPointF(), QVariantMap{{QStringLiteral("scaleMax"), 5}}});
    QFile file(QDir(m_project).filePath(QLatin1String(ProjectFormat::fileName)));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(ProjectFormat::serialize(data));
    file.close();

    ProjectStore store;
    ProjectError error;
    QVERIFY2(
        store.create(QDir(m_project).filePath(QLatin1String(ProjectFormat::databaseName)), &error),
        qPrintable(error.message));
    {
        const QSqlDatabase db = store.database();
        QVERIFY(insertRecord(db, 1, R"({"text":"red apple","label":"fruit"})", "ok",
                             R"({"judge":4})", "accepted"));
        QVERIFY(insertRecord(db, 2, R"({"text":"green apple","label":"fruit"})", "ok",
                             R"({"judge":2})", "rejected"));
        QVERIFY(insertRecord(db, 3, R"({"text":"red car","label":"car"})", "filtered",
                             R"({"judge":4})", "unreviewed"));
        QVERIFY(insertRecord(db, 4, R"({"text":"blue car","label":"car"})", "duplicate", "{}",
                             "unreviewed"));
        const QString review =
            QStringLiteral("INSERT INTO reviews (record_id, state, at) VALUES (?, ?, ?)");
        QVERIFY(exec(db, review, {1, QStringLiteral("accepted"), t0}));
        QVERIFY(exec(db, review, {2, QStringLiteral("rejected"), t0 + hour}));
    }
    store.close();

    m_unreviewed = m_dir.filePath(QStringLiteral("unreviewed"));
    QVERIFY(QDir().mkpath(m_unreviewed));
    ProjectStore other;
    QVERIFY(other.create(QDir(m_unreviewed).filePath(QLatin1String(ProjectFormat::databaseName)),
                         &error));
    {
        const QSqlDatabase db = other.database();
        QVERIFY(insertRecord(db, 1, R"({"text":"one"})", "ok", "{}", "unreviewed"));
    }
    other.close();
}

void TestChartsDock::figures()
{
    ChartsDock dock;
    // Common words ("the", "的") are hidden from the top words unless asked for.
    QVERIFY(dock.findChild<QCheckBox *>("hideCommonWords")->isChecked());
    dock.resize(420, 900);
    dock.show();
    dock.setProject(m_project);
    QVERIFY(dock.isBusy());
    QVERIFY(waitUpdated(dock));
    QCOMPARE(dock.result().matching, 4);

    // Scores of "judge" over its scale 1..5.
    QVERIFY(showsChart(dock, "score"));
    QBarSet *scores = firstSet(dock, "scoreChart");
    QVERIFY(scores);
    QCOMPARE(values(scores), (QList<double>{0, 1, 0, 2, 0}));
    QCOMPARE(categories(dock, "scoreChart"), (QStringList{"1", "2", "3", "4", "5"}));
    auto *judges = dock.findChild<QComboBox *>(QStringLiteral("judgeChooser"));
    QCOMPARE(judges->count(), 1);
    QCOMPARE(judges->currentText(), "judge");

    // Lengths of text + label: 14, 16, 10, 11 characters.
    QBarSet *lengths = firstSet(dock, "lengthChart");
    QVERIFY(lengths);
    QCOMPARE(values(lengths), (QList<double>{1, 1, 0, 0, 1, 0, 1}));

    // Review states (bottom four) and statuses (top four) in two sets.
    QBarSet *status = firstSet(dock, "countsChart", 0);
    QBarSet *review = firstSet(dock, "countsChart", 1);
    QVERIFY(status && review);
    QCOMPARE(values(status), (QList<double>{0, 0, 0, 0, 1, 0, 1, 2}));
    QCOMPARE(values(review), (QList<double>{0, 1, 1, 2, 0, 0, 0, 0}));

    // Record 1 accepted in the first hour, record 2 rejected in the next.
    QVERIFY(showsChart(dock, "acceptance"));
    auto *line = qobject_cast<QLineSeries *>(chart(dock, "acceptanceChart")->series().first());
    QVERIFY(line);
    QCOMPARE(line->points(),
             (QList<QPointF>{QPointF(double(t0), 100), QPointF(double(t0 + hour), 0)}));

    // Words, the most frequent on top (last in the set).
    QBarSet *words = firstSet(dock, "ngramChart");
    QVERIFY(words);
    QCOMPARE(values(words), (QList<double>{1, 1, 2, 2, 2, 4}));
    QCOMPARE(categories(dock, "ngramChart"),
             (QStringList{"green", "blue", "red", "fruit", "apple", "car"}));
    auto *distinct = dock.findChild<QLabel *>(QStringLiteral("distinctLabel"));
    QVERIFY(distinct->text().contains(QStringLiteral("0.50")));
    QVERIFY(distinct->text().contains(QStringLiteral("1.00")));
    dock.findChild<QComboBox *>(QStringLiteral("ngramKind"))->setCurrentIndex(1);
    QCOMPARE(values(firstSet(dock, "ngramChart")), (QList<double>{1, 1, 1, 1}));

    // The label field: car 2, fruit 2.
    auto *balance = dock.findChild<QComboBox *>(QStringLiteral("balanceChooser"));
    QCOMPARE(balance->currentText(), "label");
    QCOMPARE(values(firstSet(dock, "balanceChart")), (QList<double>{2, 2}));
    QCOMPARE(categories(dock, "balanceChart").size(), 2);
    QVERIFY(categories(dock, "balanceChart").constLast().startsWith(QStringLiteral("car")));
}

void TestChartsDock::filterChangeUpdates()
{
    ChartsDock dock;
    dock.setProject(m_project);
    QVERIFY(waitUpdated(dock));
    QCOMPARE(dock.result().matching, 4);

    QSignalSpy spy(&dock, &ChartsDock::updated);
    Records::RecordFilter filter;
    filter.statuses = {QStringLiteral("filtered")};
    dock.setFilter(filter); // superseded before the pause ends: never computed
    filter.statuses = {QStringLiteral("ok")};
    dock.setFilter(filter);
    QCOMPARE(dock.filter(), filter);
    QVERIFY(spy.wait(10000));
    QCOMPARE(spy.count(), 1);
    QCOMPARE(dock.result().matching, 2);
    QCOMPARE(values(firstSet(dock, "scoreChart")), (QList<double>{0, 1, 0, 1, 0}));
    QCOMPARE(values(firstSet(dock, "countsChart", 0)), (QList<double>{0, 0, 0, 0, 0, 0, 0, 2}));
    QCOMPARE(values(firstSet(dock, "balanceChart")), (QList<double>{2})); // fruit only

    // The same filter again changes nothing.
    dock.setFilter(filter);
    QVERIFY(!spy.wait(600));
    QCOMPARE(spy.count(), 1);

    filter.statuses = {QStringLiteral("duplicate")};
    dock.setFilter(filter);
    QVERIFY(spy.wait(10000));
    QCOMPARE(dock.result().matching, 1);
    QVERIFY(!showsChart(dock, "score"));
    QVERIFY(emptyText(dock, "score").contains(QStringLiteral("No scores yet")));
    QVERIFY(!showsChart(dock, "acceptance"));
}

void TestChartsDock::textFieldChooser()
{
    ChartsDock dock;
    dock.setProject(m_project);
    QVERIFY(waitUpdated(dock));
    auto *fields = dock.findChild<QComboBox *>(QStringLiteral("textFieldChooser"));
    QCOMPARE(fields->count(), 3); // all, label, text
    fields->setCurrentIndex(fields->findData(QStringLiteral("text")));
    Q_EMIT fields->activated(fields->currentIndex());
    QVERIFY(dock.isBusy());
    QVERIFY(waitUpdated(dock));
    QCOMPARE(fields->currentData().toString(), "text");
    // 9, 11, 7, 8 characters.
    QCOMPARE(values(firstSet(dock, "lengthChart")), (QList<double>{1, 1, 1, 0, 1}));
    QCOMPARE(dock.result().unigrams, 8);
}

void TestChartsDock::emptyStates()
{
    ChartsDock dock;
    dock.setProject(m_unreviewed);
    QVERIFY(waitUpdated(dock));
    QCOMPARE(dock.result().matching, 1);
    QVERIFY(showsChart(dock, "counts"));
    QCOMPARE(emptyText(dock, "acceptance"),
             "No reviewed records yet: acceptance appears when you review.");
    QVERIFY(emptyText(dock, "score").startsWith(QStringLiteral("No scores yet")));
    QVERIFY(emptyText(dock, "balance").startsWith(QStringLiteral("No categorical field")));

    Records::RecordFilter filter;
    filter.statuses = {QStringLiteral("failed")};
    dock.setFilter(filter);
    QVERIFY(waitUpdated(dock));
    QCOMPARE(emptyText(dock, "counts"), "No records match the filter.");
}

void TestChartsDock::noProject()
{
    ChartsDock dock;
    QVERIFY(!showsChart(dock, "score"));
    dock.setProject(m_dir.filePath(QStringLiteral("nowhere")));
    QVERIFY(waitUpdated(dock));
    QVERIFY(!dock.result().error.isEmpty());
    QCOMPARE(emptyText(dock, "counts"), dock.result().error);
    dock.setProject(QString());
    QVERIFY(!dock.isBusy());
    QVERIFY(emptyText(dock, "counts").startsWith(QStringLiteral("Open a project")));
}

void TestChartsDock::darkPalette()
{
    ChartsDock dock;
    dock.setProject(m_project);
    QVERIFY(waitUpdated(dock));
    QCOMPARE(chart(dock, "scoreChart")->theme(), QChart::ChartThemeLight);
    QPalette dark = dock.palette();
    dark.setColor(QPalette::Window, QColor(30, 30, 30));
    dark.setColor(QPalette::Base, QColor(20, 20, 20));
    dark.setColor(QPalette::Text, QColor(230, 230, 230));
    dock.setPalette(dark);
    QCOMPARE(chart(dock, "scoreChart")->theme(), QChart::ChartThemeDark);
    QCOMPARE(chart(dock, "scoreChart")->backgroundBrush().color(), QColor(20, 20, 20));
    // The figures are drawn again with the new colours.
    QCOMPARE(values(firstSet(dock, "scoreChart")), (QList<double>{0, 1, 0, 2, 0}));
}

QTEST_MAIN(TestChartsDock)
#include "tst_chartsdock.moc"
