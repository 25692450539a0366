#pragma once

#include "common/result.h"
#include "io/tableexport.h"
#include "security/actor.h"

#include <QString>

namespace youfu::core {

class Database;

enum class AppraisalReportFormat
{
    Pdf,
    Xlsx
};

// What an export wrote.
struct AppraisalReportWritten
{
    AppraisalReportFormat format = AppraisalReportFormat::Pdf;
    int units = 0;
    int staff = 0;
    int pages = 0;   // PDF
    qint64 rows = 0; // xlsx, over all sheets
};

// "pdf" / "xlsx".
QString appraisalReportFormatKey(AppraisalReportFormat format);
// The format a file name asks for: .pdf or .xlsx; anything else is refused in the clerk's words.
Result<AppraisalReportFormat> appraisalReportFormatForPath(const QString& path);

// Writes the year-end appraisal report of `year` to `path` as PDF or xlsx (by its suffix):
// atomically, 0600, with progress and cancel (ExportOptions::progress / cancel; a cancelled
// export leaves no file), and one audit entry "appraisal.report_export" (ViewBusiness) naming
// the year, the format and the file, written before the file is put in place. Refused when
// the year was never computed.
Result<AppraisalReportWritten> exportAppraisalReport(Database& db, const Actor& actor, int year,
                                                     const QString& path,
                                                     const ExportOptions& options = {});

} // namespace youfu::core
