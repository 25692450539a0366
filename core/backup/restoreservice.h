#pragma once

#include "common/clock.h"
#include "common/result.h"
#include "security/actor.h"

#include <QString>

namespace youfu::core {

struct RestoreReport
{
    QString keptAside;   // the database as it was, renamed, never deleted ("" if there was none)
    int scansCopied = 0; // scan files missing beside the database, taken from the backup
    bool keyRestored = false;
    QString keyWarning; // set when the backup's key differs from the one in place
};

// Puts a backup in place of the database. The current file (and its -wal/-shm) is renamed
// aside with a timestamp, never deleted; no backup is deleted, moved or thinned. Refused while
// another program holds the database's writer lock.
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
