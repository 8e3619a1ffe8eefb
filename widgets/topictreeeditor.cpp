#include "widgets/topictreeeditor.h"

#include "models/diversity/topicexpander.h"
#include "models/llm/credentialloader.h"
#include "models/llm/llmclient.h"
#include "models/pipelinegraph.h"
#include "models/run/stagelogic.h"

#include <QAbstractItemDelegate>
#include <QAction>
#include <QApplication>
#include <QGridLayout>
#include <QHeaderView>
#include <QLabel>
#include <QProgressBar>
#include <QSet>
#include <QStandardItemModel>
#include <QToolButton>
#include <QTreeView>
#include <QVBoxLayout>

#include <algorithm>
#include <functional>
#include <utility>

namespace Seedbed {

namespace {

constexpr int nameRole = Qt::UserRole + 1; // the committed name, for reverting a bad rename
constexpr int defaultDepth = 2;

QToolButton *createButton(QWidget *parent, const QString &name, const QString &text,
                          const QString &iconName)
{
    auto *button = new QToolButton(parent);
    button->setObjectName(name);
    button->setText(text);
    const QIcon icon = QIcon::fromTheme(iconName);
    button->setIcon(icon);
    button->setToolButtonStyle(icon.isNull() ? Qt::ToolButtonTextOnly
                                             : Qt::ToolButtonTextBesideIcon);
    button->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    return button;
}

} // namespace

TopicTreeEditor::TopicTreeEditor(const SettingDef &def, const Context &context, QWidget *parent)
    : SettingEditor(def, parent)
    , m_context(context)
    , m_view(new QTreeView(this))
    , m_model(new QStandardItemModel(this))
    , m_credentials(new Llm::CredentialLoader(this))
{
    auto *content = new QWidget(this);
    auto *layout = new QVBoxLayout(content);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);

    m_view->setModel(m_model);
    m_view->setHeaderHidden(true);
    m_view->setUniformRowHeights(true);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setMinimumHeight(180);
    m_view->setMaximumHeight(360);
    m_view->setContextMenuPolicy(Qt::ActionsContextMenu);
    layout->addWidget(m_view);

    // Shortcuts only while the tree has the focus: Del and Ins mean other things elsewhere.
    const auto makeAction = [this](const QString &name, const QString &text,
                                   const QString &iconName, const QKeySequence &shortcut,
                                   void (TopicTreeEditor::*slot)()) {
        auto *action = new QAction(QIcon::fromTheme(iconName), text, this);
        action->setObjectName(QStringLiteral("%1.%2").arg(key(), name));
        action->setShortcut(shortcut);
        action->setShortcutContext(Qt::WidgetShortcut);
        action->setToolTip(tr("%1 (%2)").arg(text, shortcut.toString(QKeySequence::NativeText)));
        connect(action, &QAction::triggered, this, slot);
        m_view->addAction(action);
        return action;
    };
    m_addChild =
        makeAction(QStringLiteral("addChild"), tr("Add subtopic"), QStringLiteral("list-add"),
                   QKeySequence(Qt::Key_Insert), &TopicTreeEditor::addChild);
    m_addSibling =
        makeAction(QStringLiteral("addSibling"), tr("Add topic beside"), QStringLiteral("list-add"),
                   QKeySequence(Qt::SHIFT | Qt::Key_Insert), &TopicTreeEditor::addSibling);
    m_rename = makeAction(QStringLiteral("rename"), tr("Rename"), QStringLiteral("edit-rename"),
                          QKeySequence(Qt::Key_F2), &TopicTreeEditor::renameSelected);
    m_remove =
        makeAction(QStringLiteral("remove"), tr("Delete topic"), QStringLiteral("edit-delete"),
                   QKeySequence(Qt::Key_Delete), &TopicTreeEditor::removeSelected);

    // Two rows of buttons at most, so that a narrow inspector does not scroll sideways.
    auto *buttons = new QGridLayout;
    buttons->setContentsMargins(0, 0, 0, 0);
    buttons->setSpacing(4);
    m_generate = createButton(content, QStringLiteral("%1.generate").arg(key()), tr("Generate"),
                              QStringLiteral("media-playback-start"));
    m_generate->setToolTip(tr("Asks the stage's model for the subtopics of every topic that "
                              "has none yet, down to the depth"));
    m_regenerate = createButton(content, QStringLiteral("%1.regenerate").arg(key()),
                                tr("Regenerate branch"), QStringLiteral("view-refresh"));
    m_regenerate->setToolTip(
        tr("Asks the model again for the subtopics of the selected topic, replacing its branch"));
    m_stop = createButton(content, QStringLiteral("%1.stop").arg(key()), tr("Stop"),
                          QStringLiteral("media-playback-stop"));
    m_stop->setToolTip(tr("Stops generating; the topics received so far are kept"));
    buttons->addWidget(m_generate, 0, 0);
    buttons->addWidget(m_regenerate, 0, 1);
    buttons->addWidget(m_stop, 0, 2);
    int column = 0;
    for (QAction *action : {m_addChild, m_addSibling, m_remove}) {
        auto *button = new QToolButton(content);
        button->setObjectName(action->objectName());
        button->setDefaultAction(action);
        button->setToolButtonStyle(action->icon().isNull() ? Qt::ToolButtonTextOnly
                                                           : Qt::ToolButtonTextBesideIcon);
        button->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
        buttons->addWidget(button, 1, column++);
    }
    layout->addLayout(buttons);

    m_progress = new QProgressBar(content);
    m_progress->setObjectName(QStringLiteral("%1.progress").arg(key()));
    m_progress->setFormat(tr("%v of about %m requests"));
    m_progress->hide();
    layout->addWidget(m_progress);

    m_counts = new QLabel(content);
    m_counts->setObjectName(QStringLiteral("%1.counts").arg(key()));
    m_counts->setWordWrap(true);
    layout->addWidget(m_counts);

    m_message = new QLabel(content);
    m_message->setObjectName(QStringLiteral("%1.message").arg(key()));
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_message->hide();
    layout->addWidget(m_message);

    setInput(m_view, content);

    connect(m_generate, &QToolButton::clicked, this, &TopicTreeEditor::generate);
    connect(m_regenerate, &QToolButton::clicked, this, &TopicTreeEditor::regenerateSelected);
    connect(m_stop, &QToolButton::clicked, this, &TopicTreeEditor::stop);
    connect(m_model, &QStandardItemModel::itemChanged, this, &TopicTreeEditor::itemChanged);
    // An added topic is committed when its name editor closes, renamed or not: one step.
    connect(m_view->itemDelegate(), &QAbstractItemDelegate::closeEditor, this,
            [this] { emitIfChanged(); });
    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this] { updateState(); });
    if (m_context.graph) {
        connect(m_context.graph, &PipelineGraph::stageSettingChanged, this,
                [this](const QUuid &id, const QString &setting) {
                    if (id != m_context.stage || setting == key())
                        return;
                    if (setting == QLatin1String("root")) {
                        m_rootName = rootSubject();
                        if (QStandardItem *root = rootItem()) {
                            const bool wasRebuilding = std::exchange(m_rebuilding, true);
                            root->setText(m_rootName.isEmpty() ? tr("(no root subject yet)")
                                                               : m_rootName);
                            root->setData(m_rootName, nameRole);
                            m_rebuilding = wasRebuilding;
                        }
                    }
                    updateState();
                });
    }

    m_rootName = rootSubject();
    rebuild(Diversity::TopicTree::fromSetting(QVariant(), m_rootName));
}

TopicTreeEditor::~TopicTreeEditor()
{
    // The graph may be gone already (the inspector's form is deleted later than the document):
    // stop what runs without refreshing anything from it.
    m_credentials->cancel();
    if (m_expander) {
        m_expander->disconnect(this);
        delete m_expander; // cancels what is in flight
    }
}

QVariantMap TopicTreeEditor::stageSettings() const
{
    const Stage *stage = m_context.graph ? m_context.graph->stage(m_context.stage) : nullptr;
    if (!stage)
        return m_context.type ? m_context.type->defaultSettings() : QVariantMap();
    return m_context.type ? m_context.type->settingsWithDefaults(stage->settings) : stage->settings;
}

QString TopicTreeEditor::rootSubject() const
{
    return stageSettings().value(QStringLiteral("root")).toString().trimmed();
}

QVariant TopicTreeEditor::value() const
{
    // The stored value itself when it holds the same tree (an empty default, a root named
    // differently): only real edits differ from it.
    const Diversity::TopicTree shown = tree();
    if (Diversity::TopicTree::fromSetting(current(), m_rootName) == shown)
        return current();
    return shown.toSetting();
}

Diversity::TopicTree TopicTreeEditor::tree() const
{
    const std::function<Diversity::TopicNode(const QStandardItem *)> read =
        [&read](const QStandardItem *item) {
            Diversity::TopicNode node{item->data(nameRole).toString(), {}};
            for (int row = 0; row < item->rowCount(); ++row)
                node.children.append(read(item->child(row)));
            return node;
        };
    Diversity::TopicTree result;
    if (QStandardItem *root = rootItem())
        result.root = read(root);
    result.root.name = m_rootName;
    return result;
}

void TopicTreeEditor::showValue(const QVariant &value)
{
    // Undo, redo or another change of the stored tree: a generation would overwrite it.
    abandonGeneration();
    rebuild(Diversity::TopicTree::fromSetting(value, m_rootName));
}

void TopicTreeEditor::flushInput()
{
    QWidget *focus = QApplication::focusWidget();
    if (focus && m_view->viewport()->isAncestorOf(focus)) {
        // A name being typed: hand it over; its itemChanged() commits it. (This also runs
        // when the name editor takes the focus from the tree; its text is unchanged then.)
        QMetaObject::invokeMethod(m_view, "commitData", Q_ARG(QWidget *, focus));
        return;
    }
    emitIfChanged(); // an added topic whose name editor never opened
}

void TopicTreeEditor::rebuild(const Diversity::TopicTree &tree)
{
    // Keep what the user had open and selected, by path.
    QSet<QStringList> expanded;
    const std::function<void(QStandardItem *)> collect = [&](QStandardItem *item) {
        if (m_view->isExpanded(item->index()))
            expanded.insert(pathOf(item));
        for (int row = 0; row < item->rowCount(); ++row)
            collect(item->child(row));
    };
    if (QStandardItem *root = rootItem())
        collect(root);
    const QStringList selected = pathOf(selectedItem());

    const bool wasRebuilding = std::exchange(m_rebuilding, true);
    m_model->clear();
    const std::function<QStandardItem *(const Diversity::TopicNode &)> make =
        [&make](const Diversity::TopicNode &node) {
            auto *item = new QStandardItem(node.name);
            item->setData(node.name, nameRole);
            for (const Diversity::TopicNode &child : node.children)
                item->appendRow(make(child));
            return item;
        };
    QStandardItem *root = make(tree.root);
    root->setText(m_rootName.isEmpty() ? tr("(no root subject yet)") : m_rootName);
    root->setData(m_rootName, nameRole);
    root->setEditable(false); // renamed through the Root subject setting
    QFont font = root->font();
    font.setBold(true);
    root->setFont(font);
    m_model->appendRow(root);
    m_rebuilding = wasRebuilding;

    m_view->expand(root->index());
    for (const QStringList &path : std::as_const(expanded)) {
        if (QStandardItem *item = itemAt(path))
            m_view->expand(item->index());
    }
    if (!select(selected))
        m_view->setCurrentIndex(root->index());
    updateState();
}

QStandardItem *TopicTreeEditor::rootItem() const
{
    return m_model->item(0);
}

QStandardItem *TopicTreeEditor::selectedItem() const
{
    const QModelIndex index = m_view->currentIndex();
    return index.isValid() ? m_model->itemFromIndex(index) : nullptr;
}

QStringList TopicTreeEditor::pathOf(const QStandardItem *item) const
{
    QStringList path;
    for (; item; item = item->parent())
        path.prepend(item->data(nameRole).toString());
    return path;
}

QStandardItem *TopicTreeEditor::itemAt(const QStringList &path) const
{
    QStandardItem *item = rootItem();
    if (!item || path.isEmpty())
        return nullptr;
    for (qsizetype i = 1; i < path.size(); ++i) {
        QStandardItem *next = nullptr;
        for (int row = 0; row < item->rowCount() && !next; ++row) {
            if (item->child(row)->data(nameRole).toString() == path.at(i))
                next = item->child(row);
        }
        if (!next)
            return nullptr;
        item = next;
    }
    return item;
}

bool TopicTreeEditor::select(const QStringList &path)
{
    QStandardItem *item = itemAt(path);
    if (!item)
        return false;
    m_view->setCurrentIndex(item->index());
    m_view->scrollTo(item->index());
    return true;
}

void TopicTreeEditor::itemChanged(QStandardItem *item)
{
    // A window closing (the application quitting) commits an open name editor: too late to
    // make it an undo step.
    if (m_rebuilding || item == rootItem() || window()->testAttribute(Qt::WA_WState_Hidden))
        return;
    const QString old = item->data(nameRole).toString();
    const QString name = item->text().trimmed();
    QString problem;
    if (name.isEmpty()) {
        problem = tr("A topic needs a name; “%1” keeps its own.").arg(old);
    } else if (QStandardItem *parent = item->parent()) {
        for (int row = 0; row < parent->rowCount(); ++row) {
            const QStandardItem *sibling = parent->child(row);
            if (sibling != item &&
                sibling->data(nameRole).toString().toCaseFolded() == name.toCaseFolded()) {
                problem = tr("“%1” already has a subtopic named “%2”.")
                              .arg(parent->data(nameRole).toString(), name);
                break;
            }
        }
    }
    const bool wasRebuilding = std::exchange(m_rebuilding, true);
    if (problem.isEmpty()) {
        item->setText(name);
        item->setData(name, nameRole);
    } else {
        item->setText(old);
    }
    m_rebuilding = wasRebuilding;
    if (!problem.isEmpty()) {
        showMessage(problem, true);
        return;
    }
    showMessage({}, false);
    emitIfChanged();
    updateState();
}

QStandardItem *TopicTreeEditor::insertTopic(QStandardItem *parent, int row)
{
    QSet<QString> taken;
    for (int i = 0; i < parent->rowCount(); ++i)
        taken.insert(parent->child(i)->data(nameRole).toString().toCaseFolded());
    QString name = tr("New topic");
    for (int n = 2; taken.contains(name.toCaseFolded()); ++n)
        name = tr("New topic %1").arg(n);
    auto *item = new QStandardItem(name);
    item->setData(name, nameRole);
    const bool wasRebuilding = std::exchange(m_rebuilding, true);
    parent->insertRow(row, item);
    m_rebuilding = wasRebuilding;
    m_view->expand(parent->index());
    m_view->setCurrentIndex(item->index());
    m_view->scrollTo(item->index());
    // Named in place; edited() follows when the name editor closes. Without an editor (a
    // hidden view), at once.
    m_view->edit(item->index());
    if (!m_view->indexWidget(item->index()))
        emitIfChanged();
    updateState();
    return item;
}

void TopicTreeEditor::addChild()
{
    if (isGenerating())
        return;
    QStandardItem *parent = selectedItem();
    if (!parent)
        parent = rootItem();
    if (parent)
        insertTopic(parent, parent->rowCount());
}

void TopicTreeEditor::addSibling()
{
    if (isGenerating())
        return;
    QStandardItem *item = selectedItem();
    if (!item || !item->parent()) {
        addChild(); // the root has no siblings: a topic below it
        return;
    }
    insertTopic(item->parent(), item->row() + 1);
}

void TopicTreeEditor::removeSelected()
{
    QStandardItem *item = selectedItem();
    if (isGenerating() || !item || !item->parent())
        return;
    QStandardItem *parent = item->parent();
    const int row = item->row();
    const bool wasRebuilding = std::exchange(m_rebuilding, true);
    parent->removeRow(row);
    m_rebuilding = wasRebuilding;
    // The next topic, else the one before, else the parent: Del can be pressed repeatedly.
    QStandardItem *next = parent->child(std::min(row, parent->rowCount() - 1));
    m_view->setCurrentIndex((next ? next : parent)->index());
    emitIfChanged();
    updateState();
}

void TopicTreeEditor::renameSelected()
{
    QStandardItem *item = selectedItem();
    if (!isGenerating() && item && item->parent())
        m_view->edit(item->index());
}

void TopicTreeEditor::generate()
{
    startGeneration({});
}

void TopicTreeEditor::regenerateSelected()
{
    QStandardItem *item = selectedItem();
    startGeneration(pathOf(item ? item : rootItem()));
}

bool TopicTreeEditor::isGenerating() const
{
    return m_loadingKeys || m_expander;
}

void TopicTreeEditor::startGeneration(const QStringList &branch)
{
    if (isGenerating())
        return;
    commit();
    const Stage *stored = m_context.graph ? m_context.graph->stage(m_context.stage) : nullptr;
    if (!stored) {
        showMessage(tr("This tree belongs to no stage of the project; it cannot be generated."),
                    true);
        return;
    }
    if (m_rootName.isEmpty()) {
        showMessage(tr("Set the root subject first: the tree grows from it."), true);
        emit generationFinished(m_message->text());
        return;
    }
    Stage stage = *stored;
    stage.settings = stageSettings();
    m_loadingKeys = true;
    showMessage(tr("Reading the provider profile and its key…"), false);
    updateState();
    // The callback may run before load() returns (nothing to read from the keychain).
    m_credentials->load({stage}, [this, stage,
                                  branch](const Llm::CredentialLoader::Result &result) {
        m_loadingKeys = false;
        QString error;
        Llm::ProviderProfile profile;
        QString model;
        QByteArray apiKey;
        if (!result.ok()) {
            error = result.outcome == Llm::CredentialLoader::Result::Outcome::NoProfile
                        ? tr("Cannot generate: the stage has no way to reach a model. %1")
                              .arg(result.problems.join(QLatin1Char(' ')))
                        : tr("Cannot generate: the key of the provider profile could not be "
                             "read. %1")
                              .arg(result.problems.join(QLatin1Char(' ')));
        } else if (!Run::StageLogic::resolveProvider(stage, result.profiles, result.keys, {}, {},
                                                     &profile, &model, &apiKey, &error)) {
            error = tr("Cannot generate: %1").arg(error);
        } else if (model.isEmpty()) {
            error = tr("Cannot generate: the provider profile “%1” names no model; choose one "
                       "in Model.")
                        .arg(profile.name);
        }
        if (!error.isEmpty()) {
            showMessage(error, true);
            updateState();
            emit generationFinished(error);
            return;
        }
        if (!m_client)
            m_client = new Llm::LlmClient(this);
        m_expander = new Diversity::TopicExpander(m_client, profile, apiKey, model, stage, this);
        connect(m_expander, &Diversity::TopicExpander::progress, this, [this](int done, int total) {
            m_progress->setRange(0, std::max(total, 1));
            m_progress->setValue(done);
        });
        connect(m_expander, &Diversity::TopicExpander::finished, this,
                &TopicTreeEditor::generationDone);
        const int depth = stage.settings.value(QStringLiteral("depth"), defaultDepth).toInt();
        m_progress->setRange(0, 0);
        showMessage(tr("Asking %1 for subtopics…").arg(model), false);
        if (branch.isEmpty())
            m_expander->expand(tree(), depth);
        else
            m_expander->regenerate(tree(), branch, depth);
        updateState();
    });
}

void TopicTreeEditor::generationDone(const Diversity::TopicTree &grown, const QString &error)
{
    if (m_expander) {
        m_expander->disconnect(this);
        m_expander->deleteLater();
        m_expander = nullptr;
    }
    rebuild(grown);
    emitIfChanged(); // the whole generation is one undo step
    const bool stopped = error.startsWith(tr("Stopped"));
    showMessage(error, !stopped);
    updateState();
    emit generationFinished(error);
}

void TopicTreeEditor::stop()
{
    if (m_loadingKeys) {
        m_credentials->cancel();
        m_loadingKeys = false;
        showMessage(tr("Stopped."), false);
        updateState();
        emit generationFinished(m_message->text());
        return;
    }
    if (m_expander)
        m_expander->cancel(); // finished() follows with what arrived
}

void TopicTreeEditor::abandonGeneration()
{
    m_credentials->cancel();
    m_loadingKeys = false;
    if (m_expander) {
        m_expander->disconnect(this);
        delete m_expander; // cancels what is in flight
        showMessage({}, false);
    }
    if (m_progress)
        updateState();
}

void TopicTreeEditor::showMessage(const QString &text, bool error)
{
    m_message->setText(text);
    m_message->setStyleSheet(error ? QStringLiteral("color: #d13438;") : QString());
    m_message->setVisible(!text.isEmpty());
}

QString TopicTreeEditor::countText() const
{
    return m_counts->text();
}

QString TopicTreeEditor::messageText() const
{
    return m_message->isVisible() ? m_message->text() : QString();
}

void TopicTreeEditor::updateState()
{
    const bool generating = isGenerating();
    const QVariantMap settings = stageSettings();
    const int depth = settings.value(QStringLiteral("depth"), defaultDepth).toInt();
    QStandardItem *item = selectedItem();
    const bool topic = item && item->parent(); // not the root
    const int level = int(pathOf(item).size()) - 1;

    m_view->setEditTriggers(generating ? QAbstractItemView::NoEditTriggers
                                       : QAbstractItemView::DoubleClicked |
                                             QAbstractItemView::EditKeyPressed);
    m_addChild->setEnabled(!generating);
    m_addSibling->setEnabled(!generating);
    m_remove->setEnabled(!generating && topic);
    m_rename->setEnabled(!generating && topic);
    m_generate->setEnabled(!generating);
    m_regenerate->setEnabled(!generating && item && level < depth);
    m_stop->setEnabled(generating);
    m_progress->setVisible(generating);

    const Diversity::TopicTree shown = tree();
    const bool everyNode =
        settings.value(QStringLiteral("emit")).toString() == QLatin1String("nodes");
    const int records = everyNode ? shown.topicCount() : shown.leafCount();
    const QString topics =
        everyNode ? tr("%n topic(s)", nullptr, records) : tr("%n leaf topic(s)", nullptr, records);
    QString counts = tr("%1 → %2").arg(topics, tr("%n record(s)", nullptr, records));
    if (shown.root.children.isEmpty()) {
        counts = tr("No topics yet: Generate grows them from the root subject, or add them by "
                    "hand (Ins).");
    } else if (const int missing = int(shown.unexpanded(depth).size()); missing > 0) {
        counts = tr("%1 · %2").arg(
            counts, tr("%n topic(s) not yet expanded to the depth", nullptr, missing));
    }
    m_counts->setText(counts);
}

} // namespace Seedbed
