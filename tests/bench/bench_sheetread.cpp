// Reads a 200,000-row roster as xlsx (written by libxlsxwriter) and as CSV (UTF-8 and GB18030)
// and prints the read time of each and the peak memory (VmHWM) of the process:
//   cmake --build build --target bench_sheetread && build/tests/bench_sheetread [rows]
#include "io/sheet.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QStringEncoder>
#include <QTemporaryDir>
#include <QTextStream>

#include <xlsxwriter.h>

#include <cstdio>

using namespace youfu::core;

namespace {

QString peakMemory()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return QStringLiteral("?");
    for (const QByteArray& line : status.readAll().split('\n'))
        if (line.startsWith("VmHWM:"))
            return QString::fromLatin1(line.mid(6).trimmed());
    return QStringLiteral("?");
}

QString idFor(int i)
{
    return QStringLiteral("43058119%1%2")
        .arg(50 + i % 40)
        .arg(i % 100000000, 8, 10, QLatin1Char('0'));
}

void writeXlsx(const QString& path, int rows)
{
    lxw_workbook_options options = {LXW_TRUE, nullptr, LXW_TRUE};
    lxw_workbook* wb = workbook_new_opt(QFile::encodeName(path).constData(), &options);
    lxw_worksheet* ws = workbook_add_worksheet(wb, nullptr);
    lxw_format* date = workbook_add_format(wb);
    format_set_num_format(date, "yyyy-mm-dd");
    const char* header[] = {"序号", "姓名",     "公民身份号码", "出生日期",
                            "乡镇", "优抚类别", "年抚恤金",     "住址"};
    for (int c = 0; c < 8; ++c)
        worksheet_write_string(ws, 0, lxw_col_t(c), header[c], nullptr);
    for (int i = 1; i <= rows; ++i) {
        worksheet_write_number(ws, lxw_row_t(i), 0, i, nullptr);
        worksheet_write_string(ws, lxw_row_t(i), 1,
                               QStringLiteral("张%1").arg(i).toUtf8().constData(), nullptr);
        worksheet_write_string(ws, lxw_row_t(i), 2, idFor(i).toUtf8().constData(), nullptr);
        lxw_datetime d = {1950 + i % 40, 1 + i % 12, 1 + i % 28, 0, 0, 0};
        worksheet_write_datetime(ws, lxw_row_t(i), 3, &d, date);
        worksheet_write_string(ws, lxw_row_t(i), 4, "龙溪镇", nullptr);
        worksheet_write_string(ws, lxw_row_t(i), 5, "残疾军人", nullptr);
        worksheet_write_number(ws, lxw_row_t(i), 6, 10200.5 + i % 100, nullptr);
        worksheet_write_string(ws, lxw_row_t(i), 7, "湖南省武冈市龙溪镇青山村三组", nullptr);
    }
    workbook_close(wb);
}

void writeCsv(const QString& path, int rows, bool gb18030)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return;
    QStringEncoder encoder =
        gb18030 ? QStringEncoder("GB18030") : QStringEncoder(QStringEncoder::Utf8);
    QString text =
        QStringLiteral("序号,姓名,公民身份号码,出生日期,乡镇,优抚类别,年抚恤金,住址\r\n");
    for (int i = 1; i <= rows; ++i) {
        text +=
            QStringLiteral(
                "%1,张%1,%2,%3-%4-%5,龙溪镇,残疾军人,\"10,%6.50\",湖南省武冈市龙溪镇青山村三组\r\n")
                .arg(i)
                .arg(idFor(i))
                .arg(1950 + i % 40)
                .arg(1 + i % 12, 2, 10, QLatin1Char('0'))
                .arg(1 + i % 28, 2, 10, QLatin1Char('0'))
                .arg(200 + i % 100);
        if (text.size() > (1 << 20)) {
            file.write(encoder(text));
            text.clear();
        }
    }
    file.write(encoder(text));
}

void readAndReport(const QString& label, const QString& path)
{
    QElapsedTimer timer;
    timer.start();
    auto opened = openSheet(path);
    if (!opened) {
        std::printf("%-22s error: %s\n", qPrintable(label), qPrintable(opened.error()));
        return;
    }
    auto reader = opened.takeValue();
    SheetRow row;
    qint64 rows = 0, cells = 0;
    while (true) {
        const auto more = reader->next(row);
        if (!more) {
            std::printf("%-22s error: %s\n", qPrintable(label), qPrintable(more.error()));
            return;
        }
        if (!*more)
            break;
        ++rows;
        cells += row.cells.size();
    }
    std::printf("%-22s %-26s %7lld rows %8lld cells %6lld ms  %lld MB  peak RSS so far %s\n",
                qPrintable(label), qPrintable(reader->formatName()), rows, cells, timer.elapsed(),
                QFile(path).size() / (1024 * 1024), qPrintable(peakMemory()));
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    const int rows = argc > 1 ? QByteArray(argv[1]).toInt() : 200000;
    QTemporaryDir dir;
    const QString xlsx = dir.filePath(QStringLiteral("roster.xlsx"));
    const QString csv = dir.filePath(QStringLiteral("roster.csv"));
    const QString gbk = dir.filePath(QStringLiteral("roster-gbk.csv"));
    QElapsedTimer timer;
    timer.start();
    writeXlsx(xlsx, rows);
    writeCsv(csv, rows, false);
    writeCsv(gbk, rows, true);
    std::printf("wrote %d rows as xlsx and CSV in %lld ms; peak RSS %s\n", rows, timer.elapsed(),
                qPrintable(peakMemory()));
    readAndReport(QStringLiteral("csv UTF-8"), csv);
    readAndReport(QStringLiteral("csv GB18030"), gbk);
    readAndReport(QStringLiteral("xlsx"), xlsx);
    return 0;
}
