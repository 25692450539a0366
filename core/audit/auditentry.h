#pragma once

#include <QDateTime>
#include <QString>
#include <QStringList>

namespace youfu::core {

struct AuditEntry
{
    qint64 id = 0;
    QDateTime at; // UTC
    qint64 actorId = 0;
    QString actorLogin;
    QString action; // "user.add", "person.update", ...
    QString entity; // "user", "person", ...
    QString entityId;
    QString beforeJson;
    QString afterJson;
    QString prevHash;
    QString hash;
};

// Where the chain stood when a backup was made, as its manifest records it: an anchor outside
// the database file that a later truncation or rewrite of the log cannot move.
struct AuditAnchor
{
    qint64 entries = 0; // the last entry's number in the backup
    QString headHash;   // that entry's hash
    QDateTime takenAt;  // UTC
    QString source;     // the backup file, for messages
};

struct AuditVerifyReport
{
    bool intact = true;
    qint64 entries = 0;
    qint64 firstBrokenId = 0; // the first entry that does not fit the chain (0: not an entry)
    QString reason;
    qint64 legacyUntil = 0; // entries up to this one carry the unkeyed hash of older versions
    int anchorsChecked = 0; // backups whose recorded head the log agrees with
    QStringList notes;      // backups not compared, and why
};

} // namespace youfu::core
