// Backups are verified copies; thinning keeps 7 daily, 4 weekly, 12 monthly and the newest;
// restore keeps every backup and the previous database.
#include "audit/auditlog.h"
#include "backup/backupfolder.h"
#include "backup/backupservice.h"
#include "backup/backupthinning.h"
#include "backup/restoreservice.h"
#include "db/fileheader.h"
#include "db/writerlock.h"
#include "security/userstore.h"
#include "testdb.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTest>

using namespace youfu;
using core::Role;

namespace {
QByteArray digest(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return QByteArray();
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256);
}

QMap<QString, QByteArray> folderDigests(const QString& folder)
{
    QMap<QString, QByteArray> m;
    for (const QFileInfo& fi : QDir(folder).entryInfoList(QDir::Files))
        m[fi.fileName()] = digest(fi.absoluteFilePath());
    return m;
}

QStringList rawPragmas(const QString& path, const QStringList& pragmas)
{
    QStringList values;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase("QSQLITE", "raw");
        db.setDatabaseName(path);
        db.setConnectOptions("QSQLITE_OPEN_READONLY");
        if (db.open()) {
            QSqlQuery q(db);
            for (const QString& p : pragmas)
                values << (q.exec("PRAGMA " + p) && q.next() ? q.value(0).toString() : QString());
        }
        db.close();
    }
    QSqlDatabase::removeDatabase("raw");
    return values;
}

QDateTime dt(const QString& s)
{
    return QDateTime::fromString(s, "yyyy-MM-dd HH:mm");
}
} // namespace

class TestBackup : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void backupIsVerifiedYoufuFile();
    void backupPermission_data();
    void backupPermission();
    void scansAndKeyGoAlong();
    void thinning_data();
    void thinning();
    void thinningInFolderTouchesOnlyOldBackups();
    void automaticBackupDueDaily();
    void restoreKeepsBackupsAndPrevious();
    void restoreRefusedWhileHeld();
    void restoreRefusesBadFiles_data();
    void restoreRefusesBadFiles();
    void restoreNeedsAdmin();
};

void TestBackup::backupIsVerifiedYoufuFile()
{
    test::TestDb t;
    const core::Actor admin = t.admin();
    t.addUser("zhangli", Role::Clerk);
    auto r = core::BackupService(t.db()).backupToDefaultFolder(
        admin, core::BackupService::Trigger::Manual);
    QVERIFY2(r, qPrintable(r.error()));
    QCOMPARE(QFileInfo(r->file).absolutePath(), QDir(t.dir()).filePath("backups"));
    QDateTime when;
    QVERIFY(core::parseBackupFileName(QFileInfo(r->file).fileName(), &when));
    QCOMPARE(when, t.clock().nowUtc().toLocalTime());
    const QStringList p = rawPragmas(r->file, {"integrity_check", "application_id", "user_version",
                                               "journal_mode", "(SELECT count(*) FROM users)"});
    QCOMPARE(p.value(0), QString("ok"));
    QCOMPARE(p.value(1).toLongLong(), qint64(core::kApplicationId));
    QCOMPARE(p.value(2).toInt(), t->schemaVersion());
    QCOMPARE(p.value(3), QString("delete")); // one self-contained file
    QVERIFY(!QFile::exists(r->file + "-wal"));
    // No temporary file is left behind.
    QCOMPARE(QDir(QFileInfo(r->file).absolutePath())
                 .entryList({".youfu-backup-*"}, QDir::Files | QDir::Hidden)
                 .size(),
             0);
    auto entries = core::AuditLog(t.db()).forEntity("backup", QFileInfo(r->file).fileName());
    QCOMPARE(entries.size(), 1);
    QCOMPARE(entries.first().action, QString("backup.create"));
    QCOMPARE(core::BackupService(t.db()).lastBackupTime(), when);
}

void TestBackup::backupPermission_data()
{
    QTest::addColumn<int>("role");
    QTest::addColumn<bool>("allowed");
    QTest::newRow("clerk") << int(Role::Clerk) << true;
    QTest::newRow("section chief") << int(Role::SectionChief) << true;
    QTest::newRow("admin") << int(Role::Admin) << true;
    QTest::newRow("inspector") << int(Role::Inspector) << false;
    QTest::newRow("director") << int(Role::Director) << false;
    QTest::newRow("auditor") << int(Role::Auditor) << false;
}

void TestBackup::backupPermission()
{
    QFETCH(int, role);
    QFETCH(bool, allowed);
    test::TestDb t;
    const core::Actor who =
        role == int(Role::Admin) ? t.admin() : t.addUser("u1", core::Roles(Role(role)));
    core::BackupService s(t.db());
    QCOMPARE(s.backupToDefaultFolder(who, core::BackupService::Trigger::Manual).isOk(), allowed);
    QCOMPARE(s.backupTo(who, QDir(t.dir()).filePath("usb")).isOk(), allowed);
    // The automatic backup is the program's duty, whoever is logged in.
    QVERIFY(s.backupToDefaultFolder(who, core::BackupService::Trigger::Exit));
}

void TestBackup::scansAndKeyGoAlong()
{
    test::TestDb t;
    const core::Actor admin = t.admin();
    QVERIFY(QDir().mkpath(t.dir() + "/scans/ab"));
    for (const char* name : {"scans/ab/ab01.pdf", "scans/ab/ab02.jpg"}) {
        QFile f(QDir(t.dir()).filePath(name));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(name);
    }
    {
        QFile key(core::keyFileFor(t.path()));
        QVERIFY(key.open(QIODevice::WriteOnly));
        key.write("0123456789abcdef0123456789abcdef");
    }
    const QString usb = QDir(t.dir()).filePath("usb");
    core::BackupService s(t.db());
    auto first = s.backupTo(admin, usb);
    QVERIFY2(first, qPrintable(first.error()));
    QCOMPARE(first->scansCopied, 2);
    QVERIFY(first->keyCopied);
    QCOMPARE(digest(first->file + ".key"), digest(core::keyFileFor(t.path())));
    QCOMPARE(digest(usb + "/scans/ab/ab01.pdf"), digest(t.dir() + "/scans/ab/ab01.pdf"));
    t.clock().advanceSeconds(5);
    auto second = s.backupTo(admin, usb);
    QVERIFY(second);
    QCOMPARE(second->scansCopied, 0); // content-addressed: only missing names are copied
    QVERIFY(second->file != first->file);
}

void TestBackup::thinning_data()
{
    QTest::addColumn<QStringList>("taken");
    QTest::addColumn<QStringList>("kept");
    QTest::addColumn<int>("daily");
    QTest::addColumn<int>("weekly");
    QTest::addColumn<int>("monthly");
    QTest::newRow("none") << QStringList() << QStringList() << 7 << 4 << 12;
    QTest::newRow("one") << QStringList{"2026-11-29 08:00"} << QStringList{"2026-11-29 08:00"} << 7
                         << 4 << 12;
    QTest::newRow("same day: newest of the day")
        << QStringList{"2026-11-29 08:00", "2026-11-29 12:00", "2026-11-29 17:30"}
        << QStringList{"2026-11-29 17:30"} << 7 << 4 << 12;
    QTest::newRow("nothing to keep: newest still kept")
        << QStringList{"2026-11-29 08:00", "2026-11-28 08:00"} << QStringList{"2026-11-29 08:00"}
        << 0 << 0 << 0;
    QTest::newRow("ten days: 7 daily, the rest by week and month")
        << QStringList{"2026-11-20 09:00", "2026-11-21 09:00", "2026-11-22 09:00",
                       "2026-11-23 09:00", "2026-11-24 09:00", "2026-11-25 09:00",
                       "2026-11-26 09:00", "2026-11-27 09:00", "2026-11-28 09:00",
                       "2026-11-29 09:00"}
        // daily: 23rd to 29th; weekly adds the 22nd (newest of ISO week 47); monthly adds nothing
        << QStringList{"2026-11-29 09:00", "2026-11-28 09:00", "2026-11-27 09:00",
                       "2026-11-26 09:00", "2026-11-25 09:00", "2026-11-24 09:00",
                       "2026-11-23 09:00", "2026-11-22 09:00"}
        << 7 << 4 << 12;
    QTest::newRow("monthly over a year and a half")
        << QStringList{"2025-05-01 10:00", "2025-06-01 10:00", "2025-07-01 10:00",
                       "2025-08-01 10:00", "2025-09-01 10:00", "2025-10-01 10:00",
                       "2025-11-01 10:00", "2025-12-01 10:00", "2026-01-01 10:00",
                       "2026-02-01 10:00", "2026-03-01 10:00", "2026-04-01 10:00",
                       "2026-05-01 10:00", "2026-06-01 10:00", "2026-06-15 10:00"}
        << QStringList{"2026-06-15 10:00", "2026-05-01 10:00", "2026-04-01 10:00",
                       "2026-03-01 10:00", "2026-02-01 10:00", "2026-01-01 10:00",
                       "2025-12-01 10:00", "2025-11-01 10:00", "2025-10-01 10:00",
                       "2025-09-01 10:00", "2025-08-01 10:00", "2025-07-01 10:00"}
        << 0 << 0 << 12;
    QTest::newRow("weekly only: newest of each ISO week")
        << QStringList{"2026-11-02 10:00", "2026-11-08 10:00", "2026-11-09 10:00",
                       "2026-11-16 10:00", "2026-11-20 10:00", "2026-11-29 10:00",
                       "2026-10-01 10:00"}
        << QStringList{"2026-11-29 10:00", "2026-11-20 10:00", "2026-11-09 10:00",
                       "2026-11-08 10:00"}
        << 0 << 4 << 0;
    QTest::newRow("order of input does not matter")
        << QStringList{"2026-11-27 09:00", "2026-11-29 09:00", "2026-11-28 09:00"}
        << QStringList{"2026-11-29 09:00", "2026-11-28 09:00"} << 2 << 0 << 0;
}

void TestBackup::thinning()
{
    QFETCH(QStringList, taken);
    QFETCH(QStringList, kept);
    QFETCH(int, daily);
    QFETCH(int, weekly);
    QFETCH(int, monthly);
    QList<QDateTime> times;
    for (const QString& s : taken)
        times << dt(s);
    QStringList actual;
    for (const QDateTime& d : core::backupsToKeep(times, {daily, weekly, monthly}))
        actual << d.toString("yyyy-MM-dd HH:mm");
    QCOMPARE(actual, kept);
}

void TestBackup::thinningInFolderTouchesOnlyOldBackups()
{
    test::TestDb t;
    const core::Actor admin = t.admin();
    core::BackupService s(t.db());
    auto first = s.backupToDefaultFolder(admin, core::BackupService::Trigger::Manual);
    QVERIFY(first);
    const QString folder = s.defaultFolder();
    // Old backups from the last 40 days, and somebody's own file.
    for (int d = 1; d <= 40; ++d) {
        const QString name =
            core::backupFileName(QDateTime(QDate(2026, 11, 29).addDays(-d), QTime(9, 0)));
        QVERIFY(QFile::copy(first->file, QDir(folder).filePath(name)));
    }
    QFile notes(QDir(folder).filePath("notes.txt"));
    QVERIFY(notes.open(QIODevice::WriteOnly));
    notes.close();
    t.clock().advanceSeconds(60);
    auto r = s.backupToDefaultFolder(admin, core::BackupService::Trigger::Automatic, {3, 2, 2});
    QVERIFY2(r, qPrintable(r.error()));
    const QList<core::BackupFile> left = core::listBackups(folder);
    QStringList names;
    for (const auto& b : left)
        names << b.takenAt.toString("MM-dd HH:mm");
    // Newest (today 10:01, local time differs per TZ so compare by position), 3 days,
    // 2 weeks, 2 months.
    QCOMPARE(left.first().path, r->file);
    QVERIFY2(left.size() <= 1 + 3 + 2 + 2 && left.size() >= 4, qPrintable(names.join(", ")));
    QVERIFY(QFile::exists(QDir(folder).filePath("notes.txt")));
    QVERIFY(!r->removed.isEmpty());
    for (const QString& gone : r->removed)
        QVERIFY(!QFile::exists(QDir(folder).filePath(gone)));
}

void TestBackup::automaticBackupDueDaily()
{
    test::TestDb t;
    core::BackupService s(t.db());
    QVERIFY(s.isAutomaticBackupDue());
    QVERIFY(s.backupToDefaultFolder(t.admin(), core::BackupService::Trigger::Automatic));
    QVERIFY(!s.isAutomaticBackupDue());
    t.clock().advanceSeconds(23 * 3600);
    QVERIFY(!s.isAutomaticBackupDue());
    t.clock().advanceSeconds(3600);
    QVERIFY(s.isAutomaticBackupDue());
}

void TestBackup::restoreKeepsBackupsAndPrevious()
{
    test::TestDb t;
    const core::Actor admin = t.admin();
    core::BackupService s(t.db());
    auto older = s.backupToDefaultFolder(admin, core::BackupService::Trigger::Manual);
    QVERIFY(older);
    t.addUser("zhangli", Role::Clerk); // after the backup
    t.clock().advanceDays(1);          // the newest of each day is kept by the thinning
    QVERIFY(s.backupToDefaultFolder(admin, core::BackupService::Trigger::Manual));
    t.addUser("lisi", Role::Clerk);
    const QString folder = s.defaultFolder();
    const auto backupsBefore = folderDigests(folder);
    QCOMPARE(backupsBefore.size(), 6); // two backups, each with its key and its manifest
    t.close();
    const QByteArray currentBefore = digest(t.path());

    core::FixedClock clock(QDateTime(QDate(2026, 11, 30), QTime(3, 0), Qt::UTC));
    auto r = core::RestoreService::restore(admin, older->file, t.path(), clock);
    QVERIFY2(r, qPrintable(r.error()));
    QCOMPARE(folderDigests(folder), backupsBefore); // every backup kept, untouched
    QVERIFY(QFile::exists(r->keptAside));
    QCOMPARE(digest(r->keptAside), currentBefore);
    QVERIFY(r->keptAside.contains("before-restore-"));

    QVERIFY(t.reopen());
    core::UserStore users(t.db());
    QVERIFY(users.byLogin("admin"));
    QVERIFY(!users.byLogin("zhangli"));
    QVERIFY(!users.byLogin("lisi"));
    QVERIFY(core::AuditLog(t.db()).verify().intact);
    QCOMPARE(
        core::AuditLog(t.db()).forEntity("backup", QFileInfo(older->file).fileName()).last().action,
        QString("backup.restore"));
    // A second restore keeps the first one's set-aside file too.
    t.close();
    auto again = core::RestoreService::restore(admin, older->file, t.path(), clock);
    QVERIFY2(again, qPrintable(again.error()));
    QVERIFY(QFile::exists(r->keptAside));
    QVERIFY(QFile::exists(again->keptAside));
    QVERIFY(again->keptAside != r->keptAside);
}

void TestBackup::restoreRefusedWhileHeld()
{
    test::TestDb t;
    const core::Actor admin = t.admin();
    auto b = core::BackupService(t.db()).backupToDefaultFolder(
        admin, core::BackupService::Trigger::Manual);
    QVERIFY(b);
    const QByteArray before = digest(t.path());
    auto r = core::RestoreService::restore(admin, b->file, t.path(), t.clock());
    QVERIFY(!r);
    QVERIFY2(r.error().contains("already open for writing"), qPrintable(r.error()));
    QCOMPARE(digest(t.path()), before);
    QCOMPARE(core::listBackups(core::backupFolderFor(t.path())).size(), 1);
}

void TestBackup::restoreRefusesBadFiles_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("expected");
    QTest::newRow("text file") << "text"
                               << "not a Youfu backup";
    QTest::newRow("newer Youfu") << "newer"
                                 << "newer version";
    QTest::newRow("damaged") << "damaged"
                             << "damaged";
}

void TestBackup::restoreRefusesBadFiles()
{
    QFETCH(QString, kind);
    QFETCH(QString, expected);
    test::TestDb t;
    const core::Actor admin = t.admin();
    auto b = core::BackupService(t.db()).backupToDefaultFolder(
        admin, core::BackupService::Trigger::Manual);
    QVERIFY(b);
    const QString bad = QDir(t.dir()).filePath("bad.db");
    QVERIFY(QFile::copy(b->file, bad));
    {
        QFile f(bad);
        QVERIFY(f.open(QIODevice::ReadWrite));
        if (kind == "text") {
            f.write("张三,430581194912310021\n");
        } else if (kind == "newer") {
            QVERIFY(f.seek(60)); // user_version, big-endian
            const int v = core::Database::latestSchemaVersion() + 1;
            const char bytes[4] = {char(v >> 24), char(v >> 16), char(v >> 8), char(v)};
            f.write(bytes, 4);
        } else {
            QVERIFY(f.seek(4096 * 2));
            f.write(QByteArray(4096, '\x5a'));
        }
    }
    t.close();
    const QByteArray current = digest(t.path());
    auto r = core::RestoreService::restore(admin, bad, t.path(), t.clock());
    QVERIFY(!r);
    QVERIFY2(r.error().contains(expected), qPrintable(r.error()));
    QCOMPARE(digest(t.path()), current);
    QCOMPARE(QDir(t.dir()).entryList({"*before-restore*"}).size(), 0);
}

void TestBackup::restoreNeedsAdmin()
{
    test::TestDb t;
    const core::Actor clerk = t.addUser("zhangli", Role::Clerk);
    auto b = core::BackupService(t.db()).backupToDefaultFolder(
        clerk, core::BackupService::Trigger::Manual);
    QVERIFY(b);
    t.close();
    auto r = core::RestoreService::restore(clerk, b->file, t.path(), t.clock());
    QVERIFY(!r);
    QVERIFY2(r.error().contains("may not"), qPrintable(r.error()));
}

QTEST_GUILESS_MAIN(TestBackup)
#include "tst_backup.moc"
