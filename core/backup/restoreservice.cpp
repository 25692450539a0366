#include "backup/restoreservice.h"

#include "backup/backupcopy.h"
#include "backup/backupfolder.h"
#include "db/database.h"
#include "db/fileheader.h"
#include "db/auditedwrite.h"
#include "db/writerlock.h"
#include "security/fieldcipher.h"
#include "security/permission.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonObject>

namespace youfu::core {

namespace {
class Tr
{
    Q_DECLARE_TR_FUNCTIONS(youfu::core::RestoreService)
};

QByteArray fileDigest(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return QByteArray();
    QCryptographicHash h(QCryptographicHash::Sha256);
    h.addData(&f);
    return h.result();
}
} // namespace

Status RestoreService::checkBackupFile(const QString& backupFile)
{
    QFile f(backupFile);
    if (!f.open(QIODevice::ReadOnly))
        return Status::failure(
            Tr::tr("Cannot read the backup “%1”: %2").arg(backupFile, f.errorString()));
    const FileHeader header = FileHeader::inspect(f.read(100));
    f.close();
    if (header.kind != FileHeader::Kind::Youfu)
        return Status::failure(Tr::tr("“%1” is not a Youfu backup.").arg(backupFile));
    if (header.userVersion > Database::latestSchemaVersion())
        return Status::failure(Tr::tr("The backup “%1” was written by a newer version of Youfu "
                                      "(data format %2; this program knows up to %3).")
                                   .arg(backupFile)
                                   .arg(header.userVersion)
                                   .arg(Database::latestSchemaVersion()));
    if (const QString damage = Database::checkFile(backupFile, true); !damage.isEmpty())
        return Status::failure(Tr::tr("The backup “%1” is damaged (%2); choose another one.")
                                   .arg(backupFile, damage.left(200)));
    return Status::success();
}

Result<RestoreReport> RestoreService::restore(const Actor& actor, const QString& backupFile,
                                              const QString& databasePath, const Clock& clock)
{
    if (Status s = require(actor, Permission::Restore); !s)
        return s;
    const QString dbPath = QFileInfo(databasePath).absoluteFilePath();
    const QString source = QFileInfo(backupFile).absoluteFilePath();
    if (source == dbPath)
        return Status::failure(Tr::tr("The backup and the database are the same file."));
    if (Status s = checkBackupFile(source); !s)
        return s;

    RestoreReport report;
    {
        auto lock = WriterLock::acquire(dbPath);
        if (!lock)
            return Status::failure(Tr::tr("Cannot restore now. %1").arg(lock.error()));

        const QString stamp =
            clock.nowUtc().toLocalTime().toString(QStringLiteral("yyyyMMdd-HHmmss"));
        const QString tmp = dbPath + QStringLiteral(".restoring");
        QFile::remove(tmp);
        if (Status s = copyFileAtomically(source, tmp); !s)
            return Status::failure(Tr::tr("The backup could not be copied: %1. The database was "
                                          "not changed.")
                                       .arg(s.error()));
        syncFile(tmp);
        // The current file with its write-ahead log is kept aside as a whole.
        if (QFileInfo::exists(dbPath)) {
            QString aside = dbPath + QStringLiteral(".before-restore-") + stamp;
            for (int n = 2; QFileInfo::exists(aside); ++n)
                aside = dbPath + QStringLiteral(".before-restore-%1-%2").arg(stamp).arg(n);
            if (!QFile::rename(dbPath, aside)) {
                QFile::remove(tmp);
                return Status::failure(Tr::tr("The current database could not be set aside; "
                                              "nothing was changed."));
            }
            for (const char* suffix : {"-wal", "-shm"})
                if (QFileInfo::exists(dbPath + QLatin1String(suffix)))
                    QFile::rename(dbPath + QLatin1String(suffix), aside + QLatin1String(suffix));
            report.keptAside = aside;
        }
        if (!QFile::rename(tmp, dbPath))
            return Status::failure(Tr::tr("The backup could not be put in place. The previous "
                                          "database is kept as “%1”.")
                                       .arg(report.keptAside));
        syncFolder(QFileInfo(dbPath).absolutePath());

        // Scans are only ever added: bring back the ones missing here.
        auto copied =
            copyMissingFiles(QFileInfo(source).absoluteDir().filePath(QStringLiteral("scans")),
                             scansFolderFor(dbPath));
        report.scansCopied = copied ? copied.value() : 0;
        const QString backupKey = source + QStringLiteral(".key");
        const QString key = keyFileFor(dbPath);
        if (QFileInfo::exists(backupKey)) {
            if (!QFileInfo::exists(key)) {
                report.keyRestored = copyFileAtomically(backupKey, key).isOk();
            } else if (fileDigest(key) != fileDigest(backupKey)) {
                report.keyWarning = Tr::tr("The key file beside the database differs from the "
                                           "backup's key file “%1”. The current key was kept; if "
                                           "phone or bank numbers cannot be read, put the backup's "
                                           "key file in its place.")
                                        .arg(backupKey);
            }
        }
    }                            // the lock is released here, and taken again by the open below
    FieldCipher::forget(dbPath); // the key file may have been put back

    auto db = Database::open(dbPath);
    if (!db)
        return Status::failure(Tr::tr("The backup was put in place, but it cannot be opened: "
                                      "%1")
                                   .arg(db.error()));
    if (Status s = AuditedWrite::run(
            *db.value(), actor, Authority::of(Permission::Restore),
            {QStringLiteral("backup.restore"), QStringLiteral("backup"),
             QFileInfo(source).fileName(), {},
             QJsonObject{{QStringLiteral("from"), QDir::toNativeSeparators(source)},
                         {QStringLiteral("kept_aside"), QDir::toNativeSeparators(report.keptAside)}}},
            [](WriteScope&) { return Status::success(); });
        !s)
        return Status::failure(Tr::tr("The backup was put in place, but the restore could not be "
                                      "recorded in the audit log: %1")
                                   .arg(s.error()));
    return report;
}

} // namespace youfu::core
