#pragma once

#include "common/clock.h"
#include "common/result.h"
#include "security/actor.h"

#include <QString>
#include <QStringList>

namespace youfu::core {

struct RestoreReport
{
    QString keptAside;   // the database as it was, renamed, never deleted ("" if there was none)
    int scansCopied = 0; // scan files missing beside the database, taken from the backup
    bool keyRestored = false;
    QString keyWarning;   // about the key file: the previous one kept aside, or not replaced
    QStringList warnings; // e.g. a backup without a fingerprint, scans not copied
};

// Puts a backup in place of the database. The backup must match the fingerprint written beside
// it, every encrypted number in it must decrypt with its key, and the restore's audit entry is
// written into it before it replaces anything. The current file (checkpointed, with its -wal and
// its key) is renamed aside with a timestamp, never deleted, and the backup's key is put in
// place; no backup is deleted, moved or thinned. Refused while another program holds the
// database's writer lock.
class RestoreService
{
public:
    // Youfu's, sound (integrity_check) and not from a newer program.
    static Status checkBackupFile(const QString& backupFile);
    // `actor` needs Permission::Restore (authenticated by the caller: against the current
    // database, or against the backup when the current one is damaged).
    static Result<RestoreReport> restore(const Actor& actor, const QString& backupFile,
                                         const QString& databasePath, const Clock& clock);
};

} // namespace youfu::core
