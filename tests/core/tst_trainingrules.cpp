// Pure rules of the training register: hours per worker and township, who missed the annual
// township training, the checks of a session (no database).
#include "township/trainingrules.h"

#include <QTest>

using namespace youfu;
using core::TrainingAttendance;
using core::TrainingKind;
using core::TrainingRules;

Q_DECLARE_METATYPE(QList<core::TrainingAttendance>)
Q_DECLARE_METATYPE(QList<core::InfoStaff>)

namespace {
const QDate kToday(2026, 11, 29);

core::InfoStaff worker(qint64 id, const char* township, const QDate& since,
                       const QDate& until = QDate())
{
    core::InfoStaff w;
    w.id = id;
    w.townshipCode = QString::fromLatin1(township);
    w.townshipName = QString::fromLatin1(township);
    w.name = QStringLiteral("w%1").arg(id);
    w.since = since;
    w.until = until;
    return w;
}

TrainingAttendance rec(qint64 staff, const QDate& on, TrainingKind kind, int minutes, bool held,
                       bool attended)
{
    return TrainingAttendance{staff, on, kind, minutes, held, attended};
}

QList<core::InfoStaff> workers()
{
    return {worker(1, "A", QDate(2020, 1, 1)), worker(2, "A", QDate(2026, 3, 1)),
            worker(3, "B", QDate(2019, 5, 1), QDate(2025, 12, 31)), // ended before 2026
            worker(4, "B", QDate(2027, 1, 1)),                      // begins after 2026
            worker(5, "B", QDate(2018, 1, 1), QDate(2026, 2, 1))};  // served part of 2026
}
} // namespace

class TestTrainingRules : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void hours_data();
    void hours();
    void missing_data();
    void missing();
    void summary();
    void session_data();
    void session();
    void kinds();
    void hoursText_data();
    void hoursText();
};

void TestTrainingRules::hours_data()
{
    QTest::addColumn<QList<TrainingAttendance>>("records");
    QTest::addColumn<qint64>("staff");
    QTest::addColumn<int>("minutes");
    const QDate d(2026, 6, 1);
    QTest::newRow("nothing") << QList<TrainingAttendance>{} << qint64(1) << 0;
    QTest::newRow("attended held")
        << QList<TrainingAttendance>{rec(1, d, TrainingKind::AnnualTownship, 180, true, true)}
        << qint64(1) << 180;
    QTest::newRow("two sessions add up")
        << QList<TrainingAttendance>{rec(1, d, TrainingKind::AnnualTownship, 180, true, true),
                                     rec(1, d.addDays(30), TrainingKind::Exchange, 90, true, true)}
        << qint64(1) << 270;
    QTest::newRow("absent counts nothing")
        << QList<TrainingAttendance>{rec(1, d, TrainingKind::AnnualTownship, 180, true, false)}
        << qint64(1) << 0;
    QTest::newRow("planned counts nothing")
        << QList<TrainingAttendance>{rec(1, d, TrainingKind::MonthlyStudy, 120, false, true)}
        << qint64(1) << 0;
    QTest::newRow("last year counts nothing")
        << QList<TrainingAttendance>{rec(1, QDate(2025, 12, 31), TrainingKind::MonthlyStudy, 120,
                                         true, true)}
        << qint64(1) << 0;
    QTest::newRow("another worker's")
        << QList<TrainingAttendance>{rec(2, d, TrainingKind::MonthlyStudy, 120, true, true)}
        << qint64(1) << 0;
}

void TestTrainingRules::hours()
{
    QFETCH(QList<TrainingAttendance>, records);
    QFETCH(qint64, staff);
    QFETCH(int, minutes);
    QCOMPARE(TrainingRules::minutesByWorker(records, 2026).value(staff), minutes);
}

void TestTrainingRules::missing_data()
{
    QTest::addColumn<QList<TrainingAttendance>>("records");
    QTest::addColumn<QList<qint64>>("missing");
    const QDate d(2026, 4, 10);
    QTest::newRow("no session: all serving in the year")
        << QList<TrainingAttendance>{} << QList<qint64>{1, 2, 5};
    QTest::newRow("attended the annual one")
        << QList<TrainingAttendance>{rec(1, d, TrainingKind::AnnualTownship, 180, true, true),
                                     rec(2, d, TrainingKind::AnnualTownship, 180, true, true)}
        << QList<qint64>{5};
    QTest::newRow("absent from it")
        << QList<TrainingAttendance>{rec(1, d, TrainingKind::AnnualTownship, 180, true, true),
                                     rec(2, d, TrainingKind::AnnualTownship, 180, true, false)}
        << QList<qint64>{2, 5};
    QTest::newRow("another kind does not count")
        << QList<TrainingAttendance>{rec(1, d, TrainingKind::MonthlyStudy, 180, true, true),
                                     rec(2, d, TrainingKind::Exchange, 180, true, true)}
        << QList<qint64>{1, 2, 5};
    QTest::newRow("a planned one does not count")
        << QList<TrainingAttendance>{rec(1, d, TrainingKind::AnnualTownship, 180, false, true)}
        << QList<qint64>{1, 2, 5};
    QTest::newRow("last year's does not count")
        << QList<TrainingAttendance>{rec(1, QDate(2025, 4, 10), TrainingKind::AnnualTownship, 180,
                                         true, true)}
        << QList<qint64>{1, 2, 5};
}

void TestTrainingRules::missing()
{
    QFETCH(QList<TrainingAttendance>, records);
    QFETCH(QList<qint64>, missing);
    QList<qint64> got;
    for (const core::InfoStaff& w : TrainingRules::missingAnnual(workers(), records, 2026))
        got << w.id;
    QCOMPARE(got, missing);
}

void TestTrainingRules::summary()
{
    const QDate d(2026, 4, 10);
    const QList<TrainingAttendance> records{
        rec(1, d, TrainingKind::AnnualTownship, 180, true, true),
        rec(2, d, TrainingKind::AnnualTownship, 180, true, false),
        rec(2, d.addDays(40), TrainingKind::Exchange, 90, true, true),
        rec(5, QDate(2026, 1, 20), TrainingKind::MonthlyStudy, 120, true, true)};
    const auto lines = TrainingRules::townshipSummary(workers(), records, 2026);
    QCOMPARE(lines.size(), 2);
    QCOMPARE(lines.at(0).townshipCode, QStringLiteral("A"));
    QCOMPARE(lines.at(0).workers, 2);
    QCOMPARE(lines.at(0).minutes, 270);
    QCOMPARE(lines.at(0).missing, QStringList{QStringLiteral("w2")});
    QCOMPARE(lines.at(1).townshipCode, QStringLiteral("B"));
    QCOMPARE(lines.at(1).workers, 1); // 3 ended in 2025, 4 begins in 2027
    QCOMPARE(lines.at(1).minutes, 120);
    QCOMPARE(lines.at(1).missing, QStringList{QStringLiteral("w5")});
}

void TestTrainingRules::session_data()
{
    QTest::addColumn<QDate>("on");
    QTest::addColumn<QString>("topic");
    QTest::addColumn<int>("minutes");
    QTest::addColumn<bool>("held");
    QTest::addColumn<bool>("ok");
    QTest::newRow("planned in the future") << QDate(2026, 12, 10) << "政策" << 180 << false << true;
    QTest::newRow("held today") << kToday << "政策" << 180 << true << true;
    QTest::newRow("held in the future") << QDate(2026, 12, 10) << "政策" << 180 << true << false;
    QTest::newRow("no day") << QDate() << "政策" << 180 << false << false;
    QTest::newRow("no topic") << kToday << "  " << 180 << false << false;
    QTest::newRow("no length") << kToday << "政策" << 0 << false << false;
    QTest::newRow("over a day") << kToday << "政策" << 24 * 60 + 1 << false << false;
}

void TestTrainingRules::session()
{
    QFETCH(QDate, on);
    QFETCH(QString, topic);
    QFETCH(int, minutes);
    QFETCH(bool, held);
    QFETCH(bool, ok);
    core::TrainingSession s;
    s.heldOn = on;
    s.topic = topic;
    s.minutes = minutes;
    s.held = held;
    const core::Status st = TrainingRules::checkSession(s, kToday);
    QCOMPARE(st.isOk(), ok);
    if (!ok)
        QVERIFY(!st.error().isEmpty());
}

void TestTrainingRules::kinds()
{
    for (TrainingKind k :
         {TrainingKind::AnnualTownship, TrainingKind::MonthlyStudy, TrainingKind::Exchange}) {
        auto back = TrainingRules::kindFromKey(TrainingRules::kindKey(k));
        QVERIFY(back);
        QCOMPARE(back.value(), k);
    }
    QVERIFY(!TrainingRules::kindFromKey(QStringLiteral("party")));
    core::TrainingSession future;
    future.heldOn = kToday.addDays(1);
    QVERIFY(!TrainingRules::checkAttendance(future, kToday));
    future.heldOn = kToday;
    QVERIFY(TrainingRules::checkAttendance(future, kToday));
}

void TestTrainingRules::hoursText_data()
{
    QTest::addColumn<int>("minutes");
    QTest::addColumn<QString>("text");
    QTest::newRow("0") << 0 << "0";
    QTest::newRow("3h") << 180 << "3";
    QTest::newRow("1.5h") << 90 << "1.5";
    QTest::newRow("1.25h") << 75 << "1.25";
}

void TestTrainingRules::hoursText()
{
    QFETCH(int, minutes);
    QFETCH(QString, text);
    QCOMPARE(TrainingRules::hoursText(minutes), text);
}

QTEST_GUILESS_MAIN(TestTrainingRules)
#include "tst_trainingrules.moc"
