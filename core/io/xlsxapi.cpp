#include "io/xlsxapi.h"

#include <QString>

namespace youfu::core {

namespace {
struct Loaded
{
    XlsxApi api;
    QString error;
};

Loaded load()
{
    Loaded l;
#define YOUFU_XLSX_FN(name) l.api.name = &::name;
    YOUFU_XLSX_FN(workbook_new_opt)
    YOUFU_XLSX_FN(workbook_add_worksheet)
    YOUFU_XLSX_FN(workbook_add_format)
    YOUFU_XLSX_FN(workbook_close)
    YOUFU_XLSX_FN(format_set_bold)
    YOUFU_XLSX_FN(format_set_font_size)
    YOUFU_XLSX_FN(format_set_align)
    YOUFU_XLSX_FN(format_set_bottom)
    YOUFU_XLSX_FN(format_set_bg_color)
    YOUFU_XLSX_FN(format_set_num_format)
    YOUFU_XLSX_FN(worksheet_merge_range)
    YOUFU_XLSX_FN(worksheet_write_string)
    YOUFU_XLSX_FN(worksheet_write_number)
    YOUFU_XLSX_FN(worksheet_write_datetime)
    YOUFU_XLSX_FN(worksheet_set_row)
    YOUFU_XLSX_FN(worksheet_set_column)
    YOUFU_XLSX_FN(worksheet_freeze_panes)
    YOUFU_XLSX_FN(worksheet_autofilter)
    YOUFU_XLSX_FN(lxw_strerror)
#undef YOUFU_XLSX_FN
    return l;
}
} // namespace

Result<const XlsxApi*> xlsxApi()
{
    static const Loaded loaded = load();
    if (!loaded.error.isEmpty())
        return Status::failure(loaded.error);
    return &loaded.api;
}

} // namespace youfu::core
