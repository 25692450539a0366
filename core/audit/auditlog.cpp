#include "audit/auditlog.h"

#include "common/isotime.h"
#include "db/database.h"
#include "db/sqlerror.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>

namespace youfu::core {

namespace {
class Tr
{
    Q_DECLARE_TR_FUNCTIONS(youfu::core::AuditLog)
};

QString compact(const QJsonObject& o)
{
    // Never a null QString: Qt binds those as SQL NULL.
    return o.isEmpty() ? QStringLiteral("") : QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

QString notNull(const QString& s)
{
    return s.isNull() ? QStringLiteral("") : s;
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

const char* const kColumns =
    "id, at, actor_id, actor_login, action, entity, entity_id, before_json, after_json, "
    "prev_hash, hash";
} // namespace

QString AuditLog::genesisHash()
{
    return QString(64, QLatin1Char('0'));
}

// The hash covers the entry's own number, so swapping or renumbering entries breaks it, and
// the previous hash, so removing one breaks the next.
QString AuditLog::computeHash(const AuditEntry& e)
{
    const QChar sep(0x1f);
    const QString text = QString::number(e.id) + sep + toIsoUtc(e.at) + sep +
                         QString::number(e.actorId) + sep + e.actorLogin + sep + e.action + sep +
                         e.entity + sep + e.entityId + sep + e.beforeJson + sep + e.afterJson +
                         sep + e.prevHash;
    return QString::fromLatin1(
        QCryptographicHash::hash(text.toUtf8(), QCryptographicHash::Sha256).toHex());
}

Status AuditLog::record(const AuditPass&, const Actor& actor, const AuditNote& note)
{
    if (m_db.transactionDepth() == 0)
        return Status::failure(Tr::tr("Internal error: an audit entry was written outside a change."));
    if (actor.login.isEmpty())
        return Status::failure(Tr::tr("Internal error: a change without a named user."));
    QSqlQuery q(m_db.connection());
    if (!q.exec(QStringLiteral("SELECT id, hash FROM audit_log ORDER BY id DESC LIMIT 1")))
        return Status::failure(Tr::tr("Cannot read the audit log: %1").arg(q.lastError().text()));
    AuditEntry e;
    e.prevHash = genesisHash();
    e.id = 1;
    if (q.next()) {
        e.id = q.value(0).toLongLong() + 1;
        e.prevHash = q.value(1).toString();
    }
    e.at = m_db.clock().nowUtc();
    e.actorId = actor.userId;
    e.actorLogin = actor.login;
    e.action = notNull(note.action);
    e.entity = notNull(note.entity);
    e.entityId = notNull(note.entityId);
    e.beforeJson = compact(note.before);
    e.afterJson = compact(note.after);
    e.hash = computeHash(e);

    q.prepare(QStringLiteral("INSERT INTO audit_log (%1) VALUES (?,?,?,?,?,?,?,?,?,?,?)")
                  .arg(QLatin1String(kColumns)));
    q.addBindValue(e.id);
    q.addBindValue(toIsoUtc(e.at));
    q.addBindValue(e.actorId > 0 ? QVariant(e.actorId) : QVariant());
    q.addBindValue(e.actorLogin);
    q.addBindValue(e.action);
    q.addBindValue(e.entity);
    q.addBindValue(e.entityId);
    q.addBindValue(e.beforeJson);
    q.addBindValue(e.afterJson);
    q.addBindValue(e.prevHash);
    q.addBindValue(e.hash);
    if (!q.exec())
        return Status::failure(Tr::tr("Cannot write the audit log: %1").arg(describeSqlError(q.lastError())));
    return Status::success();
}

AuditVerifyReport AuditLog::verify() const
{
    AuditVerifyReport report;
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT %1 FROM audit_log ORDER BY id").arg(QLatin1String(kColumns)))) {
        report.intact = false;
        report.reason = Tr::tr("The audit log cannot be read: %1").arg(q.lastError().text());
        return report;
    }
    QString expectedPrev = genesisHash();
    qint64 expectedId = 1;
    while (q.next()) {
        const AuditEntry e = entryFrom(q);
        ++report.entries;
        QString problem;
        if (e.id != expectedId)
            problem = Tr::tr("entry %1 is missing (the log jumps from %2 to %3)")
                          .arg(expectedId).arg(expectedId - 1).arg(e.id);
        else if (e.prevHash != expectedPrev)
            problem = Tr::tr("entry %1 does not follow the entry before it").arg(e.id);
        else if (computeHash(e) != e.hash)
            problem = Tr::tr("entry %1 was changed after it was written").arg(e.id);
        if (!problem.isEmpty()) {
            report.intact = false;
            report.firstBrokenId = e.id;
            report.reason = problem;
            return report;
        }
        expectedPrev = e.hash;
        ++expectedId;
    }
    return report;
}

QList<AuditEntry> AuditLog::forEntity(const QString& entity, const QString& entityId) const
{
    QList<AuditEntry> list;
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT %1 FROM audit_log WHERE entity = ? AND entity_id = ? ORDER BY id")
                  .arg(QLatin1String(kColumns)));
    q.addBindValue(entity);
    q.addBindValue(entityId);
    if (q.exec())
        while (q.next())
            list << entryFrom(q);
    return list;
}

qint64 AuditLog::count() const
{
    QSqlQuery q(m_db.connection());
    if (q.exec(QStringLiteral("SELECT count(*) FROM audit_log")) && q.next())
        return q.value(0).toLongLong();
    return 0;
}

} // namespace youfu::core
