#include "io/xlssheetreader.h"

#include "io/sheetvalue.h"

#include <QCoreApplication>
#include <QFile>

#include <freexl.h>

namespace youfu::core {

namespace {
class Tr
{
    Q_DECLARE_TR_FUNCTIONS(youfu::core::SheetReader)
};
} // namespace

XlsSheetReader::~XlsSheetReader()
{
    if (m_handle)
        freexl_close(m_handle);
}

Result<std::unique_ptr<SheetReader>> XlsSheetReader::open(const QString& path)
{
    std::unique_ptr<XlsSheetReader> reader(new XlsSheetReader);
    const QByteArray native = QFile::encodeName(path);
    const int opened = freexl_open(native.constData(), &reader->m_handle);
    if (opened != FREEXL_OK) {
        // FreeXL stops at an encrypted (password) workbook with a BIFF error; say which.
        unsigned int info = 0;
        if (reader->m_handle &&
            freexl_get_info(reader->m_handle, FREEXL_BIFF_PASSWORD, &info) == FREEXL_OK &&
            info == FREEXL_BIFF_OBFUSCATED)
            return Status::failure(sheetPasswordMessage());
        return Status::failure(sheetCorruptMessage());
    }
    unsigned int info = 0;
    if (freexl_get_info(reader->m_handle, FREEXL_BIFF_PASSWORD, &info) == FREEXL_OK &&
        info == FREEXL_BIFF_OBFUSCATED)
        return Status::failure(sheetPasswordMessage());
    unsigned int sheets = 0;
    if (freexl_get_info(reader->m_handle, FREEXL_BIFF_SHEET_COUNT, &sheets) != FREEXL_OK ||
        sheets == 0)
        return Status::failure(sheetEmptyMessage());
    if (freexl_select_active_worksheet(reader->m_handle, 0) != FREEXL_OK ||
        freexl_worksheet_dimensions(reader->m_handle, &reader->m_rows, &reader->m_columns) !=
            FREEXL_OK)
        return Status::failure(sheetCorruptMessage());
    return std::unique_ptr<SheetReader>(std::move(reader));
}

int XlsSheetReader::progressPermille() const
{
    if (m_rows == 0)
        return 1000;
    return int(qint64(m_nextRow) * 1000 / m_rows);
}

Result<bool> XlsSheetReader::next(SheetRow& row)
{
    row = SheetRow();
    while (m_nextRow < m_rows) {
        const unsigned int r = m_nextRow++;
        row.number = int(r) + 1;
        row.cells.clear();
        for (unsigned short c = 0; c < m_columns; ++c) {
            FreeXL_CellValue v;
            if (freexl_get_cell_value(m_handle, r, c, &v) != FREEXL_OK)
                return Status::failure(sheetCorruptMessage() + QLatin1Char(' ') +
                                       Tr::tr("(row %1 cannot be read)").arg(row.number));
            SheetCell cell;
            switch (v.type) {
            case FREEXL_CELL_INT:
                cell = sheetNumberCell(v.value.int_value, QString());
                break;
            case FREEXL_CELL_DOUBLE:
                cell = sheetNumberCell(v.value.double_value, QString());
                break;
            case FREEXL_CELL_TEXT:
            case FREEXL_CELL_SST_TEXT:
                cell = sheetTextCell(QString::fromUtf8(v.value.text_value));
                break;
            case FREEXL_CELL_DATE:
            case FREEXL_CELL_DATETIME: {
                const QString text = QString::fromUtf8(v.value.text_value);
                const QDate d = QDate::fromString(text.left(10), Qt::ISODate);
                cell = d.isValid() ? sheetDateCell(d, double(QDate(1899, 12, 30).daysTo(d)))
                                   : sheetTextCell(text);
                break;
            }
            case FREEXL_CELL_TIME:
                cell = sheetTextCell(QString::fromUtf8(v.value.text_value));
                break;
            default:
                break;
            }
            if (cell.kind == SheetCell::Kind::Empty)
                continue;
            while (row.cells.size() < int(c))
                row.cells.append(SheetCell());
            row.cells.append(cell);
            m_sawCell = true;
        }
        // Like xlsx, a row with nothing in it is not reported: FreeXL cannot tell a row that
        // was never written from one that was cleared.
        if (row.cells.isEmpty())
            continue;
        return true;
    }
    if (!m_sawCell)
        return Status::failure(sheetEmptyMessage());
    return false;
}

} // namespace youfu::core
