#include "widgets/rundock.h"

#include <QAbstractTableModel>
#include <QApplication>
#include <QDir>
#include <QEvent>
#include <QFrame>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeySequence>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QPainter>
#include <QPushButton>
#include <QScrollBar>
#include <QSplitter>
#include <QStyledItemDelegate>
#include <QTableView>
#include <QUrl>
#include <QVBoxLayout>

#include <algorithm>
#include <climits>

namespace Seedbed {

namespace {

constexpr int fractionRole = Qt::UserRole + 1; // done / expected in [0, 1]; none when unknown
constexpr int maxLogLines = 5000;

QColor blend(const QColor &a, const QColor &b, qreal t)
{
    return QColor::fromRgbF(float(a.redF() * (1 - t) + b.redF() * t),
                            float(a.greenF() * (1 - t) + b.greenF() * t),
                            float(a.blueF() * (1 - t) + b.blueF() * t));
}

// Hues for the states; mixed with the palette so that they read in light and dark themes.
const QColor goodColor(0x2e, 0x9d, 0x4f);
const QColor warningColor(0xe0, 0x8e, 0x00);
const QColor badColor(0xd3, 0x2f, 0x2f);

QString dash()
{
    return QStringLiteral("—");
}

QString number(qint64 value)
{
    return QLocale().toString(value);
}

// Draws a progress bar with the cell's text in it, for the cells that have a fraction.
class ProgressDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override
    {
        const QVariant fraction = index.data(fractionRole);
        const QWidget *widget = option.widget;
        QStyle *style = widget ? widget->style() : QApplication::style();
        if (!fraction.isValid()) {
            QStyledItemDelegate::paint(painter, option, index);
            return;
        }
        QStyleOptionViewItem item = option;
        initStyleOption(&item, index);
        item.text.clear();
        style->drawControl(QStyle::CE_ItemViewItem, &item, painter, widget);

        QStyleOptionProgressBar bar;
        bar.initFrom(widget);
        bar.rect = option.rect.adjusted(3, 3, -3, -3);
        bar.minimum = 0;
        bar.maximum = 1000;
        bar.progress = qBound(0, qRound(fraction.toDouble() * 1000), 1000);
        bar.text = index.data(Qt::DisplayRole).toString();
        bar.textVisible = true;
        bar.textAlignment = Qt::AlignCenter;
        bar.state = option.state | QStyle::State_Horizontal;
        bar.state &= ~QStyle::State_Selected;
        style->drawControl(QStyle::CE_ProgressBar, &bar, painter, widget);
    }
};

} // namespace

/* The stages of the run, one row each, in the runner's (topological) order. */
class RunStageModel : public QAbstractTableModel
{
public:
    using QAbstractTableModel::QAbstractTableModel;

    void setStages(const QList<Run::StageProgress> &stages)
    {
        bool sameRows = stages.size() == m_stages.size();
        for (qsizetype i = 0; sameRows && i < stages.size(); ++i)
            sameRows = stages.at(i).stage == m_stages.at(i).stage;
        if (!sameRows) {
            beginResetModel();
            m_stages = stages;
            endResetModel();
            return;
        }
        m_stages = stages;
        if (!m_stages.isEmpty())
            Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1));
    }

    void clear() { setStages({}); }

    int rowCount(const QModelIndex &parent = QModelIndex()) const override
    {
        return parent.isValid() ? 0 : int(m_stages.size());
    }

    int columnCount(const QModelIndex &parent = QModelIndex()) const override
    {
        return parent.isValid() ? 0 : RunDock::ColumnCount;
    }

    QVariant data(const QModelIndex &index, int role) const override
    {
        if (!index.isValid() || index.row() >= rowCount() || index.column() >= columnCount())
            return {};
        const Run::StageProgress &s = m_stages.at(index.row());
        const int column = index.column();
        switch (role) {
        case Qt::DisplayRole:
            return text(s, column);
        case Qt::TextAlignmentRole:
            return column == RunDock::StageColumn || column == RunDock::DoneColumn
                       ? QVariant()
                       : QVariant(Qt::AlignRight | Qt::AlignVCenter);
        case Qt::ForegroundRole:
            if (column == RunDock::FailedColumn && s.failed > 0)
                return QBrush(blend(badColor, QApplication::palette().color(QPalette::Text), 0.2));
            return {};
        case Qt::ToolTipRole:
            if (column == RunDock::StageColumn)
                return s.done ? RunDock::tr("“%1” is done.").arg(s.name)
                              : RunDock::tr("“%1” is still working.").arg(s.name);
            return {};
        case fractionRole:
            if (column != RunDock::DoneColumn || s.expected < 0)
                return {};
            if (s.done)
                return 1.0;
            return s.expected == 0 ? 0.0 : double(s.processed()) / double(s.expected);
        default:
            return {};
        }
    }

    QVariant headerData(int section, Qt::Orientation orientation, int role) const override
    {
        if (orientation != Qt::Horizontal)
            return {};
        if (role == Qt::DisplayRole) {
            switch (section) {
            case RunDock::StageColumn:
                return RunDock::tr("Stage");
            case RunDock::DoneColumn:
                return RunDock::tr("Done / Expected");
            case RunDock::FailedColumn:
                return RunDock::tr("Failed");
            case RunDock::FilteredColumn:
                return RunDock::tr("Filtered");
            case RunDock::DuplicateColumn:
                return RunDock::tr("Duplicates");
            case RunDock::InFlightColumn:
                return RunDock::tr("In Flight / Concurrency");
            default:
                return {};
            }
        }
        if (role == Qt::ToolTipRole) {
            switch (section) {
            case RunDock::DoneColumn:
                return RunDock::tr("Records the stage has handled (kept, filtered, failed or "
                                   "duplicate), and how many it is expected to handle in all.");
            case RunDock::FailedColumn:
                return RunDock::tr("Records whose request or answer failed; Run ▸ Retry Failed "
                                   "Records redoes them.");
            case RunDock::FilteredColumn:
                return RunDock::tr("Records that a filter or a judge turned down.");
            case RunDock::DuplicateColumn:
                return RunDock::tr("Records dropped as duplicates of earlier ones.");
            case RunDock::InFlightColumn:
                return RunDock::tr("Requests waiting for the model now, and how many the stage "
                                   "may send at once.");
            default:
                return {};
            }
        }
        return {};
    }

private:
    static QString text(const Run::StageProgress &s, int column)
    {
        switch (column) {
        case RunDock::StageColumn:
            return s.name;
        case RunDock::DoneColumn:
            return s.expected < 0
                       ? number(s.processed())
                       : RunDock::tr("%1 / %2").arg(number(s.processed()), number(s.expected));
        case RunDock::FailedColumn:
            return number(s.failed);
        case RunDock::FilteredColumn:
            return number(s.filtered);
        case RunDock::DuplicateColumn:
            return number(s.duplicate);
        case RunDock::InFlightColumn:
            return s.concurrency > 0
                       ? RunDock::tr("%1 / %2").arg(number(s.inFlight), number(s.concurrency))
                       : dash();
        default:
            return {};
        }
    }

    QList<Run::StageProgress> m_stages;
};

RunDock::RunDock(QWidget *parent)
    : QWidget(parent)
    , m_model(new RunStageModel(this))
    , m_banner(new QFrame(this))
    , m_title(new QLabel(m_banner))
    , m_detail(new QLabel(m_banner))
    , m_providersButton(new QPushButton(tr("Provider Profiles…"), m_banner))
    , m_table(new QTableView(this))
    , m_elapsed(new QLabel(this))
    , m_eta(new QLabel(this))
    , m_calls(new QLabel(this))
    , m_cacheHits(new QLabel(this))
    , m_tokens(new QLabel(this))
    , m_cost(new QLabel(this))
    , m_log(new QListWidget(this))
{
    setObjectName(QStringLiteral("runDockContent"));

    // Banner: a coloured stripe, the state in large type and what it means.
    m_banner->setObjectName(QStringLiteral("summary"));
    m_banner->setAutoFillBackground(true);
    m_banner->setFrameShape(QFrame::NoFrame);
    auto *stripe = new QFrame(m_banner);
    stripe->setObjectName(QStringLiteral("summaryStripe"));
    stripe->setFixedWidth(5);
    stripe->setAutoFillBackground(true);
    m_title->setObjectName(QStringLiteral("summaryTitle"));
    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.25);
    m_title->setFont(titleFont);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_detail->setObjectName(QStringLiteral("summaryDetail"));
    m_detail->setWordWrap(true);
    m_detail->setTextFormat(Qt::RichText);
    m_detail->setOpenExternalLinks(true);
    m_detail->setTextInteractionFlags(Qt::TextBrowserInteraction | Qt::TextSelectableByKeyboard);
    m_detail->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    m_providersButton->setObjectName(QStringLiteral("providersButton"));
    m_providersButton->hide();
    connect(m_providersButton, &QPushButton::clicked, this, &RunDock::providerSettingsRequested);
    auto *bannerLayout = new QGridLayout(m_banner);
    bannerLayout->setContentsMargins(0, 0, 8, 0);
    bannerLayout->setHorizontalSpacing(10);
    bannerLayout->setVerticalSpacing(2);
    bannerLayout->addWidget(stripe, 0, 0, 2, 1);
    bannerLayout->addWidget(m_title, 0, 1);
    bannerLayout->addWidget(m_providersButton, 0, 2, 2, 1, Qt::AlignRight | Qt::AlignVCenter);
    bannerLayout->addWidget(m_detail, 1, 1);
    bannerLayout->setColumnStretch(1, 1);
    // Margins inside the stripe's row, so that the stripe runs the banner's full height.
    m_title->setContentsMargins(0, 6, 0, 0);
    m_detail->setContentsMargins(0, 0, 0, 6);

    // Stages.
    m_table->setObjectName(QStringLiteral("stageTable"));
    m_table->setModel(m_model);
    m_table->setItemDelegateForColumn(DoneColumn, new ProgressDelegate(m_table));
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setShowGrid(false);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    QHeaderView *header = m_table->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::ResizeToContents); // a handful of rows
    header->setSectionResizeMode(StageColumn, QHeaderView::Stretch);
    header->setMinimumSectionSize(m_table->fontMetrics().horizontalAdvance(QLatin1Char('0')) * 8);
    header->setHighlightSections(false);

    // Totals: a caption and a value each.
    auto *totals = new QHBoxLayout;
    totals->setSpacing(6);
    const auto addTotal = [this, totals](const QString &caption, QLabel *value,
                                         const QString &name) {
        auto *label = new QLabel(caption, this);
        label->setForegroundRole(QPalette::PlaceholderText); // secondary, in light and dark
        label->setBuddy(value);
        value->setObjectName(name);
        value->setTextInteractionFlags(Qt::TextSelectableByMouse);
        totals->addWidget(label);
        totals->addWidget(value);
        totals->addSpacing(12);
    };
    addTotal(tr("Elapsed:"), m_elapsed, QStringLiteral("elapsedValue"));
    addTotal(tr("Time left:"), m_eta, QStringLiteral("etaValue"));
    addTotal(tr("Calls:"), m_calls, QStringLiteral("callsValue"));
    addTotal(tr("Cache hits:"), m_cacheHits, QStringLiteral("cacheHitsValue"));
    addTotal(tr("Tokens:"), m_tokens, QStringLiteral("tokensValue"));
    addTotal(tr("Cost:"), m_cost, QStringLiteral("costValue"));
    totals->addStretch();
    m_cacheHits->setToolTip(tr("Requests answered from the project's response cache instead of "
                               "being sent (and paid for) again."));

    // Log.
    m_log->setObjectName(QStringLiteral("runLog"));
    m_log->setWordWrap(true);
    m_log->setUniformItemSizes(false);
    m_log->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_log->setAlternatingRowColors(true);
    auto *logLabel = new QLabel(tr("&Log"), this);
    logLabel->setBuddy(m_log);
    auto *stagesLabel = new QLabel(tr("S&tages"), this);
    stagesLabel->setBuddy(m_table);

    auto *left = new QWidget(this);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(stagesLabel);
    leftLayout->addWidget(m_table, 1);
    leftLayout->addLayout(totals);
    auto *right = new QWidget(this);
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->addWidget(logLabel);
    rightLayout->addWidget(m_log, 1);

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setObjectName(QStringLiteral("runSplitter"));
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(left);
    splitter->addWidget(right);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addWidget(m_banner);
    layout->addWidget(splitter, 1);

    setBanner(tr("No run yet"),
              tr("Run ▸ Run Pipeline (%1) runs the whole pipeline; what it makes is kept in the "
                 "project.")
                  .arg(QKeySequence(Qt::Key_F5).toString(QKeySequence::NativeText)),
              Tone::Neutral);
    showTotals(Run::RunProgress(), false);
}

RunDock::~RunDock() = default;

QAbstractItemModel *RunDock::stageModel() const
{
    return m_model;
}

QString RunDock::formatDuration(qint64 ms)
{
    const QLocale locale;
    const qint64 seconds = std::max<qint64>(0, ms) / 1000;
    const auto twoDigits = [&locale](qint64 value) {
        const QString digits = locale.toString(value);
        return value < 10 ? locale.zeroDigit() + digits : digits;
    };
    return tr("%1:%2:%3", "a duration: hours, minutes, seconds")
        .arg(locale.toString(seconds / 3600), twoDigits(seconds / 60 % 60),
             twoDigits(seconds % 60));
}

void RunDock::beginRun(const QString &scope, const QString &projectFolder)
{
    m_scope = scope;
    m_projectFolder = projectFolder;
    m_model->clear();
    m_log->clear();
    m_providersButton->hide();
    setBanner(tr("Starting…"), scope.toHtmlEscaped(), Tone::Neutral);
    showTotals(Run::RunProgress(), true);
}

void RunDock::setProgress(const Run::RunProgress &progress)
{
    m_model->setStages(progress.stages);
    showTotals(progress, true);
    setBanner(progress.paused ? tr("Paused") : tr("Running"),
              progress.paused ? tr("%1. Requests in flight finish; no new ones are sent until "
                                   "you resume.")
                                    .arg(m_scope.toHtmlEscaped())
                              : m_scope.toHtmlEscaped(),
              progress.paused ? Tone::Warning : Tone::Neutral);
}

void RunDock::appendMessage(const QString &text, const QTime &time)
{
    QScrollBar *bar = m_log->verticalScrollBar();
    const bool atEnd = bar->value() == bar->maximum();
    const QString stamp = QLocale().toString(time, QStringLiteral("HH:mm:ss"));
    auto *item = new QListWidgetItem(tr("%1  %2", "a log line: time, message").arg(stamp, text));
    item->setToolTip(text);
    m_log->addItem(item);
    while (m_log->count() > maxLogLines)
        delete m_log->takeItem(0);
    if (atEnd)
        m_log->scrollToBottom();
}

void RunDock::setSummary(const Run::RunSummary &summary)
{
    using State = Run::RunSummary::State;
    m_model->setStages(summary.progress.stages);
    showTotals(summary.progress, false);

    const auto list = [](const QStringList &items) {
        QString html = QStringLiteral("<ul style=\"margin-left: 0; -qt-list-indent: 1;\">");
        for (const QString &item : items)
            html += QStringLiteral("<li>%1</li>").arg(item.toHtmlEscaped());
        return html + QStringLiteral("</ul>");
    };
    const auto paragraph = [](const QString &text) {
        return QStringLiteral("<p style=\"margin: 0;\">%1</p>").arg(text.toHtmlEscaped());
    };

    QString detail;
    QString title;
    Tone tone = Tone::Neutral;
    switch (summary.state) {
    case State::Completed:
        title = tr("Completed");
        tone = Tone::Good;
        detail = paragraph(tr("Every stage in the run is done."));
        break;
    case State::Partial:
        title = tr("Partly completed");
        tone = Tone::Warning;
        // Stages that could not run (listed), or records that failed (said below).
        detail = paragraph(summary.problems.isEmpty()
                               ? tr("The run went to the end, but not every record could be made.")
                               : tr("The run ended, but some stages could not run:"));
        break;
    case State::Cancelled:
        title = tr("Cancelled");
        tone = Tone::Warning;
        detail = paragraph(tr("Everything made so far is kept; the next run continues where "
                              "this one stopped."));
        break;
    case State::Failed:
        title = tr("Failed");
        tone = Tone::Bad;
        detail = paragraph(summary.error.isEmpty() ? tr("The run stopped because of an error.")
                                                   : summary.error);
        break;
    }
    if (!summary.problems.isEmpty())
        detail += list(summary.problems);

    qint64 failed = 0;
    for (const Run::StageProgress &s : summary.progress.stages)
        failed += s.failed;
    if (failed > 0 && summary.state != State::Failed)
        detail += paragraph(tr("%n record(s) failed; Run ▸ Retry Failed Records redoes them.",
                               nullptr, int(std::min<qint64>(failed, INT_MAX))));

    if (!summary.exported.isEmpty()) {
        QStringList links;
        const QDir folder(m_projectFolder);
        for (const QString &file : summary.exported) {
            const QString path = m_projectFolder.isEmpty() ? file : folder.absoluteFilePath(file);
            // Inside the project, its path from there is enough; the link has the whole one.
            QString shown = m_projectFolder.isEmpty() ? file : folder.relativeFilePath(path);
            if (shown.startsWith(QLatin1String("..")))
                shown = path;
            links.append(
                QStringLiteral("<a href=\"%1\">%2</a>")
                    .arg(QUrl::fromLocalFile(path).toString(QUrl::FullyEncoded).toHtmlEscaped(),
                         QDir::toNativeSeparators(shown).toHtmlEscaped()));
        }
        detail += QStringLiteral("<p style=\"margin: 0;\">%1</p>")
                      .arg(tr("Exported: %1").arg(QLocale().createSeparatedList(links)));
    }
    setBanner(title, detail, tone);
}

void RunDock::setOfferProviderSettings(bool offer)
{
    m_providersButton->setVisible(offer);
}

void RunDock::showTotals(const Run::RunProgress &progress, bool running)
{
    const QLocale locale;
    m_elapsed->setText(formatDuration(progress.elapsedMs));
    if (!running)
        m_eta->setText(dash());
    else if (progress.etaMs < 0)
        m_eta->setText(tr("unknown"));
    else
        m_eta->setText(formatDuration(progress.etaMs));
    m_calls->setText(locale.toString(progress.calls));
    m_cacheHits->setText(locale.toString(progress.cacheHits));

    const auto tokens = [&](qint64 count) {
        return progress.tokensEstimated ? tr("≈%1", "an estimated number").arg(number(count))
                                        : number(count);
    };
    m_tokens->setText(
        tr("%1 in / %2 out").arg(tokens(progress.promptTokens), tokens(progress.completionTokens)));
    m_tokens->setToolTip(progress.tokensEstimated
                             ? tr("≈: the provider did not report every count; the rest are "
                                  "estimated from the text.")
                             : tr("Tokens sent to and received from the models in this run."));

    if (progress.cost.isEmpty()) {
        m_cost->setText(dash());
        m_cost->setToolTip(tr("No priced calls yet. Prices are set per model in the provider "
                              "profile."));
        return;
    }
    QStringList amounts;
    for (auto it = progress.cost.cbegin(); it != progress.cost.cend(); ++it)
        amounts.append(
            tr("%1 %2", "an amount of money and its currency code, e.g. 0.42 USD")
                .arg(locale.toString(it.value(), 'f', it.value() >= 10 ? 2 : 4), it.key()));
    const QString cost = locale.createSeparatedList(amounts);
    if (!progress.costComplete) {
        m_cost->setText(tr("at least %1").arg(cost));
        m_cost->setToolTip(
            tr("Some calls had no price or no token counts, so the cost is higher."));
    } else if (progress.tokensEstimated) {
        m_cost->setText(tr("≈%1", "an estimated number").arg(cost));
        m_cost->setToolTip(tr("Estimated from estimated token counts."));
    } else {
        m_cost->setText(cost);
        m_cost->setToolTip(tr("From the prices in the provider profiles."));
    }
}

void RunDock::setBanner(const QString &title, const QString &detail, Tone tone)
{
    m_title->setText(title);
    m_detail->setText(detail);
    m_detail->setVisible(!detail.isEmpty());
    m_tone = tone;
    updateBannerColours();
}

void RunDock::updateBannerColours()
{
    const QPalette base = palette();
    QColor accent;
    switch (m_tone) {
    case Tone::Neutral:
        accent = base.color(QPalette::Highlight);
        break;
    case Tone::Good:
        accent = goodColor;
        break;
    case Tone::Warning:
        accent = warningColor;
        break;
    case Tone::Bad:
        accent = badColor;
        break;
    }
    QPalette banner = base;
    banner.setColor(QPalette::Window, blend(base.color(QPalette::Base), accent, 0.14));
    m_banner->setPalette(banner);
    if (auto *stripe = m_banner->findChild<QFrame *>(QStringLiteral("summaryStripe"))) {
        QPalette stripePalette = base;
        stripePalette.setColor(QPalette::Window, accent);
        stripe->setPalette(stripePalette);
    }
}

void RunDock::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange)
        updateBannerColours();
    QWidget::changeEvent(event);
}

} // namespace Seedbed
