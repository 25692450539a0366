#include "payment/paymentrules.h"

#include "common/isotime.h"
#include "policy/policyrules.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <algorithm>
#include <map>

namespace youfu::core {

namespace {
class Tr
{
    Q_DECLARE_TR_FUNCTIONS(youfu::core::PaymentRules)
};

QDate firstOf(const QDate& d)
{
    return d.isValid() ? QDate(d.year(), d.month(), 1) : QDate();
}

bool covers(const Entitlement& e, const QDate& month)
{
    return e.firstMonth.isValid() && e.firstMonth <= month &&
           (!e.lastMonth.isValid() || month <= e.lastMonth);
}
} // namespace

QDate PaymentRules::monthOf(const QDate& day)
{
    return firstOf(day);
}

QString PaymentRules::monthKey(const QDate& month)
{
    return month.isValid() ? month.toString(QStringLiteral("yyyy-MM")) : QString();
}

QDate PaymentRules::monthFromKey(const QString& key)
{
    static const QRegularExpression re(QStringLiteral("^(\\d{4})-(\\d{2})$"));
    const auto m = re.match(key.trimmed());
    if (!m.hasMatch())
        return QDate();
    const QDate d(m.captured(1).toInt(), m.captured(2).toInt(), 1);
    return d.isValid() ? d : QDate();
}

QString PaymentRules::monthTitle(const QDate& month)
{
    return Tr::tr("%1-%2").arg(month.year()).arg(month.month());
}

QDate PaymentRules::addMonths(const QDate& month, int n)
{
    return firstOf(month).addMonths(n);
}

QList<QDate> PaymentRules::monthsBetween(const QDate& first, const QDate& last)
{
    QList<QDate> out;
    for (QDate m = firstOf(first); m.isValid() && m <= firstOf(last); m = m.addMonths(1))
        out << m;
    return out;
}

QString PaymentRules::payPeriodKey(PayPeriod p)
{
    switch (p) {
    case PayPeriod::Month:
        return QStringLiteral("month");
    case PayPeriod::Quarter:
        return QStringLiteral("quarter");
    case PayPeriod::Year:
        return QStringLiteral("year");
    }
    return QString();
}

bool PaymentRules::payPeriodFromKey(const QString& key, PayPeriod* out)
{
    for (PayPeriod p : {PayPeriod::Month, PayPeriod::Quarter, PayPeriod::Year})
        if (payPeriodKey(p) == key) {
            *out = p;
            return true;
        }
    return false;
}

QString PaymentRules::payPeriodTitle(PayPeriod p)
{
    switch (p) {
    case PayPeriod::Month:
        return Tr::tr("Monthly");
    case PayPeriod::Quarter:
        return Tr::tr("Quarterly");
    case PayPeriod::Year:
        return Tr::tr("Yearly");
    }
    return QString();
}

QString PaymentRules::startRuleKey(StartRule r)
{
    return r == StartRule::SameMonth ? QStringLiteral("same") : QStringLiteral("next");
}

bool PaymentRules::startRuleFromKey(const QString& key, StartRule* out)
{
    if (key == QLatin1String("next"))
        *out = StartRule::NextMonth;
    else if (key == QLatin1String("same"))
        *out = StartRule::SameMonth;
    else
        return false;
    return true;
}

QString PaymentRules::startRuleTitle(StartRule r)
{
    return r == StartRule::SameMonth ? Tr::tr("From the month of approval")
                                     : Tr::tr("From the month after approval");
}

QList<QDate> PaymentRules::monthsPaidIn(PayPeriod period, const QDate& rollMonth)
{
    const QDate m = firstOf(rollMonth);
    if (!m.isValid())
        return {};
    switch (period) {
    case PayPeriod::Month:
        return {m};
    case PayPeriod::Quarter:
        if ((m.month() - 1) % 3 != 0)
            return {};
        return {m, m.addMonths(1), m.addMonths(2)};
    case PayPeriod::Year:
        if (m.month() != 1)
            return {};
        return monthsBetween(m, m.addMonths(11));
    }
    return {};
}

qint64 PaymentRules::monthlyFen(qint64 annualFen, const QDate& month)
{
    const qint64 base = annualFen / 12;
    return month.month() == 12 ? annualFen - 11 * base : base;
}

QDate PaymentRules::firstPaidMonth(const HeldCategory& held, StartRule rule)
{
    const QDate start = firstOf(held.startDate);
    if (!start.isValid())
        return QDate();
    QDate first;
    if (held.approvedOn.isValid())
        first = rule == StartRule::SameMonth ? firstOf(held.approvedOn)
                                             : firstOf(held.approvedOn).addMonths(1);
    else
        first = start.addMonths(1);
    return std::max(first, start);
}

QDate PaymentRules::lastPaidMonthForStatus(const QString& statusKey, const QDate& since)
{
    if (!since.isValid())
        return QDate();
    if (statusKey == QLatin1String("deceased") || statusKey == QLatin1String("moved"))
        return firstOf(since);
    if (statusKey == QLatin1String("suspended"))
        return firstOf(since).addMonths(-1);
    return QDate();
}

QList<Entitlement>
PaymentRules::entitlements(const QList<HeldCategory>& rows, const QString& statusKey,
                           const QDate& statusSince, Residence residence,
                           const std::function<StartRule(const HeldCategory&)>& ruleFor)
{
    QList<HeldCategory> sorted = rows;
    std::sort(sorted.begin(), sorted.end(), [](const HeldCategory& a, const HeldCategory& b) {
        if (a.categoryCode != b.categoryCode)
            return a.categoryCode < b.categoryCode;
        if (a.startDate != b.startDate)
            return a.startDate < b.startDate;
        return a.id < b.id;
    });
    QList<QDate> firsts;
    firsts.reserve(sorted.size());
    for (const HeldCategory& h : sorted)
        firsts << firstPaidMonth(h, ruleFor ? ruleFor(h) : StartRule::NextMonth);
    const QDate statusLast = lastPaidMonthForStatus(statusKey, statusSince);

    QList<Entitlement> out;
    for (int i = 0; i < sorted.size(); ++i) {
        const HeldCategory& h = sorted.at(i);
        if (!firsts.at(i).isValid())
            continue;
        QDate last;
        if (h.endDate.isValid()) {
            last = firstOf(h.endDate);
            // Superseded by the next row of the same category starting the day this one ended
            // (a grade changed by approval): paid until the newer row is paid.
            if (i + 1 < sorted.size() && sorted.at(i + 1).categoryCode == h.categoryCode &&
                sorted.at(i + 1).startDate.isValid() && sorted.at(i + 1).startDate <= h.endDate &&
                firsts.at(i + 1).isValid())
                last = firsts.at(i + 1).addMonths(-1);
        } else if (i + 1 < sorted.size() && sorted.at(i + 1).categoryCode == h.categoryCode &&
                   firsts.at(i + 1).isValid()) {
            // Two open rows of one category should not happen; never pay both for a month.
            last = firsts.at(i + 1).addMonths(-1);
        }
        if (statusLast.isValid() && (!last.isValid() || statusLast < last))
            last = statusLast;
        if (last.isValid() && last < firsts.at(i))
            continue;
        Entitlement e;
        e.personCategoryId = h.id;
        e.categoryCode = h.categoryCode;
        e.grade = h.grade;
        e.nature = h.nature;
        e.residence = residence;
        e.firstMonth = firsts.at(i);
        e.lastMonth = last;
        out << e;
    }
    return out;
}

QList<OwedMonth> PaymentRules::owed(const QList<Entitlement>& entitlements,
                                    const QList<BenefitStandard>& book, const QList<QDate>& months,
                                    QStringList* problems)
{
    const PriceBook prices(book);
    return owed(entitlements, prices, months, problems);
}

QList<OwedMonth> PaymentRules::owed(const QList<Entitlement>& entitlements, const PriceBook& book,
                                    const QList<QDate>& months, QStringList* problems)
{
    QList<OwedMonth> out;
    for (const QDate& rawMonth : months) {
        const QDate month = firstOf(rawMonth);
        for (const Entitlement& e : entitlements) {
            if (!covers(e, month))
                continue;
            const Result<BenefitStandard>& s =
                book.annual(e.categoryCode, e.grade, e.nature, e.residence, month);
            if (!s) {
                if (problems && !problems->contains(s.error()))
                    problems->append(s.error());
                continue;
            }
            const qint64 fen = monthlyFen(s->amountFen, month);
            if (fen <= 0)
                continue;
            out << OwedMonth{month, e.categoryCode, fen, s->id, s->basis()};
        }
    }
    return out;
}

Settlement PaymentRules::settle(const QList<OwedMonth>& owedNow, const QList<OwedMonth>& owedBefore,
                                const QHash<QDate, qint64>& paidBefore,
                                const QList<QDate>& recovered)
{
    Settlement s;
    for (const OwedMonth& o : owedNow)
        s.items << PaymentItem{
            0, o.month, ItemKind::Regular, o.categoryCode, o.amountFen, o.standardId, o.basis};

    // Earlier months: what is owed by category (largest first), against what was paid.
    std::map<QDate, QList<OwedMonth>> byMonth;
    for (const OwedMonth& o : owedBefore)
        byMonth[firstOf(o.month)] << o;
    for (auto it = paidBefore.constBegin(); it != paidBefore.constEnd(); ++it)
        byMonth[firstOf(it.key())];
    for (auto& [month, owed] : byMonth) {
        qint64 owedFen = 0;
        for (const OwedMonth& o : owed)
            owedFen += o.amountFen;
        const qint64 paid = paidBefore.value(month, 0);
        const qint64 diff = owedFen - paid;
        if (diff > 0) {
            std::stable_sort(owed.begin(), owed.end(), [](const OwedMonth& a, const OwedMonth& b) {
                return a.amountFen > b.amountFen;
            });
            // What was paid is credited to the largest categories first; the rest is back pay,
            // each part with the standard that makes it owed.
            qint64 credit = paid;
            for (const OwedMonth& o : owed) {
                const qint64 covered = std::min(credit, o.amountFen);
                credit -= covered;
                const qint64 back = o.amountFen - covered;
                if (back > 0)
                    s.items << PaymentItem{
                        0, month, ItemKind::BackPay, o.categoryCode, back, o.standardId, o.basis};
            }
        } else if (diff < 0 && !recovered.contains(month)) {
            s.overpaid << Overpaid{month, -diff};
        }
    }
    return s;
}

QString PaymentRules::recoveryReason(const QString& statusKey, const QDate& since,
                                     const QDate& reportedOn, const QList<Overpaid>& months)
{
    qint64 total = 0;
    QStringList names;
    for (const Overpaid& o : months) {
        total += o.amountFen;
        names << monthTitle(o.month);
    }
    const QString amount = PolicyRules::yuan(total);
    const QString overpaid =
        Tr::tr("%n month(s) overpaid (%1), %2 yuan in all", nullptr, int(months.size()))
            .arg(names.join(Tr::tr(", ")), amount);
    QString event;
    if (statusKey == QLatin1String("deceased"))
        event = Tr::tr("Died %1 (reported %2)");
    else if (statusKey == QLatin1String("moved"))
        event = Tr::tr("Moved away %1 (reported %2)");
    else if (statusKey == QLatin1String("suspended"))
        event = Tr::tr("Suspended %1 (reported %2)");
    if (event.isEmpty() || !since.isValid())
        return overpaid;
    return Tr::tr("%1: %2").arg(event.arg(monthTitle(since), chineseDate(reportedOn)), overpaid);
}

bool PaymentRules::paidOnTime(const QDate& paidOn, const QDate& month, int payDay)
{
    if (!paidOn.isValid() || !month.isValid())
        return false;
    const int day = std::clamp(payDay, 1, 28);
    return paidOn <= QDate(month.year(), month.month(), day);
}

QString PaymentRules::maskName(const QString& name)
{
    const QList<uint> cps = name.trimmed().toUcs4();
    if (cps.size() <= 1)
        return name.trimmed();
    QString out = QString::fromUcs4(reinterpret_cast<const char32_t*>(&cps.first()), 1);
    if (cps.size() == 2)
        return out + QLatin1Char('*');
    out += QString(int(cps.size()) - 2, QLatin1Char('*'));
    out += QString::fromUcs4(reinterpret_cast<const char32_t*>(&cps.last()), 1);
    return out;
}

QString PaymentRules::maskCitizenId(const QString& id)
{
    const QString t = id.trimmed();
    if (t.size() == 18)
        return t.left(6) + QStringLiteral("********") + t.right(4);
    return QString(t.size(), QLatin1Char('*'));
}

Status PaymentRules::checkDisclosure(const DisclosureOptions& o)
{
    if (!o.month.isValid())
        return Status::failure(Tr::tr("Choose the month whose payments are disclosed."));
    if (!o.startsOn.isValid() || !o.endsOn.isValid())
        return Status::failure(Tr::tr("Enter the first and the last day of the disclosure."));
    if (o.startsOn.daysTo(o.endsOn) + 1 < 7)
        return Status::failure(
            Tr::tr("A disclosure is posted for at least 7 days: from %1 it runs until %2 at the "
                   "earliest.")
                .arg(chineseDate(o.startsOn), chineseDate(o.startsOn.addDays(6))));
    if (o.supervisionPhone.trimmed().isEmpty())
        return Status::failure(Tr::tr("Enter the supervision phone printed on the disclosure."));
    if (o.office.trimmed().isEmpty())
        return Status::failure(Tr::tr("Enter the office that issues the disclosure."));
    return Status::success();
}

QString PaymentRules::rollStateKey(RollState s)
{
    switch (s) {
    case RollState::Draft:
        return QStringLiteral("draft");
    case RollState::Pending:
        return QStringLiteral("pending");
    case RollState::Returned:
        return QStringLiteral("returned");
    case RollState::Rejected:
        return QStringLiteral("rejected");
    case RollState::Approved:
        return QStringLiteral("approved");
    case RollState::Cancelled:
        return QStringLiteral("cancelled");
    }
    return QString();
}

bool PaymentRules::rollStateFromKey(const QString& key, RollState* out)
{
    for (RollState s : {RollState::Draft, RollState::Pending, RollState::Returned,
                        RollState::Rejected, RollState::Approved, RollState::Cancelled})
        if (rollStateKey(s) == key) {
            *out = s;
            return true;
        }
    return false;
}

QString PaymentRules::rollStateTitle(RollState s)
{
    switch (s) {
    case RollState::Draft:
        return Tr::tr("Draft");
    case RollState::Pending:
        return Tr::tr("Under review");
    case RollState::Returned:
        return Tr::tr("Returned");
    case RollState::Rejected:
        return Tr::tr("Rejected");
    case RollState::Approved:
        return Tr::tr("Approved");
    case RollState::Cancelled:
        return Tr::tr("Cancelled");
    }
    return QString();
}

QString PaymentRules::lineStateKey(LineState s)
{
    switch (s) {
    case LineState::Pending:
        return QStringLiteral("pending");
    case LineState::Held:
        return QStringLiteral("held");
    case LineState::Paid:
        return QStringLiteral("paid");
    case LineState::Failed:
        return QStringLiteral("failed");
    }
    return QString();
}

bool PaymentRules::lineStateFromKey(const QString& key, LineState* out)
{
    for (LineState s : {LineState::Pending, LineState::Held, LineState::Paid, LineState::Failed})
        if (lineStateKey(s) == key) {
            *out = s;
            return true;
        }
    return false;
}

QString PaymentRules::lineStateTitle(LineState s)
{
    switch (s) {
    case LineState::Pending:
        return Tr::tr("To be paid");
    case LineState::Held:
        return Tr::tr("Held (problem)");
    case LineState::Paid:
        return Tr::tr("Paid");
    case LineState::Failed:
        return Tr::tr("Payment failed");
    }
    return QString();
}

QString PaymentRules::recoveryStateKey(RecoveryState s)
{
    switch (s) {
    case RecoveryState::Proposed:
        return QStringLiteral("proposed");
    case RecoveryState::Approved:
        return QStringLiteral("approved");
    case RecoveryState::Recovered:
        return QStringLiteral("recovered");
    case RecoveryState::WrittenOff:
        return QStringLiteral("written_off");
    }
    return QString();
}

bool PaymentRules::recoveryStateFromKey(const QString& key, RecoveryState* out)
{
    for (RecoveryState s : {RecoveryState::Proposed, RecoveryState::Approved,
                            RecoveryState::Recovered, RecoveryState::WrittenOff})
        if (recoveryStateKey(s) == key) {
            *out = s;
            return true;
        }
    return false;
}

QString PaymentRules::recoveryStateTitle(RecoveryState s)
{
    switch (s) {
    case RecoveryState::Proposed:
        return Tr::tr("To be confirmed");
    case RecoveryState::Approved:
        return Tr::tr("To be recovered");
    case RecoveryState::Recovered:
        return Tr::tr("Recovered");
    case RecoveryState::WrittenOff:
        return Tr::tr("Written off");
    }
    return QString();
}

QString PaymentRules::itemKindKey(ItemKind k)
{
    return k == ItemKind::BackPay ? QStringLiteral("backpay") : QStringLiteral("regular");
}

bool PaymentRules::itemKindFromKey(const QString& key, ItemKind* out)
{
    if (key == QLatin1String("regular"))
        *out = ItemKind::Regular;
    else if (key == QLatin1String("backpay"))
        *out = ItemKind::BackPay;
    else
        return false;
    return true;
}

QString PaymentRules::itemKindTitle(ItemKind k)
{
    return k == ItemKind::BackPay ? Tr::tr("Back pay") : Tr::tr("This month");
}

QString PaymentRules::rollTitle(RollKind kind, const QDate& month)
{
    return kind == RollKind::Reissue
               ? Tr::tr("%1 special-care benefits re-issue roll").arg(monthTitle(month))
               : Tr::tr("%1 special-care benefits payment roll").arg(monthTitle(month));
}

QList<Role> PaymentRules::rollChain()
{
    return {Role::SectionChief, Role::Director};
}

} // namespace youfu::core
