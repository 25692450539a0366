// The township appraisal's arithmetic without a database: each indicator's count on hand-built
// records, the score against target and weight, empty areas, the veto, adjustments, movers.
#include "appraisal/schemerules.h"
#include "appraisal/unitrules.h"

#include <QTest>

using namespace youfu;
using core::AppraisalAdjustment;
using core::AppraisalIndicator;
using core::AppraisalScheme;
using core::Grade;
using core::IndicatorResult;
using core::TownshipMove;
using core::UnitRules;
using core::UnitTally;
using core::VetoCase;

Q_DECLARE_METATYPE(core::Grade)

namespace {
QDate d(int y, int m, int day)
{
    return QDate(y, m, day);
}

AppraisalIndicator indicator(const char* code, int weight, int target, int days = 0)
{
    AppraisalIndicator i;
    i.code = QString::fromLatin1(code);
    i.weight = weight;
    i.target = target;
    i.days = days;
    return i;
}

AppraisalScheme scheme(bool group = true, bool beyond = true, bool serious = false)
{
    AppraisalScheme s;
    s.year = 2026;
    s.excellentAt = 900;
    s.goodAt = 800;
    s.passAt = 600;
    s.vetoGroup = group;
    s.vetoBeyondLevel = beyond;
    s.vetoSeriousEffect = serious;
    s.indicators = core::SchemeRules::defaultIndicators(core::SchemeKind::Unit);
    return s;
}

IndicatorResult result(const QString& code, qint64 num, qint64 den)
{
    IndicatorResult r;
    r.indicatorCode = code;
    r.numerator = num;
    r.denominator = den;
    return r;
}

// Counts a list of tallies as the store does.
QPair<int, int> count(const QList<UnitTally>& tallies)
{
    int num = 0;
    int den = 0;
    for (const UnitTally& t : tallies) {
        den += t.inDenominator ? 1 : 0;
        num += t.inNumerator ? 1 : 0;
    }
    return {num, den};
}
} // namespace

class TestUnitRules : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void score_data();
    void score();
    void pointsScaleOverRecords();
    void pointsNothingMeasured();
    void zeroReports();
    void petitionAccepted_data();
    void petitionAccepted();
    void petitionAnswered();
    void petitionSatisfied();
    void visitsArchiveTraining();
    void paymentFixed_data();
    void paymentFixed();
    void townshipOn_data();
    void townshipOn();
    void veto_data();
    void veto();
    void vetoFirstCase();
    void adjustmentAndGrade_data();
    void adjustmentAndGrade();
};

void TestUnitRules::score_data()
{
    QTest::addColumn<int>("weight");
    QTest::addColumn<int>("target");
    QTest::addColumn<qint64>("num");
    QTest::addColumn<qint64>("den");
    QTest::addColumn<int>("expected");
    QTest::newRow("at target: full weight") << 150 << 950 << qint64(95) << qint64(100) << 150;
    QTest::newRow("above target") << 150 << 950 << qint64(100) << qint64(100) << 150;
    // 90% of a 95% target: 150 × 900 / 950 = 142.1 → 142 tenths.
    QTest::newRow("below, in proportion") << 150 << 950 << qint64(90) << qint64(100) << 142;
    // 2 of 3 = 666‰ (rounded down), 100 × 666 / 1000 = 66.6 → 67.
    QTest::newRow("two of three") << 100 << 1000 << qint64(2) << qint64(3) << 67;
    QTest::newRow("none done") << 100 << 1000 << qint64(0) << qint64(7) << 0;
    QTest::newRow("no records: no score") << 100 << 1000 << qint64(0) << qint64(0) << 0;
    QTest::newRow("target 0") << 50 << 0 << qint64(0) << qint64(4) << 50;
    // 94.99% never reaches a 95% target.
    QTest::newRow("rate rounds down") << 1000 << 950 << qint64(9499) << qint64(10000) << 999;
}

void TestUnitRules::score()
{
    QFETCH(int, weight);
    QFETCH(int, target);
    QFETCH(qint64, num);
    QFETCH(qint64, den);
    QFETCH(int, expected);
    QCOMPARE(UnitRules::score(indicator("visits_done", weight, target), num, den), expected);
}

void TestUnitRules::pointsScaleOverRecords()
{
    const QList<AppraisalIndicator> inds{indicator("zero_report_rate", 400, 1000),
                                         indicator("visits_done", 400, 1000),
                                         indicator("training_attended", 200, 1000)};
    // Zero reports all made (40), visits half done (20), no worker to train: 60 of 80
    // measured, scaled to 100 points = 75.0.
    QList<IndicatorResult> rs{result(QStringLiteral("zero_report_rate"), 365, 365),
                              result(QStringLiteral("visits_done"), 5, 10),
                              result(QStringLiteral("training_attended"), 0, 0)};
    QCOMPARE(UnitRules::points(inds, rs), 750);
    QVERIFY(rs[0].hasRecords);
    QCOMPARE(rs[1].score, 200);
    QVERIFY(!rs[2].hasRecords);
    QCOMPARE(rs[2].score, 0);
}

void TestUnitRules::pointsNothingMeasured()
{
    const QList<AppraisalIndicator> inds{indicator("visits_done", 1000, 1000)};
    QList<IndicatorResult> rs{result(QStringLiteral("visits_done"), 0, 0)};
    QCOMPARE(UnitRules::points(inds, rs), 0);
    QVERIFY(!rs[0].hasRecords);
}

void TestUnitRules::zeroReports()
{
    // 2026-03-01..03 at noon on the 4th, deadline 24 hours after each day's end.
    const QDateTime now(d(2026, 3, 4), QTime(12, 0));
    const QDateTime onTime(d(2026, 3, 2), QTime(9, 0));  // for the 1st: on time
    const QDateTime late(d(2026, 3, 4), QTime(0, 0, 1)); // for the 2nd: one second late
    QList<UnitTally> made{UnitRules::zeroReportMade(d(2026, 3, 1), onTime, now, 24),
                          UnitRules::zeroReportMade(d(2026, 3, 2), late, now, 24),
                          UnitRules::zeroReportMade(d(2026, 3, 3), {}, now, 24),   // not due
                          UnitRules::zeroReportMade(d(2026, 2, 28), {}, now, 24)}; // missing
    QCOMPARE(count(made), qMakePair(2, 3));
    QList<UnitTally> timely{UnitRules::zeroReportOnTime(d(2026, 3, 1), onTime, 24),
                            UnitRules::zeroReportOnTime(d(2026, 3, 2), late, 24),
                            UnitRules::zeroReportOnTime(d(2026, 2, 28), {}, 24)};
    QCOMPARE(count(timely), qMakePair(1, 2));
}

void TestUnitRules::petitionAccepted_data()
{
    QTest::addColumn<QDate>("received");
    QTest::addColumn<QDate>("decided");
    QTest::addColumn<QDate>("today");
    QTest::addColumn<bool>("due");
    QTest::addColumn<bool>("inTime");
    QTest::newRow("day 15") << d(2026, 5, 1) << d(2026, 5, 16) << d(2026, 6, 1) << true << true;
    QTest::newRow("day 16") << d(2026, 5, 1) << d(2026, 5, 17) << d(2026, 6, 1) << true << false;
    QTest::newRow("undecided, still in time")
        << d(2026, 5, 1) << QDate() << d(2026, 5, 10) << false << false;
    QTest::newRow("undecided, overdue")
        << d(2026, 5, 1) << QDate() << d(2026, 5, 17) << true << false;
}

void TestUnitRules::petitionAccepted()
{
    QFETCH(QDate, received);
    QFETCH(QDate, decided);
    QFETCH(QDate, today);
    QFETCH(bool, due);
    QFETCH(bool, inTime);
    const UnitTally t = UnitRules::petitionAccepted(received, decided, today, 15);
    QCOMPARE(t.inDenominator, due);
    QCOMPARE(t.inNumerator, inTime);
}

void TestUnitRules::petitionAnswered()
{
    // Accepted 1 March: 60 days to 30 April; an extension of 30 days to 30 May.
    const QDate acc = d(2026, 3, 1);
    const QList<UnitTally> ts{
        UnitRules::petitionAnswered(acc, 0, d(2026, 4, 30), d(2026, 12, 31)),  // on time
        UnitRules::petitionAnswered(acc, 0, d(2026, 5, 1), d(2026, 12, 31)),   // late
        UnitRules::petitionAnswered(acc, 30, d(2026, 5, 30), d(2026, 12, 31)), // extended
        UnitRules::petitionAnswered(acc, 0, QDate(), d(2026, 4, 1)),           // not due
        UnitRules::petitionAnswered(acc, 0, QDate(), d(2026, 6, 1))};          // overdue
    QCOMPARE(count(ts), qMakePair(2, 4));
}

void TestUnitRules::petitionSatisfied()
{
    const QList<UnitTally> ts{UnitRules::petitionSatisfied(QStringLiteral("satisfied")),
                              UnitRules::petitionSatisfied(QStringLiteral("basically")),
                              UnitRules::petitionSatisfied(QStringLiteral("dissatisfied")),
                              UnitRules::petitionSatisfied(QStringLiteral("no_view")),
                              UnitRules::petitionSatisfied(QString())};
    QCOMPARE(count(ts), qMakePair(2, 3));
}

void TestUnitRules::visitsArchiveTraining()
{
    QCOMPARE(count({UnitRules::visitDone(QStringLiteral("done")),
                    UnitRules::visitDone(QStringLiteral("open")),
                    UnitRules::visitDone(QStringLiteral("dropped"))}),
             qMakePair(1, 2));
    QCOMPARE(count({UnitRules::archiveComplete(true), UnitRules::archiveComplete(false),
                    UnitRules::archiveComplete(true)}),
             qMakePair(2, 3));
    QCOMPARE(count({UnitRules::workerTrained(false)}), qMakePair(0, 1));
}

void TestUnitRules::paymentFixed_data()
{
    QTest::addColumn<QDate>("fixed");
    QTest::addColumn<QDate>("today");
    QTest::addColumn<bool>("due");
    QTest::addColumn<bool>("inTime");
    QTest::newRow("paid again on day 30") << d(2026, 5, 31) << d(2026, 12, 1) << true << true;
    QTest::newRow("paid again on day 31") << d(2026, 6, 1) << d(2026, 12, 1) << true << false;
    QTest::newRow("not yet, in time") << QDate() << d(2026, 5, 20) << false << false;
    QTest::newRow("never") << QDate() << d(2026, 12, 1) << true << false;
}

void TestUnitRules::paymentFixed()
{
    QFETCH(QDate, fixed);
    QFETCH(QDate, today);
    QFETCH(bool, due);
    QFETCH(bool, inTime);
    const UnitTally t = UnitRules::paymentFixed(d(2026, 5, 1), fixed, today, 30);
    QCOMPARE(t.inDenominator, due);
    QCOMPARE(t.inNumerator, inTime);
}

void TestUnitRules::townshipOn_data()
{
    QTest::addColumn<QDate>("day");
    QTest::addColumn<QString>("expected");
    // Lived in A, moved to B on 1 July, to C on 1 October; lives in C now.
    QTest::newRow("before any move") << d(2026, 3, 1) << QStringLiteral("A");
    QTest::newRow("the day before the move") << d(2026, 6, 30) << QStringLiteral("A");
    QTest::newRow("the day of the move") << d(2026, 7, 1) << QStringLiteral("B");
    QTest::newRow("between moves") << d(2026, 9, 30) << QStringLiteral("B");
    QTest::newRow("after the last") << d(2026, 12, 31) << QStringLiteral("C");
}

void TestUnitRules::townshipOn()
{
    QFETCH(QDate, day);
    QFETCH(QString, expected);
    // Unordered on purpose.
    const QList<TownshipMove> moves{{d(2026, 10, 1), QStringLiteral("B"), QStringLiteral("C")},
                                    {d(2026, 7, 1), QStringLiteral("A"), QStringLiteral("B")}};
    QCOMPARE(UnitRules::townshipOn(QStringLiteral("C"), moves, day), expected);
    QCOMPARE(UnitRules::townshipOn(QStringLiteral("C"), {}, day), QStringLiteral("C"));
}

void TestUnitRules::veto_data()
{
    QTest::addColumn<bool>("group");
    QTest::addColumn<QString>("beyond");
    QTest::addColumn<bool>("serious");
    QTest::addColumn<bool>("schemeSerious");
    QTest::addColumn<bool>("vetoed");
    QTest::addColumn<QString>("words");
    QTest::newRow("group") << true << QString() << false << false << true
                           << QStringLiteral("Group petition XF2026-0012");
    QTest::newRow("beyond level") << false << QStringLiteral("province") << false << false << true
                                  << QStringLiteral("Beyond-level petition");
    QTest::newRow("serious, scheme off")
        << false << QString() << true << false << false << QString();
    QTest::newRow("serious, scheme on")
        << false << QString() << true << true << true << QStringLiteral("Serious effect");
    QTest::newRow("ordinary case") << false << QString() << false << true << false << QString();
}

void TestUnitRules::veto()
{
    QFETCH(bool, group);
    QFETCH(QString, beyond);
    QFETCH(bool, serious);
    QFETCH(bool, schemeSerious);
    QFETCH(bool, vetoed);
    QFETCH(QString, words);
    VetoCase c{7, QStringLiteral("XF2026-0012"), d(2026, 5, 3), group, beyond, serious};
    const auto v = UnitRules::veto(scheme(true, true, schemeSerious), {c});
    QCOMPARE(v.caseId, qint64(vetoed ? 7 : 0));
    if (vetoed) {
        QVERIFY2(v.reason.contains(words), qPrintable(v.reason));
        QVERIFY2(v.reason.contains(QStringLiteral("2026年5月3日")), qPrintable(v.reason));
    } else {
        QVERIFY(v.reason.isEmpty());
    }
}

void TestUnitRules::vetoFirstCase()
{
    const QList<VetoCase> cases{
        {9, QStringLiteral("XF2026-0040"), d(2026, 9, 1), true, QString(), false},
        {3, QStringLiteral("XF2026-0002"), d(2026, 2, 1), false, QStringLiteral("city"), false},
        {1, QStringLiteral("XF2026-0001"), d(2026, 1, 5), false, QStringLiteral("city"), false}};
    // Beyond-level cases do not veto under this scheme: the group case of September does.
    QCOMPARE(UnitRules::veto(scheme(true, false), cases).caseId, qint64(9));
    QCOMPARE(UnitRules::veto(scheme(true, true), cases).caseId, qint64(1));
    QCOMPARE(UnitRules::veto(scheme(false, false), cases).caseId, qint64(0));
}

void TestUnitRules::adjustmentAndGrade_data()
{
    QTest::addColumn<int>("points");
    QTest::addColumn<bool>("vetoed");
    QTest::addColumn<int>("total");
    QTest::addColumn<Grade>("grade");
    // Adjustments below: +3.0 commendation, −1.5 deduction, a voided −5.0: +1.5.
    QTest::newRow("good becomes excellent") << 890 << false << 905 << Grade::Excellent;
    QTest::newRow("pass") << 600 << false << 615 << Grade::Pass;
    QTest::newRow("vetoed excellent") << 980 << true << 995 << Grade::Fail;
    QTest::newRow("never below 0") << 0 << false << 15 << Grade::Fail;
}

void TestUnitRules::adjustmentAndGrade()
{
    QFETCH(int, points);
    QFETCH(bool, vetoed);
    QFETCH(int, total);
    QFETCH(Grade, grade);
    AppraisalAdjustment plus;
    plus.points = 30;
    AppraisalAdjustment minus;
    minus.commendation = false;
    minus.points = 15;
    AppraisalAdjustment voided;
    voided.commendation = false;
    voided.points = 50;
    voided.voided = true;
    const int adj = UnitRules::adjustment({plus, minus, voided});
    QCOMPARE(adj, 15);
    QCOMPARE(UnitRules::total(points, adj), total);
    QCOMPARE(UnitRules::total(10, -50), 0);
    QCOMPARE(UnitRules::grade(scheme(), total, vetoed), grade);
}

QTEST_GUILESS_MAIN(TestUnitRules)
#include "tst_unitrules.moc"
