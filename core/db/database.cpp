#include "db/database.h"

#include "db/fileheader.h"
#include "db/migrator.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QUrl>
#include <QUuid>

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

bool execPragma(const QSqlDatabase& db, const QString& statement)
{
    QSqlQuery q(db);
    return q.exec(QStringLiteral("PRAGMA %1").arg(statement));
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

Result<std::unique_ptr<Database>> Database::open(const QString& path, const OpenOptions& options)
{
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
            return Status::failure(
                Tr::tr("Cannot read “%1”: %2").arg(absPath, f.errorString()));
        const FileHeader header = FileHeader::inspect(f.read(100));
        f.close();
        switch (header.kind) {
        case FileHeader::Kind::Empty:
            break;
        case FileHeader::Kind::NotSqlite:
            return Status::failure(
                Tr::tr("“%1” is not a Youfu database: it is not an SQLite database file at all. "
                       "The file was not changed.")
                    .arg(absPath));
        case FileHeader::Kind::ForeignSqlite:
            return Status::failure(
                Tr::tr("“%1” is an SQLite database of another program, not a Youfu database. "
                       "The file was not changed.")
                    .arg(absPath));
        case FileHeader::Kind::Youfu:
            if (header.userVersion > latestSchemaVersion())
                return Status::failure(
                    Tr::tr("“%1” was written by a newer version of Youfu (data format %2; this "
                           "program knows up to %3). Install the newer version to open it. The "
                           "file was not changed.")
                        .arg(absPath)
                        .arg(header.userVersion)
                        .arg(latestSchemaVersion()));
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
        if (!options.createIfMissing)
            return Status::failure(Tr::tr("The database “%1” does not exist.").arg(absPath));
        if (options.readOnly)
            return Status::failure(
                Tr::tr("The database “%1” does not exist and cannot be created read-only.")
                    .arg(absPath));
        if (!QDir().mkpath(info.absolutePath()))
            return Status::failure(
                Tr::tr("Cannot create the folder “%1”.").arg(info.absolutePath()));
    }

    std::unique_ptr<Database> db(new Database);
    db->m_path = absPath;
    db->m_connectionName = QStringLiteral("youfu-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
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
        conn.setDatabaseName(QStringLiteral("file:") + QUrl::fromLocalFile(absPath).path(QUrl::FullyEncoded) +
                             QStringLiteral("?immutable=1"));
        conn.setConnectOptions(connectOptions + QStringLiteral(";QSQLITE_OPEN_URI"));
        if (!conn.open() || pragmaValue(conn, QStringLiteral("schema_version")).isEmpty())
            return Status::failure(Tr::tr("Cannot read “%1”.").arg(absPath));
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
    return Result<std::unique_ptr<Database>>(std::move(db));
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
        {QStringLiteral("trusted_schema = OFF"), QStringLiteral("trusted_schema"), QStringLiteral("0")},
        {QStringLiteral("secure_delete = ON"), QStringLiteral("secure_delete"), QStringLiteral("1")},
        {QStringLiteral("busy_timeout = 5000"), QStringLiteral("busy_timeout"), QStringLiteral("5000")},
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
