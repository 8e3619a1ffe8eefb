#pragma once

#include "models/records/recordfilter.h"
#include "models/records/recordstats.h"

#include <QFuture>
#include <QHash>
#include <QList>
#include <QTimer>
#include <QWidget>

#include <atomic>
#include <memory>

class QCheckBox;
class QChart;
class QChartView;
class QComboBox;
class QLabel;
class QProgressBar;
class QStackedWidget;
class QVBoxLayout;

namespace Seedbed {

/*! \brief The content of the "Charts" dock beside the records table: figures of the records
    that match the table's filter.

    Score histogram per judge (a judge chooser), length histogram and top words with distinct-1
    and distinct-2 of a chosen text field, records per status and review state, acceptance rate
    over time, and the balance of a chosen categorical field. The figures are computed by
    Records::RecordStats in a worker thread with a read-only connection of its own; a filter
    change recomputes them after a short pause (the previous computation is cancelled), with a
    busy indicator meanwhile. A chart with nothing to show says why instead. */
class ChartsDock : public QWidget
{
    Q_OBJECT

public:
    explicit ChartsDock(QWidget *parent = nullptr);
    ~ChartsDock() override;

    /*! Shows the records of \a projectDir (its data.sqlite; the judges' scales come from its
        project.seedbed); an empty string shows nothing. Recomputes at once. */
    void setProject(const QString &projectDir);
    /*! Follows \a filter; recomputes after a short pause, so that typing does not start a
        computation per key. */
    void setFilter(const Records::RecordFilter &filter);
    Records::RecordFilter filter() const { return m_filter; }
    /*! Recomputes now (after a run or a review changed the records). */
    void refresh();

    /*! Whether figures are being computed. */
    bool isBusy() const;
    /*! The figures shown. */
    const Records::RecordStatsResult &result() const { return m_result; }

Q_SIGNALS:
    /*! New figures are shown. */
    void updated();

protected:
    void changeEvent(QEvent *event) override;

private:
    struct Section
    {
        QStackedWidget *stack = nullptr;
        QChartView *view = nullptr;
        QLabel *empty = nullptr;
    };

    Section addSection(QVBoxLayout *layout, const QString &name, const QString &title,
                       QWidget *control = nullptr, QWidget *footer = nullptr);
    void loadJudgeScales();
    void showResult(const Records::RecordStatsResult &result);
    void renderScores();
    void renderLengths();
    void renderCounts();
    void renderAcceptance();
    void renderNgrams();
    void renderBalance();
    void renderAll();
    void applyTheme(QChart *chart) const;
    void showEmpty(Section &section, const QString &why);
    bool showCommonEmpty(Section &section);
    void showChart(Section &section);
    void fillChooser(QComboBox *box, const QStringList &items, const QString &allText = {});
    void cancelRunning();

    QString m_projectDir;
    Records::RecordFilter m_filter;
    QHash<QString, double> m_judgeScales;
    QStringList m_judgeOrder; //!< judge stages in the project's order
    Records::RecordStatsResult m_result;
    bool m_hasResult = false;

    QTimer m_debounce;
    quint64 m_generation = 0;
    struct Job
    {
        std::shared_ptr<std::atomic_bool> cancel;
        QFuture<Records::RecordStatsResult> future;
    };
    QList<Job> m_jobs;

    QLabel *m_summary = nullptr;
    QProgressBar *m_busy = nullptr;
    QComboBox *m_judgeBox = nullptr;
    QComboBox *m_textFieldBox = nullptr;
    QComboBox *m_ngramKind = nullptr;
    QCheckBox *m_hideCommon = nullptr;
    QComboBox *m_balanceBox = nullptr;
    QLabel *m_scoreNote = nullptr;
    QLabel *m_distinct = nullptr;
    QLabel *m_acceptanceNote = nullptr;
    QLabel *m_balanceNote = nullptr;
    Section m_scores;
    Section m_lengths;
    Section m_counts;
    Section m_acceptance;
    Section m_ngrams;
    Section m_balance;
};

} // namespace Seedbed
