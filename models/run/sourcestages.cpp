#include "models/run/sourcestages.h"
#include "models/run/stageutil.h"

#include "models/io/recordimporter.h"
#include "models/io/textdecoder.h"
#include "models/stageregistry.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonValue>
#include <QSet>

#include <algorithm>
#include <cmath>
#include <cstring>
#include <limits>
#include <vector>

namespace Seedbed::Run {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Seedbed::Run::SourceStages)
};

// Draws longer than this for one combination give up on avoiding a repeat.
constexpr int maxRedraws = 1000;

using StageUtil::settingsOf;

// SplitMix64: a fixed generator, so that a seed gives the same records with any Qt or
// standard library.
quint64 mix(quint64 x)
{
    return StageUtil::splitMix64(x);
}

// A uniform number in (0, 1) from 64 random bits.
double unit(quint64 bits)
{
    return (double(bits >> 11) + 0.5) * 0x1.0p-53;
}

class Stream
{
public:
    explicit Stream(quint64 seed)
        : m_state(seed)
    {}
    double next()
    {
        m_state += 0x9e3779b97f4a7c15ULL;
        return unit(mix(m_state));
    }

private:
    quint64 m_state;
};

QString text(const QJsonValue &value)
{
    return StageUtil::fieldText(value);
}

// ---- Attribute grid ---------------------------------------------------------------------------

struct Attribute
{
    QString name;
    QStringList values;
    QList<double> weights; // one per value, each >= 0
    QList<double> cumulative;
    QList<int> drawable; // values of weight > 0
};

bool parseAttributes(const Stage &stage, const QVariant &table, QList<Attribute> *attributes,
                     QString *error)
{
    QSet<QString> names;
    const QVariantList rows = table.toList();
    for (qsizetype r = 0; r < rows.size(); ++r) {
        const QVariantMap row = rows.at(r).toMap();
        const QString name = row.value(QStringLiteral("name")).toString().trimmed();
        const QString valuesText = row.value(QStringLiteral("values")).toString();
        const QString weightsText = row.value(QStringLiteral("weights")).toString().trimmed();
        if (name.isEmpty()) {
            if (valuesText.trimmed().isEmpty() && weightsText.isEmpty())
                continue; // a row added and left empty
            *error = Text::tr("Row %1 of the attributes of stage “%2” has values but no "
                              "attribute name.")
                         .arg(r + 1)
                         .arg(stage.name);
            return false;
        }
        if (names.contains(name)) {
            *error =
                Text::tr("The attribute “%1” appears twice in stage “%2”.").arg(name, stage.name);
            return false;
        }
        names.insert(name);

        const QStringList rawValues = valuesText.split(QLatin1Char('|'));
        QList<double> rawWeights;
        if (!weightsText.isEmpty()) {
            const QStringList parts = weightsText.split(QLatin1Char('|'));
            if (parts.size() != rawValues.size()) {
                *error = Text::tr("The attribute “%1” of stage “%2” has %3 values but %4 "
                                  "weights: give one weight per value, separated by “|”, or "
                                  "none.")
                             .arg(name, stage.name)
                             .arg(rawValues.size())
                             .arg(parts.size());
                return false;
            }
            for (const QString &part : parts) {
                bool ok = false;
                const double weight = part.trimmed().toDouble(&ok);
                if (!ok || !std::isfinite(weight) || weight < 0) {
                    *error = Text::tr("The weight “%1” of the attribute “%2” (stage “%3”) is "
                                      "not a number of zero or more.")
                                 .arg(part.trimmed(), name, stage.name);
                    return false;
                }
                rawWeights.append(weight);
            }
        }

        Attribute attribute;
        attribute.name = name;
        for (qsizetype i = 0; i < rawValues.size(); ++i) {
            const QString value = rawValues.at(i).trimmed();
            if (value.isEmpty())
                continue;
            const double weight = rawWeights.isEmpty() ? 1.0 : rawWeights.at(i);
            // A value written twice is one value with both weights.
            const qsizetype existing = attribute.values.indexOf(value);
            if (existing >= 0) {
                attribute.weights[existing] += weight;
                continue;
            }
            attribute.values.append(value);
            attribute.weights.append(weight);
        }
        if (attribute.values.isEmpty()) {
            *error = Text::tr("The attribute “%1” of stage “%2” has no values; separate them "
                              "with “|”.")
                         .arg(name, stage.name);
            return false;
        }
        double total = 0;
        for (qsizetype i = 0; i < attribute.values.size(); ++i) {
            total += attribute.weights.at(i);
            attribute.cumulative.append(total);
            if (attribute.weights.at(i) > 0)
                attribute.drawable.append(int(i));
        }
        attribute.cumulative.squeeze();
        attributes->append(std::move(attribute));
    }
    if (attributes->isEmpty()) {
        *error = Text::tr("Stage “%1” has no attributes: add a row with an attribute's name and "
                          "its values.")
                     .arg(stage.name);
        return false;
    }
    return true;
}

// The product of \a sizes, or limit + 1 when it is larger than \a limit.
qint64 productUpTo(const QList<qint64> &sizes, qint64 limit)
{
    qint64 product = 1;
    for (qint64 size : sizes) {
        if (size == 0)
            return 0;
        if (product > (limit + 1) / size)
            return limit + 1;
        product = std::min(product * size, limit + 1);
    }
    return product;
}

Output combination(const QList<Attribute> &attributes, const QList<int> &choice, qint64 index)
{
    Output out;
    out.itemKey = QStringLiteral("combo:%1").arg(index);
    for (qsizetype a = 0; a < attributes.size(); ++a)
        out.fields.insert(attributes.at(a).name, attributes.at(a).values.at(choice.at(a)));
    return out;
}

bool allCombinations(const Stage &stage, const QList<Attribute> &attributes, QList<Output> *outputs,
                     QString *error)
{
    QList<qint64> sizes;
    for (const Attribute &attribute : attributes)
        sizes.append(attribute.values.size());
    const qint64 total = productUpTo(sizes, std::numeric_limits<qint64>::max() / 2);
    if (total > SourceStages::maxCombinations) {
        *error = total > std::numeric_limits<qint64>::max() / 2
                     ? Text::tr("The attributes of stage “%1” make more than %L2 combinations, "
                                "too many to list: choose “At random” and how many to draw.")
                           .arg(stage.name)
                           .arg(std::numeric_limits<qint64>::max() / 2)
                     : Text::tr("The attributes of stage “%1” make %L2 combinations, more than "
                                "the %L3 that can be listed: choose “At random” and how many "
                                "to draw.")
                           .arg(stage.name)
                           .arg(total)
                           .arg(SourceStages::maxCombinations);
        return false;
    }
    outputs->reserve(total);
    QList<int> choice(attributes.size(), 0);
    for (qint64 index = 0; index < total; ++index) {
        outputs->append(combination(attributes, choice, index));
        // Odometer: the last attribute turns fastest.
        for (qsizetype a = attributes.size() - 1; a >= 0; --a) {
            if (++choice[a] < attributes.at(a).values.size())
                break;
            choice[a] = 0;
        }
    }
    return true;
}

int drawValue(const Attribute &attribute, double u)
{
    const double target = u * attribute.cumulative.last();
    const auto it =
        std::upper_bound(attribute.cumulative.cbegin(), attribute.cumulative.cend(), target);
    int index = int(it - attribute.cumulative.cbegin());
    index = std::min(index, int(attribute.values.size()) - 1);
    // Never a value of weight 0, even where rounding lands on one.
    while (attribute.weights.at(index) <= 0)
        --index;
    return index;
}

bool randomCombinations(const Stage &stage, const QVariantMap &settings,
                        const QList<Attribute> &attributes, QList<Output> *outputs, QString *error)
{
    const qint64 count = settings.value(QStringLiteral("count")).toLongLong();
    if (count > SourceStages::maxCombinations) {
        *error = Text::tr("Stage “%1” is asked to draw %L2 combinations, more than the %L3 it "
                          "can make.")
                     .arg(stage.name)
                     .arg(count)
                     .arg(SourceStages::maxCombinations);
        return false;
    }
    QList<qint64> sizes;
    for (const Attribute &attribute : attributes) {
        if (attribute.drawable.isEmpty()) {
            *error = Text::tr("Every weight of the attribute “%1” (stage “%2”) is zero, so none "
                              "of its values can be drawn.")
                         .arg(attribute.name, stage.name);
            return false;
        }
        sizes.append(attribute.drawable.size());
    }
    const quint64 seed = mix(quint64(settings.value(QStringLiteral("seed")).toLongLong()));
    const qint64 possible = productUpTo(sizes, SourceStages::maxCombinations);
    if (count <= 0)
        return true;
    outputs->reserve(count);

    qint64 drawn = 0;
    if (possible <= SourceStages::maxCombinations) {
        // Weighted sampling without replacement over every possible combination (Efraimidis
        // and Spirakis): the smallest keys log(-log u) - log w are the draws, in order. A
        // larger count keeps the first draws of a smaller one.
        struct Keyed
        {
            double key;
            qint64 index;
        };
        std::vector<Keyed> keyed;
        keyed.reserve(size_t(possible));
        for (qint64 index = 0; index < possible; ++index) {
            double logWeight = 0;
            qint64 rest = index;
            for (qsizetype a = attributes.size() - 1; a >= 0; --a) {
                const Attribute &attribute = attributes.at(a);
                const qint64 size = attribute.drawable.size();
                logWeight += std::log(attribute.weights.at(attribute.drawable.at(rest % size)));
                rest /= size;
            }
            const double u = unit(mix(seed ^ mix(quint64(index) + 1)));
            keyed.push_back({std::log(-std::log(u)) - logWeight, index});
        }
        const qint64 take = std::min(count, possible);
        const auto byKey = [](const Keyed &a, const Keyed &b) {
            return a.key < b.key || (a.key == b.key && a.index < b.index);
        };
        std::partial_sort(keyed.begin(), keyed.begin() + take, keyed.end(), byKey);
        QList<int> choice(attributes.size(), 0);
        for (qint64 i = 0; i < take; ++i) {
            qint64 rest = keyed[size_t(i)].index;
            for (qsizetype a = attributes.size() - 1; a >= 0; --a) {
                const Attribute &attribute = attributes.at(a);
                const qint64 size = attribute.drawable.size();
                choice[a] = attribute.drawable.at(rest % size);
                rest /= size;
            }
            outputs->append(combination(attributes, choice, drawn++));
        }
    }

    // Independent draws by the weights: the repeats once every combination has been drawn,
    // or every draw of a grid too large to list (avoiding repeats while it can).
    const bool avoidRepeats = possible > SourceStages::maxCombinations;
    QSet<QByteArray> seen;
    Stream stream(seed ^ 0x5eedba5eULL);
    QList<int> choice(attributes.size(), 0);
    QByteArray key(attributes.size() * qsizetype(sizeof(int)), Qt::Uninitialized);
    while (drawn < count) {
        for (int attempt = 0;; ++attempt) {
            for (qsizetype a = 0; a < attributes.size(); ++a) {
                choice[a] = drawValue(attributes.at(a), stream.next());
                memcpy(key.data() + a * qsizetype(sizeof(int)), &choice.at(a), sizeof(int));
            }
            if (!avoidRepeats || attempt >= maxRedraws || !seen.contains(key))
                break;
        }
        if (avoidRepeats)
            seen.insert(key);
        outputs->append(combination(attributes, choice, drawn++));
    }
    return true;
}

bool attributeGrid(const Stage &stage, QList<Output> *outputs, QString *error)
{
    const QVariantMap settings = settingsOf(stage);
    QList<Attribute> attributes;
    if (!parseAttributes(stage, settings.value(QStringLiteral("attributes")), &attributes, error))
        return false;
    if (settings.value(QStringLiteral("combinations")).toString() == QLatin1String("random"))
        return randomCombinations(stage, settings, attributes, outputs, error);
    return allCombinations(stage, attributes, outputs, error);
}

// ---- Fact list --------------------------------------------------------------------------------

struct Fact
{
    QString text;
    QJsonObject columns;
};

bool readTextFacts(const Stage &stage, const QString &path, QList<Fact> *facts, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = Text::tr("The fact file “%1” of stage “%2” cannot be read: %3")
                     .arg(QDir::toNativeSeparators(path), stage.name, file.errorString());
        return false;
    }
    const QByteArray bytes = file.readAll();
    TextDecoder decoder;
    if (!decoder.start(QByteArrayView(bytes).first(std::min<qsizetype>(bytes.size(), 65536)))) {
        *error = Text::tr("The fact file “%1” of stage “%2” cannot be read: %3")
                     .arg(QDir::toNativeSeparators(path), stage.name, decoder.errorString());
        return false;
    }
    const QString content = decoder.decode(bytes) + decoder.flush();
    const QStringList lines = content.split(QLatin1Char('\n'));
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const QString line = lines.at(i).trimmed();
        if (line.contains(QChar::ReplacementCharacter) && decoder.hasError()) {
            *error = Text::tr("Line %1 of the fact file “%2” (stage “%3”) is not valid %4 text.")
                         .arg(i + 1)
                         .arg(QDir::toNativeSeparators(path), stage.name, decoder.encoding());
            return false;
        }
        if (!line.isEmpty())
            facts->append({line, {}});
    }
    return true;
}

// The column of \a columns named \a name, ignoring case; empty when there is none.
QString column(const QStringList &columns, const QString &name)
{
    if (columns.contains(name))
        return name;
    for (const QString &candidate : columns) {
        if (candidate.compare(name, Qt::CaseInsensitive) == 0)
            return candidate;
    }
    return QString();
}

QStringList tripleColumns(const QStringList &columns)
{
    const QList<QStringList> shapes = {
        {QStringLiteral("subject"), QStringLiteral("predicate"), QStringLiteral("object")},
        {QStringLiteral("head"), QStringLiteral("relation"), QStringLiteral("tail")},
    };
    for (const QStringList &shape : shapes) {
        QStringList found;
        for (const QString &name : shape) {
            const QString match = column(columns, name);
            if (match.isEmpty())
                break;
            found << match;
        }
        if (found.size() == shape.size())
            return found;
    }
    return {};
}

bool readTableFacts(const Stage &stage, const QVariantMap &settings, const QString &path,
                    QList<Fact> *facts, QString *error)
{
    const QString shownPath = QDir::toNativeSeparators(path);
    QList<QJsonObject> rows;
    RecordImporter importer;
    importer.setBatchHandler([&rows](const QList<QJsonObject> &batch) {
        rows.append(batch);
        return true;
    });
    const ImportResult result = importer.readFile(path);
    // A skipped row would renumber the facts after it: any error stops here.
    if (result.status != ImportResult::Status::Finished || result.hasErrors()) {
        *error = Text::tr("The fact file “%1” of stage “%2” cannot be read: %3")
                     .arg(shownPath, stage.name, result.firstError().toString());
        return false;
    }

    const QString factField = settings.value(QStringLiteral("factField")).toString().trimmed();
    QStringList triple;
    QString factColumn;
    if (!factField.isEmpty()) {
        factColumn = factField;
    } else {
        triple = tripleColumns(result.fields);
        if (triple.isEmpty()) {
            const QString field = settings.value(QStringLiteral("field")).toString().trimmed();
            for (const QString &name : {field, QStringLiteral("fact"), QStringLiteral("text")}) {
                if (!name.isEmpty() && factColumn.isEmpty())
                    factColumn = column(result.fields, name);
            }
            if (factColumn.isEmpty() && result.fields.size() == 1)
                factColumn = result.fields.constFirst();
            if (factColumn.isEmpty() && !rows.isEmpty()) {
                *error = Text::tr("Stage “%1” cannot tell which column of “%2” holds the facts "
                                  "(its columns: %3): name it in the setting “Fact column”.")
                             .arg(stage.name, shownPath, result.fields.join(QStringLiteral(", ")));
                return false;
            }
        }
    }

    for (qsizetype r = 0; r < rows.size(); ++r) {
        const QJsonObject &row = rows.at(r);
        Fact fact;
        fact.columns = row;
        if (!triple.isEmpty()) {
            QStringList parts;
            for (const QString &name : std::as_const(triple)) {
                const QString part = text(row.value(name)).trimmed();
                if (part.isEmpty()) {
                    *error = Text::tr("Row %1 of the fact file “%2” (stage “%3”) is an "
                                      "incomplete triple: “%4” is empty.")
                                 .arg(r + 1)
                                 .arg(shownPath, stage.name, name);
                    return false;
                }
                parts << part;
            }
            fact.text = parts.join(QLatin1Char(' '));
        } else {
            fact.text = text(row.value(factColumn)).trimmed();
            if (fact.text.isEmpty()) {
                *error = Text::tr("Row %1 of the fact file “%2” (stage “%3”) has no fact: its "
                                  "column “%4” is empty or missing.")
                             .arg(r + 1)
                             .arg(shownPath, stage.name, factColumn);
                return false;
            }
        }
        facts->append(std::move(fact));
    }
    return true;
}

bool factList(const Stage &stage, const QString &projectDir, QList<Output> *outputs, QString *error)
{
    const QVariantMap settings = settingsOf(stage);
    QList<Fact> facts;
    for (const QString &line : settings.value(QStringLiteral("facts")).toStringList()) {
        if (!line.trimmed().isEmpty())
            facts.append({line.trimmed(), {}});
    }
    const QString file = settings.value(QStringLiteral("file")).toString().trimmed();
    if (!file.isEmpty()) {
        const QString path = QDir(projectDir).absoluteFilePath(file);
        const bool read = RecordImporter::formatForFileName(path) == ImportFormat::Auto
                              ? readTextFacts(stage, path, &facts, error)
                              : readTableFacts(stage, settings, path, &facts, error);
        if (!read)
            return false;
    }

    QString field = settings.value(QStringLiteral("field")).toString().trimmed();
    if (field.isEmpty())
        field = QStringLiteral("fact");
    outputs->reserve(facts.size());
    for (qsizetype i = 0; i < facts.size(); ++i) {
        Output out;
        out.itemKey = QStringLiteral("fact:%1").arg(i);
        out.fields = facts.at(i).columns;
        out.fields.insert(field, facts.at(i).text);
        out.fields.insert(QStringLiteral("fact_id"), qint64(i + 1));
        outputs->append(std::move(out));
    }
    return true;
}

} // namespace

bool SourceStages::handles(const QString &type)
{
    return type == QLatin1String("attribute_grid") || type == QLatin1String("fact_list");
}

bool SourceStages::outputs(const Stage &stage, const QString &projectDir, QList<Output> *outputs,
                           QString *error)
{
    outputs->clear();
    QString ignored;
    QString *message = error ? error : &ignored;
    bool made = false;
    if (stage.type == QLatin1String("attribute_grid"))
        made = attributeGrid(stage, outputs, message);
    else if (stage.type == QLatin1String("fact_list"))
        made = factList(stage, projectDir, outputs, message);
    else
        *message = Text::tr("Stage “%1” is not an attribute grid or a fact list.").arg(stage.name);
    if (!made)
        outputs->clear();
    return made;
}

} // namespace Seedbed::Run
