#include "petition/warningstore.h"

#include "common/isotime.h"
#include "db/auditedwrite.h"
#include "db/database.h"
#include "db/sqlexec.h"
#include "db/sqlvalues.h"
#include "petition/warningrules.h"
#include "registry/phonenumber.h"
#include "security/fieldcipher.h"
#include "security/permission.h"
#include "visit/visitrules.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>
#include <QSqlQuery>

#include <functional>

namespace youfu::core {

namespace {
class Tr
{
    Q_DECLARE_TR_FUNCTIONS(youfu::core::WarningStore)
};

const char* const kStaffColumns =
    "s.id, s.township_code, t.name, s.name, s.phone_enc, s.grp, s.person_id, s.since, s.until, "
    "s.note, s.duty FROM info_staff s JOIN townships t ON t.code = s.township_code";

const char* const kWarningColumns =
    "w.id, w.reported_on, w.reporter_id, w.reporter_name, w.township_code, t.name, w.grp, "
    "w.expected, w.expected_on, w.risk, w.resolved, w.resolved_on, w.resolution, w.case_id "
    "FROM warning_reports w JOIN townships t ON t.code = w.township_code";

QString dutyKey(StaffDuty d)
{
    return d == StaffDuty::Care ? QStringLiteral("care") : QStringLiteral("info");
}

QString actorName(const Actor& a)
{
    return a.displayName.isEmpty() ? a.login : a.displayName;
}

QJsonObject json(const InfoStaff& s)
{
    QJsonObject o{{QStringLiteral("name"), s.name},
                  {QStringLiteral("township"), s.townshipCode},
                  {QStringLiteral("group"), s.group},
                  {QStringLiteral("phone"), PhoneNumber::mask(s.phone)},
                  {QStringLiteral("since"), toIsoDate(s.since)},
                  {QStringLiteral("duty"), dutyKey(s.duty)},
                  {QStringLiteral("note"), s.note}};
    if (s.personId > 0)
        o.insert(QStringLiteral("person_id"), QString::number(s.personId));
    if (s.until.isValid())
        o.insert(QStringLiteral("until"), toIsoDate(s.until));
    return o;
}

QJsonObject json(const WarningReport& w)
{
    QJsonArray persons;
    for (qint64 id : w.personIds)
        persons.append(QString::number(id));
    QJsonObject o{{QStringLiteral("reported_on"), toIsoDate(w.reportedOn)},
                  {QStringLiteral("reporter"), w.reporterName},
                  {QStringLiteral("township"), w.townshipCode},
                  {QStringLiteral("group"), w.group},
                  {QStringLiteral("persons"), persons},
                  {QStringLiteral("expected"), w.expected},
                  {QStringLiteral("risk"), VisitRules::riskKey(w.risk)}};
    if (w.expectedOn.isValid())
        o.insert(QStringLiteral("expected_on"), toIsoDate(w.expectedOn));
    if (w.resolved) {
        o.insert(QStringLiteral("resolved_on"), toIsoDate(w.resolvedOn));
        o.insert(QStringLiteral("resolution"), w.resolution);
        if (w.caseId > 0)
            o.insert(QStringLiteral("case_id"), QString::number(w.caseId));
    }
    return o;
}

Result<InfoStaff> readStaff(const QSqlQuery& q, const FieldCipher& cipher)
{
    InfoStaff s;
    s.id = q.value(0).toLongLong();
    s.townshipCode = q.value(1).toString();
    s.townshipName = q.value(2).toString();
    s.name = q.value(3).toString();
    auto phone = cipher.decrypt(q.value(4).toString());
    if (!phone)
        return phone.status();
    s.phone = phone.value();
    s.group = q.value(5).toString();
    s.personId = q.value(6).toLongLong();
    s.since = fromIsoDate(q.value(7).toString());
    s.until = fromIsoDate(q.value(8).toString());
    s.note = q.value(9).toString();
    s.duty = q.value(10).toString() == QLatin1String("care") ? StaffDuty::Care : StaffDuty::Info;
    return s;
}

Result<WarningReport> readWarning(const QSqlQuery& q)
{
    WarningReport w;
    w.id = q.value(0).toLongLong();
    w.reportedOn = fromIsoDate(q.value(1).toString());
    w.reporterId = q.value(2).toLongLong();
    w.reporterName = q.value(3).toString();
    w.townshipCode = q.value(4).toString();
    w.townshipName = q.value(5).toString();
    w.group = q.value(6).toString();
    w.expected = q.value(7).toString();
    w.expectedOn = fromIsoDate(q.value(8).toString());
    auto risk = VisitRules::riskFromKey(q.value(9).toString());
    if (!risk)
        return risk.status();
    w.risk = risk.value();
    w.resolved = q.value(10).toInt() == 1;
    w.resolvedOn = fromIsoDate(q.value(11).toString());
    w.resolution = q.value(12).toString();
    w.caseId = q.value(13).toLongLong();
    return w;
}

// The persons of the warnings a filter selects, in one query, into the warnings by id.
Status fillPersons(Database& db, QList<WarningReport>& list, const QString& where,
                   const QVariantList& binds)
{
    if (list.isEmpty())
        return Status::success();
    QHash<qint64, int> at;
    for (int i = 0; i < list.size(); ++i)
        at.insert(list.at(i).id, i);
    QSqlQuery q(db.connection());
    q.prepare(QStringLiteral("SELECT wp.warning_id, p.id, p.name FROM warning_persons wp JOIN "
                             "persons p ON p.id = wp.person_id WHERE wp.warning_id IN (SELECT "
                             "w.id FROM warning_reports w WHERE %1) ORDER BY wp.warning_id, p.id")
                  .arg(where));
    for (const QVariant& v : binds)
        q.addBindValue(v);
    if (Status s = runQuery(q); !s)
        return s;
    while (q.next()) {
        const auto it = at.constFind(q.value(0).toLongLong());
        if (it == at.constEnd())
            continue;
        list[*it].personIds << q.value(1).toLongLong();
        list[*it].personNames << q.value(2).toString();
    }
    return Status::success();
}

Result<InfoStaff> staffById(Database& db, qint64 id)
{
    auto cipher = FieldCipher::forDatabase(db);
    if (!cipher)
        return cipher.status();
    QSqlQuery q(db.connection());
    q.prepare(QStringLiteral("SELECT %1 WHERE s.id = ?").arg(QLatin1String(kStaffColumns)));
    q.addBindValue(id);
    if (Status s = runSingle(q, Tr::tr("There is no such information staff member.")); !s)
        return s;
    return readStaff(q, *cipher.value());
}
} // namespace

// Information staff ------------------------------------------------------------------------

Result<qint64> WarningStore::saveStaff(const Actor& actor, const InfoStaff& in)
{
    InfoStaff s = in;
    s.name = s.name.trimmed();
    s.group = s.group.trimmed();
    s.phone = s.phone.trimmed();
    s.note = s.note.trimmed();
    if (Status st = WarningRules::checkStaff(s); !st)
        return st;
    return AuditedWrite::produce<qint64>(
        m_db, actor, Authority::either(Permission::HandlePetitions, Permission::ManageTownships),
        {QStringLiteral("petition.staff_save"), QStringLiteral("info_staff")},
        [&](WriteScope& w) -> Result<qint64> {
            auto cipher = FieldCipher::forDatabase(m_db);
            if (!cipher)
                return cipher.status();
            QSqlQuery q(m_db.connection());
            if (s.id > 0) {
                auto before = staffById(m_db, s.id);
                if (!before)
                    return before.status();
                w.entry().before = json(before.value());
                q.prepare(QStringLiteral(
                    "UPDATE info_staff SET township_code = ?, name = ?, phone_enc = ?, grp = ?, "
                    "person_id = ?, since = ?, until = ?, note = ?, duty = ? WHERE id = ?"));
            } else {
                q.prepare(QStringLiteral(
                    "INSERT INTO info_staff (township_code, name, phone_enc, grp, person_id, "
                    "since, until, note, duty, created_at, created_by) "
                    "VALUES (?,?,?,?,?,?,?,?,?,?,?)"));
            }
            q.addBindValue(s.townshipCode);
            q.addBindValue(s.name);
            q.addBindValue(textOrEmpty(cipher.value()->encrypt(s.phone)));
            q.addBindValue(textOrEmpty(s.group));
            q.addBindValue(idOrNull(s.personId));
            q.addBindValue(toIsoDate(s.since));
            q.addBindValue(dateOrNull(s.until));
            q.addBindValue(textOrEmpty(s.note));
            q.addBindValue(dutyKey(s.duty));
            if (s.id > 0) {
                q.addBindValue(s.id);
            } else {
                q.addBindValue(toIsoUtc(w.now()));
                q.addBindValue(idOrNull(actor.userId));
            }
            if (Status st = runQuery(q); !st)
                return st;
            const qint64 id = s.id > 0 ? s.id : q.lastInsertId().toLongLong();
            w.entry().entityId = QString::number(id);
            w.entry().after = json(s);
            return id;
        });
}

Status WarningStore::endStaff(const Actor& actor, qint64 staffId, const QDate& on)
{
    return AuditedWrite::run(
        m_db, actor, Authority::either(Permission::HandlePetitions, Permission::ManageTownships),
        {QStringLiteral("petition.staff_end"), QStringLiteral("info_staff"),
         QString::number(staffId)},
        [&](WriteScope& w) -> Status {
            auto before = staffById(m_db, staffId);
            if (!before)
                return before.status();
            if (Status s = WarningRules::checkEndStaff(before.value(), on); !s)
                return s;
            QSqlQuery q(m_db.connection());
            q.prepare(QStringLiteral("UPDATE info_staff SET until = ? WHERE id = ?"));
            q.addBindValue(toIsoDate(on));
            q.addBindValue(staffId);
            if (Status s = runQuery(q); !s)
                return s;
            w.entry().before = QJsonObject{{QStringLiteral("name"), before->name}};
            w.entry().after = QJsonObject{{QStringLiteral("name"), before->name},
                                          {QStringLiteral("until"), toIsoDate(on)}};
            return Status::success();
        });
}

Result<QList<InfoStaff>> WarningStore::staff(const QString& townshipCode, bool currentOnly) const
{
    auto cipher = FieldCipher::forDatabase(m_db);
    if (!cipher)
        return cipher.status();
    QStringList where;
    if (!townshipCode.isEmpty())
        where << QStringLiteral("s.township_code = ?");
    if (currentOnly)
        where << QStringLiteral("(s.until IS NULL OR s.until > ?)");
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT %1%2 ORDER BY t.sort_order, t.code, s.grp, s.name, s.id")
                  .arg(QLatin1String(kStaffColumns),
                       where.isEmpty()
                           ? QString()
                           : QStringLiteral(" WHERE ") + where.join(QStringLiteral(" AND "))));
    if (!townshipCode.isEmpty())
        q.addBindValue(townshipCode);
    if (currentOnly)
        q.addBindValue(toIsoDate(m_db.clock().today()));
    if (Status s = runQuery(q); !s)
        return s;
    QList<InfoStaff> out;
    while (q.next()) {
        auto s = readStaff(q, *cipher.value());
        if (!s)
            return s.status();
        out << s.value();
    }
    return out;
}

// Warnings -----------------------------------------------------------------------------------

Result<qint64> WarningStore::report(const Actor& actor, const WarningReport& in)
{
    WarningReport r = in;
    r.reporterName = r.reporterName.trimmed();
    r.group = r.group.trimmed();
    r.expected = r.expected.trimmed();
    r.resolved = false;
    if (Status s = WarningRules::checkReport(r, m_db.clock().today()); !s)
        return s;
    return AuditedWrite::produce<qint64>(
        m_db, actor, Authority::of(Permission::HandlePetitions),
        {QStringLiteral("petition.warning_report"), QStringLiteral("warning")},
        [&](WriteScope& w) -> Result<qint64> {
            if (r.reporterId > 0) {
                auto staff = staffById(m_db, r.reporterId);
                if (!staff)
                    return staff.status();
                if (r.reporterName.isEmpty())
                    r.reporterName = staff->name;
            }
            QSqlQuery q(m_db.connection());
            q.prepare(QStringLiteral(
                "INSERT INTO warning_reports (reported_on, reporter_id, reporter_name, "
                "township_code, grp, expected, expected_on, risk, resolved, resolution, "
                "created_at, created_by) VALUES (?,?,?,?,?,?,?,?,0,'',?,?)"));
            q.addBindValue(toIsoDate(r.reportedOn));
            q.addBindValue(idOrNull(r.reporterId));
            q.addBindValue(textOrEmpty(r.reporterName));
            q.addBindValue(r.townshipCode);
            q.addBindValue(textOrEmpty(r.group));
            q.addBindValue(r.expected);
            q.addBindValue(dateOrNull(r.expectedOn));
            q.addBindValue(VisitRules::riskKey(r.risk));
            q.addBindValue(toIsoUtc(w.now()));
            q.addBindValue(idOrNull(actor.userId));
            if (Status s = runQuery(q); !s)
                return s;
            const qint64 id = q.lastInsertId().toLongLong();
            QList<qint64> seen;
            for (qint64 personId : r.personIds) {
                if (personId <= 0 || seen.contains(personId))
                    continue;
                seen << personId;
                QSqlQuery p(m_db.connection());
                p.prepare(QStringLiteral(
                    "INSERT INTO warning_persons (warning_id, person_id) VALUES (?,?)"));
                p.addBindValue(id);
                p.addBindValue(personId);
                if (Status s = runQuery(p); !s)
                    return s;
            }
            r.personIds = seen;
            w.entry().entityId = QString::number(id);
            w.entry().after = json(r);
            return id;
        });
}

Status WarningStore::followUp(const Actor& actor, qint64 warningId, const QDate& on,
                              const QString& note)
{
    return AuditedWrite::run(
        m_db, actor, Authority::of(Permission::HandlePetitions),
        {QStringLiteral("petition.warning_follow"), QStringLiteral("warning"),
         QString::number(warningId)},
        [&](WriteScope& w) -> Status {
            auto before = warning(warningId);
            if (!before)
                return before.status();
            if (Status s =
                    WarningRules::checkFollowUp(before.value(), on, note, m_db.clock().today());
                !s)
                return s;
            QSqlQuery q(m_db.connection());
            q.prepare(QStringLiteral("INSERT INTO warning_follow_ups (warning_id, on_date, "
                                     "user_id, actor_name, note) VALUES (?,?,?,?,?)"));
            q.addBindValue(warningId);
            q.addBindValue(toIsoDate(on));
            q.addBindValue(idOrNull(actor.userId));
            q.addBindValue(actorName(actor));
            q.addBindValue(note.trimmed());
            if (Status s = runQuery(q); !s)
                return s;
            w.entry().after = QJsonObject{{QStringLiteral("date"), toIsoDate(on)},
                                          {QStringLiteral("note"), note.trimmed()}};
            return Status::success();
        });
}

Status WarningStore::resolve(const Actor& actor, qint64 warningId, const QDate& on,
                             const QString& resolution, qint64 caseId)
{
    return AuditedWrite::run(
        m_db, actor, Authority::of(Permission::HandlePetitions),
        {QStringLiteral("petition.warning_resolve"), QStringLiteral("warning"),
         QString::number(warningId)},
        [&](WriteScope& w) -> Status {
            auto before = warning(warningId);
            if (!before)
                return before.status();
            if (Status s = WarningRules::checkResolution(before.value(), on, resolution,
                                                         m_db.clock().today());
                !s)
                return s;
            if (caseId > 0) {
                QSqlQuery c(m_db.connection());
                c.prepare(QStringLiteral("SELECT id FROM petition_cases WHERE id = ?"));
                c.addBindValue(caseId);
                if (Status s = runSingle(c, Tr::tr("There is no such case.")); !s)
                    return s;
            }
            QSqlQuery q(m_db.connection());
            q.prepare(QStringLiteral("UPDATE warning_reports SET resolved = 1, resolved_on = ?, "
                                     "resolution = ?, case_id = ? WHERE id = ? AND resolved = 0"));
            q.addBindValue(toIsoDate(on));
            q.addBindValue(resolution.trimmed());
            q.addBindValue(idOrNull(caseId));
            q.addBindValue(warningId);
            if (Status s = runQuery(q); !s)
                return s;
            WarningReport after = before.value();
            after.resolved = true;
            after.resolvedOn = on;
            after.resolution = resolution.trimmed();
            after.caseId = caseId;
            w.entry().before = json(before.value());
            w.entry().after = json(after);
            return Status::success();
        });
}

Result<WarningReport> WarningStore::warning(qint64 id) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT %1 WHERE w.id = ?").arg(QLatin1String(kWarningColumns)));
    q.addBindValue(id);
    if (Status s = runSingle(q, Tr::tr("There is no such warning.")); !s)
        return s;
    auto w = readWarning(q);
    if (!w)
        return w;
    QList<WarningReport> one{w.value()};
    if (Status s = fillPersons(m_db, one, QStringLiteral("w.id = ?"), {id}); !s)
        return s;
    return one.first();
}

Result<QList<WarningFollowUp>> WarningStore::followUps(qint64 warningId) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT id, on_date, actor_name, note FROM warning_follow_ups WHERE "
                             "warning_id = ? ORDER BY id"));
    q.addBindValue(warningId);
    if (Status s = runQuery(q); !s)
        return s;
    QList<WarningFollowUp> out;
    while (q.next())
        out << WarningFollowUp{q.value(0).toLongLong(), fromIsoDate(q.value(1).toString()),
                               q.value(2).toString(), q.value(3).toString()};
    return out;
}

Result<QList<WarningReport>> WarningStore::warnings(bool openOnly,
                                                    const QString& townshipCode) const
{
    QStringList where{QStringLiteral("1 = 1")};
    QVariantList binds;
    if (openOnly)
        where << QStringLiteral("w.resolved = 0");
    if (!townshipCode.isEmpty()) {
        where << QStringLiteral("w.township_code = ?");
        binds << townshipCode;
    }
    const QString filter = where.join(QStringLiteral(" AND "));
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT %1 WHERE %2 ORDER BY w.reported_on DESC, w.id DESC")
                  .arg(QLatin1String(kWarningColumns), filter));
    for (const QVariant& v : binds)
        q.addBindValue(v);
    if (Status s = runQuery(q); !s)
        return s;
    QList<WarningReport> out;
    while (q.next()) {
        auto w = readWarning(q);
        if (!w)
            return w.status();
        out << w.value();
    }
    if (Status s = fillPersons(m_db, out, filter, binds); !s)
        return s;
    return out;
}

Result<int> WarningStore::openCount() const
{
    QSqlQuery q(m_db.connection());
    if (Status s = runQuery(q, QStringLiteral("SELECT count(*) FROM warning_reports WHERE "
                                              "resolved = 0"));
        !s)
        return s;
    return q.next() ? q.value(0).toInt() : 0;
}

// The stability view -----------------------------------------------------------------------

Result<QList<StabilityLine>> WarningStore::stability(const QDate& today) const
{
    QList<StabilityLine> out;
    QHash<QString, int> at;
    {
        QSqlQuery q(m_db.connection());
        if (Status s = runQuery(q, QStringLiteral("SELECT code, name FROM townships WHERE "
                                                  "active = 1 ORDER BY sort_order, code"));
            !s)
            return s;
        while (q.next()) {
            StabilityLine l;
            l.townshipCode = q.value(0).toString();
            l.townshipName = q.value(1).toString();
            at.insert(l.townshipCode, int(out.size()));
            out << l;
        }
    }
    const QString day = toIsoDate(today);
    // Received on or after the same day a year before (from the office's midnight; received_at
    // is kept in UTC) counts as "in the last 12 months".
    const QString yearAgo = toIsoUtc(today.addMonths(-12).startOfDay());
    auto each = [&](const QString& sql, const QVariantList& binds,
                    const std::function<void(StabilityLine&, const QSqlQuery&)>& take) -> Status {
        QSqlQuery q(m_db.connection());
        q.prepare(sql);
        for (const QVariant& v : binds)
            q.addBindValue(v);
        if (Status s = runQuery(q); !s)
            return s;
        while (q.next()) {
            const auto it = at.constFind(q.value(0).toString());
            if (it != at.constEnd())
                take(out[*it], q);
        }
        return Status::success();
    };
    // Open cases: a clock runs. "deadline > ''" (every ISO date) is a range on
    // petition_cases_deadline (deadline, township_code): counted from the index alone;
    // "+township_code" keeps the planner from walking the whole township index instead.
    if (Status s = each(QStringLiteral("SELECT township_code, count(*), "
                                       "coalesce(sum(deadline < ?), 0) FROM petition_cases WHERE "
                                       "deadline > '' GROUP BY +township_code"),
                        {day},
                        [](StabilityLine& l, const QSqlQuery& q) {
                            l.openCases = q.value(1).toInt();
                            l.overdueCases = q.value(2).toInt();
                        });
        !s)
        return s;
    // Group and beyond-level petitions received in the 12 months: the partial index
    // petition_cases_flagged holds just these (is_group includes a group set by hand).
    if (Status s =
            each(QStringLiteral("SELECT township_code, coalesce(sum(is_group = 1), 0), "
                                "coalesce(sum(beyond_level <> ''), 0) FROM petition_cases "
                                "WHERE received_at >= ? AND (is_group = 1 OR beyond_level <> '') "
                                "GROUP BY +township_code"),
                 {yearAgo},
                 [](StabilityLine& l, const QSqlQuery& q) {
                     l.groupLast12Months = q.value(1).toInt();
                     l.beyondLast12Months = q.value(2).toInt();
                 });
        !s)
        return s;
    // Open warnings (warning_reports_open).
    if (Status s = each(QStringLiteral("SELECT township_code, count(*), coalesce(sum(risk = ?), "
                                       "0) FROM warning_reports WHERE resolved = 0 GROUP BY "
                                       "township_code"),
                        {VisitRules::riskKey(RiskLevel::High)},
                        [](StabilityLine& l, const QSqlQuery& q) {
                            l.openWarnings = q.value(1).toInt();
                            l.highRiskWarnings = q.value(2).toInt();
                        });
        !s)
        return s;
    // Key persons (current record, a few thousand) with an open visit past its due: one seek
    // each in visit_schedule_person (person_id, state, due); the township is the person's own.
    // CROSS JOIN keeps the key persons outside (SQLite would walk all persons otherwise).
    if (Status s = each(
            QStringLiteral("SELECT p.township_code, count(*) FROM key_person_records k CROSS JOIN "
                           "persons p WHERE p.id = k.person_id AND k.until IS NULL AND EXISTS "
                           "(SELECT 1 FROM visit_schedule s WHERE s.person_id = k.person_id AND "
                           "s.state = 'open' AND s.due < ?) GROUP BY p.township_code"),
            {day},
            [](StabilityLine& l, const QSqlQuery& q) { l.keyPersonsOverdue = q.value(1).toInt(); });
        !s)
        return s;
    for (StabilityLine& l : out)
        l.score = WarningRules::stabilityScore(l);
    return out;
}

} // namespace youfu::core
