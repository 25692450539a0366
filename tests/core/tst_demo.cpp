#include "audit/auditlog.h"
#include "registry/areastore.h"
#include "registry/categoryrules.h"
#include "registry/categorystore.h"
#include "registry/citizenid.h"
#include "registry/demogenerator.h"
#include "registry/personstore.h"
#include "registry/registrysearchstore.h"
#include "security/demousers.h"
#include "security/fieldcipher.h"
#include "security/userstore.h"
#include "testdb.h"

#include <QTest>

using namespace youfu;

class TestDemo : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void generatorMakesValidPersons();
    void deterministicBySeed();
    void generateFillsEmptyDatabaseWithOneAuditEntry();
    void refusesNonEmptyDatabase();
    void demoUsersOnePerRoleNoForcedChange();
};

namespace {
core::DemoGenerator makeGenerator(test::TestDb& t, quint64 seed)
{
    core::AreaStore areas(t.db());
    QHash<QString, QList<core::Village>> villages;
    for (const auto& tw : areas.townships())
        villages.insert(tw.code, areas.villages(tw.code));
    return core::DemoGenerator(seed, QDate(2026, 11, 29), "430581", areas.townships(), villages);
}
} // namespace

void TestDemo::generatorMakesValidPersons()
{
    test::TestDb t;
    core::DemoGenerator gen = makeGenerator(t, 1);
    QSet<QString> ids;
    QHash<QString, int> categories;
    int deceased = 0, key = 0;
    core::CategoryStore cats(t.db());
    for (int i = 0; i < 3000; ++i) {
        core::ImportedPerson p = gen.next();
        const core::CitizenIdCheck c =
            core::CitizenId::check(p.person.citizenId, QDate(2026, 11, 29));
        QVERIFY2(c.isValid(), qPrintable(c.message));
        QVERIFY(p.person.citizenId.startsWith("430581"));
        QCOMPARE(c.birthDate, p.person.birthDate);
        QCOMPARE(c.sex, p.person.sex);
        QVERIFY(!ids.contains(c.canonical));
        ids.insert(c.canonical);
        QVERIFY(p.person.name.size() >= 2 && p.person.name.size() <= 4);
        QVERIFY(!p.categories.isEmpty());
        for (const auto& pc : p.categories) {
            auto cat = cats.byCode(pc.categoryCode);
            QVERIFY(cat);
            const core::Status s = core::CategoryRules::checkDetails(cat.value(), pc, c.birthDate,
                                                                     QDate(2026, 11, 29));
            QVERIFY2(s.isOk(), qPrintable(pc.categoryCode + ": " + s.error()));
            ++categories[pc.categoryCode];
        }
        deceased += p.status == core::PersonStatus::Deceased ? 1 : 0;
        key += p.person.keyPerson ? 1 : 0;
        if (p.status != core::PersonStatus::Active) {
            QVERIFY(p.statusSince >= p.registeredOn);
            QVERIFY(!p.statusReason.isEmpty());
        }
    }
    // The mix of a county: rural veterans lead, disabled servicemen fewer, survivors some.
    QVERIFY(categories["rural_veteran_60"] > categories["sick_returned_veteran"]);
    QVERIFY(categories["sick_returned_veteran"] > categories["disabled_serviceman"]);
    QVERIFY(categories["martyr_survivor"] > 0);
    QVERIFY(deceased > 0 && deceased < 300);
    QVERIFY(key > 0 && key < 300);
}

void TestDemo::deterministicBySeed()
{
    test::TestDb t;
    core::DemoGenerator a = makeGenerator(t, 7), b = makeGenerator(t, 7), c = makeGenerator(t, 8);
    bool differs = false;
    for (int i = 0; i < 200; ++i) {
        const auto pa = a.next(), pb = b.next(), pc = c.next();
        QCOMPARE(pa.person.citizenId, pb.person.citizenId);
        QCOMPARE(pa.person.name, pb.person.name);
        QCOMPARE(*pa.person.phone, *pb.person.phone);
        QCOMPARE(pa.categories.first().categoryCode, pb.categories.first().categoryCode);
        differs = differs || pa.person.citizenId != pc.person.citizenId;
    }
    QVERIFY(differs);
}

void TestDemo::generateFillsEmptyDatabaseWithOneAuditEntry()
{
    test::TestDb t;
    const core::Actor clerk = t.addUser("zhangli", core::Role::Clerk);
    QVERIFY(core::FieldCipher::forDatabase(t.db())); // the key record is an entry of its own
    const qint64 audits = core::AuditLog(t.db()).count();
    auto counts = core::DemoGenerator::generate(t.db(), clerk, 500, 3);
    QVERIFY2(counts, qPrintable(counts.error()));
    QCOMPARE(counts->persons, 500);
    QCOMPARE(core::PersonStore(t.db()).count().value(), 500);
    QCOMPARE(core::AuditLog(t.db()).count(), audits + 1);
    QVERIFY(core::AuditLog(t.db()).verify().intact);
    // Another database, the same seed: the same persons.
    test::TestDb t2;
    const core::Actor clerk2 = t2.addUser("zhangli", core::Role::Clerk);
    QVERIFY(core::DemoGenerator::generate(t2.db(), clerk2, 500, 3));
    core::RegistryQuery q;
    q.sort = core::RegistryQuery::Sort::Registered;
    const auto rows1 = core::RegistrySearchStore(t.db()).page(q, 0, 500);
    const auto rows2 = core::RegistrySearchStore(t2.db()).page(q, 0, 500);
    QCOMPARE(rows1.size(), 500);
    for (int i = 0; i < 500; ++i) {
        QCOMPARE(rows1[i].maskedCitizenId, rows2[i].maskedCitizenId);
        QCOMPARE(rows1[i].name, rows2[i].name);
        QCOMPARE(rows1[i].categories, rows2[i].categories);
    }
    // A generated person reads back whole, phone decrypted to a valid mask.
    auto p = core::PersonStore(t.db()).byId(rows1.first().id);
    QVERIFY2(p, qPrintable(p.error()));
    QVERIFY(!p->categories.isEmpty());
}

void TestDemo::refusesNonEmptyDatabase()
{
    test::TestDb t;
    const core::Actor clerk = t.addUser("zhangli", core::Role::Clerk);
    QVERIFY(core::DemoGenerator::generate(t.db(), clerk, 10, 1));
    QVERIFY(!core::DemoGenerator::generate(t.db(), clerk, 10, 2));
    const core::Actor admin = t.admin();
    QVERIFY(!core::DemoGenerator::generate(t.db(), admin, 10, 2)); // and admins may not anyway
    QCOMPARE(core::PersonStore(t.db()).count().value(), 10);
}

void TestDemo::demoUsersOnePerRoleNoForcedChange()
{
    test::TestDb t;
    auto users = core::DemoUsers::create(t.db());
    QVERIFY2(users, qPrintable(users.error()));
    QCOMPARE(users->size(), 6);
    core::Roles all;
    core::UserStore store(t.db());
    for (const auto& u : users.value()) {
        all |= u.role;
        auto logged = store.authenticate(u.login, u.password);
        QVERIFY2(logged, qPrintable(logged.error()));
        QVERIFY(!logged->mustChangePassword);
    }
    for (core::Role r : core::allRoles())
        QVERIFY(all.testFlag(r));
    QVERIFY(!core::DemoUsers::create(t.db())); // only into an empty database
    QVERIFY(core::AuditLog(t.db()).verify().intact);
}

QTEST_GUILESS_MAIN(TestDemo)
#include "tst_demo.moc"
