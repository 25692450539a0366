#pragma once

#include "common/result.h"
#include "security/actor.h"
#include "security/permission.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <functional>
#include <optional>
#include <utility>

namespace youfu::core {

class Database;

// Why an actor may make a change. Almost always a permission of the role matrix; the two
// others exist for the few acts that happen before or about one's own login.
class Authority
{
public:
    static Authority of(Permission p) { return Authority(Kind::Permission, p); }
    // Either of two permissions (e.g. the clerk or the director records a report upward).
    static Authority either(Permission p, Permission alternative)
    {
        Authority a(Kind::Permission, p);
        a.m_alternative = alternative;
        return a;
    }
    // The permission, or the one user named to act for its holder (the deputy the director
    // names to approve petition extensions); the named user still needs ViewBusiness.
    static Authority orNamedUser(Permission p, qint64 namedUserId)
    {
        Authority a(Kind::Permission, p);
        a.m_namedUserId = namedUserId;
        return a;
    }
    // Login events, logout, changing one's own password: a named actor, no role needed.
    static Authority ownAccount() { return Authority(Kind::OwnAccount, Permission::ViewBusiness); }
    // The first administrator of an empty database, named by Actor::bootstrap. The store
    // checks that no user exists yet, inside the same transaction.
    static Authority firstUser() { return Authority(Kind::FirstUser, Permission::ViewBusiness); }
    // What the program does by itself (the key record of a new database), named
    // Actor::bootstrap("system").
    static Authority system() { return Authority(Kind::System, Permission::ViewBusiness); }
    // What an approved application orders, done by the director inside the approval's own
    // change (no borrowed role): each entry says "applied by approval <number>".
    static Authority approval(const QString& number)
    {
        Authority a(Kind::Approval, Permission::ApproveApplication);
        a.m_approvalNumber = number;
        return a;
    }

    Status check(const Actor& actor) const;
    const QString& approvalNumber() const { return m_approvalNumber; }
    bool isApproval() const { return m_kind == Kind::Approval; }

private:
    enum class Kind
    {
        Permission,
        OwnAccount,
        FirstUser,
        System,
        Approval
    };
    Authority(Kind kind, Permission p) : m_kind(kind), m_permission(p) {}
    Kind m_kind;
    Permission m_permission;
    std::optional<Permission> m_alternative;
    qint64 m_namedUserId = 0;
    QString m_approvalNumber;
};

// What one audit entry says: the action ("person.update"), the record it concerns, and the
// record before and after. The change fills in what it learns (a new row's id, the before).
struct AuditNote
{
    AuditNote() = default;
    AuditNote(QString action, QString entity, QString entityId = {}, QJsonObject before = {},
              QJsonObject after = {})
        : action(std::move(action)), entity(std::move(entity)), entityId(std::move(entityId)),
          before(std::move(before)), after(std::move(after))
    {}
    QString action;
    QString entity;
    QString entityId;
    QJsonObject before;
    QJsonObject after;
};

// Passkey: only AuditedWrite can make one, and AuditLog::record wants one, so no store can
// write an audit entry outside a checked, transacted change.
class AuditPass
{
    friend class AuditedWrite;
    AuditPass() = default;
};

// What the change function gets: the database, the actor, the time of the change and the
// audit entry it may complete.
class WriteScope
{
public:
    Database& db() const { return m_db; }
    const Actor& actor() const { return m_actor; }
    QDateTime now() const { return m_now; }
    AuditNote& entry() { return m_entries.first(); }
    // A further entry in the same transaction (one per record of a batch).
    void alsoRecord(AuditNote note) { m_entries.append(std::move(note)); }

private:
    friend class AuditedWrite;
    WriteScope(Database& db, const Actor& actor, QDateTime now, AuditNote note)
        : m_db(db), m_actor(actor), m_now(std::move(now)), m_entries{std::move(note)}
    {}
    Database& m_db;
    const Actor& m_actor;
    QDateTime m_now;
    QList<AuditNote> m_entries;
};

// The one way to change the database: checks the authority, opens a transaction (a savepoint
// when nested in another change), runs the change, appends its audit entries and commits.
// Any failure on the way rolls everything back and is returned in the clerk's words.
class AuditedWrite
{
public:
    using Change = std::function<Status(WriteScope&)>;

    [[nodiscard]] static Status run(Database& db, const Actor& actor, const Authority& authority,
                                    AuditNote note, const Change& change);

    template <typename T, typename F>
    [[nodiscard]] static Result<T> produce(Database& db, const Actor& actor,
                                           const Authority& authority, AuditNote note, F&& change)
    {
        std::optional<T> out;
        const Status s = run(db, actor, authority, std::move(note), [&](WriteScope& w) -> Status {
            Result<T> r = change(w);
            if (!r)
                return r.status();
            out = r.takeValue();
            return Status::success();
        });
        if (!s)
            return s;
        return std::move(*out);
    }
};

} // namespace youfu::core
