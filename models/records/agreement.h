#pragma once

#include "models/records/recordfilter.h"

#include <QHash>
#include <QList>
#include <QSqlDatabase>
#include <QString>

#include <optional>

namespace Seedbed {
struct ProjectData;
}

namespace Seedbed::Records {

/*! \brief How far one judge's scores agree with the reviewers' verdicts. */
struct JudgeAgreement
{
    QString judge;                      //!< the judge stage's name: its key in records.scores
    std::optional<double> threshold;    //!< the judge's pass mark, when known
    qint64 accepted = 0;                //!< reviewed records it scored: accepted or edited
    qint64 rejected = 0;                //!< reviewed records it scored: rejected
    std::optional<double> meanAccepted; //!< its mean score of the accepted ones
    std::optional<double> meanRejected;
    /*! Records where judge and reviewer agree: accepted with a score at or above the
        threshold, or rejected with one below; nothing without a threshold. */
    std::optional<qint64> agreements;

    qint64 reviewed() const { return accepted + rejected; }
    /*! agreements / reviewed, in [0, 1]; nothing without a threshold or reviewed records. */
    std::optional<double> agreementRate() const;
};

/*! \brief Judge/reviewer agreement over the reviewed records of a data.sqlite: per judge
    (each numeric member of records.scores), counted in one SQL query. Plain functions,
    thread-safe: the query may run in a worker thread with a connection of its own. */
class Agreement
{
public:
    /*! The pass marks of the project's judges ("threshold" of each judge stage), by name. */
    static QHash<QString, double> thresholds(const ProjectData &project);

    /*! The agreement of every judge that scored a reviewed record among those matching
        \a filter, ordered by judge name; \a thresholds by judge name. False with \a error
        when the query fails. */
    static bool compute(const QSqlDatabase &db, const QHash<QString, double> &thresholds,
                        const RecordFilter &filter, QList<JudgeAgreement> *result, QString *error);
    /*! The same through a read-only connection of its own to the file at \a databasePath. */
    static bool compute(const QString &databasePath, const QHash<QString, double> &thresholds,
                        const RecordFilter &filter, QList<JudgeAgreement> *result, QString *error);
};

} // namespace Seedbed::Records
