#pragma once

#include <QWidget>

class QLabel;
class QLineEdit;
class QModelIndex;
class QSortFilterProxyModel;
class QTreeView;

namespace Seedbed {

class StageTypeModel;

/*! \brief The stage library: a search field over the stage types, grouped by category.
    Types are dragged onto the canvas (the model provides the mime data), or added with a
    double-click or Enter, which emit addRequested(). */
class StagePalette : public QWidget
{
    Q_OBJECT

public:
    explicit StagePalette(QWidget *parent = nullptr);

    /*! Shows only the types whose name, description or id contains \a text (any case). */
    void setFilterText(const QString &text);
    QString filterText() const;
    /*! Moves the keyboard focus to the search field and selects its text. */
    void focusSearch();

    QTreeView *view() const { return m_tree; }

signals:
    void addRequested(const QString &typeId);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void applyFilter();
    void requestAdd(const QModelIndex &index);
    QModelIndex firstType() const;

    QLineEdit *m_search;
    QTreeView *m_tree;
    QLabel *m_empty;
    StageTypeModel *m_model;
    QSortFilterProxyModel *m_proxy;
};

} // namespace Seedbed
