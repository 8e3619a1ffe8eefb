#include "widgets/exportdialog.h"

#include "models/export/exporttarget.h"
#include "models/pipelinegraph.h"
#include "models/projectdocument.h"
#include "models/projectstore.h"
#include "models/readonlyconnection.h"
#include "models/records/recordfilter.h"
#include "models/stagetype.h"
#include "widgets/exportmappingeditor.h"
#include "widgets/rundock.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCryptographicHash>
#include <QDesktopServices>
#include <QDialogButtonBox>
#include <QDir>
#include <QDoubleSpinBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFontDatabase>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QRegularExpression>
#include <QScrollArea>
#include <QSettings>
#include <QSpinBox>
#include <QSplitter>
#include <QSqlError>
#include <QTabWidget>
#include <QToolButton>
#include <QUrl>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>
#include <climits>
#include <limits>

namespace Seedbed {

using Export::ExportFilters;
using Export::ExportFormat;
using Export::ExportOptions;
using Export::ExportSplit;

namespace {
constexpr int StageRole = Qt::UserRole;
constexpr int ExportStageRole = Qt::UserRole + 1;
// Colours readable on light and dark palettes (as the inspector's issues).
const QString errorStyle = QStringLiteral("color: #d13438");

QStringList splitList(const QString &text)
{
    QStringList items;
    for (const QString &part : text.split(QRegularExpression(QStringLiteral("[,;]")))) {
        const QString item = part.trimmed();
        if (!item.isEmpty() && !items.contains(item))
            items.append(item);
    }
    return items;
}

const QStringList statusIds{QStringLiteral("ok"), QStringLiteral("filtered"),
                            QStringLiteral("failed"), QStringLiteral("duplicate")};
} // namespace

ExportDialog::ExportDialog(ProjectDocument *document, QWidget *parent, QSettings *settings)
    : QDialog(parent)
    , m_document(document)
    , m_settings(settings)
{
    setWindowTitle(tr("Export Dataset"));
    setObjectName(QStringLiteral("exportDialog"));
    if (!m_settings) {
        m_ownSettings = std::make_unique<QSettings>();
        m_settings = m_ownSettings.get();
    }
    m_dataPath = document->store()->path();
    m_pool.setMaxThreadCount(3); // an export, a preview and the field lists at once

    QWidget *records = createRecordsBox();
    QWidget *target = createTargetBox();

    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("exportTabs"));
    m_mapping = new ExportMappingEditor;
    m_mapping->setObjectName(QStringLiteral("mappingEditor"));
    auto *mappingScroll = new QScrollArea;
    mappingScroll->setWidgetResizable(true);
    mappingScroll->setFrameShape(QFrame::NoFrame);
    auto *mappingPage = new QWidget;
    auto *mappingLayout = new QVBoxLayout(mappingPage);
    mappingLayout->addWidget(m_mapping);
    mappingScroll->setWidget(mappingPage);
    m_tabs->addTab(mappingScroll, tr("Fiel&ds"));
    m_tabs->addTab(createFiltersTab(), tr("Fil&ters"));
    m_tabs->addTab(createSplitsTab(), tr("S&plits"));
    m_tabs->addTab(createCardTab(), tr("Dataset &Card"));

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(m_tabs);
    splitter->addWidget(createPreview());
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 1);

    QWidget *progress = createProgress();

    m_exportButton = new QPushButton(tr("&Export"), this);
    m_exportButton->setObjectName(QStringLiteral("exportButton"));
    m_closeButton = new QPushButton(tr("Close"), this);
    m_closeButton->setObjectName(QStringLiteral("closeButton"));
    auto *buttons = new QDialogButtonBox(this);
    buttons->addButton(m_exportButton, QDialogButtonBox::ActionRole);
    buttons->addButton(m_closeButton, QDialogButtonBox::RejectRole);
    // Enter exports (when it can): the dialog stays open to show the result.
    m_exportButton->setDefault(true);
    m_closeButton->setAutoDefault(false);
    connect(m_exportButton, &QPushButton::clicked, this, [this] { startExport(); });
    connect(buttons, &QDialogButtonBox::rejected, this, &ExportDialog::reject);

    auto *top = new QHBoxLayout;
    top->addWidget(records, 1);
    top->addWidget(target, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(splitter, 1);
    layout->addWidget(progress);
    layout->addWidget(buttons);

    m_previewTimer.setSingleShot(true);
    m_previewTimer.setInterval(previewDelayMs);
    connect(&m_previewTimer, &QTimer::timeout, this, &ExportDialog::runPreview);
    connect(&m_previewWatcher, &QFutureWatcher<PreviewResult>::finished, this,
            [this] { showPreview(m_previewWatcher.result()); });
    connect(&m_metadataWatcher, &QFutureWatcher<Metadata>::finished, this,
            [this] { showMetadata(m_metadataWatcher.result()); });
    connect(&m_exportWatcher, &QFutureWatcher<Export::ExportResult>::finished, this,
            &ExportDialog::finishExport);
    connect(m_mapping, &ExportMappingEditor::mappingChanged, this, [this] {
        m_mappingChosen = true;
        optionsEdited();
    });

    fillSources();
    restoreSettings();
    updateFormatControls();
    updateProblem();
    loadMetadata();
    runPreview(); // the first one at once
    resize(1100, 760);
}

ExportDialog::~ExportDialog()
{
    m_cancel = true;
    m_pool.waitForDone();
}

// --- building --------------------------------------------------------------------------------

QWidget *ExportDialog::createRecordsBox()
{
    auto *box = new QGroupBox(tr("Records"), this);
    m_source = new QComboBox(box);
    m_source->setObjectName(QStringLiteral("sourceChoice"));
    m_source->setToolTip(tr("The stage whose records are exported, or an Export stage of the "
                            "pipeline: its input with its settings."));
    m_format = new QComboBox(box);
    m_format->setObjectName(QStringLiteral("formatChoice"));
    for (ExportFormat format : ExportOptions::formats())
        m_format->addItem(ExportOptions::formatName(format), ExportOptions::formatId(format));
    m_recordFormat = new QComboBox(box);
    m_recordFormat->setObjectName(QStringLiteral("recordFormatChoice"));
    for (ExportFormat format :
         {ExportFormat::OpenAiChat, ExportFormat::ShareGpt, ExportFormat::Alpaca,
          ExportFormat::Preference, ExportFormat::Jsonl})
        m_recordFormat->addItem(ExportOptions::formatName(format), ExportOptions::formatId(format));
    m_recordFormat->setToolTip(tr("The format of the lines in each split's file."));
    m_think = new QCheckBox(tr("&Include reasoning as <think> blocks"), box);
    m_think->setObjectName(QStringLiteral("thinkOption"));
    m_think->setToolTip(tr("The model's reasoning, when the records kept it, starts the answer "
                           "inside <think>…</think>; raw formats get a \"reasoning\" field."));
    m_bom = new QCheckBox(tr("Byte order &mark (for Excel)"), box);
    m_bom->setObjectName(QStringLiteral("bomOption"));
    m_bom->setToolTip(tr("Starts the file with a UTF-8 byte order mark, so that Excel reads "
                         "accents and Chinese correctly."));
    m_preferenceJudge = new QComboBox(box);
    m_preferenceJudge->setObjectName(QStringLiteral("preferenceJudge"));
    m_preferenceJudge->setToolTip(tr("The score that picks the chosen (best) and rejected "
                                     "(worst) answer among the samples of one prompt."));

    auto *form = new QFormLayout(box);
    auto *sourceLabel = new QLabel(tr("&Stage:"), box);
    sourceLabel->setBuddy(m_source);
    form->addRow(sourceLabel, m_source);
    auto *formatLabel = new QLabel(tr("&Format:"), box);
    formatLabel->setBuddy(m_format);
    form->addRow(formatLabel, m_format);
    m_recordFormatLabel = new QLabel(tr("&Lines as:"), box);
    m_recordFormatLabel->setBuddy(m_recordFormat);
    form->addRow(m_recordFormatLabel, m_recordFormat);
    m_preferenceJudgeLabel = new QLabel(tr("&Rank by:"), box);
    m_preferenceJudgeLabel->setBuddy(m_preferenceJudge);
    form->addRow(m_preferenceJudgeLabel, m_preferenceJudge);
    auto *optionRow = new QHBoxLayout;
    optionRow->addWidget(m_think);
    optionRow->addWidget(m_bom);
    optionRow->addStretch();
    form->addRow(optionRow);

    connect(m_source, &QComboBox::currentIndexChanged, this, &ExportDialog::sourceChosen);
    connect(m_format, &QComboBox::currentIndexChanged, this, &ExportDialog::formatChosen);
    connect(m_recordFormat, &QComboBox::currentIndexChanged, this, &ExportDialog::formatChosen);
    for (QCheckBox *check : {m_think, m_bom})
        connect(check, &QCheckBox::toggled, this, &ExportDialog::optionsEdited);
    connect(m_preferenceJudge, &QComboBox::currentIndexChanged, this, &ExportDialog::optionsEdited);
    return box;
}

QWidget *ExportDialog::createTargetBox()
{
    auto *box = new QGroupBox(tr("Target"), this);
    m_folder = new QLineEdit(box);
    m_folder->setObjectName(QStringLiteral("folderField"));
    m_folder->setToolTip(tr("The folder the file is written in; the export never writes "
                            "outside it."));
    m_browse = new QPushButton(tr("&Browse…"), box);
    m_browse->setObjectName(QStringLiteral("browseButton"));
    m_browse->setAutoDefault(false);
    m_name = new QLineEdit(box);
    m_name->setObjectName(QStringLiteral("nameField"));
    m_name->setToolTip(tr("The file's name in the folder; sub-folders such as "
                          "export/train.jsonl are made when missing."));
    m_targetMessage = new QLabel(box);
    m_targetMessage->setObjectName(QStringLiteral("problemLabel"));
    m_targetMessage->setWordWrap(true);
    m_targetMessage->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *folderRow = new QHBoxLayout;
    folderRow->addWidget(m_folder, 1);
    folderRow->addWidget(m_browse);
    auto *form = new QFormLayout(box);
    auto *folderLabel = new QLabel(tr("F&older:"), box);
    folderLabel->setBuddy(m_folder);
    form->addRow(folderLabel, folderRow);
    auto *nameLabel = new QLabel(tr("File &name:"), box);
    nameLabel->setBuddy(m_name);
    form->addRow(nameLabel, m_name);
    form->addRow(m_targetMessage);

    connect(m_browse, &QPushButton::clicked, this, &ExportDialog::browseFolder);
    for (QLineEdit *edit : {m_folder, m_name})
        connect(edit, &QLineEdit::textChanged, this, &ExportDialog::updateProblem);
    return box;
}

QWidget *ExportDialog::createFiltersTab()
{
    auto *page = new QWidget;
    m_review = new QComboBox(page);
    m_review->setObjectName(QStringLiteral("reviewFilter"));
    m_review->addItem(tr("Every record"),
                      ExportOptions::reviewId(ExportFilters::Review::Everything));
    m_review->addItem(tr("All but rejected"),
                      ExportOptions::reviewId(ExportFilters::Review::NotRejected));
    m_review->addItem(tr("Accepted and edited only"),
                      ExportOptions::reviewId(ExportFilters::Review::Accepted));

    auto *statusRow = new QHBoxLayout;
    const QStringList statusLabels{tr("O&K"), tr("Filtered"), tr("Failed"), tr("D&uplicate")};
    for (int i = 0; i < statusIds.size(); ++i) {
        auto *check = new QCheckBox(statusLabels.at(i), page);
        check->setObjectName(QStringLiteral("status_") + statusIds.at(i));
        statusRow->addWidget(check);
        m_statuses.append(check);
        connect(check, &QCheckBox::toggled, this, &ExportDialog::optionsEdited);
    }
    statusRow->addStretch();

    m_minScoreBox = new QWidget(page);
    m_minScoreBox->setObjectName(QStringLiteral("minScores"));
    auto *scores = new QVBoxLayout(m_minScoreBox);
    scores->setContentsMargins(0, 0, 0, 0);
    m_addMinScore = new QPushButton(tr("&Add Minimum Score"), page);
    m_addMinScore->setObjectName(QStringLiteral("addMinScore"));
    m_addMinScore->setAutoDefault(false);
    m_addMinScore->setToolTip(tr("Only records whose score (of the primary score or of one "
                                 "judge) is at least this high."));
    connect(m_addMinScore, &QPushButton::clicked, this, [this] {
        addMinScoreRow();
        optionsEdited();
    });

    m_tags = new QLineEdit(page);
    m_tags->setObjectName(QStringLiteral("tagsFilter"));
    m_tags->setToolTip(tr("Records carrying at least one of these tags, separated by commas; "
                          "empty: any record."));
    m_tags->setClearButtonEnabled(true);
    connect(m_tags, &QLineEdit::textChanged, this, &ExportDialog::optionsEdited);

    auto *form = new QFormLayout(page);
    auto *reviewLabel = new QLabel(tr("Re&view:"), page);
    reviewLabel->setBuddy(m_review);
    form->addRow(reviewLabel, m_review);
    form->addRow(tr("Status:"), statusRow);
    auto *scoreColumn = new QVBoxLayout;
    scoreColumn->addWidget(m_minScoreBox);
    scoreColumn->addWidget(m_addMinScore, 0, Qt::AlignLeft);
    auto *scoreLabel = new QLabel(tr("Scores:"), page);
    scoreLabel->setBuddy(m_addMinScore);
    form->addRow(scoreLabel, scoreColumn);
    auto *tagsLabel = new QLabel(tr("Ta&gs:"), page);
    tagsLabel->setBuddy(m_tags);
    form->addRow(tagsLabel, m_tags);
    connect(m_review, &QComboBox::currentIndexChanged, this, &ExportDialog::optionsEdited);
    return page;
}

QWidget *ExportDialog::createSplitsTab()
{
    auto *page = new QWidget;
    m_splitMode = new QComboBox(page);
    m_splitMode->setObjectName(QStringLiteral("splitMode"));
    m_splitMode->addItem(tr("No splits"), int(ExportSplit::Mode::None));
    m_splitMode->addItem(tr("From the Split stage's field"), int(ExportSplit::Mode::FromField));
    m_splitMode->addItem(tr("Chosen here, by ratio"), int(ExportSplit::Mode::Ratio));

    m_fieldBox = new QWidget(page);
    m_splitField = new QLineEdit(m_fieldBox);
    m_splitField->setObjectName(QStringLiteral("splitField"));
    m_splitHint = new QLabel(m_fieldBox);
    m_splitHint->setObjectName(QStringLiteral("splitHint"));
    m_splitHint->setWordWrap(true);
    auto *fieldForm = new QFormLayout(m_fieldBox);
    fieldForm->setContentsMargins(0, 0, 0, 0);
    auto *fieldLabel = new QLabel(tr("Field:"), m_fieldBox);
    fieldLabel->setBuddy(m_splitField);
    fieldForm->addRow(fieldLabel, m_splitField);
    fieldForm->addRow(m_splitHint);

    m_ratioBox = new QWidget(page);
    auto *ratios = new QGridLayout(m_ratioBox);
    ratios->setContentsMargins(0, 0, 0, 0);
    ratios->addWidget(new QLabel(tr("Split"), m_ratioBox), 0, 0);
    ratios->addWidget(new QLabel(tr("Share"), m_ratioBox), 0, 1);
    for (int i = 0; i < 3; ++i) {
        auto *name = new QLineEdit(m_ratioBox);
        name->setObjectName(QStringLiteral("splitName%1").arg(i));
        name->setAccessibleName(tr("Split %1 name").arg(i + 1));
        auto *share = new QDoubleSpinBox(m_ratioBox);
        share->setObjectName(QStringLiteral("splitShare%1").arg(i));
        share->setAccessibleName(tr("Split %1 share").arg(i + 1));
        share->setRange(0, 100);
        share->setDecimals(2);
        share->setSingleStep(0.05);
        ratios->addWidget(name, i + 1, 0);
        ratios->addWidget(share, i + 1, 1);
        m_ratios.append({name, share});
        connect(name, &QLineEdit::textChanged, this, &ExportDialog::optionsEdited);
        connect(share, &QDoubleSpinBox::valueChanged, this, &ExportDialog::optionsEdited);
    }
    m_seed = new QSpinBox(m_ratioBox);
    m_seed->setObjectName(QStringLiteral("splitSeed"));
    m_seed->setRange(0, std::numeric_limits<int>::max());
    m_seed->setToolTip(tr("The same seed puts every record in the same split again."));
    auto *seedLabel = new QLabel(tr("Seed:"), m_ratioBox);
    seedLabel->setBuddy(m_seed);
    ratios->addWidget(seedLabel, 4, 0, Qt::AlignRight);
    ratios->addWidget(m_seed, 4, 1);
    auto *ratioHint = new QLabel(tr("A split with share 0 is left out; the shares are "
                                    "proportions and need not add up to 1."),
                                 m_ratioBox);
    ratioHint->setWordWrap(true);
    ratioHint->setForegroundRole(QPalette::PlaceholderText);
    ratios->addWidget(ratioHint, 5, 0, 1, 2);

    m_onlySplit = new QLineEdit(page);
    m_onlySplit->setObjectName(QStringLiteral("onlySplit"));
    m_onlySplit->setPlaceholderText(tr("every split"));
    m_onlySplit->setToolTip(tr("A single file holds only the records of this split (e.g. "
                               "train); empty: all of them. A Hugging Face folder writes every "
                               "split to its own file."));

    auto *form = new QFormLayout(page);
    auto *modeLabel = new QLabel(tr("&How to split:"), page);
    modeLabel->setBuddy(m_splitMode);
    form->addRow(modeLabel, m_splitMode);
    form->addRow(m_fieldBox);
    form->addRow(m_ratioBox);
    auto *onlyLabel = new QLabel(tr("Onl&y split:"), page);
    onlyLabel->setBuddy(m_onlySplit);
    form->addRow(onlyLabel, m_onlySplit);

    connect(m_splitMode, &QComboBox::currentIndexChanged, this, [this] {
        updateFormatControls();
        optionsEdited();
    });
    for (QLineEdit *edit : {m_splitField, m_onlySplit})
        connect(edit, &QLineEdit::textChanged, this, &ExportDialog::optionsEdited);
    connect(m_seed, &QSpinBox::valueChanged, this, &ExportDialog::optionsEdited);
    return page;
}

QWidget *ExportDialog::createCardTab()
{
    m_cardTab = new QWidget;
    m_cardTitle = new QLineEdit(m_cardTab);
    m_cardTitle->setObjectName(QStringLiteral("cardTitle"));
    m_cardTitle->setPlaceholderText(tr("the folder's name"));
    m_cardLicense = new QComboBox(m_cardTab);
    m_cardLicense->setObjectName(QStringLiteral("cardLicense"));
    m_cardLicense->setEditable(true);
    m_cardLicense->setInsertPolicy(QComboBox::NoInsert);
    m_cardLicense->addItems({QString(), QStringLiteral("cc-by-4.0"), QStringLiteral("cc-by-sa-4.0"),
                             QStringLiteral("cc0-1.0"), QStringLiteral("mit"),
                             QStringLiteral("apache-2.0"), QStringLiteral("other")});
    m_cardLicense->lineEdit()->setPlaceholderText(tr("unknown"));
    m_cardLicense->setToolTip(tr("An SPDX licence id for the dataset card, or \"other\"."));
    m_cardDescription = new QPlainTextEdit(m_cardTab);
    m_cardDescription->setObjectName(QStringLiteral("cardDescription"));
    m_cardDescription->setTabChangesFocus(true);
    m_cardDescription->setPlaceholderText(tr("What the dataset is for, where its seeds come "
                                             "from, known limits…"));
    auto *form = new QFormLayout(m_cardTab);
    auto *titleLabel = new QLabel(tr("Title:"), m_cardTab);
    titleLabel->setBuddy(m_cardTitle);
    form->addRow(titleLabel, m_cardTitle);
    auto *licenseLabel = new QLabel(tr("Licence:"), m_cardTab);
    licenseLabel->setBuddy(m_cardLicense);
    form->addRow(licenseLabel, m_cardLicense);
    auto *descriptionLabel = new QLabel(tr("Description:"), m_cardTab);
    descriptionLabel->setBuddy(m_cardDescription);
    form->addRow(descriptionLabel, m_cardDescription);
    auto *hint = new QLabel(tr("The card also lists the models, prompt versions, filters, dedup "
                               "settings, counts and score distributions of the project."),
                            m_cardTab);
    hint->setWordWrap(true);
    hint->setForegroundRole(QPalette::PlaceholderText);
    form->addRow(hint);
    connect(m_cardTitle, &QLineEdit::textChanged, this, &ExportDialog::optionsEdited);
    connect(m_cardLicense, &QComboBox::currentTextChanged, this, &ExportDialog::optionsEdited);
    connect(m_cardDescription, &QPlainTextEdit::textChanged, this, &ExportDialog::optionsEdited);
    return m_cardTab;
}

QWidget *ExportDialog::createPreview()
{
    auto *box = new QGroupBox(tr("Preview"), this);
    m_preview = new QPlainTextEdit(box);
    m_preview->setObjectName(QStringLiteral("previewText"));
    m_preview->setReadOnly(true);
    m_preview->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_preview->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_preview->setTabChangesFocus(true);
    m_preview->setAccessibleName(tr("Preview of the first lines"));
    m_previewStatus = new QLabel(box);
    m_previewStatus->setObjectName(QStringLiteral("previewStatus"));
    m_previewStatus->setWordWrap(true);
    m_previewStatus->setTextInteractionFlags(Qt::TextSelectableByMouse);
    // A long error wraps rather than being cut off.
    m_previewStatus->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::MinimumExpanding);
    auto *layout = new QVBoxLayout(box);
    layout->addWidget(m_previewStatus);
    layout->addWidget(m_preview, 1);
    return box;
}

QWidget *ExportDialog::createProgress()
{
    auto *box = new QWidget(this);
    m_progressBox = new QWidget(box);
    m_progress = new QProgressBar(m_progressBox);
    m_progress->setObjectName(QStringLiteral("exportProgress"));
    m_eta = new QLabel(m_progressBox);
    m_eta->setObjectName(QStringLiteral("etaLabel"));
    auto *progressRow = new QHBoxLayout(m_progressBox);
    progressRow->setContentsMargins(0, 0, 0, 0);
    progressRow->addWidget(m_progress, 1);
    progressRow->addWidget(m_eta);
    m_progressBox->hide();

    m_result = new QLabel(box);
    m_result->setObjectName(QStringLiteral("resultLabel"));
    m_result->setWordWrap(true);
    m_result->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_result->hide();
    m_showInFolder = new QPushButton(tr("Sho&w in Folder"), box);
    m_showInFolder->setObjectName(QStringLiteral("showInFolderButton"));
    m_showInFolder->setAutoDefault(false);
    m_showInFolder->hide();
    connect(m_showInFolder, &QPushButton::clicked, this, &ExportDialog::showInFolder);

    auto *resultRow = new QHBoxLayout;
    resultRow->addWidget(m_result, 1);
    resultRow->addWidget(m_showInFolder, 0, Qt::AlignTop);
    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_progressBox);
    layout->addLayout(resultRow);
    return box;
}

// --- the records and the options ---------------------------------------------------------------

void ExportDialog::fillSources()
{
    const QSignalBlocker blocker(m_source);
    m_source->clear();
    const PipelineGraph *graph = m_document->graph();
    // Export stages first: their settings are the export the pipeline already describes.
    for (const Stage &stage : graph->stages()) {
        if (stage.type != QLatin1String("export"))
            continue;
        m_source->addItem(tr("Export stage “%1” (its input and settings)").arg(stage.name));
        m_source->setItemData(m_source->count() - 1, stage.id, StageRole);
        m_source->setItemData(m_source->count() - 1, true, ExportStageRole);
    }
    for (const Stage &stage : graph->stages()) {
        const StageType *type = graph->typeOf(stage.id);
        if (stage.type == QLatin1String("export") || (type && !type->hasOutput))
            continue;
        m_source->addItem(stage.name);
        m_source->setItemData(m_source->count() - 1, stage.id, StageRole);
        m_source->setItemData(m_source->count() - 1, false, ExportStageRole);
    }
    if (m_source->count() == 0)
        m_source->addItem(tr("No stage: add stages to the pipeline and run it first"));
}

QStringList ExportDialog::stageIdsOfSource() const
{
    const QUuid id = m_source->currentData(StageRole).toUuid();
    if (id.isNull())
        return {};
    if (!m_source->currentData(ExportStageRole).toBool())
        return {id.toString(QUuid::WithoutBraces)};
    QStringList ids;
    for (const Edge &edge : m_document->graph()->inputEdges(id)) {
        const QString from = edge.from.toString(QUuid::WithoutBraces);
        if (!ids.contains(from))
            ids.append(from);
    }
    return ids;
}

void ExportDialog::sourceChosen()
{
    if (m_updating)
        return;
    const QUuid id = m_source->currentData(StageRole).toUuid();
    if (m_source->currentData(ExportStageRole).toBool()) {
        if (const Stage *stage = m_document->graph()->stage(id)) {
            ExportOptions options = ExportOptions::fromMap(stage->settings);
            options.stageIds = stageIdsOfSource();
            setOptions(options);
            m_mappingChosen = true;
            const QString path = stage->settings.value(QStringLiteral("path")).toString();
            if (!path.trimmed().isEmpty())
                setTarget(m_document->folder(), path.trimmed());
        }
    }
    loadMetadata();
    optionsEdited();
}

void ExportDialog::formatChosen()
{
    if (m_updating)
        return;
    const ExportFormat previous = m_options.format;
    const ExportFormat format = ExportOptions::formatFromId(m_format->currentData().toString())
                                    .value_or(ExportFormat::Jsonl);
    // The file name follows the format while it ends as the previous format's files do.
    const QString name = m_name->text();
    if (previous != format) {
        const QString oldExtension = ExportOptions::fileExtension(previous);
        const QString newExtension = ExportOptions::fileExtension(format);
        QString stem = name;
        if (!oldExtension.isEmpty() && name.endsWith(QLatin1Char('.') + oldExtension))
            stem.chop(oldExtension.size() + 1);
        if ((oldExtension.isEmpty() || stem != name) && !stem.isEmpty()) {
            const QSignalBlocker blocker(m_name);
            m_name->setText(newExtension.isEmpty() ? stem : stem + QLatin1Char('.') + newExtension);
        }
    }
    m_options.format = format;
    m_options.recordFormat = ExportOptions::formatFromId(m_recordFormat->currentData().toString())
                                 .value_or(ExportFormat::OpenAiChat);
    updateFormatControls();
    optionsEdited();
}

void ExportDialog::updateFormatControls()
{
    const ExportFormat format = ExportOptions::formatFromId(m_format->currentData().toString())
                                    .value_or(ExportFormat::Jsonl);
    const ExportFormat recordFormat =
        ExportOptions::formatFromId(m_recordFormat->currentData().toString())
            .value_or(ExportFormat::OpenAiChat);
    const bool folder = format == ExportFormat::HuggingFace;
    const ExportFormat lines = folder ? recordFormat : format;
    m_recordFormat->setVisible(folder);
    m_recordFormatLabel->setVisible(folder);
    const bool preference = lines == ExportFormat::Preference;
    m_preferenceJudge->setVisible(preference);
    m_preferenceJudgeLabel->setVisible(preference);
    m_bom->setEnabled(format == ExportFormat::Csv || format == ExportFormat::Tsv);
    m_tabs->setTabVisible(m_tabs->indexOf(m_cardTab), folder);
    m_mapping->setFormat(format, recordFormat);

    const auto mode = ExportSplit::Mode(m_splitMode->currentData().toInt());
    m_fieldBox->setVisible(mode == ExportSplit::Mode::FromField);
    m_ratioBox->setVisible(mode == ExportSplit::Mode::Ratio);
    m_onlySplit->setEnabled(mode != ExportSplit::Mode::None && !folder);
}

ExportOptions ExportDialog::options() const
{
    ExportOptions options = m_options;
    options.stageIds = stageIdsOfSource();
    options.format = ExportOptions::formatFromId(m_format->currentData().toString())
                         .value_or(ExportFormat::Jsonl);
    options.recordFormat = ExportOptions::formatFromId(m_recordFormat->currentData().toString())
                               .value_or(ExportFormat::OpenAiChat);
    options.mapping = m_mapping->mapping();
    options.includeReasoning = m_think->isChecked();
    options.bom = m_bom->isEnabled() && m_bom->isChecked();
    options.preferenceJudge = m_preferenceJudge->currentData().toString();

    options.filters.review = ExportOptions::reviewFromId(m_review->currentData().toString())
                                 .value_or(ExportFilters::Review::Everything);
    options.filters.statuses.clear();
    for (int i = 0; i < m_statuses.size(); ++i) {
        if (m_statuses.at(i)->isChecked())
            options.filters.statuses.append(statusIds.at(i));
    }
    options.filters.minScores.clear();
    for (const MinScoreRow &row : m_minScores)
        options.filters.minScores.append(
            {row.judge->currentData().toString(), row.minimum->value()});
    options.filters.tags = splitList(m_tags->text());

    options.split.mode = ExportSplit::Mode(m_splitMode->currentData().toInt());
    options.split.field = m_splitField->text().trimmed();
    options.split.ratios.clear();
    for (const auto &[name, share] : m_ratios) {
        if (!name->text().trimmed().isEmpty() && share->value() > 0)
            options.split.ratios.append({name->text().trimmed(), share->value()});
    }
    options.split.seed = quint64(m_seed->value());
    options.split.only = m_onlySplit->isEnabled() ? m_onlySplit->text().trimmed() : QString();

    options.card.title = m_cardTitle->text().trimmed();
    options.card.license = m_cardLicense->currentText().trimmed();
    options.card.description = m_cardDescription->toPlainText();
    return options;
}

void ExportDialog::setOptions(const ExportOptions &options)
{
    m_updating = true;
    m_options = options;
    // The stage: one of its own, or an Export stage whose input it is.
    if (stageIdsOfSource() != options.stageIds) {
        int found = -1;
        for (int i = 0; i < m_source->count() && found < 0; ++i) {
            const QUuid id = m_source->itemData(i, StageRole).toUuid();
            if (!id.isNull() && !m_source->itemData(i, ExportStageRole).toBool() &&
                options.stageIds == QStringList{id.toString(QUuid::WithoutBraces)})
                found = i;
        }
        for (int i = 0; i < m_source->count() && found < 0; ++i) {
            if (!m_source->itemData(i, ExportStageRole).toBool())
                continue;
            QStringList inputs;
            for (const Edge &edge :
                 m_document->graph()->inputEdges(m_source->itemData(i, StageRole).toUuid()))
                inputs.append(edge.from.toString(QUuid::WithoutBraces));
            if (!inputs.isEmpty() && inputs == options.stageIds)
                found = i;
        }
        if (found >= 0)
            m_source->setCurrentIndex(found);
    }
    m_format->setCurrentIndex(
        std::max(0, m_format->findData(ExportOptions::formatId(options.format))));
    m_recordFormat->setCurrentIndex(
        std::max(0, m_recordFormat->findData(ExportOptions::formatId(options.recordFormat))));
    m_think->setChecked(options.includeReasoning);
    m_bom->setChecked(options.bom);
    fillJudges(m_preferenceJudge, options.preferenceJudge);
    m_mapping->setMapping(options.mapping);

    m_review->setCurrentIndex(
        std::max(0, m_review->findData(ExportOptions::reviewId(options.filters.review))));
    for (int i = 0; i < m_statuses.size(); ++i)
        m_statuses.at(i)->setChecked(options.filters.statuses.contains(statusIds.at(i)));
    while (!m_minScores.isEmpty())
        removeMinScoreRow(0);
    for (const ExportFilters::MinScore &score : options.filters.minScores)
        addMinScoreRow(score.judge, score.minimum);
    m_tags->setText(options.filters.tags.join(QStringLiteral(", ")));

    m_splitMode->setCurrentIndex(std::max(0, m_splitMode->findData(int(options.split.mode))));
    m_splitField->setText(options.split.field);
    for (int i = 0; i < m_ratios.size(); ++i) {
        const ExportSplit::Part part = options.split.ratios.value(i);
        m_ratios.at(i).first->setText(part.name);
        m_ratios.at(i).second->setValue(part.ratio);
    }
    m_seed->setValue(int(std::min<quint64>(options.split.seed, quint64(m_seed->maximum()))));
    m_onlySplit->setText(options.split.only);

    m_cardTitle->setText(options.card.title);
    m_cardLicense->setCurrentText(options.card.license);
    m_cardDescription->setPlainText(options.card.description);
    m_updating = false;
    updateFormatControls();
    updateProblem();
    schedulePreview();
}

QString ExportDialog::targetFolder() const
{
    return QDir::fromNativeSeparators(m_folder->text().trimmed());
}

QString ExportDialog::fileName() const
{
    return m_name->text().trimmed();
}

void ExportDialog::setTarget(const QString &folder, const QString &name)
{
    m_folder->setText(QDir::toNativeSeparators(folder));
    m_name->setText(name);
}

void ExportDialog::applyRecordFilter(const Records::RecordFilter &filter)
{
    m_updating = true;
    if (filter.stages.size() == 1) {
        for (int i = 0; i < m_source->count(); ++i) {
            if (m_source->itemData(i, StageRole).toUuid() == filter.stages.first() &&
                !m_source->itemData(i, ExportStageRole).toBool()) {
                m_source->setCurrentIndex(i);
                break;
            }
        }
    }
    if (!filter.statuses.isEmpty()) {
        for (int i = 0; i < m_statuses.size(); ++i)
            m_statuses.at(i)->setChecked(filter.statuses.contains(statusIds.at(i)));
    }
    // Review states: the export's choices are coarser; take the narrowest that keeps them all.
    if (!filter.reviewStates.isEmpty()) {
        const QStringList &states = filter.reviewStates;
        ExportFilters::Review review = ExportFilters::Review::Everything;
        if (!states.contains(QStringLiteral("unreviewed")) &&
            !states.contains(QStringLiteral("rejected")))
            review = ExportFilters::Review::Accepted;
        else if (!states.contains(QStringLiteral("rejected")))
            review = ExportFilters::Review::NotRejected;
        m_review->setCurrentIndex(std::max(0, m_review->findData(ExportOptions::reviewId(review))));
    }
    for (const Records::ScoreRange &range : filter.scores) {
        if (range.minimum)
            addMinScoreRow(range.judge, *range.minimum);
    }
    if (!filter.tags.isEmpty())
        m_tags->setText(filter.tags.join(QStringLiteral(", ")));
    m_updating = false;
    loadMetadata();
    optionsEdited();
}

void ExportDialog::optionsEdited()
{
    if (m_updating)
        return;
    updateProblem();
    schedulePreview();
}

void ExportDialog::updateProblem()
{
    const QString folder = targetFolder();
    const QString name = fileName();
    QString problem;
    QString note;
    if (folder.isEmpty()) {
        problem = tr("Choose the folder to export to.");
    } else if (!QFileInfo(folder).isDir()) {
        problem = tr("The folder “%1” does not exist. Choose an existing folder with Browse….")
                      .arg(QDir::toNativeSeparators(folder));
    } else {
        QString path;
        problem = Export::ExportTarget::check(folder, name, &path);
        if (problem.isEmpty() && QFileInfo::exists(path))
            note = tr("“%1” exists; exporting replaces it (only once the new one is complete).")
                       .arg(QDir::toNativeSeparators(path));
    }
    if (problem.isEmpty() && stageIdsOfSource().isEmpty())
        problem = tr("Choose the stage whose records to export.");
    if (problem.isEmpty() &&
        std::none_of(m_statuses.cbegin(), m_statuses.cend(),
                     [](const QCheckBox *check) { return check->isChecked(); }))
        problem = tr("Choose at least one status on the Filters tab.");
    if (problem.isEmpty()) {
        const QStringList problems = options().problems();
        if (!problems.isEmpty())
            problem = problems.join(QLatin1Char('\n'));
    }
    m_problem = problem;
    m_targetMessage->setText(problem.isEmpty() ? note : problem);
    m_targetMessage->setStyleSheet(problem.isEmpty() ? QString() : errorStyle);
    m_targetMessage->setVisible(!m_targetMessage->text().isEmpty());
    m_exportButton->setEnabled(problem.isEmpty() && !isExporting());
}

void ExportDialog::browseFolder()
{
    const QString chosen = QFileDialog::getExistingDirectory(
        this, tr("Export to Folder"),
        QFileInfo(targetFolder()).isDir() ? targetFolder() : m_document->folder());
    if (!chosen.isEmpty())
        m_folder->setText(QDir::toNativeSeparators(chosen));
}

// --- scores --------------------------------------------------------------------------------

void ExportDialog::fillJudges(QComboBox *combo, const QString &current) const
{
    const QSignalBlocker blocker(combo);
    combo->clear();
    combo->addItem(tr("Primary score"), QString());
    QStringList judges = m_judges;
    if (!current.isEmpty() && !judges.contains(current))
        judges.append(current);
    for (const QString &judge : std::as_const(judges))
        combo->addItem(judge, judge);
    combo->setCurrentIndex(std::max(0, combo->findData(current)));
}

void ExportDialog::addMinScoreRow(const QString &judge, double minimum)
{
    MinScoreRow r;
    r.row = new QWidget(m_minScoreBox);
    r.judge = new QComboBox(r.row);
    r.judge->setObjectName(QStringLiteral("minScoreJudge"));
    r.judge->setAccessibleName(tr("Judge"));
    fillJudges(r.judge, judge);
    r.minimum = new QDoubleSpinBox(r.row);
    r.minimum->setObjectName(QStringLiteral("minScore"));
    r.minimum->setAccessibleName(tr("Minimum score"));
    r.minimum->setRange(-1000000, 1000000);
    r.minimum->setDecimals(2);
    r.minimum->setValue(minimum);
    r.remove = new QToolButton(r.row);
    r.remove->setObjectName(QStringLiteral("removeMinScore"));
    r.remove->setIcon(QIcon::fromTheme(QStringLiteral("list-remove")));
    r.remove->setText(tr("×"));
    r.remove->setToolTip(tr("Remove this minimum"));
    r.remove->setAccessibleName(tr("Remove this minimum"));
    auto *layout = new QHBoxLayout(r.row);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(r.judge, 1);
    layout->addWidget(new QLabel(tr("at least"), r.row));
    layout->addWidget(r.minimum);
    layout->addWidget(r.remove);
    m_minScoreBox->layout()->addWidget(r.row);
    m_minScores.append(r);
    connect(r.judge, &QComboBox::currentIndexChanged, this, &ExportDialog::optionsEdited);
    connect(r.minimum, &QDoubleSpinBox::valueChanged, this, &ExportDialog::optionsEdited);
    QWidget *row = r.row;
    connect(r.remove, &QToolButton::clicked, this, [this, row] {
        for (int i = 0; i < m_minScores.size(); ++i) {
            if (m_minScores.at(i).row == row) {
                removeMinScoreRow(i);
                break;
            }
        }
        m_addMinScore->setFocus();
        optionsEdited();
    });
    // Keyboard order: the new row before the Add button.
    setTabOrder(r.remove, m_addMinScore);
}

void ExportDialog::removeMinScoreRow(int index)
{
    if (index < 0 || index >= m_minScores.size())
        return;
    QWidget *row = m_minScores.takeAt(index).row;
    row->hide();
    row->deleteLater(); // may be inside the click of its own button
}

// --- field lists and preview, off the GUI thread --------------------------------------------

void ExportDialog::loadMetadata()
{
    const QStringList stages = stageIdsOfSource();
    const QString path = m_dataPath;
    const QString splitField = m_splitField->text().trimmed().isEmpty()
                                   ? QStringLiteral("split")
                                   : m_splitField->text().trimmed();
    const quint64 generation = ++m_metadataGeneration;
    m_metadataWatcher.setFuture(QtConcurrent::run(&m_pool, [=] {
        Metadata metadata;
        metadata.generation = generation;
        ReadOnlyConnection connection(path);
        if (!connection.database().isOpen())
            return metadata;
        metadata.fields = Export::Exporter::fieldNames(connection.database(), stages);
        metadata.judges = Export::Exporter::judgeNames(connection.database(), stages);
        metadata.tags = Export::Exporter::tagNames(connection.database(), stages);
        metadata.hasSplitField =
            Export::Exporter::hasSplitField(connection.database(), stages, splitField);
        return metadata;
    }));
}

void ExportDialog::showMetadata(const Metadata &metadata)
{
    if (metadata.generation != m_metadataGeneration)
        return; // a later stage choice is being read
    m_judges = metadata.judges;
    m_tagNames = metadata.tags;
    m_updating = true;
    m_mapping->setFieldNames(metadata.fields);
    fillJudges(m_preferenceJudge, m_preferenceJudge->currentData().toString());
    for (const MinScoreRow &row : std::as_const(m_minScores))
        fillJudges(row.judge, row.judge->currentData().toString());
    m_updating = false;
    m_tags->setPlaceholderText(
        m_tagNames.isEmpty()
            ? tr("no record carries a tag")
            : tr("any of: %1").arg(QStringList(m_tagNames.mid(0, 5)).join(QStringLiteral(", "))));
    m_splitHint->setText(metadata.hasSplitField
                             ? tr("The records carry this field: each goes to the split it "
                                  "names.")
                             : tr("No record carries this field yet: run a Split stage first, "
                                  "or choose the splits here by ratio."));
    if (!m_mappingChosen && !metadata.fields.isEmpty()) {
        // Nothing chosen or remembered: the engine's guess from the field names.
        m_mapping->setMapping(ExportOptions::guessMapping(metadata.fields));
    }
    updateProblem();
    schedulePreview();
}

void ExportDialog::schedulePreview()
{
    m_previewTimer.start();
}

void ExportDialog::runPreview()
{
    if (m_previewWatcher.isRunning()) {
        m_previewPending = true; // once this one is shown
        return;
    }
    m_previewPending = false;
    const ExportOptions options = this->options();
    const quint64 generation = ++m_previewGeneration;
    if (options.stageIds.isEmpty()) {
        showPreview({generation, false, {}, tr("Choose a stage to see its records here.")});
        return;
    }
    if (!options.problems().isEmpty()) {
        // Said in full under the file name.
        showPreview({generation,
                     false,
                     {},
                     tr("No preview until the problem under the file name is solved.")});
        return;
    }
    m_previewStatus->setStyleSheet(QString());
    m_previewStatus->setText(tr("Reading the first records…"));
    const QString path = m_dataPath;
    m_previewWatcher.setFuture(QtConcurrent::run(&m_pool, [=] {
        PreviewResult result;
        result.generation = generation;
        ReadOnlyConnection connection(path);
        if (!connection.database().isOpen()) {
            result.error = tr("Could not read the project's data file: %1")
                               .arg(connection.database().lastError().text());
            return result;
        }
        result.ok = Export::Exporter::preview(connection.database(), options, previewLines,
                                              &result.lines, &result.error);
        return result;
    }));
}

void ExportDialog::showPreview(const PreviewResult &result)
{
    if (result.generation == m_previewGeneration) {
        if (!result.ok) {
            m_preview->clear();
            m_previewStatus->setText(result.error);
            m_previewStatus->setStyleSheet(errorStyle);
        } else {
            QString text;
            for (const QByteArray &line : result.lines) {
                text += QString::fromUtf8(line);
                text += QLatin1Char('\n');
            }
            m_preview->setPlainText(text);
            m_previewStatus->setStyleSheet(QString());
            m_previewStatus->setText(
                result.lines.isEmpty()
                    ? tr("No record passes the filters: the file would be empty.")
                    : tr("The first %n line(s) of the file:", nullptr, int(result.lines.size())));
        }
        emit previewUpdated();
    }
    if (m_previewPending || result.generation != m_previewGeneration)
        runPreview();
}

QString ExportDialog::previewText() const
{
    return m_preview->toPlainText();
}

// --- export --------------------------------------------------------------------------------

bool ExportDialog::startExport()
{
    updateProblem();
    if (isExporting() || !m_problem.isEmpty())
        return false;
    const ExportOptions options = this->options();
    const QString folder = targetFolder();
    const QString name = fileName();
    const QString path = m_dataPath;
    const QString projectFile = m_document->projectFilePath();
    saveSettings();

    m_cancel = false;
    m_lastResult = {};
    m_exportedFolder = folder;
    m_result->hide();
    m_showInFolder->hide();
    m_progress->setRange(0, 0); // until the first count comes
    m_eta->setText(tr("Starting…"));
    m_elapsed.start();
    setExporting(true);
    m_exportWatcher.setFuture(QtConcurrent::run(&m_pool, [=, this] {
        ReadOnlyConnection connection(path);
        if (!connection.database().isOpen()) {
            Export::ExportResult result;
            result.error =
                tr("Could not read the project's data file %1: %2. Nothing was "
                   "written.")
                    .arg(QDir::toNativeSeparators(path), connection.database().lastError().text());
            return result;
        }
        Export::Exporter exporter(options);
        exporter.setCancelFlag(&m_cancel);
        exporter.setProjectFile(projectFile);
        exporter.setProgressCallback([this](const Export::ExportProgress &progress) {
            // The dialog waits for this thread before it goes, so it is there to receive.
            QMetaObject::invokeMethod(
                this, [this, progress] { showProgress(progress); }, Qt::QueuedConnection);
            return !m_cancel.load();
        });
        return exporter.run(connection.database(), folder, name);
    }));
    return true;
}

void ExportDialog::cancelExport()
{
    if (!isExporting())
        return;
    m_cancel = true;
    m_eta->setText(tr("Cancelling…"));
    m_closeButton->setEnabled(false);
}

void ExportDialog::showProgress(const Export::ExportProgress &progress)
{
    if (!isExporting())
        return;
    if (progress.expected > 0) {
        // QProgressBar holds an int: scale large counts down.
        const int scale = progress.expected > 1000000000 ? 1000 : 1;
        m_progress->setRange(0, int(progress.expected / scale));
        m_progress->setValue(int(std::min(progress.records, progress.expected) / scale));
    }
    const QLocale locale;
    const qint64 ms = m_elapsed.elapsed();
    QString eta;
    if (progress.records > 0 && progress.expected > progress.records && ms > 500) {
        const double left =
            double(ms) * double(progress.expected - progress.records) / double(progress.records);
        eta = tr("about %1 left").arg(RunDock::formatDuration(qint64(left)));
    }
    const QString written =
        tr("%1 written (%2)")
            .arg(locale.toString(progress.written), locale.formattedDataSize(progress.bytes));
    if (!m_cancel)
        m_eta->setText(eta.isEmpty() ? written : tr("%1, %2").arg(written, eta));
}

void ExportDialog::finishExport()
{
    m_lastResult = m_exportWatcher.result();
    setExporting(false);
    const Export::ExportResult &result = m_lastResult;
    const QLocale locale;
    if (result.ok) {
        QStringList files;
        for (const QString &file : result.files)
            files.append(QDir::toNativeSeparators(file));
        QString text = tr("Wrote %n record(s), %1, to %2", nullptr,
                          int(std::min<qint64>(result.written, INT_MAX)))
                           .arg(locale.formattedDataSize(result.bytes),
                                files.isEmpty() ? QDir::toNativeSeparators(m_exportedFolder)
                                                : files.join(QStringLiteral(", ")));
        if (!result.perSplit.isEmpty()) {
            QStringList parts;
            for (auto it = result.perSplit.cbegin(); it != result.perSplit.cend(); ++it)
                parts.append(tr("%1: %2").arg(it.key(), locale.toString(it.value())));
            text += QLatin1Char('\n') + tr("Splits: %1").arg(parts.join(QStringLiteral(", ")));
        }
        m_result->setText(text);
        m_result->setStyleSheet(QString());
        m_showInFolder->show();
    } else if (result.cancelled) {
        m_result->setText(tr("Export cancelled; the previous file, if any, is unchanged."));
        m_result->setStyleSheet(QString());
    } else {
        m_result->setText(result.error.isEmpty()
                              ? tr("The export failed; the previous file, if any, is unchanged.")
                              : result.error);
        m_result->setStyleSheet(errorStyle);
    }
    m_result->show();
    updateProblem(); // the file may exist now
    emit exportFinished(result.ok);
}

void ExportDialog::setExporting(bool exporting)
{
    m_progressBox->setVisible(exporting);
    m_closeButton->setText(exporting ? tr("Cancel") : tr("Close"));
    m_closeButton->setEnabled(true);
    m_exportButton->setEnabled(!exporting && m_problem.isEmpty());
    // What the export reads must stay as it started.
    for (QWidget *widget :
         {static_cast<QWidget *>(m_source), static_cast<QWidget *>(m_format),
          static_cast<QWidget *>(m_recordFormat), static_cast<QWidget *>(m_folder),
          static_cast<QWidget *>(m_name), static_cast<QWidget *>(m_browse),
          static_cast<QWidget *>(m_tabs), static_cast<QWidget *>(m_think),
          static_cast<QWidget *>(m_bom), static_cast<QWidget *>(m_preferenceJudge)})
        widget->setEnabled(!exporting);
    if (!exporting)
        updateFormatControls(); // BOM's own condition
    if (exporting)
        m_closeButton->setFocus();
}

void ExportDialog::showInFolder()
{
    const QString file = m_lastResult.files.value(0);
    const QString folder = file.isEmpty() ? m_exportedFolder : QFileInfo(file).absolutePath();
    QDesktopServices::openUrl(QUrl::fromLocalFile(folder));
}

void ExportDialog::reject()
{
    if (isExporting()) {
        cancelExport();
        return;
    }
    saveSettings();
    QDialog::reject();
}

// --- remembered choices ---------------------------------------------------------------------

QString ExportDialog::settingsGroup() const
{
    const QString folder = QFileInfo(m_document->folder()).canonicalFilePath();
    const QByteArray hash =
        QCryptographicHash::hash((folder.isEmpty() ? m_document->folder() : folder).toUtf8(),
                                 QCryptographicHash::Sha256)
            .toHex()
            .left(16);
    return QStringLiteral("export/") + QString::fromLatin1(hash);
}

void ExportDialog::saveSettings() const
{
    m_settings->beginGroup(settingsGroup());
    m_settings->setValue(QStringLiteral("options"), options().toMap());
    m_settings->setValue(QStringLiteral("source"),
                         m_source->currentData(StageRole).toUuid().toString(QUuid::WithoutBraces));
    m_settings->setValue(QStringLiteral("folder"), targetFolder());
    m_settings->setValue(QStringLiteral("name"), fileName());
    m_settings->endGroup();
}

void ExportDialog::restoreSettings()
{
    m_settings->beginGroup(settingsGroup());
    const QVariantMap saved = m_settings->value(QStringLiteral("options")).toMap();
    const QUuid source(m_settings->value(QStringLiteral("source")).toString());
    QString folder = m_settings->value(QStringLiteral("folder")).toString();
    QString name = m_settings->value(QStringLiteral("name")).toString();
    m_settings->endGroup();

    if (!saved.isEmpty()) {
        // The stage first: setOptions() picks it again from the saved stage ids when it can.
        const int index = m_source->findData(source, StageRole);
        if (index >= 0) {
            const QSignalBlocker blocker(m_source);
            m_source->setCurrentIndex(index);
        }
        setOptions(ExportOptions::fromMap(saved));
        m_mappingChosen = true;
    } else if (m_source->currentData(ExportStageRole).toBool()) {
        // The pipeline's Export stage says what to export, and where.
        sourceChosen();
        if (name.isEmpty() && !fileName().isEmpty()) {
            folder = targetFolder();
            name = fileName();
        }
    } else {
        // No Export stage: the last stage, usually the one that finishes the records.
        if (m_source->count() > 1) {
            const QSignalBlocker blocker(m_source);
            m_source->setCurrentIndex(m_source->count() - 1);
        }
        ExportOptions defaults;
        defaults.stageIds = stageIdsOfSource();
        setOptions(defaults);
    }
    if (!QFileInfo(folder).isDir())
        folder = m_document->folder();
    if (name.isEmpty())
        name =
            QStringLiteral("export/dataset.") + ExportOptions::fileExtension(ExportFormat::Jsonl);
    setTarget(folder, name);
}

} // namespace Seedbed
