#pragma once

#include "models/records/recordfilter.h"

#include <QList>
#include <QPair>
#include <QTimer>
#include <QUuid>
#include <QWidget>

class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QMenu;
class QToolButton;

namespace Seedbed {

/*! \brief The row above the records table that says which records it shows: stage, status,
    review state, score ranges (one row per judge, added and removed with +/×; every range must
    hold), tags and a full-text search, with the count of matching records ("12,345 of
    1,000,000").

    Every control applies at once except the search and tag fields, which wait until typing
    pauses for searchDelayMs (Enter applies them at once). filterChanged() is emitted only
    when the filter really changes. */
class RecordFilterBar : public QWidget
{
    Q_OBJECT

public:
    static constexpr int searchDelayMs = 250;

    explicit RecordFilterBar(QWidget *parent = nullptr);

    /*! The stages offered in the stage picker, in this order (id, name). */
    void setStages(const QList<QPair<QUuid, QString>> &stages);
    /*! Picks stage \a id (a null id: all stages). */
    void setSelectedStage(const QUuid &id);
    QUuid selectedStage() const;
    /*! The judge stages whose scores a range may be about (the primary score is always
        offered). */
    void setJudges(const QStringList &judges);
    /*! Adds a score range row for the first judge (or the primary score) no row is about yet;
        returns its index, -1 when every score has a row. */
    int addScoreRange();
    /*! Removes score range row \a index (the last row left is emptied instead). */
    void removeScoreRange(int index);
    int scoreRangeCount() const { return int(m_ranges.size()); }
    /*! Row \a index: its children are named scoreJudge, minScore, maxScore and
        removeScoreRange. */
    QWidget *scoreRangeRow(int index) const;
    /*! The tags offered while typing in the tag field. */
    void setKnownTags(const QStringList &tags);
    /*! Shows the count: \a matching (-1: still counting) of \a total (-1: not known). */
    void setCount(qint64 matching, qint64 total);
    /*! Says that the full-text index is being brought up to date. */
    void setIndexing(qint64 done, qint64 total);

    Records::RecordFilter filter() const { return m_filter; }
    /*! Shows \a filter in the controls, without filterChanged(). */
    void setFilter(const Records::RecordFilter &filter);
    /*! Empties every condition but the stage. */
    void clearConditions();

    QLineEdit *searchField() const { return m_search; }

signals:
    void filterChanged(const Records::RecordFilter &filter);

private:
    QToolButton *makeChoiceButton(const QString &name, const QStringList &values,
                                  const QStringList &labels);
    void updateChoiceText(QToolButton *button, const QString &title);
    QStringList checkedValues(QToolButton *button) const;
    struct RangeRow
    {
        QWidget *row = nullptr;
        QComboBox *judge = nullptr;
        QDoubleSpinBox *minimum = nullptr;
        QDoubleSpinBox *maximum = nullptr;
        QToolButton *remove = nullptr;
    };
    RangeRow makeRangeRow();
    void fillJudges(QComboBox *combo, const QString &current);
    void setRangeCount(int count);
    void updateRangeButtons();
    void apply();
    void updateCountLabel();

    Records::RecordFilter m_filter;
    bool m_updating = false;
    QComboBox *m_stage;
    QToolButton *m_status;
    QToolButton *m_review;
    QStringList m_judges;
    QList<RangeRow> m_ranges;
    QWidget *m_rangeBox;
    QToolButton *m_addRange;
    QLineEdit *m_tags;
    QLineEdit *m_search;
    QLabel *m_count;
    QTimer m_typing;
    qint64 m_matching = -1;
    qint64 m_total = -1;
    QString m_indexing;
};

} // namespace Seedbed
