#pragma once

#include "io/sheet.h"

#include <QDate>
#include <QString>

// Helpers shared by the sheet readers: how Excel turns a stored value into what it shows, and
// the messages every reader gives for the same trouble.
namespace youfu::core {

// An Excel serial day number as a date: the 1900 system (serial 1 = 1900-01-01, with Lotus's
// phantom 1900-02-29 as serial 60, which gives an invalid date) or the 1904 system (serial 0 =
// 1904-01-01). The time of day (the fraction) is dropped. Invalid for serials below the first
// day or beyond 9999-12-31.
QDate excelSerialToDate(double serial, bool date1904);

// A number as Excel's "General" format shows it in a wide column: integers without ".0", at
// most 11 characters, otherwise scientific with six significant digits ("4.30581E+17").
QString excelGeneralNumber(double value);

// A number under a simple fixed format ("0", "0.00", "#,##0.00", "0%"); empty when the format
// is not one of those (the caller then shows it as General).
QString excelFormattedNumber(double value, const QString& formatCode);

// Whether a number format shows a date: Excel's built-in ids 14–22 and 45–47, or a format code
// with y, m, d or h outside quotes, brackets and backslash escapes.
bool isBuiltinDateFormat(int numFmtId);
bool isDateFormatCode(const QString& formatCode);

// "AB12" → column 27 (0-based) and row 12; false when `ref` is not a cell reference.
bool parseSheetCellRef(QStringView ref, int* column, int* row);

// Cells made the same way by every reader.
SheetCell sheetTextCell(const QString& text);
SheetCell sheetNumberCell(double value, const QString& shown);
// `serial` is the 1900-system serial (xls and ISO cells: days since 1899-12-30).
SheetCell sheetDateCell(const QDate& date, double serial);

// The clerk's words, shared by all readers.
QString sheetCorruptMessage();
QString sheetPasswordMessage();
QString sheetEmptyMessage();

} // namespace youfu::core
