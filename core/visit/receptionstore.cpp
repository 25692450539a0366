#include "visit/receptionstore.h"

#include "common/isotime.h"
#include "db/auditedwrite.h"
#include "db/database.h"
#include "db/sqlexec.h"
#include "db/sqlvalues.h"
#include "security/permission.h"
#include "visit/receptionrules.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QSqlQuery>

namespace youfu::core {

namespace {
class Tr
{
    Q_DECLARE_TR_FUNCTIONS(youfu::core::ReceptionStore)
};

// The last column counts the visits and cases taken on the day (linked to it).
const char* const kColumns =
    "r.id, r.day, r.leader_user_id, r.leader_name, r.place, r.substitute_for, r.note, "
    "(SELECT count(*) FROM visits v WHERE v.reception_day_id = r.id) + (SELECT count(*) FROM "
    "petition_cases c WHERE c.reception_day_id = r.id) FROM reception_days r";

ReceptionDay readDay(const QSqlQuery& q)
{
    ReceptionDay d;
    d.id = q.value(0).toLongLong();
    d.day = fromIsoDate(q.value(1).toString());
    d.leaderUserId = q.value(2).toLongLong();
    d.leaderName = q.value(3).toString();
    d.place = q.value(4).toString();
    d.substituteFor = q.value(5).toString();
    d.note = q.value(6).toString();
    d.received = q.value(7).toInt();
    return d;
}

QJsonObject json(const ReceptionDay& d)
{
    return {{QStringLiteral("day"), toIsoDate(d.day)},
            {QStringLiteral("leader"), d.leaderName},
            {QStringLiteral("place"), d.place},
            {QStringLiteral("substitute_for"), d.substituteFor},
            {QStringLiteral("note"), d.note}};
}

QVariant userOrNull(qint64 id)
{
    return id > 0 ? QVariant(id) : QVariant();
}
} // namespace

Result<ReceptionDay> ReceptionStore::day(const QDate& on) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT %1 WHERE r.day = ?").arg(QLatin1String(kColumns)));
    q.addBindValue(toIsoDate(on));
    if (Status s = runQuery(q); !s)
        return s;
    if (!q.next())
        return ReceptionDay{};
    return readDay(q);
}

Result<QList<ReceptionDay>> ReceptionStore::month(int year, int month) const
{
    const QDate first(year, month, 1);
    if (!first.isValid())
        return Result<QList<ReceptionDay>>::failure(Tr::tr("There is no such month."));
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT %1 WHERE r.day >= ? AND r.day < ? ORDER BY r.day")
                  .arg(QLatin1String(kColumns)));
    q.addBindValue(toIsoDate(first));
    q.addBindValue(toIsoDate(first.addMonths(1)));
    if (Status s = runQuery(q); !s)
        return s;
    QList<ReceptionDay> out;
    while (q.next())
        out << readDay(q);
    return out;
}

Result<int> ReceptionStore::generateMonth(const Actor& actor, int year, int month, int weekday,
                                          const ReceptionDay& leader)
{
    const QList<QDate> days = ReceptionRules::weekdaysOf(year, month, weekday);
    if (days.isEmpty())
        return Result<int>::failure(Tr::tr("Choose the month and the weekday."));
    ReceptionDay probe = leader;
    probe.day = days.first();
    if (Status s = ReceptionRules::check(probe); !s)
        return s;
    return AuditedWrite::produce<int>(
        m_db, actor, Authority::of(Permission::RecordVisits),
        {QStringLiteral("reception.generate"), QStringLiteral("reception_day")},
        [&](WriteScope& w) -> Result<int> {
            int added = 0;
            QJsonArray list;
            for (const QDate& d : days) {
                auto existing = day(d);
                if (!existing)
                    return existing.status();
                if (existing->id)
                    continue;
                QSqlQuery q(m_db.connection());
                q.prepare(QStringLiteral(
                    "INSERT INTO reception_days (day, leader_user_id, leader_name, place, "
                    "created_at, updated_at) VALUES (?,?,?,?,?,?)"));
                q.addBindValue(toIsoDate(d));
                q.addBindValue(userOrNull(leader.leaderUserId));
                q.addBindValue(leader.leaderName.trimmed());
                q.addBindValue(textOrEmpty(leader.place.trimmed()));
                q.addBindValue(toIsoUtc(w.now()));
                q.addBindValue(toIsoUtc(w.now()));
                if (Status s = runQuery(q); !s)
                    return s;
                list.append(toIsoDate(d));
                ++added;
            }
            w.entry().entityId =
                QStringLiteral("%1-%2").arg(year).arg(month, 2, 10, QLatin1Char('0'));
            w.entry().after = QJsonObject{{QStringLiteral("leader"), leader.leaderName.trimmed()},
                                          {QStringLiteral("place"), leader.place.trimmed()},
                                          {QStringLiteral("days"), list}};
            return added;
        });
}

Result<qint64> ReceptionStore::setDay(const Actor& actor, const ReceptionDay& in)
{
    if (Status s = ReceptionRules::check(in); !s)
        return s;
    return AuditedWrite::produce<qint64>(
        m_db, actor, Authority::of(Permission::RecordVisits),
        {QStringLiteral("reception.set"), QStringLiteral("reception_day")},
        [&](WriteScope& w) -> Result<qint64> {
            auto before = day(in.day);
            if (!before)
                return before.status();
            QSqlQuery q(m_db.connection());
            if (before->id) {
                q.prepare(QStringLiteral(
                    "UPDATE reception_days SET leader_user_id = ?, leader_name = ?, place = ?, "
                    "substitute_for = ?, note = ?, updated_at = ? WHERE id = ?"));
            } else {
                q.prepare(QStringLiteral(
                    "INSERT INTO reception_days (leader_user_id, leader_name, place, "
                    "substitute_for, note, updated_at, created_at, day) VALUES (?,?,?,?,?,?,?,?)"));
            }
            q.addBindValue(userOrNull(in.leaderUserId));
            q.addBindValue(in.leaderName.trimmed());
            q.addBindValue(textOrEmpty(in.place.trimmed()));
            q.addBindValue(textOrEmpty(in.substituteFor.trimmed()));
            q.addBindValue(textOrEmpty(in.note.trimmed()));
            q.addBindValue(toIsoUtc(w.now()));
            if (before->id) {
                q.addBindValue(before->id);
            } else {
                q.addBindValue(toIsoUtc(w.now()));
                q.addBindValue(toIsoDate(in.day));
            }
            if (Status s = runQuery(q); !s)
                return s;
            auto after = day(in.day);
            if (!after)
                return after.status();
            w.entry().entityId = toIsoDate(in.day);
            if (before->id)
                w.entry().before = json(before.value());
            w.entry().after = json(after.value());
            return after->id;
        });
}

Status ReceptionStore::substitute(const Actor& actor, const QDate& on, qint64 leaderUserId,
                                  const QString& leaderName, const QString& reason)
{
    if (leaderName.trimmed().isEmpty())
        return Status::failure(Tr::tr("Name the leader who takes the day."));
    return AuditedWrite::run(
        m_db, actor, Authority::of(Permission::RecordVisits),
        {QStringLiteral("reception.substitute"), QStringLiteral("reception_day"), toIsoDate(on)},
        [&](WriteScope& w) -> Status {
            auto before = day(on);
            if (!before)
                return before.status();
            if (!before->id)
                return Status::failure(
                    Tr::tr("Nobody is on duty on %1: add the day first.").arg(chineseDate(on)));
            if (before->leaderName == leaderName.trimmed())
                return Status::failure(Tr::tr("%1 is already on duty that day.").arg(leaderName));
            // The leader first on duty stays named through further substitutions.
            const QString original =
                before->substituteFor.isEmpty() ? before->leaderName : before->substituteFor;
            QSqlQuery q(m_db.connection());
            q.prepare(QStringLiteral(
                "UPDATE reception_days SET leader_user_id = ?, leader_name = ?, substitute_for = "
                "?, note = ?, updated_at = ? WHERE id = ?"));
            q.addBindValue(userOrNull(leaderUserId));
            q.addBindValue(leaderName.trimmed());
            q.addBindValue(original == leaderName.trimmed() ? QString(QLatin1String(""))
                                                            : original);
            q.addBindValue(textOrEmpty(reason.trimmed()));
            q.addBindValue(toIsoUtc(w.now()));
            q.addBindValue(before->id);
            if (Status s = runQuery(q); !s)
                return s;
            auto after = day(on);
            if (!after)
                return after.status();
            w.entry().before = json(before.value());
            w.entry().after = json(after.value());
            return Status::success();
        });
}

Status ReceptionStore::removeDay(const Actor& actor, const QDate& on)
{
    return AuditedWrite::run(
        m_db, actor, Authority::of(Permission::RecordVisits),
        {QStringLiteral("reception.remove"), QStringLiteral("reception_day"), toIsoDate(on)},
        [&](WriteScope& w) -> Status {
            auto before = day(on);
            if (!before)
                return before.status();
            if (!before->id)
                return Status::failure(
                    Tr::tr("%1 is not on the reception roster.").arg(chineseDate(on)));
            QSqlQuery q(m_db.connection());
            q.prepare(QStringLiteral("DELETE FROM reception_days WHERE id = ?"));
            q.addBindValue(before->id);
            if (Status s = runQuery(q); !s)
                return s;
            w.entry().before = json(before.value());
            return Status::success();
        });
}

} // namespace youfu::core
