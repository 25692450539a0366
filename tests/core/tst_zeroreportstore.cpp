// The zero report store: one audit entry per write, a reader refused, a duplicate refused
// (never overwritten), a correction with before/after, the month grid, missing list, home
// counts and monthly rates on a small known data set.
#include "audit/auditlog.h"
#include "registry/citizenid.h"
#include "registry/personstore.h"
#include "testdb.h"
#include "township/zeroreportstore.h"

#include <QJsonDocument>
#include <QSqlQuery>
#include <QTest>

using namespace youfu;
using core::Role;
using core::ZeroDayStatus;

class TestZeroReportStore : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void recordAndCorrect();
    void readerIsRefused();
    void duplicateIsRefused();
    void unknownPersonIsRefused();
    void monthGrid();
    void missingAndHomeCounts();
    void monthlyRates();
    void deadlineSetting();
    void importManyIsOneEntry();
};

namespace {
const QString kT1 = QStringLiteral("430581001");
const QString kT2 = QStringLiteral("430581002");

// The office's local wall-clock time, whatever TZ the test runs in.
void setNow(test::TestDb& t, const QDateTime& local)
{
    t.clock().set(QDateTime(local.date(), local.time()).toUTC());
}

QDateTime at(int y, int m, int d, int h = 0, int min = 0)
{
    return QDateTime(QDate(y, m, d), QTime(h, min));
}

qint64 addPerson(test::TestDb& t, const core::Actor& clerk, const QString& name, int seq)
{
    const QString first17 = QStringLiteral("43058119520314%1").arg(seq, 3, 10, QLatin1Char('0'));
    core::PersonDraft d;
    d.name = name;
    d.citizenId = first17 + core::CitizenId::checkCharacter(first17);
    d.townshipCode = kT1;
    auto r = core::PersonStore(t.db()).add(clerk, d);
    if (!r)
        qWarning("%s", qPrintable(r.error()));
    return r.id;
}

core::ZeroReport nothingOf(const QString& township, const QDate& day, const QDateTime& received)
{
    core::ZeroReport r;
    r.townshipCode = township;
    r.day = day;
    r.receivedAt = received;
    r.nothing = true;
    r.reporter = QString::fromUtf8("刘德明");
    return r;
}

QString lastAction(test::TestDb& t)
{
    QSqlQuery q(t.db().connection());
    q.exec("SELECT action FROM audit_log ORDER BY id DESC LIMIT 1");
    return q.next() ? q.value(0).toString() : QString();
}

int activeTownships(test::TestDb& t)
{
    QSqlQuery q(t.db().connection());
    q.exec("SELECT COUNT(*) FROM townships WHERE active = 1");
    return q.next() ? q.value(0).toInt() : -1;
}
} // namespace

void TestZeroReportStore::recordAndCorrect()
{
    test::TestDb t;
    setNow(t, at(2026, 11, 29, 10));
    const core::Actor clerk = t.addUser("zhangli", Role::Clerk, QString::fromUtf8("张丽"));
    const qint64 person = addPerson(t, clerk, QString::fromUtf8("李建国"), 11);
    core::ZeroReportStore store(t.db());
    core::AuditLog log(t.db());

    qint64 n = log.count();
    auto id = store.record(clerk, nothingOf(kT1, QDate(2026, 11, 28), at(2026, 11, 29, 9)));
    QVERIFY2(id, qPrintable(id.error()));
    QCOMPARE(log.count(), n + 1);
    QCOMPARE(lastAction(t), QString("zero_report.record"));

    auto r = store.report(id.value());
    QVERIFY2(r, qPrintable(r.error()));
    QCOMPARE(r->day, QDate(2026, 11, 28));
    QCOMPARE(r->receivedAt, at(2026, 11, 29, 9));
    QVERIFY(r->nothing);

    core::ZeroReport c = r.value();
    c.nothing = false;
    core::ZeroReportItem item;
    item.summary = QString::fromUtf8("李建国反映伤残抚恤金未按时到账");
    item.personIds << person;
    c.items << item;
    c.day = QDate(2026, 11, 1); // ignored: township and day stay
    n = log.count();
    const core::Status s = store.correct(clerk, c);
    QVERIFY2(s, qPrintable(s.error()));
    QCOMPARE(log.count(), n + 1);
    QCOMPARE(lastAction(t), QString("zero_report.correct"));
    QSqlQuery q(t.db().connection());
    q.exec("SELECT before_json, after_json FROM audit_log ORDER BY id DESC LIMIT 1");
    QVERIFY(q.next());
    QVERIFY(q.value(0).toString().contains("\"nothing\":true"));
    QVERIFY(q.value(1).toString().contains("\"nothing\":false"));

    auto again = store.report(id.value());
    QVERIFY(again);
    QCOMPARE(again->day, QDate(2026, 11, 28));
    QVERIFY(!again->nothing);
    QCOMPARE(again->items.size(), 1);
    QCOMPARE(again->items.first().personIds, QList<qint64>{person});
    QCOMPARE(again->items.first().personNames.first(), QString::fromUtf8("李建国"));
}

void TestZeroReportStore::readerIsRefused()
{
    test::TestDb t;
    setNow(t, at(2026, 11, 29, 10));
    const core::Actor director = t.addUser("wangju", Role::Director);
    core::ZeroReportStore store(t.db());
    core::AuditLog log(t.db());
    const qint64 n = log.count();
    auto id = store.record(director, nothingOf(kT1, QDate(2026, 11, 28), at(2026, 11, 29, 9)));
    QVERIFY(!id);
    QCOMPARE(log.count(), n);
    QVERIFY(!store.setDeadlineHours(director, 48));
}

void TestZeroReportStore::duplicateIsRefused()
{
    test::TestDb t;
    setNow(t, at(2026, 11, 29, 10));
    const core::Actor clerk = t.addUser("zhangli", Role::Clerk);
    core::ZeroReportStore store(t.db());
    QVERIFY(store.record(clerk, nothingOf(kT1, QDate(2026, 11, 28), at(2026, 11, 29, 9))));
    core::ZeroReport second = nothingOf(kT1, QDate(2026, 11, 28), at(2026, 11, 29, 9, 30));
    second.reporter = QStringLiteral("other");
    auto dup = store.record(clerk, second);
    QVERIFY(!dup);
    QVERIFY(dup.error().contains(QString::fromUtf8("2026年11月28日")));
    auto first = store.report(store.reportIdOn(kT1, QDate(2026, 11, 28)).value());
    QCOMPARE(first->reporter, QString::fromUtf8("刘德明"));
}

void TestZeroReportStore::unknownPersonIsRefused()
{
    test::TestDb t;
    setNow(t, at(2026, 11, 29, 10));
    const core::Actor clerk = t.addUser("zhangli", Role::Clerk);
    core::ZeroReportStore store(t.db());
    core::ZeroReport r = nothingOf(kT1, QDate(2026, 11, 28), at(2026, 11, 29, 9));
    r.nothing = false;
    core::ZeroReportItem it;
    it.summary = "x";
    it.personIds << 999999;
    r.items << it;
    auto id = store.record(clerk, r);
    QVERIFY(!id);
    QVERIFY(!id.error().isEmpty());
    r.items.first().personIds.clear();
    r.items.first().outcome = core::ZeroOutcome::Case;
    r.items.first().caseId = 424242;
    QVERIFY(!store.record(clerk, r));
    r.townshipCode = "430581999";
    r.items.first().outcome = core::ZeroOutcome::None;
    QVERIFY(!store.record(clerk, r));
}

void TestZeroReportStore::monthGrid()
{
    test::TestDb t;
    setNow(t, at(2026, 11, 20, 10)); // November: 1..18 due (18th due at 20th 00:00), 19 not yet
    const core::Actor clerk = t.addUser("zhangli", Role::Clerk);
    core::ZeroReportStore store(t.db());
    QVERIFY(store.record(clerk, nothingOf(kT1, QDate(2026, 11, 1), at(2026, 11, 2, 9))));
    QVERIFY(store.record(clerk, nothingOf(kT1, QDate(2026, 11, 2), at(2026, 11, 5, 9)))); // late
    core::ZeroReport items = nothingOf(kT1, QDate(2026, 11, 3), at(2026, 11, 3, 18));
    items.nothing = false;
    core::ZeroReportItem it;
    it.summary = QString::fromUtf8("一名退役军人反映就业困难");
    items.items << it;
    QVERIFY(store.record(clerk, items));
    QVERIFY(store.record(clerk, nothingOf(kT1, QDate(2026, 11, 19), at(2026, 11, 20, 8))));

    auto grid = store.monthGrid(2026, 11);
    QVERIFY2(grid, qPrintable(grid.error()));
    QCOMPARE(grid->rows.size(), activeTownships(t));
    const core::ZeroGridRow& row = grid->rows.first();
    QCOMPARE(row.townshipCode, kT1);
    QCOMPARE(row.cells.size(), 30);
    QCOMPARE(row.cells.at(0).status, ZeroDayStatus::ReportedNothing);
    QCOMPARE(row.cells.at(1).status, ZeroDayStatus::Late);
    QCOMPARE(row.cells.at(2).status, ZeroDayStatus::ReportedItems);
    QCOMPARE(row.cells.at(3).status, ZeroDayStatus::Missing);
    QCOMPARE(row.cells.at(17).status, ZeroDayStatus::Missing);
    QCOMPARE(row.cells.at(18).status, ZeroDayStatus::ReportedNothing);
    QCOMPARE(row.cells.at(19).status, ZeroDayStatus::NotYetDue);
    QCOMPARE(row.cells.at(29).status, ZeroDayStatus::NotYetDue);
    QVERIFY(row.cells.at(0).reportId > 0);
    QCOMPARE(row.rate.daysDue, 19);
    QCOMPARE(row.rate.daysReported, 4);
    QCOMPARE(row.rate.daysOnTime, 3);

    auto one = store.monthGrid(2026, 11, kT2);
    QVERIFY(one);
    QCOMPARE(one->rows.size(), 1);
    QCOMPARE(one->rows.first().cells.at(0).status, ZeroDayStatus::Missing);
}

void TestZeroReportStore::missingAndHomeCounts()
{
    test::TestDb t;
    setNow(t, at(2026, 12, 1, 10)); // across the month end: due day 30 Nov
    const core::Actor clerk = t.addUser("zhangli", Role::Clerk);
    core::ZeroReportStore store(t.db());
    const int n = activeTownships(t);
    auto townships = store.activeTownships();
    QVERIFY(townships);
    QCOMPARE(townships->size(), n);
    // Every township reported 24..29 Nov except kT2 on 27 Nov; kT1 already sent 30 Nov.
    for (const core::Township& tw : townships.value())
        for (int d = 24; d <= 29; ++d)
            if (!(tw.code == kT2 && d == 27))
                QVERIFY(store.record(
                    clerk, nothingOf(tw.code, QDate(2026, 11, d), at(2026, 11, d + 1, 9))));
    QVERIFY(store.record(clerk, nothingOf(kT1, QDate(2026, 11, 30), at(2026, 12, 1, 8))));

    auto home = store.homeCounts();
    QVERIFY2(home, qPrintable(home.error()));
    QCOMPARE(home->dueDay, QDate(2026, 11, 30));
    QCOMPARE(home->notYetReported, n - 1);
    QCOMPARE(home->missingLast7, 1); // kT2; 30 Nov is not yet missing (due 2 Dec 00:00)

    auto list = store.missingLast7();
    QVERIFY(list);
    QCOMPARE(list->size(), 1);
    QCOMPARE(list->first().townshipCode, kT2);
    QCOMPARE(list->first().day, QDate(2026, 11, 27));

    auto day = store.missing(QDate(2026, 11, 30));
    QVERIFY(day);
    QCOMPARE(day->size(), n - 1);

    setNow(t, at(2026, 12, 2, 0, 1)); // now 30 Nov is missing everywhere but kT1
    home = store.homeCounts();
    QVERIFY(home);
    QCOMPARE(home->missingLast7, n - 1);
}

void TestZeroReportStore::monthlyRates()
{
    test::TestDb t;
    setNow(t, at(2026, 3, 15, 10));
    const core::Actor clerk = t.addUser("zhangli", Role::Clerk);
    core::ZeroReportStore store(t.db());
    for (int d = 1; d <= 28; ++d)
        QVERIFY(store.record(clerk, nothingOf(kT1, QDate(2026, 2, d),
                                              at(2026, 2, d, 17).addDays(d % 7 == 0 ? 3 : 0))));
    auto rates = store.monthlyRates(2026);
    QVERIFY2(rates, qPrintable(rates.error()));
    QCOMPARE(rates->size(), activeTownships(t) * 12);
    const core::ZeroMonthRate feb = rates->at(1);
    QCOMPARE(feb.townshipCode, kT1);
    QCOMPARE(feb.month, 2);
    QCOMPARE(feb.daysDue, 28);
    QCOMPARE(feb.daysReported, 28);
    QCOMPARE(feb.daysOnTime, 24);
    QCOMPARE(rates->at(2).daysDue, 13); // March: 1..13 due on the 15th at 10:00
    QCOMPARE(rates->at(3).daysDue, 0);
    QCOMPARE(rates->at(3).rate(), -1.0);
    QCOMPARE(rates->at(12 + 1).daysReported, 0); // the second township, February
}

void TestZeroReportStore::deadlineSetting()
{
    test::TestDb t;
    setNow(t, at(2026, 11, 29, 10));
    const core::Actor clerk = t.addUser("zhangli", Role::Clerk);
    core::ZeroReportStore store(t.db());
    QCOMPARE(store.deadlineHours(), 24);
    core::AuditLog log(t.db());
    const qint64 n = log.count();
    QVERIFY(store.setDeadlineHours(clerk, 12));
    QCOMPARE(log.count(), n + 1);
    QCOMPARE(lastAction(t), QString("zero_report.deadline"));
    QCOMPARE(store.deadlineHours(), 12);
    QVERIFY(!store.setDeadlineHours(clerk, -3));
    // 12 hours: 27 Nov is due 28 Nov 12:00 (missing), 28 Nov due 29 Nov 12:00 (not yet)
    auto grid = store.monthGrid(2026, 11, kT1);
    QVERIFY(grid);
    QCOMPARE(grid->rows.first().cells.at(26).status, ZeroDayStatus::Missing);
    QCOMPARE(grid->rows.first().cells.at(27).status, ZeroDayStatus::NotYetDue);
    QVERIFY(store.setDeadlineHours(clerk, 0));
    grid = store.monthGrid(2026, 11, kT1);
    QCOMPARE(grid->rows.first().cells.at(27).status, ZeroDayStatus::Missing);
}

void TestZeroReportStore::importManyIsOneEntry()
{
    test::TestDb t;
    setNow(t, at(2026, 11, 29, 10));
    const core::Actor clerk = t.addUser("zhangli", Role::Clerk);
    core::ZeroReportStore store(t.db());
    core::AuditLog log(t.db());
    const qint64 n = log.count();
    QList<core::ZeroReport> list{nothingOf(kT1, QDate(2026, 11, 26), at(2026, 11, 27, 9)),
                                 nothingOf(kT2, QDate(2026, 11, 26), at(2026, 11, 27, 9))};
    auto ids = store.recordAll(clerk, list, "z.csv");
    QVERIFY2(ids, qPrintable(ids.error()));
    QCOMPARE(ids->size(), 2);
    QCOMPARE(log.count(), n + 1);
    QCOMPARE(lastAction(t), QString("zero_report.import"));
    // A batch with one duplicate writes nothing.
    list << nothingOf(kT1, QDate(2026, 11, 25), at(2026, 11, 27, 9));
    QVERIFY(!store.recordAll(clerk, list, "z.csv"));
    QCOMPARE(log.count(), n + 1);
    QCOMPARE(store.reportIdOn(kT1, QDate(2026, 11, 25)).value(), qint64(0));
}

QTEST_GUILESS_MAIN(TestZeroReportStore)
#include "tst_zeroreportstore.moc"
