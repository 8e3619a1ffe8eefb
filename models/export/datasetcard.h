#pragma once

#include "models/export/exportoptions.h"

#include <QByteArray>
#include <QList>
#include <QSqlDatabase>
#include <QString>

namespace Seedbed::Export {

/*! \brief The README.md of a Hugging Face dataset folder: YAML front matter (licence, the
    files of each split) and a Markdown card with how the data was made — the models and
    prompt versions behind the records, the export's filters, the quality and dedup stages
    with their settings, the counts per stage and the score distributions. */
struct DatasetCard
{
    /*! \brief One split's file and how many records it holds. */
    struct Split
    {
        QString name;
        QString file;
        qint64 records = 0;
    };

    ExportOptions options;
    QString projectFile; //!< project.seedbed, for stage names and settings; may be empty
    QList<Split> splits;

    /*! The card's text (UTF-8), measured from the records in \a db. */
    QByteArray render(const QSqlDatabase &db) const;
};

} // namespace Seedbed::Export
