#pragma once

#include "common/result.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QVariant>

#include <atomic>
#include <functional>

namespace youfu::core {

// One export engine for every list: a table described once, written as xlsx or CSV.
struct ExportColumn
{
    enum class Kind
    {
        Text,
        Identifier /* IDs, account numbers: always text */,
        Date,
        DateTime,
        Money /* qint64 fen → number with two decimals (元) */,
        Integer,
        Tenths /* integer tenths (points 855 → 85.5) → number with one decimal */
    };
    QString title;
    Kind kind = Kind::Text;
};

struct ExportTable
{
    QString title;    // first row: "优抚对象花名册（武冈市民政局）"
    QString subtitle; // e.g. the filters applied; may be empty
    QList<ExportColumn> columns;
    qint64 expectedRows = -1; // for progress; -1 unknown
    // Fills the next row's values (one per column; QDate/QDateTime/qint64/QString) and returns
    // false at the end; or an error. Called until false.
    std::function<Result<bool>(QVariantList& row)> next;
};

enum class ExportFormat
{
    Xlsx,
    CsvUtf8Bom,
    CsvGbk
};

struct ExportOptions
{
    ExportFormat format = ExportFormat::Xlsx;
    QDateTime exportedAt;                       // printed under the title
    std::function<void(int permille)> progress; // may be empty
    const std::atomic_bool* cancel = nullptr;   // may be null
    // Called when every row is written, before the file is put in place (e.g. to write the
    // export's audit entry): a failure abandons the file. May be empty.
    std::function<Status(qint64 rows)> beforeCommit;
};

QString exportFormatKey(ExportFormat format);    // "xlsx", "csv", "csv-gbk"
QString exportFormatTitle(ExportFormat format);  // "Excel workbook (xlsx)", ...
QString exportFormatSuffix(ExportFormat format); // "xlsx" or "csv"
// "xlsx", "csv", "csv-gbk" as youfuctl takes them.
Result<ExportFormat> exportFormatFromKey(const QString& key);
// A small table already in memory (an import's issue list) as an ExportTable: every cell text,
// except the `identifierColumns`, kept as text in Excel (IDs typed by hand stay whole) and
// column 0 when `firstIsNumber` (a row number).
ExportTable textTable(const QString& title, const QString& subtitle, const QStringList& headers,
                      const QList<QStringList>& lines, const QList<int>& identifierColumns,
                      bool firstIsNumber);
// The format a file name asks for: .xlsx → xlsx, anything else → CSV (UTF-8 with BOM).
ExportFormat exportFormatForPath(const QString& path);
// Width of text in a spreadsheet column: CJK and full-width characters count double.
int exportTextWidth(const QString& text);

// A picture (a chart as PNG) placed on a workbook's sheet under its table.
struct ExportImage
{
    QByteArray png;
    double scale = 0.5; // of the PNG's pixels (a 200 dpi chart at 0.5 reads well in Excel)
};

// One sheet of a workbook: its tab name (at most 31 characters), its table and its charts.
struct ExportSheet
{
    QString name;
    ExportTable table;
    QList<ExportImage> images;
};

// Several sheets in one xlsx (a report: summary, units, staff, indicators, charts), written
// like exportTable: atomically, 0600, progress over all rows, cancel leaves no file. Returns
// the number of data rows written over all sheets.
Result<qint64> exportWorkbook(const QList<ExportSheet>& sheets, const QString& path,
                              const ExportOptions& options);

// Writes atomically (a temporary file beside `path`, 0600, renamed at the end); a cancel or
// an error leaves no file behind. Returns the number of data rows written.
Result<qint64> exportTable(const ExportTable& table, const QString& path,
                           const ExportOptions& options);

} // namespace youfu::core
