#include "audit/auditlog.h"
#include "registry/personhistory.h"
#include "registry/personstore.h"
#include "testdb.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace youfu;
using core::Role;

class TestPersonStore : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void addAndRead();
    void fifteenDigitIdConvertedWithNote();
    void duplicateRefusedWithExistingId();
    void birthOrSexDisagreeingWithId_data();
    void birthOrSexDisagreeingWithId();
    void villageMustBelongToTownship();
    void statusChangesWithDates();
    void statusChangeRefusals_data();
    void statusChangeRefusals();
    void auditMasksPhoneAndBank();
    void failedWriteLeavesNoAudit();
    void permission_data();
    void permission();
    void updateKeepsUnrevealedSensitiveFields();
    void categoriesAddEndAndOverlap();
    void revealNeedsPermissionAndIsAudited();
    void historyLines();
};

namespace {
core::PersonDraft draft(const QString& name = QString::fromUtf8("李建国"),
                        const QString& id = "430581195203140010")
{
    core::PersonDraft d;
    d.name = name;
    d.citizenId = id;
    d.phone = QStringLiteral("13807391234");
    d.townshipCode = "430581001";
    d.villageCode = "430581001001";
    d.address = QString::fromUtf8("辕门口街道东塔社区3栋201号");
    d.bankName = QString::fromUtf8("湖南武冈农村商业银行");
    d.bankAccount = QStringLiteral("6230901234567890123");
    return d;
}
} // namespace

void TestPersonStore::addAndRead()
{
    test::TestDb t;
    const core::Actor clerk = t.addUser("zhangli", Role::Clerk, QString::fromUtf8("张丽"));
    core::PersonStore store(t.db());
    auto r = store.add(clerk, draft());
    QVERIFY2(r.isOk(), qPrintable(r.error()));
    QVERIFY(r.id > 0);
    auto p = store.byId(r.id);
    QVERIFY(p);
    QCOMPARE(p->name, QString::fromUtf8("李建国"));
    QCOMPARE(p->sex, core::Sex::Male);
    QCOMPARE(p->birthDate, QDate(1952, 3, 14));
    QCOMPARE(p->ethnicity, QString::fromUtf8("汉族"));
    QCOMPARE(p->townshipName, QString::fromUtf8("辕门口街道"));
    QCOMPARE(p->villageName, QString::fromUtf8("东塔社区"));
    QCOMPARE(p->maskedPhone, QString("138****1234"));
    QCOMPARE(p->maskedBankAccount, QString("***************0123"));
    QCOMPARE(p->maskedCitizenId, QString("430581********0010"));
    QVERIFY(p->phone.isEmpty());
    QVERIFY(p->bankAccount.isEmpty());
    QCOMPARE(p->status, core::PersonStatus::Active);
    QCOMPARE(p->statusSince, t.clock().today());
    auto byId = store.byCitizenId(QString::fromUtf8("４３０５８１１９５２０３１４００１０"));
    QVERIFY(byId);
    QCOMPARE(byId->id, r.id);
    QCOMPARE(store.statusHistory(r.id)->size(), 1);
}

void TestPersonStore::fifteenDigitIdConvertedWithNote()
{
    test::TestDb t;
    const core::Actor clerk = t.addUser("zhangli", Role::Clerk);
    core::PersonDraft d = draft(QString::fromUtf8("王秀英"), "110105491231002");
    d.townshipCode = "430581100";
    d.villageCode.clear();
    auto r = core::PersonStore(t.db()).add(clerk, d);
    QVERIFY2(r.isOk(), qPrintable(r.error()));
    QVERIFY(r.note.contains("11010519491231002X"));
    QCOMPARE(core::PersonStore(t.db()).byId(r.id)->citizenId, QString("11010519491231002X"));
    QCOMPARE(core::PersonStore(t.db()).byId(r.id)->sex, core::Sex::Female);
}

void TestPersonStore::duplicateRefusedWithExistingId()
{
    test::TestDb t;
    const core::Actor clerk = t.addUser("zhangli", Role::Clerk);
    core::PersonStore store(t.db());
    auto first = store.add(clerk, draft());
    QVERIFY(first);
    const qint64 audits = core::AuditLog(t.db()).count();
    // The same ID typed another way.
    auto again = store.add(clerk, draft(QString::fromUtf8("李建军"), " 430581195203140010 "));
    QVERIFY(!again);
    QCOMPARE(again.duplicateOfId, first.id);
    QCOMPARE(again.field, core::PersonField::CitizenId);
    QVERIFY2(again.error().contains(QString::fromUtf8("李建国")), qPrintable(again.error()));
    QCOMPARE(store.count().value(), 1);
    QCOMPARE(core::AuditLog(t.db()).count(), audits);
    // Changing another person's ID to an existing one is refused the same way.
    auto second = store.add(clerk, draft(QString::fromUtf8("李秀英"), "430581195203140029"));
    QVERIFY(second);
    core::PersonDraft d = store.byId(second.id)->toDraft();
    d.citizenId = "430581195203140010";
    d.sex = core::Sex::Unknown;
    d.birthDate = QDate();
    auto upd = store.update(clerk, second.id, d);
    QVERIFY(!upd);
    QCOMPARE(upd.duplicateOfId, first.id);
}

void TestPersonStore::birthOrSexDisagreeingWithId_data()
{
    QTest::addColumn<int>("sex");
    QTest::addColumn<QDate>("birth");
    QTest::addColumn<int>("field");
    QTest::newRow("female but odd sequence")
        << int(core::Sex::Female) << QDate() << int(core::PersonField::Sex);
    QTest::newRow("other birth date")
        << int(core::Sex::Unknown) << QDate(1952, 3, 15) << int(core::PersonField::BirthDate);
    QTest::newRow("both agree") << int(core::Sex::Male) << QDate(1952, 3, 14)
                                << int(core::PersonField::None);
}

void TestPersonStore::birthOrSexDisagreeingWithId()
{
    QFETCH(int, sex);
    QFETCH(QDate, birth);
    QFETCH(int, field);
    test::TestDb t;
    const core::Actor clerk = t.addUser("zhangli", Role::Clerk);
    core::PersonDraft d = draft();
    d.sex = core::Sex(sex);
    d.birthDate = birth;
    auto r = core::PersonStore(t.db()).add(clerk, d);
    QCOMPARE(r.isOk(), field == int(core::PersonField::None));
    QCOMPARE(int(r.field), field);
}

void TestPersonStore::villageMustBelongToTownship()
{
    test::TestDb t;
    const core::Actor clerk = t.addUser("zhangli", Role::Clerk);
    core::PersonDraft d = draft();
    d.townshipCode = "430581100"; // 邓元泰镇, but 东塔社区 is in 辕门口街道
    auto r = core::PersonStore(t.db()).add(clerk, d);
    QVERIFY(!r);
    QCOMPARE(r.field, core::PersonField::Village);
    d.townshipCode = "430581999";
    QCOMPARE(core::PersonStore(t.db()).add(clerk, d).field, core::PersonField::Township);
}

void TestPersonStore::statusChangesWithDates()
{
    test::TestDb t;
    const core::Actor clerk = t.addUser("zhangli", Role::Clerk);
    core::PersonStore store(t.db());
    core::PersonDraft keyDraft = draft();
    keyDraft.keyPerson = true;
    keyDraft.riskNote = QString::fromUtf8("多次信访");
    const qint64 id = store.add(clerk, keyDraft).id;
    QVERIFY(store.changeStatus(clerk, id, core::PersonStatus::Suspended, QDate(2026, 11, 1),
                               QString::fromUtf8("待核实生存状况")));
    QVERIFY(store.byId(id)->keyPerson); // suspended is still somebody to visit
    QVERIFY(store.changeStatus(clerk, id, core::PersonStatus::Deceased, QDate(2026, 11, 20),
                               QString::fromUtf8("病故")));
    auto p = store.byId(id);
    QVERIFY(!p->keyPerson); // a deceased person is no longer a key person
    QCOMPARE(p->status, core::PersonStatus::Deceased);
    QCOMPARE(p->statusSince, QDate(2026, 11, 20));
    QCOMPARE(p->statusReason, QString::fromUtf8("病故"));
    const auto history = store.statusHistory(id).value();
    QCOMPARE(history.size(), 3);
    QCOMPARE(history[1].status, core::PersonStatus::Suspended);
    QCOMPARE(history[1].since, QDate(2026, 11, 1));
    QCOMPARE(history[2].status, core::PersonStatus::Deceased);
    QCOMPARE(history[2].recordedBy, QString("zhangli"));
    QCOMPARE(store.count().value(), 1); // never deleted
}

void TestPersonStore::statusChangeRefusals_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QDate>("since");
    QTest::addColumn<QString>("reason");
    QTest::newRow("same status") << int(core::PersonStatus::Active) << QDate(2026, 11, 1) << "x";
    QTest::newRow("no date") << int(core::PersonStatus::Deceased) << QDate() << "x";
    QTest::newRow("future") << int(core::PersonStatus::Deceased) << QDate(2026, 12, 1) << "x";
    QTest::newRow("before birth") << int(core::PersonStatus::MovedAway) << QDate(1950, 1, 1) << "x";
    QTest::newRow("no reason") << int(core::PersonStatus::MovedAway) << QDate(2026, 11, 28) << " ";
}

void TestPersonStore::statusChangeRefusals()
{
    QFETCH(int, status);
    QFETCH(QDate, since);
    QFETCH(QString, reason);
    test::TestDb t;
    const core::Actor clerk = t.addUser("zhangli", Role::Clerk);
    core::PersonStore store(t.db());
    const qint64 id = store.add(clerk, draft()).id;
    const qint64 audits = core::AuditLog(t.db()).count();
    QVERIFY(!store.changeStatus(clerk, id, core::PersonStatus(status), since, reason));
    QCOMPARE(core::AuditLog(t.db()).count(), audits);
    QCOMPARE(store.statusHistory(id)->size(), 1);
}

void TestPersonStore::auditMasksPhoneAndBank()
{
    test::TestDb t;
    const core::Actor clerk = t.addUser("zhangli", Role::Clerk);
    core::PersonStore store(t.db());
    const qint64 id = store.add(clerk, draft()).id;
    core::PersonDraft d = store.byId(id)->toDraft();
    d.phone = QStringLiteral("13907395678");
    d.bankAccount = QStringLiteral("6228480012345678901");
    QVERIFY(store.update(clerk, id, d));
    const auto entries = core::AuditLog(t.db()).forEntity("person", QString::number(id));
    QCOMPARE(entries.size(), 2);
    QCOMPARE(entries[0].action, QString("person.add"));
    QCOMPARE(entries[1].action, QString("person.update"));
    for (const auto& e : entries) {
        for (const char* plain :
             {"13807391234", "13907395678", "6230901234567890123", "6228480012345678901"}) {
            QVERIFY2(!e.beforeJson.contains(plain), qPrintable(e.beforeJson));
            QVERIFY2(!e.afterJson.contains(plain), qPrintable(e.afterJson));
        }
    }
    const QJsonObject after = QJsonDocument::fromJson(entries[1].afterJson.toUtf8()).object();
    QCOMPARE(after.value("phone").toString(), QString("139****5678"));
    QCOMPARE(after.value("bank_account").toString(), QString("***************8901"));
    QCOMPARE(
        QJsonDocument::fromJson(entries[1].beforeJson.toUtf8()).object().value("phone").toString(),
        QString("138****1234"));
    QVERIFY(core::AuditLog(t.db()).verify().intact);
}

void TestPersonStore::failedWriteLeavesNoAudit()
{
    test::TestDb t;
    const core::Actor clerk = t.addUser("zhangli", Role::Clerk);
    core::PersonStore store(t.db());
    const qint64 before = core::AuditLog(t.db()).count();
    core::PersonDraft bad = draft();
    bad.citizenId = "110105194912310021";
    auto r = store.add(clerk, bad);
    QVERIFY(!r);
    QCOMPARE(r.field, core::PersonField::CitizenId);
    QVERIFY(r.error().contains("should be X"));
    bad = draft();
    bad.phone = QStringLiteral("12345");
    QCOMPARE(store.add(clerk, bad).field, core::PersonField::Phone);
    QVERIFY(!store.addCategory(clerk, 9999, {}));
    QCOMPARE(core::AuditLog(t.db()).count(), before);
    QCOMPARE(store.count().value(), 0);
}

void TestPersonStore::permission_data()
{
    QTest::addColumn<int>("roles");
    QTest::addColumn<bool>("allowed");
    QTest::newRow("clerk") << int(Role::Clerk) << true;
    QTest::newRow("section chief") << int(Role::SectionChief) << true;
    QTest::newRow("inspector") << int(Role::Inspector) << false;
    QTest::newRow("director") << int(Role::Director) << false;
    QTest::newRow("admin") << int(Role::Admin) << false;
    QTest::newRow("auditor") << int(Role::Auditor) << false;
}

void TestPersonStore::permission()
{
    QFETCH(int, roles);
    QFETCH(bool, allowed);
    test::TestDb t;
    const core::Actor clerk = t.addUser("zhangli", Role::Clerk);
    core::Actor actor =
        roles == int(Role::Admin) ? t.admin() : t.addUser("actor", core::Roles::fromInt(roles));
    core::PersonStore store(t.db());
    QCOMPARE(store.add(actor, draft()).isOk(), allowed);
    const qint64 id =
        allowed ? store.byCitizenId("430581195203140010")->id : store.add(clerk, draft()).id;
    const qint64 audits = core::AuditLog(t.db()).count();
    QCOMPARE(store.changeStatus(actor, id, core::PersonStatus::MovedAway, QDate(2026, 11, 1), "x")
                 .isOk(),
             allowed);
    core::PersonDraft d = draft(QString::fromUtf8("李建华"));
    QCOMPARE(store.update(actor, id, d).isOk(), allowed);
    if (!allowed) {
        QCOMPARE(core::AuditLog(t.db()).count(), audits);
        QCOMPARE(store.byId(id)->name, QString::fromUtf8("李建国"));
    }
}

void TestPersonStore::updateKeepsUnrevealedSensitiveFields()
{
    test::TestDb t;
    const core::Actor clerk = t.addUser("zhangli", Role::Clerk);
    core::PersonStore store(t.db());
    const qint64 id = store.add(clerk, draft()).id;
    core::PersonDraft d = store.byId(id)->toDraft(); // not revealed: phone/bank not in the draft
    QVERIFY(!d.phone);
    d.address = QString::fromUtf8("辕门口街道东塔社区5栋101号");
    QVERIFY(store.update(clerk, id, d));
    auto revealed = store.byIdRevealed(clerk, id);
    QVERIFY(revealed);
    QCOMPARE(revealed->phone, QString("13807391234"));
    QCOMPARE(revealed->bankAccount, QString("6230901234567890123"));
    QCOMPARE(revealed->address, d.address);
}

void TestPersonStore::categoriesAddEndAndOverlap()
{
    test::TestDb t;
    const core::Actor clerk = t.addUser("zhangli", Role::Clerk);
    core::PersonStore store(t.db());
    const qint64 id = store.add(clerk, draft()).id;
    core::PersonCategory disabled;
    disabled.categoryCode = "disabled_serviceman";
    disabled.startDate = QDate(1990, 1, 1);
    disabled.grade = 7;
    disabled.nature = QString::fromUtf8("因病");
    auto refused = store.addCategory(clerk, id, disabled);
    QVERIFY(!refused);
    QVERIFY(refused.error().contains(QString::fromUtf8("七级")));
    disabled.nature = QString::fromUtf8("因公");
    auto pcId = store.addCategory(clerk, id, disabled);
    QVERIFY2(pcId, qPrintable(pcId.error()));
    core::PersonCategory veteran;
    veteran.categoryCode = "rural_veteran_60";
    veteran.startDate = QDate(2012, 3, 14);
    veteran.enlistedOn = QDate(1970, 12, 1);
    veteran.dischargedOn = QDate(1975, 3, 1);
    QVERIFY(store.addCategory(clerk, id, veteran));
    QCOMPARE(store.byId(id)->categoriesSummary,
             QString::fromUtf8("残疾军人（七级）、农村籍退役士兵（60周岁以上）"));
    disabled.startDate = QDate(2020, 1, 1);
    QVERIFY(!store.addCategory(clerk, id, disabled)); // overlaps the open one
    QVERIFY(!store.endCategory(clerk, pcId.value(), QDate(2026, 1, 1), " "));
    QVERIFY(store.endCategory(clerk, pcId.value(), QDate(2026, 1, 1),
                              QString::fromUtf8("评残等级调整")));
    QCOMPARE(store.byId(id)->categoriesSummary, QString::fromUtf8("农村籍退役士兵（60周岁以上）"));
    disabled.startDate = QDate(2026, 1, 1);
    disabled.grade = 5;
    QVERIFY(store.addCategory(clerk, id, disabled));
    QCOMPARE(store.byId(id)->categories.size(), 3);
}

void TestPersonStore::revealNeedsPermissionAndIsAudited()
{
    test::TestDb t;
    const core::Actor clerk = t.addUser("zhangli", Role::Clerk);
    const core::Actor director = t.addUser("director", Role::Director);
    core::PersonStore store(t.db());
    const qint64 id = store.add(clerk, draft()).id;
    QVERIFY(!store.byIdRevealed(director, id));
    const qint64 audits = core::AuditLog(t.db()).count();
    QVERIFY(store.byIdRevealed(clerk, id));
    QCOMPARE(core::AuditLog(t.db()).count(), audits + 1);
}

void TestPersonStore::historyLines()
{
    test::TestDb t;
    const core::Actor clerk = t.addUser("zhangli", Role::Clerk);
    core::PersonStore store(t.db());
    const qint64 id = store.add(clerk, draft()).id;
    QVERIFY(store.changeStatus(clerk, id, core::PersonStatus::MovedAway, QDate(2026, 11, 2),
                               QString::fromUtf8("户籍迁往长沙市")));
    const QStringList lines =
        core::PersonHistory::lines(core::AuditLog(t.db()).forEntity("person", QString::number(id)));
    QCOMPARE(lines.size(), 2);
    QVERIFY2(lines[0].contains("zhangli") && lines[0].contains(QString::fromUtf8("李建国")),
             qPrintable(lines[0]));
    QVERIFY2(lines[1].contains(QString::fromUtf8("迁出")) && lines[1].contains("2026-11-02") &&
                 lines[1].contains(QString::fromUtf8("户籍迁往长沙市")),
             qPrintable(lines[1]));
}

QTEST_GUILESS_MAIN(TestPersonStore)
#include "tst_personstore.moc"
