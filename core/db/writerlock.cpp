#include "db/writerlock.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLockFile>
#include <QSaveFile>
#include <QSysInfo>

namespace youfu::core {

namespace {
class Tr
{
    Q_DECLARE_TR_FUNCTIONS(youfu::core::WriterLock)
};

QString osUserName()
{
    QString user = qEnvironmentVariable("USER");
    if (user.isEmpty())
        user = qEnvironmentVariable("USERNAME");
    if (user.isEmpty())
        user = qEnvironmentVariable("LOGNAME");
    return user;
}
} // namespace

QString LockOwner::describe() const
{
    QString who = osUser.isEmpty() ? Tr::tr("an unknown user") : osUser;
    if (!login.isEmpty())
        who = Tr::tr("%1 (Youfu user %2)").arg(who, login);
    QString text = Tr::tr("%1 on computer “%2”, program %3, process %4")
                       .arg(who, host.isEmpty() ? Tr::tr("unknown") : host,
                            program.isEmpty() ? QStringLiteral("?") : program)
                       .arg(pid);
    if (since.isValid())
        text += Tr::tr(", since %1")
                    .arg(since.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")));
    return text;
}

QString WriterLock::canonicalPath(const QString& databasePath)
{
    // A symbolic link (or "a/../b") to the database must meet the same lock as the file itself.
    const QFileInfo info(databasePath);
    const QString file = info.canonicalFilePath();
    if (!file.isEmpty())
        return file;
    const QString dir = QFileInfo(info.absolutePath()).canonicalFilePath();
    return dir.isEmpty() ? info.absoluteFilePath() : dir + QLatin1Char('/') + info.fileName();
}

QString WriterLock::lockFilePath(const QString& databasePath)
{
    return canonicalPath(databasePath) + QStringLiteral(".lock");
}

QString WriterLock::ownerFilePath(const QString& databasePath)
{
    return canonicalPath(databasePath) + QStringLiteral(".lock-owner");
}

WriterLock::~WriterLock()
{
    // Only the holder removes the owner file: a refused writer must not erase the holder's name.
    if (m_lock && m_lock->isLocked()) {
        // The owner file goes first: a stale owner file without a lock is harmless, the reverse
        // would name a holder that has gone.
        QFile::remove(ownerFilePath(m_dbPath));
        m_lock->unlock();
    }
}

LockOwner WriterLock::currentOwner(const QString& databasePath)
{
    LockOwner owner;
    QFile f(ownerFilePath(databasePath));
    if (f.open(QIODevice::ReadOnly)) {
        const QJsonObject o = QJsonDocument::fromJson(f.readAll()).object();
        owner.osUser = o.value(QStringLiteral("os_user")).toString();
        owner.login = o.value(QStringLiteral("login")).toString();
        owner.host = o.value(QStringLiteral("host")).toString();
        owner.pid = o.value(QStringLiteral("pid")).toInteger();
        owner.program = o.value(QStringLiteral("program")).toString();
        owner.since =
            QDateTime::fromString(o.value(QStringLiteral("since")).toString(), Qt::ISODate);
    }
    QLockFile lock(lockFilePath(databasePath));
    qint64 pid = 0;
    QString host, app;
    if (lock.getLockInfo(&pid, &host, &app) && pid != owner.pid) {
        // The owner file is missing or from an earlier holder: trust the lock file itself.
        owner = LockOwner();
        owner.pid = pid;
        owner.host = host;
        owner.program = app;
        owner.since = QFileInfo(lockFilePath(databasePath)).lastModified().toUTC();
    }
    return owner;
}

Result<std::unique_ptr<WriterLock>> WriterLock::acquire(const QString& databasePath)
{
    std::unique_ptr<WriterLock> l(new WriterLock);
    l->m_dbPath = canonicalPath(databasePath);
    l->m_lock = std::make_unique<QLockFile>(lockFilePath(databasePath));
    // Never stale by age: a clerk may keep Youfu open for weeks. A lock is taken over only
    // when its process is gone (QLockFile checks the process id and the OS file lock).
    l->m_lock->setStaleLockTime(0);
    if (!l->m_lock->tryLock(0)) {
        switch (l->m_lock->error()) {
        case QLockFile::LockFailedError:
            return Status::failure(
                Tr::tr("The database “%1” is already open for writing by %2. Only one program "
                       "may change it at a time: close Youfu there first (or wait until it "
                       "has finished).")
                    .arg(databasePath, currentOwner(databasePath).describe()));
        case QLockFile::PermissionError:
            return Status::failure(
                Tr::tr("Cannot create the lock file beside “%1”: the folder cannot be written.")
                    .arg(databasePath));
        default:
            return Status::failure(
                Tr::tr("Cannot lock the database “%1” for writing.").arg(databasePath));
        }
    }
    // The lock file names this computer and process: for the owner's eyes only.
    QFile::setPermissions(lockFilePath(databasePath),
                          QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    l->m_owner.osUser = osUserName();
    l->m_owner.host = QSysInfo::machineHostName();
    l->m_owner.pid = QCoreApplication::applicationPid();
    l->m_owner.program = QFileInfo(QCoreApplication::applicationFilePath()).fileName();
    l->m_owner.since = QDateTime::currentDateTimeUtc();
    l->writeOwner();
    return l;
}

void WriterLock::setLogin(const QString& login)
{
    m_owner.login = login;
    writeOwner();
}

void WriterLock::writeOwner()
{
    const QJsonObject o{{QStringLiteral("os_user"), m_owner.osUser},
                        {QStringLiteral("login"), m_owner.login},
                        {QStringLiteral("host"), m_owner.host},
                        {QStringLiteral("pid"), m_owner.pid},
                        {QStringLiteral("program"), m_owner.program},
                        {QStringLiteral("since"), m_owner.since.toString(Qt::ISODate)}};
    QSaveFile f(ownerFilePath(m_dbPath));
    if (f.open(QIODevice::WriteOnly)) {
        f.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner); // before any byte
        f.write(QJsonDocument(o).toJson(QJsonDocument::Compact));
        f.commit();
    }
}

bool isNetworkFileSystem(const QByteArray& fileSystemType)
{
    const QByteArray t = fileSystemType.toLower();
    static const QList<QByteArray> exact = {"nfs",         "nfs4",
                                            "cifs",        "smb",
                                            "smb2",        "smb3",
                                            "smbfs",       "ncpfs",
                                            "afs",         "9p",
                                            "ceph",        "glusterfs",
                                            "fuse.sshfs",  "fuse.glusterfs",
                                            "fuse.cephfs", "fuse.smbnetfs",
                                            "fuse.rclone", "fuse.s3fs",
                                            "davfs",       "fuse.davfs2",
                                            "webdav"};
    return exact.contains(t) || t.startsWith("nfs") || t.startsWith("smb") ||
           t.startsWith("fuse.sshfs");
}

} // namespace youfu::core
