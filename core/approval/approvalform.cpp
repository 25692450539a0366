#include "approval/approvalform.h"

#include "approval/applicationrules.h"
#include "approval/approvalrules.h"
#include "common/isotime.h"
#include "policy/policyrules.h"
#include "registry/categoryrules.h"
#include "registry/sex.h"
#include "report/documentrenderer.h"

namespace youfu::core {

namespace {
// The printed form is Chinese official paper: its labels are fixed domain text, not tr().
QString boxLabel(Role role)
{
    switch (role) {
    case Role::SectionChief:
        return QStringLiteral("科长审核意见");
    case Role::Inspector:
        return QStringLiteral("纪检监督意见");
    case Role::Director:
        return QStringLiteral("局长审批意见");
    default:
        return QStringLiteral("经办人意见");
    }
}

QString signLabel(Role role)
{
    switch (role) {
    case Role::SectionChief:
        return QStringLiteral("审核人");
    case Role::Inspector:
        return QStringLiteral("监督人");
    case Role::Director:
        return QStringLiteral("审批人");
    default:
        return QStringLiteral("经办人");
    }
}

QString roleWord(Role role)
{
    switch (role) {
    case Role::SectionChief:
        return QStringLiteral("科长");
    case Role::Inspector:
        return QStringLiteral("纪检监督");
    case Role::Director:
        return QStringLiteral("局长");
    default:
        return QStringLiteral("经办人");
    }
}

QString decisionWord(StepDecision d)
{
    switch (d) {
    case StepDecision::Submit:
        return QStringLiteral("提交");
    case StepDecision::Approve:
        return QStringLiteral("同意");
    case StepDecision::Return:
        return QStringLiteral("退回");
    case StepDecision::Reject:
        return QStringLiteral("不同意");
    }
    return QString();
}

QString typeName(ApplicationType t)
{
    switch (t) {
    case ApplicationType::Recognition:
        return QStringLiteral("优抚对象身份认定");
    case ApplicationType::DisabilityGrade:
        return QStringLiteral("评定（调整）残疾等级");
    case ApplicationType::StandardChange:
        return QStringLiteral("调整抚恤补助标准");
    case ApplicationType::TemporaryAssistance:
        return QStringLiteral("临时救助");
    case ApplicationType::Recuperation:
        return QStringLiteral("短期疗养");
    case ApplicationType::StopBenefits:
        return QStringLiteral("停发抚恤补助");
    }
    return QString();
}

// The paper is always Chinese: the reason of temporary assistance beside the item.
QString assistanceReasonWord(const QString& key)
{
    if (key == QLatin1String("housing"))
        return QStringLiteral("住房困难");
    if (key == QLatin1String("destitute"))
        return QStringLiteral("特困");
    if (key == QLatin1String("illness"))
        return QStringLiteral("重病");
    if (key == QLatin1String("accident"))
        return QStringLiteral("意外");
    if (key == QLatin1String("other"))
        return QStringLiteral("其他");
    return QString();
}

QString stateWord(ApplicationState s)
{
    switch (s) {
    case ApplicationState::Draft:
        return QStringLiteral("草稿");
    case ApplicationState::Pending:
        return QStringLiteral("审批中");
    case ApplicationState::Returned:
        return QStringLiteral("已退回");
    case ApplicationState::Rejected:
        return QStringLiteral("不予批准");
    case ApplicationState::Approved:
        return QStringLiteral("已批准");
    }
    return QString();
}

QString benefitText(const Application& a)
{
    const QString from = chineseDate(a.draft.effectiveDate);
    if (a.draft.type == ApplicationType::StopBenefits)
        return QStringLiteral("自%1起停发抚恤补助").arg(from);
    if (a.benefit.annualFen > 0)
        return QStringLiteral("年抚恤补助标准%1（每月%2），自%3起执行")
            .arg(ApprovalForm::yuanText(a.benefit.annualFen),
                 ApprovalForm::yuanText((a.benefit.annualFen + 6) / 12), from);
    if (a.benefit.oneOffFen > 0)
        return QStringLiteral("一次性发放%1").arg(ApprovalForm::yuanText(a.benefit.oneOffFen));
    return QStringLiteral("（提交后由系统按抚恤补助标准核定）");
}
} // namespace

QString ApprovalForm::yuanText(qint64 fen)
{
    return PolicyRules::yuan(fen) + QStringLiteral("元");
}

OfficialDocument ApprovalForm::form(const Application& a, const Person& p,
                                    const QString& officeName)
{
    OfficialDocument doc;
    doc.setTitle(QStringLiteral("优抚对象待遇审批表"));
    doc.setNumberLine(QStringLiteral("填报单位：%1（优抚科）").arg(officeName),
                      QStringLiteral("编号：%1")
                          .arg(a.number.isEmpty() ? QStringLiteral("（批准后编号）") : a.number));

    QStringList held;
    for (const PersonCategory& c : p.categories) {
        QString s = c.categoryName.isEmpty() ? c.categoryCode : c.categoryName;
        if (c.grade > 0)
            s += QStringLiteral("（%1%2）").arg(CategoryRules::gradeTitle(c.grade), c.nature);
        s += c.endDate.isValid()
                 ? QStringLiteral("，%1至%2").arg(chineseDate(c.startDate), chineseDate(c.endDate))
                 : QStringLiteral("，自%1起").arg(chineseDate(c.startDate));
        held << s;
    }
    QString requested = a.draft.requestedChange;
    if (a.draft.grade > 0 && a.draft.type != ApplicationType::StandardChange)
        requested +=
            QStringLiteral("（%1 %2 %3）")
                .arg(a.categoryName, CategoryRules::gradeTitle(a.draft.grade), a.draft.nature);
    QStringList docs;
    for (const SupportingDocument& d : a.documents)
        docs << QStringLiteral("%1. %2《%3》%4页")
                    .arg(docs.size() + 1)
                    .arg(d.kindName, d.title)
                    .arg(d.pages);

    const QString village = p.villageName.isEmpty() ? QString() : p.villageName;
    QList<Particular> fields{
        {QStringLiteral("姓名"), p.name},
        {QStringLiteral("性别"), sexTitle(p.sex)},
        {QStringLiteral("公民身份号码"), p.citizenId},
        {QStringLiteral("出生日期"), chineseDate(p.birthDate)},
        {QStringLiteral("民族"), p.ethnicity},
        {QStringLiteral("人员状态"), personStatusTitle(p.status)},
        {QStringLiteral("乡镇（街道）"), p.townshipName},
        {QStringLiteral("村（社区）"), village},
        {QStringLiteral("家庭住址"), p.address, true, QString(), 0, true},
        {QStringLiteral("优抚类别及等级"),
         held.isEmpty() ? QStringLiteral("无") : held.join(QLatin1Char('\n')), true, QString(), 0,
         true},
        {QStringLiteral("审批事项"),
         assistanceReasonWord(a.draft.assistanceReason).isEmpty()
             ? typeName(a.draft.type)
             : QStringLiteral("%1（%2）")
                   .arg(typeName(a.draft.type), assistanceReasonWord(a.draft.assistanceReason))},
        {QStringLiteral("生效日期"), chineseDate(a.draft.effectiveDate)},
        {QStringLiteral("申请事项"), requested, true, QString(), 0, true},
        {QStringLiteral("基本情况"), a.draft.facts, true, QString(), 0, true},
        {QStringLiteral("申请理由"), a.draft.reason, true, QString(), 0, true},
        {QStringLiteral("政策依据"),
         a.benefit.basis.isEmpty() ? QStringLiteral("（提交后核定）") : a.benefit.basis, true,
         QString(), 0, true},
        {QStringLiteral("核定待遇"), benefitText(a), true, QString(), 0, true},
        {QStringLiteral("证明材料"),
         docs.isEmpty() ? QStringLiteral("无") : docs.join(QLatin1Char('\n')), true, QString(), 0,
         true},
    };

    // One box per step of the current round: the drafter's, then each signer's.
    const int round = a.round;
    auto stepOf = [&](int index) -> const ApprovalStep* {
        const ApprovalStep* found = nullptr;
        for (const ApprovalStep& s : a.steps)
            if (s.round == round && s.stepIndex == index)
                found = &s;
        return found;
    };
    QList<Particular>& boxes = fields; // one ruled table: no gap between the parts
    const ApprovalStep* submitted = stepOf(0);
    boxes << Particular(
        boxLabel(Role::Clerk),
        submitted ? QStringLiteral("情况属实，拟按政策规定办理，请审核。") : QString(), true,
        OfficialDocument::signLine(signLabel(Role::Clerk),
                                   submitted ? submitted->signerName : a.draftedByName,
                                   submitted ? submitted->signedAt.toLocalTime().date() : QDate()),
        submitted ? 0 : 1, true);
    for (int i = 0; i < a.chain.size(); ++i) {
        const Role role = a.chain.at(i);
        const ApprovalStep* s = stepOf(i + 1);
        QString text;
        if (s)
            text = s->decision == StepDecision::Approve
                       ? s->opinion
                       : QStringLiteral("【%1】%2").arg(decisionWord(s->decision), s->opinion);
        QString sign = OfficialDocument::signLine(
            signLabel(role) + QStringLiteral("（%1）").arg(roleWord(role)),
            s ? s->signerName : QString(), s ? s->signedAt.toLocalTime().date() : QDate());
        if (role == Role::Director)
            sign += QStringLiteral("（盖章）");
        // A signed box needs no room to write in; an open one keeps two lines for the hand.
        boxes << Particular(boxLabel(role), text, true, sign, s ? 0 : 2, true);
    }
    doc.addParticulars(fields, 2);

    if (a.state == ApplicationState::Approved && a.reportedOn.isValid())
        doc.addNote(QStringLiteral("已于%1上报上级主管部门，文号（登记号）：%2。")
                        .arg(chineseDate(a.reportedOn), a.reportedRef));
    // Earlier rounds stay on the record: returned applications show what was asked.
    QList<QStringList> earlier;
    for (const ApprovalStep& s : a.steps)
        if (s.round < round)
            earlier << QStringList{QString::number(s.round),
                                   roleWord(s.role),
                                   s.signerName,
                                   decisionWord(s.decision),
                                   s.opinion,
                                   chineseDate(s.signedAt.toLocalTime().date())};
    if (!earlier.isEmpty()) {
        doc.addHeading(QStringLiteral("往次审批记录"));
        RuledTable t;
        t.header = {QStringLiteral("轮次"), QStringLiteral("环节"), QStringLiteral("签署人"),
                    QStringLiteral("结果"), QStringLiteral("意见"), QStringLiteral("日期")};
        t.rows = earlier;
        t.columnPercent = {8, 12, 12, 10, 36, 22};
        t.alignment = {Qt::AlignHCenter, Qt::AlignLeft, Qt::AlignLeft,
                       Qt::AlignHCenter, Qt::AlignLeft, Qt::AlignLeft};
        t.freeText = true;
        doc.addTable(t);
    }
    doc.addNote(QStringLiteral("注：本表一式两份，一份存入优抚对象档案，一份留存审批机关。待遇金额"
                               "依据本局抚恤补助标准核定。"));
    // One sheet of A4: long opinions print smaller; beyond 五号 they go on to a 续页.
    doc.setContinuationHeader(
        QStringLiteral("优抚对象待遇审批表（续页）"),
        QStringLiteral("编号：%1　　姓名：%2")
            .arg(a.number.isEmpty() ? QStringLiteral("（批准后编号）") : a.number, p.name));
    fitToPages(doc, 1);
    return doc;
}

OfficialDocument ApprovalForm::registerOf(const QList<ApplicationRow>& rows,
                                          const QString& filterText, const QString& officeName,
                                          const QDate& printedOn)
{
    OfficialDocument doc(PageSetup::landscape());
    doc.setTitle(QStringLiteral("优抚待遇审批登记簿"));
    doc.setDocumentNumber(QStringLiteral("%1　　%2").arg(officeName, filterText), Qt::AlignHCenter);
    RuledTable t;
    t.header = {QStringLiteral("序号"),     QStringLiteral("审批编号"),
                QStringLiteral("姓名"),     QStringLiteral("公民身份号码"),
                QStringLiteral("审批事项"), QStringLiteral("申请事项"),
                QStringLiteral("生效日期"), QStringLiteral("核定金额（元）"),
                QStringLiteral("状态"),     QStringLiteral("经办人"),
                QStringLiteral("上报日期")};
    int n = 0;
    for (const ApplicationRow& r : rows) {
        const qint64 amount = r.annualFen > 0 ? r.annualFen : r.oneOffFen;
        t.rows << QStringList{QString::number(++n),
                              r.number,
                              r.personName,
                              r.maskedCitizenId,
                              typeName(r.type),
                              r.requestedChange,
                              chineseDate(r.effectiveDate),
                              amount > 0 ? PolicyRules::yuan(amount) +
                                               (r.annualFen > 0 ? QStringLiteral("/年") : QString())
                                         : QString(),
                              stateWord(r.state),
                              r.draftedByName,
                              chineseDate(r.reportedOn)};
    }
    // Dates as 2026年12月31日 and the 18-character masked number fit their columns at 五号.
    t.columnPercent = {4, 11, 6, 15, 8, 11, 12, 9, 6, 6, 12};
    t.alignment = {Qt::AlignHCenter, Qt::AlignLeft, Qt::AlignLeft,    Qt::AlignLeft,
                   Qt::AlignLeft,    Qt::AlignLeft, Qt::AlignHCenter, Qt::AlignRight,
                   Qt::AlignHCenter, Qt::AlignLeft, Qt::AlignHCenter};
    t.pointSize = 10.5;
    doc.addTable(t);
    doc.addNote(QStringLiteral("注：共%1件；公民身份号码已部分隐去。").arg(rows.size()));
    doc.addSignatures({{QStringLiteral("制表人")}, {QStringLiteral("审核人")}});
    doc.addDateLine(printedOn);
    return doc;
}

} // namespace youfu::core
