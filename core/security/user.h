#pragma once

#include "security/actor.h"

#include <QDateTime>
#include <QString>

namespace youfu::core {

struct User
{
    qint64 id = 0;
    QString login;
    QString displayName;
    Roles roles;
    bool disabled = false;
    bool mustChangePassword = false;
    int failedLogins = 0;
    QDateTime lockedUntil; // UTC; invalid when not locked
    QDateTime createdAt;   // UTC

    Actor toActor() const
    {
        Actor a;
        a.userId = id;
        a.login = login;
        a.displayName = displayName;
        a.roles = roles;
        return a;
    }
};

struct NewUser
{
    QString login;
    QString displayName;
    Roles roles;
};

} // namespace youfu::core
