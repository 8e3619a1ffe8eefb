#pragma once

#include <QList>
#include <QStringList>

namespace Seedbed {

/*! \brief A line diff of two texts, laid out side by side: every row shows a line of the left
    text, of the right text, or of both.

    Common lines are found as a longest common subsequence after trimming the common head and
    tail; removed lines next to added ones are paired up as changed rows. Texts whose differing
    middles are too large for that (more than maxCells() line pairs) get that middle as one
    changed block: never slow, at worst coarse. */
class TextDiff
{
public:
    struct Row
    {
        enum Kind { Same, Changed, Removed, Added };
        Kind kind = Same;
        int left = -1;  //!< 0-based line of the left text; -1 for Added
        int right = -1; //!< 0-based line of the right text; -1 for Removed
        friend bool operator==(const Row &, const Row &) = default;
    };

    static QList<Row> sideBySide(const QStringList &left, const QStringList &right);
    static QList<Row> sideBySide(const QString &left, const QString &right);
    /*! The largest LCS table the diff computes: left lines × right lines of the middle. */
    static constexpr qsizetype maxCells() { return 16'000'000; }
};

} // namespace Seedbed
