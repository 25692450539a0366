#pragma once

#include "appraisal/appraisalreport.h"
#include "common/result.h"

namespace youfu::core {

class Database;

// Reads the year-end appraisal report from the result tables of migration 0017 (schemes,
// results, unit outcomes, adjustments in force, staff appraisals) with the names of the
// townships, the people and the vetoing cases. Read-only: the computation writes the tables.
class AppraisalReportStore
{
public:
    explicit AppraisalReportStore(Database& db) : m_db(db) {}

    // The report of `year`; refused in the clerk's words when the year was never computed.
    Result<AppraisalReport> load(int year) const;

private:
    Status readUnits(AppraisalReport& r) const;
    Status readStaff(AppraisalReport& r) const;
    Result<QList<IndicatorResult>> readResults(qint64 schemeId) const;
    QString userName(qint64 id) const;

    Database& m_db;
};

} // namespace youfu::core
