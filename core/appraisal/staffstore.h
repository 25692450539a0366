#pragma once

#include "appraisal/appraisal.h"
#include "appraisal/staffrules.h"
#include "common/result.h"
#include "security/actor.h"

#include <QList>

namespace youfu::core {

class Database;
class WriteScope;

// The one place with SQL on staff_targets, staff_appraisals and the staff's rows of
// appraisal_results. Everything works under the year's APPROVED staff scheme. Writes:
// targets and the computation by the section chief (ManageAppraisal), the self-assessment by
// the person only, the chief's opinion (ManageAppraisal, never on oneself), the director's
// grade (ApproveAppraisal, never on oneself nor by whoever gave the opinion). A director's own
// grade comes from the level above and is recorded by the section chief.
class StaffStore
{
public:
    explicit StaffStore(Database& db) : m_db(db) {}

    // The year's approved staff scheme, or why there is none in the clerk's words.
    Result<AppraisalScheme> scheme(int year) const;
    // Every enabled user with a business role, by login.
    Result<QList<StaffMember>> members() const;
    Result<StaffMember> member(qint64 userId) const;
    // The staff list of the year (empty appraisals where nothing was written yet).
    Result<QList<StaffRow>> rows(int year) const;
    Result<QList<StaffTarget>> targets(int year, qint64 userId) const;
    // The latest computation for the person, in the scheme's order (empty before compute).
    Result<QList<IndicatorResult>> results(int year, qint64 userId) const;
    Result<StaffAppraisal> appraisal(int year, qint64 userId) const;

    Status saveTargets(const Actor& actor, int year, qint64 userId,
                       const QList<StaffTarget>& targets);
    // The responsibility form was printed for signature.
    Status markPledgePrinted(const Actor& actor, int year, qint64 userId);
    // Computes every staff member's results from the year's records, in one audited change.
    Status compute(const Actor& actor, int year);
    Status writeSelf(const Actor& actor, int year, qint64 userId, const QString& text);
    Status writeOpinion(const Actor& actor, int year, qint64 userId, const QString& text);
    Status grade(const Actor& actor, int year, qint64 userId, Grade grade, const QString& note);
    Status recordGradeFromAbove(const Actor& actor, int year, qint64 userId, Grade grade,
                                const QString& note);

private:
    // What every step of a person's appraisal reads first: the year's approved scheme, the
    // person and their appraisal so far.
    struct Step
    {
        AppraisalScheme scheme;
        StaffMember person;
        StaffAppraisal appraisal;
    };
    Result<Step> stepOf(int year, qint64 userId) const;
    Status ensureRow(qint64 schemeId, qint64 userId);
    // The self-assessment, or the section chief's opinion: the same step of the form.
    Status writeText(WriteScope& w, int year, qint64 userId, const QString& text,
                     bool chiefOpinion);
    Status writeGrade(WriteScope& w, int year, qint64 userId, Grade grade, const QString& note,
                      bool fromAbove);
    Database& m_db;
};

} // namespace youfu::core
