#include "models/textdiff.h"

#include <algorithm>
#include <vector>

namespace Seedbed {

namespace {

// Appends the rows of a run of removed and added lines: paired as changed rows first.
void appendBlock(QList<TextDiff::Row> &rows, int left, int leftCount, int right, int rightCount)
{
    const int paired = std::min(leftCount, rightCount);
    for (int i = 0; i < paired; ++i)
        rows.append({TextDiff::Row::Changed, left + i, right + i});
    for (int i = paired; i < leftCount; ++i)
        rows.append({TextDiff::Row::Removed, left + i, -1});
    for (int i = paired; i < rightCount; ++i)
        rows.append({TextDiff::Row::Added, -1, right + i});
}

} // namespace

QList<TextDiff::Row> TextDiff::sideBySide(const QString &left, const QString &right)
{
    return sideBySide(left.split(QLatin1Char('\n')), right.split(QLatin1Char('\n')));
}

QList<TextDiff::Row> TextDiff::sideBySide(const QStringList &left, const QStringList &right)
{
    QList<Row> rows;
    const int n = int(left.size());
    const int m = int(right.size());
    int head = 0;
    while (head < n && head < m && left.at(head) == right.at(head))
        ++head;
    int tail = 0;
    while (tail < n - head && tail < m - head && left.at(n - 1 - tail) == right.at(m - 1 - tail))
        ++tail;
    for (int i = 0; i < head; ++i)
        rows.append({Row::Same, i, i});

    const int a = n - head - tail; // the differing middles
    const int b = m - head - tail;
    if (a > 0 && b > 0 && qsizetype(a) * qsizetype(b) <= maxCells()) {
        // lcs[i][j]: length of the LCS of left[head+i..] and right[head+j..].
        std::vector<int> lcs(size_t(a + 1) * size_t(b + 1), 0);
        const auto at = [b](int i, int j) { return size_t(i) * size_t(b + 1) + size_t(j); };
        for (int i = a - 1; i >= 0; --i) {
            for (int j = b - 1; j >= 0; --j) {
                lcs[at(i, j)] = left.at(head + i) == right.at(head + j)
                                    ? lcs[at(i + 1, j + 1)] + 1
                                    : std::max(lcs[at(i + 1, j)], lcs[at(i, j + 1)]);
            }
        }
        int i = 0;
        int j = 0;
        int blockLeft = 0;
        int blockRight = 0;
        while (i < a || j < b) {
            if (i < a && j < b && left.at(head + i) == right.at(head + j)) {
                appendBlock(rows, head + blockLeft, i - blockLeft, head + blockRight,
                            j - blockRight);
                rows.append({Row::Same, head + i, head + j});
                ++i;
                ++j;
                blockLeft = i;
                blockRight = j;
            } else if (j >= b || (i < a && lcs[at(i + 1, j)] >= lcs[at(i, j + 1)])) {
                ++i;
            } else {
                ++j;
            }
        }
        appendBlock(rows, head + blockLeft, a - blockLeft, head + blockRight, b - blockRight);
    } else {
        appendBlock(rows, head, a, head, b);
    }

    for (int i = 0; i < tail; ++i)
        rows.append({Row::Same, n - tail + i, m - tail + i});
    return rows;
}

} // namespace Seedbed
