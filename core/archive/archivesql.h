#pragma once
// Internal to the archive stores: the columns of an entry's trail and how to read them.

#include "archive/archiveentry.h"
#include "common/isotime.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QString>
#include <QVariant>

namespace youfu::core::archivesql {

// Select list for an entry's trail of table alias `t`; 9 columns, read by readTrail().
inline QString trailColumns(const QString& t)
{
    return QStringLiteral("%1.status, %1.filed_by, coalesce(fu.display_name, ''), %1.filed_at, "
                          "%1.changed_by, %1.changed_at, coalesce(%1.verified_by, 0), "
                          "coalesce(vu.display_name, ''), %1.verified_at, %1.return_reason")
        .arg(t);
}
// Joins for the user names of trailColumns().
inline QString trailJoins(const QString& t)
{
    return QStringLiteral(" LEFT JOIN users fu ON fu.id = %1.filed_by LEFT JOIN users vu ON vu.id "
                          "= %1.verified_by ")
        .arg(t);
}
constexpr int kTrailColumnCount = 10;

inline EntryTrail readTrail(const QSqlQuery& q, int c)
{
    EntryTrail t;
    t.status = entryStatusFromKey(q.value(c).toString());
    t.filedBy = q.value(c + 1).toLongLong();
    t.filedByName = q.value(c + 2).toString();
    t.filedAt = fromIsoUtc(q.value(c + 3).toString());
    t.changedBy = q.value(c + 4).toLongLong();
    t.changedAt = fromIsoUtc(q.value(c + 5).toString());
    t.verifiedBy = q.value(c + 6).toLongLong();
    t.verifiedByName = q.value(c + 7).toString();
    if (!q.value(c + 8).isNull())
        t.verifiedAt = fromIsoUtc(q.value(c + 8).toString());
    t.returnReason = q.value(c + 9).toString();
    return t;
}

} // namespace youfu::core::archivesql
