#include "widgets/preferencesdialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QSettings>
#include <QVBoxLayout>

namespace Seedbed {

namespace {
// Each language is offered in its own words, so that it can be found whatever the UI shows.
QString nativeName(const QString &language)
{
    if (language == QLatin1StringView("zh_CN"))
        return QStringLiteral("简体中文");
    if (language == QLatin1StringView("en"))
        return QStringLiteral("English");
    return QLocale(language).nativeLanguageName();
}
} // namespace

PreferencesDialog::PreferencesDialog(QWidget *parent)
    : QDialog(parent)
    , m_languageCombo(new QComboBox(this))
    , m_note(new QLabel(this))
{
    setObjectName(QStringLiteral("preferencesDialog"));
    setWindowTitle(tr("Preferences"));

    m_languageCombo->setObjectName(QStringLiteral("languageCombo"));
    const QLocale system = QLocale::system();
    m_languageCombo->addItem(tr("System default (%1)").arg(system.nativeLanguageName()), QString());
    for (const QString &language : languages())
        m_languageCombo->addItem(nativeName(language), language);
    selectLanguage(storedLanguage());

    m_note->setObjectName(QStringLiteral("languageNote"));
    m_note->setWordWrap(true);
    m_note->setEnabled(false); // a quieter colour for the explanation
    m_note->setText(tr("Seedbed uses the language the next time it starts; numbers and dates "
                       "follow it too. The --language option overrides it for one start."));

    auto *form = new QFormLayout;
    auto *label = new QLabel(tr("&Language:"), this);
    label->setBuddy(m_languageCombo);
    form->addRow(label, m_languageCombo);
    form->addRow(QString(), m_note);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &PreferencesDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &PreferencesDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addStretch();
    layout->addWidget(buttons);

    resize(sizeHint().expandedTo(QSize(460, 0)));
}

PreferencesDialog::~PreferencesDialog() = default;

QStringList PreferencesDialog::languages()
{
    return {QStringLiteral("en"), QStringLiteral("zh_CN")};
}

QString PreferencesDialog::languageSettingsKey()
{
    return QStringLiteral("ui/language");
}

QString PreferencesDialog::storedLanguage()
{
    const QString stored = QSettings().value(languageSettingsKey()).toString();
    return languages().contains(stored) ? stored : QString();
}

void PreferencesDialog::setStoredLanguage(const QString &language)
{
    QSettings settings;
    if (languages().contains(language))
        settings.setValue(languageSettingsKey(), language);
    else
        settings.remove(languageSettingsKey());
}

QLocale PreferencesDialog::startupLocale(const QString &commandLineLanguage)
{
    if (!commandLineLanguage.isEmpty())
        return QLocale(commandLineLanguage);
    const QString stored = storedLanguage();
    return stored.isEmpty() ? QLocale::system() : QLocale(stored);
}

QString PreferencesDialog::selectedLanguage() const
{
    return m_languageCombo->currentData().toString();
}

bool PreferencesDialog::selectLanguage(const QString &language)
{
    const int index = m_languageCombo->findData(language);
    if (index < 0)
        return false;
    m_languageCombo->setCurrentIndex(index);
    return true;
}

void PreferencesDialog::accept()
{
    setStoredLanguage(selectedLanguage());
    QDialog::accept();
}

} // namespace Seedbed
