#include "audit/auditquery.h"

#include "audit/auditlog.h"
#include "audit/auditmask.h"
#include "audit/auditrow.h"
#include "audit/auditwording.h"
#include "common/isotime.h"
#include "db/auditedwrite.h"
#include "db/database.h"
#include "db/sqlerror.h"
#include "db/sqlexec.h"
#include "io/listexports.h"
#include "report/atomicfile.h"
#include "report/csvwriter.h"
#include "security/permission.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>
#include <QTimeZone>

namespace youfu::core {

namespace {
class Tr
{
    Q_DECLARE_TR_FUNCTIONS(youfu::core::AuditQuery)
};

struct Where
{
    QString sql;
    QVariantList values;
};

Where whereFor(const AuditFilter& f, qint64 beforeId)
{
    QStringList parts;
    Where w;
    if (beforeId > 0) {
        parts << QStringLiteral("id < ?");
        w.values << beforeId;
    }
    if (!f.login.trimmed().isEmpty()) {
        parts << QStringLiteral("actor_login = ?");
        w.values << f.login.trimmed();
    }
    // Days are the office's local days; the log keeps UTC.
    if (f.from.isValid()) {
        parts << QStringLiteral("at >= ?");
        w.values << toIsoUtc(f.from.startOfDay());
    }
    if (f.to.isValid()) {
        parts << QStringLiteral("at < ?");
        w.values << toIsoUtc(f.to.addDays(1).startOfDay());
    }
    const QString text = f.text.trimmed();
    if (!text.isEmpty()) {
        QString pattern = text;
        pattern.replace(QLatin1Char('\\'), QLatin1String("\\\\"))
            .replace(QLatin1Char('%'), QLatin1String("\\%"))
            .replace(QLatin1Char('_'), QLatin1String("\\_"));
        pattern = QLatin1Char('%') + pattern + QLatin1Char('%');
        parts << QStringLiteral(
            "(action LIKE ? ESCAPE '\\' OR entity LIKE ? ESCAPE '\\' OR entity_id = ?)");
        w.values << pattern << pattern << text;
    }
    QStringList actions;
    for (const QString& a : f.actions)
        if (!a.trimmed().isEmpty())
            actions << a.trimmed();
    if (!actions.isEmpty()) {
        QStringList marks;
        for (const QString& a : actions) {
            marks << QStringLiteral("?");
            w.values << a;
        }
        parts << QStringLiteral("action IN (%1)").arg(marks.join(QLatin1Char(',')));
    }
    if (!parts.isEmpty())
        w.sql = QStringLiteral(" WHERE ") + parts.join(QLatin1String(" AND "));
    return w;
}

} // namespace

Result<QList<AuditEntry>> AuditQuery::page(const Actor& actor, const AuditFilter& filter,
                                           qint64 beforeId, int limit) const
{
    if (Status s = require(actor, Permission::ReadAudit); !s)
        return s;
    const Where w = whereFor(filter, beforeId);
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT %1 FROM audit_log%2 ORDER BY id DESC LIMIT %3")
                  .arg(QLatin1String(auditrow::columns()), w.sql)
                  .arg(qMax(1, limit)));
    for (const QVariant& v : w.values)
        q.addBindValue(v);
    if (!q.exec())
        return Status::failure(
            Tr::tr("Cannot read the audit log: %1").arg(describeSqlError(q.lastError())));
    // The auditor checks who did what, not the particulars: those stay masked for anyone who
    // may not reveal them, on screen and in the export alike.
    const bool mask = !isAllowed(actor.roles, Permission::RevealSensitive);
    QList<AuditEntry> list;
    while (q.next()) {
        AuditEntry e = auditrow::read(q);
        if (mask) {
            e.beforeJson = AuditMask::maskJson(e.beforeJson);
            e.afterJson = AuditMask::maskJson(e.afterJson);
        }
        list << e;
    }
    return list;
}

Result<qint64> AuditQuery::count(const Actor& actor, const AuditFilter& filter) const
{
    if (Status s = require(actor, Permission::ReadAudit); !s)
        return s;
    const Where w = whereFor(filter, 0);
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT count(*) FROM audit_log") + w.sql);
    for (const QVariant& v : w.values)
        q.addBindValue(v);
    if (Status read = runSingle(
            q, Tr::tr("Cannot read the audit log: %1").arg(describeSqlError(q.lastError())));
        !read)
        return read;
    return q.value(0).toLongLong();
}

Result<QStringList> AuditQuery::logins(const Actor& actor) const
{
    if (Status s = require(actor, Permission::ReadAudit); !s)
        return s;
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT DISTINCT actor_login FROM audit_log ORDER BY actor_login"));
    if (Status s = runQuery(q); !s)
        return s;
    QStringList list;
    while (q.next())
        list << q.value(0).toString();
    return list;
}

Result<AuditPeople> AuditQuery::people(const Actor& actor) const
{
    if (Status s = require(actor, Permission::ReadAudit); !s)
        return s;
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT id, login, display_name FROM users"));
    if (Status s = runQuery(q); !s)
        return s;
    AuditPeople people;
    while (q.next()) {
        const QString name = q.value(2).toString().trimmed();
        if (name.isEmpty())
            continue;
        people.nameById.insert(q.value(0).toLongLong(), name);
        people.nameByLogin.insert(q.value(1).toString(), name);
    }
    QSqlQuery c(m_db.connection());
    c.prepare(QStringLiteral("SELECT code, name FROM categories"));
    if (Status s = runQuery(c); !s)
        return s;
    while (c.next())
        people.categoryNameByCode.insert(c.value(0).toString(), c.value(1).toString());
    return people;
}

Status AuditQuery::addPersons(const Actor& actor, const QList<AuditEntry>& entries,
                              AuditPeople* people) const
{
    if (Status s = require(actor, Permission::ReadAudit); !s)
        return s;
    QVariantList ids;
    for (const AuditEntry& e : entries) {
        bool ok = false;
        const qint64 id = e.entityId.toLongLong(&ok);
        if (e.entity == QLatin1String("person") && ok && !people->personById.contains(id) &&
            !ids.contains(id))
            ids << id;
    }
    if (ids.isEmpty())
        return Status::success();
    // One page's persons at a time: a few hundred numbers at most.
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT id, name FROM persons WHERE id IN (%1)")
                  .arg(QStringList(ids.size(), QStringLiteral("?")).join(QLatin1Char(','))));
    for (const QVariant& id : ids)
        q.addBindValue(id);
    if (Status s = runQuery(q); !s)
        return s;
    while (q.next())
        people->personById.insert(q.value(0).toLongLong(), q.value(1).toString());
    return Status::success();
}

Result<qint64> AuditQuery::exportCsv(const Actor& actor, const AuditFilter& filter,
                                     const QString& path)
{
    // One export engine for every list (io/listexports.h): the same columns, paging, atomic
    // file and audit entry as the window's export dialog.
    ListExportRequest request;
    request.list = ExportList::Audit;
    request.audit = filter;
    ExportOptions options;
    options.format = ExportFormat::CsvUtf8Bom;
    return exportList(m_db, actor, request, path, options);
}

} // namespace youfu::core
