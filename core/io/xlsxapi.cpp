#include "io/xlsxapi.h"

#include <QCoreApplication>
#include <QString>

#if defined(Q_OS_LINUX) && !defined(YOUFU_XLSX_LINKED)
#include <dlfcn.h>
#define YOUFU_XLSX_DLOPEN 1
#endif

namespace youfu::core {

namespace {
class Tr
{
    Q_DECLARE_TR_FUNCTIONS(youfu::core::TableExport)
};

struct Loaded
{
    XlsxApi api;
    QString error;
};

Loaded load()
{
    Loaded l;
#ifdef YOUFU_XLSX_DLOPEN
    // AddressSanitizer refuses RTLD_DEEPBIND; its builds load the library plainly.
#ifdef __SANITIZE_ADDRESS__
    constexpr int kMode = RTLD_NOW | RTLD_LOCAL;
#else
    constexpr int kMode = RTLD_NOW | RTLD_LOCAL | RTLD_DEEPBIND;
#endif
    void* handle = nullptr;
    for (const char* name :
         {"libxlsxwriter.so.4", "libxlsxwriter.so.5", "libxlsxwriter.so.6", "libxlsxwriter.so"}) {
        handle = dlopen(name, kMode);
        if (handle)
            break;
    }
    if (!handle) {
        l.error = Tr::tr("Excel files cannot be written: the library libxlsxwriter is not "
                         "installed. Export to CSV instead, or ask for Youfu to be reinstalled.");
        return l;
    }
#define YOUFU_XLSX_FN(name)                                                                        \
    l.api.name = reinterpret_cast<decltype(&::name)>(dlsym(handle, #name));                        \
    if (!l.api.name) {                                                                             \
        l.error = Tr::tr("Excel files cannot be written: the installed libxlsxwriter lacks %1.")   \
                      .arg(QLatin1String(#name));                                                  \
        return l;                                                                                  \
    }
#else
#define YOUFU_XLSX_FN(name) l.api.name = &::name;
#endif
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
