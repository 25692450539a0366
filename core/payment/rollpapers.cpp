#include "payment/rollpapers.h"

#include "common/moneywords.h"
#include "payment/paymentrules.h"
#include "policy/policyrules.h"

#include <QCoreApplication>

namespace youfu::core {

namespace {
class Tr
{
    Q_DECLARE_TR_FUNCTIONS(youfu::core::RollPapers)
};

// The signer of the roll's latest round at the step of `role` who approved it; none when the
// step is not signed yet (the place stays blank to sign by hand).
const ApprovalStep* signedStep(const PaymentRoll& roll, Role role)
{
    int round = 0;
    for (const ApprovalStep& s : roll.steps)
        round = qMax(round, s.round);
    const ApprovalStep* found = nullptr;
    for (const ApprovalStep& s : roll.steps)
        if (s.round == round && s.role == role && s.decision == StepDecision::Approve)
            found = &s;
    return found;
}

const ApprovalStep* submitStep(const PaymentRoll& roll)
{
    const ApprovalStep* found = nullptr;
    for (const ApprovalStep& s : roll.steps)
        if (s.stepIndex == 0 && s.decision == StepDecision::Submit)
            found = &s;
    return found;
}

SignatureSlot slotOf(const QString& label, const ApprovalStep* s)
{
    return s ? SignatureSlot(label, s->signerName, s->signedAt.toLocalTime().date())
             : SignatureSlot(label);
}

QString titleOf(const PaymentRoll& roll)
{
    const QString month = PaymentRules::monthTitle(roll.month);
    return roll.kind == RollKind::Reissue ? Tr::tr("%1 special-care re-issue summary").arg(month)
                                          : Tr::tr("%1 special-care payment summary").arg(month);
}

QString problemOf(const PaymentLine& l)
{
    if (!l.problem.trimmed().isEmpty())
        return l.problem.trimmed();
    if (!l.failReason.trimmed().isEmpty())
        return l.failReason.trimmed();
    return PaymentRules::lineStateTitle(l.state);
}
} // namespace

OfficialDocument RollPapers::summaryDocument(const PaymentRoll& roll,
                                             const QList<RollSummaryRow>& rows,
                                             const QList<PaymentLine>& problems,
                                             const QString& office)
{
    OfficialDocument doc;
    const QString title = titleOf(roll);
    doc.setTitle(title);
    doc.setContinuationHeader(Tr::tr("%1 (continued)").arg(title), roll.title);
    doc.setNumberLine(Tr::tr("Unit: %1").arg(office.trimmed()),
                      Tr::tr("State: %1").arg(PaymentRules::rollStateTitle(roll.state)));

    RuledTable t;
    t.header = {Tr::tr("Township"), Tr::tr("Category"), Tr::tr("Persons"), Tr::tr("Amount (yuan)")};
    t.columnPercent = {28, 36, 12, 24};
    t.alignment = {Qt::AlignLeft, Qt::AlignLeft, Qt::AlignRight, Qt::AlignRight};
    qint64 total = 0;
    int persons = 0;
    qint64 sub = 0;
    int subPersons = 0;
    for (qsizetype i = 0; i < rows.size(); ++i) {
        const RollSummaryRow& r = rows.at(i);
        const bool first = i == 0 || rows.at(i - 1).townshipCode != r.townshipCode;
        t.rows << QStringList{first ? r.townshipName : QString(), r.categoryName,
                              QString::number(r.persons), PolicyRules::yuan(r.amountFen)};
        sub += r.amountFen;
        subPersons += r.persons;
        total += r.amountFen;
        persons += r.persons;
        if (i + 1 == rows.size() || rows.at(i + 1).townshipCode != r.townshipCode) {
            t.rows << QStringList{QString(), Tr::tr("%1 subtotal").arg(r.townshipName),
                                  QString::number(subPersons), PolicyRules::yuan(sub)};
            sub = 0;
            subPersons = 0;
        }
    }
    t.rows << QStringList{Tr::tr("Total"), QString(), QString::number(persons),
                          PolicyRules::yuan(total)};
    doc.addTable(t);
    doc.addLine(Tr::tr("Total in words: RMB %1 (¥%2)")
                    .arg(MoneyWords::capital(total), PolicyRules::yuan(total)));
    if (total != roll.totalFen && roll.totalFen != 0)
        doc.addNote(Tr::tr("Note: the roll's total is %1 yuan; the table adds up to %2 yuan.")
                        .arg(PolicyRules::yuan(roll.totalFen), PolicyRules::yuan(total)));

    if (!problems.isEmpty()) {
        doc.addHeading(Tr::tr("Lines held or failed (%n)", nullptr, int(problems.size())));
        RuledTable p;
        p.header = {Tr::tr("No."),        Tr::tr("Township"),      Tr::tr("Name"),
                    Tr::tr("Citizen ID"), Tr::tr("Amount (yuan)"), Tr::tr("Problem")};
        p.columnPercent = {6, 14, 10, 30, 14, 26};
        p.alignment = {Qt::AlignHCenter, Qt::AlignLeft,  Qt::AlignLeft,
                       Qt::AlignLeft,    Qt::AlignRight, Qt::AlignLeft};
        p.freeText = true;
        for (const PaymentLine& l : problems)
            p.rows << QStringList{
                QString::number(l.seq),         l.townshipName, l.personName, l.maskedCitizenId,
                PolicyRules::yuan(l.amountFen), problemOf(l)};
        doc.addTable(p);
    }

    doc.addSpace(1);
    const ApprovalStep* submitted = submitStep(roll);
    SignatureSlot clerk = slotOf(Tr::tr("Prepared by"), submitted);
    if (!submitted && !roll.draftedByName.isEmpty())
        clerk.name = roll.draftedByName;
    doc.addSignatures({clerk, slotOf(Tr::tr("Section chief"), signedStep(roll, Role::SectionChief)),
                       slotOf(Tr::tr("Director"), signedStep(roll, Role::Director)),
                       SignatureSlot(Tr::tr("Unit"), office.trimmed(), QDate(), true)});
    return doc;
}

QString RollPapers::summary(const PaymentRoll& roll, const QList<RollSummaryRow>& rows,
                            const QList<PaymentLine>& problems, const QString& office)
{
    return summaryDocument(roll, rows, problems, office).toHtml();
}

} // namespace youfu::core
