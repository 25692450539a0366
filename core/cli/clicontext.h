#pragma once

#include "cli/cliio.h"
#include "common/result.h"
#include "db/database.h"
#include "security/actor.h"
#include "security/permission.h"
#include "security/user.h"

#include <QStringList>

#include <memory>

namespace youfu::core {

// A parsed youfuctl command line and the means to carry it out.
class CliContext
{
public:
    CliContext(CliIo& io, QString dbPath, QStringList args)
        : m_io(io), m_dbPath(std::move(dbPath)), m_args(std::move(args))
    {}

    CliIo& io() { return m_io; }
    QTextStream& out() { return *m_io.out; }
    QTextStream& err() { return *m_io.err; }
    const QString& dbPath() const { return m_dbPath; }

    // Positional arguments after the command words, and "--name value" options.
    QStringList& args() { return m_args; }
    QString takeOption(const QString& name);        // removes and returns its value
    QStringList takeOptionAll(const QString& name); // a repeatable option
    bool takeFlag(const QString& name);
    QString unexpected() const; // an argument nobody took, or ""

    Result<Database*> database(bool createIfMissing);
    // For commands that only read: no writer lock, works while the window is open.
    Result<Database*> readOnlyDatabase();
    // The named user who acts: --as LOGIN and their password. Refused while the user must
    // change the password; for a command that needs the key, refused when the key file is not
    // this database's.
    Result<Actor> actingUser(const QString& login);
    // A command that reads personal data: logs LOGIN in (failures counted, lockout, disabled
    // and forced password change respected, even while the window has the database open) and
    // checks the permission. The database is then database().
    Result<Actor> reader(const QString& login, Permission permission);
    // Who restores: checked and counted against the current database when it can be opened,
    // else (a damaged file) against the backup, where a lockout is still respected.
    Result<Actor> restorer(const QString& login, const QString& backupFile);
    // Reads the password and checks it; an empty password is no attempt and is not counted.
    // passwordOut receives the password read (passwd passes it on as the current one).
    Result<User> authenticate(Database& db, const QString& login, bool allowMustChange = false,
                              QString* passwordOut = nullptr);
    // Commands whose data is useless without the key (backup) check it at login.
    void setNeedsKey(bool needsKey) { m_needsKey = needsKey; }

    int fail(const QString& message); // one line on stderr, exit code 1

private:
    CliIo& m_io;
    QString m_dbPath;
    QStringList m_args;
    std::unique_ptr<Database> m_db;
    bool m_needsKey = false;
};

} // namespace youfu::core
