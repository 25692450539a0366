// The visits store (issue 12): audit entries, permissions, the schedule kept up to date by every
// write (and by a person's death), the due list's keyset paging and the home counts.
#include "audit/auditlog.h"
#include "registry/citizenid.h"
#include "registry/personstore.h"
#include "testdb.h"
#include "visit/visitstore.h"

#include <QSet>
#include <QSqlQuery>
#include <QTest>

using namespace youfu;
using core::Role;

class TestVisitStore : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void everyWriteHasOneAuditEntry();
    void directorIsRefused();
    void deathClosesPlansWithReason();
    void visitSatisfiesNearestDue();
    void dueListPagesByKeysetWithTies();
    void homeCounts();
    void horizonExtendsWhenAsked();
};

namespace {
// Today in a TestDb is 2026-11-29 (a Sunday).
qint64 addPerson(test::TestDb& t, const core::Actor& clerk, const QString& name, int seq,
                 const QString& township = "430581001")
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

core::VisitPlan singlePlan(qint64 personId, const QDate& start, core::Rhythm rhythm)
{
    core::VisitPlan p;
    p.title = QString::fromUtf8("重点对象月访");
    p.personId = personId;
    p.rhythm = rhythm;
    p.everyWeeks = rhythm == core::Rhythm::EveryNWeeks ? 1 : 0;
    p.visitorNames = {QString::fromUtf8("张丽")};
    p.start = start;
    return p;
}

core::VisitPlan groupPlan(const QDate& start)
{
    core::VisitPlan p;
    p.title = QString::fromUtf8("伤残军人季度走访");
    p.categoryCodes = {"disabled_serviceman"};
    p.rhythm = core::Rhythm::Quarterly;
    p.visitorNames = {QString::fromUtf8("王建华")};
    p.start = start;
    return p;
}

core::KeyPersonRecord keyRecord(qint64 personId, const QDate& since)
{
    core::KeyPersonRecord k;
    k.personId = personId;
    k.reason = core::KeyPersonReason::Hardship;
    k.risk = core::RiskLevel::Elevated;
    k.leaderName = QString::fromUtf8("陈国平");
    k.workerName = QString::fromUtf8("李明");
    k.since = since;
    return k;
}

core::VisitRecord visitOf(qint64 personId, const QDate& date, qint64 planId = 0)
{
    core::VisitRecord v;
    v.date = date;
    v.personIds = {personId};
    v.planId = planId;
    v.visitorNames = {QString::fromUtf8("张丽")};
    v.demands = QString::fromUtf8("希望解决住房困难");
    return v;
}

QString lastAction(test::TestDb& t)
{
    QSqlQuery q(t.db().connection());
    q.exec("SELECT action FROM audit_log ORDER BY id DESC LIMIT 1");
    return q.next() ? q.value(0).toString() : QString();
}

bool isKeyPersonFlag(test::TestDb& t, qint64 personId)
{
    QSqlQuery q(t.db().connection());
    q.exec(QStringLiteral("SELECT key_person FROM persons WHERE id = %1").arg(personId));
    return q.next() && q.value(0).toBool();
}
} // namespace

void TestVisitStore::everyWriteHasOneAuditEntry()
{
    test::TestDb t;
    const core::Actor clerk = t.addUser("zhangli", Role::Clerk, QString::fromUtf8("张丽"));
    const qint64 person = addPerson(t, clerk, QString::fromUtf8("李建国"), 11);
    core::VisitStore store(t.db());
    core::AuditLog log(t.db());

    qint64 n = log.count();
    auto key = store.setKeyPerson(clerk, keyRecord(person, QDate(2026, 1, 1)));
    QVERIFY2(key, qPrintable(key.error()));
    QCOMPARE(log.count(), n + 1);
    QCOMPARE(lastAction(t), QString("visit.keyperson_set"));
    QVERIFY(isKeyPersonFlag(t, person));
    // A new record ends the current one.
    auto key2 = store.setKeyPerson(clerk, keyRecord(person, QDate(2026, 6, 1)));
    QVERIFY2(key2, qPrintable(key2.error()));
    auto history = store.keyPersonHistory(person);
    QVERIFY(history);
    QCOMPARE(history->size(), 2);
    QCOMPARE(history->at(1).until, QDate(2026, 6, 1));
    QCOMPARE(store.currentKeyPerson(person)->id, key2.value());

    n = log.count();
    auto plan = store.savePlan(clerk, singlePlan(person, QDate(2026, 9, 1), core::Rhythm::Monthly));
    QVERIFY2(plan, qPrintable(plan.error()));
    QCOMPARE(log.count(), n + 1);
    QCOMPARE(lastAction(t), QString("visit.plan_save"));

    n = log.count();
    auto visit = store.recordVisit(clerk, visitOf(person, QDate(2026, 9, 2), plan.value()));
    QVERIFY2(visit, qPrintable(visit.error()));
    QCOMPARE(log.count(), n + 1);
    QCOMPARE(lastAction(t), QString("visit.record"));
    auto read = store.visit(visit.value());
    QVERIFY(read);
    QCOMPARE(read->personNames, QStringList{QString::fromUtf8("李建国")});
    QCOMPARE(read->visitorNames, QStringList{QString::fromUtf8("张丽")});
    QCOMPARE(store.visitsOf(person)->size(), 1);
    QCOMPARE(store.visitsOn(QDate(2026, 9, 2))->size(), 1);

    n = log.count();
    QVERIFY(store.stopPlan(clerk, plan.value(), QDate(2026, 11, 1), QString::fromUtf8("情况好转")));
    QCOMPARE(log.count(), n + 1);
    QCOMPARE(lastAction(t), QString("visit.plan_stop"));
    QVERIFY(!store.plan(plan.value())->active);

    n = log.count();
    QVERIFY(store.endKeyPerson(clerk, person, QDate(2026, 11, 2), QString::fromUtf8("困难已解决")));
    QCOMPARE(log.count(), n + 1);
    QCOMPARE(lastAction(t), QString("visit.keyperson_end"));
    QCOMPARE(store.currentKeyPerson(person)->id, qint64(0));
    QVERIFY(!isKeyPersonFlag(t, person));

    // A refused write leaves no entry.
    n = log.count();
    QVERIFY(!store.endKeyPerson(clerk, person, QDate(2026, 11, 3), QString::fromUtf8("再次")));
    QCOMPARE(log.count(), n);
}

void TestVisitStore::directorIsRefused()
{
    test::TestDb t;
    const core::Actor clerk = t.addUser("zhangli", Role::Clerk);
    const core::Actor director = t.addUser("chen", Role::Director);
    const qint64 person = addPerson(t, clerk, QString::fromUtf8("李建国"), 11);
    core::VisitStore store(t.db());
    core::AuditLog log(t.db());
    const qint64 n = log.count();
    QVERIFY(!store.setKeyPerson(director, keyRecord(person, QDate(2026, 1, 1))));
    QVERIFY(
        !store.savePlan(director, singlePlan(person, QDate(2026, 9, 1), core::Rhythm::Monthly)));
    QVERIFY(!store.recordVisit(director, visitOf(person, QDate(2026, 9, 2))));
    QCOMPARE(log.count(), n);
    // The section chief may.
    const core::Actor chief = t.addUser("wang", Role::SectionChief);
    QVERIFY(store.savePlan(chief, singlePlan(person, QDate(2026, 9, 1), core::Rhythm::Monthly)));
}

void TestVisitStore::deathClosesPlansWithReason()
{
    test::TestDb t;
    const core::Actor clerk = t.addUser("zhangli", Role::Clerk);
    const qint64 person = addPerson(t, clerk, QString::fromUtf8("李建国"), 11);
    const qint64 other = addPerson(t, clerk, QString::fromUtf8("王小明"), 13);
    core::VisitStore store(t.db());
    QVERIFY(store.setKeyPerson(clerk, keyRecord(person, QDate(2026, 1, 1))));
    auto single =
        store.savePlan(clerk, singlePlan(person, QDate(2026, 6, 1), core::Rhythm::Monthly));
    auto group = store.savePlan(clerk, groupPlan(QDate(2026, 1, 15)));
    QVERIFY2(single && group, qPrintable(single.error() + group.error()));
    core::DueFilter all;
    all.until = QDate(2027, 3, 1);
    const int before = store.dueCount(all).value();
    QVERIFY(before > 0);
    auto plansOf = store.plansOf(person);
    QVERIFY(plansOf);
    QCOMPARE(plansOf->size(), 2);

    QVERIFY(core::PersonStore(t.db()).changeStatus(clerk, person, core::PersonStatus::Deceased,
                                                   QDate(2026, 11, 20), QString::fromUtf8("病故")));
    auto rows = store.dueList(all, nullptr, 1000);
    QVERIFY(rows);
    for (const core::DueVisit& d : rows.value())
        QVERIFY2(d.personId != person, qPrintable(d.due.toString(Qt::ISODate)));
    QVERIFY(std::any_of(rows->begin(), rows->end(),
                        [&](const core::DueVisit& d) { return d.personId == other; }));
    // The single plan stopped, the key-person record ended, each with the reason.
    auto stopped = store.plan(single.value());
    QVERIFY(!stopped->active);
    QVERIFY2(stopped->stoppedReason.contains(QString::fromUtf8("病故")),
             qPrintable(stopped->stoppedReason));
    auto history = store.keyPersonHistory(person);
    QCOMPARE(history->first().until, QDate(2026, 11, 20));
    QVERIFY(history->first().endReason.contains(QString::fromUtf8("病故")));
    QCOMPARE(store.currentKeyPerson(person)->id, qint64(0));
    QVERIFY(!isKeyPersonFlag(t, person));
    // The group plan goes on for the others; the dead person left it, and the reason is kept.
    auto why = store.droppedReason(group.value(), person);
    QVERIFY(why);
    QVERIFY2(why->contains(QString::fromUtf8("病故")), qPrintable(why.value()));
    QCOMPARE(store.droppedReason(group.value(), other).value(), QString());
    QVERIFY(store.plan(group.value())->active);
}

void TestVisitStore::visitSatisfiesNearestDue()
{
    test::TestDb t;
    const core::Actor clerk = t.addUser("zhangli", Role::Clerk);
    const qint64 person = addPerson(t, clerk, QString::fromUtf8("李建国"), 11);
    core::VisitStore store(t.db());
    auto plan = store.savePlan(clerk, singlePlan(person, QDate(2026, 9, 1), core::Rhythm::Monthly));
    QVERIFY(plan);
    // 20 October: 19 days after 1 October, 12 before 1 November.
    QVERIFY(store.recordVisit(clerk, visitOf(person, QDate(2026, 10, 20), plan.value())));
    auto occ = store.occurrences(plan.value(), person, QDate(2026, 12, 31));
    QVERIFY2(occ, qPrintable(occ.error()));
    QCOMPARE(occ->size(), 4);
    QCOMPARE(occ->at(0).due, QDate(2026, 9, 1));
    QCOMPARE(occ->at(0).state, core::DueState::Overdue);
    QCOMPARE(occ->at(1).state, core::DueState::Overdue);
    QCOMPARE(occ->at(2).due, QDate(2026, 11, 1));
    QCOMPARE(occ->at(2).state, core::DueState::Done);
    QCOMPARE(occ->at(2).doneOn, QDate(2026, 10, 20));
    QCOMPARE(occ->at(3).state, core::DueState::Due);
    // The due list no longer shows the satisfied due.
    core::DueFilter f;
    auto rows = store.dueList(f, nullptr, 100);
    QVERIFY(rows);
    QCOMPARE(rows->size(), 2);
    QCOMPARE(rows->at(0).due, QDate(2026, 9, 1));
    QCOMPARE(rows->at(1).due, QDate(2026, 10, 1));
    QCOMPARE(rows->at(0).maskedCitizenId, QString("430581********0117"));
}

void TestVisitStore::dueListPagesByKeysetWithTies()
{
    test::TestDb t;
    const core::Actor clerk = t.addUser("zhangli", Role::Clerk);
    // Ties: the same due for everybody, the same name for several.
    const QStringList names = {"王芳", "李强", "王芳", "张伟", "王芳", "李强",
                               "刘洋", "陈静", "王芳", "张伟", "杨磊", "赵敏"};
    for (int i = 0; i < names.size(); ++i)
        addPerson(t, clerk, QString::fromUtf8(names.at(i).toUtf8()), 11 + 2 * i,
                  i % 2 ? "430581001" : "430581100");
    core::VisitStore store(t.db());
    QVERIFY(store.savePlan(clerk, groupPlan(QDate(2026, 1, 15))));
    auto second = groupPlan(QDate(2026, 1, 15));
    second.title = QString::fromUtf8("第二计划");
    QVERIFY(store.savePlan(clerk, second));

    for (const QString& township : {QString(), QString("430581100")}) {
        core::DueFilter f;
        f.until = QDate(2027, 6, 30);
        f.townshipCode = township;
        auto full = store.dueList(f, nullptr, 100000);
        QVERIFY(full);
        QCOMPARE(store.dueCount(f).value(), full->size());
        QVERIFY(full->size() > names.size());
        QList<core::DueVisit> paged;
        core::DueCursor cursor;
        bool first = true;
        for (int guard = 0; guard < 1000; ++guard) {
            auto page = store.dueList(f, first ? nullptr : &cursor, 5);
            QVERIFY(page);
            if (page->isEmpty())
                break;
            paged += page.value();
            const core::DueVisit& last = page->last();
            QVERIFY(!last.sortName.isEmpty());
            cursor = {last.due, last.sortName, last.personId, last.planId};
            first = false;
        }
        QCOMPARE(paged.size(), full->size());
        QSet<QString> seen;
        for (int i = 0; i < paged.size(); ++i) {
            const QString key = QStringLiteral("%1/%2/%3")
                                    .arg(paged[i].planId)
                                    .arg(paged[i].personId)
                                    .arg(paged[i].due.toString(Qt::ISODate));
            QVERIFY2(!seen.contains(key), qPrintable(key));
            seen.insert(key);
            QCOMPARE(paged[i].personId, full->at(i).personId);
            QCOMPARE(paged[i].planId, full->at(i).planId);
            QCOMPARE(paged[i].due, full->at(i).due);
            if (!township.isEmpty())
                QCOMPARE(paged[i].townshipCode, township);
        }
    }
}

void TestVisitStore::homeCounts()
{
    test::TestDb t;
    const core::Actor clerk = t.addUser("zhangli", Role::Clerk);
    const qint64 person = addPerson(t, clerk, QString::fromUtf8("李建国"), 11);
    core::VisitStore store(t.db());
    QCOMPARE(store.homeCounts()->overdue, 0);
    // Weekly from Sunday 1 November: 1, 8, 15, 22 overdue, 29 (today) due this week.
    auto plan =
        store.savePlan(clerk, singlePlan(person, QDate(2026, 11, 1), core::Rhythm::EveryNWeeks));
    QVERIFY2(plan, qPrintable(plan.error()));
    auto c = store.homeCounts();
    QVERIFY(c);
    QCOMPARE(c->overdue, 4);
    QCOMPARE(c->dueThisWeek, 1);
    QVERIFY(store.recordVisit(clerk, visitOf(person, QDate(2026, 11, 15), plan.value())));
    QCOMPARE(store.homeCounts()->overdue, 3);
    auto m = store.month(2026, 11);
    QVERIFY(m);
    QCOMPARE(m->size(), 30);
    QCOMPARE(m->at(14).done, 1);
    QCOMPARE(m->at(0).overdue, 1);
    QCOMPARE(m->at(28).due, 1);
}

void TestVisitStore::horizonExtendsWhenAsked()
{
    test::TestDb t;
    const core::Actor clerk = t.addUser("zhangli", Role::Clerk);
    const qint64 person = addPerson(t, clerk, QString::fromUtf8("李建国"), 11);
    core::VisitStore store(t.db());
    QVERIFY(store.savePlan(clerk, singlePlan(person, QDate(2026, 11, 1), core::Rhythm::Monthly)));
    core::DueFilter f;
    f.until = QDate(2027, 11, 30);
    QCOMPARE(store.dueCount(f).value(), 13); // 2026-11-01 … 2027-11-01 (horizon 2027-11-29)
    f.until = QDate(2028, 3, 1);
    core::AuditLog log(t.db());
    const qint64 n = log.count();
    QCOMPARE(store.dueCount(f).value(), 17);
    QCOMPARE(log.count(), n + 1);
    QCOMPARE(lastAction(t), QString("visit.schedule_extend"));
}

QTEST_GUILESS_MAIN(TestVisitStore)
#include "tst_visitstore.moc"
