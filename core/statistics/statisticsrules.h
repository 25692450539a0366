#pragma once

#include "statistics/statistics.h"

#include <QStringList>

namespace youfu::core {

// The arithmetic of the year's statistics, without a database: totals, rates, the balance of
// a year's holdings, cell texts and the chart of a table.
class StatisticsRules
{
public:
    // num / den in per mille, rounded half up; -1 when there is no base (den <= 0).
    static qint64 permille(qint64 numerator, qint64 denominator);
    // The sum of the Count and Money columns of `rows` (total rows left out); Permille columns
    // are filled by fillRates.
    static StatRow totalRow(const QList<StatRow>& rows, const QList<StatColumn>& columns,
                            const QString& label);
    // Fills every Permille column of every row: its numerator column over its denominator
    // column, or over the numerator column's total when the denominator is -1.
    static void fillRates(QList<StatRow>& rows, const QList<StatColumn>& columns);
    // Adds the total row ("合计") and fills the rates.
    static void finish(StatTable& table);

    // start + new + moved in − moved out − ended = end.
    static bool balances(const PersonFlowCell& cell);
    static qint64 expectedEnd(const PersonFlowCell& cell);
    // One line per cell that does not balance, in the clerk's words.
    static QStringList flowProblems(const YearStatistics& stats);

    // A cell as printed: counts as they are, money in 元 with two decimals and thousands
    // separators, rates as "95.0%" ("—" without a base).
    static QString cellText(const StatColumn& column, qint64 value);
    static QString monthLabel(int month); // 1月 … 12月
    static QString channelTitle(const QString& key);
    static QString subjectTitle(const QString& key);
    static QString resultTitle(const QString& key); // '' → 尚未答复

    // The chart of a table: its chart columns as series over its rows (the total left out);
    // money in 元, or 万元 when the largest value reaches 100,000 元.
    static ChartData chart(const StatTable& table);
    // Wide tables print on A4 landscape.
    static bool isWide(const StatTable& table);
};

} // namespace youfu::core
