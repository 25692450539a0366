#include "archive/archivestore.h"

#include "archive/archiverules.h"
#include "archive/archivesql.h"
#include "common/isotime.h"
#include "db/auditedwrite.h"
#include "db/database.h"
#include "db/sqlerror.h"
#include "db/sqlexec.h"
#include "db/sqlvalues.h"
#include "security/permission.h"
#include "settings/settingsstore.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace youfu::core {

using namespace archivesql;

namespace {
class Tr
{
    Q_DECLARE_TR_FUNCTIONS(youfu::core::ArchiveStore)
};

QString revisionSelect()
{
    return QStringLiteral("SELECT r.id, r.archive_id, r.cabinet, r.box, r.volume, r.keeper, "
                          "r.state, r.note, ") +
           trailColumns(QStringLiteral("r")) + QStringLiteral(" FROM archive_revisions r") +
           trailJoins(QStringLiteral("r"));
}

ArchiveRevision readRevision(const QSqlQuery& q)
{
    ArchiveRevision r;
    r.id = q.value(0).toLongLong();
    r.archiveId = q.value(1).toLongLong();
    r.data.cabinet = q.value(2).toString();
    r.data.box = q.value(3).toString();
    r.data.volume = q.value(4).toString();
    r.data.keeper = q.value(5).toString();
    r.data.state = archiveStateFromKey(q.value(6).toString());
    r.data.note = q.value(7).toString();
    r.trail = readTrail(q, 8);
    return r;
}
} // namespace

const QString ArchiveStore::kNumberFormat = QStringLiteral("archive.number_format");

QJsonObject ArchiveStore::auditJson(const ArchiveData& d)
{
    return {{QStringLiteral("cabinet"), d.cabinet},
            {QStringLiteral("box"), d.box},
            {QStringLiteral("volume"), d.volume},
            {QStringLiteral("keeper"), d.keeper},
            {QStringLiteral("state"), archiveStateKey(d.state)},
            {QStringLiteral("note"), d.note}};
}

QString ArchiveStore::numberFormat() const
{
    return SettingsStore(m_db).value(kNumberFormat, QStringLiteral("WG-YF-{000000}"));
}

Result<ArchiveFile> ArchiveStore::open(const Actor& actor, qint64 personId, const ArchiveData& data)
{
    const QString format = numberFormat();
    if (Status s = ArchiveRules::validateNumberFormat(format); !s)
        return s;
    qint64 archiveId = 0;
    const Status done = AuditedWrite::run(
        m_db, actor, Authority::of(Permission::FileArchive),
        {QStringLiteral("archive.open"), QStringLiteral("archive"), {}, {}, {}},
        [&](WriteScope& w) -> Status {
            QSqlQuery q(m_db.connection());
            q.prepare(QStringLiteral("SELECT name FROM persons WHERE id = ?"));
            q.addBindValue(personId);
            if (Status s = runSingle(q, Tr::tr("This person is not in the registry.")); !s)
                return s;
            if (byPerson(personId))
                return Status::failure(Tr::tr("This person has an archive already."));

            // The sequence only grows: the number taken here is never given again, even if this
            // archive were lost, because the row is updated in the same transaction.
            q.prepare(QStringLiteral(
                "SELECT next_value FROM archive_sequences WHERE name = 'archive_number'"));
            if (Status s = runSingle(q, Tr::tr("The archive number sequence is missing.")); !s)
                return s;
            const qint64 seq = q.value(0).toLongLong();
            q.prepare(QStringLiteral("UPDATE archive_sequences SET next_value = ? WHERE name = "
                                     "'archive_number' AND next_value = ?"));
            q.addBindValue(seq + 1);
            q.addBindValue(seq);
            if (Status s = runQuery(q); !s)
                return s;
            if (q.numRowsAffected() != 1)
                return Status::failure(
                    Tr::tr("Another change took the archive number; try again."));
            const QDateTime now = w.now();
            const QString number = ArchiveRules::formatNumber(format, seq, m_db.clock().today());

            q.prepare(QStringLiteral("INSERT INTO archives (person_id, archive_number, "
                                     "sequence_no, created_at, created_by) "
                                     "VALUES (?, ?, ?, ?, ?)"));
            q.addBindValue(personId);
            q.addBindValue(number);
            q.addBindValue(seq);
            q.addBindValue(toIsoUtc(now));
            q.addBindValue(actor.userId);
            if (!q.exec()) {
                if (q.lastError().text().contains(QLatin1String("UNIQUE")))
                    return Status::failure(Tr::tr("The archive number %1 was given before; change "
                                                  "the number format setting.")
                                               .arg(number));
                return Status::failure(Tr::tr("The archive could not be opened: %1")
                                           .arg(describeSqlError(q.lastError())));
            }
            archiveId = q.lastInsertId().toLongLong();
            if (auto r = insertRevision(archiveId, data, toIsoUtc(now), actor.userId); !r)
                return r.status();
            QJsonObject after = auditJson(data);
            after.insert(QStringLiteral("archive_number"), number);
            after.insert(QStringLiteral("person_id"), personId);
            w.entry().entityId = QString::number(archiveId);
            w.entry().after = after;
            return Status::success();
        });
    if (!done)
        return done;
    return byId(archiveId);
}

std::optional<ArchiveFile> ArchiveStore::byPerson(qint64 personId) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT id FROM archives WHERE person_id = ?"));
    q.addBindValue(personId);
    if (!q.exec() || !q.next())
        return std::nullopt;
    Result<ArchiveFile> a = byId(q.value(0).toLongLong());
    if (!a)
        return std::nullopt;
    return a.takeValue();
}

Result<ArchiveFile> ArchiveStore::byId(qint64 archiveId) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT a.id, a.person_id, a.archive_number, a.created_at, "
                             "EXISTS (SELECT 1 FROM archive_loans l WHERE l.archive_id = a.id AND "
                             "l.returned_on IS NULL) "
                             "FROM archives a WHERE a.id = ?"));
    q.addBindValue(archiveId);
    if (Status read = runSingle(q, Tr::tr("This archive does not exist.")); !read)
        return read;
    ArchiveFile a;
    a.id = q.value(0).toLongLong();
    a.personId = q.value(1).toLongLong();
    a.archiveNumber = q.value(2).toString();
    a.createdAt = fromIsoUtc(q.value(3).toString());
    a.isOut = q.value(4).toBool();
    auto revs = revisions(archiveId);
    if (!revs)
        return revs.status();
    for (const ArchiveRevision& r : revs.value()) {
        if (r.trail.status == EntryStatus::Verified)
            a.verified = r;
        else
            a.pending = r; // at most one is open at a time
    }
    return a;
}

Result<QList<ArchiveRevision>> ArchiveStore::revisions(qint64 archiveId) const
{
    QList<ArchiveRevision> out;
    QSqlQuery q(m_db.connection());
    q.prepare(revisionSelect() + QStringLiteral(" WHERE r.archive_id = ? ORDER BY r.id"));
    q.addBindValue(archiveId);
    if (Status read = runQuery(q); !read)
        return read;
    while (q.next())
        out << readRevision(q);
    return out;
}

Result<ArchiveRevision> ArchiveStore::revision(qint64 revisionId) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(revisionSelect() + QStringLiteral(" WHERE r.id = ?"));
    q.addBindValue(revisionId);
    if (Status read = runSingle(q, Tr::tr("This change of the archive data does not exist."));
        !read)
        return read;
    return readRevision(q);
}

Result<qint64> ArchiveStore::reviseData(const Actor& actor, qint64 archiveId,
                                        const ArchiveData& data)
{
    qint64 revisionId = 0;
    const Status done = AuditedWrite::run(
        m_db, actor, Authority::of(Permission::FileArchive),
        {QStringLiteral("archive.revise"),
         QStringLiteral("archive"),
         QString::number(archiveId),
         {},
         {}},
        [&](WriteScope& w) -> Status {
            Result<ArchiveFile> a = byId(archiveId);
            if (!a)
                return a.status();
            const QString now = toIsoUtc(w.now());
            QSqlQuery q(m_db.connection());
            QJsonObject before;
            if (a->pending) {
                if (Status s = ArchiveRules::canEdit(a->pending->trail); !s)
                    return s;
                if (a->pending->data == data && a->pending->trail.status == EntryStatus::Pending)
                    return Status::failure(Tr::tr("Nothing was changed."));
                revisionId = a->pending->id;
                before = auditJson(a->pending->data);
                q.prepare(QStringLiteral(
                    "UPDATE archive_revisions SET cabinet = ?, box = ?, volume = ?, keeper = ?, "
                    "state = ?, note = ?, status = 'pending', changed_at = ?, changed_by = ?, "
                    "verified_at = NULL, verified_by = NULL WHERE id = ?"));
                for (const QVariant& v :
                     {QVariant(textOrEmpty(data.cabinet.trimmed())),
                      QVariant(textOrEmpty(data.box.trimmed())),
                      QVariant(textOrEmpty(data.volume.trimmed())),
                      QVariant(textOrEmpty(data.keeper.trimmed())),
                      QVariant(archiveStateKey(data.state)), QVariant(textOrEmpty(data.note)),
                      QVariant(now), QVariant(actor.userId), QVariant(revisionId)})
                    q.addBindValue(v);
                if (!q.exec())
                    return sqlFailure(q);
            } else {
                if (a->verified && a->verified->data == data)
                    return Status::failure(Tr::tr("Nothing was changed."));
                if (a->verified)
                    before = auditJson(a->verified->data);
                auto r = insertRevision(archiveId, data, now, actor.userId);
                if (!r)
                    return r.status();
                revisionId = r.value();
            }
            QJsonObject after = auditJson(data);
            after.insert(QStringLiteral("revision_id"), revisionId);
            w.entry().before = before;
            w.entry().after = after;
            return Status::success();
        });
    if (!done)
        return done;
    return revisionId;
}

Status ArchiveStore::verifyRevision(const Actor& actor, qint64 revisionId)
{
    return decideRevision(actor, revisionId, true, QString());
}

Status ArchiveStore::returnRevision(const Actor& actor, qint64 revisionId, const QString& reason)
{
    return decideRevision(actor, revisionId, false, reason);
}

Status ArchiveStore::decideRevision(const Actor& actor, qint64 revisionId, bool verify,
                                    const QString& reason)
{
    return AuditedWrite::run(
        m_db, actor, Authority::of(Permission::VerifyArchive), {}, [&](WriteScope& w) -> Status {
            Result<ArchiveRevision> r = revision(revisionId);
            if (!r)
                return r.status();
            if (Status s = verify ? ArchiveRules::canVerify(actor, r->trail)
                                  : ArchiveRules::canReturn(actor, r->trail, reason);
                !s)
                return s;
            QSqlQuery q(m_db.connection());
            q.prepare(QStringLiteral(
                "UPDATE archive_revisions SET status = ?, verified_at = ?, verified_by = ?, "
                "return_reason = ? WHERE id = ? AND status = 'pending'"));
            q.addBindValue(verify ? QStringLiteral("verified") : QStringLiteral("returned"));
            q.addBindValue(toIsoUtc(m_db.clock().nowUtc()));
            q.addBindValue(actor.userId);
            q.addBindValue(verify ? QStringLiteral("") : reason.trimmed());
            q.addBindValue(revisionId);
            if (!q.exec() || q.numRowsAffected() != 1)
                return sqlFailure(q);
            QJsonObject after = auditJson(r->data);
            after.insert(QStringLiteral("revision_id"), revisionId);
            if (!verify)
                after.insert(QStringLiteral("return_reason"), reason.trimmed());
            w.entry() = AuditNote{verify ? QStringLiteral("archive.verify")
                                         : QStringLiteral("archive.return"),
                                  QStringLiteral("archive"),
                                  QString::number(r->archiveId),
                                  {},
                                  after};
            return Status::success();
        });
}

// A new revision of the archive's data, waiting for verification.
Result<qint64> ArchiveStore::insertRevision(qint64 archiveId, const ArchiveData& data,
                                            const QString& now, qint64 actorId)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("INSERT INTO archive_revisions (archive_id, cabinet, box, volume, "
                             "keeper, state, note, status, filed_at, filed_by, changed_at, "
                             "changed_by) VALUES (?, ?, ?, ?, ?, ?, ?, 'pending', ?, ?, ?, ?)"));
    for (const QVariant& v :
         {QVariant(archiveId), QVariant(textOrEmpty(data.cabinet.trimmed())),
          QVariant(textOrEmpty(data.box.trimmed())), QVariant(textOrEmpty(data.volume.trimmed())),
          QVariant(textOrEmpty(data.keeper.trimmed())), QVariant(archiveStateKey(data.state)),
          QVariant(textOrEmpty(data.note)), QVariant(now), QVariant(actorId), QVariant(now),
          QVariant(actorId)})
        q.addBindValue(v);
    if (Status s = runQuery(q); !s)
        return s;
    return q.lastInsertId().toLongLong();
}

QList<DocumentKind> ArchiveStore::kinds(bool includeInactive) const
{
    QList<DocumentKind> out;
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT code, name, sort_order, active FROM document_kinds %1 ORDER "
                             "BY sort_order, code")
                  .arg(includeInactive ? QString() : QStringLiteral("WHERE active = 1")));
    if (q.exec())
        while (q.next())
            out << DocumentKind{q.value(0).toString(), q.value(1).toString(), q.value(2).toInt(),
                                q.value(3).toBool()};
    return out;
}

Status ArchiveStore::saveKind(const Actor& actor, const DocumentKind& kind)
{
    if (kind.code.trimmed().isEmpty() || kind.name.trimmed().isEmpty())
        return Status::failure(Tr::tr("A document kind needs a code and a name."));
    return AuditedWrite::run(
        m_db, actor, Authority::of(Permission::EditPolicyBook), {}, [&](WriteScope& w) -> Status {
            QSqlQuery q(m_db.connection());
            q.prepare(QStringLiteral(
                "INSERT INTO document_kinds (code, name, sort_order, active) VALUES (?, ?, ?, ?) "
                "ON CONFLICT (code) DO UPDATE SET name = excluded.name, "
                "sort_order = excluded.sort_order, active = excluded.active"));
            q.addBindValue(kind.code.trimmed());
            q.addBindValue(kind.name.trimmed());
            q.addBindValue(kind.sortOrder);
            q.addBindValue(kind.active ? 1 : 0);
            if (!q.exec())
                return sqlFailure(q);
            w.entry() = AuditNote{
                QStringLiteral("archive.kind_save"),
                QStringLiteral("document_kind"),
                kind.code,
                {},
                {{QStringLiteral("name"), kind.name}, {QStringLiteral("active"), kind.active}}};
            return Status::success();
        });
}

QStringList ArchiveStore::requiredKinds(const QString& categoryCode) const
{
    QStringList out;
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT r.kind_code FROM archive_required_kinds r JOIN document_kinds "
                             "k ON k.code = r.kind_code "
                             "WHERE r.category_code = ? ORDER BY k.sort_order"));
    q.addBindValue(categoryCode);
    if (q.exec())
        while (q.next())
            out << q.value(0).toString();
    return out;
}

Status ArchiveStore::setRequiredKinds(const Actor& actor, const QString& categoryCode,
                                      const QStringList& kindCodes)
{
    return AuditedWrite::run(
        m_db, actor, Authority::of(Permission::EditPolicyBook), {}, [&](WriteScope& w) -> Status {
            const QStringList before = requiredKinds(categoryCode);
            QSqlQuery q(m_db.connection());
            q.prepare(QStringLiteral("DELETE FROM archive_required_kinds WHERE category_code = ?"));
            q.addBindValue(categoryCode);
            if (!q.exec())
                return sqlFailure(q);
            q.prepare(QStringLiteral(
                "INSERT INTO archive_required_kinds (category_code, kind_code) VALUES (?, ?)"));
            for (const QString& k : kindCodes) {
                q.addBindValue(categoryCode);
                q.addBindValue(k);
                if (!q.exec())
                    return Status::failure(
                        Tr::tr("The kind %1 or the category %2 is unknown.").arg(k, categoryCode));
            }
            w.entry() =
                AuditNote{QStringLiteral("archive.required_kinds"),
                          QStringLiteral("category"),
                          categoryCode,
                          {{QStringLiteral("kinds"), QJsonArray::fromStringList(before)}},
                          {{QStringLiteral("kinds"), QJsonArray::fromStringList(kindCodes)}}};
            return Status::success();
        });
}

} // namespace youfu::core
