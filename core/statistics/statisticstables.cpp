#include "statistics/statisticstables.h"

#include "statistics/statisticsrules.h"

#include <QHash>

namespace youfu::core {

namespace {

using Kind = StatColumn::Kind;

StatColumn count(const QString& title)
{
    return StatColumn{title, Kind::Count, -1, -1};
}
StatColumn money(const QString& title)
{
    return StatColumn{title, Kind::Money, -1, -1};
}
StatColumn rate(const QString& title, int numerator, int denominator)
{
    return StatColumn{title, Kind::Permille, numerator, denominator};
}

// Rows labelled by the townships of the filter, in the office's order.
QList<StatRow> townshipRows(const YearStatistics& s, int columns, QHash<QString, int>* index)
{
    QList<StatRow> rows;
    for (const NamedCode& t : s.townships) {
        index->insert(t.code, int(rows.size()));
        rows.append(StatRow{t.name, QList<qint64>(columns, 0), false});
    }
    return rows;
}

QList<StatRow> monthRows(int columns)
{
    QList<StatRow> rows;
    for (int m = 1; m <= 12; ++m)
        rows.append(StatRow{StatisticsRules::monthLabel(m), QList<qint64>(columns, 0), false});
    return rows;
}

bool validMonth(int m)
{
    return m >= 1 && m <= 12;
}

QString scope(const YearStatistics& s)
{
    if (s.filter.townshipCode.isEmpty())
        return QString();
    return StatisticsTables::townshipName(s, s.filter.townshipCode);
}

} // namespace

QString StatisticsTables::townshipName(const YearStatistics& stats, const QString& code)
{
    for (const NamedCode& t : stats.townships) {
        if (t.code == code)
            return t.name;
    }
    return code;
}

QString StatisticsTables::reportTitle(const YearStatistics& stats)
{
    const QString where = scope(stats);
    return QStringLiteral("%1年度%2优抚工作统计表").arg(stats.filter.year).arg(where);
}

StatTable StatisticsTables::personsByTownship(const YearStatistics& s)
{
    StatTable t;
    t.key = QStringLiteral("persons_township");
    t.title = QStringLiteral("优抚对象增减情况（按乡镇）");
    t.sheetName = QStringLiteral("优抚对象按乡镇");
    t.labelTitle = QStringLiteral("乡镇（街道）");
    t.columns = {count(QStringLiteral("年初")), count(QStringLiteral("新增")),
                 count(QStringLiteral("迁入")), count(QStringLiteral("迁出")),
                 count(QStringLiteral("减少")), count(QStringLiteral("年末"))};
    QHash<QString, int> index;
    t.rows = townshipRows(s, int(t.columns.size()), &index);
    for (const PersonFlowCell& c : s.persons) {
        const int r = index.value(c.townshipCode, -1);
        if (r < 0)
            continue;
        QList<qint64>& v = t.rows[r].values;
        v[0] += c.atStart;
        v[1] += c.added;
        v[2] += c.movedIn;
        v[3] += c.movedOut;
        v[4] += c.ended;
        v[5] += c.atEnd;
    }
    t.note = QStringLiteral("注：按类别计人次，一人享受两个类别的分别计入；年初＋新增＋迁入－迁出－"
                            "减少＝年末。年中迁居的，迁居前计入原乡镇，迁居后计入新乡镇。");
    t.chartKind = ChartData::Kind::Bars;
    t.chartColumns = {0, 5};
    t.chartTitle = QStringLiteral("%1年优抚对象年初、年末人数（按乡镇）").arg(s.filter.year);
    t.chartUnit = QStringLiteral("人");
    StatisticsRules::finish(t);
    return t;
}

StatTable StatisticsTables::personsByCategory(const YearStatistics& s)
{
    StatTable t;
    t.key = QStringLiteral("persons_category");
    t.title = QStringLiteral("优抚对象增减情况（按类别）");
    t.sheetName = QStringLiteral("优抚对象按类别");
    t.labelTitle = QStringLiteral("优抚类别");
    t.columns = {count(QStringLiteral("年初")), count(QStringLiteral("新增")),
                 count(QStringLiteral("减少")), count(QStringLiteral("年末"))};
    QHash<QString, int> index;
    for (const NamedCode& c : s.categories) {
        index.insert(c.code, int(t.rows.size()));
        t.rows.append(StatRow{c.name, QList<qint64>(t.columns.size(), 0), false});
    }
    for (const PersonFlowCell& c : s.persons) {
        const int r = index.value(c.categoryCode, -1);
        if (r < 0)
            continue;
        QList<qint64>& v = t.rows[r].values;
        v[0] += c.atStart;
        v[1] += c.added;
        v[2] += c.ended;
        v[3] += c.atEnd;
    }
    t.note = QStringLiteral("注：迁居只在乡镇之间调整，不改变类别人数：年初＋新增－减少＝年末。");
    t.chartKind = ChartData::Kind::Bars;
    t.chartColumns = {0, 3};
    t.chartTitle = QStringLiteral("%1年优抚对象年初、年末人数（按类别）").arg(s.filter.year);
    t.chartUnit = QStringLiteral("人");
    StatisticsRules::finish(t);
    return t;
}

StatTable StatisticsTables::personsMatrix(const YearStatistics& s)
{
    StatTable t;
    t.key = QStringLiteral("persons_matrix");
    t.title = QStringLiteral("优抚对象年末人数（类别×乡镇）");
    t.sheetName = QStringLiteral("年末人数类别乡镇");
    t.labelTitle = QStringLiteral("乡镇（街道）");
    QHash<QString, int> column;
    for (const NamedCode& c : s.categories) {
        column.insert(c.code, int(t.columns.size()));
        t.columns << count(c.name);
    }
    const int all = int(t.columns.size());
    t.columns << count(QStringLiteral("合计"));
    QHash<QString, int> index;
    t.rows = townshipRows(s, int(t.columns.size()), &index);
    for (const PersonFlowCell& c : s.persons) {
        const int r = index.value(c.townshipCode, -1);
        const int k = column.value(c.categoryCode, -1);
        if (r < 0 || k < 0)
            continue;
        t.rows[r].values[k] += c.atEnd;
        t.rows[r].values[all] += c.atEnd;
    }
    t.chartKind = ChartData::Kind::Bars;
    t.chartColumns = {all};
    t.chartTitle = QStringLiteral("%1年末优抚对象人数（按乡镇）").arg(s.filter.year);
    t.chartUnit = QStringLiteral("人");
    StatisticsRules::finish(t);
    return t;
}

StatTable StatisticsTables::benefitsByMonth(const YearStatistics& s)
{
    StatTable t;
    t.key = QStringLiteral("benefits_month");
    t.title = QStringLiteral("抚恤补助发放情况（按月、类别）");
    t.sheetName = QStringLiteral("抚恤补助按月");
    t.labelTitle = QStringLiteral("月份");
    // Only the categories paid in the year: a column of zeros says nothing.
    QHash<QString, qint64> paid;
    for (const MonthCategoryAmount& a : s.benefits)
        paid[a.categoryCode] += a.fen;
    QHash<QString, int> column;
    for (const NamedCode& c : s.categories) {
        if (paid.value(c.code) == 0)
            continue;
        column.insert(c.code, int(t.columns.size()));
        t.columns << money(c.name);
    }
    const int all = int(t.columns.size());
    t.columns << money(QStringLiteral("合计"));
    t.rows = monthRows(int(t.columns.size()));
    for (const MonthCategoryAmount& a : s.benefits) {
        const int k = column.value(a.categoryCode, -1);
        if (!validMonth(a.month) || k < 0)
            continue;
        t.rows[a.month - 1].values[k] += a.fen;
        t.rows[a.month - 1].values[all] += a.fen;
    }
    t.note = QStringLiteral("注：单位为元；只计银行已回盘成功发放的金额，按发放名册所属月份统计，"
                            "补发计入补发的月份。");
    t.chartKind = ChartData::Kind::Lines;
    // One line per category; the total (in the table) would flatten them.
    for (int c = 0; c < all; ++c)
        t.chartColumns << c;
    if (all == 0)
        t.chartColumns << all;
    t.chartTitle = QStringLiteral("%1年抚恤补助发放金额（按月）").arg(s.filter.year);
    StatisticsRules::finish(t);
    return t;
}

StatTable StatisticsTables::petitionsBy(const YearStatistics& s, const QString& dimension)
{
    StatTable t;
    QList<KeyCount> counts;
    QStringList keys;
    QString (*title)(const QString&) = nullptr;
    if (dimension == QLatin1String("channel")) {
        t.title = QStringLiteral("信访事项（按渠道）");
        t.sheetName = QStringLiteral("信访按渠道");
        t.labelTitle = QStringLiteral("信访渠道");
        counts = s.petitionChannels;
        keys = {QStringLiteral("letter"), QStringLiteral("visit"),  QStringLiteral("phone"),
                QStringLiteral("online"), QStringLiteral("leader"), QStringLiteral("forwarded")};
        title = &StatisticsRules::channelTitle;
    } else if (dimension == QLatin1String("subject")) {
        t.title = QStringLiteral("信访事项（按内容）");
        t.sheetName = QStringLiteral("信访按内容");
        t.labelTitle = QStringLiteral("反映内容");
        counts = s.petitionSubjects;
        keys = {QStringLiteral("benefit"), QStringLiteral("status"),     QStringLiteral("medical"),
                QStringLiteral("housing"), QStringLiteral("employment"), QStringLiteral("other")};
        title = &StatisticsRules::subjectTitle;
    } else {
        t.title = QStringLiteral("信访事项（按办理结果）");
        t.sheetName = QStringLiteral("信访按结果");
        t.labelTitle = QStringLiteral("办理结果");
        counts = s.petitionResults;
        keys = {QStringLiteral("solved"), QStringLiteral("partly"), QStringLiteral("explained"),
                QStringLiteral("unsupported"), QString()};
        title = &StatisticsRules::resultTitle;
    }
    t.key = QStringLiteral("petitions_%1").arg(dimension);
    t.columns = {count(QStringLiteral("件数")), rate(QStringLiteral("占比"), 0, -1)};
    QHash<QString, int> index;
    for (const QString& k : keys) {
        index.insert(k, int(t.rows.size()));
        t.rows.append(StatRow{title(k), QList<qint64>(t.columns.size(), 0), false});
    }
    for (const KeyCount& c : counts) {
        int r = index.value(c.key, -1);
        if (r < 0) { // a key this program does not know yet: its own row
            r = int(t.rows.size());
            index.insert(c.key, r);
            t.rows.append(StatRow{title(c.key), QList<qint64>(t.columns.size(), 0), false});
        }
        t.rows[r].values[0] += c.count;
    }
    t.note = QStringLiteral("注：当年登记受理的信访事项。");
    t.chartKind = ChartData::Kind::Bars;
    t.chartColumns = {0};
    t.chartTitle = QStringLiteral("%1年%2").arg(s.filter.year).arg(t.title);
    t.chartUnit = QStringLiteral("件");
    StatisticsRules::finish(t);
    return t;
}

StatTable StatisticsTables::visitsByMonth(const YearStatistics& s)
{
    StatTable t;
    t.key = QStringLiteral("visits_month");
    t.title = QStringLiteral("走访计划完成情况（按月）");
    t.sheetName = QStringLiteral("走访按月");
    t.labelTitle = QStringLiteral("月份");
    t.columns = {count(QStringLiteral("计划走访")), count(QStringLiteral("已走访")),
                 rate(QStringLiteral("完成率"), 1, 0)};
    t.rows = monthRows(int(t.columns.size()));
    for (const VisitCell& v : s.visits) {
        if (!validMonth(v.month))
            continue;
        t.rows[v.month - 1].values[0] += v.planned;
        t.rows[v.month - 1].values[1] += v.done;
    }
    t.note = QStringLiteral("注：计划走访为当月到期的走访计划（已撤出计划的不计）。");
    t.chartKind = ChartData::Kind::Lines;
    t.chartColumns = {0, 1};
    t.chartTitle = QStringLiteral("%1年走访计划与完成（按月）").arg(s.filter.year);
    t.chartUnit = QStringLiteral("人次");
    StatisticsRules::finish(t);
    return t;
}

StatTable StatisticsTables::visitsByTownship(const YearStatistics& s)
{
    StatTable t;
    t.key = QStringLiteral("visits_township");
    t.title = QStringLiteral("走访计划完成情况（按乡镇）");
    t.sheetName = QStringLiteral("走访按乡镇");
    t.labelTitle = QStringLiteral("乡镇（街道）");
    t.columns = {count(QStringLiteral("计划走访")), count(QStringLiteral("已走访")),
                 rate(QStringLiteral("完成率"), 1, 0)};
    QHash<QString, int> index;
    t.rows = townshipRows(s, int(t.columns.size()), &index);
    for (const VisitCell& v : s.visits) {
        const int r = index.value(v.townshipCode, -1);
        if (r < 0)
            continue;
        t.rows[r].values[0] += v.planned;
        t.rows[r].values[1] += v.done;
    }
    t.chartKind = ChartData::Kind::Bars;
    t.chartColumns = {0, 1};
    t.chartTitle = QStringLiteral("%1年走访计划与完成（按乡镇）").arg(s.filter.year);
    t.chartUnit = QStringLiteral("人次");
    StatisticsRules::finish(t);
    return t;
}

StatTable StatisticsTables::careByMonth(const YearStatistics& s)
{
    StatTable t;
    t.key = QStringLiteral("care_month");
    t.title = QStringLiteral("短期疗养与临时救助（按月）");
    t.sheetName = QStringLiteral("疗养救助按月");
    t.labelTitle = QStringLiteral("月份");
    t.columns = {count(QStringLiteral("疗养批次")), count(QStringLiteral("疗养人数")),
                 count(QStringLiteral("救助件数")), money(QStringLiteral("救助金额（元）"))};
    t.rows = monthRows(int(t.columns.size()));
    for (int m = 1; m <= 12 && m <= s.recuperationBatches.size(); ++m)
        t.rows[m - 1].values[0] = s.recuperationBatches.at(m - 1);
    for (const CareCell& c : s.care) {
        if (!validMonth(c.month))
            continue;
        t.rows[c.month - 1].values[1] += c.recuperationPersons;
        t.rows[c.month - 1].values[2] += c.assistanceCases;
        t.rows[c.month - 1].values[3] += c.assistanceFen;
    }
    t.note = QStringLiteral("注：疗养按批次开始月份统计（已取消的批次不计）；临时救助按审批通过"
                            "月份统计。");
    t.chartKind = ChartData::Kind::Lines;
    t.chartColumns = {1, 2};
    t.chartTitle = QStringLiteral("%1年疗养人数与临时救助件数（按月）").arg(s.filter.year);
    t.chartUnit = QStringLiteral("人/件");
    StatisticsRules::finish(t);
    return t;
}

StatTable StatisticsTables::careByTownship(const YearStatistics& s)
{
    StatTable t;
    t.key = QStringLiteral("care_township");
    t.title = QStringLiteral("短期疗养与临时救助（按乡镇）");
    t.sheetName = QStringLiteral("疗养救助按乡镇");
    t.labelTitle = QStringLiteral("乡镇（街道）");
    t.columns = {count(QStringLiteral("疗养人数")), count(QStringLiteral("救助件数")),
                 money(QStringLiteral("救助金额（元）"))};
    QHash<QString, int> index;
    t.rows = townshipRows(s, int(t.columns.size()), &index);
    for (const CareCell& c : s.care) {
        const int r = index.value(c.townshipCode, -1);
        if (r < 0)
            continue;
        t.rows[r].values[0] += c.recuperationPersons;
        t.rows[r].values[1] += c.assistanceCases;
        t.rows[r].values[2] += c.assistanceFen;
    }
    t.chartKind = ChartData::Kind::Bars;
    t.chartColumns = {0, 1};
    t.chartTitle = QStringLiteral("%1年疗养人数与临时救助件数（按乡镇）").arg(s.filter.year);
    t.chartUnit = QStringLiteral("人/件");
    StatisticsRules::finish(t);
    return t;
}

QList<StatTable> StatisticsTables::all(const YearStatistics& s)
{
    return {personsByTownship(s),
            personsByCategory(s),
            personsMatrix(s),
            benefitsByMonth(s),
            petitionsBy(s, QStringLiteral("channel")),
            petitionsBy(s, QStringLiteral("subject")),
            petitionsBy(s, QStringLiteral("result")),
            visitsByMonth(s),
            visitsByTownship(s),
            careByMonth(s),
            careByTownship(s)};
}

} // namespace youfu::core
