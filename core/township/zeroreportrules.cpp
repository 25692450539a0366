#include "township/zeroreportrules.h"

#include <QCoreApplication>

namespace youfu::core {

namespace {
class Tr
{
    Q_DECLARE_TR_FUNCTIONS(youfu::core::ZeroReportRules)
};
} // namespace

namespace {
// A wall-clock time as seconds on one scale (days × 86400 + seconds of the day): compared by
// its fields only, never through the time zone (QDateTime's local-time arithmetic is slow, and
// the deadline is a matter of the office's calendar and clock).
qint64 wall(const QDateTime& t)
{
    return t.date().toJulianDay() * 86400 + t.time().msecsSinceStartOfDay() / 1000;
}

qint64 deadlineWall(const QDate& day, int hours)
{
    return (day.toJulianDay() + 1) * 86400 + qint64(hours) * 3600;
}
} // namespace

QDateTime ZeroReportRules::deadline(const QDate& day, int hours)
{
    // Whole days by the calendar (keeps the wall-clock hour), the rest in hours.
    return QDateTime(day.addDays(1 + hours / 24), QTime(hours % 24, 0));
}

bool ZeroReportRules::isLate(const QDate& day, const QDateTime& receivedAt, int hours)
{
    return wall(receivedAt) > deadlineWall(day, hours);
}

ZeroDayStatus ZeroReportRules::status(const QDate& day, const QDateTime& receivedAt, bool nothing,
                                      const QDateTime& now, int hours)
{
    if (receivedAt.isValid()) {
        if (isLate(day, receivedAt, hours))
            return ZeroDayStatus::Late;
        return nothing ? ZeroDayStatus::ReportedNothing : ZeroDayStatus::ReportedItems;
    }
    return wall(now) > deadlineWall(day, hours) ? ZeroDayStatus::Missing : ZeroDayStatus::NotYetDue;
}

QDate ZeroReportRules::dueDay(const QDateTime& now)
{
    return now.date().addDays(-1);
}

ZeroMonthRate ZeroReportRules::monthRate(int year, int month,
                                         const QHash<QDate, QDateTime>& received,
                                         const QDateTime& now, int hours)
{
    ZeroMonthRate r;
    r.month = month;
    const QDate first(year, month, 1);
    for (int d = 0; d < first.daysInMonth(); ++d) {
        const QDate day = first.addDays(d);
        const auto it = received.constFind(day);
        const bool reported = it != received.constEnd() && it->isValid();
        if (!reported && wall(now) <= deadlineWall(day, hours))
            continue;
        ++r.daysDue;
        if (reported) {
            ++r.daysReported;
            if (!isLate(day, *it, hours))
                ++r.daysOnTime;
        }
    }
    return r;
}

Result<int> ZeroReportRules::parseDeadlineHours(const QString& text)
{
    bool ok = false;
    const int h = text.trimmed().toInt(&ok);
    if (!ok || h < 0 || h > kMaxDeadlineHours)
        return Result<int>::failure(
            Tr::tr("The deadline of zero reports must be a whole number of hours from 0 to %1.")
                .arg(kMaxDeadlineHours));
    return h;
}

Status ZeroReportRules::check(const ZeroReport& r, const QDateTime& now)
{
    if (r.townshipCode.trimmed().isEmpty())
        return Status::failure(Tr::tr("Choose the township that reports."));
    if (!r.day.isValid())
        return Status::failure(Tr::tr("Enter the day the report is about."));
    if (r.day > now.date())
        return Status::failure(Tr::tr("The day %1 is still to come: a report can only be about "
                                      "a day that has begun.")
                                   .arg(r.day.toString(Qt::ISODate)));
    if (!r.receivedAt.isValid())
        return Status::failure(Tr::tr("Enter when the report was received."));
    if (r.receivedAt > now.addSecs(300))
        return Status::failure(Tr::tr("The time received is in the future."));
    if (r.receivedAt < QDateTime(r.day, QTime(0, 0)))
        return Status::failure(Tr::tr("The report was received before the day it is about began."));
    if (r.nothing && !r.items.isEmpty())
        return Status::failure(
            Tr::tr("A report of \"nothing to report\" has no items: remove them or untick it."));
    if (!r.nothing && r.items.isEmpty())
        return Status::failure(
            Tr::tr("Enter what the township reports, or mark it \"nothing to report\"."));
    for (int i = 0; i < r.items.size(); ++i) {
        const ZeroReportItem& it = r.items.at(i);
        if (it.summary.trimmed().isEmpty())
            return Status::failure(Tr::tr("Item %1 says nothing: enter what happened.").arg(i + 1));
        if (it.outcome == ZeroOutcome::Case && it.caseId <= 0)
            return Status::failure(Tr::tr("Item %1 became a case: choose the case.").arg(i + 1));
        if (it.outcome == ZeroOutcome::Warning && it.warningId <= 0)
            return Status::failure(
                Tr::tr("Item %1 became a warning: choose the warning.").arg(i + 1));
    }
    return Status::success();
}

QString ZeroReportRules::channelKey(ZeroChannel c)
{
    switch (c) {
    case ZeroChannel::Phone:
        return QStringLiteral("phone");
    case ZeroChannel::Message:
        return QStringLiteral("message");
    case ZeroChannel::File:
        return QStringLiteral("file");
    case ZeroChannel::Other:
        break;
    }
    return QStringLiteral("other");
}

Result<ZeroChannel> ZeroReportRules::channelFromKey(const QString& key)
{
    for (ZeroChannel c :
         {ZeroChannel::Phone, ZeroChannel::Message, ZeroChannel::File, ZeroChannel::Other})
        if (channelKey(c) == key)
            return c;
    return Result<ZeroChannel>::failure(Tr::tr("Unknown way of reporting: %1").arg(key));
}

QString ZeroReportRules::outcomeKey(ZeroOutcome o)
{
    switch (o) {
    case ZeroOutcome::Case:
        return QStringLiteral("case");
    case ZeroOutcome::Warning:
        return QStringLiteral("warning");
    case ZeroOutcome::None:
        break;
    }
    return QStringLiteral("none");
}

Result<ZeroOutcome> ZeroReportRules::outcomeFromKey(const QString& key)
{
    for (ZeroOutcome o : {ZeroOutcome::None, ZeroOutcome::Case, ZeroOutcome::Warning})
        if (outcomeKey(o) == key)
            return o;
    return Result<ZeroOutcome>::failure(Tr::tr("Unknown outcome of an item: %1").arg(key));
}

} // namespace youfu::core
