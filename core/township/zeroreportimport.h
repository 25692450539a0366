#pragma once

#include "common/result.h"
#include "security/actor.h"
#include "township/zeroreport.h"

#include <QList>
#include <QString>

namespace youfu::core {

class Database;

// One row of a township's file: what will be recorded, or why not.
struct ZeroImportRow
{
    int line = 0; // the row number as the spreadsheet shows it
    ZeroReport report;
    QString problem; // empty = will be recorded
    bool ok() const { return problem.isEmpty(); }
};

struct ZeroImportPreview
{
    QString fileName;
    QString format; // "xlsx", "csv (…)"
    QList<ZeroImportRow> rows;
    int good() const;
    int bad() const { return int(rows.size()) - good(); }
};

// The small CSV/xlsx the townships send: columns 乡镇 (name or code), 日期, 情况 ("无" or the
// items, one per line or separated by ；), 报告人, 报送时间 (optional; without it the report is
// received when imported). Every row is checked before anything is written: unknown township,
// bad date, a day still to come, a day already reported (never overwritten) or twice in the
// file. The good rows are then recorded in one audited change (zero_report.import).
class ZeroReportImport
{
public:
    explicit ZeroReportImport(Database& db) : m_db(db) {}
    Result<ZeroImportPreview> preview(const QString& path) const;
    // Records the good rows of a preview; nothing when none is good.
    Result<QList<qint64>> commit(const Actor& actor, const ZeroImportPreview& preview);

private:
    Database& m_db;
};

} // namespace youfu::core
