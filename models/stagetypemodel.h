#pragma once

#include "models/stagetype.h"

#include <QAbstractItemModel>

namespace Seedbed {

/*! \brief The stage library as a two-level tree: categories, then the stage types in each.
    Drags carry the type id as \c application/x-seedbed-stage-type. */
class StageTypeModel : public QAbstractItemModel
{
    Q_OBJECT

public:
    static constexpr char mimeType[] = "application/x-seedbed-stage-type";
    enum Role { TypeIdRole = Qt::UserRole + 1, IconPathRole, CategoryRole };

    explicit StageTypeModel(QObject *parent = nullptr);

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QStringList mimeTypes() const override;
    QMimeData *mimeData(const QModelIndexList &indexes) const override;
    QHash<int, QByteArray> roleNames() const override;

    const StageType *typeAt(const QModelIndex &index) const;

private:
    static constexpr quintptr categoryNode = ~quintptr(0);
    QList<StageCategory> m_categories;
    QList<QList<const StageType *>> m_types;
};

} // namespace Seedbed
