#include "widgets/providersdialog.h"

#include "models/llm/connectiontester.h"
#include "models/llm/profilestore.h"
#include "models/llm/providerpresets.h"

#include <QAction>
#include <QButtonGroup>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QKeySequence>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QMessageBox>
#include <QPainter>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QRadioButton>
#include <QRegularExpression>
#include <QSettings>
#include <QShortcut>
#include <QSpinBox>
#include <QSplitter>
#include <QStackedWidget>
#include <QStyle>
#include <QStyledItemDelegate>
#include <QTabWidget>
#include <QTableWidget>
#include <QToolButton>
#include <QUuid>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>

namespace Seedbed {

using Llm::KeyStore;
using Llm::ProviderPresets;
using Llm::ProviderProfile;
using KeySource = Llm::KeyStore::KeySource;

namespace {

const char geometryKey[] = "providersDialog/geometry";
constexpr int subtitleRole = Qt::UserRole + 1;
constexpr int idRole = Qt::UserRole + 2;
constexpr int maxRequestsPerMinute = 1000000;
constexpr int maxTokensPerMinute = 2000000000;
constexpr double maxTimeoutSeconds = 86400;
const QColor okColor(0x2e, 0x7d, 0x32);
const QColor errorColor(0xc6, 0x28, 0x28);
const QColor warningColor(0x9a, 0x5b, 0x00);

bool isValidVariableName(const QString &name)
{
    static const QRegularExpression pattern(QStringLiteral("^[A-Za-z_][A-Za-z0-9_]*$"));
    return pattern.match(name).hasMatch();
}

QString protocolLabel(Llm::Protocol protocol)
{
    switch (protocol) {
    case Llm::Protocol::OpenAiCompatible:
        return ProvidersDialog::tr("OpenAI-compatible");
    case Llm::Protocol::OllamaNative:
        return ProvidersDialog::tr("Ollama");
    case Llm::Protocol::Anthropic:
        return ProvidersDialog::tr("Anthropic");
    }
    return QString();
}

QString hostAndPort(const QUrl &url)
{
    if (url.host().isEmpty())
        return QString();
    return url.port() > 0 ? url.host() + QLatin1Char(':') + QString::number(url.port())
                          : url.host();
}

QString quoted(const QString &text)
{
    return ProvidersDialog::tr("“%1”").arg(text);
}

QStringList parseModels(const QString &text)
{
    QStringList models;
    const QStringList lines = text.split(QLatin1Char('\n'));
    for (const QString &line : lines) {
        const QString model = line.trimmed();
        if (!model.isEmpty() && !models.contains(model))
            models.append(model);
    }
    return models;
}

QString colored(const QColor &color)
{
    return QStringLiteral("color: %1;").arg(color.name());
}

// Two lines per profile: its name, and under it in grey its protocol and host.
class ProfileDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override
    {
        QStyleOptionViewItem opt = option;
        initStyleOption(&opt, index);
        const QString title = opt.text;
        const QString subtitle = index.data(subtitleRole).toString();
        opt.text.clear();
        const QWidget *widget = opt.widget;
        QStyle *style = widget ? widget->style() : nullptr;
        if (!style)
            return;
        style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);

        const QRect textRect =
            style->subElementRect(QStyle::SE_ItemViewItemText, &opt, widget).adjusted(2, 0, -2, 0);
        const bool selected = opt.state & QStyle::State_Selected;
        const QPalette::ColorGroup group =
            opt.state & QStyle::State_Enabled ? QPalette::Normal : QPalette::Disabled;
        QColor titleColor =
            opt.palette.color(group, selected ? QPalette::HighlightedText : QPalette::Text);
        QColor subtitleColor = titleColor;
        subtitleColor.setAlphaF(selected ? 0.8f : 0.55f);

        const QFontMetrics titleMetrics(opt.font);
        QFont subtitleFont = opt.font;
        subtitleFont.setItalic(false);
        if (opt.font.pointSizeF() > 0)
            subtitleFont.setPointSizeF(opt.font.pointSizeF() * 0.9);
        const QFontMetrics subtitleMetrics(subtitleFont);
        const int height = titleMetrics.height() + subtitleMetrics.height();
        const int top = textRect.top() + (textRect.height() - height) / 2;

        painter->save();
        painter->setFont(opt.font);
        painter->setPen(titleColor);
        painter->drawText(QRect(textRect.left(), top, textRect.width(), titleMetrics.height()),
                          Qt::AlignLeft | Qt::AlignVCenter,
                          titleMetrics.elidedText(title, Qt::ElideRight, textRect.width()));
        painter->setFont(subtitleFont);
        painter->setPen(subtitleColor);
        painter->drawText(QRect(textRect.left(), top + titleMetrics.height(), textRect.width(),
                                subtitleMetrics.height()),
                          Qt::AlignLeft | Qt::AlignVCenter,
                          subtitleMetrics.elidedText(subtitle, Qt::ElideRight, textRect.width()));
        painter->restore();
    }

    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        QSize size = QStyledItemDelegate::sizeHint(option, index);
        const QFontMetrics metrics(option.font);
        size.setHeight(std::max(size.height(), metrics.height() * 2 + 10));
        return size;
    }
};

// Prices are edited as plain non-negative numbers with enough decimals for cheap models.
class PriceDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option,
                          const QModelIndex &index) const override
    {
        if (index.column() == 0)
            return QStyledItemDelegate::createEditor(parent, option, index);
        auto *spin = new QDoubleSpinBox(parent);
        spin->setFrame(false);
        spin->setDecimals(4);
        spin->setRange(0, 1000000);
        return spin;
    }
};

} // namespace

ProvidersDialog::ProvidersDialog(Llm::ProfileStore *store, Llm::KeyStore *keys, QWidget *parent)
    : QDialog(parent)
    , m_store(store)
    , m_keys(keys)
    , m_tester(new Llm::ConnectionTester(this))
{
    setWindowTitle(tr("Provider Profiles"));
    setObjectName(QStringLiteral("providersDialog"));

    setupList();

    m_stack = new QStackedWidget(this);
    auto *empty = new QLabel(tr("No provider profiles yet.\nClick “Add…” to create one from a "
                                "service or a local server."),
                             m_stack);
    empty->setObjectName(QStringLiteral("emptyMessage"));
    empty->setAlignment(Qt::AlignCenter);
    empty->setWordWrap(true);
    m_stack->addWidget(empty);

    auto *tabs = new QTabWidget(m_stack);
    tabs->setObjectName(QStringLiteral("profileTabs"));
    tabs->addTab(setupConnectionTab(), tr("Connection"));
    tabs->addTab(setupLimitsTab(), tr("Limits"));
    tabs->addTab(setupPricesTab(), tr("Prices"));
    m_stack->addWidget(tabs);

    auto *left = new QWidget(this);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(m_list, 1);
    auto *listButtons = new QHBoxLayout;
    listButtons->setSpacing(4);
    listButtons->addWidget(m_addButton);
    listButtons->addWidget(m_duplicateButton);
    listButtons->addWidget(m_removeButton);
    leftLayout->addLayout(listButtons);

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setObjectName(QStringLiteral("splitter"));
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(left);
    splitter->addWidget(m_stack);
    splitter->setStretchFactor(0, 0);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({250, 650});

    m_problemLabel = new QLabel(this);
    m_problemLabel->setObjectName(QStringLiteral("problemLabel"));
    m_problemLabel->setWordWrap(true);
    m_problemLabel->setStyleSheet(colored(errorColor));
    m_problemLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_statusLabel = new QLabel(this);
    m_statusLabel->setObjectName(QStringLiteral("statusLabel"));
    m_statusLabel->setWordWrap(true);
    m_statusLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_statusLabel->hide();

    m_buttons = new QDialogButtonBox(
        QDialogButtonBox::Ok | QDialogButtonBox::Apply | QDialogButtonBox::Cancel, this);
    m_buttons->setObjectName(QStringLiteral("buttonBox"));
    m_buttons->button(QDialogButtonBox::Cancel)
        ->setToolTip(tr("Discards the edits not applied yet. Keys stored with “Store in "
                        "keychain” and removed profiles stay as they are: those take effect at "
                        "once."));
    connect(m_buttons, &QDialogButtonBox::accepted, this, [this] {
        if (apply())
            accept();
    });
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_buttons->button(QDialogButtonBox::Apply), &QPushButton::clicked, this,
            [this] { apply(); });

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(splitter, 1);
    layout->addWidget(m_statusLabel);
    layout->addWidget(m_problemLabel);
    layout->addWidget(m_buttons);

    connectForm();
    setupShortcuts();

    connect(m_tester, &Llm::ConnectionTester::finished, this, &ProvidersDialog::testFinished);
    connect(m_store, &Llm::ProfileStore::problem, this,
            [this](const QString &message) { showStatus(message, true); });
    connect(m_store, &Llm::ProfileStore::profilesChanged, this, [this] {
        if (m_ownChanges == 0)
            syncFromStore();
    });

    for (const ProviderProfile &profile : m_store->profiles())
        m_entries.append(entryFor(profile, true));
    rebuildList(m_entries.isEmpty() ? QString() : m_entries.first().profile.id);
    if (m_store->isReadOnly() && !m_store->lastProblem().isEmpty())
        showStatus(m_store->lastProblem(), true);

    resize(920, 640);
    restoreGeometry(QSettings().value(QLatin1String(geometryKey)).toByteArray());
}

ProvidersDialog::~ProvidersDialog()
{
    // No finished() may reach a half-destroyed dialog.
    m_tester->disconnect(this);
    m_tester->cancel();
}

// --- Building the widgets ---------------------------------------------------------------------

void ProvidersDialog::setupList()
{
    m_list = new QListWidget(this);
    m_list->setObjectName(QStringLiteral("profileList"));
    m_list->setItemDelegate(new ProfileDelegate(m_list));
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->setUniformItemSizes(true);
    m_list->setIconSize(QSize(16, 16));
    m_list->setMinimumWidth(200);

    m_addButton = new QPushButton(tr("Add…"), this);
    m_addButton->setObjectName(QStringLiteral("addButton"));
    m_addButton->setToolTip(
        tr("Add a profile for a service or a local server (%1)")
            .arg(QKeySequence(QKeySequence::New).toString(QKeySequence::NativeText)));
    m_addMenu = new QMenu(m_addButton);
    m_addMenu->setObjectName(QStringLiteral("addMenu"));
    m_addMenu->setToolTipsVisible(true);
    const QList<ProviderPresets::Preset> presets = ProviderPresets::all();
    bool cloudSection = false;
    bool localSection = false;
    for (const ProviderPresets::Preset &preset : presets) {
        if (preset.baseUrl.isEmpty()) {
            m_addMenu->addSeparator();
        } else if (!preset.isLocal && !cloudSection) {
            m_addMenu->addSection(tr("Services"));
            cloudSection = true;
        } else if (preset.isLocal && !localSection) {
            m_addMenu->addSection(tr("Servers on this computer"));
            localSection = true;
        }
        QAction *action = m_addMenu->addAction(preset.name);
        action->setObjectName(QStringLiteral("preset_") + preset.id);
        QString tip = preset.baseUrl.isEmpty()
                          ? preset.note
                          : preset.baseUrl.toDisplayString(QUrl::RemoveUserInfo);
        if (!preset.baseUrl.isEmpty() && !preset.note.isEmpty())
            tip = tr("%1\n%2").arg(tip, preset.note);
        action->setToolTip(tip);
        const QString id = preset.id;
        connect(action, &QAction::triggered, this, [this, id] { addFromPreset(id); });
    }
    m_addButton->setMenu(m_addMenu);

    m_duplicateButton = new QPushButton(tr("Duplicate"), this);
    m_duplicateButton->setObjectName(QStringLiteral("duplicateButton"));
    m_duplicateButton->setToolTip(tr("Add a copy of the selected profile. A key stored in the "
                                     "keychain is not copied."));
    m_removeButton = new QPushButton(tr("Remove"), this);
    m_removeButton->setObjectName(QStringLiteral("removeButton"));
    m_removeButton->setToolTip(
        tr("Remove the selected profile and its key (%1)")
            .arg(QKeySequence(QKeySequence::Delete).toString(QKeySequence::NativeText)));
    for (QPushButton *button : {m_addButton, m_duplicateButton, m_removeButton})
        button->setAutoDefault(false);
}

QWidget *ProvidersDialog::setupConnectionTab()
{
    auto *page = new QWidget;
    m_nameEdit = new QLineEdit(page);
    m_nameEdit->setObjectName(QStringLiteral("nameEdit"));
    m_nameEdit->setToolTip(tr("Stages refer to the profile by this name."));

    m_protocolCombo = new QComboBox(page);
    m_protocolCombo->setObjectName(QStringLiteral("protocolCombo"));
    for (const Llm::Protocol protocol :
         {Llm::Protocol::OpenAiCompatible, Llm::Protocol::OllamaNative, Llm::Protocol::Anthropic})
        m_protocolCombo->addItem(protocolLabel(protocol), int(protocol));
    m_protocolCombo->setItemData(0,
                                 tr("POST /chat/completions: OpenAI, DeepSeek, Qwen, vLLM, "
                                    "llama.cpp, LM Studio and most others"),
                                 Qt::ToolTipRole);
    m_protocolCombo->setItemData(1, tr("Ollama's own API: /api/chat, /api/tags"), Qt::ToolTipRole);
    m_protocolCombo->setItemData(2, tr("Anthropic's Messages API: /v1/messages"), Qt::ToolTipRole);

    m_urlEdit = new QLineEdit(page);
    m_urlEdit->setObjectName(QStringLiteral("baseUrlEdit"));
    m_urlEdit->setPlaceholderText(tr("For example https://api.deepseek.com/v1"));
    m_urlHint = new QLabel(page);
    m_urlHint->setObjectName(QStringLiteral("urlHint"));
    m_urlHint->setWordWrap(true);
    m_urlHint->setEnabled(false); // greyed, like a placeholder

    m_modelsEdit = new QPlainTextEdit(page);
    m_modelsEdit->setObjectName(QStringLiteral("modelsEdit"));
    m_modelsEdit->setPlaceholderText(tr("One model per line"));
    m_modelsEdit->setTabChangesFocus(true);
    m_modelsEdit->setFixedHeight(m_modelsEdit->fontMetrics().lineSpacing() * 5 + 12);

    auto *form = new QFormLayout;
    form->addRow(tr("&Name:"), m_nameEdit);
    form->addRow(tr("&Protocol:"), m_protocolCombo);
    auto *urlBox = new QVBoxLayout;
    urlBox->setSpacing(2);
    urlBox->addWidget(m_urlEdit);
    urlBox->addWidget(m_urlHint);
    auto *urlLabel = new QLabel(tr("Base &URL:"), page);
    urlLabel->setBuddy(m_urlEdit);
    form->addRow(urlLabel, urlBox);
    auto *modelsLabel = new QLabel(tr("&Models:"), page);
    modelsLabel->setBuddy(m_modelsEdit);
    form->addRow(modelsLabel, m_modelsEdit);

    // The key.
    auto *keyBox = new QGroupBox(tr("API key"), page);
    keyBox->setObjectName(QStringLiteral("keyGroup"));
    auto *keychainRadio = new QRadioButton(tr("System &keychain"), keyBox);
    keychainRadio->setObjectName(QStringLiteral("keySourceKeychain"));
    auto *environmentRadio = new QRadioButton(tr("&Environment variable"), keyBox);
    environmentRadio->setObjectName(QStringLiteral("keySourceEnvironment"));
    auto *noneRadio = new QRadioButton(tr("No key (&local server)"), keyBox);
    noneRadio->setObjectName(QStringLiteral("keySourceNone"));
    m_sourceGroup = new QButtonGroup(this);
    m_sourceGroup->addButton(keychainRadio, int(KeySource::Keychain));
    m_sourceGroup->addButton(environmentRadio, int(KeySource::EnvironmentVariable));
    m_sourceGroup->addButton(noneRadio, int(KeySource::None));

    m_keyEdit = new QLineEdit(keyBox);
    m_keyEdit->setObjectName(QStringLiteral("keyEdit"));
    m_keyEdit->setEchoMode(QLineEdit::Password);
    m_keyEdit->setPlaceholderText(tr("Paste the key here"));
    m_keyEdit->setInputMethodHints(Qt::ImhHiddenText | Qt::ImhSensitiveData |
                                   Qt::ImhNoPredictiveText | Qt::ImhNoAutoUppercase);
    m_keyEdit->setContextMenuPolicy(Qt::NoContextMenu);
    m_keyEdit->setToolTip(tr("The key goes to the system keychain and nowhere else; the field is "
                             "cleared once it is stored. “Test connection” uses a key typed "
                             "here without storing it."));
    m_showKeyButton = new QToolButton(keyBox);
    m_showKeyButton->setObjectName(QStringLiteral("showKeyButton"));
    m_showKeyButton->setCheckable(true);
    m_showKeyButton->setText(tr("Show"));
    m_showKeyButton->setToolTip(tr("Show or hide the key while you type it"));
    m_storeKeyButton = new QPushButton(tr("Store in Keychain"), keyBox);
    m_storeKeyButton->setObjectName(QStringLiteral("storeKeyButton"));
    m_storeKeyButton->setAutoDefault(false);
    m_storeKeyButton->setToolTip(tr("Stores the key in the system keychain and saves the profile "
                                    "at once; Cancel does not undo this."));
    m_keychainStatus = new QLabel(keyBox);
    m_keychainStatus->setObjectName(QStringLiteral("keychainStatus"));
    m_keychainStatus->setWordWrap(true);
    m_keychainStatus->setEnabled(false);

    m_environmentEdit = new QLineEdit(keyBox);
    m_environmentEdit->setObjectName(QStringLiteral("environmentEdit"));
    m_environmentEdit->setToolTip(tr("The name of the variable, not the key: Seedbed reads the "
                                     "key from it when it needs one."));
    m_environmentHint = new QLabel(keyBox);
    m_environmentHint->setObjectName(QStringLiteral("environmentHint"));
    m_environmentHint->setWordWrap(true);

    // Word-wrapped labels may be given more height than their text needs: keep it at the top.
    for (QLabel *label : {m_keychainStatus, m_environmentHint})
        label->setAlignment(Qt::AlignTop | Qt::AlignLeft);

    m_keyMessage = new QLabel(keyBox);
    m_keyMessage->setObjectName(QStringLiteral("keyMessage"));
    m_keyMessage->setWordWrap(true);
    m_keyMessage->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_useEnvironmentButton = new QPushButton(keyBox);
    m_useEnvironmentButton->setObjectName(QStringLiteral("useEnvironmentButton"));
    m_useEnvironmentButton->setAutoDefault(false);

    auto *keyRow = new QHBoxLayout;
    keyRow->setSpacing(4);
    keyRow->addWidget(m_keyEdit, 1);
    keyRow->addWidget(m_showKeyButton);
    keyRow->addWidget(m_storeKeyButton);
    auto *useRow = new QHBoxLayout;
    useRow->addWidget(m_useEnvironmentButton);
    useRow->addStretch();

    // A hint sits under its field in the same cell, so a hidden one leaves no gap.
    auto *keychainCell = new QVBoxLayout;
    keychainCell->setSpacing(2);
    keychainCell->addLayout(keyRow);
    keychainCell->addWidget(m_keychainStatus);
    auto *environmentCell = new QVBoxLayout;
    environmentCell->setSpacing(2);
    environmentCell->addWidget(m_environmentEdit);
    environmentCell->addWidget(m_environmentHint);

    auto *keyGrid = new QGridLayout(keyBox);
    keyGrid->setColumnStretch(1, 1);
    const int radioHeight = m_keyEdit->sizeHint().height();
    for (QRadioButton *radio : {keychainRadio, environmentRadio, noneRadio})
        radio->setMinimumHeight(radioHeight); // level with the field beside it
    keyGrid->addWidget(keychainRadio, 0, 0, Qt::AlignTop);
    keyGrid->addLayout(keychainCell, 0, 1);
    keyGrid->addWidget(environmentRadio, 1, 0, Qt::AlignTop);
    keyGrid->addLayout(environmentCell, 1, 1);
    keyGrid->addWidget(noneRadio, 2, 0, 1, 2);
    keyGrid->addWidget(m_keyMessage, 3, 0, 1, 2);
    keyGrid->addLayout(useRow, 4, 0, 1, 2);

    // The test.
    m_testButton = new QPushButton(tr("Test Connection"), page);
    m_testButton->setObjectName(QStringLiteral("testButton"));
    m_testButton->setAutoDefault(false);
    m_testButton->setToolTip(tr("Asks the server for its models with the profile as edited, "
                                "including edits not applied yet"));
    m_cancelTestButton = new QPushButton(tr("Cancel Test"), page);
    m_cancelTestButton->setObjectName(QStringLiteral("cancelTestButton"));
    m_cancelTestButton->setAutoDefault(false);
    m_cancelTestButton->hide();
    m_testIcon = new QLabel(page);
    m_testIcon->setObjectName(QStringLiteral("testIcon"));
    QFont iconFont = m_testIcon->font();
    iconFont.setBold(true);
    iconFont.setPointSizeF(iconFont.pointSizeF() * 1.3);
    m_testIcon->setFont(iconFont);
    m_testIcon->setAlignment(Qt::AlignTop | Qt::AlignHCenter);
    m_testMessage = new QLabel(page);
    m_testMessage->setObjectName(QStringLiteral("testMessage"));
    m_testMessage->setWordWrap(true);
    m_testMessage->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_testMessage->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_useModelsButton = new QPushButton(page);
    m_useModelsButton->setObjectName(QStringLiteral("useServerModelsButton"));
    m_useModelsButton->setAutoDefault(false);
    m_useModelsButton->setToolTip(tr("Replaces the models of the profile with the ones the "
                                     "server listed"));
    m_useModelsButton->hide();

    auto *testRow = new QHBoxLayout;
    testRow->addWidget(m_testButton);
    testRow->addWidget(m_cancelTestButton);
    testRow->addStretch();
    auto *resultRow = new QHBoxLayout;
    resultRow->setSpacing(6);
    resultRow->addWidget(m_testIcon, 0, Qt::AlignTop);
    resultRow->addWidget(m_testMessage, 1);
    auto *useModelsRow = new QHBoxLayout;
    useModelsRow->addWidget(m_useModelsButton);
    useModelsRow->addStretch();

    auto *layout = new QVBoxLayout(page);
    layout->addLayout(form);
    layout->addWidget(keyBox);
    layout->addLayout(testRow);
    layout->addLayout(resultRow);
    layout->addLayout(useModelsRow);
    layout->addStretch();
    return page;
}

QWidget *ProvidersDialog::setupLimitsTab()
{
    auto *page = new QWidget;
    const auto makeSpin = [page](const char *name, int minimum, int maximum) {
        auto *spin = new QSpinBox(page);
        spin->setObjectName(QLatin1String(name));
        spin->setRange(minimum, maximum);
        spin->setGroupSeparatorShown(true);
        spin->setAccelerated(true);
        return spin;
    };
    m_concurrencySpin = makeSpin("maxConcurrencySpin", 1, 4096);
    m_concurrencySpin->setToolTip(tr("How many requests may be in flight at once"));
    m_requestsSpin = makeSpin("requestsPerMinuteSpin", 0, maxRequestsPerMinute);
    m_requestsSpin->setSpecialValueText(tr("Unlimited"));
    m_tokensSpin = makeSpin("tokensPerMinuteSpin", 0, maxTokensPerMinute);
    m_tokensSpin->setSpecialValueText(tr("Unlimited"));
    m_tokensSpin->setSingleStep(1000);
    m_attemptsSpin = makeSpin("maxAttemptsSpin", 1, 20);
    m_attemptsSpin->setToolTip(tr("The first attempt plus retries after connection errors, "
                                  "timeouts, 429 and 5xx answers"));

    const auto makeSeconds = [page](const char *name) {
        auto *spin = new QDoubleSpinBox(page);
        spin->setObjectName(QLatin1String(name));
        spin->setDecimals(1);
        spin->setRange(0, maxTimeoutSeconds);
        spin->setSuffix(tr(" s"));
        spin->setSpecialValueText(tr("None"));
        spin->setAccelerated(true);
        return spin;
    };
    m_connectSpin = makeSeconds("connectTimeoutSpin");
    m_connectSpin->setToolTip(tr("How long to wait for the connection and the first byte"));
    m_idleSpin = makeSeconds("idleTimeoutSpin");
    m_idleSpin->setToolTip(tr("The longest silence allowed between two pieces of a response"));
    m_totalSpin = makeSeconds("totalTimeoutSpin");
    m_totalSpin->setToolTip(tr("The longest one attempt may take"));

    for (QAbstractSpinBox *spin : std::initializer_list<QAbstractSpinBox *>{
             m_concurrencySpin, m_requestsSpin, m_tokensSpin, m_attemptsSpin, m_connectSpin,
             m_idleSpin, m_totalSpin})
        spin->setMinimumWidth(160);
    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::FieldsStayAtSizeHint);
    form->addRow(tr("Max &concurrent requests:"), m_concurrencySpin);
    form->addRow(tr("&Requests per minute:"), m_requestsSpin);
    form->addRow(tr("&Tokens per minute:"), m_tokensSpin);
    form->addRow(tr("&Attempts per request:"), m_attemptsSpin);
    form->addRow(tr("C&onnect timeout:"), m_connectSpin);
    form->addRow(tr("&Idle timeout:"), m_idleSpin);
    form->addRow(tr("Tota&l timeout:"), m_totalSpin);

    auto *hint = new QLabel(tr("0 means unlimited. Seedbed also slows down by itself when the "
                               "server answers 429 (too many requests)."),
                            page);
    hint->setWordWrap(true);
    hint->setEnabled(false);

    auto *layout = new QVBoxLayout(page);
    layout->addLayout(form);
    layout->addWidget(hint);
    layout->addStretch();
    return page;
}

QWidget *ProvidersDialog::setupPricesTab()
{
    auto *page = new QWidget;
    m_currencyCombo = new QComboBox(page);
    m_currencyCombo->setObjectName(QStringLiteral("currencyCombo"));
    m_currencyCombo->setEditable(true);
    m_currencyCombo->setInsertPolicy(QComboBox::NoInsert);
    for (const char *currency : {"USD", "CNY", "EUR", "GBP", "JPY"})
        m_currencyCombo->addItem(QLatin1String(currency));

    m_pricesTable = new QTableWidget(0, 3, page);
    m_pricesTable->setObjectName(QStringLiteral("pricesTable"));
    m_pricesTable->setItemDelegate(new PriceDelegate(m_pricesTable));
    m_pricesTable->verticalHeader()->hide();
    m_pricesTable->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_pricesTable->horizontalHeader()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_pricesTable->horizontalHeader()->setSectionResizeMode(2, QHeaderView::ResizeToContents);
    m_pricesTable->setSelectionBehavior(QAbstractItemView::SelectRows);

    updatePriceHeaders();

    auto *addPrice = new QPushButton(tr("Add Price"), page);
    addPrice->setObjectName(QStringLiteral("addPriceButton"));
    addPrice->setAutoDefault(false);
    m_removePriceButton = new QPushButton(tr("Remove Price"), page);
    m_removePriceButton->setObjectName(QStringLiteral("removePriceButton"));
    m_removePriceButton->setAutoDefault(false);
    connect(addPrice, &QPushButton::clicked, this, &ProvidersDialog::addPriceRow);
    connect(m_removePriceButton, &QPushButton::clicked, this, &ProvidersDialog::removePriceRows);

    m_currencyCombo->setMinimumWidth(120);
    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::FieldsStayAtSizeHint);
    form->addRow(tr("C&urrency:"), m_currencyCombo);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(addPrice);
    buttons->addWidget(m_removePriceButton);
    buttons->addStretch();
    auto *hint = new QLabel(tr("Prices per million tokens, used to add up the cost of runs. A "
                               "model without a price makes the cost incomplete, not zero."),
                            page);
    hint->setWordWrap(true);
    hint->setEnabled(false);

    auto *layout = new QVBoxLayout(page);
    layout->addLayout(form);
    layout->addWidget(m_pricesTable, 1);
    layout->addLayout(buttons);
    layout->addWidget(hint);
    return page;
}

void ProvidersDialog::setupShortcuts()
{
    auto *add = new QShortcut(QKeySequence::New, this);
    connect(add, &QShortcut::activated, m_addButton, &QPushButton::showMenu);
    // Only on the list: Delete in a text field deletes text.
    auto *remove = new QShortcut(QKeySequence::Delete, m_list);
    remove->setContext(Qt::WidgetShortcut);
    connect(remove, &QShortcut::activated, this, &ProvidersDialog::removeCurrent);
    auto *removePrice = new QShortcut(QKeySequence::Delete, m_pricesTable);
    removePrice->setContext(Qt::WidgetShortcut);
    connect(removePrice, &QShortcut::activated, this, &ProvidersDialog::removePriceRows);
}

void ProvidersDialog::connectForm()
{
    connect(m_list, &QListWidget::currentRowChanged, this, [this] {
        if (!m_statusIsError)
            showStatus(QString(), false); // a preset's note belongs to the profile just added
        cancelTest();
        clearTestResult();
        clearKeyField();
        loadForm();
        updateState();
    });
    connect(m_duplicateButton, &QPushButton::clicked, this, &ProvidersDialog::duplicateCurrent);
    connect(m_removeButton, &QPushButton::clicked, this, &ProvidersDialog::removeCurrent);

    connect(m_nameEdit, &QLineEdit::textChanged, this, [this](const QString &text) {
        editCurrent([&](Entry &e) { e.profile.name = text.trimmed(); });
    });
    connect(m_protocolCombo, &QComboBox::currentIndexChanged, this, [this] {
        const auto protocol = Llm::Protocol(m_protocolCombo->currentData().toInt());
        editCurrent([&](Entry &e) { e.profile.protocol = protocol; });
    });
    connect(m_urlEdit, &QLineEdit::textChanged, this, [this](const QString &text) {
        editCurrent([&](Entry &e) {
            e.urlText = text.trimmed();
            e.profile.baseUrl = QUrl(e.urlText, QUrl::StrictMode);
        });
        updateUrlHint();
    });
    connect(m_modelsEdit, &QPlainTextEdit::textChanged, this, [this] {
        const QStringList models = parseModels(m_modelsEdit->toPlainText());
        editCurrent([&](Entry &e) { e.profile.models = models; });
    });

    connect(m_sourceGroup, &QButtonGroup::idToggled, this, [this](int id, bool checked) {
        if (!checked)
            return;
        editCurrent([&](Entry &e) {
            e.source = KeySource(id);
            if (e.source == KeySource::EnvironmentVariable && e.environmentVariable.isEmpty())
                e.environmentVariable = KeyStore::suggestedEnvironmentVariable(e.profile);
            updateKeyFields(e);
        });
        if (m_loading)
            return;
        if (const Entry *e = currentEntry()) {
            const QSignalBlocker blocker(m_environmentEdit);
            m_environmentEdit->setText(e->environmentVariable);
        }
        if (KeySource(id) != KeySource::Keychain)
            clearKeyField();
        updateKeyWidgets();
    });
    connect(m_environmentEdit, &QLineEdit::textChanged, this, [this](const QString &text) {
        editCurrent([&](Entry &e) {
            e.environmentVariable = text.trimmed();
            updateKeyFields(e);
        });
        updateEnvironmentHint();
    });
    connect(m_keyEdit, &QLineEdit::textChanged, this, [this] { updateKeyWidgets(); });
    m_keyEdit->installEventFilter(this);
    connect(m_showKeyButton, &QToolButton::toggled, this, [this](bool shown) {
        m_keyEdit->setEchoMode(shown ? QLineEdit::Normal : QLineEdit::Password);
        m_showKeyButton->setText(shown ? tr("Hide") : tr("Show"));
    });
    connect(m_storeKeyButton, &QPushButton::clicked, this, &ProvidersDialog::storeKey);
    connect(m_useEnvironmentButton, &QPushButton::clicked, this,
            &ProvidersDialog::useSuggestedVariable);

    connect(m_testButton, &QPushButton::clicked, this, &ProvidersDialog::startTest);
    connect(m_cancelTestButton, &QPushButton::clicked, this, [this] {
        cancelTest();
        clearTestResult();
        m_testMessage->setText(tr("Test cancelled."));
    });
    connect(m_useModelsButton, &QPushButton::clicked, this, &ProvidersDialog::useServerModels);

    const auto intField = [this](QSpinBox *spin, int ProviderProfile::*field) {
        connect(spin, &QSpinBox::valueChanged, this, [this, field](int value) {
            editCurrent([&](Entry &e) { e.profile.*field = value; });
        });
    };
    intField(m_concurrencySpin, &ProviderProfile::maxConcurrency);
    intField(m_requestsSpin, &ProviderProfile::requestsPerMinute);
    intField(m_tokensSpin, &ProviderProfile::tokensPerMinute);
    intField(m_attemptsSpin, &ProviderProfile::maxAttempts);
    const auto secondsField = [this](QDoubleSpinBox *spin, int ProviderProfile::*field) {
        connect(spin, &QDoubleSpinBox::valueChanged, this, [this, field](double seconds) {
            editCurrent([&](Entry &e) { e.profile.*field = int(std::lround(seconds * 1000)); });
        });
    };
    secondsField(m_connectSpin, &ProviderProfile::connectTimeoutMs);
    secondsField(m_idleSpin, &ProviderProfile::idleTimeoutMs);
    secondsField(m_totalSpin, &ProviderProfile::totalTimeoutMs);

    connect(m_currencyCombo, &QComboBox::currentTextChanged, this, [this](const QString &text) {
        updatePriceHeaders();
        editCurrent([&](Entry &e) { e.profile.currency = text.trimmed(); });
    });
    connect(m_pricesTable, &QTableWidget::itemChanged, this, &ProvidersDialog::pricesEdited);
    connect(m_pricesTable, &QTableWidget::itemSelectionChanged, this,
            [this] { m_removePriceButton->setEnabled(!m_pricesTable->selectedItems().isEmpty()); });
}

// --- Entries ----------------------------------------------------------------------------------

ProvidersDialog::Entry ProvidersDialog::entryFor(const ProviderProfile &profile, bool inStore) const
{
    Entry entry;
    entry.profile = profile;
    entry.urlText = profile.baseUrl.toString();
    entry.source = KeyStore::keySource(profile);
    entry.environmentVariable = profile.keyEnvironmentVariable;
    entry.keyStored = profile.keyInKeychain;
    entry.inStore = inStore;
    QStringList models = profile.prices.keys();
    models.sort();
    for (const QString &model : std::as_const(models)) {
        const Llm::ModelPrice price = profile.prices.value(model);
        entry.priceRows.append({model, price.inputPerMillion, price.outputPerMillion});
    }
    return entry;
}

// The profile's key fields follow the chosen source; the other sources' settings are kept in
// the entry so that switching back and forth loses nothing.
void ProvidersDialog::updateKeyFields(Entry &entry)
{
    entry.profile.keyEnvironmentVariable =
        entry.source == KeySource::EnvironmentVariable ? entry.environmentVariable : QString();
    entry.profile.keyInKeychain = entry.source != KeySource::None && entry.keyStored;
}

void ProvidersDialog::updatePrices(Entry &entry)
{
    entry.profile.prices.clear();
    for (const Entry::PriceRow &row : std::as_const(entry.priceRows)) {
        if (!row.model.isEmpty())
            entry.profile.prices.insert(row.model, Llm::ModelPrice{row.input, row.output});
    }
}

ProvidersDialog::Entry *ProvidersDialog::currentEntry()
{
    const int row = m_list->currentRow();
    return row >= 0 && row < m_entries.size() ? &m_entries[row] : nullptr;
}

const ProvidersDialog::Entry *ProvidersDialog::currentEntry() const
{
    const int row = m_list->currentRow();
    return row >= 0 && row < m_entries.size() ? &m_entries.at(row) : nullptr;
}

ProvidersDialog::Entry *ProvidersDialog::entryById(const QString &id)
{
    const int index = indexOfId(id);
    return index >= 0 ? &m_entries[index] : nullptr;
}

int ProvidersDialog::indexOfId(const QString &id) const
{
    for (int i = 0; i < m_entries.size(); ++i) {
        if (m_entries.at(i).profile.id == id)
            return i;
    }
    return -1;
}

bool ProvidersDialog::isDirty(const Entry &entry) const
{
    if (!entry.inStore)
        return true;
    const std::optional<ProviderProfile> stored = m_store->profile(entry.profile.id);
    return !stored || *stored != entry.profile;
}

QString ProvidersDialog::entryProblem(const Entry &entry) const
{
    const QString name = entry.profile.name;
    if (name.isEmpty())
        return tr("Enter a name for the profile.");
    for (const Entry &other : m_entries) {
        if (&other != &entry && other.profile.name.compare(name, Qt::CaseInsensitive) == 0) {
            return tr("Another profile is already named %1. Stages refer to profiles by name, "
                      "so names must differ.")
                .arg(quoted(other.profile.name));
        }
    }

    const QUrl &url = entry.profile.baseUrl;
    if (entry.urlText.isEmpty()) {
        return tr("Enter the base URL of the API, for example https://api.deepseek.com/v1 or "
                  "http://127.0.0.1:11434.");
    }
    if (!url.isValid())
        return tr("The base URL %1 is not a valid address.").arg(quoted(entry.urlText));
    const QString scheme = url.scheme().toLower();
    if (scheme != QLatin1String("http") && scheme != QLatin1String("https"))
        return tr("The base URL must start with http:// or https://.");
    if (url.host().isEmpty())
        return tr("The base URL %1 has no host name.").arg(quoted(entry.urlText));

    if (entry.source == KeySource::EnvironmentVariable) {
        if (entry.environmentVariable.isEmpty())
            return tr("Enter the name of the environment variable that holds the key.");
        if (!isValidVariableName(entry.environmentVariable)) {
            ProviderProfile unnamed = entry.profile;
            unnamed.keyEnvironmentVariable.clear();
            return tr("%1 is not a valid environment variable name: use letters, digits and "
                      "underscores, for example %2.")
                .arg(quoted(entry.environmentVariable),
                     KeyStore::suggestedEnvironmentVariable(unnamed));
        }
    }

    if (entry.profile.currency.isEmpty())
        return tr("Enter the currency of the prices, for example USD.");
    QStringList pricedModels;
    for (const Entry::PriceRow &row : entry.priceRows) {
        if (row.model.isEmpty()) {
            if (row.input > 0 || row.output > 0)
                return tr("A price has no model name. Enter the model, or remove the row.");
            continue;
        }
        if (pricedModels.contains(row.model))
            return tr("The model %1 has two prices; remove one.").arg(quoted(row.model));
        pricedModels.append(row.model);
    }
    return QString();
}

QString ProvidersDialog::uniqueName(const QString &wanted) const
{
    const auto taken = [this](const QString &name) {
        return std::any_of(m_entries.cbegin(), m_entries.cend(), [&](const Entry &e) {
            return e.profile.name.compare(name, Qt::CaseInsensitive) == 0;
        });
    };
    QString base = wanted.trimmed().isEmpty() ? tr("Provider") : wanted.trimmed();
    if (!taken(base))
        return base;
    for (int number = 2;; ++number) {
        QString candidate = tr("%1 %2").arg(base).arg(number);
        if (!taken(candidate))
            return candidate;
    }
}

QList<ProviderProfile> ProvidersDialog::profiles() const
{
    QList<ProviderProfile> result;
    result.reserve(m_entries.size());
    for (const Entry &entry : m_entries)
        result.append(entry.profile);
    return result;
}

QString ProvidersDialog::currentProfileId() const
{
    const Entry *entry = currentEntry();
    return entry ? entry->profile.id : QString();
}

void ProvidersDialog::selectProfile(const QString &nameOrId)
{
    int index = indexOfId(nameOrId);
    for (int i = 0; index < 0 && i < m_entries.size(); ++i) {
        if (m_entries.at(i).profile.name == nameOrId)
            index = i;
    }
    if (index >= 0)
        m_list->setCurrentRow(index);
}

QString ProvidersDialog::addFromPreset(const QString &presetId)
{
    const std::optional<ProviderPresets::Preset> preset = ProviderPresets::find(presetId);
    if (!preset)
        return QString();
    ProviderProfile profile = ProviderPresets::makeProfile(*preset);
    profile.name = uniqueName(profile.name);
    Entry entry = entryFor(profile, false);
    QString id = profile.id;
    addEntry(std::move(entry));
    if (!preset->note.isEmpty())
        showStatus(preset->note, false);
    return id;
}

void ProvidersDialog::addEntry(Entry entry)
{
    const QString id = entry.profile.id;
    m_entries.append(std::move(entry));
    rebuildList(id);
    m_nameEdit->setFocus();
    m_nameEdit->selectAll();
}

void ProvidersDialog::duplicateCurrent()
{
    const Entry *current = currentEntry();
    if (!current)
        return;
    Entry copy = *current;
    copy.profile.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    copy.profile.name = uniqueName(tr("%1 (copy)").arg(current->profile.name));
    // The key in the keychain belongs to the original's id.
    copy.keyStored = false;
    copy.inStore = false;
    copy.keyMessage.clear();
    updateKeyFields(copy);
    addEntry(std::move(copy));
}

void ProvidersDialog::removeCurrent()
{
    const Entry *current = currentEntry();
    if (!current)
        return;
    const QString id = current->profile.id;
    const QString name = current->profile.name;
    const std::optional<ProviderProfile> stored = m_store->profile(id);
    const bool hasKey = current->keyStored || (stored && stored->keyInKeychain);

    QMessageBox box(QMessageBox::Question, tr("Remove Profile"),
                    tr("Remove the provider profile %1?").arg(quoted(name)), QMessageBox::NoButton,
                    this);
    box.setObjectName(QStringLiteral("confirmRemove"));
    box.setInformativeText(
        hasKey ? tr("Its key is also deleted from the system keychain. Stages that use this "
                    "profile will need another one. This takes effect at once.")
               : tr("Stages that use this profile will need another one. This takes effect at "
                    "once."));
    QPushButton *removeButton = box.addButton(tr("Remove"), QMessageBox::DestructiveRole);
    removeButton->setObjectName(QStringLiteral("confirmRemoveButton"));
    box.addButton(QMessageBox::Cancel);
    box.setDefaultButton(QMessageBox::Cancel);
    box.exec();
    if (box.clickedButton() != removeButton)
        return;

    const int index = indexOfId(id); // the store may have changed while the box was open
    if (index < 0)
        return;
    const ProviderProfile profile = m_entries.at(index).profile;
    if (stored && m_store->contains(id)) {
        QString error;
        ++m_ownChanges;
        const bool removed = m_store->remove(id, &error);
        --m_ownChanges;
        if (!removed) {
            showStatus(tr("The profile %1 could not be removed: %2").arg(quoted(name), error),
                       true);
            return;
        }
    }
    m_entries.removeAt(index);
    rebuildList(index < m_entries.size() ? m_entries.at(index).profile.id
                : m_entries.isEmpty()    ? QString()
                                         : m_entries.last().profile.id);
    showStatus(tr("Removed the profile %1.").arg(quoted(name)), false);
    if (!hasKey)
        return;
    QPointer<ProvidersDialog> self(this);
    m_keys->deleteKey(profile, [self, name](const QString &error) {
        if (self && !error.isEmpty()) {
            self->showStatus(tr("The profile %1 was removed, but its key could not be deleted "
                                "from the system keychain: %2")
                                 .arg(quoted(name), error),
                             true);
        }
    });
}

// --- List and form ----------------------------------------------------------------------------

void ProvidersDialog::rebuildList(const QString &selectId)
{
    {
        const QSignalBlocker blocker(m_list);
        m_list->clear();
        for (int row = 0; row < m_entries.size(); ++row) {
            auto *item = new QListWidgetItem(m_list);
            item->setData(idRole, m_entries.at(row).profile.id);
            refreshListItem(row);
        }
        const int index = indexOfId(selectId);
        m_list->setCurrentRow(index >= 0 ? index : (m_entries.isEmpty() ? -1 : 0));
    }
    cancelTest();
    clearTestResult();
    clearKeyField();
    loadForm();
    updateState();
}

void ProvidersDialog::refreshListItem(int row)
{
    QListWidgetItem *item = m_list->item(row);
    if (!item || row >= m_entries.size())
        return;
    const Entry &entry = m_entries.at(row);
    const QString name = entry.profile.name.isEmpty() ? tr("(no name)") : entry.profile.name;
    item->setText(name);
    const QString host = hostAndPort(entry.profile.baseUrl);
    item->setData(subtitleRole, tr("%1 · %2").arg(protocolLabel(entry.profile.protocol),
                                                  host.isEmpty() ? tr("no URL") : host));
    const QString problem = entryProblem(entry);
    item->setIcon(problem.isEmpty() ? QIcon()
                                    : style()->standardIcon(QStyle::SP_MessageBoxWarning));
    const bool dirty = isDirty(entry);
    QFont font = m_list->font();
    font.setItalic(dirty);
    item->setFont(font);
    QString tip = problem;
    if (dirty)
        tip = tip.isEmpty() ? tr("Not applied yet") : tr("%1\nNot applied yet").arg(tip);
    item->setToolTip(tip);
}

void ProvidersDialog::loadForm()
{
    const Entry *entry = currentEntry();
    m_stack->setCurrentIndex(entry ? 1 : 0);
    m_duplicateButton->setEnabled(entry != nullptr);
    m_removeButton->setEnabled(entry != nullptr);
    if (!entry)
        return;

    m_loading = true;
    const ProviderProfile &p = entry->profile;
    m_nameEdit->setText(p.name);
    m_protocolCombo->setCurrentIndex(m_protocolCombo->findData(int(p.protocol)));
    m_urlEdit->setText(entry->urlText);
    m_modelsEdit->setPlainText(p.models.join(QLatin1Char('\n')));
    if (QAbstractButton *radio = m_sourceGroup->button(int(entry->source)))
        radio->setChecked(true);
    m_environmentEdit->setText(entry->environmentVariable);
    m_environmentEdit->setPlaceholderText(KeyStore::suggestedEnvironmentVariable(p));

    m_concurrencySpin->setValue(p.maxConcurrency);
    m_requestsSpin->setValue(p.requestsPerMinute);
    m_tokensSpin->setValue(p.tokensPerMinute);
    m_attemptsSpin->setValue(p.maxAttempts);
    m_connectSpin->setValue(p.connectTimeoutMs / 1000.0);
    m_idleSpin->setValue(p.idleTimeoutMs / 1000.0);
    m_totalSpin->setValue(p.totalTimeoutMs / 1000.0);

    m_currencyCombo->setCurrentText(p.currency);
    m_pricesTable->setRowCount(0);
    for (const Entry::PriceRow &price : entry->priceRows) {
        const int row = m_pricesTable->rowCount();
        m_pricesTable->insertRow(row);
        m_pricesTable->setItem(row, 0, new QTableWidgetItem(price.model));
        for (int column : {1, 2}) {
            auto *item = new QTableWidgetItem;
            item->setData(Qt::EditRole, column == 1 ? price.input : price.output);
            item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            m_pricesTable->setItem(row, column, item);
        }
    }
    m_removePriceButton->setEnabled(false);
    m_loading = false;

    updateUrlHint();
    updateKeyWidgets();
}

void ProvidersDialog::editCurrent(const std::function<void(Entry &)> &edit)
{
    if (m_loading)
        return;
    Entry *entry = currentEntry();
    if (!entry)
        return;
    edit(*entry);
    updateState();
}

void ProvidersDialog::updateState()
{
    // Names must differ between profiles, so one edit may change another's problem.
    for (int row = 0; row < m_entries.size(); ++row)
        refreshListItem(row);

    const QString why = problem();
    m_problemLabel->setText(why);
    m_problemLabel->setVisible(!why.isEmpty());
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(why.isEmpty() && !m_storingKey);
    m_buttons->button(QDialogButtonBox::Apply)
        ->setEnabled(why.isEmpty() && !m_storingKey && hasPendingChanges());
    updateKeyWidgets();
}

void ProvidersDialog::updateUrlHint()
{
    const Entry *entry = currentEntry();
    QString hint;
    if (entry) {
        if (const auto preset = ProviderPresets::match(entry->profile.baseUrl))
            hint = preset->note;
    }
    m_urlHint->setText(hint);
    m_urlHint->setVisible(!hint.isEmpty());
}

void ProvidersDialog::updateKeyWidgets()
{
    const Entry *entry = currentEntry();
    if (!entry)
        return;
    const bool keychain = entry->source == KeySource::Keychain;
    const bool environment = entry->source == KeySource::EnvironmentVariable;

    m_keyEdit->setEnabled(keychain && !m_storingKey);
    m_showKeyButton->setEnabled(keychain);
    m_storeKeyButton->setEnabled(keychain && !m_storingKey &&
                                 !m_keyEdit->text().trimmed().isEmpty());
    m_storeKeyButton->setText(m_storingKey ? tr("Storing…") : tr("Store in Keychain"));
    QString status;
    if (keychain) {
        if (!KeyStore::isKeychainCompiledIn())
            status = tr("This build of Seedbed cannot use the system keychain; use an "
                        "environment variable.");
        else if (entry->keyStored)
            status = tr("A key is stored in the system keychain. Enter another one to replace "
                        "it.");
        else
            status = tr("No key is stored yet: paste it above and click “Store in Keychain”.");
    }
    m_keychainStatus->setText(status);
    m_keychainStatus->setVisible(!status.isEmpty());

    m_environmentEdit->setEnabled(environment);
    updateEnvironmentHint();

    m_keyMessage->setText(entry->keyMessage);
    m_keyMessage->setVisible(!entry->keyMessage.isEmpty());
    m_keyMessage->setStyleSheet(colored(entry->keyMessageIsError ? errorColor : okColor));
    const QString suggestion = entry->environmentVariable.isEmpty()
                                   ? KeyStore::suggestedEnvironmentVariable(entry->profile)
                                   : entry->environmentVariable;
    m_useEnvironmentButton->setText(tr("Use the Environment Variable %1").arg(suggestion));
    m_useEnvironmentButton->setVisible(entry->keyMessageIsError && !environment);
}

void ProvidersDialog::updateEnvironmentHint()
{
    const Entry *entry = currentEntry();
    if (!entry || entry->source != KeySource::EnvironmentVariable) {
        m_environmentHint->hide();
        return;
    }
    const QString name = entry->environmentVariable;
    QString text;
    bool good = false;
    if (name.isEmpty()) {
        text = tr("Enter the name of the variable that holds the key.");
    } else if (!isValidVariableName(name)) {
        text = tr("Use letters, digits and underscores only.");
    } else if (!qEnvironmentVariableIsEmpty(name.toLocal8Bit().constData())) {
        // Only whether it is set: its value is a key and is never shown.
        text = tr("%1 is set in Seedbed's environment.").arg(name);
        good = true;
    } else {
        text = tr("%1 is not set in the environment Seedbed was started from. Set it (for "
                  "example in your shell profile) and start Seedbed again.")
                   .arg(name);
    }
    m_environmentHint->setText(text);
    m_environmentHint->setStyleSheet(colored(good ? okColor : warningColor));
    m_environmentHint->show();
}

void ProvidersDialog::showStatus(const QString &text, bool error)
{
    m_statusIsError = error && !text.isEmpty();
    m_statusLabel->setText(text);
    m_statusLabel->setStyleSheet(error ? colored(errorColor) : QString());
    m_statusLabel->setVisible(!text.isEmpty());
}

bool ProvidersDialog::hasPendingChanges() const
{
    return std::any_of(m_entries.cbegin(), m_entries.cend(),
                       [this](const Entry &e) { return isDirty(e); });
}

QString ProvidersDialog::problem() const
{
    const Entry *current = currentEntry();
    if (current) {
        QString why = entryProblem(*current);
        if (!why.isEmpty())
            return why;
    }
    for (const Entry &entry : m_entries) {
        if (&entry == current)
            continue;
        const QString why = entryProblem(entry);
        if (!why.isEmpty()) {
            const QString name =
                entry.profile.name.isEmpty() ? tr("(no name)") : entry.profile.name;
            return tr("Profile %1: %2").arg(quoted(name), why);
        }
    }
    return QString();
}

bool ProvidersDialog::apply()
{
    const QString why = problem();
    if (!why.isEmpty() || m_storingKey)
        return false;
    for (Entry &entry : m_entries) {
        if (!isDirty(entry))
            continue;
        QString error;
        ++m_ownChanges;
        bool ok = false;
        if (entry.inStore) {
            ok = m_store->update(entry.profile, &error);
        } else {
            ok = !m_store->add(entry.profile, &error).isEmpty();
            entry.inStore = ok;
        }
        --m_ownChanges;
        if (!ok) {
            showStatus(
                tr("The profile %1 could not be saved: %2").arg(quoted(entry.profile.name), error),
                true);
            selectProfile(entry.profile.id);
            updateState();
            return false;
        }
    }
    showStatus(QString(), false);
    updateState();
    return true;
}

void ProvidersDialog::syncFromStore()
{
    // Someone else changed the store: take its profiles, but keep what is being edited here.
    const QString currentId = currentProfileId();
    QList<Entry> entries;
    const QList<ProviderProfile> stored = m_store->profiles();
    for (const ProviderProfile &profile : stored) {
        const int index = indexOfId(profile.id);
        if (index >= 0 && m_entries.at(index).inStore && isDirty(m_entries.at(index)))
            entries.append(m_entries.at(index));
        else
            entries.append(entryFor(profile, true));
    }
    for (const Entry &entry : std::as_const(m_entries)) {
        if (!entry.inStore)
            entries.append(entry);
    }
    m_entries = entries;
    rebuildList(currentId);
}

void ProvidersDialog::done(int result)
{
    cancelTest();
    QSettings().setValue(QLatin1String(geometryKey), saveGeometry());
    QDialog::done(result);
}

// --- Prices -----------------------------------------------------------------------------------

void ProvidersDialog::updatePriceHeaders()
{
    const QString currency = m_currencyCombo->currentText().trimmed();
    if (currency.isEmpty()) {
        m_pricesTable->setHorizontalHeaderLabels(
            {tr("Model"), tr("Input per 1M tokens"), tr("Output per 1M tokens")});
        return;
    }
    m_pricesTable->setHorizontalHeaderLabels({tr("Model"),
                                              tr("Input per 1M tokens (%1)").arg(currency),
                                              tr("Output per 1M tokens (%1)").arg(currency)});
}

void ProvidersDialog::addPriceRow()
{
    Entry *entry = currentEntry();
    if (!entry)
        return;
    QString model;
    for (const QString &candidate : std::as_const(entry->profile.models)) {
        if (!entry->profile.prices.contains(candidate)) {
            model = candidate;
            break;
        }
    }
    entry->priceRows.append({model, 0, 0});
    updatePrices(*entry);
    loadForm();
    updateState();
    const int row = m_pricesTable->rowCount() - 1;
    m_pricesTable->setCurrentCell(row, model.isEmpty() ? 0 : 1);
    m_pricesTable->editItem(m_pricesTable->item(row, model.isEmpty() ? 0 : 1));
}

void ProvidersDialog::removePriceRows()
{
    Entry *entry = currentEntry();
    if (!entry)
        return;
    QList<int> rows;
    const QList<QTableWidgetItem *> selected = m_pricesTable->selectedItems();
    for (const QTableWidgetItem *item : selected) {
        if (!rows.contains(item->row()))
            rows.append(item->row());
    }
    if (rows.isEmpty())
        return;
    std::sort(rows.begin(), rows.end(), std::greater<int>());
    for (int row : std::as_const(rows)) {
        if (row < entry->priceRows.size())
            entry->priceRows.removeAt(row);
    }
    updatePrices(*entry);
    loadForm();
    updateState();
}

void ProvidersDialog::pricesEdited()
{
    editCurrent([this](Entry &e) {
        e.priceRows.clear();
        for (int row = 0; row < m_pricesTable->rowCount(); ++row) {
            const auto text = [this, row](int column) {
                const QTableWidgetItem *item = m_pricesTable->item(row, column);
                return item ? item->data(Qt::EditRole) : QVariant();
            };
            const double input = text(1).toDouble();
            const double output = text(2).toDouble();
            e.priceRows.append({text(0).toString().trimmed(),
                                std::isfinite(input) ? std::max(0.0, input) : 0.0,
                                std::isfinite(output) ? std::max(0.0, output) : 0.0});
        }
        updatePrices(e);
    });
}

// --- Keys -------------------------------------------------------------------------------------

void ProvidersDialog::clearKeyField()
{
    // setText() rather than clear(): clear() can be undone, which would bring the key back.
    m_keyEdit->setText(QString());
    m_showKeyButton->setChecked(false);
}

void ProvidersDialog::storeKey()
{
    Entry *entry = currentEntry();
    if (!entry || m_storingKey)
        return;
    const QByteArray key = m_keyEdit->text().trimmed().toUtf8();
    clearKeyField();
    if (key.isEmpty())
        return;
    if (!entry->inStore) {
        // The key is stored under the profile's id, so the profile is saved with it.
        const QString why = entryProblem(*entry);
        if (!why.isEmpty()) {
            entry->keyMessage = tr("The key was not stored: the profile must be saved with it, "
                                   "but %1")
                                    .arg(why);
            entry->keyMessageIsError = true;
            updateKeyWidgets();
            return;
        }
    }
    entry->keyMessage.clear();
    entry->keyMessageIsError = false;
    m_storingKey = true;
    updateState();

    const QString id = entry->profile.id;
    QPointer<ProvidersDialog> self(this);
    m_keys->writeKey(entry->profile, key, [self, id](const QString &error) {
        if (self)
            self->keyWritten(id, error);
    });
}

void ProvidersDialog::keyWritten(const QString &id, const QString &error)
{
    m_storingKey = false;
    Entry *entry = entryById(id);
    if (!entry) {
        updateState();
        return;
    }
    if (!error.isEmpty()) {
        entry->keyMessage = error;
        entry->keyMessageIsError = true;
        if (entry->environmentVariable.isEmpty())
            entry->environmentVariable = KeyStore::suggestedEnvironmentVariable(entry->profile);
        if (entry == currentEntry()) {
            const QSignalBlocker blocker(m_environmentEdit);
            m_environmentEdit->setText(entry->environmentVariable);
        }
        updateState();
        return;
    }

    entry->keyStored = true;
    entry->source = KeySource::Keychain;
    entry->environmentVariable.clear();
    updateKeyFields(*entry);
    if (entry == currentEntry()) {
        m_loading = true;
        if (QAbstractButton *radio = m_sourceGroup->button(int(KeySource::Keychain)))
            radio->setChecked(true);
        m_environmentEdit->clear();
        m_loading = false;
    }

    // Save at once: the keychain already holds the key, the profile must say so.
    QString saveError;
    ++m_ownChanges;
    bool saved = false;
    if (entry->inStore) {
        if (std::optional<ProviderProfile> stored = m_store->profile(id)) {
            stored->keyInKeychain = true;
            stored->keyEnvironmentVariable.clear();
            saved = m_store->update(*stored, &saveError);
        }
    } else {
        saved = !m_store->add(entry->profile, &saveError).isEmpty();
        entry->inStore = saved;
    }
    --m_ownChanges;
    entry->keyMessageIsError = !saved;
    entry->keyMessage =
        saved ? tr("The key is stored in the system keychain.")
              : tr("The key is stored in the system keychain, but the profile could not be "
                   "saved: %1")
                    .arg(saveError);
    updateState();
}

void ProvidersDialog::useSuggestedVariable()
{
    Entry *entry = currentEntry();
    if (!entry)
        return;
    if (entry->environmentVariable.isEmpty())
        entry->environmentVariable = KeyStore::suggestedEnvironmentVariable(entry->profile);
    entry->keyMessage.clear();
    entry->keyMessageIsError = false;
    {
        const QSignalBlocker blocker(m_environmentEdit);
        m_environmentEdit->setText(entry->environmentVariable);
    }
    if (QAbstractButton *radio = m_sourceGroup->button(int(KeySource::EnvironmentVariable)))
        radio->setChecked(true);
    m_environmentEdit->setFocus();
    updateState();
}

bool ProvidersDialog::eventFilter(QObject *watched, QEvent *event)
{
    // Enter in the key field stores the key instead of pressing OK, which would close the
    // dialog and silently drop what was typed.
    if (watched == m_keyEdit && event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent *>(event)->key();
        if ((key == Qt::Key_Return || key == Qt::Key_Enter) &&
            !m_keyEdit->text().trimmed().isEmpty()) {
            if (m_storeKeyButton->isEnabled())
                storeKey();
            return true;
        }
    }
    return QDialog::eventFilter(watched, event);
}

// --- Test connection --------------------------------------------------------------------------

void ProvidersDialog::startTest()
{
    const Entry *entry = currentEntry();
    if (!entry)
        return;
    cancelTest();
    clearTestResult();
    const ProviderProfile profile = entry->profile;
    m_testedId = profile.id;
    const quint64 generation = ++m_testGeneration;
    setTesting(true);
    m_testMessage->setText(
        tr("Connecting to %1…").arg(profile.baseUrl.toDisplayString(QUrl::RemoveUserInfo)));

    // A key typed but not stored yet is tried as it is, then forgotten with the field.
    const QByteArray typed =
        entry->source == KeySource::Keychain ? m_keyEdit->text().trimmed().toUtf8() : QByteArray();
    if (!typed.isEmpty()) {
        m_tester->start(profile, typed);
        return;
    }
    QPointer<ProvidersDialog> self(this);
    m_keys->readKey(profile,
                    [self, generation, profile](const QByteArray &key, const QString &error) {
                        if (!self || !self->m_testing || generation != self->m_testGeneration)
                            return;
                        if (!error.isEmpty()) {
                            self->testFinished(false, error, {});
                            return;
                        }
                        self->m_tester->start(profile, key);
                    });
}

void ProvidersDialog::cancelTest()
{
    ++m_testGeneration;
    m_tester->cancel();
    if (m_testing)
        setTesting(false);
}

void ProvidersDialog::setTesting(bool testing)
{
    m_testing = testing;
    m_testButton->setEnabled(!testing);
    m_testButton->setText(testing ? tr("Testing…") : tr("Test Connection"));
    m_cancelTestButton->setVisible(testing);
}

void ProvidersDialog::clearTestResult()
{
    m_serverModels.clear();
    m_testIcon->clear();
    m_testIcon->hide();
    m_testMessage->clear();
    m_testMessage->setProperty("ok", QVariant());
    m_useModelsButton->hide();
}

void ProvidersDialog::testFinished(bool ok, const QString &message, const QStringList &models)
{
    if (!m_testing)
        return;
    setTesting(false);
    if (m_testedId != currentProfileId())
        return;
    m_testIcon->setText(ok ? QStringLiteral("\u2714") : QStringLiteral("\u2718"));
    m_testIcon->setStyleSheet(colored(ok ? okColor : errorColor));
    m_testIcon->setToolTip(ok ? tr("Connection works") : tr("Connection failed"));
    m_testIcon->show();
    m_testMessage->setText(message);
    m_testMessage->setProperty("ok", ok);

    m_serverModels = models;
    const Entry *entry = currentEntry();
    const bool offer = !models.isEmpty() && entry && entry->profile.models != models;
    m_useModelsButton->setText(tr("Use the Server's %n Model(s)", nullptr, int(models.size())));
    m_useModelsButton->setVisible(offer);
}

void ProvidersDialog::useServerModels()
{
    if (!currentEntry() || m_serverModels.isEmpty())
        return;
    m_modelsEdit->setPlainText(m_serverModels.join(QLatin1Char('\n')));
    m_useModelsButton->hide();
}

} // namespace Seedbed
