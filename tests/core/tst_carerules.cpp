// The care registers' pure rules: the recuperation interval (year ends, leap days), the medical
// subsidy cap, the four sums of a settlement, the eligibility text of a candidate.
#include "care/carerules.h"

#include <QtTest>

using namespace youfu::core;

class TestCareRules : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void interval_data();
    void interval();
    void reasonNeededWithinTheInterval_data();
    void reasonNeededWithinTheInterval();
    void cap_data();
    void cap();
    void settlement_data();
    void settlement();
    void voidedAndOtherYearsDoNotCount();
    void eligibility();
    void batch_data();
    void batch();
};

void TestCareRules::interval_data()
{
    QTest::addColumn<QDate>("lastEnd");
    QTest::addColumn<QDate>("startsOn");
    QTest::addColumn<int>("years");
    QTest::addColumn<bool>("within");
    QTest::addColumn<QDate>("freeFrom");
    const QDate none;
    QTest::newRow("never went") << none << QDate(2026, 5, 1) << 2 << false << none;
    QTest::newRow("two years to the day")
        << QDate(2024, 5, 10) << QDate(2026, 5, 10) << 2 << false << QDate(2026, 5, 10);
    QTest::newRow("one day short")
        << QDate(2024, 5, 10) << QDate(2026, 5, 9) << 2 << true << QDate(2026, 5, 10);
    QTest::newRow("same year") << QDate(2026, 3, 20) << QDate(2026, 10, 8) << 2 << true
                               << QDate(2028, 3, 20);
    QTest::newRow("across the year end, inside")
        << QDate(2024, 12, 31) << QDate(2026, 12, 30) << 2 << true << QDate(2026, 12, 31);
    QTest::newRow("across the year end, outside")
        << QDate(2024, 12, 31) << QDate(2027, 1, 1) << 2 << false << QDate(2026, 12, 31);
    QTest::newRow("leap day to a common year, inside")
        << QDate(2024, 2, 29) << QDate(2026, 2, 27) << 2 << true << QDate(2026, 2, 28);
    QTest::newRow("leap day to a common year, outside")
        << QDate(2024, 2, 29) << QDate(2026, 2, 28) << 2 << false << QDate(2026, 2, 28);
    QTest::newRow("leap day to a leap year")
        << QDate(2024, 2, 29) << QDate(2028, 2, 28) << 4 << true << QDate(2028, 2, 29);
    QTest::newRow("one-year interval")
        << QDate(2025, 6, 1) << QDate(2026, 6, 1) << 1 << false << QDate(2026, 6, 1);
    QTest::newRow("no interval set")
        << QDate(2026, 6, 1) << QDate(2026, 6, 2) << 0 << false << QDate(2026, 6, 1);
}

void TestCareRules::interval()
{
    QFETCH(QDate, lastEnd);
    QFETCH(QDate, startsOn);
    QFETCH(int, years);
    QFETCH(bool, within);
    QFETCH(QDate, freeFrom);
    const IntervalCheck c = carerules::recuperationInterval(lastEnd, startsOn, years);
    QCOMPARE(c.within, within);
    QCOMPARE(c.freeFrom, freeFrom);
    QCOMPARE(c.lastEnd, lastEnd);
    QCOMPARE(carerules::intervalWarning(c, years).isEmpty(), !within);
}

void TestCareRules::reasonNeededWithinTheInterval_data()
{
    QTest::addColumn<bool>("within");
    QTest::addColumn<QString>("reason");
    QTest::addColumn<bool>("ok");
    QTest::newRow("outside, no reason") << false << QString() << true;
    QTest::newRow("within, no reason") << true << QString() << false;
    QTest::newRow("within, blank reason") << true << QStringLiteral("   ") << false;
    QTest::newRow("within, a reason") << true << QString::fromUtf8("旧伤复发，医生建议") << true;
}

void TestCareRules::reasonNeededWithinTheInterval()
{
    QFETCH(bool, within);
    QFETCH(QString, reason);
    QFETCH(bool, ok);
    const IntervalCheck c = carerules::recuperationInterval(
        QDate(2025, 5, 10), within ? QDate(2026, 5, 1) : QDate(2027, 6, 1), 2);
    const Status s = carerules::checkParticipant(c, reason);
    QCOMPARE(s.isOk(), ok);
    if (!ok)
        QVERIFY(s.error().contains(QStringLiteral("2025-05-10")));
}

void TestCareRules::cap_data()
{
    QTest::addColumn<qint64>("used");
    QTest::addColumn<qint64>("capFen");
    QTest::addColumn<qint64>("subsidy");
    QTest::addColumn<qint64>("left");
    QTest::addColumn<bool>("exceeds");
    QTest::newRow("first, the whole cap") << 0LL << 1000000LL << 1000000LL << 1000000LL << false;
    QTest::newRow("first, one fen over") << 0LL << 1000000LL << 1000001LL << 1000000LL << true;
    QTest::newRow("last fen") << 999999LL << 1000000LL << 1LL << 1LL << false;
    QTest::newRow("cap reached") << 1000000LL << 1000000LL << 1LL << 0LL << true;
    QTest::newRow("already over, nothing more") << 1200000LL << 1000000LL << 0LL << 0LL << false;
    QTest::newRow("cap of nothing") << 0LL << 0LL << 100LL << 0LL << true;
}

void TestCareRules::cap()
{
    QFETCH(qint64, used);
    QFETCH(qint64, capFen);
    QFETCH(qint64, subsidy);
    QFETCH(qint64, left);
    QFETCH(bool, exceeds);
    const CapCheck c = carerules::capCheck(used, capFen, subsidy);
    QCOMPARE(c.leftFen, left);
    QCOMPARE(c.exceeds, exceeds);
    QCOMPARE(c.usedFen, used);
    QCOMPARE(c.capFen, capFen);
}

void TestCareRules::settlement_data()
{
    QTest::addColumn<qint64>("total");
    QTest::addColumn<qint64>("insurance");
    QTest::addColumn<qint64>("subsidy");
    QTest::addColumn<qint64>("self");
    QTest::addColumn<bool>("overCap");
    QTest::addColumn<QString>("capReason");
    QTest::addColumn<bool>("ok");
    QTest::newRow("adds up") << 1250000LL << 800000LL << 300000LL << 150000LL << false << QString()
                             << true;
    QTest::newRow("one fen short")
        << 1250000LL << 800000LL << 300000LL << 149999LL << false << QString() << false;
    QTest::newRow("one fen over") << 1250000LL << 800000LL << 300001LL << 150000LL << false
                                  << QString() << false;
    QTest::newRow("negative part")
        << 100LL << 200LL << -100LL << 0LL << false << QString() << false;
    QTest::newRow("no total") << 0LL << 0LL << 0LL << 0LL << false << QString() << false;
    QTest::newRow("over the cap, no reason")
        << 3000000LL << 1000000LL << 1500000LL << 500000LL << true << QString() << false;
    QTest::newRow("over the cap, a reason")
        << 3000000LL << 1000000LL << 1500000LL << 500000LL << true
        << QString::fromUtf8("重大疾病，局务会研究同意") << true;
}

void TestCareRules::settlement()
{
    QFETCH(qint64, total);
    QFETCH(qint64, insurance);
    QFETCH(qint64, subsidy);
    QFETCH(qint64, self);
    QFETCH(bool, overCap);
    QFETCH(QString, capReason);
    QFETCH(bool, ok);
    MedicalDraft d;
    d.personId = 7;
    d.hospital = QString::fromUtf8("武冈市人民医院");
    d.admittedOn = QDate(2026, 3, 2);
    d.dischargedOn = QDate(2026, 3, 12);
    d.settledOn = QDate(2026, 3, 12);
    d.totalFen = total;
    d.insuranceFen = insurance;
    d.subsidyFen = subsidy;
    d.selfFen = self;
    d.capOverride = capReason;
    const CapCheck cap = carerules::capCheck(overCap ? 0 : 0, 1000000, overCap ? subsidy : 0);
    const Status s = carerules::checkSettlement(d, cap);
    QVERIFY2(s.isOk() == ok, qPrintable(s.error()));
}

void TestCareRules::voidedAndOtherYearsDoNotCount()
{
    QList<MedicalSettlement> list;
    auto add = [&](qint64 id, QDate settled, qint64 subsidy, bool voided) {
        MedicalSettlement m;
        m.id = id;
        m.settledOn = settled;
        m.subsidyFen = subsidy;
        m.voided = voided;
        list << m;
    };
    add(1, QDate(2026, 1, 1), 100000, false);
    add(2, QDate(2026, 12, 31), 200000, false);
    add(3, QDate(2026, 6, 1), 400000, true); // voided
    add(4, QDate(2025, 12, 31), 800000, false);
    add(5, QDate(2027, 1, 1), 1600000, false);
    QCOMPARE(carerules::yearSubsidy(list, 2026), qint64(300000));
    QCOMPARE(carerules::yearSubsidy(list, 2026, 2), qint64(100000));
    QCOMPARE(carerules::yearSubsidy(list, 2025), qint64(800000));
}

void TestCareRules::eligibility()
{
    RecuperationCandidate c;
    c.keyPerson = true;
    c.lastHealth = QString::fromUtf8("高血压，行动不便");
    c.interval = carerules::recuperationInterval(QDate(2025, 4, 20), QDate(2026, 5, 1), 2);
    const QString text = carerules::eligibilityText(c, 2);
    QVERIFY(text.contains(QStringLiteral("key person")));
    QVERIFY(text.contains(QStringLiteral("2025-04-20")));
    QVERIFY(text.contains(QString::fromUtf8("高血压")));
    QVERIFY(text.contains(QStringLiteral("reason")));
    RecuperationCandidate never;
    QVERIFY(carerules::eligibilityText(never, 2).contains(QStringLiteral("never")));
    QVERIFY(!carerules::eligibilityText(never, 2).contains(QStringLiteral("reason")));
}

void TestCareRules::batch_data()
{
    QTest::addColumn<QString>("title");
    QTest::addColumn<QString>("place");
    QTest::addColumn<QDate>("starts");
    QTest::addColumn<QDate>("ends");
    QTest::addColumn<bool>("ok");
    const QString t = QString::fromUtf8("2026年春季短期疗养");
    const QString p = QString::fromUtf8("南岳光荣院疗养基地");
    QTest::newRow("good") << t << p << QDate(2026, 4, 1) << QDate(2026, 4, 7) << true;
    QTest::newRow("one day") << t << p << QDate(2026, 4, 1) << QDate(2026, 4, 1) << true;
    QTest::newRow("ends before") << t << p << QDate(2026, 4, 7) << QDate(2026, 4, 1) << false;
    QTest::newRow("no title") << QString() << p << QDate(2026, 4, 1) << QDate(2026, 4, 7) << false;
    QTest::newRow("no place") << t << QString() << QDate(2026, 4, 1) << QDate(2026, 4, 7) << false;
    QTest::newRow("no date") << t << p << QDate() << QDate(2026, 4, 7) << false;
}

void TestCareRules::batch()
{
    QFETCH(QString, title);
    QFETCH(QString, place);
    QFETCH(QDate, starts);
    QFETCH(QDate, ends);
    QFETCH(bool, ok);
    BatchDraft d;
    d.title = title;
    d.place = place;
    d.startsOn = starts;
    d.endsOn = ends;
    QCOMPARE(carerules::checkBatch(d).isOk(), ok);
}

QTEST_GUILESS_MAIN(TestCareRules)
#include "tst_carerules.moc"
