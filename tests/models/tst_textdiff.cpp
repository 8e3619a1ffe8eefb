#include "models/textdiff.h"

#include <QTest>

using namespace Seedbed;
using Row = TextDiff::Row;

class TestTextDiff : public QObject
{
    Q_OBJECT

private slots:
    void identical();
    void changedLine();
    void insertedAndRemoved();
    void moveIsRemoveAndAdd();
    void emptySides();
    void everyLineAppearsOnce();
    void hugeMiddleIsOneBlock();
};

void TestTextDiff::identical()
{
    const QList<Row> rows = TextDiff::sideBySide(QStringLiteral("a\nb"), QStringLiteral("a\nb"));
    QCOMPARE(rows, (QList<Row>{{Row::Same, 0, 0}, {Row::Same, 1, 1}}));
}

void TestTextDiff::changedLine()
{
    const QList<Row> rows =
        TextDiff::sideBySide(QStringLiteral("a\nb\nc"), QStringLiteral("a\nB\nc"));
    QCOMPARE(rows, (QList<Row>{{Row::Same, 0, 0}, {Row::Changed, 1, 1}, {Row::Same, 2, 2}}));
}

void TestTextDiff::insertedAndRemoved()
{
    const QList<Row> rows = TextDiff::sideBySide(QStringList{"a", "x", "b", "c"},
                                                 QStringList{"a", "b", "new", "c", "d"});
    QCOMPARE(rows, (QList<Row>{{Row::Same, 0, 0},
                               {Row::Removed, 1, -1},
                               {Row::Same, 2, 1},
                               {Row::Added, -1, 2},
                               {Row::Same, 3, 3},
                               {Row::Added, -1, 4}}));
}

void TestTextDiff::moveIsRemoveAndAdd()
{
    const QList<Row> rows =
        TextDiff::sideBySide(QStringList{"1", "2", "3", "4"}, QStringList{"2", "3", "4", "1"});
    QCOMPARE(rows, (QList<Row>{{Row::Removed, 0, -1},
                               {Row::Same, 1, 0},
                               {Row::Same, 2, 1},
                               {Row::Same, 3, 2},
                               {Row::Added, -1, 3}}));
}

void TestTextDiff::emptySides()
{
    QCOMPARE(TextDiff::sideBySide(QStringList{}, QStringList{"a"}),
             (QList<Row>{{Row::Added, -1, 0}}));
    QCOMPARE(TextDiff::sideBySide(QStringList{"a"}, QStringList{}),
             (QList<Row>{{Row::Removed, 0, -1}}));
    QVERIFY(TextDiff::sideBySide(QStringList{}, QStringList{}).isEmpty());
}

void TestTextDiff::everyLineAppearsOnce()
{
    // Pseudo-random edits: every line of both sides shows up exactly once, in order, and
    // Same rows hold equal lines.
    quint32 state = 7;
    const auto next = [&state] {
        state = state * 1664525u + 1013904223u;
        return state >> 16;
    };
    for (int round = 0; round < 50; ++round) {
        QStringList left;
        for (int i = 0; i < 40; ++i)
            left.append(QString::number(next() % 12));
        QStringList right = left;
        for (int e = 0; e < 8; ++e) {
            const int at = int(next() % quint32(right.size() + 1));
            if (next() % 2 && at < right.size())
                right.removeAt(at);
            else
                right.insert(at, QString::number(next() % 12));
        }
        const QList<Row> rows = TextDiff::sideBySide(left, right);
        int l = 0;
        int r = 0;
        for (const Row &row : rows) {
            if (row.left >= 0)
                QCOMPARE(row.left, l++);
            if (row.right >= 0)
                QCOMPARE(row.right, r++);
            if (row.kind == Row::Same)
                QCOMPARE(left.at(row.left), right.at(row.right));
        }
        QCOMPARE(l, left.size());
        QCOMPARE(r, right.size());
    }
}

void TestTextDiff::hugeMiddleIsOneBlock()
{
    QStringList left;
    QStringList right;
    for (int i = 0; i < 5000; ++i) {
        left.append(QStringLiteral("l%1").arg(i));
        right.append(QStringLiteral("r%1").arg(i));
    }
    const QList<Row> rows = TextDiff::sideBySide(left, right);
    QCOMPARE(rows.size(), 5000);
    QVERIFY(std::all_of(rows.cbegin(), rows.cend(),
                        [](const Row &row) { return row.kind == Row::Changed; }));
}

QTEST_GUILESS_MAIN(TestTextDiff)
#include "tst_textdiff.moc"
