#include "archive/verificationinboxstore.h"

#include "common/isotime.h"
#include "db/database.h"

#include <QCoreApplication>
#include <QSqlQuery>
#include <QVariant>

namespace youfu::core {

namespace {
class Tr
{
    Q_DECLARE_TR_FUNCTIONS(youfu::core::VerificationInboxStore)
};

// Documents and revisions share one shape so both lists are one UNION, sorted by filing time.
QString unionSql(const QString& documentWhere, const QString& revisionWhere)
{
    return QStringLiteral(
               "SELECT 'document' AS kind, d.id, d.archive_id, d.person_id, p.name, a.archive_number, "
               "coalesce(k.name, d.kind_code) || '：' || d.title AS what, coalesce(u.display_name, ''), "
               "d.filed_by, d.changed_by, d.filed_at, d.changed_at, d.status, d.return_reason "
               "FROM archive_documents d JOIN archives a ON a.id = d.archive_id JOIN persons p ON p.id = d.person_id "
               "LEFT JOIN document_kinds k ON k.code = d.kind_code LEFT JOIN users u ON u.id = d.filed_by WHERE %1 "
               "UNION ALL "
               "SELECT 'revision' AS kind, r.id, r.archive_id, a.person_id, p.name, a.archive_number, '' AS what, "
               "coalesce(u.display_name, ''), r.filed_by, r.changed_by, r.filed_at, r.changed_at, r.status, "
               "r.return_reason FROM archive_revisions r JOIN archives a ON a.id = r.archive_id "
               "JOIN persons p ON p.id = a.person_id LEFT JOIN users u ON u.id = r.filed_by WHERE %2")
        .arg(documentWhere, revisionWhere);
}
} // namespace

QList<VerificationItem> VerificationInboxStore::select(const QString& documentWhere, const QString& revisionWhere,
                                                       const QVariantList& binds, int offset, int limit) const
{
    QList<VerificationItem> out;
    QSqlQuery q(m_db.connection());
    q.prepare(unionSql(documentWhere, revisionWhere) + QStringLiteral(" ORDER BY 12, 1, 2 LIMIT ? OFFSET ?"));
    for (const QVariant& b : binds)
        q.addBindValue(b);
    q.addBindValue(limit);
    q.addBindValue(offset);
    if (!q.exec())
        return out;
    while (q.next()) {
        VerificationItem i;
        i.kind = q.value(0).toString() == QLatin1String("document") ? VerificationItem::Kind::Document
                                                                     : VerificationItem::Kind::ArchiveData;
        i.id = q.value(1).toLongLong();
        i.archiveId = q.value(2).toLongLong();
        i.personId = q.value(3).toLongLong();
        i.personName = q.value(4).toString();
        i.archiveNumber = q.value(5).toString();
        i.what = i.kind == VerificationItem::Kind::Document ? q.value(6).toString()
                                                            : Tr::tr("Archive data (location, keeper, state)");
        i.filedByName = q.value(7).toString();
        i.filedBy = q.value(8).toLongLong();
        i.changedBy = q.value(9).toLongLong();
        i.filedAt = fromIsoUtc(q.value(10).toString());
        i.changedAt = fromIsoUtc(q.value(11).toString());
        i.status = entryStatusFromKey(q.value(12).toString());
        i.returnReason = q.value(13).toString();
        out << i;
    }
    return out;
}

qint64 VerificationInboxStore::count(const QString& documentWhere, const QString& revisionWhere,
                                     const QVariantList& binds) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT (SELECT count(*) FROM archive_documents d WHERE %1) + "
                             "(SELECT count(*) FROM archive_revisions r WHERE %2)")
                  .arg(documentWhere, revisionWhere));
    for (const QVariant& b : binds)
        q.addBindValue(b);
    return q.exec() && q.next() ? q.value(0).toLongLong() : 0;
}

qint64 VerificationInboxStore::waitingCount() const
{
    return count(QStringLiteral("d.status = 'pending'"), QStringLiteral("r.status = 'pending'"), {});
}

QList<VerificationItem> VerificationInboxStore::waiting(int offset, int limit) const
{
    return select(QStringLiteral("d.status = 'pending'"), QStringLiteral("r.status = 'pending'"), {}, offset, limit);
}

qint64 VerificationInboxStore::waitingCountFor(qint64 userId) const
{
    return count(QStringLiteral("d.status = 'pending' AND d.filed_by <> ? AND d.changed_by <> ?"),
                 QStringLiteral("r.status = 'pending' AND r.filed_by <> ? AND r.changed_by <> ?"),
                 {userId, userId, userId, userId});
}

QList<VerificationItem> VerificationInboxStore::returnedTo(qint64 userId) const
{
    return select(QStringLiteral("d.status = 'returned' AND (d.filed_by = ? OR d.changed_by = ?)"),
                  QStringLiteral("r.status = 'returned' AND (r.filed_by = ? OR r.changed_by = ?)"),
                  {userId, userId, userId, userId}, 0, 1000);
}

qint64 VerificationInboxStore::returnedCountFor(qint64 userId) const
{
    return count(QStringLiteral("d.status = 'returned' AND (d.filed_by = ? OR d.changed_by = ?)"),
                 QStringLiteral("r.status = 'returned' AND (r.filed_by = ? OR r.changed_by = ?)"),
                 {userId, userId, userId, userId});
}

} // namespace youfu::core
