#pragma once

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>

namespace youfu::core {

// The year-end appraisal's value types (tables in migration 0017). Points are integer tenths
// of a point (85.5 points = 855); rates per mille (95% = 950).

enum class SchemeKind
{
    Unit, // the townships' unit appraisal
    Staff // the staff's post appraisal
};

enum class SchemeStatus
{
    Draft,
    Approved // frozen
};

// Unit grades: 优秀/良好/合格/不合格; staff grades: 优秀/称职/基本称职/不称职. Stored as
// 'excellent','good','pass','fail' (units) and 'excellent','competent','basic','incompetent'.
enum class Grade
{
    None,
    Excellent, // 优秀
    Good,      // 良好 (units) / 称职 (staff)
    Pass,      // 合格 (units) / 基本称职 (staff)
    Fail       // 不合格 (units) / 不称职 (staff)
};

// Unit indicators, by code (appraisal_indicators.code).
namespace unitindicator {
inline constexpr const char* ZeroReportRate = "zero_report_rate";      // days reported / days due
inline constexpr const char* ZeroReportOnTime = "zero_report_on_time"; // on time / reported
inline constexpr const char* PetitionAccepted = "petition_accepted";   // decided within `days`
inline constexpr const char* PetitionAnswered = "petition_answered";   // answered by the deadline
inline constexpr const char* PetitionSatisfied = "petition_satisfied"; // satisfied / with a view
inline constexpr const char* VisitsDone = "visits_done";               // done / planned
inline constexpr const char* ArchiveComplete = "archive_complete";     // complete files / persons
inline constexpr const char* TrainingAttended = "training_attended";   // attended / workers
inline constexpr const char* PaymentFailuresFixed = "payment_failures_fixed"; // within `days`
} // namespace unitindicator

// Staff indicators, by code.
namespace staffindicator {
inline constexpr const char* ApprovalsOnTime = "approvals_on_time"; // drafted/signed in `days`
inline constexpr const char* CasesOnTime = "cases_on_time";         // handled on time
inline constexpr const char* ArchiveFiled = "archive_filed";        // entries filed and verified
inline constexpr const char* VisitsMade = "visits_made";            // visits made against target
} // namespace staffindicator

struct AppraisalIndicator
{
    qint64 id = 0;
    int ord = 0;
    QString code;
    QString title;
    int weight = 0; // tenths of a point
    int target = 0; // per mille for a rate, a count for a count
    int days = 0;   // 0 = the indicator has no period
};

struct AppraisalScheme
{
    qint64 id = 0;
    int year = 0;
    SchemeKind kind = SchemeKind::Unit;
    QString title;
    QString basis;
    SchemeStatus status = SchemeStatus::Draft;
    int excellentAt = 0; // tenths of a point
    int goodAt = 0;
    int passAt = 0;
    bool vetoGroup = true;
    bool vetoBeyondLevel = true;
    bool vetoSeriousEffect = true;
    qint64 copiedFrom = 0;
    qint64 draftedBy = 0;
    QDateTime draftedAt;
    qint64 approvedBy = 0;
    QDateTime approvedAt;
    QList<AppraisalIndicator> indicators;
};

// One indicator's computed figure for one subject (a township or a staff member).
struct IndicatorResult
{
    QString subject; // township code or "user:<id>"
    QString indicatorCode;
    qint64 numerator = 0;
    qint64 denominator = 0;
    bool hasRecords = false; // false: "no records yet", no score
    int score = 0;           // tenths of a point
};

// A township's outcome.
struct UnitOutcome
{
    QString townshipCode;
    QString townshipName;
    int points = 0;     // tenths, from the indicators
    int adjustment = 0; // tenths, commendations minus deductions
    int total = 0;
    Grade grade = Grade::None;
    qint64 vetoCaseId = 0;
    QString vetoReason; // "集体访 XF2026-0012（2026-05-03）"
    QList<IndicatorResult> indicators;
};

struct AppraisalAdjustment
{
    qint64 id = 0;
    qint64 schemeId = 0;
    QString townshipCode;
    bool commendation = true; // false: a deduction
    int points = 0;           // tenths, > 0
    QString reason;
    qint64 createdBy = 0;
    QDateTime createdAt;
    bool voided = false;
};

} // namespace youfu::core
