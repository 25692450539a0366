#pragma once

#include "common/result.h"
#include "visit/visit.h"

#include <QDate>
#include <QList>

namespace youfu::core {

class Database;

// The materialised visit schedule (visit_schedule of migration 0009): each due date of each plan
// for each person it covers, from the plan's start up to the horizon (today + 1 year when first
// written, extended when a list asks beyond it). The due dates and their matching with visits
// come only from VisitRules. The refresh functions run inside the caller's transaction (the
// write that changed a plan, a visit, a key person or a person's status) and write no audit
// entry of their own: the caller's entry covers them.
class VisitScheduleStore
{
public:
    explicit VisitScheduleStore(Database& db) : m_db(db) {}

    // Every person a plan covers (all persons when the plan is new or its criteria changed).
    Status refreshPlan(qint64 planId);
    // Every plan that covers (or covered) one person: after a visit, a status change, a move.
    Status refreshPerson(qint64 personId);
    // A person who died or moved away: ends their key-person record and stops their single
    // plans with `reason`, then drops them from every plan (the reason kept on each due).
    Status personLeft(qint64 personId, const QDate& on, const QString& reason);

    // The horizon: invalid while nothing was ever scheduled.
    Result<QDate> horizon() const;
    // Moves the horizon to `until` (if later) and fills every active plan up to it.
    Status extendTo(const QDate& until);

    Result<QList<DueVisit>> dueList(const DueFilter& filter, const DueCursor* after,
                                    int limit) const;
    Result<int> dueCount(const DueFilter& filter) const;
    Result<DueCounts> homeCounts() const;
    Result<QList<VisitDay>> month(int year, int month) const;
    Result<QList<DueOccurrence>> occurrences(qint64 planId, qint64 personId,
                                             const QDate& until) const;
    // Why a person left a plan ("" while they are in it).
    Result<QString> droppedReason(qint64 planId, qint64 personId) const;

    // The SQL condition "plan vp covers person p" (single person, or group criteria).
    static QString coversCondition();

private:
    Result<QDate> ensureHorizon();
    Status refreshPlanPersons(qint64 planId, qint64 personId); // 0 = every person
    QString filterSql(const DueFilter& filter, QList<QVariant>* values) const;

    Database& m_db;
};

} // namespace youfu::core
