#include "db/database.h"

#include "db/fileheader.h"
#include "db/migrator.h"
#include "db/writerlock.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QStorageInfo>
#include <QUrl>
#include <QUuid>
#include <QVariant>

#include <sqlite3.h>

#ifndef Q_OS_WIN
#include <sys/stat.h>
#endif

namespace youfu::core {

namespace {
class Tr
{
    Q_DECLARE_TR_FUNCTIONS(youfu::core::Database)
};

QString pragmaValue(const QSqlDatabase& db, const QString& name)
{
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("PRAGMA %1").arg(name)) || !q.next())
        return QString();
    return q.value(0).toString();
}

QString damagedMessage(const QString& path, const QString& detail)
{
    return Tr::tr("The database “%1” is damaged (SQLite found: %2). Youfu will not change it, "
                  "so nothing more is lost; the file was left exactly as it is. Restore the "
                  "latest good backup.")
        .arg(path, detail.left(300));
}

bool execPragma(const QSqlDatabase& db, const QString& statement)
{
    QSqlQuery q(db);
    return q.exec(QStringLiteral("PRAGMA %1").arg(statement));
}

// Whoever may read a file beside the database may read the registry: everything this program
// creates from now on (database, WAL/SHM, backups, exports, scans) is for its owner only.
void makeNewFilesPrivate()
{
#ifndef Q_OS_WIN
    static const bool done = [] {
        ::umask(S_IRWXG | S_IRWXO);
        return true;
    }();
    Q_UNUSED(done);
#endif
}

// The database and its companions, made owner-only (0600). SQLite gives the -wal and -shm
// files the main file's mode, so the main file is made right before SQLite opens it.
bool makePrivate(const QString& path)
{
    const auto owner = QFileDevice::ReadOwner | QFileDevice::WriteOwner;
    if (!QFileInfo::exists(path)) {
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly | QIODevice::NewOnly))
            return false;
        const bool ok = f.setPermissions(owner);
        f.close();
        return ok;
    }
    const QFileDevice::Permissions others = QFileDevice::ReadGroup | QFileDevice::WriteGroup |
                                            QFileDevice::ExeGroup | QFileDevice::ReadOther |
                                            QFileDevice::WriteOther | QFileDevice::ExeOther;
    if (!(QFileInfo(path).permissions() & others))
        return true;
    return QFile::setPermissions(path, owner);
}
} // namespace

Database::~Database()
{
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        if (db.isOpen())
            db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

QString Database::defaultPath()
{
    QString dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    if (dir.isEmpty())
        dir = QDir::homePath() + QStringLiteral("/.youfu");
    return dir + QStringLiteral("/youfu.db");
}

int Database::latestSchemaVersion()
{
    return Migrator::latestVersion();
}

QSqlDatabase Database::connection() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

int Database::schemaVersion() const
{
    return pragmaValue(connection(), QStringLiteral("user_version")).toInt();
}

QString Database::checkFile(const QString& path, bool full)
{
    const QString name =
        QStringLiteral("youfu-check-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    QString problem;
    {
        // Read-only: a damaged file must stay exactly as it is (a writer could checkpoint or
        // roll back into it).
        QSqlDatabase conn = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        conn.setDatabaseName(path);
        conn.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=5000"));
        if (!conn.open()) {
            problem = conn.lastError().text();
        } else {
            QSqlQuery q(conn);
            q.setForwardOnly(true);
            if (!q.exec(full ? QStringLiteral("PRAGMA integrity_check(20)")
                             : QStringLiteral("PRAGMA quick_check(20)"))) {
                problem = q.lastError().text();
            } else {
                QStringList lines;
                while (q.next())
                    lines << q.value(0).toString();
                if (lines != QStringList{QStringLiteral("ok")})
                    problem = lines.isEmpty() ? QStringLiteral("no answer")
                                              : lines.join(QLatin1String("; "));
            }
            q.finish();
            conn.close();
        }
    }
    QSqlDatabase::removeDatabase(name);
    return problem;
}

Result<std::unique_ptr<Database>> Database::open(const QString& path, const OpenOptions& options,
                                                 OpenProblem* problem)
{
    OpenProblem ignored;
    OpenProblem& why = problem ? *problem : ignored;
    why = OpenProblem::Other;
    makeNewFilesPrivate();
    const QString absPath = QFileInfo(path).absoluteFilePath();
    const QFileInfo info(absPath);
    const bool exists = info.exists() && info.size() > 0;
    bool readOnly = options.readOnly;
    QString readOnlyReason = options.readOnly ? Tr::tr("opened read-only on request") : QString();

    if (info.exists() && info.isDir())
        return Status::failure(Tr::tr("“%1” is a folder, not a database file.").arg(absPath));

    if (exists) {
        QFile f(absPath);
        if (!f.open(QIODevice::ReadOnly))
            return Status::failure(Tr::tr("Cannot read “%1”: %2").arg(absPath, f.errorString()));
        const FileHeader header = FileHeader::inspect(f.read(100));
        f.close();
        switch (header.kind) {
        case FileHeader::Kind::Empty:
            break;
        case FileHeader::Kind::NotSqlite:
            // A Youfu file whose first page was overwritten looks exactly like this.
            why = OpenProblem::Damaged;
            return Status::failure(
                Tr::tr("“%1” is not a Youfu database: it is not an SQLite database file at all. "
                       "If it was Youfu's database, it is damaged: restore the latest good "
                       "backup. The file was not changed.")
                    .arg(absPath));
        case FileHeader::Kind::ForeignSqlite:
            why = OpenProblem::NotYoufu;
            return Status::failure(
                Tr::tr("“%1” is an SQLite database of another program, not a Youfu database. "
                       "The file was not changed.")
                    .arg(absPath));
        case FileHeader::Kind::Youfu:
            if (header.userVersion > latestSchemaVersion()) {
                why = OpenProblem::Newer;
                return Status::failure(
                    Tr::tr("“%1” was written by a newer version of Youfu (data format %2; this "
                           "program knows up to %3). Install the newer version to open it. The "
                           "file was not changed.")
                        .arg(absPath)
                        .arg(header.userVersion)
                        .arg(latestSchemaVersion()));
            }
            break;
        }
        const QFileInfo dirInfo(info.absolutePath());
        if (!readOnly && (!info.isWritable() || !dirInfo.isWritable())) {
            readOnly = true;
            readOnlyReason = info.isWritable()
                                 ? Tr::tr("the folder of the database cannot be written")
                                 : Tr::tr("the database file cannot be written");
        }
    } else {
        if (!options.createIfMissing) {
            why = OpenProblem::Missing;
            return Status::failure(Tr::tr("The database “%1” does not exist.").arg(absPath));
        }
        if (options.readOnly)
            return Status::failure(
                Tr::tr("The database “%1” does not exist and cannot be created read-only.")
                    .arg(absPath));
        if (!QDir().mkpath(info.absolutePath()))
            return Status::failure(
                Tr::tr("Cannot create the folder “%1”.").arg(info.absolutePath()));
    }

    std::unique_ptr<WriterLock> lock;
    if (!readOnly) {
        const QByteArray fsType = QStorageInfo(info.absolutePath()).fileSystemType();
        if (isNetworkFileSystem(fsType)) {
            why = OpenProblem::NetworkShare;
            return Status::failure(
                Tr::tr("“%1” lies on a network share (%2). Youfu cannot change a database "
                       "there safely: its write-ahead log needs locks and shared memory that "
                       "network drives do not give, and a dropped connection can damage the "
                       "file. Copy the database to this computer's own disk, or open it "
                       "read-only.")
                    .arg(absPath, QString::fromLatin1(fsType)));
        }
        if (options.takeWriterLock) {
            auto taken = WriterLock::acquire(absPath);
            if (!taken) {
                why = OpenProblem::HeldByOther;
                return taken.status();
            }
            lock = taken.takeValue();
        }
    }
    if (exists && !readOnly) {
        if (const QString damage = checkFile(absPath); !damage.isEmpty()) {
            why = OpenProblem::Damaged;
            return Status::failure(damagedMessage(absPath, damage));
        }
    }

    if (!readOnly) {
        // Created 0600 (an empty file SQLite then fills), or an old 0644 file tightened.
        if (!makePrivate(absPath) && !exists)
            return Status::failure(Tr::tr("Cannot create the database “%1”.").arg(absPath));
        for (const char* suffix : {"-wal", "-shm"})
            if (QFileInfo::exists(absPath + QLatin1String(suffix)))
                makePrivate(absPath + QLatin1String(suffix));
    }

    std::unique_ptr<Database> db(new Database);
    db->m_path = absPath;
    db->m_lock = std::move(lock);
    db->m_connectionName =
        QStringLiteral("youfu-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    db->m_readOnly = readOnly;
    db->m_readOnlyReason = readOnlyReason;
    db->m_clock = std::make_shared<SystemClock>();

    QSqlDatabase conn = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), db->m_connectionName);
    conn.setDatabaseName(absPath);
    QString connectOptions = QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000");
    if (readOnly)
        connectOptions += QStringLiteral(";QSQLITE_OPEN_READONLY");
    conn.setConnectOptions(connectOptions);
    if (!conn.open())
        return Status::failure(
            Tr::tr("Cannot open “%1”: %2").arg(absPath, conn.lastError().text()));
    if (readOnly && pragmaValue(conn, QStringLiteral("schema_version")).isEmpty()) {
        // A WAL database in a folder we cannot write has no -shm to share; SQLite can still
        // read it as an immutable file (nobody else may write it while it is open here).
        conn.close();
        conn.setDatabaseName(QStringLiteral("file:") +
                             QUrl::fromLocalFile(absPath).path(QUrl::FullyEncoded) +
                             QStringLiteral("?immutable=1"));
        conn.setConnectOptions(connectOptions + QStringLiteral(";QSQLITE_OPEN_URI"));
        if (!conn.open() || pragmaValue(conn, QStringLiteral("schema_version")).isEmpty())
            return Status::failure(Tr::tr("Cannot read “%1”.").arg(absPath));
    }

    if (exists && readOnly) {
        QSqlQuery q(conn);
        QString damage;
        if (!q.exec(QStringLiteral("PRAGMA quick_check(20)")))
            damage = q.lastError().text();
        else if (!q.next() || q.value(0).toString() != QLatin1String("ok"))
            damage = q.value(0).toString();
        if (!damage.isEmpty()) {
            why = OpenProblem::Damaged;
            return Status::failure(damagedMessage(absPath, damage));
        }
    }

    if (Status s = db->configure(); !s)
        return s;

    if (!exists && !readOnly) {
        if (!execPragma(conn, QStringLiteral("application_id = %1").arg(kApplicationId)))
            return Status::failure(Tr::tr("Cannot initialise the new database “%1”.").arg(absPath));
    }

    const int target = options.migrateTo < 0 ? latestSchemaVersion() : options.migrateTo;
    const int current = db->schemaVersion();
    if (current < target) {
        if (readOnly)
            return Status::failure(
                Tr::tr("“%1” needs an upgrade of its data format, but it can only be opened "
                       "read-only (%2).")
                    .arg(absPath, readOnlyReason));
        if (Status s = Migrator::migrate(*db, target); !s)
            return s;
    }
    if (!readOnly && (!exists || current < target)) {
        // The header (Youfu's mark, the data format) must be in the file itself, not only in
        // the write-ahead log: other openers judge the file by its first 100 bytes.
        execPragma(conn, QStringLiteral("wal_checkpoint(TRUNCATE)"));
    }
    why = OpenProblem::None;
    return Result<std::unique_ptr<Database>>(std::move(db));
}

sqlite3* Database::handle() const
{
    const QVariant v = connection().driver()->handle();
    if (v.isValid() && qstrcmp(v.typeName(), "sqlite3*") == 0)
        return *static_cast<sqlite3* const*>(v.data());
    return nullptr;
}

void Database::setLockOwnerLogin(const QString& login)
{
    if (m_lock)
        m_lock->setLogin(login);
}

// Pragmas are decided here and checked after setting, at every open.
Status Database::configure()
{
    QSqlDatabase conn = connection();
    struct Setting
    {
        QString statement;
        QString name;
        QString expected;
    };
    // synchronous=FULL: the office PC is switched off at the wall. In WAL mode FULL syncs the
    // WAL on every commit, so a transaction reported committed survives power loss; NORMAL
    // could lose the last commits. Writes here are small and human-paced, so the cost is nil.
    // secure_delete: removed personal data is overwritten, not left in free pages.
    // trusted_schema=OFF: a tampered schema cannot run SQL functions with side effects.
    const QList<Setting> settings = {
        {QStringLiteral("foreign_keys = ON"), QStringLiteral("foreign_keys"), QStringLiteral("1")},
        {QStringLiteral("trusted_schema = OFF"), QStringLiteral("trusted_schema"),
         QStringLiteral("0")},
        {QStringLiteral("secure_delete = ON"), QStringLiteral("secure_delete"),
         QStringLiteral("1")},
        {QStringLiteral("busy_timeout = 5000"), QStringLiteral("busy_timeout"),
         QStringLiteral("5000")},
    };
    for (const Setting& s : settings) {
        execPragma(conn, s.statement);
        if (pragmaValue(conn, s.name) != s.expected)
            return Status::failure(Tr::tr("The database refused the setting %1.").arg(s.statement));
    }
    if (!m_readOnly) {
        execPragma(conn, QStringLiteral("journal_mode = WAL"));
        if (pragmaValue(conn, QStringLiteral("journal_mode")).toLower() != QLatin1String("wal"))
            return Status::failure(Tr::tr("The database cannot use write-ahead logging here."));
        execPragma(conn, QStringLiteral("synchronous = FULL"));
        if (pragmaValue(conn, QStringLiteral("synchronous")) != QLatin1String("2"))
            return Status::failure(Tr::tr("The database refused the setting synchronous = FULL."));
    }
    return Status::success();
}

} // namespace youfu::core
