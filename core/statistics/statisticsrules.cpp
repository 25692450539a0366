#include "statistics/statisticsrules.h"

#include <QHash>

#include <algorithm>

namespace youfu::core {

qint64 StatisticsRules::permille(qint64 numerator, qint64 denominator)
{
    if (denominator <= 0)
        return -1;
    return (numerator * 2000 + denominator) / (denominator * 2);
}

StatRow StatisticsRules::totalRow(const QList<StatRow>& rows, const QList<StatColumn>& columns,
                                  const QString& label)
{
    StatRow total;
    total.label = label;
    total.total = true;
    total.values = QList<qint64>(columns.size(), 0);
    for (const StatRow& row : rows) {
        if (row.total)
            continue;
        for (int c = 0; c < columns.size() && c < row.values.size(); ++c) {
            if (columns.at(c).kind != StatColumn::Kind::Permille)
                total.values[c] += row.values.at(c);
        }
    }
    return total;
}

void StatisticsRules::fillRates(QList<StatRow>& rows, const QList<StatColumn>& columns)
{
    const StatRow sums = totalRow(rows, columns, QString());
    for (StatRow& row : rows) {
        row.values.resize(columns.size(), 0);
        for (int c = 0; c < columns.size(); ++c) {
            const StatColumn& col = columns.at(c);
            if (col.kind != StatColumn::Kind::Permille || col.numerator < 0 ||
                col.numerator >= columns.size())
                continue;
            const qint64 num = row.values.at(col.numerator);
            qint64 den = 0;
            if (col.denominator >= 0 && col.denominator < columns.size())
                den = row.values.at(col.denominator);
            else
                den = sums.values.at(col.numerator);
            row.values[c] = permille(num, den);
        }
    }
}

void StatisticsRules::finish(StatTable& table)
{
    table.rows.erase(std::remove_if(table.rows.begin(), table.rows.end(),
                                    [](const StatRow& r) { return r.total; }),
                     table.rows.end());
    table.rows.append(totalRow(table.rows, table.columns, QStringLiteral("合计")));
    fillRates(table.rows, table.columns);
}

qint64 StatisticsRules::expectedEnd(const PersonFlowCell& c)
{
    return c.atStart + c.added + c.movedIn - c.movedOut - c.ended;
}

bool StatisticsRules::balances(const PersonFlowCell& cell)
{
    return expectedEnd(cell) == cell.atEnd;
}

QStringList StatisticsRules::flowProblems(const YearStatistics& stats)
{
    auto nameOf = [](const QList<NamedCode>& list, const QString& code) {
        for (const NamedCode& n : list) {
            if (n.code == code)
                return n.name;
        }
        return code;
    };
    QStringList problems;
    for (const PersonFlowCell& c : stats.persons) {
        if (balances(c))
            continue;
        problems << QStringLiteral("%1 %2：年初%3 + 新增%4 + 迁入%5 − 迁出%6 − 减少%7 = %8，"
                                   "年末却为%9")
                        .arg(nameOf(stats.townships, c.townshipCode),
                             nameOf(stats.categories, c.categoryCode))
                        .arg(c.atStart)
                        .arg(c.added)
                        .arg(c.movedIn)
                        .arg(c.movedOut)
                        .arg(c.ended)
                        .arg(expectedEnd(c))
                        .arg(c.atEnd);
    }
    return problems;
}

QString StatisticsRules::cellText(const StatColumn& column, qint64 value)
{
    switch (column.kind) {
    case StatColumn::Kind::Count:
        return QString::number(value);
    case StatColumn::Kind::Money: {
        const QString sign = value < 0 ? QStringLiteral("-") : QString();
        const qint64 v = value < 0 ? -value : value;
        QString whole = QString::number(v / 100);
        for (int i = int(whole.size()) - 3; i > 0; i -= 3)
            whole.insert(i, QLatin1Char(','));
        return QStringLiteral("%1%2.%3").arg(sign, whole).arg(v % 100, 2, 10, QLatin1Char('0'));
    }
    case StatColumn::Kind::Permille:
        if (value < 0)
            return QStringLiteral("—");
        return QStringLiteral("%1.%2%").arg(value / 10).arg(value % 10);
    }
    return QString();
}

QString StatisticsRules::monthLabel(int month)
{
    return QStringLiteral("%1月").arg(month);
}

QString StatisticsRules::channelTitle(const QString& key)
{
    static const QHash<QString, QString> titles = {
        {QStringLiteral("letter"), QStringLiteral("来信")},
        {QStringLiteral("visit"), QStringLiteral("来访")},
        {QStringLiteral("phone"), QStringLiteral("电话")},
        {QStringLiteral("online"), QStringLiteral("网上信访")},
        {QStringLiteral("leader"), QStringLiteral("领导交办")},
        {QStringLiteral("forwarded"), QStringLiteral("上级转送")}};
    return titles.value(key, key);
}

QString StatisticsRules::subjectTitle(const QString& key)
{
    static const QHash<QString, QString> titles = {
        {QStringLiteral("benefit"), QStringLiteral("抚恤待遇")},
        {QStringLiteral("status"), QStringLiteral("身份认定")},
        {QStringLiteral("medical"), QStringLiteral("医疗")},
        {QStringLiteral("housing"), QStringLiteral("住房")},
        {QStringLiteral("employment"), QStringLiteral("就业安置")},
        {QStringLiteral("other"), QStringLiteral("其他")}};
    return titles.value(key, key);
}

QString StatisticsRules::resultTitle(const QString& key)
{
    static const QHash<QString, QString> titles = {
        {QString(), QStringLiteral("尚未答复")},
        {QStringLiteral("solved"), QStringLiteral("解决")},
        {QStringLiteral("partly"), QStringLiteral("部分解决")},
        {QStringLiteral("explained"), QStringLiteral("解释说明")},
        {QStringLiteral("unsupported"), QStringLiteral("不予支持")}};
    return titles.value(key, key);
}

ChartData StatisticsRules::chart(const StatTable& table)
{
    ChartData chart;
    chart.kind = table.chartKind;
    chart.title = table.chartTitle.isEmpty() ? table.title : table.chartTitle;
    bool money = false;
    qint64 largest = 0;
    for (int c : table.chartColumns) {
        if (c < 0 || c >= table.columns.size())
            continue;
        money = money || table.columns.at(c).kind == StatColumn::Kind::Money;
        for (const StatRow& r : table.rows) {
            if (!r.total && c < r.values.size())
                largest = std::max(largest, r.values.at(c));
        }
    }
    const bool tenThousands = money && largest >= 100000 * 100;
    const double divisor = money ? (tenThousands ? 1000000.0 : 100.0) : 1.0;
    chart.unit =
        money ? (tenThousands ? QStringLiteral("万元") : QStringLiteral("元")) : table.chartUnit;
    for (const StatRow& r : table.rows) {
        if (!r.total)
            chart.categories << r.label;
    }
    for (int c : table.chartColumns) {
        if (c < 0 || c >= table.columns.size())
            continue;
        ChartSeries series;
        series.name = table.columns.at(c).title;
        for (const StatRow& r : table.rows) {
            if (!r.total)
                series.values << (c < r.values.size() ? double(r.values.at(c)) / divisor : 0.0);
        }
        chart.series << series;
    }
    return chart;
}

bool StatisticsRules::isWide(const StatTable& table)
{
    return table.columns.size() > 7;
}

} // namespace youfu::core
