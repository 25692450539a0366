#pragma once

#include "common/result.h"

#include <QDate>
#include <QList>
#include <QString>

#include <functional>
#include <memory>

namespace youfu::core {

// One cell of a spreadsheet as the reader found it. `shown` is the text as Excel/WPS would
// display it (what the clerk sees and what reports quote); the typed value is set by kind.
struct SheetCell
{
    enum class Kind
    {
        Empty,
        Text,
        Number,
        Date,
        Boolean,
        Error
    };
    Kind kind = Kind::Empty;
    QString shown;     // display text ("4.30581E+17", "1952-03-01", "是"); empty for Empty
    QString text;      // Text: the string as stored
    double number = 0; // Number (also the serial of a Date whose style was not a date style)
    QDate date;        // Date: a number cell whose style is a date format, converted
    bool boolean = false;

    bool isEmpty() const
    {
        return kind == Kind::Empty || (kind == Kind::Text && text.trimmed().isEmpty());
    }
};

// One row: its number as Excel shows it (1-based, blank rows keep their numbers: the reader
// never renumbers), and its cells from column A (index 0). A merged range's caption is in its
// top-left cell only; `merges` lists the column spans merged on this row (first, last), so a
// two-level header can be recognised. A range covering several rows is listed on each of them
// (A1:A2 gives (0, 0) on rows 1 and 2): the caption is in the top row. Only xlsx reports merges
// (FreeXL does not read them from .xls; a CSV has none).
struct SheetRow
{
    int number = 0;
    QList<SheetCell> cells;
    QList<QPair<int, int>> merges;
};

// Reads a sheet row by row, streaming: never the whole sheet in memory.
class SheetReader
{
public:
    virtual ~SheetReader() = default;
    // "xlsx", "xls" or "csv (GB18030, tab)" for the preview.
    virtual QString formatName() const = 0;
    // The next row into `row`; false at the end. An error (corrupt zip, bad XML…) is in the
    // clerk's words and names the row/part.
    virtual Result<bool> next(SheetRow& row) = 0;
    // For a progress bar: how far through the input (0…1000).
    virtual int progressPermille() const = 0;
};

// Files larger than this are refused before anything is read (a county roster is a few MB).
constexpr qint64 kMaxSheetFileBytes = 200LL * 1024 * 1024;

// Opens the first worksheet of `path`, the format detected from the content (zip → xlsx,
// OLE2 → xls, otherwise text: UTF-8 with/without BOM or GB18030; delimiter , \t ;).
Result<std::unique_ptr<SheetReader>> openSheet(const QString& path);

} // namespace youfu::core
