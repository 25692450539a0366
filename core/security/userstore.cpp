#include "security/userstore.h"

#include "common/isotime.h"
#include "common/textlimits.h"
#include "db/auditedwrite.h"
#include "db/database.h"
#include "db/sqlerror.h"
#include "db/sqlexec.h"
#include "db/sqlvalues.h"
#include "security/passwordhasher.h"
#include "security/passwordpolicy.h"
#include "security/permission.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>

namespace youfu::core {

namespace {
class Tr
{
    Q_DECLARE_TR_FUNCTIONS(youfu::core::UserStore)
};

const char* const kUserColumns = "id, login, display_name, disabled, must_change_password, "
                                 "failed_logins, locked_until, created_at";

QJsonObject toJson(const User& u)
{
    return QJsonObject{{QStringLiteral("login"), u.login},
                       {QStringLiteral("display_name"), u.displayName},
                       {QStringLiteral("roles"), QJsonArray::fromStringList(roleKeys(u.roles))},
                       {QStringLiteral("disabled"), u.disabled}};
}

Status checkLogin(const QString& login)
{
    static const QRegularExpression re(QStringLiteral("^[\\p{L}\\p{N}_.-]{2,32}$"));
    if (!re.match(login).hasMatch())
        return Status::failure(Tr::tr("A login name has 2 to 32 letters, digits, “.”, “_” or “-”, "
                                      "without spaces."));
    return Status::success();
}

Status checkDisplayName(const QString& name)
{
    if (name.trimmed().isEmpty())
        return Status::failure(Tr::tr("Enter the person's name."));
    if (QString m = TextRules::check(name.trimmed(), TextLimits::kName, Tr::tr("A name"));
        !m.isEmpty())
        return Status::failure(m);
    return Status::success();
}
} // namespace

Result<int> UserStore::count() const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT count(*) FROM users"));
    if (Status s = runSingle(q, QString()); !s)
        return s;
    return q.value(0).toInt();
}

Result<QList<User>> UserStore::all() const
{
    QList<User> users;
    QSqlQuery q(m_db.connection());
    if (Status s = runQuery(q, QStringLiteral("SELECT id FROM users ORDER BY disabled, login")); !s)
        return s;
    QList<qint64> ids;
    while (q.next())
        ids << q.value(0).toLongLong();
    for (qint64 id : ids) {
        auto u = byId(id);
        if (!u)
            return u.status();
        users << u.value();
    }
    return users;
}

Result<User> UserStore::byId(qint64 id) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT %1 FROM users WHERE id = ?").arg(QLatin1String(kUserColumns)));
    q.addBindValue(id);
    if (Status read = runSingle(q, Tr::tr("No such user.")); !read)
        return read;
    User u;
    u.id = q.value(0).toLongLong();
    u.login = q.value(1).toString();
    u.displayName = q.value(2).toString();
    u.disabled = q.value(3).toBool();
    u.mustChangePassword = q.value(4).toBool();
    u.failedLogins = q.value(5).toInt();
    if (!q.value(6).isNull())
        u.lockedUntil = fromIsoUtc(q.value(6).toString());
    u.createdAt = fromIsoUtc(q.value(7).toString());
    QSqlQuery r(m_db.connection());
    r.prepare(QStringLiteral("SELECT role FROM user_roles WHERE user_id = ?"));
    r.addBindValue(id);
    if (Status read = runQuery(r); !read)
        return read;
    while (r.next()) {
        Role role;
        if (roleFromKey(r.value(0).toString(), &role))
            u.roles |= role;
    }
    return u;
}

Result<User> UserStore::byLogin(const QString& login) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT id FROM users WHERE login = ?"));
    q.addBindValue(login.trimmed());
    if (Status read = runSingle(q, Tr::tr("There is no user “%1”.").arg(login.trimmed())); !read)
        return read;
    return byId(q.value(0).toLongLong());
}

Result<qint64> UserStore::createFirstAdmin(const NewUser& user, const QString& password)
{
    if (user.roles != Roles(Role::Admin))
        return Status::failure(Tr::tr("The first user must be the system administrator."));
    return AuditedWrite::produce<qint64>(
        m_db, Actor::bootstrap(user.login.trimmed()), Authority::firstUser(), {},
        [&](WriteScope& w) -> Result<qint64> {
            auto n = count();
            if (!n)
                return n.status();
            if (n.value() > 0)
                return Status::failure(Tr::tr("This database already has users; log in instead."));
            return insert(w, user, password, false);
        });
}

Result<qint64> UserStore::add(const Actor& actor, const NewUser& user, const QString& password)
{
    // A password set by the administrator is known to two people: the user changes it first.
    return AuditedWrite::produce<qint64>(
        m_db, actor, Authority::of(Permission::ManageUsers), {},
        [&](WriteScope& w) { return insert(w, user, password, true); });
}

Result<qint64> UserStore::insert(WriteScope& w, const NewUser& user, const QString& password,
                                 bool mustChange)
{
    const Actor& actor = w.actor();
    const QString login = user.login.trimmed();
    if (Status s = checkLogin(login); !s)
        return s;
    if (Status s = checkDisplayName(user.displayName); !s)
        return s;
    if (Status s = validateRoles(user.roles); !s)
        return s;
    if (Status s = checkPasswordPolicy(password, login); !s)
        return s;
    if (byLogin(login))
        return Status::failure(Tr::tr("The login name “%1” is already taken.").arg(login));
    const QString hash = PasswordHasher::hash(password);
    if (hash.isEmpty())
        return Status::failure(Tr::tr("The password could not be protected (out of memory?)."));

    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("INSERT INTO users (login, display_name, password_hash, "
                             "must_change_password, created_at, created_by) VALUES (?,?,?,?,?,?)"));
    q.addBindValue(login);
    q.addBindValue(user.displayName.trimmed());
    q.addBindValue(hash);
    q.addBindValue(mustChange ? 1 : 0);
    q.addBindValue(toIsoUtc(w.now()));
    q.addBindValue(idOrNull(actor.userId));
    if (!q.exec())
        return sqlFailure(q);
    const qint64 id = q.lastInsertId().toLongLong();
    if (Status s = saveRoles(id, user.roles); !s)
        return s;
    auto created = byId(id);
    if (!created)
        return created.status();
    w.entry() = AuditNote{QStringLiteral("user.add"),
                          QStringLiteral("user"),
                          QString::number(id),
                          {},
                          toJson(created.value())};
    return id;
}

Status UserStore::saveRoles(qint64 userId, Roles roles)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("DELETE FROM user_roles WHERE user_id = ?"));
    q.addBindValue(userId);
    if (!q.exec())
        return sqlFailure(q);
    for (const QString& key : roleKeys(roles)) {
        q.prepare(QStringLiteral("INSERT INTO user_roles (user_id, role) VALUES (?, ?)"));
        q.addBindValue(userId);
        q.addBindValue(key);
        if (!q.exec())
            return sqlFailure(q);
    }
    return Status::success();
}

Status UserStore::update(const Actor& actor, qint64 userId, const QString& displayName, Roles roles)
{
    if (Status s = checkDisplayName(displayName); !s)
        return s;
    if (Status s = validateRoles(roles); !s)
        return s;
    return AuditedWrite::run(
        m_db, actor, Authority::of(Permission::ManageUsers), {}, [&](WriteScope& w) -> Status {
            auto before = byId(userId);
            if (!before)
                return before.status();
            if (userId == actor.userId && !roles.testFlag(Role::Admin))
                return Status::failure(
                    Tr::tr("You cannot take the administrator role from yourself."));
            QSqlQuery q(m_db.connection());
            q.prepare(QStringLiteral("UPDATE users SET display_name = ? WHERE id = ?"));
            q.addBindValue(displayName.trimmed());
            q.addBindValue(userId);
            if (!q.exec())
                return sqlFailure(q);
            if (Status s = saveRoles(userId, roles); !s)
                return s;
            auto after = byId(userId);
            if (!after)
                return after.status();
            w.entry() =
                AuditNote{QStringLiteral("user.update"), QStringLiteral("user"),
                          QString::number(userId), toJson(before.value()), toJson(after.value())};
            return Status::success();
        });
}

Status UserStore::resetPassword(const Actor& actor, qint64 userId, const QString& newPassword)
{
    auto user = byId(userId);
    if (!user)
        return user.status();
    if (Status s = checkPasswordPolicy(newPassword, user->login); !s)
        return s;
    return AuditedWrite::run(
        m_db, actor, Authority::of(Permission::ManageUsers), {}, [&](WriteScope& w) -> Status {
            QSqlQuery q(m_db.connection());
            q.prepare(
                QStringLiteral("UPDATE users SET password_hash = ?, must_change_password = 1, "
                               "failed_logins = 0, locked_until = NULL WHERE id = ?"));
            q.addBindValue(PasswordHasher::hash(newPassword));
            q.addBindValue(userId);
            if (!q.exec())
                return sqlFailure(q);
            w.entry() = AuditNote{QStringLiteral("user.reset_password"), QStringLiteral("user"),
                                  QString::number(userId)};
            return Status::success();
        });
}

Status UserStore::setDisabled(const Actor& actor, qint64 userId, bool disabled)
{
    if (userId == actor.userId && disabled)
        return Status::failure(Tr::tr("You cannot disable your own account."));
    return AuditedWrite::run(
        m_db, actor, Authority::of(Permission::ManageUsers), {}, [&](WriteScope& w) -> Status {
            auto before = byId(userId);
            if (!before)
                return before.status();
            QSqlQuery q(m_db.connection());
            q.prepare(QStringLiteral("UPDATE users SET disabled = ? WHERE id = ?"));
            q.addBindValue(disabled ? 1 : 0);
            q.addBindValue(userId);
            if (!q.exec())
                return sqlFailure(q);
            auto after = byId(userId);
            if (!after)
                return after.status();
            w.entry() =
                AuditNote{disabled ? QStringLiteral("user.disable") : QStringLiteral("user.enable"),
                          QStringLiteral("user"), QString::number(userId), toJson(before.value()),
                          toJson(after.value())};
            return Status::success();
        });
}

Status UserStore::setMustChangePassword(const Actor& actor, qint64 userId, bool mustChange)
{
    return AuditedWrite::run(
        m_db, actor, Authority::of(Permission::ManageUsers), {}, [&](WriteScope& w) -> Status {
            auto before = byId(userId);
            if (!before)
                return before.status();
            QSqlQuery q(m_db.connection());
            q.prepare(QStringLiteral("UPDATE users SET must_change_password = ? WHERE id = ?"));
            q.addBindValue(mustChange ? 1 : 0);
            q.addBindValue(userId);
            if (!q.exec())
                return sqlFailure(q);
            QJsonObject b = toJson(before.value());
            b.insert(QStringLiteral("must_change_password"), before->mustChangePassword);
            QJsonObject a = toJson(before.value());
            a.insert(QStringLiteral("must_change_password"), mustChange);
            w.entry() = AuditNote{QStringLiteral("user.must_change_password"),
                                  QStringLiteral("user"), QString::number(userId), b, a};
            return Status::success();
        });
}

Status UserStore::changeOwnPassword(const Actor& actor, const QString& oldPassword,
                                    const QString& newPassword)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT password_hash FROM users WHERE id = ?"));
    q.addBindValue(actor.userId);
    if (Status read = runSingle(q, Tr::tr("No such user.")); !read)
        return read;
    if (!PasswordHasher::verify(q.value(0).toString(), oldPassword))
        return Status::failure(Tr::tr("The current password is wrong."));
    if (oldPassword == newPassword)
        return Status::failure(Tr::tr("The new password must differ from the current one."));
    if (Status s = checkPasswordPolicy(newPassword, actor.login); !s)
        return s;
    if (!actor.isValid())
        return Status::failure(Tr::tr("Nobody is logged in."));
    return AuditedWrite::run(m_db, actor, Authority::ownAccount(),
                             {QStringLiteral("user.change_password"),
                              QStringLiteral("user"),
                              QString::number(actor.userId),
                              {},
                              {}},
                             [&](WriteScope&) -> Status {
                                 QSqlQuery u(m_db.connection());
                                 u.prepare(QStringLiteral("UPDATE users SET password_hash = ?, "
                                                          "must_change_password = 0 WHERE id = ?"));
                                 u.addBindValue(PasswordHasher::hash(newPassword));
                                 u.addBindValue(actor.userId);
                                 return runQuery(u);
                             });
}

Status UserStore::recordFailure(WriteScope& w, const User& user, bool* lockedNow)
{
    const int failures = user.failedLogins + 1;
    *lockedNow = failures >= kMaxFailedLogins;
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("UPDATE users SET failed_logins = ?, locked_until = ? WHERE id = ?"));
    q.addBindValue(*lockedNow ? 0 : failures);
    q.addBindValue(*lockedNow ? QVariant(toIsoUtc(w.now().addSecs(kLockMinutes * 60)))
                              : QVariant());
    q.addBindValue(user.id);
    if (Status s = runQuery(q); !s)
        return s;
    if (*lockedNow)
        w.entry().action = QStringLiteral("login.locked");
    w.entry().after = QJsonObject{{QStringLiteral("failures"), failures}};
    return Status::success();
}

// Records a refused login (who tried, and why) and returns the refusal.
Status UserStore::refuseLogin(const QString& login, qint64 userId, const QString& reason,
                              const QString& message)
{
    const Status recorded =
        AuditedWrite::run(m_db, Actor::bootstrap(login), Authority::ownAccount(),
                          {QStringLiteral("login.failure"),
                           QStringLiteral("user"),
                           userId > 0 ? QString::number(userId) : QString(),
                           {},
                           QJsonObject{{QStringLiteral("reason"), reason}}},
                          [](WriteScope&) { return Status::success(); });
    return recorded ? Status::failure(message) : recorded;
}

Result<User> UserStore::authenticate(const QString& login, const QString& password)
{
    const QString wrong = Tr::tr("The login name or the password is wrong.");
    // No password is no attempt: an empty line (a stray Enter, an empty pipe) must not lock
    // anybody out.
    if (password.isEmpty())
        return Status::failure(Tr::tr("Enter the password."));
    if (m_db.isReadOnly()) {
        // Nothing can be recorded; still check the password so that a read-only copy can be
        // read, but a locked or disabled account stays shut here too.
        auto user = byLogin(login);
        if (user && user->lockedUntil.isValid() && user->lockedUntil > m_db.clock().nowUtc())
            return Status::failure(
                Tr::tr("After %1 wrong passwords this account is locked until %2.")
                    .arg(kMaxFailedLogins)
                    .arg(user->lockedUntil.toLocalTime().toString(QStringLiteral("HH:mm"))));
        QSqlQuery q(m_db.connection());
        q.prepare(QStringLiteral("SELECT password_hash FROM users WHERE login = ?"));
        q.addBindValue(login.trimmed());
        if (!user || user->disabled || !q.exec() || !q.next() ||
            !PasswordHasher::verify(q.value(0).toString(), password))
            return Status::failure(wrong);
        return user;
    }
    // Decide by reading, then record what happened in one audited change: a refusal is
    // recorded and kept, and still reported as a refusal.
    auto user = byLogin(login);
    if (!user)
        return refuseLogin(login.trimmed().left(32), 0, QStringLiteral("unknown login"), wrong);
    const QDateTime now = m_db.clock().nowUtc();
    if (user->lockedUntil.isValid() && user->lockedUntil > now)
        // Attempts against a locked account are recorded too: they are what an auditor looks for.
        return refuseLogin(
            user->login, user->id, QStringLiteral("locked"),
            Tr::tr("After %1 wrong passwords this account is locked until %2.")
                .arg(kMaxFailedLogins)
                .arg(user->lockedUntil.toLocalTime().toString(QStringLiteral("HH:mm"))));
    if (user->disabled)
        return refuseLogin(user->login, user->id, QStringLiteral("disabled"),
                           Tr::tr("This account has been disabled. Ask the administrator."));
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT password_hash FROM users WHERE id = ?"));
    q.addBindValue(user->id);
    if (Status s = runSingle(q, wrong); !s)
        return s;
    if (!PasswordHasher::verify(q.value(0).toString(), password)) {
        bool lockedNow = false;
        const Status recorded = AuditedWrite::run(
            m_db, Actor::bootstrap(user->login), Authority::ownAccount(),
            {QStringLiteral("login.failure"),
             QStringLiteral("user"),
             QString::number(user->id),
             {},
             {}},
            [&](WriteScope& w) { return recordFailure(w, user.value(), &lockedNow); });
        if (!recorded)
            return recorded;
        if (lockedNow)
            return Status::failure(Tr::tr("After %1 wrong passwords this account is locked for %2 "
                                          "minutes.")
                                       .arg(kMaxFailedLogins)
                                       .arg(kLockMinutes));
        return Status::failure(wrong);
    }
    const Status recorded = AuditedWrite::run(
        m_db, user->toActor(), Authority::ownAccount(),
        {QStringLiteral("login.success"),
         QStringLiteral("user"),
         QString::number(user->id),
         {},
         {}},
        [&](WriteScope&) -> Status {
            QSqlQuery u(m_db.connection());
            u.prepare(QStringLiteral(
                "UPDATE users SET failed_logins = 0, locked_until = NULL WHERE id = ?"));
            u.addBindValue(user->id);
            return runQuery(u);
        });
    if (!recorded)
        return recorded;
    User fresh = user.value();
    fresh.failedLogins = 0;
    fresh.lockedUntil = QDateTime();
    return fresh;
}

Status UserStore::recordLogout(const Actor& actor, const QString& why)
{
    if (m_db.isReadOnly() || !actor.isValid())
        return Status::success();
    return AuditedWrite::run(m_db, actor, Authority::ownAccount(),
                             {QStringLiteral("logout"),
                              QStringLiteral("user"),
                              QString::number(actor.userId),
                              {},
                              QJsonObject{{QStringLiteral("reason"), why}}},
                             [](WriteScope&) { return Status::success(); });
}

} // namespace youfu::core
