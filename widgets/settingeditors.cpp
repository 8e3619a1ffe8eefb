#include "widgets/settingeditors.h"

#include "models/pipelinegraph.h"
#include "widgets/schemaeditor.h"
#include "widgets/topictreeeditor.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QCoreApplication>
#include <QDir>
#include <QDoubleSpinBox>

#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QIcon>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSet>
#include <QSignalBlocker>
#include <QSpinBox>
#include <QTableWidget>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>
#include <cmath>

#include <algorithm>
#include <functional>
#include <limits>

namespace Seedbed {

namespace {

// Long enough to span a burst of typing, short enough that a run started right after
// typing sees the text.
constexpr int idleCommitMs = 400;

// Table cells remember the value they were loaded with, so that numbers in imported rows
// stay numbers unless the user retypes them.
constexpr int originalValueRole = Qt::UserRole + 1;

QIcon themeIcon(const QString &name, QStyle::StandardPixmap fallback, const QWidget *widget)
{
    return QIcon::fromTheme(name, widget->style()->standardIcon(fallback));
}

void setVisibleLines(QPlainTextEdit *edit, int lines)
{
    const int height = edit->fontMetrics().lineSpacing() * lines +
                       int(edit->document()->documentMargin() * 2) + edit->frameWidth() * 2;
    // Fixed: a form row must not swallow the spare height of a tall inspector.
    edit->setFixedHeight(height);
}

QPlainTextEdit *createTextEdit(QWidget *parent, int lines)
{
    auto *edit = new QPlainTextEdit(parent);
    edit->setTabChangesFocus(true); // Tab moves through the form; settings rarely need tabs
    edit->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    setVisibleLines(edit, lines);
    return edit;
}

QStringList linesOf(const QString &text)
{
    QStringList lines;
    for (const QString &line : text.split(QLatin1Char('\n'))) {
        const QString trimmed = line.trimmed();
        if (!trimmed.isEmpty())
            lines.append(trimmed);
    }
    return lines;
}

// The editors below have no Q_OBJECT of their own; they call SettingEditor::tr() explicitly
// so that lupdate files their strings under the context that tr() uses at run time.

class IntegerEditor final : public SettingEditor
{
public:
    IntegerEditor(const SettingDef &def, QWidget *parent)
        : SettingEditor(def, parent)
        , m_spin(new QSpinBox(this))
    {
        m_spin->setRange(
            def.minimum.isValid() ? def.minimum.toInt() : std::numeric_limits<int>::min(),
            def.maximum.isValid() ? def.maximum.toInt() : std::numeric_limits<int>::max());
        // One value per finished entry, not one per digit typed.
        m_spin->setKeyboardTracking(false);
        m_spin->setAccelerated(true);
        setInput(m_spin);
        connect(m_spin, &QSpinBox::valueChanged, this, [this] { emitIfChanged(); });
    }

    QVariant value() const override { return m_spin->value(); }

protected:
    void showValue(const QVariant &value) override { m_spin->setValue(value.toInt()); }
    void flushInput() override { m_spin->interpretText(); }

private:
    QSpinBox *m_spin;
};

class RealEditor final : public SettingEditor
{
public:
    RealEditor(const SettingDef &def, QWidget *parent)
        : SettingEditor(def, parent)
        , m_spin(new QDoubleSpinBox(this))
    {
        const double minimum = def.minimum.isValid() ? def.minimum.toDouble() : -1e12;
        const double maximum = def.maximum.isValid() ? def.maximum.toDouble() : 1e12;
        const double span = maximum - minimum;
        // Shares and similarities (0..1) need finer steps than scores or temperatures; a small
        // default (a tolerance of 1e-6) as many decimals as it takes to show it.
        int decimals = span <= 1.0 ? 3 : 2;
        const double fallback = std::abs(def.defaultValue.toDouble());
        if (fallback > 0 && fallback < 0.01)
            decimals = std::max(decimals, int(std::ceil(-std::log10(fallback))));
        m_spin->setDecimals(std::min(decimals, 10));
        m_spin->setSingleStep(span <= 1.0 ? 0.05 : span <= 10.0 ? 0.1 : span <= 100.0 ? 0.5 : 1.0);
        m_spin->setRange(minimum, maximum);
        m_spin->setKeyboardTracking(false);
        m_spin->setAccelerated(true);
        setInput(m_spin);
        connect(m_spin, &QDoubleSpinBox::valueChanged, this, [this] { emitIfChanged(); });
    }

    QVariant value() const override { return m_spin->value(); }

protected:
    void showValue(const QVariant &value) override { m_spin->setValue(value.toDouble()); }
    void flushInput() override { m_spin->interpretText(); }

private:
    QDoubleSpinBox *m_spin;
};

class BooleanEditor final : public SettingEditor
{
public:
    BooleanEditor(const SettingDef &def, QWidget *parent)
        : SettingEditor(def, parent)
        , m_check(new QCheckBox(this))
    {
        setInput(m_check);
        connect(m_check, &QCheckBox::toggled, this, [this] { emitIfChanged(); });
    }

    QVariant value() const override { return m_check->isChecked(); }

protected:
    void showValue(const QVariant &value) override { m_check->setChecked(value.toBool()); }

private:
    QCheckBox *m_check;
};

class ChoiceEditor final : public SettingEditor
{
public:
    ChoiceEditor(const SettingDef &def, QWidget *parent)
        : SettingEditor(def, parent)
        , m_combo(new QComboBox(this))
    {
        for (const QString &choice : def.choices)
            m_combo->addItem(SettingDef::choiceLabel(choice), choice);
        m_combo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
        setInput(m_combo);
        connect(m_combo, &QComboBox::currentIndexChanged, this, [this] { emitIfChanged(); });
    }

    QVariant value() const override { return m_combo->currentData().toString(); }

protected:
    // A value that is not among the choices selects nothing; the validator says why.
    void showValue(const QVariant &value) override
    {
        m_combo->setCurrentIndex(m_combo->findData(value.toString()));
    }

private:
    QComboBox *m_combo;
};

class StringEditor final : public SettingEditor
{
public:
    StringEditor(const SettingDef &def, QWidget *parent)
        : SettingEditor(def, parent)
        , m_edit(new QLineEdit(this))
    {
        setInput(m_edit);
        connect(m_edit, &QLineEdit::textEdited, this, [this] { scheduleCommit(); });
        connect(m_edit, &QLineEdit::editingFinished, this, [this] { commit(); });
    }

    QVariant value() const override { return m_edit->text(); }

protected:
    void showValue(const QVariant &value) override { m_edit->setText(value.toString()); }

private:
    QLineEdit *m_edit;
};

class TextEditor final : public SettingEditor
{
public:
    TextEditor(const SettingDef &def, QWidget *parent)
        : SettingEditor(def, parent)
        , m_edit(createTextEdit(this, 6))
    {
        setInput(m_edit); // commits on focus-out through the event filter
        connect(m_edit, &QPlainTextEdit::textChanged, this, [this] { scheduleCommit(); });
    }

    QVariant value() const override { return m_edit->toPlainText(); }

protected:
    void showValue(const QVariant &value) override { m_edit->setPlainText(value.toString()); }

private:
    QPlainTextEdit *m_edit;
};

class StringListEditor final : public SettingEditor
{
public:
    StringListEditor(const SettingDef &def, QWidget *parent)
        : SettingEditor(def, parent)
        , m_edit(createTextEdit(this, 4))
    {
        m_edit->setPlaceholderText(SettingEditor::tr("One item per line"));
        setInput(m_edit);
        connect(m_edit, &QPlainTextEdit::textChanged, this, [this] { scheduleCommit(); });
    }

    // Blank lines and surrounding spaces are not items; a half-typed empty line therefore
    // equals the stored list and is left alone when the edit echoes back.
    QVariant value() const override { return linesOf(m_edit->toPlainText()); }

protected:
    void showValue(const QVariant &value) override
    {
        m_edit->setPlainText(value.toStringList().join(QLatin1Char('\n')));
    }

private:
    QPlainTextEdit *m_edit;
};

class TableEditor final : public SettingEditor
{
public:
    TableEditor(const SettingDef &def, const Context &context, QWidget *parent)
        : SettingEditor(def, parent)
        , m_table(new QTableWidget(this))
    {
        // The attribute grid has a fixed shape: an attribute, its "|"-separated values and
        // their optional weights.
        if (context.type && context.type->id == QLatin1String("attribute_grid") &&
            def.key == QLatin1String("attributes")) {
            m_fixedColumns = {QStringLiteral("name"), QStringLiteral("values"),
                              QStringLiteral("weights")};
            m_fixedHeaders = {SettingEditor::tr("Attribute"), SettingEditor::tr("Values"),
                              SettingEditor::tr("Weights")};
        }
        m_columns = m_fixedColumns;

        auto *content = new QWidget(this);
        auto *layout = new QVBoxLayout(content);
        layout->setContentsMargins(0, 0, 0, 0);
        layout->setSpacing(4);

        m_table->setMinimumHeight(150);
        m_table->setMaximumHeight(320);
        m_table->setAlternatingRowColors(true);
        m_table->setEditTriggers(
            QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed |
            QAbstractItemView::AnyKeyPressed | QAbstractItemView::SelectedClicked);
        m_table->setTabKeyNavigation(false); // Tab leaves the table, arrows move inside it
        m_table->horizontalHeader()->setStretchLastSection(true);
        // A fixed shape fits the width; free columns keep the widths the user drags.
        m_table->horizontalHeader()->setSectionResizeMode(
            m_fixedColumns.isEmpty() ? QHeaderView::Interactive : QHeaderView::Stretch);
        m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
        layout->addWidget(m_table);

        // Two rows of buttons at most, so that a narrow inspector does not scroll sideways.
        auto *buttons = new QGridLayout;
        buttons->setSpacing(4);
        buttons->setContentsMargins(0, 0, 0, 0);
        m_addRow = addButton(QStringLiteral("addRow"), SettingEditor::tr("Add row"),
                             QStringLiteral("list-add"));
        m_removeRow = addButton(QStringLiteral("removeRow"), SettingEditor::tr("Remove row"),
                                QStringLiteral("list-remove"));
        buttons->addWidget(m_addRow, 0, 0);
        buttons->addWidget(m_removeRow, 0, 1);
        if (m_fixedColumns.isEmpty()) {
            m_addColumn = addButton(QStringLiteral("addColumn"), SettingEditor::tr("Add column…"),
                                    QStringLiteral("edit-table-insert-column-right"));
            m_removeColumn =
                addButton(QStringLiteral("removeColumn"), SettingEditor::tr("Remove column"),
                          QStringLiteral("edit-table-delete-column"));
            buttons->addWidget(m_addColumn, 1, 0);
            buttons->addWidget(m_removeColumn, 1, 1);
        }
        buttons->setColumnStretch(2, 1);
        layout->addLayout(buttons);

        setInput(m_table, content);
        rebuild({});

        connect(m_table, &QTableWidget::itemChanged, this, [this] { emitIfChanged(); });
        connect(m_addRow, &QToolButton::clicked, this, [this] { addRow(); });
        connect(m_removeRow, &QToolButton::clicked, this, [this] { removeRows(); });
        if (m_addColumn) {
            connect(m_addColumn, &QToolButton::clicked, this, [this] { askForColumn(); });
            connect(m_removeColumn, &QToolButton::clicked, this, [this] { removeColumn(); });
        }
    }

    QVariant value() const override
    {
        QVariantList rows;
        for (int row = 0; row < m_table->rowCount(); ++row) {
            QVariantMap map;
            for (int column = 0; column < m_columns.size(); ++column) {
                const QTableWidgetItem *item = m_table->item(row, column);
                const QString text = item ? item->text() : QString();
                const QVariant original = item ? item->data(originalValueRole) : QVariant();
                map.insert(m_columns.at(column), original.isValid() && original.toString() == text
                                                     ? original
                                                     : QVariant(text));
            }
            rows.append(map);
        }
        return rows;
    }

    /*! Adds a column named \a name (dynamic tables only) and a first row if there is none. */
    bool addColumn(const QString &name)
    {
        const QString column = name.trimmed();
        if (!m_fixedColumns.isEmpty() || column.isEmpty() || m_columns.contains(column))
            return false;
        {
            const QSignalBlocker blocker(m_table);
            m_columns.append(column);
            m_table->setColumnCount(int(m_columns.size()));
            m_table->setHorizontalHeaderItem(int(m_columns.size()) - 1,
                                             new QTableWidgetItem(column));
            for (int row = 0; row < m_table->rowCount(); ++row)
                m_table->setItem(row, int(m_columns.size()) - 1, new QTableWidgetItem);
            if (m_table->rowCount() == 0)
                appendEmptyRow();
        }
        updateButtons();
        emitIfChanged();
        return true;
    }

protected:
    void flushInput() override
    {
        // A cell still being edited: hand its text to the table before the value is read.
        QWidget *editor = QApplication::focusWidget();
        if (editor && m_table->viewport()->isAncestorOf(editor))
            QMetaObject::invokeMethod(m_table, "commitData", Q_ARG(QWidget *, editor));
    }

    void showValue(const QVariant &value) override { rebuild(value.toList()); }

private:
    QToolButton *addButton(const QString &name, const QString &text, const QString &iconName)
    {
        auto *button = new QToolButton(this);
        button->setObjectName(QStringLiteral("%1.%2").arg(key(), name));
        button->setText(text);
        // Theme icons only: the generic style icons (folders, bins) would mislead here.
        const QIcon icon = QIcon::fromTheme(iconName);
        button->setIcon(icon);
        button->setToolButtonStyle(icon.isNull() ? Qt::ToolButtonTextOnly
                                                 : Qt::ToolButtonTextBesideIcon);
        button->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
        return button;
    }

    void rebuild(const QVariantList &rows)
    {
        if (m_fixedColumns.isEmpty()) {
            // Columns are the union of the rows' keys, in first-seen order.
            m_columns.clear();
            QSet<QString> seen;
            for (const QVariant &row : rows) {
                const QVariantMap map = row.toMap();
                for (auto it = map.cbegin(); it != map.cend(); ++it) {
                    if (!seen.contains(it.key())) {
                        seen.insert(it.key());
                        m_columns.append(it.key());
                    }
                }
            }
        }
        m_table->clear();
        m_table->setColumnCount(int(m_columns.size()));
        m_table->setHorizontalHeaderLabels(m_fixedColumns.isEmpty() ? m_columns : m_fixedHeaders);
        m_table->setRowCount(int(rows.size()));
        for (int row = 0; row < rows.size(); ++row) {
            const QVariantMap map = rows.at(row).toMap();
            for (int column = 0; column < m_columns.size(); ++column) {
                auto *item = new QTableWidgetItem;
                const auto it = map.constFind(m_columns.at(column));
                if (it != map.cend()) {
                    item->setText(it.value().toString());
                    item->setData(originalValueRole, it.value());
                }
                m_table->setItem(row, column, item);
            }
        }
        updateButtons();
    }

    void appendEmptyRow()
    {
        const int row = m_table->rowCount();
        m_table->insertRow(row);
        for (int column = 0; column < m_columns.size(); ++column)
            m_table->setItem(row, column, new QTableWidgetItem);
    }

    void addRow()
    {
        // A row without columns holds nothing; a dynamic table asks for its first column.
        if (m_columns.isEmpty()) {
            askForColumn();
            return;
        }
        {
            const QSignalBlocker blocker(m_table);
            appendEmptyRow();
        }
        updateButtons();
        emitIfChanged();
        m_table->setFocus();
        m_table->setCurrentCell(m_table->rowCount() - 1, 0);
    }

    void removeRows()
    {
        QList<int> rows;
        for (const QModelIndex &index : m_table->selectionModel()->selectedIndexes()) {
            if (!rows.contains(index.row()))
                rows.append(index.row());
        }
        if (rows.isEmpty() && m_table->currentRow() >= 0)
            rows.append(m_table->currentRow());
        if (rows.isEmpty() && m_table->rowCount() > 0)
            rows.append(m_table->rowCount() - 1);
        std::sort(rows.begin(), rows.end(), std::greater<int>());
        {
            const QSignalBlocker blocker(m_table);
            for (int row : std::as_const(rows))
                m_table->removeRow(row);
        }
        updateButtons();
        emitIfChanged();
    }

    void askForColumn()
    {
        bool ok = false;
        const QString name =
            QInputDialog::getText(this, SettingEditor::tr("Add Column"),
                                  SettingEditor::tr("Name of the new column (a field name):"),
                                  QLineEdit::Normal, QString(), &ok);
        if (ok)
            addColumn(name);
    }

    void removeColumn()
    {
        int column = m_table->currentColumn();
        if (column < 0)
            column = int(m_columns.size()) - 1;
        if (column < 0)
            return;
        {
            const QSignalBlocker blocker(m_table);
            m_columns.removeAt(column);
            m_table->removeColumn(column);
        }
        updateButtons();
        emitIfChanged();
    }

    void updateButtons()
    {
        m_removeRow->setEnabled(m_table->rowCount() > 0);
        if (m_removeColumn)
            m_removeColumn->setEnabled(!m_columns.isEmpty());
    }

    QTableWidget *m_table;
    QStringList m_columns;
    QStringList m_fixedColumns;
    QStringList m_fixedHeaders;
    QToolButton *m_addRow = nullptr;
    QToolButton *m_removeRow = nullptr;
    QToolButton *m_addColumn = nullptr;
    QToolButton *m_removeColumn = nullptr;
};

class FilePathEditor final : public SettingEditor
{
public:
    FilePathEditor(const SettingDef &def, const Context &context, QWidget *parent)
        : SettingEditor(def, parent)
        , m_edit(new QLineEdit(this))
        , m_projectFolder(context.projectFolder)
        // An export writes its file; every other stage reads one.
        , m_saving(context.type && !context.type->hasOutput)
    {
        auto *content = new QWidget(this);
        auto *layout = new QHBoxLayout(content);
        layout->setContentsMargins(0, 0, 0, 0);
        layout->setSpacing(4);
        layout->addWidget(m_edit, 1);
        auto *browse = new QPushButton(SettingEditor::tr("Browse…"), content);
        browse->setObjectName(QStringLiteral("%1.browse").arg(def.key));
        browse->setIcon(themeIcon(QStringLiteral("document-open"), QStyle::SP_DirOpenIcon, this));
        browse->setToolTip(SettingEditor::tr("Choose the file"));
        layout->addWidget(browse);
        setInput(m_edit, content);
        connect(m_edit, &QLineEdit::textEdited, this, [this] { scheduleCommit(); });
        connect(m_edit, &QLineEdit::editingFinished, this, [this] { commit(); });
        connect(browse, &QPushButton::clicked, this, [this] { browseForFile(); });
    }

    QVariant value() const override { return m_edit->text(); }

protected:
    void showValue(const QVariant &value) override { m_edit->setText(value.toString()); }

private:
    void browseForFile()
    {
        const QString text = m_edit->text().trimmed();
        const QString base = m_projectFolder.isEmpty() ? QDir::homePath() : m_projectFolder;
        const QString start = text.isEmpty() ? base : QDir(base).absoluteFilePath(text);
        const QString title = definition().label();
        const QString chosen =
            m_saving
                ? QFileDialog::getSaveFileName(this, title, start)
                : QFileDialog::getOpenFileName(
                      this, title, start,
                      SettingEditor::tr("Data files (*.csv *.json *.jsonl *.txt);;All files (*)"));
        if (chosen.isEmpty())
            return;
        m_edit->setText(projectRelativePath(chosen, m_projectFolder));
        emitIfChanged();
    }

    QLineEdit *m_edit;
    QString m_projectFolder;
    bool m_saving;
};

class TemplatePicker final : public SettingEditor
{
public:
    TemplatePicker(const SettingDef &def, const Context &context, QWidget *parent)
        : SettingEditor(def, parent)
        , m_combo(new QComboBox(this))
        , m_graph(context.graph)
    {
        m_combo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
        setInput(m_combo);
        fillItems();
        connect(m_combo, &QComboBox::currentIndexChanged, this, [this] { emitIfChanged(); });
    }

    QVariant value() const override { return m_combo->currentData().toString(); }

    void refreshChoices() override
    {
        {
            const QSignalBlocker blocker(m_combo);
            fillItems();
        }
        showValue(current());
    }

protected:
    void showValue(const QVariant &value) override
    {
        const QSignalBlocker blocker(m_combo);
        if (m_missingIndex >= 0) {
            m_combo->removeItem(m_missingIndex);
            m_missingIndex = -1;
        }
        const QString text = value.toString();
        if (text.isEmpty()) {
            m_combo->setCurrentIndex(0);
            return;
        }
        // Compare as ids: braces or case must not make a template look missing.
        const QUuid id = QUuid::fromString(text);
        for (int i = 1; i < m_combo->count(); ++i) {
            if (QUuid::fromString(m_combo->itemData(i).toString()) == id) {
                m_combo->setCurrentIndex(i);
                return;
            }
        }
        // Keep the dangling reference visible; the validator explains it.
        m_combo->addItem(SettingEditor::tr("(missing template)"), text);
        m_missingIndex = m_combo->count() - 1;
        m_combo->setCurrentIndex(m_missingIndex);
    }

private:
    void fillItems()
    {
        m_combo->clear();
        m_missingIndex = -1;
        m_combo->addItem(SettingEditor::tr("(none)"), QString());
        if (!m_graph)
            return;
        for (const PromptTemplate &t : m_graph->templates())
            m_combo->addItem(t.name.isEmpty() ? SettingEditor::tr("Untitled template") : t.name,
                             t.id.toString(QUuid::WithoutBraces));
    }

    QComboBox *m_combo;
    const PipelineGraph *m_graph;
    int m_missingIndex = -1;
};

// A JSON schema (a generator's output schema, a filter's schema): a form for flat schemas,
// JSON for the rest. The SchemaEditor decides when its typing is finished.
class SchemaSettingEditor final : public SettingEditor
{
public:
    SchemaSettingEditor(const SettingDef &def, QWidget *parent)
        : SettingEditor(def, parent)
        , m_schema(new SchemaEditor(this))
    {
        setInput(m_schema);
        connect(m_schema, &SchemaEditor::edited, this, [this] { emitIfChanged(); });
    }

    QVariant value() const override { return m_schema->text(); }

protected:
    void showValue(const QVariant &value) override { m_schema->setText(value.toString()); }
    void flushInput() override { m_schema->commit(); }

private:
    SchemaEditor *m_schema;
};

// The provider profile of an LLM stage, or its model: an editable list of what the profiles
// offer (any name may be typed: profiles differ between computers), and a button to the
// provider profiles.
class ProfileChoiceEditor final : public SettingEditor
{
public:
    ProfileChoiceEditor(const SettingDef &def, const Context &context, QWidget *parent)
        : SettingEditor(def, parent)
        , m_combo(new QComboBox(this))
        , m_context(context)
        , m_models(def.key == QLatin1String("model"))
    {
        m_combo->setEditable(true);
        m_combo->setInsertPolicy(QComboBox::NoInsert);
        m_combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        m_combo->setMinimumContentsLength(12);
        m_combo->lineEdit()->setPlaceholderText(
            m_models ? SettingEditor::tr("The profile's first model")
                     : SettingEditor::tr("Name of a provider profile"));
        auto *content = new QWidget(this);
        auto *row = new QHBoxLayout(content);
        row->setContentsMargins(0, 0, 0, 0);
        row->setSpacing(4);
        row->addWidget(m_combo, 1);
        if (context.manageProviders) {
            auto *manage = new QToolButton(content);
            manage->setObjectName(def.key + QStringLiteral("Profiles"));
            manage->setText(SettingEditor::tr("Profiles…"));
            manage->setToolButtonStyle(Qt::ToolButtonTextOnly);
            manage->setToolTip(SettingEditor::tr(
                "Set up provider profiles: presets, keys in the system keychain, Test "
                "connection"));
            connect(manage, &QToolButton::clicked, this, [this] {
                commit();
                m_context.manageProviders();
            });
            row->addWidget(manage);
        }
        setInput(m_combo, content);
        fillItems();
        connect(m_combo->lineEdit(), &QLineEdit::textEdited, this, [this] { scheduleCommit(); });
        connect(m_combo->lineEdit(), &QLineEdit::editingFinished, this, [this] { commit(); });
        connect(m_combo, &QComboBox::activated, this, [this] { emitIfChanged(); });
    }

    QVariant value() const override { return m_combo->currentText().trimmed(); }

    void refreshChoices() override
    {
        {
            const QSignalBlocker blocker(m_combo);
            const QString text = m_combo->currentText();
            fillItems();
            m_combo->setEditText(text);
        }
    }

protected:
    void showValue(const QVariant &value) override
    {
        const QSignalBlocker blocker(m_combo);
        if (m_models)
            fillItems(); // the provider may have changed
        m_combo->setEditText(value.toString());
    }

private:
    void fillItems()
    {
        m_combo->clear();
        if (!m_models) {
            for (const Llm::ProviderProfile &profile : m_context.profiles)
                m_combo->addItem(profile.name);
            return;
        }
        const Stage *stage = m_context.graph ? m_context.graph->stage(m_context.stage) : nullptr;
        const QString provider =
            stage ? stage->settings.value(QStringLiteral("provider")).toString() : QString();
        for (const Llm::ProviderProfile &profile : m_context.profiles) {
            if (profile.name == provider || profile.id == provider)
                m_combo->addItems(profile.models);
        }
    }

    QComboBox *m_combo;
    Context m_context;
    bool m_models;
};

} // namespace

// ---------------------------------------------------------------------------------------

SettingEditor::SettingEditor(const SettingDef &def, QWidget *parent)
    : QWidget(parent)
    , m_def(def)
    , m_idleTimer(new QTimer(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    m_idleTimer->setSingleShot(true);
    m_idleTimer->setInterval(idleCommitMs);
    connect(m_idleTimer, &QTimer::timeout, this, &SettingEditor::emitIfChanged);
}

SettingEditor *SettingEditor::create(const SettingDef &def, const Context &context, QWidget *parent)
{
    switch (def.type) {
    case SettingType::String:
        if (def.key == QLatin1String("provider") || def.key == QLatin1String("model"))
            return new ProfileChoiceEditor(def, context, parent);
        return new StringEditor(def, parent);
    case SettingType::Text:
        if (def.key == QLatin1String("outputSchema") || def.key == QLatin1String("schema"))
            return new SchemaSettingEditor(def, parent);
        if (def.key == QLatin1String("tree") && context.type &&
            context.type->id == QLatin1String("topic_tree"))
            return new TopicTreeEditor(def, context, parent);
        return new TextEditor(def, parent);
    case SettingType::Integer:
        return new IntegerEditor(def, parent);
    case SettingType::Real:
        return new RealEditor(def, parent);
    case SettingType::Boolean:
        return new BooleanEditor(def, parent);
    case SettingType::Choice:
        return new ChoiceEditor(def, parent);
    case SettingType::StringList:
        return new StringListEditor(def, parent);
    case SettingType::Table:
        return new TableEditor(def, context, parent);
    case SettingType::FilePath:
        return new FilePathEditor(def, context, parent);
    case SettingType::Template:
        return new TemplatePicker(def, context, parent);
    }
    return new StringEditor(def, parent);
}

QString SettingEditor::projectRelativePath(const QString &path, const QString &projectFolder)
{
    const QString absolute =
        QDir::cleanPath(projectFolder.isEmpty() ? QFileInfo(path).absoluteFilePath()
                                                : QDir(projectFolder).absoluteFilePath(path));
    if (projectFolder.isEmpty())
        return absolute;
    const QString relative = QDir(projectFolder).relativeFilePath(absolute);
    if (relative == QLatin1String("..") || relative.startsWith(QLatin1String("../")) ||
        QDir::isAbsolutePath(relative))
        return absolute;
    return relative;
}

void SettingEditor::setInput(QWidget *input, QWidget *content)
{
    m_input = input;
    input->setObjectName(m_def.key);
    input->setToolTip(m_def.help());
    input->setAccessibleName(m_def.label());
    input->setAccessibleDescription(m_def.help());
    input->installEventFilter(this);
    if (qobject_cast<QAbstractSpinBox *>(input) || qobject_cast<QComboBox *>(input))
        input->setFocusPolicy(Qt::StrongFocus);
    setFocusProxy(input);

    auto *box = static_cast<QVBoxLayout *>(layout());
    box->addWidget(content ? content : input);
    if (!m_def.help().isEmpty()) {
        auto *help = new QLabel(m_def.help(), this);
        help->setWordWrap(true);
        help->setForegroundRole(QPalette::PlaceholderText);
        QFont font = help->font();
        font.setPointSizeF(font.pointSizeF() * 0.9);
        help->setFont(font);
        box->addWidget(help);
    }
    m_issueLabel = new QLabel(this);
    m_issueLabel->setWordWrap(true);
    m_issueLabel->setTextFormat(Qt::RichText);
    m_issueLabel->hide();
    box->addWidget(m_issueLabel);
}

void SettingEditor::setValue(const QVariant &newValue)
{
    m_current = newValue;
    if (value() == newValue)
        return;
    m_idleTimer->stop(); // the graph's value replaces a pending edit
    m_showing = true;
    {
        const QSignalBlocker blocker(m_input);
        showValue(newValue);
    }
    m_showing = false;
}

void SettingEditor::commit()
{
    flushInput();
    if (!m_idleTimer->isActive())
        return;
    m_idleTimer->stop();
    emitIfChanged();
}

void SettingEditor::emitIfChanged()
{
    m_idleTimer->stop();
    if (m_showing)
        return;
    const QVariant now = value();
    if (now == m_current)
        return;
    m_current = now;
    emit edited(now);
}

void SettingEditor::scheduleCommit()
{
    if (!m_showing)
        m_idleTimer->start();
}

void SettingEditor::setIssues(const QStringList &errors, const QStringList &warnings)
{
    if (!m_issueLabel)
        return;
    QStringList lines;
    // Colours readable on light and dark palettes; the list at the top repeats the issues
    // with icons for those who cannot tell the colours apart.
    for (const QString &error : errors)
        lines.append(
            QStringLiteral("<span style=\"color:#d13438\">%1</span>").arg(error.toHtmlEscaped()));
    for (const QString &warning : warnings)
        lines.append(
            QStringLiteral("<span style=\"color:#b7791f\">%1</span>").arg(warning.toHtmlEscaped()));
    m_issueLabel->setText(lines.join(QStringLiteral("<br>")));
    m_issueLabel->setVisible(!lines.isEmpty());
    m_issueLabel->setToolTip((errors + warnings).join(QLatin1Char('\n')));
}

QString SettingEditor::issueText() const
{
    return m_issueLabel ? m_issueLabel->toolTip() : QString();
}

bool SettingEditor::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_input) {
        if (event->type() == QEvent::FocusOut) {
            commit();
        } else if (event->type() == QEvent::Wheel && !m_input->hasFocus() &&
                   (qobject_cast<QAbstractSpinBox *>(m_input) ||
                    qobject_cast<QComboBox *>(m_input))) {
            // Let the surrounding form scroll instead of changing a value in passing.
            if (QWidget *parent = parentWidget())
                QCoreApplication::sendEvent(parent, event);
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace Seedbed
