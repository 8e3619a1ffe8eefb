#include "widgets/startpage.h"

#include <QApplication>
#include <QDir>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QIcon>
#include <QKeyEvent>
#include <QLabel>
#include <QListWidget>
#include <QMenu>
#include <QPainter>
#include <QPushButton>
#include <QStyledItemDelegate>
#include <QVBoxLayout>

namespace Seedbed {

namespace {

constexpr int pathRole = Qt::UserRole + 1;
constexpr int padding = 8;
constexpr int iconExtent = 24;

// Two lines per project: the folder name in bold, its path in grey beneath.
class RecentProjectDelegate final : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override
    {
        QStyleOptionViewItem opt = option;
        initStyleOption(&opt, index);
        const QWidget *widget = opt.widget;
        QStyle *style = widget ? widget->style() : QApplication::style();
        const QString name = opt.text;
        opt.text.clear();
        opt.icon = QIcon();
        style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget); // background, focus

        const QRect area = opt.rect.adjusted(padding * 2, padding, -padding * 2, -padding);
        const QIcon icon = style->standardIcon(QStyle::SP_DirIcon, nullptr, widget);
        const QRect iconRect(area.left(), area.top() + (area.height() - iconExtent) / 2, iconExtent,
                             iconExtent);
        icon.paint(painter, iconRect);

        const bool selected = opt.state & QStyle::State_Selected;
        const QPalette::ColorGroup group =
            opt.state & QStyle::State_Enabled ? QPalette::Normal : QPalette::Disabled;
        const QRect text = area.adjusted(iconExtent + padding * 2, 0, 0, 0);
        const QFont bold = nameFont(opt.font);
        const QFont small = pathFont(opt.font);
        const int nameHeight = QFontMetrics(bold).height();

        painter->save();
        painter->setFont(bold);
        painter->setPen(
            opt.palette.color(group, selected ? QPalette::HighlightedText : QPalette::Text));
        painter->drawText(text.left(), text.top(), text.width(), nameHeight,
                          Qt::AlignLeft | Qt::AlignVCenter,
                          QFontMetrics(bold).elidedText(name, Qt::ElideRight, text.width()));
        painter->setFont(small);
        painter->setPen(opt.palette.color(group, selected ? QPalette::HighlightedText
                                                          : QPalette::PlaceholderText));
        const QString path = QDir::toNativeSeparators(index.data(pathRole).toString());
        painter->drawText(text.left(), text.top() + nameHeight, text.width(),
                          text.height() - nameHeight, Qt::AlignLeft | Qt::AlignTop,
                          QFontMetrics(small).elidedText(path, Qt::ElideMiddle, text.width()));
        painter->restore();
    }

    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &) const override
    {
        const int height = QFontMetrics(nameFont(option.font)).height() +
                           QFontMetrics(pathFont(option.font)).height() + padding * 2;
        return {200, qMax(height, iconExtent + padding * 2)};
    }

private:
    static QFont nameFont(QFont font)
    {
        font.setBold(true);
        return font;
    }
    static QFont pathFont(QFont font)
    {
        font.setPointSizeF(font.pointSizeF() * 0.9);
        return font;
    }
};

QPushButton *createButton(const QString &text, const QString &iconName,
                          QStyle::StandardPixmap fallback, const QString &objectName,
                          QWidget *parent)
{
    auto *button = new QPushButton(
        QIcon::fromTheme(iconName, parent->style()->standardIcon(fallback)), text, parent);
    button->setObjectName(objectName);
    button->setAutoDefault(true); // Enter presses the focused button, not only Space
    button->setIconSize(QSize(20, 20));
    button->setMinimumHeight(36);
    return button;
}

} // namespace

StartPage::StartPage(QWidget *parent)
    : QWidget(parent)
    , m_newButton(createButton(tr("New Project…"), QStringLiteral("document-new"),
                               QStyle::SP_FileIcon, QStringLiteral("newProjectButton"), this))
    , m_openButton(createButton(tr("Open Project…"), QStringLiteral("document-open"),
                                QStyle::SP_DialogOpenButton, QStringLiteral("openProjectButton"),
                                this))
    , m_exampleButton(createButton(tr("Open Example"), QStringLiteral("folder-templates"),
                                   QStyle::SP_FileDialogInfoView,
                                   QStringLiteral("openExampleButton"), this))
    , m_recentList(new QListWidget(this))
    , m_emptyLabel(new QLabel(this))
{
    m_newButton->setToolTip(tr("Create a project in a new folder"));
    m_openButton->setToolTip(tr("Open a project folder or its project.seedbed file"));
    m_exampleButton->setToolTip(
        tr("Open a copy of a small customer-support project that shows every step"));

    auto *title = new QLabel(QStringLiteral("Seedbed"), this); // the product name
    title->setObjectName(QStringLiteral("startTitle"));
    QFont titleFont = title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 2.4);
    titleFont.setBold(true);
    title->setFont(titleFont);

    auto *tagline = new QLabel(
        tr("Grow training datasets for language models from a few seed examples."), this);
    tagline->setObjectName(QStringLiteral("startTagline"));
    tagline->setWordWrap(true);
    tagline->setForegroundRole(QPalette::PlaceholderText);

    auto *buttons = new QHBoxLayout;
    buttons->setSpacing(8);
    buttons->addWidget(m_newButton);
    buttons->addWidget(m_openButton);
    buttons->addWidget(m_exampleButton);
    buttons->addStretch();

    auto *recentHeading = new QLabel(tr("Recent projects"), this);
    QFont headingFont = recentHeading->font();
    headingFont.setBold(true);
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.1);
    recentHeading->setFont(headingFont);
    recentHeading->setBuddy(m_recentList);

    m_recentList->setObjectName(QStringLiteral("recentList"));
    m_recentList->setAccessibleName(tr("Recent projects"));
    m_recentList->setItemDelegate(new RecentProjectDelegate(m_recentList));
    m_recentList->setSelectionMode(QAbstractItemView::SingleSelection);
    m_recentList->setUniformItemSizes(true);
    m_recentList->setMouseTracking(true);
    m_recentList->setContextMenuPolicy(Qt::CustomContextMenu);
    m_recentList->installEventFilter(this);

    m_emptyLabel->setObjectName(QStringLiteral("recentEmpty"));
    m_emptyLabel->setText(tr("No recent projects yet. Create a new project, or open the "
                             "example to see how a pipeline grows a dataset."));
    m_emptyLabel->setWordWrap(true);
    m_emptyLabel->setForegroundRole(QPalette::PlaceholderText);

    auto *column = new QWidget(this);
    column->setMaximumWidth(640);
    auto *columnLayout = new QVBoxLayout(column);
    columnLayout->setContentsMargins(24, 24, 24, 24);
    columnLayout->setSpacing(8);
    columnLayout->addWidget(title);
    columnLayout->addWidget(tagline);
    columnLayout->addSpacing(16);
    columnLayout->addLayout(buttons);
    columnLayout->addSpacing(24);
    columnLayout->addWidget(recentHeading);
    columnLayout->addWidget(m_recentList, 1);
    columnLayout->addWidget(m_emptyLabel);
    // Takes the room the recent list leaves when it is hidden, keeping the rest together.
    columnLayout->addStretch(0);

    auto *centering = new QHBoxLayout;
    centering->addStretch(1);
    centering->addWidget(column, 4);
    centering->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->addStretch(1);
    layout->addLayout(centering, 6);
    layout->addStretch(1);

    setFocusProxy(m_newButton);

    connect(m_newButton, &QPushButton::clicked, this, &StartPage::newRequested);
    connect(m_openButton, &QPushButton::clicked, this, &StartPage::openRequested);
    connect(m_exampleButton, &QPushButton::clicked, this, &StartPage::openExampleRequested);
    connect(m_recentList, &QListWidget::itemClicked, this, &StartPage::openItem);
    connect(m_recentList, &QWidget::customContextMenuRequested, this, &StartPage::showContextMenu);

    setRecentProjects({});
}

void StartPage::setRecentProjects(const QStringList &paths)
{
    m_recentList->clear();
    for (const QString &path : paths) {
        const QString name = QFileInfo(path).fileName();
        auto *item = new QListWidgetItem(name.isEmpty() ? path : name, m_recentList);
        item->setData(pathRole, path);
        item->setToolTip(QDir::toNativeSeparators(path));
        item->setData(Qt::AccessibleTextRole,
                      tr("%1, in %2").arg(item->text(), QDir::toNativeSeparators(path)));
    }
    const bool empty = paths.isEmpty();
    m_recentList->setVisible(!empty);
    m_emptyLabel->setVisible(empty);
    if (!empty)
        m_recentList->setCurrentRow(0, QItemSelectionModel::NoUpdate); // Enter works, no highlight
}

QStringList StartPage::recentProjects() const
{
    QStringList paths;
    for (int row = 0; row < m_recentList->count(); ++row)
        paths.append(m_recentList->item(row)->data(pathRole).toString());
    return paths;
}

void StartPage::openItem(QListWidgetItem *item)
{
    if (!item)
        return;
    const QString path = item->data(pathRole).toString();
    if (path == m_lastOpened && m_lastOpenedAt.isValid() &&
        m_lastOpenedAt.elapsed() < QApplication::doubleClickInterval())
        return;
    m_lastOpened = path;
    m_lastOpenedAt.start();
    emit openRecentRequested(path);
}

void StartPage::showContextMenu(const QPoint &position)
{
    QListWidgetItem *item = m_recentList->itemAt(position);
    if (!item)
        return;
    const QString path = item->data(pathRole).toString();
    QMenu menu(this);
    menu.addAction(tr("Open"), this, [this, item] { openItem(item); });
    menu.addAction(tr("Remove from List"), this,
                   [this, path] { emit removeRecentRequested(path); });
    menu.exec(m_recentList->viewport()->mapToGlobal(position));
}

bool StartPage::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_recentList && event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent *>(event)->key();
        QListWidgetItem *item = m_recentList->currentItem();
        if (item && (key == Qt::Key_Return || key == Qt::Key_Enter)) {
            openItem(item);
            return true;
        }
        if (item && key == Qt::Key_Delete) {
            emit removeRecentRequested(item->data(pathRole).toString());
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace Seedbed
