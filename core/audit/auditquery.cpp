#include "audit/auditquery.h"

#include "audit/auditlog.h"
#include "audit/auditmask.h"
#include "common/isotime.h"
#include "db/database.h"
#include "db/sqlerror.h"
#include "db/auditedwrite.h"
#include "security/permission.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonObject>
#include <QSaveFile>
#include <QSqlError>
#include <QSqlQuery>
#include <QTimeZone>

namespace youfu::core {

namespace {
class Tr
{
    Q_DECLARE_TR_FUNCTIONS(youfu::core::AuditQuery)
};

const char* const kColumns = "id, at, actor_id, actor_login, action, entity, entity_id, "
                             "before_json, after_json, prev_hash, hash";

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
    if (!parts.isEmpty())
        w.sql = QStringLiteral(" WHERE ") + parts.join(QLatin1String(" AND "));
    return w;
}

AuditEntry entryFrom(const QSqlQuery& q)
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

QString csvField(const QString& s)
{
    // Quote always; a leading =,+,-,@ would be run as a formula by a spreadsheet.
    QString v = s;
    if (!v.isEmpty() && QStringLiteral("=+-@").contains(v.front()))
        v.prepend(QLatin1Char('\''));
    v.replace(QLatin1Char('"'), QLatin1String("\"\""));
    return QLatin1Char('"') + v + QLatin1Char('"');
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
                  .arg(QLatin1String(kColumns), w.sql)
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
        AuditEntry e = entryFrom(q);
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
    if (!q.exec() || !q.next())
        return Status::failure(
            Tr::tr("Cannot read the audit log: %1").arg(describeSqlError(q.lastError())));
    return q.value(0).toLongLong();
}

Result<QStringList> AuditQuery::logins(const Actor& actor) const
{
    if (Status s = require(actor, Permission::ReadAudit); !s)
        return s;
    QSqlQuery q(m_db.connection());
    if (!q.exec(QStringLiteral("SELECT DISTINCT actor_login FROM audit_log ORDER BY actor_login")))
        return Status::failure(
            Tr::tr("Cannot read the audit log: %1").arg(describeSqlError(q.lastError())));
    QStringList list;
    while (q.next())
        list << q.value(0).toString();
    return list;
}

Result<qint64> AuditQuery::exportCsv(const Actor& actor, const AuditFilter& filter,
                                     const QString& path)
{
    if (Status s = require(actor, Permission::ReadAudit); !s)
        return s;
    QSaveFile out(path);
    if (!out.open(QIODevice::WriteOnly))
        return Status::failure(Tr::tr("Cannot write “%1”: %2").arg(path, out.errorString()));
    out.write("\xEF\xBB\xBF");
    const QStringList header = {Tr::tr("No."),    Tr::tr("Time"),   Tr::tr("User"),
                                Tr::tr("Action"), Tr::tr("Record"), Tr::tr("Record no."),
                                Tr::tr("Before"), Tr::tr("After"),  Tr::tr("Hash")};
    QStringList quoted;
    for (const QString& h : header)
        quoted << csvField(h);
    out.write(quoted.join(QLatin1Char(',')).toUtf8() + "\r\n");
    qint64 rows = 0;
    qint64 before = 0;
    for (;;) {
        auto chunk = page(actor, filter, before, 1000);
        if (!chunk) {
            out.cancelWriting();
            return chunk.status();
        }
        if (chunk->isEmpty())
            break;
        for (const AuditEntry& e : chunk.value()) {
            const QStringList fields = {
                QString::number(e.id),
                e.at.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")),
                e.actorLogin,
                e.action,
                e.entity,
                e.entityId,
                e.beforeJson,
                e.afterJson,
                e.hash};
            QStringList line;
            for (const QString& f : fields)
                line << csvField(f);
            out.write(line.join(QLatin1Char(',')).toUtf8() + "\r\n");
            ++rows;
        }
        before = chunk->last().id;
    }
    if (!out.commit())
        return Status::failure(Tr::tr("Cannot write “%1”: %2").arg(path, out.errorString()));
    if (!m_db.isReadOnly()) {
        // The file is written; an export that cannot be recorded is reported, not hidden.
        if (Status s = AuditedWrite::run(
                m_db, actor, Authority::of(Permission::ReadAudit),
                {QStringLiteral("audit.export"), QStringLiteral("audit_log"), QString(), {},
                 QJsonObject{{QStringLiteral("file"), QFileInfo(path).fileName()},
                             {QStringLiteral("rows"), rows}}},
                [](WriteScope&) { return Status::success(); });
            !s)
            return s;
    }
    return rows;
}

} // namespace youfu::core
