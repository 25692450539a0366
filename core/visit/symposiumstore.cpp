#include "visit/symposiumstore.h"

#include "common/isotime.h"
#include "db/auditedwrite.h"
#include "db/database.h"
#include "db/sqlexec.h"
#include "db/sqlvalues.h"
#include "security/permission.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QSqlQuery>

namespace youfu::core {

namespace {
class Tr
{
    Q_DECLARE_TR_FUNCTIONS(youfu::core::SymposiumStore)
};

QString followKey(FollowUpKind k)
{
    switch (k) {
    case FollowUpKind::None:
        return QStringLiteral("none");
    case FollowUpKind::PetitionCase:
        return QStringLiteral("petition");
    case FollowUpKind::AssistanceDraft:
        return QStringLiteral("assistance");
    case FollowUpKind::ChiefNote:
        return QStringLiteral("chief_note");
    }
    return QStringLiteral("none");
}

FollowUpKind followFromKey(const QString& key)
{
    for (FollowUpKind k :
         {FollowUpKind::PetitionCase, FollowUpKind::AssistanceDraft, FollowUpKind::ChiefNote})
        if (followKey(k) == key)
            return k;
    return FollowUpKind::None;
}

QJsonObject json(const Symposium& s)
{
    QJsonArray people;
    for (const SymposiumAttendee& a : s.attendees)
        people.append(a.represents.isEmpty()
                          ? a.name
                          : a.name + QStringLiteral("（") + a.represents + QStringLiteral("）"));
    QJsonArray issues;
    for (const SymposiumIssue& i : s.issues)
        issues.append(i.issue);
    return {{QStringLiteral("held_on"), toIsoDate(s.heldOn)},
            {QStringLiteral("place"), s.place},
            {QStringLiteral("kind"), SymposiumStore::kindKey(s.kind)},
            {QStringLiteral("title"), s.title},
            {QStringLiteral("attendees"), people},
            {QStringLiteral("issues"), issues}};
}
} // namespace

QString SymposiumStore::kindKey(SymposiumKind k)
{
    return k == SymposiumKind::Bayi     ? QStringLiteral("bayi")
           : k == SymposiumKind::Spring ? QStringLiteral("spring")
                                        : QStringLiteral("other");
}

QString SymposiumStore::kindTitle(SymposiumKind k)
{
    return k == SymposiumKind::Bayi     ? Tr::tr("Army Day (1 August)")
           : k == SymposiumKind::Spring ? Tr::tr("Spring Festival")
                                        : Tr::tr("Other");
}

Status SymposiumStore::check(const Symposium& s)
{
    if (!s.heldOn.isValid())
        return Status::failure(Tr::tr("Enter the date of the symposium."));
    if (s.place.trimmed().isEmpty())
        return Status::failure(Tr::tr("Enter where the symposium was held."));
    if (s.title.trimmed().isEmpty())
        return Status::failure(Tr::tr("Give the symposium a title."));
    for (const SymposiumAttendee& a : s.attendees)
        if (a.name.trimmed().isEmpty())
            return Status::failure(Tr::tr("Every attendee needs a name."));
    for (const SymposiumIssue& i : s.issues)
        if (i.issue.trimmed().isEmpty())
            return Status::failure(Tr::tr("Write down each issue raised."));
    return Status::success();
}

Result<qint64> SymposiumStore::save(const Actor& actor, const Symposium& in)
{
    if (Status s = check(in); !s)
        return s;
    return AuditedWrite::produce<qint64>(
        m_db, actor, Authority::of(Permission::RecordVisits),
        {QStringLiteral("symposium.save"), QStringLiteral("symposium")},
        [&](WriteScope& w) -> Result<qint64> {
            const QString now = toIsoUtc(w.now());
            QSqlQuery q(m_db.connection());
            qint64 id = in.id;
            if (id) {
                auto before = byId(id);
                if (!before)
                    return before.status();
                w.entry().before = json(before.value());
                q.prepare(QStringLiteral("UPDATE symposiums SET held_on = ?, place = ?, kind = ?, "
                                         "title = ?, chair = ?, recorder = ?, updated_at = ? "
                                         "WHERE id = ?"));
            } else {
                q.prepare(QStringLiteral(
                    "INSERT INTO symposiums (held_on, place, kind, title, chair, recorder, "
                    "updated_at, created_at) VALUES (?,?,?,?,?,?,?,?)"));
            }
            q.addBindValue(toIsoDate(in.heldOn));
            q.addBindValue(in.place.trimmed());
            q.addBindValue(kindKey(in.kind));
            q.addBindValue(in.title.trimmed());
            q.addBindValue(textOrEmpty(in.chair.trimmed()));
            q.addBindValue(textOrEmpty(in.recorder.trimmed()));
            q.addBindValue(now);
            q.addBindValue(id ? QVariant(id) : QVariant(now));
            if (Status s = runQuery(q); !s)
                return s;
            if (!id)
                id = q.lastInsertId().toLongLong();
            for (const char* table : {"symposium_attendees", "symposium_issues"}) {
                q.prepare(QStringLiteral("DELETE FROM %1 WHERE symposium_id = ?")
                              .arg(QLatin1String(table)));
                q.addBindValue(id);
                if (Status s = runQuery(q); !s)
                    return s;
            }
            for (const SymposiumAttendee& a : in.attendees) {
                q.prepare(QStringLiteral(
                    "INSERT INTO symposium_attendees (symposium_id, person_id, user_id, name, "
                    "represents) VALUES (?,?,?,?,?)"));
                q.addBindValue(id);
                q.addBindValue(idOrNull(a.personId));
                q.addBindValue(idOrNull(a.userId));
                q.addBindValue(a.name.trimmed());
                q.addBindValue(textOrEmpty(a.represents.trimmed()));
                if (Status s = runQuery(q); !s)
                    return s;
            }
            int seq = 0;
            for (const SymposiumIssue& i : in.issues) {
                q.prepare(QStringLiteral(
                    "INSERT INTO symposium_issues (symposium_id, seq, raised_by, issue, answer, "
                    "follow_up, follow_up_note) VALUES (?,?,?,?,?,?,?)"));
                q.addBindValue(id);
                q.addBindValue(++seq);
                q.addBindValue(textOrEmpty(i.raisedBy.trimmed()));
                q.addBindValue(i.issue.trimmed());
                q.addBindValue(textOrEmpty(i.answer.trimmed()));
                q.addBindValue(followKey(i.followUp));
                q.addBindValue(textOrEmpty(i.followUpNote.trimmed()));
                if (Status s = runQuery(q); !s)
                    return s;
            }
            auto after = byId(id);
            if (!after)
                return after.status();
            w.entry().entityId = QString::number(id);
            w.entry().after = json(after.value());
            return id;
        });
}

Result<Symposium> SymposiumStore::byId(qint64 id) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT id, held_on, place, kind, title, chair, recorder FROM "
                             "symposiums WHERE id = ?"));
    q.addBindValue(id);
    if (Status s = runSingle(q, Tr::tr("There is no symposium number %1.").arg(id)); !s)
        return s;
    Symposium s;
    s.id = q.value(0).toLongLong();
    s.heldOn = fromIsoDate(q.value(1).toString());
    s.place = q.value(2).toString();
    const QString kind = q.value(3).toString();
    s.kind = kind == QLatin1String("bayi")     ? SymposiumKind::Bayi
             : kind == QLatin1String("spring") ? SymposiumKind::Spring
                                               : SymposiumKind::Other;
    s.title = q.value(4).toString();
    s.chair = q.value(5).toString();
    s.recorder = q.value(6).toString();
    q.prepare(QStringLiteral("SELECT person_id, user_id, name, represents FROM "
                             "symposium_attendees WHERE symposium_id = ? ORDER BY id"));
    q.addBindValue(id);
    if (Status st = runQuery(q); !st)
        return st;
    while (q.next())
        s.attendees << SymposiumAttendee{q.value(0).toLongLong(), q.value(1).toLongLong(),
                                         q.value(2).toString(), q.value(3).toString()};
    q.prepare(QStringLiteral("SELECT raised_by, issue, answer, follow_up, follow_up_note FROM "
                             "symposium_issues WHERE symposium_id = ? ORDER BY seq"));
    q.addBindValue(id);
    if (Status st = runQuery(q); !st)
        return st;
    while (q.next())
        s.issues << SymposiumIssue{q.value(0).toString(), q.value(1).toString(),
                                   q.value(2).toString(), followFromKey(q.value(3).toString()),
                                   q.value(4).toString()};
    return s;
}

Result<QList<Symposium>> SymposiumStore::ofYear(int year) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT id FROM symposiums WHERE held_on >= ? AND held_on < ? "
                             "ORDER BY held_on, id"));
    q.addBindValue(toIsoDate(QDate(year, 1, 1)));
    q.addBindValue(toIsoDate(QDate(year + 1, 1, 1)));
    if (Status s = runQuery(q); !s)
        return s;
    QList<qint64> ids;
    while (q.next())
        ids << q.value(0).toLongLong();
    QList<Symposium> out;
    for (qint64 id : ids) {
        auto s = byId(id);
        if (!s)
            return s.status();
        out << s.value();
    }
    return out;
}

} // namespace youfu::core
