#pragma once

#include "audit/auditentry.h"
#include "common/result.h"
#include "security/actor.h"

#include <QDate>
#include <QHash>
#include <QList>
#include <QStringList>

namespace youfu::core {

class Database;

// What the auditor narrows the log to. Empty fields do not filter.
struct AuditFilter
{
    QString login; // exact login of who acted
    QDate from;    // local calendar days, both inclusive
    QDate to;
    QString text;             // part of the action or entity ("login", "user.add"), or an entity id
    QStringList actions = {}; // action keys ("login.success", ...); empty: every action
};

// Who is who in the log: users by login and by number, their names as the users table keeps
// them, and the persons the entries are about. The log records logins and numbers; the
// auditor reads names.
struct AuditPeople
{
    QHash<QString, QString> nameByLogin;
    QHash<qint64, QString> nameById;
    QHash<qint64, QString> personById;
    QHash<QString, QString> categoryNameByCode; // war_veteran → 参战退役人员
    // The display name, or the login when there is none (a mistyped login, a removed user).
    QString nameOf(const QString& login) const { return nameByLogin.value(login, login); }
    // The name of the user or person an entry is about; "" for other records, which go by
    // their number.
    QString subjectName(const AuditEntry& e) const
    {
        bool ok = false;
        const qint64 id = e.entityId.toLongLong(&ok);
        if (!ok)
            return QString();
        if (e.entity == QLatin1String("user"))
            return nameById.value(id);
        if (e.entity == QLatin1String("person"))
            return personById.value(id);
        return QString();
    }
};

// Reading the audit log for the auditor: filtered, newest first, in pages (keyset paging on
// the id, so the 200,000th entry costs what the first does). Needs Permission::ReadAudit.
// Without Permission::RevealSensitive the before/after are masked (AuditMask::maskJson).
class AuditQuery
{
public:
    explicit AuditQuery(Database& db) : m_db(db) {}

    // Entries with id < beforeId (0: from the newest), at most `limit`.
    Result<QList<AuditEntry>> page(const Actor& actor, const AuditFilter& filter, qint64 beforeId,
                                   int limit) const;
    Result<qint64> count(const Actor& actor, const AuditFilter& filter) const;
    Result<QStringList> logins(const Actor& actor) const;
    Result<AuditPeople> people(const Actor& actor) const;
    // Adds the names of the persons `entries` are about (entity "person") to `people`.
    Status addPersons(const Actor& actor, const QList<AuditEntry>& entries,
                      AuditPeople* people) const;
    // The filtered list as CSV (UTF-8 with BOM, for spreadsheet programs), written atomically,
    // in the words of the page (AuditWording): time, who by name, action, record, what changed;
    // with the entry number and hash, so a printout can be checked against the chain.
    // The export itself is audited.
    Result<qint64> exportCsv(const Actor& actor, const AuditFilter& filter, const QString& path);

private:
    Database& m_db;
};

} // namespace youfu::core
