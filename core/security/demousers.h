#pragma once

#include "common/result.h"
#include "security/role.h"

#include <QList>
#include <QString>

namespace youfu::core {

class Database;

struct DemoUser
{
    QString login;
    QString displayName;
    Role role;
    QString password; // random; printed once, never stored in plain
    qint64 id = 0;
};

// One user per role for trying the program at once: random passwords, no forced change.
// Only for a database without users.
class DemoUsers
{
public:
    static Result<QList<DemoUser>> create(Database& db);
    static QString randomPassword(); // 12 characters of three classes at least
};

} // namespace youfu::core
