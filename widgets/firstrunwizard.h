#pragma once

#include "models/llm/keystore.h"
#include "models/llm/providerprofile.h"

#include <QByteArray>
#include <QString>
#include <QStringList>
#include <QWizard>

#include <functional>

class QButtonGroup;
class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QRadioButton;

namespace Seedbed {

namespace Llm {
class ConnectionTester;
class ProfileStore;
} // namespace Llm

/*! \brief The short guided setup that the first start offers when the user has no provider
    profile yet: pick a service or local server (ProviderPresets), give its address and a key
    (stored by the KeyStore in the system keychain, or read from an environment variable),
    test the connection, then open the example project.

    The profile reaches the ProfileStore when the user leaves the connection page; a typed key
    goes to the key writer (the KeyStore by default) first, and the profile is saved only once
    the key is stored. "Set up later" (Cancel) leaves everything as it was. Finishing or
    skipping sets a flag in QSettings (no secret, only that the guide was seen), after which
    isNeeded() is false: the guide is then reached from the menu only.

    Neither \a store nor \a keys is owned; both must outlive the wizard. */
class FirstRunWizard : public QWizard
{
    Q_OBJECT

public:
    enum PageId { PresetPage, ConnectionPage, FinishPage };

    using KeyWriter = std::function<void(const Llm::ProviderProfile &profile, const QByteArray &key,
                                         Llm::KeyStore::DoneCallback done)>;

    explicit FirstRunWizard(Llm::ProfileStore *store, Llm::KeyStore *keys,
                            QWidget *parent = nullptr);
    ~FirstRunWizard() override;

    /*! Whether the guide should open by itself at start: it was neither finished nor skipped
        before, and the profiles at \a profilePath (ProfileStore::defaultPath() when empty)
        were read and there are none. */
    static bool isNeeded(const QString &profilePath = QString());
    /*! Whether the guide was finished or skipped (the QSettings flag). */
    static bool wasSeen();
    /*! The QSettings key of that flag. */
    static QString seenSettingsKey();

    /*! Whether the last page offers to open the example project (true by default). */
    void setOfferExample(bool offer);
    /*! After Finish: whether the user asked for the example project. */
    bool openExampleRequested() const;
    /*! The id of the profile the guide saved, or an empty string. */
    QString profileId() const { return m_profileId; }

    /*! Selects the preset with \a presetId on the first page; false when there is none. */
    bool selectPreset(const QString &presetId);
    /*! Replaces how a typed key is stored; by default KeyStore::writeKey(). */
    void setKeyWriter(KeyWriter writer) { m_keyWriter = std::move(writer); }

    bool validateCurrentPage() override;
    void initializePage(int id) override;
    void done(int result) override;

private:
    enum class KeyChoice { Keychain, Environment, None };

    QWizardPage *createPresetPage();
    QWizardPage *createConnectionPage();
    QWizardPage *createFinishPage();

    void presetChanged();
    void updateConnectionState();
    KeyChoice keyChoice() const;
    QString urlProblem() const;
    Llm::ProviderProfile profileFromForm() const;
    QString uniqueName(const QString &wanted) const;

    void startTest();
    void testFinished(bool ok, const QString &message, const QStringList &models);
    void showResult(QLabel *label, bool ok, const QString &message);

    /*! Saves \a profile (added, or updated when the guide saved it before); false and a
        message on the page when the store refuses. */
    bool saveProfile(const Llm::ProviderProfile &profile);
    void keyWritten(const Llm::ProviderProfile &profile, const QString &error);
    void setWaiting(bool waiting);

    Llm::ProfileStore *m_store;
    Llm::KeyStore *m_keys;
    Llm::ConnectionTester *m_tester;
    KeyWriter m_keyWriter;

    QString m_presetId;
    QString m_profileId; // fixed once made, so that Back and Next again update it
    bool m_profileSaved = false;
    bool m_keyInKeychain = false; // the keychain holds a key under m_profileId
    bool m_proceed = false;       // the key was stored: the next validation lets the page go
    bool m_waiting = false;       // a key is being stored
    bool m_testing = false;
    quint64 m_testGeneration = 0;
    bool m_offerExample = true;

    QListWidget *m_presetList = nullptr;
    QLabel *m_presetNote = nullptr;

    QLineEdit *m_urlEdit = nullptr;
    QLabel *m_urlHint = nullptr;
    QComboBox *m_modelCombo = nullptr;
    QButtonGroup *m_keyGroup = nullptr;
    QRadioButton *m_keychainRadio = nullptr;
    QRadioButton *m_environmentRadio = nullptr;
    QRadioButton *m_noKeyRadio = nullptr;
    QLineEdit *m_keyEdit = nullptr;
    QLineEdit *m_environmentEdit = nullptr;
    QLabel *m_keyHelp = nullptr;
    QPushButton *m_testButton = nullptr;
    QLabel *m_testResult = nullptr;
    QLabel *m_saveMessage = nullptr;
    QPushButton *m_useEnvironmentButton = nullptr;

    QLabel *m_finishText = nullptr;
    QCheckBox *m_exampleCheck = nullptr;
};

} // namespace Seedbed
