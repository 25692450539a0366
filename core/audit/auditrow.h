#pragma once
// Internal to the audit stores: the columns of an audit entry and how to read them, in one place.

#include "audit/auditentry.h"
#include "common/isotime.h"

#include <QSqlQuery>
#include <QVariant>

namespace youfu::core::auditrow {

// The select list, in the order auditrow::read() expects.
inline const char* columns()
{
    return "id, at, actor_id, actor_login, action, entity, entity_id, before_json, after_json, "
           "prev_hash, hash";
}

inline AuditEntry read(const QSqlQuery& q)
{
    AuditEntry e;
    e.id = q.value(0).toLongLong();
    e.at = fromIsoUtc(q.value(1).toString());
    e.actorId = q.value(2).toLongLong();
    e.actorLogin = q.value(3).toString();
    e.action = q.value(4).toString();
    e.entity = q.value(5).toString();
    e.entityId = q.value(6).toString();
    e.beforeJson = q.value(7).toString();
    e.afterJson = q.value(8).toString();
    e.prevHash = q.value(9).toString();
    e.hash = q.value(10).toString();
    return e;
}

} // namespace youfu::core::auditrow
