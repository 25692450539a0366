#include "io/sheetvalue.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <cmath>

namespace youfu::core {

namespace {
class Tr
{
    Q_DECLARE_TR_FUNCTIONS(youfu::core::SheetReader)
};

QString trimmedMantissa(QString s)
{
    // "1.00000E+11" → "1E+11", "4.30580E+17" → "4.3058E+17"
    const int e = s.indexOf(QLatin1Char('E'));
    if (e < 0)
        return s;
    QString mantissa = s.left(e);
    if (mantissa.contains(QLatin1Char('.'))) {
        while (mantissa.endsWith(QLatin1Char('0')))
            mantissa.chop(1);
        if (mantissa.endsWith(QLatin1Char('.')))
            mantissa.chop(1);
    }
    return mantissa + s.mid(e);
}

QString trimmedDecimals(QString s)
{
    if (s.contains(QLatin1Char('.'))) {
        while (s.endsWith(QLatin1Char('0')))
            s.chop(1);
        if (s.endsWith(QLatin1Char('.')))
            s.chop(1);
    }
    if (s == QLatin1String("-0"))
        return QStringLiteral("0");
    return s;
}

QString grouped(const QString& digits)
{
    QString out;
    const int n = int(digits.size());
    for (int i = 0; i < n; ++i) {
        if (i > 0 && (n - i) % 3 == 0)
            out += QLatin1Char(',');
        out += digits.at(i);
    }
    return out;
}
} // namespace

QDate excelSerialToDate(double serial, bool date1904)
{
    if (!std::isfinite(serial) || serial < 0 || serial > 2958465.0) // 9999-12-31
        return {};
    const qint64 day = qint64(std::floor(serial));
    if (date1904)
        return QDate(1904, 1, 1).addDays(day);
    if (day < 1 || day == 60) // "1900-01-00" and the phantom 1900-02-29
        return {};
    if (day < 60)
        return QDate(1899, 12, 31).addDays(day);
    return QDate(1899, 12, 30).addDays(day);
}

QString excelGeneralNumber(double value)
{
    if (!std::isfinite(value))
        return QStringLiteral("#NUM!");
    if (value == 0)
        return QStringLiteral("0");
    const double magnitude = std::fabs(value);
    if (magnitude >= 1e11 || magnitude < 1e-9)
        return trimmedMantissa(QString::number(value, 'E', 5));
    const int room = value < 0 ? 10 : 11;
    const int intDigits = magnitude < 1 ? 1 : int(std::floor(std::log10(magnitude))) + 1;
    const int decimals = std::max(0, room - intDigits - 1);
    QString s = trimmedDecimals(QString::number(value, 'f', decimals));
    if (s.size() > room + (value < 0 ? 1 : 0)) // rounding carried into one more digit
        s = trimmedMantissa(QString::number(value, 'E', 5));
    return s;
}

QString excelFormattedNumber(double value, const QString& formatCode)
{
    static const QRegularExpression simple(QStringLiteral(R"(^(#,##0|0)(\.(0+))?(%)?$)"));
    const QString code = formatCode.section(QLatin1Char(';'), 0, 0).trimmed();
    const auto m = simple.match(code);
    if (!m.hasMatch() || !std::isfinite(value))
        return {};
    const bool percent = !m.captured(4).isEmpty();
    const int decimals = int(m.captured(3).size());
    const double v = percent ? value * 100 : value;
    QString s = QString::number(std::fabs(v), 'f', decimals);
    if (m.captured(1) == QLatin1String("#,##0")) {
        const int dot = s.indexOf(QLatin1Char('.'));
        s = grouped(dot < 0 ? s : s.left(dot)) + (dot < 0 ? QString() : s.mid(dot));
    }
    const bool negative = v < 0 && QString::number(std::fabs(v), 'f', decimals)
                                       .contains(QRegularExpression(QStringLiteral("[1-9]")));
    return (negative ? QStringLiteral("-") : QString()) + s +
           (percent ? QStringLiteral("%") : QString());
}

bool isBuiltinDateFormat(int numFmtId)
{
    // 14–22 and 45–47 everywhere; 27–36 and 50–58 are the East Asian built-in date formats
    // (e.g. 31 = yyyy"年"m"月"d"日" in a Chinese Excel), written by id only.
    return (numFmtId >= 14 && numFmtId <= 22) || (numFmtId >= 45 && numFmtId <= 47) ||
           (numFmtId >= 27 && numFmtId <= 36) || (numFmtId >= 50 && numFmtId <= 58);
}

bool isDateFormatCode(const QString& formatCode)
{
    const QString code = formatCode.section(QLatin1Char(';'), 0, 0);
    for (int i = 0; i < code.size(); ++i) {
        const QChar c = code.at(i);
        if (c == QLatin1Char('"')) {
            const int close = code.indexOf(QLatin1Char('"'), i + 1);
            if (close < 0)
                return false;
            i = close;
        } else if (c == QLatin1Char('[')) {
            const int close = code.indexOf(QLatin1Char(']'), i + 1);
            if (close < 0)
                return false;
            i = close;
        } else if (c == QLatin1Char('\\') || c == QLatin1Char('_') || c == QLatin1Char('*')) {
            ++i; // the next character is literal (or padding)
        } else {
            const QChar l = c.toLower();
            if (l == QLatin1Char('y') || l == QLatin1Char('m') || l == QLatin1Char('d') ||
                l == QLatin1Char('h'))
                return true;
        }
    }
    return false;
}

bool parseSheetCellRef(QStringView ref, int* column, int* row)
{
    int i = 0;
    int col = 0;
    while (i < ref.size() && ref.at(i).isLetter() && ref.at(i).unicode() < 128) {
        col = col * 26 + (ref.at(i).toUpper().unicode() - 'A' + 1);
        if (col > 16384)
            return false;
        ++i;
    }
    if (i == 0 || i == ref.size())
        return false;
    bool ok = false;
    const int r = ref.mid(i).toInt(&ok);
    if (!ok || r < 1 || r > 1048576)
        return false;
    if (column)
        *column = col - 1;
    if (row)
        *row = r;
    return true;
}

SheetCell sheetTextCell(const QString& text)
{
    SheetCell c;
    if (text.isEmpty())
        return c;
    c.kind = SheetCell::Kind::Text;
    c.text = text;
    c.shown = text;
    return c;
}

SheetCell sheetNumberCell(double value, const QString& shown)
{
    SheetCell c;
    c.kind = SheetCell::Kind::Number;
    c.number = value;
    c.shown = shown.isEmpty() ? excelGeneralNumber(value) : shown;
    return c;
}

SheetCell sheetDateCell(const QDate& date, double serial)
{
    SheetCell c;
    c.kind = SheetCell::Kind::Date;
    c.date = date;
    c.number = serial;
    c.shown = date.toString(QStringLiteral("yyyy-MM-dd"));
    return c;
}

QString sheetCorruptMessage()
{
    return Tr::tr("The file is damaged or is not an Excel file.");
}

QString sheetPasswordMessage()
{
    return Tr::tr(
        "This Excel file is protected by a password. Remove the password in Excel first.");
}

QString sheetEmptyMessage()
{
    return Tr::tr("The file holds no data: its first sheet is empty.");
}

} // namespace youfu::core
