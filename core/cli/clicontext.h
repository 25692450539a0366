#pragma once

#include "cli/cliio.h"
#include "common/result.h"
#include "db/database.h"
#include "security/actor.h"

#include <QStringList>

#include <memory>

namespace youfu::core {

// A parsed youfuctl command line and the means to carry it out.
class CliContext
{
public:
    CliContext(CliIo& io, QString dbPath, QStringList args) : m_io(io), m_dbPath(std::move(dbPath)), m_args(std::move(args)) {}

    CliIo& io() { return m_io; }
    QTextStream& out() { return *m_io.out; }
    QTextStream& err() { return *m_io.err; }
    const QString& dbPath() const { return m_dbPath; }

    // Positional arguments after the command words, and "--name value" options.
    QStringList& args() { return m_args; }
    QString takeOption(const QString& name);            // removes and returns its value
    QStringList takeOptionAll(const QString& name);     // a repeatable option
    bool takeFlag(const QString& name);
    QString unexpected() const;                         // an argument nobody took, or ""

    Result<Database*> database(bool createIfMissing);
    // For commands that only read: no writer lock, works while the window is open.
    Result<Database*> readOnlyDatabase();
    // The named user who acts: --as LOGIN and their password.
    Result<Actor> actingUser(const QString& login);

    int fail(const QString& message); // one line on stderr, exit code 1

private:
    CliIo& m_io;
    QString m_dbPath;
    QStringList m_args;
    std::unique_ptr<Database> m_db;
};

} // namespace youfu::core
