#pragma once

#include "common/result.h"
#include "io/tableexport.h"
#include "report/officialdocument.h"
#include "security/actor.h"
#include "township/zeroreport.h"

#include <QDate>
#include <QString>

namespace youfu::core {

class Database;

// The month grid of the zero reports on paper and in Excel: townships × days 1..31 with a
// symbol per day (✓ nothing to report, ● items, 迟 late, ✗ missing, blank not yet due), the
// month's reporting rate and on-time rate per township, and the legend.
namespace ZeroReportPapers {

QString symbol(ZeroDayStatus s);
QString statusTitle(ZeroDayStatus s); // 无事项, 有事项, 迟报, 缺报, 未到期
// "96.7%", or "—" when no day counts yet.
QString rateText(double rate);
QString legend();

// A4 landscape, one row per township.
OfficialDocument monthGrid(const QString& officeName, const ZeroMonthGrid& grid,
                           const QDate& printedOn);

// The same as a table: 乡镇, 1..N, 报送率, 及时率.
ExportTable monthGridTable(const QString& officeName, const ZeroMonthGrid& grid);

// Writes the grid (xlsx or CSV by the path) and records the export in one audit entry
// (zero_report.export, ViewBusiness) before the file is put in place. Returns the rows.
Result<qint64> exportMonthGrid(Database& db, const Actor& actor, const ZeroMonthGrid& grid,
                               const QString& path);

} // namespace ZeroReportPapers

} // namespace youfu::core
