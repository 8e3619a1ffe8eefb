#pragma once

#include <QElapsedTimer>
#include <QWidget>

class QLabel;
class QListWidget;
class QListWidgetItem;
class QPushButton;

namespace Seedbed {

/*! \brief What the window shows while no project is open: the app's name, buttons to create
    or open a project or the bundled example, and the recent projects. Only emits requests;
    the main window acts on them. */
class StartPage : public QWidget
{
    Q_OBJECT

public:
    explicit StartPage(QWidget *parent = nullptr);

    /*! Lists \a paths (project folders, most recent first). */
    void setRecentProjects(const QStringList &paths);
    QStringList recentProjects() const;

signals:
    void newRequested();
    void openRequested();
    void openExampleRequested();
    void openRecentRequested(const QString &path);
    /*! The user asked to take \a path off the recent list. */
    void removeRecentRequested(const QString &path);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void openItem(QListWidgetItem *item);
    void showContextMenu(const QPoint &position);

    QPushButton *m_newButton;
    QPushButton *m_openButton;
    QPushButton *m_exampleButton;
    QListWidget *m_recentList;
    QLabel *m_emptyLabel;
    // A double-click also delivers two clicks; the second must not open the project again.
    QString m_lastOpened;
    QElapsedTimer m_lastOpenedAt;
};

} // namespace Seedbed
