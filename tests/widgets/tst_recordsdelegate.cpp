// RecordsDelegate paints what QStyledItemDelegate paints (the same pixels) for the cells of the
// records table, and lays a cell's text out again only when its text, width or font changed.
#include "widgets/recordsdelegate.h"

#include <QApplication>
#include <QHeaderView>
#include <QImage>
#include <QStandardItemModel>
#include <QTableView>
#include <QTest>

using namespace Seedbed;

namespace {

const QString longText = QStringLiteral(
    "A customer asks about a parcel that was marked as delivered but never arrived; the agent "
    "explains the next steps, the trace with the carrier and the refund policy in detail.");

// Rows of cells as the records model gives them: texts of every length, numbers aligned to
// the right, non-Latin text, a field value whose newlines are shown as arrows.
QStandardItemModel *makeModel(QObject *parent)
{
    auto *model = new QStandardItemModel(0, 5, parent);
    const QStringList texts = {
        longText,
        QStringLiteral("short"),
        QString(),
        QStringLiteral(
            "客户询问一个显示已送达但从未收到的包裹，客服解释了后续步骤、承运商追踪和退款政策。"),
        QStringLiteral("first line ↵ second line ↵ third line of a longer value"),
        QStringLiteral(
            "iiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiii"
            "iiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiii…"),
        QStringLiteral("WWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWW"),
        QStringLiteral("mixed עברית and English text that is long enough to be elided"),
    };
    for (int row = 0; row < texts.size(); ++row) {
        QList<QStandardItem *> items;
        auto *id = new QStandardItem;
        id->setData(qint64(1000 + row), Qt::DisplayRole);
        id->setData(int(Qt::AlignRight | Qt::AlignVCenter), Qt::TextAlignmentRole);
        items.append(id);
        items.append(new QStandardItem(texts.at(row)));
        items.append(new QStandardItem(texts.at((row + 3) % texts.size())));
        auto *score = new QStandardItem;
        score->setData(row * 1.25, Qt::DisplayRole);
        score->setData(int(Qt::AlignRight | Qt::AlignVCenter), Qt::TextAlignmentRole);
        items.append(score);
        auto *centered = new QStandardItem(texts.at((row + 5) % texts.size()));
        centered->setData(int(Qt::AlignCenter), Qt::TextAlignmentRole);
        items.append(centered);
        model->appendRow(items);
    }
    return model;
}

// A table set up as RecordsView sets up its own.
void setUpTable(QTableView &view, QAbstractItemModel *model)
{
    view.setModel(model);
    view.setWordWrap(false);
    view.setTextElideMode(Qt::ElideRight);
    view.setAlternatingRowColors(true);
    view.setSelectionBehavior(QAbstractItemView::SelectRows);
    view.verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    view.verticalHeader()->setDefaultSectionSize(view.fontMetrics().height() + 8);
    view.verticalHeader()->hide();
    view.horizontalHeader()->setDefaultSectionSize(150);
    view.horizontalHeader()->resizeSection(1, 260);
    view.horizontalHeader()->resizeSection(2, 37); // narrower than most texts
    view.resize(900, 300);
}

QImage render(QTableView &view)
{
    QImage image(view.viewport()->size(), QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::transparent);
    view.viewport()->render(&image);
    return image;
}

// Pixels that differ; both images are saved in the working directory when some do.
int differingPixels(const QImage &expected, const QImage &actual)
{
    if (expected.size() != actual.size())
        return -1;
    int count = 0;
    for (int y = 0; y < expected.height(); ++y)
        for (int x = 0; x < expected.width(); ++x)
            count += expected.pixel(x, y) != actual.pixel(x, y);
    if (count != 0) {
        expected.save(QStringLiteral("recordsdelegate-expected.png"));
        actual.save(QStringLiteral("recordsdelegate-actual.png"));
    }
    return count;
}

} // namespace

class TestRecordsDelegate : public QObject
{
    Q_OBJECT

private slots:
    void samePixelsAsStyledDelegate_data();
    void samePixelsAsStyledDelegate();
    void keepsLaidOutText();
    void followsChangedText();
    void laysOutNextPageWhenIdle_data();
    void laysOutNextPageWhenIdle();
};

void TestRecordsDelegate::samePixelsAsStyledDelegate_data()
{
    QTest::addColumn<bool>("selected");
    QTest::addColumn<int>("elideMode");
    QTest::addColumn<int>("firstColumnWidth");
    QTest::newRow("plain") << false << int(Qt::ElideRight) << 150;
    QTest::newRow("selection and focus") << true << int(Qt::ElideRight) << 150;
    QTest::newRow("elide middle") << false << int(Qt::ElideMiddle) << 150;
    QTest::newRow("elide left, narrow") << true << int(Qt::ElideLeft) << 20;
}

void TestRecordsDelegate::samePixelsAsStyledDelegate()
{
    QFETCH(bool, selected);
    QFETCH(int, elideMode);
    QFETCH(int, firstColumnWidth);
    QStandardItemModel *model = makeModel(this);
    QTableView styled;
    QTableView ours;
    setUpTable(styled, model);
    setUpTable(ours, model);
    ours.setItemDelegate(new RecordsDelegate(&ours));
    // One window at a time, active (selection colours depend on it).
    auto show = [&](QTableView *view) {
        view->setTextElideMode(Qt::TextElideMode(elideMode));
        view->horizontalHeader()->resizeSection(0, firstColumnWidth);
        view->show();
        view->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(view));
        if (selected) {
            view->setFocus();
            view->setCurrentIndex(model->index(2, 1));
            view->selectionModel()->select(model->index(4, 0),
                                           QItemSelectionModel::Select | QItemSelectionModel::Rows);
        }
    };
    show(&styled);
    const QImage expected = render(styled);
    styled.hide();
    show(&ours);
    const QImage actual = render(ours);
    QCOMPARE(differingPixels(expected, actual), 0);
    // And again from the kept layouts.
    QCOMPARE(differingPixels(expected, render(ours)), 0);
    delete model;
}

void TestRecordsDelegate::keepsLaidOutText()
{
    QStandardItemModel *model = makeModel(this);
    QTableView view;
    setUpTable(view, model);
    auto *delegate = new RecordsDelegate(&view);
    view.setItemDelegate(delegate);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    render(view);
    const qint64 laidOut = delegate->cacheMisses();
    QVERIFY(laidOut > 0);
    delegate->clearCache();
    render(view);
    QCOMPARE(delegate->cacheMisses(), laidOut);
    QCOMPARE(delegate->cacheHits(), 0);
    render(view);
    QCOMPARE(delegate->cacheMisses(), laidOut); // nothing laid out again
    QCOMPARE(delegate->cacheHits(), laidOut);
    // A wider column lays its cells out again, the others stay.
    view.horizontalHeader()->resizeSection(1, 300);
    render(view);
    int texts = 0;
    for (int row = 0; row < model->rowCount(); ++row)
        texts += !model->index(row, 1).data().toString().isEmpty();
    QCOMPARE(delegate->cacheMisses(), laidOut + texts);
    delete model;
}

void TestRecordsDelegate::followsChangedText()
{
    QStandardItemModel *model = makeModel(this);
    QTableView styled;
    QTableView ours;
    setUpTable(styled, model);
    setUpTable(ours, model);
    ours.setItemDelegate(new RecordsDelegate(&ours));
    styled.show();
    ours.show();
    QVERIFY(QTest::qWaitForWindowExposed(&ours));
    render(ours);
    // The same cell with another text (a page of other records, a review): painted anew.
    model->setData(model->index(1, 1), QStringLiteral("changed text of the second record"));
    model->setData(model->index(0, 3), 42.5);
    QCOMPARE(differingPixels(render(styled), render(ours)), 0);
    // A larger font: every text laid out again with it.
    QFont font = ours.font();
    font.setPointSizeF(font.pointSizeF() * 1.5);
    styled.setFont(font);
    ours.setFont(font);
    QCOMPARE(differingPixels(render(styled), render(ours)), 0);
    delete model;
}

void TestRecordsDelegate::laysOutNextPageWhenIdle_data()
{
    QTest::addColumn<bool>("prefetch");
    QTest::newRow("ahead") << true;
    QTest::newRow("not ahead") << false; // shows that the test sees the difference
}

void TestRecordsDelegate::laysOutNextPageWhenIdle()
{
    QFETCH(bool, prefetch);
    // Many rows of distinct texts, so that every page is new.
    QStandardItemModel model(0, 3);
    for (int row = 0; row < 300; ++row) {
        model.appendRow({new QStandardItem(QString::number(row)),
                         new QStandardItem(QStringLiteral("record %1: %2").arg(row).arg(longText)),
                         new QStandardItem(QStringLiteral("tag%1").arg(row % 17))});
    }
    QTableView ours;
    setUpTable(ours, &model);
    auto *delegate = new RecordsDelegate(&ours);
    delegate->setPrefetchEnabled(prefetch);
    ours.setItemDelegate(delegate);
    ours.show();
    QVERIFY(QTest::qWaitForWindowExposed(&ours));
    ours.setCurrentIndex(model.index(0, 0));
    render(ours);
    // Idle: the page below and the one above (none at the top) are laid out.
    QTest::qWait(200);
    if (prefetch) {
        QVERIFY(delegate->prefetched() > 0);
    } else {
        QCOMPARE(delegate->prefetched(), 0);
    }
    for (int page = 0; page < 3; ++page) {
        const qint64 misses = delegate->cacheMisses();
        QTest::keyClick(&ours, Qt::Key_PageDown);
        QVERIFY(ours.indexAt(QPoint(0, 0)).row() > 0);
        const QImage image = render(ours);
        if (prefetch)
            QCOMPARE(delegate->cacheMisses(), misses); // painted from texts laid out ahead
        else
            QVERIFY(delegate->cacheMisses() > misses);
        // What was laid out ahead paints exactly what a text laid out in the paint gives (which
        // is what the styled delegate paints, see samePixelsAsStyledDelegate).
        delegate->clearCache();
        QCOMPARE(differingPixels(render(ours), image), 0);
        QTest::qWait(200);
    }
    // Far down, then back up one page: the page above was laid out too.
    ours.setCurrentIndex(model.index(200, 0));
    ours.scrollTo(model.index(200, 0), QAbstractItemView::PositionAtTop);
    render(ours);
    QTest::qWait(200);
    const qint64 misses = delegate->cacheMisses();
    QTest::keyClick(&ours, Qt::Key_PageUp);
    QVERIFY(ours.indexAt(QPoint(0, 0)).row() < 200);
    render(ours);
    if (prefetch)
        QCOMPARE(delegate->cacheMisses(), misses);
    else
        QVERIFY(delegate->cacheMisses() > misses);
}

QTEST_MAIN(TestRecordsDelegate)
#include "tst_recordsdelegate.moc"
