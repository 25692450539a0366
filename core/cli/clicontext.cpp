#include "cli/clicontext.h"

#include "security/fieldcipher.h"
#include "security/userstore.h"

#include <QCoreApplication>

namespace youfu::core {

namespace {
class Tr
{
    Q_DECLARE_TR_FUNCTIONS(youfu::core::Cli)
};
} // namespace

QString CliContext::takeOption(const QString& name)
{
    const QString flag = QStringLiteral("--") + name;
    for (int i = 0; i < m_args.size(); ++i) {
        if (m_args[i] == flag && i + 1 < m_args.size()) {
            const QString v = m_args[i + 1];
            m_args.remove(i, 2);
            return v;
        }
        if (m_args[i].startsWith(flag + QLatin1Char('='))) {
            const QString v = m_args[i].mid(flag.size() + 1);
            m_args.removeAt(i);
            return v;
        }
    }
    return QString();
}

QStringList CliContext::takeOptionAll(const QString& name)
{
    QStringList values;
    for (QString v = takeOption(name); !v.isNull(); v = takeOption(name))
        values << v;
    return values;
}

bool CliContext::takeFlag(const QString& name)
{
    return m_args.removeAll(QStringLiteral("--") + name) > 0;
}

QString CliContext::unexpected() const
{
    return m_args.isEmpty() ? QString() : m_args.first();
}

Result<Database*> CliContext::database(bool createIfMissing)
{
    if (!m_db) {
        OpenOptions options;
        options.createIfMissing = createIfMissing;
        auto opened = Database::open(m_dbPath, options);
        if (!opened)
            return opened.status();
        m_db = opened.takeValue();
    }
    return m_db.get();
}

Result<Database*> CliContext::readOnlyDatabase()
{
    if (!m_db) {
        OpenOptions options;
        options.createIfMissing = false;
        options.readOnly = true;
        auto opened = Database::open(m_dbPath, options);
        if (!opened)
            return opened.status();
        m_db = opened.takeValue();
    }
    return m_db.get();
}

Result<User> CliContext::authenticate(Database& db, const QString& login, bool allowMustChange,
                                      QString* passwordOut)
{
    if (login.isEmpty())
        return Status::failure(
            Tr::tr("Say who you are: --as LOGIN (what you do is recorded under that name)."));
    const QString password = m_io.readSecret(Tr::tr("Password for %1: ").arg(login));
    if (password.isEmpty())
        return Status::failure(Tr::tr("No password was given."));
    if (passwordOut)
        *passwordOut = password;
    auto user = UserStore(db).authenticate(login, password);
    if (!user)
        return user;
    if (user->mustChangePassword && !allowMustChange)
        return Status::failure(Tr::tr("You must change your password first, in the window or with "
                                      "`youfuctl passwd --as %1`.")
                                   .arg(user->login));
    return user;
}

Result<Actor> CliContext::actingUser(const QString& login)
{
    if (login.isEmpty())
        return Status::failure(
            Tr::tr("Say who acts: --as LOGIN (the change is recorded under that name)."));
    auto db = database(false);
    if (!db)
        return db.status();
    auto user = authenticate(*db.value(), login);
    if (!user)
        return user.status();
    if (m_needsKey)
        if (Status s = FieldCipher::checkKey(*db.value()); !s)
            return s;
    return user->toActor();
}

Result<Actor> CliContext::reader(const QString& login, Permission permission)
{
    if (login.isEmpty())
        return Status::failure(Tr::tr("Say who reads: --as LOGIN and your password (personal data "
                                      "is shown only after a login)."));
    if (!m_db) {
        // Without the writer lock, so that a login works while the window is open, and without
        // an upgrade (a reading command never changes the data format). A login is still
        // written: failures count towards the lockout as in the window.
        OpenOptions options;
        options.createIfMissing = false;
        options.takeWriterLock = false;
        options.migrateTo = 0;
        OpenProblem problem = OpenProblem::None;
        auto opened = Database::open(m_dbPath, options, &problem);
        if (!opened && problem == OpenProblem::NetworkShare) {
            // Only read there: the password is checked, lockouts hold, nothing is counted.
            options.readOnly = true;
            opened = Database::open(m_dbPath, options);
        }
        if (!opened)
            return opened.status();
        m_db = opened.takeValue();
    }
    auto user = authenticate(*m_db, login);
    if (!user)
        return user.status();
    const Actor actor = user->toActor();
    if (Status s = require(actor, permission); !s)
        return s;
    return actor;
}

Result<Actor> CliContext::restorer(const QString& login, const QString& backupFile)
{
    if (login.isEmpty())
        return Status::failure(
            Tr::tr("Say who restores: --as ADMIN (the restore is recorded under that name)."));
    // The current database counts failures and keeps its lockout; it is closed again before
    // the restore replaces it.
    OpenOptions current;
    current.createIfMissing = false;
    current.takeWriterLock = false;
    current.migrateTo = 0;
    auto db = Database::open(m_dbPath, current);
    if (!db) {
        // The usual case for a restore: the current file is damaged or gone. The backup is
        // only read; its lockout and disabled accounts still hold.
        OpenOptions ro;
        ro.readOnly = true;
        ro.createIfMissing = false;
        db = Database::open(backupFile, ro);
    }
    if (!db)
        return db.status();
    auto user = authenticate(*db.value(), login);
    if (!user)
        return user.status();
    const Actor actor = user->toActor();
    if (Status s = require(actor, Permission::Restore); !s)
        return s;
    return actor;
}

int CliContext::fail(const QString& message)
{
    // One line, whatever the message: an integrity report of several lines is joined.
    QStringList lines;
    for (const QString& line : message.split(QLatin1Char('\n'), Qt::SkipEmptyParts))
        if (!line.trimmed().isEmpty())
            lines << line.trimmed();
    err() << Tr::tr("youfuctl: %1").arg(lines.join(QStringLiteral("; "))) << Qt::endl;
    return 1;
}

} // namespace youfu::core
