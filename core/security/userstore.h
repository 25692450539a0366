#pragma once

#include "common/result.h"
#include "security/user.h"

#include <QList>

namespace youfu::core {

class Database;
class WriteScope;

// Users, their roles and passwords. The only SQL on the users tables.
class UserStore
{
public:
    static constexpr int kMaxFailedLogins = 5;
    static constexpr int kLockMinutes = 15;

    explicit UserStore(Database& db) : m_db(db) {}

    Result<int> count() const;
    Result<QList<User>> all() const;
    Result<User> byId(qint64 id) const;
    Result<User> byLogin(const QString& login) const;

    // The first administrator of an empty database; refused once any user exists.
    Result<qint64> createFirstAdmin(const NewUser& user, const QString& password);
    Result<qint64> add(const Actor& actor, const NewUser& user, const QString& password);
    Status update(const Actor& actor, qint64 userId, const QString& displayName, Roles roles);
    Status resetPassword(const Actor& actor, qint64 userId, const QString& newPassword);
    Status setDisabled(const Actor& actor, qint64 userId, bool disabled);
    // Whether the user must choose a new password at the next login (off for demo users).
    Status setMustChangePassword(const Actor& actor, qint64 userId, bool mustChange);
    Status changeOwnPassword(const Actor& actor, const QString& oldPassword,
                             const QString& newPassword);

    // Checks a login. Successes, failures and lockouts are all audited.
    Result<User> authenticate(const QString& login, const QString& password);
    Status recordLogout(const Actor& actor, const QString& why);

private:
    Result<qint64> insert(WriteScope& w, const NewUser& user, const QString& password,
                          bool mustChange);
    Status saveRoles(qint64 userId, Roles roles);
    Status recordFailure(WriteScope& w, const User& user, bool* lockedNow);
    Status refuseLogin(const QString& login, qint64 userId, const QString& reason,
                       const QString& message);

    Database& m_db;
};

} // namespace youfu::core
