#include "backup/backupservice.h"

#include "audit/auditlog.h"
#include "backup/backupcopy.h"
#include "backup/backupmanifest.h"
#include "db/auditedwrite.h"
#include "db/database.h"
#include "db/fileheader.h"
#include "security/permission.h"

#include <QCoreApplication>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QJsonObject>
#include <QStorageInfo>
#include <QUuid>

#include <sqlite3.h>

namespace youfu::core {

namespace {
class Tr
{
    Q_DECLARE_TR_FUNCTIONS(youfu::core::BackupService)
};

QString triggerKey(BackupService::Trigger t)
{
    switch (t) {
    case BackupService::Trigger::Manual:
        return QStringLiteral("manual");
    case BackupService::Trigger::Automatic:
        return QStringLiteral("automatic");
    case BackupService::Trigger::Exit:
        return QStringLiteral("exit");
    }
    return QString();
}

QString sqliteMessage(sqlite3* h, int rc)
{
    if ((rc & 0xff) == SQLITE_FULL)
        return Tr::tr("the disk is full");
    return QString::fromUtf8(h ? sqlite3_errmsg(h) : sqlite3_errstr(rc));
}

// The copy under its temporary name: backup, make it a self-contained file, verify.
Status copyAndVerify(Database& db, const QString& tmpPath)
{
    sqlite3* source = db.handle();
    if (!source)
        return Status::failure(Tr::tr("Internal error: the database handle is not available."));
    sqlite3* dest = nullptr;
    int rc = sqlite3_open_v2(QFile::encodeName(tmpPath).constData(), &dest,
                             SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, nullptr);
    QString problem;
    if (rc == SQLITE_OK) {
        sqlite3_backup* b = sqlite3_backup_init(dest, "main", source, "main");
        if (!b) {
            problem = sqliteMessage(dest, sqlite3_errcode(dest));
        } else {
            rc = sqlite3_backup_step(b, -1);
            const int finish = sqlite3_backup_finish(b);
            if (rc != SQLITE_DONE)
                problem = sqliteMessage(dest, rc);
            else if (finish != SQLITE_OK)
                problem = sqliteMessage(dest, finish);
        }
    } else {
        problem = sqliteMessage(dest, rc);
    }
    // A backup is one file: no write-ahead log to lose on the way to a USB disk.
    // A failing statement (a full disk above all) is said as such, not as a wrong answer.
    QString failure;
    auto scalar = [&](const char* sql) {
        sqlite3_stmt* st = nullptr;
        QStringList rows;
        int rc = sqlite3_prepare_v2(dest, sql, -1, &st, nullptr);
        if (rc == SQLITE_OK) {
            while ((rc = sqlite3_step(st)) == SQLITE_ROW)
                rows << QString::fromUtf8(
                    reinterpret_cast<const char*>(sqlite3_column_text(st, 0)));
        }
        if (rc != SQLITE_OK && rc != SQLITE_DONE && failure.isEmpty())
            failure = sqliteMessage(dest, sqlite3_extended_errcode(dest));
        sqlite3_finalize(st);
        return rows.join(QLatin1String("; "));
    };
    if (problem.isEmpty() &&
        scalar("PRAGMA journal_mode = DELETE").toLower() != QLatin1String("delete"))
        problem = failure.isEmpty() ? Tr::tr("the copy could not be made a single file") : failure;
    if (problem.isEmpty()) {
        const QString check = scalar("PRAGMA integrity_check(20)");
        if (check != QLatin1String("ok"))
            problem = Tr::tr("the copy failed its integrity check (%1)").arg(check.left(200));
    }
    if (problem.isEmpty() && scalar("PRAGMA application_id").toLongLong() != qint64(kApplicationId))
        problem = Tr::tr("the copy does not carry Youfu's mark");
    if (problem.isEmpty() && scalar("PRAGMA user_version").toInt() != db.schemaVersion())
        problem = Tr::tr("the copy has another data format than the database");
    sqlite3_close_v2(dest);
    if (problem.isEmpty() && !syncFile(tmpPath))
        problem = Tr::tr("the copy could not be flushed to the disk");
    if (!problem.isEmpty())
        return Status::failure(problem);
    return Status::success();
}

QString uniqueName(const QString& folder, const QDateTime& local)
{
    QString name = backupFileName(local);
    for (int n = 2; QFileInfo::exists(QDir(folder).filePath(name)); ++n)
        name = backupFileName(local).replace(QLatin1String(".db"), QStringLiteral("-%1.db").arg(n));
    return name;
}
} // namespace

QString BackupService::defaultFolder() const
{
    return backupFolderFor(m_db.path());
}

QDateTime BackupService::lastBackupTime() const
{
    const QList<BackupFile> list = listBackups(defaultFolder());
    return list.isEmpty() ? QDateTime() : list.first().takenAt;
}

bool BackupService::isAutomaticBackupDue() const
{
    const QDateTime last = lastBackupTime();
    if (!last.isValid())
        return true;
    const QDateTime now = m_db.clock().nowUtc().toLocalTime();
    return last.secsTo(now) >= qint64(kAutomaticIntervalHours) * 3600 || last > now.addSecs(3600);
}

Result<BackupReport> BackupService::backupTo(const Actor& actor, const QString& folder)
{
    if (Status s = require(actor, Permission::Backup); !s)
        return s;
    return write(actor, folder, Trigger::Manual);
}

Result<BackupReport> BackupService::backupToDefaultFolder(const Actor& actor, Trigger trigger,
                                                          const ThinningPolicy& policy)
{
    if (trigger == Trigger::Manual)
        if (Status s = require(actor, Permission::Backup); !s)
            return s;
    auto report = write(actor, defaultFolder(), trigger);
    if (!report)
        return report;
    // Thinning only ever looks at Youfu's own names in Youfu's own folder.
    const QList<BackupFile> all = listBackups(defaultFolder());
    QList<QDateTime> times;
    for (const BackupFile& b : all)
        times << b.takenAt;
    const QList<QDateTime> keep = backupsToKeep(times, policy);
    QSet<QDateTime> keptOnce;
    for (const BackupFile& b : all) {
        if (keep.contains(b.takenAt) && !keptOnce.contains(b.takenAt)) {
            keptOnce.insert(b.takenAt);
            continue;
        }
        if (b.path == report->file)
            continue;
        if (QFile::remove(b.path)) {
            QFile::remove(b.path + QStringLiteral(".key"));
            QFile::remove(manifestPathFor(b.path));
            report.value().removed << QFileInfo(b.path).fileName();
        }
    }
    return report;
}

Result<BackupReport> BackupService::write(const Actor& actor, const QString& folder,
                                          Trigger trigger)
{
    if (!QDir().mkpath(folder))
        return Status::failure(Tr::tr("Cannot create the backup folder “%1”.").arg(folder));
    const QDateTime local = m_db.clock().nowUtc().toLocalTime();
    const QString tmp = QDir(folder).filePath(
        QStringLiteral(".youfu-backup-%1.tmp").arg(QUuid::createUuid().toString(QUuid::Id128)));
    // Where the chain stands in the copy: the same connection, so nothing is written between.
    auto head = AuditLog(m_db).head();
    if (!head)
        return head.status();
    auto removeTmp = [&tmp] {
        for (const char* suffix : {"", "-journal", "-wal", "-shm"})
            QFile::remove(tmp + QLatin1String(suffix));
    };
    Status made = copyAndVerify(m_db, tmp);
    BackupManifest manifest;
    if (made) {
        auto digest = sha256OfFile(tmp);
        if (!digest)
            made = digest.status();
        else
            manifest.sha256 = digest.value();
    }
    if (!made) {
        // SQLite reports a write that ran out of room as a full disk or as an I/O error: the
        // room left (before the part-copy is removed) tells which.
        if (QStorageInfo(folder).bytesAvailable() < (1 << 20))
            made = Status::failure(Tr::tr("the disk is full"));
        removeTmp();
        return Status::failure(Tr::tr("The backup into “%1” failed: %2. The earlier backups are "
                                      "untouched.")
                                   .arg(QDir::toNativeSeparators(folder), made.error()));
    }
    const QString finalPath = QDir(folder).filePath(uniqueName(folder, local));
    manifest.file = QFileInfo(finalPath).fileName();
    manifest.bytes = QFileInfo(tmp).size();
    manifest.takenAt = head->takenAt;
    manifest.auditEntries = head->entries;
    manifest.auditHead = head->headHash;
    if (Status s = writeManifest(finalPath, manifest); !s) {
        removeTmp();
        QFile::remove(manifestPathFor(finalPath));
        const QString why = QStorageInfo(folder).bytesAvailable() < (1 << 16)
                                ? Tr::tr("the disk is full")
                                : s.error();
        return Status::failure(Tr::tr("The backup into “%1” failed: %2. The earlier backups are "
                                      "untouched.")
                                   .arg(QDir::toNativeSeparators(folder), why));
    }
    if (!QFile::rename(tmp, finalPath)) {
        removeTmp();
        QFile::remove(manifestPathFor(finalPath));
        return Status::failure(Tr::tr("The backup could not be saved as “%1”.").arg(finalPath));
    }
    syncFolder(folder);

    BackupReport report;
    report.file = finalPath;
    report.bytes = QFileInfo(finalPath).size();
    auto copied = copyMissingFiles(scansFolderFor(m_db.path()),
                                   QDir(folder).filePath(QStringLiteral("scans")));
    if (!copied)
        return Status::failure(Tr::tr("The database was backed up to “%1”, but the scanned "
                                      "documents were not: %2")
                                   .arg(finalPath, copied.error()));
    report.scansCopied = copied.value();
    const QString key = keyFileFor(m_db.path());
    if (QFileInfo::exists(key)) {
        if (Status s = copyFileAtomically(key, finalPath + QStringLiteral(".key")); !s)
            return Status::failure(Tr::tr("The database was backed up to “%1”, but its key file "
                                          "was not: %2. Without the key the phone and bank "
                                          "numbers in the backup cannot be read.")
                                       .arg(finalPath, s.error()));
        report.keyCopied = true;
    }

    if (!m_db.isReadOnly()) {
        // Automatic backups (on a timer, on exit) are the program's own duty, whoever is
        // logged in; the entry still names them.
        const bool automatic = trigger != Trigger::Manual || actor.login.isEmpty();
        const Actor who = actor.login.isEmpty() ? Actor::bootstrap(QStringLiteral("youfu")) : actor;
        if (Status s = AuditedWrite::run(
                m_db, who, automatic ? Authority::system() : Authority::of(Permission::Backup),
                {QStringLiteral("backup.create"),
                 QStringLiteral("backup"),
                 QFileInfo(finalPath).fileName(),
                 {},
                 QJsonObject{{QStringLiteral("folder"), QDir::toNativeSeparators(folder)},
                             {QStringLiteral("trigger"), triggerKey(trigger)},
                             {QStringLiteral("bytes"), report.bytes},
                             {QStringLiteral("scans_copied"), report.scansCopied},
                             {QStringLiteral("key_copied"), report.keyCopied}}},
                [](WriteScope&) { return Status::success(); });
            !s)
            return Status::failure(Tr::tr("The backup “%1” was made, but it could not be "
                                          "recorded in the audit log: %2")
                                       .arg(finalPath, s.error()));
    }
    return report;
}

} // namespace youfu::core
