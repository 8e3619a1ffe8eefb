#include "widgets/recordfilterbar.h"

#include "models/records/reviewstore.h"

#include <QComboBox>
#include <QCompleter>
#include <QDoubleSpinBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMenu>
#include <QStringListModel>
#include <QToolButton>
#include <QVBoxLayout>

namespace Seedbed {

namespace {
// The spin boxes' lowest value stands for "no bound".
constexpr double noBound = -1.0;

} // namespace

RecordFilterBar::RecordFilterBar(QWidget *parent)
    : QWidget(parent)
    , m_stage(new QComboBox(this))
    , m_rangeBox(new QWidget(this))
    , m_addRange(new QToolButton(this))
    , m_tags(new QLineEdit(this))
    , m_search(new QLineEdit(this))
    , m_count(new QLabel(this))
{
    m_stage->setObjectName(QStringLiteral("stageFilter"));
    m_stage->addItem(tr("All stages"), QUuid());
    m_stage->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_stage->setToolTip(tr("The stage whose records are shown; follows the canvas selection."));

    m_status = makeChoiceButton(QStringLiteral("statusFilter"),
                                {QStringLiteral("ok"), QStringLiteral("filtered"),
                                 QStringLiteral("failed"), QStringLiteral("duplicate")},
                                {tr("OK"), tr("Filtered"), tr("Failed"), tr("Duplicate")});
    m_review = makeChoiceButton(QStringLiteral("reviewFilter"),
                                {QStringLiteral("unreviewed"), QStringLiteral("accepted"),
                                 QStringLiteral("rejected"), QStringLiteral("edited")},
                                {tr("Unreviewed"), tr("Accepted"), tr("Rejected"), tr("Edited")});
    updateChoiceText(m_status, tr("Status"));
    updateChoiceText(m_review, tr("Review"));

    // Score ranges, one row each, stacked where the first one stands.
    m_rangeBox->setObjectName(QStringLiteral("scoreRanges"));
    auto *ranges = new QVBoxLayout(m_rangeBox);
    ranges->setContentsMargins(0, 0, 0, 0);
    ranges->setSpacing(2);
    m_addRange->setObjectName(QStringLiteral("addScoreRange"));
    m_addRange->setIcon(QIcon::fromTheme(QStringLiteral("list-add")));
    m_addRange->setText(tr("+"));
    m_addRange->setToolTip(tr("Add a range for another judge's score"));
    m_addRange->setAutoRaise(true);
    connect(m_addRange, &QToolButton::clicked, this, [this] {
        if (addScoreRange() >= 0)
            apply();
    });
    setRangeCount(1);

    m_tags->setObjectName(QStringLiteral("tagFilter"));
    m_tags->setPlaceholderText(tr("Tags"));
    m_tags->setToolTip(tr("Records carrying every one of these tags, separated by commas or "
                          "semicolons."));
    m_tags->setClearButtonEnabled(true);
    auto *tagCompleter = new QCompleter(new QStringListModel(this), this);
    tagCompleter->setCaseSensitivity(Qt::CaseInsensitive);
    m_tags->setCompleter(tagCompleter);

    m_search->setObjectName(QStringLiteral("searchField"));
    m_search->setPlaceholderText(tr("Search the fields…"));
    m_search->setToolTip(tr("Words match by their beginning; \"quoted words\" as a phrase."));
    m_search->setClearButtonEnabled(true);
    m_search->setMinimumWidth(180);

    m_count->setObjectName(QStringLiteral("countLabel"));
    m_count->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_typing.setSingleShot(true);
    m_typing.setInterval(searchDelayMs);
    connect(&m_typing, &QTimer::timeout, this, &RecordFilterBar::apply);
    for (QLineEdit *edit : {m_search, m_tags}) {
        connect(edit, &QLineEdit::textEdited, &m_typing, qOverload<>(&QTimer::start));
        connect(edit, &QLineEdit::returnPressed, this, &RecordFilterBar::apply);
        // The clear button changes the text without textEdited.
        connect(edit, &QLineEdit::textChanged, this, [this](const QString &text) {
            if (text.isEmpty())
                apply();
        });
    }
    connect(m_stage, &QComboBox::currentIndexChanged, this, &RecordFilterBar::apply);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_stage);
    layout->addWidget(m_status);
    layout->addWidget(m_review);
    layout->addSpacing(6);
    layout->addWidget(m_rangeBox);
    layout->addWidget(m_addRange, 0, Qt::AlignTop);
    layout->addSpacing(6);
    layout->addWidget(m_tags, 1);
    layout->addWidget(m_search, 3);
    layout->addWidget(m_count);
    updateCountLabel();
}

QToolButton *RecordFilterBar::makeChoiceButton(const QString &name, const QStringList &values,
                                               const QStringList &labels)
{
    auto *button = new QToolButton(this);
    button->setObjectName(name);
    button->setPopupMode(QToolButton::InstantPopup);
    auto *menu = new QMenu(button);
    for (int i = 0; i < values.size(); ++i) {
        QAction *action = menu->addAction(labels.at(i));
        action->setObjectName(values.at(i));
        action->setData(values.at(i));
        action->setCheckable(true);
        connect(action, &QAction::toggled, this, [this, button] {
            updateChoiceText(button, button == m_status ? tr("Status") : tr("Review"));
            apply();
        });
    }
    menu->addSeparator();
    menu->addAction(tr("Any"), this, [this, menu] {
        m_updating = true;
        for (QAction *action : menu->actions())
            action->setChecked(false);
        m_updating = false;
        apply();
    });
    button->setMenu(menu);
    return button;
}

void RecordFilterBar::updateChoiceText(QToolButton *button, const QString &title)
{
    QStringList names;
    for (QAction *action : button->menu()->actions()) {
        if (action->isChecked())
            names.append(action->text());
    }
    button->setText(names.isEmpty() ? tr("%1: any").arg(title)
                                    : tr("%1: %2").arg(title, names.join(QStringLiteral(", "))));
}

QStringList RecordFilterBar::checkedValues(QToolButton *button) const
{
    QStringList values;
    for (QAction *action : button->menu()->actions()) {
        if (action->isChecked())
            values.append(action->data().toString());
    }
    return values;
}

void RecordFilterBar::setStages(const QList<QPair<QUuid, QString>> &stages)
{
    const QUuid current = selectedStage();
    m_updating = true;
    m_stage->clear();
    m_stage->addItem(tr("All stages"), QUuid());
    for (const auto &stage : stages)
        m_stage->addItem(stage.second, stage.first);
    const int index = m_stage->findData(current);
    m_stage->setCurrentIndex(std::max(0, index));
    m_updating = false;
    apply(); // the stage may be gone
}

void RecordFilterBar::setSelectedStage(const QUuid &id)
{
    const int index = m_stage->findData(id);
    m_stage->setCurrentIndex(std::max(0, index));
}

QUuid RecordFilterBar::selectedStage() const
{
    return m_stage->currentData().toUuid();
}

namespace {
void dropRow(QWidget *row)
{
    row->hide();
    row->deleteLater();
}
} // namespace

RecordFilterBar::RangeRow RecordFilterBar::makeRangeRow()
{
    RangeRow r;
    r.row = new QWidget(m_rangeBox);
    auto *layout = new QHBoxLayout(r.row);
    layout->setContentsMargins(0, 0, 0, 0);
    r.judge = new QComboBox(r.row);
    r.judge->setObjectName(QStringLiteral("scoreJudge"));
    r.judge->setToolTip(tr("The score a range is about: the primary score or one judge's."));
    r.judge->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    fillJudges(r.judge, QString());
    r.minimum = new QDoubleSpinBox(r.row);
    r.maximum = new QDoubleSpinBox(r.row);
    for (QDoubleSpinBox *box : {r.minimum, r.maximum}) {
        box->setRange(noBound, 1000);
        box->setDecimals(1);
        box->setSingleStep(0.5);
        box->setSpecialValueText(tr("any"));
        box->setValue(noBound);
        box->setKeyboardTracking(false);
        box->setAccelerated(true);
        connect(box, &QDoubleSpinBox::valueChanged, this, &RecordFilterBar::apply);
    }
    r.minimum->setObjectName(QStringLiteral("minScore"));
    r.maximum->setObjectName(QStringLiteral("maxScore"));
    r.minimum->setToolTip(tr("Lowest score shown (inclusive)"));
    r.maximum->setToolTip(tr("Highest score shown (inclusive)"));
    r.remove = new QToolButton(r.row);
    r.remove->setObjectName(QStringLiteral("removeScoreRange"));
    r.remove->setIcon(QIcon::fromTheme(QStringLiteral("list-remove")));
    r.remove->setText(tr("×"));
    r.remove->setToolTip(tr("Remove this score range"));
    r.remove->setAutoRaise(true);
    QWidget *row = r.row;
    connect(r.judge, &QComboBox::currentIndexChanged, this, &RecordFilterBar::apply);
    connect(r.remove, &QToolButton::clicked, this, [this, row] {
        for (int i = 0; i < m_ranges.size(); ++i) {
            if (m_ranges.at(i).row == row) {
                removeScoreRange(i);
                apply();
                return;
            }
        }
    });
    layout->addWidget(r.judge);
    layout->addWidget(new QLabel(tr("from"), r.row));
    layout->addWidget(r.minimum);
    layout->addWidget(new QLabel(tr("to"), r.row));
    layout->addWidget(r.maximum);
    layout->addWidget(r.remove);
    return r;
}

void RecordFilterBar::fillJudges(QComboBox *combo, const QString &current)
{
    const bool wasUpdating = m_updating;
    m_updating = true;
    combo->clear();
    combo->addItem(tr("Score"), QString());
    for (const QString &judge : std::as_const(m_judges))
        combo->addItem(judge, judge);
    if (combo->findData(current) < 0)
        combo->addItem(current, current); // a judge of a filter set before its stage is known
    combo->setCurrentIndex(std::max(0, combo->findData(current)));
    m_updating = wasUpdating;
}

void RecordFilterBar::setRangeCount(int count)
{
    count = std::max(1, count);
    while (m_ranges.size() > count)
        dropRow(m_ranges.takeLast().row);
    while (m_ranges.size() < count) {
        m_ranges.append(makeRangeRow());
        m_rangeBox->layout()->addWidget(m_ranges.last().row);
    }
    updateRangeButtons();
}

void RecordFilterBar::updateRangeButtons()
{
    // One row per score: another row is offered while a score has none.
    m_addRange->setEnabled(m_ranges.size() < m_judges.size() + 1);
    for (const RangeRow &r : std::as_const(m_ranges))
        r.remove->setVisible(m_ranges.size() > 1);
}

int RecordFilterBar::addScoreRange()
{
    QStringList scores{QString()};
    scores.append(m_judges);
    for (const RangeRow &r : std::as_const(m_ranges))
        scores.removeAll(r.judge->currentData().toString());
    if (scores.isEmpty())
        return -1;
    const bool wasUpdating = m_updating;
    m_updating = true;
    setRangeCount(int(m_ranges.size()) + 1);
    fillJudges(m_ranges.last().judge, scores.first());
    m_updating = wasUpdating;
    m_ranges.last().judge->setFocus();
    return int(m_ranges.size()) - 1;
}

void RecordFilterBar::removeScoreRange(int index)
{
    if (index < 0 || index >= m_ranges.size())
        return;
    const bool wasUpdating = m_updating;
    m_updating = true;
    if (m_ranges.size() == 1) {
        m_ranges.first().minimum->setValue(noBound);
        m_ranges.first().maximum->setValue(noBound);
    } else {
        dropRow(m_ranges.takeAt(index).row); // its button may be the one clicked
    }
    m_updating = wasUpdating;
    updateRangeButtons();
}

QWidget *RecordFilterBar::scoreRangeRow(int index) const
{
    return index >= 0 && index < m_ranges.size() ? m_ranges.at(index).row : nullptr;
}

void RecordFilterBar::setJudges(const QStringList &judges)
{
    if (judges == m_judges)
        return;
    m_judges = judges;
    m_updating = true;
    for (const RangeRow &r : std::as_const(m_ranges))
        fillJudges(r.judge, r.judge->currentData().toString());
    m_updating = false;
    updateRangeButtons();
    apply();
}

void RecordFilterBar::setKnownTags(const QStringList &tags)
{
    static_cast<QStringListModel *>(m_tags->completer()->model())->setStringList(tags);
}

void RecordFilterBar::setCount(qint64 matching, qint64 total)
{
    m_matching = matching;
    m_total = total;
    updateCountLabel();
}

void RecordFilterBar::setIndexing(qint64 done, qint64 total)
{
    m_indexing = done < total
                     ? tr("Indexing for search… %1%").arg(total > 0 ? done * 100 / total : 0)
                     : QString();
    updateCountLabel();
}

void RecordFilterBar::updateCountLabel()
{
    const QLocale locale;
    if (!m_indexing.isEmpty())
        m_count->setText(m_indexing);
    else if (m_matching < 0)
        m_count->setText(tr("Counting…"));
    else if (m_total < 0 || (m_matching == m_total && m_filter.isEmpty()))
        m_count->setText(tr("%1 records").arg(locale.toString(m_matching)));
    else
        m_count->setText(tr("%1 of %2").arg(locale.toString(m_matching), locale.toString(m_total)));
}

void RecordFilterBar::setFilter(const Records::RecordFilter &filter)
{
    m_updating = true;
    m_stage->setCurrentIndex(std::max(0, m_stage->findData(filter.stages.value(0))));
    for (QAction *action : m_status->menu()->actions())
        action->setChecked(filter.statuses.contains(action->data().toString()));
    for (QAction *action : m_review->menu()->actions())
        action->setChecked(filter.reviewStates.contains(action->data().toString()));
    setRangeCount(int(filter.scores.size()));
    for (int i = 0; i < m_ranges.size(); ++i) {
        const Records::ScoreRange range = filter.scores.value(i);
        fillJudges(m_ranges.at(i).judge, range.judge);
        m_ranges.at(i).minimum->setValue(range.minimum.value_or(noBound));
        m_ranges.at(i).maximum->setValue(range.maximum.value_or(noBound));
    }
    m_tags->setText(filter.tags.join(QStringLiteral(", ")));
    m_search->setText(filter.text);
    updateChoiceText(m_status, tr("Status"));
    updateChoiceText(m_review, tr("Review"));
    m_filter = filter;
    m_updating = false;
    updateCountLabel();
}

void RecordFilterBar::clearConditions()
{
    Records::RecordFilter empty;
    empty.stages = m_filter.stages;
    setFilter(empty);
    emit filterChanged(m_filter);
}

void RecordFilterBar::apply()
{
    if (m_updating)
        return;
    m_typing.stop();
    Records::RecordFilter filter;
    if (const QUuid stage = selectedStage(); !stage.isNull())
        filter.stages = {stage};
    filter.statuses = checkedValues(m_status);
    filter.reviewStates = checkedValues(m_review);
    for (const RangeRow &r : std::as_const(m_ranges)) {
        Records::ScoreRange range;
        range.judge = r.judge->currentData().toString();
        if (r.minimum->value() > noBound)
            range.minimum = r.minimum->value();
        if (r.maximum->value() > noBound)
            range.maximum = r.maximum->value();
        if (range.minimum || range.maximum)
            filter.scores.append(range);
    }
    filter.tags = Records::ReviewChange::splitTags(m_tags->text());
    filter.text = m_search->text().trimmed();
    if (filter == m_filter)
        return;
    m_filter = filter;
    updateCountLabel();
    emit filterChanged(m_filter);
}

} // namespace Seedbed
