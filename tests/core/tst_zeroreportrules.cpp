// Pure rules of the daily zero reports: deadline, lateness, a day's status, month rates
// (across midnight, month and year ends, leap days).
#include "township/zeroreportrules.h"

#include <QTest>

using namespace youfu;
using core::ZeroDayStatus;
using core::ZeroReportRules;

Q_DECLARE_METATYPE(core::ZeroDayStatus)

namespace {
QDateTime at(int y, int m, int d, int h = 0, int min = 0, int s = 0)
{
    return QDateTime(QDate(y, m, d), QTime(h, min, s));
}
} // namespace

class TestZeroReportRules : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void deadline_data();
    void deadline();
    void late_data();
    void late();
    void status_data();
    void status();
    void monthRate_data();
    void monthRate();
    void deadlineSetting_data();
    void deadlineSetting();
    void check_data();
    void check();
    void keys();
};

void TestZeroReportRules::deadline_data()
{
    QTest::addColumn<QDate>("day");
    QTest::addColumn<int>("hours");
    QTest::addColumn<QDateTime>("expected");
    QTest::newRow("24h: end of the next day") << QDate(2026, 3, 10) << 24 << at(2026, 3, 12);
    QTest::newRow("0h: midnight after the day") << QDate(2026, 3, 10) << 0 << at(2026, 3, 11);
    QTest::newRow("12h: noon of the next day") << QDate(2026, 3, 10) << 12 << at(2026, 3, 11, 12);
    QTest::newRow("36h") << QDate(2026, 3, 10) << 36 << at(2026, 3, 12, 12);
    QTest::newRow("month end") << QDate(2026, 4, 30) << 24 << at(2026, 5, 2);
    QTest::newRow("month end 31st") << QDate(2026, 1, 31) << 24 << at(2026, 2, 2);
    QTest::newRow("year end") << QDate(2026, 12, 31) << 24 << at(2027, 1, 2);
    QTest::newRow("30 Dec into the new year") << QDate(2026, 12, 30) << 24 << at(2027, 1, 1);
    QTest::newRow("leap day") << QDate(2028, 2, 29) << 24 << at(2028, 3, 2);
    QTest::newRow("28 Feb of a leap year") << QDate(2028, 2, 28) << 24 << at(2028, 3, 1);
    QTest::newRow("28 Feb of a common year") << QDate(2026, 2, 28) << 24 << at(2026, 3, 2);
    QTest::newRow("48h") << QDate(2026, 2, 27) << 48 << at(2026, 3, 2);
}

void TestZeroReportRules::deadline()
{
    QFETCH(QDate, day);
    QFETCH(int, hours);
    QFETCH(QDateTime, expected);
    QCOMPARE(ZeroReportRules::deadline(day, hours), expected);
}

void TestZeroReportRules::late_data()
{
    QTest::addColumn<QDate>("day");
    QTest::addColumn<QDateTime>("received");
    QTest::addColumn<int>("hours");
    QTest::addColumn<bool>("late");
    const QDate d(2026, 3, 10);
    QTest::newRow("same evening") << d << at(2026, 3, 10, 18) << 24 << false;
    QTest::newRow("next morning") << d << at(2026, 3, 11, 9) << 24 << false;
    QTest::newRow("next day 23:59:59") << d << at(2026, 3, 11, 23, 59, 59) << 24 << false;
    QTest::newRow("exactly at the deadline") << d << at(2026, 3, 12) << 24 << false;
    QTest::newRow("one second after") << d << at(2026, 3, 12, 0, 0, 1) << 24 << true;
    QTest::newRow("two days later") << d << at(2026, 3, 13, 10) << 24 << true;
    QTest::newRow("0h: after midnight is late") << d << at(2026, 3, 11, 0, 5) << 0 << true;
    QTest::newRow("0h: before midnight") << d << at(2026, 3, 10, 23, 55) << 0 << false;
    QTest::newRow("year end, on time") << QDate(2026, 12, 31) << at(2027, 1, 1, 23) << 24 << false;
    QTest::newRow("year end, late") << QDate(2026, 12, 31) << at(2027, 1, 2, 8) << 24 << true;
    QTest::newRow("leap day, on time") << QDate(2028, 2, 29) << at(2028, 3, 1, 20) << 24 << false;
    QTest::newRow("leap day, late") << QDate(2028, 2, 29) << at(2028, 3, 2, 0, 1) << 24 << true;
    QTest::newRow("month end, late") << QDate(2026, 4, 30) << at(2026, 5, 2, 9) << 24 << true;
}

void TestZeroReportRules::late()
{
    QFETCH(QDate, day);
    QFETCH(QDateTime, received);
    QFETCH(int, hours);
    QFETCH(bool, late);
    QCOMPARE(ZeroReportRules::isLate(day, received, hours), late);
}

void TestZeroReportRules::status_data()
{
    QTest::addColumn<QDate>("day");
    QTest::addColumn<QDateTime>("received");
    QTest::addColumn<bool>("nothing");
    QTest::addColumn<QDateTime>("now");
    QTest::addColumn<ZeroDayStatus>("expected");
    const QDate d(2026, 3, 10);
    const QDateTime none;
    QTest::newRow("today, nothing yet")
        << d << none << true << at(2026, 3, 10, 15) << ZeroDayStatus::NotYetDue;
    QTest::newRow("next day, nothing yet")
        << d << none << true << at(2026, 3, 11, 23, 59) << ZeroDayStatus::NotYetDue;
    QTest::newRow("at the deadline, not yet missing")
        << d << none << true << at(2026, 3, 12) << ZeroDayStatus::NotYetDue;
    QTest::newRow("just past the deadline")
        << d << none << true << at(2026, 3, 12, 0, 0, 1) << ZeroDayStatus::Missing;
    QTest::newRow("nothing, on time")
        << d << at(2026, 3, 11, 9) << true << at(2026, 3, 20) << ZeroDayStatus::ReportedNothing;
    QTest::newRow("items, on time")
        << d << at(2026, 3, 11, 9) << false << at(2026, 3, 20) << ZeroDayStatus::ReportedItems;
    QTest::newRow("reported early, before due")
        << d << at(2026, 3, 10, 17) << true << at(2026, 3, 10, 18)
        << ZeroDayStatus::ReportedNothing;
    QTest::newRow("late nothing") << d << at(2026, 3, 12, 8) << true << at(2026, 3, 20)
                                  << ZeroDayStatus::Late;
    QTest::newRow("late items") << d << at(2026, 3, 14, 8) << false << at(2026, 3, 20)
                                << ZeroDayStatus::Late;
    QTest::newRow("31 Dec missing on 2 Jan")
        << QDate(2026, 12, 31) << none << true << at(2027, 1, 2, 8) << ZeroDayStatus::Missing;
    QTest::newRow("31 Dec not yet due on 1 Jan")
        << QDate(2026, 12, 31) << none << true << at(2027, 1, 1, 22) << ZeroDayStatus::NotYetDue;
    QTest::newRow("leap day missing")
        << QDate(2028, 2, 29) << none << true << at(2028, 3, 2, 1) << ZeroDayStatus::Missing;
    QTest::newRow("future day") << QDate(2026, 3, 25) << none << true << at(2026, 3, 20)
                                << ZeroDayStatus::NotYetDue;
}

void TestZeroReportRules::status()
{
    QFETCH(QDate, day);
    QFETCH(QDateTime, received);
    QFETCH(bool, nothing);
    QFETCH(QDateTime, now);
    QFETCH(ZeroDayStatus, expected);
    QCOMPARE(ZeroReportRules::status(day, received, nothing, now, 24), expected);
}

void TestZeroReportRules::monthRate_data()
{
    // reports: "day:lateness" with lateness 0 = on time (next morning), 1 = late (3 days on)
    QTest::addColumn<int>("year");
    QTest::addColumn<int>("month");
    QTest::addColumn<QStringList>("reports");
    QTest::addColumn<QDateTime>("now");
    QTest::addColumn<int>("due");
    QTest::addColumn<int>("reported");
    QTest::addColumn<int>("onTime");
    QStringList all30;
    for (int d = 1; d <= 30; ++d)
        all30 << QStringLiteral("%1:0").arg(d);
    QTest::newRow("full April") << 2026 << 4 << all30 << at(2026, 6, 1) << 30 << 30 << 30;
    QTest::newRow("April, nothing reported")
        << 2026 << 4 << QStringList() << at(2026, 6, 1) << 30 << 0 << 0;
    QTest::newRow("April, 2 late 1 missing")
        << 2026 << 4 << QStringList(all30.mid(0, 29)).replaceInStrings("3:0", "3:1")
        << at(2026, 6, 1) << 30 << 29 << 26; // 3rd, 13th, 23rd late; 30th missing
    QTest::newRow("current month: only days due count")
        << 2026 << 4 << QStringList{"1:0", "2:0", "3:0", "4:0", "5:0", "6:0", "7:0", "8:0"}
        << at(2026, 4, 10, 9) << 8 << 8 << 8; // 8 Apr due at 10 Apr 00:00, 9 Apr not yet
    QTest::newRow("current month: missing day counts")
        << 2026 << 4 << QStringList{"1:0", "2:0"} << at(2026, 4, 10, 9) << 8 << 2 << 2;
    QTest::newRow("current month: early report counts")
        << 2026 << 4 << QStringList{"9:0"} << at(2026, 4, 10, 9) << 9 << 1 << 1;
    QTest::newRow("month not begun")
        << 2026 << 5 << QStringList() << at(2026, 4, 10) << 0 << 0 << 0;
    QTest::newRow("last day of the month not yet due on the 1st")
        << 2026 << 4 << QStringList() << at(2026, 5, 1, 12) << 29 << 0 << 0;
    QTest::newRow("leap February") << 2028 << 2 << QStringList() << at(2028, 3, 5) << 29 << 0 << 0;
    QTest::newRow("common February")
        << 2026 << 2 << QStringList() << at(2026, 3, 5) << 28 << 0 << 0;
    QTest::newRow("December over the year end")
        << 2026 << 12 << QStringList{"31:0"} << at(2027, 1, 1, 10) << 31 << 1 << 1;
}

void TestZeroReportRules::monthRate()
{
    QFETCH(int, year);
    QFETCH(int, month);
    QFETCH(QStringList, reports);
    QFETCH(QDateTime, now);
    QFETCH(int, due);
    QFETCH(int, reported);
    QFETCH(int, onTime);
    QHash<QDate, QDateTime> received;
    for (const QString& r : reports) {
        const QDate day(year, month, r.section(':', 0, 0).toInt());
        const bool late = r.section(':', 1, 1) == "1";
        received.insert(day, QDateTime(day.addDays(late ? 3 : 1), QTime(9, 0)));
    }
    const core::ZeroMonthRate rate = ZeroReportRules::monthRate(year, month, received, now, 24);
    QCOMPARE(rate.daysDue, due);
    QCOMPARE(rate.daysReported, reported);
    QCOMPARE(rate.daysOnTime, onTime);
    if (due == 0)
        QCOMPARE(rate.rate(), -1.0);
    else
        QCOMPARE(rate.rate(), double(reported) / due);
}

void TestZeroReportRules::deadlineSetting_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("hours");
    QTest::newRow("24") << "24" << 24;
    QTest::newRow("spaces") << " 48 " << 48;
    QTest::newRow("zero") << "0" << 0;
    QTest::newRow("max") << "744" << 744;
    QTest::newRow("too many") << "745" << -1;
    QTest::newRow("negative") << "-1" << -1;
    QTest::newRow("words") << "一天" << -1;
    QTest::newRow("fraction") << "1.5" << -1;
    QTest::newRow("empty") << "" << -1;
}

void TestZeroReportRules::deadlineSetting()
{
    QFETCH(QString, text);
    QFETCH(int, hours);
    const auto r = ZeroReportRules::parseDeadlineHours(text);
    QCOMPARE(r.isOk(), hours >= 0);
    if (r)
        QCOMPARE(r.value(), hours);
    else
        QVERIFY(!r.error().isEmpty());
}

void TestZeroReportRules::check_data()
{
    QTest::addColumn<QString>("township");
    QTest::addColumn<QDate>("day");
    QTest::addColumn<QDateTime>("received");
    QTest::addColumn<bool>("nothing");
    QTest::addColumn<QString>("item"); // "" none; "text|outcome|id"
    QTest::addColumn<bool>("ok");
    const QDate d(2026, 3, 10);
    const QDateTime r = at(2026, 3, 11, 9);
    QTest::newRow("nothing") << "430581001" << d << r << true << "" << true;
    QTest::newRow("items") << "430581001" << d << r << false << "走访发现|none|0" << true;
    QTest::newRow("item became a case") << "430581001" << d << r << false << "上访|case|5" << true;
    QTest::newRow("case without id") << "430581001" << d << r << false << "上访|case|0" << false;
    QTest::newRow("warning without id")
        << "430581001" << d << r << false << "聚集|warning|0" << false;
    QTest::newRow("no township") << "" << d << r << true << "" << false;
    QTest::newRow("no day") << "430581001" << QDate() << r << true << "" << false;
    QTest::newRow("day in the future")
        << "430581001" << QDate(2026, 3, 21) << r << true << "" << false;
    QTest::newRow("received in the future")
        << "430581001" << d << at(2026, 3, 21) << true << "" << false;
    QTest::newRow("received before the day")
        << "430581001" << d << at(2026, 3, 9, 23) << true << "" << false;
    QTest::newRow("no time") << "430581001" << d << QDateTime() << true << "" << false;
    QTest::newRow("items but none given") << "430581001" << d << r << false << "" << false;
    QTest::newRow("empty item") << "430581001" << d << r << false << "  |none|0" << false;
    QTest::newRow("nothing with items") << "430581001" << d << r << true << "x|none|0" << false;
}

void TestZeroReportRules::check()
{
    QFETCH(QString, township);
    QFETCH(QDate, day);
    QFETCH(QDateTime, received);
    QFETCH(bool, nothing);
    QFETCH(QString, item);
    QFETCH(bool, ok);
    core::ZeroReport rep;
    rep.townshipCode = township;
    rep.day = day;
    rep.receivedAt = received;
    rep.nothing = nothing;
    if (!item.isEmpty()) {
        core::ZeroReportItem it;
        it.summary = item.section('|', 0, 0);
        it.outcome = ZeroReportRules::outcomeFromKey(item.section('|', 1, 1)).value();
        const qint64 id = item.section('|', 2, 2).toLongLong();
        if (it.outcome == core::ZeroOutcome::Case)
            it.caseId = id;
        else
            it.warningId = id;
        rep.items << it;
    }
    const core::Status s = ZeroReportRules::check(rep, at(2026, 3, 20, 10));
    QCOMPARE(s.isOk(), ok);
    if (!ok)
        QVERIFY(!s.error().isEmpty());
}

void TestZeroReportRules::keys()
{
    for (auto c : {core::ZeroChannel::Phone, core::ZeroChannel::Message, core::ZeroChannel::File,
                   core::ZeroChannel::Other})
        QCOMPARE(ZeroReportRules::channelFromKey(ZeroReportRules::channelKey(c)).value(), c);
    QVERIFY(!ZeroReportRules::channelFromKey("fax"));
    QVERIFY(!ZeroReportRules::outcomeFromKey("x"));
}

QTEST_GUILESS_MAIN(TestZeroReportRules)
#include "tst_zeroreportrules.moc"
