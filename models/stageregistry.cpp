#include "models/stageregistry.h"

#include "models/export/exportoptions.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QSet>

namespace Seedbed {

namespace {
constexpr char context[] = "Seedbed::StageRegistry";

QString translated(const char *source)
{
    return QCoreApplication::translate(context, source);
}

// Shared setting shapes, so that the same concept reads the same in every stage.
SettingDef providerSetting()
{
    return {QStringLiteral("provider"),
            QT_TRANSLATE_NOOP("Seedbed::StageRegistry", "Provider"),
            SettingType::String,
            QString(),
            {},
            {},
            {},
            QT_TRANSLATE_NOOP(
                "Seedbed::StageRegistry",
                "Name of the provider profile that serves this stage (configured in Settings)."),
            true};
}

SettingDef modelSetting(const QString &defaultModel = QString())
{
    return {QStringLiteral("model"),
            QT_TRANSLATE_NOOP("Seedbed::StageRegistry", "Model"),
            SettingType::String,
            defaultModel,
            {},
            {},
            {},
            QT_TRANSLATE_NOOP(
                "Seedbed::StageRegistry",
                "Model name as the provider knows it, for example deepseek-chat or qwen2.5:7b."),
            true};
}

SettingDef temperatureSetting(double value)
{
    return {QStringLiteral("temperature"),
            QT_TRANSLATE_NOOP("Seedbed::StageRegistry", "Temperature"),
            SettingType::Real,
            value,
            0.0,
            2.0,
            {},
            QT_TRANSLATE_NOOP(
                "Seedbed::StageRegistry",
                "Higher values give more varied output; lower values more predictable output.")};
}

SettingDef maxTokensSetting(int value)
{
    return {QStringLiteral("maxTokens"),
            QT_TRANSLATE_NOOP("Seedbed::StageRegistry", "Max tokens"),
            SettingType::Integer,
            value,
            1,
            262144,
            {},
            QT_TRANSLATE_NOOP("Seedbed::StageRegistry",
                              "Upper bound on the length of each model response, in tokens.")};
}

SettingDef concurrencySetting()
{
    return {QStringLiteral("concurrency"),
            QT_TRANSLATE_NOOP("Seedbed::StageRegistry", "Concurrent requests"),
            SettingType::Integer,
            8,
            1,
            1024,
            {},
            QT_TRANSLATE_NOOP("Seedbed::StageRegistry",
                              "How many requests this stage keeps in flight at once.")};
}

// The same setting, not required: the stage can do without it (a rewrite has a built-in
// prompt; a verify stage needs a model only for its "llm" method).
SettingDef optionalSetting(SettingDef setting)
{
    setting.required = false;
    return setting;
}

SettingDef templateSetting()
{
    return {QStringLiteral("template"),
            QT_TRANSLATE_NOOP("Seedbed::StageRegistry", "Prompt template"),
            SettingType::Template,
            QString(),
            {},
            {},
            {},
            QT_TRANSLATE_NOOP("Seedbed::StageRegistry",
                              "The prompt template this stage renders for every input record."),
            true};
}

SettingDef fieldSetting(const QString &key, const char *label, const QString &value,
                        const char *help)
{
    return {key, label, SettingType::String, value, {}, {}, {}, help, true};
}

SettingDef seedSetting()
{
    return {QStringLiteral("seed"),
            QT_TRANSLATE_NOOP("Seedbed::StageRegistry", "Random seed"),
            SettingType::Integer,
            42,
            0,
            2147483647,
            {},
            QT_TRANSLATE_NOOP("Seedbed::StageRegistry",
                              "The same seed gives the same selection on every run.")};
}

SettingDef fieldsSetting(const char *help)
{
    return {QStringLiteral("fields"),
            QT_TRANSLATE_NOOP("Seedbed::StageRegistry", "Fields"),
            SettingType::StringList,
            QStringList(),
            {},
            {},
            {},
            help};
}

// Dedup: which input of a duplicate cluster stays, and the file whose records count as seen.
SettingDef dedupKeepSetting()
{
    return {QStringLiteral("keep"),
            QT_TRANSLATE_NOOP("Seedbed::StageRegistry", "Keep"),
            SettingType::Choice,
            QStringLiteral("first"),
            {},
            {},
            {QStringLiteral("first"), QStringLiteral("highest-score"), QStringLiteral("longest")},
            QT_TRANSLATE_NOOP("Seedbed::StageRegistry",
                              "Which record of a cluster of duplicates is kept: the first, the "
                              "one with the highest score, or the longest.")};
}

SettingDef dedupReferenceSetting()
{
    return {QStringLiteral("referenceFile"),
            QT_TRANSLATE_NOOP("Seedbed::StageRegistry", "Reference file"),
            SettingType::FilePath,
            QString(),
            {},
            {},
            {},
            QT_TRANSLATE_NOOP("Seedbed::StageRegistry",
                              "Optional CSV, JSON or JSON Lines file, for example an evaluation "
                              "set: records that match one of its rows are removed as "
                              "contaminated.")};
}

std::function<QStringList(const QVariantMap &)> fixedFields(const QStringList &fields)
{
    return [fields](const QVariantMap &) { return fields; };
}

std::function<QStringList(const QVariantMap &)> fieldsFromSetting(const QString &key)
{
    return [key](const QVariantMap &settings) {
        const QVariant value = settings.value(key);
        if (value.typeId() == QMetaType::QStringList || value.typeId() == QMetaType::QVariantList)
            return value.toStringList();
        const QString single = value.toString();
        return single.isEmpty() ? QStringList() : QStringList{single};
    };
}

// Column names of a table setting, in first-seen order.
QStringList tableColumns(const QVariant &table)
{
    QStringList columns;
    QSet<QString> seen;
    for (const QVariant &row : table.toList()) {
        const QVariantMap map = row.toMap();
        for (auto it = map.cbegin(); it != map.cend(); ++it) {
            if (!seen.contains(it.key())) {
                seen.insert(it.key());
                columns.append(it.key());
            }
        }
    }
    return columns;
}

PortDef inputPort()
{
    return {QStringLiteral("in"), QT_TRANSLATE_NOOP("Seedbed::StageRegistry", "Input"), true,
            false};
}
} // namespace

QString SettingDef::label() const
{
    return translated(labelSource);
}

QString SettingDef::help() const
{
    return translated(helpSource);
}

QString SettingDef::choiceLabel(const QString &value)
{
    static const QHash<QString, const char *> labels = {
        {QStringLiteral("text"), QT_TRANSLATE_NOOP("Seedbed::StageRegistry", "Plain text")},
        {QStringLiteral("json"), QT_TRANSLATE_NOOP("Seedbed::StageRegistry", "JSON object")},
        {QStringLiteral("all"), QT_TRANSLATE_NOOP("Seedbed::StageRegistry", "Every combination")},
        {QStringLiteral("random"), QT_TRANSLATE_NOOP("Seedbed::StageRegistry", "At random")},
        {QStringLiteral("synonyms"), QT_TRANSLATE_NOOP("Seedbed::StageRegistry", "Paraphrase")},
        {QStringLiteral("style"), QT_TRANSLATE_NOOP("Seedbed::StageRegistry", "Change style")},
        {QStringLiteral("difficulty"),
         QT_TRANSLATE_NOOP("Seedbed::StageRegistry", "Change difficulty")},
        {QStringLiteral("context"), QT_TRANSLATE_NOOP("Seedbed::StageRegistry", "Add background")},
        {QStringLiteral("translate"), QT_TRANSLATE_NOOP("Seedbed::StageRegistry", "Translate")},
        {QStringLiteral("depth"), QT_TRANSLATE_NOOP("Seedbed::StageRegistry", "In depth (harder)")},
        {QStringLiteral("breadth"),
         QT_TRANSLATE_NOOP("Seedbed::StageRegistry", "In breadth (new topic)")},
        {QStringLiteral("mixed"), QT_TRANSLATE_NOOP("Seedbed::StageRegistry", "Depth and breadth")},
        {QStringLiteral("llm"), QT_TRANSLATE_NOOP("Seedbed::StageRegistry", "Ask a model")},
        {QStringLiteral("command"), QT_TRANSLATE_NOOP("Seedbed::StageRegistry", "Run a command")},
        {QStringLiteral("answer"),
         QT_TRANSLATE_NOOP("Seedbed::StageRegistry", "Compare the final answer with a field")},
        {QStringLiteral("expression"),
         QT_TRANSLATE_NOOP("Seedbed::StageRegistry", "Compare with an arithmetic expression")},
        {QStringLiteral("any"), QT_TRANSLATE_NOOP("Seedbed::StageRegistry", "Any language")},
        {QStringLiteral("zh"), QT_TRANSLATE_NOOP("Seedbed::StageRegistry", "Chinese")},
        {QStringLiteral("en"), QT_TRANSLATE_NOOP("Seedbed::StageRegistry", "English")},
        {QStringLiteral("other"),
         QT_TRANSLATE_NOOP("Seedbed::StageRegistry", "Neither Chinese nor English")},
        {QStringLiteral("off"), QT_TRANSLATE_NOOP("Seedbed::StageRegistry", "Off")},
        {QStringLiteral("flag"),
         QT_TRANSLATE_NOOP("Seedbed::StageRegistry", "Filter records that contain it")},
        {QStringLiteral("mask"), QT_TRANSLATE_NOOP("Seedbed::StageRegistry", "Mask it and keep")},
        {QStringLiteral("stratified"),
         QT_TRANSLATE_NOOP("Seedbed::StageRegistry", "Stratified by field")},
        {QStringLiteral("first"), QT_TRANSLATE_NOOP("Seedbed::StageRegistry", "First rows")},
        {QStringLiteral("top"), QT_TRANSLATE_NOOP("Seedbed::StageRegistry", "Highest score")},
        {QStringLiteral("jsonl"),
         QT_TRANSLATE_NOOP("Seedbed::StageRegistry", "JSON Lines (fields as is)")},
        {QStringLiteral("openai-chat"),
         QT_TRANSLATE_NOOP("Seedbed::StageRegistry", "OpenAI chat messages (JSONL)")},
        {QStringLiteral("alpaca"),
         QT_TRANSLATE_NOOP("Seedbed::StageRegistry", "Alpaca (instruction, input, output)")},
        {QStringLiteral("sharegpt"),
         QT_TRANSLATE_NOOP("Seedbed::StageRegistry", "ShareGPT conversations")},
        {QStringLiteral("csv"), QT_TRANSLATE_NOOP("Seedbed::StageRegistry", "CSV")},
        {QStringLiteral("tsv"), QT_TRANSLATE_NOOP("Seedbed::StageRegistry", "TSV")},
        {QStringLiteral("preference"),
         QT_TRANSLATE_NOOP("Seedbed::StageRegistry",
                           "Preference pairs (prompt, chosen, rejected)")},
        {QStringLiteral("huggingface"),
         QT_TRANSLATE_NOOP("Seedbed::StageRegistry", "Hugging Face dataset folder")},
        {QStringLiteral("field"),
         QT_TRANSLATE_NOOP("Seedbed::StageRegistry", "From the Split stage's field")},
        {QStringLiteral("ratio"),
         QT_TRANSLATE_NOOP("Seedbed::StageRegistry", "Shares chosen here")},
        {QStringLiteral("accepted"), QT_TRANSLATE_NOOP("Seedbed::StageRegistry", "Accepted only")},
        {QStringLiteral("not-rejected"),
         QT_TRANSLATE_NOOP("Seedbed::StageRegistry", "All but rejected")},
        {QStringLiteral("everything"),
         QT_TRANSLATE_NOOP("Seedbed::StageRegistry", "Everything that passed")},
        {QStringLiteral("numeric"),
         QT_TRANSLATE_NOOP("Seedbed::StageRegistry", "Score from 1 to the highest")},
        {QStringLiteral("pass-fail"), QT_TRANSLATE_NOOP("Seedbed::StageRegistry", "Pass or fail")},
        {QStringLiteral("none"), QT_TRANSLATE_NOOP("Seedbed::StageRegistry", "None")},
        {QStringLiteral("fixed"), QT_TRANSLATE_NOOP("Seedbed::StageRegistry", "Fixed examples")},
        {QStringLiteral("inputs"),
         QT_TRANSLATE_NOOP("Seedbed::StageRegistry", "Other input records")},
        {QStringLiteral("best-accepted"),
         QT_TRANSLATE_NOOP("Seedbed::StageRegistry", "Best accepted records so far")},
        {QStringLiteral("exemplars"),
         QT_TRANSLATE_NOOP("Seedbed::StageRegistry", "Records marked as exemplars")},
        {QStringLiteral("highest-score"),
         QT_TRANSLATE_NOOP("Seedbed::StageRegistry", "Highest score")},
        {QStringLiteral("longest"), QT_TRANSLATE_NOOP("Seedbed::StageRegistry", "Longest")},
        {QStringLiteral("auto"), QT_TRANSLATE_NOOP("Seedbed::StageRegistry", "Automatic")},
        {QStringLiteral("words"), QT_TRANSLATE_NOOP("Seedbed::StageRegistry", "Words")},
        {QStringLiteral("characters"), QT_TRANSLATE_NOOP("Seedbed::StageRegistry", "Characters")},
        {QStringLiteral("leaves"), QT_TRANSLATE_NOOP("Seedbed::StageRegistry", "Leaf topics")},
        {QStringLiteral("nodes"),
         QT_TRANSLATE_NOOP("Seedbed::StageRegistry", "Every topic below the root")},
    };
    const auto it = labels.constFind(value);
    return it == labels.cend() ? value : translated(it.value());
}

QString PortDef::label() const
{
    return translated(labelSource);
}

QString StageType::displayName() const
{
    return translated(nameSource);
}

QString StageType::description() const
{
    return translated(descriptionSource);
}

const SettingDef *StageType::setting(const QString &key) const
{
    for (const SettingDef &def : settings) {
        if (def.key == key)
            return &def;
    }
    return nullptr;
}

const PortDef *StageType::input(const QString &portId) const
{
    for (const PortDef &port : inputs) {
        if (port.id == portId)
            return &port;
    }
    return nullptr;
}

QVariantMap StageType::defaultSettings() const
{
    QVariantMap result;
    for (const SettingDef &def : settings)
        result.insert(def.key, def.defaultValue);
    return result;
}

QVariantMap StageType::settingsWithDefaults(const QVariantMap &values) const
{
    QVariantMap result = defaultSettings();
    for (auto it = values.cbegin(); it != values.cend(); ++it)
        result.insert(it.key(), it.value());
    return result;
}

QStringList StageType::addedFields(const QVariantMap &values) const
{
    return fieldsAdded ? fieldsAdded(values) : QStringList();
}

QString categoryName(StageCategory category)
{
    switch (category) {
    case StageCategory::Source:
        return translated(QT_TRANSLATE_NOOP("Seedbed::StageRegistry", "Sources"));
    case StageCategory::Generator:
        return translated(QT_TRANSLATE_NOOP("Seedbed::StageRegistry", "Generators"));
    case StageCategory::Quality:
        return translated(QT_TRANSLATE_NOOP("Seedbed::StageRegistry", "Quality"));
    case StageCategory::Mixing:
        return translated(QT_TRANSLATE_NOOP("Seedbed::StageRegistry", "Mixing"));
    case StageCategory::Export:
        return translated(QT_TRANSLATE_NOOP("Seedbed::StageRegistry", "Export"));
    }
    return QString();
}

const StageRegistry &StageRegistry::instance()
{
    static const StageRegistry registry;
    return registry;
}

const StageType *StageRegistry::type(const QString &id) const
{
    const auto it = m_index.constFind(id);
    return it == m_index.cend() ? nullptr : &m_types.at(it.value());
}

QList<const StageType *> StageRegistry::typesIn(StageCategory category) const
{
    QList<const StageType *> result;
    for (const StageType &type : m_types) {
        if (type.category == category)
            result.append(&type);
    }
    return result;
}

QList<StageCategory> StageRegistry::categories()
{
    return {StageCategory::Source, StageCategory::Generator, StageCategory::Quality,
            StageCategory::Mixing, StageCategory::Export};
}

void StageRegistry::add(StageType type)
{
    Q_ASSERT(!m_index.contains(type.id));
    m_index.insert(type.id, m_types.size());
    m_types.append(std::move(type));
}

StageRegistry::StageRegistry()
{
    const auto icon = [](const char *name) {
        return QStringLiteral(":/icons/stages/%1.svg").arg(QLatin1String(name));
    };

    // ---- Sources -----------------------------------------------------------------------
    {
        StageType t;
        t.id = QStringLiteral("seed_table");
        t.nameSource = QT_TRANSLATE_NOOP("Seedbed::StageRegistry", "Seed table");
        t.descriptionSource =
            QT_TRANSLATE_NOOP("Seedbed::StageRegistry",
                              "A few hand-written example records, typed in or imported from "
                              "a CSV, JSON or JSON Lines file. Every column becomes a field.");
        t.category = StageCategory::Source;
        t.icon = icon("seed_table");
        t.settings = {
            {QStringLiteral("rows"),
             QT_TRANSLATE_NOOP("Seedbed::StageRegistry", "Rows"),
             SettingType::Table,
             QVariantList(),
             {},
             {},
             {},
             QT_TRANSLATE_NOOP(
                 "Seedbed::StageRegistry",
                 "The seed records. Each column is a field available to later stages.")},
            {QStringLiteral("file"),
             QT_TRANSLATE_NOOP("Seedbed::StageRegistry", "Import file"),
             SettingType::FilePath,
             QString(),
             {},
             {},
             {},
             QT_TRANSLATE_NOOP(
                 "Seedbed::StageRegistry",
                 "Optional CSV, JSON or JSON Lines file read in addition to the rows.")},
        };
        t.fieldsAdded = [](const QVariantMap &s) {
            return tableColumns(s.value(QStringLiteral("rows")));
        };
        t.check = [](const QVariantMap &s) {
            QStringList problems;
            if (s.value(QStringLiteral("rows")).toList().isEmpty() &&
                s.value(QStringLiteral("file")).toString().isEmpty())
                problems << translated(
                    QT_TRANSLATE_NOOP("Seedbed::StageRegistry",
                                      "Add at least one seed row or choose a file to import."));
            return problems;
        };
        add(std::move(t));
    }
    {
        StageType t;
        t.id = QStringLiteral("topic_list");
        t.nameSource = QT_TRANSLATE_NOOP("Seedbed::StageRegistry", "Topic list");
        t.descriptionSource = QT_TRANSLATE_NOOP("Seedbed::StageRegistry",
                                                "A fixed list of topics; one record per topic.");
        t.category = StageCategory::Source;
        t.icon = icon("topic_list");
        t.settings = {
            {QStringLiteral("topics"),
             QT_TRANSLATE_NOOP("Seedbed::StageRegistry", "Topics"),
             SettingType::StringList,
             QStringList(),
             {},
             {},
             {},
             QT_TRANSLATE_NOOP("Seedbed::StageRegistry", "One topic per line."),
             true},
            fieldSetting(QStringLiteral("field"),
                         QT_TRANSLATE_NOOP("Seedbed::StageRegistry", "Field name"),
                         QStringLiteral("topic"),
                         QT_TRANSLATE_NOOP("Seedbed::StageRegistry",
                                           "Name of the field that holds the topic.")),
        };
        t.fieldsAdded = fieldsFromSetting(QStringLiteral("field"));
        add(std::move(t));
    }
    {
        StageType t;
        t.id = QStringLiteral("topic_tree");
        t.nameSource = QT_TRANSLATE_NOOP("Seedbed::StageRegistry", "Topic tree");
        t.descriptionSource =
            QT_TRANSLATE_NOOP("Seedbed::StageRegistry",
                              "Expands a root subject into subtopics with a model, level by "
                              "level, so that generation covers the whole domain.");
        t.category = StageCategory::Source;
        t.icon = icon("topic_tree");
        t.settings = {
            {QStringLiteral("root"),
             QT_TRANSLATE_NOOP("Seedbed::StageRegistry", "Root subject"),
             SettingType::String,
             QString(),
             {},
             {},
             {},
             QT_TRANSLATE_NOOP(
                 "Seedbed::StageRegistry",
                 "The domain to cover, for example \"online shop customer support\"."),
             true},
            {QStringLiteral("depth"),
             QT_TRANSLATE_NOOP("Seedbed::StageRegistry", "Depth"),
             SettingType::Integer,
             2,
             1,
             6,
             {},
             QT_TRANSLATE_NOOP("Seedbed::StageRegistry", "Number of levels below the root.")},
            {QStringLiteral("branching"),
             QT_TRANSLATE_NOOP("Seedbed::StageRegistry", "Subtopics per topic"),
             SettingType::Integer,
             5,
             1,
             50,
             {},
             QT_TRANSLATE_NOOP("Seedbed::StageRegistry",
                               "How many subtopics the model proposes for each topic.")},
            providerSetting(),
            modelSetting(),
            temperatureSetting(1.0),
            concurrencySetting(),
            {QStringLiteral("emit"),
             QT_TRANSLATE_NOOP("Seedbed::StageRegistry", "Records from"),
             SettingType::Choice,
             QStringLiteral("leaves"),
             {},
             {},
             {QStringLiteral("leaves"), QStringLiteral("nodes")},
             QT_TRANSLATE_NOOP("Seedbed::StageRegistry",
                               "One record per leaf topic, or one per topic of every level "
                               "below the root.")},
            // The tree itself (a JSON object {name, children: [...]}), grown by the model and
            // edited in the inspector's tree editor; the runner expands what is missing.
            {QStringLiteral("tree"),
             QT_TRANSLATE_NOOP("Seedbed::StageRegistry", "Topics"),
             SettingType::Text,
             QVariantMap(),
             {},
             {},
             {},
             QT_TRANSLATE_NOOP("Seedbed::StageRegistry",
                               "Generate grows the tree to the depth; rename (F2), delete (Del) "
                               "or add topics (Ins) by hand. A run expands what is missing.")},
        };
        t.fieldsAdded = fixedFields(
            {QStringLiteral("topic"), QStringLiteral("topic_path"), QStringLiteral("topic_depth")});
        add(std::move(t));
    }
    {
        StageType t;
        t.id = QStringLiteral("attribute_grid");
        t.nameSource = QT_TRANSLATE_NOOP("Seedbed::StageRegistry", "Attribute grid");
        t.descriptionSource =
            QT_TRANSLATE_NOOP("Seedbed::StageRegistry",
                              "Combines controllable attributes (tone, audience, difficulty, "
                              "language…) so that every record asks for a specific mix.");
        t.category = StageCategory::Source;
        t.icon = icon("attribute_grid");
        t.settings = {
            {QStringLiteral("attributes"),
             QT_TRANSLATE_NOOP("Seedbed::StageRegistry", "Attributes"),
             SettingType::Table,
             // An example to edit rather than an empty table: two attributes, one weighted.
             QVariantList{
                 QVariantMap{{QStringLiteral("name"), QStringLiteral("tone")},
                             {QStringLiteral("values"), QStringLiteral("formal|friendly|terse")},
                             {QStringLiteral("weights"), QString()}},
                 QVariantMap{{QStringLiteral("name"), QStringLiteral("difficulty")},
                             {QStringLiteral("values"), QStringLiteral("easy|medium|hard")},
                             {QStringLiteral("weights"), QStringLiteral("3|2|1")}},
             },
             {},
             {},
             {},
             QT_TRANSLATE_NOOP(
                 "Seedbed::StageRegistry",
                 "One row per attribute: its name, its values separated by \"|\" and, "
                 "optionally, their weights in the same order (\"3|1|1\" draws the first value "
                 "three times as often). Each record has a field per attribute."),
             true},
            {QStringLiteral("combinations"),
             QT_TRANSLATE_NOOP("Seedbed::StageRegistry", "Combinations"),
             SettingType::Choice,
             QStringLiteral("all"),
             {},
             {},
             {QStringLiteral("all"), QStringLiteral("random")},
             QT_TRANSLATE_NOOP("Seedbed::StageRegistry",
                               "Every combination (at most 1,000,000), or a random sample of them "
                               "drawn by the weights, without repeats while there are "
                               "combinations not yet drawn.")},
            {QStringLiteral("count"),
             QT_TRANSLATE_NOOP("Seedbed::StageRegistry", "Combinations drawn"),
             SettingType::Integer,
             100,
             1,
             1000000,
             {},
             QT_TRANSLATE_NOOP("Seedbed::StageRegistry",
                               "How many combinations to draw when sampling at random.")},
            seedSetting(),
        };
        t.fieldsAdded = [](const QVariantMap &s) {
            QStringList names;
            for (const QVariant &row : s.value(QStringLiteral("attributes")).toList()) {
                const QString name = row.toMap().value(QStringLiteral("name")).toString();
                if (!name.isEmpty())
                    names << name;
            }
            return names;
        };
        add(std::move(t));
    }
    {
        StageType t;
        t.id = QStringLiteral("fact_list");
        t.nameSource = QT_TRANSLATE_NOOP("Seedbed::StageRegistry", "Fact list");
        t.descriptionSource =
            QT_TRANSLATE_NOOP("Seedbed::StageRegistry",
                              "Facts or knowledge snippets that generation must stay grounded "
                              "in; one record per fact.");
        t.category = StageCategory::Source;
        t.icon = icon("fact_list");
        t.settings = {
            {QStringLiteral("facts"),
             QT_TRANSLATE_NOOP("Seedbed::StageRegistry", "Facts"),
             SettingType::StringList,
             QStringList(),
             {},
             {},
             {},
             QT_TRANSLATE_NOOP("Seedbed::StageRegistry", "One fact per line.")},
            {QStringLiteral("file"),
             QT_TRANSLATE_NOOP("Seedbed::StageRegistry", "Import file"),
             SettingType::FilePath,
             QString(),
             {},
             {},
             {},
             QT_TRANSLATE_NOOP(
                 "Seedbed::StageRegistry",
                 "Optional file of facts: a text file with one fact per line, or a CSV, TSV, "
                 "JSON or JSON Lines file with one per row. Knowledge triples (columns subject, "
                 "predicate, object or head, relation, tail) become \"subject predicate "
                 "object\" and keep their three fields.")},
            {QStringLiteral("factField"),
             QT_TRANSLATE_NOOP("Seedbed::StageRegistry", "Fact column"),
             SettingType::String,
             QString(),
             {},
             {},
             {},
             QT_TRANSLATE_NOOP("Seedbed::StageRegistry",
                               "The column of a CSV or JSON file that holds the fact. Empty: "
                               "the triple columns, else a column named like the field, "
                               "\"fact\" or \"text\", else the only column.")},
            fieldSetting(QStringLiteral("field"),
                         QT_TRANSLATE_NOOP("Seedbed::StageRegistry", "Field name"),
                         QStringLiteral("fact"),
                         QT_TRANSLATE_NOOP("Seedbed::StageRegistry",
                                           "Name of the field that holds the fact. Each record "
                                           "also has \"fact_id\", the fact's number, for "
                                           "a generator to cite and a judge to check against.")),
        };
        t.fieldsAdded = [](const QVariantMap &s) {
            QStringList fields = fieldsFromSetting(QStringLiteral("field"))(s);
            fields << QStringLiteral("fact_id");
            return fields;
        };
        t.check = [](const QVariantMap &s) {
            QStringList problems;
            if (s.value(QStringLiteral("facts")).toStringList().isEmpty() &&
                s.value(QStringLiteral("file")).toString().isEmpty())
                problems << translated(QT_TRANSLATE_NOOP(
                    "Seedbed::StageRegistry", "Add at least one fact or choose a file to import."));
            return problems;
        };
        add(std::move(t));
    }

    // ---- Generators ----------------------------------------------------------------------
    {
        StageType t;
        t.id = QStringLiteral("generate");
        t.nameSource = QT_TRANSLATE_NOOP("Seedbed::StageRegistry", "Generate");
        t.descriptionSource =
            QT_TRANSLATE_NOOP("Seedbed::StageRegistry",
                              "Renders a prompt for every input record and asks a model for "
                              "new samples.");
        t.category = StageCategory::Generator;
        t.icon = icon("generate");
        t.inputs = {inputPort()};
        t.settings = {
            templateSetting(),
            providerSetting(),
            modelSetting(),
            {QStringLiteral("outputFormat"),
             QT_TRANSLATE_NOOP("Seedbed::StageRegistry", "Output format"),
             SettingType::Choice,
             QStringLiteral("json"),
             {},
             {},
             {QStringLiteral("json"), QStringLiteral("text")},
             QT_TRANSLATE_NOOP(
                 "Seedbed::StageRegistry",
                 "JSON output is parsed into the output fields; text goes into the first one.")},
            {QStringLiteral("outputFields"),
             QT_TRANSLATE_NOOP("Seedbed::StageRegistry", "Output fields"),
             SettingType::StringList,
             QStringList{QStringLiteral("question"), QStringLiteral("answer")},
             {},
             {},
             {},
             QT_TRANSLATE_NOOP("Seedbed::StageRegistry",
                               "Fields the model must produce; one per line."),
             true},
            {QStringLiteral("samplesPerInput"),
             QT_TRANSLATE_NOOP("Seedbed::StageRegistry", "Samples per input"),
             SettingType::Integer,
             1,
             1,
             1000,
             {},
             QT_TRANSLATE_NOOP("Seedbed::StageRegistry",
                               "How many samples to generate from each input record.")},
            {QStringLiteral("outputSchema"),
             QT_TRANSLATE_NOOP("Seedbed::StageRegistry", "Output schema"),
             SettingType::Text,
             QString(),
             {},
             {},
             {},
             QT_TRANSLATE_NOOP("Seedbed::StageRegistry",
                               "A JSON schema the answer must satisfy, sent to the model as "
                               "structured output; answers that do not satisfy it fail. Empty: "
                               "the output fields must be present.")},
            {QStringLiteral("examples"),
             QT_TRANSLATE_NOOP("Seedbed::StageRegistry", "Few-shot examples"),
             SettingType::Choice,
             QStringLiteral("none"),
             {},
             {},
             {QStringLiteral("none"), QStringLiteral("fixed"), QStringLiteral("inputs"),
              QStringLiteral("best-accepted"), QStringLiteral("exemplars")},
             QT_TRANSLATE_NOOP("Seedbed::StageRegistry",
                               "Examples the prompt can show as {{ examples }}: the fixed ones "
                               "below, other input records, the best-scored accepted records "
                               "of this stage so far, or the records of this stage a reviewer "
                               "marked as exemplars. Records marked as negative examples are "
                               "always available as {{ negative_examples }}, each with the "
                               "reviewer's note.")},
            {QStringLiteral("exampleCount"),
             QT_TRANSLATE_NOOP("Seedbed::StageRegistry", "Examples per prompt"),
             SettingType::Integer,
             3,
             1,
             50,
             {},
             QT_TRANSLATE_NOOP("Seedbed::StageRegistry", "How many examples each prompt gets.")},
            {QStringLiteral("fixedExamples"),
             QT_TRANSLATE_NOOP("Seedbed::StageRegistry", "Fixed examples"),
             SettingType::Text,
             QString(),
             {},
             {},
             {},
             QT_TRANSLATE_NOOP("Seedbed::StageRegistry",
                               "A JSON array of example objects, used when the examples are "
                               "fixed.")},
            temperatureSetting(0.8),
            {QStringLiteral("topP"),
             QT_TRANSLATE_NOOP("Seedbed::StageRegistry", "Top p"),
             SettingType::Real,
             1.0,
             0.0,
             1.0,
             {},
             QT_TRANSLATE_NOOP("Seedbed::StageRegistry",
                               "Nucleus sampling: only the most likely tokens up to this "
                               "probability mass are considered; 1 leaves it to the model.")},
            {QStringLiteral("samplingSeed"),
             QT_TRANSLATE_NOOP("Seedbed::StageRegistry", "Sampling seed"),
             SettingType::Integer,
             0,
             0,
             2147483647,
             {},
             QT_TRANSLATE_NOOP("Seedbed::StageRegistry",
                               "Sent to models that support it (plus the sample number) so that "
                               "the same prompt gives the same answer; 0 sends none.")},
            maxTokensSetting(1024),
            concurrencySetting(),
        };
        t.fieldsAdded = fieldsFromSetting(QStringLiteral("outputFields"));
        add(std::move(t));
    }
    {
        StageType t;
        t.id = QStringLiteral("rewrite");
        t.nameSource = QT_TRANSLATE_NOOP("Seedbed::StageRegistry", "Rewrite");
        t.descriptionSource =
            QT_TRANSLATE_NOOP("Seedbed::StageRegistry",
                              "Paraphrases a field, changes its style or difficulty or adds "
                              "background, keeping the meaning.");
        t.category = StageCategory::Generator;
        t.icon = icon("rewrite");
        t.inputs = {inputPort()};
        t.settings = {
            optionalSetting(templateSetting()),
            providerSetting(),
            modelSetting(),
            fieldSetting(
                QStringLiteral("field"),
                QT_TRANSLATE_NOOP("Seedbed::StageRegistry", "Field to rewrite"),
                QStringLiteral("question"),
                QT_TRANSLATE_NOOP("Seedbed::StageRegistry", "The field whose text is rewritten.")),
            {QStringLiteral("mode"),
             QT_TRANSLATE_NOOP("Seedbed::StageRegistry", "Kind of rewrite"),
             SettingType::Choice,
             QStringLiteral("synonyms"),
             {},
             {},
             {QStringLiteral("synonyms"), QStringLiteral("style"), QStringLiteral("difficulty"),
              QStringLiteral("context"), QStringLiteral("translate")},
             QT_TRANSLATE_NOOP("Seedbed::StageRegistry",
                               "What to change while keeping the meaning. Without a template of "
                               "its own the stage uses the built-in prompt of this kind; "
                               "\"New\" in the Prompt tab starts a template from it.")},
            {QStringLiteral("instruction"),
             QT_TRANSLATE_NOOP("Seedbed::StageRegistry", "Extra instruction"),
             SettingType::String,
             QString(),
             {},
             {},
             {},
             QT_TRANSLATE_NOOP("Seedbed::StageRegistry",
                               "Added to the prompt, e.g. the style wanted (\"as a tweet\") or "
                               "the difficulty (\"for a ten-year-old\").")},
            {QStringLiteral("targetLanguage"),
             QT_TRANSLATE_NOOP("Seedbed::StageRegistry", "Target language"),
             SettingType::String,
             QStringLiteral("English"),
             {},
             {},
             {},
             QT_TRANSLATE_NOOP("Seedbed::StageRegistry",
                               "The language a translation rewrite writes in.")},
            {QStringLiteral("variants"),
             QT_TRANSLATE_NOOP("Seedbed::StageRegistry", "Variants per record"),
             SettingType::Integer,
             3,
             1,
             100,
             {},
             QT_TRANSLATE_NOOP("Seedbed::StageRegistry",
                               "How many rewrites to produce from each record.")},
            temperatureSetting(0.9),
            maxTokensSetting(1024),
            concurrencySetting(),
        };
        t.fieldsAdded = fieldsFromSetting(QStringLiteral("field"));
        add(std::move(t));
    }
    {
        StageType t;
        t.id = QStringLiteral("evolve");
        t.nameSource = QT_TRANSLATE_NOOP("Seedbed::StageRegistry", "Evolve (Evol-Instruct)");
        t.descriptionSource = QT_TRANSLATE_NOOP(
            "Seedbed::StageRegistry", "Makes instructions harder or broader over several rounds, "
                                      "after the Evol-Instruct method.");
        t.category = StageCategory::Generator;
        t.icon = icon("evolve");
        t.inputs = {inputPort()};
        t.settings = {
            providerSetting(),
            modelSetting(),
            fieldSetting(
                QStringLiteral("field"),
                QT_TRANSLATE_NOOP("Seedbed::StageRegistry", "Instruction field"),
                QStringLiteral("question"),
                QT_TRANSLATE_NOOP("Seedbed::StageRegistry", "The field holding the instruction.")),
            {QStringLiteral("direction"),
             QT_TRANSLATE_NOOP("Seedbed::StageRegistry", "Evolution"),
             SettingType::Choice,
             QStringLiteral("mixed"),
             {},
             {},
             {QStringLiteral("depth"), QStringLiteral("breadth"), QStringLiteral("mixed")},
             QT_TRANSLATE_NOOP(
                 "Seedbed::StageRegistry",
                 "In depth adds constraints and reasoning steps; in breadth finds new topics.")},
            {QStringLiteral("rounds"),
             QT_TRANSLATE_NOOP("Seedbed::StageRegistry", "Rounds"),
             SettingType::Integer,
             2,
             1,
             10,
             {},
             QT_TRANSLATE_NOOP("Seedbed::StageRegistry",
                               "How many times each instruction is evolved; every round makes a "
                               "record, and an evolution that fails ends its chain.")},
            seedSetting(),
            temperatureSetting(0.9),
            maxTokensSetting(1024),
            concurrencySetting(),
        };
        t.fieldsAdded = [](const QVariantMap &s) {
            return QStringList{s.value(QStringLiteral("field")).toString(),
                               QStringLiteral("evolution_round"), QStringLiteral("evolution")};
        };
        add(std::move(t));
    }

    // ---- Quality -------------------------------------------------------------------------
    {
        StageType t;
        t.id = QStringLiteral("judge");
        t.nameSource = QT_TRANSLATE_NOOP("Seedbed::StageRegistry", "LLM judge");
        t.descriptionSource = QT_TRANSLATE_NOOP(
            "Seedbed::StageRegistry", "A model scores every record against a rubric and explains "
                                      "its score; records below the threshold are filtered.");
        t.category = StageCategory::Quality;
        t.icon = icon("judge");
        t.inputs = {inputPort()};
        t.settings = {
            templateSetting(),
            providerSetting(),
            modelSetting(),
            {QStringLiteral("rubric"),
             QT_TRANSLATE_NOOP("Seedbed::StageRegistry", "Rubric"),
             SettingType::Text,
             QString(),
             {},
             {},
             {},
             QT_TRANSLATE_NOOP(
                 "Seedbed::StageRegistry",
                 "What a good record looks like: accuracy, consistency, fluency, format…"),
             true},
            {QStringLiteral("scaleMax"),
             QT_TRANSLATE_NOOP("Seedbed::StageRegistry", "Highest score"),
             SettingType::Integer,
             10,
             2,
             100,
             {},
             QT_TRANSLATE_NOOP("Seedbed::StageRegistry", "Scores range from 1 to this value.")},
            {QStringLiteral("threshold"),
             QT_TRANSLATE_NOOP("Seedbed::StageRegistry", "Pass threshold"),
             SettingType::Real,
             7.0,
             0.0,
             100.0,
             {},
             QT_TRANSLATE_NOOP("Seedbed::StageRegistry",
                               "Records scoring below this are marked as filtered.")},
            {QStringLiteral("scale"),
             QT_TRANSLATE_NOOP("Seedbed::StageRegistry", "Scale"),
             SettingType::Choice,
             QStringLiteral("numeric"),
             {},
             {},
             {QStringLiteral("numeric"), QStringLiteral("pass-fail")},
             QT_TRANSLATE_NOOP("Seedbed::StageRegistry",
                               "A score from 1 to the highest score, or a verdict: pass (scored "
                               "1) or fail (scored 0).")},
            {QStringLiteral("referenceField"),
             QT_TRANSLATE_NOOP("Seedbed::StageRegistry", "Reference answer field"),
             SettingType::String,
             QString(),
             {},
             {},
             {},
             QT_TRANSLATE_NOOP("Seedbed::StageRegistry",
                               "A field holding a known good answer to compare with; the prompt "
                               "sees it as {{ reference }}. Empty for none.")},
            temperatureSetting(0.0),
            maxTokensSetting(512),
            concurrencySetting(),
        };
        t.fieldsAdded = fixedFields({QStringLiteral("score"), QStringLiteral("score_reason")});
        t.check = [](const QVariantMap &s) {
            QStringList problems;
            if (s.value(QStringLiteral("threshold")).toDouble() >
                s.value(QStringLiteral("scaleMax")).toDouble())
                problems << translated(QT_TRANSLATE_NOOP(
                    "Seedbed::StageRegistry", "The pass threshold is above the highest score, so "
                                              "every record would be filtered."));
            return problems;
        };
        add(std::move(t));
    }
    {
        StageType t;
        t.id = QStringLiteral("rule_filter");
        t.nameSource = QT_TRANSLATE_NOOP("Seedbed::StageRegistry", "Rule filter");
        t.descriptionSource =
            QT_TRANSLATE_NOOP("Seedbed::StageRegistry",
                              "Filters records by length, patterns, score, language, blocked "
                              "words and personal information without a model.");
        t.category = StageCategory::Quality;
        t.icon = icon("rule_filter");
        t.inputs = {inputPort()};
        t.settings = {
            fieldSetting(QStringLiteral("field"),
                         QT_TRANSLATE_NOOP("Seedbed::StageRegistry", "Field"),
                         QStringLiteral("answer"),
                         QT_TRANSLATE_NOOP("Seedbed::StageRegistry",
                                           "The field the length and pattern rules look at.")),
            {QStringLiteral("minChars"),
             QT_TRANSLATE_NOOP("Seedbed::StageRegistry", "Minimum length"),
             SettingType::Integer,
             0,
             0,
             10000000,
             {},
             QT_TRANSLATE_NOOP("Seedbed::StageRegistry",
                               "Records with fewer characters are filtered.")},
            {QStringLiteral("maxChars"),
             QT_TRANSLATE_NOOP("Seedbed::StageRegistry", "Maximum length"),
             SettingType::Integer,
             100000,
             1,
             10000000,
             {},
             QT_TRANSLATE_NOOP("Seedbed::StageRegistry",
                               "Records with more characters are filtered.")},
            {QStringLiteral("mustMatch"),
             QT_TRANSLATE_NOOP("Seedbed::StageRegistry", "Must match"),
             SettingType::String,
             QString(),
             {},
             {},
             {},
             QT_TRANSLATE_NOOP("Seedbed::StageRegistry",
                               "Regular expression the field must contain; empty for none.")},
            {QStringLiteral("mustNotMatch"),
             QT_TRANSLATE_NOOP("Seedbed::StageRegistry", "Must not match"),
             SettingType::String,
             QString(),
             {},
             {},
             {},
             QT_TRANSLATE_NOOP(
                 "Seedbed::StageRegistry",
                 "Regular expression the field must not contain, e.g. \"As an AI\".")},
            {QStringLiteral("minScore"),
             QT_TRANSLATE_NOOP("Seedbed::StageRegistry", "Minimum score"),
             SettingType::Real,
             0.0,
             0.0,
             100.0,
             {},
             QT_TRANSLATE_NOOP("Seedbed::StageRegistry",
                               "Records whose judge score is lower are filtered; 0 keeps all.")},
            {QStringLiteral("minWords"),
             QT_TRANSLATE_NOOP("Seedbed::StageRegistry", "Minimum words"),
             SettingType::Integer,
             0,
             0,
             10000000,
             {},
             QT_TRANSLATE_NOOP("Seedbed::StageRegistry",
                               "Records with fewer words in the field are filtered; a Chinese, "
                               "Japanese or Korean character counts as a word.")},
            {QStringLiteral("maxWords"),
             QT_TRANSLATE_NOOP("Seedbed::StageRegistry", "Maximum words"),
             SettingType::Integer,
             0,
             0,
             10000000,
             {},
             QT_TRANSLATE_NOOP("Seedbed::StageRegistry",
                               "Records with more words are filtered; 0 for no limit.")},
            {QStringLiteral("maxTokens"),
             QT_TRANSLATE_NOOP("Seedbed::StageRegistry", "Maximum tokens (estimated)"),
             SettingType::Integer,
             0,
             0,
             10000000,
             {},
             QT_TRANSLATE_NOOP("Seedbed::StageRegistry",
                               "Records whose field is estimated at more tokens are filtered "
                               "(about four characters of English or one Chinese character a "
                               "token); 0 for no limit.")},
            {QStringLiteral("requiredFields"),
             QT_TRANSLATE_NOOP("Seedbed::StageRegistry", "Required fields"),
             SettingType::StringList,
             QStringList(),
             {},
             {},
             {},
             QT_TRANSLATE_NOOP("Seedbed::StageRegistry",
                               "Fields that must be present and not empty; one per line.")},
            {QStringLiteral("schema"),
             QT_TRANSLATE_NOOP("Seedbed::StageRegistry", "JSON schema"),
             SettingType::Text,
             QString(),
             {},
             {},
             {},
             QT_TRANSLATE_NOOP("Seedbed::StageRegistry",
                               "A JSON schema the record's fields must satisfy; empty for none.")},
            {QStringLiteral("language"),
             QT_TRANSLATE_NOOP("Seedbed::StageRegistry", "Language"),
             SettingType::Choice,
             QStringLiteral("any"),
             {},
             {},
             {QStringLiteral("any"), QStringLiteral("zh"), QStringLiteral("en"),
              QStringLiteral("other")},
             QT_TRANSLATE_NOOP(
                 "Seedbed::StageRegistry",
                 "Keeps only records whose text fields are in this script: Chinese when at least "
                 "30% of the letters are Han characters, English when at least 70% are Latin "
                 "letters and fewer than 5% are Han; digits, punctuation and spaces are not "
                 "counted.")},
            {QStringLiteral("blocklist"),
             QT_TRANSLATE_NOOP("Seedbed::StageRegistry", "Blocked words"),
             SettingType::StringList,
             QStringList(),
             {},
             {},
             {},
             QT_TRANSLATE_NOOP("Seedbed::StageRegistry",
                               "Records containing any of these in a text field are filtered; "
                               "one per line, ignoring case. Latin words match whole words, "
                               "Chinese anywhere.")},
            {QStringLiteral("pii"),
             QT_TRANSLATE_NOOP("Seedbed::StageRegistry", "Personal information"),
             SettingType::Choice,
             QStringLiteral("off"),
             {},
             {},
             {QStringLiteral("off"), QStringLiteral("flag"), QStringLiteral("mask")},
             QT_TRANSLATE_NOOP(
                 "Seedbed::StageRegistry",
                 "Email addresses, phone numbers, Chinese resident ID numbers and card numbers: "
                 "filter the records that contain them, or replace them with [EMAIL], [PHONE], "
                 "[ID] and [CARD] and keep the records.")},
        };
        t.check = [](const QVariantMap &s) {
            QStringList problems;
            if (s.value(QStringLiteral("minChars")).toLongLong() >
                s.value(QStringLiteral("maxChars")).toLongLong())
                problems << translated(QT_TRANSLATE_NOOP(
                    "Seedbed::StageRegistry", "The minimum length is greater than the maximum "
                                              "length."));
            for (const QString &key :
                 {QStringLiteral("mustMatch"), QStringLiteral("mustNotMatch")}) {
                const QString pattern = s.value(key).toString();
                if (!pattern.isEmpty() && !QRegularExpression(pattern).isValid())
                    problems << translated(QT_TRANSLATE_NOOP(
                                               "Seedbed::StageRegistry",
                                               "\"%1\" is not a valid regular expression: %2"))
                                    .arg(pattern, QRegularExpression(pattern).errorString());
            }
            return problems;
        };
        add(std::move(t));
    }
    {
        StageType t;
        t.id = QStringLiteral("verify");
        t.nameSource = QT_TRANSLATE_NOOP("Seedbed::StageRegistry", "Verify answers");
        t.descriptionSource = QT_TRANSLATE_NOOP(
            "Seedbed::StageRegistry", "Checks that answers are correct: asks a model to solve the "
                                      "task again, or runs an external validator command.");
        t.category = StageCategory::Quality;
        t.icon = icon("verify");
        t.inputs = {inputPort()};
        t.settings = {
            {QStringLiteral("method"),
             QT_TRANSLATE_NOOP("Seedbed::StageRegistry", "Method"),
             SettingType::Choice,
             QStringLiteral("llm"),
             {},
             {},
             {QStringLiteral("llm"), QStringLiteral("answer"), QStringLiteral("expression"),
              QStringLiteral("command")},
             QT_TRANSLATE_NOOP("Seedbed::StageRegistry",
                               "How answers are checked: a model solves the task again; the "
                               "final answer is compared with a reference field or with the "
                               "value of an arithmetic expression; or a command decides.")},
            optionalSetting(providerSetting()),
            optionalSetting(modelSetting()),
            fieldSetting(QStringLiteral("questionField"),
                         QT_TRANSLATE_NOOP("Seedbed::StageRegistry", "Task field"),
                         QStringLiteral("question"),
                         QT_TRANSLATE_NOOP("Seedbed::StageRegistry",
                                           "With \"Ask a model\": the field holding the task "
                                           "the model solves again; its final answer must equal "
                                           "the record's.")),
            {QStringLiteral("answerField"),
             QT_TRANSLATE_NOOP("Seedbed::StageRegistry", "Answer field"),
             SettingType::String,
             QStringLiteral("answer"),
             {},
             {},
             {},
             QT_TRANSLATE_NOOP("Seedbed::StageRegistry",
                               "The field that holds the answer whose final result is checked.")},
            {QStringLiteral("pattern"),
             QT_TRANSLATE_NOOP("Seedbed::StageRegistry", "Answer pattern"),
             SettingType::String,
             QString(),
             {},
             {},
             {},
             QT_TRANSLATE_NOOP(
                 "Seedbed::StageRegistry",
                 "Regular expression that finds the final answer; its first capture group (or "
                 "the whole match) is the answer, and the last match counts. Empty: \"#### 42\", "
                 "\"The answer is 42\", \"答案是 42\" or \\boxed{42}.")},
            {QStringLiteral("referenceField"),
             QT_TRANSLATE_NOOP("Seedbed::StageRegistry", "Reference field"),
             SettingType::String,
             QStringLiteral("reference"),
             {},
             {},
             {},
             QT_TRANSLATE_NOOP("Seedbed::StageRegistry",
                               "The field with the expected answer (for the answer method).")},
            {QStringLiteral("expressionField"),
             QT_TRANSLATE_NOOP("Seedbed::StageRegistry", "Expression field"),
             SettingType::String,
             QStringLiteral("expression"),
             {},
             {},
             {},
             QT_TRANSLATE_NOOP("Seedbed::StageRegistry",
                               "The field with an arithmetic expression whose value is the "
                               "expected answer, e.g. (3 + 4) * 2 (for the expression method).")},
            {QStringLiteral("tolerance"),
             QT_TRANSLATE_NOOP("Seedbed::StageRegistry", "Tolerance"),
             SettingType::Real,
             1e-6,
             0.0,
             1e12,
             {},
             QT_TRANSLATE_NOOP("Seedbed::StageRegistry",
                               "Numbers that differ by at most this much (or this fraction of "
                               "the larger, whichever is more) are equal; text is compared "
                               "ignoring case and surrounding spaces.")},
            {QStringLiteral("command"),
             QT_TRANSLATE_NOOP("Seedbed::StageRegistry", "Validator command"),
             SettingType::String,
             QString(),
             {},
             {},
             {},
             QT_TRANSLATE_NOOP(
                 "Seedbed::StageRegistry",
                 "Program and arguments (no shell) that read a record as JSON on standard input "
                 "and exit 0 when it is correct; runs in the project folder. Runs only after you "
                 "trust this project's commands.")},
            {QStringLiteral("timeoutSeconds"),
             QT_TRANSLATE_NOOP("Seedbed::StageRegistry", "Timeout (seconds)"),
             SettingType::Integer,
             30,
             1,
             3600,
             {},
             QT_TRANSLATE_NOOP("Seedbed::StageRegistry",
                               "A check that takes longer counts as failed.")},
            concurrencySetting(),
        };
        t.fieldsAdded = fixedFields({QStringLiteral("verified")});
        t.check = [](const QVariantMap &s) {
            QStringList problems;
            if (s.value(QStringLiteral("method")).toString() == QLatin1String("llm") &&
                s.value(QStringLiteral("provider")).toString().trimmed().isEmpty())
                problems << translated(
                    QT_TRANSLATE_NOOP("Seedbed::StageRegistry",
                                      "Choose the provider whose model solves the tasks again."));
            const QString method = s.value(QStringLiteral("method")).toString();
            const auto requireField = [&](const char *key, const char *message) {
                if (s.value(QLatin1String(key)).toString().trimmed().isEmpty())
                    problems << translated(message);
            };
            if (method == QLatin1String("command"))
                requireField("command", QT_TRANSLATE_NOOP("Seedbed::StageRegistry",
                                                          "Enter the validator command to run."));
            if (method == QLatin1String("answer") || method == QLatin1String("expression"))
                requireField("answerField",
                             QT_TRANSLATE_NOOP("Seedbed::StageRegistry",
                                               "Name the field that holds the answer."));
            if (method == QLatin1String("answer"))
                requireField("referenceField",
                             QT_TRANSLATE_NOOP("Seedbed::StageRegistry",
                                               "Name the field with the expected answer."));
            if (method == QLatin1String("expression"))
                requireField("expressionField",
                             QT_TRANSLATE_NOOP("Seedbed::StageRegistry",
                                               "Name the field with the arithmetic expression."));
            const QString pattern = s.value(QStringLiteral("pattern")).toString();
            if (!pattern.isEmpty() && !QRegularExpression(pattern).isValid())
                problems << translated(
                                QT_TRANSLATE_NOOP("Seedbed::StageRegistry",
                                                  "\"%1\" is not a valid regular expression: %2"))
                                .arg(pattern, QRegularExpression(pattern).errorString());
            return problems;
        };
        add(std::move(t));
    }
    {
        StageType t;
        t.id = QStringLiteral("dedup_exact");
        t.nameSource = QT_TRANSLATE_NOOP("Seedbed::StageRegistry", "Exact dedup");
        t.descriptionSource = QT_TRANSLATE_NOOP(
            "Seedbed::StageRegistry", "Marks records whose fields are identical (after normalizing "
                                      "case and spaces) as duplicates.");
        t.category = StageCategory::Quality;
        t.icon = icon("dedup");
        t.inputs = {inputPort()};
        t.settings = {
            fieldsSetting(QT_TRANSLATE_NOOP("Seedbed::StageRegistry",
                                            "Fields compared; empty compares all fields.")),
            {QStringLiteral("normalize"),
             QT_TRANSLATE_NOOP("Seedbed::StageRegistry", "Ignore case and spacing"),
             SettingType::Boolean,
             true,
             {},
             {},
             {},
             QT_TRANSLATE_NOOP("Seedbed::StageRegistry",
                               "Compare text after lower-casing and collapsing spaces.")},
            dedupKeepSetting(),
            dedupReferenceSetting(),
        };
        add(std::move(t));
    }
    {
        StageType t;
        t.id = QStringLiteral("dedup_minhash");
        t.nameSource =
            QT_TRANSLATE_NOOP("Seedbed::StageRegistry", "Near-duplicate dedup (MinHash)");
        t.descriptionSource = QT_TRANSLATE_NOOP(
            "Seedbed::StageRegistry", "Finds near-duplicates by shingle overlap (MinHash LSH) and "
                                      "keeps one record of each cluster.");
        t.category = StageCategory::Quality;
        t.icon = icon("dedup");
        t.inputs = {inputPort()};
        t.settings = {
            fieldsSetting(QT_TRANSLATE_NOOP("Seedbed::StageRegistry",
                                            "Fields compared; empty compares all fields.")),
            {QStringLiteral("threshold"),
             QT_TRANSLATE_NOOP("Seedbed::StageRegistry", "Similarity threshold"),
             SettingType::Real,
             0.8,
             0.1,
             1.0,
             {},
             QT_TRANSLATE_NOOP("Seedbed::StageRegistry",
                               "Estimated Jaccard similarity above which records are duplicates.")},
            {QStringLiteral("unit"),
             QT_TRANSLATE_NOOP("Seedbed::StageRegistry", "Shingle unit"),
             SettingType::Choice,
             QStringLiteral("auto"),
             {},
             {},
             {QStringLiteral("auto"), QStringLiteral("words"), QStringLiteral("characters")},
             QT_TRANSLATE_NOOP("Seedbed::StageRegistry",
                               "What shingles are made of: words, characters, or automatic "
                               "(characters for Chinese, Japanese and Korean text, words "
                               "otherwise).")},
            {QStringLiteral("shingle"),
             QT_TRANSLATE_NOOP("Seedbed::StageRegistry", "Shingle size"),
             SettingType::Integer,
             5,
             1,
             32,
             {},
             QT_TRANSLATE_NOOP("Seedbed::StageRegistry",
                               "Number of consecutive words or characters in each shingle "
                               "compared.")},
            {QStringLiteral("permutations"),
             QT_TRANSLATE_NOOP("Seedbed::StageRegistry", "Hash permutations"),
             SettingType::Integer,
             128,
             16,
             1024,
             {},
             QT_TRANSLATE_NOOP("Seedbed::StageRegistry",
                               "More permutations estimate similarity more precisely.")},
            dedupKeepSetting(),
            dedupReferenceSetting(),
        };
        add(std::move(t));
    }
    {
        StageType t;
        t.id = QStringLiteral("dedup_embedding");
        t.nameSource = QT_TRANSLATE_NOOP("Seedbed::StageRegistry", "Semantic dedup (embeddings)");
        t.descriptionSource = QT_TRANSLATE_NOOP(
            "Seedbed::StageRegistry", "Removes records whose meaning is too close to an earlier "
                                      "record, by cosine similarity of embeddings.");
        t.category = StageCategory::Quality;
        t.icon = icon("dedup");
        t.inputs = {inputPort()};
        t.settings = {
            providerSetting(),
            modelSetting(),
            fieldsSetting(QT_TRANSLATE_NOOP("Seedbed::StageRegistry",
                                            "Fields embedded; empty embeds all fields.")),
            {QStringLiteral("threshold"),
             QT_TRANSLATE_NOOP("Seedbed::StageRegistry", "Similarity threshold"),
             SettingType::Real,
             0.92,
             0.5,
             1.0,
             {},
             QT_TRANSLATE_NOOP("Seedbed::StageRegistry",
                               "Cosine similarity above which records are duplicates.")},
            dedupKeepSetting(),
            dedupReferenceSetting(),
        };
        add(std::move(t));
    }
    {
        StageType t;
        t.id = QStringLiteral("review");
        t.nameSource = QT_TRANSLATE_NOOP("Seedbed::StageRegistry", "Human review");
        t.descriptionSource =
            QT_TRANSLATE_NOOP("Seedbed::StageRegistry",
                              "Holds records until a person accepts, edits or rejects them; "
                              "a sample rate reviews only a share of them.");
        t.category = StageCategory::Quality;
        t.icon = icon("review");
        t.inputs = {inputPort()};
        t.settings = {
            {QStringLiteral("sampleRate"),
             QT_TRANSLATE_NOOP("Seedbed::StageRegistry", "Share reviewed"),
             SettingType::Real,
             1.0,
             0.0,
             1.0,
             {},
             QT_TRANSLATE_NOOP("Seedbed::StageRegistry",
                               "Fraction of records that need a review; the rest pass through.")},
            {QStringLiteral("passes"),
             QT_TRANSLATE_NOOP("Seedbed::StageRegistry", "Passed downstream"),
             SettingType::Choice,
             QStringLiteral("accepted"),
             {},
             {},
             {QStringLiteral("accepted"), QStringLiteral("not-rejected")},
             QT_TRANSLATE_NOOP("Seedbed::StageRegistry", "Which reviewed records continue.")},
            seedSetting(),
        };
        add(std::move(t));
    }

    // ---- Mixing --------------------------------------------------------------------------
    {
        StageType t;
        t.id = QStringLiteral("mix");
        t.nameSource = QT_TRANSLATE_NOOP("Seedbed::StageRegistry", "Mix with real data");
        t.descriptionSource = QT_TRANSLATE_NOOP(
            "Seedbed::StageRegistry", "Blends synthetic records with real, human-labeled ones in a "
                                      "chosen ratio, so that real data anchors the distribution.");
        t.category = StageCategory::Mixing;
        t.icon = icon("mix");
        t.inputs = {{QStringLiteral("synthetic"),
                     QT_TRANSLATE_NOOP("Seedbed::StageRegistry", "Synthetic"), true, false},
                    {QStringLiteral("real"), QT_TRANSLATE_NOOP("Seedbed::StageRegistry", "Real"),
                     false, false}};
        t.settings = {
            {QStringLiteral("realFile"),
             QT_TRANSLATE_NOOP("Seedbed::StageRegistry", "Real data file"),
             SettingType::FilePath,
             QString(),
             {},
             {},
             {},
             QT_TRANSLATE_NOOP("Seedbed::StageRegistry",
                               "CSV, JSON or JSON Lines file of real records, read when no "
                               "records come through the Real input. A \"tags\" column "
                               "(tags separated by commas) tags its rows.")},
            {QStringLiteral("realShare"),
             QT_TRANSLATE_NOOP("Seedbed::StageRegistry", "Share of real data"),
             SettingType::Real,
             0.3,
             0.0,
             1.0,
             {},
             QT_TRANSLATE_NOOP("Seedbed::StageRegistry",
                               "Fraction of the mixed output that comes from real data. All "
                               "synthetic records are kept and real ones drawn; with too few "
                               "real ones, synthetic ones are drawn instead.")},
            {QStringLiteral("perTag"),
             QT_TRANSLATE_NOOP("Seedbed::StageRegistry", "Share within each tag"),
             SettingType::Boolean,
             false,
             {},
             {},
             {},
             QT_TRANSLATE_NOOP("Seedbed::StageRegistry",
                               "Keep the share of real data within each set of tags, not only "
                               "overall.")},
            seedSetting(),
        };
        t.fieldsAdded = fixedFields({QStringLiteral("origin")});
        add(std::move(t));
    }
    {
        StageType t;
        t.id = QStringLiteral("split");
        t.nameSource = QT_TRANSLATE_NOOP("Seedbed::StageRegistry", "Split");
        t.descriptionSource = QT_TRANSLATE_NOOP(
            "Seedbed::StageRegistry", "Assigns every record to train, validation or test.");
        t.category = StageCategory::Mixing;
        t.icon = icon("split");
        t.inputs = {inputPort()};
        t.settings = {
            {QStringLiteral("train"),
             QT_TRANSLATE_NOOP("Seedbed::StageRegistry", "Train share"),
             SettingType::Real,
             0.8,
             0.0,
             1.0,
             {},
             QT_TRANSLATE_NOOP("Seedbed::StageRegistry",
                               "Fraction of records in the training split.")},
            {QStringLiteral("validation"),
             QT_TRANSLATE_NOOP("Seedbed::StageRegistry", "Validation share"),
             SettingType::Real,
             0.1,
             0.0,
             1.0,
             {},
             QT_TRANSLATE_NOOP("Seedbed::StageRegistry",
                               "Fraction of records in the validation split.")},
            {QStringLiteral("test"),
             QT_TRANSLATE_NOOP("Seedbed::StageRegistry", "Test share"),
             SettingType::Real,
             0.1,
             0.0,
             1.0,
             {},
             QT_TRANSLATE_NOOP("Seedbed::StageRegistry", "Fraction of records in the test split.")},
            {QStringLiteral("stratifyField"),
             QT_TRANSLATE_NOOP("Seedbed::StageRegistry", "Stratify by field"),
             SettingType::String,
             QString(),
             {},
             {},
             {},
             QT_TRANSLATE_NOOP("Seedbed::StageRegistry",
                               "Optional: the shares hold within each value of this field, so "
                               "that every split has the same mix of it.")},
            seedSetting(),
        };
        t.fieldsAdded = fixedFields({QStringLiteral("split")});
        t.check = [](const QVariantMap &s) {
            const double sum = s.value(QStringLiteral("train")).toDouble() +
                               s.value(QStringLiteral("validation")).toDouble() +
                               s.value(QStringLiteral("test")).toDouble();
            QStringList problems;
            if (qAbs(sum - 1.0) > 1e-6)
                problems << translated(QT_TRANSLATE_NOOP(
                                           "Seedbed::StageRegistry",
                                           "The shares add up to %1; they must add up to 1."))
                                .arg(sum);
            return problems;
        };
        add(std::move(t));
    }
    {
        StageType t;
        t.id = QStringLiteral("sample");
        t.nameSource = QT_TRANSLATE_NOOP("Seedbed::StageRegistry", "Sample");
        t.descriptionSource = QT_TRANSLATE_NOOP(
            "Seedbed::StageRegistry", "Keeps a fixed number of records: at random, the first, the "
                                      "highest-scored or balanced over a field.");
        t.category = StageCategory::Mixing;
        t.icon = icon("sample");
        t.inputs = {inputPort()};
        t.settings = {
            {QStringLiteral("count"),
             QT_TRANSLATE_NOOP("Seedbed::StageRegistry", "Records kept"),
             SettingType::Integer,
             1000,
             1,
             100000000,
             {},
             QT_TRANSLATE_NOOP("Seedbed::StageRegistry", "How many records to keep.")},
            {QStringLiteral("strategy"),
             QT_TRANSLATE_NOOP("Seedbed::StageRegistry", "Strategy"),
             SettingType::Choice,
             QStringLiteral("random"),
             {},
             {},
             {QStringLiteral("random"), QStringLiteral("stratified"), QStringLiteral("first"),
              QStringLiteral("top")},
             QT_TRANSLATE_NOOP("Seedbed::StageRegistry", "How records are picked.")},
            {QStringLiteral("stratifyField"),
             QT_TRANSLATE_NOOP("Seedbed::StageRegistry", "Balance over field"),
             SettingType::String,
             QString(),
             {},
             {},
             {},
             QT_TRANSLATE_NOOP("Seedbed::StageRegistry",
                               "With the stratified strategy: the field to balance.")},
            {QStringLiteral("scoreJudge"),
             QT_TRANSLATE_NOOP("Seedbed::StageRegistry", "Score of judge"),
             SettingType::String,
             QString(),
             {},
             {},
             {},
             QT_TRANSLATE_NOOP("Seedbed::StageRegistry",
                               "With the highest-score strategy: the name of the judge stage "
                               "whose score ranks the records. Empty: the latest score.")},
            seedSetting(),
        };
        t.check = [](const QVariantMap &s) {
            QStringList problems;
            if (s.value(QStringLiteral("strategy")).toString() == QLatin1String("stratified") &&
                s.value(QStringLiteral("stratifyField")).toString().isEmpty())
                problems << translated(
                    QT_TRANSLATE_NOOP("Seedbed::StageRegistry", "Name the field to balance over."));
            return problems;
        };
        add(std::move(t));
    }

    // ---- Export --------------------------------------------------------------------------
    {
        StageType t;
        t.id = QStringLiteral("export");
        t.nameSource = QT_TRANSLATE_NOOP("Seedbed::StageRegistry", "Export");
        t.descriptionSource = QT_TRANSLATE_NOOP(
            "Seedbed::StageRegistry", "Writes the records to a file in a format fine-tuning tools "
                                      "read.");
        t.category = StageCategory::Export;
        t.icon = icon("export");
        t.inputs = {{QStringLiteral("in"), QT_TRANSLATE_NOOP("Seedbed::StageRegistry", "Input"),
                     true, true}};
        t.hasOutput = false;
        t.settings = {
            {QStringLiteral("format"),
             QT_TRANSLATE_NOOP("Seedbed::StageRegistry", "Format"),
             SettingType::Choice,
             QStringLiteral("openai-chat"),
             {},
             {},
             {QStringLiteral("openai-chat"), QStringLiteral("alpaca"), QStringLiteral("sharegpt"),
              QStringLiteral("jsonl"), QStringLiteral("csv"), QStringLiteral("tsv"),
              QStringLiteral("preference"), QStringLiteral("huggingface")},
             QT_TRANSLATE_NOOP("Seedbed::StageRegistry", "File format of the exported dataset.")},
            {QStringLiteral("recordFormat"),
             QT_TRANSLATE_NOOP("Seedbed::StageRegistry", "Records in the dataset folder"),
             SettingType::Choice,
             QStringLiteral("openai-chat"),
             {},
             {},
             {QStringLiteral("openai-chat"), QStringLiteral("alpaca"), QStringLiteral("sharegpt"),
              QStringLiteral("jsonl"), QStringLiteral("preference")},
             QT_TRANSLATE_NOOP("Seedbed::StageRegistry",
                               "With the Hugging Face dataset folder: the format of each split's "
                               "JSONL file.")},
            {QStringLiteral("path"),
             QT_TRANSLATE_NOOP("Seedbed::StageRegistry", "Output file"),
             SettingType::FilePath,
             QStringLiteral("export/dataset.jsonl"),
             {},
             {},
             {},
             QT_TRANSLATE_NOOP(
                 "Seedbed::StageRegistry",
                 "Where to write the dataset; relative paths are inside the project folder."),
             true},
            {QStringLiteral("include"),
             QT_TRANSLATE_NOOP("Seedbed::StageRegistry", "Records included"),
             SettingType::Choice,
             QStringLiteral("everything"),
             {},
             {},
             {QStringLiteral("everything"), QStringLiteral("not-rejected"),
              QStringLiteral("accepted")},
             QT_TRANSLATE_NOOP("Seedbed::StageRegistry",
                               "Which records, by review state, are written.")},
            {QStringLiteral("promptField"),
             QT_TRANSLATE_NOOP("Seedbed::StageRegistry", "Prompt field"),
             SettingType::String,
             QStringLiteral("question"),
             {},
             {},
             {},
             QT_TRANSLATE_NOOP("Seedbed::StageRegistry", "Field used as the user turn.")},
            {QStringLiteral("responseField"),
             QT_TRANSLATE_NOOP("Seedbed::StageRegistry", "Response field"),
             SettingType::String,
             QStringLiteral("answer"),
             {},
             {},
             {},
             QT_TRANSLATE_NOOP("Seedbed::StageRegistry", "Field used as the assistant turn.")},
            {QStringLiteral("systemPrompt"),
             QT_TRANSLATE_NOOP("Seedbed::StageRegistry", "System prompt"),
             SettingType::Text,
             QString(),
             {},
             {},
             {},
             QT_TRANSLATE_NOOP("Seedbed::StageRegistry",
                               "Optional system message added to every exported conversation.")},
            {QStringLiteral("inputField"),
             QT_TRANSLATE_NOOP("Seedbed::StageRegistry", "Input field"),
             SettingType::String,
             QString(),
             {},
             {},
             {},
             QT_TRANSLATE_NOOP("Seedbed::StageRegistry",
                               "Optional field used as Alpaca's input (added to the user turn in "
                               "chat formats).")},
            {QStringLiteral("historyField"),
             QT_TRANSLATE_NOOP("Seedbed::StageRegistry", "History field"),
             SettingType::String,
             QString(),
             {},
             {},
             {},
             QT_TRANSLATE_NOOP("Seedbed::StageRegistry",
                               "Optional field with earlier turns: a list of [user, assistant] "
                               "pairs or of {role, content} messages.")},
            {QStringLiteral("minScores"),
             QT_TRANSLATE_NOOP("Seedbed::StageRegistry", "Minimum scores"),
             SettingType::String,
             QString(),
             {},
             {},
             {},
             QT_TRANSLATE_NOOP("Seedbed::StageRegistry",
                               "Only records scored at least this much, such as “Judge=7” "
                               "(several separated by commas; a bare number is the primary "
                               "score).")},
            {QStringLiteral("tags"),
             QT_TRANSLATE_NOOP("Seedbed::StageRegistry", "Tags"),
             SettingType::String,
             QString(),
             {},
             {},
             {},
             QT_TRANSLATE_NOOP("Seedbed::StageRegistry",
                               "Only records with one of these tags (separated by commas); "
                               "empty: any.")},
            {QStringLiteral("splitMode"),
             QT_TRANSLATE_NOOP("Seedbed::StageRegistry", "Splits"),
             SettingType::Choice,
             QStringLiteral("none"),
             {},
             {},
             {QStringLiteral("none"), QStringLiteral("field"), QStringLiteral("ratio")},
             QT_TRANSLATE_NOOP("Seedbed::StageRegistry",
                               "Train/validation/test: none, the field a Split stage wrote, or "
                               "shares chosen here.")},
            {QStringLiteral("splitRatios"),
             QT_TRANSLATE_NOOP("Seedbed::StageRegistry", "Split shares"),
             SettingType::String,
             QStringLiteral("train=80,validation=10,test=10"),
             {},
             {},
             {},
             QT_TRANSLATE_NOOP("Seedbed::StageRegistry",
                               "With shares chosen here: each split's name and share.")},
            {QStringLiteral("splitSeed"),
             QT_TRANSLATE_NOOP("Seedbed::StageRegistry", "Split seed"),
             SettingType::Integer,
             0,
             0,
             2147483647,
             {},
             QT_TRANSLATE_NOOP("Seedbed::StageRegistry",
                               "The same seed puts every record in the same split again.")},
            {QStringLiteral("splitOnly"),
             QT_TRANSLATE_NOOP("Seedbed::StageRegistry", "Only the split"),
             SettingType::String,
             QString(),
             {},
             {},
             {},
             QT_TRANSLATE_NOOP("Seedbed::StageRegistry",
                               "One-file formats: write only the records of this split, such as "
                               "train; empty: all.")},
            {QStringLiteral("think"),
             QT_TRANSLATE_NOOP("Seedbed::StageRegistry", "Include reasoning"),
             SettingType::Boolean,
             false,
             {},
             {},
             {},
             QT_TRANSLATE_NOOP("Seedbed::StageRegistry",
                               "Start each answer with the model's reasoning in a "
                               "<think>…</think> block.")},
            {QStringLiteral("bom"),
             QT_TRANSLATE_NOOP("Seedbed::StageRegistry", "Byte order mark"),
             SettingType::Boolean,
             false,
             {},
             {},
             {},
             QT_TRANSLATE_NOOP("Seedbed::StageRegistry",
                               "CSV and TSV: start with a UTF-8 byte order mark, so that Excel "
                               "reads the text right.")},
            {QStringLiteral("license"),
             QT_TRANSLATE_NOOP("Seedbed::StageRegistry", "Licence"),
             SettingType::String,
             QString(),
             {},
             {},
             {},
             QT_TRANSLATE_NOOP("Seedbed::StageRegistry",
                               "With the Hugging Face dataset folder: the licence its card "
                               "names, such as cc-by-4.0.")},
        };
        t.check = [](const QVariantMap &s) {
            Export::ExportOptions options = Export::ExportOptions::fromMap(s);
            options.stageIds = {QStringLiteral("input")}; // the inputs are the edges'
            return options.problems();
        };
        add(std::move(t));
    }
}

} // namespace Seedbed
