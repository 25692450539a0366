#pragma once

#include "common/result.h"
#include "statistics/statistics.h"

namespace youfu::core {

class Database;

// The only SQL of the year's statistics: counts grouped in the database, so a registry of
// 200,000 persons reads in one pass per figure. Reading needs no permission here; whoever
// shows or exports the figures checks ViewBusiness.
class StatisticsStore
{
public:
    explicit StatisticsStore(Database& db) : m_db(db) {}

    // Every figure of the year for the filter (the whole county when no township is named).
    Result<YearStatistics> load(const StatisticsFilter& filter) const;

    // Holdings of categories per township and category: at the start of the year, new, moved
    // in and out, ended, at the end; each counted in the township the person lived in then.
    Result<QList<PersonFlowCell>> personFlows(int year) const;
    Result<QList<MonthCategoryAmount>> benefitsPaid(const StatisticsFilter& filter) const;
    // dimension: "channel", "subject" or "result".
    Result<QList<KeyCount>> petitions(const StatisticsFilter& filter,
                                      const QString& dimension) const;
    Result<QList<VisitCell>> visits(int year) const;
    Result<QList<CareCell>> care(int year) const;
    Result<QList<qint64>> recuperationBatches(const StatisticsFilter& filter) const;

    Result<QList<NamedCode>> townships() const;
    Result<QList<NamedCode>> categories() const;
    // The years with any record worth counting (categories, payments, cases), newest first;
    // always includes the current year.
    Result<QList<int>> years() const;

private:
    Database& m_db;
};

} // namespace youfu::core
