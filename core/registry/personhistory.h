#pragma once

#include "audit/auditentry.h"

#include <QList>
#include <QString>

namespace youfu::core {

// Turns a person's audit entries (AuditLog::forEntity("person", id)) into lines a clerk reads:
// "2026-11-29 10:15 zhangli: changed phone 138****1234 → 139****5678; address …".
class PersonHistory
{
public:
    static QString describe(const AuditEntry& entry); // without time and user
    static QString line(const AuditEntry& entry);     // with local time and user
    static QStringList lines(const QList<AuditEntry>& entries);
    static QString fieldTitle(const QString& key); // "phone" → "phone" (translated)
};

} // namespace youfu::core
