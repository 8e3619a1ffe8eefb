#include "widgets/stagepalette.h"

#include "models/stagetypemodel.h"

#include <QEvent>
#include <QFont>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QSortFilterProxyModel>
#include <QTreeView>
#include <QVBoxLayout>

namespace Seedbed {

namespace {

// Matches stage types by name, description or id; a category stays visible while one of
// its types matches (recursive filtering), and is shown in bold.
class StageFilterModel final : public QSortFilterProxyModel
{
public:
    explicit StageFilterModel(QObject *parent)
        : QSortFilterProxyModel(parent)
    {
        setRecursiveFilteringEnabled(true);
        setFilterCaseSensitivity(Qt::CaseInsensitive);
    }

    void setText(const QString &text)
    {
        m_text = text;
        invalidateFilter();
    }

    QVariant data(const QModelIndex &index, int role) const override
    {
        if (role == Qt::FontRole && index.isValid() && !index.parent().isValid()) {
            QFont font;
            font.setBold(true);
            return font;
        }
        return QSortFilterProxyModel::data(index, role);
    }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override
    {
        if (!sourceParent.isValid())
            return false; // categories are shown through their matching types
        if (m_text.isEmpty())
            return true;
        const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
        for (int role :
             {int(Qt::DisplayRole), int(Qt::ToolTipRole), int(StageTypeModel::TypeIdRole)}) {
            if (index.data(role).toString().contains(m_text, Qt::CaseInsensitive))
                return true;
        }
        return false;
    }

private:
    QString m_text;
};

} // namespace

StagePalette::StagePalette(QWidget *parent)
    : QWidget(parent)
    , m_search(new QLineEdit(this))
    , m_tree(new QTreeView(this))
    , m_empty(new QLabel(this))
    , m_model(new StageTypeModel(this))
    , m_proxy(new StageFilterModel(this))
{
    m_proxy->setSourceModel(m_model);

    m_search->setObjectName(QStringLiteral("paletteSearch"));
    m_search->setPlaceholderText(tr("Search stages"));
    m_search->setAccessibleName(tr("Search stages"));
    m_search->setClearButtonEnabled(true);
    m_search->addAction(QIcon::fromTheme(QStringLiteral("edit-find"),
                                         style()->standardIcon(QStyle::SP_FileDialogContentsView)),
                        QLineEdit::LeadingPosition);
    m_search->installEventFilter(this);

    m_tree->setObjectName(QStringLiteral("paletteTree"));
    m_tree->setAccessibleName(tr("Stage types"));
    m_tree->setModel(m_proxy);
    m_tree->setHeaderHidden(true);
    m_tree->setUniformRowHeights(true);
    m_tree->setIconSize(QSize(20, 20));
    m_tree->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_tree->setSelectionMode(QAbstractItemView::SingleSelection);
    m_tree->setDragEnabled(true);
    m_tree->setDragDropMode(QAbstractItemView::DragOnly);
    m_tree->setExpandsOnDoubleClick(false); // double-click adds a type; categories stay open
    m_tree->installEventFilter(this);
    m_tree->expandAll();

    m_empty->setObjectName(QStringLiteral("paletteEmpty"));
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    m_empty->setForegroundRole(QPalette::PlaceholderText);
    m_empty->hide();

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->setSpacing(4);
    layout->addWidget(m_search);
    layout->addWidget(m_tree, 1);
    layout->addWidget(m_empty);
    layout->addStretch(0);

    connect(m_search, &QLineEdit::textChanged, this, &StagePalette::applyFilter);
    connect(m_search, &QLineEdit::returnPressed, this, [this] { requestAdd(firstType()); });
    connect(m_tree, &QTreeView::doubleClicked, this, &StagePalette::requestAdd);
}

void StagePalette::setFilterText(const QString &text)
{
    m_search->setText(text); // applies the filter through textChanged
}

QString StagePalette::filterText() const
{
    return m_search->text();
}

void StagePalette::focusSearch()
{
    m_search->setFocus(Qt::ShortcutFocusReason);
    m_search->selectAll();
}

void StagePalette::applyFilter()
{
    const QString text = m_search->text().trimmed();
    static_cast<StageFilterModel *>(m_proxy)->setText(text);
    m_tree->expandAll();
    const bool none = m_proxy->rowCount() == 0;
    m_empty->setText(none ? tr("No stage matches \"%1\".").arg(text) : QString());
    m_empty->setVisible(none);
    m_tree->setVisible(!none);
}

QModelIndex StagePalette::firstType() const
{
    for (int row = 0; row < m_proxy->rowCount(); ++row) {
        const QModelIndex category = m_proxy->index(row, 0);
        if (m_proxy->rowCount(category) > 0)
            return m_proxy->index(0, 0, category);
    }
    return {};
}

void StagePalette::requestAdd(const QModelIndex &index)
{
    const QString typeId = index.data(StageTypeModel::TypeIdRole).toString();
    if (!typeId.isEmpty())
        emit addRequested(typeId);
}

bool StagePalette::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if (watched == m_tree && (key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter)) {
            const QModelIndex current = m_tree->currentIndex();
            if (current.isValid() && current.parent().isValid()) {
                requestAdd(current);
                return true;
            }
        } else if (watched == m_search && key->key() == Qt::Key_Down) {
            // From the search field straight into the results.
            const QModelIndex first = firstType();
            if (first.isValid()) {
                m_tree->setFocus(Qt::TabFocusReason);
                m_tree->setCurrentIndex(first);
                return true;
            }
        }
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace Seedbed
