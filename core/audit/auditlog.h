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

    // Checks the chain (numbers, links, hashes: plain SHA-256 up to the sealed legacy boundary,
    // keyed after it), that the protective triggers are in place as shipped, and that the log
    // still holds what each anchor (a backup's manifest) says it held.
    AuditVerifyReport verify(const QList<AuditAnchor>& anchors = {}) const;
    QList<AuditEntry> forEntity(const QString& entity, const QString& entityId) const;
    qint64 count() const;
    // The last entry (number and hash), for a backup's manifest; entries = 0 when empty.
    Result<AuditAnchor> head() const;

    static QString genesisHash();
    // The plain SHA-256 of entries written before the chain was keyed (migration 0006).
    static QString computeHash(const AuditEntry& e);
    // The keyed hash of every later entry (see AuditKey).
    static QString computeKeyedHash(const AuditEntry& e, const QByteArray& auditKey);
    // The seal of the legacy boundary: a keyed hash of its number.
    static QString legacySeal(qint64 legacyUntil, const QByteArray& auditKey);

private:
    QString checkTriggers() const;
    void checkAnchors(const QList<AuditAnchor>& anchors, const QList<QDateTime>& restores,
                      AuditVerifyReport& report) const;

    Database& m_db;
};

} // namespace youfu::core
