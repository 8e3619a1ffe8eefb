#include "widgets/previewcard.h"

#include <QAbstractTextDocumentLayout>
#include <QEvent>
#include <QHBoxLayout>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QLocale>
#include <QScrollBar>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextEdit>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>
#include <tuple>

namespace Seedbed {

namespace {

constexpr int summaryChars = 90;
constexpr int maxTextLines = 14; // taller answers scroll inside their card

using State = Run::PreviewSample::State;

QString valueText(const QJsonValue &value)
{
    if (value.isString())
        return value.toString();
    if (value.isObject())
        return QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
    if (value.isArray())
        return QString::fromUtf8(QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact));
    return value.toVariant().toString();
}

QString number(double value)
{
    const double rounded = std::round(value);
    if (std::abs(value - rounded) < 1e-9)
        return QLocale().toString(qint64(rounded));
    return QLocale().toString(value, 'f', 1);
}

QLabel *plainLabel(QWidget *parent, const QString &name)
{
    auto *label = new QLabel(parent);
    label->setObjectName(name);
    label->setTextFormat(Qt::PlainText); // model output and input rows are never markup
    return label;
}

} // namespace

PreviewCard::PreviewCard(QWidget *parent)
    : QFrame(parent)
    , m_rowLabel(plainLabel(this, QStringLiteral("rowLabel")))
    , m_stateLabel(plainLabel(this, QStringLiteral("stateLabel")))
    , m_cachedLabel(plainLabel(this, QStringLiteral("cachedLabel")))
    , m_badge(plainLabel(this, QStringLiteral("scoreBadge")))
    , m_inputToggle(new QToolButton(this))
    , m_inputLabel(plainLabel(this, QStringLiteral("inputLabel")))
    , m_textView(new QTextEdit(this))
    , m_errorLabel(plainLabel(this, QStringLiteral("errorLabel")))
    , m_verdictLabel(plainLabel(this, QStringLiteral("verdictLabel")))
    , m_usageLabel(plainLabel(this, QStringLiteral("usageLabel")))
    , m_rationaleToggle(new QToolButton(this))
    , m_rationaleLabel(plainLabel(this, QStringLiteral("rationaleLabel")))
{
    setObjectName(QStringLiteral("previewCard"));
    setFrameShape(QFrame::StyledPanel);
    setBackgroundRole(QPalette::Base);
    setAutoFillBackground(true);

    QFont bold = m_rowLabel->font();
    bold.setBold(true);
    m_rowLabel->setFont(bold);
    m_cachedLabel->setText(tr("cached"));
    m_cachedLabel->setToolTip(tr("Answered from the response cache: this cost nothing."));
    m_cachedLabel->setForegroundRole(QPalette::PlaceholderText);
    m_cachedLabel->hide();
    m_badge->setAlignment(Qt::AlignCenter);
    m_badge->hide();

    m_inputToggle->setObjectName(QStringLiteral("inputToggle"));
    m_inputToggle->setAutoRaise(true);
    m_inputToggle->setCheckable(true);
    m_inputToggle->setArrowType(Qt::RightArrow);
    m_inputToggle->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_inputToggle->setToolTip(tr("The fields this stage received for this sample"));
    // Elided to the card's width (elideInput()): a long input row must not widen the card.
    m_inputToggle->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Fixed);
    m_inputLabel->setWordWrap(true);
    m_inputLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_inputLabel->setForegroundRole(QPalette::PlaceholderText);
    m_inputLabel->hide();
    connect(m_inputToggle, &QToolButton::toggled, this, [this](bool on) {
        m_inputToggle->setArrowType(on ? Qt::DownArrow : Qt::RightArrow);
        m_inputLabel->setVisible(on);
    });

    m_textView->setObjectName(QStringLiteral("sampleText"));
    m_textView->setReadOnly(true);
    m_textView->setAcceptRichText(false);
    m_textView->setUndoRedoEnabled(false);
    m_textView->setFrameShape(QFrame::NoFrame);
    m_textView->setWordWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    m_textView->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_textView->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_textView->setFocusPolicy(Qt::ClickFocus);
    m_textView->document()->setDocumentMargin(2);
    // The view is as tall as its text, up to a limit, so that the board scrolls, not each card.
    connect(m_textView->document()->documentLayout(),
            &QAbstractTextDocumentLayout::documentSizeChanged, this, [this](const QSizeF &size) {
                const int line = m_textView->fontMetrics().lineSpacing();
                const int height =
                    qBound(line + 6, int(std::ceil(size.height())) + 2, line * maxTextLines + 6);
                if (m_textView->height() != height)
                    m_textView->setFixedHeight(height);
            });
    m_textView->setFixedHeight(m_textView->fontMetrics().lineSpacing() + 6);

    m_errorLabel->setWordWrap(true);
    m_errorLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_errorLabel->hide();
    m_verdictLabel->setWordWrap(true);
    m_usageLabel->setForegroundRole(QPalette::PlaceholderText);
    m_usageLabel->setAlignment(Qt::AlignRight | Qt::AlignVCenter);

    m_rationaleToggle->setObjectName(QStringLiteral("rationaleToggle"));
    m_rationaleToggle->setAutoRaise(true);
    m_rationaleToggle->setCheckable(true);
    m_rationaleToggle->setArrowType(Qt::RightArrow);
    m_rationaleToggle->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_rationaleToggle->setText(tr("Judge's reasoning"));
    m_rationaleToggle->hide();
    m_rationaleLabel->setWordWrap(true);
    m_rationaleLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_rationaleLabel->hide();
    connect(m_rationaleToggle, &QToolButton::toggled, this, [this](bool on) {
        m_rationaleToggle->setArrowType(on ? Qt::DownArrow : Qt::RightArrow);
        m_rationaleLabel->setVisible(on);
    });

    auto *top = new QHBoxLayout;
    top->addWidget(m_rowLabel);
    top->addWidget(m_stateLabel);
    top->addStretch();
    top->addWidget(m_cachedLabel);
    top->addWidget(m_badge);
    auto *bottom = new QHBoxLayout;
    bottom->addWidget(m_verdictLabel, 1);
    bottom->addWidget(m_usageLabel);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 6, 8, 6);
    layout->setSpacing(3);
    layout->addLayout(top);
    layout->addWidget(m_inputToggle);
    layout->addWidget(m_inputLabel);
    layout->addWidget(m_textView);
    layout->addWidget(m_errorLabel);
    layout->addLayout(bottom);
    layout->addWidget(m_rationaleToggle, 0, Qt::AlignLeft);
    layout->addWidget(m_rationaleLabel);

    updateColours();
}

QString PreviewCard::text() const
{
    return m_textView->toPlainText();
}

void PreviewCard::setSample(const Run::PreviewSample &sample)
{
    const Run::PreviewSample old = std::exchange(m_sample, sample);
    const bool first = std::exchange(m_first, false);
    if (first || old.text != sample.text)
        updateText();
    if (first || old.input != sample.input || old.rowLabel != sample.rowLabel ||
        old.sample != sample.sample)
        updateInput();
    if (first || old.state != sample.state || old.error != sample.error)
        updateState();
    if (first || old.score != sample.score || old.passed != sample.passed ||
        old.kept != sample.kept || old.filterReasons != sample.filterReasons ||
        old.rationale != sample.rationale || old.judgeError != sample.judgeError ||
        old.scaleMax != sample.scaleMax || old.state != sample.state)
        updateVerdict();
    if (first || old.cached != sample.cached || old.promptTokens != sample.promptTokens ||
        old.completionTokens != sample.completionTokens || old.cost != sample.cost ||
        old.tokensEstimated != sample.tokensEstimated)
        updateUsage();
}

void PreviewCard::updateText()
{
    const QString &text = m_sample.text;
    if (!m_shownText.isEmpty() && text.startsWith(m_shownText)) {
        // Streaming: add what came, without laying the rest out again.
        QScrollBar *bar = m_textView->verticalScrollBar();
        const bool atEnd = bar->value() == bar->maximum();
        QTextCursor cursor(m_textView->document());
        cursor.movePosition(QTextCursor::End);
        cursor.insertText(text.mid(m_shownText.size()));
        if (atEnd)
            bar->setValue(bar->maximum());
    } else {
        m_textView->setPlainText(text);
    }
    m_shownText = text;
}

void PreviewCard::updateInput()
{
    const QString row = m_sample.sample > 0
                            ? tr("%1, sample %2").arg(m_sample.rowLabel).arg(m_sample.sample + 1)
                            : m_sample.rowLabel;
    m_rowLabel->setText(row);
    QStringList lines;
    QStringList summary;
    for (auto it = m_sample.input.constBegin(); it != m_sample.input.constEnd(); ++it) {
        const QString value = valueText(it.value());
        lines.append(tr("%1: %2").arg(it.key(), value));
        summary.append(tr("%1: %2").arg(it.key(), value.simplified()));
    }
    QString oneLine = summary.join(QStringLiteral(" · "));
    if (oneLine.size() > summaryChars)
        oneLine = oneLine.left(summaryChars - 1) + QStringLiteral("…");
    if (oneLine.isEmpty())
        oneLine = tr("(no input fields)");
    m_inputSummary = oneLine;
    elideInput();
    m_inputLabel->setText(lines.join(QLatin1Char('\n')));
}

void PreviewCard::updateState()
{
    switch (m_sample.state) {
    case State::Waiting:
        m_stateLabel->setText(tr("waiting"));
        break;
    case State::Streaming:
        m_spinnerStep = 0;
        advanceSpinner();
        break;
    case State::Done:
        m_stateLabel->setText(tr("done"));
        break;
    case State::Failed:
        m_stateLabel->setText(tr("failed"));
        break;
    case State::Dropped:
        m_stateLabel->setText(tr("dropped upstream"));
        break;
    }
    const bool failed = m_sample.state == State::Failed || m_sample.state == State::Dropped;
    m_errorLabel->setText(m_sample.error);
    m_errorLabel->setVisible(failed && !m_sample.error.isEmpty());
    // Nothing streamed: no empty box.
    m_textView->setVisible(!(failed && m_sample.text.isEmpty()));
    updateColours();
}

void PreviewCard::advanceSpinner()
{
    if (!isStreaming())
        return;
    static const QString frames[] = {QStringLiteral("◐"), QStringLiteral("◓"), QStringLiteral("◑"),
                                     QStringLiteral("◒")};
    m_stateLabel->setText(tr("%1 streaming").arg(frames[m_spinnerStep % 4]));
    ++m_spinnerStep;
}

void PreviewCard::updateVerdict()
{
    const Run::PreviewSample &s = m_sample;
    if (s.score) {
        const bool passFail = s.scaleMax == 1;
        QString text;
        if (passFail)
            text = s.passed.value_or(*s.score >= 1) ? tr("pass") : tr("fail");
        else if (s.scaleMax > 0)
            text = tr("%1 / %2").arg(number(*s.score), number(s.scaleMax));
        else
            text = number(*s.score);
        m_badge->setText(text);
        const QString judge = s.judgeName.isEmpty() ? tr("The judge") : s.judgeName;
        QString tip;
        if (s.passed)
            tip = *s.passed ? tr("%1: %2, reaches the threshold").arg(judge, text)
                            : tr("%1: %2, below the threshold").arg(judge, text);
        else
            tip = tr("%1: %2").arg(judge, text);
        m_badge->setToolTip(tip);
        m_badge->show();
    } else if (!s.judgeError.isEmpty()) {
        m_badge->setText(tr("not judged"));
        m_badge->setToolTip(Qt::convertFromPlainText(s.judgeError)); // may quote the answer
        m_badge->show();
    } else {
        m_badge->hide();
    }

    if (!s.kept) {
        m_verdictLabel->clear();
    } else if (*s.kept) {
        m_verdictLabel->setText(tr("kept"));
    } else if (!s.filterReasons.isEmpty()) {
        // Reasons are sentences ("Scored 4, below the threshold 7.") or short phrases.
        const bool sentences = std::all_of(
            s.filterReasons.cbegin(), s.filterReasons.cend(),
            [](const QString &reason) { return reason.trimmed().endsWith(QLatin1Char('.')); });
        m_verdictLabel->setText(
            tr("dropped: %1")
                .arg(s.filterReasons.join(sentences ? QStringLiteral(" ") : QStringLiteral("; "))));
    } else if (s.passed && !*s.passed) {
        m_verdictLabel->setText(tr("dropped: below the judge's threshold"));
    } else {
        m_verdictLabel->setText(tr("dropped"));
    }

    QString rationale = s.rationale;
    if (!s.judgeError.isEmpty())
        rationale = tr("The judge failed: %1").arg(s.judgeError);
    m_rationaleLabel->setText(rationale);
    m_rationaleToggle->setVisible(!rationale.isEmpty());
    m_rationaleLabel->setVisible(!rationale.isEmpty() && m_rationaleToggle->isChecked());
    updateColours();
}

void PreviewCard::updateUsage()
{
    const Run::PreviewSample &s = m_sample;
    m_cachedLabel->setVisible(s.cached);
    const qint64 tokens = s.promptTokens + s.completionTokens;
    QString usage;
    if (tokens > 0) {
        const QString in = QLocale().toString(s.promptTokens);
        const QString out = QLocale().toString(s.completionTokens);
        usage = s.tokensEstimated ? tr("≈%1 + ≈%2 tokens").arg(in, out)
                                  : tr("%1 + %2 tokens").arg(in, out);
        QStringList costs;
        for (auto it = s.cost.constBegin(); it != s.cost.constEnd(); ++it)
            costs.append(tr("%1 %2").arg(formatAmount(it.value()), it.key()));
        if (!costs.isEmpty())
            usage = tr("%1 · %2").arg(usage, QLocale().createSeparatedList(costs));
    }
    m_usageLabel->setText(usage);
    m_usageLabel->setToolTip(tokens > 0 ? tr("Prompt + completion tokens of this call, and "
                                             "its cost from the profile's prices")
                                        : QString());
}

namespace {

// On the card's Base background a label draws with Text, elsewhere with WindowText: both.
void setTextColour(QWidget *widget, const QColor &colour)
{
    QPalette p = widget->palette();
    p.setColor(QPalette::WindowText, colour);
    p.setColor(QPalette::Text, colour);
    widget->setPalette(p);
}

QColor goodColour(const QPalette &palette)
{
    const bool dark = palette.color(QPalette::Base).lightness() < 128;
    return dark ? QColor(0x81, 0xc7, 0x84) : QColor(0x2e, 0x7d, 0x32);
}

} // namespace

QString PreviewCard::formatAmount(double amount)
{
    // Two significant digits: previews cost fractions of a cent. Then no trailing zeros beyond
    // the cents.
    if (amount <= 0)
        return QLocale().toString(0);
    int decimals = std::clamp(1 - int(std::floor(std::log10(amount))), 2, 8);
    QString text = QLocale().toString(amount, 'f', decimals);
    const QString zero = QLocale().zeroDigit();
    while (decimals > 2 && text.endsWith(zero)) {
        text.chop(zero.size());
        --decimals;
    }
    return text;
}

QColor PreviewCard::errorColour(const QPalette &palette)
{
    const bool dark = palette.color(QPalette::Base).lightness() < 128;
    return dark ? QColor(0xff, 0x8a, 0x80) : QColor(0xc6, 0x28, 0x28);
}

std::pair<QColor, QColor> PreviewCard::badgeColours(double fraction, const QPalette &palette)
{
    // Red at 0, amber at one half, green at 1.
    const double f = qBound(0.0, fraction, 1.0);
    const int hue = f < 0.5 ? int(std::lround(f * 2 * 40)) : 40 + int(std::lround((f - 0.5) * 160));
    const bool dark = palette.color(QPalette::Base).lightness() < 128;
    if (dark)
        return {QColor::fromHsl(hue, 150, 62), QColor::fromHsl(hue, 220, 215)};
    return {QColor::fromHsl(hue, 190, 205), QColor::fromHsl(hue, 200, 45)};
}

void PreviewCard::updateColours()
{
    const QPalette base = palette();
    const QColor red = errorColour(base);
    setTextColour(m_errorLabel, red);
    setTextColour(m_stateLabel,
                  m_sample.state == State::Failed ? red : base.color(QPalette::PlaceholderText));
    QColor verdict = base.color(QPalette::Text);
    if (m_sample.kept)
        verdict = *m_sample.kept ? goodColour(base) : red;
    setTextColour(m_verdictLabel, verdict);

    if (m_badge->isVisibleTo(this) || m_sample.score || !m_sample.judgeError.isEmpty()) {
        double fraction = 0;
        if (m_sample.score && m_sample.scaleMax > 0)
            fraction = *m_sample.score / m_sample.scaleMax;
        else if (m_sample.passed)
            fraction = *m_sample.passed ? 1 : 0;
        QColor background;
        QColor foreground;
        if (m_sample.score) {
            std::tie(background, foreground) = badgeColours(fraction, base);
        } else { // not judged: neutral
            background = base.color(QPalette::AlternateBase);
            foreground = base.color(QPalette::Text);
        }
        m_badge->setStyleSheet(QStringLiteral("QLabel { background-color: %1; color: %2; "
                                              "border-radius: 8px; padding: 1px 8px; "
                                              "font-weight: bold; }")
                                   .arg(background.name(), foreground.name()));
    }
}

void PreviewCard::elideInput()
{
    // Room for the arrow and the margins beside the text.
    const int width = m_inputToggle->width() - m_inputToggle->iconSize().width() - 16;
    QString text = m_inputToggle->fontMetrics().elidedText(m_inputSummary, Qt::ElideRight,
                                                           std::max(width, 40));
    // Tool button text knows mnemonics: a literal & is written twice.
    m_inputToggle->setText(text.replace(QLatin1Char('&'), QStringLiteral("&&")));
}

void PreviewCard::resizeEvent(QResizeEvent *event)
{
    QFrame::resizeEvent(event);
    elideInput();
}

void PreviewCard::changeEvent(QEvent *event)
{
    QFrame::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        updateColours();
}

} // namespace Seedbed
