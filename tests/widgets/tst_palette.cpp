#include "models/stageregistry.h"
#include "models/stagetypemodel.h"
#include "widgets/stagepalette.h"

#include <QAbstractItemModelTester>
#include <QLabel>
#include <QLineEdit>
#include <QMimeData>
#include <QSignalSpy>
#include <QTest>
#include <QTreeView>

#include <memory>

using namespace Seedbed;

class tst_Palette : public QObject
{
    Q_OBJECT

private slots:
    void modelPassesModelTester();
    void showsEveryCategoryAndType();
    void categoriesAreExpanded();
    void tooltipIsDescription();
    void filterByName();
    void filterByDescriptionIgnoresCase();
    void filterWithoutMatchShowsMessage();
    void doubleClickEmitsAddRequested();
    void enterEmitsAddRequested();
    void enterInSearchAddsFirstMatch();
    void categoriesDoNotEmit();
    void mimeDataCarriesTypeId();

private:
    static QStringList visibleTypeIds(const QTreeView *tree);
    static QModelIndex findType(const QTreeView *tree, const QString &typeId);
};

QStringList tst_Palette::visibleTypeIds(const QTreeView *tree)
{
    QStringList ids;
    const QAbstractItemModel *model = tree->model();
    for (int row = 0; row < model->rowCount(); ++row) {
        const QModelIndex category = model->index(row, 0);
        for (int child = 0; child < model->rowCount(category); ++child)
            ids.append(
                model->index(child, 0, category).data(StageTypeModel::TypeIdRole).toString());
    }
    return ids;
}

QModelIndex tst_Palette::findType(const QTreeView *tree, const QString &typeId)
{
    const QAbstractItemModel *model = tree->model();
    for (int row = 0; row < model->rowCount(); ++row) {
        const QModelIndex category = model->index(row, 0);
        for (int child = 0; child < model->rowCount(category); ++child) {
            const QModelIndex index = model->index(child, 0, category);
            if (index.data(StageTypeModel::TypeIdRole).toString() == typeId)
                return index;
        }
    }
    return {};
}

void tst_Palette::modelPassesModelTester()
{
    StageTypeModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.rowCount(), 5);

    // The palette's filter model over it, through a filter change.
    StagePalette palette;
    QAbstractItemModelTester proxyTester(palette.view()->model(),
                                         QAbstractItemModelTester::FailureReportingMode::QtTest);
    palette.setFilterText(QStringLiteral("dedup"));
    palette.setFilterText(QString());
    QCOMPARE(palette.view()->model()->rowCount(), 5);
}

void tst_Palette::showsEveryCategoryAndType()
{
    StagePalette palette;
    const QAbstractItemModel *model = palette.view()->model();
    QCOMPARE(model->rowCount(), 5);
    const QList<StageCategory> categories = StageRegistry::categories();
    for (int row = 0; row < 5; ++row)
        QCOMPARE(model->index(row, 0).data().toString(), categoryName(categories.at(row)));

    QStringList expected;
    for (const StageType &type : StageRegistry::instance().types())
        expected.append(type.id);
    QCOMPARE(visibleTypeIds(palette.view()), expected);

    const QModelIndex generate = findType(palette.view(), QStringLiteral("generate"));
    QCOMPARE(generate.data().toString(), QStringLiteral("Generate"));
    QCOMPARE(generate.parent().data().toString(), QStringLiteral("Generators"));
}

void tst_Palette::categoriesAreExpanded()
{
    StagePalette palette;
    const QAbstractItemModel *model = palette.view()->model();
    for (int row = 0; row < model->rowCount(); ++row)
        QVERIFY(palette.view()->isExpanded(model->index(row, 0)));
}

void tst_Palette::tooltipIsDescription()
{
    StagePalette palette;
    const QModelIndex judge = findType(palette.view(), QStringLiteral("judge"));
    QCOMPARE(judge.data(Qt::ToolTipRole).toString(),
             StageRegistry::instance().type(QStringLiteral("judge"))->description());
}

void tst_Palette::filterByName()
{
    StagePalette palette;
    auto *search = palette.findChild<QLineEdit *>(QStringLiteral("paletteSearch"));
    QVERIFY(search);
    QTest::keyClicks(search, QStringLiteral("dedup"));
    QCOMPARE(palette.filterText(), QStringLiteral("dedup"));
    QCOMPARE(visibleTypeIds(palette.view()),
             QStringList({QStringLiteral("dedup_exact"), QStringLiteral("dedup_minhash"),
                          QStringLiteral("dedup_embedding")}));
    const QAbstractItemModel *model = palette.view()->model();
    QCOMPARE(model->rowCount(), 1);
    QCOMPARE(model->index(0, 0).data().toString(), QStringLiteral("Quality"));
    QVERIFY(palette.view()->isExpanded(model->index(0, 0)));

    search->clear();
    QCOMPARE(visibleTypeIds(palette.view()).size(), StageRegistry::instance().types().size());
}

void tst_Palette::filterByDescriptionIgnoresCase()
{
    StagePalette palette;
    // "Evol-Instruct" appears in the evolve type's name and description only.
    palette.setFilterText(QStringLiteral("EVOL-INSTRUCT"));
    QCOMPARE(visibleTypeIds(palette.view()), QStringList({QStringLiteral("evolve")}));
    // "rubric" is in the judge's description, not its name.
    palette.setFilterText(QStringLiteral("Rubric"));
    QCOMPARE(visibleTypeIds(palette.view()), QStringList({QStringLiteral("judge")}));
}

void tst_Palette::filterWithoutMatchShowsMessage()
{
    StagePalette palette;
    palette.setFilterText(QStringLiteral("zzz-nothing"));
    QCOMPARE(palette.view()->model()->rowCount(), 0);
    auto *empty = palette.findChild<QLabel *>(QStringLiteral("paletteEmpty"));
    QVERIFY(empty);
    QCOMPARE(empty->text(), QStringLiteral("No stage matches \"zzz-nothing\"."));
    QVERIFY(!empty->isHidden());
    QVERIFY(palette.view()->isHidden());
    palette.setFilterText(QString());
    QVERIFY(empty->isHidden());
    QVERIFY(!palette.view()->isHidden());
}

void tst_Palette::doubleClickEmitsAddRequested()
{
    StagePalette palette;
    palette.resize(300, 800);
    palette.show();
    QVERIFY(QTest::qWaitForWindowExposed(&palette));
    QSignalSpy spy(&palette, &StagePalette::addRequested);
    const QModelIndex judge = findType(palette.view(), QStringLiteral("judge"));
    const QRect rect = palette.view()->visualRect(judge);
    QVERIFY(rect.isValid());
    // A real double-click starts with a press; mouseDClick() sends only the second half.
    QTest::mouseClick(palette.view()->viewport(), Qt::LeftButton, {}, rect.center());
    QCOMPARE(spy.count(), 0); // a single click selects, it does not add
    QTest::mouseDClick(palette.view()->viewport(), Qt::LeftButton, {}, rect.center());
    QCOMPARE(spy.count(), 1);
    QCOMPARE(spy.at(0).at(0).toString(), QStringLiteral("judge"));
}

void tst_Palette::enterEmitsAddRequested()
{
    StagePalette palette;
    QSignalSpy spy(&palette, &StagePalette::addRequested);
    palette.view()->setCurrentIndex(findType(palette.view(), QStringLiteral("split")));
    QTest::keyClick(palette.view(), Qt::Key_Return);
    QCOMPARE(spy.count(), 1);
    QCOMPARE(spy.at(0).at(0).toString(), QStringLiteral("split"));
    QTest::keyClick(palette.view(), Qt::Key_Enter);
    QCOMPARE(spy.count(), 2);
    QCOMPARE(spy.at(1).at(0).toString(), QStringLiteral("split"));
}

void tst_Palette::enterInSearchAddsFirstMatch()
{
    StagePalette palette;
    QSignalSpy spy(&palette, &StagePalette::addRequested);
    auto *search = palette.findChild<QLineEdit *>(QStringLiteral("paletteSearch"));
    QTest::keyClicks(search, QStringLiteral("minhash"));
    QTest::keyClick(search, Qt::Key_Return);
    QCOMPARE(spy.count(), 1);
    QCOMPARE(spy.at(0).at(0).toString(), QStringLiteral("dedup_minhash"));
}

void tst_Palette::categoriesDoNotEmit()
{
    StagePalette palette;
    QSignalSpy spy(&palette, &StagePalette::addRequested);
    const QModelIndex category = palette.view()->model()->index(0, 0);
    palette.view()->setCurrentIndex(category);
    QTest::keyClick(palette.view(), Qt::Key_Return);
    emit palette.view()->doubleClicked(category);
    QCOMPARE(spy.count(), 0);
}

void tst_Palette::mimeDataCarriesTypeId()
{
    StagePalette palette;
    QAbstractItemModel *model = palette.view()->model();
    const QModelIndex generate = findType(palette.view(), QStringLiteral("generate"));
    QVERIFY(model->flags(generate).testFlag(Qt::ItemIsDragEnabled));
    QVERIFY(!model->flags(generate.parent()).testFlag(Qt::ItemIsDragEnabled));
    QCOMPARE(model->mimeTypes(), QStringList({QLatin1String(StageTypeModel::mimeType)}));
    const std::unique_ptr<QMimeData> mime(model->mimeData({generate}));
    QVERIFY(mime);
    QCOMPARE(mime->data(QLatin1String(StageTypeModel::mimeType)), QByteArray("generate"));
    QVERIFY(palette.view()->dragEnabled());
    QCOMPARE(palette.view()->dragDropMode(), QAbstractItemView::DragOnly);
}

QTEST_MAIN(tst_Palette)
#include "tst_palette.moc"
