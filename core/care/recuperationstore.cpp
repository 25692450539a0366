#include "care/recuperationstore.h"

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
#include <QJsonArray>
#include <QSqlQuery>

namespace youfu::core {

namespace {
class Tr
{
    Q_DECLARE_TR_FUNCTIONS(youfu::core::RecuperationStore)
};

const char* const kBatchColumns =
    "b.id, b.title, b.place, b.starts_on, b.ends_on, b.escort, b.state, b.note, "
    "(SELECT count(*) FROM recuperation_participants p WHERE p.batch_id = b.id), "
    "(SELECT count(*) FROM recuperation_participants p WHERE p.batch_id = b.id AND p.attended = "
    "1), "
    "(SELECT coalesce(sum(p.cost_fen), 0) FROM recuperation_participants p "
    "WHERE p.batch_id = b.id)";

RecuperationBatch batchFrom(const QSqlQuery& q)
{
    RecuperationBatch b;
    b.id = q.value(0).toLongLong();
    b.title = q.value(1).toString();
    b.place = q.value(2).toString();
    b.startsOn = fromIsoDate(q.value(3).toString());
    b.endsOn = fromIsoDate(q.value(4).toString());
    b.escort = q.value(5).toString();
    b.state = batchStateFromKey(q.value(6).toString()).value_or(BatchState::Planned);
    b.note = q.value(7).toString();
    b.participants = q.value(8).toInt();
    b.attended = q.value(9).toInt();
    b.costFen = q.value(10).toLongLong();
    return b;
}

QJsonObject batchJson(const RecuperationBatch& b)
{
    return {{QStringLiteral("title"), b.title},
            {QStringLiteral("place"), b.place},
            {QStringLiteral("starts_on"), toIsoDate(b.startsOn)},
            {QStringLiteral("ends_on"), toIsoDate(b.endsOn)},
            {QStringLiteral("escort"), b.escort},
            {QStringLiteral("state"), batchStateKey(b.state)},
            {QStringLiteral("note"), b.note}};
}

// The subquery of the end of the last attended batch of p.id other than :batch.
const char* const kLastEnd =
    "(SELECT max(b2.ends_on) FROM recuperation_participants r2 JOIN recuperation_batches b2 "
    "ON b2.id = r2.batch_id WHERE r2.person_id = p.id AND r2.attended = 1 AND b2.id <> ?)";
const char* const kLastHealth =
    "(SELECT r3.health FROM recuperation_participants r3 JOIN recuperation_batches b3 "
    "ON b3.id = r3.batch_id WHERE r3.person_id = p.id AND b3.id <> ? AND r3.health <> '' "
    "ORDER BY b3.starts_on DESC LIMIT 1)";
} // namespace

int RecuperationStore::intervalYears() const
{
    bool ok = false;
    const int years = SettingsStore(m_db).value(QLatin1String(kRecuperationIntervalKey)).toInt(&ok);
    return ok && years >= 0 ? years : kDefaultRecuperationIntervalYears;
}

Result<QList<RecuperationBatch>> RecuperationStore::batches(int year, const QString& text) const
{
    QSqlQuery q(m_db.connection());
    QString sql = QStringLiteral("SELECT %1 FROM recuperation_batches b WHERE 1 = 1")
                      .arg(QLatin1String(kBatchColumns));
    if (year > 0)
        sql += QStringLiteral(" AND substr(b.starts_on, 1, 4) = ?");
    if (!text.trimmed().isEmpty())
        sql += QStringLiteral(" AND (instr(b.title, ?) > 0 OR instr(b.place, ?) > 0)");
    sql += QStringLiteral(" ORDER BY b.starts_on DESC, b.id DESC");
    q.prepare(sql);
    if (year > 0)
        q.addBindValue(QString::number(year));
    if (!text.trimmed().isEmpty()) {
        q.addBindValue(text.trimmed());
        q.addBindValue(text.trimmed());
    }
    if (Status s = runQuery(q); !s)
        return s;
    QList<RecuperationBatch> out;
    while (q.next())
        out.append(batchFrom(q));
    return out;
}

Result<RecuperationBatch> RecuperationStore::batch(qint64 batchId) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT %1 FROM recuperation_batches b WHERE b.id = ?")
                  .arg(QLatin1String(kBatchColumns)));
    q.addBindValue(batchId);
    if (Status s = runSingle(q, Tr::tr("There is no recuperation batch number %1.").arg(batchId));
        !s)
        return s;
    return batchFrom(q);
}

Result<QList<RecuperationParticipant>> RecuperationStore::participants(qint64 batchId) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral(
        "SELECT r.batch_id, r.person_id, p.name, p.citizen_id, t.name, p.categories_summary, "
        "r.health, r.attended, r.cost_fen, r.override_reason FROM recuperation_participants r "
        "JOIN persons p ON p.id = r.person_id JOIN townships t ON t.code = p.township_code "
        "WHERE r.batch_id = ? ORDER BY t.sort_order, t.code, p.name, p.id"));
    q.addBindValue(batchId);
    if (Status s = runQuery(q); !s)
        return s;
    QList<RecuperationParticipant> out;
    while (q.next()) {
        RecuperationParticipant r;
        r.batchId = q.value(0).toLongLong();
        r.personId = q.value(1).toLongLong();
        r.name = q.value(2).toString();
        r.maskedCitizenId = CitizenId::mask(q.value(3).toString());
        r.townshipName = q.value(4).toString();
        r.categories = q.value(5).toString();
        r.health = q.value(6).toString();
        if (!q.value(7).isNull())
            r.attended = q.value(7).toInt() == 1;
        r.costFen = q.value(8).toLongLong();
        r.overrideReason = q.value(9).toString();
        out.append(r);
    }
    return out;
}

Result<QList<RecuperationCandidate>>
RecuperationStore::candidates(qint64 batchId, const CandidateFilter& filter) const
{
    auto b = batch(batchId);
    if (!b)
        return b.status();
    const int years = intervalYears();
    QString sql =
        QStringLiteral("SELECT p.id, p.name, p.citizen_id, t.name, p.categories_summary, "
                       "p.key_person, %1, %2, EXISTS (SELECT 1 FROM recuperation_participants r "
                       "WHERE r.batch_id = ? AND r.person_id = p.id) "
                       "FROM persons p JOIN townships t ON t.code = p.township_code "
                       "WHERE p.status = 'active' AND EXISTS (SELECT 1 FROM person_categories "
                       "pc WHERE pc.person_id = p.id AND pc.end_date IS NULL")
            .arg(QLatin1String(kLastEnd), QLatin1String(kLastHealth));
    const QStringList codes(filter.categoryCodes.begin(), filter.categoryCodes.end());
    if (!codes.isEmpty()) {
        QStringList marks;
        for (int i = 0; i < codes.size(); ++i)
            marks << QStringLiteral("?");
        sql += QStringLiteral(" AND pc.category_code IN (%1)").arg(marks.join(QLatin1Char(',')));
    }
    sql += QLatin1Char(')');
    if (!filter.townshipCode.isEmpty())
        sql += QStringLiteral(" AND p.township_code = ?");
    if (!filter.text.trimmed().isEmpty())
        sql += QStringLiteral(" AND instr(p.name, ?) > 0");
    if (filter.keyPersonsOnly)
        sql += QStringLiteral(" AND p.key_person = 1");
    sql += QStringLiteral(" ORDER BY p.key_person DESC, t.sort_order, p.name, p.id LIMIT ?");
    QSqlQuery q(m_db.connection());
    q.prepare(sql);
    q.addBindValue(batchId);
    q.addBindValue(batchId);
    q.addBindValue(batchId);
    for (const QString& c : codes)
        q.addBindValue(c);
    if (!filter.townshipCode.isEmpty())
        q.addBindValue(filter.townshipCode);
    if (!filter.text.trimmed().isEmpty())
        q.addBindValue(filter.text.trimmed());
    q.addBindValue(filter.limit > 0 ? filter.limit : 500);
    if (Status s = runQuery(q); !s)
        return s;
    QList<RecuperationCandidate> out;
    while (q.next()) {
        RecuperationCandidate c;
        c.personId = q.value(0).toLongLong();
        c.name = q.value(1).toString();
        c.maskedCitizenId = CitizenId::mask(q.value(2).toString());
        c.townshipName = q.value(3).toString();
        c.categories = q.value(4).toString();
        c.keyPerson = q.value(5).toInt() == 1;
        c.interval =
            carerules::recuperationInterval(fromIsoDate(q.value(6).toString()), b->startsOn, years);
        c.lastHealth = q.value(7).toString();
        c.alreadyInBatch = q.value(8).toInt() == 1;
        out.append(c);
    }
    return out;
}

Result<QDate> RecuperationStore::lastAttendedEnd(qint64 personId, qint64 exceptBatch) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(
        QStringLiteral("SELECT %1 FROM persons p WHERE p.id = ?").arg(QLatin1String(kLastEnd)));
    q.addBindValue(exceptBatch);
    q.addBindValue(personId);
    if (Status s = runSingle(q, Tr::tr("There is no person number %1.").arg(personId)); !s)
        return s;
    return fromIsoDate(q.value(0).toString());
}

Result<QList<RecuperationBatch>> RecuperationStore::upcoming(const QDate& from, int days) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT %1 FROM recuperation_batches b WHERE b.state = 'planned' "
                             "AND b.starts_on >= ? AND b.starts_on <= ? ORDER BY b.starts_on, b.id")
                  .arg(QLatin1String(kBatchColumns)));
    q.addBindValue(toIsoDate(from));
    q.addBindValue(toIsoDate(from.addDays(days)));
    if (Status s = runQuery(q); !s)
        return s;
    QList<RecuperationBatch> out;
    while (q.next())
        out.append(batchFrom(q));
    return out;
}

Result<qint64> RecuperationStore::addBatch(const Actor& actor, const BatchDraft& draft)
{
    if (Status s = carerules::checkBatch(draft); !s)
        return s;
    return AuditedWrite::produce<qint64>(
        m_db, actor, Authority::of(Permission::ManageCare),
        AuditNote(QStringLiteral("recuperation.batch_add"), QStringLiteral("recuperation_batch")),
        [&](WriteScope& w) -> Result<qint64> {
            QSqlQuery q(w.db().connection());
            q.prepare(QStringLiteral(
                "INSERT INTO recuperation_batches (title, place, starts_on, ends_on, escort, "
                "state, note, created_at, created_by, updated_at) "
                "VALUES (?, ?, ?, ?, ?, 'planned', ?, ?, ?, ?)"));
            q.addBindValue(draft.title.trimmed());
            q.addBindValue(draft.place.trimmed());
            q.addBindValue(toIsoDate(draft.startsOn));
            q.addBindValue(toIsoDate(draft.endsOn));
            q.addBindValue(textOrEmpty(draft.escort.trimmed()));
            q.addBindValue(textOrEmpty(draft.note.trimmed()));
            q.addBindValue(toIsoUtc(w.now()));
            q.addBindValue(idOrNull(w.actor().userId));
            q.addBindValue(toIsoUtc(w.now()));
            if (Status s = runQuery(q); !s)
                return s;
            const qint64 id = q.lastInsertId().toLongLong();
            RecuperationBatch b;
            b.title = draft.title.trimmed();
            b.place = draft.place.trimmed();
            b.startsOn = draft.startsOn;
            b.endsOn = draft.endsOn;
            b.escort = draft.escort.trimmed();
            b.note = draft.note.trimmed();
            w.entry().entityId = QString::number(id);
            w.entry().after = batchJson(b);
            return id;
        });
}

Status RecuperationStore::cancelBatch(const Actor& actor, qint64 batchId, const QString& reason)
{
    if (reason.trimmed().isEmpty())
        return Status::failure(Tr::tr("Write why the batch is cancelled."));
    return AuditedWrite::run(
        m_db, actor, Authority::of(Permission::ManageCare),
        AuditNote(QStringLiteral("recuperation.batch_cancel"), QStringLiteral("recuperation_batch"),
                  QString::number(batchId)),
        [&](WriteScope& w) -> Status {
            auto b = batch(batchId);
            if (!b)
                return b.status();
            if (b->state != BatchState::Planned)
                return Status::failure(Tr::tr("Only a planned batch can be cancelled."));
            QSqlQuery q(w.db().connection());
            q.prepare(QStringLiteral("UPDATE recuperation_batches SET state = 'cancelled', "
                                     "note = trim(note || ' ' || ?), updated_at = ? WHERE id = ?"));
            q.addBindValue(reason.trimmed());
            q.addBindValue(toIsoUtc(w.now()));
            q.addBindValue(batchId);
            if (Status s = runQuery(q); !s)
                return s;
            w.entry().before = batchJson(b.value());
            w.entry().after = {{QStringLiteral("state"), QStringLiteral("cancelled")},
                               {QStringLiteral("reason"), reason.trimmed()}};
            return Status::success();
        });
}

Status RecuperationStore::addParticipants(const Actor& actor, qint64 batchId,
                                          const QList<ParticipantDraft>& persons)
{
    if (persons.isEmpty())
        return Status::failure(Tr::tr("Choose at least one person."));
    const int years = intervalYears();
    return AuditedWrite::run(
        m_db, actor, Authority::of(Permission::ManageCare),
        AuditNote(QStringLiteral("recuperation.participants_add"),
                  QStringLiteral("recuperation_batch"), QString::number(batchId)),
        [&](WriteScope& w) -> Status {
            auto b = batch(batchId);
            if (!b)
                return b.status();
            if (b->state != BatchState::Planned)
                return Status::failure(
                    Tr::tr("Persons are added to a planned batch only; this one is %1.")
                        .arg(batchStateTitle(b->state)));
            QJsonArray added;
            for (const ParticipantDraft& p : persons) {
                auto last = lastAttendedEnd(p.personId, batchId);
                if (!last)
                    return last.status();
                const IntervalCheck check =
                    carerules::recuperationInterval(last.value(), b->startsOn, years);
                if (Status s = carerules::checkParticipant(check, p.overrideReason); !s)
                    return s;
                QSqlQuery q(w.db().connection());
                q.prepare(QStringLiteral(
                    "SELECT name FROM persons WHERE id = ? AND NOT EXISTS (SELECT 1 FROM "
                    "recuperation_participants WHERE batch_id = ? AND person_id = persons.id)"));
                q.addBindValue(p.personId);
                q.addBindValue(batchId);
                if (Status s = runSingle(
                        q, Tr::tr("Person number %1 does not exist or is already in the batch.")
                               .arg(p.personId));
                    !s)
                    return s;
                const QString name = q.value(0).toString();
                QSqlQuery ins(w.db().connection());
                ins.prepare(QStringLiteral(
                    "INSERT INTO recuperation_participants (batch_id, person_id, health, "
                    "override_reason) VALUES (?, ?, ?, ?)"));
                ins.addBindValue(batchId);
                ins.addBindValue(p.personId);
                ins.addBindValue(textOrEmpty(p.health.trimmed()));
                ins.addBindValue(check.within ? p.overrideReason.trimmed() : QStringLiteral(""));
                if (Status s = runQuery(ins); !s)
                    return s;
                QJsonObject one{{QStringLiteral("person_id"), p.personId},
                                {QStringLiteral("name"), name},
                                {QStringLiteral("health"), p.health.trimmed()}};
                if (check.within) {
                    one.insert(QStringLiteral("last_end"), toIsoDate(check.lastEnd));
                    one.insert(QStringLiteral("override_reason"), p.overrideReason.trimmed());
                }
                added.append(one);
            }
            w.entry().after = {{QStringLiteral("batch"), b->title},
                               {QStringLiteral("added"), added}};
            return Status::success();
        });
}

Status RecuperationStore::removeParticipant(const Actor& actor, qint64 batchId, qint64 personId)
{
    return AuditedWrite::run(
        m_db, actor, Authority::of(Permission::ManageCare),
        AuditNote(QStringLiteral("recuperation.participant_remove"),
                  QStringLiteral("recuperation_batch"), QString::number(batchId)),
        [&](WriteScope& w) -> Status {
            auto b = batch(batchId);
            if (!b)
                return b.status();
            if (b->state != BatchState::Planned)
                return Status::failure(Tr::tr("Persons are taken off a planned batch only."));
            QSqlQuery q(w.db().connection());
            q.prepare(QStringLiteral("DELETE FROM recuperation_participants WHERE batch_id = ? "
                                     "AND person_id = ?"));
            q.addBindValue(batchId);
            q.addBindValue(personId);
            if (Status s = runQuery(q); !s)
                return s;
            if (q.numRowsAffected() != 1)
                return Status::failure(Tr::tr("That person is not in the batch."));
            w.entry().before = {{QStringLiteral("person_id"), personId}};
            return Status::success();
        });
}

Status RecuperationStore::recordAttendance(const Actor& actor, qint64 batchId,
                                           const QList<AttendanceEntry>& entries)
{
    return AuditedWrite::run(
        m_db, actor, Authority::of(Permission::ManageCare),
        AuditNote(QStringLiteral("recuperation.attendance"), QStringLiteral("recuperation_batch"),
                  QString::number(batchId)),
        [&](WriteScope& w) -> Status {
            auto b = batch(batchId);
            if (!b)
                return b.status();
            if (b->state == BatchState::Cancelled)
                return Status::failure(Tr::tr("The batch was cancelled."));
            if (w.db().clock().today() < b->startsOn)
                return Status::failure(
                    Tr::tr("The batch starts on %1: attendance is recorded once it has begun.")
                        .arg(toIsoDate(b->startsOn)));
            if (entries.size() != b->participants)
                return Status::failure(
                    Tr::tr("Say for each of the %1 persons of the batch whether they came.")
                        .arg(b->participants));
            QJsonArray lines;
            for (const AttendanceEntry& e : entries) {
                if (e.costFen < 0)
                    return Status::failure(Tr::tr("A cost cannot be negative."));
                QSqlQuery q(w.db().connection());
                q.prepare(QStringLiteral("UPDATE recuperation_participants SET attended = ?, "
                                         "cost_fen = ? WHERE batch_id = ? AND person_id = ?"));
                q.addBindValue(e.attended ? 1 : 0);
                q.addBindValue(e.attended ? e.costFen : 0);
                q.addBindValue(batchId);
                q.addBindValue(e.personId);
                if (Status s = runQuery(q); !s)
                    return s;
                if (q.numRowsAffected() != 1)
                    return Status::failure(
                        Tr::tr("Person number %1 is not in the batch.").arg(e.personId));
                lines.append(QJsonObject{{QStringLiteral("person_id"), e.personId},
                                         {QStringLiteral("attended"), e.attended},
                                         {QStringLiteral("cost_fen"), e.attended ? e.costFen : 0}});
            }
            QSqlQuery q(w.db().connection());
            q.prepare(QStringLiteral("UPDATE recuperation_batches SET state = 'done', "
                                     "updated_at = ? WHERE id = ?"));
            q.addBindValue(toIsoUtc(w.now()));
            q.addBindValue(batchId);
            if (Status s = runQuery(q); !s)
                return s;
            w.entry().before = {{QStringLiteral("state"), batchStateKey(b->state)}};
            w.entry().after = {{QStringLiteral("state"), QStringLiteral("done")},
                               {QStringLiteral("attendance"), lines}};
            return Status::success();
        });
}

} // namespace youfu::core
