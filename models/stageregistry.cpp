#include "models/stageregistry.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QSet>

namespace Seedbed {

namespace {
constexpr char context[] = "Seedbed::StageRegistry";
#define TR(text) QT_TRANSLATE_NOOP("Seedbed::StageRegistry", text)

QString translated(const char *source)
{
    return QCoreApplication::translate(context, source);
}

// Shared setting shapes, so that the same concept reads the same in every stage.
SettingDef providerSetting()
{
    return {QStringLiteral("provider"), TR("Provider"), SettingType::String, QString(), {}, {}, {},
            TR("Name of the provider profile that serves this stage (configured in Settings)."),
            true};
}

SettingDef modelSetting(const QString &defaultModel = QString())
{
    return {QStringLiteral("model"), TR("Model"), SettingType::String, defaultModel, {}, {}, {},
            TR("Model name as the provider knows it, for example deepseek-chat or qwen2.5:7b."),
            true};
}

SettingDef temperatureSetting(double value)
{
    return {QStringLiteral("temperature"),
            TR("Temperature"),
            SettingType::Real,
            value,
            0.0,
            2.0,
            {},
            TR("Higher values give more varied output; lower values more predictable output.")};
}

SettingDef maxTokensSetting(int value)
{
    return {QStringLiteral("maxTokens"),
            TR("Max tokens"),
            SettingType::Integer,
            value,
            1,
            262144,
            {},
            TR("Upper bound on the length of each model response, in tokens.")};
}

SettingDef concurrencySetting()
{
    return {QStringLiteral("concurrency"),
            TR("Concurrent requests"),
            SettingType::Integer,
            8,
            1,
            1024,
            {},
            TR("How many requests this stage keeps in flight at once.")};
}

SettingDef templateSetting()
{
    return {QStringLiteral("template"),
            TR("Prompt template"),
            SettingType::Template,
            QString(),
            {},
            {},
            {},
            TR("The prompt template this stage renders for every input record."),
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
            TR("Random seed"),
            SettingType::Integer,
            42,
            0,
            2147483647,
            {},
            TR("The same seed gives the same selection on every run.")};
}

SettingDef fieldsSetting(const char *help)
{
    return {QStringLiteral("fields"),
            TR("Fields"),
            SettingType::StringList,
            QStringList(),
            {},
            {},
            {},
            help};
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
    return {QStringLiteral("in"), TR("Input"), true, false};
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
        {QStringLiteral("text"), TR("Plain text")},
        {QStringLiteral("json"), TR("JSON object")},
        {QStringLiteral("all"), TR("Every combination")},
        {QStringLiteral("random"), TR("Random combinations")},
        {QStringLiteral("synonyms"), TR("Paraphrase")},
        {QStringLiteral("style"), TR("Change style")},
        {QStringLiteral("difficulty"), TR("Change difficulty")},
        {QStringLiteral("context"), TR("Add background")},
        {QStringLiteral("depth"), TR("In depth (harder)")},
        {QStringLiteral("breadth"), TR("In breadth (new topic)")},
        {QStringLiteral("mixed"), TR("Depth and breadth")},
        {QStringLiteral("llm"), TR("Ask a model")},
        {QStringLiteral("command"), TR("Run a command")},
        {QStringLiteral("stratified"), TR("Stratified by field")},
        {QStringLiteral("first"), TR("First rows")},
        {QStringLiteral("jsonl"), TR("JSON Lines (fields as is)")},
        {QStringLiteral("openai-chat"), TR("OpenAI chat messages (JSONL)")},
        {QStringLiteral("alpaca"), TR("Alpaca (instruction, input, output)")},
        {QStringLiteral("sharegpt"), TR("ShareGPT conversations")},
        {QStringLiteral("csv"), TR("CSV")},
        {QStringLiteral("accepted"), TR("Accepted only")},
        {QStringLiteral("not-rejected"), TR("All but rejected")},
        {QStringLiteral("everything"), TR("Everything that passed")},
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

QStringList StageType::addedFields(const QVariantMap &values) const
{
    return fieldsAdded ? fieldsAdded(values) : QStringList();
}

QString categoryName(StageCategory category)
{
    switch (category) {
    case StageCategory::Source:
        return translated(TR("Sources"));
    case StageCategory::Generator:
        return translated(TR("Generators"));
    case StageCategory::Quality:
        return translated(TR("Quality"));
    case StageCategory::Mixing:
        return translated(TR("Mixing"));
    case StageCategory::Export:
        return translated(TR("Export"));
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
        t.nameSource = TR("Seed table");
        t.descriptionSource = TR("A few hand-written example records, typed in or imported from "
                                 "a CSV, JSON or JSON Lines file. Every column becomes a field.");
        t.category = StageCategory::Source;
        t.icon = icon("seed_table");
        t.settings = {
            {QStringLiteral("rows"), TR("Rows"), SettingType::Table, QVariantList(), {}, {}, {},
             TR("The seed records. Each column is a field available to later stages.")},
            {QStringLiteral("file"), TR("Import file"), SettingType::FilePath, QString(), {}, {},
             {}, TR("Optional CSV, JSON or JSON Lines file read in addition to the rows.")},
        };
        t.fieldsAdded = [](const QVariantMap &s) { return tableColumns(s.value(QStringLiteral("rows"))); };
        t.check = [](const QVariantMap &s) {
            QStringList problems;
            if (s.value(QStringLiteral("rows")).toList().isEmpty()
                && s.value(QStringLiteral("file")).toString().isEmpty())
                problems << translated(TR("Add at least one seed row or choose a file to import."));
            return problems;
        };
        add(std::move(t));
    }
    {
        StageType t;
        t.id = QStringLiteral("topic_list");
        t.nameSource = TR("Topic list");
        t.descriptionSource = TR("A fixed list of topics; one record per topic.");
        t.category = StageCategory::Source;
        t.icon = icon("topic_list");
        t.settings = {
            {QStringLiteral("topics"), TR("Topics"), SettingType::StringList, QStringList(), {},
             {}, {}, TR("One topic per line."), true},
            fieldSetting(QStringLiteral("field"), TR("Field name"), QStringLiteral("topic"),
                         TR("Name of the field that holds the topic.")),
        };
        t.fieldsAdded = fieldsFromSetting(QStringLiteral("field"));
        add(std::move(t));
    }
    {
        StageType t;
        t.id = QStringLiteral("topic_tree");
        t.nameSource = TR("Topic tree");
        t.descriptionSource = TR("Expands a root subject into subtopics with a model, level by "
                                 "level, so that generation covers the whole domain.");
        t.category = StageCategory::Source;
        t.icon = icon("topic_tree");
        t.settings = {
            {QStringLiteral("root"), TR("Root subject"), SettingType::String, QString(), {}, {},
             {}, TR("The domain to cover, for example \"online shop customer support\"."), true},
            {QStringLiteral("depth"), TR("Depth"), SettingType::Integer, 2, 1, 6, {},
             TR("Number of levels below the root.")},
            {QStringLiteral("branching"), TR("Subtopics per topic"), SettingType::Integer, 5, 1,
             50, {}, TR("How many subtopics the model proposes for each topic.")},
            providerSetting(),
            modelSetting(),
            temperatureSetting(1.0),
        };
        t.fieldsAdded = fixedFields({QStringLiteral("topic"), QStringLiteral("topic_path")});
        add(std::move(t));
    }
    {
        StageType t;
        t.id = QStringLiteral("attribute_grid");
        t.nameSource = TR("Attribute grid");
        t.descriptionSource = TR("Combines controllable attributes (tone, audience, difficulty, "
                                 "language…) so that every record asks for a specific mix.");
        t.category = StageCategory::Source;
        t.icon = icon("attribute_grid");
        t.settings = {
            {QStringLiteral("attributes"), TR("Attributes"), SettingType::Table, QVariantList(),
             {}, {}, {},
             TR("One row per attribute: its name and its values separated by \"|\"."), true},
            {QStringLiteral("combinations"), TR("Combinations"), SettingType::Choice,
             QStringLiteral("all"), {}, {}, {QStringLiteral("all"), QStringLiteral("random")},
             TR("Every combination, or a random sample of them.")},
            {QStringLiteral("count"), TR("Random combinations"), SettingType::Integer, 100, 1,
             1000000, {}, TR("How many combinations to draw when sampling at random.")},
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
        t.nameSource = TR("Fact list");
        t.descriptionSource = TR("Facts or knowledge snippets that generation must stay grounded "
                                 "in; one record per fact.");
        t.category = StageCategory::Source;
        t.icon = icon("fact_list");
        t.settings = {
            {QStringLiteral("facts"), TR("Facts"), SettingType::StringList, QStringList(), {}, {},
             {}, TR("One fact per line.")},
            {QStringLiteral("file"), TR("Import file"), SettingType::FilePath, QString(), {}, {},
             {}, TR("Optional text file with one fact per line.")},
            fieldSetting(QStringLiteral("field"), TR("Field name"), QStringLiteral("fact"),
                         TR("Name of the field that holds the fact.")),
        };
        t.fieldsAdded = fieldsFromSetting(QStringLiteral("field"));
        t.check = [](const QVariantMap &s) {
            QStringList problems;
            if (s.value(QStringLiteral("facts")).toStringList().isEmpty()
                && s.value(QStringLiteral("file")).toString().isEmpty())
                problems << translated(TR("Add at least one fact or choose a file to import."));
            return problems;
        };
        add(std::move(t));
    }

    // ---- Generators ----------------------------------------------------------------------
    {
        StageType t;
        t.id = QStringLiteral("generate");
        t.nameSource = TR("Generate");
        t.descriptionSource = TR("Renders a prompt for every input record and asks a model for "
                                 "new samples.");
        t.category = StageCategory::Generator;
        t.icon = icon("generate");
        t.inputs = {inputPort()};
        t.settings = {
            templateSetting(),
            providerSetting(),
            modelSetting(),
            {QStringLiteral("outputFormat"), TR("Output format"), SettingType::Choice,
             QStringLiteral("json"), {}, {}, {QStringLiteral("json"), QStringLiteral("text")},
             TR("JSON output is parsed into the output fields; text goes into the first one.")},
            {QStringLiteral("outputFields"), TR("Output fields"), SettingType::StringList,
             QStringList{QStringLiteral("question"), QStringLiteral("answer")}, {}, {}, {},
             TR("Fields the model must produce; one per line."), true},
            {QStringLiteral("samplesPerInput"), TR("Samples per input"), SettingType::Integer, 1,
             1, 1000, {}, TR("How many samples to generate from each input record.")},
            temperatureSetting(0.8),
            maxTokensSetting(1024),
            concurrencySetting(),
        };
        t.fieldsAdded = fieldsFromSetting(QStringLiteral("outputFields"));
        add(std::move(t));
    }
    {
        StageType t;
        t.id = QStringLiteral("rewrite");
        t.nameSource = TR("Rewrite");
        t.descriptionSource = TR("Paraphrases a field, changes its style or difficulty or adds "
                                 "background, keeping the meaning.");
        t.category = StageCategory::Generator;
        t.icon = icon("rewrite");
        t.inputs = {inputPort()};
        t.settings = {
            templateSetting(),
            providerSetting(),
            modelSetting(),
            fieldSetting(QStringLiteral("field"), TR("Field to rewrite"), QStringLiteral("question"),
                         TR("The field whose text is rewritten.")),
            {QStringLiteral("mode"), TR("Kind of rewrite"), SettingType::Choice,
             QStringLiteral("synonyms"), {}, {},
             {QStringLiteral("synonyms"), QStringLiteral("style"), QStringLiteral("difficulty"),
              QStringLiteral("context")},
             TR("What to change while keeping the meaning.")},
            {QStringLiteral("variants"), TR("Variants per record"), SettingType::Integer, 3, 1,
             100, {}, TR("How many rewrites to produce from each record.")},
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
        t.nameSource = TR("Evolve (Evol-Instruct)");
        t.descriptionSource = TR("Makes instructions harder or broader over several rounds, "
                                 "after the Evol-Instruct method.");
        t.category = StageCategory::Generator;
        t.icon = icon("evolve");
        t.inputs = {inputPort()};
        t.settings = {
            providerSetting(),
            modelSetting(),
            fieldSetting(QStringLiteral("field"), TR("Instruction field"),
                         QStringLiteral("question"), TR("The field holding the instruction.")),
            {QStringLiteral("direction"), TR("Evolution"), SettingType::Choice,
             QStringLiteral("mixed"), {}, {},
             {QStringLiteral("depth"), QStringLiteral("breadth"), QStringLiteral("mixed")},
             TR("In depth adds constraints and reasoning steps; in breadth finds new topics.")},
            {QStringLiteral("rounds"), TR("Rounds"), SettingType::Integer, 2, 1, 10, {},
             TR("How many times each instruction is evolved.")},
            temperatureSetting(0.9),
            maxTokensSetting(1024),
            concurrencySetting(),
        };
        t.fieldsAdded = [](const QVariantMap &s) {
            return QStringList{s.value(QStringLiteral("field")).toString(),
                               QStringLiteral("evolution_round")};
        };
        add(std::move(t));
    }

    // ---- Quality -------------------------------------------------------------------------
    {
        StageType t;
        t.id = QStringLiteral("judge");
        t.nameSource = TR("LLM judge");
        t.descriptionSource = TR("A model scores every record against a rubric and explains "
                                 "its score; records below the threshold are filtered.");
        t.category = StageCategory::Quality;
        t.icon = icon("judge");
        t.inputs = {inputPort()};
        t.settings = {
            templateSetting(),
            providerSetting(),
            modelSetting(),
            {QStringLiteral("rubric"), TR("Rubric"), SettingType::Text, QString(), {}, {}, {},
             TR("What a good record looks like: accuracy, consistency, fluency, format…"),
             true},
            {QStringLiteral("scaleMax"), TR("Highest score"), SettingType::Integer, 10, 2, 100,
             {}, TR("Scores range from 1 to this value.")},
            {QStringLiteral("threshold"), TR("Pass threshold"), SettingType::Real, 7.0, 0.0,
             100.0, {}, TR("Records scoring below this are marked as filtered.")},
            temperatureSetting(0.0),
            maxTokensSetting(512),
            concurrencySetting(),
        };
        t.fieldsAdded = fixedFields({QStringLiteral("score"), QStringLiteral("score_reason")});
        t.check = [](const QVariantMap &s) {
            QStringList problems;
            if (s.value(QStringLiteral("threshold")).toDouble()
                > s.value(QStringLiteral("scaleMax")).toDouble())
                problems << translated(TR("The pass threshold is above the highest score, so "
                                          "every record would be filtered."));
            return problems;
        };
        add(std::move(t));
    }
    {
        StageType t;
        t.id = QStringLiteral("rule_filter");
        t.nameSource = TR("Rule filter");
        t.descriptionSource = TR("Filters records by length, patterns and score without a model.");
        t.category = StageCategory::Quality;
        t.icon = icon("rule_filter");
        t.inputs = {inputPort()};
        t.settings = {
            fieldSetting(QStringLiteral("field"), TR("Field"), QStringLiteral("answer"),
                         TR("The field the length and pattern rules look at.")),
            {QStringLiteral("minChars"), TR("Minimum length"), SettingType::Integer, 0, 0,
             10000000, {}, TR("Records with fewer characters are filtered.")},
            {QStringLiteral("maxChars"), TR("Maximum length"), SettingType::Integer, 100000, 1,
             10000000, {}, TR("Records with more characters are filtered.")},
            {QStringLiteral("mustMatch"), TR("Must match"), SettingType::String, QString(), {},
             {}, {}, TR("Regular expression the field must contain; empty for none.")},
            {QStringLiteral("mustNotMatch"), TR("Must not match"), SettingType::String,
             QString(), {}, {}, {},
             TR("Regular expression the field must not contain, e.g. \"As an AI\".")},
            {QStringLiteral("minScore"), TR("Minimum score"), SettingType::Real, 0.0, 0.0, 100.0,
             {}, TR("Records whose judge score is lower are filtered; 0 keeps all.")},
        };
        t.check = [](const QVariantMap &s) {
            QStringList problems;
            if (s.value(QStringLiteral("minChars")).toLongLong()
                > s.value(QStringLiteral("maxChars")).toLongLong())
                problems << translated(TR("The minimum length is greater than the maximum "
                                          "length."));
            for (const QString &key : {QStringLiteral("mustMatch"), QStringLiteral("mustNotMatch")}) {
                const QString pattern = s.value(key).toString();
                if (!pattern.isEmpty() && !QRegularExpression(pattern).isValid())
                    problems << translated(TR("\"%1\" is not a valid regular expression: %2"))
                                    .arg(pattern, QRegularExpression(pattern).errorString());
            }
            return problems;
        };
        add(std::move(t));
    }
    {
        StageType t;
        t.id = QStringLiteral("verify");
        t.nameSource = TR("Verify answers");
        t.descriptionSource = TR("Checks that answers are correct: asks a model to solve the "
                                 "task again, or runs an external validator command.");
        t.category = StageCategory::Quality;
        t.icon = icon("verify");
        t.inputs = {inputPort()};
        t.settings = {
            {QStringLiteral("method"), TR("Method"), SettingType::Choice, QStringLiteral("llm"),
             {}, {}, {QStringLiteral("llm"), QStringLiteral("command")},
             TR("How answers are checked.")},
            providerSetting(),
            modelSetting(),
            {QStringLiteral("command"), TR("Validator command"), SettingType::String, QString(),
             {}, {}, {},
             TR("Program that reads a record as JSON on standard input and exits 0 when it is "
                "correct. Runs only after you allow it for this project.")},
            {QStringLiteral("timeoutSeconds"), TR("Timeout (seconds)"), SettingType::Integer, 30,
             1, 3600, {}, TR("A check that takes longer counts as failed.")},
            concurrencySetting(),
        };
        t.fieldsAdded = fixedFields({QStringLiteral("verified")});
        t.check = [](const QVariantMap &s) {
            QStringList problems;
            if (s.value(QStringLiteral("method")).toString() == QLatin1String("command")
                && s.value(QStringLiteral("command")).toString().trimmed().isEmpty())
                problems << translated(TR("Enter the validator command to run."));
            return problems;
        };
        add(std::move(t));
    }
    {
        StageType t;
        t.id = QStringLiteral("dedup_exact");
        t.nameSource = TR("Exact dedup");
        t.descriptionSource = TR("Marks records whose fields are identical (after normalising "
                                 "case and spaces) as duplicates.");
        t.category = StageCategory::Quality;
        t.icon = icon("dedup");
        t.inputs = {inputPort()};
        t.settings = {
            fieldsSetting(TR("Fields compared; empty compares all fields.")),
            {QStringLiteral("normalize"), TR("Ignore case and spacing"), SettingType::Boolean,
             true, {}, {}, {}, TR("Compare text after lower-casing and collapsing spaces.")},
        };
        add(std::move(t));
    }
    {
        StageType t;
        t.id = QStringLiteral("dedup_minhash");
        t.nameSource = TR("Near-duplicate dedup (MinHash)");
        t.descriptionSource = TR("Finds near-duplicates by shingle overlap (MinHash LSH) and "
                                 "keeps one record of each cluster.");
        t.category = StageCategory::Quality;
        t.icon = icon("dedup");
        t.inputs = {inputPort()};
        t.settings = {
            fieldsSetting(TR("Fields compared; empty compares all fields.")),
            {QStringLiteral("threshold"), TR("Similarity threshold"), SettingType::Real, 0.8, 0.1,
             1.0, {}, TR("Estimated Jaccard similarity above which records are duplicates.")},
            {QStringLiteral("shingle"), TR("Shingle size (characters)"), SettingType::Integer, 5,
             1, 32, {}, TR("Length of the character n-grams compared.")},
            {QStringLiteral("permutations"), TR("Hash permutations"), SettingType::Integer, 128,
             16, 1024, {}, TR("More permutations estimate similarity more precisely.")},
        };
        add(std::move(t));
    }
    {
        StageType t;
        t.id = QStringLiteral("dedup_embedding");
        t.nameSource = TR("Semantic dedup (embeddings)");
        t.descriptionSource = TR("Removes records whose meaning is too close to an earlier "
                                 "record, by cosine similarity of embeddings.");
        t.category = StageCategory::Quality;
        t.icon = icon("dedup");
        t.inputs = {inputPort()};
        t.settings = {
            providerSetting(),
            modelSetting(),
            fieldsSetting(TR("Fields embedded; empty embeds all fields.")),
            {QStringLiteral("threshold"), TR("Similarity threshold"), SettingType::Real, 0.92,
             0.5, 1.0, {}, TR("Cosine similarity above which records are duplicates.")},
        };
        add(std::move(t));
    }
    {
        StageType t;
        t.id = QStringLiteral("review");
        t.nameSource = TR("Human review");
        t.descriptionSource = TR("Holds records until a person accepts, edits or rejects them; "
                                 "a sample rate reviews only a share of them.");
        t.category = StageCategory::Quality;
        t.icon = icon("review");
        t.inputs = {inputPort()};
        t.settings = {
            {QStringLiteral("sampleRate"), TR("Share reviewed"), SettingType::Real, 1.0, 0.0, 1.0,
             {}, TR("Fraction of records that need a review; the rest pass through.")},
            {QStringLiteral("passes"), TR("Passed downstream"), SettingType::Choice,
             QStringLiteral("accepted"), {}, {},
             {QStringLiteral("accepted"), QStringLiteral("not-rejected")},
             TR("Which reviewed records continue.")},
            seedSetting(),
        };
        add(std::move(t));
    }

    // ---- Mixing --------------------------------------------------------------------------
    {
        StageType t;
        t.id = QStringLiteral("mix");
        t.nameSource = TR("Mix with real data");
        t.descriptionSource = TR("Blends synthetic records with real, human-labelled ones in a "
                                 "chosen ratio, so that real data anchors the distribution.");
        t.category = StageCategory::Mixing;
        t.icon = icon("mix");
        t.inputs = {{QStringLiteral("synthetic"), TR("Synthetic"), true, false},
                    {QStringLiteral("real"), TR("Real"), false, false}};
        t.settings = {
            {QStringLiteral("realFile"), TR("Real data file"), SettingType::FilePath, QString(),
             {}, {}, {}, TR("CSV, JSON or JSON Lines file of real records, if not connected.")},
            {QStringLiteral("realShare"), TR("Share of real data"), SettingType::Real, 0.3, 0.0,
             1.0, {}, TR("Fraction of the mixed output that comes from real data.")},
            seedSetting(),
        };
        t.fieldsAdded = fixedFields({QStringLiteral("origin")});
        add(std::move(t));
    }
    {
        StageType t;
        t.id = QStringLiteral("split");
        t.nameSource = TR("Split");
        t.descriptionSource = TR("Assigns every record to train, validation or test.");
        t.category = StageCategory::Mixing;
        t.icon = icon("split");
        t.inputs = {inputPort()};
        t.settings = {
            {QStringLiteral("train"), TR("Train share"), SettingType::Real, 0.8, 0.0, 1.0, {},
             TR("Fraction of records in the training split.")},
            {QStringLiteral("validation"), TR("Validation share"), SettingType::Real, 0.1, 0.0,
             1.0, {}, TR("Fraction of records in the validation split.")},
            {QStringLiteral("test"), TR("Test share"), SettingType::Real, 0.1, 0.0, 1.0, {},
             TR("Fraction of records in the test split.")},
            seedSetting(),
        };
        t.fieldsAdded = fixedFields({QStringLiteral("split")});
        t.check = [](const QVariantMap &s) {
            const double sum = s.value(QStringLiteral("train")).toDouble()
                               + s.value(QStringLiteral("validation")).toDouble()
                               + s.value(QStringLiteral("test")).toDouble();
            QStringList problems;
            if (qAbs(sum - 1.0) > 1e-6)
                problems << translated(TR("The shares add up to %1; they must add up to 1."))
                                .arg(sum);
            return problems;
        };
        add(std::move(t));
    }
    {
        StageType t;
        t.id = QStringLiteral("sample");
        t.nameSource = TR("Sample");
        t.descriptionSource = TR("Keeps a fixed number of records, at random or balanced over "
                                 "a field.");
        t.category = StageCategory::Mixing;
        t.icon = icon("sample");
        t.inputs = {inputPort()};
        t.settings = {
            {QStringLiteral("count"), TR("Records kept"), SettingType::Integer, 1000, 1,
             100000000, {}, TR("How many records to keep.")},
            {QStringLiteral("strategy"), TR("Strategy"), SettingType::Choice,
             QStringLiteral("random"), {}, {},
             {QStringLiteral("random"), QStringLiteral("stratified"), QStringLiteral("first")},
             TR("How records are picked.")},
            {QStringLiteral("stratifyField"), TR("Balance over field"), SettingType::String,
             QString(), {}, {}, {}, TR("With the stratified strategy: the field to balance.")},
            seedSetting(),
        };
        t.check = [](const QVariantMap &s) {
            QStringList problems;
            if (s.value(QStringLiteral("strategy")).toString() == QLatin1String("stratified")
                && s.value(QStringLiteral("stratifyField")).toString().isEmpty())
                problems << translated(TR("Name the field to balance over."));
            return problems;
        };
        add(std::move(t));
    }

    // ---- Export --------------------------------------------------------------------------
    {
        StageType t;
        t.id = QStringLiteral("export");
        t.nameSource = TR("Export");
        t.descriptionSource = TR("Writes the records to a file in a format fine-tuning tools "
                                 "read.");
        t.category = StageCategory::Export;
        t.icon = icon("export");
        t.inputs = {{QStringLiteral("in"), TR("Input"), true, true}};
        t.hasOutput = false;
        t.settings = {
            {QStringLiteral("format"), TR("Format"), SettingType::Choice,
             QStringLiteral("openai-chat"), {}, {},
             {QStringLiteral("openai-chat"), QStringLiteral("alpaca"), QStringLiteral("sharegpt"),
              QStringLiteral("jsonl"), QStringLiteral("csv")},
             TR("File format of the exported dataset.")},
            {QStringLiteral("path"), TR("Output file"), SettingType::FilePath,
             QStringLiteral("export/dataset.jsonl"), {}, {}, {},
             TR("Where to write the dataset; relative paths are inside the project folder."),
             true},
            {QStringLiteral("include"), TR("Records included"), SettingType::Choice,
             QStringLiteral("everything"), {}, {},
             {QStringLiteral("everything"), QStringLiteral("not-rejected"),
              QStringLiteral("accepted")},
             TR("Which records, by review state, are written.")},
            {QStringLiteral("promptField"), TR("Prompt field"), SettingType::String,
             QStringLiteral("question"), {}, {}, {}, TR("Field used as the user turn.")},
            {QStringLiteral("responseField"), TR("Response field"), SettingType::String,
             QStringLiteral("answer"), {}, {}, {}, TR("Field used as the assistant turn.")},
            {QStringLiteral("systemPrompt"), TR("System prompt"), SettingType::Text, QString(),
             {}, {}, {}, TR("Optional system message added to every exported conversation.")},
        };
        add(std::move(t));
    }
}

} // namespace Seedbed
