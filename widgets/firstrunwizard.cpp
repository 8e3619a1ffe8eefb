#include "widgets/firstrunwizard.h"

#include "models/llm/connectiontester.h"
#include "models/llm/profilestore.h"
#include "models/llm/providerpresets.h"

#include <QAbstractButton>
#include <QButtonGroup>
#include <QCheckBox>
#include <QColor>
#include <QComboBox>
#include <QFont>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPointer>
#include <QPushButton>
#include <QRadioButton>
#include <QRegularExpression>
#include <QSettings>
#include <QVBoxLayout>
#include <QWizardPage>

namespace Seedbed {

using Llm::KeyStore;
using Llm::ProviderPresets;
using Llm::ProviderProfile;

namespace {
const QColor okColor(0x2e, 0x7d, 0x32);
const QColor errorColor(0xc6, 0x28, 0x28);

constexpr int presetIdRole = Qt::UserRole + 1;

QString colored(const QColor &color)
{
    return QStringLiteral("color: %1;").arg(color.name());
}

bool isValidVariableName(const QString &name)
{
    static const QRegularExpression pattern(QStringLiteral("^[A-Za-z_][A-Za-z0-9_]*$"));
    return pattern.match(name).hasMatch();
}

// A page whose Next button follows a condition of the wizard's own.
class GuidePage : public QWizardPage
{
public:
    using QWizardPage::QWizardPage;

    void setCompleteCheck(std::function<bool()> check) { m_check = std::move(check); }
    bool isComplete() const override { return m_check ? m_check() : QWizardPage::isComplete(); }
    void recheck() { emit completeChanged(); }

private:
    std::function<bool()> m_check;
};

QLabel *wrappedLabel(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setWordWrap(true);
    label->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    return label;
}
} // namespace

FirstRunWizard::FirstRunWizard(Llm::ProfileStore *store, Llm::KeyStore *keys, QWidget *parent)
    : QWizard(parent)
    , m_store(store)
    , m_keys(keys)
    , m_tester(new Llm::ConnectionTester(this))
{
    setObjectName(QStringLiteral("firstRunWizard"));
    setWindowTitle(tr("Set Up Seedbed"));
    setWizardStyle(QWizard::ModernStyle);
    setOption(QWizard::NoBackButtonOnStartPage);
    setButtonText(QWizard::CancelButton, tr("Set Up &Later"));
    button(QWizard::CancelButton)
        ->setToolTip(tr("Closes the guide without changing anything. It stays in Help ▸ Setup "
                        "Guide, and profiles can be added in Settings ▸ Provider Profiles."));

    m_keyWriter = [this](const ProviderProfile &profile, const QByteArray &key,
                         KeyStore::DoneCallback done) {
        m_keys->writeKey(profile, key, std::move(done));
    };

    setPage(PresetPage, createPresetPage());
    setPage(ConnectionPage, createConnectionPage());
    setPage(FinishPage, createFinishPage());
    setStartId(PresetPage);

    connect(m_tester, &Llm::ConnectionTester::finished, this, &FirstRunWizard::testFinished);
    m_presetList->setCurrentRow(1); // the first service, below its heading
    resize(sizeHint().expandedTo(QSize(640, 560)));
}

FirstRunWizard::~FirstRunWizard()
{
    m_tester->disconnect(this);
    m_tester->cancel();
}

QString FirstRunWizard::seenSettingsKey()
{
    return QStringLiteral("firstRun/seen");
}

bool FirstRunWizard::wasSeen()
{
    return QSettings().value(seenSettingsKey(), false).toBool();
}

bool FirstRunWizard::isNeeded(const QString &profilePath)
{
    if (wasSeen())
        return false;
    Llm::ProfileStore store(profilePath.isEmpty() ? Llm::ProfileStore::defaultPath() : profilePath);
    // A file that cannot be read is not "no profiles": the guide would only add to the trouble.
    if (!store.load())
        return false;
    return store.profiles().isEmpty();
}

void FirstRunWizard::setOfferExample(bool offer)
{
    m_offerExample = offer;
    m_exampleCheck->setVisible(offer);
}

bool FirstRunWizard::openExampleRequested() const
{
    return m_offerExample && m_exampleCheck->isChecked();
}

// --- Pages ------------------------------------------------------------------------------------

QWizardPage *FirstRunWizard::createPresetPage()
{
    auto *page = new GuidePage(this);
    page->setObjectName(QStringLiteral("presetPage"));
    page->setTitle(tr("Where does your model run?"));
    page->setSubTitle(tr("Seedbed writes and judges samples with a language model. Choose the "
                         "service or the server on this computer that you want to use; more "
                         "can be added later in Settings ▸ Provider Profiles."));

    m_presetList = new QListWidget(page);
    m_presetList->setObjectName(QStringLiteral("presetList"));
    const auto heading = [this](const QString &text) {
        auto *item = new QListWidgetItem(text, m_presetList);
        QFont font = item->font();
        font.setBold(true);
        item->setFont(font);
        item->setFlags(Qt::NoItemFlags);
    };
    const QList<ProviderPresets::Preset> presets = ProviderPresets::all();
    heading(tr("Cloud services (need an API key)"));
    for (const ProviderPresets::Preset &preset : presets) {
        if (!preset.isLocal && !preset.baseUrl.isEmpty()) {
            auto *item = new QListWidgetItem(preset.name, m_presetList);
            item->setData(presetIdRole, preset.id);
            item->setToolTip(preset.baseUrl.toDisplayString());
        }
    }
    heading(tr("On this computer or your network"));
    for (const ProviderPresets::Preset &preset : presets) {
        if (preset.isLocal || preset.baseUrl.isEmpty()) {
            auto *item = new QListWidgetItem(preset.name, m_presetList);
            item->setData(presetIdRole, preset.id);
            if (!preset.baseUrl.isEmpty())
                item->setToolTip(preset.baseUrl.toDisplayString());
        }
    }
    m_presetNote = wrappedLabel(QString(), page);
    m_presetNote->setObjectName(QStringLiteral("presetNote"));

    auto *layout = new QVBoxLayout(page);
    layout->addWidget(m_presetList, 1);
    layout->addWidget(m_presetNote);

    page->setCompleteCheck([this] { return !m_presetId.isEmpty(); });
    connect(m_presetList, &QListWidget::currentRowChanged, this, [this, page] {
        presetChanged();
        page->recheck();
    });
    connect(m_presetList, &QListWidget::itemActivated, this, [this](QListWidgetItem *item) {
        if (item && !item->data(presetIdRole).toString().isEmpty())
            next();
    });
    return page;
}

QWizardPage *FirstRunWizard::createConnectionPage()
{
    auto *page = new GuidePage(this);
    page->setObjectName(QStringLiteral("connectionPage"));
    page->setCommitPage(false);

    m_urlEdit = new QLineEdit(page);
    m_urlEdit->setObjectName(QStringLiteral("urlEdit"));
    m_urlEdit->setPlaceholderText(QStringLiteral("http://127.0.0.1:8000/v1"));
    m_urlHint = wrappedLabel(QString(), page);
    m_urlHint->setObjectName(QStringLiteral("urlHint"));
    m_urlHint->setStyleSheet(colored(errorColor));
    m_modelCombo = new QComboBox(page);
    m_modelCombo->setObjectName(QStringLiteral("modelCombo"));
    m_modelCombo->setEditable(true);
    m_modelCombo->setInsertPolicy(QComboBox::NoInsert);
    m_modelCombo->setToolTip(tr("The model stages use unless they name another. “Test "
                                "Connection” lists the models the server has."));

    auto *form = new QFormLayout;
    auto *urlLabel = new QLabel(tr("Server &address:"), page);
    urlLabel->setBuddy(m_urlEdit);
    auto *urlBox = new QVBoxLayout;
    urlBox->setSpacing(2);
    urlBox->addWidget(m_urlEdit);
    urlBox->addWidget(m_urlHint);
    form->addRow(urlLabel, urlBox);
    auto *modelLabel = new QLabel(tr("&Model:"), page);
    modelLabel->setBuddy(m_modelCombo);
    form->addRow(modelLabel, m_modelCombo);

    auto *keyBox = new QGroupBox(tr("API key"), page);
    m_keychainRadio = new QRadioButton(tr("&Paste the key; Seedbed keeps it in the system "
                                          "keychain"),
                                       keyBox);
    m_keychainRadio->setObjectName(QStringLiteral("keyChoiceKeychain"));
    m_keyEdit = new QLineEdit(keyBox);
    m_keyEdit->setObjectName(QStringLiteral("keyEdit"));
    m_keyEdit->setEchoMode(QLineEdit::Password);
    m_keyEdit->setPlaceholderText(tr("Paste the key here"));
    m_keyEdit->setInputMethodHints(Qt::ImhHiddenText | Qt::ImhSensitiveData |
                                   Qt::ImhNoPredictiveText | Qt::ImhNoAutoUppercase);
    m_keyEdit->setContextMenuPolicy(Qt::NoContextMenu);
    m_environmentRadio = new QRadioButton(tr("Read it from the &environment variable"), keyBox);
    m_environmentRadio->setObjectName(QStringLiteral("keyChoiceEnvironment"));
    m_environmentEdit = new QLineEdit(keyBox);
    m_environmentEdit->setObjectName(QStringLiteral("environmentEdit"));
    m_environmentEdit->setToolTip(tr("The name of the variable, not the key: Seedbed reads the "
                                     "key from it when it needs one."));
    m_noKeyRadio = new QRadioButton(tr("&No key: the server does not ask for one"), keyBox);
    m_noKeyRadio->setObjectName(QStringLiteral("keyChoiceNone"));
    m_keyGroup = new QButtonGroup(this);
    m_keyGroup->addButton(m_keychainRadio, int(KeyChoice::Keychain));
    m_keyGroup->addButton(m_environmentRadio, int(KeyChoice::Environment));
    m_keyGroup->addButton(m_noKeyRadio, int(KeyChoice::None));
    m_keyHelp = wrappedLabel(QString(), keyBox);
    m_keyHelp->setObjectName(QStringLiteral("keyHelp"));
    m_keyHelp->setEnabled(false); // a quieter colour for the explanation

    auto *keyLayout = new QGridLayout(keyBox);
    keyLayout->addWidget(m_keychainRadio, 0, 0, 1, 2);
    keyLayout->addWidget(m_keyEdit, 1, 1);
    keyLayout->addWidget(m_environmentRadio, 2, 0, 1, 2);
    keyLayout->addWidget(m_environmentEdit, 3, 1);
    keyLayout->addWidget(m_noKeyRadio, 4, 0, 1, 2);
    keyLayout->addWidget(m_keyHelp, 5, 0, 1, 2);
    keyLayout->setColumnMinimumWidth(0, 20);
    keyLayout->setColumnStretch(1, 1);

    m_testButton = new QPushButton(tr("&Test Connection"), page);
    m_testButton->setObjectName(QStringLiteral("testButton"));
    m_testButton->setAutoDefault(false);
    m_testResult = wrappedLabel(QString(), page);
    m_testResult->setObjectName(QStringLiteral("testResult"));
    m_testResult->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *testRow = new QHBoxLayout;
    testRow->addWidget(m_testButton, 0, Qt::AlignTop);
    testRow->addWidget(m_testResult, 1);

    m_saveMessage = wrappedLabel(QString(), page);
    m_saveMessage->setObjectName(QStringLiteral("saveMessage"));
    m_saveMessage->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_saveMessage->setStyleSheet(colored(errorColor));
    m_saveMessage->hide();
    m_useEnvironmentButton = new QPushButton(page);
    m_useEnvironmentButton->setObjectName(QStringLiteral("useEnvironmentButton"));
    m_useEnvironmentButton->setAutoDefault(false);
    m_useEnvironmentButton->hide();

    auto *layout = new QVBoxLayout(page);
    layout->addLayout(form);
    layout->addWidget(keyBox);
    layout->addLayout(testRow);
    layout->addWidget(m_saveMessage);
    layout->addWidget(m_useEnvironmentButton, 0, Qt::AlignLeft);
    layout->addStretch();

    page->setCompleteCheck([this] {
        if (m_waiting || !urlProblem().isEmpty())
            return false;
        switch (keyChoice()) {
        case KeyChoice::Keychain:
            return m_keyInKeychain || !m_keyEdit->text().trimmed().isEmpty();
        case KeyChoice::Environment:
            return isValidVariableName(m_environmentEdit->text().trimmed());
        case KeyChoice::None:
            return true;
        }
        return true;
    });
    const auto changed = [this, page] {
        updateConnectionState();
        page->recheck();
    };
    connect(m_urlEdit, &QLineEdit::textChanged, this, changed);
    connect(m_keyEdit, &QLineEdit::textChanged, this, changed);
    connect(m_environmentEdit, &QLineEdit::textChanged, this, changed);
    connect(m_keyGroup, &QButtonGroup::idToggled, this, [changed](int, bool on) {
        if (on)
            changed();
    });
    connect(m_testButton, &QPushButton::clicked, this, &FirstRunWizard::startTest);
    connect(m_useEnvironmentButton, &QPushButton::clicked, this, [this] {
        m_environmentRadio->setChecked(true);
        m_keyEdit->clear();
        m_saveMessage->hide();
        m_useEnvironmentButton->hide();
        m_environmentEdit->setFocus();
    });
    return page;
}

QWizardPage *FirstRunWizard::createFinishPage()
{
    auto *page = new QWizardPage(this);
    page->setObjectName(QStringLiteral("finishPage"));
    page->setTitle(tr("Ready"));
    page->setSubTitle(tr("Your provider profile is saved."));
    m_finishText = wrappedLabel(QString(), page);
    m_finishText->setObjectName(QStringLiteral("finishText"));
    m_exampleCheck = new QCheckBox(tr("Open the &example project (a small pipeline that grows "
                                      "customer-support answers from a few seeds)"),
                                   page);
    m_exampleCheck->setObjectName(QStringLiteral("exampleCheck"));
    m_exampleCheck->setChecked(true);
    auto *layout = new QVBoxLayout(page);
    layout->addWidget(m_finishText);
    layout->addSpacing(12);
    layout->addWidget(m_exampleCheck);
    layout->addStretch();
    return page;
}

// --- Choosing and connecting ------------------------------------------------------------------

bool FirstRunWizard::selectPreset(const QString &presetId)
{
    for (int row = 0; row < m_presetList->count(); ++row) {
        if (m_presetList->item(row)->data(presetIdRole).toString() == presetId) {
            m_presetList->setCurrentRow(row);
            return true;
        }
    }
    return false;
}

void FirstRunWizard::presetChanged()
{
    const QListWidgetItem *item = m_presetList->currentItem();
    m_presetId = item ? item->data(presetIdRole).toString() : QString();
    const auto preset = ProviderPresets::find(m_presetId);
    m_presetNote->setText(preset ? preset->note : QString());
}

void FirstRunWizard::initializePage(int id)
{
    QWizard::initializePage(id);
    if (id == ConnectionPage) {
        const auto preset = ProviderPresets::find(m_presetId);
        if (!preset)
            return;
        m_tester->cancel();
        m_testing = false;
        ++m_testGeneration;
        page(ConnectionPage)->setTitle(tr("Connect to %1").arg(preset->name));
        QString intro;
        if (preset->isLocal)
            intro = tr("Seedbed talks to the server at the address below. Change it if the "
                       "server runs elsewhere or on another port.");
        else if (preset->baseUrl.isEmpty())
            intro = tr("Enter the address of the server; for an OpenAI-compatible API it "
                       "usually ends in /v1.");
        else
            intro = tr("Paste the API key from your %1 account, or name the environment "
                       "variable that holds it.")
                        .arg(preset->name);
        if (!preset->note.isEmpty())
            intro += QLatin1Char(' ') + preset->note;
        page(ConnectionPage)->setSubTitle(intro);
        m_urlEdit->setText(preset->baseUrl.toDisplayString());
        m_modelCombo->clear();
        m_modelCombo->addItems(preset->models);
        m_modelCombo->setCurrentIndex(preset->models.isEmpty() ? -1 : 0);
        m_modelCombo->setEditText(preset->models.value(0));

        ProviderProfile probe = ProviderPresets::makeProfile(*preset);
        const QString variable = KeyStore::suggestedEnvironmentVariable(probe);
        m_environmentEdit->setText(variable);
        if (preset->needsKey && !variable.isEmpty() &&
            qEnvironmentVariableIsSet(qPrintable(variable)))
            m_environmentRadio->setChecked(true); // the user's own setup already has it
        else if (preset->needsKey)
            m_keychainRadio->setChecked(true);
        else
            m_noKeyRadio->setChecked(true);
        if (m_keychainRadio->isChecked())
            m_keyEdit->setFocus();
        m_testResult->clear();
        m_saveMessage->hide();
        m_useEnvironmentButton->hide();
        updateConnectionState();
        static_cast<GuidePage *>(page(ConnectionPage))->recheck();
    } else if (id == FinishPage) {
        const auto profile = m_store->profile(m_profileId);
        const QString name = profile ? profile->name : QString();
        m_finishText->setText(
            tr("The provider profile “%1” is saved. New generator and judge stages use it; "
               "change it, or add others, in Settings ▸ Provider Profiles.\n\nThis guide stays "
               "in Help ▸ Setup Guide.")
                .arg(name));
    }
}

FirstRunWizard::KeyChoice FirstRunWizard::keyChoice() const
{
    const int id = m_keyGroup->checkedId();
    return id < 0 ? KeyChoice::None : KeyChoice(id);
}

QString FirstRunWizard::urlProblem() const
{
    const QString text = m_urlEdit->text().trimmed();
    if (text.isEmpty())
        return tr("Enter the server's address, for example http://127.0.0.1:8000/v1.");
    const QUrl url(text, QUrl::StrictMode);
    const QString scheme = url.scheme().toLower();
    if (!url.isValid() ||
        (scheme != QLatin1StringView("http") && scheme != QLatin1StringView("https")))
        return tr("The address must start with http:// or https://, for example "
                  "http://127.0.0.1:11434.");
    if (url.host().isEmpty())
        return tr("The address has no host name.");
    return QString();
}

void FirstRunWizard::updateConnectionState()
{
    const QString problem = m_urlEdit->text().trimmed().isEmpty() ? QString() : urlProblem();
    m_urlHint->setText(problem);
    m_urlHint->setVisible(!problem.isEmpty());
    const KeyChoice choice = keyChoice();
    m_keyEdit->setEnabled(choice == KeyChoice::Keychain);
    m_environmentEdit->setEnabled(choice == KeyChoice::Environment);
    QString help;
    switch (choice) {
    case KeyChoice::Keychain:
        help = KeyStore::isKeychainCompiledIn()
                   ? tr("The key goes to your system keychain (the service “Seedbed”), and "
                        "nowhere else: not into projects, exports, logs or Seedbed's settings.")
                   : tr("This build of Seedbed cannot use a system keychain: name an "
                        "environment variable instead.");
        break;
    case KeyChoice::Environment: {
        const QString variable = m_environmentEdit->text().trimmed();
        if (!isValidVariableName(variable))
            help = tr("Use letters, digits and underscores, for example MY_SERVER_API_KEY.");
        else if (qEnvironmentVariableIsSet(qPrintable(variable)))
            help =
                tr("%1 is set: Seedbed reads the key from it each time it starts.").arg(variable);
        else
            help = tr("%1 is not set in this session. Set it to the key before starting "
                      "Seedbed, for example in your shell profile.")
                       .arg(variable);
        break;
    }
    case KeyChoice::None:
        help = tr("Local servers usually need no key; vLLM asks for one only when it was "
                  "started with --api-key.");
        break;
    }
    m_keyHelp->setText(help);
    m_testButton->setEnabled(!m_testing && !m_waiting && urlProblem().isEmpty());
}

QString FirstRunWizard::uniqueName(const QString &wanted) const
{
    QString name = wanted;
    for (int n = 2; m_store->contains(name) && m_store->profile(name)->id != m_profileId; ++n)
        name = QStringLiteral("%1 %2").arg(wanted).arg(n);
    return name;
}

ProviderProfile FirstRunWizard::profileFromForm() const
{
    const auto preset = ProviderPresets::find(m_presetId);
    ProviderProfile profile = preset ? ProviderPresets::makeProfile(*preset) : ProviderProfile();
    if (!m_profileId.isEmpty())
        profile.id = m_profileId;
    profile.name = uniqueName(profile.name);
    profile.baseUrl = QUrl(m_urlEdit->text().trimmed());
    const QString model = m_modelCombo->currentText().trimmed();
    if (!model.isEmpty()) {
        profile.models.removeAll(model);
        profile.models.prepend(model);
    }
    profile.keyEnvironmentVariable.clear();
    profile.keyInKeychain = false;
    switch (keyChoice()) {
    case KeyChoice::Keychain:
        profile.keyInKeychain = true;
        break;
    case KeyChoice::Environment:
        profile.keyEnvironmentVariable = m_environmentEdit->text().trimmed();
        break;
    case KeyChoice::None:
        break;
    }
    return profile;
}

void FirstRunWizard::showResult(QLabel *label, bool ok, const QString &message)
{
    label->setText((ok ? QStringLiteral("\u2714 ") : QStringLiteral("\u2718 ")) + message);
    label->setStyleSheet(colored(ok ? okColor : errorColor));
    label->setProperty("ok", ok);
    label->show();
}

void FirstRunWizard::startTest()
{
    if (!urlProblem().isEmpty())
        return;
    if (m_profileId.isEmpty())
        m_profileId = profileFromForm().id;
    const ProviderProfile profile = profileFromForm();
    const quint64 generation = ++m_testGeneration;
    m_testing = true;
    updateConnectionState();
    m_testResult->setStyleSheet(QString());
    m_testResult->setProperty("ok", QVariant());
    m_testResult->setText(
        tr("Connecting to %1…").arg(profile.baseUrl.toDisplayString(QUrl::RemoveUserInfo)));
    const QString model = m_modelCombo->currentText().trimmed();

    const QByteArray typed = m_keyEdit->text().trimmed().toUtf8();
    switch (keyChoice()) {
    case KeyChoice::Keychain:
        if (typed.isEmpty())
            break; // stored on an earlier pass: read it back
        // Tried as typed; stored only when the user goes on.
        m_tester->start(profile, typed, model);
        return;
    case KeyChoice::None:
        m_tester->start(profile, QByteArray(), model);
        return;
    case KeyChoice::Environment:
        break;
    }
    QPointer<FirstRunWizard> self(this);
    m_keys->readKey(
        profile, [self, generation, profile, model](const QByteArray &key, const QString &error) {
            if (!self || !self->m_testing || generation != self->m_testGeneration)
                return;
            if (!error.isEmpty()) {
                self->testFinished(false, error, {});
                return;
            }
            self->m_tester->start(profile, key, model);
        });
}

void FirstRunWizard::testFinished(bool ok, const QString &message, const QStringList &models)
{
    if (!m_testing)
        return;
    m_testing = false;
    updateConnectionState();
    showResult(m_testResult, ok, message);
    if (!models.isEmpty()) {
        // What the server has is the best list to choose from; the typed model stays chosen.
        const QString current = m_modelCombo->currentText();
        m_modelCombo->clear();
        m_modelCombo->addItems(models);
        m_modelCombo->setEditText(current.isEmpty() ? models.constFirst() : current);
    }
}

// --- Saving -----------------------------------------------------------------------------------

bool FirstRunWizard::saveProfile(const ProviderProfile &profile)
{
    QString error;
    const bool saved = m_profileSaved ? m_store->update(profile, &error)
                                      : !m_store->add(profile, &error).isEmpty();
    if (!saved) {
        m_saveMessage->setText(tr("The profile could not be saved: %1")
                                   .arg(error.isEmpty() ? m_store->lastProblem() : error));
        m_saveMessage->show();
        return false;
    }
    m_profileSaved = true;
    m_profileId = profile.id;
    return true;
}

bool FirstRunWizard::validateCurrentPage()
{
    if (currentId() != ConnectionPage)
        return QWizard::validateCurrentPage();
    if (m_proceed) {
        m_proceed = false;
        return true;
    }
    if (m_waiting)
        return false;
    m_saveMessage->hide();
    m_useEnvironmentButton->hide();
    if (m_profileId.isEmpty())
        m_profileId = profileFromForm().id;
    ProviderProfile profile = profileFromForm();

    if (keyChoice() != KeyChoice::Keychain) {
        if (m_keyInKeychain) {
            // An earlier pass stored a key the profile no longer uses.
            m_keys->deleteKey(profile, [](const QString &) {});
            m_keyInKeychain = false;
        }
        return saveProfile(profile);
    }

    // The key first: a profile that says "keychain" without a key there would fail every run.
    const QByteArray key = m_keyEdit->text().trimmed().toUtf8();
    if (key.isEmpty() && m_keyInKeychain)
        return saveProfile(profile); // stored on an earlier pass
    setWaiting(true);
    QPointer<FirstRunWizard> self(this);
    m_keyWriter(profile, key, [self, profile](const QString &error) {
        if (self)
            self->keyWritten(profile, error);
    });
    return false;
}

void FirstRunWizard::keyWritten(const ProviderProfile &profile, const QString &error)
{
    setWaiting(false);
    if (!error.isEmpty()) {
        m_saveMessage->setText(error);
        m_saveMessage->show();
        ProviderProfile withoutKey = profile;
        withoutKey.keyInKeychain = false;
        const QString variable = KeyStore::suggestedEnvironmentVariable(withoutKey);
        m_environmentEdit->setText(variable);
        m_useEnvironmentButton->setText(tr("Use the Environment Variable %1").arg(variable));
        m_useEnvironmentButton->show();
        return;
    }
    m_keyInKeychain = true;
    m_keyEdit->clear(); // stored: the field need not hold it any longer
    if (!saveProfile(profile))
        return;
    m_proceed = true;
    next();
}

void FirstRunWizard::setWaiting(bool waiting)
{
    m_waiting = waiting;
    for (const WizardButton which : {QWizard::BackButton, QWizard::CancelButton})
        button(which)->setEnabled(!waiting);
    m_keyEdit->setReadOnly(waiting);
    if (waiting) {
        m_saveMessage->setStyleSheet(QString());
        m_saveMessage->setText(tr("Storing the key in the system keychain…"));
        m_saveMessage->show();
    } else {
        m_saveMessage->setStyleSheet(colored(errorColor));
        m_saveMessage->hide();
    }
    updateConnectionState();
    static_cast<GuidePage *>(page(ConnectionPage))->recheck();
}

void FirstRunWizard::done(int result)
{
    if (m_waiting)
        return; // the key is being stored: the answer decides whether the profile is saved
    m_tester->cancel();
    m_testing = false;
    // Finished or skipped, the guide does not open by itself again.
    QSettings settings;
    settings.setValue(seenSettingsKey(), true);
    QWizard::done(result);
}

} // namespace Seedbed
