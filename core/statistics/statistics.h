#pragma once

#include "report/chartpainter.h"

#include <QList>
#include <QString>

namespace youfu::core {

// The year's statistics (统计): what the store reads (counts per township, category and month)
// and the tables made of it (StatisticsRules), shown on the 统计 page, printed and exported.

struct StatisticsFilter
{
    int year = 0;
    QString townshipCode; // empty: the whole county
};

struct NamedCode
{
    QString code;
    QString name;
};

// Holdings of one category in one township over the year. A person holding two categories
// counts once in each. Movers count where they were at the time: the start of the year where
// they lived on 31 December before, a move as out of one township and into the other.
struct PersonFlowCell
{
    QString townshipCode;
    QString categoryCode;
    qint64 atStart = 0;
    qint64 added = 0;
    qint64 movedIn = 0;
    qint64 movedOut = 0;
    qint64 ended = 0;
    qint64 atEnd = 0;
};

// Benefits actually paid (bank said paid) in a month of the year, by category, in fen.
struct MonthCategoryAmount
{
    int month = 0; // 1–12, the month the payment roll paid in
    QString categoryCode;
    qint64 fen = 0;
};

struct KeyCount
{
    QString key;
    qint64 count = 0;
};

// Scheduled visits falling due in a month of the year, in a township.
struct VisitCell
{
    int month = 0;
    QString townshipCode;
    qint64 planned = 0;
    qint64 done = 0;
};

// Recuperation participants and approved temporary assistance in a month and a township.
struct CareCell
{
    int month = 0;
    QString townshipCode;
    qint64 recuperationPersons = 0;
    qint64 assistanceCases = 0;
    qint64 assistanceFen = 0;
};

// Everything the store reads for one year (already narrowed to the filter's township).
struct YearStatistics
{
    StatisticsFilter filter;
    QList<NamedCode> townships;  // in the office's order; only the filter's one when set
    QList<NamedCode> categories; // in the office's order
    QList<PersonFlowCell> persons;
    QList<MonthCategoryAmount> benefits;
    QList<KeyCount> petitionChannels; // keys as stored: 'letter', 'visit' …
    QList<KeyCount> petitionSubjects;
    QList<KeyCount> petitionResults; // '' = not answered yet
    QList<VisitCell> visits;
    QList<CareCell> care;
    QList<qint64> recuperationBatches; // 12 months: batches starting in the month
};

// One column of a statistics table.
struct StatColumn
{
    enum class Kind
    {
        Count,
        Money,   // fen, shown in 元
        Permille // a rate: `numerator` over `denominator` (column indexes); -1 = no base
    };
    QString title;
    Kind kind = Kind::Count;
    int numerator = -1;   // Permille: the column counted
    int denominator = -1; // Permille: the column it is a share of; -1 = the column's total
};

struct StatRow
{
    QString label;
    QList<qint64> values; // one per column; Permille values are per mille, -1 = no base
    bool total = false;
};

// A table of the year's statistics with its chart.
struct StatTable
{
    QString key;        // "persons_township" …: the sheet and test name
    QString title;      // 优抚对象增减情况（按乡镇）
    QString sheetName;  // at most 31 characters
    QString labelTitle; // heading of the first column (乡镇, 类别, 月份 …)
    QList<StatColumn> columns;
    QList<StatRow> rows; // the last one is the total (total = true)
    QString note;        // printed under the table
    ChartData::Kind chartKind = ChartData::Kind::Bars;
    QList<int> chartColumns; // the columns drawn, one series each
    QString chartTitle;
    QString chartUnit; // 人, 件, 次 (money charts say 元 or 万元 themselves)
};

} // namespace youfu::core
