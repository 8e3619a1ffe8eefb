#include "widgets/previewdock.h"

#include "models/llm/credentialloader.h"
#include "models/pipelinegraph.h"
#include "models/projectdocument.h"
#include "models/run/stagelogic.h"
#include "models/stagetype.h"
#include "widgets/previewboard.h"
#include "widgets/previewcard.h"

#include <QAction>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QRandomGenerator>
#include <QSpinBox>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>

namespace Seedbed {

namespace {

constexpr int maxRows = 100;
constexpr int defaultRows = 5;
constexpr double noTemperature = -0.1; // the spin box's "as A"

bool isLlmStage(const Stage &stage)
{
    return Run::StageLogic::kindOf(stage.type) == Run::StageKind::Llm;
}

// The stages connected to \a from against (upstream) or along (downstream) the edges.
QSet<QUuid> reachable(const QList<Edge> &edges, const QUuid &from, bool upstream)
{
    QSet<QUuid> seen;
    QList<QUuid> stack{from};
    while (!stack.isEmpty()) {
        const QUuid id = stack.takeLast();
        if (seen.contains(id))
            continue;
        seen.insert(id);
        for (const Edge &edge : edges) {
            if (upstream && edge.to == id)
                stack.append(edge.from);
            else if (!upstream && edge.from == id)
                stack.append(edge.to);
        }
    }
    return seen;
}

const PromptTemplate *templateOf(const PipelineGraph *graph, const Stage &stage)
{
    return graph->promptTemplate(
        QUuid::fromString(stage.settings.value(QStringLiteral("template")).toString()));
}

QString formatNumber(double value)
{
    return QLocale().toString(value, 'g', 3);
}

} // namespace

PreviewDock::PreviewDock(QWidget *parent)
    : QWidget(parent)
    , m_engine(new Run::PreviewEngine(this))
    , m_credentials(new Llm::CredentialLoader(this))
    , m_previewAction(new QAction(QIcon::fromTheme(QStringLiteral("media-playback-start")),
                                  tr("&Preview"), this))
    , m_stopAction(
          new QAction(QIcon::fromTheme(QStringLiteral("media-playback-stop")), tr("Stop"), this))
{
    setObjectName(QStringLiteral("previewDockWidget"));
    m_previewAction->setObjectName(QStringLiteral("previewAction"));
    m_previewAction->setShortcuts(
        {QKeySequence(Qt::CTRL | Qt::Key_Return), QKeySequence(Qt::CTRL | Qt::Key_Enter)});
    m_previewAction->setToolTip(
        tr("Runs the selected stage on a few input rows and shows what "
           "it makes, with the judge's scores (%1)")
            .arg(m_previewAction->shortcut().toString(QKeySequence::NativeText)));
    m_previewAction->setStatusTip(m_previewAction->toolTip());
    connect(m_previewAction, &QAction::triggered, this, &PreviewDock::preview);
    addAction(m_previewAction);

    m_stopAction->setObjectName(QStringLiteral("stopPreviewAction"));
    m_stopAction->setShortcut(QKeySequence(Qt::Key_Escape));
    m_stopAction->setShortcutContext(Qt::WidgetWithChildrenShortcut); // Esc inside the dock
    m_stopAction->setToolTip(tr("Stops the preview (Esc)"));
    connect(m_stopAction, &QAction::triggered, this, &PreviewDock::stop);
    addAction(m_stopAction);

    createControls();

    m_flushTimer.setSingleShot(true);
    m_flushTimer.setInterval(coalesceMs);
    connect(&m_flushTimer, &QTimer::timeout, this, &PreviewDock::flush);
    connect(m_engine, &Run::PreviewEngine::samplesReset, this, &PreviewDock::engineReset);
    connect(m_engine, &Run::PreviewEngine::sampleChanged, this, &PreviewDock::markChanged);
    connect(m_engine, &Run::PreviewEngine::finished, this, &PreviewDock::engineFinished);

    updateHint();
    updateVersions();
    updateControls();
}

PreviewDock::~PreviewDock()
{
    m_engine->disconnect(this);
    m_credentials->cancel();
}

void PreviewDock::createControls()
{
    m_rows = new QSpinBox(this);
    m_rows->setObjectName(QStringLiteral("rowsSpin"));
    m_rows->setRange(1, maxRows);
    m_rows->setValue(defaultRows);
    m_rows->setToolTip(tr("How many input rows to preview"));
    auto *rowsLabel = new QLabel(tr("&Rows:"), this);
    rowsLabel->setBuddy(m_rows);

    m_rowChoice = new QComboBox(this);
    m_rowChoice->setObjectName(QStringLiteral("rowChoice"));
    m_rowChoice->addItem(tr("First rows"));
    m_rowChoice->addItem(tr("Random rows"));
    m_rowChoice->setToolTip(tr("The first rows of the source, or rows drawn at random: new ones "
                               "at each Preview, the same ones with Same Rows"));
    connect(m_rowChoice, &QComboBox::currentIndexChanged, this, &PreviewDock::updateControls);

    m_seedLabel = new QLabel(this);
    m_seedLabel->setObjectName(QStringLiteral("seedLabel"));
    m_seedLabel->setTextFormat(Qt::PlainText);
    m_seedLabel->setForegroundRole(QPalette::PlaceholderText);
    m_seedLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_sameRows = new QPushButton(tr("Same Rows"), this);
    m_sameRows->setObjectName(QStringLiteral("sameRowsButton"));
    m_sameRows->setToolTip(tr("Previews again on the random rows of the last preview"));
    connect(m_sameRows, &QPushButton::clicked, this, &PreviewDock::previewSameRows);

    m_abToggle = new QToolButton(this);
    m_abToggle->setObjectName(QStringLiteral("abToggle"));
    m_abToggle->setText(tr("A/B"));
    m_abToggle->setCheckable(true);
    m_abToggle->setToolTip(tr("Compares the stage as it is (A) with a variant B that uses "
                              "another prompt version, model or temperature, on the same rows"));

    auto *previewButton = new QToolButton(this);
    previewButton->setObjectName(QStringLiteral("previewButton"));
    previewButton->setDefaultAction(m_previewAction);
    previewButton->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    auto *stopButton = new QToolButton(this);
    stopButton->setObjectName(QStringLiteral("stopButton"));
    stopButton->setDefaultAction(m_stopAction);
    stopButton->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);

    auto *controls = new QHBoxLayout;
    controls->addWidget(rowsLabel);
    controls->addWidget(m_rows);
    controls->addWidget(m_rowChoice);
    controls->addWidget(m_seedLabel);
    controls->addWidget(m_sameRows);
    controls->addStretch();
    controls->addWidget(m_abToggle);
    controls->addWidget(previewButton);
    controls->addWidget(stopButton);

    // Variant B: what differs from the project as it is.
    m_variantB = new QWidget(this);
    m_variantB->setObjectName(QStringLiteral("variantB"));
    m_version = new QComboBox(m_variantB);
    m_version->setObjectName(QStringLiteral("versionCombo"));
    m_version->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_version->setToolTip(tr("The prompt text of B: a saved version, or the current text"));
    m_model = new QLineEdit(m_variantB);
    m_model->setObjectName(QStringLiteral("modelEdit"));
    m_model->setClearButtonEnabled(true);
    m_model->setToolTip(tr("The model of B; empty: the stage's own"));
    m_temperature = new QDoubleSpinBox(m_variantB);
    m_temperature->setObjectName(QStringLiteral("temperatureSpin"));
    m_temperature->setRange(noTemperature, 2.0);
    m_temperature->setSingleStep(0.1);
    m_temperature->setDecimals(2);
    m_temperature->setSpecialValueText(tr("as A"));
    m_temperature->setValue(noTemperature);
    m_temperature->setToolTip(tr("The temperature of B; “as A”: the stage's own"));
    auto *bLabel = new QLabel(tr("B differs in:"), m_variantB);
    auto *versionLabel = new QLabel(tr("Pro&mpt:"), m_variantB);
    versionLabel->setBuddy(m_version);
    auto *modelLabel = new QLabel(tr("Mo&del:"), m_variantB);
    modelLabel->setBuddy(m_model);
    auto *temperatureLabel = new QLabel(tr("&Temperature:"), m_variantB);
    temperatureLabel->setBuddy(m_temperature);
    auto *bLayout = new QHBoxLayout(m_variantB);
    bLayout->setContentsMargins(0, 0, 0, 0);
    bLayout->addWidget(bLabel);
    bLayout->addWidget(versionLabel);
    bLayout->addWidget(m_version);
    bLayout->addWidget(modelLabel);
    bLayout->addWidget(m_model, 1);
    bLayout->addWidget(temperatureLabel);
    bLayout->addWidget(m_temperature);
    m_variantB->hide();
    connect(m_abToggle, &QToolButton::toggled, m_variantB, &QWidget::setVisible);

    m_hint = new QLabel(this);
    m_hint->setObjectName(QStringLiteral("hintLabel"));
    m_hint->setTextFormat(Qt::PlainText);
    m_hint->setWordWrap(true);
    m_hint->setForegroundRole(QPalette::PlaceholderText);

    m_problems = new QWidget(this);
    m_problems->setObjectName(QStringLiteral("problems"));
    m_problemLabel = new QLabel(m_problems);
    m_problemLabel->setObjectName(QStringLiteral("problemLabel"));
    m_problemLabel->setTextFormat(Qt::PlainText);
    m_problemLabel->setWordWrap(true);
    m_problemLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_settingsButton = new QPushButton(tr("Provider Profiles…"), m_problems);
    m_settingsButton->setObjectName(QStringLiteral("providerSettingsButton"));
    connect(m_settingsButton, &QPushButton::clicked, this, &PreviewDock::providerSettingsRequested);
    auto *problemLayout = new QHBoxLayout(m_problems);
    problemLayout->setContentsMargins(0, 0, 0, 0);
    problemLayout->addWidget(m_problemLabel, 1);
    problemLayout->addWidget(m_settingsButton, 0, Qt::AlignTop);
    m_problems->hide();

    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("statusLabel"));
    m_status->setTextFormat(Qt::PlainText);
    m_status->setForegroundRole(QPalette::PlaceholderText);

    m_notice = new QLabel(this);
    m_notice->setObjectName(QStringLiteral("noticeLabel"));
    m_notice->setTextFormat(Qt::PlainText);
    m_notice->setWordWrap(true);
    m_notice->hide();

    m_board = new PreviewBoard(this);
    m_board->setObjectName(QStringLiteral("previewBoard"));

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 4, 6, 4);
    layout->setSpacing(4);
    layout->addLayout(controls);
    layout->addWidget(m_variantB);
    layout->addWidget(m_hint);
    layout->addWidget(m_problems);
    layout->addWidget(m_status);
    layout->addWidget(m_notice);
    layout->addWidget(m_board, 1);
}

void PreviewDock::setDocument(ProjectDocument *document)
{
    if (document == m_document)
        return;
    stop();
    if (m_document)
        m_document->graph()->disconnect(this);
    m_document = document;
    m_stage = QUuid();
    if (document) {
        const PipelineGraph *graph = document->graph();
        const auto refresh = [this] {
            updateHint();
            updateVersions();
            updateControls();
        };
        connect(graph, &PipelineGraph::stageRemoved, this, [this, refresh](const QUuid &id) {
            if (id == m_stage)
                m_stage = QUuid();
            refresh();
        });
        connect(graph, &PipelineGraph::stageRenamed, this, refresh);
        connect(graph, &PipelineGraph::graphReset, this, refresh);
        connect(graph, &PipelineGraph::templatesChanged, this, refresh);
        connect(graph, &PipelineGraph::stageSettingChanged, this,
                [this, refresh](const QUuid &id, const QString &key) {
                    if (id == m_stage &&
                        (key == QLatin1String("template") || key == QLatin1String("model")))
                        refresh();
                });
    }
    m_board->clear(QString());
    clearStatus();
    m_problems->hide();
    updateHint();
    updateVersions();
    updateControls();
}

void PreviewDock::setStage(const QUuid &stage)
{
    if (stage == m_stage)
        return;
    m_stage = stage;
    if (!isBusy()) { // a preview in progress goes on; its cards stay until the next one
        m_board->clear(QString());
        clearStatus();
        m_problems->hide();
    }
    updateHint();
    updateVersions();
    updateControls();
}

void PreviewDock::setSelection(const QList<QUuid> &ids)
{
    setStage(ids.size() == 1 ? ids.constFirst() : QUuid());
}

bool PreviewDock::canPreview() const
{
    if (!m_document)
        return false;
    const Stage *stage = m_document->graph()->stage(m_stage);
    return stage && isLlmStage(*stage);
}

void PreviewDock::updateHint()
{
    QString hint;
    const Stage *stage = m_document ? m_document->graph()->stage(m_stage) : nullptr;
    if (!m_document) {
        hint = tr("Open a project to preview its stages.");
    } else if (!stage) {
        hint = tr("Select a generate or judge stage on the canvas to preview what it makes of "
                  "a few input rows.");
    } else if (!isLlmStage(*stage)) {
        const StageType *type = m_document->graph()->typeOf(m_stage);
        hint = tr("“%1” is a %2 stage, which calls no model: only generate and judge stages "
                  "can be previewed. Select one on the canvas.")
                   .arg(stage->name, type ? type->displayName() : stage->type);
    }
    m_hint->setText(hint);
    m_hint->setVisible(!hint.isEmpty());
    if (m_board->cardCount() == 0 && !isBusy()) {
        m_board->clear(hint.isEmpty() ? tr("Press Preview (%1) to see what “%2” makes of the "
                                           "first %3 input rows.")
                                            .arg(m_previewAction->shortcut().toString(
                                                     QKeySequence::NativeText),
                                                 stage ? stage->name : QString())
                                            .arg(m_rows->value())
                                      : QString());
    }
}

void PreviewDock::updateVersions()
{
    const int previous = m_version->currentData().toInt();
    m_version->clear();
    m_version->addItem(tr("Current text"), 0);
    const Stage *stage = m_document ? m_document->graph()->stage(m_stage) : nullptr;
    const PromptTemplate *promptTemplate =
        stage ? templateOf(m_document->graph(), *stage) : nullptr;
    if (promptTemplate) {
        // The latest first: the one most likely compared with.
        for (auto it = promptTemplate->versions.crbegin(); it != promptTemplate->versions.crend();
             ++it) {
            const QString text = it->note.isEmpty()
                                     ? tr("Version %1").arg(it->number)
                                     : tr("Version %1: %2").arg(it->number).arg(it->note);
            m_version->addItem(text, it->number);
        }
    }
    const int index = m_version->findData(previous);
    m_version->setCurrentIndex(std::max(index, 0));
    m_model->setPlaceholderText(
        stage ? tr("as A: %1").arg(stage->settings.value(QStringLiteral("model")).toString())
              : QString());
}

void PreviewDock::updateControls()
{
    const bool can = canPreview();
    const bool changed = can != m_previewAction->isEnabled();
    m_previewAction->setEnabled(can);
    m_stopAction->setEnabled(isBusy());
    const bool random = m_rowChoice->currentIndex() == 1;
    m_sameRows->setVisible(random);
    m_sameRows->setEnabled(can && m_randomUsed);
    m_seedLabel->setVisible(random && m_randomUsed);
    m_seedLabel->setText(tr("seed %1").arg(m_seed));
    if (changed)
        emit canPreviewChanged(can);
}

void PreviewDock::preview()
{
    if (!canPreview())
        return;
    m_randomUsed = m_rowChoice->currentIndex() == 1;
    if (m_randomUsed) {
        m_seed = QRandomGenerator::global()->generate();
        if (m_seed == 0)
            m_seed = 1;
    }
    start();
}

void PreviewDock::previewSameRows()
{
    if (!canPreview())
        return;
    m_randomUsed = m_rowChoice->currentIndex() == 1 && m_seed != 0;
    start();
}

void PreviewDock::stop()
{
    if (m_phase == Phase::ReadingKeys) {
        m_credentials->cancel();
        m_phase = Phase::Idle;
        m_status->setText(tr("Stopped."));
        updateControls();
        emit previewFinished();
    } else if (m_phase == Phase::Running) {
        m_engine->cancel(); // finished() follows
        if (!m_engine->isRunning() && m_phase == Phase::Running)
            engineFinished();
    }
}

QList<Stage> PreviewDock::stagesNeedingProfiles() const
{
    const PipelineGraph *graph = m_document->graph();
    QSet<QUuid> scope = reachable(graph->edges(), m_stage, true);
    scope.unite(reachable(graph->edges(), m_stage, false)); // the judges after it
    QList<Stage> stages;
    for (const Stage &stage : graph->stages()) {
        if (!scope.contains(stage.id) || !isLlmStage(stage))
            continue;
        const bool hasInput =
            std::any_of(graph->edges().cbegin(), graph->edges().cend(),
                        [&stage](const Edge &edge) { return edge.to == stage.id; });
        if (hasInput || stage.id == m_stage)
            stages.append(stage);
    }
    return stages;
}

void PreviewDock::start()
{
    m_credentials->cancel();
    if (m_phase == Phase::Running)
        m_engine->cancel();
    m_phase = Phase::ReadingKeys;
    m_problems->hide();
    m_status->setText(tr("Reading the provider profiles and keys…"));
    updateControls();
    m_credentials->load(
        stagesNeedingProfiles(), [this](const Llm::CredentialLoader::Result &result) {
            if (result.ok()) {
                launch(result.profiles, result.keys);
                return;
            }
            m_phase = Phase::Idle;
            clearStatus();
            showProblems(result.outcome == Llm::CredentialLoader::Result::Outcome::NoProfile
                             ? tr("The preview did not start: some stages have no way to "
                                  "reach their model.")
                             : tr("The preview did not start: the key of a provider "
                                  "profile could not be read."),
                         result.problems, true);
            updateControls();
            emit previewFinished();
        });
}

QList<Run::PreviewVariant> PreviewDock::variants(QStringList *titles) const
{
    const Stage *stage = m_document->graph()->stage(m_stage);
    const std::optional<PromptText> text = m_promptText ? m_promptText(m_stage) : std::nullopt;
    Run::PreviewVariant a;
    if (text) {
        a.system = text->system;
        a.user = text->user;
    }
    if (!m_abToggle->isChecked()) {
        a.label = stage->name;
        titles->append(QString()); // the hint names the stage; one column needs no title
        return {a};
    }
    a.label = tr("A");
    titles->append(tr("A · the stage as it is"));

    Run::PreviewVariant b = a;
    b.label = tr("B");
    QStringList differences;
    const int version = m_version->currentData().toInt();
    if (const PromptTemplate *promptTemplate = templateOf(m_document->graph(), *stage);
        promptTemplate && version > 0) {
        for (const PromptVersion &saved : promptTemplate->versions) {
            if (saved.number == version) {
                b.system = saved.system;
                b.user = saved.user;
                differences.append(tr("prompt version %1").arg(version));
            }
        }
    }
    const QString model = m_model->text().trimmed();
    if (!model.isEmpty()) {
        b.modelOverride = model;
        differences.append(tr("model %1").arg(model));
    }
    if (m_temperature->value() > noTemperature + 0.001) {
        b.temperature = m_temperature->value();
        differences.append(tr("temperature %1").arg(formatNumber(m_temperature->value())));
    }
    titles->append(differences.isEmpty()
                       ? tr("B · the same as A")
                       : tr("B · %1").arg(QLocale().createSeparatedList(differences)));
    return {a, b};
}

void PreviewDock::launch(const QList<Llm::ProviderProfile> &profiles,
                         const QHash<QString, QByteArray> &keys)
{
    if (!canPreview()) { // the stage went while the keys were read
        m_phase = Phase::Idle;
        clearStatus();
        updateControls();
        emit previewFinished();
        return;
    }
    const PipelineGraph *graph = m_document->graph();
    Run::PreviewOptions options;
    options.projectDir = m_document->folder();
    options.project.name = m_document->name();
    options.project.stages = graph->stages();
    options.project.edges = graph->edges();
    options.project.templates = graph->templates();
    options.profiles = profiles;
    options.keys = keys;
    options.stage = m_stage;
    options.rows = m_rows->value();
    options.randomRows = m_randomUsed;
    options.seed = m_seed;
    m_titles.clear();
    options.variants = variants(&m_titles);

    m_phase = Phase::Running; // before start(): the cards are made within it
    m_dirty.clear();
    QString error;
    if (!m_engine->start(options, &error)) {
        m_phase = Phase::Idle;
        clearStatus();
        m_board->clear(QString());
        showProblems(error.isEmpty() ? tr("The preview could not start.") : error, {}, false);
        updateControls();
        emit previewFinished();
        return;
    }
    updateControls();
    updateStatus();
}

void PreviewDock::showProblems(const QString &heading, const QStringList &problems,
                               bool offerSettings)
{
    QStringList lines{heading};
    for (const QString &problem : problems)
        lines.append(tr("• %1").arg(problem));
    m_problemLabel->setText(lines.join(QLatin1Char('\n')));
    QPalette red = m_problemLabel->palette();
    red.setColor(QPalette::WindowText, PreviewCard::errorColour(palette()));
    red.setColor(QPalette::Text, PreviewCard::errorColour(palette()));
    m_problemLabel->setPalette(red);
    m_settingsButton->setVisible(offerSettings);
    m_problems->show();
}

void PreviewDock::engineReset()
{
    m_flushTimer.stop();
    m_dirty.clear();
    m_board->reset(m_engine->samples(), m_titles);
    for (int v = 0; v < m_board->columnCount(); ++v)
        m_board->setStats(v, m_engine->stats(v));
    updateStatus();
}

void PreviewDock::markChanged(int index)
{
    m_dirty.insert(index);
    if (!m_flushTimer.isActive())
        m_flushTimer.start();
}

void PreviewDock::flush()
{
    m_flushTimer.stop();
    const QList<Run::PreviewSample> &samples = m_engine->samples();
    for (const int index : std::as_const(m_dirty)) {
        if (index >= 0 && index < samples.size())
            m_board->setSample(index, samples.at(index));
    }
    m_dirty.clear();
    for (int v = 0; v < m_board->columnCount(); ++v)
        m_board->setStats(v, m_engine->stats(v));
    updateStatus();
}

void PreviewDock::engineFinished()
{
    if (m_phase != Phase::Running || m_engine->isRunning())
        return; // the end of a preview replaced by the next one
    flush();
    m_phase = Phase::Idle;
    updateControls();
    updateStatus();
    emit previewFinished();
}

void PreviewDock::clearStatus()
{
    m_status->clear();
    m_notice->clear();
    m_notice->hide();
}

void PreviewDock::updateStatus()
{
    const QList<Run::PreviewSample> &samples = m_engine->samples();
    int done = 0;
    for (const Run::PreviewSample &sample : samples) {
        if (sample.state != Run::PreviewSample::State::Waiting &&
            sample.state != Run::PreviewSample::State::Streaming)
            ++done;
    }
    m_status->setText(tr("%1 of %2 done · %3 calls · %4 from cache")
                          .arg(done)
                          .arg(samples.size())
                          .arg(m_engine->callsSent())
                          .arg(m_engine->cacheHits()));
    // What the engine wants the user to know: answers not cached, a judge that cannot run…
    const QString notice = m_engine->notice();
    m_notice->setText(notice);
    m_notice->setVisible(!notice.isEmpty());
}

} // namespace Seedbed
