#include "models/records/recordstats.h"

#include "models/readonlyconnection.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>

#include <sqlite3.h>

#include <algorithm>
#include <cmath>

namespace Seedbed::Records {

namespace {

// lupdate reads the context from here; RecordStats is not a QObject.
struct StatsText
{
    Q_DECLARE_TR_FUNCTIONS(Seedbed::Records::RecordStats)
};

const char *const statusNames[] = {"ok", "filtered", "failed", "duplicate"};
const char *const reviewNames[] = {"unreviewed", "accepted", "rejected", "edited"};

constexpr qint64 hourMs = 3600 * 1000;
// Reviews spread over more than this are shown per day.
constexpr qint64 hourlySpanMs = 72 * hourMs;
constexpr int maxScoreBins = 20;
constexpr int maxCategoryLength = 100;
constexpr int readChunk = 256;

bool isCjk(char32_t c)
{
    const QChar::Script script = QChar::script(c);
    return script == QChar::Script_Han || script == QChar::Script_Hiragana ||
           script == QChar::Script_Katakana || script == QChar::Script_Hangul;
}

bool isWordCharacter(char32_t c)
{
    return QChar::isLetterOrNumber(c) || QChar::isMark(c);
}

int progressCallback(void *flag)
{
    return static_cast<const std::atomic_bool *>(flag)->load(std::memory_order_relaxed) ? 1 : 0;
}

sqlite3 *sqliteHandle(const QSqlDatabase &db)
{
    const QVariant handle = db.driver()->handle();
    if (handle.isValid() && qstrcmp(handle.typeName(), "sqlite3*") == 0)
        return *static_cast<sqlite3 *const *>(handle.constData());
    return nullptr;
}

bool bindAll(QSqlQuery &query, const QVariantList &bindings)
{
    for (const QVariant &value : bindings)
        query.addBindValue(value);
    return query.exec();
}

// Interns words so that the n-gram tables hold integers, not strings.
class Vocabulary
{
public:
    quint32 id(const QString &word)
    {
        const auto it = m_ids.constFind(word);
        if (it != m_ids.constEnd())
            return *it;
        const auto next = quint32(m_words.size());
        m_ids.insert(word, next);
        m_words.append(word);
        return next;
    }
    const QString &word(quint32 id) const { return m_words.at(id); }

private:
    QHash<QString, quint32> m_ids;
    QStringList m_words;
};

struct CategoryTally
{
    QHash<QString, qint64> values;
    qint64 present = 0;
    bool rejected = false;
};

QString joinBigram(const QString &a, const QString &b)
{
    const bool cjk =
        a.size() <= 2 && b.size() <= 2 && isCjk(a.toUcs4().value(0)) && isCjk(b.toUcs4().value(0));
    return cjk ? a + b : a + QLatin1Char(' ') + b;
}

void sortCounts(QList<NGramCount> *counts)
{
    std::sort(counts->begin(), counts->end(), [](const NGramCount &a, const NGramCount &b) {
        return a.count != b.count ? a.count > b.count : a.text < b.text;
    });
}

Histogram scoreHistogram(const QList<std::pair<double, qint64>> &values, double scaleMax)
{
    Histogram h;
    double sum = 0;
    bool first = true;
    for (const auto &[value, count] : values) {
        h.minimum = first ? value : std::min(h.minimum, value);
        h.maximum = first ? value : std::max(h.maximum, value);
        first = false;
        h.total += count;
        sum += value * double(count);
    }
    h.mean = h.total > 0 ? sum / double(h.total) : 0;
    const double low = std::min(1.0, std::floor(h.minimum));
    const double high = std::max(scaleMax, std::ceil(h.maximum));
    const double steps = high - low + 1;
    h.start = low;
    int bins = 0;
    if (steps <= maxScoreBins) {
        h.width = 1;
        bins = int(steps);
    } else {
        h.width = (high - low) / maxScoreBins;
        bins = maxScoreBins;
    }
    h.counts.fill(0, bins);
    for (const auto &[value, count] : values) {
        const int bin = std::clamp(int(std::floor((value - h.start) / h.width)), 0, bins - 1);
        h.counts[bin] += count;
    }
    return h;
}

} // namespace

QStringList RecordStats::words(QStringView text)
{
    QStringList result;
    qsizetype start = -1; // of the word being read
    const auto flush = [&](qsizetype end) {
        if (start >= 0) {
            QString word = text.mid(start, end - start).toString().toCaseFolded();
            word.replace(QChar(u'\u2019'), QLatin1Char('\''));
            result.append(word);
        }
        start = -1;
    };
    const auto codeAt = [&](qsizetype i, int *units) -> char32_t {
        const QChar c = text.at(i);
        if (c.isHighSurrogate() && i + 1 < text.size() && text.at(i + 1).isLowSurrogate()) {
            *units = 2;
            return QChar::surrogateToUcs4(c, text.at(i + 1));
        }
        *units = 1;
        return c.unicode();
    };
    for (qsizetype i = 0; i < text.size();) {
        int units = 1;
        const char32_t c = codeAt(i, &units);
        if (isCjk(c)) {
            flush(i);
            result.append(text.mid(i, units).toString());
        } else if (isWordCharacter(c)) {
            if (start < 0)
                start = i;
        } else if ((c == U'\'' || c == U'\u2019') && start >= 0 && i + 1 < text.size()) {
            int nextUnits = 1;
            const char32_t next = codeAt(i + 1, &nextUnits);
            if (!QChar::isLetter(next) || isCjk(next))
                flush(i); // "don't" is one word, "dogs' " ends at the s
        } else {
            flush(i);
        }
        i += units;
    }
    flush(text.size());
    return result;
}

QStringList RecordStats::defaultStopWords()
{
    static const QStringList words = [] {
        QStringList list =
            QStringLiteral("a an and are as at be but by for from has have he her his i if in "
                           "is it its me my not of on or our she so that the their them they "
                           "this to was we were what when which who will with you your")
                .split(QLatin1Char(' '));
        // Chinese function characters (each CJK character is a word of its own).
        const QString chinese = QStringLiteral("的了是在和有我你他她它们这那也就都而及与或之");
        for (const QChar c : chinese)
            list.append(QString(c));
        return list;
    }();
    return words;
}

Histogram RecordStats::lengthBins(double minimum, double maximum, int maxBins)
{
    Histogram h;
    maxBins = std::max(1, maxBins);
    const double raw = std::max(1.0, (maximum - minimum + 1) / maxBins);
    double magnitude = std::pow(10.0, std::floor(std::log10(raw)));
    const double steps[] = {1, 2, 5};
    int step = 0;
    while (steps[step] * magnitude < raw) {
        if (++step == 3) {
            step = 0;
            magnitude *= 10;
        }
    }
    for (;;) {
        h.width = steps[step] * magnitude;
        h.start = std::floor(minimum / h.width) * h.width;
        const int count = int(std::floor((maximum - h.start) / h.width)) + 1;
        if (count <= maxBins) {
            h.counts.fill(0, count);
            break;
        }
        if (++step == 3) {
            step = 0;
            magnitude *= 10;
        }
    }
    h.minimum = minimum;
    h.maximum = maximum;
    return h;
}

RecordStatsResult RecordStats::compute(const QString &databasePath,
                                       const RecordStatsOptions &options,
                                       const std::atomic_bool *cancel)
{
    RecordStatsResult result;
    const auto cancelled = [&] {
        if (cancel && cancel->load(std::memory_order_relaxed))
            result.cancelled = true;
        return result.cancelled;
    };
    if (!QFileInfo::exists(databasePath)) {
        result.error = StatsText::tr("There are no records yet: run the pipeline first.");
        return result;
    }
    const ReadOnlyConnection connection(databasePath);
    const QSqlDatabase &db = connection.database();
    if (!db.isOpen()) {
        result.error =
            StatsText::tr("The data file could not be read: %1").arg(db.lastError().text());
        return result;
    }
    sqlite3 *handle = sqliteHandle(db);
    if (handle && cancel)
        sqlite3_progress_handler(handle, 1000, progressCallback,
                                 const_cast<std::atomic_bool *>(cancel));
    // One snapshot for every figure, even while a run writes.
    QSqlQuery(db).exec(QStringLiteral("BEGIN"));
    const auto finish = [&] {
        QSqlQuery(db).exec(QStringLiteral("COMMIT"));
        if (handle && cancel)
            sqlite3_progress_handler(handle, 0, nullptr, nullptr);
        return result;
    };
    const auto failed = [&](const QSqlQuery &query) {
        if (!cancelled())
            result.error =
                StatsText::tr("The records could not be read: %1").arg(query.lastError().text());
        return finish();
    };

    QVariantList bindings;
    const QString where = options.filter.sqlWhere(&bindings);

    // Counts per status and per review state: every matching record. Two queries, so that
    // each can be answered from its column's index.
    const auto countBy = [&](const QString &column, const char *const(&names)[4],
                             QList<NGramCount> *counts, QSqlQuery *query) {
        query->setForwardOnly(true);
        query->prepare(QStringLiteral("SELECT %1, count(*) FROM records WHERE ").arg(column) +
                       where + QStringLiteral(" GROUP BY %1").arg(column));
        if (!bindAll(*query, bindings))
            return false;
        QHash<QString, qint64> found;
        while (query->next())
            found.insert(query->value(0).toString(), query->value(1).toLongLong());
        for (const char *name : names)
            counts->append({QLatin1String(name), found.value(QLatin1String(name))});
        return true;
    };
    {
        QSqlQuery query(db);
        if (!countBy(QStringLiteral("status"), statusNames, &result.statusCounts, &query))
            return failed(query);
        for (const NGramCount &count : std::as_const(result.statusCounts))
            result.matching += count.count;
    }
    if (cancelled())
        return finish();
    {
        QSqlQuery query(db);
        if (!countBy(QStringLiteral("review_state"), reviewNames, &result.reviewCounts, &query))
            return failed(query);
    }
    if (cancelled())
        return finish();

    // Acceptance: the latest verdict of every matching reviewed record, by when it was given.
    {
        QSqlQuery query(db);
        query.setForwardOnly(true);
        query.prepare(
            QStringLiteral("SELECT (v.at / 3600000) * 3600000 AS hour, count(*), "
                           "sum(v.state IN ('accepted', 'edited')) FROM reviews AS v "
                           "WHERE v.id IN (SELECT max(id) FROM reviews GROUP BY record_id) "
                           "AND v.state <> 'unreviewed' "
                           "AND v.record_id IN (SELECT id FROM records WHERE ") +
            where + QStringLiteral(") GROUP BY hour ORDER BY hour"));
        if (!bindAll(query, bindings))
            return failed(query);
        QList<AcceptanceBucket> hours;
        while (query.next())
            hours.append({query.value(0).toLongLong(), query.value(1).toLongLong(),
                          query.value(2).toLongLong()});
        result.hourly = hours.isEmpty() || hours.last().start - hours.first().start <= hourlySpanMs;
        if (result.hourly) {
            result.acceptance = hours;
        } else {
            for (const AcceptanceBucket &hour : std::as_const(hours)) {
                const QDate day = QDateTime::fromMSecsSinceEpoch(hour.start).date();
                const qint64 start = day.startOfDay().toMSecsSinceEpoch();
                if (result.acceptance.isEmpty() || result.acceptance.last().start != start)
                    result.acceptance.append({start, 0, 0});
                result.acceptance.last().reviewed += hour.reviewed;
                result.acceptance.last().accepted += hour.accepted;
            }
        }
    }
    if (cancelled())
        return finish();

    // The text figures read a sample: every k-th matching record in id order, so that the same
    // filter always reads the same records.
    QList<qint64> sampleIds;
    const bool sampling = options.sampleLimit > 0 && result.matching > options.sampleLimit;
    if (sampling) {
        QSqlQuery query(db);
        query.setForwardOnly(true);
        query.prepare(QStringLiteral("SELECT id FROM records WHERE ") + where +
                      QStringLiteral(" ORDER BY id"));
        if (!bindAll(query, bindings))
            return failed(query);
        QList<qint64> ids;
        ids.reserve(result.matching);
        while (query.next())
            ids.append(query.value(0).toLongLong());
        const qint64 limit = options.sampleLimit;
        for (qint64 i = 0; i < limit && !ids.isEmpty(); ++i)
            sampleIds.append(ids.at(qsizetype(i * ids.size() / limit)));
    }
    if (cancelled())
        return finish();

    Vocabulary vocabulary;
    QHash<quint32, qint64> unigramCounts;
    QHash<quint64, qint64> bigramCounts;
    QList<qint64> lengths;
    QMap<QString, CategoryTally> categories;
    QSet<QString> textFields;
    const auto countText = [&](const QString &text) {
        const QStringList found = words(text);
        quint32 previous = 0;
        for (qsizetype i = 0; i < found.size(); ++i) {
            const quint32 id = vocabulary.id(found.at(i));
            ++unigramCounts[id];
            ++result.unigrams;
            if (i > 0) {
                ++bigramCounts[(quint64(previous) << 32) | id];
                ++result.bigrams;
            }
            previous = id;
        }
    };
    QMap<QString, QMap<double, qint64>> scoresByJudge;
    const auto takeRecord = [&](const QByteArray &json, const QByteArray &scoresJson) {
        ++result.sampled;
        const QJsonObject scores = QJsonDocument::fromJson(scoresJson).object();
        for (auto it = scores.constBegin(); it != scores.constEnd(); ++it) {
            if (it.value().isDouble())
                ++scoresByJudge[it.key()][it.value().toDouble()];
        }
        const QJsonObject fields = QJsonDocument::fromJson(json).object();
        qint64 length = 0;
        bool hasText = options.textField.isEmpty();
        for (auto it = fields.constBegin(); it != fields.constEnd(); ++it) {
            const QJsonValue value = it.value();
            CategoryTally &tally = categories[it.key()];
            if (value.isNull())
                continue;
            ++tally.present;
            if (value.isString()) {
                const QString text = value.toString();
                textFields.insert(it.key());
                if (options.textField.isEmpty() || options.textField == it.key()) {
                    length += text.size();
                    hasText = true;
                    countText(text);
                }
                if (!tally.rejected) {
                    if (text.size() > maxCategoryLength)
                        tally.rejected = true;
                    else
                        ++tally.values[text];
                }
            } else if (value.isBool()) {
                if (!tally.rejected)
                    ++tally.values[value.toBool() ? QStringLiteral("true")
                                                  : QStringLiteral("false")];
            } else {
                tally.rejected = true;
            }
            if (tally.values.size() > options.maxCategories) {
                tally.rejected = true;
                tally.values.clear();
            }
        }
        if (hasText)
            lengths.append(length);
    };

    if (!sampling) {
        QSqlQuery query(db);
        query.setForwardOnly(true);
        query.prepare(QStringLiteral("SELECT fields, scores FROM records WHERE ") + where +
                      QStringLiteral(" ORDER BY id"));
        if (!bindAll(query, bindings))
            return failed(query);
        while (query.next()) {
            takeRecord(query.value(0).toByteArray(), query.value(1).toByteArray());
            if ((result.sampled % readChunk) == 0 && cancelled())
                return finish();
        }
    } else {
        for (qsizetype from = 0; from < sampleIds.size(); from += readChunk) {
            QStringList ids;
            for (qsizetype i = from; i < std::min(sampleIds.size(), from + readChunk); ++i)
                ids.append(QString::number(sampleIds.at(i)));
            QSqlQuery query(db);
            query.setForwardOnly(true);
            if (!query.exec(QStringLiteral("SELECT fields, scores FROM records WHERE id IN (") +
                            ids.join(QLatin1Char(',')) + QStringLiteral(") ORDER BY id")))
                return failed(query);
            while (query.next())
                takeRecord(query.value(0).toByteArray(), query.value(1).toByteArray());
            if (cancelled())
                return finish();
        }
    }

    // Scores per judge.
    for (auto it = scoresByJudge.cbegin(); it != scoresByJudge.cend(); ++it) {
        QList<std::pair<double, qint64>> values;
        for (auto v = it.value().cbegin(); v != it.value().cend(); ++v)
            values.append({v.key(), v.value()});
        result.judges.append(
            {it.key(), scoreHistogram(values, options.judgeScales.value(it.key(), 10))});
    }

    // Lengths.
    if (!lengths.isEmpty()) {
        const auto [low, high] = std::minmax_element(lengths.cbegin(), lengths.cend());
        result.lengths = lengthBins(double(*low), double(*high), options.maxLengthBins);
        double sum = 0;
        for (const qint64 length : std::as_const(lengths)) {
            const int bin =
                int(std::floor((double(length) - result.lengths.start) / result.lengths.width));
            ++result.lengths.counts[std::clamp(bin, 0, int(result.lengths.counts.size()) - 1)];
            sum += double(length);
        }
        result.lengths.total = lengths.size();
        result.lengths.mean = sum / double(lengths.size());
    }

    // N-grams.
    QSet<QString> stop;
    for (const QString &word : options.stopWords)
        stop.insert(word.toCaseFolded());
    result.distinctUnigrams = unigramCounts.size();
    result.distinctBigrams = bigramCounts.size();
    for (auto it = unigramCounts.cbegin(); it != unigramCounts.cend(); ++it) {
        const QString &word = vocabulary.word(it.key());
        if (!stop.contains(word))
            result.topUnigrams.append({word, it.value()});
    }
    for (auto it = bigramCounts.cbegin(); it != bigramCounts.cend(); ++it) {
        const QString &a = vocabulary.word(quint32(it.key() >> 32));
        const QString &b = vocabulary.word(quint32(it.key() & 0xffffffffu));
        if (!(stop.contains(a) && stop.contains(b)))
            result.topBigrams.append({joinBigram(a, b), it.value()});
    }
    const auto keepTop = [&](QList<NGramCount> *list) {
        const auto n = qsizetype(std::max(0, options.topNgrams));
        const auto byCount = [](const NGramCount &a, const NGramCount &b) {
            return a.count != b.count ? a.count > b.count : a.text < b.text;
        };
        if (list->size() > n) {
            std::partial_sort(list->begin(), list->begin() + n, list->end(), byCount);
            list->resize(n);
        } else {
            std::sort(list->begin(), list->end(), byCount);
        }
    };
    keepTop(&result.topUnigrams);
    keepTop(&result.topBigrams);

    // Categorical balance.
    for (auto it = categories.cbegin(); it != categories.cend(); ++it) {
        const CategoryTally &tally = it.value();
        if (tally.rejected || tally.values.isEmpty() || tally.values.size() >= tally.present)
            continue;
        CategoricalBalance balance;
        balance.field = it.key();
        balance.missing = result.sampled - tally.present;
        for (auto v = tally.values.cbegin(); v != tally.values.cend(); ++v)
            balance.values.append({v.key(), v.value()});
        sortCounts(&balance.values);
        result.categorical.append(balance);
    }
    result.textFields = textFields.values();
    std::sort(result.textFields.begin(), result.textFields.end());
    return finish();
}

} // namespace Seedbed::Records
