// The role matrix, enforced in core; audited reveals; every login event audited; the
// auditor's query and export.
#include "audit/auditlog.h"
#include "audit/auditquery.h"
#include "security/permission.h"
#include "security/sensitiveaccess.h"
#include "security/sessionpolicy.h"
#include "security/userstore.h"
#include "settings/settingsstore.h"
#include "testdb.h"

#include <QFile>
#include <QTest>

using namespace youfu;
using core::Permission;
using core::Role;

Q_DECLARE_METATYPE(core::Permission)

namespace {
// The matrix as the office understands it, written out in full: one line per role.
const QMap<Role, QList<Permission>>& expectedMatrix()
{
    static const QMap<Role, QList<Permission>> m = {
        {Role::Clerk,
         {Permission::ViewBusiness, Permission::EditRegistry, Permission::RevealSensitive,
          Permission::FileArchive, Permission::LendArchive, Permission::DraftApplication,
          Permission::Backup, Permission::RecordVisits, Permission::ManageCampaigns,
          Permission::HandlePetitions, Permission::ManagePayments, Permission::ExportBankFile,
          Permission::ManageTownships, Permission::ManageCare}},
        {Role::SectionChief,
         {Permission::ViewBusiness, Permission::EditRegistry, Permission::RevealSensitive,
          Permission::FileArchive, Permission::VerifyArchive, Permission::LendArchive,
          Permission::EditPolicyBook, Permission::ReviewApplication, Permission::Backup,
          Permission::RecordVisits, Permission::ManageCampaigns, Permission::HandlePetitions,
          Permission::ManageTownships, Permission::ManageCare, Permission::ManageAppraisal}},
        {Role::Inspector, {Permission::ViewBusiness, Permission::CountersignApplication}},
        {Role::Director,
         {Permission::ViewBusiness, Permission::ApproveApplication,
          Permission::ApprovePetitionExtension, Permission::ApproveAppraisal}},
        {Role::Admin,
         {Permission::ManageUsers, Permission::ManageSettings, Permission::Backup,
          Permission::Restore}},
        {Role::Auditor, {Permission::ReadAudit}},
    };
    return m;
}

} // namespace

class TestAccessControl : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void matrix_data();
    void matrix();
    void everyPermissionHasATitle();
    void requireNamesTheRole();
    void revealAudited_data();
    void revealAudited();
    void auditReadOnlyForAuditor_data();
    void auditReadOnlyForAuditor();
    void settingsOnlyForAdmin_data();
    void settingsOnlyForAdmin();
    void loginEventsAudited();
    void idleSetting_data();
    void idleSetting();
    void auditFiltersAndPaging();
    void auditCsvExport();
};

void TestAccessControl::matrix_data()
{
    QTest::addColumn<int>("role");
    QTest::addColumn<Permission>("permission");
    QTest::addColumn<bool>("allowed");
    for (Role r : core::allRoles())
        for (Permission p : core::allPermissions())
            QTest::addRow("%s / %s", qPrintable(core::roleKey(r)),
                          qPrintable(core::permissionTitle(p)))
                << int(r) << p << expectedMatrix().value(r).contains(p);
}

void TestAccessControl::matrix()
{
    QFETCH(int, role);
    QFETCH(Permission, permission);
    QFETCH(bool, allowed);
    QCOMPARE(core::isAllowed(core::Roles(Role(role)), permission), allowed);
    core::Actor a;
    a.userId = 7;
    a.login = "someone";
    a.displayName = "某人";
    a.roles = core::Roles(Role(role));
    QCOMPARE(core::require(a, permission).isOk(), allowed);
    // Nobody logged in may do nothing.
    QVERIFY(!core::require(core::Actor(), permission));
}

void TestAccessControl::everyPermissionHasATitle()
{
    QCOMPARE(core::allPermissions().size(), int(Permission::ApproveAppraisal) + 1);
    for (Permission p : core::allPermissions())
        QVERIFY(!core::permissionTitle(p).isEmpty());
}

void TestAccessControl::requireNamesTheRole()
{
    core::Actor a;
    a.userId = 3;
    a.login = "wang";
    a.displayName = "王五";
    a.roles = Role::Auditor;
    const core::Status s = core::require(a, Permission::ManageUsers);
    QVERIFY(!s);
    QVERIFY(s.error().contains("王五"));
    QVERIFY(s.error().contains(core::roleTitle(Role::Auditor)));
}

void TestAccessControl::revealAudited_data()
{
    QTest::addColumn<int>("role");
    QTest::addColumn<bool>("allowed");
    for (Role r : core::allRoles())
        QTest::newRow(qPrintable(core::roleKey(r)))
            << int(r) << expectedMatrix().value(r).contains(Permission::RevealSensitive);
}

void TestAccessControl::revealAudited()
{
    QFETCH(int, role);
    QFETCH(bool, allowed);
    test::TestDb t;
    const core::Actor who =
        role == int(Role::Admin) ? t.admin() : t.addUser("u1", core::Roles(Role(role)));
    const qint64 before = core::AuditLog(t.db()).count();
    const core::Status s = core::recordReveal(t.db(), who, "person", "42", "id_number");
    QCOMPARE(s.isOk(), allowed);
    const auto entries = core::AuditLog(t.db()).forEntity("person", "42");
    if (!allowed) {
        QCOMPARE(core::AuditLog(t.db()).count(), before);
        QVERIFY(entries.isEmpty());
        return;
    }
    QCOMPARE(entries.size(), 1);
    QCOMPARE(entries.first().action, QString("sensitive.reveal"));
    QCOMPARE(entries.first().actorLogin, who.login);
    QVERIFY(entries.first().afterJson.contains("id_number"));
}

void TestAccessControl::auditReadOnlyForAuditor_data()
{
    revealAudited_data();
}

void TestAccessControl::auditReadOnlyForAuditor()
{
    QFETCH(int, role);
    test::TestDb t;
    const core::Actor who =
        role == int(Role::Admin) ? t.admin() : t.addUser("u1", core::Roles(Role(role)));
    const bool allowed = role == int(Role::Auditor);
    core::AuditQuery q(t.db());
    QCOMPARE(q.page(who, {}, 0, 10).isOk(), allowed);
    QCOMPARE(q.count(who, {}).isOk(), allowed);
    QCOMPARE(q.logins(who).isOk(), allowed);
    QCOMPARE(q.exportCsv(who, {}, t.dir() + "/a.csv").isOk(), allowed);
    QCOMPARE(QFile::exists(t.dir() + "/a.csv"), allowed);
}

void TestAccessControl::settingsOnlyForAdmin_data()
{
    revealAudited_data();
}

void TestAccessControl::settingsOnlyForAdmin()
{
    QFETCH(int, role);
    test::TestDb t;
    const core::Actor who =
        role == int(Role::Admin) ? t.admin() : t.addUser("u1", core::Roles(Role(role)));
    const bool admin = role == int(Role::Admin);
    QCOMPARE(core::SettingsStore(t.db()).set(who, core::kIdleLogoutMinutesKey, "5").isOk(), admin);
    QCOMPARE(
        core::UserStore(t.db()).add(who, {"u2", "u2", Role::Clerk}, test::kTestPassword).isOk(),
        admin);
}

void TestAccessControl::loginEventsAudited()
{
    test::TestDb t;
    const core::Actor clerk = t.addUser("zhangli", Role::Clerk);
    core::UserStore users(t.db());
    const QString id = QString::number(clerk.userId);
    auto actions = [&] {
        QStringList list;
        for (const auto& e : core::AuditLog(t.db()).forEntity("user", id))
            list << e.action + (e.afterJson.contains("locked") ? "(locked)" : "");
        return list;
    };
    QVERIFY(users.authenticate("zhangli", test::kTestPassword));
    QVERIFY(users.recordLogout(clerk, "idle"));
    for (int i = 0; i < core::UserStore::kMaxFailedLogins; ++i)
        QVERIFY(!users.authenticate("zhangli", "Wrong-pass1"));
    QVERIFY(!users.authenticate("zhangli", test::kTestPassword)); // while locked
    t.clock().advanceSeconds(core::UserStore::kLockMinutes * 60);
    QVERIFY(users.authenticate("zhangli", test::kTestPassword));
    const QStringList expected = {
        "user.add",      "login.success", "logout",       "login.failure",         "login.failure",
        "login.failure", "login.failure", "login.locked", "login.failure(locked)", "login.success"};
    QCOMPARE(actions(), expected);
    const auto all = core::AuditLog(t.db()).forEntity("user", id);
    QVERIFY(all[2].afterJson.contains("idle"));
    // Unknown logins are recorded too, without a user number.
    QVERIFY(!users.authenticate("nobody", "x"));
    QCOMPARE(core::AuditLog(t.db()).forEntity("user", QStringLiteral("")).value(0).action,
             QString("login.failure"));
}

void TestAccessControl::idleSetting_data()
{
    QTest::addColumn<QString>("stored");
    QTest::addColumn<int>("minutes");
    QTest::newRow("not set") << QString() << 15;
    QTest::newRow("5") << "5" << 5;
    QTest::newRow("0 is not off") << "0" << 1;
    QTest::newRow("too long") << "10000" << 240;
    QTest::newRow("garbage") << "abc" << 15;
}

void TestAccessControl::idleSetting()
{
    QFETCH(QString, stored);
    QFETCH(int, minutes);
    test::TestDb t;
    if (!stored.isNull())
        QVERIFY(core::SettingsStore(t.db()).set(t.admin(), core::kIdleLogoutMinutesKey, stored));
    QCOMPARE(core::idleLogoutMinutes(core::SettingsStore(t.db())), minutes);
}

void TestAccessControl::auditFiltersAndPaging()
{
    test::TestDb t;
    const core::Actor auditor = t.addUser("shenji", Role::Auditor);
    const core::Actor clerk = t.addUser("zhangli", Role::Clerk);
    for (int i = 0; i < 25; ++i) {
        t.clock().advanceSeconds(3600 * 5);
        QVERIFY(core::recordReveal(t.db(), clerk, "person", QString::number(i), "bank_account"));
    }
    core::AuditQuery q(t.db());
    const qint64 total = core::AuditLog(t.db()).count();
    QCOMPARE(q.count(auditor, {}).value(), total);
    core::AuditFilter byClerk;
    byClerk.login = "zhangli";
    QCOMPARE(q.count(auditor, byClerk).value(), qint64(25));
    core::AuditFilter byText;
    byText.text = "reveal";
    QCOMPARE(q.count(auditor, byText).value(), qint64(25));
    byText.text = "user.add";
    QCOMPARE(q.count(auditor, byText).value(), qint64(3)); // admin, shenji, zhangli
    byText.text = "%";
    QCOMPARE(q.count(auditor, byText).value(), qint64(0)); // wildcards are plain text
    core::AuditFilter oneDay;
    oneDay.from = t.clock().nowUtc().toLocalTime().date();
    oneDay.to = oneDay.from;
    const qint64 today = q.count(auditor, oneDay).value();
    QVERIFY(today > 0 && today < 25);
    // Pages: newest first, no overlap, nothing skipped.
    QList<qint64> ids;
    qint64 before = 0;
    for (;;) {
        auto page = q.page(auditor, {}, before, 7);
        QVERIFY(page);
        if (page->isEmpty())
            break;
        for (const auto& e : page.value())
            ids << e.id;
        before = page->last().id;
    }
    QCOMPARE(qint64(ids.size()), total);
    for (int i = 1; i < ids.size(); ++i)
        QVERIFY(ids[i] < ids[i - 1]);
    QVERIFY(q.logins(auditor)->contains("zhangli"));
}

void TestAccessControl::auditCsvExport()
{
    test::TestDb t;
    const core::Actor auditor = t.addUser("shenji", Role::Auditor);
    const core::Actor clerk = t.addUser("zhangli", Role::Clerk, QStringLiteral("张丽"));
    QVERIFY(core::recordReveal(t.db(), clerk, "person", "=1+2", "id_number"));
    const QString path = t.dir() + "/audit.csv";
    {
        QFile old(path);
        QVERIFY(old.open(QIODevice::WriteOnly));
        old.write("previous");
    }
    core::AuditFilter f;
    f.login = "zhangli";
    auto rows = core::AuditQuery(t.db()).exportCsv(auditor, f, path);
    QVERIFY2(rows, qPrintable(rows.error()));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray data = file.readAll();
    QVERIFY(data.startsWith("\xEF\xBB\xBF"));
    const QStringList lines = QString::fromUtf8(data.mid(3)).split("\r\n", Qt::SkipEmptyParts);
    QCOMPARE(qint64(lines.size()), rows.value() + 1);
    QVERIFY(lines.last().split(',').contains(QStringLiteral("张丽"))); // by name, not login
    QVERIFY(!data.contains(",=")); // no formula for the spreadsheet
    // The export is itself on the record.
    QCOMPARE(core::AuditLog(t.db()).forEntity("audit_log", QStringLiteral("")).value(0).action,
             QString("audit.export"));
    // Refused export leaves the previous file as it was.
    QVERIFY(!core::AuditQuery(t.db()).exportCsv(clerk, f, path));
    QFile again(path);
    QVERIFY(again.open(QIODevice::ReadOnly));
    QCOMPARE(again.readAll(), data);
}

QTEST_GUILESS_MAIN(TestAccessControl)
#include "tst_accesscontrol.moc"
