#pragma once

#include "common/result.h"
#include "petition/warning.h"
#include "security/actor.h"

namespace youfu::core {

class Database;

// Information staff and their early-warning reports (migration 0013), and the stability view
// per township (reads petition_cases, warning_reports and visit_schedule). Writes through
// AuditedWrite with Permission::HandlePetitions (staff also ManageTownships: the 乡镇工作
// page keeps them) (petition.staff_save, petition.staff_end,
// petition.warning_report, petition.warning_follow, petition.warning_resolve).
class WarningStore
{
public:
    explicit WarningStore(Database& db) : m_db(db) {}

    Result<qint64> saveStaff(const Actor& actor, const InfoStaff& staff); // id 0 = new
    Status endStaff(const Actor& actor, qint64 staffId, const QDate& on);
    Result<QList<InfoStaff>> staff(const QString& townshipCode, bool currentOnly) const;

    Result<qint64> report(const Actor& actor, const WarningReport& w);
    Status followUp(const Actor& actor, qint64 warningId, const QDate& on, const QString& note);
    Status resolve(const Actor& actor, qint64 warningId, const QDate& on, const QString& resolution,
                   qint64 caseId);
    Result<WarningReport> warning(qint64 id) const;
    Result<QList<WarningFollowUp>> followUps(qint64 warningId) const;
    Result<QList<WarningReport>> warnings(bool openOnly, const QString& townshipCode) const;
    Result<int> openCount() const;

    // Every active township, one line, in the townships' order; `today` decides overdue and
    // the 12 months.
    Result<QList<StabilityLine>> stability(const QDate& today) const;

private:
    Database& m_db;
};

} // namespace youfu::core
