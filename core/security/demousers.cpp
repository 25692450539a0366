#include "security/demousers.h"

#include "db/database.h"
#include "security/userstore.h"

#include <QCoreApplication>

#include <sodium.h>

namespace youfu::core {

namespace {
class Tr
{
    Q_DECLARE_TR_FUNCTIONS(youfu::core::DemoUsers)
};
} // namespace

QString DemoUsers::randomPassword()
{
    // No look-alikes (0/O, 1/l/I), so a password read off the screen is typed right.
    static const char lower[] = "abcdefghijkmnpqrstuvwxyz";
    static const char upper[] = "ABCDEFGHJKLMNPQRSTUVWXYZ";
    static const char digits[] = "23456789";
    static const char signs[] = "#%+=@";
    if (sodium_init() < 0)
        return QString();
    const char* sets[] = {upper, lower, lower, lower,  lower, digits,
                          lower, lower, signs, digits, upper, lower};
    QString out;
    for (const char* set : sets)
        out += QLatin1Char(set[randombytes_uniform(quint32(qstrlen(set)))]);
    return out;
}

Result<QList<DemoUser>> DemoUsers::create(Database& db)
{
    UserStore users(db);
    const Result<int> existing = users.count();
    if (!existing)
        return existing.status();
    if (existing.value() > 0)
        return Status::failure(Tr::tr("The database already has users; demo users go only into an "
                                      "empty database."));
    QList<DemoUser> list = {
        {QStringLiteral("admin"), QStringLiteral("系统管理员"), Role::Admin, randomPassword()},
        {QStringLiteral("zhangli"), QStringLiteral("张丽"), Role::Clerk, randomPassword()},
        {QStringLiteral("wangjianhua"), QStringLiteral("王建华"), Role::SectionChief,
         randomPassword()},
        {QStringLiteral("liuzhiqiang"), QStringLiteral("刘志强"), Role::Inspector,
         randomPassword()},
        {QStringLiteral("chenguoping"), QStringLiteral("陈国平"), Role::Director, randomPassword()},
        {QStringLiteral("zhouhong"), QStringLiteral("周红"), Role::Auditor, randomPassword()},
    };
    auto adminId = users.createFirstAdmin({list[0].login, list[0].displayName, Roles(Role::Admin)},
                                          list[0].password);
    if (!adminId)
        return adminId.status();
    list[0].id = adminId.value();
    auto admin = users.byId(adminId.value());
    if (!admin)
        return admin.status();
    const Actor actor = admin->toActor();
    for (int i = 1; i < list.size(); ++i) {
        auto id = users.add(actor, {list[i].login, list[i].displayName, Roles(list[i].role)},
                            list[i].password);
        if (!id)
            return id.status();
        list[i].id = id.value();
        if (Status s = users.setMustChangePassword(actor, id.value(), false); !s)
            return s;
    }
    return list;
}

} // namespace youfu::core
