#include "visit/keypersonflagstore.h"

#include "common/isotime.h"
#include "db/database.h"
#include "db/sqlexec.h"
#include "db/sqlvalues.h"
#include "visit/visitrules.h"

#include <QCoreApplication>
#include <QSqlQuery>
#include <QVariant>

namespace youfu::core {

namespace {
class Tr
{
    Q_DECLARE_TR_FUNCTIONS(youfu::core::KeyPersonFlagStore)
};
} // namespace

Status KeyPersonFlagStore::follow(qint64 personId, const QDate& on, qint64 userId,
                                  const QString& nowIso)
{
    return sync(QStringLiteral("p.id = ?"), {personId}, on, userId, nowIso);
}

Status KeyPersonFlagStore::followAll(const QDate& on, qint64 userId, const QString& nowIso)
{
    return sync(QStringLiteral("1 = 1"), {}, on, userId, nowIso);
}

Status KeyPersonFlagStore::sync(const QString& personCondition, const QVariantList& values,
                                const QDate& on, qint64 userId, const QString& nowIso)
{
    if (m_db.schemaVersion() < 9) // before the visits area (tests of upgrades)
        return Status::success();
    QSqlQuery q(m_db.connection());
    // Flagged without a current record: open one from the registry's risk note.
    q.prepare(QStringLiteral(
                  "INSERT INTO key_person_records (person_id, reason, reason_text, risk, since, "
                  "worker_user_id, created_at, created_by) SELECT p.id, ?, p.risk_note, ?, ?, ?, "
                  "?, ? FROM persons p "
                  "WHERE %1 AND p.key_person = 1 AND NOT EXISTS (SELECT 1 FROM "
                  "key_person_records k WHERE k.person_id = p.id AND k.until IS NULL)")
                  .arg(personCondition));
    q.addBindValue(VisitRules::reasonKey(KeyPersonReason::Other));
    q.addBindValue(VisitRules::riskKey(RiskLevel::Normal));
    q.addBindValue(toIsoDate(on));
    q.addBindValue(idOrNull(userId));
    q.addBindValue(nowIso);
    q.addBindValue(idOrNull(userId));
    for (const QVariant& v : values)
        q.addBindValue(v);
    if (Status s = runQuery(q); !s)
        return s;
    // A current record whose person is no longer flagged: ended, never before it began.
    q.prepare(QStringLiteral("UPDATE key_person_records SET until = CASE WHEN since > ? THEN "
                             "since ELSE ? END, end_reason = ? WHERE until IS NULL AND "
                             "person_id IN (SELECT p.id FROM persons p WHERE %1 AND "
                             "p.key_person = 0)")
                  .arg(personCondition));
    q.addBindValue(toIsoDate(on));
    q.addBindValue(toIsoDate(on));
    q.addBindValue(Tr::tr("The key-person mark was removed in the registry."));
    for (const QVariant& v : values)
        q.addBindValue(v);
    return runQuery(q);
}

} // namespace youfu::core
