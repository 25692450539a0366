#pragma once

#include "statistics/statistics.h"

namespace youfu::core {

// The tables of the year's statistics, made of what the store read (no database): persons by
// township, by category and category × township; benefits paid by month; letters and visits
// by channel, subject and result; visits by month and township; recuperation and assistance
// by month and township. Each ends with its total row and names its chart.
class StatisticsTables
{
public:
    static QList<StatTable> all(const YearStatistics& stats);

    static StatTable personsByTownship(const YearStatistics& stats);
    static StatTable personsByCategory(const YearStatistics& stats);
    static StatTable personsMatrix(const YearStatistics& stats);
    static StatTable benefitsByMonth(const YearStatistics& stats);
    static StatTable petitionsBy(const YearStatistics& stats, const QString& dimension);
    static StatTable visitsByMonth(const YearStatistics& stats);
    static StatTable visitsByTownship(const YearStatistics& stats);
    static StatTable careByMonth(const YearStatistics& stats);
    static StatTable careByTownship(const YearStatistics& stats);

    // "2026年度优抚工作统计表" (and the township when the filter names one).
    static QString reportTitle(const YearStatistics& stats);
    static QString townshipName(const YearStatistics& stats, const QString& code);
};

} // namespace youfu::core
