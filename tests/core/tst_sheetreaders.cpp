// The sheet readers (core/io/sheet.h): every kind of cell of every format, as the clerk would
// see it in Excel, and a clean error (never a crash) for damaged files.
#include "io/sheet.h"
#include "io/sheetvalue.h"

#include <QFile>
#include <QFileInfo>
#include <QMap>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QtTest>

#include <xlsxwriter.h>

using namespace youfu::core;
using Kind = SheetCell::Kind;

namespace {

lxw_datetime day(int y, int m, int d)
{
    return lxw_datetime{y, m, d, 0, 0, 0};
}

// The xlsx corpus, written by libxlsxwriter (shared strings, a rich string, numbers, dates in
// several formats, formulas with cached values, booleans, a two-level merged header, an ID typed
// as a number and as text, blank rows).
void writeGeneratedXlsx(const QString& path)
{
    lxw_workbook* wb = workbook_new(QFile::encodeName(path).constData());
    lxw_worksheet* ws = workbook_add_worksheet(wb, "花名册");
    lxw_format* iso = workbook_add_format(wb);
    format_set_num_format(iso, "yyyy-mm-dd");
    lxw_format* chinese = workbook_add_format(wb);
    format_set_num_format(chinese, "yyyy\"年\"m\"月\"d\"日\"");
    lxw_format* builtin14 = workbook_add_format(wb);
    format_set_num_format_index(builtin14, 14);
    lxw_format* slashes = workbook_add_format(wb);
    format_set_num_format(slashes, "[$-804]yyyy/m/d;@");
    lxw_format* money = workbook_add_format(wb);
    format_set_num_format(money, "#,##0.00");
    lxw_format* quotedD = workbook_add_format(wb);
    format_set_num_format(quotedD, "0\"d\"");
    lxw_format* bold = workbook_add_format(wb);
    format_set_bold(bold);

    worksheet_merge_range(ws, 0, 0, 0, 6, "某县优抚对象花名册", bold);
    worksheet_merge_range(ws, 1, 0, 2, 0, "序号", bold);
    worksheet_merge_range(ws, 1, 1, 2, 1, "姓名", bold);
    worksheet_merge_range(ws, 1, 2, 1, 3, "身份信息", bold);
    worksheet_write_string(ws, 2, 2, "公民身份号码", bold);
    worksheet_write_string(ws, 2, 3, "出生日期", bold);
    worksheet_merge_range(ws, 1, 4, 2, 4, "年抚恤金", bold);
    worksheet_merge_range(ws, 1, 5, 2, 5, "入伍时间", bold);
    worksheet_merge_range(ws, 1, 6, 2, 6, "在乡", bold);

    worksheet_write_number(ws, 3, 0, 1, nullptr);
    worksheet_write_string(ws, 3, 1, "张建国", nullptr);
    worksheet_write_string(ws, 3, 2, "430581195803120017", nullptr);
    lxw_datetime d1 = day(1958, 3, 12);
    worksheet_write_datetime(ws, 3, 3, &d1, iso);
    worksheet_write_number(ws, 3, 4, 10200.5, money);
    lxw_datetime d2 = day(1976, 12, 1);
    worksheet_write_datetime(ws, 3, 5, &d2, chinese);
    worksheet_write_boolean(ws, 3, 6, 1, nullptr);

    worksheet_write_number(ws, 4, 0, 2, nullptr);
    char liText[] = "李";
    char siText[] = "四";
    lxw_rich_string_tuple li = {nullptr, liText};
    lxw_rich_string_tuple si = {bold, siText};
    lxw_rich_string_tuple* name[] = {&li, &si, nullptr};
    worksheet_write_rich_string(ws, 4, 1, name, nullptr);
    worksheet_write_number(ws, 4, 2, 430581195803120017.0, nullptr);
    lxw_datetime d3 = day(1952, 3, 1);
    worksheet_write_datetime(ws, 4, 3, &d3, builtin14);
    worksheet_write_formula_num(ws, 4, 4, "=E4*2", nullptr, 20401);
    lxw_datetime d4 = day(1970, 12, 31);
    worksheet_write_datetime(ws, 4, 5, &d4, slashes);
    worksheet_write_boolean(ws, 4, 6, 0, nullptr);

    // Rows 6 and 7 are never written: blank rows keep Excel's numbers around them.
    worksheet_write_string(ws, 7, 0, "合计", nullptr);
    worksheet_write_formula_str(ws, 7, 1, "=\"共\"&\"2人\"", nullptr, "共2人");
    worksheet_write_formula_num(ws, 7, 4, "=SUM(E4:E5)", money, 30601.5);
    worksheet_write_number(ws, 7, 7, 0.1 + 0.2, nullptr);
    worksheet_write_number(ws, 7, 8, 123456789012.0, nullptr);
    worksheet_write_number(ws, 7, 9, 12345678901.0, nullptr);
    worksheet_write_number(ws, 7, 10, -1.5, nullptr);
    worksheet_write_number(ws, 7, 11, 59, iso);
    worksheet_write_number(ws, 7, 12, 61, iso);
    worksheet_write_number(ws, 7, 13, 60, iso);
    worksheet_write_number(ws, 7, 14, 5, quotedD);
    worksheet_write_formula(ws, 7, 15, "=A1", nullptr);
    workbook_close(wb);
}

// constant_memory mode: every string is an inline string (<is><t>).
void writeInlineXlsx(const QString& path)
{
    lxw_workbook_options options = {LXW_TRUE, nullptr, LXW_FALSE};
    lxw_workbook* wb = workbook_new_opt(QFile::encodeName(path).constData(), &options);
    lxw_worksheet* ws = workbook_add_worksheet(wb, nullptr);
    worksheet_write_string(ws, 0, 0, "姓名", nullptr);
    worksheet_write_string(ws, 0, 1, "公民身份号码", nullptr);
    worksheet_write_string(ws, 1, 0, "张建国", nullptr);
    worksheet_write_string(ws, 1, 1, "430581195803120017", nullptr);
    worksheet_write_string(ws, 3, 1, "  王 五 ", nullptr);
    workbook_close(wb);
}

QString valueOf(const SheetCell& c)
{
    switch (c.kind) {
    case Kind::Empty:
        return {};
    case Kind::Text:
        return c.text;
    case Kind::Number:
        return QString::number(c.number, 'g', QLocale::FloatingPointShortest);
    case Kind::Date:
        return c.date.toString(Qt::ISODate);
    case Kind::Boolean:
        return c.boolean ? QStringLiteral("true") : QStringLiteral("false");
    case Kind::Error:
        return c.shown;
    }
    return {};
}

} // namespace

class TestSheetReaders : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    QString path(const QString& name) const
    {
        if (name.startsWith(QLatin1String("gen-")))
            return m_dir.filePath(name);
        return QFINDTESTDATA(QStringLiteral("data/roster/readers/") + name);
    }

    // Every row of a file by its number; fails the test on an error.
    QMap<int, SheetRow> readAll(const QString& name, QString* format = nullptr)
    {
        QMap<int, SheetRow> rows;
        auto opened = openSheet(path(name));
        if (!opened) {
            qWarning("%s: %s", qPrintable(name), qPrintable(opened.error()));
            return rows;
        }
        auto reader = opened.takeValue();
        if (format)
            *format = reader->formatName();
        SheetRow row;
        while (true) {
            const auto more = reader->next(row);
            if (!more) {
                qWarning("%s: %s", qPrintable(name), qPrintable(more.error()));
                break;
            }
            if (!*more)
                break;
            rows.insert(row.number, row);
        }
        if (qEnvironmentVariableIsSet("YOUFU_SHEET_DUMP"))
            for (const auto& r : std::as_const(rows))
                for (int c = 0; c < r.cells.size(); ++c)
                    qDebug() << name << r.number << c << int(r.cells[c].kind) << r.cells[c].shown
                             << valueOf(r.cells[c]);
        return rows;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        writeGeneratedXlsx(m_dir.filePath(QStringLiteral("gen-shared.xlsx")));
        writeInlineXlsx(m_dir.filePath(QStringLiteral("gen-inline.xlsx")));
    }

    void cells_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<int>("row");
        QTest::addColumn<int>("column");
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("shown");
        QTest::addColumn<QString>("value");
        auto add = [](const char* tag, const char* file, int row, int col, Kind kind,
                      const QString& shown, const QString& value) {
            QTest::newRow(tag) << QString::fromLatin1(file) << row << col << int(kind) << shown
                               << value;
        };
        const QString id = QStringLiteral("430581195803120017");
        // libxlsxwriter
        add("gen title", "gen-shared.xlsx", 1, 0, Kind::Text, "某县优抚对象花名册",
            "某县优抚对象花名册");
        add("gen group caption", "gen-shared.xlsx", 2, 2, Kind::Text, "身份信息", "身份信息");
        add("gen covered cell", "gen-shared.xlsx", 2, 3, Kind::Empty, "", "");
        add("gen sub header", "gen-shared.xlsx", 3, 2, Kind::Text, "公民身份号码", "公民身份号码");
        add("gen integer", "gen-shared.xlsx", 4, 0, Kind::Number, "1", "1");
        add("gen id as text", "gen-shared.xlsx", 4, 2, Kind::Text, id, id);
        add("gen iso date", "gen-shared.xlsx", 4, 3, Kind::Date, "1958-03-12", "1958-03-12");
        add("gen money", "gen-shared.xlsx", 4, 4, Kind::Number, "10,200.50", "10200.5");
        add("gen chinese date", "gen-shared.xlsx", 4, 5, Kind::Date, "1976-12-01", "1976-12-01");
        add("gen true", "gen-shared.xlsx", 4, 6, Kind::Boolean, "TRUE", "true");
        add("gen rich text", "gen-shared.xlsx", 5, 1, Kind::Text, "李四", "李四");
        add("gen id as number", "gen-shared.xlsx", 5, 2, Kind::Number, "4.30581E+17",
            "430581195803120000");
        add("gen built-in date 14", "gen-shared.xlsx", 5, 3, Kind::Date, "1952-03-01",
            "1952-03-01");
        add("gen formula cached", "gen-shared.xlsx", 5, 4, Kind::Number, "20401", "20401");
        add("gen bracketed locale date", "gen-shared.xlsx", 5, 5, Kind::Date, "1970-12-31",
            "1970-12-31");
        add("gen false", "gen-shared.xlsx", 5, 6, Kind::Boolean, "FALSE", "false");
        add("gen total", "gen-shared.xlsx", 8, 0, Kind::Text, "合计", "合计");
        add("gen formula string", "gen-shared.xlsx", 8, 1, Kind::Text, "共2人", "共2人");
        add("gen formula money", "gen-shared.xlsx", 8, 4, Kind::Number, "30,601.50", "30601.5");
        add("gen 0.1+0.2", "gen-shared.xlsx", 8, 7, Kind::Number, "0.3", "0.3");
        add("gen 12 digits", "gen-shared.xlsx", 8, 8, Kind::Number, "1.23457E+11", "123456789012");
        add("gen 11 digits", "gen-shared.xlsx", 8, 9, Kind::Number, "12345678901", "12345678901");
        add("gen negative", "gen-shared.xlsx", 8, 10, Kind::Number, "-1.5", "-1.5");
        add("gen serial 59", "gen-shared.xlsx", 8, 11, Kind::Date, "1900-02-28", "1900-02-28");
        add("gen serial 61", "gen-shared.xlsx", 8, 12, Kind::Date, "1900-03-01", "1900-03-01");
        add("gen phantom 1900-02-29", "gen-shared.xlsx", 8, 13, Kind::Number, "60", "60");
        add("gen quoted d is no date", "gen-shared.xlsx", 8, 14, Kind::Number, "5", "5");
        // libxlsxwriter stores 0 as the value of a formula written without one
        add("gen formula without value", "gen-shared.xlsx", 8, 15, Kind::Number, "0", "0");
        add("inline header", "gen-inline.xlsx", 1, 1, Kind::Text, "公民身份号码", "公民身份号码");
        add("inline id", "gen-inline.xlsx", 2, 1, Kind::Text, id, id);
        add("inline padded", "gen-inline.xlsx", 4, 1, Kind::Text, "  王 五 ", "  王 五 ");
        // LibreOffice
        add("lo title", "lo-saved.xlsx", 1, 0, Kind::Text, "某县优抚对象花名册",
            "某县优抚对象花名册");
        add("lo group caption", "lo-saved.xlsx", 2, 2, Kind::Text, "身份信息", "身份信息");
        add("lo id text", "lo-saved.xlsx", 4, 2, Kind::Text, id, id);
        add("lo date", "lo-saved.xlsx", 4, 3, Kind::Date, "1958-03-12", "1958-03-12");
        add("lo chinese date", "lo-saved.xlsx", 4, 5, Kind::Date, "1976-12-01", "1976-12-01");
        add("lo decimal", "lo-saved.xlsx", 4, 4, Kind::Number, "10200.5", "10200.5");
        add("lo id number", "lo-saved.xlsx", 5, 2, Kind::Number, "4.30581E+17",
            "430581195803120000");
        add("lo formula", "lo-saved.xlsx", 5, 4, Kind::Number, "20401", "20401");
        add("lo error", "lo-saved.xlsx", 7, 5, Kind::Error, "#DIV/0!", "#DIV/0!");
        add("xls title", "lo-saved.xls", 1, 0, Kind::Text, "某县优抚对象花名册",
            "某县优抚对象花名册");
        add("xls sub header", "lo-saved.xls", 3, 3, Kind::Text, "出生日期", "出生日期");
        add("xls id text", "lo-saved.xls", 4, 2, Kind::Text, id, id);
        add("xls date", "lo-saved.xls", 4, 3, Kind::Date, "1958-03-12", "1958-03-12");
        add("xls chinese date", "lo-saved.xls", 4, 5, Kind::Date, "1976-12-01", "1976-12-01");
        add("xls decimal", "lo-saved.xls", 4, 4, Kind::Number, "10200.5", "10200.5");
        add("xls id number", "lo-saved.xls", 5, 2, Kind::Number, "4.30581E+17",
            "430581195803120000");
        // FreeXL does not give the cached result of a formula: the cell reads as empty (the
        // import then says the cell is empty rather than taking a wrong value).
        add("xls formula", "lo-saved.xls", 5, 4, Kind::Empty, "", "");
        add("xls total label", "lo-saved.xls", 7, 0, Kind::Text, "合计", "合计");
        // CSV
        add("utf8 title", "utf8.csv", 1, 0, Kind::Text, "某县优抚对象花名册", "某县优抚对象花名册");
        add("utf8 quoted comma", "utf8.csv", 3, 4, Kind::Text, "10,200元", "10,200元");
        add("utf8 id", "utf8.csv", 3, 2, Kind::Text, id, id);
        add("utf8 yuan sign", "utf8.csv", 4, 4, Kind::Text, "￥10200", "￥10200");
        add("utf8 total", "utf8.csv", 6, 0, Kind::Text, "合计", "合计");
        add("bom first cell", "utf8-bom.csv", 1, 0, Kind::Text, "某县优抚对象花名册",
            "某县优抚对象花名册");
        add("gb18030 header", "gb18030.csv", 2, 2, Kind::Text, "公民身份号码", "公民身份号码");
        add("gb18030 four-byte", "gb18030.csv", 4, 1, Kind::Text, "李䶮", "李䶮");
        add("tab address with comma", "tab.txt", 2, 2, Kind::Text, "龙溪镇,青山村3组",
            "龙溪镇,青山村3组");
        add("semicolon quoted", "semicolon.csv", 3, 2, Kind::Text, "文坪镇;新村", "文坪镇;新村");
        add("semicolon last line", "semicolon.csv", 3, 1, Kind::Text, "王五", "王五");
        add("doubled quotes", "quoted.csv", 2, 1, Kind::Text, "Zhang \"Big\" Wei",
            "Zhang \"Big\" Wei");
        add("quoted crlf", "quoted.csv", 2, 2, Kind::Text, "line one\r\nline two",
            "line one\r\nline two");
        add("record after line break", "quoted.csv", 3, 1, Kind::Text, "王五", "王五");
        add("quoted lf", "quoted.csv", 4, 1, Kind::Text, "多行\n备注\n第三行",
            "多行\n备注\n第三行");
        add("after quoted lf", "quoted.csv", 4, 2, Kind::Text, "end", "end");
    }

    void cells()
    {
        QFETCH(QString, file);
        QFETCH(int, row);
        QFETCH(int, column);
        QFETCH(int, kind);
        QFETCH(QString, shown);
        QFETCH(QString, value);
        const auto rows = readAll(file);
        QVERIFY2(rows.contains(row), qPrintable(QStringLiteral("row %1 missing").arg(row)));
        const SheetRow& r = rows[row];
        const SheetCell cell = column < r.cells.size() ? r.cells[column] : SheetCell();
        QCOMPARE(int(cell.kind), kind);
        QCOMPARE(cell.shown, shown);
        QCOMPARE(valueOf(cell), value);
    }

    void rowNumbers_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QList<int>>("numbers");
        QTest::newRow("xlsx gaps")
            << QStringLiteral("gen-shared.xlsx") << QList<int>{1, 2, 3, 4, 5, 8};
        QTest::newRow("inline") << QStringLiteral("gen-inline.xlsx") << QList<int>{1, 2, 4};
        QTest::newRow("lo xlsx") << QStringLiteral("lo-saved.xlsx") << QList<int>{1, 2, 3, 4, 5, 7};
        QTest::newRow("lo xls") << QStringLiteral("lo-saved.xls") << QList<int>{1, 2, 3, 4, 5, 7};
        QTest::newRow("csv blank record")
            << QStringLiteral("utf8.csv") << QList<int>{1, 2, 3, 4, 5, 6};
        QTest::newRow("csv quoted line breaks")
            << QStringLiteral("quoted.csv") << QList<int>{1, 2, 3, 4};
        QTest::newRow("csv no final break")
            << QStringLiteral("semicolon.csv") << QList<int>{1, 2, 3};
    }

    void rowNumbers()
    {
        QFETCH(QString, file);
        QFETCH(QList<int>, numbers);
        QCOMPARE(readAll(file).keys(), numbers);
    }

    void formatName_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("format");
        QTest::newRow("xlsx") << QStringLiteral("lo-saved.xlsx") << QStringLiteral("xlsx");
        QTest::newRow("xls") << QStringLiteral("lo-saved.xls") << QStringLiteral("xls");
        QTest::newRow("utf8") << QStringLiteral("utf8.csv") << QStringLiteral("csv (UTF-8, comma)");
        QTest::newRow("bom") << QStringLiteral("utf8-bom.csv")
                             << QStringLiteral("csv (UTF-8 BOM, comma)");
        QTest::newRow("gb18030") << QStringLiteral("gb18030.csv")
                                 << QStringLiteral("csv (GB18030, comma)");
        QTest::newRow("tab") << QStringLiteral("tab.txt") << QStringLiteral("csv (GB18030, tab)");
        QTest::newRow("semicolon")
            << QStringLiteral("semicolon.csv") << QStringLiteral("csv (UTF-8, semicolon)");
    }

    void formatName()
    {
        QFETCH(QString, file);
        QFETCH(QString, format);
        QString found;
        readAll(file, &found);
        QCOMPARE(found, format);
    }

    void merges()
    {
        const auto rows = readAll(QStringLiteral("gen-shared.xlsx"));
        using Spans = QList<QPair<int, int>>;
        QCOMPARE(rows[1].merges, (Spans{{0, 6}}));
        Spans two = rows[2].merges;
        std::sort(two.begin(), two.end());
        QCOMPARE(two, (Spans{{0, 0}, {1, 1}, {2, 3}, {4, 4}, {5, 5}, {6, 6}}));
        Spans three = rows[3].merges;
        std::sort(three.begin(), three.end());
        QCOMPARE(three, (Spans{{0, 0}, {1, 1}, {4, 4}, {5, 5}, {6, 6}}));
        QVERIFY(rows[4].merges.isEmpty());
        const auto lo = readAll(QStringLiteral("lo-saved.xlsx"));
        QVERIFY(lo[2].merges.contains(qMakePair(2, 3)));
    }

    void dateKeepsSerial_data()
    {
        QTest::addColumn<QString>("file");
        QTest::newRow("xlsx") << QStringLiteral("gen-shared.xlsx");
        QTest::newRow("lo xlsx") << QStringLiteral("lo-saved.xlsx");
        QTest::newRow("xls") << QStringLiteral("lo-saved.xls");
    }

    void dateKeepsSerial()
    {
        QFETCH(QString, file);
        const SheetCell born = readAll(file)[4].cells.value(3);
        QCOMPARE(born.kind, Kind::Date);
        QCOMPARE(born.number, 21256.0); // 1958-03-12
    }

    void serials_data()
    {
        QTest::addColumn<double>("serial");
        QTest::addColumn<bool>("date1904");
        QTest::addColumn<QDate>("date");
        QTest::newRow("1900 first day") << 1.0 << false << QDate(1900, 1, 1);
        QTest::newRow("1900 before the bug") << 59.0 << false << QDate(1900, 2, 28);
        QTest::newRow("phantom leap day") << 60.0 << false << QDate();
        QTest::newRow("after the bug") << 61.0 << false << QDate(1900, 3, 1);
        QTest::newRow("with a time") << 21256.75 << false << QDate(1958, 3, 12);
        QTest::newRow("zero") << 0.0 << false << QDate();
        QTest::newRow("negative") << -3.0 << false << QDate();
        QTest::newRow("1904 epoch") << 0.0 << true << QDate(1904, 1, 1);
        QTest::newRow("1904 later") << 19794.0 << true << QDate(1958, 3, 12);
        QTest::newRow("last day") << 2958465.0 << false << QDate(9999, 12, 31);
        QTest::newRow("beyond") << 2958466.0 << false << QDate();
    }

    void serials()
    {
        QFETCH(double, serial);
        QFETCH(bool, date1904);
        QFETCH(QDate, date);
        QCOMPARE(excelSerialToDate(serial, date1904), date);
    }

    void dateFormats_data()
    {
        QTest::addColumn<QString>("code");
        QTest::addColumn<bool>("isDate");
        QTest::newRow("iso") << QStringLiteral("yyyy-mm-dd") << true;
        QTest::newRow("chinese quoted") << QStringLiteral("yyyy\"年\"m\"月\"d\"日\"") << true;
        QTest::newRow("escaped") << QStringLiteral("yyyy\\年m\\月d\\日") << true;
        QTest::newRow("locale bracket") << QStringLiteral("[$-804]yyyy/m/d;@") << true;
        QTest::newRow("time") << QStringLiteral("h:mm") << true;
        QTest::newRow("general") << QStringLiteral("General") << false;
        QTest::newRow("money") << QStringLiteral("#,##0.00") << false;
        QTest::newRow("quoted d") << QStringLiteral("0\"d\"") << false;
        QTest::newRow("red bracket") << QStringLiteral("[Red]0.00") << false;
        QTest::newRow("currency") << QStringLiteral("[$¥-804]#,##0.00") << false;
        QTest::newRow("escaped h") << QStringLiteral("0\\h") << false;
    }

    void dateFormats()
    {
        QFETCH(QString, code);
        QFETCH(bool, isDate);
        QCOMPARE(isDateFormatCode(code), isDate);
    }

    void general_data()
    {
        QTest::addColumn<double>("value");
        QTest::addColumn<QString>("shown");
        QTest::newRow("integer") << 42.0 << QStringLiteral("42");
        QTest::newRow("id as number") << 430581195803120017.0 << QStringLiteral("4.30581E+17");
        QTest::newRow("round mantissa") << 1e11 << QStringLiteral("1E+11");
        QTest::newRow("third") << 1.0 / 3 << QStringLiteral("0.333333333");
        QTest::newRow("negative third") << -1.0 / 3 << QStringLiteral("-0.33333333");
        QTest::newRow("tiny") << 1.5e-12 << QStringLiteral("1.5E-12");
        QTest::newRow("phone") << 13912345678.0 << QStringLiteral("13912345678");
        QTest::newRow("decimal") << 1234.5678 << QStringLiteral("1234.5678");
        QTest::newRow("zero") << 0.0 << QStringLiteral("0");
    }

    void general()
    {
        QFETCH(double, value);
        QFETCH(QString, shown);
        QCOMPARE(excelGeneralNumber(value), shown);
    }

    void damaged_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<QString>("message");
        QByteArray xlsx;
        {
            QFile f(m_dir.filePath(QStringLiteral("gen-shared.xlsx")));
            QVERIFY(f.open(QIODevice::ReadOnly));
            xlsx = f.readAll();
        }
        QByteArray random(4096, '\0');
        QRandomGenerator gen(11);
        for (auto& b : random)
            b = char(gen.bounded(256));
        const QString corrupt = sheetCorruptMessage();
        QTest::newRow("truncated xlsx") << xlsx.left(xlsx.size() / 2) << corrupt;
        QTest::newRow("zip magic then noise") << (QByteArray("PK\x03\x04", 4) + random) << corrupt;
        QTest::newRow("ole2 magic then noise")
            << (QByteArray("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8) + random) << corrupt;
        QTest::newRow("random bytes") << random << corrupt;
        QByteArray encrypted =
            QByteArray("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8) + QByteArray(1000, '\0');
        encrypted += QByteArray("E\0n\0c\0r\0y\0p\0t\0e\0d\0P\0a\0c\0k\0a\0g\0e\0", 32);
        QTest::newRow("password-protected xlsx") << encrypted << sheetPasswordMessage();
        QTest::newRow("empty csv") << QByteArray() << sheetEmptyMessage();
        QTest::newRow("blank lines only") << QByteArray("\r\n\r\n,,\r\n") << sheetEmptyMessage();
    }

    void damaged()
    {
        QFETCH(QByteArray, content);
        QFETCH(QString, message);
        const QString file = m_dir.filePath(QStringLiteral("damaged"));
        QFile f(file);
        QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write(content);
        f.close();
        QString error;
        auto opened = openSheet(file);
        if (!opened) {
            error = opened.error();
        } else {
            auto reader = opened.takeValue();
            SheetRow row;
            for (int i = 0; i < 100000; ++i) {
                const auto more = reader->next(row);
                if (!more) {
                    error = more.error();
                    break;
                }
                if (!*more)
                    break;
            }
        }
        QVERIFY2(error.startsWith(message), qPrintable(error));
    }

    void truncatedEverywhere()
    {
        // Cut the xlsx at many lengths: an error or a shorter sheet, never a crash.
        QFile f(m_dir.filePath(QStringLiteral("gen-shared.xlsx")));
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray xlsx = f.readAll();
        const QString file = m_dir.filePath(QStringLiteral("cut.xlsx"));
        for (int len = 0; len < xlsx.size(); len += 97) {
            QFile out(file);
            QVERIFY(out.open(QIODevice::WriteOnly | QIODevice::Truncate));
            out.write(xlsx.left(len));
            out.close();
            auto opened = openSheet(file);
            if (!opened)
                continue;
            auto reader = opened.takeValue();
            SheetRow row;
            while (true) {
                const auto more = reader->next(row);
                if (!more || !*more)
                    break;
            }
        }
    }

    void manyRows_data()
    {
        QTest::addColumn<bool>("constantMemory");
        QTest::newRow("inline strings") << true;
        QTest::newRow("shared strings") << false;
    }

    void manyRows()
    {
        // Larger than any one read of the zip stream: the sheet is read to its last row.
        QFETCH(bool, constantMemory);
        const QString file = m_dir.filePath(QStringLiteral("gen-many.xlsx"));
        lxw_workbook_options options = {uint8_t(constantMemory ? LXW_TRUE : LXW_FALSE), nullptr,
                                        LXW_FALSE};
        lxw_workbook* wb = workbook_new_opt(QFile::encodeName(file).constData(), &options);
        lxw_worksheet* ws = workbook_add_worksheet(wb, nullptr);
        for (int r = 0; r < 3000; ++r) {
            worksheet_write_number(ws, lxw_row_t(r), 0, r + 1, nullptr);
            worksheet_write_string(
                ws, lxw_row_t(r), 1,
                QStringLiteral("湖南省武冈市龙溪镇青山村%1组").arg(r).toUtf8().constData(),
                nullptr);
        }
        workbook_close(wb);
        auto opened = openSheet(file);
        QVERIFY(opened);
        auto reader = opened.takeValue();
        SheetRow row;
        int count = 0;
        int last = 0;
        QString lastText;
        while (true) {
            const auto more = reader->next(row);
            QVERIFY2(more, qPrintable(more.error()));
            if (!*more)
                break;
            ++count;
            last = row.number;
            lastText = row.cells.value(1).text;
        }
        QCOMPARE(count, 3000);
        QCOMPARE(last, 3000);
        QCOMPARE(lastText, QStringLiteral("湖南省武冈市龙溪镇青山村2999组"));
        QCOMPARE(reader->progressPermille(), 1000);
    }

    void mutated_data()
    {
        QTest::addColumn<QString>("file");
        for (const char* name :
             {"gen-shared.xlsx", "lo-saved.xlsx", "lo-saved.xls", "quoted.csv", "gb18030.csv"})
            QTest::newRow(name) << QString::fromLatin1(name);
    }

    void mutated()
    {
        // Bytes changed at random: an error or some rows, never a crash or a hang.
        QFETCH(QString, file);
        QFile f(path(file));
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray original = f.readAll();
        const QString out = m_dir.filePath(QStringLiteral("mutated-") + QFileInfo(file).fileName());
        QRandomGenerator gen(2026);
        for (int round = 0; round < 150; ++round) {
            QByteArray bytes = original;
            const int changes = 1 + int(gen.bounded(8));
            for (int i = 0; i < changes; ++i)
                bytes[int(gen.bounded(quint32(bytes.size())))] = char(gen.bounded(256));
            QFile o(out);
            QVERIFY(o.open(QIODevice::WriteOnly | QIODevice::Truncate));
            o.write(bytes);
            o.close();
            auto opened = openSheet(out);
            if (!opened) {
                QVERIFY(!opened.error().isEmpty());
                continue;
            }
            auto reader = opened.takeValue();
            SheetRow row;
            for (int n = 0; n < 100000; ++n) {
                const auto more = reader->next(row);
                if (!more || !*more)
                    break;
            }
        }
    }

    void tooLarge()
    {
        const QString file = m_dir.filePath(QStringLiteral("huge.csv"));
        QFile f(file);
        QVERIFY(f.open(QIODevice::WriteOnly));
        QVERIFY(f.resize(kMaxSheetFileBytes + 1)); // sparse: no disk used
        f.close();
        const auto opened = openSheet(file);
        QVERIFY(!opened);
        QVERIFY2(opened.error().contains(QLatin1String("200 MB")), qPrintable(opened.error()));
        QFile::remove(file);
    }

    void progress()
    {
        for (const char* name : {"gen-shared.xlsx", "lo-saved.xls", "utf8.csv"}) {
            auto opened = openSheet(path(QString::fromLatin1(name)));
            QVERIFY2(opened, name);
            auto reader = opened.takeValue();
            int last = reader->progressPermille();
            QVERIFY(last >= 0 && last < 1000);
            SheetRow row;
            while (true) {
                const auto more = reader->next(row);
                QVERIFY(more);
                if (!*more)
                    break;
                QVERIFY(reader->progressPermille() >= last);
                last = reader->progressPermille();
            }
            QCOMPARE(reader->progressPermille(), 1000);
        }
    }
};

QTEST_GUILESS_MAIN(TestSheetReaders)
#include "tst_sheetreaders.moc"
