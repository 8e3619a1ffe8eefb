#include "widgets/inspectorwidget.h"

#include "models/graphcommands.h"
#include "models/llm/profilestore.h"
#include "models/pipelinegraph.h"
#include "models/pipelinevalidator.h"
#include "models/projectdocument.h"
#include "models/stagetype.h"
#include "widgets/promptpanel.h"
#include "widgets/settingeditors.h"

#include <QFormLayout>
#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QLineEdit>
#include <QScrollArea>
#include <QSignalBlocker>
#include <QStackedWidget>
#include <QStyle>
#include <QTabBar>
#include <QTabWidget>
#include <QUndoStack>
#include <QVBoxLayout>

#include <algorithm>

namespace Seedbed {

namespace {

constexpr int iconSize = 16;

QLabel *createIssueRow(const ValidationIssue &issue, QWidget *parent, QVBoxLayout *layout)
{
    auto *row = new QWidget(parent);
    auto *rowLayout = new QHBoxLayout(row);
    rowLayout->setContentsMargins(0, 0, 0, 0);
    rowLayout->setSpacing(6);
    const bool error = issue.severity == ValidationIssue::Error;
    auto *icon = new QLabel(row);
    icon->setPixmap(
        parent->style()
            ->standardIcon(error ? QStyle::SP_MessageBoxCritical : QStyle::SP_MessageBoxWarning)
            .pixmap(iconSize, iconSize));
    icon->setAlignment(Qt::AlignTop);
    rowLayout->addWidget(icon);
    auto *text = new QLabel(issue.message, row);
    text->setObjectName(QStringLiteral("issue"));
    text->setProperty("severity", error ? QStringLiteral("error") : QStringLiteral("warning"));
    text->setWordWrap(true);
    text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    text->setStyleSheet(error ? QStringLiteral("color: #d13438;")
                              : QStringLiteral("color: #b7791f;"));
    text->setAccessibleName(error ? InspectorWidget::tr("Error: %1").arg(issue.message)
                                  : InspectorWidget::tr("Warning: %1").arg(issue.message));
    rowLayout->addWidget(text, 1);
    layout->addWidget(row);
    return text;
}

QLabel *createFieldList(QWidget *parent, const QString &name)
{
    auto *label = new QLabel(parent);
    label->setObjectName(name);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

} // namespace

InspectorWidget::InspectorWidget(ProjectDocument *document, QWidget *parent)
    : QWidget(parent)
    , m_stack(new QStackedWidget(this))
    , m_message(new QLabel(this))
    , m_tabs(new QTabWidget(this))
    , m_scroll(new QScrollArea(this))
    , m_prompt(new PromptPanel(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_stack);

    m_message->setObjectName(QStringLiteral("inspectorMessage"));
    m_message->setAlignment(Qt::AlignCenter);
    m_message->setWordWrap(true);
    m_message->setMargin(16);
    m_message->setForegroundRole(QPalette::PlaceholderText);
    m_stack->addWidget(m_message);

    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::NoFrame);
    m_tabs->setObjectName(QStringLiteral("inspectorTabs"));
    m_tabs->setDocumentMode(true);
    m_tabs->addTab(m_scroll, tr("Settings"));
    m_tabs->addTab(m_prompt, tr("Prompt"));
    m_prompt->setObjectName(QStringLiteral("promptPanel"));
    m_stack->addWidget(m_tabs);

    m_refreshTimer.setSingleShot(true);
    m_refreshTimer.setInterval(0);
    connect(&m_refreshTimer, &QTimer::timeout, this, &InspectorWidget::refreshDerived);

    showMessage(tr("No project is open."));
    setDocument(document);
}

InspectorWidget::~InspectorWidget() = default;

PipelineGraph *InspectorWidget::graph() const
{
    return m_graph.data();
}

void InspectorWidget::setDocument(ProjectDocument *document)
{
    if (document == m_document)
        return;
    if (m_document)
        commitPendingEdits();
    clear();
    detachGraph();
    m_document = document;
    m_graph = document ? document->graph() : nullptr;
    m_prompt->setDocument(document);
    attachGraph();
    setStage({});
}

void InspectorWidget::attachGraph()
{
    if (!m_document || !m_graph)
        return;
    connect(m_document, &QObject::destroyed, this, [this] {
        clear();
        m_graph = nullptr;
        showMessage(tr("No project is open."));
    });
    // Paths are stored relative to the project folder, which "Save As" changes.
    connect(m_document, &ProjectDocument::folderChanged, this, [this] {
        const QUuid id = m_stageId;
        commitPendingEdits();
        clear();
        setStage(id);
    });
    connect(m_graph, &PipelineGraph::stageSettingChanged, this,
            [this](const QUuid &id, const QString &key) {
                if (id == m_stageId)
                    updateSetting(key);
            });
    connect(m_graph, &PipelineGraph::stageRenamed, this, [this](const QUuid &id) {
        if (id == m_stageId)
            updateName();
    });
    connect(m_graph, &PipelineGraph::stageAboutToBeRemoved, this, [this](const QUuid &id) {
        if (id != m_stageId)
            return;
        // Never commit here: this may run inside QUndoStack::undo(), where pushing a command
        // would corrupt the stack. Half-typed text of a stage being removed is dropped.
        clear();
        showMessage(tr("Select a stage on the canvas to edit its settings."));
    });
    connect(m_graph, &PipelineGraph::graphReset, this, [this] {
        clear();
        setStage({});
    });
    connect(m_graph, &PipelineGraph::templatesChanged, this, [this] {
        for (SettingEditor *editor : std::as_const(m_editors))
            editor->refreshChoices();
    });
    connect(m_graph, &PipelineGraph::changed, this, [this] {
        if (!m_stageId.isNull())
            m_refreshTimer.start();
    });
}

void InspectorWidget::detachGraph()
{
    if (m_document)
        disconnect(m_document, nullptr, this, nullptr);
    if (m_graph)
        disconnect(m_graph, nullptr, this, nullptr);
}

void InspectorWidget::setStage(const QUuid &id)
{
    // Re-selecting the shown stage keeps the form, its cursor and half-typed text.
    if (!id.isNull() && id == m_stageId && m_graph && m_graph->contains(id))
        return;
    commitPendingEdits();
    clear();
    if (!m_graph) {
        showMessage(tr("No project is open."));
        return;
    }
    if (id.isNull() || !m_graph->contains(id)) {
        showMessage(tr("Select a stage on the canvas to edit its settings."));
        return;
    }
    m_stageId = id;
    buildForm();
}

void InspectorWidget::setSelection(const QList<QUuid> &ids)
{
    if (ids.size() <= 1) {
        setStage(ids.value(0));
        return;
    }
    commitPendingEdits();
    clear();
    showMessage(tr("%n stages selected. Select a single stage to edit its settings.", nullptr,
                   int(ids.size())));
}

void InspectorWidget::commitPendingEdits()
{
    if (m_stageId.isNull() || !m_graph || !m_graph->contains(m_stageId))
        return;
    for (SettingEditor *editor : std::as_const(m_editors))
        editor->commit();
    commitName();
    m_prompt->commitPendingEdits();
}

void InspectorWidget::showPrompt()
{
    if (m_tabs->isTabVisible(1))
        m_tabs->setCurrentIndex(1);
}

void InspectorWidget::showMessage(const QString &message)
{
    m_message->setText(message);
    m_stack->setCurrentWidget(m_message);
}

void InspectorWidget::clear()
{
    // Forget the stage first: edits flushed by the focus change below are then ignored,
    // which is what a stage that is being removed needs.
    m_stageId = QUuid();
    m_refreshTimer.stop();
    m_editors.clear();
    m_nameEdit = nullptr;
    m_issuesBox = nullptr;
    m_issuesLayout = nullptr;
    m_availableFields = nullptr;
    m_addedFields = nullptr;
    m_prompt->setStage({});
    m_stack->setCurrentWidget(m_message);
    // Deleted later: clear() may run inside a signal of one of the form's widgets.
    if (QWidget *old = m_scroll->takeWidget())
        old->deleteLater();
}

void InspectorWidget::buildForm()
{
    const Stage *stage = m_graph->stage(m_stageId);
    const StageType *type = m_graph->typeOf(m_stageId);

    auto *content = new QWidget;
    content->setObjectName(QStringLiteral("inspectorForm"));
    auto *layout = new QVBoxLayout(content);
    layout->setContentsMargins(12, 12, 12, 12);
    layout->setSpacing(8);

    // Header: icon and editable name.
    auto *header = new QHBoxLayout;
    header->setSpacing(8);
    if (type && !type->icon.isEmpty()) {
        auto *icon = new QLabel(content);
        icon->setPixmap(QIcon(type->icon).pixmap(28, 28));
        header->addWidget(icon);
    }
    m_nameEdit = new QLineEdit(stage->name, content);
    m_nameEdit->setObjectName(QStringLiteral("stageName"));
    m_nameEdit->setPlaceholderText(tr("Stage name"));
    m_nameEdit->setAccessibleName(tr("Stage name"));
    m_nameEdit->setToolTip(tr("The name shown on the canvas; press Enter to rename."));
    QFont nameFont = m_nameEdit->font();
    nameFont.setBold(true);
    nameFont.setPointSizeF(nameFont.pointSizeF() * 1.15);
    m_nameEdit->setFont(nameFont);
    connect(m_nameEdit, &QLineEdit::editingFinished, this, &InspectorWidget::commitName);
    header->addWidget(m_nameEdit, 1);
    layout->addLayout(header);

    auto *typeLabel = new QLabel(content);
    typeLabel->setObjectName(QStringLiteral("stageType"));
    typeLabel->setWordWrap(true);
    auto *description = new QLabel(content);
    description->setObjectName(QStringLiteral("stageDescription"));
    description->setWordWrap(true);
    description->setForegroundRole(QPalette::PlaceholderText);
    if (type) {
        typeLabel->setText(tr("%1 · %2").arg(type->displayName(), categoryName(type->category)));
        description->setText(type->description());
    } else {
        typeLabel->setText(tr("Unknown stage type \"%1\"").arg(stage->type));
        description->setText(tr("This project was made with a Seedbed that knows more stage "
                                "types. The stage is kept as it is but cannot be edited."));
    }
    QFont typeFont = typeLabel->font();
    typeFont.setBold(true);
    typeLabel->setFont(typeFont);
    layout->addWidget(typeLabel);
    layout->addWidget(description);

    m_issuesBox = new QWidget(content);
    m_issuesBox->setObjectName(QStringLiteral("stageIssues"));
    m_issuesLayout = new QVBoxLayout(m_issuesBox);
    m_issuesLayout->setContentsMargins(0, 4, 0, 4);
    m_issuesLayout->setSpacing(4);
    layout->addWidget(m_issuesBox);

    // The fields tell the prompt author which {{ variables }} exist here.
    auto *fields = new QFormLayout;
    fields->setRowWrapPolicy(QFormLayout::WrapLongRows);
    m_availableFields = createFieldList(content, QStringLiteral("availableFields"));
    m_addedFields = createFieldList(content, QStringLiteral("addedFields"));
    fields->addRow(tr("Receives fields:"), m_availableFields);
    fields->addRow(tr("Adds fields:"), m_addedFields);
    layout->addLayout(fields);

    if (type && !type->settings.isEmpty()) {
        auto *heading = new QLabel(tr("Settings"), content);
        heading->setFont(typeFont);
        layout->addSpacing(4);
        layout->addWidget(heading);

        auto *form = new QFormLayout;
        form->setRowWrapPolicy(QFormLayout::WrapLongRows);
        form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
        form->setLabelAlignment(Qt::AlignLeft | Qt::AlignTop);
        if (!m_profilesLoaded)
            refreshProfiles();
        const SettingEditor::Context context{
            m_graph,   type,       m_document->folder(),
            m_stageId, m_profiles, [this] {
                                                 emit manageProvidersRequested(); }};
        for (const SettingDef &def : type->settings) {
            SettingEditor *editor = SettingEditor::create(def, context, content);
            editor->setValue(stage->settings.value(def.key, def.defaultValue));
            auto *label = new QLabel(def.label(), content);
            label->setToolTip(def.help());
            label->setBuddy(editor->input());
            form->addRow(label, editor);
            m_editors.insert(def.key, editor);
            connect(editor, &SettingEditor::edited, this,
                    [this, key = def.key, id = m_stageId](const QVariant &value) {
                        // Late edits of a form that no longer shows this stage are dropped.
                        if (id == m_stageId)
                            pushSetting(key, value);
                    });
        }
        layout->addLayout(form);
    }
    layout->addStretch(1);

    m_scroll->setWidget(content);
    const bool hasPrompt = type && std::any_of(type->settings.cbegin(), type->settings.cend(),
                                               [](const SettingDef &def) {
                                                   return def.type == SettingType::Template;
                                               });
    m_tabs->setTabVisible(1, hasPrompt);
    m_tabs->tabBar()->setVisible(hasPrompt);
    if (hasPrompt)
        m_prompt->setStage(m_stageId);
    m_stack->setCurrentWidget(m_tabs);
    refreshDerived();
}

void InspectorWidget::refreshDerived()
{
    m_refreshTimer.stop();
    if (!m_graph || !m_issuesLayout || !m_graph->contains(m_stageId))
        return;

    QList<ValidationIssue> issues = PipelineValidator::validateStage(*m_graph, m_stageId);
    std::stable_sort(issues.begin(), issues.end(),
                     [](const ValidationIssue &a, const ValidationIssue &b) {
                         return a.severity > b.severity; // errors first
                     });
    while (QLayoutItem *item = m_issuesLayout->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    QHash<QString, QStringList> errors;
    QHash<QString, QStringList> warnings;
    for (const ValidationIssue &issue : std::as_const(issues)) {
        createIssueRow(issue, m_issuesBox, m_issuesLayout);
        if (!issue.setting.isEmpty())
            (issue.severity == ValidationIssue::Error ? errors : warnings)[issue.setting].append(
                issue.message);
    }
    m_issuesBox->setVisible(!issues.isEmpty());
    for (auto it = m_editors.cbegin(); it != m_editors.cend(); ++it)
        it.value()->setIssues(errors.value(it.key()), warnings.value(it.key()));

    const Stage *stage = m_graph->stage(m_stageId);
    const QStringList available = m_graph->fieldsAvailableAt(m_stageId);
    QStringList added;
    if (const StageType *type = m_graph->typeOf(m_stageId)) {
        added = type->addedFields(type->settingsWithDefaults(stage->settings));
        added.removeAll(QString());
    }
    m_availableFields->setText(available.isEmpty() ? tr("none")
                                                   : available.join(QStringLiteral(", ")));
    m_addedFields->setText(added.isEmpty() ? tr("none") : added.join(QStringLiteral(", ")));
}

void InspectorWidget::refreshProfiles()
{
    // A broken profile file is reported where profiles are used (runs, the dialog); here it
    // only means that no names are offered.
    Llm::ProfileStore store;
    store.load();
    m_profiles = store.profiles();
    m_profilesLoaded = true;
    for (SettingEditor *editor : std::as_const(m_editors))
        editor->refreshChoices();
}

void InspectorWidget::updateSetting(const QString &key)
{
    if (key == QLatin1String("provider")) { // the models offered are the profile's
        if (SettingEditor *model = m_editors.value(QStringLiteral("model")))
            model->refreshChoices();
    }
    SettingEditor *editor = m_editors.value(key);
    const Stage *stage = m_graph ? m_graph->stage(m_stageId) : nullptr;
    if (!editor || !stage)
        return;
    editor->setValue(stage->settings.value(key, editor->definition().defaultValue));
}

void InspectorWidget::updateName()
{
    const Stage *stage = m_graph ? m_graph->stage(m_stageId) : nullptr;
    if (!stage || !m_nameEdit || m_nameEdit->text() == stage->name)
        return;
    const QSignalBlocker blocker(m_nameEdit);
    m_nameEdit->setText(stage->name);
}

void InspectorWidget::commitName()
{
    const Stage *stage = m_graph ? m_graph->stage(m_stageId) : nullptr;
    if (!stage || !m_nameEdit || !m_document)
        return;
    const QString name = m_nameEdit->text().trimmed();
    if (name.isEmpty()) { // a stage always has a name
        updateName();
        return;
    }
    if (name == stage->name) {
        updateName(); // drops surrounding spaces
        return;
    }
    m_document->undoStack()->push(new RenameStageCommand(m_graph, m_stageId, name));
}

void InspectorWidget::pushSetting(const QString &key, const QVariant &value)
{
    if (!m_document || !m_graph || !m_graph->contains(m_stageId))
        return;
    m_document->undoStack()->push(new ChangeSettingCommand(m_graph, m_stageId, key, value));
}

} // namespace Seedbed
