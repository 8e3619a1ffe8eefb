#include "models/stagetypemodel.h"

#include "models/stageregistry.h"

#include <QIcon>
#include <QMimeData>

namespace Seedbed {

StageTypeModel::StageTypeModel(QObject *parent)
    : QAbstractItemModel(parent)
    , m_categories(StageRegistry::categories())
{
    for (StageCategory category : std::as_const(m_categories))
        m_types.append(StageRegistry::instance().typesIn(category));
}

QModelIndex StageTypeModel::index(int row, int column, const QModelIndex &parent) const
{
    if (!hasIndex(row, column, parent))
        return {};
    // Internal id: the category row for a type, categoryNode for a category.
    return createIndex(row, column, parent.isValid() ? quintptr(parent.row()) : categoryNode);
}

QModelIndex StageTypeModel::parent(const QModelIndex &child) const
{
    if (!child.isValid() || child.internalId() == categoryNode)
        return {};
    return createIndex(int(child.internalId()), 0, categoryNode);
}

int StageTypeModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return int(m_categories.size());
    if (parent.column() != 0 || parent.internalId() != categoryNode)
        return 0;
    return int(m_types.at(parent.row()).size());
}

int StageTypeModel::columnCount(const QModelIndex &) const
{
    return 1;
}

const StageType *StageTypeModel::typeAt(const QModelIndex &index) const
{
    if (!index.isValid() || index.internalId() == categoryNode)
        return nullptr;
    return m_types.at(qsizetype(index.internalId())).at(index.row());
}

QVariant StageTypeModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return {};
    if (index.internalId() == categoryNode) {
        const StageCategory category = m_categories.at(index.row());
        switch (role) {
        case Qt::DisplayRole:
            return categoryName(category);
        case CategoryRole:
            return int(category);
        default:
            return {};
        }
    }
    const StageType *type = typeAt(index);
    switch (role) {
    case Qt::DisplayRole:
        return type->displayName();
    case Qt::ToolTipRole:
        return type->description();
    case Qt::DecorationRole:
        return QIcon(type->icon);
    case TypeIdRole:
        return type->id;
    case IconPathRole:
        return type->icon;
    case CategoryRole:
        return int(type->category);
    default:
        return {};
    }
}

Qt::ItemFlags StageTypeModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    if (index.internalId() == categoryNode)
        return Qt::ItemIsEnabled;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsDragEnabled |
           Qt::ItemNeverHasChildren;
}

QStringList StageTypeModel::mimeTypes() const
{
    return {QLatin1String(mimeType)};
}

QMimeData *StageTypeModel::mimeData(const QModelIndexList &indexes) const
{
    for (const QModelIndex &index : indexes) {
        if (const StageType *type = typeAt(index)) {
            auto *mime = new QMimeData;
            mime->setData(QLatin1String(mimeType), type->id.toUtf8());
            return mime;
        }
    }
    return nullptr;
}

QHash<int, QByteArray> StageTypeModel::roleNames() const
{
    QHash<int, QByteArray> roles = QAbstractItemModel::roleNames();
    roles.insert(TypeIdRole, "typeId");
    roles.insert(IconPathRole, "iconPath");
    roles.insert(CategoryRole, "category");
    return roles;
}

} // namespace Seedbed
