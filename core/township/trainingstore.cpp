#include "township/trainingstore.h"

#include "archive/scanstore.h"
#include "common/isotime.h"
#include "db/auditedwrite.h"
#include "db/database.h"
#include "db/sqlexec.h"
#include "db/sqlvalues.h"
#include "security/fieldcipher.h"
#include "security/permission.h"
#include "township/trainingrules.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>
#include <QSqlQuery>

namespace youfu::core {

namespace {
class Tr
{
    Q_DECLARE_TR_FUNCTIONS(youfu::core::TrainingStore)
};

const char* const kSessionColumns =
    "s.id, s.held_on, s.topic, s.trainer, s.minutes, s.kind, s.place, s.held, s.note, "
    "(SELECT COUNT(*) FROM training_attendees a WHERE a.session_id = s.id), "
    "(SELECT COUNT(*) FROM training_attendees a WHERE a.session_id = s.id AND a.attended = 1), "
    "(SELECT COUNT(*) FROM training_materials m WHERE m.session_id = s.id) "
    "FROM training_sessions s";

QJsonObject json(const TrainingSession& s)
{
    return QJsonObject{{QStringLiteral("training_day"), toIsoDate(s.heldOn)},
                       {QStringLiteral("topic"), s.topic},
                       {QStringLiteral("trainer"), s.trainer},
                       {QStringLiteral("minutes"), s.minutes},
                       {QStringLiteral("training_kind"), TrainingRules::kindTitle(s.kind)},
                       {QStringLiteral("training_place"), s.place},
                       {QStringLiteral("held"), s.held},
                       {QStringLiteral("note"), s.note}};
}

Result<TrainingSession> readSession(const QSqlQuery& q)
{
    TrainingSession s;
    s.id = q.value(0).toLongLong();
    s.heldOn = fromIsoDate(q.value(1).toString());
    s.topic = q.value(2).toString();
    s.trainer = q.value(3).toString();
    s.minutes = q.value(4).toInt();
    auto kind = TrainingRules::kindFromKey(q.value(5).toString());
    if (!kind)
        return kind.status();
    s.kind = kind.value();
    s.place = q.value(6).toString();
    s.held = q.value(7).toInt() == 1;
    s.note = q.value(8).toString();
    s.invited = q.value(9).toInt();
    s.attended = q.value(10).toInt();
    s.materials = q.value(11).toInt();
    return s;
}

Result<TrainingSession> sessionById(Database& db, qint64 id)
{
    QSqlQuery q(db.connection());
    q.prepare(QStringLiteral("SELECT %1 WHERE s.id = ?").arg(QLatin1String(kSessionColumns)));
    q.addBindValue(id);
    if (Status s = runSingle(q, Tr::tr("There is no such training session.")); !s)
        return s;
    return readSession(q);
}

QString filterSql(const TrainingFilter& f, QVariantList& binds)
{
    QStringList where;
    if (f.year > 0) {
        where << QStringLiteral("s.held_on BETWEEN ? AND ?");
        binds << toIsoDate(QDate(f.year, 1, 1)) << toIsoDate(QDate(f.year, 12, 31));
    }
    if (f.kind >= 0) {
        where << QStringLiteral("s.kind = ?");
        binds << TrainingRules::kindKey(TrainingKind(f.kind));
    }
    const QString text = f.text.trimmed();
    if (!text.isEmpty()) {
        where << QStringLiteral("(instr(s.topic, ?) > 0 OR instr(s.trainer, ?) > 0 OR "
                                "instr(s.place, ?) > 0)");
        binds << text << text << text;
    }
    return where.isEmpty() ? QString()
                           : QStringLiteral(" WHERE ") + where.join(QStringLiteral(" AND "));
}
} // namespace

Result<qint64> TrainingStore::saveSession(const Actor& actor, const TrainingSession& in)
{
    TrainingSession s = in;
    s.topic = s.topic.trimmed();
    s.trainer = s.trainer.trimmed();
    s.place = s.place.trimmed();
    s.note = s.note.trimmed();
    if (Status st = TrainingRules::checkSession(s, m_db.clock().today()); !st)
        return st;
    return AuditedWrite::produce<qint64>(
        m_db, actor, Authority::of(Permission::ManageTownships),
        {QStringLiteral("township.training_save"), QStringLiteral("training_session")},
        [&](WriteScope& w) -> Result<qint64> {
            QSqlQuery q(m_db.connection());
            if (s.id > 0) {
                auto before = sessionById(m_db, s.id);
                if (!before)
                    return before.status();
                w.entry().before = json(before.value());
                // Held stays held: only recorded attendance makes a session held.
                s.held = s.held || before->held;
                q.prepare(QStringLiteral(
                    "UPDATE training_sessions SET held_on = ?, topic = ?, trainer = ?, "
                    "minutes = ?, kind = ?, place = ?, held = ?, note = ?, updated_at = ? "
                    "WHERE id = ?"));
            } else {
                q.prepare(QStringLiteral(
                    "INSERT INTO training_sessions (held_on, topic, trainer, minutes, kind, "
                    "place, held, note, updated_at, created_at, created_by) "
                    "VALUES (?,?,?,?,?,?,?,?,?,?,?)"));
            }
            q.addBindValue(toIsoDate(s.heldOn));
            q.addBindValue(s.topic);
            q.addBindValue(textOrEmpty(s.trainer));
            q.addBindValue(s.minutes);
            q.addBindValue(TrainingRules::kindKey(s.kind));
            q.addBindValue(textOrEmpty(s.place));
            q.addBindValue(s.held ? 1 : 0);
            q.addBindValue(textOrEmpty(s.note));
            q.addBindValue(toIsoUtc(w.now()));
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

Status TrainingStore::setAttendees(const Actor& actor, qint64 sessionId,
                                   const QList<TrainingAttendee>& attendees)
{
    for (const TrainingAttendee& a : attendees) {
        if ((a.staffId > 0) == (a.userId > 0) || a.name.trimmed().isEmpty())
            return Status::failure(Tr::tr(
                "Everyone asked to come is a township worker or one of the bureau's staff."));
    }
    return AuditedWrite::run(
        m_db, actor, Authority::of(Permission::ManageTownships),
        {QStringLiteral("township.training_invite"), QStringLiteral("training_session"),
         QString::number(sessionId)},
        [&](WriteScope& w) -> Status {
            auto session = sessionById(m_db, sessionId);
            if (!session)
                return session.status();
            auto current = this->attendees(sessionId);
            if (!current)
                return current.status();
            auto keyOf = [](const TrainingAttendee& a) {
                return a.staffId > 0 ? QStringLiteral("s%1").arg(a.staffId)
                                     : QStringLiteral("u%1").arg(a.userId);
            };
            QSet<QString> wanted;
            QJsonArray after;
            for (const TrainingAttendee& a : attendees) {
                wanted.insert(keyOf(a));
                after.append(a.name.trimmed());
            }
            QSet<QString> have;
            QJsonArray before;
            for (const TrainingAttendee& a : current.value()) {
                have.insert(keyOf(a));
                before.append(a.name);
                if (wanted.contains(keyOf(a)))
                    continue;
                QSqlQuery del(m_db.connection());
                del.prepare(QStringLiteral("DELETE FROM training_attendees WHERE id = ?"));
                del.addBindValue(a.id);
                if (Status s = runQuery(del); !s)
                    return s;
            }
            for (const TrainingAttendee& a : attendees) {
                if (have.contains(keyOf(a)))
                    continue;
                have.insert(keyOf(a));
                QSqlQuery ins(m_db.connection());
                ins.prepare(QStringLiteral("INSERT INTO training_attendees (session_id, staff_id, "
                                           "user_id, name, attended) VALUES (?,?,?,?,0)"));
                ins.addBindValue(sessionId);
                ins.addBindValue(idOrNull(a.staffId));
                ins.addBindValue(idOrNull(a.userId));
                ins.addBindValue(a.name.trimmed());
                if (Status s = runQuery(ins); !s)
                    return s;
            }
            w.entry().before = QJsonObject{{QStringLiteral("topic"), session->topic},
                                           {QStringLiteral("attendees"), before}};
            w.entry().after = QJsonObject{{QStringLiteral("topic"), session->topic},
                                          {QStringLiteral("attendees"), after}};
            return Status::success();
        });
}

Status TrainingStore::recordAttendance(const Actor& actor, qint64 sessionId,
                                       const QSet<qint64>& came)
{
    return AuditedWrite::run(
        m_db, actor, Authority::of(Permission::ManageTownships),
        {QStringLiteral("township.training_attendance"), QStringLiteral("training_session"),
         QString::number(sessionId)},
        [&](WriteScope& w) -> Status {
            auto session = sessionById(m_db, sessionId);
            if (!session)
                return session.status();
            if (Status s = TrainingRules::checkAttendance(session.value(), m_db.clock().today());
                !s)
                return s;
            auto list = this->attendees(sessionId);
            if (!list)
                return list.status();
            QJsonArray present;
            QJsonArray absent;
            QSet<qint64> known;
            for (const TrainingAttendee& a : list.value()) {
                known.insert(a.id);
                const bool here = came.contains(a.id);
                (here ? present : absent).append(a.name);
                if (here == a.attended)
                    continue;
                QSqlQuery q(m_db.connection());
                q.prepare(
                    QStringLiteral("UPDATE training_attendees SET attended = ? WHERE id = ?"));
                q.addBindValue(here ? 1 : 0);
                q.addBindValue(a.id);
                if (Status s = runQuery(q); !s)
                    return s;
            }
            for (qint64 id : came) {
                if (!known.contains(id))
                    return Status::failure(
                        Tr::tr("Someone marked present was not asked to this training."));
            }
            QSqlQuery q(m_db.connection());
            q.prepare(QStringLiteral(
                "UPDATE training_sessions SET held = 1, updated_at = ? WHERE id = ?"));
            q.addBindValue(toIsoUtc(w.now()));
            q.addBindValue(sessionId);
            if (Status s = runQuery(q); !s)
                return s;
            w.entry().before = QJsonObject{{QStringLiteral("topic"), session->topic},
                                           {QStringLiteral("held"), session->held}};
            w.entry().after = QJsonObject{{QStringLiteral("topic"), session->topic},
                                          {QStringLiteral("held"), true},
                                          {QStringLiteral("present"), present},
                                          {QStringLiteral("absent"), absent}};
            return Status::success();
        });
}

Result<int> TrainingStore::attachMaterial(const Actor& actor, qint64 sessionId,
                                          const QString& title, const QString& filePath)
{
    const QString root = ScanStore::rootFor(m_db);
    if (root.isEmpty())
        return Result<int>::failure(Tr::tr("Materials are kept beside a database file; this "
                                           "database has none."));
    const QString name =
        title.trimmed().isEmpty() ? QFileInfo(filePath).completeBaseName() : title.trimmed();
    return AuditedWrite::produce<int>(
        m_db, actor, Authority::of(Permission::ManageTownships),
        {QStringLiteral("township.training_material"), QStringLiteral("training_session"),
         QString::number(sessionId)},
        [&](WriteScope& w) -> Result<int> {
            auto session = sessionById(m_db, sessionId);
            if (!session)
                return session.status();
            // The file goes in first: a row must never name a file that is not there. A file
            // left by a change that rolls back is harmless (content-addressed, unreferenced).
            auto stored = ScanStore(root).putFile(filePath);
            if (!stored)
                return stored.status();
            QSqlQuery next(m_db.connection());
            next.prepare(QStringLiteral(
                "SELECT COALESCE(MAX(ord), 0) + 1 FROM training_materials WHERE session_id = ?"));
            next.addBindValue(sessionId);
            if (Status s = runSingle(next, Tr::tr("There is no such training session.")); !s)
                return s;
            const int ord = next.value(0).toInt();
            QSqlQuery q(m_db.connection());
            q.prepare(QStringLiteral("INSERT INTO training_materials (session_id, ord, title, "
                                     "sha256, extension) VALUES (?,?,?,?,?)"));
            q.addBindValue(sessionId);
            q.addBindValue(ord);
            q.addBindValue(name);
            q.addBindValue(stored->sha256);
            q.addBindValue(stored->extension);
            if (Status s = runQuery(q); !s)
                return s;
            w.entry().after = QJsonObject{{QStringLiteral("topic"), session->topic},
                                          {QStringLiteral("material"), name},
                                          {QStringLiteral("sha256"), stored->sha256}};
            return ord;
        });
}

Result<TrainingSession> TrainingStore::session(qint64 id) const
{
    return sessionById(m_db, id);
}

Result<QList<TrainingSession>> TrainingStore::sessions(const TrainingFilter& filter, int offset,
                                                       int limit) const
{
    QVariantList binds;
    const QString where = filterSql(filter, binds);
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT %1%2 ORDER BY s.held_on DESC, s.id DESC LIMIT ? OFFSET ?")
                  .arg(QLatin1String(kSessionColumns), where));
    for (const QVariant& v : binds)
        q.addBindValue(v);
    q.addBindValue(limit);
    q.addBindValue(offset);
    if (Status s = runQuery(q); !s)
        return s;
    QList<TrainingSession> out;
    while (q.next()) {
        auto s = readSession(q);
        if (!s)
            return s.status();
        out << s.value();
    }
    return out;
}

Result<qint64> TrainingStore::count(const TrainingFilter& filter) const
{
    QVariantList binds;
    const QString where = filterSql(filter, binds);
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT COUNT(*) FROM training_sessions s%1").arg(where));
    for (const QVariant& v : binds)
        q.addBindValue(v);
    if (Status s = runSingle(q, Tr::tr("The training sessions cannot be counted.")); !s)
        return s;
    return q.value(0).toLongLong();
}

Result<QList<TrainingAttendee>> TrainingStore::attendees(qint64 sessionId) const
{
    auto cipher = FieldCipher::forDatabase(m_db);
    if (!cipher)
        return cipher.status();
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral(
        "SELECT a.id, a.staff_id, a.user_id, a.name, a.attended, st.township_code, t.name, "
        "st.duty, st.phone_enc FROM training_attendees a "
        "LEFT JOIN info_staff st ON st.id = a.staff_id "
        "LEFT JOIN townships t ON t.code = st.township_code WHERE a.session_id = ? "
        "ORDER BY a.staff_id IS NULL, t.sort_order, t.code, st.duty = 'info', a.name, a.id"));
    q.addBindValue(sessionId);
    if (Status s = runQuery(q); !s)
        return s;
    QList<TrainingAttendee> out;
    while (q.next()) {
        TrainingAttendee a;
        a.id = q.value(0).toLongLong();
        a.staffId = q.value(1).toLongLong();
        a.userId = q.value(2).toLongLong();
        a.name = q.value(3).toString();
        a.attended = q.value(4).toInt() == 1;
        a.townshipCode = q.value(5).toString();
        a.townshipName = q.value(6).toString();
        a.duty = q.value(7).toString() == QLatin1String("care") ? StaffDuty::Care : StaffDuty::Info;
        if (a.staffId > 0) {
            auto phone = cipher.value()->decrypt(q.value(8).toString());
            if (!phone)
                return phone.status();
            a.phone = phone.value();
        }
        out << a;
    }
    return out;
}

Result<QList<TrainingMaterial>> TrainingStore::materials(qint64 sessionId) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT session_id, ord, title, sha256, extension FROM "
                             "training_materials WHERE session_id = ? ORDER BY ord"));
    q.addBindValue(sessionId);
    if (Status s = runQuery(q); !s)
        return s;
    QList<TrainingMaterial> out;
    while (q.next())
        out << TrainingMaterial{q.value(0).toLongLong(), q.value(1).toInt(), q.value(2).toString(),
                                q.value(3).toString(), q.value(4).toString()};
    return out;
}

Result<QByteArray> TrainingStore::materialBytes(const TrainingMaterial& m) const
{
    const QString root = ScanStore::rootFor(m_db);
    if (root.isEmpty())
        return Result<QByteArray>::failure(Tr::tr("This database keeps no materials."));
    return ScanStore(root).read(m.sha256, m.extension);
}

Result<QList<TrainingAttendance>> TrainingStore::attendance(int year) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral(
        "SELECT a.staff_id, s.held_on, s.kind, s.minutes, s.held, a.attended FROM "
        "training_attendees a JOIN training_sessions s ON s.id = a.session_id WHERE "
        "a.staff_id IS NOT NULL AND s.held_on BETWEEN ? AND ? ORDER BY s.held_on, a.id"));
    q.addBindValue(toIsoDate(QDate(year, 1, 1)));
    q.addBindValue(toIsoDate(QDate(year, 12, 31)));
    if (Status s = runQuery(q); !s)
        return s;
    QList<TrainingAttendance> out;
    while (q.next()) {
        auto kind = TrainingRules::kindFromKey(q.value(2).toString());
        if (!kind)
            return kind.status();
        out << TrainingAttendance{q.value(0).toLongLong(),
                                  fromIsoDate(q.value(1).toString()),
                                  kind.value(),
                                  q.value(3).toInt(),
                                  q.value(4).toInt() == 1,
                                  q.value(5).toInt() == 1};
    }
    return out;
}

Result<QList<TrainingAttendee>> TrainingStore::bureauStaff() const
{
    QSqlQuery q(m_db.connection());
    if (Status s = runQuery(
            q, QStringLiteral("SELECT u.id, u.display_name FROM users u WHERE u.disabled = 0 "
                              "AND EXISTS (SELECT 1 FROM user_roles r WHERE r.user_id = u.id "
                              "AND r.role IN ('clerk', 'section_chief', 'inspector', "
                              "'director')) ORDER BY u.display_name, u.id"));
        !s)
        return s;
    QList<TrainingAttendee> out;
    while (q.next()) {
        TrainingAttendee a;
        a.userId = q.value(0).toLongLong();
        a.name = q.value(1).toString();
        out << a;
    }
    return out;
}

} // namespace youfu::core
