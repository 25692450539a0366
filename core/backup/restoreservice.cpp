#include "backup/restoreservice.h"

#include "backup/backupcopy.h"
#include "backup/backupfolder.h"
#include "backup/backupmanifest.h"
#include "backup/encryptedfieldstore.h"
#include "db/auditedwrite.h"
#include "db/database.h"
#include "db/fileheader.h"
#include "db/writerlock.h"
#include "security/fieldcipher.h"
#include "security/permission.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonObject>

#include <sqlite3.h>

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

// Folds a write-ahead log into its database file (TRUNCATE leaves an empty log).
bool checkpoint(const QString& path)
{
    sqlite3* h = nullptr;
    bool ok =
        sqlite3_open_v2(QFile::encodeName(path).constData(), &h, SQLITE_OPEN_READWRITE, nullptr) ==
            SQLITE_OK &&
        sqlite3_exec(h, "PRAGMA wal_checkpoint(TRUNCATE)", nullptr, nullptr, nullptr) == SQLITE_OK;
    sqlite3_close_v2(h);
    return ok;
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
    // The fingerprint written when the backup was made: one changed byte refuses it.
    auto manifest = readManifest(source);
    if (!manifest)
        return Status::failure(Tr::tr("The backup “%1” cannot be checked: %2. Choose another "
                                      "backup.")
                                   .arg(source, manifest.error()));
    if (manifest.value()) {
        auto digest = sha256OfFile(source);
        if (!digest)
            return digest.status();
        if (digest.value() != manifest.value()->sha256)
            return Status::failure(Tr::tr("The backup “%1” was changed after it was made: it no "
                                          "longer matches the fingerprint written beside it. It "
                                          "was not restored; choose another backup.")
                                       .arg(source));
    } else {
        report.warnings << Tr::tr("The backup “%1” has no fingerprint file beside it (made by an "
                                  "older Youfu, or copied without it), so it could not be checked "
                                  "for changes.")
                               .arg(source);
    }

    auto lock = WriterLock::acquire(dbPath);
    if (!lock)
        return Status::failure(Tr::tr("Cannot restore now. %1").arg(lock.error()));

    const QString stamp = clock.nowUtc().toLocalTime().toString(QStringLiteral("yyyyMMdd-HHmmss"));
    QString aside;
    if (QFileInfo::exists(dbPath)) {
        aside = dbPath + QStringLiteral(".before-restore-") + stamp;
        for (int n = 2; QFileInfo::exists(aside); ++n)
            aside = dbPath + QStringLiteral(".before-restore-%1-%2").arg(stamp).arg(n);
    }
    const QString tmp = dbPath + QStringLiteral(".restoring");
    const QString tmpKey = keyFileFor(tmp);
    const QString key = keyFileFor(dbPath);
    const QString backupKey = source + QStringLiteral(".key");
    auto removeTmp = [&] {
        for (const char* suffix : {"", "-wal", "-shm", "-journal", ".lock", ".lock-owner"})
            QFile::remove(tmp + QLatin1String(suffix));
        QFile::remove(tmpKey);
        FieldCipher::forget(tmp);
    };
    auto unchanged = [&](const QString& why) {
        removeTmp();
        return Status::failure(why + QLatin1Char(' ') + Tr::tr("The database was not changed."));
    };
    removeTmp();
    if (Status s = copyFileAtomically(source, tmp); !s)
        return unchanged(Tr::tr("The backup could not be copied: %1.").arg(s.error()));
    // The backup comes with its own key; one without (an older copy) must fit the current key.
    const QString keySource = QFileInfo::exists(backupKey) ? backupKey
                              : QFileInfo::exists(key)     ? key
                                                           : QString();
    if (!keySource.isEmpty())
        if (Status s = copyFileAtomically(keySource, tmpKey); !s)
            return unchanged(Tr::tr("The key file could not be copied: %1.").arg(s.error()));

    // The copy is opened (and upgraded) under its temporary name, every encrypted number is
    // decrypted with its key, and the restore is recorded in its audit log, all before it
    // replaces anything: a restore that cannot be recorded is not done.
    QString refused;
    [&] {
        auto db = Database::open(tmp);
        if (!db)
            return void(refused = Tr::tr("The backup cannot be opened: %1").arg(db.error()));
        auto cipher = FieldCipher::forDatabase(*db.value());
        if (!cipher)
            return void(refused = Tr::tr("The backup cannot be restored: %1").arg(cipher.error()));
        auto bad = EncryptedFieldStore(*db.value()).undecryptable(*cipher.value());
        if (!bad)
            return void(refused = bad.error());
        if (bad.value() > 0)
            return void(refused =
                            Tr::tr("The backup “%1” cannot be restored: %n phone or bank "
                                   "number(s) in it cannot be read with its key file. The backup "
                                   "was changed, or the key file beside it belongs to another "
                                   "database.",
                                   nullptr, int(qMin<qint64>(bad.value(), 1000000)))
                                .arg(source));
        const Status recorded = AuditedWrite::run(
            *db.value(), actor, Authority::of(Permission::Restore),
            {QStringLiteral("backup.restore"),
             QStringLiteral("backup"),
             QFileInfo(source).fileName(),
             {},
             QJsonObject{{QStringLiteral("from"), QDir::toNativeSeparators(source)},
                         {QStringLiteral("kept_aside"), QDir::toNativeSeparators(aside)}}},
            [](WriteScope&) { return Status::success(); });
        if (!recorded)
            return void(refused =
                            Tr::tr("The restore could not be recorded in the audit log (%1), so "
                                   "it was not done.")
                                .arg(recorded.error()));
    }(); // closed: SQLite folds the copy's write-ahead log into it
    if (!refused.isEmpty())
        return unchanged(refused);
    FieldCipher::forget(tmp);
    if (QFileInfo::exists(tmp + QStringLiteral("-wal")) && !checkpoint(tmp))
        return unchanged(Tr::tr("The backup could not be made a single file."));
    if (!syncFile(tmp))
        return unchanged(Tr::tr("The backup could not be flushed to the disk."));

    if (!aside.isEmpty()) {
        // Changes that are only in the write-ahead log go into the file before it is set aside
        // (a damaged file is left as it is; its log still goes with it).
        if (Database::checkFile(dbPath).isEmpty())
            checkpoint(dbPath);
        if (QFileInfo::exists(key))
            if (Status s = copyFileAtomically(key, keyFileFor(aside)); !s)
                return unchanged(
                    Tr::tr("The current key file could not be kept aside: %1.").arg(s.error()));
        if (!QFile::rename(dbPath, aside)) {
            QFile::remove(keyFileFor(aside));
            return unchanged(Tr::tr("The current database could not be set aside."));
        }
        for (const char* suffix : {"-wal", "-shm"})
            if (QFileInfo::exists(dbPath + QLatin1String(suffix)))
                QFile::rename(dbPath + QLatin1String(suffix), aside + QLatin1String(suffix));
        report.keptAside = aside;
    }
    if (!QFile::rename(tmp, dbPath)) {
        removeTmp();
        return Status::failure(Tr::tr("The backup could not be put in place. The previous "
                                      "database is kept as “%1”.")
                                   .arg(report.keptAside));
    }
    if (QFileInfo::exists(tmpKey)) {
        const bool differs = !QFileInfo::exists(key) || fileDigest(key) != fileDigest(tmpKey);
        if (differs) {
            if (Status s = copyFileAtomically(tmpKey, key); !s)
                report.keyWarning = Tr::tr("The backup's key file could not be put in place "
                                           "(%1): copy “%2” to “%3” by hand.")
                                        .arg(s.error(), backupKey, key);
            else
                report.keyRestored = true;
            if (report.keyRestored && QFileInfo::exists(keyFileFor(aside)))
                report.keyWarning = Tr::tr("The backup's key file was put in place; the previous "
                                           "key is kept as “%1”.")
                                        .arg(keyFileFor(aside));
        }
        QFile::remove(tmpKey);
    }
    syncFolder(QFileInfo(dbPath).absolutePath());

    // Scans are only ever added: bring back the ones missing here.
    auto copied = copyMissingFiles(
        QFileInfo(source).absoluteDir().filePath(QStringLiteral("scans")), scansFolderFor(dbPath));
    report.scansCopied = copied ? copied.value() : 0;
    if (!copied)
        report.warnings << copied.error();
    FieldCipher::forget(dbPath); // the key file may have been replaced
    return report;
}

} // namespace youfu::core
