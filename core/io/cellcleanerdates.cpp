// CellCleaner's dates: Excel serials, the many ways a date is typed, two-digit years.
#include "io/cellcleaner.h"

#include "common/isotime.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <cmath>

namespace youfu::core {

namespace {
class Tr
{
    Q_DECLARE_TR_FUNCTIONS(youfu::core::CellCleaner)
};

CleanCell refusedDate(QString reason)
{
    CleanCell c;
    c.state = CleanCell::State::Refused;
    c.message = std::move(reason);
    return c;
}

// The year of a two-digit service year, or 0 when both centuries are possible.
int serviceYear(int yy, const QDate& today, int birthYear)
{
    if (2000 + yy > today.year())
        return 1900 + yy;
    if (birthYear > 0 && 1900 + yy < birthYear + 16)
        return 2000 + yy;
    return 0;
}
} // namespace

CleanCell CellCleaner::date(const SheetCell& cell, DateKind kind, const QDate& today, int birthYear)
{
    if (cell.isEmpty())
        return CleanCell();
    const QString original = shown(cell);
    CleanCell c;
    if (cell.kind == SheetCell::Kind::Date && cell.date.isValid()) {
        c.state = CleanCell::State::Clean;
        c.date = cell.date;
        c.text = toIsoDate(cell.date);
        return c;
    }
    if (cell.kind == SheetCell::Kind::Text && original.size() == 10) { // 1952-03-14, most cells
        const QDate iso = QDate::fromString(original, Qt::ISODate);
        if (iso.isValid() && iso.year() >= 1900 && iso <= today) {
            c.state = CleanCell::State::Clean;
            c.date = iso;
            c.text = original;
            return c;
        }
    }
    QString t = withoutSpaces(halfWidth(original));
    if (cell.kind == SheetCell::Kind::Number) {
        static const QRegularExpression yearDotMonth(
            QStringLiteral("^\\d{2}(\\d{2})?\\.\\d{1,2}$"));
        const bool whole = cell.number == std::floor(cell.number);
        if (yearDotMonth.match(t).hasMatch()) {
            // 1952.10 typed into a number cell shows as 1952.1: January or October.
            if (t.endsWith(QStringLiteral(".1")))
                return refusedDate(Tr::tr("“%1” was typed as a number: it may mean January or "
                                          "October. Enter the date as text, e.g. 1952-10.")
                                       .arg(original));
        } else if (whole && cell.number >= 19000101 && cell.number <= 20991231) {
            t = QString::number(static_cast<qint64>(cell.number));
        } else if (whole && cell.number >= 1000 && cell.number <= 2100) {
            return refusedDate(
                Tr::tr("“%1” gives only a year; enter the month as well.").arg(original));
        } else if (whole && cell.number >= 61 && cell.number < 2958466) {
            // An Excel date serial whose cell lost its date style (1900 system, after the
            // phantom 1900-02-29).
            const QDate d = QDate(1899, 12, 30).addDays(static_cast<qint64>(cell.number));
            if (d > today)
                return refusedDate(Tr::tr("The date %1 is in the future.").arg(toIsoDate(d)));
            c.state = CleanCell::State::Repaired;
            c.date = d;
            c.text = toIsoDate(d);
            c.message = Tr::tr("the Excel date number %1 read as %2").arg(original, c.text);
            return c;
        } else {
            return refusedDate(Tr::tr("“%1” is not a date.").arg(original));
        }
    }

    static const QRegularExpression full(
        QStringLiteral("^(\\d{2}|\\d{4})[-/.年](\\d{1,2})[-/.月](\\d{1,2})日?$"));
    static const QRegularExpression compact(QStringLiteral("^(\\d{4})(\\d{2})(\\d{2})$"));
    static const QRegularExpression month(QStringLiteral("^(\\d{2}|\\d{4})[-/.年](\\d{1,2})月?$"));
    QString y, m, d;
    if (auto r = full.match(t); r.hasMatch()) {
        y = r.captured(1), m = r.captured(2), d = r.captured(3);
    } else if (auto r2 = compact.match(t); r2.hasMatch()) {
        y = r2.captured(1), m = r2.captured(2), d = r2.captured(3);
    } else if (auto r3 = month.match(t); r3.hasMatch()) {
        y = r3.captured(1), m = r3.captured(2);
    } else {
        return refusedDate(Tr::tr("“%1” is not a date.").arg(original));
    }
    int year = y.toInt();
    if (y.size() == 2) {
        if (kind != DateKind::Service)
            return refusedDate(Tr::tr("“%1” has a two-digit year; the century is not guessed "
                                      "here: enter the full year.")
                                   .arg(original));
        year = serviceYear(year, today, birthYear);
        if (year == 0)
            return refusedDate(Tr::tr("“%1” has a two-digit year that may be 19%2 or 20%2: "
                                      "enter the full year.")
                                   .arg(original, y));
    }
    c.monthOnly = d.isEmpty();
    c.date = QDate(year, m.toInt(), c.monthOnly ? 1 : d.toInt());
    if (!c.date.isValid() || year < 1900)
        return refusedDate(Tr::tr("“%1” is not a real date.").arg(original));
    if (c.date > today)
        return refusedDate(Tr::tr("The date %1 is in the future.").arg(toIsoDate(c.date)));
    c.text = c.monthOnly ? c.date.toString(QStringLiteral("yyyy-MM")) : toIsoDate(c.date);
    if (original == c.text && !c.monthOnly) {
        c.state = CleanCell::State::Clean;
        return c;
    }
    c.state = CleanCell::State::Repaired;
    c.message = c.monthOnly ? Tr::tr("read as %1 (no day given: the 1st is stored)").arg(c.text)
                            : Tr::tr("read as %1").arg(c.text);
    return c;
}

} // namespace youfu::core
