#pragma once

#include <QDialog>
#include <QLocale>
#include <QString>
#include <QStringList>

class QComboBox;
class QLabel;

namespace Seedbed {

/*! \brief Edit ▸ Preferences: the user interface language (the system's, English or
    Simplified Chinese).

    The choice is kept in QSettings and takes effect at the next start, when main() asks
    startupLocale() which language to load; the --language option wins over it. OK stores,
    Cancel forgets. */
class PreferencesDialog : public QDialog
{
    Q_OBJECT

public:
    explicit PreferencesDialog(QWidget *parent = nullptr);
    ~PreferencesDialog() override;

    /*! The languages offered besides the system's, as locale names ("en", "zh_CN"). */
    static QStringList languages();
    /*! The stored choice: one of languages(), or an empty string for the system's language
        (also when nothing, or something unknown, is stored). */
    static QString storedLanguage();
    /*! Stores \a language (one of languages(), or empty for the system's); anything else is
        stored as the system's. */
    static void setStoredLanguage(const QString &language);
    /*! The QSettings key of the choice. */
    static QString languageSettingsKey();
    /*! The locale the application starts in: \a commandLineLanguage when not empty (the
        --language option), else the stored choice, else the system's. */
    static QLocale startupLocale(const QString &commandLineLanguage = QString());

    /*! The language chosen in the dialog (see storedLanguage()). */
    QString selectedLanguage() const;
    /*! Chooses \a language in the dialog; false when it is not offered. */
    bool selectLanguage(const QString &language);

    void accept() override;

private:
    QComboBox *m_languageCombo;
    QLabel *m_note;
};

} // namespace Seedbed
