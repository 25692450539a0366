#include "appraisal/staffpapers.h"

#include "appraisal/schemerules.h"

namespace youfu::core {

namespace StaffPapers {

namespace {
QString targetText(const StaffTarget& t)
{
    if (SchemeRules::isRate(t.code))
        return SchemeRules::permilleText(t.target);
    return QStringLiteral("%1次").arg(t.target);
}

// The paper prints in Chinese whatever the window's language.
QString postOf(const StaffMember& p)
{
    QStringList posts;
    if (p.roles.testFlag(Role::Clerk))
        posts << QStringLiteral("经办人");
    if (p.roles.testFlag(Role::SectionChief))
        posts << QStringLiteral("科长");
    if (p.roles.testFlag(Role::Inspector))
        posts << QStringLiteral("纪检监督");
    if (p.roles.testFlag(Role::Director))
        posts << QStringLiteral("局长");
    return posts.join(QStringLiteral("、"));
}
} // namespace

QString dutyText(const StaffTarget& t)
{
    const QString target = targetText(t);
    if (t.code == QLatin1String(staffindicator::ApprovalsOnTime))
        return QStringLiteral("经办、签署的优抚待遇审批事项，自收到之日起%1日内办理完毕，"
                              "按时办理率不低于%2。")
            .arg(t.days)
            .arg(target);
    if (t.code == QLatin1String(staffindicator::CasesOnTime))
        return QStringLiteral("本人承办的信访事项在法定期限内办理并答复，按期答复率不低于%1。")
            .arg(target);
    if (t.code == QLatin1String(staffindicator::ArchiveFiled))
        return QStringLiteral("本人归档的优抚对象档案材料真实完整，经他人审核通过率不低于%1。")
            .arg(target);
    if (t.code == QLatin1String(staffindicator::VisitsMade))
        return QStringLiteral("全年走访慰问优抚对象不少于%1，并如实记录走访情况。").arg(target);
    return QStringLiteral("%1：目标%2。").arg(t.title, target);
}

OfficialDocument pledge(const QString& officeName, int year, const StaffMember& person,
                        const QList<StaffTarget>& targets)
{
    OfficialDocument doc;
    doc.setTitle(QStringLiteral("%1年度岗位目标责任书").arg(year));
    doc.setNumberLine(QStringLiteral("单位：%1").arg(officeName),
                      QStringLiteral("年度：%1年").arg(year));
    doc.setContinuationHeader(QStringLiteral("%1年度岗位目标责任书（续页）").arg(year),
                              QStringLiteral("责任人：%1").arg(person.name));
    doc.addParticulars({{QStringLiteral("责任人"), person.name},
                        {QStringLiteral("岗位"), postOf(person)},
                        {QStringLiteral("单位"), officeName, true}});
    doc.addParagraph(QStringLiteral("为落实优抚工作岗位责任，明确工作目标，经%1研究，与责任人"
                                    "签订本责任书。考核期为%2年1月1日至%2年12月31日，年终"
                                    "按下列目标考核，考核结果分为优秀、称职、基本称职、不称职"
                                    "四个等次。")
                         .arg(officeName)
                         .arg(year));
    doc.addHeading(QStringLiteral("一、目标任务"));
    RuledTable t;
    t.header = {QStringLiteral("序号"), QStringLiteral("考核指标"), QStringLiteral("目标"),
                QStringLiteral("分值")};
    t.columnPercent = {10, 50, 20, 20};
    t.alignment = {Qt::AlignHCenter, Qt::AlignLeft, Qt::AlignRight, Qt::AlignRight};
    int n = 0;
    int weights = 0;
    for (const StaffTarget& x : targets) {
        QString target = targetText(x);
        if (x.days > 0)
            target = QStringLiteral("%1日内 %2").arg(x.days).arg(target);
        t.rows << QStringList{QString::number(++n), x.title, target,
                              SchemeRules::pointsText(x.weight)};
        weights += x.weight;
    }
    t.rows << QStringList{QString(), QStringLiteral("合计"), QString(),
                          SchemeRules::pointsText(weights)};
    doc.addTable(t);
    doc.addHeading(QStringLiteral("二、工作职责"));
    n = 0;
    for (const StaffTarget& x : targets)
        doc.addParagraph(QStringLiteral("%1. %2").arg(++n).arg(dutyText(x)));
    doc.addParagraph(QStringLiteral("%1. 遵守工作纪律，严格执行优抚政策，谁审批谁负责；"
                                    "不得审批本人经办的事项。")
                         .arg(++n));
    doc.addHeading(QStringLiteral("三、考核办法"));
    doc.addParagraph(QStringLiteral("年终由系统根据全年业务记录计算各项指标完成情况，责任人"
                                    "填写自我评价，科室负责人提出意见，局长评定等次。本人不"
                                    "参与对自己的评定。本责任书一式两份，责任人与单位各执一份。"));
    doc.addSpace(1);
    doc.addSignatures({{QStringLiteral("责任人")},
                       {QStringLiteral("科室负责人")},
                       {QStringLiteral("局长"), QString(), QDate(), true}});
    return doc;
}

QString pledgeFileName(int year, const StaffMember& person)
{
    return QStringLiteral("岗位目标责任书-%1-%2.pdf").arg(year).arg(person.name);
}

} // namespace StaffPapers

} // namespace youfu::core
