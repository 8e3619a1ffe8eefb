#pragma once

#include "models/diversity/topictree.h"
#include "widgets/settingeditors.h"

#include <QPointer>

class QAction;
class QLabel;
class QProgressBar;
class QStandardItem;
class QStandardItemModel;
class QToolButton;
class QTreeView;

namespace Seedbed {

namespace Diversity {
class TopicExpander;
}
namespace Llm {
class CredentialLoader;
class LlmClient;
} // namespace Llm

/*! \brief The editor of a topic_tree stage's "tree" setting, in the inspector: the stored
    tree in a QTreeView, edited by hand (rename with F2 or a double click, Del deletes a
    topic with its branch, Ins adds a subtopic, Shift+Ins a topic beside the selected one),
    and grown by the model: Generate expands what is missing down to the stage's depth,
    Regenerate branch asks again for the subtopics of the selected topic; both show their
    progress and can be stopped.

    Every change, a whole generation included, is one edited() and so one undo step; the
    root is the stage's "Root subject" and is renamed there. Shortcuts act only while the
    tree has the focus. Failures (no provider profile, a refused key, an answer without a
    list) are shown in words beneath the tree; editing by hand needs no model at all. */
class TopicTreeEditor : public SettingEditor
{
    Q_OBJECT

public:
    /*! \a context.graph and \a context.stage name the stage whose settings (root, depth,
        branching, provider…) the editor reads; the graph must outlive the editor. */
    TopicTreeEditor(const SettingDef &def, const Context &context, QWidget *parent = nullptr);
    ~TopicTreeEditor() override;

    QVariant value() const override;
    /*! The tree as shown (edits not yet emitted included). */
    Diversity::TopicTree tree() const;
    QTreeView *view() const { return m_view; }

    /*! Expands every topic that has no subtopics yet, down to the stage's depth. */
    void generate();
    /*! Replaces the subtopics of the selected topic (the whole tree for the root). */
    void regenerateSelected();
    /*! Stops a generation; what arrived so far is kept (one undo step). */
    void stop();
    bool isGenerating() const;

    void addChild();
    void addSibling();
    void removeSelected();
    void renameSelected();
    /*! Selects the topic at \a path (names from the root); false when there is none. */
    bool select(const QStringList &path);

    /*! "n leaves → n records", as shown. */
    QString countText() const;
    /*! The last failure or notice, as shown; empty when none. */
    QString messageText() const;

signals:
    /*! A generation ended (\a error empty when it went through). */
    void generationFinished(const QString &error);

protected:
    void showValue(const QVariant &value) override;
    void flushInput() override;

private:
    QVariantMap stageSettings() const;
    QString rootSubject() const;
    void rebuild(const Diversity::TopicTree &tree);
    QStandardItem *rootItem() const;
    QStandardItem *selectedItem() const;
    QStringList pathOf(const QStandardItem *item) const;
    QStandardItem *itemAt(const QStringList &path) const;
    void itemChanged(QStandardItem *item);
    QStandardItem *insertTopic(QStandardItem *parent, int row);
    void startGeneration(const QStringList &branch);
    void generationDone(const Diversity::TopicTree &tree, const QString &error);
    void abandonGeneration();
    void showMessage(const QString &text, bool error);
    void updateState();

    Context m_context;
    QTreeView *m_view = nullptr;
    QStandardItemModel *m_model = nullptr;
    QString m_rootName;
    QToolButton *m_generate = nullptr;
    QToolButton *m_regenerate = nullptr;
    QToolButton *m_stop = nullptr;
    QAction *m_addChild = nullptr;
    QAction *m_addSibling = nullptr;
    QAction *m_remove = nullptr;
    QAction *m_rename = nullptr;
    QProgressBar *m_progress = nullptr;
    QLabel *m_counts = nullptr;
    QLabel *m_message = nullptr;
    bool m_rebuilding = false;
    bool m_loadingKeys = false;

    Llm::CredentialLoader *m_credentials = nullptr;
    Llm::LlmClient *m_client = nullptr; // made on the first generation
    QPointer<Diversity::TopicExpander> m_expander;
};

} // namespace Seedbed
