#pragma once

#include "common/result.h"
#include "township/zeroreport.h"

#include <QDate>
#include <QDateTime>
#include <QHash>
#include <QString>

namespace youfu::core {

// Pure rules of the daily zero reports (no database).
//
// The deadline. The issue says a township reports "within 24 hours", the setting
// zero_report.deadline_hours says how long after the day: we read "24 hours after the day" as
// 24 hours after the day has ENDED. The report on Monday is due by Tuesday 24:00 (Wednesday
// 00:00): the township reports on Tuesday what happened on Monday, all of Tuesday. A report
// received exactly at the deadline is on time; one second later it is late. Times are the
// office's local wall-clock time; whole days of the setting keep the wall-clock hour.
class ZeroReportRules
{
public:
    static constexpr int kDefaultDeadlineHours = 24;
    static constexpr int kMaxDeadlineHours = 24 * 31;

    // The end of `day` (the next day 00:00) plus `hours`.
    static QDateTime deadline(const QDate& day, int hours);
    // Received after the deadline.
    static bool isLate(const QDate& day, const QDateTime& receivedAt, int hours);
    // The status of a township for `day` at `now`; `receivedAt` invalid = no report.
    // A day without a report is missing only once its deadline has passed.
    static ZeroDayStatus status(const QDate& day, const QDateTime& receivedAt, bool nothing,
                                const QDateTime& now, int hours);
    // The day whose report is now expected: the latest day that has ended (yesterday).
    static QDate dueDay(const QDateTime& now);

    // A township's rate in month `month` of `year` at `now`, from its reports of that month
    // (day → received at). A day counts when its deadline has passed or it is reported
    // already; days of the month not yet due do not count (the current month, a month that
    // ends tomorrow).
    static ZeroMonthRate monthRate(int year, int month, const QHash<QDate, QDateTime>& received,
                                   const QDateTime& now, int hours);

    // The setting, checked: a whole number of hours, 0 .. 744. Words for the clerk otherwise.
    static Result<int> parseDeadlineHours(const QString& text);

    // A report as the clerk entered it: a township, a day not in the future, a time received
    // not before the day began and not in the future, and either "nothing" without items or
    // at least one item, each with words and the record its outcome names.
    static Status check(const ZeroReport& r, const QDateTime& now);

    static QString channelKey(ZeroChannel c);
    static Result<ZeroChannel> channelFromKey(const QString& key);
    static QString outcomeKey(ZeroOutcome o);
    static Result<ZeroOutcome> outcomeFromKey(const QString& key);
};

} // namespace youfu::core
