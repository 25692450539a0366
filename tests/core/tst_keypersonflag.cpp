// The registry's key-person mark and the visits page's key-person records agree, whichever side
// the clerk changes: the person editor's checkbox, the roster import, or the visits page.
#include "testdb.h"

#include "audit/auditlog.h"
#include "registry/areastore.h"
#include "registry/demogenerator.h"
#include "registry/personimportstore.h"
#include "registry/personstore.h"
#include "security/role.h"
#include "visit/visitstore.h"

#include <QSqlQuery>
#include <QtTest>

using namespace youfu;
using namespace youfu::core;

namespace {
PersonDraft draft()
{
    PersonDraft d;
    d.name = QString::fromUtf8("李建国");
    d.citizenId = QStringLiteral("430581195203140010");
    d.phone = QStringLiteral("13807391234");
    d.townshipCode = QStringLiteral("430581001");
    d.villageCode = QStringLiteral("430581001001");
    d.address = QString::fromUtf8("辕门口街道东塔社区3栋201号");
    return d;
}

int count(test::TestDb& t, const QString& sql)
{
    QSqlQuery q(t->connection());
    if (!q.exec(sql) || !q.next())
        return -1;
    return q.value(0).toInt();
}
} // namespace

class TestKeyPersonFlag : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void editorMarkOpensAndEndsTheRecord();
    void markKeptDoesNotOpenASecondRecord();
    void importedMarksGetRecords();
};

void TestKeyPersonFlag::editorMarkOpensAndEndsTheRecord()
{
    test::TestDb t;
    const Actor clerk = t.addUser("zhangli", Role::Clerk, QString::fromUtf8("张丽"));
    PersonStore persons(t.db());
    VisitStore visits(t.db());
    PersonDraft d = draft();
    d.keyPerson = true;
    d.riskNote = QString::fromUtf8("多次到市里上访");
    const qint64 audits = AuditLog(t.db()).count();
    const auto added = persons.add(clerk, d);
    QVERIFY2(added.isOk(), qPrintable(added.error()));
    QCOMPARE(AuditLog(t.db()).count(), audits + 1); // the person's entry covers the record
    auto current = visits.currentKeyPerson(added.id);
    QVERIFY(current);
    QVERIFY(current->id > 0);
    QCOMPARE(current->reason, KeyPersonReason::Other);
    QCOMPARE(current->reasonText, d.riskNote);
    QCOMPARE(current->risk, RiskLevel::Normal);
    QCOMPARE(current->since, t.clock().today());
    QCOMPARE(current->workerUserId, clerk.userId); // who marked them answers until changed

    d.keyPerson = false;
    d.riskNote.clear();
    const auto updated = persons.update(clerk, added.id, d);
    QVERIFY2(updated.isOk(), qPrintable(updated.error()));
    current = visits.currentKeyPerson(added.id);
    QVERIFY(current);
    QCOMPARE(current->id, qint64(0));
    const auto history = visits.keyPersonHistory(added.id).value();
    QCOMPARE(history.size(), 1);
    QCOMPARE(history.first().until, t.clock().today());
    QVERIFY(!history.first().endReason.isEmpty());
    QVERIFY(!persons.byId(added.id)->keyPerson);
}

void TestKeyPersonFlag::markKeptDoesNotOpenASecondRecord()
{
    test::TestDb t;
    const Actor clerk = t.addUser("zhangli", Role::Clerk, QString::fromUtf8("张丽"));
    PersonStore persons(t.db());
    VisitStore visits(t.db());
    const auto added = persons.add(clerk, draft());
    QVERIFY(added.isOk());
    KeyPersonRecord r;
    r.personId = added.id;
    r.reason = KeyPersonReason::LongPetition;
    r.risk = RiskLevel::High;
    r.leaderName = QString::fromUtf8("陈国平");
    r.workerName = QString::fromUtf8("李明");
    r.since = t.clock().today();
    const auto set = visits.setKeyPerson(clerk, r);
    QVERIFY2(set, qPrintable(set.error()));
    auto p = persons.byId(added.id);
    QVERIFY(p->keyPerson);
    // The editor saves the person again with the mark on (and a note): the record stays.
    PersonDraft d = p->toDraft();
    d.riskNote = QString::fromUtf8("长期信访");
    QVERIFY(persons.update(clerk, added.id, d).isOk());
    const auto history = visits.keyPersonHistory(added.id).value();
    QCOMPARE(history.size(), 1);
    QCOMPARE(history.first().reason, KeyPersonReason::LongPetition);
    QCOMPARE(history.first().risk, RiskLevel::High);
}

void TestKeyPersonFlag::importedMarksGetRecords()
{
    test::TestDb t;
    const Actor clerk = t.addUser("zhangli", Role::Clerk, QString::fromUtf8("张丽"));
    AreaStore areas(t.db());
    const QList<Township> townships = areas.townships();
    QHash<QString, QList<Village>> villages;
    for (const Township& tw : townships)
        villages.insert(tw.code, areas.villages(tw.code));
    DemoGenerator gen(11, t.clock().today(), areas.countyCode(), townships, villages);
    int made = 0;
    auto counts = PersonImportStore(t.db()).importAll(
        clerk,
        [&](ImportedPerson& item) {
            if (made >= 300)
                return false;
            item = gen.next();
            ++made;
            return true;
        },
        QStringLiteral("demo.generate"), QJsonObject());
    QVERIFY2(counts, qPrintable(counts.error()));
    QVERIFY(counts->keyPersons > 0);
    QCOMPARE(count(t, "SELECT count(*) FROM key_person_records WHERE until IS NULL"),
             counts->keyPersons);
    QCOMPARE(count(t, "SELECT count(*) FROM persons p WHERE p.key_person = 1 AND NOT EXISTS "
                      "(SELECT 1 FROM key_person_records k WHERE k.person_id = p.id AND "
                      "k.until IS NULL)"),
             0);
}

QTEST_GUILESS_MAIN(TestKeyPersonFlag)
#include "tst_keypersonflag.moc"
