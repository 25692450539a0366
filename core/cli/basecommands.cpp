// youfuctl init, user add, passwd.
#include "cli/clicontext.h"
#include "cli/commands.h"
#include "security/userstore.h"

#include <QCoreApplication>

namespace youfu::core {

namespace {
class Tr
{
    Q_DECLARE_TR_FUNCTIONS(youfu::core::Cli)
};
} // namespace

int cmdInit(CliContext& ctx)
{
    if (!ctx.unexpected().isEmpty())
        return ctx.fail(Tr::tr("unexpected argument “%1”").arg(ctx.unexpected()));
    auto db = ctx.database(true);
    if (!db)
        return ctx.fail(db.error());
    ctx.out() << Tr::tr("Database ready: %1 (data format %2)")
                     .arg(db.value()->path())
                     .arg(db.value()->schemaVersion())
              << Qt::endl;
    return 0;
}

int cmdUserAdd(CliContext& ctx)
{
    const QStringList roleArgs = ctx.takeOptionAll(QStringLiteral("role"));
    QString name = ctx.takeOption(QStringLiteral("name"));
    const QString as = ctx.takeOption(QStringLiteral("as"));
    if (ctx.args().size() != 1)
        return ctx.fail(Tr::tr("say the login name once: user add LOGIN --role ROLE"));
    const QString login = ctx.args().takeFirst();
    if (name.isEmpty())
        name = login;
    Roles roles;
    for (const QString& arg : roleArgs) {
        for (const QString& key : arg.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
            Role r;
            if (!roleFromKey(key, &r))
                return ctx.fail(Tr::tr("unknown role “%1”").arg(key));
            roles |= r;
        }
    }
    if (!roles)
        return ctx.fail(Tr::tr("give at least one --role"));
    auto db = ctx.database(true);
    if (!db)
        return ctx.fail(db.error());
    UserStore users(*db.value());
    NewUser nu{login, name, roles};
    Result<qint64> id = Status::failure(QString());
    const Result<int> userCount = users.count();
    if (!userCount)
        return ctx.fail(userCount.error());
    if (userCount.value() == 0) {
        const QString password = ctx.io().readSecret(Tr::tr("Password for %1: ").arg(login));
        id = users.createFirstAdmin(nu, password);
    } else {
        auto actor = ctx.actingUser(as);
        if (!actor)
            return ctx.fail(actor.error());
        const QString password =
            ctx.io().readSecret(Tr::tr("Password for the new user %1: ").arg(login));
        id = users.add(actor.value(), nu, password);
    }
    if (!id)
        return ctx.fail(id.error());
    ctx.out() << Tr::tr("User %1 added (%2).").arg(login, roleTitles(roles)) << Qt::endl;
    return 0;
}

int cmdPasswd(CliContext& ctx)
{
    const QString as = ctx.takeOption(QStringLiteral("as"));
    if (!ctx.unexpected().isEmpty())
        return ctx.fail(Tr::tr("unexpected argument “%1”").arg(ctx.unexpected()));
    if (as.isEmpty())
        return ctx.fail(Tr::tr("say whose password: passwd --as LOGIN"));
    auto db = ctx.database(false);
    if (!db)
        return ctx.fail(db.error());
    // The one command open to a user who must change the password first.
    QString current;
    auto user = ctx.authenticate(*db.value(), as, true, &current);
    if (!user)
        return ctx.fail(user.error());
    const QString fresh = ctx.io().readSecret(Tr::tr("New password: "));
    const QString again = ctx.io().readSecret(Tr::tr("New password again: "));
    if (fresh != again)
        return ctx.fail(Tr::tr("the two new passwords differ; nothing was changed"));
    if (Status s = UserStore(*db.value()).changeOwnPassword(user->toActor(), current, fresh); !s)
        return ctx.fail(s.error());
    ctx.out() << Tr::tr("The password of %1 was changed.").arg(user->login) << Qt::endl;
    return 0;
}

} // namespace youfu::core
