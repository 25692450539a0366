#pragma once

#include "common/result.h"
#include "security/actor.h"
#include "visit/visit.h"

class QSqlQuery;

namespace youfu::core {

class Database;

// Key persons, visit plans, visit records and the due list (tables of migration 0009). Every
// write through AuditedWrite with Permission::RecordVisits and one audit entry
// (visit.keyperson_set, visit.keyperson_end, visit.plan_save, visit.plan_stop, visit.record,
// visit.amend …). The due list and the counts read a schedule the store keeps up to date on
// every write (plan saved, visit recorded, person's status changed), so the list pages by
// keyset and the home counts are two indexed counts.
class VisitStore
{
public:
    explicit VisitStore(Database& db) : m_db(db) {}

    // Key persons. Setting a record ends the current one (until = since of the new one).
    Result<qint64> setKeyPerson(const Actor& actor, const KeyPersonRecord& record);
    Status endKeyPerson(const Actor& actor, qint64 personId, const QDate& on,
                        const QString& reason);
    Result<KeyPersonRecord> currentKeyPerson(qint64 personId) const; // id 0 when none
    Result<QList<KeyPersonRecord>> keyPersonHistory(qint64 personId) const;

    // Plans.
    Result<qint64> savePlan(const Actor& actor, const VisitPlan& plan); // id 0 = new
    Status stopPlan(const Actor& actor, qint64 planId, const QDate& on, const QString& reason);
    Result<VisitPlan> plan(qint64 planId) const;
    Result<QList<VisitPlan>> plans(bool activeOnly) const;
    Result<QList<VisitPlan>> plansOf(qint64 personId) const; // single and group plans covering

    // Visits.
    Result<qint64> recordVisit(const Actor& actor, const VisitRecord& visit);
    Result<VisitRecord> visit(qint64 visitId) const;
    Result<QList<VisitRecord>> visitsOf(qint64 personId) const; // newest first
    Result<QList<VisitRecord>> visitsOn(const QDate& day) const;
    // The visit whose follow-up is the application / case `id` (0 when none).
    Result<qint64> visitOfFollowUp(FollowUpKind kind, qint64 id) const;

    // The due list: `limit` lines after `after` (nullptr = from the start).
    Result<QList<DueVisit>> dueList(const DueFilter& filter, const DueCursor* after,
                                    int limit) const;
    Result<int> dueCount(const DueFilter& filter) const;
    Result<DueCounts> homeCounts() const;
    Result<QList<VisitDay>> month(int year, int month) const;
    // A person's occurrences of one plan (done, due, overdue) from the plan's start to `until`.
    Result<QList<DueOccurrence>> occurrences(qint64 planId, qint64 personId,
                                             const QDate& until) const;
    // Why a person left a plan (died, moved away…), "" while they are in it.
    Result<QString> droppedReason(qint64 planId, qint64 personId) const;

private:
    // Checks that a person exists and is active (key persons and visits concern the living).
    static Status requireActivePerson(Database& db, qint64 personId, QString* name = nullptr);
    // The schedule reaches `until` (an audited write by the program when it must grow).
    Status reach(const QDate& until) const;
    Result<VisitPlan> readPlan(QSqlQuery& q) const;
    Status readVisitLists(VisitRecord& v) const;
    Result<QList<VisitRecord>> readVisits(const QString& where, const QVariant& value) const;
    Result<QList<KeyPersonRecord>> readKeyPersons(qint64 personId, bool currentOnly) const;

    Database& m_db;
};

} // namespace youfu::core
