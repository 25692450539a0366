#include "audit/auditlog.h"
#include "security/userstore.h"
#include "testdb.h"

#include <QTest>

using namespace youfu;
using core::Role;

class TestUserStore : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void firstAdminOnlyOnce();
    void firstUserMustBeAdmin();
    void addRequiresManageUsers_data();
    void addRequiresManageUsers();
    void duplicateLoginRefused();
    void newUsersMustChangePassword();
    void authenticate();
    void lockoutAfterFiveFailures();
    void disabledUserCannotLogIn();
    void rolesUpdatedAndAudited();
    void adminCannotDisableOrDemoteSelf();
};

void TestUserStore::firstAdminOnlyOnce()
{
    test::TestDb t;
    core::UserStore users(t.db());
    QCOMPARE(users.count().value(), 0);
    t.admin();
    QCOMPARE(users.count().value(), 1);
    auto again = users.createFirstAdmin({"root2", "x", Role::Admin}, test::kTestPassword);
    QVERIFY(!again);
    QCOMPARE(users.count().value(), 1);
}

void TestUserStore::firstUserMustBeAdmin()
{
    test::TestDb t;
    auto r =
        core::UserStore(t.db()).createFirstAdmin({"clerk", "x", Role::Clerk}, test::kTestPassword);
    QVERIFY(!r);
    QCOMPARE(core::AuditLog(t.db()).count(), 0);
}

void TestUserStore::addRequiresManageUsers_data()
{
    QTest::addColumn<int>("roles");
    QTest::addColumn<bool>("allowed");
    QTest::newRow("clerk") << int(Role::Clerk) << false;
    QTest::newRow("section chief") << int(Role::SectionChief) << false;
    QTest::newRow("director") << int(Role::Director) << false;
    QTest::newRow("auditor") << int(Role::Auditor) << false;
    QTest::newRow("admin") << int(Role::Admin) << true;
}

void TestUserStore::addRequiresManageUsers()
{
    QFETCH(int, roles);
    QFETCH(bool, allowed);
    test::TestDb t;
    core::Actor actor = t.admin();
    if (roles != int(Role::Admin))
        actor = t.addUser("actor", core::Roles::fromInt(roles));
    auto r =
        core::UserStore(t.db()).add(actor, {"newbie", "新人", Role::Clerk}, test::kTestPassword);
    QCOMPARE(r.isOk(), allowed);
}

void TestUserStore::duplicateLoginRefused()
{
    test::TestDb t;
    t.addUser("zhangli", Role::Clerk);
    auto r = core::UserStore(t.db()).add(t.admin(), {"zhangli", "张丽", Role::Clerk},
                                         test::kTestPassword);
    QVERIFY(!r);
    QVERIFY(r.error().contains("zhangli"));
}

void TestUserStore::newUsersMustChangePassword()
{
    test::TestDb t;
    const core::Actor clerk = t.addUser("zhangli", Role::Clerk);
    core::UserStore users(t.db());
    QVERIFY(users.byId(clerk.userId)->mustChangePassword);
    QVERIFY(users.changeOwnPassword(clerk, test::kTestPassword, "Xin-mima-2026"));
    QVERIFY(!users.byId(clerk.userId)->mustChangePassword);
    QVERIFY(users.resetPassword(t.admin(), clerk.userId, "Reset-2026x"));
    QVERIFY(users.byId(clerk.userId)->mustChangePassword);
    QVERIFY(users.authenticate("zhangli", "Reset-2026x"));
}

void TestUserStore::authenticate()
{
    test::TestDb t;
    t.addUser("zhangli", Role::Clerk, QStringLiteral("张丽"));
    core::UserStore users(t.db());
    auto ok = users.authenticate(" zhangli ", test::kTestPassword);
    QVERIFY2(ok, qPrintable(ok.error()));
    QCOMPARE(ok->displayName, QStringLiteral("张丽"));
    auto wrong = users.authenticate("zhangli", "nope");
    QVERIFY(!wrong);
    auto unknown = users.authenticate("nobody", test::kTestPassword);
    QVERIFY(!unknown);
    QCOMPARE(wrong.error(), unknown.error()); // never tell which of the two was wrong
    const auto entries = core::AuditLog(t.db()).forEntity("user", QString::number(ok->id));
    QStringList actions;
    for (const auto& e : entries)
        actions << e.action;
    QVERIFY(actions.contains("login.success"));
    QVERIFY(actions.contains("login.failure"));
}

void TestUserStore::lockoutAfterFiveFailures()
{
    test::TestDb t;
    t.addUser("zhangli", Role::Clerk);
    core::UserStore users(t.db());
    for (int i = 0; i < core::UserStore::kMaxFailedLogins; ++i)
        QVERIFY(!users.authenticate("zhangli", "wrong"));
    auto locked = users.authenticate("zhangli", test::kTestPassword);
    QVERIFY(!locked);
    QVERIFY2(locked.error().contains("locked"), qPrintable(locked.error()));
    t.clock().advanceSeconds(core::UserStore::kLockMinutes * 60 - 5);
    QVERIFY(!users.authenticate("zhangli", test::kTestPassword));
    t.clock().advanceSeconds(10);
    QVERIFY(users.authenticate("zhangli", test::kTestPassword));
    bool sawLock = false;
    for (const auto& e :
         core::AuditLog(t.db()).forEntity("user", QString::number(users.byLogin("zhangli")->id)))
        sawLock = sawLock || e.action == "login.locked";
    QVERIFY(sawLock);
}

void TestUserStore::disabledUserCannotLogIn()
{
    test::TestDb t;
    const core::Actor clerk = t.addUser("zhangli", Role::Clerk);
    core::UserStore users(t.db());
    QVERIFY(users.setDisabled(t.admin(), clerk.userId, true));
    QVERIFY(!users.authenticate("zhangli", test::kTestPassword));
    QCOMPARE(users.count().value(), 2); // never deleted
    QVERIFY(users.setDisabled(t.admin(), clerk.userId, false));
    QVERIFY(users.authenticate("zhangli", test::kTestPassword));
}

void TestUserStore::rolesUpdatedAndAudited()
{
    test::TestDb t;
    const core::Actor u = t.addUser("liming", Role::Clerk);
    core::UserStore users(t.db());
    QVERIFY(users.update(t.admin(), u.userId, QStringLiteral("李明"),
                         Role::Clerk | Role::SectionChief));
    QCOMPARE(users.byId(u.userId)->roles, Role::Clerk | Role::SectionChief);
    QVERIFY(!users.update(t.admin(), u.userId, QStringLiteral("李明"), Role::Clerk | Role::Admin));
    const auto entries = core::AuditLog(t.db()).forEntity("user", QString::number(u.userId));
    QCOMPARE(entries.last().action, QStringLiteral("user.update"));
    QVERIFY(entries.last().beforeJson.contains("clerk"));
    QVERIFY(entries.last().afterJson.contains("section_chief"));
}

void TestUserStore::adminCannotDisableOrDemoteSelf()
{
    test::TestDb t;
    const core::Actor admin = t.admin();
    core::UserStore users(t.db());
    QVERIFY(!users.setDisabled(admin, admin.userId, true));
    QVERIFY(!users.update(admin, admin.userId, "x", Role::Clerk));
}

QTEST_GUILESS_MAIN(TestUserStore)
#include "tst_userstore.moc"
