#pragma once

#include "common/result.h"
#include "io/tableexport.h"
#include "report/officialdocument.h"
#include "security/actor.h"
#include "statistics/statistics.h"

#include <QDate>

namespace youfu::core {

class Database;

// The year's statistics as a paper and as files: xlsx (one sheet per table, its chart as a
// picture under it) or PDF (GB/T 9704 paper: title, each table ruled, each chart), written
// atomically (0600) and recorded in one audit entry ("statistics.export": year, township,
// format, file) before the file is put in place. A cancel leaves no file and no entry.
class StatisticsExport
{
public:
    // The paper: A4 landscape when a table is too wide for portrait.
    static OfficialDocument document(const YearStatistics& stats, const QString& officeName,
                                     const QDate& date);
    // The workbook's sheets.
    static QList<ExportSheet> sheets(const YearStatistics& stats, const QString& officeName);

    // Reads the figures of `filter` and writes them to `path`: .pdf → PDF, otherwise xlsx.
    // Needs ViewBusiness. Returns the number of table rows written.
    static Result<qint64> write(Database& db, const Actor& actor, const StatisticsFilter& filter,
                                const QString& path, ExportOptions options);
    // The same for figures already read (the page's).
    static Result<qint64> write(Database& db, const Actor& actor, const YearStatistics& stats,
                                const QString& path, ExportOptions options);
};

} // namespace youfu::core
