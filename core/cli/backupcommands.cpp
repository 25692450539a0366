// youfuctl backup, restore, audit verify.
#include "audit/auditlog.h"
#include "backup/backupmanifest.h"
#include "backup/backupservice.h"
#include "backup/restoreservice.h"
#include "cli/clicontext.h"
#include "cli/commands.h"
#include "db/writerlock.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

namespace youfu::core {

namespace {
class Tr
{
    Q_DECLARE_TR_FUNCTIONS(youfu::core::Cli)
};
} // namespace

int cmdBackup(CliContext& ctx)
{
    const QString as = ctx.takeOption(QStringLiteral("as"));
    if (ctx.args().size() > 1)
        return ctx.fail(Tr::tr("say at most one folder: backup [DIR] --as LOGIN"));
    const QString folder = ctx.args().isEmpty() ? QString() : ctx.args().takeFirst();
    auto db = ctx.database(false);
    if (!db)
        return ctx.fail(db.error());
    auto actor = ctx.actingUser(as);
    if (!actor)
        return ctx.fail(actor.error());
    BackupService service(*db.value());
    auto report = folder.isEmpty()
                      ? service.backupToDefaultFolder(actor.value(), BackupService::Trigger::Manual)
                      : service.backupTo(actor.value(), QFileInfo(folder).absoluteFilePath());
    if (!report)
        return ctx.fail(report.error());
    ctx.out() << Tr::tr("Backup written and verified: %1 (%2 KB)")
                     .arg(QDir::toNativeSeparators(report->file))
                     .arg((report->bytes + 1023) / 1024)
              << Qt::endl;
    if (report->scansCopied > 0)
        ctx.out() << Tr::tr("Scanned documents copied: %1").arg(report->scansCopied) << Qt::endl;
    if (report->keyCopied)
        ctx.out() << Tr::tr("The key file was copied beside the backup (%1.key). Keep it with the "
                            "backup: without it the phone and bank numbers cannot be read.")
                         .arg(QFileInfo(report->file).fileName())
                  << Qt::endl;
    for (const QString& removed : report->removed)
        ctx.out() << Tr::tr("Older backup removed by the keeping rules: %1").arg(removed)
                  << Qt::endl;
    return 0;
}

int cmdRestore(CliContext& ctx)
{
    const QString as = ctx.takeOption(QStringLiteral("as"));
    if (ctx.args().size() != 1)
        return ctx.fail(Tr::tr("say which backup: restore FILE --as ADMIN"));
    const QString file = QFileInfo(ctx.args().takeFirst()).absoluteFilePath();
    if (Status s = RestoreService::checkBackupFile(file); !s)
        return ctx.fail(s.error());
    // Refuse early, before asking for a password, when the window has the database open.
    if (QFileInfo::exists(WriterLock::lockFilePath(QFileInfo(ctx.dbPath()).absoluteFilePath()))) {
        auto probe = WriterLock::acquire(QFileInfo(ctx.dbPath()).absoluteFilePath());
        if (!probe)
            return ctx.fail(Tr::tr("Cannot restore now. %1").arg(probe.error()));
    }
    auto actor = ctx.restorer(as, file);
    if (!actor)
        return ctx.fail(actor.error());
    SystemClock clock;
    auto report = RestoreService::restore(actor.value(), file, ctx.dbPath(), clock);
    if (!report)
        return ctx.fail(report.error());
    ctx.out() << Tr::tr("Restored %1 into %2.")
                     .arg(QDir::toNativeSeparators(file),
                          QDir::toNativeSeparators(QFileInfo(ctx.dbPath()).absoluteFilePath()))
              << Qt::endl;
    if (!report->keptAside.isEmpty())
        ctx.out() << Tr::tr("The previous database is kept as %1.")
                         .arg(QDir::toNativeSeparators(report->keptAside))
                  << Qt::endl;
    if (report->keyRestored)
        ctx.out() << Tr::tr("The key file was restored from the backup.") << Qt::endl;
    if (!report->keyWarning.isEmpty())
        ctx.err() << report->keyWarning << Qt::endl;
    for (const QString& w : report->warnings)
        ctx.err() << w << Qt::endl;
    return 0;
}

// audit verify [DIR...]: the chain, its triggers, and the head recorded by every backup in
// backups/ beside the database and in the folders named.
int cmdAuditVerify(CliContext& ctx)
{
    QStringList folders{backupFolderFor(QFileInfo(ctx.dbPath()).absoluteFilePath())};
    while (!ctx.args().isEmpty()) {
        const QString dir = ctx.args().takeFirst();
        if (dir.startsWith(QLatin1String("--")))
            return ctx.fail(Tr::tr("unexpected argument “%1”").arg(dir));
        if (!QFileInfo(dir).isDir())
            return ctx.fail(Tr::tr("“%1” is not a folder").arg(dir));
        folders << QFileInfo(dir).absoluteFilePath();
    }
    folders.removeDuplicates();
    auto db = ctx.readOnlyDatabase();
    if (!db)
        return ctx.fail(db.error());
    QList<AuditAnchor> anchors;
    for (const QString& f : folders)
        anchors << anchorsIn(f);
    const AuditVerifyReport r = AuditLog(*db.value()).verify(anchors);
    for (const QString& note : r.notes)
        ctx.out() << note << Qt::endl;
    if (!r.intact) {
        if (r.firstBrokenId > 0)
            return ctx.fail(Tr::tr("the audit log is broken at entry %1: %2")
                                .arg(r.firstBrokenId)
                                .arg(r.reason));
        return ctx.fail(Tr::tr("the audit log is broken: %1").arg(r.reason));
    }
    ctx.out() << Tr::tr("The audit log is intact: %1 entries; it agrees with %2 backup(s).")
                     .arg(r.entries)
                     .arg(r.anchorsChecked)
              << Qt::endl;
    return 0;
}

} // namespace youfu::core
