#include "appraisal/appraisalreportsheets.h"

#include "appraisal/schemerules.h"

#include <memory>

namespace youfu::core {

namespace {

using namespace AppraisalReportText;
using Kind = ExportColumn::Kind;

// Points and rates in tenths written as numbers with one decimal (85.5).
ExportColumn pointsColumn(const QString& title)
{
    return {title, Kind::Tenths};
}

QVariant points(qint64 tenths)
{
    return QVariant(tenths);
}

ExportTable tableOf(const QString& title, const QString& subtitle,
                    const QList<ExportColumn>& columns, const QList<QVariantList>& rows)
{
    ExportTable t;
    t.title = title;
    t.subtitle = subtitle;
    t.columns = columns;
    t.expectedRows = rows.size();
    auto at = std::make_shared<int>(0);
    t.next = [rows, at](QVariantList& row) -> Result<bool> {
        if (*at >= rows.size())
            return false;
        row = rows.at((*at)++);
        return true;
    };
    return t;
}

QString subtitleOf(const AppraisalReport& r)
{
    QString s = r.officeName;
    if (r.computedAt.isValid())
        s += QStringLiteral("　计算时间：%1")
                 .arg(r.computedAt.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")));
    return s.trimmed();
}

ExportSheet summarySheet(const AppraisalReport& r)
{
    QList<QVariantList> rows;
    int n = 0;
    for (const ReportUnit& u : r.units) {
        const QString veto = vetoText(u);
        rows << QVariantList{qint64(++n),
                             u.outcome.townshipCode,
                             u.outcome.townshipName,
                             points(u.outcome.points),
                             points(u.outcome.adjustment),
                             points(u.outcome.total),
                             gradeTitle(u.outcome.grade, SchemeKind::Unit),
                             veto.isEmpty() ? QStringLiteral("否") : QStringLiteral("是"),
                             veto};
    }
    const QList<ExportColumn> columns{{QStringLiteral("序号"), Kind::Integer},
                                      {QStringLiteral("乡镇代码"), Kind::Identifier},
                                      {QStringLiteral("乡镇（街道）"), Kind::Text},
                                      pointsColumn(QStringLiteral("计算得分")),
                                      pointsColumn(QStringLiteral("加减分")),
                                      pointsColumn(QStringLiteral("总分")),
                                      {QStringLiteral("等次"), Kind::Text},
                                      {QStringLiteral("一票否决"), Kind::Text},
                                      {QStringLiteral("否决原因"), Kind::Text}};
    return {QStringLiteral("汇总"),
            tableOf(title(r.year) + QStringLiteral("——汇总"), subtitleOf(r), columns, rows),
            {}};
}

ExportSheet unitSheet(const AppraisalReport& r)
{
    QList<ExportColumn> columns{{QStringLiteral("乡镇（街道）"), Kind::Text}};
    for (const AppraisalIndicator& i : r.unitScheme.indicators)
        columns << pointsColumn(indicatorTitle(i));
    columns << pointsColumn(QStringLiteral("计算得分")) << pointsColumn(QStringLiteral("加减分"))
            << pointsColumn(QStringLiteral("总分"))
            << ExportColumn{QStringLiteral("等次"), Kind::Text}
            << ExportColumn{QStringLiteral("加减分理由"), Kind::Text}
            << ExportColumn{QStringLiteral("一票否决"), Kind::Text};
    QList<QVariantList> rows;
    for (const ReportUnit& u : r.units) {
        QVariantList row{u.outcome.townshipName};
        for (const AppraisalIndicator& i : r.unitScheme.indicators) {
            const IndicatorResult res = resultOf(u.outcome.indicators, i.code);
            row << (res.hasRecords ? points(res.score) : QVariant());
        }
        QStringList reasons;
        for (const ReportAdjustment& a : u.adjustments)
            reasons << QStringLiteral("%1%2分：%3")
                           .arg(adjustmentKind(a.commendation),
                                signedPoints(a.commendation ? a.points : -a.points), a.reason);
        row << points(u.outcome.points) << points(u.outcome.adjustment) << points(u.outcome.total)
            << gradeTitle(u.outcome.grade, SchemeKind::Unit) << reasons.join(QStringLiteral("；"))
            << vetoText(u);
        rows << row;
    }
    return {QStringLiteral("单位"),
            tableOf(title(r.year) + QStringLiteral("——各乡镇（街道）得分"),
                    QStringLiteral("指标格内为得分；空白表示该项暂无记录，不计分。"), columns,
                    rows),
            {}};
}

ExportSheet staffSheet(const AppraisalReport& r)
{
    QList<ExportColumn> columns{{QStringLiteral("姓名"), Kind::Text}};
    for (const AppraisalIndicator& i : r.staffScheme.indicators)
        columns << pointsColumn(indicatorTitle(i));
    columns << pointsColumn(QStringLiteral("计算得分"))
            << ExportColumn{QStringLiteral("本人自评"), Kind::Text}
            << ExportColumn{QStringLiteral("科长意见"), Kind::Text}
            << ExportColumn{QStringLiteral("科长"), Kind::Text}
            << ExportColumn{QStringLiteral("局长评定"), Kind::Text}
            << ExportColumn{QStringLiteral("评定说明"), Kind::Text}
            << ExportColumn{QStringLiteral("局长"), Kind::Text};
    QList<QVariantList> rows;
    for (const ReportStaff& s : r.staff) {
        QVariantList row{s.name};
        for (const IndicatorResult& res : s.indicators)
            row << (res.hasRecords ? points(res.score) : QVariant());
        row << points(s.points) << s.selfAssessment << s.chiefOpinion << s.chiefName
            << gradeTitle(s.directorGrade, SchemeKind::Staff) << s.directorNote << s.directorName;
        rows << row;
    }
    return {QStringLiteral("岗位"),
            tableOf(title(r.year) + QStringLiteral("——工作人员岗位考核"),
                    QStringLiteral("指标格内为得分；空白表示该项暂无记录。"), columns, rows),
            {}};
}

void indicatorRows(QList<QVariantList>& rows, const QString& kind, const QString& code,
                   const QString& name, const AppraisalScheme& scheme,
                   const QList<IndicatorResult>& results)
{
    for (const AppraisalIndicator& i : scheme.indicators) {
        const IndicatorResult res = resultOf(results, i.code);
        const bool rate = SchemeRules::isRate(i.code);
        QVariant permille;
        if (rate && res.hasRecords && res.denominator > 0)
            permille = points(res.numerator * 1000 / res.denominator);
        rows << QVariantList{kind,
                             code,
                             name,
                             indicatorTitle(i),
                             points(i.weight),
                             targetText(i),
                             res.hasRecords ? QVariant(res.numerator) : QVariant(),
                             res.hasRecords ? QVariant(res.denominator) : QVariant(),
                             permille,
                             res.hasRecords ? points(res.score) : QVariant(),
                             res.hasRecords ? QStringLiteral("有") : QStringLiteral("暂无记录")};
    }
}

ExportSheet indicatorSheet(const AppraisalReport& r)
{
    QList<QVariantList> rows;
    for (const ReportUnit& u : r.units)
        indicatorRows(rows, QStringLiteral("乡镇"), u.outcome.townshipCode, u.outcome.townshipName,
                      r.unitScheme, u.outcome.indicators);
    for (const ReportStaff& s : r.staff)
        indicatorRows(rows, QStringLiteral("工作人员"), QStringLiteral("user:%1").arg(s.userId),
                      s.name, r.staffScheme, s.indicators);
    const QList<ExportColumn> columns{
        {QStringLiteral("考核类别"), Kind::Text},    {QStringLiteral("对象代码"), Kind::Identifier},
        {QStringLiteral("考核对象"), Kind::Text},    {QStringLiteral("指标"), Kind::Text},
        pointsColumn(QStringLiteral("分值")),        {QStringLiteral("目标"), Kind::Text},
        {QStringLiteral("分子"), Kind::Integer},     {QStringLiteral("分母"), Kind::Integer},
        pointsColumn(QStringLiteral("完成率（%）")), pointsColumn(QStringLiteral("得分")),
        {QStringLiteral("有无记录"), Kind::Text}};
    return {QStringLiteral("指标"),
            tableOf(title(r.year) + QStringLiteral("——指标明细"),
                    QStringLiteral("完成率＝分子÷分母；计数类指标（如走访次数）以分子为完成数。"),
                    columns, rows),
            {}};
}

ExportSheet chartSheet(const AppraisalReport& r)
{
    QList<QVariantList> rows;
    ExportSheet sheet;
    sheet.name = QStringLiteral("图表");
    auto add = [&](const ChartData& chart) {
        rows << QVariantList{qint64(rows.size() + 1), chart.title, qint64(chart.categories.size())};
        sheet.images << ExportImage{chartPng(chart, 240.0, 120.0), 0.5};
    };
    if (!r.units.isEmpty())
        add(unitTotalsChart(r));
    if (!r.staff.isEmpty())
        add(staffPointsChart(r));
    sheet.table = tableOf(title(r.year) + QStringLiteral("——图表"), subtitleOf(r),
                          {{QStringLiteral("序号"), Kind::Integer},
                           {QStringLiteral("图表"), Kind::Text},
                           {QStringLiteral("项数"), Kind::Integer}},
                          rows);
    return sheet;
}

} // namespace

namespace AppraisalReportSheets {

QList<ExportSheet> sheets(const AppraisalReport& report)
{
    return {summarySheet(report), unitSheet(report), staffSheet(report), indicatorSheet(report),
            chartSheet(report)};
}

} // namespace AppraisalReportSheets

} // namespace youfu::core
