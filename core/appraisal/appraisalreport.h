#pragma once

#include "appraisal/appraisal.h"
#include "report/chartpainter.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>

namespace youfu::core {

// The year-end appraisal report (年终考核报告) as read from the result tables of migration 0017:
// what the PDF and the xlsx print. Points in tenths, rates per mille, as everywhere in the
// appraisal.

// A commendation or deduction in force (voided ones are not printed).
struct ReportAdjustment
{
    bool commendation = true;
    int points = 0; // tenths, > 0
    QString reason;
    QString byName;
    QDateTime at;
};

// One township: its outcome (with its indicator results), the case that vetoed it, its
// adjustments.
struct ReportUnit
{
    UnitOutcome outcome;
    QString vetoCaseNumber; // "" when no veto
    QDate vetoCaseDate;
    QList<ReportAdjustment> adjustments;
};

// One staff member: the computed results, the self-assessment, the section chief's opinion
// and the director's grade.
struct ReportStaff
{
    qint64 userId = 0;
    QString name;
    int points = 0; // tenths, the sum of the indicators' scores
    QList<IndicatorResult> indicators;
    QString selfAssessment;
    QString chiefOpinion;
    QString chiefName;
    Grade directorGrade = Grade::None;
    QString directorNote;
    QString directorName;
};

struct AppraisalReport
{
    int year = 0;
    QString officeName;
    QDate printedOn;
    QDateTime computedAt;        // the latest computation (UTC)
    AppraisalScheme unitScheme;  // id 0: none
    AppraisalScheme staffScheme; // id 0: none
    QString unitDrafter;
    QString unitApprover;
    QString staffDrafter;
    QString staffApprover;
    QList<ReportUnit> units;
    QList<ReportStaff> staff;
};

// The texts and charts the report prints, the same in the PDF and the xlsx. Pure.
namespace AppraisalReportText {

// "2026年度优抚工作年终考核报告"
QString title(int year);
// "2026年度优抚工作年终考核报告-武冈市民政局.pdf" without the suffix.
QString fileBaseName(const AppraisalReport& r);
// 优秀/良好/合格/不合格 (units), 优秀/称职/基本称职/不称职 (staff); "" for none.
QString gradeTitle(Grade grade, SchemeKind kind);
// The indicator's title as printed: the scheme's own, or the Chinese name of its code when
// the scheme holds none in Chinese.
QString indicatorTitle(const AppraisalIndicator& indicator);
// The scheme's indicator of that code (id 0 when the scheme has none).
AppraisalIndicator indicatorOf(const AppraisalScheme& scheme, const QString& code);
// The subject's result for the indicator (hasRecords false and subject empty when none).
IndicatorResult resultOf(const QList<IndicatorResult>& results, const QString& code);
// "95.0%" for a rate, "58" for a count; "—" when there is nothing to divide.
QString rateText(const QString& code, const IndicatorResult& r);
QString targetText(const AppraisalIndicator& i);
// The score, or "暂无记录" when the area has no records yet.
QString scoreText(const IndicatorResult& r);
// "+2.0" / "-1.5" / "0.0"
QString signedPoints(int tenths);
// "集体访 XF2026-0012（2026年5月3日）", or "" when the unit was not vetoed.
QString vetoText(const ReportUnit& u);
// "嘉奖" / "扣分"
QString adjustmentKind(bool commendation);
// The basis document and the rules of the scheme in a few lines.
QStringList schemeLines(const AppraisalScheme& s);

// Bars of the townships' totals; bars of the staff's computed points.
ChartData unitTotalsChart(const AppraisalReport& r);
ChartData staffPointsChart(const AppraisalReport& r);

} // namespace AppraisalReportText

} // namespace youfu::core
