// Pure checks of information staff and warnings, and the stability score (no database).
#include "petition/warningrules.h"

#include <QTest>

using namespace youfu;
using core::WarningRules;

namespace {
const QDate kToday(2026, 11, 29);

core::WarningReport openReport()
{
    core::WarningReport w;
    w.reportedOn = QDate(2026, 11, 20);
    w.reporterName = QString::fromUtf8("刘德明");
    w.townshipCode = "430581001";
    w.expected = QString::fromUtf8("计划集体赴省上访");
    return w;
}
} // namespace

class TestWarningRules : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void staff_data();
    void staff();
    void report_data();
    void report();
    void resolution_data();
    void resolution();
    void followUp_data();
    void followUp();
    void score_data();
    void score();
};

void TestWarningRules::staff_data()
{
    QTest::addColumn<QString>("township");
    QTest::addColumn<QString>("name");
    QTest::addColumn<QDate>("since");
    QTest::addColumn<QDate>("until");
    QTest::addColumn<bool>("ok");
    const QString name = QString::fromUtf8("刘德明");
    QTest::newRow("complete") << "430581001" << name << QDate(2025, 1, 1) << QDate() << true;
    QTest::newRow("ended") << "430581001" << name << QDate(2025, 1, 1) << QDate(2026, 1, 1) << true;
    QTest::newRow("same day") << "430581001" << name << QDate(2025, 1, 1) << QDate(2025, 1, 1)
                              << true;
    QTest::newRow("no township") << "" << name << QDate(2025, 1, 1) << QDate() << false;
    QTest::newRow("no name") << "430581001"
                             << "  " << QDate(2025, 1, 1) << QDate() << false;
    QTest::newRow("no since") << "430581001" << name << QDate() << QDate() << false;
    QTest::newRow("ends before start")
        << "430581001" << name << QDate(2025, 1, 1) << QDate(2024, 12, 31) << false;
}

void TestWarningRules::staff()
{
    QFETCH(QString, township);
    QFETCH(QString, name);
    QFETCH(QDate, since);
    QFETCH(QDate, until);
    QFETCH(bool, ok);
    core::InfoStaff s;
    s.townshipCode = township;
    s.name = name;
    s.since = since;
    s.until = until;
    const core::Status st = WarningRules::checkStaff(s);
    QCOMPARE(st.isOk(), ok);
    if (!ok)
        QVERIFY(!st.error().isEmpty());
}

void TestWarningRules::report_data()
{
    QTest::addColumn<QString>("township");
    QTest::addColumn<qint64>("reporterId");
    QTest::addColumn<QString>("reporterName");
    QTest::addColumn<QString>("expected");
    QTest::addColumn<QDate>("reportedOn");
    QTest::addColumn<QDate>("expectedOn");
    QTest::addColumn<bool>("ok");
    const QString who = QString::fromUtf8("刘德明");
    const QString what = QString::fromUtf8("计划集体赴省上访");
    QTest::newRow("named reporter")
        << "430581001" << qint64(0) << who << what << kToday << QDate(2026, 12, 10) << true;
    QTest::newRow("staff reporter")
        << "430581001" << qint64(3) << "" << what << QDate(2026, 11, 1) << QDate() << true;
    QTest::newRow("expected same day")
        << "430581001" << qint64(3) << "" << what << kToday << kToday << true;
    QTest::newRow("no township") << "" << qint64(3) << "" << what << kToday << QDate() << false;
    QTest::newRow("nobody reported")
        << "430581001" << qint64(0) << " " << what << kToday << QDate() << false;
    QTest::newRow("nothing expected") << "430581001" << qint64(3) << ""
                                      << "" << kToday << QDate() << false;
    QTest::newRow("no date") << "430581001" << qint64(3) << "" << what << QDate() << QDate()
                             << false;
    QTest::newRow("future report")
        << "430581001" << qint64(3) << "" << what << kToday.addDays(1) << QDate() << false;
    QTest::newRow("expected before report")
        << "430581001" << qint64(3) << "" << what << kToday << kToday.addDays(-1) << false;
}

void TestWarningRules::report()
{
    QFETCH(QString, township);
    QFETCH(qint64, reporterId);
    QFETCH(QString, reporterName);
    QFETCH(QString, expected);
    QFETCH(QDate, reportedOn);
    QFETCH(QDate, expectedOn);
    QFETCH(bool, ok);
    core::WarningReport w;
    w.townshipCode = township;
    w.reporterId = reporterId;
    w.reporterName = reporterName;
    w.expected = expected;
    w.reportedOn = reportedOn;
    w.expectedOn = expectedOn;
    QCOMPARE(WarningRules::checkReport(w, kToday).isOk(), ok);
}

void TestWarningRules::resolution_data()
{
    QTest::addColumn<bool>("alreadyResolved");
    QTest::addColumn<QDate>("on");
    QTest::addColumn<QString>("words");
    QTest::addColumn<bool>("ok");
    const QString words = QString::fromUtf8("已做好解释疏导工作，当事人表示不再赴省");
    QTest::newRow("resolved today") << false << kToday << words << true;
    QTest::newRow("resolved the day reported") << false << QDate(2026, 11, 20) << words << true;
    QTest::newRow("no words") << false << kToday << "  " << false;
    QTest::newRow("no date") << false << QDate() << words << false;
    QTest::newRow("before the report") << false << QDate(2026, 11, 19) << words << false;
    QTest::newRow("in the future") << false << kToday.addDays(1) << words << false;
    QTest::newRow("twice") << true << kToday << words << false;
}

void TestWarningRules::resolution()
{
    QFETCH(bool, alreadyResolved);
    QFETCH(QDate, on);
    QFETCH(QString, words);
    QFETCH(bool, ok);
    core::WarningReport w = openReport();
    if (alreadyResolved) {
        w.resolved = true;
        w.resolvedOn = QDate(2026, 11, 25);
        w.resolution = QString::fromUtf8("已化解");
    }
    const core::Status s = WarningRules::checkResolution(w, on, words, kToday);
    QCOMPARE(s.isOk(), ok);
    if (!ok)
        QVERIFY(!s.error().isEmpty());
}

void TestWarningRules::followUp_data()
{
    QTest::addColumn<bool>("resolved");
    QTest::addColumn<QDate>("on");
    QTest::addColumn<QString>("note");
    QTest::addColumn<bool>("ok");
    const QString note = QString::fromUtf8("镇党委书记上门谈心");
    QTest::newRow("open") << false << QDate(2026, 11, 22) << note << true;
    QTest::newRow("resolved") << true << QDate(2026, 11, 22) << note << false;
    QTest::newRow("no note") << false << QDate(2026, 11, 22) << "" << false;
    QTest::newRow("before the report") << false << QDate(2026, 11, 1) << note << false;
    QTest::newRow("future") << false << kToday.addDays(2) << note << false;
}

void TestWarningRules::followUp()
{
    QFETCH(bool, resolved);
    QFETCH(QDate, on);
    QFETCH(QString, note);
    QFETCH(bool, ok);
    core::WarningReport w = openReport();
    if (resolved) {
        w.resolved = true;
        w.resolvedOn = QDate(2026, 11, 21);
        w.resolution = QString::fromUtf8("已化解");
    }
    QCOMPARE(WarningRules::checkFollowUp(w, on, note, kToday).isOk(), ok);
}

void TestWarningRules::score_data()
{
    QTest::addColumn<int>("overdue");
    QTest::addColumn<int>("group");
    QTest::addColumn<int>("beyond");
    QTest::addColumn<int>("warnings");
    QTest::addColumn<int>("highRisk");
    QTest::addColumn<int>("keyPersons");
    QTest::addColumn<int>("score");
    QTest::newRow("quiet") << 0 << 0 << 0 << 0 << 0 << 0 << 0;
    QTest::newRow("overdue") << 2 << 0 << 0 << 0 << 0 << 0 << 6;
    QTest::newRow("group") << 0 << 1 << 0 << 0 << 0 << 0 << 5;
    QTest::newRow("beyond") << 0 << 0 << 1 << 0 << 0 << 0 << 5;
    QTest::newRow("high-risk warning counts as open too") << 0 << 0 << 0 << 1 << 1 << 0 << 6;
    QTest::newRow("key persons") << 0 << 0 << 0 << 0 << 0 << 3 << 3;
    QTest::newRow("all") << 1 << 1 << 1 << 2 << 1 << 1 << 22;
}

void TestWarningRules::score()
{
    QFETCH(int, overdue);
    QFETCH(int, group);
    QFETCH(int, beyond);
    QFETCH(int, warnings);
    QFETCH(int, highRisk);
    QFETCH(int, keyPersons);
    QFETCH(int, score);
    core::StabilityLine l;
    l.openCases = 40; // open cases on time count nothing
    l.overdueCases = overdue;
    l.groupLast12Months = group;
    l.beyondLast12Months = beyond;
    l.openWarnings = warnings;
    l.highRiskWarnings = highRisk;
    l.keyPersonsOverdue = keyPersons;
    QCOMPARE(WarningRules::stabilityScore(l), score);
}

QTEST_GUILESS_MAIN(TestWarningRules)
#include "tst_warningrules.moc"
