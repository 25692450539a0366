#pragma once

#include "audit/auditentry.h"
#include "common/result.h"
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

    Status record(const Actor& actor, const QString& action, const QString& entity,
                  const QString& entityId, const QJsonObject& before = {},
                  const QJsonObject& after = {});

    AuditVerifyReport verify() const;
    QList<AuditEntry> forEntity(const QString& entity, const QString& entityId) const;
    qint64 count() const;

    static QString genesisHash();
    static QString computeHash(const AuditEntry& e);

private:
    Database& m_db;
};

} // namespace youfu::core
