#pragma once

#include "common/result.h"

#include <xlsxwriter.h>

namespace youfu::core {

// libxlsxwriter's functions, reached through this table (linked directly). The program never
// links QuaZip: it exports minizip's zipOpen…/unz… under the same names with other meanings, and
// libxlsxwriter would then run QuaZip's and crash; xlsx files are read through io/ziparchive.h.
struct XlsxApi
{
#define YOUFU_XLSX_FN(name) decltype(&::name) name = nullptr;
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
};

// The table, loaded once; an error when the library cannot be found on this computer.
Result<const XlsxApi*> xlsxApi();

} // namespace youfu::core
