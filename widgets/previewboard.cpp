#include "widgets/previewboard.h"

#include "widgets/previewcard.h"

#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QScrollArea>
#include <QScrollBar>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>

namespace Seedbed {

namespace {

constexpr int spinnerMs = 150;

QString number(double value, int decimals)
{
    const double rounded = std::round(value);
    if (std::abs(value - rounded) < 1e-9)
        return QLocale().toString(qint64(rounded));
    return QLocale().toString(value, 'f', decimals);
}

} // namespace

PreviewBoard::PreviewBoard(QWidget *parent)
    : QWidget(parent)
    , m_headers(new QWidget(this))
    , m_scroll(new QScrollArea(this))
    , m_placeholder(new QLabel(this))
{
    m_headers->setObjectName(QStringLiteral("columnHeaders"));
    auto *headerLayout = new QHBoxLayout(m_headers);
    headerLayout->setContentsMargins(0, 0, 0, 0);
    m_headers->hide();

    m_scroll->setObjectName(QStringLiteral("cardsArea"));
    m_scroll->setWidgetResizable(true);
    m_scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_scroll->setFrameShape(QFrame::NoFrame);
    m_scroll->setBackgroundRole(QPalette::Window);

    m_placeholder->setObjectName(QStringLiteral("placeholder"));
    m_placeholder->setTextFormat(Qt::PlainText);
    m_placeholder->setAlignment(Qt::AlignCenter);
    m_placeholder->setWordWrap(true);
    m_placeholder->setForegroundRole(QPalette::PlaceholderText);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_headers);
    layout->addWidget(m_scroll, 1);
    layout->addWidget(m_placeholder, 1);
    m_scroll->hide();

    m_spinner.setInterval(spinnerMs);
    connect(&m_spinner, &QTimer::timeout, this, &PreviewBoard::advanceSpinners);
}

void PreviewBoard::clear(const QString &placeholder)
{
    m_spinner.stop();
    m_cards.clear();
    delete m_content; // the cards with it
    m_content = nullptr;
    m_grid = nullptr;
    qDeleteAll(m_headers->findChildren<QWidget *>(Qt::FindDirectChildrenOnly));
    m_titles.clear();
    m_statsLabels.clear();
    m_scaleMax.clear();
    m_stats.clear();
    m_headers->hide();
    m_scroll->hide();
    m_placeholder->setText(placeholder);
    m_placeholder->show();
}

void PreviewBoard::reset(const QList<Run::PreviewSample> &samples, const QStringList &columnTitles)
{
    clear(QString());
    m_placeholder->hide();

    const qsizetype columns = std::max<qsizetype>(1, columnTitles.size());
    auto *headerLayout = static_cast<QHBoxLayout *>(m_headers->layout());
    for (qsizetype c = 0; c < columns; ++c) {
        auto *header = new QWidget(m_headers);
        header->setObjectName(QStringLiteral("columnHeader%1").arg(c));
        auto *title = new QLabel(columnTitles.value(c), header);
        title->setObjectName(QStringLiteral("columnTitle"));
        title->setTextFormat(Qt::PlainText);
        QFont bold = title->font();
        bold.setBold(true);
        title->setFont(bold);
        title->setVisible(!columnTitles.value(c).isEmpty());
        auto *stats = new QLabel(header);
        stats->setObjectName(QStringLiteral("columnStats"));
        stats->setTextFormat(Qt::PlainText);
        stats->setWordWrap(true);
        auto *layout = new QVBoxLayout(header);
        layout->setContentsMargins(4, 2, 4, 2);
        layout->setSpacing(1);
        layout->addWidget(title);
        layout->addWidget(stats);
        headerLayout->addWidget(header, 1);
        m_titles.append(title);
        m_statsLabels.append(stats);
        m_scaleMax.append(0);
        m_stats.append(Run::PreviewStats());
    }
    // The cards' scroll bar takes room beside them, and the headers line up with the cards.
    headerLayout->setContentsMargins(0, 0, m_scroll->verticalScrollBar()->sizeHint().width(), 0);
    m_headers->show();

    m_content = new QWidget;
    m_content->setObjectName(QStringLiteral("cards"));
    m_grid = new QGridLayout(m_content);
    m_grid->setContentsMargins(0, 0, 0, 0);
    m_grid->setSpacing(6);
    QList<int> rowsInColumn(columns, 0);
    for (const Run::PreviewSample &sample : samples) {
        const int column = std::clamp(sample.variant, 0, int(columns) - 1);
        auto *card = new PreviewCard(m_content);
        card->setSample(sample);
        m_grid->addWidget(card, rowsInColumn[column]++, column, Qt::AlignTop);
        m_cards.append(card);
        if (sample.scaleMax > 0)
            m_scaleMax[column] = sample.scaleMax;
    }
    for (qsizetype c = 0; c < columns; ++c)
        m_grid->setColumnStretch(int(c), 1);
    m_grid->setRowStretch(*std::max_element(rowsInColumn.cbegin(), rowsInColumn.cend()), 1);
    m_scroll->setWidget(m_content);
    m_scroll->show();
    for (qsizetype c = 0; c < columns; ++c)
        m_statsLabels[c]->setText(statsText(m_stats.at(c), m_scaleMax.at(c)));
    advanceSpinners();
}

void PreviewBoard::setSample(int index, const Run::PreviewSample &sample)
{
    PreviewCard *card = m_cards.value(index);
    if (!card)
        return;
    card->setSample(sample);
    const qsizetype column = sample.variant;
    if (sample.scaleMax > 0 && column >= 0 && column < m_scaleMax.size() &&
        m_scaleMax.at(column) != sample.scaleMax) {
        m_scaleMax[column] = sample.scaleMax;
        m_statsLabels[column]->setText(statsText(m_stats.at(column), sample.scaleMax));
    }
    if (card->isStreaming() && !m_spinner.isActive())
        m_spinner.start();
}

void PreviewBoard::setStats(int column, const Run::PreviewStats &stats)
{
    if (column < 0 || column >= m_statsLabels.size())
        return;
    m_stats[column] = stats;
    m_statsLabels[column]->setText(statsText(stats, m_scaleMax.at(column)));
}

QString PreviewBoard::statsText(const Run::PreviewStats &stats, double scaleMax)
{
    QStringList parts;
    if (stats.meanScore) {
        const QString mean = number(*stats.meanScore, 2);
        parts.append(scaleMax > 0 ? tr("mean score %1 / %2").arg(mean, number(scaleMax, 1))
                                  : tr("mean score %1").arg(mean));
    } else {
        parts.append(tr("no scores yet"));
    }
    if (stats.passRate)
        parts.append(tr("pass rate %1%").arg(qRound(*stats.passRate * 100)));
    if (stats.finished > stats.failed) {
        parts.append(tr("mean length %1 chars").arg(QLocale().toString(qRound(stats.meanLength))));
        parts.append(tr("%1 tokens/sample").arg(QLocale().toString(qRound(stats.tokensPerSample))));
        for (auto it = stats.costPerSample.constBegin(); it != stats.costPerSample.constEnd(); ++it)
            parts.append(tr("%1 %2/sample").arg(PreviewCard::formatAmount(it.value()), it.key()));
    }
    if (stats.failed > 0)
        parts.append(tr("%n failed", nullptr, stats.failed));
    return parts.join(QStringLiteral(" · "));
}

void PreviewBoard::advanceSpinners()
{
    bool streaming = false;
    for (PreviewCard *card : std::as_const(m_cards)) {
        if (card->isStreaming()) {
            card->advanceSpinner();
            streaming = true;
        }
    }
    if (!streaming)
        m_spinner.stop();
}

} // namespace Seedbed
