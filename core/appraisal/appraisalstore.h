#pragma once

#include "appraisal/appraisal.h"
#include "appraisal/unitevidence.h"
#include "common/result.h"
#include "security/actor.h"

#include <QJsonObject>
#include <QList>
#include <QString>

namespace youfu::core {

class Database;

// The townships' unit appraisal of a year (appraisal_results, appraisal_unit_outcomes,
// appraisal_adjustments): computing it under the year's approved unit scheme, the manual
// commendations and deductions, and the reads behind the 年终考核 page and the report.
//
// compute() and the adjustments are written by the section chief (ManageAppraisal), each in
// one audited change: "appraisal.compute" keeps every township's points, total, grade and veto
// before and after, so a recomputation after a late record shows what changed;
// "appraisal.adjust" and "appraisal.adjust_void" keep the adjustment and the township's total
// before and after. An adjustment never changes a computed figure: it is added beside it and
// the total and grade follow. Reading needs nothing beyond the open database.
class AppraisalStore
{
public:
    explicit AppraisalStore(Database& db) : m_db(db) {}

    // Computes every active township under the year's approved unit scheme; refuses when there
    // is none or it is still a draft. Returns the outcomes (as outcomes(year)).
    Result<QList<UnitOutcome>> compute(const Actor& actor, int year);

    // The latest computation of the year, townships in their order, indicators included;
    // empty when the year has not been computed.
    Result<QList<UnitOutcome>> outcomes(int year) const;
    // One township's indicator results in the scheme's order.
    Result<QList<IndicatorResult>> results(int year, const QString& townshipCode) const;

    // A commendation or deduction (points in tenths, > 0) with its reason.
    Result<qint64> addAdjustment(const Actor& actor, int year, const QString& townshipCode,
                                 bool commendation, int points, const QString& reason);
    Status voidAdjustment(const Actor& actor, qint64 id, const QString& reason);
    // The year's adjustments (a township's when given), voided ones included, oldest first.
    Result<QList<AppraisalAdjustment>> adjustments(int year,
                                                   const QString& townshipCode = {}) const;

    // The records behind a township's figure (UnitIndicatorStore::evidence under the year's
    // scheme).
    Result<UnitEvidencePage> evidence(int year, const QString& townshipCode,
                                      const QString& indicatorCode, int offset, int limit) const;

    // The year's approved unit scheme, or why there is none, in the clerk's words.
    Result<AppraisalScheme> approvedScheme(int year) const;

private:
    // After an adjustment: the township's adjustment, total and grade follow (points and veto
    // stay).
    Status refreshOutcome(const AppraisalScheme& scheme, const QString& townshipCode,
                          QJsonObject* before, QJsonObject* after) const;

    Database& m_db;
};

} // namespace youfu::core
