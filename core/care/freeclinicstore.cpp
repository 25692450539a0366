#include "care/freeclinicstore.h"

#include "care/freeclinicrules.h"
#include "common/isotime.h"
#include "db/auditedwrite.h"
#include "db/database.h"
#include "db/sqlexec.h"
#include "db/sqlvalues.h"
#include "registry/citizenid.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariantList>

namespace youfu::core {

namespace {
class Tr
{
    Q_DECLARE_TR_FUNCTIONS(youfu::core::FreeClinicStore)
};

const char* const kColumns =
    "f.id, f.held_on, f.township_code, coalesce(t.name, ''), f.hospital, f.doctors, f.place, "
    "f.persons_seen, f.follow_up, f.note, "
    "(SELECT count(*) FROM free_clinic_persons fp WHERE fp.clinic_id = f.id) "
    "FROM free_clinics f LEFT JOIN townships t ON t.code = f.township_code";

FreeClinic fromRow(const QSqlQuery& q)
{
    FreeClinic c;
    c.id = q.value(0).toLongLong();
    c.heldOn = fromIsoDate(q.value(1).toString());
    c.townshipCode = q.value(2).toString();
    c.townshipName = q.value(3).toString();
    c.hospital = q.value(4).toString();
    c.doctors = q.value(5).toString();
    c.place = q.value(6).toString();
    c.personsSeen = q.value(7).toInt();
    c.followUp = q.value(8).toString();
    c.note = q.value(9).toString();
    c.registeredSeen = q.value(10).toInt();
    return c;
}

QJsonObject auditJson(const FreeClinic& c)
{
    return {{QStringLiteral("held_on"), toIsoDate(c.heldOn)},
            {QStringLiteral("township"), c.townshipCode},
            {QStringLiteral("hospital"), c.hospital},
            {QStringLiteral("doctors"), c.doctors},
            {QStringLiteral("place"), c.place},
            {QStringLiteral("persons_seen"), c.personsSeen},
            {QStringLiteral("follow_up"), c.followUp},
            {QStringLiteral("note"), c.note}};
}

QString whereOf(const FreeClinicFilter& f, QVariantList* binds)
{
    QStringList parts;
    if (f.year > 0) {
        parts << QStringLiteral("f.held_on >= ? AND f.held_on < ?");
        *binds << QStringLiteral("%1-").arg(f.year) << QStringLiteral("%1-").arg(f.year + 1);
    }
    if (!f.townshipCode.isEmpty()) {
        parts << QStringLiteral("f.township_code = ?");
        *binds << f.townshipCode;
    }
    const QString text = f.text.trimmed();
    if (!text.isEmpty()) {
        parts << QStringLiteral("(f.hospital LIKE ? OR f.doctors LIKE ? OR f.place LIKE ?)");
        const QString like = QLatin1Char('%') + text + QLatin1Char('%');
        *binds << like << like << like;
    }
    return parts.isEmpty() ? QString()
                           : QStringLiteral(" WHERE ") + parts.join(QStringLiteral(" AND "));
}
} // namespace

Result<qint64> FreeClinicStore::save(const Actor& actor, const FreeClinic& input)
{
    FreeClinic c = input;
    c.hospital = c.hospital.trimmed();
    c.doctors = c.doctors.trimmed();
    c.place = c.place.trimmed();
    c.followUp = c.followUp.trimmed();
    c.note = c.note.trimmed();
    const bool isNew = c.id <= 0;
    AuditNote note(isNew ? QStringLiteral("free_clinic.create")
                         : QStringLiteral("free_clinic.update"),
                   QStringLiteral("free_clinic"), isNew ? QString() : QString::number(c.id));
    return AuditedWrite::produce<qint64>(
        m_db, actor, Authority::of(Permission::ManageCare), note,
        [&](WriteScope& w) -> Result<qint64> {
            int listed = 0;
            if (!isNew) {
                auto before = byId(c.id);
                if (!before)
                    return before.status();
                w.entry().before = auditJson(before.value());
                listed = before->persons.size();
            }
            const QStringList problems = FreeClinicRules::problems(c, listed, m_db.clock().today());
            if (!problems.isEmpty())
                return Status::failure(problems.join(QLatin1Char('\n')));
            QSqlQuery q(m_db.connection());
            if (isNew)
                q.prepare(QStringLiteral(
                    "INSERT INTO free_clinics (held_on, township_code, hospital, doctors, place, "
                    "persons_seen, follow_up, note, created_at, created_by) "
                    "VALUES (?,?,?,?,?,?,?,?,?,?)"));
            else
                q.prepare(QStringLiteral(
                    "UPDATE free_clinics SET held_on = ?, township_code = ?, hospital = ?, "
                    "doctors = ?, place = ?, persons_seen = ?, follow_up = ?, note = ? "
                    "WHERE id = ?"));
            q.addBindValue(toIsoDate(c.heldOn));
            q.addBindValue(textOrEmpty(c.townshipCode));
            q.addBindValue(textOrEmpty(c.hospital));
            q.addBindValue(textOrEmpty(c.doctors));
            q.addBindValue(textOrEmpty(c.place));
            q.addBindValue(c.personsSeen);
            q.addBindValue(textOrEmpty(c.followUp));
            q.addBindValue(textOrEmpty(c.note));
            if (isNew) {
                q.addBindValue(toIsoUtc(w.now()));
                q.addBindValue(actor.userId);
            } else {
                q.addBindValue(c.id);
            }
            if (Status s = runQuery(q); !s)
                return s;
            const qint64 id = isNew ? q.lastInsertId().toLongLong() : c.id;
            w.entry().entityId = QString::number(id);
            w.entry().after = auditJson(c);
            return id;
        });
}

Status FreeClinicStore::setPerson(const Actor& actor, qint64 clinicId, const FreeClinicPerson& p)
{
    AuditNote note(QStringLiteral("free_clinic.person"), QStringLiteral("free_clinic"),
                   QString::number(clinicId));
    return AuditedWrite::run(
        m_db, actor, Authority::of(Permission::ManageCare), note, [&](WriteScope& w) -> Status {
            auto clinic = byId(clinicId);
            if (!clinic)
                return clinic.status();
            if (p.personId <= 0)
                return Status::failure(Tr::tr("Choose the person seen from the registry."));
            bool known = false;
            for (const FreeClinicPerson& seen : clinic->persons)
                if (seen.personId == p.personId) {
                    known = true;
                    w.entry().before = {{QStringLiteral("person_id"), seen.personId},
                                        {QStringLiteral("finding"), seen.finding},
                                        {QStringLiteral("follow_up"), seen.followUp}};
                }
            if (!known && clinic->persons.size() >= clinic->personsSeen)
                return Status::failure(
                    Tr::tr("The clinic records %1 persons seen; raise that number before "
                           "adding another registry person.")
                        .arg(clinic->personsSeen));
            QSqlQuery q(m_db.connection());
            q.prepare(QStringLiteral(
                "INSERT INTO free_clinic_persons (clinic_id, person_id, finding, follow_up) "
                "VALUES (?,?,?,?) ON CONFLICT (clinic_id, person_id) DO UPDATE SET "
                "finding = excluded.finding, follow_up = excluded.follow_up"));
            q.addBindValue(clinicId);
            q.addBindValue(p.personId);
            q.addBindValue(textOrEmpty(p.finding.trimmed()));
            q.addBindValue(textOrEmpty(p.followUp.trimmed()));
            if (Status s = runQuery(q); !s)
                return s;
            w.entry().after = {{QStringLiteral("person_id"), p.personId},
                               {QStringLiteral("finding"), p.finding.trimmed()},
                               {QStringLiteral("follow_up"), p.followUp.trimmed()}};
            return Status::success();
        });
}

Status FreeClinicStore::removePerson(const Actor& actor, qint64 clinicId, qint64 personId)
{
    AuditNote note(QStringLiteral("free_clinic.person_remove"), QStringLiteral("free_clinic"),
                   QString::number(clinicId));
    return AuditedWrite::run(
        m_db, actor, Authority::of(Permission::ManageCare), note, [&](WriteScope& w) -> Status {
            QSqlQuery q(m_db.connection());
            q.prepare(QStringLiteral("DELETE FROM free_clinic_persons WHERE clinic_id = ? AND "
                                     "person_id = ?"));
            q.addBindValue(clinicId);
            q.addBindValue(personId);
            if (Status s = runQuery(q); !s)
                return s;
            if (q.numRowsAffected() != 1)
                return Status::failure(
                    Tr::tr("That person is not recorded as seen at this free clinic."));
            w.entry().before = {{QStringLiteral("person_id"), personId}};
            return Status::success();
        });
}

Result<FreeClinic> FreeClinicStore::byId(qint64 id) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT %1 WHERE f.id = ?").arg(QLatin1String(kColumns)));
    q.addBindValue(id);
    if (Status s = runSingle(q, Tr::tr("Free clinic no. %1 does not exist.").arg(id)); !s)
        return s;
    FreeClinic c = fromRow(q);
    QSqlQuery p(m_db.connection());
    p.prepare(
        QStringLiteral("SELECT fp.person_id, ps.name, ps.citizen_id, fp.finding, fp.follow_up "
                       "FROM free_clinic_persons fp JOIN persons ps ON ps.id = fp.person_id "
                       "WHERE fp.clinic_id = ? ORDER BY ps.name, fp.person_id"));
    p.addBindValue(id);
    if (Status s = runQuery(p); !s)
        return s;
    while (p.next()) {
        FreeClinicPerson fp;
        fp.personId = p.value(0).toLongLong();
        fp.personName = p.value(1).toString();
        fp.maskedCitizenId = CitizenId::mask(p.value(2).toString());
        fp.finding = p.value(3).toString();
        fp.followUp = p.value(4).toString();
        c.persons << fp;
    }
    if (p.lastError().isValid())
        return sqlFailure(p);
    return c;
}

Result<QList<FreeClinic>> FreeClinicStore::page(const FreeClinicFilter& filter, int offset,
                                                int limit) const
{
    QVariantList binds;
    const QString where = whereOf(filter, &binds);
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT %1%2 ORDER BY f.held_on DESC, f.id DESC LIMIT ? OFFSET ?")
                  .arg(QLatin1String(kColumns), where));
    for (const QVariant& v : binds)
        q.addBindValue(v);
    q.addBindValue(limit);
    q.addBindValue(offset);
    if (Status s = runQuery(q); !s)
        return s;
    QList<FreeClinic> rows;
    while (q.next())
        rows << fromRow(q);
    if (q.lastError().isValid())
        return sqlFailure(q);
    return rows;
}

Result<int> FreeClinicStore::count(const FreeClinicFilter& filter) const
{
    QVariantList binds;
    const QString where = whereOf(filter, &binds);
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT count(*) FROM free_clinics f%1").arg(where));
    for (const QVariant& v : binds)
        q.addBindValue(v);
    if (Status s = runSingle(q, Tr::tr("The free clinics could not be counted.")); !s)
        return s;
    return q.value(0).toInt();
}

Result<QList<int>> FreeClinicStore::years() const
{
    QSqlQuery q(m_db.connection());
    return readIntColumn(q, QStringLiteral("SELECT DISTINCT substr(held_on, 1, 4) FROM "
                                           "free_clinics ORDER BY 1 DESC"));
}

} // namespace youfu::core
