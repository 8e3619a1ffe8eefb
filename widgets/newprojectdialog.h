#pragma once

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace Seedbed {

/*! \brief Asks for a new project's name and the folder to create it in. The project goes
    into a subfolder of the location named after the project; OK stays disabled, with a
    message saying why, until that folder may be created (it must not exist or be empty). */
class NewProjectDialog : public QDialog
{
    Q_OBJECT

public:
    explicit NewProjectDialog(QWidget *parent = nullptr);

    QString projectName() const;
    /*! The folder the project will be created in: location/name, made safe as a file name. */
    QString projectFolder() const;

    void setProjectName(const QString &name);
    QString location() const;
    /*! Sets the parent folder; by default Documents/Seedbed. */
    void setLocation(const QString &folder);
    /*! Why the project cannot be created yet, or empty when it can. */
    QString problem() const;

    /*! \a name with characters that are not allowed in file names on common systems
        replaced, and without leading or trailing spaces and dots. */
    static QString folderNameFor(const QString &name);
    static QString defaultLocation();

private:
    void browse();
    void updateState();

    QLineEdit *m_nameEdit;
    QLineEdit *m_locationEdit;
    QLabel *m_folderLabel;
    QLabel *m_messageLabel;
    QDialogButtonBox *m_buttons;
};

} // namespace Seedbed
