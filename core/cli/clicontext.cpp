#include "cli/clicontext.h"

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

Result<Actor> CliContext::actingUser(const QString& login)
{
    if (login.isEmpty())
        return Status::failure(Tr::tr("Say who acts: --as LOGIN (the change is recorded under that name)."));
    auto db = database(false);
    if (!db)
        return db.status();
    const QString password = m_io.readSecret(Tr::tr("Password for %1: ").arg(login));
    auto user = UserStore(*db.value()).authenticate(login, password);
    if (!user)
        return user.status();
    return user->toActor();
}

int CliContext::fail(const QString& message)
{
    err() << Tr::tr("youfuctl: %1").arg(message) << Qt::endl;
    return 1;
}

} // namespace youfu::core
