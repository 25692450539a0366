#include "registry/searchindexstore.h"

#include "db/auditedwrite.h"
#include "db/database.h"
#include "db/sqlexec.h"
#include "registry/pinyin.h"
#include "security/actor.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QSqlError>
#include <QSqlQuery>

namespace youfu::core {

namespace {
class Tr
{
    Q_DECLARE_TR_FUNCTIONS(youfu::core::SearchIndexStore)
};

QString indexFailed(const QSqlQuery& q)
{
    return Tr::tr("The search index cannot be updated: %1").arg(q.lastError().text());
}

QString pinyinUpdate()
{
    return QStringLiteral(
        "UPDATE persons SET name_pinyin = ?, name_spell = ?, name_initials = ? WHERE id = ?");
}

// Tests open older schemas (before 0007) to test upgrades: there is no pinyin to write yet,
// and fillMissingPinyin spells those names after the upgrade.
constexpr int kPinyinSchema = 7;

void bindPinyin(QSqlQuery& q, qint64 personId, const QString& name)
{
    const PinyinName p = Pinyin::ofName(name);
    q.addBindValue(p.sortKey);
    q.addBindValue(p.spelling);
    q.addBindValue(p.initials);
    q.addBindValue(personId);
}
} // namespace

Status SearchIndexStore::put(qint64 personId, const QString& name, const QString& citizenId,
                             const QString& villageCode)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("DELETE FROM person_fts WHERE rowid = ?"));
    q.addBindValue(personId);
    if (!q.exec())
        return Status::failure(indexFailed(q));
    q.prepare(
        QStringLiteral("INSERT INTO person_fts (rowid, name, citizen_id, village) VALUES "
                       "(?, ?, ?, coalesce((SELECT name FROM villages WHERE code = ?), ''))"));
    q.addBindValue(personId);
    q.addBindValue(name);
    q.addBindValue(citizenId);
    q.addBindValue(villageCode.isEmpty() ? QStringLiteral("") : villageCode);
    if (!q.exec())
        return Status::failure(indexFailed(q));
    if (m_db.schemaVersion() < kPinyinSchema)
        return Status::success();
    q.prepare(pinyinUpdate());
    bindPinyin(q, personId, name);
    if (!q.exec())
        return Status::failure(indexFailed(q));
    return Status::success();
}

Status SearchIndexStore::fillMissingPinyin()
{
    if (m_db.isReadOnly() || m_db.schemaVersion() < kPinyinSchema)
        return Status::success(); // spelled by the next program that may write
    {
        // NULLs come first in persons_pinyin: one probe says whether there is work.
        QSqlQuery probe(m_db.connection());
        probe.setForwardOnly(true);
        probe.prepare(QStringLiteral("SELECT 1 FROM persons WHERE name_pinyin IS NULL LIMIT 1"));
        if (Status s = runQuery(probe); !s)
            return s;
        if (!probe.next())
            return Status::success();
    }
    return AuditedWrite::run(
        m_db, Actor::bootstrap(QStringLiteral("system")), Authority::system(),
        {QStringLiteral("registry.pinyin_backfill"), QStringLiteral("persons")},
        [&](WriteScope& w) -> Status {
            struct Pending
            {
                qint64 id;
                QString name;
            };
            QList<Pending> pending;
            QSqlQuery q(m_db.connection());
            q.setForwardOnly(true);
            q.prepare(QStringLiteral("SELECT id, name FROM persons WHERE name_pinyin IS NULL"));
            if (!q.exec())
                return Status::failure(indexFailed(q));
            while (q.next())
                pending.append({q.value(0).toLongLong(), q.value(1).toString()});
            q.finish();
            QSqlQuery up(m_db.connection());
            if (!up.prepare(pinyinUpdate()))
                return Status::failure(indexFailed(up));
            for (const Pending& p : std::as_const(pending)) {
                bindPinyin(up, p.id, p.name);
                if (!up.exec())
                    return Status::failure(indexFailed(up));
            }
            w.entry().after = QJsonObject{{QStringLiteral("persons"), pending.size()}};
            return Status::success();
        });
}

} // namespace youfu::core
