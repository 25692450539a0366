#include "audit/auditlog.h"

#include "audit/auditkey.h"
#include "audit/auditrow.h"
#include "common/isotime.h"
#include "db/database.h"
#include "db/migrator.h"
#include "db/sqlerror.h"
#include "db/sqlscript.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QFile>
#include <QHash>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>

#include <limits>

namespace youfu::core {

namespace {
class Tr
{
    Q_DECLARE_TR_FUNCTIONS(youfu::core::AuditLog)
};

QString compact(const QJsonObject& o)
{
    // Never a null QString: Qt binds those as SQL NULL.
    return o.isEmpty() ? QStringLiteral("")
                       : QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

QString notNull(const QString& s)
{
    return s.isNull() ? QStringLiteral("") : s;
}

// The first data format whose entries are keyed (migration 0006).
constexpr int kKeyedSchema = 6;

// The triggers that keep the log append-only, as the migrations create them.
const char* const kGuardTriggers[] = {"audit_log_no_update", "audit_log_no_delete",
                                      "audit_log_insert_guard", "audit_chain_no_reseal",
                                      "audit_chain_no_delete"};

QString normalisedSql(QString sql)
{
    sql = sql.simplified();
    while (sql.endsWith(QLatin1Char(';')))
        sql.chop(1);
    return sql.trimmed();
}

// name -> normalised CREATE TRIGGER statement, from the migrations shipped in the program.
QHash<QString, QString> shippedTriggers()
{
    QHash<QString, QString> out;
    for (const Migrator::Migration& m : Migrator::available()) {
        QFile f(m.resourcePath);
        if (!f.open(QIODevice::ReadOnly))
            continue;
        for (const QString& stmt : splitSqlScript(QString::fromUtf8(f.readAll()))) {
            const QString n = normalisedSql(stmt);
            if (!n.startsWith(QLatin1String("CREATE TRIGGER "), Qt::CaseInsensitive))
                continue;
            out.insert(n.section(QLatin1Char(' '), 2, 2), n);
        }
    }
    return out;
}

struct ChainStart
{
    bool known = false; // the audit_chain row was read
    qint64 legacyUntil = 0;
    QString seal;
};

ChainStart readChainStart(const QSqlDatabase& c)
{
    ChainStart cs;
    QSqlQuery q(c);
    if (q.exec(QStringLiteral("SELECT legacy_until, seal FROM audit_chain WHERE id = 1")) &&
        q.next()) {
        cs.known = true;
        cs.legacyUntil = q.value(0).toLongLong();
        cs.seal = q.value(1).toString();
    }
    return cs;
}
} // namespace

QString AuditLog::genesisHash()
{
    return QString(64, QLatin1Char('0'));
}

// The hash covers the entry's own number, so swapping or renumbering entries breaks it, and
// the previous hash, so removing one breaks the next.
static QByteArray hashedText(const AuditEntry& e)
{
    const QChar sep(0x1f);
    const QString text = QString::number(e.id) + sep + toIsoUtc(e.at) + sep +
                         QString::number(e.actorId) + sep + e.actorLogin + sep + e.action + sep +
                         e.entity + sep + e.entityId + sep + e.beforeJson + sep + e.afterJson +
                         sep + e.prevHash;
    return text.toUtf8();
}

QString AuditLog::computeHash(const AuditEntry& e)
{
    return QString::fromLatin1(
        QCryptographicHash::hash(hashedText(e), QCryptographicHash::Sha256).toHex());
}

QString AuditLog::computeKeyedHash(const AuditEntry& e, const QByteArray& auditKey)
{
    return AuditKey::mac(auditKey, hashedText(e));
}

QString AuditLog::legacySeal(qint64 legacyUntil, const QByteArray& auditKey)
{
    return AuditKey::mac(auditKey, QByteArray("youfu audit chain: plain hashes up to entry ") +
                                       QByteArray::number(legacyUntil));
}

Status AuditLog::record(const AuditPass&, const Actor& actor, const AuditNote& note)
{
    if (m_db.transactionDepth() == 0)
        return Status::failure(
            Tr::tr("Internal error: an audit entry was written outside a change."));
    if (actor.login.isEmpty())
        return Status::failure(Tr::tr("Internal error: a change without a named user."));
    // The key first: a database without a key file gets one here, and FieldCipher records that
    // in an entry of its own before ours.
    const bool keyed = m_db.schemaVersion() >= kKeyedSchema;
    QByteArray key;
    if (keyed) {
        auto k = AuditKey::forDatabase(m_db);
        if (!k)
            return Status::failure(Tr::tr("Cannot write the audit log: %1").arg(k.error()));
        key = k.takeValue();
    }
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
    if (keyed) {
        const ChainStart cs = readChainStart(m_db.connection());
        if (!cs.known)
            return Status::failure(Tr::tr("Cannot write the audit log: the start of its chain "
                                          "is missing."));
        if (e.id <= cs.legacyUntil)
            return Status::failure(Tr::tr("Cannot write the audit log: its entries do not follow "
                                          "the start of its chain."));
        e.hash = computeKeyedHash(e, key);
        if (cs.seal.isEmpty()) {
            QSqlQuery seal(m_db.connection());
            seal.prepare(QStringLiteral("UPDATE audit_chain SET seal = ? WHERE id = 1"));
            seal.addBindValue(legacySeal(cs.legacyUntil, key));
            if (!seal.exec())
                return Status::failure(Tr::tr("Cannot write the audit log: %1")
                                           .arg(describeSqlError(seal.lastError())));
        }
    } else {
        e.hash = computeHash(e);
    }

    q.prepare(QStringLiteral("INSERT INTO audit_log (%1) VALUES (?,?,?,?,?,?,?,?,?,?,?)")
                  .arg(QLatin1String(auditrow::columns())));
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
        return Status::failure(
            Tr::tr("Cannot write the audit log: %1").arg(describeSqlError(q.lastError())));
    return Status::success();
}

AuditVerifyReport AuditLog::verify(const QList<AuditAnchor>& anchors) const
{
    AuditVerifyReport report;
    auto broken = [&report](qint64 id, const QString& why) {
        report.intact = false;
        report.firstBrokenId = id;
        report.reason = why;
        return report;
    };
    const bool keyedSchema = m_db.schemaVersion() >= kKeyedSchema;
    ChainStart cs = readChainStart(m_db.connection());
    if (!keyedSchema)
        cs.legacyUntil = std::numeric_limits<qint64>::max();
    else if (!cs.known)
        return broken(0, Tr::tr("the record of where the keyed audit chain begins is missing"));
    report.legacyUntil = keyedSchema ? cs.legacyUntil : 0;
    // The key is needed only for keyed entries and the seal; a missing one is said when needed.
    const Result<QByteArray> key =
        keyedSchema ? AuditKey::fromKeyFile(m_db.path()) : Result<QByteArray>(QByteArray());
    if (keyedSchema && !cs.seal.isEmpty()) {
        if (!key)
            return broken(0, Tr::tr("the audit log cannot be checked: %1").arg(key.error()));
        if (cs.seal != legacySeal(cs.legacyUntil, key.value()))
            return broken(0, Tr::tr("the record of where the keyed audit chain begins was "
                                    "changed"));
    }

    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT %1 FROM audit_log ORDER BY id")
                    .arg(QLatin1String(auditrow::columns()))))
        return broken(0, Tr::tr("The audit log cannot be read: %1").arg(q.lastError().text()));
    QString expectedPrev = genesisHash();
    qint64 expectedId = 1;
    QList<QDateTime> restores;
    while (q.next()) {
        const AuditEntry e = auditrow::read(q);
        ++report.entries;
        QString problem;
        const bool legacy = e.id <= cs.legacyUntil;
        if (e.id != expectedId)
            problem = Tr::tr("entry %1 is missing (the log jumps from %2 to %3)")
                          .arg(expectedId)
                          .arg(expectedId - 1)
                          .arg(e.id);
        else if (e.prevHash != expectedPrev)
            problem = Tr::tr("entry %1 does not follow the entry before it").arg(e.id);
        else if (!legacy && cs.seal.isEmpty())
            problem = Tr::tr("entry %1 is not covered by the record of where the keyed audit "
                             "chain begins")
                          .arg(e.id);
        else if (!legacy && !key)
            problem = Tr::tr("entries from %1 on cannot be checked: %2").arg(e.id).arg(key.error());
        else if ((legacy ? computeHash(e) : computeKeyedHash(e, key.value())) != e.hash)
            problem = Tr::tr("entry %1 was changed after it was written").arg(e.id);
        if (!problem.isEmpty())
            return broken(e.id, problem);
        if (e.action == QLatin1String("backup.restore"))
            restores << e.at;
        expectedPrev = e.hash;
        ++expectedId;
    }
    if (keyedSchema && cs.legacyUntil > report.entries)
        return broken(report.entries + 1,
                      Tr::tr("entries after %1 are missing (the log held %2 when it was keyed)")
                          .arg(report.entries)
                          .arg(cs.legacyUntil));
    if (keyedSchema)
        if (const QString t = checkTriggers(); !t.isEmpty())
            return broken(0, t);
    checkAnchors(anchors, restores, report);
    return report;
}

// The triggers are what refuses an edit from a program that is not Youfu; without them an
// edit is still found by the chain, but only later. So their absence is itself a finding.
QString AuditLog::checkTriggers() const
{
    QSqlQuery q(m_db.connection());
    if (!q.exec(QStringLiteral("SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND "
                               "tbl_name IN ('audit_log', 'audit_chain')")))
        return Tr::tr("the protection of the audit log cannot be read: %1")
            .arg(q.lastError().text());
    QHash<QString, QString> present;
    while (q.next())
        present.insert(q.value(0).toString(), normalisedSql(q.value(1).toString()));
    const QHash<QString, QString> shipped = shippedTriggers();
    for (const char* name : kGuardTriggers) {
        const QString n = QLatin1String(name);
        if (!present.contains(n))
            return Tr::tr("the protection of the audit log was removed (trigger %1 is missing)")
                .arg(n);
        if (present.value(n) != shipped.value(n))
            return Tr::tr("the protection of the audit log was changed (trigger %1)").arg(n);
    }
    for (auto it = present.cbegin(); it != present.cend(); ++it)
        if (!shipped.contains(it.key()))
            return Tr::tr("the audit log has a trigger Youfu did not make (%1)").arg(it.key());
    return QString();
}

void AuditLog::checkAnchors(const QList<AuditAnchor>& anchors, const QList<QDateTime>& restores,
                            AuditVerifyReport& report) const
{
    QSqlQuery q(m_db.connection());
    for (const AuditAnchor& a : anchors) {
        QString problem;
        qint64 brokenAt = 0;
        if (a.entries > report.entries) {
            problem = Tr::tr("entries after %1 are missing: the backup %2 holds %3 entries")
                          .arg(report.entries)
                          .arg(a.source)
                          .arg(a.entries);
            brokenAt = report.entries + 1;
        } else if (a.entries > 0) {
            q.prepare(QStringLiteral("SELECT hash FROM audit_log WHERE id = ?"));
            q.addBindValue(a.entries);
            if (!q.exec() || !q.next() || q.value(0).toString() != a.headHash) {
                problem = Tr::tr("entry %1 differs from the one in the backup %2")
                              .arg(a.entries)
                              .arg(a.source);
                brokenAt = a.entries;
            }
        }
        if (problem.isEmpty()) {
            ++report.anchorsChecked;
            continue;
        }
        // A restore replaces the history: backups made before it belong to the old one. Only
        // Youfu (with the key) can write the restore's entry.
        QDateTime restoredAt;
        for (const QDateTime& r : restores)
            if (a.takenAt.isValid() && r > a.takenAt)
                restoredAt = r;
        if (restoredAt.isValid()) {
            report.notes << Tr::tr("The backup %1 was made before the restore of %2; it was not "
                                   "compared.")
                                .arg(a.source, toIsoUtc(restoredAt));
            continue;
        }
        if (report.intact) {
            report.intact = false;
            report.firstBrokenId = brokenAt;
            report.reason = problem;
        }
    }
}

QList<AuditEntry> AuditLog::forEntity(const QString& entity, const QString& entityId) const
{
    QList<AuditEntry> list;
    QSqlQuery q(m_db.connection());
    q.prepare(
        QStringLiteral("SELECT %1 FROM audit_log WHERE entity = ? AND entity_id = ? ORDER BY id")
            .arg(QLatin1String(auditrow::columns())));
    q.addBindValue(entity);
    q.addBindValue(entityId);
    if (q.exec())
        while (q.next())
            list << auditrow::read(q);
    return list;
}

Result<AuditAnchor> AuditLog::head() const
{
    AuditAnchor a;
    QSqlQuery q(m_db.connection());
    if (!q.exec(QStringLiteral("SELECT id, hash FROM audit_log ORDER BY id DESC LIMIT 1")))
        return Status::failure(Tr::tr("Cannot read the audit log: %1").arg(q.lastError().text()));
    if (q.next()) {
        a.entries = q.value(0).toLongLong();
        a.headHash = q.value(1).toString();
    }
    a.takenAt = m_db.clock().nowUtc();
    return a;
}

qint64 AuditLog::count() const
{
    QSqlQuery q(m_db.connection());
    if (q.exec(QStringLiteral("SELECT count(*) FROM audit_log")) && q.next())
        return q.value(0).toLongLong();
    return 0;
}

} // namespace youfu::core
