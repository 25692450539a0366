#pragma once

#include "audit/auditentry.h"
#include "common/result.h"
#include "db/auditedwrite.h"
#include "security/actor.h"

#include <QJsonObject>
#include <QList>

namespace youfu::core {

class Database;

// The store of the audit table. Entries are appended inside the caller's transaction, so a
// change and its entry are saved together or not at all.
class AuditLog
{
public:
    explicit AuditLog(Database& db) : m_db(db) {}

    // Only AuditedWrite holds an AuditPass: entries are written by the one write path.
    [[nodiscard]] Status record(const AuditPass&, const Actor& actor, const AuditNote& note);

    AuditVerifyReport verify() const;
    QList<AuditEntry> forEntity(const QString& entity, const QString& entityId) const;
    qint64 count() const;

    static QString genesisHash();
    static QString computeHash(const AuditEntry& e);

private:
    Database& m_db;
};

} // namespace youfu::core
