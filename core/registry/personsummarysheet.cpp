#include "registry/personsummarysheet.h"

#include "common/isotime.h"
#include "registry/categoryrules.h"
#include "registry/personstatus.h"
#include "report/documentrenderer.h"

#include <QStringList>

namespace youfu::core {

namespace {
QString dateText(const QDate& d)
{
    return d.isValid() ? chineseDate(d) : QString();
}
} // namespace

QString PersonSummarySheet::details(const PersonCategory& c)
{
    QStringList parts;
    if (c.grade > 0)
        parts << CategoryRules::gradeTitle(c.grade) + c.nature;
    if (!c.relation.isEmpty() || !c.servicemanName.isEmpty())
        parts << QStringLiteral("%1：%2").arg(c.relation, c.servicemanName);
    if (c.enlistedOn.isValid())
        parts << QStringLiteral("%1入伍").arg(chineseDate(c.enlistedOn));
    if (c.dischargedOn.isValid())
        parts << QStringLiteral("%1退伍").arg(chineseDate(c.dischargedOn));
    return parts.join(QStringLiteral("，"));
}

QString PersonSummarySheet::suggestedFileName(const Person& person)
{
    return QStringLiteral("优抚对象基本情况表-%1.pdf").arg(person.name);
}

OfficialDocument PersonSummarySheet::build(const Person& p,
                                           const QList<PersonStatusChange>& history,
                                           const Context& ctx)
{
    OfficialDocument doc;
    doc.setTitle(QStringLiteral("优抚对象基本情况表"));
    doc.setDocumentNumber(
        QStringLiteral("填报单位：%1　　　　登记编号：%2")
            .arg(ctx.officeName, QStringLiteral("%1").arg(p.id, 6, 10, QLatin1Char('0'))));
    const QString age = QString::number(CategoryRules::ageOn(p.birthDate, ctx.today));
    const QString status = personStatusTitle(p.status); // its date is in the table below
    doc.addParticulars({
        {QStringLiteral("姓名"), p.name},
        {QStringLiteral("性别"), sexTitle(p.sex)},
        {QStringLiteral("民族"), p.ethnicity},
        {QStringLiteral("出生日期"), QStringLiteral("%1（%2岁）").arg(dateText(p.birthDate), age)},
        {QStringLiteral("身份证号"), p.citizenId},
        {QStringLiteral("联系电话"), p.revealed ? p.phone : p.maskedPhone},
        {QStringLiteral("所属乡镇"), p.townshipName},
        {QStringLiteral("村（社区）"), p.villageName},
        {QStringLiteral("家庭住址"), p.address, true, QString(), 0, true},
        {QStringLiteral("开户银行"), p.bankName},
        {QStringLiteral("银行账号"), p.revealed ? p.bankAccount : p.maskedBankAccount},
        {QStringLiteral("优抚类别"), p.categoriesSummary, true, QString(), 0, true},
        {QStringLiteral("人员状态"), status},
        {QStringLiteral("重点对象"), p.keyPerson ? QStringLiteral("是") : QStringLiteral("否")},
        {QStringLiteral("风险说明"), p.keyPerson ? p.riskNote : QString(), true, QString(), 0,
         true},
    });

    doc.addHeading(QStringLiteral("一、享受优抚类别"));
    RuledTable cats;
    cats.header = {QStringLiteral("序号"), QStringLiteral("类别"),
                   QStringLiteral("等级、关系及服役情况"), QStringLiteral("起始日期"),
                   QStringLiteral("终止日期")};
    cats.columnPercent = {7, 21, 30, 21, 21};
    cats.alignment = {Qt::AlignHCenter, Qt::AlignLeft, Qt::AlignLeft, Qt::AlignHCenter,
                      Qt::AlignHCenter};
    cats.freeText = true;
    int n = 0;
    for (const PersonCategory& c : p.categories) {
        QString end = dateText(c.endDate);
        if (c.endDate.isValid() && !c.endReason.isEmpty())
            end += QStringLiteral("\n（%1）").arg(c.endReason);
        cats.rows << QStringList{QString::number(++n), c.categoryName, details(c),
                                 dateText(c.startDate), end};
    }
    if (cats.rows.isEmpty())
        cats.rows << QStringList{QString(), QStringLiteral("（无）")};
    doc.addTable(cats);

    doc.addHeading(QStringLiteral("二、人员状态变更记录"));
    RuledTable st;
    st.header = {QStringLiteral("序号"), QStringLiteral("状态"), QStringLiteral("日期"),
                 QStringLiteral("原因"), QStringLiteral("记录人")};
    st.columnPercent = {8, 10, 22, 42, 18};
    st.alignment = {Qt::AlignHCenter, Qt::AlignHCenter, Qt::AlignHCenter, Qt::AlignLeft,
                    Qt::AlignHCenter};
    st.freeText = true;
    n = 0;
    for (const PersonStatusChange& h : history)
        st.rows << QStringList{QString::number(++n), personStatusTitle(h.status), dateText(h.since),
                               statusReasonPaperText(h.reason), h.recordedBy};
    if (st.rows.isEmpty())
        st.rows << QStringList{QString(), QStringLiteral("（无）")};
    doc.addTable(st);

    // Each slot carries its own date, so no separate date line.
    doc.addSignatures({{QStringLiteral("填表人"), ctx.preparedBy, ctx.today},
                       {QStringLiteral("审核人")},
                       {QStringLiteral("负责人"), QString(), QDate(), true}});
    if (!p.revealed)
        doc.addNote(QStringLiteral("注：联系电话、银行账号已部分隐去。"));
    // A one-page form: long texts print smaller; beyond 五号 they go on to a 续页.
    doc.setContinuationHeader(
        QStringLiteral("优抚对象基本情况表（续页）"),
        QStringLiteral("登记编号：%1　　姓名：%2")
            .arg(QStringLiteral("%1").arg(p.id, 6, 10, QLatin1Char('0')), p.name));
    fitToPages(doc, 1);
    return doc;
}

} // namespace youfu::core
