#include "appraisal/appraisalreport.h"

#include "appraisal/schemerules.h"
#include "common/isotime.h"

#include <QHash>

namespace youfu::core {

namespace {

bool hasChinese(const QString& s)
{
    for (const QChar c : s)
        if (c.unicode() >= 0x4E00 && c.unicode() <= 0x9FFF)
            return true;
    return false;
}

// The paper is Chinese whatever language the window speaks (as every paper of the section).
const QHash<QString, QString>& chineseTitles()
{
    static const QHash<QString, QString> titles{
        {QString::fromLatin1(unitindicator::ZeroReportRate), QStringLiteral("零报告报送率")},
        {QString::fromLatin1(unitindicator::ZeroReportOnTime), QStringLiteral("零报告及时率")},
        {QString::fromLatin1(unitindicator::PetitionAccepted), QStringLiteral("信访按期受理率")},
        {QString::fromLatin1(unitindicator::PetitionAnswered), QStringLiteral("信访按期办结率")},
        {QString::fromLatin1(unitindicator::PetitionSatisfied), QStringLiteral("信访群众满意率")},
        {QString::fromLatin1(unitindicator::VisitsDone), QStringLiteral("走访计划完成率")},
        {QString::fromLatin1(unitindicator::ArchiveComplete), QStringLiteral("档案齐全率")},
        {QString::fromLatin1(unitindicator::TrainingAttended), QStringLiteral("业务培训参训率")},
        {QString::fromLatin1(unitindicator::PaymentFailuresFixed),
         QStringLiteral("发放失败及时处理率")},
        {QString::fromLatin1(staffindicator::ApprovalsOnTime), QStringLiteral("审批按时办理率")},
        {QString::fromLatin1(staffindicator::CasesOnTime), QStringLiteral("信访按期办结率")},
        {QString::fromLatin1(staffindicator::ArchiveFiled), QStringLiteral("档案归档审核率")},
        {QString::fromLatin1(staffindicator::VisitsMade), QStringLiteral("走访次数")},
    };
    return titles;
}

} // namespace

namespace AppraisalReportText {

QString title(int year)
{
    return QStringLiteral("%1年度优抚工作年终考核报告").arg(year);
}

QString fileBaseName(const AppraisalReport& r)
{
    return r.officeName.isEmpty() ? title(r.year)
                                  : QStringLiteral("%1-%2").arg(title(r.year), r.officeName);
}

QString gradeTitle(Grade grade, SchemeKind kind)
{
    const bool staff = kind == SchemeKind::Staff;
    switch (grade) {
    case Grade::Excellent:
        return QStringLiteral("优秀");
    case Grade::Good:
        return staff ? QStringLiteral("称职") : QStringLiteral("良好");
    case Grade::Pass:
        return staff ? QStringLiteral("基本称职") : QStringLiteral("合格");
    case Grade::Fail:
        return staff ? QStringLiteral("不称职") : QStringLiteral("不合格");
    case Grade::None:
        break;
    }
    return QString();
}

QString indicatorTitle(const AppraisalIndicator& indicator)
{
    if (hasChinese(indicator.title))
        return indicator.title;
    const QString chinese = chineseTitles().value(indicator.code);
    if (!chinese.isEmpty())
        return chinese;
    return indicator.title.isEmpty() ? indicator.code : indicator.title;
}

AppraisalIndicator indicatorOf(const AppraisalScheme& scheme, const QString& code)
{
    for (const AppraisalIndicator& i : scheme.indicators)
        if (i.code == code)
            return i;
    AppraisalIndicator none;
    none.code = code;
    return none;
}

IndicatorResult resultOf(const QList<IndicatorResult>& results, const QString& code)
{
    for (const IndicatorResult& r : results)
        if (r.indicatorCode == code)
            return r;
    IndicatorResult none;
    none.indicatorCode = code;
    return none;
}

QString rateText(const QString& code, const IndicatorResult& r)
{
    if (!SchemeRules::isRate(code))
        return r.hasRecords ? QString::number(r.numerator) : QStringLiteral("—");
    if (!r.hasRecords || r.denominator <= 0)
        return QStringLiteral("—");
    return SchemeRules::permilleText(r.numerator * 1000 / r.denominator);
}

QString targetText(const AppraisalIndicator& i)
{
    return SchemeRules::isRate(i.code) ? SchemeRules::permilleText(i.target)
                                       : QString::number(i.target);
}

QString scoreText(const IndicatorResult& r)
{
    return r.hasRecords ? SchemeRules::pointsText(r.score) : QStringLiteral("暂无记录");
}

QString signedPoints(int tenths)
{
    const QString text = SchemeRules::pointsText(tenths < 0 ? -tenths : tenths);
    if (tenths > 0)
        return QLatin1Char('+') + text;
    if (tenths < 0)
        return QLatin1Char('-') + text;
    return text;
}

QString vetoText(const ReportUnit& u)
{
    if (u.outcome.vetoCaseId == 0 && u.outcome.vetoReason.isEmpty())
        return QString();
    if (!u.outcome.vetoReason.isEmpty())
        return u.outcome.vetoReason;
    QString text = QStringLiteral("信访案件 %1").arg(u.vetoCaseNumber);
    if (u.vetoCaseDate.isValid())
        text += QStringLiteral("（%1）").arg(chineseDate(u.vetoCaseDate));
    return text;
}

QString adjustmentKind(bool commendation)
{
    return commendation ? QStringLiteral("嘉奖加分") : QStringLiteral("扣分");
}

QStringList schemeLines(const AppraisalScheme& s)
{
    QStringList lines;
    if (s.id == 0)
        return lines;
    const bool staff = s.kind == SchemeKind::Staff;
    lines << QStringLiteral("方案：%1").arg(s.title);
    lines << QStringLiteral("依据：%1")
                 .arg(s.basis.isEmpty() ? QStringLiteral("（未填写）") : s.basis);
    lines << QStringLiteral("等次：%1分以上为%2，%3分以上为%4，%5分以上为%6，其下为%7。")
                 .arg(SchemeRules::pointsText(s.excellentAt), gradeTitle(Grade::Excellent, s.kind),
                      SchemeRules::pointsText(s.goodAt), gradeTitle(Grade::Good, s.kind),
                      SchemeRules::pointsText(s.passAt), gradeTitle(Grade::Pass, s.kind),
                      gradeTitle(Grade::Fail, s.kind));
    if (!staff) {
        QStringList vetoes;
        if (s.vetoGroup)
            vetoes << QStringLiteral("集体访");
        if (s.vetoBeyondLevel)
            vetoes << QStringLiteral("越级访");
        if (s.vetoSeriousEffect)
            vetoes << QStringLiteral("经局长认定造成严重影响的信访案件");
        lines << (vetoes.isEmpty()
                      ? QStringLiteral("一票否决：本方案未设一票否决。")
                      : QStringLiteral("一票否决：本年度辖区内发生%1的，等次定为不合格，不论得分。")
                            .arg(vetoes.join(QStringLiteral("、"))));
    }
    return lines;
}

ChartData unitTotalsChart(const AppraisalReport& r)
{
    ChartData chart;
    chart.kind = ChartData::Kind::Bars;
    chart.title = QStringLiteral("%1年度各乡镇（街道）考核总分").arg(r.year);
    chart.unit = QStringLiteral("分");
    ChartSeries total{QStringLiteral("总分"), {}};
    for (const ReportUnit& u : r.units) {
        chart.categories << u.outcome.townshipName;
        total.values << u.outcome.total / 10.0;
    }
    chart.series << total;
    return chart;
}

ChartData staffPointsChart(const AppraisalReport& r)
{
    ChartData chart;
    chart.kind = ChartData::Kind::Bars;
    chart.title = QStringLiteral("%1年度工作人员岗位考核计算得分").arg(r.year);
    chart.unit = QStringLiteral("分");
    ChartSeries points{QStringLiteral("计算得分"), {}};
    for (const ReportStaff& s : r.staff) {
        chart.categories << s.name;
        points.values << s.points / 10.0;
    }
    chart.series << points;
    return chart;
}

} // namespace AppraisalReportText

} // namespace youfu::core
