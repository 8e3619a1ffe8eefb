#include "widgets/trustdialog.h"

#include "models/projectformat.h"
#include "models/projecttrust.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFontDatabase>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStyle>
#include <QVBoxLayout>

namespace Seedbed {

TrustDialog::TrustDialog(const QString &projectDir, const QStringList &commands, QWidget *parent)
    : QDialog(parent)
    , m_commands(commands)
    , m_trustButton(new QPushButton(tr("Trust and Run"), this))
    , m_cancelButton(new QPushButton(tr("Cancel"), this))
{
    setWindowTitle(tr("Trust This Project?"));

    auto *icon = new QLabel(this);
    const int size = style()->pixelMetric(QStyle::PM_MessageBoxIconSize, nullptr, this);
    icon->setPixmap(
        style()->standardIcon(QStyle::SP_MessageBoxWarning, nullptr, this).pixmap(size));
    icon->setAlignment(Qt::AlignTop);

    auto *heading = new QLabel(tr("This project runs commands on your computer."), this);
    QFont bold = heading->font();
    bold.setBold(true);
    heading->setFont(bold);
    auto *explanation = new QLabel(
        tr("Its Verify stages run the programs below, in the project folder %1 and with your "
           "permissions. Run them only if you trust where this project comes from. Seedbed "
           "asks again when a command, or a script it names in the project folder, changes.")
            .arg(QDir::toNativeSeparators(ProjectTrust::canonicalFolder(projectDir))),
        this);
    explanation->setObjectName(QStringLiteral("trustExplanation"));
    explanation->setWordWrap(true);
    explanation->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *list = new QPlainTextEdit(commands.join(QLatin1Char('\n')), this);
    list->setObjectName(QStringLiteral("trustCommands"));
    list->setReadOnly(true);
    list->setLineWrapMode(QPlainTextEdit::NoWrap);
    list->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    list->setAccessibleName(tr("Commands"));

    m_trustButton->setObjectName(QStringLiteral("trustButton"));
    m_cancelButton->setObjectName(QStringLiteral("cancelButton"));
    auto *buttons = new QDialogButtonBox(this);
    buttons->addButton(m_trustButton, QDialogButtonBox::AcceptRole);
    buttons->addButton(m_cancelButton, QDialogButtonBox::RejectRole);
    // Enter must not run anything: Cancel is the default and has the focus.
    m_trustButton->setAutoDefault(false);
    m_cancelButton->setDefault(true);
    m_cancelButton->setFocus();
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *text = new QVBoxLayout;
    text->addWidget(heading);
    text->addWidget(explanation);
    auto *top = new QHBoxLayout;
    top->addWidget(icon);
    top->addLayout(text, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(list, 1);
    layout->addWidget(buttons);
    resize(560, 320);
}

bool TrustDialog::confirm(QWidget *parent, const QString &projectDir, const ProjectData &project,
                          QSettings *settings)
{
    ProjectTrust trust(settings);
    if (trust.isTrusted(projectDir, project))
        return true;
    TrustDialog dialog(projectDir, ProjectTrust::commands(project), parent);
    if (dialog.exec() != QDialog::Accepted)
        return false;
    trust.trust(projectDir, project);
    return true;
}

} // namespace Seedbed
