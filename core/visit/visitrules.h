#pragma once

#include "common/result.h"
#include "visit/visit.h"

#include <QList>

namespace youfu::core {

// Pure rules of the visit schedule. No database.
class VisitRules
{
public:
    // Everything wrong with a plan, in the clerk's words (empty when it may be saved).
    static QStringList checkPlan(const VisitPlan& plan);
    static QStringList checkKeyPerson(const KeyPersonRecord& record);
    static QStringList checkVisit(const VisitRecord& visit, const QDate& today);

    // The plan's due dates in [from, until]: the rhythm anchored on the plan's start (a plan
    // starting on 31 January is due on the last day of February, then 31 March: never drifting
    // from month-end clamping), festival dues (1 August; the lunar new year), without those in a
    // pause, before the start or after the end. Sorted, without duplicates.
    // A rhythm's first due date is the start itself. Outside the lunar table (LunarCalendar)
    // a year has no Spring Festival due at all (never a guessed date): springFestivalGaps()
    // gives the clerk's words for each such year in the range, for the window to show.
    static QList<DueOccurrence> dueDates(const VisitPlan& plan, const QDate& from,
                                         const QDate& until);
    static QStringList springFestivalGaps(const VisitPlan& plan, const QDate& from,
                                          const QDate& until);

    // Each done visit satisfies the due date nearest to it (a tie goes to the earlier one; each
    // due is satisfied at most once); the others are Due (today or later) or Overdue (before
    // today). A late visit never moves the later due dates: they follow the plan's rhythm.
    // A visit whose nearest due is already satisfied by a nearer visit satisfies nothing (it
    // never jumps to a due further away). Invalid dates among `visits` are ignored; the result
    // is sorted by due date.
    static QList<DueOccurrence> match(QList<DueOccurrence> dues, const QList<QDate>& visits,
                                      const QDate& today);

    // Monday-based week: the Sunday ending the week of `day` (the home card's "this week").
    static QDate endOfWeek(const QDate& day);

    static QString reasonTitle(KeyPersonReason r);
    static QString riskTitle(RiskLevel r);
    static QString
    rhythmTitle(const VisitPlan& plan); // "每月", "每2周", "每季度", "每年" + 八一/春节
    static QString formTitle(VisitForm f);
    static QString followUpTitle(FollowUpKind k);
    static QString stateTitle(DueState s);
    // Stable keys stored in the database.
    static QString reasonKey(KeyPersonReason r);
    static Result<KeyPersonReason> reasonFromKey(const QString& key);
    static QString riskKey(RiskLevel r);
    static Result<RiskLevel> riskFromKey(const QString& key);
    static QString rhythmKey(Rhythm r);
    static Result<Rhythm> rhythmFromKey(const QString& key);
    static QString formKey(VisitForm f);
    static Result<VisitForm> formFromKey(const QString& key);
    static QString followUpKey(FollowUpKind k);
    static Result<FollowUpKind> followUpFromKey(const QString& key);
};

} // namespace youfu::core
