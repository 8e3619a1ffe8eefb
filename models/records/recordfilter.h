#pragma once

#include <QList>
#include <QString>
#include <QStringList>
#include <QUuid>
#include <QVariantList>

#include <optional>

namespace Seedbed::Records {

/*! \brief A range of one score: the primary score column (\c judge empty) or the score a
    judge stage of that name gave (records.scores is an object keyed by judge stage name; only
    its numeric members are scores). */
struct ScoreRange
{
    QString judge;
    std::optional<double> minimum; //!< inclusive
    std::optional<double> maximum; //!< inclusive
    friend bool operator==(const ScoreRange &, const ScoreRange &) = default;
};

/*! \brief Which records a view, a chart or a bulk action is about. Every member narrows the
    set; an empty member does not. */
struct RecordFilter
{
    /*! \brief Ids from \c first to \c last, inclusive. */
    struct IdWindow
    {
        qint64 first = 0;
        qint64 last = 0;
    };

    QList<QUuid> stages;      //!< records of these stages; empty: all stages
    QStringList statuses;     //!< "ok", "filtered", "failed", "duplicate"; empty: any
    QStringList reviewStates; //!< "unreviewed", "accepted", "rejected", "edited"; empty: any
    QList<ScoreRange> scores; //!< every range must hold
    QStringList tags;         //!< records carrying every one of these tags
    /*! Full-text search over the records' field values (SQLite FTS5): words match by prefix,
        "quoted phrases" as phrases; operators typed by the user are taken as words, never as
        FTS5 syntax errors. Empty: no text condition. */
    QString text;

    bool isEmpty() const;
    /*! The condition as SQL over the table \c records (unaliased), with `?` placeholders whose
        values are appended to \a bindings; "1" when empty. A judge score range reads \c
       record_scores (schema version 6); a text condition the full-text index (RecordIndex), which
       must be up to date. */
    QString sqlWhere(QVariantList *bindings) const;
    /*! The condition, further restricted to the records whose id lies in \a window. A judge
        score range then reads record_scores by record id within the window rather than every
        score of the judge, so the cost grows with the window, not with the matches: for the
        first rows in id order of a large project, where the plain condition would list every
        matching id before the first row. */
    QString sqlWhere(QVariantList *bindings, IdWindow window) const;

    friend bool operator==(const RecordFilter &, const RecordFilter &) = default;

private:
    QString where(QVariantList *bindings, const IdWindow *window) const;
};

} // namespace Seedbed::Records
