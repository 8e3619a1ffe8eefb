#include "widgets/exportmappingeditor.h"

#include "widgets/templateeditor.h"

#include <QComboBox>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QToolButton>
#include <QVBoxLayout>

namespace Seedbed {

using Export::ExportFormat;
using Export::ExportOptions;
using Export::FieldMapping;
using Export::FieldSource;

namespace {
// What an entry of a source choice stands for.
constexpr int KindRole = Qt::UserRole;
constexpr int FieldRole = Qt::UserRole + 1;
enum class Kind { None, Field, Template };

constexpr int templateLines = 3;
} // namespace

ExportMappingEditor::ExportMappingEditor(QWidget *parent)
    : QWidget(parent)
    , m_layout(new QVBoxLayout(this))
    , m_hint(new QLabel(this))
    , m_addColumn(new QPushButton(tr("&Add Column"), this))
    , m_allColumns(new QPushButton(tr("Col&umns From Fields"), this))
{
    m_hint->setObjectName(QStringLiteral("mappingHint"));
    m_hint->setWordWrap(true);
    m_hint->setForegroundRole(QPalette::PlaceholderText);
    m_addColumn->setObjectName(QStringLiteral("addColumnButton"));
    m_addColumn->setToolTip(tr("Adds a column; choose its record field or write a template."));
    m_allColumns->setObjectName(QStringLiteral("allColumnsButton"));
    m_allColumns->setToolTip(tr("One column per record field, to rename, reorder or remove."));
    connect(m_addColumn, &QPushButton::clicked, this, [this] { addColumn(); });
    connect(m_allColumns, &QPushButton::clicked, this, [this] {
        m_mapping.columns.clear();
        for (const QString &field : std::as_const(m_fields))
            m_mapping.columns.append({field, FieldSource{field, {}}});
        rebuild();
        emit mappingChanged();
    });

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_addColumn);
    buttons->addWidget(m_allColumns);
    buttons->addStretch();
    m_layout->setContentsMargins(0, 0, 0, 0);
    m_layout->addWidget(m_hint);
    m_layout->addLayout(buttons);
    m_layout->addStretch();
    rebuild();
}

ExportMappingEditor::~ExportMappingEditor() = default;

bool ExportMappingEditor::isRawLayout() const
{
    if (m_format == ExportFormat::HuggingFace)
        return ExportOptions::isRaw(m_recordFormat);
    return ExportOptions::isRaw(m_format);
}

void ExportMappingEditor::setFormat(ExportFormat format, ExportFormat recordFormat)
{
    if (format == m_format && recordFormat == m_recordFormat && m_rowsBox)
        return;
    m_format = format;
    m_recordFormat = recordFormat;
    rebuild();
}

void ExportMappingEditor::setFieldNames(const QStringList &fields)
{
    if (fields == m_fields)
        return;
    m_fields = fields;
    m_updating = true;
    for (const Row &row : std::as_const(m_rows)) {
        fillChoice(row.choice, sourceOf(row));
        row.editor->setKnownFields(knownFields());
    }
    m_updating = false;
    m_allColumns->setEnabled(!m_fields.isEmpty());
}

void ExportMappingEditor::setMapping(const FieldMapping &mapping)
{
    if (mapping == m_mapping)
        return;
    m_mapping = mapping;
    rebuild();
}

QComboBox *ExportMappingEditor::sourceChoice(const QString &id) const
{
    for (const Row &row : m_rows) {
        if (row.id == id)
            return row.choice;
    }
    return nullptr;
}

TemplateEditor *ExportMappingEditor::templateEditor(const QString &id) const
{
    for (const Row &row : m_rows) {
        if (row.id == id)
            return row.editor;
    }
    return nullptr;
}

void ExportMappingEditor::addColumn(const QString &field)
{
    QString chosen = field;
    if (chosen.isEmpty()) {
        QStringList used;
        for (const FieldMapping::Column &column : std::as_const(m_mapping.columns))
            used.append(column.source.field);
        for (const QString &name : std::as_const(m_fields)) {
            if (!used.contains(name)) {
                chosen = name;
                break;
            }
        }
    }
    QString name = chosen.isEmpty() ? tr("column") : chosen;
    m_mapping.columns.append({name, FieldSource{chosen, {}}});
    rebuild();
    if (!m_rows.isEmpty())
        m_rows.last().name->setFocus();
    emit mappingChanged();
}

void ExportMappingEditor::removeColumn(int index)
{
    if (index < 0 || index >= m_mapping.columns.size())
        return;
    m_mapping.columns.removeAt(index);
    rebuild();
    emit mappingChanged();
}

QList<QPair<QString, QString>> ExportMappingEditor::knownFields() const
{
    QList<QPair<QString, QString>> known;
    const QString source = tr("record field");
    for (const QString &field : m_fields)
        known.append({field, source});
    return known;
}

void ExportMappingEditor::fillChoice(QComboBox *choice, const FieldSource &source) const
{
    const QSignalBlocker blocker(choice);
    choice->clear();
    choice->addItem(tr("No field"));
    choice->setItemData(0, int(Kind::None), KindRole);
    const auto addField = [choice](const QString &text, const QString &field) {
        choice->addItem(text);
        choice->setItemData(choice->count() - 1, int(Kind::Field), KindRole);
        choice->setItemData(choice->count() - 1, field, FieldRole);
    };
    for (const QString &field : m_fields)
        addField(field, field);
    if (!source.field.isEmpty() && !m_fields.contains(source.field)) {
        // Kept, so that nothing the user chose silently changes; the preview shows it empty.
        addField(tr("%1 (not in these records)").arg(source.field), source.field);
    }
    choice->addItem(tr("Template…"));
    choice->setItemData(choice->count() - 1, int(Kind::Template), KindRole);

    int current = 0;
    if (source.isTemplate()) {
        current = choice->count() - 1;
    } else if (!source.field.isEmpty()) {
        for (int i = 0; i < choice->count(); ++i) {
            if (choice->itemData(i, KindRole).toInt() == int(Kind::Field) &&
                choice->itemData(i, FieldRole).toString() == source.field) {
                current = i;
                break;
            }
        }
    }
    choice->setCurrentIndex(current);
}

FieldSource ExportMappingEditor::sourceOf(const Row &row) const
{
    const auto kind = Kind(row.choice->currentData(KindRole).toInt());
    if (kind == Kind::Field)
        return {row.choice->currentData(FieldRole).toString(), {}};
    if (kind == Kind::Template)
        return {{}, row.editor->toPlainText()};
    return {};
}

FieldSource *ExportMappingEditor::mappedSource(const QString &id)
{
    if (isRawLayout()) {
        bool ok = false;
        const int index = id.toInt(&ok);
        return ok && index >= 0 && index < m_mapping.columns.size()
                   ? &m_mapping.columns[index].source
                   : nullptr;
    }
    if (id == QLatin1String("system"))
        return &m_mapping.system;
    if (id == QLatin1String("prompt"))
        return &m_mapping.prompt;
    if (id == QLatin1String("input"))
        return &m_mapping.input;
    if (id == QLatin1String("response"))
        return &m_mapping.response;
    if (id == QLatin1String("history"))
        return &m_mapping.history;
    return nullptr;
}

void ExportMappingEditor::rowEdited(const Row &row)
{
    if (m_updating)
        return;
    FieldSource *source = mappedSource(row.id);
    if (!source)
        return;
    const FieldSource now = sourceOf(row);
    if (now == *source)
        return;
    *source = now;
    emit mappingChanged();
}

ExportMappingEditor::Row ExportMappingEditor::makeRow(const QString &id, const QString &label,
                                                      const QString &columnName,
                                                      const FieldSource &source, QGridLayout *grid,
                                                      int line)
{
    Row row;
    row.id = id;
    QWidget *box = grid->parentWidget();
    row.choice = new QComboBox(box);
    row.choice->setObjectName(QStringLiteral("source_") + id);
    row.editor = new TemplateEditor(box);
    row.editor->setObjectName(QStringLiteral("template_") + id);
    // Tab moves on to the next control; a template here is short.
    row.editor->setTabChangesFocus(true);
    row.editor->setPlaceholderText(tr("A template, e.g. Question: {{ question }}"));
    row.editor->setFixedHeight(row.editor->fontMetrics().lineSpacing() * templateLines +
                               2 * row.editor->frameWidth() + 8);
    row.editor->setKnownFields(knownFields());
    if (source.isTemplate())
        row.editor->setPlainText(source.templateText);

    if (label.isEmpty()) {
        row.name = new QLineEdit(columnName, box);
        row.name->setObjectName(QStringLiteral("column_") + id);
        row.name->setPlaceholderText(tr("Column name"));
        row.name->setAccessibleName(tr("Column %1 name").arg(id.toInt() + 1));
        row.choice->setAccessibleName(tr("Column %1 source").arg(id.toInt() + 1));
        row.editor->setAccessibleName(tr("Column %1 template").arg(id.toInt() + 1));
        row.remove = new QToolButton(box);
        row.remove->setObjectName(QStringLiteral("removeColumn_") + id);
        row.remove->setIcon(QIcon::fromTheme(QStringLiteral("list-remove")));
        row.remove->setText(tr("×"));
        row.remove->setToolTip(tr("Remove this column"));
        row.remove->setAccessibleName(tr("Remove column %1").arg(id.toInt() + 1));
        grid->addWidget(row.name, line, 0);
        grid->addWidget(row.choice, line, 1);
        grid->addWidget(row.remove, line, 2);
        const int index = id.toInt();
        connect(row.name, &QLineEdit::textEdited, this, [this, index](const QString &text) {
            if (index < m_mapping.columns.size() && m_mapping.columns[index].name != text) {
                m_mapping.columns[index].name = text;
                emit mappingChanged();
            }
        });
        connect(row.remove, &QToolButton::clicked, this, [this, index] {
            // Not from inside the button's own signal: rebuilding deletes it.
            QMetaObject::invokeMethod(
                this, [this, index] { removeColumn(index); }, Qt::QueuedConnection);
        });
    } else {
        auto *text = new QLabel(label, box);
        text->setBuddy(row.choice);
        row.choice->setAccessibleName(QString(label).remove(QLatin1Char('&')));
        row.editor->setAccessibleName(tr("%1 template").arg(row.choice->accessibleName()));
        grid->addWidget(text, line, 0);
        grid->addWidget(row.choice, line, 1, 1, 2);
    }
    grid->addWidget(row.editor, line + 1, 1, 1, 2);
    fillChoice(row.choice, source);
    row.editor->setVisible(source.isTemplate());

    connect(row.choice, &QComboBox::currentIndexChanged, this, [this, row] {
        const bool isTemplate = Kind(row.choice->currentData(KindRole).toInt()) == Kind::Template;
        if (isTemplate && row.editor->toPlainText().isEmpty()) {
            // Start from the field chosen before, the usual first step of a composite field.
            const FieldSource *before = mappedSource(row.id);
            if (before && !before->field.isEmpty()) {
                const QSignalBlocker blocker(row.editor);
                row.editor->setPlainText(QStringLiteral("{{ %1 }}").arg(before->field));
            }
        }
        row.editor->setVisible(isTemplate);
        if (isTemplate && row.choice->hasFocus())
            row.editor->setFocus();
        rowEdited(row);
    });
    connect(row.editor, &QPlainTextEdit::textChanged, this, [this, row] { rowEdited(row); });
    return row;
}

void ExportMappingEditor::rebuild()
{
    m_rows.clear();
    delete m_rowsBox;
    m_rowsBox = new QWidget(this);
    m_rowsBox->setObjectName(QStringLiteral("mappingRows"));
    auto *grid = new QGridLayout(m_rowsBox);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->setColumnStretch(1, 1);

    m_updating = true;
    const bool raw = isRawLayout();
    if (raw) {
        for (int i = 0; i < m_mapping.columns.size(); ++i) {
            const FieldMapping::Column &column = m_mapping.columns.at(i);
            m_rows.append(
                makeRow(QString::number(i), QString(), column.name, column.source, grid, 2 * i));
        }
        m_hint->setText(m_mapping.columns.isEmpty()
                            ? tr("Every field of the records is written, as it is. Add columns "
                                 "to choose, rename or combine fields.")
                            : tr("These columns are written, in this order."));
    } else {
        const QList<ExportOptions::Target> targets =
            ExportOptions::targets(m_format, m_recordFormat);
        int line = 0;
        for (const ExportOptions::Target &target : targets) {
            FieldSource *source = mappedSource(target.id);
            m_rows.append(makeRow(target.id, target.label, QString(),
                                  source ? *source : FieldSource(), grid, line));
            line += 2;
        }
        m_hint->setText(
            tr("Choose the record field for each part of the format, or a template that "
               "combines fields."));
    }
    m_updating = false;
    m_addColumn->setVisible(raw);
    m_allColumns->setVisible(raw);
    m_allColumns->setEnabled(!m_fields.isEmpty());
    m_layout->insertWidget(1, m_rowsBox);
}

} // namespace Seedbed
