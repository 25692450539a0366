#include "security/role.h"

#include <QCoreApplication>

namespace youfu::core {

namespace {
class Tr
{
    Q_DECLARE_TR_FUNCTIONS(youfu::core::Role)
};
} // namespace

QList<Role> allRoles()
{
    return {Role::Clerk, Role::SectionChief, Role::Inspector, Role::Director, Role::Admin, Role::Auditor};
}

QString roleKey(Role role)
{
    switch (role) {
    case Role::Clerk: return QStringLiteral("clerk");
    case Role::SectionChief: return QStringLiteral("section_chief");
    case Role::Inspector: return QStringLiteral("inspector");
    case Role::Director: return QStringLiteral("director");
    case Role::Admin: return QStringLiteral("admin");
    case Role::Auditor: return QStringLiteral("auditor");
    }
    return QString();
}

bool roleFromKey(const QString& key, Role* out)
{
    for (Role r : allRoles()) {
        if (roleKey(r) == key.trimmed().toLower()) {
            if (out)
                *out = r;
            return true;
        }
    }
    return false;
}

QString roleTitle(Role role)
{
    switch (role) {
    case Role::Clerk: return Tr::tr("Clerk");
    case Role::SectionChief: return Tr::tr("Section chief");
    case Role::Inspector: return Tr::tr("Discipline inspector");
    case Role::Director: return Tr::tr("Director");
    case Role::Admin: return Tr::tr("System administrator");
    case Role::Auditor: return Tr::tr("Auditor");
    }
    return QString();
}

QStringList roleKeys(Roles roles)
{
    QStringList keys;
    for (Role r : allRoles())
        if (roles.testFlag(r))
            keys << roleKey(r);
    return keys;
}

QString roleTitles(Roles roles)
{
    QStringList titles;
    for (Role r : allRoles())
        if (roles.testFlag(r))
            titles << roleTitle(r);
    return titles.join(Tr::tr(", "));
}

Status validateRoles(Roles roles)
{
    if (!roles)
        return Status::failure(Tr::tr("Choose at least one role."));
    for (Role exclusive : {Role::Admin, Role::Auditor}) {
        if (roles.testFlag(exclusive) && roles != Roles(exclusive))
            return Status::failure(Tr::tr("The role “%1” cannot be combined with any other role.")
                                       .arg(roleTitle(exclusive)));
    }
    return Status::success();
}

} // namespace youfu::core
