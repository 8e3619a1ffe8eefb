#include "models/run/batchstages.h"
#include "models/run/stageutil.h"

#include "models/io/recordimporter.h"
#include "models/stageregistry.h"

#include <QCoreApplication>
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QMap>
#include <QSet>

#include <algorithm>
#include <climits>
#include <cmath>
#include <numeric>
#include <optional>

namespace Seedbed::Run {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Seedbed::Run::BatchStages)
};

// Salts of the shuffles, so that records drawn in one do not predict those drawn in another.
enum Salt : quint64 {
    RealSalt = 0x7265616cULL,
    SyntheticSalt = 0x73796e74ULL,
    SplitSalt = 0x73706c74ULL,
    SampleSalt = 0x736d706cULL,
    StratumSalt = 0x73747261ULL,
};

using StageUtil::settingsOf;

// SplitMix64's finaliser: a fixed hash, the same with any Qt or standard library.
quint64 mix(quint64 x)
{
    return StageUtil::splitMix64(x);
}

// FNV-1a over the UTF-16 text: unlike qHash, the same in every process.
quint64 hashText(const QString &text)
{
    quint64 hash = 0xcbf29ce484222325ULL;
    for (const QChar c : text) {
        hash ^= c.unicode();
        hash *= 0x100000001b3ULL;
    }
    return hash;
}

// A record's place in the shuffle \a salt of \a settings' seed.
quint64 shuffleKey(const QVariantMap &settings, quint64 salt, qint64 id)
{
    const quint64 seed = quint64(settings.value(QStringLiteral("seed")).toLongLong());
    return mix(mix(seed ^ mix(salt)) + quint64(id));
}

QString text(const QJsonValue &value)
{
    return StageUtil::fieldText(value);
}

BatchOutput outputOf(const BatchInput &input)
{
    BatchOutput out;
    out.parentId = input.id;
    out.output.itemKey = QString::number(input.id);
    out.output.fields = input.fields;
    out.output.score = input.score;
    return out;
}

void leaveOut(Output *output, const QString &reason)
{
    output->status = RecordStatus::Filtered;
    output->meta.insert(QStringLiteral("reason"), reason);
}

// Indices of \a ids in the order of their keys, ties (never in practice) by id.
QList<qsizetype> shuffled(const QList<qint64> &ids, const QVariantMap &settings, quint64 salt)
{
    QList<std::pair<quint64, qint64>> keys;
    keys.reserve(ids.size());
    for (qint64 id : ids)
        keys.append({shuffleKey(settings, salt, id), id});
    QList<qsizetype> order(ids.size());
    std::iota(order.begin(), order.end(), 0);
    std::sort(order.begin(), order.end(),
              [&keys](qsizetype a, qsizetype b) { return keys.at(a) < keys.at(b); });
    return order;
}

// ---- Mix ----------------------------------------------------------------------------------

struct MixItem
{
    qsizetype input = -1; // index into the inputs, or -1 for a row of the real data file
    qint64 id = 0;        // the input's id or the file row (1-based)
    bool real = false;
    QString group;
    QJsonObject fields; // of a file row
    bool kept = false;
};

QString tagGroup(QStringList tags)
{
    for (QString &tag : tags)
        tag = tag.trimmed();
    tags.removeAll(QString());
    tags.sort();
    tags.removeDuplicates();
    return tags.join(QStringLiteral(", "));
}

QStringList rowTags(const QJsonValue &value)
{
    QStringList tags;
    if (value.isArray()) {
        for (const QJsonValue &tag : value.toArray())
            tags << text(tag);
    } else {
        tags = text(value).split(QLatin1Char(','));
    }
    return tags;
}

bool readRealFile(const Stage &stage, const QString &path, QList<QJsonObject> *rows, QString *error)
{
    RecordImporter importer;
    importer.setBatchHandler([rows](const QList<QJsonObject> &batch) {
        rows->append(batch);
        return true;
    });
    const ImportResult result = importer.readFile(path);
    // A skipped row would renumber the rows after it, and so their records: stop instead.
    if (result.status != ImportResult::Status::Finished || result.hasErrors()) {
        *error =
            Text::tr("The real data file “%1” of stage “%2” cannot be read: %3")
                .arg(QDir::toNativeSeparators(path), stage.name, result.firstError().toString());
        return false;
    }
    return true;
}

// How many synthetic and real records of a group to keep for the share \a realShare.
std::pair<qint64, qint64> mixCounts(qint64 synthetic, qint64 real, double realShare)
{
    if (realShare <= 0)
        return {synthetic, 0};
    if (realShare >= 1)
        return {0, real};
    const qint64 wanted = std::llround(double(synthetic) * realShare / (1 - realShare));
    if (wanted <= real)
        return {synthetic, wanted};
    return {std::min(synthetic, qint64(std::llround(double(real) * (1 - realShare) / realShare))),
            real};
}

bool runMix(const Stage &stage, const QVariantMap &settings, const QString &projectDir,
            const QList<BatchInput> &inputs, QList<BatchOutput> *outputs, QString *error)
{
    const double realShare =
        std::clamp(settings.value(QStringLiteral("realShare")).toDouble(), 0.0, 1.0);
    const bool perTag = settings.value(QStringLiteral("perTag")).toBool();

    QList<MixItem> items;
    bool realInputs = false;
    for (qsizetype i = 0; i < inputs.size(); ++i) {
        const BatchInput &input = inputs.at(i);
        MixItem item;
        item.input = i;
        item.id = input.id;
        item.real = input.port == QLatin1String("real");
        item.group = perTag ? tagGroup(input.tags) : QString();
        realInputs = realInputs || item.real;
        items.append(std::move(item));
    }
    const QString file = settings.value(QStringLiteral("realFile")).toString().trimmed();
    if (!realInputs && !file.isEmpty()) {
        QList<QJsonObject> rows;
        if (!readRealFile(stage, QDir(projectDir).absoluteFilePath(file), &rows, error))
            return false;
        for (qsizetype r = 0; r < rows.size(); ++r) {
            MixItem item;
            item.id = r + 1;
            item.real = true;
            item.group =
                perTag ? tagGroup(rowTags(rows.at(r).value(QStringLiteral("tags")))) : QString();
            item.fields = rows.at(r);
            items.append(std::move(item));
        }
        realInputs = !rows.isEmpty();
    }
    if (!realInputs && realShare > 0) {
        *error = Text::tr("Stage “%1” has no real records to mix in: connect its Real input or "
                          "choose a real data file.")
                     .arg(stage.name);
        return false;
    }

    // Decide within each group: all synthetic records and a draw of the real ones, or all
    // real ones and a draw of the synthetic ones.
    QMap<QString, std::pair<QList<qsizetype>, QList<qsizetype>>> groups;
    for (qsizetype i = 0; i < items.size(); ++i) {
        auto &group = groups[items.at(i).group];
        (items.at(i).real ? group.second : group.first).append(i);
    }
    for (auto it = groups.begin(); it != groups.end(); ++it) {
        const auto [keepSynthetic, keepReal] =
            mixCounts(it->first.size(), it->second.size(), realShare);
        const auto keep = [&](const QList<qsizetype> &members, qint64 count, quint64 salt) {
            QList<qint64> ids;
            for (qsizetype member : members)
                ids.append(items.at(member).id);
            const QList<qsizetype> order = shuffled(ids, settings, salt);
            for (qint64 k = 0; k < count; ++k)
                items[members.at(order.at(k))].kept = true;
        };
        keep(it->first, keepSynthetic, SyntheticSalt);
        keep(it->second, keepReal, RealSalt);
    }

    const QString percent = QString::number(realShare * 100, 'g', 4);
    for (const MixItem &item : std::as_const(items)) {
        BatchOutput out;
        if (item.input >= 0) {
            out = outputOf(inputs.at(item.input));
        } else {
            out.output.itemKey = QStringLiteral("real:file:%1").arg(item.id);
            out.output.fields = item.fields;
        }
        out.output.fields.insert(QStringLiteral("origin"),
                                 item.real ? QStringLiteral("real") : QStringLiteral("synthetic"));
        if (!item.kept) {
            if (!perTag)
                leaveOut(&out.output,
                         Text::tr("Left out to keep the mix at %1 % real.").arg(percent));
            else if (item.group.isEmpty())
                leaveOut(&out.output, Text::tr("Left out to keep the mix at %1 % real among the "
                                               "records without tags.")
                                          .arg(percent));
            else
                leaveOut(&out.output, Text::tr("Left out to keep the mix at %1 % real among the "
                                               "records tagged “%2”.")
                                          .arg(percent, item.group));
        }
        outputs->append(std::move(out));
    }
    return true;
}

// ---- Split --------------------------------------------------------------------------------

// Counts for \a total records by \a shares: floors, then the largest remainders (ties to the
// earlier share).
QList<qint64> apportion(qint64 total, const QList<double> &shares)
{
    double sum = 0;
    for (double share : shares)
        sum += share;
    QList<qint64> counts;
    QList<std::pair<double, qsizetype>> remainders;
    qint64 given = 0;
    for (qsizetype i = 0; i < shares.size(); ++i) {
        const double exact = double(total) * shares.at(i) / sum;
        const qint64 floor = qint64(std::floor(exact));
        counts.append(floor);
        given += floor;
        remainders.append({exact - double(floor), i});
    }
    std::stable_sort(remainders.begin(), remainders.end(),
                     [](const auto &a, const auto &b) { return a.first > b.first; });
    for (qsizetype k = 0; given < total && k < remainders.size(); ++k, ++given)
        ++counts[remainders.at(k).second];
    return counts;
}

QString stratumOf(const BatchInput &input, const QString &field)
{
    return field.isEmpty() ? QString() : text(input.fields.value(field));
}

bool runSplit(const Stage &stage, const QVariantMap &settings, const QList<BatchInput> &inputs,
              QList<BatchOutput> *outputs, QString *error)
{
    const QStringList names = {QStringLiteral("train"), QStringLiteral("validation"),
                               QStringLiteral("test")};
    QList<double> shares;
    double sum = 0;
    for (const QString &name : names) {
        const double share = std::max(0.0, settings.value(name).toDouble());
        shares.append(share);
        sum += share;
    }
    if (!(sum > 0)) {
        *error = Text::tr("The shares of stage “%1” add up to 0: give train, validation or test "
                          "a share.")
                     .arg(stage.name);
        return false;
    }
    const QString field = settings.value(QStringLiteral("stratifyField")).toString().trimmed();

    QMap<QString, QList<qsizetype>> strata;
    for (qsizetype i = 0; i < inputs.size(); ++i)
        strata[stratumOf(inputs.at(i), field)].append(i);
    QList<QString> assigned(inputs.size());
    for (const QList<qsizetype> &members : std::as_const(strata)) {
        QList<qint64> ids;
        for (qsizetype member : members)
            ids.append(inputs.at(member).id);
        const QList<qsizetype> order = shuffled(ids, settings, SplitSalt);
        const QList<qint64> counts = apportion(members.size(), shares);
        qsizetype next = 0;
        for (qsizetype part = 0; part < names.size(); ++part) {
            for (qint64 k = 0; k < counts.at(part); ++k)
                assigned[members.at(order.at(next++))] = names.at(part);
        }
    }
    for (qsizetype i = 0; i < inputs.size(); ++i) {
        BatchOutput out = outputOf(inputs.at(i));
        out.output.fields.insert(QStringLiteral("split"), assigned.at(i));
        outputs->append(std::move(out));
    }
    return true;
}

// ---- Sample -------------------------------------------------------------------------------

// Per-stratum quotas for \a count records, as even as the strata's sizes allow; the records
// left over after an even share go to strata in a seeded order.
QMap<QString, qint64> evenQuotas(const QMap<QString, QList<qsizetype>> &strata, qint64 count,
                                 const QVariantMap &settings)
{
    QList<std::pair<qint64, QString>> bySize;
    for (auto it = strata.cbegin(); it != strata.cend(); ++it)
        bySize.append({it->size(), it.key()});
    std::sort(bySize.begin(), bySize.end());
    QMap<QString, qint64> quotas;
    qint64 remaining = count;
    qsizetype left = bySize.size();
    qsizetype i = 0;
    for (; i < bySize.size(); ++i, --left) {
        const qint64 share = remaining / left;
        if (bySize.at(i).first > share)
            break;
        quotas.insert(bySize.at(i).second, bySize.at(i).first);
        remaining -= bySize.at(i).first;
    }
    if (i == bySize.size())
        return quotas;
    // Every stratum still open holds more than the even share: each gets it, and the rest
    // one more each, in a seeded order.
    const qint64 share = remaining / left;
    QList<std::pair<quint64, QString>> open;
    for (qsizetype k = i; k < bySize.size(); ++k) {
        const QString &value = bySize.at(k).second;
        quotas.insert(value, share);
        open.append({shuffleKey(settings, StratumSalt, qint64(hashText(value))), value});
    }
    std::sort(open.begin(), open.end());
    for (qint64 k = 0; k < remaining - share * left; ++k)
        ++quotas[open.at(k).second];
    return quotas;
}

std::optional<double> rankScore(const BatchInput &input, const QString &judge)
{
    if (judge.isEmpty())
        return input.score;
    const QJsonValue value = input.scores.value(judge);
    if (value.isDouble())
        return value.toDouble();
    return std::nullopt;
}

bool runSample(const Stage &stage, const QVariantMap &settings, const QList<BatchInput> &inputs,
               QList<BatchOutput> *outputs, QString *error)
{
    const qint64 count = std::max<qint64>(0, settings.value(QStringLiteral("count")).toLongLong());
    const QString strategy = settings.value(QStringLiteral("strategy")).toString();
    QList<bool> kept(inputs.size(), false);
    QList<QString> reasons(inputs.size());

    if (strategy == QLatin1String("stratified")) {
        const QString field = settings.value(QStringLiteral("stratifyField")).toString().trimmed();
        if (field.isEmpty()) {
            *error = Text::tr("Stage “%1” samples stratified but names no field to balance over.")
                         .arg(stage.name);
            return false;
        }
        QMap<QString, QList<qsizetype>> strata;
        for (qsizetype i = 0; i < inputs.size(); ++i)
            strata[stratumOf(inputs.at(i), field)].append(i);
        const QMap<QString, qint64> quotas = evenQuotas(strata, count, settings);
        for (auto it = strata.cbegin(); it != strata.cend(); ++it) {
            QList<qint64> ids;
            for (qsizetype member : *it)
                ids.append(inputs.at(member).id);
            const QList<qsizetype> order = shuffled(ids, settings, SampleSalt);
            const qint64 quota = quotas.value(it.key());
            for (qsizetype k = 0; k < order.size(); ++k) {
                const qsizetype member = it->at(order.at(k));
                if (k < quota) {
                    kept[member] = true;
                } else {
                    reasons[member] =
                        Text::tr("Not drawn: “%1” = “%2” already has its %n record(s).", nullptr,
                                 int(std::min<qint64>(quota, INT_MAX)))
                            .arg(field, it.key());
                }
            }
        }
    } else {
        QList<qsizetype> order(inputs.size());
        std::iota(order.begin(), order.end(), 0);
        QString reason;
        const int shown = int(std::min<qint64>(count, INT_MAX));
        if (strategy == QLatin1String("first")) {
            std::sort(order.begin(), order.end(), [&inputs](qsizetype a, qsizetype b) {
                return inputs.at(a).id < inputs.at(b).id;
            });
            reason = Text::tr("Not among the first %n record(s).", nullptr, shown);
        } else if (strategy == QLatin1String("top")) {
            const QString judge = settings.value(QStringLiteral("scoreJudge")).toString().trimmed();
            QList<std::optional<double>> scores;
            bool anyScore = false;
            for (const BatchInput &input : inputs) {
                scores.append(rankScore(input, judge));
                anyScore = anyScore || scores.constLast().has_value();
            }
            if (!anyScore && !inputs.isEmpty()) {
                *error = judge.isEmpty()
                             ? Text::tr("Stage “%1” keeps the highest-scored records, but no "
                                        "record has a score: put a judge before it.")
                                   .arg(stage.name)
                             : Text::tr("Stage “%1” keeps the records the judge “%2” scores "
                                        "highest, but no record has a score from “%2”.")
                                   .arg(stage.name, judge);
                return false;
            }
            std::sort(order.begin(), order.end(), [&](qsizetype a, qsizetype b) {
                const std::optional<double> &sa = scores.at(a);
                const std::optional<double> &sb = scores.at(b);
                if (sa.has_value() != sb.has_value())
                    return sa.has_value();
                if (sa && *sa != *sb)
                    return *sa > *sb;
                return inputs.at(a).id < inputs.at(b).id;
            });
            reason = Text::tr("Not among the %n highest-scored record(s).", nullptr, shown);
        } else {
            QList<qint64> ids;
            for (const BatchInput &input : inputs)
                ids.append(input.id);
            order = shuffled(ids, settings, SampleSalt);
            reason = Text::tr("Not among the %n record(s) drawn at random.", nullptr, shown);
        }
        for (qsizetype k = 0; k < order.size(); ++k) {
            if (k < count)
                kept[order.at(k)] = true;
            else
                reasons[order.at(k)] = reason;
        }
    }

    for (qsizetype i = 0; i < inputs.size(); ++i) {
        BatchOutput out = outputOf(inputs.at(i));
        if (!kept.at(i))
            leaveOut(&out.output, reasons.at(i));
        outputs->append(std::move(out));
    }
    return true;
}

} // namespace

bool BatchStages::handles(const QString &type)
{
    return type == QLatin1String("mix") || type == QLatin1String("split") ||
           type == QLatin1String("sample");
}

bool BatchStages::run(const Stage &stage, const QString &projectDir,
                      const QList<BatchInput> &inputs, QList<BatchOutput> *outputs, QString *error)
{
    outputs->clear();
    QString ignored;
    QString *message = error ? error : &ignored;
    const QVariantMap settings = settingsOf(stage);
    bool decided = false;
    if (stage.type == QLatin1String("mix"))
        decided = runMix(stage, settings, projectDir, inputs, outputs, message);
    else if (stage.type == QLatin1String("split"))
        decided = runSplit(stage, settings, inputs, outputs, message);
    else if (stage.type == QLatin1String("sample"))
        decided = runSample(stage, settings, inputs, outputs, message);
    else
        *message = Text::tr("Stage “%1” is not a mix, split or sample.").arg(stage.name);
    if (!decided)
        outputs->clear();
    return decided;
}

} // namespace Seedbed::Run
