#include "care/medicalstore.h"

#include "care/carerules.h"
#include "common/isotime.h"
#include "db/auditedwrite.h"
#include "db/database.h"
#include "db/sqlexec.h"
#include "db/sqlvalues.h"
#include "registry/citizenid.h"
#include "security/permission.h"
#include "settings/settingsstore.h"

#include <QCoreApplication>
#include <QSqlQuery>

namespace youfu::core {

namespace {
class Tr
{
    Q_DECLARE_TR_FUNCTIONS(youfu::core::MedicalStore)
};

const char* const kColumns =
    "m.id, m.person_id, p.name, p.citizen_id, t.name, m.hospital, m.admitted_on, "
    "m.discharged_on, m.settled_on, m.total_fen, m.insurance_fen, m.subsidy_fen, m.self_fen, "
    "m.note, m.cap_override, m.voided, m.void_reason FROM medical_settlements m "
    "JOIN persons p ON p.id = m.person_id JOIN townships t ON t.code = p.township_code";

MedicalSettlement settlementFrom(const QSqlQuery& q)
{
    MedicalSettlement m;
    m.id = q.value(0).toLongLong();
    m.personId = q.value(1).toLongLong();
    m.name = q.value(2).toString();
    m.maskedCitizenId = CitizenId::mask(q.value(3).toString());
    m.townshipName = q.value(4).toString();
    m.hospital = q.value(5).toString();
    m.admittedOn = fromIsoDate(q.value(6).toString());
    m.dischargedOn = fromIsoDate(q.value(7).toString());
    m.settledOn = fromIsoDate(q.value(8).toString());
    m.totalFen = q.value(9).toLongLong();
    m.insuranceFen = q.value(10).toLongLong();
    m.subsidyFen = q.value(11).toLongLong();
    m.selfFen = q.value(12).toLongLong();
    m.note = q.value(13).toString();
    m.capOverride = q.value(14).toString();
    m.voided = q.value(15).toInt() == 1;
    m.voidReason = q.value(16).toString();
    return m;
}

QJsonObject draftJson(const MedicalDraft& d)
{
    QJsonObject o{{QStringLiteral("person_id"), d.personId},
                  {QStringLiteral("hospital"), d.hospital.trimmed()},
                  {QStringLiteral("admitted_on"), toIsoDate(d.admittedOn)},
                  {QStringLiteral("discharged_on"), toIsoDate(d.dischargedOn)},
                  {QStringLiteral("settled_on"), toIsoDate(d.settledOn)},
                  {QStringLiteral("total_fen"), d.totalFen},
                  {QStringLiteral("insurance_fen"), d.insuranceFen},
                  {QStringLiteral("subsidy_fen"), d.subsidyFen},
                  {QStringLiteral("self_fen"), d.selfFen}};
    if (!d.note.trimmed().isEmpty())
        o.insert(QStringLiteral("note"), d.note.trimmed());
    if (!d.capOverride.trimmed().isEmpty())
        o.insert(QStringLiteral("cap_override"), d.capOverride.trimmed());
    return o;
}

// The WHERE of a filter and its values.
QString whereOf(const MedicalFilter& f, QVariantList& values)
{
    QString w = QStringLiteral(" WHERE 1 = 1");
    if (f.year > 0) {
        w += QStringLiteral(" AND m.settled_on >= ? AND m.settled_on < ?");
        values << QStringLiteral("%1-01-01").arg(f.year)
               << QStringLiteral("%1-01-01").arg(f.year + 1);
    }
    if (!f.townshipCode.isEmpty()) {
        w += QStringLiteral(" AND p.township_code = ?");
        values << f.townshipCode;
    }
    const QString text = f.text.trimmed();
    if (!text.isEmpty()) {
        const QString id = CitizenId::normalise(text);
        if (id.size() == 18 && text.size() >= 15) {
            w += QStringLiteral(" AND p.citizen_id = ?");
            values << id;
        } else {
            w += QStringLiteral(" AND instr(p.name, ?) > 0");
            values << text;
        }
    }
    if (!f.withVoided)
        w += QStringLiteral(" AND m.voided = 0");
    return w;
}
} // namespace

qint64 MedicalStore::capFen() const
{
    bool ok = false;
    const qint64 cap = SettingsStore(m_db).value(QLatin1String(kMedicalCapKey)).toLongLong(&ok);
    return ok && cap >= 0 ? cap : kDefaultMedicalCapFen;
}

Result<QList<MedicalSettlement>> MedicalStore::page(const MedicalFilter& filter,
                                                    const MedicalCursor& after, int limit) const
{
    QVariantList values;
    QString sql =
        QStringLiteral("SELECT %1").arg(QLatin1String(kColumns)) + whereOf(filter, values);
    if (!after.isStart()) {
        sql += QStringLiteral(" AND (m.settled_on < ? OR (m.settled_on = ? AND m.id < ?))");
        values << toIsoDate(after.settledOn) << toIsoDate(after.settledOn) << after.id;
    }
    sql += QStringLiteral(" ORDER BY m.settled_on DESC, m.id DESC LIMIT ?");
    values << (limit > 0 ? limit : 200);
    QSqlQuery q(m_db.connection());
    q.prepare(sql);
    for (const QVariant& v : values)
        q.addBindValue(v);
    if (Status s = runQuery(q); !s)
        return s;
    QList<MedicalSettlement> out;
    while (q.next())
        out.append(settlementFrom(q));
    return out;
}

Result<int> MedicalStore::count(const MedicalFilter& filter) const
{
    QVariantList values;
    const QString sql = QStringLiteral("SELECT count(*) FROM medical_settlements m JOIN persons p "
                                       "ON p.id = m.person_id") +
                        whereOf(filter, values);
    QSqlQuery q(m_db.connection());
    q.prepare(sql);
    for (const QVariant& v : values)
        q.addBindValue(v);
    if (Status s = runSingle(q, QString()); !s)
        return s;
    return q.value(0).toInt();
}

Result<MedicalSettlement> MedicalStore::settlement(qint64 id) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT %1 WHERE m.id = ?").arg(QLatin1String(kColumns)));
    q.addBindValue(id);
    if (Status s = runSingle(q, Tr::tr("There is no medical settlement number %1.").arg(id)); !s)
        return s;
    return settlementFrom(q);
}

Result<QList<MedicalSettlement>> MedicalStore::ofPerson(qint64 personId) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(
        QStringLiteral("SELECT %1 WHERE m.person_id = ? ORDER BY m.settled_on DESC, m.id DESC")
            .arg(QLatin1String(kColumns)));
    q.addBindValue(personId);
    if (Status s = runQuery(q); !s)
        return s;
    QList<MedicalSettlement> out;
    while (q.next())
        out.append(settlementFrom(q));
    return out;
}

Result<CapCheck> MedicalStore::capFor(qint64 personId, int year, qint64 subsidyFen) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT coalesce(sum(subsidy_fen), 0) FROM medical_settlements "
                             "WHERE person_id = ? AND voided = 0 AND settled_on >= ? AND "
                             "settled_on < ?"));
    q.addBindValue(personId);
    q.addBindValue(QStringLiteral("%1-01-01").arg(year));
    q.addBindValue(QStringLiteral("%1-01-01").arg(year + 1));
    if (Status s = runSingle(q, QString()); !s)
        return s;
    return carerules::capCheck(q.value(0).toLongLong(), capFen(), subsidyFen);
}

Result<qint64> MedicalStore::add(const Actor& actor, const MedicalDraft& draft)
{
    return AuditedWrite::produce<qint64>(
        m_db, actor, Authority::of(Permission::ManageCare),
        AuditNote(QStringLiteral("medical.add"), QStringLiteral("medical_settlement")),
        [&](WriteScope& w) -> Result<qint64> {
            // Read inside the change: the cap counts what is already in the database now.
            CapCheck cap;
            if (draft.settledOn.isValid() && draft.personId > 0) {
                auto c = capFor(draft.personId, draft.settledOn.year(), draft.subsidyFen);
                if (!c)
                    return c.status();
                cap = c.value();
            }
            if (Status s = carerules::checkSettlement(draft, cap); !s)
                return s;
            QSqlQuery q(w.db().connection());
            q.prepare(QStringLiteral("SELECT name FROM persons WHERE id = ?"));
            q.addBindValue(draft.personId);
            if (Status s =
                    runSingle(q, Tr::tr("There is no person number %1.").arg(draft.personId));
                !s)
                return s;
            QSqlQuery ins(w.db().connection());
            ins.prepare(QStringLiteral(
                "INSERT INTO medical_settlements (person_id, hospital, admitted_on, "
                "discharged_on, settled_on, total_fen, insurance_fen, subsidy_fen, self_fen, "
                "note, cap_override, created_at, created_by) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
            ins.addBindValue(draft.personId);
            ins.addBindValue(draft.hospital.trimmed());
            ins.addBindValue(toIsoDate(draft.admittedOn));
            ins.addBindValue(toIsoDate(draft.dischargedOn));
            ins.addBindValue(toIsoDate(draft.settledOn));
            ins.addBindValue(draft.totalFen);
            ins.addBindValue(draft.insuranceFen);
            ins.addBindValue(draft.subsidyFen);
            ins.addBindValue(draft.selfFen);
            ins.addBindValue(textOrEmpty(draft.note.trimmed()));
            ins.addBindValue(cap.exceeds ? draft.capOverride.trimmed() : QStringLiteral(""));
            ins.addBindValue(toIsoUtc(w.now()));
            ins.addBindValue(idOrNull(w.actor().userId));
            if (Status s = runQuery(ins); !s)
                return s;
            const qint64 id = ins.lastInsertId().toLongLong();
            MedicalDraft recorded = draft;
            if (!cap.exceeds)
                recorded.capOverride.clear();
            w.entry().entityId = QString::number(id);
            QJsonObject after = draftJson(recorded);
            after.insert(QStringLiteral("name"), q.value(0).toString());
            after.insert(QStringLiteral("year_subsidy_before_fen"), cap.usedFen);
            w.entry().after = after;
            return id;
        });
}

Status MedicalStore::voidSettlement(const Actor& actor, qint64 id, const QString& reason)
{
    if (reason.trimmed().isEmpty())
        return Status::failure(Tr::tr("Write why the settlement is voided."));
    return AuditedWrite::run(
        m_db, actor, Authority::of(Permission::ManageCare),
        AuditNote(QStringLiteral("medical.void"), QStringLiteral("medical_settlement"),
                  QString::number(id)),
        [&](WriteScope& w) -> Status {
            auto m = settlement(id);
            if (!m)
                return m.status();
            if (m->voided)
                return Status::failure(Tr::tr("This settlement is already voided."));
            QSqlQuery q(w.db().connection());
            q.prepare(QStringLiteral(
                "UPDATE medical_settlements SET voided = 1, void_reason = ? WHERE id = ?"));
            q.addBindValue(reason.trimmed());
            q.addBindValue(id);
            if (Status s = runQuery(q); !s)
                return s;
            w.entry().before = {{QStringLiteral("name"), m->name},
                                {QStringLiteral("hospital"), m->hospital},
                                {QStringLiteral("settled_on"), toIsoDate(m->settledOn)},
                                {QStringLiteral("subsidy_fen"), m->subsidyFen},
                                {QStringLiteral("voided"), false}};
            w.entry().after = {{QStringLiteral("voided"), true},
                               {QStringLiteral("void_reason"), reason.trimmed()}};
            return Status::success();
        });
}

} // namespace youfu::core
