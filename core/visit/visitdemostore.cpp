#include "visit/visitdemostore.h"

#include "common/isotime.h"
#include "db/auditedwrite.h"
#include "db/database.h"
#include "db/sqlexec.h"
#include "db/sqlvalues.h"
#include "security/permission.h"
#include "visit/visitrules.h"
#include "visit/visitschedulestore.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QSqlQuery>

namespace youfu::core {

namespace {
class Tr
{
    Q_DECLARE_TR_FUNCTIONS(youfu::core::VisitDemoStore)
};

QStringList words(const char* utf8)
{
    return QString::fromUtf8(utf8).split(QLatin1Char(' '), Qt::SkipEmptyParts);
}

class Random
{
public:
    explicit Random(quint64 seed) : m_state(seed * 0x9E3779B97F4A7C15ULL + 1) {}
    int below(int n)
    {
        m_state ^= m_state << 13;
        m_state ^= m_state >> 7;
        m_state ^= m_state << 17;
        return n <= 0 ? 0 : int(m_state % quint64(n));
    }
    template <typename T> const T& pick(const QList<T>& list)
    {
        return list.at(below(int(list.size())));
    }

private:
    quint64 m_state;
};

struct GroupDefinition
{
    QString title;
    QStringList categories;
    QList<int> grades;
    QString township; // empty = all
    Rhythm rhythm;
    bool bayi;
    bool springFestival;
};

Result<QList<GroupDefinition>> groupDefinitions(Database& db)
{
    QList<GroupDefinition> list{
        {QStringLiteral("一至四级伤残军人季度走访"),
         {QStringLiteral("disabled_serviceman")},
         {1, 2, 3, 4},
         QString(),
         Rhythm::Quarterly,
         false,
         true},
        {QStringLiteral("烈士遗属八一、春节慰问"),
         {QStringLiteral("martyr_survivor")},
         {},
         QString(),
         Rhythm::None,
         true,
         true},
        {QStringLiteral("因公牺牲、病故军人遗属节日慰问"),
         {QStringLiteral("duty_death_survivor"), QStringLiteral("illness_death_survivor")},
         {},
         QString(),
         Rhythm::None,
         true,
         true},
    };
    QSqlQuery q(db.connection());
    if (Status s = runQuery(
            q, QStringLiteral("SELECT code, name FROM townships ORDER BY sort_order, code"));
        !s)
        return s;
    while (q.next())
        list.append({QStringLiteral("%1参战退役人员年度走访").arg(q.value(1).toString()),
                     {QStringLiteral("war_veteran")},
                     {},
                     q.value(0).toString(),
                     Rhythm::Yearly,
                     true,
                     false});
    return list;
}

// Writes one plan's row, criteria and visitor; returns its id.
Result<qint64> insertPlan(Database& db, const VisitPlan& p, const WriteScope& w)
{
    QSqlQuery q(db.connection());
    q.prepare(QStringLiteral(
        "INSERT INTO visit_plans (title, person_id, rhythm, every_weeks, before_bayi, "
        "before_spring_festival, start_date, created_at, created_by, updated_at) "
        "VALUES (?,?,?,0,?,?,?,?,?,?)"));
    q.addBindValue(p.title);
    q.addBindValue(idOrNull(p.personId));
    q.addBindValue(VisitRules::rhythmKey(p.rhythm));
    q.addBindValue(p.beforeBayi ? 1 : 0);
    q.addBindValue(p.beforeSpringFestival ? 1 : 0);
    q.addBindValue(toIsoDate(p.start));
    q.addBindValue(toIsoUtc(w.now()));
    q.addBindValue(idOrNull(w.actor().userId));
    q.addBindValue(toIsoUtc(w.now()));
    if (Status s = runQuery(q); !s)
        return s;
    const qint64 id = q.lastInsertId().toLongLong();
    q.prepare(QStringLiteral("INSERT INTO visit_plan_criteria (plan_id, kind, value) "
                             "VALUES (?,?,?)"));
    QList<QPair<QString, QString>> criteria;
    for (const QString& c : p.categoryCodes)
        criteria.append({QStringLiteral("category"), c});
    for (int g : p.grades)
        criteria.append({QStringLiteral("grade"), QString::number(g)});
    for (const QString& t : p.townshipCodes)
        criteria.append({QStringLiteral("township"), t});
    for (const auto& c : criteria) {
        q.addBindValue(id);
        q.addBindValue(c.first);
        q.addBindValue(c.second);
        if (Status s = runQuery(q); !s)
            return s;
    }
    q.prepare(QStringLiteral(
        "INSERT INTO visit_plan_visitors (plan_id, ord, user_id, name) VALUES (?,0,?,?)"));
    q.addBindValue(id);
    q.addBindValue(idOrNull(w.actor().userId));
    q.addBindValue(w.actor().displayName);
    if (Status s = runQuery(q); !s)
        return s;
    return id;
}
} // namespace

Result<VisitDemoCounts> VisitDemoStore::generate(const Actor& clerk,
                                                 const VisitDemoOptions& options)
{
    return AuditedWrite::produce<VisitDemoCounts>(
        m_db, clerk, Authority::of(Permission::RecordVisits),
        {QStringLiteral("visit.demo"), QStringLiteral("visit_schedule")},
        [&](WriteScope& w) -> Result<VisitDemoCounts> {
            VisitDemoCounts counts;
            Random rng(options.seed);
            const QDate today = m_db.clock().today();
            const QDate from = today.addYears(-std::max(1, options.years));
            QSqlQuery q(m_db.connection());

            QList<qint64> leaders;
            if (Status s = runQuery(
                    q, QStringLiteral("SELECT DISTINCT user_id FROM user_roles WHERE role IN "
                                      "('director', 'section_chief') ORDER BY user_id"));
                !s)
                return s;
            while (q.next())
                leaders << q.value(0).toLongLong();
            QList<qint64> persons;
            if (Status s = runQuery(q, QStringLiteral("SELECT id FROM persons WHERE status = "
                                                      "'active'%1 ORDER BY id")
                                           .arg(options.keyPersons < 0
                                                    ? QStringLiteral(" AND key_person = 1")
                                                    : QString()));
                !s)
                return s;
            while (q.next())
                persons << q.value(0).toLongLong();
            if (options.keyPersons >= 0 && persons.size() > options.keyPersons) {
                // Spread over the registry rather than the first ids.
                QList<qint64> chosen;
                const double step = double(persons.size()) / std::max(1, options.keyPersons);
                for (int i = 0; i < options.keyPersons; ++i)
                    chosen << persons.at(qsizetype(i * step));
                persons = chosen;
            }

            const QStringList workers = words("李明 王芳 刘洋 陈静 杨帆 赵磊 黄敏 周杰 吴丽");
            const QStringList leaderNames = words("陈国平 王建华");
            const QStringList demands =
                words("希望提高抚恤标准 反映住房漏雨，请求危房改造 身体尚好，无特别诉求 "
                      "希望帮助解决孙子就业 医药费负担重，询问医疗救助 感谢党和政府关怀");
            const QStringList explained =
                words("讲解现行抚恤政策 说明临时救助申请程序 转达节日问候 "
                      "告知优待证办理方式");
            const QList<VisitForm> forms{VisitForm::Home,    VisitForm::Home,  VisitForm::Home,
                                         VisitForm::Home,    VisitForm::Phone, VisitForm::Phone,
                                         VisitForm::AtBureau};
            // A person the registry marked already has a record (KeyPersonFlagStore): the
            // demo fills that one in instead of opening a second.
            QSqlQuery key(m_db.connection());
            key.prepare(QStringLiteral(
                "INSERT INTO key_person_records (person_id, reason, risk, leader_user_id, "
                "leader_name, worker_name, since, review_on, created_at, created_by) VALUES "
                "(?,?,?,?,?,?,?,?,?,?)"));
            QSqlQuery fill(m_db.connection());
            fill.prepare(QStringLiteral(
                "UPDATE key_person_records SET reason = ?, risk = ?, leader_user_id = ?, "
                "leader_name = ?, worker_name = ?, since = ?, review_on = ? WHERE person_id = ? "
                "AND until IS NULL"));
            QSqlQuery visit(m_db.connection());
            visit.prepare(QStringLiteral(
                "INSERT INTO visits (visit_date, form, plan_id, demands, explained, created_at, "
                "created_by) VALUES (?,?,?,?,?,?,?)"));
            QSqlQuery met(m_db.connection());
            met.prepare(QStringLiteral(
                "INSERT INTO visit_persons (visit_id, person_id, ord) VALUES (?,?,0)"));
            QSqlQuery by(m_db.connection());
            by.prepare(QStringLiteral(
                "INSERT INTO visit_visitors (visit_id, ord, user_id, name) VALUES (?,0,?,?)"));
            // Most visits on time, some late, some missed: the recent misses are overdue.
            auto visitFor = [&](qint64 planId, qint64 personId, const QDate& due) -> Status {
                const int roll = rng.below(100);
                QDate day;
                if (roll < 72)
                    day = due.addDays(rng.below(10) - 6);
                else if (roll < 85)
                    day = due.addDays(5 + rng.below(20));
                else
                    return Status::success();
                if (day > today || day < from)
                    return Status::success();
                visit.addBindValue(toIsoDate(day));
                visit.addBindValue(VisitRules::formKey(rng.pick(forms)));
                visit.addBindValue(planId);
                visit.addBindValue(rng.pick(demands));
                visit.addBindValue(rng.pick(explained));
                visit.addBindValue(toIsoUtc(w.now()));
                visit.addBindValue(idOrNull(clerk.userId));
                if (Status s = runQuery(visit); !s)
                    return s;
                const qint64 visitId = visit.lastInsertId().toLongLong();
                met.addBindValue(visitId);
                met.addBindValue(personId);
                if (Status s = runQuery(met); !s)
                    return s;
                by.addBindValue(visitId);
                by.addBindValue(idOrNull(clerk.userId));
                by.addBindValue(clerk.displayName);
                if (Status s = runQuery(by); !s)
                    return s;
                ++counts.visits;
                return Status::success();
            };

            QList<qint64> planIds;
            for (qint64 personId : persons) {
                const int r = rng.below(10);
                const RiskLevel risk = r < 5   ? RiskLevel::Normal
                                       : r < 8 ? RiskLevel::Elevated
                                               : RiskLevel::High;
                const QDate since = from.addDays(-rng.below(400));
                const QString reason = VisitRules::reasonKey(KeyPersonReason(rng.below(5)));
                const bool byUser = !leaders.isEmpty() && rng.below(2) == 0;
                const QVariantList details{reason,
                                           VisitRules::riskKey(risk),
                                           byUser ? QVariant(rng.pick(leaders)) : QVariant(),
                                           byUser ? QStringLiteral("") : rng.pick(leaderNames),
                                           rng.pick(workers),
                                           toIsoDate(since),
                                           toIsoDate(today.addDays(rng.below(180)))};
                for (const QVariant& v : details)
                    fill.addBindValue(v);
                fill.addBindValue(personId);
                if (Status s = runQuery(fill); !s)
                    return s;
                if (fill.numRowsAffected() == 0) {
                    key.addBindValue(personId);
                    for (const QVariant& v : details)
                        key.addBindValue(v);
                    key.addBindValue(toIsoUtc(w.now()));
                    key.addBindValue(idOrNull(clerk.userId));
                    if (Status s = runQuery(key); !s)
                        return s;
                }
                ++counts.keyPersons;

                VisitPlan plan;
                plan.title = risk == RiskLevel::Normal ? QStringLiteral("重点对象季度走访")
                                                       : QStringLiteral("重点对象每月走访");
                plan.personId = personId;
                plan.rhythm = risk == RiskLevel::Normal ? Rhythm::Quarterly : Rhythm::Monthly;
                plan.beforeSpringFestival = risk == RiskLevel::High;
                plan.start = from.addDays(rng.below(28));
                auto planId = insertPlan(m_db, plan, w);
                if (!planId)
                    return planId.status();
                planIds << planId.value();
                plan.id = planId.value();
                for (const DueOccurrence& d : VisitRules::dueDates(plan, plan.start, today))
                    if (Status s = visitFor(plan.id, personId, d.due); !s)
                        return s;
            }
            if (Status s =
                    runQuery(q, QStringLiteral("UPDATE persons SET key_person = CASE WHEN id IN "
                                               "(SELECT person_id FROM key_person_records WHERE "
                                               "until IS NULL) THEN 1 ELSE 0 END"));
                !s)
                return s;

            VisitScheduleStore schedule(m_db);
            auto definitions = groupDefinitions(m_db);
            if (!definitions)
                return definitions.status();
            const QList<GroupDefinition> groups = definitions.value();
            for (int i = 0; i < std::min<int>(options.groupPlans, int(groups.size())); ++i) {
                const GroupDefinition& g = groups.at(i);
                VisitPlan plan;
                plan.title = g.title;
                plan.categoryCodes = g.categories;
                plan.grades = g.grades;
                if (!g.township.isEmpty())
                    plan.townshipCodes = {g.township};
                plan.rhythm = g.rhythm;
                plan.beforeBayi = g.bayi;
                plan.beforeSpringFestival = g.springFestival;
                plan.start = from;
                auto planId = insertPlan(m_db, plan, w);
                if (!planId)
                    return planId.status();
                planIds << planId.value();
                // Who the group covers comes from the schedule, then their visits.
                if (Status s = schedule.refreshPlan(planId.value()); !s)
                    return s;
                QSqlQuery due(m_db.connection());
                due.prepare(QStringLiteral("SELECT person_id, due FROM visit_schedule WHERE "
                                           "plan_id = ? AND due <= ? ORDER BY person_id, due"));
                due.addBindValue(planId.value());
                due.addBindValue(toIsoDate(today));
                if (Status s = runQuery(due); !s)
                    return s;
                while (due.next())
                    if (Status s = visitFor(planId.value(), due.value(0).toLongLong(),
                                            fromIsoDate(due.value(1).toString()));
                        !s)
                        return s;
            }
            for (qint64 id : planIds)
                if (Status s = schedule.refreshPlan(id); !s)
                    return s;
            counts.plans = int(planIds.size());
            if (Status s = runQuery(q, QStringLiteral("SELECT count(*) FROM visit_schedule")); !s)
                return s;
            counts.scheduled = q.next() ? q.value(0).toInt() : 0;
            w.entry().after = {{QStringLiteral("key_persons"), counts.keyPersons},
                               {QStringLiteral("plans"), counts.plans},
                               {QStringLiteral("visits"), counts.visits}};
            return counts;
        });
}

} // namespace youfu::core
