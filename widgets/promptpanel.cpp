#include "widgets/promptpanel.h"

#include "models/graphcommands.h"
#include "models/llm/llmclient.h"
#include "models/pipelinegraph.h"
#include "models/projectdocument.h"
#include "models/run/stagelogic.h"
#include "models/stagetype.h"
#include "models/textdiff.h"
#include "widgets/templateeditor.h"

#include <QAction>
#include <QComboBox>
#include <QEvent>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollBar>
#include <QSet>
#include <QSignalBlocker>
#include <QSpinBox>
#include <QSplitter>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTextBlock>
#include <QTreeWidget>
#include <QUndoStack>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>

namespace Seedbed {

namespace {

constexpr int commitDelayMs = 400; // as the settings form: a burst of typing is one step
constexpr int renderDelayMs = 120;
constexpr int maxRows = 1000; // rows offered for rendering
constexpr int versionRole = Qt::UserRole + 1;

struct LoadedRows
{
    quint64 generation = 0;
    QList<QJsonObject> rows;
    QString error;
};

// The source stages that feed \a id, nearest first.
QList<Stage> sourcesOf(const PipelineGraph &graph, const QUuid &id)
{
    QList<Stage> sources;
    QList<QUuid> pending{id};
    QSet<QUuid> seen;
    while (!pending.isEmpty()) {
        const QUuid current = pending.takeFirst();
        if (seen.contains(current))
            continue;
        seen.insert(current);
        const Stage *stage = graph.stage(current);
        if (current != id && stage &&
            Run::StageLogic::kindOf(stage->type) == Run::StageKind::Source) {
            sources.append(*stage);
            continue;
        }
        for (const Edge &e : graph.inputEdges(current))
            pending.append(e.from);
    }
    return sources;
}

QColor tint(const QPalette &palette, const QColor &colour)
{
    const QColor base = palette.color(QPalette::Base);
    const double share = base.lightness() > 128 ? 0.22 : 0.35;
    return QColor::fromRgbF(float(base.redF() * (1 - share) + colour.redF() * share),
                            float(base.greenF() * (1 - share) + colour.greenF() * share),
                            float(base.blueF() * (1 - share) + colour.blueF() * share));
}

QPlainTextEdit *createReadOnlyText(QWidget *parent, const QString &name)
{
    auto *edit = new QPlainTextEdit(parent);
    edit->setObjectName(name);
    edit->setReadOnly(true);
    edit->setLineWrapMode(QPlainTextEdit::NoWrap);
    edit->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    return edit;
}

QListView *createProblemList(TemplateProblemsModel *model, QWidget *parent, const QString &name)
{
    auto *list = new QListView(parent);
    list->setObjectName(name);
    list->setModel(model);
    list->setMaximumHeight(list->fontMetrics().lineSpacing() * 4 + 6);
    list->setVisible(false);
    list->setAccessibleName(PromptPanel::tr("Problems"));
    QObject::connect(list, &QListView::activated, model, &TemplateProblemsModel::activate);
    QObject::connect(list, &QListView::clicked, model, &TemplateProblemsModel::activate);
    const auto update = [list, model] { list->setVisible(model->rowCount() > 0); };
    QObject::connect(model, &QAbstractItemModel::modelReset, list, update);
    QObject::connect(model, &QAbstractItemModel::rowsInserted, list, update);
    QObject::connect(model, &QAbstractItemModel::rowsRemoved, list, update);
    return list;
}

} // namespace

PromptPanel::PromptPanel(QWidget *parent)
    : QWidget(parent)
    , m_stack(new QStackedWidget(this))
{
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(m_stack);

    // Page 0: the stage has no template.
    auto *empty = new QWidget(m_stack);
    auto *emptyLayout = new QVBoxLayout(empty);
    emptyLayout->setContentsMargins(12, 12, 12, 12);
    m_noTemplate = new QLabel(empty);
    m_noTemplate->setObjectName(QStringLiteral("noTemplate"));
    m_noTemplate->setWordWrap(true);
    m_noTemplate->setText(tr("This stage has no prompt template yet. Create one, or choose an "
                             "existing one in the stage's settings."));
    auto *createButton = new QPushButton(tr("New Template"), empty);
    createButton->setObjectName(QStringLiteral("createTemplate"));
    connect(createButton, &QPushButton::clicked, this, &PromptPanel::createTemplate);
    emptyLayout->addWidget(m_noTemplate);
    emptyLayout->addWidget(createButton, 0, Qt::AlignLeft);
    emptyLayout->addStretch(1);
    m_stack->addWidget(empty);

    // Page 1: the template.
    auto *page = new QWidget(m_stack);
    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(8, 8, 8, 8);
    layout->setSpacing(6);

    auto *header = new QHBoxLayout;
    m_templateCombo = new QComboBox(page);
    m_templateCombo->setObjectName(QStringLiteral("templateChoice"));
    m_templateCombo->setToolTip(tr("The template this stage uses"));
    m_templateCombo->setAccessibleName(tr("Prompt template"));
    m_templateCombo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_templateCombo->setMinimumContentsLength(10);
    connect(m_templateCombo, &QComboBox::activated, this, &PromptPanel::chooseTemplate);
    m_nameEdit = new QLineEdit(page);
    m_nameEdit->setObjectName(QStringLiteral("templateName"));
    m_nameEdit->setPlaceholderText(tr("Template name"));
    m_nameEdit->setAccessibleName(tr("Template name"));
    connect(m_nameEdit, &QLineEdit::editingFinished, this, &PromptPanel::commitName);
    auto *newButton = new QPushButton(tr("New"), page);
    newButton->setObjectName(QStringLiteral("newTemplate"));
    newButton->setToolTip(tr("Create a new template for this stage"));
    connect(newButton, &QPushButton::clicked, this, &PromptPanel::createTemplate);
    header->addWidget(new QLabel(tr("Template:"), page));
    header->addWidget(m_templateCombo, 1);
    header->addWidget(m_nameEdit, 1);
    header->addWidget(newButton);
    layout->addLayout(header);

    m_usage = new QLabel(page);
    m_usage->setObjectName(QStringLiteral("templateUsage"));
    m_usage->setWordWrap(true);
    m_usage->setForegroundRole(QPalette::PlaceholderText);
    layout->addWidget(m_usage);

    auto *splitter = new QSplitter(Qt::Vertical, page);
    splitter->setChildrenCollapsible(false);
    layout->addWidget(splitter, 1);

    m_tabs = new QTabWidget(splitter);
    m_tabs->setObjectName(QStringLiteral("promptTabs"));
    m_tabs->setDocumentMode(true);
    const auto addEditorTab = [this](const QString &title, const QString &name,
                                     TemplateEditor **editor, TemplateProblemsModel **problems,
                                     QListView **list) {
        auto *tab = new QWidget(m_tabs);
        auto *tabLayout = new QVBoxLayout(tab);
        tabLayout->setContentsMargins(0, 4, 0, 0);
        tabLayout->setSpacing(4);
        *editor = new TemplateEditor(tab);
        (*editor)->setObjectName(name);
        (*editor)->setAccessibleName(title);
        (*editor)->setLineWrapMode(QPlainTextEdit::WidgetWidth); // prompts are prose
        *problems = new TemplateProblemsModel(*editor, this);
        *list = createProblemList(*problems, tab, name + QStringLiteral("Problems"));
        tabLayout->addWidget(*editor, 1);
        tabLayout->addWidget(*list);
        m_tabs->addTab(tab, title);
        connect(*editor, &QPlainTextEdit::textChanged, this, [this] {
            if (m_showing)
                return;
            scheduleCommit();
            scheduleRender();
        });
        (*editor)->installEventFilter(this);
    };
    addEditorTab(tr("User"), QStringLiteral("userTemplate"), &m_userEditor, &m_userProblems,
                 &m_userProblemList);
    addEditorTab(tr("System"), QStringLiteral("systemTemplate"), &m_systemEditor, &m_systemProblems,
                 &m_systemProblemList);

    // Versions: the list, a side-by-side diff of the selected one with the current text.
    auto *versionsTab = new QWidget(m_tabs);
    auto *versionsLayout = new QVBoxLayout(versionsTab);
    versionsLayout->setContentsMargins(0, 4, 0, 0);
    m_versions = new QTreeWidget(versionsTab);
    m_versions->setObjectName(QStringLiteral("promptVersions"));
    m_versions->setRootIsDecorated(false);
    m_versions->setHeaderLabels({tr("Version"), tr("Saved"), tr("Note")});
    m_versions->header()->setSectionResizeMode(2, QHeaderView::Stretch);
    m_versions->setMaximumHeight(m_versions->fontMetrics().lineSpacing() * 7);
    connect(m_versions, &QTreeWidget::currentItemChanged, this, &PromptPanel::refreshDiff);
    connect(m_versions, &QTreeWidget::itemActivated, this, &PromptPanel::restoreSelectedVersion);
    auto *versionButtons = new QHBoxLayout;
    auto *saveButton = new QPushButton(tr("Save Version…"), versionsTab);
    saveButton->setObjectName(QStringLiteral("saveVersion"));
    saveButton->setToolTip(tr("Keep the current text as a version you can compare and restore "
                              "(Ctrl+Alt+S). Runs save a version by themselves."));
    connect(saveButton, &QPushButton::clicked, this, &PromptPanel::askForVersion);
    m_restoreButton = new QPushButton(tr("Restore"), versionsTab);
    m_restoreButton->setObjectName(QStringLiteral("restoreVersion"));
    m_restoreButton->setToolTip(tr("Replace the current text with the selected version; the "
                                   "current text is kept as a version first. Undo reverts it."));
    connect(m_restoreButton, &QPushButton::clicked, this, &PromptPanel::restoreSelectedVersion);
    versionButtons->addWidget(saveButton);
    versionButtons->addWidget(m_restoreButton);
    versionButtons->addStretch(1);
    m_diffTitle = new QLabel(versionsTab);
    m_diffTitle->setObjectName(QStringLiteral("diffTitle"));
    auto *diffSplitter = new QSplitter(Qt::Horizontal, versionsTab);
    m_diffLeft = createReadOnlyText(diffSplitter, QStringLiteral("diffLeft"));
    m_diffRight = createReadOnlyText(diffSplitter, QStringLiteral("diffRight"));
    // The sides scroll together: their rows are aligned.
    connect(m_diffLeft->verticalScrollBar(), &QScrollBar::valueChanged,
            m_diffRight->verticalScrollBar(), &QScrollBar::setValue);
    connect(m_diffRight->verticalScrollBar(), &QScrollBar::valueChanged,
            m_diffLeft->verticalScrollBar(), &QScrollBar::setValue);
    versionsLayout->addWidget(m_versions);
    versionsLayout->addLayout(versionButtons);
    versionsLayout->addWidget(m_diffTitle);
    versionsLayout->addWidget(diffSplitter, 1);
    m_tabs->addTab(versionsTab, tr("Versions"));

    // The rendered prompt.
    auto *renderBox = new QWidget(splitter);
    auto *renderLayout = new QVBoxLayout(renderBox);
    renderLayout->setContentsMargins(0, 4, 0, 0);
    renderLayout->setSpacing(4);
    auto *renderHeader = new QHBoxLayout;
    auto *renderTitle = new QLabel(tr("Rendered with row"), renderBox);
    m_rowSpin = new QSpinBox(renderBox);
    m_rowSpin->setObjectName(QStringLiteral("renderRow"));
    m_rowSpin->setRange(1, 1);
    m_rowSpin->setAccessibleName(tr("Row to render the prompt with"));
    renderTitle->setBuddy(m_rowSpin);
    connect(m_rowSpin, &QSpinBox::valueChanged, this, &PromptPanel::scheduleRender);
    m_rowSource = new QLabel(renderBox);
    m_rowSource->setObjectName(QStringLiteral("renderRowSource"));
    m_rowSource->setForegroundRole(QPalette::PlaceholderText);
    m_tokens = new QLabel(renderBox);
    m_tokens->setObjectName(QStringLiteral("renderTokens"));
    renderHeader->addWidget(renderTitle);
    renderHeader->addWidget(m_rowSpin);
    renderHeader->addWidget(m_rowSource, 1);
    renderHeader->addWidget(m_tokens);
    m_rendered = createReadOnlyText(renderBox, QStringLiteral("renderedPrompt"));
    m_rendered->setLineWrapMode(QPlainTextEdit::WidgetWidth);
    m_rendered->setPlaceholderText(tr("The prompt as the model will receive it."));
    renderLayout->addLayout(renderHeader);
    renderLayout->addWidget(m_rendered, 1);
    splitter->addWidget(m_tabs);
    splitter->addWidget(renderBox);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);

    m_stack->addWidget(page);

    m_commitTimer.setSingleShot(true);
    m_commitTimer.setInterval(commitDelayMs);
    connect(&m_commitTimer, &QTimer::timeout, this, &PromptPanel::commitText);
    m_renderTimer.setSingleShot(true);
    m_renderTimer.setInterval(renderDelayMs);
    connect(&m_renderTimer, &QTimer::timeout, this, &PromptPanel::startRender);
    connect(&m_renderWatcher, &QFutureWatcher<RenderResult>::finished, this, [this] {
        m_renderRunning = false;
        showRender(m_renderWatcher.result());
        if (m_renderAgain) {
            m_renderAgain = false;
            startRender();
        }
    });

    auto *saveShortcut = new QAction(this);
    saveShortcut->setShortcut(QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_S));
    saveShortcut->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(saveShortcut, &QAction::triggered, this, &PromptPanel::askForVersion);
    addAction(saveShortcut);
}

PromptPanel::~PromptPanel()
{
    m_renderWatcher.waitForFinished();
}

bool PromptPanel::eventFilter(QObject *watched, QEvent *event)
{
    // Leaving an editor ends the edit, as in the settings form.
    if (event->type() == QEvent::FocusOut &&
        (watched == m_systemEditor || watched == m_userEditor) && m_commitTimer.isActive())
        commitText();
    return QWidget::eventFilter(watched, event);
}

PipelineGraph *PromptPanel::graph() const
{
    return m_graph.data();
}

const PromptTemplate *PromptPanel::currentTemplate() const
{
    return m_graph && !m_templateId.isNull() ? m_graph->promptTemplate(m_templateId) : nullptr;
}

void PromptPanel::setDocument(ProjectDocument *document)
{
    if (document == m_document)
        return;
    commitPendingEdits();
    detach();
    m_document = document;
    m_graph = document ? document->graph() : nullptr;
    m_stageId = QUuid();
    attach();
    reload();
}

void PromptPanel::attach()
{
    if (!m_graph)
        return;
    connect(m_graph, &PipelineGraph::templateChanged, this,
            [this](const QUuid &id, TemplatePart part) {
                if (id != m_templateId)
                    return;
                if (part == TemplatePart::Versions) {
                    refreshVersions();
                    return;
                }
                if (part == TemplatePart::Name) {
                    refreshTemplateChoices();
                    return;
                }
                showTemplateText();
                refreshVersions(); // which one is current
            });
    connect(m_graph, &PipelineGraph::templatesChanged, this, &PromptPanel::reload);
    connect(m_graph, &PipelineGraph::graphReset, this, &PromptPanel::reload);
    connect(m_graph, &PipelineGraph::stageSettingChanged, this,
            [this](const QUuid &id, const QString &key) {
                if (id == m_stageId && key == QLatin1String("template")) {
                    commitPendingEdits();
                    reload();
                } else if (id == m_stageId) {
                    scheduleRender(); // the rubric, the output fields… are in the context
                } else if (m_graph && m_graph->stage(id) &&
                           Run::StageLogic::kindOf(m_graph->stage(id)->type) ==
                               Run::StageKind::Source) {
                    loadRows();
                }
                refreshKnownFields();
            });
    connect(m_graph, &PipelineGraph::edgeAdded, this, [this] {
        refreshKnownFields();
        loadRows();
    });
    connect(m_graph, &PipelineGraph::edgeRemoved, this, [this] {
        refreshKnownFields();
        loadRows();
    });
    connect(m_graph, &PipelineGraph::stageRenamed, this, [this] {
        refreshKnownFields();
        refreshUsage();
    });
}

void PromptPanel::detach()
{
    if (m_graph)
        disconnect(m_graph, nullptr, this, nullptr);
}

void PromptPanel::setStage(const QUuid &id)
{
    if (id == m_stageId)
        return;
    commitPendingEdits();
    m_stageId = id;
    reload();
    loadRows();
}

void PromptPanel::reload()
{
    const Stage *stage = m_graph ? m_graph->stage(m_stageId) : nullptr;
    const QUuid templateId =
        stage ? QUuid::fromString(stage->settings.value(QStringLiteral("template")).toString())
              : QUuid();
    if (templateId != m_templateId)
        commitPendingEdits();
    m_templateId = templateId;
    const PromptTemplate *t = currentTemplate();
    m_stack->setCurrentIndex(t ? 1 : 0);
    refreshTemplateChoices();
    showTemplateText();
    refreshKnownFields();
    refreshVersions();
    refreshUsage();
}

void PromptPanel::refreshTemplateChoices()
{
    m_showing = true;
    m_templateCombo->clear();
    if (m_graph) {
        for (const PromptTemplate &t : m_graph->templates()) {
            m_templateCombo->addItem(t.name.isEmpty() ? tr("Untitled template") : t.name,
                                     t.id.toString(QUuid::WithoutBraces));
            if (t.id == m_templateId)
                m_templateCombo->setCurrentIndex(m_templateCombo->count() - 1);
        }
    }
    const PromptTemplate *t = currentTemplate();
    if (t && !m_nameEdit->hasFocus())
        m_nameEdit->setText(t->name);
    m_showing = false;
}

void PromptPanel::showTemplateText()
{
    const PromptTemplate *t = currentTemplate();
    const QString system = t ? t->system : QString();
    const QString user = t ? t->user : QString();
    m_showing = true;
    // Text equal to the graph's is left alone, keeping the cursor and the editor's own undo.
    if (m_systemEditor->toPlainText() != system)
        m_systemEditor->setPlainText(system);
    if (m_userEditor->toPlainText() != user)
        m_userEditor->setPlainText(user);
    m_showing = false;
    m_systemEditor->setEnabled(t != nullptr);
    m_userEditor->setEnabled(t != nullptr);
    m_commitTimer.stop();
    refreshDiff();
    scheduleRender();
}

void PromptPanel::refreshKnownFields()
{
    QList<QPair<QString, QString>> fields;
    if (m_graph && m_graph->contains(m_stageId)) {
        for (const auto &[field, source] : m_graph->fieldSourcesAt(m_stageId)) {
            const Stage *from = m_graph->stage(source);
            fields.append({field, from ? from->name : QString()});
        }
    }
    if (fields != m_userEditor->knownFields()) {
        m_userEditor->setKnownFields(fields);
        m_systemEditor->setKnownFields(fields);
    }
}

void PromptPanel::refreshUsage()
{
    QStringList others;
    if (m_graph && !m_templateId.isNull()) {
        for (const Stage &s : m_graph->stages()) {
            if (s.id != m_stageId &&
                QUuid::fromString(s.settings.value(QStringLiteral("template")).toString()) ==
                    m_templateId)
                others.append(s.name);
        }
    }
    m_usage->setText(others.isEmpty() ? QString()
                                      : tr("Also used by %1: edits here change their prompts too.")
                                            .arg(QLocale().createSeparatedList(others)));
    m_usage->setVisible(!others.isEmpty());
}

void PromptPanel::refreshVersions()
{
    const PromptTemplate *t = currentTemplate();
    const int selected = selectedVersion();
    m_versions->clear();
    if (!t)
        return;
    const PromptVersion *current = t->currentVersion();
    QList<PromptVersion> versions = t->versions;
    std::sort(versions.begin(), versions.end(),
              [](const PromptVersion &a, const PromptVersion &b) { return a.number > b.number; });
    for (const PromptVersion &v : std::as_const(versions)) {
        auto *item = new QTreeWidgetItem(m_versions);
        item->setText(0, current && current->number == v.number ? tr("v%1 (current)").arg(v.number)
                                                                : tr("v%1").arg(v.number));
        item->setText(1, QLocale().toString(v.savedAt.toLocalTime(), QLocale::ShortFormat));
        item->setText(2, v.note);
        item->setData(0, versionRole, v.number);
        if (v.number == selected)
            m_versions->setCurrentItem(item);
    }
    if (!m_versions->currentItem() && m_versions->topLevelItemCount() > 0)
        m_versions->setCurrentItem(m_versions->topLevelItem(0));
    refreshDiff();
}

int PromptPanel::selectedVersion() const
{
    const QTreeWidgetItem *item = m_versions->currentItem();
    return item ? item->data(0, versionRole).toInt() : 0;
}

void PromptPanel::refreshDiff()
{
    const PromptTemplate *t = currentTemplate();
    const int number = selectedVersion();
    const PromptVersion *version = nullptr;
    if (t) {
        for (const PromptVersion &v : t->versions) {
            if (v.number == number)
                version = &v;
        }
    }
    m_restoreButton->setEnabled(version != nullptr);
    m_diffLeft->clear();
    m_diffRight->clear();
    if (!version) {
        m_diffTitle->setText(t && t->versions.isEmpty()
                                 ? tr("No saved versions yet. Save one to compare later edits "
                                      "with it; every run saves the text it uses.")
                                 : QString());
        return;
    }
    m_diffTitle->setText(tr("v%1 (left) compared with the current text (right)").arg(number));

    // Rows of both sides, aligned; a section header for each part.
    QStringList left;
    QStringList right;
    QList<TextDiff::Row::Kind> kinds; // per row; Same for headers
    QList<int> headers;
    const auto addPart = [&](const QString &title, const QString &before, const QString &after) {
        headers.append(int(left.size()));
        left.append(title);
        right.append(title);
        kinds.append(TextDiff::Row::Same);
        const QStringList a = before.split(QLatin1Char('\n'));
        const QStringList b = after.split(QLatin1Char('\n'));
        for (const TextDiff::Row &row : TextDiff::sideBySide(a, b)) {
            left.append(row.left >= 0 ? a.at(row.left) : QString());
            right.append(row.right >= 0 ? b.at(row.right) : QString());
            kinds.append(row.kind);
        }
    };
    addPart(tr("── system ──"), version->system, m_systemEditor->toPlainText());
    addPart(tr("── user ──"), version->user, m_userEditor->toPlainText());
    m_diffLeft->setPlainText(left.join(QLatin1Char('\n')));
    m_diffRight->setPlainText(right.join(QLatin1Char('\n')));

    const QPalette pal = palette();
    const QColor removed = tint(pal, QColor(0xd1, 0x34, 0x38));
    const QColor added = tint(pal, QColor(0x10, 0x7c, 0x10));
    const QColor changed = tint(pal, QColor(0xc1, 0x9c, 0x00));
    const auto mark = [&](QPlainTextEdit *edit, bool leftSide) {
        QList<QTextEdit::ExtraSelection> selections;
        QTextBlock block = edit->document()->firstBlock();
        for (int row = 0; block.isValid() && row < kinds.size(); ++row, block = block.next()) {
            const TextDiff::Row::Kind kind = kinds.at(row);
            QColor colour;
            if (headers.contains(row)) {
                QTextEdit::ExtraSelection header;
                header.cursor = QTextCursor(block);
                header.format.setFontWeight(QFont::Bold);
                header.format.setForeground(pal.color(QPalette::PlaceholderText));
                header.format.setProperty(QTextFormat::FullWidthSelection, true);
                selections.append(header);
                continue;
            }
            if (kind == TextDiff::Row::Changed)
                colour = changed;
            else if (kind == TextDiff::Row::Removed)
                colour = leftSide ? removed : pal.color(QPalette::AlternateBase);
            else if (kind == TextDiff::Row::Added)
                colour = leftSide ? pal.color(QPalette::AlternateBase) : added;
            if (!colour.isValid())
                continue;
            QTextEdit::ExtraSelection selection;
            selection.cursor = QTextCursor(block);
            selection.format.setBackground(colour);
            selection.format.setProperty(QTextFormat::FullWidthSelection, true);
            selections.append(selection);
        }
        edit->setExtraSelections(selections);
    };
    mark(m_diffLeft, true);
    mark(m_diffRight, false);
}

void PromptPanel::scheduleCommit()
{
    m_commitTimer.start();
}

void PromptPanel::commitPendingEdits()
{
    if (m_commitTimer.isActive())
        commitText();
    if (m_nameEdit->isModified())
        commitName();
}

void PromptPanel::commitText()
{
    m_commitTimer.stop();
    const PromptTemplate *t = currentTemplate();
    if (!t || !m_document)
        return;
    const QString system = m_systemEditor->toPlainText();
    const QString user = m_userEditor->toPlainText();
    QUndoStack *stack = m_document->undoStack();
    if (t->system != system)
        stack->push(new EditTemplateCommand(m_graph, m_templateId, TemplatePart::System, system));
    t = currentTemplate();
    if (t && t->user != user)
        stack->push(new EditTemplateCommand(m_graph, m_templateId, TemplatePart::User, user));
}

void PromptPanel::commitName()
{
    m_nameEdit->setModified(false);
    const PromptTemplate *t = currentTemplate();
    if (!t || !m_document)
        return;
    const QString name = m_nameEdit->text().trimmed();
    if (name.isEmpty() || name == t->name) {
        m_nameEdit->setText(t->name);
        return;
    }
    m_document->undoStack()->push(
        new EditTemplateCommand(m_graph, m_templateId, TemplatePart::Name, name));
}

void PromptPanel::chooseTemplate(int index)
{
    if (!m_document || !m_graph || !m_graph->contains(m_stageId))
        return;
    const QString id = m_templateCombo->itemData(index).toString();
    if (QUuid::fromString(id) == m_templateId)
        return;
    commitPendingEdits();
    m_document->undoStack()->push(
        new ChangeSettingCommand(m_graph, m_stageId, QStringLiteral("template"), id));
}

void PromptPanel::createTemplate()
{
    const Stage *stage = m_graph ? m_graph->stage(m_stageId) : nullptr;
    if (!m_document || !stage)
        return;
    commitPendingEdits();
    QStringList names;
    for (const PromptTemplate &t : m_graph->templates())
        names.append(t.name);
    QString name = tr("%1 prompt").arg(stage->name);
    for (int n = 2; names.contains(name); ++n)
        name = tr("%1 prompt %2").arg(stage->name).arg(n);
    // A stage with a built-in prompt (a rewrite's preset) starts from it.
    const std::optional<PromptTemplate> preset = Run::StageLogic::presetTemplate(*stage);
    const PromptTemplate created{QUuid::createUuid(),
                                 name,
                                 preset ? preset->system : QString(),
                                 preset ? preset->user : QString(),
                                 {}};
    QUndoStack *stack = m_document->undoStack();
    stack->beginMacro(tr("New template %1").arg(name));
    stack->push(new AddStagesCommand(m_graph, {}, {}, {created}));
    stack->push(new ChangeSettingCommand(m_graph, m_stageId, QStringLiteral("template"),
                                         created.id.toString(QUuid::WithoutBraces)));
    stack->endMacro();
    m_tabs->setCurrentIndex(0);
    m_userEditor->setFocus();
}

int PromptPanel::saveVersion(const QString &note)
{
    commitPendingEdits();
    if (!m_graph || !currentTemplate())
        return 0;
    return m_graph->saveTemplateVersion(m_templateId, note);
}

void PromptPanel::askForVersion()
{
    const PromptTemplate *t = currentTemplate();
    if (!t)
        return;
    commitPendingEdits();
    t = currentTemplate();
    if (const PromptVersion *current = t->currentVersion()) {
        m_diffTitle->setText(tr("The current text is saved already, as v%1.").arg(current->number));
        m_tabs->setCurrentIndex(2);
        return;
    }
    bool ok = false;
    const QString note = QInputDialog::getText(
        this, tr("Save Version"),
        tr("A note for version %1 (what changed, why):").arg(t->nextVersionNumber()),
        QLineEdit::Normal, QString(), &ok);
    if (!ok)
        return;
    saveVersion(note.trimmed());
    m_tabs->setCurrentIndex(2);
}

void PromptPanel::restoreSelectedVersion()
{
    const PromptTemplate *t = currentTemplate();
    const int number = selectedVersion();
    if (!t || !m_document || number <= 0)
        return;
    commitPendingEdits();
    t = currentTemplate();
    // Nothing is lost: text that was never saved becomes a version first.
    if (!t->currentVersion())
        m_graph->saveTemplateVersion(m_templateId, tr("Before restoring v%1").arg(number));
    t = currentTemplate();
    const auto found =
        std::find_if(t->versions.cbegin(), t->versions.cend(),
                     [number](const PromptVersion &v) { return v.number == number; });
    if (found == t->versions.cend())
        return;
    const PromptVersion version = *found;
    QUndoStack *stack = m_document->undoStack();
    stack->beginMacro(tr("Restore v%1 of %2").arg(number).arg(t->name));
    stack->push(
        new EditTemplateCommand(m_graph, m_templateId, TemplatePart::System, version.system));
    stack->push(new EditTemplateCommand(m_graph, m_templateId, TemplatePart::User, version.user));
    stack->endMacro();
}

// --- The rendered view ---------------------------------------------------------------------

void PromptPanel::loadRows()
{
    const quint64 generation = ++m_rowsGeneration;
    const QList<Stage> sources =
        m_graph && m_graph->contains(m_stageId) ? sourcesOf(*m_graph, m_stageId) : QList<Stage>{};
    if (sources.isEmpty()) {
        m_rows.clear();
        m_rowsError = m_graph && m_graph->contains(m_stageId)
                          ? tr("no source stage feeds this stage")
                          : QString();
        m_rowSpin->setRange(1, 1);
        m_rowSource->setText(m_rowsError);
        scheduleRender();
        emit rowsLoaded();
        return;
    }
    const Stage source = sources.first();
    const QString folder = m_document ? m_document->folder() : QString();
    // Reading a seed file may take a while: never on the GUI thread.
    auto *watcher = new QFutureWatcher<LoadedRows>(this);
    connect(watcher, &QFutureWatcher<LoadedRows>::finished, this, [this, watcher, source] {
        watcher->deleteLater();
        const LoadedRows loaded = watcher->result();
        if (loaded.generation != m_rowsGeneration)
            return;
        m_rows = loaded.rows;
        m_rowsError = loaded.error;
        const QSignalBlocker blocker(m_rowSpin);
        m_rowSpin->setRange(1, std::max(1, int(m_rows.size())));
        m_rowSource->setText(
            !m_rowsError.isEmpty()
                ? m_rowsError
                : tr("of %n from “%1”", nullptr, int(m_rows.size())).arg(source.name));
        scheduleRender();
        emit rowsLoaded();
    });
    watcher->setFuture(QtConcurrent::run([generation, source, folder] {
        LoadedRows loaded;
        loaded.generation = generation;
        QList<Run::Output> outputs;
        if (!Run::StageLogic::sourceOutputs(source, folder, &outputs, &loaded.error))
            return loaded;
        for (const Run::Output &output : std::as_const(outputs)) {
            if (loaded.rows.size() >= maxRows)
                break;
            loaded.rows.append(output.fields);
        }
        return loaded;
    }));
}

int PromptPanel::renderRow() const
{
    return m_rowSpin->value() - 1;
}

void PromptPanel::setRenderRow(int row)
{
    m_rowSpin->setValue(row + 1);
}

void PromptPanel::scheduleRender()
{
    m_renderTimer.start();
}

void PromptPanel::startRender()
{
    const Stage *stagePtr = m_graph ? m_graph->stage(m_stageId) : nullptr;
    const PromptTemplate *t = currentTemplate();
    if (!stagePtr || !t) {
        showRender({++m_renderGeneration, {}, {}, -1});
        return;
    }
    if (m_renderRunning) { // one at a time; the latest text is rendered next
        m_renderAgain = true;
        return;
    }
    Stage stage = *stagePtr;
    if (const StageType *type = m_graph->typeOf(m_stageId))
        stage.settings = type->settingsWithDefaults(stage.settings);
    PromptTemplate text = *t;
    text.system = m_systemEditor->toPlainText();
    text.user = m_userEditor->toPlainText();
    // Fields that stages between the source and this one add are not known before a run:
    // they show as «name».
    QJsonObject fields = m_rows.value(renderRow());
    for (const auto &[field, source] : m_graph->fieldSourcesAt(m_stageId)) {
        Q_UNUSED(source)
        if (!fields.contains(field))
            fields.insert(field, QStringLiteral("«%1»").arg(field));
    }
    const quint64 generation = ++m_renderGeneration;
    const QString systemTitle = tr("── system ──");
    const QString userTitle = tr("── user ──");
    m_renderRunning = true;
    m_renderWatcher.setFuture(QtConcurrent::run([=] {
        RenderResult result;
        result.generation = generation;
        QJsonArray examples;
        QString ignored;
        if (stage.type == QLatin1String("generate"))
            Run::StageLogic::fixedExamples(stage, &examples, &ignored);
        Llm::ChatRequest request;
        if (!Run::StageLogic::buildRequest(stage, &text,
                                           stage.settings.value(QStringLiteral("model")).toString(),
                                           fields, 0, examples, &request, &result.error))
            return result;
        QStringList parts;
        for (const Llm::ChatMessage &message : std::as_const(request.messages))
            parts.append((message.role == QLatin1String("system") ? systemTitle : userTitle) +
                         QLatin1Char('\n') + message.content);
        result.text = parts.join(QStringLiteral("\n\n"));
        result.tokens = Llm::LlmClient::estimatePromptTokens(request);
        return result;
    }));
}

void PromptPanel::showRender(const RenderResult &result)
{
    if (result.generation != m_renderGeneration)
        return;
    m_renderedTokens = result.tokens;
    if (!result.error.isEmpty()) {
        m_rendered->setPlainText(result.error);
        m_tokens->setText(tr("does not render"));
    } else {
        const int scroll = m_rendered->verticalScrollBar()->value();
        m_rendered->setPlainText(result.text);
        m_rendered->verticalScrollBar()->setValue(scroll);
        m_tokens->setText(result.tokens >= 0 ? tr("≈ %L1 tokens").arg(result.tokens) : QString());
    }
    emit rendered();
}

QString PromptPanel::renderedText() const
{
    return m_rendered->toPlainText();
}

} // namespace Seedbed
