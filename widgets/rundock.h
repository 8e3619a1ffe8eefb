#pragma once

#include "models/run/runner.h"

#include <QTime>
#include <QWidget>

class QAbstractItemModel;
class QFrame;
class QLabel;
class QListWidget;
class QPushButton;
class QTableView;

namespace Seedbed {

class RunStageModel;

/*! \brief The content of the "Run" dock: what a pipeline run is doing and how it ended.

    A banner on top says the state in one word (Starting, Running, Paused, Completed, Partly
    completed, Cancelled, Failed) and explains it: the error of a failed run, the problems of a
    partial one, the files an export wrote. Under it a table of the stages in the run with their
    counts and a progress bar each, a line of totals (elapsed time, time left, calls, cache hits,
    tokens, cost) and a log of the runner's messages with their time.

    The dock only shows what it is given; MainWindow feeds it the Runner's signals. */
class RunDock : public QWidget
{
    Q_OBJECT

public:
    /*! The table's columns. */
    enum Column {
        StageColumn,
        DoneColumn,
        FailedColumn,
        FilteredColumn,
        DuplicateColumn,
        InFlightColumn,
        ColumnCount
    };

    explicit RunDock(QWidget *parent = nullptr);
    ~RunDock() override;

    /*! Clears the last run and says that a new one is being prepared; \a scope describes what
        it covers ("Whole pipeline"…). \a projectFolder resolves relative export paths. */
    void beginRun(const QString &scope, const QString &projectFolder);
    /*! The run is under way: shows "Running" (or "Paused") with its scope. */
    void setProgress(const Run::RunProgress &progress);
    /*! Adds a line to the log, stamped with \a time. */
    void appendMessage(const QString &text, const QTime &time = QTime::currentTime());
    /*! Shows how the run ended, with the final counts. */
    void setSummary(const Run::RunSummary &summary);
    /*! Whether the banner offers to open the provider profiles (for a run that could not start
        for want of a profile or a key); cleared by beginRun(). */
    void setOfferProviderSettings(bool offer);

    /*! The stages table's model (for tests and accessibility tools). */
    QAbstractItemModel *stageModel() const;

    /*! \a ms as h:mm:ss in the user's locale. */
    static QString formatDuration(qint64 ms);

signals:
    /*! The user asked for Settings ▸ Provider Profiles from the banner. */
    void providerSettingsRequested();

protected:
    void changeEvent(QEvent *event) override;

private:
    enum class Tone { Neutral, Good, Warning, Bad };

    void setBanner(const QString &title, const QString &detail, Tone tone);
    void updateBannerColours();
    void showTotals(const Run::RunProgress &progress, bool running);

    RunStageModel *m_model;
    QFrame *m_banner;
    QLabel *m_title;
    QLabel *m_detail;
    QPushButton *m_providersButton;
    QTableView *m_table;
    QLabel *m_elapsed;
    QLabel *m_eta;
    QLabel *m_calls;
    QLabel *m_cacheHits;
    QLabel *m_tokens;
    QLabel *m_cost;
    QListWidget *m_log;
    QString m_scope;
    QString m_projectFolder;
    Tone m_tone = Tone::Neutral;
};

} // namespace Seedbed
