#include "visit/visitstore.h"

#include "archive/scanstore.h"
#include "common/isotime.h"
#include "common/problems.h"
#include "db/auditedwrite.h"
#include "db/database.h"
#include "db/sqlexec.h"
#include "db/sqlvalues.h"
#include "security/permission.h"
#include "visit/receptionstore.h"
#include "visit/visitrules.h"
#include "visit/visitschedulestore.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>
#include <QSet>
#include <QSqlQuery>

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

QJsonArray strings(const QStringList& list)
{
    return QJsonArray::fromStringList(list);
}

QJsonObject planJson(const VisitPlan& p)
{
    QJsonArray grades;
    for (int g : p.grades)
        grades << g;
    return {{QStringLiteral("title"), p.title},
            {QStringLiteral("person_id"), p.personId},
            {QStringLiteral("categories"), strings(p.categoryCodes)},
            {QStringLiteral("grades"), grades},
            {QStringLiteral("townships"), strings(p.townshipCodes)},
            {QStringLiteral("rhythm"), VisitRules::rhythmTitle(p)},
            {QStringLiteral("visitors"), strings(p.visitorNames)},
            {QStringLiteral("start"), toIsoDate(p.start)},
            {QStringLiteral("end"), toIsoDate(p.end)},
            {QStringLiteral("paused_from"), toIsoDate(p.pausedFrom)},
            {QStringLiteral("paused_until"), toIsoDate(p.pausedUntil)},
            {QStringLiteral("active"), p.active},
            {QStringLiteral("stopped_reason"), p.stoppedReason}};
}

QJsonObject visitJson(const VisitRecord& v)
{
    return {{QStringLiteral("date"), toIsoDate(v.date)},
            {QStringLiteral("form"), VisitRules::formKey(v.form)},
            {QStringLiteral("persons"), strings(v.personNames)},
            {QStringLiteral("plan_id"), v.planId},
            {QStringLiteral("visitors"), strings(v.visitorNames)},
            {QStringLiteral("demands"), v.demands},
            {QStringLiteral("explained"), v.explained},
            {QStringLiteral("difficulties"), v.difficulties},
            {QStringLiteral("money_fen"), v.moneyFen},
            {QStringLiteral("goods"), v.goods},
            {QStringLiteral("photos"), strings(v.photoShas)},
            {QStringLiteral("follow_up"), VisitRules::followUpKey(v.followUp)},
            {QStringLiteral("follow_up_id"), v.followUpId},
            {QStringLiteral("follow_up_note"), v.followUpNote}};
}

// Replaces the visitors of a plan or a visit: users first (by id), then names without a login.
Status writeVisitors(Database& db, const QString& table, const QString& key, qint64 id,
                     const QList<qint64>& users, const QStringList& names)
{
    QSqlQuery q(db.connection());
    q.prepare(QStringLiteral("DELETE FROM %1 WHERE %2 = ?").arg(table, key));
    q.addBindValue(id);
    if (Status s = runQuery(q); !s)
        return s;
    q.prepare(
        QStringLiteral("INSERT INTO %1 (%2, ord, user_id, name) VALUES (?,?,?,?)").arg(table, key));
    int ord = 0;
    for (qint64 u : users) {
        q.addBindValue(id);
        q.addBindValue(ord++);
        q.addBindValue(u);
        q.addBindValue(QStringLiteral(""));
        if (Status s = runQuery(q); !s)
            return s;
    }
    for (const QString& n : names) {
        if (n.trimmed().isEmpty())
            continue;
        q.addBindValue(id);
        q.addBindValue(ord++);
        q.addBindValue(QVariant());
        q.addBindValue(n.trimmed());
        if (Status s = runQuery(q); !s)
            return s;
    }
    return Status::success();
}

Status readVisitors(Database& db, const QString& table, const QString& key, qint64 id,
                    QList<qint64>* users, QStringList* names)
{
    QSqlQuery q(db.connection());
    q.prepare(QStringLiteral("SELECT x.user_id, coalesce(u.display_name, x.name) FROM %1 x LEFT "
                             "JOIN users u ON u.id = x.user_id WHERE x.%2 = ? ORDER BY x.ord")
                  .arg(table, key));
    q.addBindValue(id);
    if (Status s = runQuery(q); !s)
        return s;
    while (q.next()) {
        if (!q.value(0).isNull())
            users->append(q.value(0).toLongLong());
        names->append(q.value(1).toString());
    }
    return Status::success();
}

const char* const kPlanColumns =
    "id, title, person_id, rhythm, every_weeks, before_bayi, before_spring_festival, start_date, "
    "end_date, paused_from, paused_until, active, stopped_reason";

const char* const kVisitColumns =
    "w.id, w.visit_date, w.form, w.plan_id, w.reception_day_id, w.demands, w.explained, "
    "w.difficulties, w.money_fen, w.goods, w.follow_up, w.follow_up_id, w.follow_up_note";
} // namespace

// Checks that a person exists and is active (key persons and visits concern the living).
Status VisitStore::requireActivePerson(Database& db, qint64 personId, QString* name)
{
    QSqlQuery q(db.connection());
    q.prepare(QStringLiteral("SELECT name, status FROM persons WHERE id = ?"));
    q.addBindValue(personId);
    if (Status s = runSingle(q, Tr::tr("There is no person number %1.").arg(personId)); !s)
        return s;
    if (name)
        *name = q.value(0).toString();
    if (q.value(1).toString() != QLatin1String("active"))
        return Status::failure(
            Tr::tr("%1 is no longer in the registry as active.").arg(q.value(0).toString()));
    return Status::success();
}

// Plans ------------------------------------------------------------------------------------

Result<VisitPlan> VisitStore::readPlan(QSqlQuery& q) const
{
    VisitPlan p;
    p.id = q.value(0).toLongLong();
    p.title = q.value(1).toString();
    p.personId = q.value(2).toLongLong();
    auto rhythm = VisitRules::rhythmFromKey(q.value(3).toString());
    if (!rhythm)
        return rhythm.status();
    p.rhythm = rhythm.value();
    p.everyWeeks = q.value(4).toInt();
    p.beforeBayi = q.value(5).toBool();
    p.beforeSpringFestival = q.value(6).toBool();
    p.start = fromIsoDate(q.value(7).toString());
    p.end = fromIsoDate(q.value(8).toString());
    p.pausedFrom = fromIsoDate(q.value(9).toString());
    p.pausedUntil = fromIsoDate(q.value(10).toString());
    p.active = q.value(11).toBool();
    p.stoppedReason = q.value(12).toString();
    QSqlQuery c(m_db.connection());
    c.prepare(QStringLiteral("SELECT kind, value FROM visit_plan_criteria WHERE plan_id = ? "
                             "ORDER BY kind, value"));
    c.addBindValue(p.id);
    if (Status s = runQuery(c); !s)
        return s;
    while (c.next()) {
        const QString kind = c.value(0).toString();
        if (kind == QLatin1String("category"))
            p.categoryCodes << c.value(1).toString();
        else if (kind == QLatin1String("grade"))
            p.grades << c.value(1).toInt();
        else
            p.townshipCodes << c.value(1).toString();
    }
    std::sort(p.grades.begin(), p.grades.end());
    if (Status s =
            readVisitors(m_db, QStringLiteral("visit_plan_visitors"), QStringLiteral("plan_id"),
                         p.id, &p.visitorUserIds, &p.visitorNames);
        !s)
        return s;
    return p;
}

Result<VisitPlan> VisitStore::plan(qint64 planId) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(
        QStringLiteral("SELECT %1 FROM visit_plans WHERE id = ?").arg(QLatin1String(kPlanColumns)));
    q.addBindValue(planId);
    if (Status s = runSingle(q, Tr::tr("There is no visit plan number %1.").arg(planId)); !s)
        return s;
    return readPlan(q);
}

Result<QList<VisitPlan>> VisitStore::plans(bool activeOnly) const
{
    QSqlQuery q(m_db.connection());
    if (Status s =
            runQuery(q, QStringLiteral("SELECT %1 FROM visit_plans%2 ORDER BY id")
                            .arg(QLatin1String(kPlanColumns),
                                 activeOnly ? QStringLiteral(" WHERE active = 1") : QString()));
        !s)
        return s;
    QList<VisitPlan> out;
    while (q.next()) {
        auto p = readPlan(q);
        if (!p)
            return p.status();
        out << p.value();
    }
    return out;
}

Result<QList<VisitPlan>> VisitStore::plansOf(qint64 personId) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT %1 FROM visit_plans WHERE id IN (SELECT vp.id FROM "
                             "visit_plans vp, persons p WHERE p.id = ? AND %2) ORDER BY id")
                  .arg(QLatin1String(kPlanColumns), VisitScheduleStore::coversCondition()));
    q.addBindValue(personId);
    if (Status s = runQuery(q); !s)
        return s;
    QList<VisitPlan> out;
    while (q.next()) {
        auto p = readPlan(q);
        if (!p)
            return p.status();
        out << p.value();
    }
    return out;
}

Result<qint64> VisitStore::savePlan(const Actor& actor, const VisitPlan& plan)
{
    if (Status s = firstProblem(VisitRules::checkPlan(plan)); !s)
        return s;
    const bool isNew = plan.id == 0;
    return AuditedWrite::produce<qint64>(
        m_db, actor, visits(),
        {QStringLiteral("visit.plan_save"), QStringLiteral("visit_plan"), QString::number(plan.id)},
        [&](WriteScope& w) -> Result<qint64> {
            if (plan.personId > 0)
                if (Status s = requireActivePerson(m_db, plan.personId); !s)
                    return s;
            if (!isNew) {
                auto before = this->plan(plan.id);
                if (!before)
                    return before.status();
                if (!before->active)
                    return Status::failure(Tr::tr("The plan was stopped and cannot be changed."));
                w.entry().before = planJson(before.value());
            }
            QSqlQuery q(m_db.connection());
            if (isNew)
                q.prepare(QStringLiteral(
                    "INSERT INTO visit_plans (title, person_id, rhythm, every_weeks, before_bayi, "
                    "before_spring_festival, start_date, end_date, paused_from, paused_until, "
                    "updated_at, created_at, created_by) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)"));
            else
                q.prepare(QStringLiteral(
                    "UPDATE visit_plans SET title = ?, person_id = ?, rhythm = ?, every_weeks = "
                    "?, before_bayi = ?, before_spring_festival = ?, start_date = ?, end_date = "
                    "?, paused_from = ?, paused_until = ?, updated_at = ? WHERE id = ?"));
            q.addBindValue(plan.title.trimmed());
            q.addBindValue(idOrNull(plan.personId));
            q.addBindValue(VisitRules::rhythmKey(plan.rhythm));
            q.addBindValue(plan.everyWeeks);
            q.addBindValue(plan.beforeBayi ? 1 : 0);
            q.addBindValue(plan.beforeSpringFestival ? 1 : 0);
            q.addBindValue(toIsoDate(plan.start));
            q.addBindValue(dateOrNull(plan.end));
            q.addBindValue(dateOrNull(plan.pausedFrom));
            q.addBindValue(dateOrNull(plan.pausedUntil));
            q.addBindValue(toIsoUtc(w.now()));
            if (isNew) {
                q.addBindValue(toIsoUtc(w.now()));
                q.addBindValue(idOrNull(w.actor().userId));
            } else {
                q.addBindValue(plan.id);
            }
            if (Status s = runQuery(q); !s)
                return s;
            const qint64 id = isNew ? q.lastInsertId().toLongLong() : plan.id;
            w.entry().entityId = QString::number(id);
            q.prepare(QStringLiteral("DELETE FROM visit_plan_criteria WHERE plan_id = ?"));
            q.addBindValue(id);
            if (Status s = runQuery(q); !s)
                return s;
            QList<QPair<QString, QString>> criteria;
            if (plan.personId == 0) {
                for (const QString& c : plan.categoryCodes)
                    criteria.append({QStringLiteral("category"), c});
                for (int g : plan.grades)
                    criteria.append({QStringLiteral("grade"), QString::number(g)});
                for (const QString& t : plan.townshipCodes)
                    criteria.append({QStringLiteral("township"), t});
            }
            q.prepare(QStringLiteral(
                "INSERT INTO visit_plan_criteria (plan_id, kind, value) VALUES (?,?,?)"));
            QSet<QPair<QString, QString>> written;
            for (const auto& c : criteria) {
                if (written.contains(c))
                    continue;
                written.insert(c);
                q.addBindValue(id);
                q.addBindValue(c.first);
                q.addBindValue(c.second);
                if (Status s = runQuery(q); !s)
                    return s;
            }
            if (Status s = writeVisitors(m_db, QStringLiteral("visit_plan_visitors"),
                                         QStringLiteral("plan_id"), id, plan.visitorUserIds,
                                         plan.visitorNames);
                !s)
                return s;
            if (Status s = VisitScheduleStore(m_db).refreshPlan(id); !s)
                return s;
            auto after = this->plan(id);
            if (!after)
                return after.status();
            w.entry().after = planJson(after.value());
            return id;
        });
}

Status VisitStore::stopPlan(const Actor& actor, qint64 planId, const QDate& on,
                            const QString& reason)
{
    if (reason.trimmed().isEmpty())
        return Status::failure(Tr::tr("Say why the plan stops."));
    return AuditedWrite::run(
        m_db, actor, visits(),
        {QStringLiteral("visit.plan_stop"), QStringLiteral("visit_plan"), QString::number(planId)},
        [&](WriteScope& w) -> Status {
            auto before = plan(planId);
            if (!before)
                return before.status();
            if (!before->active)
                return Status::failure(Tr::tr("The plan has already stopped."));
            if (!on.isValid() || on < before->start)
                return Status::failure(Tr::tr("A plan cannot stop before it starts (%1).")
                                           .arg(chineseDate(before->start)));
            w.entry().before = planJson(before.value());
            QSqlQuery q(m_db.connection());
            q.prepare(QStringLiteral("UPDATE visit_plans SET active = 0, end_date = ?, "
                                     "stopped_reason = ?, updated_at = ? WHERE id = ?"));
            q.addBindValue(toIsoDate(before->end.isValid() && before->end < on ? before->end : on));
            q.addBindValue(reason.trimmed());
            q.addBindValue(toIsoUtc(w.now()));
            q.addBindValue(planId);
            if (Status s = runQuery(q); !s)
                return s;
            if (Status s = VisitScheduleStore(m_db).refreshPlan(planId); !s)
                return s;
            auto after = plan(planId);
            if (!after)
                return after.status();
            w.entry().after = planJson(after.value());
            return Status::success();
        });
}

// Visits -----------------------------------------------------------------------------------

Result<qint64> VisitStore::recordVisit(const Actor& actor, const VisitRecord& visit)
{
    if (Status s = firstProblem(VisitRules::checkVisit(visit, m_db.clock().today())); !s)
        return s;
    // Photos must already lie in the scan store (put there when chosen); the extension is
    // whichever file holds the hash.
    QStringList extensions;
    const QString root = ScanStore::rootFor(m_db);
    for (const QString& sha : visit.photoShas) {
        QString found;
        if (!root.isEmpty()) {
            const ScanStore scans(root);
            for (const QString& ext :
                 {QStringLiteral("jpg"), QStringLiteral("png"), QStringLiteral("pdf")})
                if (scans.health(sha, ext) == ScanHealth::Intact)
                    found = ext;
        }
        if (found.isEmpty())
            return Status::failure(
                Tr::tr("A photo of the visit is missing from the scan store (%1).")
                    .arg(sha.left(12)));
        extensions << found;
    }
    return AuditedWrite::produce<qint64>(
        m_db, actor, visits(), {QStringLiteral("visit.record"), QStringLiteral("visit")},
        [&](WriteScope& w) -> Result<qint64> {
            for (qint64 personId : visit.personIds)
                if (Status s = requireActivePerson(m_db, personId); !s)
                    return s;
            if (visit.planId > 0) {
                auto p = plan(visit.planId);
                if (!p)
                    return p.status();
            }
            // A petitioner received at the bureau on a reception day: the visit links to it.
            qint64 receptionDayId = visit.receptionDayId;
            if (receptionDayId == 0 && visit.form == VisitForm::AtBureau) {
                auto day = ReceptionStore(m_db).day(visit.date);
                if (!day)
                    return day.status();
                receptionDayId = day->id;
            }
            QSqlQuery q(m_db.connection());
            q.prepare(QStringLiteral(
                "INSERT INTO visits (visit_date, form, plan_id, reception_day_id, demands, "
                "explained, difficulties, money_fen, goods, follow_up, follow_up_id, "
                "follow_up_note, created_at, created_by) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?)"));
            q.addBindValue(toIsoDate(visit.date));
            q.addBindValue(VisitRules::formKey(visit.form));
            q.addBindValue(idOrNull(visit.planId));
            q.addBindValue(idOrNull(receptionDayId));
            q.addBindValue(textOrEmpty(visit.demands.trimmed()));
            q.addBindValue(textOrEmpty(visit.explained.trimmed()));
            q.addBindValue(textOrEmpty(visit.difficulties.trimmed()));
            q.addBindValue(visit.moneyFen);
            q.addBindValue(textOrEmpty(visit.goods.trimmed()));
            q.addBindValue(VisitRules::followUpKey(visit.followUp));
            q.addBindValue(idOrNull(visit.followUpId));
            q.addBindValue(textOrEmpty(visit.followUpNote.trimmed()));
            q.addBindValue(toIsoUtc(w.now()));
            q.addBindValue(idOrNull(w.actor().userId));
            if (Status s = runQuery(q); !s)
                return s;
            const qint64 id = q.lastInsertId().toLongLong();
            w.entry().entityId = QString::number(id);
            q.prepare(QStringLiteral(
                "INSERT INTO visit_persons (visit_id, person_id, ord) VALUES (?,?,?)"));
            QSet<qint64> met;
            for (int i = 0; i < visit.personIds.size(); ++i) {
                if (met.contains(visit.personIds.at(i)))
                    continue;
                met.insert(visit.personIds.at(i));
                q.addBindValue(id);
                q.addBindValue(visit.personIds.at(i));
                q.addBindValue(i);
                if (Status s = runQuery(q); !s)
                    return s;
            }
            if (Status s = writeVisitors(m_db, QStringLiteral("visit_visitors"),
                                         QStringLiteral("visit_id"), id, visit.visitorUserIds,
                                         visit.visitorNames);
                !s)
                return s;
            q.prepare(QStringLiteral(
                "INSERT INTO visit_photos (visit_id, ord, sha256, extension) VALUES (?,?,?,?)"));
            for (int i = 0; i < visit.photoShas.size(); ++i) {
                q.addBindValue(id);
                q.addBindValue(i);
                q.addBindValue(visit.photoShas.at(i));
                q.addBindValue(extensions.at(i));
                if (Status s = runQuery(q); !s)
                    return s;
            }
            VisitScheduleStore schedule(m_db);
            for (qint64 personId : visit.personIds)
                if (Status s = schedule.refreshPerson(personId); !s)
                    return s;
            auto after = this->visit(id);
            if (!after)
                return after.status();
            w.entry().after = visitJson(after.value());
            return id;
        });
}

Status VisitStore::readVisitLists(VisitRecord& v) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT vp.person_id, p.name FROM visit_persons vp JOIN persons p "
                             "ON p.id = vp.person_id WHERE vp.visit_id = ? ORDER BY vp.ord"));
    q.addBindValue(v.id);
    if (Status s = runQuery(q); !s)
        return s;
    while (q.next()) {
        v.personIds << q.value(0).toLongLong();
        v.personNames << q.value(1).toString();
    }
    if (Status s = readVisitors(m_db, QStringLiteral("visit_visitors"), QStringLiteral("visit_id"),
                                v.id, &v.visitorUserIds, &v.visitorNames);
        !s)
        return s;
    q.prepare(QStringLiteral("SELECT sha256 FROM visit_photos WHERE visit_id = ? ORDER BY ord"));
    q.addBindValue(v.id);
    if (Status s = runQuery(q); !s)
        return s;
    while (q.next())
        v.photoShas << q.value(0).toString();
    return Status::success();
}

Result<QList<VisitRecord>> VisitStore::readVisits(const QString& where, const QVariant& value) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT %1 FROM visits w WHERE %2 ORDER BY w.visit_date DESC, w.id "
                             "DESC")
                  .arg(QLatin1String(kVisitColumns), where));
    q.addBindValue(value);
    if (Status s = runQuery(q); !s)
        return s;
    QList<VisitRecord> out;
    while (q.next()) {
        VisitRecord v;
        v.id = q.value(0).toLongLong();
        v.date = fromIsoDate(q.value(1).toString());
        auto form = VisitRules::formFromKey(q.value(2).toString());
        auto follow = VisitRules::followUpFromKey(q.value(10).toString());
        if (!form)
            return form.status();
        if (!follow)
            return follow.status();
        v.form = form.value();
        v.planId = q.value(3).toLongLong();
        v.receptionDayId = q.value(4).toLongLong();
        v.demands = q.value(5).toString();
        v.explained = q.value(6).toString();
        v.difficulties = q.value(7).toString();
        v.moneyFen = q.value(8).toLongLong();
        v.goods = q.value(9).toString();
        v.followUp = follow.value();
        v.followUpId = q.value(11).toLongLong();
        v.followUpNote = q.value(12).toString();
        out << v;
    }
    for (VisitRecord& v : out)
        if (Status s = readVisitLists(v); !s)
            return s;
    return out;
}

Result<VisitRecord> VisitStore::visit(qint64 visitId) const
{
    auto list = readVisits(QStringLiteral("w.id = ?"), visitId);
    if (!list)
        return list.status();
    if (list->isEmpty())
        return Status::failure(Tr::tr("There is no visit number %1.").arg(visitId));
    return list->first();
}

Result<QList<VisitRecord>> VisitStore::visitsOf(qint64 personId) const
{
    return readVisits(
        QStringLiteral("w.id IN (SELECT visit_id FROM visit_persons WHERE person_id = ?)"),
        personId);
}

Result<QList<VisitRecord>> VisitStore::visitsOn(const QDate& day) const
{
    return readVisits(QStringLiteral("w.visit_date = ?"), toIsoDate(day));
}

Result<qint64> VisitStore::visitOfFollowUp(FollowUpKind kind, qint64 id) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(
        QStringLiteral("SELECT min(id) FROM visits WHERE follow_up = ? AND follow_up_id = ?"));
    q.addBindValue(VisitRules::followUpKey(kind));
    q.addBindValue(id);
    if (Status s = runQuery(q); !s)
        return s;
    return q.next() ? q.value(0).toLongLong() : qint64(0);
}

// The due list and the counts --------------------------------------------------------------

Status VisitStore::reach(const QDate& until) const
{
    VisitScheduleStore schedule(m_db);
    auto h = schedule.horizon();
    if (!h)
        return h.status();
    // Nothing scheduled yet (no plan ever saved), or already far enough.
    if (!h->isValid() || !until.isValid() || until <= h.value())
        return Status::success();
    static const Actor program = Actor::bootstrap(QStringLiteral("system"));
    return AuditedWrite::run(m_db, program, Authority::system(),
                             {QStringLiteral("visit.schedule_extend"),
                              QStringLiteral("visit_schedule"),
                              QString(),
                              {{QStringLiteral("until"), toIsoDate(h.value())}},
                              {{QStringLiteral("until"), toIsoDate(until)}}},
                             [&](WriteScope&) { return schedule.extendTo(until); });
}

Result<QList<DueVisit>> VisitStore::dueList(const DueFilter& filter, const DueCursor* after,
                                            int limit) const
{
    if (Status s = reach(filter.until); !s)
        return s;
    return VisitScheduleStore(m_db).dueList(filter, after, limit);
}

Result<int> VisitStore::dueCount(const DueFilter& filter) const
{
    if (Status s = reach(filter.until); !s)
        return s;
    return VisitScheduleStore(m_db).dueCount(filter);
}

Result<DueCounts> VisitStore::homeCounts() const
{
    return VisitScheduleStore(m_db).homeCounts();
}

Result<QList<VisitDay>> VisitStore::month(int year, int month) const
{
    if (Status s = reach(QDate(year, month, 1).addMonths(1).addDays(-1)); !s)
        return s;
    return VisitScheduleStore(m_db).month(year, month);
}

Result<QList<DueOccurrence>> VisitStore::occurrences(qint64 planId, qint64 personId,
                                                     const QDate& until) const
{
    if (Status s = reach(until); !s)
        return s;
    return VisitScheduleStore(m_db).occurrences(planId, personId, until);
}

Result<QString> VisitStore::droppedReason(qint64 planId, qint64 personId) const
{
    return VisitScheduleStore(m_db).droppedReason(planId, personId);
}

} // namespace youfu::core
