// Restore and backup guards (issue 9): a changed backup is refused, every encrypted number must
// decrypt with the backup's key, the backup's key is put in place (the current one kept aside),
// the set-aside file holds what was only in its write-ahead log, a full disk is said as such
// and leaves no junk, and the default keeping rules are the documented ones.
#include "audit/auditlog.h"
#include "backup/backupfolder.h"
#include "backup/backupmanifest.h"
#include "backup/backupservice.h"
#include "backup/backupthinning.h"
#include "backup/restoreservice.h"
#include "registry/personstore.h"
#include "security/fieldcipher.h"
#include "testdb.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <sqlite3.h>
#include <unistd.h>

using namespace youfu;
using core::Role;

class TestRestoreGuard : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void changedBackupIsRefused();
    void changedEncryptedNumberIsRefused();
    void backupKeyIsPutInPlace();
    void setAsideFileHoldsWhatWasOnlyInTheLog();
    void restoreIsRecordedInTheRestoredLog();
    void fullDiskIsSaidAndLeavesNothing();
    void defaultKeepingRules();

private:
    static qint64 addPerson(test::TestDb& t, const QString& id);
    static void edit(const QString& path, const QString& sql);
    static QByteArray digest(const QString& path);
};

qint64 TestRestoreGuard::addPerson(test::TestDb& t, const QString& id)
{
    const core::Actor clerk = t.addUser("zhangli", Role::Clerk, QString::fromUtf8("张丽"));
    core::PersonDraft d;
    d.name = QString::fromUtf8("李建国");
    d.citizenId = id;
    d.phone = QStringLiteral("13807391234");
    d.townshipCode = "430581001";
    d.villageCode = "430581001001";
    d.address = QString::fromUtf8("辕门口街道东塔社区3栋201号");
    d.bankName = QString::fromUtf8("湖南武冈农村商业银行");
    d.bankAccount = QStringLiteral("6230901234567890123");
    auto r = core::PersonStore(t.db()).add(clerk, d);
    if (!r.isOk())
        qWarning("%s", qPrintable(r.status.error()));
    return r.id;
}

void TestRestoreGuard::edit(const QString& path, const QString& sql)
{
    {
        QSqlDatabase db = QSqlDatabase::addDatabase("QSQLITE", "editor");
        db.setDatabaseName(path);
        QVERIFY(db.open());
        QSqlQuery q(db);
        QVERIFY2(q.exec(sql), qPrintable(sql));
        db.close();
    }
    QSqlDatabase::removeDatabase("editor");
}

QByteArray TestRestoreGuard::digest(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return QByteArray();
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256);
}

void TestRestoreGuard::changedBackupIsRefused()
{
    test::TestDb t;
    const core::Actor admin = t.admin();
    QVERIFY(addPerson(t, "430581195203140010") > 0);
    auto b = core::BackupService(t.db()).backupToDefaultFolder(
        admin, core::BackupService::Trigger::Manual);
    QVERIFY2(b, qPrintable(b.error()));
    QVERIFY(QFile::exists(core::manifestPathFor(b->file)));
    QCOMPARE(QFile::permissions(core::manifestPathFor(b->file)) & 0x0077,
             QFileDevice::Permissions());
    // One character of the address.
    edit(b->file, QString::fromUtf8("UPDATE persons SET address = replace(address, '201', '202')"));
    t.close();
    const QByteArray before = digest(t.path());
    core::FixedClock clock(QDateTime(QDate(2026, 11, 30), QTime(3, 0), Qt::UTC));
    auto r = core::RestoreService::restore(admin, b->file, t.path(), clock);
    QVERIFY(!r);
    QVERIFY2(r.error().contains("changed after it was made"), qPrintable(r.error()));
    QCOMPARE(digest(t.path()), before);
    QVERIFY(!QFile::exists(t.path() + ".restoring"));
}

void TestRestoreGuard::changedEncryptedNumberIsRefused()
{
    test::TestDb t;
    const core::Actor admin = t.admin();
    QVERIFY(addPerson(t, "430581195203140010") > 0);
    auto b = core::BackupService(t.db()).backupToDefaultFolder(
        admin, core::BackupService::Trigger::Manual);
    QVERIFY2(b, qPrintable(b.error()));
    // One character of the encrypted bank number, and the fingerprint rewritten to match.
    edit(b->file, "UPDATE persons SET bank_account_enc = substr(bank_account_enc, 1, 10) || "
                  "CASE substr(bank_account_enc, 11, 1) WHEN 'A' THEN 'B' ELSE 'A' END || "
                  "substr(bank_account_enc, 12)");
    QFile mf(core::manifestPathFor(b->file));
    QVERIFY(mf.open(QIODevice::ReadOnly));
    QJsonObject o = QJsonDocument::fromJson(mf.readAll()).object();
    mf.close();
    o["sha256"] = QString::fromLatin1(digest(b->file).toHex());
    QVERIFY(mf.open(QIODevice::WriteOnly | QIODevice::Truncate));
    mf.write(QJsonDocument(o).toJson());
    mf.close();
    t.close();
    const QByteArray before = digest(t.path());
    core::FixedClock clock(QDateTime(QDate(2026, 11, 30), QTime(3, 0), Qt::UTC));
    auto r = core::RestoreService::restore(admin, b->file, t.path(), clock);
    QVERIFY(!r);
    QVERIFY2(r.error().contains("cannot be read with its key"), qPrintable(r.error()));
    QCOMPARE(digest(t.path()), before);
}

void TestRestoreGuard::backupKeyIsPutInPlace()
{
    // Database B's backup restored in place of database A.
    test::TestDb a;
    const core::Actor admin = a.admin();
    QVERIFY(addPerson(a, "430581195203140010") > 0);
    test::TestDb b;
    b.admin();
    const qint64 pid = addPerson(b, "430581195203140010");
    QVERIFY(pid > 0);
    auto bb = core::BackupService(b.db()).backupToDefaultFolder(
        b.admin(), core::BackupService::Trigger::Manual);
    QVERIFY2(bb, qPrintable(bb.error()));
    const QByteArray keyA = digest(a.path() + ".key");
    const QByteArray keyB = digest(b.path() + ".key");
    QVERIFY(keyA != keyB);
    a.close();
    core::FixedClock clock(QDateTime(QDate(2026, 11, 30), QTime(3, 0), Qt::UTC));
    auto r = core::RestoreService::restore(admin, bb->file, a.path(), clock);
    QVERIFY2(r, qPrintable(r.error()));
    QVERIFY(r->keyRestored);
    QCOMPARE(digest(a.path() + ".key"), keyB);
    QCOMPARE(digest(r->keptAside + ".key"), keyA);
    QVERIFY(a.reopen());
    auto p = core::PersonStore(a.db()).byId(pid);
    QVERIFY(p);
    QVERIFY(core::AuditLog(a.db()).verify().intact);
}

void TestRestoreGuard::setAsideFileHoldsWhatWasOnlyInTheLog()
{
    test::TestDb t;
    const core::Actor admin = t.admin();
    auto b = core::BackupService(t.db()).backupToDefaultFolder(
        admin, core::BackupService::Trigger::Manual);
    QVERIFY2(b, qPrintable(b.error()));
    t.close();
    // A committed change left only in the write-ahead log (a program killed before its
    // checkpoint).
    sqlite3* h = nullptr;
    QCOMPARE(sqlite3_open(QFile::encodeName(t.path()).constData(), &h), SQLITE_OK);
    QCOMPARE(sqlite3_db_config(h, SQLITE_DBCONFIG_NO_CKPT_ON_CLOSE, 1, nullptr), SQLITE_OK);
    QCOMPARE(sqlite3_exec(h,
                          "PRAGMA wal_autocheckpoint = 0; INSERT INTO settings (key, value) "
                          "VALUES ('only.in.wal', 'yes')",
                          nullptr, nullptr, nullptr),
             SQLITE_OK);
    sqlite3_close(h);
    QVERIFY(QFileInfo(t.path() + "-wal").size() > 0);
    core::FixedClock clock(QDateTime(QDate(2026, 11, 30), QTime(3, 0), Qt::UTC));
    auto r = core::RestoreService::restore(admin, b->file, t.path(), clock);
    QVERIFY2(r, qPrintable(r.error()));
    // The set-aside file alone (as it would be copied away) holds the change.
    QTemporaryDir away;
    const QString copy = away.filePath("aside.db");
    QVERIFY(QFile::copy(r->keptAside, copy));
    edit(copy, "SELECT 1");
    {
        QSqlDatabase db = QSqlDatabase::addDatabase("QSQLITE", "reader");
        db.setDatabaseName(copy);
        QVERIFY(db.open());
        QSqlQuery q(db);
        QVERIFY(q.exec("SELECT value FROM settings WHERE key = 'only.in.wal'"));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("yes"));
        db.close();
    }
    QSqlDatabase::removeDatabase("reader");
}

void TestRestoreGuard::restoreIsRecordedInTheRestoredLog()
{
    test::TestDb t;
    const core::Actor admin = t.admin();
    auto b = core::BackupService(t.db()).backupToDefaultFolder(
        admin, core::BackupService::Trigger::Manual);
    QVERIFY2(b, qPrintable(b.error()));
    t.close();
    core::FixedClock clock(QDateTime(QDate(2026, 11, 30), QTime(3, 0), Qt::UTC));
    auto r = core::RestoreService::restore(admin, b->file, t.path(), clock);
    QVERIFY2(r, qPrintable(r.error()));
    QVERIFY(!QFile::exists(t.path() + "-wal") || QFileInfo(t.path() + "-wal").size() == 0);
    QVERIFY(t.reopen());
    const auto entries = core::AuditLog(t.db()).forEntity("backup", QFileInfo(b->file).fileName());
    QVERIFY(!entries.isEmpty());
    QCOMPARE(entries.last().action, QStringLiteral("backup.restore"));
    // The backups made before the restore hold more than the restored log: not a truncation.
    const auto v = core::AuditLog(t.db()).verify(core::anchorsIn(core::backupFolderFor(t.path())));
    QVERIFY2(v.intact, qPrintable(v.reason));
}

void TestRestoreGuard::fullDiskIsSaidAndLeavesNothing()
{
    if (::geteuid() != 0)
        QSKIP("needs root to mount a small tmpfs");
    test::TestDb t;
    const core::Actor admin = t.admin();
    QVERIFY(addPerson(t, "430581195203140010") > 0);
    const qint64 size = QFileInfo(t.path()).size() + QFileInfo(t.path() + "-wal").size();
    QTemporaryDir mount;
    int failures = 0;
    for (qint64 kb = 64; kb <= size / 1024 * 3; kb += 48) {
        const QString dir = mount.filePath(QString::number(kb));
        QVERIFY(QDir().mkpath(dir));
        if (QProcess::execute("mount", {"-t", "tmpfs", "-o", QStringLiteral("size=%1k").arg(kb),
                                        "tmpfs", dir}) != 0)
            QSKIP("cannot mount a tmpfs here");
        auto r = core::BackupService(t.db()).backupTo(admin, dir);
        QStringList left = QDir(dir).entryList(QDir::Files | QDir::Hidden);
        QProcess::execute("umount", {dir});
        if (r)
            continue;
        ++failures;
        QVERIFY2(r.error().contains("the disk is full"), qPrintable(r.error()));
        QVERIFY2(left.isEmpty(), qPrintable(left.join(", ")));
    }
    QVERIFY(failures > 0);
}

void TestRestoreGuard::defaultKeepingRules()
{
    // One backup a day, 10 to 29 November 2026 (the 29th is a Sunday). The defaults keep the
    // 7 newest days (23–29), the newest of each earlier ISO week (22, 15) and of the month.
    QList<QDateTime> times;
    for (int day = 10; day <= 29; ++day)
        times << QDateTime(QDate(2026, 11, day), QTime(12, 0));
    const QList<QDateTime> keep = core::backupsToKeep(times);
    QList<int> days;
    for (const QDateTime& k : keep)
        days << k.date().day();
    QCOMPARE(days, (QList<int>{29, 28, 27, 26, 25, 24, 23, 22, 15}));
    const core::ThinningPolicy defaults;
    QCOMPARE(defaults.daily, 7);
    QCOMPARE(defaults.weekly, 4);
    QCOMPARE(defaults.monthly, 12);
}

QTEST_GUILESS_MAIN(TestRestoreGuard)
#include "tst_restoreguard.moc"
