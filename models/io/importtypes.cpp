#include "models/io/importtypes.h"

#include <QCoreApplication>

#include <algorithm>

namespace Seedbed {

namespace {
// lupdate reads the context from here; the import types are not QObjects.
struct ImportText
{
    Q_DECLARE_TR_FUNCTIONS(Seedbed::RecordImporter)
};
} // namespace

QString ImportIssue::toString() const
{
    if (line > 0 && column > 0)
        return ImportText::tr("Line %1, column %2: %3").arg(line).arg(column).arg(message);
    if (line > 0)
        return ImportText::tr("Line %1: %2").arg(line).arg(message);
    return message;
}

qint64 ImportProgress::remainingMs() const
{
    if (bytesRead <= 0 || totalBytes <= 0 || elapsedMs <= 0 || bytesRead > totalBytes)
        return -1;
    return qint64(double(elapsedMs) * double(totalBytes - bytesRead) / double(bytesRead));
}

bool ImportResult::hasErrors() const
{
    return std::any_of(issues.cbegin(), issues.cend(), [](const ImportIssue &issue) {
        return issue.severity == ImportIssue::Severity::Error;
    });
}

ImportIssue ImportResult::firstError() const
{
    for (const ImportIssue &issue : issues) {
        if (issue.severity == ImportIssue::Severity::Error)
            return issue;
    }
    return {};
}

QString importFormatName(ImportFormat format)
{
    switch (format) {
    case ImportFormat::Auto:
        break;
    case ImportFormat::Csv:
        return ImportText::tr("CSV");
    case ImportFormat::Tsv:
        return ImportText::tr("TSV");
    case ImportFormat::JsonLines:
        return ImportText::tr("JSON Lines");
    case ImportFormat::JsonArray:
        return ImportText::tr("JSON array");
    }
    return ImportText::tr("Unknown");
}

} // namespace Seedbed
