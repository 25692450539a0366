#pragma once

#include "backup/backupfolder.h"
#include "backup/backupthinning.h"
#include "common/result.h"
#include "security/actor.h"

#include <QStringList>

namespace youfu::core {

class Database;

struct BackupReport
{
    QString file; // the verified backup
    qint64 bytes = 0;
    int scansCopied = 0; // scan files that were not yet in the backup folder
    bool keyCopied = false;
    QStringList removed; // older automatic backups thinned away
};

// Copies of the open database through SQLite's online backup API. Each copy is written under
// a temporary name, checked (integrity_check, Youfu's mark, schema version) and only then
// renamed, so a backup file that exists is a good one.
class BackupService
{
public:
    enum class Trigger
    {
        Manual,
        Automatic,
        Exit
    };
    static constexpr int kAutomaticIntervalHours = 24;

    explicit BackupService(Database& db) : m_db(db) {}

    // Into a chosen folder (a USB disk): needs Permission::Backup. Nothing is ever thinned there.
    Result<BackupReport> backupTo(const Actor& actor, const QString& folder);
    // Into <db-dir>/backups, then thinned. Manual ("backup now") needs Permission::Backup;
    // the automatic ones are the program's own duty and run for whoever is logged in.
    Result<BackupReport> backupToDefaultFolder(const Actor& actor, Trigger trigger,
                                               const ThinningPolicy& policy = {});

    QString defaultFolder() const;
    QDateTime lastBackupTime() const; // local time; invalid when there is none
    bool isAutomaticBackupDue() const;

private:
    Result<BackupReport> write(const Actor& actor, const QString& folder, Trigger trigger);

    Database& m_db;
};

} // namespace youfu::core
