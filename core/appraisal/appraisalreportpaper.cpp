#include "appraisal/appraisalreportpaper.h"

#include "appraisal/schemerules.h"
#include "common/isotime.h"
#include "report/chartpainter.h"

namespace youfu::core {

namespace {

using namespace AppraisalReportText;

constexpr double kChartWidthMm = 156.0; // the text block
constexpr double kChartHeightMm = 95.0;

QString pts(int tenths)
{
    return SchemeRules::pointsText(tenths);
}

QString gradeCell(const ReportUnit& u)
{
    return gradeTitle(u.outcome.grade, SchemeKind::Unit);
}

void addCover(OfficialDocument& doc, const AppraisalReport& r)
{
    doc.setTitle(title(r.year));
    doc.addSpace(2);
    doc.addLine(QStringLiteral("（%1年1月1日至%1年12月31日）").arg(r.year), Qt::AlignHCenter);
    doc.addSpace(12);
    doc.addLine(QStringLiteral("编制单位：%1")
                    .arg(r.officeName.isEmpty() ? QStringLiteral("　") : r.officeName),
                Qt::AlignHCenter);
    doc.addLine(QStringLiteral("编制日期：%1").arg(chineseDate(r.printedOn)), Qt::AlignHCenter);
    doc.addSpace(4);
    doc.addLine(QStringLiteral("（盖章）"), Qt::AlignHCenter);
    doc.addPageBreak();
}

void addSummary(OfficialDocument& doc, const AppraisalReport& r)
{
    doc.addHeading(QStringLiteral("一、考核总体情况"));
    int counts[4] = {0, 0, 0, 0};
    int vetoed = 0;
    for (const ReportUnit& u : r.units) {
        switch (u.outcome.grade) {
        case Grade::Excellent:
            ++counts[0];
            break;
        case Grade::Good:
            ++counts[1];
            break;
        case Grade::Pass:
            ++counts[2];
            break;
        case Grade::Fail:
        case Grade::None:
            ++counts[3];
            break;
        }
        if (!vetoText(u).isEmpty())
            ++vetoed;
    }
    QString text = QStringLiteral("根据%1，对%2个乡镇（街道）%3年度优抚工作进行了考核，"
                                  "考核结果均由系统依据全年业务记录计算得出。其中优秀%4个、"
                                  "良好%5个、合格%6个、不合格%7个")
                       .arg(r.unitScheme.basis.isEmpty() ? QStringLiteral("本年度考核方案")
                                                         : r.unitScheme.basis)
                       .arg(r.units.size())
                       .arg(r.year)
                       .arg(counts[0])
                       .arg(counts[1])
                       .arg(counts[2])
                       .arg(counts[3]);
    text +=
        vetoed > 0 ? QStringLiteral("（其中一票否决%1个）。").arg(vetoed) : QStringLiteral("。");
    if (r.computedAt.isValid())
        text += QStringLiteral("计算时间：%1。")
                    .arg(r.computedAt.toLocalTime().toString(QStringLiteral("yyyy年M月d日 HH:mm")));
    doc.addParagraph(text);

    RuledTable t;
    t.header = {QStringLiteral("序号"),     QStringLiteral("乡镇（街道）"),
                QStringLiteral("计算得分"), QStringLiteral("加减分"),
                QStringLiteral("总分"),     QStringLiteral("等次"),
                QStringLiteral("一票否决")};
    t.columnPercent = {8, 22, 13, 11, 11, 11, 24};
    t.alignment = {Qt::AlignHCenter, Qt::AlignLeft,    Qt::AlignRight, Qt::AlignRight,
                   Qt::AlignRight,   Qt::AlignHCenter, Qt::AlignLeft};
    int n = 0;
    for (const ReportUnit& u : r.units) {
        const QString veto = vetoText(u);
        t.rows << QStringList{QString::number(++n),
                              u.outcome.townshipName,
                              pts(u.outcome.points),
                              signedPoints(u.outcome.adjustment),
                              pts(u.outcome.total),
                              gradeCell(u),
                              veto.isEmpty() ? QStringLiteral("—")
                                             : QStringLiteral("否决：") + veto};
    }
    doc.addTable(t);
    if (!r.units.isEmpty())
        doc.addImage(chartImage(unitTotalsChart(r), kChartWidthMm, kChartHeightMm), kChartWidthMm);
}

void addIndicatorTable(OfficialDocument& doc, const AppraisalScheme& scheme,
                       const QList<IndicatorResult>& results)
{
    RuledTable t;
    t.header = {QStringLiteral("考核指标"), QStringLiteral("分值"),     QStringLiteral("分子"),
                QStringLiteral("分母"),     QStringLiteral("完成情况"), QStringLiteral("目标"),
                QStringLiteral("得分")};
    t.columnPercent = {28, 9, 11, 11, 14, 12, 15};
    t.alignment = {Qt::AlignLeft,  Qt::AlignRight, Qt::AlignRight,  Qt::AlignRight,
                   Qt::AlignRight, Qt::AlignRight, Qt::AlignHCenter};
    for (const AppraisalIndicator& i : scheme.indicators) {
        const IndicatorResult res = resultOf(results, i.code);
        QString name = indicatorTitle(i);
        if (i.days > 0)
            name += QStringLiteral("（%1日内）").arg(i.days);
        t.rows << QStringList{name,
                              pts(i.weight),
                              res.hasRecords ? QString::number(res.numerator) : QStringLiteral("—"),
                              res.hasRecords ? QString::number(res.denominator)
                                             : QStringLiteral("—"),
                              rateText(i.code, res),
                              targetText(i),
                              scoreText(res)};
    }
    doc.addTable(t);
}

void addUnit(OfficialDocument& doc, const AppraisalReport& r, const ReportUnit& u, int n)
{
    doc.addHeading(QStringLiteral("（%1）%2")
                       .arg(AppraisalReportPaper::chineseOrdinal(n), u.outcome.townshipName));
    const QString veto = vetoText(u);
    doc.addParagraph(QStringLiteral("计算得分%1分，加减分%2分，总分%3分，考核等次：%4%5。")
                         .arg(pts(u.outcome.points), signedPoints(u.outcome.adjustment),
                              pts(u.outcome.total), gradeCell(u),
                              veto.isEmpty() ? QString() : QStringLiteral("（一票否决）")));
    addIndicatorTable(doc, r.unitScheme, u.outcome.indicators);
    doc.addNote(QStringLiteral("注：完成情况＝分子÷分母；“暂无记录”表示该项本年度尚无业务记录，"
                               "不计分也不扣分。"));
    if (u.adjustments.isEmpty()) {
        doc.addLine(QStringLiteral("加减分：无。"));
    } else {
        doc.addLine(QStringLiteral("加减分："));
        RuledTable a;
        a.header = {QStringLiteral("类别"), QStringLiteral("分值"), QStringLiteral("理由"),
                    QStringLiteral("登记人"), QStringLiteral("登记日期")};
        a.columnPercent = {14, 10, 40, 14, 22};
        a.alignment = {Qt::AlignHCenter, Qt::AlignRight, Qt::AlignLeft, Qt::AlignHCenter,
                       Qt::AlignHCenter};
        a.freeText = true;
        for (const ReportAdjustment& adj : u.adjustments)
            a.rows << QStringList{adjustmentKind(adj.commendation),
                                  signedPoints(adj.commendation ? adj.points : -adj.points),
                                  adj.reason, adj.byName, chineseDate(adj.at.toLocalTime().date())};
        doc.addTable(a);
    }
    doc.addLine(veto.isEmpty()
                    ? QStringLiteral("一票否决：无。")
                    : QStringLiteral("一票否决：%1，按考核方案等次定为不合格。").arg(veto));
}

void addStaff(OfficialDocument& doc, const AppraisalReport& r)
{
    doc.addHeading(QStringLiteral("三、工作人员岗位考核情况"));
    if (r.staff.isEmpty()) {
        doc.addParagraph(QStringLiteral("本年度尚未计算工作人员岗位考核。"));
        return;
    }
    const QList<AppraisalIndicator>& indicators = r.staffScheme.indicators;
    RuledTable t;
    t.header << QStringLiteral("姓名");
    t.columnPercent << 14;
    t.alignment << Qt::AlignHCenter;
    const int each = indicators.isEmpty() ? 0 : qMax(10, 58 / int(indicators.size()));
    for (const AppraisalIndicator& i : indicators) {
        t.header << indicatorTitle(i);
        t.columnPercent << each;
        t.alignment << Qt::AlignHCenter;
    }
    t.header << QStringLiteral("计算得分") << QStringLiteral("局长评定");
    t.columnPercent << 13 << 15;
    t.alignment << Qt::AlignRight << Qt::AlignHCenter;
    for (const ReportStaff& s : r.staff) {
        QStringList line{s.name};
        for (const IndicatorResult& res : s.indicators)
            line << (res.hasRecords ? QStringLiteral("%1\n%2/%3")
                                          .arg(pts(res.score))
                                          .arg(res.numerator)
                                          .arg(res.denominator)
                                    : scoreText(res));
        const QString grade = gradeTitle(s.directorGrade, SchemeKind::Staff);
        line << pts(s.points) << (grade.isEmpty() ? QStringLiteral("未评定") : grade);
        t.rows << line;
    }
    doc.addTable(t);
    doc.addNote(QStringLiteral("注：各项指标格内上为得分，下为分子/分母。"));

    RuledTable o;
    o.header = {QStringLiteral("姓名"), QStringLiteral("本人自评"), QStringLiteral("科长意见"),
                QStringLiteral("局长评定")};
    o.columnPercent = {14, 30, 30, 26};
    o.freeText = true;
    for (const ReportStaff& s : r.staff) {
        QString chief = s.chiefOpinion.isEmpty() ? QStringLiteral("（未填写）") : s.chiefOpinion;
        if (!s.chiefName.isEmpty())
            chief += QStringLiteral("\n——%1").arg(s.chiefName);
        QString director = gradeTitle(s.directorGrade, SchemeKind::Staff);
        if (director.isEmpty())
            director = QStringLiteral("（未评定）");
        if (!s.directorNote.isEmpty())
            director += QStringLiteral("：") + s.directorNote;
        if (!s.directorName.isEmpty())
            director += QStringLiteral("\n——%1").arg(s.directorName);
        o.rows << QStringList{
            s.name, s.selfAssessment.isEmpty() ? QStringLiteral("（未填写）") : s.selfAssessment,
            chief, director};
    }
    doc.addTable(o);
    doc.addImage(chartImage(staffPointsChart(r), kChartWidthMm, kChartHeightMm), kChartWidthMm);
}

void addScheme(OfficialDocument& doc, const AppraisalScheme& s, const QString& drafter,
               const QString& approver)
{
    if (s.id == 0)
        return;
    doc.addLine(QStringLiteral("%1：").arg(s.kind == SchemeKind::Staff
                                               ? QStringLiteral("（二）工作人员岗位考核方案")
                                               : QStringLiteral("（一）乡镇（街道）考核方案")));
    for (const QString& line : schemeLines(s))
        doc.addParagraph(line);
    if (s.status == SchemeStatus::Approved)
        doc.addParagraph(QStringLiteral("方案由%1拟定，经%2于%3批准。")
                             .arg(drafter.isEmpty() ? QStringLiteral("科室") : drafter,
                                  approver.isEmpty() ? QStringLiteral("局长") : approver,
                                  chineseDate(s.approvedAt.toLocalTime().date())));
    else
        doc.addParagraph(QStringLiteral("方案尚未经局长批准。"));
}

} // namespace

namespace AppraisalReportPaper {

QString chineseOrdinal(int n)
{
    static const QString digits = QStringLiteral("零一二三四五六七八九");
    if (n <= 0 || n >= 100)
        return QString::number(n);
    QString text;
    if (n >= 10) {
        if (n / 10 > 1)
            text += digits.at(n / 10);
        text += QStringLiteral("十");
    }
    if (n % 10 != 0)
        text += digits.at(n % 10);
    return text;
}

OfficialDocument document(const AppraisalReport& r, const QString& preparedBy,
                          const std::function<bool(int permille)>& step)
{
    OfficialDocument doc;
    addCover(doc, r);
    addSummary(doc, r);
    const int parts = int(r.units.size()) + 2;
    auto progress = [&](int done) { return !step || step(done * 1000 / parts); };
    if (!progress(1))
        return doc;
    for (int i = 0; i < r.units.size(); ++i) {
        doc.addPageBreak();
        if (i == 0)
            doc.addHeading(QStringLiteral("二、各乡镇（街道）考核情况"));
        addUnit(doc, r, r.units.at(i), i + 1);
        if (!progress(i + 2))
            return doc;
    }
    doc.addPageBreak();
    addStaff(doc, r);
    doc.addHeading(QStringLiteral("四、考核方案及依据"));
    addScheme(doc, r.unitScheme, r.unitDrafter, r.unitApprover);
    addScheme(doc, r.staffScheme, r.staffDrafter, r.staffApprover);
    doc.addHeading(QStringLiteral("五、审核审批"));
    doc.addSignatures({SignatureSlot(QStringLiteral("制表人"), preparedBy, r.printedOn),
                       SignatureSlot(QStringLiteral("科长审核")),
                       SignatureSlot(QStringLiteral("局长审批"), QString(), QDate(), true)});
    doc.addDateLine(r.printedOn);
    progress(parts);
    return doc;
}

} // namespace AppraisalReportPaper

} // namespace youfu::core
