#include "widgets/recordfilterbar.h"

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

namespace Seedbed {

namespace {
// The spin boxes' lowest value stands for "no bound".
constexpr double noBound = -1.0;

QStringList splitTags(const QString &text)
{
    QStringList tags;
    for (const QString &part : text.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const QString tag = part.trimmed();
        if (!tag.isEmpty() && !tags.contains(tag))
            tags.append(tag);
    }
    return tags;
}
} // namespace

RecordFilterBar::RecordFilterBar(QWidget *parent)
    : QWidget(parent)
    , m_stage(new QComboBox(this))
    , m_judge(new QComboBox(this))
    , m_minScore(new QDoubleSpinBox(this))
    , m_maxScore(new QDoubleSpinBox(this))
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

    m_judge->setObjectName(QStringLiteral("scoreJudge"));
    m_judge->addItem(tr("Score"), QString());
    m_judge->setToolTip(tr("The score a range is about: the primary score or one judge's."));
    for (QDoubleSpinBox *box : {m_minScore, m_maxScore}) {
        box->setRange(noBound, 1000);
        box->setDecimals(1);
        box->setSingleStep(0.5);
        box->setSpecialValueText(tr("any"));
        box->setValue(noBound);
        box->setKeyboardTracking(false);
        box->setAccelerated(true);
    }
    m_minScore->setObjectName(QStringLiteral("minScore"));
    m_maxScore->setObjectName(QStringLiteral("maxScore"));
    m_minScore->setToolTip(tr("Lowest score shown (inclusive)"));
    m_maxScore->setToolTip(tr("Highest score shown (inclusive)"));

    m_tags->setObjectName(QStringLiteral("tagFilter"));
    m_tags->setPlaceholderText(tr("Tags"));
    m_tags->setToolTip(tr("Records carrying every one of these tags, separated by commas."));
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
    connect(m_judge, &QComboBox::currentIndexChanged, this, &RecordFilterBar::apply);
    connect(m_minScore, &QDoubleSpinBox::valueChanged, this, &RecordFilterBar::apply);
    connect(m_maxScore, &QDoubleSpinBox::valueChanged, this, &RecordFilterBar::apply);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_stage);
    layout->addWidget(m_status);
    layout->addWidget(m_review);
    layout->addSpacing(6);
    layout->addWidget(m_judge);
    auto *from = new QLabel(tr("from"), this);
    layout->addWidget(from);
    layout->addWidget(m_minScore);
    layout->addWidget(new QLabel(tr("to"), this));
    layout->addWidget(m_maxScore);
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

void RecordFilterBar::setJudges(const QStringList &judges)
{
    const QString current = m_judge->currentData().toString();
    m_updating = true;
    m_judge->clear();
    m_judge->addItem(tr("Score"), QString());
    for (const QString &judge : judges)
        m_judge->addItem(judge, judge);
    m_judge->setCurrentIndex(std::max(0, m_judge->findData(current)));
    m_updating = false;
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
    const Records::ScoreRange range = filter.scores.value(0);
    m_judge->setCurrentIndex(std::max(0, m_judge->findData(range.judge)));
    m_minScore->setValue(range.minimum.value_or(noBound));
    m_maxScore->setValue(range.maximum.value_or(noBound));
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
    Records::ScoreRange range;
    range.judge = m_judge->currentData().toString();
    if (m_minScore->value() > noBound)
        range.minimum = m_minScore->value();
    if (m_maxScore->value() > noBound)
        range.maximum = m_maxScore->value();
    if (range.minimum || range.maximum)
        filter.scores = {range};
    filter.tags = splitTags(m_tags->text());
    filter.text = m_search->text().trimmed();
    if (filter == m_filter)
        return;
    m_filter = filter;
    updateCountLabel();
    emit filterChanged(m_filter);
}

} // namespace Seedbed
