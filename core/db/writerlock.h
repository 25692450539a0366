#pragma once

#include "common/result.h"

#include <QDateTime>
#include <QString>

#include <memory>

class QLockFile;

namespace youfu::core {

// Who holds a database for writing, as written in the owner file beside the lock.
struct LockOwner
{
    QString osUser;
    QString login; // the Youfu user logged in, when known
    QString host;
    qint64 pid = 0;
    QString program;
    QDateTime since; // UTC

    QString
    describe() const; // "王志强 (zhangli) on OFFICE-PC, program youfu, process 4711, since 08:15"
};

// One writer per database file. An OS-level lock file (<db>.lock, QLockFile: a lock left by a
// killed process is detected by its dead process id and taken over) plus a small owner file
// (<db>.lock-owner) that names the holder for the message the next opener shows.
class WriterLock
{
public:
    ~WriterLock();
    WriterLock(const WriterLock&) = delete;
    WriterLock& operator=(const WriterLock&) = delete;

    // Takes the lock at once or says who holds it.
    static Result<std::unique_ptr<WriterLock>> acquire(const QString& databasePath);
    // The holder, if the database is held now (read from the owner file).
    static LockOwner currentOwner(const QString& databasePath);
    // Beside the canonical file: every path to one database (a symbolic link too) meets one lock.
    static QString lockFilePath(const QString& databasePath);
    static QString ownerFilePath(const QString& databasePath);

    // The Youfu user now logged in, written into the owner file.
    void setLogin(const QString& login);

private:
    WriterLock() = default;
    void writeOwner();
    static QString canonicalPath(const QString& databasePath);

    QString m_dbPath;
    std::unique_ptr<QLockFile> m_lock;
    LockOwner m_owner;
};

// A database on a network share (NFS, SMB/CIFS, SSHFS…) cannot be written safely: SQLite's
// write-ahead log needs shared memory and locks that these file systems do not give.
bool isNetworkFileSystem(const QByteArray& fileSystemType);

} // namespace youfu::core
