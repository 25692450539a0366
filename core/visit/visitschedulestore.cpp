#include "visit/visitschedulestore.h"

#include "common/isotime.h"
#include "db/database.h"
#include "db/sqlexec.h"
#include "db/sqlvalues.h"
#include "registry/citizenid.h"
#include "registry/personstatus.h"
#include "visit/visitrules.h"
#include "visit/visitstore.h"

#include <QCoreApplication>
#include <QHash>
#include <QSqlQuery>

#include <algorithm>

namespace youfu::core {

namespace {
// Migration 0009 adds the visits tables; older databases (tests of upgrades) have none.
constexpr int kVisitsSchema = 9;
} // namespace

namespace {
class Tr
{
    Q_DECLARE_TR_FUNCTIONS(youfu::core::VisitStore)
};

struct PersonVisit
{
    QDate date;
    qint64 id = 0;
};

DueState stateOf(const QString& stored, const QDate& due, const QDate& today)
{
    if (stored == QLatin1String("done"))
        return DueState::Done;
    return due < today ? DueState::Overdue : DueState::Due;
}

Status bindAndRun(QSqlQuery& q, const QString& sql, const QList<QVariant>& values)
{
    q.prepare(sql);
    for (const QVariant& v : values)
        q.addBindValue(v);
    return runQuery(q);
}
} // namespace

QString VisitScheduleStore::coversCondition()
{
    // A group plan: one of its categories held at some time since the plan's start (and, for
    // disabled servicemen, one of its grades when it names any), in one of its townships (any
    // when it names none).
    return QStringLiteral(
        "(vp.person_id = p.id OR (vp.person_id IS NULL "
        "AND (NOT EXISTS (SELECT 1 FROM visit_plan_criteria ct WHERE ct.plan_id = vp.id "
        "AND ct.kind = 'township') OR EXISTS (SELECT 1 FROM visit_plan_criteria ct WHERE "
        "ct.plan_id = vp.id AND ct.kind = 'township' AND ct.value = p.township_code)) "
        "AND EXISTS (SELECT 1 FROM person_categories pc JOIN visit_plan_criteria cc "
        "ON cc.plan_id = vp.id AND cc.kind = 'category' AND cc.value = pc.category_code "
        "WHERE pc.person_id = p.id AND (pc.end_date IS NULL OR pc.end_date >= vp.start_date) "
        "AND (pc.category_code <> 'disabled_serviceman' OR NOT EXISTS (SELECT 1 FROM "
        "visit_plan_criteria cg WHERE cg.plan_id = vp.id AND cg.kind = 'grade') OR EXISTS "
        "(SELECT 1 FROM visit_plan_criteria cg WHERE cg.plan_id = vp.id AND cg.kind = 'grade' "
        "AND cg.value = CAST(pc.grade AS TEXT))))))");
}

Result<QDate> VisitScheduleStore::horizon() const
{
    QSqlQuery q(m_db.connection());
    if (Status s = runQuery(q, QStringLiteral("SELECT horizon FROM visit_schedule_horizon")); !s)
        return s;
    return q.next() ? fromIsoDate(q.value(0).toString()) : QDate();
}

Result<QDate> VisitScheduleStore::ensureHorizon()
{
    auto h = horizon();
    if (!h || h->isValid())
        return h;
    const QDate first = m_db.clock().today().addYears(1);
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("INSERT INTO visit_schedule_horizon (id, horizon) VALUES (1, ?)"));
    q.addBindValue(toIsoDate(first));
    if (Status s = runQuery(q); !s)
        return s;
    return first;
}

Status VisitScheduleStore::extendTo(const QDate& until)
{
    auto h = ensureHorizon();
    if (!h)
        return h.status();
    if (until <= h.value())
        return Status::success();
    const QDate next = std::max(until, m_db.clock().today().addYears(1));
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("UPDATE visit_schedule_horizon SET horizon = ? WHERE id = 1"));
    q.addBindValue(toIsoDate(next));
    if (Status s = runQuery(q); !s)
        return s;
    QList<qint64> ids;
    if (Status s = runQuery(q, QStringLiteral("SELECT id FROM visit_plans WHERE active = 1")); !s)
        return s;
    while (q.next())
        ids << q.value(0).toLongLong();
    for (qint64 id : ids)
        if (Status s = refreshPlan(id); !s)
            return s;
    return Status::success();
}

Status VisitScheduleStore::refreshPlan(qint64 planId)
{
    return refreshPlanPersons(planId, 0);
}

Status VisitScheduleStore::refreshGroupPlans()
{
    if (m_db.schemaVersion() < kVisitsSchema)
        return Status::success(); // an older database (tests of upgrades): no plans yet
    QSqlQuery q(m_db.connection());
    if (Status s = runQuery(q, QStringLiteral("SELECT id FROM visit_plans WHERE active = 1 AND "
                                              "person_id IS NULL ORDER BY id"));
        !s)
        return s;
    QList<qint64> ids;
    while (q.next())
        ids << q.value(0).toLongLong();
    for (qint64 id : ids)
        if (Status s = refreshPlan(id); !s)
            return s;
    return Status::success();
}

Status VisitScheduleStore::refreshPerson(qint64 personId)
{
    if (m_db.schemaVersion() < kVisitsSchema)
        return Status::success(); // an older database (tests of upgrades): no plans yet
    QSqlQuery q(m_db.connection());
    q.prepare(
        QStringLiteral("SELECT vp.id FROM visit_plans vp, persons p WHERE p.id = ? AND %1 "
                       "UNION SELECT DISTINCT plan_id FROM visit_schedule WHERE person_id = ?")
            .arg(coversCondition()));
    q.addBindValue(personId);
    q.addBindValue(personId);
    if (Status s = runQuery(q); !s)
        return s;
    QList<qint64> plans;
    while (q.next())
        plans << q.value(0).toLongLong();
    for (qint64 planId : plans)
        if (Status s = refreshPlanPersons(planId, personId); !s)
            return s;
    return Status::success();
}

Status VisitScheduleStore::personLeft(qint64 personId, const QDate& on, const QString& reason)
{
    if (m_db.schemaVersion() < kVisitsSchema)
        return Status::success();
    QSqlQuery q(m_db.connection());
    if (Status s =
            bindAndRun(q,
                       QStringLiteral("UPDATE key_person_records SET until = ?, end_reason = "
                                      "? WHERE person_id = ? AND until IS NULL"),
                       {toIsoDate(on), textOrEmpty(reason), personId});
        !s)
        return s;
    if (Status s = bindAndRun(q,
                              QStringLiteral("UPDATE visit_plans SET active = 0, stopped_reason = "
                                             "? WHERE person_id = ? AND active = 1"),
                              {textOrEmpty(reason), personId});
        !s)
        return s;
    if (Status s = bindAndRun(q, QStringLiteral("UPDATE persons SET key_person = 0 WHERE id = ?"),
                              {personId});
        !s)
        return s;
    return refreshPerson(personId);
}

Status VisitScheduleStore::refreshPlanPersons(qint64 planId, qint64 personId)
{
    auto plan = VisitStore(m_db).plan(planId);
    if (!plan)
        return plan.status();
    auto h = ensureHorizon();
    if (!h)
        return h.status();
    QDate until = h.value();
    if (plan->end.isValid() && plan->end < until)
        until = plan->end;
    const QList<DueOccurrence> dues = until >= plan->start
                                          ? VisitRules::dueDates(plan.value(), plan->start, until)
                                          : QList<DueOccurrence>();
    const QDate today = m_db.clock().today();
    const bool one = personId > 0;

    QSqlQuery del(m_db.connection());
    QList<QVariant> keys{planId};
    if (one)
        keys << personId;
    if (Status s = bindAndRun(del,
                              QStringLiteral("DELETE FROM visit_schedule WHERE plan_id = ?%1")
                                  .arg(one ? QStringLiteral(" AND person_id = ?") : QString()),
                              keys);
        !s)
        return s;

    // The visits that count for this plan: made under it, or under no plan at all.
    QHash<qint64, QList<PersonVisit>> visits;
    QSqlQuery v(m_db.connection());
    const QString visitSql = QStringLiteral(
        "SELECT vq.person_id, w.id, w.visit_date FROM visits w JOIN visit_persons vq ON "
        "vq.visit_id = w.id WHERE w.plan_id %1%2");
    const QString onePerson = one ? QStringLiteral(" AND vq.person_id = ?") : QString();
    QList<QVariant> visitKeys{planId};
    if (one)
        visitKeys << personId << personId;
    // Two index ranges (this plan; no plan) rather than an OR that scans every visit.
    if (Status s = bindAndRun(v,
                              visitSql.arg(QStringLiteral("= ?"), onePerson) +
                                  QStringLiteral(" UNION ALL ") +
                                  visitSql.arg(QStringLiteral("IS NULL"), onePerson) +
                                  QStringLiteral(" ORDER BY 3, 2"),
                              visitKeys);
        !s)
        return s;
    while (v.next())
        visits[v.value(0).toLongLong()].append(
            {fromIsoDate(v.value(2).toString()), v.value(1).toLongLong()});

    // The persons the plan covers (the same criteria as coversCondition, from the plan read).
    QString where;
    QList<QVariant> values;
    if (one) {
        where = QStringLiteral("p.id = ?");
        values << personId;
    }
    auto add = [&](const QString& part) {
        where += (where.isEmpty() ? QString() : QStringLiteral(" AND ")) + part;
    };
    auto marks = [](qsizetype n) {
        QStringList m;
        for (qsizetype i = 0; i < n; ++i)
            m << QStringLiteral("?");
        return m.join(QLatin1Char(','));
    };
    if (plan->personId > 0) {
        add(QStringLiteral("p.id = ?"));
        values << plan->personId;
    } else {
        QString held = QStringLiteral("pc.category_code IN (%1) AND (pc.end_date IS NULL OR "
                                      "pc.end_date >= ?)")
                           .arg(marks(plan->categoryCodes.size()));
        for (const QString& c : plan->categoryCodes)
            values << c;
        values << toIsoDate(plan->start);
        if (!plan->grades.isEmpty()) {
            held += QStringLiteral(" AND (pc.category_code <> 'disabled_serviceman' OR pc.grade "
                                   "IN (%1))")
                        .arg(marks(plan->grades.size()));
            for (int g : plan->grades)
                values << g;
        }
        add(one ? QStringLiteral("EXISTS (SELECT 1 FROM person_categories pc WHERE pc.person_id "
                                 "= p.id AND %1)")
                      .arg(held)
                : QStringLiteral("p.id IN (SELECT pc.person_id FROM person_categories pc WHERE %1)")
                      .arg(held));
        if (!plan->townshipCodes.isEmpty()) {
            add(QStringLiteral("p.township_code IN (%1)").arg(marks(plan->townshipCodes.size())));
            for (const QString& t : plan->townshipCodes)
                values << t;
        }
    }
    QSqlQuery p(m_db.connection());
    if (Status s = bindAndRun(p,
                              QStringLiteral("SELECT p.id, p.status, p.status_since, "
                                             "p.status_reason, coalesce(p.name_pinyin, p.name), "
                                             "p.township_code FROM persons p WHERE %1")
                                  .arg(where),
                              values);
        !s)
        return s;

    QSqlQuery ins(m_db.connection());
    ins.prepare(QStringLiteral("INSERT INTO visit_schedule (plan_id, person_id, due, festival, "
                               "state, done_on, visit_id, note, sort_name, township_code) "
                               "VALUES (?,?,?,?,?,?,?,?,?,?)"));
    while (p.next()) {
        const qint64 id = p.value(0).toLongLong();
        PersonStatus status = PersonStatus::Active;
        personStatusFromKey(p.value(1).toString(), &status);
        const QDate since = fromIsoDate(p.value(2).toString());
        const bool active = status == PersonStatus::Active;
        QString note;
        if (!active) {
            const QString why = statusReasonText(p.value(3).toString());
            note = why.isEmpty()
                       ? Tr::tr("%1 since %2").arg(personStatusTitle(status), chineseDate(since))
                       : Tr::tr("%1 since %2: %3")
                             .arg(personStatusTitle(status), chineseDate(since), why);
        }
        QList<DueOccurrence> own = dues;
        if (!active) {
            // Their dues up to the day they left, and the first one after it, which stays
            // (dropped, with the reason) so the list of the plan says why they left it.
            const auto firstAfter = std::find_if(
                own.begin(), own.end(), [&](const DueOccurrence& d) { return d.due > since; });
            if (firstAfter != own.end())
                own.erase(firstAfter + 1, own.end());
        }
        if (own.isEmpty())
            continue;
        const QList<PersonVisit> seen = visits.value(id);
        QList<QDate> dates;
        for (const PersonVisit& pv : seen)
            dates << pv.date;
        const QList<DueOccurrence> matched = VisitRules::match(own, dates, today);
        QList<bool> used(seen.size(), false);
        for (const DueOccurrence& d : matched) {
            QVariant visitId;
            QString state = active ? QStringLiteral("open") : QStringLiteral("dropped");
            if (d.state == DueState::Done) {
                state = QStringLiteral("done");
                for (int i = 0; i < seen.size(); ++i) {
                    if (!used[i] && seen[i].date == d.doneOn) {
                        used[i] = true;
                        visitId = seen[i].id;
                        break;
                    }
                }
            }
            ins.addBindValue(planId);
            ins.addBindValue(id);
            ins.addBindValue(toIsoDate(d.due));
            ins.addBindValue(textOrEmpty(d.festival));
            ins.addBindValue(state);
            ins.addBindValue(dateOrNull(d.state == DueState::Done ? d.doneOn : QDate()));
            ins.addBindValue(visitId);
            ins.addBindValue(state == QLatin1String("dropped") ? note : QStringLiteral(""));
            ins.addBindValue(p.value(4).toString());
            ins.addBindValue(p.value(5).toString());
            if (Status s = runQuery(ins); !s)
                return s;
        }
    }
    return Status::success();
}

QString VisitScheduleStore::filterSql(const DueFilter& filter, QList<QVariant>* values) const
{
    const QDate today = m_db.clock().today();
    QString sql = QStringLiteral(" WHERE s.state = 'open' AND s.due <= ?");
    *values << toIsoDate(filter.until.isValid() ? filter.until : today);
    if (!filter.townshipCode.isEmpty()) {
        sql += QStringLiteral(" AND s.township_code = ?");
        *values << filter.townshipCode;
    }
    if (filter.overdueOnly) {
        sql += QStringLiteral(" AND s.due < ?");
        *values << toIsoDate(today);
    }
    if (filter.leaderUserId > 0) {
        sql += QStringLiteral(" AND k.leader_user_id = ?");
        *values << filter.leaderUserId;
    } else if (!filter.leaderName.isEmpty()) {
        sql += QStringLiteral(" AND coalesce(lu.display_name, k.leader_name) = ?");
        *values << filter.leaderName;
    }
    if (filter.minimumRisk > int(RiskLevel::Normal)) {
        QStringList keys;
        for (int r = filter.minimumRisk; r <= int(RiskLevel::High); ++r) {
            keys << QStringLiteral("?");
            *values << VisitRules::riskKey(RiskLevel(r));
        }
        sql += QStringLiteral(" AND k.risk IN (%1)").arg(keys.join(QLatin1Char(',')));
    }
    return sql;
}

namespace {
const char* const kDueFrom =
    " FROM visit_schedule s JOIN visit_plans vp ON vp.id = s.plan_id "
    "JOIN persons p ON p.id = s.person_id JOIN townships t ON t.code = s.township_code "
    "LEFT JOIN key_person_records k ON k.person_id = s.person_id AND k.until IS NULL "
    "LEFT JOIN users lu ON lu.id = k.leader_user_id";
}

Result<QList<DueVisit>> VisitScheduleStore::dueList(const DueFilter& filter, const DueCursor* after,
                                                    int limit) const
{
    QList<QVariant> values;
    QString where = filterSql(filter, &values);
    if (after) {
        where += QStringLiteral(" AND (s.due, s.sort_name, s.person_id, s.plan_id) > (?, ?, ?, ?)");
        values << toIsoDate(after->due) << after->sortName << after->personId << after->planId;
    }
    values << std::max(limit, 0);
    QSqlQuery q(m_db.connection());
    if (Status s = bindAndRun(
            q,
            QStringLiteral("SELECT s.plan_id, vp.title, s.person_id, p.name, p.citizen_id, "
                           "s.township_code, t.name, k.risk, coalesce(lu.display_name, "
                           "k.leader_name), s.due, s.festival, s.sort_name%1%2 ORDER BY s.due, "
                           "s.sort_name, s.person_id, s.plan_id LIMIT ?")
                .arg(QLatin1String(kDueFrom), where),
            values);
        !s)
        return s;
    const QDate today = m_db.clock().today();
    QList<DueVisit> out;
    while (q.next()) {
        DueVisit d;
        d.planId = q.value(0).toLongLong();
        d.planTitle = q.value(1).toString();
        d.personId = q.value(2).toLongLong();
        d.personName = q.value(3).toString();
        d.maskedCitizenId = CitizenId::mask(q.value(4).toString());
        d.townshipCode = q.value(5).toString();
        d.townshipName = q.value(6).toString();
        if (!q.value(7).isNull()) {
            auto risk = VisitRules::riskFromKey(q.value(7).toString());
            if (!risk)
                return risk.status();
            d.risk = risk.value();
        }
        d.leaderName = q.value(8).toString();
        d.due = fromIsoDate(q.value(9).toString());
        d.state = stateOf(QStringLiteral("open"), d.due, today);
        d.festival = q.value(10).toString();
        d.sortName = q.value(11).toString();
        out << d;
    }
    return out;
}

Result<int> VisitScheduleStore::dueCount(const DueFilter& filter) const
{
    QList<QVariant> values;
    const QString where = filterSql(filter, &values);
    QSqlQuery q(m_db.connection());
    // The joins only when a filter needs the key-person record: else one covering index range.
    const bool byKeyPerson = filter.leaderUserId > 0 || !filter.leaderName.isEmpty() ||
                             filter.minimumRisk > int(RiskLevel::Normal);
    q.prepare(QStringLiteral("SELECT count(*) FROM visit_schedule s%1%2")
                  .arg(byKeyPerson
                           ? QStringLiteral(" LEFT JOIN key_person_records k ON k.person_id = "
                                            "s.person_id AND k.until IS NULL LEFT JOIN users lu ON "
                                            "lu.id = k.leader_user_id")
                           : QString(),
                       where));
    for (const QVariant& v : values)
        q.addBindValue(v);
    if (Status s = runSingle(q, QString()); !s)
        return s;
    return q.value(0).toInt();
}

Result<DueCounts> VisitScheduleStore::homeCounts() const
{
    const QDate today = m_db.clock().today();
    DueCounts c;
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT count(*) FROM visit_schedule WHERE state = 'open' AND due "
                             ">= ? AND due <= ?"));
    q.addBindValue(toIsoDate(today));
    q.addBindValue(toIsoDate(VisitRules::endOfWeek(today)));
    if (Status s = runSingle(q, QString()); !s)
        return s;
    c.dueThisWeek = q.value(0).toInt();
    q.prepare(
        QStringLiteral("SELECT count(*) FROM visit_schedule WHERE state = 'open' AND due < ?"));
    q.addBindValue(toIsoDate(today));
    if (Status s = runSingle(q, QString()); !s)
        return s;
    c.overdue = q.value(0).toInt();
    return c;
}

Result<QList<VisitDay>> VisitScheduleStore::month(int year, int month) const
{
    const QDate first(year, month, 1);
    if (!first.isValid())
        return Status::failure(Tr::tr("There is no month %1 of %2.").arg(month).arg(year));
    const QDate last = first.addMonths(1).addDays(-1);
    QList<VisitDay> days;
    for (QDate d = first; d <= last; d = d.addDays(1))
        days << VisitDay{d, 0, 0, 0};
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT due, state, count(*) FROM visit_schedule WHERE state IN "
                             "('open', 'done') AND due BETWEEN ? AND ? GROUP BY due, state"));
    q.addBindValue(toIsoDate(first));
    q.addBindValue(toIsoDate(last));
    if (Status s = runQuery(q); !s)
        return s;
    const QDate today = m_db.clock().today();
    while (q.next()) {
        const QDate due = fromIsoDate(q.value(0).toString());
        if (!due.isValid() || due < first || due > last)
            continue;
        VisitDay& day = days[int(first.daysTo(due))];
        const int n = q.value(2).toInt();
        switch (stateOf(q.value(1).toString(), due, today)) {
        case DueState::Done:
            day.done += n;
            break;
        case DueState::Due:
            day.due += n;
            break;
        case DueState::Overdue:
            day.overdue += n;
            break;
        }
    }
    return days;
}

Result<QList<DueOccurrence>> VisitScheduleStore::occurrences(qint64 planId, qint64 personId,
                                                             const QDate& until) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT due, state, done_on, festival FROM visit_schedule WHERE "
                             "plan_id = ? AND person_id = ? AND due <= ? AND state <> 'dropped' "
                             "ORDER BY due"));
    q.addBindValue(planId);
    q.addBindValue(personId);
    q.addBindValue(toIsoDate(until));
    if (Status s = runQuery(q); !s)
        return s;
    const QDate today = m_db.clock().today();
    QList<DueOccurrence> out;
    while (q.next()) {
        DueOccurrence o;
        o.due = fromIsoDate(q.value(0).toString());
        o.state = stateOf(q.value(1).toString(), o.due, today);
        o.doneOn = fromIsoDate(q.value(2).toString());
        o.festival = q.value(3).toString();
        out << o;
    }
    return out;
}

Result<QString> VisitScheduleStore::droppedReason(qint64 planId, qint64 personId) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT note FROM visit_schedule WHERE plan_id = ? AND person_id = ? "
                             "AND state = 'dropped' ORDER BY due DESC LIMIT 1"));
    q.addBindValue(planId);
    q.addBindValue(personId);
    if (Status s = runQuery(q); !s)
        return s;
    return q.next() ? q.value(0).toString() : QString();
}

} // namespace youfu::core
