#pragma once

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

namespace youfu::core {

// How a zero report reached the section.
enum class ZeroChannel
{
    Phone,
    Message,
    File,
    Other
};

// What became of one item of a report.
enum class ZeroOutcome
{
    None,
    Case,   // a letters-and-visits case (petition_cases)
    Warning // an early warning (warning_reports)
};

// Where a township stands for one day at a given moment.
enum class ZeroDayStatus
{
    NotYetDue,       // no report and the deadline has not passed
    Missing,         // no report and the deadline has passed
    ReportedNothing, // "nothing to report", on time
    ReportedItems,   // items, on time
    Late             // a report (nothing or items) received after the deadline
};

// One item of a report that is not "nothing": what happened and who it concerns.
struct ZeroReportItem
{
    qint64 id = 0;
    QString summary;
    ZeroOutcome outcome = ZeroOutcome::None;
    qint64 caseId = 0;    // with ZeroOutcome::Case
    qint64 warningId = 0; // with ZeroOutcome::Warning
    QList<qint64> personIds;
    QStringList personNames; // read only
};

// One township's report on one day. receivedAt is local time (the office's clock).
struct ZeroReport
{
    qint64 id = 0;
    QString townshipCode;
    QString townshipName; // read only
    QDate day;
    QDateTime receivedAt;
    ZeroChannel channel = ZeroChannel::Phone;
    bool nothing = true;
    QString reporter;
    QString note;
    QList<ZeroReportItem> items; // empty when nothing
};

// One cell of the month grid.
struct ZeroGridCell
{
    ZeroDayStatus status = ZeroDayStatus::NotYetDue;
    qint64 reportId = 0;
};

// A township's reporting in one month. Only days that count: their deadline has passed, or
// they were reported already.
struct ZeroMonthRate
{
    QString townshipCode;
    QString townshipName;
    int month = 0;        // 1..12
    int daysDue = 0;      // days that count
    int daysReported = 0; // of those, reported (late or not)
    int daysOnTime = 0;   // of those, reported by the deadline
    // 0..1; -1 when no day counts yet.
    double rate() const { return daysDue > 0 ? double(daysReported) / daysDue : -1.0; }
    double onTimeRate() const { return daysDue > 0 ? double(daysOnTime) / daysDue : -1.0; }
};

// One township's line of the month grid.
struct ZeroGridRow
{
    QString townshipCode;
    QString townshipName;
    QList<ZeroGridCell> cells; // day 1 .. the month's last day
    ZeroMonthRate rate;
};

// Townships × days of a month, as of `asOf`.
struct ZeroMonthGrid
{
    int year = 0;
    int month = 0;
    QDateTime asOf;
    int deadlineHours = 24;
    QList<ZeroGridRow> rows;
};

// A township without a report whose deadline has passed.
struct ZeroMissing
{
    QString townshipCode;
    QString townshipName;
    QDate day;
};

// The home page's figures.
struct ZeroHomeCounts
{
    int missingLast7 = 0;   // townships missing a due report in the last 7 days
    int notYetReported = 0; // townships without a report for the day now due (yesterday)
    QDate dueDay;           // that day
};

// A case or warning an item may be linked to (the dialog's choice, the demo's links).
struct ZeroLink
{
    ZeroOutcome kind = ZeroOutcome::Case;
    qint64 id = 0;
    QDate on;
    QString label; // "XF2026-0012 2026-11-20 待遇落实" / "2026-11-20 计划集体赴省上访"
};

} // namespace youfu::core
