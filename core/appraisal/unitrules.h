#pragma once

#include "appraisal/appraisal.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

namespace youfu::core {

// One record behind a unit indicator: whether it counts in the denominator (it is due) and in
// the numerator (it was done as the indicator asks).
struct UnitTally
{
    bool inDenominator = false;
    bool inNumerator = false;
};

// A case of the township in the year, as the veto sees it.
struct VetoCase
{
    qint64 id = 0;
    QString number;
    QDate received;
    bool group = false;
    QString beyondLevel; // '', 'city', 'province', 'beijing'
    bool seriousEffect = false;
};

// The veto's outcome: the case that vetoed the grade (id 0: none) and the reason text.
struct UnitVeto
{
    qint64 caseId = 0;
    QString reason;
};

// A change of township of one person (person_township_moves).
struct TownshipMove
{
    QDate movedOn;
    QString fromCode;
    QString toCode;
};

// The township appraisal's arithmetic, pure (no database).
//
// Scoring. An indicator's rate is numerator / denominator per mille (rounded down, so 94.99%
// never shows as 95%). A rate at or above the target earns the full weight; below it, the
// weight in proportion (weight × rate / target, rounded half up to a tenth of a point). A
// target of 0 earns the full weight whenever there are records.
//
// No records. An indicator whose area has no records for the township in the year (denominator
// 0) is not scored: it says "no records yet". The township's points are then the points earned
// on the indicators that have records, scaled to the weights of all the scheme's indicators:
// points = earned × total weight / weight with records (half up). A township with no records in
// any indicator gets 0 points (nothing has been measured; the table says so per indicator).
//
// Total = points + commendations − deductions, never below 0. The grade follows the scheme's
// thresholds, except that a veto sets the lowest grade whatever the total.
class UnitRules
{
public:
    static qint64 ratePermille(qint64 numerator, qint64 denominator);
    // The indicator's score in tenths; 0 when it has no records (then it is not counted).
    static int score(const AppraisalIndicator& indicator, qint64 numerator, qint64 denominator);
    // Scores `results` (hasRecords and score filled in) and returns the township's points.
    static int points(const QList<AppraisalIndicator>& indicators, QList<IndicatorResult>& results);
    // Commendations minus deductions (voided ones ignored), tenths.
    static int adjustment(const QList<AppraisalAdjustment>& adjustments);
    static int total(int points, int adjustment);
    // The case that vetoes: the first received (then by number) among those the scheme's veto
    // switches name; none when no case qualifies.
    static UnitVeto veto(const AppraisalScheme& scheme, QList<VetoCase> cases);
    // "集体访 XF2026-0012（2026年5月3日）": what made the case veto, its number and its day.
    static QString vetoReason(const AppraisalScheme& scheme, const VetoCase& c);
    static Grade grade(const AppraisalScheme& scheme, int total, bool vetoed);

    // Where a person lived on `day`: the township they moved away from at their first move
    // after the day; with no move after it, where they live now (`currentCode`).
    static QString townshipOn(const QString& currentCode, const QList<TownshipMove>& moves,
                              const QDate& day);

    // The last day of `year` that counts at `today`: the year's last day, or today.
    static QDate cutoff(int year, const QDate& today);

    // Per record, as each indicator asks.
    // A day of zero reports: due when its deadline (ZeroReportRules) has passed at `now` or it is
    // reported; made when reported. `received` invalid: no report.
    static UnitTally zeroReportMade(const QDate& day, const QDateTime& received,
                                    const QDateTime& now, int deadlineHours);
    // Among days reported: received by the deadline.
    static UnitTally zeroReportOnTime(const QDate& day, const QDateTime& received,
                                      int deadlineHours);
    // A case is due once decided or once `days` after receipt have passed; in time when decided
    // within `days` of receipt.
    static UnitTally petitionAccepted(const QDate& received, const QDate& decided,
                                      const QDate& today, int days);
    // An accepted case (decided, not refused or forwarded) is due once answered or once its
    // answer deadline (PetitionRules) has passed; on time when answered by it.
    static UnitTally petitionAnswered(const QDate& accepted, int extensionDays,
                                      const QDate& answered, const QDate& today);
    // Among cases with a view ('satisfied', 'basically', 'dissatisfied'; not 'no_view' or none):
    // satisfied or basically satisfied.
    static UnitTally petitionSatisfied(const QString& satisfactionKey);
    // A scheduled visit due by the cut-off ('dropped' ones do not count): done.
    static UnitTally visitDone(const QString& state);
    static UnitTally archiveComplete(bool complete);
    static UnitTally workerTrained(bool attended);
    // A failed payment is due once fixed or once `days` after the failure have passed; in time
    // when the re-issue was paid within `days`.
    static UnitTally paymentFixed(const QDate& failedOn, const QDate& fixedOn, const QDate& today,
                                  int days);

    // The evidence list's column titles of an indicator (the cells of UnitEvidenceRow).
    static QStringList evidenceHeaders(const QString& code);
};

} // namespace youfu::core
