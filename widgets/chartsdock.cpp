#include "widgets/chartsdock.h"

#include "models/projectformat.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QCategoryAxis>
#include <QChart>
#include <QChartView>
#include <QCheckBox>
#include <QComboBox>
#include <QDateTime>
#include <QDateTimeAxis>
#include <QDir>
#include <QEvent>
#include <QFile>
#include <QFutureWatcher>
#include <QHBoxLayout>
#include <QHorizontalBarSeries>
#include <QHorizontalStackedBarSeries>
#include <QLabel>
#include <QLineSeries>
#include <QProgressBar>
#include <QScatterSeries>
#include <QScrollArea>
#include <QStackedWidget>
#include <QVBoxLayout>
#include <QValueAxis>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>
#include <cmath>

namespace Seedbed {

using namespace Records;

namespace {

constexpr int debounceMs = 300;
constexpr int chartHeight = 230;
constexpr int shownNgrams = 10;
constexpr int shownCategories = 12;
// Length axis labels: at most this many, so that they never crowd.
constexpr int lengthLabels = 6;

QString percent(double rate)
{
    return QStringLiteral("%1%").arg(std::lround(rate * 100));
}

// A count axis from 0 with whole-number ticks on round values.
void setCountRange(QValueAxis *axis, qint64 largest)
{
    axis->setLabelFormat(QStringLiteral("%d"));
    if (largest <= 5) {
        axis->setRange(0, 5);
        axis->setTickCount(6);
        return;
    }
    axis->setRange(0, double(largest));
    axis->applyNiceNumbers();
}

// Bar charts listing categories get the height their labels need, so none is elided.
int heightFor(qsizetype categories, int least = chartHeight)
{
    return std::max(least, 80 + 26 * int(categories));
}

} // namespace

ChartsDock::ChartsDock(QWidget *parent)
    : QWidget(parent)
{
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->setSpacing(0);

    auto *header = new QHBoxLayout;
    header->setContentsMargins(8, 6, 8, 6);
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("chartsSummary"));
    m_summary->setWordWrap(true);
    header->addWidget(m_summary, 1);
    m_busy = new QProgressBar(this);
    m_busy->setObjectName(QStringLiteral("chartsBusy"));
    m_busy->setRange(0, 0); // indeterminate
    m_busy->setTextVisible(false);
    m_busy->setMaximumWidth(64);
    m_busy->setMaximumHeight(10);
    m_busy->setAccessibleName(tr("Computing the charts"));
    m_busy->hide();
    header->addWidget(m_busy);
    outer->addLayout(header);

    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    auto *content = new QWidget(scroll);
    auto *layout = new QVBoxLayout(content);
    layout->setContentsMargins(8, 0, 8, 8);
    layout->setSpacing(4);

    m_judgeBox = new QComboBox(content);
    m_judgeBox->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_judgeBox->setObjectName(QStringLiteral("judgeChooser"));
    m_judgeBox->setAccessibleName(tr("Judge"));
    m_scoreNote = new QLabel(content);
    m_scores = addSection(layout, QStringLiteral("score"), tr("Scores"), m_judgeBox, m_scoreNote);

    m_textFieldBox = new QComboBox(content);
    m_textFieldBox->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_textFieldBox->setObjectName(QStringLiteral("textFieldChooser"));
    m_textFieldBox->setAccessibleName(tr("Text field"));
    m_textFieldBox->setToolTip(tr("The field whose text the length and word charts measure"));
    m_lengths =
        addSection(layout, QStringLiteral("length"), tr("Length in characters"), m_textFieldBox);

    m_counts = addSection(layout, QStringLiteral("counts"), tr("Status and review"));

    m_acceptanceNote = new QLabel(content);
    m_acceptance = addSection(layout, QStringLiteral("acceptance"), tr("Acceptance over time"),
                              nullptr, m_acceptanceNote);

    m_ngramKind = new QComboBox(content);
    m_ngramKind->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_ngramKind->setObjectName(QStringLiteral("ngramKind"));
    m_ngramKind->setAccessibleName(tr("Words or word pairs"));
    m_ngramKind->addItem(tr("Words"));
    m_ngramKind->addItem(tr("Word pairs"));
    auto *ngramFooter = new QWidget(content);
    auto *ngramFooterLayout = new QHBoxLayout(ngramFooter);
    ngramFooterLayout->setContentsMargins(0, 0, 0, 0);
    m_distinct = new QLabel(ngramFooter);
    m_distinct->setObjectName(QStringLiteral("distinctLabel"));
    m_distinct->setToolTip(tr("Distinct words (pairs) divided by all words (pairs): the higher, "
                              "the more varied the text"));
    m_hideCommon = new QCheckBox(tr("Hide common words"), ngramFooter);
    m_hideCommon->setObjectName(QStringLiteral("hideCommonWords"));
    m_hideCommon->setChecked(true); // "the", "a", "的" say nothing about a dataset's content
    ngramFooterLayout->addWidget(m_distinct, 1);
    ngramFooterLayout->addWidget(m_hideCommon);
    m_ngrams =
        addSection(layout, QStringLiteral("ngram"), tr("Top words"), m_ngramKind, ngramFooter);

    m_balanceBox = new QComboBox(content);
    m_balanceBox->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_balanceBox->setObjectName(QStringLiteral("balanceChooser"));
    m_balanceBox->setAccessibleName(tr("Categorical field"));
    m_balanceNote = new QLabel(content);
    m_balance =
        addSection(layout, QStringLiteral("balance"), tr("Balance"), m_balanceBox, m_balanceNote);
    layout->addStretch(1);
    scroll->setWidget(content);
    outer->addWidget(scroll, 1);

    m_debounce.setSingleShot(true);
    m_debounce.setInterval(debounceMs);
    connect(&m_debounce, &QTimer::timeout, this, &ChartsDock::refresh);
    connect(m_judgeBox, &QComboBox::currentIndexChanged, this, [this] { renderScores(); });
    connect(m_ngramKind, &QComboBox::currentIndexChanged, this, [this] { renderNgrams(); });
    connect(m_balanceBox, &QComboBox::currentIndexChanged, this, [this] { renderBalance(); });
    // The text figures are computed for one field: a change recomputes them.
    connect(m_textFieldBox, &QComboBox::activated, this, [this] { refresh(); });
    connect(m_hideCommon, &QCheckBox::toggled, this, [this] { refresh(); });

    renderAll();
}

ChartsDock::~ChartsDock()
{
    cancelRunning();
    // The workers use nothing of ours, but the connections they made must go before the
    // application does; a cancelled computation stops within a few SQLite steps.
    for (Job &job : m_jobs)
        job.future.waitForFinished();
}

ChartsDock::Section ChartsDock::addSection(QVBoxLayout *layout, const QString &name,
                                           const QString &title, QWidget *control, QWidget *footer)
{
    auto *row = new QHBoxLayout;
    row->setContentsMargins(0, 10, 0, 0);
    auto *heading = new QLabel(title, layout->parentWidget());
    QFont bold = heading->font();
    bold.setBold(true);
    heading->setFont(bold);
    row->addWidget(heading, 1);
    if (control) {
        control->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);
        row->addWidget(control);
    }
    layout->addLayout(row);

    Section section;
    section.stack = new QStackedWidget(layout->parentWidget());
    section.stack->setObjectName(name + QStringLiteral("Stack"));
    section.view = new QChartView(section.stack);
    section.view->setObjectName(name + QStringLiteral("Chart"));
    section.view->setRenderHint(QPainter::Antialiasing);
    section.view->setMinimumHeight(chartHeight);
    section.view->setFrameShape(QFrame::NoFrame);
    section.view->chart()->legend()->hide();
    section.view->chart()->setMargins(QMargins(2, 4, 14, 2));
    section.view->chart()->setBackgroundRoundness(0);
    applyTheme(section.view->chart());
    section.empty = new QLabel(section.stack);
    section.empty->setObjectName(name + QStringLiteral("Empty"));
    section.empty->setWordWrap(true);
    section.empty->setAlignment(Qt::AlignCenter);
    section.empty->setMinimumHeight(60);
    section.empty->setForegroundRole(QPalette::PlaceholderText);
    section.stack->addWidget(section.view);
    section.stack->addWidget(section.empty);
    layout->addWidget(section.stack);
    if (footer) {
        if (auto *label = qobject_cast<QLabel *>(footer)) {
            label->setWordWrap(true);
            label->setForegroundRole(QPalette::PlaceholderText);
        }
        layout->addWidget(footer);
    }
    return section;
}

void ChartsDock::setProject(const QString &projectDir)
{
    m_projectDir = projectDir;
    loadJudgeScales();
    refresh();
}

void ChartsDock::setFilter(const RecordFilter &filter)
{
    if (filter == m_filter)
        return;
    m_filter = filter;
    m_debounce.start();
}

bool ChartsDock::isBusy() const
{
    return !m_busy->isHidden();
}

void ChartsDock::loadJudgeScales()
{
    m_judgeScales.clear();
    m_judgeOrder.clear();
    if (m_projectDir.isEmpty())
        return;
    QFile file(QDir(m_projectDir).filePath(QLatin1String(ProjectFormat::fileName)));
    if (!file.open(QIODevice::ReadOnly))
        return;
    ProjectData project;
    ProjectError error;
    if (!ProjectFormat::parse(file.readAll(), file.fileName(), &project, &error))
        return;
    for (const Stage &stage : std::as_const(project.stages)) {
        if (stage.type == QLatin1String("judge")) {
            m_judgeScales.insert(stage.name,
                                 stage.settings.value(QStringLiteral("scaleMax"), 10).toDouble());
            m_judgeOrder.append(stage.name);
        }
    }
}

void ChartsDock::cancelRunning()
{
    for (Job &job : m_jobs)
        job.cancel->store(true);
}

void ChartsDock::refresh()
{
    m_debounce.stop();
    cancelRunning();
    const quint64 generation = ++m_generation;
    if (m_projectDir.isEmpty()) {
        m_busy->hide();
        m_hasResult = false;
        m_result = {};
        renderAll();
        Q_EMIT updated();
        return;
    }
    RecordStatsOptions options;
    options.filter = m_filter;
    options.judgeScales = m_judgeScales;
    options.textField = m_textFieldBox->currentData().toString();
    if (m_hideCommon->isChecked())
        options.stopWords = RecordStats::defaultStopWords();
    const QString path = QDir(m_projectDir).filePath(QLatin1String(ProjectFormat::databaseName));
    auto cancel = std::make_shared<std::atomic_bool>(false);
    auto *watcher = new QFutureWatcher<RecordStatsResult>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, generation, cancel] {
        watcher->deleteLater();
        m_jobs.removeIf([&](const Job &job) { return job.cancel == cancel; });
        if (generation != m_generation)
            return; // a newer computation is under way
        m_busy->hide();
        showResult(watcher->result());
    });
    const QFuture<RecordStatsResult> future = QtConcurrent::run(
        [path, options, cancel] { return RecordStats::compute(path, options, cancel.get()); });
    m_jobs.append({cancel, future});
    watcher->setFuture(future);
    m_busy->show();
    m_summary->setText(tr("Computing…"));
}

void ChartsDock::showResult(const RecordStatsResult &result)
{
    m_result = result;
    m_hasResult = true;

    // Choosers keep their choice when it still exists.
    QStringList judges;
    for (const JudgeScores &judge : std::as_const(m_result.judges))
        judges.append(judge.judge);
    // In the pipeline's order, so that the first judge is the one shown first.
    std::stable_sort(judges.begin(), judges.end(), [this](const QString &a, const QString &b) {
        const auto rank = [this](const QString &name) {
            const qsizetype index = m_judgeOrder.indexOf(name);
            return index < 0 ? m_judgeOrder.size() : index;
        };
        return rank(a) < rank(b);
    });
    fillChooser(m_judgeBox, judges);
    fillChooser(m_textFieldBox, m_result.textFields, tr("All text fields"));
    QStringList categorical;
    for (const CategoricalBalance &balance : std::as_const(m_result.categorical))
        categorical.append(balance.field);
    fillChooser(m_balanceBox, categorical);
    renderAll();
    Q_EMIT updated();
}

void ChartsDock::fillChooser(QComboBox *box, const QStringList &items, const QString &allText)
{
    const QString current = box->currentData().toString();
    const QSignalBlocker blocker(box);
    box->clear();
    if (!allText.isEmpty())
        box->addItem(allText, QString());
    for (const QString &item : items)
        box->addItem(item, item);
    const int index = box->findData(current);
    box->setCurrentIndex(std::max(0, index));
    box->setEnabled(box->count() > 1);
}

void ChartsDock::renderAll()
{
    if (m_projectDir.isEmpty())
        m_summary->setText(tr("No project open."));
    else if (!m_result.error.isEmpty())
        m_summary->setText(m_result.error);
    else if (m_hasResult && m_result.isSampled())
        m_summary->setText(
            tr("%Ln matching record(s). Scores, lengths, words and balance from a sample of %L1.",
               nullptr, int(std::min<qint64>(m_result.matching, INT_MAX)))
                .arg(m_result.sampled));
    else if (m_hasResult)
        m_summary->setText(tr("%Ln matching record(s).", nullptr,
                              int(std::min<qint64>(m_result.matching, INT_MAX))));
    renderScores();
    renderLengths();
    renderCounts();
    renderAcceptance();
    renderNgrams();
    renderBalance();
}

void ChartsDock::showEmpty(Section &section, const QString &why)
{
    section.view->chart()->removeAllSeries();
    QChart *chart = section.view->chart();
    for (QAbstractAxis *axis : chart->axes()) {
        chart->removeAxis(axis);
        delete axis;
    }
    chart->legend()->hide();
    section.empty->setText(why);
    section.stack->setCurrentWidget(section.empty);
}

void ChartsDock::showChart(Section &section)
{
    section.stack->setCurrentWidget(section.view);
}

void ChartsDock::applyTheme(QChart *chart) const
{
    const bool dark = palette().color(QPalette::Window).lightness() < 128;
    chart->setTheme(dark ? QChart::ChartThemeDark : QChart::ChartThemeLight);
    // Blend with the dock rather than the theme's own backdrop.
    chart->setBackgroundBrush(palette().color(QPalette::Base));
    chart->setBackgroundPen(Qt::NoPen);
    chart->setBackgroundRoundness(0);
    chart->legend()->setLabelColor(palette().color(QPalette::Text));
}

void ChartsDock::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange && m_scores.view) {
        for (Section *section :
             {&m_scores, &m_lengths, &m_counts, &m_acceptance, &m_ngrams, &m_balance})
            applyTheme(section->view->chart());
        renderAll();
    }
}

// The no-figures reason shared by every chart, if any: shown in \a section, true then.
bool ChartsDock::showCommonEmpty(Section &section)
{
    QString why;
    if (m_projectDir.isEmpty())
        why = tr("Open a project to see charts of its records.");
    else if (!m_hasResult)
        why = tr("Computing…");
    else if (!m_result.error.isEmpty())
        why = m_result.error;
    else if (m_result.matching == 0)
        why = tr("No records match the filter.");
    if (why.isEmpty())
        return false;
    showEmpty(section, why);
    return true;
}

void ChartsDock::renderScores()
{
    m_scoreNote->clear();
    if (showCommonEmpty(m_scores))
        return;
    const QString judge = m_judgeBox->currentData().toString();
    const auto it = std::find_if(m_result.judges.cbegin(), m_result.judges.cend(),
                                 [&](const JudgeScores &j) { return j.judge == judge; });
    if (it == m_result.judges.cend())
        return showEmpty(m_scores, tr("No scores yet: scores appear once a judge stage has run."));
    const Histogram &h = it->histogram;
    showEmpty(m_scores, {});
    QChart *chart = m_scores.view->chart();
    auto *set = new QBarSet(tr("Records"));
    QStringList labels;
    qint64 largest = 0;
    for (int i = 0; i < h.counts.size(); ++i) {
        set->append(double(h.counts.at(i)));
        largest = std::max(largest, h.counts.at(i));
        labels.append(h.width == 1
                          ? QString::number(h.binStart(i))
                          : QStringLiteral("%1–%2").arg(h.binStart(i)).arg(h.binStart(i + 1)));
    }
    auto *series = new QBarSeries;
    series->append(set);
    series->setBarWidth(0.85);
    chart->addSeries(series);
    auto *x = new QBarCategoryAxis;
    x->append(labels);
    auto *y = new QValueAxis;
    setCountRange(y, largest);
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    series->attachAxis(x);
    series->attachAxis(y);
    set->setColor(palette().color(QPalette::Highlight));
    set->setBorderColor(palette().color(QPalette::Highlight));
    m_scoreNote->setText(tr("%Ln scored record(s), mean %1", nullptr, int(h.total))
                             .arg(QLocale().toString(h.mean, 'f', 2)));
    showChart(m_scores);
}

void ChartsDock::renderLengths()
{
    if (showCommonEmpty(m_lengths))
        return;
    const Histogram &h = m_result.lengths;
    if (h.total == 0 || h.counts.isEmpty())
        return showEmpty(m_lengths, tr("No text to measure in the chosen field."));
    showEmpty(m_lengths, {});
    QChart *chart = m_lengths.view->chart();
    auto *set = new QBarSet(tr("Records"));
    qint64 largest = 0;
    for (const qint64 count : h.counts) {
        set->append(double(count));
        largest = std::max(largest, count);
    }
    auto *series = new QBarSeries;
    series->append(set);
    series->setBarWidth(0.95);
    chart->addSeries(series);
    // Bars sit at 0…n-1; the labels mark the bins' edges, a few of them.
    const int bins = int(h.counts.size());
    auto *x = new QCategoryAxis;
    x->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    x->setRange(-0.5, bins - 0.5);
    const int every = std::max(1, int(std::ceil(double(bins) / lengthLabels)));
    x->setStartValue(-0.5);
    for (int edge = 0; edge <= bins; edge += every)
        x->append(QLocale().toString(qint64(h.binStart(edge))), edge - 0.5);
    x->setGridLineVisible(false);
    auto *y = new QValueAxis;
    setCountRange(y, largest);
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    series->attachAxis(x);
    series->attachAxis(y);
    const QColor color = palette().color(QPalette::Highlight);
    set->setColor(color);
    set->setBorderColor(color);
    showChart(m_lengths);
}

void ChartsDock::renderCounts()
{
    if (showCommonEmpty(m_counts))
        return;
    showEmpty(m_counts, {});
    QChart *chart = m_counts.view->chart();
    const QHash<QString, QString> names = {
        {QStringLiteral("ok"), tr("OK")},
        {QStringLiteral("filtered"), tr("Filtered")},
        {QStringLiteral("failed"), tr("Failed")},
        {QStringLiteral("duplicate"), tr("Duplicate")},
        {QStringLiteral("unreviewed"), tr("Unreviewed")},
        {QStringLiteral("accepted"), tr("Accepted")},
        {QStringLiteral("rejected"), tr("Rejected")},
        {QStringLiteral("edited"), tr("Edited")},
    };
    // One bar per status and per review state, the statuses on top; the two groups in two
    // colours (a stacked series whose other set is zero there).
    auto *status = new QBarSet(tr("Status"));
    auto *review = new QBarSet(tr("Review"));
    QStringList labels;
    qint64 largest = 0;
    for (int i = int(m_result.reviewCounts.size()) - 1; i >= 0; --i) {
        const NGramCount &c = m_result.reviewCounts.at(i);
        labels.append(tr("%1 · %L2").arg(names.value(c.text, c.text)).arg(c.count));
        review->append(double(c.count));
        status->append(0);
        largest = std::max(largest, c.count);
    }
    for (int i = int(m_result.statusCounts.size()) - 1; i >= 0; --i) {
        const NGramCount &c = m_result.statusCounts.at(i);
        labels.append(tr("%1 · %L2").arg(names.value(c.text, c.text)).arg(c.count));
        status->append(double(c.count));
        review->append(0);
        largest = std::max(largest, c.count);
    }
    m_counts.view->setMinimumHeight(heightFor(labels.size()));
    auto *series = new QHorizontalStackedBarSeries;
    series->append(status);
    series->append(review);
    series->setBarWidth(0.7);
    chart->addSeries(series);
    for (QBarSet *set : {status, review})
        set->setBorderColor(set->color()); // the dark theme outlines bars in white
    auto *y = new QBarCategoryAxis;
    y->append(labels);
    y->setGridLineVisible(false);
    auto *x = new QValueAxis;
    setCountRange(x, largest);
    chart->addAxis(y, Qt::AlignLeft);
    chart->addAxis(x, Qt::AlignBottom);
    series->attachAxis(y);
    series->attachAxis(x);
    showChart(m_counts);
}

void ChartsDock::renderAcceptance()
{
    m_acceptanceNote->clear();
    if (showCommonEmpty(m_acceptance))
        return;
    if (m_result.acceptance.isEmpty())
        return showEmpty(m_acceptance,
                         tr("No reviewed records yet: acceptance appears when you review."));
    showEmpty(m_acceptance, {});
    QChart *chart = m_acceptance.view->chart();
    auto *line = new QLineSeries;
    line->setName(tr("Accepted"));
    auto *points = new QScatterSeries;
    points->setMarkerSize(7);
    qint64 reviewed = 0, accepted = 0;
    for (const AcceptanceBucket &b : std::as_const(m_result.acceptance)) {
        line->append(double(b.start), b.rate() * 100);
        points->append(double(b.start), b.rate() * 100);
        reviewed += b.reviewed;
        accepted += b.accepted;
    }
    chart->addSeries(line);
    chart->addSeries(points);
    auto *x = new QDateTimeAxis;
    const qint64 period = m_result.hourly ? 3600 * 1000 : 24 * 3600 * 1000;
    qint64 first = m_result.acceptance.first().start;
    qint64 last = m_result.acceptance.last().start;
    // Ticks on the periods themselves while they are few; a lone point gets a period of room
    // either side.
    const qint64 periods = (last - first) / period;
    if (periods == 0) {
        first -= period;
        last += period;
    }
    x->setRange(QDateTime::fromMSecsSinceEpoch(first), QDateTime::fromMSecsSinceEpoch(last));
    x->setFormat(m_result.hourly ? QStringLiteral("HH:mm") : QStringLiteral("MMM d"));
    x->setTickCount(periods == 0 ? 3 : periods <= 6 ? int(periods) + 1 : 5);
    auto *y = new QValueAxis;
    y->setRange(0, 100);
    y->setTickCount(5);
    y->setLabelFormat(QStringLiteral("%d%%"));
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    for (QAbstractSeries *series : chart->series()) {
        series->attachAxis(x);
        series->attachAxis(y);
    }
    const QColor color = palette().color(QPalette::Highlight);
    QPen pen(color);
    pen.setWidthF(2);
    line->setPen(pen);
    points->setColor(color);
    points->setBorderColor(color);
    m_acceptanceNote->setText((m_result.hourly
                                   ? tr("Per hour. %1 of %Ln reviewed record(s) kept.", nullptr,
                                        int(std::min<qint64>(reviewed, INT_MAX)))
                                   : tr("Per day. %1 of %Ln reviewed record(s) kept.", nullptr,
                                        int(std::min<qint64>(reviewed, INT_MAX))))
                                  .arg(percent(double(accepted) / double(reviewed))));
    showChart(m_acceptance);
}

void ChartsDock::renderNgrams()
{
    m_distinct->clear();
    if (showCommonEmpty(m_ngrams))
        return;
    if (m_result.unigrams == 0)
        return showEmpty(m_ngrams, tr("No words in the chosen field."));
    m_distinct->setText(tr("distinct-1 %1 · distinct-2 %2")
                            .arg(QLocale().toString(m_result.distinct1(), 'f', 3),
                                 QLocale().toString(m_result.distinct2(), 'f', 3)));
    const bool pairs = m_ngramKind->currentIndex() == 1;
    const QList<NGramCount> &top = pairs ? m_result.topBigrams : m_result.topUnigrams;
    if (top.isEmpty())
        return showEmpty(m_ngrams, pairs ? tr("No word pairs: every text is a single word.")
                                         : tr("Only common words: uncheck “Hide common words”."));
    showEmpty(m_ngrams, {});
    QChart *chart = m_ngrams.view->chart();
    const int shown = int(std::min<qsizetype>(top.size(), shownNgrams));
    auto *set = new QBarSet(pairs ? tr("Word pairs") : tr("Words"));
    QStringList labels;
    // The horizontal axis lists from the bottom: the most frequent last, so it is on top.
    for (int i = shown - 1; i >= 0; --i) {
        set->append(double(top.at(i).count));
        labels.append(top.at(i).text);
    }
    m_ngrams.view->setMinimumHeight(heightFor(shown));
    auto *series = new QHorizontalBarSeries;
    series->append(set);
    series->setBarWidth(0.75);
    series->setLabelsVisible(true);
    series->setLabelsPosition(QAbstractBarSeries::LabelsInsideBase);
    chart->addSeries(series);
    auto *y = new QBarCategoryAxis;
    y->append(labels);
    y->setGridLineVisible(false);
    auto *x = new QValueAxis;
    setCountRange(x, top.first().count);
    chart->addAxis(y, Qt::AlignLeft);
    chart->addAxis(x, Qt::AlignBottom);
    series->attachAxis(y);
    series->attachAxis(x);
    const QColor color = palette().color(QPalette::Highlight);
    set->setColor(color);
    set->setBorderColor(color);
    set->setLabelColor(palette().color(QPalette::HighlightedText));
    showChart(m_ngrams);
}

void ChartsDock::renderBalance()
{
    m_balanceNote->clear();
    if (showCommonEmpty(m_balance))
        return;
    const QString field = m_balanceBox->currentData().toString();
    const auto it = std::find_if(m_result.categorical.cbegin(), m_result.categorical.cend(),
                                 [&](const CategoricalBalance &b) { return b.field == field; });
    if (it == m_result.categorical.cend())
        return showEmpty(m_balance,
                         tr("No categorical field: a field whose values repeat, with at most "
                            "%1 different ones, shows its balance here.")
                             .arg(RecordStatsOptions().maxCategories));
    showEmpty(m_balance, {});
    QChart *chart = m_balance.view->chart();
    qint64 total = it->missing;
    for (const NGramCount &v : it->values)
        total += v.count;
    const int shown = int(std::min<qsizetype>(it->values.size(), shownCategories));
    auto *set = new QBarSet(field);
    QStringList labels;
    for (int i = shown - 1; i >= 0; --i) {
        const NGramCount &v = it->values.at(i);
        set->append(double(v.count));
        labels.append(tr("%1 · %2").arg(v.text, percent(double(v.count) / double(total))));
    }
    m_balance.view->setMinimumHeight(heightFor(shown, 140));
    auto *series = new QHorizontalBarSeries;
    series->append(set);
    series->setBarWidth(0.75);
    chart->addSeries(series);
    auto *y = new QBarCategoryAxis;
    y->append(labels);
    y->setGridLineVisible(false);
    auto *x = new QValueAxis;
    setCountRange(x, it->values.first().count);
    chart->addAxis(y, Qt::AlignLeft);
    chart->addAxis(x, Qt::AlignBottom);
    series->attachAxis(y);
    series->attachAxis(x);
    const QColor color = palette().color(QPalette::Highlight);
    set->setColor(color);
    set->setBorderColor(color);
    QStringList notes;
    if (it->values.size() > shown)
        notes.append(tr("%Ln more value(s) not shown.", nullptr, int(it->values.size() - shown)));
    if (it->missing > 0)
        notes.append(tr("%Ln record(s) without the field.", nullptr, int(it->missing)));
    m_balanceNote->setText(notes.join(QLatin1Char(' ')));
    showChart(m_balance);
}

} // namespace Seedbed
