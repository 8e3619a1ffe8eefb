#include "widgets/schemaeditor.h"

#include "models/quality/jsonschema.h"
#include "widgets/jsonhighlighter.h"
#include "widgets/palettehighlighter.h"

#include <QBoxLayout>
#include <QButtonGroup>
#include <QCheckBox>
#include <QComboBox>
#include <QCoreApplication>
#include <QEvent>
#include <QFontDatabase>
#include <QHash>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollBar>
#include <QShortcut>
#include <QStackedWidget>
#include <QStandardItemModel>
#include <QStyledItemDelegate>
#include <QTableView>
#include <QTimer>
#include <QToolButton>

#include <algorithm>
#include <optional>
#include <vector>

namespace Seedbed {

namespace {

constexpr int DefaultCommitDelay = 400;
constexpr int MaxReaderDepth = 32;
constexpr int MaxReasons = 4;

enum Column {
    NameColumn,
    TypeColumn,
    ValuesColumn,
    RequiredColumn,
    DescriptionColumn,
    ColumnCount
};

// The form's field types, in the order of the type column's choices.
enum FieldType { StringType, IntegerType, NumberType, BooleanType, EnumType, StringListType };
constexpr int FieldTypeCount = 6;

// The values of a field that is not an enum (any more), kept for when it becomes one again.
constexpr int StashedValuesRole = Qt::UserRole + 1;

QString typeLabel(int type)
{
    switch (type) {
    case StringType:
        return QCoreApplication::translate("Seedbed::SchemaEditor", "string");
    case IntegerType:
        return QCoreApplication::translate("Seedbed::SchemaEditor", "integer");
    case NumberType:
        return QCoreApplication::translate("Seedbed::SchemaEditor", "number");
    case BooleanType:
        return QCoreApplication::translate("Seedbed::SchemaEditor", "boolean");
    case EnumType:
        return QCoreApplication::translate("Seedbed::SchemaEditor", "one of…");
    case StringListType:
        return QCoreApplication::translate("Seedbed::SchemaEditor", "list of strings");
    }
    return {};
}

QString typeName(int type)
{
    switch (type) {
    case IntegerType:
        return QStringLiteral("integer");
    case NumberType:
        return QStringLiteral("number");
    case BooleanType:
        return QStringLiteral("boolean");
    case StringListType:
        return QStringLiteral("array");
    default:
        return QStringLiteral("string");
    }
}

// "a, b ,c," → [a, b, c]
QStringList splitValues(const QString &text)
{
    QStringList values;
    const QStringList parts = text.split(u',');
    for (const QString &part : parts) {
        const QString value = part.trimmed();
        if (!value.isEmpty())
            values.append(value);
    }
    return values;
}

QString joinValues(const QStringList &values)
{
    return values.join(QLatin1String(", "));
}

// A JSON string literal, escaped as QJsonDocument escapes.
QString quoted(const QString &text)
{
    const QByteArray json = QJsonDocument(QJsonArray{text}).toJson(QJsonDocument::Compact);
    return QString::fromUtf8(json.mid(1, json.size() - 2));
}

QString quotedList(const QStringList &texts)
{
    QStringList items;
    for (const QString &text : texts)
        items.append(quoted(text));
    return u'[' + items.join(QLatin1String(", ")) + u']';
}

/* A JSON value with the order of object keys kept (QJsonObject sorts them): the form shows
   the properties in the order of the text. */
struct Node
{
    enum Kind { Null, Bool, Number, String, Array, Object };
    Kind kind = Null;
    bool boolean = false;
    QString string;          //!< a string, or a number's text
    QStringList keys;        //!< an object's keys, parallel to items
    std::vector<Node> items; //!< an array's elements or an object's values
};

/* Reads JSON that QJsonDocument accepted; rejects values nested deeper than MaxReaderDepth,
   which a flat schema never is. */
class Reader
{
public:
    explicit Reader(const QString &text)
        : m_text(text)
    {}

    bool read(Node &node)
    {
        skipSpace();
        if (!readValue(node, 0))
            return false;
        skipSpace();
        return m_pos == m_text.size();
    }

private:
    bool at(char16_t c) const { return m_pos < m_text.size() && m_text.at(m_pos) == c; }

    void skipSpace()
    {
        while (m_pos < m_text.size() && (at(u' ') || at(u'\t') || at(u'\n') || at(u'\r')))
            ++m_pos;
    }

    bool readLiteral(QLatin1String word)
    {
        if (QStringView(m_text).mid(m_pos, word.size()) != word)
            return false;
        m_pos += word.size();
        return true;
    }

    bool readString(QString &out)
    {
        if (!at(u'"'))
            return false;
        ++m_pos;
        while (m_pos < m_text.size()) {
            const QChar c = m_text.at(m_pos++);
            if (c == u'"')
                return true;
            if (c != u'\\') {
                out.append(c);
                continue;
            }
            if (m_pos >= m_text.size())
                return false;
            const char16_t escape = m_text.at(m_pos++).unicode();
            switch (escape) {
            case u'"':
            case u'\\':
            case u'/':
                out.append(QChar(escape));
                break;
            case u'b':
                out.append(u'\b');
                break;
            case u'f':
                out.append(u'\f');
                break;
            case u'n':
                out.append(u'\n');
                break;
            case u'r':
                out.append(u'\r');
                break;
            case u't':
                out.append(u'\t');
                break;
            case u'u': {
                bool ok = false;
                const ushort code = m_text.mid(m_pos, 4).toUShort(&ok, 16);
                if (!ok || m_pos + 4 > m_text.size())
                    return false;
                out.append(QChar(code)); // surrogate halves pair up in UTF-16
                m_pos += 4;
                break;
            }
            default:
                return false;
            }
        }
        return false;
    }

    bool readValue(Node &node, int depth)
    {
        if (depth > MaxReaderDepth || m_pos >= m_text.size())
            return false;
        const char16_t c = m_text.at(m_pos).unicode();
        if (c == u'{' || c == u'[') {
            const bool object = c == u'{';
            const char16_t close = object ? u'}' : u']';
            node.kind = object ? Node::Object : Node::Array;
            ++m_pos;
            skipSpace();
            if (at(close)) {
                ++m_pos;
                return true;
            }
            for (;;) {
                skipSpace();
                if (object) {
                    QString key;
                    if (!readString(key))
                        return false;
                    skipSpace();
                    if (!at(u':'))
                        return false;
                    ++m_pos;
                    skipSpace();
                    node.keys.append(key);
                }
                Node item;
                if (!readValue(item, depth + 1))
                    return false;
                node.items.push_back(std::move(item));
                skipSpace();
                if (at(u',')) {
                    ++m_pos;
                    continue;
                }
                if (!at(close))
                    return false;
                ++m_pos;
                return true;
            }
        }
        if (c == u'"') {
            node.kind = Node::String;
            return readString(node.string);
        }
        if (c == u't' || c == u'f') {
            node.kind = Node::Bool;
            node.boolean = c == u't';
            return readLiteral(node.boolean ? QLatin1String("true") : QLatin1String("false"));
        }
        if (c == u'n')
            return readLiteral(QLatin1String("null"));
        const qsizetype start = m_pos;
        while (m_pos < m_text.size() && (m_text.at(m_pos).isDigit() || at(u'-') || at(u'+') ||
                                         at(u'.') || at(u'e') || at(u'E')))
            ++m_pos;
        node.kind = Node::Number;
        node.string = m_text.mid(start, m_pos - start);
        return m_pos > start;
    }

    const QString &m_text;
    qsizetype m_pos = 0;
};

bool hasRepeatedKeys(const Node &node)
{
    if (node.kind == Node::Object) {
        QStringList keys = node.keys;
        keys.removeDuplicates();
        if (keys.size() != node.keys.size())
            return true;
    }
    return std::any_of(node.items.begin(), node.items.end(), hasRepeatedKeys);
}

void addReason(QStringList &reasons, const QString &reason)
{
    if (!reasons.contains(reason))
        reasons.append(reason);
}

} // namespace

struct SchemaEditor::Field
{
    QString name;
    int type = StringType;
    QStringList values; //!< an enum's values; kept while the type is another
    bool required = true;
    QString description;
};

/*! A schema the form can show: the fields and what else the text says at the top level. */
struct SchemaEditor::Flat
{
    enum class Others { Forbidden, Unsaid, Allowed };

    QList<Field> fields;
    std::optional<QString> schemaUri; //!< "$schema"
    std::optional<QString> title;
    std::optional<QString> description;
    Others others = Others::Forbidden; //!< "additionalProperties": false, left out, true

    bool hasOnlyFields() const
    {
        return !schemaUri && !title && !description && others == Others::Forbidden;
    }
};

struct SchemaEditor::Analysis
{
    enum class Kind { Empty, Flat, NotFlat, BadJson, BadSchema };

    Kind kind = Kind::Empty;
    SchemaEditor::Flat flat;
    QString reason;          //!< why the form cannot show it
    QString error;           //!< the JSON or schema error
    qsizetype position = -1; //!< where the JSON error is, in the text

    bool formable() const { return kind == Kind::Empty || kind == Kind::Flat; }
};

namespace {

QString keywordReason(const QString &keyword)
{
    if (keyword == QLatin1String("$ref"))
        return SchemaEditor::tr("references ($ref)");
    if (keyword == QLatin1String("$defs") || keyword == QLatin1String("definitions"))
        return SchemaEditor::tr("definitions");
    if (keyword == QLatin1String("allOf") || keyword == QLatin1String("anyOf") ||
        keyword == QLatin1String("oneOf") || keyword == QLatin1String("not"))
        return SchemaEditor::tr("combined schemas (%1)").arg(keyword);
    if (keyword == QLatin1String("patternProperties"))
        return SchemaEditor::tr("pattern properties");
    return SchemaEditor::tr("the keyword “%1”").arg(keyword);
}

} // namespace

SchemaEditor::Analysis SchemaEditor::analyze(const QString &text)
{
    Analysis result;
    if (text.trimmed().isEmpty())
        return result;

    const QByteArray utf8 = text.toUtf8();
    const QByteArray trimmed = utf8.trimmed();
    if (trimmed != "true" && trimmed != "false") {
        QJsonParseError parseError;
        QJsonDocument::fromJson(utf8, &parseError);
        if (parseError.error != QJsonParseError::NoError) {
            // QJsonDocument reports most errors just after the character that is wrong; the
            // offset counts UTF-8 bytes, lines and columns count characters.
            qsizetype offset = parseError.offset;
            if (offset > 0 && offset < utf8.size() &&
                parseError.error != QJsonParseError::GarbageAtEnd &&
                parseError.error != QJsonParseError::IllegalNumber) {
                --offset;
                while (offset > 0 && (utf8.at(offset) & 0xc0) == 0x80) // inside a character
                    --offset;
            }
            const QString before = QString::fromUtf8(utf8.left(offset));
            const qsizetype line = before.count(u'\n') + 1;
            const qsizetype column = before.size() - before.lastIndexOf(u'\n');
            result.kind = Analysis::Kind::BadJson;
            result.error =
                tr("line %1, column %2: %3").arg(line).arg(column).arg(parseError.errorString());
            result.position = before.size();
            return result;
        }
    }
    const JsonSchema schema = JsonSchema::fromJson(utf8);
    if (!schema.isValid()) {
        result.kind = Analysis::Kind::BadSchema;
        result.error = tr("Schema error: %1").arg(schema.error());
        return result;
    }

    QStringList reasons;
    Node root;
    Flat &flat = result.flat;
    if (!Reader(text).read(root)) {
        addReason(reasons, tr("deeply nested values"));
    } else if (root.kind == Node::Bool) {
        addReason(reasons, tr("a schema that is just true or false"));
    } else if (root.kind != Node::Object) {
        addReason(reasons, tr("a schema that is not an object"));
    } else {
        if (hasRepeatedKeys(root))
            addReason(reasons, tr("a key written twice"));
        bool objectType = false;
        const Node *properties = nullptr;
        const Node *required = nullptr;
        flat.others = Flat::Others::Unsaid;
        for (qsizetype i = 0; i < root.keys.size(); ++i) {
            const QString &key = root.keys.at(i);
            const Node &value = root.items.at(size_t(i));
            const bool isString = value.kind == Node::String;
            if (key == QLatin1String("type")) {
                objectType = isString && value.string == QLatin1String("object");
                if (!objectType)
                    addReason(reasons, tr("a top-level type other than “object”"));
            } else if (key == QLatin1String("properties") && value.kind == Node::Object) {
                properties = &value;
            } else if (key == QLatin1String("required") && value.kind == Node::Array) {
                required = &value;
            } else if (key == QLatin1String("additionalProperties") && value.kind == Node::Bool) {
                flat.others = value.boolean ? Flat::Others::Allowed : Flat::Others::Forbidden;
            } else if (key == QLatin1String("additionalProperties")) {
                addReason(reasons, tr("rules for other fields"));
            } else if (key == QLatin1String("$schema") && isString) {
                flat.schemaUri = value.string;
            } else if (key == QLatin1String("title") && isString) {
                flat.title = value.string;
            } else if (key == QLatin1String("description") && isString) {
                flat.description = value.string;
            } else {
                addReason(reasons, keywordReason(key));
            }
        }
        if (!root.keys.contains(QLatin1String("type")))
            addReason(reasons, tr("no top-level “type”: “object”"));

        for (qsizetype i = 0; properties && i < properties->keys.size(); ++i) {
            Field field;
            field.name = properties->keys.at(i);
            field.required = false;
            if (field.name.trimmed().isEmpty())
                addReason(reasons, tr("a field without a name"));
            if (field.name.contains(u'\n'))
                addReason(reasons, tr("field names with line breaks"));
            const Node &property = properties->items.at(size_t(i));
            if (property.kind != Node::Object) {
                addReason(reasons, tr("a field schema that is just true or false"));
                continue;
            }
            const Node *type = nullptr;
            const Node *enumValues = nullptr;
            const Node *items = nullptr;
            for (qsizetype k = 0; k < property.keys.size(); ++k) {
                const QString &key = property.keys.at(k);
                const Node &value = property.items.at(size_t(k));
                if (key == QLatin1String("type")) {
                    if (value.kind == Node::Array)
                        addReason(reasons, tr("fields with several types"));
                    else
                        type = &value;
                } else if (key == QLatin1String("description") && value.kind == Node::String) {
                    if (value.string.contains(u'\n'))
                        addReason(reasons, tr("descriptions with line breaks"));
                    field.description = value.string;
                } else if (key == QLatin1String("enum")) {
                    enumValues = &value;
                } else if (key == QLatin1String("items")) {
                    items = &value;
                } else if (key == QLatin1String("properties") || key == QLatin1String("required") ||
                           key == QLatin1String("additionalProperties")) {
                    addReason(reasons, tr("nested objects"));
                } else {
                    addReason(reasons, keywordReason(key));
                }
            }
            const QString name = type && type->kind == Node::String ? type->string : QString();
            if (!type) {
                if (!property.keys.contains(QLatin1String("type")))
                    addReason(reasons, tr("fields without a type"));
            } else if (name == QLatin1String("string")) {
                field.type = enumValues ? EnumType : StringType;
            } else if (name == QLatin1String("integer")) {
                field.type = IntegerType;
            } else if (name == QLatin1String("number")) {
                field.type = NumberType;
            } else if (name == QLatin1String("boolean")) {
                field.type = BooleanType;
            } else if (name == QLatin1String("array")) {
                field.type = StringListType;
                const qsizetype itemType = items && items->kind == Node::Object
                                               ? items->keys.indexOf(QLatin1String("type"))
                                               : -1;
                const Node *itemTypeName =
                    itemType >= 0 ? &items->items.at(size_t(itemType)) : nullptr;
                if (!items) {
                    addReason(reasons, tr("lists without an item type"));
                } else if (itemTypeName && itemTypeName->kind == Node::String &&
                           itemTypeName->string == QLatin1String("object")) {
                    addReason(reasons, tr("lists of objects"));
                } else if (!itemTypeName || itemTypeName->kind != Node::String ||
                           itemTypeName->string != QLatin1String("string") ||
                           items->keys.size() != 1) {
                    addReason(reasons, tr("lists of other than strings"));
                }
            } else if (name == QLatin1String("object")) {
                addReason(reasons, tr("nested objects"));
            } else {
                addReason(reasons, tr("the type “%1”").arg(name));
            }
            if (items && field.type != StringListType)
                addReason(reasons, keywordReason(QStringLiteral("items")));
            if (enumValues && field.type != EnumType) {
                addReason(reasons, tr("enums of values other than strings"));
            } else if (enumValues) {
                bool listable = enumValues->kind == Node::Array && !enumValues->items.empty();
                for (const Node &value : enumValues->items) {
                    if (value.kind != Node::String) {
                        addReason(reasons, tr("enums of values other than strings"));
                        listable = true; // said
                        break;
                    }
                    const QString &v = value.string;
                    if (v.isEmpty() || v.trimmed() != v || v.contains(u',') ||
                        field.values.contains(v))
                        listable = false;
                    field.values.append(v);
                }
                if (!listable)
                    addReason(reasons, tr("enum values that are empty, repeated or hold commas"));
            }
            flat.fields.append(field);
        }

        for (qsizetype i = 0; required && i < qsizetype(required->items.size()); ++i) {
            const QString &name = required->items.at(size_t(i)).string;
            const auto field = std::find_if(flat.fields.begin(), flat.fields.end(),
                                            [&](const Field &f) { return f.name == name; });
            if (field == flat.fields.end())
                addReason(reasons, tr("required fields that are not listed"));
            else if (field->required)
                addReason(reasons, tr("a field required twice"));
            else
                field->required = true;
        }
    }

    if (reasons.isEmpty()) {
        result.kind = Analysis::Kind::Flat;
        return result;
    }
    result.kind = Analysis::Kind::NotFlat;
    QString list = QLocale().createSeparatedList(reasons.mid(0, MaxReasons));
    if (reasons.size() > MaxReasons)
        list += QStringLiteral(", …");
    result.reason =
        tr("This schema uses features the form cannot show (%1); edit it as JSON.").arg(list);
    return result;
}

QString SchemaEditor::canonicalText(const Flat &schema)
{
    if (schema.fields.isEmpty() && schema.hasOnlyFields())
        return {};
    QStringList top;
    if (schema.schemaUri)
        top.append(QStringLiteral("  \"$schema\": ") + quoted(*schema.schemaUri));
    if (schema.title)
        top.append(QStringLiteral("  \"title\": ") + quoted(*schema.title));
    if (schema.description)
        top.append(QStringLiteral("  \"description\": ") + quoted(*schema.description));
    top.append(QStringLiteral("  \"type\": \"object\""));
    QStringList properties;
    QStringList required;
    for (const Field &field : schema.fields) {
        QStringList keys{QStringLiteral("      \"type\": ") + quoted(typeName(field.type))};
        if (field.type == StringListType)
            keys.append(
                QStringLiteral("      \"items\": {\n        \"type\": \"string\"\n      }"));
        if (field.type == EnumType)
            keys.append(QStringLiteral("      \"enum\": ") + quotedList(field.values));
        if (!field.description.isEmpty())
            keys.append(QStringLiteral("      \"description\": ") + quoted(field.description));
        properties.append(QStringLiteral("    ") + quoted(field.name) + QStringLiteral(": {\n") +
                          keys.join(QLatin1String(",\n")) + QStringLiteral("\n    }"));
        if (field.required)
            required.append(field.name);
    }
    if (properties.isEmpty())
        top.append(QStringLiteral("  \"properties\": {}"));
    else
        top.append(QStringLiteral("  \"properties\": {\n") + properties.join(QLatin1String(",\n")) +
                   QStringLiteral("\n  }"));
    top.append(QStringLiteral("  \"required\": ") + quotedList(required));
    if (schema.others == Flat::Others::Forbidden)
        top.append(QStringLiteral("  \"additionalProperties\": false"));
    else if (schema.others == Flat::Others::Allowed)
        top.append(QStringLiteral("  \"additionalProperties\": true"));
    return QStringLiteral("{\n") + top.join(QLatin1String(",\n")) + QStringLiteral("\n}");
}

namespace {

/* The type column: a combo box of the field types, committing as soon as one is picked. */
class FieldTypeDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &,
                          const QModelIndex &) const override
    {
        auto *combo = new QComboBox(parent);
        for (int type = 0; type < FieldTypeCount; ++type)
            combo->addItem(typeLabel(type));
        auto *self = const_cast<FieldTypeDelegate *>(this);
        connect(combo, &QComboBox::activated, self,
                [self, combo] { emit self->commitData(combo); });
        return combo;
    }

    void setEditorData(QWidget *editor, const QModelIndex &index) const override
    {
        static_cast<QComboBox *>(editor)->setCurrentIndex(index.data(Qt::EditRole).toInt());
    }

    void setModelData(QWidget *editor, QAbstractItemModel *model,
                      const QModelIndex &index) const override
    {
        const int type = static_cast<QComboBox *>(editor)->currentIndex();
        if (index.data(Qt::EditRole).toInt() != type)
            model->setData(index, type, Qt::EditRole);
    }

    QString displayText(const QVariant &value, const QLocale &) const override
    {
        return typeLabel(value.toInt());
    }
};

} // namespace

SchemaEditor::SchemaEditor(QWidget *parent)
    : QWidget(parent)
    , m_formExtras(std::make_unique<Flat>())
    , m_stack(new QStackedWidget(this))
    , m_model(new QStandardItemModel(0, ColumnCount, this))
    , m_table(new QTableView(this))
    , m_addButton(new QPushButton(tr("Add field"), this))
    , m_removeButton(new QToolButton(this))
    , m_upButton(new QToolButton(this))
    , m_downButton(new QToolButton(this))
    , m_allowOthers(new QCheckBox(tr("Allow other fields"), this))
    , m_emptyHint(new QLabel(m_table->viewport()))
    , m_formMessage(new QLabel(this))
    , m_json(new QPlainTextEdit(this))
    , m_highlighter(new JsonHighlighter(m_json->document()))
    , m_jsonStatus(new QLabel(this))
    , m_commitTimer(new QTimer(this))
{
    // The mode switch: two segments.
    auto *fieldsButton = new QToolButton(this);
    fieldsButton->setText(tr("Fields"));
    fieldsButton->setObjectName(QStringLiteral("fieldsModeButton"));
    fieldsButton->setToolTip(tr("Edit the schema as a table of fields"));
    auto *jsonButton = new QToolButton(this);
    jsonButton->setText(tr("JSON"));
    jsonButton->setObjectName(QStringLiteral("jsonModeButton"));
    jsonButton->setToolTip(tr("Edit the schema as JSON text"));
    auto *modes = new QButtonGroup(this);
    for (QToolButton *button : {fieldsButton, jsonButton}) {
        button->setCheckable(true);
        button->setAutoRaise(false);
        button->setToolButtonStyle(Qt::ToolButtonTextOnly);
        modes->addButton(button);
    }
    m_fieldsButton = fieldsButton;
    m_jsonButton = jsonButton;
    m_fieldsButton->setChecked(true);
    connect(m_fieldsButton, &QAbstractButton::clicked, this, [this] { setMode(Mode::Fields); });
    connect(m_jsonButton, &QAbstractButton::clicked, this, [this] { setMode(Mode::Json); });

    m_notice = new QLabel(this);
    m_notice->setObjectName(QStringLiteral("formNotice"));
    m_notice->setWordWrap(true);
    m_notice->setVisible(false);

    // The form.
    m_model->setHorizontalHeaderLabels(
        {tr("Name"), tr("Type"), tr("Values"), tr("Required"), tr("Description")});
    m_table->setModel(m_model);
    m_table->setItemDelegateForColumn(TypeColumn, new FieldTypeDelegate(m_table));
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed |
                             QAbstractItemView::AnyKeyPressed | QAbstractItemView::SelectedClicked);
    m_table->verticalHeader()->hide();
    m_table->setWordWrap(false);
    QHeaderView *header = m_table->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->setSectionResizeMode(RequiredColumn, QHeaderView::ResizeToContents);
    header->setStretchLastSection(true);
    header->setHighlightSections(false);
    header->resizeSection(NameColumn, 130);
    header->resizeSection(TypeColumn, 130);
    header->resizeSection(ValuesColumn, 130);
    m_table->verticalHeader()->setDefaultSectionSize(std::max(
        m_table->verticalHeader()->defaultSectionSize(), QComboBox().sizeHint().height() + 2));
    m_table->setToolTip(
        tr("One row per field of the JSON object. Insert adds a field, Delete removes one, "
           "Alt+Up and Alt+Down move it."));
    connect(m_model, &QStandardItemModel::itemChanged, this, &SchemaEditor::onItemChanged);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &SchemaEditor::updateButtons);

    m_emptyHint->setObjectName(QStringLiteral("emptyHint"));
    m_emptyHint->setText(tr("No schema yet: any JSON object is accepted.\nAdd a field to "
                            "describe the object, one row per field."));
    m_emptyHint->setAlignment(Qt::AlignCenter);
    m_emptyHint->setWordWrap(true);
    m_table->viewport()->installEventFilter(this);

    m_addButton->setObjectName(QStringLiteral("addFieldButton"));
    m_addButton->setToolTip(tr("Add a field after the selected one (Insert)"));
    m_removeButton->setObjectName(QStringLiteral("removeFieldButton"));
    m_removeButton->setText(tr("Remove"));
    m_removeButton->setToolTip(tr("Remove the selected field (Delete)"));
    m_upButton->setObjectName(QStringLiteral("moveUpButton"));
    m_upButton->setArrowType(Qt::UpArrow);
    m_upButton->setToolTip(tr("Move the selected field up (Alt+Up)"));
    m_upButton->setAccessibleName(tr("Move up"));
    m_downButton->setObjectName(QStringLiteral("moveDownButton"));
    m_downButton->setArrowType(Qt::DownArrow);
    m_downButton->setToolTip(tr("Move the selected field down (Alt+Down)"));
    m_downButton->setAccessibleName(tr("Move down"));
    connect(m_addButton, &QAbstractButton::clicked, this, &SchemaEditor::addField);
    connect(m_removeButton, &QAbstractButton::clicked, this, &SchemaEditor::removeField);
    connect(m_upButton, &QAbstractButton::clicked, this, [this] { moveField(-1); });
    connect(m_downButton, &QAbstractButton::clicked, this, [this] { moveField(1); });
    new QShortcut(QKeySequence(Qt::Key_Insert), m_table, this, &SchemaEditor::addField,
                  Qt::WidgetShortcut);
    new QShortcut(QKeySequence(Qt::Key_Delete), m_table, this, &SchemaEditor::removeField,
                  Qt::WidgetShortcut);
    new QShortcut(
        QKeySequence(Qt::ALT | Qt::Key_Up), m_table, this, [this] { moveField(-1); },
        Qt::WidgetShortcut);
    new QShortcut(
        QKeySequence(Qt::ALT | Qt::Key_Down), m_table, this, [this] { moveField(1); },
        Qt::WidgetShortcut);

    m_allowOthers->setObjectName(QStringLiteral("allowOtherFields"));
    m_allowOthers->setToolTip(tr("Whether the object may have fields not listed here. Strict "
                                 "structured output needs this off."));
    connect(m_allowOthers, &QCheckBox::toggled, this, [this](bool checked) {
        if (m_updating)
            return;
        m_formExtras->others = checked ? Flat::Others::Allowed : Flat::Others::Forbidden;
        onFormChanged();
    });

    m_formMessage->setObjectName(QStringLiteral("formMessage"));
    m_formMessage->setWordWrap(true);

    auto *formPage = new QWidget(m_stack);
    auto *formLayout = new QVBoxLayout(formPage);
    formLayout->setContentsMargins(0, 0, 0, 0);
    formLayout->addWidget(m_table, 1);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_addButton);
    buttons->addWidget(m_removeButton);
    buttons->addWidget(m_upButton);
    buttons->addWidget(m_downButton);
    buttons->addStretch(1);
    buttons->addWidget(m_allowOthers);
    formLayout->addLayout(buttons);
    formLayout->addWidget(m_formMessage);

    // The JSON text.
    m_json->setObjectName(QStringLiteral("schemaJson"));
    QFont mono = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    m_json->setFont(mono);
    m_json->setTabStopDistance(QFontMetricsF(mono).horizontalAdvance(QStringLiteral("  ")));
    m_json->setPlaceholderText(tr("Empty: no schema"));
    m_json->installEventFilter(this);
    m_highlighter->trackPalette(m_json);
    connect(m_json, &QPlainTextEdit::textChanged, this, &SchemaEditor::onJsonChanged);
    m_jsonStatus->setObjectName(QStringLiteral("jsonStatus"));
    m_jsonStatus->setWordWrap(true);
    m_jsonStatus->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_commitTimer->setSingleShot(true);
    m_commitTimer->setInterval(DefaultCommitDelay);
    connect(m_commitTimer, &QTimer::timeout, this, &SchemaEditor::commit);

    auto *jsonPage = new QWidget(m_stack);
    auto *jsonLayout = new QVBoxLayout(jsonPage);
    jsonLayout->setContentsMargins(0, 0, 0, 0);
    jsonLayout->addWidget(m_json, 1);
    jsonLayout->addWidget(m_jsonStatus);

    m_stack->addWidget(formPage);
    m_stack->addWidget(jsonPage);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *switcher = new QHBoxLayout;
    switcher->setSpacing(0);
    switcher->addWidget(m_fieldsButton);
    switcher->addWidget(m_jsonButton);
    switcher->addStretch(1);
    layout->addLayout(switcher);
    layout->addWidget(m_notice);
    layout->addWidget(m_stack, 1);

    populateForm(Flat());
    updateJsonStatus(Analysis());
    showMode(Mode::Fields);
    updateColors();
}

SchemaEditor::~SchemaEditor()
{
    // Closing the window moves the focus, which would commit an open cell editor or pending
    // typing into a half-destroyed widget, and emit to an owner that may be going too.
    m_commitTimer->stop();
    m_jsonDirty = false;
    m_updating = true;
    m_json->removeEventFilter(this);
    m_table->viewport()->removeEventFilter(this);
    disconnect(m_model, nullptr, this, nullptr);
}

void SchemaEditor::setText(const QString &text)
{
    if (text == m_text)
        return;
    m_commitTimer->stop();
    m_jsonDirty = false;
    m_text = text;
    setJsonText(text);
    const Analysis analysis = analyze(text);
    updateJsonStatus(analysis);
    if (analysis.formable()) {
        populateForm(analysis.flat);
        setNotice(QString());
        showMode(m_preferJson ? Mode::Json : Mode::Fields);
    } else {
        m_formStale = true;
        setNotice(analysis.reason);
        showMode(Mode::Json);
    }
}

bool SchemaEditor::setMode(Mode mode)
{
    if (mode == Mode::Json) {
        m_preferJson = true;
        showMode(Mode::Json);
        return true;
    }
    if (m_mode == Mode::Fields)
        return true;
    commit();
    const Analysis analysis = analyze(m_text);
    if (analysis.formable()) {
        if (m_formStale)
            populateForm(analysis.flat);
        m_preferJson = false;
        setNotice(QString());
        showMode(Mode::Fields);
        return true;
    }
    switch (analysis.kind) {
    case Analysis::Kind::BadJson:
        setNotice(tr("The form can show the fields once the JSON is valid; fix the error below "
                     "first."));
        break;
    case Analysis::Kind::BadSchema:
        setNotice(tr("The form can show the fields once the schema is valid; fix the error "
                     "below first."));
        break;
    default:
        setNotice(analysis.reason);
        break;
    }
    showMode(Mode::Json);
    return false;
}

bool SchemaEditor::isFormAvailable() const
{
    return formUnavailableReason().isEmpty();
}

QString SchemaEditor::formUnavailableReason() const
{
    const Analysis analysis = analyze(m_jsonDirty ? m_json->toPlainText() : m_text);
    switch (analysis.kind) {
    case Analysis::Kind::BadJson:
    case Analysis::Kind::BadSchema:
        return tr("The form can show the fields once the schema is valid: %1").arg(analysis.error);
    case Analysis::Kind::NotFlat:
        return analysis.reason;
    default:
        return {};
    }
}

QString SchemaEditor::problem() const
{
    if (m_mode == Mode::Fields)
        return m_formProblem;
    return m_jsonProblemIsError ? m_jsonProblem : QString();
}

int SchemaEditor::commitDelay() const
{
    return m_commitTimer->interval();
}

void SchemaEditor::setCommitDelay(int milliseconds)
{
    m_commitTimer->setInterval(milliseconds);
}

void SchemaEditor::commit()
{
    if (m_mode == Mode::Fields) {
        // An open cell editor's value goes in now, as it would on leaving the cell.
        if (QWidget *editor = m_table->indexWidget(m_table->currentIndex()))
            QMetaObject::invokeMethod(m_table, "commitData", Q_ARG(QWidget *, editor));
    }
    if (!m_jsonDirty)
        return;
    m_commitTimer->stop();
    m_jsonDirty = false;
    const QString text = m_json->toPlainText();
    if (text == m_text)
        return;
    m_text = text;
    m_formStale = true;
    emit edited(text);
}

bool SchemaEditor::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_json && event->type() == QEvent::FocusOut)
        commit();
    if (watched == m_table->viewport() && event->type() == QEvent::Resize)
        m_emptyHint->setGeometry(m_table->viewport()->rect().adjusted(12, 12, -12, -12));
    return QWidget::eventFilter(watched, event);
}

void SchemaEditor::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::StyleChange)
        updateColors();
}

void SchemaEditor::showMode(Mode mode)
{
    m_mode = mode;
    m_stack->setCurrentIndex(mode == Mode::Fields ? 0 : 1);
    m_fieldsButton->setChecked(mode == Mode::Fields);
    m_jsonButton->setChecked(mode == Mode::Json);
    m_notice->setVisible(mode == Mode::Json && !m_notice->text().isEmpty());
    m_fieldsButton->setToolTip(
        m_notice->text().isEmpty() ? tr("Edit the schema as a table of fields") : m_notice->text());
}

void SchemaEditor::setNotice(const QString &text)
{
    m_notice->setText(text);
    showMode(m_mode);
}

void SchemaEditor::populateForm(const Flat &schema)
{
    *m_formExtras = schema;
    m_formExtras->fields.clear();
    m_updating = true;
    m_allowOthers->setChecked(schema.others != Flat::Others::Forbidden);
    m_updating = false;
    writeForm(schema.fields, schema.fields.isEmpty() ? -1 : 0);
    m_formStale = false;
}

QList<SchemaEditor::Field> SchemaEditor::readFields() const
{
    QList<Field> fields;
    for (int row = 0; row < m_model->rowCount(); ++row) {
        Field field;
        field.name = m_model->item(row, NameColumn)->text();
        field.type = m_model->item(row, TypeColumn)->data(Qt::EditRole).toInt();
        const QStandardItem *values = m_model->item(row, ValuesColumn);
        field.values = splitValues(
            field.type == EnumType ? values->text() : values->data(StashedValuesRole).toString());
        field.required = m_model->item(row, RequiredColumn)->checkState() == Qt::Checked;
        field.description = m_model->item(row, DescriptionColumn)->text();
        fields.append(field);
    }
    return fields;
}

void SchemaEditor::writeForm(const QList<Field> &fields, int currentRow)
{
    m_updating = true;
    m_model->removeRows(0, m_model->rowCount());
    for (const Field &field : fields) {
        auto *name = new QStandardItem(field.name);
        auto *type = new QStandardItem;
        type->setData(field.type, Qt::EditRole);
        auto *values = new QStandardItem;
        values->setFlags(Qt::ItemIsSelectable);
        values->setData(joinValues(field.values), StashedValuesRole);
        auto *required = new QStandardItem;
        required->setFlags(Qt::ItemIsSelectable | Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
        required->setCheckState(field.required ? Qt::Checked : Qt::Unchecked);
        required->setToolTip(tr("Whether the object must have this field"));
        auto *description = new QStandardItem(field.description);
        m_model->appendRow({name, type, values, required, description});
        setValuesCellEnabled(m_model->rowCount() - 1, field.type == EnumType);
    }
    for (int row = 0; row < m_model->rowCount(); ++row)
        m_table->openPersistentEditor(m_model->index(row, TypeColumn));
    m_updating = false;
    if (currentRow >= 0 && currentRow < m_model->rowCount())
        m_table->setCurrentIndex(m_model->index(currentRow, NameColumn));
    validateForm(fields);
    updateButtons();
}

void SchemaEditor::setValuesCellEnabled(int row, bool isEnum)
{
    QStandardItem *values = m_model->item(row, ValuesColumn);
    if (isEnum == values->flags().testFlag(Qt::ItemIsEditable))
        return;
    if (isEnum) {
        values->setFlags(Qt::ItemIsSelectable | Qt::ItemIsEnabled | Qt::ItemIsEditable);
        values->setText(values->data(StashedValuesRole).toString());
        values->setData(QVariant(), StashedValuesRole);
        values->setToolTip(tr("The values the field may take, separated by commas"));
    } else {
        values->setData(values->text(), StashedValuesRole);
        values->setText(QString());
        values->setFlags(Qt::ItemIsSelectable);
        values->setToolTip(tr("Only a field of type “one of…” has values"));
    }
}

void SchemaEditor::onItemChanged(QStandardItem *item)
{
    if (m_updating)
        return;
    if (item->column() == TypeColumn) {
        m_updating = true;
        setValuesCellEnabled(item->row(), item->data(Qt::EditRole).toInt() == EnumType);
        m_updating = false;
    }
    onFormChanged();
}

bool SchemaEditor::validateForm(const QList<Field> &fields)
{
    QHash<QString, int> nameCount;
    for (const Field &field : fields)
        ++nameCount[field.name];
    QString first;
    const bool updating = m_updating;
    m_updating = true;
    QColor tint = PaletteHighlighter::toneFor(0, 220, palette());
    tint.setAlpha(70);
    for (int row = 0; row < fields.size(); ++row) {
        const Field &field = fields.at(row);
        QString nameError;
        if (field.name.trimmed().isEmpty())
            nameError = tr("A field needs a name.");
        else if (nameCount.value(field.name) > 1)
            nameError = tr("Two fields are called “%1”; field names must differ.").arg(field.name);
        QString valuesError;
        if (field.type == EnumType) {
            if (field.values.isEmpty()) {
                valuesError = tr("“%1” needs at least one value; separate values with commas.")
                                  .arg(field.name);
            }
            for (qsizetype i = 0; valuesError.isEmpty() && i < field.values.size(); ++i) {
                if (field.values.indexOf(field.values.at(i)) != i)
                    valuesError =
                        tr("“%1” lists the value “%2” twice.").arg(field.name, field.values.at(i));
            }
        }
        const auto mark = [&](int column, const QString &error, const QString &tooltip) {
            QStandardItem *item = m_model->item(row, column);
            item->setData(error.isEmpty() ? QVariant() : QVariant(tint), Qt::BackgroundRole);
            item->setToolTip(error.isEmpty() ? tooltip : error);
        };
        mark(NameColumn, nameError, QString());
        if (field.type == EnumType)
            mark(ValuesColumn, valuesError,
                 tr("The values the field may take, separated by commas"));
        if (first.isEmpty())
            first = !nameError.isEmpty() ? nameError : valuesError;
    }
    m_updating = updating;
    m_formProblem = first;
    if (!first.isEmpty())
        m_formMessage->setText(first);
    else if (fields.isEmpty())
        m_formMessage->setText(QString());
    else
        m_formMessage->setText(tr("Double-click a cell to change it."));
    m_emptyHint->setVisible(fields.isEmpty());
    updateColors();
    return first.isEmpty();
}

void SchemaEditor::onFormChanged()
{
    if (m_updating || m_formStale)
        return;
    const QList<Field> fields = readFields();
    const bool valid = validateForm(fields);
    updateButtons();
    if (!valid)
        return;
    Flat schema = *m_formExtras;
    schema.fields = fields;
    const QString text = canonicalText(schema);
    if (text == m_text)
        return;
    m_text = text;
    setJsonText(text);
    updateJsonStatus(analyze(text));
    emit edited(text);
}

void SchemaEditor::addField()
{
    if (m_mode != Mode::Fields || m_formStale)
        return;
    QList<Field> fields = readFields();
    const QModelIndex current = m_table->currentIndex();
    const int row = current.isValid() ? current.row() + 1 : int(fields.size());
    Field field;
    for (int n = int(fields.size()) + 1;; ++n) {
        field.name = QStringLiteral("field%1").arg(n);
        if (std::none_of(fields.begin(), fields.end(),
                         [&](const Field &f) { return f.name == field.name; }))
            break;
    }
    fields.insert(row, field);
    writeForm(fields, row);
    onFormChanged();
    const QModelIndex name = m_model->index(row, NameColumn);
    m_table->setFocus();
    m_table->scrollTo(name);
    m_table->edit(name);
}

void SchemaEditor::removeField()
{
    const QModelIndex current = m_table->currentIndex();
    if (m_mode != Mode::Fields || m_formStale || !current.isValid())
        return;
    QList<Field> fields = readFields();
    fields.removeAt(current.row());
    writeForm(fields, std::min(current.row(), int(fields.size()) - 1));
    onFormChanged();
}

void SchemaEditor::moveField(int delta)
{
    const QModelIndex current = m_table->currentIndex();
    if (m_mode != Mode::Fields || m_formStale || !current.isValid())
        return;
    const int target = current.row() + delta;
    if (target < 0 || target >= m_model->rowCount())
        return;
    const int column = current.column();
    QList<Field> fields = readFields();
    fields.move(current.row(), target);
    writeForm(fields, target);
    m_table->setCurrentIndex(m_model->index(target, column));
    onFormChanged();
}

void SchemaEditor::updateButtons()
{
    const QModelIndex current = m_table->currentIndex();
    const int row = current.isValid() ? current.row() : -1;
    m_removeButton->setEnabled(row >= 0);
    m_upButton->setEnabled(row > 0);
    m_downButton->setEnabled(row >= 0 && row + 1 < m_model->rowCount());
}

void SchemaEditor::onJsonChanged()
{
    if (m_updating)
        return;
    m_jsonDirty = true;
    m_commitTimer->start();
    const Analysis analysis = analyze(m_json->toPlainText());
    updateJsonStatus(analysis);
    // While the JSON is broken the notice stays as it was, so it does not flicker as one types.
    if (analysis.formable())
        setNotice(QString());
    else if (analysis.kind == Analysis::Kind::NotFlat)
        setNotice(analysis.reason);
}

void SchemaEditor::setJsonText(const QString &text)
{
    if (m_json->toPlainText() == text)
        return;
    const int position = m_json->textCursor().position();
    const int scroll = m_json->verticalScrollBar()->value();
    m_updating = true;
    m_json->setPlainText(text);
    m_updating = false;
    QTextCursor cursor = m_json->textCursor();
    cursor.setPosition(std::min(position, int(text.size())));
    m_json->setTextCursor(cursor);
    m_json->verticalScrollBar()->setValue(scroll);
}

void SchemaEditor::updateJsonStatus(const Analysis &analysis)
{
    QList<QTextEdit::ExtraSelection> selections;
    switch (analysis.kind) {
    case Analysis::Kind::Empty:
        m_jsonProblem = tr("No schema.");
        m_jsonProblemIsError = false;
        break;
    case Analysis::Kind::Flat:
    case Analysis::Kind::NotFlat:
        m_jsonProblem = tr("Valid schema.");
        m_jsonProblemIsError = false;
        break;
    case Analysis::Kind::BadJson:
    case Analysis::Kind::BadSchema:
        m_jsonProblem = analysis.error;
        m_jsonProblemIsError = true;
        if (analysis.position >= 0) {
            QTextEdit::ExtraSelection selection;
            selection.cursor = QTextCursor(m_json->document());
            const int last = m_json->document()->characterCount() - 1;
            int start = int(std::min<qsizetype>(analysis.position, last));
            if (start == last && start > 0)
                --start;
            selection.cursor.setPosition(start);
            selection.cursor.setPosition(std::min(start + 1, last), QTextCursor::KeepAnchor);
            selection.format.setUnderlineStyle(QTextCharFormat::WaveUnderline);
            selection.format.setUnderlineColor(PaletteHighlighter::toneFor(0, 220, palette()));
            selections.append(selection);
        }
        break;
    }
    m_jsonStatus->setText(m_jsonProblem);
    m_json->setExtraSelections(selections);
    updateColors();
}

void SchemaEditor::updateColors()
{
    const QColor error = PaletteHighlighter::toneFor(0, 220, palette());
    const QColor quiet = palette().color(QPalette::PlaceholderText);
    const auto paint = [](QLabel *label, const QColor &color) {
        QPalette labelPalette = label->palette();
        if (labelPalette.color(QPalette::WindowText) == color)
            return;
        labelPalette.setColor(QPalette::WindowText, color);
        label->setPalette(labelPalette);
    };
    paint(m_jsonStatus, m_jsonProblemIsError ? error : quiet);
    paint(m_formMessage, m_formProblem.isEmpty() ? quiet : error);
    paint(m_emptyHint, quiet);
}

} // namespace Seedbed
