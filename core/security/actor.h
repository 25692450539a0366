#pragma once

#include "security/role.h"

#include <QString>

namespace youfu::core {

// Who does a thing. Every write in core takes one explicitly; there is no global current user.
struct Actor
{
    qint64 userId = 0;
    QString login;
    QString displayName;
    Roles roles;

    bool isValid() const { return userId > 0 && !login.isEmpty(); }
    bool has(Role role) const { return roles.testFlag(role); }
    // For entries written before anybody can log in (creating the very first admin).
    static Actor bootstrap(const QString& login)
    {
        Actor a;
        a.login = login;
        a.displayName = login;
        return a;
    }
};

} // namespace youfu::core
