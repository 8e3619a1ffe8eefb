#include "widgets/newprojectdialog.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStandardPaths>
#include <QStyle>
#include <QVBoxLayout>

namespace Seedbed {

namespace {

constexpr int maxFolderNameLength = 100;

// The nearest folder on the way up from \a path that exists: where creation would start.
QString existingAncestor(const QString &path)
{
    QFileInfo info(path);
    while (!info.exists()) {
        const QString parent = info.absolutePath();
        if (parent == info.absoluteFilePath())
            return {};
        info = QFileInfo(parent);
    }
    return info.absoluteFilePath();
}

} // namespace

NewProjectDialog::NewProjectDialog(QWidget *parent)
    : QDialog(parent)
    , m_nameEdit(new QLineEdit(this))
    , m_locationEdit(new QLineEdit(this))
    , m_folderLabel(new QLabel(this))
    , m_messageLabel(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(tr("New Project"));

    m_nameEdit->setObjectName(QStringLiteral("projectName"));
    m_nameEdit->setPlaceholderText(tr("For example: Customer support Q&A"));
    m_locationEdit->setObjectName(QStringLiteral("projectLocation"));
    m_folderLabel->setObjectName(QStringLiteral("projectFolder"));
    m_folderLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_folderLabel->setWordWrap(true);
    m_messageLabel->setObjectName(QStringLiteral("projectMessage"));
    m_messageLabel->setWordWrap(true);

    auto *browse = new QPushButton(tr("Browse…"), this);
    browse->setObjectName(QStringLiteral("browseLocation"));
    browse->setIcon(QIcon::fromTheme(QStringLiteral("document-open"),
                                     style()->standardIcon(QStyle::SP_DirOpenIcon)));
    browse->setAutoDefault(false); // Enter creates the project
    auto *locationRow = new QHBoxLayout;
    locationRow->setSpacing(4);
    locationRow->addWidget(m_locationEdit, 1);
    locationRow->addWidget(browse);

    auto *form = new QFormLayout;
    form->addRow(tr("&Name:"), m_nameEdit);
    auto *locationLabel = new QLabel(tr("&Location:"), this);
    locationLabel->setBuddy(m_locationEdit);
    form->addRow(locationLabel, locationRow);
    form->addRow(tr("Project folder:"), m_folderLabel);

    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Create"));

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_messageLabel);
    layout->addStretch();
    layout->addWidget(m_buttons);

    connect(m_nameEdit, &QLineEdit::textChanged, this, &NewProjectDialog::updateState);
    connect(m_locationEdit, &QLineEdit::textChanged, this, &NewProjectDialog::updateState);
    connect(browse, &QPushButton::clicked, this, &NewProjectDialog::browse);
    connect(m_buttons, &QDialogButtonBox::accepted, this, [this] {
        // The file system may have changed since the last keystroke.
        updateState();
        if (problem().isEmpty())
            accept();
    });
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    m_locationEdit->setText(QDir::toNativeSeparators(defaultLocation()));
    updateState();
    resize(560, sizeHint().height());
}

QString NewProjectDialog::defaultLocation()
{
    QString documents = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    if (documents.isEmpty())
        documents = QDir::homePath();
    return QDir(documents).filePath(QStringLiteral("Seedbed"));
}

QString NewProjectDialog::folderNameFor(const QString &name)
{
    static const QString forbidden = QStringLiteral("<>:\"/\\|?*");
    QString result;
    result.reserve(name.size());
    for (const QChar c : name)
        result.append(c.unicode() < 0x20 || forbidden.contains(c) ? QLatin1Char('-') : c);
    // Leading dots hide a folder; trailing dots and spaces are dropped by Windows.
    while (!result.isEmpty() && (result.front().isSpace() || result.front() == QLatin1Char('.')))
        result.remove(0, 1);
    while (!result.isEmpty() && (result.back().isSpace() || result.back() == QLatin1Char('.')))
        result.chop(1);
    if (result.size() > maxFolderNameLength)
        result = result.left(maxFolderNameLength).trimmed();
    static const QStringList reserved = {
        QStringLiteral("CON"),  QStringLiteral("PRN"),  QStringLiteral("AUX"),
        QStringLiteral("NUL"),  QStringLiteral("COM1"), QStringLiteral("COM2"),
        QStringLiteral("COM3"), QStringLiteral("COM4"), QStringLiteral("LPT1"),
        QStringLiteral("LPT2"), QStringLiteral("LPT3")};
    if (reserved.contains(result, Qt::CaseInsensitive))
        result.append(QLatin1Char('_'));
    return result;
}

QString NewProjectDialog::projectName() const
{
    return m_nameEdit->text().trimmed();
}

QString NewProjectDialog::location() const
{
    const QString text = m_locationEdit->text().trimmed();
    return text.isEmpty() ? QString() : QDir::cleanPath(QDir::fromNativeSeparators(text));
}

QString NewProjectDialog::projectFolder() const
{
    const QString folderName = folderNameFor(projectName());
    if (folderName.isEmpty() || location().isEmpty())
        return {};
    return QDir::cleanPath(QDir(location()).filePath(folderName));
}

void NewProjectDialog::setProjectName(const QString &name)
{
    m_nameEdit->setText(name);
}

void NewProjectDialog::setLocation(const QString &folder)
{
    m_locationEdit->setText(QDir::toNativeSeparators(folder));
}

QString NewProjectDialog::problem() const
{
    if (projectName().isEmpty())
        return tr("Enter a name for the project.");
    if (folderNameFor(projectName()).isEmpty())
        return tr("Use letters or digits in the name; it also names the project folder.");
    const QString parent = location();
    if (parent.isEmpty())
        return tr("Choose the location where the project folder is created.");
    if (!QDir::isAbsolutePath(parent))
        return tr("Enter the location as a full path, or choose it with Browse.");
    const QFileInfo parentInfo(parent);
    if (parentInfo.exists() && !parentInfo.isDir())
        return tr("The location %1 is a file, not a folder.").arg(QDir::toNativeSeparators(parent));

    const QString folder = projectFolder();
    const QFileInfo target(folder);
    if (target.exists() && !target.isDir())
        return tr("A file named %1 already exists in this location. Choose another name.")
            .arg(target.fileName());
    if (target.isDir() && !QDir(folder).isEmpty(QDir::AllEntries | QDir::NoDotAndDotDot |
                                                QDir::Hidden | QDir::System))
        return tr("The folder %1 already exists and is not empty. Choose another name or "
                  "location.")
            .arg(QDir::toNativeSeparators(folder));
    const QString ancestor = existingAncestor(folder);
    if (ancestor.isEmpty() || !QFileInfo(ancestor).isWritable())
        return tr("You may not create folders in %1. Choose another location.")
            .arg(QDir::toNativeSeparators(ancestor.isEmpty() ? parent : ancestor));
    return {};
}

void NewProjectDialog::browse()
{
    const QString start = existingAncestor(location().isEmpty() ? defaultLocation() : location());
    const QString chosen = QFileDialog::getExistingDirectory(
        this, tr("Choose Location"), start.isEmpty() ? QDir::homePath() : start);
    if (!chosen.isEmpty())
        setLocation(chosen);
}

void NewProjectDialog::updateState()
{
    const QString folder = projectFolder();
    m_folderLabel->setText(folder.isEmpty() ? tr("(enter a name)")
                                            : QDir::toNativeSeparators(folder));
    const QString message = problem();
    // A missing name is where everyone starts: a hint, not an error.
    const bool error = !message.isEmpty() && !projectName().isEmpty();
    m_messageLabel->setText(message);
    m_messageLabel->setStyleSheet(error ? QStringLiteral("color: #d13438;") : QString());
    m_messageLabel->setForegroundRole(error ? QPalette::WindowText : QPalette::PlaceholderText);
    m_messageLabel->setVisible(!message.isEmpty());
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(message.isEmpty());
}

} // namespace Seedbed
