// The keyed audit chain (issue 9): edits that recompute hashes, forged and replacing inserts,
// truncation seen against the backups' anchors, removed triggers, and the legacy boundary.
#include "audit/auditlog.h"
#include "audit/auditrow.h"
#include "backup/backupmanifest.h"
#include "backup/backupservice.h"
#include "common/isotime.h"
#include "testdb.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

using namespace youfu;
using core::Role;

class TestAuditChain : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void recomputedEditedEntryIsFound();
    void recomputedWholeChainIsFound();
    void insertOrReplaceIsRefused();
    void forgedInsertIsRefused();
    void droppedTriggersAreFound();
    void truncationIsFoundAgainstBackups_data();
    void truncationIsFoundAgainstBackups();
    void legacyEntriesStayCheckedAndPinned();
    void missingKeyIsSaid();

private:
    static void fill(test::TestDb& t);
    // Runs statements with Youfu's triggers dropped (and put back when `restoreTriggers`), as an
    // attacker with sqlite3 would; `recompute` rewrites hashes with the plain SHA-256.
    static void attack(const QString& path, const QStringList& statements, qint64 recomputeFrom,
                       bool restoreTriggers);
};

void TestAuditChain::fill(test::TestDb& t)
{
    t.admin();
    t.addUser("a1", Role::Clerk);
    t.addUser("a2", Role::Director);
    t.addUser("a3", Role::Inspector);
    QVERIFY(core::AuditLog(t.db()).verify().intact);
}

void TestAuditChain::attack(const QString& path, const QStringList& statements,
                            qint64 recomputeFrom, bool restoreTriggers)
{
    {
        QSqlDatabase db = QSqlDatabase::addDatabase("QSQLITE", "attacker");
        db.setDatabaseName(path);
        QVERIFY(db.open());
        QSqlQuery q(db);
        QStringList saved;
        QVERIFY(q.exec("SELECT sql FROM sqlite_master WHERE type = 'trigger' AND tbl_name IN "
                       "('audit_log', 'audit_chain')"));
        while (q.next())
            saved << q.value(0).toString();
        for (const char* t :
             {"audit_log_no_update", "audit_log_no_delete", "audit_log_insert_guard",
              "audit_chain_no_reseal", "audit_chain_no_delete"})
            QVERIFY(q.exec(QStringLiteral("DROP TRIGGER IF EXISTS %1").arg(QLatin1String(t))));
        for (const QString& s : statements)
            QVERIFY2(q.exec(s), qPrintable(s + ": " + q.lastError().text()));
        if (recomputeFrom > 0) {
            // The attacker knows the published scheme (the plain SHA-256 of the old versions)
            // and rewrites every hash from the edited entry on.
            QVERIFY(q.exec(QStringLiteral("SELECT %1 FROM audit_log ORDER BY id")
                               .arg(QLatin1String(core::auditrow::columns()))));
            QList<core::AuditEntry> all;
            while (q.next())
                all << core::auditrow::read(q);
            QString prev = core::AuditLog::genesisHash();
            for (core::AuditEntry& e : all) {
                if (e.id >= recomputeFrom) {
                    e.prevHash = prev;
                    e.hash = core::AuditLog::computeHash(e);
                    QSqlQuery u(db);
                    u.prepare("UPDATE audit_log SET prev_hash = ?, hash = ? WHERE id = ?");
                    u.addBindValue(e.prevHash);
                    u.addBindValue(e.hash);
                    u.addBindValue(e.id);
                    QVERIFY(u.exec());
                }
                prev = e.hash;
            }
        }
        if (restoreTriggers)
            for (const QString& s : saved)
                QVERIFY2(q.exec(s), qPrintable(s));
        db.close();
    }
    QSqlDatabase::removeDatabase("attacker");
}

void TestAuditChain::recomputedEditedEntryIsFound()
{
    test::TestDb t;
    fill(t);
    const QString path = t.path();
    t.close();
    // Entry 3 edited, its own hash recomputed: the next entry still links to the old hash.
    attack(path, {"UPDATE audit_log SET after_json = replace(after_json, 'a1', 'a9') WHERE id = 3"},
           0, true);
    {
        QSqlDatabase db = QSqlDatabase::addDatabase("QSQLITE", "attacker2");
        db.setDatabaseName(path);
        QVERIFY(db.open());
        QSqlQuery q(db);
        QVERIFY(q.exec(QStringLiteral("SELECT %1 FROM audit_log WHERE id = 3")
                           .arg(QLatin1String(core::auditrow::columns()))));
        QVERIFY(q.next());
        const core::AuditEntry e = core::auditrow::read(q);
        QVERIFY(q.exec("DROP TRIGGER audit_log_no_update"));
        QVERIFY(q.exec(QStringLiteral("UPDATE audit_log SET hash = '%1' WHERE id = 3")
                           .arg(core::AuditLog::computeHash(e))));
        db.close();
    }
    QSqlDatabase::removeDatabase("attacker2");
    QVERIFY(t.reopen());
    const auto r = core::AuditLog(t.db()).verify();
    QVERIFY(!r.intact);
    QCOMPARE(r.firstBrokenId, qint64(3)); // its plain hash is not the keyed one
}

void TestAuditChain::recomputedWholeChainIsFound()
{
    test::TestDb t;
    fill(t);
    const QString path = t.path();
    t.close();
    attack(path, {"UPDATE audit_log SET actor_login = 'a2' WHERE id = 4"}, 1, true);
    QVERIFY(t.reopen());
    const auto r = core::AuditLog(t.db()).verify();
    QVERIFY(!r.intact);
    QCOMPARE(r.firstBrokenId, qint64(1));
}

void TestAuditChain::insertOrReplaceIsRefused()
{
    test::TestDb t;
    fill(t);
    QSqlQuery q(t->connection());
    QVERIFY(!q.exec("INSERT OR REPLACE INTO audit_log (id, at, actor_login, action, entity, "
                    "prev_hash, hash) SELECT id, at, 'nobody', action, entity, prev_hash, hash "
                    "FROM audit_log WHERE id = 2"));
    QVERIFY(q.exec("SELECT actor_login FROM audit_log WHERE id = 2"));
    QVERIFY(q.next());
    QVERIFY(q.value(0).toString() != QLatin1String("nobody"));
    QVERIFY(core::AuditLog(t.db()).verify().intact);
}

void TestAuditChain::forgedInsertIsRefused()
{
    test::TestDb t;
    fill(t);
    const qint64 n = core::AuditLog(t.db()).count();
    QSqlQuery q(t->connection());
    // A wrong number, and the right number with a wrong previous hash.
    QVERIFY(!q.exec(QStringLiteral("INSERT INTO audit_log (id, at, actor_login, action, entity, "
                                   "prev_hash, hash) VALUES (%1, '2026-01-01T00:00:00Z', 'x', "
                                   "'x', 'x', 'p', 'h')")
                        .arg(n + 5)));
    QVERIFY(!q.exec(QStringLiteral("INSERT INTO audit_log (id, at, actor_login, action, entity, "
                                   "prev_hash, hash) VALUES (%1, '2026-01-01T00:00:00Z', 'x', "
                                   "'x', 'x', 'p', 'h')")
                        .arg(n + 1)));
    QCOMPARE(core::AuditLog(t.db()).count(), n);
    // One that follows the last entry gets in, but its hash is not keyed: verify finds it.
    QVERIFY(q.exec(QStringLiteral("INSERT INTO audit_log (id, at, actor_login, action, entity, "
                                  "prev_hash, hash) SELECT %1, '2026-01-01T00:00:00Z', 'x', 'x', "
                                  "'x', hash, 'h' FROM audit_log WHERE id = %2")
                       .arg(n + 1)
                       .arg(n)));
    const auto r = core::AuditLog(t.db()).verify();
    QVERIFY(!r.intact);
    QCOMPARE(r.firstBrokenId, n + 1);
}

void TestAuditChain::droppedTriggersAreFound()
{
    test::TestDb t;
    fill(t);
    const QString path = t.path();
    t.close();
    attack(path, {}, 0, false); // drops them, changes nothing else
    QVERIFY(t.reopen());
    const auto r = core::AuditLog(t.db()).verify();
    QVERIFY(!r.intact);
    QVERIFY2(r.reason.contains("trigger"), qPrintable(r.reason));
    // A trigger put back with other SQL is found too.
    t.close();
    attack(
        path,
        {"CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log WHEN 0 BEGIN SELECT 1; END",
         "CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log BEGIN SELECT "
         "RAISE(ABORT, 'the audit log cannot be deleted from'); END"},
        0, false);
    QVERIFY(t.reopen());
    QVERIFY(!core::AuditLog(t.db()).verify().intact);
}

void TestAuditChain::truncationIsFoundAgainstBackups_data()
{
    QTest::addColumn<QString>("how");
    QTest::newRow("last entries deleted") << "last";
    QTest::newRow("all entries deleted") << "all";
    QTest::newRow("edited and later hashes recomputed") << "recompute";
}

void TestAuditChain::truncationIsFoundAgainstBackups()
{
    QFETCH(QString, how);
    test::TestDb t;
    fill(t);
    auto b = core::BackupService(t.db()).backupToDefaultFolder(
        t.admin(), core::BackupService::Trigger::Manual);
    QVERIFY2(b, qPrintable(b.error()));
    auto m = core::readManifest(b->file);
    QVERIFY(m && m.value());
    const qint64 anchored = m.value()->auditEntries;
    QVERIFY(anchored >= 5);
    QVERIFY(core::AuditLog(t.db()).verify(core::anchorsIn(b->file.section('/', 0, -2))).intact);
    const QString path = t.path();
    t.close();
    if (how == "last")
        attack(path, {QStringLiteral("DELETE FROM audit_log WHERE id >= %1").arg(anchored - 1)}, 0,
               true);
    else if (how == "all")
        attack(path, {"DELETE FROM audit_log"}, 0, true);
    else
        attack(path, {"UPDATE audit_log SET actor_login = 'a3' WHERE id = 2"}, 2, true);
    QVERIFY(t.reopen());
    const auto anchors = core::anchorsIn(core::backupFolderFor(t.path()));
    QCOMPARE(anchors.size(), 1);
    const auto r = core::AuditLog(t.db()).verify(anchors);
    QVERIFY(!r.intact);
    if (how != "recompute")
        QVERIFY2(r.reason.contains("are missing"), qPrintable(r.reason));
}

void TestAuditChain::legacyEntriesStayCheckedAndPinned()
{
    // A database made by the version before the keyed chain, with entries hashed the old way.
    test::TestDb t(5);
    t.admin();
    t.addUser("a1", Role::Clerk);
    const qint64 legacy = core::AuditLog(t.db()).count();
    QVERIFY(legacy >= 2);
    QVERIFY(t.reopen()); // upgraded to the keyed chain
    t.addUser("a2", Role::Clerk);
    auto r = core::AuditLog(t.db()).verify();
    QVERIFY2(r.intact, qPrintable(r.reason));
    QCOMPARE(r.legacyUntil, legacy);
    QVERIFY(r.entries > legacy);
    const QString path = t.path();
    t.close();
    // Moving the boundary to claim every entry is legacy, and recomputing: found.
    attack(path, {"UPDATE audit_chain SET legacy_until = 1000"}, 1, true);
    QVERIFY(t.reopen());
    r = core::AuditLog(t.db()).verify();
    QVERIFY(!r.intact);
    t.close();
    // An edited legacy entry with its legacy hashes recomputed no longer fits the first keyed one.
    test::TestDb u(5);
    u.admin();
    u.addUser("a1", Role::Clerk);
    QVERIFY(u.reopen());
    u.addUser("a2", Role::Clerk);
    const QString upath = u.path();
    u.close();
    attack(upath, {"UPDATE audit_log SET actor_login = 'a1' WHERE id = 1"}, 1, true);
    QVERIFY(u.reopen());
    r = core::AuditLog(u.db()).verify();
    QVERIFY(!r.intact);
    QVERIFY(r.firstBrokenId > 1);
}

void TestAuditChain::missingKeyIsSaid()
{
    test::TestDb t;
    fill(t);
    const QString path = t.path();
    t.close();
    QVERIFY(QFile::rename(path + ".key", path + ".key.away"));
    core::OpenOptions ro;
    ro.readOnly = true;
    auto db = core::Database::open(path, ro);
    QVERIFY(db);
    const auto r = core::AuditLog(*db.value()).verify();
    QVERIFY(!r.intact);
    QVERIFY2(r.reason.contains("key file"), qPrintable(r.reason));
}

QTEST_GUILESS_MAIN(TestAuditChain)
#include "tst_auditchain.moc"
