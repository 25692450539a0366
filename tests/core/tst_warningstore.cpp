// Information staff and warnings (issue 13): one audit entry per write, the clerk writes and the
// director is refused, phones encrypted, and the stability view counted on a small known data
// set (12-month edge, inactive township, ended key persons).
#include "audit/auditlog.h"
#include "petition/warningstore.h"
#include "registry/citizenid.h"
#include "registry/personstore.h"
#include "testdb.h"
#include "visit/visitstore.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

using namespace youfu;
using core::Role;

class TestWarningStore : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void everyWriteHasOneAuditEntry();
    void directorIsRefused();
    void staffPhoneIsEncrypted();
    void resolvedWarningTakesNoMore();
    void stabilityCounts();
};

namespace {
// Today in a TestDb is 2026-11-29.
const QString kT1 = QStringLiteral("430581001");
const QString kT2 = QStringLiteral("430581002");
const QString kT3 = QStringLiteral("430581003");

qint64 addPerson(test::TestDb& t, const core::Actor& clerk, const QString& name, int seq,
                 const QString& township)
{
    const QString first17 = QStringLiteral("43058119520314%1").arg(seq, 3, 10, QLatin1Char('0'));
    core::PersonDraft d;
    d.name = name;
    d.citizenId = first17 + core::CitizenId::checkCharacter(first17);
    d.townshipCode = township;
    auto r = core::PersonStore(t.db()).add(clerk, d);
    if (!r)
        qWarning("%s", qPrintable(r.error()));
    core::PersonCategory pc;
    pc.categoryCode = "disabled_serviceman";
    pc.grade = 5;
    pc.nature = QString::fromUtf8("因战");
    pc.startDate = QDate(2000, 1, 1);
    auto c = core::PersonStore(t.db()).addCategory(clerk, r.id, pc);
    if (!c)
        qWarning("%s", qPrintable(c.error()));
    return r.id;
}

core::InfoStaff staffOf(const QString& township, const QString& name, const QString& group = {})
{
    core::InfoStaff s;
    s.townshipCode = township;
    s.name = name;
    s.phone = QStringLiteral("13907301234");
    s.group = group;
    s.since = QDate(2025, 3, 1);
    return s;
}

core::WarningReport reportOf(const QString& township, core::RiskLevel risk, const QString& expected)
{
    core::WarningReport w;
    w.reportedOn = QDate(2026, 11, 20);
    w.reporterName = QString::fromUtf8("刘德明");
    w.townshipCode = township;
    w.group = QString::fromUtf8("部分参战退役人员");
    w.expected = expected;
    w.risk = risk;
    return w;
}

QString lastAction(test::TestDb& t)
{
    QSqlQuery q(t.db().connection());
    q.exec("SELECT action FROM audit_log ORDER BY id DESC LIMIT 1");
    return q.next() ? q.value(0).toString() : QString();
}

void exec(test::TestDb& t, const QString& sql)
{
    QSqlQuery q(t.db().connection());
    if (!q.exec(sql))
        qWarning("%s: %s", qPrintable(sql), qPrintable(q.lastError().text()));
}

int g_seq = 0;
// A case row as PetitionStore keeps it (deadline NULL when no clock runs).
void addCase(test::TestDb& t, const QString& township, const QString& receivedAt,
             const QString& deadline, bool group, const QString& beyond)
{
    ++g_seq;
    exec(t, QStringLiteral("INSERT INTO petition_cases (number, number_year, number_seq, "
                           "received_at, channel, subject, township_code, is_group, "
                           "beyond_level, status, deadline, created_at, updated_at) VALUES "
                           "('T%1', 2026, %1, '%2', 'letter', 'benefit', '%3', %4, '%5', "
                           "'%6', %7, '%2', '%2')")
                .arg(g_seq)
                .arg(receivedAt, township)
                .arg(group ? 1 : 0)
                .arg(beyond,
                     deadline.isEmpty() ? QStringLiteral("forwarded") : QStringLiteral("accepted"),
                     deadline.isEmpty() ? QStringLiteral("NULL")
                                        : QStringLiteral("'%1'").arg(deadline)));
}
} // namespace

void TestWarningStore::everyWriteHasOneAuditEntry()
{
    test::TestDb t;
    const core::Actor clerk = t.addUser("zhangli", Role::Clerk, QString::fromUtf8("张丽"));
    const qint64 person = addPerson(t, clerk, QString::fromUtf8("李建国"), 11, kT1);
    core::WarningStore store(t.db());
    core::AuditLog log(t.db());

    qint64 n = log.count();
    auto staff = store.saveStaff(
        clerk, staffOf(kT1, QString::fromUtf8("刘德明"), QString::fromUtf8("参战退役人员")));
    QVERIFY2(staff, qPrintable(staff.error()));
    QCOMPARE(log.count(), n + 1);
    QCOMPARE(lastAction(t), QString("petition.staff_save"));

    n = log.count();
    core::InfoStaff changed = staffOf(kT1, QString::fromUtf8("刘德明"));
    changed.id = staff.value();
    changed.note = QString::fromUtf8("村支委");
    auto again = store.saveStaff(clerk, changed);
    QVERIFY2(again, qPrintable(again.error()));
    QCOMPARE(again.value(), staff.value());
    QCOMPARE(log.count(), n + 1);
    auto list = store.staff(kT1, true);
    QVERIFY2(list, qPrintable(list.error()));
    QCOMPARE(list->size(), 1);
    QCOMPARE(list->first().note, QString::fromUtf8("村支委"));
    QCOMPARE(list->first().townshipName, QString::fromUtf8("辕门口街道"));

    n = log.count();
    core::WarningReport w =
        reportOf(kT1, core::RiskLevel::High, QString::fromUtf8("计划于12月10日集体赴省上访"));
    w.reporterId = staff.value();
    w.reporterName.clear();
    w.personIds = {person};
    w.expectedOn = QDate(2026, 12, 10);
    auto id = store.report(clerk, w);
    QVERIFY2(id, qPrintable(id.error()));
    QCOMPARE(log.count(), n + 1);
    QCOMPARE(lastAction(t), QString("petition.warning_report"));
    auto read = store.warning(id.value());
    QVERIFY2(read, qPrintable(read.error()));
    QCOMPARE(read->reporterName, QString::fromUtf8("刘德明")); // from the staff member
    QCOMPARE(read->personNames, QStringList{QString::fromUtf8("李建国")});
    QCOMPARE(read->risk, core::RiskLevel::High);
    QCOMPARE(read->expectedOn, QDate(2026, 12, 10));
    QCOMPARE(store.openCount().value(), 1);

    n = log.count();
    QVERIFY(store.followUp(clerk, id.value(), QDate(2026, 11, 22),
                           QString::fromUtf8("街道党工委书记上门谈心")));
    QCOMPARE(log.count(), n + 1);
    QCOMPARE(lastAction(t), QString("petition.warning_follow"));
    auto follows = store.followUps(id.value());
    QVERIFY(follows);
    QCOMPARE(follows->size(), 1);
    QCOMPARE(follows->first().actorName, QString::fromUtf8("张丽"));

    n = log.count();
    QVERIFY(store.resolve(clerk, id.value(), QDate(2026, 11, 25),
                          QString::fromUtf8("已做好解释疏导，当事人表示不再赴省"), 0));
    QCOMPARE(log.count(), n + 1);
    QCOMPARE(lastAction(t), QString("petition.warning_resolve"));
    QCOMPARE(store.openCount().value(), 0);
    QCOMPARE(store.warnings(true, QString())->size(), 0);
    QCOMPARE(store.warnings(false, kT1)->size(), 1);
    QCOMPARE(store.warnings(false, kT1)->first().personIds, QList<qint64>{person});

    n = log.count();
    QVERIFY(store.endStaff(clerk, staff.value(), QDate(2026, 11, 28)));
    QCOMPARE(log.count(), n + 1);
    QCOMPARE(lastAction(t), QString("petition.staff_end"));
    QCOMPARE(store.staff(kT1, true)->size(), 0);
    QCOMPARE(store.staff(kT1, false)->size(), 1);

    // A refused write leaves no entry.
    n = log.count();
    QVERIFY(!store.endStaff(clerk, staff.value(), QDate(2026, 11, 29)));
    QCOMPARE(log.count(), n);
}

void TestWarningStore::directorIsRefused()
{
    test::TestDb t;
    const core::Actor clerk = t.addUser("zhangli", Role::Clerk);
    const core::Actor director = t.addUser("chen", Role::Director);
    core::WarningStore store(t.db());
    core::AuditLog log(t.db());
    auto id = store.report(clerk,
                           reportOf(kT1, core::RiskLevel::Normal, QString::fromUtf8("有上访苗头")));
    QVERIFY2(id, qPrintable(id.error()));
    const qint64 n = log.count();
    QVERIFY(!store.saveStaff(director, staffOf(kT1, QString::fromUtf8("刘德明"))));
    QVERIFY(!store.report(director,
                          reportOf(kT1, core::RiskLevel::Normal, QString::fromUtf8("有上访苗头"))));
    QVERIFY(!store.followUp(director, id.value(), QDate(2026, 11, 22), QString::fromUtf8("谈心")));
    QVERIFY(
        !store.resolve(director, id.value(), QDate(2026, 11, 22), QString::fromUtf8("化解"), 0));
    QCOMPARE(log.count(), n);
    // The section chief may.
    const core::Actor chief = t.addUser("wang", Role::SectionChief);
    QVERIFY(store.followUp(chief, id.value(), QDate(2026, 11, 22), QString::fromUtf8("谈心")));
}

void TestWarningStore::staffPhoneIsEncrypted()
{
    test::TestDb t;
    const core::Actor clerk = t.addUser("zhangli", Role::Clerk);
    core::WarningStore store(t.db());
    auto id = store.saveStaff(clerk, staffOf(kT2, QString::fromUtf8("周桂香")));
    QVERIFY2(id, qPrintable(id.error()));
    QSqlQuery q(t.db().connection());
    QVERIFY(q.exec("SELECT phone_enc FROM info_staff"));
    QVERIFY(q.next());
    QVERIFY(!q.value(0).toString().isEmpty());
    QVERIFY(!q.value(0).toString().contains("13907301234"));
    QCOMPARE(store.staff(kT2, true)->first().phone, QString("13907301234"));
    // Nor does the audit entry hold it whole.
    QVERIFY(q.exec("SELECT count(*) FROM audit_log WHERE after_json LIKE '%13907301234%'"));
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toInt(), 0);
}

void TestWarningStore::resolvedWarningTakesNoMore()
{
    test::TestDb t;
    const core::Actor clerk = t.addUser("zhangli", Role::Clerk);
    core::WarningStore store(t.db());
    auto id = store.report(clerk,
                           reportOf(kT1, core::RiskLevel::Normal, QString::fromUtf8("有上访苗头")));
    QVERIFY(id);
    QVERIFY(!store.resolve(clerk, id.value(), QDate(2026, 11, 25), QStringLiteral("  "), 0));
    QVERIFY(store.resolve(clerk, id.value(), QDate(2026, 11, 25), QString::fromUtf8("已化解"), 0));
    QVERIFY(!store.resolve(clerk, id.value(), QDate(2026, 11, 26), QString::fromUtf8("再次"), 0));
    QVERIFY(!store.followUp(clerk, id.value(), QDate(2026, 11, 26), QString::fromUtf8("回访")));
    QVERIFY(!store.warning(9999));
}

void TestWarningStore::stabilityCounts()
{
    test::TestDb t;
    const core::Actor clerk = t.addUser("zhangli", Role::Clerk);
    const QDate today(2026, 11, 29);
    QCOMPARE(t.db().clock().today(), today);

    // Township 1: one case on time, one overdue, a group petition received exactly 12 months
    // ago (counts), a beyond-level one a day earlier (does not), a beyond-level one in May.
    addCase(t, kT1, "2026-11-20T09:00:00.000Z", "2026-12-05", false, "");
    addCase(t, kT1, "2026-10-01T09:00:00.000Z", "2026-11-28", false, "");
    addCase(t, kT1, "2025-11-29T09:00:00.000Z", "", true, "");
    addCase(t, kT1, "2025-11-28T09:00:00.000Z", "", false, "province");
    addCase(t, kT1, "2026-05-01T10:00:00.000Z", "", false, "city");
    // Township 2: a group and beyond-level case still open, due today (not overdue).
    addCase(t, kT2, "2026-11-25T09:00:00.000Z", "2026-11-29", true, "beijing");
    // Township 3 is inactive: not shown, though it has a case.
    addCase(t, kT3, "2026-11-01T09:00:00.000Z", "2026-11-02", false, "");
    exec(t, "UPDATE townships SET active = 0 WHERE code = '430581003'");

    core::WarningStore store(t.db());
    QVERIFY(store.report(
        clerk, reportOf(kT1, core::RiskLevel::High, QString::fromUtf8("计划集体赴省上访"))));
    QVERIFY(store.report(
        clerk, reportOf(kT1, core::RiskLevel::Elevated, QString::fromUtf8("酝酿联名上访"))));
    auto resolved =
        store.report(clerk, reportOf(kT1, core::RiskLevel::High, QString::fromUtf8("拟进京")));
    QVERIFY(resolved);
    QVERIFY(store.resolve(clerk, resolved.value(), QDate(2026, 11, 21), QString::fromUtf8("已化解"),
                          0));

    // Key persons: one in township 1 with two overdue dues (counts once), one whose record
    // ended (not counted), and a person who is no key person with an overdue due (not counted).
    core::VisitStore visits(t.db());
    auto plan = [&](qint64 person) {
        core::VisitPlan p;
        p.title = QString::fromUtf8("月访");
        p.personId = person;
        p.rhythm = core::Rhythm::Monthly;
        p.visitorNames = {QString::fromUtf8("张丽")};
        p.start = QDate(2026, 9, 1);
        auto r = visits.savePlan(clerk, p);
        QVERIFY2(r, qPrintable(r.error()));
    };
    auto key = [&](qint64 person) {
        core::KeyPersonRecord k;
        k.personId = person;
        k.reason = core::KeyPersonReason::Hardship;
        k.risk = core::RiskLevel::Elevated;
        k.leaderName = QString::fromUtf8("陈国平");
        k.workerName = QString::fromUtf8("李明");
        k.since = QDate(2026, 1, 1);
        auto r = visits.setKeyPerson(clerk, k);
        QVERIFY2(r, qPrintable(r.error()));
    };
    const qint64 a = addPerson(t, clerk, QString::fromUtf8("李建国"), 11, kT1);
    const qint64 b = addPerson(t, clerk, QString::fromUtf8("王小明"), 13, kT1);
    const qint64 c = addPerson(t, clerk, QString::fromUtf8("赵春生"), 15, kT2);
    key(a);
    plan(a);
    key(b);
    plan(b);
    QVERIFY(visits.endKeyPerson(clerk, b, QDate(2026, 11, 1), QString::fromUtf8("困难已解决")));
    plan(b);
    plan(c);
    QSqlQuery q(t.db().connection());
    QVERIFY(q.exec("SELECT count(*) FROM visit_schedule WHERE state = 'open' AND due < "
                   "'2026-11-29'"));
    QVERIFY(q.next());
    QVERIFY2(q.value(0).toInt() >= 4, "the data set needs overdue dues");

    auto lines = store.stability(today);
    QVERIFY2(lines, qPrintable(lines.error()));
    QStringList codes;
    for (const auto& l : lines.value())
        codes << l.townshipCode;
    QVERIFY(!codes.contains(kT3));
    QCOMPARE(codes.indexOf(kT1), 0); // sort_order
    QCOMPARE(codes.indexOf(kT2), 1);

    const core::StabilityLine one = lines->at(0);
    QCOMPARE(one.townshipName, QString::fromUtf8("辕门口街道"));
    QCOMPARE(one.openCases, 2);
    QCOMPARE(one.overdueCases, 1);
    QCOMPARE(one.groupLast12Months, 1);
    QCOMPARE(one.beyondLast12Months, 1);
    QCOMPARE(one.openWarnings, 2);
    QCOMPARE(one.highRiskWarnings, 1);
    QCOMPARE(one.keyPersonsOverdue, 1);
    QCOMPARE(one.score, 3 + 5 + 5 + 4 + 2 * 2 + 1);

    const core::StabilityLine two = lines->at(1);
    QCOMPARE(two.openCases, 1);
    QCOMPARE(two.overdueCases, 0);
    QCOMPARE(two.groupLast12Months, 1);
    QCOMPARE(two.beyondLast12Months, 1);
    QCOMPARE(two.openWarnings, 0);
    QCOMPARE(two.keyPersonsOverdue, 0); // c is no key person

    // A day later the edge case falls out of the 12 months and the case due today is overdue.
    auto later = store.stability(today.addDays(1));
    QVERIFY(later);
    QCOMPARE(later->at(0).groupLast12Months, 0);
    QCOMPARE(later->at(1).overdueCases, 1);

    // A quiet township has a line of zeros.
    for (const auto& l : lines.value())
        if (l.townshipCode != kT1 && l.townshipCode != kT2)
            QCOMPARE(l.score, 0);
}

QTEST_GUILESS_MAIN(TestWarningStore)
#include "tst_warningstore.moc"
