#pragma once

#include "models/records/recordfilter.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <atomic>

namespace Seedbed::Records {

/*! \brief What RecordStats::compute() looks at and how. */
struct RecordStatsOptions
{
    RecordFilter filter;
    /*! The per-record figures (score histograms, lengths, n-grams, distinct-n, categorical
        balance) read at most this many records: every k-th matching record in id order when
        more match (the same records for the same filter). The counts per status and review
        state and the acceptance rate always cover every matching record. */
    int sampleLimit = 10000;
    /*! The field whose text the lengths and n-grams measure; empty: every string field (a
        record's length is then the sum of its values' lengths). */
    QString textField;
    int topNgrams = 20;
    /*! Left out of the top n-gram lists (a unigram that is one, a bigram made of two); the
        distinct-n figures always count every word. Compared case-folded. */
    QStringList stopWords;
    /*! Fields with at most this many distinct values are categorical (see CategoricalBalance). */
    int maxCategories = 30;
    int maxLengthBins = 20;
    /*! The highest score of each judge's scale, by judge stage name (the "scaleMax" setting);
        a judge not named here is taken to score 1..10. */
    QHash<QString, double> judgeScales;
};

/*! \brief Counts in equal bins: bin i holds values in [start + i·width, start + (i+1)·width). */
struct Histogram
{
    double start = 0;
    double width = 1;
    QList<qint64> counts;
    qint64 total = 0;   //!< values counted
    double minimum = 0; //!< smallest value seen (0 when none)
    double maximum = 0; //!< largest value seen
    double mean = 0;

    double binStart(int bin) const { return start + bin * width; }
};

/*! \brief The scores one judge gave: bins over its scale (one per whole score when the scale
    has at most 20 steps). */
struct JudgeScores
{
    QString judge;
    Histogram histogram;
};

/*! \brief The records reviewed in one period and how many of them were kept. */
struct AcceptanceBucket
{
    qint64 start = 0; //!< ms since the epoch: the first moment of the hour or local day
    qint64 reviewed = 0;
    qint64 accepted = 0; //!< accepted or edited (an edit keeps the record)
    double rate() const { return reviewed > 0 ? double(accepted) / double(reviewed) : 0.0; }
};

struct NGramCount
{
    QString text; //!< words joined by a space (two CJK characters are joined without one)
    qint64 count = 0;
};

/*! \brief How often each value of a categorical field occurs: a field whose values are
    strings or booleans, none longer than 100 characters, with at most maxCategories distinct
    values of which at least one repeats. */
struct CategoricalBalance
{
    QString field;
    QList<NGramCount> values; //!< most frequent first, then by value
    qint64 missing = 0;       //!< sampled records without the field (or with null)
};

/*! \brief The figures of the records matching a filter. */
struct RecordStatsResult
{
    qint64 matching = 0; //!< records matching the filter
    qint64 sampled = 0;  //!< records the per-record figures read (matching when not sampled)
    bool isSampled() const { return sampled < matching; }

    QList<NGramCount> statusCounts; //!< ok, filtered, failed, duplicate (all four, in order)
    QList<NGramCount> reviewCounts; //!< unreviewed, accepted, rejected, edited
    QList<JudgeScores> judges;      //!< by judge name; sampled
    QStringList textFields;         //!< string fields seen in the sample, sorted
    Histogram lengths;              //!< characters of the text per sampled record

    bool hourly = false;                //!< buckets are hours (else local days)
    QList<AcceptanceBucket> acceptance; //!< periods with a review, oldest first

    QList<NGramCount> topUnigrams;
    QList<NGramCount> topBigrams;
    qint64 unigrams = 0;
    qint64 distinctUnigrams = 0;
    qint64 bigrams = 0;
    qint64 distinctBigrams = 0;
    double distinct1() const { return unigrams > 0 ? double(distinctUnigrams) / unigrams : 0; }
    double distinct2() const { return bigrams > 0 ? double(distinctBigrams) / bigrams : 0; }

    QList<CategoricalBalance> categorical; //!< by field name

    bool cancelled = false;
    QString error; //!< why the figures could not be read (a missing file, a failed query)
};

/*! \brief Figures over the records of a project that match a RecordFilter, for the charts.
    Pure functions; compute() opens a read-only connection of its own, so it runs in a worker
    thread beside the writers. */
class RecordStats
{
public:
    /*! Reads the figures from the data file at \a databasePath. Stops early, with
        \c cancelled set, once \a cancel becomes true (a running query is interrupted). */
    static RecordStatsResult compute(const QString &databasePath, const RecordStatsOptions &options,
                                     const std::atomic_bool *cancel = nullptr);

    /*! The words of \a text, case-folded: runs of letters, digits and marks; each Chinese,
        Japanese or Korean character is a word of its own (as StageLogic::wordCount counts). */
    static QStringList words(QStringView text);
    /*! Common English and Chinese function words, for RecordStatsOptions::stopWords. */
    static QStringList defaultStopWords();
    /*! Bins of a "nice" width (1, 2 or 5 × 10^k) over [\a minimum, \a maximum], at most
        \a maxBins of them; start is a multiple of the width. */
    static Histogram lengthBins(double minimum, double maximum, int maxBins);
};

} // namespace Seedbed::Records
