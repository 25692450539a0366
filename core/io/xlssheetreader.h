#pragma once

#include "io/sheet.h"

namespace youfu::core {

// The first worksheet of a legacy .xls workbook (BIFF5/8), read with FreeXL. FreeXL reads the
// whole workbook when it opens it and then answers cell by cell, so next() walks the rows of
// its table. FreeXL does not report merged cells: `SheetRow::merges` stays empty for .xls, and a
// merged caption is simply in its top-left cell with blank cells beside it. Nor does FreeXL give
// the cached result of a formula: such a cell reads as Empty (never as a wrong value), so a
// roster whose amounts are formulas should be saved as xlsx first.
class XlsSheetReader : public SheetReader
{
public:
    ~XlsSheetReader() override;
    static Result<std::unique_ptr<SheetReader>> open(const QString& path);

    QString formatName() const override { return QStringLiteral("xls"); }
    Result<bool> next(SheetRow& row) override;
    int progressPermille() const override;

private:
    XlsSheetReader() = default;

    const void* m_handle = nullptr;
    unsigned int m_rows = 0;
    unsigned short m_columns = 0;
    unsigned int m_nextRow = 0;
    bool m_sawCell = false;
};

} // namespace youfu::core
