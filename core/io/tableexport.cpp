#include "io/tableexport.h"

#include "common/isotime.h"
#include "report/atomicfile.h"
#include "report/csvwriter.h"

#include <QCoreApplication>
#include <QFile>
#include <QStringEncoder>

#include <xlsxwriter.h>

#include <algorithm>
#include <memory>

namespace youfu::core {

namespace {
class Tr
{
    Q_DECLARE_TR_FUNCTIONS(youfu::core::TableExport)
};

using Kind = ExportColumn::Kind;

constexpr qint64 kProgressEvery = 1000;
constexpr int kMaxWidth = 50;
constexpr int kMinWidth = 6;

Status cancelled()
{
    return Status::failure(Tr::tr("The export was cancelled. No file was written."));
}

bool isCancelled(const ExportOptions& o)
{
    return o.cancel && o.cancel->load();
}

void reportProgress(const ExportOptions& o, qint64 rows, qint64 expected)
{
    if (!o.progress || rows % kProgressEvery != 0)
        return;
    o.progress(expected > 0 ? int(qMin<qint64>(999, rows * 1000 / expected)) : 0);
}

QString exportedLine(const QDateTime& at)
{
    const QDateTime t = at.isValid() ? at.toLocalTime() : QDateTime::currentDateTime();
    return Tr::tr("Exported: %1 %2")
        .arg(chineseDate(t.date()), t.time().toString(QStringLiteral("HH:mm")));
}

QString moneyText(qint64 fen)
{
    const QString sign = fen < 0 ? QStringLiteral("-") : QString();
    const qint64 a = fen < 0 ? -fen : fen;
    return QStringLiteral("%1%2.%3").arg(sign).arg(a / 100).arg(a % 100, 2, 10, QLatin1Char('0'));
}

// The cell as text, for CSV and for measuring the column.
QString cellText(Kind kind, const QVariant& v)
{
    if (!v.isValid() || v.isNull())
        return QString();
    switch (kind) {
    case Kind::Date:
        return v.toDate().toString(QStringLiteral("yyyy-MM-dd"));
    case Kind::DateTime:
        return v.toDateTime().toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
    case Kind::Money:
        return moneyText(v.toLongLong());
    case Kind::Integer:
        return QString::number(v.toLongLong());
    case Kind::Tenths:
        return QString::number(v.toLongLong() / 10.0, 'f', 1);
    case Kind::Text:
    case Kind::Identifier:
        break;
    }
    return v.toString();
}

// A long run of digits that Excel would turn into 4.30581E+17 when it opens the CSV: a leading
// tab keeps it text (importers trim it).
QString csvIdentifier(const QString& id)
{
    if (id.size() < 12)
        return id;
    for (int i = 0; i < id.size(); ++i) {
        const QChar c = id.at(i);
        if (!c.isDigit() && !(i == id.size() - 1 && (c == u'X' || c == u'x')))
            return id;
    }
    return u'\t' + id;
}

// ---- CSV -------------------------------------------------------------------------------

Result<qint64> writeCsvTable(const ExportTable& table, const QString& path, const ExportOptions& o)
{
    const bool gbk = o.format == ExportFormat::CsvGbk;
    // GB18030 is GBK's superset: every character GBK has is written as GBK writes it, and the
    // rare ones outside GBK are kept instead of becoming "?".
    QStringEncoder encoder(gbk ? "GB18030" : "UTF-8");
    if (!encoder.isValid())
        return Status::failure(Tr::tr("This computer cannot write GBK text."));
    qint64 rows = 0;
    const Status s = writeFileAtomically(path, [&](QIODevice& out) -> Status {
        auto line = [&](const QStringList& cells) {
            QStringList fields;
            fields.reserve(cells.size());
            for (const QString& c : cells)
                fields << csvField(c);
            const QByteArray bytes = encoder.encode(fields.join(u',') + QStringLiteral("\r\n"));
            out.write(bytes);
        };
        if (!gbk)
            out.write(csvBom());
        QStringList header;
        for (const ExportColumn& c : table.columns)
            header << c.title;
        line(header);
        QVariantList row;
        QStringList cells;
        for (;;) {
            if (isCancelled(o))
                return cancelled();
            row.clear();
            auto more = table.next(row);
            if (!more)
                return more.status();
            if (!more.value())
                break;
            cells.clear();
            for (int i = 0; i < table.columns.size(); ++i) {
                const Kind kind = table.columns.at(i).kind;
                const QString text = cellText(kind, row.value(i));
                cells << (kind == Kind::Identifier ? csvIdentifier(text) : text);
            }
            line(cells);
            ++rows;
            reportProgress(o, rows, table.expectedRows);
        }
        if (o.beforeCommit)
            return o.beforeCommit(rows);
        return Status::success();
    });
    if (!s)
        return s;
    return rows;
}

// ---- xlsx ------------------------------------------------------------------------------

struct Formats
{
    lxw_format* title = nullptr;
    lxw_format* note = nullptr;
    lxw_format* header = nullptr;
    lxw_format* text = nullptr;
    lxw_format* date = nullptr;
    lxw_format* dateTime = nullptr;
    lxw_format* money = nullptr;
    lxw_format* integer = nullptr;
    lxw_format* tenths = nullptr;
};

Formats makeFormats(lxw_workbook* wb)
{
    Formats f;
    f.title = workbook_add_format(wb);
    format_set_bold(f.title);
    format_set_font_size(f.title, 16);
    format_set_align(f.title, LXW_ALIGN_CENTER);
    format_set_align(f.title, LXW_ALIGN_VERTICAL_CENTER);
    f.note = workbook_add_format(wb);
    f.header = workbook_add_format(wb);
    format_set_bold(f.header);
    format_set_bottom(f.header, LXW_BORDER_THIN);
    format_set_bg_color(f.header, 0xE8EEF4);
    f.text = workbook_add_format(wb);
    format_set_num_format(f.text, "@");
    f.date = workbook_add_format(wb);
    format_set_num_format(f.date, "yyyy-mm-dd");
    f.dateTime = workbook_add_format(wb);
    format_set_num_format(f.dateTime, "yyyy-mm-dd hh:mm:ss");
    f.money = workbook_add_format(wb);
    format_set_num_format(f.money, "0.00");
    f.integer = workbook_add_format(wb);
    format_set_num_format(f.integer, "0");
    f.tenths = workbook_add_format(wb);
    format_set_num_format(f.tenths, "0.0");
    return f;
}

Status xlsxError(lxw_error e)
{
    return Status::failure(
        Tr::tr("The Excel file could not be written: %1.").arg(QString::fromUtf8(lxw_strerror(e))));
}

Result<qint64> writeXlsxRows(const ExportTable& table, const ExportOptions& o, lxw_workbook* wb,
                             lxw_worksheet* ws)
{
    const Formats f = makeFormats(wb);
    const int cols = int(table.columns.size());
    const lxw_col_t last = lxw_col_t(qMax(0, cols - 1));
    QList<int> widths(cols, kMinWidth);
    lxw_row_t r = 0;
    auto banner = [&](const QString& text, lxw_format* format) {
        const QByteArray utf8 = text.toUtf8();
        if (cols > 1)
            worksheet_merge_range(ws, r, 0, r, last, utf8.constData(), format);
        else
            worksheet_write_string(ws, r, 0, utf8.constData(), format);
        ++r;
    };
    worksheet_set_row(ws, 0, 28, nullptr);
    banner(table.title, f.title);
    if (!table.subtitle.isEmpty())
        banner(table.subtitle, f.note);
    banner(exportedLine(o.exportedAt), f.note);
    const lxw_row_t headerRow = r;
    for (int c = 0; c < cols; ++c) {
        const QString& t = table.columns.at(c).title;
        worksheet_write_string(ws, r, lxw_col_t(c), t.toUtf8().constData(), f.header);
        widths[c] = qMax(widths[c], exportTextWidth(t) + 3); // room for the filter button
    }
    ++r;
    worksheet_freeze_panes(ws, r, 0);

    qint64 rows = 0;
    QVariantList row;
    for (;;) {
        if (isCancelled(o))
            return cancelled();
        row.clear();
        auto more = table.next(row);
        if (!more)
            return more.status();
        if (!more.value())
            break;
        for (int c = 0; c < cols; ++c) {
            const QVariant v = row.value(c);
            if (!v.isValid() || v.isNull())
                continue;
            const Kind kind = table.columns.at(c).kind;
            const lxw_col_t col = lxw_col_t(c);
            lxw_error e = LXW_NO_ERROR;
            switch (kind) {
            case Kind::Date: {
                const QDate d = v.toDate();
                if (!d.isValid())
                    continue;
                lxw_datetime dt = {d.year(), d.month(), d.day(), 0, 0, 0};
                e = worksheet_write_datetime(ws, r, col, &dt, f.date);
                break;
            }
            case Kind::DateTime: {
                const QDateTime t = v.toDateTime().toLocalTime();
                if (!t.isValid())
                    continue;
                lxw_datetime dt = {t.date().year(), t.date().month(),  t.date().day(),
                                   t.time().hour(), t.time().minute(), double(t.time().second())};
                e = worksheet_write_datetime(ws, r, col, &dt, f.dateTime);
                break;
            }
            case Kind::Money:
                e = worksheet_write_number(ws, r, col, double(v.toLongLong()) / 100.0, f.money);
                break;
            case Kind::Integer:
                e = worksheet_write_number(ws, r, col, double(v.toLongLong()), f.integer);
                break;
            case Kind::Tenths:
                e = worksheet_write_number(ws, r, col, double(v.toLongLong()) / 10.0, f.tenths);
                break;
            case Kind::Identifier:
            case Kind::Text: {
                const QString s = v.toString();
                if (s.isEmpty())
                    continue;
                e = worksheet_write_string(ws, r, col, s.left(32767).toUtf8().constData(),
                                           kind == Kind::Identifier ? f.text : nullptr);
                break;
            }
            }
            if (e != LXW_NO_ERROR)
                return xlsxError(e);
            widths[c] = qMax(widths[c], exportTextWidth(cellText(kind, v)) + 1);
        }
        ++r;
        ++rows;
        reportProgress(o, rows, table.expectedRows);
    }
    for (int c = 0; c < cols; ++c)
        worksheet_set_column(ws, lxw_col_t(c), lxw_col_t(c), qMin(widths[c], kMaxWidth), nullptr);
    worksheet_autofilter(ws, headerRow, 0, rows > 0 ? r - 1 : headerRow, last);
    return rows;
}

Result<qint64> writeXlsxTable(const ExportTable& table, const QString& path, const ExportOptions& o)
{
    qint64 rows = 0;
    const Status s = writeFileAtomicallyByName(path, [&](const QString& temp) -> Status {
        const QByteArray name = QFile::encodeName(temp);
        // Rows go straight to disk (a temporary file of libxlsxwriter's own) instead of
        // piling up in memory: 200,000 persons cost what 1,000 do.
        lxw_workbook_options options = {};
        options.constant_memory = LXW_TRUE;
        options.use_zip64 = LXW_TRUE;
        lxw_workbook* wb = workbook_new_opt(name.constData(), &options);
        if (!wb)
            return Status::failure(Tr::tr("The Excel file could not be started."));
        lxw_worksheet* ws = workbook_add_worksheet(wb, nullptr);
        auto written = ws ? writeXlsxRows(table, o, wb, ws)
                          : Result<qint64>::failure(Tr::tr("The Excel file could not be started."));
        const lxw_error closed = workbook_close(wb); // frees it, whatever happened
        if (!written)
            return written.status();
        if (closed != LXW_NO_ERROR)
            return xlsxError(closed);
        rows = written.value();
        if (o.beforeCommit)
            return o.beforeCommit(rows);
        return Status::success();
    });
    if (!s)
        return s;
    return rows;
}

Result<qint64> writeXlsxWorkbook(const QList<ExportSheet>& sheets, const QString& path,
                                 const ExportOptions& o)
{
    qint64 rows = 0;
    const Status s = writeFileAtomicallyByName(path, [&](const QString& temp) -> Status {
        const QByteArray name = QFile::encodeName(temp);
        // Report workbooks are small and carry pictures: kept in memory (no constant_memory).
        lxw_workbook_options options = {};
        options.use_zip64 = LXW_TRUE;
        lxw_workbook* wb = workbook_new_opt(name.constData(), &options);
        if (!wb)
            return Status::failure(Tr::tr("The Excel file could not be started."));
        Status result = Status::success();
        for (const ExportSheet& sheet : sheets) {
            const QByteArray tab = sheet.name.left(31).toUtf8();
            lxw_worksheet* ws =
                workbook_add_worksheet(wb, tab.isEmpty() ? nullptr : tab.constData());
            if (!ws) {
                result = Status::failure(Tr::tr("The Excel file could not be started."));
                break;
            }
            auto written = writeXlsxRows(sheet.table, o, wb, ws);
            if (!written) {
                result = written.status();
                break;
            }
            rows += written.value();
            // Pictures under the table, one after the other (about 20 rows each at 0.5).
            lxw_row_t at = lxw_row_t(written.value() + 5);
            for (const ExportImage& image : sheet.images) {
                lxw_image_options io = {};
                io.x_scale = image.scale;
                io.y_scale = image.scale;
                const lxw_error e = worksheet_insert_image_buffer_opt(
                    ws, at, 0, reinterpret_cast<const unsigned char*>(image.png.constData()),
                    size_t(image.png.size()), &io);
                if (e != LXW_NO_ERROR) {
                    result = xlsxError(e);
                    break;
                }
                at += lxw_row_t(30);
            }
            if (!result)
                break;
        }
        const lxw_error closed = workbook_close(wb); // frees it, whatever happened
        if (!result)
            return result;
        if (closed != LXW_NO_ERROR)
            return xlsxError(closed);
        if (o.beforeCommit)
            return o.beforeCommit(rows);
        return Status::success();
    });
    if (!s)
        return s;
    return rows;
}

} // namespace

int exportTextWidth(const QString& text)
{
    int width = 0;
    int lineWidth = 0;
    for (const QChar c : text) {
        if (c == u'\n') {
            width = qMax(width, lineWidth);
            lineWidth = 0;
            continue;
        }
        if (c.isLowSurrogate())
            continue;
        const char16_t u = c.unicode();
        const bool wide = (u >= 0x1100 && u <= 0x115F) || (u >= 0x2E80 && u <= 0xA4CF) ||
                          (u >= 0xAC00 && u <= 0xD7A3) || (u >= 0xF900 && u <= 0xFAFF) ||
                          (u >= 0xFE30 && u <= 0xFE4F) || (u >= 0xFF00 && u <= 0xFF60) ||
                          (u >= 0xFFE0 && u <= 0xFFE6) || c.isHighSurrogate();
        lineWidth += wide ? 2 : 1;
    }
    return qMax(width, lineWidth);
}

QString exportFormatKey(ExportFormat format)
{
    switch (format) {
    case ExportFormat::Xlsx:
        return QStringLiteral("xlsx");
    case ExportFormat::CsvUtf8Bom:
        return QStringLiteral("csv");
    case ExportFormat::CsvGbk:
        return QStringLiteral("csv-gbk");
    }
    return QString();
}

QString exportFormatTitle(ExportFormat format)
{
    switch (format) {
    case ExportFormat::Xlsx:
        return Tr::tr("Excel workbook (xlsx)");
    case ExportFormat::CsvUtf8Bom:
        return Tr::tr("CSV, UTF-8");
    case ExportFormat::CsvGbk:
        return Tr::tr("CSV, GBK (older Excel and WPS)");
    }
    return QString();
}

ExportTable textTable(const QString& title, const QString& subtitle, const QStringList& headers,
                      const QList<QStringList>& lines, const QList<int>& identifierColumns,
                      bool firstIsNumber)
{
    ExportTable t;
    t.title = title;
    t.subtitle = subtitle;
    for (int c = 0; c < headers.size(); ++c) {
        ExportColumn::Kind kind = ExportColumn::Kind::Text;
        if (identifierColumns.contains(c))
            kind = ExportColumn::Kind::Identifier;
        else if (c == 0 && firstIsNumber)
            kind = ExportColumn::Kind::Integer;
        t.columns.append({headers.at(c), kind});
    }
    t.expectedRows = lines.size();
    auto next = std::make_shared<int>(0);
    const auto kinds = t.columns;
    t.next = [lines, next, kinds](QVariantList& row) -> Result<bool> {
        if (*next >= lines.size())
            return false;
        const QStringList& line = lines.at((*next)++);
        for (int c = 0; c < kinds.size(); ++c) {
            const QString cell = line.value(c);
            if (kinds.at(c).kind == ExportColumn::Kind::Integer)
                row << QVariant(cell.toLongLong());
            else
                row << cell;
        }
        return true;
    };
    return t;
}

ExportFormat exportFormatForPath(const QString& path)
{
    return path.endsWith(QLatin1String(".xlsx"), Qt::CaseInsensitive) ? ExportFormat::Xlsx
                                                                      : ExportFormat::CsvUtf8Bom;
}

QString exportFormatSuffix(ExportFormat format)
{
    return format == ExportFormat::Xlsx ? QStringLiteral("xlsx") : QStringLiteral("csv");
}

Result<ExportFormat> exportFormatFromKey(const QString& key)
{
    for (ExportFormat f : {ExportFormat::Xlsx, ExportFormat::CsvUtf8Bom, ExportFormat::CsvGbk})
        if (exportFormatKey(f) == key.trimmed().toLower())
            return f;
    return Status::failure(Tr::tr("Unknown format “%1”: use xlsx, csv or csv-gbk.").arg(key));
}

Result<qint64> exportTable(const ExportTable& table, const QString& path,
                           const ExportOptions& options)
{
    if (table.columns.isEmpty() || !table.next)
        return Status::failure(Tr::tr("There is nothing to export."));
    if (options.progress)
        options.progress(0);
    auto rows = options.format == ExportFormat::Xlsx ? writeXlsxTable(table, path, options)
                                                     : writeCsvTable(table, path, options);
    if (rows && options.progress)
        options.progress(1000);
    return rows;
}

Result<qint64> exportWorkbook(const QList<ExportSheet>& sheets, const QString& path,
                              const ExportOptions& options)
{
    return writeXlsxWorkbook(sheets, path, options);
}

} // namespace youfu::core
