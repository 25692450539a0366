// Pure rules of payments (issue 14): months and periods, the monthly amount with the December
// remainder, the first and last month paid, entitlements across a grade change and a death,
// what each month is worth under a raise, back pay and overpayment, the disclosure masks.
#include "payment/paymentrules.h"

#include <QTest>

using namespace youfu::core;

Q_DECLARE_METATYPE(PayPeriod)
Q_DECLARE_METATYPE(StartRule)

namespace {

QDate day(const char* iso)
{
    return QDate::fromString(QString::fromLatin1(iso), Qt::ISODate);
}

QDate month(const char* key)
{
    return PaymentRules::monthFromKey(QString::fromLatin1(key));
}

QStringList keys(const QList<QDate>& months)
{
    QStringList out;
    for (const QDate& m : months)
        out << PaymentRules::monthKey(m);
    return out;
}

BenefitStandard standard(qint64 id, const char* category, int grade, const char* nature,
                         qint64 annualFen, const char* from, const char* basis)
{
    BenefitStandard s;
    s.id = id;
    s.item = StandardItem::Annual;
    s.categoryCode = QString::fromUtf8(category);
    s.grade = grade;
    s.nature = QString::fromUtf8(nature);
    s.residence = Residence::All;
    s.amountFen = annualFen;
    s.effectiveFrom = day(from);
    s.basisNumber = QString::fromUtf8(basis);
    return s;
}

// 残疾军人 六级 因战: 12,000.00 a year from 2025-08-01, raised to 13,200.00 from 2026-08-01.
QList<BenefitStandard> book()
{
    return {standard(1, "disabled_serviceman", 6, "因战", 1200000, "2025-08-01", "民发〔2025〕1号"),
            standard(2, "disabled_serviceman", 6, "因战", 1320000, "2026-08-01", "民发〔2026〕9号"),
            standard(3, "martyr_survivor", 0, "", 2400000, "2025-08-01", "民发〔2025〕1号")};
}

HeldCategory held(qint64 id, const char* category, int grade, const char* start,
                  const char* end = nullptr, const char* approved = nullptr)
{
    HeldCategory h;
    h.id = id;
    h.categoryCode = QString::fromUtf8(category);
    h.grade = grade;
    h.nature = grade > 0 ? QStringLiteral("因战") : QString();
    h.startDate = day(start);
    if (end)
        h.endDate = day(end);
    if (approved) {
        h.approvedOn = day(approved);
        h.decisionType = QStringLiteral("disability_grade");
    }
    return h;
}

StartRule nextMonth(const HeldCategory&)
{
    return StartRule::NextMonth;
}

} // namespace

class TestPaymentRules : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void monthKeys_data();
    void monthKeys();
    void monthsPaidIn_data();
    void monthsPaidIn();
    void monthlyAmountKeepsTheYear_data();
    void monthlyAmountKeepsTheYear();
    void firstPaidMonth_data();
    void firstPaidMonth();
    void lastPaidMonthForStatus_data();
    void lastPaidMonthForStatus();
    void gradeChangeByApprovalHandsOver();
    void deathCutsEveryStretch();
    void rowCutBeforeItStartsIsLeftOut();
    void owedFollowsTheStandardInForce();
    void owedNamesAMissingStandardOnce();
    void aYearOwedEqualsTheAnnualStandard();
    void raiseWithPastEffectGivesBackPay();
    void lateDeathGivesOverpaidMonths();
    void monthAlreadyRecoveredIsNotFoundTwice();
    void backPayCreditsLargestCategoryFirst();
    void recoveryReasonNamesMonthsAndAmount();
    void paidOnTime_data();
    void paidOnTime();
    void maskName_data();
    void maskName();
    void maskCitizenId_data();
    void maskCitizenId();
    void disclosurePeriod_data();
    void disclosurePeriod();
    void keysRoundTrip();
};

void TestPaymentRules::monthKeys_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<QDate>("month");
    QTest::newRow("december") << "2026-12" << QDate(2026, 12, 1);
    QTest::newRow("january") << "2027-01" << QDate(2027, 1, 1);
    QTest::newRow("spaces") << " 2026-03 " << QDate(2026, 3, 1);
    QTest::newRow("month 13") << "2026-13" << QDate();
    QTest::newRow("no dash") << "202612" << QDate();
    QTest::newRow("day") << "2026-12-01" << QDate();
}

void TestPaymentRules::monthKeys()
{
    QFETCH(QString, key);
    QFETCH(QDate, month);
    QCOMPARE(PaymentRules::monthFromKey(key), month);
    if (month.isValid())
        QCOMPARE(PaymentRules::monthKey(month), key.trimmed());
}

void TestPaymentRules::monthsPaidIn_data()
{
    QTest::addColumn<PayPeriod>("period");
    QTest::addColumn<QString>("roll");
    QTest::addColumn<QStringList>("months");
    QTest::newRow("month") << PayPeriod::Month << "2026-05" << QStringList{"2026-05"};
    QTest::newRow("quarter first")
        << PayPeriod::Quarter << "2026-10" << QStringList{"2026-10", "2026-11", "2026-12"};
    QTest::newRow("quarter second") << PayPeriod::Quarter << "2026-11" << QStringList{};
    QTest::newRow("quarter last") << PayPeriod::Quarter << "2026-12" << QStringList{};
    QTest::newRow("year in january")
        << PayPeriod::Year << "2027-01"
        << QStringList{"2027-01", "2027-02", "2027-03", "2027-04", "2027-05", "2027-06",
                       "2027-07", "2027-08", "2027-09", "2027-10", "2027-11", "2027-12"};
    QTest::newRow("year in march") << PayPeriod::Year << "2027-03" << QStringList{};
}

void TestPaymentRules::monthsPaidIn()
{
    QFETCH(PayPeriod, period);
    QFETCH(QString, roll);
    QFETCH(QStringList, months);
    QCOMPARE(keys(PaymentRules::monthsPaidIn(period, PaymentRules::monthFromKey(roll))), months);
}

void TestPaymentRules::monthlyAmountKeepsTheYear_data()
{
    QTest::addColumn<qint64>("annual");
    QTest::addColumn<qint64>("ordinary");
    QTest::addColumn<qint64>("december");
    QTest::newRow("even") << qint64(1200000) << qint64(100000) << qint64(100000);
    QTest::newRow("remainder 1") << qint64(1200001) << qint64(100000) << qint64(100001);
    QTest::newRow("remainder 11") << qint64(1320011) << qint64(110000) << qint64(110011);
    QTest::newRow("odd standard") << qint64(9916100) << qint64(826341) << qint64(826349);
    QTest::newRow("less than 12 fen") << qint64(7) << qint64(0) << qint64(7);
}

void TestPaymentRules::monthlyAmountKeepsTheYear()
{
    QFETCH(qint64, annual);
    QFETCH(qint64, ordinary);
    QFETCH(qint64, december);
    qint64 sum = 0;
    for (int m = 1; m <= 12; ++m) {
        const qint64 fen = PaymentRules::monthlyFen(annual, QDate(2026, m, 1));
        QCOMPARE(fen, m == 12 ? december : ordinary);
        sum += fen;
    }
    QCOMPARE(sum, annual);
}

void TestPaymentRules::firstPaidMonth_data()
{
    QTest::addColumn<QDate>("start");
    QTest::addColumn<QDate>("approved");
    QTest::addColumn<StartRule>("rule");
    QTest::addColumn<QString>("first");
    QTest::newRow("approved mid-month, next")
        << day("2026-03-01") << day("2026-03-15") << StartRule::NextMonth << "2026-04";
    QTest::newRow("approved mid-month, same")
        << day("2026-03-01") << day("2026-03-15") << StartRule::SameMonth << "2026-03";
    QTest::newRow("approved on 31 December")
        << day("2026-12-01") << day("2026-12-31") << StartRule::NextMonth << "2027-01";
    QTest::newRow("approved months after the start")
        << day("2026-01-10") << day("2026-05-20") << StartRule::NextMonth << "2026-06";
    QTest::newRow("approved before a later start")
        << day("2026-05-01") << day("2026-01-10") << StartRule::NextMonth << "2026-05";
    QTest::newRow("registered before Youfu")
        << day("1998-07-16") << QDate() << StartRule::SameMonth << "1998-08";
}

void TestPaymentRules::firstPaidMonth()
{
    QFETCH(QDate, start);
    QFETCH(QDate, approved);
    QFETCH(StartRule, rule);
    QFETCH(QString, first);
    HeldCategory h;
    h.categoryCode = QStringLiteral("disabled_serviceman");
    h.startDate = start;
    h.approvedOn = approved;
    QCOMPARE(PaymentRules::monthKey(PaymentRules::firstPaidMonth(h, rule)), first);
}

void TestPaymentRules::lastPaidMonthForStatus_data()
{
    QTest::addColumn<QString>("status");
    QTest::addColumn<QDate>("since");
    QTest::addColumn<QString>("last");
    QTest::newRow("death mid-month: that month paid")
        << "deceased" << day("2026-09-20") << "2026-09";
    QTest::newRow("death on the 1st") << "deceased" << day("2026-09-01") << "2026-09";
    QTest::newRow("death on 31 December") << "deceased" << day("2026-12-31") << "2026-12";
    QTest::newRow("moved: stops the month after") << "moved" << day("2026-02-28") << "2026-02";
    QTest::newRow("suspended: not that month") << "suspended" << day("2026-03-10") << "2026-02";
    QTest::newRow("suspended in January") << "suspended" << day("2027-01-05") << "2026-12";
    QTest::newRow("active") << "active" << day("2020-01-01") << "";
}

void TestPaymentRules::lastPaidMonthForStatus()
{
    QFETCH(QString, status);
    QFETCH(QDate, since);
    QFETCH(QString, last);
    QCOMPARE(PaymentRules::monthKey(PaymentRules::lastPaidMonthForStatus(status, since)), last);
}

void TestPaymentRules::gradeChangeByApprovalHandsOver()
{
    // 六级 held since 2010; an approval signed on 2026-05-20 makes it 五级 from 2026-03-01.
    // The old grade is paid until May, the new one from June (the month after approval).
    const QList<HeldCategory> rows{
        held(1, "disabled_serviceman", 6, "2010-01-01", "2026-03-01"),
        held(2, "disabled_serviceman", 5, "2026-03-01", nullptr, "2026-05-20")};
    const QList<Entitlement> e = PaymentRules::entitlements(rows, QStringLiteral("active"), QDate(),
                                                            Residence::Rural, nextMonth);
    QCOMPARE(e.size(), 2);
    QCOMPARE(e.at(0).grade, 6);
    QCOMPARE(PaymentRules::monthKey(e.at(0).firstMonth), QStringLiteral("2010-02"));
    QCOMPARE(PaymentRules::monthKey(e.at(0).lastMonth), QStringLiteral("2026-05"));
    QCOMPARE(e.at(1).grade, 5);
    QCOMPARE(PaymentRules::monthKey(e.at(1).firstMonth), QStringLiteral("2026-06"));
    QVERIFY(!e.at(1).lastMonth.isValid());
    QCOMPARE(e.at(1).residence, Residence::Rural);
}

void TestPaymentRules::deathCutsEveryStretch()
{
    const QList<HeldCategory> rows{held(1, "disabled_serviceman", 6, "2010-01-01"),
                                   held(2, "martyr_survivor", 0, "2015-06-01")};
    const QList<Entitlement> e = PaymentRules::entitlements(
        rows, QStringLiteral("deceased"), day("2026-09-17"), Residence::All, nextMonth);
    QCOMPARE(e.size(), 2);
    for (const Entitlement& x : e)
        QCOMPARE(PaymentRules::monthKey(x.lastMonth), QStringLiteral("2026-09"));
}

void TestPaymentRules::rowCutBeforeItStartsIsLeftOut()
{
    // Recognised by an approval of 2026-09-10 (paid from October), died 2026-09-25.
    const QList<HeldCategory> rows{
        held(1, "martyr_survivor", 0, "2026-09-01", nullptr, "2026-09-10")};
    QVERIFY(PaymentRules::entitlements(rows, QStringLiteral("deceased"), day("2026-09-25"),
                                       Residence::All, nextMonth)
                .isEmpty());
    QCOMPARE(PaymentRules::entitlements(rows, QStringLiteral("active"), QDate(), Residence::All,
                                        nextMonth)
                 .size(),
             1);
}

void TestPaymentRules::owedFollowsTheStandardInForce()
{
    const QList<Entitlement> e =
        PaymentRules::entitlements({held(1, "disabled_serviceman", 6, "2010-01-01")},
                                   QStringLiteral("active"), QDate(), Residence::All, nextMonth);
    QStringList problems;
    const QList<OwedMonth> owed = PaymentRules::owed(
        e, book(), PaymentRules::monthsBetween(month("2026-07"), month("2026-08")), &problems);
    QVERIFY(problems.isEmpty());
    QCOMPARE(owed.size(), 2);
    QCOMPARE(owed.at(0).amountFen, qint64(100000));
    QCOMPARE(owed.at(0).standardId, qint64(1));
    QCOMPARE(owed.at(1).amountFen, qint64(110000));
    QCOMPARE(owed.at(1).standardId, qint64(2));
    QVERIFY(owed.at(1).basis.contains(QStringLiteral("民发〔2026〕9号")));
}

void TestPaymentRules::owedNamesAMissingStandardOnce()
{
    const QList<Entitlement> e =
        PaymentRules::entitlements({held(1, "disabled_serviceman", 3, "2010-01-01")},
                                   QStringLiteral("active"), QDate(), Residence::All, nextMonth);
    QStringList problems;
    const QList<OwedMonth> owed = PaymentRules::owed(
        e, book(), PaymentRules::monthsBetween(month("2026-01"), month("2026-03")), &problems);
    QVERIFY(owed.isEmpty());
    QCOMPARE(problems.size(), 1);
}

void TestPaymentRules::aYearOwedEqualsTheAnnualStandard()
{
    const QList<Entitlement> e =
        PaymentRules::entitlements({held(1, "martyr_survivor", 0, "2001-01-01")},
                                   QStringLiteral("active"), QDate(), Residence::All, nextMonth);
    QList<BenefitStandard> odd{standard(7, "martyr_survivor", 0, "", 2400005, "2020-01-01", "x")};
    const QList<OwedMonth> owed =
        PaymentRules::owed(e, odd, PaymentRules::monthsPaidIn(PayPeriod::Year, month("2026-01")));
    QCOMPARE(owed.size(), 12);
    qint64 sum = 0;
    for (const OwedMonth& o : owed)
        sum += o.amountFen;
    QCOMPARE(sum, qint64(2400005));
}

void TestPaymentRules::raiseWithPastEffectGivesBackPay()
{
    // August–October were paid at the old 1,000.00; the raise to 1,100.00 from 1 August is in
    // the book by the time November's roll is drafted.
    const QList<Entitlement> e =
        PaymentRules::entitlements({held(1, "disabled_serviceman", 6, "2010-01-01")},
                                   QStringLiteral("active"), QDate(), Residence::All, nextMonth);
    const PriceBook prices(book());
    const QList<OwedMonth> now = PaymentRules::owed(e, prices, {month("2026-11")});
    const QList<OwedMonth> before = PaymentRules::owed(
        e, prices, PaymentRules::monthsBetween(month("2026-08"), month("2026-10")));
    QHash<QDate, qint64> paid;
    for (const char* m : {"2026-08", "2026-09", "2026-10"})
        paid.insert(month(m), 100000);
    const Settlement s = PaymentRules::settle(now, before, paid);
    QCOMPARE(s.items.size(), 4);
    QCOMPARE(s.items.at(0).kind, ItemKind::Regular);
    QCOMPARE(s.items.at(0).amountFen, qint64(110000));
    for (int i = 1; i < 4; ++i) {
        QCOMPARE(s.items.at(i).kind, ItemKind::BackPay);
        QCOMPARE(s.items.at(i).amountFen, qint64(10000));
        QCOMPARE(s.items.at(i).standardId, qint64(2));
        QVERIFY(s.items.at(i).basis.contains(QStringLiteral("民发〔2026〕9号")));
    }
    QCOMPARE(PaymentRules::monthKey(s.items.at(1).month), QStringLiteral("2026-08"));
    QCOMPARE(s.totalFen(), qint64(110000 + 3 * 10000));
    QVERIFY(s.overpaid.isEmpty());
}

void TestPaymentRules::lateDeathGivesOverpaidMonths()
{
    // Died 2026-09-17, reported in November: October was paid, nothing is owed from October.
    const QList<Entitlement> e = PaymentRules::entitlements(
        {held(1, "disabled_serviceman", 6, "2010-01-01")}, QStringLiteral("deceased"),
        day("2026-09-17"), Residence::All, nextMonth);
    const PriceBook prices(book());
    const QList<OwedMonth> now = PaymentRules::owed(e, prices, {month("2026-11")});
    const QList<OwedMonth> before = PaymentRules::owed(
        e, prices, PaymentRules::monthsBetween(month("2026-09"), month("2026-10")));
    QHash<QDate, qint64> paid{{month("2026-09"), 110000}, {month("2026-10"), 110000}};
    const Settlement s = PaymentRules::settle(now, before, paid);
    QVERIFY(s.items.isEmpty());
    QCOMPARE(s.totalFen(), qint64(0));
    QCOMPARE(s.overpaid.size(), 1);
    QCOMPARE(PaymentRules::monthKey(s.overpaid.at(0).month), QStringLiteral("2026-10"));
    QCOMPARE(s.overpaid.at(0).amountFen, qint64(110000));
}

void TestPaymentRules::monthAlreadyRecoveredIsNotFoundTwice()
{
    QHash<QDate, qint64> paid{{month("2026-10"), 110000}};
    const Settlement s = PaymentRules::settle({}, {}, paid, {month("2026-10")});
    QVERIFY(s.overpaid.isEmpty());
    QVERIFY(s.items.isEmpty());
}

void TestPaymentRules::backPayCreditsLargestCategoryFirst()
{
    // Two categories in one month, 1,100.00 and 2,000.00 owed, 3,000.00 paid: the 100.00 short
    // is back pay of the smaller one (the larger is credited first).
    const QList<OwedMonth> before{
        {month("2026-08"), QStringLiteral("disabled_serviceman"), 110000, 2, QStringLiteral("b2")},
        {month("2026-08"), QStringLiteral("martyr_survivor"), 200000, 3, QStringLiteral("b3")}};
    const Settlement s = PaymentRules::settle({}, before, {{month("2026-08"), 300000}});
    QCOMPARE(s.items.size(), 1);
    QCOMPARE(s.items.at(0).categoryCode, QStringLiteral("disabled_serviceman"));
    QCOMPARE(s.items.at(0).amountFen, qint64(10000));
    QCOMPARE(s.items.at(0).kind, ItemKind::BackPay);
}

void TestPaymentRules::recoveryReasonNamesMonthsAndAmount()
{
    const QString r = PaymentRules::recoveryReason(
        QStringLiteral("deceased"), day("2026-09-17"), day("2026-11-05"),
        {{month("2026-10"), 110000}, {month("2026-11"), 110000}});
    QVERIFY2(r.contains(QStringLiteral("2200.00")), qPrintable(r));
    QVERIFY2(r.contains(PaymentRules::monthTitle(month("2026-10"))), qPrintable(r));
    QVERIFY2(r.contains(PaymentRules::monthTitle(month("2026-09"))), qPrintable(r));
}

void TestPaymentRules::paidOnTime_data()
{
    QTest::addColumn<QDate>("paidOn");
    QTest::addColumn<int>("payDay");
    QTest::addColumn<bool>("onTime");
    QTest::newRow("before") << day("2026-12-03") << 10 << true;
    QTest::newRow("on the day") << day("2026-12-10") << 10 << true;
    QTest::newRow("a day late") << day("2026-12-11") << 10 << false;
    QTest::newRow("next month") << day("2027-01-02") << 10 << false;
    QTest::newRow("day 31 clamped to 28") << day("2026-12-29") << 31 << false;
    QTest::newRow("never paid") << QDate() << 10 << false;
}

void TestPaymentRules::paidOnTime()
{
    QFETCH(QDate, paidOn);
    QFETCH(int, payDay);
    QFETCH(bool, onTime);
    QCOMPARE(PaymentRules::paidOnTime(paidOn, month("2026-12"), payDay), onTime);
}

void TestPaymentRules::maskName_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("masked");
    QTest::newRow("one") << "王"
                         << "王";
    QTest::newRow("two") << "张三"
                         << "张*";
    QTest::newRow("three") << "张建明"
                           << "张*明";
    QTest::newRow("four") << "欧阳建国"
                          << "欧**国";
    QTest::newRow("padded") << " 李秀英 "
                            << "李*英";
    QTest::newRow("outside the BMP") << QString::fromUtf8("\xF0\xA0\x80\x80"
                                                          "小明")
                                     << QString::fromUtf8("\xF0\xA0\x80\x80"
                                                          "*明");
}

void TestPaymentRules::maskName()
{
    QFETCH(QString, name);
    QFETCH(QString, masked);
    QCOMPARE(PaymentRules::maskName(name), masked);
}

void TestPaymentRules::maskCitizenId_data()
{
    QTest::addColumn<QString>("id");
    QTest::addColumn<QString>("masked");
    QTest::newRow("18") << "43058119520301123X"
                        << "430581********123X";
    QTest::newRow("15") << "430581520301123"
                        << "***************";
    QTest::newRow("empty") << ""
                           << "";
}

void TestPaymentRules::maskCitizenId()
{
    QFETCH(QString, id);
    QFETCH(QString, masked);
    QCOMPARE(PaymentRules::maskCitizenId(id), masked);
}

void TestPaymentRules::disclosurePeriod_data()
{
    QTest::addColumn<QDate>("from");
    QTest::addColumn<QDate>("to");
    QTest::addColumn<QString>("phone");
    QTest::addColumn<bool>("ok");
    QTest::newRow("seven days") << day("2026-12-01") << day("2026-12-07") << "0739-4522110" << true;
    QTest::newRow("six days") << day("2026-12-01") << day("2026-12-06") << "0739-4522110" << false;
    QTest::newRow("across the year")
        << day("2026-12-28") << day("2027-01-03") << "0739-4522110" << true;
    QTest::newRow("backwards") << day("2026-12-07") << day("2026-12-01") << "0739-4522110" << false;
    QTest::newRow("no end") << day("2026-12-01") << QDate() << "0739-4522110" << false;
    QTest::newRow("no phone") << day("2026-12-01") << day("2026-12-10") << " " << false;
}

void TestPaymentRules::disclosurePeriod()
{
    QFETCH(QDate, from);
    QFETCH(QDate, to);
    QFETCH(QString, phone);
    QFETCH(bool, ok);
    DisclosureOptions o;
    o.month = month("2026-11");
    o.startsOn = from;
    o.endsOn = to;
    o.supervisionPhone = phone;
    o.office = QStringLiteral("武冈市退役军人事务局");
    const Status s = PaymentRules::checkDisclosure(o);
    QCOMPARE(bool(s), ok);
    if (!ok)
        QVERIFY(!s.error().isEmpty());
}

void TestPaymentRules::keysRoundTrip()
{
    for (RollState s : {RollState::Draft, RollState::Pending, RollState::Returned,
                        RollState::Rejected, RollState::Approved, RollState::Cancelled}) {
        RollState back = RollState::Draft;
        QVERIFY(PaymentRules::rollStateFromKey(PaymentRules::rollStateKey(s), &back));
        QCOMPARE(back, s);
        QVERIFY(!PaymentRules::rollStateTitle(s).isEmpty());
    }
    for (LineState s : {LineState::Pending, LineState::Held, LineState::Paid, LineState::Failed}) {
        LineState back = LineState::Pending;
        QVERIFY(PaymentRules::lineStateFromKey(PaymentRules::lineStateKey(s), &back));
        QCOMPARE(back, s);
    }
    for (RecoveryState s : {RecoveryState::Proposed, RecoveryState::Approved,
                            RecoveryState::Recovered, RecoveryState::WrittenOff}) {
        RecoveryState back = RecoveryState::Proposed;
        QVERIFY(PaymentRules::recoveryStateFromKey(PaymentRules::recoveryStateKey(s), &back));
        QCOMPARE(back, s);
    }
    for (PayPeriod p : {PayPeriod::Month, PayPeriod::Quarter, PayPeriod::Year}) {
        PayPeriod back = PayPeriod::Month;
        QVERIFY(PaymentRules::payPeriodFromKey(PaymentRules::payPeriodKey(p), &back));
        QCOMPARE(back, p);
    }
    QVERIFY(!PaymentRules::payPeriodFromKey(QStringLiteral("week"), nullptr));
    QCOMPARE(PaymentRules::rollChain(), (QList<Role>{Role::SectionChief, Role::Director}));
}

QTEST_GUILESS_MAIN(TestPaymentRules)
#include "tst_paymentrules.moc"
