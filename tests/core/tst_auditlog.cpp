#include "audit/auditlog.h"
#include "db/auditedwrite.h"
#include "security/userstore.h"
#include "testdb.h"

#include <QJsonObject>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTest>

using namespace youfu;

class TestAuditLog : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void writesCarryActorAndTime();
    void failedChangeLeavesNoEntry();
    void refusedOutsideTransaction();
    void triggersRefuseUpdateAndDelete();
    void verifyIntact();
    void verifyCatchesTampering_data();
    void verifyCatchesTampering();

private:
    // Edits the file behind Youfu's back, as an attacker with a hex editor or sqlite3 would.
    static void tamper(const QString& path, const QStringList& statements);
};

void TestAuditLog::writesCarryActorAndTime()
{
    test::TestDb t;
    const core::Actor admin = t.admin();
    const core::Actor clerk = t.addUser("zhangli", core::Role::Clerk, QStringLiteral("张丽"));
    const auto entries = core::AuditLog(t.db()).forEntity("user", QString::number(clerk.userId));
    QCOMPARE(entries.size(), 1);
    QCOMPARE(entries[0].action, QStringLiteral("user.add"));
    QCOMPARE(entries[0].actorLogin, admin.login);
    QCOMPARE(entries[0].actorId, admin.userId);
    QCOMPARE(entries[0].at, t.clock().nowUtc());
    QVERIFY(entries[0].beforeJson.isEmpty());
    QVERIFY(entries[0].afterJson.contains(QStringLiteral("张丽")));
    QVERIFY(!entries[0].afterJson.contains("argon2"));
}

void TestAuditLog::failedChangeLeavesNoEntry()
{
    test::TestDb t;
    const core::Actor admin = t.admin();
    core::AuditLog log(t.db());
    const qint64 before = log.count();
    // A change that fails half-way leaves neither its rows nor an entry.
    const core::Status failed = core::AuditedWrite::run(
        t.db(), admin, core::Authority::of(core::Permission::ManageSettings),
        {"test.change", "thing", "1", {}, QJsonObject{{"x", 1}}},
        [&](core::WriteScope&) -> core::Status {
            QSqlQuery q(t->connection());
            if (!q.exec("INSERT INTO settings (key, value) VALUES ('test.half', 'x')"))
                return core::Status::failure("setup");
            if (!q.exec("INSERT INTO no_such_table VALUES (1)")) // the change fails
                return core::Status::failure("the second statement failed");
            return core::Status::success();
        });
    QVERIFY(!failed);
    QCOMPARE(failed.error(), QString("the second statement failed"));
    QCOMPARE(log.count(), before);
    QSqlQuery check(t->connection());
    QVERIFY(check.exec("SELECT count(*) FROM settings WHERE key = 'test.half'") && check.next());
    QCOMPARE(check.value(0).toInt(), 0);
    // A refused store write leaves nothing either.
    core::UserStore users(t.db());
    QVERIFY(!users.add(admin, {"bad login!", "x", core::Role::Clerk}, test::kTestPassword));
    QVERIFY(!users.add(admin, {"wangwu", "王五", core::Role::Clerk}, "short"));
    QCOMPARE(log.count(), before);
}

// The one write path refuses what it cannot name: no user, no permission, no action.
void TestAuditLog::refusedOutsideTransaction()
{
    test::TestDb t;
    const core::Actor admin = t.admin();
    const qint64 before = core::AuditLog(t.db()).count();
    auto noop = [](core::WriteScope&) { return core::Status::success(); };
    QVERIFY(!core::AuditedWrite::run(t.db(), core::Actor(),
                                     core::Authority::of(core::Permission::ManageSettings),
                                     {"x", "y", "1"}, noop));
    QVERIFY(!core::AuditedWrite::run(t.db(), admin,
                                     core::Authority::of(core::Permission::ApproveApplication),
                                     {"x", "y", "1"}, noop));
    QVERIFY(!core::AuditedWrite::run(
        t.db(), admin, core::Authority::of(core::Permission::ManageSettings), {}, noop));
    // An approval's effect only inside the approval's own change.
    QVERIFY(!core::AuditedWrite::run(
        t.db(), admin, core::Authority::approval("武民优审〔2026〕0001号"), {"x", "y", "1"}, noop));
    QCOMPARE(core::AuditLog(t.db()).count(), before);
    QVERIFY(core::AuditedWrite::run(t.db(), admin,
                                    core::Authority::of(core::Permission::ManageSettings),
                                    {"x", "y", "1"}, noop));
    QCOMPARE(core::AuditLog(t.db()).count(), before + 1);
}

void TestAuditLog::triggersRefuseUpdateAndDelete()
{
    test::TestDb t;
    t.admin();
    QSqlQuery q(t->connection());
    QVERIFY(!q.exec("UPDATE audit_log SET actor_login = 'someone' WHERE id = 1"));
    QVERIFY(!q.exec("DELETE FROM audit_log WHERE id = 1"));
    QVERIFY(core::AuditLog(t.db()).verify().intact);
}

void TestAuditLog::verifyIntact()
{
    test::TestDb t;
    t.admin();
    t.addUser("a1", core::Role::Clerk);
    t.addUser("a2", core::Role::Director);
    const auto r = core::AuditLog(t.db()).verify();
    QVERIFY(r.intact);
    QCOMPARE(r.entries, core::AuditLog(t.db()).count());
    QVERIFY(r.entries >= 3);
}

void TestAuditLog::verifyCatchesTampering_data()
{
    QTest::addColumn<QStringList>("statements");
    QTest::addColumn<qint64>("firstBroken");
    QTest::newRow("edited entry") << QStringList{"UPDATE audit_log SET after_json = "
                                                 "replace(after_json, 'a1', 'a9') WHERE id = 3"}
                                  << qint64(3);
    QTest::newRow("edited actor")
        << QStringList{"UPDATE audit_log SET actor_login = 'director' WHERE id = 3"} << qint64(3);
    QTest::newRow("deleted entry")
        << QStringList{"DELETE FROM audit_log WHERE id = 2"} << qint64(3);
    QTest::newRow("swapped pair") << QStringList{"UPDATE audit_log SET id = -2 WHERE id = 2",
                                                 "UPDATE audit_log SET id = 2 WHERE id = 3",
                                                 "UPDATE audit_log SET id = 3 WHERE id = -2"}
                                  << qint64(2);
    QTest::newRow("renumbered after delete")
        << QStringList{"DELETE FROM audit_log WHERE id = 2",
                       "UPDATE audit_log SET id = id - 1 WHERE id > 2"}
        << qint64(2);
}

void TestAuditLog::verifyCatchesTampering()
{
    QFETCH(QStringList, statements);
    QFETCH(qint64, firstBroken);
    test::TestDb t;
    t.admin();
    t.addUser("a1", core::Role::Clerk);
    t.addUser("a2", core::Role::Director);
    QVERIFY(core::AuditLog(t.db()).verify().intact);
    const QString path = t.path();
    t.close();
    tamper(path, statements);
    QVERIFY(t.reopen());
    const auto r = core::AuditLog(t.db()).verify();
    QVERIFY(!r.intact);
    QCOMPARE(r.firstBrokenId, firstBroken);
    QVERIFY(!r.reason.isEmpty());
}

void TestAuditLog::tamper(const QString& path, const QStringList& statements)
{
    {
        QSqlDatabase db = QSqlDatabase::addDatabase("QSQLITE", "attacker");
        db.setDatabaseName(path);
        QVERIFY(db.open());
        QSqlQuery q(db);
        QVERIFY(q.exec("DROP TRIGGER audit_log_no_update"));
        QVERIFY(q.exec("DROP TRIGGER audit_log_no_delete"));
        for (const QString& s : statements)
            QVERIFY2(q.exec(s), qPrintable(s));
        db.close();
    }
    QSqlDatabase::removeDatabase("attacker");
}

QTEST_GUILESS_MAIN(TestAuditLog)
#include "tst_auditlog.moc"
