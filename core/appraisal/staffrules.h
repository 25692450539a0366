#pragma once

#include "appraisal/appraisal.h"
#include "common/result.h"
#include "security/actor.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>

namespace youfu::core {

// One indicator as it binds one staff member: the scheme's, or adjusted for them (staff_targets).
struct StaffTarget
{
    QString code;
    QString title;
    int weight = 0; // tenths of a point
    int target = 0; // per mille for a rate, a count for a count
    int days = 0;   // the period, where the indicator has one
    QString note;   // why it was adjusted
    bool adjusted = false;
};

// A member of staff: a user holding a business role (clerk, section chief, inspector, director).
struct StaffMember
{
    qint64 userId = 0;
    QString login;
    QString name;
    Roles roles;
};

// The year's row of staff_appraisals (an empty one when nothing was written yet).
struct StaffAppraisal
{
    qint64 id = 0;
    qint64 schemeId = 0;
    qint64 userId = 0;
    QDateTime pledgePrintedAt;
    QString selfAssessment;
    QDateTime selfAt;
    QString chiefOpinion;
    qint64 chiefId = 0;
    QString chiefName;
    QDateTime chiefAt;
    Grade grade = Grade::None;
    QString gradeNote;
    qint64 graderId = 0;
    QString graderName;
    QDateTime gradedAt;

    bool hasSelf() const { return !selfAssessment.trimmed().isEmpty(); }
    bool hasOpinion() const { return chiefId > 0; }
    bool isGraded() const { return grade != Grade::None; }
};

// One line of the staff list: the person, their appraisal and the computed points.
struct StaffRow
{
    StaffMember member;
    StaffAppraisal appraisal;
    int points = -1; // tenths; -1 when not computed or no indicator has records
};

// An application step the person signed (or submitted): when it came to them and when they
// signed. It came to them when the step before it was signed (or the application drafted).
struct StaffStepFact
{
    qint64 userId = 0;
    QDateTime cameAt;
    QDateTime signedAt;
};

// A letters-and-visits case the person is responsible for.
struct StaffCaseFact
{
    qint64 userId = 0;
    QDate accepted;
    int extensionDays = 0;
    QDate answered; // invalid while unanswered
};

enum class CaseCount
{
    NotCounted, // not due in the year yet
    OnTime,
    Late
};

// The staff's post appraisal, decided without a database: targets, scores and who may write
// which step. Points in tenths; rates per mille.
class StaffRules
{
public:
    // Clerk, section chief, inspector or director (admin and auditor are not appraised).
    static bool isStaff(Roles roles);

    // The scheme's indicators, each replaced by the person's adjusted row where there is one.
    static QList<StaffTarget> effectiveTargets(const AppraisalScheme& scheme,
                                               const QList<StaffTarget>& adjusted);
    // What is wrong with a person's targets: weights adding up to 100 points, rate targets
    // within 100 %, count targets at least 1.
    static QStringList targetProblems(const QList<StaffTarget>& targets);

    // The step was signed within `days` of coming to the person (days × 24 hours).
    static bool withinDays(const QDateTime& from, const QDateTime& to, int days);
    // A case counts in `year` when it was answered in the year, or is unanswered and its
    // answer deadline (accepted + 60 days + extension) passed in the year before `today`.
    static CaseCount countCase(const StaffCaseFact& c, int year, const QDate& today);

    // The indicator's score: weight × achieved / target, achieved capped at the target; no
    // records: no score (0, and the indicator is left out of the total).
    static IndicatorResult score(const StaffTarget& target, const QString& subject,
                                 qint64 numerator, qint64 denominator, bool hasRecords);
    // The points out of 100: the scores over the weights of the indicators that have records
    // (an area without records neither helps nor hurts); -1 when none has records.
    static int total(const QList<IndicatorResult>& results, const QList<StaffTarget>& targets);

    static QString subject(qint64 userId); // "user:<id>"

    // Who may write which step, in the clerk's words.
    static Status checkTargets(const StaffAppraisal& a);
    static Status checkSelf(const Actor& actor, const StaffMember& person, const StaffAppraisal& a);
    static Status checkOpinion(const Actor& actor, const StaffMember& person,
                               const StaffAppraisal& a);
    static Status checkGrade(const Actor& actor, const StaffMember& person,
                             const StaffAppraisal& a);
    // A director's own appraisal is graded by the level above (the county); the section chief
    // records that grade, naming the level above's paper in the note.
    static Status checkRecordFromAbove(const Actor& actor, const StaffMember& person,
                                       const StaffAppraisal& a, const QString& note);
    static bool gradedByLevelAbove(const StaffMember& person);
};

} // namespace youfu::core
