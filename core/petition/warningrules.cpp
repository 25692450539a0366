#include "petition/warningrules.h"

#include "common/isotime.h"

#include <QCoreApplication>

namespace youfu::core {

namespace {
class Tr
{
    Q_DECLARE_TR_FUNCTIONS(youfu::core::WarningRules)
};

Status checkDateInWindow(const WarningReport& w, const QDate& on, const QDate& today)
{
    if (!on.isValid())
        return Status::failure(Tr::tr("Give the date."));
    if (on > today)
        return Status::failure(Tr::tr("The date %1 lies in the future.").arg(chineseDate(on)));
    if (w.reportedOn.isValid() && on < w.reportedOn)
        return Status::failure(Tr::tr("The date %1 is before the warning was reported (%2).")
                                   .arg(chineseDate(on), chineseDate(w.reportedOn)));
    return Status::success();
}
} // namespace

Status WarningRules::checkStaff(const InfoStaff& s)
{
    if (s.townshipCode.trimmed().isEmpty())
        return Status::failure(Tr::tr("Choose the township the information staff member serves."));
    if (s.name.trimmed().isEmpty())
        return Status::failure(Tr::tr("Give the information staff member's name."));
    if (!s.since.isValid())
        return Status::failure(Tr::tr("Give the date the information staff member began."));
    if (s.until.isValid() && s.until < s.since)
        return Status::failure(Tr::tr("The end of service (%1) is before its beginning (%2).")
                                   .arg(chineseDate(s.until), chineseDate(s.since)));
    return Status::success();
}

Status WarningRules::checkEndStaff(const InfoStaff& s, const QDate& on)
{
    if (!on.isValid())
        return Status::failure(Tr::tr("Give the date the service ends."));
    if (s.until.isValid())
        return Status::failure(
            Tr::tr("%1's service already ended on %2.").arg(s.name, chineseDate(s.until)));
    if (s.since.isValid() && on < s.since)
        return Status::failure(Tr::tr("The end of service (%1) is before its beginning (%2).")
                                   .arg(chineseDate(on), chineseDate(s.since)));
    return Status::success();
}

Status WarningRules::checkReport(const WarningReport& w, const QDate& today)
{
    if (w.townshipCode.trimmed().isEmpty())
        return Status::failure(Tr::tr("Choose the township the warning comes from."));
    if (w.reporterId <= 0 && w.reporterName.trimmed().isEmpty())
        return Status::failure(Tr::tr("Say who reported the warning."));
    if (w.expected.trimmed().isEmpty())
        return Status::failure(Tr::tr("Say what is expected to happen."));
    if (!w.reportedOn.isValid())
        return Status::failure(Tr::tr("Give the date the warning was reported."));
    if (w.reportedOn > today)
        return Status::failure(
            Tr::tr("The report date %1 lies in the future.").arg(chineseDate(w.reportedOn)));
    if (w.expectedOn.isValid() && w.expectedOn < w.reportedOn)
        return Status::failure(Tr::tr("The expected date %1 is before the report (%2).")
                                   .arg(chineseDate(w.expectedOn), chineseDate(w.reportedOn)));
    return Status::success();
}

Status WarningRules::checkFollowUp(const WarningReport& w, const QDate& on, const QString& note,
                                   const QDate& today)
{
    if (w.resolved)
        return Status::failure(Tr::tr("The warning was resolved on %1; it takes no more "
                                      "follow-ups.")
                                   .arg(chineseDate(w.resolvedOn)));
    if (Status s = checkDateInWindow(w, on, today); !s)
        return s;
    if (note.trimmed().isEmpty())
        return Status::failure(Tr::tr("Write what was done in the follow-up."));
    return Status::success();
}

Status WarningRules::checkResolution(const WarningReport& w, const QDate& on,
                                     const QString& resolution, const QDate& today)
{
    if (w.resolved)
        return Status::failure(
            Tr::tr("The warning was already resolved on %1.").arg(chineseDate(w.resolvedOn)));
    if (Status s = checkDateInWindow(w, on, today); !s)
        return s;
    if (resolution.trimmed().isEmpty())
        return Status::failure(Tr::tr("Write how the warning was resolved."));
    return Status::success();
}

int WarningRules::stabilityScore(const StabilityLine& l)
{
    return l.overdueCases * 3 + l.groupLast12Months * 5 + l.beyondLast12Months * 5 +
           l.highRiskWarnings * 4 + l.openWarnings * 2 + l.keyPersonsOverdue;
}

} // namespace youfu::core
