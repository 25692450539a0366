#include "visit/visitstore.h"

#include "common/isotime.h"
#include "common/problems.h"
#include "db/auditedwrite.h"
#include "db/database.h"
#include "db/sqlexec.h"
#include "db/sqlvalues.h"
#include "security/permission.h"
#include "visit/visitrules.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QSqlQuery>

// VisitStore: key persons (key_person_records of migration 0009). The rest is in visitstore.cpp.

namespace youfu::core {

namespace {
class Tr
{
    Q_DECLARE_TR_FUNCTIONS(youfu::core::VisitStore)
};

Authority visits()
{
    return Authority::of(Permission::RecordVisits);
}

QJsonObject keyPersonJson(const KeyPersonRecord& r)
{
    return {{QStringLiteral("person"), r.personName},
            {QStringLiteral("reason"), VisitRules::reasonKey(r.reason)},
            {QStringLiteral("reason_text"), r.reasonText},
            {QStringLiteral("risk"), VisitRules::riskKey(r.risk)},
            {QStringLiteral("leader"), r.leaderName},
            {QStringLiteral("worker"), r.workerName},
            {QStringLiteral("since"), toIsoDate(r.since)},
            {QStringLiteral("until"), toIsoDate(r.until)},
            {QStringLiteral("review_on"), toIsoDate(r.reviewOn)},
            {QStringLiteral("end_reason"), r.endReason}};
}

const char* const kKeyColumns =
    "k.id, k.person_id, p.name, k.reason, k.reason_text, k.risk, k.leader_user_id, "
    "coalesce(lu.display_name, k.leader_name), k.worker_user_id, coalesce(wu.display_name, "
    "k.worker_name), k.since, k.until, k.review_on, k.end_reason";
} // namespace

Result<QList<KeyPersonRecord>> VisitStore::readKeyPersons(qint64 personId, bool currentOnly) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT %1 FROM key_person_records k JOIN persons p ON p.id = "
                             "k.person_id LEFT JOIN users lu ON lu.id = k.leader_user_id LEFT JOIN "
                             "users wu ON wu.id = k.worker_user_id WHERE k.person_id = ?%2 "
                             "ORDER BY k.since DESC, k.id DESC")
                  .arg(QLatin1String(kKeyColumns),
                       currentOnly ? QStringLiteral(" AND k.until IS NULL") : QString()));
    q.addBindValue(personId);
    if (Status s = runQuery(q); !s)
        return s;
    QList<KeyPersonRecord> out;
    while (q.next()) {
        KeyPersonRecord r;
        r.id = q.value(0).toLongLong();
        r.personId = q.value(1).toLongLong();
        r.personName = q.value(2).toString();
        auto reason = VisitRules::reasonFromKey(q.value(3).toString());
        auto risk = VisitRules::riskFromKey(q.value(5).toString());
        if (!reason)
            return reason.status();
        if (!risk)
            return risk.status();
        r.reason = reason.value();
        r.reasonText = q.value(4).toString();
        r.risk = risk.value();
        r.leaderUserId = q.value(6).toLongLong();
        r.leaderName = q.value(7).toString();
        r.workerUserId = q.value(8).toLongLong();
        r.workerName = q.value(9).toString();
        r.since = fromIsoDate(q.value(10).toString());
        r.until = fromIsoDate(q.value(11).toString());
        r.reviewOn = fromIsoDate(q.value(12).toString());
        r.endReason = q.value(13).toString();
        out << r;
    }
    return out;
}

Result<KeyPersonRecord> VisitStore::currentKeyPerson(qint64 personId) const
{
    auto list = readKeyPersons(personId, true);
    if (!list)
        return list.status();
    return list->isEmpty() ? KeyPersonRecord() : list->first();
}

Result<QList<KeyPersonRecord>> VisitStore::keyPersonHistory(qint64 personId) const
{
    return readKeyPersons(personId, false);
}

Result<qint64> VisitStore::setKeyPerson(const Actor& actor, const KeyPersonRecord& record)
{
    if (Status s = firstProblem(VisitRules::checkKeyPerson(record)); !s)
        return s;
    return AuditedWrite::produce<qint64>(
        m_db, actor, visits(),
        {QStringLiteral("visit.keyperson_set"), QStringLiteral("person"),
         QString::number(record.personId)},
        [&](WriteScope& w) -> Result<qint64> {
            KeyPersonRecord r = record;
            if (Status s = requireActivePerson(m_db, r.personId, &r.personName); !s)
                return s;
            auto current = currentKeyPerson(r.personId);
            if (!current)
                return current.status();
            QSqlQuery q(m_db.connection());
            if (current->id > 0) {
                if (r.since < current->since)
                    return Status::failure(
                        Tr::tr("The new record cannot start before the current one (%1).")
                            .arg(chineseDate(current->since)));
                w.entry().before = keyPersonJson(current.value());
                q.prepare(QStringLiteral("UPDATE key_person_records SET until = ? WHERE id = ?"));
                q.addBindValue(toIsoDate(r.since));
                q.addBindValue(current->id);
                if (Status s = runQuery(q); !s)
                    return s;
            }
            q.prepare(QStringLiteral(
                "INSERT INTO key_person_records (person_id, reason, reason_text, risk, "
                "leader_user_id, leader_name, worker_user_id, worker_name, since, review_on, "
                "created_at, created_by) VALUES (?,?,?,?,?,?,?,?,?,?,?,?)"));
            q.addBindValue(r.personId);
            q.addBindValue(VisitRules::reasonKey(r.reason));
            q.addBindValue(textOrEmpty(r.reasonText.trimmed()));
            q.addBindValue(VisitRules::riskKey(r.risk));
            q.addBindValue(idOrNull(r.leaderUserId));
            q.addBindValue(textOrEmpty(r.leaderName.trimmed()));
            q.addBindValue(idOrNull(r.workerUserId));
            q.addBindValue(textOrEmpty(r.workerName.trimmed()));
            q.addBindValue(toIsoDate(r.since));
            q.addBindValue(dateOrNull(r.reviewOn));
            q.addBindValue(toIsoUtc(w.now()));
            q.addBindValue(idOrNull(w.actor().userId));
            if (Status s = runQuery(q); !s)
                return s;
            const qint64 id = q.lastInsertId().toLongLong();
            q.prepare(QStringLiteral("UPDATE persons SET key_person = 1 WHERE id = ?"));
            q.addBindValue(r.personId);
            if (Status s = runQuery(q); !s)
                return s;
            auto after = currentKeyPerson(r.personId);
            if (!after)
                return after.status();
            w.entry().after = keyPersonJson(after.value());
            return id;
        });
}

Status VisitStore::endKeyPerson(const Actor& actor, qint64 personId, const QDate& on,
                                const QString& reason)
{
    if (reason.trimmed().isEmpty())
        return Status::failure(Tr::tr("Say why the person is no longer a key person."));
    return AuditedWrite::run(
        m_db, actor, visits(),
        {QStringLiteral("visit.keyperson_end"), QStringLiteral("person"),
         QString::number(personId)},
        [&](WriteScope& w) -> Status {
            auto current = currentKeyPerson(personId);
            if (!current)
                return current.status();
            if (current->id == 0)
                return Status::failure(Tr::tr("The person is not a key person."));
            if (!on.isValid() || on < current->since)
                return Status::failure(Tr::tr("The record cannot end before it began (%1).")
                                           .arg(chineseDate(current->since)));
            w.entry().before = keyPersonJson(current.value());
            QSqlQuery q(m_db.connection());
            q.prepare(QStringLiteral(
                "UPDATE key_person_records SET until = ?, end_reason = ? WHERE id = ?"));
            q.addBindValue(toIsoDate(on));
            q.addBindValue(reason.trimmed());
            q.addBindValue(current->id);
            if (Status s = runQuery(q); !s)
                return s;
            q.prepare(QStringLiteral("UPDATE persons SET key_person = 0 WHERE id = ?"));
            q.addBindValue(personId);
            if (Status s = runQuery(q); !s)
                return s;
            KeyPersonRecord ended = current.value();
            ended.until = on;
            ended.endReason = reason.trimmed();
            w.entry().after = keyPersonJson(ended);
            return Status::success();
        });
}

} // namespace youfu::core
