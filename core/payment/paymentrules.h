#pragma once

#include "common/result.h"
#include "payment/payment.h"
#include "payment/pricebook.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>

namespace youfu::core {

// Pure rules of payments (no database): months and periods, what each month is worth, who is
// paid which months, back pay and overpayment, disclosure masks, timeliness. Every amount in
// integer fen; a year's months always total exactly the annual standard.
class PaymentRules
{
public:
    // Months. A month is the first day of the month; "2026-12" as stored and typed.
    static QDate monthOf(const QDate& day);            // first day of day's month
    static QString monthKey(const QDate& month);       // "2026-12"
    static QDate monthFromKey(const QString& key);     // null when not "YYYY-MM"
    static QString monthTitle(const QDate& month);     // 2026年12月
    static QDate addMonths(const QDate& month, int n); // first day of the month n later
    static QList<QDate> monthsBetween(const QDate& first, const QDate& last); // inclusive

    static QString payPeriodKey(PayPeriod p); // 'month', 'quarter', 'year'
    static bool payPeriodFromKey(const QString& key, PayPeriod* out);
    static QString payPeriodTitle(PayPeriod p); // 按月, 按季, 按年
    static QString startRuleKey(StartRule r);   // 'next', 'same'
    static bool startRuleFromKey(const QString& key, StartRule* out);
    static QString startRuleTitle(StartRule r); // 批准次月起, 批准当月起

    // The months a category paid by `period` receives in the roll of `rollMonth`: the month
    // itself; for a quarter, its three months in the roll of the quarter's first month (none
    // in the other two); for a year, its twelve in January's roll.
    static QList<QDate> monthsPaidIn(PayPeriod period, const QDate& rollMonth);

    // One month of an annual standard: annual ÷ 12 in whole fen, the remainder in December,
    // so the twelve months total exactly `annualFen`.
    static qint64 monthlyFen(qint64 annualFen, const QDate& month);

    // The first month a category row is paid: from an approval, counted from the day it was
    // signed by `rule`; registered before Youfu, the month after its start date. Never before
    // the month of the start date.
    static QDate firstPaidMonth(const HeldCategory& held, StartRule rule);
    // The last month paid because of the person's status: deceased → the month of death is
    // paid, the next is not; moved away → stops from the month after the move; suspended → the
    // month before the suspension. Null when active (no limit).
    static QDate lastPaidMonthForStatus(const QString& statusKey, const QDate& since);

    // What a person is entitled to: one stretch per category row. A row superseded by a newer
    // row of the same category (a grade changed by approval) is paid until the month before
    // the newer one is first paid; an ended row until the month of its end; every stretch is
    // cut at the status limit. Rows that are never paid (cut before they start) are left out.
    // `ruleFor` gives the start rule of a row (by category and approval type).
    static QList<Entitlement>
    entitlements(const QList<HeldCategory>& rows, const QString& statusKey,
                 const QDate& statusSince, Residence residence,
                 const std::function<StartRule(const HeldCategory&)>& ruleFor);

    // What each of `months` is worth for `entitlements` under `book` (the annual standards of
    // the policy book, every edition): the standard in force on the first day of the month
    // for the stretch's key (PolicyRules::lookup). A month with no standard for the key is
    // left out and named in `problems` (one line per key, in the clerk's words).
    static QList<OwedMonth> owed(const QList<Entitlement>& entitlements,
                                 const QList<BenefitStandard>& book, const QList<QDate>& months,
                                 QStringList* problems = nullptr);
    // The same with the lookups remembered across persons (a roll of 200,000 persons).
    static QList<OwedMonth> owed(const QList<Entitlement>& entitlements, const PriceBook& book,
                                 const QList<QDate>& months, QStringList* problems = nullptr);

    // The roll's items for one person: `owedNow` (the roll's own months) as regular items;
    // for every earlier month in `owedBefore`, the difference to what was already put on a
    // roll for it (`paidBefore`, month → fen, regular and back pay together) as back pay when
    // positive, as overpaid when negative. A month already on a recovery (`recovered`) is not
    // found overpaid twice.
    static Settlement settle(const QList<OwedMonth>& owedNow, const QList<OwedMonth>& owedBefore,
                             const QHash<QDate, qint64>& paidBefore,
                             const QList<QDate>& recovered = {});

    // The reason written on a recovery: 2026年9月死亡（2026年11月报告），多发2个月共1,234.00元.
    static QString recoveryReason(const QString& statusKey, const QDate& since,
                                  const QDate& reportedOn, const QList<Overpaid>& months);

    // Paid on time: paid on or before `payDay` (1–28) of `month` (the month the line was first
    // due to be paid: a re-issue paid after that day is late).
    static bool paidOnTime(const QDate& paidOn, const QDate& rollMonth, int payDay);

    // Disclosure masks. 张三 → 张*, 张三丰 → 张*丰, 欧阳建国 → 欧**国; one character unchanged.
    static QString maskName(const QString& name);
    // 18 characters → first 6 + 8 stars + last 4; anything else → stars of its length.
    static QString maskCitizenId(const QString& id);
    // The disclosure period: both days given, ending at least 7 days after it starts, a
    // supervision phone and an issuing office.
    static Status checkDisclosure(const DisclosureOptions& options);

    static QString rollStateKey(RollState s); // 'draft' … 'cancelled'
    static bool rollStateFromKey(const QString& key, RollState* out);
    static QString rollStateTitle(RollState s); // 草稿, 审核中, 已退回, 未通过, 已批准, 已作废
    static QString lineStateKey(LineState s);
    static bool lineStateFromKey(const QString& key, LineState* out);
    static QString lineStateTitle(LineState s); // 待发放, 暂缓（有问题）, 已发放, 发放失败
    static QString recoveryStateKey(RecoveryState s);
    static bool recoveryStateFromKey(const QString& key, RecoveryState* out);
    static QString recoveryStateTitle(RecoveryState s); // 待确认, 待追回, 已追回, 已核销
    static QString itemKindKey(ItemKind k);
    static bool itemKindFromKey(const QString& key, ItemKind* out);
    static QString itemKindTitle(ItemKind k);                    // 当月, 补发
    static QString rollTitle(RollKind kind, const QDate& month); // 2026年12月优抚金发放花名册

    // The signing chain of a roll: 科长 reviews, 局长 approves.
    static QList<Role> rollChain();
};

} // namespace youfu::core
