#pragma once

#include "models/llm/keystore.h"
#include "models/llm/providerprofile.h"

#include <QDialog>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>

class QButtonGroup;
class QComboBox;
class QDialogButtonBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QMenu;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;
class QStackedWidget;
class QTableWidget;
class QToolButton;

namespace Seedbed {

namespace Llm {
class ConnectionTester;
class ProfileStore;
} // namespace Llm

/*! \brief Settings of the user's LLM provider profiles: the list on the left, the selected
    profile's form on the right.

    Form edits, added and duplicated profiles stay in the dialog until OK or Apply writes them
    to the ProfileStore; Cancel drops them. Two actions take effect at once, because they touch
    the system keychain: "Store in keychain" (the key is stored and the profile saved with
    keyInKeychain) and Remove (after a confirmation; the profile's keychain entry is deleted
    too). A typed key is handed to the KeyStore or, for "Test connection", to the
    ConnectionTester, then cleared from the field; the dialog never logs, shows or writes one.

    Neither \a store nor \a keys is owned; both must outlive the dialog. */
class ProvidersDialog : public QDialog
{
    Q_OBJECT

public:
    explicit ProvidersDialog(Llm::ProfileStore *store, Llm::KeyStore *keys,
                             QWidget *parent = nullptr);
    ~ProvidersDialog() override;

    /*! The profiles as edited, applied or not, in list order. */
    QList<Llm::ProviderProfile> profiles() const;
    /*! The id of the selected profile, or an empty string. */
    QString currentProfileId() const;
    /*! Selects the profile whose id (else name) is \a nameOrId. */
    void selectProfile(const QString &nameOrId);
    /*! Adds a profile made from the ProviderPresets entry \a presetId, named after the preset
        (with a number when the name is taken), and selects it. It reaches the store on
        apply(). Returns its id, or an empty string for an unknown preset. */
    QString addFromPreset(const QString &presetId);

    /*! Whether some profile differs from the store. */
    bool hasPendingChanges() const;
    /*! Why OK and Apply are disabled, in words; empty when every profile is valid. */
    QString problem() const;
    /*! Writes every changed or new profile to the store. On failure says why below the form
        and returns false; what was written before the failure stays written. */
    bool apply();

    void done(int result) override;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    struct Entry
    {
        Llm::ProviderProfile profile;
        QString urlText; // as typed; the profile's URL may not represent it when malformed
        Llm::KeyStore::KeySource source = Llm::KeyStore::KeySource::None;
        QString environmentVariable; // kept while another source is chosen
        bool keyStored = false;      // the keychain holds a key for this profile
        bool inStore = false;
        struct PriceRow
        {
            QString model;
            double input = 0;
            double output = 0;
        };
        QList<PriceRow> priceRows; // as in the table, duplicates and blanks included
        QString keyMessage;        // result of the last "Store in keychain"
        bool keyMessageIsError = false;
    };

    void setupList();
    QWidget *setupConnectionTab();
    QWidget *setupLimitsTab();
    QWidget *setupPricesTab();
    void setupShortcuts();
    void connectForm();

    Entry entryFor(const Llm::ProviderProfile &profile, bool inStore) const;
    static void updateKeyFields(Entry &entry);
    static void updatePrices(Entry &entry);
    Entry *currentEntry();
    const Entry *currentEntry() const;
    Entry *entryById(const QString &id);
    int indexOfId(const QString &id) const;
    bool isDirty(const Entry &entry) const;
    QString entryProblem(const Entry &entry) const;
    QString uniqueName(const QString &wanted) const;

    void rebuildList(const QString &selectId);
    void refreshListItem(int row);
    void loadForm();
    void editCurrent(const std::function<void(Entry &)> &edit);
    void updateState();
    void updateKeyWidgets();
    void updateEnvironmentHint();
    void updateUrlHint();
    void showStatus(const QString &text, bool error);
    void syncFromStore();
    void addEntry(Entry entry);

    void duplicateCurrent();
    void removeCurrent();
    void updatePriceHeaders();
    void addPriceRow();
    void removePriceRows();
    void pricesEdited();

    void storeKey();
    void keyWritten(const QString &id, const QString &error);
    void useSuggestedVariable();
    void clearKeyField();

    void startTest();
    void cancelTest();
    void testFinished(bool ok, const QString &message, const QStringList &models);
    void setTesting(bool testing);
    void clearTestResult();
    void useServerModels();

    Llm::ProfileStore *m_store;
    Llm::KeyStore *m_keys;
    Llm::ConnectionTester *m_tester;

    QList<Entry> m_entries;
    bool m_loading = false; // the form is being filled: its signals are no edits
    int m_ownChanges = 0;   // store signals caused by this dialog
    bool m_storingKey = false;
    bool m_statusIsError = false;
    bool m_testing = false;
    quint64 m_testGeneration = 0; // tells a stale key read from the current test
    QString m_testedId;
    QStringList m_serverModels;

    QListWidget *m_list = nullptr;
    QPushButton *m_addButton = nullptr;
    QMenu *m_addMenu = nullptr;
    QPushButton *m_duplicateButton = nullptr;
    QPushButton *m_removeButton = nullptr;

    QStackedWidget *m_stack = nullptr;
    QLineEdit *m_nameEdit = nullptr;
    QComboBox *m_protocolCombo = nullptr;
    QLineEdit *m_urlEdit = nullptr;
    QLabel *m_urlHint = nullptr;
    QPlainTextEdit *m_modelsEdit = nullptr;

    QButtonGroup *m_sourceGroup = nullptr;
    QLineEdit *m_keyEdit = nullptr;
    QToolButton *m_showKeyButton = nullptr;
    QPushButton *m_storeKeyButton = nullptr;
    QLabel *m_keychainStatus = nullptr;
    QLineEdit *m_environmentEdit = nullptr;
    QLabel *m_environmentHint = nullptr;
    QLabel *m_keyMessage = nullptr;
    QPushButton *m_useEnvironmentButton = nullptr;

    QPushButton *m_testButton = nullptr;
    QPushButton *m_cancelTestButton = nullptr;
    QLabel *m_testIcon = nullptr;
    QLabel *m_testMessage = nullptr;
    QPushButton *m_useModelsButton = nullptr;

    QSpinBox *m_concurrencySpin = nullptr;
    QSpinBox *m_requestsSpin = nullptr;
    QSpinBox *m_tokensSpin = nullptr;
    QSpinBox *m_attemptsSpin = nullptr;
    QDoubleSpinBox *m_connectSpin = nullptr;
    QDoubleSpinBox *m_idleSpin = nullptr;
    QDoubleSpinBox *m_totalSpin = nullptr;

    QComboBox *m_currencyCombo = nullptr;
    QTableWidget *m_pricesTable = nullptr;
    QPushButton *m_removePriceButton = nullptr;

    QLabel *m_problemLabel = nullptr;
    QLabel *m_statusLabel = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace Seedbed
